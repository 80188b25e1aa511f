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

split_quiet_then_verbose "$REQ" "the log call"
netns_pass
