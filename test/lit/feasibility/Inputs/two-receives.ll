; MADE-FROM: two-receives.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - two-receives.c

; ModuleID = 'two-receives.c'
source_filename = "two-receives.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !47 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca [512 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !86
    #dbg_declare(ptr %2, !52, !DIExpression(), !87)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !88
  store i32 %10, ptr %2, align 4, !dbg !87, !tbaa !89
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !93
    #dbg_declare(ptr %3, !53, !DIExpression(), !94)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !95
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !96
  store i16 2, ptr %11, align 4, !dbg !97, !tbaa !98
  %12 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7611), !dbg !102
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !103
  store i16 %12, ptr %13, align 2, !dbg !104, !tbaa !105
  %14 = call i32 @__bswap_32(i32 noundef 0), !dbg !106
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !107
  %16 = getelementptr inbounds %struct.in_addr, ptr %15, i32 0, i32 0, !dbg !108
  store i32 %14, ptr %16, align 4, !dbg !109, !tbaa !110
  %17 = load i32, ptr %2, align 4, !dbg !111, !tbaa !89
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #6, !dbg !113
  %19 = icmp slt i32 %18, 0, !dbg !114
  br i1 %19, label %20, label %22, !dbg !115

20:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !116
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !117
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !117
  %21 = load i32, ptr %1, align 4, !dbg !117
  ret i32 %21, !dbg !117

22:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 512, ptr %5) #6, !dbg !118
    #dbg_declare(ptr %5, !69, !DIExpression(), !119)
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !120
    #dbg_declare(ptr %6, !73, !DIExpression(), !121)
  store i32 0, ptr %6, align 4, !dbg !121, !tbaa !89
  br label %23, !dbg !122

23:                                               ; preds = %55, %53, %22
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #6, !dbg !123
    #dbg_declare(ptr %7, !74, !DIExpression(), !124)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #6, !dbg !125
    #dbg_declare(ptr %8, !78, !DIExpression(), !126)
  store i32 16, ptr %8, align 4, !dbg !126, !tbaa !89
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #6, !dbg !127
    #dbg_declare(ptr %9, !81, !DIExpression(), !128)
  %24 = load i32, ptr %6, align 4, !dbg !129, !tbaa !89
  %25 = icmp ne i32 %24, 0, !dbg !129
  br i1 %25, label %26, label %30, !dbg !131

26:                                               ; preds = %23
  %27 = load i32, ptr %2, align 4, !dbg !132, !tbaa !89
  %28 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !133
  %29 = call i64 @recv(i32 noundef %27, ptr noundef %28, i64 noundef 512, i32 noundef 0), !dbg !134
  store i64 %29, ptr %9, align 8, !dbg !135, !tbaa !136
  br label %34, !dbg !138

