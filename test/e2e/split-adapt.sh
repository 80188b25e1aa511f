#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-adapt.sh: the adaptive runtime (docs/adaptive.md) on a split
# kv-cache over a real veth pair. With rho forced to 0.5 and short windows
# (KOFFLOAD_ADAPT_* settings), a phase change of the workload turns the
# offload to pass-through and back:
#   - a burst of datagrams with wrong UDP checksums (the stack drops them:
#     no requests) is counted apart ("bad checksum N"), not as fallbacks:
#     no switch, ω still unmeasured;
#   - GETs (answered in the kernel): the offload stays on;
#   - then SETs (userspace's): one "adapt: pass-through" line, and
#     koffload-stats reads "mode pass-through" (or "probing") from outside;
#   - then GETs again: a probe finds them, one "adapt: offload on" line,
#     koffload-stats reads "mode on ... switches 2";
#   - every reply all along is the right one;
#   - with KOFFLOAD_ADAPT=off the same SETs switch nothing ("not adaptive").
# Phases end when the switch is seen (bounded), never on a timing number.
#
# usage: split-adapt.sh <source dir> <clang> <KOffload.so> <lib dir>
#                       <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=11211
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-adapt
split_build "$SRC/examples/kv-cache/kv-cache.c"

# The client: one request kind in a loop, one in flight, each reply
# checked, until $T/stop appears (or 20 s). Prints "<sent> <wrong>".
cat >"$T/load.py" <<'PY'
import os, socket, sys, time
addr = (sys.argv[1], int(sys.argv[2]))
kind, stop = sys.argv[3], sys.argv[4]
req, want = {
    "get": (b"get g\r\n", b"END\r\n"),
    "set": (b"set s 1\r\nx\r\n", b"STORED\r\n"),
}[kind]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.5)
sent = wrong = 0
end = time.monotonic() + 20
while not os.path.exists(stop) and time.monotonic() < end:
    for _ in range(50):
        s.sendto(req, addr)
        sent += 1
        try:
            if s.recvfrom(2048)[0] != want:
                wrong += 1
        except socket.timeout:
            wrong += 1
print(sent, wrong)
PY

LOAD_PID=
# load_start <get|set>: the client in the background.
load_start() {
  rm -f "$T/stop"
  netns_client "$PYTHON" "$T/load.py" "$SERVER_ADDR" "$PORT" "$1" "$T/stop" \
    >"$T/load.out" 2>&1 &
  LOAD_PID=$!
  NETNS_PIDS+=("$LOAD_PID")
}

# load_stop: stop the client; fail on a wrong or missing reply.
load_stop() {
  local sent wrong
  touch "$T/stop"
  wait "$LOAD_PID" || netns_fail "the client failed: $(cat "$T/load.out")"
  read -r sent wrong <"$T/load.out" || netns_fail "client: $(cat "$T/load.out")"
  echo "client: $sent requests, $wrong wrong or unanswered"
  ((sent > 0 && wrong == 0)) ||
    netns_fail "$wrong of $sent replies wrong or missing"
}

# wait_log <pattern> <seconds>: until the server's log has the line.
wait_log() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    grep -q "$1" "$SERVER_LOG" && return 0
    netns_server_alive
    sleep 0.1
  done
  return 1
}

# stats_mode: koffload-stats' mode line.
stats_mode() {
  local out
  out=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $out"
  echo "koffload-stats: $out" >&2
  sed -n 's/^mode //p' <<<"$out"
}

# Short windows: 50 ms ticks, 0.5 s window, 1 s dwell, a 0.2 s probe every
# 0.5 s; rho 0.5 makes "all SETs" a loss and "all GETs" a gain.
export KOFFLOAD_ADAPT_RHO=0.5 KOFFLOAD_ADAPT_TICK_MS=50 \
  KOFFLOAD_ADAPT_WINDOW_MS=500 KOFFLOAD_ADAPT_DWELL_MS=1000 \
  KOFFLOAD_ADAPT_PROBE_EVERY_MS=500 KOFFLOAD_ADAPT_PROBE_MS=200 \
  KOFFLOAD_ADAPT_MIN_REQUESTS=50

split_start "$T/journal"
mode=$(stats_mode)
[[ $mode == "on (adaptive: switches 0, "*"rho 0.500)" ]] ||
  netns_fail "at start: mode $mode"

# Wrong checksums: 40 frames every 50 ms for 2 s (past the dwell and a
# whole window), crafted on the client's veth (AF_PACKET): a GET whose UDP
# checksum is the right one with one bit flipped. The server's stack counts
# them in InCsumErrors; the offload counts them apart and the controller
# sees no request: no switch, no ω.
cat >"$T/badsum.py" <<'PY'
import socket, struct, sys, time
src, dst, port, dst_mac = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def csum(b):
    b += b"\0" * (len(b) % 2)
    t = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while t >> 16:
        t = (t & 0xFFFF) + (t >> 16)
    return ~t & 0xFFFF
