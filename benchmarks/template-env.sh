#!/usr/bin/env bash
# Template-shaped benchmark (issue 12, item 4): ContainerKit `./build.sh BuildGeneric` of an environment with
# the research template's default lists (benchmarks/template.env.csx) against plain `docker build` of the
# run and dev targets of the same rendered folder, on the same daemon, in one run. ContainerKit's time
# includes the edit loop: the definition is a script edited before the run, so the time covers compiling it
# (Roslyn, in process), Render, the base image check and the build.
# Cases (ratio = ContainerKit / docker build):
#   - no-op: nothing changed, median of N interleaved runs (ContainerKit answers from each image's own
#     render-hash label; docker build uploads the context and resolves every step from the cache);
#   - add a runtime package: ContainerKit adds jq to the runtime list; docker build gets the folder rendered
#     before the edit with bc added to the same apt line (a different, equally fresh package, so neither side
#     finds the other's layer in the cache); one run each;
#   - add a dev package: the same with file (ContainerKit) and bsdextrautils (docker build) in the dev list;
#   - cold: only with --cold: each side builds on a PRIVATE cold daemon (lib.sh private_daemon_start: its own
#     data root, an empty BuildKit cache, only the test base copied in), started fresh for each side; the shared
#     daemon's cache is never pruned. Off by default (it costs two full cold builds).
# Images are tagged containerkit-bench/... and removed at the end; other images are never touched.
#
# Usage: benchmarks/template-env.sh [no-op runs (default 5)] [--cold] [--no-op-only]
#   --no-op-only: only the warm-up, the no-op and its floor (no apt layers are built).
# Needs: a running Docker daemon (20.10+) with containerkit-test/debian:bookworm (./build.sh TestEngine) that
#   reaches a Debian mirror with host networking; the docker CLI (DOCKER=..., default /usr/bin/docker); bash,
#   GNU coreutils, awk, sed, procps; what ./build.sh needs. Build output goes to artifacts/bench/template/logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/benchmarks/lib.sh"
RUNS=5 COLD=false NOOP_ONLY=false
for argument in "$@"; do
  case "$argument" in
    --cold) COLD=true ;;
    --no-op-only) NOOP_ONLY=true ;;
    *) RUNS="$argument" ;;
  esac
done
DOCKER="${DOCKER:-/usr/bin/docker}"
REPO=containerkit-bench
WORK="$ROOT/artifacts/bench/template"
DEFINITION="$WORK/template.env.csx"
LOGS="$WORK/logs"
FOLDER="$ROOT/artifacts/containers/template/amd64-cpu"
export DOCKER_BUILDKIT=1
cd "$ROOT"
rm -rf "$WORK"
mkdir -p "$WORK" "$LOGS"

