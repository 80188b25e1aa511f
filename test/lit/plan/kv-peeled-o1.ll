; kv-peeled.c in DINT's idiom (store/udp/server.cc, issue 15), at -O1:
; net_recv (recvfrom at line 37, panic on error) is inlined into the
; while (1) at line 64 and the loop rotated, so one copy of the recvfrom
; stands before the loop and one at its end. The working copy starts the
; loop at the receive again (PeeledReceives.cpp), so there is one request
; path, as the source says: from the receive, the switch on msg.type (line
; 66) to the read (68-72) or set (77-81) and the reply (net_send, line
; 44), back to the receive. Both of the receive's copies are one arrival
; group; the unknown type and a send error panic (exit: they leave the
; loop). Before: "NoRequestLoop: the receive is not inside its event loop
; in the working copy; not offloaded (kv-peeled.c:37)", no candidate.
;
; RUN: %opt %load_koffload -passes='print<koffload-request-paths>,print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload request paths for 'kv-peeled.c'
; CHECK-NEXT:  request path #0: socket #0, event loop #0, in 'main'
; CHECK-NEXT:    arrival: kv-peeled.c:37
; CHECK-NEXT:    event loop: kv-peeled.c:64
; CHECK-NEXT:    request loop: the event loop
; CHECK-NEXT:    entry: block #0 (1.000 of requests)
; CHECK-NEXT:    block #0: {{.*}}kv-peeled.c:66 -> {{.*}}#{{.*}}#
; CHECK:         kv-peeled.c:44 {{.*}}-> {{.*}}end
; CHECK:         kv-peeled.c:44 {{.*}}-> {{.*}}end
; CHECK-NOT:   note:
; CHECK-LABEL: koffload plan for 'kv-peeled.c'
; CHECK:       candidate #0: socket #0 udp port 20230, event loop #0, hook xdp
; CHECK:       arrival: kv-peeled.c:37
; CHECK-NEXT:  reply: kv-peeled.c:44
; CHECK-NEXT:  reply: kv-peeled.c:44
; CHECK:       decision: offload
; CHECK-NOT:   blocked:
; CHECK-NOT:   note:
; CHECK:       summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/kv-peeled.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - kv-peeled.c

; ModuleID = 'kv-peeled.c'
source_filename = "kv-peeled.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.message = type <{ i8, i32, [16 x i8] }>

@stderr = external local_unnamed_addr global ptr, align 8
@.str = private unnamed_addr constant [15 x i8] c"socket failed\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [13 x i8] c"bind failed\0A\00", align 1, !dbg !7
@values = internal unnamed_addr global [1024 x [16 x i8]] zeroinitializer, align 16, !dbg !12
@.str.2 = private unnamed_addr constant [22 x i8] c"unknown operation %d\0A\00", align 1, !dbg !59
@.str.3 = private unnamed_addr constant [12 x i8] c"recv error\0A\00", align 1, !dbg !64
@.str.4 = private unnamed_addr constant [12 x i8] c"send error\0A\00", align 1, !dbg !69

