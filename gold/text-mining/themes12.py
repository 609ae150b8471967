#!/usr/bin/env python3
"""Draws the theme sample of round 13 (issue 13), "themes12": a clean test sample for both codebooks, labelled against
the codebooks' definitions (children-services-2026.11, schools-2026.9) from each finding's text and heading and
committed before the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes12.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes12-sample.jsonl
       python3 gold/text-mining/themes12.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes12 > gold/text-mining/themes12-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261813, leaving out every earlier theme and keyword sample
(themes11.py's list and possessives11's findings, themes11's sample `themes11-sample.jsonl`, and the keyword round's
fresh12, `fresh12-sample.jsonl`, copied byte for byte from kw13's commit 9b9535e, which was drawn first and left
themes11 out). Children's services (25): strata (report kind, era: 2009-2015, 2016-2019, 2020-2026) in hashed order,
one finding a turn, at most one per report. School sector (25): the 15 real reports in hashed order, at most two per
report (13 of the 15 have a finding left that no earlier sample drew). All `test`. Orders with order % 3 == 2 are
kept unread (scored, their errors never read).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes7  # noqa: E402  (the hash-ordered draw)
import themes8  # noqa: E402  (its run: the draw, or the check)
import themes11  # noqa: E402  (its exclusions, possessives11's findings among them)

SEED = 20261813
EARLIER = themes11.EARLIER + ("themes11-sample.jsonl", "fresh12-sample.jsonl")
SAMPLE = "themes12-sample.jsonl"
# The ids this draw gave on the output of main 7784968 (2 December 2026), in draw order.
DRAWN = (
    "inspection-2016-01-05-wokingham.txt@92341",
    "area-send-2025-02-12-lancashire.txt@21603",
    "inspection-2019-07-15-wokingham.txt@7785",
    "inspection-2015-05-12-lambeth.txt@42054",
    "inspection-2021-11-26-north-east-lincolnshire.txt@3125",
    "inspection-2013-08-02-sandwell.txt@23132",
    "focused-visit-2022-03-01-wirral.txt@1589",
    "focused-visit-2018-10-04-wolverhampton.txt@10834",
    "cra-2010-york.txt@5600",
    "inspection-2017-06-13-knowsley.txt@31907",
    "area-send-2024-01-26-halton.txt@11511",
    "inspection-2018-07-02-brent.txt@9148",
    "inspection-2014-08-08-newham.txt@24495",
    "inspection-2020-04-15-halton.txt@12807",
    "focused-visit-2021-08-23-wandsworth.txt@5974",
    "focused-visit-2018-03-01-newham.txt@4476",
    "cra-2011-kirklees.txt@4146",
    "inspection-2018-08-17-lancashire.txt@27726",
    "area-send-2025-02-07-herefordshire.txt@14476",
    "inspection-2019-03-11-waltham-forest.txt@14278",
    "inspection-2014-05-14-nottingham.txt@18500",
    "inspection-2022-09-21-newham.txt@12970",
    "focused-visit-2024-10-17-wirral.txt@7508",
    "focused-visit-2019-12-18-lancashire.txt@5198",
    "cra-2010-wakefield.txt@5164",
    "independent-school-2026-meadow-school.txt@5657",
    "school-2011-agincourt-house-camden.txt@8589",
    "independent-school-2026-red-balloon-aylesbury.txt@10834",
    "school-2016-rough-hay-primary.txt@12297",
    "independent-school-2026-alchemy-school.txt@4926",
    "report-card-2026-djanogly-strelley-academy.txt@1825",
    "independent-school-2026-new-forest-school.txt@6505",
    "school-2001-st-mary-and-st-john-wigan.txt@18667",
    "independent-school-2026-swallow-grange.txt@15813",
    "independent-school-2026-compass-community-school-essex.txt@8194",
    "independent-school-2026-froebel-house-school.txt@9057",
    "further-education-2023-kirklees-college.txt@13606",
    "school-2015-argyle-primary.txt@18922",
    "independent-school-2026-meadow-school.txt@3865",
    "school-2011-agincourt-house-camden.txt@14547",
    "independent-school-2026-red-balloon-aylesbury.txt@10252",
    "school-2016-rough-hay-primary.txt@1924",
    "independent-school-2026-alchemy-school.txt@2989",
    "report-card-2026-djanogly-strelley-academy.txt@4565",
    "independent-school-2026-new-forest-school.txt@10850",
    "school-2001-st-mary-and-st-john-wigan.txt@4499",
    "independent-school-2026-swallow-grange.txt@20679",
    "independent-school-2026-compass-community-school-essex.txt@7092",
    "independent-school-2026-froebel-house-school.txt@8072",
    "further-education-2023-kirklees-college.txt@1960",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=25, n_school=25)

# themes11.py has already made themes7.findings leave out possessives11's findings.
themes7.PER_SCHOOL_REPORT = 2


def main(argv):
    return themes8.run(argv, DRAWN, SAMPLE, "themes12.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
