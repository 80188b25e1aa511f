#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-dns-responder.sh: dns-responder (four sources) built as a split
# server over veth: the same answers (A, AAAA, NXDOMAIN, REFUSED, FORMERR)
# as its userspace-only build and its unprivileged run, answered in the
# kernel (koffload-stats), detached within 1 s of SIGKILL.
#
# usage: split-dns-responder.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10153
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

# query <id> <name> <qtype>: a standard query, as \x escapes.
query() {
  "$PYTHON" - "$@" <<'PY'
import struct, sys
qid, name, qtype = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
b = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)
for label in name.split("."):
    b += bytes([len(label)]) + label.encode()
b += b"\0" + struct.pack(">HH", qtype, 1)
print("".join("\\x%02x" % c for c in b))
PY
}

split_init split-dns
split_build "$SRC"/examples/dns-responder/*.c
split_same_replies dns "$PORT" -- "$(query 1 www.koffload.test 1)" \
  "$(query 2 WWW.Koffload.TEST 1)" "$(query 3 api.koffload.test 28)" \
  "$(query 4 nope.koffload.test 1)" "$(query 5 example.com 1)" '\x00\x06\x01\x00'
split_answered 5
split_kill
netns_pass
