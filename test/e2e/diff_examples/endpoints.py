# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""endpoints (test/lit/plan/Inputs/endpoint-table.c): a server that
dispatches through a constant table of {name, handler}, walked by a loop
that compares the request's first bytes with each name (strlen, strncmp):
"PING..." -> PONG, "ECHO <text>" -> the text (at most 64 bytes), "COUNT..."
-> this endpoint's count as 8 little-endian bytes, "MOTD..." -> /etc/motd
(a file read: userspace's, the offload passes it); anything else
"ERR unknown". The first name that matches wins ("ECHO" without its space
is unknown). The port is a compile-time constant (7640).

State: `hits`, a counter per endpoint, incremented by every request that
matches a name (the MOTD one only in userspace, which the harness never
sends what the offload passed). Every matching request is mutating (it
changes a counter; COUNT also replies with it), so they go in order; they
are kept to ORDER_SHARE of the weighted mix. Both sides start at zero."""

from .base import Example, mutate_bytes

NAMES = [b"PING", b"ECHO ", b"COUNT", b"MOTD"]
ORDER_SHARE = 0.15
TEXT = b"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\r\n"


def mutate(rng, p):
    return mutate_bytes(rng, p, TEXT + b"\0\xff",
                        [b"P", b"E", b"C", b"M", b" ", b"\0", b"ECHO "])


class Endpoints(Example):
    name = "endpoints"
    has_state = True
    # Every request but MOTD's is the kernel's: most of the mix.
    min_answered = 0.5
    control = b"koffload-control"
    probe = b"koffload-probe"

    def payload_pool(self, rng):
        ordered, other = {}, {}

        def add(p, w=1.0):
            pool = ordered if self.mutating(p) else other
            pool[p] = max(pool.get(p, 0.0), w)

        # Each name alone, with text after it, cut short, in lower case,
        # and ECHO's text of every length around its 64-byte cut.
        for n in NAMES:
            add(n, 3)
            add(n + b"\r\n", 2)
            add(n + b"x", 2)
            add(n[:-1], 2)
            add(n.lower(), 2)
            add(b" " + n, 1)
        for k in range(0, 70):
            add(b"ECHO " + bytes(rng.choices(TEXT, k=k)), 2)
        for k in (100, 200, 500, 1000, 1467):
            add(b"ECHO " + bytes(rng.choices(TEXT, k=k)), 1)
        for _ in range(200):
            add(rng.choice(NAMES) + rng.randbytes(rng.randint(0, 40)), 1)
        for _ in range(300):
            add(rng.randbytes(rng.randint(1, 64)), 1)
        bases = list(ordered) + list(other)
        for _ in range(3000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 2, 3])):
                p = mutate(rng, p)
            if p:
                add(p[:1472], 1)
        # Keep the ordered requests to ORDER_SHARE of the weighted mix.
        scale = ORDER_SHARE / (1 - ORDER_SHARE) * sum(other.values()) / sum(
            ordered.values())
        pool = dict(other)
        for p, w in ordered.items():
            pool[p] = w * scale
        return pool

    def mutating(self, payload):
        return any(payload.startswith(n) for n in NAMES)

    def reply_kind(self, reply):
        if reply == b"PONG" or reply == b"ERR unknown":
            return reply.decode()
        return "8 bytes (COUNT?)" if len(reply) == 8 else "echo"
