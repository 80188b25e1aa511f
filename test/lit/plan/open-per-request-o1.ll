; open-per-request.c (see open-per-request.ll) at -O1: the read loop is
; rotated, so one copy of read() (line 35) runs right after the status
; byte and one at the end of each lap. A request that passes both is one
; request: the read is reached by those that opened the file, 16/17 =
; 94.1%. Before, the reach of the two copies was added and capped, and the
; read was reported "reached by 100.0%" (docs/real-servers.md error 9).
; The blocks' sendto (36) runs when the first read returns data, which BPI
; weighs 20:12 for `> 0`: 16/17 * 5/8 = 58.8%.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'open-per-request.c'
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost MultipleReplies (sendto at open-per-request.c:36)
; CHECK-NEXT:  blocked: MultipleReplies sendto at open-per-request.c:36 (reached by 58.8% of requests)
; CHECK-NEXT:  blocked: BlockingIO open at open-per-request.c:28 (reached by 100.0% of requests)
; CHECK-NEXT:  blocked: BlockingIO read at open-per-request.c:35 (reached by 94.1% of requests)
; CHECK-NEXT:  blocked: BlockingIO close at open-per-request.c:37 (reached by 94.1% of requests)
; CHECK-NOT:   snprintf
;
; MADE-FROM: Inputs/open-per-request.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - open-per-request.c

; ModuleID = 'open-per-request.c'
source_filename = "open-per-request.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [14 x i8] c"/srv/files/%s\00", align 1, !dbg !0

; Function Attrs: noreturn nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !74 {
  %1 = alloca i32, align 4, !DIAssignID !113
    #dbg_assign(i1 undef, !80, !DIExpression(), !113, ptr %1, !DIExpression(), !114)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !115
    #dbg_assign(i1 undef, !82, !DIExpression(), !115, ptr %2, !DIExpression(), !114)
  %3 = alloca [1024 x i8], align 16, !DIAssignID !116
    #dbg_assign(i1 undef, !102, !DIExpression(), !116, ptr %3, !DIExpression(), !114)
  %4 = alloca [1100 x i8], align 16, !DIAssignID !117
    #dbg_assign(i1 undef, !106, !DIExpression(), !117, ptr %4, !DIExpression(), !114)
  %5 = alloca i32, align 4, !DIAssignID !118
    #dbg_assign(i1 undef, !110, !DIExpression(), !118, ptr %5, !DIExpression(), !114)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #7, !dbg !119
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #7, !dbg !120
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #7, !dbg !121
  call void @llvm.lifetime.start.p0(i64 1100, ptr nonnull %4) #7, !dbg !121
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #7, !dbg !122
  store i32 16, ptr %5, align 4, !dbg !123, !tbaa !124, !DIAssignID !128
    #dbg_assign(i32 16, !110, !DIExpression(), !128, ptr %5, !DIExpression(), !114)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 17) #7, !dbg !129
    #dbg_value(i32 %6, !79, !DIExpression(), !114)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %2, i8 0, i64 16, i1 false), !dbg !130, !DIAssignID !131
    #dbg_assign(i8 0, !82, !DIExpression(), !131, ptr %2, !DIExpression(), !114)
  store i16 2, ptr %2, align 4, !dbg !132, !tbaa !133, !DIAssignID !137
    #dbg_assign(i16 2, !82, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !137, ptr %2, !DIExpression(), !114)
  %7 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !138
  store i16 3879, ptr %7, align 2, !dbg !139, !tbaa !140, !DIAssignID !141
    #dbg_assign(i16 3879, !82, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !141, ptr %7, !DIExpression(), !114)
  %8 = load i32, ptr %5, align 4, !dbg !142, !tbaa !124
  %9 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %2, i32 noundef %8) #7, !dbg !143
  br label %10, !dbg !144

