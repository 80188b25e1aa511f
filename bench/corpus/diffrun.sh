#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# diffrun.sh - run a corpus server's original build and its split build,
# each fresh, under the same workload, and compare the replies byte for
# byte; then print the split server's `koffload stats`.
#
#   diffrun.sh OUTDIR PORT REQUESTS ORIG SPLIT [server args...]
#
# As root. Namespaces ns-corpus-srv/ns-corpus-cli joined by veth-cs/veth-cc
# (198.18.7.1 server, 198.18.7.2 client), removed on exit, also on failure.
# The server runs in OUTDIR/run-{orig,split} (some write files there).
# KOFFLOAD=path/to/koffload (default: build/bin/koffload beside this tree);
# MODE=native attaches the offload in native mode (default generic).
set -u
out=$1 port=$2 reqs=$3 orig=$4 split=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
KOFFLOAD=${KOFFLOAD:-$here/../../build/bin/koffload}
SRV=ns-corpus-srv CLI=ns-corpus-cli
pids=()

cleanup() {
  for p in "${pids[@]}"; do
    kill -TERM "$p" 2>/dev/null
    sleep 0.3
    kill -KILL "$p" 2>/dev/null
    wait "$p" 2>/dev/null
  done
  ip netns delete "$SRV" 2>/dev/null
  ip netns delete "$CLI" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns delete "$SRV" 2>/dev/null
ip netns delete "$CLI" 2>/dev/null
ip netns add "$SRV" && ip netns add "$CLI" || exit 1
ip link add veth-cs netns "$SRV" type veth peer name veth-cc netns "$CLI" || exit 1
ip -n "$SRV" addr add 198.18.7.1/24 dev veth-cs
ip -n "$CLI" addr add 198.18.7.2/24 dev veth-cc
for ns in "$SRV" "$CLI"; do ip -n "$ns" link set lo up; done
ip -n "$SRV" link set veth-cs up
ip -n "$CLI" link set veth-cc up

wait_port() { # the server's UDP port bound (5 s at most)
  local i
  for ((i = 0; i < 50; i++)); do
    ip netns exec "$SRV" ss -Hlun "sport = :$port" | grep -q . && return 0
    sleep 0.1
  done
  return 1
}

run_one() { # tag binary env...
  local tag=$1 bin=$2 pid
  shift 2
  mkdir -p "$out/run-$tag"
  (cd "$out/run-$tag" && exec ip netns exec "$SRV" env "$@" "$bin" "${ARGS[@]}" \
    </dev/null >"$out/$tag.log" 2>&1) &
  pid=$!
  pids+=("$pid")
  wait_port || { echo "$tag: port $port not bound"; tail -5 "$out/$tag.log"; }
  if [[ $tag == split ]]; then
    for ((i = 0; i < 50; i++)); do
      grep -q "offload attached" "$out/$tag.log" && break
      sleep 0.1
    done
    grep "offload attached\|koffload" "$out/$tag.log" | head -3
  fi
  echo "$tag: $(ip netns exec "$CLI" python3 "$here/client.py" 198.18.7.1 "$port" \
    "$reqs" "$out/$tag.replies")"
  if [[ $tag == split ]]; then
    # the pid is the server's own: the subshell, ip netns exec and env
    # each exec the next
    "$KOFFLOAD" stats "$pid" | tee "$out/stats.txt"
  fi
  kill -TERM "$pid" 2>/dev/null
  sleep 0.3
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

ARGS=("$@")
run_one orig "$orig" X=1
run_one split "$split" KOFFLOAD_IFACE=veth-cs KOFFLOAD_MODE="${MODE:-generic}"
if cmp -s "$out/orig.replies" "$out/split.replies"; then
  echo "replies: identical ($(wc -l <"$out/orig.replies") lines)"
else
  echo "replies: DIFFER"
  diff "$out/orig.replies" "$out/split.replies" | cut -c1-160 | head -10
fi
