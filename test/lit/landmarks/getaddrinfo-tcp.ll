; getaddrinfo() with AF_UNSPEC in a helper: the type comes from the hints
; (SOCK_STREAM) but the family is either, so it is unknown; the port comes
; from the service string, a global handed down as a parameter; the
; address (0.0.0.0 or ::) is unknown.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'getaddrinfo-tcp.c'
; CHECK-NEXT: socket #0: tcp ipv4|ipv6, created in listen_on at getaddrinfo-tcp.c:21
; CHECK-NEXT:   bind: port 8080 address ? at getaddrinfo-tcp.c:26
; CHECK-NEXT: socket #1: tcp ipv4|ipv6, accepted from #0 in main at getaddrinfo-tcp.c:43
; CHECK-NEXT: event-loop #0: blocking-recv in main at getaddrinfo-tcp.c:47, blocks in recv at getaddrinfo-tcp.c:47
; CHECK-NEXT: arrival: recv on socket #1 in main at getaddrinfo-tcp.c:47, loop #0
; CHECK-NEXT: reply: send on socket #1 in main at getaddrinfo-tcp.c:48, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/getaddrinfo-tcp.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - getaddrinfo-tcp.c

; ModuleID = 'getaddrinfo-tcp.c'
source_filename = "getaddrinfo-tcp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"8080\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [10 x i8] c"listen_on\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !41 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !46, !DIExpression(), !47)
  %6 = call i32 @listen_on(ptr noundef @.str), !dbg !48
  store i32 %6, ptr %2, align 4, !dbg !47
  %7 = load i32, ptr %2, align 4, !dbg !49
  %8 = icmp slt i32 %7, 0, !dbg !51
  br i1 %8, label %9, label %10, !dbg !52

9:                                                ; preds = %0
  call void @perror(ptr noundef @.str.1), !dbg !53
  ret i32 1, !dbg !55

10:                                               ; preds = %0
    #dbg_declare(ptr %3, !56, !DIExpression(), !60)
  br label %11, !dbg !61

11:                                               ; preds = %28, %16, %10
    #dbg_declare(ptr %4, !62, !DIExpression(), !66)
  %12 = load i32, ptr %2, align 4, !dbg !67
  %13 = call i32 @accept(i32 noundef %12, ptr noundef null, ptr noundef null), !dbg !68
  store i32 %13, ptr %4, align 4, !dbg !66
  %14 = load i32, ptr %4, align 4, !dbg !69
  %15 = icmp slt i32 %14, 0, !dbg !71
  br i1 %15, label %16, label %17, !dbg !72

16:                                               ; preds = %11
  br label %11, !dbg !73, !llvm.loop !74

17:                                               ; preds = %11
    #dbg_declare(ptr %5, !77, !DIExpression(), !83)
  br label %18, !dbg !84

18:                                               ; preds = %23, %17
  %19 = load i32, ptr %4, align 4, !dbg !85
  %20 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !86
  %21 = call i64 @recv(i32 noundef %19, ptr noundef %20, i64 noundef 512, i32 noundef 0), !dbg !87
  store i64 %21, ptr %5, align 8, !dbg !88
  %22 = icmp sgt i64 %21, 0, !dbg !89
  br i1 %22, label %23, label %28, !dbg !84

23:                                               ; preds = %18
  %24 = load i32, ptr %4, align 4, !dbg !90
  %25 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !91
  %26 = load i64, ptr %5, align 8, !dbg !92
  %27 = call i64 @send(i32 noundef %24, ptr noundef %25, i64 noundef %26, i32 noundef 0), !dbg !93
  br label %18, !dbg !84, !llvm.loop !94

