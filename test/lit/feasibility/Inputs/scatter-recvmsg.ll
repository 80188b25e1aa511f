; MADE-FROM: scatter-recvmsg.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - scatter-recvmsg.c

; ModuleID = 'scatter-recvmsg.c'
source_filename = "scatter-recvmsg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !44 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca [4 x i8], align 1
  %6 = alloca [508 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca [2 x %struct.iovec], align 16
  %9 = alloca %struct.msghdr, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !109
    #dbg_declare(ptr %2, !49, !DIExpression(), !110)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !111
  store i32 %11, ptr %2, align 4, !dbg !110, !tbaa !112
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !116
    #dbg_declare(ptr %3, !50, !DIExpression(), !117)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !118
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !119
  store i16 2, ptr %12, align 4, !dbg !120, !tbaa !121
  %13 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7610), !dbg !125
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !126
  store i16 %13, ptr %14, align 2, !dbg !127, !tbaa !128
  %15 = call i32 @__bswap_32(i32 noundef 0), !dbg !129
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !130
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !131
  store i32 %15, ptr %17, align 4, !dbg !132, !tbaa !133
  %18 = load i32, ptr %2, align 4, !dbg !134, !tbaa !112
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #6, !dbg !136
  %20 = icmp slt i32 %19, 0, !dbg !137
  br i1 %20, label %21, label %23, !dbg !138

21:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !139
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !140
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !140
  %22 = load i32, ptr %1, align 4, !dbg !140
  ret i32 %22, !dbg !140

23:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !141
    #dbg_declare(ptr %5, !66, !DIExpression(), !142)
  call void @llvm.lifetime.start.p0(i64 508, ptr %6) #6, !dbg !141
    #dbg_declare(ptr %6, !70, !DIExpression(), !143)
  br label %24, !dbg !144

24:                                               ; preds = %47, %45, %23
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #6, !dbg !145
    #dbg_declare(ptr %7, !74, !DIExpression(), !146)
  call void @llvm.lifetime.start.p0(i64 32, ptr %8) #6, !dbg !147
    #dbg_declare(ptr %8, !78, !DIExpression(), !148)
  %25 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 0, !dbg !149
  %26 = getelementptr inbounds [4 x i8], ptr %5, i64 0, i64 0, !dbg !150
  store ptr %26, ptr %25, align 16, !dbg !149, !tbaa !151
  %27 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 1, !dbg !149
  store i64 4, ptr %27, align 8, !dbg !149, !tbaa !155
  %28 = getelementptr inbounds %struct.iovec, ptr %8, i64 1, !dbg !156
  %29 = getelementptr inbounds %struct.iovec, ptr %28, i32 0, i32 0, !dbg !157
  %30 = getelementptr inbounds [508 x i8], ptr %6, i64 0, i64 0, !dbg !158
  store ptr %30, ptr %29, align 16, !dbg !157, !tbaa !151
  %31 = getelementptr inbounds %struct.iovec, ptr %28, i32 0, i32 1, !dbg !157
  store i64 508, ptr %31, align 8, !dbg !157, !tbaa !155
  call void @llvm.lifetime.start.p0(i64 56, ptr %9) #6, !dbg !159
    #dbg_declare(ptr %9, !91, !DIExpression(), !160)
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 56, i1 false), !dbg !161
  %32 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 0, !dbg !162
  store ptr %7, ptr %32, align 8, !dbg !163, !tbaa !164
  %33 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 1, !dbg !166
  store i32 16, ptr %33, align 8, !dbg !167, !tbaa !168
  %34 = getelementptr inbounds [2 x %struct.iovec], ptr %8, i64 0, i64 0, !dbg !169
  %35 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 2, !dbg !170
  store ptr %34, ptr %35, align 8, !dbg !171, !tbaa !172
  %36 = getelementptr inbounds %struct.msghdr, ptr %9, i32 0, i32 3, !dbg !173
  store i64 2, ptr %36, align 8, !dbg !174, !tbaa !175
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #6, !dbg !176
    #dbg_declare(ptr %10, !104, !DIExpression(), !177)
  %37 = load i32, ptr %2, align 4, !dbg !178, !tbaa !112
  %38 = call i64 @recvmsg(i32 noundef %37, ptr noundef %9, i32 noundef 0), !dbg !179
  store i64 %38, ptr %10, align 8, !dbg !177, !tbaa !180
  %39 = load i64, ptr %10, align 8, !dbg !181, !tbaa !180
  %40 = icmp sle i64 %39, 0, !dbg !183
  br i1 %40, label %41, label %42, !dbg !184

