; recvmsg()/sendmsg() are arrival and reply; the sockaddr is a designated
; initializer with the port from a static const global.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-recvmsg-sendmsg.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-recvmsg-sendmsg.c:12
; CHECK-NEXT:   bind: port 6000 address 0.0.0.0 at udp-recvmsg-sendmsg.c:22
; CHECK-NEXT: event-loop #0: blocking-recv in main at udp-recvmsg-sendmsg.c:30, blocks in recvmsg at udp-recvmsg-sendmsg.c:40
; CHECK-NEXT: arrival: recvmsg on socket #0 in main at udp-recvmsg-sendmsg.c:40, loop #0
; CHECK-NEXT: reply: sendmsg on socket #0 in main at udp-recvmsg-sendmsg.c:44, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-recvmsg-sendmsg.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-recvmsg-sendmsg.c

; ModuleID = 'udp-recvmsg-sendmsg.c'
source_filename = "udp-recvmsg-sendmsg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [8 x i8] c"sendmsg\00", align 1, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !97 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [8 x i8], align 1
  %5 = alloca [1024 x i8], align 16
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca [2 x %struct.iovec], align 16
  %8 = alloca %struct.msghdr, align 8
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !102, !DIExpression(), !103)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 17) #5, !dbg !104
  store i32 %10, ptr %2, align 4, !dbg !103
  %11 = load i32, ptr %2, align 4, !dbg !105
  %12 = icmp eq i32 %11, -1, !dbg !107
  br i1 %12, label %13, label %14, !dbg !108

13:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !109
  store i32 1, ptr %1, align 4, !dbg !111
  br label %58, !dbg !111

14:                                               ; preds = %0
    #dbg_declare(ptr %3, !112, !DIExpression(), !127)
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !128
  store i16 2, ptr %15, align 4, !dbg !128
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !128
  %17 = call zeroext i16 @htons(i16 noundef zeroext 6000) #6, !dbg !129
  store i16 %17, ptr %16, align 2, !dbg !128
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !128
  %19 = getelementptr inbounds %struct.in_addr, ptr %18, i32 0, i32 0, !dbg !130
  %20 = call i32 @htonl(i32 noundef 0) #6, !dbg !131
  store i32 %20, ptr %19, align 4, !dbg !130
  %21 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 3, !dbg !128
  call void @llvm.memset.p0.i64(ptr align 4 %21, i8 0, i64 8, i1 false), !dbg !128
  %22 = load i32, ptr %2, align 4, !dbg !132
  %23 = call i32 @bind(i32 noundef %22, ptr noundef %3, i32 noundef 16) #5, !dbg !134
  %24 = icmp eq i32 %23, -1, !dbg !135
  br i1 %24, label %25, label %26, !dbg !136

25:                                               ; preds = %14
  call void @perror(ptr noundef @.str.1), !dbg !137
  store i32 1, ptr %1, align 4, !dbg !139
  br label %58, !dbg !139

26:                                               ; preds = %14
    #dbg_declare(ptr %4, !140, !DIExpression(), !141)
    #dbg_declare(ptr %5, !142, !DIExpression(), !146)
    #dbg_declare(ptr %6, !147, !DIExpression(), !148)
    #dbg_declare(ptr %7, !149, !DIExpression(), !162)
    #dbg_declare(ptr %8, !163, !DIExpression(), !176)
  br label %27, !dbg !177

