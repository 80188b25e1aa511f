; udp-poll.c at -O2: handle() is inlined into main, htons() is folded into a
; constant and the sockaddr stores are merged; the landmarks are the same
; source lines, now all in main.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-poll.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-poll.c:22
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at udp-poll.c:28
; CHECK-NEXT: event-loop #0: poll in main at udp-poll.c:31, waits in poll at udp-poll.c:32
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at udp-poll.c:14 (called at udp-poll.c:35), loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at udp-poll.c:18 (called at udp-poll.c:35), loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-poll.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - udp-poll.c

; ModuleID = 'udp-poll.c'
source_filename = "udp-poll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@counter = internal unnamed_addr global i32 0, align 4, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !49 {
  %1 = alloca [512 x i8], align 16, !DIAssignID !78
    #dbg_assign(i1 undef, !79, !DIExpression(), !78, ptr %1, !DIExpression(), !97)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !103
    #dbg_assign(i1 undef, !85, !DIExpression(), !103, ptr %2, !DIExpression(), !97)
  %3 = alloca i32, align 4, !DIAssignID !104
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !105
    #dbg_assign(i1 undef, !54, !DIExpression(), !105, ptr %4, !DIExpression(), !106)
  %5 = alloca %struct.pollfd, align 4, !DIAssignID !107
    #dbg_assign(i1 undef, !70, !DIExpression(), !107, ptr %5, !DIExpression(), !106)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #4, !dbg !108
    #dbg_value(i32 %6, !53, !DIExpression(), !106)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #4, !dbg !109
  %7 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !110
  store i64 0, ptr %7, align 4, !dbg !110, !DIAssignID !111
    #dbg_assign(i64 0, !54, !DIExpression(), !111, ptr %4, !DIExpression(), !106)
    #dbg_assign(i8 0, !54, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !112, ptr undef, !DIExpression(), !106)
  store i16 2, ptr %4, align 4, !dbg !113, !tbaa !114, !DIAssignID !121
    #dbg_assign(i16 2, !54, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !121, ptr %4, !DIExpression(), !106)
  %8 = getelementptr inbounds i8, ptr %4, i64 2, !dbg !122
  store i16 10275, ptr %8, align 2, !dbg !123, !tbaa !124, !DIAssignID !125
    #dbg_assign(i16 10275, !54, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !125, ptr %8, !DIExpression(), !106)
  %9 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !126
  store i32 0, ptr %9, align 4, !dbg !127, !tbaa !128, !DIAssignID !129
    #dbg_assign(i32 0, !54, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !129, ptr %9, !DIExpression(), !106)
  %10 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %4, i32 noundef 16) #4, !dbg !130
  %11 = icmp slt i32 %10, 0, !dbg !132
  br i1 %11, label %12, label %13, !dbg !133

12:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #4, !dbg !134
  ret i32 1, !dbg !135

13:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #4, !dbg !136
  store i32 %6, ptr %5, align 4, !dbg !137, !tbaa !138, !DIAssignID !140
    #dbg_assign(i32 %6, !70, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !140, ptr %5, !DIExpression(), !106)
  %14 = getelementptr inbounds i8, ptr %5, i64 4, !dbg !137
  store i16 1, ptr %14, align 4, !dbg !137, !tbaa !141, !DIAssignID !142
    #dbg_assign(i16 1, !70, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !142, ptr %14, !DIExpression(), !106)
  %15 = getelementptr inbounds i8, ptr %5, i64 6, !dbg !137
  store i16 0, ptr %15, align 2, !dbg !137, !tbaa !143, !DIAssignID !144
    #dbg_assign(i16 0, !70, !DIExpression(DW_OP_LLVM_fragment, 48, 16), !144, ptr %15, !DIExpression(), !106)
  br label %16, !dbg !145

