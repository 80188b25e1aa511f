; The receive is the loop condition, while ((n = recv(...)) >= 0), on a
; connected UDP socket that replies with send(). connect()'s sockaddr is
; not the bound one.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-recv-while.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-recv-while.c:14
; CHECK-NEXT:   bind: port 2002 address 0.0.0.0 at udp-recv-while.c:20
; CHECK-NEXT: event-loop #0: blocking-recv in main at udp-recv-while.c:33, blocks in recv at udp-recv-while.c:33
; CHECK-NEXT: arrival: recv on socket #0 in main at udp-recv-while.c:33, loop #0
; CHECK-NEXT: reply: send on socket #0 in main at udp-recv-while.c:35, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-recv-while.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-recv-while.c

; ModuleID = 'udp-recv-while.c'
source_filename = "udp-recv-while.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [11 x i8] c"198.18.0.9\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [8 x i8] c"connect\00", align 1, !dbg !17
@banner = internal constant [29 x i8] c"koffload-test-responder 1.0\0A\00", align 16, !dbg !22
@.str.4 = private unnamed_addr constant [5 x i8] c"send\00", align 1, !dbg !53
@.str.5 = private unnamed_addr constant [5 x i8] c"recv\00", align 1, !dbg !55
@.str.6 = private unnamed_addr constant [14 x i8] c"%lu requests\0A\00", align 1, !dbg !57

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !71 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca [256 x i8], align 16
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !76, !DIExpression(), !77)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !78
  store i32 %8, ptr %2, align 4, !dbg !77
  %9 = load i32, ptr %2, align 4, !dbg !79
  %10 = icmp slt i32 %9, 0, !dbg !81
  br i1 %10, label %11, label %12, !dbg !82

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !83
  store i32 1, ptr %1, align 4, !dbg !85
  br label %54, !dbg !85

12:                                               ; preds = %0
    #dbg_declare(ptr %3, !86, !DIExpression(), !107)
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !108
  store i16 2, ptr %13, align 4, !dbg !108
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !108
  %15 = call zeroext i16 @htons(i16 noundef zeroext 2002) #6, !dbg !109
  store i16 %15, ptr %14, align 2, !dbg !108
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !108
  call void @llvm.memset.p0.i64(ptr align 4 %16, i8 0, i64 4, i1 false), !dbg !108
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 3, !dbg !108
  call void @llvm.memset.p0.i64(ptr align 4 %17, i8 0, i64 8, i1 false), !dbg !108
  %18 = load i32, ptr %2, align 4, !dbg !110
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #5, !dbg !112
  %20 = icmp slt i32 %19, 0, !dbg !113
  br i1 %20, label %21, label %22, !dbg !114

21:                                               ; preds = %12
  call void @perror(ptr noundef @.str.1), !dbg !115
  store i32 1, ptr %1, align 4, !dbg !117
  br label %54, !dbg !117

22:                                               ; preds = %12
    #dbg_declare(ptr %4, !118, !DIExpression(), !119)
  %23 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !120
  store i16 2, ptr %23, align 4, !dbg !120
  %24 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !120
  %25 = call zeroext i16 @htons(i16 noundef zeroext 2003) #6, !dbg !121
  store i16 %25, ptr %24, align 2, !dbg !120
  %26 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 2, !dbg !120
  call void @llvm.memset.p0.i64(ptr align 4 %26, i8 0, i64 4, i1 false), !dbg !120
  %27 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 3, !dbg !120
  call void @llvm.memset.p0.i64(ptr align 4 %27, i8 0, i64 8, i1 false), !dbg !120
  %28 = call i32 @inet_addr(ptr noundef @.str.2) #5, !dbg !122
  %29 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 2, !dbg !123
  %30 = getelementptr inbounds %struct.in_addr, ptr %29, i32 0, i32 0, !dbg !124
  store i32 %28, ptr %30, align 4, !dbg !125
  %31 = load i32, ptr %2, align 4, !dbg !126
  %32 = call i32 @connect(i32 noundef %31, ptr noundef %4, i32 noundef 16), !dbg !128
  %33 = icmp slt i32 %32, 0, !dbg !129
  br i1 %33, label %34, label %35, !dbg !130

34:                                               ; preds = %22
  call void @perror(ptr noundef @.str.3), !dbg !131
  store i32 1, ptr %1, align 4, !dbg !133
  br label %54, !dbg !133

35:                                               ; preds = %22
    #dbg_declare(ptr %5, !134, !DIExpression(), !138)
    #dbg_declare(ptr %6, !139, !DIExpression(), !144)
    #dbg_declare(ptr %7, !145, !DIExpression(), !147)
  store i64 0, ptr %7, align 8, !dbg !147
  br label %36, !dbg !148

36:                                               ; preds = %48, %35
  %37 = load i32, ptr %2, align 4, !dbg !149
  %38 = getelementptr inbounds [256 x i8], ptr %5, i64 0, i64 0, !dbg !150
  %39 = call i64 @recv(i32 noundef %37, ptr noundef %38, i64 noundef 256, i32 noundef 0), !dbg !151
  store i64 %39, ptr %6, align 8, !dbg !152
  %40 = icmp sge i64 %39, 0, !dbg !153
  br i1 %40, label %41, label %49, !dbg !148

