#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# bench/run.sh <build dir>: the end-to-end benchmark (issue #7).
#
# Three configurations of each UDP example, measured in turn in one session
# over a veth pair between two network namespaces (198.18.0.0/15; an
# XDP_PASS program on the client's veth, which native XDP_TX on veth needs):
#   user  the example built with plain clang -O2 -g, no XDP
#   kof   `koffload build` of the example; the program attaches its offload
#         itself after bind() (KOFFLOAD_IFACE=veth-srv; native XDP)
#   ref   the plain build, with the hand-written offload of
#         bench/reference/ attached next to it (koffload-bench-attach;
#         native XDP)
# Workloads (koffload-load, bench/load/load.c): kv-cache with the fast-path
# fraction (GET hits) swept 0..100% in steps of STEP, the rest SETs of the
# same keys and values (userspace's in every configuration); udp-echo with
# 64 B and 1400 B payloads; dns-responder (www.koffload.test A);
# rate-limiter (client ids 0..4095, bursts of 10^6: ALLOW).
# Then the compile time of every example: clang -O2 -g; clang with the
# plugin (single-source examples) and `koffload build`, both unprivileged
# (the compiler alone); `koffload build` as root (the offload verified by
# the running kernel too).
#
# Environment: DURATION (s per point, 2), WARMUP (s before each point, 0.3),
# REPS (3), INFLIGHT (8), SERVER_CPU and CLIENT_CPU (both 1: the hard case,
# client and server on one CPU), STEP (10), BUILD_REPS (3), RESULTS
# (bench/results), ONLY (a subset of "kv echo dns rate build").
# Writes RESULTS/e2e-<date>.csv (one line per point and repetition),
# e2e-<date>-build.csv, e2e-<date>.md (medians, spreads, goals) and the
# plots e2e-<date>-kv-rps.png, e2e-<date>-kv-latency.png.
# A benchmark, not a test: nothing in tools/test.sh runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(cd "${1:?usage: run.sh <build dir>}" && pwd)"
DURATION="${DURATION:-1.5}" WARMUP="${WARMUP:-0.2}" REPS="${REPS:-3}"
INFLIGHT="${INFLIGHT:-8}" STEP="${STEP:-10}" MISS_STEP="${MISS_STEP:-20}"
BUILD_REPS="${BUILD_REPS:-3}"
SERVER_CPU="${SERVER_CPU:-1}" CLIENT_CPU="${CLIENT_CPU:-1}"
RESULTS="${RESULTS:-$ROOT/bench/results}"
ONLY="${ONLY:-kv echo dns rate build}"
LLVM=/usr/lib/llvm-19/bin
CLANG=$LLVM/clang
LOAD=$BUILD/bin/koffload-load
ATTACH=$BUILD/bin/koffload-bench-attach
DRIVER=$BUILD/bin/koffload
PLUGIN=$BUILD/lib/KOffload.so
DATE=$(date -u +%F)
STARTED=$(date -u '+%F %T UTC')

# shellcheck source=../test/e2e/netns.sh
source "$ROOT/test/e2e/netns.sh"
((EUID == 0)) || netns_skip "needs root (namespaces, BPF)"
for tool in ethtool gnuplot taskset; do
  command -v $tool >/dev/null || netns_skip "$tool is not installed (tools/setup.sh)"
done
for f in "$LOAD" "$ATTACH" "$DRIVER" "$PLUGIN"; do
  [[ -e $f ]] || netns_fail "$f is missing: build $BUILD first"
done
netns_setup bench-e2e
T="$NETNS_TMPDIR"
# shellcheck disable=SC2034 # read by netns.sh
NETNS_CLIENT_TIMEOUT=$(awk -v d="$DURATION" 'BEGIN { print int(d + 30) }')

say() { echo "bench: $*" >&2; }
in_only() { [[ " $ONLY " == *" $1 "* ]]; }

# ------------------------------------------------------------------ builds
declare -A SOURCES=(
  [kv-cache]="kv-cache/kv-cache.c"
  [udp-echo]="udp-echo/udp-echo.c"
  [dns-responder]="dns-responder/main.c dns-responder/dns.c dns-responder/zone.c"
  [rate-limiter]="rate-limiter/rate-limiter.c"
  [stats-counter]="stats-counter/stats-counter.c"
  [tcp-echo]="tcp-echo/tcp-echo.c"
)
srcs() { local s out=(); for s in ${SOURCES[$1]}; do out+=("$ROOT/examples/$s"); done; echo "${out[@]}"; }

