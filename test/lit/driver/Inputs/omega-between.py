# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""omega-between.py PLAN.json LOW HIGH - "weights <w>, omega in range" when
the first candidate's ω is within [LOW, HIGH], else the ω found."""
import json
import sys

plan = json.load(open(sys.argv[1]))
omega = plan["candidates"][0]["omega"]
low, high = float(sys.argv[2]), float(sys.argv[3])
where = "in range" if low <= omega <= high else \
    "%.3f, not in [%s, %s]" % (omega, sys.argv[2], sys.argv[3])
print("weights %s, omega %s" % (plan["weights"], where))
