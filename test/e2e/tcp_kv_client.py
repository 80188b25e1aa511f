#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Scripted sessions against test/e2e/tcp-kv.c, each reply checked against
a model of the protocol kept here (not the server's).

usage: tcp_kv_client.py <addr> <port> <session> <out> [<server pid>]
  session  main     sets, gets (hits and misses), errors, stats lines,
                    one request a segment, each answered before the next
           stopped  gets and a set while the server (its pid) is stopped
                    with SIGSTOP: the gets must be answered, the set
                    (journal: userspace) not until SIGCONT; one connection,
                    opened before
           early    a get sent before the (stopped) server accepts the
                    connection, then more; the idle server must not spin,
                    a new connection's set must be answered
Writes every reply's repr, one a line, to <out> (stats lines omitted:
their rusage differs run to run); exits 1 on the first wrong reply.
"""
import os
import signal
import socket
import sys
import time


class Model:
    def __init__(self):
        self.values = {}
        self.hits = 0
        self.sets = 0

    def reply(self, req):
        if len(req) == 7 and req.startswith(b"get ") and req.endswith(b"\r\n"):
            k = req[4:5]
            if k in self.values:
                self.hits += 1
                v = self.values[k]
                return b"VALUE %s %d\r\n%s\r\nEND\r\n" % (k, len(v), v)
            return b"END\r\n"
        if (len(req) >= 9 and req.startswith(b"set ") and req[5:6] == b" "
                and req.endswith(b"\r\n") and len(req) - 8 <= 64):
            self.values[req[4:5]] = req[6:-2]
            self.sets += 1
            return b"STORED\r\n"
        if req == b"stats\r\n":
            return None  # checked by prefix: rusage varies
        return b"ERROR\r\n"


def recv_reply(s, want, timeout):
    """Bytes until `want`'s length (or a stats reply's END) or timeout."""
    s.settimeout(timeout)
    got = b""
    deadline = time.monotonic() + timeout
    while True:
        if want is not None and len(got) >= len(want):
            return got
        if want is None and got.endswith(b"END\r\n"):
            return got
        left = deadline - time.monotonic()
        if left <= 0:
            return got
        s.settimeout(left)
        try:
            chunk = s.recv(4096)
        except socket.timeout:
            return got
        if not chunk:
            return got
        got += chunk


def check(model, s, req, out, timeout=2.0):
    want = model.reply(req)
    s.sendall(req)
    got = recv_reply(s, want, timeout)
    if want is None:
        stats = b"STAT hits %d\r\nSTAT sets %d\r\n" % (model.hits, model.sets)
        if not got.startswith(stats) or not got.endswith(b"END\r\n"):
            sys.exit(f"FAIL: {req!r}: got {got!r}, want {stats!r}...END")
        return
    if got != want:
        sys.exit(f"FAIL: {req!r}: got {got!r}, want {want!r}")
    out.write(repr(got) + "\n")


def connect(addr, port):
    s = socket.create_connection((addr, port), timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def main():
    addr, port, session, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    model = Model()
    with open(path, "w") as out:
        s = connect(addr, port)
        if session == "main":
            keys = b"abcdefgh"
            for i, k in enumerate(keys):
                check(model, s, b"get %c\r\n" % k, out)  # misses
                check(model, s, b"set %c value-%d\r\n" % (k, i * 7), out)
            for r in range(20):
                for k in keys:
                    check(model, s, b"get %c\r\n" % k, out)
                check(model, s, b"get z\r\n", out)
                check(model, s, b"bogus %d\r\n" % r, out)
                if r % 5 == 0:
                    check(model, s, b"stats\r\n", out)
                    check(model, s, b"set %c v%d\r\n" % (keys[r % 8], r), out)
            # A second connection sees the same table.
            t = connect(addr, port)
            for k in keys:
                check(model, t, b"get %c\r\n" % k, out)
            t.close()
            check(model, s, b"stats\r\n", out)
        elif session == "stopped":
            # Warm up: a set (userspace) and a get.
            check(model, s, b"set q before\r\n", out)
            check(model, s, b"get q\r\n", out)
            pid = int(sys.argv[5])
            time.sleep(0.2)  # back in its wait, the request over
            os.kill(pid, signal.SIGSTOP)
            try:
                stopped(model, s, out)
            finally:
                os.kill(pid, signal.SIGCONT)
            got = recv_reply(s, b"STORED\r\n", 3.0)
            if got != b"STORED\r\n":
                sys.exit(f"FAIL: the held set got {got!r}")
            model.values[b"q"] = b"after"
            model.sets += 1
            check(model, s, b"get q\r\n", out)
        elif session == "early":
            early(model, addr, port, out, int(sys.argv[5]))
        else:
            sys.exit(f"unknown session {session}")
        s.close()


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def early(model, addr, port, out, pid):
    """A request sent before the server accepts the connection (it is
    stopped): answered once it runs, later ones too; afterwards the server
    neither spins (phantom readable bytes) nor blocks in a read (a new
    connection's set, userspace's, is answered)."""
    w = connect(addr, port)
    check(model, w, b"set q early\r\n", out)  # the value the model knows
    w.close()
    time.sleep(0.2)
    os.kill(pid, signal.SIGSTOP)
    try:
        e = connect(addr, port)
        want = model.reply(b"get q\r\n")
        e.sendall(b"get q\r\n")
        time.sleep(0.2)
    finally:
        os.kill(pid, signal.SIGCONT)
    got = recv_reply(e, want, 3.0)
    if got != want:
        sys.exit(f"FAIL: the early request got {got!r}, want {want!r}")
    out.write(repr(got) + "\n")
    for _ in range(20):
        check(model, e, b"get q\r\n", out)
    time.sleep(0.3)
    before = cpu_ticks(pid)
    time.sleep(1.0)
    spent = cpu_ticks(pid) - before
    if spent > 20:
        sys.exit(f"FAIL: the idle server used {spent} ticks in 1 s (spinning)")
    t = connect(addr, port)
    check(model, t, b"set r late\r\n", out)
    check(model, t, b"get r\r\n", out)
    check(model, e, b"get r\r\n", out)
    t.close()
    e.close()


def stopped(model, s, out):
    for _ in range(5):
        check(model, s, b"get q\r\n", out, timeout=3)
    # A set needs userspace (its journal): no reply while stopped.
    s.sendall(b"set q after\r\n")
    got = recv_reply(s, b"STORED\r\n", 1.0)
    if got:
        sys.exit(f"FAIL: a set was answered while the server was stopped: {got!r}")


if __name__ == "__main__":
    main()
