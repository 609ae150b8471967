#!/usr/bin/env python3
"""Builds src/main/resources/nlp/gradability.tsv: for every lower-case word written at least MIN times in the given
texts, how often it is written, how often graded and how often predicative (keyword round 15, `Lexicon.classifying`).

  python3 bench/gradability.py ../shared/corpus/txt ../shared/schools/txt > src/main/resources/nlp/gradability.tsv

The test is the grammars' test for a gradable adjective (Quirk et al., A Comprehensive Grammar of the English
Language, 7.2-7.3; Huddleston and Pullum, The Cambridge Grammar of the English Language, 6.1.3): it takes a degree
adverb ("very good", "too slow", "sufficiently robust") and a comparative or superlative ("stronger", "more
effective ... than"). A classifying adjective ("private fostering", "residential care", "special educational needs",
"adult services") sorts things into kinds and takes neither: no one writes "very residential". A word is counted as
graded where
- a degree adverb is written right before it: very, too, so, extremely, highly, increasingly, sufficiently,
  exceptionally, relatively, fairly, quite, rather, really, remarkably (not "particularly", a focusing adverb:
  "particularly disabled children"), or
- "more" or "most" is written right before it and punctuation, "than" or a preposition right after it ("more
  effective than", "most effective."): before a noun "more" counts the noun phrase ("more residential placements");
  and its comparative and superlative in "-er", "-est" (also "-r", "-st" after "e", "-ier", "-iest" after "y", a
  doubled last consonant) are written at least twice ("safer", "younger", "earlier") and counted as graded uses.
The grammars' second mark of a classifying adjective (Quirk et al. 7.36-7.40, "attributive only"; Huddleston and
Pullum 6.2, relational adjectives) is that it is not used as a predicate in the same sense: "residential care" but
not "the care is residential". A word is counted as predicative where a form of "be", "remain", "become", "seem" or
"appear" is written right before it and punctuation or a conjunction or preposition right after it ("records are
incomplete.", "help is available to"): that catches the absolute adjectives, which are not graded but are evaluative
all the same ("incomplete", "available", "complete"). A hyphenated word is counted predicative also where it is
written with spaces there ("plans are up to date" for "up-to-date").
Columns: word, occurrences, graded, predicative. Counts only, no text; the words of the texts are what the background
(background-df.tsv) is counted on, here with the real school-sector reports too (their school words: "vocational",
"communal").
"""
import glob
import os
import re
import sys

MIN = 10
DEGREE = set("very too so extremely highly increasingly sufficiently exceptionally relatively fairly quite rather "
             "really remarkably".split())
AFTER_PREDICATIVE = set("than and or to in about at for with of".split())
COPULA = set("is are was were be been being remains remain remained become becomes became seem seems seemed appear "
             "appears appeared".split())
AFTER_COPULA = set("and or but for to in with than about at of because as when".split())
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|[.,;:!?()]")


def forms(w):
    """The comparative and superlative a word would have in -er / -est."""
    out = [w + "er", w + "est"]
    if w.endswith("e"):
        out += [w + "r", w + "st"]
    if w.endswith("y") and len(w) > 2:
        out += [w[:-1] + "ier", w[:-1] + "iest"]
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out += [w + w[-1] + "er", w + w[-1] + "est"]
    return out


def main(dirs):
    total, graded, predicative = {}, {}, {}
    files = sorted(f for d in dirs for f in glob.glob(os.path.join(d, "*.txt")))
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            low = [t.lower().replace("’", "'") for t in TOKEN.findall(fh.read())]
        for i, w in enumerate(low):
            total[w] = total.get(w, 0) + 1
            prev = low[i - 1] if i else ""
            nxt = low[i + 1] if i + 1 < len(low) else "."
            if prev in DEGREE or prev in ("more", "most") and (nxt in AFTER_PREDICATIVE or not nxt[0].isalpha()):
                graded[w] = graded.get(w, 0) + 1
            if prev in COPULA and (nxt in AFTER_COPULA or not nxt[0].isalpha()):
                predicative[w] = predicative.get(w, 0) + 1
    hyphenated = [w for w in total if "-" in w and total[w] >= MIN]
    if hyphenated:
        spaced = re.compile(r"\b(?:%s) (%s)(?= *(?:[.,;:!?()]|(?:%s)\b))" % (
            "|".join(sorted(COPULA)), "|".join(re.escape(w.replace("-", " ")) for w in sorted(hyphenated)),
            "|".join(sorted(AFTER_COPULA))))
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = re.sub(r"\s+", " ", fh.read().lower())
            for m in spaced.finditer(text):
                w = m.group(1).replace(" ", "-")
                predicative[w] = predicative.get(w, 0) + 1
    print("# word\toccurrences\tgraded\tpredicative (bench/gradability.py on %s: %d texts; words written at least %d times)"
          % (" ".join(dirs), len(files), MIN))
    for w in sorted(total):
        if total[w] < MIN or not re.fullmatch(r"[a-z][a-z-]*[a-z]", w):
            continue
        comparatives = sum(total.get(f, 0) for f in forms(w))
        g = graded.get(w, 0) + (comparatives if comparatives >= 2 else 0)
        print("%s\t%d\t%d\t%d" % (w, total[w], g, predicative.get(w, 0)))


if __name__ == "__main__":
    main(sys.argv[1:])
