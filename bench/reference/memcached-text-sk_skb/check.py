#!/usr/bin/env python3
"""Scripted correctness check of the memcached-text sk_skb reference.

  check.py HOST PORT SERVER_PID SERVER_STDOUT

Every expected reply is computed here from the protocol (a model of the
table), never taken from the server. Exits 1 on the first wrong, missing or
extra byte. SERVER_PID is signalled (SIGSTOP/SIGCONT, SIGUSR1 for counters,
read back from SERVER_STDOUT) to tell kernel answers from userspace ones.
"""
import json, os, random, signal, socket, sys, threading, time

HOST, PORT, PID, SRVOUT = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
model = {}  # key -> (flags, value)
lock = threading.Lock()
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg, flush=True)
    sys.exit(1)


def expect(req):
    """Reply for one request line (bytes, with \\r\\n) and its data block; updates the model."""
    line, _, rest = req.partition(b"\r\n")
    t = line.split(b" ")
    keyok = lambda k: 0 < len(k) <= 250 and all(c > 0x20 and c != 0x7F for c in k)
    if len(t) == 2 and t[0] == b"get" and keyok(t[1]):
        with lock:
            v = model.get(t[1])
        if v is None:
            return b"END\r\n"
        return b"VALUE %s %d %d\r\n%s\r\nEND\r\n" % (t[1], v[0], len(v[1]), v[1])
    if len(t) == 5 and t[0] == b"set" and keyok(t[1]) and all(x.isdigit() for x in t[2:]) \
            and int(t[2]) < 2**32 and int(t[3]) < 2**32 and int(t[4]) <= 1024:
        n = int(t[4])
        if len(rest) == n + 2 and rest.endswith(b"\r\n"):
            with lock:
                model[t[1]] = (int(t[2]), rest[:n])
            return b"STORED\r\n"
    if len(t) == 2 and t[0] == b"delete" and keyok(t[1]):
        with lock:
            return b"DELETED\r\n" if model.pop(t[1], None) is not None else b"NOT_FOUND\r\n"
    return b"ERROR\r\n"


def get(k): return b"get " + k + b"\r\n"
def set_(k, v, flags=0): return b"set %s %d 0 %d\r\n%s\r\n" % (k, flags, len(v), v)
def delete(k): return b"delete " + k + b"\r\n"


def conn():
    s = socket.create_connection((HOST, PORT), timeout=3)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_n(s, n, timeout=2.0):
    buf, end = b"", time.monotonic() + timeout
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


def no_extra(s, what, wait=0.05):
    s.settimeout(wait)
    try:
        d = s.recv(4096)
    except (socket.timeout, BlockingIOError):
        return
    if d:
        fail(f"{what}: extra bytes {d[:60]!r}")


def exchange(s, reqs, what, segs=None, gap=0.0):
    """Send reqs (one segment, or the byte strings in segs), compare the replies."""
    want = b"".join(expect(r) for r in reqs)
    for i, d in enumerate(segs if segs is not None else [b"".join(reqs)]):
        if i and gap:
            time.sleep(gap)
        s.sendall(d)
    got = recv_n(s, len(want))
    if got != want:
        fail(f"{what}: got {len(got)}B {got[:80]!r} want {len(want)}B {want[:80]!r}")


def counters():
    """The server's counters (SIGUSR1 makes it print one JSON line)."""
    n = len(open(SRVOUT).read().splitlines())
    os.kill(PID, signal.SIGUSR1)
    for _ in range(100):
        ls = open(SRVOUT).read().splitlines()
        if len(ls) > n and ls[-1].startswith("{"):
            return json.loads(ls[-1])
        time.sleep(0.02)
    fail("server printed no counters")


def val(i, n=None):
    n = n if n is not None else 1 + (i * 37) % 200
    return bytes(0x21 + (i * 7 + j) % 94 for j in range(n))


def key(i, n=None):
    return (b"k%d-" % i) + b"x" * ((i * 13) % 40 if n is None else n)


