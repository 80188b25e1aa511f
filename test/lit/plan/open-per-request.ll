; A file server in the idiom of a small public TFTP-like server (issue 15,
; docs/real-servers.md error 9): each datagram names a file (line 27),
; open() (28) failing is answered with one status byte (31); otherwise a
; status byte (34) and the file's blocks (read 35, sendto 36) follow.
;
; Without a profile, `fd == -1` on open()'s result is the failure of a
; system call: BPI's cold weight, 1/17 of requests (5.9%), and 16/17
; (94.1%) open the file; before, the test was weighed 37.5% (BPI's -1
; heuristic) at -O0 and 60.9% in a larger server at -O1. Every request
; that opens the file reads it and closes it: 94.1%. The blocks' sendto
; is a second reply, in the read loop: a block of an inner loop is given
; the share of requests that enter the loop, 94.1% (an upper bound; by
; BPI's 31/32 for the first lap it would be 91.2%). At -O1
; (open-per-request-o1.ll) the loop is rotated and its guard weighed
; apart.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'open-per-request.c'
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost MultipleReplies (sendto at open-per-request.c:36)
; CHECK-NEXT:  blocked: MultipleReplies sendto at open-per-request.c:36 (reached by 94.1% of requests)
; CHECK-NEXT:  blocked: BlockingIO open at open-per-request.c:28 (reached by 100.0% of requests)
; CHECK-NEXT:  blocked: BlockingIO read at open-per-request.c:35 (reached by 94.1% of requests)
; CHECK-NEXT:  blocked: BlockingIO close at open-per-request.c:37 (reached by 94.1% of requests)
; CHECK-NOT:   snprintf
;
; MADE-FROM: Inputs/open-per-request.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - open-per-request.c

; ModuleID = 'open-per-request.c'
source_filename = "open-per-request.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [14 x i8] c"/srv/files/%s\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !72 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca [1024 x i8], align 16
  %7 = alloca [1100 x i8], align 16
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !77, !DIExpression(), !78)
    #dbg_declare(ptr %3, !79, !DIExpression(), !80)
    #dbg_declare(ptr %4, !81, !DIExpression(), !82)
    #dbg_declare(ptr %5, !83, !DIExpression(), !105)
    #dbg_declare(ptr %6, !106, !DIExpression(), !110)
    #dbg_declare(ptr %7, !111, !DIExpression(), !115)
    #dbg_declare(ptr %8, !116, !DIExpression(), !119)
  store i32 16, ptr %8, align 4, !dbg !119
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 17) #5, !dbg !120
  store i32 %9, ptr %2, align 4, !dbg !121
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 16, i1 false), !dbg !122
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 0, !dbg !123
  store i16 2, ptr %10, align 4, !dbg !124
  %11 = call zeroext i16 @htons(i16 noundef zeroext 9999) #6, !dbg !125
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 1, !dbg !126
  store i16 %11, ptr %12, align 2, !dbg !127
  %13 = load i32, ptr %2, align 4, !dbg !128
  %14 = load i32, ptr %8, align 4, !dbg !129
  %15 = call i32 @bind(i32 noundef %13, ptr noundef %5, i32 noundef %14) #5, !dbg !130
  br label %16, !dbg !131

16:                                               ; preds = %0, %55
  store i32 16, ptr %8, align 4, !dbg !132
  %17 = load i32, ptr %2, align 4, !dbg !134
  %18 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !135
  %19 = call i64 @recvfrom(i32 noundef %17, ptr noundef %18, i64 noundef 1023, i32 noundef 0, ptr noundef %5, ptr noundef %8), !dbg !136
  %20 = trunc i64 %19 to i32, !dbg !136
  store i32 %20, ptr %3, align 4, !dbg !137
  %21 = load i32, ptr %3, align 4, !dbg !138
  %22 = sext i32 %21 to i64, !dbg !139
  %23 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 %22, !dbg !139
  store i8 0, ptr %23, align 1, !dbg !140
  %24 = getelementptr inbounds [1100 x i8], ptr %7, i64 0, i64 0, !dbg !141
  %25 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !142
  %26 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %24, i64 noundef 1100, ptr noundef @.str, ptr noundef %25) #5, !dbg !143
  %27 = getelementptr inbounds [1100 x i8], ptr %7, i64 0, i64 0, !dbg !144
  %28 = call i32 (ptr, i32, ...) @open(ptr noundef %27, i32 noundef 0), !dbg !145
  store i32 %28, ptr %4, align 4, !dbg !146
  %29 = load i32, ptr %4, align 4, !dbg !147
  %30 = icmp eq i32 %29, -1, !dbg !149
  br i1 %30, label %31, label %35, !dbg !150

