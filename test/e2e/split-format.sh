#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-format.sh: test/e2e/format-server.c, an item server whose replies
# are built with snprintf and sprintf (a memcached-style VALUE line from a
# table in globals, the `n += snprintf(reply + n, ...)` idiom, numbers
# under many conversions, a global request counter in the replies), built
# with `koffload build` as a split server, over a real veth pair:
#   - the same requests get byte-identical replies from the split server,
#     from the same program with KOFFLOAD_MODE=off and without privileges;
#   - koffload-stats says the kernel answered every one of them (each
#     reply is formatted in the kernel);
#   - with the server stopped (SIGSTOP), "get 3" is still answered, by the
#     kernel, with the counter the kernel and userspace share.
#
# usage: split-format.sh <source dir> <clang> <KOffload.so> <lib dir>
#                        <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7900 # test/e2e/format-server.c FORMAT_PORT
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-format
split_build "$SRC/test/e2e/format-server.c"

REQS=()
for i in 0 1 2 3 4 5 6 7; do REQS+=("get $i\r\n"); done
REQS+=("get 8" "get 99999999999999999999" "get x" "get " "stat"
  "hex 255" "hex -1" "hex 0" "hex 0x7fffffffffffffff"
  "hex -9223372036854775808" "hex 1234567" "hex 0777"
  "quit" "an unknown command longer than twenty bytes" "get 2")
split_same_replies format -- "${REQS[@]}"
echo "replies (split, as userspace alone):"
cat "$T/format.on"
grep -q "^b'VALUE delta 3 39" "$T/format.on" ||
  netns_fail "no VALUE line for item 3"
# Every request of the session was answered by the kernel.
split_answered "${#REQS[@]}"

kill -STOP "$SERVER_PID"
got=$(ask 'get 3\r\n' 2)
want="b'VALUE delta 3 39\\r\\na longer value of forty bytes or so....\\r\\nEND #$((${#REQS[@]} + 1))\\r\\n'"
[[ $got == "$want" ]] || netns_fail "get 3 (server stopped): got $got, want $want"
echo "get 3 answered by the kernel while the server was stopped: $got"
kill -CONT "$SERVER_PID"
netns_stop_server
netns_pass
