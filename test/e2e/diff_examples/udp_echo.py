# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""udp-echo (examples/udp-echo): every datagram back to its sender,
unchanged (RFC 862). The port comes from argv, so the object learns it at
run time (koffload_service). The receive buffer is 65536 bytes, larger than
any UDP payload: recvfrom never truncates, the whole datagram comes back.
No state."""

from .base import Example, mutate_bytes

MAX_PAYLOAD = 1472  # one Ethernet frame (MTU 1500) of UDP over IPv4
TEXT = b"abcdefghijklmnopqrstuvwxyz0123456789 \r\n"


def mutate(rng, p):
    """One random edit of a payload."""
    return mutate_bytes(rng, p, bytes(range(256)),
                        [b"\0", b"\xff", b"\r\n", b"x", b"get ", b"\0\0"])


class UDPEcho(Example):
    name = "udp-echo"
    # Every datagram of 1..1472 bytes is echoed in the kernel: 99% of the
    # well-formed frames with seed 1 (empty and larger ones pass).
    min_answered = 0.8
    control = b"koffload-control"
    probe = b"koffload-probe"

    def payload_pool(self, rng):
        pool = {}

        def add(p, w=1.0):
            pool[p] = max(pool.get(p, 0.0), w)

        # Hand-written: bytes the checksum folds awkwardly (all ones, all
        # zeros, odd and even lengths), line ends, NULs, other examples'
        # requests, the largest payload of one frame and one byte more.
        for n in (1, 2, 3, 4, 7, 8, 63, 64, 65, 255, 256, 511, 512, 1023,
                  1024, 1400, 1470, 1471, 1472):
            add(b"\xff" * n, 2)
            add(b"\0" * n, 2)
            add(bytes(range(256)) * (n // 256) + bytes(range(n % 256)), 2)
        for p in (b"x", b"\r\n", b"\n", b" ", b"\0x", b"x\0",
                  b"get k\r\n", b"set k 1\r\na\r\n", b"delete k\r\n",
                  b"koffload-probe", b"\xff\xfe", b"\x80", b"\x7f",
                  b"\x00\x01\x00\x01", b"\x01\x00" * 100,
                  b"\xff\xff\x00\x00" * 300, b"\xff" * 1471 + b"\0",
                  b"\0" + b"\xff" * 1471, b"\xff" * 1473, b"\0" * 1473,
                  b"x" * 1473, b"x" * 1480, b"x" * 1500):
            add(p, 2)
        # Random bytes of every length a frame carries, 1..1472, a few
        # beyond (fragments on the wire; BPF_PROG_TEST_RUN takes them
        # whole) ...
        for n in range(1, MAX_PAYLOAD + 1):
            add(rng.randbytes(n), 1)
        for n in list(range(MAX_PAYLOAD + 1, MAX_PAYLOAD + 9)) + [
                1500, 1501, 2000, 2048, 2049, 2999, 3000]:
            add(rng.randbytes(n), 0.3)
        # ... short ones again, more of them (the common case), and text.
        for _ in range(600):
            add(rng.randbytes(rng.randint(1, 64)), 1)
        for _ in range(300):
            add(bytes(rng.choices(TEXT, k=rng.randint(1, 200))), 1)
        # Mutations: cut, grown, doubled (beyond 1472: cut there), bits
        # flipped.
        bases = list(pool)
        for _ in range(2000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            if p:
                add(p[:MAX_PAYLOAD], 1)
        return pool

    def truncation_payloads(self, rng, payloads):
        return [b"x", rng.choice(payloads), rng.randbytes(MAX_PAYLOAD)]

    def csum_ffff_base(self, rng):
        n = rng.randint(2, MAX_PAYLOAD)
        at = rng.randrange(0, n - 1) // 2 * 2
        p = rng.randbytes(n)
        return p[:at] + b"\0\0" + p[at + 2:], at, bytes(range(256))

    def reply_kind(self, reply):
        n = len(reply)
        return ("1-63 bytes" if n < 64 else "64-1023 bytes" if n < 1024
                else "1024-1472 bytes" if n <= MAX_PAYLOAD
                else "over 1472 bytes")
