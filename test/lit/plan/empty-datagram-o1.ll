; The receive's results in the idiom of UDPTokenBucketServer (issue 15,
; docs/real-servers.md error 7), at -O1. empty-datagram.c tests the
; receive's result for -1 (perror, line 58) and for 0 (an empty datagram,
; skipped, line 62); clang -O1 merges both tests into one switch on the
; result. Every other datagram is queued under the queue's mutex (lines
; 65-71) for a worker thread that answers it.
;
; A request has arrived when the offload runs: the result is at least 1,
; so neither case is a request (the prepare stage folds them, as it folds
; the same tests at -O0). Before, the switch's cases stayed: the empty
; datagram's `continue` was weighed like a real request (48.5%) and the
; plan said "the kernel could only drop requests (omega 0.485)", while
; every request meets the mutex.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'empty-datagram.c'
; CHECK:       arrival: empty-datagram.c:57
; CHECK:       omega 0.000
; CHECK-NEXT:  cost:
; CHECK-NEXT:  decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost ThreadOrLock (pthread_mutex_lock at empty-datagram.c:65)
; CHECK-NEXT:  blocked: ThreadOrLock pthread_mutex_lock at empty-datagram.c:65 (reached by 100.0% of requests)
; CHECK-NEXT:  blocked: ThreadOrLock pthread_cond_signal at empty-datagram.c:70 (reached by 100.0% of requests)
; CHECK-NEXT:  blocked: ThreadOrLock pthread_mutex_unlock at empty-datagram.c:71 (reached by 100.0% of requests)
; CHECK-NOT:   perror
; CHECK:       summary: 1 candidate, 0 offloaded
;
; MADE-FROM: Inputs/empty-datagram.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - empty-datagram.c

; ModuleID = 'empty-datagram.c'
source_filename = "empty-datagram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.item = type { %struct.sockaddr_in, i32, [64 x i8] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }

@s = internal unnamed_addr global i32 0, align 4, !dbg !0
@stderr = external local_unnamed_addr global ptr, align 8
@.str = private unnamed_addr constant [29 x i8] c"Cannot create worker thread\0A\00", align 1, !dbg !36
@.str.1 = private unnamed_addr constant [14 x i8] c"Network error\00", align 1, !dbg !41
@qlock = internal global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !87
@queue = internal unnamed_addr global [128 x %struct.item] zeroinitializer, align 16, !dbg !43
@tail = internal unnamed_addr global i32 0, align 4, !dbg !78
@qcond = internal global %union.pthread_cond_t zeroinitializer, align 8, !dbg !120
@head = internal unnamed_addr global i32 0, align 4, !dbg !85
@.str.2 = private unnamed_addr constant [2 x i8] c"Y\00", align 1, !dbg !80

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !161 {
  %1 = alloca i64, align 8, !DIAssignID !181
    #dbg_assign(i1 undef, !165, !DIExpression(), !181, ptr %1, !DIExpression(), !182)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !183
    #dbg_assign(i1 undef, !168, !DIExpression(), !183, ptr %2, !DIExpression(), !182)
  %3 = alloca [64 x i8], align 16, !DIAssignID !184
    #dbg_assign(i1 undef, !169, !DIExpression(), !184, ptr %3, !DIExpression(), !185)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !186
    #dbg_assign(i1 undef, !173, !DIExpression(), !186, ptr %4, !DIExpression(), !185)
  %5 = alloca i32, align 4, !DIAssignID !187
    #dbg_assign(i1 undef, !174, !DIExpression(), !187, ptr %5, !DIExpression(), !185)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #9, !dbg !188
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #9, !dbg !189
  store i32 %6, ptr @s, align 4, !dbg !190, !tbaa !191
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #9, !dbg !195
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %2, i8 0, i64 16, i1 false), !dbg !196, !DIAssignID !197
    #dbg_assign(i8 0, !168, !DIExpression(), !197, ptr %2, !DIExpression(), !182)
  store i16 2, ptr %2, align 4, !dbg !198, !tbaa !199, !DIAssignID !203
    #dbg_assign(i16 2, !168, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !203, ptr %2, !DIExpression(), !182)
  %7 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !204
  store i16 -29940, ptr %7, align 2, !dbg !205, !tbaa !206, !DIAssignID !207
    #dbg_assign(i16 -29940, !168, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !207, ptr %7, !DIExpression(), !182)
  %8 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %2, i32 noundef 16) #9, !dbg !208
  %9 = icmp slt i32 %8, 0, !dbg !210
  br i1 %9, label %10, label %11, !dbg !211

10:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #9, !dbg !212
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #9, !dbg !212
  ret i32 1, !dbg !212

11:                                               ; preds = %0
  %12 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @worker, ptr noundef null) #9, !dbg !213
  %13 = icmp eq i32 %12, 0, !dbg !215
  br i1 %13, label %17, label %14, !dbg !216

14:                                               ; preds = %11
  %15 = load ptr, ptr @stderr, align 8, !dbg !217, !tbaa !218
  %16 = call i64 @fwrite(ptr nonnull @.str, i64 28, i64 1, ptr %15) #10, !dbg !220
  br label %17, !dbg !220

17:                                               ; preds = %14, %11
  br label %18, !dbg !221

18:                                               ; preds = %17, %36
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #9, !dbg !222
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #9, !dbg !223
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #9, !dbg !224
  store i32 16, ptr %5, align 4, !dbg !225, !tbaa !191, !DIAssignID !226
    #dbg_assign(i32 16, !174, !DIExpression(), !226, ptr %5, !DIExpression(), !185)
  %19 = load i32, ptr @s, align 4, !dbg !227, !tbaa !191
  %20 = call i64 @recvfrom(i32 noundef %19, ptr noundef nonnull %3, i64 noundef 63, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %5) #9, !dbg !228
    #dbg_value(i64 %20, !175, !DIExpression(), !185)
  switch i64 %20, label %22 [
    i64 -1, label %21
    i64 0, label %36
  ], !dbg !221, !llvm.loop !229

21:                                               ; preds = %18
  call void @perror(ptr noundef nonnull @.str.1) #10, !dbg !233
  br label %36, !dbg !236, !llvm.loop !229

22:                                               ; preds = %18
  %23 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %20, !dbg !237
  store i8 0, ptr %23, align 1, !dbg !238, !tbaa !239
  %24 = call i32 @pthread_mutex_lock(ptr noundef nonnull @qlock) #9, !dbg !240
  %25 = load i32, ptr @tail, align 4, !dbg !241, !tbaa !191
  %26 = add i32 %25, 1, !dbg !241
  store i32 %26, ptr @tail, align 4, !dbg !241, !tbaa !191
  %27 = and i32 %25, 127, !dbg !242
  %28 = zext nneg i32 %27 to i64, !dbg !243
  %29 = getelementptr inbounds [128 x %struct.item], ptr @queue, i64 0, i64 %28, !dbg !243
    #dbg_value(ptr %29, !179, !DIExpression(), !185)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %29, ptr noundef nonnull align 4 dereferenceable(16) %4, i64 16, i1 false), !dbg !244, !tbaa.struct !245
  %30 = load i32, ptr %5, align 4, !dbg !247, !tbaa !191
  %31 = getelementptr inbounds i8, ptr %29, i64 16, !dbg !248
  store i32 %30, ptr %31, align 4, !dbg !249, !tbaa !250
  %32 = getelementptr inbounds i8, ptr %29, i64 20, !dbg !252
  %33 = add nuw nsw i64 %20, 1, !dbg !253
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %32, ptr noundef nonnull align 16 dereferenceable(1) %3, i64 %33, i1 false), !dbg !254
  %34 = call i32 @pthread_cond_signal(ptr noundef nonnull @qcond) #9, !dbg !255
  %35 = call i32 @pthread_mutex_unlock(ptr noundef nonnull @qlock) #9, !dbg !256
  br label %36, !dbg !257

