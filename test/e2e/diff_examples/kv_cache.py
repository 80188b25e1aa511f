# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""kv-cache (examples/kv-cache): a memcached-like text protocol over UDP
("get K", "set K N\\r\\nV", "delete K") on a 4096-slot open-addressing
table, preset from a journal of SET and DELETE records."""

import random

from .base import Example, mutate_bytes

NSLOTS = 4096
WINDOW = 32
KEY_MAX = 16
VAL_MAX = 64
KEY_CHARS = bytes(range(0x21, 0x7F))
SLOT_SIZE = 84  # sizeof(struct slot): state byte first, 1 = live


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def rand_key(rng, lo=1, hi=KEY_MAX):
    return bytes(rng.choices(KEY_CHARS, k=rng.randint(lo, hi)))


def rand_value(rng):
    n = rng.choice([0, 1, 2, 3, rng.randint(0, VAL_MAX), VAL_MAX])
    kind = rng.random()
    if kind < 0.5:
        return bytes(rng.choices(b"abcdefghijklmnopqrstuvwxyz0123456789",
                                 k=n))
    if kind < 0.7:  # values that look like protocol text
        return (b"\r\nEND\r\nVALUE x 1\r\n" * 8)[:n]
    return rng.randbytes(n)


def set_req(key, val):
    return b"set %s %d\r\n%s\r\n" % (key, len(val), val)


class Table:
    """The starting contents, as journal records (a choice of test data;
    the harness reads the server's real table from its memory)."""

    def __init__(self, seed):
        rng = random.Random(seed * 7919 + 1)
        self.journal = []
        self.hits = {}       # key -> value, live at the start
        self.deleted = []    # set, then deleted: tombstones
        keys = set()

        def fresh(lo=1, hi=KEY_MAX):
            while True:
                k = rand_key(rng, lo, hi)
                if k not in keys:
                    keys.add(k)
                    return k

        for n in list(range(1, KEY_MAX + 1)) + [None] * 284:
            k = fresh(n, n) if n else fresh()
            v = rand_value(rng)
            self.journal.append(set_req(k, v))
            self.hits[k] = v
        for k in list(self.hits)[:20]:  # overwritten: the last value wins
            v = rand_value(rng)
            self.journal.append(set_req(k, v))
            self.hits[k] = v
        for _ in range(30):
            k = fresh()
            self.journal.append(set_req(k, rand_value(rng)))
            self.journal.append(b"delete %s\r\n" % k)
            self.deleted.append(k)
        # One probe window filled: 34 keys of one bucket (the last two find
        # no slot), then one in the middle deleted (a tombstone).
        bucket = fnv1a(b"koffload") & (NSLOTS - 1)
        cluster = []
        n = 0
        while len(cluster) < WINDOW + 6:
            k = b"c%d" % n
            n += 1
            if fnv1a(k) & (NSLOTS - 1) == bucket and k not in keys:
                keys.add(k)
                cluster.append(k)
        for k in cluster[:WINDOW + 2]:
            # Other keys may sit in the window too: the server decides
            # which fit (the harness reads its table, not this list).
            self.journal.append(set_req(k, rand_value(rng)))
        self.journal.append(b"delete %s\r\n" % cluster[5])
        self.cluster = cluster


HAND_WRITTEN = [
    b"get k\r\n", b"get k1\r\n", b"get \r\n", b"get\r\n", b"get  k\r\n",
    b"get k \r\n", b"get k\n", b"get k\r", b"get k", b"get k\r\n\r\n",
    b"get k\r\nget k\r\n", b"GET k\r\n", b"Get k\r\n", b"get\tk\r\n",
    b"gets k\r\n", b"g", b"ge", b"get", b"get ", b"\r\n", b" ", b"\0",
    b"get k\0\r\n", b"get \0\r\n", b"get \x7f\r\n", b"get \x80\r\n",
    b"get \xff\xfe\r\n", b"get " + b"a" * 16 + b"\r\n",
    b"get " + b"a" * 17 + b"\r\n", b"get " + b"a" * 100 + b"\r\n",
    b"get " + b"~" * 16 + b"\r\n", b"get !\r\n",
    b"set k 1\r\na\r\n", b"set k 0\r\n\r\n", b"set k 64\r\n" + b"v" * 64 + b"\r\n",
    b"set k 65\r\n" + b"v" * 65 + b"\r\n", b"set k 1\r\nab\r\n",
    b"set k 2\r\na\r\n", b"set k 001\r\na\r\n", b"set k 0001\r\na\r\n",
    b"set k -1\r\n\r\n", b"set k\r\n", b"set k \r\n", b"set  k 1\r\na\r\n",
    b"set k 1\na\r\n", b"set k 1\r\na\n", b"set k 1\r\na\r\nx",
    b"delete k\r\n", b"delete \r\n", b"delete\r\n", b"delete k\n",
    b"delete k 0\r\n", b"DELETE k\r\n", b"del k\r\n",
    b"get k\r\nset k 1\r\na\r\n", b"stats\r\n", b"version\r\n",
    b"quit\r\n", b"flush_all\r\n", b"incr k 1\r\n",
    b"VALUE k 1\r\na\r\nEND\r\n", b"END\r\n", b"ERROR\r\n",
]


def mutate(rng, p):
    """One random edit of a payload."""
    return mutate_bytes(rng, p, b" \r\n\0ak~", [b" ", b"\r\n", b"get ", b"x"])


class KVCache(Example):
    name = "kv-cache"
    has_state = True
    # GETs (hits and misses) are answered in the kernel: 30% of the
    # well-formed frames with seed 1 (SETs, DELETEs, mutations pass).
    min_answered = 0.15
    pad_chars = KEY_CHARS
    control = b"get k\r\n"
    probe = b"get koffload-probe\r\n"

    def __init__(self, seed):
        super().__init__(seed)
        self.table = Table(seed)

    def setup(self, out):
        """The journal that sets up the starting table (hit keys,
        overwritten and deleted keys, a full 32-slot probe window)."""
        t = self.table
        with open(out, "wb") as f:
            f.write(b"".join(t.journal))
        print(f"journal: {len(t.journal)} records, {len(t.hits)} keys set")

    def payload_pool(self, rng):
        table = self.table
        pool = {}

        def add(p, w=1.0):
            pool[p] = max(pool.get(p, 0.0), w)

        for p in HAND_WRITTEN:
            add(p, 2)
        hit_keys = list(table.hits)
        for k in hit_keys:
            add(b"get %s\r\n" % k, 6)
            add(b"delete %s\r\n" % k, 0.5)
        for k in table.deleted + table.cluster:
            add(b"get %s\r\n" % k, 4)
        for _ in range(1500):  # misses
            add(b"get %s\r\n" % rand_key(rng), 2)
        for k in hit_keys[:100]:
            if len(k) > 1:
                add(b"get %s\r\n" % k[:-1], 1)
            add(b"get %s\r\n" % (k + b"x"), 1)
            add(b"get %s\r\n" % k.swapcase(), 1)
        for _ in range(400):
            add(b"delete %s\r\n" % rand_key(rng), 1)
        for _ in range(600):
            k = rng.choice(hit_keys) if rng.random() < 0.3 else rand_key(rng)
            add(set_req(k, rand_value(rng)), 1)
        bases = list(pool)
        for _ in range(9000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            add(p[:1472], 1)
        for _ in range(500):  # random bytes and random text
            n = rng.choice([1, 2, 4, rng.randint(0, 64), rng.randint(0, 300)])
            if rng.random() < 0.5:
                add(rng.randbytes(n), 0.5)
            else:
                add(bytes(rng.choices(KEY_CHARS + b" \r\n", k=n)), 0.5)
        return pool

    def mutating(self, payload):
        return payload.startswith(b"set ") or payload.startswith(b"delete ")

    def truncation_payloads(self, rng, payloads):
        return [b"get k\r\n", rng.choice(payloads), set_req(b"k", b"v" * 64)]

    def csum_ffff_base(self, rng):
        """A GET of a live key two of whose bytes (one aligned 16-bit word)
        are solved for."""
        key = rng.choice([k for k in self.table.hits if len(k) >= 3])
        at = (len(key) - 2) // 2 * 2  # even: payload offset 4 + at
        return (b"get %s\r\n" % (key[:at] + b"\0\0" + key[at + 2:]), 4 + at,
                KEY_CHARS)

    def state_summary(self, start):
        live = sum(1 for i in range(0, NSLOTS * SLOT_SIZE, SLOT_SIZE)
                   if start.get("kv_table", b"\0")[i:i + 1] == b"\x01")
        return "%d live kv_table entries" % live

    def reply_kind(self, reply):
        return reply.split(b" ")[0].split(b"\r")[0].decode("latin-1")
