#!/usr/bin/env bash
# The kill soak (issue #14): `hanbridge run` killed with SIGKILL at random moments of its ingest,
# translate and export steps, KILLS times or for MINUTES (the last run, left to finish, may add a few),
# against the test engine `counting`, which logs every text it receives; then lost, duplicate and
# resent segments, orphan files and articles not exported exactly once. Run by hand, not by CI.
# Exits 1 when a check fails (its folder is then kept).
#   bench/soak.sh [KILLS] [MINUTES] [SEED]     defaults: 20 20 (the clock)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/build.sh
build -DskipTests -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="$PWD/app/target/test-classes:$PWD/app/target/classes:$(cat app/target/bench.classpath)"
cp="$cp:$PWD/translate/target/test-classes"
for m in common store ingest translate export; do cp="$cp:$PWD/$m/target/classes"; done
exec java -cp "$cp" dev.hanbridge.app.bench.KillSoak "$@"
