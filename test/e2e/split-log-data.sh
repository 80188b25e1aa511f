#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-log-data.sh: test/lit/plan/Inputs/log-data.c built as a split
# server over veth. Each request is echoed and logged as received, with no
# NUL written into the buffer: fwrite of its bytes, then its first word
# with printf("%.*s", len, buf), to line-buffered stdout. The offload
# records fwrite's bytes (at most 128) and the word copied no further than
# its precision; the runtime replays both (docs/architecture.md, "Log
# lines"). One client with a fixed source port, each request waiting for
# its reply:
#   - the replies equal the userspace-only build's and an unprivileged
#     run's (split_same_replies), and with a fixed client port too;
#   - the kernel answered all but the 129-byte request (fwrite's data does
#     not fit the record: it falls back, userspace logs it); the 128-byte
#     one, whose first word is 127 bytes, is answered in the kernel;
#   - the split server's stdout equals the userspace-only run's, in order.
#
# usage: split-log-data.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7920
CLIENT_PORT=47920
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-logdata
split_build "$SRC/test/lit/plan/Inputs/log-data.c"

# The server's own lines (not the runtime's "koffload:" ones).
log_lines() { grep -v '^koffload: ' "$1" || true; }

REQS=('hello world' x "$(printf 'w%.0s' {1..127}) " "$(printf 'B%.0s' {1..129})"
  'get key2' 'last one')

split_same_replies logdata "$PORT" -- "${REQS[@]}"
netns_stop_server

# Userspace only: the reference lines, two per request.
netns_start_server env KOFFLOAD_MODE=off "$T/split" "$PORT"
netns_wait_port udp "$PORT"
session_from_port "$T/off.replies" "$CLIENT_PORT" '' "${REQS[@]}"
netns_stop_server
log_lines "$SERVER_LOG" >"$T/off.log"
[[ $(grep -c '^first word ' "$T/off.log") -eq ${#REQS[@]} ]] ||
  netns_fail "userspace-only: want ${#REQS[@]} word lines: $(cat "$T/off.log")"
grep -q "^port $CLIENT_PORT sent hello world\$" "$T/off.log" &&
  grep -q "^first word hello (5 of 11 bytes)\$" "$T/off.log" ||
  netns_fail "userspace-only: no lines for hello world: $(cat "$T/off.log")"

# Split: same replies, answered in the kernel but for the 129 bytes, the
# same lines.
split_start "$PORT"
session_from_port "$T/on.replies" "$CLIENT_PORT" '' "${REQS[@]}"
diff -u "$T/off.replies" "$T/on.replies" ||
  netns_fail "the split server's replies differ from userspace-only's"
split_answered $((${#REQS[@]} - 1))
netns_stop_server
log_lines "$SERVER_LOG" >"$T/on.log"
diff -u "$T/off.log" "$T/on.log" ||
  netns_fail "the split server's log lines differ from userspace-only's"
echo "same replies and logged bytes, all but the 129-byte request answered in the kernel"
netns_pass
