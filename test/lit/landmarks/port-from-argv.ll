; The port comes from atoi(argv[1]): it is printed as unknown and the
; UnknownBindPort finding points at the bind() call; the address is still
; known.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload landmarks for 'port-from-argv.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at port-from-argv.c:17
; CHECK-NEXT:   bind: port ? address 0.0.0.0 at port-from-argv.c:27
; CHECK-NEXT: event-loop #0: blocking-recv in main at port-from-argv.c:32, blocks in recvfrom at port-from-argv.c:35
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at port-from-argv.c:35, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at port-from-argv.c:37, loop #0
; CHECK-NEXT: note: UnknownBindPort: bound port is not a compile-time constant; the offload would have to learn it at run time (port-from-argv.c:27)
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; REMARK: remark: port-from-argv.c:27:{{[0-9]+}}: bound port is not a compile-time constant
;
; MADE-FROM: Inputs/port-from-argv.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - port-from-argv.c

; ModuleID = 'port-from-argv.c'
source_filename = "port-from-argv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@stderr = external global ptr, align 8
@.str = private unnamed_addr constant [16 x i8] c"usage: %s PORT\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !12

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !60 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca [512 x i8], align 16
  %10 = alloca %struct.sockaddr_in, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !67, !DIExpression(), !68)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !69, !DIExpression(), !70)
  %13 = load i32, ptr %4, align 4, !dbg !71
  %14 = icmp slt i32 %13, 2, !dbg !73
  br i1 %14, label %15, label %21, !dbg !74

15:                                               ; preds = %2
  %16 = load ptr, ptr @stderr, align 8, !dbg !75
  %17 = load ptr, ptr %5, align 8, !dbg !77
  %18 = getelementptr inbounds ptr, ptr %17, i64 0, !dbg !77
  %19 = load ptr, ptr %18, align 8, !dbg !77
  %20 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %16, ptr noundef @.str, ptr noundef %19) #6, !dbg !78
  store i32 2, ptr %3, align 4, !dbg !79
  br label %57, !dbg !79

21:                                               ; preds = %2
    #dbg_declare(ptr %6, !80, !DIExpression(), !81)
  %22 = load ptr, ptr %5, align 8, !dbg !82
  %23 = getelementptr inbounds ptr, ptr %22, i64 1, !dbg !82
  %24 = load ptr, ptr %23, align 8, !dbg !82
  %25 = call i32 @atoi(ptr noundef %24) #7, !dbg !83
  store i32 %25, ptr %6, align 4, !dbg !81
    #dbg_declare(ptr %7, !84, !DIExpression(), !85)
  %26 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !86
  store i32 %26, ptr %7, align 4, !dbg !85
  %27 = load i32, ptr %7, align 4, !dbg !87
  %28 = icmp slt i32 %27, 0, !dbg !89
  br i1 %28, label %29, label %30, !dbg !90

29:                                               ; preds = %21
  call void @perror(ptr noundef @.str.1), !dbg !91
  store i32 1, ptr %3, align 4, !dbg !93
  br label %57, !dbg !93

30:                                               ; preds = %21
    #dbg_declare(ptr %8, !94, !DIExpression(), !111)
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 16, i1 false), !dbg !112
  %31 = getelementptr inbounds %struct.sockaddr_in, ptr %8, i32 0, i32 0, !dbg !113
  store i16 2, ptr %31, align 4, !dbg !114
  %32 = call i32 @htonl(i32 noundef 0) #8, !dbg !115
  %33 = getelementptr inbounds %struct.sockaddr_in, ptr %8, i32 0, i32 2, !dbg !116
  %34 = getelementptr inbounds %struct.in_addr, ptr %33, i32 0, i32 0, !dbg !117
  store i32 %32, ptr %34, align 4, !dbg !118
  %35 = load i32, ptr %6, align 4, !dbg !119
  %36 = trunc i32 %35 to i16, !dbg !120
  %37 = call zeroext i16 @htons(i16 noundef zeroext %36) #8, !dbg !121
  %38 = getelementptr inbounds %struct.sockaddr_in, ptr %8, i32 0, i32 1, !dbg !122
  store i16 %37, ptr %38, align 2, !dbg !123
  %39 = load i32, ptr %7, align 4, !dbg !124
  %40 = call i32 @bind(i32 noundef %39, ptr noundef %8, i32 noundef 16) #6, !dbg !126
  %41 = icmp slt i32 %40, 0, !dbg !127
  br i1 %41, label %42, label %43, !dbg !128

42:                                               ; preds = %30
  call void @perror(ptr noundef @.str.2), !dbg !129
  store i32 1, ptr %3, align 4, !dbg !131
  br label %57, !dbg !131

43:                                               ; preds = %30
    #dbg_declare(ptr %9, !132, !DIExpression(), !136)
  br label %44, !dbg !137

