#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""chained_kv_client.py ADDR PORT PRELOAD: the protocol test of
examples/chained-kv, whose table was preloaded from the PRELOAD file this
script wrote (`chained_kv_client.py preload FILE`). Every reply is checked
byte for byte against the protocol in examples/chained-kv/README.md (the
expected bytes are built here from the header layout, not by the server)."""

import socket
import struct
import sys

MAGIC = 0xC7
GET, SET, DEL = 1, 2, 3
OK, NOT_FOUND, BAD, NO_MEMORY = 0, 1, 2, 3
# Keys of the preload file: enough to chain in the test's 4 buckets.
PRELOAD = [(b"key%02d" % i, b"value of key %d" % i) for i in range(40)]


def hdr(op, status, klen, vlen, ident, ver=0):
    return struct.pack("!BBBBHHI", MAGIC, op, status, klen, vlen, 0, ver)[
        :6] + struct.pack("<H", ident) + struct.pack("!I", ver)


def req(op, key, val=b"", ident=7, status=0, klen=None, vlen=None):
    return hdr(op, status, len(key) if klen is None else klen,
               len(val) if vlen is None else vlen, ident) + key + val


def main():
    if sys.argv[1] == "preload":
        with open(sys.argv[2], "wb") as f:
            f.write(b"# chained-kv preload\n\n")
            for k, v in PRELOAD:
                f.write(k + b" " + v + b"\n")
            f.write(b"novalue\n")  # warned about and skipped
        return
    addr = (sys.argv[1], int(sys.argv[2]))
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1)
    failures = []

    def check(name, request, want):
        s.sendto(request, addr)
        try:
            got = s.recvfrom(4096)[0]
        except socket.timeout:
            got = None
        if got != want:
            failures.append("%s: got %r, want %r" % (name, got, want))

    # Every preloaded key, version 1, from its chain.
    for i, (k, v) in enumerate(PRELOAD):
        check("get " + k.decode(), req(GET, k, ident=i),
              hdr(GET, OK, len(k), len(v), i, 1) + k + v)
    check("get missing", req(GET, b"nokey"), hdr(GET, NOT_FOUND, 5, 0, 7))
    check("get novalue", req(GET, b"novalue"), hdr(GET, NOT_FOUND, 7, 0, 7))
    # SET of an existing key: in place, version 2, 3.
    check("set key05", req(SET, b"key05", b"new"), hdr(SET, OK, 5, 0, 7, 2)
          + b"key05")
    check("get key05", req(GET, b"key05"), hdr(GET, OK, 5, 3, 7, 2)
          + b"key05new")
    check("set key05 again", req(SET, b"key05", b""),
          hdr(SET, OK, 5, 0, 7, 3) + b"key05")
    check("get key05 empty", req(GET, b"key05"), hdr(GET, OK, 5, 0, 7, 3)
          + b"key05")
    # A new key: a new node, version 1; values up to 100 bytes.
    big = bytes(range(100))
    check("set fresh", req(SET, b"fresh", big), hdr(SET, OK, 5, 0, 7, 1)
          + b"fresh")
    check("get fresh", req(GET, b"fresh"), hdr(GET, OK, 5, 100, 7, 1)
          + b"fresh" + big)
    k24 = b"K" * 24
    check("set 24-byte key", req(SET, k24, b"x"), hdr(SET, OK, 24, 0, 7, 1)
          + k24)
    check("get 24-byte key", req(GET, k24), hdr(GET, OK, 24, 1, 7, 1)
          + k24 + b"x")
    # DEL: from the middle of a chain, then gone.
    check("del key17", req(DEL, b"key17"), hdr(DEL, OK, 5, 0, 7) + b"key17")
    check("del key17 again", req(DEL, b"key17"),
          hdr(DEL, NOT_FOUND, 5, 0, 7) + b"key17")
    check("get key17", req(GET, b"key17"), hdr(GET, NOT_FOUND, 5, 0, 7))
    check("get key16", req(GET, b"key16"), hdr(GET, OK, 5, 15, 7, 1)
          + b"key16" + PRELOAD[16][1])
    check("get key18", req(GET, b"key18"), hdr(GET, OK, 5, 15, 7, 1)
          + b"key18" + PRELOAD[18][1])
    # Malformed: BAD, the header only (op, klen and id echoed).
    check("klen 0", req(GET, b""), hdr(GET, BAD, 0, 0, 7))
    check("key 25 bytes", req(GET, b"K" * 25), hdr(GET, BAD, 25, 0, 7))
    check("value 101 bytes", req(SET, b"k", bytes(101)), hdr(SET, BAD, 1, 0, 7))
    check("get with a value", req(GET, b"key01", b"v"), hdr(GET, BAD, 5, 0, 7))
    check("del with a value", req(DEL, b"key01", b"v"), hdr(DEL, BAD, 5, 0, 7))
    check("status set", req(GET, b"key01", status=1), hdr(GET, BAD, 5, 0, 7))
    check("klen past the end", req(GET, b"key01", klen=6),
          hdr(GET, BAD, 6, 0, 7))
    check("vlen past the end", req(SET, b"key01", b"abc", vlen=4),
          hdr(SET, BAD, 5, 0, 7))
    check("bytes after", req(GET, b"key01") + b"x", hdr(GET, BAD, 5, 0, 7))
    check("unknown op", req(9, b"key01"), hdr(9, BAD, 5, 0, 7))
    check("op 0", req(0, b"key01"), hdr(0, BAD, 5, 0, 7))
    check("cut at 137", req(SET, b"k" * 24, bytes(100)) + b"zz",
          hdr(SET, BAD, 24, 0, 7))
    # Dropped: no reply at all.
    for name, p in [("empty", b""), ("11 bytes", req(GET, b"key01")[:11]),
                    ("magic", b"\xc6" + req(GET, b"key01")[1:])]:
        check(name, p, None)
    # Still serving after all that.
    check("get key01", req(GET, b"key01", ident=0xBEEF),
          hdr(GET, OK, 5, len(PRELOAD[1][1]), 0xBEEF, 1) + b"key01" +
          PRELOAD[1][1])
    if failures:
        sys.exit("FAIL:\n" + "\n".join(failures))
    print("chained-kv: every reply as expected")


if __name__ == "__main__":
    main()
