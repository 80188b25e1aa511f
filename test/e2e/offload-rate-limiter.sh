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
# shellcheck source=netns.sh
source "$HERE/netns.sh"

SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PACKET="$SRC/test/lit/kernel/Inputs/packet.py"
PORT=10190         # not the example's default: the port must come from argv
DEFAULT_PORT=10090 # examples/rate-limiter/rate-limiter.c RL_PORT
INTERVAL_MS=3600000 # the largest parse_num() takes: no refill in the test
BURST=3            # diff_examples/rate_limiter.py BURST
SERVICE=$(printf '%04x' "$PORT")

if ((EUID != 0)); then
  netns_skip "loading BPF programs needs root (CAP_BPF)"
fi
netns_setup offload-rl
T="$NETNS_TMPDIR"

"$CLANG" -O2 -g -Xclang -disable-llvm-passes -emit-llvm -c \
  "$SRC/examples/rate-limiter/rate-limiter.c" -o "$T/rl.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload \
  -koffload-bpf-out="$T/rl.bpf.o" -pass-remarks=koffload \
  -pass-remarks-missed=koffload -disable-output "$T/rl.bc" 2>"$T/remarks"
cat "$T/remarks"
grep -q "XDP offload for socket #0 written to .*accepted by the kernel's verifier" \
  "$T/remarks" || netns_fail "no verified offload was generated"
"$NM" "$T/rl.bpf.o" | grep -qw koffload_service ||
  netns_fail "the object has no koffload_service: the port from argv was not learned at run time"
"$NM" "$T/rl.bpf.o" | grep -qw koffload_seq_buckets ||
  netns_fail "the object has no koffload_seq_buckets: the buckets are not under the record protocol"

# run <name> <koffload-bpf-run options> -- <packet.py request args...>
run() {
  local name=$1 opts=()
  shift
  while [[ $1 != -- ]]; do
    opts+=("$1")
    shift
  done
  shift
  "$PYTHON" "$PACKET" request "$T/$name.req" "$@"
  "$BPF_RUN" "${opts[@]}" -f "$T/$name.req" "$T/rl.bpf.o" >"$T/$name.out"
}
# expect <name> <expect-reply|expect-pass> <args...>
expect() {
  local name=$1 what=$2
  shift 2
  "$PYTHON" "$PACKET" "$what" "$T/$name.want" "$@"
  local action frame
  action=$(sed -n 's/^CHECK: action: //p' "$T/$name.want")
  frame=$(sed -n 's/^CHECK: out: //p' "$T/$name.want")
  grep -qx "action: $action" "$T/$name.out" ||
    netns_fail "$name: want $action, got: $(grep action "$T/$name.out")"
  grep -qx "out: $frame" "$T/$name.out" ||
    netns_fail "$name: the output frame differs: $(grep out: "$T/$name.out")"
  echo "$name: $action as expected"
}
SET=(--set "koffload_service=$SERVICE")
ID5='\x00\x00\x00\x05'

# Not configured: nothing is answered, not even on the server's port.
run unset -- --dport "$PORT" --payload "$ID5"
expect unset expect-pass --dport "$PORT" --payload "$ID5"
# Configured (the object's own defaults: burst 10): a client's first
# request finds a full bucket; with burst 0 there is never a token.
run allow "${SET[@]}" -- --dport "$PORT" --payload "$ID5"
expect allow expect-reply --dport "$PORT" --payload "$ID5" --reply 'ALLOW'
run allow-csum "${SET[@]}" -- --dport "$PORT" --payload "$ID5" \
  --variant ipv4-csum
expect allow-csum expect-reply --dport "$PORT" --payload "$ID5" \
  --reply 'ALLOW'
run deny "${SET[@]}" --set burst=00000000 -- --dport "$PORT" --payload "$ID5"
expect deny expect-reply --dport "$PORT" --payload "$ID5" --reply 'DENY'
# Wrong length, id out of range: ERROR.
run short "${SET[@]}" -- --dport "$PORT" --payload '\x00\x00\x05'
expect short expect-reply --dport "$PORT" --payload '\x00\x00\x05' \
  --reply 'ERROR'
run id4096 "${SET[@]}" -- --dport "$PORT" --payload '\x00\x00\x10\x00'
expect id4096 expect-reply --dport "$PORT" --payload '\x00\x00\x10\x00' \
  --reply 'ERROR'
# The example's default port and others are not ours.
run default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload "$ID5"
expect default expect-pass --dport "$DEFAULT_PORT" --payload "$ID5"
run other "${SET[@]}" -- --dport $((PORT + 1)) --payload "$ID5"
expect other expect-pass --dport $((PORT + 1)) --payload "$ID5"
# Malformed: passed.
run bad-csum "${SET[@]}" -- --dport "$PORT" --payload "$ID5" \
  --variant ipv4-bad-csum
expect bad-csum expect-pass --dport "$PORT" --payload "$ID5" \
  --variant ipv4-bad-csum

# Differential test against the original server: burst 3, one token an
# hour, warmed up by the requests `setup` writes (so the batch starts from
# buckets the server has used; the harness copies them into the object).
"$CLANG" -O2 -g "$SRC/examples/rate-limiter/rate-limiter.c" -o "$T/rl"
netns_start_server "$T/rl" "$PORT" "$INTERVAL_MS" "$BURST"
netns_wait_port udp "$PORT"
"$PYTHON" "$HERE/diff_offload.py" setup --example rate-limiter \
  "$T/warmup" --seed "${DIFF_SEED:-1}"
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
# Replies to any source address leave through the veth (and are counted):
# the harness injects divergent frames to confirm the original ignores them.
ip -n "$NETNS_SERVER" route add default via "$CLIENT_ADDR"
NETNS_CLIENT_TIMEOUT=200 netns_client "$PYTHON" "$HERE/diff_offload.py" run \
  --example rate-limiter --bpf-run "$BPF_RUN" --object "$T/rl.bpf.o" \
  --nm "$NM" --inject-dev veth-cli \
  --server-binary "$T/rl" --server-pid "$SERVER_PID" \
  --server "$SERVER_ADDR" --port "$PORT" --workdir "$T" \
  --seed "${DIFF_SEED:-1}" --frames "${DIFF_FRAMES:-120000}" ||
  netns_fail "the offload and the original server diverge (see above)"
netns_server_alive
netns_stop_server
netns_pass
