; serve-loop-in-helper.c at -O2: serve() is inlined into main, so the loop
; is now main's; its source lines are serve's.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'serve-loop-in-helper.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at serve-loop-in-helper.c:30
; CHECK-NEXT:   bind: port 8125 address 0.0.0.0 at serve-loop-in-helper.c:40
; CHECK-NEXT: event-loop #0: blocking-recv in main at serve-loop-in-helper.c:15, blocks in recvfrom at serve-loop-in-helper.c:18
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at serve-loop-in-helper.c:18 (called at serve-loop-in-helper.c:45), loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at serve-loop-in-helper.c:23 (called at serve-loop-in-helper.c:45), loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/serve-loop-in-helper.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - serve-loop-in-helper.c

; ModuleID = 'serve-loop-in-helper.c'
source_filename = "serve-loop-in-helper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@hits = internal unnamed_addr global i64 0, align 8, !dbg !12

; Function Attrs: nounwind uwtable
define dso_local noundef range(i32 0, 2) i32 @main(i32 noundef %0, ptr nocapture noundef readnone %1) local_unnamed_addr #0 !dbg !61 {
  %3 = alloca [512 x i8], align 16, !DIAssignID !87
    #dbg_assign(i1 undef, !88, !DIExpression(), !87, ptr %3, !DIExpression(), !110)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !112
    #dbg_assign(i1 undef, !94, !DIExpression(), !112, ptr %4, !DIExpression(), !113)
  %5 = alloca i32, align 4, !DIAssignID !114
    #dbg_assign(i1 undef, !98, !DIExpression(), !114, ptr %5, !DIExpression(), !113)
  %6 = alloca i64, align 8, !DIAssignID !115
  %7 = alloca %struct.sockaddr_in, align 4, !DIAssignID !116
    #dbg_assign(i1 undef, !71, !DIExpression(), !116, ptr %7, !DIExpression(), !117)
    #dbg_value(i32 %0, !68, !DIExpression(), !117)
    #dbg_value(ptr %1, !69, !DIExpression(), !117)
  %8 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !118
    #dbg_value(i32 %8, !70, !DIExpression(), !117)
  %9 = icmp slt i32 %8, 0, !dbg !119
  br i1 %9, label %10, label %11, !dbg !121

10:                                               ; preds = %2
  tail call void @perror(ptr noundef nonnull @.str) #7, !dbg !122
  br label %32, !dbg !124

11:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %7) #6, !dbg !125
  %12 = getelementptr inbounds i8, ptr %7, i64 8, !dbg !126
  store i64 0, ptr %12, align 4, !dbg !126, !DIAssignID !127
    #dbg_assign(i64 0, !71, !DIExpression(), !127, ptr %7, !DIExpression(), !117)
    #dbg_assign(i8 0, !71, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !128, ptr undef, !DIExpression(), !117)
  store i16 2, ptr %7, align 4, !dbg !129, !tbaa !130, !DIAssignID !137
    #dbg_assign(i16 2, !71, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !137, ptr %7, !DIExpression(), !117)
  %13 = getelementptr inbounds i8, ptr %7, i64 2, !dbg !138
  store i16 -17121, ptr %13, align 2, !dbg !139, !tbaa !140, !DIAssignID !141
    #dbg_assign(i16 -17121, !71, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !141, ptr %13, !DIExpression(), !117)
    #dbg_value(i32 0, !142, !DIExpression(), !148)
  %14 = getelementptr inbounds i8, ptr %7, i64 4, !dbg !150
  store i32 0, ptr %14, align 4, !dbg !151, !tbaa !152, !DIAssignID !153
    #dbg_assign(i32 0, !71, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !153, ptr %14, !DIExpression(), !117)
  %15 = call i32 @bind(i32 noundef %8, ptr noundef nonnull %7, i32 noundef 16) #6, !dbg !154
  %16 = icmp slt i32 %15, 0, !dbg !156
  br i1 %16, label %17, label %19, !dbg !157

17:                                               ; preds = %11
  call void @perror(ptr noundef nonnull @.str.1) #7, !dbg !158
  %18 = call i32 @close(i32 noundef %8) #6, !dbg !160
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %7) #6, !dbg !161
  br label %32

19:                                               ; preds = %11
    #dbg_assign(i1 undef, !106, !DIExpression(), !115, ptr %6, !DIExpression(), !113)
    #dbg_value(i32 %8, !93, !DIExpression(), !110)
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %3) #6, !dbg !162
  br label %20, !dbg !163

