; A TCP server (tcp-lines.c: accept, then read/write each connection
; until it closes) is offloaded to sk_skb: its per-line printf is
; recorded, its snprintf runs in the kernel, nothing keeps it in
; userspace.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'tcp-lines.c'
; CHECK:       candidate #0: socket #1 tcp port 7500, event loop #0, hook sk_skb
; CHECK:       decision: offload: omega 1.000 > rho {{[0-9.]+}} + margin 0.05
; CHECK-NOT:   blocker
; CHECK:       summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/tcp-lines.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - tcp-lines.c

; ModuleID = 'tcp-lines.c'
source_filename = "tcp-lines.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@lines = internal global i64 0, align 8, !dbg !0
@.str = private unnamed_addr constant [21 x i8] c"line %lu: %zd bytes\0A\00", align 1, !dbg !33
@.str.1 = private unnamed_addr constant [5 x i8] c"%zd\0A\00", align 1, !dbg !38

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !52 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !57, !DIExpression(), !80)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !81
  %5 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !82
  store i16 2, ptr %5, align 4, !dbg !83
  %6 = call zeroext i16 @htons(i16 noundef zeroext 7500) #5, !dbg !84
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !85
  store i16 %6, ptr %7, align 2, !dbg !86
    #dbg_declare(ptr %3, !87, !DIExpression(), !88)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !89
  store i32 %8, ptr %3, align 4, !dbg !88
  %9 = load i32, ptr %3, align 4, !dbg !90
  %10 = call i32 @bind(i32 noundef %9, ptr noundef %2, i32 noundef 16) #6, !dbg !91
  %11 = load i32, ptr %3, align 4, !dbg !92
  %12 = call i32 @listen(i32 noundef %11, i32 noundef 8) #6, !dbg !93
  br label %13, !dbg !94

13:                                               ; preds = %19, %18, %0
    #dbg_declare(ptr %4, !95, !DIExpression(), !99)
  %14 = load i32, ptr %3, align 4, !dbg !100
  %15 = call i32 @accept(i32 noundef %14, ptr noundef null, ptr noundef null), !dbg !101
  store i32 %15, ptr %4, align 4, !dbg !99
  %16 = load i32, ptr %4, align 4, !dbg !102
  %17 = icmp slt i32 %16, 0, !dbg !104
  br i1 %17, label %18, label %19, !dbg !105

18:                                               ; preds = %13
  br label %13, !dbg !106, !llvm.loop !107

19:                                               ; preds = %13
  %20 = load i32, ptr %4, align 4, !dbg !110
  call void @serve(i32 noundef %20), !dbg !111
  br label %13, !dbg !112, !llvm.loop !107
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !113 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca i64, align 8
  %5 = alloca [32 x i8], align 16
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !116, !DIExpression(), !117)
    #dbg_declare(ptr %3, !118, !DIExpression(), !122)
    #dbg_declare(ptr %4, !123, !DIExpression(), !128)
  br label %7, !dbg !129

7:                                                ; preds = %12, %1
  %8 = load i32, ptr %2, align 4, !dbg !130
  %9 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !131
  %10 = call i64 @read(i32 noundef %8, ptr noundef %9, i64 noundef 512), !dbg !132
  store i64 %10, ptr %4, align 8, !dbg !133
  %11 = icmp sgt i64 %10, 0, !dbg !134
  br i1 %11, label %12, label %26, !dbg !129

12:                                               ; preds = %7
  %13 = load i64, ptr @lines, align 8, !dbg !135
  %14 = add i64 %13, 1, !dbg !135
  store i64 %14, ptr @lines, align 8, !dbg !135
  %15 = load i64, ptr @lines, align 8, !dbg !137
  %16 = load i64, ptr %4, align 8, !dbg !138
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %15, i64 noundef %16), !dbg !139
    #dbg_declare(ptr %5, !140, !DIExpression(), !144)
    #dbg_declare(ptr %6, !145, !DIExpression(), !146)
  %18 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0, !dbg !147
  %19 = load i64, ptr %4, align 8, !dbg !148
  %20 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 32, ptr noundef @.str.1, i64 noundef %19) #6, !dbg !149
  store i32 %20, ptr %6, align 4, !dbg !146
  %21 = load i32, ptr %2, align 4, !dbg !150
  %22 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0, !dbg !151
  %23 = load i32, ptr %6, align 4, !dbg !152
  %24 = sext i32 %23 to i64, !dbg !152
  %25 = call i64 @write(i32 noundef %21, ptr noundef %22, i64 noundef %24), !dbg !153
  br label %7, !dbg !129, !llvm.loop !154

