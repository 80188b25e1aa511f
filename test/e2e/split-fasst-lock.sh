#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-fasst-lock.sh: the lock server in DINT's FaSST idiom
# (test/lit/plan/Inputs/fasst-lock-server.c) built as a split server, over
# a real veth pair (issue 15): its compare-and-swaps commit in the kernel,
# the reply's room checked first.
#   - a sequence of acquires, reads, commits and aborts gets the same
#     replies as from the same build with KOFFLOAD_MODE=off (and
#     unprivileged), and the kernel answered them;
#   - a lock the kernel took is taken for userspace too: an acquire too
#     short for the reply falls back, and userspace rejects it;
#   - with the server stopped, the kernel alone grants and releases.
#
# usage: split-fasst-lock.sh <source dir> <clang> <KOffload.so> <lib dir>
#                            <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=7210
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"
# A subnet of 198.18.0.0/15 of its own.
SERVER_ADDR=198.18.43.1
CLIENT_ADDR=198.18.43.2

split_init csf-lock
split_build "$SRC/test/lit/plan/Inputs/fasst-lock-server.c"

# Requests: type, lock id (little-endian), version field.
acq5='\x01\x05\x00\x00\x00\x00\x00\x00\x00'
split_same_replies fasst -- "$acq5" "$acq5" \
  '\x00\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x03\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x00\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x01\x05\x00\x00\x00\x00\x00\x00\x00xyz' \
  '\x02\x05\x00\x00\x00\x00\x00\x00\x00' \
  '\x01\x06\x00\x00\x00\x00\x00\x00\x00' \
  '\x03\x06\x00\x00\x00\xff\xff\xff\xff' \
  '\x01\x02\x00\x00\x00\x00\x00\x00\x00'
# Worked out by hand: granted, rejected, version 0, commit ack, version 1,
# granted, abort ack, granted, commit ack, granted.
cat >"$T/fasst.want" <<'W'
b'\x05\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x06\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x04\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x08\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x04\x05\x00\x00\x00\x01\x00\x00\x00'
b'\x05\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x07\x05\x00\x00\x00\x00\x00\x00\x00'
b'\x05\x06\x00\x00\x00\x00\x00\x00\x00'
b'\x08\x06\x00\x00\x00\xff\xff\xff\xff'
b'\x05\x02\x00\x00\x00\x00\x00\x00\x00'
W
diff -u "$T/fasst.want" "$T/fasst.on" || netns_fail "the replies are not the lock server's"
split_answered 10

# Lock 2 is the kernel's: a 5-byte acquire of it (shorter than the reply)
# goes to userspace, whose compare-and-swap finds it taken.
got=$(ask '\x01\x02\x00\x00\x00' 2)
[[ $got == "b'\\x06\\x02\\x00\\x00\\x00"* ]] ||
  netns_fail "short acquire of the kernel's lock 2: got $got, want a rejection"
echo "userspace rejected the lock the kernel took"

# Stopped, the server answers nothing; the kernel grants lock 9 and
# releases it, and grants it again.
kill -STOP "$SERVER_PID"
for want in '\x05' '\x07' '\x05'; do
  case $want in
  '\x05') req='\x01' ;;
  '\x07') req='\x02' ;;
  esac
  got=$(ask "$req"'\x09\x00\x00\x00\x00\x00\x00\x00' 2)
  [[ $got == "b'$want\\t\\x00\\x00\\x00\\x00\\x00\\x00\\x00'" ]] ||
    netns_fail "server stopped, lock 9: got $got, want type $want"
done
echo "the kernel granted and released lock 9 while the server was stopped"
kill -CONT "$SERVER_PID"
netns_stop_server
netns_pass
