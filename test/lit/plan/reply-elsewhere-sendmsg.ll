; msg-relay.c receives with recvmsg (line 39). An "E" request is echoed
; with the same msghdr (line 44), whose msg_name is the request's source:
; a reply. Anything else is forwarded to a backend through another
; msghdr whose msg_name is the global backend address (line 53): not a
; reply to the request's source, so it stays in userspace.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload plan for 'msg-relay.c'
; CHECK:       arrival: msg-relay.c:39
; CHECK-NEXT:  reply: msg-relay.c:44
; CHECK:       decision: offload:
; CHECK-NEXT:  blocked: ReplyElsewhere sendmsg to an address other than the request's source at msg-relay.c:53 (
; CHECK-NEXT:  fallback: msg-relay.c:43 -> ReplyElsewhere sendmsg to an address other than the request's source at msg-relay.c:53 (
; CHECK-NEXT:  fallback point: reply at msg-relay.c:44 (
; CHECK-NEXT:  summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/msg-relay.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - msg-relay.c

; ModuleID = 'msg-relay.c'
source_filename = "msg-relay.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

@backend = dso_local global %struct.sockaddr_in zeroinitializer, align 4, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !65 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [512 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca %struct.iovec, align 8
  %9 = alloca %struct.msghdr, align 8
  %10 = alloca i64, align 8
  %11 = alloca %struct.msghdr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !114
    #dbg_declare(ptr %2, !70, !DIExpression(), !115)
  %12 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !116
  store i32 %12, ptr %2, align 4, !dbg !115, !tbaa !117
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !121
    #dbg_declare(ptr %3, !71, !DIExpression(), !122)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !123
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !124
  store i16 2, ptr %13, align 4, !dbg !125, !tbaa !126
  %14 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7600), !dbg !130
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !131
  store i16 %14, ptr %15, align 2, !dbg !132, !tbaa !133
  %16 = call i32 @__bswap_32(i32 noundef 0), !dbg !134
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !135
  %18 = getelementptr inbounds %struct.in_addr, ptr %17, i32 0, i32 0, !dbg !136
  store i32 %16, ptr %18, align 4, !dbg !137, !tbaa !138
  %19 = load i32, ptr %2, align 4, !dbg !139, !tbaa !117
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %3, i32 noundef 16) #6, !dbg !141
  %21 = icmp slt i32 %20, 0, !dbg !142
  br i1 %21, label %22, label %24, !dbg !143

22:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !144
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !145
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !145
  %23 = load i32, ptr %1, align 4, !dbg !145
  ret i32 %23, !dbg !145

24:                                               ; preds = %0
  store i16 2, ptr @backend, align 4, !dbg !146, !tbaa !126
  %25 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7601), !dbg !147
  store i16 %25, ptr getelementptr inbounds (%struct.sockaddr_in, ptr @backend, i32 0, i32 1), align 2, !dbg !148, !tbaa !133
  %26 = call i32 @__bswap_32(i32 noundef 2130706433), !dbg !149
  store i32 %26, ptr getelementptr inbounds (%struct.sockaddr_in, ptr @backend, i32 0, i32 2), align 4, !dbg !150, !tbaa !138
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #6, !dbg !151
    #dbg_declare(ptr %5, !72, !DIExpression(), !152)
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !153
  %28 = load i32, ptr %2, align 4, !dbg !154, !tbaa !117
  store i32 %28, ptr %27, align 4, !dbg !153, !tbaa !155
  %29 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !153
  store i16 1, ptr %29, align 4, !dbg !153, !tbaa !157
  %30 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !153
  store i16 0, ptr %30, align 2, !dbg !153, !tbaa !158
  call void @llvm.lifetime.start.p0(i64 512, ptr %6) #6, !dbg !159
    #dbg_declare(ptr %6, !80, !DIExpression(), !160)
  br label %31, !dbg !161

31:                                               ; preds = %67, %65, %34, %24
  %32 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !162
  %33 = icmp sle i32 %32, 0, !dbg !164
  br i1 %33, label %34, label %35, !dbg !165

34:                                               ; preds = %31
  br label %31, !dbg !166, !llvm.loop !167

35:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #6, !dbg !170
    #dbg_declare(ptr %7, !84, !DIExpression(), !171)
  call void @llvm.lifetime.start.p0(i64 16, ptr %8) #6, !dbg !172
    #dbg_declare(ptr %8, !88, !DIExpression(), !173)
  %36 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 0, !dbg !174
  %37 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !175
  store ptr %37, ptr %36, align 8, !dbg !174, !tbaa !176
  %38 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 1, !dbg !174
  store i64 512, ptr %38, align 8, !dbg !174, !tbaa !180
  call void @llvm.lifetime.start.p0(i64 56, ptr %9) #6, !dbg !181
    #dbg_declare(ptr %9, !95, !DIExpression(), !182)
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 56, i1 false), !dbg !183
  %39 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 0, !dbg !184
  store ptr %7, ptr %39, align 8, !dbg !185, !tbaa !186
  %40 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 1, !dbg !188
  store i32 16, ptr %40, align 8, !dbg !189, !tbaa !190
  %41 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 2, !dbg !191
  store ptr %8, ptr %41, align 8, !dbg !192, !tbaa !193
  %42 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 3, !dbg !194
  store i64 1, ptr %42, align 8, !dbg !195, !tbaa !196
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #6, !dbg !197
    #dbg_declare(ptr %10, !108, !DIExpression(), !198)
  %43 = load i32, ptr %2, align 4, !dbg !199, !tbaa !117
  %44 = call i64 @recvmsg(i32 noundef %43, ptr noundef %9, i32 noundef 0), !dbg !200
  store i64 %44, ptr %10, align 8, !dbg !198, !tbaa !201
  %45 = load i64, ptr %10, align 8, !dbg !202, !tbaa !201
  %46 = icmp sle i64 %45, 0, !dbg !204
  br i1 %46, label %47, label %48, !dbg !205

47:                                               ; preds = %35
  store i32 3, ptr %4, align 4
  br label %65, !dbg !206, !llvm.loop !167

48:                                               ; preds = %35
  %49 = load i64, ptr %10, align 8, !dbg !207, !tbaa !201
  %50 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 1, !dbg !208
  store i64 %49, ptr %50, align 8, !dbg !209, !tbaa !180
  %51 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !210
  %52 = load i8, ptr %51, align 16, !dbg !210, !tbaa !212
  %53 = sext i8 %52 to i32, !dbg !210
  %54 = icmp eq i32 %53, 69, !dbg !213
  br i1 %54, label %55, label %58, !dbg !214

55:                                               ; preds = %48
  %56 = load i32, ptr %2, align 4, !dbg !215, !tbaa !117
  %57 = call i64 @sendmsg(i32 noundef %56, ptr noundef %9, i32 noundef 0), !dbg !217
  store i32 3, ptr %4, align 4
  br label %65, !dbg !218, !llvm.loop !167

58:                                               ; preds = %48
  call void @llvm.lifetime.start.p0(i64 56, ptr %11) #6, !dbg !219
    #dbg_declare(ptr %11, !113, !DIExpression(), !220)
  call void @llvm.memset.p0.i64(ptr align 8 %11, i8 0, i64 56, i1 false), !dbg !221
  %59 = getelementptr inbounds %struct.msghdr, ptr %11, i32 0, i32 0, !dbg !222
  store ptr @backend, ptr %59, align 8, !dbg !223, !tbaa !186
  %60 = getelementptr inbounds %struct.msghdr, ptr %11, i32 0, i32 1, !dbg !224
  store i32 16, ptr %60, align 8, !dbg !225, !tbaa !190
  %61 = getelementptr inbounds %struct.msghdr, ptr %11, i32 0, i32 2, !dbg !226
  store ptr %8, ptr %61, align 8, !dbg !227, !tbaa !193
  %62 = getelementptr inbounds %struct.msghdr, ptr %11, i32 0, i32 3, !dbg !228
  store i64 1, ptr %62, align 8, !dbg !229, !tbaa !196
  %63 = load i32, ptr %2, align 4, !dbg !230, !tbaa !117
  %64 = call i64 @sendmsg(i32 noundef %63, ptr noundef %11, i32 noundef 0), !dbg !231
  call void @llvm.lifetime.end.p0(i64 56, ptr %11) #6, !dbg !232
  store i32 0, ptr %4, align 4, !dbg !232
  br label %65, !dbg !232