41:                                               ; preds = %36
  %42 = load i64, ptr %7, align 8, !dbg !154
  %43 = add i64 %42, 1, !dbg !154
  store i64 %43, ptr %7, align 8, !dbg !154
  %44 = load i32, ptr %2, align 4, !dbg !156
  %45 = call i64 @send(i32 noundef %44, ptr noundef @banner, i64 noundef 28, i32 noundef 0), !dbg !158
  %46 = icmp slt i64 %45, 0, !dbg !159
  br i1 %46, label %47, label %48, !dbg !160

47:                                               ; preds = %41
  call void @perror(ptr noundef @.str.4), !dbg !161
  br label %48, !dbg !161

48:                                               ; preds = %47, %41
  br label %36, !dbg !148, !llvm.loop !162

49:                                               ; preds = %36
  call void @perror(ptr noundef @.str.5), !dbg !165
  %50 = load i64, ptr %7, align 8, !dbg !166
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %50), !dbg !167
  %52 = load i32, ptr %2, align 4, !dbg !168
  %53 = call i32 @close(i32 noundef %52), !dbg !169
  store i32 1, ptr %1, align 4, !dbg !170
  br label %54, !dbg !170

54:                                               ; preds = %49, %34, %21, %11
  %55 = load i32, ptr %1, align 4, !dbg !171
  ret i32 %55, !dbg !171
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @inet_addr(ptr noundef) #1

declare i32 @connect(i32 noundef, ptr noundef, i32 noundef) #2

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #2

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #2

declare i32 @printf(ptr noundef, ...) #2

