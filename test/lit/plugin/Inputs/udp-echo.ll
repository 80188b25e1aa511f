; IR of udp-echo.c for the plugin tests (not a test itself: Inputs/ is
; excluded).
;
; MADE-FROM: udp-echo.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-echo.c

; ModuleID = 'udp-echo.c'
source_filename = "udp-echo.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !49 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [1024 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !54, !DIExpression(), !55)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !56
  store i32 %8, ptr %2, align 4, !dbg !55
  %9 = load i32, ptr %2, align 4, !dbg !57
  %10 = icmp slt i32 %9, 0, !dbg !59
  br i1 %10, label %11, label %12, !dbg !60

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !61
  store i32 1, ptr %1, align 4, !dbg !63
  br label %34, !dbg !63

12:                                               ; preds = %0
    #dbg_declare(ptr %3, !64, !DIExpression(), !87)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !88
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !89
  store i16 2, ptr %13, align 4, !dbg !90
  %14 = call zeroext i16 @htons(i16 noundef zeroext 7000) #6, !dbg !91
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !92
  store i16 %14, ptr %15, align 2, !dbg !93
  %16 = load i32, ptr %2, align 4, !dbg !94
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %3, i32 noundef 16) #5, !dbg !96
  %18 = icmp slt i32 %17, 0, !dbg !97
  br i1 %18, label %19, label %20, !dbg !98

19:                                               ; preds = %12
  call void @perror(ptr noundef @.str.1), !dbg !99
  store i32 1, ptr %1, align 4, !dbg !101
  br label %34, !dbg !101

20:                                               ; preds = %12
    #dbg_declare(ptr %4, !102, !DIExpression(), !106)
  br label %21, !dbg !107

