; getaddrinfo-udp.c at -O2: the hints memset is narrowed around merged
; field stores and the result list pointer is a phi of the head and
; ai_next. The receive loop is rotated, so recvfrom() at line 51 is called
; twice, in front of the loop and at its end; both are arrivals of loop #0.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'getaddrinfo-udp.c'
; CHECK-NEXT: socket #0: udp ipv6, created in main at getaddrinfo-udp.c:28
; CHECK-NEXT:   bind: port 4950 address :: at getaddrinfo-udp.c:33
; CHECK-NEXT: event-loop #0: blocking-recv in main at getaddrinfo-udp.c:49, blocks in recvfrom at getaddrinfo-udp.c:51
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at getaddrinfo-udp.c:51, loop #0 (2 copies of one call)
; CHECK-NEXT: reply: sendto on socket #0 in main at getaddrinfo-udp.c:57, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/getaddrinfo-udp.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - getaddrinfo-udp.c

; ModuleID = 'getaddrinfo-udp.c'
source_filename = "getaddrinfo-udp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [5 x i8] c"4950\00", align 1, !dbg !0
@stderr = external local_unnamed_addr global ptr, align 8
@.str.1 = private unnamed_addr constant [17 x i8] c"getaddrinfo: %s\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [17 x i8] c"listener: socket\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [15 x i8] c"listener: bind\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [33 x i8] c"listener: failed to bind socket\0A\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !24

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 3) i32 @main() local_unnamed_addr #0 !dbg !67 {
  %1 = alloca %struct.addrinfo, align 8, !DIAssignID !116
    #dbg_assign(i1 undef, !72, !DIExpression(), !116, ptr %1, !DIExpression(), !117)
  %2 = alloca ptr, align 8, !DIAssignID !118
    #dbg_assign(i1 undef, !89, !DIExpression(), !118, ptr %2, !DIExpression(), !117)
  %3 = alloca [100 x i8], align 16, !DIAssignID !119
    #dbg_assign(i1 undef, !93, !DIExpression(), !119, ptr %3, !DIExpression(), !117)
  %4 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !120
    #dbg_assign(i1 undef, !97, !DIExpression(), !120, ptr %4, !DIExpression(), !117)
  %5 = alloca i32, align 4, !DIAssignID !121
    #dbg_assign(i1 undef, !107, !DIExpression(), !121, ptr %5, !DIExpression(), !117)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #7, !dbg !122
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #7, !dbg !122
    #dbg_value(i32 -1, !91, !DIExpression(), !117)
  %6 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !123
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %6, i8 0, i64 40, i1 false), !dbg !123, !DIAssignID !124
    #dbg_assign(i8 0, !72, !DIExpression(), !124, ptr %1, !DIExpression(), !117)
    #dbg_assign(i8 0, !72, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !125, ptr undef, !DIExpression(), !117)
  %7 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !126
  store i32 10, ptr %7, align 4, !dbg !127, !tbaa !128, !DIAssignID !134
    #dbg_assign(i32 10, !72, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !134, ptr %7, !DIExpression(), !117)
  %8 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !135
  store i32 2, ptr %8, align 8, !dbg !136, !tbaa !137, !DIAssignID !138
    #dbg_assign(i32 2, !72, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !138, ptr %8, !DIExpression(), !117)
  store i32 1, ptr %1, align 8, !dbg !139, !tbaa !140, !DIAssignID !141
    #dbg_assign(i32 1, !72, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !141, ptr %1, !DIExpression(), !117)
  %9 = call i32 @getaddrinfo(ptr noundef null, ptr noundef nonnull @.str, ptr noundef nonnull %1, ptr noundef nonnull %2) #7, !dbg !142
    #dbg_value(i32 %9, !92, !DIExpression(), !117)
  %10 = icmp eq i32 %9, 0, !dbg !144
  br i1 %10, label %11, label %14, !dbg !145

11:                                               ; preds = %0
  %12 = load ptr, ptr %2, align 8, !dbg !146, !tbaa !148
  %13 = icmp eq ptr %12, null, !dbg !149
  br i1 %13, label %42, label %18, !dbg !151

14:                                               ; preds = %0
  %15 = load ptr, ptr @stderr, align 8, !dbg !152, !tbaa !148
  %16 = call ptr @gai_strerror(i32 noundef %9) #7, !dbg !154
  %17 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %15, ptr noundef nonnull @.str.1, ptr noundef %16) #8, !dbg !155
  br label %56, !dbg !156

