# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-rate-limiter.sh.

usage: rate_limiter_client.py <server-addr> <port> <interval-ms> <burst>

The server must run with the given refill interval and burst, and must not
have seen the client ids used here. Checks, byte for byte (replies are the
ASCII words ALLOW, DENY, ERROR): a burst is allowed and then denied; other
clients are independent; malformed requests get ERROR and take no token;
after one refill interval exactly one more request is allowed.
"""

import struct
import sys
import time

from e2e_common import check, check_eq, done, fail, udp_request, udp_socket

ALLOW, DENY, ERROR = b"ALLOW", b"DENY", b"ERROR"
MAX_CLIENTS = 4096


def req(client_id):
    return struct.pack(">I", client_id)


def main():
    server = (sys.argv[1], int(sys.argv[2]))
    interval = int(sys.argv[3]) / 1000.0
    burst = int(sys.argv[4])
    sock = udp_socket()

    def ask(payload, want, what):
        check_eq(what, udp_request(sock, server, payload, what), want)

    # Everything up to the refill check must happen well within one refill
    # interval of client 7's first request, or a token could come back.
    start = time.monotonic()
    for i in range(burst):
        ask(req(7), ALLOW, f"client 7 request {i + 1} of the burst")
    for i in range(3):
        ask(req(7), DENY, f"client 7 request {burst + i + 1}, past the burst")

    # Other clients have their own buckets.
    ask(req(8), ALLOW, "client 8, first request")
    ask(req(0), ALLOW, "client 0 (lowest id)")
    ask(req(MAX_CLIENTS - 1), ALLOW, "client 4095 (highest id)")
    for cid in range(100, 200):
        ask(req(cid), ALLOW, f"client {cid}, first request")
    ask(req(7), DENY, "client 7 still denied")

    # Malformed requests: ERROR, and no token taken from anyone.
    for payload, what in [(b"", "empty"), (b"\x00\x00\x08", "3 bytes"),
                          (b"\x00\x00\x00\x08\x00", "5 bytes"),
                          (b"8", "ASCII id"),
                          (req(MAX_CLIENTS), "id 4096"),
                          (req(0xFFFFFFFF), "id 2^32-1"),
                          (b"\x00" * 1400, "1400 bytes")]:
        ask(payload, ERROR, f"malformed: {what}")
    for i in range(burst - 1):
        ask(req(8), ALLOW, f"client 8 request {i + 2}: ERRORs took nothing")
    ask(req(8), DENY, "client 8 past its burst")

    elapsed = time.monotonic() - start
    if elapsed > 0.5 * interval:
        fail(f"burst phase took {elapsed:.3f} s, too slow for a "
             f"{interval:.3f} s refill interval: results not meaningful")

    # One interval (plus margin, minus less than another interval) later,
    # client 7 has exactly one token again.
    time.sleep(max(0.0, start + 1.3 * interval - time.monotonic()))
    ask(req(7), ALLOW, "client 7 after one refill interval")
    ask(req(7), DENY, "client 7 right after using the refilled token")
    check(time.monotonic() - start < 1.9 * interval,
          "refill check finished within two intervals")
    done("rate-limiter")


if __name__ == "__main__":
    main()
