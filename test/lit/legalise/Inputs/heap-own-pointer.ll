; The offload may not store a pointer of its own (here its stack) into the
; heap: userspace could not follow it. The pass records the refusal.
; (Not a test by itself: heap-accesses.ll runs it.)
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@buckets = global ptr null, align 8

; OWN: !koffload.refused = !{![[R:[0-9]+]]}
; OWN: ![[R]] = !{!"the offload would store its own pointer into the heap"}
define i32 @prog(ptr %ctx) {
entry:
  %local = alloca [8 x i8], align 8
  %tab = load ptr, ptr @buckets, align 8
  store ptr %local, ptr %tab, align 8
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
