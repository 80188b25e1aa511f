# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Helpers shared by the end-to-end client scripts (standard library only).

Every receive has a timeout; every check compares bytes and, on mismatch,
prints both sides and exits non-zero.
"""

import socket
import sys

RECV_TIMEOUT = 2.0  # seconds to wait for a reply that must come
SILENCE_TIMEOUT = 0.3  # seconds to wait for a reply that must not come

_checks = 0


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond, what):
    global _checks
    _checks += 1
    if not cond:
        fail(what)


def check_eq(what, got, want):
    global _checks
    _checks += 1
    if got != want:
        fail(f"{what}:\n  got:  {got!r}\n  want: {want!r}")


def done(name):
    print(f"{name}: {_checks} checks passed")


def udp_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("0.0.0.0", 0))
    return s


def udp_request(sock, server, payload, what, timeout=RECV_TIMEOUT):
    """Send one datagram, return the reply (from server) or fail."""
    sock.sendto(payload, server)
    sock.settimeout(timeout)
    try:
        reply, peer = sock.recvfrom(65536)
    except socket.timeout:
        fail(f"{what}: no reply within {timeout} s to {payload[:80]!r}")
    check_eq(f"{what}: reply source", peer, server)
    return reply


def udp_no_reply(sock, server, payload, what, timeout=SILENCE_TIMEOUT):
    """Send one datagram and check that nothing comes back."""
    sock.sendto(payload, server)
    sock.settimeout(timeout)
    try:
        reply, _ = sock.recvfrom(65536)
    except socket.timeout:
        check(True, what)
        return
    fail(f"{what}: expected no reply to {payload[:80]!r}, got {reply!r}")
