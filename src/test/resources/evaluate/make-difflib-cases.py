#!/usr/bin/env python3
"""Writes difflib-cases.json: word sequences with difflib's ratio and matching blocks
(SequenceMatcher(None, a, b, autojunk=False)), for DiffLibTest. Small vocabularies make
repeated words, where difflib's blocks differ from a longest common subsequence; one case is
longer than 200 words (where autojunk, if it were on, would change the result)."""
import difflib
import json
import random

rnd = random.Random(2026)


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


cases = []
differs = 0
while len(cases) < 120:
    vocab = [chr(97 + i) for i in range(rnd.randint(1, 8))]
    a = [rnd.choice(vocab) for _ in range(rnd.randint(0, 25))]
    b = [rnd.choice(vocab) for _ in range(rnd.randint(0, 25))]
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    r = sm.ratio()
    other = 2 * lcs(a, b) / (len(a) + len(b)) if a or b else 1.0
    if other != r:
        differs += 1
    elif rnd.random() < 0.7:
        continue
    cases.append({"a": " ".join(a), "b": " ".join(b), "ratio": r,
                  "blocks": [list(m) for m in sm.get_matching_blocks()]})
long_a = [rnd.choice("the of and to a in".split()) for _ in range(260)]
long_b = long_a[:100] + ["x"] + long_a[120:]
sm = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
cases.append({"a": " ".join(long_a), "b": " ".join(long_b), "ratio": sm.ratio(),
              "blocks": [list(m) for m in sm.get_matching_blocks()]})
with open("difflib-cases.json", "w") as fh:
    json.dump(cases, fh, indent=0)
print(len(cases), "cases;", differs, "where difflib's ratio is not 2*LCS/(|a|+|b|)")
