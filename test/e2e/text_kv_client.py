#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""text_kv_client.py ADDR PORT CLIENT_ADDR CLIENT_PORT LINES: the protocol
test of examples/text-kv. Sends a fixed session from CLIENT_ADDR:CLIENT_PORT
(this namespace's address), each request
waiting for its reply, and checks every reply byte for byte against the
protocol in examples/text-kv/README.md; writes the log lines the server
must have printed for it (one per request) to LINES."""

import socket
import sys

addr = (sys.argv[1], int(sys.argv[2]))
me = "%s:%s" % (sys.argv[3], sys.argv[4])  # as the server logs its peer
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[3], int(sys.argv[4])))
s.settimeout(2)
lines = []
failures = []


def check(req, want, logged):
    s.sendto(req, addr)
    got = s.recvfrom(4096)[0]
    if got != want:
        failures.append("%r: got %r, want %r" % (req, got, want))
    lines.append("%s %s -> %d" % (me, logged, len(want)))


K32 = b"k" * 32
V64 = b"v" * 64
STATS = (b"STAT cmd_get %d\r\nSTAT get_hits %d\r\nSTAT get_misses %d\r\n"
         b"STAT cmd_set %d\r\nSTAT cmd_delete %d\r\nSTAT curr_items %d\r\n"
         b"END\r\n")

check(b"version\r\n", b"VERSION 1.0.3\r\n", "version")
check(b"get user:1\r\n", b"END\r\n", "get user:1")
check(b"set user:1 alice\r\n", b"STORED\r\n", "set user:1")
check(b"get user:1\r\n", b"VALUE user:1 5\r\nalice\r\nEND\r\n", "get user:1")
# Overwrite in place; data is the rest of the line, spaces and all.
check(b"set user:1 alice and bob\r\n", b"STORED\r\n", "set user:1")
check(b"get user:1", b"VALUE user:1 13\r\nalice and bob\r\nEND\r\n",
      "get user:1")
check(b"set empty \r\n", b"STORED\r\n", "set empty")
check(b"get empty\r\n", b"VALUE empty 0\r\n\r\nEND\r\n", "get empty")
check(b"set " + K32 + b" " + V64 + b"\r\n", b"STORED\r\n",
      "set " + K32.decode())
check(b"get " + K32 + b"\r\n",
      b"VALUE " + K32 + b" 64\r\n" + V64 + b"\r\nEND\r\n", "get " + K32.decode())
check(b"get " + K32 + b"k\r\n", b"CLIENT_ERROR key too long\r\n",
      "get " + K32.decode() + "k")
check(b"set x " + V64 + b"v\r\n",
      b"SERVER_ERROR object too large for cache\r\n", "set x")
check(b"delete user:1\r\n", b"DELETED\r\n", "delete user:1")
check(b"delete user:1\r\n", b"NOT_FOUND\r\n", "delete user:1")
check(b"get user:1\r\n", b"END\r\n", "get user:1")
check(b"get\r\n", b"ERROR unknown command\r\n", "get")
check(b"get \r\n", b"CLIENT_ERROR bad command line format\r\n", "get ")
check(b"get a b\r\n", b"CLIENT_ERROR bad command line format\r\n", "get a")
check(b"set\r\n", b"ERROR unknown command\r\n", "set")
check(b"stats now\r\n", b"CLIENT_ERROR bad command line format\r\n",
      "stats now")
check(b"GET user:1\r\n", b"ERROR unknown command\r\n", "GET user:1")
check(b"flush_all\r\n", b"ERROR unknown command\r\n", "flush_all")
check(b"\r\n", b"ERROR unknown command\r\n", "")
# Counted by hand from the session above: a get or delete with a format
# error or a key too long is not counted, a set is once it has a key.
check(b"stats\r\n", STATS % (6, 4, 2, 5, 2, 2), "stats")

if failures:
    sys.exit("FAIL: " + "\n".join(failures))
with open(sys.argv[5], "w") as f:
    f.write("\n".join(lines) + "\n")
print("text-kv: %d requests answered as expected" % len(lines))
