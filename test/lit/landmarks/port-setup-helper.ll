; Setup in a helper that gets the port as a parameter, open_udp(9000): the
; port is folded through the argument of the one call site, and the fd is
; traced back through open_udp's return value.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'port-setup-helper.c'
; CHECK-NEXT: socket #0: udp ipv4, created in open_udp at port-setup-helper.c:13
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at port-setup-helper.c:21
; CHECK-NEXT: event-loop #0: poll in main at port-setup-helper.c:44, waits in poll at port-setup-helper.c:45
; CHECK-NEXT: arrival: recvfrom on socket #0 in echo at port-setup-helper.c:32, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in echo at port-setup-helper.c:34, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/port-setup-helper.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - port-setup-helper.c

; ModuleID = 'port-setup-helper.c'
source_filename = "port-setup-helper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [9 x i8] c"open_udp\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !50 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.pollfd, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !55, !DIExpression(), !56)
  %5 = call i32 @open_udp(i16 noundef zeroext 9000), !dbg !57
  store i32 %5, ptr %2, align 4, !dbg !56
  %6 = load i32, ptr %2, align 4, !dbg !58
  %7 = icmp slt i32 %6, 0, !dbg !60
  br i1 %7, label %8, label %9, !dbg !61

8:                                                ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !62
  ret i32 1, !dbg !64

9:                                                ; preds = %0
    #dbg_declare(ptr %3, !65, !DIExpression(), !73)
  %10 = getelementptr inbounds %struct.pollfd, ptr %3, i32 0, i32 0, !dbg !74
  %11 = load i32, ptr %2, align 4, !dbg !75
  store i32 %11, ptr %10, align 4, !dbg !74
  %12 = getelementptr inbounds %struct.pollfd, ptr %3, i32 0, i32 1, !dbg !74
  store i16 1, ptr %12, align 4, !dbg !74
  %13 = getelementptr inbounds %struct.pollfd, ptr %3, i32 0, i32 2, !dbg !74
  store i16 0, ptr %13, align 2, !dbg !74
  br label %14, !dbg !76

14:                                               ; preds = %26, %9
    #dbg_declare(ptr %4, !77, !DIExpression(), !81)
  %15 = call i32 @poll(ptr noundef %3, i64 noundef 1, i32 noundef -1), !dbg !82
  store i32 %15, ptr %4, align 4, !dbg !81
  %16 = load i32, ptr %4, align 4, !dbg !83
  %17 = icmp sgt i32 %16, 0, !dbg !85
  br i1 %17, label %18, label %26, !dbg !86

18:                                               ; preds = %14
  %19 = getelementptr inbounds %struct.pollfd, ptr %3, i32 0, i32 2, !dbg !87
  %20 = load i16, ptr %19, align 2, !dbg !87
  %21 = sext i16 %20 to i32, !dbg !88
  %22 = and i32 %21, 1, !dbg !89
  %23 = icmp ne i32 %22, 0, !dbg !89
  br i1 %23, label %24, label %26, !dbg !90

24:                                               ; preds = %18
  %25 = load i32, ptr %2, align 4, !dbg !91
  call void @echo(i32 noundef %25), !dbg !92
  br label %26, !dbg !92

26:                                               ; preds = %24, %18, %14
  br label %14, !dbg !93, !llvm.loop !94
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @open_udp(i16 noundef zeroext %0) #0 !dbg !97 {
  %2 = alloca i32, align 4
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_in, align 4
  store i16 %0, ptr %3, align 2
    #dbg_declare(ptr %3, !102, !DIExpression(), !103)
    #dbg_declare(ptr %4, !104, !DIExpression(), !105)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !106
  store i32 %6, ptr %4, align 4, !dbg !105
  %7 = load i32, ptr %4, align 4, !dbg !107
  %8 = icmp slt i32 %7, 0, !dbg !109
  br i1 %8, label %9, label %10, !dbg !110

