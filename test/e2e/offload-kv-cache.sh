#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-kv-cache.sh: the whole kernel-side path on the real kv-cache
# example. A PGO-instrumented build serves a workload (mostly GETs) over veth
# between two namespaces; its profile drives koffload, whose XDP object must
# be accepted by the running kernel's verifier at build time; the object
# then answers a GET miss in the kernel (BPF_PROG_TEST_RUN) exactly as the
# server would, and passes a SET (which writes the journal) and foreign
# traffic to userspace untouched. Expected frames come from the packet model
# in test/lit/kernel/Inputs/packet.py, not from koffload.
#
# Then the differential test (diff_offload.py): >= 100,000 generated and
# mutated frames through the object in one koffload-bpf-run --batch, and the
# payloads of the well-formed requests it answered sent to the original
# server (plain build, same journal-preset table) over the veth pair; any
# divergence in verdict, reply frame or final table fails the test.
# DIFF_FRAMES and DIFF_SEED override the frame count and the seed.
#
# usage: offload-kv-cache.sh <source dir> <clang> <opt> <KOffload.so>
#                            <koffload-bpf-run> <llvm-nm> <llvm-profdata>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6" PROFDATA="$7"
PORT=11211
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init kv-cache offload-kv
"$CLANG" -O2 -g -fprofile-instr-generate "$SRC/examples/kv-cache/kv-cache.c" \
  -o "$T/kv-instr"
netns_start_server env LLVM_PROFILE_FILE="$T/kv.profraw" "$T/kv-instr" \
  "$T/journal"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
addr = (sys.argv[1], int(sys.argv[2]))
def ask(req, want=None):
    s.sendto(req, addr)
    got = s.recvfrom(2048)[0]
    if want is not None and got != want:
        sys.exit(f"{req!r}: got {got!r}, want {want!r}")
ask(b"set k1 3\r\nabc\r\n", b"STORED\r\n")
for _ in range(180):
    ask(b"get k1\r\n", b"VALUE k1 3\r\nabc\r\nEND\r\n")
for i in range(20):
    ask(b"get miss%d\r\n" % i, b"END\r\n")
print("workload: 201 requests answered")
PY
netns_stop_server
[[ -s $T/kv.profraw ]] || netns_fail "the instrumented server wrote no profile"
"$PROFDATA" merge -o "$T/kv.profdata" "$T/kv.profraw"

offload_bitcode kv -fprofile-instr-use="$T/kv.profdata" -- \
  "$SRC/examples/kv-cache/kv-cache.c"
offload_koffload kv

# The table in the offload's memory is empty: a GET is a miss, in the kernel.
expect_reply get -- --dport "$PORT" --payload 'get k1\r\n' -- --reply 'END\r\n'
# A SET writes the journal: userspace's, the frame untouched.
expect_pass set -- --dport "$PORT" --payload 'set k1 3\r\nabc\r\n'
# Another port is not ours.
expect_pass other -- --dport 11212 --payload 'get k1\r\n'

# Differential test against the original server, whose table the journal
# presets (the harness copies it into the offload's .bss before the batch).
offload_server kv "$SRC/examples/kv-cache/kv-cache.c"
offload_diff_setup "$T/diff-journal"
offload_start_server "$T/diff-journal"
offload_diff
offload_finish
