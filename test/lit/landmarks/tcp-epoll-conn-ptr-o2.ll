; tcp-epoll-conn-ptr.c at -O2: the handlers are inlined into main and the
; event's data pointer is an SSA value loaded from the event array.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-epoll-conn-ptr.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-epoll-conn-ptr.c:58
; CHECK-NEXT:   bind: port 6380 address 0.0.0.0 at tcp-epoll-conn-ptr.c:63
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at tcp-epoll-conn-ptr.c:43
; CHECK-NEXT: event-loop #0: epoll in main at tcp-epoll-conn-ptr.c:72, waits in epoll_wait at tcp-epoll-conn-ptr.c:73
; CHECK-NEXT: arrival: read on socket #1 in main at tcp-epoll-conn-ptr.c:30 (called at tcp-epoll-conn-ptr.c:79), loop #0
; CHECK-NEXT: reply: write on socket #1 in main at tcp-epoll-conn-ptr.c:38 (called at tcp-epoll-conn-ptr.c:79), loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-epoll-conn-ptr.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - tcp-epoll-conn-ptr.c

; ModuleID = 'tcp-epoll-conn-ptr.c'
source_filename = "tcp-epoll-conn-ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !0
@epfd = internal unnamed_addr global i32 0, align 4, !dbg !7
@__const.main.ev = private unnamed_addr constant %struct.epoll_event <{ i32 1, %union.epoll_data zeroinitializer }>, align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !71 {
  %1 = alloca %struct.epoll_event, align 4, !DIAssignID !133
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !134
    #dbg_assign(i1 undef, !76, !DIExpression(), !134, ptr %2, !DIExpression(), !135)
  %3 = alloca %struct.epoll_event, align 1, !DIAssignID !136
    #dbg_assign(i1 undef, !97, !DIExpression(), !136, ptr %3, !DIExpression(), !135)
  %4 = alloca [64 x %struct.epoll_event], align 16, !DIAssignID !137
    #dbg_assign(i1 undef, !111, !DIExpression(), !137, ptr %4, !DIExpression(), !135)
  %5 = tail call i32 @socket(i32 noundef 2, i32 noundef 2049, i32 noundef 0) #11, !dbg !138
    #dbg_value(i32 %5, !75, !DIExpression(), !135)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #11, !dbg !139
  %6 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !140
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %6, i8 0, i64 12, i1 false), !dbg !140, !DIAssignID !141
    #dbg_assign(i8 0, !76, !DIExpression(), !141, ptr %2, !DIExpression(), !135)
    #dbg_assign(i8 0, !76, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !142, ptr undef, !DIExpression(), !135)
  store i16 2, ptr %2, align 4, !dbg !143, !tbaa !144, !DIAssignID !151
    #dbg_assign(i16 2, !76, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !151, ptr %2, !DIExpression(), !135)
  %7 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !152
  store i16 -5096, ptr %7, align 2, !dbg !153, !tbaa !154, !DIAssignID !155
    #dbg_assign(i16 -5096, !76, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !155, ptr %7, !DIExpression(), !135)
  %8 = icmp slt i32 %5, 0, !dbg !156
  br i1 %8, label %15, label %9, !dbg !158

9:                                                ; preds = %0
  %10 = call i32 @bind(i32 noundef %5, ptr nonnull %2, i32 noundef 16) #11, !dbg !159
  %11 = icmp slt i32 %10, 0, !dbg !160
  br i1 %11, label %15, label %12, !dbg !161

12:                                               ; preds = %9
  %13 = call i32 @listen(i32 noundef %5, i32 noundef 4096) #11, !dbg !162
  %14 = icmp slt i32 %13, 0, !dbg !163
  br i1 %14, label %15, label %16, !dbg !164

15:                                               ; preds = %12, %9, %0
  call void @perror(ptr noundef nonnull @.str) #12, !dbg !165
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #11, !dbg !167
  ret i32 1, !dbg !167

16:                                               ; preds = %12
  %17 = call i32 @epoll_create1(i32 noundef 0) #11, !dbg !168
  store i32 %17, ptr @epfd, align 4, !dbg !169, !tbaa !170
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %3) #11, !dbg !171
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(12) %3, ptr noundef nonnull align 1 dereferenceable(12) @__const.main.ev, i64 12, i1 false), !dbg !172, !DIAssignID !173
    #dbg_assign(i1 undef, !97, !DIExpression(), !173, ptr %3, !DIExpression(), !135)
  %18 = call i32 @epoll_ctl(i32 noundef %17, i32 noundef 1, i32 noundef %5, ptr noundef nonnull %3) #11, !dbg !174
  call void @llvm.lifetime.start.p0(i64 768, ptr nonnull %4) #11, !dbg !175
  %19 = getelementptr inbounds i8, ptr %1, i64 4
  br label %21, !dbg !176

20:                                               ; preds = %73, %21
  br label %21, !dbg !177, !llvm.loop !178

