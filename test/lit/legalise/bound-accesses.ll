; koffload-bpf-bound-accesses: an access into a global at a variable offset
; gets the offset checked against the global's size, plainly and through an
; opaque copy, and the address rebuilt from the opaque copy; out of bounds
; goes to the fallback. A pointer into one of two globals tries each.
; Left alone: a constant offset, a constant offset into a marked per-CPU
; row below its size (!koffload.row), the stack.
; Regression: the address of a multi-object access was created after the
; access (broken IR, opt's verifier aborts).
;
; RUN: %opt %load_koffload -passes=koffload-bpf-bound-accesses -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@tab = global [256 x i8] zeroinitializer, align 8
@a = global [16 x i8] zeroinitializer, align 8
@b = global [32 x i8] zeroinitializer, align 8
@scratch = global [4096 x i8] zeroinitializer, align 8

; CHECK-LABEL: define i32 @prog(
; A variable offset into @tab (256 bytes, 1-byte load: at most 255).
; CHECK: %off = sub i64 %{{[0-9]+}}, ptrtoint (ptr @tab to i64)
; CHECK-NEXT: [[PLAIN:%[0-9]+]] = icmp ule i64 %off, 255
; CHECK-NEXT: br i1 [[PLAIN]], label %{{.*}}, label %fallback
; CHECK: [[OPQ:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %off)
; CHECK-NEXT: [[CHK:%[0-9]+]] = icmp ule i64 [[OPQ]], 255
; CHECK-NEXT: br i1 [[CHK]], label %{{.*}}, label %fallback
; CHECK: [[SAFE:%[0-9]+]] = getelementptr inbounds i8, ptr @tab, i64 [[OPQ]]
; CHECK-NEXT: %v = load i8, ptr [[SAFE]], align 1
;
; Constant offsets and the row: no check.
; CHECK-NEXT: %q = getelementptr i8, ptr @tab, i64 7
; CHECK-NEXT: %w = load i8, ptr %q, align 1
; CHECK-NEXT: %row = getelementptr inbounds i8, ptr @scratch, i64 %cpu, !koffload.row
; CHECK-NEXT: %r = getelementptr inbounds i8, ptr %row, i64 8
; CHECK-NEXT: %x = load i64, ptr %r, align 8
; CHECK-NEXT: %s = select i1 %c, ptr @a, ptr @b
; CHECK-NEXT: %sp = getelementptr i8, ptr %s, i64 %i
;
; Either @b (at most offset 31) or @a (15), tried in the order the objects
; are found; neither: fallback. The address is computed before the access.
; CHECK: [[OB:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %off{{[0-9]*}})
; CHECK-NEXT: icmp ule i64 [[OB]], 31
; CHECK: [[JOIN:.*]]:
; CHECK-NEXT: %{{[0-9]+}} = phi i8 [ %{{.*}}, %in.b ], [ %{{.*}}, %in.a ]
; CHECK: in.b:
; CHECK-NEXT: [[PB:%[0-9]+]] = getelementptr inbounds i8, ptr @b, i64 [[OB]]
; CHECK-NEXT: load i8, ptr [[PB]], align 1
; CHECK-NEXT: br label %[[JOIN]]
; CHECK: not.b:
; CHECK: [[OA:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %off{{[0-9]*}})
; CHECK-NEXT: icmp ule i64 [[OA]], 15
; CHECK: in.a:
; CHECK-NEXT: [[PA:%[0-9]+]] = getelementptr inbounds i8, ptr @a, i64 [[OA]]
; CHECK-NEXT: load i8, ptr [[PA]], align 1
; CHECK: not.a:
; CHECK-NEXT: br label %fallback
define i32 @prog(ptr %ctx, i64 %i, i64 %cpu, i1 %c) {
entry:
  %p = getelementptr i8, ptr @tab, i64 %i
  %v = load i8, ptr %p, align 1
  %q = getelementptr i8, ptr @tab, i64 7
  %w = load i8, ptr %q, align 1
  %row = getelementptr inbounds i8, ptr @scratch, i64 %cpu, !koffload.row !1
  %r = getelementptr inbounds i8, ptr %row, i64 8
  %x = load i64, ptr %r, align 8
  %s = select i1 %c, ptr @a, ptr @b
  %sp = getelementptr i8, ptr %s, i64 %i
  %y = load i8, ptr %sp, align 1
  %v32 = zext i8 %v to i32
  %y32 = zext i8 %y to i32
  %sum = add i32 %v32, %y32
  ret i32 %sum

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
!1 = !{i64 64}
