#!/usr/bin/env python3
"""Draws the seventeenth fresh keyword sample (issue 13, session 18), labelled blind before the tagger runs on it.

Usage: python3 gold/text-mining/fresh17.py EXTRACTED.jsonl > gold/text-mining/fresh17-sample.jsonl
       python3 gold/text-mining/fresh17.py --check EXTRACTED.jsonl   (exit 1 unless the draw reproduces DRAWN)
       python3 gold/text-mining/fresh17.py --unread                  (the never-read third's ids)
       python3 gold/text-mining/fresh_gold.py fresh17 > gold/text-mining/fresh17.jsonl

EXTRACTED.jsonl as for fresh4.py: the tool's JSON Lines output on ../shared/corpus/txt, ../shared/schools/txt and
src/test/resources/schools/constructed (read with --no-keywords). Only each finding's text, offsets, report kind and
file name are read, never its keywords or themes. Findings in any earlier keyword or theme sample of
gold/text-mining (EARLIER), by id or by text, are left out: fresh16's list, fresh16 itself and the two blind theme
parts of session 17 (themes16cs, themes16sch; the script reads their ids and texts to leave them out, nobody reads
them), and the 30 ids fresh16 left out (BLIND17, fresh16.candidates).

The draw is fresh13.py's seeded_main: fresh8.py's functions with fresh16's candidates and this seed passed to
themes7.py's hashed order.

Rule. Seed 20261218 (no earlier sample's). 32 findings, at most one per report, all `test`:
- children's services, 16: strata (report kind, era 2009-2015 / 2016-2019 / 2020-2026) visited in the order of
  their hashed names, one finding a turn (the stratum's next by hashed id whose report has given none), until 16;
- school sector, 16: 8 from the real school-sector reports (../shared/schools/txt) where a report has a finding
  left, one per report, reports in hashed order; 8 from the constructed ones, one per report likewise.

Never-read third, chosen before the draw and the first scoring: a finding is unread when the SHA-256 of
"fresh17-unread:" and its id, read as a hexadecimal integer, is 0 modulo 3. Its findings are scored (counted) but
their errors are never read and no rule is written from them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fresh8  # noqa: E402  (the draw, the check and the output: fresh8.py's, with the settings below)
import fresh12  # noqa: E402  (the candidates)
import fresh13  # noqa: E402  (seeded_main)
import fresh16  # noqa: E402  (its exclusions and candidates)

SEED = 20261218
EARLIER = fresh16.EARLIER + ("fresh16-sample.jsonl", "themes16cs-sample.jsonl", "themes16sch-gold.jsonl")
SAMPLE = "fresh17-sample.jsonl"
# The ids this draw gave on the output of the session's start jar (main 6a288077's keyword code), in draw order.
DRAWN = ()


def unread(fid):
    """True for the never-read third: SHA-256 of "fresh17-unread:" + id, 0 modulo 3."""
    return fresh8.themes7.unread("fresh17-unread:", fid)


def main(argv):
    fresh12.candidates = fresh16.candidates
    return fresh13.seeded_main(argv, "fresh17", SEED, EARLIER, SAMPLE, DRAWN)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
