#!/usr/bin/env bash
# Whole-job benchmark (issue #2): N generated articles in mixed formats, job with the 'none'
# engine vs Tika-only extraction of the same files, articles/s and peak heap.
#   bench/pipeline.sh [N]        default N=500; compare 500 and 2000 for memory
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
./mvnw -q -DskipTests -pl app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
for m in common ingest translate export; do cp="$cp:$m/target/classes"; done
exec java -Xmx${HANBRIDGE_BENCH_HEAP:-1g} -cp "$cp" dev.hanbridge.app.bench.PipelineBenchmark "$n"
