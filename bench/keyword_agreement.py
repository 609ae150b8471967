#!/usr/bin/env python3
"""Inter-labeller agreement on keyword labels: two label files of one sample (order, key, acceptable; `;`-separated
phrases, `a|b` alternatives of one keyword), compared phrase by phrase with evaluate's folding (lower case,
possessives and punctuation dropped, hyphens as spaces, each word singular: TaggingGold.matchKey through
bench/MatchKey.java, so target/ofsted-extract.jar must be built; `./ofsted-extract --version` builds it).

A keyword (one `a|b` group) of one labeller is matched by the other when any of its forms folds to any form in the
other's key column (key-key) or key or acceptable columns (key-any).

Usage: python3 bench/keyword_agreement.py A-labels.tsv B-labels.tsv [SAMPLE.jsonl] [--diff]
  SAMPLE.jsonl (with `order` and `sector`) splits the figures by sector; --diff lists every unmatched key keyword.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_labels(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t") + ["", ""]
        groups = lambda col: [[a.strip() for a in g.split("|") if a.strip()] for g in col.split(";") if g.strip()]
        out[int(cols[0])] = (groups(cols[1]), groups(cols[2]))
    return out


def fold_all(phrases):
    phrases = sorted(set(phrases))
    jar = os.path.join(HERE, "..", "target", "ofsted-extract.jar")
    res = subprocess.run(["java", "-cp", jar, os.path.join(HERE, "MatchKey.java")], input="\n".join(phrases) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(phrases, res))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    diff = "--diff" in sys.argv
    a, b = read_labels(args[0]), read_labels(args[1])
    sector = {}
    if len(args) > 2:
        for line in open(args[2], encoding="utf-8"):
            r = json.loads(line)
            sector[r["order"]] = r.get("sector", "all")
    phrases = [p for lab in (a, b) for k, acc in lab.values() for g in k + acc for p in g]
    f = fold_all(phrases)
    fg = lambda g: {f[p] for p in g}
    stats = {}  # part -> counters
    lines = []
    for o in sorted(set(a) | set(b)):
        ak, aa = a.get(o, ([], []))
        bk, ba = b.get(o, ([], []))
        akeys = set().union(*[fg(g) for g in ak]) if ak else set()
        aall = akeys | (set().union(*[fg(g) for g in aa]) if aa else set())
        bkeys = set().union(*[fg(g) for g in bk]) if bk else set()
        ball = bkeys | (set().union(*[fg(g) for g in ba]) if ba else set())
        for part in ("all", sector.get(o)) if sector else ("all",):
            s = stats.setdefault(part, dict.fromkeys(
                ("a_key", "b_key", "a_in_bkey", "a_in_ball", "b_in_akey", "b_in_aall"), 0))
            for g in ak:
                s["a_key"] += 1
                s["a_in_bkey"] += bool(fg(g) & bkeys)
                s["a_in_ball"] += bool(fg(g) & ball)
            for g in bk:
                s["b_key"] += 1
                s["b_in_akey"] += bool(fg(g) & akeys)
                s["b_in_aall"] += bool(fg(g) & aall)
        for g in ak:
            if not fg(g) & ball:
                lines.append("%d\tA key only\t%s" % (o, "|".join(g)))
            elif not fg(g) & bkeys:
                lines.append("%d\tA key, B acceptable\t%s" % (o, "|".join(g)))
        for g in bk:
            if not fg(g) & aall:
                lines.append("%d\tB key only\t%s" % (o, "|".join(g)))
            elif not fg(g) & akeys:
                lines.append("%d\tB key, A acceptable\t%s" % (o, "|".join(g)))
    for part, s in stats.items():
        pr = lambda n, d: "%d/%d (%.3f)" % (n, d, n / d if d else 0)
        print("%s: A key %d, B key %d" % (part, s["a_key"], s["b_key"]))
        print("  A key in B key %s; in B key or acceptable %s" % (pr(s["a_in_bkey"], s["a_key"]), pr(s["a_in_ball"], s["a_key"])))
        print("  B key in A key %s; in A key or acceptable %s" % (pr(s["b_in_akey"], s["b_key"]), pr(s["b_in_aall"], s["b_key"])))
    if diff:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
