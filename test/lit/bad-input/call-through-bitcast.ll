; Calls whose function type is not the callee's: what clang emits for
; K&R-style declarations (`int socket();` is `declare i32 @socket(...)`,
; called as `call i32 (i32, i32, i32, ...) @socket`) - the opaque-pointer
; form of a call through a bitcast. They are still calls of socket(),
; bind(), recvfrom() and sendto(), not indirect calls.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'knr.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at ?
; CHECK-NEXT:   bind: port 5000 address 0.0.0.0 at ?
; CHECK-NEXT: event-loop #0: blocking-recv in main at ?, blocks in recvfrom at ?
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at ?, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at ?, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK-NOT: IndirectCall
; REMARK: remark: <unknown>:0:0: udp ipv4 socket #0 bound to port 5000
; REMARK-NOT: IndirectCall

source_filename = "knr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main() {
entry:
  %addr = alloca [16 x i8], align 4
  %buf = alloca [512 x i8], align 16
  %fd = call i32 (i32, i32, i32, ...) @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr, align 4
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  ; htons(5000) = 0x8813 as a little-endian i16
  store i16 34835, ptr %port, align 2
  %r = call i32 (i32, ptr, i32, ...) @bind(i32 %fd, ptr %addr, i32 16)
  br label %loop

loop:
  %n = call i64 (i32, ptr, i64, i32, ptr, ptr, ...) @recvfrom(i32 %fd, ptr %buf, i64 512, i32 0, ptr null, ptr null)
  %s = call i64 (i32, ptr, i64, i32, ptr, i32, ...) @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr null, i32 0)
  br label %loop
}

declare i32 @socket(...)
declare i32 @bind(...)
declare i64 @recvfrom(...)
declare i64 @sendto(...)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
