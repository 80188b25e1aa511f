#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Kernel differential test of sprintf/snprintf against glibc.

  format-diff.py --bpf-run RUN --object OBJ --native EXE --packet PACKET_PY
                 --port PORT --workdir DIR [--seed S] [--count N] [--set ...]

format-cases.c is one program built twice: split by koffload (OBJ, its
offload: every case's format specialised into code run in the kernel with
BPF_PROG_TEST_RUN through koffload-bpf-run --batch) and natively with
-DFORMAT_NATIVE (EXE: the same cases computed by glibc's snprintf). The
same requests go to both: seeded random integers (with the edge values
INT_MIN, INT_MAX, UINT_MAX, LLONG_MIN, ULLONG_MAX, 0, -1, ...), widths and
precisions (negative ones too, for '*'), strings (empty, up to 23 bytes,
some with no NUL in their field), and snprintf sizes 0, 1, random, and
the exact fit (glibc's length and length + 1, from a first native pass).

Every frame the offload answers (XDP_TX) must carry glibc's reply byte for
byte: the return value and the whole 100-byte buffer (filled with '#'
first, so the truncation and the NUL are compared). A frame it passes
(XDP_PASS) is allowed only where the offload must not answer: a width or
precision past its cap (4096), a %s with no NUL in the request. Everything
else is a failure, and the expected values come from glibc only.
"""
import argparse
import os
import random
import struct
import subprocess
import sys

REQ = struct.Struct("<IIIiiiqq24s24s")
REP_LEN = 4 + 100
MAGIC = 0x31746D66
CASES = 18
WIDTH_STAR = {5, 6, 14}     # take a width from an argument
PREC_STAR = {5, 6}          # take a precision from an argument
STAR_CASES = WIDTH_STAR | PREC_STAR
UNBOUNDED_S = {9}           # read rq->s with no precision
WIDTH_MAX = 4096

EDGES = [0, 1, -1, 7, -7, 9, 10, 99, 100, 255, 256, -128, -129, 32767,
         -32768, 65535, 65536, 2**31 - 1, -2**31, 2**32 - 1, 2**32,
         2**63 - 1, -2**63, 2**64 - 1, 0o777, 0xDEADBEEF, 10**18, 10**19]


def s64(v):
    v &= 2**64 - 1
    return v - 2**64 if v >= 2**63 else v


def rand_int(rng):
    r = rng.random()
    if r < 0.35:
        return s64(rng.choice(EDGES))
    if r < 0.6:
        return rng.randint(-1000, 1000)
    if r < 0.8:
        return s64(rng.getrandbits(rng.choice([8, 16, 32, 33, 63, 64])))
    return -rng.randint(0, 2**63)


def rand_str(rng, n=None):
    n = rng.randint(0, 23) if n is None else n
    alphabet = "abcXYZ019 %-+#.*\\\"'\t~"
    return "".join(rng.choice(alphabet) for _ in range(n)).encode()


def field(data, terminated=True):
    if not terminated:
        return data[:24].ljust(24, b"u")
    return data[:23] + b"\0" * (24 - len(data[:23]))


def request(rng, op):
    w = rng.choice([0, 1, 3, 5, 8, 12, 20, -1, -4, -9, -20,
                    rng.randint(-40, 40)])
    p = rng.choice([-1, -5, 0, 1, 2, 3, 5, 10, 24, rng.randint(-3, 30)])
    # (Widths near INT_MAX take glibc seconds each: it pads them out.)
    if op in STAR_CASES and rng.random() < 0.05:
        w = rng.choice([150, -150, 4096, 4097, -5000, 100000, -100000])
    if op in STAR_CASES and rng.random() < 0.03:
        p = rng.choice([150, 4096, 4097, 100000])
    c = rng.choice([ord("a"), ord("%"), 0, 255, -1, 65 + 256,
                    rng.randint(-300, 300)])
    s_term = rng.random() > 0.15
    t_term = True
    if op in UNBOUNDED_S and not s_term and rng.random() < 0.5:
        t_term = False
    s = field(rand_str(rng), s_term)
    t = field(rand_str(rng), t_term)
    return dict(op=op, size=100, w=w, p=p, c=c, a=rand_int(rng),
                b=rand_int(rng), s=s, t=t)


def pack(r):
    return REQ.pack(MAGIC, r["op"], r["size"], r["w"], r["p"], r["c"],
                    r["a"], r["b"], r["s"], r["t"])


def must_pass(r):
    """Requests the offload must leave to userspace (glibc answers them,
    but not in the kernel): widths past the cap, a %s without its NUL."""
    if r["op"] in WIDTH_STAR and abs(r["w"]) > WIDTH_MAX:
        return True
    if r["op"] in PREC_STAR and r["p"] > WIDTH_MAX:
        return True
    return r["op"] in UNBOUNDED_S and b"\0" not in r["s"] + r["t"]


def native(exe, reqs):
    out = subprocess.run([exe], input=b"".join(pack(r) for r in reqs),
                         stdout=subprocess.PIPE, check=True).stdout
    if len(out) != REP_LEN * len(reqs):
        sys.exit("FAIL: the native reference gave %d bytes for %d requests"
                 % (len(out), len(reqs)))
    return [out[i * REP_LEN:(i + 1) * REP_LEN] for i in range(len(reqs))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bpf-run", required=True)
    ap.add_argument("--object", required=True)
    ap.add_argument("--native", required=True)
    ap.add_argument("--packet", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=6000)
    ap.add_argument("--set", action="append", default=[])
    a = ap.parse_args()
    sys.path.insert(0, os.path.dirname(a.packet))
    import packet  # noqa: E402 (test/lit/kernel/Inputs/packet.py)

    rng = random.Random(a.seed)
    base = [request(rng, i % CASES) for i in range(a.count)]
    # Sizes: the exact fit and one less, from glibc's length; 0, 1, random.
    lengths = [struct.unpack_from("<i", rep)[0] for rep in native(a.native,
                                                                    base)]
    reqs = []
    for r, n in zip(base, lengths):
        if r["op"] == 15:  # sprintf: no size
            reqs.append(r)
            continue
        for size in {0, 1, rng.randint(0, 100), min(max(n, 0), 100),
                     min(max(n + 1, 0), 100)}:
            reqs.append(dict(r, size=size))
        if 0 <= n < 60:  # a size past the buffer, the output well within
            reqs.append(dict(r, size=150))
    want = native(a.native, reqs)

    batch = os.path.join(a.workdir, "format-frames.hex")
    with open(batch, "w") as f:
        for r in reqs:
            f.write(packet.frame(pack(r), a.port).hex() + "\n")
    cmd = [a.bpf_run]
    for s in a.set:
        cmd += ["--set", s]
    cmd += ["--batch", batch, a.object]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    sys.stderr.write(res.stderr)
    if res.returncode == 77:
        print(res.stdout.strip())
        sys.exit(77)
    if res.returncode != 0:
        sys.exit("FAIL: koffload-bpf-run exited %d" % res.returncode)
    got = {}
    for line in res.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit():
            got[int(parts[0])] = parts[1:]
    fails = 0
    answered = passed = 0
    per_op = [0] * CASES
    for i, (r, w) in enumerate(zip(reqs, want)):
        verdict = got.get(i, ["(none)"])
        if verdict[0] == "XDP_PASS" and must_pass(r):
            passed += 1
            continue
        if verdict[0] != "XDP_TX" or must_pass(r):
            fails += 1
            if fails <= 10:
                print("FAIL: frame %d (case %d, size %d, w %d, p %d, a %d, "
                      "b %d, s %r, t %r): %s, want %s" %
                      (i, r["op"], r["size"], r["w"], r["p"], r["a"], r["b"],
                       r["s"], r["t"], verdict[0],
                       "XDP_PASS" if must_pass(r) else "XDP_TX"))
            continue
        payload = bytes.fromhex(verdict[1])[42:]
        if payload != w:
            fails += 1
            if fails <= 10:
                print("FAIL: frame %d (case %d, size %d, w %d, p %d, a %d, "
                      "b %d, c %d, s %r, t %r):\n  kernel %d %r\n  glibc  %d %r"
                      % (i, r["op"], r["size"], r["w"], r["p"], r["a"],
                         r["b"], r["c"], r["s"], r["t"],
                         struct.unpack_from("<i", payload)[0]
                         if len(payload) >= 4 else -1, payload[4:],
                         struct.unpack_from("<i", w)[0], w[4:]))
            continue
        answered += 1
        per_op[r["op"]] += 1
    print("format-diff: seed %d, %d frames: %d answered in the kernel as "
          "glibc, %d passed to userspace where they must, %d failures"
          % (a.seed, len(reqs), answered, passed, fails))
    print("answered per case: %s" % per_op)
    if fails or any(n == 0 for n in per_op):
        sys.exit("FAIL: %d frames differ from glibc or were not answered"
                 % fails)
    print("PASS")


if __name__ == "__main__":
    main()
