; The true reason: a UDP chat relay in SimpleChat's idiom (udp-chat.c)
; logs each message with puts (line 29), remembers the sender in a table
; kept in a local of main (30-31), and sends the message to every known
; client (32-33). Nothing can be answered in the kernel, and what the
; server is, is its broadcast: several replies, to other clients. That
; is named first, in the decision and as the first blocker, before the
; logging and the table that come earlier on the path; the JSON report
; and the remarks list them in the same order.
;
; The count of clients, a local of main, is shared as a global
; (Plan/LoopLocals.h). The table is not (an array): a write to it in the
; kernel would be lost to the later requests userspace serves, which read
; it (the relay's other path, with the table full, reads it unwritten).
; Before, with count shared, the path that adds a client and sends to no
; one was planned for the kernel and its write to the table lost.
; What is left, a path with no reply and no write, is only drops: kept in
; userspace, the blockers in the same order.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes='print<koffload-fast-path>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=REACH
; RUN: %opt %load_koffload -passes=koffload -koffload-report=%t.json -disable-output %s
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; print(c['decision']); [print(b['reason']) for b in c['blockers']]" %t.json | FileCheck %s --check-prefix=JSON
; RUN: %opt %load_koffload -passes='koffload' -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload plan for 'udp-chat.c'
; CHECK:       decision: keep in userspace: the kernel could only drop requests (omega {{[0-9.]+}}); every reply path meets a blocker, foremost MultipleReplies (sendto at udp-chat.c:33)
; CHECK-NEXT:  blocked: MultipleReplies sendto at udp-chat.c:33
; CHECK-NEXT:  blocked: ReplyElsewhere sendto to an address other than the request's source at udp-chat.c:33
; CHECK-NEXT:  blocked: PreArrivalState local 'clients' keeps bytes for later requests, which would not see the offload's write at udp-chat.c:31
; (the log line at udp-chat.c:29 would be recorded: no blocker)
;
; REACH: blocked: PreArrivalState local 'clients' keeps bytes for later requests, which would not see the offload's write at udp-chat.c:31 (reached by 50.0% of requests)
;
; JSON:      foremost MultipleReplies (sendto at udp-chat.c:33)
; JSON-NEXT: MultipleReplies
; JSON-NEXT: ReplyElsewhere
; JSON-NEXT: PreArrivalState
;
; REMARK:      remark: udp-chat.c:24:{{[0-9]+}}: requests on socket #0 stay in userspace: {{.*}}foremost MultipleReplies (sendto at udp-chat.c:33)
; REMARK-NEXT: remark: udp-chat.c:33:{{[0-9]+}}: MultipleReplies
; REMARK-NEXT: remark: udp-chat.c:33:{{[0-9]+}}: ReplyElsewhere
; REMARK-NEXT: remark: udp-chat.c:31:{{[0-9]+}}: PreArrivalState
;
; MADE-FROM: Inputs/udp-chat.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-chat.c

; ModuleID = 'udp-chat.c'
source_filename = "udp-chat.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !38 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x %struct.sockaddr_in], align 16
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca [256 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !43, !DIExpression(), !69)
    #dbg_declare(ptr %3, !70, !DIExpression(), !71)
  store i32 0, ptr %3, align 4, !dbg !71
    #dbg_declare(ptr %4, !72, !DIExpression(), !73)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !74
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !75
  store i16 2, ptr %11, align 4, !dbg !76
  %12 = call zeroext i16 @htons(i16 noundef zeroext 7400) #6, !dbg !77
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !78
  store i16 %12, ptr %13, align 2, !dbg !79
    #dbg_declare(ptr %5, !80, !DIExpression(), !81)
  %14 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !82
  store i32 %14, ptr %5, align 4, !dbg !81
  %15 = load i32, ptr %5, align 4, !dbg !83
  %16 = call i32 @bind(i32 noundef %15, ptr noundef %4, i32 noundef 16) #7, !dbg !84
  br label %17, !dbg !85

17:                                               ; preds = %52, %23, %0
    #dbg_declare(ptr %6, !86, !DIExpression(), !93)
    #dbg_declare(ptr %7, !94, !DIExpression(), !95)
    #dbg_declare(ptr %8, !96, !DIExpression(), !99)
  store i32 16, ptr %8, align 4, !dbg !99
    #dbg_declare(ptr %9, !100, !DIExpression(), !105)
  %18 = load i32, ptr %5, align 4, !dbg !106
  %19 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0, !dbg !107
  %20 = call i64 @recvfrom(i32 noundef %18, ptr noundef %19, i64 noundef 255, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !108
  store i64 %20, ptr %9, align 8, !dbg !105
  %21 = load i64, ptr %9, align 8, !dbg !109
  %22 = icmp sle i64 %21, 0, !dbg !111
  br i1 %22, label %23, label %24, !dbg !112

23:                                               ; preds = %17
  br label %17, !dbg !113, !llvm.loop !114

24:                                               ; preds = %17
  %25 = load i64, ptr %9, align 8, !dbg !117
  %26 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %25, !dbg !118
  store i8 0, ptr %26, align 1, !dbg !119
  %27 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0, !dbg !120
  %28 = call i32 @puts(ptr noundef %27), !dbg !121
  %29 = load i32, ptr %3, align 4, !dbg !122
  %30 = icmp slt i32 %29, 16, !dbg !124
  br i1 %30, label %31, label %36, !dbg !125

31:                                               ; preds = %24
  %32 = load i32, ptr %3, align 4, !dbg !126
  %33 = add nsw i32 %32, 1, !dbg !126
  store i32 %33, ptr %3, align 4, !dbg !126
  %34 = sext i32 %32 to i64, !dbg !127
  %35 = getelementptr inbounds [16 x %struct.sockaddr_in], ptr %2, i64 0, i64 %34, !dbg !127
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %35, ptr align 4 %7, i64 16, i1 false), !dbg !128
  br label %36, !dbg !127

36:                                               ; preds = %31, %24
    #dbg_declare(ptr %10, !129, !DIExpression(), !131)
  store i32 0, ptr %10, align 4, !dbg !131
  br label %37, !dbg !132

37:                                               ; preds = %49, %36
  %38 = load i32, ptr %10, align 4, !dbg !133
  %39 = load i32, ptr %3, align 4, !dbg !135
  %40 = icmp slt i32 %38, %39, !dbg !136
  br i1 %40, label %41, label %52, !dbg !137

41:                                               ; preds = %37
  %42 = load i32, ptr %5, align 4, !dbg !138
  %43 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0, !dbg !139
  %44 = load i64, ptr %9, align 8, !dbg !140
  %45 = load i32, ptr %10, align 4, !dbg !141
  %46 = sext i32 %45 to i64, !dbg !142
  %47 = getelementptr inbounds [16 x %struct.sockaddr_in], ptr %2, i64 0, i64 %46, !dbg !142
  %48 = call i64 @sendto(i32 noundef %42, ptr noundef %43, i64 noundef %44, i32 noundef 0, ptr noundef %47, i32 noundef 16), !dbg !143
  br label %49, !dbg !143

49:                                               ; preds = %41
  %50 = load i32, ptr %10, align 4, !dbg !144
  %51 = add nsw i32 %50, 1, !dbg !144
  store i32 %51, ptr %10, align 4, !dbg !144
  br label %37, !dbg !145, !llvm.loop !146

52:                                               ; preds = %37
  br label %17, !dbg !149, !llvm.loop !114
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i32 @puts(ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!30, !31, !32, !33, !34, !35, !36}
!llvm.ident = !{!37}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "udp-chat.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "fef18c626757eaba34a9f8a49025e277")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !4, line: 24, baseType: !5, size: 32, elements: !6)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!5 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!6 = !{!7, !8, !9, !10, !11, !12, !13, !14, !15}
!7 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!8 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!9 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!10 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!11 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!12 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!13 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!14 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!15 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !19, line: 183, size: 128, elements: !20)
!19 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!20 = !{!21, !25}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !18, file: !19, line: 185, baseType: !22, size: 16)
!22 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !23, line: 28, baseType: !24)
!23 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!24 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !18, file: !19, line: 186, baseType: !26, size: 112, offset: 16)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 112, elements: !28)
!27 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!28 = !{!29}
!29 = !DISubrange(count: 14)
!30 = !{i32 7, !"Dwarf Version", i32 5}
!31 = !{i32 2, !"Debug Info Version", i32 3}
!32 = !{i32 1, !"wchar_size", i32 4}
!33 = !{i32 8, !"PIC Level", i32 2}
!34 = !{i32 7, !"PIE Level", i32 2}
!35 = !{i32 7, !"uwtable", i32 2}
!36 = !{i32 7, !"frame-pointer", i32 2}
!37 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!38 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 11, type: !39, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !42)
!39 = !DISubroutineType(types: !40)
!40 = !{!41}
!41 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!42 = !{}
!43 = !DILocalVariable(name: "clients", scope: !38, file: !1, line: 12, type: !44)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 2048, elements: !67)
!45 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !46, line: 245, size: 128, elements: !47)
!46 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!47 = !{!48, !49, !55, !62}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !45, file: !46, line: 247, baseType: !22, size: 16)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !45, file: !46, line: 248, baseType: !50, size: 16, offset: 16)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !46, line: 123, baseType: !51)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !52, line: 25, baseType: !53)
!52 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !54, line: 40, baseType: !24)
!54 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !45, file: !46, line: 249, baseType: !56, size: 32, offset: 32)
!56 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !46, line: 31, size: 32, elements: !57)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !56, file: !46, line: 33, baseType: !59, size: 32)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !46, line: 30, baseType: !60)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !52, line: 26, baseType: !61)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !54, line: 42, baseType: !5)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !45, file: !46, line: 252, baseType: !63, size: 64, offset: 64)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !64, size: 64, elements: !65)
!64 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!65 = !{!66}
!66 = !DISubrange(count: 8)
!67 = !{!68}
!68 = !DISubrange(count: 16)
!69 = !DILocation(line: 12, column: 22, scope: !38)
!70 = !DILocalVariable(name: "count", scope: !38, file: !1, line: 13, type: !41)
!71 = !DILocation(line: 13, column: 7, scope: !38)
!72 = !DILocalVariable(name: "a", scope: !38, file: !1, line: 14, type: !45)
!73 = !DILocation(line: 14, column: 22, scope: !38)
!74 = !DILocation(line: 15, column: 3, scope: !38)
!75 = !DILocation(line: 16, column: 5, scope: !38)
!76 = !DILocation(line: 16, column: 16, scope: !38)
!77 = !DILocation(line: 17, column: 16, scope: !38)
!78 = !DILocation(line: 17, column: 5, scope: !38)
!79 = !DILocation(line: 17, column: 14, scope: !38)
!80 = !DILocalVariable(name: "fd", scope: !38, file: !1, line: 18, type: !41)
!81 = !DILocation(line: 18, column: 7, scope: !38)
!82 = !DILocation(line: 18, column: 12, scope: !38)
!83 = !DILocation(line: 19, column: 8, scope: !38)
!84 = !DILocation(line: 19, column: 3, scope: !38)
!85 = !DILocation(line: 20, column: 3, scope: !38)
!86 = !DILocalVariable(name: "msg", scope: !87, file: !1, line: 21, type: !90)
!87 = distinct !DILexicalBlock(scope: !88, file: !1, line: 20, column: 12)
!88 = distinct !DILexicalBlock(scope: !89, file: !1, line: 20, column: 3)
!89 = distinct !DILexicalBlock(scope: !38, file: !1, line: 20, column: 3)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 2048, elements: !91)
!91 = !{!92}
!92 = !DISubrange(count: 256)
!93 = !DILocation(line: 21, column: 10, scope: !87)
!94 = !DILocalVariable(name: "from", scope: !87, file: !1, line: 22, type: !45)
!95 = !DILocation(line: 22, column: 24, scope: !87)
!96 = !DILocalVariable(name: "len", scope: !87, file: !1, line: 23, type: !97)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !19, line: 33, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !54, line: 210, baseType: !5)
!99 = !DILocation(line: 23, column: 15, scope: !87)
!100 = !DILocalVariable(name: "n", scope: !87, file: !1, line: 24, type: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !102, line: 108, baseType: !103)
!102 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !54, line: 194, baseType: !104)
!104 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!105 = !DILocation(line: 24, column: 13, scope: !87)
!106 = !DILocation(line: 24, column: 26, scope: !87)
!107 = !DILocation(line: 24, column: 30, scope: !87)
!108 = !DILocation(line: 24, column: 17, scope: !87)
!109 = !DILocation(line: 26, column: 9, scope: !110)
!110 = distinct !DILexicalBlock(scope: !87, file: !1, line: 26, column: 9)
!111 = !DILocation(line: 26, column: 11, scope: !110)
!112 = !DILocation(line: 26, column: 9, scope: !87)
!113 = !DILocation(line: 27, column: 7, scope: !110)
!114 = distinct !{!114, !115, !116}
!115 = !DILocation(line: 20, column: 3, scope: !89)
!116 = !DILocation(line: 35, column: 3, scope: !89)
!117 = !DILocation(line: 28, column: 9, scope: !87)
!118 = !DILocation(line: 28, column: 5, scope: !87)
!119 = !DILocation(line: 28, column: 12, scope: !87)
!120 = !DILocation(line: 29, column: 10, scope: !87)
!121 = !DILocation(line: 29, column: 5, scope: !87)
!122 = !DILocation(line: 30, column: 9, scope: !123)
!123 = distinct !DILexicalBlock(scope: !87, file: !1, line: 30, column: 9)
!124 = !DILocation(line: 30, column: 15, scope: !123)
!125 = !DILocation(line: 30, column: 9, scope: !87)
!126 = !DILocation(line: 31, column: 20, scope: !123)
!127 = !DILocation(line: 31, column: 7, scope: !123)
!128 = !DILocation(line: 31, column: 26, scope: !123)
!129 = !DILocalVariable(name: "i", scope: !130, file: !1, line: 32, type: !41)
!130 = distinct !DILexicalBlock(scope: !87, file: !1, line: 32, column: 5)
!131 = !DILocation(line: 32, column: 14, scope: !130)
!132 = !DILocation(line: 32, column: 10, scope: !130)
!133 = !DILocation(line: 32, column: 21, scope: !134)
!134 = distinct !DILexicalBlock(scope: !130, file: !1, line: 32, column: 5)
!135 = !DILocation(line: 32, column: 25, scope: !134)
!136 = !DILocation(line: 32, column: 23, scope: !134)
!137 = !DILocation(line: 32, column: 5, scope: !130)
!138 = !DILocation(line: 33, column: 14, scope: !134)
!139 = !DILocation(line: 33, column: 18, scope: !134)
!140 = !DILocation(line: 33, column: 23, scope: !134)
!141 = !DILocation(line: 33, column: 57, scope: !134)
!142 = !DILocation(line: 33, column: 49, scope: !134)
!143 = !DILocation(line: 33, column: 7, scope: !134)
!144 = !DILocation(line: 32, column: 33, scope: !134)
!145 = !DILocation(line: 32, column: 5, scope: !134)
!146 = distinct !{!146, !137, !147, !148}
!147 = !DILocation(line: 34, column: 32, scope: !130)
!148 = !{!"llvm.loop.mustprogress"}
!149 = !DILocation(line: 20, column: 3, scope: !88)