31:                                               ; preds = %16
  store i32 0, ptr %3, align 4, !dbg !151
  %32 = load i32, ptr %2, align 4, !dbg !153
  %33 = load i32, ptr %8, align 4, !dbg !154
  %34 = call i64 @sendto(i32 noundef %32, ptr noundef %3, i64 noundef 1, i32 noundef 0, ptr noundef %5, i32 noundef %33), !dbg !155
  br label %55, !dbg !156

35:                                               ; preds = %16
  store i32 1, ptr %3, align 4, !dbg !157
  %36 = load i32, ptr %2, align 4, !dbg !159
  %37 = load i32, ptr %8, align 4, !dbg !160
  %38 = call i64 @sendto(i32 noundef %36, ptr noundef %3, i64 noundef 1, i32 noundef 0, ptr noundef %5, i32 noundef %37), !dbg !161
  br label %39, !dbg !162

39:                                               ; preds = %45, %35
  %40 = load i32, ptr %4, align 4, !dbg !163
  %41 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !164
  %42 = call i64 @read(i32 noundef %40, ptr noundef %41, i64 noundef 1024), !dbg !165
  %43 = trunc i64 %42 to i32, !dbg !165
  store i32 %43, ptr %3, align 4, !dbg !166
  %44 = icmp sgt i32 %43, 0, !dbg !167
  br i1 %44, label %45, label %52, !dbg !162

45:                                               ; preds = %39
  %46 = load i32, ptr %2, align 4, !dbg !168
  %47 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !169
  %48 = load i32, ptr %3, align 4, !dbg !170
  %49 = sext i32 %48 to i64, !dbg !170
  %50 = load i32, ptr %8, align 4, !dbg !171
  %51 = call i64 @sendto(i32 noundef %46, ptr noundef %47, i64 noundef %49, i32 noundef 0, ptr noundef %5, i32 noundef %50), !dbg !172
  br label %39, !dbg !162, !llvm.loop !173

52:                                               ; preds = %39
  %53 = load i32, ptr %4, align 4, !dbg !176
  %54 = call i32 @close(i32 noundef %53), !dbg !177
  br label %55

55:                                               ; preds = %52, %31
  br label %16, !dbg !131, !llvm.loop !178
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #1

declare i32 @open(ptr noundef, i32 noundef, ...) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #4

