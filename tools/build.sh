#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# build.sh - configure (once) and build koffload into build/.
# Used by demo.sh and test.sh; safe to run by hand. Warnings are errors
# here (KOFFLOAD_WERROR=ON, also set on a build tree configured without
# it); a plain cmake build leaves them warnings (cmake/KOffloadWarnings.cmake).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${KOFFLOAD_BUILD_DIR:-$ROOT/build}"

if [[ ! -f "$BUILD/build.ninja" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-19/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-19/bin/clang++ \
    -DKOFFLOAD_WERROR=ON >&2
elif ! grep -q '^KOFFLOAD_WERROR:BOOL=ON$' "$BUILD/CMakeCache.txt"; then
  cmake -S "$ROOT" -B "$BUILD" -DKOFFLOAD_WERROR=ON >&2
fi
ninja -C "$BUILD" >&2
