#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-string-copies.sh: a server that builds its replies with strcpy,
# strcat, stpcpy, strncpy, strncat and stpncpy
# (test/lit/kernel/Inputs/udp-copies.c) built as a split server over veth:
# the same replies as its userspace-only build and its unprivileged run,
# answered in the kernel (koffload-stats), detached within 1 s of SIGKILL.
# (No request here overflows the server's buffer: that is undefined
# behaviour in userspace, which the kernel leaves to it; the lit test
# libc-copies-xdp.test checks the kernel passes such a request on.)
#
# usage: split-string-copies.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7321
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-copies
split_build "$SRC/test/lit/kernel/Inputs/udp-copies.c"
# 13 requests with a reply, 1 consumed without one.
split_same_replies copies -- cbob c c0123456789abcdef pkey p nab n123456789 \
  n a42 a1234567 sxy sabcdefghij s xunknown
split_answered 13
split_kill
netns_pass