# ---------------------------------------------------------------- cases
def case_basic():
    s = conn()
    exchange(s, [get(b"nokey")], "get of a missing key")
    exchange(s, [set_(b"foo", b"bar", 5)], "set")
    exchange(s, [get(b"foo")], "get hit")
    exchange(s, [delete(b"foo")], "delete present")
    exchange(s, [delete(b"foo")], "delete missing")
    exchange(s, [get(b"foo")], "get after delete")
    for bad in [b"bogus\r\n", b"GET foo\r\n", b"get\r\n", b"get \r\n", b"get a b\r\n", b"get foo\n",
                b"gets foo\r\n", b"get " + b"k" * 251 + b"\r\n", b"set x 0 0 1025\r\n", b"set x 0 0\r\n",
                b"delete\r\n", b"set x y 0 1\r\n"]:
        exchange(s, [bad], f"malformed {bad[:20]!r}")
    exchange(s, [set_(b"K" * 250, b"v" * 1024, 4294967295)], "longest key, longest value, largest flags")
    exchange(s, [get(b"K" * 250)], "get of it")
    exchange(s, [get(b"K" * 250)] * 4, "4 pipelined gets of the longest item (4 x 1307 B reply)")
    exchange(s, [set_(b"empty", b"")], "empty value")
    exchange(s, [get(b"empty")], "get empty value")
    exchange(s, [set_(b"bin", bytes(range(256)) * 4)], "binary value")
    exchange(s, [get(b"bin"), get(b"empty")], "get binary + empty pipelined")
    no_extra(s, "basic")
    return "ok"


def case_pipelined():
    s = conn()
    for i in range(40):
        exchange(s, [set_(key(i), val(i), i)], f"seed {i}")
    c0 = counters()
    rnd = random.Random(1)
    for it in range(300):
        n = rnd.choice([1, 2, 3, 4, 4, 5, 8])
        reqs = [get(key(rnd.randrange(60))) for _ in range(n)]  # 2/3 hits
        exchange(s, reqs, f"pipelined {n} gets, iteration {it}")
    for it in range(100):  # gets mixed with sets/deletes/errors in one segment: userspace
        reqs = [get(key(it % 40)), set_(key(it % 40), val(it + 1000), 7), get(key(it % 40)),
                delete(key(50 + it % 10)), b"nope\r\n", get(key(50 + it % 10))]
        exchange(s, reqs, f"mixed segment {it}")
    no_extra(s, "pipelined")
    c1 = counters()
    k = c1["k_gets"] - c0["k_gets"]
    if k < 300:
        fail(f"pipelined: the kernel answered only {k} gets (expected >= 300 of the 1-4 get segments)")
    return f"ok (kernel answered {k} gets)"


def case_split():
    s = conn()
    exchange(s, [set_(b"splitk", b"splitvalue", 3)], "seed")
    for i in range(20):
        r = get(b"splitk")
        cut = 1 + i % (len(r) - 1)
        exchange(s, [r], f"get split at {cut}", segs=[r[:cut], r[cut:]], gap=0.03)
        r = get(b"splitk") + get(key(i))
        exchange(s, [get(b"splitk"), get(key(i))], "2 gets split mid-second", segs=[r[:14], r[14:]], gap=0.03)
    for i in range(10):
        r = set_(b"splitset%d" % i, val(i, 300), i)
        exchange(s, [r], "set split line/data", segs=[r[:20], r[20:200], r[200:]], gap=0.03)
        exchange(s, [get(b"splitset%d" % i)], "get after split set")
    exchange(s, [get(b"splitk")], "get after all splits")
    no_extra(s, "split")
    return "ok"


