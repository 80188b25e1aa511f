#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-text-kv.sh <text-kv binary>: run examples/text-kv in one network
# namespace and check, from another, every command's replies byte for byte
# (text_kv_client.py), then the server's stdout: one log line per request,
# "<client address>:<port> <command line as parsed> -> <reply length>".
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <text-kv binary>}"
PORT=10400 # TKV_PORT, the server's default
CLIENT_PORT=40400
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup text-kv
netns_start_server "$BIN"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/text_kv_client.py" "$SERVER_ADDR" "$PORT" \
  "$CLIENT_ADDR" "$CLIENT_PORT" "$NETNS_TMPDIR/want.log"
netns_server_alive
netns_stop_server
((SERVER_STATUS == 0)) || netns_fail "server exited with status $SERVER_STATUS on SIGTERM"
grep "^$CLIENT_ADDR:" "$SERVER_LOG" >"$NETNS_TMPDIR/got.log" || true
diff -u "$NETNS_TMPDIR/want.log" "$NETNS_TMPDIR/got.log" ||
  netns_fail "the server's log lines differ from the expected ones"
echo "log: $(wc -l <"$NETNS_TMPDIR/got.log") lines as expected"
grep -q "^text-kv: stopped" "$SERVER_LOG" || netns_fail "no clean stop on SIGTERM"
netns_pass
