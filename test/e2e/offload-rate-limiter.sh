#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-rate-limiter.sh: the kernel side on the rate-limiter example,
# whose port, refill interval and burst come from argv: koffload compiles it
# (no profile) into an XDP object that must be accepted by the running
# kernel's verifier at build time, that learns the port at run time from its
# koffload_service global and updates the buckets under the record protocol
# (koffload_seq_buckets). Checked in the kernel (BPF_PROG_TEST_RUN):
# unconfigured (port 0) it passes even a request to the server's port;
# configured, a first request is allowed, a request with no token left is
# denied, malformed ones get ERROR as the server would, and other ports (the
# example's default port among them) pass untouched. Expected frames come
# from the packet model in test/lit/kernel/Inputs/packet.py, not from
# koffload.
#
# Then the differential test (diff_offload.py --example rate-limiter): >=
# 100,000 generated and mutated frames through the object in one
# koffload-bpf-run --batch, and the payloads it answered sent to the
# original server (plain build, started on a port other than its default,
# burst 3 and one token per hour: no token comes back during the test, so
# verdicts do not depend on time) over the veth pair, the valid requests
# one at a time in batch order; the server's buckets (after a warm-up, see
# `diff_offload.py setup`) and configuration are copied into the object
# before the batch and the buckets compared after it (tokens and seen
# exactly; last_ns, each side's own clock reading, masked: see
# diff_examples/rate_limiter.py). Any divergence in verdict, reply frame or
# final state fails the test. DIFF_FRAMES and DIFF_SEED override the frame
# count and the seed.
#
# usage: offload-rate-limiter.sh <source dir> <clang> <opt> <KOffload.so>
#                                <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=10190         # not the example's default: the port must come from argv
DEFAULT_PORT=10090 # examples/rate-limiter/rate-limiter.c RL_PORT
INTERVAL_MS=3600000 # the largest parse_num() takes: no refill in the test
BURST=3            # diff_examples/rate_limiter.py BURST
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init rate-limiter offload-rl
offload_bitcode rl -- "$SRC/examples/rate-limiter/rate-limiter.c"
offload_koffload rl
offload_require_symbol koffload_service \
  "the port from argv was not learned at run time"
offload_require_symbol koffload_seq_buckets \
  "the buckets are not under the record protocol"

ID5='\x00\x00\x00\x05'
# Not configured: nothing is answered, not even on the server's port.
expect_pass unset -- --dport "$PORT" --payload "$ID5"
# Configured (the object's own defaults: burst 10): a client's first
# request finds a full bucket; with burst 0 there is never a token.
expect_reply allow "${SET[@]}" -- --dport "$PORT" --payload "$ID5" \
  -- --reply 'ALLOW'
expect_reply allow-csum "${SET[@]}" -- --dport "$PORT" --payload "$ID5" \
  --variant ipv4-csum -- --reply 'ALLOW'
expect_reply deny "${SET[@]}" --set burst=00000000 -- --dport "$PORT" \
  --payload "$ID5" -- --reply 'DENY'
# Wrong length, id out of range: ERROR.
expect_reply short "${SET[@]}" -- --dport "$PORT" --payload '\x00\x00\x05' \
  -- --reply 'ERROR'
expect_reply id4096 "${SET[@]}" -- --dport "$PORT" \
  --payload '\x00\x00\x10\x00' -- --reply 'ERROR'
# The example's default port and others are not ours.
expect_pass default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload "$ID5"
expect_pass other "${SET[@]}" -- --dport $((PORT + 1)) --payload "$ID5"
# Malformed: passed.
expect_pass bad-csum "${SET[@]}" -- --dport "$PORT" --payload "$ID5" \
  --variant ipv4-bad-csum

# Differential test against the original server: burst 3, one token an
# hour, warmed up by the requests `setup` writes (so the batch starts from
# buckets the server has used; the harness copies them into the object).
offload_server rl "$SRC/examples/rate-limiter/rate-limiter.c"
offload_start_server "$PORT" "$INTERVAL_MS" "$BURST"
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
        got[r] = got.get(r, 0) + 1
print("warm-up replies: %s" % ", ".join(
    "%s %d" % (k.decode(), v) for k, v in sorted(got.items())))
PY
offload_diff
offload_finish
