#!/usr/bin/env python3
"""Frames for kv-peeled-o1.test: kv-peeled.c's packed message (type byte,
key as a little-endian u32, 16 value bytes) in the UDP frame packet.py
made for a 21-byte request (its payload is replaced; the UDP checksum is
0, none). One frame a line in hex, for koffload-bpf-run --batch.

  kv-peeled-frames.py REQUEST-FRAME
"""
import struct
import sys

frame = open(sys.argv[1], "rb").read()
head = frame[:-21]


def msg(kind, key, val=bytes(16)):
    return (head + bytes([kind]) + struct.pack("<I", key) + val).hex()


print(msg(1, 5, bytes([0x11]) * 16))  # kSet of key 5
print(msg(0, 5))                      # kRead of key 5
print(msg(0, 2000))                   # kRead of a key out of range
print(msg(9, 5))                      # an unknown type: the server panics
