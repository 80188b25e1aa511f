#!/bin/bash
# build.sh <out dir>: the reference's BPF object, skeleton and server.
# Needs clang-19, bpftool, gcc and libbpf (-lbpf).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: build.sh <out dir>}
mkdir -p "$OUT"
clang-19 -g -O2 -target bpf -mcpu=v3 -Wall -I/usr/include/x86_64-linux-gnu \
	-c "$HERE/mc.bpf.c" -o "$OUT/mc.bpf.o"
bpftool gen skeleton "$OUT/mc.bpf.o" name mc >"$OUT/mc.skel.h"
gcc -O2 -g -Wall -I"$OUT" -I"$HERE" "$HERE/server.c" -o "$OUT/mc-server" -lbpf
