#!/usr/bin/env python3
"""Draws the ninth fresh keyword sample (issue 13, session 10), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh9.py EXTRACTED.jsonl > gold/text-mining/fresh9-sample.jsonl
       python3 gold/text-mining/fresh9.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh_gold.py fresh9 > gold/text-mining/fresh9.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed. Only each finding's text, offsets, report kind and file name are read,
never its keywords or themes. Findings in any earlier keyword or theme sample of gold/text-mining (EARLIER), by
id or by text, are left out.

The draw is fresh8.py's (its functions, with this seed, exclusions and ids), themes7.py's hashed order: findings are ordered by a SHA-256 of the seed and the finding's id, so findings added,
dropped or moved elsewhere in the output do not change it (fresh4.py's one shuffled stream did).

Rule. Seed 20261208 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)

SEED = 20261208
EARLIER = fresh8.EARLIER + ("fresh8-sample.jsonl", "themes8-sample.jsonl")
SAMPLE = "fresh9-sample.jsonl"
# The ids this draw gave on the output of main 2e83929 (1 December 2026), in draw order.
DRAWN = (
    "inspection-2022-07-05-sandwell.txt@11492",
    "inspection-2016-01-05-torbay.txt@63012",
    "area-send-2024-09-03-durham.txt@16734",
    "inspection-2015-01-20-waltham-forest.txt@61653",
    "inspection-2019-04-15-enfield.txt@14811",
    "focused-visit-2018-12-20-windsor-maidenhead.txt@1784",
    "inspection-2013-08-02-sandwell.txt@21398",
    "focused-visit-2024-10-18-stockton-on-tees.txt@1385",
    "inspection-2022-09-21-herefordshire.txt@10776",
    "inspection-2017-08-25-stockport.txt@34495",
    "area-send-2023-09-12-sandwell.txt@14050",
    "inspection-2014-08-08-cambridgeshire.txt@39859",
    "inspection-2019-05-08-cheshire-west-and-chester.txt@16850",
    "focused-visit-2019-03-04-hackney.txt@4004",
    "focused-visit-2021-08-23-durham.txt@6862",
    "inspection-2022-09-05-nottingham.txt@24237",
    "independent-school-2026-swallow-grange.txt@4252",
    "independent-school-2026-froebel-house-school.txt@19478",
    "independent-school-2026-red-balloon-aylesbury.txt@4636",
    "independent-school-2026-alchemy-school.txt@1481",
    "independent-school-2026-meadow-school.txt@10835",
    "report-card-2026-djanogly-strelley-academy.txt@8822",
    "independent-school-2026-compass-community-school-essex.txt@10539",
    "independent-school-2026-new-forest-school.txt@9493",
    "report-card-2026-westbrook-special-needs-attention-real-layout-test6.txt@1960",
    "school-eif2019-fernhill-academy-trust-default-test4.txt@795",
    "school-eif2024-st-oswalds-primary-default-test5.txt@795",
    "report-card-2026-harbour-view-pru-post-16-real-default-test7.txt@1441",
    "school-monitoring-2019-netherfield-primary-special-measures-eif-real-layout-test8.txt@3144",
    "school-s5-2012-hollowell-primary-test3.txt@2666",
    "school-ungraded-2017-westwood-academy-nfd-layout-tune4.txt@2399",
    "independent-school-2018-standard-cif-rowan-lea-default-test5.txt@3804",
)


def main(argv):
    fresh8.themes7.SEED = SEED
    fresh8.EARLIER, fresh8.SAMPLE, fresh8.DRAWN = EARLIER, SAMPLE, DRAWN
    return fresh8.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
