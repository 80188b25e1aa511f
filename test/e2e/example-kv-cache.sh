#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-kv-cache.sh <kv-cache binary>: run examples/kv-cache in one network
# namespace and, from another, check set/get/miss/delete/malformed replies
# byte for byte; then check its journal, cut a torn record off the journal's
# end, restart it, and check that it replayed the journal.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <kv-cache binary>}"
PORT=11211 # KV_PORT, a compile-time constant in the server
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup kv-cache
JOURNAL="$NETNS_TMPDIR/kv-cache.log"
EXPECTED="$NETNS_TMPDIR/expected-journal"
STATE="$NETNS_TMPDIR/state.json"

netns_start_server "$BIN" "$JOURNAL"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/kv_cache_client.py" run \
  "$SERVER_ADDR" "$PORT" "$EXPECTED" "$STATE"
netns_server_alive
netns_stop_server
((SERVER_STATUS == 0)) || netns_fail "server exited with status $SERVER_STATUS on SIGTERM"

cmp "$JOURNAL" "$EXPECTED" || netns_fail "journal differs from the expected one"
echo "journal: $(stat -c %s "$JOURNAL") bytes as expected"

# A crash in the middle of an append leaves a torn record; the restarted
# server must drop it (and only it).
printf 'set torn 10\r\nabc' >>"$JOURNAL"
netns_start_server "$BIN" "$JOURNAL"
netns_wait_port udp "$PORT"
cmp "$JOURNAL" "$EXPECTED" || netns_fail "torn journal tail was not cut off"
grep -q "bad record" "$SERVER_LOG" || netns_fail "no warning about the torn record"
netns_client "$PYTHON" "$HERE/kv_cache_client.py" after-restart \
  "$SERVER_ADDR" "$PORT" "$STATE"
netns_server_alive
netns_pass
