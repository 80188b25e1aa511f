; A UDP server that sets SO_REUSEPORT: the PortMayBeShared finding points at
; the setsockopt() call (other processes may bind the port); the plan still
; offloads it, since the runtime checks each request's socket.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -pass-remarks=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload landmarks for 'udp-reuseport.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-reuseport.c:11
; CHECK-NEXT:   bind: port 9053 address 0.0.0.0 at udp-reuseport.c:21
; CHECK: note: PortMayBeShared: SO_REUSEPORT on socket #0: other processes may bind its port and get part of its requests; the offload answers only the requests the kernel gives this socket (checked at run time) (udp-reuseport.c:14)
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK: remark: udp-reuseport.c:14:{{[0-9]+}}: SO_REUSEPORT on socket #0: other processes may bind its port
; REMARK: remark: udp-reuseport.c:27:{{[0-9]+}}: offloading requests on socket #0 to xdp
;
; MADE-FROM: Inputs/udp-reuseport.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - udp-reuseport.c

; ModuleID = 'udp-reuseport.c'
source_filename = "udp-reuseport.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !45 {
  %1 = alloca i32, align 4, !DIAssignID !84
    #dbg_assign(i1 undef, !50, !DIExpression(), !84, ptr %1, !DIExpression(), !85)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !86
    #dbg_assign(i1 undef, !52, !DIExpression(), !86, ptr %2, !DIExpression(), !85)
  %3 = alloca [512 x i8], align 16, !DIAssignID !87
    #dbg_assign(i1 undef, !68, !DIExpression(), !87, ptr %3, !DIExpression(), !85)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !88
    #dbg_assign(i1 undef, !72, !DIExpression(), !88, ptr %4, !DIExpression(), !89)
  %5 = alloca i32, align 4, !DIAssignID !90
    #dbg_assign(i1 undef, !76, !DIExpression(), !90, ptr %5, !DIExpression(), !89)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #4, !dbg !91
  store i32 1, ptr %1, align 4, !dbg !92, !tbaa !93, !DIAssignID !97
    #dbg_assign(i32 1, !50, !DIExpression(), !97, ptr %1, !DIExpression(), !85)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #4, !dbg !98
    #dbg_value(i32 %6, !51, !DIExpression(), !85)
  %7 = icmp slt i32 %6, 0, !dbg !99
  br i1 %7, label %26, label %8, !dbg !101

8:                                                ; preds = %0
  %9 = call i32 @setsockopt(i32 noundef %6, i32 noundef 1, i32 noundef 15, ptr noundef nonnull %1, i32 noundef 4) #4, !dbg !102
  %10 = icmp slt i32 %9, 0, !dbg !104
  br i1 %10, label %26, label %11, !dbg !105

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #4, !dbg !106
  %12 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !107
  store i64 0, ptr %12, align 4, !dbg !107, !DIAssignID !108
    #dbg_assign(i64 0, !52, !DIExpression(), !108, ptr %2, !DIExpression(), !85)
    #dbg_assign(i8 0, !52, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !109, ptr undef, !DIExpression(), !85)
  store i16 2, ptr %2, align 4, !dbg !110, !tbaa !111, !DIAssignID !115
    #dbg_assign(i16 2, !52, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !115, ptr %2, !DIExpression(), !85)
  %13 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !116
  store i32 0, ptr %13, align 4, !dbg !117, !tbaa !118, !DIAssignID !119
    #dbg_assign(i32 0, !52, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !119, ptr %13, !DIExpression(), !85)
  %14 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !120
  store i16 23843, ptr %14, align 2, !dbg !121, !tbaa !122, !DIAssignID !123
    #dbg_assign(i16 23843, !52, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !123, ptr %14, !DIExpression(), !85)
  %15 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %2, i32 noundef 16) #4, !dbg !124
  %16 = icmp slt i32 %15, 0, !dbg !126
  br i1 %16, label %17, label %18, !dbg !127

17:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #4, !dbg !128
  br label %26

18:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %3) #4, !dbg !129
  br label %19, !dbg !130

19:                                               ; preds = %25, %18
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #4, !dbg !131
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #4, !dbg !132
  store i32 16, ptr %5, align 4, !dbg !133, !tbaa !93, !DIAssignID !134
    #dbg_assign(i32 16, !76, !DIExpression(), !134, ptr %5, !DIExpression(), !89)
  %20 = call i64 @recvfrom(i32 noundef %6, ptr noundef nonnull %3, i64 noundef 512, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %5) #4, !dbg !135
    #dbg_value(i64 %20, !79, !DIExpression(), !89)
  %21 = icmp sgt i64 %20, 0, !dbg !136
  br i1 %21, label %22, label %25, !dbg !138

