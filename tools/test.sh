#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# test.sh - set up if needed, build, run every test suite (lit, GoogleTest,
# kernel and network end-to-end tests) through ctest, and print a summary
# with counts. Exits non-zero if anything failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KOFFLOAD_BUILD_DIR:-$ROOT/build}"

"$ROOT/tools/setup.sh"
"$ROOT/tools/build.sh"

status=0
(cd "$BUILD" && ctest --output-on-failure --timeout 1200 \
  --output-junit "$BUILD/ctest-results.xml") || status=$?

python3 "$ROOT/tools/test-summary.py" "$BUILD/ctest-results.xml" \
  "$BUILD/lit-results.xml" || status=1
exit "$status"
