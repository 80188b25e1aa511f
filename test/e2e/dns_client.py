# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-dns-responder.sh.

usage: dns_client.py <server-addr> <port>

Sends named queries (A answer, case, NXDOMAIN, NODATA, REFUSED, NOTIMP,
FORMERR, dropped messages) and a seeded run of mutated and random messages.
Every reply is compared byte for byte with the reply that the rules in
examples/dns-responder/README.md prescribe, computed here by `expected()`;
the named answers are also parsed and their RCODE and address checked
explicitly. Messages that must get no reply are followed by a probe query
whose reply must be the next datagram to arrive.
"""

import random
import struct
import sys

from e2e_common import (check, check_eq, done, fail, udp_no_reply,
                        udp_request, udp_socket)

ZONE = {
    (b"koffload", b"test"): bytes([198, 18, 10, 1]),
    (b"www", b"koffload", b"test"): bytes([198, 18, 10, 2]),
    (b"api", b"koffload", b"test"): bytes([198, 18, 10, 3]),
    (b"mail", b"koffload", b"test"): bytes([198, 18, 10, 4]),
    (b"ns1", b"koffload", b"test"): bytes([198, 18, 10, 53]),
}
APEX = (b"koffload", b"test")
TTL = 300
UDP_MAX = 512

QR, AA, RD = 0x8000, 0x0400, 0x0100
NOERROR, FORMERR, NXDOMAIN, NOTIMP, REFUSED = 0, 1, 3, 4, 5
TYPE_A, TYPE_AAAA, TYPE_MX = 1, 28, 15
CLASS_IN, CLASS_CH = 1, 3


def encode_name(name):
    out = b""
    for label in name.split(b".") if name else []:
        out += bytes([len(label)]) + label
    return out + b"\x00"


def query(name, qtype=TYPE_A, qclass=CLASS_IN, qid=0x1234, flags=RD,
          counts=(1, 0, 0, 0), extra=b""):
    return (struct.pack(">HHHHHH", qid, flags, *counts) +
            encode_name(name) + struct.pack(">HH", qtype, qclass) + extra)


# EDNS(0) OPT pseudo-record: root name, TYPE 41, UDP size 1232, no options.
OPT_RR = b"\x00" + struct.pack(">HHIH", 41, 1232, 0, 0)


def expected(msg):
    """The reply the README prescribes for msg, or None for no reply."""
    msg = msg[:UDP_MAX]  # the server reads at most 512 bytes
    if len(msg) < 12:
        return None
    qid = msg[:2]
    flags, qd, an, ns = struct.unpack(">HHHH", msg[2:10])
    if flags & QR:
        return None
    opcode = (flags >> 11) & 0xF
    rflags = QR | (opcode << 11) | (flags & RD)

    def header(f, qdcount=0, ancount=0):
        return qid + struct.pack(">HHHHH", f, qdcount, ancount, 0, 0)

    if opcode != 0:
        return header(rflags | NOTIMP)
    if qd != 1 or an != 0 or ns != 0:
        return header(rflags | FORMERR)
    pos, labels = 12, []
    while True:
        if pos >= len(msg):
            return header(rflags | FORMERR)
        n = msg[pos]
        if n > 63:
            return header(rflags | FORMERR)
        pos += 1 + n
        if pos - 12 > 255:
            return header(rflags | FORMERR)
        if n == 0:
            break
        labels.append(msg[pos - n:pos])
    if len(msg) - pos < 4:
        return header(rflags | FORMERR)
    qtype, qclass = struct.unpack(">HH", msg[pos:pos + 4])
    question = msg[12:pos + 4]
    name = tuple(label.lower() for label in labels)  # ASCII only

    if qclass != CLASS_IN or name[-len(APEX):] != APEX:
        return header(rflags | REFUSED, 1) + question
    if name not in ZONE:
        return header(rflags | AA | NXDOMAIN, 1) + question
    if qtype != TYPE_A:
        return header(rflags | AA | NOERROR, 1) + question
    answer = struct.pack(">HHHIH", 0xC000 | 12, TYPE_A, CLASS_IN, TTL, 4)
    return header(rflags | AA | NOERROR, 1, 1) + question + answer + ZONE[name]


def parse(reply):
    """Decode header, question and A answers of a reply, for readable checks."""
    qid, flags, qd, an, ns, ar = struct.unpack(">HHHHHH", reply[:12])
    pos, labels = 12, []
    for _ in range(qd):
        while reply[pos]:
            labels.append(reply[pos + 1:pos + 1 + reply[pos]])
            pos += 1 + reply[pos]
        pos += 5
    answers = []
    for _ in range(an):
        ptr, rtype, rclass, ttl, rdlen = struct.unpack(
            ">HHHIH", reply[pos:pos + 12])
        answers.append((ptr, rtype, rclass, ttl,
                        reply[pos + 12:pos + 12 + rdlen]))
        pos += 12 + rdlen
    return {"id": qid, "qr": bool(flags & QR), "aa": bool(flags & AA),
            "rcode": flags & 0xF, "counts": (qd, an, ns, ar),
            "qname": b".".join(labels), "answers": answers, "end": pos}


class Session:
    def __init__(self, addr, port):
        self.server = (addr, port)
        self.sock = udp_socket()
        self.probe_id = 0xA000

    def ask(self, msg, what):
        """Send msg; check the reply (or its absence) against expected()."""
        want = expected(msg)
        if want is None:
            self.sock.sendto(msg, self.server)
            self.probe_id += 1
            probe = query(b"www.koffload.test", qid=self.probe_id)
            got = udp_request(self.sock, self.server, probe,
                              f"probe after {what}")
            check_eq(f"{what}: no reply, next datagram is the probe's reply",
                     got, expected(probe))
            return None
        got = udp_request(self.sock, self.server, msg, what)
        check_eq(what, got, want)
        return parse(got)


def named_cases(s):
    r = s.ask(query(b"www.koffload.test", qid=0x0101), "A www")
    check_eq("A www: rcode", r["rcode"], NOERROR)
    check(r["qr"] and r["aa"], "A www: QR and AA set")
    check_eq("A www: id", r["id"], 0x0101)
    check_eq("A www: counts", r["counts"], (1, 1, 0, 0))
    check_eq("A www: answer", r["answers"],
             [(0xC00C, TYPE_A, CLASS_IN, 300, bytes([198, 18, 10, 2]))])

    for name, ip in [(b"koffload.test", "198.18.10.1"),
                     (b"api.koffload.test", "198.18.10.3"),
                     (b"mail.koffload.test", "198.18.10.4"),
                     (b"ns1.koffload.test", "198.18.10.53")]:
        r = s.ask(query(name, qid=0x0202), f"A {name!r}")
        check_eq(f"A {name!r}: rcode", r["rcode"], NOERROR)
        check_eq(f"A {name!r}: address",
                 ".".join(str(b) for b in r["answers"][0][4]), ip)

    r = s.ask(query(b"WwW.KoFfLoAd.TeSt", qid=0x0303), "A mixed case")
    check_eq("mixed case: question echoed as sent", r["qname"],
             b"WwW.KoFfLoAd.TeSt")
    check_eq("mixed case: address", r["answers"][0][4], bytes([198, 18, 10, 2]))

    r = s.ask(query(b"www.koffload.test", qid=0x0404, flags=0), "A, RD clear")
    check_eq("RD clear: rcode", r["rcode"], NOERROR)

    r = s.ask(query(b"www.koffload.test", qid=0x0505, counts=(1, 0, 0, 1),
                    extra=OPT_RR), "A with EDNS OPT")
    check_eq("EDNS: counts (OPT not echoed)", r["counts"], (1, 1, 0, 0))

    long_msg = query(b"www.koffload.test", qid=0x0606, counts=(1, 0, 0, 1),
                     extra=OPT_RR + b"\x00" * 700)
    r = s.ask(long_msg, "A in a 700+ B message")
    check_eq("long message: rcode", r["rcode"], NOERROR)

    for name in [b"nope.koffload.test", b"deep.www.koffload.test",
                 b"w\xffw.koffload.test", b"a.b.koffload.test"]:
        r = s.ask(query(name, qid=0x0707), f"NXDOMAIN {name!r}")
        check_eq(f"{name!r}: rcode", r["rcode"], NXDOMAIN)
        check(r["aa"] and r["counts"] == (1, 0, 0, 0), f"{name!r}: AA, no answer")

    for qtype in [TYPE_AAAA, TYPE_MX, 255]:
        r = s.ask(query(b"www.koffload.test", qtype=qtype, qid=0x0808),
                  f"NODATA type {qtype}")
        check_eq(f"type {qtype}: rcode", r["rcode"], NOERROR)
        check_eq(f"type {qtype}: counts", r["counts"], (1, 0, 0, 0))
    r = s.ask(query(b"nope.koffload.test", qtype=TYPE_AAAA, qid=0x0909),
              "NXDOMAIN AAAA")
    check_eq("NXDOMAIN AAAA: rcode", r["rcode"], NXDOMAIN)

    for name, qclass in [(b"example.com", CLASS_IN),
                         (b"xkoffload.test", CLASS_IN),
                         (b"test", CLASS_IN),
                         (b"", CLASS_IN),
                         (b"koffload.test.example", CLASS_IN),
                         (b"www.koffload.test", CLASS_CH)]:
        r = s.ask(query(name, qclass=qclass, qid=0x0A0A),
                  f"REFUSED {name!r} class {qclass}")
        check_eq(f"{name!r} class {qclass}: rcode", r["rcode"], REFUSED)
        check(not r["aa"], f"{name!r}: AA clear on REFUSED")

    # One label containing a dot is not two labels.
    dotted = (struct.pack(">HHHHHH", 0x0B0B, RD, 1, 0, 0, 0) +
              b"\x0dkoffload.test\x00" + struct.pack(">HH", 1, 1))
    r = s.ask(dotted, "a label that contains a dot")
    check_eq("dotted label: rcode", r["rcode"], REFUSED)

    r = s.ask(query(b"www.koffload.test", qid=0x0C0C, flags=2 << 11),
              "opcode STATUS")
    check_eq("opcode 2: rcode", r["rcode"], NOTIMP)
    check_eq("opcode 2: counts", r["counts"], (0, 0, 0, 0))

    www = query(b"www.koffload.test", qid=0x0D0D)
    formerr = [
        (query(b"www.koffload.test", counts=(2, 0, 0, 0)), "QDCOUNT 2"),
        (query(b"www.koffload.test", counts=(0, 0, 0, 0)), "QDCOUNT 0"),
        (query(b"www.koffload.test", counts=(1, 1, 0, 0)), "ANCOUNT 1"),
        (query(b"www.koffload.test", counts=(1, 0, 1, 0)), "NSCOUNT 1"),
        (www[:12], "header only"),
        (www[:20], "name cut short"),
        (www[:-4], "no QTYPE/QCLASS"),
        (www[:-1], "QCLASS cut short"),
        (www[:12] + b"\xc0\x0c" + www[-4:], "compression pointer in question"),
        (www[:12] + b"\x40" + b"a" * 64 + b"\x00" + www[-4:], "label of 64"),
        (www[:12] + (b"\x3f" + b"a" * 63) * 4 + b"\x00" + www[-4:],
         "name of 257 bytes"),
    ]
    for msg, what in formerr:
        r = s.ask(msg, f"FORMERR: {what}")
        check_eq(f"{what}: rcode", r["rcode"], FORMERR)
        check_eq(f"{what}: counts", r["counts"], (0, 0, 0, 0))

    # A name of exactly 255 bytes is fine (and not in the zone).
    name255 = (b"\x3f" + b"a" * 63) * 3 + b"\x3d" + b"b" * 61 + b"\x00"
    r = s.ask(www[:12] + name255 + www[-4:], "name of 255 bytes")
    check_eq("255-byte name: rcode", r["rcode"], REFUSED)

    for msg, what in [(b"", "empty datagram"), (b"\x12", "1 byte"),
                      (www[:11], "11 bytes"),
                      (query(b"www.koffload.test", flags=QR | RD), "a response")]:
        check(s.ask(msg, f"dropped: {what}") is None, what)


def fuzz(s, count):
    rng = random.Random(20240611)
    bases = [query(n, qtype=t, qid=rng.randrange(65536))
             for n in [b"www.koffload.test", b"koffload.test",
                       b"nope.koffload.test", b"example.com"]
             for t in [TYPE_A, TYPE_AAAA]]
    for i in range(count):
        kind = rng.randrange(4)
        if kind == 0:  # random bytes
            msg = bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
        else:
            msg = bytearray(rng.choice(bases))
            for _ in range(rng.randrange(1, 4)):
                op = rng.randrange(4)
                if op == 0 and msg:  # overwrite a byte
                    msg[rng.randrange(len(msg))] = rng.randrange(256)
                elif op == 1:  # cut
                    del msg[rng.randrange(len(msg) + 1):]
                elif op == 2:  # append
                    msg += bytes(rng.randrange(256)
                                 for _ in range(rng.randrange(8)))
                elif len(msg) >= 4:  # clear QR/opcode, keep it a query
                    msg[2] &= 0x07
            msg = bytes(msg)
        s.ask(msg, f"fuzz #{i} {msg.hex()}")


def www_response():
    return query(b"www.koffload.test", flags=QR | AA, qid=0x4242)


def main():
    s = Session(sys.argv[1], int(sys.argv[2]))
    named_cases(s)
    fuzz(s, 400)
    r = s.ask(query(b"www.koffload.test", qid=0xFFFF), "A www after fuzzing")
    check_eq("still answering: address", r["answers"][0][4],
             bytes([198, 18, 10, 2]))
    # Silence checked by waiting too, not only by the order of replies.
    udp_no_reply(s.sock, s.server, www_response(), "a response, no reply")
    done("dns-responder")


if __name__ == "__main__":
    main()
