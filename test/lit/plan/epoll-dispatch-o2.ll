; epoll-dispatch.c at -O2: the dispatch loop over epoll_wait's results is
; rotated, so its test (i + 1 < n, line 31) sits after the request, in the
; latch, with n from epoll_wait: still the loop moving on to the next
; event, not state the request needs.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload plan for 'epoll-dispatch.c'
; CHECK:       arrival: epoll-dispatch.c:41
; CHECK-NEXT:  reply: epoll-dispatch.c:50
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload: omega 1.000 > rho {{[0-9.]+}} + margin 0.05
; CHECK-NOT:   blocked:
; CHECK-NOT:   fallback:
; CHECK:       summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/epoll-dispatch.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - epoll-dispatch.c

; ModuleID = 'epoll-dispatch.c'
source_filename = "epoll-dispatch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !63 {
  %1 = alloca %struct.sockaddr_in, align 4, !DIAssignID !134
    #dbg_assign(i1 undef, !69, !DIExpression(), !134, ptr %1, !DIExpression(), !135)
  %2 = alloca %struct.epoll_event, align 4, !DIAssignID !136
    #dbg_assign(i1 undef, !86, !DIExpression(), !136, ptr %2, !DIExpression(), !135)
  %3 = alloca [32 x %struct.epoll_event], align 16, !DIAssignID !137
    #dbg_assign(i1 undef, !102, !DIExpression(), !137, ptr %3, !DIExpression(), !135)
  %4 = alloca [2048 x i8], align 16, !DIAssignID !138
    #dbg_assign(i1 undef, !106, !DIExpression(), !138, ptr %4, !DIExpression(), !135)
  %5 = alloca %struct.epoll_event, align 4, !DIAssignID !139
    #dbg_assign(i1 undef, !122, !DIExpression(), !139, ptr %5, !DIExpression(), !140)
  %6 = alloca i32, align 4, !DIAssignID !141
    #dbg_assign(i1 undef, !133, !DIExpression(), !141, ptr %6, !DIExpression(), !142)
  %7 = tail call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !143
    #dbg_value(i32 %7, !68, !DIExpression(), !135)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #6, !dbg !144
  %8 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !145
  store i64 0, ptr %8, align 4, !dbg !145, !DIAssignID !146
    #dbg_assign(i64 0, !69, !DIExpression(), !146, ptr %1, !DIExpression(), !135)
    #dbg_assign(i8 0, !69, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !147, ptr undef, !DIExpression(), !135)
  store i16 2, ptr %1, align 4, !dbg !148, !tbaa !149, !DIAssignID !156
    #dbg_assign(i16 2, !69, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !156, ptr %1, !DIExpression(), !135)
  %9 = getelementptr inbounds i8, ptr %1, i64 2, !dbg !157
  store i16 -31716, ptr %9, align 2, !dbg !158, !tbaa !159, !DIAssignID !160
    #dbg_assign(i16 -31716, !69, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !160, ptr %9, !DIExpression(), !135)
    #dbg_value(i32 0, !161, !DIExpression(), !167)
  %10 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !169
  store i32 0, ptr %10, align 4, !dbg !170, !tbaa !171, !DIAssignID !172
    #dbg_assign(i32 0, !69, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !172, ptr %10, !DIExpression(), !135)
  %11 = call i32 @bind(i32 noundef %7, ptr noundef nonnull %1, i32 noundef 16) #6, !dbg !173
  %12 = icmp slt i32 %11, 0, !dbg !175
  br i1 %12, label %16, label %13, !dbg !176

13:                                               ; preds = %0
  %14 = call i32 @listen(i32 noundef %7, i32 noundef 64) #6, !dbg !177
  %15 = icmp slt i32 %14, 0, !dbg !178
  br i1 %15, label %16, label %17, !dbg !179

16:                                               ; preds = %13, %0
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #6, !dbg !180
  ret i32 1, !dbg !180

