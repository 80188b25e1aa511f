#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# demo-main.sh <source dir> <build dir>: tools/demo.sh's main steps on the
# build under test (profile, koffload build --profile --report, both
# kv-cache builds under load in namespaces, koffload stats), one second
# of load each. Checks what the demo promises to print, and that the
# kernel answered most of the load's GET hits (nine requests in ten): a
# split whose userspace requests kept the offload from answering (the
# record word held by requests that only read) would not. No timing.
set -euo pipefail
SRC="$1" BUILD="$2"
if ((EUID != 0)); then
  echo "SKIP: the demo's servers need root (network namespaces, BPF)"
  exit 77
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
DEMO_BUILD=0 DEMO_SECONDS=1 KOFFLOAD_BUILD_DIR="$BUILD" \
  "$SRC/tools/demo.sh" >"$OUT" 2>&1 || {
  cat "$OUT"
  echo "FAIL: demo.sh exited with an error"
  exit 1
}
cat "$OUT"
fail() { echo "FAIL: $*"; exit 1; }
grep -q "koffload: wrote .*kv.profdata" "$OUT" || fail "no profile"
grep -q "koffload: Split: the program carries its XDP offload" "$OUT" ||
  fail "kv-cache was not split"
[[ -s $BUILD/demo/kv-cache.html ]] || fail "no report"
grep -q '<div class="cfg"><svg' "$BUILD/demo/kv-cache.html" ||
  fail "the report has no graph"
for build in "userspace-only build" "koffload split"; do
  grep -Eq "^ +$build +[0-9]+ +[0-9.]+ +[0-9.]+$" "$OUT" ||
    fail "no requests/s and latencies for the $build"
done
read -r answered served < <(sed -n \
  's/^==> the split server: \([0-9]*\) requests answered in the kernel, \([0-9]*\) served by userspace.*/\1 \2/p' "$OUT")
[[ -n ${answered:-} ]] || fail "no kernel/userspace counts"
((answered > 0 && served > 0)) ||
  fail "the kernel answered $answered and userspace served $served"
((answered * 2 > answered + served)) ||
  fail "the kernel answered only $answered of $((answered + served)) requests"
grep -Eq "^==> speed: the split server answers [0-9.]+x the requests/s" "$OUT" ||
  fail "no speed ratio"
echo "PASS: kernel $answered, userspace $served"
