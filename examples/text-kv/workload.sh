#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# workload.sh SERVER [GETS] [KEYS] - a profiling workload for text-kv, for
#   koffload profile -o tkv.profdata examples/text-kv/text-kv.c -- \
#       examples/text-kv/workload.sh {}
#
# Runs SERVER (the instrumented text-kv) in a network namespace of its own
# (loopback only), sends it a typical mix -- SETs of KEYS keys, then GETs
# (nine in ten hits), some overwrites, deletes, stats and version -- and
# stops it with SIGTERM, which text-kv handles by returning from main, so
# the profile gets written. Needs root (ip netns).
set -euo pipefail
SERVER="$1" GETS="${2:-2000}" KEYS="${3:-200}"
NS="koffload-tkv-workload-$$"
PID=
cleanup() {
  [[ -n $PID ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  ip netns del "$NS" 2>/dev/null || true
}
trap cleanup EXIT
ip netns add "$NS"
ip -n "$NS" link set lo up
ip netns exec "$NS" "$SERVER" >/dev/null &
PID=$!
ip netns exec "$NS" timeout 60 python3 - "$GETS" "$KEYS" <<'PY'
import socket, sys, time
gets, keys = int(sys.argv[1]), int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1)
addr = ("127.0.0.1", 10400)
for _ in range(50):  # until the server has bound its port
    try:
        s.sendto(b"version\r\n", addr)
        s.recvfrom(2048)
        break
    except (socket.timeout, ConnectionRefusedError):
        time.sleep(0.1)
else:
    sys.exit("workload: text-kv does not answer")
def ask(req):
    s.sendto(req, addr)
    return s.recvfrom(2048)[0]
stored = sum(ask(b"set user:%d %d value-%d\r\n" % (i, i % 7, i)) == b"STORED\r\n"
             for i in range(keys))
if stored < keys * 9 // 10:
    sys.exit(f"workload: only {stored} of {keys} SETs stored")
for i in range(gets):
    key = b"user:%d" % (i * 7919 % keys) if i % 10 else b"nobody:%d" % i
    ask(b"get " + key + b"\r\n")
    if i % 20 == 0:
        ask(b"set user:%d 0 new-%d\r\n" % (i % keys, i))
    if i % 50 == 0:
        ask(b"stats\r\n")
        ask(b"delete nobody:%d\r\n" % i)
print(f"workload: {keys} SETs, {gets} GETs answered")
PY
kill -TERM "$PID"
wait "$PID"
PID=
