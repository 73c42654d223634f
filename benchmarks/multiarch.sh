#!/usr/bin/env bash
# Emulation cost: the example's cpu entry (build/Environments/ResearchEnvironment.cs, run and dev images) built for
# arm64 through QEMU user-mode emulation against its native amd64 build, on the same machine and daemon, side by
# side in one run: amd64, arm64, amd64, arm64... for n rounds (default 1). Each build is cold for its layers
# (`--no-cache`) and lives in a namespace of its own (`--image-namespace bench-multiarch-<random>`), removed at the
# end; BuildKit's download cache mounts (apt's /var/cache/apt) are not cleared, for either platform. Prints every
# sample, the medians and the ratio arm64/amd64. Needs `./build.sh TestEngine` first (daemon, both test bases,
# the qemu-aarch64 binfmt handler); nothing else on the daemon is touched.
#   benchmarks/multiarch.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib.sh

rounds="${1:-1}"
namespace="bench-multiarch-$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export BENCH_LOG="artifacts/bench/multiarch.log"
mkdir -p artifacts/bench
: > "$BENCH_LOG"

cleanup() {
  docker image ls --format '{{.Repository}}:{{.Tag}}' | grep "^$namespace/" | xargs -r docker rmi >> "$BENCH_LOG" 2>&1 || true
}
trap cleanup EXIT

build() { ./build.sh BuildGeneric --environment research --acceleration cpu --platform "$1" --no-cache --image-namespace "$namespace/$1-$2"; }

./build.sh Render --environment research --acceleration cpu >> "$BENCH_LOG" 2>&1
echo "multiarch: BuildGeneric of research cpu (run + dev, --no-cache), amd64 native against arm64 through QEMU, $rounds round(s)"
echo "machine: $(uname -m), $(nproc) cores; binfmt: $(head -n1 /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null || echo 'qemu-aarch64 missing')"
machine_load
load_sampler_start
amd64=() arm64=()
for ((i = 1; i <= rounds; i++)); do
  amd64+=("$(time_ms build amd64 "$i")")
  arm64+=("$(time_ms build arm64 "$i")")
  echo "round $i: amd64 ${amd64[-1]} ms, arm64 ${arm64[-1]} ms"
done
load_sampler_stop
a="$(median "${amd64[@]}")" r="$(median "${arm64[@]}")"
awk -v a="$a" -v r="$r" 'BEGIN { printf "median: amd64 %.1f s, arm64 (QEMU) %.1f s, ratio arm64/amd64 %.2fx\n", a / 1000, r / 1000, r / a }'
