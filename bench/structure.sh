#!/usr/bin/env bash
# Article structure on the gold set we wrote (see bench/STRUCTURE.md): per format, block-kind
# accuracy, paragraph-boundary precision/recall/F1, metadata accuracy and exact blocks.
# Usage: bench/structure.sh [GOLD_DIR] [--errors]
#   GOLD_DIR  another gold set laid out as the default one, ingest/src/test/resources/dev/hanbridge/ingest/gold
#             (dev/ and heldout/, one folder per article)
#   --errors  also print every document whose blocks or metadata differ from its gold, side by side
# Reports and never fails on the figures; GoldSetTest guards a floor under them in the build.
set -euo pipefail
args=()
for a in "$@"; do
  case $a in
    --*) args+=("$a") ;;
    *) # A gold folder given relative to the caller's directory (the benchmark runs in ingest/).
      if [ ! -d "$a" ]; then
        echo "bench/structure.sh: $a is not a folder (seen from $PWD); usage: bench/structure.sh [GOLD_DIR] [--errors]" >&2
        exit 2
      fi
      args+=("$(realpath "$a")") ;;
  esac
done
cd "$(dirname "$0")/.."
. bench/build.sh
build -DskipTests -pl ingest -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/structure.classpath -Dmdep.includeScope=test
cd ingest
exec java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:../common/target/classes:$(cat target/structure.classpath)" \
    dev.hanbridge.ingest.gold.StructureBenchmark "${args[@]+"${args[@]}"}"
