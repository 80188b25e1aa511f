#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# example-dns-responder.sh <dns-responder binary>: run examples/dns-responder
# in one network namespace and, from another, check A answers, NXDOMAIN,
# NODATA, REFUSED, NOTIMP, FORMERR and dropped messages byte for byte, then
# a seeded run of malformed messages; the server must survive all of them.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=netns.sh
source "$HERE/netns.sh"

BIN="${1:?usage: $0 <dns-responder binary>}"
PORT=10053
[[ -x $BIN ]] || netns_fail "not an executable: $BIN"

netns_setup dns-responder
netns_start_server "$BIN" "$PORT"
netns_wait_port udp "$PORT"
netns_client "$PYTHON" "$HERE/dns_client.py" "$SERVER_ADDR" "$PORT"
netns_server_alive
netns_pass
