; select-tcp-chat.c at -O2: the fd loop counters are phis, and
; FD_SET/FD_ISSET's `fd % 64` may be strength-reduced.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'select-tcp-chat.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at select-tcp-chat.c:21
; CHECK-NEXT:   bind: port 9034 address 0.0.0.0 at select-tcp-chat.c:33
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at select-tcp-chat.c:57
; CHECK-NEXT: event-loop #0: select in main at select-tcp-chat.c:45, waits in select at select-tcp-chat.c:47
; CHECK-NEXT: arrival: recv on socket #1 in main at select-tcp-chat.c:67, loop #0
; CHECK-NEXT: reply: send on socket #1 in main at select-tcp-chat.c:75, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/select-tcp-chat.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - select-tcp-chat.c

; ModuleID = 'select-tcp-chat.c'
source_filename = "select-tcp-chat.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.fd_set = type { [16 x i64] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"select\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !16
@.str.5 = private unnamed_addr constant [5 x i8] c"send\00", align 1, !dbg !18

; Function Attrs: noreturn nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !68 {
  %1 = alloca %struct.fd_set, align 8, !DIAssignID !140
    #dbg_assign(i1 undef, !72, !DIExpression(), !140, ptr %1, !DIExpression(), !141)
  %2 = alloca %struct.fd_set, align 8, !DIAssignID !142
    #dbg_assign(i1 undef, !80, !DIExpression(), !142, ptr %2, !DIExpression(), !141)
  %3 = alloca i32, align 4, !DIAssignID !143
    #dbg_assign(i1 undef, !89, !DIExpression(), !143, ptr %3, !DIExpression(), !141)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !144
    #dbg_assign(i1 undef, !90, !DIExpression(), !144, ptr %4, !DIExpression(), !141)
  %5 = alloca [256 x i8], align 16, !DIAssignID !145
    #dbg_assign(i1 undef, !107, !DIExpression(), !145, ptr %5, !DIExpression(), !141)
  %6 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !146
    #dbg_assign(i1 undef, !116, !DIExpression(), !146, ptr %6, !DIExpression(), !147)
  %7 = alloca i32, align 4, !DIAssignID !148
    #dbg_assign(i1 undef, !130, !DIExpression(), !148, ptr %7, !DIExpression(), !147)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #9, !dbg !149
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #9, !dbg !149
    #dbg_value(ptr %1, !83, !DIExpression(), !150)
    #dbg_value(i32 0, !81, !DIExpression(), !150)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(128) %1, i8 0, i64 128, i1 false), !dbg !151, !tbaa !154
    #dbg_value(i64 poison, !81, !DIExpression(), !150)
    #dbg_value(i64 poison, !85, !DIExpression(), !158)
  %8 = tail call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #9, !dbg !159
    #dbg_value(i32 %8, !88, !DIExpression(), !141)
  %9 = icmp slt i32 %8, 0, !dbg !160
  br i1 %9, label %10, label %11, !dbg !162

10:                                               ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #10, !dbg !163
  tail call void @exit(i32 noundef 1) #11, !dbg !165
  unreachable, !dbg !165

11:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #9, !dbg !166
  store i32 1, ptr %3, align 4, !dbg !167, !tbaa !168, !DIAssignID !170
    #dbg_assign(i32 1, !89, !DIExpression(), !170, ptr %3, !DIExpression(), !141)
  %12 = call i32 @setsockopt(i32 noundef %8, i32 noundef 1, i32 noundef 2, ptr noundef nonnull %3, i32 noundef 4) #9, !dbg !171
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #9, !dbg !172
  %13 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !173
  store i64 0, ptr %13, align 4, !dbg !173, !DIAssignID !174
    #dbg_assign(i64 0, !90, !DIExpression(), !174, ptr %4, !DIExpression(), !141)
    #dbg_assign(i8 0, !90, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !175, ptr undef, !DIExpression(), !141)
  store i16 2, ptr %4, align 4, !dbg !176, !tbaa !177, !DIAssignID !181
    #dbg_assign(i16 2, !90, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !181, ptr %4, !DIExpression(), !141)
  %14 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !182
  store i32 0, ptr %14, align 4, !dbg !183, !tbaa !184, !DIAssignID !185
    #dbg_assign(i32 0, !90, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !185, ptr %14, !DIExpression(), !141)
  %15 = getelementptr inbounds i8, ptr %4, i64 2, !dbg !186
  store i16 18979, ptr %15, align 2, !dbg !187, !tbaa !188, !DIAssignID !189
    #dbg_assign(i16 18979, !90, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !189, ptr %15, !DIExpression(), !141)
  %16 = call i32 @bind(i32 noundef %8, ptr noundef nonnull %4, i32 noundef 16) #9, !dbg !190
  %17 = icmp slt i32 %16, 0, !dbg !192
  br i1 %17, label %18, label %19, !dbg !193

18:                                               ; preds = %11
  call void @perror(ptr noundef nonnull @.str.1) #10, !dbg !194
  call void @exit(i32 noundef 2) #11, !dbg !196
  unreachable, !dbg !196

19:                                               ; preds = %11
  %20 = call i32 @listen(i32 noundef %8, i32 noundef 10) #9, !dbg !197
  %21 = icmp eq i32 %20, -1, !dbg !199
  br i1 %21, label %22, label %23, !dbg !200

22:                                               ; preds = %19
  call void @perror(ptr noundef nonnull @.str.2) #10, !dbg !201
  call void @exit(i32 noundef 3) #11, !dbg !203
  unreachable, !dbg !203

23:                                               ; preds = %19
  %24 = and i32 %8, 63, !dbg !204
  %25 = zext nneg i32 %24 to i64, !dbg !204
  %26 = shl nuw i64 1, %25, !dbg !204
  %27 = lshr i32 %8, 6, !dbg !204
  %28 = zext nneg i32 %27 to i64, !dbg !204
  %29 = getelementptr inbounds [16 x i64], ptr %1, i64 0, i64 %28, !dbg !204
  %30 = load i64, ptr %29, align 8, !dbg !204, !tbaa !154
  %31 = or i64 %30, %26, !dbg !204
  store i64 %31, ptr %29, align 8, !dbg !204, !tbaa !154
    #dbg_value(i32 %8, !106, !DIExpression(), !141)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %5) #9, !dbg !205
    #dbg_value(i32 %8, !106, !DIExpression(), !141)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(128) %2, ptr noundef nonnull align 8 dereferenceable(128) %1, i64 128, i1 false), !dbg !206, !tbaa.struct !207, !DIAssignID !209
  %32 = add nuw nsw i32 %8, 1, !dbg !210
  %33 = call i32 @select(i32 noundef %32, ptr noundef nonnull %2, ptr noundef null, ptr noundef null, ptr noundef null) #9, !dbg !212
  %34 = icmp eq i32 %33, -1, !dbg !213
  br i1 %34, label %43, label %40, !dbg !214

35:                                               ; preds = %107, %40
  %36 = phi i32 [ %41, %40 ], [ %108, %107 ], !dbg !215
    #dbg_value(i32 %36, !106, !DIExpression(), !141)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(128) %2, ptr noundef nonnull align 8 dereferenceable(128) %1, i64 128, i1 false), !dbg !206, !tbaa.struct !207, !DIAssignID !209
    #dbg_assign(i1 undef, !80, !DIExpression(), !209, ptr %2, !DIExpression(), !141)
  %37 = add nuw nsw i32 %36, 1, !dbg !210
  %38 = call i32 @select(i32 noundef %37, ptr noundef nonnull %2, ptr noundef null, ptr noundef null, ptr noundef null) #9, !dbg !212
  %39 = icmp eq i32 %38, -1, !dbg !213
  br i1 %39, label %43, label %40, !dbg !214, !llvm.loop !216

40:                                               ; preds = %23, %35
  %41 = phi i32 [ %36, %35 ], [ %8, %23 ]
    #dbg_value(i32 0, !111, !DIExpression(), !219)
    #dbg_value(i32 %41, !106, !DIExpression(), !141)
  %42 = icmp slt i32 %41, 0, !dbg !220
  br i1 %42, label %35, label %44, !dbg !221

43:                                               ; preds = %35, %23
  call void @perror(ptr noundef nonnull @.str.3) #10, !dbg !222
  call void @exit(i32 noundef 4) #11, !dbg !224
  unreachable, !dbg !224

44:                                               ; preds = %40, %107
  %45 = phi i32 [ %109, %107 ], [ 0, %40 ]
  %46 = phi i32 [ %108, %107 ], [ %41, %40 ]
    #dbg_value(i32 %45, !111, !DIExpression(), !219)
    #dbg_value(i32 %46, !106, !DIExpression(), !141)
  %47 = lshr i32 %45, 6, !dbg !225
  %48 = zext nneg i32 %47 to i64, !dbg !225
  %49 = getelementptr inbounds [16 x i64], ptr %2, i64 0, i64 %48, !dbg !225
  %50 = load i64, ptr %49, align 8, !dbg !225, !tbaa !154
  %51 = and i32 %45, 63, !dbg !225
  %52 = zext nneg i32 %51 to i64, !dbg !225
  %53 = shl nuw i64 1, %52, !dbg !225
  %54 = and i64 %50, %53, !dbg !225
  %55 = icmp eq i64 %54, 0, !dbg !225
  br i1 %55, label %107, label %56, !dbg !227

56:                                               ; preds = %44
  %57 = icmp eq i32 %45, %8, !dbg !228
  br i1 %57, label %58, label %74, !dbg !229

58:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %6) #9, !dbg !230
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %7) #9, !dbg !231
  store i32 128, ptr %7, align 4, !dbg !232, !tbaa !168, !DIAssignID !233
    #dbg_assign(i32 128, !130, !DIExpression(), !233, ptr %7, !DIExpression(), !147)
  %59 = call i32 @accept(i32 noundef %8, ptr noundef nonnull %6, ptr noundef nonnull %7) #9, !dbg !234
    #dbg_value(i32 %59, !133, !DIExpression(), !147)
  %60 = icmp eq i32 %59, -1, !dbg !235
  br i1 %60, label %61, label %62, !dbg !237

