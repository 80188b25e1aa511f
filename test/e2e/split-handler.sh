#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-handler.sh: a request handler entry point (test/lit/plan/Inputs/
# handler-query.c, annotate("koffload_handler")) whose socket and loop
# belong to a framework linked as a library of its own
# (handler-framework.c), split by koffload build with the socket described
# (-koffload-handler-socket=udp:5300). The offload attaches at the
# handler's first request; over veth (198.18.40.0/24) the replies equal
# the userspace-only run's, the well-formed requests after the first are
# answered in the kernel (koffload-stats), detached within 1 s of SIGKILL.
#
# usage: split-handler.sh <source dir> <clang> <KOffload.so> <lib dir>
#                         <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=5300
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
SERVER_ADDR=198.18.40.1
CLIENT_ADDR=198.18.40.2

split_init split-handler
"$CLANG" -O2 -c "$HERE/handler-framework.c" -o "$T/framework.o" ||
  netns_fail "cannot build the framework stand-in"
ar rcs "$T/libframework.a" "$T/framework.o"
split_build \
  --cflags="-mllvm -koffload-handler-socket=udp:$PORT -L$T -lframework" \
  "$SRC/test/lit/plan/Inputs/handler-query.c"
grep -q "starts it at the handler's first request" "$T/build.log" ||
  netns_fail "not started at the handler: $(cat "$T/build.log")"
requests=(Qhello Xbad 'Q' "Q$(printf 'z%.0s' {1..300})" 'Qlast one')

# Userspace only.
netns_start_server env KOFFLOAD_MODE=off "$T/split"
netns_wait_port udp "$PORT"
session "$T/handler.off" Qfirst "${requests[@]}"
xdp_attached && netns_fail "KOFFLOAD_MODE=off attached a program"
netns_stop_server

# Split: nothing attached until the first request reaches the handler.
netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic "$T/split"
netns_wait_port udp "$PORT"
xdp_attached && netns_fail "attached before the handler's first request"
session "$T/handler.first" Qfirst
for ((i = 0; i < 50; i++)); do
  grep -q "offload attached to veth-srv" "$SERVER_LOG" && break
  sleep 0.1
done
grep -q "offload attached to veth-srv (generic)" "$SERVER_LOG" ||
  netns_fail "the offload did not attach: $(cat "$SERVER_LOG")"
xdp_attached || netns_fail "no XDP program on veth-srv"
session "$T/handler.rest" "${requests[@]}"
cat "$T/handler.first" "$T/handler.rest" >"$T/handler.on"
diff -u "$T/handler.off" "$T/handler.on" ||
  netns_fail "the split server's replies differ from userspace-only's"
# Qhello, the 300-byte one and 'Qlast one', after the first.
split_answered 3
split_kill
netns_pass
