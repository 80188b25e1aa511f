#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# libc-link-test.sh RUN LINKED_OBJ - the program built from libc-link.bpf.c
# and koffload-bpf-libc.bc (llvm-link, opt, llc) loads into the kernel and
# parses a number from the packet with the linked-in BPF libc.
set -uo pipefail
run=$1 obj=$2
fails=0
# The text, then zeros: XDP test packets need at least 14 bytes.
hex() { python3 -c "import sys; print(sys.argv[1].encode().hex() + '00' * 16)" "$1"; }

out=$("$run" --data "$(hex 'n=12345')" --dump-map .bss "$obj" 2>&1)
rc=$?
if [[ $rc -eq 77 ]]; then
  echo "$out"
  echo "SKIP: cannot load BPF programs here" >&2
  exit 77
fi
echo "$out"
[[ $rc -eq 0 ]] || { echo "FAIL: exit $rc" >&2; exit 1; }
grep -q 'action: XDP_TX' <<<"$out" || { echo "FAIL: n=12345 not answered" >&2; fails=1; }
# 12345 = 0x3039, little endian
grep -q 'map .bss\[00000000\]: 3930000000000000' <<<"$out" ||
  { echo "FAIL: parsed != 12345" >&2; fails=1; }

# Out of range (ERANGE) and no digits: userspace's business.
for pkt in 'n=99999999999999999999999' 'n=x' 'get 1'; do
  out=$("$run" --data "$(hex "$pkt")" "$obj" 2>&1)
  grep -q 'action: XDP_PASS' <<<"$out" ||
    { echo "FAIL: '$pkt' was not passed: $out" >&2; fails=1; }
done
[[ $fails -eq 0 ]] && echo "libc-link: linked bitcode works in the kernel"
exit $fails
