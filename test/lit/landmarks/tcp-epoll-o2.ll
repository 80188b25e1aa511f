; tcp-epoll.c at -O2: the fd in the epoll event array is loaded from a
; variable index of an optimized array; the arrival and reply are still on
; the accepted connection only.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-epoll.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-epoll.c:20
; CHECK-NEXT:   bind: port 7777 address 0.0.0.0 at tcp-epoll.c:30
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at tcp-epoll.c:55
; CHECK-NEXT: event-loop #0: epoll in main at tcp-epoll.c:46, waits in epoll_wait at tcp-epoll.c:47
; CHECK-NEXT: arrival: read on socket #1 in main at tcp-epoll.c:64, loop #0
; CHECK-NEXT: reply: write on socket #1 in main at tcp-epoll.c:70, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-epoll.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - tcp-epoll.c

; ModuleID = 'tcp-epoll.c'
source_filename = "tcp-epoll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [14 x i8] c"epoll_create1\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [10 x i8] c"epoll_ctl\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [11 x i8] c"epoll_wait\00", align 1, !dbg !24
@.str.6 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !29

; Function Attrs: noreturn nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !90 {
  %1 = alloca i32, align 4, !DIAssignID !155
    #dbg_assign(i1 undef, !96, !DIExpression(), !155, ptr %1, !DIExpression(), !156)
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !157
    #dbg_assign(i1 undef, !97, !DIExpression(), !157, ptr %2, !DIExpression(), !156)
  %3 = alloca %struct.epoll_event, align 4, !DIAssignID !158
    #dbg_assign(i1 undef, !114, !DIExpression(), !158, ptr %3, !DIExpression(), !156)
  %4 = alloca [64 x %struct.epoll_event], align 16, !DIAssignID !159
    #dbg_assign(i1 undef, !130, !DIExpression(), !159, ptr %4, !DIExpression(), !156)
  %5 = alloca [4096 x i8], align 16, !DIAssignID !160
    #dbg_assign(i1 undef, !134, !DIExpression(), !160, ptr %5, !DIExpression(), !156)
  %6 = tail call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #8, !dbg !161
    #dbg_value(i32 %6, !95, !DIExpression(), !156)
  %7 = icmp slt i32 %6, 0, !dbg !162
  br i1 %7, label %8, label %9, !dbg !164

8:                                                ; preds = %0
    #dbg_value(ptr @.str, !165, !DIExpression(), !172)
  tail call void @perror(ptr noundef nonnull readonly @.str) #9, !dbg !174
  tail call void @exit(i32 noundef 1) #10, !dbg !175
  unreachable, !dbg !175

9:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #8, !dbg !176
  store i32 1, ptr %1, align 4, !dbg !177, !tbaa !178, !DIAssignID !182
    #dbg_assign(i32 1, !96, !DIExpression(), !182, ptr %1, !DIExpression(), !156)
  %10 = call i32 @setsockopt(i32 noundef %6, i32 noundef 1, i32 noundef 2, ptr noundef nonnull %1, i32 noundef 4) #8, !dbg !183
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #8, !dbg !184
  %11 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !185
  store i64 0, ptr %11, align 4, !dbg !185, !DIAssignID !186
    #dbg_assign(i64 0, !97, !DIExpression(), !186, ptr %2, !DIExpression(), !156)
    #dbg_assign(i8 0, !97, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !187, ptr undef, !DIExpression(), !156)
  store i16 2, ptr %2, align 4, !dbg !188, !tbaa !189, !DIAssignID !193
    #dbg_assign(i16 2, !97, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !193, ptr %2, !DIExpression(), !156)
  %12 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !194
  store i16 24862, ptr %12, align 2, !dbg !195, !tbaa !196, !DIAssignID !197
    #dbg_assign(i16 24862, !97, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !197, ptr %12, !DIExpression(), !156)
  %13 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !198
  store i32 0, ptr %13, align 4, !dbg !199, !tbaa !200, !DIAssignID !201
    #dbg_assign(i32 0, !97, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !201, ptr %13, !DIExpression(), !156)
  %14 = call i32 @bind(i32 noundef %6, ptr noundef nonnull %2, i32 noundef 16) #8, !dbg !202
  %15 = icmp slt i32 %14, 0, !dbg !204
  br i1 %15, label %16, label %17, !dbg !205

16:                                               ; preds = %9
    #dbg_value(ptr @.str.1, !165, !DIExpression(), !206)
  call void @perror(ptr noundef nonnull readonly @.str.1) #9, !dbg !208
  call void @exit(i32 noundef 1) #10, !dbg !209
  unreachable, !dbg !209

17:                                               ; preds = %9
  %18 = call i32 @listen(i32 noundef %6, i32 noundef 128) #8, !dbg !210
  %19 = icmp slt i32 %18, 0, !dbg !212
  br i1 %19, label %20, label %21, !dbg !213

20:                                               ; preds = %17
    #dbg_value(ptr @.str.2, !165, !DIExpression(), !214)
  call void @perror(ptr noundef nonnull readonly @.str.2) #9, !dbg !216
  call void @exit(i32 noundef 1) #10, !dbg !217
  unreachable, !dbg !217

21:                                               ; preds = %17
  %22 = call i32 @epoll_create1(i32 noundef 0) #8, !dbg !218
    #dbg_value(i32 %22, !113, !DIExpression(), !156)
  %23 = icmp slt i32 %22, 0, !dbg !219
  br i1 %23, label %24, label %25, !dbg !221

24:                                               ; preds = %21
    #dbg_value(ptr @.str.3, !165, !DIExpression(), !222)
  call void @perror(ptr noundef nonnull readonly @.str.3) #9, !dbg !224
  call void @exit(i32 noundef 1) #10, !dbg !225
  unreachable, !dbg !225

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %3) #8, !dbg !226
  store i32 1, ptr %3, align 4, !dbg !227, !tbaa !228, !DIAssignID !230
    #dbg_assign(i32 1, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !230, ptr %3, !DIExpression(), !156)
  %26 = getelementptr inbounds i8, ptr %3, i64 4, !dbg !231
  store i32 %6, ptr %26, align 4, !dbg !232, !tbaa !233, !DIAssignID !234
    #dbg_assign(i32 %6, !114, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !234, ptr %26, !DIExpression(), !156)
  %27 = call i32 @epoll_ctl(i32 noundef %22, i32 noundef 1, i32 noundef %6, ptr noundef nonnull %3) #8, !dbg !235
  %28 = icmp slt i32 %27, 0, !dbg !237
  br i1 %28, label %29, label %30, !dbg !238

