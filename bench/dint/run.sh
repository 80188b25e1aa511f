#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# run.sh: DINT's key-value store (NSDI'24) -- the offload koffload generates
# from the plain UDP store (store/udp/server.cc: a chained hash table on the
# heap, per-bucket spin locks, a std::thread per worker) against the XDP
# offload DINT's authors wrote by hand (store/ebpf/store_kern.c: a cache of
# the table in an array map), ns per request under BPF_PROG_TEST_RUN
# (bench/xdp-bench.c). Before timing, the original and the split server
# answer the same seeded workload over veth (client.py), byte for byte; the
# split one's `koffload stats` count what its offload answered.
#
# usage: bench/dint/run.sh DINT-CHECKOUT [build-dir]      (root)
#   DINT-CHECKOUT: a checkout of github.com/DINT-NSDI24/DINT (we used
#   23e07c0); nothing of it is kept here. RUNS (default 100000) requests
#   per program and workload in ROUNDS (50) rounds; CPU (default: the last
#   one); REQUESTS (default 2000) of the differential workload; RESULTS
#   (default bench/results).
#
# What is changed in DINT's sources, in a copy: the store's address
# 10.10.1.1 becomes 198.18.94.1 (our network tests use only 198.18.0.0/15);
# the hand-written program's section names become "xdp"/"tc" (libbpf 1.x
# does not know "tps_prim_xdp"), and it is built with stand-ins for the
# kernel tree it expects (stdint, bpf_endian, __builtin_memcpy).
#
# Namespaces ns-dint-srv/ns-dint-cli (veth-ds/veth-dc, 198.18.94.1/.2),
# removed on exit. The store needs about 3 GiB of memory (the split one's
# table lives in a 3 GiB BPF array map, KOFFLOAD_HEAP_SIZE) and DINT's
# cache another 2.1 GiB (9M entries); start-up fills 24M keys (~30 s).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DINT="$(cd "${1:?usage: run.sh DINT-CHECKOUT [build-dir]}" && pwd)"
BUILD="$(cd "${2:-$ROOT/build}" && pwd)"
RUNS="${RUNS:-100000}"
ROUNDS="${ROUNDS:-50}"
CPU="${CPU:-$(($(nproc) - 1))}"
REQUESTS="${REQUESTS:-2000}"
RESULTS="${RESULTS:-$ROOT/bench/results}"
LLVM=/usr/lib/llvm-19/bin
HERE="$ROOT/bench/dint"
SRV=ns-dint-srv CLI=ns-dint-cli

if ((EUID != 0)); then
  echo "run.sh: namespaces and BPF programs need root" >&2
  exit 77
fi
ninja -C "$BUILD" koffload KOffload koffload-bpf-libc koffload-rt \
  xdp-bench koffload-stats >/dev/null
T="$(mktemp -d /tmp/dint-bench.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do
    kill -TERM "$p" 2>/dev/null || true
    sleep 0.3
    kill -KILL "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  ip netns delete "$SRV" 2>/dev/null || true
  ip netns delete "$CLI" 2>/dev/null || true
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The store, original and split, from a copy with our address.
cp -r "$DINT/store/udp" "$T/udp"
sed -i 's/"10\.10\.1\.1"/"198.18.94.1"/' "$T/udp/server.cc"
grep -q '"198.18.94.1"' "$T/udp/server.cc"
FLAGS=(-std=gnu++17 -D_GNU_SOURCE -DNDEBUG -I. -pthread)
(cd "$T/udp" && "$LLVM/clang++" "${FLAGS[@]}" -O2 -o "$T/store-orig" server.cc)
(cd "$T/udp" && "$BUILD/bin/koffload" build -o "$T/store-split" server.cc \
  --cxxflags="${FLAGS[*]}" >"$T/build.log" 2>&1) ||
  { cat "$T/build.log"; exit 1; }
grep -q "Split: the program carries its XDP offload" "$T/build.log" ||
  { echo "run.sh: the store was not split:"; cat "$T/build.log"; exit 1; }

# DINT's hand-written offload.
mkdir -p "$T/inc/linux/tools/lib/bpf"
ln -s /usr/include/bpf/bpf_helpers.h "$T/inc/linux/tools/lib/bpf/"
cp -r "$DINT/store/ebpf" "$T/ebpf"
sed -i 's/SEC("tps_prim_xdp")/SEC("xdp")/; s/SEC("tps_prim_tc")/SEC("tc")/' \
  "$T/ebpf/store_kern.c"
(cd "$T/ebpf" && "$LLVM/clang" -target bpf -O2 -g -w -ffreestanding \
  -I"$T/inc" -I/usr/include/bpf -I/usr/include/x86_64-linux-gnu \
  -include stdint.h -include linux/pkt_cls.h -include bpf/bpf_endian.h \
  -Dhtons=bpf_htons -Dntohs=bpf_ntohs -Dmemcpy=__builtin_memcpy \
  -c store_kern.c -o "$T/store_kern.o")
