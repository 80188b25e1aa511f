; An irreducible cycle (two entries, as a goto into a loop makes) around a
; blocking recvfrom() and its reply. LoopInfo has no loop here; the cycle
; is still the loop the server waits in, so it is the event loop.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'irreducible.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at ?
; CHECK-NEXT:   bind: port 7 address 0.0.0.0 at ?
; CHECK-NEXT: event-loop #0: blocking-recv in main at ?, blocks in recvfrom at ?
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at ?, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at ?, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK: remark: <unknown>:0:0: recvfrom receives a request on socket #0

source_filename = "irreducible.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main(i32 %argc) {
entry:
  %addr = alloca [16 x i8], align 4
  %buf = alloca [512 x i8], align 16
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr, align 4
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  store i16 1792, ptr %port, align 2
  %r = call i32 @bind(i32 %fd, ptr %addr, i32 16)
  %greet = icmp sgt i32 %argc, 1
  br i1 %greet, label %reply, label %receive

receive:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 512, i32 0, ptr null, ptr null)
  br label %reply

reply:
  %len = phi i64 [ 5, %entry ], [ %n, %receive ]
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %len, i32 0, ptr null, i32 0)
  br label %receive
}

declare i32 @socket(i32, i32, i32)
declare i32 @bind(i32, ptr, i32)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
