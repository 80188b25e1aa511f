; handler-functions.c at -O2: setup(), handle_request() and reply_with()
; are inlined into main; the fd is an SSA value and the sockaddr is
; written with merged stores.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'handler-functions.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at handler-functions.c:42
; CHECK-NEXT:   bind: port 3737 address 0.0.0.0 at handler-functions.c:49
; CHECK-NEXT: event-loop #0: blocking-recv in main at handler-functions.c:63, blocks in recvfrom at handler-functions.c:30
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at handler-functions.c:30 (called at handler-functions.c:64), loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at handler-functions.c:22 (called at handler-functions.c:37), loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/handler-functions.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - handler-functions.c

; ModuleID = 'handler-functions.c'
source_filename = "handler-functions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.request = type { [256 x i8], i64, %struct.sockaddr_in, i32 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [6 x i8] c"setup\00", align 1, !dbg !0
@stderr = external local_unnamed_addr global ptr, align 8
@.str.1 = private unnamed_addr constant [14 x i8] c"%lu requests\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [20 x i8] c"%Y-%m-%dT%H:%M:%SZ\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"sendto\00", align 1, !dbg !17

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !60 {
  %1 = alloca %struct.request, align 8, !DIAssignID !68
    #dbg_assign(i1 undef, !69, !DIExpression(), !68, ptr %1, !DIExpression(), !118)
  %2 = alloca [64 x i8], align 16, !DIAssignID !122
    #dbg_assign(i1 undef, !75, !DIExpression(), !122, ptr %2, !DIExpression(), !118)
  %3 = alloca i64, align 8, !DIAssignID !123
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !124
    #dbg_assign(i1 undef, !125, !DIExpression(), !124, ptr %4, !DIExpression(), !129)
  %5 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !131
    #dbg_value(i32 %5, !128, !DIExpression(), !129)
  %6 = icmp slt i32 %5, 0, !dbg !132
  br i1 %6, label %18, label %7, !dbg !134

7:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #7, !dbg !135
  %8 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !136
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %8, i8 0, i64 12, i1 false), !dbg !136, !DIAssignID !137
    #dbg_assign(i8 0, !125, !DIExpression(), !137, ptr %4, !DIExpression(), !129)
    #dbg_assign(i8 0, !125, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !138, ptr undef, !DIExpression(), !129)
  store i16 2, ptr %4, align 4, !dbg !139, !tbaa !140, !DIAssignID !147
    #dbg_assign(i16 2, !125, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !147, ptr %4, !DIExpression(), !129)
  %9 = getelementptr inbounds i8, ptr %4, i64 2, !dbg !148
  store i16 -26354, ptr %9, align 2, !dbg !149, !tbaa !150, !DIAssignID !151
    #dbg_assign(i16 -26354, !125, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !151, ptr %9, !DIExpression(), !129)
  %10 = call i32 @bind(i32 noundef %5, ptr noundef nonnull %4, i32 noundef 16) #7, !dbg !152
  %11 = icmp slt i32 %10, 0, !dbg !154
  br i1 %11, label %12, label %14, !dbg !155

12:                                               ; preds = %7
  %13 = call i32 @close(i32 noundef %5) #7, !dbg !156
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #7, !dbg !158
    #dbg_value(i32 -1, !65, !DIExpression(), !159)
  br label %18, !dbg !160

14:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #7, !dbg !158
    #dbg_value(i32 %5, !65, !DIExpression(), !159)
  %15 = getelementptr inbounds i8, ptr %1, i64 280
  %16 = getelementptr inbounds i8, ptr %1, i64 264
  %17 = getelementptr inbounds i8, ptr %1, i64 256
  br label %36, !dbg !160

18:                                               ; preds = %0, %12
  call void @perror(ptr noundef nonnull @.str) #8, !dbg !161
  ret i32 1, !dbg !164

