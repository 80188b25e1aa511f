; struct-server.c at -O2: everything is inlined into main, the struct is
; split up and its stores merged.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'struct-server.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at struct-server.c:23
; CHECK-NEXT:   bind: port 5005 address 0.0.0.0 at struct-server.c:29
; CHECK-NEXT: event-loop #0: blocking-recv in main at struct-server.c:51, blocks in recvfrom at struct-server.c:40
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at struct-server.c:40 (called at struct-server.c:52), loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at struct-server.c:47 (called at struct-server.c:52), loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/struct-server.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - struct-server.c

; ModuleID = 'struct-server.c'
source_filename = "struct-server.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.server = type { i32, %struct.sockaddr_in, i64, i64 }

@.str = private unnamed_addr constant [12 x i8] c"server_init\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local noundef range(i32 0, 2) i32 @main() local_unnamed_addr #0 !dbg !51 {
  %1 = alloca [256 x i8], align 16, !DIAssignID !81
    #dbg_assign(i1 undef, !82, !DIExpression(), !81, ptr %1, !DIExpression(), !102)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !110
    #dbg_assign(i1 undef, !89, !DIExpression(), !110, ptr %2, !DIExpression(), !102)
  %3 = alloca i32, align 4, !DIAssignID !111
    #dbg_assign(i1 undef, !90, !DIExpression(), !111, ptr %3, !DIExpression(), !102)
  %4 = alloca i64, align 8, !DIAssignID !112
  %5 = alloca %struct.server, align 8, !DIAssignID !113
    #dbg_assign(i1 undef, !56, !DIExpression(), !113, ptr %5, !DIExpression(), !114)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %5) #6, !dbg !115
    #dbg_value(ptr %5, !116, !DIExpression(), !122)
    #dbg_value(i16 5005, !121, !DIExpression(), !122)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %5, i8 0, i64 40, i1 false), !dbg !125, !DIAssignID !126
    #dbg_assign(i8 0, !56, !DIExpression(), !126, ptr %5, !DIExpression(), !114)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !127
  store i32 %6, ptr %5, align 8, !dbg !128, !tbaa !129, !DIAssignID !138
    #dbg_assign(i32 %6, !56, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !138, ptr %5, !DIExpression(), !114)
  %7 = icmp slt i32 %6, 0, !dbg !139
  br i1 %7, label %17, label %8, !dbg !141

8:                                                ; preds = %0
  %9 = getelementptr inbounds i8, ptr %5, i64 4, !dbg !142
  store i16 2, ptr %9, align 4, !dbg !143, !tbaa !144, !DIAssignID !145
    #dbg_assign(i16 2, !56, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !145, ptr %9, !DIExpression(), !114)
  %10 = getelementptr inbounds i8, ptr %5, i64 6, !dbg !146
  store i16 -29421, ptr %10, align 2, !dbg !147, !tbaa !148, !DIAssignID !149
    #dbg_assign(i16 -29421, !56, !DIExpression(DW_OP_LLVM_fragment, 48, 16), !149, ptr %10, !DIExpression(), !114)
  %11 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !150
  store i32 0, ptr %11, align 8, !dbg !151, !tbaa !152, !DIAssignID !153
    #dbg_assign(i32 0, !56, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !153, ptr %11, !DIExpression(), !114)
  %12 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %9, i32 noundef 16) #6, !dbg !154
  %13 = icmp slt i32 %12, 0, !dbg !156
  br i1 %13, label %14, label %18, !dbg !157

14:                                               ; preds = %8
  %15 = load i32, ptr %5, align 8, !dbg !158, !tbaa !129
  %16 = call i32 @close(i32 noundef %15) #6, !dbg !160
  br label %17, !dbg !161

17:                                               ; preds = %14, %0
  call void @perror(ptr noundef nonnull @.str) #7, !dbg !162
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %5) #6, !dbg !164
  ret i32 1, !dbg !164

18:                                               ; preds = %8
    #dbg_value(ptr %5, !108, !DIExpression(), !165)
  %19 = getelementptr inbounds i8, ptr %5, i64 24
  %20 = getelementptr inbounds i8, ptr %5, i64 32
  br label %21, !dbg !166

