; koffload-bpf-bound-accesses: a compare-and-exchange into a global at a
; variable offset gets the same checks as a load or store, before it (so a
; fallback there comes before its write): DINT's lock_fasst takes
; locks[hash % 36000000], which the verifier could not bound ("math
; between map_value pointer and register with unbounded min value").
; With clamp-proven (the generator sets it on a path with a write no save
; can undo), an offset the program's arithmetic keeps in bounds (an index
; modulo the table's length) is clamped instead: no fallback after such a
; write. A constant offset is left alone.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-bound-accesses -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@locks = global [1000 x i32] zeroinitializer, align 4

; CHECK-LABEL: define i32 @prog(
; hash % 1000: at most offset 3996 of 4000 bytes; clamped, no branch.
; CHECK: %off = sub i64 %{{[0-9]+}}, ptrtoint (ptr @locks to i64)
; CHECK-NEXT: [[OPQ0:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %off)
; CHECK-NEXT: [[MIN:%[0-9]+]] = call i64 @llvm.umin.i64(i64 [[OPQ0]], i64 3996)
; CHECK-NEXT: [[SAFE0:%[0-9]+]] = getelementptr inbounds i8, ptr @locks, i64 [[MIN]]
; CHECK-NEXT: %x = cmpxchg ptr [[SAFE0]], i32 0, i32 1 seq_cst seq_cst, align 4
; Any hash: checked, plainly and opaquely, out of bounds to the fallback.
; CHECK: %off1 = sub i64 %{{[0-9]+}}, ptrtoint (ptr @locks to i64)
; CHECK-NEXT: [[PLAIN:%[0-9]+]] = icmp ule i64 %off1, 3996
; CHECK-NEXT: br i1 [[PLAIN]], label %{{.*}}, label %fallback
; CHECK: [[OPQ:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 %off1)
; CHECK-NEXT: [[CHK:%[0-9]+]] = icmp ule i64 [[OPQ]], 3996
; CHECK-NEXT: br i1 [[CHK]], label %{{.*}}, label %fallback
; CHECK: [[SAFE:%[0-9]+]] = getelementptr inbounds i8, ptr @locks, i64 [[OPQ]]
; CHECK-NEXT: %y = cmpxchg ptr [[SAFE]], i32 1, i32 0 seq_cst seq_cst, align 4
; CHECK-NEXT: %q = getelementptr i32, ptr @locks, i64 7
; CHECK-NEXT: %z = cmpxchg ptr %q, i32 1, i32 0 seq_cst seq_cst, align 4
define i32 @prog(ptr %ctx, i64 %h) {
entry:
  %i = urem i64 %h, 1000
  %p = getelementptr i32, ptr @locks, i64 %i
  %x = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst, align 4
  %r = getelementptr i32, ptr @locks, i64 %h
  %y = cmpxchg ptr %r, i32 1, i32 0 seq_cst seq_cst, align 4
  %q = getelementptr i32, ptr @locks, i64 7
  %z = cmpxchg ptr %q, i32 1, i32 0 seq_cst seq_cst, align 4
  %v = extractvalue { i32, i1 } %x, 0
  ret i32 %v

fallback:
  ret i32 2, !koffload.fallback !0
}

!koffload.limits = !{!1}
!0 = !{}
!1 = !{!"clamp-proven", i64 1}
