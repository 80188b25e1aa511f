; A module with debug info where the poll loop itself carries none (as
; after a pass that drops locations): socket() and bind() have lines, the
; loop and the calls in it print '?', and the loop's remark has no source
; location while the socket's has one.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'nodbg.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at nodbg.c:5
; CHECK-NEXT:   bind: port 53 address 127.0.0.1 at nodbg.c:9
; CHECK-NEXT: event-loop #0: poll in main at ?, waits in poll at ?
; CHECK-NEXT: arrival: recv on socket #0 in main at ?, loop #0
; CHECK-NEXT: reply: send on socket #0 in main at ?, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK: remark: nodbg.c:5:12: udp ipv4 socket #0 bound to port 53
; REMARK: remark: {{.*}}event loop #0 (poll) in main

source_filename = "nodbg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; sockaddr_in {AF_INET, htons(53), 127.0.0.1}
@srv = internal global { i16, i16, i32, [8 x i8] } { i16 2, i16 13568, i32 16777343, [8 x i8] zeroinitializer }

define i32 @main() !dbg !5 {
entry:
  %pfd = alloca { i32, i16, i16 }, align 4
  %buf = alloca [512 x i8], align 16
  %fd = call i32 @socket(i32 2, i32 2, i32 0), !dbg !8
  %r = call i32 @bind(i32 %fd, ptr @srv, i32 16), !dbg !9
  store i32 %fd, ptr %pfd, align 4
  %ev = getelementptr inbounds i8, ptr %pfd, i64 4
  store i16 1, ptr %ev, align 4
  br label %loop

loop:
  %w = call i32 @poll(ptr %pfd, i64 1, i32 -1)
  %ready = icmp sgt i32 %w, 0
  br i1 %ready, label %serve, label %loop

serve:
  %n = call i64 @recv(i32 %fd, ptr %buf, i64 512, i32 0)
  %s = call i64 @send(i32 %fd, ptr %buf, i64 %n, i32 0)
  br label %loop, !llvm.loop !10
}

declare i32 @socket(i32, i32, i32)
declare i32 @bind(i32, ptr, i32)
declare i32 @poll(ptr, i64, i32)
declare i64 @recv(i32, ptr, i64, i32)
declare i64 @send(i32, ptr, i64, i32)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "hand", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "nodbg.c", directory: "/tmp")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 5, column: 12, scope: !5)
!9 = !DILocation(line: 9, column: 3, scope: !5)
; A loop node without locations.
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
