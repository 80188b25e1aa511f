; An empty module: the listing is printed with NoSocket and nothing else,
; and nothing crashes. A remark needs a function to hang on, so none is
; emitted: the remark file stays empty.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -pass-remarks-output=%t.yaml -disable-output %s 2>&1 | count 0
; RUN: count 0 < %t.yaml
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload landmarks for 'empty.c'
; CHECK-NEXT: note: NoSocket: module has no function bodies; nothing to analyse
; CHECK-NEXT: summary: 0 sockets, 0 event loops, 0 arrivals, 0 replies, 0 other I/O

source_filename = "empty.c"
