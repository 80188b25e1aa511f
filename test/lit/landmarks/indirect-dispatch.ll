; A dispatch table of handler function pointers called inside the loop:
; the indirect call is reported (IndirectCallInLoop) at its line.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=koffload -pass-remarks-analysis=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload landmarks for 'indirect-dispatch.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at indirect-dispatch.c:27
; CHECK-NEXT:   bind: port 4040 address 0.0.0.0 at indirect-dispatch.c:36
; CHECK-NEXT: event-loop #0: blocking-recv in main at indirect-dispatch.c:41, blocks in recvfrom at indirect-dispatch.c:44
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at indirect-dispatch.c:44, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in do_ping at indirect-dispatch.c:16, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in do_echo at indirect-dispatch.c:21, loop #0
; CHECK-NEXT: note: IndirectCallInLoop: indirect call inside event loop #0; its targets are not analysed and stay in userspace (indirect-dispatch.c:49)
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 2 replies, 0 other I/O
;
; REMARK: remark: indirect-dispatch.c:49:{{[0-9]+}}: indirect call inside event loop #0
;
; MADE-FROM: Inputs/indirect-dispatch.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - indirect-dispatch.c

; ModuleID = 'indirect-dispatch.c'
source_filename = "indirect-dispatch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@handlers = internal constant [2 x ptr] [ptr @do_ping, ptr @do_echo], align 16, !dbg !12
@.str.2 = private unnamed_addr constant [5 x i8] c"pong\00", align 1, !dbg !49

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !93 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [600 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !97, !DIExpression(), !98)
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !99
  store i32 %9, ptr %2, align 4, !dbg !98
  %10 = load i32, ptr %2, align 4, !dbg !100
  %11 = icmp slt i32 %10, 0, !dbg !102
  br i1 %11, label %12, label %13, !dbg !103

12:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !104
  store i32 1, ptr %1, align 4, !dbg !106
  br label %45, !dbg !106

13:                                               ; preds = %0
    #dbg_declare(ptr %3, !107, !DIExpression(), !108)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !109
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !110
  store i16 2, ptr %14, align 4, !dbg !111
  %15 = call zeroext i16 @htons(i16 noundef zeroext 4040) #6, !dbg !112
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !113
  store i16 %15, ptr %16, align 2, !dbg !114
  %17 = load i32, ptr %2, align 4, !dbg !115
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #5, !dbg !117
  %19 = icmp slt i32 %18, 0, !dbg !118
  br i1 %19, label %20, label %21, !dbg !119

20:                                               ; preds = %13
  call void @perror(ptr noundef @.str.1), !dbg !120
  store i32 1, ptr %1, align 4, !dbg !122
  br label %45, !dbg !122

21:                                               ; preds = %13
    #dbg_declare(ptr %4, !123, !DIExpression(), !127)
  br label %22, !dbg !128

