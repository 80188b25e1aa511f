# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-common.sh - the shared steps of the split-server tests
# (split-<example>.sh), on netns.sh:
#
#   split_init <tag>                  # skip unless root; namespaces; the
#                                     # veth's checksum offload as the kernel
#                                     # leaves it (SPLIT_TX_CSUM=off: the
#                                     # client's kernel writes checksums)
#   split_build <source...>           # $T/split: koffload build (the driver
#                                     # beside LIBDIR's bin/)
#   split_start [server args...]      # in the server namespace, generic XDP
#                                     # (SPLIT_MODE=native: native) on
#                                     # veth-srv; returns once attached
#   ask <request> <seconds>           # one datagram; the reply's repr or (none)
#   xdp_attached                      # true while veth-srv has an XDP program
#   split_same_replies <file> <server args...> -- <requests...>
#                                     # the requests' replies from the split
#                                     # server equal its userspace-only ones
#                                     # (KOFFLOAD_MODE=off) and an unprivileged
#                                     # run's (one line, nothing attached);
#                                     # leaves the split server running
#
# The scripts set SRC CLANG PLUGIN LIBDIR PORT before sourcing this.

# shellcheck source=netns.sh
source "$(dirname "${BASH_SOURCE[0]}")/netns.sh"
T=

split_init() {
  if ((EUID != 0)); then
    netns_skip "loading BPF programs needs root (CAP_BPF)"
  fi
  command -v ethtool >/dev/null || netns_skip "ethtool is not installed (tools/setup.sh)"
  netns_setup "$1"
  T="$NETNS_TMPDIR"
  # With the kernel's defaults (tx checksum offload on, as in container
  # networks) a sender on veth leaves the UDP checksum partial and the
  # receiver trusts the skb; the runtime tells the offload (a veth), which
  # takes that form. SPLIT_TX_CSUM=off: the client's kernel writes whole
  # checksums, as a real link's sender's NIC would.
  case ${SPLIT_TX_CSUM:-default} in
  off)
    ip netns exec "$NETNS_CLIENT" ethtool -K veth-cli tx off >/dev/null
    ;;
  default)
    ip netns exec "$NETNS_CLIENT" ethtool -k veth-cli |
      grep -q '^tx-checksumming: on' ||
      netns_skip "veth-cli does not start with tx checksum offload on"
    ;;
  *) netns_fail "SPLIT_TX_CSUM=$SPLIT_TX_CSUM is not default or off" ;;
  esac
  echo "client veth: tx checksum offload ${SPLIT_TX_CSUM:-default}"
}

split_build() {
  # The driver, as a user splits a server: several sources are compiled to
  # bitcode and linked first (koffload needs the whole program).
  "$(dirname "$LIBDIR")/bin/koffload" build -o "$T/split" "$@" \
    >"$T/build.log" 2>&1 ||
    netns_fail "koffload build failed: $(cat "$T/build.log")"
  grep -q "the program carries its offload" "$T/build.log" ||
    netns_fail "not split: $(cat "$T/build.log")"
}

split_start() {
  local i mode=${SPLIT_MODE:-generic}
  netns_start_server env KOFFLOAD_IFACE=veth-srv KOFFLOAD_MODE="$mode" \
    "$T/split" "$@"
  netns_wait_port udp "$PORT"
  for ((i = 0; i < 50; i++)); do
    grep -q "offload attached to veth-srv" "$SERVER_LOG" && break
    sleep 0.1
  done
  grep -q "offload attached to veth-srv ($mode)" "$SERVER_LOG" ||
    netns_fail "the offload did not attach: $(cat "$SERVER_LOG")"
  xdp_attached || netns_fail "no XDP program on veth-srv"
}

ask() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$1" "$2" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(float(sys.argv[4]))
s.sendto(sys.argv[3].encode().decode("unicode_escape").encode(),
         (sys.argv[1], int(sys.argv[2])))
try:
    print(repr(s.recvfrom(2048)[0]))
except socket.timeout:
    print("(none)")
PY
}

xdp_attached() {
  ip -n "$NETNS_SERVER" -d link show veth-srv | grep -q 'xdp'
}

# session <out> <requests...>: the replies (repr, or (none)), one a line.
session() {
  local out=$1
  shift
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$out" "$@" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1)
addr = (sys.argv[1], int(sys.argv[2]))
with open(sys.argv[3], "w") as out:
    for req in sys.argv[4:]:
        s.sendto(req.encode().decode("unicode_escape").encode("latin-1"), addr)
        try:
            out.write(repr(s.recvfrom(4096)[0]) + "\n")
        except socket.timeout:
            out.write("(none)\n")
PY
}

# session_from_port <out> <client port> <suffix> <requests...>: as
# session, from a fixed client port (a log line names it), each request
# followed by <suffix> (printf-style escapes: '\0' for a NUL, '' none).
session_from_port() {
  local out=$1 port=$2 suffix=$3
  shift 3
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$port" "$out" "$suffix" "$@" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("", int(sys.argv[3])))
s.settimeout(2)
addr = (sys.argv[1], int(sys.argv[2]))
suffix = sys.argv[5].encode().decode("unicode_escape").encode("latin-1")
with open(sys.argv[4], "w") as out:
    for req in sys.argv[6:]:
        s.sendto(req.encode() + suffix, addr)
        try:
            out.write(repr(s.recvfrom(4096)[0]) + "\n")
        except socket.timeout:
            out.write("(none)\n")
PY
}

