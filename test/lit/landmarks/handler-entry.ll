; Handler entry points for a program with no socket() call (a framework
; owns the socket and the loop). Without a socket description the
; annotated handler is found but its fd is no known socket; with
; -koffload-handler naming a second one and -koffload-handler-socket
; describing the socket, both handlers' receives and sends are on it, each
; handler its own request loop. A malformed description is refused.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=ANNOT
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output -koffload-handler=count_only -koffload-handler-socket=udp46:5353 %s 2>&1 | FileCheck %s --check-prefix=DESC
; RUN: not %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output -koffload-handler-socket=udp7:5353 %s 2>&1 | FileCheck %s --check-prefix=BAD
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output -koffload-handler=nosuch %s 2>&1 | FileCheck %s --check-prefix=NOSUCH
;
; ANNOT-LABEL: koffload landmarks for 'handler-entry.c'
; ANNOT-NEXT: event-loop #0: handler on_request at handler-entry.c:14, requests start at its entry and end at its returns
; ANNOT-NEXT:   entry: on_request on socket ?, fd in parameter 0, named by annotate("koffload_handler")
; ANNOT-NEXT: arrival: recv on socket ? in on_request at handler-entry.c:16, loop #0
; ANNOT-NEXT: reply: sendto on socket ? in on_request at handler-entry.c:20, loop #0
; ANNOT-NEXT: arrival: recv on socket ? in count_only at handler-entry.c:27, outside any event loop
; ANNOT-NEXT: note: HandlerWithoutSocket: handler on_request: its fd parameter is no socket created here; describe it with -koffload-handler-socket=udp:PORT
; ANNOT: note: NoSocket:
;
; DESC-LABEL: koffload landmarks for 'handler-entry.c'
; DESC-NEXT: socket #0: udp ipv4|ipv6, described on the command line for on_request, port 5353
; DESC-NEXT: event-loop #0: handler on_request at handler-entry.c:14, requests start at its entry and end at its returns
; DESC-NEXT:   entry: on_request on socket #0, fd in parameter 0, named by annotate("koffload_handler")
; DESC-NEXT: event-loop #1: handler count_only at handler-entry.c:23, requests start at its entry and end at its returns
; DESC-NEXT:   entry: count_only on socket #0, fd in parameter 0, named by -koffload-handler
; DESC-NEXT: arrival: recv on socket #0 in on_request at handler-entry.c:16, loop #0
; DESC-NEXT: reply: sendto on socket #0 in on_request at handler-entry.c:20, loop #0
; DESC-NEXT: arrival: recv on socket #0 in count_only at handler-entry.c:27, loop #1
; DESC-NEXT: summary: 1 socket, 2 event loops, 2 arrivals, 1 reply, 0 other I/O
;
; BAD: bad handler socket 'udp7:5353': the family suffix is not 4, 6 or 46
;
; NOSUCH: note: UnknownHandler: -koffload-handler=nosuch: no function of that name is defined in this module
;
; MADE-FROM: Inputs/handler-entry.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - handler-entry.c

; ModuleID = 'handler-entry.c'
source_filename = "handler-entry.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@hits = internal global [64 x i64] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [17 x i8] c"koffload_handler\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [16 x i8] c"handler-entry.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @on_request, ptr @.str, ptr @.str.1, i32 14, ptr null }], section "llvm.metadata"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @on_request(i32 noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !19 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [256 x i8], align 16
  %8 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !42, !DIExpression(), !43)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !44, !DIExpression(), !45)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !46, !DIExpression(), !47)
    #dbg_declare(ptr %7, !48, !DIExpression(), !52)
    #dbg_declare(ptr %8, !53, !DIExpression(), !58)
  %9 = load i32, ptr %4, align 4, !dbg !59
  %10 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !60
  %11 = call i64 @recv(i32 noundef %9, ptr noundef %10, i64 noundef 256, i32 noundef 0), !dbg !61
  store i64 %11, ptr %8, align 8, !dbg !58
  %12 = load i64, ptr %8, align 8, !dbg !62
  %13 = icmp sle i64 %12, 0, !dbg !64
  br i1 %13, label %14, label %15, !dbg !65

14:                                               ; preds = %3
  br label %30, !dbg !66

