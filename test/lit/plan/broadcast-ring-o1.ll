; broadcast-ring.c (see broadcast-ring.ll) at -O1: the broadcast loop's
; guard is `last + 1 == 0` in 8 bits, once in 256 messages; BPI's 12:20
; for `== 0` put the broadcast at 62.5% of requests. Now 255/256 = 99.6%.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'broadcast-ring.c'
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost MultipleReplies (sendto at broadcast-ring.c:30)
; CHECK-NEXT:  blocked: MultipleReplies sendto at broadcast-ring.c:30 (reached by 99.6% of requests)
; CHECK-NEXT:  blocked: ReplyElsewhere sendto to an address other than the request's source at broadcast-ring.c:30 (reached by 99.6% of requests)
; CHECK-NEXT:  blocked: PreArrivalState loop-carried local 'last' at broadcast-ring.c:28 (reached by 100.0% of requests)
; (the relay's log line at broadcast-ring.c:27 would be recorded for the
; runtime to replay: no blocker, Support/LogRecords.h)
;
; MADE-FROM: Inputs/broadcast-ring.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - broadcast-ring.c

; ModuleID = 'broadcast-ring.c'
source_filename = "broadcast-ring.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: noreturn nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !40 {
  %1 = alloca [1000 x i8], align 16, !DIAssignID !85
    #dbg_assign(i1 undef, !45, !DIExpression(), !85, ptr %1, !DIExpression(), !86)
  %2 = alloca [256 x %struct.sockaddr_in], align 16, !DIAssignID !87
    #dbg_assign(i1 undef, !49, !DIExpression(), !87, ptr %2, !DIExpression(), !86)
  %3 = alloca %struct.sockaddr_in, align 4, !DIAssignID !88
    #dbg_assign(i1 undef, !73, !DIExpression(), !88, ptr %3, !DIExpression(), !86)
  %4 = alloca i32, align 4, !DIAssignID !89
    #dbg_assign(i1 undef, !74, !DIExpression(), !89, ptr %4, !DIExpression(), !86)
  call void @llvm.lifetime.start.p0(i64 1000, ptr nonnull %1) #7, !dbg !90
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %2) #7, !dbg !91
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #7, !dbg !91
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #7, !dbg !92
  store i32 16, ptr %4, align 4, !dbg !93, !tbaa !94, !DIAssignID !98
    #dbg_assign(i32 16, !74, !DIExpression(), !98, ptr %4, !DIExpression(), !86)
    #dbg_value(i8 0, !77, !DIExpression(), !86)
  %5 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !99
    #dbg_value(i32 %5, !78, !DIExpression(), !86)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %3, i8 0, i64 16, i1 false), !dbg !100, !DIAssignID !101
    #dbg_assign(i8 0, !73, !DIExpression(), !101, ptr %3, !DIExpression(), !86)
  store i16 2, ptr %3, align 4, !dbg !102, !tbaa !103, !DIAssignID !107
    #dbg_assign(i16 2, !73, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !107, ptr %3, !DIExpression(), !86)
  %6 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !108
  store i16 17160, ptr %6, align 2, !dbg !109, !tbaa !110, !DIAssignID !111
    #dbg_assign(i16 17160, !73, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !111, ptr %6, !DIExpression(), !86)
  %7 = call i32 @bind(i32 noundef %5, ptr noundef nonnull %3, i32 noundef 16) #7, !dbg !112
  br label %10, !dbg !113

8:                                                ; preds = %24, %10
  %9 = add i8 %11, 1, !dbg !114
  br label %10, !dbg !114, !llvm.loop !115

10:                                               ; preds = %8, %0
  %11 = phi i8 [ %9, %8 ], [ 1, %0 ], !dbg !86
  %12 = phi i8 [ %18, %8 ], [ 0, %0 ], !dbg !86
    #dbg_value(i8 %12, !77, !DIExpression(), !86)
  %13 = call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %1, i64 noundef 999, i32 noundef 0, ptr noundef nonnull %3, ptr noundef nonnull %4) #7, !dbg !118
    #dbg_value(i64 %13, !79, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !119)
  %14 = shl i64 %13, 32, !dbg !120
  %15 = ashr exact i64 %14, 32, !dbg !120
  %16 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 %15, !dbg !120
  store i8 0, ptr %16, align 1, !dbg !121, !tbaa !122
  %17 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1), !dbg !123
  %18 = add i8 %12, 1, !dbg !124
    #dbg_value(i8 %18, !77, !DIExpression(), !86)
  %19 = zext i8 %12 to i64, !dbg !125
  %20 = getelementptr inbounds [256 x %struct.sockaddr_in], ptr %2, i64 0, i64 %19, !dbg !125
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %20, ptr noundef nonnull align 4 dereferenceable(16) %3, i64 16, i1 false), !dbg !126, !tbaa.struct !127
    #dbg_value(i8 0, !83, !DIExpression(), !129)
  %21 = icmp eq i8 %18, 0, !dbg !130
  br i1 %21, label %8, label %22, !dbg !132

