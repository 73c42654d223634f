#!/usr/bin/env bash
# Layer cache across CI runs (issue 12, item 5), measured locally.
#
# What CI does: a previous run built the images with --inline-cache and pushed them; the next run starts on a fresh
# runner (a cold daemon) and builds with --cache-from <registry>. Here:
#   1. on the shared daemon, build the example's research amd64-cpu entry with --inline-cache and push it to the
#      loopback registry (127.0.0.1:5000), in a namespace of this run;
#   2. start a PRIVATE dockerd with its own --data-root and --exec-root (an empty image store and BuildKit cache: a
#      cold runner), load only the test base into it, and time BuildGeneric without --cache-from;
#   3. throw that daemon's data away, start it again cold, load the base, and time BuildGeneric with --cache-from.
# The cold daemon is what makes the comparison fair: the shared daemon's BuildKit cache cannot be pruned selectively
# without touching other people's cache, so the cold side never runs on it.
# Cleanup: the private daemon and its data, this run's tags on the shared daemon and its registry repositories.
# Usage: benchmarks/layer-cache.sh [RUNS]   (root, after ./build.sh TestEngine; RUNS cold builds of each kind, default 1)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=benchmarks/lib.sh
source "$HERE/lib.sh"

RUNS="${1:-1}"
NS="ck-bench-cache-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
REGISTRY=127.0.0.1:5000
BASE=containerkit-test/debian:bookworm
WORK="$(mktemp -d /tmp/ckc.XXXX)"
export BENCH_LOG="$WORK/bench.log"
SELECTION=(--environment research --platform amd64 --acceleration cpu)
HOSTARGS=(--image-namespace "$NS" --base-image-substitutions "debian:bookworm-slim=$BASE")

cleanup() {
  private_daemon_stop "$WORK/d" || true
  docker images --format '{{.Repository}}:{{.Tag}}' | grep "^$NS/" | xargs -r docker rmi -f >/dev/null 2>&1 || true
  # The loopback registry allows deletes: every manifest of this run's repositories.
  for repo in $(curl -fsS "http://$REGISTRY/v2/_catalog?n=1000" | grep -o "\"$NS/[^\"]*\"" | tr -d '"'); do
    for tag in $(curl -fsS "http://$REGISTRY/v2/$repo/tags/list" | grep -o '"tags":\[[^]]*\]' | grep -o '"[^"]*"' | tail -n +2 | tr -d '"'); do
      digest="$(curl -fsSI -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "http://$REGISTRY/v2/$repo/manifests/$tag" | tr -d '\r' | awk -F': ' 'tolower($1) == "docker-content-digest" { print $2 }' || true)"
      if [[ -n "$digest" ]]; then curl -fsS -X DELETE "http://$REGISTRY/v2/$repo/manifests/$digest" >/dev/null || true; fi
    done
  done
  rm -rf "$WORK" || true
}
trap cleanup EXIT

cold_build() {
  DOCKER_HOST="$PRIVATE_DOCKER_HOST" ./build.sh BuildGeneric "${SELECTION[@]}" "${HOSTARGS[@]}" "$@"
}

# A clean clone of the committed state: PushGeneric refuses -dirty revisions.
git clone -q "$ROOT" "$WORK/repo"
cd "$WORK/repo"
echo "== warm side: BuildGeneric --inline-cache and PushGeneric to $REGISTRY on the shared daemon (namespace $NS)"
./build.sh BuildGeneric "${SELECTION[@]}" "${HOSTARGS[@]}" --inline-cache >> "$BENCH_LOG" 2>&1
./build.sh PushGeneric "${SELECTION[@]}" "${HOSTARGS[@]}" --registry "$REGISTRY" >> "$BENCH_LOG" 2>&1

without=() with=()
for run in $(seq "$RUNS"); do
  private_daemon_start "$WORK/d" "$BASE"
  without+=("$(time_ms cold_build)")
  private_daemon_stop "$WORK/d"
  private_daemon_start "$WORK/d" "$BASE"
  lines="$(wc -l < "$BENCH_LOG")"
  with+=("$(time_ms cold_build --cache-from "$REGISTRY")")
  cached="$(tail -n +"$((lines + 1))" "$BENCH_LOG" | grep -ci 'cached' || true)"
  private_daemon_stop "$WORK/d"
  echo "run $run: cold without cache-from ${without[-1]} ms, cold with cache-from ${with[-1]} ms"
done

a="$(median "${without[@]}")" b="$(median "${with[@]}")"
echo "== layer cache, research amd64-cpu run+dev images, cold private daemon, $RUNS run(s), median"
echo "cold BuildGeneric without --cache-from: $a ms"
echo "cold BuildGeneric with --cache-from $REGISTRY: $b ms"
awk -v a="$a" -v b="$b" 'BEGIN { printf "with/without: %.2fx\n", b / a }'
echo "lines saying 'cached' in the last build with --cache-from: $cached"
machine_load