44:                                               ; preds = %56, %43
    #dbg_declare(ptr %10, !138, !DIExpression(), !142)
    #dbg_declare(ptr %11, !143, !DIExpression(), !146)
  store i32 16, ptr %11, align 4, !dbg !146
    #dbg_declare(ptr %12, !147, !DIExpression(), !152)
  %45 = load i32, ptr %7, align 4, !dbg !153
  %46 = getelementptr inbounds [512 x i8], ptr %9, i64 0, i64 0, !dbg !154
  %47 = call i64 @recvfrom(i32 noundef %45, ptr noundef %46, i64 noundef 512, i32 noundef 0, ptr noundef %10, ptr noundef %11), !dbg !155
  store i64 %47, ptr %12, align 8, !dbg !152
  %48 = load i64, ptr %12, align 8, !dbg !156
  %49 = icmp sgt i64 %48, 0, !dbg !158
  br i1 %49, label %50, label %56, !dbg !159

50:                                               ; preds = %44
  %51 = load i32, ptr %7, align 4, !dbg !160
  %52 = getelementptr inbounds [512 x i8], ptr %9, i64 0, i64 0, !dbg !161
  %53 = load i64, ptr %12, align 8, !dbg !162
  %54 = load i32, ptr %11, align 4, !dbg !163
  %55 = call i64 @sendto(i32 noundef %51, ptr noundef %52, i64 noundef %53, i32 noundef 0, ptr noundef %10, i32 noundef %54), !dbg !164
  br label %56, !dbg !164

56:                                               ; preds = %50, %44
  br label %44, !dbg !165, !llvm.loop !166

