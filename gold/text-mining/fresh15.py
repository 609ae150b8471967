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
# The ids this draw gave on the output of main 3b81e6c8 (2 December 2026), in draw order (filled in after the draw).
DRAWN = (
)


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh15-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh15-unread:", fid)


def main(argv):
    return fresh13.seeded_main(argv, "fresh15", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
