#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-dns-responder.sh: the kernel side on the dns-responder example
# (four source files, linked as bitcode), whose port comes from argv:
# koffload compiles it (no profile) into an XDP object that must be
# accepted by the running kernel's verifier at build time and that learns
# the port at run time from its koffload_service global. Checked in the
# kernel (BPF_PROG_TEST_RUN): unconfigured (port 0) it passes even a query
# to the server's port; configured, it answers an A query as the zone says
# (examples/dns-responder/README.md) and passes other ports (the example's
# default port among them) untouched. Expected frames come from the packet
# model in test/lit/kernel/Inputs/packet.py, not from koffload.
#
# Then the differential test (diff_offload.py --example dns-responder): >=
# 100,000 generated and mutated frames through the object in one
# koffload-bpf-run --batch, and the payloads it answered or dropped sent to
# the original server (plain build, started on a port other than its
# default) over the veth pair; any divergence in verdict or reply frame
# fails the test. DIFF_FRAMES and DIFF_SEED override the frame count and
# the seed.
#
# usage: offload-dns-responder.sh <source dir> <clang> <opt> <KOffload.so>
#                                 <koffload-bpf-run> <llvm-nm> <llvm-link>

set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6" LINK="$7"
PORT=10153         # not the example's default: the port must come from argv
DEFAULT_PORT=10053 # examples/dns-responder/dns.h DNS_PORT
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init dns-responder offload-dns
offload_bitcode dns -- "$SRC"/examples/dns-responder/*.c
offload_koffload dns
offload_require_symbol koffload_service \
  "the port from argv was not learned at run time"

# A query for www.koffload.test (A, IN, RD) and the zone's answer, as
# packet.py escapes; built from the README's protocol, not from koffload.
Q=$("$PYTHON" -c '
import struct
q = struct.pack("!HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + \
    b"\x03www\x08koffload\x04test\x00" + struct.pack("!HH", 1, 1)
print("".join("\\x%02x" % b for b in q))')
A=$("$PYTHON" -c '
import struct
q = struct.pack("!HHHHHH", 0x1234, 0x8500, 1, 1, 0, 0) + \
    b"\x03www\x08koffload\x04test\x00" + struct.pack("!HH", 1, 1) + \
    b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + bytes([198, 18, 10, 2])
print("".join("\\x%02x" % b for b in q))')

# Not configured: nothing is answered, not even on the server's port.
expect_pass unset -- --dport "$PORT" --payload "$Q"
# Configured: answered in the kernel, with or without a UDP checksum.
expect_reply query "${SET[@]}" -- --dport "$PORT" --payload "$Q" \
  -- --reply "$A"
expect_reply query-csum "${SET[@]}" -- --dport "$PORT" --payload "$Q" \
  --variant ipv4-csum -- --reply "$A"
# The example's default port and others are not ours.
expect_pass default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload "$Q"
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload "$Q"
# Malformed: passed.
expect_pass bad-csum "${SET[@]}" -- --dport "$PORT" --payload "$Q" \
  --variant ipv4-bad-csum

# Differential test against the original server.
offload_server dns "$SRC"/examples/dns-responder/*.c
offload_start_server "$PORT"
offload_diff
offload_finish