20:                                               ; preds = %31, %19
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #6, !dbg !164
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #6, !dbg !165
  store i32 16, ptr %5, align 4, !dbg !166, !tbaa !167, !DIAssignID !168
    #dbg_assign(i32 16, !98, !DIExpression(), !168, ptr %5, !DIExpression(), !113)
  %21 = call i64 @recvfrom(i32 noundef %8, ptr noundef nonnull %3, i64 noundef 512, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %5) #6, !dbg !169
    #dbg_value(i64 %21, !101, !DIExpression(), !113)
  %22 = icmp slt i64 %21, 1, !dbg !170
  br i1 %22, label %31, label %23, !dbg !172, !llvm.loop !173

23:                                               ; preds = %20
  %24 = load i64, ptr @hits, align 8, !dbg !176, !tbaa !177
  %25 = add i64 %24, 1, !dbg !176
  store i64 %25, ptr @hits, align 8, !dbg !176, !tbaa !177
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6) #6, !dbg !179
  %26 = trunc i64 %25 to i32, !dbg !180
    #dbg_value(i32 %26, !142, !DIExpression(), !181)
  %27 = call noundef i32 @llvm.bswap.i32(i32 %26), !dbg !183
  %28 = zext i32 %27 to i64, !dbg !180
  store i64 %28, ptr %6, align 8, !dbg !184, !tbaa !177, !DIAssignID !185
    #dbg_assign(i64 %28, !106, !DIExpression(), !185, ptr %6, !DIExpression(), !113)
  %29 = load i32, ptr %5, align 4, !dbg !186, !tbaa !167
  %30 = call i64 @sendto(i32 noundef %8, ptr noundef nonnull %6, i64 noundef 8, i32 noundef 0, ptr noundef nonnull %4, i32 noundef %29) #6, !dbg !187
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #6, !dbg !188
  br label %31, !dbg !188

31:                                               ; preds = %23, %20
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #6, !dbg !188
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #6, !dbg !188
  br label %20

