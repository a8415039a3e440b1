# Sourced by the bench scripts, from the repository root: `build MAVEN_ARGS...` runs a quiet Maven
# build and shows Maven's output only when it fails (never resolving offline: a fresh clone has
# nothing to resolve from).
build() {
  local log
  log=$(mktemp)
  if ! ./mvnw -q "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "bench/$(basename "$0"): the build failed (Maven's output above)" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}
