#!/usr/bin/env python3
"""Draws the theme sample of round 7 (issue 13), "fresh6": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger's output on it was read and before any rule
of the round changed.

Usage: python3 gold/text-mining/themes6.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes6-sample.jsonl
       (prints the recorded sample, DRAWN below; `--redraw CORPUS SCHOOLS` runs the random draw, which gives the
       same findings only on the output it was drawn from: finding offsets elsewhere in the corpus have moved since)
       python3 gold/text-mining/themes3_gold.py all themes6 > gold/text-mining/themes6-fresh6.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier sample (keyword gold and
fresh samples 1-5, blind, themes3, themes4, themes5) are left out.

Rule. Seed 20261501 (new). Children's services (32): strata are (report kind, era: 2009-2015, 2016-2019,
2020-2026), visited round-robin in a shuffled order, one finding per turn, at most one finding per report,
until 32 are drawn. School sector (20): the 15 reports visited round-robin in a shuffled order, one finding
per report per turn, at most two per report, until 20 are drawn. All `test`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from themes4 import run  # noqa: E402  (the draw of rounds 5 and 6: same strata and round-robin)

SEED = 20261501
N_CS = 32
N_SCHOOL = 20
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "fresh5-sample.jsonl", "blind-sample.jsonl", "themes3-sample.jsonl", "themes4-sample.jsonl",
           "themes5-sample.jsonl")
# The ids the draw gave when the sample was made (draw order), so that the sample can be printed again from any
# later output that still holds these findings (the draw itself reproduces only on the output it was drawn from).
DRAWN = (
    "inspection-2018-05-30-hillingdon.txt@18728",
    "inspection-2014-05-14-nottingham.txt@34124",
    "area-send-2024-07-26-wakefield.txt@12908",
    "cra-2010-wakefield.txt@5495",
    "inspection-2018-01-29-sandwell.txt@66386",
    "focused-visit-2019-03-04-hackney.txt@3625",
    "inspection-2022-09-21-herefordshire.txt@4400",
    "focused-visit-2021-02-12-bradford.txt@11755",
    "inspection-2013-08-02-sandwell.txt@26183",
    "inspection-2019-07-15-wokingham.txt@15591",
    "inspection-2015-06-05-sandwell.txt@83490",
    "area-send-2025-02-07-herefordshire.txt@12609",
    "cra-2010-worcestershire.txt@4682",
    "inspection-2017-03-31-wolverhampton.txt@70212",
    "focused-visit-2019-12-18-brent.txt@2782",
    "inspection-2022-05-18-stockport.txt@1678",
    "focused-visit-2024-03-20-wokingham.txt@2030",
    "inspection-2014-03-21-staffordshire.txt@38650",
    "cra-2010-york.txt@3567",
    "inspection-2017-08-25-stockport.txt@78002",
    "focused-visit-2019-05-08-north-east-lincolnshire.txt@2756",
    "inspection-2021-11-26-north-east-lincolnshire.txt@2728",
    "focused-visit-2024-03-06-knowsley.txt@10975",
    "inspection-2014-09-03-manchester.txt@3145",
    "area-send-2024-07-12-hillingdon.txt@8938",
    "inspection-2018-08-24-torbay.txt@14450",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@8649",
    "inspection-2026-01-12-newham.txt@33350",
    "focused-visit-2024-01-12-wandsworth.txt@5618",
    "inspection-2014-08-08-cambridgeshire.txt@53572",
    "area-send-2025-02-12-lancashire.txt@6207",
    "inspection-2018-05-09-lambeth.txt@12050",
    "school-2001-st-mary-and-st-john-wigan.txt@14306",
    "independent-school-2026-alchemy-school.txt@5630",
    "independent-school-2026-meadow-school.txt@19258",
    "school-2025-abberley-parochial-vc-primary.txt@6221",
    "school-2016-rough-hay-primary.txt@4021",
    "school-2011-agincourt-house-camden.txt@25257",
    "report-card-2026-djanogly-strelley-academy.txt@10608",
    "independent-school-2026-compass-community-school-essex.txt@9058",
    "school-2015-argyle-primary.txt@5852",
    "independent-school-2026-froebel-house-school.txt@20359",
    "independent-school-2026-new-forest-school.txt@12300",
    "further-education-2023-kirklees-college.txt@6332",
    "independent-school-2026-red-balloon-aylesbury.txt@13211",
    "school-monitoring-2011-victoria-avenue-primary.txt@11746",
    "independent-school-2026-swallow-grange.txt@2816",
    "school-2001-st-mary-and-st-john-wigan.txt@3948",
    "independent-school-2026-alchemy-school.txt@7689",
    "independent-school-2026-meadow-school.txt@12425",
    "school-2025-abberley-parochial-vc-primary.txt@5162",
    "school-2016-rough-hay-primary.txt@19638",
)


def main(argv):
    run(argv, SEED, N_CS, N_SCHOOL, 2, EARLIER, DRAWN)


if __name__ == "__main__":
    main(sys.argv[1:])
