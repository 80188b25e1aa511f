#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# bench/adapt/run.sh <build dir>: the adaptive runtime (docs/adaptive.md)
# against a workload that changes under it.
#
# kv-cache built with `koffload build`, over a veth pair between two network
# namespaces (198.18.0.0/15; an XDP_PASS program on the client's veth, which
# native XDP_TX on veth needs), under koffload-load's schedule SCHEDULE
# (default 10:95,10:5,10:95: 10-s phases of 95%, 5%, 95% GET hits, the
# offload's fast path; the rest SETs, userspace's), in the configurations
# CONFIGS (default "on off adaptive"):
#   on        the offload attached and never switched (KOFFLOAD_ADAPT=off)
#   off       no offload (KOFFLOAD_MODE=off): userspace serves everything
#   adaptive  the default: the controller with the plan's rho
#   adaptive-rho  the controller with rho forced to FORCED_RHO (0.1)
# Each run gives koffload-load's timeline (one line per 1-s window:
# requests/s, p50, p99); for the adaptive ones, koffload-stats polled
# every 0.2 s gives the mode over time. Configurations rotate over REPS
# repetitions (3); the summary takes per-window medians.
#
# Environment: SCHEDULE, REPS, INFLIGHT (8), SERVER_CPU and CLIENT_CPU (both
# 1, as bench/run.sh: client and server on one CPU), FORCED_RHO, CONFIGS,
# POLL (1; 0: no mode polling), COSTS (a cost file, koffload calibrate's:
# kv-cache is built with --costs=COSTS, so the plan's rho is this
# machine's), NAME (the results' base name, adapt-<date>), SETTLE
# (2 s: the goal is judged on the windows that end at least SETTLE + 1 s
# into a phase), RESULTS (bench/results).
# Writes RESULTS/adapt-<date>.csv (every window of every run),
# adapt-<date>.md (medians, the goal per window) and adapt-<date>-rps.png,
# adapt-<date>-p50.png (summarize.py, gnuplot).
# A benchmark, not a test: nothing in tools/test.sh runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:?usage: run.sh <build dir>}" && pwd)"
SCHEDULE="${SCHEDULE:-10:95,10:5,10:95}" REPS="${REPS:-3}"
INFLIGHT="${INFLIGHT:-8}" FORCED_RHO="${FORCED_RHO:-0.1}" SETTLE="${SETTLE:-2}"
SERVER_CPU="${SERVER_CPU:-1}" CLIENT_CPU="${CLIENT_CPU:-1}"
RESULTS="${RESULTS:-$ROOT/bench/results}"
CONFIGS="${CONFIGS:-on off adaptive}" POLL="${POLL:-1}" COSTS="${COSTS:-}"
LOAD=$BUILD/bin/koffload-load
ATTACH=$BUILD/bin/koffload-bench-attach
DRIVER=$BUILD/bin/koffload
STATS=$BUILD/bin/koffload-stats
CLANG=/usr/lib/llvm-19/bin/clang
PORT=11211
DATE=$(date -u +%F)
NAME="${NAME:-adapt-$DATE}"
STARTED=$(date -u '+%F %T UTC')
# The CPU the mode poller runs on: one the server and client do not use.
POLL_CPU=$(((SERVER_CPU + 1) % $(nproc)))

# shellcheck source=../../test/e2e/netns.sh
source "$ROOT/test/e2e/netns.sh"
((EUID == 0)) || netns_skip "needs root (namespaces, BPF)"
for tool in ethtool gnuplot taskset; do
  command -v $tool >/dev/null || netns_skip "$tool is not installed (tools/setup.sh)"
done
for f in "$LOAD" "$ATTACH" "$DRIVER" "$STATS"; do
  [[ -e $f ]] || netns_fail "$f is missing: build $BUILD first"
done
netns_setup bench-adapt
T="$NETNS_TMPDIR"
TOTAL=$(awk -v s="$SCHEDULE" 'BEGIN { n = split(s, p, ","); for (i = 1; i <= n; i++) { split(p[i], q, ":"); t += q[1] }; print t }')
NETNS_CLIENT_TIMEOUT=$((TOTAL + 30))
ip netns exec "$NETNS_CLIENT" ethtool -K veth-cli tx off >/dev/null
say() { echo "bench: $*" >&2; }

say "building kv-cache (koffload build${COSTS:+ --costs=$COSTS})"
"$DRIVER" build ${COSTS:+"--costs=$COSTS"} "$ROOT/examples/kv-cache/kv-cache.c" -o "$T/kv" 2>"$T/build.log" ||
  netns_fail "koffload build: $(cat "$T/build.log")"
grep -q "carries its offload" "$T/build.log" || netns_fail "not split: $(cat "$T/build.log")"
RHO=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["candidates"][0]["rho"])' \
  "$T/kv.plan.json" 2>/dev/null || echo "?")
"$CLANG" -target bpf -O2 -g -Wall -I/usr/include/x86_64-linux-gnu \
  -c "$ROOT/bench/xdp/pass.bpf.c" -o "$T/pass.bpf.o"
"$LOAD" --kv-journal "$T/kv-journal"
ip netns exec "$NETNS_CLIENT" "$ATTACH" --iface veth-cli "$T/pass.bpf.o" \
  >"$T/pass.log" 2>&1 &
NETNS_PIDS+=($!)

