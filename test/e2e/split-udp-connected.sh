#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-udp-connected.sh: test/lit/kernel/Inputs/udp-connected.c, a server
# for one client that connect()s its socket to the client's address and
# port and answers with recv/send (and, built with -DREAD_WRITE, with
# read/write), split over a real veth pair:
#   - the client's requests from its connected port get the same replies
#     from the split server as from KOFFLOAD_MODE=off, and the kernel
#     answered them (koffload-stats);
#   - a request from another port of the client's host gets no reply from
#     either (the connected socket never receives it; the offload passes
#     it, unanswered, to the stack).
#
# usage: split-udp-connected.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=9400 # udp-connected.c
PEER_PORT=40100 OTHER_PORT=40101
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

# A connected UDP socket is not listed as listening (ss -l): any state.
wait_bound() {
  local i
  for ((i = 0; i < 100; i++)); do
    netns_alive "$SERVER_PID" || netns_fail "server exited: $(cat "$SERVER_LOG")"
    [[ -n $(ss -N "$NETNS_SERVER" -H -a -n -u "sport = :$PORT" 2>/dev/null) ]] &&
      return 0
    sleep 0.05
  done
  netns_fail "nothing bound to udp port $PORT"
}

REQS=(hello '?what' 'x\x00y' "$(printf 'z%.0s' {1..1400})" 'last one')

# run <name> <env...>: the server with that environment; its replies to
# the connected port in $T/<name>, to another port in $T/<name>.other.
run() {
  local name=$1
  shift
  netns_start_server env "$@" "$T/split" "$CLIENT_ADDR" "$PEER_PORT"
  wait_bound
}

one_build() {
  local tag=$1
  shift
  split_build "$@"
  run "$tag.off" KOFFLOAD_MODE=off
  session_from_port "$T/$tag.off" "$PEER_PORT" '' "${REQS[@]}"
  session_from_port "$T/$tag.off.other" "$OTHER_PORT" '' hello
  xdp_attached && netns_fail "KOFFLOAD_MODE=off attached a program"
  netns_stop_server

  run "$tag.on" KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE=generic
  for ((i = 0; i < 50; i++)); do
    grep -q "offload attached to veth-srv" "$SERVER_LOG" && break
    sleep 0.1
  done
  grep -q "offload attached to veth-srv (generic)" "$SERVER_LOG" ||
    netns_fail "$tag: the offload did not attach: $(cat "$SERVER_LOG")"
  session_from_port "$T/$tag.on" "$PEER_PORT" '' "${REQS[@]}"
  session_from_port "$T/$tag.on.other" "$OTHER_PORT" '' hello
  diff -u "$T/$tag.off" "$T/$tag.on" ||
    netns_fail "$tag: the split server's replies differ from userspace-only's"
  diff -u "$T/$tag.off.other" "$T/$tag.on.other" ||
    netns_fail "$tag: another port's request: the split server differs"
  [[ $(cat "$T/$tag.on.other") == "(none)" ]] ||
    netns_fail "$tag: a request from another port was answered"
  grep -q "^b'!what'$" "$T/$tag.on" || netns_fail "$tag: no '!what' reply"
  echo "$tag: replies (split, as userspace alone):"
  cut -c1-60 "$T/$tag.on"
  split_answered "${#REQS[@]}"
  netns_stop_server
}

split_init split-conn
one_build send-recv "$SRC/test/lit/kernel/Inputs/udp-connected.c"
one_build read-write --cflags=-DREAD_WRITE "$SRC/test/lit/kernel/Inputs/udp-connected.c"
netns_pass
