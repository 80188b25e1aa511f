; Hook choice for TCP: tcp-upper.c accepts connections (line 32) and
; answers each chunk read from one (line 13) with the same bytes in upper
; case (line 16). The reply must go back into the connection's byte stream:
; an sk_skb stream verdict program, the hook chosen and offloaded to
; (one read is one request). The upper-casing loop runs once per
; byte read, at most the 256 bytes of the buffer (line 14). End of stream
; (read returns 0) never reaches a stream verdict program, so the loop's
; exit to close() is not a fallback.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-analysis=koffload -pass-remarks=koffload -pass-remarks-missed=koffload-plan -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload plan for 'tcp-upper.c'
; CHECK-NEXT:  weights: static estimate
; CHECK-NEXT:  candidate #0: socket #1 tcp port 8080, event loop #0, hook sk_skb
; CHECK-NEXT:  hook-reason: TCP: replies must travel in the connection's byte stream; an sk_skb stream verdict program
; CHECK-NEXT:  arrival: tcp-upper.c:13
; CHECK-NEXT:  reply: tcp-upper.c:16
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload: omega 1.000 > rho {{[0-9.]+}} + margin 0.05
; CHECK-NOT:   fallback:
; CHECK:       loop: tcp-upper.c:14 bounded, at most 256 trips
; CHECK:       summary: 1 candidate, 1 offloaded
;
; REMARK: remark: tcp-upper.c:13:{{[0-9]+}}: offloading requests on socket #1 to sk_skb:
; REMARK: remark: tcp-upper.c:13:{{[0-9]+}}: hook sk_skb: TCP:
;
; MADE-FROM: Inputs/tcp-upper.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - tcp-upper.c

; ModuleID = 'tcp-upper.c'
source_filename = "tcp-upper.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !46 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !70
    #dbg_declare(ptr %2, !50, !DIExpression(), !71)
  %5 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #7, !dbg !72
  store i32 %5, ptr %2, align 4, !dbg !71, !tbaa !73
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !77
    #dbg_declare(ptr %3, !51, !DIExpression(), !78)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !79
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !80
  store i16 2, ptr %6, align 4, !dbg !81, !tbaa !82
  %7 = call zeroext i16 @__bswap_16(i16 noundef zeroext 8080), !dbg !86
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !87
  store i16 %7, ptr %8, align 2, !dbg !88, !tbaa !89
  %9 = call i32 @__bswap_32(i32 noundef 0), !dbg !90
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !91
  %11 = getelementptr inbounds %struct.in_addr, ptr %10, i32 0, i32 0, !dbg !92
  store i32 %9, ptr %11, align 4, !dbg !93, !tbaa !94
  %12 = load i32, ptr %2, align 4, !dbg !95, !tbaa !73
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #7, !dbg !97
  %14 = icmp slt i32 %13, 0, !dbg !98
  br i1 %14, label %19, label %15, !dbg !99

15:                                               ; preds = %0
  %16 = load i32, ptr %2, align 4, !dbg !100, !tbaa !73
  %17 = call i32 @listen(i32 noundef %16, i32 noundef 16) #7, !dbg !101
  %18 = icmp slt i32 %17, 0, !dbg !102
  br i1 %18, label %19, label %20, !dbg !103

19:                                               ; preds = %15, %0
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !104
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !104
  ret i32 1, !dbg !105

20:                                               ; preds = %15
  br label %21, !dbg !106

21:                                               ; preds = %28, %20
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #7, !dbg !107
    #dbg_declare(ptr %4, !66, !DIExpression(), !108)
  %22 = load i32, ptr %2, align 4, !dbg !109, !tbaa !73
  %23 = call i32 @accept(i32 noundef %22, ptr noundef null, ptr noundef null), !dbg !110
  store i32 %23, ptr %4, align 4, !dbg !108, !tbaa !73
  %24 = load i32, ptr %4, align 4, !dbg !111, !tbaa !73
  %25 = icmp sge i32 %24, 0, !dbg !113
  br i1 %25, label %26, label %28, !dbg !114