21:                                               ; preds = %33, %20
    #dbg_declare(ptr %5, !108, !DIExpression(), !112)
    #dbg_declare(ptr %6, !113, !DIExpression(), !116)
  store i32 16, ptr %6, align 4, !dbg !116
    #dbg_declare(ptr %7, !117, !DIExpression(), !122)
  %22 = load i32, ptr %2, align 4, !dbg !123
  %23 = getelementptr inbounds [1024 x i8], ptr %4, i64 0, i64 0, !dbg !124
  %24 = call i64 @recvfrom(i32 noundef %22, ptr noundef %23, i64 noundef 1024, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !125
  store i64 %24, ptr %7, align 8, !dbg !122
  %25 = load i64, ptr %7, align 8, !dbg !126
  %26 = icmp sgt i64 %25, 0, !dbg !128
  br i1 %26, label %27, label %33, !dbg !129

27:                                               ; preds = %21
  %28 = load i32, ptr %2, align 4, !dbg !130
  %29 = getelementptr inbounds [1024 x i8], ptr %4, i64 0, i64 0, !dbg !131
  %30 = load i64, ptr %7, align 8, !dbg !132
  %31 = load i32, ptr %6, align 4, !dbg !133
  %32 = call i64 @sendto(i32 noundef %28, ptr noundef %29, i64 noundef %30, i32 noundef 0, ptr noundef %5, i32 noundef %31), !dbg !134
  br label %33, !dbg !134

33:                                               ; preds = %27, %21
  br label %21, !dbg !135, !llvm.loop !136

34:                                               ; preds = %19, %11
  %35 = load i32, ptr %1, align 4, !dbg !139
  ret i32 %35, !dbg !139
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!41, !42, !43, !44, !45, !46, !47}
!llvm.ident = !{!48}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 11, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-echo.c", directory: "/work/main/test/lit/plugin/Inputs", checksumkind: CSK_MD5, checksum: "c9590e36354750cd50eb2977bd46d05a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, retainedTypes: !27, globals: !40, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14}
!14 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !15, line: 24, baseType: !16, size: 32, elements: !17)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25, !26}
!18 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!19 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!20 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!21 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!22 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!23 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!24 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!25 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!26 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !30, line: 183, size: 128, elements: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!31 = !{!32, !36}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !29, file: !30, line: 185, baseType: !33, size: 16)
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !34, line: 28, baseType: !35)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!35 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !29, file: !30, line: 186, baseType: !37, size: 112, offset: 16)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 14)
!40 = !{!0, !7}
!41 = !{i32 7, !"Dwarf Version", i32 5}
!42 = !{i32 2, !"Debug Info Version", i32 3}
!43 = !{i32 1, !"wchar_size", i32 4}
!44 = !{i32 8, !"PIC Level", i32 2}
!45 = !{i32 7, !"PIE Level", i32 2}
!46 = !{i32 7, !"uwtable", i32 2}
!47 = !{i32 7, !"frame-pointer", i32 2}
!48 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!49 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 8, type: !50, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !53)
!50 = !DISubroutineType(types: !51)
!51 = !{!52}
!52 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!53 = !{}
!54 = !DILocalVariable(name: "fd", scope: !49, file: !2, line: 9, type: !52)
!55 = !DILocation(line: 9, column: 7, scope: !49)
!56 = !DILocation(line: 9, column: 12, scope: !49)
!57 = !DILocation(line: 10, column: 7, scope: !58)
!58 = distinct !DILexicalBlock(scope: !49, file: !2, line: 10, column: 7)
!59 = !DILocation(line: 10, column: 10, scope: !58)
!60 = !DILocation(line: 10, column: 7, scope: !49)
!61 = !DILocation(line: 11, column: 5, scope: !62)
!62 = distinct !DILexicalBlock(scope: !58, file: !2, line: 10, column: 15)
!63 = !DILocation(line: 12, column: 5, scope: !62)
!64 = !DILocalVariable(name: "addr", scope: !49, file: !2, line: 14, type: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !66, line: 245, size: 128, elements: !67)
!66 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!67 = !{!68, !69, !75, !82}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !65, file: !66, line: 247, baseType: !33, size: 16)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !65, file: !66, line: 248, baseType: !70, size: 16, offset: 16)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !66, line: 123, baseType: !71)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !72, line: 25, baseType: !73)
!72 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !74, line: 40, baseType: !35)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !65, file: !66, line: 249, baseType: !76, size: 32, offset: 32)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !66, line: 31, size: 32, elements: !77)
!77 = !{!78}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !76, file: !66, line: 33, baseType: !79, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !66, line: 30, baseType: !80)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !72, line: 26, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !74, line: 42, baseType: !16)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !65, file: !66, line: 252, baseType: !83, size: 64, offset: 64)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 64, elements: !85)
!84 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!85 = !{!86}
!86 = !DISubrange(count: 8)
!87 = !DILocation(line: 14, column: 22, scope: !49)
!88 = !DILocation(line: 15, column: 3, scope: !49)
!89 = !DILocation(line: 16, column: 8, scope: !49)
!90 = !DILocation(line: 16, column: 19, scope: !49)
!91 = !DILocation(line: 17, column: 19, scope: !49)
!92 = !DILocation(line: 17, column: 8, scope: !49)
!93 = !DILocation(line: 17, column: 17, scope: !49)
!94 = !DILocation(line: 18, column: 12, scope: !95)
!95 = distinct !DILexicalBlock(scope: !49, file: !2, line: 18, column: 7)
!96 = !DILocation(line: 18, column: 7, scope: !95)
!97 = !DILocation(line: 18, column: 56, scope: !95)
!98 = !DILocation(line: 18, column: 7, scope: !49)
!99 = !DILocation(line: 19, column: 5, scope: !100)
!100 = distinct !DILexicalBlock(scope: !95, file: !2, line: 18, column: 61)
!101 = !DILocation(line: 20, column: 5, scope: !100)
!102 = !DILocalVariable(name: "buf", scope: !49, file: !2, line: 22, type: !103)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 1024)
!106 = !DILocation(line: 22, column: 8, scope: !49)
!107 = !DILocation(line: 23, column: 3, scope: !49)
!108 = !DILocalVariable(name: "peer", scope: !109, file: !2, line: 24, type: !65)
!109 = distinct !DILexicalBlock(scope: !110, file: !2, line: 23, column: 12)
!110 = distinct !DILexicalBlock(scope: !111, file: !2, line: 23, column: 3)
!111 = distinct !DILexicalBlock(scope: !49, file: !2, line: 23, column: 3)
!112 = !DILocation(line: 24, column: 24, scope: !109)
!113 = !DILocalVariable(name: "len", scope: !109, file: !2, line: 25, type: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !30, line: 33, baseType: !115)
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !74, line: 210, baseType: !16)
!116 = !DILocation(line: 25, column: 15, scope: !109)
!117 = !DILocalVariable(name: "n", scope: !109, file: !2, line: 26, type: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !119, line: 108, baseType: !120)
!119 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !74, line: 194, baseType: !121)
!121 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!122 = !DILocation(line: 26, column: 13, scope: !109)
!123 = !DILocation(line: 26, column: 26, scope: !109)
!124 = !DILocation(line: 26, column: 30, scope: !109)
!125 = !DILocation(line: 26, column: 17, scope: !109)
!126 = !DILocation(line: 28, column: 9, scope: !127)
!127 = distinct !DILexicalBlock(scope: !109, file: !2, line: 28, column: 9)
!128 = !DILocation(line: 28, column: 11, scope: !127)
!129 = !DILocation(line: 28, column: 9, scope: !109)
!130 = !DILocation(line: 29, column: 14, scope: !127)
!131 = !DILocation(line: 29, column: 18, scope: !127)
!132 = !DILocation(line: 29, column: 23, scope: !127)
!133 = !DILocation(line: 29, column: 55, scope: !127)
!134 = !DILocation(line: 29, column: 7, scope: !127)
!135 = !DILocation(line: 23, column: 3, scope: !110)
!136 = distinct !{!136, !137, !138}
!137 = !DILocation(line: 23, column: 3, scope: !111)
!138 = !DILocation(line: 30, column: 3, scope: !111)
!139 = !DILocation(line: 31, column: 1, scope: !49)
