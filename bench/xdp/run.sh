#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# run.sh: the XDP benchmark -- generated offload against the hand-written
# reference (bench/reference/) for udp-echo, kv-cache, dns-responder,
# rate-limiter and stats-counter,
# ns per request under BPF_PROG_TEST_RUN (bench/xdp-bench.c), plus the
# programs' sizes. Writes bench/results/xdp-<date>.csv and .md.
#
# usage: bench/xdp/run.sh [build-dir]     (default: build; needs root)
#   RUNS (default 100000) requests per program and workload, in ROUNDS
#   (default 50) interleaved rounds; CPU (default: the last one) to pin to;
#   RESULTS (default bench/results) where the results go; KEEP=dir keeps
#   the objects measured.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
RUNS="${RUNS:-100000}"
ROUNDS="${ROUNDS:-50}"
CPU="${CPU:-$(($(nproc) - 1))}"
RESULTS="${RESULTS:-$ROOT/bench/results}"
LLVM=/usr/lib/llvm-19/bin
BPF_CFLAGS=(-target bpf -O2 -g -Wall -I/usr/include/x86_64-linux-gnu)

if ((EUID != 0)); then
  echo "run.sh: loading BPF programs needs root" >&2
  exit 77
fi
ninja -C "$BUILD" KOffload koffload-bpf-libc xdp-bench >/dev/null
T="$(mktemp -d /tmp/xdp-bench.XXXXXX)"
trap 'rm -rf "$T"' EXIT
OBJ="$T/obj"
mkdir -p "$OBJ" "$RESULTS"

# The generated offloads: the plugin on each example, as koffload would.
generate() { # <name> <sources...>
  local name=$1 bcs=()
  shift
  for src in "$@"; do
    local bc
    bc="$T/$(basename "$src" .c).bc"
    "$LLVM/clang" -O2 -g -Xclang -disable-llvm-passes -emit-llvm -c "$src" \
      -o "$bc"
    bcs+=("$bc")
  done
  "$LLVM/llvm-link" "${bcs[@]}" -o "$T/$name.bc"
  if ! "$LLVM/opt" -load-pass-plugin="$BUILD/lib/KOffload.so" \
    -passes=koffload -koffload-bpf-out="$OBJ/$name.bpf.o" \
    -pass-remarks=koffload -pass-remarks-missed=koffload \
    -disable-output "$T/$name.bc" 2>"$T/$name.remarks" ||
    [[ ! -s $OBJ/$name.bpf.o ]]; then
    echo "run.sh: no generated offload for $name:" >&2
    grep -E "no offload|error" "$T/$name.remarks" >&2 || true
    rm -f "$OBJ/$name.bpf.o"
  fi
}
EX="$ROOT/examples"
generate udp-echo "$EX/udp-echo/udp-echo.c"
generate kv-cache "$EX/kv-cache/kv-cache.c"
generate dns-responder "$EX/dns-responder/main.c" "$EX/dns-responder/dns.c" \
  "$EX/dns-responder/zone.c"
generate rate-limiter "$EX/rate-limiter/rate-limiter.c"
generate stats-counter "$EX/stats-counter/stats-counter.c"

# The hand-written references and the empty baseline.
# rate-limiter's and stats-counter's 32-bit compare-and-exchange need the
# v3 ISA (the generated offloads are all built for v3:
# lib/Kernel/BPFTarget.cpp).
for ex in udp-echo kv-cache dns-responder rate-limiter stats-counter; do
  cpu=()
  [[ $ex == rate-limiter || $ex == stats-counter ]] && cpu=(-mcpu=v3)
  "$LLVM/clang" "${BPF_CFLAGS[@]}" "${cpu[@]}" -c \
    "$ROOT/bench/reference/$ex.bpf.c" -o "$OBJ/ref-$ex.bpf.o"
done
"$LLVM/clang" "${BPF_CFLAGS[@]}" -c "$ROOT/bench/xdp/pass.bpf.c" \
  -o "$OBJ/pass.bpf.o"
# The original dns_handle(), to check both programs' DNS answers against.
"$LLVM/clang" -O2 -shared -fPIC "$EX/dns-responder/dns.c" \
  "$EX/dns-responder/zone.c" -o "$T/dns-oracle.so"