; Function Attrs: noreturn nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !86 {
  %1 = alloca i32, align 4, !DIAssignID !116
  %2 = alloca %struct.sockaddr_in, align 4, !DIAssignID !117
    #dbg_assign(i1 undef, !92, !DIExpression(), !117, ptr %2, !DIExpression(), !118)
  %3 = alloca %struct.message, align 1, !DIAssignID !119
    #dbg_assign(i1 undef, !107, !DIExpression(), !119, ptr %3, !DIExpression(), !118)
  %4 = alloca %struct.sockaddr_in, align 4, !DIAssignID !120
    #dbg_assign(i1 undef, !115, !DIExpression(), !120, ptr %4, !DIExpression(), !118)
  %5 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #9, !dbg !121
    #dbg_value(i32 %5, !91, !DIExpression(), !118)
  %6 = icmp slt i32 %5, 0, !dbg !122
  br i1 %6, label %7, label %10, !dbg !124

7:                                                ; preds = %0
  %8 = load ptr, ptr @stderr, align 8, !dbg !125, !tbaa !127
  %9 = tail call i64 @fwrite(ptr nonnull @.str, i64 14, i64 1, ptr %8) #10, !dbg !125
  tail call void @exit(i32 noundef 1) #11, !dbg !125
  unreachable, !dbg !125

10:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #9, !dbg !131
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %2, i8 0, i64 16, i1 false), !dbg !132, !DIAssignID !133
    #dbg_assign(i8 0, !92, !DIExpression(), !133, ptr %2, !DIExpression(), !118)
  store i16 2, ptr %2, align 4, !dbg !134, !tbaa !135, !DIAssignID !140
    #dbg_assign(i16 2, !92, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !140, ptr %2, !DIExpression(), !118)
  %11 = getelementptr inbounds i8, ptr %2, i64 2, !dbg !141
  store i16 1615, ptr %11, align 2, !dbg !142, !tbaa !143, !DIAssignID !144
    #dbg_assign(i16 1615, !92, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !144, ptr %11, !DIExpression(), !118)
  %12 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !145
  store i32 0, ptr %12, align 4, !dbg !146, !tbaa !147, !DIAssignID !148
    #dbg_assign(i32 0, !92, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !148, ptr %12, !DIExpression(), !118)
  %13 = call i32 @bind(i32 noundef %5, ptr noundef nonnull %2, i32 noundef 16) #9, !dbg !149
  %14 = icmp slt i32 %13, 0, !dbg !151
  br i1 %14, label %15, label %18, !dbg !152

15:                                               ; preds = %10
  %16 = load ptr, ptr @stderr, align 8, !dbg !153, !tbaa !127
  %17 = call i64 @fwrite(ptr nonnull @.str.1, i64 12, i64 1, ptr %16) #10, !dbg !153
  call void @exit(i32 noundef 1) #11, !dbg !153
  unreachable, !dbg !153

18:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(i64 21, ptr nonnull %3) #9, !dbg !155
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #9, !dbg !156
    #dbg_assign(i1 undef, !157, !DIExpression(), !116, ptr %1, !DIExpression(), !171)
    #dbg_value(i32 %5, !164, !DIExpression(), !171)
    #dbg_value(ptr %3, !165, !DIExpression(), !171)
    #dbg_value(ptr %4, !166, !DIExpression(), !171)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #9, !dbg !174
  store i32 16, ptr %1, align 4, !dbg !175, !tbaa !176, !DIAssignID !177
  %19 = call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %3, i64 noundef 21, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %1) #9, !dbg !178
  %20 = icmp slt i64 %19, 0, !dbg !179
  br i1 %20, label %26, label %21, !dbg !181

21:                                               ; preds = %18
  %22 = getelementptr inbounds i8, ptr %3, i64 1
  %23 = getelementptr inbounds i8, ptr %3, i64 5
  %24 = getelementptr inbounds i8, ptr %3, i64 1
  %25 = getelementptr inbounds i8, ptr %3, i64 5
  br label %29, !dbg !181

26:                                               ; preds = %61, %18
  %27 = load ptr, ptr @stderr, align 8, !dbg !182, !tbaa !127
  %28 = call i64 @fwrite(ptr nonnull @.str.3, i64 11, i64 1, ptr %27) #10, !dbg !182
  call void @exit(i32 noundef 1) #11, !dbg !182
  unreachable, !dbg !182

29:                                               ; preds = %21, %61
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #9, !dbg !184
  %30 = load i8, ptr %3, align 1, !dbg !185, !tbaa !186
  switch i8 %30, label %57 [
    i8 0, label %31
    i8 1, label %44
  ], !dbg !188

31:                                               ; preds = %29
  %32 = load i32, ptr %24, align 1, !dbg !189, !tbaa !192
  %33 = icmp ult i32 %32, 1024, !dbg !193
  br i1 %33, label %34, label %37, !dbg !194

