#!/usr/bin/env python3
"""Builds a deterministic synthetic corpus of N report texts from the samples.

Each report is one of the samples (in turn) with its finding sections in a shuffled order, the
bullets inside each section shuffled, another local authority's name in place of the sample's
(from the tool's own reference table), other inspectors' names, and its dates moved (years by
the same offset throughout, days within the month). The same N and seed always give the same
bytes. Files go 100 to a folder: OUT/000/r00000.txt, OUT/000/r00001.txt, ...

    python3 bench/make_corpus.py N OUT [--seed S]
"""
import argparse
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLES = os.path.join(ROOT, "samples")
LA_TABLE = os.path.join(ROOT, "src", "main", "resources", "reference", "local-authorities.csv")

# the place name each sample is about
PLACES = {"wakefield": "Wakefield", "worcestershire": "Worcestershire", "york": "York", "kirklees": "Kirklees"}
INSPECTORS = ["Neil Penswick", "Karen McKeown", "Joan Dennis"]
FIRST = ["Alison", "Brian", "Chloe", "David", "Eleanor", "Farid", "Grace", "Hugh", "Imran", "Julia", "Kevin",
         "Lorna", "Mohammed", "Nicola", "Owen", "Priya", "Rachel", "Simon", "Tracey", "Yvonne"]
LAST = ["Ahmed", "Baxter", "Carter", "Dunmore", "Ellis", "Fairclough", "Gill", "Hartley", "Iqbal", "Jenkins",
        "Kaur", "Lomas", "McAllister", "Nuttall", "O'Brien", "Pemberton", "Quayle", "Rhodes", "Singh", "Whitworth"]
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# headings that start a section of findings; a section runs to the next one
SECTION = re.compile(r"^(Strengths|Satisfactory practice|Areas? for development|Areas? for priority action"
                     r"|The service meets the requirements.*|The experiences and progress of .* is \w+"
                     r"|The impact of leaders .* is \w+)\s*$")
# where the findings end: closing formula, sign-off, Ofsted's back page
TAIL = re.compile(r"^(Any areas for|Yours sincerely|The Office for Standards)")
BULLET = re.compile(r"^- ")
DAY = re.compile(r"\b(\d{1,2})\b(?=(?:\s+(?:and|to)\s+\d{1,2})?\s+(?:%s)\b)" % MONTHS)
YEAR = re.compile(r"\b(20[01]\d)\b")


def la_names():
    with open(LA_TABLE, newline="", encoding="utf-8") as f:
        return sorted(row["name"] for row in csv.DictReader(f))


def shuffle_sections(text, rng):
    lines = text.split("\n")
    heads = [i for i, l in enumerate(lines) if SECTION.match(l)]
    if len(heads) < 2:
        return text
    end = next((i for i in range(heads[-1], len(lines)) if TAIL.match(lines[i])), len(lines))
    bounds = heads + [end]
    sections = [lines[bounds[k]:bounds[k + 1]] for k in range(len(heads))]
    for s in sections:
        idx = [i for i, l in enumerate(s) if BULLET.match(l)]
        items = [s[i] for i in idx]
        rng.shuffle(items)
        for i, item in zip(idx, items):
            s[i] = item
        if s[-1].strip():
            s.append("")
    rng.shuffle(sections)
    return "\n".join(lines[:heads[0]] + [l for s in sections for l in s] + lines[end:])


def vary(name, text, rng, las):
    text = shuffle_sections(text, rng)
    place = next((p for k, p in PLACES.items() if k in name), None)
    if place:
        text = re.sub(r"\b%s\b" % place, rng.choice(las), text)
    for who in INSPECTORS:
        text = text.replace(who, "%s %s" % (rng.choice(FIRST), rng.choice(LAST)))
    years = rng.choice([0, 1, 2]) if name.startswith("ilacs") else rng.choice([-1, 0, 1])
    days = rng.randrange(0, 10)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
    return DAY.sub(lambda m: str(min(28, int(m.group(1)) + days)), text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261125)
    a = ap.parse_args()
    samples = sorted(f for f in os.listdir(SAMPLES) if f.endswith(".txt"))
    texts = {f: open(os.path.join(SAMPLES, f), encoding="utf-8").read() for f in samples}
    las = la_names()
    total = 0
    for i in range(a.n):
        rng = random.Random(a.seed * 1_000_003 + i)
        name = samples[i % len(samples)]
        folder = os.path.join(a.out, "%03d" % (i // 100))
        os.makedirs(folder, exist_ok=True)
        data = vary(name, texts[name], rng, las).encode("utf-8")
        with open(os.path.join(folder, "r%05d.txt" % i), "wb") as f:
            f.write(data)
        total += len(data)
    print("%d reports, %.1f MB in %s" % (a.n, total / 1e6, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
