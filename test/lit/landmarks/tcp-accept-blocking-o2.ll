; tcp-accept-blocking.c at -O2: handle_client() is inlined into main's
; accept loop. The read loop inside the accept loop is still the event loop,
; not the accept loop around it; its llvm.loop node is no longer on a latch.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-accept-blocking.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-accept-blocking.c:21
; CHECK-NEXT:   bind: port 2323 address 0.0.0.0 at tcp-accept-blocking.c:34
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at tcp-accept-blocking.c:45
; CHECK-NEXT: event-loop #0: blocking-recv in main at tcp-accept-blocking.c:12, blocks in read at tcp-accept-blocking.c:12
; CHECK-NEXT: arrival: read on socket #1 in main at tcp-accept-blocking.c:12 (called at tcp-accept-blocking.c:50), loop #0
; CHECK-NEXT: reply: write on socket #1 in main at tcp-accept-blocking.c:13 (called at tcp-accept-blocking.c:50), loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-accept-blocking.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - tcp-accept-blocking.c

; ModuleID = 'tcp-accept-blocking.c'
source_filename = "tcp-accept-blocking.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [11 x i8] c"setsockopt\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [6 x i8] c"write\00", align 1, !dbg !21

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !70 {
  %1 = alloca [1024 x i8], align 16, !DIAssignID !101
  %2 = alloca i32, align 4, !DIAssignID !102
    #dbg_assign(i1 undef, !76, !DIExpression(), !102, ptr %2, !DIExpression(), !103)
  %3 = alloca %struct.sockaddr_in, align 4, !DIAssignID !104
    #dbg_assign(i1 undef, !77, !DIExpression(), !104, ptr %3, !DIExpression(), !103)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !105
    #dbg_assign(i1 undef, !93, !DIExpression(), !105, ptr %4, !DIExpression(), !106)
  %5 = alloca i32, align 4, !DIAssignID !107
    #dbg_assign(i1 undef, !97, !DIExpression(), !107, ptr %5, !DIExpression(), !106)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !108
    #dbg_value(i32 %6, !75, !DIExpression(), !103)
  %7 = icmp slt i32 %6, 0, !dbg !109
  br i1 %7, label %8, label %9, !dbg !111

8:                                                ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #7, !dbg !112
  br label %39, !dbg !114

9:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #6, !dbg !115
  store i32 1, ptr %2, align 4, !dbg !116, !tbaa !117, !DIAssignID !121
    #dbg_assign(i32 1, !76, !DIExpression(), !121, ptr %2, !DIExpression(), !103)
  %10 = call i32 @setsockopt(i32 noundef %6, i32 noundef 1, i32 noundef 2, ptr noundef nonnull %2, i32 noundef 4) #6, !dbg !122
  %11 = icmp slt i32 %10, 0, !dbg !124
  br i1 %11, label %12, label %13, !dbg !125

12:                                               ; preds = %9
  call void @perror(ptr noundef nonnull @.str.1) #7, !dbg !126
  br label %13, !dbg !126

13:                                               ; preds = %12, %9
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #6, !dbg !127
  %14 = getelementptr inbounds i8, ptr %3, i64 8, !dbg !128
  store i64 0, ptr %14, align 4, !dbg !128, !DIAssignID !129
    #dbg_assign(i64 0, !77, !DIExpression(), !129, ptr %3, !DIExpression(), !103)
    #dbg_assign(i8 0, !77, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !130, ptr undef, !DIExpression(), !103)
  store i16 2, ptr %3, align 4, !dbg !131, !tbaa !132, !DIAssignID !136
    #dbg_assign(i16 2, !77, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !136, ptr %3, !DIExpression(), !103)
  %15 = getelementptr inbounds i8, ptr %3, i64 4, !dbg !137
  store i32 0, ptr %15, align 4, !dbg !138, !tbaa !139, !DIAssignID !140
    #dbg_assign(i32 0, !77, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !140, ptr %15, !DIExpression(), !103)
  %16 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !141
  store i16 4873, ptr %16, align 2, !dbg !142, !tbaa !143, !DIAssignID !144
    #dbg_assign(i16 4873, !77, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !144, ptr %16, !DIExpression(), !103)
  %17 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %3, i32 noundef 16) #6, !dbg !145
  %18 = icmp slt i32 %17, 0, !dbg !147
  br i1 %18, label %37, label %19, !dbg !148

