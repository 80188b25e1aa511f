#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# offload-format.sh: the kernel differential test of sprintf/snprintf.
# test/e2e/bpf/format-cases.c (18 constant formats over every supported
# conversion, flag, width and precision, '*' included) is compiled through
# koffload into an XDP object that the running kernel's verifier must
# accept at build time; the same file built natively with -DFORMAT_NATIVE
# is glibc's reference. format-diff.py sends both the same seeded requests
# (edge and random values, widths, precisions, strings, snprintf sizes 0,
# 1, random and the exact fit) and requires the kernel's replies to be
# glibc's byte for byte (return value and the whole buffer), with
# XDP_PASS only where the offload must leave the request to userspace.
# FORMAT_SEED and FORMAT_COUNT override the seed and the request count.
#
# usage: offload-format.sh <source dir> <clang> <opt> <KOffload.so>
#                          <koffload-bpf-run> <llvm-nm>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" OPT="$3" PLUGIN="$4" BPF_RUN="$5" NM="$6"
PORT=7950 # test/e2e/bpf/format-cases.c FORMAT_PORT
PYTHON=${PYTHON:-python3}
# shellcheck source=offload-common.sh
source "$HERE/offload-common.sh"

offload_init format offload-format
offload_bitcode fmt -- "$SRC/test/e2e/bpf/format-cases.c"
offload_koffload fmt
"$CLANG" -O2 -g -DFORMAT_NATIVE -Wno-format -Wno-format-zero-length \
  "$SRC/test/e2e/bpf/format-cases.c" -o "$T/format-native" ||
  netns_fail "the native reference did not build"
"$PYTHON" "$HERE/bpf/format-diff.py" --bpf-run "$BPF_RUN" --object "$OBJ" \
  --native "$T/format-native" --packet "$PACKET" --port "$PORT" \
  --workdir "$T" --seed "${FORMAT_SEED:-1}" --count "${FORMAT_COUNT:-4000}" \
  "${SET[@]}" || netns_fail "format-diff.py failed"
netns_pass
