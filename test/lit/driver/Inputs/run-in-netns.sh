#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# run-in-netns.sh SERVER-COMMAND -- CLIENT-COMMAND: in a network namespace
# of its own (unshare -n: private, gone with its processes; loopback
# only), start the server, run the client (its status is ours), then stop
# the server with SIGTERM. Needs root.
set -euo pipefail
if [[ ${IN_NETNS:-} != 1 ]]; then
  exec env IN_NETNS=1 unshare -n "$0" "$@"
fi
ip link set lo up
server=()
while [[ $1 != -- ]]; do server+=("$1"); shift; done
shift
"${server[@]}" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
timeout 20 "$@"
