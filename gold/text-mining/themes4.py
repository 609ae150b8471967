#!/usr/bin/env python3
"""Draws the theme sample of round 5 (issue 13), "fresh4": a clean test sample for both codebooks, labelled
against the codebooks' definitions and committed before the tagger ran on it and before any rule changed.

Usage: python3 gold/text-mining/themes4.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes4-sample.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier sample (gold, fresh, fresh2,
fresh3, blind, themes3) are left out.

Rule. Seed 20261301 (new). Children's services (28, about two thirds): strata are (report kind, era:
2009-2015, 2016-2019, 2020-2026), visited round-robin in a shuffled order, one finding per turn, at most
one finding per report, until 28 are drawn. School sector (14, about a third): the 15 reports visited in a
shuffled order, one finding each, until 14 are drawn. All `test`.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from themes3 import era, findings, round_robin  # noqa: E402  (same strata and round-robin as round 4)

SEED = 20261301
N_CS = 28
N_SCHOOL = 14
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl",
           "blind-sample.jsonl", "themes3-sample.jsonl")


def draw(corpus, schools, seed, n_cs, n_school, per_report, earlier):
    """The draw of rounds 5 and 6: children's services by (kind, era) strata, at most one finding per report;
    school-sector findings round-robin over reports, at most `per_report` each; printed as JSON Lines."""
    import json
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in earlier:
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    rng = random.Random(seed)
    strata, reports = {}, set()
    for f in findings(corpus, used):
        strata.setdefault("%s %s" % (f["kind"], era(f["file"])), []).append(f)
    out = []
    for f in round_robin(strata, rng, 10 * n_cs, 10 * n_cs):
        if f["file"] not in reports and len(out) < n_cs:
            reports.add(f["file"])
            f.update(sector="children-services", split="test")
            out.append(f)
    by_report = {}
    for f in findings(schools, used):
        by_report.setdefault(f["file"], []).append(f)
    for f in round_robin(by_report, rng, n_school, per_report):
        f.update(sector="school", split="test")
        out.append(f)
    for i, f in enumerate(out):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


def main(corpus, schools):
    draw(corpus, schools, SEED, N_CS, N_SCHOOL, 1, EARLIER)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
