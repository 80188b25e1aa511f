#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-level-log.sh: test/lit/plan/Inputs/level-log.c built as a split
# server, over a real veth pair. Its requests pass log_msg() (variadic) and
# trace_packet() (over the inlining budget), each of which returns at once
# unless logging was switched on at start-up; the working copy makes their
# tests at the calls (lib/Plan/LogCalls.cpp).
#   - run without -v, the server stopped (SIGSTOP): the kernel answers
#     (the count of key "AAAA" goes 1, 2, 3), because log_msg's level test
#     fails in the kernel too;
#   - run with -v (LOG_DEBUG enabled at start-up): with the server stopped
#     no reply comes (the request falls back at log_msg, to a stopped
#     userspace); continued, userspace answers the held request and the
#     next one (count 2).
#
# usage: split-level-log.sh <source dir> <clang> <KOffload.so> <lib dir>
#                           <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7700
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-levellog
split_build "$SRC/test/lit/plan/Inputs/level-log.c"

# A 512-byte request whose key is "AAAA" (0x41414141 % 1024 = 321).
REQ=$(printf 'A%.0s' $(seq 512))
count() { printf "b'\\\\x%02x\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00'" "$1"; }

split_start
kill -STOP "$SERVER_PID"
for want in 1 2 3; do
  got=$(ask "$REQ" 2)
  [[ $got == "$(count "$want")" ]] ||
    netns_fail "logging off, server stopped: got $got, want count $want"
done
echo "logging off: answered by the kernel while the server was stopped"
split_answered 3
kill -CONT "$SERVER_PID"
netns_stop_server

split_start -v
kill -STOP "$SERVER_PID"
got=$(ask "$REQ" 1)
[[ $got == "(none)" ]] ||
  netns_fail "logging on, server stopped: got $got, want no reply (the log call falls back)"
kill -CONT "$SERVER_PID"
got=$(ask "$REQ" 2)
[[ $got == "$(count 2)" ]] ||
  netns_fail "logging on, server running: got $got, want count 2"
echo "logging on: the request fell back to userspace, which answered"
netns_stop_server
netns_pass