17:                                               ; preds = %13
  %18 = call i32 @epoll_create1(i32 noundef 0) #6, !dbg !181
    #dbg_value(i32 %18, !85, !DIExpression(), !135)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #6, !dbg !182
  store i32 1, ptr %2, align 4, !dbg !183, !tbaa !184, !DIAssignID !186
    #dbg_assign(i32 1, !86, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !186, ptr %2, !DIExpression(), !135)
  %19 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !183
  store i32 %7, ptr %19, align 4, !dbg !187, !tbaa !188, !DIAssignID !189
    #dbg_assign(i32 %7, !86, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !189, ptr %19, !DIExpression(), !135)
  %20 = call i32 @epoll_ctl(i32 noundef %18, i32 noundef 1, i32 noundef %7, ptr noundef nonnull %2) #6, !dbg !190
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %3) #6, !dbg !191
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %4) #6, !dbg !192
  %21 = getelementptr inbounds i8, ptr %5, i64 4
  br label %23, !dbg !193

22:                                               ; preds = %85, %23
  br label %23, !dbg !194, !llvm.loop !195

23:                                               ; preds = %22, %17
  %24 = call i32 @epoll_wait(i32 noundef %18, ptr noundef nonnull %3, i32 noundef 32, i32 noundef -1) #6, !dbg !197
    #dbg_value(i32 %24, !110, !DIExpression(), !198)
    #dbg_value(i32 0, !114, !DIExpression(), !199)
  %25 = icmp sgt i32 %24, 0, !dbg !200
  br i1 %25, label %26, label %22, !dbg !201

26:                                               ; preds = %23
  %27 = zext nneg i32 %24 to i64, !dbg !200
  br label %28, !dbg !201

28:                                               ; preds = %26, %85
  %29 = phi i64 [ 0, %26 ], [ %86, %85 ]
    #dbg_value(i64 %29, !114, !DIExpression(), !199)
  %30 = getelementptr inbounds [32 x %struct.epoll_event], ptr %3, i64 0, i64 %29, i32 1, !dbg !202
  %31 = load i32, ptr %30, align 4, !dbg !203, !tbaa !188
    #dbg_value(i32 %31, !116, !DIExpression(), !142)
  %32 = icmp eq i32 %31, %7, !dbg !204
  br i1 %32, label %33, label %38, !dbg !205

33:                                               ; preds = %28
  %34 = call i32 @accept(i32 noundef %7, ptr noundef null, ptr noundef null) #6, !dbg !206
    #dbg_value(i32 %34, !119, !DIExpression(), !207)
  %35 = icmp sgt i32 %34, -1, !dbg !208
  br i1 %35, label %36, label %85, !dbg !209

36:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %5) #6, !dbg !210
  store i32 1, ptr %5, align 4, !dbg !211, !tbaa !184, !DIAssignID !212
    #dbg_assign(i32 1, !122, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !212, ptr %5, !DIExpression(), !140)
  store i32 %34, ptr %21, align 4, !dbg !213, !tbaa !188, !DIAssignID !214
    #dbg_assign(i32 %34, !122, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !214, ptr %21, !DIExpression(), !140)
  %37 = call i32 @epoll_ctl(i32 noundef %18, i32 noundef 1, i32 noundef %34, ptr noundef nonnull %5) #6, !dbg !215
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %5) #6, !dbg !216
  br label %85, !dbg !217

38:                                               ; preds = %28
  %39 = call i64 @read(i32 noundef %31, ptr noundef nonnull %4, i64 noundef 2048) #6, !dbg !218
    #dbg_value(i64 %39, !125, !DIExpression(), !142)
  %40 = icmp slt i64 %39, 1, !dbg !219
  br i1 %40, label %68, label %41, !dbg !221

41:                                               ; preds = %38
  %42 = icmp ult i64 %39, 8, !dbg !222
  br i1 %42, label %43, label %46, !dbg !222

43:                                               ; preds = %64, %41
  %44 = phi i64 [ 0, %41 ], [ %47, %64 ]
  %45 = phi i32 [ 0, %41 ], [ %66, %64 ]
  br label %75, !dbg !222