19:                                               ; preds = %36, %31
    #dbg_value(i64 %37, !66, !DIExpression(), !159)
    #dbg_assign(i1 undef, !79, !DIExpression(), !123, ptr %3, !DIExpression(), !118)
    #dbg_value(i32 %5, !74, !DIExpression(), !118)
  call void @llvm.lifetime.start.p0(i64 288, ptr nonnull %1) #7, !dbg !165
  store i32 16, ptr %15, align 8, !dbg !166, !tbaa !167, !DIAssignID !170
    #dbg_assign(i32 16, !69, !DIExpression(DW_OP_LLVM_fragment, 2240, 32), !170, ptr %15, !DIExpression(), !118)
  %20 = call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %1, i64 noundef 256, i32 noundef 0, ptr noundef nonnull %16, ptr noundef nonnull %15) #7, !dbg !171
  store i64 %20, ptr %17, align 8, !dbg !172, !tbaa !173, !DIAssignID !174
    #dbg_assign(i64 %20, !69, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !174, ptr %17, !DIExpression(), !118)
  %21 = icmp slt i64 %20, 0, !dbg !175
  br i1 %21, label %31, label %22, !dbg !177

22:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #7, !dbg !178
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7, !dbg !179
  %23 = call i64 @time(ptr noundef null) #7, !dbg !180
  store i64 %23, ptr %3, align 8, !dbg !181, !tbaa !182, !DIAssignID !183
    #dbg_assign(i64 %23, !79, !DIExpression(), !183, ptr %3, !DIExpression(), !118)
  %24 = call ptr @gmtime(ptr noundef nonnull %3) #7, !dbg !184
  %25 = call i64 @strftime(ptr noundef nonnull %2, i64 noundef 64, ptr noundef nonnull @.str.2, ptr noundef %24) #7, !dbg !185
    #dbg_value(i32 %5, !186, !DIExpression(), !200)
    #dbg_value(ptr %1, !195, !DIExpression(), !200)
    #dbg_value(ptr %2, !196, !DIExpression(), !200)
  %26 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #9, !dbg !202
    #dbg_value(i64 %26, !197, !DIExpression(), !200)
  %27 = load i32, ptr %15, align 8, !dbg !203, !tbaa !167
  %28 = call i64 @sendto(i32 noundef %5, ptr noundef nonnull %2, i64 noundef %26, i32 noundef 0, ptr noundef nonnull %16, i32 noundef %27) #7, !dbg !205
  %29 = icmp slt i64 %28, 0, !dbg !206
  br i1 %29, label %30, label %32, !dbg !207

30:                                               ; preds = %22
  call void @perror(ptr noundef nonnull @.str.3) #8, !dbg !208
  br label %32, !dbg !208

31:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(i64 288, ptr nonnull %1) #7, !dbg !209
  br label %19, !dbg !210, !llvm.loop !211

32:                                               ; preds = %22, %30
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7, !dbg !209
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #7, !dbg !209
  call void @llvm.lifetime.end.p0(i64 288, ptr nonnull %1) #7, !dbg !209
  %33 = add i64 %37, 1, !dbg !214
    #dbg_value(i64 %33, !66, !DIExpression(), !159)
  %34 = urem i64 %33, 100000, !dbg !215
  %35 = icmp eq i64 %34, 0, !dbg !216
  br i1 %35, label %38, label %41, !dbg !217

36:                                               ; preds = %41, %14
  %37 = phi i64 [ 0, %14 ], [ %33, %41 ]
  br label %19, !dbg !212

38:                                               ; preds = %32
  %39 = load ptr, ptr @stderr, align 8, !dbg !218, !tbaa !219
  %40 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %39, ptr noundef nonnull @.str.1, i64 noundef %33) #10, !dbg !221
  br label %41, !dbg !221

41:                                               ; preds = %38, %32
  br label %36, !dbg !212, !llvm.loop !211
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !222 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !226 noundef i32 @fprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !283 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind
declare !dbg !287 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

declare !dbg !290 i32 @close(i32 noundef) local_unnamed_addr #5

