; One file of a multi-file server: the socket() and accept() calls are in
; another translation unit, so the fds read and written come from unknown
; external functions. They are counted as other I/O, each with an
; UnknownFdOrigin finding (they may be sockets), and NoSocket is reported.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload landmarks for 'net-wrappers-elsewhere.c'
; CHECK-NEXT: io: read on a non-socket fd in main at net-wrappers-elsewhere.c:25, outside any event loop
; CHECK-NEXT: io: write on a non-socket fd in main at net-wrappers-elsewhere.c:26, outside any event loop
; CHECK-NEXT: note: UnknownFdOrigin: read on an fd whose origin could not be traced; counted as other I/O, though it may be a socket (net-wrappers-elsewhere.c:25)
; CHECK-NEXT: note: UnknownFdOrigin: write on an fd whose origin could not be traced; counted as other I/O, though it may be a socket (net-wrappers-elsewhere.c:26)
; CHECK-NEXT: note: NoSocket: no socket() call found; this module is not a server koffload can split and is left unchanged
; CHECK-NEXT: summary: 0 sockets, 0 event loops, 0 arrivals, 0 replies, 2 other I/O
;
; REMARK: remark: net-wrappers-elsewhere.c:25:{{[0-9]+}}: read on an fd whose origin could not be traced
; REMARK: remark: net-wrappers-elsewhere.c:26:{{[0-9]+}}: write on an fd whose origin could not be traced
;
; MADE-FROM: Inputs/net-wrappers-elsewhere.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - net-wrappers-elsewhere.c

; ModuleID = 'net-wrappers-elsewhere.c'
source_filename = "net-wrappers-elsewhere.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"net_listen\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !17 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [1024 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !22, !DIExpression(), !23)
  %6 = call i32 @net_listen(i16 noundef zeroext 7070), !dbg !24
  store i32 %6, ptr %2, align 4, !dbg !23
  %7 = load i32, ptr %2, align 4, !dbg !25
  %8 = icmp slt i32 %7, 0, !dbg !27
  br i1 %8, label %9, label %10, !dbg !28

9:                                                ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !29
  ret i32 1, !dbg !31

10:                                               ; preds = %0
    #dbg_declare(ptr %3, !32, !DIExpression(), !36)
  br label %11, !dbg !37

11:                                               ; preds = %28, %16, %10
    #dbg_declare(ptr %4, !38, !DIExpression(), !42)
  %12 = load i32, ptr %2, align 4, !dbg !43
  %13 = call i32 @net_accept(i32 noundef %12), !dbg !44
  store i32 %13, ptr %4, align 4, !dbg !42
  %14 = load i32, ptr %4, align 4, !dbg !45
  %15 = icmp slt i32 %14, 0, !dbg !47
  br i1 %15, label %16, label %17, !dbg !48

16:                                               ; preds = %11
  br label %11, !dbg !49, !llvm.loop !50

17:                                               ; preds = %11
    #dbg_declare(ptr %5, !53, !DIExpression(), !59)
  br label %18, !dbg !60

18:                                               ; preds = %23, %17
  %19 = load i32, ptr %4, align 4, !dbg !61
  %20 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !62
  %21 = call i64 @read(i32 noundef %19, ptr noundef %20, i64 noundef 1024), !dbg !63
  store i64 %21, ptr %5, align 8, !dbg !64
  %22 = icmp sgt i64 %21, 0, !dbg !65
  br i1 %22, label %23, label %28, !dbg !60

23:                                               ; preds = %18
  %24 = load i32, ptr %4, align 4, !dbg !66
  %25 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !67
  %26 = load i64, ptr %5, align 8, !dbg !68
  %27 = call i64 @write(i32 noundef %24, ptr noundef %25, i64 noundef %26), !dbg !69
  br label %18, !dbg !60, !llvm.loop !70

28:                                               ; preds = %18
  %29 = load i32, ptr %4, align 4, !dbg !73
  %30 = call i32 @close(i32 noundef %29), !dbg !74
  br label %11, !dbg !75, !llvm.loop !50
}

