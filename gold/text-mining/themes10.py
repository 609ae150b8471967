#!/usr/bin/env python3
"""Draws the theme sample of round 11 (issue 13), "themes10": a clean test sample for both codebooks, labelled
against the codebooks' definitions (children-services-2026.8, schools-2026.6) from each finding's text and
heading and committed before the tagger ran on them and before any rule of the round changed.

Usage: python3 gold/text-mining/themes10.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes10-sample.jsonl
       python3 gold/text-mining/themes10.py --check CORPUS.jsonl SCHOOLS.jsonl   (exit 1 unless the draw reproduces)
       python3 gold/text-mining/themes3_gold.py all themes10 > gold/text-mining/themes10-gold.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes.

Rule. themes7.py's draw (findings ordered by a SHA-256 of the seed and the finding's id, so the sample does not
move when other findings do) with a new seed, 20261811, leaving out every earlier theme and keyword sample
(themes9.py's list, themes9's sample `themes9-sample.jsonl`, and the keyword round's fresh10,
`fresh10-sample.jsonl`, copied byte for byte from kw11's commit 9d811fb). Children's services (30): strata
(report kind, era: 2009-2015, 2016-2019, 2020-2026) in hashed order, one finding a turn, at most one per report.
School sector (20): the 15 real reports in hashed order, at most two per report. All `test`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes8  # noqa: E402  (its run: the draw, or the check)
import themes9  # noqa: E402  (its exclusions)

SEED = 20261811
EARLIER = themes9.EARLIER + ("themes9-sample.jsonl", "fresh10-sample.jsonl")
SAMPLE = "themes10-sample.jsonl"
# The ids this draw gave on the output of main 0bdf53b (1 December 2026), in draw order.
DRAWN = (
    "inspection-2014-06-30-knowsley.txt@28337",
    "area-send-2024-07-26-wakefield.txt@6617",
    "cra-2011-kirklees.txt@4584",
    "focused-visit-2022-05-20-wokingham.txt@5656",
    "inspection-2018-10-29-bradford.txt@2209",
    "focused-visit-2018-03-22-wakefield.txt@970",
    "inspection-2013-08-02-sandwell.txt@52084",
    "inspection-2023-05-09-stockton-on-tees.txt@609",
    "inspection-2016-09-20-wirral.txt@40654",
    "inspection-2014-06-30-herefordshire.txt@6583",
    "area-send-2024-09-03-durham.txt@14590",
    "cra-2010-wakefield.txt@4540",
    "focused-visit-2020-12-18-wakefield.txt@6698",
    "inspection-2018-07-17-wakefield.txt@18084",
    "focused-visit-2018-08-16-halton.txt@6988",
    "inspection-2024-01-12-staffordshire.txt@20262",
    "inspection-2016-02-19-cheshire-west-and-chester.txt@76672",
    "inspection-2014-09-03-manchester.txt@34329",
    "area-send-2025-02-12-lancashire.txt@2152",
    "cra-2010-york.txt@3279",
    "focused-visit-2021-02-12-bradford.txt@3703",
    "inspection-2019-07-29-wirral.txt@15128",
    "focused-visit-2019-02-14-leicester.txt@1965",
    "inspection-2025-08-04-gloucestershire.txt@7950",
    "inspection-2018-07-20-wandsworth.txt@49564",
    "inspection-2014-09-15-southampton.txt@85254",
    "area-send-2024-07-16-southampton.txt@6567",
    "cra-2010-worcestershire.txt@5259",
    "focused-visit-2024-02-28-stockport.txt@2568",
    "inspection-2019-03-11-staffordshire.txt@14977",
    "independent-school-2026-froebel-house-school.txt@19172",
    "independent-school-2026-new-forest-school.txt@8303",
    "independent-school-2026-red-balloon-aylesbury.txt@15979",
    "independent-school-2026-swallow-grange.txt@20319",
    "independent-school-2026-alchemy-school.txt@8643",
    "school-2016-rough-hay-primary.txt@18373",
    "further-education-2023-kirklees-college.txt@5464",
    "school-2001-st-mary-and-st-john-wigan.txt@22927",
    "independent-school-2026-meadow-school.txt@13531",
    "report-card-2026-djanogly-strelley-academy.txt@3476",
    "school-2015-argyle-primary.txt@13913",
    "independent-school-2026-compass-community-school-essex.txt@12579",
    "school-2011-agincourt-house-camden.txt@12787",
    "independent-school-2026-froebel-house-school.txt@5688",
    "independent-school-2026-new-forest-school.txt@14480",
    "independent-school-2026-red-balloon-aylesbury.txt@5190",
    "independent-school-2026-swallow-grange.txt@16244",
    "independent-school-2026-alchemy-school.txt@7546",
    "school-2016-rough-hay-primary.txt@826",
    "further-education-2023-kirklees-college.txt@4412",
)
ARGS = dict(seed=SEED, earlier=EARLIER, n_cs=30, n_school=20)


def main(argv):
    return themes8.run(argv, DRAWN, SAMPLE, "themes10.py", **ARGS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