29:                                               ; preds = %25
    #dbg_value(ptr @.str.4, !165, !DIExpression(), !239)
  call void @perror(ptr noundef nonnull readonly @.str.4) #9, !dbg !241
  call void @exit(i32 noundef 1) #10, !dbg !242
  unreachable, !dbg !242

30:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(i64 768, ptr nonnull %4) #8, !dbg !243
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %5) #8, !dbg !244
  br label %31, !dbg !245

31:                                               ; preds = %36, %30
  %32 = call i32 @epoll_wait(i32 noundef %22, ptr noundef nonnull %4, i32 noundef 64, i32 noundef -1) #8, !dbg !246
    #dbg_value(i32 %32, !138, !DIExpression(), !247)
  %33 = icmp slt i32 %32, 0, !dbg !248
  br i1 %33, label %39, label %34, !dbg !250

34:                                               ; preds = %31
    #dbg_value(i32 0, !142, !DIExpression(), !251)
  %35 = icmp eq i32 %32, 0, !dbg !252
  br i1 %35, label %36, label %37, !dbg !253

36:                                               ; preds = %65, %34, %39
  br label %31, !dbg !246, !llvm.loop !254

37:                                               ; preds = %34
  %38 = zext nneg i32 %32 to i64, !dbg !252
  br label %44, !dbg !253

39:                                               ; preds = %31
  %40 = tail call ptr @__errno_location() #11, !dbg !257
  %41 = load i32, ptr %40, align 4, !dbg !257, !tbaa !178
  %42 = icmp eq i32 %41, 4, !dbg !260
  br i1 %42, label %36, label %43, !dbg !261

43:                                               ; preds = %39
    #dbg_value(ptr @.str.5, !165, !DIExpression(), !262)
  call void @perror(ptr noundef nonnull readonly @.str.5) #9, !dbg !264
  call void @exit(i32 noundef 1) #10, !dbg !265
  unreachable, !dbg !265

