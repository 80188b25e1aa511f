; one-shot.c receives one datagram (line 20), answers it and exits: there
; is no event loop, so there is nothing to offload. The planner says so in
; a Missed remark at the receive, prints it as a note, and leaves the
; module as it was.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload plan for 'one-shot.c'
; CHECK-NEXT:  weights: static estimate
; CHECK-NEXT:  note: ArrivalNotPlanned: the receive is not in an event loop {{.*}}; not offloaded (one-shot.c:20)
; CHECK-NEXT:  summary: 0 candidates, 0 offloaded
;
; REMARK: remark: one-shot.c:20:15: the receive is not in an event loop
;
; MADE-FROM: Inputs/one-shot.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - one-shot.c

; ModuleID = 'one-shot.c'
source_filename = "one-shot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !44 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca [512 x i8], align 16
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !79
    #dbg_declare(ptr %2, !49, !DIExpression(), !80)
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !81
  store i32 %9, ptr %2, align 4, !dbg !80, !tbaa !82
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !86
    #dbg_declare(ptr %3, !50, !DIExpression(), !87)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !88
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !89
  store i16 2, ptr %10, align 4, !dbg !90, !tbaa !91
  %11 = call zeroext i16 @__bswap_16(i16 noundef zeroext 6100), !dbg !95
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !96
  store i16 %11, ptr %12, align 2, !dbg !97, !tbaa !98
  %13 = call i32 @__bswap_32(i32 noundef 0), !dbg !99
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !100
  %15 = getelementptr inbounds %struct.in_addr, ptr %14, i32 0, i32 0, !dbg !101
  store i32 %13, ptr %15, align 4, !dbg !102, !tbaa !103
  %16 = load i32, ptr %2, align 4, !dbg !104, !tbaa !82
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %3, i32 noundef 16) #6, !dbg !106
  %18 = icmp slt i32 %17, 0, !dbg !107
  br i1 %18, label %19, label %20, !dbg !108

19:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !109
  store i32 1, ptr %4, align 4
  br label %35, !dbg !109

20:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 512, ptr %5) #6, !dbg !110
    #dbg_declare(ptr %5, !66, !DIExpression(), !111)
  call void @llvm.lifetime.start.p0(i64 16, ptr %6) #6, !dbg !112
    #dbg_declare(ptr %6, !70, !DIExpression(), !113)
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6, !dbg !114
    #dbg_declare(ptr %7, !71, !DIExpression(), !115)
  store i32 16, ptr %7, align 4, !dbg !115, !tbaa !82
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6, !dbg !116
    #dbg_declare(ptr %8, !74, !DIExpression(), !117)
  %21 = load i32, ptr %2, align 4, !dbg !118, !tbaa !82
  %22 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !119
  %23 = call i64 @recvfrom(i32 noundef %21, ptr noundef %22, i64 noundef 512, i32 noundef 0, ptr noundef %6, ptr noundef %7), !dbg !120
  store i64 %23, ptr %8, align 8, !dbg !117, !tbaa !121
  %24 = load i64, ptr %8, align 8, !dbg !123, !tbaa !121
  %25 = icmp sgt i64 %24, 0, !dbg !125
  br i1 %25, label %26, label %32, !dbg !126

26:                                               ; preds = %20
  %27 = load i32, ptr %2, align 4, !dbg !127, !tbaa !82
  %28 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !128
  %29 = load i64, ptr %8, align 8, !dbg !129, !tbaa !121
  %30 = load i32, ptr %7, align 4, !dbg !130, !tbaa !82
  %31 = call i64 @sendto(i32 noundef %27, ptr noundef %28, i64 noundef %29, i32 noundef 0, ptr noundef %6, i32 noundef %30), !dbg !131
  br label %32, !dbg !131

32:                                               ; preds = %26, %20
  %33 = load i32, ptr %2, align 4, !dbg !132, !tbaa !82
  %34 = call i32 @close(i32 noundef %33), !dbg !133
  store i32 0, ptr %1, align 4, !dbg !134
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6, !dbg !135
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6, !dbg !135
  call void @llvm.lifetime.end.p0(i64 16, ptr %6) #6, !dbg !135
  call void @llvm.lifetime.end.p0(i64 512, ptr %5) #6, !dbg !135
  br label %35