46:                                               ; preds = %41
  %47 = and i64 %39, 9223372036854775800, !dbg !222
  br label %48, !dbg !222

48:                                               ; preds = %48, %46
  %49 = phi i64 [ 0, %46 ], [ %62, %48 ], !dbg !223
  %50 = phi <4 x i32> [ zeroinitializer, %46 ], [ %60, %48 ]
  %51 = phi <4 x i32> [ zeroinitializer, %46 ], [ %61, %48 ]
  %52 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 %49, !dbg !225
  %53 = getelementptr inbounds i8, ptr %52, i64 4, !dbg !225
  %54 = load <4 x i8>, ptr %52, align 8, !dbg !225, !tbaa !188
  %55 = load <4 x i8>, ptr %53, align 4, !dbg !225, !tbaa !188
  %56 = icmp eq <4 x i8> %54, <i8 10, i8 10, i8 10, i8 10>, !dbg !226
  %57 = icmp eq <4 x i8> %55, <i8 10, i8 10, i8 10, i8 10>, !dbg !226
  %58 = zext <4 x i1> %56 to <4 x i32>, !dbg !226
  %59 = zext <4 x i1> %57 to <4 x i32>, !dbg !226
  %60 = add <4 x i32> %50, %58, !dbg !227
  %61 = add <4 x i32> %51, %59, !dbg !227
  %62 = add nuw i64 %49, 8, !dbg !223
  %63 = icmp eq i64 %62, %47, !dbg !223
  br i1 %63, label %64, label %48, !dbg !223, !llvm.loop !228

64:                                               ; preds = %48
  %65 = add <4 x i32> %61, %60, !dbg !222
  %66 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %65), !dbg !222
  %67 = icmp eq i64 %39, %47, !dbg !222
  br i1 %67, label %70, label %43, !dbg !222

68:                                               ; preds = %38
  %69 = call i32 @close(i32 noundef %31) #6, !dbg !233
  br label %85, !dbg !235

70:                                               ; preds = %75, %64
  %71 = phi i32 [ %66, %64 ], [ %82, %75 ], !dbg !227
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6) #6, !dbg !236
    #dbg_value(i32 %71, !161, !DIExpression(), !237)
  %72 = call noundef i32 @llvm.bswap.i32(i32 %71), !dbg !239
  store i32 %72, ptr %6, align 4, !dbg !240, !tbaa !241, !DIAssignID !242
    #dbg_assign(i32 %72, !133, !DIExpression(), !242, ptr %6, !DIExpression(), !142)
  %73 = load i32, ptr %30, align 4, !dbg !243, !tbaa !188
  %74 = call i64 @write(i32 noundef %73, ptr noundef nonnull %6, i64 noundef 4) #6, !dbg !244
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6) #6, !dbg !245
  br label %85, !dbg !245

75:                                               ; preds = %43, %75
  %76 = phi i64 [ %83, %75 ], [ %44, %43 ]
  %77 = phi i32 [ %82, %75 ], [ %45, %43 ]
    #dbg_value(i64 %76, !131, !DIExpression(), !246)
    #dbg_value(i32 %77, !130, !DIExpression(), !142)
  %78 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 %76, !dbg !225
  %79 = load i8, ptr %78, align 1, !dbg !225, !tbaa !188
  %80 = icmp eq i8 %79, 10, !dbg !226
  %81 = zext i1 %80 to i32, !dbg !226
  %82 = add i32 %77, %81, !dbg !227
    #dbg_value(i32 %82, !130, !DIExpression(), !142)
  %83 = add nuw nsw i64 %76, 1, !dbg !223
    #dbg_value(i64 %83, !131, !DIExpression(), !246)
  %84 = icmp eq i64 %83, %39, !dbg !247
  br i1 %84, label %70, label %75, !dbg !222, !llvm.loop !248