15:                                               ; preds = %3
  %16 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !67
  %17 = load i8, ptr %16, align 16, !dbg !67
  %18 = zext i8 %17 to i32, !dbg !68
  %19 = srem i32 %18, 64, !dbg !69
  %20 = sext i32 %19 to i64, !dbg !70
  %21 = getelementptr inbounds [64 x i64], ptr @hits, i64 0, i64 %20, !dbg !70
  %22 = load i64, ptr %21, align 8, !dbg !71
  %23 = add i64 %22, 1, !dbg !71
  store i64 %23, ptr %21, align 8, !dbg !71
  %24 = load i32, ptr %4, align 4, !dbg !72
  %25 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !73
  %26 = load i64, ptr %8, align 8, !dbg !74
  %27 = load ptr, ptr %5, align 8, !dbg !75
  %28 = load i32, ptr %6, align 4, !dbg !76
  %29 = call i64 @sendto(i32 noundef %24, ptr noundef %25, i64 noundef %26, i32 noundef 0, ptr noundef %27, i32 noundef %28), !dbg !77
  br label %30, !dbg !78

30:                                               ; preds = %15, %14
  ret void, !dbg !78
}

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @count_only(i32 noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !79 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [64 x i8], align 16
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !80, !DIExpression(), !81)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !82, !DIExpression(), !83)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !84, !DIExpression(), !85)
  %8 = load ptr, ptr %5, align 8, !dbg !86
  %9 = load i32, ptr %6, align 4, !dbg !87
    #dbg_declare(ptr %7, !88, !DIExpression(), !90)
  %10 = load i32, ptr %4, align 4, !dbg !91
  %11 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0, !dbg !93
  %12 = call i64 @recv(i32 noundef %10, ptr noundef %11, i64 noundef 64, i32 noundef 0), !dbg !94
  %13 = icmp sgt i64 %12, 0, !dbg !95
  br i1 %13, label %14, label %17, !dbg !96

14:                                               ; preds = %3
  %15 = load i64, ptr @hits, align 16, !dbg !97
  %16 = add i64 %15, 1, !dbg !97
  store i64 %16, ptr @hits, align 16, !dbg !97
  br label %17, !dbg !98

17:                                               ; preds = %14, %3
  ret void, !dbg !99
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !100 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @framework_run(ptr noundef @on_request), !dbg !103
  call void @framework_run(ptr noundef @count_only), !dbg !104
  ret i32 0, !dbg !105
}

