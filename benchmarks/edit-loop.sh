#!/usr/bin/env bash
# Edit-loop benchmark: edit one apt list of an environment class (build/Environments/
# ResearchEnvironment.cs: one more runtime apt package), then `./build.sh Render` in a fresh process.
#   before: the given commit (default: the merge base with main; give the last commit before the
#           change, e.g. 1348ea8, once it is merged), where build/Environments/ is part of the build
#           project and every edit recompiles it with MSBuild;
#   after:  the working tree's commit (HEAD): definitions compiled by Roslyn, cached by content hash;
#           build.sh's stamp ignores build/Environments/. Sampled twice: as users get it (the warm
#           compiler server, started by the warm-up's first compile) and with --compiler-server false
#           (a cold Roslyn in every process).
# Both trees are exported with `git archive` into artifacts/bench/edit-loop/{before,after}, warmed up
# (first ./build.sh compiles the build project), then sampled alternately (before, after, before, ...),
# N edits each, each edit a new package name so every sample is a real change. Prints the samples,
# the medians and the ratio after/before, and the machine load meanwhile.
#
# Usage: benchmarks/edit-loop.sh [runs (default 5)] [before commit (default: git merge-base HEAD main)]
# Needs: git, bash, GNU coreutils, awk, sed, procps, and what ./build.sh needs (the .NET SDK). No
# Docker (Render only). Nothing is installed; the exported trees are removed at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/benchmarks/lib.sh"
RUNS="${1:-5}"
BEFORE="$(git -C "$ROOT" rev-parse "${2:-$(git -C "$ROOT" merge-base HEAD main)}")"
AFTER="$(git -C "$ROOT" rev-parse HEAD)"
WORK="$ROOT/artifacts/bench/edit-loop"
FILE=build/Environments/ResearchEnvironment.cs
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset CI  # the compiler server is off under CI=true; this measures what users get at their desk

rm -rf "$WORK"
mkdir -p "$WORK/before" "$WORK/after"
trap 'rm -rf "$WORK/before" "$WORK/after"' EXIT
git -C "$ROOT" archive "$BEFORE" | tar -x -C "$WORK/before"
git -C "$ROOT" archive "$AFTER" | tar -x -C "$WORK/after"

# One more runtime apt package in the environment class: RuntimeApt => ["ca-certificates", "git", ...].
edit() {
  sed -i "s/\(RuntimeApt => \[\"ca-certificates\", \"git\"\)[^]]*\]/\1, \"$2\"]/" "$WORK/$1/$FILE"
  grep -q "\"$2\"\]" "$WORK/$1/$FILE" || { echo "benchmark: the edit of $1/$FILE did not apply" >&2; exit 1; }
}

render() { (cd "$WORK/$1" && ./build.sh Render "${@:2}"); }

echo "== before: $BEFORE; after: $AFTER"
machine_load
echo "warming up (each tree compiles its build project once) ..."
BENCH_LOG="$WORK/warmup.log" time_ms render before > /dev/null
BENCH_LOG="$WORK/warmup.log" time_ms render after > /dev/null
edit after warm-up && BENCH_LOG="$WORK/warmup.log" time_ms render after > /dev/null  # first compile: in process, starts the server
edit after warm-up-2 && BENCH_LOG="$WORK/warmup.log" time_ms render after > /dev/null  # the server's first compile

load_sampler_start
before=() after=() cold=()
for ((i = 0; i < RUNS; i++)); do
  edit before "pkg-$i"; before+=("$(BENCH_LOG="$WORK/before.log" time_ms render before)")
  edit after "pkg-$i"; after+=("$(BENCH_LOG="$WORK/after.log" time_ms render after)")
  edit after "pkg-cold-$i"; cold+=("$(BENCH_LOG="$WORK/after.log" time_ms render after --compiler-server false)")
done
load_sampler_stop
grep -c "compiling the build project" "$WORK/before.log" | sed 's/^/before: MSBuild runs during the samples: /' || true
grep -c "compiling the build project" "$WORK/after.log" | sed 's/^/after:  MSBuild runs during the samples: /' || true

before_ms="$(median "${before[@]}")"
after_ms="$(median "${after[@]}")"
cold_ms="$(median "${cold[@]}")"
echo
echo "before samples (ms): ${before[*]}"
echo "after samples (ms):  ${after[*]}"
echo "after, no server (ms): ${cold[*]}"
echo
printf '%-64s %5s %10s\n' "edit one apt list, then ./build.sh Render (fresh process)" "runs" "median ms"
printf '%-64s %5d %10.1f\n' "before ($(git -C "$ROOT" rev-parse --short "$BEFORE"): MSBuild recompile)" "$RUNS" "$before_ms"
printf '%-64s %5d %10.1f\n' "after ($(git -C "$ROOT" rev-parse --short "$AFTER"): warm compiler server)" "$RUNS" "$after_ms"
printf '%-64s %5d %10.1f\n' "after, --compiler-server false (Roslyn cold in each process)" "$RUNS" "$cold_ms"
awk -v a="$after_ms" -v b="$before_ms" 'BEGIN { printf "ratio after / before: %.2fx (goal <= 0.25x); after <= 2000 ms: %s\n", a / b, (a <= 2000 ? "yes" : "no") }'
awk -v a="$cold_ms" -v b="$before_ms" 'BEGIN { printf "ratio after without the server / before: %.2fx\n", a / b }'
