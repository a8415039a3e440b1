#!/usr/bin/env bash
# Precision, recall and false-alarm rate of each QA check on the committed test sets (see bench/QA.md).
# Usage: bench/qa.sh [--errors]
#   --errors  also print each pair where a check disagrees with its label, with the findings
# Reports and never fails on the figures; QaTestSetTest guards a floor under them in the build.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
build -pl translate -am test-compile
exec java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    -cp translate/target/test-classes:translate/target/classes:common/target/classes \
    dev.hanbridge.translate.qa.QaBenchmark "$@"
