; A getaddrinfo() listener: socket(p->ai_family, p->ai_socktype, ...) over
; the result list takes family and type from the hints (AF_INET6,
; SOCK_DGRAM), and bind(sockfd, p->ai_addr, ...) gets the port from the
; numeric service "4950" and the wildcard :: from a NULL node with
; AI_PASSIVE.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'getaddrinfo-udp.c'
; CHECK-NEXT: socket #0: udp ipv6, created in main at getaddrinfo-udp.c:28
; CHECK-NEXT:   bind: port 4950 address :: at getaddrinfo-udp.c:33
; CHECK-NEXT: event-loop #0: blocking-recv in main at getaddrinfo-udp.c:49, blocks in recvfrom at getaddrinfo-udp.c:51
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at getaddrinfo-udp.c:51, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at getaddrinfo-udp.c:57, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/getaddrinfo-udp.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - getaddrinfo-udp.c

; ModuleID = 'getaddrinfo-udp.c'
source_filename = "getaddrinfo-udp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [5 x i8] c"4950\00", align 1, !dbg !0
@stderr = external global ptr, align 8
@.str.1 = private unnamed_addr constant [17 x i8] c"getaddrinfo: %s\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [17 x i8] c"listener: socket\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [15 x i8] c"listener: bind\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [33 x i8] c"listener: failed to bind socket\0A\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !24

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !67 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.addrinfo, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [100 x i8], align 16
  %8 = alloca %struct.sockaddr_storage, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !72, !DIExpression(), !89)
    #dbg_declare(ptr %3, !90, !DIExpression(), !91)
    #dbg_declare(ptr %4, !92, !DIExpression(), !93)
    #dbg_declare(ptr %5, !94, !DIExpression(), !95)
  store i32 -1, ptr %5, align 4, !dbg !95
    #dbg_declare(ptr %6, !96, !DIExpression(), !97)
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 48, i1 false), !dbg !98
  %11 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 1, !dbg !99
  store i32 10, ptr %11, align 4, !dbg !100
  %12 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 2, !dbg !101
  store i32 2, ptr %12, align 8, !dbg !102
  %13 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 0, !dbg !103
  store i32 1, ptr %13, align 8, !dbg !104
  %14 = call i32 @getaddrinfo(ptr noundef null, ptr noundef @.str, ptr noundef %2, ptr noundef %3), !dbg !105
  store i32 %14, ptr %6, align 4, !dbg !107
  %15 = icmp ne i32 %14, 0, !dbg !108
  br i1 %15, label %16, label %21, !dbg !109

16:                                               ; preds = %0
  %17 = load ptr, ptr @stderr, align 8, !dbg !110
  %18 = load i32, ptr %6, align 4, !dbg !112
  %19 = call ptr @gai_strerror(i32 noundef %18) #4, !dbg !113
  %20 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %17, ptr noundef @.str.1, ptr noundef %19) #4, !dbg !114
  store i32 1, ptr %1, align 4, !dbg !115
  br label %78, !dbg !115

21:                                               ; preds = %0
  %22 = load ptr, ptr %3, align 8, !dbg !116
  store ptr %22, ptr %4, align 8, !dbg !118
  br label %23, !dbg !119

23:                                               ; preds = %53, %21
  %24 = load ptr, ptr %4, align 8, !dbg !120
  %25 = icmp ne ptr %24, null, !dbg !122
  br i1 %25, label %26, label %57, !dbg !123

26:                                               ; preds = %23
  %27 = load ptr, ptr %4, align 8, !dbg !124
  %28 = getelementptr inbounds %struct.addrinfo, ptr %27, i32 0, i32 1, !dbg !127
  %29 = load i32, ptr %28, align 4, !dbg !127
  %30 = load ptr, ptr %4, align 8, !dbg !128
  %31 = getelementptr inbounds %struct.addrinfo, ptr %30, i32 0, i32 2, !dbg !129
  %32 = load i32, ptr %31, align 8, !dbg !129
  %33 = load ptr, ptr %4, align 8, !dbg !130
  %34 = getelementptr inbounds %struct.addrinfo, ptr %33, i32 0, i32 3, !dbg !131
  %35 = load i32, ptr %34, align 4, !dbg !131
  %36 = call i32 @socket(i32 noundef %29, i32 noundef %32, i32 noundef %35) #4, !dbg !132
  store i32 %36, ptr %5, align 4, !dbg !133
  %37 = icmp eq i32 %36, -1, !dbg !134
  br i1 %37, label %38, label %39, !dbg !135

