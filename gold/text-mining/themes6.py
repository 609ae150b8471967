#!/usr/bin/env python3
"""Draws the theme sample of round 7 (issue 13), "fresh6": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger's output on it was read and before any rule
of the round changed.

Usage: python3 gold/text-mining/themes6.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes6-sample.jsonl
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
from themes4 import draw  # noqa: E402  (the draw of rounds 5 and 6: same strata and round-robin)

SEED = 20261501
N_CS = 32
N_SCHOOL = 20
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl", "fresh4-sample.jsonl",
           "fresh5-sample.jsonl", "blind-sample.jsonl", "themes3-sample.jsonl", "themes4-sample.jsonl",
           "themes5-sample.jsonl")


def main(corpus, schools):
    draw(corpus, schools, SEED, N_CS, N_SCHOOL, 2, EARLIER)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
