#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-endpoints.sh: test/lit/plan/Inputs/endpoint-table.c, a server that
# dispatches through a constant table of endpoints ({name, handler}) walked
# by a loop (strlen and strncmp of the table's names, ep->handler(&r, out)),
# built with koffload build. The call through the table becomes a switch
# over direct calls, the names selects among the literals (issue 16). Over
# veth (198.18.61.0/24):
#   - the replies to a mix of requests (each endpoint, prefixes, unknown,
#     MOTD which reads a file in userspace) equal the userspace-only and
#     the unprivileged runs' (split_same_replies);
#   - the server stopped (SIGSTOP), the kernel answers PING, ECHO and
#     COUNT, whose counter (shared) goes on from where userspace's run
#     left it; koffload-stats counts those answers;
#   - detached within 1 s of SIGKILL.
#
# usage: split-endpoints.sh <source dir> <clang> <KOffload.so> <lib dir>
#                           <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7640
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.61.1
CLIENT_ADDR=198.18.61.2

split_init split-endpoints
split_build "$SRC/test/lit/plan/Inputs/endpoint-table.c"

requests=(PING 'ECHO hello' COUNT 'PINGPONG' 'ECHO ' NOPE PIN COUNT MOTD
  "ECHO $(printf 'y%.0s' {1..100})" COUNT 'ping' 'COUNTER')
split_same_replies endpoints -- "${requests[@]}"
# Every request but MOTD (a file read) is the kernel's.
split_answered 12

# The server stopped: only the kernel can answer. COUNT's counter is the
# one userspace and the kernel share: 5 COUNTs so far (COUNTER too).
kill -STOP "$SERVER_PID"
got=$(ask PING 2)
[[ $got == "b'PONG'" ]] || netns_fail "stopped, PING: got $got, want b'PONG'"
got=$(ask 'ECHO kernel' 2)
[[ $got == "b'kernel'" ]] || netns_fail "stopped, ECHO: got $got, want b'kernel'"
for want in 5 6; do
  got=$(ask COUNT 2)
  [[ $got == "$(split_count "$want")" ]] ||
    netns_fail "stopped, COUNT: got $got, want count $want"
done
got=$(ask MOTD 1)
[[ $got == "(none)" ]] ||
  netns_fail "stopped, MOTD: got $got, want no reply (it falls back to userspace)"
echo "stopped: PING, ECHO and COUNT answered by the kernel, MOTD held"
kill -CONT "$SERVER_PID"
split_answered 16
split_kill
netns_pass
