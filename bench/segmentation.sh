#!/usr/bin/env bash
# Scores the Korean sentence segmenter on a folder of kss-format gold files and measures its speed.
# Usage: bench/segmentation.sh DIR [--errors]
#   DIR       folder of *.txt gold files (e.g. ../shared/data/segmentation/kss); read only, never copied
#   --errors  also print the paragraphs not reproduced exactly (study output: keep it out of the repo)
# Builds common and ingest (main + test classes; Maven's output shown only when the build fails), then
# runs the benchmark main class, which needs nothing but the JDK and the compiled classes.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 DIR_OF_KSS_GOLD_FILES [--errors]" >&2
  exit 2
fi
if [ ! -d "$1" ]; then
  echo "bench/segmentation.sh: $1 is not a folder (seen from $PWD); give the folder of kss *.txt gold files" >&2
  exit 2
fi
# DIR as the caller meant it, relative to the caller's directory, before the cd below.
dir=$(realpath "$1")
shift
cd "$(dirname "$0")/.."
. bench/build.sh
build -pl ingest -am test-compile
exec java -Dfile.encoding=UTF-8 -cp ingest/target/test-classes:ingest/target/classes:common/target/classes \
  dev.hanbridge.ingest.segment.SegmentationBenchmark "$dir" "$@"