declare !dbg !292 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare !dbg !299 i64 @time(ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !304 i64 @strftime(ptr noundef, i64 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !325 ptr @gmtime(ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !331 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #6

declare !dbg !335 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { cold }
attributes #9 = { nounwind willreturn memory(read) }
attributes #10 = { cold nounwind }

!llvm.dbg.cu = !{!22}
!llvm.module.flags = !{!52, !53, !54, !55, !56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "handler-functions.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "7813f46142fb5515827ec71f6e09c83b")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 6)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 14)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 20)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 7)
!22 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !23, retainedTypes: !37, globals: !51, splitDebugInlining: false, nameTableKind: None)
!23 = !{!24}
!24 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !25, line: 24, baseType: !26, size: 32, elements: !27)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!26 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!27 = !{!28, !29, !30, !31, !32, !33, !34, !35, !36}
!28 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!29 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!30 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!31 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!32 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!33 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!34 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!35 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!36 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!37 = !{!38, !47, !49}
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !40, line: 183, size: 128, elements: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!41 = !{!42, !46}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !39, file: !40, line: 185, baseType: !43, size: 16)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !44, line: 28, baseType: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!45 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !39, file: !40, line: 186, baseType: !9, size: 112, offset: 16)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !48, line: 40, baseType: !45)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!50 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !39)
!51 = !{!0, !7, !12, !17}
!52 = !{i32 7, !"Dwarf Version", i32 5}
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 1, !"wchar_size", i32 4}
!55 = !{i32 8, !"PIC Level", i32 2}
!56 = !{i32 7, !"PIE Level", i32 2}
!57 = !{i32 7, !"uwtable", i32 2}
!58 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!59 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!60 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 56, type: !61, scopeLine: 56, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, retainedNodes: !64)
!61 = !DISubroutineType(types: !62)
!62 = !{!63}
!63 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!64 = !{!65, !66}
!65 = !DILocalVariable(name: "fd", scope: !60, file: !2, line: 57, type: !63)
!66 = !DILocalVariable(name: "served", scope: !60, file: !2, line: 62, type: !67)
!67 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!68 = distinct !DIAssignID()
!69 = !DILocalVariable(name: "rq", scope: !70, file: !2, line: 28, type: !84)
!70 = distinct !DISubprogram(name: "handle_request", scope: !2, file: !2, line: 27, type: !71, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, retainedNodes: !73)
!71 = !DISubroutineType(types: !72)
!72 = !{!63, !63}
!73 = !{!74, !69, !75, !79}
!74 = !DILocalVariable(name: "sockfd", arg: 1, scope: !70, file: !2, line: 27, type: !63)
!75 = !DILocalVariable(name: "text", scope: !70, file: !2, line: 34, type: !76)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 64)
!79 = !DILocalVariable(name: "now", scope: !70, file: !2, line: 35, type: !80)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "time_t", file: !81, line: 10, baseType: !82)
!81 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/time_t.h", directory: "", checksumkind: CSK_MD5, checksum: "5c299a4954617c88bb03645c7864e1b1")
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !48, line: 160, baseType: !83)
!83 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "request", file: !2, line: 13, size: 2304, elements: !85)
!85 = !{!86, !90, !94, !115}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !84, file: !2, line: 14, baseType: !87, size: 2048)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 256)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !84, file: !2, line: 15, baseType: !91, size: 64, offset: 2048)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !92, line: 108, baseType: !93)
!92 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !48, line: 194, baseType: !83)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "from", scope: !84, file: !2, line: 16, baseType: !95, size: 128, offset: 2112)
!95 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !96, line: 245, size: 128, elements: !97)
!96 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!97 = !{!98, !99, !103, !110}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !95, file: !96, line: 247, baseType: !43, size: 16)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !95, file: !96, line: 248, baseType: !100, size: 16, offset: 16)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !96, line: 123, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !102, line: 25, baseType: !47)
!102 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!103 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !95, file: !96, line: 249, baseType: !104, size: 32, offset: 32)
!104 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !96, line: 31, size: 32, elements: !105)
!105 = !{!106}
!106 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !104, file: !96, line: 33, baseType: !107, size: 32)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !96, line: 30, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !102, line: 26, baseType: !109)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !48, line: 42, baseType: !26)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !95, file: !96, line: 252, baseType: !111, size: 64, offset: 64)
!111 = !DICompositeType(tag: DW_TAG_array_type, baseType: !112, size: 64, elements: !113)
!112 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!113 = !{!114}
!114 = !DISubrange(count: 8)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "fromlen", scope: !84, file: !2, line: 17, baseType: !116, size: 32, offset: 2240)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !40, line: 33, baseType: !117)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !48, line: 210, baseType: !26)
!118 = !DILocation(line: 0, scope: !70, inlinedAt: !119)
!119 = distinct !DILocation(line: 64, column: 9, scope: !120)
!120 = distinct !DILexicalBlock(scope: !121, file: !2, line: 64, column: 9)
!121 = distinct !DILexicalBlock(scope: !60, file: !2, line: 63, column: 13)
!122 = distinct !DIAssignID()
!123 = distinct !DIAssignID()
!124 = distinct !DIAssignID()
!125 = !DILocalVariable(name: "addr", scope: !126, file: !2, line: 45, type: !95)
!126 = distinct !DISubprogram(name: "setup", scope: !2, file: !2, line: 41, type: !61, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, retainedNodes: !127)
!127 = !{!128, !125}
!128 = !DILocalVariable(name: "fd", scope: !126, file: !2, line: 42, type: !63)
!129 = !DILocation(line: 0, scope: !126, inlinedAt: !130)
!130 = distinct !DILocation(line: 57, column: 12, scope: !60)
!131 = !DILocation(line: 42, column: 12, scope: !126, inlinedAt: !130)
!132 = !DILocation(line: 43, column: 10, scope: !133, inlinedAt: !130)
!133 = distinct !DILexicalBlock(scope: !126, file: !2, line: 43, column: 7)
!134 = !DILocation(line: 43, column: 7, scope: !126, inlinedAt: !130)
!135 = !DILocation(line: 45, column: 3, scope: !126, inlinedAt: !130)
!136 = !DILocation(line: 46, column: 3, scope: !126, inlinedAt: !130)
!137 = distinct !DIAssignID()
!138 = distinct !DIAssignID()
!139 = !DILocation(line: 47, column: 19, scope: !126, inlinedAt: !130)
!140 = !{!141, !142, i64 0}
!141 = !{!"sockaddr_in", !142, i64 0, !142, i64 2, !145, i64 4, !143, i64 8}
!142 = !{!"short", !143, i64 0}
!143 = !{!"omnipotent char", !144, i64 0}
!144 = !{!"Simple C/C++ TBAA"}
!145 = !{!"in_addr", !146, i64 0}
!146 = !{!"int", !143, i64 0}
!147 = distinct !DIAssignID()
!148 = !DILocation(line: 48, column: 8, scope: !126, inlinedAt: !130)
!149 = !DILocation(line: 48, column: 17, scope: !126, inlinedAt: !130)
!150 = !{!141, !142, i64 2}
!151 = distinct !DIAssignID()
!152 = !DILocation(line: 49, column: 7, scope: !153, inlinedAt: !130)
!153 = distinct !DILexicalBlock(scope: !126, file: !2, line: 49, column: 7)
!154 = !DILocation(line: 49, column: 56, scope: !153, inlinedAt: !130)
!155 = !DILocation(line: 49, column: 7, scope: !126, inlinedAt: !130)
!156 = !DILocation(line: 50, column: 5, scope: !157, inlinedAt: !130)
!157 = distinct !DILexicalBlock(scope: !153, file: !2, line: 49, column: 61)
!158 = !DILocation(line: 54, column: 1, scope: !126, inlinedAt: !130)
!159 = !DILocation(line: 0, scope: !60)
!160 = !DILocation(line: 58, column: 7, scope: !60)
!161 = !DILocation(line: 59, column: 5, scope: !162)
!162 = distinct !DILexicalBlock(scope: !163, file: !2, line: 58, column: 15)
!163 = distinct !DILexicalBlock(scope: !60, file: !2, line: 58, column: 7)
!164 = !DILocation(line: 60, column: 5, scope: !162)
!165 = !DILocation(line: 28, column: 3, scope: !70, inlinedAt: !119)
!166 = !DILocation(line: 29, column: 14, scope: !70, inlinedAt: !119)
!167 = !{!168, !146, i64 280}
!168 = !{!"request", !143, i64 0, !169, i64 256, !141, i64 264, !146, i64 280}
!169 = !{!"long", !143, i64 0}
!170 = distinct !DIAssignID()
!171 = !DILocation(line: 30, column: 12, scope: !70, inlinedAt: !119)
!172 = !DILocation(line: 30, column: 10, scope: !70, inlinedAt: !119)
!173 = !{!168, !169, i64 256}
!174 = distinct !DIAssignID()
!175 = !DILocation(line: 32, column: 14, scope: !176, inlinedAt: !119)
!176 = distinct !DILexicalBlock(scope: !70, file: !2, line: 32, column: 7)
!177 = !DILocation(line: 32, column: 7, scope: !70, inlinedAt: !119)
!178 = !DILocation(line: 34, column: 3, scope: !70, inlinedAt: !119)
!179 = !DILocation(line: 35, column: 3, scope: !70, inlinedAt: !119)
!180 = !DILocation(line: 35, column: 16, scope: !70, inlinedAt: !119)
!181 = !DILocation(line: 35, column: 10, scope: !70, inlinedAt: !119)
!182 = !{!169, !169, i64 0}
!183 = distinct !DIAssignID()
!184 = !DILocation(line: 36, column: 56, scope: !70, inlinedAt: !119)
!185 = !DILocation(line: 36, column: 3, scope: !70, inlinedAt: !119)
!186 = !DILocalVariable(name: "out_fd", arg: 1, scope: !187, file: !2, line: 20, type: !63)
!187 = distinct !DISubprogram(name: "reply_with", scope: !2, file: !2, line: 20, type: !188, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, retainedNodes: !194)
!188 = !DISubroutineType(types: !189)
!189 = !{null, !63, !190, !192}
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !191, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !84)
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !193, size: 64)
!193 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!194 = !{!186, !195, !196, !197}
!195 = !DILocalVariable(name: "rq", arg: 2, scope: !187, file: !2, line: 20, type: !190)
!196 = !DILocalVariable(name: "text", arg: 3, scope: !187, file: !2, line: 20, type: !192)
!197 = !DILocalVariable(name: "n", scope: !187, file: !2, line: 21, type: !198)
!198 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !199, line: 18, baseType: !67)
!199 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!200 = !DILocation(line: 0, scope: !187, inlinedAt: !201)
!201 = distinct !DILocation(line: 37, column: 3, scope: !70, inlinedAt: !119)
!202 = !DILocation(line: 21, column: 14, scope: !187, inlinedAt: !201)
!203 = !DILocation(line: 23, column: 18, scope: !204, inlinedAt: !201)
!204 = distinct !DILexicalBlock(scope: !187, file: !2, line: 22, column: 7)
!205 = !DILocation(line: 22, column: 7, scope: !204, inlinedAt: !201)
!206 = !DILocation(line: 23, column: 27, scope: !204, inlinedAt: !201)
!207 = !DILocation(line: 22, column: 7, scope: !187, inlinedAt: !201)
!208 = !DILocation(line: 24, column: 5, scope: !204, inlinedAt: !201)
!209 = !DILocation(line: 39, column: 1, scope: !70, inlinedAt: !119)
!210 = !DILocation(line: 64, column: 33, scope: !120)
!211 = distinct !{!211, !212, !213}
!212 = !DILocation(line: 63, column: 3, scope: !60)
!213 = !DILocation(line: 66, column: 3, scope: !60)
!214 = !DILocation(line: 64, column: 36, scope: !120)
!215 = !DILocation(line: 64, column: 45, scope: !120)
!216 = !DILocation(line: 64, column: 54, scope: !120)
!217 = !DILocation(line: 64, column: 9, scope: !121)
!218 = !DILocation(line: 65, column: 15, scope: !120)
!219 = !{!220, !220, i64 0}
!220 = !{!"any pointer", !143, i64 0}
!221 = !DILocation(line: 65, column: 7, scope: !120)
!222 = !DISubprogram(name: "perror", scope: !223, file: !223, line: 804, type: !224, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!224 = !DISubroutineType(types: !225)
!225 = !{null, !192}
!226 = !DISubprogram(name: "fprintf", scope: !223, file: !223, line: 350, type: !227, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!227 = !DISubroutineType(types: !228)
!228 = !{!63, !229, !282, null}
!229 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !230)
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !231, size: 64)
!231 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !232, line: 7, baseType: !233)
!232 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!233 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !234, line: 49, size: 1728, elements: !235)
!234 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!235 = !{!236, !237, !239, !240, !241, !242, !243, !244, !245, !246, !247, !248, !249, !252, !254, !255, !256, !258, !259, !261, !265, !268, !270, !273, !276, !277, !279, !280, !281}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !233, file: !234, line: 51, baseType: !63, size: 32)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !233, file: !234, line: 54, baseType: !238, size: 64, offset: 64)
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!239 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !233, file: !234, line: 55, baseType: !238, size: 64, offset: 128)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !233, file: !234, line: 56, baseType: !238, size: 64, offset: 192)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !233, file: !234, line: 57, baseType: !238, size: 64, offset: 256)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !233, file: !234, line: 58, baseType: !238, size: 64, offset: 320)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !233, file: !234, line: 59, baseType: !238, size: 64, offset: 384)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !233, file: !234, line: 60, baseType: !238, size: 64, offset: 448)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !233, file: !234, line: 61, baseType: !238, size: 64, offset: 512)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !233, file: !234, line: 64, baseType: !238, size: 64, offset: 576)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !233, file: !234, line: 65, baseType: !238, size: 64, offset: 640)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !233, file: !234, line: 66, baseType: !238, size: 64, offset: 704)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !233, file: !234, line: 68, baseType: !250, size: 64, offset: 768)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !251, size: 64)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !234, line: 36, flags: DIFlagFwdDecl)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !233, file: !234, line: 70, baseType: !253, size: 64, offset: 832)
!253 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !233, size: 64)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !233, file: !234, line: 72, baseType: !63, size: 32, offset: 896)
!255 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !233, file: !234, line: 73, baseType: !63, size: 32, offset: 928)
!256 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !233, file: !234, line: 74, baseType: !257, size: 64, offset: 960)
!257 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !48, line: 152, baseType: !83)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !233, file: !234, line: 77, baseType: !45, size: 16, offset: 1024)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !233, file: !234, line: 78, baseType: !260, size: 8, offset: 1040)
!260 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !233, file: !234, line: 79, baseType: !262, size: 8, offset: 1048)
!262 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !263)
!263 = !{!264}
!264 = !DISubrange(count: 1)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !233, file: !234, line: 81, baseType: !266, size: 64, offset: 1088)
!266 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !267, size: 64)
!267 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !234, line: 43, baseType: null)
!268 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !233, file: !234, line: 89, baseType: !269, size: 64, offset: 1152)
!269 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !48, line: 153, baseType: !83)
!270 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !233, file: !234, line: 91, baseType: !271, size: 64, offset: 1216)
!271 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !272, size: 64)
!272 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !234, line: 37, flags: DIFlagFwdDecl)
!273 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !233, file: !234, line: 92, baseType: !274, size: 64, offset: 1280)
!274 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !275, size: 64)
!275 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !234, line: 38, flags: DIFlagFwdDecl)
!276 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !233, file: !234, line: 93, baseType: !253, size: 64, offset: 1344)
!277 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !233, file: !234, line: 94, baseType: !278, size: 64, offset: 1408)
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!279 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !233, file: !234, line: 95, baseType: !198, size: 64, offset: 1472)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !233, file: !234, line: 96, baseType: !63, size: 32, offset: 1536)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !233, file: !234, line: 98, baseType: !14, size: 160, offset: 1568)
!282 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !192)
!283 = !DISubprogram(name: "socket", scope: !284, file: !284, line: 102, type: !285, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!284 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!285 = !DISubroutineType(types: !286)
!286 = !{!63, !63, !63, !63}
!287 = !DISubprogram(name: "bind", scope: !284, file: !284, line: 112, type: !288, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DISubroutineType(types: !289)
!289 = !{!63, !63, !49, !116}
!290 = !DISubprogram(name: "close", scope: !291, file: !291, line: 358, type: !71, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!291 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!292 = !DISubprogram(name: "recvfrom", scope: !284, file: !284, line: 163, type: !293, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!293 = !DISubroutineType(types: !294)
!294 = !{!91, !63, !295, !198, !63, !296, !297}
!295 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !278)
!296 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !38)
!297 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !298)
!298 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !116, size: 64)
!299 = !DISubprogram(name: "time", scope: !300, file: !300, line: 76, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!300 = !DIFile(filename: "/usr/include/time.h", directory: "", checksumkind: CSK_MD5, checksum: "2680dca3d5ba26e957b6fd37deaada6c")
!301 = !DISubroutineType(types: !302)
!302 = !{!80, !303}
!303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64)
!304 = !DISubprogram(name: "strftime", scope: !300, file: !300, line: 100, type: !305, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!305 = !DISubroutineType(types: !306)
!306 = !{!198, !307, !198, !282, !308}
!307 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !238)
!308 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !309)
!309 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !310, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !311)
!311 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "tm", file: !312, line: 7, size: 448, elements: !313)
!312 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_tm.h", directory: "", checksumkind: CSK_MD5, checksum: "9e5545b565ef031c4cd0faf90b69386f")
!313 = !{!314, !315, !316, !317, !318, !319, !320, !321, !322, !323, !324}
!314 = !DIDerivedType(tag: DW_TAG_member, name: "tm_sec", scope: !311, file: !312, line: 9, baseType: !63, size: 32)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "tm_min", scope: !311, file: !312, line: 10, baseType: !63, size: 32, offset: 32)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "tm_hour", scope: !311, file: !312, line: 11, baseType: !63, size: 32, offset: 64)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "tm_mday", scope: !311, file: !312, line: 12, baseType: !63, size: 32, offset: 96)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "tm_mon", scope: !311, file: !312, line: 13, baseType: !63, size: 32, offset: 128)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "tm_year", scope: !311, file: !312, line: 14, baseType: !63, size: 32, offset: 160)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "tm_wday", scope: !311, file: !312, line: 15, baseType: !63, size: 32, offset: 192)
!321 = !DIDerivedType(tag: DW_TAG_member, name: "tm_yday", scope: !311, file: !312, line: 16, baseType: !63, size: 32, offset: 224)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "tm_isdst", scope: !311, file: !312, line: 17, baseType: !63, size: 32, offset: 256)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "tm_gmtoff", scope: !311, file: !312, line: 20, baseType: !83, size: 64, offset: 320)
!324 = !DIDerivedType(tag: DW_TAG_member, name: "tm_zone", scope: !311, file: !312, line: 21, baseType: !192, size: 64, offset: 384)
!325 = !DISubprogram(name: "gmtime", scope: !300, file: !300, line: 132, type: !326, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!326 = !DISubroutineType(types: !327)
!327 = !{!328, !329}
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !311, size: 64)
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !330, size: 64)
!330 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !80)
!331 = !DISubprogram(name: "strlen", scope: !332, file: !332, line: 407, type: !333, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!332 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!333 = !DISubroutineType(types: !334)
!334 = !{!67, !192}
!335 = !DISubprogram(name: "sendto", scope: !284, file: !284, line: 152, type: !336, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{!91, !63, !338, !198, !63, !49, !116}
!338 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !339, size: 64)
!339 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
