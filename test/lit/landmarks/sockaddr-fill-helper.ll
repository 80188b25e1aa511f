; The sockaddr is filled by a helper, fill_addr(&addr, "198.18.0.3", 6464),
; before main binds it: the helper's writes (memset, family, port from its
; parameter, inet_pton of the string parameter) are applied at the call.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'sockaddr-fill-helper.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at sockaddr-fill-helper.c:25
; CHECK-NEXT:   bind: port 6464 address 198.18.0.3 at sockaddr-fill-helper.c:26
; CHECK-NEXT: event-loop #0: blocking-recv in main at sockaddr-fill-helper.c:31, blocks in recvfrom at sockaddr-fill-helper.c:34
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at sockaddr-fill-helper.c:34, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at sockaddr-fill-helper.c:36, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/sockaddr-fill-helper.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - sockaddr-fill-helper.c

; ModuleID = 'sockaddr-fill-helper.c'
source_filename = "sockaddr-fill-helper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [11 x i8] c"198.18.0.3\00", align 1, !dbg !0
@stderr = external global ptr, align 8
@.str.1 = private unnamed_addr constant [13 x i8] c"bad address\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [12 x i8] c"socket/bind\00", align 1, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !54 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca [512 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !59, !DIExpression(), !82)
  %8 = call i32 @fill_addr(ptr noundef %2, ptr noundef @.str, i16 noundef zeroext 6464), !dbg !83
  %9 = icmp slt i32 %8, 0, !dbg !85
  br i1 %9, label %10, label %13, !dbg !86

10:                                               ; preds = %0
  %11 = load ptr, ptr @stderr, align 8, !dbg !87
  %12 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %11, ptr noundef @.str.1) #5, !dbg !89
  store i32 1, ptr %1, align 4, !dbg !90
  br label %36, !dbg !90

13:                                               ; preds = %0
    #dbg_declare(ptr %3, !91, !DIExpression(), !92)
  %14 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !93
  store i32 %14, ptr %3, align 4, !dbg !92
  %15 = load i32, ptr %3, align 4, !dbg !94
  %16 = icmp slt i32 %15, 0, !dbg !96
  br i1 %16, label %21, label %17, !dbg !97

17:                                               ; preds = %13
  %18 = load i32, ptr %3, align 4, !dbg !98
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %2, i32 noundef 16) #5, !dbg !99
  %20 = icmp slt i32 %19, 0, !dbg !100
  br i1 %20, label %21, label %22, !dbg !101

21:                                               ; preds = %17, %13
  call void @perror(ptr noundef @.str.2), !dbg !102
  store i32 1, ptr %1, align 4, !dbg !104
  br label %36, !dbg !104

22:                                               ; preds = %17
    #dbg_declare(ptr %4, !105, !DIExpression(), !109)
  br label %23, !dbg !110

