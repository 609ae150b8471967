#!/usr/bin/env python3
"""Draws the theme sample of round 16 (issue 13), "themes14": a clean test sample for both codebooks, labelled against
the codebooks' definitions (children-services-2026.14, schools-2026.13) from each finding's text and heading and
committed before the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes14.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes14-sample.jsonl
       python3 gold/text-mining/themes14.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes14.py --unread   (the never-read third's ids, from the hash rule below)
       python3 gold/text-mining/themes3_gold.py all themes14 > gold/text-mining/themes14-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports); `--no-keywords` output draws the same. Only each finding's
text, offsets, report kind and file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261815, leaving out every earlier theme and keyword sample
(themes13.py's list, which holds every `*-sample.jsonl` before it, gold.jsonl and possessives11's findings, and
themes13's sample `themes13-sample.jsonl` and the keyword round's fresh13, `fresh13-sample.jsonl`, drawn the same
morning as themes13). The keyword round of this session (kw15's fresh14) was not on main when this was drawn
(07:30 UTC), so it is not left out; a later round leaves out both. Children's services (25): strata (report kind,
era: 2009-2015, 2016-2019, 2020-2026) in hashed order, one finding a turn, at most one per report. School sector
(25): the 15 real reports in hashed order, one finding a report a turn, at most three per report (only 12 of the 15
have a finding no earlier sample drew, so two a report gives 23; the third turn adds the last two, the first 23 are
those two a report would draw). All `test`.

Never-read third (fixed before the first run): a finding is unread when int(SHA-256("themes14-unread:" + id), 16) % 3
== 0 (`unread()`); its figures are scored, its false alarms and misses are never read. The ids are listed in
themes14-labels.tsv's header.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes8  # noqa: E402  (its run: the draw, or the check)
import themes13  # noqa: E402  (its exclusions; themes11's possessives11 rule comes with it)

SEED = 20261815
EARLIER = themes13.EARLIER + ("themes13-sample.jsonl", "fresh13-sample.jsonl")
SAMPLE = "themes14-sample.jsonl"
# The ids this draw gave on the output of main 77daf37 (2 December 2026), in draw order.
DRAWN = (
    "inspection-2015-06-05-sandwell.txt@36747",
    "inspection-2019-04-15-enfield.txt@7610",
    "inspection-2018-08-17-lancashire.txt@18138",
    "focused-visit-2025-01-28-wokingham.txt@4842",
    "area-send-2024-03-25-north-northamptonshire.txt@15864",
    "focused-visit-2019-03-11-stockport.txt@2547",
    "cra-2011-kirklees.txt@4817",
    "inspection-2024-08-20-waltham-forest.txt@30053",
    "inspection-2013-08-02-sandwell.txt@50547",
    "inspection-2015-11-27-lancashire.txt@84743",
    "inspection-2019-12-20-hackney.txt@26005",
    "inspection-2016-09-20-wirral.txt@6701",
    "focused-visit-2024-10-17-wirral.txt@3261",
    "area-send-2024-07-12-hillingdon.txt@5614",
    "focused-visit-2019-05-08-north-east-lincolnshire.txt@9508",
    "cra-2010-wakefield.txt@5985",
    "inspection-2022-01-05-wakefield.txt@18423",
    "inspection-2015-05-12-lambeth.txt@80895",
    "inspection-2019-10-21-durham.txt@4846",
    "inspection-2018-01-29-sandwell.txt@55462",
    "focused-visit-2022-11-15-knowsley.txt@8321",
    "area-send-2024-07-16-southampton.txt@13613",
    "focused-visit-2019-02-14-leicester.txt@3173",
    "cra-2010-worcestershire.txt@3223",
    "inspection-2022-05-18-stockport.txt@19351",
    "school-2001-st-mary-and-st-john-wigan.txt@18062",
    "independent-school-2026-new-forest-school.txt@5834",
    "independent-school-2026-swallow-grange.txt@17194",
    "independent-school-2026-red-balloon-aylesbury.txt@2935",
    "school-2016-rough-hay-primary.txt@5088",
    "independent-school-2026-froebel-house-school.txt@1862",
    "further-education-2023-kirklees-college.txt@9660",
    "school-2015-argyle-primary.txt@15922",
    "school-2011-agincourt-house-camden.txt@8766",
    "independent-school-2026-meadow-school.txt@11990",
    "report-card-2026-djanogly-strelley-academy.txt@12769",
    "independent-school-2026-compass-community-school-essex.txt@5263",
    "school-2001-st-mary-and-st-john-wigan.txt@4147",
    "independent-school-2026-new-forest-school.txt@3109",
    "independent-school-2026-swallow-grange.txt@18455",
    "independent-school-2026-red-balloon-aylesbury.txt@11646",
    "school-2016-rough-hay-primary.txt@8693",
    "independent-school-2026-froebel-house-school.txt@12981",
    "school-2015-argyle-primary.txt@6727",
    "school-2011-agincourt-house-camden.txt@24690",
    "independent-school-2026-meadow-school.txt@18608",
    "report-card-2026-djanogly-strelley-academy.txt@9154",
    "independent-school-2026-compass-community-school-essex.txt@5563",
    "school-2001-st-mary-and-st-john-wigan.txt@14846",
    "independent-school-2026-new-forest-school.txt@6284",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=25, n_school=25)

themes7.PER_SCHOOL_REPORT = 3


def unread(fid):
    """True for the never-read third: chosen by a hash of the finding's id, not by its place in the draw."""
    return themes7.unread("themes14-unread:", fid)


def main(argv):
    if argv and argv[0] == "--unread":
        return themes7.print_unread("themes14-unread:", DRAWN)
    return themes8.run(argv, DRAWN, SAMPLE, "themes14.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
