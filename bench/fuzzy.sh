#!/usr/bin/env bash
# Fuzzy matching of the translation memory: build time, heap, lookup time and recall (see bench/FUZZY.md).
# Usage: bench/fuzzy.sh [--units 100000,1000000] [--queries 1000] [--min 70] [--max 5] [--check 0]
#                       [--compare ../shared/data/segmentation/kss]   (real sentences to compare variety with)
# Each size runs in its own JVM (JAVA_OPTS, default -Xmx3g) so that the heap figure is the index's alone.
set -euo pipefail
sizes="100000,1000000"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --units) sizes="$2"; shift 2 ;;
    --compare)
      if [ ! -d "${2:-}" ]; then
        echo "bench/fuzzy.sh: --compare needs a folder of *.txt sentences; '${2:-}' is not one (seen from $PWD)" >&2
        exit 2
      fi
      # The folder as the caller meant it, relative to the caller's directory, before the cd below.
      args+=("$1" "$(realpath "$2")"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
cd "$(dirname "$0")/.."
cp="$PWD/translate/target/bench.classpath"
. bench/build.sh
build -pl translate -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
for units in ${sizes//,/ }; do
  echo "== $units units"
  java ${JAVA_OPTS:--Xmx3g} -Dfile.encoding=UTF-8 \
      -cp "translate/target/test-classes:translate/target/classes:$(cat "$cp")" \
      dev.hanbridge.translate.memory.FuzzyBenchmark --units "$units" ${args[@]+"${args[@]}"}
done