def case_order():
    """Kernel-answerable gets right behind a request userspace answers, each its own segment."""
    s = conn()
    for i in range(200):
        reqs = [get(key(i % 30)), set_(key(i % 30), val(i, 50 + i % 100), i), get(key(i % 30)),
                delete(key(i % 7 + 30)), get(key(i % 7 + 30)), get(key(i % 30))]
        want = b"".join(expect(r) for r in reqs)
        for r in reqs:
            s.sendall(r)
        got = recv_n(s, len(want))
        if got != want:
            fail(f"order {i}: got {got[:80]!r} want {want[:80]!r}")
    no_extra(s, "order")
    return "ok"


def case_stop():
    """SIGSTOP: gets on an open connection are still answered, with what userspace set before;
    a set sent while stopped, and a get behind it, wait (in order) for SIGCONT."""
    s = conn()
    exchange(s, [set_(b"stopk", b"before", 1)], "set before stop")
    exchange(s, [get(b"stopk")], "warm")
    exchange(s, [delete(b"stopgone")], "delete before stop")
    # userspace counts its last answer (done) just after its write returns; a
    # SIGSTOP in between would (correctly) keep the connection in userspace
    time.sleep(0.02)
    os.kill(PID, signal.SIGSTOP)
    try:
        time.sleep(0.1)
        for i in range(50):
            exchange(s, [get(b"stopk")], f"get while stopped {i}")
            exchange(s, [get(b"stopgone"), get(b"stopk")], f"miss+hit while stopped {i}")
        # a set goes to userspace, which is stopped: nothing may come back, not even the get's reply
        want_set = expect(set_(b"stopk", b"after!", 2))
        want_get = expect(get(b"stopk"))
        s.sendall(set_(b"stopk", b"after!", 2))
        time.sleep(0.05)
        s.sendall(get(b"stopk"))
        s.settimeout(0.3)
        try:
            early = s.recv(4096)
        except socket.timeout:
            early = b""
        if early:
            fail(f"reply while userspace is stopped and owes a STORED: {early!r}")
    finally:
        os.kill(PID, signal.SIGCONT)
    got = recv_n(s, len(want_set) + len(want_get))
    if got != want_set + want_get:
        fail(f"after SIGCONT: got {got!r} want {want_set + want_get!r}")
    exchange(s, [get(b"stopk")], "get after SIGCONT")
    no_extra(s, "stop")
    return "ok (100 get segments answered while stopped)"


def case_userset():
    """Sets through userspace, then gets of them answered in the kernel (counted)."""
    s = conn()
    c0 = counters()
    for i in range(200):
        k = b"us%d" % i
        exchange(s, [set_(k, val(i, 1 + i * 5 % 1024), i * 1000)], f"set {i}")
        # userspace counts the set answered (done) just after its write returns;
        # a get sent the moment STORED arrives can beat that and is then
        # (correctly) answered by userspace: give it a millisecond
        time.sleep(0.001)
        exchange(s, [get(k)], f"get {i} of what userspace set")
        if i % 3 == 0:
            exchange(s, [delete(k)], "delete")
            time.sleep(0.001)
            exchange(s, [get(k)], "get after delete")
    c1 = counters()
    k = c1["k_gets"] - c0["k_gets"]
    if k < 260:
        fail(f"userset: kernel answered {k} of 267 gets")
    return f"ok (kernel answered {k} of 267 gets)"