26:                                               ; preds = %21
  %27 = load i32, ptr %4, align 4, !dbg !115, !tbaa !73
  call void @serve(i32 noundef %27), !dbg !116
  br label %28, !dbg !116

28:                                               ; preds = %26, %21
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #7, !dbg !117
  br label %21, !dbg !118, !llvm.loop !119
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !122 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !126 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !132
    #dbg_declare(ptr %2, !131, !DIExpression(), !133)
  %3 = load i16, ptr %2, align 2, !dbg !134, !tbaa !132
  %4 = zext i16 %3 to i32, !dbg !134
  %5 = ashr i32 %4, 8, !dbg !134
  %6 = and i32 %5, 255, !dbg !134
  %7 = load i16, ptr %2, align 2, !dbg !134, !tbaa !132
  %8 = zext i16 %7 to i32, !dbg !134
  %9 = and i32 %8, 255, !dbg !134
  %10 = shl i32 %9, 8, !dbg !134
  %11 = or i32 %6, %10, !dbg !134
  %12 = trunc i32 %11 to i16, !dbg !134
  ret i16 %12, !dbg !135
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !136 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !73
    #dbg_declare(ptr %2, !140, !DIExpression(), !141)
  %3 = load i32, ptr %2, align 4, !dbg !142, !tbaa !73
  %4 = and i32 %3, -16777216, !dbg !142
  %5 = lshr i32 %4, 24, !dbg !142
  %6 = load i32, ptr %2, align 4, !dbg !142, !tbaa !73
  %7 = and i32 %6, 16711680, !dbg !142
  %8 = lshr i32 %7, 8, !dbg !142
  %9 = or i32 %5, %8, !dbg !142
  %10 = load i32, ptr %2, align 4, !dbg !142, !tbaa !73
  %11 = and i32 %10, 65280, !dbg !142
  %12 = shl i32 %11, 8, !dbg !142
  %13 = or i32 %9, %12, !dbg !142
  %14 = load i32, ptr %2, align 4, !dbg !142, !tbaa !73
  %15 = and i32 %14, 255, !dbg !142
  %16 = shl i32 %15, 24, !dbg !142
  %17 = or i32 %13, %16, !dbg !142
  ret i32 %17, !dbg !143
}

; Function Attrs: nounwind
declare !dbg !144 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind
declare !dbg !151 i32 @listen(i32 noundef, i32 noundef) #2

