#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A seeded DINT-store workload over UDP; one line per reply.

  client.py HOST COUNT OUT

GETs of keys the server's start-up inserted, of keys it did not, SETs of
both, GETs after SETs. A value the store was started with is partly
uninitialised stack bytes (populate_table fills only its first two), so
for a key not SET in this run the reply's bytes past the first two of the
value are printed as '..'; the first two are checked against the model.
Keys of the first half of the subscribers are left to frames.py. Exit 1 if a reply is missing or disagrees with the model.
"""
import random
import socket
import sys

import store_model as m


def main():
    host, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(16)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("0.0.0.0", 40000))
    s.settimeout(1.0)
    written = {}
    bad = 0
    with open(out, "w") as f:
        for i in range(count):
            present = rng.random() < 0.8
            s_id = rng.randrange(m.SUBSCRIBERS // 2, m.SUBSCRIBERS) if present else \
                m.SUBSCRIBERS + rng.randrange(1000)
            sf, st = rng.randrange(1, 5), rng.choice((0, 8, 16))
            key = m.key_of(s_id, sf, st)
            if rng.random() < 0.2:
                val = bytes(rng.randrange(256) for _ in range(m.VAL_SIZE))
                req = m.message(m.SET, key, val)
            else:
                req = m.message(m.READ, key)
            s.sendto(req, (host, m.PORT))
            try:
                rep, _ = s.recvfrom(2048)
            except socket.timeout:
                f.write("%d (none)\n" % i)
                bad += 1
                continue
            kind, rkey, val, ver = m.parse(rep)
            if req[0] == m.SET:
                want = m.SET_ACK if present else m.NOT_EXIST
                ok = kind == want and rep[1:] == req[1:]
                if present:
                    written[key] = (req[9:49], written.get(key, (0, 0))[1] + 1)
            elif not present:
                ok = rep == m.message(m.NOT_EXIST, key)
            elif key in written:
                ok = rep == m.message(m.GRANT_READ, key, *written[key])
            else:
                ok = (kind == m.GRANT_READ and rkey == key and ver == 0 and
                      val[0] == m.end_time(s_id, sf, st) and
                      val[1] == m.VAL_MAGIC)
                rep = rep[:11] + b"." * 38 + rep[49:]
            f.write("%d %s%s\n" % (i, rep.hex() if b"." not in rep else
                                   rep[:11].hex() + ".." * 38 +
                                   rep[49:].hex(),
                                   "" if ok else "  MODEL DIFFERS"))
            bad += not ok
    print("%d requests, %d disagree with the model" % (count, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
