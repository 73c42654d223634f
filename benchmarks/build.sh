#!/usr/bin/env bash
# Engine benchmark: ContainerKit `./build.sh BuildGeneric` against plain `docker build` of the same
# rendered folders, on the same Docker daemon, in one run:
#   - cold: build cache pruned (`docker builder prune -af`) and the benchmark images removed;
#   - warm no-op: nothing changed (ContainerKit answers from the render-hash label; docker build
#     still uploads the context and resolves every step from the cache), median of N runs;
#   - one runtime apt package added to the definition (a copy of benchmarks/bench.env.csx);
#   - two matrix entries (environments bench-one and bench-two) cold and warm, `--parallelism 1`
#     against the default (all entries at once);
#   - the sizes of the images.
# The single-entry cases build bench-one's run image (target runtime-generic) and dev image
# (target development-generic), as BuildGeneric does. Images are tagged containerkit-bench/... and
# removed at the end; other images on the daemon are never touched. NOTE: the cold cases prune the
# daemon's whole BuildKit cache, so other people's next builds on this daemon start cold too.
#
# Usage: benchmarks/build.sh [warm runs (default 5)]
# Needs: a running Docker daemon (20.10+) that reaches a Debian mirror with host networking and has
#   debian:bookworm-slim; the Debian docker CLI at /usr/bin/docker (20.10, BuildKit through
#   DOCKER_BUILDKIT=1 without buildx; override with DOCKER=...), bash, GNU coreutils, awk, procps,
#   and what ./build.sh needs (the .NET SDK). Nothing is installed. The build output of each case
#   goes to artifacts/bench/logs/<case>.log.
# Sanity checks: a probe first checks that the daemon reuses its build cache at all (a concurrent
# build on the same daemon can defeat it, see the warning it prints), and the warm and "added" cases
# report whether the base stage (the Python apt install) ran again, which would void their figures.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/benchmarks/lib.sh"
WARM_RUNS="${1:-5}"
DOCKER="${DOCKER:-/usr/bin/docker}"
REPO=containerkit-bench
EXTRA_PACKAGE=jq
WORK="$ROOT/artifacts/bench"
DEFINITION="$WORK/bench.env.csx"
LOGS="$WORK/logs"
export DOCKER_BUILDKIT=1
cd "$ROOT"

rm -rf "$WORK"
mkdir -p "$WORK" "$LOGS"
: > "$WORK/image-ids"
export BENCH_LOG="$LOGS/setup.log"

