#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-memcached-text.sh <koffload> <source dir>: build
# examples/memcached-text with `koffload build` (TCP has no kernel side yet:
# the program builds unchanged, and its plan's candidate on the accepted
# connections says hook sk_skb), run that build in namespace ns-tcpex-srv
# (198.18.97.1) and, from ns-tcpex-cli (198.18.97.2) over veth with the
# kernel's default settings, tcp_session.py's sessions, every reply compared
# with memcache_model.py's:
#   200 gets/sets/deletes one per segment; 50 segments of 3 pipelined
#   requests; 20 requests split over two segments 50 ms apart; 8 connections
#   at once x 200 requests; a line over the server's limit (then it closes);
# then the same sessions with the server run as nobody with no capabilities.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

KOFFLOAD="${1:?usage: $0 <koffload> <source dir>}"
SRC="${2:?usage: $0 <koffload> <source dir>}"
PORT=10211
# Read by netns.sh.
# shellcheck disable=SC2034
NETNS_SERVER_NAME="ns-tcpex-srv"
NETNS_CLIENT_NAME="ns-tcpex-cli"
NETNS_SERVER_ADDR=198.18.97.1
NETNS_CLIENT_ADDR=198.18.97.2
# shellcheck source=netns.sh
source "$HERE/netns.sh"
[[ -x $KOFFLOAD ]] || netns_fail "not an executable: $KOFFLOAD"

# The namespace names are fixed: one run at a time, and whatever a run
# killed before its trap left behind is removed once the lock is ours.
# (A user who cannot open the lock cannot create namespaces either: the
# test skips below.)
if { exec 9>>"${TMPDIR:-/tmp}/koffload-e2e-tcpex.lock"; } 2>/dev/null; then
  flock -w 120 9 || netns_fail "another run of this test held the lock for 120 s"
fi
ip netns delete "$NETNS_SERVER_NAME" 2>/dev/null || true
ip netns delete "$NETNS_CLIENT_NAME" 2>/dev/null || true

netns_setup memcached-text
T=$NETNS_TMPDIR

# Build as a user would; the plan must see the TCP connections.
"$KOFFLOAD" build -o "$T/mc" "$SRC/examples/memcached-text/memcached-text.c" \
  >"$T/build.log" 2>&1 || netns_fail "koffload build failed: $(cat "$T/build.log")"
[[ -x $T/mc ]] || netns_fail "koffload build wrote no executable"
# The receive is the read() in on_readable; its line is looked up here, not
# taken from koffload.
READ_LINE=$(grep -n 'ssize_t n = read(c->fd, c->in' \
  "$SRC/examples/memcached-text/memcached-text.c" | cut -d: -f1)
[[ -n $READ_LINE ]] || netns_fail "the read() line is not in the source"
"$PYTHON" - "$T/mc.plan.json" "memcached-text.c:$READ_LINE" <<'PY' ||
import json, sys
plan = json.load(open(sys.argv[1]))
tcp = [c for c in plan["candidates"] if c.get("transport") == "tcp"]
if not tcp:
    sys.exit(f"no TCP candidate: {[c.get('transport') for c in plan['candidates']]}")
for c in tcp:
    print(f"plan: candidate {c['id']}: tcp, hook {c['hook']}, arrivals {c['arrivals']}")
    if c["hook"] == "sk_skb" and any(a.endswith(sys.argv[2]) for a in c["arrivals"]):
        sys.exit(0)
sys.exit(f"no TCP candidate with hook sk_skb receiving at {sys.argv[2]}")
PY
  netns_fail "plan: $(tail -n 3 "$T/build.log")"

sessions() {
  local tag=$1
  netns_wait_port tcp "$PORT"
  netns_client "$PYTHON" "$HERE/tcp_session.py" "$SERVER_ADDR" "$PORT" \
    --mode one --requests 200 --require-all-kinds
  netns_client "$PYTHON" "$HERE/tcp_session.py" "$SERVER_ADDR" "$PORT" \
    --mode pipeline --requests 150 --per-send 3 --max-value 300 --require-all-kinds
  netns_client "$PYTHON" "$HERE/tcp_session.py" "$SERVER_ADDR" "$PORT" \
    --mode split --requests 20 --pause-ms 50 --seed 3 --require-all-kinds
  netns_client "$PYTHON" "$HERE/tcp_session.py" "$SERVER_ADDR" "$PORT" \
    --mode concurrent --connections 8 --requests 200 --require-all-kinds
  netns_client "$PYTHON" "$HERE/tcp_session.py" "$SERVER_ADDR" "$PORT" \
    --mode overlong
  netns_server_alive
  echo "$tag: every session's replies matched the model"
}

netns_start_server "$T/mc" "$PORT"
sessions privileged
netns_stop_server

# Unprivileged: user nobody, no capabilities at all.
chmod a+rx "$T" "$T/mc"
netns_start_server setpriv --reuid=65534 --regid=65534 --clear-groups \
  --inh-caps=-all --bounding-set=-all "$T/mc" "$PORT"
netns_wait_port tcp "$PORT"
grep -q '^Uid:[[:space:]]*65534[[:space:]]' "/proc/$SERVER_PID/status" ||
  netns_fail "the server is not running as nobody: $(grep '^Uid:' "/proc/$SERVER_PID/status")"
grep -q '^CapEff:[[:space:]]*0*$' "/proc/$SERVER_PID/status" ||
  netns_fail "the server has capabilities: $(grep '^Cap' "/proc/$SERVER_PID/status")"
sessions unprivileged
netns_stop_server
netns_pass
