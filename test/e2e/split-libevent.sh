#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-libevent.sh: a real libevent server (test/lit/plan/Inputs/
# libevent-query.c built against <event2/event.h>, linked with -levent)
# split by koffload build: its callback, run by event_base_dispatch, is
# the request handler. Over veth (198.18.40.0/24): the same replies as its
# userspace-only build and an unprivileged run, malformed requests
# included (logged and dropped by userspace), the well-formed ones
# answered in the kernel (koffload-stats), detached within 1 s of SIGKILL.
#
# usage: split-libevent.sh <source dir> <clang> <KOffload.so> <lib dir>
#                          <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7300
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.40.1
CLIENT_ADDR=198.18.40.2

[[ -f /usr/include/event2/event.h ]] ||
  netns_skip "libevent-dev is not installed (tools/setup.sh)"
split_init split-libevent
split_build --cflags='-DEVENT2_HEADERS -levent' \
  "$SRC/test/lit/plan/Inputs/libevent-query.c"
split_same_replies libevent -- Qhello Xbad 'Q' "Q$(printf 'z%.0s' {1..300})" \
  'Qlast one'
# Qhello, the 300-byte one (truncated to 256 by recvfrom) and 'Qlast one'.
split_answered 3
split_kill
netns_pass
