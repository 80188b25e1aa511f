; A chat relay in SimpleChat's idiom (issue 15, docs/real-servers.md's
; ranking table): broadcast-ring.c appends every sender to a ring of 256
; addresses indexed by an unsigned char `last` (line 28) and sends each
; message to the addresses before the index (29-30).
;
; In the driver's IR `last` is a local of main in memory, and now shared
; as a global (Plan/LoopLocals.h): the loop's guard `0 < (int)last` is no
; longer an add recurrence ScalarEvolution weighs (255/256 of requests
; reach the sendto; broadcast-ring-o1.ll, where `last` is a phi, still
; shows it): BPI weighs it 50/50. The path where `last` wraps to 0 sends
; nothing, but it writes the sender into the ring, a local the later
; requests read (userspace serves them): the offload's write would be
; lost, so that path is refused too, and the broadcast is named first.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'broadcast-ring.c'
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost MultipleReplies (sendto at broadcast-ring.c:30)
; CHECK-NEXT:  blocked: MultipleReplies sendto at broadcast-ring.c:30 (reached by 50.0% of requests)
; CHECK-NEXT:  blocked: ReplyElsewhere sendto to an address other than the request's source at broadcast-ring.c:30 (reached by 50.0% of requests)
; CHECK-NEXT:  blocked: PreArrivalState local 'ring' keeps bytes for later requests, which would not see the offload's write at broadcast-ring.c:28 (reached by 100.0% of requests)
; (the relay's log line at broadcast-ring.c:27 would be recorded for the
; runtime to replay: no blocker, Support/LogRecords.h)
;
; MADE-FROM: Inputs/broadcast-ring.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - broadcast-ring.c

; ModuleID = 'broadcast-ring.c'
source_filename = "broadcast-ring.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !39 {
  %1 = alloca i32, align 4
  %2 = alloca [1000 x i8], align 16
  %3 = alloca [256 x %struct.sockaddr_in], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 1000, ptr %2) #7, !dbg !84
    #dbg_declare(ptr %2, !44, !DIExpression(), !85)
  call void @llvm.lifetime.start.p0(i64 4096, ptr %3) #7, !dbg !86
    #dbg_declare(ptr %3, !48, !DIExpression(), !87)
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #7, !dbg !86
    #dbg_declare(ptr %4, !72, !DIExpression(), !88)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #7, !dbg !89
    #dbg_declare(ptr %5, !73, !DIExpression(), !90)
  store i32 16, ptr %5, align 4, !dbg !90, !tbaa !91
  call void @llvm.lifetime.start.p0(i64 1, ptr %6) #7, !dbg !95
    #dbg_declare(ptr %6, !76, !DIExpression(), !96)
  store i8 0, ptr %6, align 1, !dbg !96, !tbaa !97
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #7, !dbg !98
    #dbg_declare(ptr %7, !77, !DIExpression(), !99)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !100
  store i32 %10, ptr %7, align 4, !dbg !99, !tbaa !91
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !101
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !102
  store i16 2, ptr %11, align 4, !dbg !103, !tbaa !104
  %12 = call zeroext i16 @__bswap_16(i16 noundef zeroext 2115), !dbg !108
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !109
  store i16 %12, ptr %13, align 2, !dbg !110, !tbaa !111
  %14 = load i32, ptr %7, align 4, !dbg !112, !tbaa !91
  %15 = call i32 @bind(i32 noundef %14, ptr noundef %4, i32 noundef 16) #7, !dbg !113
  br label %16, !dbg !114

16:                                               ; preds = %49, %0
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #7, !dbg !115
    #dbg_declare(ptr %8, !78, !DIExpression(), !116)
  %17 = load i32, ptr %7, align 4, !dbg !117, !tbaa !91
  %18 = getelementptr inbounds [1000 x i8], ptr %2, i64 0, i64 0, !dbg !118
  %19 = call i64 @recvfrom(i32 noundef %17, ptr noundef %18, i64 noundef 999, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !119
  %20 = trunc i64 %19 to i32, !dbg !119
  store i32 %20, ptr %8, align 4, !dbg !116, !tbaa !91
  %21 = load i32, ptr %8, align 4, !dbg !120, !tbaa !91
  %22 = sext i32 %21 to i64, !dbg !121
  %23 = getelementptr inbounds [1000 x i8], ptr %2, i64 0, i64 %22, !dbg !121
  store i8 0, ptr %23, align 1, !dbg !122, !tbaa !97
  %24 = getelementptr inbounds [1000 x i8], ptr %2, i64 0, i64 0, !dbg !123
  %25 = call i32 @puts(ptr noundef %24), !dbg !124
  %26 = load i8, ptr %6, align 1, !dbg !125, !tbaa !97
  %27 = add i8 %26, 1, !dbg !125
  store i8 %27, ptr %6, align 1, !dbg !125, !tbaa !97
  %28 = zext i8 %26 to i64, !dbg !126
  %29 = getelementptr inbounds [256 x %struct.sockaddr_in], ptr %3, i64 0, i64 %28, !dbg !126
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %29, ptr align 4 %4, i64 16, i1 false), !dbg !127, !tbaa.struct !128
  call void @llvm.lifetime.start.p0(i64 1, ptr %9) #7, !dbg !130
    #dbg_declare(ptr %9, !82, !DIExpression(), !131)
  store i8 0, ptr %9, align 1, !dbg !131, !tbaa !97
  br label %30, !dbg !130

