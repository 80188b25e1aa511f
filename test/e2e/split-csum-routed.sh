#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-csum-routed.sh: a client one hop away, its UDP checksums partial
# (veth defaults), and on the way back a device that completes checksums
# (a veth with tx checksum offload off). The client namespace of netns.sh
# routes (198.18.0.2) between the server and a third namespace, the
# client's (198.18.1.2, behind veth-r0 with tx off). Generic XDP sends the
# request's own skb back, still marked partial: the offload must write the
# reply's partial form, which the router's veth-r0 completes; a zero (IPv4)
# checksum would come out wrong and the client's stack would drop the
# reply. Split udp-echo, generic then native XDP: every reply right, all
# answered in the kernel, no checksum error at the client.
#
# usage: split-csum-routed.sh <source dir> <clang> <KOffload.so> <lib dir>
#                             <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10119
END_ADDR=198.18.1.2
N=50
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init csum-routed
# The client's own namespace (named so that netns.sh's stale-namespace
# sweep recognises it), behind the router.
NETNS_END="koffload-csum-routed-end-$$-cli"
ip netns add "$NETNS_END" || netns_fail "cannot create $NETNS_END"
NETNS_CREATED+=("$NETNS_END")
ip link add name veth-r0 netns "$NETNS_CLIENT" type veth \
  peer name veth-end netns "$NETNS_END"
ip -n "$NETNS_END" link set lo up
ip -n "$NETNS_END" addr add "$END_ADDR/24" dev veth-end
ip -n "$NETNS_CLIENT" addr add 198.18.1.1/24 dev veth-r0
ip -n "$NETNS_END" link set veth-end up
ip -n "$NETNS_CLIENT" link set veth-r0 up
ip -n "$NETNS_END" route add default via 198.18.1.1
ip -n "$NETNS_SERVER" route add 198.18.1.0/24 via "$CLIENT_ADDR"
ip netns exec "$NETNS_CLIENT" sysctl -qw net.ipv4.ip_forward=1
ip netns exec "$NETNS_CLIENT" ethtool -K veth-r0 tx off >/dev/null
split_build "$SRC/examples/udp-echo/udp-echo.c"

# From the far client: N echoes; prints "<right> <checksum errors>".
far_client() {
  timeout --kill-after=2 "$NETNS_CLIENT_TIMEOUT" \
    ip netns exec "$NETNS_END" "$PYTHON" - "$SERVER_ADDR" "$PORT" "$N" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.5)
right = 0
for i in range(int(sys.argv[3])):
    m = b"routed %d " % i + b"x" * (i * 7 % 300)
    s.sendto(m, (sys.argv[1], int(sys.argv[2])))
    try:
        right += s.recvfrom(2048)[0] == m
    except socket.timeout:
        pass
errors = 0
with open("/proc/net/snmp") as f:
    rows = [l.split() for l in f if l.startswith("Udp:")]
errors = int(rows[1][rows[0].index("InCsumErrors")])
print(right, errors)
PY
}

for mode in generic native; do
  [[ $mode == native ]] && netns_client_xdp_pass "$CLANG" "$SRC"
  SPLIT_MODE=$mode split_start "$PORT"
  read -r right errors < <(far_client) || netns_fail "$mode: the client failed"
  echo "$mode: $right of $N right replies, client InCsumErrors $errors"
  ((right == N && errors == 0)) ||
    netns_fail "$mode: $right of $N replies right, $errors checksum errors at the client"
  split_answered "$N"
  netns_stop_server
done
netns_pass