61:                                               ; preds = %58
  call void @perror(ptr noundef nonnull @.str.4) #10, !dbg !238
  br label %72, !dbg !240

62:                                               ; preds = %58
  %63 = srem i32 %59, 64, !dbg !241
  %64 = zext nneg i32 %63 to i64, !dbg !241
  %65 = shl nuw i64 1, %64, !dbg !241
  %66 = sdiv i32 %59, 64, !dbg !241
  %67 = sext i32 %66 to i64, !dbg !241
  %68 = getelementptr inbounds [16 x i64], ptr %1, i64 0, i64 %67, !dbg !241
  %69 = load i64, ptr %68, align 8, !dbg !241, !tbaa !154
  %70 = or i64 %69, %65, !dbg !241
  store i64 %70, ptr %68, align 8, !dbg !241, !tbaa !154
  %71 = call i32 @llvm.smax.i32(i32 %59, i32 %46), !dbg !243
  br label %72, !dbg !243

72:                                               ; preds = %62, %61
  %73 = phi i32 [ %46, %61 ], [ %71, %62 ], !dbg !141
    #dbg_value(i32 %73, !106, !DIExpression(), !141)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %7) #9, !dbg !244
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %6) #9, !dbg !244
  br label %107

74:                                               ; preds = %56
  %75 = call i64 @recv(i32 noundef %45, ptr noundef nonnull %5, i64 noundef 256, i32 noundef 0) #9, !dbg !245
    #dbg_value(i64 %75, !134, !DIExpression(), !246)
  %76 = icmp slt i64 %75, 1, !dbg !247
  br i1 %76, label %79, label %77, !dbg !249

