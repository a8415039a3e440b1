#!/usr/bin/env bash
# The runs page under load (issue #14): a fresh database with RUNS real runs, `hanbridge serve` on
# it, then /runs, /api/runs and /api/runs/1 from CONCURRENCY clients (the JDK's HttpClient).
#   bench/runs-page.sh [RUNS] [REQUESTS] [CONCURRENCY]     defaults: 1000 2000 20
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
build -DskipTests -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
for m in common store ingest translate export; do cp="$cp:$m/target/classes"; done
exec java -cp "$cp" dev.hanbridge.app.bench.RunsPageBenchmark "$@"