21:                                               ; preds = %34, %18
    #dbg_assign(i1 undef, !98, !DIExpression(), !112, ptr %4, !DIExpression(), !102)
    #dbg_value(ptr %5, !88, !DIExpression(), !102)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #6, !dbg !167
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #6, !dbg !168
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #6, !dbg !169
  store i32 16, ptr %3, align 4, !dbg !170, !tbaa !171, !DIAssignID !172
    #dbg_assign(i32 16, !90, !DIExpression(), !172, ptr %3, !DIExpression(), !102)
  %22 = load i32, ptr %5, align 8, !dbg !173, !tbaa !129
  %23 = call i64 @recvfrom(i32 noundef %22, ptr noundef nonnull %1, i64 noundef 256, i32 noundef 0, ptr noundef nonnull %2, ptr noundef nonnull %3) #6, !dbg !174
    #dbg_value(i64 %23, !93, !DIExpression(), !102)
  %24 = icmp slt i64 %23, 0, !dbg !175
  br i1 %24, label %25, label %28, !dbg !177

25:                                               ; preds = %21
  %26 = load i64, ptr %20, align 8, !dbg !178, !tbaa !180
  %27 = add i64 %26, 1, !dbg !178
  store i64 %27, ptr %20, align 8, !dbg !178, !tbaa !180, !DIAssignID !181
    #dbg_assign(i64 %27, !56, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !181, ptr %20, !DIExpression(), !114)
  br label %34, !dbg !182

28:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #6, !dbg !183
  %29 = load i64, ptr %19, align 8, !dbg !184, !tbaa !185
  %30 = add i64 %29, 1, !dbg !184
  store i64 %30, ptr %19, align 8, !dbg !184, !tbaa !185, !DIAssignID !186
    #dbg_assign(i64 %30, !56, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !186, ptr %19, !DIExpression(), !114)
  store i64 %30, ptr %4, align 8, !dbg !187, !tbaa !188, !DIAssignID !189
    #dbg_assign(i64 %30, !98, !DIExpression(), !189, ptr %4, !DIExpression(), !102)
  %31 = load i32, ptr %5, align 8, !dbg !190, !tbaa !129
  %32 = load i32, ptr %3, align 4, !dbg !191, !tbaa !171
  %33 = call i64 @sendto(i32 noundef %31, ptr noundef nonnull %4, i64 noundef 8, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %32) #6, !dbg !192
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #6, !dbg !193
  br label %34, !dbg !193

34:                                               ; preds = %28, %25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #6, !dbg !193
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #6, !dbg !193
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #6, !dbg !193
  br label %21, !dbg !194, !llvm.loop !195
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !198 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !204 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !208 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

declare !dbg !213 i32 @close(i32 noundef) local_unnamed_addr #5

declare !dbg !217 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #5

