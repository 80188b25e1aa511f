; port-setup-helper.c at -O2: open_udp(9000) and echo() are inlined, the
; port is a folded constant in a merged store.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'port-setup-helper.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at port-setup-helper.c:13
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at port-setup-helper.c:21
; CHECK-NEXT: event-loop #0: poll in main at port-setup-helper.c:44, waits in poll at port-setup-helper.c:45
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at port-setup-helper.c:32 (called at port-setup-helper.c:47), loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at port-setup-helper.c:34 (called at port-setup-helper.c:47), loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/port-setup-helper.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - port-setup-helper.c

; ModuleID = 'port-setup-helper.c'
source_filename = "port-setup-helper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [9 x i8] c"open_udp\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !51 {
  %1 = alloca [1024 x i8], align 16, !DIAssignID !69
    #dbg_assign(i1 undef, !70, !DIExpression(), !69, ptr %1, !DIExpression(), !103)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !106
    #dbg_assign(i1 undef, !76, !DIExpression(), !106, ptr %2, !DIExpression(), !103)
  %3 = alloca i32, align 4, !DIAssignID !107
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !108
  %5 = alloca %struct.pollfd, align 4, !DIAssignID !109
    #dbg_assign(i1 undef, !57, !DIExpression(), !109, ptr %5, !DIExpression(), !110)
    #dbg_assign(i1 undef, !111, !DIExpression(), !108, ptr %4, !DIExpression(), !118)
    #dbg_value(i16 9000, !116, !DIExpression(), !118)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !120
    #dbg_value(i32 %6, !117, !DIExpression(), !118)
  %7 = icmp slt i32 %6, 0, !dbg !121
  br i1 %7, label %16, label %8, !dbg !123

8:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #5, !dbg !124
  %9 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !125
  store i64 0, ptr %9, align 4, !dbg !125, !DIAssignID !126
    #dbg_assign(i64 0, !111, !DIExpression(), !126, ptr %4, !DIExpression(), !118)
    #dbg_assign(i8 0, !111, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !127, ptr undef, !DIExpression(), !118)
  store i16 2, ptr %4, align 4, !dbg !128, !tbaa !129, !DIAssignID !136
    #dbg_assign(i16 2, !111, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !136, ptr %4, !DIExpression(), !118)
  %10 = getelementptr inbounds i8, ptr %4, i64 2, !dbg !137
  store i16 10275, ptr %10, align 2, !dbg !138, !tbaa !139, !DIAssignID !140
    #dbg_assign(i16 10275, !111, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !140, ptr %10, !DIExpression(), !118)
  %11 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !141
  store i32 0, ptr %11, align 4, !dbg !142, !tbaa !143, !DIAssignID !144
    #dbg_assign(i32 0, !111, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !144, ptr %11, !DIExpression(), !118)
  %12 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %4, i32 noundef 16) #5, !dbg !145
  %13 = icmp slt i32 %12, 0, !dbg !147
  br i1 %13, label %14, label %17, !dbg !148

14:                                               ; preds = %8
  %15 = call i32 @close(i32 noundef %6) #5, !dbg !149
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #5, !dbg !151
    #dbg_value(i32 -1, !56, !DIExpression(), !110)
  br label %16, !dbg !152

16:                                               ; preds = %0, %14
  call void @perror(ptr noundef nonnull @.str) #6, !dbg !153
  ret i32 1, !dbg !156

17:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #5, !dbg !151
    #dbg_value(i32 %6, !56, !DIExpression(), !110)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #5, !dbg !157
  store i32 %6, ptr %5, align 4, !dbg !158, !tbaa !159, !DIAssignID !161
    #dbg_assign(i32 %6, !57, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !161, ptr %5, !DIExpression(), !110)
  %18 = getelementptr inbounds i8, ptr %5, i64 4, !dbg !158
  store i16 1, ptr %18, align 4, !dbg !158, !tbaa !162, !DIAssignID !163
    #dbg_assign(i16 1, !57, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !163, ptr %18, !DIExpression(), !110)
  %19 = getelementptr inbounds i8, ptr %5, i64 6, !dbg !158
  store i16 0, ptr %19, align 2, !dbg !158, !tbaa !164, !DIAssignID !165
    #dbg_assign(i16 0, !57, !DIExpression(DW_OP_LLVM_fragment, 48, 16), !165, ptr %19, !DIExpression(), !110)
  br label %20, !dbg !166

20:                                               ; preds = %34, %17
  %21 = call i32 @poll(ptr noundef nonnull %5, i64 noundef 1, i32 noundef -1) #5, !dbg !167
    #dbg_value(i32 %21, !65, !DIExpression(), !168)
  %22 = icmp sgt i32 %21, 0, !dbg !169
  br i1 %22, label %23, label %34, !dbg !170

