#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-stats-counter.sh: stats-counter built as a split server, over a real
# veth pair: the kernel writes the shared table and userspace sees it.
#   - with the server stopped (SIGSTOP), `incr` requests are answered by the
#     offload, which writes the counters table under the record protocol;
#   - continued, the server's `dump` (userspace: it writes a file) lists the
#     counts the kernel made;
#   - SIGTERM: the server exits cleanly and no XDP program stays attached.
#
# usage: split-stats-counter.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10300
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-stats
split_build "$SRC/examples/stats-counter/stats-counter.c"
split_start "$T/dump"

# Stop the server: only the kernel can answer the incr requests, and
# writes the shared table under the record protocol.
kill -STOP "$SERVER_PID"
for want in 1 2 3; do
  got=$(ask 'incr hits\r\n' 2)
  [[ $got == "b'$want\\r\\n'" ]] ||
    netns_fail "incr hits (server stopped): got $got, want $want"
done
[[ $(ask 'incr misses\r\n' 2) == "b'1\\r\\n'" ]] || netns_fail "incr misses"
echo "incr answered by the kernel while the server was stopped"
stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
echo "koffload-stats: $stats"
# (The first line: the counters; the second is the offload's mode.)
[[ ${stats%%$'\n'*} == "answered 4 dropped 0 fallback 0 (slow path 0, record busy 0) bad checksum 0" ]] ||
  netns_fail "counters: $stats, want 4 answered"

# Userspace sees the table the kernel wrote: dump writes it to a file.
kill -CONT "$SERVER_PID"
[[ $(ask 'dump\r\n' 2) == "b'OK\\r\\n'" ]] || netns_fail "dump"
grep -qx "hits 3" "$T/dump" && grep -qx "misses 1" "$T/dump" ||
  netns_fail "the dump does not have the kernel's counts: $(cat "$T/dump")"
echo "userspace's dump has the counts the kernel made"

netns_stop_server
((SERVER_STATUS == 0)) || netns_fail "the server exited $SERVER_STATUS on SIGTERM"
for ((i = 0; i < 10; i++)); do
  xdp_attached || break
  sleep 0.1
done
xdp_attached && netns_fail "an XDP program is still attached after SIGTERM"
netns_pass
