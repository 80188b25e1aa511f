#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# gcc-release.sh: a packager's build. Configure and build the whole tree
# with the system's gcc and g++ in Release (gcc's -O3 analyses find what
# clang does not: out-of-bounds writes, format truncation), warnings as
# errors (KOFFLOAD_WERROR=ON), in a scratch directory removed on exit.
# BUILD_TESTING=OFF: the tests are not what a packager builds. Prints the
# build's time. Exit 77 (SKIP) only when there is no gcc or g++.
#
# usage: gcc-release.sh <source dir>
set -euo pipefail
SRC="$1"
for cc in gcc g++; do
  command -v "$cc" >/dev/null || { echo "SKIP: no $cc"; exit 77; }
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
start=$SECONDS
cmake -S "$SRC" -B "$T" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++ \
  -DKOFFLOAD_WERROR=ON -DBUILD_TESTING=OFF >"$T/configure.log" 2>&1 ||
  { cat "$T/configure.log"; echo "FAIL: configure with gcc"; exit 1; }
if ! cmake --build "$T" >"$T/build.log" 2>&1; then
  grep -E -B2 -A8 'error|warning' "$T/build.log" | head -80
  echo "FAIL: the gcc Release build (above)"
  exit 1
fi
# Warnings are errors only in koffload's C; its C++ must be clean too.
if grep -E 'warning:' "$T/build.log"; then
  echo "FAIL: gcc warned (above)"
  exit 1
fi
[[ -x $T/bin/koffload && -f $T/lib/KOffload.so ]] ||
  { echo "FAIL: no bin/koffload or lib/KOffload.so"; exit 1; }
echo "PASS: gcc $(gcc -dumpfullversion) Release build in $((SECONDS - start)) s"
