#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# run.sh: what one translated heap dereference costs in an offload. deref.c
# follows 8 links through a table per request; built once with the table a
# global array (a BPF map value, read directly) and once calloc'd (the
# shared heap, docs/architecture.md "Tables on the heap": each access
# through the pointer is translated). Both are split by `koffload build`
# and run, each in its own namespace; their offloads are timed side by side
# under BPF_PROG_TEST_RUN (bench/xdp-bench.c) on the same request, checked
# against a model of deref.c first (frames.py).
#
# usage: bench/heap/run.sh [build-dir]        (root)
#   RUNS (default 100000), ROUNDS (50), CPU (the last one), RESULTS
#   (bench/results). Namespaces ns-heap-g and ns-heap-h (veth-hg/veth-hh,
#   198.18.95.1 in each; their peers ns-heap-gp/ns-heap-hp have no address),
#   removed on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
RUNS="${RUNS:-100000}"
ROUNDS="${ROUNDS:-50}"
CPU="${CPU:-$(($(nproc) - 1))}"
RESULTS="${RESULTS:-$ROOT/bench/results}"
HERE="$ROOT/bench/heap"

if ((EUID != 0)); then
  echo "run.sh: namespaces and BPF programs need root" >&2
  exit 77
fi
ninja -C "$BUILD" koffload KOffload koffload-bpf-libc koffload-rt \
  xdp-bench >/dev/null
T="$(mktemp -d /tmp/heap-bench.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do
    kill -KILL "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  for ns in ns-heap-g ns-heap-h ns-heap-gp ns-heap-hp; do
    ip netns delete "$ns" 2>/dev/null || true
  done
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

/usr/lib/llvm-19/bin/clang -target bpf -O2 -g \
  -I/usr/include/x86_64-linux-gnu -c "$ROOT/bench/xdp/pass.bpf.c" \
  -o "$T/pass.o"
declare -A id
for v in global heap; do
  flags=
  [[ $v == global ]] && flags=-DTABLE_GLOBAL
  "$BUILD/bin/koffload" build -o "$T/deref-$v" "$HERE/deref.c" \
    --cflags="$flags" >"$T/build-$v.log" 2>&1 || { cat "$T/build-$v.log"; exit 1; }
  grep -q "Split: the program carries" "$T/build-$v.log" ||
    { echo "run.sh: deref ($v) not split"; cat "$T/build-$v.log"; exit 1; }
  ns=ns-heap-${v:0:1} dev=veth-h${v:0:1}
  ip netns delete "$ns" 2>/dev/null || true
  ip netns delete "${ns}p" 2>/dev/null || true
  ip netns add "$ns"
  ip netns add "${ns}p"
  ip link add "$dev" netns "$ns" type veth peer name "${dev}p" netns "${ns}p"
  ip -n "$ns" addr add 198.18.95.1/24 dev "$dev"
  ip -n "$ns" link set "$dev" up
  ip -n "${ns}p" link set "${dev}p" up
  (exec ip netns exec "$ns" env KOFFLOAD_IFACE="$dev" KOFFLOAD_MODE=generic \
    "$T/deref-$v" </dev/null >"$T/$v.log" 2>&1) &
  pid=$!
  pids+=("$pid")
  for ((i = 0; i < 50; i++)); do
    grep -q "offload attached" "$T/$v.log" && break
    sleep 0.1
  done
  grep -q "offload attached" "$T/$v.log" || { cat "$T/$v.log"; exit 1; }
  for f in /proc/"$pid"/fdinfo/*; do
    p=$(awk '$1 == "prog_id:" { print $2 }' "$f" 2>/dev/null) || true
    [[ -n $p ]] || continue
    [[ $(bpftool prog show id "$p" -j | python3 -c \
      'import json, sys; print(json.load(sys.stdin).get("name", ""))') == \
      koffload_xdp ]] && id[$v]=$p
  done
  [[ -n ${id[$v]:-} ]] || { echo "run.sh: no offload in deref ($v)"; exit 1; }
done
python3 "$HERE/frames.py" --global-id "${id[global]}" --heap-id "${id[heap]}" \
  --baseline "$T/pass.o" >"$T/spec"
date=$(date -u +%Y-%m-%d)
mkdir -p "$RESULTS"
"$BUILD/bin/xdp-bench" -n "$RUNS" -r "$ROUNDS" -c "$CPU" \
  -o "$RESULTS/heap-deref-$date.csv" "$T/spec" | tee "$T/bench.txt"
python3 - "$RESULTS/heap-deref-$date.csv" <<'PY' | tee "$T/per-hop.txt"
import csv, sys
rows = {r["program"]: r for r in csv.DictReader(open(sys.argv[1]))}
g, h = (float(rows[p]["net_tmean_ns"]) for p in ("global", "heap"))
print("per translated dereference: (%.1f - %.1f) / 8 = %.1f ns "
      "(trimmed means, net of the baseline)" % (h, g, (h - g) / 8))
PY
{
  echo "# One translated heap dereference ($date)"
  echo
  echo "\`bench/heap/run.sh\` on $(uname -srm), $(nproc) CPUs"
  echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)),"
  echo "pinned to CPU $CPU, $RUNS requests per program in $ROUNDS rounds."
  echo
  echo '```'
  cat "$T/bench.txt" "$T/per-hop.txt"
  echo '```'
} >"$RESULTS/heap-deref-$date.md"
echo "wrote $RESULTS/heap-deref-$date.md and .csv"