30:                                               ; preds = %46, %16
  %31 = load i8, ptr %9, align 1, !dbg !132, !tbaa !97
  %32 = zext i8 %31 to i32, !dbg !132
  %33 = load i8, ptr %6, align 1, !dbg !134, !tbaa !97
  %34 = zext i8 %33 to i32, !dbg !134
  %35 = icmp slt i32 %32, %34, !dbg !135
  br i1 %35, label %37, label %36, !dbg !136

36:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(i64 1, ptr %9) #7, !dbg !137
  br label %49

37:                                               ; preds = %30
  %38 = load i32, ptr %7, align 4, !dbg !138, !tbaa !91
  %39 = getelementptr inbounds [1000 x i8], ptr %2, i64 0, i64 0, !dbg !139
  %40 = load i32, ptr %8, align 4, !dbg !140, !tbaa !91
  %41 = sext i32 %40 to i64, !dbg !140
  %42 = load i8, ptr %9, align 1, !dbg !141, !tbaa !97
  %43 = zext i8 %42 to i64, !dbg !142
  %44 = getelementptr inbounds [256 x %struct.sockaddr_in], ptr %3, i64 0, i64 %43, !dbg !142
  %45 = call i64 @sendto(i32 noundef %38, ptr noundef %39, i64 noundef %41, i32 noundef 0, ptr noundef %44, i32 noundef 16), !dbg !143
  br label %46, !dbg !143

46:                                               ; preds = %37
  %47 = load i8, ptr %9, align 1, !dbg !144, !tbaa !97
  %48 = add i8 %47, 1, !dbg !144
  store i8 %48, ptr %9, align 1, !dbg !144, !tbaa !97
  br label %30, !dbg !137, !llvm.loop !145

49:                                               ; preds = %36
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #7, !dbg !148
  br label %16, !dbg !149, !llvm.loop !150
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !153 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !157 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !129
    #dbg_declare(ptr %2, !162, !DIExpression(), !163)
  %3 = load i16, ptr %2, align 2, !dbg !164, !tbaa !129
  %4 = zext i16 %3 to i32, !dbg !164
  %5 = ashr i32 %4, 8, !dbg !164
  %6 = and i32 %5, 255, !dbg !164
  %7 = load i16, ptr %2, align 2, !dbg !164, !tbaa !129
  %8 = zext i16 %7 to i32, !dbg !164
  %9 = and i32 %8, 255, !dbg !164
  %10 = shl i32 %9, 8, !dbg !164
  %11 = or i32 %6, %10, !dbg !164
  %12 = trunc i32 %11 to i16, !dbg !164
  ret i16 %12, !dbg !165
}

