#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-libev.sh: a real libev server (test/lit/plan/Inputs/
# libev-query.c built against <ev.h>, linked with -lev)
# split by koffload build: its watcher callback, run by ev_run, is
# the request handler. Over veth (198.18.40.0/24): the same replies as its
# userspace-only build and an unprivileged run, malformed requests
# included (logged and dropped by userspace), the well-formed ones
# answered in the kernel (koffload-stats), detached within 1 s of SIGKILL.
#
# usage: split-libev.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7400
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.40.1
CLIENT_ADDR=198.18.40.2

[[ -f /usr/include/ev.h ]] ||
  netns_skip "libev-dev is not installed (tools/setup.sh)"
split_init split-libev
split_build --cflags='-DEV_HEADERS -lev' \
  "$SRC/test/lit/plan/Inputs/libev-query.c"
split_same_replies libev -- Qhello Xbad 'Q' "Q$(printf 'z%.0s' {1..300})" \
  'Qlast one'
# Qhello, the 300-byte one (truncated to 256 by recvfrom) and 'Qlast one'.
split_answered 3
split_kill
netns_pass
