#!/usr/bin/env python3
"""Draws the seventh fresh sample of findings, labelled blind before the tagger runs on it (issue 13, round 8).

Usage: python3 gold/text-mining/fresh7.py EXTRACTED.jsonl > gold/text-mining/fresh7-sample.jsonl

EXTRACTED.jsonl as for fresh4.py (the development corpus, the shared school-sector reports and the constructed
school reports through the tool, --format jsonl); only each finding's text, offsets, report type and file name
are read, never its keywords or themes. Findings already in any sample of gold/text-mining (gold, fresh 1-6, the
themes' blind, round-4, round-5 and round-6 samples), by id or by text, are left out.

Rule: 32 findings, one per report: 16 children's services, 4 from each era (to 2016, 2017-19, 2020-22, 2023 on),
and 16 school sector, 8 from the shared school texts and 8 from the constructed ones; each uniform over what is left.
Seed 20261206 (no earlier sample's: 13, 20261130, 20261131, 20261201-20261205, 20261230, 20261301, 20261401,
20261501). The draw is shuffled and numbered by `order`.
"""
import sys

import fresh4 as draw

draw.SEED = 20261206
draw.PER_ERA = 4
draw.N_SHARED_SCHOOL = 8
draw.N_CONSTRUCTED = 8
draw.PREVIOUS = draw.PREVIOUS + ("fresh4-sample.jsonl", "themes4-sample.jsonl", "fresh5-sample.jsonl",
                                 "themes5-sample.jsonl", "themes6-sample.jsonl", "fresh6-sample.jsonl")

if __name__ == "__main__":
    draw.main(sys.argv[1])