28:                                               ; preds = %18
  %29 = load i32, ptr %4, align 4, !dbg !97
  %30 = call i32 @close(i32 noundef %29), !dbg !98
  br label %11, !dbg !99, !llvm.loop !74
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @listen_on(ptr noundef %0) #0 !dbg !100 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca %struct.addrinfo, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !103, !DIExpression(), !104)
    #dbg_declare(ptr %4, !105, !DIExpression(), !133)
    #dbg_declare(ptr %5, !134, !DIExpression(), !135)
    #dbg_declare(ptr %6, !136, !DIExpression(), !137)
    #dbg_declare(ptr %7, !138, !DIExpression(), !139)
  store i32 -1, ptr %7, align 4, !dbg !139
  call void @llvm.memset.p0.i64(ptr align 8 %4, i8 0, i64 48, i1 false), !dbg !140
  %9 = getelementptr inbounds %struct.addrinfo, ptr %4, i32 0, i32 1, !dbg !141
  store i32 0, ptr %9, align 4, !dbg !142
  %10 = getelementptr inbounds %struct.addrinfo, ptr %4, i32 0, i32 2, !dbg !143
  store i32 1, ptr %10, align 8, !dbg !144
  %11 = getelementptr inbounds %struct.addrinfo, ptr %4, i32 0, i32 0, !dbg !145
  store i32 1, ptr %11, align 8, !dbg !146
  %12 = load ptr, ptr %3, align 8, !dbg !147
  %13 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %12, ptr noundef %4, ptr noundef %5), !dbg !149
  %14 = icmp ne i32 %13, 0, !dbg !150
  br i1 %14, label %15, label %16, !dbg !151

15:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !152
  br label %62, !dbg !152

16:                                               ; preds = %1
  %17 = load ptr, ptr %5, align 8, !dbg !153
  store ptr %17, ptr %6, align 8, !dbg !155
  br label %18, !dbg !156

18:                                               ; preds = %55, %16
  %19 = load ptr, ptr %6, align 8, !dbg !157
  %20 = icmp ne ptr %19, null, !dbg !159
  br i1 %20, label %21, label %59, !dbg !159

21:                                               ; preds = %18
  %22 = load ptr, ptr %6, align 8, !dbg !160
  %23 = getelementptr inbounds %struct.addrinfo, ptr %22, i32 0, i32 1, !dbg !162
  %24 = load i32, ptr %23, align 4, !dbg !162
  %25 = load ptr, ptr %6, align 8, !dbg !163
  %26 = getelementptr inbounds %struct.addrinfo, ptr %25, i32 0, i32 2, !dbg !164
  %27 = load i32, ptr %26, align 8, !dbg !164
  %28 = load ptr, ptr %6, align 8, !dbg !165
  %29 = getelementptr inbounds %struct.addrinfo, ptr %28, i32 0, i32 3, !dbg !166
  %30 = load i32, ptr %29, align 4, !dbg !166
  %31 = call i32 @socket(i32 noundef %24, i32 noundef %27, i32 noundef %30) #4, !dbg !167
  store i32 %31, ptr %7, align 4, !dbg !168
  %32 = load i32, ptr %7, align 4, !dbg !169
  %33 = icmp slt i32 %32, 0, !dbg !171
  br i1 %33, label %34, label %35, !dbg !172

34:                                               ; preds = %21
  br label %55, !dbg !173

35:                                               ; preds = %21
    #dbg_declare(ptr %8, !174, !DIExpression(), !175)
  store i32 1, ptr %8, align 4, !dbg !175
  %36 = load i32, ptr %7, align 4, !dbg !176
  %37 = call i32 @setsockopt(i32 noundef %36, i32 noundef 1, i32 noundef 2, ptr noundef %8, i32 noundef 4) #4, !dbg !177
  %38 = load i32, ptr %7, align 4, !dbg !178
  %39 = load ptr, ptr %6, align 8, !dbg !180
  %40 = getelementptr inbounds %struct.addrinfo, ptr %39, i32 0, i32 5, !dbg !181
  %41 = load ptr, ptr %40, align 8, !dbg !181
  %42 = load ptr, ptr %6, align 8, !dbg !182
  %43 = getelementptr inbounds %struct.addrinfo, ptr %42, i32 0, i32 4, !dbg !183
  %44 = load i32, ptr %43, align 8, !dbg !183
  %45 = call i32 @bind(i32 noundef %38, ptr noundef %41, i32 noundef %44) #4, !dbg !184
  %46 = icmp eq i32 %45, 0, !dbg !185
  br i1 %46, label %47, label %52, !dbg !186

47:                                               ; preds = %35
  %48 = load i32, ptr %7, align 4, !dbg !187
  %49 = call i32 @listen(i32 noundef %48, i32 noundef 64) #4, !dbg !188
  %50 = icmp eq i32 %49, 0, !dbg !189
  br i1 %50, label %51, label %52, !dbg !190

51:                                               ; preds = %47
  br label %59, !dbg !191

