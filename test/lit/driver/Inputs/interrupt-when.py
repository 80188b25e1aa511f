# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""interrupt-when.py TEXT -- COMMAND...: run COMMAND; once its standard
error has shown TEXT, wait a second and send it SIGINT (as a Ctrl-C
would); print "status N" and its last line, for FileCheck. The command is
killed after 60 s if it is still running."""
import signal
import subprocess
import sys
import time

text = sys.argv[1].encode()
cmd = sys.argv[sys.argv.index("--") + 1:]
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
lines = []
deadline = time.time() + 60
for line in p.stderr:
    lines.append(line)
    if text in line:
        time.sleep(1)
        p.send_signal(signal.SIGINT)
        break
for line in p.stderr:
    lines.append(line)
try:
    status = p.wait(timeout=max(1, deadline - time.time()))
except subprocess.TimeoutExpired:
    p.kill()
    status = p.wait()
last = [l for l in lines if l.strip()]
print("status", status)
print("last:", last[-1].decode().rstrip() if last else "")
