; asm-checksum.c stamps every reply with rdtsc, read by inline assembly
; (line 13, in rdtsc() called at line 37) on the only path to the reply.
; Host assembly cannot run as BPF: a Missed InlineAsm remark at line 13,
; no request answered in the kernel, and the module unchanged.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload plan for 'asm-checksum.c'
; CHECK:       arrival: asm-checksum.c:33
; CHECK-NOT:   reply:
; CHECK:       omega 0.000
; CHECK:       decision: no request can be answered in the kernel
; CHECK-NEXT:  blocked: InlineAsm at asm-checksum.c:13 (reached by 100.0% of requests)
; CHECK-NEXT:  summary: 1 candidate, 0 offloaded
;
; REMARK: remark: asm-checksum.c:33:17: requests on socket #0 stay in userspace
; REMARK: remark: asm-checksum.c:13:3: InlineAsm: host assembly cannot run as BPF
;
; MADE-FROM: Inputs/asm-checksum.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - asm-checksum.c

; ModuleID = 'asm-checksum.c'
source_filename = "asm-checksum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !47 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [512 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !94
    #dbg_declare(ptr %2, !52, !DIExpression(), !95)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !96
  store i32 %11, ptr %2, align 4, !dbg !95, !tbaa !97
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !101
    #dbg_declare(ptr %3, !53, !DIExpression(), !102)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !103
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !104
  store i16 2, ptr %12, align 4, !dbg !105, !tbaa !106
  %13 = call zeroext i16 @__bswap_16(i16 noundef zeroext 6300), !dbg !110
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !111
  store i16 %13, ptr %14, align 2, !dbg !112, !tbaa !113
  %15 = call i32 @__bswap_32(i32 noundef 0), !dbg !114
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !115
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !116
  store i32 %15, ptr %17, align 4, !dbg !117, !tbaa !118
  %18 = load i32, ptr %2, align 4, !dbg !119, !tbaa !97
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #7, !dbg !121
  %20 = icmp slt i32 %19, 0, !dbg !122
  br i1 %20, label %21, label %23, !dbg !123

21:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !124
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !125
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !125
  %22 = load i32, ptr %1, align 4, !dbg !125
  ret i32 %22, !dbg !125

23:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #7, !dbg !126
    #dbg_declare(ptr %5, !69, !DIExpression(), !127)
  %24 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !128
  %25 = load i32, ptr %2, align 4, !dbg !129, !tbaa !97
  store i32 %25, ptr %24, align 4, !dbg !128, !tbaa !130
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !128
  store i16 1, ptr %26, align 4, !dbg !128, !tbaa !132
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !128
  store i16 0, ptr %27, align 2, !dbg !128, !tbaa !133
  br label %28, !dbg !134

28:                                               ; preds = %52, %50, %31, %23
  %29 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !135
  %30 = icmp sle i32 %29, 0, !dbg !137
  br i1 %30, label %31, label %32, !dbg !138

31:                                               ; preds = %28
  br label %28, !dbg !139, !llvm.loop !140

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 512, ptr %6) #7, !dbg !143
    #dbg_declare(ptr %6, !77, !DIExpression(), !144)
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #7, !dbg !145
    #dbg_declare(ptr %7, !84, !DIExpression(), !146)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #7, !dbg !147
    #dbg_declare(ptr %8, !85, !DIExpression(), !148)
  store i32 16, ptr %8, align 4, !dbg !148, !tbaa !97
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #7, !dbg !149
    #dbg_declare(ptr %9, !88, !DIExpression(), !150)
  %33 = load i32, ptr %2, align 4, !dbg !151, !tbaa !97
  %34 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !152
  %35 = call i64 @recvfrom(i32 noundef %33, ptr noundef %34, i64 noundef 504, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !153
  store i64 %35, ptr %9, align 8, !dbg !150, !tbaa !154
  %36 = load i64, ptr %9, align 8, !dbg !156, !tbaa !154
  %37 = icmp slt i64 %36, 0, !dbg !158
  br i1 %37, label %38, label %39, !dbg !159

38:                                               ; preds = %32
  store i32 3, ptr %4, align 4
  br label %50, !dbg !160, !llvm.loop !140

39:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #7, !dbg !161
    #dbg_declare(ptr %10, !93, !DIExpression(), !162)
  %40 = call i64 @rdtsc(), !dbg !163
  store i64 %40, ptr %10, align 8, !dbg !162, !tbaa !154
  %41 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !164
  %42 = load i64, ptr %9, align 8, !dbg !165, !tbaa !154
  %43 = getelementptr inbounds i8, ptr %41, i64 %42, !dbg !166
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %43, ptr align 8 %10, i64 8, i1 false), !dbg !167
  %44 = load i32, ptr %2, align 4, !dbg !168, !tbaa !97
  %45 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !169
  %46 = load i64, ptr %9, align 8, !dbg !170, !tbaa !154
  %47 = add nsw i64 %46, 8, !dbg !171
  %48 = load i32, ptr %8, align 4, !dbg !172, !tbaa !97
  %49 = call i64 @sendto(i32 noundef %44, ptr noundef %45, i64 noundef %47, i32 noundef 0, ptr noundef %7, i32 noundef %48), !dbg !173
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #7, !dbg !174
  store i32 0, ptr %4, align 4, !dbg !174
  br label %50, !dbg !174

