; udp-ipv6.c at -O2: the memset is narrowed around the family store and
; the port store is a folded constant; in6addr_any is still a memcpy from
; the extern constant.
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
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - udp-ipv6.c

; ModuleID = 'udp-ipv6.c'
source_filename = "udp-ipv6.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@in6addr_any = external local_unnamed_addr constant %struct.in6_addr, align 4
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"poll\00", align 1, !dbg !12

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !84 {
  %1 = alloca i32, align 4, !DIAssignID !148
    #dbg_assign(i1 undef, !90, !DIExpression(), !148, ptr %1, !DIExpression(), !149)
  %2 = alloca %struct.sockaddr_in6, align 4, !DIAssignID !150
    #dbg_assign(i1 undef, !91, !DIExpression(), !150, ptr %2, !DIExpression(), !149)
  %3 = alloca %struct.pollfd, align 4, !DIAssignID !151
    #dbg_assign(i1 undef, !124, !DIExpression(), !151, ptr %3, !DIExpression(), !149)
  %4 = alloca [1280 x i8], align 16, !DIAssignID !152
    #dbg_assign(i1 undef, !132, !DIExpression(), !152, ptr %4, !DIExpression(), !149)
  %5 = alloca %struct.sockaddr_in6, align 4, !DIAssignID !153
    #dbg_assign(i1 undef, !136, !DIExpression(), !153, ptr %5, !DIExpression(), !154)
  %6 = alloca i32, align 4, !DIAssignID !155
    #dbg_assign(i1 undef, !140, !DIExpression(), !155, ptr %6, !DIExpression(), !154)
  %7 = tail call i32 @socket(i32 noundef 10, i32 noundef 2, i32 noundef 0) #7, !dbg !156
    #dbg_value(i32 %7, !89, !DIExpression(), !149)
  %8 = icmp slt i32 %7, 0, !dbg !157
  br i1 %8, label %9, label %10, !dbg !159

9:                                                ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #8, !dbg !160
  br label %35, !dbg !162

10:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #7, !dbg !163
  store i32 0, ptr %1, align 4, !dbg !164, !tbaa !165, !DIAssignID !169
    #dbg_assign(i32 0, !90, !DIExpression(), !169, ptr %1, !DIExpression(), !149)
  %11 = call i32 @setsockopt(i32 noundef %7, i32 noundef 41, i32 noundef 26, ptr noundef nonnull %1, i32 noundef 4) #7, !dbg !170
  call void @llvm.lifetime.start.p0(i64 28, ptr nonnull %2) #7, !dbg !171
  %12 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !172
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %12, i8 0, i64 24, i1 false), !dbg !172, !DIAssignID !173
    #dbg_assign(i8 0, !91, !DIExpression(), !173, ptr %2, !DIExpression(), !149)
    #dbg_assign(i8 0, !91, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !174, ptr undef, !DIExpression(), !149)
  store i16 10, ptr %2, align 4, !dbg !175, !tbaa !176, !DIAssignID !180
    #dbg_assign(i16 10, !91, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !180, ptr %2, !DIExpression(), !149)
  %13 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !181
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %13, ptr noundef nonnull align 4 dereferenceable(16) @in6addr_any, i64 16, i1 false), !dbg !182, !tbaa.struct !183, !DIAssignID !185
    #dbg_assign(i1 undef, !91, !DIExpression(DW_OP_LLVM_fragment, 64, 128), !185, ptr %13, !DIExpression(), !149)
  %14 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !186
  store i16 13078, ptr %14, align 2, !dbg !187, !tbaa !188, !DIAssignID !189
    #dbg_assign(i16 13078, !91, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !189, ptr %14, !DIExpression(), !149)
  %15 = call i32 @bind(i32 noundef %7, ptr noundef nonnull %2, i32 noundef 28) #7, !dbg !190
  %16 = icmp slt i32 %15, 0, !dbg !192
  br i1 %16, label %17, label %18, !dbg !193

17:                                               ; preds = %10
  call void @perror(ptr noundef nonnull @.str.1) #8, !dbg !194
  br label %34, !dbg !196

18:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7, !dbg !197
  store i32 %7, ptr %3, align 4, !dbg !198, !tbaa !199, !DIAssignID !201
    #dbg_assign(i32 %7, !124, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !201, ptr %3, !DIExpression(), !149)
  %19 = getelementptr inbounds i8, ptr %3, i64 4, !dbg !198
  store i16 1, ptr %19, align 4, !dbg !198, !tbaa !202, !DIAssignID !203
    #dbg_assign(i16 1, !124, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !203, ptr %19, !DIExpression(), !149)
  %20 = getelementptr inbounds i8, ptr %3, i64 6, !dbg !198
  store i16 0, ptr %20, align 2, !dbg !198, !tbaa !204, !DIAssignID !205
    #dbg_assign(i16 0, !124, !DIExpression(DW_OP_LLVM_fragment, 48, 16), !205, ptr %20, !DIExpression(), !149)
  call void @llvm.lifetime.start.p0(i64 1280, ptr nonnull %4) #7, !dbg !206
  %21 = call i32 @poll(ptr noundef nonnull %3, i64 noundef 1, i32 noundef -1) #7, !dbg !207
  %22 = icmp slt i32 %21, 0, !dbg !209
  br i1 %22, label %23, label %25, !dbg !210

