#!/usr/bin/env python3
"""Benchmark of batch extraction: reports per second and peak memory.

For each corpus size N (default 1000), builds the synthetic corpus (make_corpus.py) in a temporary
folder, then runs, one after the other:

  extract --jobs 1, extract --jobs 2    ofsted-extract -q --format jsonl --manifest M --jobs J DIR
  (--no-keywords --jobs 1 and 2, when the tool has that option)
  sentences --jobs 1, --jobs 2          SentencesOnly.java: sentence detection alone, same corpus

and prints a Markdown table: wall time of the process (JVM start and model loading included), CPU
time of the process (user + system, all threads: on a shared machine the fairer measure of work),
the tool's own processing time (from the manifest), reports per second over that time, and peak
resident memory (ru_maxrss of the process, from wait4). It also checks that --jobs 1 and --jobs 2
wrote the same bytes. Only the Python standard library and the jar are used.

    python3 bench/bench.py [--n 1000 10000] [--jobs 1 2] [--keep]

JVM options: $OFSTED_EXTRACT_JAVA_OPTS, as for the launcher (default -Xss8m -XX:+UseSerialGC).
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "target", "ofsted-extract.jar")
JAVA_OPTS = os.environ.get("OFSTED_EXTRACT_JAVA_OPTS", "-Xss8m -XX:+UseSerialGC").split()


def measure(cmd, stdout_path):
    """Runs cmd; returns (exit code, wall seconds, CPU seconds, peak RSS in MiB)."""
    with open(stdout_path, "wb") as out:
        start = time.monotonic()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode("utf-8", "replace")
        p.stderr.close()
    if p.returncode not in (0,):
        print("warning: %s exited %d: %s" % (" ".join(cmd[:6]), p.returncode, err[-500:]), file=sys.stderr)
    # Linux: ru_maxrss in KiB
    return p.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def has_option(option):
    out = subprocess.run(["java"] + JAVA_OPTS + ["-jar", JAR, "--help"], capture_output=True, text=True).stdout
    return option in out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", action="store_true", help="keep the corpus and outputs")
    a = ap.parse_args()
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-q", "-B", "package", "-DskipTests"], cwd=ROOT, check=True)
    variants = [("extract", [])]
    if has_option("--no-keywords"):
        variants.append(("extract --no-keywords", ["--no-keywords"]))
    else:
        print("note: the tool has no --no-keywords option (no keyword tagger yet), so 'extract' is that run",
              file=sys.stderr)
    load = os.getloadavg()
    rows = []
    for n in a.n:
        work = tempfile.mkdtemp(prefix="ofsted-bench-")
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(n), corpus], check=True)
        for label, extra in variants:
            hashes = set()
            for j in a.jobs:
                manifest = os.path.join(work, "manifest-%d.json" % j)
                out = os.path.join(work, "out-%d.jsonl" % j)
                cmd = ["java"] + JAVA_OPTS + ["-jar", JAR, "-q", "--format", "jsonl", "--manifest", manifest,
                                              "--jobs", str(j)] + extra + [corpus]
                code, wall, cpu, rss = measure(cmd, out)
                with open(manifest, encoding="utf-8") as f:
                    m = json.load(f)
                secs = m["seconds"]
                hashes.add(sha(out))
                rows.append((n, "%s --jobs %d" % (label, j), wall, cpu, secs, m["counts"]["reports"] / secs, rss,
                             m["counts"]["failed"]))
                os.remove(out)
            if len(hashes) != 1:
                print("ERROR: outputs differ between --jobs values", file=sys.stderr)
                sys.exit(1)
        for j in a.jobs:
            out = os.path.join(work, "sentences-%d.txt" % j)
            cmd = ["java"] + JAVA_OPTS + ["-cp", JAR, os.path.join(HERE, "SentencesOnly.java"), corpus, str(j)]
            code, wall, cpu, rss = measure(cmd, out)
            files, sentences, secs = open(out).read().split()
            rows.append((n, "sentences only --jobs %d" % j, wall, cpu, float(secs), int(files) / float(secs), rss, 0))
        if a.keep:
            print("kept " + work, file=sys.stderr)
        else:
            shutil.rmtree(work)
    print()
    print("%d processors; load average before the run %.1f %.1f %.1f; %s" % (
        os.cpu_count(), load[0], load[1], load[2],
        subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
    print()
    print("| N | run | wall s | CPU s | processing s | reports/s | peak RSS MiB | failed |")
    print("|---|---|---|---|---|---|---|---|")
    for n, run, wall, cpu, secs, rate, rss, failed in rows:
        print("| %d | %s | %.1f | %.1f | %.1f | %.1f | %.0f | %d |" % (n, run, wall, cpu, secs, rate, rss, failed))


if __name__ == "__main__":
    main()
