; koffload-bpf-atomic-words refuses an update with a call between its load
; and its store (it would not be one read-modify-write): the module says
; why in !koffload.refused, which the generator turns into a refusal, and
; the update is left as it was.
;
; RUN: %opt %load_koffload -passes=koffload-bpf-atomic-words -S %s | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@hits = global i32 0, align 4, !koffload.atomic !0

declare void @touch()

; CHECK-NOT: atomicrmw
; CHECK: store i32 %new, ptr @hits
; CHECK: !koffload.refused = !{![[WHY:[0-9]+]]}
; CHECK: ![[WHY]] = !{!"an update of hits is not a simple read-modify-write (memory may be written between the read and the write)"}
define i32 @prog(ptr %ctx) {
entry:
  %old = load i32, ptr @hits, align 4
  call void @touch()
  %new = add i32 %old, 1
  store i32 %new, ptr @hits, align 4
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