21:                                               ; preds = %20, %16
  %22 = load i32, ptr @epfd, align 4, !dbg !180, !tbaa !170
  %23 = call i32 @epoll_wait(i32 noundef %22, ptr noundef nonnull %4, i32 noundef 64, i32 noundef -1) #11, !dbg !181
    #dbg_value(i32 %23, !115, !DIExpression(), !182)
    #dbg_value(i32 0, !119, !DIExpression(), !183)
  %24 = icmp sgt i32 %23, 0, !dbg !184
  br i1 %24, label %25, label %20, !dbg !185

25:                                               ; preds = %21
  %26 = zext nneg i32 %23 to i64, !dbg !184
  br label %27, !dbg !185

27:                                               ; preds = %25, %73
  %28 = phi i64 [ 0, %25 ], [ %74, %73 ]
    #dbg_value(i64 %28, !119, !DIExpression(), !183)
  %29 = getelementptr inbounds [64 x %struct.epoll_event], ptr %4, i64 0, i64 %28, i32 1, !dbg !186
  %30 = load ptr, ptr %29, align 4, !dbg !187, !tbaa !188
    #dbg_value(ptr %30, !121, !DIExpression(), !189)
  %31 = icmp eq ptr %30, null, !dbg !190
  br i1 %31, label %32, label %51, !dbg !192

32:                                               ; preds = %27
    #dbg_assign(i1 undef, !193, !DIExpression(), !133, ptr %1, !DIExpression(), !201)
    #dbg_value(i32 %5, !198, !DIExpression(), !201)
  %33 = call i32 @accept4(i32 noundef %5, ptr null, ptr noundef null, i32 noundef 2048) #11, !dbg !203
    #dbg_value(i32 %33, !199, !DIExpression(), !201)
  %34 = icmp slt i32 %33, 0, !dbg !204
  br i1 %34, label %73, label %35, !dbg !206

35:                                               ; preds = %32
  %36 = call noalias dereferenceable_or_null(2064) ptr @calloc(i64 noundef 1, i64 noundef 2064) #13, !dbg !207
    #dbg_value(ptr %36, !200, !DIExpression(), !201)
  %37 = icmp eq ptr %36, null, !dbg !208
  br i1 %37, label %38, label %40, !dbg !210

38:                                               ; preds = %35
  %39 = call i32 @close(i32 noundef %33) #11, !dbg !211
  br label %73, !dbg !213

40:                                               ; preds = %35
  store i32 %33, ptr %36, align 8, !dbg !214, !tbaa !215
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %1) #11, !dbg !218
  store i32 1, ptr %1, align 4, !dbg !219, !tbaa !220, !DIAssignID !222
    #dbg_assign(i32 1, !193, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !222, ptr %1, !DIExpression(), !201)
  store ptr %36, ptr %19, align 4, !dbg !223, !tbaa !188, !DIAssignID !224
    #dbg_assign(ptr %36, !193, !DIExpression(DW_OP_LLVM_fragment, 32, 64), !224, ptr %19, !DIExpression(), !201)
  %41 = load i32, ptr @epfd, align 4, !dbg !225, !tbaa !170
  %42 = call i32 @epoll_ctl(i32 noundef %41, i32 noundef 1, i32 noundef %33, ptr noundef nonnull %1) #11, !dbg !227
  %43 = icmp slt i32 %42, 0, !dbg !228
  br i1 %43, label %44, label %50, !dbg !229

44:                                               ; preds = %40
    #dbg_value(ptr %36, !230, !DIExpression(), !235)
  %45 = load i32, ptr @epfd, align 4, !dbg !237, !tbaa !170
  %46 = load i32, ptr %36, align 8, !dbg !238, !tbaa !215
  %47 = call i32 @epoll_ctl(i32 noundef %45, i32 noundef 2, i32 noundef %46, ptr noundef null) #11, !dbg !239
  %48 = load i32, ptr %36, align 8, !dbg !240, !tbaa !215
  %49 = call i32 @close(i32 noundef %48) #11, !dbg !241
  call void @free(ptr noundef nonnull %36) #11, !dbg !242
  br label %50, !dbg !243

50:                                               ; preds = %44, %40
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %1) #11, !dbg !244
  br label %73, !dbg !244

51:                                               ; preds = %27
    #dbg_value(ptr %30, !245, !DIExpression(), !253)
  %52 = load i32, ptr %30, align 8, !dbg !255, !tbaa !215
  %53 = getelementptr inbounds i8, ptr %30, i64 16, !dbg !256
  %54 = call i64 @read(i32 noundef %52, ptr noundef nonnull %53, i64 noundef 2048) #11, !dbg !257
    #dbg_value(i64 %54, !248, !DIExpression(), !253)
  %55 = icmp slt i64 %54, 1, !dbg !258
  br i1 %55, label %56, label %62, !dbg !260

