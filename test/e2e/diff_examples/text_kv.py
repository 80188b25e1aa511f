# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""text-kv (examples/text-kv): a memcached-like text protocol over UDP,
one command line per datagram ("get K", "set K DATA", "delete K",
"stats", "version"; the line ends at the first CR or LF, or at a NUL),
dispatched through a table of {name, handler}, replies built with
snprintf, a printf per request (recorded by the offload: not compared
here, e2e-split-text-kv compares the lines). The table: 512 items, open
addressing over 8 slots from h = h * 33 + c; keys 1..32 bytes, values
0..64. The port is the server's default, 10400.

State: `items` and `stats` (the counters stats shows). Every get, set,
delete and stats request may change or show the counters, so every
payload whose line starts with one of those is mutating (in order), kept
to ORDER_SHARE of the weighted mix; SETs of new keys fall back (the key is
copied into a free item with strcpy), so the harness never sends them to
userspace and they change neither side.

Start state: `setup` writes warm-up SETs (hex, one a line) that
offload-text-kv.sh sends to the server before the run: START keys of
every length 1..32 with values of every length 0..64 (spaces inside),
some deleted again (tombstones), and nine keys of one probe window (the
ninth gets SERVER_ERROR out of memory). The harness copies the table and
the counters into the object."""

import random
import re

from .base import Example, mutate_bytes

NITEMS = 512
PROBE = 8
KEY_MAX = 32
DATA_MAX = 64
REQ_MAX = 511  # bytes received (the buffer keeps one for the NUL)
KEY_CHARS = bytes(range(0x21, 0x7F))
DATA_CHARS = KEY_CHARS + b" "
ORDER_SHARE = 0.15
COMMANDS = (b"get ", b"set ", b"delete ", b"stats")


def khash(key):
    h = 5381
    for c in key:
        h = (h * 33 + c) & 0xFFFFFFFF
    return h


def rand_key(rng, lo=1, hi=KEY_MAX):
    return bytes(rng.choices(KEY_CHARS, k=rng.randint(lo, hi)))


def rand_data(rng, lo=0, hi=DATA_MAX):
    d = bytes(rng.choices(DATA_CHARS, k=rng.randint(lo, hi)))
    return d


def line_of(p):
    """The command line the server sees: the first REQ_MAX bytes, up to a
    NUL, then up to the first CR or LF."""
    p = p[:REQ_MAX].split(b"\0")[0]
    return re.split(b"[\r\n]", p)[0]


class Table:
    """The warm-up (a choice of test data; the harness reads the server's
    real table from its memory)."""

    def __init__(self, seed):
        rng = random.Random(seed * 7919 + 5)
        self.warmup = []
        self.live = {}
        self.deleted = []
        seen = set()

        def fresh(lo=1, hi=KEY_MAX):
            while True:
                k = rand_key(rng, lo, hi)
                if k not in seen:
                    seen.add(k)
                    return k

        for n in list(range(1, KEY_MAX + 1)) + [None] * 90:
            k = fresh(n, n) if n else fresh()
            d = rand_data(rng, len(self.live) % (DATA_MAX + 1),
                          len(self.live) % (DATA_MAX + 1))
            self.warmup.append(b"set %s %s\r\n" % (k, d))
            self.live[k] = d
        for k in list(self.live)[5:25]:
            self.warmup.append(b"delete %s\r\n" % k)
            self.deleted.append(k)
            del self.live[k]
        # Nine keys of one slot: eight fill its probe window, the ninth
        # finds no room.
        slot = khash(b"window") % NITEMS
        self.window = []
        n = 0
        while len(self.window) < PROBE + 1:
            k = b"w%d" % n
            n += 1
            if khash(k) % NITEMS == slot and k not in seen:
                seen.add(k)
                self.window.append(k)
                self.warmup.append(b"set %s %d\r\n" % (k, n))


HAND_WRITTEN = [
    b"version", b"version\r\n", b"version \r\n", b"version x\r\n",
    b"stats\r\n", b"stats", b"stats \r\n", b"stats now\r\n", b"STATS\r\n",
    b"get\r\n", b"get \r\n", b"get  k\r\n", b"get k \r\n", b"get a b\r\n",
    b"get k\n", b"get k\r", b"get k", b"get k\0junk\r\n", b"get \0\r\n",
    b"get " + b"a" * 32 + b"\r\n", b"get " + b"a" * 33 + b"\r\n",
    b"get " + b"a" * 200 + b"\r\n", b"GET k\r\n", b"gets k\r\n",
    b"set\r\n", b"set \r\n", b"set k\r\n", b"set k \r\n",
    b"set k " + b"v" * 64 + b"\r\n", b"set k " + b"v" * 65 + b"\r\n",
    b"set " + b"a" * 33 + b" v\r\n", b"delete\r\n", b"delete \r\n",
    b"delete k\r\n", b"delete k x\r\n", b"delete " + b"a" * 33 + b"\r\n",
    b"\r\n", b"\n", b" ", b"\0", b"x", b"flush_all\r\n", b"incr k 1\r\n",
    b"END\r\n", b"STORED\r\n", b"ERROR unknown command\r\n",
    b"get k\r\nget k\r\n", b"a" * 510, b"a" * 511, b"a" * 512,
    b"get k" + b" " * 600,
]


def mutate(rng, p):
    return mutate_bytes(rng, p, b" \r\n\0ak~",
                        [b" ", b"\r\n", b"get ", b"set ", b"x"])


class TextKV(Example):
    name = "text-kv"
    has_state = True
    # Everything but the SETs of new keys and the requests too long for a
    # log record (127 bytes) is answered: 95% with seed 1.
    min_answered = 0.8
    pad_chars = KEY_CHARS
    control = b"version\r\n"
    probe = b"version\r\n"

    def __init__(self, seed):
        super().__init__(seed)
        self.table = Table(seed)

    def setup(self, out):
        with open(out, "w") as f:
            f.write("\n".join(p.hex() for p in self.table.warmup) + "\n")
        print("warm-up: %d requests, %d keys live" % (
            len(self.table.warmup), len(self.table.live)))

    def payload_pool(self, rng):
        t = self.table
        ordered, other = {}, {}

        def add(p, w=1.0):
            pool = ordered if self.mutating(p) else other
            pool[p] = max(pool.get(p, 0.0), w)

        for p in HAND_WRITTEN:
            add(p, 2)
        live = list(t.live)
        for k in live:
            add(b"get %s\r\n" % k, 4)
            add(b"set %s %s\r\n" % (k, rand_data(rng)), 1)
        for k in t.deleted + t.window:
            add(b"get %s\r\n" % k, 2)
            add(b"set %s %s\r\n" % (k, rand_data(rng)), 1)
        for k in live[:30] + t.window[:3]:
            add(b"delete %s\r\n" % k, 0.5)
        for _ in range(800):  # misses and new keys
            add(b"get %s\r\n" % rand_key(rng), 1)
        for _ in range(200):
            add(b"set %s %s\r\n" % (rand_key(rng), rand_data(rng)), 0.5)
        for _ in range(100):
            add(b"delete %s\r\n" % rand_key(rng), 0.5)
        for k in live[:60]:
            add(b"get %s\r\n" % k[:-1], 1)
            add(b"get %s\r\n" % (k + b"x"), 1)
            add(b"get %s\r\n" % k.swapcase(), 1)
        bases = list(ordered) + list(other)
        for _ in range(6000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            add(p[:1472], 1)
        for _ in range(400):
            n = rng.choice([1, 2, 4, rng.randint(0, 64), rng.randint(0, 600)])
            if rng.random() < 0.5:
                add(rng.randbytes(n), 0.5)
            else:
                add(bytes(rng.choices(DATA_CHARS + b"\r\n", k=n)), 0.5)
        # Keep the ordered requests to ORDER_SHARE of the weighted mix.
        scale = ORDER_SHARE / (1 - ORDER_SHARE) * sum(other.values()) / sum(
            ordered.values())
        pool = dict(other)
        for p, w in ordered.items():
            pool[p] = w * scale
        return pool

    def mutating(self, payload):
        return line_of(payload).startswith(COMMANDS)

    def truncation_payloads(self, rng, payloads):
        return [b"get k\r\n", b"stats\r\n", rng.choice(payloads)]

    def state_summary(self, start):
        items = start.get("items", b"")
        size = len(items) // NITEMS if items else 0
        used = sum(1 for i in range(0, len(items), size) if items[i + 2])\
            if size else 0
        return "%d live items" % used

    def reply_kind(self, reply):
        return reply.split(b" ")[0].split(b"\r")[0].decode("latin-1")
