#!/usr/bin/env python3
"""Writes fresh.jsonl (the blind re-judging sample in the gold format) from fresh-sample.jsonl and
fresh-labels.tsv, so that `ofsted-extract evaluate --keyword-gold gold/text-mining/fresh.jsonl --part test`
scores any version of the tagger on it. All findings are in the 'test' part: nothing is tuned on them.

Usage: python3 gold/text-mining/fresh_gold.py > gold/text-mining/fresh.jsonl
       python3 gold/text-mining/fresh_gold.py fresh2 > gold/text-mining/fresh2.jsonl   (the second sample)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
name = sys.argv[1] if len(sys.argv) > 1 else "fresh"
labels = {}
for line in open(os.path.join(here, name + "-labels.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cols = line.rstrip("\n").split("\t")
    cols += [""] * (3 - len(cols))
    labels[int(cols[0])] = ([k.strip() for k in cols[1].split(";") if k.strip()],
                            [k.strip() for k in cols[2].split(";") if k.strip()])
for line in open(os.path.join(here, name + "-sample.jsonl"), encoding="utf-8"):
    f = json.loads(line)
    keys, acceptable = labels[f["order"]]
    print(json.dumps({"id": f["id"], "split": "test", "text": f["text"], "keywords": keys,
                      "acceptable": acceptable}, ensure_ascii=False))
