#!/usr/bin/env python3
"""Draws the eleventh fresh keyword sample (issue 13, session 12), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh11.py EXTRACTED.jsonl > gold/text-mining/fresh11-sample.jsonl
       python3 gold/text-mining/fresh11.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh11 > gold/text-mining/fresh11.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out: fresh10's list, fresh10 itself and themes10 (every other jsonl file there holds only
ids of these samples).

The draw is fresh8.py's (its functions, with this seed, exclusions and ids), themes7.py's hashed order.

Rule. Seed 20261212 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh10  # noqa: E402  (its exclusions)

SEED = 20261212
EARLIER = fresh10.EARLIER + ("fresh10-sample.jsonl", "themes10-sample.jsonl")
SAMPLE = "fresh11-sample.jsonl"
# The ids this draw gave on the output of main a82cb08 (1 December 2026), in draw order.
DRAWN = (
    "inspection-2023-08-25-isles-of-scilly.txt@17372",
    "inspection-2016-09-20-wirral.txt@14505",
    "area-send-2024-07-26-wakefield.txt@9712",
    "inspection-2015-01-20-waltham-forest.txt@64241",
    "inspection-2018-07-17-wakefield.txt@23782",
    "focused-visit-2018-03-22-wakefield.txt@7113",
    "inspection-2013-08-02-sandwell.txt@9402",
    "focused-visit-2021-11-17-halton.txt@7098",
    "inspection-2026-07-07-north-northamptonshire.txt@22752",
    "inspection-2016-06-27-isles-of-scilly.txt@65837",
    "area-send-2024-01-26-halton.txt@6098",
    "inspection-2015-05-12-lambeth.txt@78595",
    "inspection-2019-01-07-nottingham.txt@2409",
    "focused-visit-2018-10-18-enfield.txt@8810",
    "focused-visit-2025-02-21-gloucestershire.txt@830",
    "inspection-2020-04-15-north-tyneside.txt@26535",
    "independent-school-2026-swallow-grange.txt@5091",
    "independent-school-2026-froebel-house-school.txt@23775",
    "independent-school-2026-red-balloon-aylesbury.txt@6322",
    "independent-school-2026-alchemy-school.txt@9329",
    "independent-school-2026-meadow-school.txt@19485",
    "report-card-2026-djanogly-strelley-academy.txt@5938",
    "independent-school-2026-compass-community-school-essex.txt@11604",
    "independent-school-2026-new-forest-school.txt@13468",
    "report-card-2026-westbrook-special-needs-attention-real-layout-test6.txt@3404",
    "school-eif2019-fernhill-academy-trust-default-test4.txt@1280",
    "school-eif2024-st-oswalds-primary-default-test5.txt@1898",
    "report-card-2026-harbour-view-pru-post-16-real-default-test7.txt@1884",
    "school-monitoring-2019-netherfield-primary-special-measures-eif-real-layout-test8.txt@2928",
    "report-card-2026-kingfisher-vale-all-through-default-test10.txt@2991",
    "school-s5-2012-hollowell-primary-test3.txt@3295",
    "school-s5-2009-ashbourne-road-primary-default-test9.txt@2938",
)


def main(argv):
    fresh8.themes7.SEED = SEED
    fresh8.EARLIER, fresh8.SAMPLE, fresh8.DRAWN = EARLIER, SAMPLE, DRAWN
    return fresh8.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
