#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-udp-echo.sh: udp-echo built as a split server over veth (its port
# from argv, learned by the runtime from the socket): the same replies as
# its userspace-only build and its unprivileged run, answered in the kernel
# (koffload-stats), detached within 1 s of SIGKILL.
#
# usage: split-udp-echo.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10117
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-echo
split_build "$SRC/examples/udp-echo/udp-echo.c"
split_same_replies echo "$PORT" -- hello 'x\x00y' "$(printf 'z%.0s' {1..1400})" \
  'last one'
split_answered 4
split_kill
netns_pass