declare i32 @close(i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!64, !65, !66, !67, !68, !69, !70}
!llvm.ident = !{!71}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "open-per-request.c", directory: "/work/wt-weights/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d47aa01848cdc82c2dbedd6665062000")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 14)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !53, globals: !63, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !22}
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
!22 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !23, line: 40, baseType: !11, size: 32, elements: !24)
!23 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!24 = !{!25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46, !47, !48, !49, !50, !51, !52}
!25 = !DIEnumerator(name: "IPPROTO_IP", value: 0)
!26 = !DIEnumerator(name: "IPPROTO_ICMP", value: 1)
!27 = !DIEnumerator(name: "IPPROTO_IGMP", value: 2)
!28 = !DIEnumerator(name: "IPPROTO_IPIP", value: 4)
!29 = !DIEnumerator(name: "IPPROTO_TCP", value: 6)
!30 = !DIEnumerator(name: "IPPROTO_EGP", value: 8)
!31 = !DIEnumerator(name: "IPPROTO_PUP", value: 12)
!32 = !DIEnumerator(name: "IPPROTO_UDP", value: 17)
!33 = !DIEnumerator(name: "IPPROTO_IDP", value: 22)
!34 = !DIEnumerator(name: "IPPROTO_TP", value: 29)
!35 = !DIEnumerator(name: "IPPROTO_DCCP", value: 33)
!36 = !DIEnumerator(name: "IPPROTO_IPV6", value: 41)
!37 = !DIEnumerator(name: "IPPROTO_RSVP", value: 46)
!38 = !DIEnumerator(name: "IPPROTO_GRE", value: 47)
!39 = !DIEnumerator(name: "IPPROTO_ESP", value: 50)
!40 = !DIEnumerator(name: "IPPROTO_AH", value: 51)
!41 = !DIEnumerator(name: "IPPROTO_MTP", value: 92)
!42 = !DIEnumerator(name: "IPPROTO_BEETPH", value: 94)
!43 = !DIEnumerator(name: "IPPROTO_ENCAP", value: 98)
!44 = !DIEnumerator(name: "IPPROTO_PIM", value: 103)
!45 = !DIEnumerator(name: "IPPROTO_COMP", value: 108)
!46 = !DIEnumerator(name: "IPPROTO_SCTP", value: 132)
!47 = !DIEnumerator(name: "IPPROTO_UDPLITE", value: 136)
!48 = !DIEnumerator(name: "IPPROTO_MPLS", value: 137)
!49 = !DIEnumerator(name: "IPPROTO_ETHERNET", value: 143)
!50 = !DIEnumerator(name: "IPPROTO_RAW", value: 255)
!51 = !DIEnumerator(name: "IPPROTO_MPTCP", value: 262)
!52 = !DIEnumerator(name: "IPPROTO_MAX", value: 263)
!53 = !{!54}
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !56, line: 183, size: 128, elements: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!57 = !{!58, !62}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !55, file: !56, line: 185, baseType: !59, size: 16)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !60, line: 28, baseType: !61)
!60 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!61 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !55, file: !56, line: 186, baseType: !3, size: 112, offset: 16)
!63 = !{!0}
!64 = !{i32 7, !"Dwarf Version", i32 5}
!65 = !{i32 2, !"Debug Info Version", i32 3}
!66 = !{i32 1, !"wchar_size", i32 4}
!67 = !{i32 8, !"PIC Level", i32 2}
!68 = !{i32 7, !"PIE Level", i32 2}
!69 = !{i32 7, !"uwtable", i32 2}
!70 = !{i32 7, !"frame-pointer", i32 2}
!71 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!72 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 12, type: !73, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !76)
!73 = !DISubroutineType(types: !74)
!74 = !{!75}
!75 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!76 = !{}
!77 = !DILocalVariable(name: "sd", scope: !72, file: !2, line: 13, type: !75)
!78 = !DILocation(line: 13, column: 7, scope: !72)
!79 = !DILocalVariable(name: "ret", scope: !72, file: !2, line: 13, type: !75)
!80 = !DILocation(line: 13, column: 11, scope: !72)
!81 = !DILocalVariable(name: "fd", scope: !72, file: !2, line: 13, type: !75)
!82 = !DILocation(line: 13, column: 16, scope: !72)
!83 = !DILocalVariable(name: "srv", scope: !72, file: !2, line: 14, type: !84)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !23, line: 245, size: 128, elements: !85)
!85 = !{!86, !87, !93, !100}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !84, file: !23, line: 247, baseType: !59, size: 16)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !84, file: !23, line: 248, baseType: !88, size: 16, offset: 16)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !23, line: 123, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !90, line: 25, baseType: !91)
!90 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !92, line: 40, baseType: !61)
!92 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!93 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !84, file: !23, line: 249, baseType: !94, size: 32, offset: 32)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !23, line: 31, size: 32, elements: !95)
!95 = !{!96}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !94, file: !23, line: 33, baseType: !97, size: 32)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !23, line: 30, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !90, line: 26, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !92, line: 42, baseType: !11)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !84, file: !23, line: 252, baseType: !101, size: 64, offset: 64)
!101 = !DICompositeType(tag: DW_TAG_array_type, baseType: !102, size: 64, elements: !103)
!102 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!103 = !{!104}
!104 = !DISubrange(count: 8)
!105 = !DILocation(line: 14, column: 22, scope: !72)
!106 = !DILocalVariable(name: "buf", scope: !72, file: !2, line: 15, type: !107)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 1024)
!110 = !DILocation(line: 15, column: 8, scope: !72)
!111 = !DILocalVariable(name: "path", scope: !72, file: !2, line: 15, type: !112)
!112 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8800, elements: !113)
!113 = !{!114}
!114 = !DISubrange(count: 1100)
!115 = !DILocation(line: 15, column: 19, scope: !72)
!116 = !DILocalVariable(name: "len", scope: !72, file: !2, line: 16, type: !117)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !56, line: 33, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !92, line: 210, baseType: !11)
!119 = !DILocation(line: 16, column: 13, scope: !72)
!120 = !DILocation(line: 18, column: 8, scope: !72)
!121 = !DILocation(line: 18, column: 6, scope: !72)
!122 = !DILocation(line: 19, column: 3, scope: !72)
!123 = !DILocation(line: 20, column: 7, scope: !72)
!124 = !DILocation(line: 20, column: 18, scope: !72)
!125 = !DILocation(line: 21, column: 18, scope: !72)
!126 = !DILocation(line: 21, column: 7, scope: !72)
!127 = !DILocation(line: 21, column: 16, scope: !72)
!128 = !DILocation(line: 22, column: 8, scope: !72)
!129 = !DILocation(line: 22, column: 37, scope: !72)
!130 = !DILocation(line: 22, column: 3, scope: !72)
!131 = !DILocation(line: 23, column: 3, scope: !72)
!132 = !DILocation(line: 24, column: 9, scope: !133)
!133 = distinct !DILexicalBlock(scope: !72, file: !2, line: 23, column: 13)
!134 = !DILocation(line: 25, column: 20, scope: !133)
!135 = !DILocation(line: 25, column: 24, scope: !133)
!136 = !DILocation(line: 25, column: 11, scope: !133)
!137 = !DILocation(line: 25, column: 9, scope: !133)
!138 = !DILocation(line: 26, column: 9, scope: !133)
!139 = !DILocation(line: 26, column: 5, scope: !133)
!140 = !DILocation(line: 26, column: 14, scope: !133)
!141 = !DILocation(line: 27, column: 14, scope: !133)
!142 = !DILocation(line: 27, column: 51, scope: !133)
!143 = !DILocation(line: 27, column: 5, scope: !133)
!144 = !DILocation(line: 28, column: 15, scope: !133)
!145 = !DILocation(line: 28, column: 10, scope: !133)
!146 = !DILocation(line: 28, column: 8, scope: !133)
!147 = !DILocation(line: 29, column: 9, scope: !148)
!148 = distinct !DILexicalBlock(scope: !133, file: !2, line: 29, column: 9)
!149 = !DILocation(line: 29, column: 12, scope: !148)
!150 = !DILocation(line: 29, column: 9, scope: !133)
!151 = !DILocation(line: 30, column: 11, scope: !152)
!152 = distinct !DILexicalBlock(scope: !148, file: !2, line: 29, column: 19)
!153 = !DILocation(line: 31, column: 14, scope: !152)
!154 = !DILocation(line: 31, column: 55, scope: !152)
!155 = !DILocation(line: 31, column: 7, scope: !152)
!156 = !DILocation(line: 32, column: 5, scope: !152)
!157 = !DILocation(line: 33, column: 11, scope: !158)
!158 = distinct !DILexicalBlock(scope: !148, file: !2, line: 32, column: 12)
!159 = !DILocation(line: 34, column: 14, scope: !158)
!160 = !DILocation(line: 34, column: 55, scope: !158)
!161 = !DILocation(line: 34, column: 7, scope: !158)
!162 = !DILocation(line: 35, column: 7, scope: !158)
!163 = !DILocation(line: 35, column: 26, scope: !158)
!164 = !DILocation(line: 35, column: 30, scope: !158)
!165 = !DILocation(line: 35, column: 21, scope: !158)
!166 = !DILocation(line: 35, column: 19, scope: !158)
!167 = !DILocation(line: 35, column: 49, scope: !158)
!168 = !DILocation(line: 36, column: 16, scope: !158)
!169 = !DILocation(line: 36, column: 20, scope: !158)
!170 = !DILocation(line: 36, column: 25, scope: !158)
!171 = !DILocation(line: 36, column: 58, scope: !158)
!172 = !DILocation(line: 36, column: 9, scope: !158)
!173 = distinct !{!173, !162, !174, !175}
!174 = !DILocation(line: 36, column: 61, scope: !158)
!175 = !{!"llvm.loop.mustprogress"}
!176 = !DILocation(line: 37, column: 13, scope: !158)
!177 = !DILocation(line: 37, column: 7, scope: !158)
!178 = distinct !{!178, !131, !179}
!179 = !DILocation(line: 39, column: 3, scope: !72)
