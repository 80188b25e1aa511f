#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Differential test of a generated XDP offload against the original server.

  diff_offload.py setup --example NAME OUT [--seed S]
      writes the file that sets up the server's start state (kv-cache: the
      journal of the starting table: hit keys, overwritten and deleted
      keys, a full 32-slot probe window)
  diff_offload.py run --example NAME --bpf-run RUN --object OBJ --nm LLVM_NM
                      --server-binary EXE --server-pid PID
                      --server ADDR --port PORT --workdir DIR
                      [--seed S] [--frames N] [--inject-dev DEV]
      the test itself (run it in the client's network namespace; with
      --inject-dev, divergent frames are also replayed on the real stack
      through DEV, see confirm())

What is specific to a protocol lives in diff_examples/ (one module per
example, NAME kv-cache, udp-echo, dns-responder or rate-limiter; see
diff_examples/base.py): its valid requests and hand-written edge cases,
how their payloads are mutated, which payloads may change the server's
state, the start state, and how much of the well-formed traffic the
offload must answer at least. Frame generation, the batch, userspace, the
comparison, the known failures and confirm() are shared, here.

The same requests go to two implementations:

* the generated XDP program, with koffload-bpf-run --batch: every frame once
  through BPF_PROG_TEST_RUN, the object loaded once; an object whose port
  is not a compile-time constant (it defines koffload_service, see
  lib/Kernel/XDPGen.h) is told the server's port (--set) before loading;
* the original server, running in userspace in another network namespace,
  over a veth pair with real UDP sockets: the payload of every well-formed
  request the offload answered (XDP_TX) or consumed (XDP_DROP).

Frames: the example's payloads (for kv-cache get hit and miss, set, delete,
malformed text commands; for udp-echo random bytes of every length 1..1472
and some beyond, all-ones and all-zeros runs, text) and mutations of them,
each in a well-formed frame (categories wf-*): Ethernet + IPv4 without
options, not a fragment, header checksum right, + UDP to the server's port,
lengths consistent (Ethernet padding after the IP packet allowed), UDP
checksum right, zero or 0xFFFF (a sum of 0, wf-csum-ffff), unicast
addresses, source port not 0 -- with and without a UDP checksum, DF,
varied TTL and TOS, padding, oversized and empty payloads. Plus malformed
or foreign frames: truncated, wrong IP/UDP lengths, bad UDP and IP header
checksums, IP options, fragments, IP versions, IPv6 (the server's socket is
AF_INET), VLAN tags, other ports, protocols and EtherTypes, random bytes,
source port 0, martian sources, other hosts' and broadcast destinations.
Rules:

* XDP_TX (well-formed request): the output frame must be the packet model's
  reply frame (test/lit/kernel/Inputs/packet.py: addresses and ports
  swapped, TTL 64, lengths and IPv4 header checksum recomputed, no UDP
  checksum) carrying the reply userspace actually sent for that payload;
  the model keeps the request's DF bit (the sender's choice; Linux sets it
  on UDP replies too).
* XDP_DROP (well-formed request): userspace must send nothing.
* XDP_PASS: allowed for a well-formed request (userspace answers it), and
  required for every malformed or foreign frame; the output frame must be
  byte-identical to the input either way.
* Anything else (XDP_ABORTED, ...) is a divergence.
* The offload must answer at least the example's share of the well-formed
  requests (an offload that passes everything would pass the rules above).

State (examples that declare some, kv-cache and rate-limiter). Both sides
start from the same table: the server replays the journal written by `setup`
at startup (rate-limiter: the warm-up requests `setup` writes are sent to it
before the run), the harness copies the server's globals (read from its
memory, /proc/PID/mem, at the addresses llvm-nm gives) into the offload's
global data (koffload-bpf-run --write-map) before the batch. Userspace is
sent exactly the requests the offload answered itself, nothing else: a
request the offload passes is neither side's (in deployment userspace would
handle it, on the one shared table). So, if the two are equivalent, their
tables stay equal request by request, and at the end the offload's globals
(--dump-map) must equal the server's (read again from its memory), after the
example's normalize_state() on both (rate-limiter: the buckets' timestamps,
each side's own clock reading, masked; see there why that is sound).
Requests that can change the state (kv-cache: payloads starting "set " or
"delete "; rate-limiter: every valid request) are put last in the batch,
after every read, and those the offload answered are sent to userspace one
at a time in batch order; the rest cannot change userspace's state, so their
payloads are deduplicated and sent pipelined. An example without state
(udp-echo) needs no shared globals; any the object and the server do share
are still compared.