65:                                               ; preds = %58, %55, %47
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #6, !dbg !232
  call void @llvm.lifetime.end.p0(i64 56, ptr %9) #6, !dbg !232
  call void @llvm.lifetime.end.p0(i64 16, ptr %8) #6, !dbg !232
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #6, !dbg !232
  %66 = load i32, ptr %4, align 4
  switch i32 %66, label %68 [
    i32 0, label %67
    i32 3, label %31
  ]

67:                                               ; preds = %65
  br label %31, !dbg !233, !llvm.loop !167

68:                                               ; preds = %65
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !234 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !238 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !244
    #dbg_declare(ptr %2, !243, !DIExpression(), !245)
  %3 = load i16, ptr %2, align 2, !dbg !246, !tbaa !244
  %4 = zext i16 %3 to i32, !dbg !246
  %5 = ashr i32 %4, 8, !dbg !246
  %6 = and i32 %5, 255, !dbg !246
  %7 = load i16, ptr %2, align 2, !dbg !246, !tbaa !244
  %8 = zext i16 %7 to i32, !dbg !246
  %9 = and i32 %8, 255, !dbg !246
  %10 = shl i32 %9, 8, !dbg !246
  %11 = or i32 %6, %10, !dbg !246
  %12 = trunc i32 %11 to i16, !dbg !246
  ret i16 %12, !dbg !247
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !248 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !117
    #dbg_declare(ptr %2, !252, !DIExpression(), !253)
  %3 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %4 = and i32 %3, -16777216, !dbg !254
  %5 = lshr i32 %4, 24, !dbg !254
  %6 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %7 = and i32 %6, 16711680, !dbg !254
  %8 = lshr i32 %7, 8, !dbg !254
  %9 = or i32 %5, %8, !dbg !254
  %10 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %11 = and i32 %10, 65280, !dbg !254
  %12 = shl i32 %11, 8, !dbg !254
  %13 = or i32 %9, %12, !dbg !254
  %14 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %15 = and i32 %14, 255, !dbg !254
  %16 = shl i32 %15, 24, !dbg !254
  %17 = or i32 %13, %16, !dbg !254
  ret i32 %17, !dbg !255
}