16:                                               ; preds = %23, %13
  %17 = call i32 @poll(ptr noundef nonnull %5, i64 noundef 1, i32 noundef -1) #4, !dbg !146
  %18 = icmp slt i32 %17, 0, !dbg !148
  br i1 %18, label %23, label %19, !dbg !149

19:                                               ; preds = %16
  %20 = load i16, ptr %15, align 2, !dbg !150, !tbaa !143
  %21 = and i16 %20, 1, !dbg !151
  %22 = icmp eq i16 %21, 0, !dbg !151
  br i1 %22, label %23, label %24, !dbg !152

23:                                               ; preds = %19, %32, %16
  br label %16, !dbg !146, !llvm.loop !153

24:                                               ; preds = %19
    #dbg_assign(i1 undef, !86, !DIExpression(), !104, ptr %3, !DIExpression(), !97)
    #dbg_value(i32 %6, !84, !DIExpression(), !97)
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #4, !dbg !156
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #4, !dbg !157
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #4, !dbg !158
  store i32 16, ptr %3, align 4, !dbg !159, !tbaa !160, !DIAssignID !161
    #dbg_assign(i32 16, !86, !DIExpression(), !161, ptr %3, !DIExpression(), !97)
  %25 = call i64 @recvfrom(i32 noundef %6, ptr noundef nonnull %1, i64 noundef 512, i32 noundef 0, ptr noundef nonnull %2, ptr noundef nonnull %3) #4, !dbg !162
    #dbg_value(i64 %25, !89, !DIExpression(), !97)
  %26 = icmp slt i64 %25, 1, !dbg !163
  br i1 %26, label %32, label %27, !dbg !165

27:                                               ; preds = %24
  %28 = load i32, ptr @counter, align 4, !dbg !166, !tbaa !160
  %29 = add nsw i32 %28, 1, !dbg !166
  store i32 %29, ptr @counter, align 4, !dbg !166, !tbaa !160
  %30 = load i32, ptr %3, align 4, !dbg !167, !tbaa !160
  %31 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %1, i64 noundef %25, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %30) #4, !dbg !168
  br label %32, !dbg !169

