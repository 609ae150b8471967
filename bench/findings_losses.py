#!/usr/bin/env python3
"""Which findings losses on default (pdftotext without -layout) texts are paragraph ends at full lines.

For each gold file whose text name has "-default-" (or "-pdf-" and ends ".txt": early parts' pdftotext default text), the tool's findings (jsonl from `ofsted-extract --format jsonl`)
are set against the gold's, texts compared with whitespace and curly quotes folded:
  - a JOIN: one predicted finding that is two or more consecutive gold findings run together (a paragraph end missed);
  - a SPLIT: one gold finding that is two or more consecutive predicted findings (a paragraph end made up).
Each such boundary is looked up in the text: the line that ends the first part, and the next part's first word.
It is FULL when that line, a space and the word are wider than the text's column (its widest wrapped line, see
main()), measured in the text's face: Tahoma's advance widths where the gold's "about" says "Face: Tahoma"
(constructed/make/tahoma_gropdf.py), else Helvetica's (= Arial's; groff's HR metrics). A full line leaves no room
for the next word, so nothing in the text marks the paragraph end (or its absence): such losses are undecidable
from text alone (the PDF's paragraph spacing has them). Anything else is counted as "other" and listed.

Scorer figures differ a little (score.py matches by similarity, so a text that differs only in a joined hyphen is
no loss there and is one here); the FULL counts are what the comparison is for.
Usage: findings_losses.py PRED.jsonl GOLD_DIR [TEXT_DIR]   (TEXT_DIR: where the texts are, default the gold's)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../src/test/resources/schools/constructed/make"))
import tahoma_gropdf  # noqa: E402

NAMES = {" ": "space", ",": "comma", ".": "period", "-": "hyphen", "(": "parenleft", ")": "parenright", ":": "colon",
         ";": "semicolon", "?": "question", "/": "slash", "'": "quoteright", "&": "ampersand", "%": "percent",
         "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}


def helvetica():
    w = {}
    for line in open(os.path.join(tahoma_gropdf.DEVPS, "HR")):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 5:
            w[f[4]] = int(f[1].split(",")[0])
    return w


def width(s, table):
    return sum(table.get(NAMES.get(ch, ch), 556) for ch in s)


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u2019", "'").replace("\u2018", "'")).strip()


def runs(whole, parts):
    """(i, j) where parts[i..j] (two or more) run together make `whole`, else None."""
    for i in range(len(parts)):
        acc, j = parts[i], i
        while j + 1 < len(parts) and len(acc) < len(whole) and whole.startswith(acc):
            j += 1
            acc = acc + " " + parts[j]
            if acc == whole:
                return i, j
    return None


def main():
    pred_file, gold_dir = sys.argv[1], sys.argv[2]
    text_dir = sys.argv[3] if len(sys.argv) > 3 else gold_dir
    pred = {}
    for line in open(pred_file):
        d = json.loads(line)
        pred[os.path.basename(d.get("file") or "")] = d
    hel = helvetica()
    counts, rows = collections.Counter(), []
    for g in sorted(os.listdir(gold_dir)):
        if not g.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, g)))
        f = gold.get("file", "")
        if not ("-default-" in f or "-pdf-" in f and f.endswith(".txt")) or f not in pred:
            continue
        face = "tahoma" if "Face: Tahoma" in gold.get("about", "") else "helvetica"
        table = tahoma_gropdf.REGULAR if face == "tahoma" else hel
        lines = [norm(x) for x in open(os.path.join(text_dir, f), encoding="utf-8").read().split("\n")]
        # the column: the widest wrapped line (one followed by a line that starts in lower case, so the text runs
        # on), lines more than 10% wider than the median wrapped line left out (a closing page set wider)
        wrapped = sorted(width(x, table) for x, y in zip(lines, lines[1:]) if len(x) > 40 and y[:1].islower())
        wrapped = [w for w in wrapped if w <= 1.1 * wrapped[len(wrapped) // 2]] if wrapped else [1]
        column = wrapped[-1]

        def boundary(a, b):
            for x in lines:
                if x.endswith(a[-25:]) or (len(x) > 5 and a.endswith(x)):
                    word = b.split()[0]
                    full = width(x, table) + table["space"] + width(word, table) > column
                    return ("full" if full else "short"), round(width(x, table) / column, 3), x[-40:], word
            return "unfound", 0, "", b.split()[0]

        G = [norm(x["text"]) for x in gold["findings"]]
        P = [norm(x["text"]) for x in pred[f].get("findings", [])]
        for kind, wholes, parts, other in (("join", P, G, set(G)), ("split", G, P, set(P))):
            for q in wholes:
                if q in other:
                    continue
                r = runs(q, parts)
                if r is None:
                    continue
                found = [boundary(parts[k], parts[k + 1]) for k in range(r[0], r[1])]
                for b in found:
                    counts["%s at a %s line" % (kind, b[0])] += 1
                    rows.append((f, kind, face) + b)
                tag = "full" if all(b[0] == "full" for b in found) else "other"
                lost, made = (r[1] - r[0] + 1, 1) if kind == "join" else (1, r[1] - r[0] + 1)
                counts["gold findings lost in %s %ss" % (tag, kind)] += lost
                counts["findings made in %s %ss" % (tag, kind)] += made
        counts["gold findings lost"] += len([q for q in G if q not in set(P)])
        counts["findings made"] += len([q for q in P if q not in set(G)])
        counts["texts"] += 1
    for r in rows:
        print(*r, sep="\t")
    for k, v in sorted(counts.items()):
        print("%-45s %d" % (k, v))


if __name__ == "__main__":
    main()