10:                                               ; preds = %38, %0
  store i32 16, ptr %5, align 4, !dbg !145, !tbaa !124, !DIAssignID !147
    #dbg_assign(i32 16, !110, !DIExpression(), !147, ptr %5, !DIExpression(), !114)
  %11 = call i64 @recvfrom(i32 noundef %6, ptr noundef nonnull %3, i64 noundef 1023, i32 noundef 0, ptr noundef nonnull %2, ptr noundef nonnull %5) #7, !dbg !148
  %12 = trunc i64 %11 to i32, !dbg !148
  store i32 %12, ptr %1, align 4, !dbg !149, !tbaa !124, !DIAssignID !150
    #dbg_assign(i32 %12, !80, !DIExpression(), !150, ptr %1, !DIExpression(), !114)
  %13 = shl i64 %11, 32, !dbg !151
  %14 = ashr exact i64 %13, 32, !dbg !151
  %15 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 %14, !dbg !151
  store i8 0, ptr %15, align 1, !dbg !152, !tbaa !153
  %16 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %4, i64 noundef 1100, ptr noundef nonnull @.str, ptr noundef nonnull %3) #7, !dbg !154
  %17 = call i32 (ptr, i32, ...) @open(ptr noundef nonnull %4, i32 noundef 0) #7, !dbg !155
    #dbg_value(i32 %17, !81, !DIExpression(), !114)
  %18 = icmp eq i32 %17, -1, !dbg !156
  br i1 %18, label %19, label %22, !dbg !158

19:                                               ; preds = %10
  store i32 0, ptr %1, align 4, !dbg !159, !tbaa !124, !DIAssignID !161
    #dbg_assign(i32 0, !80, !DIExpression(), !161, ptr %1, !DIExpression(), !114)
  %20 = load i32, ptr %5, align 4, !dbg !162, !tbaa !124
  %21 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %1, i64 noundef 1, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %20) #7, !dbg !163
  br label %38, !dbg !164

22:                                               ; preds = %10
  store i32 1, ptr %1, align 4, !dbg !165, !tbaa !124, !DIAssignID !167
    #dbg_assign(i32 1, !80, !DIExpression(), !167, ptr %1, !DIExpression(), !114)
  %23 = load i32, ptr %5, align 4, !dbg !168, !tbaa !124
  %24 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %1, i64 noundef 1, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %23) #7, !dbg !169
  %25 = call i64 @read(i32 noundef %17, ptr noundef nonnull %3, i64 noundef 1024) #7, !dbg !170
  %26 = trunc i64 %25 to i32, !dbg !170
  store i32 %26, ptr %1, align 4, !dbg !171, !tbaa !124, !DIAssignID !172
  %27 = icmp sgt i32 %26, 0, !dbg !173
  br i1 %27, label %28, label %36, !dbg !174

28:                                               ; preds = %22, %28
  %29 = phi i64 [ %33, %28 ], [ %25, %22 ]
  %30 = and i64 %29, 2147483647, !dbg !175
  %31 = load i32, ptr %5, align 4, !dbg !176, !tbaa !124
  %32 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %3, i64 noundef %30, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %31) #7, !dbg !177
  %33 = call i64 @read(i32 noundef %17, ptr noundef nonnull %3, i64 noundef 1024) #7, !dbg !170
  %34 = trunc i64 %33 to i32, !dbg !170
  store i32 %34, ptr %1, align 4, !dbg !171, !tbaa !124, !DIAssignID !172
    #dbg_assign(i32 %34, !80, !DIExpression(), !172, ptr %1, !DIExpression(), !114)
  %35 = icmp sgt i32 %34, 0, !dbg !173
  br i1 %35, label %28, label %36, !dbg !174, !llvm.loop !178

36:                                               ; preds = %28, %22
  %37 = call i32 @close(i32 noundef %17) #7, !dbg !182
  br label %38

38:                                               ; preds = %36, %19
  br label %10, !dbg !145, !llvm.loop !183
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !185 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !189 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !194 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !209 noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree
declare !dbg !218 noundef i32 @open(ptr nocapture noundef readonly, i32 noundef, ...) local_unnamed_addr #6

declare !dbg !222 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nofree
declare !dbg !227 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #6

declare !dbg !231 i32 @close(i32 noundef) local_unnamed_addr #4

