#!/usr/bin/env python3
"""Compares two JSON Lines outputs of ofsted-extract on the same reports (matched by file name).

Words are compared with hyphens inside words removed (see words()). A report agrees when its grades are the same set and its findings are the same list of
(category, number, words). Also prints a findings F1 over all reports, pairing findings of one
category whose words are at least 85% alike (2*LCS/(|a|+|b|)), as the project's scorer does.
Usage: compare_reports.py BASE.jsonl OTHER.jsonl [-v]
"""
import json, os, re, sys
from difflib import SequenceMatcher

def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[os.path.basename(r["file"])] = r
    return out

def words(t):
    # pdftotext's default mode drops the hyphen of a compound broken at a line end
    # ("pre-\nproceedings" becomes "preproceedings", "post-\n18" becomes "post18"); -layout and PDF text keep it. Words are
    # compared with hyphens between letters removed, so that artefact does not count as a difference.
    return re.findall(r"[a-z0-9]+", re.sub(r"(?<=[a-z])-(?=[a-z0-9])", "", t.lower()))

def key(f):
    return (f["category"], f["number"], tuple(words(f["text"])))

def grades(r):
    return sorted((g["judgement"], g["grade"]) for g in r["grades"])

def matched(a, b):
    used, n = set(), 0
    for fa in a:
        wa = words(fa["text"])
        best, bi = 0.0, None
        for i, fb in enumerate(b):
            if i in used or fb["category"] != fa["category"]:
                continue
            s = SequenceMatcher(None, wa, words(fb["text"]), autojunk=False).ratio()
            if s > best:
                best, bi = s, i
        if bi is not None and best >= 0.85:
            used.add(bi)
            n += 1
    return n

def main():
    base, other = load(sys.argv[1]), load(sys.argv[2])
    verbose = "-v" in sys.argv
    same_f = same_g = same_both = 0
    tp = nb = no = 0
    for name in sorted(base):
        a, b = base[name], other.get(name)
        if b is None:
            print(f"{name}: missing from {sys.argv[2]}")
            continue
        fa, fb = [key(f) for f in a["findings"]], [key(f) for f in b["findings"]]
        sf, sg = fa == fb, grades(a) == grades(b)
        same_f += sf
        same_g += sg
        same_both += sf and sg
        m = matched(a["findings"], b["findings"])
        tp, nb, no = tp + m, nb + len(fa), no + len(fb)
        if verbose or not (sf and sg):
            print(f"{name}: findings {len(fa)} vs {len(fb)} (matched {m}){'' if sf else ' DIFFER'}"
                  f"{'' if sg else ' grades DIFFER ' + str(grades(a)) + ' vs ' + str(grades(b))}")
    n = len(base)
    f1 = 2 * tp / (nb + no) if nb + no else 1.0
    print(f"reports: {n}; same findings: {same_f}; same grades: {same_g}; same findings and grades: {same_both}")
    print(f"findings F1 (85% word similarity): {f1:.3f} ({tp} matched of {nb} vs {no})")

if __name__ == "__main__":
    main()