26:                                               ; preds = %7
  %27 = load i32, ptr %2, align 4, !dbg !157
  %28 = call i32 @close(i32 noundef %27), !dbg !158
  ret void, !dbg !159
}

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #4

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #4

declare i32 @close(i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!44, !45, !46, !47, !48, !49, !50}
!llvm.ident = !{!51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "lines", scope: !2, file: !3, line: 10, type: !43, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !32, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "tcp-lines.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "3983ef4f7421fb5b3bfba3084c94a952")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !6, line: 24, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17}
!9 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!10 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!11 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!12 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!13 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!14 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!15 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!16 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!17 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!18 = !{!19}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !21, line: 183, size: 128, elements: !22)
!21 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!22 = !{!23, !27}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !20, file: !21, line: 185, baseType: !24, size: 16)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !25, line: 28, baseType: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!26 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !20, file: !21, line: 186, baseType: !28, size: 112, offset: 16)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 112, elements: !30)
!29 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!30 = !{!31}
!31 = !DISubrange(count: 14)
!32 = !{!33, !38, !0}
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !3, line: 17, type: !35, isLocal: true, isDefinition: true)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 168, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 21)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(scope: null, file: !3, line: 19, type: !40, isLocal: true, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 40, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 5)
!43 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!44 = !{i32 7, !"Dwarf Version", i32 5}
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 1, !"wchar_size", i32 4}
!47 = !{i32 8, !"PIC Level", i32 2}
!48 = !{i32 7, !"PIE Level", i32 2}
!49 = !{i32 7, !"uwtable", i32 2}
!50 = !{i32 7, !"frame-pointer", i32 2}
!51 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!52 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 25, type: !53, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !56)
!53 = !DISubroutineType(types: !54)
!54 = !{!55}
!55 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!56 = !{}
!57 = !DILocalVariable(name: "a", scope: !52, file: !3, line: 26, type: !58)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !59, line: 245, size: 128, elements: !60)
!59 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!60 = !{!61, !62, !68, !75}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !58, file: !59, line: 247, baseType: !24, size: 16)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !58, file: !59, line: 248, baseType: !63, size: 16, offset: 16)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !59, line: 123, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !65, line: 25, baseType: !66)
!65 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !67, line: 40, baseType: !26)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !58, file: !59, line: 249, baseType: !69, size: 32, offset: 32)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !59, line: 31, size: 32, elements: !70)
!70 = !{!71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !69, file: !59, line: 33, baseType: !72, size: 32)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !59, line: 30, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !65, line: 26, baseType: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !67, line: 42, baseType: !7)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !58, file: !59, line: 252, baseType: !76, size: 64, offset: 64)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 64, elements: !78)
!77 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!78 = !{!79}
!79 = !DISubrange(count: 8)
!80 = !DILocation(line: 26, column: 22, scope: !52)
!81 = !DILocation(line: 27, column: 3, scope: !52)
!82 = !DILocation(line: 28, column: 5, scope: !52)
!83 = !DILocation(line: 28, column: 16, scope: !52)
!84 = !DILocation(line: 29, column: 16, scope: !52)
!85 = !DILocation(line: 29, column: 5, scope: !52)
!86 = !DILocation(line: 29, column: 14, scope: !52)
!87 = !DILocalVariable(name: "lst", scope: !52, file: !3, line: 30, type: !55)
!88 = !DILocation(line: 30, column: 7, scope: !52)
!89 = !DILocation(line: 30, column: 13, scope: !52)
!90 = !DILocation(line: 31, column: 8, scope: !52)
!91 = !DILocation(line: 31, column: 3, scope: !52)
!92 = !DILocation(line: 32, column: 10, scope: !52)
!93 = !DILocation(line: 32, column: 3, scope: !52)
!94 = !DILocation(line: 33, column: 3, scope: !52)
!95 = !DILocalVariable(name: "c", scope: !96, file: !3, line: 34, type: !55)
!96 = distinct !DILexicalBlock(scope: !97, file: !3, line: 33, column: 12)
!97 = distinct !DILexicalBlock(scope: !98, file: !3, line: 33, column: 3)
!98 = distinct !DILexicalBlock(scope: !52, file: !3, line: 33, column: 3)
!99 = !DILocation(line: 34, column: 9, scope: !96)
!100 = !DILocation(line: 34, column: 20, scope: !96)
!101 = !DILocation(line: 34, column: 13, scope: !96)
!102 = !DILocation(line: 35, column: 9, scope: !103)
!103 = distinct !DILexicalBlock(scope: !96, file: !3, line: 35, column: 9)
!104 = !DILocation(line: 35, column: 11, scope: !103)
!105 = !DILocation(line: 35, column: 9, scope: !96)
!106 = !DILocation(line: 36, column: 7, scope: !103)
!107 = distinct !{!107, !108, !109}
!108 = !DILocation(line: 33, column: 3, scope: !98)
!109 = !DILocation(line: 38, column: 3, scope: !98)
!110 = !DILocation(line: 37, column: 11, scope: !96)
!111 = !DILocation(line: 37, column: 5, scope: !96)
!112 = !DILocation(line: 33, column: 3, scope: !97)
!113 = distinct !DISubprogram(name: "serve", scope: !3, file: !3, line: 12, type: !114, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !56)
!114 = !DISubroutineType(types: !115)
!115 = !{null, !55}
!116 = !DILocalVariable(name: "c", arg: 1, scope: !113, file: !3, line: 12, type: !55)
!117 = !DILocation(line: 12, column: 23, scope: !113)
!118 = !DILocalVariable(name: "buf", scope: !113, file: !3, line: 13, type: !119)
!119 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 4096, elements: !120)
!120 = !{!121}
!121 = !DISubrange(count: 512)
!122 = !DILocation(line: 13, column: 8, scope: !113)
!123 = !DILocalVariable(name: "n", scope: !113, file: !3, line: 14, type: !124)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !125, line: 108, baseType: !126)
!125 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !67, line: 194, baseType: !127)
!127 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!128 = !DILocation(line: 14, column: 11, scope: !113)
!129 = !DILocation(line: 15, column: 3, scope: !113)
!130 = !DILocation(line: 15, column: 20, scope: !113)
!131 = !DILocation(line: 15, column: 23, scope: !113)
!132 = !DILocation(line: 15, column: 15, scope: !113)
!133 = !DILocation(line: 15, column: 13, scope: !113)
!134 = !DILocation(line: 15, column: 42, scope: !113)
!135 = !DILocation(line: 16, column: 10, scope: !136)
!136 = distinct !DILexicalBlock(scope: !113, file: !3, line: 15, column: 47)
!137 = !DILocation(line: 17, column: 37, scope: !136)
!138 = !DILocation(line: 17, column: 44, scope: !136)
!139 = !DILocation(line: 17, column: 5, scope: !136)
!140 = !DILocalVariable(name: "out", scope: !136, file: !3, line: 18, type: !141)
!141 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 256, elements: !142)
!142 = !{!143}
!143 = !DISubrange(count: 32)
!144 = !DILocation(line: 18, column: 10, scope: !136)
!145 = !DILocalVariable(name: "m", scope: !136, file: !3, line: 19, type: !55)
!146 = !DILocation(line: 19, column: 9, scope: !136)
!147 = !DILocation(line: 19, column: 22, scope: !136)
!148 = !DILocation(line: 19, column: 49, scope: !136)
!149 = !DILocation(line: 19, column: 13, scope: !136)
!150 = !DILocation(line: 20, column: 11, scope: !136)
!151 = !DILocation(line: 20, column: 14, scope: !136)
!152 = !DILocation(line: 20, column: 19, scope: !136)
!153 = !DILocation(line: 20, column: 5, scope: !136)
!154 = distinct !{!154, !129, !155, !156}
!155 = !DILocation(line: 21, column: 3, scope: !113)
!156 = !{!"llvm.loop.mustprogress"}
!157 = !DILocation(line: 22, column: 9, scope: !113)
!158 = !DILocation(line: 22, column: 3, scope: !113)
!159 = !DILocation(line: 23, column: 1, scope: !113)
