#!/bin/bash
# check.sh: builds the reference, starts its server in ns-tcpref-srv and runs
# check.py from ns-tcpref-cli. Exits nonzero on any wrong reply. Needs root.
#   bench/reference/memcached-text-sk_skb/check.sh [case...]
#   SERVER_OPTS: extra server options (-H: no hold at join, which check
#   case "early" must catch)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../../tcp/netns.sh
source "$HERE/../../tcp/netns.sh"
((EUID == 0)) || { echo "check.sh: needs root" >&2; exit 77; }
OUT=$(mktemp -d /tmp/mc-ref-check.XXXXXX)
PID=
cleanup() {
	if [ -n "$PID" ]; then
		kill -CONT "$PID" 2>/dev/null
		kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	fi
	tr_netns_down
	rm -rf "$OUT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$HERE/build.sh" "$OUT" || exit 1
tr_netns_up || exit 1
ip netns exec $TR_SRV "$OUT/mc-server" -p $TR_PORT ${SERVER_OPTS:-} >"$OUT/srv.out" 2>"$OUT/srv.err" &
PID=$!
for _ in $(seq 50); do grep -q READY "$OUT/srv.out" && break; sleep 0.1; done
grep -q READY "$OUT/srv.out" || { echo "server did not start:"; tail -5 "$OUT/srv.err"; exit 1; }
timeout 300 ip netns exec $TR_CLI python3 "$HERE/check.py" $TR_SADDR $TR_PORT "$PID" "$OUT/srv.out" "$@"
rc=$?
kill -USR1 "$PID"
sleep 0.2
echo "server counters: $(tail -1 "$OUT/srv.out")"
exit $rc
