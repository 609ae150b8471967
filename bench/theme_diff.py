#!/usr/bin/env python3
"""Where the theme tagger and a theme gold file disagree, finding by finding.

Tags every finding of a theme gold file as `ofsted-extract evaluate --theme-gold` does (its text alone, the codebook
its report kind names; bench/ThemeTags.java) and prints, per theme, its false alarms (the terms that fired, with their
offsets into the finding's text and the words around them) and its misses (the finding's text), then, with --all,
every finding's gold themes, the tool's themes and the terms that fired.

Usage: python3 bench/theme_diff.py GOLD.jsonl [GOLD.jsonl ...] [--sector cs|school] [--theme KEY] [--all]
                                   [--skip-unread] [--jar JAR] [--json]

  --skip-unread  leave out what is never read: the never-read third of a round that keeps one (themes11,
                 themes12: orders with order % 3 == 2; themes13 and later, themes15cs and themes15sch too: the round
                 script's `unread(id)`) and the test part of gold.jsonl and themes3-school.jsonl (never tuned on);
                 only their counts are printed
  --sector       children's services (cs) or school-sector findings only (with both, school themes are marked
                 "(school)": the two codebooks share the key `assessment`)
  --theme        one theme only
  --all          also list every finding (gold, tool, terms)
  --jar          the jar to tag with (default: target/ofsted-extract.jar beside this folder)
  --json         one JSON object a finding instead of text: id, gold, tool, falseAlarms, misses, evidence

The figures at the top are micro precision and recall over the findings shown, as `evaluate` counts them.
"""
import argparse
import importlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_DIR = os.path.join(ROOT, "gold", "text-mining")
SCHOOL_CODEBOOK = "schools"


NEVER_TUNED_TEST = ("gold.jsonl", "gold-resolved.jsonl", "themes3-school.jsonl")


def unread_rule(gold_path):
    """The test for a gold line never to read: the never-read third of a round that keeps one, or the test part of a
    file whose test part is never tuned on (the gold test 100, the school test 30); None when every line is read."""
    base = os.path.basename(gold_path)
    if base in NEVER_TUNED_TEST:
        return lambda g: g.get("split") == "test"
    prefix = base.split("-", 1)[0]
    folder = os.path.dirname(os.path.abspath(gold_path))
    if prefix in ("themes11", "themes12"):
        sample = os.path.join(folder, prefix + "-sample.jsonl")
        orders = {json.loads(l)["id"]: json.loads(l)["order"] for l in open(sample, encoding="utf-8") if l.strip()}
        return lambda g: orders.get(g["id"], 0) % 3 == 2
    m = re.fullmatch(r"themes(\d+)(?:cs|sch)?", prefix)  # themes13, themes14; themes15cs, themes15sch (one sector each)
    if m and int(m.group(1)) >= 13:
        sys.path.insert(0, folder)
        unread = importlib.import_module(prefix).unread
        return lambda g: unread(g["id"])
    return None


def tag(gold_path, jar):
    out = subprocess.run(["java", "-cp", jar, os.path.join(ROOT, "bench", "ThemeTags.java"), gold_path],
                         capture_output=True, text=True, check=True).stdout
    return {r["id"]: r for r in (json.loads(l) for l in out.splitlines() if l.strip())}


def context(text, start, end, width=45):
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else "")


def distinct(evidence):
    seen, out = set(), []
    for e in evidence:
        k = (e["theme"], e["term"], e["start"], e["end"])
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def main(argv):
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--sector", choices=("cs", "school"))
    ap.add_argument("--theme")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--skip-unread", action="store_true")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "ofsted-extract.jar"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    rows, skipped = [], []
    for path in a.gold:
        gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        rule = unread_rule(path) if a.skip_unread else None
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            for g in gold:
                tmp.write(json.dumps(g, ensure_ascii=False) + "\n")
        try:
            tags = tag(tmp.name, a.jar)
        finally:
            os.unlink(tmp.name)
        for g in gold:
            t = tags[g["id"]]
            school = t["codebook"] == SCHOOL_CODEBOOK
            if a.sector and school != (a.sector == "school"):
                continue
            row = dict(source=os.path.basename(path), id=g["id"], text=g["text"], school=school,
                       gold=list(g.get("themes") or []),
                       tool=t["themes"], evidence=distinct(t["evidence"]))
            if a.theme:
                row["gold"] = [k for k in row["gold"] if k == a.theme]
                row["tool"] = [k for k in row["tool"] if k == a.theme]
                row["evidence"] = [e for e in row["evidence"] if e["theme"] == a.theme]
            (skipped if rule and rule(g) else rows).append(row)

    def counts(rs):
        tp = sum(len(set(r["gold"]) & set(r["tool"])) for r in rs)
        return tp, sum(len(set(r["tool"])) for r in rs), sum(len(set(r["gold"])) for r in rs)

    for r in rows:
        r["falseAlarms"] = [k for k in r["tool"] if k not in r["gold"]]
        r["misses"] = [k for k in r["gold"] if k not in r["tool"]]
    # the two codebooks share a key (assessment): with both sectors shown, a school theme is marked
    mixed = len({r["school"] for r in rows}) > 1
    for r in rows:
        r["shown"] = {k: k + " (school)" if mixed and r["school"] else k for k in r["gold"] + r["tool"]}
    if a.json:
        for r in rows:
            print(json.dumps({k: r[k] for k in ("id", "gold", "tool", "falseAlarms", "misses", "evidence")},
                             ensure_ascii=False))
        return 0

    tp, pred, gold = counts(rows)
    print("%d findings: tp %d, pred %d, gold %d; micro P %.3f R %.3f" % (
        len(rows), tp, pred, gold, tp / pred if pred else 0, tp / gold if gold else 0))
    if skipped:
        s = counts(skipped)
        print("never-read findings left out: %d (tp %d, pred %d, gold %d); their errors are not shown" % (
            len(skipped), *s))
    def has(r, name, field):
        return any(r["shown"][k] == name for k in r[field])

    themes = sorted({r["shown"][k] for r in rows for k in r["falseAlarms"] + r["misses"]})
    print()
    print("%-32s %6s %6s" % ("theme", "false", "missed"))
    for k in themes:
        print("%-32s %6d %6d" % (k, sum(has(r, k, "falseAlarms") for r in rows), sum(has(r, k, "misses") for r in rows)))
    for k in themes:
        fa = [r for r in rows if has(r, k, "falseAlarms")]
        mi = [r for r in rows if has(r, k, "misses")]
        print("\n== %s: %d false alarms, %d misses" % (k, len(fa), len(mi)))
        for r in fa:
            print("  FALSE %s" % r["id"])
            for e in r["evidence"]:
                if r["shown"].get(e["theme"]) == k:
                    print("        %r %d-%d: %s" % (e["term"], e["start"], e["end"],
                                                   context(r["text"], e["start"], e["end"])))
        for r in mi:
            print("  MISSED %s (tool: %s)" % (r["id"], ", ".join(r["tool"]) or "none"))
            print("        %s" % r["text"])
    if a.all:
        print("\n== every finding")
        for r in rows:
            mark = "ok" if set(r["gold"]) == set(r["tool"]) else "DIFF"
            print("\n%s %s [%s]" % (mark, r["id"], r["source"]))
            print("  gold: %s" % ", ".join(r["gold"]))
            print("  tool: %s" % ", ".join(r["tool"]))
            for e in r["evidence"]:
                print("    %-22s %r %d-%d" % (e["theme"], e["term"], e["start"], e["end"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
