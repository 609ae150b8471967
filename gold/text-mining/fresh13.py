#!/usr/bin/env python3
"""Draws the thirteenth fresh keyword sample (issue 13, session 14), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh13.py EXTRACTED.jsonl > gold/text-mining/fresh13-sample.jsonl
       python3 gold/text-mining/fresh13.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh13.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh13 > gold/text-mining/fresh13.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh12's list, fresh12 itself and themes12 (possessives11's
findings through fresh12's candidates).

The draw is fresh8.py's (its functions, with this seed, exclusions and ids), themes7.py's hashed order.

Rule. Seed 20261214 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the first scoring: a finding is unread when the SHA-256 of "fresh13-unread:" and
its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but their errors are never
read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh12  # noqa: E402  (its exclusions and candidates)

SEED = 20261214
EARLIER = fresh12.EARLIER + ("fresh12-sample.jsonl", "themes12-sample.jsonl")
SAMPLE = "fresh13-sample.jsonl"
# The ids this draw gave on the output of main 5608ce2 (2 December 2026), in draw order.
DRAWN = (
    "focused-visit-2018-08-16-halton.txt@1476",
    "inspection-2015-11-27-lancashire.txt@103152",
    "inspection-2013-08-02-sandwell.txt@42143",
    "focused-visit-2021-08-09-nottingham.txt@5007",
    "inspection-2023-05-09-stockton-on-tees.txt@9744",
    "inspection-2016-05-16-durham.txt@86996",
    "area-send-2025-02-07-herefordshire.txt@9912",
    "inspection-2018-07-23-herefordshire.txt@14385",
    "focused-visit-2019-02-04-durham.txt@9340",
    "inspection-2014-06-30-knowsley.txt@63725",
    "focused-visit-2020-12-18-wakefield.txt@10106",
    "inspection-2022-05-18-torbay.txt@20273",
    "inspection-2018-05-09-lambeth.txt@44385",
    "area-send-2023-08-02-enfield.txt@4959",
    "inspection-2019-12-20-hackney.txt@22707",
    "focused-visit-2018-04-03-waltham-forest.txt@4565",
    "independent-school-2026-new-forest-school.txt@5541",
    "school-2001-st-mary-and-st-john-wigan.txt@16246",
    "further-education-2023-kirklees-college.txt@6821",
    "independent-school-2026-froebel-house-school.txt@3446",
    "independent-school-2026-alchemy-school.txt@9799",
    "school-2011-agincourt-house-camden.txt@23906",
    "independent-school-2026-meadow-school.txt@15053",
    "independent-school-2026-swallow-grange.txt@13241",
    "report-card-2026-harrowgate-lane-urgent-default-test9.txt@2567",
    "school-cif-2015-ashton-vale-columns-layout-tune4.txt@2671",
    "school-ungraded-2023-brindley-junior-continues-good-real-default-test7.txt@1127",
    "school-eif2024-oaklands-bridge-special-layout-test10.txt@1168",
    "school-monitoring-2026-greenacre-primary-not-in-category-real-layout-test5.txt@1204",
    "school-monitoring-2026-castle-hill-junior-real-default-tune4.txt@633",
    "further-education-monitoring-2019-westmarsh-council-layout-tune3.txt@1693",
    "report-card-2026-wensum-valley-academy-sixth-form-real-default-test8.txt@4975",
)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh13-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh13-unread:", fid)


def seeded_main(argv, part, seed, earlier, sample, drawn):
    """fresh8.py's draw, check and output with fresh12's candidates, this seed, exclusions and ids (fresh13, fresh14)."""
    if argv and argv[0] == "--unread":
        return fresh8.themes7.print_unread(part + "-unread:", drawn)
    fresh8.candidates = fresh12.candidates
    # themes7.turns binds its seed when it is defined (themes7's 20261601), so setting themes7.SEED, as fresh8.py
    # to fresh12.py did, never reached the draw: their orders were themes7's, told apart only by their exclusions.
    # This draw passes its own seed.
    turns = fresh8.themes7.turns
    fresh8.themes7.turns = lambda groups, n, per_group, taken_reports=None: turns(
        groups, n, per_group, taken_reports, seed=seed)
    fresh8.EARLIER, fresh8.SAMPLE, fresh8.DRAWN = earlier, sample, drawn
    return fresh8.main(argv)


def main(argv):
    return seeded_main(argv, "fresh13", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
