#!/usr/bin/env python3
"""Builds src/main/resources/text/words.txt, the word list that decides whether a word broken at a
line end with a hyphen ("assess-" / "ment") is one word ("assessment") or a compound ("multi-agency").

Usage: tools/build_words.py CORPUS_TXT_DIR... > src/main/resources/text/words.txt
(the project built it from ../shared/corpus/txt, 222 reports, and samples/).

A word is listed when it occurs at least twice, in lower case, has at least four letters, and is
more frequent than every hyphenated spelling of it ("pre-proceedings" outnumbers "preproceedings",
which is only pdftotext joining a compound broken at a line end, so "preproceedings" is left out).
"""
import collections, os, re, sys

WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def main():
    words, hyphenated = collections.Counter(), collections.Counter()
    for d in sys.argv[1:]:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                for line in f:
                    for m in WORD.finditer(line.replace("\u00ad", "")):
                        w = m.group().lower()
                        if "-" in w:
                            hyphenated[w.replace("-", "")] += 1
                            for part in w.split("-"):
                                words[part] += 1
                        else:
                            words[w] += 1
    out = sorted(w for w, n in words.items()
                 if n >= 2 and len(w) >= 4 and n > hyphenated.get(w, 0))
    sys.stdout.write("# Words of ../shared/corpus/txt and samples/ (see tools/build_words.py); one per line\n")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
