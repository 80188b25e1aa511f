# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Check a cost file koffload-calibrate wrote.

    check-costs.py COSTS DEFAULTS LOG live|no-live|as-logged

Every key of DEFAULTS (runtime/costs-default.json) and a date; the
measured figures positive and within wide bounds of what any machine could
give; the others equal to the defaults. The sk_skb figures
(sk_skb_context_ns, tcp_socket_delivery_ns) measured, or kept at the
defaults after the skip line in LOG. The xdp_context_ns method: with
live frames, or without them after the one line LOG (the tool's stderr)
must then hold; "as-logged": whichever the log says, and the file must
agree with it. Prints "costs ok: <method>, sk_skb <measured|skipped: why>"
or fails with the reason.
"""
import json
import re
import sys

costs_path, defaults_path, log_path, want = sys.argv[1:5]
c = json.load(open(costs_path))
d = json.load(open(defaults_path))
log = open(log_path).read()

measured = {
    "xdp_context_ns": (1, 10000),
    "array_map_access_ns": (0.01, 100),
    "bpf_insn_ns": (0.005, 10),
    "user_insn_ns": (0.005, 10),
    "user_mmap_access_ns": (0.01, 100),
    "socket_delivery_ns": (200, 1000000),
    "sk_skb_context_ns": (1, 1000000),
    "tcp_socket_delivery_ns": (1, 1000000),
}
tcp_skip = re.findall(r"^koffload-calibrate: skipped the sk_skb measurement "
                      r"\((.+)\); sk_skb_context_ns and "
                      r"tcp_socket_delivery_ns keep their defaults$",
                      log, re.M)
assert set(c) == set(d) | {"date"}, sorted(set(c) ^ set(d))
if "--no-socket" in c["comment"]:
    del measured["socket_delivery_ns"]
if "--no-socket" in c["comment"] or tcp_skip:
    # Kept at the defaults, and the comment says why.
    del measured["sk_skb_context_ns"], measured["tcp_socket_delivery_ns"]
    assert "sk_skb_context_ns and tcp_socket_delivery_ns (" in c["comment"], \
        c["comment"]
else:
    assert "sk_skb_context_ns (TCP round trip over veth" in c["comment"], \
        c["comment"]
    # The file holds the figures the log derived: passed minus plain
    # round trip, and passed minus kernel-answered (1 ns of rounding).
    m = re.search(r"^  sk_skb_context_ns +([0-9]+)  TCP round trip over "
                  r"veth: sk_skb pass ([0-9]+) - userspace ([0-9]+)$", log,
                  re.M)
    assert m, log
    figure, passed, plain = map(int, m.groups())
    assert c["sk_skb_context_ns"] == figure, (c["sk_skb_context_ns"], figure)
    assert abs(figure - (passed - plain)) <= 1, m.group(0)
    m = re.search(r"^  tcp_socket_delivery_ns +([0-9]+)  TCP round trip: "
                  r"sk_skb pass ([0-9]+) - sk_skb \+ sk_msg answer ([0-9]+) ",
                  log, re.M)
    assert m, log
    figure, passed, kernel = map(int, m.groups())
    assert c["tcp_socket_delivery_ns"] == figure, \
        (c["tcp_socket_delivery_ns"], figure)
    assert abs(figure - (passed - kernel)) <= 1, m.group(0)
bad = [(k, c[k]) for k, (lo, hi) in measured.items() if not lo < c[k] < hi]
assert not bad, bad
same = [k for k in d if k not in measured and k not in ("comment", "machine")]
assert all(c[k] == d[k] for k in same), [(k, c[k], d[k]) for k in same]
assert "CPUs, Linux" in c["machine"] and "quick" in c["comment"], c
assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z",
                    c["date"]), c["date"]

skip = re.findall(r"^koffload-calibrate: skipped BPF_F_TEST_XDP_LIVE_FRAMES "
                  r"\(refused: [^)]+\); xdp_context_ns is "
                  r"XDP_DROP per run without live frames instead, a lower "
                  r"bound$", log, re.M)
method = "no-live" if skip else "live"
if want != "as-logged":
    assert method == want, "wanted %s, the log says %s:\n%s" % (want, method, log)
assert len(skip) <= 1, skip
if method == "live":
    assert "xdp_context_ns (XDP_DROP over BPF_PROG_TEST_RUN live frames, " \
           "per frame)" in c["comment"], c["comment"]
    assert re.search(r"^  xdp_context_ns .* XDP_DROP, live frames, per frame",
                     log, re.M), log
else:
    assert "xdp_context_ns (XDP_DROP over BPF_PROG_TEST_RUN without live " \
           "frames, per run, a lower bound: live frames refused, " \
           in c["comment"], c["comment"]
    assert re.search(r"^  xdp_context_ns .* XDP_DROP, no live frames, per run",
                     log, re.M), log
print("costs ok: %s, sk_skb %s" % (method, "skipped: " + tcp_skip[0]
                                   if tcp_skip else "measured"
                                   if "sk_skb_context_ns" in measured
                                   else "not measured (--no-socket)"))