; Function Attrs: nounwind
declare !dbg !166 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !171 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !186 i32 @puts(ptr noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !192 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

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
!llvm.module.flags = !{!32, !33, !34, !35, !36, !37}
!llvm.ident = !{!38}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "broadcast-ring.c", directory: "/work/wt-weights/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "e6645fbf7ed9b4220d36eeccbcb65d7f")
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
!16 = !{!17, !30}
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !19, line: 183, size: 128, elements: !20)
!19 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!20 = !{!21, !25}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !18, file: !19, line: 185, baseType: !22, size: 16)
!22 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !23, line: 28, baseType: !24)
!23 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!24 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !18, file: !19, line: 186, baseType: !26, size: 112, offset: 16)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 112, elements: !28)
!27 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!28 = !{!29}
!29 = !DISubrange(count: 14)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !31, line: 40, baseType: !24)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!32 = !{i32 7, !"Dwarf Version", i32 5}
!33 = !{i32 2, !"Debug Info Version", i32 3}
!34 = !{i32 1, !"wchar_size", i32 4}
!35 = !{i32 8, !"PIC Level", i32 2}
!36 = !{i32 7, !"PIE Level", i32 2}
!37 = !{i32 7, !"uwtable", i32 2}
!38 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!39 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 13, type: !40, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !43)
!40 = !DISubroutineType(types: !41)
!41 = !{!42}
!42 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!43 = !{!44, !48, !72, !73, !76, !77, !78, !82}
!44 = !DILocalVariable(name: "buffer", scope: !39, file: !1, line: 14, type: !45)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 8000, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 1000)
!48 = !DILocalVariable(name: "ring", scope: !39, file: !1, line: 15, type: !49)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 32768, elements: !70)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !51, line: 245, size: 128, elements: !52)
!51 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!52 = !{!53, !54, !58, !65}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !50, file: !51, line: 247, baseType: !22, size: 16)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !50, file: !51, line: 248, baseType: !55, size: 16, offset: 16)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !51, line: 123, baseType: !56)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !57, line: 25, baseType: !30)
!57 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !50, file: !51, line: 249, baseType: !59, size: 32, offset: 32)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !51, line: 31, size: 32, elements: !60)
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !59, file: !51, line: 33, baseType: !62, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !51, line: 30, baseType: !63)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !57, line: 26, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !31, line: 42, baseType: !5)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !50, file: !51, line: 252, baseType: !66, size: 64, offset: 64)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !67, size: 64, elements: !68)
!67 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!68 = !{!69}
!69 = !DISubrange(count: 8)
!70 = !{!71}
!71 = !DISubrange(count: 256)
!72 = !DILocalVariable(name: "from", scope: !39, file: !1, line: 15, type: !50)
!73 = !DILocalVariable(name: "len", scope: !39, file: !1, line: 16, type: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !19, line: 33, baseType: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !31, line: 210, baseType: !5)
!76 = !DILocalVariable(name: "last", scope: !39, file: !1, line: 17, type: !67)
!77 = !DILocalVariable(name: "fd", scope: !39, file: !1, line: 18, type: !42)
!78 = !DILocalVariable(name: "n", scope: !79, file: !1, line: 24, type: !42)
!79 = distinct !DILexicalBlock(scope: !80, file: !1, line: 23, column: 12)
!80 = distinct !DILexicalBlock(scope: !81, file: !1, line: 23, column: 3)
!81 = distinct !DILexicalBlock(scope: !39, file: !1, line: 23, column: 3)
!82 = !DILocalVariable(name: "i", scope: !83, file: !1, line: 29, type: !67)
!83 = distinct !DILexicalBlock(scope: !79, file: !1, line: 29, column: 5)
!84 = !DILocation(line: 14, column: 3, scope: !39)
!85 = !DILocation(line: 14, column: 8, scope: !39)
!86 = !DILocation(line: 15, column: 3, scope: !39)
!87 = !DILocation(line: 15, column: 22, scope: !39)
!88 = !DILocation(line: 15, column: 33, scope: !39)
!89 = !DILocation(line: 16, column: 3, scope: !39)
!90 = !DILocation(line: 16, column: 13, scope: !39)
!91 = !{!92, !92, i64 0}
!92 = !{!"int", !93, i64 0}
!93 = !{!"omnipotent char", !94, i64 0}
!94 = !{!"Simple C/C++ TBAA"}
!95 = !DILocation(line: 17, column: 3, scope: !39)
!96 = !DILocation(line: 17, column: 17, scope: !39)
!97 = !{!93, !93, i64 0}
!98 = !DILocation(line: 18, column: 3, scope: !39)
!99 = !DILocation(line: 18, column: 7, scope: !39)
!100 = !DILocation(line: 18, column: 12, scope: !39)
!101 = !DILocation(line: 19, column: 3, scope: !39)
!102 = !DILocation(line: 20, column: 8, scope: !39)
!103 = !DILocation(line: 20, column: 19, scope: !39)
!104 = !{!105, !106, i64 0}
!105 = !{!"sockaddr_in", !106, i64 0, !106, i64 2, !107, i64 4, !93, i64 8}
!106 = !{!"short", !93, i64 0}
!107 = !{!"in_addr", !92, i64 0}
!108 = !DILocation(line: 21, column: 19, scope: !39)
!109 = !DILocation(line: 21, column: 8, scope: !39)
!110 = !DILocation(line: 21, column: 17, scope: !39)
!111 = !{!105, !106, i64 2}
!112 = !DILocation(line: 22, column: 8, scope: !39)
!113 = !DILocation(line: 22, column: 3, scope: !39)
!114 = !DILocation(line: 23, column: 3, scope: !39)
!115 = !DILocation(line: 24, column: 5, scope: !79)
!116 = !DILocation(line: 24, column: 9, scope: !79)
!117 = !DILocation(line: 24, column: 22, scope: !79)
!118 = !DILocation(line: 24, column: 26, scope: !79)
!119 = !DILocation(line: 24, column: 13, scope: !79)
!120 = !DILocation(line: 26, column: 12, scope: !79)
!121 = !DILocation(line: 26, column: 5, scope: !79)
!122 = !DILocation(line: 26, column: 15, scope: !79)
!123 = !DILocation(line: 27, column: 10, scope: !79)
!124 = !DILocation(line: 27, column: 5, scope: !79)
!125 = !DILocation(line: 28, column: 14, scope: !79)
!126 = !DILocation(line: 28, column: 5, scope: !79)
!127 = !DILocation(line: 28, column: 20, scope: !79)
!128 = !{i64 0, i64 2, !129, i64 2, i64 2, !129, i64 4, i64 4, !91, i64 8, i64 8, !97}
!129 = !{!106, !106, i64 0}
!130 = !DILocation(line: 29, column: 10, scope: !83)
!131 = !DILocation(line: 29, column: 24, scope: !83)
!132 = !DILocation(line: 29, column: 31, scope: !133)
!133 = distinct !DILexicalBlock(scope: !83, file: !1, line: 29, column: 5)
!134 = !DILocation(line: 29, column: 35, scope: !133)
!135 = !DILocation(line: 29, column: 33, scope: !133)
!136 = !DILocation(line: 29, column: 5, scope: !83)
!137 = !DILocation(line: 29, column: 5, scope: !133)
!138 = !DILocation(line: 30, column: 14, scope: !133)
!139 = !DILocation(line: 30, column: 18, scope: !133)
!140 = !DILocation(line: 30, column: 26, scope: !133)
!141 = !DILocation(line: 30, column: 57, scope: !133)
!142 = !DILocation(line: 30, column: 52, scope: !133)
!143 = !DILocation(line: 30, column: 7, scope: !133)
!144 = !DILocation(line: 29, column: 42, scope: !133)
!145 = distinct !{!145, !136, !146, !147}
!146 = !DILocation(line: 30, column: 76, scope: !83)
!147 = !{!"llvm.loop.mustprogress"}
!148 = !DILocation(line: 31, column: 3, scope: !80)
!149 = !DILocation(line: 23, column: 3, scope: !80)
!150 = distinct !{!150, !151, !152}
!151 = !DILocation(line: 23, column: 3, scope: !81)
!152 = !DILocation(line: 31, column: 3, scope: !81)
!153 = !DISubprogram(name: "socket", scope: !154, file: !154, line: 102, type: !155, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!154 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!155 = !DISubroutineType(types: !156)
!156 = !{!42, !42, !42, !42}
!157 = distinct !DISubprogram(name: "__bswap_16", scope: !158, file: !158, line: 34, type: !159, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !161)
!158 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!159 = !DISubroutineType(types: !160)
!160 = !{!30, !30}
!161 = !{!162}
!162 = !DILocalVariable(name: "__bsx", arg: 1, scope: !157, file: !158, line: 34, type: !30)
!163 = !DILocation(line: 34, column: 24, scope: !157)
!164 = !DILocation(line: 39, column: 10, scope: !157)
!165 = !DILocation(line: 39, column: 3, scope: !157)
!166 = !DISubprogram(name: "bind", scope: !154, file: !154, line: 112, type: !167, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!167 = !DISubroutineType(types: !168)
!168 = !{!42, !42, !169, !74}
!169 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !170, size: 64)
!170 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!171 = !DISubprogram(name: "recvfrom", scope: !154, file: !154, line: 163, type: !172, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DISubroutineType(types: !173)
!173 = !{!174, !42, !178, !180, !42, !183, !184}
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !175, line: 108, baseType: !176)
!175 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !31, line: 194, baseType: !177)
!177 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!178 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !179)
!179 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!180 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !181, line: 18, baseType: !182)
!181 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!182 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!183 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !17)
!184 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !185)
!185 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64)
!186 = !DISubprogram(name: "puts", scope: !187, file: !187, line: 661, type: !188, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!187 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!188 = !DISubroutineType(types: !189)
!189 = !{!42, !190}
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !191, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !27)
!192 = !DISubprogram(name: "sendto", scope: !154, file: !154, line: 152, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!193 = !DISubroutineType(types: !194)
!194 = !{!174, !42, !195, !180, !42, !169, !74}
!195 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !196, size: 64)
!196 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
