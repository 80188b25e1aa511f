#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-stale-bytes.sh: replies with bytes from before the request
# (test/lit/kernel/Inputs/udp-visits.c, the idiom of a public server in
# docs/real-servers.md): a 256-byte buffer zeroed before each receive, a
# short line written over it, all 256 bytes sent back. The split server's
# replies equal its userspace-only ones: past the line, the request's own
# bytes, then zeros; never an earlier request's (the kernel answered with
# them before the fix). Long requests come first, so a stale tail would
# show in the short ones after. Built again without the memset
# (-DNO_MEMSET), the bytes past the request are the original's stale ones:
# replies that include them go to userspace (the same replies), and a
# request that fills the buffer is still answered in the kernel.
#
# usage: split-stale-bytes.sh <source dir> <clang> <KOffload.so> <lib dir>
#                             <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10133
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

long="$(printf 'x%.0s' {1..200})"
full="$(printf 'y%.0s' {1..300})"
split_init split-stale
split_build --cflags="-DPORT=$PORT" "$SRC/test/lit/kernel/Inputs/udp-visits.c"
split_same_replies visits -- "$long" a "$long" bb "$full" c
split_answered 6
netns_stop_server

# A receive of 100 bytes into the 256-byte buffer: bytes 100-255 stay zero.
split_build --cflags="-DPORT=$PORT -DRECV_LEN=100" \
  "$SRC/test/lit/kernel/Inputs/udp-visits.c"
split_same_replies visits100 -- "$long" a "$full" bb
split_answered 4
netns_stop_server

# Not zeroed: only a request that fills the buffer is answered in the
# kernel; the others fall back, and userspace sends its own bytes.
split_build --cflags="-DPORT=$PORT -DNO_MEMSET" \
  "$SRC/test/lit/kernel/Inputs/udp-visits.c"
split_start
session "$T/stale.on" "$full" a
answered=$(split_answered_count)
[[ $answered == 1 ]] ||
  netns_fail "not zeroed: $answered requests answered in the kernel, want 1 (the full one)"
grep -q "^b'visit 1\\\\x00yyy" "$T/stale.on" ||
  netns_fail "not zeroed: the full request's reply is wrong: $(head -c 80 "$T/stale.on")"
# Userspace's buffer never saw the full request (the kernel answered it):
# what it holds past the line is its own.
grep -q "^b'visit 2\\\\x00" "$T/stale.on" ||
  netns_fail "not zeroed: no reply to the short request: $(tail -c 80 "$T/stale.on")"
split_kill
netns_pass