; Function Attrs: nounwind
declare !dbg !256 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !261 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !266 i64 @recvmsg(i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !270 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!58, !59, !60, !61, !62, !63}
!llvm.ident = !{!64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "backend", scope: !2, file: !3, line: 12, type: !43, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !42, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "msg-relay.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "63183814bab6bc5cca1d5fbf556f3af4")
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
!18 = !{!19, !25, !38, !41}
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !20, line: 30, baseType: !21)
!20 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !7)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !39, line: 18, baseType: !40)
!39 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!40 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!42 = !{!0}
!43 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !44)
!44 = !{!45, !46, !49, !53}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !43, file: !20, line: 247, baseType: !30, size: 16)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !43, file: !20, line: 248, baseType: !47, size: 16, offset: 16)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !48)
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !41)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !43, file: !20, line: 249, baseType: !50, size: 32, offset: 32)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !51)
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !50, file: !20, line: 33, baseType: !19, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !43, file: !20, line: 252, baseType: !54, size: 64, offset: 64)
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 64, elements: !56)
!55 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!56 = !{!57}
!57 = !DISubrange(count: 8)
!58 = !{i32 7, !"Dwarf Version", i32 5}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 8, !"PIC Level", i32 2}
!62 = !{i32 7, !"PIE Level", i32 2}
!63 = !{i32 7, !"uwtable", i32 2}
!64 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!65 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 14, type: !66, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !69)
!66 = !DISubroutineType(types: !67)
!67 = !{!68}
!68 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!69 = !{!70, !71, !72, !80, !84, !88, !95, !108, !113}
!70 = !DILocalVariable(name: "fd", scope: !65, file: !3, line: 15, type: !68)
!71 = !DILocalVariable(name: "addr", scope: !65, file: !3, line: 16, type: !43)
!72 = !DILocalVariable(name: "pfd", scope: !65, file: !3, line: 26, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !74, line: 36, size: 64, elements: !75)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!75 = !{!76, !77, !79}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !73, file: !74, line: 38, baseType: !68, size: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !73, file: !74, line: 39, baseType: !78, size: 16, offset: 32)
!78 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !73, file: !74, line: 40, baseType: !78, size: 16, offset: 48)
!80 = !DILocalVariable(name: "buf", scope: !65, file: !3, line: 27, type: !81)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 512)
!84 = !DILocalVariable(name: "src", scope: !85, file: !3, line: 31, type: !43)
!85 = distinct !DILexicalBlock(scope: !86, file: !3, line: 28, column: 12)
!86 = distinct !DILexicalBlock(scope: !87, file: !3, line: 28, column: 3)
!87 = distinct !DILexicalBlock(scope: !65, file: !3, line: 28, column: 3)
!88 = !DILocalVariable(name: "iov", scope: !85, file: !3, line: 32, type: !89)
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !90, line: 26, size: 128, elements: !91)
!90 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!91 = !{!92, !94}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !89, file: !90, line: 28, baseType: !93, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !89, file: !90, line: 29, baseType: !38, size: 64, offset: 64)
!95 = !DILocalVariable(name: "in", scope: !85, file: !3, line: 33, type: !96)
!96 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !27, line: 262, size: 448, elements: !97)
!97 = !{!98, !99, !102, !104, !105, !106, !107}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !96, file: !27, line: 264, baseType: !93, size: 64)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !96, file: !27, line: 265, baseType: !100, size: 32, offset: 64)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !96, file: !27, line: 267, baseType: !103, size: 64, offset: 128)
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !96, file: !27, line: 268, baseType: !38, size: 64, offset: 192)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !96, file: !27, line: 270, baseType: !93, size: 64, offset: 256)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !96, file: !27, line: 271, baseType: !38, size: 64, offset: 320)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !96, file: !27, line: 276, baseType: !68, size: 32, offset: 384)
!108 = !DILocalVariable(name: "n", scope: !85, file: !3, line: 39, type: !109)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !110, line: 108, baseType: !111)
!110 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !112)
!112 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!113 = !DILocalVariable(name: "out", scope: !85, file: !3, line: 47, type: !96)
!114 = !DILocation(line: 15, column: 3, scope: !65)
!115 = !DILocation(line: 15, column: 7, scope: !65)
!116 = !DILocation(line: 15, column: 12, scope: !65)
!117 = !{!118, !118, i64 0}
!118 = !{!"int", !119, i64 0}
!119 = !{!"omnipotent char", !120, i64 0}
!120 = !{!"Simple C/C++ TBAA"}
!121 = !DILocation(line: 16, column: 3, scope: !65)
!122 = !DILocation(line: 16, column: 22, scope: !65)
!123 = !DILocation(line: 17, column: 3, scope: !65)
!124 = !DILocation(line: 18, column: 8, scope: !65)
!125 = !DILocation(line: 18, column: 19, scope: !65)
!126 = !{!127, !128, i64 0}
!127 = !{!"sockaddr_in", !128, i64 0, !128, i64 2, !129, i64 4, !119, i64 8}
!128 = !{!"short", !119, i64 0}
!129 = !{!"in_addr", !118, i64 0}
!130 = !DILocation(line: 19, column: 19, scope: !65)
!131 = !DILocation(line: 19, column: 8, scope: !65)
!132 = !DILocation(line: 19, column: 17, scope: !65)
!133 = !{!127, !128, i64 2}
!134 = !DILocation(line: 20, column: 26, scope: !65)
!135 = !DILocation(line: 20, column: 8, scope: !65)
!136 = !DILocation(line: 20, column: 17, scope: !65)
!137 = !DILocation(line: 20, column: 24, scope: !65)
!138 = !{!127, !118, i64 4}
!139 = !DILocation(line: 21, column: 12, scope: !140)
!140 = distinct !DILexicalBlock(scope: !65, file: !3, line: 21, column: 7)
!141 = !DILocation(line: 21, column: 7, scope: !140)
!142 = !DILocation(line: 21, column: 56, scope: !140)
!143 = !DILocation(line: 21, column: 7, scope: !65)
!144 = !DILocation(line: 22, column: 5, scope: !140)
!145 = !DILocation(line: 55, column: 1, scope: !65)
!146 = !DILocation(line: 23, column: 22, scope: !65)
!147 = !DILocation(line: 24, column: 22, scope: !65)
!148 = !DILocation(line: 24, column: 20, scope: !65)
!149 = !DILocation(line: 25, column: 29, scope: !65)
!150 = !DILocation(line: 25, column: 27, scope: !65)
!151 = !DILocation(line: 26, column: 3, scope: !65)
!152 = !DILocation(line: 26, column: 17, scope: !65)
!153 = !DILocation(line: 26, column: 23, scope: !65)
!154 = !DILocation(line: 26, column: 30, scope: !65)
!155 = !{!156, !118, i64 0}
!156 = !{!"pollfd", !118, i64 0, !128, i64 4, !128, i64 6}
!157 = !{!156, !128, i64 4}
!158 = !{!156, !128, i64 6}
!159 = !DILocation(line: 27, column: 3, scope: !65)
!160 = !DILocation(line: 27, column: 8, scope: !65)
!161 = !DILocation(line: 28, column: 3, scope: !65)
!162 = !DILocation(line: 29, column: 9, scope: !163)
!163 = distinct !DILexicalBlock(scope: !85, file: !3, line: 29, column: 9)
!164 = !DILocation(line: 29, column: 27, scope: !163)
!165 = !DILocation(line: 29, column: 9, scope: !85)
!166 = !DILocation(line: 30, column: 7, scope: !163)
!167 = distinct !{!167, !168, !169}
!168 = !DILocation(line: 28, column: 3, scope: !87)
!169 = !DILocation(line: 54, column: 3, scope: !87)
!170 = !DILocation(line: 31, column: 5, scope: !85)
!171 = !DILocation(line: 31, column: 24, scope: !85)
!172 = !DILocation(line: 32, column: 5, scope: !85)
!173 = !DILocation(line: 32, column: 18, scope: !85)
!174 = !DILocation(line: 32, column: 24, scope: !85)
!175 = !DILocation(line: 32, column: 37, scope: !85)
!176 = !{!177, !178, i64 0}
!177 = !{!"iovec", !178, i64 0, !179, i64 8}
!178 = !{!"any pointer", !119, i64 0}
!179 = !{!"long", !119, i64 0}
!180 = !{!177, !179, i64 8}
!181 = !DILocation(line: 33, column: 5, scope: !85)
!182 = !DILocation(line: 33, column: 19, scope: !85)
!183 = !DILocation(line: 34, column: 5, scope: !85)
!184 = !DILocation(line: 35, column: 8, scope: !85)
!185 = !DILocation(line: 35, column: 17, scope: !85)
!186 = !{!187, !178, i64 0}
!187 = !{!"msghdr", !178, i64 0, !118, i64 8, !178, i64 16, !179, i64 24, !178, i64 32, !179, i64 40, !118, i64 48}
!188 = !DILocation(line: 36, column: 8, scope: !85)
!189 = !DILocation(line: 36, column: 20, scope: !85)
!190 = !{!187, !118, i64 8}
!191 = !DILocation(line: 37, column: 8, scope: !85)
!192 = !DILocation(line: 37, column: 16, scope: !85)
!193 = !{!187, !178, i64 16}
!194 = !DILocation(line: 38, column: 8, scope: !85)
!195 = !DILocation(line: 38, column: 19, scope: !85)
!196 = !{!187, !179, i64 24}
!197 = !DILocation(line: 39, column: 5, scope: !85)
!198 = !DILocation(line: 39, column: 13, scope: !85)
!199 = !DILocation(line: 39, column: 25, scope: !85)
!200 = !DILocation(line: 39, column: 17, scope: !85)
!201 = !{!179, !179, i64 0}
!202 = !DILocation(line: 40, column: 9, scope: !203)
!203 = distinct !DILexicalBlock(scope: !85, file: !3, line: 40, column: 9)
!204 = !DILocation(line: 40, column: 11, scope: !203)
!205 = !DILocation(line: 40, column: 9, scope: !85)
!206 = !DILocation(line: 41, column: 7, scope: !203)
!207 = !DILocation(line: 42, column: 27, scope: !85)
!208 = !DILocation(line: 42, column: 9, scope: !85)
!209 = !DILocation(line: 42, column: 17, scope: !85)
!210 = !DILocation(line: 43, column: 9, scope: !211)
!211 = distinct !DILexicalBlock(scope: !85, file: !3, line: 43, column: 9)
!212 = !{!119, !119, i64 0}
!213 = !DILocation(line: 43, column: 16, scope: !211)
!214 = !DILocation(line: 43, column: 9, scope: !85)
!215 = !DILocation(line: 44, column: 15, scope: !216)
!216 = distinct !DILexicalBlock(scope: !211, file: !3, line: 43, column: 24)
!217 = !DILocation(line: 44, column: 7, scope: !216)
!218 = !DILocation(line: 45, column: 7, scope: !216)
!219 = !DILocation(line: 47, column: 5, scope: !85)
!220 = !DILocation(line: 47, column: 19, scope: !85)
!221 = !DILocation(line: 48, column: 5, scope: !85)
!222 = !DILocation(line: 49, column: 9, scope: !85)
!223 = !DILocation(line: 49, column: 18, scope: !85)
!224 = !DILocation(line: 50, column: 9, scope: !85)
!225 = !DILocation(line: 50, column: 21, scope: !85)
!226 = !DILocation(line: 51, column: 9, scope: !85)
!227 = !DILocation(line: 51, column: 17, scope: !85)
!228 = !DILocation(line: 52, column: 9, scope: !85)
!229 = !DILocation(line: 52, column: 20, scope: !85)
!230 = !DILocation(line: 53, column: 13, scope: !85)
!231 = !DILocation(line: 53, column: 5, scope: !85)
!232 = !DILocation(line: 54, column: 3, scope: !86)
!233 = !DILocation(line: 28, column: 3, scope: !86)
!234 = !DISubprogram(name: "socket", scope: !235, file: !235, line: 102, type: !236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!235 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!236 = !DISubroutineType(types: !237)
!237 = !{!68, !68, !68, !68}
!238 = distinct !DISubprogram(name: "__bswap_16", scope: !239, file: !239, line: 34, type: !240, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242)
!239 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!240 = !DISubroutineType(types: !241)
!241 = !{!41, !41}
!242 = !{!243}
!243 = !DILocalVariable(name: "__bsx", arg: 1, scope: !238, file: !239, line: 34, type: !41)
!244 = !{!128, !128, i64 0}
!245 = !DILocation(line: 34, column: 24, scope: !238)
!246 = !DILocation(line: 39, column: 10, scope: !238)
!247 = !DILocation(line: 39, column: 3, scope: !238)
!248 = distinct !DISubprogram(name: "__bswap_32", scope: !239, file: !239, line: 49, type: !249, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !251)
!249 = !DISubroutineType(types: !250)
!250 = !{!23, !23}
!251 = !{!252}
!252 = !DILocalVariable(name: "__bsx", arg: 1, scope: !248, file: !239, line: 49, type: !23)
!253 = !DILocation(line: 49, column: 24, scope: !248)
!254 = !DILocation(line: 54, column: 10, scope: !248)
!255 = !DILocation(line: 54, column: 3, scope: !248)
!256 = !DISubprogram(name: "bind", scope: !235, file: !235, line: 112, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!257 = !DISubroutineType(types: !258)
!258 = !{!68, !68, !259, !100}
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!261 = !DISubprogram(name: "poll", scope: !74, file: !74, line: 54, type: !262, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!262 = !DISubroutineType(types: !263)
!263 = !{!68, !264, !265, !68}
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64)
!265 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !74, line: 33, baseType: !40)
!266 = !DISubprogram(name: "recvmsg", scope: !235, file: !235, line: 216, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!109, !68, !269, !68}
!269 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !96, size: 64)
!270 = !DISubprogram(name: "sendmsg", scope: !235, file: !235, line: 174, type: !271, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!271 = !DISubroutineType(types: !272)
!272 = !{!109, !68, !273, !68}
!273 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !274, size: 64)
!274 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !96)