"$LLVM/clang" -target bpf -O2 -g -I/usr/include/x86_64-linux-gnu \
  -c "$ROOT/bench/xdp/pass.bpf.c" -o "$T/pass.o"

ip netns delete "$SRV" 2>/dev/null || true
ip netns delete "$CLI" 2>/dev/null || true
ip netns add "$SRV"
ip netns add "$CLI"
ip link add veth-ds netns "$SRV" type veth peer name veth-dc netns "$CLI"
ip -n "$SRV" addr add 198.18.94.1/24 dev veth-ds
ip -n "$CLI" addr add 198.18.94.2/24 dev veth-dc
for ns in "$SRV" "$CLI"; do ip -n "$ns" link set lo up; done
ip -n "$SRV" link set veth-ds up
ip -n "$CLI" link set veth-dc up

start() { # tag binary env... ; sets $server
  local tag=$1 bin=$2 i
  shift 2
  # exec all the way down: $! is the store's own pid
  (exec ip netns exec "$SRV" env "$@" "$bin" 1 </dev/null >"$T/$tag.log" 2>&1) &
  server=$!
  pids+=("$server")
  for ((i = 0; i < 1200; i++)); do
    grep -q "worker 0 started" "$T/$tag.log" && break
    kill -0 "$server" 2>/dev/null || { cat "$T/$tag.log"; exit 1; }
    sleep 0.1
  done
  grep -q "worker 0 started" "$T/$tag.log" ||
    { echo "run.sh: $tag did not start"; exit 1; }
}
stop() {
  kill -TERM "$server" 2>/dev/null || true
  sleep 0.3
  kill -KILL "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
client() { # tag
  (cd "$HERE" && ip netns exec "$CLI" python3 client.py 198.18.94.1 \
    "$REQUESTS" "$T/$1.replies")
}

echo "== the original store, userspace"
start orig "$T/store-orig" X=1
client orig
stop

echo "== the split store, its offload attached to veth-ds (generic XDP)"
start split "$T/store-split" KOFFLOAD_IFACE=veth-ds KOFFLOAD_MODE=generic \
  KOFFLOAD_HEAP_SIZE=3G
for ((i = 0; i < 50; i++)); do
  grep -q "offload attached" "$T/split.log" && break
  sleep 0.1
done
grep "koffload" "$T/split.log"
grep -q "offload attached" "$T/split.log" || exit 1
# The offload's program: the XDP program fd the store holds that is not
# the dispatcher (the dispatcher picks a program by the ingress interface,
# which a test run does not have).
gen=
for f in /proc/"$server"/fdinfo/*; do
  id=$(awk '$1 == "prog_id:" { print $2 }' "$f" 2>/dev/null) || true
  [[ -n $id ]] || continue
  name=$(bpftool prog show id "$id" -j | python3 -c \
    'import json, sys; print(json.load(sys.stdin).get("name", ""))')
  [[ $name == koffload_xdp ]] && gen=$id
done
[[ -n $gen ]] || { echo "run.sh: no offload program in the store"; exit 1; }
# The workload first: the counters then count its requests alone (test
# runs count too).
client split
"$BUILD/bin/koffload-stats" "$server" | tee "$T/stats.txt"
python3 "$HERE/frames.py" --generated "$gen" --reference "$T/store_kern.o" \
  --baseline "$T/pass.o" >"$T/spec"
date=$(date -u +%Y-%m-%d)
mkdir -p "$RESULTS"
"$BUILD/bin/xdp-bench" -n "$RUNS" -r "$ROUNDS" -c "$CPU" \
  -o "$RESULTS/dint-$date.csv" "$T/spec" | tee "$T/bench.txt"
bpftool prog dump xlated id "$gen" >"$T/generated.xlated"
stop

if cmp -s "$T/orig.replies" "$T/split.replies"; then
  same="identical ($(wc -l <"$T/orig.replies") replies)"
else
  same="DIFFER"
  diff "$T/orig.replies" "$T/split.replies" | head -10
fi
echo "replies of the original and the split store: $same"

{
  echo "# DINT store: generated offload vs DINT's hand-written ($date)"
  echo
  echo "\`bench/dint/run.sh\` on $(uname -srm), $(nproc) CPUs"
  echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)),"
  echo "pinned to CPU $CPU, $RUNS requests per program in $ROUNDS rounds;"
  echo "DINT at $(git -C "$DINT" rev-parse --short HEAD 2>/dev/null || echo '?')."
  echo
  echo '```'
  cat "$T/bench.txt"
  echo '```'
  echo
  echo "Differential workload ($REQUESTS requests over veth, generic XDP):"
  echo "original and split replies $same; the split store's \`koffload stats\`:"
  echo
  echo '```'
  cat "$T/stats.txt"
  echo '```'
} >"$RESULTS/dint-$date.md"
echo "wrote $RESULTS/dint-$date.md and .csv"
[[ $same != DIFFER ]]