say "building the configurations"
BPF_CFLAGS=(-target bpf -O2 -g -Wall -I/usr/include/x86_64-linux-gnu)
"$CLANG" "${BPF_CFLAGS[@]}" -c "$ROOT/bench/xdp/pass.bpf.c" -o "$T/pass.bpf.o"
for ex in kv-cache udp-echo dns-responder rate-limiter; do
  # shellcheck disable=SC2046
  "$CLANG" -O2 -g $(srcs $ex) -o "$T/user-$ex"
  # shellcheck disable=SC2046
  "$DRIVER" build $(srcs $ex) -o "$T/kof-$ex" 2>"$T/kof-$ex.log" ||
    netns_fail "koffload build $ex: $(cat "$T/kof-$ex.log")"
  grep -q "carries its offload" "$T/kof-$ex.log" ||
    netns_fail "$ex was not split: $(cat "$T/kof-$ex.log")"
  cpu=()
  [[ $ex == rate-limiter ]] && cpu=(-mcpu=v3)
  "$CLANG" "${BPF_CFLAGS[@]}" "${cpu[@]}" -c "$ROOT/bench/reference/$ex.bpf.c" \
    -o "$T/ref-$ex.bpf.o"
done
"$LOAD" --kv-journal "$T/kv-journal" --kv-table "$T/kv-table.bin"


# ------------------------------------------------------------ three pairs
# One server namespace and veth pair per configuration, so the three
# servers run side by side and the points take turns at a fine grain: the
# noise of a shared machine hits them alike. netns.sh made the first
# (user); the others are made here and deleted by its trap
# (NETNS_CREATED), their names in the form its stale-namespace reaper knows.
declare -A NS=([user]=$NETNS_SERVER) ADDR=([user]=$SERVER_ADDR) CLIVETH=([user]=veth-cli) PID=()
i=1
for config in kof ref; do
  ns="koffload-bench-e2e-$config-$$-srv"
  ip netns add "$ns"
  NETNS_CREATED+=("$ns")
  ip link add name veth-srv netns "$ns" type veth peer name "veth-$config" \
    netns "$NETNS_CLIENT"
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add "198.18.$i.1/24" dev veth-srv
  ip -n "$NETNS_CLIENT" addr add "198.18.$i.2/24" dev "veth-$config"
  ip -n "$ns" link set veth-srv up
  ip -n "$NETNS_CLIENT" link set "veth-$config" up
  NS[$config]=$ns ADDR[$config]=198.18.$i.1 CLIVETH[$config]=veth-$config
  i=$((i + 1))
done
for config in user kof ref; do
  veth=${CLIVETH[$config]}
  # veth leaves a sender's UDP checksum partial; the offloads check it.
  ip netns exec "$NETNS_CLIENT" ethtool -K "$veth" tx off >/dev/null
  # XDP_TX from veth-srv needs a program on the peer to deliver into.
  ip netns exec "$NETNS_CLIENT" "$ATTACH" --iface "$veth" "$T/pass.bpf.o" \
    >"$T/pass-$config.log" 2>&1 &
  NETNS_PIDS+=($!)
done
for ((i = 0; i < 100; i++)); do
  up=0
  for config in user kof ref; do
    ip -n "${NS[$config]}" -o link show veth-srv | grep -q 'state UP' && up=$((up + 1))
    grep -q attached "$T/pass-$config.log" && up=$((up + 1))
  done
  ((up == 6)) && break
  sleep 0.1
done
((up == 6)) || netns_fail "the veth pairs or their XDP_PASS did not come up"

# ----------------------------------------------------------------- servers
declare -A PORT=([kv-cache]=11211 [udp-echo]=10007 [dns-responder]=10053 [rate-limiter]=10090)
REF_PID=

wait_log() { # <file> <pattern> <what>
  local i
  for ((i = 0; i < 300; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    netns_server_alive
    sleep 0.05
  done
  netns_fail "$3: $(cat "$1")"
}

# start <example> [native|generic]: its three servers pinned to
# SERVER_CPU, the offloads attached in that XDP mode (native by default).
start() {
  local ex=$1 mode=${2:-native} args=() config
  for config in user kof ref; do
    NETNS_SERVER=${NS[$config]}
    case $ex in
    kv-cache) cp "$T/kv-journal" "$T/journal-$config"; args=("$T/journal-$config") ;;
    rate-limiter) args=(10090 1 1000000) ;; # 1 ms refill, bursts of 10^6
    esac
    if [[ $config == kof ]]; then
      netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE="$mode" \
        taskset -c "$SERVER_CPU" "$T/kof-$ex" "${args[@]}"
      netns_wait_port udp "${PORT[$ex]}"
      wait_log "$SERVER_LOG" "offload attached to veth-srv ($mode)" "$ex: no $mode offload"
    else
      netns_start_server taskset -c "$SERVER_CPU" "$T/user-$ex" "${args[@]}"
      netns_wait_port udp "${PORT[$ex]}"
    fi
    PID[$config]=$SERVER_PID
  done
  local sets=() log=$T/ref.log
  case $ex in
  kv-cache) sets=(--set "kv_table=@$T/kv-table.bin") ;;
  rate-limiter)
    # refill_ns = 10^6 and burst = 10^6, little endian, as the server's.
    sets=(--port 10090 --set refill_ns=40420f0000000000 --set burst=40420f00) ;;
  *) sets=(--port "${PORT[$ex]}") ;;
  esac
  ip netns exec "${NS[ref]}" "$ATTACH" --iface veth-srv --mode "$mode" \
    "${sets[@]}" "$T/ref-$ex.bpf.o" >"$log" 2>&1 &
  REF_PID=$!
  NETNS_PIDS+=("$REF_PID")
  wait_log "$log" "attached: veth-srv $mode" "$ex: reference not attached"
  sleep 0.2
}