19:                                               ; preds = %13
  %20 = call i32 @listen(i32 noundef %6, i32 noundef 16) #6, !dbg !149
  %21 = icmp slt i32 %20, 0, !dbg !151
  br i1 %21, label %37, label %22, !dbg !152

22:                                               ; preds = %19, %36
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #6, !dbg !153
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #6, !dbg !154
  store i32 16, ptr %5, align 4, !dbg !155, !tbaa !117, !DIAssignID !156
    #dbg_assign(i32 16, !97, !DIExpression(), !156, ptr %5, !DIExpression(), !106)
  %23 = call i32 @accept(i32 noundef %6, ptr noundef nonnull %4, ptr noundef nonnull %5) #6, !dbg !157
    #dbg_value(i32 %23, !100, !DIExpression(), !106)
  %24 = icmp slt i32 %23, 0, !dbg !158
  br i1 %24, label %25, label %26, !dbg !160

25:                                               ; preds = %22
  call void @perror(ptr noundef nonnull @.str.4) #7, !dbg !161
  br label %36, !dbg !163, !llvm.loop !164

26:                                               ; preds = %22
    #dbg_assign(i1 undef, !167, !DIExpression(), !101, ptr %1, !DIExpression(), !181)
    #dbg_value(i32 %23, !172, !DIExpression(), !181)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %1) #6, !dbg !183
  br label %27, !dbg !184

27:                                               ; preds = %30, %26
  %28 = call i64 @read(i32 noundef %23, ptr noundef nonnull %1, i64 noundef 1024) #6, !dbg !185
    #dbg_value(i64 %28, !173, !DIExpression(), !181)
  %29 = icmp sgt i64 %28, 0, !dbg !186
  br i1 %29, label %30, label %34, !dbg !184

30:                                               ; preds = %27
  %31 = call i64 @write(i32 noundef %23, ptr noundef nonnull %1, i64 noundef %28) #6, !dbg !187
  %32 = icmp eq i64 %31, %28, !dbg !190
  br i1 %32, label %27, label %33, !dbg !191, !llvm.loop !192

33:                                               ; preds = %30
  call void @perror(ptr noundef nonnull @.str.5) #7, !dbg !195
  br label %34, !dbg !197

34:                                               ; preds = %27, %33
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %1) #6, !dbg !198
  %35 = call i32 @close(i32 noundef %23) #6, !dbg !199
  br label %36, !dbg !200

36:                                               ; preds = %34, %25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #6, !dbg !200
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #6, !dbg !200
  br label %22

37:                                               ; preds = %19, %13
  %38 = phi ptr [ @.str.2, %13 ], [ @.str.3, %19 ]
  call void @perror(ptr noundef nonnull %38) #7, !dbg !103
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #6, !dbg !201
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #6, !dbg !201
  br label %39

39:                                               ; preds = %37, %8
  ret i32 1, !dbg !201
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !202 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !206 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !212 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !217 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !222 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !225 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

