#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-text-kv.sh: examples/text-kv (a table of {name, handler} walked by
# a loop with strncmp, replies built with snprintf, a printf with inet_ntoa
# per request, a static hash table) built with koffload build and run over
# veth:
#   - the replies to a session of every command equal the userspace-only
#     build's and an unprivileged run's (split_same_replies);
#   - from a fixed client port, the split server's replies and stdout lines
#     equal the userspace-only run's, line for line, and the kernel
#     answered all but the SETs of new keys (koffload-stats);
#   - with the server stopped (SIGSTOP) the kernel answers a GET of a key
#     userspace stored, overwrites it in place, and stats counts both;
#     their log lines come out once the server runs again;
#   - detached within 1 s of SIGKILL.
#
# usage: split-text-kv.sh <source dir> <clang> <KOffload.so> <lib dir>
#                         <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10400
CLIENT_PORT=40401
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-textkv
split_build "$SRC/examples/text-kv/text-kv.c"

# The server's own lines (not the runtime's "koffload:" ones).
log_lines() { grep -v '^koffload: ' "$1" | grep -v '^text-kv' || true; }

# Two SETs of new keys (userspace's: a new item's key is copied in), then
# SETs of those keys again (in place), hits, misses, deletes, errors, stats.
REQS=('set user:1 alice' 'get user:1' 'get nobody' 'set user:1 alice and bob'
  'get user:1' "set $(printf 'k%.0s' {1..32}) $(printf 'v%.0s' {1..64})"
  "get $(printf 'k%.0s' {1..32})" "get $(printf 'k%.0s' {1..33})"
  'delete user:1' 'delete user:1' 'get user:1' 'get a b' 'get ' 'bogus'
  'stats now' 'version' 'stats')
NEW_KEYS=2

split_same_replies textkv -- "${REQS[@]}"
netns_stop_server

# Userspace only, from a fixed port: the reference replies and lines.
netns_start_server env KOFFLOAD_MODE=off "$T/split"
netns_wait_port udp "$PORT"
session_from_port "$T/off.replies" "$CLIENT_PORT" '\r\n' "${REQS[@]}"
netns_stop_server
log_lines "$SERVER_LOG" >"$T/off.log"
[[ $(grep -c "^$CLIENT_ADDR:$CLIENT_PORT " "$T/off.log") -eq ${#REQS[@]} ]] ||
  netns_fail "userspace-only: want ${#REQS[@]} request lines: $(cat "$T/off.log")"
grep -qx "$CLIENT_ADDR:$CLIENT_PORT get user:1 -> 37" "$T/off.log" ||
  netns_fail "userspace-only: no line for the GET hit: $(cat "$T/off.log")"

# Split: the same replies and lines, answered in the kernel.
split_start
session_from_port "$T/on.replies" "$CLIENT_PORT" '\r\n' "${REQS[@]}"
diff -u "$T/off.replies" "$T/on.replies" ||
  netns_fail "the split server's replies differ from userspace-only's"
split_answered $((${#REQS[@]} - NEW_KEYS))
netns_stop_server
log_lines "$SERVER_LOG" >"$T/on.log"
diff -u "$T/off.log" "$T/on.log" ||
  netns_fail "the split server's log lines differ from userspace-only's"
echo "same replies and log lines; all but the new keys' SETs answered in the kernel"

# Stopped: the kernel alone answers, from the table userspace wrote.
split_start
[[ $(ask 'set color blue\r\n' 2) == "b'STORED\\r\\n'" ]] || netns_fail "SET color"
kill -STOP "$SERVER_PID"
session_from_port "$T/stopped.replies" "$CLIENT_PORT" '\r\n' 'get color' \
  'set color green' 'get color' 'stats'
kill -CONT "$SERVER_PID"
cat >"$T/stopped.want" <<'WANT'
b'VALUE color 4\r\nblue\r\nEND\r\n'
b'STORED\r\n'
b'VALUE color 5\r\ngreen\r\nEND\r\n'
b'STAT cmd_get 2\r\nSTAT get_hits 2\r\nSTAT get_misses 0\r\nSTAT cmd_set 2\r\nSTAT cmd_delete 0\r\nSTAT curr_items 1\r\nEND\r\n'
WANT
diff -u "$T/stopped.want" "$T/stopped.replies" ||
  netns_fail "with the server stopped, the kernel's replies are not the expected ones"
split_answered 4
for ((i = 0; i < 50; i++)); do
  [[ $(grep -c "^$CLIENT_ADDR:$CLIENT_PORT " "$SERVER_LOG") -ge 4 ]] && break
  sleep 0.1
done
grep "^$CLIENT_ADDR:$CLIENT_PORT " "$SERVER_LOG" >"$T/stopped.log" || true
printf '%s\n' "$CLIENT_ADDR:$CLIENT_PORT get color -> 26" \
  "$CLIENT_ADDR:$CLIENT_PORT set color -> 8" \
  "$CLIENT_ADDR:$CLIENT_PORT get color -> 27" \
  "$CLIENT_ADDR:$CLIENT_PORT stats -> 111" >"$T/stopped.want-log"
diff -u "$T/stopped.want-log" "$T/stopped.log" ||
  netns_fail "stopped: want each kernel-answered request's line once"
echo "stopped: GET, SET in place and stats answered by the kernel, lines replayed once"
split_kill
netns_pass
