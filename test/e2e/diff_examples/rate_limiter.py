# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""rate-limiter (examples/rate-limiter): a token bucket per client id.
A request is exactly 4 bytes, the id big-endian, id < 4096: the client's
bucket (full, `burst` tokens, on its first request) gives a token (ALLOW)
or has none (DENY); anything else gets ERROR and touches no state. The
server's receive buffer is 64 bytes: a longer datagram is cut to 64 bytes
(still ERROR). The port comes from argv (koffload_service).

State: `buckets` (struct bucket {u64 last_ns; u32 tokens; u32 seen;}, 4096
of them), plus the configuration globals `burst` and `refill_ns` (set from
argv at startup); the harness copies all three from the server into the
object. The server is started with a refill interval of one hour
(offload-rate-limiter.sh), so no token comes back during the test and a
request's verdict is a function of the requests before it: every valid
request is "mutating" (sent to userspace in batch order, one at a time),
and they are kept to a few thousand of the >= 100,000 frames. Their
`last_ns` differs between the two sides (each side's clock read): see
normalize_state().

Start state: `setup` writes warm-up requests (hex, one a line) that
offload-rate-limiter.sh sends to the server before the run, so that the
batch starts from buckets the server has already used: some full minus
one, some half-used, some empty."""

import struct
import time

from .base import Example, mutate_bytes

MAX_CLIENTS = 4096
REQ_LEN = 4
RECV_BUF = 64  # uint8_t req[64]: longer datagrams are truncated
BUCKET = 16  # sizeof(struct bucket)
# The server's burst, set by offload-rate-limiter.sh (argv): small, so
# that the hot ids run dry within the batch and DENY is common.
BURST = 3
# The warm-up: id WARM0 + i is sent i % (BURST + 2) requests.
WARM0 = 1000
NWARM = 50
# The share of the weighted mix that is valid (state-changing) requests:
# with 120,000 frames about 2,500 of them, plus each distinct one once.
MUT_SHARE = 0.04


def req(cid):
    return struct.pack(">I", cid)


def is_valid(p):
    return len(p) == REQ_LEN and struct.unpack(">I", p)[0] < MAX_CLIENTS


def mutate(rng, p):
    """One random edit of a payload."""
    return mutate_bytes(rng, p, b"\0\x01\x0f\x10\x7f\x80\xff",
                        [b"\0", b"\0\0", b"\x0f", b"\x10", b"\xff"])


class RateLimiter(Example):
    name = "rate-limiter"
    has_state = True
    # Every datagram the server answers is answered in the kernel (ALLOW,
    # DENY and ERROR): all well-formed frames but the oversized ones pass
    # the wanted share easily; see the summary line for seed 1.
    min_answered = 0.6
    # Harmless for the state: ERROR (5 bytes) and a 4-byte id out of range.
    control = b"\0\0\x10\0"
    probe = b"\xff\xff\xff\xff"

    def setup(self, out):
        """The warm-up requests, hex, one a line, in order."""
        lines = []
        for i in range(NWARM):
            lines += [req(WARM0 + i).hex()] * (i % (BURST + 2))
        with open(out, "w") as f:
            f.write("\n".join(lines) + "\n")
        print("warm-up: %d requests to ids %d..%d" % (
            len(lines), WARM0, WARM0 + NWARM - 1))

    def payload_pool(self, rng):
        mut, other = {}, {}

        def add(p, w=1.0):
            d = mut if is_valid(p) else other
            d[p] = max(d.get(p, 0.0), w)

        # Valid ids: the edges, the warm ones, a hot set asked many times
        # (so they run dry: DENY), and ids asked once or twice (cold).
        hot = [0, 1, 2, 7, 255, 256, 257, 4094, 4095, WARM0, WARM0 + 3] + \
            rng.sample(range(MAX_CLIENTS), 40)
        for cid in hot:
            add(req(cid), 8)
        for cid in range(WARM0, WARM0 + NWARM):
            add(req(cid), 3)
        for cid in rng.sample(range(MAX_CLIENTS), 400):
            add(req(cid), 0.3)
        # Not valid, ERROR: ids out of range, other lengths (0 comes from
        # the harness; up to the receive buffer and beyond it, where the
        # server cuts the datagram), text, the valid ones cut or grown.
        for p in (req(MAX_CLIENTS), req(MAX_CLIENTS + 1), req(0x10000),
                  req(0x01000000), req(0x80000000), req(0xFFFFFFFF),
                  req(0xFFFFF000), b"1234", b"\0\0\x10\0", b"\0\0\x0f\xff\0",
                  b"\0\0\x0f", b"\0", b"\0\0", b"\0\0\0\0\0", b"0\r\n",
                  b"7", b"ALLOW", b"DENY", b"ERROR", b"get k\r\n",
                  b"\0" * 63, b"\0" * 64, b"\0" * 65, b"\0" * 1472,
                  req(7) * 16, req(7) * 17, req(7) + b"\n", b" " + req(7)):
            add(p, 3)
        for _ in range(300):
            add(req(MAX_CLIENTS + rng.randrange(0xFFFFFFFF - MAX_CLIENTS)),
                1)
        for n in list(range(1, 80)) + [127, 128, 129, 255, 256, 512, 1024,
                                       1471, 1472]:
            for _ in range(4 if n < 70 else 1):
                if n != REQ_LEN:
                    add(rng.randbytes(n), 1)
        for _ in range(600):
            add(rng.randbytes(rng.randint(0, 12)), 1)
        # Mutations of both (those that land on a valid id count as valid).
        bases = list(mut) + list(other)
        for _ in range(4000):
            p = rng.choice(bases)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                p = mutate(rng, p)
            add(p[:1472], 1)
        # Keep the valid requests to MUT_SHARE of the weighted mix.
        scale = MUT_SHARE / (1 - MUT_SHARE) * sum(other.values()) / sum(
            mut.values())
        pool = dict(other)
        for p, w in mut.items():
            pool[p] = w * scale
        return pool

    def mutating(self, payload):
        # ERROR replies (wrong length, id out of range) leave the buckets
        # alone; every valid request takes a token or is denied, and may
        # set the bucket up on its first request. The server sees at most
        # RECV_BUF bytes, but a longer datagram is never 4 bytes long.
        return is_valid(payload)

    def truncation_payloads(self, rng, payloads):
        return [req(7), req(4096), rng.choice(payloads)]

    def csum_ffff_base(self, rng):
        """A request whose UDP checksum is solved for in its low 16 bits:
        with the alphabet 0..15 both bytes stay small, so half of them are
        valid ids below 4096 (high word 0) and the rest ERRORs."""
        hi = rng.choice([b"\0\0", b"\0\0", b"\0\x01"])
        return hi + b"\0\0", 2, bytes(range(16))

    def state_summary(self, start):
        b = start.get("buckets", b"")
        seen = empty = 0
        for i in range(0, len(b), BUCKET):
            _, tokens, s = struct.unpack_from("<QII", b, i)
            if s:
                seen += 1
                empty += tokens == 0
        burst = struct.unpack("<I", start["burst"])[0] \
            if "burst" in start else None
        refill = struct.unpack("<Q", start["refill_ns"])[0] \
            if "refill_ns" in start else None
        return "%d buckets seen, %d of them empty; burst %s, refill_ns %s" % (
            seen, empty, burst, refill)

    def normalize_state(self, state):
        """The buckets' last_ns is each side's own clock reading (the
        server's clock_gettime(CLOCK_MONOTONIC), the offload's
        bpf_ktime_get_ns(), the same clock at different moments), so it
        cannot be equal. Masking it is sound here because no refill can
        happen: earned = (now - last_ns) / refill_ns is 0 whenever
        0 <= now - last_ns < refill_ns, and every last_ns is an earlier
        reading of the same monotonic clock (or the server's, copied in
        before the batch) taken within the test, far less than the one
        hour refill_ns checked below. With earned always 0 a decision
        depends only on seen, tokens and burst (the bucket is refilled to
        burst only when it is already full), which are compared exactly;
        last_ns is written but never read into a verdict. What is kept of
        it: 0 stays 0 (a bucket never set up), a time in the past becomes
        1 (set up, by either side); anything else is left as is, so that
        it shows as a difference."""
        refill = struct.unpack("<Q", state["refill_ns"])[0]
        if refill < 3600 * 10**9:
            raise SystemExit(
                "FAIL: refill_ns is %d: a token could come back during the "
                "test, the verdicts depend on time and last_ns cannot be "
                "masked (start the server with a 3600000 ms interval)"
                % refill)
        now = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        b = bytearray(state["buckets"])
        for i in range(0, len(b), BUCKET):
            last = struct.unpack_from("<Q", b, i)[0]
            if 0 < last <= now:
                struct.pack_into("<Q", b, i, 1)
        out = dict(state)
        out["buckets"] = bytes(b)
        return out

    def reply_kind(self, reply):
        return reply.decode("latin-1")
