; The server loop lives in serve(fd), called once from main: the loop is
; found in serve and the fd is traced through the parameter.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'serve-loop-in-helper.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at serve-loop-in-helper.c:30
; CHECK-NEXT:   bind: port 8125 address 0.0.0.0 at serve-loop-in-helper.c:40
; CHECK-NEXT: event-loop #0: blocking-recv in serve at serve-loop-in-helper.c:15, blocks in recvfrom at serve-loop-in-helper.c:18
; CHECK-NEXT: arrival: recvfrom on socket #0 in serve at serve-loop-in-helper.c:18, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in serve at serve-loop-in-helper.c:23, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/serve-loop-in-helper.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - serve-loop-in-helper.c

; ModuleID = 'serve-loop-in-helper.c'
source_filename = "serve-loop-in-helper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@hits = internal global i64 0, align 8, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !60 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.sockaddr_in, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !67, !DIExpression(), !68)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !69, !DIExpression(), !70)
  %8 = load i32, ptr %4, align 4, !dbg !71
  %9 = load ptr, ptr %5, align 8, !dbg !72
    #dbg_declare(ptr %6, !73, !DIExpression(), !74)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !75
  store i32 %10, ptr %6, align 4, !dbg !74
  %11 = load i32, ptr %6, align 4, !dbg !76
  %12 = icmp slt i32 %11, 0, !dbg !78
  br i1 %12, label %13, label %14, !dbg !79

13:                                               ; preds = %2
  call void @perror(ptr noundef @.str), !dbg !80
  store i32 1, ptr %3, align 4, !dbg !82
  br label %29, !dbg !82

14:                                               ; preds = %2
    #dbg_declare(ptr %7, !83, !DIExpression(), !100)
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 16, i1 false), !dbg !101
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 0, !dbg !102
  store i16 2, ptr %15, align 4, !dbg !103
  %16 = call zeroext i16 @htons(i16 noundef zeroext 8125) #6, !dbg !104
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 1, !dbg !105
  store i16 %16, ptr %17, align 2, !dbg !106
  %18 = call i32 @htonl(i32 noundef 0) #6, !dbg !107
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 2, !dbg !108
  %20 = getelementptr inbounds %struct.in_addr, ptr %19, i32 0, i32 0, !dbg !109
  store i32 %18, ptr %20, align 4, !dbg !110
  %21 = load i32, ptr %6, align 4, !dbg !111
  %22 = call i32 @bind(i32 noundef %21, ptr noundef %7, i32 noundef 16) #5, !dbg !113
  %23 = icmp slt i32 %22, 0, !dbg !114
  br i1 %23, label %24, label %27, !dbg !115

24:                                               ; preds = %14
  call void @perror(ptr noundef @.str.1), !dbg !116
  %25 = load i32, ptr %6, align 4, !dbg !118
  %26 = call i32 @close(i32 noundef %25), !dbg !119
  store i32 1, ptr %3, align 4, !dbg !120
  br label %29, !dbg !120

27:                                               ; preds = %14
  %28 = load i32, ptr %6, align 4, !dbg !121
  call void @serve(i32 noundef %28), !dbg !122
  store i32 0, ptr %3, align 4, !dbg !123
  br label %29, !dbg !123

29:                                               ; preds = %27, %24, %13
  %30 = load i32, ptr %3, align 4, !dbg !124
  ret i32 %30, !dbg !124
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i32 @close(i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !125 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !128, !DIExpression(), !129)
    #dbg_declare(ptr %3, !130, !DIExpression(), !134)
  br label %8, !dbg !135

