# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-common.sh - the shared steps of the split-server tests
# (split-<example>.sh), on netns.sh:
#
#   split_init <tag>                  # skip unless root; namespaces; the
#                                     # client's checksums written by its kernel
#   split_build <source...>           # $T/split: -mllvm -koffload-split
#   split_start [server args...]      # in the server namespace, generic XDP
#                                     # on veth-srv; returns once attached
#   ask <request> <seconds>           # one datagram; the reply's repr or (none)
#   xdp_attached                      # true while veth-srv has an XDP program
#
# The scripts set SRC CLANG PLUGIN LIBDIR PORT before sourcing this.

# shellcheck source=netns.sh
source "$(dirname "${BASH_SOURCE[0]}")/netns.sh"
T=

split_init() {
  if ((EUID != 0)); then
    netns_skip "loading BPF programs needs root (CAP_BPF)"
  fi
  command -v ethtool >/dev/null || netns_skip "ethtool is not installed (tools/setup.sh)"
  netns_setup "$1"
  T="$NETNS_TMPDIR"
  # A sender on veth leaves the UDP checksum partial (the receiver trusts
  # the skb; a NIC would complete it); the offload, which sees only bytes,
  # checks it: let the client's kernel write it, as a real link's sender's.
  ip netns exec "$NETNS_CLIENT" ethtool -K veth-cli tx off >/dev/null
}

split_build() {
  "$CLANG" -O2 -g -fplugin="$PLUGIN" -fpass-plugin="$PLUGIN" -mllvm -koffload \
    -mllvm -koffload-split -Rpass=koffload "$@" -o "$T/split" \
    -L"$LIBDIR" -lkoffload-rt -lbpf 2>"$T/build.log" ||
    netns_fail "the split build failed: $(cat "$T/build.log")"
  grep -q "the program carries its offload" "$T/build.log" ||
    netns_fail "not split: $(cat "$T/build.log")"
}

split_start() {
  local i
  netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic \
    "$T/split" "$@"
  netns_wait_port udp "$PORT"
  for ((i = 0; i < 50; i++)); do
    grep -q "offload attached to veth-srv" "$SERVER_LOG" && break
    sleep 0.1
  done
  grep -q "offload attached to veth-srv (generic)" "$SERVER_LOG" ||
    netns_fail "the offload did not attach: $(cat "$SERVER_LOG")"
  xdp_attached || netns_fail "no XDP program on veth-srv"
}

ask() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$1" "$2" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(float(sys.argv[4]))
s.sendto(sys.argv[3].encode().decode("unicode_escape").encode(),
         (sys.argv[1], int(sys.argv[2])))
try:
    print(repr(s.recvfrom(2048)[0]))
except socket.timeout:
    print("(none)")
PY
}

xdp_attached() {
  ip -n "$NETNS_SERVER" -d link show veth-srv | grep -q 'xdp'
}
