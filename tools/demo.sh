#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# demo.sh - koffload on examples/kv-cache, from a fresh machine to a
# measured speed-up.
#
#   1. set up (Debian packages) and build koffload, if needed;
#   2. profile kv-cache under its workload (koffload profile) and split it
#      (koffload build --profile --report): the plan's summary, and the
#      HTML report kept in <build>/demo/kv-cache.html;
#   3. run the userspace-only build and then the split build in a network
#      namespace, each under the same load for a few seconds (client and
#      server pinned to one CPU: the hard case), and print requests/s and
#      latency of both, the speed ratio, and how many requests the kernel
#      answered and how many userspace served (koffload stats).
#
# Steps 2 (the profile) and 3 need root (network namespaces, BPF); without
# it the demo builds the split server without a profile and stops there.
# Environment: DEMO_SECONDS (load per build, default 5), DEMO_FAST
# (percent of requests that are GET hits, the offload's fast path; the
# rest are SETs, which userspace serves; default 90), DEMO_INFLIGHT
# (requests kept in flight, default 8), DEMO_CPU (default: the last one),
# DEMO_BUILD=0 (skip setting up and building).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KOFFLOAD_BUILD_DIR:-$ROOT/build}"
SECONDS_PER_RUN="${DEMO_SECONDS:-5}"
FAST="${DEMO_FAST:-90}"
INFLIGHT="${DEMO_INFLIGHT:-8}"
CPU="${DEMO_CPU:-$(($(nproc) - 1))}"
CLANG=/usr/lib/llvm-19/bin/clang
KV="$ROOT/examples/kv-cache"
OUT="$BUILD/demo"

# DEMO_BUILD=0: use the build as it is (the test of the demo's main steps,
# test/e2e/demo-main.sh, runs inside the build).
if [[ ${DEMO_BUILD:-1} != 0 ]]; then
  echo "==> setting up (Debian packages; nothing to do if already installed)"
  "$ROOT/tools/setup.sh"
  echo "==> building koffload"
  "$ROOT/tools/build.sh" 2>&1 | tail -n 1
fi
DRIVER="$BUILD/bin/koffload"
LOAD="$BUILD/bin/koffload-load"
mkdir -p "$OUT"

if ((EUID != 0)); then
  echo "==> splitting kv-cache: koffload build examples/kv-cache/kv-cache.c"
  "$DRIVER" build "$KV/kv-cache.c" -o "$OUT/kv-cache" \
    --report "$OUT/kv-cache.html" 2>&1 | grep '^koffload:'
  echo "==> the report: $OUT/kv-cache.html"
  echo "demo: running the servers needs root (network namespaces, BPF):" \
    "stopping here" >&2
  exit 0
fi

# The namespaces, the veth pair and a scratch directory, all removed on
# exit however the demo ends (test/e2e/netns.sh).
# shellcheck source=../test/e2e/netns.sh
source "$ROOT/test/e2e/netns.sh"
NETNS_TEST_NAME=demo
netns_setup demo
T="$NETNS_TMPDIR"

echo "==> profiling kv-cache under its workload"
echo "    koffload profile -o kv.profdata examples/kv-cache/kv-cache.c -- examples/kv-cache/workload.sh {}"
"$DRIVER" profile -o "$T/kv.profdata" "$KV/kv-cache.c" -- "$KV/workload.sh" '{}' 2>&1 |
  grep -v '^kv-cache:' | sed 's/^/    /'
echo "==> splitting kv-cache"
echo "    koffload build --profile kv.profdata examples/kv-cache/kv-cache.c -o kv-cache --report kv-cache.html"
"$DRIVER" build --profile "$T/kv.profdata" "$KV/kv-cache.c" -o "$T/kv-split" \
  --report "$OUT/kv-cache.html" 2>&1 | grep '^koffload:' | sed 's/^/    /'
cp "$T/kv-split.plan.json" "$OUT/kv-cache.plan.json"
echo "==> the userspace-only build: clang -O2 examples/kv-cache/kv-cache.c"
"$CLANG" -O2 "$KV/kv-cache.c" -o "$T/kv-user"

