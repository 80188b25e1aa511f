#!/usr/bin/env python3
"""Frames for the XDP tests, built independently of the code under test.

  packet.py request OUT [--payload TEXT [--repeat N]] [--variant V] [--dport N]
      writes an Ethernet/IPv4/UDP frame to OUT (raw bytes); variants
      ipv4-partial, ipv6-partial: the UDP checksum as a veth sender with
      tx checksum offload leaves it (the folded pseudo-header sum);
      expect-reply --reply-partial: the reply's checksum in that form
  packet.py expect-reply OUT --payload TEXT --reply TEXT [--dport N]
      writes FileCheck lines for the frame a correct offload sends back for
      that request: addresses and ports swapped, TTL 64, lengths and the
      IPv4 header checksum recomputed, UDP checksum 0 (none), the reply
  packet.py expect-pass OUT [same options as request]
      FileCheck lines for XDP_PASS with the frame unchanged
"""
import argparse
import sys
import socket
import struct

CLIENT_MAC = bytes.fromhex("020000000002")
SERVER_MAC = bytes.fromhex("020000000001")
CLIENT_IP, SERVER_IP = "198.18.0.2", "198.18.0.1"
CLIENT_PORT = 40000


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ipv4(payload, src, dst, ttl=64, proto=17, frag=0, options=b""):
    ihl = 5 + len(options) // 4
    hdr = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, 4 * ihl + len(payload),
                      1, frag, ttl, proto, 0, socket.inet_aton(src),
                      socket.inet_aton(dst)) + options
    hdr = hdr[:10] + struct.pack("!H", checksum(hdr)) + hdr[12:]
    return hdr + payload


CLIENT_IP6, SERVER_IP6 = "2001:db8::2", "2001:db8::1"


def ipv6(payload, src, dst, hop=64):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), 17, hop,
                       socket.inet_pton(socket.AF_INET6, src),
                       socket.inet_pton(socket.AF_INET6, dst)) + payload


def udp6(payload, sport, dport, src, dst):
    """UDP over IPv6, with the checksum IPv6 requires (RFC 8200 8.1)."""
    length = 8 + len(payload)
    pseudo = (socket.inet_pton(socket.AF_INET6, src) +
              socket.inet_pton(socket.AF_INET6, dst) +
              struct.pack("!IxxxB", length, 17))
    hdr = struct.pack("!HHHH", sport, dport, length, 0)
    csum = checksum(pseudo + hdr + payload) or 0xFFFF
    return struct.pack("!HHHH", sport, dport, length, csum) + payload


def udp(payload, sport, dport, length=None):
    return struct.pack("!HHHH", sport, dport,
                       8 + len(payload) if length is None else length,
                       0) + payload


def udp4_checksummed(payload, sport, dport, src, dst, corrupt=False):
    """UDP over IPv4 with a real checksum (optionally off by one)."""
    length = 8 + len(payload)
    pseudo = (socket.inet_aton(src) + socket.inet_aton(dst) +
              struct.pack("!xBH", 17, length))
    csum = checksum(pseudo + struct.pack("!HHHH", sport, dport, length, 0) +
                    payload) or 0xFFFF
    if corrupt:
        csum ^= 0x0100
    return struct.pack("!HHHH", sport, dport, length, csum) + payload


def partial(udp_bytes, pseudo):
    """UDP header and payload as a veth sender with tx checksum offload on
    leaves them (CHECKSUM_PARTIAL): the checksum field holds the folded
    pseudo-header sum, not complemented; the data is not summed."""
    folded = ~checksum(pseudo) & 0xFFFF
    return udp_bytes[:6] + struct.pack("!H", folded) + udp_bytes[8:]


def frame(payload, dport, variant="ok"):
    if variant == "ipv4-partial":
        u = udp(payload, CLIENT_PORT, dport)
        u = partial(u, socket.inet_aton(CLIENT_IP) +
                    socket.inet_aton(SERVER_IP) +
                    struct.pack("!xBH", 17, len(u)))
        return SERVER_MAC + CLIENT_MAC + b"\x08\x00" + ipv4(
            u, CLIENT_IP, SERVER_IP)
    if variant == "ipv6-partial":
        u = udp(payload, CLIENT_PORT, dport)
        u = partial(u, socket.inet_pton(socket.AF_INET6, CLIENT_IP6) +
                    socket.inet_pton(socket.AF_INET6, SERVER_IP6) +
                    struct.pack("!IxxxB", len(u), 17))
        return SERVER_MAC + CLIENT_MAC + b"\x86\xdd" + ipv6(
            u, CLIENT_IP6, SERVER_IP6)
    if variant in ("ipv4-csum", "ipv4-bad-csum"):
        u = udp4_checksummed(payload, CLIENT_PORT, dport, CLIENT_IP, SERVER_IP,
                             corrupt=variant == "ipv4-bad-csum")
        return SERVER_MAC + CLIENT_MAC + b"\x08\x00" + ipv4(
            u, CLIENT_IP, SERVER_IP)
    if variant == "ipv6-bad-csum":
        u = bytearray(udp6(payload, CLIENT_PORT, dport, CLIENT_IP6,
                           SERVER_IP6))
        u[6] ^= 0x01
        return SERVER_MAC + CLIENT_MAC + b"\x86\xdd" + ipv6(
            bytes(u), CLIENT_IP6, SERVER_IP6)
    if variant == "ipv6-ok":
        u = udp6(payload, CLIENT_PORT, dport, CLIENT_IP6, SERVER_IP6)
        return SERVER_MAC + CLIENT_MAC + b"\x86\xdd" + ipv6(
            u, CLIENT_IP6, SERVER_IP6)
    if variant == "ipv6":
        ip6 = struct.pack("!IHBB16s16s", 0x60000000, 8 + len(payload), 17, 64,
                          socket.inet_pton(socket.AF_INET6, "2001:db8::2"),
                          socket.inet_pton(socket.AF_INET6, "2001:db8::1"))
        return SERVER_MAC + CLIENT_MAC + b"\x86\xdd" + ip6 + udp(
            payload, CLIENT_PORT, dport)
    u = udp(payload, CLIENT_PORT, dport,
            length=3 if variant == "bad-udp-len" else None)
    ip = ipv4(u, CLIENT_IP, SERVER_IP,
              proto=6 if variant == "tcp" else 17,
              frag=0x2000 if variant == "fragment" else 0,
              options=b"\x01\x01\x01\x00" if variant == "ip-options" else b"")
    eth = SERVER_MAC + CLIENT_MAC + b"\x08\x00"
    if variant == "vlan":
        eth = SERVER_MAC + CLIENT_MAC + b"\x81\x00\x00\x01\x08\x00"
    data = eth + ip
    if variant == "truncated":
        data = data[:40]
    return data


