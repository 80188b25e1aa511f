#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# load-client.sh <koffload-load> <udp-echo> <kv-cache>: smoke test of the
# benchmark's load client (bench/load/load.c) against the plain example
# servers over veth, userspace only. Counts, not timing: the client gets
# answers and latencies, writes its timeline, keeps kv-cache's request mix,
# counts replies that are not the server's answer as bad (an echo server
# asked kv-cache requests), and counts a silent server's requests as
# timeouts, bounded by its slots.
set -euo pipefail
LOAD=$1 ECHO=$2 KV=$3
# shellcheck source=netns.sh
source "$(dirname "${BASH_SOURCE[0]}")/netns.sh"
netns_setup load-client
T=$NETNS_TMPDIR

# field <summary line> <key>: the value of key=value
field() { sed -n "s/.*\\b$2=\\([0-9.]*\\).*/\\1/p" <<<"$1"; }
check() { # <description> <awk condition on x>
  awk -v x="$3" "BEGIN { exit !($2) }" || netns_fail "$1 (got $3)"
}

netns_start_server "$ECHO" 10007
netns_wait_port udp 10007
out=$(netns_client "$LOAD" --server "$SERVER_ADDR:10007" --workload echo \
  --size 100 --inflight 4 --duration 1 --timeline "$T/timeline.csv")
echo "echo: $out"
check "echo: answered requests" "x >= 100" "$(field "$out" requests)"
check "echo: no bad replies" "x == 0" "$(field "$out" bad)"
check "echo: no timeouts" "x == 0" "$(field "$out" timeouts)"
check "echo: a p50" "x > 0" "$(field "$out" p50_us)"
check "echo: p99 >= p50" "x >= $(field "$out" p50_us)" "$(field "$out" p99_us)"
check "echo: every request fast" "x == 100" "$(field "$out" fast_pct)"
head -1 "$T/timeline.csv" | grep -qx 't,requests_per_s,p50_us,p99_us,fast_pct' ||
  netns_fail "timeline header: $(head -1 "$T/timeline.csv")"
[[ $(wc -l <"$T/timeline.csv") -eq 2 ]] || netns_fail "timeline: want one window: $(cat "$T/timeline.csv")"
IFS=, read -r t rps _ _ fast < <(tail -1 "$T/timeline.csv")
[[ $t == 1 && $fast == 100.0 ]] || netns_fail "timeline line: $(tail -1 "$T/timeline.csv")"
check "timeline: the window's requests" "x == $(field "$out" requests)" "$rps"

# The same server asked kv-cache requests answers them with themselves:
# every reply is bad, none is counted as a request.
out=$(netns_client "$LOAD" --server "$SERVER_ADDR:10007" --workload kv \
  --inflight 2 --duration 0.3)
echo "kv to echo: $out"
check "kv to echo: bad replies" "x > 0" "$(field "$out" bad)"
check "kv to echo: no requests" "x == 0" "$(field "$out" requests)"
netns_stop_server

# kv-cache with the load client's keys: half GET hits, half SETs.
"$LOAD" --kv-journal "$T/journal" --keys 200
netns_start_server "$KV" "$T/journal"
netns_wait_port udp 11211
grep -q "replayed 200 journal records" "$SERVER_LOG" || netns_fail "journal: $(cat "$SERVER_LOG")"
out=$(netns_client "$LOAD" --server "$SERVER_ADDR:11211" --workload kv \
  --keys 200 --fast 50 --inflight 4 --duration 0.5)
echo "kv: $out"
check "kv: answered requests" "x >= 50" "$(field "$out" requests)"
check "kv: no bad replies" "x == 0" "$(field "$out" bad)"
check "kv: about half fast" "x > 35 && x < 65" "$(field "$out" fast_pct)"
# Schedule: all GETs, then all SETs.
out=$(netns_client "$LOAD" --server "$SERVER_ADDR:11211" --workload kv \
  --keys 200 --schedule 1:100,1:0 --inflight 2 --timeline "$T/sched.csv")
echo "kv schedule: $out"
[[ $(sed -n 2p "$T/sched.csv" | cut -d, -f5) == 100.0 &&
  $(sed -n 3p "$T/sched.csv" | cut -d, -f5) == 0.0 ]] ||
  netns_fail "schedule 1:100,1:0: $(cat "$T/sched.csv")"
netns_stop_server

# Nobody listening: every request times out (100 ms), slots reused.
out=$(netns_client "$LOAD" --server "$SERVER_ADDR:10999" --workload echo \
  --inflight 3 --duration 0.5)
echo "no server: $out"
check "no server: no requests" "x == 0" "$(field "$out" requests)"
check "no server: timeouts, bounded by the slots" "x >= 3 && x <= 3 * 6" \
  "$(field "$out" timeouts)"
netns_pass