36:                                               ; preds = %18, %22, %21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #9, !dbg !257
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #9, !dbg !257
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #9, !dbg !257
  br label %18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !258 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !262 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !267 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: noreturn nounwind uwtable
define internal noalias noundef nonnull ptr @worker(ptr nocapture readnone %0) #4 !dbg !288 {
  %2 = alloca %struct.item, align 4, !DIAssignID !295
    #dbg_assign(i1 undef, !291, !DIExpression(), !295, ptr %2, !DIExpression(), !296)
    #dbg_value(ptr poison, !290, !DIExpression(), !297)
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  br label %4, !dbg !298

4:                                                ; preds = %14, %1
  %5 = call i32 @pthread_mutex_lock(ptr noundef nonnull @qlock) #9, !dbg !299
  %6 = load i32, ptr @head, align 4, !dbg !300, !tbaa !191
  %7 = load i32, ptr @tail, align 4, !dbg !301, !tbaa !191
  %8 = icmp eq i32 %6, %7, !dbg !302
  br i1 %8, label %9, label %14, !dbg !303

9:                                                ; preds = %4, %9
  %10 = call i32 @pthread_cond_wait(ptr noundef nonnull @qcond, ptr noundef nonnull @qlock) #9, !dbg !304
  %11 = load i32, ptr @head, align 4, !dbg !300, !tbaa !191
  %12 = load i32, ptr @tail, align 4, !dbg !301, !tbaa !191
  %13 = icmp eq i32 %11, %12, !dbg !302
  br i1 %13, label %9, label %14, !dbg !303, !llvm.loop !305

14:                                               ; preds = %9, %4
  %15 = phi i32 [ %6, %4 ], [ %11, %9 ], !dbg !300
  call void @llvm.lifetime.start.p0(i64 84, ptr nonnull %2) #9, !dbg !308
  %16 = add i32 %15, 1, !dbg !309
  store i32 %16, ptr @head, align 4, !dbg !309, !tbaa !191
  %17 = and i32 %15, 127, !dbg !310
  %18 = zext nneg i32 %17 to i64, !dbg !311
  %19 = getelementptr inbounds [128 x %struct.item], ptr @queue, i64 0, i64 %18, !dbg !311
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(84) %2, ptr noundef nonnull align 4 dereferenceable(84) %19, i64 84, i1 false), !dbg !311, !tbaa.struct !312, !DIAssignID !313
    #dbg_assign(i1 undef, !291, !DIExpression(), !313, ptr %2, !DIExpression(), !296)
  %20 = call i32 @pthread_mutex_unlock(ptr noundef nonnull @qlock) #9, !dbg !314
  %21 = load i32, ptr @s, align 4, !dbg !315, !tbaa !191
  %22 = load i32, ptr %3, align 4, !dbg !316, !tbaa !250
  %23 = call i64 @sendto(i32 noundef %21, ptr noundef nonnull @.str.2, i64 noundef 1, i32 noundef 0, ptr noundef nonnull %2, i32 noundef %22) #9, !dbg !317
  call void @llvm.lifetime.end.p0(i64 84, ptr nonnull %2) #9, !dbg !318
  br label %4, !dbg !319, !llvm.loop !320
}

