#!/usr/bin/env python3
"""Draws the theme samples of round 4 (issue 13): school-sector findings for the school codebook (a test part,
labelled and committed before the codebook had terms, and a separate tune part), and a fresh children's
services test sample ("fresh3") for the default codebook's recall work.

Usage: python3 gold/text-mining/themes3.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/themes3-sample.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt (the 15 real school-sector reports). Only each finding's text, offsets, report kind
and file name are read, never its keywords or themes. Findings in any earlier sample (gold, fresh, fresh2,
blind) are left out.

Rule. Seed 20261230 (new). Schools: each report's findings are shuffled, the reports visited round-robin
in a shuffled order, one finding per report per turn; the first 30 drawn are the test part (two per
report), the next 40 the tune part (at most three more per report), so no report dominates (one report
has 81 findings, another 11). Children's services ("fresh3", all test): strata are (report kind, era:
2009-2015, 2016-2019, 2020-2026), visited round-robin in a shuffled order, one finding per turn, at most
one finding per report, until 40 are drawn.
"""
import json
import os
import random
import re
import sys

SEED = 20261230
N_SCHOOL_TEST = 30
N_SCHOOL_TUNE = 40
N_CS = 40
EARLIER = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "blind-sample.jsonl")


def era(name):
    m = re.search(r"(19|20)\d\d", name)
    y = int(m.group(0)) if m else 0
    return "2009-2015" if y <= 2015 else "2016-2019" if y <= 2019 else "2020-2026"


def findings(path, used):
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid not in used:
                yield {"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                       "text": f["text"]}


def round_robin(groups, rng, n, per_group):
    """Visits the groups in a shuffled order, one item each turn, at most per_group from a group."""
    order = sorted(groups)
    rng.shuffle(order)
    for g in order:
        groups[g].sort(key=lambda x: x["id"])
        rng.shuffle(groups[g])
    drawn, taken = [], {}
    while len(drawn) < n and any(groups[g] for g in order):
        for g in order:
            if groups[g] and taken.get(g, 0) < per_group and len(drawn) < n:
                drawn.append(groups[g].pop())
                taken[g] = taken.get(g, 0) + 1
        if all(taken.get(g, 0) >= per_group or not groups[g] for g in order):
            break
    return drawn


def main(corpus, schools):
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in EARLIER:
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    rng = random.Random(SEED)
    by_report = {}
    for f in findings(schools, used):
        by_report.setdefault(f["file"], []).append(f)
    school = round_robin(by_report, rng, N_SCHOOL_TEST + N_SCHOOL_TUNE, 5)
    out = []
    for i, f in enumerate(school):
        f.update(sector="school", split="test" if i < N_SCHOOL_TEST else "tune")
        out.append(f)
    strata, reports = {}, set()
    for f in findings(corpus, used):
        strata.setdefault("%s %s" % (f["kind"], era(f["file"])), []).append(f)
    cs = []
    for f in round_robin(strata, rng, 10 * N_CS, 10 * N_CS):
        if f["file"] not in reports and len(cs) < N_CS:
            reports.add(f["file"])
            f.update(sector="children-services", split="test")
            cs.append(f)
    out += cs
    for i, f in enumerate(out):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
