#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# workload.sh SERVER [GETS] [KEYS] - a profiling workload for kv-cache, for
#   koffload profile -o kv.profdata examples/kv-cache/kv-cache.c -- \
#       examples/kv-cache/workload.sh {}
#
# Runs SERVER (the instrumented kv-cache) in a network namespace of its own
# (loopback only: no traffic leaves it), sends it a typical mix (SETs of
# KEYS keys with 32-byte values, then GETs, nine in ten of them hits), and
# stops it with
# SIGTERM, which kv-cache handles by returning from main, so the profile
# gets written. Needs root (ip netns).
#
# A profile is only as good as its workload: branches it never takes
# become the offload's fallbacks. With too few keys, for one, the hash
# table's longer probe chains never show up, and the offload would pass
# every request that needs one to userspace.
set -euo pipefail
SERVER="$1" GETS="${2:-2000}" KEYS="${3:-1000}"
NS="koffload-workload-$$"
DIR="$(mktemp -d)"
PID=
cleanup() {
  [[ -n $PID ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT
ip netns add "$NS"
ip -n "$NS" link set lo up
ip netns exec "$NS" "$SERVER" "$DIR/journal" &
PID=$!
ip netns exec "$NS" timeout 30 python3 - "$GETS" "$KEYS" <<'PY'
import socket, sys, time
gets, keys = int(sys.argv[1]), int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1)
addr = ("127.0.0.1", 11211)
for _ in range(50):  # until the server has bound its port
    try:
        s.sendto(b"get warmup\r\n", addr)
        s.recvfrom(2048)
        break
    except (socket.timeout, ConnectionRefusedError):
        time.sleep(0.1)
else:
    sys.exit("workload: kv-cache does not answer")
def ask(req):
    s.sendto(req, addr)
    return s.recvfrom(2048)[0]
for i in range(keys):
    value = b"value-%026d" % i
    assert ask(b"set user:%d 32\r\n%s\r\n" % (i, value)) == b"STORED\r\n"
for i in range(gets):
    key = b"user:%d" % (i * 7919 % keys) if i % 10 else b"nobody:%d" % i
    ask(b"get " + key + b"\r\n")
print(f"workload: {keys} SETs, {gets} GETs answered")
PY
kill -TERM "$PID"
wait "$PID"
PID=
