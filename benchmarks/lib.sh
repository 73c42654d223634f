# Helpers shared by the benchmark scripts (sourced, not run). Plain bash + GNU coreutils/awk/procps.

# Milliseconds (one decimal) that one run of "$@" takes; its output goes to $BENCH_LOG (default
# /dev/null); a failure aborts the benchmark.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >> "${BENCH_LOG:-/dev/null}" 2>&1 || { echo "benchmark: '$*' failed${BENCH_LOG:+ (see $BENCH_LOG)}" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
}

# Median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# What else loads the machine right now: load average and the busiest processes.
machine_load() {
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (cores: $(nproc))"
  ps -eo pcpu=,etime=,args= --sort=-pcpu | grep -v " ps -eo " | head -n "${1:-5}" | cut -c1-150 | sed 's/^/  /' || true
}

# Samples the machine every 3 s in the background until load_sampler_stop: the load average and
# the busy processes (>= 25% CPU over their life) outside this benchmark's process group (the
# Docker daemon's build work does show up).
load_sampler_start() {
  BENCH_SAMPLES="$(mktemp)"
  local own
  own="$(ps -o pgid= $$ | tr -d ' ')"
  (
    while :; do
      echo "load $(cut -d' ' -f1 /proc/loadavg)"
      ps -eo pcpu=,pgid=,args= | awk -v own="$own" '$1 >= 25 && $2 != own { $1 = $2 = ""; print "busy" substr($0, 2, 110) }' || true
      sleep 3
    done
  ) > "$BENCH_SAMPLES" 2>/dev/null &
  BENCH_SAMPLER=$!
}

# Stops the sampler and prints the load (min/median/max) and the busy processes seen.
load_sampler_stop() {
  kill "$BENCH_SAMPLER" 2>/dev/null || true
  wait "$BENCH_SAMPLER" 2>/dev/null || true
  local loads
  mapfile -t loads < <(awk '$1 == "load" { print $2 }' "$BENCH_SAMPLES")
  if ((${#loads[@]} > 0)); then
    echo "load average during the run: min $(printf '%s\n' "${loads[@]}" | sort -n | head -n1)," \
      "median $(median "${loads[@]}"), max $(printf '%s\n' "${loads[@]}" | sort -n | tail -n1) (${#loads[@]} samples, $(nproc) cores)"
  fi
  echo "busy processes seen (>= 25% CPU), with sample counts:"
  awk '$1 == "busy" { $1 = ""; print }' "$BENCH_SAMPLES" | sort | uniq -c | sort -rn | head -n "${1:-12}" | sed 's/^/  /' || true
  rm -f "$BENCH_SAMPLES"
}

# A cold Docker daemon of the benchmark's own (empty image store and BuildKit cache, as on a fresh machine):
# data root, exec root and socket under folder $1 (keep it short: the sockets live there), host networking
# only like the test engine, with only image $2 copied in from the shared daemon. Sets PRIVATE_DOCKER_HOST.
# The shared daemon's build cache cannot be pruned selectively, so cold cases run here instead.
private_daemon_start() {
  local dir="$1" image="$2"
  mkdir -p "$dir"
  dockerd --data-root "$dir/data" --exec-root "$dir/x" --pidfile "$dir/pid" -H "unix://$dir/s" \
    --bridge=none --iptables=false --ip6tables=false > "$dir/dockerd.log" 2>&1 &
  PRIVATE_PID=$!
  PRIVATE_DOCKER_HOST="unix://$dir/s"
  for _ in $(seq 120); do DOCKER_HOST="$PRIVATE_DOCKER_HOST" docker version >/dev/null 2>&1 && break; sleep 0.5; done
  DOCKER_HOST="$PRIVATE_DOCKER_HOST" docker version >/dev/null
  docker save "$image" | DOCKER_HOST="$PRIVATE_DOCKER_HOST" docker load >/dev/null
}

# Stops the daemon of private_daemon_start and removes its folder $1.
private_daemon_stop() {
  if [[ -n "${PRIVATE_PID:-}" ]] && kill -0 "$PRIVATE_PID" 2>/dev/null; then
    kill "$PRIVATE_PID"
    for _ in $(seq 60); do kill -0 "$PRIVATE_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  PRIVATE_PID=""
  rm -rf "$1"
}