44:                                               ; preds = %37, %65
  %45 = phi i64 [ 0, %37 ], [ %66, %65 ]
    #dbg_value(i64 %45, !142, !DIExpression(), !251)
  %46 = getelementptr inbounds [64 x %struct.epoll_event], ptr %4, i64 0, i64 %45, i32 1, !dbg !266
  %47 = load i32, ptr %46, align 4, !dbg !267, !tbaa !233
  %48 = icmp eq i32 %47, %6, !dbg !268
  br i1 %48, label %49, label %55, !dbg !269

49:                                               ; preds = %44
  %50 = call i32 @accept(i32 noundef %6, ptr noundef null, ptr noundef null) #8, !dbg !270
    #dbg_value(i32 %50, !144, !DIExpression(), !271)
  %51 = icmp slt i32 %50, 0, !dbg !272
  br i1 %51, label %52, label %53, !dbg !274

52:                                               ; preds = %49
  call void @perror(ptr noundef nonnull @.str.6) #9, !dbg !275
  br label %65, !dbg !277

53:                                               ; preds = %49
  store i32 1, ptr %3, align 4, !dbg !278, !tbaa !228, !DIAssignID !279
    #dbg_assign(i32 1, !114, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !279, ptr %3, !DIExpression(), !156)
  store i32 %50, ptr %26, align 4, !dbg !280, !tbaa !233, !DIAssignID !281
    #dbg_assign(i32 %50, !114, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !281, ptr %26, !DIExpression(), !156)
  %54 = call i32 @epoll_ctl(i32 noundef %22, i32 noundef 1, i32 noundef %50, ptr noundef nonnull %3) #8, !dbg !282
  br label %65, !dbg !283

55:                                               ; preds = %44
  %56 = call i64 @read(i32 noundef %47, ptr noundef nonnull %5, i64 noundef 4096) #8, !dbg !284
    #dbg_value(i64 %56, !149, !DIExpression(), !285)
  %57 = icmp slt i64 %56, 1, !dbg !286
  %58 = load i32, ptr %46, align 4, !dbg !285, !tbaa !233
  br i1 %57, label %59, label %63, !dbg !288

59:                                               ; preds = %55
  %60 = call i32 @epoll_ctl(i32 noundef %22, i32 noundef 2, i32 noundef %58, ptr noundef null) #8, !dbg !289
  %61 = load i32, ptr %46, align 4, !dbg !291, !tbaa !233
  %62 = call i32 @close(i32 noundef %61) #8, !dbg !292
  br label %65, !dbg !293

63:                                               ; preds = %55
  %64 = call i64 @write(i32 noundef %58, ptr noundef nonnull %5, i64 noundef %56) #8, !dbg !294
  br label %65, !dbg !295

