#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# bpf-run-test.sh RUN LIBC_TEST_OBJ REJECT_OBJ - test koffload-bpf-run on the
# real kernel: load and list programs, BPF_PROG_TEST_RUN one XDP program on a
# hex packet (action and output bytes), dump .bss/.rodata after the run,
# run a batch of frames (--batch) on preset map contents (--write-map),
# refuse an unsafe program with exit 2 and the verifier log, exit 77 with
# "SKIP:" when BPF is not permitted, exit 1 on bad input.
set -uo pipefail

run=$1
obj=$2
reject=$3
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*" >&2
  fails=$((fails + 1))
}

# expect_rc <rc> <name> <command...>: run, keep stdout/stderr in $tmp.
expect_rc() {
  local want=$1 name=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [[ $rc -ne $want ]]; then
    fail "$name: exit $rc, want $want"
    sed 's/^/  stdout: /' "$tmp/out" >&2
    sed 's/^/  stderr: /' "$tmp/err" | head -40 >&2
    return 1
  fi
  return 0
}

expect_out() {
  grep -q -- "$2" "$tmp/out" || fail "$1: stdout lacks '$2'"
}

# 1. Plain load of one program; skip when BPF is not permitted.
"$run" --only lt_strlen "$obj" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [[ $rc -eq 77 ]]; then
  cat "$tmp/out"
  echo "SKIP: koffload-bpf-run cannot load BPF programs here" >&2
  exit 77
fi
[[ $rc -eq 0 ]] || { cat "$tmp/out" "$tmp/err" >&2; fail "load: exit $rc"; }
expect_out load 'loaded: lt_strlen ([0-9]* insns)'

# 2. Run lt_strlen on "hello" (layout: libc-test.h).
le32() { printf '%02x%02x%02x%02x' $(($1 & 255)) $(($1 >> 8 & 255)) \
  $(($1 >> 16 & 255)) $(($1 >> 24 & 255)); }
le64() { le32 "$1"; le32 0; }
zeros() { printf '%0*d' $(($1 * 2)) 0; }
# magic, op 5 (strlen), c, n, avail 6, a_len 6, b_len, d_off, s_off, pad 16
req="$(le32 0x6b6c6331)$(le32 5)$(le64 0)$(le64 0)$(le64 6)$(le32 6)$(le32 0)"
req+="$(le32 0)$(le32 0)$(zeros 16)68656c6c6f00"
if expect_rc 0 run "$run" --only lt_strlen --prog lt_strlen --data "$req" \
    --dump-map .bss --dump-map rodata "$obj"; then
  expect_out run 'action: XDP_TX'
  expect_out run 'out_len: 70'
  # magic "klc2", overflow 0, ret 5, off -1, err 0, op 5, pad, then A.
  resp="$(le32 0x6b6c6332)$(le32 0)$(le64 5)ffffffffffffffff$(le32 0)"
  resp+="$(le32 5)$(zeros 32)68656c6c6f00"
  expect_out run "out: $resp\$"
  expect_out run 'map .bss\[00000000\]: 0100000000000000$'
  # lt_libc_max 64, lt_num_max 32, lt_aliases 1 (the small-cap object),
  # then the ctype tables
  expect_out run 'map rodata\[00000000\]: 400000002000000001000000'
fi

# 3. The same packet from a file, run 3 times: the .bss counter counts the
# runs.  Repeats do not reset the packet (this kernel), so runs 2 and 3 see
# the reply the first run wrote, not a request, and abort.
python3 -c "import sys; sys.stdout.buffer.write(bytes.fromhex('$req'))" \
  >"$tmp/pkt"
if expect_rc 0 run-file "$run" --only lt_strlen --data-file "$tmp/pkt" \
    --repeat 3 --dump-map .bss "$obj"; then
  expect_out run-file 'action: XDP_ABORTED'
  expect_out run-file 'map .bss\[00000000\]: 0300000000000000$'
fi

