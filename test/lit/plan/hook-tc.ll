; Hook choice for UDP when the request path needs an skb: udp-pktinfo.c
; receives with recvmsg and a control buffer (msg_controllen set, line 38)
; to get IP_PKTINFO, which XDP does not have; the offload goes to TC. The
; reply is the sendmsg at line 45 on the same msghdr.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -koffload-report=%t.json -disable-output %s
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; assert (c['hook'], c['transport'], c['port']) == ('tc', 'udp', 9500), c" %t.json
;
; CHECK-LABEL: koffload plan for 'udp-pktinfo.c'
; CHECK:       candidate #0: socket #0 udp port 9500, event loop #0, hook tc
; CHECK-NEXT:  hook-reason: recvmsg asks for control messages (IP_PKTINFO, timestamps), which only an skb carries: TC
; CHECK-NEXT:  arrival: udp-pktinfo.c:39
; CHECK-NEXT:  reply: udp-pktinfo.c:45
; CHECK:       decision: offload:
; CHECK-NOT:   blocked:
;
; MADE-FROM: Inputs/udp-pktinfo.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - udp-pktinfo.c

; ModuleID = 'udp-pktinfo.c'
source_filename = "udp-pktinfo.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%union.__CONST_SOCKADDR_ARG = type { ptr }
%struct.pollfd = type { i32, i16, i16 }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !78 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca %union.__CONST_SOCKADDR_ARG, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.pollfd, align 4
  %8 = alloca [512 x i8], align 16
  %9 = alloca [64 x i8], align 16
  %10 = alloca %struct.sockaddr_in, align 4
  %11 = alloca %struct.iovec, align 8
  %12 = alloca %struct.msghdr, align 8
  %13 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !145
    #dbg_declare(ptr %2, !83, !DIExpression(), !146)
  %14 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !147
  store i32 %14, ptr %2, align 4, !dbg !146, !tbaa !148
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !152
    #dbg_declare(ptr %3, !84, !DIExpression(), !153)
  store i32 1, ptr %3, align 4, !dbg !153, !tbaa !148
  %15 = load i32, ptr %2, align 4, !dbg !154, !tbaa !148
  %16 = call i32 @setsockopt(i32 noundef %15, i32 noundef 0, i32 noundef 8, ptr noundef %3, i32 noundef 4) #6, !dbg !155
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #6, !dbg !156
    #dbg_declare(ptr %4, !85, !DIExpression(), !157)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !158
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !159
  store i16 2, ptr %17, align 4, !dbg !160, !tbaa !161
  %18 = call zeroext i16 @__bswap_16(i16 noundef zeroext 9500), !dbg !165
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !166
  store i16 %18, ptr %19, align 2, !dbg !167, !tbaa !168
  %20 = call i32 @__bswap_32(i32 noundef 0), !dbg !169
  %21 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 2, !dbg !170
  %22 = getelementptr inbounds %struct.in_addr, ptr %21, i32 0, i32 0, !dbg !171
  store i32 %20, ptr %22, align 4, !dbg !172, !tbaa !173
  %23 = load i32, ptr %2, align 4, !dbg !174, !tbaa !148
  store ptr %4, ptr %5, align 8, !dbg !176, !tbaa !177
  %24 = getelementptr inbounds %union.__CONST_SOCKADDR_ARG, ptr %5, i32 0, i32 0, !dbg !178
  %25 = load ptr, ptr %24, align 8, !dbg !178
  %26 = call i32 @bind(i32 noundef %23, ptr %25, i32 noundef 16) #6, !dbg !178
  %27 = icmp slt i32 %26, 0, !dbg !179
  br i1 %27, label %28, label %30, !dbg !180

28:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !181
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %4) #6, !dbg !182
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6, !dbg !182
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !182
  %29 = load i32, ptr %1, align 4, !dbg !182
  ret i32 %29, !dbg !182

30:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #6, !dbg !183
    #dbg_declare(ptr %7, !101, !DIExpression(), !184)
  %31 = getelementptr inbounds %struct.pollfd, ptr %7, i32 0, i32 0, !dbg !185
  %32 = load i32, ptr %2, align 4, !dbg !186, !tbaa !148
  store i32 %32, ptr %31, align 4, !dbg !185, !tbaa !187
  %33 = getelementptr inbounds %struct.pollfd, ptr %7, i32 0, i32 1, !dbg !185
  store i16 1, ptr %33, align 4, !dbg !185, !tbaa !189
  %34 = getelementptr inbounds %struct.pollfd, ptr %7, i32 0, i32 2, !dbg !185
  store i16 0, ptr %34, align 2, !dbg !185, !tbaa !190
  br label %35, !dbg !191