23:                                               ; preds = %35, %22
    #dbg_declare(ptr %5, !111, !DIExpression(), !115)
    #dbg_declare(ptr %6, !116, !DIExpression(), !119)
  store i32 16, ptr %6, align 4, !dbg !119
    #dbg_declare(ptr %7, !120, !DIExpression(), !125)
  %24 = load i32, ptr %3, align 4, !dbg !126
  %25 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !127
  %26 = call i64 @recvfrom(i32 noundef %24, ptr noundef %25, i64 noundef 512, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !128
  store i64 %26, ptr %7, align 8, !dbg !125
  %27 = load i64, ptr %7, align 8, !dbg !129
  %28 = icmp sgt i64 %27, 0, !dbg !131
  br i1 %28, label %29, label %35, !dbg !132

29:                                               ; preds = %23
  %30 = load i32, ptr %3, align 4, !dbg !133
  %31 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !134
  %32 = load i64, ptr %7, align 8, !dbg !135
  %33 = load i32, ptr %6, align 4, !dbg !136
  %34 = call i64 @sendto(i32 noundef %30, ptr noundef %31, i64 noundef %32, i32 noundef 0, ptr noundef %5, i32 noundef %33), !dbg !137
  br label %35, !dbg !137

35:                                               ; preds = %29, %23
  br label %23, !dbg !138, !llvm.loop !139

36:                                               ; preds = %21, %10
  %37 = load i32, ptr %1, align 4, !dbg !142
  ret i32 %37, !dbg !142
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fill_addr(ptr noundef %0, ptr noundef %1, i16 noundef zeroext %2) #0 !dbg !143 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i16, align 2
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !149, !DIExpression(), !150)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !151, !DIExpression(), !152)
  store i16 %2, ptr %6, align 2
    #dbg_declare(ptr %6, !153, !DIExpression(), !154)
  %7 = load ptr, ptr %4, align 8, !dbg !155
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 16, i1 false), !dbg !156
  %8 = load ptr, ptr %4, align 8, !dbg !157
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %8, i32 0, i32 0, !dbg !158
  store i16 2, ptr %9, align 4, !dbg !159
  %10 = load i16, ptr %6, align 2, !dbg !160
  %11 = call zeroext i16 @htons(i16 noundef zeroext %10) #6, !dbg !161
  %12 = load ptr, ptr %4, align 8, !dbg !162
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %12, i32 0, i32 1, !dbg !163
  store i16 %11, ptr %13, align 2, !dbg !164
  %14 = load ptr, ptr %5, align 8, !dbg !165
  %15 = load ptr, ptr %4, align 8, !dbg !166
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %15, i32 0, i32 2, !dbg !167
  %17 = call i32 @inet_pton(i32 noundef 2, ptr noundef %14, ptr noundef %16) #5, !dbg !168
  %18 = icmp eq i32 %17, 1, !dbg !169
  %19 = zext i1 %18 to i64, !dbg !168
  %20 = select i1 %18, i32 0, i32 -1, !dbg !168
  ret i32 %20, !dbg !170
}

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @inet_pton(i32 noundef, ptr noundef, ptr noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!17}
!llvm.module.flags = !{!46, !47, !48, !49, !50, !51, !52}
!llvm.ident = !{!53}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "sockaddr-fill-helper.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "14b3018d6533bd2cfcdfc64fb1cfea44")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 11)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 13)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 12)
!17 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !18, retainedTypes: !32, globals: !45, splitDebugInlining: false, nameTableKind: None)
!18 = !{!19}
!19 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !20, line: 24, baseType: !21, size: 32, elements: !22)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!21 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!22 = !{!23, !24, !25, !26, !27, !28, !29, !30, !31}
!23 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!24 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!25 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!26 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!27 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!28 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!29 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!30 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!31 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!32 = !{!33}
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!34 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !35, line: 183, size: 128, elements: !36)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!36 = !{!37, !41}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !34, file: !35, line: 185, baseType: !38, size: 16)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !39, line: 28, baseType: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!40 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !34, file: !35, line: 186, baseType: !42, size: 112, offset: 16)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 14)
!45 = !{!0, !7, !12}
!46 = !{i32 7, !"Dwarf Version", i32 5}
!47 = !{i32 2, !"Debug Info Version", i32 3}
!48 = !{i32 1, !"wchar_size", i32 4}
!49 = !{i32 8, !"PIC Level", i32 2}
!50 = !{i32 7, !"PIE Level", i32 2}
!51 = !{i32 7, !"uwtable", i32 2}
!52 = !{i32 7, !"frame-pointer", i32 2}
!53 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!54 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 19, type: !55, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !58)
!55 = !DISubroutineType(types: !56)
!56 = !{!57}
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !{}
!59 = !DILocalVariable(name: "addr", scope: !54, file: !2, line: 20, type: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !61, line: 245, size: 128, elements: !62)
!61 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!62 = !{!63, !64, !70, !77}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !60, file: !61, line: 247, baseType: !38, size: 16)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !60, file: !61, line: 248, baseType: !65, size: 16, offset: 16)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !61, line: 123, baseType: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !67, line: 25, baseType: !68)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !69, line: 40, baseType: !40)
!69 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!70 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !60, file: !61, line: 249, baseType: !71, size: 32, offset: 32)
!71 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !61, line: 31, size: 32, elements: !72)
!72 = !{!73}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !71, file: !61, line: 33, baseType: !74, size: 32)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !61, line: 30, baseType: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !67, line: 26, baseType: !76)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !69, line: 42, baseType: !21)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !60, file: !61, line: 252, baseType: !78, size: 64, offset: 64)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !79, size: 64, elements: !80)
!79 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!80 = !{!81}
!81 = !DISubrange(count: 8)
!82 = !DILocation(line: 20, column: 22, scope: !54)
!83 = !DILocation(line: 21, column: 7, scope: !84)
!84 = distinct !DILexicalBlock(scope: !54, file: !2, line: 21, column: 7)
!85 = !DILocation(line: 21, column: 44, scope: !84)
!86 = !DILocation(line: 21, column: 7, scope: !54)
!87 = !DILocation(line: 22, column: 13, scope: !88)
!88 = distinct !DILexicalBlock(scope: !84, file: !2, line: 21, column: 49)
!89 = !DILocation(line: 22, column: 5, scope: !88)
!90 = !DILocation(line: 23, column: 5, scope: !88)
!91 = !DILocalVariable(name: "fd", scope: !54, file: !2, line: 25, type: !57)
!92 = !DILocation(line: 25, column: 7, scope: !54)
!93 = !DILocation(line: 25, column: 12, scope: !54)
!94 = !DILocation(line: 26, column: 7, scope: !95)
!95 = distinct !DILexicalBlock(scope: !54, file: !2, line: 26, column: 7)
!96 = !DILocation(line: 26, column: 10, scope: !95)
!97 = !DILocation(line: 26, column: 14, scope: !95)
!98 = !DILocation(line: 26, column: 22, scope: !95)
!99 = !DILocation(line: 26, column: 17, scope: !95)
!100 = !DILocation(line: 26, column: 66, scope: !95)
!101 = !DILocation(line: 26, column: 7, scope: !54)
!102 = !DILocation(line: 27, column: 5, scope: !103)
!103 = distinct !DILexicalBlock(scope: !95, file: !2, line: 26, column: 71)
!104 = !DILocation(line: 28, column: 5, scope: !103)
!105 = !DILocalVariable(name: "buf", scope: !54, file: !2, line: 30, type: !106)
!106 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !107)
!107 = !{!108}
!108 = !DISubrange(count: 512)
!109 = !DILocation(line: 30, column: 8, scope: !54)
!110 = !DILocation(line: 31, column: 3, scope: !54)
!111 = !DILocalVariable(name: "peer", scope: !112, file: !2, line: 32, type: !60)
!112 = distinct !DILexicalBlock(scope: !113, file: !2, line: 31, column: 12)
!113 = distinct !DILexicalBlock(scope: !114, file: !2, line: 31, column: 3)
!114 = distinct !DILexicalBlock(scope: !54, file: !2, line: 31, column: 3)
!115 = !DILocation(line: 32, column: 24, scope: !112)
!116 = !DILocalVariable(name: "pl", scope: !112, file: !2, line: 33, type: !117)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !35, line: 33, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !69, line: 210, baseType: !21)
!119 = !DILocation(line: 33, column: 15, scope: !112)
!120 = !DILocalVariable(name: "n", scope: !112, file: !2, line: 34, type: !121)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !122, line: 108, baseType: !123)
!122 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !69, line: 194, baseType: !124)
!124 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!125 = !DILocation(line: 34, column: 13, scope: !112)
!126 = !DILocation(line: 34, column: 26, scope: !112)
!127 = !DILocation(line: 34, column: 30, scope: !112)
!128 = !DILocation(line: 34, column: 17, scope: !112)
!129 = !DILocation(line: 35, column: 9, scope: !130)
!130 = distinct !DILexicalBlock(scope: !112, file: !2, line: 35, column: 9)
!131 = !DILocation(line: 35, column: 11, scope: !130)
!132 = !DILocation(line: 35, column: 9, scope: !112)
!133 = !DILocation(line: 36, column: 14, scope: !130)
!134 = !DILocation(line: 36, column: 18, scope: !130)
!135 = !DILocation(line: 36, column: 23, scope: !130)
!136 = !DILocation(line: 36, column: 55, scope: !130)
!137 = !DILocation(line: 36, column: 7, scope: !130)
!138 = !DILocation(line: 31, column: 3, scope: !113)
!139 = distinct !{!139, !140, !141}
!140 = !DILocation(line: 31, column: 3, scope: !114)
!141 = !DILocation(line: 37, column: 3, scope: !114)
!142 = !DILocation(line: 38, column: 1, scope: !54)
!143 = distinct !DISubprogram(name: "fill_addr", scope: !2, file: !2, line: 12, type: !144, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !17, retainedNodes: !58)
!144 = !DISubroutineType(types: !145)
!145 = !{!57, !146, !147, !66}
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !148, size: 64)
!148 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!149 = !DILocalVariable(name: "a", arg: 1, scope: !143, file: !2, line: 12, type: !146)
!150 = !DILocation(line: 12, column: 42, scope: !143)
!151 = !DILocalVariable(name: "ip", arg: 2, scope: !143, file: !2, line: 12, type: !147)
!152 = !DILocation(line: 12, column: 57, scope: !143)
!153 = !DILocalVariable(name: "port", arg: 3, scope: !143, file: !2, line: 12, type: !66)
!154 = !DILocation(line: 12, column: 70, scope: !143)
!155 = !DILocation(line: 13, column: 10, scope: !143)
!156 = !DILocation(line: 13, column: 3, scope: !143)
!157 = !DILocation(line: 14, column: 3, scope: !143)
!158 = !DILocation(line: 14, column: 6, scope: !143)
!159 = !DILocation(line: 14, column: 17, scope: !143)
!160 = !DILocation(line: 15, column: 23, scope: !143)
!161 = !DILocation(line: 15, column: 17, scope: !143)
!162 = !DILocation(line: 15, column: 3, scope: !143)
!163 = !DILocation(line: 15, column: 6, scope: !143)
!164 = !DILocation(line: 15, column: 15, scope: !143)
!165 = !DILocation(line: 16, column: 29, scope: !143)
!166 = !DILocation(line: 16, column: 34, scope: !143)
!167 = !DILocation(line: 16, column: 37, scope: !143)
!168 = !DILocation(line: 16, column: 10, scope: !143)
!169 = !DILocation(line: 16, column: 47, scope: !143)
!170 = !DILocation(line: 16, column: 3, scope: !143)
