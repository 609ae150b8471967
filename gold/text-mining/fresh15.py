#!/usr/bin/env python3
"""Draws the fifteenth fresh keyword sample (issue 13, session 16), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh15.py EXTRACTED.jsonl > gold/text-mining/fresh15-sample.jsonl
       python3 gold/text-mining/fresh15.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh15.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh15 > gold/text-mining/fresh15.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh14's list, fresh14 itself and themes14 (possessives11's
findings through fresh12's candidates; fresh14-second labels fresh14's findings). themes15cs and themes15sch (thcs17,
thsch17, drawn the same morning) are not left out, nor do they leave this out; overlaps are recorded after the draw.

The draw is fresh13.py's seeded_main: fresh8.py's functions with fresh12's candidates and this seed passed to
themes7.py's hashed order.

Rule. Seed 20261216 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt), one per report, reports in
  hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the first scoring: a finding is unread when the SHA-256 of "fresh15-unread:" and
its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but their errors are never
read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh13  # noqa: E402  (seeded_main)
import fresh14  # noqa: E402  (its exclusions)

SEED = 20261216
EARLIER = fresh14.EARLIER + ("fresh14-sample.jsonl", "themes14-sample.jsonl")
SAMPLE = "fresh15-sample.jsonl"
# The ids this draw gave on the output of main 3b81e6c8 (2 December 2026), in draw order .
DRAWN = (
    "inspection-2019-12-20-hackney.txt@14700",
    "inspection-2017-09-25-north-east-lincolnshire.txt@50803",
    "area-send-2024-07-26-wakefield.txt@12690",
    "inspection-2020-04-15-north-tyneside.txt@10000",
    "inspection-2014-09-15-southampton.txt@50787",
    "focused-visit-2022-01-31-stockton-on-tees.txt@2165",
    "inspection-2013-08-02-sandwell.txt@37166",
    "focused-visit-2019-12-18-north-east-lincolnshire.txt@2970",
    "inspection-2019-10-21-durham.txt@24178",
    "inspection-2017-06-13-north-tyneside.txt@57769",
    "area-send-2024-09-03-durham.txt@15812",
    "inspection-2023-01-31-bradford.txt@18771",
    "inspection-2014-02-11-hillingdon.txt@7971",
    "focused-visit-2026-01-27-staffordshire.txt@8598",
    "focused-visit-2019-02-14-herefordshire.txt@6727",
    "inspection-2019-07-15-wokingham.txt@5612",
    "report-card-2026-djanogly-strelley-academy.txt@7354",
    "school-2001-st-mary-and-st-john-wigan.txt@21856",
    "independent-school-2026-swallow-grange.txt@3215",
    "independent-school-2026-compass-community-school-essex.txt@12360",
    "school-2011-agincourt-house-camden.txt@4896",
    "independent-school-2026-red-balloon-aylesbury.txt@8141",
    "independent-school-2026-new-forest-school.txt@12949",
    "independent-school-2026-meadow-school.txt@8422",
    "further-education-ungraded-2023-marlow-vale-college-layout-test4.txt@2533",
    "school-eif2019-caldmore-green-special-measures-unsafe-layout-test13.txt@1538",
    "school-cif-2015-ashby-fields-special-measures-layout-test8.txt@1182",
    "further-education-cif2015-2016-tarnside-college-ri-default-test14.txt@653",
    "school-ungraded-2020-oakfield-primary-good-school-real-default-test5.txt@1366",
    "further-education-2013-ashwell-vale-college-good-default-test14.txt@3106",
    "report-card-2025-hollins-lane-primary-real-layout-test5.txt@2974",
    "school-s10-short-hollybank-junior-tune.txt@3026",
)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh15-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh15-unread:", fid)


def main(argv):
    return fresh13.seeded_main(argv, "fresh15", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