35:                                               ; preds = %64, %62, %38, %30
  %36 = call i32 @poll(ptr noundef %7, i64 noundef 1, i32 noundef -1), !dbg !192
  %37 = icmp sle i32 %36, 0, !dbg !194
  br i1 %37, label %38, label %39, !dbg !195

38:                                               ; preds = %35
  br label %35, !dbg !196, !llvm.loop !197

39:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(i64 512, ptr %8) #6, !dbg !200
    #dbg_declare(ptr %8, !109, !DIExpression(), !201)
  call void @llvm.lifetime.start.p0(i64 64, ptr %9) #6, !dbg !202
    #dbg_declare(ptr %9, !116, !DIExpression(), !203)
  call void @llvm.lifetime.start.p0(i64 16, ptr %10) #6, !dbg !204
    #dbg_declare(ptr %10, !120, !DIExpression(), !205)
  call void @llvm.lifetime.start.p0(i64 16, ptr %11) #6, !dbg !206
    #dbg_declare(ptr %11, !121, !DIExpression(), !207)
  %40 = getelementptr inbounds %struct.iovec, ptr %11, i32 0, i32 0, !dbg !208
  %41 = getelementptr inbounds [512 x i8], ptr %8, i64 0, i64 0, !dbg !209
  store ptr %41, ptr %40, align 8, !dbg !208, !tbaa !210
  %42 = getelementptr inbounds %struct.iovec, ptr %11, i32 0, i32 1, !dbg !208
  store i64 512, ptr %42, align 8, !dbg !208, !tbaa !214
  call void @llvm.lifetime.start.p0(i64 56, ptr %12) #6, !dbg !215
    #dbg_declare(ptr %12, !127, !DIExpression(), !216)
  call void @llvm.memset.p0.i64(ptr align 8 %12, i8 0, i64 56, i1 false), !dbg !217
  %43 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 0, !dbg !218
  store ptr %10, ptr %43, align 8, !dbg !219, !tbaa !220
  %44 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 1, !dbg !222
  store i32 16, ptr %44, align 8, !dbg !223, !tbaa !224
  %45 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 2, !dbg !225
  store ptr %11, ptr %45, align 8, !dbg !226, !tbaa !227
  %46 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 3, !dbg !228
  store i64 1, ptr %46, align 8, !dbg !229, !tbaa !230
  %47 = getelementptr inbounds [64 x i8], ptr %9, i64 0, i64 0, !dbg !231
  %48 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 4, !dbg !232
  store ptr %47, ptr %48, align 8, !dbg !233, !tbaa !234
  %49 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 5, !dbg !235
  store i64 64, ptr %49, align 8, !dbg !236, !tbaa !237
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6, !dbg !238
    #dbg_declare(ptr %13, !140, !DIExpression(), !239)
  %50 = load i32, ptr %2, align 4, !dbg !240, !tbaa !148
  %51 = call i64 @recvmsg(i32 noundef %50, ptr noundef %12, i32 noundef 0), !dbg !241
  store i64 %51, ptr %13, align 8, !dbg !239, !tbaa !242
  %52 = load i64, ptr %13, align 8, !dbg !243, !tbaa !242
  %53 = icmp sle i64 %52, 0, !dbg !245
  br i1 %53, label %54, label %55, !dbg !246

54:                                               ; preds = %39
  store i32 3, ptr %6, align 4
  br label %62, !dbg !247, !llvm.loop !197

55:                                               ; preds = %39
  %56 = load i64, ptr %13, align 8, !dbg !248, !tbaa !242
  %57 = getelementptr inbounds %struct.iovec, ptr %11, i32 0, i32 1, !dbg !249
  store i64 %56, ptr %57, align 8, !dbg !250, !tbaa !214
  %58 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 4, !dbg !251
  store ptr null, ptr %58, align 8, !dbg !252, !tbaa !234
  %59 = getelementptr inbounds %struct.msghdr, ptr %12, i32 0, i32 5, !dbg !253
  store i64 0, ptr %59, align 8, !dbg !254, !tbaa !237
  %60 = load i32, ptr %2, align 4, !dbg !255, !tbaa !148
  %61 = call i64 @sendmsg(i32 noundef %60, ptr noundef %12, i32 noundef 0), !dbg !256
  store i32 0, ptr %6, align 4, !dbg !257
  br label %62, !dbg !257