32:                                               ; preds = %24, %27
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #4, !dbg !169
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #4, !dbg !169
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #4, !dbg !169
  br label %23, !dbg !170
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !171 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !175 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !180 i32 @poll(ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !186 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !196 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!41, !42, !43, !44, !45, !46, !47}
!llvm.ident = !{!48}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 8, type: !40, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !39, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "udp-poll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "2221be1c82d4489ff39955764caf0b61")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !6, line: 24, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17}
!9 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!10 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!11 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!12 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!13 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!14 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!15 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!16 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!17 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!18 = !{!19, !25, !38}
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !20, line: 30, baseType: !21)
!20 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !7)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!39 = !{!0}
!40 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!41 = !{i32 7, !"Dwarf Version", i32 5}
!42 = !{i32 2, !"Debug Info Version", i32 3}
!43 = !{i32 1, !"wchar_size", i32 4}
!44 = !{i32 8, !"PIC Level", i32 2}
!45 = !{i32 7, !"PIE Level", i32 2}
!46 = !{i32 7, !"uwtable", i32 2}
!47 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!48 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!49 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 21, type: !50, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !52)
!50 = !DISubroutineType(types: !51)
!51 = !{!40}
!52 = !{!53, !54, !70}
!53 = !DILocalVariable(name: "fd", scope: !49, file: !3, line: 22, type: !40)
!54 = !DILocalVariable(name: "addr", scope: !49, file: !3, line: 23, type: !55)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !56)
!56 = !{!57, !58, !61, !65}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !55, file: !20, line: 247, baseType: !30, size: 16)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !55, file: !20, line: 248, baseType: !59, size: 16, offset: 16)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !60)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !38)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !55, file: !20, line: 249, baseType: !62, size: 32, offset: 32)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !63)
!63 = !{!64}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !62, file: !20, line: 33, baseType: !19, size: 32)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !55, file: !20, line: 252, baseType: !66, size: 64, offset: 64)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !67, size: 64, elements: !68)
!67 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!68 = !{!69}
!69 = !DISubrange(count: 8)
!70 = !DILocalVariable(name: "pfd", scope: !49, file: !3, line: 30, type: !71)
!71 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !72, line: 36, size: 64, elements: !73)
!72 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!73 = !{!74, !75, !77}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !71, file: !72, line: 38, baseType: !40, size: 32)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !71, file: !72, line: 39, baseType: !76, size: 16, offset: 32)
!76 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !71, file: !72, line: 40, baseType: !76, size: 16, offset: 48)
!78 = distinct !DIAssignID()
!79 = !DILocalVariable(name: "buf", scope: !80, file: !3, line: 11, type: !94)
!80 = distinct !DISubprogram(name: "handle", scope: !3, file: !3, line: 10, type: !81, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!81 = !DISubroutineType(types: !82)
!82 = !{null, !40}
!83 = !{!84, !79, !85, !86, !89}
!84 = !DILocalVariable(name: "fd", arg: 1, scope: !80, file: !3, line: 10, type: !40)
!85 = !DILocalVariable(name: "src", scope: !80, file: !3, line: 12, type: !55)
!86 = !DILocalVariable(name: "len", scope: !80, file: !3, line: 13, type: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!89 = !DILocalVariable(name: "n", scope: !80, file: !3, line: 14, type: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !91, line: 108, baseType: !92)
!91 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !93)
!93 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 512)
!97 = !DILocation(line: 0, scope: !80, inlinedAt: !98)
!98 = distinct !DILocation(line: 35, column: 7, scope: !99)
!99 = distinct !DILexicalBlock(scope: !100, file: !3, line: 34, column: 9)
!100 = distinct !DILexicalBlock(scope: !101, file: !3, line: 31, column: 12)
!101 = distinct !DILexicalBlock(scope: !102, file: !3, line: 31, column: 3)
!102 = distinct !DILexicalBlock(scope: !49, file: !3, line: 31, column: 3)
!103 = distinct !DIAssignID()
!104 = distinct !DIAssignID()
!105 = distinct !DIAssignID()
!106 = !DILocation(line: 0, scope: !49)
!107 = distinct !DIAssignID()
!108 = !DILocation(line: 22, column: 12, scope: !49)
!109 = !DILocation(line: 23, column: 3, scope: !49)
!110 = !DILocation(line: 24, column: 3, scope: !49)
!111 = distinct !DIAssignID()
!112 = distinct !DIAssignID()
!113 = !DILocation(line: 25, column: 19, scope: !49)
!114 = !{!115, !116, i64 0}
!115 = !{!"sockaddr_in", !116, i64 0, !116, i64 2, !119, i64 4, !117, i64 8}
!116 = !{!"short", !117, i64 0}
!117 = !{!"omnipotent char", !118, i64 0}
!118 = !{!"Simple C/C++ TBAA"}
!119 = !{!"in_addr", !120, i64 0}
!120 = !{!"int", !117, i64 0}
!121 = distinct !DIAssignID()
!122 = !DILocation(line: 26, column: 8, scope: !49)
!123 = !DILocation(line: 26, column: 17, scope: !49)
!124 = !{!115, !116, i64 2}
!125 = distinct !DIAssignID()
!126 = !DILocation(line: 27, column: 8, scope: !49)
!127 = !DILocation(line: 27, column: 24, scope: !49)
!128 = !{!115, !120, i64 4}
!129 = distinct !DIAssignID()
!130 = !DILocation(line: 28, column: 7, scope: !131)
!131 = distinct !DILexicalBlock(scope: !49, file: !3, line: 28, column: 7)
!132 = !DILocation(line: 28, column: 56, scope: !131)
!133 = !DILocation(line: 28, column: 7, scope: !49)
!134 = !DILocation(line: 37, column: 1, scope: !49)
!135 = !DILocation(line: 29, column: 5, scope: !131)
!136 = !DILocation(line: 30, column: 3, scope: !49)
!137 = !DILocation(line: 30, column: 23, scope: !49)
!138 = !{!139, !120, i64 0}
!139 = !{!"pollfd", !120, i64 0, !116, i64 4, !116, i64 6}
!140 = distinct !DIAssignID()
!141 = !{!139, !116, i64 4}
!142 = distinct !DIAssignID()
!143 = !{!139, !116, i64 6}
!144 = distinct !DIAssignID()
!145 = !DILocation(line: 31, column: 3, scope: !49)
!146 = !DILocation(line: 32, column: 9, scope: !147)
!147 = distinct !DILexicalBlock(scope: !100, file: !3, line: 32, column: 9)
!148 = !DILocation(line: 32, column: 27, scope: !147)
!149 = !DILocation(line: 32, column: 9, scope: !100)
!150 = !DILocation(line: 34, column: 13, scope: !99)
!151 = !DILocation(line: 34, column: 21, scope: !99)
!152 = !DILocation(line: 34, column: 9, scope: !100)
!153 = distinct !{!153, !154, !155}
!154 = !DILocation(line: 31, column: 3, scope: !102)
!155 = !DILocation(line: 36, column: 3, scope: !102)
!156 = !DILocation(line: 11, column: 3, scope: !80, inlinedAt: !98)
!157 = !DILocation(line: 12, column: 3, scope: !80, inlinedAt: !98)
!158 = !DILocation(line: 13, column: 3, scope: !80, inlinedAt: !98)
!159 = !DILocation(line: 13, column: 13, scope: !80, inlinedAt: !98)
!160 = !{!120, !120, i64 0}
!161 = distinct !DIAssignID()
!162 = !DILocation(line: 14, column: 15, scope: !80, inlinedAt: !98)
!163 = !DILocation(line: 15, column: 9, scope: !164, inlinedAt: !98)
!164 = distinct !DILexicalBlock(scope: !80, file: !3, line: 15, column: 7)
!165 = !DILocation(line: 15, column: 7, scope: !80, inlinedAt: !98)
!166 = !DILocation(line: 17, column: 10, scope: !80, inlinedAt: !98)
!167 = !DILocation(line: 18, column: 50, scope: !80, inlinedAt: !98)
!168 = !DILocation(line: 18, column: 3, scope: !80, inlinedAt: !98)
!169 = !DILocation(line: 19, column: 1, scope: !80, inlinedAt: !98)
!170 = !DILocation(line: 35, column: 7, scope: !99)
!171 = !DISubprogram(name: "socket", scope: !172, file: !172, line: 102, type: !173, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!173 = !DISubroutineType(types: !174)
!174 = !{!40, !40, !40, !40}
!175 = !DISubprogram(name: "bind", scope: !172, file: !172, line: 112, type: !176, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!176 = !DISubroutineType(types: !177)
!177 = !{!40, !40, !178, !87}
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !179, size: 64)
!179 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!180 = !DISubprogram(name: "poll", scope: !72, file: !72, line: 54, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!181 = !DISubroutineType(types: !182)
!182 = !{!40, !183, !184, !40}
!183 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !71, size: 64)
!184 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !72, line: 33, baseType: !185)
!185 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!186 = !DISubprogram(name: "recvfrom", scope: !172, file: !172, line: 163, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!187 = !DISubroutineType(types: !188)
!188 = !{!90, !40, !189, !191, !40, !193, !194}
!189 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !190)
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !192, line: 18, baseType: !185)
!192 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!193 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!194 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !195)
!195 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !87, size: 64)
!196 = !DISubprogram(name: "sendto", scope: !172, file: !172, line: 152, type: !197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DISubroutineType(types: !198)
!198 = !{!90, !40, !199, !191, !40, !178, !87}
!199 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !200, size: 64)
!200 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
