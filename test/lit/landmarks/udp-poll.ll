; A poll-based UDP server: socket kind, constant port, the poll loop, and the
; arrival and reply inside a handler function called from the loop.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-poll.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-poll.c:22
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at udp-poll.c:28
; CHECK-NEXT: event-loop #0: poll in main at udp-poll.c:31, waits in poll at udp-poll.c:32
; CHECK-NEXT: arrival: recvfrom on socket #0 in handle at udp-poll.c:14, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in handle at udp-poll.c:18, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-poll.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-poll.c

; ModuleID = 'udp-poll.c'
source_filename = "udp-poll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@counter = internal global i32 0, align 4, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !48 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.pollfd, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !52, !DIExpression(), !53)
  %5 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !54
  store i32 %5, ptr %2, align 4, !dbg !53
    #dbg_declare(ptr %3, !55, !DIExpression(), !72)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !73
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !74
  store i16 2, ptr %6, align 4, !dbg !75
  %7 = call zeroext i16 @htons(i16 noundef zeroext 9000) #6, !dbg !76
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !77
  store i16 %7, ptr %8, align 2, !dbg !78
  %9 = call i32 @htonl(i32 noundef 0) #6, !dbg !79
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !80
  %11 = getelementptr inbounds %struct.in_addr, ptr %10, i32 0, i32 0, !dbg !81
  store i32 %9, ptr %11, align 4, !dbg !82
  %12 = load i32, ptr %2, align 4, !dbg !83
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #5, !dbg !85
  %14 = icmp slt i32 %13, 0, !dbg !86
  br i1 %14, label %15, label %16, !dbg !87

15:                                               ; preds = %0
  ret i32 1, !dbg !88

16:                                               ; preds = %0
    #dbg_declare(ptr %4, !89, !DIExpression(), !97)
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !98
  %18 = load i32, ptr %2, align 4, !dbg !99
  store i32 %18, ptr %17, align 4, !dbg !98
  %19 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !98
  store i16 1, ptr %19, align 4, !dbg !98
  %20 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !98
  store i16 0, ptr %20, align 2, !dbg !98
  br label %21, !dbg !100

21:                                               ; preds = %33, %24, %16
  %22 = call i32 @poll(ptr noundef %4, i64 noundef 1, i32 noundef -1), !dbg !101
  %23 = icmp slt i32 %22, 0, !dbg !106
  br i1 %23, label %24, label %25, !dbg !107

24:                                               ; preds = %21
  br label %21, !dbg !108, !llvm.loop !109

25:                                               ; preds = %21
  %26 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !112
  %27 = load i16, ptr %26, align 2, !dbg !112
  %28 = sext i16 %27 to i32, !dbg !114
  %29 = and i32 %28, 1, !dbg !115
  %30 = icmp ne i32 %29, 0, !dbg !115
  br i1 %30, label %31, label %33, !dbg !116

31:                                               ; preds = %25
  %32 = load i32, ptr %2, align 4, !dbg !117
  call void @handle(i32 noundef %32), !dbg !118
  br label %33, !dbg !118

33:                                               ; preds = %31, %25
  br label %21, !dbg !119, !llvm.loop !109
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @handle(i32 noundef %0) #0 !dbg !120 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !123, !DIExpression(), !124)
    #dbg_declare(ptr %3, !125, !DIExpression(), !129)
    #dbg_declare(ptr %4, !130, !DIExpression(), !131)
    #dbg_declare(ptr %5, !132, !DIExpression(), !135)
  store i32 16, ptr %5, align 4, !dbg !135
    #dbg_declare(ptr %6, !136, !DIExpression(), !141)
  %7 = load i32, ptr %2, align 4, !dbg !142
  %8 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !143
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !144
  store i64 %9, ptr %6, align 8, !dbg !141
  %10 = load i64, ptr %6, align 8, !dbg !145
  %11 = icmp sle i64 %10, 0, !dbg !147
  br i1 %11, label %12, label %13, !dbg !148

12:                                               ; preds = %1
  br label %21, !dbg !149