85:                                               ; preds = %68, %70, %33, %36
  %86 = add nuw nsw i64 %29, 1, !dbg !249
    #dbg_value(i64 %86, !114, !DIExpression(), !199)
  %87 = icmp eq i64 %86, %27, !dbg !200
  br i1 %87, label %22, label %28, !dbg !201, !llvm.loop !250
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !252 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !256 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !263 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !266 i32 @epoll_create1(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !269 i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) local_unnamed_addr #2

declare !dbg !273 i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #3

declare !dbg !276 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree
declare !dbg !282 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #4

declare !dbg !288 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree
declare !dbg !289 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!55, !56, !57, !58, !59, !60, !61}
!llvm.ident = !{!62}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !34, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "epoll-dispatch.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "9cf0b4f5081d438defa779f2c88ab6d9")
!2 = !{!3, !16}
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
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !17, line: 35, baseType: !5, size: 32, elements: !18)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33}
!19 = !DIEnumerator(name: "EPOLLIN", value: 1)
!20 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!21 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!22 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!23 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!24 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!25 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!26 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!27 = !DIEnumerator(name: "EPOLLERR", value: 8)
!28 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!29 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!30 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!31 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!32 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!33 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!34 = !{!35, !41, !54}
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !36, line: 30, baseType: !37)
!36 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !38, line: 26, baseType: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !40, line: 42, baseType: !5)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !43, line: 183, size: 128, elements: !44)
!43 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!44 = !{!45, !49}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !42, file: !43, line: 185, baseType: !46, size: 16)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !47, line: 28, baseType: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!48 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !42, file: !43, line: 186, baseType: !50, size: 112, offset: 16)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 112, elements: !52)
!51 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!52 = !{!53}
!53 = !DISubrange(count: 14)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !40, line: 40, baseType: !48)
!55 = !{i32 7, !"Dwarf Version", i32 5}
!56 = !{i32 2, !"Debug Info Version", i32 3}
!57 = !{i32 1, !"wchar_size", i32 4}
!58 = !{i32 8, !"PIC Level", i32 2}
!59 = !{i32 7, !"PIE Level", i32 2}
!60 = !{i32 7, !"uwtable", i32 2}
!61 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!62 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!63 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 14, type: !64, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !67)
!64 = !DISubroutineType(types: !65)
!65 = !{!66}
!66 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!67 = !{!68, !69, !85, !86, !102, !106, !110, !114, !116, !119, !122, !125, !130, !131, !133}
!68 = !DILocalVariable(name: "lfd", scope: !63, file: !1, line: 15, type: !66)
!69 = !DILocalVariable(name: "addr", scope: !63, file: !1, line: 16, type: !70)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !36, line: 245, size: 128, elements: !71)
!71 = !{!72, !73, !76, !80}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !70, file: !36, line: 247, baseType: !46, size: 16)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !70, file: !36, line: 248, baseType: !74, size: 16, offset: 16)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !36, line: 123, baseType: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !38, line: 25, baseType: !54)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !70, file: !36, line: 249, baseType: !77, size: 32, offset: 32)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !36, line: 31, size: 32, elements: !78)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !77, file: !36, line: 33, baseType: !35, size: 32)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !70, file: !36, line: 252, baseType: !81, size: 64, offset: 64)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !82, size: 64, elements: !83)
!82 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!83 = !{!84}
!84 = !DISubrange(count: 8)
!85 = !DILocalVariable(name: "epfd", scope: !63, file: !1, line: 24, type: !66)
!86 = !DILocalVariable(name: "ev", scope: !63, file: !1, line: 25, type: !87)
!87 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !17, line: 84, size: 96, elements: !88)
!88 = !{!89, !90}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !87, file: !17, line: 86, baseType: !37, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !87, file: !17, line: 87, baseType: !91, size: 64, offset: 32)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !17, line: 82, baseType: !92)
!92 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !17, line: 76, size: 64, elements: !93)
!93 = !{!94, !96, !97, !98}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !92, file: !17, line: 78, baseType: !95, size: 64)
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !92, file: !17, line: 79, baseType: !66, size: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !92, file: !17, line: 80, baseType: !37, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !92, file: !17, line: 81, baseType: !99, size: 64)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !38, line: 27, baseType: !100)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !40, line: 45, baseType: !101)
!101 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!102 = !DILocalVariable(name: "events", scope: !63, file: !1, line: 27, type: !103)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !87, size: 3072, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 32)
!106 = !DILocalVariable(name: "buf", scope: !63, file: !1, line: 28, type: !107)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 16384, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 2048)
!110 = !DILocalVariable(name: "n", scope: !111, file: !1, line: 30, type: !66)
!111 = distinct !DILexicalBlock(scope: !112, file: !1, line: 29, column: 12)
!112 = distinct !DILexicalBlock(scope: !113, file: !1, line: 29, column: 3)
!113 = distinct !DILexicalBlock(scope: !63, file: !1, line: 29, column: 3)
!114 = !DILocalVariable(name: "i", scope: !115, file: !1, line: 31, type: !66)
!115 = distinct !DILexicalBlock(scope: !111, file: !1, line: 31, column: 5)
!116 = !DILocalVariable(name: "fd", scope: !117, file: !1, line: 32, type: !66)
!117 = distinct !DILexicalBlock(scope: !118, file: !1, line: 31, column: 33)
!118 = distinct !DILexicalBlock(scope: !115, file: !1, line: 31, column: 5)
!119 = !DILocalVariable(name: "conn", scope: !120, file: !1, line: 34, type: !66)
!120 = distinct !DILexicalBlock(scope: !121, file: !1, line: 33, column: 22)
!121 = distinct !DILexicalBlock(scope: !117, file: !1, line: 33, column: 11)
!122 = !DILocalVariable(name: "cev", scope: !123, file: !1, line: 36, type: !87)
!123 = distinct !DILexicalBlock(scope: !124, file: !1, line: 35, column: 24)
!124 = distinct !DILexicalBlock(scope: !120, file: !1, line: 35, column: 13)
!125 = !DILocalVariable(name: "r", scope: !117, file: !1, line: 41, type: !126)
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !127, line: 108, baseType: !128)
!127 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !40, line: 194, baseType: !129)
!129 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!130 = !DILocalVariable(name: "lines", scope: !117, file: !1, line: 46, type: !5)
!131 = !DILocalVariable(name: "j", scope: !132, file: !1, line: 47, type: !126)
!132 = distinct !DILexicalBlock(scope: !117, file: !1, line: 47, column: 7)
!133 = !DILocalVariable(name: "count", scope: !117, file: !1, line: 49, type: !37)
!134 = distinct !DIAssignID()
!135 = !DILocation(line: 0, scope: !63)
!136 = distinct !DIAssignID()
!137 = distinct !DIAssignID()
!138 = distinct !DIAssignID()
!139 = distinct !DIAssignID()
!140 = !DILocation(line: 0, scope: !123)
!141 = distinct !DIAssignID()
!142 = !DILocation(line: 0, scope: !117)
!143 = !DILocation(line: 15, column: 13, scope: !63)
!144 = !DILocation(line: 16, column: 3, scope: !63)
!145 = !DILocation(line: 17, column: 3, scope: !63)
!146 = distinct !DIAssignID()
!147 = distinct !DIAssignID()
!148 = !DILocation(line: 18, column: 19, scope: !63)
!149 = !{!150, !151, i64 0}
!150 = !{!"sockaddr_in", !151, i64 0, !151, i64 2, !154, i64 4, !152, i64 8}
!151 = !{!"short", !152, i64 0}
!152 = !{!"omnipotent char", !153, i64 0}
!153 = !{!"Simple C/C++ TBAA"}
!154 = !{!"in_addr", !155, i64 0}
!155 = !{!"int", !152, i64 0}
!156 = distinct !DIAssignID()
!157 = !DILocation(line: 19, column: 8, scope: !63)
!158 = !DILocation(line: 19, column: 17, scope: !63)
!159 = !{!150, !151, i64 2}
!160 = distinct !DIAssignID()
!161 = !DILocalVariable(name: "__bsx", arg: 1, scope: !162, file: !163, line: 49, type: !39)
!162 = distinct !DISubprogram(name: "__bswap_32", scope: !163, file: !163, line: 49, type: !164, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !166)
!163 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!164 = !DISubroutineType(types: !165)
!165 = !{!39, !39}
!166 = !{!161}
!167 = !DILocation(line: 0, scope: !162, inlinedAt: !168)
!168 = distinct !DILocation(line: 20, column: 26, scope: !63)
!169 = !DILocation(line: 20, column: 8, scope: !63)
!170 = !DILocation(line: 20, column: 24, scope: !63)
!171 = !{!150, !155, i64 4}
!172 = distinct !DIAssignID()
!173 = !DILocation(line: 21, column: 7, scope: !174)
!174 = distinct !DILexicalBlock(scope: !63, file: !1, line: 21, column: 7)
!175 = !DILocation(line: 21, column: 57, scope: !174)
!176 = !DILocation(line: 21, column: 61, scope: !174)
!177 = !DILocation(line: 22, column: 7, scope: !174)
!178 = !DILocation(line: 22, column: 23, scope: !174)
!179 = !DILocation(line: 21, column: 7, scope: !63)
!180 = !DILocation(line: 53, column: 1, scope: !63)
!181 = !DILocation(line: 24, column: 14, scope: !63)
!182 = !DILocation(line: 25, column: 3, scope: !63)
!183 = !DILocation(line: 25, column: 27, scope: !63)
!184 = !{!185, !155, i64 0}
!185 = !{!"epoll_event", !155, i64 0, !152, i64 4}
!186 = distinct !DIAssignID()
!187 = !DILocation(line: 25, column: 52, scope: !63)
!188 = !{!152, !152, i64 0}
!189 = distinct !DIAssignID()
!190 = !DILocation(line: 26, column: 3, scope: !63)
!191 = !DILocation(line: 27, column: 3, scope: !63)
!192 = !DILocation(line: 28, column: 3, scope: !63)
!193 = !DILocation(line: 29, column: 3, scope: !63)
!194 = !DILocation(line: 29, column: 3, scope: !113)
!195 = distinct !{!195, !194, !196}
!196 = !DILocation(line: 52, column: 3, scope: !113)
!197 = !DILocation(line: 30, column: 13, scope: !111)
!198 = !DILocation(line: 0, scope: !111)
!199 = !DILocation(line: 0, scope: !115)
!200 = !DILocation(line: 31, column: 23, scope: !118)
!201 = !DILocation(line: 31, column: 5, scope: !115)
!202 = !DILocation(line: 32, column: 26, scope: !117)
!203 = !DILocation(line: 32, column: 31, scope: !117)
!204 = !DILocation(line: 33, column: 14, scope: !121)
!205 = !DILocation(line: 33, column: 11, scope: !117)
!206 = !DILocation(line: 34, column: 20, scope: !120)
!207 = !DILocation(line: 0, scope: !120)
!208 = !DILocation(line: 35, column: 18, scope: !124)
!209 = !DILocation(line: 35, column: 13, scope: !120)
!210 = !DILocation(line: 36, column: 11, scope: !123)
!211 = !DILocation(line: 36, column: 36, scope: !123)
!212 = distinct !DIAssignID()
!213 = !DILocation(line: 36, column: 61, scope: !123)
!214 = distinct !DIAssignID()
!215 = !DILocation(line: 37, column: 11, scope: !123)
!216 = !DILocation(line: 38, column: 9, scope: !124)
!217 = !DILocation(line: 38, column: 9, scope: !123)
!218 = !DILocation(line: 41, column: 19, scope: !117)
!219 = !DILocation(line: 42, column: 13, scope: !220)
!220 = distinct !DILexicalBlock(scope: !117, file: !1, line: 42, column: 11)
!221 = !DILocation(line: 42, column: 11, scope: !117)
!222 = !DILocation(line: 47, column: 7, scope: !132)
!223 = !DILocation(line: 47, column: 35, scope: !224)
!224 = distinct !DILexicalBlock(scope: !132, file: !1, line: 47, column: 7)
!225 = !DILocation(line: 48, column: 18, scope: !224)
!226 = !DILocation(line: 48, column: 25, scope: !224)
!227 = !DILocation(line: 48, column: 15, scope: !224)
!228 = distinct !{!228, !222, !229, !230, !231, !232}
!229 = !DILocation(line: 48, column: 28, scope: !132)
!230 = !{!"llvm.loop.mustprogress"}
!231 = !{!"llvm.loop.isvectorized", i32 1}
!232 = !{!"llvm.loop.unroll.runtime.disable"}
!233 = !DILocation(line: 43, column: 9, scope: !234)
!234 = distinct !DILexicalBlock(scope: !220, file: !1, line: 42, column: 19)
!235 = !DILocation(line: 44, column: 9, scope: !234)
!236 = !DILocation(line: 49, column: 7, scope: !117)
!237 = !DILocation(line: 0, scope: !162, inlinedAt: !238)
!238 = distinct !DILocation(line: 49, column: 24, scope: !117)
!239 = !DILocation(line: 54, column: 10, scope: !162, inlinedAt: !238)
!240 = !DILocation(line: 49, column: 16, scope: !117)
!241 = !{!155, !155, i64 0}
!242 = distinct !DIAssignID()
!243 = !DILocation(line: 50, column: 28, scope: !117)
!244 = !DILocation(line: 50, column: 7, scope: !117)
!245 = !DILocation(line: 51, column: 5, scope: !118)
!246 = !DILocation(line: 0, scope: !132)
!247 = !DILocation(line: 47, column: 29, scope: !224)
!248 = distinct !{!248, !222, !229, !230, !232, !231}
!249 = !DILocation(line: 31, column: 29, scope: !118)
!250 = distinct !{!250, !201, !251, !230}
!251 = !DILocation(line: 51, column: 5, scope: !115)
!252 = !DISubprogram(name: "socket", scope: !253, file: !253, line: 102, type: !254, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!253 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!254 = !DISubroutineType(types: !255)
!255 = !{!66, !66, !66, !66}
!256 = !DISubprogram(name: "bind", scope: !253, file: !253, line: 112, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!257 = !DISubroutineType(types: !258)
!258 = !{!66, !66, !259, !261}
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!261 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !43, line: 33, baseType: !262)
!262 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !40, line: 210, baseType: !5)
!263 = !DISubprogram(name: "listen", scope: !253, file: !253, line: 296, type: !264, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!264 = !DISubroutineType(types: !265)
!265 = !{!66, !66, !66}
!266 = !DISubprogram(name: "epoll_create1", scope: !17, file: !17, line: 101, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!66, !66}
!269 = !DISubprogram(name: "epoll_ctl", scope: !17, file: !17, line: 110, type: !270, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!270 = !DISubroutineType(types: !271)
!271 = !{!66, !66, !66, !66, !272}
!272 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !87, size: 64)
!273 = !DISubprogram(name: "epoll_wait", scope: !17, file: !17, line: 124, type: !274, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!274 = !DISubroutineType(types: !275)
!275 = !{!66, !66, !272, !66, !66}
!276 = !DISubprogram(name: "accept", scope: !253, file: !253, line: 306, type: !277, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!277 = !DISubroutineType(types: !278)
!278 = !{!66, !66, !279, !280}
!279 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !41)
!280 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !281)
!281 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !261, size: 64)
!282 = !DISubprogram(name: "read", scope: !283, file: !283, line: 371, type: !284, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!283 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!284 = !DISubroutineType(types: !285)
!285 = !{!126, !66, !95, !286}
!286 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !287, line: 18, baseType: !101)
!287 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!288 = !DISubprogram(name: "close", scope: !283, file: !283, line: 358, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!289 = !DISubprogram(name: "write", scope: !283, file: !283, line: 378, type: !290, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!290 = !DISubroutineType(types: !291)
!291 = !{!126, !66, !292, !286}
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !293, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
