#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-heap-table.sh: test/e2e/heap-table.c, a key-value server whose
# table is on the heap (bucket heads calloc'd, nodes malloc'd and chained,
# a spin lock a bucket in a calloc'd array), built as a split server over
# veth:
#   - the same replies as its userspace-only build and its unprivileged run
#     for GETs, misses, updates in place and inserts;
#   - with the server stopped (SIGSTOP) the kernel answers GETs by walking
#     the chains, and updates a node in place; continued, userspace reads
#     the kernel's update ('R', always served in userspace), and a key
#     userspace inserted after start-up (a node malloc'd on the request
#     path) is answered by the kernel;
#   - detached within 1 s of SIGKILL.
#
# usage: split-heap-table.sh <source dir> <clang> <KOffload.so> <lib dir>
#                            <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7341
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

# req OP KEY [VALUE]: a request as session() takes it (escapes), the key
# NUL-padded to 16 bytes, the value a little-endian u32 (0 if not given:
# a GET as long as its reply, since a path with a write no save can undo,
# here the lock's release, is answered in the kernel only when the reply
# does not grow the frame).
req() {
  local op=$1 key=$2 v=${3:-0} i
  printf '%s%s' "$op" "$key"
  for ((i = ${#key}; i < 16; i++)); do printf '\\x00'; done
  printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((v & 255)) $(((v >> 8) & 255)) \
    $(((v >> 16) & 255)) $(((v >> 24) & 255))
}
# The reply of a GET for a value, as session() prints it.
value_of() {
  local key=$1 v=$2 i out
  out="b'V$key"
  for ((i = ${#key}; i < 16; i++)); do out+='\x00'; done
  for i in 0 8 16 24; do
    local b=$(((v >> i) & 255))
    if ((b >= 32 && b < 127 && b != 39 && b != 92)); then
      out+=$(printf "\\x$(printf %02x "$b")")
    else
      out+=$(printf '\\x%02x' "$b")
    fi
  done
  echo "$out'"
}

split_init split-heap
split_build "$SRC/test/e2e/heap-table.c"

split_same_replies heap "$PORT" -- "$(req G key1)" "$(req G key199)" "$(req G nokey)" \
  "$(req S key3 4242)" "$(req G key3)" "$(req S newkey 77)" \
  "$(req G newkey)" "$(req R key3)" "$(req G key150)"
split_answered 5

# Stopped: the kernel walks the chains and updates in place.
kill -STOP "$SERVER_PID"
session "$T/stopped" "$(req G key10)" \
  "$(req S key10 123456)" "$(req G key10)"
got=$(cat "$T/stopped")
want="$(value_of key10 70)
b'Kkey10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
$(value_of key10 123456)"
[[ $got == "$want" ]] ||
  netns_fail "server stopped: got
$got
want
$want"
echo "stopped: the kernel read the heap table and updated a node in place"
kill -CONT "$SERVER_PID"
# Userspace reads what the kernel wrote; the key it inserted above is
# answered in the kernel.
session "$T/after" "$(req R key10)" "$(req G newkey)"
want="$(value_of key10 123456)
$(value_of newkey 77)"
[[ $(cat "$T/after") == "$want" ]] ||
  netns_fail "continued: got $(cat "$T/after"), want $want"
echo "continued: userspace sees the kernel's update"
kill -STOP "$SERVER_PID"
session "$T/inserted" "$(req G newkey)"
[[ $(cat "$T/inserted") == "$(value_of newkey 77)" ]] ||
  netns_fail "a node userspace inserted after start-up: got $(cat "$T/inserted")"
echo "stopped: a node userspace malloc'd on the request path is read by the kernel"
kill -CONT "$SERVER_PID"
split_kill
netns_pass
