#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# share-port.sh: two processes of one split server on one UDP port
# (SO_REUSEPORT), over a real veth pair. The kernel spreads the requests
# over the two sockets by a hash of the addresses and ports, so each
# process has its own table; the offload must answer only from the state
# of the process the kernel gives a request to.
#   - kv-cache with SO_REUSEPORT instead of SO_REUSEADDR (the idiom of
#     servers that run one process per core), split;
#   - the first process attaches alone; the second, started later on the
#     same port, does not attach and says so in one line naming the first;
#   - from 48 client sockets (48 source ports): SET a key then GET it from
#     the same socket; every GET returns the value just SET, whichever
#     process the kernel gives the socket to (before the fix, the first
#     process's offload answered every GET from its own table: the second
#     process's keys read as missing);
#   - the first process's offload answered its share in the kernel
#     (koffload-stats), and the second process served requests too;
#   - a newcomer that is not koffload's binds the port later (SO_REUSEPORT
#     with the first process; SO_REUSEADDR with kv-cache as shipped): every
#     GET the kernel gives it reaches it, none is answered by the offload.
#
# usage: share-port.sh <source dir> <clang> <KOffload.so> <lib dir>
#                      <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=11211
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init share-port
sed 's/SO_REUSEADDR/SO_REUSEPORT/' "$SRC/examples/kv-cache/kv-cache.c" \
  >"$T/kv-cache-reuseport.c"
grep -q 'SOL_SOCKET, SO_REUSEPORT' "$T/kv-cache-reuseport.c" ||
  netns_fail "kv-cache.c no longer sets SO_REUSEADDR: update this test"
split_build "$T/kv-cache-reuseport.c"

# start <journal>: a process of the split server; returns after its
# koffload line (the verifier may take seconds on a loaded machine).
start() {
  netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic \
    "$T/split" "$1"
  netns_wait_port udp "$PORT"
  for ((i = 0; i < 300; i++)); do
    grep -q '^koffload: ' "$SERVER_LOG" && return 0
    sleep 0.1
  done
  netns_fail "no koffload line in 30 s: $(cat "$SERVER_LOG")"
}

start "$T/journal-1"
PID_1=$SERVER_PID LOG_1=$SERVER_LOG
grep -q "^koffload: offload attached to veth-srv (generic)" "$LOG_1" ||
  netns_fail "the first process did not attach: $(cat "$LOG_1")"
start "$T/journal-2"
PID_2=$SERVER_PID LOG_2=$SERVER_LOG

netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" >"$T/session" <<'PY'
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
stale = 0
for i in range(48):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(2)
    value = b"v%02d" % i
    s.sendto(b"set k%d 3\r\n%s\r\n" % (i, value), addr)
    assert s.recv(2048) == b"STORED\r\n", i
    s.sendto(b"get k%d\r\n" % i, addr)
    reply = s.recv(2048)
    want = b"VALUE k%d 3\r\n%s\r\nEND\r\n" % (i, value)
    if reply != want:
        stale += 1
        print("stale: socket %d got %r, want %r" % (i, reply, want))
    s.close()
print("stale reads:", stale)
PY
cat "$T/session"
grep -q '^stale reads: 0$' "$T/session" || netns_fail "GETs answered from the wrong process's state"
grep -q "^koffload: UDP port $PORT is also bound by pid $PID_1 .*serving every request from userspace" "$LOG_2" ||
  netns_fail "the second process: want one line naming pid $PID_1: $(cat "$LOG_2")"
[[ $(grep -c '^koffload: ' "$LOG_2") -eq 1 ]] ||
  netns_fail "the second process: want one koffload line: $(cat "$LOG_2")"
echo "second process: $(grep '^koffload: ' "$LOG_2")"

stats=$("$STATS" "$PID_1") || netns_fail "koffload-stats: $stats"
echo "first process: $stats"
answered=$(sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats")
((answered >= 1)) || netns_fail "the first process's offload answered nothing in the kernel"
[[ -s $T/journal-2 ]] || netns_fail "the second process served no SET"
echo "the first process's offload answered $answered GETs in the kernel; the second process served its share"

# later <reuseport|reuseaddr>: a process that is not koffload's binds the
# port later with the option and answers "PY" to everything; then a GET
# from each of 48 sockets. Each is answered by whichever socket the kernel
# chose: the offload (from the split server's table) must not answer the
# ones the kernel gives the newcomer, which cannot tell anyone it came.
later() {
  # (A background command's stdin is /dev/null: the script is a file.)
  cat >"$T/newcomer.py" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT if sys.argv[1] == "reuseport"
             else socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", int(sys.argv[2])))
n = 0
while True:
    data, peer = s.recvfrom(2048)
    n += 1
    s.sendto(b"PY\r\n", peer)
    with open(sys.argv[3], "w") as out:
        out.write("%d\n" % n)
PY
  netns_start_server "$PYTHON" "$T/newcomer.py" "$1" "$PORT" "$T/py-$1"
  PID_PY=$SERVER_PID
  for ((i = 0; i < 100; i++)); do
    [[ $(ss -N "$NETNS_SERVER" -H -l -n -u "sport = :$PORT" | wc -l) -ge 2 ]] && break
    sleep 0.05
  done
  [[ $(ss -N "$NETNS_SERVER" -H -l -n -u "sport = :$PORT" | wc -l) -ge 2 ]] ||
    netns_fail "$1: the newcomer did not bind the port: $(cat "$SERVER_LOG")"
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" >"$T/later-$1" <<'PY'
import socket, sys
addr = (sys.argv[1], int(sys.argv[2]))
py = kv = none = 0
for i in range(48):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(2)
    s.sendto(b"get k%d\r\n" % i, addr)
    try:
        reply = s.recv(2048)
    except socket.timeout:
        none += 1
        continue
    if reply == b"PY\r\n":
        py += 1
    else:
        kv += 1
print(py, kv, none)
PY
  read -r py kv none <"$T/later-$1"
  got=$(cat "$T/py-$1" 2>/dev/null || echo 0)
  echo "$1 newcomer: $py GETs answered by it (it received $got), $kv by the split server, $none unanswered"
  ((none == 0)) || netns_fail "$1: $none GETs unanswered"
  ((py == got && py >= 1)) ||
    netns_fail "$1: the newcomer received $got GETs and answered $py: the offload answered requests the kernel gave the newcomer"
  netns_kill "$PID_PY"
}

# SO_REUSEPORT: a newcomer that is not a split server.
netns_kill "$PID_2"
later reuseport
((kv >= 1)) || netns_fail "reuseport: the split server got none of 48 GETs"
netns_kill "$PID_1"

# SO_REUSEADDR, as kv-cache ships: for UDP a newcomer that sets it too may
# bind the port, and takes the unicast datagrams (the best-scoring socket,
# usually the newest).
"$(dirname "$LIBDIR")/bin/koffload" build -o "$T/split-addr" \
  "$SRC/examples/kv-cache/kv-cache.c" >"$T/build-addr.log" 2>&1 ||
  netns_fail "koffload build failed: $(cat "$T/build-addr.log")"
netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic \
  "$T/split-addr" "$T/journal-3"
netns_wait_port udp "$PORT"
for ((i = 0; i < 300; i++)); do
  grep -q '^koffload: ' "$SERVER_LOG" && break
  sleep 0.1
done
grep -q "^koffload: offload attached to veth-srv (generic)" "$SERVER_LOG" ||
  netns_fail "kv-cache did not attach: $(cat "$SERVER_LOG")"
later reuseaddr
netns_pass
