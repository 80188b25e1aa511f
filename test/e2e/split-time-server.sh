#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-time-server.sh: an RFC 868 time server (time-server.c: time(),
# gettimeofday(), clock_gettime(CLOCK_REALTIME)) built as a split server
# over veth. Its replies carry the time, so two runs never answer
# byte-identically: each reply is judged against the client's own
# CLOCK_REALTIME read just before the request and just after the reply
# (the namespaces share the kernel's clocks), for the userspace-only build
# (KOFFLOAD_MODE=off: the checker's check) and for the split server, whose
# kernel must answer them (koffload-stats) from bpf_ktime_get_tai_ns and
# the offset the runtime published. Tolerance: 1 ms either side of the
# bracket (the value must fall in [before - 1 ms, after + 1 ms], truncated
# to the reply's unit). The kernel's fast TAI read and the vDSO's
# REALTIME differ by nanoseconds when the offset is right; a wrong one is
# off by whole seconds (TAI - UTC is 37 s where it is set), or by the
# published offset's measurement error (microseconds) if it were not
# snapped to whole seconds. Detached within 1 s of SIGKILL.
#
# usage: split-time-server.sh <source dir> <clang> <KOffload.so> <lib dir>
#                             <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10137
ROUNDS=200
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

# check_times <label>: ROUNDS requests of each kind, every reply within
# the client's bracket; prints the largest distance from it.
check_times() {
  netns_client "$PYTHON" - "$SERVER_ADDR" "$PORT" "$ROUNDS" "$1" <<'PY'
import socket, struct, sys, time
addr, rounds, label = (sys.argv[1], int(sys.argv[2])), int(sys.argv[3]), sys.argv[4]
SLACK = 1_000_000          # ns, see the script's header
EPOCH_1900 = 2208988800
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
worst, bad = 0, []
for i in range(rounds):
    for req in (b"TIME", b"us", b"ns"):
        before = time.clock_gettime_ns(time.CLOCK_REALTIME)
        s.sendto(req, addr)
        reply = s.recvfrom(64)[0]
        after = time.clock_gettime_ns(time.CLOCK_REALTIME)
        lo, hi = before - SLACK, after + SLACK
        if req == b"TIME":
            if len(reply) != 4:
                bad.append((req, reply)); continue
            got = struct.unpack("!I", reply)[0]
            ok = (lo // 10**9 + EPOCH_1900) % 2**32 <= got <= \
                 (hi // 10**9 + EPOCH_1900) % 2**32
            ns = (got - EPOCH_1900) * 10**9
            dist = max(0, before // 10**9 * 10**9 - ns, ns - after)
        else:
            if len(reply) != 12:
                bad.append((req, reply)); continue
            sec, frac = struct.unpack("!QI", reply)
            unit = 1000 if req == b"us" else 1
            ns = sec * 10**9 + frac * unit
            ok = frac < 10**9 // unit and lo // unit * unit <= ns <= hi
            dist = max(0, before // unit * unit - ns, ns - after)
        worst = max(worst, dist)
        if not ok:
            bad.append((req, reply.hex(), before, after))
print("%s: %d replies, largest distance outside the client's bracket %d ns"
      % (label, 3 * rounds, worst))
for b in bad[:5]:
    print("  wrong:", b)
sys.exit(1 if bad else 0)
PY
}

split_init split-time
split_build "$HERE/time-server.c"

# Userspace only: the checker holds for the original.
netns_start_server env KOFFLOAD_MODE=off "$T/split" "$PORT"
netns_wait_port udp "$PORT"
check_times userspace || netns_fail "userspace-only replies out of the client's bracket"
netns_stop_server

# Split: the kernel answers, within the same bracket.
split_start "$PORT"
check_times split || netns_fail "the split server's replies are out of the client's bracket"
split_answered $((3 * ROUNDS))
split_kill
netns_pass
