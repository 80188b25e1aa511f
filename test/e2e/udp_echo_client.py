# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Client for example-udp-echo.sh: every datagram must come back unchanged.

usage: udp_echo_client.py <server-addr> <port>
"""

import random
import sys

from e2e_common import check_eq, done, udp_request, udp_socket


def main():
    server = (sys.argv[1], int(sys.argv[2]))
    rng = random.Random(7)
    sock = udp_socket()

    def echo(payload, what):
        check_eq(f"{what} ({len(payload)} B)",
                 udp_request(sock, server, payload, what), payload)

    echo(bytes(rng.randrange(256) for _ in range(64)), "64 B random")
    echo(bytes(rng.randrange(256) for _ in range(1400)), "1400 B random")
    echo(b"", "empty datagram")
    echo(b"\x00", "one NUL byte")
    echo(b"\r\nget foo\r\n", "text")
    # A bounded run of assorted sizes up to what fits one 1500 B frame.
    for i in range(50):
        n = rng.choice([1, 2, 63, 64, 65, 512, 1024, 1471, 1472])
        echo(bytes(rng.randrange(256) for _ in range(n)), f"run #{i}")
    # A second client socket gets its own replies.
    other = udp_socket()
    check_eq("second socket",
             udp_request(other, server, b"from the other socket", "other"),
             b"from the other socket")
    done("udp-echo")


if __name__ == "__main__":
    main()
