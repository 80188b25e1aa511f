; Hand-written IR without debug info: a blocking recvfrom loop, and blocks
; no path from the entry reaches - a socket(), a recvfrom() and a poll()
; loop among them. Code that never runs has no landmarks: the dead socket
; is not a socket and the dead poll loop is not an event loop. Locations
; print as '?'. Remarks still appear (without a location), and the module
; is left unchanged.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'unreachable.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at ?
; CHECK-NEXT:   bind: port 9001 address 0.0.0.0 at ?
; CHECK-NEXT: event-loop #0: blocking-recv in main at ?, blocks in recvfrom at ?
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at ?, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at ?, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK: remark: <unknown>:0:0: udp ipv4 socket #0 bound to port 9001
; REMARK: remark: <unknown>:0:0: event loop #0 (blocking-recv) in main
;
; YAML:      --- !Analysis
; YAML-NEXT: Pass:            koffload-landmarks
; YAML-NEXT: Name:            Socket
; YAML-NEXT: Function:        main

source_filename = "unreachable.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main() {
entry:
  %addr = alloca [16 x i8], align 4
  %buf = alloca [512 x i8], align 16
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr, align 4
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  ; htons(9001): bytes 0x23 0x29, a little-endian i16 0x2923
  store i16 10531, ptr %port, align 2
  %r = call i32 @bind(i32 %fd, ptr %addr, i32 16)
  br label %loop

loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 512, i32 0, ptr null, ptr null)
  %ok = icmp sgt i64 %n, 0
  br i1 %ok, label %reply, label %loop

reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr null, i32 0)
  br label %loop

dead:
  %fd2 = call i32 @socket(i32 2, i32 1, i32 0)
  %n2 = call i64 @recvfrom(i32 %fd2, ptr %buf, i64 512, i32 0, ptr null, ptr null)
  br label %dead.loop

dead.loop:
  %p = call i32 @poll(ptr null, i64 0, i32 -1)
  %w = call i64 @write(i32 %fd, ptr %buf, i64 1)
  br label %dead.loop

dead.selfloop:
  br label %dead.selfloop
}

declare i32 @socket(i32, i32, i32)
declare i32 @bind(i32, ptr, i32)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare i32 @poll(ptr, i64, i32)
declare i64 @write(i32, ptr, i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
