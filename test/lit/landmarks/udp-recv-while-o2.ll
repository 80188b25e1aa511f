; udp-recv-while.c at -O2: loop rotation copies the recv() of the loop
; condition in front of the loop, so recv() is called at line 33 twice. The
; copy serves the first iteration: it is an arrival of the same event loop,
; not a receive outside any loop, and the listing shows it once, counted.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-recv-while.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-recv-while.c:14
; CHECK-NEXT:   bind: port 2002 address 0.0.0.0 at udp-recv-while.c:20
; CHECK-NEXT: event-loop #0: blocking-recv in main at udp-recv-while.c:33, blocks in recv at udp-recv-while.c:33
; CHECK-NEXT: arrival: recv on socket #0 in main at udp-recv-while.c:33, loop #0 (2 copies of one call)
; CHECK-NEXT: reply: send on socket #0 in main at udp-recv-while.c:35, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-recv-while.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - udp-recv-while.c

; ModuleID = 'udp-recv-while.c'
source_filename = "udp-recv-while.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [11 x i8] c"198.18.0.9\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [8 x i8] c"connect\00", align 1, !dbg !17
@banner = internal constant [29 x i8] c"koffload-test-responder 1.0\0A\00", align 16, !dbg !22
@.str.4 = private unnamed_addr constant [5 x i8] c"send\00", align 1, !dbg !55
@.str.5 = private unnamed_addr constant [5 x i8] c"recv\00", align 1, !dbg !57
@.str.6 = private unnamed_addr constant [14 x i8] c"%lu requests\0A\00", align 1, !dbg !59

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !73 {
  %1 = alloca %struct.sockaddr_in, align 4, !DIAssignID !110
    #dbg_assign(i1 undef, !79, !DIExpression(), !110, ptr %1, !DIExpression(), !111)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !112
    #dbg_assign(i1 undef, !98, !DIExpression(), !112, ptr %2, !DIExpression(), !111)
  %3 = alloca [256 x i8], align 16, !DIAssignID !113
    #dbg_assign(i1 undef, !99, !DIExpression(), !113, ptr %3, !DIExpression(), !111)
  %4 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !114
    #dbg_value(i32 %4, !78, !DIExpression(), !111)
  %5 = icmp slt i32 %4, 0, !dbg !115
  br i1 %5, label %6, label %7, !dbg !117

6:                                                ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #6, !dbg !118
  br label %40, !dbg !120

7:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #5, !dbg !121
  store i16 2, ptr %1, align 4, !dbg !122, !tbaa !123, !DIAssignID !130
    #dbg_assign(i16 2, !79, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !130, ptr %1, !DIExpression(), !111)
  %8 = getelementptr inbounds i8, ptr %1, i64 2, !dbg !122
  store i16 -11769, ptr %8, align 2, !dbg !122, !tbaa !131, !DIAssignID !132
    #dbg_assign(i16 -11769, !79, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !132, ptr %8, !DIExpression(), !111)
  %9 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !122
  store i32 0, ptr %9, align 4, !dbg !122, !DIAssignID !133
    #dbg_assign(i32 0, !79, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !133, ptr %9, !DIExpression(), !111)
  %10 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !122
  store i64 0, ptr %10, align 4, !dbg !122, !DIAssignID !134
    #dbg_assign(i64 0, !79, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !134, ptr %10, !DIExpression(), !111)
  %11 = call i32 @bind(i32 noundef %4, ptr noundef nonnull %1, i32 noundef 16) #5, !dbg !135
  %12 = icmp slt i32 %11, 0, !dbg !137
  br i1 %12, label %13, label %14, !dbg !138

13:                                               ; preds = %7
  call void @perror(ptr noundef nonnull @.str.1) #6, !dbg !139
  br label %39, !dbg !141

14:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #5, !dbg !142
  store i16 2, ptr %2, align 4, !dbg !143, !tbaa !123, !DIAssignID !144
    #dbg_assign(i16 2, !98, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !144, ptr %2, !DIExpression(), !111)
  %15 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !143
  store i16 -11513, ptr %15, align 2, !dbg !143, !tbaa !131, !DIAssignID !145
    #dbg_assign(i16 -11513, !98, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !145, ptr %15, !DIExpression(), !111)
  %16 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !143
    #dbg_assign(i32 0, !98, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !146, ptr %16, !DIExpression(), !111)
  %17 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !143
  store i64 0, ptr %17, align 4, !dbg !143, !DIAssignID !147
    #dbg_assign(i64 0, !98, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !147, ptr %17, !DIExpression(), !111)
  %18 = call i32 @inet_addr(ptr noundef nonnull @.str.2) #5, !dbg !148
  store i32 %18, ptr %16, align 4, !dbg !149, !tbaa !150, !DIAssignID !151
    #dbg_assign(i32 %18, !98, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !151, ptr %16, !DIExpression(), !111)
  %19 = call i32 @connect(i32 noundef %4, ptr noundef nonnull %2, i32 noundef 16) #5, !dbg !152
  %20 = icmp slt i32 %19, 0, !dbg !154
  br i1 %20, label %21, label %22, !dbg !155

21:                                               ; preds = %14
  call void @perror(ptr noundef nonnull @.str.3) #6, !dbg !156
  br label %38, !dbg !158

22:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #5, !dbg !159
    #dbg_value(i64 0, !108, !DIExpression(), !111)
  %23 = call i64 @recv(i32 noundef %4, ptr noundef nonnull %3, i64 noundef 256, i32 noundef 0) #5, !dbg !160
  %24 = icmp sgt i64 %23, -1, !dbg !161
  br i1 %24, label %25, label %34, !dbg !162

25:                                               ; preds = %22, %31
  %26 = phi i64 [ %27, %31 ], [ 0, %22 ]
    #dbg_value(i64 %26, !108, !DIExpression(), !111)
  %27 = add i64 %26, 1, !dbg !163
    #dbg_value(i64 %27, !108, !DIExpression(), !111)
  %28 = call i64 @send(i32 noundef %4, ptr noundef nonnull @banner, i64 noundef 28, i32 noundef 0) #5, !dbg !165
  %29 = icmp slt i64 %28, 0, !dbg !167
  br i1 %29, label %30, label %31, !dbg !168

30:                                               ; preds = %25
  call void @perror(ptr noundef nonnull @.str.4) #6, !dbg !169
  br label %31, !dbg !169

31:                                               ; preds = %30, %25
    #dbg_value(i64 %27, !108, !DIExpression(), !111)
  %32 = call i64 @recv(i32 noundef %4, ptr noundef nonnull %3, i64 noundef 256, i32 noundef 0) #5, !dbg !160
    #dbg_value(i64 %32, !103, !DIExpression(), !111)
  %33 = icmp sgt i64 %32, -1, !dbg !161
  br i1 %33, label %25, label %34, !dbg !162, !llvm.loop !170

34:                                               ; preds = %31, %22
  %35 = phi i64 [ 0, %22 ], [ %27, %31 ], !dbg !111
  call void @perror(ptr noundef nonnull @.str.5) #6, !dbg !173
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %35), !dbg !174
  %37 = call i32 @close(i32 noundef %4) #5, !dbg !175
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #5, !dbg !176
  br label %38

