#!/usr/bin/env bash
# Distributed runs (issue #16): the same N generated articles with 1 worker and with 2 workers,
# through hanbridge run --distributed and the counting test engine answering each request after a
# fixed latency (no rate limit). Needs PostgreSQL and RabbitMQ (README, Scale-out), checked before
# anything else: the database is emptied before each configuration, so give it one of its own.
# Its files go to a new folder in /dev/shm (the system's temporary directory without it), deleted
# when the benchmark ends, however it ends.
#   bench/distributed.sh [N] [LATENCY_MS] [SLOTS] [THREADS] [ROUNDS]   default 2000 200 2 4 1
# ROUNDS > 1 runs the two configurations in turn (1 2 1 2 ...) and compares the medians of their
# translate steps: a slow phase of the database falls on one configuration of a round or the other.
#   SPRING_DATASOURCE_URL       default jdbc:postgresql://localhost:5432/hanbridge_bench (user and password hanbridge)
#   SPRING_RABBITMQ_HOST        default localhost
set -euo pipefail
for a in "$@"; do
  if ! [[ $a =~ ^[0-9]+$ ]] || (($# > 5)); then
    echo "usage: bench/distributed.sh [N] [LATENCY_MS] [SLOTS] [THREADS] [ROUNDS]   (whole numbers; default 2000 200 2 4 1)" >&2
    exit 2
  fi
done
cd "$(dirname "$0")/.."
n=${1:-2000}
latency=${2:-200}
slots=${3:-2}
threads=${4:-4}
rounds=${5:-1}
export SPRING_DATASOURCE_URL=${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5432/hanbridge_bench}
export SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME:-hanbridge}
export SPRING_DATASOURCE_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-hanbridge}
export SPRING_RABBITMQ_HOST=${SPRING_RABBITMQ_HOST:-localhost}
. bench/build.sh
build -DskipTests -pl app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
for m in common store ingest translate export; do cp="$cp:$m/target/classes"; done
configurations=()
for ((r = 0; r < rounds; r++)); do configurations+=(1 2); done
java -cp "$cp" dev.hanbridge.app.bench.DistributedBenchmark "$n" "$latency" "$slots" "$threads" "${configurations[@]}"
