# shellcheck shell=bash disable=SC2034 # variables are read by the tests that source this
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# netns.sh - library for the end-to-end tests: two network namespaces joined
# by a veth pair, a server started in one, clients run in the other.
#
#   source netns.sh
#   netns_setup <tag>                 # namespaces, veth, addresses, trap
#   netns_start_server <cmd> [args]   # in the server namespace, background
#   netns_wait_port udp|tcp <port>    # until the server has bound the port
#   netns_client <cmd> [args]         # in the client namespace, time-bounded
#   netns_client_xdp_pass <clang> <src>  # XDP_PASS on veth-cli (native XDP_TX)
#   netns_stop_server                 # SIGTERM, wait, return its exit status
#   netns_pass
#
# After netns_setup: NETNS_SERVER, NETNS_CLIENT (namespace names, which
# include this shell's PID), SERVER_ADDR=198.18.0.1 and CLIENT_ADDR=198.18.0.2
# (198.18.0.0/15 is the benchmarking range, RFC 2544), NETNS_TMPDIR (a
# scratch directory), PYTHON (the interpreter for the client scripts).
# A test given fixed names and addresses sets NETNS_SERVER_NAME,
# NETNS_CLIENT_NAME, NETNS_SERVER_ADDR and NETNS_CLIENT_ADDR before sourcing
# this (it must then keep two runs of itself apart, and remove what a killed
# run left: the PID is not in the names).
#
# The EXIT trap kills only the processes this library started (by PID),
# deletes the namespaces it created (which removes the veth pair with them)
# and the scratch directory, also when a test fails or is interrupted. Server
# processes also get SIGTERM from the kernel if this shell dies without
# running its trap (setpriv --pdeathsig).
#
# If namespaces cannot be created (no CAP_NET_ADMIN, no iproute2, ...), the
# test prints "SKIP: <reason>" and exits 77, which ctest reports as skipped.

NETNS_SKIP_CODE=77
SERVER_ADDR=${NETNS_SERVER_ADDR:-198.18.0.1}
CLIENT_ADDR=${NETNS_CLIENT_ADDR:-198.18.0.2}
NETNS_PREFIX_LEN=24
PYTHON="${PYTHON:-python3}"
# Upper bound on one client run; well under the ctest TIMEOUT, so the trap
# always gets to clean up.
NETNS_CLIENT_TIMEOUT="${NETNS_CLIENT_TIMEOUT:-15}"

NETNS_SERVER=
NETNS_CLIENT=
NETNS_TMPDIR=
NETNS_CREATED=()
NETNS_PIDS=()
SERVER_PID=
SERVER_LOG=
SERVER_STATUS=
NETNS_TEST_NAME=e2e

netns_skip() {
  echo "SKIP: $*"
  echo "SKIP: $*" >&2
  exit "$NETNS_SKIP_CODE"
}

netns_fail() {
  echo "FAIL: $NETNS_TEST_NAME: $*" >&2
  exit 1
}

netns_pass() {
  echo "PASS: $NETNS_TEST_NAME"
  exit 0
}

# Is PID running (and not a zombie waiting to be reaped)?
netns_alive() {
  local state
  state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" \
    2>/dev/null) || return 1
  [[ -n $state && $state != Z ]]
}

# Send SIGTERM to PID, give it up to 2 s, then SIGKILL; reap it.
netns_kill() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do
    netns_alive "$pid" || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

netns_cleanup() {
  local rc=$? pid ns
  trap - EXIT INT TERM HUP
  set +e
  for pid in "${NETNS_PIDS[@]}"; do
    netns_kill "$pid"
  done
  if ((rc != 0 && rc != NETNS_SKIP_CODE)) && [[ -n $NETNS_TMPDIR ]]; then
    for log in "$NETNS_TMPDIR"/server-*.log; do
      [[ -s $log ]] || continue
      echo "--- $(basename "$log") ---" >&2
      tail -n 50 "$log" >&2
    done
  fi
  for ns in "${NETNS_CREATED[@]}"; do
    ip netns delete "$ns" 2>/dev/null ||
      echo "warning: could not delete namespace $ns" >&2
  done
  [[ -n $NETNS_TMPDIR ]] && rm -rf "$NETNS_TMPDIR"
  exit "$rc"
}

# A test killed with SIGKILL (e.g. by a harness timeout) cannot run its trap;
# its servers die with it (--pdeathsig) but its namespaces and scratch
# directory stay. Remove those of runs whose shell no longer exists; the
# PID in their names says whose they are.
netns_reap_stale() {
  local ns pid dir
  while read -r ns _; do
    [[ $ns =~ ^koffload-.+-([0-9]+)-(srv|cli)$ ]] || continue
    pid=${BASH_REMATCH[1]}
    [[ -e /proc/$pid ]] && continue
    ip netns delete "$ns" 2>/dev/null &&
      echo "note: removed stale namespace $ns (pid $pid is gone)" >&2
  done < <(ip netns list 2>/dev/null)
  for dir in "${TMPDIR:-/tmp}"/koffload-e2e-*.*.*; do
    [[ -d $dir && $dir =~ \.([0-9]+)\.[^.]+$ ]] || continue
    [[ -e /proc/${BASH_REMATCH[1]} ]] || rm -rf "$dir"
  done
}