declare !dbg !323 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare !dbg !331 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !337 i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: nounwind
declare !dbg !341 i32 @pthread_cond_signal(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !345 i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !346 i32 @pthread_cond_wait(ptr noundef, ptr noundef) local_unnamed_addr #5

declare !dbg !351 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nofree nounwind }
attributes #9 = { nounwind }
attributes #10 = { cold }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!153, !154, !155, !156, !157, !158, !159}
!llvm.ident = !{!160}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "s", scope: !2, file: !3, line: 26, type: !98, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !35, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "empty-datagram.c", directory: "/work/wt-weights/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "40d2a974c71c03e78a0e81f2849d5a3e")
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
!18 = !{!19, !32, !33}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !21, line: 183, size: 128, elements: !22)
!21 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!22 = !{!23, !27}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !20, file: !21, line: 185, baseType: !24, size: 16)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !25, line: 28, baseType: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!26 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !20, file: !21, line: 186, baseType: !28, size: 112, offset: 16)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 112, elements: !30)
!29 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!30 = !{!31}
!31 = !DISubrange(count: 14)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !34, line: 40, baseType: !26)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!35 = !{!36, !41, !43, !78, !0, !80, !85, !87, !120}
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !3, line: 51, type: !38, isLocal: true, isDefinition: true)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 232, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 29)
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(scope: null, file: !3, line: 59, type: !28, isLocal: true, isDefinition: true)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "queue", scope: !2, file: !3, line: 22, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 86016, elements: !76)
!46 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "item", file: !3, line: 16, size: 672, elements: !47)
!47 = !{!48, !69, !72}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "peer", scope: !46, file: !3, line: 17, baseType: !49, size: 128)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !50, line: 245, size: 128, elements: !51)
!50 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!51 = !{!52, !53, !57, !64}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !49, file: !50, line: 247, baseType: !24, size: 16)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !49, file: !50, line: 248, baseType: !54, size: 16, offset: 16)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !50, line: 123, baseType: !55)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !56, line: 25, baseType: !33)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !49, file: !50, line: 249, baseType: !58, size: 32, offset: 32)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !50, line: 31, size: 32, elements: !59)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !58, file: !50, line: 33, baseType: !61, size: 32)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !50, line: 30, baseType: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !56, line: 26, baseType: !63)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !34, line: 42, baseType: !7)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !49, file: !50, line: 252, baseType: !65, size: 64, offset: 64)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !66, size: 64, elements: !67)
!66 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!67 = !{!68}
!68 = !DISubrange(count: 8)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "plen", scope: !46, file: !3, line: 18, baseType: !70, size: 32, offset: 128)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !71)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !34, line: 210, baseType: !7)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "msg", scope: !46, file: !3, line: 19, baseType: !73, size: 512, offset: 160)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 512, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 64)
!76 = !{!77}
!77 = !DISubrange(count: 128)
!78 = !DIGlobalVariableExpression(var: !79, expr: !DIExpression())
!79 = distinct !DIGlobalVariable(name: "tail", scope: !2, file: !3, line: 23, type: !7, isLocal: true, isDefinition: true)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(scope: null, file: !3, line: 36, type: !82, isLocal: true, isDefinition: true)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 16, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 2)
!85 = !DIGlobalVariableExpression(var: !86, expr: !DIExpression())
!86 = distinct !DIGlobalVariable(name: "head", scope: !2, file: !3, line: 23, type: !7, isLocal: true, isDefinition: true)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(name: "qlock", scope: !2, file: !3, line: 24, type: !89, isLocal: true, isDefinition: true)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutex_t", file: !90, line: 72, baseType: !91)
!90 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!91 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !90, line: 67, size: 320, elements: !92)
!92 = !{!93, !114, !118}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !91, file: !90, line: 69, baseType: !94, size: 320)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_mutex_s", file: !95, line: 22, size: 320, elements: !96)
!95 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h", directory: "", checksumkind: CSK_MD5, checksum: "584baedd80e6041b81caae7f496091c0")
!96 = !{!97, !99, !100, !101, !102, !103, !105, !106}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "__lock", scope: !94, file: !95, line: 24, baseType: !98, size: 32)
!98 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "__count", scope: !94, file: !95, line: 25, baseType: !7, size: 32, offset: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "__owner", scope: !94, file: !95, line: 26, baseType: !98, size: 32, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__nusers", scope: !94, file: !95, line: 28, baseType: !7, size: 32, offset: 96)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "__kind", scope: !94, file: !95, line: 32, baseType: !98, size: 32, offset: 128)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "__spins", scope: !94, file: !95, line: 34, baseType: !104, size: 16, offset: 160)
!104 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__elision", scope: !94, file: !95, line: 35, baseType: !104, size: 16, offset: 176)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "__list", scope: !94, file: !95, line: 36, baseType: !107, size: 128, offset: 192)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "__pthread_list_t", file: !108, line: 55, baseType: !109)
!108 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h", directory: "", checksumkind: CSK_MD5, checksum: "04c81e86d34dad9c99ad006d32e47a0d")
!109 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_internal_list", file: !108, line: 51, size: 128, elements: !110)
!110 = !{!111, !113}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "__prev", scope: !109, file: !108, line: 53, baseType: !112, size: 64)
!112 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !109, size: 64)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "__next", scope: !109, file: !108, line: 54, baseType: !112, size: 64, offset: 64)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !91, file: !90, line: 70, baseType: !115, size: 320)
!115 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 320, elements: !116)
!116 = !{!117}
!117 = !DISubrange(count: 40)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !91, file: !90, line: 71, baseType: !119, size: 64)
!119 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!120 = !DIGlobalVariableExpression(var: !121, expr: !DIExpression())
!121 = distinct !DIGlobalVariable(name: "qcond", scope: !2, file: !3, line: 25, type: !122, isLocal: true, isDefinition: true)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_cond_t", file: !90, line: 80, baseType: !123)
!123 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !90, line: 75, size: 384, elements: !124)
!124 = !{!125, !147, !151}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !123, file: !90, line: 77, baseType: !126, size: 384)
!126 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_cond_s", file: !108, line: 94, size: 384, elements: !127)
!127 = !{!128, !140, !141, !143, !144, !145, !146}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "__wseq", scope: !126, file: !108, line: 96, baseType: !129, size: 64)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "__atomic_wide_counter", file: !130, line: 33, baseType: !131)
!130 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h", directory: "", checksumkind: CSK_MD5, checksum: "2708e6e61e266abad2d765ccef838dbe")
!131 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !130, line: 25, size: 64, elements: !132)
!132 = !{!133, !135}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "__value64", scope: !131, file: !130, line: 27, baseType: !134, size: 64)
!134 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "__value32", scope: !131, file: !130, line: 32, baseType: !136, size: 64)
!136 = distinct !DICompositeType(tag: DW_TAG_structure_type, scope: !131, file: !130, line: 28, size: 64, elements: !137)
!137 = !{!138, !139}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "__low", scope: !136, file: !130, line: 30, baseType: !7, size: 32)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "__high", scope: !136, file: !130, line: 31, baseType: !7, size: 32, offset: 32)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "__g1_start", scope: !126, file: !108, line: 97, baseType: !129, size: 64, offset: 64)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "__g_refs", scope: !126, file: !108, line: 98, baseType: !142, size: 64, offset: 128)
!142 = !DICompositeType(tag: DW_TAG_array_type, baseType: !7, size: 64, elements: !83)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "__g_size", scope: !126, file: !108, line: 99, baseType: !142, size: 64, offset: 192)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "__g1_orig_size", scope: !126, file: !108, line: 100, baseType: !7, size: 32, offset: 256)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "__wrefs", scope: !126, file: !108, line: 101, baseType: !7, size: 32, offset: 288)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "__g_signals", scope: !126, file: !108, line: 102, baseType: !142, size: 64, offset: 320)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !123, file: !90, line: 78, baseType: !148, size: 384)
!148 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 384, elements: !149)
!149 = !{!150}
!150 = !DISubrange(count: 48)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !123, file: !90, line: 79, baseType: !152, size: 64)
!152 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!153 = !{i32 7, !"Dwarf Version", i32 5}
!154 = !{i32 2, !"Debug Info Version", i32 3}
!155 = !{i32 1, !"wchar_size", i32 4}
!156 = !{i32 8, !"PIC Level", i32 2}
!157 = !{i32 7, !"PIE Level", i32 2}
!158 = !{i32 7, !"uwtable", i32 2}
!159 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!160 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!161 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 41, type: !162, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !164)
!162 = !DISubroutineType(types: !163)
!163 = !{!98}
!164 = !{!165, !168, !169, !173, !174, !175, !179}
!165 = !DILocalVariable(name: "tid", scope: !161, file: !3, line: 42, type: !166)
!166 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_t", file: !90, line: 27, baseType: !167)
!167 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!168 = !DILocalVariable(name: "sa", scope: !161, file: !3, line: 44, type: !49)
!169 = !DILocalVariable(name: "buf", scope: !170, file: !3, line: 53, type: !73)
!170 = distinct !DILexicalBlock(scope: !171, file: !3, line: 52, column: 12)
!171 = distinct !DILexicalBlock(scope: !172, file: !3, line: 52, column: 3)
!172 = distinct !DILexicalBlock(scope: !161, file: !3, line: 52, column: 3)
!173 = !DILocalVariable(name: "peer", scope: !170, file: !3, line: 54, type: !49)
!174 = !DILocalVariable(name: "plen", scope: !170, file: !3, line: 55, type: !70)
!175 = !DILocalVariable(name: "num", scope: !170, file: !3, line: 56, type: !176)
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !177, line: 108, baseType: !178)
!177 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!178 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !34, line: 194, baseType: !119)
!179 = !DILocalVariable(name: "it", scope: !170, file: !3, line: 66, type: !180)
!180 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 0, scope: !161)
!183 = distinct !DIAssignID()
!184 = distinct !DIAssignID()
!185 = !DILocation(line: 0, scope: !170)
!186 = distinct !DIAssignID()
!187 = distinct !DIAssignID()
!188 = !DILocation(line: 42, column: 3, scope: !161)
!189 = !DILocation(line: 43, column: 7, scope: !161)
!190 = !DILocation(line: 43, column: 5, scope: !161)
!191 = !{!192, !192, i64 0}
!192 = !{!"int", !193, i64 0}
!193 = !{!"omnipotent char", !194, i64 0}
!194 = !{!"Simple C/C++ TBAA"}
!195 = !DILocation(line: 44, column: 3, scope: !161)
!196 = !DILocation(line: 45, column: 3, scope: !161)
!197 = distinct !DIAssignID()
!198 = !DILocation(line: 46, column: 17, scope: !161)
!199 = !{!200, !201, i64 0}
!200 = !{!"sockaddr_in", !201, i64 0, !201, i64 2, !202, i64 4, !193, i64 8}
!201 = !{!"short", !193, i64 0}
!202 = !{!"in_addr", !192, i64 0}
!203 = distinct !DIAssignID()
!204 = !DILocation(line: 47, column: 6, scope: !161)
!205 = !DILocation(line: 47, column: 15, scope: !161)
!206 = !{!200, !201, i64 2}
!207 = distinct !DIAssignID()
!208 = !DILocation(line: 48, column: 7, scope: !209)
!209 = distinct !DILexicalBlock(scope: !161, file: !3, line: 48, column: 7)
!210 = !DILocation(line: 48, column: 51, scope: !209)
!211 = !DILocation(line: 48, column: 7, scope: !161)
!212 = !DILocation(line: 73, column: 1, scope: !161)
!213 = !DILocation(line: 50, column: 7, scope: !214)
!214 = distinct !DILexicalBlock(scope: !161, file: !3, line: 50, column: 7)
!215 = !DILocation(line: 50, column: 48, scope: !214)
!216 = !DILocation(line: 50, column: 7, scope: !161)
!217 = !DILocation(line: 51, column: 13, scope: !214)
!218 = !{!219, !219, i64 0}
!219 = !{!"any pointer", !193, i64 0}
!220 = !DILocation(line: 51, column: 5, scope: !214)
!221 = !DILocation(line: 58, column: 9, scope: !170)
!222 = !DILocation(line: 53, column: 5, scope: !170)
!223 = !DILocation(line: 54, column: 5, scope: !170)
!224 = !DILocation(line: 55, column: 5, scope: !170)
!225 = !DILocation(line: 55, column: 15, scope: !170)
!226 = distinct !DIAssignID()
!227 = !DILocation(line: 57, column: 18, scope: !170)
!228 = !DILocation(line: 57, column: 9, scope: !170)
!229 = distinct !{!229, !230, !231, !232}
!230 = !DILocation(line: 52, column: 3, scope: !172)
!231 = !DILocation(line: 72, column: 3, scope: !172)
!232 = !{!"llvm.loop.unroll.disable"}
!233 = !DILocation(line: 59, column: 7, scope: !234)
!234 = distinct !DILexicalBlock(scope: !235, file: !3, line: 58, column: 20)
!235 = distinct !DILexicalBlock(scope: !170, file: !3, line: 58, column: 9)
!236 = !DILocation(line: 60, column: 7, scope: !234)
!237 = !DILocation(line: 64, column: 5, scope: !170)
!238 = !DILocation(line: 64, column: 14, scope: !170)
!239 = !{!193, !193, i64 0}
!240 = !DILocation(line: 65, column: 5, scope: !170)
!241 = !DILocation(line: 66, column: 34, scope: !170)
!242 = !DILocation(line: 66, column: 37, scope: !170)
!243 = !DILocation(line: 66, column: 24, scope: !170)
!244 = !DILocation(line: 67, column: 16, scope: !170)
!245 = !{i64 0, i64 2, !246, i64 2, i64 2, !246, i64 4, i64 4, !191, i64 8, i64 8, !239}
!246 = !{!201, !201, i64 0}
!247 = !DILocation(line: 68, column: 16, scope: !170)
!248 = !DILocation(line: 68, column: 9, scope: !170)
!249 = !DILocation(line: 68, column: 14, scope: !170)
!250 = !{!251, !192, i64 16}
!251 = !{!"item", !200, i64 0, !192, i64 16, !193, i64 20}
!252 = !DILocation(line: 69, column: 16, scope: !170)
!253 = !DILocation(line: 69, column: 30, scope: !170)
!254 = !DILocation(line: 69, column: 5, scope: !170)
!255 = !DILocation(line: 70, column: 5, scope: !170)
!256 = !DILocation(line: 71, column: 5, scope: !170)
!257 = !DILocation(line: 72, column: 3, scope: !171)
!258 = !DISubprogram(name: "socket", scope: !259, file: !259, line: 102, type: !260, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!259 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!260 = !DISubroutineType(types: !261)
!261 = !{!98, !98, !98, !98}
!262 = !DISubprogram(name: "bind", scope: !259, file: !259, line: 112, type: !263, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!263 = !DISubroutineType(types: !264)
!264 = !{!98, !98, !265, !70}
!265 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !266, size: 64)
!266 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!267 = !DISubprogram(name: "pthread_create", scope: !268, file: !268, line: 202, type: !269, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!268 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!269 = !DISubroutineType(types: !270)
!270 = !{!98, !271, !273, !284, !287}
!271 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !272)
!272 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !166, size: 64)
!273 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !274)
!274 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !275, size: 64)
!275 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !276)
!276 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_attr_t", file: !90, line: 62, baseType: !277)
!277 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "pthread_attr_t", file: !90, line: 56, size: 448, elements: !278)
!278 = !{!279, !283}
!279 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !277, file: !90, line: 58, baseType: !280, size: 448)
!280 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 448, elements: !281)
!281 = !{!282}
!282 = !DISubrange(count: 56)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !277, file: !90, line: 59, baseType: !119, size: 64)
!284 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !285, size: 64)
!285 = !DISubroutineType(types: !286)
!286 = !{!32, !32}
!287 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !32)
!288 = distinct !DISubprogram(name: "worker", scope: !3, file: !3, line: 28, type: !285, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !289)
!289 = !{!290, !291}
!290 = !DILocalVariable(name: "arg", arg: 1, scope: !288, file: !3, line: 28, type: !32)
!291 = !DILocalVariable(name: "it", scope: !292, file: !3, line: 34, type: !46)
!292 = distinct !DILexicalBlock(scope: !293, file: !3, line: 30, column: 12)
!293 = distinct !DILexicalBlock(scope: !294, file: !3, line: 30, column: 3)
!294 = distinct !DILexicalBlock(scope: !288, file: !3, line: 30, column: 3)
!295 = distinct !DIAssignID()
!296 = !DILocation(line: 0, scope: !292)
!297 = !DILocation(line: 0, scope: !288)
!298 = !DILocation(line: 30, column: 3, scope: !288)
!299 = !DILocation(line: 31, column: 5, scope: !292)
!300 = !DILocation(line: 32, column: 12, scope: !292)
!301 = !DILocation(line: 32, column: 20, scope: !292)
!302 = !DILocation(line: 32, column: 17, scope: !292)
!303 = !DILocation(line: 32, column: 5, scope: !292)
!304 = !DILocation(line: 33, column: 7, scope: !292)
!305 = distinct !{!305, !303, !306, !307, !232}
!306 = !DILocation(line: 33, column: 39, scope: !292)
!307 = !{!"llvm.loop.mustprogress"}
!308 = !DILocation(line: 34, column: 5, scope: !292)
!309 = !DILocation(line: 34, column: 32, scope: !292)
!310 = !DILocation(line: 34, column: 35, scope: !292)
!311 = !DILocation(line: 34, column: 22, scope: !292)
!312 = !{i64 0, i64 2, !246, i64 2, i64 2, !246, i64 4, i64 4, !191, i64 8, i64 8, !239, i64 16, i64 4, !191, i64 20, i64 64, !239}
!313 = distinct !DIAssignID()
!314 = !DILocation(line: 35, column: 5, scope: !292)
!315 = !DILocation(line: 36, column: 12, scope: !292)
!316 = !DILocation(line: 36, column: 58, scope: !292)
!317 = !DILocation(line: 36, column: 5, scope: !292)
!318 = !DILocation(line: 37, column: 3, scope: !293)
!319 = !DILocation(line: 30, column: 3, scope: !293)
!320 = distinct !{!320, !321, !322, !232}
!321 = !DILocation(line: 30, column: 3, scope: !294)
!322 = !DILocation(line: 37, column: 3, scope: !294)
!323 = !DISubprogram(name: "recvfrom", scope: !259, file: !259, line: 163, type: !324, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!324 = !DISubroutineType(types: !325)
!325 = !{!176, !98, !287, !326, !98, !328, !329}
!326 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !327, line: 18, baseType: !167)
!327 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!328 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !19)
!329 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !330)
!330 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)
!331 = !DISubprogram(name: "perror", scope: !332, file: !332, line: 804, type: !333, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!332 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!333 = !DISubroutineType(types: !334)
!334 = !{null, !335}
!335 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !336, size: 64)
!336 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!337 = !DISubprogram(name: "pthread_mutex_lock", scope: !268, file: !268, line: 794, type: !338, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!338 = !DISubroutineType(types: !339)
!339 = !{!98, !340}
!340 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!341 = !DISubprogram(name: "pthread_cond_signal", scope: !268, file: !268, line: 1121, type: !342, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!342 = !DISubroutineType(types: !343)
!343 = !{!98, !344}
!344 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !122, size: 64)
!345 = !DISubprogram(name: "pthread_mutex_unlock", scope: !268, file: !268, line: 835, type: !338, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!346 = !DISubprogram(name: "pthread_cond_wait", scope: !268, file: !268, line: 1133, type: !347, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!347 = !DISubroutineType(types: !348)
!348 = !{!98, !349, !350}
!349 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !344)
!350 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !340)
!351 = !DISubprogram(name: "sendto", scope: !259, file: !259, line: 152, type: !352, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!352 = !DISubroutineType(types: !353)
!353 = !{!176, !98, !354, !326, !98, !265, !70}
!354 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !355, size: 64)
!355 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
