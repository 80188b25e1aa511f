#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# libc-symbols-test.sh LLVM_NM LLVM_DIS HEADER BITCODE OBJECT - the built BPF
# libc (build/lib/koffload-bpf-libc.bc and .o) defines every koffload_*
# function and table koffload_libc.h declares, calls nothing undefined, and has no
# llvm.memcpy/memset/memmove left (the BPF backend refuses variable-length
# ones; the loops hide their induction variables to prevent them).
set -uo pipefail
nm=$1 dis=$2 header=$3 bc=$4 obj=$5
fails=0

# Functions "koffload_x(" and tables "koffload_x[".
want=$(grep -o 'koffload_[a-z0-9_]*[([]' "$header" | tr -d '([' | sort -u)
[[ -n $want ]] || { echo "FAIL: no declarations found in $header" >&2; exit 1; }
for f in "$bc" "$obj"; do
  have=$("$nm" --defined-only "$f" | awk '$3 ~ /^koffload_/ {print $3}' | sort -u)
  missing=$(comm -23 <(echo "$want") <(echo "$have"))
  extra=$(comm -13 <(echo "$want") <(echo "$have"))
  if [[ -n $missing || -n $extra ]]; then
    echo "FAIL: $f: missing [${missing//$'\n'/ }] undeclared [${extra//$'\n'/ }]" >&2
    fails=$((fails + 1))
  fi
  undef=$("$nm" --undefined-only "$f")
  if [[ -n $undef ]]; then
    echo "FAIL: $f calls undefined symbols: $undef" >&2
    fails=$((fails + 1))
  fi
done
if "$dis" "$bc" -o - | grep -E 'call .*@llvm\.mem(cpy|set|move)'; then
  echo "FAIL: $bc: memory intrinsics left" >&2
  fails=$((fails + 1))
fi
[[ $fails -eq 0 ]] || exit 1
echo "koffload-bpf-libc: $(echo "$want" | wc -l) functions and tables, in bitcode and object"
