#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# runtime-attach.sh: the runtime (libkoffload-rt, through koffload-attach)
# runs udp-echo's generated offload next to the plain udp-echo server, over
# a real veth pair between two namespaces:
#   - it loads the object, attaches it to veth-srv through a bpf_link
#     (generic XDP) and tells it the service (the wildcard-bound port; the
#     interface's address);
#   - a datagram is echoed; with the server stopped (SIGSTOP) it is still
#     echoed: the kernel answered;
#   - killed with SIGKILL, the runtime leaves no XDP program attached
#     within one second, and a datagram then waits for the server (answered
#     once it continues);
#   - without privileges, or with KOFFLOAD_MODE=off, it says so in one line,
#     attaches nothing, and exits 3 (the server serves alone).
#
# usage: runtime-attach.sh <source dir> <clang> <opt> <KOffload.so>
#                          <koffload-bpf-run> <llvm-nm> <koffload-attach>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6" ATTACH="$7"
PORT=10107
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init udp-echo rt-attach
# The veth pair keeps the kernel's default offloads: the client's kernel
# leaves UDP checksums partial (the receiver trusts the skb's
# CHECKSUM_PARTIAL), and the runtime tells the offload that veth-srv is a
# veth, whose partial checksums it then takes (a request answered with the
# server stopped shows it).
command -v ethtool >/dev/null || netns_skip "ethtool is not installed (tools/setup.sh)"
ip netns exec "$NETNS_CLIENT" ethtool -k veth-cli | grep -q '^tx-checksumming: on' ||
  netns_skip "veth-cli does not start with tx checksum offload on"
offload_bitcode echo -- "$SRC/examples/udp-echo/udp-echo.c"
offload_koffload echo
offload_server echo "$SRC/examples/udp-echo/udp-echo.c"
offload_start_server "$PORT"
ECHO_PID=$SERVER_PID

# ask <payload> <seconds>: one datagram from the client; prints the reply,
# or "(none)" when none came within the time.
ask() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$1" "$2" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(float(sys.argv[4]))
s.sendto(sys.argv[3].encode(), (sys.argv[1], int(sys.argv[2])))
try:
    print(s.recvfrom(2048)[0].decode())
except socket.timeout:
    print("(none)")
PY
}
xdp_attached() {
  ip -n "$NETNS_SERVER" -d link show veth-srv | grep -q 'xdp'
}

# Without privileges: one line, nothing attached, exit 3.
if command -v setpriv >/dev/null; then
  chmod a+rx "$T" && chmod a+r "$OBJ" # for user nobody
  status=0
  ip netns exec "$NETNS_SERVER" setpriv --reuid=65534 --regid=65534 \
    --clear-groups --inh-caps=-all --bounding-set=-all \
    "$ATTACH" --iface veth-srv --service "0.0.0.0:$PORT" "$OBJ" \
    >"$T/unpriv.out" 2>"$T/unpriv.err" || status=$?
  cat "$T/unpriv.err"
  ((status == 3)) || netns_fail "unprivileged: exit $status, want 3"
  [[ $(wc -l <"$T/unpriv.err") -eq 1 ]] &&
    grep -q "^koffload: .*serving every request from userspace" "$T/unpriv.err" ||
    netns_fail "unprivileged: want one line saying userspace serves"
  xdp_attached && netns_fail "unprivileged: an XDP program is attached"
fi
status=0
KOFFLOAD_MODE=off ip netns exec "$NETNS_SERVER" "$ATTACH" --iface veth-srv \
  "$OBJ" 2>"$T/off.err" || status=$?
((status == 3)) && grep -q "KOFFLOAD_MODE=off" "$T/off.err" ||
  netns_fail "KOFFLOAD_MODE=off: exit $status, $(cat "$T/off.err")"

# Attached.
netns_start_server "$ATTACH" --iface veth-srv --mode generic \
  --service "0.0.0.0:$PORT" "$OBJ"
ATTACH_PID=$SERVER_PID
for ((i = 0; i < 50; i++)); do
  grep -q '^attached: veth-srv generic' "$SERVER_LOG" && break
  netns_alive "$ATTACH_PID" || netns_fail "koffload-attach: $(cat "$SERVER_LOG")"
  sleep 0.1
done
grep -q '^attached: veth-srv generic' "$SERVER_LOG" ||
  netns_fail "koffload-attach did not attach: $(cat "$SERVER_LOG")"
xdp_attached || netns_fail "no XDP program on veth-srv after attaching"

[[ $(ask hello 2) == hello ]] || netns_fail "no echo with the offload attached"
kill -STOP "$ECHO_PID"
[[ $(ask kernel 2) == kernel ]] ||
  netns_fail "the server is stopped and the offload did not answer"
echo "answered by the kernel while the server was stopped"

# SIGKILL: the kernel detaches the program with the process.
kill -KILL "$ATTACH_PID"
wait "$ATTACH_PID" 2>/dev/null || true
for ((i = 0; i < 10; i++)); do
  xdp_attached || break
  sleep 0.1
done
xdp_attached && netns_fail "an XDP program is still attached 1 s after SIGKILL"
echo "detached within 1 s of SIGKILL"
[[ $(ask waiting 0.5) == "(none)" ]] ||
  netns_fail "answered with the offload gone and the server stopped"
kill -CONT "$ECHO_PID"
[[ $(ask again 2) == again ]] || netns_fail "the server did not answer after SIGCONT"

SERVER_PID=$ECHO_PID
netns_server_alive
netns_stop_server
netns_pass