say() { echo "[$(date +%H:%M:%S)] $*"; }
ck() { ./build.sh BuildGeneric --definition "$DEFINITION"; }
plain() {
  "$DOCKER" build --network host --progress plain --target runtime-generic -t "$REPO/plain-template:run" "$1"
  "$DOCKER" build --network host --progress plain --target development-generic -t "$REPO/plain-template:dev" "$1"
}
# Copies the rendered folder to $2 and adds package $3 to the apt install of stage $1 in its Dockerfile.
plain_variant() {
  local stage="$1" target="$2" package="$3"
  rm -rf "$target" && cp -a "$FOLDER" "$target"
  awk -v stage="$stage" -v package="$package" '
    /^FROM / { current = $NF }
    { print }
    current == stage && /apt-get install/ && !done { printf "        %s \\\n", package; done = 1 }
  ' "$FOLDER/Dockerfile" > "$target/Dockerfile"
  grep -q "^        $package \\\\$" "$target/Dockerfile" || { echo "benchmark: could not add $package to $stage" >&2; exit 1; }
}
add_to_definition() { sed -i "s|/\* extra $1 apt \*/|, \"$2\" /* extra $1 apt */|" "$DEFINITION"; }
timed() { local case="$1"; shift; BENCH_LOG="$LOGS/$case.log" time_ms "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
remove_images() {
  "$DOCKER" image ls --format '{{.Repository}}:{{.Tag}}' --filter "reference=$REPO/plain-template" --filter "reference=$REPO/template-env" \
    | xargs -r "$DOCKER" rmi >> "$LOGS/cleanup.log" 2>&1 || true
}
trap 'remove_images' EXIT

echo "== before"; machine_load 6
cp benchmarks/template.env.csx "$DEFINITION"
load_sampler_start

if $COLD; then
  PRIVATE="$(mktemp -d /tmp/ckt.XXXX)"
  trap 'private_daemon_stop "$PRIVATE"; remove_images' EXIT
  say "cold: ContainerKit on a fresh private daemon (definition not compiled yet), then docker build on another"
  rm -rf .nuke/temp/scripts
  private_daemon_start "$PRIVATE" containerkit-test/debian:bookworm
  ck_cold="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed ck-cold ck)"
  private_daemon_stop "$PRIVATE"
  private_daemon_start "$PRIVATE" containerkit-test/debian:bookworm
  plain_cold="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed plain-cold plain "$FOLDER")"
  private_daemon_stop "$PRIVATE"
fi

say "warm-up: ContainerKit BuildGeneric, then docker build of the same folder"
BENCH_LOG="$LOGS/setup.log" time_ms ck > /dev/null
BENCH_LOG="$LOGS/setup.log" time_ms plain "$FOLDER" > /dev/null

say "no-op x $RUNS (interleaved)"
ck_noop=() plain_noop=()
for ((i = 0; i < RUNS; i++)); do
  ck_noop+=("$(timed ck-noop ck)")
  plain_noop+=("$(timed plain-noop plain "$FOLDER")")
done
say "  ContainerKit: ${ck_noop[*]}; docker build: ${plain_noop[*]} (ms)"
say "  floor: process start (./build.sh --help) and one docker image inspect per image"
help_ms=() inspect_ms=()
for ((i = 0; i < RUNS; i++)); do
  help_ms+=("$(time_ms ./build.sh --help)")
  inspect_ms+=("$(time_ms "$DOCKER" image inspect "$REPO/template-env:amd64-cpu-run-latest-root" "$REPO/template-env:amd64-cpu-dev-latest-root")")
done

if ! $NOOP_ONLY; then
say "add a runtime package: ContainerKit jq, docker build bc"
plain_variant runtime-generic "$WORK/runtime-plain" bc
add_to_definition runtime jq
ck_runtime="$(timed ck-runtime ck)"
plain_runtime="$(timed plain-runtime plain "$WORK/runtime-plain")"
run_id_after_runtime="$("$DOCKER" image inspect -f '{{.Id}}' "$REPO/template-env:amd64-cpu-run-latest-root")"

say "add a dev package: ContainerKit file, docker build bsdextrautils"
./build.sh Render --definition "$DEFINITION" >> "$LOGS/setup.log" 2>&1
plain_variant development-generic "$WORK/dev-plain" bsdextrautils
add_to_definition dev file
ck_dev="$(timed ck-dev ck)"
plain_dev="$(timed plain-dev plain "$WORK/dev-plain")"
run_id_after_dev="$("$DOCKER" image inspect -f '{{.Id}}' "$REPO/template-env:amd64-cpu-run-latest-root")"
fi
load_sampler_stop > "$WORK/load.txt"

echo
echo "== figures (seconds; no-op = median of $RUNS interleaved runs; the others one run each)"
printf '%-52s %12s %12s %10s\n' "template-shaped environment, run + dev image" "ContainerKit" "docker build" "CK/docker"
if $COLD; then printf '%-52s %12s %12s %10s\n' "cold (fresh private daemon each)" "$(seconds "$ck_cold")" "$(seconds "$plain_cold")" "$(ratio "$ck_cold" "$plain_cold")"; fi
ck_noop_ms="$(median "${ck_noop[@]}")" plain_noop_ms="$(median "${plain_noop[@]}")"
printf '%-52s %12s %12s %10s\n' "no-op" "$(seconds "$ck_noop_ms")" "$(seconds "$plain_noop_ms")" "$(ratio "$ck_noop_ms" "$plain_noop_ms")"
if ! $NOOP_ONLY; then
  printf '%-52s %12s %12s %10s\n' "add a runtime package (edit loop included)" "$(seconds "$ck_runtime")" "$(seconds "$plain_runtime")" "$(ratio "$ck_runtime" "$plain_runtime")"
  printf '%-52s %12s %12s %10s\n' "add a dev package (edit loop included)" "$(seconds "$ck_dev")" "$(seconds "$plain_dev")" "$(ratio "$ck_dev" "$plain_dev")"
fi
$COLD || echo "cold: not run (needs --cold: two full builds on private cold daemons)"
help_median="$(median "${help_ms[@]}")" inspect_median="$(median "${inspect_ms[@]}")"
echo
echo "no-op floor: ./build.sh --help median $(seconds "$help_median") s + docker image inspect of both images median $(seconds "$inspect_median") s" \
  "= $(awk -v a="$help_median" -v b="$inspect_median" 'BEGIN { printf "%.2f", (a + b) / 1000 }') s;" \
  "floor / docker build no-op: $(awk -v a="$help_median" -v b="$inspect_median" -v c="$plain_noop_ms" 'BEGIN { printf "%.2f", (a + b) / c }')"
$NOOP_ONLY || echo "run image id unchanged by the dev-only edit: $([[ "$run_id_after_runtime" == "$run_id_after_dev" ]] && echo yes || echo NO)"
echo "'up to date' lines in the ContainerKit no-op runs: $(grep -c 'is up to date' "$LOGS/ck-noop.log" || true) of $((2 * RUNS))"
echo
echo "== what else ran"
cat "$WORK/load.txt"