35:                                               ; preds = %32, %19
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !135
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !135
  %36 = load i32, ptr %1, align 4, !dbg !135
  ret i32 %36, !dbg !135
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !136 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !140 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !146
    #dbg_declare(ptr %2, !145, !DIExpression(), !147)
  %3 = load i16, ptr %2, align 2, !dbg !148, !tbaa !146
  %4 = zext i16 %3 to i32, !dbg !148
  %5 = ashr i32 %4, 8, !dbg !148
  %6 = and i32 %5, 255, !dbg !148
  %7 = load i16, ptr %2, align 2, !dbg !148, !tbaa !146
  %8 = zext i16 %7 to i32, !dbg !148
  %9 = and i32 %8, 255, !dbg !148
  %10 = shl i32 %9, 8, !dbg !148
  %11 = or i32 %6, %10, !dbg !148
  %12 = trunc i32 %11 to i16, !dbg !148
  ret i16 %12, !dbg !149
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !150 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !82
    #dbg_declare(ptr %2, !154, !DIExpression(), !155)
  %3 = load i32, ptr %2, align 4, !dbg !156, !tbaa !82
  %4 = and i32 %3, -16777216, !dbg !156
  %5 = lshr i32 %4, 24, !dbg !156
  %6 = load i32, ptr %2, align 4, !dbg !156, !tbaa !82
  %7 = and i32 %6, 16711680, !dbg !156
  %8 = lshr i32 %7, 8, !dbg !156
  %9 = or i32 %5, %8, !dbg !156
  %10 = load i32, ptr %2, align 4, !dbg !156, !tbaa !82
  %11 = and i32 %10, 65280, !dbg !156
  %12 = shl i32 %11, 8, !dbg !156
  %13 = or i32 %9, %12, !dbg !156
  %14 = load i32, ptr %2, align 4, !dbg !156, !tbaa !82
  %15 = and i32 %14, 255, !dbg !156
  %16 = shl i32 %15, 24, !dbg !156
  %17 = or i32 %13, %16, !dbg !156
  ret i32 %17, !dbg !157
}

