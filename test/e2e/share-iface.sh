#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# share-iface.sh: several split servers on one interface, through koffload's
# XDP dispatcher (runtime/bpf/dispatch/dispatch.bpf.c), over a real veth
# pair:
#   - two split udp-echo servers on two ports, started at the same moment,
#     both attach to veth-srv and both answer in the kernel (stopped with
#     SIGSTOP, so only the kernel can answer; koffload-stats counts each);
#   - one killed with SIGKILL: the other still answers in the kernel, the
#     dead one's port is answered by nobody (its program is out of the
#     dispatcher), and a new server on that port takes over in the kernel;
#   - the last one killed: no XDP program on veth-srv within 1 s;
#   - an XDP program that is not koffload's on veth-srv: the server's one
#     line names it (its id and name) and it answers from userspace;
#   - an IPv6 server (share-echo6.c, SO_REUSEADDR: the dispatcher checks
#     each datagram's socket) and an IPv4 one both answer in the kernel.
#
# usage: share-iface.sh <source dir> <clang> <KOffload.so> <lib dir>
#                       <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT_A=10117 PORT_B=10118
PORT=$PORT_A
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init share-iface
split_build "$SRC/examples/udp-echo/udp-echo.c"

# start <port>: a split echo server on veth-srv (generic XDP), in the
# background; sets SERVER_PID, SERVER_LOG.
start() {
  netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic \
    "$T/split" "$1"
}

# attached <log>: wait up to 30 s for the attach line (the verifier may
# take seconds on a loaded machine).
attached() {
  local i
  for ((i = 0; i < 300; i++)); do
    grep -q "offload attached to veth-srv (generic)" "$1" && return 0
    sleep 0.1
  done
  netns_fail "not attached: $(cat "$1")"
}

# echo_at <port> <text> <seconds>: the reply, or (none).
echo_at() {
  local PORT=$1
  ask "$2" "$3"
}

# answered <pid>: the kernel's answered count of the server's offload.
answered() {
  local stats
  stats=$("$STATS" "$1") || netns_fail "koffload-stats $1: $stats"
  sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats"
}

# Two servers started together (the dispatcher's lock serialises them).
start "$PORT_A"
PID_A=$SERVER_PID LOG_A=$SERVER_LOG
start "$PORT_B"
PID_B=$SERVER_PID LOG_B=$SERVER_LOG
attached "$LOG_A"
attached "$LOG_B"
xdp_attached || netns_fail "no XDP program on veth-srv"
[[ $(ip -n "$NETNS_SERVER" -d link show veth-srv | grep -c 'prog/xdp') -eq 1 ]] ||
  netns_fail "want one XDP program on veth-srv: $(ip -n "$NETNS_SERVER" -d link show veth-srv)"

# Stopped, only the kernel can answer.
kill -STOP "$PID_A" "$PID_B"
for i in 1 2 3; do
  [[ $(echo_at "$PORT_A" "to a $i" 2) == "b'to a $i'" ]] ||
    netns_fail "port $PORT_A: no answer from the kernel with its server stopped"
  [[ $(echo_at "$PORT_B" "to b $i" 2) == "b'to b $i'" ]] ||
    netns_fail "port $PORT_B: no answer from the kernel with its server stopped"
done
a=$(answered "$PID_A") b=$(answered "$PID_B")
echo "answered in the kernel: $a for port $PORT_A, $b for port $PORT_B"
((a >= 3 && b >= 3)) || netns_fail "want >= 3 kernel answers for each server"

# SIGKILL one: the other goes on in the kernel, the dead one's port
# gets nothing (its stopped-then-killed server's program must not answer).
disown "$PID_A" 2>/dev/null || true
kill -KILL "$PID_A"
for ((i = 0; i < 20; i++)); do
  netns_alive "$PID_A" || break
  sleep 0.05
done
sleep 0.2
xdp_attached || netns_fail "the dispatcher went with the first server, the second still runs"
[[ $(echo_at "$PORT_A" "to the dead" 1) == "(none)" ]] ||
  netns_fail "a SIGKILLed server's port was still answered"
[[ $(echo_at "$PORT_B" "still here" 2) == "b'still here'" ]] ||
  netns_fail "port $PORT_B: no answer from the kernel after the other server died"
b2=$(answered "$PID_B")
((b2 > b)) || netns_fail "port $PORT_B: answered $b2, not more than $b, after the kill"
echo "after SIGKILL of one: port $PORT_A unanswered, port $PORT_B answered in the kernel ($b2)"

