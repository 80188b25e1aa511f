; koffload-bpf-spin-locks: a spin lock's acquire loop becomes one try, a
; compare-and-exchange of the free value for the taken one (marked
; !koffload.lock, which the undo log releases on a fallback after it); a
; lock found held falls back. Three forms: the exchange loop
; (`while (__sync_lock_test_and_set(&l, 1));`), the same rotated with its
; first try peeled (what the plugin sees at the start of clang's pipeline),
; and the compare-and-exchange loop. Left alone: a loop that does more
; than try (a back-off counter).
;
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt %load_koffload -passes=koffload-bpf-spin-locks -S %t/xchg_loop.ll | FileCheck %s --check-prefix=XCHG
; RUN: %opt %load_koffload -passes=koffload-bpf-spin-locks -S %t/rotated.ll | FileCheck %s --check-prefix=ROT
; RUN: %opt %load_koffload -passes=koffload-bpf-spin-locks -S %t/cas_loop.ll | FileCheck %s --check-prefix=CAS
; RUN: %opt %load_koffload -passes=koffload-bpf-spin-locks -S %t/backoff.ll | FileCheck %s --check-prefix=BACK

; XCHG-LABEL: define i32 @xchg_loop(
; XCHG:      spin:
; XCHG-NEXT:   [[T:%[0-9]+]] = cmpxchg ptr @lock, i32 0, i32 1 seq_cst seq_cst, align 4, !koffload.lock
; XCHG-NEXT:   [[OLD:%[0-9]+]] = extractvalue { i32, i1 } [[T]], 0
; XCHG-NEXT:   %free = icmp eq i32 [[OLD]], 0
; XCHG-NEXT:   %lock.taken = extractvalue { i32, i1 } [[T]], 1
; XCHG-NEXT:   br i1 %lock.taken, label %got, label %fallback
; XCHG-NOT:  atomicrmw

; ROT-LABEL: define i32 @rotated(
; ROT:      entry:
; ROT-NEXT:   [[T2:%[0-9]+]] = cmpxchg ptr @lock, i32 0, i32 1 seq_cst seq_cst, align 4, !koffload.lock
; ROT:        br i1 %lock.taken{{[0-9]*}}, label %got, label %fallback
; ROT-NOT:  spin:
; ROT-NOT:  atomicrmw

; CAS-LABEL: define i32 @cas_loop(
; CAS:      spin:
; CAS-NEXT:   %t = cmpxchg ptr @lock, i32 0, i32 1 seq_cst seq_cst, align 4, !koffload.lock
; CAS-NEXT:   %ok = extractvalue { i32, i1 } %t, 1
; CAS-NEXT:   %lock.taken = extractvalue { i32, i1 } %t, 1
; CAS-NEXT:   br i1 %lock.taken, label %got, label %fallback

; BACK-LABEL: define i32 @backoff(
; BACK:      spin:
; BACK:        atomicrmw xchg ptr @lock, i32 1
; BACK:        br i1 %free, label %got, label %spin
; BACK-NOT:  !koffload.lock


;--- xchg_loop.ll
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@lock = global i32 0, align 4
@tries = global i32 0, align 4

define i32 @xchg_loop(ptr %ctx) {
entry:
  br label %spin

spin:
  %old = atomicrmw xchg ptr @lock, i32 1 seq_cst, align 4
  %free = icmp eq i32 %old, 0
  br i1 %free, label %got, label %spin

got:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}

;--- rotated.ll
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@lock = global i32 0, align 4
@tries = global i32 0, align 4

define i32 @rotated(ptr %ctx) {
entry:
  %first = atomicrmw xchg ptr @lock, i32 1 seq_cst, align 4
  %busy = icmp ne i32 %first, 0
  br i1 %busy, label %spin, label %got

spin:
  %again = atomicrmw xchg ptr @lock, i32 1 seq_cst, align 4
  %still = icmp ne i32 %again, 0
  br i1 %still, label %spin, label %got

got:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}

;--- cas_loop.ll
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@lock = global i32 0, align 4
@tries = global i32 0, align 4

define i32 @cas_loop(ptr %ctx) {
entry:
  br label %spin

spin:
  %t = cmpxchg ptr @lock, i32 0, i32 1 seq_cst seq_cst, align 4
  %ok = extractvalue { i32, i1 } %t, 1
  br i1 %ok, label %got, label %spin

got:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}

;--- backoff.ll
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@lock = global i32 0, align 4
@tries = global i32 0, align 4

define i32 @backoff(ptr %ctx) {
entry:
  br label %spin

spin:
  %n = load i32, ptr @tries, align 4
  %n1 = add i32 %n, 1
  store i32 %n1, ptr @tries, align 4
  %old = atomicrmw xchg ptr @lock, i32 1 seq_cst, align 4
  %free = icmp eq i32 %old, 0
  br i1 %free, label %got, label %spin

got:
  ret i32 3

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
