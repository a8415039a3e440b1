#!/usr/bin/env bash
# Translate-step throughput against a local rate-limited fake provider (see bench/TRANSLATE.md).
# Usage: bench/translate.sh [--articles 80] [--segments 100] [--threads 4] [--rate 10]
#                           [--latency-ms 150] [--batch 50] [--burst 2] [--pack 1|N|auto] [--context true]
#        bench/translate.sh short     1,000 ten-segment articles without context: one request set per
#                                     article, then packed as the translate step does (issue #15)
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$PWD/translate/target/bench.classpath"
. bench/build.sh
build -pl translate -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
bench() {
  java ${JAVA_OPTS:-} -cp "translate/target/test-classes:translate/target/classes:$(cat "$cp")" \
      -Dlogback.configurationFile=translate/src/test/resources/logback-test.xml \
      dev.hanbridge.translate.bench.TranslateBenchmark "$@"
}
if [[ ${1:-} == short ]]; then
  echo "== one article per unit of work (the step before issue #15)"
  status=0
  bench --articles 1000 --segments 10 --context false --pack 1 || status=$?
  echo
  echo "== packed as the translate step does"
  bench --articles 1000 --segments 10 --context false --pack auto || status=$?
  exit $status
fi
bench "$@"
