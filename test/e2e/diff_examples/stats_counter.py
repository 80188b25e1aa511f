# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""stats-counter (examples/stats-counter): named counters, a statsd-like
text protocol over UDP ("incr NAME\\r\\n" -> the value after the increment
or FULL, "get NAME\\r\\n" -> the value, 0 if unknown, "dump\\r\\n" -> the
table written to a file, OK; anything else ERROR). A name is 1..15 bytes
of 0x21..0x7e; the table has 64 entries, taken in order by new names and
never freed. The server's receive buffer is 512 bytes (a longer datagram
is cut, still ERROR). The port is a compile-time constant (10300).

State: `counters` (struct counter {char name[16]; u64 value;}, 64 of
them), guarded in the object by the record protocol's sequence word
koffload_seq_counters (not compared: koffload_ names are the object's
own). `dump` is file I/O and must fall back (XDP_PASS): the offload
never answers it, so userspace is never sent it by the harness.

Start state: `setup` writes warm-up requests (hex, one a line) that
offload-stats-counter.sh sends to the server before the run: START_NAMES
names (every length 1..15, prefix chains, the edge characters '!' and
'~') incremented 1..4 times, a few to 99, 255 and 999. Then the script
sets the values of the BIG names in the server's memory (poke(), below)
to values no test could count up to (2^64-1, which wraps to 0 on the
next incr, 10^19-1, 10^19, 2^63, 2^32-1, ...), a state the server reaches
after that many increments, so that replies of up to 20 digits and the
wrap are compared too. The harness copies the table into the object.
64 - START_NAMES entries are free: new names take them in batch order
until the table is full, after which a new name gets FULL.

