#!/usr/bin/env python3
"""Writes one pathological report of about SIZE_MB megabytes: pathological_input.py KIND SIZE_MB FILE.

Each starts as a real ILACS report starts (so the whole pipeline runs: type, grades, sections,
findings, sentences) and then holds SIZE_MB of one kind of hostile text:
  line      one endless line of prose with no line break;
  bullets   100,000 bullet items under "What needs to improve" (each long enough to fill the size);
  headings  100,000 short heading-like lines, each followed by a sentence (as many as fit in 1 MB);
  brackets  paragraphs of brackets nested thousands deep.
"""
import sys

HEAD = ("Inspection of Barsetshire local authority children\u2019s services\n"
        "Inspection dates: 3 to 14 March 2025\n"
        "Lead inspector: Jane Example, His Majesty\u2019s Inspector\n\n"
        "Judgement\n\nGrade\n\nOverall effectiveness\n\nGood\n\n"
        "Leaders know their services well and have improved them since the last inspection.\n\n")


def main():
    kind, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    size = int(mb * 1024 * 1024)
    out = [HEAD]
    if kind == "line":
        words = "Social workers visit children regularly and record their views carefully, and managers "
        out.append("What needs to improve\n\u25fc ")
        out.append(words * (size // len(words)))
        out.append("\n")
    elif kind == "bullets":
        n = 100_000
        item = ("Management oversight of plans for children in care so that drift is prevented. " * 1000)
        length = max(6, size // n - 4)
        out.append("What needs to improve\n")
        for i in range(n):
            out.append("\u25fc " + item[:length].strip() + ".\n")
    elif kind == "headings":
        n = 100_000
        n = min(n, size // 24)  # 100,000 where they fit (1 MB holds about 44,000)
        body = "Children receive a prompt response when concerns are first raised. " * 1000
        length = max(8, size // n - 14)
        for i in range(n):
            out.append("Area %d\n" % i)
            out.append(body[:length].strip() + ".\n")
    elif kind == "brackets":
        depth = 5000
        para = "(" * depth + "the council" + ")" * depth + ". "
        out.append("The experiences and progress of children in care: good\n")
        written = 0
        while written < size:
            out.append("1. " + para + "\n\n")
            written += len(para) + 5
    else:
        raise SystemExit("unknown kind " + kind)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
