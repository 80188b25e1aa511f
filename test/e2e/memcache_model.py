# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A model of the memcached text-protocol subset that examples/memcached-text
speaks (its README.md), written from the protocol's rules and not from the
server's code: the clients compute every expected reply with it.

    get <key>\\r\\n                       VALUE <key> <flags> <bytes>\\r\\n<data>\\r\\nEND\\r\\n | END\\r\\n
    set <key> <flags> <exptime> <bytes>\\r\\n<data>\\r\\n      STORED\\r\\n
    delete <key>\\r\\n                    DELETED\\r\\n | NOT_FOUND\\r\\n
    anything else                       ERROR\\r\\n

Words are separated by one or more spaces. A key is 1-250 bytes with no
space or control byte (0x00-0x20, 0x7f). flags: digits, < 2**32; exptime:
digits with an optional '-', a 32-bit signed value (ignored); bytes: digits,
<= 1024. A set whose line is wrong is answered ERROR and its data block, if
any, is read as the next command. A data block not followed by \\r\\n: ERROR,
nothing stored, the line and bytes+2 bytes consumed. A line with no \\r\\n in
its first 2050 bytes closes the connection.

The model is fed the connection's byte stream in any pieces and returns the
replies that the bytes so far make due.
"""

import re

KEY = re.compile(rb"[^\x00-\x20\x7f]{1,250}")
UNSIGNED = re.compile(rb"[0-9]+")
SIGNED = re.compile(rb"-?[0-9]+")
MAX_DATA = 1024
MAX_LINE = 2048  # bytes before the \r\n

CLOSE = "close"  # the server closes the connection


class Store:
    """The cache's contents: key -> (flags, data). One per server."""

    def __init__(self):
        self.items = {}


class Connection:
    """One connection's parser over a (possibly shared) Store."""

    def __init__(self, store):
        self.store = store
        self.pending = b""
        self.closed = False
        self.kinds = {}  # reply kind -> count, to see what a session exercised

    def _count(self, kind):
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def feed(self, data):
        """The reply bytes the server owes after `data` arrives; sets
        self.closed when the server must close the connection."""
        self.pending += data
        out = []
        while not self.closed:
            step = self._one()
            if step is None:
                break
            reply, used = step
            if reply is CLOSE:
                self.closed = True
                break
            out.append(reply)
            self.pending = self.pending[used:]
        return b"".join(out)

    def _one(self):
        buf = self.pending
        end = buf.find(b"\r\n", 0, MAX_LINE + 2)
        if end < 0:
            return (CLOSE, 0) if len(buf) >= MAX_LINE + 2 else None
        words = [w for w in buf[:end].split(b" ") if w]
        after = end + 2
        items = self.store.items
        if len(words) == 2 and words[0] == b"get" and KEY.fullmatch(words[1]):
            key = words[1]
            if key in items:
                flags, data = items[key]
                self._count("hit")
                return (b"VALUE %s %d %d\r\n%s\r\nEND\r\n" % (key, flags, len(data), data),
                        after)
            self._count("miss")
            return b"END\r\n", after
        if len(words) == 2 and words[0] == b"delete" and KEY.fullmatch(words[1]):
            if items.pop(words[1], None) is not None:
                self._count("deleted")
                return b"DELETED\r\n", after
            self._count("not_found")
            return b"NOT_FOUND\r\n", after
        if len(words) == 5 and words[0] == b"set":
            key, flags, exptime, nbytes = words[1:]
            ok = (KEY.fullmatch(key) and UNSIGNED.fullmatch(flags)
                  and int(flags) < 2**32 and SIGNED.fullmatch(exptime)
                  and -2**31 <= int(exptime) < 2**31
                  and UNSIGNED.fullmatch(nbytes) and int(nbytes) <= MAX_DATA)
            if ok:
                n = int(nbytes)
                if len(buf) < after + n + 2:
                    return None  # the data block has not all arrived
                if buf[after + n:after + n + 2] != b"\r\n":
                    self._count("error")
                    return b"ERROR\r\n", after + n + 2
                items[key] = (int(flags), buf[after:after + n])
                self._count("stored")
                return b"STORED\r\n", after + n + 2
        self._count("error")
        return b"ERROR\r\n", after
