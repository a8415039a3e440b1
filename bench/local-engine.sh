#!/usr/bin/env bash
# Segments per second and peak memory of the local engine's runtime (see bench/LOCAL.md).
# Usage: bench/local-engine.sh [MODEL_DIR] [--segments 352] [--runs 3] [--beams 0] [--batch 8]
#                              [--threads N] [--precision AUTO|QUANTIZED|FULL]
# Without MODEL_DIR it runs the tiny random-weight test model; any Marian ONNX model folder works.
set -euo pipefail
args=()
for a in "$@"; do
  # A model folder given relative to the caller's directory.
  if [ -d "$a" ]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$0")/.."
cp="$PWD/translate/target/bench.classpath"
. bench/build.sh
build -pl translate -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
exec java ${JAVA_OPTS:-} -cp "translate/target/test-classes:translate/target/classes:$(cat "$cp")" \
    -Dlogback.configurationFile=translate/src/test/resources/logback-test.xml \
    dev.hanbridge.translate.bench.LocalEngineBenchmark "${args[@]+"${args[@]}"}"
