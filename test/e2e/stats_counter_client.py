# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-stats-counter.sh.

usage: stats_counter_client.py <addr> <port> <expected-dump>

Exercises incr/get/dump/malformed requests and a full table, checking each
reply byte for byte against what the protocol in
examples/stats-counter/README.md prescribes, computed here from a Python
model of the table (names in the order they took their entries), not by the
server's code. Writes the dump file the server's last `dump` must have
written, for the caller to compare.
"""

import sys

from e2e_common import check_eq, done, udp_request, udp_socket

NCOUNTERS = 64
NAME_MAX = 15

OK = b"OK\r\n"
FULL = b"FULL\r\n"
ERROR = b"ERROR\r\n"


def value_reply(v):
    return str(v).encode() + b"\r\n"


class Session:
    def __init__(self, addr, port):
        self.server = (addr, port)
        self.sock = udp_socket()
        self.model = {}  # name -> value; dict order = table order

    def req(self, payload, want, what):
        got = udp_request(self.sock, self.server, payload, what)
        check_eq(what, got, want)

    def incr(self, name):
        if name not in self.model and len(self.model) == NCOUNTERS:
            self.req(b"incr " + name + b"\r\n", FULL, f"incr {name!r} (full)")
            return
        self.model[name] = self.model.get(name, 0) + 1
        self.req(b"incr " + name + b"\r\n", value_reply(self.model[name]),
                 f"incr {name!r}")

    def get(self, name):
        self.req(b"get " + name + b"\r\n", value_reply(self.model.get(name, 0)),
                 f"get {name!r}")

    def dump(self):
        self.req(b"dump\r\n", OK, "dump")

    def dump_text(self):
        return b"".join(n + b" " + str(v).encode() + b"\n"
                        for n, v in self.model.items())


def main():
    if len(sys.argv) != 4:
        sys.exit(f"usage: {sys.argv[0]} <addr> <port> <expected-dump>")
    s = Session(sys.argv[1], int(sys.argv[2]))

    # Unknown names read 0 and take no entry.
    s.get(b"requests")
    s.get(b"x")
    s.dump()  # an empty table dumps to an empty file

    # First increments, repeats, and reads back.
    s.incr(b"requests")
    s.incr(b"requests")
    s.incr(b"errors")
    for _ in range(1000):
        s.incr(b"requests")
    s.get(b"requests")
    s.get(b"errors")
    longest = b"n" * NAME_MAX
    s.incr(longest)
    s.get(longest)
    s.incr(b"~!#$%&'()*+,-./")
    s.get(b"~!#$%&'()*+,-./")
    # Prefixes and extensions of a name are other names.
    s.get(b"request")
    s.get(b"requestss")
    s.incr(b"request")
    s.get(b"request")
    s.get(b"requests")

    # Malformed requests: ERROR, and nothing changes.
    malformed = [
        b"",
        b"incr",
        b"incr ",
        b"incr \r\n",
        b"INCR requests\r\n",
        b"incr requests\n",
        b"incr requests",
        b"incr requests\r",
        b"incr  requests\r\n",
        b"incr requests \r\n",
        b"incr requests\r\nincr requests\r\n",
        b"incr requests\r\n\x00",
        b"incr " + b"n" * (NAME_MAX + 1) + b"\r\n",
        b"get " + b"n" * (NAME_MAX + 1) + b"\r\n",
        b"incr re\x01q\r\n",
        b"incr re\xffq\r\n",
        b"get\r\n",
        b"get requests",
        b"gets requests\r\n",
        b"dump",
        b"dump\n",
        b"dump \r\n",
        b"dump\r\n\r\n",
        b"DUMP\r\n",
        b"frobnicate\r\n",
        b"\xff" * 400,
    ]
    for m in malformed:
        s.req(m, ERROR, f"malformed {m[:40]!r}")
    s.get(b"requests")
    s.get(b"n" * NAME_MAX)

    # Fill the table: names up to 64 in all, then a new name is FULL (and
    # still reads 0), while existing names keep counting.
    i = 0
    while len(s.model) < NCOUNTERS:
        s.incr(b"c%d" % i)
        i += 1
    s.incr(b"one-too-many")
    s.get(b"one-too-many")
    s.incr(b"requests")
    s.incr(b"c0")
    s.incr(b"c0")
    for name in list(s.model):
        s.get(name)

    s.dump()
    with open(sys.argv[3], "wb") as f:
        f.write(s.dump_text())
    done("stats-counter")


if __name__ == "__main__":
    main()
