# shellcheck shell=bash disable=SC2034 # variables are read by the tests that source this
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-common.sh - the steps the offload-<example>.sh tests share: the
# example compiled to bitcode and through koffload (the object must be
# accepted by the running kernel's verifier at build time), symbol checks
# on the object, single frames run through it in the kernel
# (BPF_PROG_TEST_RUN) against the packet model in
# test/lit/kernel/Inputs/packet.py, and the differential test of the object
# against the original server (diff_offload.py). Sources netns.sh: every
# failure goes through netns_fail or set -e, so the EXIT trap still stops
# the server and removes the namespaces.
#
#   SRC= CLANG= OPT= PLUGIN= BPF_RUN= NM= [LINK=] PORT=  # set by the test
#   source offload-common.sh
#   offload_init <example> <tag>      # skip unless root; netns_setup <tag>
#   offload_bitcode <name> [clang flags...] -- <sources...>  # $T/<name>.bc
#   offload_koffload <name>           # $T/<name>.bpf.o (OBJ), verified
#   offload_require_symbol <symbol> <what its absence means>
#   expect_reply <name> [bpf-run opts] -- <request args> -- <reply args>
#   expect_pass <name> [bpf-run opts] -- <request args>
#   offload_server <name> <sources...>   # plain build, $T/<name> (SERVER_BIN)
#   offload_start_server [args...]    # SERVER_BIN in the server namespace
#   offload_diff_setup <file>         # diff_offload.py setup --example
#   offload_diff                      # diff_offload.py run --example
#   offload_finish                    # server still alive, stopped; PASS
#
# After offload_init: EXAMPLE (the diff_examples name), T (the scratch
# directory), PACKET (packet.py), SET (the koffload-bpf-run options that
# configure the object's port through koffload_service, as the runtime
# would; SERVICE, SERVICE_ADDR and SERVICE_MASK: its name and the offsets
# of the address and mask, from koffload/abi.h), DIFF_SEED and DIFF_FRAMES (the differential test's seed and frame
# count, from the environment or 1 and 120,000).

# shellcheck source=netns.sh
source "$(dirname "${BASH_SOURCE[0]}")/netns.sh"

OFFLOAD_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
EXAMPLE=
T=
OBJ=
SERVER_BIN=
PACKET=
SET=()
SERVICE=
SERVICE_ADDR=
SERVICE_MASK=
DIFF_SEED="${DIFF_SEED:-1}"
DIFF_FRAMES="${DIFF_FRAMES:-120000}"

# offload_init <example> <tag>: skip unless root, then the namespaces.
offload_init() {
  EXAMPLE=$1
  if ((EUID != 0)); then
    netns_skip "loading BPF programs needs root (CAP_BPF)"
  fi
  netns_setup "$2"
  T="$NETNS_TMPDIR"
  PACKET="$SRC/test/lit/kernel/Inputs/packet.py"
  SERVICE=$(python3 "$OFFLOAD_HERE/koffload_abi.py" SERVICE_GLOBAL) ||
    netns_fail "cannot read koffload/abi.h"
  SERVICE_ADDR=$(python3 "$OFFLOAD_HERE/koffload_abi.py" offset koffload_service addr)
  SERVICE_MASK=$(python3 "$OFFLOAD_HERE/koffload_abi.py" offset koffload_service mask)
  SET=(--set "$SERVICE@$(python3 "$OFFLOAD_HERE/koffload_abi.py" offset \
    koffload_service port)=$(printf '%04x' "$PORT")")
}

