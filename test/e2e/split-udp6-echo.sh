#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-udp6-echo.sh: an IPv6 UDP echo server (test/lit/kernel/Inputs/
# udp6-echo.c, wildcard-bound, port 9600) built as a split server over veth
# with IPv6 addresses (2001:2::/64): the same replies as its userspace-only
# build, answered in the kernel (koffload-stats) and none taken for a bad
# checksum. With the veth's default offloads the client's UDP checksums
# are partial (mandatory over IPv6, so never 0); with SPLIT_TX_CSUM=off
# they are whole. The replies carry the checksum the offload computes,
# which the client's stack verifies. Generic, then native XDP.
#
# usage: split-udp6-echo.sh <source dir> <clang> <KOffload.so> <lib dir>
#                           <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=9600
SERVER_ADDR6=2001:2::1 CLIENT_ADDR6=2001:2::2
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-echo6
ip -n "$NETNS_SERVER" -6 addr add "$SERVER_ADDR6/64" dev veth-srv nodad
ip -n "$NETNS_CLIENT" -6 addr add "$CLIENT_ADDR6/64" dev veth-cli nodad
split_build "$SRC/test/lit/kernel/Inputs/udp6-echo.c"

# session6 <out> <requests...>: the replies over IPv6 (repr, or (none)).
session6() {
  local out=$1
  shift
  netns_client "$PYTHON" - "$SERVER_ADDR6" "$PORT" "$out" "$@" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.settimeout(1)
addr = (sys.argv[1], int(sys.argv[2]))
with open(sys.argv[3], "w") as out:
    for req in sys.argv[4:]:
        s.sendto(req.encode().decode("unicode_escape").encode("latin-1"), addr)
        try:
            out.write(repr(s.recvfrom(4096)[0]) + "\n")
        except socket.timeout:
            out.write("(none)\n")
PY
}

requests=(hello 'x\x00y' abc "$(printf 'z%.0s' {1..599})" 'last one')
netns_start_server env KOFFLOAD_MODE=off "$T/split"
netns_wait_port udp "$PORT"
session6 "$T/echo6.off" "${requests[@]}"
netns_stop_server
grep -q "(none)" "$T/echo6.off" && netns_fail "userspace-only: no reply: $(cat "$T/echo6.off")"

split_start
session6 "$T/echo6.on" "${requests[@]}"
diff -u "$T/echo6.off" "$T/echo6.on" ||
  netns_fail "the split server's replies differ from userspace-only's"
split_answered ${#requests[@]}
netns_stop_server

# Native XDP (an XDP_PASS program on veth-cli lets native XDP_TX in).
netns_client_xdp_pass "$CLANG" "$SRC"
SPLIT_MODE=native split_start
session6 "$T/echo6.native" "${requests[@]}"
diff -u "$T/echo6.off" "$T/echo6.native" ||
  netns_fail "native: the split server's replies differ from userspace-only's"
split_answered ${#requests[@]}
netns_stop_server
netns_pass
