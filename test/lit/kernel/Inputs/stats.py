#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Sums the per-CPU rows of koffload_stats in koffload-bpf-run's output
("global koffload_stats: <hex>", u64 little-endian [CPUs][row]: answered,
dropped, fallback, of those the slow path's and a busy record's, then
datagrams with a wrong UDP checksum, spare; the names, indices and row
size from koffload/abi.h) and prints
"answered A dropped D fallback F path P busy B bad C"."""
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "e2e"))
import koffload_abi as abi  # noqa: E402

PREFIX = "global %s: " % abi.STATS_GLOBAL
ORDER = (abi.STAT_ANSWERED, abi.STAT_DROPPED, abi.STAT_FALLBACK,
         abi.STAT_FALLBACK_PATH, abi.STAT_FALLBACK_BUSY,
         abi.STAT_BAD_CHECKSUM)

for line in sys.stdin:
    if line.startswith(PREFIX):
        raw = bytes.fromhex(line.split(": ", 1)[1].strip())
        words = struct.unpack("<%dQ" % (len(raw) // 8), raw)
        sums = [sum(words[k::abi.STAT_ROW]) for k in ORDER]
        print("answered %d dropped %d fallback %d path %d busy %d bad %d"
              % tuple(sums))
        break
else:
    sys.exit("no %s in the input" % abi.STATS_GLOBAL)
