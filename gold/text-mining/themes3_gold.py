#!/usr/bin/env python3
"""Writes the round 4 theme samples in the gold format from themes3-sample.jsonl and themes3-labels.tsv, so that
`ofsted-extract evaluate --theme-gold FILE` scores any version of the theme tagger on them (each finding carries its
report `kind`, which chooses the codebook it is scored with). Only labelled findings are written.

Usage: python3 gold/text-mining/themes3_gold.py school > gold/text-mining/themes3-school.jsonl   (test and tune parts)
       python3 gold/text-mining/themes3_gold.py children-services > gold/text-mining/themes3-fresh3.jsonl   (all test)
       python3 gold/text-mining/themes3_gold.py all themes4 > gold/text-mining/themes4-fresh4.jsonl   (round 5, all test)

The second argument names the round's files (`PREFIX-sample.jsonl`, `PREFIX-labels.tsv`; default themes3); the
sector `all` writes every labelled finding. An optional third argument names another labels file on the same sample
(`LABELS.tsv`, e.g. a second labeller's): `themes3_gold.py all themes14 themes14-second-labels > themes14-second.jsonl`.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
prefix = sys.argv[2] if len(sys.argv) > 2 else "themes3"
labels = {}
label_file = sys.argv[3] if len(sys.argv) > 3 else prefix + "-labels"
for line in open(os.path.join(here, label_file + ".tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    cols = line.rstrip("\n").split("\t") + [""]
    labels[int(cols[0])] = [k.strip() for k in cols[1].split(",") if k.strip()]
sector = sys.argv[1]
for line in open(os.path.join(here, prefix + "-sample.jsonl"), encoding="utf-8"):
    f = json.loads(line)
    if sector in ("all", f["sector"]) and f["order"] in labels:
        print(json.dumps({"id": f["id"], "split": f["split"], "kind": f["kind"], "text": f["text"],
                          "themes": labels[f["order"]]}, ensure_ascii=False))
