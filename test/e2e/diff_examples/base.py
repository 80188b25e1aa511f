# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""What diff_offload.py asks of an example (the defaults suit a stateless
server that answers every datagram)."""


class Example:
    # --example NAME
    name = None
    # Does the server keep state the offload shares (globals that both the
    # object and the server define)? Then the harness requires such globals,
    # copies the server's into the object before the batch and compares
    # them after it.
    has_state = False
    # The share of well-formed requests the offload must answer (XDP_TX)
    # at least: below it the test fails, as it proves little.
    min_answered = 0.05
    # Bytes that fill the oversized payloads (a payload cut or padded).
    pad_chars = bytes(range(256))
    # For confirm(): a request the server answers (sent from the client as
    # a control), and one sent after every injected frame, which it answers
    # too.
    control = b"koffload-control"
    probe = b"koffload-probe"

    def __init__(self, seed):
        self.seed = seed

    def setup(self, out):
        """Write the file the server is started with to set up its start
        state (kv-cache: the journal); nothing by default."""
        raise SystemExit("%s: the server needs no start state" % self.name)

    def payload_pool(self, rng):
        """{payload: weight}: what the well-formed frames carry (valid
        requests, hand-written edge cases, mutations); every payload is
        sent once, then the weights pick the rest."""
        raise NotImplementedError

    def mutating(self, payload):
        """Could this payload change the server's state? Such requests go
        last in the batch and to userspace one by one, in batch order."""
        return False

    def truncation_payloads(self, rng, payloads):
        """Payloads whose frames are cut at every length."""
        return [rng.choice(payloads)]

    def csum_ffff_base(self, rng):
        """(payload, offset, alphabet) for a request whose UDP checksum
        computes to 0 (sent as 0xFFFF): the two bytes at `offset` (even)
        are zero and may be replaced by any two bytes of `alphabet`; or
        None."""
        return None

    def state_summary(self, start):
        """A few words about the start state (the server's globals)."""
        return ""

    def normalize_state(self, state):
        """{global: bytes} -> the same with what may legitimately differ
        between the two sides masked, applied to the offload's and the
        server's globals alike before they are compared (rate-limiter: the
        buckets' timestamps). Nothing by default: compared exactly."""
        return state

    def reply_kind(self, reply):
        """A label for the statistics of replies."""
        return "%d bytes" % len(reply) if len(reply) < 8 else "longer"


def mutate_bytes(rng, p, insert_chars, prefixes):
    """One random edit of payload p: a byte replaced, a bit flipped, a byte
    of `insert_chars` inserted, a byte removed, cut, random bytes appended,
    doubled, a byte repeated, case swapped, one of `prefixes` prepended."""
    op = rng.randrange(10)
    p = bytearray(p)
    if op == 0 and p:
        p[rng.randrange(len(p))] = rng.randrange(256)
    elif op == 1 and p:
        i = rng.randrange(len(p))
        p[i] ^= 1 << rng.randrange(8)
    elif op == 2:
        p.insert(rng.randrange(len(p) + 1), rng.choice(insert_chars))
    elif op == 3 and p:
        del p[rng.randrange(len(p))]
    elif op == 4 and p:
        del p[rng.randrange(len(p)):]
    elif op == 5:
        p += rng.randbytes(rng.randint(1, 8))
    elif op == 6:
        p += bytes(p)
    elif op == 7 and p:
        i = rng.randrange(len(p))
        p[i:i + 1] = bytes([p[i]]) * rng.randint(2, 20)
    elif op == 8:
        p = bytearray(bytes(p).swapcase())
    else:
        p[:0] = rng.choice(prefixes)
    return bytes(p)