wait_log() { # <pattern> <what>
  local i
  for ((i = 0; i < 300; i++)); do
    grep -q "$1" "$SERVER_LOG" && return 0
    netns_server_alive
    sleep 0.05
  done
  netns_fail "$2: $(cat "$SERVER_LOG")"
}

# start <config>: the server pinned to SERVER_CPU, attached (or not).
start() {
  local env=(KOFFLOAD_IFACE=veth-srv)
  case $1 in
  on) env+=(KOFFLOAD_ADAPT=off) ;;
  off) env+=(KOFFLOAD_MODE=off) ;;
  adaptive) ;;
  adaptive-rho) env+=(KOFFLOAD_ADAPT_RHO="$FORCED_RHO") ;;
  esac
  cp "$T/kv-journal" "$T/journal"
  netns_start_server env "${env[@]}" taskset -c "$SERVER_CPU" "$T/kv" "$T/journal"
  netns_wait_port udp "$PORT"
  if [[ $1 == off ]]; then
    wait_log "KOFFLOAD_MODE=off" "off"
  else
    wait_log "offload attached to veth-srv (native)" "$1: no native offload"
  fi
}

# poll_mode <out>: the mode koffload-stats reads, every 0.2 s, until
# $T/done appears: "<unix time> <mode>" lines.
poll_mode() {
  local m
  while [[ ! -e $T/done ]]; do
    m=$(taskset -c "$POLL_CPU" "$STATS" "$SERVER_PID" 2>/dev/null |
      sed -n 's/^mode \([a-z-]*\).*/\1/p') || true
    echo "$(date +%s.%N) ${m:-?}"
    sleep 0.2
  done >"$1"
}

CSV="$T/adapt.csv"
echo "config,rep,t,requests_per_s,p50_us,p99_us,fast_pct,pass_share" >"$CSV"
# run <config> <rep>
run() {
  local config=$1 rep=$2 poller= t0 out
  start "$config"
  # A second of the first phase's load before the clock starts.
  netns_client "$LOAD" --server "$SERVER_ADDR:$PORT" --workload kv \
    --inflight "$INFLIGHT" --cpu "$CLIENT_CPU" --duration 1 \
    --fast "${SCHEDULE#*:}" >/dev/null 2>&1 || true
  rm -f "$T/done" "$T/modes"
  if [[ $config == adaptive* && $POLL == 1 ]]; then
    poll_mode "$T/modes" &
    poller=$!
  fi
  t0=$(date +%s.%N)
  out=$(netns_client "$LOAD" --server "$SERVER_ADDR:$PORT" --workload kv \
    --inflight "$INFLIGHT" --cpu "$CLIENT_CPU" --schedule "$SCHEDULE" \
    --timeline "$T/timeline.csv") || netns_fail "$config: koffload-load failed"
  touch "$T/done"
  [[ -n $poller ]] && wait "$poller"
  say "$config rep $rep: $out"
  [[ $out == *" bad=0 "* ]] || netns_fail "$config: wrong replies: $out"
  grep "^koffload: adapt:" "$SERVER_LOG" | sed "s/^/bench:   $config: /" >&2 || true
  netns_stop_server
  # The share of each window's mode polls that found pass-through.
  awk -v c="$config" -v r="$rep" -v t0="$t0" -F, '
    FNR == 1 && FILENAME ~ /modes$/ { m = 1 }
    m && FILENAME ~ /modes$/ {
      split($0, f, " "); w = int(f[1] - t0) + 1
      polls[w]++; if (f[2] == "pass-through") pass[w]++; next }
    FILENAME ~ /timeline.csv$/ && FNR > 1 {
      w = $1 + 0
      share = polls[w] ? sprintf("%.2f", pass[w] / polls[w]) : ""
      print c "," r "," $1 "," $2 "," $3 "," $4 "," $5 "," share }' \
    $([[ -s $T/modes ]] && echo "$T/modes") "$T/timeline.csv" >>"$CSV"
}

read -ra configs <<<"$CONFIGS"
for ((rep = 1; rep <= REPS; rep++)); do
  for ((i = 0; i < ${#configs[@]}; i++)); do
    run "${configs[((rep - 1 + i) % ${#configs[@]})]}" "$rep"
  done
done

mkdir -p "$RESULTS"
cp "$CSV" "$RESULTS/$NAME.csv"
python3 "$ROOT/bench/adapt/summarize.py" "$RESULTS/$NAME.csv" \
  --schedule "$SCHEDULE" --settle "$SETTLE" --out "$RESULTS/$NAME" \
  --header "command: \`SCHEDULE=$SCHEDULE REPS=$REPS INFLIGHT=$INFLIGHT SERVER_CPU=$SERVER_CPU CLIENT_CPU=$CLIENT_CPU CONFIGS=\"$CONFIGS\" FORCED_RHO=$FORCED_RHO POLL=$POLL COSTS=${COSTS:-(none)} bench/adapt/run.sh <build>\`" \
  --header "started $STARTED; source $(git -C "$ROOT" rev-parse --short HEAD); machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) CPUs, kernel $(uname -r)" \
  --header "kv-cache's plan: rho $RHO (${COSTS:+calibrated: }the adaptive configuration's; adaptive-rho's is $FORCED_RHO)"
say "results: $RESULTS/$NAME.{csv,md}, $NAME-{rps,p50}.png"
netns_pass
