# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Run a command; print its exit status and the last line it wrote.

    last-line.py [--child | --child-with-map] -- COMMAND...

Prints "status N" and "last: <the last non-empty line of its standard
output and error, merged>", for FileCheck. With --child, "{child}" in the
command is the pid of a process started here (a plain `sleep`, which is
not a split server) and stopped afterwards; with --child-with-map, that
process (python) holds a BPF array map of its own first (root only).
"""
import subprocess
import sys

# A BPF_MAP_CREATE of a 1-entry array (map_type 2, key 4, value 8 bytes)
# through the bpf() system call (321 on x86-64), then wait.
HOLD_MAP = r"""
import ctypes, struct, sys, time
attr = struct.pack("IIII", 2, 4, 8, 1) + bytes(112)
buf = ctypes.create_string_buffer(attr, len(attr))
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.syscall(321, 0, buf, len(attr))
if fd < 0:
    sys.exit("cannot create a BPF map: errno %d" % ctypes.get_errno())
print("ready", flush=True)
time.sleep(60)
"""

args = sys.argv[1:]
child = None
if args and args[0] == "--child":
    child = subprocess.Popen(["sleep", "60"])
    args = args[1:]
elif args and args[0] == "--child-with-map":
    child = subprocess.Popen([sys.executable, "-c", HOLD_MAP],
                             stdout=subprocess.PIPE)
    if child.stdout.readline().strip() != b"ready":
        sys.exit("the child could not create its BPF map")
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
