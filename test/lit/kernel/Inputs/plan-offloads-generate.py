#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Every plan that offloads to XDP generates a program the kernel accepts.

  plan-offloads-generate.py --clang CLANG --opt OPT --plugin SO --tmp DIR
                            INPUT...

Each INPUT (.c: built as the lit tests build them, clang -O2 -g without
LLVM passes; .ll: as it is) goes through the koffload pass with default
options. One line per input:
  NAME: generated         the plan offloads to xdp; the object was written
                          and accepted by the kernel's verifier
  NAME: NOT GENERATED: R  the plan offloads to xdp, the generator or the
                          verifier refused (R: the remark)
  NAME: offloads to HOOK  a hook with no generator yet
  NAME: not offloaded
Exits 1 when an input is NOT GENERATED (or fails to build).
"""
import argparse
import os
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang", required=True)
    ap.add_argument("--opt", required=True)
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.tmp, exist_ok=True)
    bad = 0
    for path in sorted(args.inputs):
        name = os.path.basename(path)
        stem = os.path.join(args.tmp, name)
        ir = path
        if path.endswith(".c"):
            ir = stem + ".bc"
            built = subprocess.run(
                [args.clang, "-O2", "-g", "-Xclang", "-disable-llvm-passes",
                 "-emit-llvm", "-c", path, "-o", ir],
                capture_output=True, text=True)
            if built.returncode:
                print("%s: does not build: %s" % (name, built.stderr.strip()))
                bad += 1
                continue
        obj = stem + ".o"
        run = subprocess.run(
            [args.opt, "-load-pass-plugin=" + args.plugin, "-passes=koffload",
             "-koffload-bpf-out=" + obj, "-pass-remarks=koffload",
             "-pass-remarks-missed=koffload", "-disable-output", ir],
            capture_output=True, text=True)
        log = run.stderr
        hook = re.search(r"offloading requests on socket #\d+ to (\S+):", log)
        if not hook:
            print("%s: not offloaded" % name)
            continue
        if hook.group(1) != "xdp":
            print("%s: offloads to %s" % (name, hook.group(1)))
            continue
        ok = re.search(r"XDP offload for socket #\d+ written to .* \(accepted "
                       r"by the kernel's verifier", log)
        if ok and os.path.exists(obj):
            print("%s: generated" % name)
            continue
        why = re.search(r"no offload generated, the program stays "
                        r"userspace-only: (.*)", log)
        print("%s: NOT GENERATED: %s" % (
            name, why.group(1) if why else "(no remark; opt exited %d)" %
            run.returncode))
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
