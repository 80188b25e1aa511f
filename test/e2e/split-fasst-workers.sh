#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-fasst-workers.sh: DINT's lock server idiom with its worker threads
# (test/e2e/fasst-workers.c: four pthreads, each binding its own
# SO_REUSEPORT socket on one port) built as a split server, over a real
# veth pair:
#   - the driver splits it and names the threads;
#   - a session of acquires, reads, commits and aborts gets the same
#     replies as the same build with KOFFLOAD_MODE=off (and unprivileged),
#     and the kernel answered them;
#   - with the server stopped, the kernel answers requests from 48 source
#     ports, which the stack spreads over the four sockets: the offload
#     answers for every worker's socket, not only the first one's.
#
# usage: split-fasst-workers.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7212
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
# A subnet of 198.18.0.0/15 of its own.
SERVER_ADDR=198.18.44.1
CLIENT_ADDR=198.18.44.2

split_init csf-workers
split_build "$SRC/test/e2e/fasst-workers.c" -- -pthread
grep -q "threads: pthread_create at fasst-workers.c:[0-9]* runs the event loop in server_loop in threads" \
  "$T/build.log" || netns_fail "the build does not name the threads: $(cat "$T/build.log")"

# Requests: type, lock id (little-endian), version field.
acq5='\x01\x05\x00\x00\x00\x00\x00\x00\x00'
split_same_replies workers 4 -- "$acq5" "$acq5" \
  '\x00\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x03\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x00\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x02\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x01\x06\x00\x00\x00\x00\x00\x00\x00' \
  '\x03\x06\x00\x00\x00\xff\xff\xff\xff'
# Worked out by hand: granted, rejected, version 0, commit ack, version 1,
# abort ack, granted, commit ack.
cat >"$T/workers.want" <<'W'
b'\x05\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x06\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x04\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x08\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x04\x05\x00\x00\x00\x01\x00\x00\x00'
b'\x07\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x05\x06\x00\x00\x00\x00\x00\x00\x00'
b'\x08\x06\x00\x00\x00\xff\xff\xff\xff'
W
diff -u "$T/workers.want" "$T/workers.on" || netns_fail "the replies are not the lock server's"
split_answered 8

sockets=$(ip netns exec "$NETNS_SERVER" ss -Huan "sport = :$PORT" | wc -l)
[[ $sockets == 4 ]] || netns_fail "want the four workers' sockets on port $PORT, found $sockets"

# Stopped, no worker answers; the kernel reads lock 5's version (1) for
# requests from 48 source ports, spread by the stack over the 4 sockets.
kill -STOP "$SERVER_PID"
answered=$(netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" <<'PY'
import socket, sys
ok = 0
for _ in range(48):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1)
    s.sendto(b'\x00\x05\x00\x00\x00\x00\x00\x00\x00', (sys.argv[1], int(sys.argv[2])))
    try:
        if s.recvfrom(64)[0] == b'\x04\x05\x00\x00\x00\x01\x00\x00\x00':
            ok += 1
    except socket.timeout:
        pass
    s.close()
print(ok)
PY
)
kill -CONT "$SERVER_PID"
[[ $answered == 48 ]] ||
  netns_fail "server stopped: the kernel answered $answered of 48 requests from 48 source ports"
echo "server stopped: the kernel answered all 48 requests, on every worker's socket"
netns_stop_server
netns_pass