say() { echo "[$(date +%H:%M:%S)] $*"; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# ContainerKit: the user's command, including Render and the definition script load.
ck() { ./build.sh BuildGeneric --definition "$DEFINITION" "$@"; }

# Plain docker: run then dev image of a rendered folder, as BuildGeneric does.
plain() {
  local folder="$1" name="$2"
  "$DOCKER" build --network host --progress plain --target runtime-generic --build-arg "REVISION=$REVISION" \
    -t "$REPO/plain-$name:run" "$folder"
  "$DOCKER" build --network host --progress plain --target development-generic --build-arg "REVISION=$REVISION" \
    -t "$REPO/plain-$name:dev" "$folder"
}

# Ids of the benchmark's images, so that images a rebuild left untagged can be removed too.
remember_images() {
  "$DOCKER" image ls -q --no-trunc --filter "reference=$REPO/*" >> "$WORK/image-ids"
}

remove_images() {
  remember_images
  "$DOCKER" image ls --format '{{.Repository}}:{{.Tag}}' --filter "reference=$REPO/*" | xargs -r "$DOCKER" rmi >> "$BENCH_LOG" 2>&1 || true
  local id
  for id in $(sort -u "$WORK/image-ids"); do
    # Only when no tag refers to it any more (a rebuild left it dangling).
    if [[ "$("$DOCKER" image inspect -f '{{len .RepoTags}}' "$id" 2>/dev/null)" == 0 ]]; then
      "$DOCKER" rmi "$id" >> "$BENCH_LOG" 2>&1 || true
    fi
  done
}

make_cold() {
  remove_images
  "$DOCKER" builder prune -af >> "$BENCH_LOG" 2>&1
}

# Times "$@" once with its output in logs/<case>.log; prints the ms.
timed() {
  local case="$1"
  shift
  BENCH_LOG="$LOGS/$case.log" time_ms "$@"
}

# Runs "$@" once untimed, then WARM_RUNS times (output in logs/<case>.log); prints the median ms.
warm_median() {
  local case="$1" samples=()
  shift
  local BENCH_LOG="$LOGS/$case.log"
  time_ms "$@" > /dev/null
  for ((i = 0; i < WARM_RUNS; i++)); do samples+=("$(time_ms "$@")"); done
  echo "    samples (ms): ${samples[*]}" >&2
  median "${samples[@]}"
}

# Lines reporting the base stage's Python apt install in a case: 0 expected unless cold (jobs that
# share one execution of the step each report it, so a cold parallel case shows several).
base_runs() {
  grep -c "Setting up python3-venv" "$LOGS/$1.log" || true
}

# Builds a one-step probe twice; the second build must take its RUN from the cache.
cache_probe() {
  local probe
  probe="$(mktemp -d)"
  printf 'FROM debian:bookworm-slim\nRUN echo "containerkit-bench cache probe %s" > /probe\n' "$$-$(date +%s)" > "$probe/Dockerfile"
  "$DOCKER" build --network host --progress plain -t "$REPO/probe:1" "$probe" >> "$LOGS/cache-probe.log" 2>&1
  "$DOCKER" build --network host --progress plain -t "$REPO/probe:1" "$probe" > "$LOGS/cache-probe-2.log" 2>&1
  rm -rf "$probe"
  grep -q "^#[0-9]* CACHED" "$LOGS/cache-probe-2.log"
}

size_mb() {
  "$DOCKER" image inspect -f '{{.Size}}' "$1" | awk '{ printf "%.1f", $1 / 1e6 }'
}

trap 'load_sampler_stop > "$WORK/load.txt" 2>&1 || true; remove_images' EXIT

say "docker CLI: $DOCKER ($("$DOCKER" version -f '{{.Client.Version}}')), daemon $("$DOCKER" version -f '{{.Server.Version}}'), DOCKER_BUILDKIT=1"
echo "== before"; machine_load 6
load_sampler_start
if cache_probe; then
  say "cache probe: a repeated build takes its RUN step from the cache"
else
  say "WARNING: cache probe: a repeated one-step build ran its RUN again: the daemon does not reuse its build"
  say "  cache right now (seen while another build from the same base ran concurrently, likely with --no-cache)."
  say "  The warm and 'added' figures below are then not meaningful; run again when the daemon is idle."
fi

# Warm the bootstrap and the script cache, and keep the rendered folders of the unchanged definition.
cp benchmarks/bench.env.csx "$DEFINITION"
time_ms ./build.sh Render --definition "$DEFINITION" > /dev/null
cp -a artifacts/containers/bench-one/amd64-cpu "$WORK/one-base"

say "cold: ContainerKit BuildGeneric bench-one (cache pruned)"
make_cold
ck_cold="$(timed ck-cold ck --environment bench-one)"
remember_images
REVISION="$("$DOCKER" image inspect -f '{{index .Config.Labels "org.opencontainers.image.revision"}}' "$REPO/bench-one:amd64-cpu-run-latest-root")"
say "  $(seconds "$ck_cold") s (revision label $REVISION)"

say "warm no-op: ContainerKit BuildGeneric bench-one x $WARM_RUNS"
ck_warm="$(warm_median ck-warm ck --environment bench-one)"
say "  median $(seconds "$ck_warm") s ('up to date' images: $(grep -c 'is up to date' "$LOGS/ck-warm.log" || true) of $((2 * (WARM_RUNS + 1))))"

say "one runtime apt package added ($EXTRA_PACKAGE): ContainerKit BuildGeneric bench-one"
sed -i "s|/\* extra runtime apt \*/|, \"$EXTRA_PACKAGE\"|" "$DEFINITION"
grep -q "\"$EXTRA_PACKAGE\"" "$DEFINITION" || { echo "could not add $EXTRA_PACKAGE to $DEFINITION" >&2; exit 1; }
ck_added="$(timed ck-added ck --environment bench-one)"
remember_images
cp -a artifacts/containers/bench-one/amd64-cpu "$WORK/one-added"
ck_run_mb="$(size_mb "$REPO/bench-one:amd64-cpu-run-latest-root")"
ck_dev_mb="$(size_mb "$REPO/bench-one:amd64-cpu-dev-latest-root")"
cp benchmarks/bench.env.csx "$DEFINITION"
say "  $(seconds "$ck_added") s"

say "cold: docker build bench-one (cache pruned)"
make_cold
plain_cold="$(timed plain-cold plain "$WORK/one-base" bench-one)"
remember_images
say "  $(seconds "$plain_cold") s"

say "warm no-op: docker build bench-one x $WARM_RUNS"
plain_warm="$(warm_median plain-warm plain "$WORK/one-base" bench-one)"
say "  median $(seconds "$plain_warm") s"

say "one runtime apt package added ($EXTRA_PACKAGE): docker build bench-one"
plain_added="$(timed plain-added plain "$WORK/one-added" bench-one)"
remember_images
say "  $(seconds "$plain_added") s"

plain_run_mb="$(size_mb "$REPO/plain-bench-one:run")"
plain_dev_mb="$(size_mb "$REPO/plain-bench-one:dev")"
base_mb="$(size_mb debian:bookworm-slim)"

say "cold: ContainerKit BuildGeneric bench-one + bench-two, --parallelism 1"
make_cold
serial_cold="$(timed serial-cold ck --parallelism 1)"
remember_images
say "  $(seconds "$serial_cold") s"
say "warm no-op: bench-one + bench-two, --parallelism 1 x $WARM_RUNS"
serial_warm="$(warm_median serial-warm ck --parallelism 1)"
say "  median $(seconds "$serial_warm") s"

say "cold: ContainerKit BuildGeneric bench-one + bench-two, default parallelism (2)"
make_cold
parallel_cold="$(timed parallel-cold ck)"
remember_images
say "  $(seconds "$parallel_cold") s"
say "warm no-op: bench-one + bench-two, default parallelism x $WARM_RUNS"
parallel_warm="$(warm_median parallel-warm ck)"
say "  median $(seconds "$parallel_warm") s"
two_run_mb="$(size_mb "$REPO/bench-two:amd64-cpu-run-latest-root")"
two_dev_mb="$(size_mb "$REPO/bench-two:amd64-cpu-dev-latest-root")"

trap - EXIT
load_sampler_stop > "$WORK/load.txt"
say "removing the benchmark images"
remove_images
left="$("$DOCKER" image ls -q --filter "reference=$REPO/*" | wc -l)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "== figures (seconds; warm = median of $WARM_RUNS; cold and added = one run each)"
printf '%-44s %12s %12s %10s\n' "bench-one, run + dev image" "ContainerKit" "docker build" "CK/docker"
printf '%-44s %12s %12s %10s\n' "cold (cache pruned)" "$(seconds "$ck_cold")" "$(seconds "$plain_cold")" "$(ratio "$ck_cold" "$plain_cold")"
printf '%-44s %12s %12s %10s\n' "warm no-op" "$(seconds "$ck_warm")" "$(seconds "$plain_warm")" "$(ratio "$ck_warm" "$plain_warm")"
printf '%-44s %12s %12s %10s\n' "after adding runtime apt package $EXTRA_PACKAGE" "$(seconds "$ck_added")" "$(seconds "$plain_added")" "$(ratio "$ck_added" "$plain_added")"
echo
printf '%-44s %12s %12s %10s\n' "bench-one + bench-two (ContainerKit)" "serial" "parallel" "speed-up"
printf '%-44s %12s %12s %10s\n' "cold (cache pruned)" "$(seconds "$serial_cold")" "$(seconds "$parallel_cold")" "$(ratio "$serial_cold" "$parallel_cold")"
printf '%-44s %12s %12s %10s\n' "warm no-op" "$(seconds "$serial_warm")" "$(seconds "$parallel_warm")" "$(ratio "$serial_warm" "$parallel_warm")"
echo
printf '%-44s %12s %12s\n' "image size (MB; base debian:bookworm-slim $base_mb)" "ContainerKit" "docker build"
printf '%-44s %12s %12s\n' "bench-one run (+$EXTRA_PACKAGE)" "$ck_run_mb" "$plain_run_mb"
printf '%-44s %12s %12s\n' "bench-one dev (+$EXTRA_PACKAGE)" "$ck_dev_mb" "$plain_dev_mb"
printf '%-44s %12s %12s\n' "bench-two run" "$two_run_mb" "-"
printf '%-44s %12s %12s\n' "bench-two dev" "$two_dev_mb" "-"
echo
echo "base stage (Python apt install) reported per case (each job sharing it reports it); must be 0 for warm and added:"
for case in ck-cold plain-cold ck-warm plain-warm ck-added plain-added serial-cold parallel-cold serial-warm parallel-warm; do
  printf '  %-14s %s\n' "$case" "$(base_runs "$case")"
done
echo
echo "== what else ran"
cat "$WORK/load.txt"
echo "benchmark images left on the daemon: $left; build cache: pruned for the cold cases (the benchmark's own entries remain)"
