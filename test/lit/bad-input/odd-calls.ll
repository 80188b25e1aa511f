; Odd but valid IR around the landmark calls: declarations with too few or
; wrongly typed parameters, a sockaddr at an offset into a global struct, a
; sockaddr written by a vector store, a huge memset, an fd that only comes
; from a recursive function and a phi cycle, an invoke, inline asm in the
; loop, poison as an fd, and accept()/poll()/bind() with missing
; arguments. Nothing may crash or hang; what can be known is reported.
; (The poll() with no arguments in front of the loop is a wait outside any
; loop.)
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; socket #0: from @vector_store (a vector store of the whole sockaddr).
; socket #1: from @offset_global (bind() to a sockaddr 8 bytes into a
;            constant-initialised global config struct: 127.0.0.1:53).
; socket #2: from @rec (reached through recursion and a phi cycle).
; The socket(i64) call with one argument is not a socket() call.
;
; CHECK-LABEL: koffload landmarks for 'odd.c'
; CHECK-NEXT: socket #0: udp ipv4, created in vector_store at ?
; CHECK-NEXT:   bind: port 8000 address 198.18.0.5 at ?
; CHECK-NEXT: socket #1: udp ipv4, created in offset_global at ?
; CHECK-NEXT:   bind: port 53 address 127.0.0.1 at ?
; CHECK-NEXT: socket #2: tcp ipv6, created in rec at ?
; CHECK-NEXT:   bind: port 0 address :: at ?
; CHECK-NEXT: event-loop #0: poll in main at ?, waits in poll at ?
; CHECK-NEXT: arrival: recv on socket #2 in main at ?, loop #0
; CHECK-NEXT: arrival: recv on socket ? in main at ?, loop #0
; CHECK-NEXT: reply: send on socket #0 in main at ?, loop #0
; CHECK-NEXT: note: WaitOutsideLoop: poll is not called from a loop; not treated as an event loop (?)
; CHECK-NEXT: note: UnknownArrivalSocket: recv on an fd whose socket could not be traced (?)
; CHECK-NEXT: note: IndirectCallInLoop: indirect call inside event loop #0; its targets are not analysed and stay in userspace (?)
; CHECK-NEXT: summary: 3 sockets, 1 event loop, 2 arrivals, 1 reply, 0 other I/O
;
; YAML: Name:            WaitOutsideLoop
; YAML: Name:            UnknownArrivalSocket
; YAML: Name:            IndirectCallInLoop

source_filename = "odd.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@big = internal global [64 x i8] zeroinitializer, align 8
; { i64 flags, sockaddr_in { AF_INET, htons(53), 127.0.0.1 } }
@cfg = internal global { i64, [16 x i8] } { i64 42, [16 x i8] c"\02\00\005\7F\00\00\01\00\00\00\00\00\00\00\00" }, align 8
@huge = internal global [1099511627776 x i8] zeroinitializer, align 8

define internal i32 @vector_store() {
  %sa = alloca <2 x i64>, align 16
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  ; AF_INET, htons(8000), 198.18.0.5, zero padding
  store <16 x i8> <i8 2, i8 0, i8 31, i8 64, i8 198, i8 18, i8 0, i8 5, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0>, ptr %sa, align 16
  %r = call i32 @bind(i32 %fd, ptr %sa, i32 16)
  ret i32 %fd
}

define internal i32 @offset_global() {
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr @huge, i8 0, i64 1099511627776, i1 false)
  %p = getelementptr inbounds i8, ptr @cfg, i64 8
  %r = call i32 @bind(i32 %fd, ptr %p, i32 16)
  ; too few arguments: not looked at
  %r2 = call i32 @bind(i32 %fd, ptr %p)
  ret i32 %fd
}

define internal i32 @rec(i32 %depth) {
entry:
  %stop = icmp eq i32 %depth, 0
  br i1 %stop, label %base, label %again

base:
  %sa = alloca [28 x i8], align 4
  call void @llvm.memset.p0.i64(ptr @huge, i8 1, i64 1099511627776, i1 false)
  call void @llvm.memset.p0.i64(ptr %sa, i8 0, i64 1099511627776, i1 false)
  store i16 10, ptr %sa, align 4
  %fd = call i32 @socket(i32 10, i32 1, i32 0)
  %r = call i32 @bind(i32 %fd, ptr %sa, i32 28)
  ret i32 %fd

again:
  %d = sub i32 %depth, 1
  %inner = call i32 @rec(i32 %d)
  ret i32 %inner
}

define i32 @main(i32 %argc) personality ptr @__gxx_personality_v0 {
entry:
  %buf = alloca [256 x i8], align 16
  %a = call i32 @vector_store()
  %b = call i32 @offset_global()
  %c = call i32 @rec(i32 3)
  %not.a.socket = call i64 @socket(i64 1)
  %acc = call i32 @accept()
  %pl = call i32 @poll()
  br label %loop

loop:
  %fd = phi i32 [ %c, %entry ], [ %fd.next, %latch ]
  %w = invoke i32 @poll(ptr null, i64 0, i32 -1)
          to label %ready unwind label %lpad

ready:
  %n = call i64 @recv(i32 %fd, ptr %buf, i64 256, i32 0)
  %m = call i64 @recv(i32 poison, ptr %buf, i64 256, i32 0)
  call void asm sideeffect "pause", ""()
  %fp = load ptr, ptr @big, align 8
  call void %fp(i32 %fd)
  %s = call i64 @send(i32 %a, ptr %buf, i64 %n, i32 0)
  br label %latch

latch:
  %fd.next = select i1 true, i32 %fd, i32 %fd
  br label %loop

lpad:
  %lp = landingpad { ptr, i32 } cleanup
  ret i32 1
}

declare i32 @__gxx_personality_v0(...)
declare i32 @socket(...)
declare i32 @bind(...)
declare i32 @accept(...)
declare i32 @poll(...)
declare i64 @recv(i32, ptr, i64, i32)
declare i64 @send(i32, ptr, i64, i32)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