22:                                               ; preds = %10
  %23 = zext i8 %11 to i64, !dbg !130
  br label %24, !dbg !132

24:                                               ; preds = %22, %24
  %25 = phi i64 [ 0, %22 ], [ %28, %24 ]
    #dbg_value(i64 %25, !83, !DIExpression(), !129)
  %26 = getelementptr inbounds [256 x %struct.sockaddr_in], ptr %2, i64 0, i64 %25, !dbg !133
  %27 = call i64 @sendto(i32 noundef %5, ptr noundef nonnull %1, i64 noundef %15, i32 noundef 0, ptr noundef nonnull %26, i32 noundef 16) #7, !dbg !134
  %28 = add nuw nsw i64 %25, 1, !dbg !135
    #dbg_value(i64 %28, !83, !DIExpression(), !129)
  %29 = icmp eq i64 %28, %23, !dbg !130
  br i1 %29, label %8, label %24, !dbg !132, !llvm.loop !136
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !139 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !143 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !148 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !163 noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !169 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

attributes #0 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!32, !33, !34, !35, !36, !37, !38}
!llvm.ident = !{!39}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "broadcast-ring.c", directory: "/work/wt-weights/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "e6645fbf7ed9b4220d36eeccbcb65d7f")
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
!16 = !{!17, !30}
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
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !31, line: 40, baseType: !24)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!32 = !{i32 7, !"Dwarf Version", i32 5}
!33 = !{i32 2, !"Debug Info Version", i32 3}
!34 = !{i32 1, !"wchar_size", i32 4}
!35 = !{i32 8, !"PIC Level", i32 2}
!36 = !{i32 7, !"PIE Level", i32 2}
!37 = !{i32 7, !"uwtable", i32 2}
!38 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!39 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!40 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 13, type: !41, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!43}
!43 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!44 = !{!45, !49, !73, !74, !77, !78, !79, !83}
!45 = !DILocalVariable(name: "buffer", scope: !40, file: !1, line: 14, type: !46)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 8000, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 1000)
!49 = !DILocalVariable(name: "ring", scope: !40, file: !1, line: 15, type: !50)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 32768, elements: !71)
!51 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !52, line: 245, size: 128, elements: !53)
!52 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!53 = !{!54, !55, !59, !66}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !51, file: !52, line: 247, baseType: !22, size: 16)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !51, file: !52, line: 248, baseType: !56, size: 16, offset: 16)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !52, line: 123, baseType: !57)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !58, line: 25, baseType: !30)
!58 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !51, file: !52, line: 249, baseType: !60, size: 32, offset: 32)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !52, line: 31, size: 32, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !60, file: !52, line: 33, baseType: !63, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !52, line: 30, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !58, line: 26, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !31, line: 42, baseType: !5)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !51, file: !52, line: 252, baseType: !67, size: 64, offset: 64)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 64, elements: !69)
!68 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!69 = !{!70}
!70 = !DISubrange(count: 8)
!71 = !{!72}
!72 = !DISubrange(count: 256)
!73 = !DILocalVariable(name: "from", scope: !40, file: !1, line: 15, type: !51)
!74 = !DILocalVariable(name: "len", scope: !40, file: !1, line: 16, type: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !19, line: 33, baseType: !76)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !31, line: 210, baseType: !5)
!77 = !DILocalVariable(name: "last", scope: !40, file: !1, line: 17, type: !68)
!78 = !DILocalVariable(name: "fd", scope: !40, file: !1, line: 18, type: !43)
!79 = !DILocalVariable(name: "n", scope: !80, file: !1, line: 24, type: !43)
!80 = distinct !DILexicalBlock(scope: !81, file: !1, line: 23, column: 12)
!81 = distinct !DILexicalBlock(scope: !82, file: !1, line: 23, column: 3)
!82 = distinct !DILexicalBlock(scope: !40, file: !1, line: 23, column: 3)
!83 = !DILocalVariable(name: "i", scope: !84, file: !1, line: 29, type: !68)
!84 = distinct !DILexicalBlock(scope: !80, file: !1, line: 29, column: 5)
!85 = distinct !DIAssignID()
!86 = !DILocation(line: 0, scope: !40)
!87 = distinct !DIAssignID()
!88 = distinct !DIAssignID()
!89 = distinct !DIAssignID()
!90 = !DILocation(line: 14, column: 3, scope: !40)
!91 = !DILocation(line: 15, column: 3, scope: !40)
!92 = !DILocation(line: 16, column: 3, scope: !40)
!93 = !DILocation(line: 16, column: 13, scope: !40)
!94 = !{!95, !95, i64 0}
!95 = !{!"int", !96, i64 0}
!96 = !{!"omnipotent char", !97, i64 0}
!97 = !{!"Simple C/C++ TBAA"}
!98 = distinct !DIAssignID()
!99 = !DILocation(line: 18, column: 12, scope: !40)
!100 = !DILocation(line: 19, column: 3, scope: !40)
!101 = distinct !DIAssignID()
!102 = !DILocation(line: 20, column: 19, scope: !40)
!103 = !{!104, !105, i64 0}
!104 = !{!"sockaddr_in", !105, i64 0, !105, i64 2, !106, i64 4, !96, i64 8}
!105 = !{!"short", !96, i64 0}
!106 = !{!"in_addr", !95, i64 0}
!107 = distinct !DIAssignID()
!108 = !DILocation(line: 21, column: 8, scope: !40)
!109 = !DILocation(line: 21, column: 17, scope: !40)
!110 = !{!104, !105, i64 2}
!111 = distinct !DIAssignID()
!112 = !DILocation(line: 22, column: 3, scope: !40)
!113 = !DILocation(line: 23, column: 3, scope: !40)
!114 = !DILocation(line: 23, column: 3, scope: !82)
!115 = distinct !{!115, !114, !116, !117}
!116 = !DILocation(line: 31, column: 3, scope: !82)
!117 = !{!"llvm.loop.unroll.disable"}
!118 = !DILocation(line: 24, column: 13, scope: !80)
!119 = !DILocation(line: 0, scope: !80)
!120 = !DILocation(line: 26, column: 5, scope: !80)
!121 = !DILocation(line: 26, column: 15, scope: !80)
!122 = !{!96, !96, i64 0}
!123 = !DILocation(line: 27, column: 5, scope: !80)
!124 = !DILocation(line: 28, column: 14, scope: !80)
!125 = !DILocation(line: 28, column: 5, scope: !80)
!126 = !DILocation(line: 28, column: 20, scope: !80)
!127 = !{i64 0, i64 2, !128, i64 2, i64 2, !128, i64 4, i64 4, !94, i64 8, i64 8, !122}
!128 = !{!105, !105, i64 0}
!129 = !DILocation(line: 0, scope: !84)
!130 = !DILocation(line: 29, column: 33, scope: !131)
!131 = distinct !DILexicalBlock(scope: !84, file: !1, line: 29, column: 5)
!132 = !DILocation(line: 29, column: 5, scope: !84)
!133 = !DILocation(line: 30, column: 52, scope: !131)
!134 = !DILocation(line: 30, column: 7, scope: !131)
!135 = !DILocation(line: 29, column: 42, scope: !131)
!136 = distinct !{!136, !132, !137, !138, !117}
!137 = !DILocation(line: 30, column: 76, scope: !84)
!138 = !{!"llvm.loop.mustprogress"}
!139 = !DISubprogram(name: "socket", scope: !140, file: !140, line: 102, type: !141, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!140 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!141 = !DISubroutineType(types: !142)
!142 = !{!43, !43, !43, !43}
!143 = !DISubprogram(name: "bind", scope: !140, file: !140, line: 112, type: !144, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!144 = !DISubroutineType(types: !145)
!145 = !{!43, !43, !146, !75}
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !147, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!148 = !DISubprogram(name: "recvfrom", scope: !140, file: !140, line: 163, type: !149, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!149 = !DISubroutineType(types: !150)
!150 = !{!151, !43, !155, !157, !43, !160, !161}
!151 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !152, line: 108, baseType: !153)
!152 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !31, line: 194, baseType: !154)
!154 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!155 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !156)
!156 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !158, line: 18, baseType: !159)
!158 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!159 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!160 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !17)
!161 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !162)
!162 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64)
!163 = !DISubprogram(name: "puts", scope: !164, file: !164, line: 661, type: !165, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!164 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!165 = !DISubroutineType(types: !166)
!166 = !{!43, !167}
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !168, size: 64)
!168 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !27)
!169 = !DISubprogram(name: "sendto", scope: !140, file: !140, line: 152, type: !170, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!170 = !DISubroutineType(types: !171)
!171 = !{!151, !43, !172, !157, !43, !146, !75}
!172 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !173, size: 64)
!173 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
