#!/bin/bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# bench/tcp/run.sh [SERVER [ARGS...]]: memcached text protocol over TCP, the
# userspace-only server against the hand-written sk_skb/sk_msg reference
# (bench/reference/memcached-text-sk_skb), and optionally a third server (a
# command line that serves the same protocol on port 10212, e.g. the koffload
# split of examples/memcached-text). Over a default veth pair between
# ns-tcpref-srv (198.18.98.1) and ns-tcpref-cli (198.18.98.2).
#
# Measured per point (mcload, a closed-loop C client, every reply checked):
# requests/s, p50/p99 latency, the server process's CPU time per request
# (/proc/PID/schedstat), the server CPU's busy and softirq time per request
# (/proc/stat); for the reference's server also its EAGAIN reads per request
# and the share of gets the kernel answered.
#
# CPU placement: "same" = server, client and both veths' receive processing
# (RPS) on CPU 1; "sep" = server and its veth's RPS on CPU 0, client and its
# veth's RPS on CPU 1. The sk_msg backlog work runs where the verdict ran
# (the server veth's RPS CPU).
#
# Env: DURATION (5 s) WARMUP (1 s) REPS (3) CONNS (16) KEYS (1000) VSIZE (32)
#      MODES ("same sep") WORKLOADS ("get set20") RESULTS (bench/results)
#      THIRD_NAME (third): the third server's name in the table
#      VARIANTS ("E HE"): the reference's server also run with -E (EPOLLIN on
#      every socket instead of the verdict's pass notifications: a wake-up
#      per kernel reply) and -H -E (no hold at join either: the phantom
#      readable bytes, an EAGAIN storm in some runs; docs/tcp-mechanism.md)
# Each measurement: the client is bounded by 20 s (DURATION + WARMUP <= 15),
# the server's start by 5 s and its stop by 2 s. Needs root. Cleans up (the
# servers it started, by PID, and both namespaces) on any exit.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=netns.sh
source "$ROOT/bench/tcp/netns.sh"
((EUID == 0)) || { echo "run.sh: needs root (namespaces, BPF)" >&2; exit 77; }
DURATION=${DURATION:-5} WARMUP=${WARMUP:-1} REPS=${REPS:-3} CONNS=${CONNS:-16}
KEYS=${KEYS:-1000} VSIZE=${VSIZE:-32} MODES=${MODES:-same sep} WORKLOADS=${WORKLOADS:-get set20}
RESULTS=${RESULTS:-$ROOT/bench/results}
# one measurement: server start (<= 5 s), the client (<= 20 s), the stop (<= 2 s)
awk -v d="$DURATION" -v w="$WARMUP" 'BEGIN { exit !(d + w <= 15) }' ||
	{ echo "run.sh: DURATION + WARMUP must be <= 15 s (the client is bounded by 20 s)" >&2; exit 2; }
THIRD=("$@")
T=$(mktemp -d /tmp/tcp-bench.XXXXXX)
SPID= CPID=

