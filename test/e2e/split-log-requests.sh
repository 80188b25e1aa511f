#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-log-requests.sh: test/lit/plan/Inputs/log-requests.c built as a
# split server over veth. Each request is echoed and logged with a printf
# (the client's port, the request's first word, its length) to
# line-buffered stdout, and requests starting with '!' also warn on
# stderr; the offload records the calls and the runtime replays them
# (docs/architecture.md, "Log lines"). One client with a fixed source
# port, each request waiting for its reply:
#   - the replies equal the userspace-only build's and an unprivileged
#     run's (split_same_replies), and with a fixed client port too;
#   - the kernel answered them (koffload-stats);
#   - the split server's log lines (stdout and stderr, in order) equal the
#     userspace-only run's, one per request, none twice, with the kernel
#     answering; and the lines of requests the kernel answered while
#     userspace was stopped (SIGSTOP) come out, once each.
#
# usage: split-log-requests.sh <source dir> <clang> <KOffload.so> <lib dir>
#                              <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7900
CLIENT_PORT=47900
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-logreq
split_build "$SRC/test/lit/plan/Inputs/log-requests.c"


# The server's own lines (not the runtime's "koffload:" ones).
log_lines() { grep -v '^koffload: ' "$1" || true; }

# A first word of 200 bytes does not fit a record's string (127 bytes and
# its NUL): that request falls back, and userspace logs it.
REQS=(hello 'get key1' '!odd one' "$(printf 'w%.0s' {1..100}) tail" 'x' 'get key2'
  '!again' "$(printf 'L%.0s' {1..200}) long" 'last one')

# The replies of the split server equal its userspace-only build's and an
# unprivileged run's (split-common.sh).
split_same_replies logreq "$PORT" -- "${REQS[@]}"
netns_stop_server

# Userspace only: the reference lines.
netns_start_server env KOFFLOAD_MODE=off "$T/split" "$PORT"
netns_wait_port udp "$PORT"
session_from_port "$T/off.replies" "$CLIENT_PORT" '' "${REQS[@]}"
netns_stop_server
log_lines "$SERVER_LOG" >"$T/off.log"
[[ $(grep -c '^port ' "$T/off.log") -eq ${#REQS[@]} ]] ||
  netns_fail "userspace-only: want ${#REQS[@]} request lines: $(cat "$T/off.log")"
grep -q "^port $CLIENT_PORT asked hello (5 bytes)\$" "$T/off.log" ||
  netns_fail "userspace-only: no line for hello: $(cat "$T/off.log")"

# Split: same replies, answered in the kernel, the same lines.
split_start "$PORT"
session_from_port "$T/on.replies" "$CLIENT_PORT" '' "${REQS[@]}"
diff -u "$T/off.replies" "$T/on.replies" ||
  netns_fail "the split server's replies differ from userspace-only's"
split_answered $((${#REQS[@]} - 1))
netns_stop_server
log_lines "$SERVER_LOG" >"$T/on.log"
diff -u "$T/off.log" "$T/on.log" ||
  netns_fail "the split server's log lines differ from userspace-only's"
echo "same replies and log lines, all but the long word's request answered in the kernel"

# Stopped: the kernel answers, the runtime's thread prints the lines as
# soon as the process runs again, each once; the main thread's own
# output (bye) comes at exit after them.
split_start "$PORT"
kill -STOP "$SERVER_PID"
session_from_port "$T/stopped.replies" "$CLIENT_PORT" '' 'one' 'two' 'three'
kill -CONT "$SERVER_PID"
[[ $(grep -c "(none)" "$T/stopped.replies") -eq 0 ]] ||
  netns_fail "stopped: the kernel did not answer: $(cat "$T/stopped.replies")"
split_answered 3
for ((i = 0; i < 50; i++)); do
  [[ $(grep -c '^port ' "$SERVER_LOG") -ge 3 ]] && break
  sleep 0.1
done
netns_stop_server
log_lines "$SERVER_LOG" >"$T/stopped.log"
printf 'port %s asked %s (%s bytes)\n' "$CLIENT_PORT" one 3 "$CLIENT_PORT" two 3 \
  "$CLIENT_PORT" three 5 >"$T/stopped.want"
echo bye >>"$T/stopped.want"
diff -u "$T/stopped.want" "$T/stopped.log" ||
  netns_fail "stopped: want each kernel-answered request's line once"
echo "kernel-answered requests' lines replayed once each"
netns_pass
