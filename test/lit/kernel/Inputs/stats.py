#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Sums the per-CPU rows of koffload_stats in koffload-bpf-run's output
("global koffload_stats: <hex>", u64 little-endian [CPUs][8]: answered,
dropped, fallback, of those the slow path's and a busy record's, then
datagrams with a wrong UDP checksum, spare) and prints
"answered A dropped D fallback F path P busy B bad C"."""
import struct
import sys

for line in sys.stdin:
    if line.startswith("global koffload_stats: "):
        raw = bytes.fromhex(line.split(": ", 1)[1].strip())
        words = struct.unpack("<%dQ" % (len(raw) // 8), raw)
        sums = [sum(words[k::8]) for k in range(6)]
        print("answered %d dropped %d fallback %d path %d busy %d bad %d"
              % tuple(sums))
        break
else:
    sys.exit("no koffload_stats in the input")
