; An IPv6 UDP server: AF_INET6 socket, sockaddr_in6 with sin6_addr copied
; from in6addr_any (an extern libc constant) and the port at offset 2.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-ipv6.c'
; CHECK-NEXT: socket #0: udp ipv6, created in main at udp-ipv6.c:12
; CHECK-NEXT:   bind: port 5683 address :: at udp-ipv6.c:24
; CHECK-NEXT: event-loop #0: poll in main at udp-ipv6.c:30, waits in poll at udp-ipv6.c:31
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at udp-ipv6.c:37, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at udp-ipv6.c:41, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-ipv6.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-ipv6.c

; ModuleID = 'udp-ipv6.c'
source_filename = "udp-ipv6.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@in6addr_any = external constant %struct.in6_addr, align 4
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"poll\00", align 1, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !82 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in6, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [1280 x i8], align 16
  %7 = alloca %struct.sockaddr_in6, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !87, !DIExpression(), !88)
  %10 = call i32 @socket(i32 noundef 10, i32 noundef 2, i32 noundef 0) #6, !dbg !89
  store i32 %10, ptr %2, align 4, !dbg !88
  %11 = load i32, ptr %2, align 4, !dbg !90
  %12 = icmp slt i32 %11, 0, !dbg !92
  br i1 %12, label %13, label %14, !dbg !93

13:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !94
  store i32 1, ptr %1, align 4, !dbg !96
  br label %50, !dbg !96

14:                                               ; preds = %0
    #dbg_declare(ptr %3, !97, !DIExpression(), !98)
  store i32 0, ptr %3, align 4, !dbg !98
  %15 = load i32, ptr %2, align 4, !dbg !99
  %16 = call i32 @setsockopt(i32 noundef %15, i32 noundef 41, i32 noundef 26, ptr noundef %3, i32 noundef 4) #6, !dbg !100
    #dbg_declare(ptr %4, !101, !DIExpression(), !136)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 28, i1 false), !dbg !137
  %17 = getelementptr inbounds %struct.sockaddr_in6, ptr %4, i32 0, i32 0, !dbg !138
  store i16 10, ptr %17, align 4, !dbg !139
  %18 = getelementptr inbounds %struct.sockaddr_in6, ptr %4, i32 0, i32 3, !dbg !140
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 4 @in6addr_any, i64 16, i1 false), !dbg !141
  %19 = call zeroext i16 @htons(i16 noundef zeroext 5683) #7, !dbg !142
  %20 = getelementptr inbounds %struct.sockaddr_in6, ptr %4, i32 0, i32 1, !dbg !143
  store i16 %19, ptr %20, align 2, !dbg !144
  %21 = load i32, ptr %2, align 4, !dbg !145
  %22 = call i32 @bind(i32 noundef %21, ptr noundef %4, i32 noundef 28) #6, !dbg !147
  %23 = icmp slt i32 %22, 0, !dbg !148
  br i1 %23, label %24, label %25, !dbg !149

24:                                               ; preds = %14
  call void @perror(ptr noundef @.str.1), !dbg !150
  store i32 1, ptr %1, align 4, !dbg !152
  br label %50, !dbg !152

25:                                               ; preds = %14
    #dbg_declare(ptr %5, !153, !DIExpression(), !161)
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !162
  %27 = load i32, ptr %2, align 4, !dbg !163
  store i32 %27, ptr %26, align 4, !dbg !162
  %28 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !162
  store i16 1, ptr %28, align 4, !dbg !162
  %29 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !162
  store i16 0, ptr %29, align 2, !dbg !162
    #dbg_declare(ptr %6, !164, !DIExpression(), !168)
  br label %30, !dbg !169

30:                                               ; preds = %41, %40, %25
  %31 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !170
  %32 = icmp slt i32 %31, 0, !dbg !175
  br i1 %32, label %33, label %34, !dbg !176

33:                                               ; preds = %30
  call void @perror(ptr noundef @.str.2), !dbg !177
  br label %47, !dbg !179