34:                                               ; preds = %31
  %35 = zext nneg i32 %32 to i64, !dbg !195
  %36 = getelementptr inbounds [1024 x [16 x i8]], ptr @values, i64 0, i64 %35, !dbg !195
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(16) %25, ptr noundef nonnull align 16 dereferenceable(16) %36, i64 16, i1 false), !dbg !197, !DIAssignID !198
    #dbg_assign(i1 undef, !107, !DIExpression(DW_OP_LLVM_fragment, 40, 128), !198, ptr %25, !DIExpression(), !118)
    #dbg_assign(i8 3, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !199, ptr %3, !DIExpression(), !118)
  br label %37, !dbg !200

37:                                               ; preds = %31, %34
  %38 = phi i8 [ 3, %34 ], [ 7, %31 ], !dbg !201
  store i8 %38, ptr %3, align 1, !dbg !201, !tbaa !186, !DIAssignID !199
    #dbg_value(i32 %5, !202, !DIExpression(), !212)
    #dbg_value(ptr %3, !209, !DIExpression(), !212)
    #dbg_value(ptr %4, !210, !DIExpression(), !212)
  %39 = call i64 @sendto(i32 noundef %5, ptr noundef nonnull %3, i64 noundef 21, i32 noundef 0, ptr noundef nonnull %4, i32 noundef 16) #9, !dbg !214
    #dbg_value(i64 %39, !211, !DIExpression(), !212)
  %40 = icmp slt i64 %39, 0, !dbg !215
  br i1 %40, label %41, label %61, !dbg !217

41:                                               ; preds = %37
  %42 = load ptr, ptr @stderr, align 8, !dbg !218, !tbaa !127
  %43 = call i64 @fwrite(ptr nonnull @.str.4, i64 11, i64 1, ptr %42) #10, !dbg !218
  call void @exit(i32 noundef 1) #11, !dbg !218
  unreachable, !dbg !218

44:                                               ; preds = %29
  %45 = load i32, ptr %22, align 1, !dbg !220, !tbaa !192
  %46 = icmp ult i32 %45, 1024, !dbg !222
  br i1 %46, label %47, label %50, !dbg !223

47:                                               ; preds = %44
  %48 = zext nneg i32 %45 to i64, !dbg !224
  %49 = getelementptr inbounds [1024 x [16 x i8]], ptr @values, i64 0, i64 %48, !dbg !224
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %49, ptr noundef nonnull align 1 dereferenceable(16) %23, i64 16, i1 false), !dbg !226
    #dbg_assign(i8 5, !107, !DIExpression(DW_OP_LLVM_fragment, 0, 8), !227, ptr %3, !DIExpression(), !118)
  br label %50, !dbg !228

50:                                               ; preds = %44, %47
  %51 = phi i8 [ 5, %47 ], [ 7, %44 ], !dbg !229
  store i8 %51, ptr %3, align 1, !dbg !229, !tbaa !186, !DIAssignID !227
    #dbg_value(i32 %5, !202, !DIExpression(), !230)
    #dbg_value(ptr %3, !209, !DIExpression(), !230)
    #dbg_value(ptr %4, !210, !DIExpression(), !230)
  %52 = call i64 @sendto(i32 noundef %5, ptr noundef nonnull %3, i64 noundef 21, i32 noundef 0, ptr noundef nonnull %4, i32 noundef 16) #9, !dbg !232
    #dbg_value(i64 %52, !211, !DIExpression(), !230)
  %53 = icmp slt i64 %52, 0, !dbg !233
  br i1 %53, label %54, label %61, !dbg !234

54:                                               ; preds = %50
  %55 = load ptr, ptr @stderr, align 8, !dbg !235, !tbaa !127
  %56 = call i64 @fwrite(ptr nonnull @.str.4, i64 11, i64 1, ptr %55) #10, !dbg !235
  call void @exit(i32 noundef 1) #11, !dbg !235
  unreachable, !dbg !235

57:                                               ; preds = %29
  %58 = zext i8 %30 to i32, !dbg !236
  %59 = load ptr, ptr @stderr, align 8, !dbg !237, !tbaa !127
  %60 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %59, ptr noundef nonnull @.str.2, i32 noundef %58) #12, !dbg !237
  call void @exit(i32 noundef 1) #11, !dbg !237
  unreachable, !dbg !237