9:                                                ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !111
  br label %26, !dbg !111

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !112, !DIExpression(), !127)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 16, i1 false), !dbg !128
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 0, !dbg !129
  store i16 2, ptr %11, align 4, !dbg !130
  %12 = load i16, ptr %3, align 2, !dbg !131
  %13 = call zeroext i16 @htons(i16 noundef zeroext %12) #6, !dbg !132
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 1, !dbg !133
  store i16 %13, ptr %14, align 2, !dbg !134
  %15 = call i32 @htonl(i32 noundef 0) #6, !dbg !135
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 2, !dbg !136
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !137
  store i32 %15, ptr %17, align 4, !dbg !138
  %18 = load i32, ptr %4, align 4, !dbg !139
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %5, i32 noundef 16) #5, !dbg !141
  %20 = icmp slt i32 %19, 0, !dbg !142
  br i1 %20, label %21, label %24, !dbg !143

21:                                               ; preds = %10
  %22 = load i32, ptr %4, align 4, !dbg !144
  %23 = call i32 @close(i32 noundef %22), !dbg !146
  store i32 -1, ptr %2, align 4, !dbg !147
  br label %26, !dbg !147

24:                                               ; preds = %10
  %25 = load i32, ptr %4, align 4, !dbg !148
  store i32 %25, ptr %2, align 4, !dbg !149
  br label %26, !dbg !149

26:                                               ; preds = %24, %21, %9
  %27 = load i32, ptr %2, align 4, !dbg !150
  ret i32 %27, !dbg !150
}

declare void @perror(ptr noundef) #1

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @echo(i32 noundef %0) #0 !dbg !151 {
  %2 = alloca i32, align 4
  %3 = alloca [1024 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !154, !DIExpression(), !155)
    #dbg_declare(ptr %3, !156, !DIExpression(), !160)
    #dbg_declare(ptr %4, !161, !DIExpression(), !162)
    #dbg_declare(ptr %5, !163, !DIExpression(), !166)
  store i32 16, ptr %5, align 4, !dbg !166
    #dbg_declare(ptr %6, !167, !DIExpression(), !172)
  %7 = load i32, ptr %2, align 4, !dbg !173
  %8 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !174
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 1024, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !175
  store i64 %9, ptr %6, align 8, !dbg !172
  %10 = load i64, ptr %6, align 8, !dbg !176
  %11 = icmp sgt i64 %10, 0, !dbg !178
  br i1 %11, label %12, label %18, !dbg !179

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !dbg !180
  %14 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !181
  %15 = load i64, ptr %6, align 8, !dbg !182
  %16 = load i32, ptr %5, align 4, !dbg !183
  %17 = call i64 @sendto(i32 noundef %13, ptr noundef %14, i64 noundef %15, i32 noundef 0, ptr noundef %4, i32 noundef %16), !dbg !184
  br label %18, !dbg !184

