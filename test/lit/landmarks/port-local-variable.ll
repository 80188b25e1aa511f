; The port reaches htons() through a local variable that was initialised
; from a static const global.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'port-local-variable.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at port-local-variable.c:13
; CHECK-NEXT:   bind: port 6970 address 0.0.0.0 at port-local-variable.c:22
; CHECK-NEXT: event-loop #0: blocking-recv in main at port-local-variable.c:30, blocks in recvfrom at port-local-variable.c:32
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at port-local-variable.c:32, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at port-local-variable.c:35, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/port-local-variable.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - port-local-variable.c

; ModuleID = 'port-local-variable.c'
source_filename = "port-local-variable.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [26 x i8] c"listening on udp port %u\0A\00", align 1, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !57 {
  %1 = alloca i32, align 4
  %2 = alloca i16, align 2
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca [256 x i8], align 16
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !62, !DIExpression(), !63)
  store i16 6970, ptr %2, align 2, !dbg !63
    #dbg_declare(ptr %3, !64, !DIExpression(), !65)
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !66
  store i32 %9, ptr %3, align 4, !dbg !65
  %10 = load i32, ptr %3, align 4, !dbg !67
  %11 = icmp slt i32 %10, 0, !dbg !69
  br i1 %11, label %12, label %13, !dbg !70

12:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !71
  store i32 1, ptr %1, align 4, !dbg !73
  br label %39, !dbg !73

13:                                               ; preds = %0
    #dbg_declare(ptr %4, !74, !DIExpression(), !97)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !98
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !99
  store i16 2, ptr %14, align 4, !dbg !100
  %15 = load i16, ptr %2, align 2, !dbg !101
  %16 = call zeroext i16 @htons(i16 noundef zeroext %15) #6, !dbg !102
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !103
  store i16 %16, ptr %17, align 2, !dbg !104
  %18 = load i32, ptr %3, align 4, !dbg !105
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %4, i32 noundef 16) #5, !dbg !107
  %20 = icmp slt i32 %19, 0, !dbg !108
  br i1 %20, label %21, label %22, !dbg !109

21:                                               ; preds = %13
  call void @perror(ptr noundef @.str.1), !dbg !110
  store i32 1, ptr %1, align 4, !dbg !112
  br label %39, !dbg !112

22:                                               ; preds = %13
  %23 = load i16, ptr %2, align 2, !dbg !113
  %24 = zext i16 %23 to i32, !dbg !113
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %24), !dbg !114
    #dbg_declare(ptr %5, !115, !DIExpression(), !119)
    #dbg_declare(ptr %6, !120, !DIExpression(), !121)
    #dbg_declare(ptr %7, !122, !DIExpression(), !125)
  br label %26, !dbg !126

26:                                               ; preds = %38, %22
  store i32 16, ptr %7, align 4, !dbg !127
    #dbg_declare(ptr %8, !131, !DIExpression(), !136)
  %27 = load i32, ptr %3, align 4, !dbg !137
  %28 = getelementptr inbounds [256 x i8], ptr %5, i64 0, i64 0, !dbg !138
  %29 = call i64 @recvfrom(i32 noundef %27, ptr noundef %28, i64 noundef 256, i32 noundef 0, ptr noundef %6, ptr noundef %7), !dbg !139
  store i64 %29, ptr %8, align 8, !dbg !136
  %30 = load i64, ptr %8, align 8, !dbg !140
  %31 = icmp sgt i64 %30, 0, !dbg !142
  br i1 %31, label %32, label %38, !dbg !143

32:                                               ; preds = %26
  %33 = load i32, ptr %3, align 4, !dbg !144
  %34 = getelementptr inbounds [256 x i8], ptr %5, i64 0, i64 0, !dbg !145
  %35 = load i64, ptr %8, align 8, !dbg !146
  %36 = load i32, ptr %7, align 4, !dbg !147
  %37 = call i64 @sendto(i32 noundef %33, ptr noundef %34, i64 noundef %35, i32 noundef 0, ptr noundef %6, i32 noundef %36), !dbg !148
  br label %38, !dbg !148

38:                                               ; preds = %32, %26
  br label %26, !dbg !149, !llvm.loop !150

