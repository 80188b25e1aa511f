; koffload-bpf-atomic-words: read-modify-writes of the words both halves
; update (!koffload.atomic) become one relaxed atomic add; a subtraction
; adds the negated amount; the old value's users get the atomicrmw's
; result. A global that is not shared, and a plain store to a shared word,
; stay as they are. Hand-written BPF IR; no kernel.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-atomic-words -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@hits = global i32 0, align 4, !koffload.atomic !0
@left = global i64 100, align 8, !koffload.atomic !0
@mine = global i32 0, align 4

; CHECK-LABEL: define i32 @prog(
; CHECK: [[OLD:%[0-9]+]] = atomicrmw add ptr @hits, i32 1 monotonic, align 4
; CHECK-NEXT: [[NEW:%[0-9]+]] = add i32 [[OLD]], 1
; CHECK-NOT: store i32 {{.*}}, ptr @hits
; CHECK: atomicrmw add ptr @left, i64 -5 monotonic, align 8
; CHECK-NOT: store i64 {{.*}}, ptr @left
; CHECK: %m = load i32, ptr @mine
; CHECK-NEXT: %m1 = add i32 %m, 1
; CHECK-NEXT: store i32 %m1, ptr @mine
; CHECK-NEXT: store i32 7, ptr @hits
; CHECK-NEXT: %sum = add i32 [[NEW]], [[OLD]]
; CHECK-NEXT: ret i32 %sum
define i32 @prog(ptr %ctx) {
entry:
  %old = load i32, ptr @hits, align 4
  %new = add i32 %old, 1
  store i32 %new, ptr @hits, align 4
  %l = load i64, ptr @left, align 8
  %l1 = sub i64 %l, 5
  store i64 %l1, ptr @left, align 8
  %m = load i32, ptr @mine, align 4
  %m1 = add i32 %m, 1
  store i32 %m1, ptr @mine, align 4
  store i32 7, ptr @hits, align 4
  %sum = add i32 %new, %old
  ret i32 %sum

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