# 3b. Batch mode: one load, each frame run once from a fresh copy of its
# bytes (so the request repeated is answered again, unlike --repeat), one
# "<index> <action> <hex>" line per frame; comments and blank lines are
# skipped. --write-map presets the .bss counter to 40: the runs add to it.
{
  echo "# lt_strlen on \"hello\", a 14-byte frame it aborts on, the request again"
  echo "$req"
  echo
  echo "0102030405060708090a0b0c0d0e"
  echo "$req"
} >"$tmp/batch"
python3 -c "import sys; sys.stdout.buffer.write((40).to_bytes(8, 'little'))" \
  >"$tmp/runs40"
if expect_rc 0 batch "$run" --only lt_strlen --batch "$tmp/batch" \
    --write-map .bss="$tmp/runs40" --dump-map .bss "$obj"; then
  expect_out batch "^0 XDP_TX $resp\$"
  expect_out batch '^1 XDP_ABORTED 0102030405060708090a0b0c0d0e$'
  expect_out batch "^2 XDP_TX $resp\$"
  [[ $(grep -c '^[0-9]' "$tmp/out") -eq 3 ]] ||
    fail "batch: want 3 frame lines, got $(grep -c '^[0-9]' "$tmp/out")"
  expect_out batch 'map .bss\[00000000\]: 2b00000000000000$'
  grep -q '^batch: 3 frames: 2 XDP_TX' "$tmp/err" ||
    fail "batch: no summary on stderr"
fi
# A write at an offset (4 bytes into the counter's upper half) and one
# past the end.
printf '\x28\x00\x00\x00' >"$tmp/four"
if expect_rc 0 batch-offset "$run" --only lt_strlen --batch "$tmp/batch" \
    --write-map .bss@4="$tmp/four" --dump-map .bss "$obj"; then
  expect_out batch-offset 'map .bss\[00000000\]: 0300000028000000$'
fi
expect_rc 1 write-map-too-far "$run" --only lt_strlen \
  --write-map .bss@1="$tmp/runs40" "$obj"
expect_rc 1 write-map-syntax "$run" --only lt_strlen --write-map .bss "$obj"
# A frame the kernel will not run (under 14 bytes): an ERROR line, the rest
# still run, exit 1. Not hex: exit 1. Not with --data.
printf '%s\n0102\n%s\n' "$req" "$req" >"$tmp/batch-short"
if expect_rc 1 batch-short "$run" --only lt_strlen --batch "$tmp/batch-short" \
    "$obj"; then
  expect_out batch-short '^1 ERROR '
  expect_out batch-short "^2 XDP_TX $resp\$"
fi
printf '%s\nzz\n' "$req" >"$tmp/batch-bad"
expect_rc 1 batch-bad-hex "$run" --only lt_strlen --batch "$tmp/batch-bad" "$obj"
expect_rc 1 batch-and-data "$run" --only lt_strlen --batch "$tmp/batch" \
  --data "$req" "$obj"

# 4. A program the verifier must refuse: exit 2, its name and the log.
if expect_rc 2 reject "$run" "$reject"; then
  grep -q 'refused reject_unchecked' "$tmp/err" ||
    fail "reject: stderr does not name the program"
  grep -q 'invalid access to packet' "$tmp/err" ||
    fail "reject: stderr lacks the verifier's reason"
  grep -q -- '--- verifier log' "$tmp/err" ||
    fail "reject: no verifier log"
fi

# 5. Bad input.
expect_rc 1 bad-hex "$run" --data 'zz' "$obj"
expect_rc 1 no-object "$run"
expect_rc 1 missing-object "$run" "$tmp/does-not-exist.o"
expect_rc 1 no-such-prog "$run" --only lt_strlen --prog nope --data 00 "$obj"
expect_rc 1 no-such-map "$run" --only lt_strlen --dump-map nope "$obj"

# 6. Without privileges: SKIP and 77 (when we can drop them here).
if [[ $EUID -eq 0 ]] && command -v setpriv >/dev/null &&
  setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
    test -x "$run" 2>/dev/null; then
  if expect_rc 77 unprivileged setpriv --reuid=nobody --regid=nogroup \
      --clear-groups --inh-caps=-all "$run" "$obj"; then
    expect_out unprivileged '^SKIP: '
  fi
fi

if [[ $fails -ne 0 ]]; then
  echo "$fails check(s) failed" >&2
  exit 1
fi
echo "koffload-bpf-run: all checks passed"
