#!/usr/bin/env python3
"""Agreement between two theme labellers on one sample (stdlib only).

    python3 bench/theme_agreement.py A.tsv B.tsv [--sample S.jsonl] [--codebooks DIR] [--diff]

A and B are label files in the themesN-labels.tsv format: '#' lines are comments, every other line is
``order<TAB>themes (comma-separated codebook keys, empty = none)<TAB>reason``. The sample (default: the
themesN-sample.jsonl next to A) gives each order's sector; the codebook JSON files (default:
src/main/resources/codebook, the newest version of each id) give the themes of each sector's codebook.

Printed per sector (children's services, school) and overall:
  * micro precision, recall and F1 of B against A (A taken as the reference; A against B is the swap:
    P and R exchange, F1 stays),
  * per theme: findings labelled by both, by A only, by B only, and Cohen's kappa (binary, over the
    findings of that sector's codebook); kappa is n/a where neither labeller used the theme (no variance),
    and the mean is over the themes where it is defined,
  * with --diff, every finding on which the two differ (A only, B only).
"""
import argparse
import glob
import json
import os
import sys

SECTORS = [("children-services", "children-services", "CS"), ("school", "schools", "school")]


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            try:
                order = int(parts[0])
            except ValueError:
                sys.exit("%s:%d: order is not a number: %r" % (path, n, parts[0]))
            if order in labels:
                sys.exit("%s:%d: order %d labelled twice" % (path, n, order))
            themes = parts[1] if len(parts) > 1 else ""
            labels[order] = {t.strip() for t in themes.split(",") if t.strip()}
    return labels


def read_sample(path):
    sector = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                sector[int(d["order"])] = d["sector"]
    return sector


def version_key(path):
    v = os.path.basename(path).rsplit("-", 1)[-1][: -len(".json")]
    return [int(x) if x.isdigit() else x for x in v.split(".")]


def codebook_themes(directory, cid):
    files = sorted(glob.glob(os.path.join(directory, cid + "-*.json")), key=version_key)
    if not files:
        sys.exit("no codebook %s-*.json in %s" % (cid, directory))
    with open(files[-1], encoding="utf-8") as f:
        book = json.load(f)
    return [t["key"] for t in book["themes"]], os.path.basename(files[-1])[: -len(".json")]


def kappa(a, b, orders, theme):
    n = len(orders)
    n11 = sum(1 for o in orders if theme in a[o] and theme in b[o])
    n10 = sum(1 for o in orders if theme in a[o] and theme not in b[o])
    n01 = sum(1 for o in orders if theme not in a[o] and theme in b[o])
    n00 = n - n11 - n10 - n01
    po = (n11 + n00) / n
    pa, pb = (n11 + n10) / n, (n11 + n01) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    k = None if pe == 1 else (po - pe) / (1 - pe)
    return n11, n10, n01, k


def prf(tp, nb, na):
    p = tp / nb if nb else float("nan")
    r = tp / na if na else float("nan")
    f = 2 * tp / (na + nb) if na + nb else float("nan")
    return p, r, f


def fmt(x):
    return "n/a" if x is None or x != x else "%.3f" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", help="labeller A (the reference)")
    ap.add_argument("b", help="labeller B")
    ap.add_argument("--sample", help="the sample jsonl (default: themesN-sample.jsonl next to A)")
    ap.add_argument("--codebooks", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                        "..", "src", "main", "resources", "codebook"))
    ap.add_argument("--diff", action="store_true", help="list the findings on which A and B differ")
    args = ap.parse_args()

    sample = args.sample
    if not sample:
        base = os.path.basename(args.a).split("-")[0]
        sample = os.path.join(os.path.dirname(args.a), base + "-sample.jsonl")
    sector = read_sample(sample)
    a, b = read_labels(args.a), read_labels(args.b)
    for name, lab in (("A", a), ("B", b)):
        missing = sorted(set(sector) - set(lab))
        extra = sorted(set(lab) - set(sector))
        if missing or extra:
            sys.exit("%s: orders missing %s, not in the sample %s" % (name, missing, extra))

    print("A = %s\nB = %s\nsample = %s (%d findings)\n" % (args.a, args.b, sample, len(sector)))
    totals = [0, 0, 0]
    all_kappas = []
    for sec, cid, short in SECTORS:
        orders = sorted(o for o, s in sector.items() if s == sec)
        if not orders:
            continue
        themes, book = codebook_themes(args.codebooks, cid)
        for name, lab in (("A", a), ("B", b)):
            bad = sorted({t for o in orders for t in lab[o]} - set(themes))
            if bad:
                print("warning: %s uses themes not in %s: %s" % (name, book, ", ".join(bad)))
        na = sum(len(a[o]) for o in orders)
        nb = sum(len(b[o]) for o in orders)
        tp = sum(len(a[o] & b[o]) for o in orders)
        totals = [totals[0] + tp, totals[1] + na, totals[2] + nb]
        p, r, f = prf(tp, nb, na)
        exact = sum(1 for o in orders if a[o] == b[o])
        print("== %s (%s; %d findings; %s)" % (short, sec, len(orders), book))
        print("labels: A %d, B %d, both %d; findings with identical sets %d of %d" % (na, nb, tp, exact, len(orders)))
        print("B vs A: micro P %s  R %s  F1 %s   (A vs B: P %s  R %s)" % (fmt(p), fmt(r), fmt(f), fmt(r), fmt(p)))
        print("%-24s %5s %6s %6s %7s" % ("theme", "both", "A only", "B only", "kappa"))
        ks = []
        for t in themes:
            n11, n10, n01, k = kappa(a, b, orders, t)
            if k is not None:
                ks.append((k, t))
            if n11 or n10 or n01:
                print("%-24s %5d %6d %6d %7s" % (t, n11, n10, n01, fmt(k)))
        unused = [t for t in themes if not any(t in a[o] or t in b[o] for o in orders)]
        mean = sum(k for k, _ in ks) / len(ks) if ks else None
        all_kappas += ks
        print("(unused by both, kappa n/a: %s)" % (", ".join(unused) or "none"))
        print("mean kappa over %d themes used: %s; lowest: %s\n" % (
            len(ks), fmt(mean), ", ".join("%s %s" % (t, fmt(k)) for k, t in sorted(ks) if k < 1) or "none below 1"))

    tp, na, nb = totals
    p, r, f = prf(tp, nb, na)
    mean = sum(k for k, _ in all_kappas) / len(all_kappas) if all_kappas else None
    print("== overall (%d findings)" % len(sector))
    print("labels: A %d, B %d, both %d" % (totals[1], totals[2], totals[0]))
    print("B vs A: micro P %s  R %s  F1 %s   (A vs B: P %s  R %s)" % (fmt(p), fmt(r), fmt(f), fmt(r), fmt(p)))
    print("mean kappa over %d (sector, theme) pairs used: %s" % (len(all_kappas), fmt(mean)))

    if args.diff:
        print("\n== disagreements (order: A only | B only)")
        for o in sorted(sector):
            if a[o] != b[o]:
                print("%3d %-17s A only: %-40s B only: %s" % (
                    o, sector[o], ",".join(sorted(a[o] - b[o])) or "-", ",".join(sorted(b[o] - a[o])) or "-"))


if __name__ == "__main__":
    main()
