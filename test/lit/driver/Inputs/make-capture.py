# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""make-capture.py OUT FORMAT PORT KIND=COUNT... - a packet capture as
tcpdump writes it, for koffload profile --pcap.

FORMAT is pcap (classic, little-endian, microseconds), pcap-be (classic,
big-endian, nanoseconds), pcapng, or sll (classic, Linux cooked frames,
as `tcpdump -i any` writes). Each KIND=COUNT adds COUNT requests
"KIND <c>" (c cycling over a few letters) to UDP PORT, interleaved in
proportion (GET=90 LOG=10: nine GETs to one LOG throughout), from
198.19.7.1 to 198.19.7.2 (the addresses of the capture: the replay
rewrites the destination). Also in the capture, as in real ones: an ARP
frame, a TCP segment to the port, UDP datagrams to another port (53) and
an IPv6 UDP request to the port, which is replayed too (as KIND "GET")."""
import struct
import sys

out, fmt, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
kinds = []
for arg in sys.argv[4:]:
    kind, count = arg.split("=")
    kinds.append([kind, int(count)])


def interleave():
    # Largest remainder first: each kind spread over the whole capture.
    total = sum(c for _, c in kinds)
    sent = {k: 0 for k, _ in kinds}
    for i in range(total):
        k = max(kinds, key=lambda kc: kc[1] * (i + 1) / total - sent[kc[0]])[0]
        sent[k] += 1
        yield "%s %s" % (k, "abcdefgh"[i % 8])


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ipv4(proto, payload):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0x4000,
                      64, proto, 0, bytes([198, 19, 7, 1]),
                      bytes([198, 19, 7, 2]))
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def udp(dport, data):
    return struct.pack("!HHHH", 40000, dport, 8 + len(data), 0) + data


def ether(ethertype, l3):
    return b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + \
        struct.pack("!H", ethertype) + l3


def sll(ethertype, l3):
    return struct.pack("!HHH8sH", 0, 1, 6, b"\x02\0\0\0\0\x01\0\0",
                       ethertype) + l3


frame = sll if fmt == "sll" else ether
frames = [frame(0x0806, bytes(28))]  # ARP
frames.append(frame(0x0800, ipv4(6, struct.pack("!HHIIBBHHH", 40000, port,
                                                 1, 0, 0x50, 2, 1024, 0, 0))))
frames.append(frame(0x0800, ipv4(17, udp(53, b"\x12\x34 not ours"))))
for i, req in enumerate(interleave()):
    frames.append(frame(0x0800, ipv4(17, udp(port, req.encode()))))
    if i == 3:
        ip6 = struct.pack("!IHBB16s16s", 0x60000000, 8 + 5, 17, 64,
                          b"\x20\x01\0\x02" + bytes(12),
                          b"\x20\x01\0\x02" + bytes(11) + b"\x01")
        frames.append(frame(0x86DD, ip6 + udp(port, b"GET z")))
    if i % 7 == 0:
        frames.append(frame(0x0800, ipv4(17, udp(53, b"\x56\x78 dns"))))

with open(out, "wb") as f:
    if fmt in ("pcap", "sll", "pcap-be"):
        e = ">" if fmt == "pcap-be" else "<"
        magic = 0xA1B23C4D if fmt == "pcap-be" else 0xA1B2C3D4
        link = 113 if fmt == "sll" else 1
        f.write(struct.pack(e + "IHHiIII", magic, 2, 4, 0, 0, 65535, link))
        for i, fr in enumerate(frames):
            f.write(struct.pack(e + "IIII", 1700000000 + i, 0, len(fr), len(fr)))
            f.write(fr)
    elif fmt == "pcapng":
        def block(btype, body):
            body += bytes(-len(body) % 4)
            n = 12 + len(body)
            return struct.pack("<II", btype, n) + body + struct.pack("<I", n)
        f.write(block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)))
        f.write(block(1, struct.pack("<HHI", 1, 0, 65535)))
        for i, fr in enumerate(frames):
            f.write(block(6, struct.pack("<IIIII", 0, 0, i, len(fr), len(fr))
                          + fr))
    else:
        sys.exit("make-capture.py: unknown format " + fmt)