27:                                               ; preds = %57, %47, %26
  %28 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 0, !dbg !178
  %29 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 0, !dbg !182
  %30 = getelementptr inbounds %struct.iovec, ptr %29, i32 0, i32 0, !dbg !183
  store ptr %28, ptr %30, align 16, !dbg !184
  %31 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 0, !dbg !185
  %32 = getelementptr inbounds %struct.iovec, ptr %31, i32 0, i32 1, !dbg !186
  store i64 8, ptr %32, align 8, !dbg !187
  %33 = getelementptr inbounds [1024 x i8], ptr %5, i64 0, i64 0, !dbg !188
  %34 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 1, !dbg !189
  %35 = getelementptr inbounds %struct.iovec, ptr %34, i32 0, i32 0, !dbg !190
  store ptr %33, ptr %35, align 16, !dbg !191
  %36 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 1, !dbg !192
  %37 = getelementptr inbounds %struct.iovec, ptr %36, i32 0, i32 1, !dbg !193
  store i64 1024, ptr %37, align 8, !dbg !194
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 56, i1 false), !dbg !195
  %38 = getelementptr inbounds %struct.msghdr, ptr %8, i32 0, i32 0, !dbg !196
  store ptr %6, ptr %38, align 8, !dbg !197
  %39 = getelementptr inbounds %struct.msghdr, ptr %8, i32 0, i32 1, !dbg !198
  store i32 16, ptr %39, align 8, !dbg !199
  %40 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 0, !dbg !200
  %41 = getelementptr inbounds %struct.msghdr, ptr %8, i32 0, i32 2, !dbg !201
  store ptr %40, ptr %41, align 8, !dbg !202
  %42 = getelementptr inbounds %struct.msghdr, ptr %8, i32 0, i32 3, !dbg !203
  store i64 2, ptr %42, align 8, !dbg !204
    #dbg_declare(ptr %9, !205, !DIExpression(), !206)
  %43 = load i32, ptr %2, align 4, !dbg !207
  %44 = call i64 @recvmsg(i32 noundef %43, ptr noundef %8, i32 noundef 0), !dbg !208
  store i64 %44, ptr %9, align 8, !dbg !206
  %45 = load i64, ptr %9, align 8, !dbg !209
  %46 = icmp slt i64 %45, 8, !dbg !211
  br i1 %46, label %47, label %48, !dbg !212

47:                                               ; preds = %27
  br label %27, !dbg !213, !llvm.loop !214

48:                                               ; preds = %27
  %49 = load i64, ptr %9, align 8, !dbg !217
  %50 = sub i64 %49, 8, !dbg !218
  %51 = getelementptr inbounds [2 x %struct.iovec], ptr %7, i64 0, i64 1, !dbg !219
  %52 = getelementptr inbounds %struct.iovec, ptr %51, i32 0, i32 1, !dbg !220
  store i64 %50, ptr %52, align 8, !dbg !221
  %53 = load i32, ptr %2, align 4, !dbg !222
  %54 = call i64 @sendmsg(i32 noundef %53, ptr noundef %8, i32 noundef 0), !dbg !224
  %55 = icmp eq i64 %54, -1, !dbg !225
  br i1 %55, label %56, label %57, !dbg !226

56:                                               ; preds = %48
  call void @perror(ptr noundef @.str.2), !dbg !227
  br label %57, !dbg !227

57:                                               ; preds = %56, %48
  br label %27, !dbg !228, !llvm.loop !214

58:                                               ; preds = %25, %13
  %59 = load i32, ptr %1, align 4, !dbg !229
  ret i32 %59, !dbg !229
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvmsg(i32 noundef, ptr noundef, i32 noundef) #2