62:                                               ; preds = %55, %54
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6, !dbg !257
  call void @llvm.lifetime.end.p0(i64 56, ptr %12) #6, !dbg !257
  call void @llvm.lifetime.end.p0(i64 16, ptr %11) #6, !dbg !257
  call void @llvm.lifetime.end.p0(i64 16, ptr %10) #6, !dbg !257
  call void @llvm.lifetime.end.p0(i64 64, ptr %9) #6, !dbg !257
  call void @llvm.lifetime.end.p0(i64 512, ptr %8) #6, !dbg !257
  %63 = load i32, ptr %6, align 4
  switch i32 %63, label %65 [
    i32 0, label %64
    i32 3, label %35
  ]

64:                                               ; preds = %62
  br label %35, !dbg !258, !llvm.loop !197

65:                                               ; preds = %62
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !259 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nounwind
declare !dbg !263 i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !268 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !274
    #dbg_declare(ptr %2, !273, !DIExpression(), !275)
  %3 = load i16, ptr %2, align 2, !dbg !276, !tbaa !274
  %4 = zext i16 %3 to i32, !dbg !276
  %5 = ashr i32 %4, 8, !dbg !276
  %6 = and i32 %5, 255, !dbg !276
  %7 = load i16, ptr %2, align 2, !dbg !276, !tbaa !274
  %8 = zext i16 %7 to i32, !dbg !276
  %9 = and i32 %8, 255, !dbg !276
  %10 = shl i32 %9, 8, !dbg !276
  %11 = or i32 %6, %10, !dbg !276
  %12 = trunc i32 %11 to i16, !dbg !276
  ret i16 %12, !dbg !277
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !278 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !148
    #dbg_declare(ptr %2, !282, !DIExpression(), !283)
  %3 = load i32, ptr %2, align 4, !dbg !284, !tbaa !148
  %4 = and i32 %3, -16777216, !dbg !284
  %5 = lshr i32 %4, 24, !dbg !284
  %6 = load i32, ptr %2, align 4, !dbg !284, !tbaa !148
  %7 = and i32 %6, 16711680, !dbg !284
  %8 = lshr i32 %7, 8, !dbg !284
  %9 = or i32 %5, %8, !dbg !284
  %10 = load i32, ptr %2, align 4, !dbg !284, !tbaa !148
  %11 = and i32 %10, 65280, !dbg !284
  %12 = shl i32 %11, 8, !dbg !284
  %13 = or i32 %9, %12, !dbg !284
  %14 = load i32, ptr %2, align 4, !dbg !284, !tbaa !148
  %15 = and i32 %14, 255, !dbg !284
  %16 = shl i32 %15, 24, !dbg !284
  %17 = or i32 %13, %16, !dbg !284
  ret i32 %17, !dbg !285
}

; Function Attrs: nounwind
declare !dbg !286 i32 @bind(i32 noundef, ptr, i32 noundef) #2

