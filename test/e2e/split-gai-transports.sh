#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-gai-transports.sh: test/lit/plan/Inputs/gai-two-ports.c, memcached's
# shape (one socket() call over getaddrinfo hints makes the TCP listener on
# 11411 and the UDP socket on 11412), split over veth. The plan serves the
# call's datagrams as UDP; the runtime starts the offload on the datagram
# socket's bind, not on the stream socket's that comes first:
#   - with the server stopped (SIGSTOP), UDP echoes on 11412 come from the
#     kernel;
#   - a UDP datagram to 11411 (TCP only there) gets no reply: no offload
#     answers the TCP listener's port;
#   - a TCP connection to 11411 is still accepted (the kernel completes it
#     into the listener's backlog), the stream untouched.
#
# usage: split-gai-transports.sh <source dir> <clang> <KOffload.so> <lib dir>
#                                <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=11412
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-gai
split_build "$SRC/test/lit/plan/Inputs/gai-two-ports.c"
grep -q "its type is chosen at run time" "$T/build.log" ||
  netns_fail "the build does not say the socket's transport is chosen at run time: $(cat "$T/build.log")"

split_start
kill -STOP "$SERVER_PID"
for req in hello 'second one' last; do
  got=$(ask "$req" 2)
  [[ $got == "b'$req'" ]] ||
    netns_fail "UDP 11412, server stopped: got $got, want b'$req'"
done
echo "UDP on 11412: answered by the kernel while the server was stopped"
split_answered 3
got=$(PORT=11411 ask stray 1)
[[ $got == "(none)" ]] ||
  netns_fail "UDP to 11411 (the TCP port): got $got, want no reply"
echo "UDP on 11411: no reply (no offload on the TCP listener's port)"
netns_client "$PYTHON" - "$SERVER_ADDR" <<'PY' || netns_fail "TCP connect to 11411 failed"
import socket, sys
s = socket.create_connection((sys.argv[1], 11411), timeout=2)
s.close()
PY
echo "TCP on 11411: connection accepted"
kill -CONT "$SERVER_PID"
netns_stop_server
netns_pass
