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
# usage: offload-kv-cache.sh <source dir> <clang> <opt> <llvm-profdata>
#                            <KOffload.so> <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

SRC="$1" CLANG="$2" OPT="$3" PROFDATA="$4" PLUGIN="$5" BPF_RUN="$6" NM="$7"
PACKET="$SRC/test/lit/kernel/Inputs/packet.py"
PORT=11211

if ((EUID != 0)); then
  netns_skip "loading BPF programs needs root (CAP_BPF)"
fi
netns_setup offload-kv
T="$NETNS_TMPDIR"

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

"$CLANG" -O2 -g -fprofile-instr-use="$T/kv.profdata" -Xclang -disable-llvm-passes \
  -emit-llvm -c "$SRC/examples/kv-cache/kv-cache.c" -o "$T/kv.bc"
"$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload \
  -koffload-bpf-out="$T/kv.bpf.o" -pass-remarks=koffload \
  -pass-remarks-missed=koffload -disable-output "$T/kv.bc" 2>"$T/remarks"
cat "$T/remarks"
grep -q "XDP offload for socket #0 written to .*accepted by the kernel's verifier" \
  "$T/remarks" || netns_fail "no verified offload was generated"

# run <name> <packet.py request args...>: the XDP verdict and output frame.
run() {
  local name=$1
  shift
  "$PYTHON" "$PACKET" request "$T/$name.req" --dport "$PORT" "$@"
  "$BPF_RUN" -f "$T/$name.req" "$T/kv.bpf.o" >"$T/$name.out"
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

# The table in the offload's memory is empty: a GET is a miss, in the kernel.
run get --payload 'get k1\r\n'
expect get expect-reply --dport "$PORT" --payload 'get k1\r\n' --reply 'END\r\n'
# A SET writes the journal: userspace's, the frame untouched.
run set --payload 'set k1 3\r\nabc\r\n'
expect set expect-pass --dport "$PORT" --payload 'set k1 3\r\nabc\r\n'
# Another port is not ours.
run other --payload 'get k1\r\n' --dport 11212
expect other expect-pass --dport 11212 --payload 'get k1\r\n'

# Differential test against the original server, whose table the journal
# presets (the harness copies it into the offload's .bss before the batch).
"$CLANG" -O2 -g "$SRC/examples/kv-cache/kv-cache.c" -o "$T/kv"
"$PYTHON" "$HERE/diff_offload.py" setup --example kv-cache "$T/diff-journal" \
  --seed "${DIFF_SEED:-1}"
netns_start_server "$T/kv" "$T/diff-journal"
netns_wait_port udp "$PORT"
# Replies to any source address leave through the veth (and are counted):
# the harness injects divergent frames to confirm the original ignores them.
ip -n "$NETNS_SERVER" route add default via "$CLIENT_ADDR"
NETNS_CLIENT_TIMEOUT=200 netns_client "$PYTHON" "$HERE/diff_offload.py" run \
  --example kv-cache --bpf-run "$BPF_RUN" --object "$T/kv.bpf.o" --nm "$NM" --inject-dev veth-cli \
  --server-binary "$T/kv" --server-pid "$SERVER_PID" \
  --server "$SERVER_ADDR" --port "$PORT" --workdir "$T" \
  --seed "${DIFF_SEED:-1}" --frames "${DIFF_FRAMES:-120000}" ||
  netns_fail "the offload and the original server diverge (see above)"
netns_server_alive
netns_stop_server
netns_pass
