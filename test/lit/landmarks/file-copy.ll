; Not a server: read()/write() on files are other I/O, there is no socket,
; and the NoSocket finding is printed and emitted as a remark.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload landmarks for 'file-copy.c'
; CHECK-NEXT: io: read on a non-socket fd in main at file-copy.c:25, outside any event loop
; CHECK-NEXT: io: write on a non-socket fd in main at file-copy.c:26, outside any event loop
; CHECK-NEXT: note: NoSocket: no socket() call found; this module is not a server koffload can split and is left unchanged
; CHECK-NEXT: summary: 0 sockets, 0 event loops, 0 arrivals, 0 replies, 2 other I/O
;
; REMARK: remark: file-copy.c:7:0: no socket() call found; this module is not a server koffload can split and is left unchanged
;
; MADE-FROM: Inputs/file-copy.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - file-copy.c

; ModuleID = 'file-copy.c'
source_filename = "file-copy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@stderr = external global ptr, align 8
@.str = private unnamed_addr constant [19 x i8] c"usage: %s SRC DST\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [6 x i8] c"write\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !22 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [8192 x i8], align 16
  %9 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !29, !DIExpression(), !30)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !31, !DIExpression(), !32)
  %10 = load i32, ptr %4, align 4, !dbg !33
  %11 = icmp ne i32 %10, 3, !dbg !35
  br i1 %11, label %12, label %18, !dbg !36

12:                                               ; preds = %2
  %13 = load ptr, ptr @stderr, align 8, !dbg !37
  %14 = load ptr, ptr %5, align 8, !dbg !39
  %15 = getelementptr inbounds ptr, ptr %14, i64 0, !dbg !39
  %16 = load ptr, ptr %15, align 8, !dbg !39
  %17 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %13, ptr noundef @.str, ptr noundef %16) #3, !dbg !40
  store i32 2, ptr %3, align 4, !dbg !41
  br label %65, !dbg !41

18:                                               ; preds = %2
    #dbg_declare(ptr %6, !42, !DIExpression(), !43)
  %19 = load ptr, ptr %5, align 8, !dbg !44
  %20 = getelementptr inbounds ptr, ptr %19, i64 1, !dbg !44
  %21 = load ptr, ptr %20, align 8, !dbg !44
  %22 = call i32 (ptr, i32, ...) @open(ptr noundef %21, i32 noundef 0), !dbg !45
  store i32 %22, ptr %6, align 4, !dbg !43
  %23 = load i32, ptr %6, align 4, !dbg !46
  %24 = icmp slt i32 %23, 0, !dbg !48
  br i1 %24, label %25, label %29, !dbg !49

25:                                               ; preds = %18
  %26 = load ptr, ptr %5, align 8, !dbg !50
  %27 = getelementptr inbounds ptr, ptr %26, i64 1, !dbg !50
  %28 = load ptr, ptr %27, align 8, !dbg !50
  call void @perror(ptr noundef %28), !dbg !52
  store i32 1, ptr %3, align 4, !dbg !53
  br label %65, !dbg !53

29:                                               ; preds = %18
    #dbg_declare(ptr %7, !54, !DIExpression(), !55)
  %30 = load ptr, ptr %5, align 8, !dbg !56
  %31 = getelementptr inbounds ptr, ptr %30, i64 2, !dbg !56
  %32 = load ptr, ptr %31, align 8, !dbg !56
  %33 = call i32 (ptr, i32, ...) @open(ptr noundef %32, i32 noundef 577, i32 noundef 420), !dbg !57
  store i32 %33, ptr %7, align 4, !dbg !55
  %34 = load i32, ptr %7, align 4, !dbg !58
  %35 = icmp slt i32 %34, 0, !dbg !60
  br i1 %35, label %36, label %42, !dbg !61

36:                                               ; preds = %29
  %37 = load ptr, ptr %5, align 8, !dbg !62
  %38 = getelementptr inbounds ptr, ptr %37, i64 2, !dbg !62
  %39 = load ptr, ptr %38, align 8, !dbg !62
  call void @perror(ptr noundef %39), !dbg !64
  %40 = load i32, ptr %6, align 4, !dbg !65
  %41 = call i32 @close(i32 noundef %40), !dbg !66
  store i32 1, ptr %3, align 4, !dbg !67
  br label %65, !dbg !67

