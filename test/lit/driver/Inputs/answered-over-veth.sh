#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# answered-over-veth.sh SPLIT PORT KOFFLOAD [SERVER ARGS...] -- REQUESTS...:
# runs the split executable SPLIT (koffload build's) in a network namespace
# of its own, joined by veth to a client namespace (test/e2e/netns.sh:
# names with this shell's PID, 198.18.0.0/24, removed on every exit), its
# offload attached (generic XDP), sends it REQUESTS, prints each reply
# (repr, or (none)) and then how many the kernel answered (`KOFFLOAD stats`,
# KOFFLOAD being the driver); exits 77 with "SKIP: why" without root.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SPLITBIN=$1 PORT=$2 KOFFLOAD=$3
shift 3
args=()
while [[ $1 != -- ]]; do args+=("$1"); shift; done
shift
# shellcheck source=../../../e2e/split-common.sh
source "$HERE/../../../e2e/split-common.sh"
split_init lit-driver >/dev/null
cp "$SPLITBIN" "$T/split"
split_start "${args[@]}"
session "$T/replies" "$@"
cat "$T/replies"
"$KOFFLOAD" stats "$SERVER_PID" | head -1
netns_stop_server || true
