#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The xdp-bench spec for DINT's store (bench/dint/run.sh).

  frames.py --generated ID --reference OBJ --baseline OBJ [--subscriber N]

Workloads on one key the server's own start-up put in its table (1042,1,0)
(--subscriber)
and one it did not (2000001,1,0): a GET after a SET of known bytes (the
table's values are partly uninitialised stack bytes, so the GET's expected
reply is fixed by the SET first), a GET of the missing key, and a SET.
Expected replies come from the model in store_model.py, not from the code
under test. The reference gets the cache entry a warm DINT cache holds for
the key (key, valid; its value is what the SET writes).
"""
import argparse
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "lit", "kernel",
                                "Inputs"))
import packet  # noqa: E402
import store_model as m  # noqa: E402

SERVER_IP, CLIENT_IP = "198.18.94.1", "198.18.94.2"
KVS_HASH_SIZE = 9000000         # store/ebpf/utils.h
KEYS_PER_ENTRY = 4
# struct cache_entry (store/ebpf/utils.h): key[4] u64, val[4][40], ver[4]
# u32, valid[4], dirty[4], bloom_filter u64, lock u64.
ENTRY_SIZE = 32 + 160 + 16 + 4 + 4 + 8 + 8


def request(msg):
    u = packet.udp4_checksummed(msg, packet.CLIENT_PORT, m.PORT, CLIENT_IP,
                                SERVER_IP)
    return (packet.SERVER_MAC + packet.CLIENT_MAC + b"\x08\x00" +
            packet.ipv4(u, CLIENT_IP, SERVER_IP))


def reply(msg):
    """Addresses and ports swapped, UDP checksum 0, the message."""
    u = packet.udp(msg, m.PORT, packet.CLIENT_PORT)
    return (packet.CLIENT_MAC + packet.SERVER_MAC + b"\x08\x00" +
            packet.ipv4(u, SERVER_IP, CLIENT_IP))


def cache_index(key):
    return m.fasthash64(struct.pack("<Q", key), 0xDEADBEEF) % KVS_HASH_SIZE


def cache_entry(key):
    keys = struct.pack("<4Q", key, 0, 0, 0)
    vals = bytes(160)
    vers = struct.pack("<4I", 0, 0, 0, 0)
    valid, dirty = bytes([1, 0, 0, 0]), bytes(4)
    entry = keys + vals + vers + valid + dirty + struct.pack("<QQ", 0, 0)
    assert len(entry) == ENTRY_SIZE
    return entry


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True, help="program id")
    ap.add_argument("--reference", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--subscriber", type=int, default=1042,
                    help="s_id of the key (the server must not have seen "
                    "a SET of it)")
    a = ap.parse_args()

    hit = m.key_of(a.subscriber, 1, 0)
    miss = m.key_of(2000001, 1, 0)
    assert cache_index(hit) != cache_index(miss)
    val1, val2 = bytes(range(1, 41)), bytes(range(41, 81))

    def programs(out):
        out.append("program generated id:%s" % a.generated)
        out.append("program DINT %s" % a.reference)
        out.append("element map_cache %d %s" %
                   (cache_index(hit), cache_entry(hit).hex()))

    lines = ["baseline %s" % a.baseline]

    def exchange(kind, msg, answer):
        lines.append("%s %s" % (kind, request(msg).hex()))
        lines.append("expect XDP_TX %s" % reply(answer).hex())

    # A GET hit. The SET before it makes the value known; versions count
    # from 0 at start-up, and DINT's cache counts them the same way.
    lines.append("workload get-hit")
    exchange("check", m.message(m.SET, hit, val1),
             m.message(m.SET_ACK, hit, val1))
    exchange("frame", m.message(m.READ, hit),
             m.message(m.GRANT_READ, hit, val1, 1))
    programs(lines)

    # A GET of a key the table does not hold (DINT: the bloom filter says
    # so; the store: the bucket's chain ends).
    lines.append("workload get-miss")
    exchange("frame", m.message(m.READ, miss),
             m.message(m.NOT_EXIST, miss))
    programs(lines)

    # A SET of the key; the reply echoes the request.
    lines.append("workload set-hit")
    exchange("frame", m.message(m.SET, hit, val2),
             m.message(m.SET_ACK, hit, val2))
    programs(lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
