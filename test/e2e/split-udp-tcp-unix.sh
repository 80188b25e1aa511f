#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-udp-tcp-unix.sh: a memcached-like server (test/lit/plan/Inputs/
# udp-tcp-unix.c: one poll loop over a UDP socket and a TCP listener on
# port 11311 and an abstract unix datagram socket, one echo handler for
# every fd) built as a split server. Its receive may be on any of the
# three kinds; the UDP socket's requests are planned on their own and
# offloaded. UDP requests: the same replies as userspace-only, answered
# in the kernel. TCP connections and unix datagrams: the same echoes as
# userspace-only, served by userspace (the kernel's count does not move).
#
# usage: split-udp-tcp-unix.sh <source dir> <clang> <KOffload.so> <lib dir>
#                              <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=11311
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.50.1 CLIENT_ADDR=198.18.50.2

split_init split-mix
split_build "$SRC/test/lit/plan/Inputs/udp-tcp-unix.c"

# others <out>: a TCP connection's echoes (from the client namespace) and
# a unix datagram's (the abstract socket lives in the server's namespace).
others() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$1" <<'PY'
import socket, sys
with open(sys.argv[3], "w") as out:
    c = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=2)
    for msg in (b"tcp one", b"tcp two"):
        c.sendall(msg)
        out.write("tcp %r\n" % c.recv(4096))
    c.close()
PY
  timeout --kill-after=2 "$NETNS_CLIENT_TIMEOUT" \
    ip netns exec "$NETNS_SERVER" "$PYTHON" - "$1" <<'PY'
import socket, sys
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
u.bind(b"\0kv-cli-%d" % __import__("os").getpid())
u.settimeout(2)
u.sendto(b"unix one", b"\0kv-ctl" + b"\0" * 101)
with open(sys.argv[1], "a") as out:
    try:
        out.write("unix %r\n" % u.recv(4096))
    except socket.timeout:
        out.write("unix (none)\n")
PY
}

requests=(hello abc 'one more' last)
netns_start_server env KOFFLOAD_MODE=off "$T/split"
netns_wait_port udp "$PORT"
session "$T/udp.off" "${requests[@]}"
others "$T/others.off"
netns_stop_server
grep -q "(none)" "$T/udp.off" "$T/others.off" &&
  netns_fail "userspace only: no reply: $(cat "$T/udp.off" "$T/others.off")"

split_start
session "$T/udp.on" "${requests[@]}"
diff -u "$T/udp.off" "$T/udp.on" || netns_fail "UDP: the split server's replies differ"
split_answered ${#requests[@]}
before=$(split_answered_count)
others "$T/others.on"
diff -u "$T/others.off" "$T/others.on" || netns_fail "TCP/unix: the split server's replies differ"
after=$(split_answered_count)
[[ $after == "$before" ]] ||
  netns_fail "the kernel answered $((after - before)) TCP/unix requests, want 0"
netns_stop_server
netns_pass
