#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-udp-echo.sh <udp-echo binary>: run examples/udp-echo in one network
# namespace and check, from another, that datagrams of 0-1472 bytes (64 and
# 1400 among them) come back unchanged.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <udp-echo binary>}"
PORT=10007
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup udp-echo
netns_start_server "$BIN" "$PORT"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/udp_echo_client.py" "$SERVER_ADDR" "$PORT"
netns_server_alive
netns_pass