57:                                               ; preds = %42, %29, %15
  %58 = load i32, ptr %3, align 4, !dbg !169
  ret i32 %58, !dbg !169
}

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i32 @atoi(ptr noundef) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #5

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #5

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #3

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!17}
!llvm.module.flags = !{!52, !53, !54, !55, !56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 13, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "port-from-argv.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "0f1d492741765374982657d47c7ae243")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 16)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 7)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 5)
!17 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !18, retainedTypes: !32, globals: !51, splitDebugInlining: false, nameTableKind: None)
!18 = !{!19}
!19 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !20, line: 24, baseType: !21, size: 32, elements: !22)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!21 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!22 = !{!23, !24, !25, !26, !27, !28, !29, !30, !31}
!23 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!24 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!25 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!26 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!27 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!28 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!29 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!30 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!31 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!32 = !{!33, !39, !40}
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !34, line: 30, baseType: !35)
!34 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !36, line: 26, baseType: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !38, line: 42, baseType: !21)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!39 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !42, line: 183, size: 128, elements: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!43 = !{!44, !47}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !41, file: !42, line: 185, baseType: !45, size: 16)
!45 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !46, line: 28, baseType: !39)
!46 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!47 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !41, file: !42, line: 186, baseType: !48, size: 112, offset: 16)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 14)
!51 = !{!0, !7, !12}
!52 = !{i32 7, !"Dwarf Version", i32 5}
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 1, !"wchar_size", i32 4}
!55 = !{i32 8, !"PIC Level", i32 2}
!56 = !{i32 7, !"PIE Level", i32 2}
!57 = !{i32 7, !"uwtable", i32 2}
!58 = !{i32 7, !"frame-pointer", i32 2}
!59 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!60 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !61, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !66)
!61 = !DISubroutineType(types: !62)
!62 = !{!63, !63, !64}
!63 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!66 = !{}
!67 = !DILocalVariable(name: "argc", arg: 1, scope: !60, file: !2, line: 11, type: !63)
!68 = !DILocation(line: 11, column: 14, scope: !60)
!69 = !DILocalVariable(name: "argv", arg: 2, scope: !60, file: !2, line: 11, type: !64)
!70 = !DILocation(line: 11, column: 26, scope: !60)
!71 = !DILocation(line: 12, column: 7, scope: !72)
!72 = distinct !DILexicalBlock(scope: !60, file: !2, line: 12, column: 7)
!73 = !DILocation(line: 12, column: 12, scope: !72)
!74 = !DILocation(line: 12, column: 7, scope: !60)
!75 = !DILocation(line: 13, column: 13, scope: !76)
!76 = distinct !DILexicalBlock(scope: !72, file: !2, line: 12, column: 17)
!77 = !DILocation(line: 13, column: 41, scope: !76)
!78 = !DILocation(line: 13, column: 5, scope: !76)
!79 = !DILocation(line: 14, column: 5, scope: !76)
!80 = !DILocalVariable(name: "port", scope: !60, file: !2, line: 16, type: !63)
!81 = !DILocation(line: 16, column: 7, scope: !60)
!82 = !DILocation(line: 16, column: 19, scope: !60)
!83 = !DILocation(line: 16, column: 14, scope: !60)
!84 = !DILocalVariable(name: "fd", scope: !60, file: !2, line: 17, type: !63)
!85 = !DILocation(line: 17, column: 7, scope: !60)
!86 = !DILocation(line: 17, column: 12, scope: !60)
!87 = !DILocation(line: 18, column: 7, scope: !88)
!88 = distinct !DILexicalBlock(scope: !60, file: !2, line: 18, column: 7)
!89 = !DILocation(line: 18, column: 10, scope: !88)
!90 = !DILocation(line: 18, column: 7, scope: !60)
!91 = !DILocation(line: 19, column: 5, scope: !92)
!92 = distinct !DILexicalBlock(scope: !88, file: !2, line: 18, column: 15)
!93 = !DILocation(line: 20, column: 5, scope: !92)
!94 = !DILocalVariable(name: "addr", scope: !60, file: !2, line: 22, type: !95)
!95 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !34, line: 245, size: 128, elements: !96)
!96 = !{!97, !98, !102, !106}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !95, file: !34, line: 247, baseType: !45, size: 16)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !95, file: !34, line: 248, baseType: !99, size: 16, offset: 16)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !34, line: 123, baseType: !100)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !36, line: 25, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !38, line: 40, baseType: !39)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !95, file: !34, line: 249, baseType: !103, size: 32, offset: 32)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !34, line: 31, size: 32, elements: !104)
!104 = !{!105}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !103, file: !34, line: 33, baseType: !33, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !95, file: !34, line: 252, baseType: !107, size: 64, offset: 64)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !108, size: 64, elements: !109)
!108 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!109 = !{!110}
!110 = !DISubrange(count: 8)
!111 = !DILocation(line: 22, column: 22, scope: !60)
!112 = !DILocation(line: 23, column: 3, scope: !60)
!113 = !DILocation(line: 24, column: 8, scope: !60)
!114 = !DILocation(line: 24, column: 19, scope: !60)
!115 = !DILocation(line: 25, column: 26, scope: !60)
!116 = !DILocation(line: 25, column: 8, scope: !60)
!117 = !DILocation(line: 25, column: 17, scope: !60)
!118 = !DILocation(line: 25, column: 24, scope: !60)
!119 = !DILocation(line: 26, column: 41, scope: !60)
!120 = !DILocation(line: 26, column: 25, scope: !60)
!121 = !DILocation(line: 26, column: 19, scope: !60)
!122 = !DILocation(line: 26, column: 8, scope: !60)
!123 = !DILocation(line: 26, column: 17, scope: !60)
!124 = !DILocation(line: 27, column: 12, scope: !125)
!125 = distinct !DILexicalBlock(scope: !60, file: !2, line: 27, column: 7)
!126 = !DILocation(line: 27, column: 7, scope: !125)
!127 = !DILocation(line: 27, column: 56, scope: !125)
!128 = !DILocation(line: 27, column: 7, scope: !60)
!129 = !DILocation(line: 28, column: 5, scope: !130)
!130 = distinct !DILexicalBlock(scope: !125, file: !2, line: 27, column: 61)
!131 = !DILocation(line: 29, column: 5, scope: !130)
!132 = !DILocalVariable(name: "buf", scope: !60, file: !2, line: 31, type: !133)
!133 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !134)
!134 = !{!135}
!135 = !DISubrange(count: 512)
!136 = !DILocation(line: 31, column: 8, scope: !60)
!137 = !DILocation(line: 32, column: 3, scope: !60)
!138 = !DILocalVariable(name: "c", scope: !139, file: !2, line: 33, type: !95)
!139 = distinct !DILexicalBlock(scope: !140, file: !2, line: 32, column: 12)
!140 = distinct !DILexicalBlock(scope: !141, file: !2, line: 32, column: 3)
!141 = distinct !DILexicalBlock(scope: !60, file: !2, line: 32, column: 3)
!142 = !DILocation(line: 33, column: 24, scope: !139)
!143 = !DILocalVariable(name: "cl", scope: !139, file: !2, line: 34, type: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !42, line: 33, baseType: !145)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !38, line: 210, baseType: !21)
!146 = !DILocation(line: 34, column: 15, scope: !139)
!147 = !DILocalVariable(name: "n", scope: !139, file: !2, line: 35, type: !148)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !149, line: 108, baseType: !150)
!149 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !38, line: 194, baseType: !151)
!151 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!152 = !DILocation(line: 35, column: 13, scope: !139)
!153 = !DILocation(line: 35, column: 26, scope: !139)
!154 = !DILocation(line: 35, column: 30, scope: !139)
!155 = !DILocation(line: 35, column: 17, scope: !139)
!156 = !DILocation(line: 36, column: 9, scope: !157)
!157 = distinct !DILexicalBlock(scope: !139, file: !2, line: 36, column: 9)
!158 = !DILocation(line: 36, column: 11, scope: !157)
!159 = !DILocation(line: 36, column: 9, scope: !139)
!160 = !DILocation(line: 37, column: 14, scope: !157)
!161 = !DILocation(line: 37, column: 18, scope: !157)
!162 = !DILocation(line: 37, column: 23, scope: !157)
!163 = !DILocation(line: 37, column: 52, scope: !157)
!164 = !DILocation(line: 37, column: 7, scope: !157)
!165 = !DILocation(line: 32, column: 3, scope: !140)
!166 = distinct !{!166, !167, !168}
!167 = !DILocation(line: 32, column: 3, scope: !141)
!168 = !DILocation(line: 38, column: 3, scope: !141)
!169 = !DILocation(line: 39, column: 1, scope: !60)
