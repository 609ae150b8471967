#!/usr/bin/env bash
# Tagger benchmark: sentence detection alone, tokenize+POS alone, whole pipeline with and without
# keywords, on the findings of a folder of reports (default: the shared development corpus).
# Single-threaded; each figure is the mean of ROUNDS passes after a warm-up pass.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$here/../shared/corpus/txt}"
rounds="${2:-2}"
# the benchmark is a developer tool in the test sources, not in the shipped jar
[ -f "$here/target/ofsted-extract.jar" ] && [ -f "$here/target/test-classes/uk/ofstedextract/nlp/TaggerBenchmark.class" ] \
    || (cd "$here" && mvn -q -B package -DskipTests)
exec java -Xmx1g -cp "$here/target/ofsted-extract.jar:$here/target/test-classes" uk.ofstedextract.nlp.TaggerBenchmark "$dir" "$rounds"
