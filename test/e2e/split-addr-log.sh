#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-addr-log.sh: test/lit/plan/Inputs/addr-log.c built as a split
# server, over a real veth pair. Each request formats the client's address
# with inet_ntop and inet_ntoa, which the kernel cannot run, for log lines
# only (verbose, bad key); the working copy moves the calls into those
# branches (lib/Plan/SinkCold.cpp).
#   - run without -v, the server stopped (SIGSTOP): the kernel answers the
#     counts of key 5 (1, 2, 3);
#   - run with -v: with the server stopped no reply comes (the request
#     falls back at inet_ntop, to a stopped userspace); continued,
#     userspace answers the held request and the next one (count 2).
#
# usage: split-addr-log.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7800
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-addrlog
split_build "$SRC/test/lit/plan/Inputs/addr-log.c"

REQ='\x05\x00\x00\x00' # key 5, little-endian

split_quiet_then_verbose "$REQ" "inet_ntop"
netns_pass