stop() {
  local kept=() p config
  kill -TERM "$REF_PID"
  wait "$REF_PID" || true
  for p in "${NETNS_PIDS[@]}"; do [[ $p == "$REF_PID" ]] || kept+=("$p"); done
  NETNS_PIDS=("${kept[@]}")
  for config in user kof ref; do
    SERVER_PID=${PID[$config]}
    netns_stop_server
  done
}

# ----------------------------------------------------------------- measure
# CPU counters: the server's run time (ns, /proc/PID/schedstat), and
# /proc/stat's busy and softirq ticks of the server's CPU and of all CPUs.
counters() {
  local pid=$1
  echo "$(awk '{print $1}' "/proc/$pid/schedstat")" \
    "$(awk -v c="cpu$SERVER_CPU" '$1 == c { print $2+$3+$4+$7+$8+$9, $8 }' /proc/stat)" \
    "$(awk '$1 == "cpu" { print $2+$3+$4+$7+$8+$9 }' /proc/stat)"
}

CSV="$T/e2e.csv"
echo "workload,config,rep,target_pct,fast_pct,requests,rps,p50_us,p99_us,mean_us,timeouts,bad,server_proc_us_per_req,server_cpu_busy_us_per_req,server_cpu_softirq_us_per_req,all_cpus_busy_us_per_req,server_cpu,client_cpu,inflight,duration_s" >"$CSV"
TARGET=100 # the point's fast-path fraction (kv's sweeps set it)
TICK_US=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1e6 / t }')

# point <label> <config> <rep> <example> <load args...>
point() {
  local label=$1 config=$2 rep=$3 ex=$4 before after out
  shift 4
  SERVER_PID=${PID[$config]}
  local base=(--server "${ADDR[$config]}:${PORT[$ex]}" --inflight "$INFLIGHT" --cpu "$CLIENT_CPU" "$@")
  netns_client "$LOAD" "${base[@]}" --duration "$WARMUP" >/dev/null
  before=$(counters "$SERVER_PID")
  out=$(netns_client "$LOAD" "${base[@]}" --duration "$DURATION")
  after=$(counters "$SERVER_PID")
  netns_server_alive
  echo "$label $config rep $rep: $out" >&2
  awk -v label="$label" -v config="$config" -v rep="$rep" -v out="$out" \
    -v b="$before" -v a="$after" -v tick="$TICK_US" -v scpu="$SERVER_CPU" \
    -v ccpu="$CLIENT_CPU" -v target="$TARGET" 'BEGIN {
      n = split(out, kv, " ")
      for (i = 1; i <= n; i++) { split(kv[i], p, "="); v[p[1]] = p[2] }
      split(b, x, " "); split(a, y, " ")
      r = v["requests"] > 0 ? v["requests"] : 1
      printf "%s,%s,%d,%d,%s,%d,%d,%s,%s,%s,%d,%d,%.3f,%.3f,%.3f,%.3f,%d,%d,%d,%s\n",
        label, config, rep, target, v["fast_pct"], v["requests"], v["rps"],
        v["p50_us"], v["p99_us"], v["mean_us"], v["timeouts"], v["bad"],
        (y[1] - x[1]) / 1000 / r, (y[2] - x[2]) * tick / r,
        (y[3] - x[3]) * tick / r, (y[4] - x[4]) * tick / r,
        scpu, ccpu, v["inflight"], v["duration_s"] }' >>"$CSV"
  [[ $out == *" bad=0 "* ]] || netns_fail "$label $config: wrong replies: $out"
}

# Each point runs the three configurations in turn, REPS times, in a
# rotated order, so drift (another build on the machine, say) does not
# always hit the same one.
configs_for() { # <n>
  local all=(user kof ref) i
  for ((i = 0; i < 3; i++)); do echo "${all[(($1 + i) % 3)]}"; done
}
turns() { # <label> <example> <n> <load args...>
  local label=$1 ex=$2 n=$3 rep config
  shift 3
  for ((rep = 1; rep <= REPS; rep++)); do
    for config in $(configs_for $((n + rep))); do
      point "$label" "$config" "$rep" "$ex" "$@"
    done
  done
}