declare !dbg !378 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !383 i64 @recvmsg(i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !387 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!71, !72, !73, !74, !75, !76}
!llvm.ident = !{!77}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !47, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "udp-pktinfo.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "aadf25b1a8882182029446e9ec85c23f")
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
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !17, line: 40, baseType: !5, size: 32, elements: !18)
!17 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !44, !45, !46}
!19 = !DIEnumerator(name: "IPPROTO_IP", value: 0)
!20 = !DIEnumerator(name: "IPPROTO_ICMP", value: 1)
!21 = !DIEnumerator(name: "IPPROTO_IGMP", value: 2)
!22 = !DIEnumerator(name: "IPPROTO_IPIP", value: 4)
!23 = !DIEnumerator(name: "IPPROTO_TCP", value: 6)
!24 = !DIEnumerator(name: "IPPROTO_EGP", value: 8)
!25 = !DIEnumerator(name: "IPPROTO_PUP", value: 12)
!26 = !DIEnumerator(name: "IPPROTO_UDP", value: 17)
!27 = !DIEnumerator(name: "IPPROTO_IDP", value: 22)
!28 = !DIEnumerator(name: "IPPROTO_TP", value: 29)
!29 = !DIEnumerator(name: "IPPROTO_DCCP", value: 33)
!30 = !DIEnumerator(name: "IPPROTO_IPV6", value: 41)
!31 = !DIEnumerator(name: "IPPROTO_RSVP", value: 46)
!32 = !DIEnumerator(name: "IPPROTO_GRE", value: 47)
!33 = !DIEnumerator(name: "IPPROTO_ESP", value: 50)
!34 = !DIEnumerator(name: "IPPROTO_AH", value: 51)
!35 = !DIEnumerator(name: "IPPROTO_MTP", value: 92)
!36 = !DIEnumerator(name: "IPPROTO_BEETPH", value: 94)
!37 = !DIEnumerator(name: "IPPROTO_ENCAP", value: 98)
!38 = !DIEnumerator(name: "IPPROTO_PIM", value: 103)
!39 = !DIEnumerator(name: "IPPROTO_COMP", value: 108)
!40 = !DIEnumerator(name: "IPPROTO_SCTP", value: 132)
!41 = !DIEnumerator(name: "IPPROTO_UDPLITE", value: 136)
!42 = !DIEnumerator(name: "IPPROTO_MPLS", value: 137)
!43 = !DIEnumerator(name: "IPPROTO_ETHERNET", value: 143)
!44 = !DIEnumerator(name: "IPPROTO_RAW", value: 255)
!45 = !DIEnumerator(name: "IPPROTO_MPTCP", value: 262)
!46 = !DIEnumerator(name: "IPPROTO_MAX", value: 263)
!47 = !{!48, !53, !66, !69, !70}
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !17, line: 30, baseType: !49)
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !50, line: 26, baseType: !51)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !52, line: 42, baseType: !5)
!52 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !55, line: 183, size: 128, elements: !56)
!55 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!56 = !{!57, !61}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !54, file: !55, line: 185, baseType: !58, size: 16)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !59, line: 28, baseType: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!60 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !54, file: !55, line: 186, baseType: !62, size: 112, offset: 16)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 112, elements: !64)
!63 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!64 = !{!65}
!65 = !DISubrange(count: 14)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !67, line: 18, baseType: !68)
!67 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!68 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !52, line: 40, baseType: !60)
!71 = !{i32 7, !"Dwarf Version", i32 5}
!72 = !{i32 2, !"Debug Info Version", i32 3}
!73 = !{i32 1, !"wchar_size", i32 4}
!74 = !{i32 8, !"PIC Level", i32 2}
!75 = !{i32 7, !"PIE Level", i32 2}
!76 = !{i32 7, !"uwtable", i32 2}
!77 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!78 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 12, type: !79, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !82)
!79 = !DISubroutineType(types: !80)
!80 = !{!81}
!81 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!82 = !{!83, !84, !85, !101, !109, !116, !120, !121, !127, !140}
!83 = !DILocalVariable(name: "fd", scope: !78, file: !1, line: 13, type: !81)
!84 = !DILocalVariable(name: "one", scope: !78, file: !1, line: 14, type: !81)
!85 = !DILocalVariable(name: "addr", scope: !78, file: !1, line: 16, type: !86)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !17, line: 245, size: 128, elements: !87)
!87 = !{!88, !89, !92, !96}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !86, file: !17, line: 247, baseType: !58, size: 16)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !86, file: !17, line: 248, baseType: !90, size: 16, offset: 16)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !17, line: 123, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !50, line: 25, baseType: !70)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !86, file: !17, line: 249, baseType: !93, size: 32, offset: 32)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !17, line: 31, size: 32, elements: !94)
!94 = !{!95}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !93, file: !17, line: 33, baseType: !48, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !86, file: !17, line: 252, baseType: !97, size: 64, offset: 64)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !98, size: 64, elements: !99)
!98 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!99 = !{!100}
!100 = !DISubrange(count: 8)
!101 = !DILocalVariable(name: "pfd", scope: !78, file: !1, line: 23, type: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !103, line: 36, size: 64, elements: !104)
!103 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!104 = !{!105, !106, !108}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !102, file: !103, line: 38, baseType: !81, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !102, file: !103, line: 39, baseType: !107, size: 16, offset: 32)
!107 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !102, file: !103, line: 40, baseType: !107, size: 16, offset: 48)
!109 = !DILocalVariable(name: "buf", scope: !110, file: !1, line: 27, type: !113)
!110 = distinct !DILexicalBlock(scope: !111, file: !1, line: 24, column: 12)
!111 = distinct !DILexicalBlock(scope: !112, file: !1, line: 24, column: 3)
!112 = distinct !DILexicalBlock(scope: !78, file: !1, line: 24, column: 3)
!113 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 4096, elements: !114)
!114 = !{!115}
!115 = !DISubrange(count: 512)
!116 = !DILocalVariable(name: "control", scope: !110, file: !1, line: 28, type: !117)
!117 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 512, elements: !118)
!118 = !{!119}
!119 = !DISubrange(count: 64)
!120 = !DILocalVariable(name: "src", scope: !110, file: !1, line: 29, type: !86)
!121 = !DILocalVariable(name: "iov", scope: !110, file: !1, line: 30, type: !122)
!122 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !123, line: 26, size: 128, elements: !124)
!123 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!124 = !{!125, !126}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !122, file: !123, line: 28, baseType: !69, size: 64)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !122, file: !123, line: 29, baseType: !66, size: 64, offset: 64)
!127 = !DILocalVariable(name: "msg", scope: !110, file: !1, line: 31, type: !128)
!128 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !55, line: 262, size: 448, elements: !129)
!129 = !{!130, !131, !134, !136, !137, !138, !139}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !128, file: !55, line: 264, baseType: !69, size: 64)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !128, file: !55, line: 265, baseType: !132, size: 32, offset: 64)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !55, line: 33, baseType: !133)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !52, line: 210, baseType: !5)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !128, file: !55, line: 267, baseType: !135, size: 64, offset: 128)
!135 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !122, size: 64)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !128, file: !55, line: 268, baseType: !66, size: 64, offset: 192)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !128, file: !55, line: 270, baseType: !69, size: 64, offset: 256)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !128, file: !55, line: 271, baseType: !66, size: 64, offset: 320)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !128, file: !55, line: 276, baseType: !81, size: 32, offset: 384)
!140 = !DILocalVariable(name: "n", scope: !110, file: !1, line: 39, type: !141)
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !142, line: 108, baseType: !143)
!142 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !52, line: 194, baseType: !144)
!144 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!145 = !DILocation(line: 13, column: 3, scope: !78)
!146 = !DILocation(line: 13, column: 7, scope: !78)
!147 = !DILocation(line: 13, column: 12, scope: !78)
!148 = !{!149, !149, i64 0}
!149 = !{!"int", !150, i64 0}
!150 = !{!"omnipotent char", !151, i64 0}
!151 = !{!"Simple C/C++ TBAA"}
!152 = !DILocation(line: 14, column: 3, scope: !78)
!153 = !DILocation(line: 14, column: 7, scope: !78)
!154 = !DILocation(line: 15, column: 14, scope: !78)
!155 = !DILocation(line: 15, column: 3, scope: !78)
!156 = !DILocation(line: 16, column: 3, scope: !78)
!157 = !DILocation(line: 16, column: 22, scope: !78)
!158 = !DILocation(line: 17, column: 3, scope: !78)
!159 = !DILocation(line: 18, column: 8, scope: !78)
!160 = !DILocation(line: 18, column: 19, scope: !78)
!161 = !{!162, !163, i64 0}
!162 = !{!"sockaddr_in", !163, i64 0, !163, i64 2, !164, i64 4, !150, i64 8}
!163 = !{!"short", !150, i64 0}
!164 = !{!"in_addr", !149, i64 0}
!165 = !DILocation(line: 19, column: 19, scope: !78)
!166 = !DILocation(line: 19, column: 8, scope: !78)
!167 = !DILocation(line: 19, column: 17, scope: !78)
!168 = !{!162, !163, i64 2}
!169 = !DILocation(line: 20, column: 26, scope: !78)
!170 = !DILocation(line: 20, column: 8, scope: !78)
!171 = !DILocation(line: 20, column: 17, scope: !78)
!172 = !DILocation(line: 20, column: 24, scope: !78)
!173 = !{!162, !149, i64 4}
!174 = !DILocation(line: 21, column: 12, scope: !175)
!175 = distinct !DILexicalBlock(scope: !78, file: !1, line: 21, column: 7)
!176 = !DILocation(line: 21, column: 16, scope: !175)
!177 = !{!150, !150, i64 0}
!178 = !DILocation(line: 21, column: 7, scope: !175)
!179 = !DILocation(line: 21, column: 56, scope: !175)
!180 = !DILocation(line: 21, column: 7, scope: !78)
!181 = !DILocation(line: 22, column: 5, scope: !175)
!182 = !DILocation(line: 47, column: 1, scope: !78)
!183 = !DILocation(line: 23, column: 3, scope: !78)
!184 = !DILocation(line: 23, column: 17, scope: !78)
!185 = !DILocation(line: 23, column: 23, scope: !78)
!186 = !DILocation(line: 23, column: 30, scope: !78)
!187 = !{!188, !149, i64 0}
!188 = !{!"pollfd", !149, i64 0, !163, i64 4, !163, i64 6}
!189 = !{!188, !163, i64 4}
!190 = !{!188, !163, i64 6}
!191 = !DILocation(line: 24, column: 3, scope: !78)
!192 = !DILocation(line: 25, column: 9, scope: !193)
!193 = distinct !DILexicalBlock(scope: !110, file: !1, line: 25, column: 9)
!194 = !DILocation(line: 25, column: 27, scope: !193)
!195 = !DILocation(line: 25, column: 9, scope: !110)
!196 = !DILocation(line: 26, column: 7, scope: !193)
!197 = distinct !{!197, !198, !199}
!198 = !DILocation(line: 24, column: 3, scope: !112)
!199 = !DILocation(line: 46, column: 3, scope: !112)
!200 = !DILocation(line: 27, column: 5, scope: !110)
!201 = !DILocation(line: 27, column: 10, scope: !110)
!202 = !DILocation(line: 28, column: 5, scope: !110)
!203 = !DILocation(line: 28, column: 10, scope: !110)
!204 = !DILocation(line: 29, column: 5, scope: !110)
!205 = !DILocation(line: 29, column: 24, scope: !110)
!206 = !DILocation(line: 30, column: 5, scope: !110)
!207 = !DILocation(line: 30, column: 18, scope: !110)
!208 = !DILocation(line: 30, column: 24, scope: !110)
!209 = !DILocation(line: 30, column: 37, scope: !110)
!210 = !{!211, !212, i64 0}
!211 = !{!"iovec", !212, i64 0, !213, i64 8}
!212 = !{!"any pointer", !150, i64 0}
!213 = !{!"long", !150, i64 0}
!214 = !{!211, !213, i64 8}
!215 = !DILocation(line: 31, column: 5, scope: !110)
!216 = !DILocation(line: 31, column: 19, scope: !110)
!217 = !DILocation(line: 32, column: 5, scope: !110)
!218 = !DILocation(line: 33, column: 9, scope: !110)
!219 = !DILocation(line: 33, column: 18, scope: !110)
!220 = !{!221, !212, i64 0}
!221 = !{!"msghdr", !212, i64 0, !149, i64 8, !212, i64 16, !213, i64 24, !212, i64 32, !213, i64 40, !149, i64 48}
!222 = !DILocation(line: 34, column: 9, scope: !110)
!223 = !DILocation(line: 34, column: 21, scope: !110)
!224 = !{!221, !149, i64 8}
!225 = !DILocation(line: 35, column: 9, scope: !110)
!226 = !DILocation(line: 35, column: 17, scope: !110)
!227 = !{!221, !212, i64 16}
!228 = !DILocation(line: 36, column: 9, scope: !110)
!229 = !DILocation(line: 36, column: 20, scope: !110)
!230 = !{!221, !213, i64 24}
!231 = !DILocation(line: 37, column: 23, scope: !110)
!232 = !DILocation(line: 37, column: 9, scope: !110)
!233 = !DILocation(line: 37, column: 21, scope: !110)
!234 = !{!221, !212, i64 32}
!235 = !DILocation(line: 38, column: 9, scope: !110)
!236 = !DILocation(line: 38, column: 24, scope: !110)
!237 = !{!221, !213, i64 40}
!238 = !DILocation(line: 39, column: 5, scope: !110)
!239 = !DILocation(line: 39, column: 13, scope: !110)
!240 = !DILocation(line: 39, column: 25, scope: !110)
!241 = !DILocation(line: 39, column: 17, scope: !110)
!242 = !{!213, !213, i64 0}
!243 = !DILocation(line: 40, column: 9, scope: !244)
!244 = distinct !DILexicalBlock(scope: !110, file: !1, line: 40, column: 9)
!245 = !DILocation(line: 40, column: 11, scope: !244)
!246 = !DILocation(line: 40, column: 9, scope: !110)
!247 = !DILocation(line: 41, column: 7, scope: !244)
!248 = !DILocation(line: 42, column: 27, scope: !110)
!249 = !DILocation(line: 42, column: 9, scope: !110)
!250 = !DILocation(line: 42, column: 17, scope: !110)
!251 = !DILocation(line: 43, column: 9, scope: !110)
!252 = !DILocation(line: 43, column: 21, scope: !110)
!253 = !DILocation(line: 44, column: 9, scope: !110)
!254 = !DILocation(line: 44, column: 24, scope: !110)
!255 = !DILocation(line: 45, column: 13, scope: !110)
!256 = !DILocation(line: 45, column: 5, scope: !110)
!257 = !DILocation(line: 46, column: 3, scope: !111)
!258 = !DILocation(line: 24, column: 3, scope: !111)
!259 = !DISubprogram(name: "socket", scope: !260, file: !260, line: 102, type: !261, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!260 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!261 = !DISubroutineType(types: !262)
!262 = !{!81, !81, !81, !81}
!263 = !DISubprogram(name: "setsockopt", scope: !260, file: !260, line: 277, type: !264, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!264 = !DISubroutineType(types: !265)
!265 = !{!81, !81, !81, !81, !266, !132}
!266 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !267, size: 64)
!267 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!268 = distinct !DISubprogram(name: "__bswap_16", scope: !269, file: !269, line: 34, type: !270, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !272)
!269 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!270 = !DISubroutineType(types: !271)
!271 = !{!70, !70}
!272 = !{!273}
!273 = !DILocalVariable(name: "__bsx", arg: 1, scope: !268, file: !269, line: 34, type: !70)
!274 = !{!163, !163, i64 0}
!275 = !DILocation(line: 34, column: 24, scope: !268)
!276 = !DILocation(line: 39, column: 10, scope: !268)
!277 = !DILocation(line: 39, column: 3, scope: !268)
!278 = distinct !DISubprogram(name: "__bswap_32", scope: !269, file: !269, line: 49, type: !279, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !281)
!279 = !DISubroutineType(types: !280)
!280 = !{!51, !51}
!281 = !{!282}
!282 = !DILocalVariable(name: "__bsx", arg: 1, scope: !278, file: !269, line: 49, type: !51)
!283 = !DILocation(line: 49, column: 24, scope: !278)
!284 = !DILocation(line: 54, column: 10, scope: !278)
!285 = !DILocation(line: 54, column: 3, scope: !278)
!286 = !DISubprogram(name: "bind", scope: !260, file: !260, line: 112, type: !287, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!287 = !DISubroutineType(types: !288)
!288 = !{!81, !81, !289, !132}
!289 = !DIDerivedType(tag: DW_TAG_typedef, name: "__CONST_SOCKADDR_ARG", file: !260, line: 84, baseType: !290)
!290 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !260, line: 83, size: 64, elements: !291)
!291 = !{!292, !296, !301, !306, !311, !316, !320, !348, !353, !358, !363, !368, !373}
!292 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr__", scope: !290, file: !260, line: 83, baseType: !293, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !294)
!294 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !295, size: 64)
!295 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !54)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_at__", scope: !290, file: !260, line: 83, baseType: !297, size: 64)
!297 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !298)
!298 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !299, size: 64)
!299 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !300)
!300 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_at", file: !260, line: 79, flags: DIFlagFwdDecl)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ax25__", scope: !290, file: !260, line: 83, baseType: !302, size: 64)
!302 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !303)
!303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !304, size: 64)
!304 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !305)
!305 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ax25", file: !260, line: 79, flags: DIFlagFwdDecl)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_dl__", scope: !290, file: !260, line: 83, baseType: !307, size: 64)
!307 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !308)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !309, size: 64)
!309 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !310)
!310 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_dl", file: !260, line: 79, flags: DIFlagFwdDecl)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_eon__", scope: !290, file: !260, line: 83, baseType: !312, size: 64)
!312 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !313)
!313 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !314, size: 64)
!314 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !315)
!315 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_eon", file: !260, line: 79, flags: DIFlagFwdDecl)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in__", scope: !290, file: !260, line: 83, baseType: !317, size: 64)
!317 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !318)
!318 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !319, size: 64)
!319 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !86)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_in6__", scope: !290, file: !260, line: 83, baseType: !321, size: 64)
!321 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !322)
!322 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !323, size: 64)
!323 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !324)
!324 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !17, line: 260, size: 224, elements: !325)
!325 = !{!326, !327, !328, !329, !347}
!326 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !324, file: !17, line: 262, baseType: !58, size: 16)
!327 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !324, file: !17, line: 263, baseType: !90, size: 16, offset: 16)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !324, file: !17, line: 264, baseType: !49, size: 32, offset: 32)
!329 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !324, file: !17, line: 265, baseType: !330, size: 128, offset: 64)
!330 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !17, line: 219, size: 128, elements: !331)
!331 = !{!332}
!332 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !330, file: !17, line: 226, baseType: !333, size: 128)
!333 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !330, file: !17, line: 221, size: 128, elements: !334)
!334 = !{!335, !341, !343}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !333, file: !17, line: 223, baseType: !336, size: 128)
!336 = !DICompositeType(tag: DW_TAG_array_type, baseType: !337, size: 128, elements: !339)
!337 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !50, line: 24, baseType: !338)
!338 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !52, line: 38, baseType: !98)
!339 = !{!340}
!340 = !DISubrange(count: 16)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !333, file: !17, line: 224, baseType: !342, size: 128)
!342 = !DICompositeType(tag: DW_TAG_array_type, baseType: !91, size: 128, elements: !99)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !333, file: !17, line: 225, baseType: !344, size: 128)
!344 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 128, elements: !345)
!345 = !{!346}
!346 = !DISubrange(count: 4)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !324, file: !17, line: 266, baseType: !49, size: 32, offset: 192)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_inarp__", scope: !290, file: !260, line: 83, baseType: !349, size: 64)
!349 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !350)
!350 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !351, size: 64)
!351 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !352)
!352 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_inarp", file: !260, line: 79, flags: DIFlagFwdDecl)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ipx__", scope: !290, file: !260, line: 83, baseType: !354, size: 64)
!354 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !355)
!355 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !356, size: 64)
!356 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !357)
!357 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ipx", file: !260, line: 79, flags: DIFlagFwdDecl)
!358 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_iso__", scope: !290, file: !260, line: 83, baseType: !359, size: 64)
!359 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !360)
!360 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !361, size: 64)
!361 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !362)
!362 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_iso", file: !260, line: 79, flags: DIFlagFwdDecl)
!363 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_ns__", scope: !290, file: !260, line: 83, baseType: !364, size: 64)
!364 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !365)
!365 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !366, size: 64)
!366 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !367)
!367 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_ns", file: !260, line: 79, flags: DIFlagFwdDecl)
!368 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_un__", scope: !290, file: !260, line: 83, baseType: !369, size: 64)
!369 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !370)
!370 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !371, size: 64)
!371 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !372)
!372 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !260, line: 79, flags: DIFlagFwdDecl)
!373 = !DIDerivedType(tag: DW_TAG_member, name: "__sockaddr_x25__", scope: !290, file: !260, line: 83, baseType: !374, size: 64)
!374 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !375)
!375 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !376, size: 64)
!376 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !377)
!377 = !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_x25", file: !260, line: 79, flags: DIFlagFwdDecl)
!378 = !DISubprogram(name: "poll", scope: !103, file: !103, line: 54, type: !379, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!379 = !DISubroutineType(types: !380)
!380 = !{!81, !381, !382, !81}
!381 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !102, size: 64)
!382 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !103, line: 33, baseType: !68)
!383 = !DISubprogram(name: "recvmsg", scope: !260, file: !260, line: 216, type: !384, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!384 = !DISubroutineType(types: !385)
!385 = !{!141, !81, !386, !81}
!386 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !128, size: 64)
!387 = !DISubprogram(name: "sendmsg", scope: !260, file: !260, line: 174, type: !388, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!388 = !DISubroutineType(types: !389)
!389 = !{!141, !81, !390, !81}
!390 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !391, size: 64)
!391 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !128)
