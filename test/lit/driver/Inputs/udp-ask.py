# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""udp-ask.py PORT REQUEST... - send each request to 127.0.0.1:PORT and
print each reply (or "no reply"); retries the first until the server has
bound its port (5 s at most). For tests that run in a namespace of their
own (unshare -n): 127.0.0.1 there is private."""
import socket
import sys
import time

port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.2)
deadline = time.time() + 5
first = True
for req in sys.argv[2:]:
    while True:
        s.sendto(req.encode(), ("127.0.0.1", port))
        try:
            print(s.recvfrom(2048)[0].decode(errors="replace"), flush=True)
            break
        except (socket.timeout, ConnectionRefusedError):
            if not first or time.time() > deadline:
                print("no reply", flush=True)
                break
            time.sleep(0.1)
    first = False