32:                                               ; preds = %17, %10
  ret i32 1, !dbg !161
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !189 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !193 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !199 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !204 i32 @close(i32 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !208 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

declare !dbg !218 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }
attributes #7 = { cold }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!53, !54, !55, !56, !57, !58, !59}
!llvm.ident = !{!60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 32, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "serve-loop-in-helper.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "02210484b72a51c9d649034c78d4d5ff")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "hits", scope: !14, file: !2, line: 11, type: !50, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !29, globals: !49, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16}
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
!29 = !{!30, !36, !48, !32}
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !31, line: 30, baseType: !32)
!31 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !33, line: 26, baseType: !34)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !35, line: 42, baseType: !18)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64)
!37 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !38, line: 183, size: 128, elements: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!39 = !{!40, !44}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !37, file: !38, line: 185, baseType: !41, size: 16)
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !42, line: 28, baseType: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!43 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !37, file: !38, line: 186, baseType: !45, size: 112, offset: 16)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 14)
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !35, line: 40, baseType: !43)
!49 = !{!0, !7, !12}
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !33, line: 27, baseType: !51)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !35, line: 45, baseType: !52)
!52 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!53 = !{i32 7, !"Dwarf Version", i32 5}
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 1, !"wchar_size", i32 4}
!56 = !{i32 8, !"PIC Level", i32 2}
!57 = !{i32 7, !"PIE Level", i32 2}
!58 = !{i32 7, !"uwtable", i32 2}
!59 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!60 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!61 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 27, type: !62, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !67)
!62 = !DISubroutineType(types: !63)
!63 = !{!64, !64, !65}
!64 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!67 = !{!68, !69, !70, !71}
!68 = !DILocalVariable(name: "argc", arg: 1, scope: !61, file: !2, line: 27, type: !64)
!69 = !DILocalVariable(name: "argv", arg: 2, scope: !61, file: !2, line: 27, type: !65)
!70 = !DILocalVariable(name: "fd", scope: !61, file: !2, line: 30, type: !64)
!71 = !DILocalVariable(name: "addr", scope: !61, file: !2, line: 35, type: !72)
!72 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !31, line: 245, size: 128, elements: !73)
!73 = !{!74, !75, !78, !82}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !72, file: !31, line: 247, baseType: !41, size: 16)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !72, file: !31, line: 248, baseType: !76, size: 16, offset: 16)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !31, line: 123, baseType: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !33, line: 25, baseType: !48)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !72, file: !31, line: 249, baseType: !79, size: 32, offset: 32)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !31, line: 31, size: 32, elements: !80)
!80 = !{!81}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !79, file: !31, line: 33, baseType: !30, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !72, file: !31, line: 252, baseType: !83, size: 64, offset: 64)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 64, elements: !85)
!84 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!85 = !{!86}
!86 = !DISubrange(count: 8)
!87 = distinct !DIAssignID()
!88 = !DILocalVariable(name: "buf", scope: !89, file: !2, line: 14, type: !107)
!89 = distinct !DISubprogram(name: "serve", scope: !2, file: !2, line: 13, type: !90, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !92)
!90 = !DISubroutineType(types: !91)
!91 = !{null, !64}
!92 = !{!93, !88, !94, !98, !101, !106}
!93 = !DILocalVariable(name: "fd", arg: 1, scope: !89, file: !2, line: 13, type: !64)
!94 = !DILocalVariable(name: "cli", scope: !95, file: !2, line: 16, type: !72)
!95 = distinct !DILexicalBlock(scope: !96, file: !2, line: 15, column: 12)
!96 = distinct !DILexicalBlock(scope: !97, file: !2, line: 15, column: 3)
!97 = distinct !DILexicalBlock(scope: !89, file: !2, line: 15, column: 3)
!98 = !DILocalVariable(name: "cl", scope: !95, file: !2, line: 17, type: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !38, line: 33, baseType: !100)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !35, line: 210, baseType: !18)
!101 = !DILocalVariable(name: "n", scope: !95, file: !2, line: 18, type: !102)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !103, line: 108, baseType: !104)
!103 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!104 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !35, line: 194, baseType: !105)
!105 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!106 = !DILocalVariable(name: "v", scope: !95, file: !2, line: 22, type: !50)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 512)
!110 = !DILocation(line: 0, scope: !89, inlinedAt: !111)
!111 = distinct !DILocation(line: 45, column: 3, scope: !61)
!112 = distinct !DIAssignID()
!113 = !DILocation(line: 0, scope: !95, inlinedAt: !111)
!114 = distinct !DIAssignID()
!115 = distinct !DIAssignID()
!116 = distinct !DIAssignID()
!117 = !DILocation(line: 0, scope: !61)
!118 = !DILocation(line: 30, column: 12, scope: !61)
!119 = !DILocation(line: 31, column: 10, scope: !120)
!120 = distinct !DILexicalBlock(scope: !61, file: !2, line: 31, column: 7)
!121 = !DILocation(line: 31, column: 7, scope: !61)
!122 = !DILocation(line: 32, column: 5, scope: !123)
!123 = distinct !DILexicalBlock(scope: !120, file: !2, line: 31, column: 15)
!124 = !DILocation(line: 33, column: 5, scope: !123)
!125 = !DILocation(line: 35, column: 3, scope: !61)
!126 = !DILocation(line: 36, column: 3, scope: !61)
!127 = distinct !DIAssignID()
!128 = distinct !DIAssignID()
!129 = !DILocation(line: 37, column: 19, scope: !61)
!130 = !{!131, !132, i64 0}
!131 = !{!"sockaddr_in", !132, i64 0, !132, i64 2, !135, i64 4, !133, i64 8}
!132 = !{!"short", !133, i64 0}
!133 = !{!"omnipotent char", !134, i64 0}
!134 = !{!"Simple C/C++ TBAA"}
!135 = !{!"in_addr", !136, i64 0}
!136 = !{!"int", !133, i64 0}
!137 = distinct !DIAssignID()
!138 = !DILocation(line: 38, column: 8, scope: !61)
!139 = !DILocation(line: 38, column: 17, scope: !61)
!140 = !{!131, !132, i64 2}
!141 = distinct !DIAssignID()
!142 = !DILocalVariable(name: "__bsx", arg: 1, scope: !143, file: !144, line: 49, type: !34)
!143 = distinct !DISubprogram(name: "__bswap_32", scope: !144, file: !144, line: 49, type: !145, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !147)
!144 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!145 = !DISubroutineType(types: !146)
!146 = !{!34, !34}
!147 = !{!142}
!148 = !DILocation(line: 0, scope: !143, inlinedAt: !149)
!149 = distinct !DILocation(line: 39, column: 26, scope: !61)
!150 = !DILocation(line: 39, column: 8, scope: !61)
!151 = !DILocation(line: 39, column: 24, scope: !61)
!152 = !{!131, !136, i64 4}
!153 = distinct !DIAssignID()
!154 = !DILocation(line: 40, column: 7, scope: !155)
!155 = distinct !DILexicalBlock(scope: !61, file: !2, line: 40, column: 7)
!156 = !DILocation(line: 40, column: 56, scope: !155)
!157 = !DILocation(line: 40, column: 7, scope: !61)
!158 = !DILocation(line: 41, column: 5, scope: !159)
!159 = distinct !DILexicalBlock(scope: !155, file: !2, line: 40, column: 61)
!160 = !DILocation(line: 42, column: 5, scope: !159)
!161 = !DILocation(line: 47, column: 1, scope: !61)
!162 = !DILocation(line: 14, column: 3, scope: !89, inlinedAt: !111)
!163 = !DILocation(line: 15, column: 3, scope: !89, inlinedAt: !111)
!164 = !DILocation(line: 16, column: 5, scope: !95, inlinedAt: !111)
!165 = !DILocation(line: 17, column: 5, scope: !95, inlinedAt: !111)
!166 = !DILocation(line: 17, column: 15, scope: !95, inlinedAt: !111)
!167 = !{!136, !136, i64 0}
!168 = distinct !DIAssignID()
!169 = !DILocation(line: 18, column: 17, scope: !95, inlinedAt: !111)
!170 = !DILocation(line: 19, column: 11, scope: !171, inlinedAt: !111)
!171 = distinct !DILexicalBlock(scope: !95, file: !2, line: 19, column: 9)
!172 = !DILocation(line: 19, column: 9, scope: !95, inlinedAt: !111)
!173 = distinct !{!173, !174, !175}
!174 = !DILocation(line: 15, column: 3, scope: !97, inlinedAt: !111)
!175 = !DILocation(line: 24, column: 3, scope: !97, inlinedAt: !111)
!176 = !DILocation(line: 21, column: 9, scope: !95, inlinedAt: !111)
!177 = !{!178, !178, i64 0}
!178 = !{!"long", !133, i64 0}
!179 = !DILocation(line: 22, column: 5, scope: !95, inlinedAt: !111)
!180 = !DILocation(line: 22, column: 18, scope: !95, inlinedAt: !111)
!181 = !DILocation(line: 0, scope: !143, inlinedAt: !182)
!182 = distinct !DILocation(line: 22, column: 18, scope: !95, inlinedAt: !111)
!183 = !DILocation(line: 54, column: 10, scope: !143, inlinedAt: !182)
!184 = !DILocation(line: 22, column: 14, scope: !95, inlinedAt: !111)
!185 = distinct !DIAssignID()
!186 = !DILocation(line: 23, column: 59, scope: !95, inlinedAt: !111)
!187 = !DILocation(line: 23, column: 5, scope: !95, inlinedAt: !111)
!188 = !DILocation(line: 24, column: 3, scope: !96, inlinedAt: !111)
!189 = !DISubprogram(name: "socket", scope: !190, file: !190, line: 102, type: !191, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!190 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!191 = !DISubroutineType(types: !192)
!192 = !{!64, !64, !64, !64}
!193 = !DISubprogram(name: "perror", scope: !194, file: !194, line: 804, type: !195, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!194 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!195 = !DISubroutineType(types: !196)
!196 = !{null, !197}
!197 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !198, size: 64)
!198 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!199 = !DISubprogram(name: "bind", scope: !190, file: !190, line: 112, type: !200, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!200 = !DISubroutineType(types: !201)
!201 = !{!64, !64, !202, !99}
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !203, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !37)
!204 = !DISubprogram(name: "close", scope: !205, file: !205, line: 358, type: !206, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!206 = !DISubroutineType(types: !207)
!207 = !{!64, !64}
!208 = !DISubprogram(name: "recvfrom", scope: !190, file: !190, line: 163, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubroutineType(types: !210)
!210 = !{!102, !64, !211, !213, !64, !215, !216}
!211 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !212)
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!213 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !214, line: 18, baseType: !52)
!214 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!215 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !36)
!216 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !99, size: 64)
!218 = !DISubprogram(name: "sendto", scope: !190, file: !190, line: 152, type: !219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DISubroutineType(types: !220)
!220 = !{!102, !64, !221, !213, !64, !202, !99}
!221 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !222, size: 64)
!222 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