# GET hits in generic XDP: native XDP on veth runs a small frame in a
# page-pool fragment sized to it (bench/README.md), and a hit's reply
# (44 bytes longer than the request) fits its tailroom in about one frame
# of six; generic XDP grows the skb. Native at 100% shows the effect.
if in_only kv; then
  start kv-cache generic
  for ((f = 0; f <= 100; f += STEP)); do
    TARGET=$f turns kv kv-cache $((f / STEP)) --workload kv --fast "$f"
  done
  stop
  start kv-cache native
  turns kv-native kv-cache 0 --workload kv --fast 100
  for ((f = 0; f <= 100; f += MISS_STEP)); do
    TARGET=$f turns kv-miss kv-cache $((f / MISS_STEP)) --workload kv --fast-kind miss --fast "$f"
  done
  stop
fi
if in_only echo; then
  start udp-echo
  turns echo-64 udp-echo 0 --workload echo --size 64
  turns echo-1400 udp-echo 1 --workload echo --size 1400
  stop
fi
for w in dns rate; do
  in_only $w || continue
  ex=dns-responder
  [[ $w == rate ]] && ex=rate-limiter
  start $ex
  turns $w $ex 0 --workload $w
  stop
done

# ------------------------------------------------------------ compile time
BCSV="$T/build.csv"
echo "example,variant,rep,seconds" >"$BCSV"
timed() { # <example> <variant> <rep> <command...>
  local ex=$1 variant=$2 rep=$3 t0 t1
  shift 3
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>"$T/build-step.log" || netns_fail "$ex $variant: $(cat "$T/build-step.log")"
  t1=$(date +%s.%N)
  awk -v e="$ex" -v v="$variant" -v r="$rep" -v a="$t0" -v b="$t1" \
    'BEGIN { printf "%s,%s,%d,%.4f\n", e, v, r, b - a }' >>"$BCSV"
}
# Unprivileged, the plugin cannot ask the kernel's verifier (the offload
# is still generated and carried; it would be verified when loaded): the
# compiler's own time. As root, the build verifies in the running kernel.
NOPRIV=(setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all)
if in_only build; then
  say "compile time"
  chmod a+rwx "$T"
  for ((rep = 1; rep <= BUILD_REPS; rep++)); do
    for ex in kv-cache udp-echo dns-responder rate-limiter stats-counter tcp-echo; do
      # shellcheck disable=SC2046
      timed $ex clang $rep "$CLANG" -O2 -g $(srcs $ex) -o "$T/b-clang"
      # The plugin under clang sees one translation unit: whole programs
      # only (dns-responder's three files go through the driver).
      if [[ $(wc -w <<<"${SOURCES[$ex]}") -eq 1 ]]; then
        # shellcheck disable=SC2046
        timed $ex clang-plugin $rep "${NOPRIV[@]}" "$CLANG" -O2 -g -fplugin="$PLUGIN" \
          -fpass-plugin="$PLUGIN" -mllvm -koffload -mllvm -koffload-split \
          $(srcs $ex) -o "$T/b-plugin" -L"$BUILD/lib" -lkoffload-rt -lbpf
      fi
      # shellcheck disable=SC2046
      timed $ex koffload-build-nopriv $rep "${NOPRIV[@]}" "$DRIVER" build $(srcs $ex) -o "$T/b-driver-np"
      # shellcheck disable=SC2046
      timed $ex koffload-build $rep "$DRIVER" build $(srcs $ex) -o "$T/b-driver"
    done
  done
fi

# ----------------------------------------------------------------- results
mkdir -p "$RESULTS"
cp "$CSV" "$RESULTS/e2e-$DATE.csv"
cp "$BCSV" "$RESULTS/e2e-$DATE-build.csv"
MACHINE="$(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1), $(nproc) CPUs, kernel $(uname -r)"
python3 "$ROOT/bench/summarize.py" --csv "$RESULTS/e2e-$DATE.csv" \
  --build-csv "$RESULTS/e2e-$DATE-build.csv" --out-dir "$RESULTS" \
  --prefix "e2e-$DATE" \
  --command "DURATION=$DURATION WARMUP=$WARMUP REPS=$REPS INFLIGHT=$INFLIGHT SERVER_CPU=$SERVER_CPU CLIENT_CPU=$CLIENT_CPU STEP=$STEP MISS_STEP=$MISS_STEP BUILD_REPS=$BUILD_REPS bench/run.sh $1" \
  --date "$STARTED, source $(git -C "$ROOT" rev-parse --short HEAD)" \
  --machine "$MACHINE" --load "$(cut -d' ' -f1-3 /proc/loadavg) (load average at the end)"
cat "$RESULTS/e2e-$DATE.md"
netns_pass
