#!/usr/bin/env python3
"""Draws themes16cs (session 17, issue 13 part 3): 30 children's services findings for the blind labellers of the
session (blindth18 first, agree17 second), drawn by the lead from main e2f9ee2d's output on ../shared/corpus/txt and
samples/*.txt (`--no-keywords`), before any rule of the session changed. themes15cs.py's draw (strata report kind x
era, hashed order, at most one finding a report) with seed 20261917, leaving out every earlier theme and keyword
sample (themes15cs.py's list plus themes15cs, themes15sch and fresh15). Each line also carries the finding's
heading, category and judgement from the same output, for the labellers. The labellers never ran the tool.

Usage: python3 gold/text-mining/themes16cs.py CORPUS.jsonl > themes16cs-sample.jsonl (then the lead added heading,
category and judgement from CORPUS.jsonl)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes15cs  # noqa: E402

SEED = 20261917
EARLIER = themes15cs.EARLIER + ("themes15cs-sample.jsonl", "themes15sch-sample.jsonl", "fresh15-sample.jsonl")

if __name__ == "__main__":
    for f in themes15cs.draw(sys.argv[1], seed=SEED, earlier=EARLIER, n_cs=30):
        print(json.dumps({k: f[k] for k in ("id", "file", "start", "end", "kind", "text", "order") if k in f},
                         ensure_ascii=False))