Which payloads go in order: every valid incr (it changes the table),
plus the gets of the names whose value changes during the run (the BIG
ones and the new ones: ORDERED_GETS), so that some reads come after the
writes they should see, on both sides; a get cannot change the state,
so declaring it "mutating" only moves it into the ordered phase. The
ordered requests are kept to ORDER_SHARE of the weighted mix (7,461 of
120,000 frames with seed 1, sent one at a time in under 2 s) to stay in
the time budget."""

import os
import random
import struct
import subprocess

from .base import Example, mutate_bytes

NCOUNTERS = 64
NAME_MAX = 15
ENTRY = 24  # sizeof(struct counter)
REQ_MAX = 512  # char req[REQ_MAX]: longer datagrams are cut
NAME_CHARS = bytes(range(0x21, 0x7F))
ORDER_SHARE = 0.12

# Names whose values poke() sets in the server before the run.
BIG = {
    b"max": 2**64 - 1,
    b"max-1": 2**64 - 2,
    b"nines19": 10**19 - 1,
    b"ten19": 10**19,
    b"half": 2**63 - 1,
    b"half+": 2**63,
    b"u32max": 2**32 - 1,
    b"nines10": 10**10 - 1,
}
# Hand-picked names in the start table: a prefix chain, the edges of the
# name alphabet, the longest names.
CHAIN = [b"c", b"co", b"cou", b"count", b"counter", b"counter_name_15"]
EDGE = [b"!", b"~", b"!~!~", b"~" * NAME_MAX, b"!" * NAME_MAX,
        b"a.b:c|d@e#f$g%h"]


def rand_name(rng, lo=1, hi=NAME_MAX):
    return bytes(rng.choices(NAME_CHARS, k=rng.randint(lo, hi)))


def incr(name):
    return b"incr %s\r\n" % name


def get(name):
    return b"get %s\r\n" % name


def parse(p):
    """The server's parse_request() on the first REQ_MAX bytes: ("incr" |
    "get", name), ("dump", None), or None (ERROR)."""
    p = p[:REQ_MAX]
    if p == b"dump\r\n":
        return ("dump", None)
    if p.startswith(b"incr "):
        cmd, pos = "incr", 5
    elif p.startswith(b"get "):
        cmd, pos = "get", 4
    else:
        return None
    start = pos
    while pos < len(p) and 0x21 <= p[pos] <= 0x7E and pos - start <= NAME_MAX:
        pos += 1
    n = pos - start
    if n == 0 or n > NAME_MAX or p[pos:] != b"\r\n":
        return None
    return (cmd, p[start:pos])


class Table:
    """The names of the start table and the new names of the run (a
    choice of test data; the harness reads the server's real table)."""

    def __init__(self, seed):
        rng = random.Random(seed * 7919 + 3)
        self.start = []  # in the order they take entries
        seen = set()

        def take(k):
            if k not in seen:
                seen.add(k)
                self.start.append(k)

        for k in CHAIN + EDGE + list(BIG):
            take(k)
        for n in range(1, NAME_MAX + 1):  # one random name of every length
            while True:
                k = rand_name(rng, n, n)
                if k not in seen:
                    take(k)
                    break
        while len(self.start) < 40:
            k = rand_name(rng)
            if k not in seen:
                take(k)
        self.counts = {k: i % 4 + 1 for i, k in enumerate(self.start)}
        for k, n in zip(self.start[-3:], (99, 255, 999)):
            self.counts[k] = n
        # Names not in the table: near misses of table names (a prefix, one
        # more byte, another case) and random ones; incremented, they take
        # the free entries in batch order, then get FULL.
        near = set()
        for k in CHAIN + EDGE + self.start[-15:]:
            if len(k) > 1:
                near.add(k[:-1])
                near.add(k[1:])
            if len(k) < NAME_MAX:
                near.add(k + b"x")
                near.add(b"x" + k)
            near.add(k.swapcase())
        near.update([b"coun", b"counte", b"counter_name_1", b"counter_",
                     b"m", b"ma", b"maxx", b"Max"])
        self.near = sorted(near - seen)
        self.new = []
        while len(self.new) < 300:
            k = rand_name(rng)
            if k not in seen and k not in near:
                seen.add(k)
                self.new.append(k)
        self.ordered_gets = set(BIG) | set(self.near) | set(self.new[:60])

    def warmup(self):
        out = []
        for k in self.start:
            out += [incr(k)] * self.counts[k]
        return out


HAND_WRITTEN = [
    # incr and get: spacing, case, line ends, trailing bytes
    b"incr\r\n", b"incr \r\n", b"incr  c\r\n", b"incr c \r\n", b"incr c\n",
    b"incr c\r", b"incr c", b"incr c\r\n\r\n", b"incr c\r\nincr c\r\n",
    b"incr c\r\n\0", b"incr c\n\r", b"incr\tc\r\n", b"INCR c\r\n",
    b"Incr c\r\n", b"incrc\r\n", b"incr c d\r\n", b"incr c\0\r\n",
    b"incr \0\r\n", b"incr \x7f\r\n", b"incr \x80\r\n", b"incr \xff\r\n",
    b"incr c\x7f\r\n", b"incr c\xa0\r\n", b"incr \x20\r\n",
    b"get\r\n", b"get \r\n", b"get  c\r\n", b"get c \r\n", b"get c\n",
    b"get c\r", b"get c", b"get c\r\n\r\n", b"GET c\r\n", b"gets c\r\n",
    b"get\tc\r\n", b"get c\0\r\n", b"get \x80\r\n", b"get c\r\nx",
    # names around the limit: 15 bytes, 16, 17, far beyond
    incr(b"a" * 15), incr(b"a" * 16), incr(b"a" * 17), incr(b"a" * 100),
    get(b"a" * 15), get(b"a" * 16), get(b"a" * 17), get(b"a" * 100),
    incr(b"counter_name_15"), incr(b"counter_name_15x"),
    get(b"counter_name_15"), get(b"counter_name_15x"),
    incr(b"~" * 16), get(b"!" * 16), incr(b"~" * 14 + b" "),
    # dump: only the exact request
    b"dump\r\n", b"dump", b"dump\n", b"dump\r", b"dump\r\n\r\n",
    b"dump\r\n\0", b"DUMP\r\n", b"dump \r\n", b"dump c\r\n", b" dump\r\n",
    b"dumps\r\n", b"dum\r\n",
    # other commands and replies fed back
    b"decr c\r\n", b"set c 1\r\n", b"stats\r\n", b"\r\n", b" ", b"\0",
    b"i", b"in", b"inc", b"incr", b"incr ", b"g", b"ge", b"get", b"get ",
    b"OK\r\n", b"FULL\r\n", b"ERROR\r\n", b"0\r\n", b"18446744073709551615\r\n",
    # the receive buffer: cut at 512 bytes
    incr(b"c") + b"\0" * (REQ_MAX - 8), incr(b"c") + b"\0" * (REQ_MAX - 9),
    incr(b"c") + b"\0" * (REQ_MAX - 7), b"dump\r\n" + b" " * (REQ_MAX - 6),
    b"a" * (REQ_MAX - 1), b"a" * REQ_MAX, b"a" * (REQ_MAX + 1),
]


def mutate(rng, p):
    """One random edit of a payload."""
    return mutate_bytes(rng, p, b" \r\n\0c~!\x7f",
                        [b" ", b"\r\n", b"incr ", b"get ", b"x"])


class StatsCounter(Example):
    name = "stats-counter"
    has_state = True
    # incr, get and ERROR are answered in the kernel; dump and the
    # oversized datagrams pass (see the summary line for seed 1).
    min_answered = 0.6
    pad_chars = NAME_CHARS
    # Reads of names in no table (0): harmless for the state.
    control = b"get koffload-ctl\r\n"
    probe = b"get koffload-prb\r\n"

    def __init__(self, seed):
        super().__init__(seed)
        self.table = Table(seed)

    def setup(self, out):
        """The warm-up requests, hex, one a line, in order."""
        lines = [p.hex() for p in self.table.warmup()]
        with open(out, "w") as f:
            f.write("\n".join(lines) + "\n")
        print("warm-up: %d requests, %d names (%d entries left free)" % (
            len(lines), len(self.table.start),
            NCOUNTERS - len(self.table.start)))

    def payload_pool(self, rng):
        t = self.table
        ordered, other = {}, {}

        def add(p, w=1.0):
            d = ordered if self.mutating(p) else other
            d[p] = max(d.get(p, 0.0), w)

        for p in HAND_WRITTEN:
            add(p, 2)
        for k in t.start:
            add(incr(k), 6)
            add(get(k), 4)
        for k in t.near:
            add(incr(k), 1)
            add(get(k), 2)
        for k in t.new:
            add(incr(k), 0.5)
            add(get(k), 0.5)
        for _ in range(1500):  # misses: names in no table
            add(get(rand_name(rng)), 1)
        for n in list(range(NAME_MAX + 1, 24)) + [30, 50, 100, 200, 500]:
            add(incr(rand_name(rng, 1, 1) * n), 1)
            add(get(bytes(rng.choices(NAME_CHARS, k=n))), 1)
        bases = list(ordered) + list(other)
        for _ in range(6000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            add(p[:1472], 1)
        for _ in range(500):  # random bytes and random text
            n = rng.choice([1, 2, 4, rng.randint(0, 30), rng.randint(0, 600)])
            if rng.random() < 0.5:
                add(rng.randbytes(n), 0.5)
            else:
                add(bytes(rng.choices(NAME_CHARS + b" \r\n", k=n)), 0.5)
        # Keep the ordered requests to ORDER_SHARE of the weighted mix.
        scale = ORDER_SHARE / (1 - ORDER_SHARE) * sum(other.values()) / sum(
            ordered.values())
        pool = dict(other)
        for p, w in ordered.items():
            pool[p] = w * scale
        return pool

    def mutating(self, payload):
        # Every valid incr changes the table (a value, or a free entry
        # taken); FULL, ERROR and get leave it alone. The gets of names
        # whose values change in the run go in order too (see above).
        r = parse(payload)
        if r is None or r[0] == "dump":
            return False
        return r[0] == "incr" or r[1] in self.table.ordered_gets

    def truncation_payloads(self, rng, payloads):
        return [get(b"c"), incr(b"counter_name_15"), rng.choice(payloads)]

    def csum_ffff_base(self, rng):
        """A get of a 3..15-byte name two of whose bytes (one aligned
        16-bit word) are solved for: mostly names in no table."""
        key = rng.choice([k for k in self.table.start if len(k) >= 3])
        at = (len(key) - 2) // 2 * 2  # even: payload offset 4 + at
        return (get(key[:at] + b"\0\0" + key[at + 2:]), 4 + at, NAME_CHARS)

    def state_summary(self, start):
        c = start.get("counters", b"")
        used, top = 0, 0
        for i in range(0, len(c), ENTRY):
            if c[i]:
                used += 1
                top = max(top, struct.unpack_from("<Q", c, i + 16)[0])
        return "%d of %d entries in use, largest value %d" % (
            used, NCOUNTERS, top)

    def reply_kind(self, reply):
        r = reply.rstrip(b"\r\n")
        if r.isdigit():
            return "value (%d digits)" % len(r)
        return r.decode("latin-1")


def poke(pid, nm, exe):
    """Set the BIG names' values in the running server `pid` (built as
    `exe`) through /proc/PID/mem, the way the harness reads them: each
    must already have its entry (the warm-up creates them). Run it while
    the server waits in poll() (between requests)."""
    out = subprocess.run([nm, "-S", "--defined-only", exe], check=True,
                         capture_output=True, text=True).stdout
    addr = None
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[3] == "counters":
            addr, size = int(f[0], 16), int(f[1], 16)
    if addr is None or size != NCOUNTERS * ENTRY:
        raise SystemExit("FAIL: no counters[%d] in %s" % (NCOUNTERS, exe))
    real = os.readlink("/proc/%d/exe" % pid)
    base = None
    with open("/proc/%d/maps" % pid) as maps:
        for line in maps:
            f = line.split()
            if len(f) >= 6 and f[5] == real and int(f[2], 16) == 0:
                base = int(f[0].split("-")[0], 16)
                break
    if base is None:
        raise SystemExit("FAIL: cannot find %s in /proc/%d/maps" % (real, pid))
    with open("/proc/%d/mem" % pid, "r+b", buffering=0) as mem:
        mem.seek(base + addr)
        table = mem.read(size)
        left = dict(BIG)
        for i in range(0, size, ENTRY):
            name = table[i:i + 16].split(b"\0")[0]
            if name in left:
                mem.seek(base + addr + i + 16)
                mem.write(struct.pack("<Q", left.pop(name)))
    if left:
        raise SystemExit("FAIL: no entry for %r in the server's table"
                         % sorted(left))
    print("start state: %d values set in the server's memory (%s)" % (
        len(BIG), ", ".join("%s=%d" % (k.decode(), v)
                            for k, v in BIG.items())))