65:                                               ; preds = %59, %63, %52, %53
  %66 = add nuw nsw i64 %45, 1, !dbg !296
    #dbg_value(i64 %66, !142, !DIExpression(), !251)
  %67 = icmp eq i64 %66, %38, !dbg !252
  br i1 %67, label %36, label %44, !dbg !253, !llvm.loop !297
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !300 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !304 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !311 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !316 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !319 i32 @epoll_create1(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !322 i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

declare !dbg !326 i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare !dbg !329 ptr @__errno_location() local_unnamed_addr #4

declare !dbg !334 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !340 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #5

; Function Attrs: nofree
declare !dbg !342 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #6

declare !dbg !348 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree
declare !dbg !349 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #6

; Function Attrs: noreturn nounwind
declare !dbg !352 void @exit(i32 noundef) local_unnamed_addr #7

attributes #0 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { cold }
attributes #10 = { noreturn nounwind }
attributes #11 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!31}
!llvm.module.flags = !{!82, !83, !84, !85, !86, !87, !88}
!llvm.ident = !{!89}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-epoll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "d82ac9507b2f88eb2000077e1a3e2d0f")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 31, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 33, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 14)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 10)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 51, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 11)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !2, line: 57, type: !3, isLocal: true, isDefinition: true)
!31 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !32, retainedTypes: !64, globals: !81, splitDebugInlining: false, nameTableKind: None)
!32 = !{!33, !46}
!33 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !34, line: 24, baseType: !35, size: 32, elements: !36)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!35 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!36 = !{!37, !38, !39, !40, !41, !42, !43, !44, !45}
!37 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!38 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!39 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!40 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!41 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!42 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!43 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!44 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!45 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!46 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !47, line: 35, baseType: !35, size: 32, elements: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!48 = !{!49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62, !63}
!49 = !DIEnumerator(name: "EPOLLIN", value: 1)
!50 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!51 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!52 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!53 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!54 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!55 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!56 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!57 = !DIEnumerator(name: "EPOLLERR", value: 8)
!58 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!59 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!60 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!61 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!62 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!63 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!64 = !{!65, !71, !80}
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !66, line: 30, baseType: !67)
!66 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !68, line: 26, baseType: !69)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!69 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !70, line: 42, baseType: !35)
!70 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!72 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !73, line: 183, size: 128, elements: !74)
!73 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!74 = !{!75, !79}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !72, file: !73, line: 185, baseType: !76, size: 16)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !77, line: 28, baseType: !78)
!77 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!78 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !72, file: !73, line: 186, baseType: !16, size: 112, offset: 16)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !70, line: 40, baseType: !78)
!81 = !{!0, !7, !12, !14, !19, !24, !29}
!82 = !{i32 7, !"Dwarf Version", i32 5}
!83 = !{i32 2, !"Debug Info Version", i32 3}
!84 = !{i32 1, !"wchar_size", i32 4}
!85 = !{i32 8, !"PIC Level", i32 2}
!86 = !{i32 7, !"PIE Level", i32 2}
!87 = !{i32 7, !"uwtable", i32 2}
!88 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!89 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!90 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 19, type: !91, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !94)
!91 = !DISubroutineType(types: !92)
!92 = !{!93}
!93 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!94 = !{!95, !96, !97, !113, !114, !130, !134, !138, !142, !144, !149}
!95 = !DILocalVariable(name: "lfd", scope: !90, file: !2, line: 20, type: !93)
!96 = !DILocalVariable(name: "one", scope: !90, file: !2, line: 23, type: !93)
!97 = !DILocalVariable(name: "addr", scope: !90, file: !2, line: 25, type: !98)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !66, line: 245, size: 128, elements: !99)
!99 = !{!100, !101, !104, !108}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !98, file: !66, line: 247, baseType: !76, size: 16)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !98, file: !66, line: 248, baseType: !102, size: 16, offset: 16)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !66, line: 123, baseType: !103)
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !68, line: 25, baseType: !80)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !98, file: !66, line: 249, baseType: !105, size: 32, offset: 32)
!105 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !66, line: 31, size: 32, elements: !106)
!106 = !{!107}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !105, file: !66, line: 33, baseType: !65, size: 32)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !98, file: !66, line: 252, baseType: !109, size: 64, offset: 64)
!109 = !DICompositeType(tag: DW_TAG_array_type, baseType: !110, size: 64, elements: !111)
!110 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!111 = !{!112}
!112 = !DISubrange(count: 8)
!113 = !DILocalVariable(name: "epfd", scope: !90, file: !2, line: 35, type: !93)
!114 = !DILocalVariable(name: "ev", scope: !90, file: !2, line: 38, type: !115)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !47, line: 84, size: 96, elements: !116)
!116 = !{!117, !118}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !115, file: !47, line: 86, baseType: !67, size: 32)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !115, file: !47, line: 87, baseType: !119, size: 64, offset: 32)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !47, line: 82, baseType: !120)
!120 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !47, line: 76, size: 64, elements: !121)
!121 = !{!122, !124, !125, !126}
!122 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !120, file: !47, line: 78, baseType: !123, size: 64)
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !120, file: !47, line: 79, baseType: !93, size: 32)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !120, file: !47, line: 80, baseType: !67, size: 32)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !120, file: !47, line: 81, baseType: !127, size: 64)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !68, line: 27, baseType: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !70, line: 45, baseType: !129)
!129 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!130 = !DILocalVariable(name: "events", scope: !90, file: !2, line: 44, type: !131)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !115, size: 6144, elements: !132)
!132 = !{!133}
!133 = !DISubrange(count: 64)
!134 = !DILocalVariable(name: "buf", scope: !90, file: !2, line: 45, type: !135)
!135 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32768, elements: !136)
!136 = !{!137}
!137 = !DISubrange(count: 4096)
!138 = !DILocalVariable(name: "n", scope: !139, file: !2, line: 47, type: !93)
!139 = distinct !DILexicalBlock(scope: !140, file: !2, line: 46, column: 12)
!140 = distinct !DILexicalBlock(scope: !141, file: !2, line: 46, column: 3)
!141 = distinct !DILexicalBlock(scope: !90, file: !2, line: 46, column: 3)
!142 = !DILocalVariable(name: "i", scope: !143, file: !2, line: 53, type: !93)
!143 = distinct !DILexicalBlock(scope: !139, file: !2, line: 53, column: 5)
!144 = !DILocalVariable(name: "conn", scope: !145, file: !2, line: 55, type: !93)
!145 = distinct !DILexicalBlock(scope: !146, file: !2, line: 54, column: 37)
!146 = distinct !DILexicalBlock(scope: !147, file: !2, line: 54, column: 11)
!147 = distinct !DILexicalBlock(scope: !148, file: !2, line: 53, column: 33)
!148 = distinct !DILexicalBlock(scope: !143, file: !2, line: 53, column: 5)
!149 = !DILocalVariable(name: "r", scope: !150, file: !2, line: 64, type: !151)
!150 = distinct !DILexicalBlock(scope: !146, file: !2, line: 63, column: 14)
!151 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !152, line: 108, baseType: !153)
!152 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !70, line: 194, baseType: !154)
!154 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!155 = distinct !DIAssignID()
!156 = !DILocation(line: 0, scope: !90)
!157 = distinct !DIAssignID()
!158 = distinct !DIAssignID()
!159 = distinct !DIAssignID()
!160 = distinct !DIAssignID()
!161 = !DILocation(line: 20, column: 13, scope: !90)
!162 = !DILocation(line: 21, column: 11, scope: !163)
!163 = distinct !DILexicalBlock(scope: !90, file: !2, line: 21, column: 7)
!164 = !DILocation(line: 21, column: 7, scope: !90)
!165 = !DILocalVariable(name: "what", arg: 1, scope: !166, file: !2, line: 14, type: !169)
!166 = distinct !DISubprogram(name: "die", scope: !2, file: !2, line: 14, type: !167, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !171)
!167 = !DISubroutineType(types: !168)
!168 = !{null, !169}
!169 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !170, size: 64)
!170 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!171 = !{!165}
!172 = !DILocation(line: 0, scope: !166, inlinedAt: !173)
!173 = distinct !DILocation(line: 22, column: 5, scope: !163)
!174 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !173)
!175 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !173)
!176 = !DILocation(line: 23, column: 3, scope: !90)
!177 = !DILocation(line: 23, column: 7, scope: !90)
!178 = !{!179, !179, i64 0}
!179 = !{!"int", !180, i64 0}
!180 = !{!"omnipotent char", !181, i64 0}
!181 = !{!"Simple C/C++ TBAA"}
!182 = distinct !DIAssignID()
!183 = !DILocation(line: 24, column: 3, scope: !90)
!184 = !DILocation(line: 25, column: 3, scope: !90)
!185 = !DILocation(line: 26, column: 3, scope: !90)
!186 = distinct !DIAssignID()
!187 = distinct !DIAssignID()
!188 = !DILocation(line: 27, column: 19, scope: !90)
!189 = !{!190, !191, i64 0}
!190 = !{!"sockaddr_in", !191, i64 0, !191, i64 2, !192, i64 4, !180, i64 8}
!191 = !{!"short", !180, i64 0}
!192 = !{!"in_addr", !179, i64 0}
!193 = distinct !DIAssignID()
!194 = !DILocation(line: 28, column: 8, scope: !90)
!195 = !DILocation(line: 28, column: 17, scope: !90)
!196 = !{!190, !191, i64 2}
!197 = distinct !DIAssignID()
!198 = !DILocation(line: 29, column: 8, scope: !90)
!199 = !DILocation(line: 29, column: 24, scope: !90)
!200 = !{!190, !179, i64 4}
!201 = distinct !DIAssignID()
!202 = !DILocation(line: 30, column: 7, scope: !203)
!203 = distinct !DILexicalBlock(scope: !90, file: !2, line: 30, column: 7)
!204 = !DILocation(line: 30, column: 57, scope: !203)
!205 = !DILocation(line: 30, column: 7, scope: !90)
!206 = !DILocation(line: 0, scope: !166, inlinedAt: !207)
!207 = distinct !DILocation(line: 31, column: 5, scope: !203)
!208 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !207)
!209 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !207)
!210 = !DILocation(line: 32, column: 7, scope: !211)
!211 = distinct !DILexicalBlock(scope: !90, file: !2, line: 32, column: 7)
!212 = !DILocation(line: 32, column: 24, scope: !211)
!213 = !DILocation(line: 32, column: 7, scope: !90)
!214 = !DILocation(line: 0, scope: !166, inlinedAt: !215)
!215 = distinct !DILocation(line: 33, column: 5, scope: !211)
!216 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !215)
!217 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !215)
!218 = !DILocation(line: 35, column: 14, scope: !90)
!219 = !DILocation(line: 36, column: 12, scope: !220)
!220 = distinct !DILexicalBlock(scope: !90, file: !2, line: 36, column: 7)
!221 = !DILocation(line: 36, column: 7, scope: !90)
!222 = !DILocation(line: 0, scope: !166, inlinedAt: !223)
!223 = distinct !DILocation(line: 37, column: 5, scope: !220)
!224 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !223)
!225 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !223)
!226 = !DILocation(line: 38, column: 3, scope: !90)
!227 = !DILocation(line: 39, column: 13, scope: !90)
!228 = !{!229, !179, i64 0}
!229 = !{!"epoll_event", !179, i64 0, !180, i64 4}
!230 = distinct !DIAssignID()
!231 = !DILocation(line: 40, column: 6, scope: !90)
!232 = !DILocation(line: 40, column: 14, scope: !90)
!233 = !{!180, !180, i64 0}
!234 = distinct !DIAssignID()
!235 = !DILocation(line: 41, column: 7, scope: !236)
!236 = distinct !DILexicalBlock(scope: !90, file: !2, line: 41, column: 7)
!237 = !DILocation(line: 41, column: 48, scope: !236)
!238 = !DILocation(line: 41, column: 7, scope: !90)
!239 = !DILocation(line: 0, scope: !166, inlinedAt: !240)
!240 = distinct !DILocation(line: 42, column: 5, scope: !236)
!241 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !240)
!242 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !240)
!243 = !DILocation(line: 44, column: 3, scope: !90)
!244 = !DILocation(line: 45, column: 3, scope: !90)
!245 = !DILocation(line: 46, column: 3, scope: !90)
!246 = !DILocation(line: 47, column: 13, scope: !139)
!247 = !DILocation(line: 0, scope: !139)
!248 = !DILocation(line: 48, column: 11, scope: !249)
!249 = distinct !DILexicalBlock(scope: !139, file: !2, line: 48, column: 9)
!250 = !DILocation(line: 48, column: 9, scope: !139)
!251 = !DILocation(line: 0, scope: !143)
!252 = !DILocation(line: 53, column: 23, scope: !148)
!253 = !DILocation(line: 53, column: 5, scope: !143)
!254 = distinct !{!254, !255, !256}
!255 = !DILocation(line: 46, column: 3, scope: !141)
!256 = !DILocation(line: 73, column: 3, scope: !141)
!257 = !DILocation(line: 49, column: 11, scope: !258)
!258 = distinct !DILexicalBlock(scope: !259, file: !2, line: 49, column: 11)
!259 = distinct !DILexicalBlock(scope: !249, file: !2, line: 48, column: 16)
!260 = !DILocation(line: 49, column: 17, scope: !258)
!261 = !DILocation(line: 49, column: 11, scope: !259)
!262 = !DILocation(line: 0, scope: !166, inlinedAt: !263)
!263 = distinct !DILocation(line: 51, column: 7, scope: !259)
!264 = !DILocation(line: 15, column: 3, scope: !166, inlinedAt: !263)
!265 = !DILocation(line: 16, column: 3, scope: !166, inlinedAt: !263)
!266 = !DILocation(line: 54, column: 21, scope: !146)
!267 = !DILocation(line: 54, column: 26, scope: !146)
!268 = !DILocation(line: 54, column: 29, scope: !146)
!269 = !DILocation(line: 54, column: 11, scope: !147)
!270 = !DILocation(line: 55, column: 20, scope: !145)
!271 = !DILocation(line: 0, scope: !145)
!272 = !DILocation(line: 56, column: 18, scope: !273)
!273 = distinct !DILexicalBlock(scope: !145, file: !2, line: 56, column: 13)
!274 = !DILocation(line: 56, column: 13, scope: !145)
!275 = !DILocation(line: 57, column: 11, scope: !276)
!276 = distinct !DILexicalBlock(scope: !273, file: !2, line: 56, column: 23)
!277 = !DILocation(line: 58, column: 11, scope: !276)
!278 = !DILocation(line: 60, column: 19, scope: !145)
!279 = distinct !DIAssignID()
!280 = !DILocation(line: 61, column: 20, scope: !145)
!281 = distinct !DIAssignID()
!282 = !DILocation(line: 62, column: 9, scope: !145)
!283 = !DILocation(line: 63, column: 7, scope: !146)
!284 = !DILocation(line: 64, column: 21, scope: !150)
!285 = !DILocation(line: 0, scope: !150)
!286 = !DILocation(line: 65, column: 15, scope: !287)
!287 = distinct !DILexicalBlock(scope: !150, file: !2, line: 65, column: 13)
!288 = !DILocation(line: 65, column: 13, scope: !150)
!289 = !DILocation(line: 66, column: 11, scope: !290)
!290 = distinct !DILexicalBlock(scope: !287, file: !2, line: 65, column: 21)
!291 = !DILocation(line: 67, column: 32, scope: !290)
!292 = !DILocation(line: 67, column: 11, scope: !290)
!293 = !DILocation(line: 68, column: 11, scope: !290)
!294 = !DILocation(line: 70, column: 9, scope: !150)
!295 = !DILocation(line: 71, column: 7, scope: !146)
!296 = !DILocation(line: 53, column: 29, scope: !148)
!297 = distinct !{!297, !253, !298, !299}
!298 = !DILocation(line: 72, column: 5, scope: !143)
!299 = !{!"llvm.loop.mustprogress"}
!300 = !DISubprogram(name: "socket", scope: !301, file: !301, line: 102, type: !302, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!301 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!302 = !DISubroutineType(types: !303)
!303 = !{!93, !93, !93, !93}
!304 = !DISubprogram(name: "setsockopt", scope: !301, file: !301, line: 277, type: !305, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!305 = !DISubroutineType(types: !306)
!306 = !{!93, !93, !93, !93, !307, !309}
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !308, size: 64)
!308 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!309 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !73, line: 33, baseType: !310)
!310 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !70, line: 210, baseType: !35)
!311 = !DISubprogram(name: "bind", scope: !301, file: !301, line: 112, type: !312, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!312 = !DISubroutineType(types: !313)
!313 = !{!93, !93, !314, !309}
!314 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !315, size: 64)
!315 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !72)
!316 = !DISubprogram(name: "listen", scope: !301, file: !301, line: 296, type: !317, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!317 = !DISubroutineType(types: !318)
!318 = !{!93, !93, !93}
!319 = !DISubprogram(name: "epoll_create1", scope: !47, file: !47, line: 101, type: !320, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!320 = !DISubroutineType(types: !321)
!321 = !{!93, !93}
!322 = !DISubprogram(name: "epoll_ctl", scope: !47, file: !47, line: 110, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!323 = !DISubroutineType(types: !324)
!324 = !{!93, !93, !93, !93, !325}
!325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64)
!326 = !DISubprogram(name: "epoll_wait", scope: !47, file: !47, line: 124, type: !327, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!327 = !DISubroutineType(types: !328)
!328 = !{!93, !93, !325, !93, !93}
!329 = !DISubprogram(name: "__errno_location", scope: !330, file: !330, line: 37, type: !331, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!330 = !DIFile(filename: "/usr/include/errno.h", directory: "", checksumkind: CSK_MD5, checksum: "01c14bf4ab600a3884f5da68eb763170")
!331 = !DISubroutineType(types: !332)
!332 = !{!333}
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!334 = !DISubprogram(name: "accept", scope: !301, file: !301, line: 306, type: !335, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!335 = !DISubroutineType(types: !336)
!336 = !{!93, !93, !337, !338}
!337 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !71)
!338 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !339)
!339 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !309, size: 64)
!340 = !DISubprogram(name: "perror", scope: !341, file: !341, line: 804, type: !167, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!341 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!342 = !DISubprogram(name: "read", scope: !343, file: !343, line: 371, type: !344, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!343 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!344 = !DISubroutineType(types: !345)
!345 = !{!151, !93, !123, !346}
!346 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !347, line: 18, baseType: !129)
!347 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!348 = !DISubprogram(name: "close", scope: !343, file: !343, line: 358, type: !320, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!349 = !DISubprogram(name: "write", scope: !343, file: !343, line: 378, type: !350, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!350 = !DISubroutineType(types: !351)
!351 = !{!151, !93, !307, !346}
!352 = !DISubprogram(name: "exit", scope: !353, file: !353, line: 637, type: !354, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!353 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!354 = !DISubroutineType(types: !355)
!355 = !{null, !93}
