; koffload-bpf-iterator-loops: a loop capped by a trip counter
; (!koffload.trip.counter on its phi) runs on bpf_iter_num: created before
; the loop with the cap ("loop-cap", 1024 by default) as its end, next()
; at the top of every trip (exhausted: fallback), destroyed on every edge
; out. Under "iterate" 2 every such loop is rewritten, short ones too; the
; kfuncs are declared in .ksyms for libbpf. A loop koffload emitted (no
; trip counter) is left alone.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-iterator-loops -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@scratch = global [4096 x i8] zeroinitializer, align 8

; CHECK-LABEL: define i32 @prog(
; CHECK: entry:
; CHECK-NEXT: %iter = alloca i64, align 8
; CHECK: loop.iter:
; CHECK-NEXT: call i32 @bpf_iter_num_new(ptr %iter, i32 0, i32 1024)
; CHECK-NEXT: br label %loop
; CHECK: loop:
; CHECK: [[NEXT:%[0-9]+]] = call ptr @bpf_iter_num_next(ptr %iter)
; CHECK-NEXT: [[LIVE:%[0-9]+]] = icmp ne ptr [[NEXT]], null
; CHECK-NEXT: br i1 [[LIVE]], label %iter.next, label %[[OUT:.*]]
; An exhausted iterator falls back, destroyed on the way (an edge out).
; CHECK: [[OUT]]:
; CHECK-NEXT: call void @bpf_iter_num_destroy(ptr %iter)
; CHECK-NEXT: br label %fallback
; CHECK: exit:
; CHECK-NEXT: call void @bpf_iter_num_destroy(ptr %iter)
; CHECK: mine:
; CHECK-NOT: bpf_iter_num
; CHECK: ret i32 3
; CHECK: declare i32 @bpf_iter_num_new(ptr, i32, i32) section ".ksyms"
define i32 @prog(ptr %ctx, i64 %n, i64 %cpu) {
entry:
  %row = getelementptr inbounds i8, ptr @scratch, i64 %cpu, !koffload.launder !1
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop.capped ]
  %trips = phi i64 [ 0, %entry ], [ %t1, %loop.capped ], !koffload.trip.counter !0
  %t1 = add i64 %trips, 1
  %over = icmp ugt i64 %t1, 1024
  br i1 %over, label %fallback, label %loop.capped, !koffload.capped !0

loop.capped:
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %n
  br i1 %more, label %loop, label %exit

exit:
  br label %mine

mine:
  %j = phi i64 [ 0, %exit ], [ %j1, %mine ]
  %j1 = add i64 %j, 1
  %jmore = icmp ult i64 %j1, 4
  br i1 %jmore, label %mine, label %done, !koffload.capped !0

done:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!koffload.limits = !{!2}
!0 = !{}
!1 = !{i64 512}
!2 = !{!"iterate", i64 2}