declare !dbg !227 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { cold }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!43, !44, !45, !46, !47, !48, !49}
!llvm.ident = !{!50}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 58, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "struct-server.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "10beeb1e0181308d27cd1d7dd7565fd5")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 12)
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
!51 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 55, type: !52, scopeLine: 55, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !55)
!52 = !DISubroutineType(types: !53)
!53 = !{!54}
!54 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!55 = !{!56}
!56 = !DILocalVariable(name: "srv", scope: !51, file: !2, line: 56, type: !57)
!57 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "server", file: !2, line: 14, size: 320, elements: !58)
!58 = !{!59, !60, !76, !80}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !57, file: !2, line: 15, baseType: !54, size: 32)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !57, file: !2, line: 16, baseType: !61, size: 128, offset: 32)
!61 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !24, line: 245, size: 128, elements: !62)
!62 = !{!63, !64, !67, !71}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !61, file: !24, line: 247, baseType: !34, size: 16)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !61, file: !24, line: 248, baseType: !65, size: 16, offset: 16)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !24, line: 123, baseType: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 25, baseType: !41)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !61, file: !24, line: 249, baseType: !68, size: 32, offset: 32)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !24, line: 31, size: 32, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !68, file: !24, line: 33, baseType: !23, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !61, file: !24, line: 252, baseType: !72, size: 64, offset: 64)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !73, size: 64, elements: !74)
!73 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!74 = !{!75}
!75 = !DISubrange(count: 8)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "requests", scope: !57, file: !2, line: 17, baseType: !77, size: 64, offset: 192)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !26, line: 27, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !28, line: 45, baseType: !79)
!79 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "errors", scope: !57, file: !2, line: 18, baseType: !77, size: 64, offset: 256)
!81 = distinct !DIAssignID()
!82 = !DILocalVariable(name: "buf", scope: !83, file: !2, line: 37, type: !99)
!83 = distinct !DISubprogram(name: "handle", scope: !2, file: !2, line: 36, type: !84, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !87)
!84 = !DISubroutineType(types: !85)
!85 = !{null, !86}
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64)
!87 = !{!88, !82, !89, !90, !93, !98}
!88 = !DILocalVariable(name: "s", arg: 1, scope: !83, file: !2, line: 36, type: !86)
!89 = !DILocalVariable(name: "peer", scope: !83, file: !2, line: 38, type: !61)
!90 = !DILocalVariable(name: "plen", scope: !83, file: !2, line: 39, type: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !31, line: 33, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !28, line: 210, baseType: !11)
!93 = !DILocalVariable(name: "n", scope: !83, file: !2, line: 40, type: !94)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !95, line: 108, baseType: !96)
!95 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !28, line: 194, baseType: !97)
!97 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!98 = !DILocalVariable(name: "count", scope: !83, file: !2, line: 46, type: !77)
!99 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !100)
!100 = !{!101}
!101 = !DISubrange(count: 256)
!102 = !DILocation(line: 0, scope: !83, inlinedAt: !103)
!103 = distinct !DILocation(line: 52, column: 5, scope: !104, inlinedAt: !109)
!104 = distinct !DILexicalBlock(scope: !105, file: !2, line: 51, column: 3)
!105 = distinct !DILexicalBlock(scope: !106, file: !2, line: 51, column: 3)
!106 = distinct !DISubprogram(name: "server_run", scope: !2, file: !2, line: 50, type: !84, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !107)
!107 = !{!108}
!108 = !DILocalVariable(name: "s", arg: 1, scope: !106, file: !2, line: 50, type: !86)
!109 = distinct !DILocation(line: 61, column: 3, scope: !51)
!110 = distinct !DIAssignID()
!111 = distinct !DIAssignID()
!112 = distinct !DIAssignID()
!113 = distinct !DIAssignID()
!114 = !DILocation(line: 0, scope: !51)
!115 = !DILocation(line: 56, column: 3, scope: !51)
!116 = !DILocalVariable(name: "s", arg: 1, scope: !117, file: !2, line: 21, type: !86)
!117 = distinct !DISubprogram(name: "server_init", scope: !2, file: !2, line: 21, type: !118, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !120)
!118 = !DISubroutineType(types: !119)
!119 = !{!54, !86, !66}
!120 = !{!116, !121}
!121 = !DILocalVariable(name: "port", arg: 2, scope: !117, file: !2, line: 21, type: !66)
!122 = !DILocation(line: 0, scope: !117, inlinedAt: !123)
!123 = distinct !DILocation(line: 57, column: 7, scope: !124)
!124 = distinct !DILexicalBlock(scope: !51, file: !2, line: 57, column: 7)
!125 = !DILocation(line: 22, column: 3, scope: !117, inlinedAt: !123)
!126 = distinct !DIAssignID()
!127 = !DILocation(line: 23, column: 11, scope: !117, inlinedAt: !123)
!128 = !DILocation(line: 23, column: 9, scope: !117, inlinedAt: !123)
!129 = !{!130, !131, i64 0}
!130 = !{!"server", !131, i64 0, !134, i64 4, !137, i64 24, !137, i64 32}
!131 = !{!"int", !132, i64 0}
!132 = !{!"omnipotent char", !133, i64 0}
!133 = !{!"Simple C/C++ TBAA"}
!134 = !{!"sockaddr_in", !135, i64 0, !135, i64 2, !136, i64 4, !132, i64 8}
!135 = !{!"short", !132, i64 0}
!136 = !{!"in_addr", !131, i64 0}
!137 = !{!"long", !132, i64 0}
!138 = distinct !DIAssignID()
!139 = !DILocation(line: 24, column: 13, scope: !140, inlinedAt: !123)
!140 = distinct !DILexicalBlock(scope: !117, file: !2, line: 24, column: 7)
!141 = !DILocation(line: 24, column: 7, scope: !117, inlinedAt: !123)
!142 = !DILocation(line: 26, column: 6, scope: !117, inlinedAt: !123)
!143 = !DILocation(line: 26, column: 22, scope: !117, inlinedAt: !123)
!144 = !{!130, !135, i64 4}
!145 = distinct !DIAssignID()
!146 = !DILocation(line: 27, column: 11, scope: !117, inlinedAt: !123)
!147 = !DILocation(line: 27, column: 20, scope: !117, inlinedAt: !123)
!148 = !{!130, !135, i64 6}
!149 = distinct !DIAssignID()
!150 = !DILocation(line: 28, column: 11, scope: !117, inlinedAt: !123)
!151 = !DILocation(line: 28, column: 27, scope: !117, inlinedAt: !123)
!152 = !{!130, !131, i64 8}
!153 = distinct !DIAssignID()
!154 = !DILocation(line: 29, column: 7, scope: !155, inlinedAt: !123)
!155 = distinct !DILexicalBlock(scope: !117, file: !2, line: 29, column: 7)
!156 = !DILocation(line: 29, column: 65, scope: !155, inlinedAt: !123)
!157 = !DILocation(line: 29, column: 7, scope: !117, inlinedAt: !123)
!158 = !DILocation(line: 30, column: 14, scope: !159, inlinedAt: !123)
!159 = distinct !DILexicalBlock(scope: !155, file: !2, line: 29, column: 70)
!160 = !DILocation(line: 30, column: 5, scope: !159, inlinedAt: !123)
!161 = !DILocation(line: 31, column: 5, scope: !159, inlinedAt: !123)
!162 = !DILocation(line: 58, column: 5, scope: !163)
!163 = distinct !DILexicalBlock(scope: !124, file: !2, line: 57, column: 44)
!164 = !DILocation(line: 63, column: 1, scope: !51)
!165 = !DILocation(line: 0, scope: !106, inlinedAt: !109)
!166 = !DILocation(line: 51, column: 3, scope: !106, inlinedAt: !109)
!167 = !DILocation(line: 37, column: 3, scope: !83, inlinedAt: !103)
!168 = !DILocation(line: 38, column: 3, scope: !83, inlinedAt: !103)
!169 = !DILocation(line: 39, column: 3, scope: !83, inlinedAt: !103)
!170 = !DILocation(line: 39, column: 13, scope: !83, inlinedAt: !103)
!171 = !{!131, !131, i64 0}
!172 = distinct !DIAssignID()
!173 = !DILocation(line: 40, column: 27, scope: !83, inlinedAt: !103)
!174 = !DILocation(line: 40, column: 15, scope: !83, inlinedAt: !103)
!175 = !DILocation(line: 42, column: 9, scope: !176, inlinedAt: !103)
!176 = distinct !DILexicalBlock(scope: !83, file: !2, line: 42, column: 7)
!177 = !DILocation(line: 42, column: 7, scope: !83, inlinedAt: !103)
!178 = !DILocation(line: 43, column: 14, scope: !179, inlinedAt: !103)
!179 = distinct !DILexicalBlock(scope: !176, file: !2, line: 42, column: 14)
!180 = !{!130, !137, i64 32}
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 44, column: 5, scope: !179, inlinedAt: !103)
!183 = !DILocation(line: 46, column: 3, scope: !83, inlinedAt: !103)
!184 = !DILocation(line: 46, column: 20, scope: !83, inlinedAt: !103)
!185 = !{!130, !137, i64 24}
!186 = distinct !DIAssignID()
!187 = !DILocation(line: 46, column: 12, scope: !83, inlinedAt: !103)
!188 = !{!137, !137, i64 0}
!189 = distinct !DIAssignID()
!190 = !DILocation(line: 47, column: 13, scope: !83, inlinedAt: !103)
!191 = !DILocation(line: 47, column: 69, scope: !83, inlinedAt: !103)
!192 = !DILocation(line: 47, column: 3, scope: !83, inlinedAt: !103)
!193 = !DILocation(line: 48, column: 1, scope: !83, inlinedAt: !103)
!194 = !DILocation(line: 51, column: 3, scope: !104, inlinedAt: !109)
!195 = distinct !{!195, !196, !197}
!196 = !DILocation(line: 51, column: 3, scope: !105, inlinedAt: !109)
!197 = !DILocation(line: 52, column: 13, scope: !105, inlinedAt: !109)
!198 = !DISubprogram(name: "perror", scope: !199, file: !199, line: 804, type: !200, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!200 = !DISubroutineType(types: !201)
!201 = !{null, !202}
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !203, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!204 = !DISubprogram(name: "socket", scope: !205, file: !205, line: 102, type: !206, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!206 = !DISubroutineType(types: !207)
!207 = !{!54, !54, !54, !54}
!208 = !DISubprogram(name: "bind", scope: !205, file: !205, line: 112, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubroutineType(types: !210)
!210 = !{!54, !54, !211, !91}
!211 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !212, size: 64)
!212 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!213 = !DISubprogram(name: "close", scope: !214, file: !214, line: 358, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!214 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!215 = !DISubroutineType(types: !216)
!216 = !{!54, !54}
!217 = !DISubprogram(name: "recvfrom", scope: !205, file: !205, line: 163, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!218 = !DISubroutineType(types: !219)
!219 = !{!94, !54, !220, !222, !54, !224, !225}
!220 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !221)
!221 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !223, line: 18, baseType: !79)
!223 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!224 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !29)
!225 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !226)
!226 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !91, size: 64)
!227 = !DISubprogram(name: "sendto", scope: !205, file: !205, line: 152, type: !228, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!228 = !DISubroutineType(types: !229)
!229 = !{!94, !54, !230, !222, !54, !211, !91}
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !231, size: 64)
!231 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