# offload_bitcode <name> [clang flags...] -- <sources...>: each source
# compiled to unoptimized bitcode (-O2 -g, LLVM passes disabled: koffload
# sees what the optimizer would), several linked with $LINK, into
# $T/<name>.bc.
offload_bitcode() {
  local name=$1 flags=() bcs=() c
  shift
  while (($# > 0)) && [[ $1 != -- ]]; do
    flags+=("$1")
    shift
  done
  (($# > 1)) || netns_fail "offload_bitcode $name: no -- <sources...>"
  shift
  if (($# == 1)); then
    "$CLANG" -O2 -g "${flags[@]}" -Xclang -disable-llvm-passes -emit-llvm \
      -c "$1" -o "$T/$name.bc"
    return
  fi
  for c in "$@"; do
    "$CLANG" -O2 -g "${flags[@]}" -Xclang -disable-llvm-passes -emit-llvm \
      -c "$c" -o "$T/$name-$(basename "$c" .c).bc"
    bcs+=("$T/$name-$(basename "$c" .c).bc")
  done
  "$LINK" "${bcs[@]}" -o "$T/$name.bc"
}

# offload_koffload <name>: $T/<name>.bc through the koffload pass into
# $T/<name>.bpf.o (OBJ); its remarks printed; fail unless they say the
# kernel's verifier accepted the object.
offload_koffload() {
  local name=$1
  OBJ="$T/$name.bpf.o"
  "$OPT" -load-pass-plugin="$PLUGIN" -passes=koffload \
    -koffload-bpf-out="$OBJ" -pass-remarks=koffload \
    -pass-remarks-missed=koffload -disable-output "$T/$name.bc" 2>"$T/remarks"
  cat "$T/remarks"
  grep -q "XDP offload for socket #0 written to .*accepted by the kernel's verifier" \
    "$T/remarks" || netns_fail "no verified offload was generated"
}

# offload_require_symbol <symbol> <reason>: fail with "the object has no
# <symbol>: <reason>" unless llvm-nm lists it in OBJ.
offload_require_symbol() {
  grep -qw "$1" <<<"$("$NM" "$OBJ")" || netns_fail "the object has no $1: $2"
}

# offload_frame <name> [bpf-run opts] -- <request args...>: the request
# frame $T/<name>.req from packet.py, run through OBJ by koffload-bpf-run
# (verdict and output frame in $T/<name>.out). Sets OFFLOAD_REQ to the
# request args.
OFFLOAD_REQ=()
offload_frame() {
  local name=$1 opts=()
  shift
  while (($# > 0)) && [[ $1 != -- ]]; do
    opts+=("$1")
    shift
  done
  (($# > 0)) || netns_fail "$name: no -- before the request arguments"
  shift
  OFFLOAD_REQ=()
  while (($# > 0)) && [[ $1 != -- ]]; do
    OFFLOAD_REQ+=("$1")
    shift
  done
  "$PYTHON" "$PACKET" request "$T/$name.req" "${OFFLOAD_REQ[@]}"
  "$BPF_RUN" "${opts[@]}" -f "$T/$name.req" "$OBJ" >"$T/$name.out"
}

# offload_check <name> <expect-reply|expect-pass> <packet.py args...>:
# fail unless $T/<name>.out has the verdict and output frame packet.py
# expects.
offload_check() {
  local name=$1 what=$2 action frame
  shift 2
  "$PYTHON" "$PACKET" "$what" "$T/$name.want" "$@"
  action=$(sed -n 's/^CHECK: action: //p' "$T/$name.want")
  frame=$(sed -n 's/^CHECK: out: //p' "$T/$name.want")
  grep -qx "action: $action" "$T/$name.out" ||
    netns_fail "$name: want $action, got: $(grep action "$T/$name.out")"
  grep -qx "out: $frame" "$T/$name.out" ||
    netns_fail "$name: the output frame differs: $(grep out: "$T/$name.out"), want: $frame"
  echo "$name: $action as expected"
}

# expect_reply <name> [bpf-run opts] -- <request args> -- <reply args>:
# the request answered in the kernel (XDP_TX) with the frame packet.py
# builds from the request's --dport (and --variant) and the reply args
# (--reply, --reply-repeat, ...).
expect_reply() {
  local name=$1 reply=()
  offload_frame "$@"
  while (($# > 0)) && [[ $1 != -- ]]; do shift; done
  shift
  while (($# > 0)) && [[ $1 != -- ]]; do shift; done
  (($# > 1)) || netns_fail "$name: no -- <reply args> for expect_reply"
  shift
  reply=("$@")
  offload_check "$name" expect-reply "${OFFLOAD_REQ[@]}" "${reply[@]}"
}

# expect_pass <name> [bpf-run opts] -- <request args>: the request passed
# to userspace (XDP_PASS), the frame untouched.
expect_pass() {
  local name=$1
  offload_frame "$@"
  offload_check "$name" expect-pass "${OFFLOAD_REQ[@]}"
}

# offload_server <name> <sources...>: the original server, a plain build,
# in $T/<name> (SERVER_BIN).
offload_server() {
  local name=$1
  shift
  SERVER_BIN="$T/$name"
  "$CLANG" -O2 -g "$@" -o "$SERVER_BIN"
}

# offload_start_server [args...]: SERVER_BIN started in the server
# namespace; returns once it has bound udp PORT.
offload_start_server() {
  netns_start_server "$SERVER_BIN" "$@"
  netns_wait_port udp "$PORT"
}

# offload_diff_setup <file>: what the example's differential test needs
# before the run (a journal, warm-up requests, ...), written to <file>.
offload_diff_setup() {
  "$PYTHON" "$OFFLOAD_HERE/diff_offload.py" setup --example "$EXAMPLE" "$1" \
    --seed "$DIFF_SEED"
}

# offload_diff: the differential test of OBJ against the running server,
# from the client namespace; fail on any divergence.
offload_diff() {
  # Replies to any source address leave through the veth (and are counted):
  # the harness injects divergent frames to confirm the original ignores them.
  ip -n "$NETNS_SERVER" route add default via "$CLIENT_ADDR"
  NETNS_CLIENT_TIMEOUT=200 netns_client "$PYTHON" "$OFFLOAD_HERE/diff_offload.py" run \
    --example "$EXAMPLE" --bpf-run "$BPF_RUN" --object "$OBJ" \
    --nm "$NM" --inject-dev veth-cli \
    --server-binary "$SERVER_BIN" --server-pid "$SERVER_PID" \
    --server "$SERVER_ADDR" --port "$PORT" --workdir "$T" \
    --seed "$DIFF_SEED" --frames "$DIFF_FRAMES" ||
    netns_fail "the offload and the original server diverge (see above)"
}

# offload_finish: fail if the server died, stop it, PASS.
offload_finish() {
  netns_server_alive
  netns_stop_server
  netns_pass
}