77:                                               ; preds = %74
    #dbg_value(i32 0, !138, !DIExpression(), !250)
  %78 = icmp slt i32 %46, 0, !dbg !251
  br i1 %78, label %107, label %85, !dbg !253

79:                                               ; preds = %74
  %80 = call i32 @close(i32 noundef %45) #9, !dbg !254
  %81 = xor i64 %53, -1, !dbg !256
  %82 = getelementptr inbounds [16 x i64], ptr %1, i64 0, i64 %48, !dbg !256
  %83 = load i64, ptr %82, align 8, !dbg !256, !tbaa !154
  %84 = and i64 %83, %81, !dbg !256
  store i64 %84, ptr %82, align 8, !dbg !256, !tbaa !154
  br label %107, !dbg !257

85:                                               ; preds = %77, %104
  %86 = phi i32 [ %105, %104 ], [ 0, %77 ]
    #dbg_value(i32 %86, !138, !DIExpression(), !250)
  %87 = lshr i32 %86, 6, !dbg !258
  %88 = zext nneg i32 %87 to i64, !dbg !258
  %89 = getelementptr inbounds [16 x i64], ptr %1, i64 0, i64 %88, !dbg !258
  %90 = load i64, ptr %89, align 8, !dbg !258, !tbaa !154
  %91 = and i32 %86, 63, !dbg !258
  %92 = zext nneg i32 %91 to i64, !dbg !258
  %93 = shl nuw i64 1, %92, !dbg !258
  %94 = and i64 %90, %93, !dbg !258
  %95 = icmp eq i64 %94, 0, !dbg !258
  %96 = icmp eq i32 %86, %8
  %97 = or i1 %96, %95, !dbg !260
  %98 = icmp eq i32 %86, %45
  %99 = or i1 %98, %97, !dbg !260
  br i1 %99, label %104, label %100, !dbg !260

