"""What the constructed-report generators share: where texts and gold go, the report card's legend, and
writing one report's gold beside both of its pdftotext conversions. The gold is written from the same
description as the text (the paragraphs as written, never the tool's output)."""
import json, os
from groff_report import convert

# $OUT, if set, to inspect a generator's output without touching the tests' directory
OUT = os.environ.get("OUT", os.path.dirname(os.path.dirname(os.path.abspath(__file__)))).rstrip("/") + "/"
LEGEND = ["Exceptional", "Strong standard", "Expected standard", "Needs attention", "Urgent improvement"]

def gold(name, meta, findings):
    g = {"file": name + ".txt", "unnumberedNarrative": True}
    g.update(meta)
    g["findings"] = findings
    with open(OUT + name + ".json", "w") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")

def both(stem, blocks, meta, findings, part, **kw):
    """Both conversions of one report, each with its gold: <stem>-default-<part>, <stem>-layout-<part>."""
    convert(blocks, {m: OUT + "%s-%s-%s.txt" % (stem, m, part) for m in ("default", "layout")}, **kw)
    for m in ("default", "layout"):
        gold("%s-%s-%s" % (stem, m, part), meta, findings)

def n(cat, key, texts):
    return [{"category": cat, "judgement": key, "text": t} for t in texts]
