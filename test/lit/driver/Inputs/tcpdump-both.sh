#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# tcpdump-both.sh LO.pcap ANY.pcap PORT SERVER-COMMAND -- CLIENT-COMMAND:
# in a network namespace of its own (unshare -n: private, loopback only),
# capture UDP on lo and on any with tcpdump while the server (once it has
# bound UDP PORT) answers the client, then stop all. Needs root.
set -euo pipefail
if [[ ${IN_NETNS:-} != 1 ]]; then
  exec env IN_NETNS=1 unshare -n "$0" "$@"
fi
ip link set lo up
lo=$1 any=$2 port=$3
shift 3
server=()
while [[ $1 != -- ]]; do server+=("$1"); shift; done
shift
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for pair in "lo $lo" "any $any"; do
  read -r ifc out <<<"$pair"
  tcpdump --immediate-mode -B 16384 -U -n -i "$ifc" -w "$out" udp 2>"$out.log" &
  pids+=($!)
  for _ in $(seq 50); do grep -q listening "$out.log" && break; sleep 0.1; done
done
"${server[@]}" &
pids+=($!)
hex=$(printf ':%04X ' "$port")
for _ in $(seq 50); do grep -q "$hex" /proc/net/udp && break; sleep 0.1; done
timeout 20 "$@"
sleep 0.5 # the last reply reaches the captures
kill -INT "${pids[0]}" "${pids[1]}"
wait "${pids[0]}" "${pids[1]}" 2>/dev/null || true