; Function Attrs: nounwind
declare !dbg !158 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !163 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !174 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !179 i32 @close(i32 noundef) #5

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
!llvm.module.flags = !{!37, !38, !39, !40, !41, !42}
!llvm.ident = !{!43}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "one-shot.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d51559f476f94f2eded92a2059fc736d")
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
!44 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 8, type: !45, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !48)
!45 = !DISubroutineType(types: !46)
!46 = !{!47}
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !{!49, !50, !66, !70, !71, !74}
!49 = !DILocalVariable(name: "fd", scope: !44, file: !1, line: 9, type: !47)
!50 = !DILocalVariable(name: "addr", scope: !44, file: !1, line: 10, type: !51)
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
!66 = !DILocalVariable(name: "buf", scope: !44, file: !1, line: 17, type: !67)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4096, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 512)
!70 = !DILocalVariable(name: "src", scope: !44, file: !1, line: 18, type: !51)
!71 = !DILocalVariable(name: "len", scope: !44, file: !1, line: 19, type: !72)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!74 = !DILocalVariable(name: "n", scope: !44, file: !1, line: 20, type: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !76, line: 108, baseType: !77)
!76 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !78)
!78 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!79 = !DILocation(line: 9, column: 3, scope: !44)
!80 = !DILocation(line: 9, column: 7, scope: !44)
!81 = !DILocation(line: 9, column: 12, scope: !44)
!82 = !{!83, !83, i64 0}
!83 = !{!"int", !84, i64 0}
!84 = !{!"omnipotent char", !85, i64 0}
!85 = !{!"Simple C/C++ TBAA"}
!86 = !DILocation(line: 10, column: 3, scope: !44)
!87 = !DILocation(line: 10, column: 22, scope: !44)
!88 = !DILocation(line: 11, column: 3, scope: !44)
!89 = !DILocation(line: 12, column: 8, scope: !44)
!90 = !DILocation(line: 12, column: 19, scope: !44)
!91 = !{!92, !93, i64 0}
!92 = !{!"sockaddr_in", !93, i64 0, !93, i64 2, !94, i64 4, !84, i64 8}
!93 = !{!"short", !84, i64 0}
!94 = !{!"in_addr", !83, i64 0}
!95 = !DILocation(line: 13, column: 19, scope: !44)
!96 = !DILocation(line: 13, column: 8, scope: !44)
!97 = !DILocation(line: 13, column: 17, scope: !44)
!98 = !{!92, !93, i64 2}
!99 = !DILocation(line: 14, column: 26, scope: !44)
!100 = !DILocation(line: 14, column: 8, scope: !44)
!101 = !DILocation(line: 14, column: 17, scope: !44)
!102 = !DILocation(line: 14, column: 24, scope: !44)
!103 = !{!92, !83, i64 4}
!104 = !DILocation(line: 15, column: 12, scope: !105)
!105 = distinct !DILexicalBlock(scope: !44, file: !1, line: 15, column: 7)
!106 = !DILocation(line: 15, column: 7, scope: !105)
!107 = !DILocation(line: 15, column: 56, scope: !105)
!108 = !DILocation(line: 15, column: 7, scope: !44)
!109 = !DILocation(line: 16, column: 5, scope: !105)
!110 = !DILocation(line: 17, column: 3, scope: !44)
!111 = !DILocation(line: 17, column: 8, scope: !44)
!112 = !DILocation(line: 18, column: 3, scope: !44)
!113 = !DILocation(line: 18, column: 22, scope: !44)
!114 = !DILocation(line: 19, column: 3, scope: !44)
!115 = !DILocation(line: 19, column: 13, scope: !44)
!116 = !DILocation(line: 20, column: 3, scope: !44)
!117 = !DILocation(line: 20, column: 11, scope: !44)
!118 = !DILocation(line: 20, column: 24, scope: !44)
!119 = !DILocation(line: 20, column: 28, scope: !44)
!120 = !DILocation(line: 20, column: 15, scope: !44)
!121 = !{!122, !122, i64 0}
!122 = !{!"long", !84, i64 0}
!123 = !DILocation(line: 21, column: 7, scope: !124)
!124 = distinct !DILexicalBlock(scope: !44, file: !1, line: 21, column: 7)
!125 = !DILocation(line: 21, column: 9, scope: !124)
!126 = !DILocation(line: 21, column: 7, scope: !44)
!127 = !DILocation(line: 22, column: 12, scope: !124)
!128 = !DILocation(line: 22, column: 16, scope: !124)
!129 = !DILocation(line: 22, column: 21, scope: !124)
!130 = !DILocation(line: 22, column: 52, scope: !124)
!131 = !DILocation(line: 22, column: 5, scope: !124)
!132 = !DILocation(line: 23, column: 9, scope: !44)
!133 = !DILocation(line: 23, column: 3, scope: !44)
!134 = !DILocation(line: 24, column: 3, scope: !44)
!135 = !DILocation(line: 25, column: 1, scope: !44)
!136 = !DISubprogram(name: "socket", scope: !137, file: !137, line: 102, type: !138, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!137 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!138 = !DISubroutineType(types: !139)
!139 = !{!47, !47, !47, !47}
!140 = distinct !DISubprogram(name: "__bswap_16", scope: !141, file: !141, line: 34, type: !142, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !144)
!141 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!142 = !DISubroutineType(types: !143)
!143 = !{!36, !36}
!144 = !{!145}
!145 = !DILocalVariable(name: "__bsx", arg: 1, scope: !140, file: !141, line: 34, type: !36)
!146 = !{!93, !93, i64 0}
!147 = !DILocation(line: 34, column: 24, scope: !140)
!148 = !DILocation(line: 39, column: 10, scope: !140)
!149 = !DILocation(line: 39, column: 3, scope: !140)
!150 = distinct !DISubprogram(name: "__bswap_32", scope: !141, file: !141, line: 49, type: !151, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !153)
!151 = !DISubroutineType(types: !152)
!152 = !{!21, !21}
!153 = !{!154}
!154 = !DILocalVariable(name: "__bsx", arg: 1, scope: !150, file: !141, line: 49, type: !21)
!155 = !DILocation(line: 49, column: 24, scope: !150)
!156 = !DILocation(line: 54, column: 10, scope: !150)
!157 = !DILocation(line: 54, column: 3, scope: !150)
!158 = !DISubprogram(name: "bind", scope: !137, file: !137, line: 112, type: !159, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!159 = !DISubroutineType(types: !160)
!160 = !{!47, !47, !161, !72}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !162, size: 64)
!162 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!163 = !DISubprogram(name: "recvfrom", scope: !137, file: !137, line: 163, type: !164, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!164 = !DISubroutineType(types: !165)
!165 = !{!75, !47, !166, !168, !47, !171, !172}
!166 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !167)
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !169, line: 18, baseType: !170)
!169 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!170 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!171 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!172 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !173)
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!174 = !DISubprogram(name: "sendto", scope: !137, file: !137, line: 152, type: !175, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DISubroutineType(types: !176)
!176 = !{!75, !47, !177, !168, !47, !161, !72}
!177 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !178, size: 64)
!178 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!179 = !DISubprogram(name: "close", scope: !180, file: !180, line: 358, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!180 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!181 = !DISubroutineType(types: !182)
!182 = !{!47, !47}