def case_concurrent():
    """8 connections; each writes its own keys, all read shared keys that one writer keeps
    rewriting between two same-length values (a torn read would mix them)."""
    s = conn()
    A, B = b"A" * 900, b"B" * 900
    exchange(s, [set_(b"shared", A, 1)], "seed shared")
    stop = threading.Event()
    errs = []

    def writer():
        w = conn()
        i = 0
        while not stop.is_set():
            v = A if i % 2 else B
            w.sendall(set_(b"shared", v, 1))
            if recv_n(w, 8) != b"STORED\r\n":
                errs.append("writer: bad STORED")
                return
            i += 1

    ok_shared = {b"VALUE shared 1 900\r\n" + v + b"\r\nEND\r\n" for v in (A, B)}

    def reader(c):
        try:
            r = conn()
            mine = {}
            rnd = random.Random(c)
            for j in range(400):
                k = b"c%d-%d" % (c, rnd.randrange(20))
                op = rnd.randrange(4)
                if op == 0:
                    v = val(j, rnd.randrange(1, 300))
                    r.sendall(set_(k, v, c))
                    if recv_n(r, 8) != b"STORED\r\n":
                        errs.append(f"conn {c}: set"); return
                    mine[k] = v
                elif op == 1:
                    r.sendall(get(k))
                    w = (b"VALUE %s %d %d\r\n%s\r\nEND\r\n" % (k, c, len(mine[k]), mine[k])) if k in mine else b"END\r\n"
                    if recv_n(r, len(w)) != w:
                        errs.append(f"conn {c}: get {k!r}"); return
                else:
                    r.sendall(get(b"shared"))
                    g = recv_n(r, 927)
                    if g not in ok_shared:
                        errs.append(f"conn {c}: shared get torn or wrong: {g[:40]!r}..{g[-20:]!r}"); return
            no_extra(r, f"conn {c}")
        except OSError as e:
            errs.append(f"conn {c}: {e}")

    wt = threading.Thread(target=writer)
    wt.start()
    ts = [threading.Thread(target=reader, args=(c,)) for c in range(8)]
    [t.start() for t in ts]
    [t.join(60) for t in ts]
    stop.set()
    wt.join(5)
    if errs:
        fail("concurrent: " + errs[0])
    return "ok"


def case_early():
    """Data sent right after connect (before the server's accept and join); then the
    server must not spin on a socket that poll calls readable and read finds empty."""
    keep = []
    for i in range(10):
        s = socket.socket()
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.settimeout(3)
        s.connect((HOST, PORT))
        exchange(s, [get(b"foo-early"), get(b"empty")] if i % 2 else [get(b"empty")], f"early data {i}")
        exchange(s, [get(b"empty")], f"after early data {i}")
        keep.append(s)
    # Certainly before the join: the server is stopped while the connections are
    # made (the kernel completes the handshakes) and the gets are sent.
    os.kill(PID, signal.SIGSTOP)
    try:
        late = []
        for i in range(10):
            s = socket.socket()
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.settimeout(3)
            s.connect((HOST, PORT))
            s.sendall(get(b"empty") if i % 3 else get(b"foo-early"))
            late.append((s, expect(get(b"empty") if i % 3 else get(b"foo-early"))))
        time.sleep(0.05)
    finally:
        os.kill(PID, signal.SIGCONT)
    for i, (s, want) in enumerate(late):
        got = recv_n(s, len(want))
        if got != want:
            fail(f"data sent before accept {i}: got {got!r} want {want!r}")
        exchange(s, [get(b"empty")], f"after data sent before accept {i}")
        keep.append(s)
    c0 = counters()
    time.sleep(0.3)
    c1 = counters()
    spin = c1["eagain"] - c0["eagain"]
    if spin > 5:
        fail(f"early: {spin} EAGAIN reads in 0.3 s on idle connections (phantom readable bytes)")
    for s in keep:
        s.close()
    return f"ok ({spin} EAGAIN reads while idle)"


def case_closes():
    """Connections closed mid-request (half by RST); then a fresh one must work."""
    for i in range(20):
        s = conn()
        s.sendall(b"get hal")
        if i % 2:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()
    time.sleep(0.2)
    s = conn()
    exchange(s, [get(b"empty"), set_(b"alive", b"1")], "after closes")
    exchange(s, [get(b"alive")], "after closes, kernel")
    return "ok"


CASES = ["basic", "pipelined", "split", "order", "userset", "stop", "concurrent", "early", "closes"]

if __name__ == "__main__":
    for c in (sys.argv[5:] or CASES):
        t0 = time.monotonic()
        r = globals()["case_" + c]()
        print(f"{c:12} {r}  ({time.monotonic() - t0:.1f} s)", flush=True)
    print("ALL OK")
