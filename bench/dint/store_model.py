# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""DINT store's protocol (store/udp/net.h) and a model of its table."""
import struct

PORT = 20230
READ, SET = 0, 1
GRANT_READ, SET_ACK, NOT_EXIST = 3, 5, 7
VAL_SIZE = 40
SUBSCRIBERS = 2000000             # tatp.h kSubscriberNum
VAL_MAGIC = 0x5A                  # tatp.h kValMagic
MESSAGE = struct.Struct("<BQ40sI")  # packed: type, key, val, ver (53 bytes)


def key_of(s_id, sf_type, start_time):
    # union store_key_t: s_id (u32), sf_type (u8), start_time (u8), 2 unused
    return s_id | sf_type << 32 | start_time << 40


def end_time(s_id, sf_type, start_time):
    """val.end_time that populate_table gives the key (tatp.h): one
    fastrand per insert, in the order s_id, sf_type 1..4, start_time
    0, 8, 16, from the seed 0xdeadbeef. The seed after n + 1 steps of the
    generator x -> a x + c (mod 2^64) by squaring the step."""
    n = s_id * 12 + (sf_type - 1) * 3 + start_time // 8
    mask = 2**64 - 1
    a, c = 1103515245, 12345          # one step
    pa, pc = 1, 0                     # the steps taken so far
    steps = n + 1
    while steps:
        if steps & 1:
            pa, pc = (a * pa) & mask, (a * pc + c) & mask
        a, c = (a * a) & mask, (a * c + c) & mask
        steps >>= 1
    seed = (pa * 0xDEADBEEF + pc) & mask
    return (seed >> 32) % 24 + 1


def message(kind, key, val=b"", ver=0):
    return MESSAGE.pack(kind, key, val.ljust(VAL_SIZE, b"\0"), ver)


def parse(data):
    kind, key, val, ver = MESSAGE.unpack(data)
    return kind, key, val, ver


def fasthash64(data, seed):
    m = 0x880355F21E6D1965
    mask = 2**64 - 1

    def mix(h):
        h ^= h >> 23
        h = (h * 0x2127599BF4325C37) & mask
        return h ^ (h >> 47)

    h = seed ^ ((len(data) * m) & mask)
    full = len(data) // 8
    for i in range(full):
        (v,) = struct.unpack_from("<Q", data, 8 * i)
        h = ((h ^ mix(v)) * m) & mask
    rest = data[8 * full:]
    if rest:
        v = int.from_bytes(rest, "little")
        h = ((h ^ mix(v)) * m) & mask
    return mix(h)
