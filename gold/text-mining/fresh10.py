#!/usr/bin/env python3
"""Draws the tenth fresh keyword sample (issue 13, session 11), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh10.py EXTRACTED.jsonl > gold/text-mining/fresh10-sample.jsonl
       python3 gold/text-mining/fresh10.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh10 > gold/text-mining/fresh10.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out: fresh9's list, fresh9 itself and themes9 (every other jsonl file there holds only
ids of these samples).

The draw is fresh8.py's (its functions, with this seed, exclusions and ids), themes7.py's hashed order.

Rule. Seed 20261211 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh9  # noqa: E402  (its exclusions)

SEED = 20261211
EARLIER = fresh9.EARLIER + ("fresh9-sample.jsonl", "themes9-sample.jsonl")
SAMPLE = "fresh10-sample.jsonl"
# The ids this draw gave on the output of main 0bdf53b (1 December 2026), in draw order.
DRAWN = (
    "inspection-2022-07-05-sandwell.txt@3946",
    "inspection-2016-09-20-wirral.txt@93975",
    "area-send-2024-03-25-north-northamptonshire.txt@9705",
    "inspection-2014-06-30-knowsley.txt@38949",
    "inspection-2018-07-02-brent.txt@967",
    "focused-visit-2019-03-04-hackney.txt@3250",
    "inspection-2013-08-02-sandwell.txt@29650",
    "focused-visit-2021-08-09-nottingham.txt@5435",
    "inspection-2023-07-28-southampton.txt@13607",
    "inspection-2018-08-24-torbay.txt@27252",
    "area-send-2024-01-26-halton.txt@5474",
    "inspection-2015-03-20-leicester.txt@85985",
    "inspection-2018-07-17-wakefield.txt@462",
    "focused-visit-2019-12-19-bath-and-north-east-somerset.txt@7690",
    "focused-visit-2023-09-06-york.txt@1746",
    "inspection-2025-07-15-stockport.txt@8795",
    "independent-school-2026-swallow-grange.txt@12061",
    "independent-school-2026-froebel-house-school.txt@8435",
    "independent-school-2026-red-balloon-aylesbury.txt@14651",
    "independent-school-2026-alchemy-school.txt@2374",
    "independent-school-2026-meadow-school.txt@15835",
    "report-card-2026-djanogly-strelley-academy.txt@4144",
    "independent-school-2026-compass-community-school-essex.txt@10163",
    "independent-school-2026-new-forest-school.txt@1442",
    "report-card-2026-westbrook-special-needs-attention-real-layout-test6.txt@1087",
    "school-eif2019-fernhill-academy-trust-default-test4.txt@1829",
    "school-eif2024-st-oswalds-primary-default-test5.txt@1753",
    "report-card-2026-harbour-view-pru-post-16-real-default-test7.txt@2092",
    "school-monitoring-2019-netherfield-primary-special-measures-eif-real-layout-test8.txt@1980",
    "school-s5-2012-hollowell-primary-test3.txt@604",
    "school-s5-2009-ashbourne-road-primary-default-test9.txt@2518",
    "school-ungraded-2017-westwood-academy-nfd-layout-tune4.txt@2546",
)


def main(argv):
    fresh8.themes7.SEED = SEED
    fresh8.EARLIER, fresh8.SAMPLE, fresh8.DRAWN = EARLIER, SAMPLE, DRAWN
    return fresh8.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
