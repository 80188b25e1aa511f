#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-rate-limiter.sh <rate-limiter binary>: run examples/rate-limiter
# (burst 5, one token per second) in one network namespace and, from
# another, check that a client is allowed its burst and then denied, that
# clients are independent, that malformed requests get ERROR, and that a
# token comes back after one refill interval.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <rate-limiter binary>}"
PORT=10090
INTERVAL_MS=1000
BURST=5
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup rate-limiter
netns_start_server "$BIN" "$PORT" "$INTERVAL_MS" "$BURST"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/rate_limiter_client.py" \
  "$SERVER_ADDR" "$PORT" "$INTERVAL_MS" "$BURST"
netns_server_alive
netns_pass