declare !dbg !154 i32 @accept(i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !160 {
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !73
    #dbg_declare(ptr %2, !164, !DIExpression(), !180)
  call void @llvm.lifetime.start.p0(i64 256, ptr %3) #7, !dbg !181
    #dbg_declare(ptr %3, !165, !DIExpression(), !182)
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #7, !dbg !183
    #dbg_declare(ptr %4, !169, !DIExpression(), !184)
  br label %8, !dbg !185

8:                                                ; preds = %37, %1
  %9 = load i32, ptr %2, align 4, !dbg !186, !tbaa !73
  %10 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !187
  %11 = call i64 @read(i32 noundef %9, ptr noundef %10, i64 noundef 256), !dbg !188
  store i64 %11, ptr %4, align 8, !dbg !189, !tbaa !190
  %12 = icmp sgt i64 %11, 0, !dbg !192
  br i1 %12, label %13, label %42, !dbg !185

13:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #7, !dbg !193
    #dbg_declare(ptr %5, !174, !DIExpression(), !194)
  store i64 0, ptr %5, align 8, !dbg !194, !tbaa !190
  br label %14, !dbg !193

14:                                               ; preds = %34, %13
  %15 = load i64, ptr %5, align 8, !dbg !195, !tbaa !190
  %16 = load i64, ptr %4, align 8, !dbg !196, !tbaa !190
  %17 = icmp slt i64 %15, %16, !dbg !197
  br i1 %17, label %19, label %18, !dbg !198

18:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #7, !dbg !199
  br label %37

19:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #7, !dbg !200
    #dbg_declare(ptr %6, !177, !DIExpression(), !200)
  %20 = call ptr @__ctype_toupper_loc() #8, !dbg !201
  %21 = load ptr, ptr %20, align 8, !dbg !201, !tbaa !203
  %22 = load i64, ptr %5, align 8, !dbg !201, !tbaa !190
  %23 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %22, !dbg !201
  %24 = load i8, ptr %23, align 1, !dbg !201, !tbaa !205
  %25 = zext i8 %24 to i32, !dbg !201
  %26 = sext i32 %25 to i64, !dbg !201
  %27 = getelementptr inbounds i32, ptr %21, i64 %26, !dbg !201
  %28 = load i32, ptr %27, align 4, !dbg !201, !tbaa !73
  store i32 %28, ptr %6, align 4, !dbg !201, !tbaa !73
  %29 = load i32, ptr %6, align 4, !dbg !200, !tbaa !73
  store i32 %29, ptr %7, align 4, !dbg !201, !tbaa !73
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #7, !dbg !206
  %30 = load i32, ptr %7, align 4, !dbg !200, !tbaa !73
  %31 = trunc i32 %30 to i8, !dbg !207
  %32 = load i64, ptr %5, align 8, !dbg !208, !tbaa !190
  %33 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 %32, !dbg !209
  store i8 %31, ptr %33, align 1, !dbg !210, !tbaa !205
  br label %34, !dbg !209

34:                                               ; preds = %19
  %35 = load i64, ptr %5, align 8, !dbg !211, !tbaa !190
  %36 = add nsw i64 %35, 1, !dbg !211
  store i64 %36, ptr %5, align 8, !dbg !211, !tbaa !190
  br label %14, !dbg !199, !llvm.loop !212

37:                                               ; preds = %18
  %38 = load i32, ptr %2, align 4, !dbg !215, !tbaa !73
  %39 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !216
  %40 = load i64, ptr %4, align 8, !dbg !217, !tbaa !190
  %41 = call i64 @write(i32 noundef %38, ptr noundef %39, i64 noundef %40), !dbg !218
  br label %8, !dbg !185, !llvm.loop !219

42:                                               ; preds = %8
  %43 = load i32, ptr %2, align 4, !dbg !221, !tbaa !73
  %44 = call i32 @close(i32 noundef %43), !dbg !222
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #7, !dbg !223
  call void @llvm.lifetime.end.p0(i64 256, ptr %3) #7, !dbg !223
  ret void, !dbg !223
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !224 i64 @read(i32 noundef, ptr noundef, i64 noundef) #5

; Function Attrs: nounwind willreturn memory(none)
declare !dbg !232 ptr @__ctype_toupper_loc() #6

declare !dbg !240 i64 @write(i32 noundef, ptr noundef, i64 noundef) #5

declare !dbg !245 i32 @close(i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!39, !40, !41, !42, !43, !44}
!llvm.ident = !{!45}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "tcp-upper.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d48b46b873f66427b2871fe5a787229f")
!2 = !{!3}
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
!16 = !{!17, !23, !36, !33, !37, !38}
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !18, line: 30, baseType: !19)
!18 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !20, line: 26, baseType: !21)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !22, line: 42, baseType: !5)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !25, line: 183, size: 128, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!26 = !{!27, !31}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !24, file: !25, line: 185, baseType: !28, size: 16)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !29, line: 28, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !24, file: !25, line: 186, baseType: !32, size: 112, offset: 16)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 112, elements: !34)
!33 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!34 = !{!35}
!35 = !DISubrange(count: 14)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !22, line: 40, baseType: !30)
!37 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!38 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!39 = !{i32 7, !"Dwarf Version", i32 5}
!40 = !{i32 2, !"Debug Info Version", i32 3}
!41 = !{i32 1, !"wchar_size", i32 4}
!42 = !{i32 8, !"PIC Level", i32 2}
!43 = !{i32 7, !"PIE Level", i32 2}
!44 = !{i32 7, !"uwtable", i32 2}
!45 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!46 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 21, type: !47, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !49)
!47 = !DISubroutineType(types: !48)
!48 = !{!37}
!49 = !{!50, !51, !66}
!50 = !DILocalVariable(name: "lfd", scope: !46, file: !1, line: 22, type: !37)
!51 = !DILocalVariable(name: "addr", scope: !46, file: !1, line: 23, type: !52)
!52 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !53)
!53 = !{!54, !55, !58, !62}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !52, file: !18, line: 247, baseType: !28, size: 16)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !52, file: !18, line: 248, baseType: !56, size: 16, offset: 16)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !57)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !36)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !52, file: !18, line: 249, baseType: !59, size: 32, offset: 32)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !60)
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !59, file: !18, line: 33, baseType: !17, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !52, file: !18, line: 252, baseType: !63, size: 64, offset: 64)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 64, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 8)
!66 = !DILocalVariable(name: "conn", scope: !67, file: !1, line: 32, type: !37)
!67 = distinct !DILexicalBlock(scope: !68, file: !1, line: 31, column: 12)
!68 = distinct !DILexicalBlock(scope: !69, file: !1, line: 31, column: 3)
!69 = distinct !DILexicalBlock(scope: !46, file: !1, line: 31, column: 3)
!70 = !DILocation(line: 22, column: 3, scope: !46)
!71 = !DILocation(line: 22, column: 7, scope: !46)
!72 = !DILocation(line: 22, column: 13, scope: !46)
!73 = !{!74, !74, i64 0}
!74 = !{!"int", !75, i64 0}
!75 = !{!"omnipotent char", !76, i64 0}
!76 = !{!"Simple C/C++ TBAA"}
!77 = !DILocation(line: 23, column: 3, scope: !46)
!78 = !DILocation(line: 23, column: 22, scope: !46)
!79 = !DILocation(line: 24, column: 3, scope: !46)
!80 = !DILocation(line: 25, column: 8, scope: !46)
!81 = !DILocation(line: 25, column: 19, scope: !46)
!82 = !{!83, !84, i64 0}
!83 = !{!"sockaddr_in", !84, i64 0, !84, i64 2, !85, i64 4, !75, i64 8}
!84 = !{!"short", !75, i64 0}
!85 = !{!"in_addr", !74, i64 0}
!86 = !DILocation(line: 26, column: 19, scope: !46)
!87 = !DILocation(line: 26, column: 8, scope: !46)
!88 = !DILocation(line: 26, column: 17, scope: !46)
!89 = !{!83, !84, i64 2}
!90 = !DILocation(line: 27, column: 26, scope: !46)
!91 = !DILocation(line: 27, column: 8, scope: !46)
!92 = !DILocation(line: 27, column: 17, scope: !46)
!93 = !DILocation(line: 27, column: 24, scope: !46)
!94 = !{!83, !74, i64 4}
!95 = !DILocation(line: 28, column: 12, scope: !96)
!96 = distinct !DILexicalBlock(scope: !46, file: !1, line: 28, column: 7)
!97 = !DILocation(line: 28, column: 7, scope: !96)
!98 = !DILocation(line: 28, column: 57, scope: !96)
!99 = !DILocation(line: 28, column: 61, scope: !96)
!100 = !DILocation(line: 29, column: 14, scope: !96)
!101 = !DILocation(line: 29, column: 7, scope: !96)
!102 = !DILocation(line: 29, column: 23, scope: !96)
!103 = !DILocation(line: 28, column: 7, scope: !46)
!104 = !DILocation(line: 36, column: 1, scope: !46)
!105 = !DILocation(line: 30, column: 5, scope: !96)
!106 = !DILocation(line: 31, column: 3, scope: !46)
!107 = !DILocation(line: 32, column: 5, scope: !67)
!108 = !DILocation(line: 32, column: 9, scope: !67)
!109 = !DILocation(line: 32, column: 23, scope: !67)
!110 = !DILocation(line: 32, column: 16, scope: !67)
!111 = !DILocation(line: 33, column: 9, scope: !112)
!112 = distinct !DILexicalBlock(scope: !67, file: !1, line: 33, column: 9)
!113 = !DILocation(line: 33, column: 14, scope: !112)
!114 = !DILocation(line: 33, column: 9, scope: !67)
!115 = !DILocation(line: 34, column: 13, scope: !112)
!116 = !DILocation(line: 34, column: 7, scope: !112)
!117 = !DILocation(line: 35, column: 3, scope: !68)
!118 = !DILocation(line: 31, column: 3, scope: !68)
!119 = distinct !{!119, !120, !121}
!120 = !DILocation(line: 31, column: 3, scope: !69)
!121 = !DILocation(line: 35, column: 3, scope: !69)
!122 = !DISubprogram(name: "socket", scope: !123, file: !123, line: 102, type: !124, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!123 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!124 = !DISubroutineType(types: !125)
!125 = !{!37, !37, !37, !37}
!126 = distinct !DISubprogram(name: "__bswap_16", scope: !127, file: !127, line: 34, type: !128, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !130)
!127 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!128 = !DISubroutineType(types: !129)
!129 = !{!36, !36}
!130 = !{!131}
!131 = !DILocalVariable(name: "__bsx", arg: 1, scope: !126, file: !127, line: 34, type: !36)
!132 = !{!84, !84, i64 0}
!133 = !DILocation(line: 34, column: 24, scope: !126)
!134 = !DILocation(line: 39, column: 10, scope: !126)
!135 = !DILocation(line: 39, column: 3, scope: !126)
!136 = distinct !DISubprogram(name: "__bswap_32", scope: !127, file: !127, line: 49, type: !137, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !139)
!137 = !DISubroutineType(types: !138)
!138 = !{!21, !21}
!139 = !{!140}
!140 = !DILocalVariable(name: "__bsx", arg: 1, scope: !136, file: !127, line: 49, type: !21)
!141 = !DILocation(line: 49, column: 24, scope: !136)
!142 = !DILocation(line: 54, column: 10, scope: !136)
!143 = !DILocation(line: 54, column: 3, scope: !136)
!144 = !DISubprogram(name: "bind", scope: !123, file: !123, line: 112, type: !145, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!145 = !DISubroutineType(types: !146)
!146 = !{!37, !37, !147, !149}
!147 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !148, size: 64)
!148 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !150)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!151 = !DISubprogram(name: "listen", scope: !123, file: !123, line: 296, type: !152, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!152 = !DISubroutineType(types: !153)
!153 = !{!37, !37, !37}
!154 = !DISubprogram(name: "accept", scope: !123, file: !123, line: 306, type: !155, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!155 = !DISubroutineType(types: !156)
!156 = !{!37, !37, !157, !158}
!157 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!158 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !159)
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !149, size: 64)
!160 = distinct !DISubprogram(name: "serve", scope: !1, file: !1, line: 10, type: !161, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !163)
!161 = !DISubroutineType(types: !162)
!162 = !{null, !37}
!163 = !{!164, !165, !169, !174, !177}
!164 = !DILocalVariable(name: "conn", arg: 1, scope: !160, file: !1, line: 10, type: !37)
!165 = !DILocalVariable(name: "buf", scope: !160, file: !1, line: 11, type: !166)
!166 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 2048, elements: !167)
!167 = !{!168}
!168 = !DISubrange(count: 256)
!169 = !DILocalVariable(name: "n", scope: !160, file: !1, line: 12, type: !170)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !171, line: 108, baseType: !172)
!171 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !173)
!173 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!174 = !DILocalVariable(name: "i", scope: !175, file: !1, line: 14, type: !170)
!175 = distinct !DILexicalBlock(scope: !176, file: !1, line: 14, column: 5)
!176 = distinct !DILexicalBlock(scope: !160, file: !1, line: 13, column: 50)
!177 = !DILocalVariable(name: "__res", scope: !178, file: !1, line: 15, type: !37)
!178 = distinct !DILexicalBlock(scope: !179, file: !1, line: 15, column: 22)
!179 = distinct !DILexicalBlock(scope: !175, file: !1, line: 14, column: 5)
!180 = !DILocation(line: 10, column: 23, scope: !160)
!181 = !DILocation(line: 11, column: 3, scope: !160)
!182 = !DILocation(line: 11, column: 8, scope: !160)
!183 = !DILocation(line: 12, column: 3, scope: !160)
!184 = !DILocation(line: 12, column: 11, scope: !160)
!185 = !DILocation(line: 13, column: 3, scope: !160)
!186 = !DILocation(line: 13, column: 20, scope: !160)
!187 = !DILocation(line: 13, column: 26, scope: !160)
!188 = !DILocation(line: 13, column: 15, scope: !160)
!189 = !DILocation(line: 13, column: 13, scope: !160)
!190 = !{!191, !191, i64 0}
!191 = !{!"long", !75, i64 0}
!192 = !DILocation(line: 13, column: 45, scope: !160)
!193 = !DILocation(line: 14, column: 10, scope: !175)
!194 = !DILocation(line: 14, column: 18, scope: !175)
!195 = !DILocation(line: 14, column: 25, scope: !179)
!196 = !DILocation(line: 14, column: 29, scope: !179)
!197 = !DILocation(line: 14, column: 27, scope: !179)
!198 = !DILocation(line: 14, column: 5, scope: !175)
!199 = !DILocation(line: 14, column: 5, scope: !179)
!200 = !DILocation(line: 15, column: 22, scope: !178)
!201 = !DILocation(line: 15, column: 22, scope: !202)
!202 = distinct !DILexicalBlock(scope: !178, file: !1, line: 15, column: 22)
!203 = !{!204, !204, i64 0}
!204 = !{!"any pointer", !75, i64 0}
!205 = !{!75, !75, i64 0}
!206 = !DILocation(line: 15, column: 22, scope: !179)
!207 = !DILocation(line: 15, column: 16, scope: !179)
!208 = !DILocation(line: 15, column: 11, scope: !179)
!209 = !DILocation(line: 15, column: 7, scope: !179)
!210 = !DILocation(line: 15, column: 14, scope: !179)
!211 = !DILocation(line: 14, column: 33, scope: !179)
!212 = distinct !{!212, !198, !213, !214}
!213 = !DILocation(line: 15, column: 22, scope: !175)
!214 = !{!"llvm.loop.mustprogress"}
!215 = !DILocation(line: 16, column: 11, scope: !176)
!216 = !DILocation(line: 16, column: 17, scope: !176)
!217 = !DILocation(line: 16, column: 22, scope: !176)
!218 = !DILocation(line: 16, column: 5, scope: !176)
!219 = distinct !{!219, !185, !220, !214}
!220 = !DILocation(line: 17, column: 3, scope: !160)
!221 = !DILocation(line: 18, column: 9, scope: !160)
!222 = !DILocation(line: 18, column: 3, scope: !160)
!223 = !DILocation(line: 19, column: 1, scope: !160)
!224 = !DISubprogram(name: "read", scope: !225, file: !225, line: 371, type: !226, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!225 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!226 = !DISubroutineType(types: !227)
!227 = !{!170, !37, !228, !229}
!228 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!229 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !230, line: 18, baseType: !231)
!230 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!231 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!232 = !DISubprogram(name: "__ctype_toupper_loc", scope: !233, file: !233, line: 83, type: !234, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!233 = !DIFile(filename: "/usr/include/ctype.h", directory: "", checksumkind: CSK_MD5, checksum: "3ab3dd7fdf2578005732722ee2393e59")
!234 = !DISubroutineType(types: !235)
!235 = !{!236}
!236 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !237, size: 64)
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !238, size: 64)
!238 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !239)
!239 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int32_t", file: !22, line: 41, baseType: !37)
!240 = !DISubprogram(name: "write", scope: !225, file: !225, line: 378, type: !241, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!241 = !DISubroutineType(types: !242)
!242 = !{!170, !37, !243, !229}
!243 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !244, size: 64)
!244 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!245 = !DISubprogram(name: "close", scope: !225, file: !225, line: 358, type: !246, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!246 = !DISubroutineType(types: !247)
!247 = !{!37, !37}