52:                                               ; preds = %47, %35
  %53 = load i32, ptr %7, align 4, !dbg !192
  %54 = call i32 @close(i32 noundef %53), !dbg !193
  store i32 -1, ptr %7, align 4, !dbg !194
  br label %55, !dbg !195

55:                                               ; preds = %52, %34
  %56 = load ptr, ptr %6, align 8, !dbg !196
  %57 = getelementptr inbounds %struct.addrinfo, ptr %56, i32 0, i32 7, !dbg !197
  %58 = load ptr, ptr %57, align 8, !dbg !197
  store ptr %58, ptr %6, align 8, !dbg !198
  br label %18, !dbg !199, !llvm.loop !200

59:                                               ; preds = %51, %18
  %60 = load ptr, ptr %5, align 8, !dbg !202
  call void @freeaddrinfo(ptr noundef %60) #4, !dbg !203
  %61 = load i32, ptr %7, align 4, !dbg !204
  store i32 %61, ptr %2, align 4, !dbg !205
  br label %62, !dbg !205

62:                                               ; preds = %59, %15
  %63 = load i32, ptr %2, align 4, !dbg !206
  ret i32 %63, !dbg !206
}

declare void @perror(ptr noundef) #1

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #1

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #1

declare i32 @close(i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!33, !34, !35, !36, !37, !38, !39}
!llvm.ident = !{!40}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 9, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "getaddrinfo-tcp.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "fa52f4446962d3f2ddc2c6509881e9e3")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 10)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, globals: !27, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14}
!14 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !15, line: 24, baseType: !16, size: 32, elements: !17)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25, !26}
!18 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!19 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!20 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!21 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!22 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!23 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!24 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!25 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!26 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!27 = !{!0, !28, !7}
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "service", scope: !12, file: !2, line: 9, type: !30, isLocal: true, isDefinition: true)
!30 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !31)
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!32 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!33 = !{i32 7, !"Dwarf Version", i32 5}
!34 = !{i32 2, !"Debug Info Version", i32 3}
!35 = !{i32 1, !"wchar_size", i32 4}
!36 = !{i32 8, !"PIC Level", i32 2}
!37 = !{i32 7, !"PIE Level", i32 2}
!38 = !{i32 7, !"uwtable", i32 2}
!39 = !{i32 7, !"frame-pointer", i32 2}
!40 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!41 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 35, type: !42, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !45)
!42 = !DISubroutineType(types: !43)
!43 = !{!44}
!44 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!45 = !{}
!46 = !DILocalVariable(name: "lfd", scope: !41, file: !2, line: 36, type: !44)
!47 = !DILocation(line: 36, column: 7, scope: !41)
!48 = !DILocation(line: 36, column: 13, scope: !41)
!49 = !DILocation(line: 37, column: 7, scope: !50)
!50 = distinct !DILexicalBlock(scope: !41, file: !2, line: 37, column: 7)
!51 = !DILocation(line: 37, column: 11, scope: !50)
!52 = !DILocation(line: 37, column: 7, scope: !41)
!53 = !DILocation(line: 38, column: 5, scope: !54)
!54 = distinct !DILexicalBlock(scope: !50, file: !2, line: 37, column: 16)
!55 = !DILocation(line: 39, column: 5, scope: !54)
!56 = !DILocalVariable(name: "line", scope: !41, file: !2, line: 41, type: !57)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 512)
!60 = !DILocation(line: 41, column: 8, scope: !41)
!61 = !DILocation(line: 42, column: 3, scope: !41)
!62 = !DILocalVariable(name: "c", scope: !63, file: !2, line: 43, type: !44)
!63 = distinct !DILexicalBlock(scope: !64, file: !2, line: 42, column: 12)
!64 = distinct !DILexicalBlock(scope: !65, file: !2, line: 42, column: 3)
!65 = distinct !DILexicalBlock(scope: !41, file: !2, line: 42, column: 3)
!66 = !DILocation(line: 43, column: 9, scope: !63)
!67 = !DILocation(line: 43, column: 20, scope: !63)
!68 = !DILocation(line: 43, column: 13, scope: !63)
!69 = !DILocation(line: 44, column: 9, scope: !70)
!70 = distinct !DILexicalBlock(scope: !63, file: !2, line: 44, column: 9)
!71 = !DILocation(line: 44, column: 11, scope: !70)
!72 = !DILocation(line: 44, column: 9, scope: !63)
!73 = !DILocation(line: 45, column: 7, scope: !70)
!74 = distinct !{!74, !75, !76}
!75 = !DILocation(line: 42, column: 3, scope: !65)
!76 = !DILocation(line: 50, column: 3, scope: !65)
!77 = !DILocalVariable(name: "n", scope: !63, file: !2, line: 46, type: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !79, line: 108, baseType: !80)
!79 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !81, line: 194, baseType: !82)
!81 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!82 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!83 = !DILocation(line: 46, column: 13, scope: !63)
!84 = !DILocation(line: 47, column: 5, scope: !63)
!85 = !DILocation(line: 47, column: 22, scope: !63)
!86 = !DILocation(line: 47, column: 25, scope: !63)
!87 = !DILocation(line: 47, column: 17, scope: !63)
!88 = !DILocation(line: 47, column: 15, scope: !63)
!89 = !DILocation(line: 47, column: 49, scope: !63)
!90 = !DILocation(line: 48, column: 12, scope: !63)
!91 = !DILocation(line: 48, column: 15, scope: !63)
!92 = !DILocation(line: 48, column: 21, scope: !63)
!93 = !DILocation(line: 48, column: 7, scope: !63)
!94 = distinct !{!94, !84, !95, !96}
!95 = !DILocation(line: 48, column: 25, scope: !63)
!96 = !{!"llvm.loop.mustprogress"}
!97 = !DILocation(line: 49, column: 11, scope: !63)
!98 = !DILocation(line: 49, column: 5, scope: !63)
!99 = !DILocation(line: 42, column: 3, scope: !64)
!100 = distinct !DISubprogram(name: "listen_on", scope: !2, file: !2, line: 11, type: !101, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !45)
!101 = !DISubroutineType(types: !102)
!102 = !{!44, !31}
!103 = !DILocalVariable(name: "port", arg: 1, scope: !100, file: !2, line: 11, type: !31)
!104 = !DILocation(line: 11, column: 34, scope: !100)
!105 = !DILocalVariable(name: "hints", scope: !100, file: !2, line: 12, type: !106)
!106 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !107, line: 565, size: 384, elements: !108)
!107 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!108 = !{!109, !110, !111, !112, !113, !117, !129, !131}
!109 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !106, file: !107, line: 567, baseType: !44, size: 32)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !106, file: !107, line: 568, baseType: !44, size: 32, offset: 32)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !106, file: !107, line: 569, baseType: !44, size: 32, offset: 64)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !106, file: !107, line: 570, baseType: !44, size: 32, offset: 96)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !106, file: !107, line: 571, baseType: !114, size: 32, offset: 128)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !115, line: 33, baseType: !116)
!115 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !81, line: 210, baseType: !16)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !106, file: !107, line: 572, baseType: !118, size: 64, offset: 192)
!118 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !119, size: 64)
!119 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !115, line: 183, size: 128, elements: !120)
!120 = !{!121, !125}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !119, file: !115, line: 185, baseType: !122, size: 16)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !123, line: 28, baseType: !124)
!123 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!124 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !119, file: !115, line: 186, baseType: !126, size: 112, offset: 16)
!126 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !127)
!127 = !{!128}
!128 = !DISubrange(count: 14)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !106, file: !107, line: 573, baseType: !130, size: 64, offset: 256)
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !106, file: !107, line: 574, baseType: !132, size: 64, offset: 320)
!132 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !106, size: 64)
!133 = !DILocation(line: 12, column: 19, scope: !100)
!134 = !DILocalVariable(name: "res", scope: !100, file: !2, line: 12, type: !132)
!135 = !DILocation(line: 12, column: 27, scope: !100)
!136 = !DILocalVariable(name: "ai", scope: !100, file: !2, line: 12, type: !132)
!137 = !DILocation(line: 12, column: 33, scope: !100)
!138 = !DILocalVariable(name: "fd", scope: !100, file: !2, line: 13, type: !44)
!139 = !DILocation(line: 13, column: 7, scope: !100)
!140 = !DILocation(line: 14, column: 3, scope: !100)
!141 = !DILocation(line: 15, column: 9, scope: !100)
!142 = !DILocation(line: 15, column: 19, scope: !100)
!143 = !DILocation(line: 16, column: 9, scope: !100)
!144 = !DILocation(line: 16, column: 21, scope: !100)
!145 = !DILocation(line: 17, column: 9, scope: !100)
!146 = !DILocation(line: 17, column: 18, scope: !100)
!147 = !DILocation(line: 18, column: 25, scope: !148)
!148 = distinct !DILexicalBlock(scope: !100, file: !2, line: 18, column: 7)
!149 = !DILocation(line: 18, column: 7, scope: !148)
!150 = !DILocation(line: 18, column: 45, scope: !148)
!151 = !DILocation(line: 18, column: 7, scope: !100)
!152 = !DILocation(line: 19, column: 5, scope: !148)
!153 = !DILocation(line: 20, column: 13, scope: !154)
!154 = distinct !DILexicalBlock(scope: !100, file: !2, line: 20, column: 3)
!155 = !DILocation(line: 20, column: 11, scope: !154)
!156 = !DILocation(line: 20, column: 8, scope: !154)
!157 = !DILocation(line: 20, column: 18, scope: !158)
!158 = distinct !DILexicalBlock(scope: !154, file: !2, line: 20, column: 3)
!159 = !DILocation(line: 20, column: 3, scope: !154)
!160 = !DILocation(line: 21, column: 17, scope: !161)
!161 = distinct !DILexicalBlock(scope: !158, file: !2, line: 20, column: 40)
!162 = !DILocation(line: 21, column: 21, scope: !161)
!163 = !DILocation(line: 21, column: 32, scope: !161)
!164 = !DILocation(line: 21, column: 36, scope: !161)
!165 = !DILocation(line: 21, column: 49, scope: !161)
!166 = !DILocation(line: 21, column: 53, scope: !161)
!167 = !DILocation(line: 21, column: 10, scope: !161)
!168 = !DILocation(line: 21, column: 8, scope: !161)
!169 = !DILocation(line: 22, column: 9, scope: !170)
!170 = distinct !DILexicalBlock(scope: !161, file: !2, line: 22, column: 9)
!171 = !DILocation(line: 22, column: 12, scope: !170)
!172 = !DILocation(line: 22, column: 9, scope: !161)
!173 = !DILocation(line: 23, column: 7, scope: !170)
!174 = !DILocalVariable(name: "on", scope: !161, file: !2, line: 24, type: !44)
!175 = !DILocation(line: 24, column: 9, scope: !161)
!176 = !DILocation(line: 25, column: 16, scope: !161)
!177 = !DILocation(line: 25, column: 5, scope: !161)
!178 = !DILocation(line: 26, column: 14, scope: !179)
!179 = distinct !DILexicalBlock(scope: !161, file: !2, line: 26, column: 9)
!180 = !DILocation(line: 26, column: 18, scope: !179)
!181 = !DILocation(line: 26, column: 22, scope: !179)
!182 = !DILocation(line: 26, column: 31, scope: !179)
!183 = !DILocation(line: 26, column: 35, scope: !179)
!184 = !DILocation(line: 26, column: 9, scope: !179)
!185 = !DILocation(line: 26, column: 47, scope: !179)
!186 = !DILocation(line: 26, column: 52, scope: !179)
!187 = !DILocation(line: 26, column: 62, scope: !179)
!188 = !DILocation(line: 26, column: 55, scope: !179)
!189 = !DILocation(line: 26, column: 70, scope: !179)
!190 = !DILocation(line: 26, column: 9, scope: !161)
!191 = !DILocation(line: 27, column: 7, scope: !179)
!192 = !DILocation(line: 28, column: 11, scope: !161)
!193 = !DILocation(line: 28, column: 5, scope: !161)
!194 = !DILocation(line: 29, column: 8, scope: !161)
!195 = !DILocation(line: 30, column: 3, scope: !161)
!196 = !DILocation(line: 20, column: 27, scope: !158)
!197 = !DILocation(line: 20, column: 31, scope: !158)
!198 = !DILocation(line: 20, column: 25, scope: !158)
!199 = !DILocation(line: 20, column: 3, scope: !158)
!200 = distinct !{!200, !159, !201, !96}
!201 = !DILocation(line: 30, column: 3, scope: !154)
!202 = !DILocation(line: 31, column: 16, scope: !100)
!203 = !DILocation(line: 31, column: 3, scope: !100)
!204 = !DILocation(line: 32, column: 10, scope: !100)
!205 = !DILocation(line: 32, column: 3, scope: !100)
!206 = !DILocation(line: 33, column: 1, scope: !100)
