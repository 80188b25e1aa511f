#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-syslog-requests.sh: test/lit/plan/Inputs/syslog-requests.c built as
# a split server over veth. Each request is echoed and logged with syslog
# at a priority taken from its first byte; openlog(LOG_PERROR) copies each
# line to stderr, and the mask drops LOG_DEBUG ('?' requests), so the
# lines seen say which priority each call had. The offload records the
# calls, priority included, and the runtime replays them through syslog
# (docs/architecture.md, "Log lines"). One client with a fixed source
# port, each request waiting for its reply:
#   - the replies equal the userspace-only build's and an unprivileged
#     run's (split_same_replies), and with a fixed client port too;
#   - the kernel answered all but the one whose word does not fit a
#     record's string (it falls back, and userspace logs it);
#   - the split server's stderr lines equal the userspace-only run's, in
#     order, none twice; the debug request's line is in neither.
#
# usage: split-syslog-requests.sh <source dir> <clang> <KOffload.so>
#                                 <lib dir> <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7910
CLIENT_PORT=47910
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-syslogreq
split_build "$SRC/test/lit/plan/Inputs/syslog-requests.c"

# The server's own lines (not the runtime's "koffload:" ones).
log_lines() { grep -v '^koffload: ' "$1" || true; }

REQS=(hello '!odd one' '?quiet please' 'get key1' "$(printf 'L%.0s' {1..200}) long"
  '!again' 'last one')

split_same_replies syslogreq "$PORT" -- "${REQS[@]}"
netns_stop_server

# Userspace only: the reference lines. Six requests are logged (the '?'
# one is below the mask).
netns_start_server env KOFFLOAD_MODE=off "$T/split" "$PORT"
netns_wait_port udp "$PORT"
session_from_port "$T/off.replies" "$CLIENT_PORT" '' "${REQS[@]}"
netns_stop_server
log_lines "$SERVER_LOG" >"$T/off.log"
[[ $(grep -c '^syslog-requests: port ' "$T/off.log") -eq $((${#REQS[@]} - 1)) ]] ||
  netns_fail "userspace-only: want $((${#REQS[@]} - 1)) request lines: $(cat "$T/off.log")"
grep -q "^syslog-requests: port $CLIENT_PORT asked !odd (8 bytes)\$" "$T/off.log" ||
  netns_fail "userspace-only: no line for !odd: $(cat "$T/off.log")"
grep -q "asked ?quiet" "$T/off.log" &&
  netns_fail "userspace-only: the debug request was logged: $(cat "$T/off.log")"

# Split: same replies, answered in the kernel but for the long word, the
# same lines.
split_start "$PORT"
session_from_port "$T/on.replies" "$CLIENT_PORT" '' "${REQS[@]}"
diff -u "$T/off.replies" "$T/on.replies" ||
  netns_fail "the split server's replies differ from userspace-only's"
split_answered $((${#REQS[@]} - 1))
netns_stop_server
log_lines "$SERVER_LOG" >"$T/on.log"
diff -u "$T/off.log" "$T/on.log" ||
  netns_fail "the split server's syslog lines differ from userspace-only's"
echo "same replies and syslog lines (priorities kept), all but the long word's request answered in the kernel"
netns_pass
