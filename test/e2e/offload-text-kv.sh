#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-text-kv.sh: the kernel side of examples/text-kv (commands through
# a table of {name, handler}, snprintf replies, a printf per request):
# koffload compiles it (no profile) into an XDP object the running
# kernel's verifier accepts at build time. Single frames in the kernel
# (BPF_PROG_TEST_RUN) against the packet model
# (test/lit/kernel/Inputs/packet.py): version, a GET miss, stats of an
# empty table, an unknown command; the SET of a new key passed (it stays
# in userspace); other ports untouched.
#
# Then the differential test (diff_offload.py --example text-kv): the
# server warmed up with SETs and DELETEs (`setup`), its table and counters
# copied into the object, the generated and mutated frames through the
# object in one koffload-bpf-run --batch (which drains the log ring buffer
# as the runtime would), and the payloads it answered sent to the original
# server over the veth pair, the ones that touch the table or the counters
# in order; any divergence in verdict, reply frame or the table and
# counters after the batch fails the test. DIFF_FRAMES and DIFF_SEED
# override the frame count and the seed.
#
# usage: offload-text-kv.sh <source dir> <clang> <opt> <KOffload.so>
#                           <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=10400 # examples/text-kv/text-kv.c TKV_PORT
SERVER_C="$SRC/examples/text-kv/text-kv.c"
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init text-kv offload-textkv
offload_bitcode tkv -- "$SERVER_C"
offload_koffload tkv

# As the runtime would: the port and the address.
SET+=(--set "$SERVICE@$SERVICE_ADDR=c6120001" --set "$SERVICE@$SERVICE_MASK=ffffffff")

expect_reply version "${SET[@]}" -- --dport "$PORT" --payload 'version\r\n' \
  -- --reply 'VERSION 1.0.3\r\n'
expect_reply miss "${SET[@]}" -- --dport "$PORT" --payload 'get nobody\r\n' \
  --variant ipv4-csum -- --reply 'END\r\n'
expect_reply stats "${SET[@]}" -- --dport "$PORT" --payload 'stats' -- \
  --reply 'STAT cmd_get 0\r\nSTAT get_hits 0\r\nSTAT get_misses 0\r\nSTAT cmd_set 0\r\nSTAT cmd_delete 0\r\nSTAT curr_items 0\r\nEND\r\n'
expect_reply unknown "${SET[@]}" -- --dport "$PORT" --payload 'GET x\r\n' \
  -- --reply 'ERROR unknown command\r\n'
expect_pass new-key "${SET[@]}" -- --dport "$PORT" --payload 'set k v\r\n'
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload 'version\r\n'

offload_server tkv "$SERVER_C"
offload_start_server
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
        r = s.recvfrom(4096)[0]
        got[r] = got.get(r, 0) + 1
want = {b"STORED\r\n", b"DELETED\r\n", b"SERVER_ERROR out of memory\r\n"}
if set(got) != want:
    sys.exit("warm-up: replies %r, want each of %r" % (got, want))
print("warm-up: %s" % ", ".join("%d %r" % (n, r) for r, n in got.items()))
PY
offload_diff
offload_finish