13:                                               ; preds = %1
  %14 = load i32, ptr @counter, align 4, !dbg !150
  %15 = add nsw i32 %14, 1, !dbg !150
  store i32 %15, ptr @counter, align 4, !dbg !150
  %16 = load i32, ptr %2, align 4, !dbg !151
  %17 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !152
  %18 = load i64, ptr %6, align 8, !dbg !153
  %19 = load i32, ptr %5, align 4, !dbg !154
  %20 = call i64 @sendto(i32 noundef %16, ptr noundef %17, i64 noundef %18, i32 noundef 0, ptr noundef %4, i32 noundef %19), !dbg !155
  br label %21, !dbg !156

21:                                               ; preds = %13, %12
  ret void, !dbg !156
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!40, !41, !42, !43, !44, !45, !46}
!llvm.ident = !{!47}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 8, type: !39, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !38, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "udp-poll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "2221be1c82d4489ff39955764caf0b61")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !6, line: 24, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17}
!9 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!10 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!11 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!12 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!13 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!14 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!15 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!16 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!17 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!18 = !{!19, !25}
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !20, line: 30, baseType: !21)
!20 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !7)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !{!0}
!39 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!40 = !{i32 7, !"Dwarf Version", i32 5}
!41 = !{i32 2, !"Debug Info Version", i32 3}
!42 = !{i32 1, !"wchar_size", i32 4}
!43 = !{i32 8, !"PIC Level", i32 2}
!44 = !{i32 7, !"PIE Level", i32 2}
!45 = !{i32 7, !"uwtable", i32 2}
!46 = !{i32 7, !"frame-pointer", i32 2}
!47 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!48 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 21, type: !49, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !51)
!49 = !DISubroutineType(types: !50)
!50 = !{!39}
!51 = !{}
!52 = !DILocalVariable(name: "fd", scope: !48, file: !3, line: 22, type: !39)
!53 = !DILocation(line: 22, column: 7, scope: !48)
!54 = !DILocation(line: 22, column: 12, scope: !48)
!55 = !DILocalVariable(name: "addr", scope: !48, file: !3, line: 23, type: !56)
!56 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !57)
!57 = !{!58, !59, !63, !67}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !56, file: !20, line: 247, baseType: !30, size: 16)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !56, file: !20, line: 248, baseType: !60, size: 16, offset: 16)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !61)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !56, file: !20, line: 249, baseType: !64, size: 32, offset: 32)
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !64, file: !20, line: 33, baseType: !19, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !56, file: !20, line: 252, baseType: !68, size: 64, offset: 64)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !69, size: 64, elements: !70)
!69 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!70 = !{!71}
!71 = !DISubrange(count: 8)
!72 = !DILocation(line: 23, column: 22, scope: !48)
!73 = !DILocation(line: 24, column: 3, scope: !48)
!74 = !DILocation(line: 25, column: 8, scope: !48)
!75 = !DILocation(line: 25, column: 19, scope: !48)
!76 = !DILocation(line: 26, column: 19, scope: !48)
!77 = !DILocation(line: 26, column: 8, scope: !48)
!78 = !DILocation(line: 26, column: 17, scope: !48)
!79 = !DILocation(line: 27, column: 26, scope: !48)
!80 = !DILocation(line: 27, column: 8, scope: !48)
!81 = !DILocation(line: 27, column: 17, scope: !48)
!82 = !DILocation(line: 27, column: 24, scope: !48)
!83 = !DILocation(line: 28, column: 12, scope: !84)
!84 = distinct !DILexicalBlock(scope: !48, file: !3, line: 28, column: 7)
!85 = !DILocation(line: 28, column: 7, scope: !84)
!86 = !DILocation(line: 28, column: 56, scope: !84)
!87 = !DILocation(line: 28, column: 7, scope: !48)
!88 = !DILocation(line: 29, column: 5, scope: !84)
!89 = !DILocalVariable(name: "pfd", scope: !48, file: !3, line: 30, type: !90)
!90 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !91, line: 36, size: 64, elements: !92)
!91 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!92 = !{!93, !94, !96}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !90, file: !91, line: 38, baseType: !39, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !90, file: !91, line: 39, baseType: !95, size: 16, offset: 32)
!95 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !90, file: !91, line: 40, baseType: !95, size: 16, offset: 48)
!97 = !DILocation(line: 30, column: 17, scope: !48)
!98 = !DILocation(line: 30, column: 23, scope: !48)
!99 = !DILocation(line: 30, column: 30, scope: !48)
!100 = !DILocation(line: 31, column: 3, scope: !48)
!101 = !DILocation(line: 32, column: 9, scope: !102)
!102 = distinct !DILexicalBlock(scope: !103, file: !3, line: 32, column: 9)
!103 = distinct !DILexicalBlock(scope: !104, file: !3, line: 31, column: 12)
!104 = distinct !DILexicalBlock(scope: !105, file: !3, line: 31, column: 3)
!105 = distinct !DILexicalBlock(scope: !48, file: !3, line: 31, column: 3)
!106 = !DILocation(line: 32, column: 27, scope: !102)
!107 = !DILocation(line: 32, column: 9, scope: !103)
!108 = !DILocation(line: 33, column: 7, scope: !102)
!109 = distinct !{!109, !110, !111}
!110 = !DILocation(line: 31, column: 3, scope: !105)
!111 = !DILocation(line: 36, column: 3, scope: !105)
!112 = !DILocation(line: 34, column: 13, scope: !113)
!113 = distinct !DILexicalBlock(scope: !103, file: !3, line: 34, column: 9)
!114 = !DILocation(line: 34, column: 9, scope: !113)
!115 = !DILocation(line: 34, column: 21, scope: !113)
!116 = !DILocation(line: 34, column: 9, scope: !103)
!117 = !DILocation(line: 35, column: 14, scope: !113)
!118 = !DILocation(line: 35, column: 7, scope: !113)
!119 = !DILocation(line: 31, column: 3, scope: !104)
!120 = distinct !DISubprogram(name: "handle", scope: !3, file: !3, line: 10, type: !121, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !51)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !39}
!123 = !DILocalVariable(name: "fd", arg: 1, scope: !120, file: !3, line: 10, type: !39)
!124 = !DILocation(line: 10, column: 24, scope: !120)
!125 = !DILocalVariable(name: "buf", scope: !120, file: !3, line: 11, type: !126)
!126 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !127)
!127 = !{!128}
!128 = !DISubrange(count: 512)
!129 = !DILocation(line: 11, column: 8, scope: !120)
!130 = !DILocalVariable(name: "src", scope: !120, file: !3, line: 12, type: !56)
!131 = !DILocation(line: 12, column: 22, scope: !120)
!132 = !DILocalVariable(name: "len", scope: !120, file: !3, line: 13, type: !133)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !134)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!135 = !DILocation(line: 13, column: 13, scope: !120)
!136 = !DILocalVariable(name: "n", scope: !120, file: !3, line: 14, type: !137)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !138, line: 108, baseType: !139)
!138 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!139 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !140)
!140 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!141 = !DILocation(line: 14, column: 11, scope: !120)
!142 = !DILocation(line: 14, column: 24, scope: !120)
!143 = !DILocation(line: 14, column: 28, scope: !120)
!144 = !DILocation(line: 14, column: 15, scope: !120)
!145 = !DILocation(line: 15, column: 7, scope: !146)
!146 = distinct !DILexicalBlock(scope: !120, file: !3, line: 15, column: 7)
!147 = !DILocation(line: 15, column: 9, scope: !146)
!148 = !DILocation(line: 15, column: 7, scope: !120)
!149 = !DILocation(line: 16, column: 5, scope: !146)
!150 = !DILocation(line: 17, column: 10, scope: !120)
!151 = !DILocation(line: 18, column: 10, scope: !120)
!152 = !DILocation(line: 18, column: 14, scope: !120)
!153 = !DILocation(line: 18, column: 19, scope: !120)
!154 = !DILocation(line: 18, column: 50, scope: !120)
!155 = !DILocation(line: 18, column: 3, scope: !120)
!156 = !DILocation(line: 19, column: 1, scope: !120)
