#!/usr/bin/env python3
"""Client for the sk_skb probe: runs one case, prints one JSON line {case, ok, seen}.

Expected replies are computed here from the protocol, not taken from the server:
  GET <key>  -> "VALUE <key> <n>\\n" + n bytes ('a' + (i + len(key)) % 26) + "\\nEND\\n"
                or "NF\\n" when key starts with 'm'
  PASS <x>   -> "USER <x>\\n"      ECHO <x> -> "<x>\\n" (userspace)
"""
import argparse, json, socket, threading, time

HOST, PORT = "198.18.96.1", 10996
VLEN = 100


def expect(line):
    if line.startswith("GET "):
        k = line[4:]
        if k.startswith("m"):
            return b"NF\n"
        val = "".join(chr(ord("a") + (i + len(k)) % 26) for i in range(VLEN))
        return f"VALUE {k} {VLEN}\n{val}\nEND\n".encode()
    if line.startswith("ECHO "):
        return f"{line[5:]}\n".encode()
    if line.startswith("PASS "):
        return f"USER {line[5:]}\n".encode()
    raise ValueError(line)


def conn():
    s = socket.create_connection((HOST, PORT), timeout=3)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_n(s, n, timeout=2.0):
    """Exactly n bytes, or what arrived before the timeout."""
    buf = b""
    end = time.monotonic() + timeout
    while len(buf) < n:
        left = end - time.monotonic()
        if left <= 0:
            break
        s.settimeout(left)
        try:
            d = s.recv(n - len(buf))
        except socket.timeout:
            break
        if not d:
            break
        buf += d
    return buf


def extra(s, wait=0.05):
    """Bytes that should not be there (a reply longer than expected)."""
    s.settimeout(wait)
    try:
        return s.recv(4096)
    except (socket.timeout, BlockingIOError):
        return b""


def roundtrip(s, lines, segs=None):
    """Send lines (as one segment unless segs splits them), check the whole reply stream."""
    want = b"".join(expect(l) for l in lines)
    data = [("".join(l + "\n" for l in lines)).encode()] if segs is None else segs
    for i, d in enumerate(data):
        if i:
            time.sleep(0.05)
        s.sendall(d)
    got = recv_n(s, len(want))
    return got == want, got, want


def key(i):
    return "k" + str(i) * (1 + i % 5)


def case_a(a):
    s = conn()
    for i in range(a.n or 300):
        ok, got, want = roundtrip(s, [f"GET {key(i)}"])
        if not ok:
            return False, f"request {i}: got {got[:60]!r} want {want[:60]!r}"
    if extra(s):
        return False, "extra bytes after the last reply"
    return True, f"{a.n or 300} single-segment GETs answered exactly"


def case_b(a):
    s = conn()
    for i in range(a.n or 50):
        lines = [f"GET {key(i)}", f"GET x{i}", f"GET {key(i + 1)}yy"]  # different lengths
        ok, got, want = roundtrip(s, lines)
        if not ok:
            return False, f"batch {i}: got {len(got)}B {got[:50]!r}.. want {len(want)}B"
    return True, f"{a.n or 50} segments of 3 pipelined GETs answered in order"


def case_c(a):
    s = conn()
    for i in range(a.n or 20):
        k = f"split{i}"
        ok, got, want = roundtrip(s, [f"GET {k}"], segs=[f"GET {k[:3]}".encode(), f"{k[3:]}\n".encode()])
        if not ok:
            return False, f"split {i}: got {got[:50]!r}"
    return True, f"{a.n or 20} requests split over 2 segments (50 ms apart) answered"


def case_d(a):
    s = conn()
    for i in range(a.n or 100):
        k = (f"m{i}" + "q" * (i % 20)) if i % 2 else f"l{i}"  # 'm': 3-byte reply to a 7..28-byte request
        ok, got, want = roundtrip(s, [f"GET {k}"])
        if not ok or extra(s, 0.002):
            return False, f"request {i} ({len(k) + 5}B -> {len(want)}B): got {len(got)}B {got[:40]!r}"
    return True, f"{a.n or 100} replies alternately shorter (3B for 7-28B) and longer (~120B for ~8B) than the request"


