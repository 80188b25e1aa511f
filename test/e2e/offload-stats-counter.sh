#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-stats-counter.sh: the kernel side on the stats-counter example
# (port 10300, a compile-time constant): koffload compiles it (no profile)
# into an XDP object that must be accepted by the running kernel's verifier
# at build time; its counters table is shared state under the record
# protocol (koffload_seq_counters). Checked in the kernel
# (BPF_PROG_TEST_RUN): incr and get on an empty table, a full table
# (--write-map: FULL for a new name, the value for a known one), ERROR,
# dump passed (file I/O stays in userspace), other ports and a bad checksum
# passed untouched. Expected frames come from the packet model in
# test/lit/kernel/Inputs/packet.py, not from koffload.
#
# Then the differential test (diff_offload.py --example stats-counter): the
# server (plain build, its dump file in the test's scratch directory) is
# warmed up with the incr requests `setup` writes, some of its values are
# set in its memory (diff_examples/stats_counter.py, poke()), then >=
# 100,000 generated and mutated frames go through the object in one
# koffload-bpf-run --batch, starting from the server's table, and the
# payloads it answered go to the server over the veth pair (the incrs in
# order); any divergence in verdict, reply frame or the table after the
# batch fails the test. DIFF_FRAMES and DIFF_SEED override the frame
# count and the seed.
#
# usage: offload-stats-counter.sh <source dir> <clang> <opt> <KOffload.so>
#                                 <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=10300 # examples/stats-counter/stats-counter.c STATS_PORT
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init stats-counter offload-stats
offload_bitcode sc -- "$SRC/examples/stats-counter/stats-counter.c"
offload_koffload sc
offload_require_symbol koffload_seq_counters \
  "counters is not under the record protocol"
COUNTERS_OFF=$("$NM" "$OBJ" | awk '$3 == "counters" && $2 ~ /^[bB]$/ {print $1}')
[[ -n $COUNTERS_OFF ]] || netns_fail "the object has no counters in .bss"

# As the runtime would: the port (a constant here, ignored) and the address.
SET+=(--set "$SERVICE@$SERVICE_ADDR=c6120001" --set "$SERVICE@$SERVICE_MASK=ffffffff")

# An empty table: a new name starts at 0, a name never incremented is 0.
expect_reply incr "${SET[@]}" -- --dport "$PORT" --payload 'incr a\r\n' \
  -- --reply '1\r\n'
expect_reply incr-csum "${SET[@]}" -- --dport "$PORT" \
  --payload 'incr counter_name_15\r\n' --variant ipv4-csum -- --reply '1\r\n'
expect_reply get "${SET[@]}" -- --dport "$PORT" --payload 'get a\r\n' \
  -- --reply '0\r\n'
# A full table (64 names n0..n63, n5 at 2^64-1): a new name gets FULL, a
# known one its value (wrapping to 0).
"$PYTHON" - "$T/full.bin" <<'PY'
import struct, sys
with open(sys.argv[1], "wb") as f:
    for i in range(64):
        f.write(struct.pack("<16sQ", b"n%d" % i,
                            2**64 - 1 if i == 5 else i * 1000))
PY
FULL=(--write-map ".bss@$((16#$COUNTERS_OFF))=$T/full.bin")
expect_reply full "${SET[@]}" "${FULL[@]}" -- --dport "$PORT" \
  --payload 'incr a\r\n' -- --reply 'FULL\r\n'
expect_reply full-known "${SET[@]}" "${FULL[@]}" -- --dport "$PORT" \
  --payload 'incr n63\r\n' -- --reply '63001\r\n'
expect_reply full-wrap "${SET[@]}" "${FULL[@]}" -- --dport "$PORT" \
  --payload 'incr n5\r\n' -- --reply '0\r\n'
expect_reply full-get "${SET[@]}" "${FULL[@]}" -- --dport "$PORT" \
  --payload 'get n62\r\n' -- --reply '62000\r\n'
# Malformed requests: ERROR; a name of 16 bytes is too long.
expect_reply long "${SET[@]}" -- --dport "$PORT" \
  --payload 'incr aaaaaaaaaaaaaaaa\r\n' -- --reply 'ERROR\r\n'
expect_reply nocrlf "${SET[@]}" -- --dport "$PORT" --payload 'get a' \
  -- --reply 'ERROR\r\n'
# dump writes a file: userspace's.
expect_pass dump "${SET[@]}" -- --dport "$PORT" --payload 'dump\r\n'
# Other ports are not ours; a bad checksum is passed.
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload 'incr a\r\n'
expect_pass bad-csum "${SET[@]}" -- --dport "$PORT" --payload 'incr a\r\n' \
  --variant ipv4-bad-csum

# Differential test against the original server, its dump file here.
offload_server sc "$SRC/examples/stats-counter/stats-counter.c"
offload_start_server "$T/stats-counter.dump"
offload_diff_setup "$T/warmup"
netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$T/warmup" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
addr = (sys.argv[1], int(sys.argv[2]))
got = {}
for line in open(sys.argv[3]):
    if line.strip():
        s.sendto(bytes.fromhex(line), addr)
        r = s.recvfrom(64)[0]
        if not r.rstrip(b"\r\n").isdigit():
            sys.exit("warm-up: %r got %r" % (bytes.fromhex(line), r))
        got[r] = got.get(r, 0) + 1
print("warm-up: %d replies, all values" % sum(got.values()))
PY
# Values no warm-up could count to, set while the server waits in poll().
"$PYTHON" -c 'import sys; sys.path.insert(0, sys.argv[1])
from diff_examples.stats_counter import poke
poke(int(sys.argv[2]), sys.argv[3], sys.argv[4])' \
  "$HERE" "$SERVER_PID" "$NM" "$SERVER_BIN"
offload_diff
# The slow path still works: a dump after the run, in the scratch directory.
netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
s.sendto(b"dump\r\n", (sys.argv[1], int(sys.argv[2])))
r = s.recvfrom(64)[0]
sys.exit(0 if r == b"OK\r\n" else "dump: got %r" % r)
PY
# The run's new names filled the table (the replies that followed: FULL).
NDUMP=$(wc -l <"$T/stats-counter.dump" 2>/dev/null || echo 0)
((NDUMP == 64)) || netns_fail "the dump has $NDUMP counters, not the full table's 64"
echo "dump: $NDUMP counters in $T/stats-counter.dump"
offload_finish
