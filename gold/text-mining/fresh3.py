#!/usr/bin/env python3
"""Draws the third fresh sample of findings for a blind judging of the keywords (issue 13, round 4).

Usage: python3 gold/text-mining/fresh3.py EXTRACTED.jsonl > gold/text-mining/fresh3-sample.jsonl

EXTRACTED.jsonl is the tool's JSON Lines output on the development corpus and the school-sector reports
(ls ../shared/corpus/txt/*.txt ../shared/schools/txt/*.txt | xargs java -jar target/ofsted-extract.jar
--format jsonl). Only each finding's text, offsets, report kind and file name are read, never its keywords
or themes. Findings already in any sample of gold/text-mining (gold, fresh 1 and 2, the themes' blind sample),
by id or by text, are left out.

Rule: half children's services, half school sector (the keywords are judged by hand on both now).
- Children's services: N_CS findings uniform over all remaining findings of the corpus, at most one per report
  (a drawn finding whose report already gave one is skipped).
- School sector: N_SCHOOL reports drawn at random from the school-sector texts, one finding uniform within each.
Seed 20261202 (not 13, 20261130, 20261131 or 20261201). The draw is shuffled and numbered by `order`.
"""
import json
import os
import random
import sys

SEED = 20261202
N_CS = 10
N_SCHOOL = 10
PREVIOUS = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "blind-sample.jsonl")


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    used_ids, used_texts = set(), set()
    for f in PREVIOUS:
        for line in open(os.path.join(here, f), encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                used_ids.add(r["id"])
                used_texts.add(r["text"])
    cs, school = [], {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid in used_ids or f["text"] in used_texts:
                continue
            row = {"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                   "sector": "school" if "/schools/" in r["file"] else "children's services", "text": f["text"]}
            if row["sector"] == "school":
                school.setdefault(name, []).append(row)
            else:
                cs.append(row)
    rng = random.Random(SEED)
    cs.sort(key=lambda x: x["id"])
    rng.shuffle(cs)
    drawn, reports = [], set()
    for f in cs:
        if f["file"] not in reports:
            reports.add(f["file"])
            drawn.append(f)
            if len(drawn) == N_CS:
                break
    names = sorted(school)
    rng.shuffle(names)
    for name in names[:N_SCHOOL]:
        rows = sorted(school[name], key=lambda x: x["id"])
        drawn.append(rng.choice(rows))
    rng.shuffle(drawn)
    for i, f in enumerate(drawn):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
