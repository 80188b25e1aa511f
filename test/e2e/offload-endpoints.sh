#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-endpoints.sh: the kernel side of test/lit/plan/Inputs/
# endpoint-table.c, a server dispatching through a constant table of
# {name, handler} (issue 16): koffload compiles it (no profile) into an XDP
# object the running kernel's verifier accepts at build time. Single frames
# in the kernel (BPF_PROG_TEST_RUN) against the packet model
# (test/lit/kernel/Inputs/packet.py): each endpoint's reply, an unknown
# request's, MOTD passed (a file read), other ports untouched.
#
# Then the differential test (diff_offload.py --example endpoints): the
# generated and mutated frames through the object in one koffload-bpf-run
# --batch, starting from the server's counters, and the payloads it
# answered sent to the original server (a plain build) over the veth pair,
# the matching ones in order; any divergence in verdict, reply frame or
# the counters after the batch fails the test. DIFF_FRAMES and DIFF_SEED
# override the frame count and the seed.
#
# usage: offload-endpoints.sh <source dir> <clang> <opt> <KOffload.so>
#                             <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=7640 # endpoint-table.c PORT
SERVER_C="$SRC/test/lit/plan/Inputs/endpoint-table.c"
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init endpoints offload-endpoints
offload_bitcode ep -- "$SERVER_C"
offload_koffload ep

# As the runtime would: the port (a constant here, ignored) and the address.
SET+=(--set "$SERVICE@$SERVICE_ADDR=c6120001" --set "$SERVICE@$SERVICE_MASK=ffffffff")

expect_reply ping "${SET[@]}" -- --dport "$PORT" --payload 'PING' \
  -- --reply 'PONG'
expect_reply echo "${SET[@]}" -- --dport "$PORT" --payload 'ECHO hello' \
  -- --reply 'hello'
expect_reply count "${SET[@]}" -- --dport "$PORT" --payload 'COUNT' \
  --variant ipv4-csum -- --reply '\x01\x00\x00\x00\x00\x00\x00\x00'
expect_reply unknown "${SET[@]}" -- --dport "$PORT" --payload 'ECHO' \
  -- --reply 'ERR unknown'
expect_pass motd "${SET[@]}" -- --dport "$PORT" --payload 'MOTD'
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload 'PING'

offload_server ep "$SERVER_C"
offload_start_server
offload_diff
offload_finish