split_same_replies() {
  local name=$1 args=() status
  shift
  while (($# > 0)) && [[ $1 != -- ]]; do
    args+=("$1")
    shift
  done
  shift
  # Userspace only.
  netns_start_server env KOFFLOAD_MODE=off "$T/split" "${args[@]}"
  netns_wait_port udp "$PORT"
  session "$T/$name.off" "$@"
  grep -q "KOFFLOAD_MODE=off" "$SERVER_LOG" || netns_fail "no KOFFLOAD_MODE=off line"
  xdp_attached && netns_fail "KOFFLOAD_MODE=off attached a program"
  netns_stop_server
  # Without privileges: one line, every request served by userspace.
  chmod a+rwx "$T"
  netns_start_server setpriv --reuid=65534 --regid=65534 --clear-groups \
    --inh-caps=-all --bounding-set=-all \
    env KOFFLOAD_IFACE=veth-srv "$T/split" "${args[@]}"
  netns_wait_port udp "$PORT"
  session "$T/$name.unpriv" "$@"
  [[ $(grep -c '^koffload: ' "$SERVER_LOG") -eq 1 ]] &&
    grep -q '^koffload: no BPF privileges.*serving every request from userspace' "$SERVER_LOG" ||
    netns_fail "unprivileged: want one line saying userspace serves: $(cat "$SERVER_LOG")"
  xdp_attached && netns_fail "unprivileged: an XDP program is attached"
  netns_stop_server
  diff -u "$T/$name.off" "$T/$name.unpriv" ||
    netns_fail "the unprivileged server's replies differ"
  # Split.
  split_start "${args[@]}"
  session "$T/$name.on" "$@"
  diff -u "$T/$name.off" "$T/$name.on" ||
    netns_fail "the split server's replies differ from userspace-only's"
}

# split_answered_count: the running server's kernel-answered count
# (koffload-stats; the whole line goes to stderr for the log).
split_answered_count() {
  local stats
  stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
  echo "koffload-stats: $stats" >&2
  sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats"
}

# split_answered <at least>: koffload-stats of the running server says the
# kernel answered that many requests.
# (A request that found a record held by userspace, still finishing the
# one before, falls back correctly: it counts as the kernel's here.)
split_answered() {
  local stats answered busy bad
  stats=$("$STATS" "$SERVER_PID") || netns_fail "koffload-stats: $stats"
  echo "koffload-stats: $stats"
  answered=$(sed -n 's/^answered \([0-9]*\) .*/\1/p' <<<"$stats")
  busy=$(sed -n 's/.*record busy \([0-9]*\)).*/\1/p' <<<"$stats")
  bad=$(sed -n 's/.* bad checksum \([0-9]*\)$/\1/p' <<<"${stats%%$'\n'*}")
  ((answered + busy >= $1)) ||
    netns_fail "only $answered requests answered in the kernel ($busy busy), want >= $1"
  # The clients' datagrams are all sound: none may be taken for corrupt.
  [[ $bad == 0 ]] || netns_fail "$bad datagrams counted as bad checksums, want 0"
}

# split_kill: SIGKILL the server; no XDP program 1 s later.
split_kill() {
  local i
  disown "$SERVER_PID" 2>/dev/null || true # no "Killed" job message
  kill -KILL "$SERVER_PID"
  for ((i = 0; i < 10; i++)); do
    xdp_attached || break
    sleep 0.1
  done
  xdp_attached && netns_fail "an XDP program is still attached 1 s after SIGKILL"
  NETNS_PIDS=()
  echo "detached within 1 s of SIGKILL"
}

# A counter of 8 little-endian bytes as ask() prints it.
split_count() { printf "b'\\\\x%02x\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00\\\\x00'" "$1"; }

# split_quiet_then_verbose REQUEST WHAT: a server whose requests log only
# when started with -v (WHAT says what falls back then). Quiet and stopped
# (SIGSTOP), the kernel answers REQUEST's count 1, 2, 3; with -v and
# stopped, no reply comes (the request falls back to a stopped userspace);
# continued, userspace answers the held request and the next (count 2).
split_quiet_then_verbose() {
  local req="$1" what="$2" want got
  split_start
  kill -STOP "$SERVER_PID"
  for want in 1 2 3; do
    got=$(ask "$req" 2)
    [[ $got == "$(split_count "$want")" ]] ||
      netns_fail "quiet, server stopped: got $got, want count $want"
  done
  echo "quiet: answered by the kernel while the server was stopped"
  split_answered 3
  kill -CONT "$SERVER_PID"
  netns_stop_server

  split_start -v
  kill -STOP "$SERVER_PID"
  got=$(ask "$req" 1)
  [[ $got == "(none)" ]] ||
    netns_fail "verbose, server stopped: got $got, want no reply ($what falls back)"
  kill -CONT "$SERVER_PID"
  got=$(ask "$req" 2)
  [[ $got == "$(split_count 2)" ]] ||
    netns_fail "verbose, server running: got $got, want count 2"
  echo "verbose: the request fell back to userspace, which answered"
  netns_stop_server
}
