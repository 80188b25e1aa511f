#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The xdp-bench spec for bench/heap/run.sh: deref.c's table as a global
and on the heap, the same request, the reply from a model of deref.c.

  frames.py --global-id N --heap-id N --baseline OBJ
"""
import argparse
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "lit", "kernel",
                                "Inputs"))
import packet  # noqa: E402

SERVER_IP, CLIENT_IP, PORT = "198.18.95.1", "198.18.95.2", 7401
SLOTS, HOPS = 4096, 8


def answer(start):
    at, total = start % SLOTS, 0
    for _ in range(HOPS):
        total = (total + at * 7 + 1) & 0xFFFFFFFF
        at = (at * 2654435761 & 0xFFFFFFFF) % SLOTS
    return struct.pack("!II", at, total)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--global-id", required=True)
    ap.add_argument("--heap-id", required=True)
    ap.add_argument("--baseline", required=True)
    a = ap.parse_args()
    print("baseline", a.baseline)
    print("workload deref-%d-hops" % HOPS)
    for start, kind in ((5, "check"), (4095, "check"), (1042, "frame")):
        req = struct.pack("!I", start)
        u = packet.udp4_checksummed(req, packet.CLIENT_PORT, PORT,
                                    CLIENT_IP, SERVER_IP)
        print(kind, (packet.SERVER_MAC + packet.CLIENT_MAC + b"\x08\x00" +
                     packet.ipv4(u, CLIENT_IP, SERVER_IP)).hex())
        u = packet.udp(answer(start), PORT, packet.CLIENT_PORT)
        print("expect XDP_TX", (packet.CLIENT_MAC + packet.SERVER_MAC +
                                b"\x08\x00" +
                                packet.ipv4(u, SERVER_IP, CLIENT_IP)).hex())
    print("program global id:%s" % a.global_id)
    print("program heap id:%s" % a.heap_id)


if __name__ == "__main__":
    main()
