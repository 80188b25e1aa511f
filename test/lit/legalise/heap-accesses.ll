; koffload-bpf-heap-accesses: a load, store or exchange through a pointer
; the program kept in memory (loaded from a global, or from a node reached
; that way) becomes an access into the heap map's chunk: the address less
; koffload_heap_base, under 2^40, the chunk looked up by (off >> 22), the
; offset in it (off & (4 MiB - 1)) checked against the chunk's room for the
; access, plainly and through an opaque copy. A failed check falls back.
; The pointer itself stays a userspace address: compared with null and
; stored back as it was. Left alone: globals, the stack, pointers loaded
; from the stack (the offload's own).
;
; RUN: %opt %load_koffload -passes=koffload-bpf-heap-accesses -S %s | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload-bpf-heap-accesses -S %S/Inputs/heap-own-pointer.ll | FileCheck %S/Inputs/heap-own-pointer.ll --check-prefix=OWN

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@buckets = global ptr null, align 8
@count = global i64 0, align 8

; CHECK: @koffload_heap_base = global i64 0, align 8
; CHECK: @koffload_heap = global [4 x ptr] zeroinitializer, section ".maps", align 8

; CHECK-LABEL: define i32 @prog(
; CHECK: %heap.key = alloca i32
; The bucket array: loaded from @buckets, indexed, read (8 bytes).
; CHECK: %head.addr = getelementptr ptr, ptr %tab, i64 %h
; CHECK-NEXT: [[A:%[0-9]+]] = ptrtoint ptr %head.addr to i64
; CHECK-NEXT: [[B:%[0-9]+]] = load i64, ptr @koffload_heap_base, align 8
; CHECK-NEXT: %heap.off = sub i64 [[A]], [[B]]
; CHECK-NEXT: [[IN:%[0-9]+]] = icmp ult i64 %heap.off, 1099511627776
; CHECK-NEXT: br i1 [[IN]], label %heap.in, label %fallback
; CHECK: heap.in:
; CHECK-NEXT: [[SH:%[0-9]+]] = lshr i64 %heap.off, 22
; CHECK-NEXT: [[K:%[0-9]+]] = trunc i64 [[SH]] to i32
; CHECK-NEXT: store i32 [[K]], ptr %heap.key, align 4
; CHECK-NEXT: [[C:%[0-9]+]] = call ptr inttoptr (i64 1 to ptr)(ptr @koffload_heap, ptr %heap.key)
; CHECK-NEXT: [[NN:%[0-9]+]] = icmp ne ptr [[C]], null
; CHECK-NEXT: br i1 [[NN]], label %heap.chunk, label %fallback
; CHECK: heap.chunk:
; CHECK-NEXT: [[W:%[0-9]+]] = and i64 %heap.off, 4194303
; CHECK-NEXT: [[F1:%[0-9]+]] = icmp ule i64 [[W]], 4194296
; CHECK-NEXT: br i1 [[F1]], label %heap.fits, label %fallback
; CHECK: heap.fits:
; CHECK-NEXT: [[O:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"(i64 [[W]])
; CHECK-NEXT: [[F2:%[0-9]+]] = icmp ule i64 [[O]], 4194296
; CHECK-NEXT: br i1 [[F2]], label %heap.fits{{[0-9]+}}, label %fallback
; CHECK: %heap.at = getelementptr inbounds i8, ptr [[C]], i64 [[O]]
; CHECK-NEXT: %head = load ptr, ptr %heap.at, align 8
;
;
; A node's fields (4 bytes at 16, the exchange's 4 at 20, the next pointer's
; 8 at 24) share one translation, for the 32 bytes they cover (room
; 4 MiB - 32), made before the first of them; the exchange's alignment is
; checked there (and the offset masked past an opaque copy for the
; verifier), and each field is an offset from the translated address.
; CHECK: walk:
; CHECK-NEXT: %n = phi ptr [ %head, %{{.*}} ], [ %next, %{{.*}} ]
; CHECK-NEXT: %done = icmp eq ptr %n, null
; CHECK: body:
; CHECK-NEXT: %val.addr = getelementptr i8, ptr %n, i64 16
; CHECK-NEXT: ptrtoint ptr %n to i64
; CHECK: icmp ule i64 %{{[0-9]+}}, 4194272
; CHECK: heap.aligned:
; CHECK-NEXT: [[O2:%[0-9]+]] = call i64 asm sideeffect "", "=r,0"
; CHECK-NEXT: [[M:%[0-9]+]] = and i64 [[O2]], -4
; CHECK-NEXT: [[N:%heap.at[0-9]+]] = getelementptr inbounds i8, ptr %{{[0-9]+}}, i64 [[M]]
; CHECK-NEXT: [[F16:%[0-9]+]] = getelementptr inbounds i8, ptr [[N]], i64 16
; CHECK-NEXT: %val = load i32, ptr [[F16]], align 4
; CHECK: [[F20:%[0-9]+]] = getelementptr inbounds i8, ptr [[N]], i64 20
; CHECK-NEXT: %was = atomicrmw xchg ptr [[F20]], i32 1 seq_cst
; CHECK: [[F24:%[0-9]+]] = getelementptr inbounds i8, ptr [[N]], i64 24
; CHECK-NEXT: %next = load ptr, ptr [[F24]], align 8
;
; A second pointer's access in the same block, after the first group's
; translation split it (regression: the dominator tree was computed once
; and then stale, and the driver crashed on DINT's store).
; CHECK: %tab2 = load ptr, ptr @buckets, align 8
; CHECK: %first = load i64, ptr %heap.at{{[0-9]+}}, align 8
;
; The next pointer is stored back unchanged into @buckets (a global: no
; translation), and @count is left alone.
; CHECK: store ptr %next, ptr @buckets, align 8
; CHECK: store i64 1, ptr @count, align 8
define i32 @prog(ptr %ctx, i64 %h) {
entry:
  %tab = load ptr, ptr @buckets, align 8
  %head.addr = getelementptr ptr, ptr %tab, i64 %h
  %head = load ptr, ptr %head.addr, align 8
  br label %walk

walk:
  %n = phi ptr [ %head, %entry ], [ %next, %body ]
  %done = icmp eq ptr %n, null
  br i1 %done, label %miss, label %body

body:
  %val.addr = getelementptr i8, ptr %n, i64 16
  %val = load i32, ptr %val.addr, align 4
  %lock.addr = getelementptr i8, ptr %n, i64 20
  %was = atomicrmw xchg ptr %lock.addr, i32 1 seq_cst
  %next.addr = getelementptr i8, ptr %n, i64 24
  %next = load ptr, ptr %next.addr, align 8
  %tab2 = load ptr, ptr @buckets, align 8
  %first = load i64, ptr %tab2, align 8
  %hit = icmp eq i32 %val, 7
  br i1 %hit, label %found, label %walk

found:
  store ptr %next, ptr @buckets, align 8
  store i64 1, ptr @count, align 8
  ret i32 3

miss:
  ret i32 1

fallback:
  ret i32 2, !koffload.fallback !0
}

!0 = !{}
