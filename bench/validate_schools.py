#!/usr/bin/env python3
"""Runs `validate` (JSON) over every school-sector text we have and tabulates its errors and warnings by rule,
family (report type) and file, each classified by a verdict file as true (the report really lacks it, or really has
the fault) or false (validate is wrong).

  python3 bench/validate_schools.py [--jar target/ofsted-extract.jar] [--set schools|corpus] [--files]
                                    [--verdicts bench/validate_schools_verdicts.tsv] [--json out.json]

Sets: `schools` (default) is ../shared/schools/txt and pdf and every src/test/resources/schools/constructed/*.txt and
*.pdf (pdftotext default, -layout and the PDFs); `corpus` is ../shared/corpus/txt (children's services, which must
not change).

--part test15 checks only that part's constructed files (a new part's first run).

Never-read thirds: a constructed file of test12 to test15 whose stem (the name without
-default|-layout|-pdf-<part>.<ext>) has a SHA-256 divisible by 3 (the parts' READMEs) is counted under `unread` and
never printed: no message, no name, no verdict.

The verdict file is tab-separated: rule, a regular expression searched in the file name, `true` or `false`, and why.
The first line that matches an issue gives its verdict; an issue no line matches is `unclassified`.
`duplicate-inspection` is counted apart: the constructed variants are one report in two or three conversions, which is
what that rule reports (true by design); it is not classified per file.
"""
import argparse, collections, glob, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CONS = os.path.join(ROOT, "src", "test", "resources", "schools", "constructed")
HASHED_PARTS = ("test12", "test13", "test14", "test15")


def unread(name):
    m = re.match(r"(.*)-(default|layout|pdf)-(test\d+)\.(txt|pdf)$", name)
    if not m or m.group(3) not in HASHED_PARTS:
        return False
    return int(hashlib.sha256(m.group(1).encode()).hexdigest(), 16) % 3 == 0


def paths(which, part=None):
    if part:
        return sorted(glob.glob(os.path.join(CONS, "*-%s.txt" % part)) + glob.glob(os.path.join(CONS, "*-%s.pdf" % part)))
    if which == "corpus":
        return [os.path.join(SHARED, "corpus", "txt")]
    return [os.path.join(SHARED, "schools", "txt"), os.path.join(SHARED, "schools", "pdf"), CONS]


def run(jar, which, out, part=None):
    args = ["java", "-jar", jar, "validate", "--format", "json", "--min-files", "0", "-o", out] + paths(which, part)
    subprocess.run(args, capture_output=True, text=True)
    return json.load(open(out))


def verdicts(path):
    rows = []
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            rule, pattern, verdict, why = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:4]
            rows.append((rule, re.compile(pattern), verdict, why))
    return rows


def verdict(rows, rule, name):
    for r, p, v, why in rows:
        if r == rule and p.search(name):
            return v, why
    return "unclassified", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "ofsted-extract.jar"))
    ap.add_argument("--set", default="schools", choices=["schools", "corpus"])
    ap.add_argument("--verdicts", default=os.path.join(HERE, "validate_schools_verdicts.tsv"))
    ap.add_argument("--json", help="read this validate JSON instead of running the jar (or write it, with --write)")
    ap.add_argument("--write", action="store_true", help="run the jar and keep its JSON at --json")
    ap.add_argument("--files", action="store_true", help="list every read issue with its verdict")
    ap.add_argument("--part", help="only the constructed files of this part (test15: its texts and PDFs)")
    a = ap.parse_args()
    if a.json and not a.write and os.path.exists(a.json):
        d = json.load(open(a.json))
    else:
        out = a.json or "/tmp/validate_schools.json"
        d = run(a.jar, a.set, out, a.part)
    rows = verdicts(a.verdicts)
    s = d["summary"]
    print("files %d, failing %d; errors %d, warnings %d, info %d" % (s["files"], s["failingFiles"], s["errors"],
                                                                     s["warnings"], s["info"]))
    table = collections.Counter()
    dup = collections.Counter()
    listed = []
    for f in d["files"]:
        name = os.path.basename(f["file"])
        hidden = unread(name)
        for i in f["issues"]:
            if i["severity"] not in ("error", "warning"):
                continue
            if i["rule"] == "duplicate-inspection":
                dup["unread" if hidden else "read"] += 1
                continue
            if hidden:
                v = "unread"
            else:
                v, why = verdict(rows, i["rule"], name)
                listed.append((i["rule"], v, name, i["line"], i["message"], why))
            table[(i["rule"], i["severity"], f["type"], v)] += 1
    print("\n%-28s %-8s %-20s %-13s %s" % ("rule", "severity", "family", "verdict", "issues"))
    for (rule, sev, fam, v), n in sorted(table.items()):
        print("%-28s %-8s %-20s %-13s %d" % (rule, sev, fam, v, n))
    tot = collections.Counter()
    for (rule, sev, fam, v), n in table.items():
        tot[(sev, v)] += n
    print("\ntotals: " + ", ".join("%s %s %d" % (sev, v, n) for (sev, v), n in sorted(tot.items())))
    print("duplicate-inspection (conversions of one report; true by design): read %d, unread %d"
          % (dup["read"], dup["unread"]))
    if a.files:
        print()
        for rule, v, name, line, msg, why in sorted(listed):
            print("%s\t%s\t%s:%s\t%s%s" % (rule, v, name, line, msg[:160], ("\t(" + why + ")") if why else ""))


if __name__ == "__main__":
    sys.exit(main())
