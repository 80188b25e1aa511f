#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-either-family.sh: a UDP echo server whose socket family is a
# command-line choice (test/lit/plan/Inputs/either-family.c: IPv4, or with
# -6 a dual-stack AF_INET6 socket; port 7050), built as a split server. The
# offload is generated for IPv4 and answers only when the runtime says the
# socket is bound AF_INET. Run as IPv4: the same replies as userspace-only,
# answered in the kernel. Run with -6: IPv6 clients and IPv4 clients (to
# the dual-stack socket, v4-mapped) get the same replies as userspace-only,
# and the kernel answers none of them. (Here the address check alone would
# pass them too: the runtime gives an AF_INET6 socket the interface's IPv6
# address; the family flag itself is checked frame by frame in
# test/lit/kernel/either-family-xdp.test, with a wildcard mask.)
#
# usage: split-either-family.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7050
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.50.1 CLIENT_ADDR=198.18.50.2
SERVER_ADDR6=2001:2:0:50::1 CLIENT_ADDR6=2001:2:0:50::2

split_init split-fam
ip -n "$NETNS_SERVER" -6 addr add "$SERVER_ADDR6/64" dev veth-srv nodad
ip -n "$NETNS_CLIENT" -6 addr add "$CLIENT_ADDR6/64" dev veth-cli nodad
split_build "$SRC/test/lit/plan/Inputs/either-family.c"

# session_at <addr> <out> <requests...>: replies (repr, or (none)) from a
# client of the address's family.
session_at() {
  local addr=$1 out=$2
  shift 2
  netns_client "$PYTHON" - "$addr" "$PORT" "$out" "$@" <<'PY'
import socket, sys
fam = socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET
s = socket.socket(fam, socket.SOCK_DGRAM)
s.settimeout(1)
addr = (sys.argv[1], int(sys.argv[2]))
with open(sys.argv[3], "w") as out:
    for req in sys.argv[4:]:
        s.sendto(req.encode(), addr)
        try:
            data, src = s.recvfrom(4096)
            out.write("%r from %s\n" % (data, src[0]))
        except socket.timeout:
            out.write("(none)\n")
PY
}

requests=(hello abc 'one more' last)

# IPv4: userspace only, then split.
netns_start_server env KOFFLOAD_MODE=off "$T/split"
netns_wait_port udp "$PORT"
session_at "$SERVER_ADDR" "$T/v4.off" "${requests[@]}"
netns_stop_server
grep -q "(none)" "$T/v4.off" && netns_fail "IPv4, userspace only: no reply: $(cat "$T/v4.off")"
split_start
session_at "$SERVER_ADDR" "$T/v4.on" "${requests[@]}"
diff -u "$T/v4.off" "$T/v4.on" || netns_fail "IPv4: the split server's replies differ"
split_answered ${#requests[@]}
netns_stop_server

# -6 (dual-stack): userspace only, then split; IPv6 and IPv4 clients.
netns_start_server env KOFFLOAD_MODE=off "$T/split" -6
netns_wait_port udp "$PORT"
session_at "$SERVER_ADDR6" "$T/v6.off" "${requests[@]}"
session_at "$SERVER_ADDR" "$T/mapped.off" "${requests[@]}"
netns_stop_server
grep -q "(none)" "$T/v6.off" "$T/mapped.off" &&
  netns_fail "-6, userspace only: no reply: $(cat "$T/v6.off" "$T/mapped.off")"
split_start -6
session_at "$SERVER_ADDR6" "$T/v6.on" "${requests[@]}"
session_at "$SERVER_ADDR" "$T/mapped.on" "${requests[@]}"
diff -u "$T/v6.off" "$T/v6.on" || netns_fail "-6: IPv6 replies differ"
diff -u "$T/mapped.off" "$T/mapped.on" || netns_fail "-6: IPv4 (v4-mapped) replies differ"
n=$(split_answered_count)
[[ $n == 0 ]] || netns_fail "-6: the kernel answered $n requests of an AF_INET6 socket with its IPv4 program, want 0"
netns_stop_server
netns_pass
