#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# fuzz.sh - a campaign of the random-server fuzzer (test/fuzz/, docs/fuzzing.md):
# N generated servers, each built with clang-19 -O2 and with `koffload build`,
# both run over veth between two network namespaces with the same requests,
# replies and final state compared. Prints one line per server and the counts
# (split, kernel answering, refused, divergent, crash, hang). Failures are
# kept, with a shrunk reproducer, in the results directory.
#
#   tools/fuzz.sh N [first seed]       (as root; default first seed 1)
#
# Environment: KOFFLOAD_BUILD_DIR (default build/), FUZZ_RESULTS (default
# $KOFFLOAD_BUILD_DIR/fuzz-results), FUZZ_ARGS (more run.py options, e.g.
# "--mode native --tx-csum on --time-limit 600 --min-answering 0.6").
# Exit status: 0 when nothing diverged, crashed or hung; 1 otherwise; 77 when
# the machine cannot run it (not root, no namespaces).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KOFFLOAD_BUILD_DIR:-$ROOT/build}"

if [[ $# -lt 1 || $# -gt 2 || ! $1 =~ ^[0-9]+$ || $1 -lt 1 ||
  ($# -eq 2 && ! $2 =~ ^[0-9]+$) ]]; then
  echo "usage: tools/fuzz.sh N [first seed]  (N >= 1 servers, as root)" >&2
  exit 1
fi
first=${2:-1}
last=$((first + $1 - 1))
if [[ ! -x $BUILD/bin/koffload ]]; then
  echo "fuzz.sh: $BUILD/bin/koffload not found: run tools/build.sh first" >&2
  exit 1
fi
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
exec python3 "$ROOT/test/fuzz/run.py" --koffload "$BUILD/bin/koffload" \
  --seeds "$first-$last" --results "${FUZZ_RESULTS:-$BUILD/fuzz-results}" \
  ${FUZZ_ARGS:-}
