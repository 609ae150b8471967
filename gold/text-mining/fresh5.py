#!/usr/bin/env python3
"""Draws the fifth fresh sample of findings, labelled blind before the tagger runs on it (issue 13, round 6).

Usage: python3 gold/text-mining/fresh5.py EXTRACTED.jsonl > gold/text-mining/fresh5-sample.jsonl

EXTRACTED.jsonl is the tool's JSON Lines output on the development corpus, the shared school-sector reports
and the constructed school reports (ls ../shared/corpus/txt/*.txt ../shared/schools/txt/*.txt
src/test/resources/schools/constructed/*.txt | xargs java -jar target/ofsted-extract.jar --format jsonl).
Only each finding's text, offsets, report type and file name are read, never its keywords or themes.
Findings already in any sample of gold/text-mining (gold, fresh 1-4, the themes' blind, round-4 and
round-5 samples), by id or by text, are left out.

Rule: 32 findings, half children's services, half school sector, at most one finding per report.
- Children's services: 4 findings from each of four eras (the report's year, the first 19xx/20xx in its file
  name, which is its publication: up to 2016 (the corpus starts in 2013), 2017-2019, 2020-2022, 2023 on), each
  uniform over the era's remaining findings.
- School sector: 8 findings uniform over the remaining findings of the shared school texts
  (../shared/schools/txt) and 8 over those of the constructed ones (src/test/resources/schools/constructed).
Seed 20261204 (not 13, 20261130, 20261131, 20261201, 20261202, 20261203, 20261230 or 20261301). The draw is shuffled and
numbered by `order`.
"""
import sys

import fresh4 as draw

# the fourth sample's draw, with this sample's seed, sizes and the samples drawn since left out
draw.SEED = 20261204
draw.PER_ERA = 4
draw.N_SHARED_SCHOOL = 8
draw.N_CONSTRUCTED = 8
draw.PREVIOUS = draw.PREVIOUS + ("fresh4-sample.jsonl", "themes4-sample.jsonl")

if __name__ == "__main__":
    draw.main(sys.argv[1])
