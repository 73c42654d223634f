#!/usr/bin/env bash
# Warm no-op bootstrap cost: `./build.sh --help` (content stamp unchanged, so it runs the compiled
# build directly) against `dotnet run --project build/_build.csproj -- --help` (MSBuild's up-to-date
# check on every call). Each command runs once first (warm-up), then N times; prints the samples,
# the medians in milliseconds and their ratio, and what else loaded the machine meanwhile.
#
# Usage: benchmarks/bootstrap.sh [build.sh runs (default 10)] [dotnet run runs (default 5)]
# Needs: bash, GNU coreutils (date +%N, sort), awk, procps (ps), and dotnet on PATH for the
# `dotnet run` side (build.sh finds its own). Nothing is installed. Other load on the machine
# shows in the absolute figures; compare the ratio within one run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/benchmarks/lib.sh"
SCRIPT_RUNS="${1:-10}"
DOTNET_RUNS="${2:-5}"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== before"; machine_load
load_sampler_start

# Warm-up runs (also compiles the build project if its inputs changed since the last build).
time_ms ./build.sh --help > /dev/null
time_ms dotnet run --project build/_build.csproj -- --help > /dev/null

script_samples=() dotnet_samples=()
for ((i = 0; i < SCRIPT_RUNS; i++)); do script_samples+=("$(time_ms ./build.sh --help)"); done
for ((i = 0; i < DOTNET_RUNS; i++)); do dotnet_samples+=("$(time_ms dotnet run --project build/_build.csproj -- --help)"); done
script_ms="$(median "${script_samples[@]}")"
dotnet_ms="$(median "${dotnet_samples[@]}")"

load_sampler_stop
echo
echo "./build.sh --help samples (ms):  ${script_samples[*]}"
echo "dotnet run ... --help samples (ms): ${dotnet_samples[*]}"
echo
printf '%-52s %5s %10s\n' "command (warm, no-op)" "runs" "median ms"
printf '%-52s %5d %10.1f\n' "./build.sh --help" "$SCRIPT_RUNS" "$script_ms"
printf '%-52s %5d %10.1f\n' "dotnet run --project build/_build.csproj -- --help" "$DOTNET_RUNS" "$dotnet_ms"
awk -v a="$dotnet_ms" -v b="$script_ms" 'BEGIN { printf "ratio dotnet run / build.sh: %.1fx\n", a / b }'