declare i32 @net_listen(i16 noundef zeroext) #1

declare void @perror(ptr noundef) #1

declare i32 @net_accept(i32 noundef) #1

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

declare i32 @close(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14, !15}
!llvm.ident = !{!16}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "net-wrappers-elsewhere.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "f13b299383cff470dc09b7e7363ef7ab")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 11)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0}
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = !{i32 7, !"frame-pointer", i32 2}
!16 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!17 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 13, type: !18, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !21)
!18 = !DISubroutineType(types: !19)
!19 = !{!20}
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !{}
!22 = !DILocalVariable(name: "lfd", scope: !17, file: !2, line: 14, type: !20)
!23 = !DILocation(line: 14, column: 7, scope: !17)
!24 = !DILocation(line: 14, column: 13, scope: !17)
!25 = !DILocation(line: 15, column: 7, scope: !26)
!26 = distinct !DILexicalBlock(scope: !17, file: !2, line: 15, column: 7)
!27 = !DILocation(line: 15, column: 11, scope: !26)
!28 = !DILocation(line: 15, column: 7, scope: !17)
!29 = !DILocation(line: 16, column: 5, scope: !30)
!30 = distinct !DILexicalBlock(scope: !26, file: !2, line: 15, column: 16)
!31 = !DILocation(line: 17, column: 5, scope: !30)
!32 = !DILocalVariable(name: "buf", scope: !17, file: !2, line: 19, type: !33)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 1024)
!36 = !DILocation(line: 19, column: 8, scope: !17)
!37 = !DILocation(line: 20, column: 3, scope: !17)
!38 = !DILocalVariable(name: "c", scope: !39, file: !2, line: 21, type: !20)
!39 = distinct !DILexicalBlock(scope: !40, file: !2, line: 20, column: 12)
!40 = distinct !DILexicalBlock(scope: !41, file: !2, line: 20, column: 3)
!41 = distinct !DILexicalBlock(scope: !17, file: !2, line: 20, column: 3)
!42 = !DILocation(line: 21, column: 9, scope: !39)
!43 = !DILocation(line: 21, column: 24, scope: !39)
!44 = !DILocation(line: 21, column: 13, scope: !39)
!45 = !DILocation(line: 22, column: 9, scope: !46)
!46 = distinct !DILexicalBlock(scope: !39, file: !2, line: 22, column: 9)
!47 = !DILocation(line: 22, column: 11, scope: !46)
!48 = !DILocation(line: 22, column: 9, scope: !39)
!49 = !DILocation(line: 23, column: 7, scope: !46)
!50 = distinct !{!50, !51, !52}
!51 = !DILocation(line: 20, column: 3, scope: !41)
!52 = !DILocation(line: 28, column: 3, scope: !41)
!53 = !DILocalVariable(name: "n", scope: !39, file: !2, line: 24, type: !54)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !55, line: 77, baseType: !56)
!55 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !57, line: 194, baseType: !58)
!57 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!58 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!59 = !DILocation(line: 24, column: 13, scope: !39)
!60 = !DILocation(line: 25, column: 5, scope: !39)
!61 = !DILocation(line: 25, column: 22, scope: !39)
!62 = !DILocation(line: 25, column: 25, scope: !39)
!63 = !DILocation(line: 25, column: 17, scope: !39)
!64 = !DILocation(line: 25, column: 15, scope: !39)
!65 = !DILocation(line: 25, column: 44, scope: !39)
!66 = !DILocation(line: 26, column: 13, scope: !39)
!67 = !DILocation(line: 26, column: 16, scope: !39)
!68 = !DILocation(line: 26, column: 21, scope: !39)
!69 = !DILocation(line: 26, column: 7, scope: !39)
!70 = distinct !{!70, !60, !71, !72}
!71 = !DILocation(line: 26, column: 22, scope: !39)
!72 = !{!"llvm.loop.mustprogress"}
!73 = !DILocation(line: 27, column: 11, scope: !39)
!74 = !DILocation(line: 27, column: 5, scope: !39)
!75 = !DILocation(line: 20, column: 3, scope: !40)