56:                                               ; preds = %51
  %57 = icmp slt i64 %54, 0, !dbg !261
  br i1 %57, label %58, label %67, !dbg !264

58:                                               ; preds = %56
  %59 = tail call ptr @__errno_location() #14, !dbg !265
  %60 = load i32, ptr %59, align 4, !dbg !265, !tbaa !170
  %61 = icmp eq i32 %60, 11, !dbg !266
  br i1 %61, label %73, label %67, !dbg !267

62:                                               ; preds = %51
  %63 = getelementptr inbounds i8, ptr %30, i64 8, !dbg !268
  store i64 %54, ptr %63, align 8, !dbg !269, !tbaa !270
  %64 = load i32, ptr %30, align 8, !dbg !271, !tbaa !215
  %65 = call i64 @write(i32 noundef %64, ptr noundef nonnull %53, i64 noundef %54) #11, !dbg !273
  %66 = icmp slt i64 %65, 0, !dbg !274
  br i1 %66, label %67, label %73, !dbg !275

67:                                               ; preds = %62, %58, %56
  %68 = load i32, ptr @epfd, align 4, !dbg !276, !tbaa !170
  %69 = load i32, ptr %30, align 8, !dbg !278, !tbaa !215
  %70 = call i32 @epoll_ctl(i32 noundef %68, i32 noundef 2, i32 noundef %69, ptr noundef null) #11, !dbg !279
  %71 = load i32, ptr %30, align 8, !dbg !280, !tbaa !215
  %72 = call i32 @close(i32 noundef %71) #11, !dbg !281
  call void @free(ptr noundef nonnull %30) #11, !dbg !282
  br label %73, !dbg !283

