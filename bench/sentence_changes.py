#!/usr/bin/env python3
"""Lists every sentence boundary inside the findings that differs between two runs of the tool
(JSON Lines from `ofsted-extract --format jsonl`): boundaries the second run no longer makes and
boundaries it adds, each with the original text either side ("⟂" marks the place, "⏎" a line end,
"␌" a page break). Findings whose text differs between the runs are counted, not compared.
Runs of `ofsted-extract sentences --format jsonl` (whole texts) are compared the same way, each
file as one text (finding "-").

    bench/sentence_changes.py BEFORE.jsonl AFTER.jsonl > docs/sentence-changes.md
"""
import collections
import json
import re
import sys


def findings(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if "findings" not in r and "sentences" in r:  # `ofsted-extract sentences`: the whole text
                out[(r["file"], "-")] = (None, [s["start"] for s in r["sentences"]][1:])
                continue
            for i, fd in enumerate(r.get("findings") or []):
                out[(r["file"], i)] = (fd["text"], [s["start"] for s in fd.get("sentences") or []][1:])
    return out


def kind(context):
    """A rough label for the summary: the bracketed label or the first word after the place."""
    after = context.split("⟂", 1)[1]
    m = re.match(r"\((\w+)", after)
    return "(" + m.group(1).lower() + " …)" if m else "other"


def main():
    before, after = findings(sys.argv[1]), findings(sys.argv[2])
    texts = {}
    rows = {"removed": [], "added": []}
    skipped = 0
    for key in sorted(before.keys() | after.keys()):
        if key not in before or key not in after or before[key][0] != after[key][0]:
            skipped += 1
            continue
        b, a = set(before[key][1]), set(after[key][1])
        if b == a:
            continue
        if key[0] not in texts:
            with open(key[0], encoding="utf-8", errors="replace") as f:
                texts[key[0]] = f.read()
        t = texts[key[0]]
        for name, places in (("removed", b - a), ("added", a - b)):
            for x in sorted(places):
                ctx = (t[max(0, x - 60):x] + "⟂" + t[x:x + 45]).replace("\n", "⏎").replace("\f", "␌")
                rows[name].append((key[0].rsplit("/", 1)[-1], key[1], ctx))
    print("# Sentence boundaries that changed\n")
    print(f"Made by `bench/sentence_changes.py {sys.argv[1]} {sys.argv[2]}`.\n")
    for name in ("removed", "added"):
        counts = collections.Counter(kind(c) for _, _, c in rows[name])
        print(f"## Boundaries {name}: {len(rows[name])}\n")
        print(", ".join(f"{k} {v}" for k, v in counts.most_common()) + "\n")
        print("| file | finding | place |\n| --- | --- | --- |")
        for f, i, c in rows[name]:
            print(f"| {f} | {i} | `{c.replace('|', '¦').replace('`', ' ')}` |")
        print()
    print(f"boundaries removed {len(rows['removed'])}, added {len(rows['added'])}; "
          f"findings whose text changed (not compared): {skipped}", file=sys.stderr)


if __name__ == "__main__":
    main()
