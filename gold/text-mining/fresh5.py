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
import json
import os
import random
import re
import sys

SEED = 20261204
PER_ERA = 4
ERAS = ((0, 2016), (2017, 2019), (2020, 2022), (2023, 9999))
N_SHARED_SCHOOL = 8
N_CONSTRUCTED = 8
PREVIOUS = ("gold.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl",
            "fresh4-sample.jsonl", "blind-sample.jsonl", "themes3-sample.jsonl", "themes4-sample.jsonl")


def year(name):
    m = re.search(r"(?:19|20)\d\d", name)
    return int(m.group(0)) if m else None


def one_per_report(rows, n, rng):
    rows = sorted(rows, key=lambda x: x["id"])
    rng.shuffle(rows)
    drawn, reports = [], set()
    for f in rows:
        if f["file"] not in reports:
            reports.add(f["file"])
            drawn.append(f)
            if len(drawn) == n:
                break
    return drawn


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    used_ids, used_texts = set(), set()
    for f in PREVIOUS:
        for line in open(os.path.join(here, f), encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                used_ids.add(r["id"])
                used_texts.add(r["text"])
    groups = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        if "/schools/constructed/" in r["file"]:
            group = "constructed school"
        elif "/schools/" in r["file"]:
            group = "shared school"
        elif "/corpus/" in r["file"]:
            y = year(name)
            era = next((e for e in ERAS if y is not None and e[0] <= y <= e[1]), None)
            if era is None:
                continue
            group = "children's services %d-%d" % era
        else:
            continue
        for f in r["findings"]:
            fid = "%s@%d" % (name, f["start"])
            if fid in used_ids or f["text"] in used_texts:
                continue
            groups.setdefault(group, []).append(
                {"id": fid, "file": name, "start": f["start"], "end": f["end"], "kind": r["type"],
                 "sector": "school" if "school" in group else "children's services", "group": group,
                 "text": f["text"]})
    rng = random.Random(SEED)
    drawn = []
    for era in ERAS:
        drawn += one_per_report(groups.get("children's services %d-%d" % era, []), PER_ERA, rng)
    drawn += one_per_report(groups.get("shared school", []), N_SHARED_SCHOOL, rng)
    drawn += one_per_report(groups.get("constructed school", []), N_CONSTRUCTED, rng)
    rng.shuffle(drawn)
    for i, f in enumerate(drawn):
        f["order"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
