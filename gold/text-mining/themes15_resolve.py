#!/usr/bin/env python3
"""Resolves the two labellers' themes of round 17 (themes15cs, themes15sch) by the adjudication file, stdlib only.

    python3 gold/text-mining/themes15_resolve.py           writes themes15cs-resolved.jsonl and themes15sch-resolved.jsonl
    python3 gold/text-mining/themes15_resolve.py --check   writes nothing; exits 1 when a written file differs

Inputs, beside this script, for each round PREFIX (themes15cs, themes15sch):
  * PREFIX-gold.jsonl           the first labeller's gold (A; id, split, kind, text, themes), written by themes3_gold.py
  * PREFIX-labels.tsv           A's labels, PREFIX-second-labels.tsv the second labeller's (B), both in the
                                themesN-labels.tsv format (order, comma-separated themes, reason)
  * PREFIX-sample.jsonl         the sample (order -> finding id)
  * themes15-adjudication.tsv   one line per label the two differ on: id, theme, A, B (yes/no), decision, clause

The decision is `keep` (the theme is in the resolved labels), `drop` (it is not) or `undecided` (the codebook does not
decide: the first labeller's call stands). Every differing label must have exactly one line, with A and B as the label
files say, and no line may name a label the two agree on; the script stops with a message otherwise. The resolved file
is the gold file line for line with `themes` replaced (theme order as in A, kept B-only themes appended), so
`bench/theme_parts.py` scores it with the round's never-read part.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROUNDS = ("themes15cs", "themes15sch")
ADJUDICATION = "themes15-adjudication.tsv"
DECISIONS = ("keep", "drop", "undecided")


def read_labels(path):
    labels = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t") + [""]
        labels[int(cols[0])] = [k.strip() for k in cols[1].split(",") if k.strip()]
    return labels


def read_adjudication(path):
    rows = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 6:
            sys.exit("%s:%d: want 6 tab-separated columns (id, theme, A, B, decision, clause), got %d" % (path, n, len(cols)))
        fid, theme, a, b, decision, clause = cols
        if a not in ("yes", "no") or b not in ("yes", "no") or a == b:
            sys.exit("%s:%d: A and B must be yes/no and differ: %r %r" % (path, n, a, b))
        if decision not in DECISIONS:
            sys.exit("%s:%d: decision must be one of %s: %r" % (path, n, "/".join(DECISIONS), decision))
        if not clause.strip():
            sys.exit("%s:%d: no codebook clause" % (path, n))
        if (fid, theme) in rows:
            sys.exit("%s:%d: %s %s adjudicated twice" % (path, n, fid, theme))
        rows[(fid, theme)] = (a == "yes", b == "yes", decision)
    return rows


def resolve(prefix, adjudication):
    """The resolved gold lines of one round, and the adjudication keys it used."""
    ids = {}
    for line in open(os.path.join(HERE, prefix + "-sample.jsonl"), encoding="utf-8"):
        if line.strip():
            f = json.loads(line)
            ids[f["order"]] = f["id"]
    a = read_labels(os.path.join(HERE, prefix + "-labels.tsv"))
    b = read_labels(os.path.join(HERE, prefix + "-second-labels.tsv"))
    if set(a) != set(b) or set(a) != set(ids):
        sys.exit("%s: the two label files and the sample do not hold the same orders" % prefix)
    resolved, used = {}, set()
    for order, fid in ids.items():
        themes = list(a[order])
        for theme in sorted(set(a[order]) ^ set(b[order])):
            key = (fid, theme)
            if key not in adjudication:
                sys.exit("%s order %d (%s): %s differs (A %s, B %s) but is not adjudicated"
                         % (prefix, order, fid, theme, theme in a[order], theme in b[order]))
            in_a, in_b, decision = adjudication[key]
            if (in_a, in_b) != (theme in a[order], theme in b[order]):
                sys.exit("%s: %s %s: the adjudication's A/B do not match the label files" % (prefix, fid, theme))
            used.add(key)
            if decision == "keep" and theme not in themes:
                themes.append(theme)
            elif decision == "drop" and theme in themes:
                themes.remove(theme)
        resolved[fid] = themes
    for (fid, theme) in adjudication:
        if fid in resolved and (fid, theme) not in used:
            sys.exit("%s: %s %s is adjudicated but the two labellers agree on it" % (prefix, fid, theme))
    lines = []
    for line in open(os.path.join(HERE, prefix + "-gold.jsonl"), encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            if g["id"] not in resolved:
                sys.exit("%s: gold line %s is not in the sample" % (prefix, g["id"]))
            g["themes"] = resolved[g["id"]]
            lines.append(json.dumps(g, ensure_ascii=False))
    if len(lines) != len(resolved):
        sys.exit("%s: the gold file has %d lines, the sample %d findings" % (prefix, len(lines), len(resolved)))
    return lines, used


def main(argv):
    check = "--check" in argv
    adjudication = read_adjudication(os.path.join(HERE, ADJUDICATION))
    used_all, status = set(), 0
    for prefix in ROUNDS:
        if not os.path.exists(os.path.join(HERE, prefix + "-labels.tsv")):
            print("%s: no first labels (%s-labels.tsv) yet, skipped" % (prefix, prefix))
            continue
        lines, used = resolve(prefix, adjudication)
        used_all |= used
        out = os.path.join(HERE, prefix + "-resolved.jsonl")
        text = "".join(l + "\n" for l in lines)
        if check:
            old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
            if old != text:
                print("%s differs from what the adjudication gives" % os.path.basename(out))
                status = 1
        else:
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
        counts = {d: sum(1 for k in used if adjudication[k][2] == d) for d in DECISIONS}
        print("%s: %d findings, %d differing labels (keep %d, drop %d, undecided %d)"
              % (prefix, len(lines), len(used), counts["keep"], counts["drop"], counts["undecided"]))
    unknown = set(adjudication) - used_all
    if unknown:
        sys.exit("adjudication lines for findings in neither round: %s" % sorted(unknown))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
