#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-tcp-echo.sh <tcp-echo binary>: run examples/tcp-echo in one network
# namespace and, from another, check echoes on two concurrent connections
# (interleaved messages, 256 KiB each at once, half-close), a reset
# connection, and a series of short connections.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <tcp-echo binary>}"
PORT=10008
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup tcp-echo
netns_start_server "$BIN" "$PORT"
netns_wait_port tcp "$PORT"
netns_client "$PYTHON" "$HERE/tcp_echo_client.py" "$SERVER_ADDR" "$PORT"
netns_server_alive
netns_pass
