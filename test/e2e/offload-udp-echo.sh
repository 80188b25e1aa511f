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
# shellcheck source=netns.sh
source "$HERE/netns.sh"

SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PACKET="$SRC/test/lit/kernel/Inputs/packet.py"
PORT=10107         # not the example's default: the port must come from argv
DEFAULT_PORT=10007 # examples/udp-echo/udp-echo.c ECHO_PORT
SERVICE=$(printf '%04x' "$PORT")

if ((EUID != 0)); then
  netns_skip "loading BPF programs needs root (CAP_BPF)"
fi
netns_setup offload-echo
T="$NETNS_TMPDIR"

"$CLANG" -O2 -g -Xclang -disable-llvm-passes -emit-llvm -c \
  "$SRC/examples/udp-echo/udp-echo.c" -o "$T/echo.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload \
  -koffload-bpf-out="$T/echo.bpf.o" -pass-remarks=koffload \
  -pass-remarks-missed=koffload -disable-output "$T/echo.bc" 2>"$T/remarks"
cat "$T/remarks"
grep -q "XDP offload for socket #0 written to .*accepted by the kernel's verifier" \
  "$T/remarks" || netns_fail "no verified offload was generated"
"$NM" "$T/echo.bpf.o" | grep -qw koffload_service ||
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
  "$BPF_RUN" "${opts[@]}" -f "$T/$name.req" "$T/echo.bpf.o" >"$T/$name.out"
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

# Not configured: nothing is answered, not even on the server's port.
run unset -- --dport "$PORT" --payload 'hello'
expect unset expect-pass --dport "$PORT" --payload 'hello'
# Configured: echoed in the kernel, with or without a UDP checksum, up to
# the largest payload of one frame.
run echo "${SET[@]}" -- --dport "$PORT" --payload 'hello'
expect echo expect-reply --dport "$PORT" --payload 'hello' --reply 'hello'
run echo-csum "${SET[@]}" -- --dport "$PORT" --payload 'hello\x00' \
  --variant ipv4-csum
expect echo-csum expect-reply --dport "$PORT" --payload 'hello\x00' \
  --reply 'hello\x00'
run echo-1472 "${SET[@]}" -- --dport "$PORT" --payload 'x' --repeat 1472
expect echo-1472 expect-reply --dport "$PORT" --reply 'x' --reply-repeat 1472
# The example's default port and others are not ours.
run default "${SET[@]}" -- --dport "$DEFAULT_PORT" --payload 'hello'
expect default expect-pass --dport "$DEFAULT_PORT" --payload 'hello'
run other "${SET[@]}" -- --dport $((PORT + 1)) --payload 'hello'
expect other expect-pass --dport $((PORT + 1)) --payload 'hello'
# Malformed: passed.
run bad-csum "${SET[@]}" -- --dport "$PORT" --payload 'hello' \
  --variant ipv4-bad-csum
expect bad-csum expect-pass --dport "$PORT" --payload 'hello' \
  --variant ipv4-bad-csum

# Differential test against the original server.
"$CLANG" -O2 -g "$SRC/examples/udp-echo/udp-echo.c" -o "$T/echo"
netns_start_server "$T/echo" "$PORT"
netns_wait_port udp "$PORT"
# Replies to any source address leave through the veth (and are counted):
# the harness injects divergent frames to confirm the original ignores them.
ip -n "$NETNS_SERVER" route add default via "$CLIENT_ADDR"
NETNS_CLIENT_TIMEOUT=200 netns_client "$PYTHON" "$HERE/diff_offload.py" run \
  --example udp-echo --bpf-run "$BPF_RUN" --object "$T/echo.bpf.o" \
  --nm "$NM" --inject-dev veth-cli \
  --server-binary "$T/echo" --server-pid "$SERVER_PID" \
  --server "$SERVER_ADDR" --port "$PORT" --workdir "$T" \
  --seed "${DIFF_SEED:-1}" --frames "${DIFF_FRAMES:-120000}" ||
  netns_fail "the offload and the original server diverge (see above)"
netns_server_alive
netns_stop_server
netns_pass