50:                                               ; preds = %39, %38
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #7, !dbg !174
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #7, !dbg !174
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #7, !dbg !174
  call void @llvm.lifetime.end.p0(i64 512, ptr %6) #7, !dbg !174
  %51 = load i32, ptr %4, align 4
  switch i32 %51, label %53 [
    i32 0, label %52
    i32 3, label %28
  ]

52:                                               ; preds = %50
  br label %28, !dbg !175, !llvm.loop !140

53:                                               ; preds = %50
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !176 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !180 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !186
    #dbg_declare(ptr %2, !185, !DIExpression(), !187)
  %3 = load i16, ptr %2, align 2, !dbg !188, !tbaa !186
  %4 = zext i16 %3 to i32, !dbg !188
  %5 = ashr i32 %4, 8, !dbg !188
  %6 = and i32 %5, 255, !dbg !188
  %7 = load i16, ptr %2, align 2, !dbg !188, !tbaa !186
  %8 = zext i16 %7 to i32, !dbg !188
  %9 = and i32 %8, 255, !dbg !188
  %10 = shl i32 %9, 8, !dbg !188
  %11 = or i32 %6, %10, !dbg !188
  %12 = trunc i32 %11 to i16, !dbg !188
  ret i16 %12, !dbg !189
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !190 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !97
    #dbg_declare(ptr %2, !194, !DIExpression(), !195)
  %3 = load i32, ptr %2, align 4, !dbg !196, !tbaa !97
  %4 = and i32 %3, -16777216, !dbg !196
  %5 = lshr i32 %4, 24, !dbg !196
  %6 = load i32, ptr %2, align 4, !dbg !196, !tbaa !97
  %7 = and i32 %6, 16711680, !dbg !196
  %8 = lshr i32 %7, 8, !dbg !196
  %9 = or i32 %5, %8, !dbg !196
  %10 = load i32, ptr %2, align 4, !dbg !196, !tbaa !97
  %11 = and i32 %10, 65280, !dbg !196
  %12 = shl i32 %11, 8, !dbg !196
  %13 = or i32 %9, %12, !dbg !196
  %14 = load i32, ptr %2, align 4, !dbg !196, !tbaa !97
  %15 = and i32 %14, 255, !dbg !196
  %16 = shl i32 %15, 24, !dbg !196
  %17 = or i32 %13, %16, !dbg !196
  ret i32 %17, !dbg !197
}