18:                                               ; preds = %12, %1
  ret void, !dbg !185
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare i32 @close(i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!42, !43, !44, !45, !46, !47, !48}
!llvm.ident = !{!49}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 40, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "port-setup-helper.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "88a4fd4a2b7d98516e2e3ec56a6fc2dd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 9)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !22, globals: !41, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !10, line: 24, baseType: !11, size: 32, elements: !12)
!10 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !{!13, !14, !15, !16, !17, !18, !19, !20, !21}
!13 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!14 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!15 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!16 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!17 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!18 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!19 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!20 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!21 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!22 = !{!23, !29}
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !24, line: 30, baseType: !25)
!24 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 26, baseType: !27)
!26 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !28, line: 42, baseType: !11)
!28 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !31, line: 183, size: 128, elements: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!32 = !{!33, !37}
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !30, file: !31, line: 185, baseType: !34, size: 16)
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !35, line: 28, baseType: !36)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!36 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !30, file: !31, line: 186, baseType: !38, size: 112, offset: 16)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 14)
!41 = !{!0}
!42 = !{i32 7, !"Dwarf Version", i32 5}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 1, !"wchar_size", i32 4}
!45 = !{i32 8, !"PIC Level", i32 2}
!46 = !{i32 7, !"PIE Level", i32 2}
!47 = !{i32 7, !"uwtable", i32 2}
!48 = !{i32 7, !"frame-pointer", i32 2}
!49 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!50 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 37, type: !51, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !54)
!51 = !DISubroutineType(types: !52)
!52 = !{!53}
!53 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!54 = !{}
!55 = !DILocalVariable(name: "fd", scope: !50, file: !2, line: 38, type: !53)
!56 = !DILocation(line: 38, column: 7, scope: !50)
!57 = !DILocation(line: 38, column: 12, scope: !50)
!58 = !DILocation(line: 39, column: 7, scope: !59)
!59 = distinct !DILexicalBlock(scope: !50, file: !2, line: 39, column: 7)
!60 = !DILocation(line: 39, column: 10, scope: !59)
!61 = !DILocation(line: 39, column: 7, scope: !50)
!62 = !DILocation(line: 40, column: 5, scope: !63)
!63 = distinct !DILexicalBlock(scope: !59, file: !2, line: 39, column: 15)
!64 = !DILocation(line: 41, column: 5, scope: !63)
!65 = !DILocalVariable(name: "p", scope: !50, file: !2, line: 43, type: !66)
!66 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !67, line: 36, size: 64, elements: !68)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!68 = !{!69, !70, !72}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !66, file: !67, line: 38, baseType: !53, size: 32)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !66, file: !67, line: 39, baseType: !71, size: 16, offset: 32)
!71 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !66, file: !67, line: 40, baseType: !71, size: 16, offset: 48)
!73 = !DILocation(line: 43, column: 17, scope: !50)
!74 = !DILocation(line: 43, column: 21, scope: !50)
!75 = !DILocation(line: 43, column: 22, scope: !50)
!76 = !DILocation(line: 44, column: 3, scope: !50)
!77 = !DILocalVariable(name: "r", scope: !78, file: !2, line: 45, type: !53)
!78 = distinct !DILexicalBlock(scope: !79, file: !2, line: 44, column: 12)
!79 = distinct !DILexicalBlock(scope: !80, file: !2, line: 44, column: 3)
!80 = distinct !DILexicalBlock(scope: !50, file: !2, line: 44, column: 3)
!81 = !DILocation(line: 45, column: 9, scope: !78)
!82 = !DILocation(line: 45, column: 13, scope: !78)
!83 = !DILocation(line: 46, column: 9, scope: !84)
!84 = distinct !DILexicalBlock(scope: !78, file: !2, line: 46, column: 9)
!85 = !DILocation(line: 46, column: 11, scope: !84)
!86 = !DILocation(line: 46, column: 15, scope: !84)
!87 = !DILocation(line: 46, column: 21, scope: !84)
!88 = !DILocation(line: 46, column: 19, scope: !84)
!89 = !DILocation(line: 46, column: 29, scope: !84)
!90 = !DILocation(line: 46, column: 9, scope: !78)
!91 = !DILocation(line: 47, column: 12, scope: !84)
!92 = !DILocation(line: 47, column: 7, scope: !84)
!93 = !DILocation(line: 44, column: 3, scope: !79)
!94 = distinct !{!94, !95, !96}
!95 = !DILocation(line: 44, column: 3, scope: !80)
!96 = !DILocation(line: 48, column: 3, scope: !80)
!97 = distinct !DISubprogram(name: "open_udp", scope: !2, file: !2, line: 12, type: !98, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !54)
!98 = !DISubroutineType(types: !99)
!99 = !{!53, !100}
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 25, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !28, line: 40, baseType: !36)
!102 = !DILocalVariable(name: "port", arg: 1, scope: !97, file: !2, line: 12, type: !100)
!103 = !DILocation(line: 12, column: 30, scope: !97)
!104 = !DILocalVariable(name: "fd", scope: !97, file: !2, line: 13, type: !53)
!105 = !DILocation(line: 13, column: 7, scope: !97)
!106 = !DILocation(line: 13, column: 12, scope: !97)
!107 = !DILocation(line: 14, column: 7, scope: !108)
!108 = distinct !DILexicalBlock(scope: !97, file: !2, line: 14, column: 7)
!109 = !DILocation(line: 14, column: 10, scope: !108)
!110 = !DILocation(line: 14, column: 7, scope: !97)
!111 = !DILocation(line: 15, column: 5, scope: !108)
!112 = !DILocalVariable(name: "sa", scope: !97, file: !2, line: 16, type: !113)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !24, line: 245, size: 128, elements: !114)
!114 = !{!115, !116, !118, !122}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !113, file: !24, line: 247, baseType: !34, size: 16)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !113, file: !24, line: 248, baseType: !117, size: 16, offset: 16)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !24, line: 123, baseType: !100)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !113, file: !24, line: 249, baseType: !119, size: 32, offset: 32)
!119 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !24, line: 31, size: 32, elements: !120)
!120 = !{!121}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !119, file: !24, line: 33, baseType: !23, size: 32)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !113, file: !24, line: 252, baseType: !123, size: 64, offset: 64)
!123 = !DICompositeType(tag: DW_TAG_array_type, baseType: !124, size: 64, elements: !125)
!124 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!125 = !{!126}
!126 = !DISubrange(count: 8)
!127 = !DILocation(line: 16, column: 22, scope: !97)
!128 = !DILocation(line: 17, column: 3, scope: !97)
!129 = !DILocation(line: 18, column: 6, scope: !97)
!130 = !DILocation(line: 18, column: 17, scope: !97)
!131 = !DILocation(line: 19, column: 23, scope: !97)
!132 = !DILocation(line: 19, column: 17, scope: !97)
!133 = !DILocation(line: 19, column: 6, scope: !97)
!134 = !DILocation(line: 19, column: 15, scope: !97)
!135 = !DILocation(line: 20, column: 24, scope: !97)
!136 = !DILocation(line: 20, column: 6, scope: !97)
!137 = !DILocation(line: 20, column: 15, scope: !97)
!138 = !DILocation(line: 20, column: 22, scope: !97)
!139 = !DILocation(line: 21, column: 12, scope: !140)
!140 = distinct !DILexicalBlock(scope: !97, file: !2, line: 21, column: 7)
!141 = !DILocation(line: 21, column: 7, scope: !140)
!142 = !DILocation(line: 21, column: 52, scope: !140)
!143 = !DILocation(line: 21, column: 7, scope: !97)
!144 = !DILocation(line: 22, column: 11, scope: !145)
!145 = distinct !DILexicalBlock(scope: !140, file: !2, line: 21, column: 57)
!146 = !DILocation(line: 22, column: 5, scope: !145)
!147 = !DILocation(line: 23, column: 5, scope: !145)
!148 = !DILocation(line: 25, column: 10, scope: !97)
!149 = !DILocation(line: 25, column: 3, scope: !97)
!150 = !DILocation(line: 26, column: 1, scope: !97)
!151 = distinct !DISubprogram(name: "echo", scope: !2, file: !2, line: 28, type: !152, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !54)
!152 = !DISubroutineType(types: !153)
!153 = !{null, !53}
!154 = !DILocalVariable(name: "fd", arg: 1, scope: !151, file: !2, line: 28, type: !53)
!155 = !DILocation(line: 28, column: 22, scope: !151)
!156 = !DILocalVariable(name: "buf", scope: !151, file: !2, line: 29, type: !157)
!157 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !158)
!158 = !{!159}
!159 = !DISubrange(count: 1024)
!160 = !DILocation(line: 29, column: 8, scope: !151)
!161 = !DILocalVariable(name: "from", scope: !151, file: !2, line: 30, type: !113)
!162 = !DILocation(line: 30, column: 22, scope: !151)
!163 = !DILocalVariable(name: "fl", scope: !151, file: !2, line: 31, type: !164)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !31, line: 33, baseType: !165)
!165 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !28, line: 210, baseType: !11)
!166 = !DILocation(line: 31, column: 13, scope: !151)
!167 = !DILocalVariable(name: "n", scope: !151, file: !2, line: 32, type: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !169, line: 108, baseType: !170)
!169 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !28, line: 194, baseType: !171)
!171 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!172 = !DILocation(line: 32, column: 11, scope: !151)
!173 = !DILocation(line: 32, column: 24, scope: !151)
!174 = !DILocation(line: 32, column: 28, scope: !151)
!175 = !DILocation(line: 32, column: 15, scope: !151)
!176 = !DILocation(line: 33, column: 7, scope: !177)
!177 = distinct !DILexicalBlock(scope: !151, file: !2, line: 33, column: 7)
!178 = !DILocation(line: 33, column: 9, scope: !177)
!179 = !DILocation(line: 33, column: 7, scope: !151)
!180 = !DILocation(line: 34, column: 12, scope: !177)
!181 = !DILocation(line: 34, column: 16, scope: !177)
!182 = !DILocation(line: 34, column: 21, scope: !177)
!183 = !DILocation(line: 34, column: 53, scope: !177)
!184 = !DILocation(line: 34, column: 5, scope: !177)
!185 = !DILocation(line: 35, column: 1, scope: !151)