39:                                               ; preds = %21, %12
  %40 = load i32, ptr %1, align 4, !dbg !153
  ret i32 %40, !dbg !153
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i32 @printf(ptr noundef, ...) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!17}
!llvm.module.flags = !{!49, !50, !51, !52, !53, !54, !55}
!llvm.ident = !{!56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 15, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "port-local-variable.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "11985c22ef5e01f652653b46bc15d1a1")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 26, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 208, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 26)
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
!45 = !{!46, !0, !7, !12}
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression(DW_OP_constu, 6970, DW_OP_stack_value))
!47 = distinct !DIGlobalVariable(name: "default_port", scope: !17, file: !2, line: 9, type: !48, isLocal: true, isDefinition: true)
!48 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !40)
!49 = !{i32 7, !"Dwarf Version", i32 5}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{i32 8, !"PIC Level", i32 2}
!53 = !{i32 7, !"PIE Level", i32 2}
!54 = !{i32 7, !"uwtable", i32 2}
!55 = !{i32 7, !"frame-pointer", i32 2}
!56 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!57 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !58, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !61)
!58 = !DISubroutineType(types: !59)
!59 = !{!60}
!60 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!61 = !{}
!62 = !DILocalVariable(name: "port", scope: !57, file: !2, line: 12, type: !40)
!63 = !DILocation(line: 12, column: 18, scope: !57)
!64 = !DILocalVariable(name: "fd", scope: !57, file: !2, line: 13, type: !60)
!65 = !DILocation(line: 13, column: 7, scope: !57)
!66 = !DILocation(line: 13, column: 12, scope: !57)
!67 = !DILocation(line: 14, column: 7, scope: !68)
!68 = distinct !DILexicalBlock(scope: !57, file: !2, line: 14, column: 7)
!69 = !DILocation(line: 14, column: 10, scope: !68)
!70 = !DILocation(line: 14, column: 7, scope: !57)
!71 = !DILocation(line: 15, column: 5, scope: !72)
!72 = distinct !DILexicalBlock(scope: !68, file: !2, line: 14, column: 15)
!73 = !DILocation(line: 16, column: 5, scope: !72)
!74 = !DILocalVariable(name: "addr", scope: !57, file: !2, line: 18, type: !75)
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !76, line: 245, size: 128, elements: !77)
!76 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!77 = !{!78, !79, !85, !92}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !75, file: !76, line: 247, baseType: !38, size: 16)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !75, file: !76, line: 248, baseType: !80, size: 16, offset: 16)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !76, line: 123, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !82, line: 25, baseType: !83)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !84, line: 40, baseType: !40)
!84 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !75, file: !76, line: 249, baseType: !86, size: 32, offset: 32)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !76, line: 31, size: 32, elements: !87)
!87 = !{!88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !86, file: !76, line: 33, baseType: !89, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !76, line: 30, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !82, line: 26, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !84, line: 42, baseType: !21)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !75, file: !76, line: 252, baseType: !93, size: 64, offset: 64)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 64, elements: !95)
!94 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DILocation(line: 18, column: 22, scope: !57)
!98 = !DILocation(line: 19, column: 3, scope: !57)
!99 = !DILocation(line: 20, column: 8, scope: !57)
!100 = !DILocation(line: 20, column: 19, scope: !57)
!101 = !DILocation(line: 21, column: 25, scope: !57)
!102 = !DILocation(line: 21, column: 19, scope: !57)
!103 = !DILocation(line: 21, column: 8, scope: !57)
!104 = !DILocation(line: 21, column: 17, scope: !57)
!105 = !DILocation(line: 22, column: 12, scope: !106)
!106 = distinct !DILexicalBlock(scope: !57, file: !2, line: 22, column: 7)
!107 = !DILocation(line: 22, column: 7, scope: !106)
!108 = !DILocation(line: 22, column: 56, scope: !106)
!109 = !DILocation(line: 22, column: 7, scope: !57)
!110 = !DILocation(line: 23, column: 5, scope: !111)
!111 = distinct !DILexicalBlock(scope: !106, file: !2, line: 22, column: 61)
!112 = !DILocation(line: 24, column: 5, scope: !111)
!113 = !DILocation(line: 26, column: 40, scope: !57)
!114 = !DILocation(line: 26, column: 3, scope: !57)
!115 = !DILocalVariable(name: "buf", scope: !57, file: !2, line: 27, type: !116)
!116 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !117)
!117 = !{!118}
!118 = !DISubrange(count: 256)
!119 = !DILocation(line: 27, column: 8, scope: !57)
!120 = !DILocalVariable(name: "peer", scope: !57, file: !2, line: 28, type: !75)
!121 = !DILocation(line: 28, column: 22, scope: !57)
!122 = !DILocalVariable(name: "plen", scope: !57, file: !2, line: 29, type: !123)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !35, line: 33, baseType: !124)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !84, line: 210, baseType: !21)
!125 = !DILocation(line: 29, column: 13, scope: !57)
!126 = !DILocation(line: 30, column: 3, scope: !57)
!127 = !DILocation(line: 31, column: 10, scope: !128)
!128 = distinct !DILexicalBlock(scope: !129, file: !2, line: 30, column: 12)
!129 = distinct !DILexicalBlock(scope: !130, file: !2, line: 30, column: 3)
!130 = distinct !DILexicalBlock(scope: !57, file: !2, line: 30, column: 3)
!131 = !DILocalVariable(name: "n", scope: !128, file: !2, line: 32, type: !132)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !133, line: 108, baseType: !134)
!133 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !84, line: 194, baseType: !135)
!135 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!136 = !DILocation(line: 32, column: 13, scope: !128)
!137 = !DILocation(line: 32, column: 26, scope: !128)
!138 = !DILocation(line: 32, column: 30, scope: !128)
!139 = !DILocation(line: 32, column: 17, scope: !128)
!140 = !DILocation(line: 34, column: 9, scope: !141)
!141 = distinct !DILexicalBlock(scope: !128, file: !2, line: 34, column: 9)
!142 = !DILocation(line: 34, column: 11, scope: !141)
!143 = !DILocation(line: 34, column: 9, scope: !128)
!144 = !DILocation(line: 35, column: 14, scope: !141)
!145 = !DILocation(line: 35, column: 18, scope: !141)
!146 = !DILocation(line: 35, column: 23, scope: !141)
!147 = !DILocation(line: 35, column: 55, scope: !141)
!148 = !DILocation(line: 35, column: 7, scope: !141)
!149 = !DILocation(line: 30, column: 3, scope: !129)
!150 = distinct !{!150, !151, !152}
!151 = !DILocation(line: 30, column: 3, scope: !130)
!152 = !DILocation(line: 36, column: 3, scope: !130)
!153 = !DILocation(line: 37, column: 1, scope: !57)
