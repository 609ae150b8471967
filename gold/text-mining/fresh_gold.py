#!/usr/bin/env python3
"""Writes fresh.jsonl (the blind re-judging sample in the gold format) from fresh-sample.jsonl and
fresh-labels.tsv, so that `ofsted-extract evaluate --keyword-gold gold/text-mining/fresh.jsonl --part test`
scores any version of the tagger on it. All findings are in the 'test' part: nothing is tuned on them.

Usage: python3 gold/text-mining/fresh_gold.py > gold/text-mining/fresh.jsonl
       python3 gold/text-mining/fresh_gold.py fresh2 > gold/text-mining/fresh2.jsonl   (the second sample)
       python3 gold/text-mining/fresh_gold.py fresh4 > gold/text-mining/fresh4.jsonl   (judged, not labelled)
       python3 gold/text-mining/fresh_gold.py fresh13-second fresh13 > gold/text-mining/fresh13-second.jsonl
           (a second labeller's labels, NAME-labels.tsv, on another round's sample, SAMPLE-sample.jsonl)

A sample judged rather than labelled (NAME-judged.tsv: y/n, order, keyword, reason; fresh 4) has no key keywords:
the keywords judged y are its acceptable ones, so `evaluate` gives the judged precision@5 (strict: a keyword no
judgement covers counts as wrong) and no recall.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
name = sys.argv[1] if len(sys.argv) > 1 else "fresh"
sample = sys.argv[2] if len(sys.argv) > 2 else name
labels = {}
judged = os.path.join(here, name + "-judged.tsv")
if os.path.exists(judged):
    for line in open(judged, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and line.strip():
            labels.setdefault(int(cols[1]), ([], []))[1].extend([cols[2]] if cols[0] == "y" else [])
for line in open(os.path.join(here, name + "-labels.tsv") if not labels else os.devnull, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cols = line.rstrip("\n").split("\t")
    cols += [""] * (3 - len(cols))
    labels[int(cols[0])] = ([k.strip() for k in cols[1].split(";") if k.strip()],
                            [k.strip() for k in cols[2].split(";") if k.strip()])
for line in open(os.path.join(here, sample + "-sample.jsonl"), encoding="utf-8"):
    f = json.loads(line)
    keys, acceptable = labels.get(f["order"], ([], []))
    print(json.dumps({"id": f["id"], "split": "test", "text": f["text"], "keywords": keys,
                      "acceptable": acceptable}, ensure_ascii=False))
