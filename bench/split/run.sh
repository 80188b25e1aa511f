#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# bench/split/run.sh <build dir>: what splitting costs the requests
# userspace still serves, and what it saves on those the kernel answers.
# kv-cache in three builds, over a veth pair between two namespaces,
# each run in turn, REPS times (default 3):
#   plain      clang -O2, no koffload
#   split-off  the split build with KOFFLOAD_MODE=off: the shared table
#              reached through its pointer, the record protocol's calls
#   split      the split build, offload attached (generic XDP)
# Workloads: N (default 20000) SETs one after another (userspace's: the
# slow path) and N GET misses (the kernel's in the split build). Measured:
# the server's CPU time per request (utime + stime from /proc, so client
# speed does not count), and requests per second at the client (one
# request in flight, Python: the client bounds it). Results in
# bench/results/split-<date>.md with the command, date and machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:?usage: run.sh <build dir>}" && pwd)"
N="${N:-20000}" REPS="${REPS:-3}"
CLANG=/usr/lib/llvm-19/bin/clang
PORT=11211
RESULTS="${RESULTS:-$ROOT/bench/results}"
# shellcheck source=../../test/e2e/netns.sh
source "$ROOT/test/e2e/netns.sh"
((EUID == 0)) || netns_skip "needs root (namespaces, BPF)"
netns_setup bench-split
T="$NETNS_TMPDIR"
ip netns exec "$NETNS_CLIENT" ethtool -K veth-cli tx off >/dev/null
NETNS_CLIENT_TIMEOUT=600

"$CLANG" -O2 -g "$ROOT/examples/kv-cache/kv-cache.c" -o "$T/plain"
"$CLANG" -O2 -g -fplugin="$BUILD/lib/KOffload.so" -fpass-plugin="$BUILD/lib/KOffload.so" \
  -mllvm -koffload -mllvm -koffload-split "$ROOT/examples/kv-cache/kv-cache.c" \
  -o "$T/split" -L"$BUILD/lib" -lkoffload-rt -lbpf 2>/dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# measure <config> <workload>: prints "<config> <workload> <us/req> <req/s>"
measure() {
  local config=$1 workload=$2 bin env=() before after secs i
  case $config in
  plain) bin=$T/plain ;;
  split-off) bin=$T/split env=(KOFFLOAD_MODE=off) ;;
  split) bin=$T/split env=(KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic) ;;
  esac
  rm -f "$T/journal"
  netns_start_server env "${env[@]}" "$bin" "$T/journal"
  netns_wait_port udp "$PORT"
  # The offload is loaded (the verifier's work is the server's system time)
  # before the measurement starts.
  if [[ $config == split ]]; then
    for ((i = 0; i < 300; i++)); do
      grep -q "offload attached" "$SERVER_LOG" && break
      sleep 0.1
    done
    grep -q "offload attached" "$SERVER_LOG" || netns_fail "not attached: $(cat "$SERVER_LOG")"
  fi
  sleep 0.3
  before=$(cpu_ticks "$SERVER_PID")
  secs=$(netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$N" "$workload" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
addr, n, kind = (sys.argv[1], int(sys.argv[2])), int(sys.argv[3]), sys.argv[4]
t = time.monotonic()
for i in range(n):
    req = (b"set k%d 3\r\nabc\r\n" % (i % 1000) if kind == "set"
           else b"get miss%d\r\n" % i)
    s.sendto(req, addr)
    s.recvfrom(2048)
print(time.monotonic() - t)
PY
)
  after=$(cpu_ticks "$SERVER_PID")
  netns_stop_server
  local tick
  tick=$(getconf CLK_TCK)
  awk -v c="$config" -v w="$workload" -v n="$N" -v d=$((after - before)) \
    -v tick="$tick" -v s="$secs" \
    'BEGIN { printf "%s %s %.2f %.0f\n", c, w, d / tick / n * 1e6, n / s }'
}

for ((r = 1; r <= REPS; r++)); do
  for w in set get; do
    for c in plain split-off split; do
      measure "$c" "$w"
    done
  done
done | tee "$T/raw"

mkdir -p "$RESULTS"
out="$RESULTS/split-$(date -u +%F).md"
{
  echo "# Split kv-cache: the userspace tax and the kernel's answers, $(date -u '+%F %T UTC')"
  echo
  echo "- command: \`N=$N REPS=$REPS bench/split/run.sh $1\`"
  echo "- source: $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "- machine: $(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1), $(nproc) cores, kernel $(uname -r)"
  echo "- server CPU µs per request (utime+stime / requests) and client requests/s (one in flight, a Python client: it bounds the rate); medians of $REPS runs, each configuration in turn"
  echo
  echo "| workload | config | server CPU µs/request | client req/s | CPU vs plain |"
  echo "|---|---|---:|---:|---:|"
  for w in set get; do
    base=$(awk -v w="$w" '$1 == "plain" && $2 == w {print $3}' "$T/raw" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    for c in plain split-off split; do
      cpu=$(awk -v c="$c" -v w="$w" '$1 == c && $2 == w {print $3}' "$T/raw" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      rps=$(awk -v c="$c" -v w="$w" '$1 == c && $2 == w {print $4}' "$T/raw" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      ratio=$(awk -v a="$cpu" -v b="$base" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
      echo "| $w | $c | $cpu | $rps | $ratio |"
    done
  done
} >"$out"
cat "$out"
netns_pass
