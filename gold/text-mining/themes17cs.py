#!/usr/bin/env python3
"""Draws themes17cs (session 18, issue 13 part 3): 30 children's services findings for the blind labeller of the
session (blindth19), drawn by the lead from the start commit 6a28807's `--no-keywords` output on ../shared/corpus/txt
and samples/*.txt, before any rule of the session changed. themes15cs.py's draw (strata report kind x era, hashed
order, at most one finding a report) with seed 20261918, leaving out every earlier theme and keyword sample
(themes16cs.py's list plus themes16cs and fresh16). The labeller never ran the tool.

Usage: python3 gold/text-mining/themes17cs.py CORPUS.jsonl > themes17cs-sample.jsonl (the lead then adds heading,
category and judgement from CORPUS.jsonl)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes15cs  # noqa: E402
import themes16cs  # noqa: E402

SEED = 20261918
EARLIER = themes16cs.EARLIER + ("themes16cs-sample.jsonl", "fresh16-sample.jsonl")

if __name__ == "__main__":
    for f in themes15cs.draw(sys.argv[1], seed=SEED, earlier=EARLIER, n_cs=30):
        print(json.dumps({k: f[k] for k in ("id", "file", "start", "end", "kind", "text", "order") if k in f},
                         ensure_ascii=False))
