#!/usr/bin/env python3
"""Draws the fourteenth fresh keyword sample (issue 13, session 15), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh14.py EXTRACTED.jsonl > gold/text-mining/fresh14-sample.jsonl
       python3 gold/text-mining/fresh14.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh14.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh14 > gold/text-mining/fresh14.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh13's list, fresh13 itself and themes13 (possessives11's
findings through fresh12's candidates). themes14 (th16, drawn the same morning) was not on main when this was drawn
(main 77daf37), so it is not left out; later rounds leave out both.

The draw is fresh13.py's: fresh8.py's functions with fresh12's candidates and this seed passed to themes7.py's hashed
order.

Rule. Seed 20261215 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the first scoring: a finding is unread when the SHA-256 of "fresh14-unread:" and
its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but their errors are never
read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh13  # noqa: E402  (its exclusions)

SEED = 20261215
EARLIER = fresh13.EARLIER + ("fresh13-sample.jsonl", "themes13-sample.jsonl")
SAMPLE = "fresh14-sample.jsonl"
# The ids this draw gave on the output of main 77daf37 (2 December 2026), in draw order.
DRAWN = (
    "inspection-2015-05-13-windsor-maidenhead.txt@35731",
    "focused-visit-2018-04-03-waltham-forest.txt@6516",
    "inspection-2019-07-29-wirral.txt@15949",
    "inspection-2013-08-02-sandwell.txt@25769",
    "focused-visit-2022-11-15-knowsley.txt@2862",
    "inspection-2024-08-20-hackney.txt@9358",
    "inspection-2016-05-16-durham.txt@36869",
    "area-send-2023-09-12-sandwell.txt@3007",
    "inspection-2015-03-20-leicester.txt@6764",
    "focused-visit-2018-05-11-stockton-on-tees.txt@6443",
    "inspection-2018-07-23-herefordshire.txt@9901",
    "focused-visit-2022-03-01-wirral.txt@6079",
    "inspection-2026-07-07-north-northamptonshire.txt@23966",
    "inspection-2017-12-21-manchester.txt@51378",
    "area-send-2024-03-25-north-northamptonshire.txt@7466",
    "inspection-2015-05-12-lambeth.txt@64646",
    "school-2016-rough-hay-primary.txt@1743",
    "independent-school-2026-swallow-grange.txt@11303",
    "school-2001-st-mary-and-st-john-wigan.txt@23860",
    "independent-school-2026-red-balloon-aylesbury.txt@17506",
    "further-education-2023-kirklees-college.txt@9660",
    "report-card-2026-djanogly-strelley-academy.txt@2120",
    "independent-school-2026-new-forest-school.txt@5834",
    "independent-school-2026-froebel-house-school.txt@21089",
    "further-education-eif2019-2022-brindle-skills-ilp-inadequate-default-test11.txt@1199",
    "school-s5-2005-rushmere-lane-primary-default-test10.txt@1689",
    "school-ungraded-2016-fairholme-primary-nfd-real-layout-test4.txt@3066",
    "school-cif-2015-ashton-vale-columns-layout-tune4.txt@1014",
    "school-ungraded-2017-ferrybridge-high-short-continues-good-real-default-test8.txt@2723",
    "report-card-2026-meadowbank-special-real-default-test5.txt@2263",
    "independent-school-2026-progress-monitoring-tune.txt@2712",
    "independent-school-2023-standard-eif-greystone-hall-inadequate-default-test13.txt@2518",
)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh14-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh14-unread:", fid)


def main(argv):
    return fresh13.seeded_main(argv, "fresh14", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
