#!/usr/bin/env python3
"""Scores one constructed school part (src/test/resources/schools/constructed/*-<part>.json) with the tool's own
`evaluate`, read and never-read reports apart, by conversion (default, layout, pdf) and by face, without printing
any detail of the never-read reports.

  python3 bench/school_part.py --part test14 [--jar target/ofsted-extract.jar] [--per-report] [--verbose-read]

The never-read rule is the part README's: a report's stem (file name without -default-<part>.txt, -layout-<part>.txt,
-pdf-<part>.pdf) is unread when int(SHA-256(stem), 16) % 3 == 0 (test13, test14).  A tuning part (its name starts with
"tune", e.g. tune16) has no never-read third: every report of it is read.  --per-report prints the per-report
table of the read reports only; --verbose-read prints evaluate --verbose for the read reports only."""
import argparse, glob, hashlib, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONS = os.path.join(HERE, "..", "src", "test", "resources", "schools", "constructed")


def unread(stem):
    return int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 3 == 0


def stem_conv(name, part):
    m = re.match(r"(.*)-(default|layout|pdf)-%s\.json$" % re.escape(part), name)
    return (m.group(1), m.group(2)) if m else (None, None)


PRED = {}


def predictions(jar, files):
    """The tool's output for every file of the part, extracted once per jar (JSON Lines)."""
    if jar not in PRED:
        fd, path = tempfile.mkstemp(suffix=".jsonl")
        os.close(fd)
        subprocess.run(["java", "-jar", jar, "--format", "jsonl", "-o", path] + files, check=True,
                       capture_output=True)
        PRED[jar] = path
    return PRED[jar]


def evaluate(jar, golds, extra=(), pred=None):
    d = tempfile.mkdtemp()
    for gpath in golds:
        shutil.copy(gpath, d)
    out = subprocess.run(["java", "-jar", jar, "evaluate", "--gold", d, "--pred", pred] + list(extra),
                         capture_output=True, text=True)
    shutil.rmtree(d)
    return out.stdout


def summary(jar, golds, pred):
    if not golds:
        return "none"
    j = json.loads(evaluate(jar, golds, ["--format", "json"], pred))
    meta = j.get("metadata_accuracy")
    return "F1 %.3f (tp %s / gold %s / pred %s)  grades F1 %.3f  metadata %.3f  type %.3f  files %d" % (
        j["findings_f1"], j.get("findings_tp"), j.get("findings_gold"), j.get("findings_pred"), j["grades_f1"],
        meta if meta is not None else float("nan"), j.get("type_accuracy", float("nan")), len(golds))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", required=True)
    ap.add_argument("--jar", default=os.path.join(HERE, "..", "target", "ofsted-extract.jar"))
    ap.add_argument("--per-report", action="store_true")
    ap.add_argument("--verbose-read", action="store_true")
    ap.add_argument("--about", help="only gold files whose 'about' holds this text (two helpers' parts may share a name: "
                                    "--about fe15 for test14's further education part)")
    a = ap.parse_args()
    golds = sorted(glob.glob(os.path.join(CONS, "*-%s.json" % a.part)))
    info = []
    for gp in golds:
        stem, conv = stem_conv(os.path.basename(gp), a.part)
        if stem is None:
            continue
        about = json.load(open(gp)).get("about", "")
        if a.about and a.about not in about:
            continue
        face = "tahoma" if "Face: Tahoma" in about else "arial"
        info.append((gp, stem, conv, face, unread(stem) and not a.part.startswith("tune")))
    groups = [("all", lambda i: True), ("read", lambda i: not i[4]), ("unread", lambda i: i[4])]
    groups += [(c, (lambda c: lambda i: i[2] == c)(c)) for c in ("default", "layout", "pdf")]
    groups += [("read " + c, (lambda c: lambda i: i[2] == c and not i[4])(c)) for c in ("default", "layout", "pdf")]
    groups += [("unread " + c, (lambda c: lambda i: i[2] == c and i[4])(c)) for c in ("default", "layout", "pdf")]
    groups += [(f, (lambda f: lambda i: i[3] == f)(f)) for f in ("tahoma", "arial")]
    pred = predictions(a.jar, [os.path.join(CONS, json.load(open(i[0]))["file"]) for i in info])
    for name, keep in groups:
        print("%-15s %s" % (name, summary(a.jar, [i[0] for i in info if keep(i)], pred)))
    read = [i[0] for i in info if not i[4]]
    if a.per_report:
        out = evaluate(a.jar, read, (), pred)
        print("\n".join(l for l in out.splitlines() if not l.startswith("findings P=")))
    if a.verbose_read:
        print(evaluate(a.jar, read, ["--verbose"], pred))
    os.remove(pred)


if __name__ == "__main__":
    main()
