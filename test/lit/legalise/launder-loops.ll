; koffload-bpf-launder-loops: a value leaving a loop goes through the
; scratch row's laundering slot (!koffload.launder, offset 512 here), so the
; verifier continues with one state for every trip count; its range comes
; back as a check (SCEV: the index leaves at most at 100, n being at most
; 100) and an opaque copy. A value SCEV cannot bound stays exact.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-launder-loops -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@scratch = global [4096 x i8] zeroinitializer, align 8
@buf = global [128 x i8] zeroinitializer, align 8

declare i64 @llvm.umin.i64(i64, i64)

; CHECK-LABEL: define i32 @prog(
; CHECK: exit:
; CHECK-NEXT: %i1.lcssa = phi i64 [ %i1, %loop ]
; CHECK-NEXT: [[SLOT:%[0-9]+]] = getelementptr inbounds i8, ptr %row, i64 512
; CHECK-NEXT: store volatile i64 %i1.lcssa, ptr [[SLOT]], align 8
; CHECK-NEXT: %laundered = load volatile i64, ptr [[SLOT]], align 8
; CHECK-NEXT: [[OK:%[0-9]+]] = icmp ule i64 %laundered, 100
; CHECK-NEXT: br i1 [[OK]], label %laundered.ok, label %fallback
; CHECK: laundered.ok:
; CHECK-NEXT: [[O:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %laundered)
; CHECK-NEXT: %p = getelementptr i8, ptr @buf, i64 [[O]]
; CHECK: wild.exit:
; CHECK-NEXT: %k1.lcssa = phi i64
; CHECK-NOT: laundered
; CHECK: ret i32
define i32 @prog(ptr %ctx, i64 %len, i64 %cpu) {
entry:
  %row = getelementptr inbounds i8, ptr @scratch, i64 %cpu, !koffload.launder !1
  %n = call i64 @llvm.umin.i64(i64 %len, i64 100)
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add nuw nsw i64 %i, 1
  %done = icmp uge i64 %i1, %n
  br i1 %done, label %exit, label %loop, !koffload.capped !0

exit:
  %p = getelementptr i8, ptr @buf, i64 %i1
  %v = load i8, ptr %p, align 1
  br label %wild

wild:
  %k = phi i64 [ 0, %exit ], [ %k1, %wild ]
  %k1 = mul i64 %k, 3
  %kdone = icmp eq i64 %k1, %len
  br i1 %kdone, label %wild.exit, label %wild, !koffload.capped !0

wild.exit:
  %v32 = zext i8 %v to i32
  %k32 = trunc i64 %k1 to i32
  %r = add i32 %v32, %k32
  ret i32 %r

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
!1 = !{i64 512}
