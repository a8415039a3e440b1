#!/usr/bin/env bash
# What a run pays at the start for fuzzy matching: reading the memory from H2 and indexing it
# (see bench/FUZZY.md, "At the start of a run").
# Usage: bench/memory-start.sh [--units 100000] [--repeat 3]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
build -DskipTests -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# The test classes it needs (translate's SyntheticMemory) come with app's test-scope class path;
# the other modules' test classes would bring a second logback-test.xml, and Logback would list
# every copy it found. The store's configuration is the one for what this does (Flyway on H2).
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
for m in common store ingest translate export; do cp="$cp:$m/target/classes"; done
java ${JAVA_OPTS:--Xmx1g} -Dfile.encoding=UTF-8 -Dlogback.configurationFile=store/src/test/resources/logback-test.xml \
    -cp "$cp" dev.hanbridge.app.bench.MemoryStartBenchmark "$@"
