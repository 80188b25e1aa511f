#!/bin/sh
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Builds every example with `koffload build` (static estimate, no profile) and
# prints, per example: whether it was split, the verifier's processed
# instruction count and the BPF object's instruction count, as a markdown
# table. Used to check that a refactoring keeps the generated programs the
# same size (issue 14). Usage: tools/verifier-insns.sh [build-dir]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${KOFFLOAD_BUILD_DIR:-$root/build}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| example | outcome | verifier insns | object insns |"
echo "|---|---|---|---|"
for ex in udp-echo kv-cache rate-limiter stats-counter dns-responder tcp-echo; do
  srcs=$(ls "$root/examples/$ex"/*.c)
  if ! "$build/bin/koffload" build -o "$work/$ex" $srcs >"$work/$ex.log" 2>&1; then
    echo "| $ex | build failed: $(tail -1 "$work/$ex.log") | | |"
    continue
  fi
  python3 - "$work/$ex.plan.json" "$work/$ex.bpf.o" "$ex" <<'PY'
import json, os, subprocess, sys
plan, obj, name = sys.argv[1:]
out = json.load(open(plan)).get("outcome", {})
insns = ""
if os.path.exists(obj):
    dump = subprocess.run(["llvm-objdump-19", "-d", obj], capture_output=True,
                          text=True).stdout
    insns = sum(1 for l in dump.splitlines() if l[:1] == " " and ":" in l)
print(f"| {name} | {out.get('status', '?')} | {out.get('verifier_insns', '')} | {insns} |")
PY
done