# The load: GET hits of keys the journal preloads (the fast path) and
# SETs of the same keys (userspace's). The client's kernel writes its UDP
# checksums (veth leaves them partial otherwise; the offload checks them),
# and an XDP_PASS program on the client's veth lets the native offload's
# XDP_TX replies in.
"$LOAD" --kv-journal "$T/journal.seed"
ip netns exec "$NETNS_CLIENT" ethtool -K veth-cli tx off >/dev/null
netns_client_xdp_pass "$CLANG" "$ROOT"

# run <label> <server> [env...]: the server in its namespace, the load
# from the other, both on CPU $CPU; the client's summary in $T/<label>.
run() {
  local label=$1 server=$2 i
  shift 2
  cp "$T/journal.seed" "$T/journal"
  netns_start_server env "$@" taskset -c "$CPU" "$server" "$T/journal"
  netns_wait_port udp 11211
  if [[ $label == split ]]; then
    for ((i = 0; i < 100; i++)); do
      grep -q "offload attached" "$SERVER_LOG" && break
      sleep 0.05
    done
    grep -q "offload attached" "$SERVER_LOG" ||
      netns_fail "the split server did not attach its offload: $(cat "$SERVER_LOG")"
  fi
  NETNS_CLIENT_TIMEOUT=$((SECONDS_PER_RUN + 20)) netns_client \
    taskset -c "$CPU" "$LOAD" --server "$SERVER_ADDR:11211" --workload kv \
    --fast "$FAST" --inflight "$INFLIGHT" --warmup 1 \
    --duration "$SECONDS_PER_RUN" >"$T/$label"
  if [[ $label == split ]]; then
    "$DRIVER" stats "$SERVER_PID" >"$T/stats" ||
      netns_fail "koffload stats $SERVER_PID failed"
  fi
  netns_stop_server || true
}

field() { # <file> <key>: the value of key=value in the client's summary
  tr ' ' '\n' <"$1" | sed -n "s/^$2=//p"
}

echo "==> running each build for ${SECONDS_PER_RUN} s: ${FAST}% GET hits, $((100 - FAST))% SETs," \
  "$INFLIGHT requests in flight, client and server on CPU $CPU"
run user "$T/kv-user"
run split "$T/kv-split" KOFFLOAD_IFACE=veth-srv

printf '    %-22s %12s %10s %10s\n' "" "requests/s" "p50 (us)" "p99 (us)"
for label in user split; do
  name="userspace-only build"
  [[ $label == split ]] && name="koffload split"
  printf '    %-22s %12.0f %10s %10s\n' "$name" "$(field "$T/$label" rps)" \
    "$(field "$T/$label" p50_us)" "$(field "$T/$label" p99_us)"
done
# The kernel's counters cover warm-up and measured time alike, so the
# shares are of everything the offload saw.
read -r answered fallback <<<"$(sed -n 's/^answered \([0-9]*\) dropped [0-9]* fallback \([0-9]*\).*/\1 \2/p' "$T/stats")"
[[ -n $answered ]] || netns_fail "no counters from koffload stats: $(cat "$T/stats")"
cat "$T/stats" | sed "s/^/    koffload stats: /"
echo "==> the split server: $answered requests answered in the kernel," \
  "$fallback served by userspace (passed on by the offload)"
awk -v a="$answered" -v f="$fallback" 'BEGIN {
  if (a + f > 0) printf "    %.1f%% of its requests never reached userspace\n", 100 * a / (a + f) }'
awk -v s="$(field "$T/split" rps)" -v u="$(field "$T/user" rps)" 'BEGIN {
  if (u > 0) printf "==> speed: the split server answers %.2fx the requests/s of the userspace-only build\n", s / u }'
echo "==> the report: $OUT/kv-cache.html (markdown: $DRIVER report $OUT/kv-cache.plan.json)"
echo "==> done"
