# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-tcp-echo.sh.

usage: tcp_echo_client.py <server-addr> <port>

Two concurrent connections: interleaved small messages (the reply on the
second connection must come while the first is idle), then 256 KiB each in
both directions at once, then a half-close that the server answers with EOF
after echoing everything. Then a connection reset in mid-transfer, and a
bounded series of short connections; every echo is compared byte for byte.
"""

import random
import selectors
import socket
import sys
import threading
import time

from e2e_common import check, check_eq, done, fail

TIMEOUT = 5.0


def connect(server, rcvbuf=None):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf:  # a fixed, small receive buffer (no autotuning)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.settimeout(TIMEOUT)
    s.connect(server)
    return s


def recv_exact(sock, n, what):
    buf = b""
    while len(buf) < n:
        try:
            chunk = sock.recv(n - len(buf))
        except socket.timeout:
            fail(f"{what}: timed out after {len(buf)} of {n} bytes")
        if not chunk:
            fail(f"{what}: EOF after {len(buf)} of {n} bytes")
        buf += chunk
    return buf


def expect_eof(sock, what):
    try:
        check_eq(f"{what}: EOF", sock.recv(1), b"")
    except socket.timeout:
        fail(f"{what}: no EOF within {TIMEOUT} s")


def bulk(conns, payloads, read_delay=0.0):
    """Send each payload on its connection (one thread each) and half-close,
    while reading every connection to EOF (starting after read_delay
    seconds); return what each received."""
    def sender(sock, data):
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)

    threads = [threading.Thread(target=sender, args=(c, p), daemon=True)
               for c, p in zip(conns, payloads)]
    for t in threads:
        t.start()
    time.sleep(read_delay)
    received = {c: bytearray() for c in conns}
    open_conns = set(conns)
    sel = selectors.DefaultSelector()
    for c in conns:
        sel.register(c, selectors.EVENT_READ)
    deadline = time.monotonic() + 10.0
    while open_conns:
        left = deadline - time.monotonic()
        if left <= 0:
            fail("bulk transfer: not finished within 10 s: received " +
                 ", ".join(str(len(received[c])) for c in conns))
        for key, _ in sel.select(timeout=left):
            chunk = key.fileobj.recv(65536)
            if chunk:
                received[key.fileobj] += chunk
            else:
                sel.unregister(key.fileobj)
                open_conns.discard(key.fileobj)
    for t in threads:
        t.join(timeout=TIMEOUT)
        check(not t.is_alive(), "sender thread finished")
    return [bytes(received[c]) for c in conns]


def main():
    server = (sys.argv[1], int(sys.argv[2]))
    rng = random.Random(1234)

    a, b = connect(server), connect(server)
    a.sendall(b"hello from A")
    b.sendall(b"hello from B, a little longer")
    check_eq("B echoed while A's echo is unread",
             recv_exact(b, 29, "B"), b"hello from B, a little longer")
    check_eq("A echoed", recv_exact(a, 12, "A"), b"hello from A")
    for i in range(20):  # ping-pong, alternating connections
        msg = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 1500)))
        conn = (a, b)[i % 2]
        conn.sendall(msg)
        check_eq(f"ping-pong #{i}", recv_exact(conn, len(msg), f"#{i}"), msg)

    size = 256 * 1024
    pa = rng.randbytes(size)
    pb = rng.randbytes(size)
    ra, rb = bulk([a, b], [pa, pb])
    check_eq("A: 256 KiB echoed (length)", len(ra), size)
    check_eq("B: 256 KiB echoed (length)", len(rb), size)
    check(ra == pa, "A: 256 KiB echoed byte for byte")
    check(rb == pb, "B: 256 KiB echoed byte for byte")
    a.close()
    b.close()

    # A reader that lags: the server's writes fill the socket buffers, so it
    # must wait for EPOLLOUT and stop reading meanwhile (back-pressure).
    e = connect(server, rcvbuf=16 * 1024)
    pe = rng.randbytes(8 * 1024 * 1024)
    (re,) = bulk([e], [pe], read_delay=0.3)
    check_eq("slow reader: 8 MiB echoed (length)", len(re), len(pe))
    check(re == pe, "slow reader: 8 MiB echoed byte for byte")
    e.close()

    # A client that vanishes with data in flight (close with unread data
    # sends RST) must not take the server down.
    c = connect(server)
    c.sendall(bytes(64 * 1024))
    c.close()

    for i in range(20):
        d = connect(server)
        msg = b"connection %d still gets its echo" % i
        d.sendall(msg)
        check_eq(f"short connection #{i}", recv_exact(d, len(msg), f"#{i}"), msg)
        d.shutdown(socket.SHUT_WR)
        expect_eof(d, f"short connection #{i}")
        d.close()
    done("tcp-echo")


if __name__ == "__main__":
    main()