cleanup() {
	[ -n "$CPID" ] && kill -TERM "$CPID" 2>/dev/null
	if [ -n "$SPID" ]; then
		kill -CONT "$SPID" 2>/dev/null
		kill -TERM "$SPID" 2>/dev/null
		for _ in $(seq 20); do kill -0 "$SPID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$SPID" 2>/dev/null
		wait "$SPID" 2>/dev/null
	fi
	SPID= CPID=
	tr_netns_down # the programs are attached to the server's maps: gone with it
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$ROOT/bench/reference/memcached-text-sk_skb/build.sh" "$T" || exit 1
gcc -O2 -Wall -o "$T/mcload" "$ROOT/bench/tcp/mcload.c" || exit 1
tr_netns_up || exit 1

rps_set() { # <ns> <dev> <cpumask hex> (sysfs as the namespace sees it)
	ip netns exec "$1" sh -c "for q in /sys/class/net/$2/queues/rx-*; do echo $3 > \$q/rps_cpus; done"
}

CONFIGS="user ref"
for v in ${VARIANTS-E HE}; do CONFIGS="$CONFIGS ref-$v"; done
((${#THIRD[@]})) && CONFIGS="$CONFIGS third"

# measure <config> <mode> <workload> <rep>: one CSV line
measure() {
	local cfg=$1 mode=$2 wl=$3 rep=$4 scpu ccpu setpct sig=() cmd out
	case $mode in
	same) scpu=1 ccpu=1; rps_set $TR_SRV veth-tr-s 2; rps_set $TR_CLI veth-tr-c 2 ;;
	sep) scpu=0 ccpu=1; rps_set $TR_SRV veth-tr-s 1; rps_set $TR_CLI veth-tr-c 2 ;;
	esac
	case $wl in get) setpct=0 ;; set20) setpct=20 ;; esac
	case $cfg in
	user) cmd=("$T/mc-server" -u) sig=(--signal-server) ;;
	ref) cmd=("$T/mc-server") sig=(--signal-server) ;;
	ref-E) cmd=("$T/mc-server" -E) sig=(--signal-server) ;;
	ref-HE) cmd=("$T/mc-server" -H -E) sig=(--signal-server) ;;
	third) cmd=("${THIRD[@]}") ;;
	esac
	: >"$T/srv.out"
	ip netns exec $TR_SRV taskset -c $scpu "${cmd[@]}" >"$T/srv.out" 2>"$T/srv.err" &
	SPID=$!
	if ! tr_wait_port; then
		echo "run.sh: $cfg did not listen: $(tail -2 "$T/srv.err")" >&2
		return 1
	fi
	out=$(timeout 20 ip netns exec $TR_CLI taskset -c $ccpu "$T/mcload" --server $TR_SADDR:$TR_PORT \
		--conns "$CONNS" --keys "$KEYS" --vsize "$VSIZE" --set-pct $setpct --warmup "$WARMUP" \
		--duration "$DURATION" --seed "$rep" --server-pid "$SPID" --server-cpu $scpu "${sig[@]}")
	local rc=$?
	kill -TERM "$SPID" 2>/dev/null
	for _ in $(seq 20); do kill -0 "$SPID" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$SPID" 2>/dev/null
	wait "$SPID" 2>/dev/null
	SPID=
	if ((rc != 0)) || [[ $out != *bad=0* ]]; then
		echo "run.sh: $cfg $mode $wl: client failed (rc $rc): $out" >&2
		return 1
	fi
	# the server's counters at the window's edges (user/ref only)
	local ctr
	ctr=$(grep '^{' "$T/srv.out" | head -2 | python3 -c '
import sys, json
ls = [json.loads(l) for l in sys.stdin]
if len(ls) < 2: print("eagain=NA kgets=NA ureq=NA ugets=NA"); sys.exit()
a, b = ls
print("eagain=%d kgets=%d ureq=%d ugets=%d" % (b["eagain"] - a["eagain"], b["k_gets"] - a["k_gets"],
      b["requests"] - a["requests"], b["gets"] - a["gets"]))')
	echo "$cfg $mode $wl $rep $out $ctr" | tr ' ' '\n' | awk -F= '
		NR <= 4 { v[NR] = $0; next } { kv[$1] = $2 }
		END { printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", v[1], v[2], v[3], v[4], kv["rps"],
			kv["p50_us"], kv["p99_us"], kv["srv_proc_us_per_req"], kv["cpu_busy_us_per_req"],
			kv["cpu_softirq_us_per_req"], kv["requests"], kv["eagain"], kv["kgets"], kv["ureq"], kv["mean_us"],
			kv["ugets"], kv["kworker_us_per_req"] }'
}

CSV="$T/raw.csv"
echo "config,mode,workload,rep,rps,p50_us,p99_us,srv_proc_us,cpu_busy_us,cpu_softirq_us,requests,eagain,kgets,ureq,mean_us,ugets,kworker_us" >"$CSV"
START=$(date -u '+%F %T UTC') LOAD0=$(cut -d' ' -f1-3 /proc/loadavg) T0=$SECONDS
set -- $CONFIGS
NCFG=$#
for ((r = 1; r <= REPS; r++)); do
	for mode in $MODES; do
		for wl in $WORKLOADS; do
			# rotate the order each repetition: drift falls on all alike
			cfgs=($CONFIGS)
			for ((i = 0; i < NCFG; i++)); do
				cfg=${cfgs[$(((i + r) % NCFG))]}
				line=$(measure "$cfg" "$mode" "$wl" "$r") || exit 1
				echo "$line" | tee -a "$CSV"
			done
		done
	done
done
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