Known failures (divergences with a known bug's symptom, in a category
marked in KNOWN_FAILURES) are counted and printed but do not fail the test;
each names the bug.
"""

import argparse
import os
import random
import selectors
import socket
import struct
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lit", "kernel", "Inputs"))
import packet  # noqa: E402  (the independent frame model)
from diff_examples import EXAMPLES  # noqa: E402  (the per-example parts)
import koffload_abi as abi  # noqa: E402  (runtime/include/koffload/abi.h)

# ------------------------------------------------------------ known failures

# Divergence categories that are known bugs of the XDP generator
# (lib/Kernel/XDPGen.cpp, checkIPv4Headers(): it checks EtherType, IHL 5,
# no fragment, protocol, port, the bound address when there is one, lengths
# and the UDP checksum, nothing else): category -> the bug. A divergence in
# one of these is reported (with its frames) but does not fail the test; a
# known category that stops diverging fails it, so that the entry goes.
# Each was confirmed on the real stack (see confirm()): the original server
# never answers such a frame.
KNOWN_FAILURES = {}
# Fixed, with the harness as their regression test (each category must show
# no divergence): ip-csum-bad (IPv4 header checksum verified), src-port-0
# (source port 0 passed), martian-src (0/8, 127/8, 224/3 sources passed),
# wf-tos (the reply's TOS is 0), foreign-dst and bcast-dst (a wildcard bind
# answered any unicast destination, other hosts' and the subnet broadcast
# address: the runtime now tells the offload the host's address through
# koffload_service, and the harness does as the runtime would).


# -------------------------------------------------------------------- frames

SERVER_IP = packet.SERVER_IP
SERVER_MAC = packet.SERVER_MAC
# koffload/abi.h (struct koffload_service): the global through which the
# runtime tells the object the port, when it is not a compile-time
# constant, and the address it answers for (address and mask), network
# order.
SERVICE = abi.SERVICE_GLOBAL
SERVICE_SIZE = abi.size("koffload_service")
SERVICE_ADDR = abi.offset("koffload_service", "addr")
SERVICE_MASK = abi.offset("koffload_service", "mask")
SERVICE_PORT = abi.offset("koffload_service", "port")


class Req:
    """The header fields of a well-formed request: what its reply swaps."""
    __slots__ = ("smac", "dmac", "sip", "dip", "sport", "dport", "df", "ttl",
                 "tos")

    def __init__(self, rng, port):
        self.smac = bytes([rng.randrange(256) & 0xFE]) + rng.randbytes(5)
        self.dmac = SERVER_MAC
        self.sip = rng.choice([
            packet.CLIENT_IP,
            "198.18.%d.%d" % (rng.randrange(256), rng.randint(1, 254)),
            "198.19.%d.%d" % (rng.randrange(256), rng.randint(1, 254)),
            "203.0.113.%d" % rng.randint(1, 254),
            "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256),
                             rng.randint(1, 254)),
        ])
        self.dip = SERVER_IP
        self.sport = rng.choice([packet.CLIENT_PORT, rng.randint(1, 65535),
                                 rng.randint(1024, 65535), 1, 65535])
        self.dport = port
        self.df = False
        self.ttl = 64
        self.tos = 0


def eth(req, ethertype=b"\x08\x00"):
    return req.dmac + req.smac + ethertype


def wf_frame(req, payload, csum):
    if csum:
        u = packet.udp4_checksummed(payload, req.sport, req.dport, req.sip,
                                    req.dip)
    else:
        u = packet.udp(payload, req.sport, req.dport)
    ip = packet.ipv4(u, req.sip, req.dip, ttl=req.ttl,
                     frag=0x4000 if req.df else 0)
    if req.tos:  # packet.ipv4 writes TOS 0
        ip = fix_ip_csum(ip[:1] + bytes([req.tos]) + ip[2:], 0)
    return eth(req) + ip


def model_reply(req, reply):
    """The frame a correct offload sends for `reply` (packet.py's model).
    An IPv4 header's DF bit is the sender's choice; the model keeps the
    request's (Linux sets DF on UDP replies as well)."""
    u = packet.udp(reply, req.dport, req.sport)
    return req.smac + req.dmac + b"\x08\x00" + packet.ipv4(
        u, req.dip, req.sip, frag=0x4000 if req.df else 0)


def fix_ip_csum(f, ip=14):
    """Recompute the IPv4 header checksum of the header at `ip`."""
    f = bytearray(f)
    ihl = (f[ip] & 15) * 4
    f[ip + 10:ip + 12] = b"\0\0"
    f[ip + 10:ip + 12] = struct.pack("!H", packet.checksum(bytes(f[ip:ip + ihl])))
    return bytes(f)


class Frame:
    __slots__ = ("data", "cat", "payload", "req", "wf")

    def __init__(self, data, cat, payload=None, req=None):
        self.data = data
        self.cat = cat
        self.payload = payload
        self.req = req
        self.wf = req is not None  # well-formed: userspace gets the payload


def well_formed(rng, payload, port, kind):
    req = Req(rng, port)
    csum = False
    if kind == "wf-csum":
        csum = True
    elif kind == "wf-df":
        req.df = True
        csum = rng.random() < 0.5
    elif kind == "wf-ttl":
        req.ttl = rng.choice([1, 2, 128, 255])
    elif kind == "wf-tos":
        # DSCP and ECN marks: the original's reply has TOS 0 (its socket's),
        # as in the model.
        req.tos = rng.choice([0x02, 0x03, 0x10, 0xB8, 0x01, 0xFF])
        csum = rng.random() < 0.5
    data = wf_frame(req, payload, csum)
    if kind == "wf-pad":
        # Ethernet padding after the IP packet: the stack trims it.
        n = max(60 - len(data), 0) + rng.choice([0, 1, 2, 7, 30])
        data += bytes(n) if rng.random() < 0.5 else bytes(
            rng.randrange(256) for _ in range(n))
    return Frame(data, kind, payload, req)


MALFORMED = [
    "truncated", "ip-len-long", "ip-len-short", "udp-len-long",
    "udp-len-short", "udp-len-tiny", "udp-csum-bad", "udp-csum-payload",
    "ip-csum-bad", "ip-options", "fragment-mf", "fragment-offset",
    "ip-version", "ip-ihl-small", "ipv6", "vlan", "qinq", "other-port",
    "other-proto", "other-ethertype", "random-bytes", "random-after-eth",
    "src-port-0", "martian-src", "foreign-dst", "bcast-dst",
]


def malformed(rng, payload, port, kind):
    """A frame the offload must pass untouched."""
    req = Req(rng, port)
    csum = rng.random() < 0.5
    base = wf_frame(req, payload, csum)
    f = bytearray(base)
    ip_len = len(base) - 14
    if kind == "truncated":
        f = f[:rng.randint(14, len(f) - 1)] if len(f) > 14 else None
    elif kind == "ip-len-long":
        f[16:18] = struct.pack("!H", min(ip_len + rng.choice(
            [1, 2, 8, rng.randint(1, 1000)]), 0xFFFF))
        f = fix_ip_csum(f)
    elif kind == "ip-len-short":
        f[16:18] = struct.pack("!H", rng.choice(
            [0, 19, 20, 27, 28, max(ip_len - 1, 0),
             rng.randint(0, max(ip_len - 1, 0))]))
        f = fix_ip_csum(f)
    elif kind == "udp-len-long":
        f[38:40] = struct.pack("!H", min(ip_len - 20 + rng.choice(
            [1, 2, rng.randint(1, 2000)]), 0xFFFF))
    elif kind == "udp-len-short":  # shorter than the IP payload
        if ip_len - 20 <= 8:
            return None
        f[38:40] = struct.pack("!H", rng.randint(8, ip_len - 21))
    elif kind == "udp-len-tiny":
        f[38:40] = struct.pack("!H", rng.randint(0, 7))
    elif kind == "udp-csum-bad":
        u = packet.udp4_checksummed(payload, req.sport, req.dport, req.sip,
                                    req.dip, corrupt=rng.random() < 0.7)
        if u[6:8] == base[40:42] or rng.random() < 0.5:
            u = u[:6] + struct.pack("!H", (struct.unpack(
                "!H", u[6:8])[0] + rng.randint(1, 0xFFFE)) & 0xFFFF) + u[8:]
        if packet.checksum(socket.inet_aton(req.sip) +
                           socket.inet_aton(req.dip) +
                           struct.pack("!xBH", 17, len(u)) + u) == 0 or \
                u[6:8] == b"\0\0":
            return None  # right by chance, or "no checksum"
        f = eth(req) + packet.ipv4(u, req.sip, req.dip)
    elif kind == "udp-csum-payload":  # real checksum, then a payload byte
        if not payload:
            return None
        u = bytearray(packet.udp4_checksummed(payload, req.sport, req.dport,
                                              req.sip, req.dip))
        i = 8 + rng.randrange(len(payload))
        u[i] ^= 1 << rng.randrange(8)
        f = eth(req) + packet.ipv4(bytes(u), req.sip, req.dip)
    elif kind == "ip-csum-bad":
        f[24:26] = struct.pack("!H", (struct.unpack("!H", bytes(f[24:26]))[0]
                                      + rng.randint(1, 0xFFFE)) & 0xFFFF)
        if packet.checksum(bytes(f[14:34])) == 0:
            return None
    elif kind == "ip-options":
        opts = rng.choice([b"\x01\x01\x01\x00", b"\x00" * 4,
                           b"\x07\x07\x04" + bytes(5),  # record route
                           rng.randbytes(4 * rng.randint(1, 10))])
        u = (packet.udp4_checksummed(payload, req.sport, req.dport, req.sip,
                                     req.dip) if csum else
             packet.udp(payload, req.sport, req.dport))
        f = eth(req) + packet.ipv4(u, req.sip, req.dip, options=opts)
    elif kind == "fragment-mf":
        f[20:22] = struct.pack("!H", 0x2000 | rng.choice(
            [0, 0, 1, rng.randrange(0x2000)]) | rng.choice([0, 0x4000]))
        f = fix_ip_csum(f)
    elif kind == "fragment-offset":
        f[20:22] = struct.pack("!H", rng.randint(1, 0x1FFF))
        f = fix_ip_csum(f)
    elif kind == "ip-version":  # not 4, IHL 5, header checksum right
        f[14] = rng.choice([0x05, 0x35, 0x55, 0x65, 0xF5])
        f = fix_ip_csum(f)
    elif kind == "ip-ihl-small":
        f[14] = rng.choice([0x40, 0x41, 0x44])
    elif kind == "ipv6":
        src6 = rng.choice([packet.CLIENT_IP6, "2001:db8::%x" % rng.randrange(
            1, 0xFFFF), "fe80::1"])
        u = packet.udp6(payload, req.sport, port, src6, packet.SERVER_IP6)
        f = eth(req, b"\x86\xdd") + packet.ipv6(u, src6, packet.SERVER_IP6)
    elif kind == "vlan":
        f = bytes(f[:12]) + b"\x81\x00" + struct.pack(
            "!H", rng.randrange(4096)) + bytes(f[12:])
    elif kind == "qinq":
        f = bytes(f[:12]) + b"\x88\xa8\x00\x05\x81\x00\x00\x01" + bytes(f[12:])
    elif kind == "other-port":
        dport = rng.choice([port + 1, port - 1, 0, 53, 11212, 1211,
                            rng.randrange(65536)])
        if dport == port:
            return None
        dp = struct.pack("!H", dport)
        f = wf_frame(req, payload, False)
        f = f[:36] + dp + f[38:]
        if csum:
            u = packet.udp4_checksummed(payload, req.sport, dport, req.sip,
                                        req.dip)
            f = eth(req) + packet.ipv4(u, req.sip, req.dip)
    elif kind == "other-proto":
        f = eth(req) + packet.ipv4(bytes(f[34:]), req.sip, req.dip,
                                   proto=rng.choice([0, 1, 6, 132, 136, 255]))
    elif kind == "other-ethertype":
        f[12:14] = rng.choice([b"\x08\x06", b"\x88\xcc", b"\x86\xdd",
                               b"\x00\x08", b"\x08\x01", b"\x00\x00",
                               bytes([rng.randrange(256), rng.randrange(256)])])
        if bytes(f[12:14]) == b"\x08\x00":
            return None
    elif kind == "random-bytes":
        f = rng.randbytes(rng.randint(14, 200))
        if f[12:14] == b"\x08\x00":
            return None
    elif kind == "random-after-eth":
        n = rng.choice([rng.randint(0, 20), rng.randint(0, 60),
                        rng.randint(0, 600)])
        f = bytes(f[:14]) + rng.randbytes(n)
        if len(f) >= 42 and f[14] == 0x45:
            return None  # could be a well-formed request by chance
    elif kind == "src-port-0":
        # RFC 768: source port 0 means no reply is wanted; the original's
        # sendto() to port 0 fails (EINVAL) and it sends nothing.
        req.sport = 0
        f = wf_frame(req, payload, csum)
    elif kind == "martian-src":
        # Sources the stack drops before any socket (martians).
        req.sip = rng.choice(["0.0.0.0", "127.0.0.1", "127.1.2.3",
                              "224.0.0.1", "239.1.2.3",
                              "255.255.255.255"])
        f = wf_frame(req, payload, csum)
    elif kind == "foreign-dst":
        # Addressed to another host: not delivered to a local socket.
        req.dip = rng.choice(["198.18.0.77", "198.19.1.1", "8.8.8.8",
                              "224.0.0.251"])
        f = wf_frame(req, payload, csum)
    elif kind == "bcast-dst":
        # The subnet's and the limited broadcast address: the original
        # answers these, from its own address (a reply must not come from a
        # broadcast address, RFC 1122 3.2.1.3), so the offload, which swaps
        # addresses, must pass them. From the client, so that confirm()
        # can catch the original's reply.
        req.sip = packet.CLIENT_IP
        req.dip = rng.choice(["198.18.0.255", "255.255.255.255"])
        f = wf_frame(req, payload, csum)
    else:
        raise ValueError(kind)
    if f is None or len(f) < 14:
        return None
    return Frame(bytes(f), kind, payload)


WELL_FORMED = [("wf-plain", 24), ("wf-csum", 16), ("wf-df", 6),
               ("wf-ttl", 3), ("wf-pad", 4), ("wf-tos", 3)]


def csum_ffff_frame(rng, port, ex):
    """A request whose UDP checksum computes to 0, so is sent as 0xFFFF:
    two payload bytes (one aligned 16-bit word, chosen by the example) are
    solved for. With that word 0 the checksum is ~S (S the folded sum of
    the rest), and the word that makes the whole sum 0xFFFF is exactly
    ~S."""
    base = ex.csum_ffff_base(rng)
    if base is None:
        return None
    p0, at, alphabet = base
    assert at % 2 == 0 and p0[at:at + 2] == b"\0\0"
    for _ in range(500):
        req = Req(rng, port)
        w = packet.udp4_checksummed(p0, req.sport, req.dport, req.sip,
                                    req.dip)[6:8]
        if w[0] in alphabet and w[1] in alphabet:
            p = p0[:at] + w + p0[at + 2:]
            f = wf_frame(req, p, True)
            assert f[40:42] == b"\xff\xff"
            return Frame(f, "wf-csum-ffff", p, req)
    return None


def make_frames(rng, ex, port, total):
    pool = ex.payload_pool(rng)
    payloads = list(pool)
    cum, acc = [], 0.0
    for p in payloads:
        acc += pool[p]
        cum.append(acc)
    frames = []
    # Every payload once, plain (those for mutations too) ...
    for p in payloads:
        frames.append(well_formed(rng, p, port, "wf-plain"))
    # ... oversized and empty payloads ...
    for _ in range(300):
        n = rng.choice([1473 - 1, 2048, 2049, rng.randint(92, 3000)])
        p = (rng.choice(payloads) + bytes(rng.choices(ex.pad_chars, k=n)))[:n]
        frames.append(well_formed(rng, p, port, rng.choice(
            ["wf-plain", "wf-csum"])))
    for kind, _ in WELL_FORMED:
        frames.append(well_formed(rng, b"", port, kind))
    for _ in range(20):
        f = csum_ffff_frame(rng, port, ex)
        if f:
            frames.append(f)
    # ... every truncation of a few frames ...
    for p in ex.truncation_payloads(rng, payloads):
        base = wf_frame(Req(rng, port), p, True)
        for n in range(14, len(base)):
            frames.append(Frame(base[:n], "truncated", p))
    # ... then a weighted mix, half well-formed, half malformed or foreign.
    wf_kinds = [k for k, _ in WELL_FORMED]
    wf_cum = [sum(w for _, w in WELL_FORMED[:i + 1])
              for i in range(len(WELL_FORMED))]
    while len(frames) < total:
        p = rng.choices(payloads, cum_weights=cum)[0]
        if rng.random() < 0.5:
            frames.append(well_formed(rng, p, port, rng.choices(
                wf_kinds, cum_weights=wf_cum)[0]))
        else:
            f = malformed(rng, p, port, rng.choice(MALFORMED))
            if f:
                frames.append(f)
    return frames


# -------------------------------------------------------------------- memory

def symbols(nm, path):
    """name -> (address, size, nm type letter) of defined data symbols."""
    out = subprocess.run([nm, "-S", "--defined-only", path], check=True,
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4:
            syms[f[3]] = (int(f[0], 16), int(f[1], 16), f[2])
    return syms


def read_globals(pid, exe_syms, names):
    """The bytes of globals `names` in the running process `pid`."""
    exe = os.readlink("/proc/%d/exe" % pid)
    base = None
    with open("/proc/%d/maps" % pid) as maps:
        for line in maps:
            f = line.split()
            if len(f) >= 6 and f[5] == exe and int(f[2], 16) == 0:
                base = int(f[0].split("-")[0], 16)
                break
    if base is None:
        sys.exit("FAIL: cannot find %s in /proc/%d/maps" % (exe, pid))
    got = {}
    with open("/proc/%d/mem" % pid, "rb") as mem:
        for n in names:
            addr, size, _ = exe_syms[n]
            mem.seek(base + addr)
            got[n] = mem.read(size)
    return got


# ----------------------------------------------------------------- userspace

class Userspace:
    """Asks the real server over UDP; replies matched by socket."""

    def __init__(self, addr, port):
        self.addr = (addr, port)
        self.sent = 0

    def _sock(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 16)
        s.bind(("0.0.0.0", 0))
        s.setblocking(False)
        return s

    def pipelined(self, payloads, window=32, timeout=1.0, tries=3):
        """payload -> reply (bytes or None) for requests that leave the
        server's state alone: each on its own socket, `window` in flight."""
        replies = {}
        todo = [(p, 0) for p in payloads]
        todo.reverse()
        sel = selectors.DefaultSelector()
        inflight = {}  # socket -> (payload, tries, deadline)

        def launch():
            while todo and len(inflight) < window:
                p, t = todo.pop()
                s = self._sock()
                s.sendto(p, self.addr)
                self.sent += 1
                inflight[s] = (p, t + 1, time.monotonic() + timeout)
                sel.register(s, selectors.EVENT_READ)

        def retire(s):
            sel.unregister(s)
            s.close()
            del inflight[s]

        launch()
        while inflight:
            for key, _ in sel.select(0.05):
                s = key.fileobj
                p, _, _ = inflight[s]
                replies[p] = s.recv(65536)
                retire(s)
            now = time.monotonic()
            for s, (p, t, deadline) in list(inflight.items()):
                if now > deadline:
                    retire(s)  # a late reply goes to a closed socket
                    if t < tries:
                        todo.append((p, t))
                    else:
                        replies[p] = None
            launch()
        sel.close()
        return replies

    def silent(self, payloads, wait=0.3):
        """payload -> reply or None, for requests that should get none:
        all sent, then one short wait."""
        socks = []
        for p in payloads:
            s = self._sock()
            s.sendto(p, self.addr)
            self.sent += 1
            socks.append((p, s))
        time.sleep(wait if socks else 0)
        out = {}
        for p, s in socks:
            try:
                out[p] = s.recv(65536)
            except BlockingIOError:
                out[p] = None
            s.close()
        return out

    def one(self, payload, timeout):
        """One request, in order: the reply or None after `timeout`."""
        s = self._sock()
        s.setblocking(True)
        s.settimeout(timeout)
        s.sendto(payload, self.addr)
        self.sent += 1
        try:
            return s.recv(65536)
        except socket.timeout:
            return None
        finally:
            s.close()


# ------------------------------------------------------------- confirmation

# <linux/in.h>; Python's socket module lacks IP_RECVTTL.
IP_TTL = 2
IP_RECVTTL = 12


def udp_counters(pid):
    """Udp: counters of the network namespace process `pid` is in."""
    with open("/proc/%d/net/snmp" % pid) as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    return dict(zip(rows[0][1:], map(int, rows[1][1:])))


def confirm(args, ex, divergences, per_category=3):
    """Replay a few divergent frames of each category on the real stack:
    injected raw into the veth pair (destination MAC made the server's),
    does the stack deliver them to the server's socket, and does the server
    send anything? Counted in the server namespace's Udp InDatagrams and
    OutDatagrams around the frame and one ordinary request after it (which
    the server handles after the frame, if that was queued). The server
    namespace routes everything to the client, so a reply to any source
    address counts as sent. A frame from the client whose source port is
    free is also caught, with the reply's source address."""
    print("\nconfirmation on the real stack (%s -> the original server):"
          % args.inject_dev)
    mac = None
    with open("/proc/net/arp") as arp:
        for line in arp.read().splitlines()[1:]:
            f = line.split()
            if f[0] == args.server:
                mac = bytes.fromhex(f[3].replace(":", ""))
    if not mac:
        print("  skipped: no ARP entry for %s" % args.server)
        return
    raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    raw.bind((args.inject_dev, 0))
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.settimeout(2.0)

    def inject(data):
        data = mac + data[6:]
        catch = None
        if data[12:14] == b"\x08\x00" and data[26:30] == socket.inet_aton(
                packet.CLIENT_IP) and len(data) >= 38:
            sport = struct.unpack("!H", data[34:36])[0]
            catch = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                catch.setsockopt(socket.IPPROTO_IP, socket.IP_RECVTOS, 1)
                catch.setsockopt(socket.IPPROTO_IP, IP_RECVTTL, 1)
                catch.bind((packet.CLIENT_IP, sport))
                catch.settimeout(0.2)
            except OSError:
                catch.close()
                catch = None
        before = udp_counters(args.server_pid)
        raw.send(data)
        time.sleep(0.02)
        probe.sendto(ex.probe, (args.server, args.port))
        try:
            probe.recv(65536)
        except socket.timeout:
            return None
        after = udp_counters(args.server_pid)
        got = None
        if catch:
            try:
                r, anc, _, src = catch.recvmsg(65536, 256)
                hdr = {t: d[0] for _, t, d in anc}
                got = "%r from %s:%d, TOS 0x%02x, TTL %d" % (
                    r[:40], src[0], src[1], hdr.get(socket.IP_TOS, -1),
                    hdr.get(IP_TTL, -1))
            except socket.timeout:
                pass
            catch.close()
        return (after["InDatagrams"] - before["InDatagrams"] - 1,
                after["OutDatagrams"] - before["OutDatagrams"] - 1, got)

    ctl = wf_frame_from_client(ex.control, 40123, args.port)
    r = inject(ctl)
    print("  control (a well-formed request): %s" % describe(r))
    if not r or r[:2] != (1, 1):
        print("  skipped: the control request was not answered")
        return
    done = {}
    for i, fr, _, _, _, _ in divergences:
        if done.get(fr.cat, 0) >= per_category:
            continue
        done[fr.cat] = done.get(fr.cat, 0) + 1
        data, note = fr.data, ""
        if fr.wf:
            # The same request from the client, to catch the reply.
            req = Req(random.Random(i), args.port)
            for a in ("df", "ttl", "tos"):
                setattr(req, a, getattr(fr.req, a))
            req.sip, req.sport = packet.CLIENT_IP, 40124
            data = wf_frame(req, fr.payload, fr.data[40:42] != b"\0\0")
            note = " (its request sent from the client)"
        print("  [%s] #%d%s: %s" % (fr.cat, i, note, describe(inject(data))))
    raw.close()
    probe.close()


def describe(r):
    if r is None:
        return "no answer to the request after it (inconclusive)"
    delivered, sent, got = r
    return "%s, %s%s" % (
        "delivered to the socket" if delivered else "not delivered",
        "the original sent %d datagram(s)" % sent if sent else
        "the original sent nothing", ": " + got if got else "")


def wf_frame_from_client(payload, sport, port):
    req = Req(random.Random(0), port)
    req.sip, req.sport = packet.CLIENT_IP, sport
    return wf_frame(req, payload, True)


# ---------------------------------------------------------------------- run

def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def run(args):
    t0 = time.monotonic()
    rng = random.Random(args.seed)
    ex = EXAMPLES[args.example](args.seed)
    frames = make_frames(rng, ex, args.port, args.frames)
    # Reads first, in random order; requests that may write last, in order.
    reads = [f for f in frames if not (f.wf and ex.mutating(f.payload))]
    writes = [f for f in frames if f.wf and ex.mutating(f.payload)]
    rng.shuffle(reads)
    frames = reads + writes
    t_gen = time.monotonic()

    # The shared globals: those the object defines that the server has.
    obj_syms = symbols(args.nm, args.object)
    exe_syms = symbols(args.nm, args.server_binary)
    shared = sorted(n for n, (_, _, t) in obj_syms.items()
                    if t in "bBdD" and n in exe_syms and
                    not n.startswith("koffload_"))
    if ex.has_state and not shared:
        sys.exit("FAIL: the object shares no globals with the server")
    # A static struct the server's -O2 build split into one global per
    # field (name.0, name.1, ...): its bytes cannot be read as one, and
    # left out, the two sides would start from different states.
    for n, (_, _, t) in obj_syms.items():
        if t in "bBdD" and n not in exe_syms and n + ".0" in exe_syms:
            sys.exit("FAIL: the server's build split %s into %s.0, ...; "
                     "the harness cannot copy it (make it non-static)"
                     % (n, n))
    for n in shared:
        if obj_syms[n][1] != exe_syms[n][1]:
            sys.exit("FAIL: %s is %d bytes in the object, %d in the server"
                     % (n, obj_syms[n][1], exe_syms[n][1]))
    start = read_globals(args.server_pid, exe_syms, shared)
    if shared:
        summary = ex.state_summary(start)
        print("state: %s copied from the server%s" % (
            ", ".join(shared), " (%s)" % summary if summary else ""))
    else:
        print("state: none shared (%s declares none)" % ex.name)

    batch = os.path.join(args.workdir, "frames.hex")
    with open(batch, "w") as f:
        for fr in frames:
            f.write(fr.data.hex())
            f.write("\n")
    cmd = [args.bpf_run, "--batch", batch]
    if SERVICE in obj_syms:
        # As the runtime would: the server's port (ignored when it is a
        # compile-time constant) and address (the examples bind the
        # wildcard; the host has this one address on the veth).
        if obj_syms[SERVICE][1] != SERVICE_SIZE:
            sys.exit("FAIL: %s is %d bytes, not %d" % (
                SERVICE, obj_syms[SERVICE][1], SERVICE_SIZE))
        cmd += ["--set", "%s@%d=%s" % (SERVICE, SERVICE_PORT,
                                       struct.pack("!H", args.port).hex()),
                "--set", "%s@%d=%s" % (SERVICE, SERVICE_ADDR,
                                       socket.inet_aton(args.server).hex()),
                "--set", "%s@%d=ffffffff" % (SERVICE, SERVICE_MASK)]
        print("service: %s set to port %d, address %s/32" % (
            SERVICE, args.port, args.server))
    sections = set()
    for n in shared:
        sec = ".bss" if obj_syms[n][2] in "bB" else ".data"
        sections.add(sec)
        path = os.path.join(args.workdir, n + ".start")
        with open(path, "wb") as f:
            f.write(start[n])
        cmd += ["--write-map", "%s@%d=%s" % (sec, obj_syms[n][0], path)]
    for sec in sorted(sections):
        cmd += ["--dump-map", sec]
    cmd.append(args.object)
    t_b = time.monotonic()
    res = subprocess.run(cmd, capture_output=True, text=True)
    t_batch = time.monotonic() - t_b
    if res.returncode != 0:
        print(res.stdout[-2000:], res.stderr[-4000:], file=sys.stderr)
        sys.exit("FAIL: koffload-bpf-run --batch exited %d" % res.returncode)
    verdicts = [None] * len(frames)
    maps = {}
    for line in res.stdout.splitlines():
        if line[:1].isdigit():
            i, action, out = (line.split(" ", 2) + [""])[:3]
            verdicts[int(i)] = (action, bytes.fromhex(out))
        elif line.startswith("map "):
            name, val = line[4:].split("]: ", 1)
            maps[name.split("[")[0]] = bytes.fromhex(val)
    if None in verdicts:
        sys.exit("FAIL: koffload-bpf-run printed no verdict for frame %d"
                 % verdicts.index(None))
    print(res.stderr.strip())

    # What userspace is asked.
    t_u = time.monotonic()
    us = Userspace(args.server, args.port)
    need_reply, need_silence = {}, {}
    for fr, (action, _) in zip(reads, verdicts):
        if fr.wf and action == "XDP_TX":
            need_reply[fr.payload] = None
        elif fr.wf and action == "XDP_DROP":
            need_silence[fr.payload] = None
    silence = us.silent([p for p in need_silence if p not in need_reply])
    replies = us.pipelined(list(need_reply))
    # Silence for a payload that is also answered elsewhere: the answer.
    for p in need_silence:
        if p in replies:
            silence[p] = replies[p]
    write_replies = {}
    for k, fr in enumerate(writes):
        action = verdicts[len(reads) + k][0]
        if action == "XDP_TX":
            write_replies[k] = us.one(fr.payload, 2.0)
        elif action == "XDP_DROP":
            write_replies[k] = us.one(fr.payload, 0.3)
    t_user = time.monotonic() - t_u
    end = read_globals(args.server_pid, exe_syms, shared)

    # Compare.
    stats = {}
    divergences = []

    def diverge(i, fr, why, want, got, known=False):
        # Known only with the known symptom: anything else in a known
        # category is a divergence like any other.
        divergences.append((i, fr, why, want, got,
                            known and fr.cat in KNOWN_FAILURES))

    for i, (fr, (action, out)) in enumerate(zip(frames, verdicts)):
        st = stats.setdefault(fr.cat, {"frames": 0, "XDP_TX": 0,
                                       "XDP_DROP": 0, "XDP_PASS": 0,
                                       "other": 0, "divergences": 0,
                                       "known": 0})
        st["frames"] += 1
        st[action if action in st else "other"] += 1
        nd = len(divergences)
        if action == "XDP_PASS":
            if out != fr.data:
                diverge(i, fr, "XDP_PASS changed the frame",
                        "XDP_PASS " + fr.data.hex(), action + " " + out.hex())
        elif not fr.wf:
            diverge(i, fr, "a malformed or foreign frame was not passed",
                    "XDP_PASS " + fr.data.hex(), action + " " + out.hex(),
                    known=True)
        elif action == "XDP_TX":
            if i < len(reads):
                reply = replies.get(fr.payload)
            else:
                reply = write_replies[i - len(reads)]
            if reply is None:
                diverge(i, fr, "the offload answered; userspace sent nothing",
                        "no reply (XDP_DROP or XDP_PASS)",
                        action + " " + out.hex())
            else:
                want = model_reply(fr.req, reply)
                if out != want:
                    # wf-tos's known symptom: the request's TOS copied in.
                    tos = fix_ip_csum(want[:15] + bytes([fr.req.tos]) +
                                      want[16:])
                    diverge(i, fr, "the reply frame differs (userspace "
                            "replied %r)" % reply[:120],
                            "XDP_TX " + want.hex(), action + " " + out.hex(),
                            known=fr.cat == "wf-tos" and out == tos)
        elif action == "XDP_DROP":
            if i < len(reads):
                reply = silence.get(fr.payload)
            else:
                reply = write_replies[i - len(reads)]
            if reply is not None:
                diverge(i, fr, "the offload dropped a request userspace "
                        "answers with %r" % reply[:120],
                        "a reply (XDP_TX) or XDP_PASS", action)
        else:
            diverge(i, fr, "unexpected action", "XDP_TX/XDP_DROP/XDP_PASS",
                    action + " " + out.hex())
        for d in divergences[nd:]:
            st["known" if d[5] else "divergences"] += 1

    # The state after: the offload's globals against the server's, both
    # normalized by the example (what may differ legitimately masked).
    state_div = []
    got_state = {}
    for n in shared:
        sec = ".bss" if obj_syms[n][2] in "bB" else ".data"
        off, size, _ = obj_syms[n]
        got_state[n] = maps.get(sec, b"")[off:off + size]
    if shared:
        got_state = ex.normalize_state(got_state)
        end_state = ex.normalize_state(dict(end))
    for n in shared:
        got, want = got_state[n], end_state[n]
        if got != want:
            j = first_diff(got, want)
            state_div.append("%s differs from byte %d: offload %s, server %s"
                             % (n, j, got[j:j + 32].hex(),
                                want[j:j + 32].hex()))
    # The record protocol's sequence words (koffload_seq_<global>: even =
    # free, a writer takes it even->odd and releases it +2; koffload/abi.h):
    # none may be left held after the batch, or userspace's writers would
    # wait on it forever.
    for n in sorted(obj_syms):
        sec = ".bss" if obj_syms[n][2] in "bB" else ".data"
        if not n.startswith(abi.SEQ_PREFIX) or sec not in maps:
            continue
        off, size, _ = obj_syms[n]
        seq = int.from_bytes(maps[sec][off:off + size], "little")
        print("record protocol: %s = %d (taken and released %d times)" % (
            n, seq, seq // abi.SEQ_STEP))
        if seq & abi.SEQ_HELD:
            state_div.append("%s is %d, odd: a record left held" % (n, seq))
    if start != end:
        print("note: the server's globals changed during the run")

    # Report.
    total = {"frames": 0, "XDP_TX": 0, "XDP_DROP": 0, "XDP_PASS": 0,
             "other": 0, "divergences": 0, "known": 0}
    row = "%-18s %7s %7s %7s %7s %6s %6s %6s"
    print("\n" + row % ("category", "frames", "TX", "DROP", "PASS", "other",
                        "diverg", "known"))
    for cat in sorted(stats, key=lambda c: (not c.startswith("wf"), c)):
        st = stats[cat]
        for k in total:
            total[k] += st[k]
        print(row % (cat, st["frames"], st["XDP_TX"], st["XDP_DROP"],
                     st["XDP_PASS"], st["other"], st["divergences"],
                     st["known"]))
    print(row % ("total", total["frames"], total["XDP_TX"], total["XDP_DROP"],
                 total["XDP_PASS"], total["other"], total["divergences"],
                 total["known"]))
    print("\nuserspace: %d requests sent (%d distinct read payloads "
          "pipelined, %d expected silent, %d possibly-writing in order)"
          % (us.sent, len(need_reply), len(need_silence), len(write_replies)))
    kinds = {}
    for fr, (action, _) in zip(reads, verdicts):
        if fr.wf and action == "XDP_TX" and replies.get(fr.payload):
            k = ex.reply_kind(replies[fr.payload])
            kinds[k] = kinds.get(k, 0) + 1
    wkinds = {}
    for k, r in write_replies.items():
        if r and verdicts[len(reads) + k][0] == "XDP_TX":
            wk = ex.reply_kind(r)
            wkinds[wk] = wkinds.get(wk, 0) + 1
    print("XDP_TX frames by userspace's reply: %s" % ", ".join(
        "%s %d" % kv for kv in sorted(kinds.items())))
    if wkinds:
        print("  of the possibly-writing ones, in order: %s" % ", ".join(
            "%s %d" % kv for kv in sorted(wkinds.items())))
    print("time: generate %.1f s, XDP batch %.1f s (%d frames), userspace "
          "%.1f s, total %.1f s" % (t_gen - t0, t_batch, len(frames), t_user,
                                    time.monotonic() - t0))

    real = [d for d in divergences if not d[5]]
    known = [d for d in divergences if d[5]]
    xpass = sorted(c for c in KNOWN_FAILURES
                   if c in stats and not stats[c]["known"])
    shown = {}
    for i, fr, why, want, got, is_known in real + known:
        key = (fr.cat, is_known)
        shown[key] = shown.get(key, 0) + 1
        if shown[key] > args.show:
            continue
        tag = "KNOWN (%s)" % KNOWN_FAILURES[fr.cat] if is_known else \
            "DIVERGENCE"
        print("\n%s #%d [%s]: %s" % (tag, i, fr.cat, why))
        if fr.payload is not None:
            print("  payload: %r" % fr.payload[:200])
        print("  frame:   %s" % fr.data.hex())
        print("  want:    %s" % want)
        print("  got:     %s" % got)
        if want.split(" ")[-1] != got.split(" ")[-1]:
            a, b = want.split(" ")[-1], got.split(" ")[-1]
            print("  first difference at byte %d" % (first_diff(a, b) // 2))
    for s in state_div:
        print("\nSTATE DIVERGENCE: " + s)
    if args.inject_dev and divergences:
        confirm(args, ex, real + known)
    if known:
        print("\nknown failures (not failing the test): %d divergences" %
              len(known))
        for c in sorted({d[1].cat for d in known}):
            print("  %-16s %5d  %s" % (c, stats[c]["known"],
                                       KNOWN_FAILURES[c]))
    for c in xpass:
        print("\nFAIL: known failure %r (%s) no longer shows its symptom: "
              "if fixed, remove it from KNOWN_FAILURES in %s"
              % (c, KNOWN_FAILURES[c], os.path.basename(__file__)))
    # An offload that passes everything is equivalent to none: the test
    # would prove nothing. The example says how much it answers at least.
    wf_frames = sum(st["frames"] for c, st in stats.items()
                    if c.startswith("wf"))
    wf_tx = sum(st["XDP_TX"] for c, st in stats.items() if c.startswith("wf"))
    share = wf_tx / wf_frames if wf_frames else 0.0
    print("\nanswered in the kernel: %d of %d well-formed requests (%.1f%%, "
          "at least %.0f%% wanted)" % (wf_tx, wf_frames, 100 * share,
                                       100 * ex.min_answered))
    too_few = share < ex.min_answered
    if too_few:
        print("\nFAIL: the offload answers too few well-formed requests: "
              "is it configured (koffload_service), is the right object "
              "tested?")
    if real or state_div or xpass or too_few:
        print("\nFAIL: %d divergences between the offload and the original "
              "server (%d frames), %d in state%s; first ones above"
              % (len(real), len(frames), len(state_div),
                 ", %d known failures fixed" % len(xpass) if xpass else ""))
        return 1
    print("\nPASS: %d frames, 0 divergences%s" % (
        len(frames), " (%d known)" % len(known) if known else ""))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    j = sub.add_parser("setup")
    j.add_argument("--example", required=True, choices=sorted(EXAMPLES))
    j.add_argument("out")
    j.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("run")
    r.add_argument("--example", required=True, choices=sorted(EXAMPLES))
    r.add_argument("--bpf-run", required=True)
    r.add_argument("--object", required=True)
    r.add_argument("--nm", required=True)
    r.add_argument("--server-binary", required=True)
    r.add_argument("--server-pid", type=int, required=True)
    r.add_argument("--server", required=True)
    r.add_argument("--port", type=int, required=True)
    r.add_argument("--workdir", required=True)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--frames", type=int, default=120000)
    r.add_argument("--inject-dev",
                   help="confirm divergences by injecting frames here")
    r.add_argument("--show", type=int, default=3,
                   help="divergences printed per category")
    a = ap.parse_args()
    if a.cmd == "setup":
        EXAMPLES[a.example](a.seed).setup(a.out)
        return 0
    return run(a)


if __name__ == "__main__":
    sys.exit(main())