8:                                                ; preds = %15, %14, %1
    #dbg_declare(ptr %4, !136, !DIExpression(), !140)
    #dbg_declare(ptr %5, !141, !DIExpression(), !144)
  store i32 16, ptr %5, align 4, !dbg !144
    #dbg_declare(ptr %6, !145, !DIExpression(), !150)
  %9 = load i32, ptr %2, align 4, !dbg !151
  %10 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !152
  %11 = call i64 @recvfrom(i32 noundef %9, ptr noundef %10, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !153
  store i64 %11, ptr %6, align 8, !dbg !150
  %12 = load i64, ptr %6, align 8, !dbg !154
  %13 = icmp sle i64 %12, 0, !dbg !156
  br i1 %13, label %14, label %15, !dbg !157

14:                                               ; preds = %8
  br label %8, !dbg !158, !llvm.loop !159

15:                                               ; preds = %8
  %16 = load i64, ptr @hits, align 8, !dbg !162
  %17 = add i64 %16, 1, !dbg !162
  store i64 %17, ptr @hits, align 8, !dbg !162
    #dbg_declare(ptr %7, !163, !DIExpression(), !164)
  %18 = load i64, ptr @hits, align 8, !dbg !165
  %19 = trunc i64 %18 to i32, !dbg !166
  %20 = call i32 @htonl(i32 noundef %19) #6, !dbg !167
  %21 = zext i32 %20 to i64, !dbg !167
  store i64 %21, ptr %7, align 8, !dbg !164
  %22 = load i32, ptr %2, align 4, !dbg !168
  %23 = load i32, ptr %5, align 4, !dbg !169
  %24 = call i64 @sendto(i32 noundef %22, ptr noundef %7, i64 noundef 8, i32 noundef 0, ptr noundef %4, i32 noundef %23), !dbg !170
  br label %8, !dbg !171, !llvm.loop !159
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!52, !53, !54, !55, !56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 32, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "serve-loop-in-helper.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "02210484b72a51c9d649034c78d4d5ff")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "hits", scope: !14, file: !2, line: 11, type: !49, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !29, globals: !48, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16}
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !18, size: 32, elements: !19)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!21 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!22 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!23 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!24 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!25 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!26 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!27 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!28 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!29 = !{!30, !36, !32}
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !31, line: 30, baseType: !32)
!31 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !33, line: 26, baseType: !34)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !35, line: 42, baseType: !18)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64)
!37 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !38, line: 183, size: 128, elements: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!39 = !{!40, !44}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !37, file: !38, line: 185, baseType: !41, size: 16)
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !42, line: 28, baseType: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!43 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !37, file: !38, line: 186, baseType: !45, size: 112, offset: 16)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 14)
!48 = !{!0, !7, !12}
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !33, line: 27, baseType: !50)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !35, line: 45, baseType: !51)
!51 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!52 = !{i32 7, !"Dwarf Version", i32 5}
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 1, !"wchar_size", i32 4}
!55 = !{i32 8, !"PIC Level", i32 2}
!56 = !{i32 7, !"PIE Level", i32 2}
!57 = !{i32 7, !"uwtable", i32 2}
!58 = !{i32 7, !"frame-pointer", i32 2}
!59 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!60 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 27, type: !61, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !66)
!61 = !DISubroutineType(types: !62)
!62 = !{!63, !63, !64}
!63 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!66 = !{}
!67 = !DILocalVariable(name: "argc", arg: 1, scope: !60, file: !2, line: 27, type: !63)
!68 = !DILocation(line: 27, column: 14, scope: !60)
!69 = !DILocalVariable(name: "argv", arg: 2, scope: !60, file: !2, line: 27, type: !64)
!70 = !DILocation(line: 27, column: 27, scope: !60)
!71 = !DILocation(line: 28, column: 9, scope: !60)
!72 = !DILocation(line: 29, column: 9, scope: !60)
!73 = !DILocalVariable(name: "fd", scope: !60, file: !2, line: 30, type: !63)
!74 = !DILocation(line: 30, column: 7, scope: !60)
!75 = !DILocation(line: 30, column: 12, scope: !60)
!76 = !DILocation(line: 31, column: 7, scope: !77)
!77 = distinct !DILexicalBlock(scope: !60, file: !2, line: 31, column: 7)
!78 = !DILocation(line: 31, column: 10, scope: !77)
!79 = !DILocation(line: 31, column: 7, scope: !60)
!80 = !DILocation(line: 32, column: 5, scope: !81)
!81 = distinct !DILexicalBlock(scope: !77, file: !2, line: 31, column: 15)
!82 = !DILocation(line: 33, column: 5, scope: !81)
!83 = !DILocalVariable(name: "addr", scope: !60, file: !2, line: 35, type: !84)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !31, line: 245, size: 128, elements: !85)
!85 = !{!86, !87, !91, !95}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !84, file: !31, line: 247, baseType: !41, size: 16)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !84, file: !31, line: 248, baseType: !88, size: 16, offset: 16)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !31, line: 123, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !33, line: 25, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !35, line: 40, baseType: !43)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !84, file: !31, line: 249, baseType: !92, size: 32, offset: 32)
!92 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !31, line: 31, size: 32, elements: !93)
!93 = !{!94}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !92, file: !31, line: 33, baseType: !30, size: 32)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !84, file: !31, line: 252, baseType: !96, size: 64, offset: 64)
!96 = !DICompositeType(tag: DW_TAG_array_type, baseType: !97, size: 64, elements: !98)
!97 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!98 = !{!99}
!99 = !DISubrange(count: 8)
!100 = !DILocation(line: 35, column: 22, scope: !60)
!101 = !DILocation(line: 36, column: 3, scope: !60)
!102 = !DILocation(line: 37, column: 8, scope: !60)
!103 = !DILocation(line: 37, column: 19, scope: !60)
!104 = !DILocation(line: 38, column: 19, scope: !60)
!105 = !DILocation(line: 38, column: 8, scope: !60)
!106 = !DILocation(line: 38, column: 17, scope: !60)
!107 = !DILocation(line: 39, column: 26, scope: !60)
!108 = !DILocation(line: 39, column: 8, scope: !60)
!109 = !DILocation(line: 39, column: 17, scope: !60)
!110 = !DILocation(line: 39, column: 24, scope: !60)
!111 = !DILocation(line: 40, column: 12, scope: !112)
!112 = distinct !DILexicalBlock(scope: !60, file: !2, line: 40, column: 7)
!113 = !DILocation(line: 40, column: 7, scope: !112)
!114 = !DILocation(line: 40, column: 56, scope: !112)
!115 = !DILocation(line: 40, column: 7, scope: !60)
!116 = !DILocation(line: 41, column: 5, scope: !117)
!117 = distinct !DILexicalBlock(scope: !112, file: !2, line: 40, column: 61)
!118 = !DILocation(line: 42, column: 11, scope: !117)
!119 = !DILocation(line: 42, column: 5, scope: !117)
!120 = !DILocation(line: 43, column: 5, scope: !117)
!121 = !DILocation(line: 45, column: 9, scope: !60)
!122 = !DILocation(line: 45, column: 3, scope: !60)
!123 = !DILocation(line: 46, column: 3, scope: !60)
!124 = !DILocation(line: 47, column: 1, scope: !60)
!125 = distinct !DISubprogram(name: "serve", scope: !2, file: !2, line: 13, type: !126, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !66)
!126 = !DISubroutineType(types: !127)
!127 = !{null, !63}
!128 = !DILocalVariable(name: "fd", arg: 1, scope: !125, file: !2, line: 13, type: !63)
!129 = !DILocation(line: 13, column: 23, scope: !125)
!130 = !DILocalVariable(name: "buf", scope: !125, file: !2, line: 14, type: !131)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !132)
!132 = !{!133}
!133 = !DISubrange(count: 512)
!134 = !DILocation(line: 14, column: 8, scope: !125)
!135 = !DILocation(line: 15, column: 3, scope: !125)
!136 = !DILocalVariable(name: "cli", scope: !137, file: !2, line: 16, type: !84)
!137 = distinct !DILexicalBlock(scope: !138, file: !2, line: 15, column: 12)
!138 = distinct !DILexicalBlock(scope: !139, file: !2, line: 15, column: 3)
!139 = distinct !DILexicalBlock(scope: !125, file: !2, line: 15, column: 3)
!140 = !DILocation(line: 16, column: 24, scope: !137)
!141 = !DILocalVariable(name: "cl", scope: !137, file: !2, line: 17, type: !142)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !38, line: 33, baseType: !143)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !35, line: 210, baseType: !18)
!144 = !DILocation(line: 17, column: 15, scope: !137)
!145 = !DILocalVariable(name: "n", scope: !137, file: !2, line: 18, type: !146)
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !147, line: 108, baseType: !148)
!147 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !35, line: 194, baseType: !149)
!149 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!150 = !DILocation(line: 18, column: 13, scope: !137)
!151 = !DILocation(line: 18, column: 26, scope: !137)
!152 = !DILocation(line: 18, column: 30, scope: !137)
!153 = !DILocation(line: 18, column: 17, scope: !137)
!154 = !DILocation(line: 19, column: 9, scope: !155)
!155 = distinct !DILexicalBlock(scope: !137, file: !2, line: 19, column: 9)
!156 = !DILocation(line: 19, column: 11, scope: !155)
!157 = !DILocation(line: 19, column: 9, scope: !137)
!158 = !DILocation(line: 20, column: 7, scope: !155)
!159 = distinct !{!159, !160, !161}
!160 = !DILocation(line: 15, column: 3, scope: !139)
!161 = !DILocation(line: 24, column: 3, scope: !139)
!162 = !DILocation(line: 21, column: 9, scope: !137)
!163 = !DILocalVariable(name: "v", scope: !137, file: !2, line: 22, type: !49)
!164 = !DILocation(line: 22, column: 14, scope: !137)
!165 = !DILocation(line: 22, column: 34, scope: !137)
!166 = !DILocation(line: 22, column: 24, scope: !137)
!167 = !DILocation(line: 22, column: 18, scope: !137)
!168 = !DILocation(line: 23, column: 12, scope: !137)
!169 = !DILocation(line: 23, column: 59, scope: !137)
!170 = !DILocation(line: 23, column: 5, scope: !137)
!171 = !DILocation(line: 15, column: 3, scope: !138)
