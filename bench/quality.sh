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
. bench/build.sh
build -pl translate -am compile
exec java ${JAVA_OPTS:-} -cp translate/target/classes dev.hanbridge.translate.quality.Quality "$hyp" "$ref"