41:                                               ; preds = %24
  store i32 3, ptr %4, align 4
  br label %45, !dbg !185, !llvm.loop !186

42:                                               ; preds = %24
  %43 = load i32, ptr %2, align 4, !dbg !189, !tbaa !112
  %44 = call i64 @sendmsg(i32 noundef %43, ptr noundef %9, i32 noundef 0), !dbg !190
  store i32 0, ptr %4, align 4, !dbg !191
  br label %45, !dbg !191

45:                                               ; preds = %42, %41
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #6, !dbg !191
  call void @llvm.lifetime.end.p0(i64 56, ptr %9) #6, !dbg !191
  call void @llvm.lifetime.end.p0(i64 32, ptr %8) #6, !dbg !191
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #6, !dbg !191
  %46 = load i32, ptr %4, align 4
  switch i32 %46, label %48 [
    i32 0, label %47
    i32 3, label %24
  ]

47:                                               ; preds = %45
  br label %24, !dbg !192, !llvm.loop !186

48:                                               ; preds = %45
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !193 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !197 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !203
    #dbg_declare(ptr %2, !202, !DIExpression(), !204)
  %3 = load i16, ptr %2, align 2, !dbg !205, !tbaa !203
  %4 = zext i16 %3 to i32, !dbg !205
  %5 = ashr i32 %4, 8, !dbg !205
  %6 = and i32 %5, 255, !dbg !205
  %7 = load i16, ptr %2, align 2, !dbg !205, !tbaa !203
  %8 = zext i16 %7 to i32, !dbg !205
  %9 = and i32 %8, 255, !dbg !205
  %10 = shl i32 %9, 8, !dbg !205
  %11 = or i32 %6, %10, !dbg !205
  %12 = trunc i32 %11 to i16, !dbg !205
  ret i16 %12, !dbg !206
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !207 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !112
    #dbg_declare(ptr %2, !211, !DIExpression(), !212)
  %3 = load i32, ptr %2, align 4, !dbg !213, !tbaa !112
  %4 = and i32 %3, -16777216, !dbg !213
  %5 = lshr i32 %4, 24, !dbg !213
  %6 = load i32, ptr %2, align 4, !dbg !213, !tbaa !112
  %7 = and i32 %6, 16711680, !dbg !213
  %8 = lshr i32 %7, 8, !dbg !213
  %9 = or i32 %5, %8, !dbg !213
  %10 = load i32, ptr %2, align 4, !dbg !213, !tbaa !112
  %11 = and i32 %10, 65280, !dbg !213
  %12 = shl i32 %11, 8, !dbg !213
  %13 = or i32 %9, %12, !dbg !213
  %14 = load i32, ptr %2, align 4, !dbg !213, !tbaa !112
  %15 = and i32 %14, 255, !dbg !213
  %16 = shl i32 %15, 24, !dbg !213
  %17 = or i32 %13, %16, !dbg !213
  ret i32 %17, !dbg !214
}