def batch_main(argv):
    """batch OUT --dport N PAYLOAD...: koffload-bpf-run --batch input, one
    IPv4 request a line (payload escapes as for --payload; "X*N" repeats X).
    decode [--hex]: reads --batch output on stdin and prints "<index>
    <action> <reply payload>" (the payload of an XDP_TX frame, in hex with
    --hex, else nothing)."""
    if argv[0] == "decode":
        for line in sys.stdin:
            parts = line.split()
            if len(parts) < 2 or not parts[0].isdigit():
                continue
            text = ""
            if parts[1] == "XDP_TX" and len(parts) > 2:
                payload = bytes.fromhex(parts[2])[42:]
                text = (payload.hex() if "--hex" in argv[1:]
                        else payload.decode("latin-1"))
            print(parts[0], parts[1], text)
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--dport", type=int, default=9000)
    ap.add_argument("payloads", nargs="+")
    a = ap.parse_args(argv[1:])
    with open(a.out, "w") as f:
        for p in a.payloads:
            text, _, times = p.rpartition("*") if "*" in p else (p, "", "1")
            data = text.encode().decode("unicode_escape").encode("latin-1")
            f.write(frame(data * int(times), a.dport).hex() + "\n")


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("batch", "decode"):
        batch_main(sys.argv[1:])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["request", "expect-reply", "expect-pass"])
    ap.add_argument("out")
    ap.add_argument("--payload", default="")
    ap.add_argument("--reply", default="")
    ap.add_argument("--dport", type=int, default=9000)
    ap.add_argument("--variant", default="ok")
    ap.add_argument("--repeat", type=int, default=1,
                    help="the payload is --payload repeated this many times")
    ap.add_argument("--reply-repeat", type=int, default=1)
    ap.add_argument("--reply-suffix", default="",
                    help="appended to the reply, --reply-suffix-repeat times")
    ap.add_argument("--reply-suffix-repeat", type=int, default=1)
    ap.add_argument("--reply-partial", action="store_true",
                    help="the reply's UDP checksum in the partial form (the "
                    "request's skb sent back by generic XDP, still partial)")
    a = ap.parse_args()
    payload = a.payload.encode().decode("unicode_escape").encode("latin-1")
    payload *= a.repeat
    if a.what == "request":
        with open(a.out, "wb") as f:
            f.write(frame(payload, a.dport, a.variant))
        return
    if a.what == "expect-pass":
        data = frame(payload, a.dport, a.variant)
        lines = ["CHECK: action: XDP_PASS", "CHECK: out: " + data.hex()]
    else:
        reply = a.reply.encode().decode("unicode_escape").encode("latin-1")
        reply *= a.reply_repeat
        reply += a.reply_suffix.encode() * a.reply_suffix_repeat
        if a.variant in ("ipv6-ok", "ipv6-partial"):
            u = udp6(reply, a.dport, CLIENT_PORT, SERVER_IP6, CLIENT_IP6)
            if a.reply_partial:
                u = partial(u, socket.inet_pton(socket.AF_INET6, SERVER_IP6) +
                            socket.inet_pton(socket.AF_INET6, CLIENT_IP6) +
                            struct.pack("!IxxxB", len(u), 17))
            data = CLIENT_MAC + SERVER_MAC + b"\x86\xdd" + ipv6(
                u, SERVER_IP6, CLIENT_IP6)
        else:
            u = udp(reply, a.dport, CLIENT_PORT)
            if a.reply_partial:
                u = partial(u, socket.inet_aton(SERVER_IP) +
                            socket.inet_aton(CLIENT_IP) +
                            struct.pack("!xBH", 17, len(u)))
            ip = ipv4(u, SERVER_IP, CLIENT_IP)
            data = CLIENT_MAC + SERVER_MAC + b"\x08\x00" + ip
        lines = ["CHECK: action: XDP_TX", "CHECK: out: " + data.hex()]
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