23:                                               ; preds = %31, %18
  call void @perror(ptr noundef nonnull @.str.2) #8, !dbg !211
  %24 = call i32 @close(i32 noundef %7) #7, !dbg !213
  call void @llvm.lifetime.end.p0(i64 1280, ptr nonnull %4) #7, !dbg !214
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7, !dbg !214
  br label %34

25:                                               ; preds = %18, %31
  call void @llvm.lifetime.start.p0(i64 28, ptr nonnull %5) #7, !dbg !215
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6) #7, !dbg !216
  store i32 28, ptr %6, align 4, !dbg !217, !tbaa !165, !DIAssignID !218
    #dbg_assign(i32 28, !140, !DIExpression(), !218, ptr %6, !DIExpression(), !154)
  %26 = call i64 @recvfrom(i32 noundef %7, ptr noundef nonnull %4, i64 noundef 1280, i32 noundef 0, ptr noundef nonnull %5, ptr noundef nonnull %6) #7, !dbg !219
    #dbg_value(i64 %26, !143, !DIExpression(), !154)
  %27 = icmp slt i64 %26, 0, !dbg !220
  br i1 %27, label %31, label %28, !dbg !222, !llvm.loop !223

28:                                               ; preds = %25
  %29 = load i32, ptr %6, align 4, !dbg !226, !tbaa !165
  %30 = call i64 @sendto(i32 noundef %7, ptr noundef nonnull %4, i64 noundef %26, i32 noundef 0, ptr noundef nonnull %5, i32 noundef %29) #7, !dbg !227
  br label %31, !dbg !228

31:                                               ; preds = %25, %28
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6) #7, !dbg !228
  call void @llvm.lifetime.end.p0(i64 28, ptr nonnull %5) #7, !dbg !228
  %32 = call i32 @poll(ptr noundef nonnull %3, i64 noundef 1, i32 noundef -1) #7, !dbg !207
  %33 = icmp slt i32 %32, 0, !dbg !209
  br i1 %33, label %23, label %25, !dbg !210

34:                                               ; preds = %23, %17
  call void @llvm.lifetime.end.p0(i64 28, ptr nonnull %2) #7, !dbg !214
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #7, !dbg !214
  br label %35

