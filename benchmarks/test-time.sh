#!/usr/bin/env bash
# What a change adds to the test run: `CI=true ./build.sh Test` of two commits (default: the parent of HEAD and
# HEAD), each in a clean clone, on the same daemon, alternating BASE, NEW, BASE, NEW... for n rounds (default 2)
# after one warm-up run of each (the BuildKit cache is shared, so the warm-up keeps the first round from paying
# for everyone's cold cache). Prints every sample, the medians and the difference. The engine must be
# provisioned (./build.sh TestEngine). Clones live in a temporary folder that is removed at the end.
#   benchmarks/test-time.sh [rounds] [base-ref] [new-ref]
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

rounds="${1:-2}"
base_ref="$(git rev-parse --short "${2:-HEAD~1}")"
new_ref="$(git rev-parse --short "${3:-HEAD}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BENCH_LOG="$work/test.log"

for ref in "$base_ref" "$new_ref"; do
  git clone -q "$PWD" "$work/$ref"
  git -C "$work/$ref" checkout -q "$ref"
done

run() { (cd "$work/$1" && CI=true ./build.sh Test); }

echo "test-time: CI=true ./build.sh Test, base $base_ref against new $new_ref, $rounds round(s) after a warm-up of each"
machine_load
load_sampler_start
echo "warm-up: base $(time_ms run "$base_ref") ms, new $(time_ms run "$new_ref") ms"
base=() new=()
for ((i = 1; i <= rounds; i++)); do
  base+=("$(time_ms run "$base_ref")")
  new+=("$(time_ms run "$new_ref")")
  echo "round $i: base ${base[-1]} ms, new ${new[-1]} ms"
done
load_sampler_stop
b="$(median "${base[@]}")" n="$(median "${new[@]}")"
awk -v b="$b" -v n="$n" 'BEGIN { printf "median: base %.1f s, new %.1f s, added %.1f s (%.2fx)\n", b / 1000, n / 1000, (n - b) / 1000, n / b }'