; Function Attrs: nounwind
declare !dbg !215 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !220 i64 @recvmsg(i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !224 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #5

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
!1 = !DIFile(filename: "scatter-recvmsg.c", directory: ".", checksumkind: CSK_MD5, checksum: "0fa0f8a52c08cb19672c328b229e8d2d")
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
!44 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 11, type: !45, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !48)
!45 = !DISubroutineType(types: !46)
!46 = !{!47}
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !{!49, !50, !66, !70, !74, !78, !91, !104}
!49 = !DILocalVariable(name: "fd", scope: !44, file: !1, line: 12, type: !47)
!50 = !DILocalVariable(name: "addr", scope: !44, file: !1, line: 13, type: !51)
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
!66 = !DILocalVariable(name: "head", scope: !44, file: !1, line: 20, type: !67)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 32, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 4)
!70 = !DILocalVariable(name: "body", scope: !44, file: !1, line: 20, type: !71)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 4064, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 508)
!74 = !DILocalVariable(name: "src", scope: !75, file: !1, line: 22, type: !51)
!75 = distinct !DILexicalBlock(scope: !76, file: !1, line: 21, column: 12)
!76 = distinct !DILexicalBlock(scope: !77, file: !1, line: 21, column: 3)
!77 = distinct !DILexicalBlock(scope: !44, file: !1, line: 21, column: 3)
!78 = !DILocalVariable(name: "iov", scope: !75, file: !1, line: 23, type: !79)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !80, size: 256, elements: !89)
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !81, line: 26, size: 128, elements: !82)
!81 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!82 = !{!83, !85}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !80, file: !81, line: 28, baseType: !84, size: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !80, file: !81, line: 29, baseType: !86, size: 64, offset: 64)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !87, line: 18, baseType: !88)
!87 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!88 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!89 = !{!90}
!90 = !DISubrange(count: 2)
!91 = !DILocalVariable(name: "in", scope: !75, file: !1, line: 25, type: !92)
!92 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !25, line: 262, size: 448, elements: !93)
!93 = !{!94, !95, !98, !100, !101, !102, !103}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !92, file: !25, line: 264, baseType: !84, size: 64)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !92, file: !25, line: 265, baseType: !96, size: 32, offset: 64)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !97)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !92, file: !25, line: 267, baseType: !99, size: 64, offset: 128)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !92, file: !25, line: 268, baseType: !86, size: 64, offset: 192)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !92, file: !25, line: 270, baseType: !84, size: 64, offset: 256)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !92, file: !25, line: 271, baseType: !86, size: 64, offset: 320)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !92, file: !25, line: 276, baseType: !47, size: 32, offset: 384)
!104 = !DILocalVariable(name: "n", scope: !75, file: !1, line: 31, type: !105)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !106, line: 108, baseType: !107)
!106 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !108)
!108 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!109 = !DILocation(line: 12, column: 3, scope: !44)
!110 = !DILocation(line: 12, column: 7, scope: !44)
!111 = !DILocation(line: 12, column: 12, scope: !44)
!112 = !{!113, !113, i64 0}
!113 = !{!"int", !114, i64 0}
!114 = !{!"omnipotent char", !115, i64 0}
!115 = !{!"Simple C/C++ TBAA"}
!116 = !DILocation(line: 13, column: 3, scope: !44)
!117 = !DILocation(line: 13, column: 22, scope: !44)
!118 = !DILocation(line: 14, column: 3, scope: !44)
!119 = !DILocation(line: 15, column: 8, scope: !44)
!120 = !DILocation(line: 15, column: 19, scope: !44)
!121 = !{!122, !123, i64 0}
!122 = !{!"sockaddr_in", !123, i64 0, !123, i64 2, !124, i64 4, !114, i64 8}
!123 = !{!"short", !114, i64 0}
!124 = !{!"in_addr", !113, i64 0}
!125 = !DILocation(line: 16, column: 19, scope: !44)
!126 = !DILocation(line: 16, column: 8, scope: !44)
!127 = !DILocation(line: 16, column: 17, scope: !44)
!128 = !{!122, !123, i64 2}
!129 = !DILocation(line: 17, column: 26, scope: !44)
!130 = !DILocation(line: 17, column: 8, scope: !44)
!131 = !DILocation(line: 17, column: 17, scope: !44)
!132 = !DILocation(line: 17, column: 24, scope: !44)
!133 = !{!122, !113, i64 4}
!134 = !DILocation(line: 18, column: 12, scope: !135)
!135 = distinct !DILexicalBlock(scope: !44, file: !1, line: 18, column: 7)
!136 = !DILocation(line: 18, column: 7, scope: !135)
!137 = !DILocation(line: 18, column: 56, scope: !135)
!138 = !DILocation(line: 18, column: 7, scope: !44)
!139 = !DILocation(line: 19, column: 5, scope: !135)
!140 = !DILocation(line: 36, column: 1, scope: !44)
!141 = !DILocation(line: 20, column: 3, scope: !44)
!142 = !DILocation(line: 20, column: 8, scope: !44)
!143 = !DILocation(line: 20, column: 17, scope: !44)
!144 = !DILocation(line: 21, column: 3, scope: !44)
!145 = !DILocation(line: 22, column: 5, scope: !75)
!146 = !DILocation(line: 22, column: 24, scope: !75)
!147 = !DILocation(line: 23, column: 5, scope: !75)
!148 = !DILocation(line: 23, column: 18, scope: !75)
!149 = !DILocation(line: 23, column: 28, scope: !75)
!150 = !DILocation(line: 23, column: 41, scope: !75)
!151 = !{!152, !153, i64 0}
!152 = !{!"iovec", !153, i64 0, !154, i64 8}
!153 = !{!"any pointer", !114, i64 0}
!154 = !{!"long", !114, i64 0}
!155 = !{!152, !154, i64 8}
!156 = !DILocation(line: 23, column: 27, scope: !75)
!157 = !DILocation(line: 24, column: 28, scope: !75)
!158 = !DILocation(line: 24, column: 41, scope: !75)
!159 = !DILocation(line: 25, column: 5, scope: !75)
!160 = !DILocation(line: 25, column: 19, scope: !75)
!161 = !DILocation(line: 26, column: 5, scope: !75)
!162 = !DILocation(line: 27, column: 8, scope: !75)
!163 = !DILocation(line: 27, column: 17, scope: !75)
!164 = !{!165, !153, i64 0}
!165 = !{!"msghdr", !153, i64 0, !113, i64 8, !153, i64 16, !154, i64 24, !153, i64 32, !154, i64 40, !113, i64 48}
!166 = !DILocation(line: 28, column: 8, scope: !75)
!167 = !DILocation(line: 28, column: 20, scope: !75)
!168 = !{!165, !113, i64 8}
!169 = !DILocation(line: 29, column: 18, scope: !75)
!170 = !DILocation(line: 29, column: 8, scope: !75)
!171 = !DILocation(line: 29, column: 16, scope: !75)
!172 = !{!165, !153, i64 16}
!173 = !DILocation(line: 30, column: 8, scope: !75)
!174 = !DILocation(line: 30, column: 19, scope: !75)
!175 = !{!165, !154, i64 24}
!176 = !DILocation(line: 31, column: 5, scope: !75)
!177 = !DILocation(line: 31, column: 13, scope: !75)
!178 = !DILocation(line: 31, column: 25, scope: !75)
!179 = !DILocation(line: 31, column: 17, scope: !75)
!180 = !{!154, !154, i64 0}
!181 = !DILocation(line: 32, column: 9, scope: !182)
!182 = distinct !DILexicalBlock(scope: !75, file: !1, line: 32, column: 9)
!183 = !DILocation(line: 32, column: 11, scope: !182)
!184 = !DILocation(line: 32, column: 9, scope: !75)
!185 = !DILocation(line: 33, column: 7, scope: !182)
!186 = distinct !{!186, !187, !188}
!187 = !DILocation(line: 21, column: 3, scope: !77)
!188 = !DILocation(line: 35, column: 3, scope: !77)
!189 = !DILocation(line: 34, column: 13, scope: !75)
!190 = !DILocation(line: 34, column: 5, scope: !75)
!191 = !DILocation(line: 35, column: 3, scope: !76)
!192 = !DILocation(line: 21, column: 3, scope: !76)
!193 = !DISubprogram(name: "socket", scope: !194, file: !194, line: 102, type: !195, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!194 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!195 = !DISubroutineType(types: !196)
!196 = !{!47, !47, !47, !47}
!197 = distinct !DISubprogram(name: "__bswap_16", scope: !198, file: !198, line: 34, type: !199, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !201)
!198 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!199 = !DISubroutineType(types: !200)
!200 = !{!36, !36}
!201 = !{!202}
!202 = !DILocalVariable(name: "__bsx", arg: 1, scope: !197, file: !198, line: 34, type: !36)
!203 = !{!123, !123, i64 0}
!204 = !DILocation(line: 34, column: 24, scope: !197)
!205 = !DILocation(line: 39, column: 10, scope: !197)
!206 = !DILocation(line: 39, column: 3, scope: !197)
!207 = distinct !DISubprogram(name: "__bswap_32", scope: !198, file: !198, line: 49, type: !208, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !210)
!208 = !DISubroutineType(types: !209)
!209 = !{!21, !21}
!210 = !{!211}
!211 = !DILocalVariable(name: "__bsx", arg: 1, scope: !207, file: !198, line: 49, type: !21)
!212 = !DILocation(line: 49, column: 24, scope: !207)
!213 = !DILocation(line: 54, column: 10, scope: !207)
!214 = !DILocation(line: 54, column: 3, scope: !207)
!215 = !DISubprogram(name: "bind", scope: !194, file: !194, line: 112, type: !216, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!216 = !DISubroutineType(types: !217)
!217 = !{!47, !47, !218, !96}
!218 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !219, size: 64)
!219 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!220 = !DISubprogram(name: "recvmsg", scope: !194, file: !194, line: 216, type: !221, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!221 = !DISubroutineType(types: !222)
!222 = !{!105, !47, !223, !47}
!223 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !92, size: 64)
!224 = !DISubprogram(name: "sendmsg", scope: !194, file: !194, line: 174, type: !225, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!225 = !DISubroutineType(types: !226)
!226 = !{!105, !47, !227, !47}
!227 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !228, size: 64)
!228 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !92)
