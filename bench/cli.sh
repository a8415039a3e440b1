#!/usr/bin/env bash
# Whole-process benchmark of the command line (issue #15): every figure is a whole `./hanbridge`
# process as a person or cron starts it (JVM start-up included), timed by /usr/bin/time.
#
#   bench/cli.sh                      1,000 generated articles, 5 rounds, then one run of 10,000
#   bench/cli.sh --articles 500 --rounds 3 --large 0 --history 0
#
# --history N: then N runs of 200 new articles each into one database, as cron makes them every 15
# minutes; a run should take as long after a history as the first did (it did not: see BENCHMARKS.md).
#
# Each round runs every case once, in an order that rotates from round to round, so that the
# machine's load (other builds) falls on all of them alike; the table gives medians. The run of N
# articles and a plain Tika batch of the same files (AutoDetectParser, two threads, text written
# out) follow each other in every round. Files go to HANBRIDGE_BENCH_DIR (default: a new folder in
# the system's temporary directory) and are deleted at the end. HANBRIDGE_LAUNCHER measures
# another checkout's launcher (e.g. the code before a change).
set -euo pipefail
# Paths in the environment as the caller meant them, relative to the caller's directory, before the cd.
if [[ -n ${HANBRIDGE_BENCH_DIR:-} ]]; then HANBRIDGE_BENCH_DIR=$(realpath -m "$HANBRIDGE_BENCH_DIR"); fi
if [[ ${HANBRIDGE_LAUNCHER:-} == */* ]]; then HANBRIDGE_LAUNCHER=$(realpath -m "$HANBRIDGE_LAUNCHER"); fi
cd "$(dirname "$0")/.."
root=$PWD
articles=1000 rounds=5 large=10000 history=10
while (($#)); do
  case $1 in
    --articles) articles=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --large) large=$2; shift 2 ;;
    --history) history=$2; shift 2 ;;
    *) echo "usage: bench/cli.sh [--articles N] [--rounds R] [--large N (0: none)] [--history N (0: none)]" >&2
       exit 2 ;;
  esac
done
hb=${HANBRIDGE_LAUNCHER:-$root/hanbridge}
timer=/usr/bin/time
if [[ ! -x $timer ]]; then
  echo "bench/cli.sh: needs GNU time at /usr/bin/time for wall time, CPU time and peak memory (Debian: apt-get install time)" >&2
  exit 1
fi

# The application (the jar the launcher runs) and the class path of the article generator and the
# Tika batch (test classes over the application's own runtime jars).
. bench/build.sh
build -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=runtime
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"

[[ -n ${HANBRIDGE_BENCH_DIR:-} ]] && mkdir -p "$HANBRIDGE_BENCH_DIR"
work=$(mktemp -d "${HANBRIDGE_BENCH_DIR:-${TMPDIR:-/tmp}}/hanbridge-cli-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
java -cp "$cp" dev.hanbridge.app.bench.GenerateArticles "$work/inbox" "$articles"
for ((r = 0; r <= rounds; r++)); do # one folder per run of one article: each a new source
  java -cp "$cp" dev.hanbridge.app.bench.GenerateArticles "$work/one-$r" 1 $((100000 + r))
done
sentence='한빛전자는 “신제품을 공개했다”며 웃었다. 주가는 3.5% 올랐다.'

# Untimed: the launcher's own preparation after a build (see README), and a first run so that
# `jobs` and the one-article runs find a database with a run in it, as cron's runs do.
"$hb" --version >/dev/null
"$hb" run "$work/one-0" --engine none --data "$work/data" --out "$work/out" >/dev/null

declare -A wall cpu rss
measure() { # measure NAME COMMAND...: appends wall s, CPU s and peak RSS (MB) to the case's lists
  local name=$1; shift
  local t="$work/time" err="$work/stderr"
  if ! "$timer" -f '%e %U %S %M' -o "$t" "$@" >/dev/null 2>"$err"; then
    cat "$err" >&2
    echo "bench/cli.sh: '$name' failed (its error output above)" >&2
    exit 1
  fi
  read -r e u s m <"$t"
  wall[$name]+="$e "
  cpu[$name]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
  rss[$name]+="$((m / 1024)) "
}
run_case() {
  case $1 in
    version) measure version "$hb" --version ;;
    jobs) measure jobs "$hb" jobs -n 1 --data "$work/data" ;;
    engines) measure engines "$hb" engines ;;
    segment) measure segment bash -c 'printf "%s\n" "$1" | "$2" segment' _ "$sentence" "$hb" ;;
    run-one) measure run-one "$hb" run "$work/one-$r" --engine none --data "$work/data" --out "$work/out" ;;
    batch) # the job and the Tika batch, back to back; each job gets a new database
      measure run-batch "$hb" run "$work/inbox" --engine none --data "$work/data-$r" --out "$work/out-$r"
      measure tika java -cp "$cp" dev.hanbridge.app.bench.TikaBatch "$work/inbox" "$work/tika-$r" 2 ;;
  esac
}
cases=(version jobs engines segment run-one batch)
for ((r = 1; r <= rounds; r++)); do
  echo "round $r of $rounds" >&2
  for ((i = 0; i < ${#cases[@]}; i++)); do
    run_case "${cases[$(((i + r) % ${#cases[@]}))]}"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { tr ' ' '\n' | grep . | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
row() { # row NAME LABEL TARGET_SECONDS
  local w; w=$(median <<<"${wall[$1]}")
  local met=""
  [[ -n $3 ]] && met=$(awk -v w="$w" -v t="$3" 'BEGIN { print (w <= t) ? "met (≤ " t " s)" : "NOT met (≤ " t " s)" }')
  printf '| %s | %s s | %s s | %s s | %s MB | %s |\n' "$2" "$w" "$(range <<<"${wall[$1]}")" \
    "$(median <<<"${cpu[$1]}")" "$(median <<<"${rss[$1]}")" "$met"
}
echo
echo "Whole processes, medians of $rounds rounds on $(nproc) cores; $(java -version 2>&1 | head -1)"
echo
echo '| command | wall | wall range | CPU (user + sys) | peak RSS | target |'
echo '| --- | ---: | ---: | ---: | ---: | --- |'
row version 'hanbridge --version' ''
row jobs 'hanbridge jobs -n 1' 1.5
row engines 'hanbridge engines' 1.5
row segment 'hanbridge segment (one line on standard input)' 1.5
row run-one 'hanbridge run, 1 article, none' 3
row run-batch "hanbridge run, $articles articles, none" ''
row tika "Tika batch, same $articles files, 2 threads" ''
job=$(median <<<"${wall[run-batch]}") tika=$(median <<<"${wall[tika]}")
ratios=$(paste -d' ' <(tr ' ' '\n' <<<"${wall[run-batch]}" | grep .) <(tr ' ' '\n' <<<"${wall[tika]}" | grep .) \
  | awk '{ printf "%.2f ", $1 / $2 }')
echo
awk -v j="$job" -v t="$tika" -v jc="$(median <<<"${cpu[run-batch]}")" -v tc="$(median <<<"${cpu[tika]}")" -v per="$ratios" \
  'BEGIN { printf "run / Tika: %.2f wall (per round: %s; target ≤ 1.3), %.2f CPU\n", j / t, per, jc / tc }'

if ((large > 0)); then
  echo "run of $large articles (once)" >&2
  java -cp "$cp" dev.hanbridge.app.bench.GenerateArticles "$work/large" "$large"
  measure large "$hb" run "$work/large" --engine none --data "$work/data-large" --out "$work/out-large"
  read -r lw <<<"${wall[large]}"; read -r lr <<<"${rss[large]}"
  small=$(median <<<"${rss[run-batch]}")
  echo "run of $large articles: ${lw} s wall, peak RSS ${lr} MB against ${small} MB for $articles" \
    "($(awk -v a="$lr" -v b="$small" 'BEGIN { print (a <= b) ? "not higher: met" : "higher: NOT met" }'))"
fi

if ((history > 0)); then
  echo "$history runs of 200 new articles into one database" >&2
  walls=()
  for ((h = 1; h <= history; h++)); do
    java -cp "$cp" dev.hanbridge.app.bench.GenerateArticles "$work/cron-$h" 200 $((200000 + 1000 * h))
    measure "cron-$h" "$hb" run "$work/cron-$h" --engine none --data "$work/data-cron" --out "$work/out-cron"
    read -r w <<<"${wall[cron-$h]}"
    walls+=("$w")
  done
  echo "cron history: $history runs of 200 new articles into one database, wall per run: ${walls[*]} s" \
    "(first ${walls[0]} s, last ${walls[-1]} s)"
fi
