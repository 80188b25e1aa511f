# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-kv-cache.sh.

usage: kv_cache_client.py run <addr> <port> <expected-journal> <state-file>
       kv_cache_client.py after-restart <addr> <port> <state-file>

`run` exercises set/get/miss/delete/malformed requests and a full probe
window, checking each reply byte for byte against what the protocol in
examples/kv-cache/README.md prescribes (computed here from a Python model of
the cache contents, not by the server's code). It writes the journal the
server should have produced and the final contents. `after-restart` checks
that a restarted server (which replayed its journal) holds those contents.
"""

import json
import sys

from e2e_common import check_eq, done, fail, udp_request, udp_socket

NSLOTS = 4096
WINDOW = 32
KEY_MAX = 16
VAL_MAX = 64


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def home(key):
    return fnv1a(key) % NSLOTS


def get_req(key):
    return b"get " + key + b"\r\n"


def set_req(key, data):
    return b"set " + key + b" " + str(len(data)).encode() + b"\r\n" + data + b"\r\n"


def del_req(key):
    return b"delete " + key + b"\r\n"


def hit_reply(key, data):
    return b"VALUE " + key + b" " + str(len(data)).encode() + b"\r\n" + data + b"\r\nEND\r\n"


MISS = b"END\r\n"
STORED = b"STORED\r\n"
DELETED = b"DELETED\r\n"
NOT_FOUND = b"NOT_FOUND\r\n"
ERROR = b"ERROR\r\n"
FULL = b"SERVER_ERROR table full\r\n"


class Session:
    def __init__(self, addr, port):
        self.server = (addr, port)
        self.sock = udp_socket()
        self.model = {}  # key -> value, what the cache must hold
        self.journal = b""  # what the server must have appended

    def req(self, payload, want, what):
        got = udp_request(self.sock, self.server, payload, what)
        check_eq(what, got, want)

    def get(self, key):
        want = hit_reply(key, self.model[key]) if key in self.model else MISS
        self.req(get_req(key), want, f"get {key!r}")

    def set(self, key, data):
        self.req(set_req(key, data), STORED, f"set {key!r} ({len(data)} B)")
        self.model[key] = data
        self.journal += set_req(key, data)

    def delete(self, key):
        if key in self.model:
            self.req(del_req(key), DELETED, f"delete {key!r}")
            del self.model[key]
            self.journal += del_req(key)
        else:
            self.req(del_req(key), NOT_FOUND, f"delete missing {key!r}")


def colliding_keys(count, avoid):
    """count keys with one home slot h, such that no key in `avoid` lives
    within two probe windows of h (so the window is ours alone)."""
    buckets = {}
    i = 0
    while True:
        key = b"c%d" % i
        i += 1
        h = home(key)
        keys = buckets.setdefault(h, [])
        keys.append(key)
        if len(keys) == count:
            near = [k for k in avoid
                    if (h - home(k)) % NSLOTS < 2 * WINDOW
                    or (home(k) - h) % NSLOTS < 2 * WINDOW]
            if not near:
                return keys
            buckets[h] = [None] * (count + 1)  # never pick this slot
        if i > 2_000_000:
            fail("could not find colliding keys")


def run(addr, port, journal_out, state_out):
    s = Session(addr, port)

    # Miss, set, hit, overwrite, empty and maximal values.
    s.get(b"alpha")
    s.set(b"alpha", b"hello")
    s.get(b"alpha")
    s.set(b"alpha", b"abc")
    s.get(b"alpha")
    s.set(b"empty", b"")
    s.get(b"empty")
    binary = b"\x00\r\n\xff " + bytes((i * 37 + 11) % 256 for i in range(59))
    s.set(b"binary", binary)  # 64 arbitrary bytes: NUL, CR, LF, 0xff, space
    s.get(b"binary")
    s.set(b"crlf", b"\r\nEND\r\n")  # protocol text inside a value
    s.get(b"crlf")
    longest = b"k" * KEY_MAX
    s.set(longest, b"sixteen-byte key")
    s.get(longest)
    s.set(b"~!#$%&'()*+,-./", b"punctuation")
    s.get(b"~!#$%&'()*+,-./")

    # Delete: hit, then miss; get after delete misses.
    s.delete(b"alpha")
    s.get(b"alpha")
    s.delete(b"alpha")
    s.delete(b"never-set")

    # A bounded population of keys, all read back.
    for i in range(150):
        s.set(b"key:%d" % i, b"value of key %d" % i)
    for i in range(150):
        s.get(b"key:%d" % i)
    for i in range(0, 150, 3):
        s.delete(b"key:%d" % i)
    for i in range(150):
        s.get(b"key:%d" % i)

    # One probe window: 32 keys with the same home slot fill it, the 33rd
    # is refused; a delete in the middle leaves the chain intact and frees
    # a slot that the 33rd then takes.
    col = colliding_keys(WINDOW + 1, list(s.model) + [b"alpha", b"never-set"])
    for k in col[:WINDOW]:
        s.set(k, b"collides:" + k)
    s.req(set_req(col[WINDOW], b"x"), FULL, "set into a full probe window")
    for k in col:
        s.get(k)
    s.delete(col[5])
    s.delete(col[6])
    s.get(col[5])
    s.get(col[WINDOW - 1])  # beyond the tombstones
    s.set(col[WINDOW], b"took a freed slot")
    for k in col:
        s.get(k)
    # An overwrite finds the live entry past the remaining tombstone; a set
    # that took the tombstone instead would leave a stale second copy.
    s.set(col[WINDOW - 1], b"overwritten")
    s.get(col[WINDOW - 1])
    s.delete(col[WINDOW - 1])
    s.get(col[WINDOW - 1])

    # Malformed requests: ERROR, and nothing changes.
    s.set(b"keep", b"kept")
    malformed = [
        b"",
        b"get",
        b"get ",
        b"get \r\n",
        b"GET keep\r\n",
        b"get keep\n",
        b"get keep",
        b"get keep\r",
        b"get  keep\r\n",
        b"get keep \r\n",
        b"get keep\r\nget keep\r\n",
        b"get keep\r\n\x00",
        b"get " + b"k" * (KEY_MAX + 1) + b"\r\n",
        b"get ke\x01p\r\n",
        b"get ke\xffp\r\n",
        b"gets keep\r\n",
        b"frobnicate\r\n",
        b"set keep 5\r\nhell\r\n",
        b"set keep 3\r\nhello\r\n",
        b"set keep\r\nhello\r\n",
        b"set keep 5 \r\nhello\r\n",
        b"set keep -1\r\n\r\n",
        b"set keep 5\r\nhello",
        b"set keep 5\r\nhello\r\nextra",
        b"set keep 0065\r\n" + b"v" * 65 + b"\r\n",
        b"set keep 65\r\n" + b"v" * 65 + b"\r\n",
        b"set keep 999\r\n" + b"v" * 999 + b"\r\n",
        b"delete\r\n",
        b"delete keep",
        b"delete keep extra\r\n",
        b"\xff" * 1400,
    ]
    for m in malformed:
        s.req(m, ERROR, f"malformed {m[:40]!r}")
    s.get(b"keep")
    # A length with leading zeros is still a valid length.
    s.req(b"set zeros 005\r\nfives\r\n", STORED, "set with length 005")
    s.model[b"zeros"] = b"fives"
    s.journal += b"set zeros 005\r\nfives\r\n"
    s.get(b"zeros")

    with open(journal_out, "wb") as f:
        f.write(s.journal)
    with open(state_out, "w") as f:
        json.dump({k.hex(): v.hex() for k, v in s.model.items()}, f)
    done("kv-cache run")


def after_restart(addr, port, state_in):
    s = Session(addr, port)
    with open(state_in) as f:
        s.model = {bytes.fromhex(k): bytes.fromhex(v)
                   for k, v in json.load(f).items()}
    for key in sorted(s.model):
        s.get(key)
    for key in [b"alpha", b"key:0", b"key:3", b"never-set"]:
        s.get(key)  # deleted or never set: misses
    s.set(b"after", b"restart")
    s.get(b"after")
    done("kv-cache after restart")


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "run":
        run(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "after-restart":
        after_restart(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        fail(f"usage: {sys.argv[0]} run|after-restart ...")


if __name__ == "__main__":
    main()
