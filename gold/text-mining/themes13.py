#!/usr/bin/env python3
"""Draws the theme sample of round 14 (issue 13), "themes13": a clean test sample for both codebooks, labelled against
the codebooks' definitions (children-services-2026.12, schools-2026.10) from each finding's text and heading and
committed before the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes13.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes13-sample.jsonl
       python3 gold/text-mining/themes13.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes13.py --unread   (the never-read third's ids, from the hash rule below)
       python3 gold/text-mining/themes3_gold.py all themes13 > gold/text-mining/themes13-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261814, leaving out every earlier theme and keyword sample
(themes12.py's list, which holds every `*-sample.jsonl`, gold.jsonl and possessives11's findings, and themes12's sample
`themes12-sample.jsonl`). Children's services (25): strata (report kind, era: 2009-2015, 2016-2019, 2020-2026) in
hashed order, one finding a turn, at most one per report. School sector (25): the 15 real reports in hashed order, at
most two per report. All `test`.

Never-read third (fixed before the first run): a finding is unread when int(SHA-256("themes13-unread:" + id), 16) % 3
== 0 (`unread()`); its figures are scored, its false alarms and misses are never read. The ids are listed in
themes13-labels.tsv's header.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes8  # noqa: E402  (its run: the draw, or the check)
import themes12  # noqa: E402  (its exclusions; themes11's possessives11 rule comes with it)

SEED = 20261814
EARLIER = themes12.EARLIER + ("themes12-sample.jsonl",)
SAMPLE = "themes13-sample.jsonl"
# The ids this draw gave on the output of main 5608ce2 (2 December 2026), in draw order.
DRAWN = (
    "inspection-2013-08-02-sandwell.txt@17298",
    "inspection-2019-03-11-waltham-forest.txt@8902",
    "inspection-2026-03-10-lambeth.txt@5695",
    "focused-visit-2019-05-08-lambeth.txt@3575",
    "focused-visit-2021-06-18-north-east-lincolnshire.txt@9000",
    "cra-2010-wakefield.txt@2457",
    "inspection-2016-02-16-wandsworth.txt@27649",
    "inspection-2014-02-11-hillingdon.txt@9076",
    "area-send-2024-01-26-halton.txt@9004",
    "inspection-2019-05-08-cheshire-west-and-chester.txt@19745",
    "inspection-2021-11-26-north-east-lincolnshire.txt@3610",
    "focused-visit-2018-07-19-staffordshire.txt@4419",
    "focused-visit-2020-02-13-knowsley.txt@7415",
    "cra-2010-worcestershire.txt@2818",
    "inspection-2017-09-04-leicester.txt@16768",
    "inspection-2015-05-13-windsor-maidenhead.txt@40730",
    "area-send-2024-07-16-southampton.txt@3595",
    "inspection-2019-03-25-newham.txt@983",
    "inspection-2023-05-09-wokingham.txt@15549",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@2345",
    "focused-visit-2025-01-13-bath-and-north-east-somerset.txt@9096",
    "cra-2011-kirklees.txt@5425",
    "inspection-2016-01-05-torbay.txt@60044",
    "inspection-2015-11-27-lancashire.txt@98163",
    "area-send-2024-03-25-north-northamptonshire.txt@17166",
    "independent-school-2026-froebel-house-school.txt@12664",
    "school-2016-rough-hay-primary.txt@10908",
    "school-2001-st-mary-and-st-john-wigan.txt@32324",
    "report-card-2026-djanogly-strelley-academy.txt@13418",
    "independent-school-2026-meadow-school.txt@17240",
    "independent-school-2026-new-forest-school.txt@10225",
    "school-2015-argyle-primary.txt@14272",
    "school-2011-agincourt-house-camden.txt@24924",
    "independent-school-2026-red-balloon-aylesbury.txt@3209",
    "further-education-2023-kirklees-college.txt@2350",
    "independent-school-2026-alchemy-school.txt@9799",
    "independent-school-2026-compass-community-school-essex.txt@13144",
    "independent-school-2026-swallow-grange.txt@17975",
    "independent-school-2026-froebel-house-school.txt@3446",
    "school-2016-rough-hay-primary.txt@5372",
    "school-2001-st-mary-and-st-john-wigan.txt@20606",
    "report-card-2026-djanogly-strelley-academy.txt@12299",
    "independent-school-2026-meadow-school.txt@10561",
    "independent-school-2026-new-forest-school.txt@5541",
    "school-2015-argyle-primary.txt@19378",
    "school-2011-agincourt-house-camden.txt@16492",
    "independent-school-2026-red-balloon-aylesbury.txt@14347",
    "further-education-2023-kirklees-college.txt@8613",
    "independent-school-2026-compass-community-school-essex.txt@9746",
    "independent-school-2026-swallow-grange.txt@12605",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=25, n_school=25)

themes7.PER_SCHOOL_REPORT = 2


def unread(fid):
    """True for the never-read third: chosen by a hash of the finding's id, not by its place in the draw."""
    return themes7.unread("themes13-unread:", fid)


def main(argv):
    if argv and argv[0] == "--unread":
        return themes7.print_unread("themes13-unread:", DRAWN)
    return themes8.run(argv, DRAWN, SAMPLE, "themes13.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