payload = b"get g\r\n"
ulen = 8 + len(payload)
pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!xBH", 17, ulen)
right = csum(pseudo + struct.pack("!HHHH", 40001, port, ulen, 0) + payload) or 0xFFFF
udp = struct.pack("!HHHH", 40001, port, ulen, right ^ 0x0100) + payload
ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + ulen, 1, 0, 64, 17, 0,
                 socket.inet_aton(src), socket.inet_aton(dst))
ip = ip[:10] + struct.pack("!H", csum(ip)) + ip[12:]
mac = open("/sys/class/net/veth-cli/address").read().strip()
eth = bytes.fromhex(dst_mac.replace(":", "")) + bytes.fromhex(mac.replace(":", "")) + b"\x08\x00"
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind(("veth-cli", 0))
sent = 0
for _ in range(40):
    for _ in range(40):
        s.send(eth + ip + udp)
        sent += 1
    time.sleep(0.05)
print(sent)
PY
csum_errors() {
  ip netns exec "$NETNS_SERVER" awk '/^Udp:/ { if (!h) { for (i = 1; i <= NF; i++) if ($i == "InCsumErrors") c = i; h = 1 } else print $c }' /proc/net/snmp
}
errors_before=$(csum_errors)
server_mac=$(ip netns exec "$NETNS_SERVER" cat /sys/class/net/veth-srv/address)
sent=$(netns_client "$PYTHON" "$T/badsum.py" "$CLIENT_ADDR" "$SERVER_ADDR" "$PORT" "$server_mac") ||
  netns_fail "the bad-checksum sender failed: $sent"
sleep 0.3
errors=$(($(csum_errors) - errors_before))
echo "bad checksums: $sent sent, the server's stack counted $errors InCsumErrors"
((errors == sent)) || netns_fail "the stack counted $errors checksum errors of $sent"
grep -q "adapt:" "$SERVER_LOG" &&
  netns_fail "bad checksums switched: $(cat "$SERVER_LOG")"
mode=$(stats_mode)
[[ $mode == "on (adaptive: switches 0, omega -, rho 0.500)" ]] ||
  netns_fail "bad checksums: mode $mode"
stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
echo "koffload-stats: $stats"
[[ ${stats%%$'\n'*} == "answered 0 dropped 0 fallback 0 (slow path 0, record busy 0) bad checksum $sent" ]] ||
  netns_fail "bad checksums: counters $stats, want $sent bad checksums, no fallback"
echo "bad checksums: counted apart, no switch"

# GETs: answered in the kernel, the offload pays and stays on.
load_start get
sleep 1.5
load_stop
mode=$(stats_mode)
[[ $mode == "on (adaptive: switches 0, omega "* ]] ||
  netns_fail "GETs: mode $mode"
grep -q "adapt:" "$SERVER_LOG" && netns_fail "GETs switched: $(cat "$SERVER_LOG")"

# SETs: all userspace's; the offload turns to pass-through.
load_start set
wait_log "^koffload: adapt: pass-through: omega [0-9.]* < rho 0.500" 10 ||
  netns_fail "no switch to pass-through: $(cat "$SERVER_LOG")"
mode=$(stats_mode)
[[ $mode == "pass-through (adaptive: switches 1, "* ||
  $mode == "probing (adaptive: switches 1, "* ]] ||
  netns_fail "SETs: mode $mode"
load_stop
echo "switched to pass-through"

# GETs again: a probe sees them and turns the offload back on.
load_start get
wait_log "^koffload: adapt: offload on: omega [0-9.]* >= rho 0.500" 10 ||
  netns_fail "no switch back on: $(cat "$SERVER_LOG")"
sleep 0.5
mode=$(stats_mode)
[[ $mode == "on (adaptive: switches 2, omega "*", rho 0.500)" ]] ||
  netns_fail "GETs again: mode $mode"
load_stop
[[ $(grep -c "^koffload: adapt:" "$SERVER_LOG") -eq 2 ]] ||
  netns_fail "want two switches: $(cat "$SERVER_LOG")"
echo "switched back on"
netns_stop_server

# KOFFLOAD_ADAPT=off: the same SETs switch nothing.
export KOFFLOAD_ADAPT=off
split_start "$T/journal"
load_start set
sleep 1.5
load_stop
mode=$(stats_mode)
[[ $mode == "on (not adaptive)" ]] || netns_fail "KOFFLOAD_ADAPT=off: mode $mode"
grep -q "adapt:" "$SERVER_LOG" && netns_fail "KOFFLOAD_ADAPT=off switched"
netns_stop_server
netns_pass
