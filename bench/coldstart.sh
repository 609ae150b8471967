#!/usr/bin/env bash
# Cold-start benchmark (issue 17): each command run as a user runs it, in a fresh JVM, through the
# launcher, interleaved with `java -version` in the same loop so both see the same machine load.
# Prints, per command, the median wall time and CPU time (user+sys) over ROUNDS runs and their
# ratios to `java -version`. Targets: --version/--help/schema/codebook <= 3x; one ILACS report
# --no-keywords <= 8x, with keywords <= 12x (wall ratios).
#   bench/coldstart.sh [ROUNDS] [LAUNCHER [LAUNCHER_B]]
# LAUNCHER defaults to ./ofsted-extract in this clone (it builds the jar and class-data archive
# first if missing); pass the bin/ofsted-extract of an unpacked release to measure that. With a
# second launcher, each command runs through both in the same round (A B, then B A in the next
# round), so two builds are compared under the same load; the table then also gives, per command,
# the range and median of B's time over A's in each round (wall and CPU).
# COLDSTART_ONLY="5 6" times only those commands (numbered as in the table from 1, --version; java -version always
# runs): a paired A/B run of one report's two commands takes a third of the time of all of them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LC_ALL=C   # a full stop in $EPOCHREALTIME and `times`
rounds="${1:-7}"
launchers=("${2:-$here/ofsted-extract}")
if [ -n "${3:-}" ]; then launchers+=("$3"); fi
sample="$here/samples/ilacs-2018-wakefield.txt"
for l in "${launchers[@]}"; do
  "$l" --version >/dev/null   # builds what is missing before timing starts
done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
names=("java -version" "--version" "--help" "schema" "codebook" "--no-keywords ILACS" "ILACS (keywords)")
run() {
  case "$1" in
    0) java -version ;;
    1) "$launcher" --version ;;
    2) "$launcher" --help ;;
    3) "$launcher" schema ;;
    4) "$launcher" codebook ;;
    5) "$launcher" --no-keywords "$sample" ;;
    6) "$launcher" "$sample" ;;
  esac
}
only=" 0 ${COLDSTART_ONLY:-1 2 3 4 5 6} "
for ((r = 0; r < rounds; r++)); do
  for i in "${!names[@]}"; do
    [[ "$only" == *" $i "* ]] || continue
    order=("${!launchers[@]}")
    if (( r % 2 == 1 && ${#launchers[@]} == 2 )); then order=(1 0); fi
    for l in "${order[@]}"; do
      launcher="${launchers[$l]}"
      # wall from $EPOCHREALTIME (microseconds) and CPU from the subshell's `times` (milliseconds): /usr/bin/time's
      # 10 ms ticks were a third of `java -version` and made its ratios jump
      ( s=$EPOCHREALTIME; run "$i" >/dev/null 2>"$tmp/err" || exit 1; e=$EPOCHREALTIME; echo "$s $e"; times ) > "$tmp/t" \
        || { echo "command failed: ${names[$i]} ($launcher)" >&2; cat "$tmp/err" >&2; exit 1; }
      python3 - "$tmp/t" "$l $r $i" >> "$tmp/all" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().split("\n")
s, e = map(float, lines[0].split())
cpu = sum(int(m) * 60 + float(x) for m, x in re.findall(r"(\d+)m([\d.]+)s", lines[2]))  # the children's user + sys
print(sys.argv[2], f"{e - s:.4f}", f"{cpu:.4f}")
PY
    done
  done
done
python3 - "$tmp/all" "${#launchers[@]}" "${launchers[@]}" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
k = int(sys.argv[2])
launchers = sys.argv[3:3 + k]
names = sys.argv[3 + k:]
targets = {1: 3, 2: 3, 3: 3, 4: 3, 5: 8, 6: 12}
t = {}  # (launcher, round, command) -> (wall, cpu)
for l, r, i, w, c in rows:
    t[(int(l), int(r), int(i))] = (float(w), float(c))
rounds = sorted({key[1] for key in t})
timed = sorted({key[2] for key in t})
for l, path in enumerate(launchers):
    if k > 1:
        print(f"{'AB'[l]}: {path}")
    med = {}
    for i in timed:
        w = [t[(l, r, i)][0] for r in rounds]
        c = [t[(l, r, i)][1] for r in rounds]
        med[i] = (statistics.median(w), statistics.median(c), min(w))
    bw, bc, _ = med[0]
    print(f"{'command':22} {'wall s':>7} {'min s':>6} {'cpu s':>6} {'x wall':>7} {'x cpu':>6} {'target':>7}")
    for i in timed:
        n = names[i]
        w, c, m = med[i]
        tg = f"<= {targets[i]}x" if i in targets else ""
        print(f"{n:22} {w:7.3f} {m:6.3f} {c:6.3f} {w / bw:7.1f} {c / max(bc, 0.01):6.1f} {tg:>7}")
    print(f"(medians of {len(rounds)} rounds; ratios to java -version in the same rounds)")
if k == 2:
    print("B / A, per round (paired):")
    print(f"{'command':22} {'wall min':>8} {'median':>7} {'max':>6} {'cpu min':>8} {'median':>7} {'max':>6}")
    for i in timed[1:]:
        n = names[i]
        w = sorted(t[(1, r, i)][0] / t[(0, r, i)][0] for r in rounds)
        c = sorted(t[(1, r, i)][1] / max(t[(0, r, i)][1], 0.01) for r in rounds)
        print(f"{n:22} {w[0]:8.2f} {statistics.median(w):7.2f} {w[-1]:6.2f} {c[0]:8.2f} {statistics.median(c):7.2f} {c[-1]:6.2f}")
PY