38:                                               ; preds = %26
  call void @perror(ptr noundef @.str.2), !dbg !136
  br label %53, !dbg !138

39:                                               ; preds = %26
  %40 = load i32, ptr %5, align 4, !dbg !139
  %41 = load ptr, ptr %4, align 8, !dbg !141
  %42 = getelementptr inbounds %struct.addrinfo, ptr %41, i32 0, i32 5, !dbg !142
  %43 = load ptr, ptr %42, align 8, !dbg !142
  %44 = load ptr, ptr %4, align 8, !dbg !143
  %45 = getelementptr inbounds %struct.addrinfo, ptr %44, i32 0, i32 4, !dbg !144
  %46 = load i32, ptr %45, align 8, !dbg !144
  %47 = call i32 @bind(i32 noundef %40, ptr noundef %43, i32 noundef %46) #4, !dbg !145
  %48 = icmp eq i32 %47, -1, !dbg !146
  br i1 %48, label %49, label %52, !dbg !147

49:                                               ; preds = %39
  %50 = load i32, ptr %5, align 4, !dbg !148
  %51 = call i32 @close(i32 noundef %50), !dbg !150
  call void @perror(ptr noundef @.str.3), !dbg !151
  br label %53, !dbg !152

52:                                               ; preds = %39
  br label %57, !dbg !153

53:                                               ; preds = %49, %38
  %54 = load ptr, ptr %4, align 8, !dbg !154
  %55 = getelementptr inbounds %struct.addrinfo, ptr %54, i32 0, i32 7, !dbg !155
  %56 = load ptr, ptr %55, align 8, !dbg !155
  store ptr %56, ptr %4, align 8, !dbg !156
  br label %23, !dbg !157, !llvm.loop !158

57:                                               ; preds = %52, %23
  %58 = load ptr, ptr %4, align 8, !dbg !161
  %59 = icmp eq ptr %58, null, !dbg !163
  br i1 %59, label %60, label %63, !dbg !164

60:                                               ; preds = %57
  %61 = load ptr, ptr @stderr, align 8, !dbg !165
  %62 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %61, ptr noundef @.str.4) #4, !dbg !167
  store i32 2, ptr %1, align 4, !dbg !168
  br label %78, !dbg !168

63:                                               ; preds = %57
  %64 = load ptr, ptr %3, align 8, !dbg !169
  call void @freeaddrinfo(ptr noundef %64) #4, !dbg !170
    #dbg_declare(ptr %7, !171, !DIExpression(), !175)
    #dbg_declare(ptr %8, !176, !DIExpression(), !186)
    #dbg_declare(ptr %9, !187, !DIExpression(), !188)
  br label %65, !dbg !189

