#!/usr/bin/env bash
# Template-shaped benchmark (issue 12, item 4): ContainerKit `./build.sh BuildGeneric` of an environment with
# the research template's default lists (benchmarks/template.env.csx) against plain `docker build` of the
# run and dev targets of the same rendered folder, in one run. ContainerKit's time includes the edit loop:
# the definition is a script edited before the run, so the time covers compiling it (Roslyn, the warm
# compiler server as users have it), Render, the base image check and the build.
# Cases (ratio = ContainerKit / docker build):
#   - cold, then add a runtime package, then add a dev package: each side on a PRIVATE daemon of its own
#     (lib.sh private_daemon_start: its own data root, an empty BuildKit cache, only the test base copied in),
#     so every case is fresh on every run and neither side finds the other's layers; the shared daemon's cache
#     is never pruned. On each daemon: the cold build; then jq added to the runtime list (ContainerKit edits
#     the definition; docker build gets the folder rendered before the edit with jq added to the same apt
#     line); then file added to the dev list the same way. One run each;
#   - no-op: nothing changed, median of N interleaved runs on the shared daemon (ContainerKit answers from
#     each image's own render-hash label; docker build uploads the context and resolves every step from the
#     cache), and its floor: process start plus one image inspect of both images.
# Images are tagged containerkit-bench/... and removed at the end; other images are never touched.
#
# Usage: benchmarks/template-env.sh [no-op runs (default 5)] [--no-op-only]
#   --no-op-only: only the warm-up, the no-op and its floor (no private daemons, no apt layers built).
# Needs: root, dockerd (for the private daemons), a running Docker daemon (20.10+) with
#   containerkit-test/debian:bookworm (./build.sh TestEngine) that reaches a Debian mirror with host networking;
#   the docker CLI (DOCKER=..., default /usr/bin/docker); bash, GNU coreutils, awk, sed, procps; what ./build.sh
#   needs. Build output goes to artifacts/bench/template/logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/benchmarks/lib.sh"
RUNS=5 NOOP_ONLY=false
for argument in "$@"; do
  case "$argument" in
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
# Copies folder $2 to $3 and adds package $4 to the apt install of stage $1 in its Dockerfile.
plain_variant() {
  local stage="$1" source="$2" target="$3" package="$4"
  rm -rf "$target" && cp -a "$source" "$target"
  awk -v stage="$stage" -v package="$package" '
    /^FROM / { current = $NF }
    { print }
    current == stage && /apt-get install/ && !done { printf "        %s \\\n", package; done = 1 }
  ' "$source/Dockerfile" > "$target/Dockerfile"
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

if ! $NOOP_ONLY; then
  PRIVATE="$(mktemp -d /tmp/ckt.XXXX)"
  trap 'private_daemon_stop "$PRIVATE"; remove_images' EXIT
  ./build.sh Render --definition "$DEFINITION" >> "$LOGS/setup.log" 2>&1
  plain_variant runtime-generic "$FOLDER" "$WORK/plain-runtime" jq
  plain_variant development-generic "$WORK/plain-runtime" "$WORK/plain-dev" file
  cp -a "$FOLDER" "$WORK/plain-cold"

  # The three builds of one side on a fresh private daemon; prints their times (ms) on one line. ContainerKit's
  # definition is put back first and edited as it goes; docker build gets the folders prepared above.
  fresh_side() {
    private_daemon_start "$PRIVATE" containerkit-test/debian:bookworm
    if [[ "$1" == ck ]]; then
      cp benchmarks/template.env.csx "$DEFINITION"
      local cold runtime dev
      cold="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed ck-cold ck)"
      add_to_definition runtime jq
      runtime="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed ck-runtime ck)"
      run_id_after_runtime="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" "$DOCKER" image inspect -f '{{.Id}}' "$REPO/template-env:amd64-cpu-run-latest-root")"
      add_to_definition dev file
      dev="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed ck-dev ck)"
      run_id_after_dev="$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" "$DOCKER" image inspect -f '{{.Id}}' "$REPO/template-env:amd64-cpu-run-latest-root")"
      [[ "$run_id_after_runtime" == "$run_id_after_dev" ]] || run_id_kept=false
      echo "$cold $runtime $dev"
    else
      echo "$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed plain-cold plain "$WORK/plain-cold")" \
        "$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed plain-runtime plain "$WORK/plain-runtime")" \
        "$(DOCKER_HOST="$PRIVATE_DOCKER_HOST" timed plain-dev plain "$WORK/plain-dev")"
    fi
    private_daemon_stop "$PRIVATE"
    # Let the removed data root's writeback and discards finish, so they do not slow the next side down.
    sync
    sleep 5
  }
  # Two rounds in opposite orders (docker build first, then ContainerKit first): whichever side runs second on a
  # machine that just built and removed a daemon's worth of layers is slower, by up to 15% in a trial here.
  run_id_kept=true
  declare -A times # e.g. times[ck-cold]="32781.0 33012.5"
  for order in "plain ck" "ck plain"; do
    for side in $order; do
      say "$side on a fresh private daemon: cold, then jq added to the runtime list, then file to the dev list"
      fresh_side "$side" > "$WORK/side.txt"
      read -r cold runtime dev < "$WORK/side.txt"
      times[$side-cold]+=" $cold" times[$side-runtime]+=" $runtime" times[$side-dev]+=" $dev"
      say "  $cold $runtime $dev (ms)"
    done
  done
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

