#!/usr/bin/env python3
"""Draws the second fresh sample of findings for a blind judging of the keywords (issue 13, round 3).

Usage: python3 gold/text-mining/fresh2.py EXTRACTED.jsonl > gold/text-mining/fresh2-sample.jsonl

EXTRACTED.jsonl is the tool's JSON Lines output on the development corpus and the school-sector reports
(ls ../shared/corpus/txt/*.txt ../shared/schools/txt/*.txt | xargs java -jar target/ofsted-extract.jar
--format jsonl). Only each finding's text, offsets, report kind and file name are read, never its keywords
or themes. Findings in gold.jsonl or in the first fresh sample are left out.

Unlike fresh.py (uniform over all findings, so ILACS and focused visits dominate), this draw is stratified
so every era and report kind is in it: strata are (report kind, era) with era = the year in the file name
cut into 2009-2015, 2016-2019, 2020-2026; the school-sector reports are one stratum of their own. Strata
are visited round-robin in a shuffled order, one finding each turn (a report gives at most two findings),
until N are drawn. Seed 20261201 (not 13, not 20261130).
"""
import json
import os
import random
import re
import sys

SEED = 20261201
N = 40
PER_REPORT = 2


def era(name):
    m = re.search(r"(19|20)\d\d", name)
    y = int(m.group(0)) if m else 0
    return "2009-2015" if y <= 2015 else "2016-2019" if y <= 2019 else "2020-2026"


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    for f in ("gold.jsonl", "fresh-sample.jsonl"):
        used |= {json.loads(l)["id"] for l in open(os.path.join(here, f), encoding="utf-8") if l.strip()}
    strata = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        school = "/schools/" in r["file"]
        stratum = "school-sector" if school else "%s %s" % (r["type"], era(name))
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid not in used:
                strata.setdefault(stratum, []).append({"id": fid, "file": name, "start": f["start"],
                                                       "end": f["end"], "kind": r["type"], "stratum": stratum,
                                                       "text": f["text"]})
    rng = random.Random(SEED)
    order = sorted(strata)
    rng.shuffle(order)
    for s in order:
        strata[s].sort(key=lambda x: x["id"])
        rng.shuffle(strata[s])
    drawn, per_report = [], {}
    while len(drawn) < N and any(strata.values()):
        for s in order:
            while strata[s]:
                f = strata[s].pop()
                if per_report.get(f["file"], 0) < PER_REPORT:
                    per_report[f["file"]] = per_report.get(f["file"], 0) + 1
                    drawn.append(f)
                    break
            if len(drawn) == N:
                break
    rng.shuffle(drawn)
    for i, f in enumerate(drawn):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
