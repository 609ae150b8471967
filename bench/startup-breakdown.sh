#!/usr/bin/env bash
# Where a cold run's time goes (issue 17, docs/startup.md): bench/StartupBreakdown.java times each
# step of one report's extraction in a fresh JVM (wall, and CPU of all threads), ROUNDS times, with
# the launcher's start-up aids (class-data archive of the bench's own class path, C1 only) and
# without them; prints the median of each step.
#   bench/startup-breakdown.sh [ROUNDS] [REPORT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
report="${2:-$here/samples/ilacs-2018-wakefield.txt}"
jar="$here/target/ofsted-extract.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B package -DskipTests)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
javac -d "$tmp/classes" -cp "$jar" "$here/bench/StartupBreakdown.java"
jar cf "$tmp/bench.jar" -C "$tmp/classes" .
cp="$jar:$tmp/bench.jar"
java -XX:ArchiveClassesAtExit="$tmp/bench.jsa" -Xlog:disable -cp "$cp" StartupBreakdown "$report" keywords >/dev/null
for mode in nokw keywords; do
  for aids in none launcher; do
    flags=(-Xss8m -XX:+UseSerialGC)
    [ "$aids" = launcher ] && flags+=(-XX:SharedArchiveFile="$tmp/bench.jsa" -XX:TieredStopAtLevel=1 -Xlog:disable)
    for ((r = 0; r < rounds; r++)); do
      java "${flags[@]}" -cp "$cp" StartupBreakdown "$report" "$mode" | sed "s/^/$mode $aids /" >> "$tmp/out"
    done
  done
done
python3 - "$tmp/out" <<'PY'
import re, statistics, sys, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) (\S+) (.*?)\s+([\d.]+) ms wall\s+([\d.]+) ms cpu", line)
    if m:
        rows.setdefault((m[1], m[3]), {}).setdefault(m[2], []).append((float(m[4]), float(m[5])))
print(f"{'run / step':66} {'no aids: wall':>13} {'cpu':>6} {'with aids: wall':>15} {'cpu':>6}  (ms, medians)")
for (mode, step), by in rows.items():
    cells = []
    for aids in ("none", "launcher"):
        v = by.get(aids, [(0, 0)])
        cells.append(f"{statistics.median(x for x, _ in v):13.0f} {statistics.median(y for _, y in v):6.0f}")
    print(f"{mode + ' / ' + step:66} {cells[0]} {cells[1]:>22}")
PY