23:                                               ; preds = %20
  %24 = load i16, ptr %19, align 2, !dbg !171, !tbaa !164
  %25 = and i16 %24, 1, !dbg !172
  %26 = icmp eq i16 %25, 0, !dbg !172
  br i1 %26, label %34, label %27, !dbg !173

27:                                               ; preds = %23
    #dbg_assign(i1 undef, !92, !DIExpression(), !107, ptr %3, !DIExpression(), !103)
    #dbg_value(i32 %6, !75, !DIExpression(), !103)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #5, !dbg !174
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #5, !dbg !175
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #5, !dbg !176
  store i32 16, ptr %3, align 4, !dbg !177, !tbaa !178, !DIAssignID !179
    #dbg_assign(i32 16, !92, !DIExpression(), !179, ptr %3, !DIExpression(), !103)
  %28 = call i64 @recvfrom(i32 noundef %6, ptr noundef nonnull %1, i64 noundef 1024, i32 noundef 0, ptr noundef nonnull %2, ptr noundef nonnull %3) #5, !dbg !180
    #dbg_value(i64 %28, !95, !DIExpression(), !103)
  %29 = icmp sgt i64 %28, 0, !dbg !181
  br i1 %29, label %30, label %33, !dbg !183

30:                                               ; preds = %27
  %31 = load i32, ptr %3, align 4, !dbg !184, !tbaa !178
  %32 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %1, i64 noundef %28, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %31) #5, !dbg !185
  br label %33, !dbg !185

33:                                               ; preds = %27, %30
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #5, !dbg !186
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #5, !dbg !186
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #5, !dbg !186
  br label %34, !dbg !187

34:                                               ; preds = %33, %23, %20
  br label %20, !dbg !167, !llvm.loop !188
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !191 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #2

