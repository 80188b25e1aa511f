# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""plan-outcome.py PLAN.json - one line of a koffload plan, for FileCheck:
"<outcome status>: <transport> <hook> offload|userspace [port N]" for its
first candidate (or "<status>: no candidate")."""
import json
import sys

plan = json.load(open(sys.argv[1]))
status = plan["outcome"]["status"]
if not plan["candidates"]:
    print(status + ": no candidate")
    sys.exit(0)
c = plan["candidates"][0]
line = "%s: %s %s %s" % (status, c["transport"], c["hook"],
                         "offload" if c["offload"] else "userspace")
if c.get("port") is not None:
    line += " port %d" % c["port"]
print(line)
