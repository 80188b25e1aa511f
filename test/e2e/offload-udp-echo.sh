#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-udp-echo.sh: the kernel side on the udp-echo example, whose port
# comes from argv: koffload compiles it (no profile) into an XDP object that
# must be accepted by the running kernel's verifier at build time and that
# learns the port at run time from its koffload_service global. Checked in
# the kernel (BPF_PROG_TEST_RUN): unconfigured (port 0) it passes even a
# request to the server's port; configured, it echoes a datagram exactly as
# the server would and passes other ports (the example's default port
# among them) untouched. Expected frames come from the packet model in
# test/lit/kernel/Inputs/packet.py, not from koffload.
#
# Then the differential test (diff_offload.py --example udp-echo): >=
# 100,000 generated and mutated frames through the object in one
# koffload-bpf-run --batch, and the payloads it answered sent to the
# original server (plain build, started on a port other than its default)
# over the veth pair; any divergence in verdict or reply frame fails the
# test. DIFF_FRAMES and DIFF_SEED override the frame count and the seed.
#
# usage: offload-udp-echo.sh <source dir> <clang> <opt> <KOffload.so>
#                            <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=10107         # not the example's default: the port must come from argv
DEFAULT_PORT=10007 # examples/udp-echo/udp-echo.c ECHO_PORT
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init udp-echo offload-echo
offload_bitcode echo -- "$SRC/examples/udp-echo/udp-echo.c"
offload_koffload echo
offload_require_symbol koffload_service \
  "the port from argv was not learned at run time"

# Not configured: nothing is answered, not even on the server's port.
expect_pass unset -- --dport "$PORT" --payload 'hello'
# Configured: echoed in the kernel, with or without a UDP checksum, up to
# the largest payload of one frame.
expect_reply echo "${SET[@]}" -- --dport "$PORT" --payload 'hello' \
  -- --reply 'hello'
expect_reply echo-csum "${SET[@]}" -- --dport "$PORT" --payload 'hello\x00' \
  --variant ipv4-csum -- --reply 'hello\x00'
expect_reply echo-1472 "${SET[@]}" -- --dport "$PORT" --payload 'x' \
  --repeat 1472 -- --reply 'x' --reply-repeat 1472
# The example's default port and others are not ours.
expect_pass default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload 'hello'
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload 'hello'
# Malformed: passed.
expect_pass bad-csum "${SET[@]}" -- --dport "$PORT" --payload 'hello' \
  --variant ipv4-bad-csum

# Differential test against the original server.
offload_server echo "$SRC/examples/udp-echo/udp-echo.c"
offload_start_server "$PORT"
offload_diff
offload_finish
