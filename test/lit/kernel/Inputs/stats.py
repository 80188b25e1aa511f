#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Sums the per-CPU rows of koffload_stats in koffload-bpf-run's output
("global koffload_stats: <hex>", u64 little-endian [CPUs][4]: answered,
dropped, fallback, spare) and prints "answered A dropped D fallback F"."""
import struct
import sys

for line in sys.stdin:
    if line.startswith("global koffload_stats: "):
        raw = bytes.fromhex(line.split(": ", 1)[1].strip())
        words = struct.unpack("<%dQ" % (len(raw) // 8), raw)
        sums = [sum(words[k::4]) for k in range(3)]
        print("answered %d dropped %d fallback %d" % tuple(sums))
        break
else:
    sys.exit("no koffload_stats in the input")