python3 "$ROOT/bench/xdp/frames.py" --workdir "$T" --objects "$OBJ" \
  --dns-oracle "$T/dns-oracle.so" >"$T/spec"

DATE="$(date -u +%Y-%m-%d)"
STAMP="$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
CSV="$RESULTS/xdp-$DATE.csv"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n $(git -C "$ROOT" status --porcelain -- lib passes runtime 2>/dev/null) ]]; then
  COMMIT="$COMMIT + uncommitted changes in lib/, passes/ or runtime/"
fi
CMD="RUNS=$RUNS ROUNDS=$ROUNDS CPU=$CPU bench/xdp/run.sh ${1:-build}"
"$BUILD/bin/xdp-bench" -n "$RUNS" -r "$ROUNDS" -c "$CPU" -o "$CSV" \
  "$T/spec" | tee "$T/log"

# The objects, for reading the code (llvm-objdump -d, bpftool prog dump
# xlated): KEEP=dir copies them there.
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP"
  cp "$OBJ"/*.bpf.o "$KEEP/"
fi

python3 - "$CSV" "$RESULTS/xdp-$DATE.md" "$CMD" "$STAMP" "$COMMIT" <<'PY'
import csv, platform, re, subprocess, sys
src, dst, cmd, stamp, commit = sys.argv[1:6]
rows = list(csv.DictReader(open(src)))
cpu = "unknown"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
cores = sum(1 for l in open("/proc/cpuinfo") if l.startswith("processor"))
clang = subprocess.run(["/usr/lib/llvm-19/bin/clang", "--version"],
                       capture_output=True, text=True).stdout.splitlines()[0]
out = [f"# XDP benchmark, {stamp}", "",
       f"- command: `{cmd}`",
       f"- date: {stamp}",
       f"- source: {commit}",
       f"- machine: {cpu}, {cores} cores, kernel {platform.release()}, "
       f"{clang}",
       "- ns per request: one BPF_PROG_TEST_RUN with repeat=1 on a fresh "
       "copy of the frame, the kernel's `duration`; median (p10-p90) of "
       "all runs; net = median - the empty XDP_PASS program's median "
       "(same frame, interleaved rounds)", "",
       "- net (mean): the same with the means of the samples between the "
       "1st and 99th percentiles (the kernel clock here ticks in 10 ns "
       "steps, which the median keeps)", "",
       "| workload | program | action | median ns | p10-p90 | net ns | "
       "net (mean) ns | xlated insns | jited bytes | verifier insns |",
       "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
by = {}
for r in rows:
    by.setdefault(r["workload"], {})[r["program"]] = r
    if r["runs"] == "0":
        out.append(f"| {r['workload']} | {r['program']} | not generated | | "
                   "| | | | | |")
        continue
    out.append(f"| {r['workload']} | {r['program']} | {r['action']} | "
               f"{float(r['median_ns']):.0f} | {float(r['p10_ns']):.0f}-"
               f"{float(r['p90_ns']):.0f} | {float(r['net_ns']):.0f} | "
               f"{float(r['net_tmean_ns']):.1f} | "
               f"{r['xlated_insns']} | {r['jited_bytes']} | "
               f"{r['verified_insns']} |")
out += ["", "| workload | generated/reference (median) | "
        "generated/reference (net) | generated/reference (net, mean) | "
        "goal <= 1.10 (net) |", "|---|---:|---:|---:|---|"]
for w, p in by.items():
    g, r = p.get("generated"), p.get("reference")
    if not g or not r or g["runs"] == "0" or r["runs"] == "0":
        why = "no reference" if g and g["runs"] != "0" else \
            "no generated offload"
        out.append(f"| {w} | n/a | n/a | n/a | {why} |")
        continue
    m = float(g["median_ns"]) / float(r["median_ns"])
    n = float(g["net_ns"]) / max(float(r["net_ns"]), 1.0)
    t = float(g["net_tmean_ns"]) / max(float(r["net_tmean_ns"]), 1.0)
    out.append(f"| {w} | {m:.2f} | {n:.2f} | {t:.2f} | "
               f"{'met' if n <= 1.10 else 'missed'} |")
open(dst, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
echo "run.sh: results in $CSV and ${CSV%.csv}.md"
