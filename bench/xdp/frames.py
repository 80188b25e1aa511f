#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Frames, seeded state and the spec file for xdp-bench.

  frames.py --workdir DIR --objects DIR --dns-oracle LIB.so > SPEC

Frames come from the packet model of the kernel tests
(test/lit/kernel/Inputs/packet.py), all with a real UDP checksum, as a
Linux client sends them. Each workload has one timed request and a set of
frames that are only checked (every program must agree on them, and with
the original's answer where the model knows it: the UDP echo, kv-cache's
GET replies, dns-responder's dns_handle() itself, called through
ctypes from the example's own dns.c and zone.c, a model of
rate-limiter's admit() on state seeded so that its answers do not depend
on when the frames run, and a model of stats-counter's handle_request()
on its seeded table).
"""
import argparse
import ctypes
import os
import struct
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "lit", "kernel",
                                "Inputs"))
import packet  # noqa: E402

ECHO_PORT, KV_PORT, DNS_PORT, RL_PORT = 10007, 11211, 10053, 10090
SC_PORT = 10300


def request(payload, dport, sport=packet.CLIENT_PORT, csum=True,
            corrupt=False, src=packet.CLIENT_IP, dst=packet.SERVER_IP,
            pad=0, frag=0):
    if csum:
        u = packet.udp4_checksummed(payload, sport, dport, src, dst,
                                    corrupt=corrupt)
    else:
        u = packet.udp(payload, sport, dport)
    ip = packet.ipv4(u, src, dst, frag=frag)
    return (packet.SERVER_MAC + packet.CLIENT_MAC + b"\x08\x00" + ip +
            b"\0" * pad)


def reply(payload, port):
    """The frame the original's reply is, as the offload must send it."""
    u = packet.udp(payload, port, packet.CLIENT_PORT)
    ip = packet.ipv4(u, packet.SERVER_IP, packet.CLIENT_IP)
    return packet.CLIENT_MAC + packet.SERVER_MAC + b"\x08\x00" + ip


class Spec:
    def __init__(self):
        self.lines = []

    def add(self, *words):
        self.lines.append(" ".join(str(w) for w in words))

    def frame(self, data, timed=False, expect=None):
        self.add("frame" if timed else "check", data.hex())
        if expect is not None:
            action, out = expect
            self.add("expect", action, out.hex() if out is not None else "-")


# ------------------------------------------------------------- udp-echo

def echo_workload(spec, name, size, objs):
    port_hex = struct.pack("!H", ECHO_PORT).hex()
    spec.add("workload", name)
    body = bytes((i * 7 + 3) & 0xFF for i in range(size))
    spec.frame(request(body, ECHO_PORT), timed=True,
               expect=("XDP_TX", reply(body, ECHO_PORT)))
    for n in (1, 2, 3, 4, 5, 63, 511, 512, 513, 1023, 1024, 1025, 1471,
              1472):
        b = bytes((i * 13 + n) & 0xFF for i in range(n))
        spec.frame(request(b, ECHO_PORT), expect=("XDP_TX",
                                                   reply(b, ECHO_PORT)))
    b = b"hello"
    spec.frame(request(b, ECHO_PORT, csum=False),
               expect=("XDP_TX", reply(b, ECHO_PORT)))
    spec.frame(request(b, ECHO_PORT, pad=13),  # Ethernet padding
               expect=("XDP_TX", reply(b, ECHO_PORT)))
    for f in (request(b, ECHO_PORT, corrupt=True),
              request(b, ECHO_PORT + 1),
              request(b, ECHO_PORT, sport=0),
              request(b"", ECHO_PORT),
              request(b, ECHO_PORT, src="127.0.0.1"),
              request(b, ECHO_PORT, dst="255.255.255.255"),
              request(b, ECHO_PORT, frag=0x2000),
              request(bytes(1473), ECHO_PORT, csum=False),
              request(bytes(1473), ECHO_PORT)):
        spec.frame(f, expect=("XDP_PASS", f))
    spec.add("program", "generated", os.path.join(objs, "udp-echo.bpf.o"))
    spec.add("global", "koffload_service", 0, port_hex)
    spec.add("program", "reference",
             os.path.join(objs, "ref-udp-echo.bpf.o"))
    spec.add("global", "service_port", 0, port_hex)