100:                                              ; preds = %85
  %101 = call i64 @send(i32 noundef %86, ptr noundef nonnull %5, i64 noundef %75, i32 noundef 0) #9, !dbg !261
  %102 = icmp eq i64 %101, -1, !dbg !263
  br i1 %102, label %103, label %104, !dbg !264

103:                                              ; preds = %100
  call void @perror(ptr noundef nonnull @.str.5) #10, !dbg !265
  br label %104, !dbg !265

104:                                              ; preds = %85, %103, %100
  %105 = add nuw i32 %86, 1, !dbg !266
    #dbg_value(i32 %105, !138, !DIExpression(), !250)
  %106 = icmp eq i32 %86, %46, !dbg !251
  br i1 %106, label %107, label %85, !dbg !253, !llvm.loop !267

107:                                              ; preds = %104, %77, %79, %44, %72
  %108 = phi i32 [ %73, %72 ], [ %46, %44 ], [ %46, %79 ], [ %46, %77 ], [ %46, %104 ], !dbg !215
    #dbg_value(i32 %108, !106, !DIExpression(), !141)
  %109 = add nuw nsw i32 %45, 1, !dbg !270
    #dbg_value(i32 %109, !111, !DIExpression(), !219)
  %110 = icmp slt i32 %45, %108, !dbg !220
  br i1 %110, label %44, label %35, !dbg !221, !llvm.loop !271
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !273 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !277 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: noreturn nounwind
declare !dbg !283 void @exit(i32 noundef) local_unnamed_addr #4