# A new server on the dead one's port takes a slot and answers in the kernel.
start "$PORT_A"
PID_C=$SERVER_PID LOG_C=$SERVER_LOG
attached "$LOG_C"
kill -STOP "$PID_C"
[[ $(echo_at "$PORT_A" "new one" 2) == "b'new one'" ]] ||
  netns_fail "port $PORT_A: the new server's offload did not answer"
c=$(answered "$PID_C")
((c >= 1)) || netns_fail "the new server answered $c in the kernel"
echo "a new server on port $PORT_A answered in the kernel ($c)"

# The last ones gone: nothing left on the interface.
disown "$PID_B" "$PID_C" 2>/dev/null || true
kill -KILL "$PID_B" "$PID_C"
for ((i = 0; i < 10; i++)); do
  xdp_attached || break
  sleep 0.1
done
xdp_attached && netns_fail "an XDP program is still attached 1 s after the last server's SIGKILL"
NETNS_PIDS=()
echo "no XDP program within 1 s of the last SIGKILL"

# A program that is not koffload's holds the interface: it is named.
"$CLANG" -target bpf -O2 -g -I"/usr/include/$(gcc -print-multiarch)" \
  -c "$SRC/bench/xdp/pass.bpf.c" -o "$T/pass.o"
ip -n "$NETNS_SERVER" link set dev veth-srv xdpgeneric obj "$T/pass.o" sec xdp
id=$(ip -n "$NETNS_SERVER" -d link show veth-srv | sed -n 's/.*prog\/xdp id \([0-9]*\).*/\1/p')
[[ -n $id ]] || netns_fail "the foreign program did not attach"
start "$PORT_A"
PID_D=$SERVER_PID LOG_D=$SERVER_LOG
netns_wait_port udp "$PORT_A"
for ((i = 0; i < 300; i++)); do
  grep -q '^koffload: ' "$LOG_D" && break
  sleep 0.1
done
grep -q "^koffload: veth-srv already has XDP program $id \"pass\" (generic).*serving every request from userspace" "$LOG_D" ||
  netns_fail "the line does not name program $id: $(cat "$LOG_D")"
[[ $(grep -c '^koffload: ' "$LOG_D") -eq 1 ]] ||
  netns_fail "want one koffload line: $(cat "$LOG_D")"
echo "named: $(grep '^koffload: ' "$LOG_D")"
[[ $(echo_at "$PORT_A" "from userspace" 2) == "b'from userspace'" ]] ||
  netns_fail "the server did not answer from userspace"
"$STATS" "$PID_D" >/dev/null 2>&1 && netns_fail "koffload-stats found an offload"
disown "$PID_D" 2>/dev/null || true
kill -KILL "$PID_D"
NETNS_PIDS=()
ip -n "$NETNS_SERVER" link set dev veth-srv xdpgeneric off

# IPv6 next to IPv4: an echo server on IPv6 (SO_REUSEADDR: the dispatcher
# checks each datagram's socket) and udp-echo on IPv4 share veth-srv.
ip -n "$NETNS_SERVER" addr add 2001:2::1/64 dev veth-srv nodad
ip -n "$NETNS_CLIENT" addr add 2001:2::2/64 dev veth-cli nodad
"$(dirname "$LIBDIR")/bin/koffload" build -o "$T/split6" \
  "$HERE/share-echo6.c" >"$T/build6.log" 2>&1 ||
  netns_fail "koffload build failed: $(cat "$T/build6.log")"
start "$PORT_A"
PID_E=$SERVER_PID LOG_E=$SERVER_LOG
netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic \
  "$T/split6" "$PORT_B"
PID_F=$SERVER_PID LOG_F=$SERVER_LOG
attached "$LOG_E"
attached "$LOG_F"
kill -STOP "$PID_E" "$PID_F"
[[ $(echo_at "$PORT_A" "four" 2) == "b'four'" ]] ||
  netns_fail "IPv4 port $PORT_A: no answer from the kernel"
six=$(netns_client "$PYTHON" - "$PORT_B" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.settimeout(2)
s.sendto(b"six", ("2001:2::1", int(sys.argv[1])))
try:
    print(repr(s.recv(2048)))
except socket.timeout:
    print("(none)")
PY
)
[[ $six == "b'six'" ]] || netns_fail "IPv6 port $PORT_B: no answer from the kernel ($six)"
e=$(answered "$PID_E") f=$(answered "$PID_F")
((e >= 1 && f >= 1)) || netns_fail "answered in the kernel: IPv4 $e, IPv6 $f"
echo "IPv4 and IPv6 servers on one interface: $e and $f answered in the kernel"
netns_pass
