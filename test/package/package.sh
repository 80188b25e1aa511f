#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# package.sh: `cmake --install` koffload into a scratch prefix, then build
# test/package (a user's project: find_package(KOffload),
# koffload_add_executable) against it: the split server, its .bpf.o (an
# eBPF ELF) and its plan come out.
#
# usage: package.sh <source dir> <build dir>
set -euo pipefail
SRC="$1" BUILD="$2"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$BUILD" --prefix "$T/prefix" >/dev/null
cmake -S "$SRC/test/package" -B "$T/user" -G Ninja \
  -DCMAKE_PREFIX_PATH="$T/prefix" >/dev/null
cmake --build "$T/user" 2>&1 | tee "$T/build.log"
[[ -x $T/user/bin/echo ]] || { echo "FAIL: no split server built"; exit 1; }
# koffload_add_executable passes CLANG_FLAGS the current way.
if grep -q "deprecated" "$T/build.log"; then
  echo "FAIL: koffload_add_executable uses a deprecated flag spelling"; exit 1
fi
[[ -s $T/user/bin/echo.plan.json ]] || { echo "FAIL: no plan"; exit 1; }
if [[ -e $T/user/bin/echo.bpf.o ]]; then
  file "$T/user/bin/echo.bpf.o" | grep -q "eBPF" || { echo "FAIL: not eBPF"; exit 1; }
  grep -q "the program carries its offload" "$T/build.log" ||
    { echo "FAIL: the server was not split"; exit 1; }
elif ((EUID == 0)); then
  echo "FAIL: no offload object, though BPF is available here"
  exit 1
fi
echo "PASS: package"
