; koffload-bpf-cap-loops: a loop the verifier cannot see end gets a trip
; counter; past the cap ("loop-cap" in !koffload.limits, here 16) the
; request falls back. A loop already bounded (!koffload.capped on its
; header's branch) is left alone. Regression: in a loop whose header was
; its own latch the counter's back edge kept 0 (the split-off rest of the
; header was not known to the loop), so the cap never fired.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-cap-loops -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

; CHECK-LABEL: define i32 @prog(
; CHECK: scan:
; CHECK-NEXT: %i = phi i64 [ 0, %entry ], [ %i1, %scan.capped ]
; CHECK-NEXT: %trips = phi i64 [ [[NEXT:%[0-9]+]], %scan.capped ], [ 0, %entry ], !koffload.trip.counter
; CHECK-NEXT: [[NEXT]] = add i64 %trips, 1
; CHECK-NEXT: [[OVER:%[0-9]+]] = icmp ugt i64 [[NEXT]], 16
; CHECK-NEXT: br i1 [[OVER]], label %fallback, label %scan.capped, !koffload.capped
; CHECK: scan.capped:
; CHECK-NEXT: %i1 = add i64 %i, 1
; CHECK: bounded:
; CHECK-NEXT: %j = phi i64
; CHECK-NOT: trips
; CHECK: ret i32
define i32 @prog(ptr %ctx, i64 %n) {
entry:
  br label %scan

scan:
  %i = phi i64 [ 0, %entry ], [ %i1, %scan ]
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %n
  br i1 %more, label %scan, label %next

next:
  br label %bounded

bounded:
  %j = phi i64 [ 0, %next ], [ %j1, %bounded ]
  %j1 = add i64 %j, 1
  %jmore = icmp ult i64 %j1, 8
  br i1 %jmore, label %bounded, label %done, !koffload.capped !0

done:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!koffload.limits = !{!1}
!0 = !{}
!1 = !{!"loop-cap", i64 16}
