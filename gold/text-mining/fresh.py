#!/usr/bin/env python3
"""Draws a fresh sample of findings for a blind re-judging of the keywords (issue 13, round 2).

Usage: python3 gold/text-mining/fresh.py EXTRACTED.jsonl > gold/text-mining/fresh-sample.jsonl

EXTRACTED.jsonl is the tool's JSON Lines output on the development corpus (as for sample.py). Only
each finding's text and offsets are read, never its keywords or themes. Findings already in gold.jsonl
are left out; of the rest, N are drawn uniformly at random with a new seed (not 13), pooled over all
report kinds, so the sample weighs each kind as the corpus does.
"""
import json
import os
import random
import sys

SEED = 20261130
N = 40


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    used = {json.loads(l)["id"] for l in open(os.path.join(here, "gold.jsonl"), encoding="utf-8") if l.strip()}
    pool = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid not in used:
                pool.append({"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                             "text": f["text"]})
    pool.sort(key=lambda x: x["id"])
    for i, f in enumerate(random.Random(SEED).sample(pool, N)):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
