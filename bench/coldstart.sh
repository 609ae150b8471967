#!/usr/bin/env bash
# Cold-start benchmark (issue 17): each command run as a user runs it, in a fresh JVM, through the
# launcher, interleaved with `java -version` in the same loop so both see the same machine load.
# Prints, per command, the median wall time and CPU time (user+sys) over ROUNDS runs and their
# ratios to `java -version`. Targets: --version/--help/schema/codebook <= 3x; one ILACS report
# --no-keywords <= 8x, with keywords <= 12x (wall ratios).
#   bench/coldstart.sh [ROUNDS] [LAUNCHER]
# LAUNCHER defaults to ./ofsted-extract in this clone (it builds the jar and class-data archive
# first if missing); pass the bin/ofsted-extract of an unpacked release to measure that.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-7}"
launcher="${2:-$here/ofsted-extract}"
sample="$here/samples/ilacs-2018-wakefield.txt"
"$launcher" --version >/dev/null   # builds what is missing before timing starts
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
for ((r = 0; r < rounds; r++)); do
  for i in "${!names[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" bash -c "$(declare -f run); launcher='$launcher'; sample='$sample'; run $i" >/dev/null 2>"$tmp/err" \
      || { echo "command failed: ${names[$i]}" >&2; cat "$tmp/err" >&2; exit 1; }
    read -r wall user sys < "$tmp/t"
    echo "$i $wall $(echo "$user + $sys" | bc)" >> "$tmp/all"
  done
done
python3 - "$tmp/all" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
names = sys.argv[2:]
med = {}
for i, n in enumerate(names):
    w = [float(r[1]) for r in rows if int(r[0]) == i]
    c = [float(r[2]) for r in rows if int(r[0]) == i]
    med[i] = (statistics.median(w), statistics.median(c), min(w))
bw, bc, _ = med[0]
targets = {1: 3, 2: 3, 3: 3, 4: 3, 5: 8, 6: 12}
print(f"{'command':22} {'wall s':>7} {'min s':>6} {'cpu s':>6} {'x wall':>7} {'x cpu':>6} {'target':>7}")
for i, n in enumerate(names):
    w, c, m = med[i]
    t = f"<= {targets[i]}x" if i in targets else ""
    print(f"{n:22} {w:7.3f} {m:6.3f} {c:6.2f} {w / bw:7.1f} {c / max(bc, 0.01):6.1f} {t:>7}")
print(f"(medians of {len([r for r in rows if int(r[0]) == 0])} rounds; ratios to java -version in the same rounds)")
PY