declare void @framework_run(ptr noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!11, !12, !13, !14, !15, !16, !17}
!llvm.ident = !{!18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "hits", scope: !2, file: !3, line: 11, type: !7, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "handler-entry.c", directory: "/work/wt-front/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "cde56a3f08f8592b4d21e45179fd209b")
!4 = !{!5}
!5 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!6 = !{!0}
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 4096, elements: !9)
!8 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!9 = !{!10}
!10 = !DISubrange(count: 64)
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = !{i32 2, !"Debug Info Version", i32 3}
!13 = !{i32 1, !"wchar_size", i32 4}
!14 = !{i32 8, !"PIC Level", i32 2}
!15 = !{i32 7, !"PIE Level", i32 2}
!16 = !{i32 7, !"uwtable", i32 2}
!17 = !{i32 7, !"frame-pointer", i32 2}
!18 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!19 = distinct !DISubprogram(name: "on_request", scope: !3, file: !3, line: 14, type: !20, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !41)
!20 = !DISubroutineType(types: !21)
!21 = !{null, !22, !23, !37}
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !26, line: 183, size: 128, elements: !27)
!26 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!27 = !{!28, !32}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !25, file: !26, line: 185, baseType: !29, size: 16)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !30, line: 28, baseType: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!31 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !25, file: !26, line: 186, baseType: !33, size: 112, offset: 16)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 112, elements: !35)
!34 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!35 = !{!36}
!36 = !DISubrange(count: 14)
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !26, line: 33, baseType: !38)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !39, line: 210, baseType: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!40 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!41 = !{}
!42 = !DILocalVariable(name: "fd", arg: 1, scope: !19, file: !3, line: 14, type: !22)
!43 = !DILocation(line: 14, column: 16, scope: !19)
!44 = !DILocalVariable(name: "peer", arg: 2, scope: !19, file: !3, line: 14, type: !23)
!45 = !DILocation(line: 14, column: 43, scope: !19)
!46 = !DILocalVariable(name: "len", arg: 3, scope: !19, file: !3, line: 14, type: !37)
!47 = !DILocation(line: 14, column: 59, scope: !19)
!48 = !DILocalVariable(name: "buf", scope: !19, file: !3, line: 15, type: !49)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 2048, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 256)
!52 = !DILocation(line: 15, column: 8, scope: !19)
!53 = !DILocalVariable(name: "n", scope: !19, file: !3, line: 16, type: !54)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !55, line: 108, baseType: !56)
!55 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !39, line: 194, baseType: !57)
!57 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!58 = !DILocation(line: 16, column: 11, scope: !19)
!59 = !DILocation(line: 16, column: 20, scope: !19)
!60 = !DILocation(line: 16, column: 24, scope: !19)
!61 = !DILocation(line: 16, column: 15, scope: !19)
!62 = !DILocation(line: 17, column: 7, scope: !63)
!63 = distinct !DILexicalBlock(scope: !19, file: !3, line: 17, column: 7)
!64 = !DILocation(line: 17, column: 9, scope: !63)
!65 = !DILocation(line: 17, column: 7, scope: !19)
!66 = !DILocation(line: 18, column: 5, scope: !63)
!67 = !DILocation(line: 19, column: 23, scope: !19)
!68 = !DILocation(line: 19, column: 8, scope: !19)
!69 = !DILocation(line: 19, column: 30, scope: !19)
!70 = !DILocation(line: 19, column: 3, scope: !19)
!71 = !DILocation(line: 19, column: 35, scope: !19)
!72 = !DILocation(line: 20, column: 10, scope: !19)
!73 = !DILocation(line: 20, column: 14, scope: !19)
!74 = !DILocation(line: 20, column: 19, scope: !19)
!75 = !DILocation(line: 20, column: 25, scope: !19)
!76 = !DILocation(line: 20, column: 31, scope: !19)
!77 = !DILocation(line: 20, column: 3, scope: !19)
!78 = !DILocation(line: 21, column: 1, scope: !19)
!79 = distinct !DISubprogram(name: "count_only", scope: !3, file: !3, line: 23, type: !20, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !41)
!80 = !DILocalVariable(name: "fd", arg: 1, scope: !79, file: !3, line: 23, type: !22)
!81 = !DILocation(line: 23, column: 21, scope: !79)
!82 = !DILocalVariable(name: "peer", arg: 2, scope: !79, file: !3, line: 23, type: !23)
!83 = !DILocation(line: 23, column: 48, scope: !79)
!84 = !DILocalVariable(name: "len", arg: 3, scope: !79, file: !3, line: 23, type: !37)
!85 = !DILocation(line: 23, column: 64, scope: !79)
!86 = !DILocation(line: 24, column: 9, scope: !79)
!87 = !DILocation(line: 25, column: 9, scope: !79)
!88 = !DILocalVariable(name: "buf", scope: !79, file: !3, line: 26, type: !89)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 512, elements: !9)
!90 = !DILocation(line: 26, column: 8, scope: !79)
!91 = !DILocation(line: 27, column: 12, scope: !92)
!92 = distinct !DILexicalBlock(scope: !79, file: !3, line: 27, column: 7)
!93 = !DILocation(line: 27, column: 16, scope: !92)
!94 = !DILocation(line: 27, column: 7, scope: !92)
!95 = !DILocation(line: 27, column: 37, scope: !92)
!96 = !DILocation(line: 27, column: 7, scope: !79)
!97 = !DILocation(line: 28, column: 12, scope: !92)
!98 = !DILocation(line: 28, column: 5, scope: !92)
!99 = !DILocation(line: 29, column: 1, scope: !79)
!100 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 31, type: !101, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2)
!101 = !DISubroutineType(types: !102)
!102 = !{!22}
!103 = !DILocation(line: 32, column: 3, scope: !100)
!104 = !DILocation(line: 33, column: 3, scope: !100)
!105 = !DILocation(line: 34, column: 3, scope: !100)
