#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-stats-counter.sh <stats-counter binary>: run examples/stats-counter
# in one network namespace and, from another, check incr/get/dump/malformed
# replies and a full table byte for byte; then check the file its last dump
# wrote against the contents the client computed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <stats-counter binary>}"
PORT=10300 # STATS_PORT, a compile-time constant in the server
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup stats-counter
DUMP="$NETNS_TMPDIR/stats-counter.dump"
EXPECTED="$NETNS_TMPDIR/expected-dump"

netns_start_server "$BIN" "$DUMP"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/stats_counter_client.py" \
  "$SERVER_ADDR" "$PORT" "$EXPECTED"
netns_server_alive
netns_stop_server
((SERVER_STATUS == 0)) || netns_fail "server exited with status $SERVER_STATUS on SIGTERM"

cmp "$DUMP" "$EXPECTED" || netns_fail "dump file differs from the expected one"
echo "dump: $(wc -l <"$DUMP") counters as expected"
grep -q "dumped 64 counters to $DUMP" "$SERVER_LOG" || netns_fail "no log line for the last dump"
netns_pass