attributes #0 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!66, !67, !68, !69, !70, !71, !72}
!llvm.ident = !{!73}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "open-per-request.c", directory: "/work/wt-weights/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d47aa01848cdc82c2dbedd6665062000")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 14)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !53, globals: !65, splitDebugInlining: false, nameTableKind: None)
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
!53 = !{!54, !63}
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !56, line: 183, size: 128, elements: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!57 = !{!58, !62}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !55, file: !56, line: 185, baseType: !59, size: 16)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !60, line: 28, baseType: !61)
!60 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!61 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !55, file: !56, line: 186, baseType: !3, size: 112, offset: 16)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !64, line: 40, baseType: !61)
!64 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!65 = !{!0}
!66 = !{i32 7, !"Dwarf Version", i32 5}
!67 = !{i32 2, !"Debug Info Version", i32 3}
!68 = !{i32 1, !"wchar_size", i32 4}
!69 = !{i32 8, !"PIC Level", i32 2}
!70 = !{i32 7, !"PIE Level", i32 2}
!71 = !{i32 7, !"uwtable", i32 2}
!72 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!73 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!74 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 12, type: !75, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !78)
!75 = !DISubroutineType(types: !76)
!76 = !{!77}
!77 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!78 = !{!79, !80, !81, !82, !102, !106, !110}
!79 = !DILocalVariable(name: "sd", scope: !74, file: !2, line: 13, type: !77)
!80 = !DILocalVariable(name: "ret", scope: !74, file: !2, line: 13, type: !77)
!81 = !DILocalVariable(name: "fd", scope: !74, file: !2, line: 13, type: !77)
!82 = !DILocalVariable(name: "srv", scope: !74, file: !2, line: 14, type: !83)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !23, line: 245, size: 128, elements: !84)
!84 = !{!85, !86, !90, !97}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !83, file: !23, line: 247, baseType: !59, size: 16)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !83, file: !23, line: 248, baseType: !87, size: 16, offset: 16)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !23, line: 123, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !89, line: 25, baseType: !63)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !83, file: !23, line: 249, baseType: !91, size: 32, offset: 32)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !23, line: 31, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !91, file: !23, line: 33, baseType: !94, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !23, line: 30, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !89, line: 26, baseType: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !64, line: 42, baseType: !11)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !83, file: !23, line: 252, baseType: !98, size: 64, offset: 64)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !99, size: 64, elements: !100)
!99 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!100 = !{!101}
!101 = !DISubrange(count: 8)
!102 = !DILocalVariable(name: "buf", scope: !74, file: !2, line: 15, type: !103)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 1024)
!106 = !DILocalVariable(name: "path", scope: !74, file: !2, line: 15, type: !107)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8800, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 1100)
!110 = !DILocalVariable(name: "len", scope: !74, file: !2, line: 16, type: !111)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !56, line: 33, baseType: !112)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !64, line: 210, baseType: !11)
!113 = distinct !DIAssignID()
!114 = !DILocation(line: 0, scope: !74)
!115 = distinct !DIAssignID()
!116 = distinct !DIAssignID()
!117 = distinct !DIAssignID()
!118 = distinct !DIAssignID()
!119 = !DILocation(line: 13, column: 3, scope: !74)
!120 = !DILocation(line: 14, column: 3, scope: !74)
!121 = !DILocation(line: 15, column: 3, scope: !74)
!122 = !DILocation(line: 16, column: 3, scope: !74)
!123 = !DILocation(line: 16, column: 13, scope: !74)
!124 = !{!125, !125, i64 0}
!125 = !{!"int", !126, i64 0}
!126 = !{!"omnipotent char", !127, i64 0}
!127 = !{!"Simple C/C++ TBAA"}
!128 = distinct !DIAssignID()
!129 = !DILocation(line: 18, column: 8, scope: !74)
!130 = !DILocation(line: 19, column: 3, scope: !74)
!131 = distinct !DIAssignID()
!132 = !DILocation(line: 20, column: 18, scope: !74)
!133 = !{!134, !135, i64 0}
!134 = !{!"sockaddr_in", !135, i64 0, !135, i64 2, !136, i64 4, !126, i64 8}
!135 = !{!"short", !126, i64 0}
!136 = !{!"in_addr", !125, i64 0}
!137 = distinct !DIAssignID()
!138 = !DILocation(line: 21, column: 7, scope: !74)
!139 = !DILocation(line: 21, column: 16, scope: !74)
!140 = !{!134, !135, i64 2}
!141 = distinct !DIAssignID()
!142 = !DILocation(line: 22, column: 37, scope: !74)
!143 = !DILocation(line: 22, column: 3, scope: !74)
!144 = !DILocation(line: 23, column: 3, scope: !74)
!145 = !DILocation(line: 24, column: 9, scope: !146)
!146 = distinct !DILexicalBlock(scope: !74, file: !2, line: 23, column: 13)
!147 = distinct !DIAssignID()
!148 = !DILocation(line: 25, column: 11, scope: !146)
!149 = !DILocation(line: 25, column: 9, scope: !146)
!150 = distinct !DIAssignID()
!151 = !DILocation(line: 26, column: 5, scope: !146)
!152 = !DILocation(line: 26, column: 14, scope: !146)
!153 = !{!126, !126, i64 0}
!154 = !DILocation(line: 27, column: 5, scope: !146)
!155 = !DILocation(line: 28, column: 10, scope: !146)
!156 = !DILocation(line: 29, column: 12, scope: !157)
!157 = distinct !DILexicalBlock(scope: !146, file: !2, line: 29, column: 9)
!158 = !DILocation(line: 29, column: 9, scope: !146)
!159 = !DILocation(line: 30, column: 11, scope: !160)
!160 = distinct !DILexicalBlock(scope: !157, file: !2, line: 29, column: 19)
!161 = distinct !DIAssignID()
!162 = !DILocation(line: 31, column: 55, scope: !160)
!163 = !DILocation(line: 31, column: 7, scope: !160)
!164 = !DILocation(line: 32, column: 5, scope: !160)
!165 = !DILocation(line: 33, column: 11, scope: !166)
!166 = distinct !DILexicalBlock(scope: !157, file: !2, line: 32, column: 12)
!167 = distinct !DIAssignID()
!168 = !DILocation(line: 34, column: 55, scope: !166)
!169 = !DILocation(line: 34, column: 7, scope: !166)
!170 = !DILocation(line: 35, column: 21, scope: !166)
!171 = !DILocation(line: 35, column: 19, scope: !166)
!172 = distinct !DIAssignID()
!173 = !DILocation(line: 35, column: 49, scope: !166)
!174 = !DILocation(line: 35, column: 7, scope: !166)
!175 = !DILocation(line: 36, column: 25, scope: !166)
!176 = !DILocation(line: 36, column: 58, scope: !166)
!177 = !DILocation(line: 36, column: 9, scope: !166)
!178 = distinct !{!178, !174, !179, !180, !181}
!179 = !DILocation(line: 36, column: 61, scope: !166)
!180 = !{!"llvm.loop.mustprogress"}
!181 = !{!"llvm.loop.unroll.disable"}
!182 = !DILocation(line: 37, column: 7, scope: !166)
!183 = distinct !{!183, !144, !184, !181}
!184 = !DILocation(line: 39, column: 3, scope: !74)
!185 = !DISubprogram(name: "socket", scope: !186, file: !186, line: 102, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!186 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!187 = !DISubroutineType(types: !188)
!188 = !{!77, !77, !77, !77}
!189 = !DISubprogram(name: "bind", scope: !186, file: !186, line: 112, type: !190, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!190 = !DISubroutineType(types: !191)
!191 = !{!77, !77, !192, !111}
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !193, size: 64)
!193 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !55)
!194 = !DISubprogram(name: "recvfrom", scope: !186, file: !186, line: 163, type: !195, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!195 = !DISubroutineType(types: !196)
!196 = !{!197, !77, !201, !203, !77, !206, !207}
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !198, line: 108, baseType: !199)
!198 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!199 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !64, line: 194, baseType: !200)
!200 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!201 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !202)
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !204, line: 18, baseType: !205)
!204 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!205 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!206 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !54)
!207 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !208)
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!209 = !DISubprogram(name: "snprintf", scope: !210, file: !210, line: 378, type: !211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!210 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!211 = !DISubroutineType(types: !212)
!212 = !{!77, !213, !203, !215, null}
!213 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !214)
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!215 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !216)
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !217, size: 64)
!217 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!218 = !DISubprogram(name: "open", scope: !219, file: !219, line: 181, type: !220, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DIFile(filename: "/usr/include/fcntl.h", directory: "", checksumkind: CSK_MD5, checksum: "1a9bb91818c37dc7bc291ca6e49fc221")
!220 = !DISubroutineType(types: !221)
!221 = !{!77, !216, !77, null}
!222 = !DISubprogram(name: "sendto", scope: !186, file: !186, line: 152, type: !223, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubroutineType(types: !224)
!224 = !{!197, !77, !225, !203, !77, !192, !111}
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !226, size: 64)
!226 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!227 = !DISubprogram(name: "read", scope: !228, file: !228, line: 371, type: !229, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!228 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!229 = !DISubroutineType(types: !230)
!230 = !{!197, !77, !202, !203}
!231 = !DISubprogram(name: "close", scope: !228, file: !228, line: 358, type: !232, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DISubroutineType(types: !233)
!233 = !{!77, !77}