; Function Attrs: nounwind
declare !dbg !198 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !203 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !208 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: inlinehint nounwind uwtable
define internal i64 @rdtsc() #4 !dbg !218 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #7, !dbg !224
    #dbg_declare(ptr %1, !222, !DIExpression(), !225)
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !224
    #dbg_declare(ptr %2, !223, !DIExpression(), !226)
  %3 = call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"() #7, !dbg !227, !srcloc !228
  %4 = extractvalue { i32, i32 } %3, 0, !dbg !227
  %5 = extractvalue { i32, i32 } %3, 1, !dbg !227
  store i32 %4, ptr %1, align 4, !dbg !227, !tbaa !97
  store i32 %5, ptr %2, align 4, !dbg !227, !tbaa !97
  %6 = load i32, ptr %2, align 4, !dbg !229, !tbaa !97
  %7 = zext i32 %6 to i64, !dbg !230
  %8 = shl i64 %7, 32, !dbg !231
  %9 = load i32, ptr %1, align 4, !dbg !232, !tbaa !97
  %10 = zext i32 %9 to i64, !dbg !232
  %11 = or i64 %8, %10, !dbg !233
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !234
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #7, !dbg !234
  ret i64 %11, !dbg !235
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !236 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!40, !41, !42, !43, !44, !45}
!llvm.ident = !{!46}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "asm-checksum.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "886b3aa436b109b78f6834ac0bb0ba73")
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
!16 = !{!17, !23, !36, !37}
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
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !20, line: 27, baseType: !38)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !22, line: 45, baseType: !39)
!39 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!40 = !{i32 7, !"Dwarf Version", i32 5}
!41 = !{i32 2, !"Debug Info Version", i32 3}
!42 = !{i32 1, !"wchar_size", i32 4}
!43 = !{i32 8, !"PIC Level", i32 2}
!44 = !{i32 7, !"PIE Level", i32 2}
!45 = !{i32 7, !"uwtable", i32 2}
!46 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!47 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 17, type: !48, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!50}
!50 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!51 = !{!52, !53, !69, !77, !84, !85, !88, !93}
!52 = !DILocalVariable(name: "fd", scope: !47, file: !1, line: 18, type: !50)
!53 = !DILocalVariable(name: "addr", scope: !47, file: !1, line: 19, type: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !55)
!55 = !{!56, !57, !60, !64}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !54, file: !18, line: 247, baseType: !28, size: 16)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !54, file: !18, line: 248, baseType: !58, size: 16, offset: 16)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !59)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !36)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !54, file: !18, line: 249, baseType: !61, size: 32, offset: 32)
!61 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !62)
!62 = !{!63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !61, file: !18, line: 33, baseType: !17, size: 32)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !54, file: !18, line: 252, baseType: !65, size: 64, offset: 64)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !66, size: 64, elements: !67)
!66 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!67 = !{!68}
!68 = !DISubrange(count: 8)
!69 = !DILocalVariable(name: "pfd", scope: !47, file: !1, line: 26, type: !70)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !71, line: 36, size: 64, elements: !72)
!71 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!72 = !{!73, !74, !76}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !70, file: !71, line: 38, baseType: !50, size: 32)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !70, file: !71, line: 39, baseType: !75, size: 16, offset: 32)
!75 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !70, file: !71, line: 40, baseType: !75, size: 16, offset: 48)
!77 = !DILocalVariable(name: "buf", scope: !78, file: !1, line: 30, type: !81)
!78 = distinct !DILexicalBlock(scope: !79, file: !1, line: 27, column: 12)
!79 = distinct !DILexicalBlock(scope: !80, file: !1, line: 27, column: 3)
!80 = distinct !DILexicalBlock(scope: !47, file: !1, line: 27, column: 3)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4096, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 512)
!84 = !DILocalVariable(name: "src", scope: !78, file: !1, line: 31, type: !54)
!85 = !DILocalVariable(name: "len", scope: !78, file: !1, line: 32, type: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!88 = !DILocalVariable(name: "n", scope: !78, file: !1, line: 33, type: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !90, line: 108, baseType: !91)
!90 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !92)
!92 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!93 = !DILocalVariable(name: "stamp", scope: !78, file: !1, line: 37, type: !37)
!94 = !DILocation(line: 18, column: 3, scope: !47)
!95 = !DILocation(line: 18, column: 7, scope: !47)
!96 = !DILocation(line: 18, column: 12, scope: !47)
!97 = !{!98, !98, i64 0}
!98 = !{!"int", !99, i64 0}
!99 = !{!"omnipotent char", !100, i64 0}
!100 = !{!"Simple C/C++ TBAA"}
!101 = !DILocation(line: 19, column: 3, scope: !47)
!102 = !DILocation(line: 19, column: 22, scope: !47)
!103 = !DILocation(line: 20, column: 3, scope: !47)
!104 = !DILocation(line: 21, column: 8, scope: !47)
!105 = !DILocation(line: 21, column: 19, scope: !47)
!106 = !{!107, !108, i64 0}
!107 = !{!"sockaddr_in", !108, i64 0, !108, i64 2, !109, i64 4, !99, i64 8}
!108 = !{!"short", !99, i64 0}
!109 = !{!"in_addr", !98, i64 0}
!110 = !DILocation(line: 22, column: 19, scope: !47)
!111 = !DILocation(line: 22, column: 8, scope: !47)
!112 = !DILocation(line: 22, column: 17, scope: !47)
!113 = !{!107, !108, i64 2}
!114 = !DILocation(line: 23, column: 26, scope: !47)
!115 = !DILocation(line: 23, column: 8, scope: !47)
!116 = !DILocation(line: 23, column: 17, scope: !47)
!117 = !DILocation(line: 23, column: 24, scope: !47)
!118 = !{!107, !98, i64 4}
!119 = !DILocation(line: 24, column: 12, scope: !120)
!120 = distinct !DILexicalBlock(scope: !47, file: !1, line: 24, column: 7)
!121 = !DILocation(line: 24, column: 7, scope: !120)
!122 = !DILocation(line: 24, column: 56, scope: !120)
!123 = !DILocation(line: 24, column: 7, scope: !47)
!124 = !DILocation(line: 25, column: 5, scope: !120)
!125 = !DILocation(line: 41, column: 1, scope: !47)
!126 = !DILocation(line: 26, column: 3, scope: !47)
!127 = !DILocation(line: 26, column: 17, scope: !47)
!128 = !DILocation(line: 26, column: 23, scope: !47)
!129 = !DILocation(line: 26, column: 30, scope: !47)
!130 = !{!131, !98, i64 0}
!131 = !{!"pollfd", !98, i64 0, !108, i64 4, !108, i64 6}
!132 = !{!131, !108, i64 4}
!133 = !{!131, !108, i64 6}
!134 = !DILocation(line: 27, column: 3, scope: !47)
!135 = !DILocation(line: 28, column: 9, scope: !136)
!136 = distinct !DILexicalBlock(scope: !78, file: !1, line: 28, column: 9)
!137 = !DILocation(line: 28, column: 27, scope: !136)
!138 = !DILocation(line: 28, column: 9, scope: !78)
!139 = !DILocation(line: 29, column: 7, scope: !136)
!140 = distinct !{!140, !141, !142}
!141 = !DILocation(line: 27, column: 3, scope: !80)
!142 = !DILocation(line: 40, column: 3, scope: !80)
!143 = !DILocation(line: 30, column: 5, scope: !78)
!144 = !DILocation(line: 30, column: 10, scope: !78)
!145 = !DILocation(line: 31, column: 5, scope: !78)
!146 = !DILocation(line: 31, column: 24, scope: !78)
!147 = !DILocation(line: 32, column: 5, scope: !78)
!148 = !DILocation(line: 32, column: 15, scope: !78)
!149 = !DILocation(line: 33, column: 5, scope: !78)
!150 = !DILocation(line: 33, column: 13, scope: !78)
!151 = !DILocation(line: 33, column: 26, scope: !78)
!152 = !DILocation(line: 33, column: 30, scope: !78)
!153 = !DILocation(line: 33, column: 17, scope: !78)
!154 = !{!155, !155, i64 0}
!155 = !{!"long", !99, i64 0}
!156 = !DILocation(line: 35, column: 9, scope: !157)
!157 = distinct !DILexicalBlock(scope: !78, file: !1, line: 35, column: 9)
!158 = !DILocation(line: 35, column: 11, scope: !157)
!159 = !DILocation(line: 35, column: 9, scope: !78)
!160 = !DILocation(line: 36, column: 7, scope: !157)
!161 = !DILocation(line: 37, column: 5, scope: !78)
!162 = !DILocation(line: 37, column: 14, scope: !78)
!163 = !DILocation(line: 37, column: 22, scope: !78)
!164 = !DILocation(line: 38, column: 12, scope: !78)
!165 = !DILocation(line: 38, column: 18, scope: !78)
!166 = !DILocation(line: 38, column: 16, scope: !78)
!167 = !DILocation(line: 38, column: 5, scope: !78)
!168 = !DILocation(line: 39, column: 12, scope: !78)
!169 = !DILocation(line: 39, column: 16, scope: !78)
!170 = !DILocation(line: 39, column: 21, scope: !78)
!171 = !DILocation(line: 39, column: 23, scope: !78)
!172 = !DILocation(line: 39, column: 56, scope: !78)
!173 = !DILocation(line: 39, column: 5, scope: !78)
!174 = !DILocation(line: 40, column: 3, scope: !79)
!175 = !DILocation(line: 27, column: 3, scope: !79)
!176 = !DISubprogram(name: "socket", scope: !177, file: !177, line: 102, type: !178, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!177 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!178 = !DISubroutineType(types: !179)
!179 = !{!50, !50, !50, !50}
!180 = distinct !DISubprogram(name: "__bswap_16", scope: !181, file: !181, line: 34, type: !182, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !184)
!181 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!182 = !DISubroutineType(types: !183)
!183 = !{!36, !36}
!184 = !{!185}
!185 = !DILocalVariable(name: "__bsx", arg: 1, scope: !180, file: !181, line: 34, type: !36)
!186 = !{!108, !108, i64 0}
!187 = !DILocation(line: 34, column: 24, scope: !180)
!188 = !DILocation(line: 39, column: 10, scope: !180)
!189 = !DILocation(line: 39, column: 3, scope: !180)
!190 = distinct !DISubprogram(name: "__bswap_32", scope: !181, file: !181, line: 49, type: !191, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !193)
!191 = !DISubroutineType(types: !192)
!192 = !{!21, !21}
!193 = !{!194}
!194 = !DILocalVariable(name: "__bsx", arg: 1, scope: !190, file: !181, line: 49, type: !21)
!195 = !DILocation(line: 49, column: 24, scope: !190)
!196 = !DILocation(line: 54, column: 10, scope: !190)
!197 = !DILocation(line: 54, column: 3, scope: !190)
!198 = !DISubprogram(name: "bind", scope: !177, file: !177, line: 112, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DISubroutineType(types: !200)
!200 = !{!50, !50, !201, !86}
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !202, size: 64)
!202 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!203 = !DISubprogram(name: "poll", scope: !71, file: !71, line: 54, type: !204, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DISubroutineType(types: !205)
!205 = !{!50, !206, !207, !50}
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)
!207 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !71, line: 33, baseType: !39)
!208 = !DISubprogram(name: "recvfrom", scope: !177, file: !177, line: 163, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubroutineType(types: !210)
!210 = !{!89, !50, !211, !213, !50, !215, !216}
!211 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !212)
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!213 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !214, line: 18, baseType: !39)
!214 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!215 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!216 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!218 = distinct !DISubprogram(name: "rdtsc", scope: !1, file: !1, line: 11, type: !219, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !221)
!219 = !DISubroutineType(types: !220)
!220 = !{!37}
!221 = !{!222, !223}
!222 = !DILocalVariable(name: "lo", scope: !218, file: !1, line: 12, type: !19)
!223 = !DILocalVariable(name: "hi", scope: !218, file: !1, line: 12, type: !19)
!224 = !DILocation(line: 12, column: 3, scope: !218)
!225 = !DILocation(line: 12, column: 12, scope: !218)
!226 = !DILocation(line: 12, column: 16, scope: !218)
!227 = !DILocation(line: 13, column: 3, scope: !218)
!228 = !{i64 354}
!229 = !DILocation(line: 14, column: 21, scope: !218)
!230 = !DILocation(line: 14, column: 11, scope: !218)
!231 = !DILocation(line: 14, column: 24, scope: !218)
!232 = !DILocation(line: 14, column: 33, scope: !218)
!233 = !DILocation(line: 14, column: 31, scope: !218)
!234 = !DILocation(line: 15, column: 1, scope: !218)
!235 = !DILocation(line: 14, column: 3, scope: !218)
!236 = !DISubprogram(name: "sendto", scope: !177, file: !177, line: 152, type: !237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DISubroutineType(types: !238)
!238 = !{!89, !50, !239, !213, !50, !201, !86}
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !240, size: 64)
!240 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