DATE=$(date -u +%F)
mkdir -p "$RESULTS"
cp "$CSV" "$RESULTS/tcp-$DATE.csv"
python3 - "$CSV" >"$RESULTS/tcp-$DATE.md" <<PY
import csv, statistics as st, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("# TCP (memcached text protocol): userspace vs hand-written sk_skb/sk_msg reference")
print()
print("- command: \`VARIANTS=\"${VARIANTS-E HE}\" DURATION=$DURATION WARMUP=$WARMUP REPS=$REPS CONNS=$CONNS KEYS=$KEYS VSIZE=$VSIZE bench/tcp/run.sh ${THIRD[*]:-}\`")
print("- source: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- bench || echo ' (bench/ modified)')")
print("- machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs, kernel $(uname -r)")
print("- date: $START, $((SECONDS - T0)) s; load average before $LOAD0, after $LOAD1")
print("- $CONNS connections, one request in flight each, $KEYS keys, $VSIZE-byte values, every reply checked; $WARMUP s warm-up, $DURATION s measured; medians of $REPS")
print("- same: server, client and both veths' RPS on CPU 1; sep: server + its veth's RPS on CPU 0, client + its veth's RPS on CPU 1")
print("- per request: *proc* = the server process (schedstat), *kworker* = the server CPU's bound kernel workers (the sockmap backlog sends redirected replies from there), *softirq* = the server CPU's softirq time (/proc/stat ticks; in *same* it includes the client's packets); *total* = their sum; *busy* = the server CPU's whole busy time, which includes any other load on that CPU (the client in *same*; other engineers' builds on this shared machine)")
print()
def med(rs, k):
    v = [float(r[k]) for r in rs if r[k] not in ("", "NA")]
    return st.median(v) if v else None
def f(x, d=1):
    return "-" if x is None else (f"{x:,.0f}" if d == 0 else f"{x:.{d}f}")
names = {"user": "userspace", "ref": "sk_skb reference", "ref-E": "reference, EPOLLIN (-E)",
         "ref-HE": "reference, EPOLLIN, no hold (-H -E)", "third": "${THIRD_NAME:-third}"}
wln = {"get": "GET hits 100%", "set20": "80% GET hits, 20% SET"}
print("| CPUs | workload | server | req/s | vs user | p50 µs | p99 µs | proc µs/req | kworker | softirq | total | total vs user | busy µs/req | EAGAIN reads/req | gets in kernel |")
print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
def total(r):
    return float(r["srv_proc_us"]) + float(r["kworker_us"]) + float(r["cpu_softirq_us"])
for mode in "$MODES".split():
    for wl in "$WORKLOADS".split():
        base = [r for r in rows if r["config"] == "user" and r["mode"] == mode and r["workload"] == wl]
        brps = med(base, "rps")
        btot = st.median([total(r) for r in base]) if base else None
        for cfg in "$CONFIGS".split():
            rs = [r for r in rows if r["config"] == cfg and r["mode"] == mode and r["workload"] == wl]
            if not rs:
                continue
            rps, tot = med(rs, "rps"), st.median([total(r) for r in rs])
            eag = [float(r["eagain"]) / float(r["requests"]) for r in rs if r["eagain"] not in ("", "NA")]
            kg = [float(r["kgets"]) / (float(r["kgets"]) + float(r["ugets"])) for r in rs
                  if r["kgets"] not in ("", "NA") and float(r["kgets"]) + float(r["ugets"]) > 0]
            print(f"| {mode} | {wln.get(wl, wl)} | {names[cfg]} | {f(rps, 0)} | {f(rps / brps, 2) if rps and brps else '-'} | "
                  f"{f(med(rs, 'p50_us'))} | {f(med(rs, 'p99_us'))} | {f(med(rs, 'srv_proc_us'), 2)} | "
                  f"{f(med(rs, 'kworker_us'), 2)} | {f(med(rs, 'cpu_softirq_us'), 2)} | {f(tot, 2)} | "
                  f"{f(tot / btot, 2) if btot else '-'} | {f(med(rs, 'cpu_busy_us'), 1)} | "
                  f"{f(st.median(eag), 3) if eag else '-'} | {f(100 * st.median(kg), 1) + '%' if kg and cfg != 'user' else '-'} |")
print()
print("Spreads (min-max req/s over the repetitions):")
print()
for mode in "$MODES".split():
    for wl in "$WORKLOADS".split():
        parts = []
        for cfg in "$CONFIGS".split():
            v = [float(r["rps"]) for r in rows if r["config"] == cfg and r["mode"] == mode and r["workload"] == wl]
            if v:
                parts.append(f"{names[cfg]} {min(v):,.0f}-{max(v):,.0f}")
        print(f"- {mode}, {wln.get(wl, wl)}: " + "; ".join(parts))
PY
cat "$RESULTS/tcp-$DATE.md"
