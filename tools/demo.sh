#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# demo.sh - set up if needed, build, and run koffload on a bundled example.
#
# This prints what koffload finds in examples/kv-cache (sockets, bound port,
# event loop, request arrivals and replies, each with its source line), what
# it would offload (the fast path, its blockers and fallback exits, ω, ρ, the
# decision, the shared state) from opt on the IR that clang hands to the
# optimizer and as the remarks the plugin emits inside a normal clang -O2
# build, and then generates the XDP offload and has the running kernel's
# verifier check it. Running the split server comes with the runtime.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KOFFLOAD_BUILD_DIR:-$ROOT/build}"
EXAMPLE="${1:-$ROOT/examples/kv-cache}"
LLVM_BIN=/usr/lib/llvm-19/bin
PLUGIN="$BUILD/lib/KOffload.so"

echo "==> setting up (Debian packages; nothing to do if already installed)"
"$ROOT/tools/setup.sh"
echo "==> building koffload"
"$ROOT/tools/build.sh" 2>&1 | tail -n 1

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

shopt -s nullglob
SOURCES=("$EXAMPLE"/*.c)
if ((${#SOURCES[@]} == 0)); then
  echo "demo: no C sources in $EXAMPLE" >&2
  exit 1
fi

echo "==> compiling $(basename "$EXAMPLE") to IR (what clang gives the optimizer)"
BITCODE=()
for src in "${SOURCES[@]}"; do
  bc="$WORK/$(basename "${src%.c}").bc"
  (cd "$(dirname "$src")" &&
    "$LLVM_BIN/clang" -O2 -g -Xclang -disable-llvm-passes -emit-llvm -c \
      "$(basename "$src")" -o "$bc")
  BITCODE+=("$bc")
done
"$LLVM_BIN/llvm-link" "${BITCODE[@]}" -o "$WORK/program.bc"

echo "==> landmarks (opt -passes='print<koffload-landmarks>')"
"$LLVM_BIN/opt" -load-pass-plugin="$PLUGIN" \
  -passes='print<koffload-landmarks>' -disable-output "$WORK/program.bc" 2>&1

echo
echo "==> offload plan (opt -passes='print<koffload-plan>'; no profile: static branch estimates)"
"$LLVM_BIN/opt" -load-pass-plugin="$PLUGIN" \
  -passes='print<koffload-plan>' -disable-output "$WORK/program.bc" 2>&1

echo
echo "==> the decision inside clang -O2 (-fpass-plugin, -mllvm -koffload, -Rpass=koffload -Rpass-missed=koffload)"
for src in "${SOURCES[@]}"; do
  (cd "$(dirname "$src")" &&
    "$LLVM_BIN/clang" -O2 -g -fplugin="$PLUGIN" -fpass-plugin="$PLUGIN" \
      -mllvm -koffload -Rpass=koffload -Rpass-missed=koffload \
      -fno-caret-diagnostics \
      -c "$(basename "$src")" -o "$WORK/$(basename "${src%.c}").o")
done 2>&1
echo
echo "==> the XDP offload (-mllvm -koffload-bpf-out), checked by the running kernel's verifier"
"$LLVM_BIN/opt" -load-pass-plugin="$PLUGIN" -passes=koffload \
  -koffload-bpf-out="$WORK/offload.o" -pass-remarks=koffload \
  -pass-remarks-missed=koffload -pass-remarks-analysis=koffload \
  -disable-output "$WORK/program.bc" 2>&1 |
  grep -E "OffloadGenerated|offload generated|XDP offload|verified at build time" || true
if [[ -f $WORK/offload.o ]]; then
  echo "==> $(basename "$EXAMPLE")'s offload: $(stat -c %s "$WORK/offload.o") bytes of BPF ELF (program koffload_xdp)"
fi
echo "==> done"
