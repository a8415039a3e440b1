#!/usr/bin/env bash
# Precision, recall and false-alarm rate of each QA check on the committed test sets (see bench/QA.md).
# Usage: bench/qa.sh [--errors]
#   --errors  also print each pair where a check disagrees with its label, with the findings
# Reports and never fails on the figures; QaTestSetTest guards a floor under them in the build.
set -euo pipefail
cd "$(dirname "$0")/.."
# Maven prints its errors on standard output: keep them, and show them when the build fails.
log=$(mktemp)
if ! ./mvnw -q -pl translate -am test-compile >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench/qa.sh: the build failed (Maven's output above)" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
exec java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    -cp translate/target/test-classes:translate/target/classes:common/target/classes \
    dev.hanbridge.translate.qa.QaBenchmark "$@"