# netns_setup <tag>: create everything, or skip the test.
netns_setup() {
  local tag=$1 err
  NETNS_TEST_NAME=$tag
  command -v ip >/dev/null 2>&1 || netns_skip "ip (iproute2) is not installed"
  command -v "$PYTHON" >/dev/null 2>&1 || netns_skip "$PYTHON is not installed"

  trap netns_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP

  netns_reap_stale
  NETNS_TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/koffload-e2e-$tag.$$.XXXXXX")
  NETNS_SERVER="${NETNS_SERVER_NAME:-koffload-$tag-$$-srv}"
  NETNS_CLIENT="${NETNS_CLIENT_NAME:-koffload-$tag-$$-cli}"

  if ! err=$(ip netns add "$NETNS_SERVER" 2>&1); then
    netns_skip "cannot create a network namespace (needs CAP_NET_ADMIN): $err"
  fi
  NETNS_CREATED+=("$NETNS_SERVER")
  if ! err=$(ip netns add "$NETNS_CLIENT" 2>&1); then
    netns_skip "cannot create a second network namespace: $err"
  fi
  NETNS_CREATED+=("$NETNS_CLIENT")

  # Create both ends directly inside the namespaces: nothing appears in the
  # caller's namespace, and deleting a namespace deletes its end (and so
  # the pair).
  if ! err=$(ip link add name veth-srv netns "$NETNS_SERVER" type veth \
    peer name veth-cli netns "$NETNS_CLIENT" 2>&1); then
    netns_skip "cannot create a veth pair: $err"
  fi

  ip -n "$NETNS_SERVER" link set lo up
  ip -n "$NETNS_CLIENT" link set lo up
  ip -n "$NETNS_SERVER" addr add "$SERVER_ADDR/$NETNS_PREFIX_LEN" dev veth-srv
  ip -n "$NETNS_CLIENT" addr add "$CLIENT_ADDR/$NETNS_PREFIX_LEN" dev veth-cli
  ip -n "$NETNS_SERVER" link set veth-srv up
  ip -n "$NETNS_CLIENT" link set veth-cli up

  local i
  for ((i = 0; i < 50; i++)); do
    if ip -n "$NETNS_CLIENT" -o link show veth-cli | grep -q 'state UP' &&
      ip -n "$NETNS_SERVER" -o link show veth-srv | grep -q 'state UP'; then
      return 0
    fi
    sleep 0.1
  done
  netns_fail "veth pair did not come up"
}

# netns_start_server <cmd> [args...]: start it in the server namespace with
# stdout/stderr in $NETNS_TMPDIR/server-<n>.log; sets SERVER_PID, SERVER_LOG.
netns_start_server() {
  local deathsig=()
  if setpriv --help 2>/dev/null | grep -q -- --pdeathsig; then
    deathsig=(setpriv --pdeathsig TERM --)
  fi
  SERVER_LOG="$NETNS_TMPDIR/server-${#NETNS_PIDS[@]}.log"
  # `ip netns exec` and setpriv exec the command: $! is the server itself.
  ip netns exec "$NETNS_SERVER" "${deathsig[@]}" "$@" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  NETNS_PIDS+=("$SERVER_PID")
}

# netns_wait_port udp|tcp <port>: wait (up to 5 s) until a socket in the
# server namespace is bound to the port; fail if the server dies first.
netns_wait_port() {
  local proto=$1 port=$2 flag i
  case $proto in
  udp) flag=-u ;;
  tcp) flag=-t ;;
  *) netns_fail "netns_wait_port: unknown protocol $proto" ;;
  esac
  for ((i = 0; i < 100; i++)); do
    netns_alive "$SERVER_PID" || netns_fail "server exited before binding $proto port $port"
    if [[ -n $(ss -N "$NETNS_SERVER" -H -l -n "$flag" "sport = :$port" 2>/dev/null) ]]; then
      return 0
    fi
    sleep 0.05
  done
  netns_fail "server did not bind $proto port $port within 5 s"
}

# netns_client_xdp_pass <clang> <source root>: an XDP_PASS program on
# veth-cli (bench/xdp/pass.bpf.c): native XDP_TX from veth-srv delivers
# only into a peer that has an XDP program. Gone with the namespace.
netns_client_xdp_pass() {
  "$1" -target bpf -O2 -g -I"/usr/include/$(gcc -print-multiarch)" \
    -c "$2/bench/xdp/pass.bpf.c" -o "$NETNS_TMPDIR/pass.o"
  ip -n "$NETNS_CLIENT" link set dev veth-cli xdpdrv obj "$NETNS_TMPDIR/pass.o" sec xdp
}

# netns_client <cmd> [args...]: run in the client namespace, bounded in time.
netns_client() {
  local deathsig=()
  if setpriv --help 2>/dev/null | grep -q -- --pdeathsig; then
    deathsig=(setpriv --pdeathsig TERM --)
  fi
  "${deathsig[@]}" timeout --kill-after=2 "$NETNS_CLIENT_TIMEOUT" \
    ip netns exec "$NETNS_CLIENT" "$@"
}

# netns_server_alive: fail unless the last server started is still running.
netns_server_alive() {
  netns_alive "$SERVER_PID" || netns_fail "server (pid $SERVER_PID) is no longer running"
}

# netns_stop_server: SIGTERM the last server started, wait up to 5 s, and
# set SERVER_STATUS to its exit status (128+n if killed by signal n).
netns_stop_server() {
  local i pid=$SERVER_PID
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    netns_alive "$pid" || break
    sleep 0.1
  done
  netns_alive "$pid" && netns_fail "server (pid $pid) ignored SIGTERM for 5 s"
  SERVER_STATUS=0
  wait "$pid" || SERVER_STATUS=$?
  local kept=()
  for i in "${NETNS_PIDS[@]}"; do
    [[ $i == "$pid" ]] || kept+=("$i")
  done
  NETNS_PIDS=("${kept[@]}")
}
