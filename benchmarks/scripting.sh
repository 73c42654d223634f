#!/usr/bin/env bash
# Script definitions, cold against cached, in one run:
#  1. in process: ScriptDefinitionLoader with an empty cache (Roslyn compiles and emits) vs a cache hit;
#  2. as a user sees it: `./build.sh Render --definition benchmarks/scripting/research.env.csx` with the
#     script cache (.nuke/temp/scripts) removed vs kept; each a fresh process (median of N runs).
# Usage: benchmarks/scripting.sh [iterations-in-process] [runs-per-process-case]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ITERATIONS="${1:-15}"
RUNS="${2:-7}"

echo "== in process (${ITERATIONS} iterations)"
(cd "$ROOT/benchmarks/scripting" && dotnet run -c Release -- "$ITERATIONS")

SCRIPT=benchmarks/scripting/research.env.csx
CACHE="$ROOT/.nuke/temp/scripts"
render() { "$ROOT/build.sh" Render --definition "$SCRIPT" --verbosity quiet > /dev/null; }
millis() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

render # compiles the build project if needed, outside the measurement
cold=(); cached=()
for _ in $(seq "$RUNS"); do
  rm -rf "$CACHE"
  cold+=("$(millis render)")
  cached+=("$(millis render)")
done
cold_median="$(printf '%s\n' "${cold[@]}" | median)"
cached_median="$(printf '%s\n' "${cached[@]}" | median)"
echo "== ./build.sh Render --definition $SCRIPT (${RUNS} runs each, fresh process per run)"
echo "cold (no script cache):  ${cold_median} ms   [${cold[*]}]"
echo "cached:                  ${cached_median} ms   [${cached[*]}]"
awk -v c="$cold_median" -v h="$cached_median" 'BEGIN { printf "ratio cold/cached:       %.1fx\n", c / h }'
rm -rf "$ROOT/artifacts/containers/script-research"
