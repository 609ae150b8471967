#!/usr/bin/env python3
"""Draws the theme sample of round 6 (issue 13), "fresh5": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger's output on it was read and before any rule
of the round changed.

Usage: python3 gold/text-mining/themes5.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes5-sample.jsonl
       (prints the recorded sample, DRAWN below; `--redraw CORPUS SCHOOLS` runs the random draw, which gives the
       same findings only on the output it was drawn from: finding offsets elsewhere in the corpus have moved since)
       python3 gold/text-mining/themes3_gold.py all themes5 > gold/text-mining/themes5-fresh5.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier sample (keyword gold and
fresh samples 1-4, blind, themes3, themes4) are left out.

Rule. Seed 20261401 (new). Children's services (32): strata are (report kind, era: 2009-2015, 2016-2019,
2020-2026), visited round-robin in a shuffled order, one finding per turn, at most one finding per report,
until 32 are drawn. School sector (22): the 15 reports visited round-robin in a shuffled order, one finding
per report per turn, at most two per report, until 22 are drawn. All `test`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from themes4 import run  # noqa: E402  (the draw of round 5: same strata and round-robin as rounds 4 and 5)

SEED = 20261401
N_CS = 32
N_SCHOOL = 22
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "blind-sample.jsonl", "themes3-sample.jsonl", "themes4-sample.jsonl")
# The ids the draw gave when the sample was made (draw order), so that the sample can be printed again from any
# later output that still holds these findings (the draw itself reproduces only on the output it was drawn from).
DRAWN = (
    "cra-2010-wakefield.txt@4289",
    "focused-visit-2020-12-18-wakefield.txt@12251",
    "inspection-2020-02-24-windsor-maidenhead.txt@19524",
    "inspection-2015-11-30-brent.txt@69339",
    "focused-visit-2019-06-11-wandsworth.txt@9154",
    "inspection-2016-01-05-torbay.txt@46598",
    "inspection-2019-12-20-hackney.txt@12970",
    "area-send-2024-03-01-gloucestershire.txt@13875",
    "inspection-2013-08-02-sandwell.txt@17037",
    "cra-2010-york.txt@3092",
    "focused-visit-2024-10-31-north-northamptonshire.txt@5749",
    "inspection-2026-01-12-herefordshire.txt@27491",
    "inspection-2015-06-05-sandwell.txt@32278",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@10881",
    "inspection-2016-09-21-hackney.txt@100861",
    "inspection-2019-01-07-nottingham.txt@11920",
    "area-send-2023-09-12-sandwell.txt@9870",
    "cra-2011-kirklees.txt@6586",
    "focused-visit-2024-01-12-wandsworth.txt@2354",
    "inspection-2026-01-12-newham.txt@33051",
    "inspection-2015-05-12-lambeth.txt@23811",
    "focused-visit-2018-06-15-southampton.txt@2411",
    "inspection-2018-07-02-brent.txt@8391",
    "area-send-2024-09-03-durham.txt@13511",
    "focused-visit-2025-05-20-sandwell.txt@9432",
    "inspection-2025-05-13-durham.txt@26345",
    "inspection-2014-05-23-bradford.txt@65602",
    "focused-visit-2019-05-08-lambeth.txt@6752",
    "inspection-2016-02-19-cheshire-west-and-chester.txt@92882",
    "inspection-2019-03-11-waltham-forest.txt@19595",
    "focused-visit-2020-02-13-knowsley.txt@5598",
    "inspection-2025-08-05-bath-and-north-east-somerset.txt@11112",
    "independent-school-2026-meadow-school.txt@11091",
    "school-2011-agincourt-house-camden.txt@24790",
    "school-monitoring-2011-victoria-avenue-primary.txt@1679",
    "independent-school-2026-froebel-house-school.txt@7149",
    "independent-school-2026-red-balloon-aylesbury.txt@14870",
    "independent-school-2026-new-forest-school.txt@13666",
    "report-card-2026-djanogly-strelley-academy.txt@11736",
    "school-2001-st-mary-and-st-john-wigan.txt@15322",
    "independent-school-2026-swallow-grange.txt@2029",
    "school-2016-rough-hay-primary.txt@13694",
    "school-2015-argyle-primary.txt@20388",
    "independent-school-2026-compass-community-school-essex.txt@12512",
    "school-2025-abberley-parochial-vc-primary.txt@5822",
    "further-education-2023-kirklees-college.txt@4822",
    "independent-school-2026-alchemy-school.txt@14486",
    "independent-school-2026-meadow-school.txt@20484",
    "school-2011-agincourt-house-camden.txt@10044",
    "school-monitoring-2011-victoria-avenue-primary.txt@2754",
    "independent-school-2026-froebel-house-school.txt@12101",
    "independent-school-2026-red-balloon-aylesbury.txt@6077",
    "independent-school-2026-new-forest-school.txt@3568",
    "report-card-2026-djanogly-strelley-academy.txt@13847",
)


def main(argv):
    run(argv, SEED, N_CS, N_SCHOOL, 2, EARLIER, DRAWN)


if __name__ == "__main__":
    main(sys.argv[1:])