# ------------------------------------------------------------- kv-cache

NSLOTS, KEY_MAX, VAL_MAX, ENTRY = 4096, 16, 64, 84


def fnv1a(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def kv_table():
    """A table as the program's journal replay leaves it, and its entries."""
    t = bytearray(NSLOTS * ENTRY)
    live = {}

    def put(slot, state, key, val):
        e = struct.pack("BBBx16s64s", state, len(key), len(val), key, val)
        t[slot * ENTRY:(slot + 1) * ENTRY] = e

    def insert(key, val):
        i = fnv1a(key) & (NSLOTS - 1)
        while t[i * ENTRY] != 0:
            i = (i + 1) & (NSLOTS - 1)
        put(i, 1, key, val)
        live[key] = val

    # The benchmark's key: a 9-byte key, a 32-byte value.
    insert(b"user:1042", b"Lorem ipsum dolor sit amet, cons")
    for k, v in ((b"k", b""), (b"k9", b"123456789"), (b"k10", b"0123456789"),
                 (b"sixteen-byte-key", b"v" * 64), (b"x", b"y")):
        insert(k, v)
    # A deleted entry where "after" hashes to, "after" in the next slot:
    # the probe goes past the deleted one.
    i = fnv1a(b"after") & (NSLOTS - 1)
    put(i, 2, b"gone", b"old")
    put((i + 1) & (NSLOTS - 1), 1, b"after", b"deleted-neighbour")
    live[b"after"] = b"deleted-neighbour"
    # A full probe window: SET of "full" finds no slot.
    i = fnv1a(b"full") & (NSLOTS - 1)
    for j in range(32):
        s = (i + j) & (NSLOTS - 1)
        if t[s * ENTRY] == 0:
            put(s, 1, b"", b"")
    return bytes(t), live


def kv_value(key, val):
    return (b"VALUE " + key + b" " + str(len(val)).encode() + b"\r\n" + val +
            b"\r\nEND\r\n")


def kv_workloads(spec, objs, workdir):
    table, live = kv_table()
    path = os.path.join(workdir, "kv_table.bin")
    with open(path, "wb") as f:
        f.write(table)

    def programs():
        spec.add("program", "generated",
                 os.path.join(objs, "kv-cache.bpf.o"))
        spec.add("globalfile", "kv_table", 0, path)
        spec.add("program", "reference",
                 os.path.join(objs, "ref-kv-cache.bpf.o"))
        spec.add("globalfile", "kv_table", 0, path)

    def checks():
        for key, val in live.items():
            if key:
                p = b"get " + key + b"\r\n"
                spec.frame(request(p, KV_PORT),
                           expect=("XDP_TX",
                                   reply(kv_value(key, val), KV_PORT)))
        for p in (b"get nope\r\n", b"get GONE\r\n", b"get gone\r\n",
                  b"get USER:1042\r\n", b"get user:104\r\n",
                  b"get sixteen-byte-ke\r\n"):
            spec.frame(request(p, KV_PORT),
                       expect=("XDP_TX", reply(b"END\r\n", KV_PORT)))
        for p in (b"get user:1042", b"get user:1042\r\n\r\n",
                  b"get " + b"s" * 17 + b"\r\n", b"get \r\n", b"GET k\r\n",
                  b"get  k\r\n", b"get k\n", b"bogus\r\n", b"ge",
                  b"get k\x80\r\n", b"set k 3\r\nab\r\n",
                  b"set k 999\r\n", b"set k 0065\r\n", b"set k\r\n",
                  b"delete\r\n", b"x" * 200, b"get " + b"a" * 1400):
            spec.frame(request(p, KV_PORT),
                       expect=("XDP_TX", reply(b"ERROR\r\n", KV_PORT)))
        for p in (b"delete nope\r\n", b"delete gone\r\n"):
            spec.frame(request(p, KV_PORT),
                       expect=("XDP_TX", reply(b"NOT_FOUND\r\n", KV_PORT)))
        spec.frame(request(b"set full 1\r\nz\r\n", KV_PORT),
                   expect=("XDP_TX", reply(b"SERVER_ERROR table full\r\n",
                                           KV_PORT)))
        for p in (b"set k1 3\r\nabc\r\n", b"set user:1042 0\r\n\r\n",
                  b"set gone 2\r\nhi\r\n", b"delete user:1042\r\n",
                  b"delete after\r\n", b"set a 064\r\n" + b"v" * 64 +
                  b"\r\n"):
            f = request(p, KV_PORT)
            spec.frame(f, expect=("XDP_PASS", f))
        f = request(b"get k\r\n", KV_PORT, corrupt=True)
        spec.frame(f, expect=("XDP_PASS", f))

    spec.add("workload", "kv-cache-get-hit")
    spec.frame(request(b"get user:1042\r\n", KV_PORT), timed=True,
               expect=("XDP_TX", reply(kv_value(b"user:1042",
                                                live[b"user:1042"]),
                                       KV_PORT)))
    checks()
    programs()
    spec.add("workload", "kv-cache-get-miss")
    spec.frame(request(b"get user:1043\r\n", KV_PORT), timed=True,
               expect=("XDP_TX", reply(b"END\r\n", KV_PORT)))
    programs()


# -------------------------------------------------------- dns-responder

def dns_query(name, qtype=1, qclass=1, flags=0x0100, qd=1, an=0, ns=0,
              ar=0, extra=b"", qid=0x4b1d):
    if isinstance(name, bytes):
        wire = name
    else:
        wire = b"".join(bytes([len(label)]) + label.encode()
                        for label in name.split(".") if label) + b"\0"
    return (struct.pack("!HHHHHH", qid, flags, qd, an, ns, ar) + wire +
            struct.pack("!HH", qtype, qclass) + extra)


def dns_workloads(spec, objs, oracle_path):
    lib = ctypes.CDLL(oracle_path)
    lib.dns_handle.restype = ctypes.c_size_t
    lib.dns_handle.argtypes = [ctypes.c_char_p, ctypes.c_size_t,
                               ctypes.c_char_p]

    def original(payload):
        """The original's answer: recvfrom truncates to 512 bytes."""
        req = payload[:512]
        out = ctypes.create_string_buffer(512)
        n = lib.dns_handle(req, len(req), out)
        if n == 0:
            return ("XDP_DROP", None)
        return ("XDP_TX", reply(out.raw[:n], DNS_PORT))

    port_hex = struct.pack("!H", DNS_PORT).hex()

    def programs():
        spec.add("program", "generated",
                 os.path.join(objs, "dns-responder.bpf.o"))
        spec.add("global", "koffload_service", 0, port_hex)
        spec.add("program", "reference",
                 os.path.join(objs, "ref-dns-responder.bpf.o"))
        spec.add("global", "service_port", 0, port_hex)

    def frame(payload, timed=False):
        spec.frame(request(payload, DNS_PORT), timed=timed,
                   expect=original(payload))

    opt = b"\0" + struct.pack("!HHIH", 41, 1232, 0, 0)  # EDNS OPT
    spec.add("workload", "dns-a-hit")
    frame(dns_query("www.koffload.test"), timed=True)
    for q in (dns_query("koffload.test"), dns_query("api.koffload.test"),
              dns_query("mail.koffload.test"), dns_query("ns1.koffload.test"),
              dns_query("WwW.KoFfLoAd.TeSt"), dns_query("NS1.KOFFLOAD.TEST"),
              dns_query("www.koffload.test", qtype=28),
              dns_query("www.koffload.test", qclass=3),
              dns_query("nope.koffload.test"),
              dns_query("a.www.koffload.test"),
              dns_query("xkoffload.test"), dns_query("koffload.test.org"),
              dns_query("example.com"), dns_query("test"),
              dns_query("www.koffload.tesu"), dns_query("ns2.koffload.test"),
              dns_query("ns1.koffload.test", ar=1, extra=opt),
              dns_query("www.koffload.test", flags=0x0000),
              dns_query("www.koffload.test", flags=0x0900),
              dns_query("www.koffload.test", flags=0x8100),
              dns_query("www.koffload.test", qd=2),
              dns_query("www.koffload.test", an=1),
              dns_query("www.koffload.test", ns=1),
              dns_query(b"\xc0\x0c"),
              dns_query(b"\x40" + b"a" * 64 + b"\0"),
              dns_query(b"\x03www\x08koffload\x04test"),
              dns_query(b"\0"),
              dns_query("www.koffload.test")[:30],
              dns_query("www.koffload.test")[:-1],
              dns_query("." .join(["a" * 63] * 3) + ".koffload.test"),
              dns_query(".".join(["abcd"] * 50)),
              dns_query(".".join(["a" * 63] * 4)),
              dns_query(b"\x3f" + b"a" * 63 + b"\x3f" + b"a" * 63 +
                        b"\x3f" + b"a" * 63 + b"\x3e" + b"a" * 62 + b"\0"),
              dns_query("www.koffload.test") + b"\0" * 600,
              b"\x12\x34", b"", b"\0" * 11, b"\0" * 12):
        if q:
            frame(q)
    programs()
    spec.add("workload", "dns-nxdomain")
    frame(dns_query("nope.koffload.test"), timed=True)
    programs()


# --------------------------------------------------------- rate-limiter

RL_CLIENTS = 4096
# One token per hour and bursts of 10^6: the largest settings the example's
# command line takes.  Within an hour of seeding no bucket earns a token it
# was not seeded to earn, and a bucket with tokens does not run out in the
# checks plus RUNS timed requests.
RL_REFILL_NS = 3600000 * 1000000
RL_BURST = 1000000


def rl_workloads(spec, objs, workdir):
    """ALLOW and DENY; both programs get the same seeded buckets.

    Both read the clock (bpf_ktime_get_ns, CLOCK_MONOTONIC as the
    original's clock_gettime): a seeded bucket's last_ns is this moment's
    CLOCK_MONOTONIC, or that minus whole refill intervals and half of one,
    so that (now - last_ns) / refill_ns is the same number whenever the
    frames run within half an hour.  The table carries over from frame to
    frame and into the timed runs of a workload (each workload loads fresh
    objects): the checks follow a client's bucket down to DENY.
    """
    R = RL_REFILL_NS
    t0 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    seeds = {  # id: (last_ns, tokens, seen)
        7: (t0, 0, 1),              # empty, no refill due: DENY
        9: (t0, 2, 1),              # two tokens: ALLOW, ALLOW, DENY
    }
    if t0 > 3 * R:  # the machine has been up long enough to look back
        seeds[11] = (t0 - 2 * R - R // 2, 0, 1)  # earns 2 tokens
        seeds[13] = (t0 - R - R // 2, RL_BURST - 1, 1)  # earns a full bucket
    table = bytearray(16 * RL_CLIENTS)
    for i, (last, tokens, seen) in seeds.items():
        table[16 * i:16 * i + 16] = struct.pack("<QII", last, tokens, seen)
    path = os.path.join(workdir, "buckets.bin")
    with open(path, "wb") as f:
        f.write(table)

    state = {i: [last, tokens, seen] for i, (last, tokens, seen) in
             seeds.items()}

    def admit(i):
        """admit() at a moment within half an hour of t0 (earned as
        seeded: whole intervals since last_ns)."""
        b = state.setdefault(i, [0, 0, 0])
        now = t0
        if not b[2]:
            b[:] = [now, RL_BURST, 1]
        earned = (now - b[0]) // R
        if b[1] + earned >= RL_BURST:
            b[0], b[1] = now, RL_BURST
        elif earned > 0:
            b[1] += earned
            b[0] += earned * R  # the partial interval is kept
        if b[1] == 0:
            return b"DENY"
        b[1] -= 1
        return b"ALLOW"

    def req(i):
        return struct.pack("!I", i)

    def frame(payload, timed=False, **kw):
        f = request(payload, RL_PORT, **kw)
        if len(payload) == 0 or len(payload) > 1472 or kw.get("corrupt"):
            expect = ("XDP_PASS", f)
        elif len(payload) != 4 or struct.unpack("!I", payload)[0] >= \
                RL_CLIENTS:
            expect = ("XDP_TX", reply(b"ERROR", RL_PORT))
        else:
            expect = ("XDP_TX",
                      reply(admit(struct.unpack("!I", payload)[0]), RL_PORT))
        spec.frame(f, timed=timed, expect=expect)

    port_hex = struct.pack("!H", RL_PORT).hex()

    def programs():
        for label, obj, port in (("generated", "rate-limiter.bpf.o",
                                  "koffload_service"),
                                 ("reference", "ref-rate-limiter.bpf.o",
                                  "service_port")):
            spec.add("program", label, os.path.join(objs, obj))
            spec.add("global", port, 0, port_hex)
            spec.add("global", "refill_ns", 0,
                     struct.pack("<Q", RL_REFILL_NS).hex())
            spec.add("global", "burst", 0, struct.pack("<I", RL_BURST).hex())
            spec.add("globalfile", "buckets", 0, path)

    # ALLOW: client 1042, fresh on its first request (the bucket starts
    # full), then a client within its burst on every timed one.
    spec.add("workload", "rate-limiter-allow")
    frame(req(1042), timed=True)
    for i in (9, 9, 9, 7, 7, 11, 11, 11, 13, 13, 0, 4095, 1042):
        if i in (11, 13) and i not in seeds:
            continue  # up for less than 3 refill intervals
        frame(req(i))
    frame(req(5), csum=False)
    frame(req(6), pad=13)  # Ethernet padding
    for p in (req(4096), req(0xFFFFFFFF), b"\0\0\0", b"\0\0\0\x01\0",
              bytes(63), bytes(64), bytes(65), bytes(1472)):
        frame(p)
    for p, kw in ((b"", {}), (bytes(1473), {}), (req(8), {"corrupt": True})):
        frame(p, **kw)
    for f in (request(req(8), RL_PORT + 1), request(req(8), RL_PORT, sport=0),
              request(req(8), RL_PORT, src="127.0.0.1"),
              request(req(8), RL_PORT, dst="255.255.255.255"),
              request(req(8), RL_PORT, frag=0x2000)):
        spec.frame(f, expect=("XDP_PASS", f))
    programs()
    # DENY: client 7, seeded empty with no token due.
    spec.add("workload", "rate-limiter-deny")
    frame(req(7), timed=True)
    programs()

# -------------------------------------------------------- stats-counter

SC_NCOUNTERS, SC_NAME_MAX, SC_REQ_MAX = 64, 15, 512
SC_TIMED = b"api.requests"
SC_TIMED_VALUE = 1234567  # stays 7 digits through the timed incr runs
# The seeded table: 40 names in the order they took their entries, as the
# program leaves them (a name takes the first free entry and keeps it).
SC_NAMES = [
    b"rx.packets", b"tx.packets", b"rx.bytes", b"tx.bytes", b"rx.drops",
    b"tx.drops", b"conn.open", b"conn.close", b"!", b"~" * 15,
    b"a.b:c|d@e#f$g%h", b"c", b"co", b"cou", b"count", b"counter",
    b"counter_name_15", b"wrap", b"max-1", b"nines19", b"nines9",
    b"cache.hits", b"cache.misses", b"db.queries", b"db.errors",
    b"http.2xx", b"http.3xx", b"http.4xx", b"http.5xx", SC_TIMED,
    b"api.errors", b"api.latency_ms", b"queue.depth", b"queue.enq",
    b"queue.deq", b"gc.runs", b"gc.pause_us", b"login.ok", b"login.fail",
    b"sessions",
]
SC_SPECIAL = {
    SC_TIMED: SC_TIMED_VALUE,
    b"wrap": 2**64 - 1,        # the next incr wraps to 0
    b"max-1": 2**64 - 2,       # 20 digits
    b"nines19": 10**19 - 1,    # the next incr makes 20 digits
    b"nines9": 10**9 - 1,      # the next incr makes 10 digits
}


def sc_table():
    """The seeded counters (bytes of struct counter[64]) and a model of
    them: a list of [name, value], b"" for a free entry."""
    model = []
    for i, k in enumerate(SC_NAMES):
        assert 1 <= len(k) <= SC_NAME_MAX
        model.append([k, SC_SPECIAL.get(k, (i * 7919 + 13) % 100000 + 1)])
    model += [[b"", 0] for _ in range(SC_NCOUNTERS - len(model))]
    return model


def sc_pack(model):
    return b"".join(struct.pack("<16sQ", k, v) for k, v in model)


def sc_parse(p):
    """parse_request() on what recvfrom leaves of the datagram."""
    p = p[:SC_REQ_MAX]
    if p == b"dump\r\n":
        return ("dump", None)
    if p.startswith(b"incr "):
        cmd, pos = "incr", 5
    elif p.startswith(b"get "):
        cmd, pos = "get", 4
    else:
        return None
    start = pos
    while pos < len(p) and 0x21 <= p[pos] <= 0x7E and \
            pos - start <= SC_NAME_MAX:
        pos += 1
    n = pos - start
    if n == 0 or n > SC_NAME_MAX or p[pos:] != b"\r\n":
        return None
    return (cmd, p[start:pos])


def sc_handle(model, p):
    """handle_request(): the reply, or None for dump (the offloads pass
    it: file I/O stays in userspace)."""
    r = sc_parse(p)
    if r is None:
        return b"ERROR\r\n"
    cmd, name = r
    if cmd == "dump":
        return None
    entry = next((e for e in model if e[0] and e[0] == name), None)
    if cmd == "get":
        return b"%d\r\n" % (entry[1] if entry else 0)
    if entry is None:
        entry = next((e for e in model if not e[0]), None)
        if entry is None:
            return b"FULL\r\n"
        entry[:] = [name, 0]
    entry[1] = (entry[1] + 1) % 2**64
    return b"%d\r\n" % entry[1]


def sc_workloads(spec, objs, workdir):
    """incr and get of an existing counter (the 30th of 40 entries).

    Each workload loads fresh objects with the same seeded table, and both
    programs run the same frames in the same order, so the counters (and
    with them the incr replies) follow the same sequence in both; the
    model follows it too.  The timed incr goes on counting during the
    timed runs (unchecked there), 7 digits throughout.
    """
    path = os.path.join(workdir, "counters.bin")
    with open(path, "wb") as f:
        f.write(sc_pack(sc_table()))

    def programs():
        for label, obj in (("generated", "stats-counter.bpf.o"),
                           ("reference", "ref-stats-counter.bpf.o")):
            spec.add("program", label, os.path.join(objs, obj))
            spec.add("globalfile", "counters", 0, path)

    def frame(model, payload, timed=False, **kw):
        f = request(payload, SC_PORT, **kw)
        if len(payload) == 0 or len(payload) > 1472 or kw.get("corrupt"):
            expect = ("XDP_PASS", f)
        else:
            out = sc_handle(model, payload)
            expect = ("XDP_PASS", f) if out is None else \
                ("XDP_TX", reply(out, SC_PORT))
        spec.frame(f, timed=timed, expect=expect)

    def incr(k):
        return b"incr " + k + b"\r\n"

    def get(k):
        return b"get " + k + b"\r\n"

    # incr: values, the wrap, 10 and 20 digits, prefixes and near misses,
    # new names taking the free entries in order until the table is FULL.
    model = sc_table()
    spec.add("workload", "stats-counter-incr")
    frame(model, incr(SC_TIMED), timed=True)
    for p in (incr(SC_TIMED), get(SC_TIMED), incr(b"wrap"), incr(b"wrap"),
              get(b"wrap"), incr(b"nines19"), get(b"max-1"),
              incr(b"nines9"), incr(b"!"), incr(b"~" * 15),
              incr(b"a.b:c|d@e#f$g%h"), incr(b"counter_name_15"),
              incr(b"c"), incr(b"count"), get(b"coun"), incr(b"coun"),
              get(b"coun"), incr(b"counter_name_1"), get(b"counter"),
              incr(b"rx.packets"), incr(b"sessions"), incr(b"API.requests"),
              incr(b"api.requestsx")):
        frame(model, p)
    free = sum(1 for e in model if not e[0])
    for i in range(free):  # the rest of the table
        frame(model, incr(b"new.%02d" % i))
    for p in (incr(b"new.overflow"), get(b"new.overflow"), get(b"new.00"),
              incr(b"new.%02d" % (free - 1)), incr(SC_TIMED),
              get(SC_TIMED), b"dump\r\n"):
        frame(model, p)
    assert all(e[0] for e in model)
    programs()

    # get: the timed one, misses, the parser's corners (ERROR), dump and
    # the frames that pass.  Nothing here writes the table.
    model = sc_table()
    spec.add("workload", "stats-counter-get")
    frame(model, get(SC_TIMED), timed=True)
    for p in (get(b"rx.packets"), get(b"sessions"), get(b"!"),
              get(b"~" * 15), get(b"max-1"), get(b"api.request"),
              get(b"api.requestsx"), get(b"API.requests"), get(b"a" * 15),
              b"incr\r\n", b"incr \r\n", b"incr  c\r\n", b"incr c \r\n",
              b"incr c\n", b"incr c\r", b"incr c", b"incr c\r\n\r\n",
              b"INCR c\r\n", b"incrc\r\n", b"incr c d\r\n", b"incr c\0\r\n",
              b"incr \x7f\r\n", b"incr \x80\r\n", b"incr c\xa0\r\n",
              b"get\r\n", b"get \r\n", b"get\tc\r\n", b"get c\r\nx",
              b"GET c\r\n", b"gets c\r\n", get(b"a" * 16), incr(b"a" * 16),
              incr(b"a" * 100), b"dump", b"dump\r\n\r\n", b"DUMP\r\n",
              b"dump \r\n", b"\r\n", b"x", b"FULL\r\n",
              get(b"c") + b"\0" * (SC_REQ_MAX - 7),
              get(b"c") + b"\0" * (SC_REQ_MAX - 6), b"a" * 1472,
              b"dump\r\n"):
        frame(model, p)
    frame(model, get(b"c"), csum=False)
    frame(model, get(b"c"), pad=13)  # Ethernet padding
    for p, kw in ((b"", {}), (bytes(1473), {}),
                  (get(b"c"), {"corrupt": True})):
        frame(model, p, **kw)
    for f in (request(get(b"c"), SC_PORT + 1),
              request(get(b"c"), SC_PORT, sport=0),
              request(get(b"c"), SC_PORT, src="127.0.0.1"),
              request(get(b"c"), SC_PORT, dst="255.255.255.255"),
              request(get(b"c"), SC_PORT, frag=0x2000)):
        spec.frame(f, expect=("XDP_PASS", f))
    programs()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--objects", required=True)
    ap.add_argument("--dns-oracle", required=True)
    a = ap.parse_args()
    spec = Spec()
    spec.add("baseline", os.path.join(a.objects, "pass.bpf.o"))
    echo_workload(spec, "udp-echo-64", 64, a.objects)
    echo_workload(spec, "udp-echo-1400", 1400, a.objects)
    kv_workloads(spec, a.objects, a.workdir)
    dns_workloads(spec, a.objects, a.dns_oracle)
    rl_workloads(spec, a.objects, a.workdir)
    sc_workloads(spec, a.objects, a.workdir)
    print("\n".join(spec.lines))


if __name__ == "__main__":
    main()