18:                                               ; preds = %11, %37
  %19 = phi ptr [ %40, %37 ], [ %12, %11 ]
  %20 = getelementptr inbounds i8, ptr %19, i64 4, !dbg !157
  %21 = load i32, ptr %20, align 4, !dbg !157, !tbaa !128
  %22 = getelementptr inbounds i8, ptr %19, i64 8, !dbg !160
  %23 = load i32, ptr %22, align 8, !dbg !160, !tbaa !137
  %24 = getelementptr inbounds i8, ptr %19, i64 12, !dbg !161
  %25 = load i32, ptr %24, align 4, !dbg !161, !tbaa !162
  %26 = call i32 @socket(i32 noundef %21, i32 noundef %23, i32 noundef %25) #7, !dbg !163
    #dbg_value(i32 %26, !91, !DIExpression(), !117)
  %27 = icmp eq i32 %26, -1, !dbg !164
  br i1 %27, label %37, label %28, !dbg !165

28:                                               ; preds = %18
  %29 = getelementptr inbounds i8, ptr %19, i64 24, !dbg !166
  %30 = load ptr, ptr %29, align 8, !dbg !166, !tbaa !168
  %31 = getelementptr inbounds i8, ptr %19, i64 16, !dbg !169
  %32 = load i32, ptr %31, align 8, !dbg !169, !tbaa !170
  %33 = call i32 @bind(i32 noundef %26, ptr noundef %30, i32 noundef %32) #7, !dbg !171
  %34 = icmp eq i32 %33, -1, !dbg !172
  br i1 %34, label %35, label %45, !dbg !173

35:                                               ; preds = %28
  %36 = call i32 @close(i32 noundef %26) #7, !dbg !174
  br label %37, !dbg !176

37:                                               ; preds = %18, %35
  %38 = phi ptr [ @.str.3, %35 ], [ @.str.2, %18 ]
  call void @perror(ptr noundef nonnull %38) #9, !dbg !177
  %39 = getelementptr inbounds i8, ptr %19, i64 40, !dbg !178
    #dbg_value(ptr poison, !90, !DIExpression(), !117)
  %40 = load ptr, ptr %39, align 8, !dbg !146, !tbaa !148
    #dbg_value(ptr %40, !90, !DIExpression(), !117)
    #dbg_value(i32 poison, !91, !DIExpression(), !117)
  %41 = icmp eq ptr %40, null, !dbg !149
  br i1 %41, label %42, label %18, !dbg !151, !llvm.loop !179

42:                                               ; preds = %37, %11
    #dbg_value(i32 poison, !91, !DIExpression(), !117)
  %43 = load ptr, ptr @stderr, align 8, !dbg !182, !tbaa !148
  %44 = call i64 @fwrite(ptr nonnull @.str.4, i64 32, i64 1, ptr %43) #9, !dbg !185
  br label %56, !dbg !186

45:                                               ; preds = %28
    #dbg_value(i32 %26, !91, !DIExpression(), !117)
  %46 = load ptr, ptr %2, align 8, !dbg !187, !tbaa !148
  call void @freeaddrinfo(ptr noundef %46) #7, !dbg !188
  call void @llvm.lifetime.start.p0(i64 100, ptr nonnull %3) #7, !dbg !189
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %4) #7, !dbg !190
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #7, !dbg !191
  store i32 128, ptr %5, align 4, !dbg !192, !tbaa !193, !DIAssignID !194
  %47 = call i64 @recvfrom(i32 noundef %26, ptr noundef nonnull %3, i64 noundef 99, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %5) #7, !dbg !195
  %48 = icmp eq i64 %47, -1, !dbg !196
  br i1 %48, label %55, label %49, !dbg !198

49:                                               ; preds = %45, %49
  %50 = phi i64 [ %53, %49 ], [ %47, %45 ]
  %51 = load i32, ptr %5, align 4, !dbg !199, !tbaa !193
  %52 = call i64 @sendto(i32 noundef %26, ptr noundef nonnull %3, i64 noundef %50, i32 noundef 0, ptr noundef nonnull %4, i32 noundef %51) #7, !dbg !200
  store i32 128, ptr %5, align 4, !dbg !192, !tbaa !193, !DIAssignID !194
    #dbg_assign(i32 128, !107, !DIExpression(), !194, ptr %5, !DIExpression(), !117)
  %53 = call i64 @recvfrom(i32 noundef %26, ptr noundef nonnull %3, i64 noundef 99, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %5) #7, !dbg !195
    #dbg_value(i64 %53, !108, !DIExpression(), !201)
  %54 = icmp eq i64 %53, -1, !dbg !196
  br i1 %54, label %55, label %49, !dbg !198, !llvm.loop !202

