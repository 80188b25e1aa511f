; koffload-bpf-bound-accesses: a step back by one from a pointer made from
; a global by GEPs (tcp-kv's `req[got - 1]`, the request buffer in this
; CPU's slot of the scratch) gets its offset as the sum of the GEPs'
; indices, no pointer difference. Regression: the plain difference
; `(p - 1) - base` became `p + ~base` in codegen, an XOR of a pointer the
; verifier refuses ("bitwise operator ^= on pointer prohibited").
;
; RUN: %opt %load_koffload -passes=koffload-bpf-bound-accesses -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@scratch = global [4096 x i8] zeroinitializer, align 8

; CHECK-LABEL: define i32 @prog(
; CHECK: %m = sub nsw i64 %n, 1
; CHECK-NEXT: %p = getelementptr inbounds i8, ptr %row, i64 %m
; CHECK-NEXT: [[SUM:%[0-9]+]] = add i64 %m, %cpu
; CHECK-NEXT: icmp ule i64 [[SUM]], 4095
; CHECK-NOT: ptrtoint (ptr @scratch
; CHECK: ret i32
define i32 @prog(ptr %ctx, i64 %n, i64 %cpu) {
entry:
  %row = getelementptr inbounds i8, ptr @scratch, i64 %cpu
  %m = sub nsw i64 %n, 1
  %p = getelementptr inbounds i8, ptr %row, i64 %m
  %v = load i8, ptr %p, align 1
  %v32 = zext i8 %v to i32
  ret i32 %v32

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
