#!/usr/bin/env python3
"""Makes the constructed scoring case: gold/*.json and pred.jsonl, from the samples' gold
(src/test/resources/cases/*/expected.json), with seeded perturbations that exercise every
branch of score.py: near-threshold and non-contiguous matches (where difflib's ratio is not
2*LCS/(|a|+|b|)), ties, category changes, a missing category, filtered unnumbered narrative, a
report with no prediction, a prediction with no gold, two predictions with one base name, grade
and metadata differences. Run from this folder; then record score.py's output:

  python3 ../../../../../../shared/tools/score.py --gold gold --pred pred.jsonl --json > score-py.json
  python3 ../../../../../../shared/tools/score.py --gold gold --pred pred.jsonl --verbose > score-py.txt
"""
import copy
import json
import random

CASES = "../../cases/"
rnd = random.Random(6)


def load(name):
    with open(CASES + name + "/expected.json", encoding="utf-8") as fh:
        return json.load(fh)


def drop_words(text, share):
    w = text.split()
    keep = [x for x in w if rnd.random() >= share]
    return " ".join(keep or w[:1])


def swap_halves(text):
    w = text.split()
    h = len(w) // 2
    return " ".join(w[h:] + w[:h])


def write(name, obj):
    with open("gold/" + name + ".json", "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)


preds = []

# 1. a CRA letter: every kind of finding difference, metadata by containment and a wrong code
g = load("cra-2010-wakefield")
g["findings"].append(copy.deepcopy(g["findings"][3]))  # two identical gold findings: a tie
write("cra-2010-wakefield", g)
p = copy.deepcopy(g)
f = p["findings"]
f[0]["text"] = swap_halves(f[0]["text"])          # same words, two blocks: difflib < LCS ratio
f[1]["text"] = drop_words(f[1]["text"], 0.06)     # a match, not exact
f[2]["text"] = drop_words(f[2]["text"], 0.35)     # below the threshold
f[4]["category"] = "strength"                     # right text, wrong category
del f[5]["category"]                              # no category at all
f[6]["text"] = f[6]["text"].upper()               # case does not matter
del f[7]
f.append({"category": "development", "text": "An extra finding that the gold does not have."})
p["findings"] = f[:-2] + [f[-1]]                  # one of the tied pair left out
p["provider"] = {"name": "Wakefield", "laCode": "999"}
p["published"] = None
p["inspectors"] = ["Someone Else"]
p["file"] = "some/folder/cra-2010-wakefield.txt"
preds.append(p)

# 2. ILACS with unnumbered narrative left out of the gold; grades partly wrong
g = load("ilacs-2018-wakefield")
g["unnumberedNarrative"] = False
g["findings"] = [x for i, x in enumerate(g["findings"]) if not (x["category"] == "narrative" and i % 7 == 0)]
for i, x in enumerate(g["findings"]):  # judgement keys: stated, stated null, or not stated (not scored)
    if i % 3 == 0:
        x["judgement"] = "leadership"
    elif i % 3 == 1:
        x["judgement"] = None
    else:
        x.pop("judgement", None)
write("ilacs-2018-wakefield", g)
p = copy.deepcopy(g)
for i, x in enumerate(p["findings"]):
    x["number"] = i + 1 if x["category"] == "narrative" else None
p["findings"].append({"category": "narrative", "number": None, "text": "Unnumbered: ignored by the scorer."})
p["findings"].append({"category": "narrative", "number": 99, "text": "Numbered: a false alarm."})
p["findings"][10]["text"] = " ".join(p["findings"][10]["text"].split()[::-1])  # reversed words
for i, x in enumerate(p["findings"]):
    if i % 4 == 0:
        x["judgement"] = "help-and-protection"      # wrong where the gold says leadership or null
p["grades"] = [{"judgement": "help-and-protection", "grade": "inadequate"},
               {"judgement": "children in care", "grade": "Requires improvement"},
               {"judgement": "leadership", "grade": "good"},
               {"judgement": "extra-judgement", "grade": "good"}]
p["type"] = "sif"
p["framework"] = "standard"
preds.append(p)

# 3. a gold report with no prediction
write("cra-2010-york", load("cra-2010-york"))

# 4. two predictions with the same base name: the later one counts
g = load("cra-2011-kirklees")
g["provider"]["laCode"] = None                   # a gold null code is scored: the prediction must be null
g["provider"]["urn"] = "100001"
write("cra-2011-kirklees", g)
early = copy.deepcopy(g)
early["findings"] = []
early["file"] = "a/cra-2011-kirklees.txt"
late = copy.deepcopy(g)
late["file"] = "b/cra-2011-kirklees.txt"
late["findings"] = late["findings"][:-3]
late["provider"]["laCode"] = "381"               # an invented code
preds += [early, late]

# 5. a prediction with no gold
extra = load("cra-2010-worcestershire")
extra["file"] = "cra-2010-worcestershire.txt"
preds.append(extra)

with open("pred.jsonl", "w", encoding="utf-8") as fh:
    for p in preds:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
