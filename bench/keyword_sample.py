#!/usr/bin/env python3
"""Reading keywords on the corpus: a seeded random sample of findings, and the findings whose keywords change.

  python3 bench/keyword_sample.py sample OUT.jsonl [N] [SEED]    N findings (default 100) with their keywords, in a
                                                                 random order fixed by SEED (default 20261216)
  python3 bench/keyword_sample.py diff BASE.jsonl OTHER.jsonl [N] [SEED]
                                                                 every finding whose keywords differ: counts, the
                                                                 keywords gained and lost most often, and N changed
                                                                 findings (default 100) drawn the same way, or all

OUT.jsonl is the tool's JSON Lines output (with keywords) on ../shared/corpus/txt and ../shared/schools/txt. A finding
is drawn by the SHA-256 of "kw-read:" + SEED + ":" + its id (report file name @ start offset), lowest first, so a
sample does not move when other findings are added or dropped. Findings of a never-read part of the keyword gold
(fresh13.py to fresh17.py --unread) and the blind theme part being labelled in session 17 (fresh16.BLIND17) are never shown: they are left out of the sample and counted, not
printed, in the diff, so reading a corpus change never reads their errors.
"""
import collections
import hashlib
import importlib
import json
import os
import sys

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold", "text-mining")
UNREAD_PARTS = ("fresh13", "fresh14", "fresh15", "fresh16", "fresh17")


def never_read():
    """The ids of the never-read parts of the keyword gold."""
    sys.path.insert(0, GOLD)
    out = set()
    for part in UNREAD_PARTS:
        module = importlib.import_module(part)
        out.update(fid for fid in module.DRAWN if module.unread(fid))
        out.update(getattr(module, "BLIND17", ()))  # the blind theme part of session 17, not tuned on either
    return out


def findings(path):
    """{id: (text, keywords)} of one output."""
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        name = os.path.basename(r["file"])
        for f in r["findings"]:
            out["%s@%d" % (name, f["start"])] = (f["text"], f.get("keywords", []))
    return out


def order(ids, seed):
    return sorted(ids, key=lambda fid: hashlib.sha256(("kw-read:%s:%s" % (seed, fid)).encode("utf-8")).hexdigest())


def show(fid, text, keywords, before=None):
    print("== " + fid)
    print("   " + text.replace("\n", " "))
    if before is not None:
        print("   before: " + "; ".join(before))
        print("   after:  " + "; ".join(keywords))
    else:
        print("   keywords: " + "; ".join(keywords))


def sample(path, n, seed):
    hidden = never_read()
    fs = findings(path)
    for fid in order([f for f in fs if f not in hidden and fs[f][0].strip()], seed)[:n]:
        show(fid, *fs[fid])


def diff(base_path, other_path, n, seed):
    hidden = never_read()
    base, other = findings(base_path), findings(other_path)
    changed = [f for f in base if f in other and base[f][1] != other[f][1]]
    gained, lost = collections.Counter(), collections.Counter()
    for f in changed:
        b, o = set(base[f][1]), set(other[f][1])
        gained.update(o - b)
        lost.update(b - o)
    shown = [f for f in changed if f not in hidden]
    print("findings %d, keywords changed in %d (%d in a never-read part, not shown); only the order in %d"
          % (len(base), len(changed), len(changed) - len(shown),
             sum(1 for f in changed if set(base[f][1]) == set(other[f][1]))))
    print("gained: " + ", ".join("%s %d" % kv for kv in gained.most_common(40)))
    print("lost:   " + ", ".join("%s %d" % kv for kv in lost.most_common(40)))
    picked = order(shown, seed)[:n]
    print("showing %d of %d changed findings%s" % (len(picked), len(shown), "" if len(picked) == len(shown)
                                                  else " (random, seed %s)" % seed))
    for fid in sorted(picked):
        show(fid, other[fid][0], other[fid][1], base[fid][1])


def main(argv):
    if argv[0] == "sample":
        sample(argv[1], int(argv[2]) if len(argv) > 2 else 100, argv[3] if len(argv) > 3 else "20261216")
    elif argv[0] == "diff":
        diff(argv[1], argv[2], int(argv[3]) if len(argv) > 3 else 100, argv[4] if len(argv) > 4 else "20261216")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