; Function Attrs: nounwind
declare !dbg !287 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nounwind
declare !dbg !292 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !297 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !300 i32 @select(i32 noundef, ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #7

declare !dbg !313 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #7

declare !dbg !319 i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #7

declare !dbg !325 i32 @close(i32 noundef) local_unnamed_addr #7

declare !dbg !329 i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

attributes #0 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }
attributes #10 = { cold }
attributes #11 = { noreturn nounwind }

!llvm.dbg.cu = !{!20}
!llvm.module.flags = !{!60, !61, !62, !63, !64, !65, !66}
!llvm.ident = !{!67}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "select-tcp-chat.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "dfd0be38e077909261885d0e660722d7")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !3, isLocal: true, isDefinition: true)
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !3, isLocal: true, isDefinition: true)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(scope: null, file: !2, line: 76, type: !9, isLocal: true, isDefinition: true)
!20 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !21, retainedTypes: !35, globals: !59, splitDebugInlining: false, nameTableKind: None)
!21 = !{!22}
!22 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !23, line: 24, baseType: !24, size: 32, elements: !25)
!23 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!24 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!25 = !{!26, !27, !28, !29, !30, !31, !32, !33, !34}
!26 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!27 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!28 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!29 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!30 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!31 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!32 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!33 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!34 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!35 = !{!36, !42, !54, !57, !58}
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !37, line: 30, baseType: !38)
!37 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !39, line: 26, baseType: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !41, line: 42, baseType: !24)
!41 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!43 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !44, line: 183, size: 128, elements: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!45 = !{!46, !50}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !43, file: !44, line: 185, baseType: !47, size: 16)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !48, line: 28, baseType: !49)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!49 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !43, file: !44, line: 186, baseType: !51, size: 112, offset: 16)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 14)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fd_mask", file: !55, line: 49, baseType: !56)
!55 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/select.h", directory: "", checksumkind: CSK_MD5, checksum: "5ab727ca201ba12ae255687119da3fa7")
!56 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !41, line: 40, baseType: !49)
!59 = !{!0, !7, !12, !14, !16, !18}
!60 = !{i32 7, !"Dwarf Version", i32 5}
!61 = !{i32 2, !"Debug Info Version", i32 3}
!62 = !{i32 1, !"wchar_size", i32 4}
!63 = !{i32 8, !"PIC Level", i32 2}
!64 = !{i32 7, !"PIE Level", i32 2}
!65 = !{i32 7, !"uwtable", i32 2}
!66 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!67 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!68 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 16, type: !69, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !20, retainedNodes: !71)
!69 = !DISubroutineType(types: !70)
!70 = !{!57}
!71 = !{!72, !80, !81, !83, !85, !87, !88, !89, !90, !106, !107, !111, !116, !130, !133, !134, !138}
!72 = !DILocalVariable(name: "master", scope: !68, file: !2, line: 17, type: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "fd_set", file: !55, line: 70, baseType: !74)
!74 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !55, line: 59, size: 1024, elements: !75)
!75 = !{!76}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "__fds_bits", scope: !74, file: !55, line: 67, baseType: !77, size: 1024)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 1024, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 16)
!80 = !DILocalVariable(name: "read_fds", scope: !68, file: !2, line: 17, type: !73)
!81 = !DILocalVariable(name: "__i", scope: !82, file: !2, line: 18, type: !24)
!82 = distinct !DILexicalBlock(scope: !68, file: !2, line: 18, column: 3)
!83 = !DILocalVariable(name: "__arr", scope: !82, file: !2, line: 18, type: !84)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64)
!85 = !DILocalVariable(name: "__i", scope: !86, file: !2, line: 19, type: !24)
!86 = distinct !DILexicalBlock(scope: !68, file: !2, line: 19, column: 3)
!87 = !DILocalVariable(name: "__arr", scope: !86, file: !2, line: 19, type: !84)
!88 = !DILocalVariable(name: "listener", scope: !68, file: !2, line: 21, type: !57)
!89 = !DILocalVariable(name: "yes", scope: !68, file: !2, line: 26, type: !57)
!90 = !DILocalVariable(name: "sa", scope: !68, file: !2, line: 28, type: !91)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !37, line: 245, size: 128, elements: !92)
!92 = !{!93, !94, !97, !101}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !91, file: !37, line: 247, baseType: !47, size: 16)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !91, file: !37, line: 248, baseType: !95, size: 16, offset: 16)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !37, line: 123, baseType: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !39, line: 25, baseType: !58)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !91, file: !37, line: 249, baseType: !98, size: 32, offset: 32)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !37, line: 31, size: 32, elements: !99)
!99 = !{!100}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !98, file: !37, line: 33, baseType: !36, size: 32)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !91, file: !37, line: 252, baseType: !102, size: 64, offset: 64)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !103, size: 64, elements: !104)
!103 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!104 = !{!105}
!105 = !DISubrange(count: 8)
!106 = !DILocalVariable(name: "fdmax", scope: !68, file: !2, line: 42, type: !57)
!107 = !DILocalVariable(name: "buf", scope: !68, file: !2, line: 44, type: !108)
!108 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !109)
!109 = !{!110}
!110 = !DISubrange(count: 256)
!111 = !DILocalVariable(name: "i", scope: !112, file: !2, line: 51, type: !57)
!112 = distinct !DILexicalBlock(scope: !113, file: !2, line: 51, column: 5)
!113 = distinct !DILexicalBlock(scope: !114, file: !2, line: 45, column: 12)
!114 = distinct !DILexicalBlock(scope: !115, file: !2, line: 45, column: 3)
!115 = distinct !DILexicalBlock(scope: !68, file: !2, line: 45, column: 3)
!116 = !DILocalVariable(name: "remoteaddr", scope: !117, file: !2, line: 55, type: !121)
!117 = distinct !DILexicalBlock(scope: !118, file: !2, line: 54, column: 26)
!118 = distinct !DILexicalBlock(scope: !119, file: !2, line: 54, column: 11)
!119 = distinct !DILexicalBlock(scope: !120, file: !2, line: 51, column: 38)
!120 = distinct !DILexicalBlock(scope: !112, file: !2, line: 51, column: 5)
!121 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !44, line: 196, size: 1024, elements: !122)
!122 = !{!123, !124, !128}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !121, file: !44, line: 198, baseType: !47, size: 16)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !121, file: !44, line: 199, baseType: !125, size: 944, offset: 16)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !126)
!126 = !{!127}
!127 = !DISubrange(count: 118)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !121, file: !44, line: 200, baseType: !129, size: 64, offset: 960)
!129 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!130 = !DILocalVariable(name: "addrlen", scope: !117, file: !2, line: 56, type: !131)
!131 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !44, line: 33, baseType: !132)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !41, line: 210, baseType: !24)
!133 = !DILocalVariable(name: "newfd", scope: !117, file: !2, line: 57, type: !57)
!134 = !DILocalVariable(name: "nbytes", scope: !119, file: !2, line: 67, type: !135)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !136, line: 108, baseType: !137)
!136 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !41, line: 194, baseType: !56)
!138 = !DILocalVariable(name: "j", scope: !139, file: !2, line: 73, type: !57)
!139 = distinct !DILexicalBlock(scope: !119, file: !2, line: 73, column: 7)
!140 = distinct !DIAssignID()
!141 = !DILocation(line: 0, scope: !68)
!142 = distinct !DIAssignID()
!143 = distinct !DIAssignID()
!144 = distinct !DIAssignID()
!145 = distinct !DIAssignID()
!146 = distinct !DIAssignID()
!147 = !DILocation(line: 0, scope: !117)
!148 = distinct !DIAssignID()
!149 = !DILocation(line: 17, column: 3, scope: !68)
!150 = !DILocation(line: 0, scope: !82)
!151 = !DILocation(line: 18, column: 3, scope: !152)
!152 = distinct !DILexicalBlock(scope: !153, file: !2, line: 18, column: 3)
!153 = distinct !DILexicalBlock(scope: !82, file: !2, line: 18, column: 3)
!154 = !{!155, !155, i64 0}
!155 = !{!"long", !156, i64 0}
!156 = !{!"omnipotent char", !157, i64 0}
!157 = !{!"Simple C/C++ TBAA"}
!158 = !DILocation(line: 0, scope: !86)
!159 = !DILocation(line: 21, column: 18, scope: !68)
!160 = !DILocation(line: 22, column: 16, scope: !161)
!161 = distinct !DILexicalBlock(scope: !68, file: !2, line: 22, column: 7)
!162 = !DILocation(line: 22, column: 7, scope: !68)
!163 = !DILocation(line: 23, column: 5, scope: !164)
!164 = distinct !DILexicalBlock(scope: !161, file: !2, line: 22, column: 21)
!165 = !DILocation(line: 24, column: 5, scope: !164)
!166 = !DILocation(line: 26, column: 3, scope: !68)
!167 = !DILocation(line: 26, column: 7, scope: !68)
!168 = !{!169, !169, i64 0}
!169 = !{!"int", !156, i64 0}
!170 = distinct !DIAssignID()
!171 = !DILocation(line: 27, column: 3, scope: !68)
!172 = !DILocation(line: 28, column: 3, scope: !68)
!173 = !DILocation(line: 29, column: 3, scope: !68)
!174 = distinct !DIAssignID()
!175 = distinct !DIAssignID()
!176 = !DILocation(line: 30, column: 17, scope: !68)
!177 = !{!178, !179, i64 0}
!178 = !{!"sockaddr_in", !179, i64 0, !179, i64 2, !180, i64 4, !156, i64 8}
!179 = !{!"short", !156, i64 0}
!180 = !{!"in_addr", !169, i64 0}
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 31, column: 6, scope: !68)
!183 = !DILocation(line: 31, column: 22, scope: !68)
!184 = !{!178, !169, i64 4}
!185 = distinct !DIAssignID()
!186 = !DILocation(line: 32, column: 6, scope: !68)
!187 = !DILocation(line: 32, column: 15, scope: !68)
!188 = !{!178, !179, i64 2}
!189 = distinct !DIAssignID()
!190 = !DILocation(line: 33, column: 7, scope: !191)
!191 = distinct !DILexicalBlock(scope: !68, file: !2, line: 33, column: 7)
!192 = !DILocation(line: 33, column: 58, scope: !191)
!193 = !DILocation(line: 33, column: 7, scope: !68)
!194 = !DILocation(line: 34, column: 5, scope: !195)
!195 = distinct !DILexicalBlock(scope: !191, file: !2, line: 33, column: 63)
!196 = !DILocation(line: 35, column: 5, scope: !195)
!197 = !DILocation(line: 37, column: 7, scope: !198)
!198 = distinct !DILexicalBlock(scope: !68, file: !2, line: 37, column: 7)
!199 = !DILocation(line: 37, column: 28, scope: !198)
!200 = !DILocation(line: 37, column: 7, scope: !68)
!201 = !DILocation(line: 38, column: 5, scope: !202)
!202 = distinct !DILexicalBlock(scope: !198, file: !2, line: 37, column: 35)
!203 = !DILocation(line: 39, column: 5, scope: !202)
!204 = !DILocation(line: 41, column: 3, scope: !68)
!205 = !DILocation(line: 44, column: 3, scope: !68)
!206 = !DILocation(line: 46, column: 16, scope: !113)
!207 = !{i64 0, i64 128, !208}
!208 = !{!156, !156, i64 0}
!209 = distinct !DIAssignID()
!210 = !DILocation(line: 47, column: 22, scope: !211)
!211 = distinct !DILexicalBlock(scope: !113, file: !2, line: 47, column: 9)
!212 = !DILocation(line: 47, column: 9, scope: !211)
!213 = !DILocation(line: 47, column: 56, scope: !211)
!214 = !DILocation(line: 47, column: 9, scope: !113)
!215 = !DILocation(line: 42, column: 7, scope: !68)
!216 = distinct !{!216, !217, !218}
!217 = !DILocation(line: 45, column: 3, scope: !115)
!218 = !DILocation(line: 78, column: 3, scope: !115)
!219 = !DILocation(line: 0, scope: !112)
!220 = !DILocation(line: 51, column: 23, scope: !120)
!221 = !DILocation(line: 51, column: 5, scope: !112)
!222 = !DILocation(line: 48, column: 7, scope: !223)
!223 = distinct !DILexicalBlock(scope: !211, file: !2, line: 47, column: 63)
!224 = !DILocation(line: 49, column: 7, scope: !223)
!225 = !DILocation(line: 52, column: 12, scope: !226)
!226 = distinct !DILexicalBlock(scope: !119, file: !2, line: 52, column: 11)
!227 = !DILocation(line: 52, column: 11, scope: !119)
!228 = !DILocation(line: 54, column: 13, scope: !118)
!229 = !DILocation(line: 54, column: 11, scope: !119)
!230 = !DILocation(line: 55, column: 9, scope: !117)
!231 = !DILocation(line: 56, column: 9, scope: !117)
!232 = !DILocation(line: 56, column: 19, scope: !117)
!233 = distinct !DIAssignID()
!234 = !DILocation(line: 57, column: 21, scope: !117)
!235 = !DILocation(line: 58, column: 19, scope: !236)
!236 = distinct !DILexicalBlock(scope: !117, file: !2, line: 58, column: 13)
!237 = !DILocation(line: 58, column: 13, scope: !117)
!238 = !DILocation(line: 59, column: 11, scope: !239)
!239 = distinct !DILexicalBlock(scope: !236, file: !2, line: 58, column: 26)
!240 = !DILocation(line: 60, column: 9, scope: !239)
!241 = !DILocation(line: 61, column: 11, scope: !242)
!242 = distinct !DILexicalBlock(scope: !236, file: !2, line: 60, column: 16)
!243 = !DILocation(line: 62, column: 15, scope: !242)
!244 = !DILocation(line: 66, column: 7, scope: !118)
!245 = !DILocation(line: 67, column: 24, scope: !119)
!246 = !DILocation(line: 0, scope: !119)
!247 = !DILocation(line: 68, column: 18, scope: !248)
!248 = distinct !DILexicalBlock(scope: !119, file: !2, line: 68, column: 11)
!249 = !DILocation(line: 68, column: 11, scope: !119)
!250 = !DILocation(line: 0, scope: !139)
!251 = !DILocation(line: 73, column: 25, scope: !252)
!252 = distinct !DILexicalBlock(scope: !139, file: !2, line: 73, column: 7)
!253 = !DILocation(line: 73, column: 7, scope: !139)
!254 = !DILocation(line: 69, column: 9, scope: !255)
!255 = distinct !DILexicalBlock(scope: !248, file: !2, line: 68, column: 24)
!256 = !DILocation(line: 70, column: 9, scope: !255)
!257 = !DILocation(line: 71, column: 9, scope: !255)
!258 = !DILocation(line: 74, column: 13, scope: !259)
!259 = distinct !DILexicalBlock(scope: !252, file: !2, line: 74, column: 13)
!260 = !DILocation(line: 74, column: 34, scope: !259)
!261 = !DILocation(line: 75, column: 15, scope: !262)
!262 = distinct !DILexicalBlock(scope: !259, file: !2, line: 75, column: 15)
!263 = !DILocation(line: 75, column: 39, scope: !262)
!264 = !DILocation(line: 75, column: 15, scope: !259)
!265 = !DILocation(line: 76, column: 13, scope: !262)
!266 = !DILocation(line: 73, column: 36, scope: !252)
!267 = distinct !{!267, !253, !268, !269}
!268 = !DILocation(line: 76, column: 26, scope: !139)
!269 = !{!"llvm.loop.mustprogress"}
!270 = !DILocation(line: 51, column: 34, scope: !120)
!271 = distinct !{!271, !221, !272, !269}
!272 = !DILocation(line: 77, column: 5, scope: !112)
!273 = !DISubprogram(name: "socket", scope: !274, file: !274, line: 102, type: !275, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!274 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!275 = !DISubroutineType(types: !276)
!276 = !{!57, !57, !57, !57}
!277 = !DISubprogram(name: "perror", scope: !278, file: !278, line: 804, type: !279, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!278 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!279 = !DISubroutineType(types: !280)
!280 = !{null, !281}
!281 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !282, size: 64)
!282 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!283 = !DISubprogram(name: "exit", scope: !284, file: !284, line: 637, type: !285, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!284 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!285 = !DISubroutineType(types: !286)
!286 = !{null, !57}
!287 = !DISubprogram(name: "setsockopt", scope: !274, file: !274, line: 277, type: !288, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DISubroutineType(types: !289)
!289 = !{!57, !57, !57, !57, !290, !131}
!290 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !291, size: 64)
!291 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!292 = !DISubprogram(name: "bind", scope: !274, file: !274, line: 112, type: !293, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!293 = !DISubroutineType(types: !294)
!294 = !{!57, !57, !295, !131}
!295 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !296, size: 64)
!296 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !43)
!297 = !DISubprogram(name: "listen", scope: !274, file: !274, line: 296, type: !298, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!298 = !DISubroutineType(types: !299)
!299 = !{!57, !57, !57}
!300 = !DISubprogram(name: "select", scope: !55, file: !55, line: 102, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!301 = !DISubroutineType(types: !302)
!302 = !{!57, !57, !303, !303, !303, !304}
!303 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !84)
!304 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !305)
!305 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64)
!306 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !307, line: 8, size: 128, elements: !308)
!307 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!308 = !{!309, !311}
!309 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !306, file: !307, line: 14, baseType: !310, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !41, line: 160, baseType: !56)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !306, file: !307, line: 15, baseType: !312, size: 64, offset: 64)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !41, line: 162, baseType: !56)
!313 = !DISubprogram(name: "accept", scope: !274, file: !274, line: 306, type: !314, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!314 = !DISubroutineType(types: !315)
!315 = !{!57, !57, !316, !317}
!316 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !42)
!317 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !318)
!318 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !131, size: 64)
!319 = !DISubprogram(name: "recv", scope: !274, file: !274, line: 145, type: !320, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!320 = !DISubroutineType(types: !321)
!321 = !{!135, !57, !322, !323, !57}
!322 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!323 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !324, line: 18, baseType: !129)
!324 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!325 = !DISubprogram(name: "close", scope: !326, file: !326, line: 358, type: !327, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!326 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!327 = !DISubroutineType(types: !328)
!328 = !{!57, !57}
!329 = !DISubprogram(name: "send", scope: !274, file: !274, line: 138, type: !330, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!330 = !DISubroutineType(types: !331)
!331 = !{!135, !57, !290, !323, !57}