30:                                               ; preds = %23
  %31 = load i32, ptr %2, align 4, !dbg !139, !tbaa !89
  %32 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !140
  %33 = call i64 @recvfrom(i32 noundef %31, ptr noundef %32, i64 noundef 512, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !141
  store i64 %33, ptr %9, align 8, !dbg !142, !tbaa !136
  br label %34

34:                                               ; preds = %30, %26
  %35 = load i64, ptr %9, align 8, !dbg !143, !tbaa !136
  %36 = icmp sle i64 %35, 0, !dbg !145
  br i1 %36, label %37, label %38, !dbg !146

37:                                               ; preds = %34
  store i32 3, ptr %4, align 4
  br label %53, !dbg !147, !llvm.loop !148

38:                                               ; preds = %34
  %39 = load i32, ptr %6, align 4, !dbg !151, !tbaa !89
  %40 = icmp ne i32 %39, 0, !dbg !151
  br i1 %40, label %47, label %41, !dbg !153

41:                                               ; preds = %38
  %42 = load i32, ptr %2, align 4, !dbg !154, !tbaa !89
  %43 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !155
  %44 = load i64, ptr %9, align 8, !dbg !156, !tbaa !136
  %45 = load i32, ptr %8, align 4, !dbg !157, !tbaa !89
  %46 = call i64 @sendto(i32 noundef %42, ptr noundef %43, i64 noundef %44, i32 noundef 0, ptr noundef %7, i32 noundef %45), !dbg !158
  br label %47, !dbg !158

47:                                               ; preds = %41, %38
  %48 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !159
  %49 = load i8, ptr %48, align 16, !dbg !159, !tbaa !160
  %50 = sext i8 %49 to i32, !dbg !159
  %51 = icmp eq i32 %50, 81, !dbg !161
  %52 = zext i1 %51 to i32, !dbg !161
  store i32 %52, ptr %6, align 4, !dbg !162, !tbaa !89
  store i32 0, ptr %4, align 4, !dbg !163
  br label %53, !dbg !163

53:                                               ; preds = %47, %37
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #6, !dbg !163
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #6, !dbg !163
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #6, !dbg !163
  %54 = load i32, ptr %4, align 4
  switch i32 %54, label %56 [
    i32 0, label %55
    i32 3, label %23
  ]

55:                                               ; preds = %53
  br label %23, !dbg !164, !llvm.loop !148

56:                                               ; preds = %53
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !165 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !169 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !175
    #dbg_declare(ptr %2, !174, !DIExpression(), !176)
  %3 = load i16, ptr %2, align 2, !dbg !177, !tbaa !175
  %4 = zext i16 %3 to i32, !dbg !177
  %5 = ashr i32 %4, 8, !dbg !177
  %6 = and i32 %5, 255, !dbg !177
  %7 = load i16, ptr %2, align 2, !dbg !177, !tbaa !175
  %8 = zext i16 %7 to i32, !dbg !177
  %9 = and i32 %8, 255, !dbg !177
  %10 = shl i32 %9, 8, !dbg !177
  %11 = or i32 %6, %10, !dbg !177
  %12 = trunc i32 %11 to i16, !dbg !177
  ret i16 %12, !dbg !178
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !179 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !89
    #dbg_declare(ptr %2, !183, !DIExpression(), !184)
  %3 = load i32, ptr %2, align 4, !dbg !185, !tbaa !89
  %4 = and i32 %3, -16777216, !dbg !185
  %5 = lshr i32 %4, 24, !dbg !185
  %6 = load i32, ptr %2, align 4, !dbg !185, !tbaa !89
  %7 = and i32 %6, 16711680, !dbg !185
  %8 = lshr i32 %7, 8, !dbg !185
  %9 = or i32 %5, %8, !dbg !185
  %10 = load i32, ptr %2, align 4, !dbg !185, !tbaa !89
  %11 = and i32 %10, 65280, !dbg !185
  %12 = shl i32 %11, 8, !dbg !185
  %13 = or i32 %9, %12, !dbg !185
  %14 = load i32, ptr %2, align 4, !dbg !185, !tbaa !89
  %15 = and i32 %14, 255, !dbg !185
  %16 = shl i32 %15, 24, !dbg !185
  %17 = or i32 %13, %16, !dbg !185
  ret i32 %17, !dbg !186
}