34:                                               ; preds = %30
    #dbg_declare(ptr %7, !180, !DIExpression(), !181)
    #dbg_declare(ptr %8, !182, !DIExpression(), !185)
  store i32 28, ptr %8, align 4, !dbg !185
    #dbg_declare(ptr %9, !186, !DIExpression(), !191)
  %35 = load i32, ptr %2, align 4, !dbg !192
  %36 = getelementptr inbounds [1280 x i8], ptr %6, i64 0, i64 0, !dbg !193
  %37 = call i64 @recvfrom(i32 noundef %35, ptr noundef %36, i64 noundef 1280, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !194
  store i64 %37, ptr %9, align 8, !dbg !191
  %38 = load i64, ptr %9, align 8, !dbg !195
  %39 = icmp slt i64 %38, 0, !dbg !197
  br i1 %39, label %40, label %41, !dbg !198

40:                                               ; preds = %34
  br label %30, !dbg !199, !llvm.loop !200

41:                                               ; preds = %34
  %42 = load i32, ptr %2, align 4, !dbg !203
  %43 = getelementptr inbounds [1280 x i8], ptr %6, i64 0, i64 0, !dbg !204
  %44 = load i64, ptr %9, align 8, !dbg !205
  %45 = load i32, ptr %8, align 4, !dbg !206
  %46 = call i64 @sendto(i32 noundef %42, ptr noundef %43, i64 noundef %44, i32 noundef 0, ptr noundef %7, i32 noundef %45), !dbg !207
  br label %30, !dbg !208, !llvm.loop !200

47:                                               ; preds = %33
  %48 = load i32, ptr %2, align 4, !dbg !209
  %49 = call i32 @close(i32 noundef %48), !dbg !210
  store i32 1, ptr %1, align 4, !dbg !211
  br label %50, !dbg !211

50:                                               ; preds = %47, %24, %13
  %51 = load i32, ptr %1, align 4, !dbg !212
  ret i32 %51, !dbg !212
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nounwind
declare i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #5

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

declare i32 @close(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!74, !75, !76, !77, !78, !79, !80}
!llvm.ident = !{!81}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 14, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-ipv6.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "10350507eaaf9672c28c66b1eb6f2f1f")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 32, type: !9, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !60, globals: !73, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16, !29}
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
!29 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !30, line: 40, baseType: !18, size: 32, elements: !31)
!30 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!31 = !{!32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59}
!32 = !DIEnumerator(name: "IPPROTO_IP", value: 0)
!33 = !DIEnumerator(name: "IPPROTO_ICMP", value: 1)
!34 = !DIEnumerator(name: "IPPROTO_IGMP", value: 2)
!35 = !DIEnumerator(name: "IPPROTO_IPIP", value: 4)
!36 = !DIEnumerator(name: "IPPROTO_TCP", value: 6)
!37 = !DIEnumerator(name: "IPPROTO_EGP", value: 8)
!38 = !DIEnumerator(name: "IPPROTO_PUP", value: 12)
!39 = !DIEnumerator(name: "IPPROTO_UDP", value: 17)
!40 = !DIEnumerator(name: "IPPROTO_IDP", value: 22)
!41 = !DIEnumerator(name: "IPPROTO_TP", value: 29)
!42 = !DIEnumerator(name: "IPPROTO_DCCP", value: 33)
!43 = !DIEnumerator(name: "IPPROTO_IPV6", value: 41)
!44 = !DIEnumerator(name: "IPPROTO_RSVP", value: 46)
!45 = !DIEnumerator(name: "IPPROTO_GRE", value: 47)
!46 = !DIEnumerator(name: "IPPROTO_ESP", value: 50)
!47 = !DIEnumerator(name: "IPPROTO_AH", value: 51)
!48 = !DIEnumerator(name: "IPPROTO_MTP", value: 92)
!49 = !DIEnumerator(name: "IPPROTO_BEETPH", value: 94)
!50 = !DIEnumerator(name: "IPPROTO_ENCAP", value: 98)
!51 = !DIEnumerator(name: "IPPROTO_PIM", value: 103)
!52 = !DIEnumerator(name: "IPPROTO_COMP", value: 108)
!53 = !DIEnumerator(name: "IPPROTO_SCTP", value: 132)
!54 = !DIEnumerator(name: "IPPROTO_UDPLITE", value: 136)
!55 = !DIEnumerator(name: "IPPROTO_MPLS", value: 137)
!56 = !DIEnumerator(name: "IPPROTO_ETHERNET", value: 143)
!57 = !DIEnumerator(name: "IPPROTO_RAW", value: 255)
!58 = !DIEnumerator(name: "IPPROTO_MPTCP", value: 262)
!59 = !DIEnumerator(name: "IPPROTO_MAX", value: 263)
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !63, line: 183, size: 128, elements: !64)
!63 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!64 = !{!65, !69}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !62, file: !63, line: 185, baseType: !66, size: 16)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !67, line: 28, baseType: !68)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!68 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !62, file: !63, line: 186, baseType: !70, size: 112, offset: 16)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !71)
!71 = !{!72}
!72 = !DISubrange(count: 14)
!73 = !{!0, !7, !12}
!74 = !{i32 7, !"Dwarf Version", i32 5}
!75 = !{i32 2, !"Debug Info Version", i32 3}
!76 = !{i32 1, !"wchar_size", i32 4}
!77 = !{i32 8, !"PIC Level", i32 2}
!78 = !{i32 7, !"PIE Level", i32 2}
!79 = !{i32 7, !"uwtable", i32 2}
!80 = !{i32 7, !"frame-pointer", i32 2}
!81 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!82 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !83, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !86)
!83 = !DISubroutineType(types: !84)
!84 = !{!85}
!85 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!86 = !{}
!87 = !DILocalVariable(name: "fd", scope: !82, file: !2, line: 12, type: !85)
!88 = !DILocation(line: 12, column: 7, scope: !82)
!89 = !DILocation(line: 12, column: 12, scope: !82)
!90 = !DILocation(line: 13, column: 7, scope: !91)
!91 = distinct !DILexicalBlock(scope: !82, file: !2, line: 13, column: 7)
!92 = !DILocation(line: 13, column: 10, scope: !91)
!93 = !DILocation(line: 13, column: 7, scope: !82)
!94 = !DILocation(line: 14, column: 5, scope: !95)
!95 = distinct !DILexicalBlock(scope: !91, file: !2, line: 13, column: 15)
!96 = !DILocation(line: 15, column: 5, scope: !95)
!97 = !DILocalVariable(name: "off", scope: !82, file: !2, line: 17, type: !85)
!98 = !DILocation(line: 17, column: 7, scope: !82)
!99 = !DILocation(line: 18, column: 14, scope: !82)
!100 = !DILocation(line: 18, column: 3, scope: !82)
!101 = !DILocalVariable(name: "addr", scope: !82, file: !2, line: 19, type: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !30, line: 260, size: 224, elements: !103)
!103 = !{!104, !105, !111, !114, !135}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !102, file: !30, line: 262, baseType: !66, size: 16)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !102, file: !30, line: 263, baseType: !106, size: 16, offset: 16)
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !30, line: 123, baseType: !107)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !108, line: 25, baseType: !109)
!108 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !110, line: 40, baseType: !68)
!110 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!111 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !102, file: !30, line: 264, baseType: !112, size: 32, offset: 32)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !108, line: 26, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !110, line: 42, baseType: !18)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !102, file: !30, line: 265, baseType: !115, size: 128, offset: 64)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !30, line: 219, size: 128, elements: !116)
!116 = !{!117}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !115, file: !30, line: 226, baseType: !118, size: 128)
!118 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !115, file: !30, line: 221, size: 128, elements: !119)
!119 = !{!120, !127, !131}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !118, file: !30, line: 223, baseType: !121, size: 128)
!121 = !DICompositeType(tag: DW_TAG_array_type, baseType: !122, size: 128, elements: !125)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !108, line: 24, baseType: !123)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !110, line: 38, baseType: !124)
!124 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!125 = !{!126}
!126 = !DISubrange(count: 16)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !118, file: !30, line: 224, baseType: !128, size: 128)
!128 = !DICompositeType(tag: DW_TAG_array_type, baseType: !107, size: 128, elements: !129)
!129 = !{!130}
!130 = !DISubrange(count: 8)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !118, file: !30, line: 225, baseType: !132, size: 128)
!132 = !DICompositeType(tag: DW_TAG_array_type, baseType: !112, size: 128, elements: !133)
!133 = !{!134}
!134 = !DISubrange(count: 4)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !102, file: !30, line: 266, baseType: !112, size: 32, offset: 192)
!136 = !DILocation(line: 19, column: 23, scope: !82)
!137 = !DILocation(line: 20, column: 3, scope: !82)
!138 = !DILocation(line: 21, column: 8, scope: !82)
!139 = !DILocation(line: 21, column: 20, scope: !82)
!140 = !DILocation(line: 22, column: 8, scope: !82)
!141 = !DILocation(line: 22, column: 20, scope: !82)
!142 = !DILocation(line: 23, column: 20, scope: !82)
!143 = !DILocation(line: 23, column: 8, scope: !82)
!144 = !DILocation(line: 23, column: 18, scope: !82)
!145 = !DILocation(line: 24, column: 12, scope: !146)
!146 = distinct !DILexicalBlock(scope: !82, file: !2, line: 24, column: 7)
!147 = !DILocation(line: 24, column: 7, scope: !146)
!148 = !DILocation(line: 24, column: 56, scope: !146)
!149 = !DILocation(line: 24, column: 7, scope: !82)
!150 = !DILocation(line: 25, column: 5, scope: !151)
!151 = distinct !DILexicalBlock(scope: !146, file: !2, line: 24, column: 61)
!152 = !DILocation(line: 26, column: 5, scope: !151)
!153 = !DILocalVariable(name: "pfd", scope: !82, file: !2, line: 28, type: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !155, line: 36, size: 64, elements: !156)
!155 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!156 = !{!157, !158, !160}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !154, file: !155, line: 38, baseType: !85, size: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !154, file: !155, line: 39, baseType: !159, size: 16, offset: 32)
!159 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !154, file: !155, line: 40, baseType: !159, size: 16, offset: 48)
!161 = !DILocation(line: 28, column: 17, scope: !82)
!162 = !DILocation(line: 28, column: 23, scope: !82)
!163 = !DILocation(line: 28, column: 30, scope: !82)
!164 = !DILocalVariable(name: "buf", scope: !82, file: !2, line: 29, type: !165)
!165 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 10240, elements: !166)
!166 = !{!167}
!167 = !DISubrange(count: 1280)
!168 = !DILocation(line: 29, column: 8, scope: !82)
!169 = !DILocation(line: 30, column: 3, scope: !82)
!170 = !DILocation(line: 31, column: 9, scope: !171)
!171 = distinct !DILexicalBlock(scope: !172, file: !2, line: 31, column: 9)
!172 = distinct !DILexicalBlock(scope: !173, file: !2, line: 30, column: 12)
!173 = distinct !DILexicalBlock(scope: !174, file: !2, line: 30, column: 3)
!174 = distinct !DILexicalBlock(scope: !82, file: !2, line: 30, column: 3)
!175 = !DILocation(line: 31, column: 27, scope: !171)
!176 = !DILocation(line: 31, column: 9, scope: !172)
!177 = !DILocation(line: 32, column: 7, scope: !178)
!178 = distinct !DILexicalBlock(scope: !171, file: !2, line: 31, column: 32)
!179 = !DILocation(line: 33, column: 7, scope: !178)
!180 = !DILocalVariable(name: "peer", scope: !172, file: !2, line: 35, type: !102)
!181 = !DILocation(line: 35, column: 25, scope: !172)
!182 = !DILocalVariable(name: "plen", scope: !172, file: !2, line: 36, type: !183)
!183 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !63, line: 33, baseType: !184)
!184 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !110, line: 210, baseType: !18)
!185 = !DILocation(line: 36, column: 15, scope: !172)
!186 = !DILocalVariable(name: "n", scope: !172, file: !2, line: 37, type: !187)
!187 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !188, line: 108, baseType: !189)
!188 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !110, line: 194, baseType: !190)
!190 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!191 = !DILocation(line: 37, column: 13, scope: !172)
!192 = !DILocation(line: 37, column: 26, scope: !172)
!193 = !DILocation(line: 37, column: 30, scope: !172)
!194 = !DILocation(line: 37, column: 17, scope: !172)
!195 = !DILocation(line: 39, column: 9, scope: !196)
!196 = distinct !DILexicalBlock(scope: !172, file: !2, line: 39, column: 9)
!197 = !DILocation(line: 39, column: 11, scope: !196)
!198 = !DILocation(line: 39, column: 9, scope: !172)
!199 = !DILocation(line: 40, column: 7, scope: !196)
!200 = distinct !{!200, !201, !202}
!201 = !DILocation(line: 30, column: 3, scope: !174)
!202 = !DILocation(line: 42, column: 3, scope: !174)
!203 = !DILocation(line: 41, column: 12, scope: !172)
!204 = !DILocation(line: 41, column: 16, scope: !172)
!205 = !DILocation(line: 41, column: 21, scope: !172)
!206 = !DILocation(line: 41, column: 53, scope: !172)
!207 = !DILocation(line: 41, column: 5, scope: !172)
!208 = !DILocation(line: 30, column: 3, scope: !173)
!209 = !DILocation(line: 43, column: 9, scope: !82)
!210 = !DILocation(line: 43, column: 3, scope: !82)
!211 = !DILocation(line: 44, column: 3, scope: !82)
!212 = !DILocation(line: 45, column: 1, scope: !82)
