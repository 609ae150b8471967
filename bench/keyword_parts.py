#!/usr/bin/env python3
"""Keyword scores of a fresh sample by part: all, children's services, school and, where the sample has a never-read
third (fresh13.py's `unread`), the read and unread parts. Each part is scored by the tool's own `evaluate` on a subset of
the gold file; only counts and figures are printed, never a finding's keywords, so an unread part stays unread.

  python3 bench/keyword_parts.py target/ofsted-extract.jar fresh13
  python3 bench/keyword_parts.py target/ofsted-extract.jar fresh13 --pred /tmp/yake.jsonl   (a baseline's keywords)
  python3 bench/keyword_parts.py target/ofsted-extract.jar fresh13-second --sample fresh13   (a second labeller's gold)

NAME is a sample of gold/text-mining: NAME.jsonl (fresh_gold.py's output) and NAME-sample.jsonl (its sector per id).
`--sample SAMPLE` reads the sectors from SAMPLE-sample.jsonl and the never-read third from SAMPLE.py instead: a second
labeller's gold (fresh_gold.py NAME SAMPLE) on another round's sample.
"""
import importlib
import json
import os
import subprocess
import sys
import tempfile

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold", "text-mining")


def main(argv):
    jar, name = argv[0], argv[1]
    opts = dict(zip(argv[2::2], argv[3::2]))
    pred = opts.get("--pred")
    base = opts.get("--sample", name)
    gold = [json.loads(l) for l in open(os.path.join(GOLD, name + ".jsonl"), encoding="utf-8") if l.strip()]
    sector = {}
    sample = os.path.join(GOLD, base + "-sample.jsonl")
    if os.path.exists(sample):
        for l in open(sample, encoding="utf-8"):
            r = json.loads(l)
            sector[r["id"]] = "school" if r.get("sector") == "school" else "cs"
    sys.path.insert(0, GOLD)
    unread = getattr(importlib.import_module(base), "unread", None) if os.path.exists(
        os.path.join(GOLD, base + ".py")) else None
    parts = [("all", lambda g: True), ("CS", lambda g: sector.get(g["id"]) == "cs"),
             ("school", lambda g: sector.get(g["id"]) == "school")]
    if unread:
        for label, want in (("read", False), ("UNREAD", True)):
            parts += [(label, lambda g, w=want: unread(g["id"]) == w),
                      (label + " CS", lambda g, w=want: unread(g["id"]) == w and sector.get(g["id"]) == "cs"),
                      (label + " school", lambda g, w=want: unread(g["id"]) == w and sector.get(g["id"]) == "school")]
    for label, keep in parts:
        sub = [g for g in gold if keep(g)]
        if not sub:
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
            for g in sub:
                t.write(json.dumps(g, ensure_ascii=False) + "\n")
        cmd = ["java", "-jar", jar, "evaluate", "--keyword-gold", t.name, "-f", "json"]
        if pred:
            cmd += ["--keyword-pred", pred]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        os.unlink(t.name)
        k = json.loads(out)["all"]["keywords"]
        print("%-14s n=%2d  P@5 %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f" % (
            label, k["findings"], k["precisionAt5"], k["correct"], k["emitted"], k["recall"], k["found"], k["gold"],
            k["f1"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