35:                                               ; preds = %34, %9
  ret i32 1, !dbg !214
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !229 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !233 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !239 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nounwind
declare !dbg !244 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !249 i32 @poll(ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #6

declare !dbg !255 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #6

declare !dbg !265 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !268 i32 @close(i32 noundef) local_unnamed_addr #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { cold }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!76, !77, !78, !79, !80, !81, !82}
!llvm.ident = !{!83}

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
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !60, globals: !75, splitDebugInlining: false, nameTableKind: None)
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
!60 = !{!61, !73}
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
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !74, line: 40, baseType: !68)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!75 = !{!0, !7, !12}
!76 = !{i32 7, !"Dwarf Version", i32 5}
!77 = !{i32 2, !"Debug Info Version", i32 3}
!78 = !{i32 1, !"wchar_size", i32 4}
!79 = !{i32 8, !"PIC Level", i32 2}
!80 = !{i32 7, !"PIE Level", i32 2}
!81 = !{i32 7, !"uwtable", i32 2}
!82 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!83 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!84 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !85, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !88)
!85 = !DISubroutineType(types: !86)
!86 = !{!87}
!87 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!88 = !{!89, !90, !91, !124, !132, !136, !140, !143}
!89 = !DILocalVariable(name: "fd", scope: !84, file: !2, line: 12, type: !87)
!90 = !DILocalVariable(name: "off", scope: !84, file: !2, line: 17, type: !87)
!91 = !DILocalVariable(name: "addr", scope: !84, file: !2, line: 19, type: !92)
!92 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !30, line: 260, size: 224, elements: !93)
!93 = !{!94, !95, !99, !102, !123}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !92, file: !30, line: 262, baseType: !66, size: 16)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !92, file: !30, line: 263, baseType: !96, size: 16, offset: 16)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !30, line: 123, baseType: !97)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !98, line: 25, baseType: !73)
!98 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!99 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !92, file: !30, line: 264, baseType: !100, size: 32, offset: 32)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !98, line: 26, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !74, line: 42, baseType: !18)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !92, file: !30, line: 265, baseType: !103, size: 128, offset: 64)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !30, line: 219, size: 128, elements: !104)
!104 = !{!105}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !103, file: !30, line: 226, baseType: !106, size: 128)
!106 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !103, file: !30, line: 221, size: 128, elements: !107)
!107 = !{!108, !115, !119}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !106, file: !30, line: 223, baseType: !109, size: 128)
!109 = !DICompositeType(tag: DW_TAG_array_type, baseType: !110, size: 128, elements: !113)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !98, line: 24, baseType: !111)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !74, line: 38, baseType: !112)
!112 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!113 = !{!114}
!114 = !DISubrange(count: 16)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !106, file: !30, line: 224, baseType: !116, size: 128)
!116 = !DICompositeType(tag: DW_TAG_array_type, baseType: !97, size: 128, elements: !117)
!117 = !{!118}
!118 = !DISubrange(count: 8)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !106, file: !30, line: 225, baseType: !120, size: 128)
!120 = !DICompositeType(tag: DW_TAG_array_type, baseType: !100, size: 128, elements: !121)
!121 = !{!122}
!122 = !DISubrange(count: 4)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !92, file: !30, line: 266, baseType: !100, size: 32, offset: 192)
!124 = !DILocalVariable(name: "pfd", scope: !84, file: !2, line: 28, type: !125)
!125 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !126, line: 36, size: 64, elements: !127)
!126 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!127 = !{!128, !129, !131}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !125, file: !126, line: 38, baseType: !87, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !125, file: !126, line: 39, baseType: !130, size: 16, offset: 32)
!130 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !125, file: !126, line: 40, baseType: !130, size: 16, offset: 48)
!132 = !DILocalVariable(name: "buf", scope: !84, file: !2, line: 29, type: !133)
!133 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 10240, elements: !134)
!134 = !{!135}
!135 = !DISubrange(count: 1280)
!136 = !DILocalVariable(name: "peer", scope: !137, file: !2, line: 35, type: !92)
!137 = distinct !DILexicalBlock(scope: !138, file: !2, line: 30, column: 12)
!138 = distinct !DILexicalBlock(scope: !139, file: !2, line: 30, column: 3)
!139 = distinct !DILexicalBlock(scope: !84, file: !2, line: 30, column: 3)
!140 = !DILocalVariable(name: "plen", scope: !137, file: !2, line: 36, type: !141)
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !63, line: 33, baseType: !142)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !74, line: 210, baseType: !18)
!143 = !DILocalVariable(name: "n", scope: !137, file: !2, line: 37, type: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !145, line: 108, baseType: !146)
!145 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !74, line: 194, baseType: !147)
!147 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!148 = distinct !DIAssignID()
!149 = !DILocation(line: 0, scope: !84)
!150 = distinct !DIAssignID()
!151 = distinct !DIAssignID()
!152 = distinct !DIAssignID()
!153 = distinct !DIAssignID()
!154 = !DILocation(line: 0, scope: !137)
!155 = distinct !DIAssignID()
!156 = !DILocation(line: 12, column: 12, scope: !84)
!157 = !DILocation(line: 13, column: 10, scope: !158)
!158 = distinct !DILexicalBlock(scope: !84, file: !2, line: 13, column: 7)
!159 = !DILocation(line: 13, column: 7, scope: !84)
!160 = !DILocation(line: 14, column: 5, scope: !161)
!161 = distinct !DILexicalBlock(scope: !158, file: !2, line: 13, column: 15)
!162 = !DILocation(line: 15, column: 5, scope: !161)
!163 = !DILocation(line: 17, column: 3, scope: !84)
!164 = !DILocation(line: 17, column: 7, scope: !84)
!165 = !{!166, !166, i64 0}
!166 = !{!"int", !167, i64 0}
!167 = !{!"omnipotent char", !168, i64 0}
!168 = !{!"Simple C/C++ TBAA"}
!169 = distinct !DIAssignID()
!170 = !DILocation(line: 18, column: 3, scope: !84)
!171 = !DILocation(line: 19, column: 3, scope: !84)
!172 = !DILocation(line: 20, column: 3, scope: !84)
!173 = distinct !DIAssignID()
!174 = distinct !DIAssignID()
!175 = !DILocation(line: 21, column: 20, scope: !84)
!176 = !{!177, !178, i64 0}
!177 = !{!"sockaddr_in6", !178, i64 0, !178, i64 2, !166, i64 4, !179, i64 8, !166, i64 24}
!178 = !{!"short", !167, i64 0}
!179 = !{!"in6_addr", !167, i64 0}
!180 = distinct !DIAssignID()
!181 = !DILocation(line: 22, column: 8, scope: !84)
!182 = !DILocation(line: 22, column: 20, scope: !84)
!183 = !{i64 0, i64 16, !184}
!184 = !{!167, !167, i64 0}
!185 = distinct !DIAssignID()
!186 = !DILocation(line: 23, column: 8, scope: !84)
!187 = !DILocation(line: 23, column: 18, scope: !84)
!188 = !{!177, !178, i64 2}
!189 = distinct !DIAssignID()
!190 = !DILocation(line: 24, column: 7, scope: !191)
!191 = distinct !DILexicalBlock(scope: !84, file: !2, line: 24, column: 7)
!192 = !DILocation(line: 24, column: 56, scope: !191)
!193 = !DILocation(line: 24, column: 7, scope: !84)
!194 = !DILocation(line: 25, column: 5, scope: !195)
!195 = distinct !DILexicalBlock(scope: !191, file: !2, line: 24, column: 61)
!196 = !DILocation(line: 26, column: 5, scope: !195)
!197 = !DILocation(line: 28, column: 3, scope: !84)
!198 = !DILocation(line: 28, column: 23, scope: !84)
!199 = !{!200, !166, i64 0}
!200 = !{!"pollfd", !166, i64 0, !178, i64 4, !178, i64 6}
!201 = distinct !DIAssignID()
!202 = !{!200, !178, i64 4}
!203 = distinct !DIAssignID()
!204 = !{!200, !178, i64 6}
!205 = distinct !DIAssignID()
!206 = !DILocation(line: 29, column: 3, scope: !84)
!207 = !DILocation(line: 31, column: 9, scope: !208)
!208 = distinct !DILexicalBlock(scope: !137, file: !2, line: 31, column: 9)
!209 = !DILocation(line: 31, column: 27, scope: !208)
!210 = !DILocation(line: 31, column: 9, scope: !137)
!211 = !DILocation(line: 32, column: 7, scope: !212)
!212 = distinct !DILexicalBlock(scope: !208, file: !2, line: 31, column: 32)
!213 = !DILocation(line: 43, column: 3, scope: !84)
!214 = !DILocation(line: 45, column: 1, scope: !84)
!215 = !DILocation(line: 35, column: 5, scope: !137)
!216 = !DILocation(line: 36, column: 5, scope: !137)
!217 = !DILocation(line: 36, column: 15, scope: !137)
!218 = distinct !DIAssignID()
!219 = !DILocation(line: 37, column: 17, scope: !137)
!220 = !DILocation(line: 39, column: 11, scope: !221)
!221 = distinct !DILexicalBlock(scope: !137, file: !2, line: 39, column: 9)
!222 = !DILocation(line: 39, column: 9, scope: !137)
!223 = distinct !{!223, !224, !225}
!224 = !DILocation(line: 30, column: 3, scope: !139)
!225 = !DILocation(line: 42, column: 3, scope: !139)
!226 = !DILocation(line: 41, column: 53, scope: !137)
!227 = !DILocation(line: 41, column: 5, scope: !137)
!228 = !DILocation(line: 42, column: 3, scope: !138)
!229 = !DISubprogram(name: "socket", scope: !230, file: !230, line: 102, type: !231, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!230 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!231 = !DISubroutineType(types: !232)
!232 = !{!87, !87, !87, !87}
!233 = !DISubprogram(name: "perror", scope: !234, file: !234, line: 804, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!234 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!235 = !DISubroutineType(types: !236)
!236 = !{null, !237}
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !238, size: 64)
!238 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!239 = !DISubprogram(name: "setsockopt", scope: !230, file: !230, line: 277, type: !240, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!240 = !DISubroutineType(types: !241)
!241 = !{!87, !87, !87, !87, !242, !141}
!242 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !243, size: 64)
!243 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!244 = !DISubprogram(name: "bind", scope: !230, file: !230, line: 112, type: !245, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!245 = !DISubroutineType(types: !246)
!246 = !{!87, !87, !247, !141}
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64)
!248 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!249 = !DISubprogram(name: "poll", scope: !126, file: !126, line: 54, type: !250, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!250 = !DISubroutineType(types: !251)
!251 = !{!87, !252, !253, !87}
!252 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !125, size: 64)
!253 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !126, line: 33, baseType: !254)
!254 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!255 = !DISubprogram(name: "recvfrom", scope: !230, file: !230, line: 163, type: !256, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!256 = !DISubroutineType(types: !257)
!257 = !{!144, !87, !258, !260, !87, !262, !263}
!258 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !259)
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !261, line: 18, baseType: !254)
!261 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!262 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !61)
!263 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !264)
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !141, size: 64)
!265 = !DISubprogram(name: "sendto", scope: !230, file: !230, line: 152, type: !266, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!266 = !DISubroutineType(types: !267)
!267 = !{!144, !87, !242, !260, !87, !247, !141}
!268 = !DISubprogram(name: "close", scope: !269, file: !269, line: 358, type: !270, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!269 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!270 = !DISubroutineType(types: !271)
!271 = !{!87, !87}