38:                                               ; preds = %34, %21
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #5, !dbg !176
  br label %39

39:                                               ; preds = %38, %13
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #5, !dbg !176
  br label %40

40:                                               ; preds = %39, %6
  ret i32 1, !dbg !176
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !177 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !181 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !186 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !193 i32 @inet_addr(ptr noundef) local_unnamed_addr #2

declare !dbg !197 i32 @connect(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

declare !dbg !198 i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #4

declare !dbg !204 i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !209 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

declare !dbg !213 i32 @close(i32 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { cold }

!llvm.dbg.cu = !{!24}
!llvm.module.flags = !{!65, !66, !67, !68, !69, !70, !71}
!llvm.ident = !{!72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-recv-while.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "cc9802d7911769305b5b8d58b3af2ddd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 11)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 8)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(name: "banner", scope: !24, file: !2, line: 11, type: !61, isLocal: true, isDefinition: true)
!24 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !25, retainedTypes: !39, globals: !54, splitDebugInlining: false, nameTableKind: None)
!25 = !{!26}
!26 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !27, line: 24, baseType: !28, size: 32, elements: !29)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!28 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!29 = !{!30, !31, !32, !33, !34, !35, !36, !37, !38}
!30 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!31 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!32 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!33 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!34 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!35 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!36 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!37 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!38 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!39 = !{!40, !52}
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !42, line: 183, size: 128, elements: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!43 = !{!44, !48}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !41, file: !42, line: 185, baseType: !45, size: 16)
!45 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !46, line: 28, baseType: !47)
!46 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!47 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !41, file: !42, line: 186, baseType: !49, size: 112, offset: 16)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 14)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !53, line: 40, baseType: !47)
!53 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!54 = !{!0, !7, !12, !17, !55, !57, !59, !22}
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !9, isLocal: true, isDefinition: true)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !49, isLocal: true, isDefinition: true)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 232, elements: !63)
!62 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!63 = !{!64}
!64 = !DISubrange(count: 29)
!65 = !{i32 7, !"Dwarf Version", i32 5}
!66 = !{i32 2, !"Debug Info Version", i32 3}
!67 = !{i32 1, !"wchar_size", i32 4}
!68 = !{i32 8, !"PIC Level", i32 2}
!69 = !{i32 7, !"PIE Level", i32 2}
!70 = !{i32 7, !"uwtable", i32 2}
!71 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!72 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!73 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 13, type: !74, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!76}
!76 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!77 = !{!78, !79, !98, !99, !103, !108}
!78 = !DILocalVariable(name: "s", scope: !73, file: !2, line: 14, type: !76)
!79 = !DILocalVariable(name: "local", scope: !73, file: !2, line: 19, type: !80)
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !81, line: 245, size: 128, elements: !82)
!81 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!82 = !{!83, !84, !88, !95}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !80, file: !81, line: 247, baseType: !45, size: 16)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !80, file: !81, line: 248, baseType: !85, size: 16, offset: 16)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !81, line: 123, baseType: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !87, line: 25, baseType: !52)
!87 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !80, file: !81, line: 249, baseType: !89, size: 32, offset: 32)
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !81, line: 31, size: 32, elements: !90)
!90 = !{!91}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !89, file: !81, line: 33, baseType: !92, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !81, line: 30, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !87, line: 26, baseType: !94)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !53, line: 42, baseType: !28)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !80, file: !81, line: 252, baseType: !96, size: 64, offset: 64)
!96 = !DICompositeType(tag: DW_TAG_array_type, baseType: !97, size: 64, elements: !20)
!97 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!98 = !DILocalVariable(name: "peer", scope: !73, file: !2, line: 24, type: !80)
!99 = !DILocalVariable(name: "buf", scope: !73, file: !2, line: 30, type: !100)
!100 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !101)
!101 = !{!102}
!102 = !DISubrange(count: 256)
!103 = !DILocalVariable(name: "n", scope: !73, file: !2, line: 31, type: !104)
!104 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !105, line: 108, baseType: !106)
!105 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !53, line: 194, baseType: !107)
!107 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!108 = !DILocalVariable(name: "count", scope: !73, file: !2, line: 32, type: !109)
!109 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!110 = distinct !DIAssignID()
!111 = !DILocation(line: 0, scope: !73)
!112 = distinct !DIAssignID()
!113 = distinct !DIAssignID()
!114 = !DILocation(line: 14, column: 11, scope: !73)
!115 = !DILocation(line: 15, column: 9, scope: !116)
!116 = distinct !DILexicalBlock(scope: !73, file: !2, line: 15, column: 7)
!117 = !DILocation(line: 15, column: 7, scope: !73)
!118 = !DILocation(line: 16, column: 5, scope: !119)
!119 = distinct !DILexicalBlock(scope: !116, file: !2, line: 15, column: 14)
!120 = !DILocation(line: 17, column: 5, scope: !119)
!121 = !DILocation(line: 19, column: 3, scope: !73)
!122 = !DILocation(line: 19, column: 30, scope: !73)
!123 = !{!124, !125, i64 0}
!124 = !{!"sockaddr_in", !125, i64 0, !125, i64 2, !128, i64 4, !126, i64 8}
!125 = !{!"short", !126, i64 0}
!126 = !{!"omnipotent char", !127, i64 0}
!127 = !{!"Simple C/C++ TBAA"}
!128 = !{!"in_addr", !129, i64 0}
!129 = !{!"int", !126, i64 0}
!130 = distinct !DIAssignID()
!131 = !{!124, !125, i64 2}
!132 = distinct !DIAssignID()
!133 = distinct !DIAssignID()
!134 = distinct !DIAssignID()
!135 = !DILocation(line: 20, column: 7, scope: !136)
!136 = distinct !DILexicalBlock(scope: !73, file: !2, line: 20, column: 7)
!137 = !DILocation(line: 20, column: 57, scope: !136)
!138 = !DILocation(line: 20, column: 7, scope: !73)
!139 = !DILocation(line: 21, column: 5, scope: !140)
!140 = distinct !DILexicalBlock(scope: !136, file: !2, line: 20, column: 62)
!141 = !DILocation(line: 22, column: 5, scope: !140)
!142 = !DILocation(line: 24, column: 3, scope: !73)
!143 = !DILocation(line: 24, column: 29, scope: !73)
!144 = distinct !DIAssignID()
!145 = distinct !DIAssignID()
!146 = distinct !DIAssignID()
!147 = distinct !DIAssignID()
!148 = !DILocation(line: 25, column: 26, scope: !73)
!149 = !DILocation(line: 25, column: 24, scope: !73)
!150 = !{!124, !129, i64 4}
!151 = distinct !DIAssignID()
!152 = !DILocation(line: 26, column: 7, scope: !153)
!153 = distinct !DILexicalBlock(scope: !73, file: !2, line: 26, column: 7)
!154 = !DILocation(line: 26, column: 58, scope: !153)
!155 = !DILocation(line: 26, column: 7, scope: !73)
!156 = !DILocation(line: 27, column: 5, scope: !157)
!157 = distinct !DILexicalBlock(scope: !153, file: !2, line: 26, column: 63)
!158 = !DILocation(line: 28, column: 5, scope: !157)
!159 = !DILocation(line: 30, column: 3, scope: !73)
!160 = !DILocation(line: 33, column: 15, scope: !73)
!161 = !DILocation(line: 33, column: 45, scope: !73)
!162 = !DILocation(line: 33, column: 3, scope: !73)
!163 = !DILocation(line: 34, column: 10, scope: !164)
!164 = distinct !DILexicalBlock(scope: !73, file: !2, line: 33, column: 51)
!165 = !DILocation(line: 35, column: 9, scope: !166)
!166 = distinct !DILexicalBlock(scope: !164, file: !2, line: 35, column: 9)
!167 = !DILocation(line: 35, column: 48, scope: !166)
!168 = !DILocation(line: 35, column: 9, scope: !164)
!169 = !DILocation(line: 36, column: 7, scope: !166)
!170 = distinct !{!170, !162, !171, !172}
!171 = !DILocation(line: 37, column: 3, scope: !73)
!172 = !{!"llvm.loop.mustprogress"}
!173 = !DILocation(line: 38, column: 3, scope: !73)
!174 = !DILocation(line: 39, column: 3, scope: !73)
!175 = !DILocation(line: 40, column: 3, scope: !73)
!176 = !DILocation(line: 42, column: 1, scope: !73)
!177 = !DISubprogram(name: "socket", scope: !178, file: !178, line: 102, type: !179, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!178 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!179 = !DISubroutineType(types: !180)
!180 = !{!76, !76, !76, !76}
!181 = !DISubprogram(name: "perror", scope: !182, file: !182, line: 804, type: !183, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!182 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!183 = !DISubroutineType(types: !184)
!184 = !{null, !185}
!185 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64)
!186 = !DISubprogram(name: "bind", scope: !178, file: !178, line: 112, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!187 = !DISubroutineType(types: !188)
!188 = !{!76, !76, !189, !191}
!189 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !190, size: 64)
!190 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !41)
!191 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !42, line: 33, baseType: !192)
!192 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !53, line: 210, baseType: !28)
!193 = !DISubprogram(name: "inet_addr", scope: !194, file: !194, line: 34, type: !195, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!194 = !DIFile(filename: "/usr/include/arpa/inet.h", directory: "", checksumkind: CSK_MD5, checksum: "b2f9474dc296b712fc0e47c2c084f87d")
!195 = !DISubroutineType(types: !196)
!196 = !{!92, !185}
!197 = !DISubprogram(name: "connect", scope: !178, file: !178, line: 126, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!198 = !DISubprogram(name: "recv", scope: !178, file: !178, line: 145, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DISubroutineType(types: !200)
!200 = !{!104, !76, !201, !202, !76}
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !203, line: 18, baseType: !109)
!203 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!204 = !DISubprogram(name: "send", scope: !178, file: !178, line: 138, type: !205, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DISubroutineType(types: !206)
!206 = !{!104, !76, !207, !202, !76}
!207 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !208, size: 64)
!208 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!209 = !DISubprogram(name: "printf", scope: !182, file: !182, line: 356, type: !210, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!210 = !DISubroutineType(types: !211)
!211 = !{!76, !212, null}
!212 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !185)
!213 = !DISubprogram(name: "close", scope: !214, file: !214, line: 358, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!214 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!215 = !DISubroutineType(types: !216)
!216 = !{!76, !76}