def case_e(a):
    n, s, t0 = a.n or 20000, conn(), time.monotonic()
    for i in range(n):
        if time.monotonic() - t0 > 60:
            return False, f"time bound 60 s hit after {i} round trips"
        ok, got, want = roundtrip(s, [f"GET p{i % 97}"])
        if not ok:
            return False, f"stalled/wrong at round trip {i}: got {len(got)}B of {len(want)}B"
    dt = time.monotonic() - t0
    return True, f"{n} round trips, {dt:.1f} s, {n / dt:.0f}/s"


def case_f(a):
    s = conn()
    pats = [["PASS u{i}", "GET f{i}"], ["GET f{i}", "PASS u{i}", "GET g{i}"], ["PASS u{i}", "PASS v{i}", "GET f{i}"]]
    n = a.n or 300
    for i in range(n):
        lines = [p.format(i=i) for p in pats[i % 3]]
        # each line its own segment, sent back to back without waiting for replies
        want = b"".join(expect(l) for l in lines)
        for l in lines:
            s.sendall((l + "\n").encode())
        got = recv_n(s, len(want))
        if got != want:
            return False, f"iteration {i} {lines}: got {got[:40]!r}.. want {want[:40]!r}.."
    return True, f"{n} mixed kernel/user request groups, replies in request order"


def case_g(a):
    n, worst = a.n or 10, 0.0
    for i in range(n):
        s = socket.socket()
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.settimeout(3)
        s.connect((HOST, PORT))
        t0 = time.monotonic()
        s.sendall(f"GET early{i}\n".encode())  # before the server accepts / joins the map
        want = expect(f"GET early{i}")
        got = recv_n(s, len(want), 1.5)
        worst = max(worst, time.monotonic() - t0)
        if got != want:
            return False, f"conn {i}: data sent right after connect: got {got[:40]!r} in 1.5 s"
        ok, got, want = roundtrip(s, [f"GET after{i}"])
        if not ok:
            return False, f"conn {i}: next request after early data: got {got[:40]!r}"
        s.close()
    return True, f"{n} connections with data sent right after connect answered, slowest {worst * 1000:.0f} ms"


def case_h(a):
    n = a.n or 20
    for i in range(n):
        s = conn()
        s.sendall(b"GET hal")
        if i % 2:  # abortive close (RST) half the time
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()
    time.sleep(0.2)
    s = conn()
    ok, got, _ = roundtrip(s, ["GET alive", "PASS alive"])
    return ok, f"{n} connections closed mid-request (half RST); server then still {'serves' if ok else 'FAILS: ' + repr(got[:30])}"


def case_i(a):
    nconn, per = 8, (a.n or 1000)
    errs = []

    def worker(c):
        try:
            s = conn()
            for j in range(per):
                lines = [f"GET c{c}x{j}"] if j % 4 else [f"PASS c{c}x{j}", f"GET c{c}y{j}"]
                ok, got, want = roundtrip(s, lines)
                if not ok:
                    errs.append(f"conn {c} req {j}: got {got[:30]!r}")
                    return
        except OSError as e:
            errs.append(f"conn {c}: {e}")

    ts = [threading.Thread(target=worker, args=(c,)) for c in range(nconn)]
    [t.start() for t in ts]
    [t.join(90) for t in ts]
    if errs:
        return False, f"{len(errs)}/{nconn} connections failed: {errs[0]}"
    return True, f"{nconn} concurrent connections x {per} requests (1/4 via userspace) correct"


def case_j(a):
    """A userspace reply shaped like a kernel-marked request (0x01 + "ET key") must pass unchanged."""
    s = conn()
    n = a.n or 200
    for i in range(n):
        lines = [f"GET j{i}", f"ECHO \x01ET k{i}", f"GET jj{i}"]
        for l in lines:
            s.sendall((l + "\n").encode())
        want = b"".join(expect(l) for l in lines)
        got = recv_n(s, len(want))
        if got != want:
            return False, f"iteration {i}: got {got[:40]!r}.. want {want[:40]!r}.."
    return True, f"{n} userspace replies starting with the kernel's mark byte passed unchanged"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("case")
    p.add_argument("-n", type=int, default=0)
    a = p.parse_args()
    try:
        ok, seen = globals()["case_" + a.case](a)
    except OSError as e:
        ok, seen = False, f"socket error: {e}"
    print(json.dumps({"case": a.case, "ok": ok, "seen": seen}))


if __name__ == "__main__":
    main()
