; Bound to one address with inet_addr("198.18.0.1"): the address is folded
; and printed, and it is not the wildcard.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'bind-inet-addr.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at bind-inet-addr.c:13
; CHECK-NEXT:   bind: port 9999 address 198.18.0.1 at bind-inet-addr.c:23
; CHECK-NEXT: event-loop #0: blocking-recv in main at bind-inet-addr.c:28, blocks in recvfrom at bind-inet-addr.c:31
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at bind-inet-addr.c:31, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at bind-inet-addr.c:37, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/bind-inet-addr.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - bind-inet-addr.c

; ModuleID = 'bind-inet-addr.c'
source_filename = "bind-inet-addr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [11 x i8] c"198.18.0.1\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [16 x i8] c"bind 198.18.0.1\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !17

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !59 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [512 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !64, !DIExpression(), !65)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !66
  store i32 %8, ptr %2, align 4, !dbg !65
  %9 = load i32, ptr %2, align 4, !dbg !67
  %10 = icmp slt i32 %9, 0, !dbg !69
  br i1 %10, label %11, label %12, !dbg !70

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !71
  store i32 1, ptr %1, align 4, !dbg !73
  br label %37, !dbg !73

12:                                               ; preds = %0
    #dbg_declare(ptr %3, !74, !DIExpression(), !97)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !98
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !99
  store i16 2, ptr %13, align 4, !dbg !100
  %14 = call zeroext i16 @htons(i16 noundef zeroext 9999) #6, !dbg !101
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !102
  store i16 %14, ptr %15, align 2, !dbg !103
  %16 = call i32 @inet_addr(ptr noundef @.str.1) #5, !dbg !104
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !105
  %18 = getelementptr inbounds %struct.in_addr, ptr %17, i32 0, i32 0, !dbg !106
  store i32 %16, ptr %18, align 4, !dbg !107
  %19 = load i32, ptr %2, align 4, !dbg !108
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %3, i32 noundef 16) #5, !dbg !110
  %21 = icmp slt i32 %20, 0, !dbg !111
  br i1 %21, label %22, label %23, !dbg !112

22:                                               ; preds = %12
  call void @perror(ptr noundef @.str.2), !dbg !113
  store i32 1, ptr %1, align 4, !dbg !115
  br label %37, !dbg !115

23:                                               ; preds = %12
    #dbg_declare(ptr %4, !116, !DIExpression(), !120)
  br label %24, !dbg !121

