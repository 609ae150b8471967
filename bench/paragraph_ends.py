#!/usr/bin/env python3
"""How often pdftotext's default text ends a paragraph with no blank line after it, on real PDFs.

The truth comes from the page, not from the text: pdftotext -bbox-layout gives every line's box, in the order
and with the flows that the default text is written from (poppler writes a blank line after each flow and none
between the blocks or lines of one flow). A line ends a paragraph when the next line of the same page, in that
order, starts below it after a gap larger than half a line (Ofsted's Word templates leave a paragraph's spacing,
about one line, and no gap inside a paragraph) and has the same type size. Each paragraph end is then:
  - followed by a blank line in the default text (the line ends its flow), or not;
  - "short" when the next line's first word would have fitted after it before the column's right edge
    (the text alone can tell such a line ended early), else "full" (nothing in the text marks the end);
  - and its fill: the line's width over the column's (right edge: the widest line on the page that starts at
    the same left edge).
Lines ending a page are left out (the next line is on another page), as are lines whose next line is higher up
(a new column or table cell) or has another type size, and lines alone at their left edge on the page (headings,
table cells: no column to measure). Lines inside paragraphs are counted too, to compare: a full line ending a
sentence before a capital, with no blank line after, ends a paragraph or does not.
Usage: paragraph_ends.py [-v] PDF...   (needs pdftotext from poppler-utils)
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    for page in ET.fromstring(out).iter("page"):
        lines = []
        for flow in page.findall("flow"):
            fl = [ln for block in flow.findall("block") for ln in block.findall("line")]
            for i, ln in enumerate(fl):
                words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "") for w in ln.findall("word")]
                if words:
                    lines.append({"x0": float(ln.get("xMin")), "x1": float(ln.get("xMax")),
                                  "y0": float(ln.get("yMin")), "y1": float(ln.get("yMax")),
                                  "words": words, "flow_end": i == len(fl) - 1})
        yield lines


def space(words):
    gaps = sorted(b[0] - a[1] for a, b in zip(words, words[1:]))
    return gaps[len(gaps) // 2] if gaps else 3.0


def measure(pdf, examples):
    c = Counter()
    for lines in pages(pdf):
        for i, (a, b) in enumerate(zip(lines, lines[1:])):
            h = a["y1"] - a["y0"]
            gap = b["y0"] - a["y1"]
            if gap < -0.5 * h or abs((b["y1"] - b["y0"]) - h) > 0.1 * h:
                continue  # next line higher up (new column or cell), or another type size
            column = [l for l in lines if abs(l["x0"] - a["x0"]) < 2]
            if len(column) < 3:
                continue  # a line alone at its left edge (a heading, a table cell): no column to measure
            right = max(l["x1"] for l in column)
            fill = (a["x1"] - a["x0"]) / max(1.0, right - a["x0"])
            w = b["words"][0]
            short = a["x1"] + space(a["words"]) + (w[1] - w[0]) <= right
            kind = "short" if short else "full"
            text = " ".join(x[2] for x in a["words"])
            sentence = text[-1:] in ".!?:;" and b["words"][0][2][:1].isupper()
            if gap <= 0.5 * h:
                if not a["flow_end"]:
                    c["inside, no blank"] += 1
                    if sentence:
                        c[f"inside, no blank, sentence end + capital, {kind}"] += 1
                continue
            blank = "blank" if a["flow_end"] else "no blank"
            c[f"end, {blank}, {kind}"] += 1
            if not a["flow_end"]:
                band = "<0.80" if fill < 0.8 else "0.80-0.90" if fill < 0.9 else "0.90-0.95" if fill < 0.95 else ">=0.95"
                c[f"end, no blank, fill {band}"] += 1
                if sentence:
                    c["end, no blank, sentence end + capital"] += 1
                    c[f"end, no blank, sentence end + capital, {kind}"] += 1
                if len(examples) < 400:
                    examples.append((pdf.rsplit("/", 1)[-1], kind, round(fill, 3), text[-60:],
                                     " ".join(x[2] for x in b["words"])[:40]))
    return c


def main():
    verbose = "-v" in sys.argv
    pdfs = [a for a in sys.argv[1:] if a != "-v"]
    total, examples = Counter(), []
    print("report\tends\tno blank\tno blank short\tno blank full\tfull sentence ends: paragraph ends / not")
    for pdf in pdfs:
        c = measure(pdf, examples)
        total += c
        ends = sum(v for k, v in c.items() if k.startswith("end, ") and k.count(",") == 2)
        nb = c["end, no blank, short"] + c["end, no blank, full"]
        print(f"{pdf.rsplit('/', 1)[-1]}\t{ends}\t{nb}\t{c['end, no blank, short']}\t{c['end, no blank, full']}\t"
              f"{c['end, no blank, sentence end + capital, full']} / {c['inside, no blank, sentence end + capital, full']}")
    print()
    for k in sorted(total):
        print(f"{k}\t{total[k]}")
    if verbose:
        for e in examples:
            print("\t".join(map(str, e)))


if __name__ == "__main__":
    main()
