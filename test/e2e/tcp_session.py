#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Scripted TCP sessions against a memcached-text-protocol server, every reply
compared with the one memcache_model.py computes (not the server).

    tcp_session.py HOST PORT --mode one        [--requests N]
    tcp_session.py HOST PORT --mode pipeline   [--requests N] [--per-send K]
    tcp_session.py HOST PORT --mode split      [--requests N] [--pause-ms MS]
    tcp_session.py HOST PORT --mode concurrent [--requests N] [--connections C]
    tcp_session.py HOST PORT --mode overlong

one: each request in its own send (TCP_NODELAY), its replies read before the
next. pipeline: K requests per send, then their replies. split: each request
cut at a random byte into two sends MS ms apart. concurrent: C connections at
once, each doing `one` with keys of its own. overlong: a few requests, then a
line longer than the server's limit: the earlier replies, then the server
closes. --script FILE: the requests are FILE's lines, each a Python bytes
literal (b'get k\\r\\n'), instead of a generated script (--seed).

Keys start with --prefix (default: the mode and seed), so a session expects
them absent at its start. Exit 0 when every reply matched; 1 with a diff
of the first mismatch otherwise.
"""

import argparse
import ast
import difflib
import random
import socket
import sys
import threading
import time

from memcache_model import Connection, Store

RECV_TIMEOUT = 5.0
SILENCE = 0.3


class Mismatch(Exception):
    pass


def gen_script(rng, n, prefix, max_value):
    """n requests over a small key space (hits and misses both), with some
    malformed ones; values are arbitrary bytes, \\r\\n included."""
    # Fewer keys for short scripts, so that their gets also hit.
    names = [prefix + b"k%d" % i for i in range(max(3, min(12, n // 8)))]
    names.append(prefix + b"L" * (250 - len(prefix) - 1))  # 250 bytes
    names.append(prefix + b"\xc3\xa9t\xc3\xa9")  # bytes >= 0x80 are allowed
    bad = [
        b"GET " + names[0] + b"\r\n", b"get\r\n", b"get a b\r\n", b"\r\n",
        b"flush_all\r\n", b"get " + b"x" * 251 + b"\r\n", b"delete\r\n",
        b"get " + prefix + b"a\tb\r\n", b"set " + names[1] + b" 0 0 1025\r\n",
        b"set " + names[1] + b" x 0 1\r\nA\r\n", b"set " + names[1] + b" 0 0 -1\r\n",
        b"set " + names[2] + b" 0 0 2 noreply\r\nhi\r\n",
        b"set " + names[2] + b" 4294967296 0 1\r\nz\r\n",
        b"set " + names[3] + b" 0 0 3\r\nabcd\r\n",  # block not ended by \r\n
    ]
    script = []
    for _ in range(n):
        r = rng.random()
        key = rng.choice(names)
        if r < 0.40:
            sep = b"  " if rng.random() < 0.05 else b" "
            script.append(b"get" + sep + key + b"\r\n")
        elif r < 0.75:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, max_value)))
            if rng.random() < 0.2:
                data = data[:len(data) // 2] + b"\r\n" + data[len(data) // 2:]
                data = data[:max_value]
            flags = rng.choice([0, 1, 42, 2**32 - 1, rng.randrange(2**32)])
            exptime = rng.choice([0, 60, -1, 2**31 - 1, -2**31])
            script.append(b"set %s %d %d %d\r\n%s\r\n" % (key, flags, exptime, len(data), data))
        elif r < 0.90:
            script.append(b"delete " + key + b"\r\n")
        else:
            script.append(rng.choice(bad))
    return script


def connect(host, port):
    s = socket.create_connection((host, port), timeout=RECV_TIMEOUT)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_exact(sock, n):
    """n bytes, or fewer if the server stops sending (timeout or EOF)."""
    got = b""
    sock.settimeout(RECV_TIMEOUT)
    while len(got) < n:
        try:
            chunk = sock.recv(n - len(got))
        except socket.timeout:
            break
        if not chunk:
            break
        got += chunk
    return got


def drain(sock):
    sock.settimeout(SILENCE)
    more = b""
    try:
        while chunk := sock.recv(65536):
            more += chunk
    except OSError:
        pass
    return more


def lines(b):
    return [repr(x) for x in b.split(b"\n")]


def report(what, index, request, want, got, sent_so_far):
    diff = "\n".join(difflib.unified_diff(lines(want), lines(got), "expected (model)",
                                          "server", lineterm=""))
    return (f"{what}: replies differ after request #{index} "
            f"({sent_so_far} requests sent)\n  request: {request!r}\n"
            f"  want: {want!r}\n  got:  {got!r}\n{diff}")


class Session:
    """One connection: sends pieces, checks the replies they make due."""

    def __init__(self, name, host, port, store):
        self.name = name
        self.sock = connect(host, port)
        self.model = Connection(store)
        self.sent = 0
        self.reply_bytes = 0

    def send_and_check(self, pieces, label_index, label_request, pause=0.0):
        want = b""
        for i, piece in enumerate(pieces):
            if i and pause:
                time.sleep(pause)
            self.sock.sendall(piece)
            want += self.model.feed(piece)
        got = recv_exact(self.sock, len(want))
        if got != want:
            got += drain(self.sock)  # show all of what the server sent
            raise Mismatch(report(self.name, label_index, label_request, want, got, self.sent))
        self.reply_bytes += len(got)

    def finish(self):
        """Nothing more may arrive; the connection must still be open
        unless the model closed it."""
        self.sock.settimeout(SILENCE)
        try:
            extra = self.sock.recv(65536)
        except socket.timeout:
            extra = None
        if self.model.closed:
            if extra != b"":
                raise Mismatch(f"{self.name}: the server should have closed the "
                               f"connection, got {extra!r}")
        elif extra is not None:
            raise Mismatch(f"{self.name}: unexpected bytes after the last reply "
                           f"(or EOF): {extra!r}")
        self.sock.close()


def run_one(s, script):
    for i, req in enumerate(script):
        s.sent += 1
        s.send_and_check([req], i, req)


def run_pipeline(s, script, k):
    for i in range(0, len(script), k):
        group = script[i:i + k]
        s.sent += len(group)
        s.send_and_check([b"".join(group)], i, b"".join(group))


def run_split(s, script, rng, pause):
    for i, req in enumerate(script):
        cut = rng.randint(1, len(req) - 1) if len(req) > 1 else 1
        s.sent += 1
        s.send_and_check([req[:cut], req[cut:]], i, req, pause)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("host")
    ap.add_argument("port", type=int)
    ap.add_argument("--mode", required=True,
                    choices=["one", "pipeline", "split", "concurrent", "overlong"])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--per-send", type=int, default=3)
    ap.add_argument("--pause-ms", type=float, default=50)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--max-value", type=int, default=1024)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--prefix")
    ap.add_argument("--script", help="file of requests, one bytes literal a line")
    ap.add_argument("--require-all-kinds", action="store_true",
                    help="fail unless hits, misses, STORED, DELETED, NOT_FOUND and "
                         "ERROR all occurred")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    prefix = (a.prefix if a.prefix is not None else f"{a.mode}{a.seed}-").encode()
    store = Store()
    if a.script:
        with open(a.script) as f:
            script = [ast.literal_eval(line) for line in f if line.strip()]
    else:
        script = gen_script(rng, a.requests, prefix, a.max_value)

    kinds = {}
    sessions = []
    try:
        if a.mode == "concurrent":
            errors = []

            def worker(n):
                try:
                    # Keys of its own: the connections' orders do not matter.
                    s = Session(f"concurrent[{n}]", a.host, a.port, Store())
                    sessions.append(s)
                    run_one(s, gen_script(random.Random(a.seed * 1000 + n), a.requests,
                                          prefix + b"c%d-" % n, a.max_value))
                    s.finish()
                except (Mismatch, OSError) as e:
                    errors.append(str(e))

            threads = [threading.Thread(target=worker, args=(n,))
                       for n in range(a.connections)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if errors:
                raise Mismatch("\n".join(errors))
        else:
            s = Session(a.mode, a.host, a.port, store)
            sessions.append(s)
            if a.mode == "one":
                run_one(s, script)
            elif a.mode == "pipeline":
                run_pipeline(s, script, a.per_send)
            elif a.mode == "split":
                run_split(s, script, rng, a.pause_ms / 1000)
            elif a.mode == "overlong":
                run_one(s, script[:10])
                s.sent += 1
                s.send_and_check([b"get " + b"y" * 2100], 10, b"get yyy... (2104 bytes)")
                if not s.model.closed:
                    raise Mismatch("overlong: the model did not close (test bug)")
            s.finish()
    except Mismatch as e:
        print(f"FAIL: tcp_session: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"FAIL: tcp_session: {a.mode}: {e}", file=sys.stderr)
        return 1

    for s in sessions:
        for k, v in s.model.kinds.items():
            kinds[k] = kinds.get(k, 0) + v
    sent = sum(s.sent for s in sessions)
    nbytes = sum(s.reply_bytes for s in sessions)
    summary = " ".join(f"{k}={kinds[k]}" for k in sorted(kinds))
    missing = {"hit", "miss", "stored", "deleted", "not_found", "error"} - set(kinds)
    if a.require_all_kinds and missing:
        print(f"FAIL: tcp_session: {a.mode}: the script never produced "
              f"{', '.join(sorted(missing))} ({summary})", file=sys.stderr)
        return 1
    print(f"tcp_session: {a.mode}: {sent} requests on {len(sessions)} connection(s), "
          f"{nbytes} reply bytes identical to the model ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