load_sampler_stop > "$WORK/load.txt"

echo
echo "== figures (seconds; no-op = median of $RUNS interleaved runs; the others the median (mean) of two rounds)"
printf '%-52s %12s %12s %10s\n' "template-shaped environment, run + dev image" "ContainerKit" "docker build" "CK/docker"
if ! $NOOP_ONLY; then
  for case in cold runtime dev; do
    # shellcheck disable=SC2086 # the times are words
    ck_ms="$(median ${times[ck-$case]})" plain_ms="$(median ${times[plain-$case]})"
    label="$(case "$case" in cold) echo "cold (a fresh private daemon each)" ;; runtime) echo "then add a runtime package (edit loop included)" ;; dev) echo "then add a dev package (edit loop included)" ;; esac)"
    printf '%-52s %12s %12s %10s\n' "$label" "$(seconds "$ck_ms")" "$(seconds "$plain_ms")" "$(ratio "$ck_ms" "$plain_ms")"
  done
fi
ck_noop_ms="$(median "${ck_noop[@]}")" plain_noop_ms="$(median "${plain_noop[@]}")"
printf '%-52s %12s %12s %10s\n' "no-op" "$(seconds "$ck_noop_ms")" "$(seconds "$plain_noop_ms")" "$(ratio "$ck_noop_ms" "$plain_noop_ms")"
$NOOP_ONLY && echo "cold and add-a-package cases: not run (--no-op-only)"
help_median="$(median "${help_ms[@]}")" inspect_median="$(median "${inspect_ms[@]}")"
echo
echo "no-op floor: ./build.sh --help median $(seconds "$help_median") s + docker image inspect of both images median $(seconds "$inspect_median") s" \
  "= $(awk -v a="$help_median" -v b="$inspect_median" 'BEGIN { printf "%.2f", (a + b) / 1000 }') s;" \
  "floor / docker build no-op: $(awk -v a="$help_median" -v b="$inspect_median" -v c="$plain_noop_ms" 'BEGIN { printf "%.2f", (a + b) / c }')"
$NOOP_ONLY || echo "run image id unchanged by the dev-only edit (both rounds): $($run_id_kept && echo yes || echo NO)"
echo "'up to date' lines in the ContainerKit no-op runs: $(grep -c 'is up to date' "$LOGS/ck-noop.log" || true) of $((2 * RUNS))"
echo
echo "== what else ran"
cat "$WORK/load.txt"
