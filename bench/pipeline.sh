#!/usr/bin/env bash
# Whole-job benchmark (issue #2): N generated articles in mixed formats, job with the 'none'
# engine vs Tika-only extraction of the same files, articles/s and peak heap.
#   bench/pipeline.sh [N]        default N=500; compare 500 and 2000 for memory
#   HANBRIDGE_BENCH_HEAP=96m     maximum heap (default 1g)
#   HANBRIDGE_BENCH_DIR=/dev/shm where the files go (default: the system's temporary directory)
#   HANBRIDGE_BENCH_ENGINE=counting  a test engine that answers at once, so every segment is stored
#                                and QA-checked (default none: nothing translated, nothing checked)
set -euo pipefail
# HANBRIDGE_BENCH_DIR as the caller meant it, relative to the caller's directory, before the cd.
if [[ -n ${HANBRIDGE_BENCH_DIR:-} ]]; then HANBRIDGE_BENCH_DIR=$(realpath -m "$HANBRIDGE_BENCH_DIR"); fi
cd "$(dirname "$0")/.."
n=${1:-500}
. bench/build.sh
build -DskipTests -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
for m in common store ingest translate export; do cp="$cp:$m/target/classes"; done
# Where the articles, the database and the exports go: the system's temporary directory, or
# HANBRIDGE_BENCH_DIR (e.g. /dev/shm to measure without the disk).
dir_opt=()
if [[ -n ${HANBRIDGE_BENCH_DIR:-} ]]; then
  mkdir -p "$HANBRIDGE_BENCH_DIR"
  dir_opt=("-Djava.io.tmpdir=$HANBRIDGE_BENCH_DIR")
fi
# The benchmark deletes tens of thousands of files when it ends. ext4 without a journal (this
# machine's disk) will not reuse an inode deleted less than 60 s ago (300 s while its inode-table
# block is dirty) and walks past each one on every create: creating a file took ten times as long
# here, which slows the export step of a run started soon after the last one. See BENCHMARKS.md.
stamp=target/bench-pipeline.ended
if [[ -f $stamp ]] && (( $(date +%s) - $(stat -c %Y "$stamp") < 300 )) && [[ ${HANBRIDGE_BENCH_DIR:-} != /dev/shm* ]]; then
  echo "note: the last benchmark ended less than 5 minutes ago; on ext4 its clean-up can slow file creation" \
    "in this run (see BENCHMARKS.md)" >&2
fi
status=0
java -Xmx${HANBRIDGE_BENCH_HEAP:-1g} "${dir_opt[@]}" -Dhanbridge.bench.engine="${HANBRIDGE_BENCH_ENGINE:-none}" -cp "$cp" dev.hanbridge.app.bench.PipelineBenchmark "$n" || status=$?
mkdir -p target && touch "$stamp"
exit $status
