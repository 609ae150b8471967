#!/usr/bin/env python3
"""Writes the blind theme sample in the gold format from blind-sample.jsonl and blind-labels.tsv, so that
`ofsted-extract evaluate --theme-gold FILE --part test` scores any version of the theme tagger on it.
All findings are in the 'test' part: nothing is tuned on them.

Usage: python3 gold/text-mining/blind_gold.py children-services > gold/text-mining/blind.jsonl
       python3 gold/text-mining/blind_gold.py school > gold/text-mining/blind-school.jsonl

School findings take their labels from blind-school-labels.tsv (the school codebook, round 4) when it exists: their
report kinds choose that codebook. blind-labels.tsv keeps the children's services labels they had before.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def read_labels(name):
    labels = {}
    for line in open(os.path.join(here, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t") + [""]
        labels[int(cols[0])] = [k.strip() for k in cols[1].split(",") if k.strip()]
    return labels


sector = sys.argv[1]
labels = read_labels("blind-school-labels.tsv" if sector == "school" else "blind-labels.tsv")
for line in open(os.path.join(here, "blind-sample.jsonl"), encoding="utf-8"):
    f = json.loads(line)
    if f["sector"] == sector:
        print(json.dumps({"id": f["id"], "split": "test", "kind": f["kind"], "text": f["text"],
                          "themes": labels[f["order"]]}, ensure_ascii=False))
