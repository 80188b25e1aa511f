#!/usr/bin/env python3
# Sends a workload to a UDP server one request at a time, from one fixed
# client port, and writes each reply (repr of the bytes, or "(none)") one a
# line: the original and the split build must write the same file.
# usage: client.py ADDR PORT REQUESTS OUT [--cport N] [--timeout S]
#   REQUESTS: one Python bytes literal a line (b'GET k1'), '#' comments.
import ast
import socket
import sys


def main():
    args = sys.argv[1:]
    cport, timeout = 40000, 0.5
    if "--cport" in args:
        i = args.index("--cport")
        cport = int(args[i + 1])
        del args[i:i + 2]
    if "--timeout" in args:
        i = args.index("--timeout")
        timeout = float(args[i + 1])
        del args[i:i + 2]
    addr, port, reqfile, outfile = args
    reqs = []
    with open(reqfile) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                reqs.append(ast.literal_eval(line))
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", cport))
    s.settimeout(timeout)
    answered = 0
    with open(outfile, "w") as out:
        for req in reqs:
            s.sendto(req, (addr, int(port)))
            try:
                out.write(repr(s.recvfrom(65535)[0]) + "\n")
                answered += 1
            except socket.timeout:
                out.write("(none)\n")
    print(f"{len(reqs)} sent, {answered} answered")


main()
