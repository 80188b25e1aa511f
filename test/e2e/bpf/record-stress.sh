#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# record-stress.sh: koffload's offload of udp-record.c, then record-stress
# (the record protocol with writers and readers on both sides at once);
# kv-cache's offload, then record-stress --at-write (its table, which only
# userspace writes, taken at a request's first write).
#
# usage: record-stress.sh <source dir> <clang> <opt> <KOffload.so> <record-stress>
set -euo pipefail
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" STRESS="$5"
PYTHON="${PYTHON:-python3}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$CLANG" -O2 -g -Xclang -disable-llvm-passes -emit-llvm \
  -c "$SRC/test/lit/kernel/Inputs/udp-record.c" -o "$T/rec.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload -koffload-bpf-out="$T/rec.o" \
  -disable-output "$T/rec.bc"
[[ -s $T/rec.o ]] || { echo "FAIL: no offload object"; exit 1; }
# Client 3 ('C' & 15), 5 bytes, to udp-record.c's port.
"$PYTHON" "$SRC/test/lit/kernel/Inputs/packet.py" request "$T/frame" \
  --dport 9100 --payload Cabcd
"$STRESS" "$T/rec.o" "$T/frame" "${STRESS_SECONDS:-3}"

# kv-cache: a GET (a miss in the empty table, answered from it).
"$CLANG" -O2 -g -Xclang -disable-llvm-passes -emit-llvm \
  -c "$SRC/examples/kv-cache/kv-cache.c" -o "$T/kv.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload -koffload-bpf-out="$T/kv.o" \
  -disable-output "$T/kv.bc"
[[ -s $T/kv.o ]] || { echo "FAIL: no kv-cache offload object"; exit 1; }
"$PYTHON" "$SRC/test/lit/kernel/Inputs/packet.py" request "$T/get" \
  --dport 11211 --payload 'get k1\r\n'
"$STRESS" --at-write "$T/kv.o" "$T/get" kv_table