65:                                               ; preds = %72, %63
  store i32 128, ptr %9, align 4, !dbg !190
    #dbg_declare(ptr %10, !194, !DIExpression(), !199)
  %66 = load i32, ptr %5, align 4, !dbg !200
  %67 = getelementptr inbounds [100 x i8], ptr %7, i64 0, i64 0, !dbg !201
  %68 = call i64 @recvfrom(i32 noundef %66, ptr noundef %67, i64 noundef 99, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !202
  store i64 %68, ptr %10, align 8, !dbg !199
  %69 = load i64, ptr %10, align 8, !dbg !203
  %70 = icmp eq i64 %69, -1, !dbg !205
  br i1 %70, label %71, label %72, !dbg !206

71:                                               ; preds = %65
  call void @perror(ptr noundef @.str.5), !dbg !207
  store i32 1, ptr %1, align 4, !dbg !209
  br label %78, !dbg !209

72:                                               ; preds = %65
  %73 = load i32, ptr %5, align 4, !dbg !210
  %74 = getelementptr inbounds [100 x i8], ptr %7, i64 0, i64 0, !dbg !211
  %75 = load i64, ptr %10, align 8, !dbg !212
  %76 = load i32, ptr %9, align 4, !dbg !213
  %77 = call i64 @sendto(i32 noundef %73, ptr noundef %74, i64 noundef %75, i32 noundef 0, ptr noundef %8, i32 noundef %76), !dbg !214
  br label %65, !dbg !215, !llvm.loop !216

78:                                               ; preds = %71, %60, %16
  %79 = load i32, ptr %1, align 4, !dbg !219
  ret i32 %79, !dbg !219
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare ptr @gai_strerror(i32 noundef) #3

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

declare void @perror(ptr noundef) #2

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare i32 @close(i32 noundef) #2

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #3

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!29}
!llvm.module.flags = !{!59, !60, !61, !62, !63, !64, !65}
!llvm.ident = !{!66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "getaddrinfo-udp.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "4ba28cbd0497d5208dcd50fef2c3d9bc")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 17)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 30, type: !9, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 35, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 15)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 264, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 33)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 9)
!29 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !30, retainedTypes: !44, globals: !58, splitDebugInlining: false, nameTableKind: None)
!30 = !{!31}
!31 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !32, line: 24, baseType: !33, size: 32, elements: !34)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!33 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!34 = !{!35, !36, !37, !38, !39, !40, !41, !42, !43}
!35 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!36 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!37 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!38 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!39 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!40 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!41 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!42 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!43 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!44 = !{!45, !46}
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !48, line: 183, size: 128, elements: !49)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!49 = !{!50, !54}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !47, file: !48, line: 185, baseType: !51, size: 16)
!51 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !52, line: 28, baseType: !53)
!52 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!53 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !47, file: !48, line: 186, baseType: !55, size: 112, offset: 16)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: 14)
!58 = !{!0, !7, !12, !14, !19, !24}
!59 = !{i32 7, !"Dwarf Version", i32 5}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 1, !"wchar_size", i32 4}
!62 = !{i32 8, !"PIC Level", i32 2}
!63 = !{i32 7, !"PIE Level", i32 2}
!64 = !{i32 7, !"uwtable", i32 2}
!65 = !{i32 7, !"frame-pointer", i32 2}
!66 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!67 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 15, type: !68, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !29, retainedNodes: !71)
!68 = !DISubroutineType(types: !69)
!69 = !{!70}
!70 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!71 = !{}
!72 = !DILocalVariable(name: "hints", scope: !67, file: !2, line: 16, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !74, line: 565, size: 384, elements: !75)
!74 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!75 = !{!76, !77, !78, !79, !80, !84, !85, !87}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !73, file: !74, line: 567, baseType: !70, size: 32)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !73, file: !74, line: 568, baseType: !70, size: 32, offset: 32)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !73, file: !74, line: 569, baseType: !70, size: 32, offset: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !73, file: !74, line: 570, baseType: !70, size: 32, offset: 96)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !73, file: !74, line: 571, baseType: !81, size: 32, offset: 128)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !48, line: 33, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !83, line: 210, baseType: !33)
!83 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!84 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !73, file: !74, line: 572, baseType: !46, size: 64, offset: 192)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !73, file: !74, line: 573, baseType: !86, size: 64, offset: 256)
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !73, file: !74, line: 574, baseType: !88, size: 64, offset: 320)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64)
!89 = !DILocation(line: 16, column: 19, scope: !67)
!90 = !DILocalVariable(name: "servinfo", scope: !67, file: !2, line: 16, type: !88)
!91 = !DILocation(line: 16, column: 27, scope: !67)
!92 = !DILocalVariable(name: "p", scope: !67, file: !2, line: 16, type: !88)
!93 = !DILocation(line: 16, column: 38, scope: !67)
!94 = !DILocalVariable(name: "sockfd", scope: !67, file: !2, line: 17, type: !70)
!95 = !DILocation(line: 17, column: 7, scope: !67)
!96 = !DILocalVariable(name: "rv", scope: !67, file: !2, line: 17, type: !70)
!97 = !DILocation(line: 17, column: 20, scope: !67)
!98 = !DILocation(line: 19, column: 3, scope: !67)
!99 = !DILocation(line: 20, column: 9, scope: !67)
!100 = !DILocation(line: 20, column: 19, scope: !67)
!101 = !DILocation(line: 21, column: 9, scope: !67)
!102 = !DILocation(line: 21, column: 21, scope: !67)
!103 = !DILocation(line: 22, column: 9, scope: !67)
!104 = !DILocation(line: 22, column: 18, scope: !67)
!105 = !DILocation(line: 23, column: 13, scope: !106)
!106 = distinct !DILexicalBlock(scope: !67, file: !2, line: 23, column: 7)
!107 = !DILocation(line: 23, column: 11, scope: !106)
!108 = !DILocation(line: 23, column: 59, scope: !106)
!109 = !DILocation(line: 23, column: 7, scope: !67)
!110 = !DILocation(line: 24, column: 13, scope: !111)
!111 = distinct !DILexicalBlock(scope: !106, file: !2, line: 23, column: 65)
!112 = !DILocation(line: 24, column: 55, scope: !111)
!113 = !DILocation(line: 24, column: 42, scope: !111)
!114 = !DILocation(line: 24, column: 5, scope: !111)
!115 = !DILocation(line: 25, column: 5, scope: !111)
!116 = !DILocation(line: 27, column: 12, scope: !117)
!117 = distinct !DILexicalBlock(scope: !67, file: !2, line: 27, column: 3)
!118 = !DILocation(line: 27, column: 10, scope: !117)
!119 = !DILocation(line: 27, column: 8, scope: !117)
!120 = !DILocation(line: 27, column: 22, scope: !121)
!121 = distinct !DILexicalBlock(scope: !117, file: !2, line: 27, column: 3)
!122 = !DILocation(line: 27, column: 24, scope: !121)
!123 = !DILocation(line: 27, column: 3, scope: !117)
!124 = !DILocation(line: 28, column: 26, scope: !125)
!125 = distinct !DILexicalBlock(scope: !126, file: !2, line: 28, column: 9)
!126 = distinct !DILexicalBlock(scope: !121, file: !2, line: 27, column: 49)
!127 = !DILocation(line: 28, column: 29, scope: !125)
!128 = !DILocation(line: 28, column: 40, scope: !125)
!129 = !DILocation(line: 28, column: 43, scope: !125)
!130 = !DILocation(line: 28, column: 56, scope: !125)
!131 = !DILocation(line: 28, column: 59, scope: !125)
!132 = !DILocation(line: 28, column: 19, scope: !125)
!133 = !DILocation(line: 28, column: 17, scope: !125)
!134 = !DILocation(line: 28, column: 73, scope: !125)
!135 = !DILocation(line: 28, column: 9, scope: !126)
!136 = !DILocation(line: 30, column: 7, scope: !137)
!137 = distinct !DILexicalBlock(scope: !125, file: !2, line: 29, column: 13)
!138 = !DILocation(line: 31, column: 7, scope: !137)
!139 = !DILocation(line: 33, column: 14, scope: !140)
!140 = distinct !DILexicalBlock(scope: !126, file: !2, line: 33, column: 9)
!141 = !DILocation(line: 33, column: 22, scope: !140)
!142 = !DILocation(line: 33, column: 25, scope: !140)
!143 = !DILocation(line: 33, column: 34, scope: !140)
!144 = !DILocation(line: 33, column: 37, scope: !140)
!145 = !DILocation(line: 33, column: 9, scope: !140)
!146 = !DILocation(line: 33, column: 49, scope: !140)
!147 = !DILocation(line: 33, column: 9, scope: !126)
!148 = !DILocation(line: 34, column: 13, scope: !149)
!149 = distinct !DILexicalBlock(scope: !140, file: !2, line: 33, column: 56)
!150 = !DILocation(line: 34, column: 7, scope: !149)
!151 = !DILocation(line: 35, column: 7, scope: !149)
!152 = !DILocation(line: 36, column: 7, scope: !149)
!153 = !DILocation(line: 38, column: 5, scope: !126)
!154 = !DILocation(line: 27, column: 37, scope: !121)
!155 = !DILocation(line: 27, column: 40, scope: !121)
!156 = !DILocation(line: 27, column: 35, scope: !121)
!157 = !DILocation(line: 27, column: 3, scope: !121)
!158 = distinct !{!158, !123, !159, !160}
!159 = !DILocation(line: 39, column: 3, scope: !117)
!160 = !{!"llvm.loop.mustprogress"}
!161 = !DILocation(line: 40, column: 7, scope: !162)
!162 = distinct !DILexicalBlock(scope: !67, file: !2, line: 40, column: 7)
!163 = !DILocation(line: 40, column: 9, scope: !162)
!164 = !DILocation(line: 40, column: 7, scope: !67)
!165 = !DILocation(line: 41, column: 13, scope: !166)
!166 = distinct !DILexicalBlock(scope: !162, file: !2, line: 40, column: 18)
!167 = !DILocation(line: 41, column: 5, scope: !166)
!168 = !DILocation(line: 42, column: 5, scope: !166)
!169 = !DILocation(line: 44, column: 16, scope: !67)
!170 = !DILocation(line: 44, column: 3, scope: !67)
!171 = !DILocalVariable(name: "buf", scope: !67, file: !2, line: 46, type: !172)
!172 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 800, elements: !173)
!173 = !{!174}
!174 = !DISubrange(count: 100)
!175 = !DILocation(line: 46, column: 8, scope: !67)
!176 = !DILocalVariable(name: "their_addr", scope: !67, file: !2, line: 47, type: !177)
!177 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !48, line: 196, size: 1024, elements: !178)
!178 = !{!179, !180, !184}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !177, file: !48, line: 198, baseType: !51, size: 16)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !177, file: !48, line: 199, baseType: !181, size: 944, offset: 16)
!181 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !182)
!182 = !{!183}
!183 = !DISubrange(count: 118)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !177, file: !48, line: 200, baseType: !185, size: 64, offset: 960)
!185 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!186 = !DILocation(line: 47, column: 27, scope: !67)
!187 = !DILocalVariable(name: "addr_len", scope: !67, file: !2, line: 48, type: !81)
!188 = !DILocation(line: 48, column: 13, scope: !67)
!189 = !DILocation(line: 49, column: 3, scope: !67)
!190 = !DILocation(line: 50, column: 14, scope: !191)
!191 = distinct !DILexicalBlock(scope: !192, file: !2, line: 49, column: 12)
!192 = distinct !DILexicalBlock(scope: !193, file: !2, line: 49, column: 3)
!193 = distinct !DILexicalBlock(scope: !67, file: !2, line: 49, column: 3)
!194 = !DILocalVariable(name: "numbytes", scope: !191, file: !2, line: 51, type: !195)
!195 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !196, line: 108, baseType: !197)
!196 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !83, line: 194, baseType: !198)
!198 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!199 = !DILocation(line: 51, column: 13, scope: !191)
!200 = !DILocation(line: 51, column: 33, scope: !191)
!201 = !DILocation(line: 51, column: 41, scope: !191)
!202 = !DILocation(line: 51, column: 24, scope: !191)
!203 = !DILocation(line: 53, column: 9, scope: !204)
!204 = distinct !DILexicalBlock(scope: !191, file: !2, line: 53, column: 9)
!205 = !DILocation(line: 53, column: 18, scope: !204)
!206 = !DILocation(line: 53, column: 9, scope: !191)
!207 = !DILocation(line: 54, column: 7, scope: !208)
!208 = distinct !DILexicalBlock(scope: !204, file: !2, line: 53, column: 25)
!209 = !DILocation(line: 55, column: 7, scope: !208)
!210 = !DILocation(line: 57, column: 12, scope: !191)
!211 = !DILocation(line: 57, column: 20, scope: !191)
!212 = !DILocation(line: 57, column: 25, scope: !191)
!213 = !DILocation(line: 57, column: 70, scope: !191)
!214 = !DILocation(line: 57, column: 5, scope: !191)
!215 = !DILocation(line: 49, column: 3, scope: !192)
!216 = distinct !{!216, !217, !218}
!217 = !DILocation(line: 49, column: 3, scope: !193)
!218 = !DILocation(line: 58, column: 3, scope: !193)
!219 = !DILocation(line: 59, column: 1, scope: !67)