declare i32 @close(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!24}
!llvm.module.flags = !{!63, !64, !65, !66, !67, !68, !69}
!llvm.ident = !{!70}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 16, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-recv-while.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "cc9802d7911769305b5b8d58b3af2ddd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 11)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 8)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(name: "banner", scope: !24, file: !2, line: 11, type: !59, isLocal: true, isDefinition: true)
!24 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !25, retainedTypes: !39, globals: !52, splitDebugInlining: false, nameTableKind: None)
!25 = !{!26}
!26 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !27, line: 24, baseType: !28, size: 32, elements: !29)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!28 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!29 = !{!30, !31, !32, !33, !34, !35, !36, !37, !38}
!30 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!31 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!32 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!33 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!34 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!35 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!36 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!37 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!38 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !42, line: 183, size: 128, elements: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!43 = !{!44, !48}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !41, file: !42, line: 185, baseType: !45, size: 16)
!45 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !46, line: 28, baseType: !47)
!46 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!47 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !41, file: !42, line: 186, baseType: !49, size: 112, offset: 16)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 14)
!52 = !{!0, !7, !12, !17, !53, !55, !57, !22}
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !9, isLocal: true, isDefinition: true)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !49, isLocal: true, isDefinition: true)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !60, size: 232, elements: !61)
!60 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!61 = !{!62}
!62 = !DISubrange(count: 29)
!63 = !{i32 7, !"Dwarf Version", i32 5}
!64 = !{i32 2, !"Debug Info Version", i32 3}
!65 = !{i32 1, !"wchar_size", i32 4}
!66 = !{i32 8, !"PIC Level", i32 2}
!67 = !{i32 7, !"PIE Level", i32 2}
!68 = !{i32 7, !"uwtable", i32 2}
!69 = !{i32 7, !"frame-pointer", i32 2}
!70 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!71 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 13, type: !72, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !24, retainedNodes: !75)
!72 = !DISubroutineType(types: !73)
!73 = !{!74}
!74 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!75 = !{}
!76 = !DILocalVariable(name: "s", scope: !71, file: !2, line: 14, type: !74)
!77 = !DILocation(line: 14, column: 7, scope: !71)
!78 = !DILocation(line: 14, column: 11, scope: !71)
!79 = !DILocation(line: 15, column: 7, scope: !80)
!80 = distinct !DILexicalBlock(scope: !71, file: !2, line: 15, column: 7)
!81 = !DILocation(line: 15, column: 9, scope: !80)
!82 = !DILocation(line: 15, column: 7, scope: !71)
!83 = !DILocation(line: 16, column: 5, scope: !84)
!84 = distinct !DILexicalBlock(scope: !80, file: !2, line: 15, column: 14)
!85 = !DILocation(line: 17, column: 5, scope: !84)
!86 = !DILocalVariable(name: "local", scope: !71, file: !2, line: 19, type: !87)
!87 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !88, line: 245, size: 128, elements: !89)
!88 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!89 = !{!90, !91, !97, !104}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !87, file: !88, line: 247, baseType: !45, size: 16)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !87, file: !88, line: 248, baseType: !92, size: 16, offset: 16)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !88, line: 123, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !94, line: 25, baseType: !95)
!94 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !96, line: 40, baseType: !47)
!96 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !87, file: !88, line: 249, baseType: !98, size: 32, offset: 32)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !88, line: 31, size: 32, elements: !99)
!99 = !{!100}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !98, file: !88, line: 33, baseType: !101, size: 32)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !88, line: 30, baseType: !102)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !94, line: 26, baseType: !103)
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !96, line: 42, baseType: !28)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !87, file: !88, line: 252, baseType: !105, size: 64, offset: 64)
!105 = !DICompositeType(tag: DW_TAG_array_type, baseType: !106, size: 64, elements: !20)
!106 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!107 = !DILocation(line: 19, column: 22, scope: !71)
!108 = !DILocation(line: 19, column: 30, scope: !71)
!109 = !DILocation(line: 19, column: 66, scope: !71)
!110 = !DILocation(line: 20, column: 12, scope: !111)
!111 = distinct !DILexicalBlock(scope: !71, file: !2, line: 20, column: 7)
!112 = !DILocation(line: 20, column: 7, scope: !111)
!113 = !DILocation(line: 20, column: 57, scope: !111)
!114 = !DILocation(line: 20, column: 7, scope: !71)
!115 = !DILocation(line: 21, column: 5, scope: !116)
!116 = distinct !DILexicalBlock(scope: !111, file: !2, line: 20, column: 62)
!117 = !DILocation(line: 22, column: 5, scope: !116)
!118 = !DILocalVariable(name: "peer", scope: !71, file: !2, line: 24, type: !87)
!119 = !DILocation(line: 24, column: 22, scope: !71)
!120 = !DILocation(line: 24, column: 29, scope: !71)
!121 = !DILocation(line: 24, column: 65, scope: !71)
!122 = !DILocation(line: 25, column: 26, scope: !71)
!123 = !DILocation(line: 25, column: 8, scope: !71)
!124 = !DILocation(line: 25, column: 17, scope: !71)
!125 = !DILocation(line: 25, column: 24, scope: !71)
!126 = !DILocation(line: 26, column: 15, scope: !127)
!127 = distinct !DILexicalBlock(scope: !71, file: !2, line: 26, column: 7)
!128 = !DILocation(line: 26, column: 7, scope: !127)
!129 = !DILocation(line: 26, column: 58, scope: !127)
!130 = !DILocation(line: 26, column: 7, scope: !71)
!131 = !DILocation(line: 27, column: 5, scope: !132)
!132 = distinct !DILexicalBlock(scope: !127, file: !2, line: 26, column: 63)
!133 = !DILocation(line: 28, column: 5, scope: !132)
!134 = !DILocalVariable(name: "buf", scope: !71, file: !2, line: 30, type: !135)
!135 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !136)
!136 = !{!137}
!137 = !DISubrange(count: 256)
!138 = !DILocation(line: 30, column: 8, scope: !71)
!139 = !DILocalVariable(name: "n", scope: !71, file: !2, line: 31, type: !140)
!140 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !141, line: 108, baseType: !142)
!141 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !96, line: 194, baseType: !143)
!143 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!144 = !DILocation(line: 31, column: 11, scope: !71)
!145 = !DILocalVariable(name: "count", scope: !71, file: !2, line: 32, type: !146)
!146 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!147 = !DILocation(line: 32, column: 17, scope: !71)
!148 = !DILocation(line: 33, column: 3, scope: !71)
!149 = !DILocation(line: 33, column: 20, scope: !71)
!150 = !DILocation(line: 33, column: 23, scope: !71)
!151 = !DILocation(line: 33, column: 15, scope: !71)
!152 = !DILocation(line: 33, column: 13, scope: !71)
!153 = !DILocation(line: 33, column: 45, scope: !71)
!154 = !DILocation(line: 34, column: 10, scope: !155)
!155 = distinct !DILexicalBlock(scope: !71, file: !2, line: 33, column: 51)
!156 = !DILocation(line: 35, column: 14, scope: !157)
!157 = distinct !DILexicalBlock(scope: !155, file: !2, line: 35, column: 9)
!158 = !DILocation(line: 35, column: 9, scope: !157)
!159 = !DILocation(line: 35, column: 48, scope: !157)
!160 = !DILocation(line: 35, column: 9, scope: !155)
!161 = !DILocation(line: 36, column: 7, scope: !157)
!162 = distinct !{!162, !148, !163, !164}
!163 = !DILocation(line: 37, column: 3, scope: !71)
!164 = !{!"llvm.loop.mustprogress"}
!165 = !DILocation(line: 38, column: 3, scope: !71)
!166 = !DILocation(line: 39, column: 28, scope: !71)
!167 = !DILocation(line: 39, column: 3, scope: !71)
!168 = !DILocation(line: 40, column: 9, scope: !71)
!169 = !DILocation(line: 40, column: 3, scope: !71)
!170 = !DILocation(line: 41, column: 3, scope: !71)
!171 = !DILocation(line: 42, column: 1, scope: !71)