42:                                               ; preds = %29
    #dbg_declare(ptr %8, !68, !DIExpression(), !72)
    #dbg_declare(ptr %9, !73, !DIExpression(), !79)
  br label %43, !dbg !80

43:                                               ; preds = %56, %42
  %44 = load i32, ptr %6, align 4, !dbg !81
  %45 = getelementptr inbounds [8192 x i8], ptr %8, i64 0, i64 0, !dbg !82
  %46 = call i64 @read(i32 noundef %44, ptr noundef %45, i64 noundef 8192), !dbg !83
  store i64 %46, ptr %9, align 8, !dbg !84
  %47 = icmp sgt i64 %46, 0, !dbg !85
  br i1 %47, label %48, label %57, !dbg !80

48:                                               ; preds = %43
  %49 = load i32, ptr %7, align 4, !dbg !86
  %50 = getelementptr inbounds [8192 x i8], ptr %8, i64 0, i64 0, !dbg !89
  %51 = load i64, ptr %9, align 8, !dbg !90
  %52 = call i64 @write(i32 noundef %49, ptr noundef %50, i64 noundef %51), !dbg !91
  %53 = load i64, ptr %9, align 8, !dbg !92
  %54 = icmp ne i64 %52, %53, !dbg !93
  br i1 %54, label %55, label %56, !dbg !94

55:                                               ; preds = %48
  call void @perror(ptr noundef @.str.1), !dbg !95
  store i32 1, ptr %3, align 4, !dbg !97
  br label %65, !dbg !97

56:                                               ; preds = %48
  br label %43, !dbg !80, !llvm.loop !98

57:                                               ; preds = %43
  %58 = load i32, ptr %6, align 4, !dbg !101
  %59 = call i32 @close(i32 noundef %58), !dbg !102
  %60 = load i32, ptr %7, align 4, !dbg !103
  %61 = call i32 @close(i32 noundef %60), !dbg !104
  %62 = load i64, ptr %9, align 8, !dbg !105
  %63 = icmp slt i64 %62, 0, !dbg !106
  %64 = zext i1 %63 to i32, !dbg !106
  store i32 %64, ptr %3, align 4, !dbg !107
  br label %65, !dbg !107

65:                                               ; preds = %57, %55, %36, %25, %12
  %66 = load i32, ptr %3, align 4, !dbg !108
  ret i32 %66, !dbg !108
}

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #1

declare i32 @open(ptr noundef, i32 noundef, ...) #2

declare void @perror(ptr noundef) #2

