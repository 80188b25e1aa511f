#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-rate-limiter.sh: rate-limiter built as a split server over veth
# (burst 2, a one-hour refill: no token comes back during the test): the
# same ALLOW/DENY/ERROR sequence as its userspace-only build and its
# unprivileged run, the buckets updated by the kernel (koffload-stats),
# detached within 1 s of SIGKILL.
#
# usage: split-rate-limiter.sh <source dir> <clang> <KOffload.so> <lib dir>
#                              <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10190
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-rl
split_build "$SRC/examples/rate-limiter/rate-limiter.c"
# Client 7 three times (ALLOW, ALLOW, DENY), client 8 once, a short and an
# out-of-range request (ERROR).
split_same_replies rl "$PORT" 3600000 2 -- '\x00\x00\x00\x07' '\x00\x00\x00\x07' \
  '\x00\x00\x00\x07' '\x00\x00\x00\x08' '\x00\x07' '\x00\x00\x10\x00'
split_answered 6
split_kill
netns_pass
