#!/usr/bin/env bash
# Scores a translation against a reference translation with chrF2 and BLEU, computed as
# sacreBLEU 2 does with its defaults (QualityScoresTest checks against sacreBLEU's own figures).
# Usage: bench/quality.sh HYPOTHESES REFERENCES   (UTF-8 text files, one segment per line, paired)
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: bench/quality.sh HYPOTHESES REFERENCES   (UTF-8 text, one segment per line)" >&2
  exit 2
fi
hyp=$(realpath "$1")
ref=$(realpath "$2")
cd "$(dirname "$0")/.."
# Maven prints its errors on standard output: keep them, and show them when the build fails.
log=$(mktemp)
if ! ./mvnw -q -pl translate -am compile >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/quality.sh: the build failed (Maven's output above)" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
exec java ${JAVA_OPTS:-} -cp translate/target/classes dev.hanbridge.translate.quality.Quality "$hyp" "$ref"
