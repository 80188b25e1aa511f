# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""dns-responder (examples/dns-responder): an authoritative DNS server for
the static zone koffload.test (RFC 1035 wire format, one question, A
records). The port comes from argv (koffload_service). Messages longer
than 512 bytes are truncated on receipt (the receive buffer); messages
shorter than 12 bytes and responses (QR set) get no reply. No state: each
reply is a function of the request and the constant zone table."""

import struct

from .base import Example, mutate_bytes

UDP_MAX = 512  # DNS_UDP_MAX: the receive buffer
APEX = [b"koffload", b"test"]
ZONE = [[], [b"www"], [b"api"], [b"mail"], [b"ns1"]]  # below the apex
QTYPES = [1, 1, 1, 28, 255, 16, 2, 6, 0, 65535]
QCLASSES = [1, 1, 1, 1, 3, 4, 255, 254, 0]


def qname(labels):
    return b"".join(bytes([len(x)]) + x for x in labels) + b"\0"


def query(qid, labels, qtype=1, qclass=1, flags=0x0100, qd=1, an=0, ns=0,
          ar=0, name=None, extra=b""):
    return (struct.pack("!HHHHHH", qid, flags, qd, an, ns, ar) +
            (qname(labels) if name is None else name) +
            struct.pack("!HH", qtype, qclass) + extra)


def recase(rng, b):
    return bytes(c ^ 0x20 if 0x61 <= (c | 0x20) <= 0x7A and
                 rng.random() < 0.5 else c for c in b)


EDNS_OPT = b"\0" + struct.pack("!HHIH", 41, 1232, 0, 0)


def mutate(rng, p):
    """One random edit of a payload."""
    return mutate_bytes(rng, p, b"\0\x01\x3f\x40\xc0\xff.a",
                        [b"\0", b"\x12\x34", b"\xc0\x0c", b"\x01"])


class DNSResponder(Example):
    name = "dns-responder"
    control = query(0x1234, APEX)
    probe = query(0x4321, [b"www"] + APEX)
    # Every query the server answers is answered in the kernel, FORMERR
    # and REFUSED included: 93% of the well-formed frames with seed 1 (the
    # rest: dropped, too short or responses, as the server ignores them).
    min_answered = 0.6

    def payload_pool(self, rng):
        pool = {}

        def add(p, w=1.0):
            pool[p] = max(pool.get(p, 0.0), w)

        def qid():
            return rng.randrange(65536)

        names = [z + APEX for z in ZONE]
        # Hand-written edge cases of the header and the question.
        for labels in names:
            for qtype in (1, 28, 255, 0, 65535):
                for qclass in (1, 3, 255):
                    add(query(qid(), labels, qtype, qclass), 4)
            add(query(qid(), labels, flags=0), 4)            # no RD
            add(query(qid(), labels, ar=1, extra=EDNS_OPT), 3)
            add(query(qid(), labels, extra=b"\0" * 7), 2)   # trailing bytes
            add(query(qid(), [x.upper() for x in labels]), 3)
        for opcode in range(16):
            add(query(qid(), APEX, flags=opcode << 11 | 0x0100), 2)
        for flags in (0x8000, 0x8100, 0x8400, 0xFFFF, 0x0400, 0x0200,
                      0x0080, 0x0070, 0x000F, 0x7FFF):
            add(query(qid(), [b"www"] + APEX, flags=flags), 2)
        for qd, an, ns, ar in ((0, 0, 0, 0), (2, 0, 0, 0), (1, 1, 0, 0),
                               (1, 0, 1, 0), (1, 0, 0, 5), (65535, 0, 0, 0)):
            add(query(qid(), APEX, qd=qd, an=an, ns=ns, ar=ar), 2)
        for labels in ([], [b"koffload"], [b"test"], [b"koffload", b"tes"],
                       [b"xkoffload", b"test"], APEX + [b"com"],
                       [b"foo"] + APEX, [b"a", b"b"] + APEX,
                       [b"www", b"www"] + APEX, [b"ww"] + APEX,
                       [b"wwww"] + APEX, [b"example", b"com"],
                       [b"a" * 63] + APEX, [b"a" * 64] + APEX,
                       [b"a" * 63] * 3 + [b"a" * 47],   # 255 bytes
                       [b"a" * 63] * 3 + [b"a" * 48],   # 256 bytes
                       [b"\0"] + APEX, [b"."] + APEX, [b"w\0w"] + APEX):
            add(query(qid(), labels), 2)
        apex = qname(APEX)
        for name in (b"\xc0\x0c", b"\x03www\xc0\x0c", b"\x03www" + apex[:5],
                     b"\x08koffload\x04test", b"\x40" + b"a" * 64 + b"\0",
                     b"\x80", b"\x3f"):
            add(query(qid(), [], name=name), 2)
        base = query(qid(), [b"www"] + APEX)
        for n in range(len(base)):
            add(base[:n], 1)        # too short, name or QTYPE cut
        add(b"", 1)
        # Longer than the receive buffer: cut to 512, still answered.
        for n in (511, 512, 513, 600, 1000, 1472):
            q = query(qid(), rng.choice(names))
            add(q + bytes(rng.randrange(256) for _ in range(n - len(q))), 2)
        # Many valid queries (the common case), random case and IDs.
        for _ in range(3000):
            labels = [recase(rng, x) for x in rng.choice(names)]
            if rng.random() < 0.5:  # an A record of the zone
                add(query(qid(), labels,
                          flags=rng.choice([0x0100, 0x0100, 0])), 3)
            else:
                add(query(qid(), labels, rng.choice(QTYPES),
                          rng.choice(QCLASSES),
                          flags=rng.choice([0x0100, 0x0100, 0])), 2)
        for _ in range(500):    # names not in the zone
            labels = [bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz0123456789-",
                                        k=rng.randint(1, 20)))
                      for _ in range(rng.randint(1, 3))]
            add(query(qid(), labels + (APEX if rng.random() < 0.5 else [])),
                1)
        bases = list(pool)
        for _ in range(6000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            add(p[:1472], 1)
        for _ in range(300):
            add(rng.randbytes(rng.randint(1, 100)), 0.5)
        return pool

    def truncation_payloads(self, rng, payloads):
        return [query(7, [b"www"] + APEX), rng.choice(payloads),
                query(8, APEX, ar=1, extra=EDNS_OPT) + bytes(500)]

    def csum_ffff_base(self, rng):
        """A query for a zone name whose ID (offset 0) is solved for."""
        p = query(0, rng.choice(ZONE) + APEX)
        return p, 0, bytes(range(256))

    def reply_kind(self, reply):
        if len(reply) < 12:
            return "short"
        flags, an = struct.unpack("!H", reply[2:4])[0], reply[6:8]
        rcode = {0: "NOERROR", 1: "FORMERR", 3: "NXDOMAIN", 4: "NOTIMP",
                 5: "REFUSED"}.get(flags & 15, "rcode%d" % (flags & 15))
        return "%s/%d" % (rcode, struct.unpack("!H", an)[0])
