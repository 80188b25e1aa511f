#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-tcp-kv.sh: a TCP server split with `koffload build`
# (test/e2e/tcp-kv.c: epoll, the connection in the event's data.fd, one
# read a request, snprintf replies). Over veth with the kernel's default
# settings:
#   - the replies of a scripted session (checked against the client's own
#     model, test/e2e/tcp_kv_client.py) are the same userspace-only
#     (KOFFLOAD_MODE=off), unprivileged (one line, userspace serves) and
#     split, and so is the journal userspace writes for each set;
#   - split, the kernel answers the gets (sk_skb + sk_msg), reading the
#     table userspace's sets wrote, and the hits it counts are what
#     userspace's stats reply says;
#   - with the server stopped (SIGSTOP), gets on a connection opened before
#     are answered, a set is held until it continues;
#   - a request sent before the server accepts its connection is answered,
#     and the server neither spins nor blocks afterwards;
#   - SIGKILL: the offload's programs are gone within 1 s.
#
# usage: split-tcp-kv.sh <source dir> <clang> <KOffload.so> <lib dir>
#                        <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" LIBDIR="$4" STATS="$5"
PORT=10142
# shellcheck source=netns.sh
source "$HERE/netns.sh"

((EUID == 0)) || netns_skip "loading BPF programs needs root (CAP_BPF)"
command -v bpftool >/dev/null || netns_skip "bpftool is not installed (tools/setup.sh)"
netns_setup split-tcp-kv
T="$NETNS_TMPDIR"

"$(dirname "$LIBDIR")/bin/koffload" build -o "$T/split" "$SRC/test/e2e/tcp-kv.c" \
  >"$T/build.log" 2>&1 || netns_fail "koffload build failed: $(cat "$T/build.log")"
grep -q "the program carries its sk_skb offload" "$T/build.log" ||
  netns_fail "not split: $(cat "$T/build.log")"
grep -q '"hook": "sk_skb"' "$T/split.plan.json" ||
  netns_fail "the plan's hook is not sk_skb"

session() { # <name> <session> [pid]
  netns_client "$PYTHON" "$HERE/tcp_kv_client.py" "$SERVER_ADDR" "$PORT" \
    "$2" "$T/$1" "${@:3}" || netns_fail "$1: $(cat "$SERVER_LOG")"
}

# Userspace only.
netns_start_server env KOFFLOAD_MODE=off "$T/split" "$PORT" "$T/journal.off"
netns_wait_port tcp "$PORT"
session main.off main
netns_stop_server

# Without privileges: one line, every request served by userspace.
chmod a+rwx "$T"
netns_start_server setpriv --reuid=65534 --regid=65534 --clear-groups \
  --inh-caps=-all --bounding-set=-all "$T/split" "$PORT" "$T/journal.unpriv"
netns_wait_port tcp "$PORT"
session main.unpriv main
[[ $(grep -c '^koffload: ' "$SERVER_LOG") -eq 1 ]] &&
  grep -q '^koffload: no BPF privileges.*serving every request from userspace' "$SERVER_LOG" ||
  netns_fail "unprivileged: want one line saying userspace serves: $(cat "$SERVER_LOG")"
netns_stop_server

# Split.
netns_start_server "$T/split" "$PORT" "$T/journal.on"
netns_wait_port tcp "$PORT"
for ((i = 0; i < 50; i++)); do
  grep -q "offload attached to TCP port $PORT" "$SERVER_LOG" && break
  sleep 0.1
done
grep -q "offload attached to TCP port $PORT (sk_skb + sk_msg)" "$SERVER_LOG" ||
  netns_fail "the offload did not attach: $(cat "$SERVER_LOG")"
session main.on main
for run in unpriv on; do
  diff -u "$T/main.off" "$T/main.$run" || netns_fail "$run: replies differ from userspace-only's"
  diff -u "$T/journal.off" "$T/journal.$run" || netns_fail "$run: the journal differs"
done
stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
echo "koffload-stats: $stats"
answered=$(sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats")
# 212 gets and 20 bogus lines: all the kernel's but the first on each
# connection after a set or stats (userspace's), which the verdict passes
# while userspace has not yet declared the set answered.
((answered >= 150)) || netns_fail "only $answered requests answered in the kernel, want >= 150"

session stopped.on stopped "$SERVER_PID"
echo "server stopped: gets answered by the kernel, a set held until SIGCONT"
session early.on early "$SERVER_PID"
echo "a request sent before the join answered; the server neither spins nor blocks after it"

# SIGKILL: the programs die with the process's maps.
mapfile -t ids < <(for f in /proc/"$SERVER_PID"/fdinfo/*; do
  sed -n 's/^prog_id:[[:space:]]*//p' "$f" 2>/dev/null
done)
((${#ids[@]} >= 2)) || netns_fail "the server holds ${#ids[@]} BPF programs, want the verdict and sk_msg"
disown "$SERVER_PID" 2>/dev/null || true
kill -KILL "$SERVER_PID"
for ((i = 0; i < 10; i++)); do
  alive=0
  for id in "${ids[@]}"; do
    bpftool prog show id "$id" >/dev/null 2>&1 && alive=1
  done
  ((alive)) || break
  sleep 0.1
done
((alive == 0)) || netns_fail "a program of the offload is still loaded 1 s after SIGKILL"
NETNS_PIDS=()
echo "unloaded within 1 s of SIGKILL"
netns_pass
