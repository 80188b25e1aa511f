# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Run a command; print its exit status and the last line it wrote.

    last-line.py [--child] -- COMMAND...

Prints "status N" and "last: <the last non-empty line of its standard
output and error, merged>", for FileCheck. With --child, "{child}" in the
command is the pid of a process started here (a plain `sleep`, which is
not a split server) and stopped afterwards.
"""
import subprocess
import sys

args = sys.argv[1:]
child = None
if args and args[0] == "--child":
    child = subprocess.Popen(["sleep", "60"])
    args = args[1:]
if args and args[0] == "--":
    args = args[1:]
try:
    if child:
        args = [a.replace("{child}", str(child.pid)) for a in args]
    run = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
finally:
    if child:
        child.kill()
        child.wait()
lines = [l for l in run.stdout.decode(errors="replace").splitlines() if l.strip()]
print("status %d" % run.returncode)
print("last: %s" % (lines[-1] if lines else "<no output>"))
