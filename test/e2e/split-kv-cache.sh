#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-kv-cache.sh: kv-cache built as a split server
# (clang -fpass-plugin ... -mllvm -koffload -mllvm -koffload-split, linked
# with libkoffload-rt): one executable that carries its verified offload,
# attaches it after bind() (KOFFLOAD_IFACE=veth-srv, generic XDP) and
# shares its table with it, over a real veth pair:
#   - a SET handled in userspace is seen by a GET the kernel answers (the
#     server is stopped with SIGSTOP: only the kernel can answer);
#   - a SET sent while the server is stopped waits for it (userspace's);
#   - the replies equal those of the same build with KOFFLOAD_MODE=off;
#   - koffload-stats reads, from outside, the requests it answered;
#   - once attached, it has dropped CAP_BPF, CAP_NET_ADMIN, CAP_SYS_ADMIN;
#   - killed with SIGKILL, it leaves no XDP program attached within 1 s.
#
# usage: split-kv-cache.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=11211
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-kv
split_build "$SRC/examples/kv-cache/kv-cache.c"

# kv_session <file>: the request sequence (client side); replies to <file>.
kv_session() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
addr = (sys.argv[1], int(sys.argv[2]))
out = open(sys.argv[3], "w")
for req in [b"set k1 3\r\nabc\r\n", b"get k1\r\n", b"get k2\r\n",
            b"set k2 5\r\nhello\r\n", b"get k2\r\n", b"delete k1\r\n",
            b"get k1\r\n", b"bogus\r\n"]:
    s.sendto(req, addr)
    out.write(repr(s.recvfrom(2048)[0]) + "\n")
PY
}

# Userspace only: the replies to compare with.
netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=off \
  "$T/split" "$T/journal-off"
netns_wait_port udp "$PORT"
kv_session "$T/off.replies"
grep -q "KOFFLOAD_MODE=off" "$SERVER_LOG" || netns_fail "no KOFFLOAD_MODE=off line"
xdp_attached && netns_fail "KOFFLOAD_MODE=off attached a program"
netns_stop_server

# Split.
split_start "$T/journal-on"
# Attached, the server keeps none of the rights it attached with.
caps=$((16#$(sed -n 's/^CapEff:\t*//p' "/proc/$SERVER_PID/status")))
for cap in 12 21 39; do # CAP_NET_ADMIN, CAP_SYS_ADMIN, CAP_BPF
  (((caps >> cap) & 1)) && netns_fail "the server still has capability $cap"
done
kv_session "$T/on.replies"
diff -u "$T/off.replies" "$T/on.replies" ||
  netns_fail "the split server's replies differ from userspace-only's"

# State: a SET in userspace, then a GET only the kernel can answer.
[[ $(ask 'set k3 4\r\nxyzw\r\n' 2) == "b'STORED\\r\\n'" ]] || netns_fail "SET k3"
kill -STOP "$SERVER_PID"
[[ $(ask 'get k3\r\n' 2) == "b'VALUE k3 4\\r\\nxyzw\\r\\nEND\\r\\n'" ]] ||
  netns_fail "with the server stopped, GET k3 did not get userspace's value"
echo "GET answered by the kernel from the table userspace wrote"
# The counters, read from outside while it runs: that GET and the session's
# GETs, misses and ERROR were answered in the kernel (at least 6).
stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
echo "koffload-stats: $stats"
# A request that found the record held by userspace (still finishing the
# one before) falls back, correctly: it counts as the kernel's here.
answered=$(sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats")
busy=$(sed -n 's/.*record busy \([0-9]*\)).*/\1/p' <<<"$stats")
((answered + busy >= 6)) ||
  netns_fail "only $answered requests answered in the kernel ($busy busy)"

[[ $(ask 'set k4 1\r\nq\r\n' 0.5) == "(none)" ]] ||
  netns_fail "a SET was answered while the server was stopped"
kill -CONT "$SERVER_PID"
[[ $(ask 'get k4\r\n' 2) == "b'VALUE k4 1\\r\\nq\\r\\nEND\\r\\n'" ]] ||
  netns_fail "the SET sent while stopped was not applied"
split_kill

# Native XDP on veth runs on the sender's buffer, which seldom has room at
# its tail: a reply longer than its request (a GET hit) grows at the head
# (it fell back to userspace before). XDP_TX into veth-cli needs an XDP
# program there.
netns_client_xdp_pass "$CLANG" "$SRC"
SPLIT_MODE=native split_start "$T/journal-on"
kill -STOP "$SERVER_PID"
[[ $(ask 'get k3\r\n' 2) == "b'VALUE k3 4\\r\\nxyzw\\r\\nEND\\r\\n'" ]] ||
  netns_fail "native XDP on veth: the kernel did not answer a GET hit"
echo "native XDP on veth: a reply longer than its request answered"
kill -CONT "$SERVER_PID"
split_kill
netns_pass
