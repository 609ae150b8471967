#!/usr/bin/env python3
"""Draws a blind theme sample (issue 13, theme round 3): findings not in the theme gold or an earlier sample.

Usage: python3 gold/text-mining/blind.py CORPUS.jsonl SCHOOLS.jsonl > gold/text-mining/blind-sample.jsonl

CORPUS.jsonl / SCHOOLS.jsonl are the tool's JSON Lines output on ../shared/corpus/txt (+ samples) and on
../shared/schools/txt. Only each finding's text and offsets are read, never its keywords or themes.
Findings already in gold.jsonl or fresh-sample.jsonl are left out. Children's services: every
(report kind, era) stratum gets one finding, the rest of N_CS are drawn uniformly from the pooled rest,
so every kind and era is present and the sample still weighs kinds roughly as the corpus does.
Schools: N_SCHOOL findings, one per report drawn first, uniformly. Seed 20261131 (new; 13 and 20261130
were used before).
"""
import json
import os
import random
import re
import sys

SEED = 20261131
N_CS = 60
N_SCHOOL = 12


def era(name):
    m = re.search(r"(19|20)\d\d", name)
    y = int(m.group()) if m else 0
    return "2009-12" if y < 2013 else "2013-17" if y < 2018 else "2018-22" if y < 2023 else "2023-26"


def pool_of(path, used):
    pool = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid not in used:
                pool.append({"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                             "era": era(name), "text": f["text"]})
    pool.sort(key=lambda x: x["id"])
    return pool


def main(corpus, schools):
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for g in ("gold.jsonl", "fresh-sample.jsonl"):
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, g), encoding="utf-8") if l.strip()}
    rnd = random.Random(SEED)
    cs = pool_of(corpus, used)
    strata = sorted({(f["kind"], f["era"]) for f in cs})
    drawn = []
    for s in strata:
        drawn.append(rnd.choice([f for f in cs if (f["kind"], f["era"]) == s]))
    ids = {f["id"] for f in drawn}
    rest = [f for f in cs if f["id"] not in ids]
    drawn += rnd.sample(rest, N_CS - len(drawn))
    sc = pool_of(schools, used)
    files = sorted({f["file"] for f in sc})
    picked = []
    for name in rnd.sample(files, min(N_SCHOOL, len(files))):
        picked.append(rnd.choice([f for f in sc if f["file"] == name]))
    for f in drawn:
        f["sector"] = "children-services"
    for f in picked:
        f["sector"] = "school"
    out = drawn + picked
    rnd.shuffle(out)
    for i, f in enumerate(out):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
