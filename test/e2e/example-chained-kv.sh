#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-chained-kv.sh <chained-kv binary>: run examples/chained-kv, its
# table preloaded from a file and only 4 buckets (so that every key sits in
# a chain of about ten), in one network namespace; from another, check the
# replies to GET, SET (in place and new keys), DEL and malformed requests
# byte for byte (chained_kv_client.py); a bucket count that is not a power
# of two is refused.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <chained-kv binary>}"
PORT=10500 # CKV_PORT, the server's default
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup chained-kv
"$PYTHON" "$HERE/chained_kv_client.py" preload "$NETNS_TMPDIR/preload"
if "$BIN" -b 3 "$NETNS_TMPDIR/preload" 2>"$NETNS_TMPDIR/b3.err"; then
  netns_fail "-b 3 was accepted"
fi
grep -q "power of two" "$NETNS_TMPDIR/b3.err" || netns_fail "-b 3: $(cat "$NETNS_TMPDIR/b3.err")"

netns_start_server "$BIN" -b 4 "$NETNS_TMPDIR/preload"
netns_wait_port udp "$PORT"
grep -q "^chained-kv: 40 keys in 4 buckets" "$SERVER_LOG" ||
  netns_fail "preload: $(cat "$SERVER_LOG")"
grep -q "preload:.*no value" "$SERVER_LOG" || netns_fail "no warning for the line without a value"
netns_client "$PYTHON" "$HERE/chained_kv_client.py" "$SERVER_ADDR" "$PORT"
netns_server_alive
netns_stop_server
((SERVER_STATUS == 0)) || netns_fail "server exited with status $SERVER_STATUS on SIGTERM"
# 40 preloaded, +2 new keys, -1 deleted.
grep -q "^chained-kv: stopped, 41 keys" "$SERVER_LOG" || netns_fail "at exit: $(tail -1 "$SERVER_LOG")"
netns_pass