24:                                               ; preds = %31, %30, %23
    #dbg_declare(ptr %5, !122, !DIExpression(), !126)
    #dbg_declare(ptr %6, !127, !DIExpression(), !130)
  store i32 16, ptr %6, align 4, !dbg !130
    #dbg_declare(ptr %7, !131, !DIExpression(), !136)
  %25 = load i32, ptr %2, align 4, !dbg !137
  %26 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !138
  %27 = call i64 @recvfrom(i32 noundef %25, ptr noundef %26, i64 noundef 512, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !139
  store i64 %27, ptr %7, align 8, !dbg !136
  %28 = load i64, ptr %7, align 8, !dbg !140
  %29 = icmp slt i64 %28, 0, !dbg !142
  br i1 %29, label %30, label %31, !dbg !143

30:                                               ; preds = %24
  call void @perror(ptr noundef @.str.3), !dbg !144
  br label %24, !dbg !146, !llvm.loop !147

31:                                               ; preds = %24
  %32 = load i32, ptr %2, align 4, !dbg !150
  %33 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !151
  %34 = load i64, ptr %7, align 8, !dbg !152
  %35 = load i32, ptr %6, align 4, !dbg !153
  %36 = call i64 @sendto(i32 noundef %32, ptr noundef %33, i64 noundef %34, i32 noundef 0, ptr noundef %5, i32 noundef %35), !dbg !154
  br label %24, !dbg !155, !llvm.loop !147

37:                                               ; preds = %22, %11
  %38 = load i32, ptr %1, align 4, !dbg !156
  ret i32 %38, !dbg !156
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @inet_addr(ptr noundef) #1

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

!llvm.dbg.cu = !{!22}
!llvm.module.flags = !{!51, !52, !53, !54, !55, !56, !57}
!llvm.ident = !{!58}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 15, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "bind-inet-addr.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "a227ceda0fa6eba29ed80c7d337aa8ef")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 11)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 16)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 9)
!22 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !23, retainedTypes: !37, globals: !50, splitDebugInlining: false, nameTableKind: None)
!23 = !{!24}
!24 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !25, line: 24, baseType: !26, size: 32, elements: !27)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!26 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!27 = !{!28, !29, !30, !31, !32, !33, !34, !35, !36}
!28 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!29 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!30 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!31 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!32 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!33 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!34 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!35 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!36 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!37 = !{!38}
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !40, line: 183, size: 128, elements: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!41 = !{!42, !46}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !39, file: !40, line: 185, baseType: !43, size: 16)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !44, line: 28, baseType: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!45 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !39, file: !40, line: 186, baseType: !47, size: 112, offset: 16)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 14)
!50 = !{!0, !7, !12, !17}
!51 = !{i32 7, !"Dwarf Version", i32 5}
!52 = !{i32 2, !"Debug Info Version", i32 3}
!53 = !{i32 1, !"wchar_size", i32 4}
!54 = !{i32 8, !"PIC Level", i32 2}
!55 = !{i32 7, !"PIE Level", i32 2}
!56 = !{i32 7, !"uwtable", i32 2}
!57 = !{i32 7, !"frame-pointer", i32 2}
!58 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!59 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 12, type: !60, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !22, retainedNodes: !63)
!60 = !DISubroutineType(types: !61)
!61 = !{!62}
!62 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!63 = !{}
!64 = !DILocalVariable(name: "fd", scope: !59, file: !2, line: 13, type: !62)
!65 = !DILocation(line: 13, column: 7, scope: !59)
!66 = !DILocation(line: 13, column: 12, scope: !59)
!67 = !DILocation(line: 14, column: 7, scope: !68)
!68 = distinct !DILexicalBlock(scope: !59, file: !2, line: 14, column: 7)
!69 = !DILocation(line: 14, column: 10, scope: !68)
!70 = !DILocation(line: 14, column: 7, scope: !59)
!71 = !DILocation(line: 15, column: 5, scope: !72)
!72 = distinct !DILexicalBlock(scope: !68, file: !2, line: 14, column: 15)
!73 = !DILocation(line: 16, column: 5, scope: !72)
!74 = !DILocalVariable(name: "addr", scope: !59, file: !2, line: 18, type: !75)
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !76, line: 245, size: 128, elements: !77)
!76 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!77 = !{!78, !79, !85, !92}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !75, file: !76, line: 247, baseType: !43, size: 16)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !75, file: !76, line: 248, baseType: !80, size: 16, offset: 16)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !76, line: 123, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !82, line: 25, baseType: !83)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !84, line: 40, baseType: !45)
!84 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !75, file: !76, line: 249, baseType: !86, size: 32, offset: 32)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !76, line: 31, size: 32, elements: !87)
!87 = !{!88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !86, file: !76, line: 33, baseType: !89, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !76, line: 30, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !82, line: 26, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !84, line: 42, baseType: !26)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !75, file: !76, line: 252, baseType: !93, size: 64, offset: 64)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 64, elements: !95)
!94 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DILocation(line: 18, column: 22, scope: !59)
!98 = !DILocation(line: 19, column: 3, scope: !59)
!99 = !DILocation(line: 20, column: 8, scope: !59)
!100 = !DILocation(line: 20, column: 19, scope: !59)
!101 = !DILocation(line: 21, column: 19, scope: !59)
!102 = !DILocation(line: 21, column: 8, scope: !59)
!103 = !DILocation(line: 21, column: 17, scope: !59)
!104 = !DILocation(line: 22, column: 26, scope: !59)
!105 = !DILocation(line: 22, column: 8, scope: !59)
!106 = !DILocation(line: 22, column: 17, scope: !59)
!107 = !DILocation(line: 22, column: 24, scope: !59)
!108 = !DILocation(line: 23, column: 12, scope: !109)
!109 = distinct !DILexicalBlock(scope: !59, file: !2, line: 23, column: 7)
!110 = !DILocation(line: 23, column: 7, scope: !109)
!111 = !DILocation(line: 23, column: 56, scope: !109)
!112 = !DILocation(line: 23, column: 7, scope: !59)
!113 = !DILocation(line: 24, column: 5, scope: !114)
!114 = distinct !DILexicalBlock(scope: !109, file: !2, line: 23, column: 61)
!115 = !DILocation(line: 25, column: 5, scope: !114)
!116 = !DILocalVariable(name: "buf", scope: !59, file: !2, line: 27, type: !117)
!117 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !118)
!118 = !{!119}
!119 = !DISubrange(count: 512)
!120 = !DILocation(line: 27, column: 8, scope: !59)
!121 = !DILocation(line: 28, column: 3, scope: !59)
!122 = !DILocalVariable(name: "src", scope: !123, file: !2, line: 29, type: !75)
!123 = distinct !DILexicalBlock(scope: !124, file: !2, line: 28, column: 12)
!124 = distinct !DILexicalBlock(scope: !125, file: !2, line: 28, column: 3)
!125 = distinct !DILexicalBlock(scope: !59, file: !2, line: 28, column: 3)
!126 = !DILocation(line: 29, column: 24, scope: !123)
!127 = !DILocalVariable(name: "slen", scope: !123, file: !2, line: 30, type: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !40, line: 33, baseType: !129)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !84, line: 210, baseType: !26)
!130 = !DILocation(line: 30, column: 15, scope: !123)
!131 = !DILocalVariable(name: "n", scope: !123, file: !2, line: 31, type: !132)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !133, line: 108, baseType: !134)
!133 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !84, line: 194, baseType: !135)
!135 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!136 = !DILocation(line: 31, column: 13, scope: !123)
!137 = !DILocation(line: 31, column: 26, scope: !123)
!138 = !DILocation(line: 31, column: 30, scope: !123)
!139 = !DILocation(line: 31, column: 17, scope: !123)
!140 = !DILocation(line: 33, column: 9, scope: !141)
!141 = distinct !DILexicalBlock(scope: !123, file: !2, line: 33, column: 9)
!142 = !DILocation(line: 33, column: 11, scope: !141)
!143 = !DILocation(line: 33, column: 9, scope: !123)
!144 = !DILocation(line: 34, column: 7, scope: !145)
!145 = distinct !DILexicalBlock(scope: !141, file: !2, line: 33, column: 16)
!146 = !DILocation(line: 35, column: 7, scope: !145)
!147 = distinct !{!147, !148, !149}
!148 = !DILocation(line: 28, column: 3, scope: !125)
!149 = !DILocation(line: 38, column: 3, scope: !125)
!150 = !DILocation(line: 37, column: 12, scope: !123)
!151 = !DILocation(line: 37, column: 16, scope: !123)
!152 = !DILocation(line: 37, column: 21, scope: !123)
!153 = !DILocation(line: 37, column: 52, scope: !123)
!154 = !DILocation(line: 37, column: 5, scope: !123)
!155 = !DILocation(line: 28, column: 3, scope: !124)
!156 = !DILocation(line: 39, column: 1, scope: !59)