; Function Attrs: nounwind
declare !dbg !187 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !192 i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !196 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !203 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

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
!llvm.module.flags = !{!40, !41, !42, !43, !44, !45}
!llvm.ident = !{!46}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "two-receives.c", directory: ".", checksumkind: CSK_MD5, checksum: "3b9464ab30a80f18178801cf65854c61")
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
!16 = !{!17, !23, !36, !39}
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
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !37, line: 18, baseType: !38)
!37 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!38 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !22, line: 40, baseType: !30)
!40 = !{i32 7, !"Dwarf Version", i32 5}
!41 = !{i32 2, !"Debug Info Version", i32 3}
!42 = !{i32 1, !"wchar_size", i32 4}
!43 = !{i32 8, !"PIC Level", i32 2}
!44 = !{i32 7, !"PIE Level", i32 2}
!45 = !{i32 7, !"uwtable", i32 2}
!46 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!47 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 11, type: !48, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!50}
!50 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!51 = !{!52, !53, !69, !73, !74, !78, !81}
!52 = !DILocalVariable(name: "fd", scope: !47, file: !1, line: 12, type: !50)
!53 = !DILocalVariable(name: "addr", scope: !47, file: !1, line: 13, type: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !55)
!55 = !{!56, !57, !60, !64}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !54, file: !18, line: 247, baseType: !28, size: 16)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !54, file: !18, line: 248, baseType: !58, size: 16, offset: 16)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !59)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !39)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !54, file: !18, line: 249, baseType: !61, size: 32, offset: 32)
!61 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !62)
!62 = !{!63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !61, file: !18, line: 33, baseType: !17, size: 32)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !54, file: !18, line: 252, baseType: !65, size: 64, offset: 64)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !66, size: 64, elements: !67)
!66 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!67 = !{!68}
!68 = !DISubrange(count: 8)
!69 = !DILocalVariable(name: "buf", scope: !47, file: !1, line: 20, type: !70)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4096, elements: !71)
!71 = !{!72}
!72 = !DISubrange(count: 512)
!73 = !DILocalVariable(name: "quiet", scope: !47, file: !1, line: 21, type: !50)
!74 = !DILocalVariable(name: "src", scope: !75, file: !1, line: 23, type: !54)
!75 = distinct !DILexicalBlock(scope: !76, file: !1, line: 22, column: 12)
!76 = distinct !DILexicalBlock(scope: !77, file: !1, line: 22, column: 3)
!77 = distinct !DILexicalBlock(scope: !47, file: !1, line: 22, column: 3)
!78 = !DILocalVariable(name: "len", scope: !75, file: !1, line: 24, type: !79)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !80)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!81 = !DILocalVariable(name: "n", scope: !75, file: !1, line: 25, type: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !83, line: 108, baseType: !84)
!83 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !85)
!85 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!86 = !DILocation(line: 12, column: 3, scope: !47)
!87 = !DILocation(line: 12, column: 7, scope: !47)
!88 = !DILocation(line: 12, column: 12, scope: !47)
!89 = !{!90, !90, i64 0}
!90 = !{!"int", !91, i64 0}
!91 = !{!"omnipotent char", !92, i64 0}
!92 = !{!"Simple C/C++ TBAA"}
!93 = !DILocation(line: 13, column: 3, scope: !47)
!94 = !DILocation(line: 13, column: 22, scope: !47)
!95 = !DILocation(line: 14, column: 3, scope: !47)
!96 = !DILocation(line: 15, column: 8, scope: !47)
!97 = !DILocation(line: 15, column: 19, scope: !47)
!98 = !{!99, !100, i64 0}
!99 = !{!"sockaddr_in", !100, i64 0, !100, i64 2, !101, i64 4, !91, i64 8}
!100 = !{!"short", !91, i64 0}
!101 = !{!"in_addr", !90, i64 0}
!102 = !DILocation(line: 16, column: 19, scope: !47)
!103 = !DILocation(line: 16, column: 8, scope: !47)
!104 = !DILocation(line: 16, column: 17, scope: !47)
!105 = !{!99, !100, i64 2}
!106 = !DILocation(line: 17, column: 26, scope: !47)
!107 = !DILocation(line: 17, column: 8, scope: !47)
!108 = !DILocation(line: 17, column: 17, scope: !47)
!109 = !DILocation(line: 17, column: 24, scope: !47)
!110 = !{!99, !90, i64 4}
!111 = !DILocation(line: 18, column: 12, scope: !112)
!112 = distinct !DILexicalBlock(scope: !47, file: !1, line: 18, column: 7)
!113 = !DILocation(line: 18, column: 7, scope: !112)
!114 = !DILocation(line: 18, column: 56, scope: !112)
!115 = !DILocation(line: 18, column: 7, scope: !47)
!116 = !DILocation(line: 19, column: 5, scope: !112)
!117 = !DILocation(line: 36, column: 1, scope: !47)
!118 = !DILocation(line: 20, column: 3, scope: !47)
!119 = !DILocation(line: 20, column: 8, scope: !47)
!120 = !DILocation(line: 21, column: 3, scope: !47)
!121 = !DILocation(line: 21, column: 7, scope: !47)
!122 = !DILocation(line: 22, column: 3, scope: !47)
!123 = !DILocation(line: 23, column: 5, scope: !75)
!124 = !DILocation(line: 23, column: 24, scope: !75)
!125 = !DILocation(line: 24, column: 5, scope: !75)
!126 = !DILocation(line: 24, column: 15, scope: !75)
!127 = !DILocation(line: 25, column: 5, scope: !75)
!128 = !DILocation(line: 25, column: 13, scope: !75)
!129 = !DILocation(line: 26, column: 9, scope: !130)
!130 = distinct !DILexicalBlock(scope: !75, file: !1, line: 26, column: 9)
!131 = !DILocation(line: 26, column: 9, scope: !75)
!132 = !DILocation(line: 27, column: 16, scope: !130)
!133 = !DILocation(line: 27, column: 20, scope: !130)
!134 = !DILocation(line: 27, column: 11, scope: !130)
!135 = !DILocation(line: 27, column: 9, scope: !130)
!136 = !{!137, !137, i64 0}
!137 = !{!"long", !91, i64 0}
!138 = !DILocation(line: 27, column: 7, scope: !130)
!139 = !DILocation(line: 29, column: 20, scope: !130)
!140 = !DILocation(line: 29, column: 24, scope: !130)
!141 = !DILocation(line: 29, column: 11, scope: !130)
!142 = !DILocation(line: 29, column: 9, scope: !130)
!143 = !DILocation(line: 30, column: 9, scope: !144)
!144 = distinct !DILexicalBlock(scope: !75, file: !1, line: 30, column: 9)
!145 = !DILocation(line: 30, column: 11, scope: !144)
!146 = !DILocation(line: 30, column: 9, scope: !75)
!147 = !DILocation(line: 31, column: 7, scope: !144)
!148 = distinct !{!148, !149, !150}
!149 = !DILocation(line: 22, column: 3, scope: !77)
!150 = !DILocation(line: 35, column: 3, scope: !77)
!151 = !DILocation(line: 32, column: 10, scope: !152)
!152 = distinct !DILexicalBlock(scope: !75, file: !1, line: 32, column: 9)
!153 = !DILocation(line: 32, column: 9, scope: !75)
!154 = !DILocation(line: 33, column: 14, scope: !152)
!155 = !DILocation(line: 33, column: 18, scope: !152)
!156 = !DILocation(line: 33, column: 31, scope: !152)
!157 = !DILocation(line: 33, column: 62, scope: !152)
!158 = !DILocation(line: 33, column: 7, scope: !152)
!159 = !DILocation(line: 34, column: 13, scope: !75)
!160 = !{!91, !91, i64 0}
!161 = !DILocation(line: 34, column: 20, scope: !75)
!162 = !DILocation(line: 34, column: 11, scope: !75)
!163 = !DILocation(line: 35, column: 3, scope: !76)
!164 = !DILocation(line: 22, column: 3, scope: !76)
!165 = !DISubprogram(name: "socket", scope: !166, file: !166, line: 102, type: !167, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!166 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!167 = !DISubroutineType(types: !168)
!168 = !{!50, !50, !50, !50}
!169 = distinct !DISubprogram(name: "__bswap_16", scope: !170, file: !170, line: 34, type: !171, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !173)
!170 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!171 = !DISubroutineType(types: !172)
!172 = !{!39, !39}
!173 = !{!174}
!174 = !DILocalVariable(name: "__bsx", arg: 1, scope: !169, file: !170, line: 34, type: !39)
!175 = !{!100, !100, i64 0}
!176 = !DILocation(line: 34, column: 24, scope: !169)
!177 = !DILocation(line: 39, column: 10, scope: !169)
!178 = !DILocation(line: 39, column: 3, scope: !169)
!179 = distinct !DISubprogram(name: "__bswap_32", scope: !170, file: !170, line: 49, type: !180, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !182)
!180 = !DISubroutineType(types: !181)
!181 = !{!21, !21}
!182 = !{!183}
!183 = !DILocalVariable(name: "__bsx", arg: 1, scope: !179, file: !170, line: 49, type: !21)
!184 = !DILocation(line: 49, column: 24, scope: !179)
!185 = !DILocation(line: 54, column: 10, scope: !179)
!186 = !DILocation(line: 54, column: 3, scope: !179)
!187 = !DISubprogram(name: "bind", scope: !166, file: !166, line: 112, type: !188, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!188 = !DISubroutineType(types: !189)
!189 = !{!50, !50, !190, !79}
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !191, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!192 = !DISubprogram(name: "recv", scope: !166, file: !166, line: 145, type: !193, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!193 = !DISubroutineType(types: !194)
!194 = !{!82, !50, !195, !36, !50}
!195 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!196 = !DISubprogram(name: "recvfrom", scope: !166, file: !166, line: 163, type: !197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DISubroutineType(types: !198)
!198 = !{!82, !50, !199, !36, !50, !200, !201}
!199 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !195)
!200 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!201 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !202)
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !79, size: 64)
!203 = !DISubprogram(name: "sendto", scope: !166, file: !166, line: 152, type: !204, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DISubroutineType(types: !205)
!205 = !{!82, !50, !206, !36, !50, !190, !79}
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !207, size: 64)
!207 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
