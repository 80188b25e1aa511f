#!/usr/bin/env python3
"""Regenerate the IR of lit tests made from C.

A test made from C starts with comment lines (RUN, CHECK, and one line that
says where its IR came from):

    ; MADE-FROM: Inputs/udp-poll.c
    ; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-poll.c

CLANG is run in the directory of MADE-FROM, and everything after the leading
comment block is replaced by its output. The CHECK lines are never touched:
they are written by hand from the C source, not from the analysis' output.

    test/lit/update-ll.py test/lit/landmarks/*.ll
"""
import os
import shlex
import subprocess
import sys


def update(path):
    with open(path) as f:
        lines = f.read().split("\n")
    header = []
    for line in lines:
        if line.startswith(";") or line.strip() == "":
            header.append(line)
        else:
            break
    made_from = clang = None
    for line in header:
        if line.startswith("; MADE-FROM:"):
            made_from = line.split(":", 1)[1].strip()
        elif line.startswith("; CLANG:"):
            clang = line.split(":", 1)[1].strip()
    if not made_from or not clang:
        return False
    cwd = os.path.join(os.path.dirname(os.path.abspath(path)),
                       os.path.dirname(made_from))
    argv = shlex.split(clang)
    if argv[0] == "clang-19" and not shutil_which("clang-19"):
        argv[0] = "/usr/lib/llvm-19/bin/clang"
    ir = subprocess.run(argv, cwd=cwd, check=True, capture_output=True,
                        text=True).stdout
    while header and header[-1].strip() == "":
        header.pop()
    with open(path, "w") as f:
        f.write("\n".join(header) + "\n\n" + ir)
    return True


def shutil_which(name):
    import shutil
    return shutil.which(name)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(("updated " if update(p) else "skipped ") + p)