22:                                               ; preds = %19
  %23 = load i32, ptr %5, align 4, !dbg !139, !tbaa !93
  %24 = call i64 @sendto(i32 noundef %6, ptr noundef nonnull %3, i64 noundef %20, i32 noundef 0, ptr noundef nonnull %4, i32 noundef %23) #4, !dbg !140
  br label %25, !dbg !140

25:                                               ; preds = %22, %19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #4, !dbg !141
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #4, !dbg !141
  br label %19, !dbg !142, !llvm.loop !143

26:                                               ; preds = %8, %0, %17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #4, !dbg !128
  ret i32 1, !dbg !128
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !146 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !150 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !155 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !160 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !171 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!37, !38, !39, !40, !41, !42, !43}
!llvm.ident = !{!44}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "udp-reuseport.c", directory: "/work/wt-iface/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "33121b04ca6bfb01d9f9334107fa683d")
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
!16 = !{!17, !23, !36}
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !18, line: 30, baseType: !19)
!18 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !20, line: 26, baseType: !21)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !22, line: 42, baseType: !5)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !25, line: 183, size: 128, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!26 = !{!27, !31}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !24, file: !25, line: 185, baseType: !28, size: 16)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !29, line: 28, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !24, file: !25, line: 186, baseType: !32, size: 112, offset: 16)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 112, elements: !34)
!33 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!34 = !{!35}
!35 = !DISubrange(count: 14)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !22, line: 40, baseType: !30)
!37 = !{i32 7, !"Dwarf Version", i32 5}
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 1, !"wchar_size", i32 4}
!40 = !{i32 8, !"PIC Level", i32 2}
!41 = !{i32 7, !"PIE Level", i32 2}
!42 = !{i32 7, !"uwtable", i32 2}
!43 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!44 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!45 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 9, type: !46, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !49)
!46 = !DISubroutineType(types: !47)
!47 = !{!48}
!48 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!49 = !{!50, !51, !52, !68, !72, !76, !79}
!50 = !DILocalVariable(name: "one", scope: !45, file: !1, line: 10, type: !48)
!51 = !DILocalVariable(name: "fd", scope: !45, file: !1, line: 11, type: !48)
!52 = !DILocalVariable(name: "addr", scope: !45, file: !1, line: 16, type: !53)
!53 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !54)
!54 = !{!55, !56, !59, !63}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !53, file: !18, line: 247, baseType: !28, size: 16)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !53, file: !18, line: 248, baseType: !57, size: 16, offset: 16)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !58)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !36)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !53, file: !18, line: 249, baseType: !60, size: 32, offset: 32)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !60, file: !18, line: 33, baseType: !17, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !53, file: !18, line: 252, baseType: !64, size: 64, offset: 64)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 64, elements: !66)
!65 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!66 = !{!67}
!67 = !DISubrange(count: 8)
!68 = !DILocalVariable(name: "buf", scope: !45, file: !1, line: 23, type: !69)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4096, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 512)
!72 = !DILocalVariable(name: "c", scope: !73, file: !1, line: 25, type: !53)
!73 = distinct !DILexicalBlock(scope: !74, file: !1, line: 24, column: 12)
!74 = distinct !DILexicalBlock(scope: !75, file: !1, line: 24, column: 3)
!75 = distinct !DILexicalBlock(scope: !45, file: !1, line: 24, column: 3)
!76 = !DILocalVariable(name: "cl", scope: !73, file: !1, line: 26, type: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!79 = !DILocalVariable(name: "n", scope: !73, file: !1, line: 27, type: !80)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !81, line: 108, baseType: !82)
!81 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !83)
!83 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!84 = distinct !DIAssignID()
!85 = !DILocation(line: 0, scope: !45)
!86 = distinct !DIAssignID()
!87 = distinct !DIAssignID()
!88 = distinct !DIAssignID()
!89 = !DILocation(line: 0, scope: !73)
!90 = distinct !DIAssignID()
!91 = !DILocation(line: 10, column: 3, scope: !45)
!92 = !DILocation(line: 10, column: 7, scope: !45)
!93 = !{!94, !94, i64 0}
!94 = !{!"int", !95, i64 0}
!95 = !{!"omnipotent char", !96, i64 0}
!96 = !{!"Simple C/C++ TBAA"}
!97 = distinct !DIAssignID()
!98 = !DILocation(line: 11, column: 12, scope: !45)
!99 = !DILocation(line: 12, column: 10, scope: !100)
!100 = distinct !DILexicalBlock(scope: !45, file: !1, line: 12, column: 7)
!101 = !DILocation(line: 12, column: 7, scope: !45)
!102 = !DILocation(line: 14, column: 7, scope: !103)
!103 = distinct !DILexicalBlock(scope: !45, file: !1, line: 14, column: 7)
!104 = !DILocation(line: 14, column: 67, scope: !103)
!105 = !DILocation(line: 14, column: 7, scope: !45)
!106 = !DILocation(line: 16, column: 3, scope: !45)
!107 = !DILocation(line: 17, column: 3, scope: !45)
!108 = distinct !DIAssignID()
!109 = distinct !DIAssignID()
!110 = !DILocation(line: 18, column: 19, scope: !45)
!111 = !{!112, !113, i64 0}
!112 = !{!"sockaddr_in", !113, i64 0, !113, i64 2, !114, i64 4, !95, i64 8}
!113 = !{!"short", !95, i64 0}
!114 = !{!"in_addr", !94, i64 0}
!115 = distinct !DIAssignID()
!116 = !DILocation(line: 19, column: 8, scope: !45)
!117 = !DILocation(line: 19, column: 24, scope: !45)
!118 = !{!112, !94, i64 4}
!119 = distinct !DIAssignID()
!120 = !DILocation(line: 20, column: 8, scope: !45)
!121 = !DILocation(line: 20, column: 17, scope: !45)
!122 = !{!112, !113, i64 2}
!123 = distinct !DIAssignID()
!124 = !DILocation(line: 21, column: 7, scope: !125)
!125 = distinct !DILexicalBlock(scope: !45, file: !1, line: 21, column: 7)
!126 = !DILocation(line: 21, column: 56, scope: !125)
!127 = !DILocation(line: 21, column: 7, scope: !45)
!128 = !DILocation(line: 31, column: 1, scope: !45)
!129 = !DILocation(line: 23, column: 3, scope: !45)
!130 = !DILocation(line: 24, column: 3, scope: !45)
!131 = !DILocation(line: 25, column: 5, scope: !73)
!132 = !DILocation(line: 26, column: 5, scope: !73)
!133 = !DILocation(line: 26, column: 15, scope: !73)
!134 = distinct !DIAssignID()
!135 = !DILocation(line: 27, column: 17, scope: !73)
!136 = !DILocation(line: 28, column: 11, scope: !137)
!137 = distinct !DILexicalBlock(scope: !73, file: !1, line: 28, column: 9)
!138 = !DILocation(line: 28, column: 9, scope: !73)
!139 = !DILocation(line: 29, column: 52, scope: !137)
!140 = !DILocation(line: 29, column: 7, scope: !137)
!141 = !DILocation(line: 30, column: 3, scope: !74)
!142 = !DILocation(line: 24, column: 3, scope: !74)
!143 = distinct !{!143, !144, !145}
!144 = !DILocation(line: 24, column: 3, scope: !75)
!145 = !DILocation(line: 30, column: 3, scope: !75)
!146 = !DISubprogram(name: "socket", scope: !147, file: !147, line: 102, type: !148, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!147 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!148 = !DISubroutineType(types: !149)
!149 = !{!48, !48, !48, !48}
!150 = !DISubprogram(name: "setsockopt", scope: !147, file: !147, line: 277, type: !151, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!151 = !DISubroutineType(types: !152)
!152 = !{!48, !48, !48, !48, !153, !77}
!153 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !154, size: 64)
!154 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!155 = !DISubprogram(name: "bind", scope: !147, file: !147, line: 112, type: !156, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!156 = !DISubroutineType(types: !157)
!157 = !{!48, !48, !158, !77}
!158 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !159, size: 64)
!159 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!160 = !DISubprogram(name: "recvfrom", scope: !147, file: !147, line: 163, type: !161, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!161 = !DISubroutineType(types: !162)
!162 = !{!80, !48, !163, !165, !48, !168, !169}
!163 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !164)
!164 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!165 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !166, line: 18, baseType: !167)
!166 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!167 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!168 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!169 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !170)
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64)
!171 = !DISubprogram(name: "sendto", scope: !147, file: !147, line: 152, type: !172, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DISubroutineType(types: !173)
!173 = !{!80, !48, !153, !165, !48, !158, !77}