declare !dbg !197 i32 @poll(ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !203 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !207 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

declare !dbg !212 i32 @close(i32 noundef) local_unnamed_addr #3

declare !dbg !216 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !226 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { cold }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!43, !44, !45, !46, !47, !48, !49}
!llvm.ident = !{!50}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 40, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "port-setup-helper.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "88a4fd4a2b7d98516e2e3ec56a6fc2dd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 9)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !22, globals: !42, splitDebugInlining: false, nameTableKind: None)
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
!22 = !{!23, !29, !41}
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
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !28, line: 40, baseType: !36)
!42 = !{!0}
!43 = !{i32 7, !"Dwarf Version", i32 5}
!44 = !{i32 2, !"Debug Info Version", i32 3}
!45 = !{i32 1, !"wchar_size", i32 4}
!46 = !{i32 8, !"PIC Level", i32 2}
!47 = !{i32 7, !"PIE Level", i32 2}
!48 = !{i32 7, !"uwtable", i32 2}
!49 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!50 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!51 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 37, type: !52, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !55)
!52 = !DISubroutineType(types: !53)
!53 = !{!54}
!54 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!55 = !{!56, !57, !65}
!56 = !DILocalVariable(name: "fd", scope: !51, file: !2, line: 38, type: !54)
!57 = !DILocalVariable(name: "p", scope: !51, file: !2, line: 43, type: !58)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !59, line: 36, size: 64, elements: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!60 = !{!61, !62, !64}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !58, file: !59, line: 38, baseType: !54, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !58, file: !59, line: 39, baseType: !63, size: 16, offset: 32)
!63 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !58, file: !59, line: 40, baseType: !63, size: 16, offset: 48)
!65 = !DILocalVariable(name: "r", scope: !66, file: !2, line: 45, type: !54)
!66 = distinct !DILexicalBlock(scope: !67, file: !2, line: 44, column: 12)
!67 = distinct !DILexicalBlock(scope: !68, file: !2, line: 44, column: 3)
!68 = distinct !DILexicalBlock(scope: !51, file: !2, line: 44, column: 3)
!69 = distinct !DIAssignID()
!70 = !DILocalVariable(name: "buf", scope: !71, file: !2, line: 29, type: !100)
!71 = distinct !DISubprogram(name: "echo", scope: !2, file: !2, line: 28, type: !72, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !74)
!72 = !DISubroutineType(types: !73)
!73 = !{null, !54}
!74 = !{!75, !70, !76, !92, !95}
!75 = !DILocalVariable(name: "fd", arg: 1, scope: !71, file: !2, line: 28, type: !54)
!76 = !DILocalVariable(name: "from", scope: !71, file: !2, line: 30, type: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !24, line: 245, size: 128, elements: !78)
!78 = !{!79, !80, !83, !87}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !77, file: !24, line: 247, baseType: !34, size: 16)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !77, file: !24, line: 248, baseType: !81, size: 16, offset: 16)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !24, line: 123, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 25, baseType: !41)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !77, file: !24, line: 249, baseType: !84, size: 32, offset: 32)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !24, line: 31, size: 32, elements: !85)
!85 = !{!86}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !84, file: !24, line: 33, baseType: !23, size: 32)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !77, file: !24, line: 252, baseType: !88, size: 64, offset: 64)
!88 = !DICompositeType(tag: DW_TAG_array_type, baseType: !89, size: 64, elements: !90)
!89 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!90 = !{!91}
!91 = !DISubrange(count: 8)
!92 = !DILocalVariable(name: "fl", scope: !71, file: !2, line: 31, type: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !31, line: 33, baseType: !94)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !28, line: 210, baseType: !11)
!95 = !DILocalVariable(name: "n", scope: !71, file: !2, line: 32, type: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !97, line: 108, baseType: !98)
!97 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !28, line: 194, baseType: !99)
!99 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!100 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !101)
!101 = !{!102}
!102 = !DISubrange(count: 1024)
!103 = !DILocation(line: 0, scope: !71, inlinedAt: !104)
!104 = distinct !DILocation(line: 47, column: 7, scope: !105)
!105 = distinct !DILexicalBlock(scope: !66, file: !2, line: 46, column: 9)
!106 = distinct !DIAssignID()
!107 = distinct !DIAssignID()
!108 = distinct !DIAssignID()
!109 = distinct !DIAssignID()
!110 = !DILocation(line: 0, scope: !51)
!111 = !DILocalVariable(name: "sa", scope: !112, file: !2, line: 16, type: !77)
!112 = distinct !DISubprogram(name: "open_udp", scope: !2, file: !2, line: 12, type: !113, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !115)
!113 = !DISubroutineType(types: !114)
!114 = !{!54, !82}
!115 = !{!116, !117, !111}
!116 = !DILocalVariable(name: "port", arg: 1, scope: !112, file: !2, line: 12, type: !82)
!117 = !DILocalVariable(name: "fd", scope: !112, file: !2, line: 13, type: !54)
!118 = !DILocation(line: 0, scope: !112, inlinedAt: !119)
!119 = distinct !DILocation(line: 38, column: 12, scope: !51)
!120 = !DILocation(line: 13, column: 12, scope: !112, inlinedAt: !119)
!121 = !DILocation(line: 14, column: 10, scope: !122, inlinedAt: !119)
!122 = distinct !DILexicalBlock(scope: !112, file: !2, line: 14, column: 7)
!123 = !DILocation(line: 14, column: 7, scope: !112, inlinedAt: !119)
!124 = !DILocation(line: 16, column: 3, scope: !112, inlinedAt: !119)
!125 = !DILocation(line: 17, column: 3, scope: !112, inlinedAt: !119)
!126 = distinct !DIAssignID()
!127 = distinct !DIAssignID()
!128 = !DILocation(line: 18, column: 17, scope: !112, inlinedAt: !119)
!129 = !{!130, !131, i64 0}
!130 = !{!"sockaddr_in", !131, i64 0, !131, i64 2, !134, i64 4, !132, i64 8}
!131 = !{!"short", !132, i64 0}
!132 = !{!"omnipotent char", !133, i64 0}
!133 = !{!"Simple C/C++ TBAA"}
!134 = !{!"in_addr", !135, i64 0}
!135 = !{!"int", !132, i64 0}
!136 = distinct !DIAssignID()
!137 = !DILocation(line: 19, column: 6, scope: !112, inlinedAt: !119)
!138 = !DILocation(line: 19, column: 15, scope: !112, inlinedAt: !119)
!139 = !{!130, !131, i64 2}
!140 = distinct !DIAssignID()
!141 = !DILocation(line: 20, column: 6, scope: !112, inlinedAt: !119)
!142 = !DILocation(line: 20, column: 22, scope: !112, inlinedAt: !119)
!143 = !{!130, !135, i64 4}
!144 = distinct !DIAssignID()
!145 = !DILocation(line: 21, column: 7, scope: !146, inlinedAt: !119)
!146 = distinct !DILexicalBlock(scope: !112, file: !2, line: 21, column: 7)
!147 = !DILocation(line: 21, column: 52, scope: !146, inlinedAt: !119)
!148 = !DILocation(line: 21, column: 7, scope: !112, inlinedAt: !119)
!149 = !DILocation(line: 22, column: 5, scope: !150, inlinedAt: !119)
!150 = distinct !DILexicalBlock(scope: !146, file: !2, line: 21, column: 57)
!151 = !DILocation(line: 26, column: 1, scope: !112, inlinedAt: !119)
!152 = !DILocation(line: 39, column: 7, scope: !51)
!153 = !DILocation(line: 40, column: 5, scope: !154)
!154 = distinct !DILexicalBlock(scope: !155, file: !2, line: 39, column: 15)
!155 = distinct !DILexicalBlock(scope: !51, file: !2, line: 39, column: 7)
!156 = !DILocation(line: 41, column: 5, scope: !154)
!157 = !DILocation(line: 43, column: 3, scope: !51)
!158 = !DILocation(line: 43, column: 21, scope: !51)
!159 = !{!160, !135, i64 0}
!160 = !{!"pollfd", !135, i64 0, !131, i64 4, !131, i64 6}
!161 = distinct !DIAssignID()
!162 = !{!160, !131, i64 4}
!163 = distinct !DIAssignID()
!164 = !{!160, !131, i64 6}
!165 = distinct !DIAssignID()
!166 = !DILocation(line: 44, column: 3, scope: !51)
!167 = !DILocation(line: 45, column: 13, scope: !66)
!168 = !DILocation(line: 0, scope: !66)
!169 = !DILocation(line: 46, column: 11, scope: !105)
!170 = !DILocation(line: 46, column: 15, scope: !105)
!171 = !DILocation(line: 46, column: 21, scope: !105)
!172 = !DILocation(line: 46, column: 29, scope: !105)
!173 = !DILocation(line: 46, column: 9, scope: !66)
!174 = !DILocation(line: 29, column: 3, scope: !71, inlinedAt: !104)
!175 = !DILocation(line: 30, column: 3, scope: !71, inlinedAt: !104)
!176 = !DILocation(line: 31, column: 3, scope: !71, inlinedAt: !104)
!177 = !DILocation(line: 31, column: 13, scope: !71, inlinedAt: !104)
!178 = !{!135, !135, i64 0}
!179 = distinct !DIAssignID()
!180 = !DILocation(line: 32, column: 15, scope: !71, inlinedAt: !104)
!181 = !DILocation(line: 33, column: 9, scope: !182, inlinedAt: !104)
!182 = distinct !DILexicalBlock(scope: !71, file: !2, line: 33, column: 7)
!183 = !DILocation(line: 33, column: 7, scope: !71, inlinedAt: !104)
!184 = !DILocation(line: 34, column: 53, scope: !182, inlinedAt: !104)
!185 = !DILocation(line: 34, column: 5, scope: !182, inlinedAt: !104)
!186 = !DILocation(line: 35, column: 1, scope: !71, inlinedAt: !104)
!187 = !DILocation(line: 47, column: 7, scope: !105)
!188 = distinct !{!188, !189, !190}
!189 = !DILocation(line: 44, column: 3, scope: !68)
!190 = !DILocation(line: 48, column: 3, scope: !68)
!191 = !DISubprogram(name: "perror", scope: !192, file: !192, line: 804, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!192 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!193 = !DISubroutineType(types: !194)
!194 = !{null, !195}
!195 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !196, size: 64)
!196 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!197 = !DISubprogram(name: "poll", scope: !59, file: !59, line: 54, type: !198, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!198 = !DISubroutineType(types: !199)
!199 = !{!54, !200, !201, !54}
!200 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!201 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !59, line: 33, baseType: !202)
!202 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!203 = !DISubprogram(name: "socket", scope: !204, file: !204, line: 102, type: !205, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!205 = !DISubroutineType(types: !206)
!206 = !{!54, !54, !54, !54}
!207 = !DISubprogram(name: "bind", scope: !204, file: !204, line: 112, type: !208, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!208 = !DISubroutineType(types: !209)
!209 = !{!54, !54, !210, !93}
!210 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !211, size: 64)
!211 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!212 = !DISubprogram(name: "close", scope: !213, file: !213, line: 358, type: !214, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!214 = !DISubroutineType(types: !215)
!215 = !{!54, !54}
!216 = !DISubprogram(name: "recvfrom", scope: !204, file: !204, line: 163, type: !217, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!217 = !DISubroutineType(types: !218)
!218 = !{!96, !54, !219, !221, !54, !223, !224}
!219 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !220)
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !222, line: 18, baseType: !202)
!222 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!223 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !29)
!224 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !225)
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!226 = !DISubprogram(name: "sendto", scope: !204, file: !204, line: 152, type: !227, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!227 = !DISubroutineType(types: !228)
!228 = !{!96, !54, !229, !221, !54, !210, !93}
!229 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !230, size: 64)
!230 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
