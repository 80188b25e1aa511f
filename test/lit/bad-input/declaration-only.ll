; A module with declarations and no function body: nothing to analyse. The
; listing is printed, NoSocket is reported (as a remark on the first
; declaration, the only function there is), and -passes=koffload leaves the
; module unchanged.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'decls.c'
; CHECK-NEXT: note: NoSocket: module has no function bodies; nothing to analyse
; CHECK-NEXT: summary: 0 sockets, 0 event loops, 0 arrivals, 0 replies, 0 other I/O
;
; REMARK: remark: {{.*}}module has no function bodies; nothing to analyse
;
; YAML:      --- !Analysis
; YAML-NEXT: Pass:            koffload-landmarks
; YAML-NEXT: Name:            NoSocket
; YAML-NEXT: Function:        socket

source_filename = "decls.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare i32 @socket(i32, i32, i32)
declare i32 @bind(i32, ptr, i32)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i32 @poll(ptr, i64, i32)
@external_fd = external global i32