22:                                               ; preds = %44, %28, %21
    #dbg_declare(ptr %5, !129, !DIExpression(), !133)
    #dbg_declare(ptr %6, !134, !DIExpression(), !137)
  store i32 16, ptr %6, align 4, !dbg !137
    #dbg_declare(ptr %7, !138, !DIExpression(), !143)
  %23 = load i32, ptr %2, align 4, !dbg !144
  %24 = getelementptr inbounds [600 x i8], ptr %4, i64 0, i64 0, !dbg !145
  %25 = call i64 @recvfrom(i32 noundef %23, ptr noundef %24, i64 noundef 600, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !146
  store i64 %25, ptr %7, align 8, !dbg !143
  %26 = load i64, ptr %7, align 8, !dbg !147
  %27 = icmp slt i64 %26, 1, !dbg !149
  br i1 %27, label %28, label %29, !dbg !150

28:                                               ; preds = %22
  br label %22, !dbg !151, !llvm.loop !152

29:                                               ; preds = %22
    #dbg_declare(ptr %8, !155, !DIExpression(), !156)
  %30 = getelementptr inbounds [600 x i8], ptr %4, i64 0, i64 0, !dbg !157
  %31 = load i8, ptr %30, align 16, !dbg !157
  %32 = zext i8 %31 to i32, !dbg !158
  store i32 %32, ptr %8, align 4, !dbg !156
  %33 = load i32, ptr %8, align 4, !dbg !159
  %34 = zext i32 %33 to i64, !dbg !159
  %35 = icmp ult i64 %34, 2, !dbg !161
  br i1 %35, label %36, label %44, !dbg !162

36:                                               ; preds = %29
  %37 = load i32, ptr %8, align 4, !dbg !163
  %38 = zext i32 %37 to i64, !dbg !164
  %39 = getelementptr inbounds [2 x ptr], ptr @handlers, i64 0, i64 %38, !dbg !164
  %40 = load ptr, ptr %39, align 8, !dbg !164
  %41 = load i32, ptr %2, align 4, !dbg !165
  %42 = getelementptr inbounds [600 x i8], ptr %4, i64 0, i64 0, !dbg !166
  %43 = load i64, ptr %7, align 8, !dbg !167
  call void %40(i32 noundef %41, ptr noundef %42, i64 noundef %43, ptr noundef %5), !dbg !164
  br label %44, !dbg !164

44:                                               ; preds = %36, %29
  br label %22, !dbg !168, !llvm.loop !152

45:                                               ; preds = %20, %12
  %46 = load i32, ptr %1, align 4, !dbg !169
  ret i32 %46, !dbg !169
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

; Function Attrs: noinline nounwind optnone uwtable
define internal void @do_ping(i32 noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 !dbg !170 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  store i32 %0, ptr %5, align 4
    #dbg_declare(ptr %5, !171, !DIExpression(), !172)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !173, !DIExpression(), !174)
  store i64 %2, ptr %7, align 8
    #dbg_declare(ptr %7, !175, !DIExpression(), !176)
  store ptr %3, ptr %8, align 8
    #dbg_declare(ptr %8, !177, !DIExpression(), !178)
  %9 = load ptr, ptr %6, align 8, !dbg !179
  %10 = load i64, ptr %7, align 8, !dbg !180
  %11 = load i32, ptr %5, align 4, !dbg !181
  %12 = load ptr, ptr %8, align 8, !dbg !182
  %13 = call i64 @sendto(i32 noundef %11, ptr noundef @.str.2, i64 noundef 4, i32 noundef 0, ptr noundef %12, i32 noundef 16), !dbg !183
  ret void, !dbg !184
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @do_echo(i32 noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 !dbg !185 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  store i32 %0, ptr %5, align 4
    #dbg_declare(ptr %5, !186, !DIExpression(), !187)
  store ptr %1, ptr %6, align 8
    #dbg_declare(ptr %6, !188, !DIExpression(), !189)
  store i64 %2, ptr %7, align 8
    #dbg_declare(ptr %7, !190, !DIExpression(), !191)
  store ptr %3, ptr %8, align 8
    #dbg_declare(ptr %8, !192, !DIExpression(), !193)
  %9 = load i32, ptr %5, align 4, !dbg !194
  %10 = load ptr, ptr %6, align 8, !dbg !195
  %11 = getelementptr inbounds i8, ptr %10, i64 1, !dbg !196
  %12 = load i64, ptr %7, align 8, !dbg !197
  %13 = sub i64 %12, 1, !dbg !198
  %14 = load ptr, ptr %8, align 8, !dbg !199
  %15 = call i64 @sendto(i32 noundef %9, ptr noundef %11, i64 noundef %13, i32 noundef 0, ptr noundef %14, i32 noundef 16), !dbg !200
  ret void, !dbg !201
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!85, !86, !87, !88, !89, !90, !91}
!llvm.ident = !{!92}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 29, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "indirect-dispatch.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "020398e324bfe201a789e76b38be7504")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "handlers", scope: !14, file: !2, line: 24, type: !51, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !29, globals: !48, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16}
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !18, size: 32, elements: !19)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!21 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!22 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!23 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!24 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!25 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!26 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!27 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!28 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!29 = !{!30, !42, !43, !46}
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !32, line: 183, size: 128, elements: !33)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!33 = !{!34, !38}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !31, file: !32, line: 185, baseType: !35, size: 16)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !36, line: 28, baseType: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!37 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !31, file: !32, line: 186, baseType: !39, size: 112, offset: 16)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 14)
!42 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !44, line: 18, baseType: !45)
!44 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!45 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!47 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !31)
!48 = !{!0, !7, !12, !49}
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !9, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !52, size: 128, elements: !83)
!52 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "handler_fn", file: !2, line: 9, baseType: !54)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DISubroutineType(types: !56)
!56 = !{null, !57, !58, !43, !60}
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64)
!59 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !63, line: 245, size: 128, elements: !64)
!63 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!64 = !{!65, !66, !72, !79}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !62, file: !63, line: 247, baseType: !35, size: 16)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !62, file: !63, line: 248, baseType: !67, size: 16, offset: 16)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !63, line: 123, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !69, line: 25, baseType: !70)
!69 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !71, line: 40, baseType: !37)
!71 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !62, file: !63, line: 249, baseType: !73, size: 32, offset: 32)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !63, line: 31, size: 32, elements: !74)
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !73, file: !63, line: 33, baseType: !76, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !63, line: 30, baseType: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !69, line: 26, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !71, line: 42, baseType: !18)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !62, file: !63, line: 252, baseType: !80, size: 64, offset: 64)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 64, elements: !81)
!81 = !{!82}
!82 = !DISubrange(count: 8)
!83 = !{!84}
!84 = !DISubrange(count: 2)
!85 = !{i32 7, !"Dwarf Version", i32 5}
!86 = !{i32 2, !"Debug Info Version", i32 3}
!87 = !{i32 1, !"wchar_size", i32 4}
!88 = !{i32 8, !"PIC Level", i32 2}
!89 = !{i32 7, !"PIE Level", i32 2}
!90 = !{i32 7, !"uwtable", i32 2}
!91 = !{i32 7, !"frame-pointer", i32 2}
!92 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!93 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 26, type: !94, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !96)
!94 = !DISubroutineType(types: !95)
!95 = !{!57}
!96 = !{}
!97 = !DILocalVariable(name: "fd", scope: !93, file: !2, line: 27, type: !57)
!98 = !DILocation(line: 27, column: 7, scope: !93)
!99 = !DILocation(line: 27, column: 12, scope: !93)
!100 = !DILocation(line: 28, column: 7, scope: !101)
!101 = distinct !DILexicalBlock(scope: !93, file: !2, line: 28, column: 7)
!102 = !DILocation(line: 28, column: 10, scope: !101)
!103 = !DILocation(line: 28, column: 7, scope: !93)
!104 = !DILocation(line: 29, column: 5, scope: !105)
!105 = distinct !DILexicalBlock(scope: !101, file: !2, line: 28, column: 15)
!106 = !DILocation(line: 30, column: 5, scope: !105)
!107 = !DILocalVariable(name: "addr", scope: !93, file: !2, line: 32, type: !62)
!108 = !DILocation(line: 32, column: 22, scope: !93)
!109 = !DILocation(line: 33, column: 3, scope: !93)
!110 = !DILocation(line: 34, column: 8, scope: !93)
!111 = !DILocation(line: 34, column: 19, scope: !93)
!112 = !DILocation(line: 35, column: 19, scope: !93)
!113 = !DILocation(line: 35, column: 8, scope: !93)
!114 = !DILocation(line: 35, column: 17, scope: !93)
!115 = !DILocation(line: 36, column: 12, scope: !116)
!116 = distinct !DILexicalBlock(scope: !93, file: !2, line: 36, column: 7)
!117 = !DILocation(line: 36, column: 7, scope: !116)
!118 = !DILocation(line: 36, column: 56, scope: !116)
!119 = !DILocation(line: 36, column: 7, scope: !93)
!120 = !DILocation(line: 37, column: 5, scope: !121)
!121 = distinct !DILexicalBlock(scope: !116, file: !2, line: 36, column: 61)
!122 = !DILocation(line: 38, column: 5, scope: !121)
!123 = !DILocalVariable(name: "req", scope: !93, file: !2, line: 40, type: !124)
!124 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4800, elements: !125)
!125 = !{!126}
!126 = !DISubrange(count: 600)
!127 = !DILocation(line: 40, column: 8, scope: !93)
!128 = !DILocation(line: 41, column: 3, scope: !93)
!129 = !DILocalVariable(name: "from", scope: !130, file: !2, line: 42, type: !62)
!130 = distinct !DILexicalBlock(scope: !131, file: !2, line: 41, column: 12)
!131 = distinct !DILexicalBlock(scope: !132, file: !2, line: 41, column: 3)
!132 = distinct !DILexicalBlock(scope: !93, file: !2, line: 41, column: 3)
!133 = !DILocation(line: 42, column: 24, scope: !130)
!134 = !DILocalVariable(name: "fl", scope: !130, file: !2, line: 43, type: !135)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !32, line: 33, baseType: !136)
!136 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !71, line: 210, baseType: !18)
!137 = !DILocation(line: 43, column: 15, scope: !130)
!138 = !DILocalVariable(name: "n", scope: !130, file: !2, line: 44, type: !139)
!139 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !140, line: 108, baseType: !141)
!140 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!141 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !71, line: 194, baseType: !142)
!142 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!143 = !DILocation(line: 44, column: 13, scope: !130)
!144 = !DILocation(line: 44, column: 26, scope: !130)
!145 = !DILocation(line: 44, column: 30, scope: !130)
!146 = !DILocation(line: 44, column: 17, scope: !130)
!147 = !DILocation(line: 45, column: 9, scope: !148)
!148 = distinct !DILexicalBlock(scope: !130, file: !2, line: 45, column: 9)
!149 = !DILocation(line: 45, column: 11, scope: !148)
!150 = !DILocation(line: 45, column: 9, scope: !130)
!151 = !DILocation(line: 46, column: 7, scope: !148)
!152 = distinct !{!152, !153, !154}
!153 = !DILocation(line: 41, column: 3, scope: !132)
!154 = !DILocation(line: 50, column: 3, scope: !132)
!155 = !DILocalVariable(name: "op", scope: !130, file: !2, line: 47, type: !18)
!156 = !DILocation(line: 47, column: 14, scope: !130)
!157 = !DILocation(line: 47, column: 34, scope: !130)
!158 = !DILocation(line: 47, column: 19, scope: !130)
!159 = !DILocation(line: 48, column: 9, scope: !160)
!160 = distinct !DILexicalBlock(scope: !130, file: !2, line: 48, column: 9)
!161 = !DILocation(line: 48, column: 12, scope: !160)
!162 = !DILocation(line: 48, column: 9, scope: !130)
!163 = !DILocation(line: 49, column: 16, scope: !160)
!164 = !DILocation(line: 49, column: 7, scope: !160)
!165 = !DILocation(line: 49, column: 20, scope: !160)
!166 = !DILocation(line: 49, column: 24, scope: !160)
!167 = !DILocation(line: 49, column: 37, scope: !160)
!168 = !DILocation(line: 41, column: 3, scope: !131)
!169 = !DILocation(line: 51, column: 1, scope: !93)
!170 = distinct !DISubprogram(name: "do_ping", scope: !2, file: !2, line: 12, type: !55, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !96)
!171 = !DILocalVariable(name: "fd", arg: 1, scope: !170, file: !2, line: 12, type: !57)
!172 = !DILocation(line: 12, column: 25, scope: !170)
!173 = !DILocalVariable(name: "req", arg: 2, scope: !170, file: !2, line: 12, type: !58)
!174 = !DILocation(line: 12, column: 41, scope: !170)
!175 = !DILocalVariable(name: "len", arg: 3, scope: !170, file: !2, line: 12, type: !43)
!176 = !DILocation(line: 12, column: 53, scope: !170)
!177 = !DILocalVariable(name: "to", arg: 4, scope: !170, file: !2, line: 13, type: !60)
!178 = !DILocation(line: 13, column: 47, scope: !170)
!179 = !DILocation(line: 14, column: 9, scope: !170)
!180 = !DILocation(line: 15, column: 9, scope: !170)
!181 = !DILocation(line: 16, column: 10, scope: !170)
!182 = !DILocation(line: 16, column: 53, scope: !170)
!183 = !DILocation(line: 16, column: 3, scope: !170)
!184 = !DILocation(line: 17, column: 1, scope: !170)
!185 = distinct !DISubprogram(name: "do_echo", scope: !2, file: !2, line: 19, type: !55, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !96)
!186 = !DILocalVariable(name: "fd", arg: 1, scope: !185, file: !2, line: 19, type: !57)
!187 = !DILocation(line: 19, column: 25, scope: !185)
!188 = !DILocalVariable(name: "req", arg: 2, scope: !185, file: !2, line: 19, type: !58)
!189 = !DILocation(line: 19, column: 41, scope: !185)
!190 = !DILocalVariable(name: "len", arg: 3, scope: !185, file: !2, line: 19, type: !43)
!191 = !DILocation(line: 19, column: 53, scope: !185)
!192 = !DILocalVariable(name: "to", arg: 4, scope: !185, file: !2, line: 20, type: !60)
!193 = !DILocation(line: 20, column: 47, scope: !185)
!194 = !DILocation(line: 21, column: 10, scope: !185)
!195 = !DILocation(line: 21, column: 14, scope: !185)
!196 = !DILocation(line: 21, column: 18, scope: !185)
!197 = !DILocation(line: 21, column: 23, scope: !185)
!198 = !DILocation(line: 21, column: 27, scope: !185)
!199 = !DILocation(line: 21, column: 60, scope: !185)
!200 = !DILocation(line: 21, column: 3, scope: !185)
!201 = !DILocation(line: 22, column: 1, scope: !185)
