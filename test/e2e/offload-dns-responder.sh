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
# shellcheck source=netns.sh
source "$HERE/netns.sh"

SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6" LINK="$7"
PACKET="$SRC/test/lit/kernel/Inputs/packet.py"
PORT=10153         # not the example's default: the port must come from argv
DEFAULT_PORT=10053 # examples/dns-responder/dns.h DNS_PORT
SERVICE=$(printf '%04x' "$PORT")

if ((EUID != 0)); then
  netns_skip "loading BPF programs needs root (CAP_BPF)"
fi
netns_setup offload-dns
T="$NETNS_TMPDIR"

BCS=()
for c in "$SRC"/examples/dns-responder/*.c; do
  "$CLANG" -O2 -g -Xclang -disable-llvm-passes -emit-llvm -c "$c" \
    -o "$T/$(basename "$c" .c).bc"
  BCS+=("$T/$(basename "$c" .c).bc")
done
"$LINK" "${BCS[@]}" -o "$T/dns.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload \
  -koffload-bpf-out="$T/dns.bpf.o" -pass-remarks=koffload \
  -pass-remarks-missed=koffload -disable-output "$T/dns.bc" 2>"$T/remarks"
cat "$T/remarks"
grep -q "XDP offload for socket #0 written to .*accepted by the kernel's verifier" \
  "$T/remarks" || netns_fail "no verified offload was generated"
"$NM" "$T/dns.bpf.o" | grep -qw koffload_service ||
  netns_fail "the object has no koffload_service: the port from argv was not learned at run time"

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
  "$BPF_RUN" "${opts[@]}" -f "$T/$name.req" "$T/dns.bpf.o" >"$T/$name.out"
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
run unset -- --dport "$PORT" --payload "$Q"
expect unset expect-pass --dport "$PORT" --payload "$Q"
# Configured: answered in the kernel, with or without a UDP checksum.
run query "${SET[@]}" -- --dport "$PORT" --payload "$Q"
expect query expect-reply --dport "$PORT" --payload "$Q" --reply "$A"
run query-csum "${SET[@]}" -- --dport "$PORT" --payload "$Q" \
  --variant ipv4-csum
expect query-csum expect-reply --dport "$PORT" --payload "$Q" --reply "$A"
# The example's default port and others are not ours.
run default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload "$Q"
expect default expect-pass --dport "$DEFAULT_PORT" --payload "$Q"
run other "${SET[@]}" -- --dport $((PORT + 1)) --payload "$Q"
expect other expect-pass --dport $((PORT + 1)) --payload "$Q"
# Malformed: passed.
run bad-csum "${SET[@]}" -- --dport "$PORT" --payload "$Q" \
  --variant ipv4-bad-csum
expect bad-csum expect-pass --dport "$PORT" --payload "$Q" \
  --variant ipv4-bad-csum

# Differential test against the original server.
"$CLANG" -O2 -g "$SRC"/examples/dns-responder/*.c -o "$T/dns"
netns_start_server "$T/dns" "$PORT"
netns_wait_port udp "$PORT"
# Replies to any source address leave through the veth (and are counted):
# the harness injects divergent frames to confirm the original ignores them.
ip -n "$NETNS_SERVER" route add default via "$CLIENT_ADDR"
NETNS_CLIENT_TIMEOUT=200 netns_client "$PYTHON" "$HERE/diff_offload.py" run \
  --example dns-responder --bpf-run "$BPF_RUN" --object "$T/dns.bpf.o" \
  --nm "$NM" --inject-dev veth-cli \
  --server-binary "$T/dns" --server-pid "$SERVER_PID" \
  --server "$SERVER_ADDR" --port "$PORT" --workdir "$T" \
  --seed "${DIFF_SEED:-1}" --frames "${DIFF_FRAMES:-120000}" ||
  netns_fail "the offload and the original server diverge (see above)"
netns_server_alive
netns_stop_server
netns_pass