declare i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!17}
!llvm.module.flags = !{!89, !90, !91, !92, !93, !94, !95}
!llvm.ident = !{!96}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 14, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-recvmsg-sendmsg.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "b424acf0755980c5dcdf2a411cc964a6")
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
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 8)
!17 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !18, retainedTypes: !63, globals: !85, splitDebugInlining: false, nameTableKind: None)
!18 = !{!19, !32}
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
!32 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !33, line: 40, baseType: !21, size: 32, elements: !34)
!33 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!34 = !{!35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62}
!35 = !DIEnumerator(name: "IPPROTO_IP", value: 0)
!36 = !DIEnumerator(name: "IPPROTO_ICMP", value: 1)
!37 = !DIEnumerator(name: "IPPROTO_IGMP", value: 2)
!38 = !DIEnumerator(name: "IPPROTO_IPIP", value: 4)
!39 = !DIEnumerator(name: "IPPROTO_TCP", value: 6)
!40 = !DIEnumerator(name: "IPPROTO_EGP", value: 8)
!41 = !DIEnumerator(name: "IPPROTO_PUP", value: 12)
!42 = !DIEnumerator(name: "IPPROTO_UDP", value: 17)
!43 = !DIEnumerator(name: "IPPROTO_IDP", value: 22)
!44 = !DIEnumerator(name: "IPPROTO_TP", value: 29)
!45 = !DIEnumerator(name: "IPPROTO_DCCP", value: 33)
!46 = !DIEnumerator(name: "IPPROTO_IPV6", value: 41)
!47 = !DIEnumerator(name: "IPPROTO_RSVP", value: 46)
!48 = !DIEnumerator(name: "IPPROTO_GRE", value: 47)
!49 = !DIEnumerator(name: "IPPROTO_ESP", value: 50)
!50 = !DIEnumerator(name: "IPPROTO_AH", value: 51)
!51 = !DIEnumerator(name: "IPPROTO_MTP", value: 92)
!52 = !DIEnumerator(name: "IPPROTO_BEETPH", value: 94)
!53 = !DIEnumerator(name: "IPPROTO_ENCAP", value: 98)
!54 = !DIEnumerator(name: "IPPROTO_PIM", value: 103)
!55 = !DIEnumerator(name: "IPPROTO_COMP", value: 108)
!56 = !DIEnumerator(name: "IPPROTO_SCTP", value: 132)
!57 = !DIEnumerator(name: "IPPROTO_UDPLITE", value: 136)
!58 = !DIEnumerator(name: "IPPROTO_MPLS", value: 137)
!59 = !DIEnumerator(name: "IPPROTO_ETHERNET", value: 143)
!60 = !DIEnumerator(name: "IPPROTO_RAW", value: 255)
!61 = !DIEnumerator(name: "IPPROTO_MPTCP", value: 262)
!62 = !DIEnumerator(name: "IPPROTO_MAX", value: 263)
!63 = !{!64, !69, !81}
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !33, line: 30, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !66, line: 26, baseType: !67)
!66 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !68, line: 42, baseType: !21)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !71, line: 183, size: 128, elements: !72)
!71 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!72 = !{!73, !77}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !70, file: !71, line: 185, baseType: !74, size: 16)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !75, line: 28, baseType: !76)
!75 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!76 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !70, file: !71, line: 186, baseType: !78, size: 112, offset: 16)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 14)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !82, line: 108, baseType: !83)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !68, line: 194, baseType: !84)
!84 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!85 = !{!0, !86, !7, !12}
!86 = !DIGlobalVariableExpression(var: !87, expr: !DIExpression(DW_OP_constu, 6000, DW_OP_stack_value))
!87 = distinct !DIGlobalVariable(name: "listen_port", scope: !17, file: !2, line: 9, type: !88, isLocal: true, isDefinition: true)
!88 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !76)
!89 = !{i32 7, !"Dwarf Version", i32 5}
!90 = !{i32 2, !"Debug Info Version", i32 3}
!91 = !{i32 1, !"wchar_size", i32 4}
!92 = !{i32 8, !"PIC Level", i32 2}
!93 = !{i32 7, !"PIE Level", i32 2}
!94 = !{i32 7, !"uwtable", i32 2}
!95 = !{i32 7, !"frame-pointer", i32 2}
!96 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!97 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !98, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !101)
!98 = !DISubroutineType(types: !99)
!99 = !{!100}
!100 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!101 = !{}
!102 = !DILocalVariable(name: "sfd", scope: !97, file: !2, line: 12, type: !100)
!103 = !DILocation(line: 12, column: 7, scope: !97)
!104 = !DILocation(line: 12, column: 13, scope: !97)
!105 = !DILocation(line: 13, column: 7, scope: !106)
!106 = distinct !DILexicalBlock(scope: !97, file: !2, line: 13, column: 7)
!107 = !DILocation(line: 13, column: 11, scope: !106)
!108 = !DILocation(line: 13, column: 7, scope: !97)
!109 = !DILocation(line: 14, column: 5, scope: !110)
!110 = distinct !DILexicalBlock(scope: !106, file: !2, line: 13, column: 18)
!111 = !DILocation(line: 15, column: 5, scope: !110)
!112 = !DILocalVariable(name: "local", scope: !97, file: !2, line: 17, type: !113)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !33, line: 245, size: 128, elements: !114)
!114 = !{!115, !116, !120, !124}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !113, file: !33, line: 247, baseType: !74, size: 16)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !113, file: !33, line: 248, baseType: !117, size: 16, offset: 16)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !33, line: 123, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !66, line: 25, baseType: !119)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !68, line: 40, baseType: !76)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !113, file: !33, line: 249, baseType: !121, size: 32, offset: 32)
!121 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !33, line: 31, size: 32, elements: !122)
!122 = !{!123}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !121, file: !33, line: 33, baseType: !64, size: 32)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !113, file: !33, line: 252, baseType: !125, size: 64, offset: 64)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !126, size: 64, elements: !15)
!126 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!127 = !DILocation(line: 17, column: 22, scope: !97)
!128 = !DILocation(line: 17, column: 30, scope: !97)
!129 = !DILocation(line: 19, column: 19, scope: !97)
!130 = !DILocation(line: 20, column: 19, scope: !97)
!131 = !DILocation(line: 20, column: 30, scope: !97)
!132 = !DILocation(line: 22, column: 12, scope: !133)
!133 = distinct !DILexicalBlock(scope: !97, file: !2, line: 22, column: 7)
!134 = !DILocation(line: 22, column: 7, scope: !133)
!135 = !DILocation(line: 22, column: 59, scope: !133)
!136 = !DILocation(line: 22, column: 7, scope: !97)
!137 = !DILocation(line: 23, column: 5, scope: !138)
!138 = distinct !DILexicalBlock(scope: !133, file: !2, line: 22, column: 66)
!139 = !DILocation(line: 24, column: 5, scope: !138)
!140 = !DILocalVariable(name: "hdr", scope: !97, file: !2, line: 26, type: !14)
!141 = !DILocation(line: 26, column: 8, scope: !97)
!142 = !DILocalVariable(name: "body", scope: !97, file: !2, line: 26, type: !143)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 1024)
!146 = !DILocation(line: 26, column: 16, scope: !97)
!147 = !DILocalVariable(name: "peer", scope: !97, file: !2, line: 27, type: !113)
!148 = !DILocation(line: 27, column: 22, scope: !97)
!149 = !DILocalVariable(name: "iov", scope: !97, file: !2, line: 28, type: !150)
!150 = !DICompositeType(tag: DW_TAG_array_type, baseType: !151, size: 256, elements: !160)
!151 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !152, line: 26, size: 128, elements: !153)
!152 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!153 = !{!154, !156}
!154 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !151, file: !152, line: 28, baseType: !155, size: 64)
!155 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !151, file: !152, line: 29, baseType: !157, size: 64, offset: 64)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !158, line: 18, baseType: !159)
!158 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!159 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!160 = !{!161}
!161 = !DISubrange(count: 2)
!162 = !DILocation(line: 28, column: 16, scope: !97)
!163 = !DILocalVariable(name: "msg", scope: !97, file: !2, line: 29, type: !164)
!164 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !71, line: 262, size: 448, elements: !165)
!165 = !{!166, !167, !170, !172, !173, !174, !175}
!166 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !164, file: !71, line: 264, baseType: !155, size: 64)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !164, file: !71, line: 265, baseType: !168, size: 32, offset: 64)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !71, line: 33, baseType: !169)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !68, line: 210, baseType: !21)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !164, file: !71, line: 267, baseType: !171, size: 64, offset: 128)
!171 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !151, size: 64)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !164, file: !71, line: 268, baseType: !157, size: 64, offset: 192)
!173 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !164, file: !71, line: 270, baseType: !155, size: 64, offset: 256)
!174 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !164, file: !71, line: 271, baseType: !157, size: 64, offset: 320)
!175 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !164, file: !71, line: 276, baseType: !100, size: 32, offset: 384)
!176 = !DILocation(line: 29, column: 17, scope: !97)
!177 = !DILocation(line: 30, column: 3, scope: !97)
!178 = !DILocation(line: 31, column: 23, scope: !179)
!179 = distinct !DILexicalBlock(scope: !180, file: !2, line: 30, column: 12)
!180 = distinct !DILexicalBlock(scope: !181, file: !2, line: 30, column: 3)
!181 = distinct !DILexicalBlock(scope: !97, file: !2, line: 30, column: 3)
!182 = !DILocation(line: 31, column: 5, scope: !179)
!183 = !DILocation(line: 31, column: 12, scope: !179)
!184 = !DILocation(line: 31, column: 21, scope: !179)
!185 = !DILocation(line: 32, column: 5, scope: !179)
!186 = !DILocation(line: 32, column: 12, scope: !179)
!187 = !DILocation(line: 32, column: 20, scope: !179)
!188 = !DILocation(line: 33, column: 23, scope: !179)
!189 = !DILocation(line: 33, column: 5, scope: !179)
!190 = !DILocation(line: 33, column: 12, scope: !179)
!191 = !DILocation(line: 33, column: 21, scope: !179)
!192 = !DILocation(line: 34, column: 5, scope: !179)
!193 = !DILocation(line: 34, column: 12, scope: !179)
!194 = !DILocation(line: 34, column: 20, scope: !179)
!195 = !DILocation(line: 35, column: 5, scope: !179)
!196 = !DILocation(line: 36, column: 9, scope: !179)
!197 = !DILocation(line: 36, column: 18, scope: !179)
!198 = !DILocation(line: 37, column: 9, scope: !179)
!199 = !DILocation(line: 37, column: 21, scope: !179)
!200 = !DILocation(line: 38, column: 19, scope: !179)
!201 = !DILocation(line: 38, column: 9, scope: !179)
!202 = !DILocation(line: 38, column: 17, scope: !179)
!203 = !DILocation(line: 39, column: 9, scope: !179)
!204 = !DILocation(line: 39, column: 20, scope: !179)
!205 = !DILocalVariable(name: "n", scope: !179, file: !2, line: 40, type: !81)
!206 = !DILocation(line: 40, column: 13, scope: !179)
!207 = !DILocation(line: 40, column: 25, scope: !179)
!208 = !DILocation(line: 40, column: 17, scope: !179)
!209 = !DILocation(line: 41, column: 9, scope: !210)
!210 = distinct !DILexicalBlock(scope: !179, file: !2, line: 41, column: 9)
!211 = !DILocation(line: 41, column: 11, scope: !210)
!212 = !DILocation(line: 41, column: 9, scope: !179)
!213 = !DILocation(line: 42, column: 7, scope: !210)
!214 = distinct !{!214, !215, !216}
!215 = !DILocation(line: 30, column: 3, scope: !181)
!216 = !DILocation(line: 46, column: 3, scope: !181)
!217 = !DILocation(line: 43, column: 22, scope: !179)
!218 = !DILocation(line: 43, column: 24, scope: !179)
!219 = !DILocation(line: 43, column: 5, scope: !179)
!220 = !DILocation(line: 43, column: 12, scope: !179)
!221 = !DILocation(line: 43, column: 20, scope: !179)
!222 = !DILocation(line: 44, column: 17, scope: !223)
!223 = distinct !DILexicalBlock(scope: !179, file: !2, line: 44, column: 9)
!224 = !DILocation(line: 44, column: 9, scope: !223)
!225 = !DILocation(line: 44, column: 31, scope: !223)
!226 = !DILocation(line: 44, column: 9, scope: !179)
!227 = !DILocation(line: 45, column: 7, scope: !223)
!228 = !DILocation(line: 30, column: 3, scope: !180)
!229 = !DILocation(line: 47, column: 1, scope: !97)
