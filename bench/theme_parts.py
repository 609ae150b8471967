#!/usr/bin/env python3
"""Theme figures of gold files by part: per sector (children's services, school) and per part (read, and the
never-read part that `theme_diff.py --skip-unread` leaves out), micro precision and recall with their counts.

Prints counts only, never a finding, so the never-read part can be scored without its errors being seen.
Usage: python3 bench/theme_parts.py GOLD.jsonl [GOLD.jsonl ...] [--jar JAR]
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import theme_diff  # noqa: E402  (its tagging and its never-read rule)


def figures(c):
    tp, pred, gold = c
    return "P %.3f R %.3f (tp %d, pred %d, gold %d)" % (tp / pred if pred else 0, tp / gold if gold else 0, tp, pred, gold)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--jar", default=os.path.join(theme_diff.ROOT, "target", "ofsted-extract.jar"))
    a = ap.parse_args(argv)
    for path in a.gold:
        gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        rule = theme_diff.unread_rule(path)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            for g in gold:
                tmp.write(json.dumps(g, ensure_ascii=False) + "\n")
        try:
            tags = theme_diff.tag(tmp.name, a.jar)
        finally:
            os.unlink(tmp.name)
        parts = {}
        for g in gold:
            t = tags[g["id"]]
            sector = "school" if t["codebook"] == theme_diff.SCHOOL_CODEBOOK else "cs"
            part = "unread" if rule and rule(g) else "read"
            gs, ts = set(g.get("themes") or []), set(t["themes"])
            for key in ((sector, part), (sector, "all"), ("both", part), ("both", "all")):
                c = parts.setdefault(key, [0, 0, 0, 0])
                c[0] += len(gs & ts)
                c[1] += len(ts)
                c[2] += len(gs)
                c[3] += 1
        print(os.path.basename(path))
        for sector in ("cs", "school", "both"):
            for part in ("read", "unread", "all"):
                c = parts.get((sector, part))
                if c:
                    print("  %-6s %-6s %3d findings  %s" % (sector, part, c[3], figures(c[:3])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
