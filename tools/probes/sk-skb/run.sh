#!/bin/bash
# sk_skb probe (issue 17): every case against every mechanism, over veth between
# two namespaces; prints a table. Needs root, clang-19, bpftool, libbpf (-lbpf).
#   tools/probes/sk-skb/run.sh [mechanism...]      (default: all)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d /tmp/sk-skb-probe.XXXXXX)
SRV=ns-tcp-srv CLI=ns-tcp-cli
CG=/sys/fs/cgroup/unified/koff-tcpprobe # cgroup v2 for the sock_ops variant
PID=

cleanup() {
	[ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
	ip netns del $SRV 2>/dev/null
	ip netns del $CLI 2>/dev/null
	[ -d $CG ] && rmdir $CG 2>/dev/null
	true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Build (a probe: no CMake).
clang-19 -g -O2 -target bpf -mcpu=v3 -I/usr/include/x86_64-linux-gnu \
	-c "$HERE/probe.bpf.c" -o "$OUT/probe.bpf.o" || exit 1
bpftool gen skeleton "$OUT/probe.bpf.o" name probe >"$OUT/probe.skel.h" || exit 1
gcc -O2 -Wall -I"$OUT" "$HERE/server.c" -o "$OUT/server" -lbpf || exit 1

# Network: default veth settings.
cleanup
ip netns add $SRV && ip netns add $CLI || exit 1
ip link add veth-ts netns $SRV type veth peer name veth-tc netns $CLI || exit 1
ip -n $SRV addr add 198.18.96.1/24 dev veth-ts
ip -n $CLI addr add 198.18.96.2/24 dev veth-tc
for n in $SRV $CLI; do ip -n $n link set lo up; done
ip -n $SRV link set veth-ts up
ip -n $CLI link set veth-tc up
mkdir -p $CG

# name|server options (see server.c)
MECHS=(
	"user|-m user"
	"verdict|-m verdict -p 4"
	"parser|-m parser -p 4"
	"verdict-ingress|-m verdict -p 4 -i"
	"msg|-m msg -p 4"
	"msg-sockmap|-m msg -p 4 -M"
	"msg-sockops|-m msg -p 4 -s -c 9"
	"msg-noorder|-m msg -p 4 -o 0 -W"
)
CASES="a b c d e f g h i j"
WANT=" ${*:-} "

run_one() { # mech-name options case
	local m=$1 opts=$2 c=$3 extra=
	[ $c = g ] && extra="-d 100" # join the map 100 ms after accept: data is there first
	: >"$OUT/$m.$c.srv"
	if [[ $opts == *" -s "* ]]; then
		# The listener must be created in the cgroup; the cgroup is passed as fd 9
		# because ip netns exec remounts /sys.
		sh -c "echo \$\$ > $CG/cgroup.procs; exec 9<$CG; exec ip netns exec $SRV $OUT/server $opts $extra -t 150" \
			>"$OUT/$m.$c.srv" 2>"$OUT/$m.$c.err" &
	else
		ip netns exec $SRV "$OUT/server" $opts $extra -t 150 >"$OUT/$m.$c.srv" 2>"$OUT/$m.$c.err" &
	fi
	PID=$!
	for _ in $(seq 50); do grep -q READY "$OUT/$m.$c.srv" && break; kill -0 $PID 2>/dev/null || break; sleep 0.1; done
	if ! grep -q READY "$OUT/$m.$c.srv"; then
		echo "{\"case\":\"$c\",\"ok\":false,\"seen\":\"server did not start: $(tail -1 "$OUT/$m.$c.err" | tr -d '"')\"}" >"$OUT/$m.$c.cli"
	else
		timeout 130 ip netns exec $CLI python3 "$HERE/client.py" $c >"$OUT/$m.$c.cli" 2>&1 ||
			echo "{\"case\":\"$c\",\"ok\":false,\"seen\":\"client killed by the time bound\"}" >>"$OUT/$m.$c.cli"
	fi
	kill -TERM $PID 2>/dev/null
	wait $PID 2>/dev/null
	PID=
}

for mo in "${MECHS[@]}"; do
	m=${mo%%|*} o=${mo#*|}
	[ "$WANT" != "  " ] && [[ $WANT != *" $m "* ]] && continue
	for c in $CASES; do
		run_one "$m" " $o " $c
	done
done

python3 - "$OUT" "$CASES" "${MECHS[@]}" <<'PY'
import json, sys, os
out, cases, mechs = sys.argv[1], sys.argv[2].split(), [m.split("|")[0] for m in sys.argv[3:]]
def last_json(p):
    try:
        ls = [l for l in open(p) if l.startswith("{")]
        return json.loads(ls[-1]) if ls else {}
    except OSError:
        return None
print("case: a=1 req/segment  b=3 pipelined/segment  c=split over 2 segments  d=reply shorter+longer")
print("      e=20000 ping-pongs  f=kernel+user replies interleaved  g=data before join  h=close mid-request  i=8 conns")
print("      j=userspace reply that looks like a kernel-marked request (mode msg's marker)")
print("cell: ok|WRONG  k=skbs the kernel answered  u=lines userspace answered\n")
print(f"{'mechanism':16}" + "".join(f" {c:>15}" for c in cases))
details = []
for m in mechs:
    row, seen = f"{m:16}", False
    for c in cases:
        cl, sv = last_json(f"{out}/{m}.{c}.cli"), last_json(f"{out}/{m}.{c}.srv")
        if cl is None:
            row += f" {'-':>15}"; continue
        seen = True
        sv = sv or {}
        cell = ("ok" if cl.get("ok") else "WRONG") + f" k{sv.get('k_reply_skbs', 0)} u{sv.get('ureplies', 0)}"
        row += f" {cell:>15}"
        details.append(f"{m:16} {c}: {'ok   ' if cl.get('ok') else 'WRONG'} {cl.get('seen')} | server {json.dumps(sv)}")
    if seen:
        print(row)
print("\n" + "\n".join(details))
print(f"\nlogs: {out}")
PY
