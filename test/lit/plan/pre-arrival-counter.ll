; request-counter.c numbers its replies with a counter kept in a local of
; main ('answered', line 20) and incremented on the request path (line 31).
; The kernel cannot keep that local up to date, so every reply path is
; blocked at line 31; the merge of the paths that drop a short datagram
; (which pass the counter on unchanged) is not a use of it. The receive
; writes at buf + 4, which the generator does not produce (the receive
; buffer is the start of a local): a NotGenerated blocker at the receive
; blocks every path, so not even the drops stay in the kernel.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload plan for 'request-counter.c'
; CHECK:       arrival: request-counter.c:27
; CHECK-NOT:   reply:
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker
; CHECK-NEXT:  blocked: NotGenerated the receive buffer is not (the start of) a local array at request-counter.c:27 (
; CHECK-NEXT:  blocked: PreArrivalState loop-carried local 'answered' at request-counter.c:31 (
; CHECK-NEXT:  summary: 1 candidate, 0 offloaded
;
; REMARK: remark: request-counter.c:27:17: requests on socket #0 stay in userspace: no request can be answered in the kernel
; REMARK: remark: request-counter.c:27:17: NotGenerated (the receive buffer is not (the start of) a local array):
; REMARK: remark: request-counter.c:31:13: PreArrivalState (loop-carried local 'answered'):
;
; MADE-FROM: Inputs/request-counter.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - request-counter.c

; ModuleID = 'request-counter.c'
source_filename = "request-counter.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !44 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca i32, align 4
  %7 = alloca [512 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !91
    #dbg_declare(ptr %2, !49, !DIExpression(), !92)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !93
  store i32 %11, ptr %2, align 4, !dbg !92, !tbaa !94
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !98
    #dbg_declare(ptr %3, !50, !DIExpression(), !99)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !100
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !101
  store i16 2, ptr %12, align 4, !dbg !102, !tbaa !103
  %13 = call zeroext i16 @__bswap_16(i16 noundef zeroext 5400), !dbg !107
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !108
  store i16 %13, ptr %14, align 2, !dbg !109, !tbaa !110
  %15 = call i32 @__bswap_32(i32 noundef 0), !dbg !111
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !112
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !113
  store i32 %15, ptr %17, align 4, !dbg !114, !tbaa !115
  %18 = load i32, ptr %2, align 4, !dbg !116, !tbaa !94
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #7, !dbg !118
  %20 = icmp slt i32 %19, 0, !dbg !119
  br i1 %20, label %21, label %23, !dbg !120

21:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !121
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !122
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !122
  %22 = load i32, ptr %1, align 4, !dbg !122
  ret i32 %22, !dbg !122

23:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #7, !dbg !123
    #dbg_declare(ptr %5, !66, !DIExpression(), !124)
  %24 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !125
  %25 = load i32, ptr %2, align 4, !dbg !126, !tbaa !94
  store i32 %25, ptr %24, align 4, !dbg !125, !tbaa !127
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !125
  store i16 1, ptr %26, align 4, !dbg !125, !tbaa !129
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !125
  store i16 0, ptr %27, align 2, !dbg !125, !tbaa !130
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #7, !dbg !131
    #dbg_declare(ptr %6, !74, !DIExpression(), !132)
  store i32 0, ptr %6, align 4, !dbg !132, !tbaa !94
  call void @llvm.lifetime.start.p0(i64 512, ptr %7) #7, !dbg !133
    #dbg_declare(ptr %7, !75, !DIExpression(), !134)
  br label %28, !dbg !135

28:                                               ; preds = %52, %50, %31, %23
  %29 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !136
  %30 = icmp sle i32 %29, 0, !dbg !138
  br i1 %30, label %31, label %32, !dbg !139

31:                                               ; preds = %28
  br label %28, !dbg !140, !llvm.loop !141

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 16, ptr %8) #7, !dbg !144
    #dbg_declare(ptr %8, !79, !DIExpression(), !145)
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #7, !dbg !146
    #dbg_declare(ptr %9, !83, !DIExpression(), !147)
  store i32 16, ptr %9, align 4, !dbg !147, !tbaa !94
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #7, !dbg !148
    #dbg_declare(ptr %10, !86, !DIExpression(), !149)
  %33 = load i32, ptr %2, align 4, !dbg !150, !tbaa !94
  %34 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !151
  %35 = getelementptr inbounds i8, ptr %34, i64 4, !dbg !152
  %36 = call i64 @recvfrom(i32 noundef %33, ptr noundef %35, i64 noundef 508, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !153
  store i64 %36, ptr %10, align 8, !dbg !149, !tbaa !154
  %37 = load i64, ptr %10, align 8, !dbg !156, !tbaa !154
  %38 = icmp slt i64 %37, 2, !dbg !158
  br i1 %38, label %39, label %40, !dbg !159

39:                                               ; preds = %32
  store i32 3, ptr %4, align 4
  br label %50, !dbg !160, !llvm.loop !141

40:                                               ; preds = %32
  %41 = load i32, ptr %6, align 4, !dbg !161, !tbaa !94
  %42 = add i32 %41, 1, !dbg !161
  store i32 %42, ptr %6, align 4, !dbg !161, !tbaa !94
  %43 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !162
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %43, ptr align 4 %6, i64 4, i1 false), !dbg !162
  %44 = load i32, ptr %2, align 4, !dbg !163, !tbaa !94
  %45 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !164
  %46 = load i64, ptr %10, align 8, !dbg !165, !tbaa !154
  %47 = add nsw i64 %46, 4, !dbg !166
  %48 = load i32, ptr %9, align 4, !dbg !167, !tbaa !94
  %49 = call i64 @sendto(i32 noundef %44, ptr noundef %45, i64 noundef %47, i32 noundef 0, ptr noundef %8, i32 noundef %48), !dbg !168
  store i32 0, ptr %4, align 4, !dbg !169
  br label %50, !dbg !169

50:                                               ; preds = %40, %39
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #7, !dbg !169
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #7, !dbg !169
  call void @llvm.lifetime.end.p0(i64 16, ptr %8) #7, !dbg !169
  %51 = load i32, ptr %4, align 4
  switch i32 %51, label %53 [
    i32 0, label %52
    i32 3, label %28
  ]

52:                                               ; preds = %50
  br label %28, !dbg !170, !llvm.loop !141

53:                                               ; preds = %50
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !171 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !175 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !181
    #dbg_declare(ptr %2, !180, !DIExpression(), !182)
  %3 = load i16, ptr %2, align 2, !dbg !183, !tbaa !181
  %4 = zext i16 %3 to i32, !dbg !183
  %5 = ashr i32 %4, 8, !dbg !183
  %6 = and i32 %5, 255, !dbg !183
  %7 = load i16, ptr %2, align 2, !dbg !183, !tbaa !181
  %8 = zext i16 %7 to i32, !dbg !183
  %9 = and i32 %8, 255, !dbg !183
  %10 = shl i32 %9, 8, !dbg !183
  %11 = or i32 %6, %10, !dbg !183
  %12 = trunc i32 %11 to i16, !dbg !183
  ret i16 %12, !dbg !184
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !185 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !94
    #dbg_declare(ptr %2, !189, !DIExpression(), !190)
  %3 = load i32, ptr %2, align 4, !dbg !191, !tbaa !94
  %4 = and i32 %3, -16777216, !dbg !191
  %5 = lshr i32 %4, 24, !dbg !191
  %6 = load i32, ptr %2, align 4, !dbg !191, !tbaa !94
  %7 = and i32 %6, 16711680, !dbg !191
  %8 = lshr i32 %7, 8, !dbg !191
  %9 = or i32 %5, %8, !dbg !191
  %10 = load i32, ptr %2, align 4, !dbg !191, !tbaa !94
  %11 = and i32 %10, 65280, !dbg !191
  %12 = shl i32 %11, 8, !dbg !191
  %13 = or i32 %9, %12, !dbg !191
  %14 = load i32, ptr %2, align 4, !dbg !191, !tbaa !94
  %15 = and i32 %14, 255, !dbg !191
  %16 = shl i32 %15, 24, !dbg !191
  %17 = or i32 %13, %16, !dbg !191
  ret i32 %17, !dbg !192
}

; Function Attrs: nounwind
declare !dbg !193 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !198 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !204 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !214 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

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
!llvm.module.flags = !{!37, !38, !39, !40, !41, !42}
!llvm.ident = !{!43}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "request-counter.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "558d5250f24fd6a864fa72a64a96c697")
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
!16 = !{!17, !23, !36}
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
!37 = !{i32 7, !"Dwarf Version", i32 5}
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 1, !"wchar_size", i32 4}
!40 = !{i32 8, !"PIC Level", i32 2}
!41 = !{i32 7, !"PIE Level", i32 2}
!42 = !{i32 7, !"uwtable", i32 2}
!43 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!44 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 10, type: !45, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !48)
!45 = !DISubroutineType(types: !46)
!46 = !{!47}
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !{!49, !50, !66, !74, !75, !79, !83, !86}
!49 = !DILocalVariable(name: "fd", scope: !44, file: !1, line: 11, type: !47)
!50 = !DILocalVariable(name: "addr", scope: !44, file: !1, line: 12, type: !51)
!51 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !52)
!52 = !{!53, !54, !57, !61}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !51, file: !18, line: 247, baseType: !28, size: 16)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !51, file: !18, line: 248, baseType: !55, size: 16, offset: 16)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !56)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !36)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !51, file: !18, line: 249, baseType: !58, size: 32, offset: 32)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !59)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !58, file: !18, line: 33, baseType: !17, size: 32)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !51, file: !18, line: 252, baseType: !62, size: 64, offset: 64)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 64, elements: !64)
!63 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!64 = !{!65}
!65 = !DISubrange(count: 8)
!66 = !DILocalVariable(name: "pfd", scope: !44, file: !1, line: 19, type: !67)
!67 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !68, line: 36, size: 64, elements: !69)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!69 = !{!70, !71, !73}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !67, file: !68, line: 38, baseType: !47, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !67, file: !68, line: 39, baseType: !72, size: 16, offset: 32)
!72 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !67, file: !68, line: 40, baseType: !72, size: 16, offset: 48)
!74 = !DILocalVariable(name: "answered", scope: !44, file: !1, line: 20, type: !5)
!75 = !DILocalVariable(name: "buf", scope: !44, file: !1, line: 21, type: !76)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4096, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 512)
!79 = !DILocalVariable(name: "src", scope: !80, file: !1, line: 25, type: !51)
!80 = distinct !DILexicalBlock(scope: !81, file: !1, line: 22, column: 12)
!81 = distinct !DILexicalBlock(scope: !82, file: !1, line: 22, column: 3)
!82 = distinct !DILexicalBlock(scope: !44, file: !1, line: 22, column: 3)
!83 = !DILocalVariable(name: "len", scope: !80, file: !1, line: 26, type: !84)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !85)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!86 = !DILocalVariable(name: "n", scope: !80, file: !1, line: 27, type: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !88, line: 108, baseType: !89)
!88 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !90)
!90 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!91 = !DILocation(line: 11, column: 3, scope: !44)
!92 = !DILocation(line: 11, column: 7, scope: !44)
!93 = !DILocation(line: 11, column: 12, scope: !44)
!94 = !{!95, !95, i64 0}
!95 = !{!"int", !96, i64 0}
!96 = !{!"omnipotent char", !97, i64 0}
!97 = !{!"Simple C/C++ TBAA"}
!98 = !DILocation(line: 12, column: 3, scope: !44)
!99 = !DILocation(line: 12, column: 22, scope: !44)
!100 = !DILocation(line: 13, column: 3, scope: !44)
!101 = !DILocation(line: 14, column: 8, scope: !44)
!102 = !DILocation(line: 14, column: 19, scope: !44)
!103 = !{!104, !105, i64 0}
!104 = !{!"sockaddr_in", !105, i64 0, !105, i64 2, !106, i64 4, !96, i64 8}
!105 = !{!"short", !96, i64 0}
!106 = !{!"in_addr", !95, i64 0}
!107 = !DILocation(line: 15, column: 19, scope: !44)
!108 = !DILocation(line: 15, column: 8, scope: !44)
!109 = !DILocation(line: 15, column: 17, scope: !44)
!110 = !{!104, !105, i64 2}
!111 = !DILocation(line: 16, column: 26, scope: !44)
!112 = !DILocation(line: 16, column: 8, scope: !44)
!113 = !DILocation(line: 16, column: 17, scope: !44)
!114 = !DILocation(line: 16, column: 24, scope: !44)
!115 = !{!104, !95, i64 4}
!116 = !DILocation(line: 17, column: 12, scope: !117)
!117 = distinct !DILexicalBlock(scope: !44, file: !1, line: 17, column: 7)
!118 = !DILocation(line: 17, column: 7, scope: !117)
!119 = !DILocation(line: 17, column: 56, scope: !117)
!120 = !DILocation(line: 17, column: 7, scope: !44)
!121 = !DILocation(line: 18, column: 5, scope: !117)
!122 = !DILocation(line: 35, column: 1, scope: !44)
!123 = !DILocation(line: 19, column: 3, scope: !44)
!124 = !DILocation(line: 19, column: 17, scope: !44)
!125 = !DILocation(line: 19, column: 23, scope: !44)
!126 = !DILocation(line: 19, column: 30, scope: !44)
!127 = !{!128, !95, i64 0}
!128 = !{!"pollfd", !95, i64 0, !105, i64 4, !105, i64 6}
!129 = !{!128, !105, i64 4}
!130 = !{!128, !105, i64 6}
!131 = !DILocation(line: 20, column: 3, scope: !44)
!132 = !DILocation(line: 20, column: 12, scope: !44)
!133 = !DILocation(line: 21, column: 3, scope: !44)
!134 = !DILocation(line: 21, column: 8, scope: !44)
!135 = !DILocation(line: 22, column: 3, scope: !44)
!136 = !DILocation(line: 23, column: 9, scope: !137)
!137 = distinct !DILexicalBlock(scope: !80, file: !1, line: 23, column: 9)
!138 = !DILocation(line: 23, column: 27, scope: !137)
!139 = !DILocation(line: 23, column: 9, scope: !80)
!140 = !DILocation(line: 24, column: 7, scope: !137)
!141 = distinct !{!141, !142, !143}
!142 = !DILocation(line: 22, column: 3, scope: !82)
!143 = !DILocation(line: 34, column: 3, scope: !82)
!144 = !DILocation(line: 25, column: 5, scope: !80)
!145 = !DILocation(line: 25, column: 24, scope: !80)
!146 = !DILocation(line: 26, column: 5, scope: !80)
!147 = !DILocation(line: 26, column: 15, scope: !80)
!148 = !DILocation(line: 27, column: 5, scope: !80)
!149 = !DILocation(line: 27, column: 13, scope: !80)
!150 = !DILocation(line: 27, column: 26, scope: !80)
!151 = !DILocation(line: 27, column: 30, scope: !80)
!152 = !DILocation(line: 27, column: 34, scope: !80)
!153 = !DILocation(line: 27, column: 17, scope: !80)
!154 = !{!155, !155, i64 0}
!155 = !{!"long", !96, i64 0}
!156 = !DILocation(line: 29, column: 9, scope: !157)
!157 = distinct !DILexicalBlock(scope: !80, file: !1, line: 29, column: 9)
!158 = !DILocation(line: 29, column: 11, scope: !157)
!159 = !DILocation(line: 29, column: 9, scope: !80)
!160 = !DILocation(line: 30, column: 7, scope: !157)
!161 = !DILocation(line: 31, column: 13, scope: !80)
!162 = !DILocation(line: 32, column: 5, scope: !80)
!163 = !DILocation(line: 33, column: 12, scope: !80)
!164 = !DILocation(line: 33, column: 16, scope: !80)
!165 = !DILocation(line: 33, column: 21, scope: !80)
!166 = !DILocation(line: 33, column: 23, scope: !80)
!167 = !DILocation(line: 33, column: 56, scope: !80)
!168 = !DILocation(line: 33, column: 5, scope: !80)
!169 = !DILocation(line: 34, column: 3, scope: !81)
!170 = !DILocation(line: 22, column: 3, scope: !81)
!171 = !DISubprogram(name: "socket", scope: !172, file: !172, line: 102, type: !173, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!173 = !DISubroutineType(types: !174)
!174 = !{!47, !47, !47, !47}
!175 = distinct !DISubprogram(name: "__bswap_16", scope: !176, file: !176, line: 34, type: !177, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !179)
!176 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!177 = !DISubroutineType(types: !178)
!178 = !{!36, !36}
!179 = !{!180}
!180 = !DILocalVariable(name: "__bsx", arg: 1, scope: !175, file: !176, line: 34, type: !36)
!181 = !{!105, !105, i64 0}
!182 = !DILocation(line: 34, column: 24, scope: !175)
!183 = !DILocation(line: 39, column: 10, scope: !175)
!184 = !DILocation(line: 39, column: 3, scope: !175)
!185 = distinct !DISubprogram(name: "__bswap_32", scope: !176, file: !176, line: 49, type: !186, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !188)
!186 = !DISubroutineType(types: !187)
!187 = !{!21, !21}
!188 = !{!189}
!189 = !DILocalVariable(name: "__bsx", arg: 1, scope: !185, file: !176, line: 49, type: !21)
!190 = !DILocation(line: 49, column: 24, scope: !185)
!191 = !DILocation(line: 54, column: 10, scope: !185)
!192 = !DILocation(line: 54, column: 3, scope: !185)
!193 = !DISubprogram(name: "bind", scope: !172, file: !172, line: 112, type: !194, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!194 = !DISubroutineType(types: !195)
!195 = !{!47, !47, !196, !84}
!196 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !197, size: 64)
!197 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!198 = !DISubprogram(name: "poll", scope: !68, file: !68, line: 54, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DISubroutineType(types: !200)
!200 = !{!47, !201, !202, !47}
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !68, line: 33, baseType: !203)
!203 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!204 = !DISubprogram(name: "recvfrom", scope: !172, file: !172, line: 163, type: !205, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DISubroutineType(types: !206)
!206 = !{!87, !47, !207, !209, !47, !211, !212}
!207 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !208)
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !210, line: 18, baseType: !203)
!210 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!211 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!212 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !213)
!213 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64)
!214 = !DISubprogram(name: "sendto", scope: !172, file: !172, line: 152, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!215 = !DISubroutineType(types: !216)
!216 = !{!87, !47, !217, !209, !47, !196, !84}
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!218 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
