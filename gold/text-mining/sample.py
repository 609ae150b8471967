#!/usr/bin/env python3
"""Draws the findings of the keyword and theme gold, once, at random with a fixed seed.

Usage: python3 gold/text-mining/sample.py EXTRACTED.jsonl > gold/text-mining/sample.jsonl

EXTRACTED.jsonl is the tool's output on the development corpus and the samples
(ls ../shared/corpus/txt/*.txt samples/*.txt | xargs java -jar target/ofsted-extract.jar --format jsonl).
Only each finding's text, offsets and report kind are read: the tagger's keywords and themes are
never looked at, so the draw cannot favour findings the tagger handles well.

Strata are report kinds (every era comes with them: CRA letters 2009-11, SIF 2013-18, ILACS and
focused visits 2018-26, area SEND 2016-24, the 2013 looked-after children inspection); within a
stratum findings are shuffled with random.Random(SEED) and the first QUOTA[kind] are taken. The
theme gold is all the findings drawn; the keyword gold is those with kwOrder < 150 (a random subset
in draw order). The split is made here, once: alternate findings of each stratum in draw order go
to 'tune' and 'test'.
"""
import json
import random
import sys

SEED = 13
QUOTA = {"sif": 55, "ilacs": 55, "ilacs-focused-visit": 45, "area-send": 25, "cra-letter": 12,
         "looked-after-children": 12}


def main(path):
    by_kind = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = r["file"].rsplit("/", 1)[-1]
        for f in r["findings"]:
            by_kind.setdefault(r["type"], []).append({
                "id": "%s@%d" % (name, f["start"]), "file": name, "start": f["start"], "end": f["end"],
                "kind": r["type"], "published": r.get("published"), "category": f["category"],
                "text": f["text"]})
    rng = random.Random(SEED)
    drawn = []
    for kind in sorted(QUOTA):
        pool = sorted(by_kind.get(kind, []), key=lambda x: x["id"])
        rng.shuffle(pool)
        for i, f in enumerate(pool[:QUOTA[kind]]):
            f["split"] = "tune" if i % 2 == 0 else "test"
            drawn.append(f)
    rng.shuffle(drawn)
    for i, f in enumerate(drawn):
        f["kwOrder"] = i
        print(json.dumps(f, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