declare i32 @close(i32 noundef) #2

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #2

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 9, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "file-copy.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "dfa9dbaf11030bb910c9e8ab871ff3f2")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 6)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0, !7}
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = !{i32 7, !"frame-pointer", i32 2}
!21 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!22 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 7, type: !23, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !28)
!23 = !DISubroutineType(types: !24)
!24 = !{!25, !25, !26}
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!28 = !{}
!29 = !DILocalVariable(name: "argc", arg: 1, scope: !22, file: !2, line: 7, type: !25)
!30 = !DILocation(line: 7, column: 14, scope: !22)
!31 = !DILocalVariable(name: "argv", arg: 2, scope: !22, file: !2, line: 7, type: !26)
!32 = !DILocation(line: 7, column: 27, scope: !22)
!33 = !DILocation(line: 8, column: 7, scope: !34)
!34 = distinct !DILexicalBlock(scope: !22, file: !2, line: 8, column: 7)
!35 = !DILocation(line: 8, column: 12, scope: !34)
!36 = !DILocation(line: 8, column: 7, scope: !22)
!37 = !DILocation(line: 9, column: 13, scope: !38)
!38 = distinct !DILexicalBlock(scope: !34, file: !2, line: 8, column: 18)
!39 = !DILocation(line: 9, column: 44, scope: !38)
!40 = !DILocation(line: 9, column: 5, scope: !38)
!41 = !DILocation(line: 10, column: 5, scope: !38)
!42 = !DILocalVariable(name: "in", scope: !22, file: !2, line: 12, type: !25)
!43 = !DILocation(line: 12, column: 7, scope: !22)
!44 = !DILocation(line: 12, column: 17, scope: !22)
!45 = !DILocation(line: 12, column: 12, scope: !22)
!46 = !DILocation(line: 13, column: 7, scope: !47)
!47 = distinct !DILexicalBlock(scope: !22, file: !2, line: 13, column: 7)
!48 = !DILocation(line: 13, column: 10, scope: !47)
!49 = !DILocation(line: 13, column: 7, scope: !22)
!50 = !DILocation(line: 14, column: 12, scope: !51)
!51 = distinct !DILexicalBlock(scope: !47, file: !2, line: 13, column: 15)
!52 = !DILocation(line: 14, column: 5, scope: !51)
!53 = !DILocation(line: 15, column: 5, scope: !51)
!54 = !DILocalVariable(name: "out", scope: !22, file: !2, line: 17, type: !25)
!55 = !DILocation(line: 17, column: 7, scope: !22)
!56 = !DILocation(line: 17, column: 18, scope: !22)
!57 = !DILocation(line: 17, column: 13, scope: !22)
!58 = !DILocation(line: 18, column: 7, scope: !59)
!59 = distinct !DILexicalBlock(scope: !22, file: !2, line: 18, column: 7)
!60 = !DILocation(line: 18, column: 11, scope: !59)
!61 = !DILocation(line: 18, column: 7, scope: !22)
!62 = !DILocation(line: 19, column: 12, scope: !63)
!63 = distinct !DILexicalBlock(scope: !59, file: !2, line: 18, column: 16)
!64 = !DILocation(line: 19, column: 5, scope: !63)
!65 = !DILocation(line: 20, column: 11, scope: !63)
!66 = !DILocation(line: 20, column: 5, scope: !63)
!67 = !DILocation(line: 21, column: 5, scope: !63)
!68 = !DILocalVariable(name: "buf", scope: !22, file: !2, line: 23, type: !69)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 65536, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 8192)
!72 = !DILocation(line: 23, column: 8, scope: !22)
!73 = !DILocalVariable(name: "n", scope: !22, file: !2, line: 24, type: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !75, line: 77, baseType: !76)
!75 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !77, line: 194, baseType: !78)
!77 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!78 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!79 = !DILocation(line: 24, column: 11, scope: !22)
!80 = !DILocation(line: 25, column: 3, scope: !22)
!81 = !DILocation(line: 25, column: 20, scope: !22)
!82 = !DILocation(line: 25, column: 24, scope: !22)
!83 = !DILocation(line: 25, column: 15, scope: !22)
!84 = !DILocation(line: 25, column: 13, scope: !22)
!85 = !DILocation(line: 25, column: 43, scope: !22)
!86 = !DILocation(line: 26, column: 15, scope: !87)
!87 = distinct !DILexicalBlock(scope: !88, file: !2, line: 26, column: 9)
!88 = distinct !DILexicalBlock(scope: !22, file: !2, line: 25, column: 48)
!89 = !DILocation(line: 26, column: 20, scope: !87)
!90 = !DILocation(line: 26, column: 25, scope: !87)
!91 = !DILocation(line: 26, column: 9, scope: !87)
!92 = !DILocation(line: 26, column: 31, scope: !87)
!93 = !DILocation(line: 26, column: 28, scope: !87)
!94 = !DILocation(line: 26, column: 9, scope: !88)
!95 = !DILocation(line: 27, column: 7, scope: !96)
!96 = distinct !DILexicalBlock(scope: !87, file: !2, line: 26, column: 34)
!97 = !DILocation(line: 28, column: 7, scope: !96)
!98 = distinct !{!98, !80, !99, !100}
!99 = !DILocation(line: 30, column: 3, scope: !22)
!100 = !{!"llvm.loop.mustprogress"}
!101 = !DILocation(line: 31, column: 9, scope: !22)
!102 = !DILocation(line: 31, column: 3, scope: !22)
!103 = !DILocation(line: 32, column: 9, scope: !22)
!104 = !DILocation(line: 32, column: 3, scope: !22)
!105 = !DILocation(line: 33, column: 10, scope: !22)
!106 = !DILocation(line: 33, column: 12, scope: !22)
!107 = !DILocation(line: 33, column: 3, scope: !22)
!108 = !DILocation(line: 34, column: 1, scope: !22)