55:                                               ; preds = %49, %45
  call void @perror(ptr noundef nonnull @.str.5) #9, !dbg !205
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #7, !dbg !207
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %4) #7, !dbg !207
  call void @llvm.lifetime.end.p0(i64 100, ptr nonnull %3) #7, !dbg !207
  br label %56

56:                                               ; preds = %55, %42, %14
  %57 = phi i32 [ 1, %14 ], [ 2, %42 ], [ 1, %55 ], !dbg !117
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #7, !dbg !207
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #7, !dbg !207
  ret i32 %57, !dbg !207
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare !dbg !208 i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !219 noundef i32 @fprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !279 ptr @gai_strerror(i32 noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare !dbg !282 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare !dbg !286 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !289 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #5

declare !dbg !294 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !298 void @freeaddrinfo(ptr noundef) local_unnamed_addr #5

declare !dbg !301 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !308 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind }
attributes #7 = { nounwind }
attributes #8 = { cold nounwind }
attributes #9 = { cold }

!llvm.dbg.cu = !{!29}
!llvm.module.flags = !{!59, !60, !61, !62, !63, !64, !65}
!llvm.ident = !{!66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "getaddrinfo-udp.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "4ba28cbd0497d5208dcd50fef2c3d9bc")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 17)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 30, type: !9, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 35, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 15)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 264, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 33)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 9)
!29 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !30, retainedTypes: !44, globals: !58, splitDebugInlining: false, nameTableKind: None)
!30 = !{!31}
!31 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !32, line: 24, baseType: !33, size: 32, elements: !34)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!33 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!34 = !{!35, !36, !37, !38, !39, !40, !41, !42, !43}
!35 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!36 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!37 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!38 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!39 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!40 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!41 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!42 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!43 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!44 = !{!45, !46}
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !48, line: 183, size: 128, elements: !49)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!49 = !{!50, !54}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !47, file: !48, line: 185, baseType: !51, size: 16)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !52, line: 28, baseType: !53)
!52 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!53 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !47, file: !48, line: 186, baseType: !55, size: 112, offset: 16)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: 14)
!58 = !{!0, !7, !12, !14, !19, !24}
!59 = !{i32 7, !"Dwarf Version", i32 5}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 1, !"wchar_size", i32 4}
!62 = !{i32 8, !"PIC Level", i32 2}
!63 = !{i32 7, !"PIE Level", i32 2}
!64 = !{i32 7, !"uwtable", i32 2}
!65 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!66 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!67 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 15, type: !68, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !29, retainedNodes: !71)
!68 = !DISubroutineType(types: !69)
!69 = !{!70}
!70 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!71 = !{!72, !89, !90, !91, !92, !93, !97, !107, !108}
!72 = !DILocalVariable(name: "hints", scope: !67, file: !2, line: 16, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !74, line: 565, size: 384, elements: !75)
!74 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!75 = !{!76, !77, !78, !79, !80, !84, !85, !87}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !73, file: !74, line: 567, baseType: !70, size: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !73, file: !74, line: 568, baseType: !70, size: 32, offset: 32)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !73, file: !74, line: 569, baseType: !70, size: 32, offset: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !73, file: !74, line: 570, baseType: !70, size: 32, offset: 96)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !73, file: !74, line: 571, baseType: !81, size: 32, offset: 128)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !48, line: 33, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !83, line: 210, baseType: !33)
!83 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!84 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !73, file: !74, line: 572, baseType: !46, size: 64, offset: 192)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !73, file: !74, line: 573, baseType: !86, size: 64, offset: 256)
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !73, file: !74, line: 574, baseType: !88, size: 64, offset: 320)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64)
!89 = !DILocalVariable(name: "servinfo", scope: !67, file: !2, line: 16, type: !88)
!90 = !DILocalVariable(name: "p", scope: !67, file: !2, line: 16, type: !88)
!91 = !DILocalVariable(name: "sockfd", scope: !67, file: !2, line: 17, type: !70)
!92 = !DILocalVariable(name: "rv", scope: !67, file: !2, line: 17, type: !70)
!93 = !DILocalVariable(name: "buf", scope: !67, file: !2, line: 46, type: !94)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 800, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 100)
!97 = !DILocalVariable(name: "their_addr", scope: !67, file: !2, line: 47, type: !98)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !48, line: 196, size: 1024, elements: !99)
!99 = !{!100, !101, !105}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !98, file: !48, line: 198, baseType: !51, size: 16)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !98, file: !48, line: 199, baseType: !102, size: 944, offset: 16)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 118)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !98, file: !48, line: 200, baseType: !106, size: 64, offset: 960)
!106 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!107 = !DILocalVariable(name: "addr_len", scope: !67, file: !2, line: 48, type: !81)
!108 = !DILocalVariable(name: "numbytes", scope: !109, file: !2, line: 51, type: !112)
!109 = distinct !DILexicalBlock(scope: !110, file: !2, line: 49, column: 12)
!110 = distinct !DILexicalBlock(scope: !111, file: !2, line: 49, column: 3)
!111 = distinct !DILexicalBlock(scope: !67, file: !2, line: 49, column: 3)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !113, line: 108, baseType: !114)
!113 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !83, line: 194, baseType: !115)
!115 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!116 = distinct !DIAssignID()
!117 = !DILocation(line: 0, scope: !67)
!118 = distinct !DIAssignID()
!119 = distinct !DIAssignID()
!120 = distinct !DIAssignID()
!121 = distinct !DIAssignID()
!122 = !DILocation(line: 16, column: 3, scope: !67)
!123 = !DILocation(line: 19, column: 3, scope: !67)
!124 = distinct !DIAssignID()
!125 = distinct !DIAssignID()
!126 = !DILocation(line: 20, column: 9, scope: !67)
!127 = !DILocation(line: 20, column: 19, scope: !67)
!128 = !{!129, !130, i64 4}
!129 = !{!"addrinfo", !130, i64 0, !130, i64 4, !130, i64 8, !130, i64 12, !130, i64 16, !133, i64 24, !133, i64 32, !133, i64 40}
!130 = !{!"int", !131, i64 0}
!131 = !{!"omnipotent char", !132, i64 0}
!132 = !{!"Simple C/C++ TBAA"}
!133 = !{!"any pointer", !131, i64 0}
!134 = distinct !DIAssignID()
!135 = !DILocation(line: 21, column: 9, scope: !67)
!136 = !DILocation(line: 21, column: 21, scope: !67)
!137 = !{!129, !130, i64 8}
!138 = distinct !DIAssignID()
!139 = !DILocation(line: 22, column: 18, scope: !67)
!140 = !{!129, !130, i64 0}
!141 = distinct !DIAssignID()
!142 = !DILocation(line: 23, column: 13, scope: !143)
!143 = distinct !DILexicalBlock(scope: !67, file: !2, line: 23, column: 7)
!144 = !DILocation(line: 23, column: 59, scope: !143)
!145 = !DILocation(line: 23, column: 7, scope: !67)
!146 = !DILocation(line: 27, scope: !147)
!147 = distinct !DILexicalBlock(scope: !67, file: !2, line: 27, column: 3)
!148 = !{!133, !133, i64 0}
!149 = !DILocation(line: 27, column: 24, scope: !150)
!150 = distinct !DILexicalBlock(scope: !147, file: !2, line: 27, column: 3)
!151 = !DILocation(line: 27, column: 3, scope: !147)
!152 = !DILocation(line: 24, column: 13, scope: !153)
!153 = distinct !DILexicalBlock(scope: !143, file: !2, line: 23, column: 65)
!154 = !DILocation(line: 24, column: 42, scope: !153)
!155 = !DILocation(line: 24, column: 5, scope: !153)
!156 = !DILocation(line: 25, column: 5, scope: !153)
!157 = !DILocation(line: 28, column: 29, scope: !158)
!158 = distinct !DILexicalBlock(scope: !159, file: !2, line: 28, column: 9)
!159 = distinct !DILexicalBlock(scope: !150, file: !2, line: 27, column: 49)
!160 = !DILocation(line: 28, column: 43, scope: !158)
!161 = !DILocation(line: 28, column: 59, scope: !158)
!162 = !{!129, !130, i64 12}
!163 = !DILocation(line: 28, column: 19, scope: !158)
!164 = !DILocation(line: 28, column: 73, scope: !158)
!165 = !DILocation(line: 28, column: 9, scope: !159)
!166 = !DILocation(line: 33, column: 25, scope: !167)
!167 = distinct !DILexicalBlock(scope: !159, file: !2, line: 33, column: 9)
!168 = !{!129, !133, i64 24}
!169 = !DILocation(line: 33, column: 37, scope: !167)
!170 = !{!129, !130, i64 16}
!171 = !DILocation(line: 33, column: 9, scope: !167)
!172 = !DILocation(line: 33, column: 49, scope: !167)
!173 = !DILocation(line: 33, column: 9, scope: !159)
!174 = !DILocation(line: 34, column: 7, scope: !175)
!175 = distinct !DILexicalBlock(scope: !167, file: !2, line: 33, column: 56)
!176 = !DILocation(line: 36, column: 7, scope: !175)
!177 = !DILocation(line: 0, scope: !159)
!178 = !DILocation(line: 27, column: 40, scope: !150)
!179 = distinct !{!179, !151, !180, !181}
!180 = !DILocation(line: 39, column: 3, scope: !147)
!181 = !{!"llvm.loop.mustprogress"}
!182 = !DILocation(line: 41, column: 13, scope: !183)
!183 = distinct !DILexicalBlock(scope: !184, file: !2, line: 40, column: 18)
!184 = distinct !DILexicalBlock(scope: !67, file: !2, line: 40, column: 7)
!185 = !DILocation(line: 41, column: 5, scope: !183)
!186 = !DILocation(line: 42, column: 5, scope: !183)
!187 = !DILocation(line: 44, column: 16, scope: !67)
!188 = !DILocation(line: 44, column: 3, scope: !67)
!189 = !DILocation(line: 46, column: 3, scope: !67)
!190 = !DILocation(line: 47, column: 3, scope: !67)
!191 = !DILocation(line: 48, column: 3, scope: !67)
!192 = !DILocation(line: 50, column: 14, scope: !109)
!193 = !{!130, !130, i64 0}
!194 = distinct !DIAssignID()
!195 = !DILocation(line: 51, column: 24, scope: !109)
!196 = !DILocation(line: 53, column: 18, scope: !197)
!197 = distinct !DILexicalBlock(scope: !109, file: !2, line: 53, column: 9)
!198 = !DILocation(line: 53, column: 9, scope: !109)
!199 = !DILocation(line: 57, column: 70, scope: !109)
!200 = !DILocation(line: 57, column: 5, scope: !109)
!201 = !DILocation(line: 0, scope: !109)
!202 = distinct !{!202, !203, !204}
!203 = !DILocation(line: 49, column: 3, scope: !111)
!204 = !DILocation(line: 58, column: 3, scope: !111)
!205 = !DILocation(line: 54, column: 7, scope: !206)
!206 = distinct !DILexicalBlock(scope: !197, file: !2, line: 53, column: 25)
!207 = !DILocation(line: 59, column: 1, scope: !67)
!208 = !DISubprogram(name: "getaddrinfo", scope: !74, file: !74, line: 660, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubroutineType(types: !210)
!210 = !{!70, !211, !211, !214, !217}
!211 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !212)
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !213, size: 64)
!213 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!214 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !215)
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !216, size: 64)
!216 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !73)
!217 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !218)
!218 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!219 = !DISubprogram(name: "fprintf", scope: !220, file: !220, line: 350, type: !221, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!220 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!221 = !DISubroutineType(types: !222)
!222 = !{!70, !223, !211, null}
!223 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !224)
!224 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 64)
!225 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !226, line: 7, baseType: !227)
!226 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!227 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !228, line: 49, size: 1728, elements: !229)
!228 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!229 = !{!230, !231, !232, !233, !234, !235, !236, !237, !238, !239, !240, !241, !242, !245, !247, !248, !249, !251, !252, !254, !258, !261, !263, !266, !269, !270, !271, !274, !275}
!230 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !227, file: !228, line: 51, baseType: !70, size: 32)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !227, file: !228, line: 54, baseType: !86, size: 64, offset: 64)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !227, file: !228, line: 55, baseType: !86, size: 64, offset: 128)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !227, file: !228, line: 56, baseType: !86, size: 64, offset: 192)
!234 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !227, file: !228, line: 57, baseType: !86, size: 64, offset: 256)
!235 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !227, file: !228, line: 58, baseType: !86, size: 64, offset: 320)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !227, file: !228, line: 59, baseType: !86, size: 64, offset: 384)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !227, file: !228, line: 60, baseType: !86, size: 64, offset: 448)
!238 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !227, file: !228, line: 61, baseType: !86, size: 64, offset: 512)
!239 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !227, file: !228, line: 64, baseType: !86, size: 64, offset: 576)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !227, file: !228, line: 65, baseType: !86, size: 64, offset: 640)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !227, file: !228, line: 66, baseType: !86, size: 64, offset: 704)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !227, file: !228, line: 68, baseType: !243, size: 64, offset: 768)
!243 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !244, size: 64)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !228, line: 36, flags: DIFlagFwdDecl)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !227, file: !228, line: 70, baseType: !246, size: 64, offset: 832)
!246 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !227, size: 64)
!247 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !227, file: !228, line: 72, baseType: !70, size: 32, offset: 896)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !227, file: !228, line: 73, baseType: !70, size: 32, offset: 928)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !227, file: !228, line: 74, baseType: !250, size: 64, offset: 960)
!250 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !83, line: 152, baseType: !115)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !227, file: !228, line: 77, baseType: !53, size: 16, offset: 1024)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !227, file: !228, line: 78, baseType: !253, size: 8, offset: 1040)
!253 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !227, file: !228, line: 79, baseType: !255, size: 8, offset: 1048)
!255 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !256)
!256 = !{!257}
!257 = !DISubrange(count: 1)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !227, file: !228, line: 81, baseType: !259, size: 64, offset: 1088)
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !228, line: 43, baseType: null)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !227, file: !228, line: 89, baseType: !262, size: 64, offset: 1152)
!262 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !83, line: 153, baseType: !115)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !227, file: !228, line: 91, baseType: !264, size: 64, offset: 1216)
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !265, size: 64)
!265 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !228, line: 37, flags: DIFlagFwdDecl)
!266 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !227, file: !228, line: 92, baseType: !267, size: 64, offset: 1280)
!267 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !268, size: 64)
!268 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !228, line: 38, flags: DIFlagFwdDecl)
!269 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !227, file: !228, line: 93, baseType: !246, size: 64, offset: 1344)
!270 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !227, file: !228, line: 94, baseType: !45, size: 64, offset: 1408)
!271 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !227, file: !228, line: 95, baseType: !272, size: 64, offset: 1472)
!272 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !273, line: 18, baseType: !106)
!273 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!274 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !227, file: !228, line: 96, baseType: !70, size: 32, offset: 1536)
!275 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !227, file: !228, line: 98, baseType: !276, size: 160, offset: 1568)
!276 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !277)
!277 = !{!278}
!278 = !DISubrange(count: 20)
!279 = !DISubprogram(name: "gai_strerror", scope: !74, file: !74, line: 669, type: !280, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!280 = !DISubroutineType(types: !281)
!281 = !{!212, !70}
!282 = !DISubprogram(name: "socket", scope: !283, file: !283, line: 102, type: !284, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!283 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!284 = !DISubroutineType(types: !285)
!285 = !{!70, !70, !70, !70}
!286 = !DISubprogram(name: "perror", scope: !220, file: !220, line: 804, type: !287, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!287 = !DISubroutineType(types: !288)
!288 = !{null, !212}
!289 = !DISubprogram(name: "bind", scope: !283, file: !283, line: 112, type: !290, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!290 = !DISubroutineType(types: !291)
!291 = !{!70, !70, !292, !81}
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !293, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!294 = !DISubprogram(name: "close", scope: !295, file: !295, line: 358, type: !296, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!295 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!296 = !DISubroutineType(types: !297)
!297 = !{!70, !70}
!298 = !DISubprogram(name: "freeaddrinfo", scope: !74, file: !74, line: 666, type: !299, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!299 = !DISubroutineType(types: !300)
!300 = !{null, !88}
!301 = !DISubprogram(name: "recvfrom", scope: !283, file: !283, line: 163, type: !302, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!302 = !DISubroutineType(types: !303)
!303 = !{!112, !70, !304, !272, !70, !305, !306}
!304 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !45)
!305 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !46)
!306 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !307)
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64)
!308 = !DISubprogram(name: "sendto", scope: !283, file: !283, line: 152, type: !309, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!309 = !DISubroutineType(types: !310)
!310 = !{!112, !70, !311, !272, !70, !292, !81}
!311 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !312, size: 64)
!312 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