declare !dbg !231 i32 @close(i32 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree
declare !dbg !235 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #5

; Function Attrs: nofree
declare !dbg !242 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { cold }

!llvm.dbg.cu = !{!26}
!llvm.module.flags = !{!62, !63, !64, !65, !66, !67, !68}
!llvm.ident = !{!69}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-accept-blocking.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "025148844402adda12529ad1b83f522a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 11)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 35, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 5)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !3, isLocal: true, isDefinition: true)
!21 = !DIGlobalVariableExpression(var: !22, expr: !DIExpression())
!22 = distinct !DIGlobalVariable(scope: null, file: !2, line: 14, type: !23, isLocal: true, isDefinition: true)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !24)
!24 = !{!25}
!25 = !DISubrange(count: 6)
!26 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !27, retainedTypes: !41, globals: !61, splitDebugInlining: false, nameTableKind: None)
!27 = !{!28}
!28 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !29, line: 24, baseType: !30, size: 32, elements: !31)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!30 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!31 = !{!32, !33, !34, !35, !36, !37, !38, !39, !40}
!32 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!33 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!34 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!35 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!36 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!37 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!38 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!39 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!40 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!41 = !{!42, !48, !60}
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !43, line: 30, baseType: !44)
!43 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !45, line: 26, baseType: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !47, line: 42, baseType: !30)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !50, line: 183, size: 128, elements: !51)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!51 = !{!52, !56}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !49, file: !50, line: 185, baseType: !53, size: 16)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !54, line: 28, baseType: !55)
!54 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!55 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !49, file: !50, line: 186, baseType: !57, size: 112, offset: 16)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 14)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !47, line: 40, baseType: !55)
!61 = !{!0, !7, !12, !17, !19, !21}
!62 = !{i32 7, !"Dwarf Version", i32 5}
!63 = !{i32 2, !"Debug Info Version", i32 3}
!64 = !{i32 1, !"wchar_size", i32 4}
!65 = !{i32 8, !"PIC Level", i32 2}
!66 = !{i32 7, !"PIE Level", i32 2}
!67 = !{i32 7, !"uwtable", i32 2}
!68 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!69 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!70 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 20, type: !71, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !26, retainedNodes: !74)
!71 = !DISubroutineType(types: !72)
!72 = !{!73}
!73 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!74 = !{!75, !76, !77, !93, !97, !100}
!75 = !DILocalVariable(name: "lsock", scope: !70, file: !2, line: 21, type: !73)
!76 = !DILocalVariable(name: "yes", scope: !70, file: !2, line: 26, type: !73)
!77 = !DILocalVariable(name: "srv", scope: !70, file: !2, line: 29, type: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !43, line: 245, size: 128, elements: !79)
!79 = !{!80, !81, !84, !88}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !78, file: !43, line: 247, baseType: !53, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !78, file: !43, line: 248, baseType: !82, size: 16, offset: 16)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !43, line: 123, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !45, line: 25, baseType: !60)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !78, file: !43, line: 249, baseType: !85, size: 32, offset: 32)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !43, line: 31, size: 32, elements: !86)
!86 = !{!87}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !85, file: !43, line: 33, baseType: !42, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !78, file: !43, line: 252, baseType: !89, size: 64, offset: 64)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !90, size: 64, elements: !91)
!90 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!91 = !{!92}
!92 = !DISubrange(count: 8)
!93 = !DILocalVariable(name: "peer", scope: !94, file: !2, line: 43, type: !78)
!94 = distinct !DILexicalBlock(scope: !95, file: !2, line: 42, column: 12)
!95 = distinct !DILexicalBlock(scope: !96, file: !2, line: 42, column: 3)
!96 = distinct !DILexicalBlock(scope: !70, file: !2, line: 42, column: 3)
!97 = !DILocalVariable(name: "plen", scope: !94, file: !2, line: 44, type: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !50, line: 33, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !47, line: 210, baseType: !30)
!100 = !DILocalVariable(name: "c", scope: !94, file: !2, line: 45, type: !73)
!101 = distinct !DIAssignID()
!102 = distinct !DIAssignID()
!103 = !DILocation(line: 0, scope: !70)
!104 = distinct !DIAssignID()
!105 = distinct !DIAssignID()
!106 = !DILocation(line: 0, scope: !94)
!107 = distinct !DIAssignID()
!108 = !DILocation(line: 21, column: 15, scope: !70)
!109 = !DILocation(line: 22, column: 13, scope: !110)
!110 = distinct !DILexicalBlock(scope: !70, file: !2, line: 22, column: 7)
!111 = !DILocation(line: 22, column: 7, scope: !70)
!112 = !DILocation(line: 23, column: 5, scope: !113)
!113 = distinct !DILexicalBlock(scope: !110, file: !2, line: 22, column: 18)
!114 = !DILocation(line: 24, column: 5, scope: !113)
!115 = !DILocation(line: 26, column: 3, scope: !70)
!116 = !DILocation(line: 26, column: 7, scope: !70)
!117 = !{!118, !118, i64 0}
!118 = !{!"int", !119, i64 0}
!119 = !{!"omnipotent char", !120, i64 0}
!120 = !{!"Simple C/C++ TBAA"}
!121 = distinct !DIAssignID()
!122 = !DILocation(line: 27, column: 7, scope: !123)
!123 = distinct !DILexicalBlock(scope: !70, file: !2, line: 27, column: 7)
!124 = !DILocation(line: 27, column: 70, scope: !123)
!125 = !DILocation(line: 27, column: 7, scope: !70)
!126 = !DILocation(line: 28, column: 5, scope: !123)
!127 = !DILocation(line: 29, column: 3, scope: !70)
!128 = !DILocation(line: 30, column: 3, scope: !70)
!129 = distinct !DIAssignID()
!130 = distinct !DIAssignID()
!131 = !DILocation(line: 31, column: 18, scope: !70)
!132 = !{!133, !134, i64 0}
!133 = !{!"sockaddr_in", !134, i64 0, !134, i64 2, !135, i64 4, !119, i64 8}
!134 = !{!"short", !119, i64 0}
!135 = !{!"in_addr", !118, i64 0}
!136 = distinct !DIAssignID()
!137 = !DILocation(line: 32, column: 7, scope: !70)
!138 = !DILocation(line: 32, column: 23, scope: !70)
!139 = !{!133, !118, i64 4}
!140 = distinct !DIAssignID()
!141 = !DILocation(line: 33, column: 7, scope: !70)
!142 = !DILocation(line: 33, column: 16, scope: !70)
!143 = !{!133, !134, i64 2}
!144 = distinct !DIAssignID()
!145 = !DILocation(line: 34, column: 7, scope: !146)
!146 = distinct !DILexicalBlock(scope: !70, file: !2, line: 34, column: 7)
!147 = !DILocation(line: 34, column: 57, scope: !146)
!148 = !DILocation(line: 34, column: 7, scope: !70)
!149 = !DILocation(line: 38, column: 7, scope: !150)
!150 = distinct !DILexicalBlock(scope: !70, file: !2, line: 38, column: 7)
!151 = !DILocation(line: 38, column: 25, scope: !150)
!152 = !DILocation(line: 38, column: 7, scope: !70)
!153 = !DILocation(line: 43, column: 5, scope: !94)
!154 = !DILocation(line: 44, column: 5, scope: !94)
!155 = !DILocation(line: 44, column: 15, scope: !94)
!156 = distinct !DIAssignID()
!157 = !DILocation(line: 45, column: 13, scope: !94)
!158 = !DILocation(line: 46, column: 11, scope: !159)
!159 = distinct !DILexicalBlock(scope: !94, file: !2, line: 46, column: 9)
!160 = !DILocation(line: 46, column: 9, scope: !94)
!161 = !DILocation(line: 47, column: 7, scope: !162)
!162 = distinct !DILexicalBlock(scope: !159, file: !2, line: 46, column: 16)
!163 = !DILocation(line: 48, column: 7, scope: !162)
!164 = distinct !{!164, !165, !166}
!165 = !DILocation(line: 42, column: 3, scope: !96)
!166 = !DILocation(line: 52, column: 3, scope: !96)
!167 = !DILocalVariable(name: "line", scope: !168, file: !2, line: 10, type: !178)
!168 = distinct !DISubprogram(name: "handle_client", scope: !2, file: !2, line: 9, type: !169, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !26, retainedNodes: !171)
!169 = !DISubroutineType(types: !170)
!170 = !{null, !73}
!171 = !{!172, !167, !173}
!172 = !DILocalVariable(name: "c", arg: 1, scope: !168, file: !2, line: 9, type: !73)
!173 = !DILocalVariable(name: "n", scope: !168, file: !2, line: 11, type: !174)
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !175, line: 108, baseType: !176)
!175 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !47, line: 194, baseType: !177)
!177 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!178 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !179)
!179 = !{!180}
!180 = !DISubrange(count: 1024)
!181 = !DILocation(line: 0, scope: !168, inlinedAt: !182)
!182 = distinct !DILocation(line: 50, column: 5, scope: !94)
!183 = !DILocation(line: 10, column: 3, scope: !168, inlinedAt: !182)
!184 = !DILocation(line: 12, column: 3, scope: !168, inlinedAt: !182)
!185 = !DILocation(line: 12, column: 15, scope: !168, inlinedAt: !182)
!186 = !DILocation(line: 12, column: 44, scope: !168, inlinedAt: !182)
!187 = !DILocation(line: 13, column: 9, scope: !188, inlinedAt: !182)
!188 = distinct !DILexicalBlock(scope: !189, file: !2, line: 13, column: 9)
!189 = distinct !DILexicalBlock(scope: !168, file: !2, line: 12, column: 49)
!190 = !DILocation(line: 13, column: 27, scope: !188, inlinedAt: !182)
!191 = !DILocation(line: 13, column: 9, scope: !189, inlinedAt: !182)
!192 = distinct !{!192, !184, !193, !194}
!193 = !DILocation(line: 17, column: 3, scope: !168, inlinedAt: !182)
!194 = !{!"llvm.loop.mustprogress"}
!195 = !DILocation(line: 14, column: 7, scope: !196, inlinedAt: !182)
!196 = distinct !DILexicalBlock(scope: !188, file: !2, line: 13, column: 33)
!197 = !DILocation(line: 15, column: 7, scope: !196, inlinedAt: !182)
!198 = !DILocation(line: 18, column: 1, scope: !168, inlinedAt: !182)
!199 = !DILocation(line: 51, column: 5, scope: !94)
!200 = !DILocation(line: 52, column: 3, scope: !95)
!201 = !DILocation(line: 53, column: 1, scope: !70)
!202 = !DISubprogram(name: "socket", scope: !203, file: !203, line: 102, type: !204, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!204 = !DISubroutineType(types: !205)
!205 = !{!73, !73, !73, !73}
!206 = !DISubprogram(name: "perror", scope: !207, file: !207, line: 804, type: !208, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!207 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!208 = !DISubroutineType(types: !209)
!209 = !{null, !210}
!210 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !211, size: 64)
!211 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!212 = !DISubprogram(name: "setsockopt", scope: !203, file: !203, line: 277, type: !213, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DISubroutineType(types: !214)
!214 = !{!73, !73, !73, !73, !215, !98}
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !216, size: 64)
!216 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!217 = !DISubprogram(name: "bind", scope: !203, file: !203, line: 112, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!218 = !DISubroutineType(types: !219)
!219 = !{!73, !73, !220, !98}
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !221, size: 64)
!221 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !49)
!222 = !DISubprogram(name: "listen", scope: !203, file: !203, line: 296, type: !223, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubroutineType(types: !224)
!224 = !{!73, !73, !73}
!225 = !DISubprogram(name: "accept", scope: !203, file: !203, line: 306, type: !226, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!226 = !DISubroutineType(types: !227)
!227 = !{!73, !73, !228, !229}
!228 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !48)
!229 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !230)
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!231 = !DISubprogram(name: "close", scope: !232, file: !232, line: 358, type: !233, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!233 = !DISubroutineType(types: !234)
!234 = !{!73, !73}
!235 = !DISubprogram(name: "read", scope: !232, file: !232, line: 371, type: !236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!236 = !DISubroutineType(types: !237)
!237 = !{!174, !73, !238, !239}
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!239 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !240, line: 18, baseType: !241)
!240 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!241 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!242 = !DISubprogram(name: "write", scope: !232, file: !232, line: 378, type: !243, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!243 = !DISubroutineType(types: !244)
!244 = !{!174, !73, !215, !239}
