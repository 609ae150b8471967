#!/usr/bin/env python3
"""Pooled blind re-judging of the fresh sample (TREC-style).

  python3 gold/text-mining/pool.py draw A.txt B.txt ... > gold/text-mining/fresh-pool.tsv
  python3 gold/text-mining/pool.py score gold/text-mining/fresh-pool.tsv A.txt B.txt ...

Each A.txt is `ofsted-extract evaluate --keyword-gold gold/text-mining/fresh.jsonl --part test --verbose`
of one system. `draw` lists every emitted keyword that the blind labels (fresh-labels.tsv) do not hold,
from all systems together, once each, in a random order and without saying which system emitted it:
the judge writes `y` (a researcher would keep it, by the rubric of docs/keywords.md) or `n` in the
first column. `score` then gives each system's precision@5 with those judgements added to the strict
figure: (right + unlisted judged y) / emitted.
"""
import random
import re
import sys


def read(path):
    """(emitted, right, {id: [wrong phrases]}) of one evaluate --verbose output."""
    text = open(path, encoding="utf-8").read()
    m = re.search(r"keywords test findings=\d+ emitted=(\d+) .*?\(right (\d+)/", text)
    wrong, current = {}, None
    for line in text.splitlines():
        if line.startswith("  ") and not line.startswith("    "):
            current = line.strip()
        elif line.strip().startswith("wrong:") and current:
            wrong[current] = [w.strip() for w in line.split(":", 1)[1].split(";") if w.strip()]
    return int(m.group(1)), int(m.group(2)), wrong


def main():
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "draw":
        pairs = sorted({(i, w) for p in rest for i, ws in read(p)[2].items() for w in ws})
        random.Random(20261130).shuffle(pairs)
        print("# judgement (y/n)\tfinding\tkeyword")
        for i, w in pairs:
            print("\t%s\t%s" % (i, w))
    else:
        judged = {}
        for line in open(rest[0], encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            j, i, w = line.rstrip("\n").split("\t")[:3]  # a fourth column may give the reason for n
            judged[(i, w)] = j.strip() == "y"
        for p in rest[1:]:
            emitted, right, wrong = read(p)
            kept = sum(1 for i, ws in wrong.items() for w in ws if judged.get((i, w)))
            print("%s: strict %d/%d = %.3f; pooled %d/%d = %.3f" % (p, right, emitted, right / emitted,
                                                                  right + kept, emitted, (right + kept) / emitted))


if __name__ == "__main__":
    main()
