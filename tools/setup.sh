#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# setup.sh - install everything koffload needs, from Debian packages only.
#
# Idempotent: when every package is already installed it does nothing and
# exits 0, so demo.sh and test.sh call it unconditionally.
set -euo pipefail

PACKAGES=(
  # LLVM 19 toolchain the plugin is built against and the tests drive.
  clang-19 llvm-19 llvm-19-dev llvm-19-tools llvm-19-linker-tools
  libclang-rt-19-dev
  # Libraries LLVMConfig.cmake links the plugin's consumers against.
  libzstd-dev zlib1g-dev libedit-dev libxml2-dev libffi-dev libcurl4-openssl-dev
  # BPF: libbpf for the runtime and tests, bpftool for inspection.
  libbpf-dev libelf-dev bpftool
  # pkg-config (pkgconf) finds libbpf for the runtime tools.
  pkgconf
  # Build and test.
  cmake ninja-build libgtest-dev python3 iproute2 file
  # The runtime's e2e test turns off veth's checksum offload (a sender on
  # veth leaves the UDP checksum partial; a NIC would complete it).
  ethtool
  # koffload report draws the request path's CFG with graphviz's dot;
  # bench/ plots with gnuplot (PNG through its cairo/gd terminals).
  graphviz gnuplot-nox
  # koffload profile --pcap's tests replay a capture tcpdump wrote, and
  # read the ones they generate back with it.
  tcpdump
  # Callback servers' end-to-end tests build real libevent and libev
  # programs (test/e2e/split-libevent.sh).
  libevent-dev libev-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=()
if ((EUID != 0)); then
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