73:                                               ; preds = %67, %62, %58, %50, %38, %32
  %74 = add nuw nsw i64 %28, 1, !dbg !284
    #dbg_value(i64 %74, !119, !DIExpression(), !183)
  %75 = icmp eq i64 %74, %26, !dbg !184
  br i1 %75, label %20, label %27, !dbg !185, !llvm.loop !285
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !288 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !292 i32 @bind(i32 noundef, ptr, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !386 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !389 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !395 i32 @epoll_create1(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nounwind
declare !dbg !398 i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

declare !dbg !402 i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !405 i32 @accept4(i32 noundef, ptr, ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !451 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #7

declare !dbg !455 i32 @close(i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !457 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nofree
declare !dbg !460 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare !dbg !463 ptr @__errno_location() local_unnamed_addr #10

; Function Attrs: nofree
declare !dbg !468 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind }
attributes #12 = { cold }
attributes #13 = { nounwind allocsize(0,1) }
attributes #14 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!63, !64, !65, !66, !67, !68, !69}
!llvm.ident = !{!70}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-epoll-conn-ptr.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "6f71e371f236f4c6fa1634dd07855156")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "epfd", scope: !9, file: !2, line: 21, type: !62, isLocal: true, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !42, globals: !61, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11, !24}
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !12, line: 24, baseType: !13, size: 32, elements: !14)
!12 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!13 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23}
!15 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!16 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!17 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!18 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!19 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!20 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!21 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!22 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!23 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!24 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !25, line: 35, baseType: !13, size: 32, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41}
!27 = !DIEnumerator(name: "EPOLLIN", value: 1)
!28 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!29 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!30 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!31 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!32 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!33 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!34 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!35 = !DIEnumerator(name: "EPOLLERR", value: 8)
!36 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!37 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!38 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!39 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!40 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!41 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!42 = !{!43, !55, !56, !58}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !45, line: 183, size: 128, elements: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!46 = !{!47, !51}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !44, file: !45, line: 185, baseType: !48, size: 16)
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !49, line: 28, baseType: !50)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!50 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !44, file: !45, line: 186, baseType: !52, size: 112, offset: 16)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 14)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !57, line: 40, baseType: !50)
!57 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !59, line: 18, baseType: !60)
!59 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!60 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!61 = !{!0, !7}
!62 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!63 = !{i32 7, !"Dwarf Version", i32 5}
!64 = !{i32 2, !"Debug Info Version", i32 3}
!65 = !{i32 1, !"wchar_size", i32 4}
!66 = !{i32 8, !"PIC Level", i32 2}
!67 = !{i32 7, !"PIE Level", i32 2}
!68 = !{i32 7, !"uwtable", i32 2}
!69 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!70 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!71 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 57, type: !72, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !74)
!72 = !DISubroutineType(types: !73)
!73 = !{!62}
!74 = !{!75, !76, !97, !111, !115, !119, !121}
!75 = !DILocalVariable(name: "lfd", scope: !71, file: !2, line: 58, type: !62)
!76 = !DILocalVariable(name: "sa", scope: !71, file: !2, line: 59, type: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !78, line: 245, size: 128, elements: !79)
!78 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!79 = !{!80, !81, !85, !92}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !77, file: !78, line: 247, baseType: !48, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !77, file: !78, line: 248, baseType: !82, size: 16, offset: 16)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !78, line: 123, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !84, line: 25, baseType: !56)
!84 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !77, file: !78, line: 249, baseType: !86, size: 32, offset: 32)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !78, line: 31, size: 32, elements: !87)
!87 = !{!88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !86, file: !78, line: 33, baseType: !89, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !78, line: 30, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !84, line: 26, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !57, line: 42, baseType: !13)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !77, file: !78, line: 252, baseType: !93, size: 64, offset: 64)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 64, elements: !95)
!94 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DILocalVariable(name: "ev", scope: !71, file: !2, line: 69, type: !98)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !25, line: 84, size: 96, elements: !99)
!99 = !{!100, !101}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !98, file: !25, line: 86, baseType: !90, size: 32)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !98, file: !25, line: 87, baseType: !102, size: 64, offset: 32)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !25, line: 82, baseType: !103)
!103 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !25, line: 76, size: 64, elements: !104)
!104 = !{!105, !106, !107, !108}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !103, file: !25, line: 78, baseType: !55, size: 64)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !103, file: !25, line: 79, baseType: !62, size: 32)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !103, file: !25, line: 80, baseType: !90, size: 32)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !103, file: !25, line: 81, baseType: !109, size: 64)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !84, line: 27, baseType: !110)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !57, line: 45, baseType: !60)
!111 = !DILocalVariable(name: "events", scope: !71, file: !2, line: 71, type: !112)
!112 = !DICompositeType(tag: DW_TAG_array_type, baseType: !98, size: 6144, elements: !113)
!113 = !{!114}
!114 = !DISubrange(count: 64)
!115 = !DILocalVariable(name: "n", scope: !116, file: !2, line: 73, type: !62)
!116 = distinct !DILexicalBlock(scope: !117, file: !2, line: 72, column: 12)
!117 = distinct !DILexicalBlock(scope: !118, file: !2, line: 72, column: 3)
!118 = distinct !DILexicalBlock(scope: !71, file: !2, line: 72, column: 3)
!119 = !DILocalVariable(name: "i", scope: !120, file: !2, line: 74, type: !62)
!120 = distinct !DILexicalBlock(scope: !116, file: !2, line: 74, column: 5)
!121 = !DILocalVariable(name: "c", scope: !122, file: !2, line: 75, type: !124)
!122 = distinct !DILexicalBlock(scope: !123, file: !2, line: 74, column: 33)
!123 = distinct !DILexicalBlock(scope: !120, file: !2, line: 74, column: 5)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !125, size: 64)
!125 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !2, line: 15, size: 16512, elements: !126)
!126 = !{!127, !128, !129}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !125, file: !2, line: 16, baseType: !62, size: 32)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "used", scope: !125, file: !2, line: 17, baseType: !58, size: 64, offset: 64)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !125, file: !2, line: 18, baseType: !130, size: 16384, offset: 128)
!130 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16384, elements: !131)
!131 = !{!132}
!132 = !DISubrange(count: 2048)
!133 = distinct !DIAssignID()
!134 = distinct !DIAssignID()
!135 = !DILocation(line: 0, scope: !71)
!136 = distinct !DIAssignID()
!137 = distinct !DIAssignID()
!138 = !DILocation(line: 58, column: 13, scope: !71)
!139 = !DILocation(line: 59, column: 3, scope: !71)
!140 = !DILocation(line: 60, column: 3, scope: !71)
!141 = distinct !DIAssignID()
!142 = distinct !DIAssignID()
!143 = !DILocation(line: 61, column: 17, scope: !71)
!144 = !{!145, !146, i64 0}
!145 = !{!"sockaddr_in", !146, i64 0, !146, i64 2, !149, i64 4, !147, i64 8}
!146 = !{!"short", !147, i64 0}
!147 = !{!"omnipotent char", !148, i64 0}
!148 = !{!"Simple C/C++ TBAA"}
!149 = !{!"in_addr", !150, i64 0}
!150 = !{!"int", !147, i64 0}
!151 = distinct !DIAssignID()
!152 = !DILocation(line: 62, column: 6, scope: !71)
!153 = !DILocation(line: 62, column: 15, scope: !71)
!154 = !{!145, !146, i64 2}
!155 = distinct !DIAssignID()
!156 = !DILocation(line: 63, column: 11, scope: !157)
!157 = distinct !DILexicalBlock(scope: !71, file: !2, line: 63, column: 7)
!158 = !DILocation(line: 63, column: 15, scope: !157)
!159 = !DILocation(line: 63, column: 18, scope: !157)
!160 = !DILocation(line: 63, column: 64, scope: !157)
!161 = !DILocation(line: 63, column: 68, scope: !157)
!162 = !DILocation(line: 64, column: 7, scope: !157)
!163 = !DILocation(line: 64, column: 30, scope: !157)
!164 = !DILocation(line: 63, column: 7, scope: !71)
!165 = !DILocation(line: 65, column: 5, scope: !166)
!166 = distinct !DILexicalBlock(scope: !157, file: !2, line: 64, column: 35)
!167 = !DILocation(line: 82, column: 1, scope: !71)
!168 = !DILocation(line: 68, column: 10, scope: !71)
!169 = !DILocation(line: 68, column: 8, scope: !71)
!170 = !{!150, !150, i64 0}
!171 = !DILocation(line: 69, column: 3, scope: !71)
!172 = !DILocation(line: 69, column: 22, scope: !71)
!173 = distinct !DIAssignID()
!174 = !DILocation(line: 70, column: 3, scope: !71)
!175 = !DILocation(line: 71, column: 3, scope: !71)
!176 = !DILocation(line: 72, column: 3, scope: !71)
!177 = !DILocation(line: 72, column: 3, scope: !118)
!178 = distinct !{!178, !177, !179}
!179 = !DILocation(line: 81, column: 3, scope: !118)
!180 = !DILocation(line: 73, column: 24, scope: !116)
!181 = !DILocation(line: 73, column: 13, scope: !116)
!182 = !DILocation(line: 0, scope: !116)
!183 = !DILocation(line: 0, scope: !120)
!184 = !DILocation(line: 74, column: 23, scope: !123)
!185 = !DILocation(line: 74, column: 5, scope: !120)
!186 = !DILocation(line: 75, column: 34, scope: !122)
!187 = !DILocation(line: 75, column: 39, scope: !122)
!188 = !{!147, !147, i64 0}
!189 = !DILocation(line: 0, scope: !122)
!190 = !DILocation(line: 76, column: 13, scope: !191)
!191 = distinct !DILexicalBlock(scope: !122, file: !2, line: 76, column: 11)
!192 = !DILocation(line: 76, column: 11, scope: !122)
!193 = !DILocalVariable(name: "ev", scope: !194, file: !2, line: 52, type: !98)
!194 = distinct !DISubprogram(name: "on_connect", scope: !2, file: !2, line: 42, type: !195, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !197)
!195 = !DISubroutineType(types: !196)
!196 = !{null, !62}
!197 = !{!198, !199, !200, !193}
!198 = !DILocalVariable(name: "lfd", arg: 1, scope: !194, file: !2, line: 42, type: !62)
!199 = !DILocalVariable(name: "fd", scope: !194, file: !2, line: 43, type: !62)
!200 = !DILocalVariable(name: "c", scope: !194, file: !2, line: 46, type: !124)
!201 = !DILocation(line: 0, scope: !194, inlinedAt: !202)
!202 = distinct !DILocation(line: 77, column: 9, scope: !191)
!203 = !DILocation(line: 43, column: 12, scope: !194, inlinedAt: !202)
!204 = !DILocation(line: 44, column: 10, scope: !205, inlinedAt: !202)
!205 = distinct !DILexicalBlock(scope: !194, file: !2, line: 44, column: 7)
!206 = !DILocation(line: 44, column: 7, scope: !194, inlinedAt: !202)
!207 = !DILocation(line: 46, column: 20, scope: !194, inlinedAt: !202)
!208 = !DILocation(line: 47, column: 8, scope: !209, inlinedAt: !202)
!209 = distinct !DILexicalBlock(scope: !194, file: !2, line: 47, column: 7)
!210 = !DILocation(line: 47, column: 7, scope: !194, inlinedAt: !202)
!211 = !DILocation(line: 48, column: 5, scope: !212, inlinedAt: !202)
!212 = distinct !DILexicalBlock(scope: !209, file: !2, line: 47, column: 11)
!213 = !DILocation(line: 49, column: 5, scope: !212, inlinedAt: !202)
!214 = !DILocation(line: 51, column: 9, scope: !194, inlinedAt: !202)
!215 = !{!216, !150, i64 0}
!216 = !{!"conn", !150, i64 0, !217, i64 8, !147, i64 16}
!217 = !{!"long", !147, i64 0}
!218 = !DILocation(line: 52, column: 3, scope: !194, inlinedAt: !202)
!219 = !DILocation(line: 52, column: 27, scope: !194, inlinedAt: !202)
!220 = !{!221, !150, i64 0}
!221 = !{!"epoll_event", !150, i64 0, !147, i64 4}
!222 = distinct !DIAssignID()
!223 = !DILocation(line: 52, column: 52, scope: !194, inlinedAt: !202)
!224 = distinct !DIAssignID()
!225 = !DILocation(line: 53, column: 17, scope: !226, inlinedAt: !202)
!226 = distinct !DILexicalBlock(scope: !194, file: !2, line: 53, column: 7)
!227 = !DILocation(line: 53, column: 7, scope: !226, inlinedAt: !202)
!228 = !DILocation(line: 53, column: 47, scope: !226, inlinedAt: !202)
!229 = !DILocation(line: 53, column: 7, scope: !194, inlinedAt: !202)
!230 = !DILocalVariable(name: "c", arg: 1, scope: !231, file: !2, line: 23, type: !124)
!231 = distinct !DISubprogram(name: "conn_free", scope: !2, file: !2, line: 23, type: !232, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !234)
!232 = !DISubroutineType(types: !233)
!233 = !{null, !124}
!234 = !{!230}
!235 = !DILocation(line: 0, scope: !231, inlinedAt: !236)
!236 = distinct !DILocation(line: 54, column: 5, scope: !226, inlinedAt: !202)
!237 = !DILocation(line: 24, column: 13, scope: !231, inlinedAt: !236)
!238 = !DILocation(line: 24, column: 37, scope: !231, inlinedAt: !236)
!239 = !DILocation(line: 24, column: 3, scope: !231, inlinedAt: !236)
!240 = !DILocation(line: 25, column: 12, scope: !231, inlinedAt: !236)
!241 = !DILocation(line: 25, column: 3, scope: !231, inlinedAt: !236)
!242 = !DILocation(line: 26, column: 3, scope: !231, inlinedAt: !236)
!243 = !DILocation(line: 54, column: 5, scope: !226, inlinedAt: !202)
!244 = !DILocation(line: 55, column: 1, scope: !194, inlinedAt: !202)
!245 = !DILocalVariable(name: "c", arg: 1, scope: !246, file: !2, line: 29, type: !124)
!246 = distinct !DISubprogram(name: "on_data", scope: !2, file: !2, line: 29, type: !232, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !247)
!247 = !{!245, !248}
!248 = !DILocalVariable(name: "n", scope: !246, file: !2, line: 30, type: !249)
!249 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !250, line: 108, baseType: !251)
!250 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !57, line: 194, baseType: !252)
!252 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!253 = !DILocation(line: 0, scope: !246, inlinedAt: !254)
!254 = distinct !DILocation(line: 79, column: 9, scope: !191)
!255 = !DILocation(line: 30, column: 23, scope: !246, inlinedAt: !254)
!256 = !DILocation(line: 30, column: 30, scope: !246, inlinedAt: !254)
!257 = !DILocation(line: 30, column: 15, scope: !246, inlinedAt: !254)
!258 = !DILocation(line: 31, column: 9, scope: !259, inlinedAt: !254)
!259 = distinct !DILexicalBlock(scope: !246, file: !2, line: 31, column: 7)
!260 = !DILocation(line: 31, column: 7, scope: !246, inlinedAt: !254)
!261 = !DILocation(line: 32, column: 11, scope: !262, inlinedAt: !254)
!262 = distinct !DILexicalBlock(scope: !263, file: !2, line: 32, column: 9)
!263 = distinct !DILexicalBlock(scope: !259, file: !2, line: 31, column: 15)
!264 = !DILocation(line: 32, column: 15, scope: !262, inlinedAt: !254)
!265 = !DILocation(line: 32, column: 18, scope: !262, inlinedAt: !254)
!266 = !DILocation(line: 32, column: 24, scope: !262, inlinedAt: !254)
!267 = !DILocation(line: 32, column: 9, scope: !263, inlinedAt: !254)
!268 = !DILocation(line: 37, column: 6, scope: !246, inlinedAt: !254)
!269 = !DILocation(line: 37, column: 11, scope: !246, inlinedAt: !254)
!270 = !{!216, !217, i64 8}
!271 = !DILocation(line: 38, column: 16, scope: !272, inlinedAt: !254)
!272 = distinct !DILexicalBlock(scope: !246, file: !2, line: 38, column: 7)
!273 = !DILocation(line: 38, column: 7, scope: !272, inlinedAt: !254)
!274 = !DILocation(line: 38, column: 37, scope: !272, inlinedAt: !254)
!275 = !DILocation(line: 38, column: 7, scope: !246, inlinedAt: !254)
!276 = !DILocation(line: 24, column: 13, scope: !231, inlinedAt: !277)
!277 = distinct !DILocation(line: 0, scope: !246, inlinedAt: !254)
!278 = !DILocation(line: 24, column: 37, scope: !231, inlinedAt: !277)
!279 = !DILocation(line: 24, column: 3, scope: !231, inlinedAt: !277)
!280 = !DILocation(line: 25, column: 12, scope: !231, inlinedAt: !277)
!281 = !DILocation(line: 25, column: 3, scope: !231, inlinedAt: !277)
!282 = !DILocation(line: 26, column: 3, scope: !231, inlinedAt: !277)
!283 = !DILocation(line: 40, column: 1, scope: !246, inlinedAt: !254)
!284 = !DILocation(line: 74, column: 29, scope: !123)
!285 = distinct !{!285, !185, !286, !287}
!286 = !DILocation(line: 80, column: 5, scope: !120)
!287 = !{!"llvm.loop.mustprogress"}
!288 = !DISubprogram(name: "socket", scope: !289, file: !289, line: 102, type: !290, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!289 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!290 = !DISubroutineType(types: !291)
!291 = !{!62, !62, !62, !62}
!292 = !DISubprogram(name: "bind", scope: !289, file: !289, line: 112, type: !293, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!293 = !DISubroutineType(types: !294)
!294 = !{!62, !62, !295, !384}
!295 = !DIDerivedType(tag: DW_TAG_typedef, name: "__CONST_SOCKADDR_ARG", file: !289, line: 84, baseType: !296)
!296 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !289, line: 83, size: 64, elements: !297)
!297 = !{!298, !302, !307, !312, !317, !322, !326, !354, !359, !364, !369, !374, !379}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr__", scope: !296, file: !289, line: 83, baseType: !299, size: 64)
!299 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !300)
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !301, size: 64)
!301 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !44)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_at__", scope: !296, file: !289, line: 83, baseType: !303, size: 64)
!303 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !304)
!304 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !305, size: 64)
!305 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !306)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_at", file: !289, line: 79, flags: DIFlagFwdDecl)
!307 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ax25__", scope: !296, file: !289, line: 83, baseType: !308, size: 64)
!308 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !309)
!309 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !310, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !311)
!311 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ax25", file: !289, line: 79, flags: DIFlagFwdDecl)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_dl__", scope: !296, file: !289, line: 83, baseType: !313, size: 64)
!313 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !314)
!314 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !315, size: 64)
!315 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !316)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_dl", file: !289, line: 79, flags: DIFlagFwdDecl)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_eon__", scope: !296, file: !289, line: 83, baseType: !318, size: 64)
!318 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !319)
!319 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !320, size: 64)
!320 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !321)
!321 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_eon", file: !289, line: 79, flags: DIFlagFwdDecl)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in__", scope: !296, file: !289, line: 83, baseType: !323, size: 64)
!323 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !324)
!324 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !325, size: 64)
!325 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !77)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in6__", scope: !296, file: !289, line: 83, baseType: !327, size: 64)
!327 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !328)
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !329, size: 64)
!329 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !330)
!330 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !78, line: 260, size: 224, elements: !331)
!331 = !{!332, !333, !334, !335, !353}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !330, file: !78, line: 262, baseType: !48, size: 16)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !330, file: !78, line: 263, baseType: !82, size: 16, offset: 16)
!334 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !330, file: !78, line: 264, baseType: !90, size: 32, offset: 32)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !330, file: !78, line: 265, baseType: !336, size: 128, offset: 64)
!336 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !78, line: 219, size: 128, elements: !337)
!337 = !{!338}
!338 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !336, file: !78, line: 226, baseType: !339, size: 128)
!339 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !336, file: !78, line: 221, size: 128, elements: !340)
!340 = !{!341, !347, !349}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !339, file: !78, line: 223, baseType: !342, size: 128)
!342 = !DICompositeType(tag: DW_TAG_array_type, baseType: !343, size: 128, elements: !345)
!343 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !84, line: 24, baseType: !344)
!344 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !57, line: 38, baseType: !94)
!345 = !{!346}
!346 = !DISubrange(count: 16)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !339, file: !78, line: 224, baseType: !348, size: 128)
!348 = !DICompositeType(tag: DW_TAG_array_type, baseType: !83, size: 128, elements: !95)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !339, file: !78, line: 225, baseType: !350, size: 128)
!350 = !DICompositeType(tag: DW_TAG_array_type, baseType: !90, size: 128, elements: !351)
!351 = !{!352}
!352 = !DISubrange(count: 4)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !330, file: !78, line: 266, baseType: !90, size: 32, offset: 192)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_inarp__", scope: !296, file: !289, line: 83, baseType: !355, size: 64)
!355 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !356)
!356 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !357, size: 64)
!357 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !358)
!358 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_inarp", file: !289, line: 79, flags: DIFlagFwdDecl)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ipx__", scope: !296, file: !289, line: 83, baseType: !360, size: 64)
!360 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !361)
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 64)
!362 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !363)
!363 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ipx", file: !289, line: 79, flags: DIFlagFwdDecl)
!364 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_iso__", scope: !296, file: !289, line: 83, baseType: !365, size: 64)
!365 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !366)
!366 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !367, size: 64)
!367 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !368)
!368 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_iso", file: !289, line: 79, flags: DIFlagFwdDecl)
!369 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ns__", scope: !296, file: !289, line: 83, baseType: !370, size: 64)
!370 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !371)
!371 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !372, size: 64)
!372 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !373)
!373 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ns", file: !289, line: 79, flags: DIFlagFwdDecl)
!374 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_un__", scope: !296, file: !289, line: 83, baseType: !375, size: 64)
!375 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !376)
!376 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !377, size: 64)
!377 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !378)
!378 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !289, line: 79, flags: DIFlagFwdDecl)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_x25__", scope: !296, file: !289, line: 83, baseType: !380, size: 64)
!380 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !381)
!381 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !382, size: 64)
!382 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !383)
!383 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_x25", file: !289, line: 79, flags: DIFlagFwdDecl)
!384 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !45, line: 33, baseType: !385)
!385 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !57, line: 210, baseType: !13)
!386 = !DISubprogram(name: "listen", scope: !289, file: !289, line: 296, type: !387, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!387 = !DISubroutineType(types: !388)
!388 = !{!62, !62, !62}
!389 = !DISubprogram(name: "perror", scope: !390, file: !390, line: 804, type: !391, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!390 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!391 = !DISubroutineType(types: !392)
!392 = !{null, !393}
!393 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !394, size: 64)
!394 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!395 = !DISubprogram(name: "epoll_create1", scope: !25, file: !25, line: 101, type: !396, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!396 = !DISubroutineType(types: !397)
!397 = !{!62, !62}
!398 = !DISubprogram(name: "epoll_ctl", scope: !25, file: !25, line: 110, type: !399, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!399 = !DISubroutineType(types: !400)
!400 = !{!62, !62, !62, !62, !401}
!401 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!402 = !DISubprogram(name: "epoll_wait", scope: !25, file: !25, line: 124, type: !403, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!403 = !DISubroutineType(types: !404)
!404 = !{!62, !62, !401, !62, !62}
!405 = !DISubprogram(name: "accept4", scope: !289, file: !289, line: 314, type: !406, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!406 = !DISubroutineType(types: !407)
!407 = !{!62, !62, !408, !449, !62}
!408 = !DIDerivedType(tag: DW_TAG_typedef, name: "__SOCKADDR_ARG", file: !289, line: 80, baseType: !409)
!409 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !289, line: 79, size: 64, elements: !410)
!410 = !{!411, !413, !416, !419, !422, !425, !428, !431, !434, !437, !440, !443, !446}
!411 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr__", scope: !409, file: !289, line: 79, baseType: !412, size: 64)
!412 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !43)
!413 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_at__", scope: !409, file: !289, line: 79, baseType: !414, size: 64)
!414 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !415)
!415 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ax25__", scope: !409, file: !289, line: 79, baseType: !417, size: 64)
!417 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !418)
!418 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !311, size: 64)
!419 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_dl__", scope: !409, file: !289, line: 79, baseType: !420, size: 64)
!420 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !421)
!421 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !316, size: 64)
!422 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_eon__", scope: !409, file: !289, line: 79, baseType: !423, size: 64)
!423 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !424)
!424 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !321, size: 64)
!425 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in__", scope: !409, file: !289, line: 79, baseType: !426, size: 64)
!426 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !427)
!427 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64)
!428 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in6__", scope: !409, file: !289, line: 79, baseType: !429, size: 64)
!429 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !430)
!430 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !330, size: 64)
!431 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_inarp__", scope: !409, file: !289, line: 79, baseType: !432, size: 64)
!432 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !433)
!433 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !358, size: 64)
!434 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ipx__", scope: !409, file: !289, line: 79, baseType: !435, size: 64)
!435 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !436)
!436 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !363, size: 64)
!437 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_iso__", scope: !409, file: !289, line: 79, baseType: !438, size: 64)
!438 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !439)
!439 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !368, size: 64)
!440 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ns__", scope: !409, file: !289, line: 79, baseType: !441, size: 64)
!441 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !442)
!442 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !373, size: 64)
!443 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_un__", scope: !409, file: !289, line: 79, baseType: !444, size: 64)
!444 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !445)
!445 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !378, size: 64)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_x25__", scope: !409, file: !289, line: 79, baseType: !447, size: 64)
!447 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !448)
!448 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !383, size: 64)
!449 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !450)
!450 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !384, size: 64)
!451 = !DISubprogram(name: "calloc", scope: !452, file: !452, line: 556, type: !453, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!452 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!453 = !DISubroutineType(types: !454)
!454 = !{!55, !58, !58}
!455 = !DISubprogram(name: "close", scope: !456, file: !456, line: 358, type: !396, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!456 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!457 = !DISubprogram(name: "free", scope: !452, file: !452, line: 568, type: !458, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!458 = !DISubroutineType(types: !459)
!459 = !{null, !55}
!460 = !DISubprogram(name: "read", scope: !456, file: !456, line: 371, type: !461, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!461 = !DISubroutineType(types: !462)
!462 = !{!249, !62, !55, !58}
!463 = !DISubprogram(name: "__errno_location", scope: !464, file: !464, line: 37, type: !465, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!464 = !DIFile(filename: "/usr/include/errno.h", directory: "", checksumkind: CSK_MD5, checksum: "01c14bf4ab600a3884f5da68eb763170")
!465 = !DISubroutineType(types: !466)
!466 = !{!467}
!467 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64)
!468 = !DISubprogram(name: "write", scope: !456, file: !456, line: 378, type: !469, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!469 = !DISubroutineType(types: !470)
!470 = !{!249, !62, !471, !58}
!471 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !472, size: 64)
!472 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