61:                                               ; preds = %50, %37
    #dbg_assign(i1 undef, !157, !DIExpression(), !116, ptr %1, !DIExpression(), !171)
    #dbg_value(i32 %5, !164, !DIExpression(), !171)
    #dbg_value(ptr %3, !165, !DIExpression(), !171)
    #dbg_value(ptr %4, !166, !DIExpression(), !171)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #9, !dbg !174
  store i32 16, ptr %1, align 4, !dbg !175, !tbaa !176, !DIAssignID !177
    #dbg_assign(i32 16, !157, !DIExpression(), !177, ptr %1, !DIExpression(), !171)
  %62 = call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %3, i64 noundef 21, i32 noundef 0, ptr noundef nonnull %4, ptr noundef nonnull %1) #9, !dbg !178
    #dbg_value(i64 %62, !167, !DIExpression(), !171)
  %63 = icmp slt i64 %62, 0, !dbg !179
  br i1 %63, label %26, label %29, !dbg !181, !llvm.loop !239
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !243 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !247 noundef i32 @fprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: noreturn nounwind
declare !dbg !313 void @exit(i32 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nounwind
declare !dbg !317 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !320 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !330 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #8

attributes #0 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind }
attributes #9 = { nounwind }
attributes #10 = { cold }
attributes #11 = { noreturn nounwind }
attributes #12 = { cold nounwind }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!78, !79, !80, !81, !82, !83, !84}
!llvm.ident = !{!85}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 53, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "kv-peeled.c", directory: "/work/wt-prepare-o1/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "e39b06ddbcd3abed8d548e10edae894b")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 15)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 60, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 13)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "values", scope: !14, file: !2, line: 32, type: !71, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !36, globals: !58, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16, !29}
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !18, size: 32, elements: !19)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!21 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!22 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!23 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!24 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!25 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!26 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!27 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!28 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!29 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !2, line: 21, baseType: !18, size: 32, elements: !30)
!30 = !{!31, !32, !33, !34, !35}
!31 = !DIEnumerator(name: "kRead", value: 0)
!32 = !DIEnumerator(name: "kSet", value: 1)
!33 = !DIEnumerator(name: "kGrantRead", value: 3)
!34 = !DIEnumerator(name: "kSetAck", value: 5)
!35 = !DIEnumerator(name: "kNotExist", value: 7)
!36 = !{!37, !43, !56, !57}
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !38, line: 30, baseType: !39)
!38 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !40, line: 26, baseType: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !42, line: 42, baseType: !18)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!44 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !45)
!45 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !46, line: 183, size: 128, elements: !47)
!46 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!47 = !{!48, !52}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !45, file: !46, line: 185, baseType: !49, size: 16)
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !50, line: 28, baseType: !51)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!51 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !45, file: !46, line: 186, baseType: !53, size: 112, offset: 16)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 14)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !42, line: 40, baseType: !51)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!58 = !{!0, !7, !59, !12, !64, !69}
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(scope: null, file: !2, line: 86, type: !61, isLocal: true, isDefinition: true)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 176, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 22)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !66, isLocal: true, isDefinition: true)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 12)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !66, isLocal: true, isDefinition: true)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !72, size: 131072, elements: !75)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !40, line: 24, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !42, line: 38, baseType: !74)
!74 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!75 = !{!76, !77}
!76 = !DISubrange(count: 1024)
!77 = !DISubrange(count: 16)
!78 = !{i32 7, !"Dwarf Version", i32 5}
!79 = !{i32 2, !"Debug Info Version", i32 3}
!80 = !{i32 1, !"wchar_size", i32 4}
!81 = !{i32 8, !"PIC Level", i32 2}
!82 = !{i32 7, !"PIE Level", i32 2}
!83 = !{i32 7, !"uwtable", i32 2}
!84 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!85 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!86 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 50, type: !87, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !90)
!87 = !DISubroutineType(types: !88)
!88 = !{!89}
!89 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!90 = !{!91, !92, !107, !115}
!91 = !DILocalVariable(name: "fd", scope: !86, file: !2, line: 51, type: !89)
!92 = !DILocalVariable(name: "servaddr", scope: !86, file: !2, line: 54, type: !93)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !38, line: 245, size: 128, elements: !94)
!94 = !{!95, !96, !99, !103}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !93, file: !38, line: 247, baseType: !49, size: 16)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !93, file: !38, line: 248, baseType: !97, size: 16, offset: 16)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !38, line: 123, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !40, line: 25, baseType: !56)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !93, file: !38, line: 249, baseType: !100, size: 32, offset: 32)
!100 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !38, line: 31, size: 32, elements: !101)
!101 = !{!102}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !100, file: !38, line: 33, baseType: !37, size: 32)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !93, file: !38, line: 252, baseType: !104, size: 64, offset: 64)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !74, size: 64, elements: !105)
!105 = !{!106}
!106 = !DISubrange(count: 8)
!107 = !DILocalVariable(name: "msg", scope: !86, file: !2, line: 62, type: !108)
!108 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "message", file: !2, line: 24, size: 168, align: 8, elements: !109)
!109 = !{!110, !111, !112}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !108, file: !2, line: 25, baseType: !72, size: 8)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !108, file: !2, line: 26, baseType: !39, size: 32, offset: 8)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !108, file: !2, line: 27, baseType: !113, size: 128, offset: 40)
!113 = !DICompositeType(tag: DW_TAG_array_type, baseType: !72, size: 128, elements: !114)
!114 = !{!77}
!115 = !DILocalVariable(name: "client", scope: !86, file: !2, line: 63, type: !93)
!116 = distinct !DIAssignID()
!117 = distinct !DIAssignID()
!118 = !DILocation(line: 0, scope: !86)
!119 = distinct !DIAssignID()
!120 = distinct !DIAssignID()
!121 = !DILocation(line: 51, column: 12, scope: !86)
!122 = !DILocation(line: 52, column: 10, scope: !123)
!123 = distinct !DILexicalBlock(scope: !86, file: !2, line: 52, column: 7)
!124 = !DILocation(line: 52, column: 7, scope: !86)
!125 = !DILocation(line: 53, column: 5, scope: !126)
!126 = distinct !DILexicalBlock(scope: !123, file: !2, line: 53, column: 5)
!127 = !{!128, !128, i64 0}
!128 = !{!"any pointer", !129, i64 0}
!129 = !{!"omnipotent char", !130, i64 0}
!130 = !{!"Simple C/C++ TBAA"}
!131 = !DILocation(line: 54, column: 3, scope: !86)
!132 = !DILocation(line: 55, column: 3, scope: !86)
!133 = distinct !DIAssignID()
!134 = !DILocation(line: 56, column: 23, scope: !86)
!135 = !{!136, !137, i64 0}
!136 = !{!"sockaddr_in", !137, i64 0, !137, i64 2, !138, i64 4, !129, i64 8}
!137 = !{!"short", !129, i64 0}
!138 = !{!"in_addr", !139, i64 0}
!139 = !{!"int", !129, i64 0}
!140 = distinct !DIAssignID()
!141 = !DILocation(line: 57, column: 12, scope: !86)
!142 = !DILocation(line: 57, column: 21, scope: !86)
!143 = !{!136, !137, i64 2}
!144 = distinct !DIAssignID()
!145 = !DILocation(line: 58, column: 12, scope: !86)
!146 = !DILocation(line: 58, column: 28, scope: !86)
!147 = !{!136, !139, i64 4}
!148 = distinct !DIAssignID()
!149 = !DILocation(line: 59, column: 7, scope: !150)
!150 = distinct !DILexicalBlock(scope: !86, file: !2, line: 59, column: 7)
!151 = !DILocation(line: 59, column: 70, scope: !150)
!152 = !DILocation(line: 59, column: 7, scope: !86)
!153 = !DILocation(line: 60, column: 5, scope: !154)
!154 = distinct !DILexicalBlock(scope: !150, file: !2, line: 60, column: 5)
!155 = !DILocation(line: 62, column: 3, scope: !86)
!156 = !DILocation(line: 63, column: 3, scope: !86)
!157 = !DILocalVariable(name: "len", scope: !158, file: !2, line: 36, type: !169)
!158 = distinct !DISubprogram(name: "net_recv", scope: !2, file: !2, line: 34, type: !159, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !163)
!159 = !DISubroutineType(types: !160)
!160 = !{null, !89, !161, !162}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !108, size: 64)
!162 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64)
!163 = !{!164, !165, !166, !157, !167}
!164 = !DILocalVariable(name: "fd", arg: 1, scope: !158, file: !2, line: 34, type: !89)
!165 = !DILocalVariable(name: "msg", arg: 2, scope: !158, file: !2, line: 34, type: !161)
!166 = !DILocalVariable(name: "addr", arg: 3, scope: !158, file: !2, line: 35, type: !162)
!167 = !DILocalVariable(name: "ret", scope: !158, file: !2, line: 37, type: !168)
!168 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !46, line: 33, baseType: !170)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !42, line: 210, baseType: !18)
!171 = !DILocation(line: 0, scope: !158, inlinedAt: !172)
!172 = distinct !DILocation(line: 65, column: 5, scope: !173)
!173 = distinct !DILexicalBlock(scope: !86, file: !2, line: 64, column: 13)
!174 = !DILocation(line: 36, column: 3, scope: !158, inlinedAt: !172)
!175 = !DILocation(line: 36, column: 13, scope: !158, inlinedAt: !172)
!176 = !{!139, !139, i64 0}
!177 = distinct !DIAssignID()
!178 = !DILocation(line: 37, column: 14, scope: !158, inlinedAt: !172)
!179 = !DILocation(line: 38, column: 11, scope: !180, inlinedAt: !172)
!180 = distinct !DILexicalBlock(scope: !158, file: !2, line: 38, column: 7)
!181 = !DILocation(line: 38, column: 7, scope: !158, inlinedAt: !172)
!182 = !DILocation(line: 39, column: 5, scope: !183, inlinedAt: !172)
!183 = distinct !DILexicalBlock(scope: !180, file: !2, line: 39, column: 5)
!184 = !DILocation(line: 40, column: 1, scope: !158, inlinedAt: !172)
!185 = !DILocation(line: 66, column: 17, scope: !173)
!186 = !{!187, !129, i64 0}
!187 = !{!"message", !129, i64 0, !139, i64 1, !129, i64 5}
!188 = !DILocation(line: 66, column: 5, scope: !173)
!189 = !DILocation(line: 68, column: 15, scope: !190)
!190 = distinct !DILexicalBlock(scope: !191, file: !2, line: 68, column: 11)
!191 = distinct !DILexicalBlock(scope: !173, file: !2, line: 66, column: 23)
!192 = !{!187, !139, i64 1}
!193 = !DILocation(line: 68, column: 19, scope: !190)
!194 = !DILocation(line: 68, column: 11, scope: !191)
!195 = !DILocation(line: 69, column: 25, scope: !196)
!196 = distinct !DILexicalBlock(scope: !190, file: !2, line: 68, column: 28)
!197 = !DILocation(line: 69, column: 9, scope: !196)
!198 = distinct !DIAssignID()
!199 = distinct !DIAssignID()
!200 = !DILocation(line: 71, column: 7, scope: !196)
!201 = !DILocation(line: 0, scope: !190)
!202 = !DILocalVariable(name: "fd", arg: 1, scope: !203, file: !2, line: 42, type: !89)
!203 = distinct !DISubprogram(name: "net_send", scope: !2, file: !2, line: 42, type: !204, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !208)
!204 = !DISubroutineType(types: !205)
!205 = !{null, !89, !161, !206}
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !207, size: 64)
!207 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !93)
!208 = !{!202, !209, !210, !211}
!209 = !DILocalVariable(name: "msg", arg: 2, scope: !203, file: !2, line: 42, type: !161)
!210 = !DILocalVariable(name: "addr", arg: 3, scope: !203, file: !2, line: 43, type: !206)
!211 = !DILocalVariable(name: "ret", scope: !203, file: !2, line: 44, type: !168)
!212 = !DILocation(line: 0, scope: !203, inlinedAt: !213)
!213 = distinct !DILocation(line: 74, column: 7, scope: !191)
!214 = !DILocation(line: 44, column: 14, scope: !203, inlinedAt: !213)
!215 = !DILocation(line: 46, column: 11, scope: !216, inlinedAt: !213)
!216 = distinct !DILexicalBlock(scope: !203, file: !2, line: 46, column: 7)
!217 = !DILocation(line: 46, column: 7, scope: !203, inlinedAt: !213)
!218 = !DILocation(line: 47, column: 5, scope: !219, inlinedAt: !213)
!219 = distinct !DILexicalBlock(scope: !216, file: !2, line: 47, column: 5)
!220 = !DILocation(line: 77, column: 15, scope: !221)
!221 = distinct !DILexicalBlock(scope: !191, file: !2, line: 77, column: 11)
!222 = !DILocation(line: 77, column: 19, scope: !221)
!223 = !DILocation(line: 77, column: 11, scope: !191)
!224 = !DILocation(line: 78, column: 16, scope: !225)
!225 = distinct !DILexicalBlock(scope: !221, file: !2, line: 77, column: 28)
!226 = !DILocation(line: 78, column: 9, scope: !225)
!227 = distinct !DIAssignID()
!228 = !DILocation(line: 80, column: 7, scope: !225)
!229 = !DILocation(line: 0, scope: !221)
!230 = !DILocation(line: 0, scope: !203, inlinedAt: !231)
!231 = distinct !DILocation(line: 83, column: 7, scope: !191)
!232 = !DILocation(line: 44, column: 14, scope: !203, inlinedAt: !231)
!233 = !DILocation(line: 46, column: 11, scope: !216, inlinedAt: !231)
!234 = !DILocation(line: 46, column: 7, scope: !203, inlinedAt: !231)
!235 = !DILocation(line: 47, column: 5, scope: !219, inlinedAt: !231)
!236 = !DILocation(line: 66, column: 13, scope: !173)
!237 = !DILocation(line: 86, column: 7, scope: !238)
!238 = distinct !DILexicalBlock(scope: !191, file: !2, line: 86, column: 7)
!239 = distinct !{!239, !240, !241, !242}
!240 = !DILocation(line: 64, column: 3, scope: !86)
!241 = !DILocation(line: 88, column: 3, scope: !86)
!242 = !{!"llvm.loop.unroll.disable"}
!243 = !DISubprogram(name: "socket", scope: !244, file: !244, line: 102, type: !245, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!244 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!245 = !DISubroutineType(types: !246)
!246 = !{!89, !89, !89, !89}
!247 = !DISubprogram(name: "fprintf", scope: !248, file: !248, line: 350, type: !249, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!248 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!249 = !DISubroutineType(types: !250)
!250 = !{!89, !251, !310, null}
!251 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !252)
!252 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !253, size: 64)
!253 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !254, line: 7, baseType: !255)
!254 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!255 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !256, line: 49, size: 1728, elements: !257)
!256 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!257 = !{!258, !259, !261, !262, !263, !264, !265, !266, !267, !268, !269, !270, !271, !274, !276, !277, !278, !280, !281, !283, !287, !290, !292, !295, !298, !299, !301, !305, !306}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !255, file: !256, line: 51, baseType: !89, size: 32)
!259 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !255, file: !256, line: 54, baseType: !260, size: 64, offset: 64)
!260 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !255, file: !256, line: 55, baseType: !260, size: 64, offset: 128)
!262 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !255, file: !256, line: 56, baseType: !260, size: 64, offset: 192)
!263 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !255, file: !256, line: 57, baseType: !260, size: 64, offset: 256)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !255, file: !256, line: 58, baseType: !260, size: 64, offset: 320)
!265 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !255, file: !256, line: 59, baseType: !260, size: 64, offset: 384)
!266 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !255, file: !256, line: 60, baseType: !260, size: 64, offset: 448)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !255, file: !256, line: 61, baseType: !260, size: 64, offset: 512)
!268 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !255, file: !256, line: 64, baseType: !260, size: 64, offset: 576)
!269 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !255, file: !256, line: 65, baseType: !260, size: 64, offset: 640)
!270 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !255, file: !256, line: 66, baseType: !260, size: 64, offset: 704)
!271 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !255, file: !256, line: 68, baseType: !272, size: 64, offset: 768)
!272 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !273, size: 64)
!273 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !256, line: 36, flags: DIFlagFwdDecl)
!274 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !255, file: !256, line: 70, baseType: !275, size: 64, offset: 832)
!275 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !255, size: 64)
!276 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !255, file: !256, line: 72, baseType: !89, size: 32, offset: 896)
!277 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !255, file: !256, line: 73, baseType: !89, size: 32, offset: 928)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !255, file: !256, line: 74, baseType: !279, size: 64, offset: 960)
!279 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !42, line: 152, baseType: !168)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !255, file: !256, line: 77, baseType: !51, size: 16, offset: 1024)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !255, file: !256, line: 78, baseType: !282, size: 8, offset: 1040)
!282 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !255, file: !256, line: 79, baseType: !284, size: 8, offset: 1048)
!284 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !285)
!285 = !{!286}
!286 = !DISubrange(count: 1)
!287 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !255, file: !256, line: 81, baseType: !288, size: 64, offset: 1088)
!288 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !289, size: 64)
!289 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !256, line: 43, baseType: null)
!290 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !255, file: !256, line: 89, baseType: !291, size: 64, offset: 1152)
!291 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !42, line: 153, baseType: !168)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !255, file: !256, line: 91, baseType: !293, size: 64, offset: 1216)
!293 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !294, size: 64)
!294 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !256, line: 37, flags: DIFlagFwdDecl)
!295 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !255, file: !256, line: 92, baseType: !296, size: 64, offset: 1280)
!296 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !297, size: 64)
!297 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !256, line: 38, flags: DIFlagFwdDecl)
!298 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !255, file: !256, line: 93, baseType: !275, size: 64, offset: 1344)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !255, file: !256, line: 94, baseType: !300, size: 64, offset: 1408)
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !255, file: !256, line: 95, baseType: !302, size: 64, offset: 1472)
!302 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !303, line: 18, baseType: !304)
!303 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!304 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !255, file: !256, line: 96, baseType: !89, size: 32, offset: 1536)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !255, file: !256, line: 98, baseType: !307, size: 160, offset: 1568)
!307 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !308)
!308 = !{!309}
!309 = !DISubrange(count: 20)
!310 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !311)
!311 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !312, size: 64)
!312 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!313 = !DISubprogram(name: "exit", scope: !314, file: !314, line: 637, type: !315, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!314 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!315 = !DISubroutineType(types: !316)
!316 = !{null, !89}
!317 = !DISubprogram(name: "bind", scope: !244, file: !244, line: 112, type: !318, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!318 = !DISubroutineType(types: !319)
!319 = !{!89, !89, !43, !169}
!320 = !DISubprogram(name: "recvfrom", scope: !244, file: !244, line: 163, type: !321, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!321 = !DISubroutineType(types: !322)
!322 = !{!323, !89, !326, !302, !89, !327, !328}
!323 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !324, line: 108, baseType: !325)
!324 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!325 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !42, line: 194, baseType: !168)
!326 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !300)
!327 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !57)
!328 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !329)
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !169, size: 64)
!330 = !DISubprogram(name: "sendto", scope: !244, file: !244, line: 152, type: !331, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!331 = !DISubroutineType(types: !332)
!332 = !{!323, !89, !333, !302, !89, !43, !169}
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !334, size: 64)
!334 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
