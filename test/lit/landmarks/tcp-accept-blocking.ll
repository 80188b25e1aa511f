; An iterative TCP server: accept() in main's loop makes a connection
; socket; the per-connection loop around a blocking read() in the handler is
; the event loop, and read()/write() on the connection are arrival and reply.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-accept-blocking.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-accept-blocking.c:21
; CHECK-NEXT:   bind: port 2323 address 0.0.0.0 at tcp-accept-blocking.c:34
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at tcp-accept-blocking.c:45
; CHECK-NEXT: event-loop #0: blocking-recv in handle_client at tcp-accept-blocking.c:12, blocks in read at tcp-accept-blocking.c:12
; CHECK-NEXT: arrival: read on socket #1 in handle_client at tcp-accept-blocking.c:12, loop #0
; CHECK-NEXT: reply: write on socket #1 in handle_client at tcp-accept-blocking.c:13, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-accept-blocking.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - tcp-accept-blocking.c

; ModuleID = 'tcp-accept-blocking.c'
source_filename = "tcp-accept-blocking.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [11 x i8] c"setsockopt\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [6 x i8] c"write\00", align 1, !dbg !21

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !69 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !74, !DIExpression(), !75)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #5, !dbg !76
  store i32 %8, ptr %2, align 4, !dbg !75
  %9 = load i32, ptr %2, align 4, !dbg !77
  %10 = icmp slt i32 %9, 0, !dbg !79
  br i1 %10, label %11, label %12, !dbg !80

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !81
  store i32 1, ptr %1, align 4, !dbg !83
  br label %44, !dbg !83

12:                                               ; preds = %0
    #dbg_declare(ptr %3, !84, !DIExpression(), !85)
  store i32 1, ptr %3, align 4, !dbg !85
  %13 = load i32, ptr %2, align 4, !dbg !86
  %14 = call i32 @setsockopt(i32 noundef %13, i32 noundef 1, i32 noundef 2, ptr noundef %3, i32 noundef 4) #5, !dbg !88
  %15 = icmp slt i32 %14, 0, !dbg !89
  br i1 %15, label %16, label %17, !dbg !90

16:                                               ; preds = %12
  call void @perror(ptr noundef @.str.1), !dbg !91
  br label %17, !dbg !91

17:                                               ; preds = %16, %12
    #dbg_declare(ptr %4, !92, !DIExpression(), !109)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !110
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !111
  store i16 2, ptr %18, align 4, !dbg !112
  %19 = call i32 @htonl(i32 noundef 0) #6, !dbg !113
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 2, !dbg !114
  %21 = getelementptr inbounds %struct.in_addr, ptr %20, i32 0, i32 0, !dbg !115
  store i32 %19, ptr %21, align 4, !dbg !116
  %22 = call zeroext i16 @htons(i16 noundef zeroext 2323) #6, !dbg !117
  %23 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !118
  store i16 %22, ptr %23, align 2, !dbg !119
  %24 = load i32, ptr %2, align 4, !dbg !120
  %25 = call i32 @bind(i32 noundef %24, ptr noundef %4, i32 noundef 16) #5, !dbg !122
  %26 = icmp slt i32 %25, 0, !dbg !123
  br i1 %26, label %27, label %28, !dbg !124

27:                                               ; preds = %17
  call void @perror(ptr noundef @.str.2), !dbg !125
  store i32 1, ptr %1, align 4, !dbg !127
  br label %44, !dbg !127

28:                                               ; preds = %17
  %29 = load i32, ptr %2, align 4, !dbg !128
  %30 = call i32 @listen(i32 noundef %29, i32 noundef 16) #5, !dbg !130
  %31 = icmp slt i32 %30, 0, !dbg !131
  br i1 %31, label %32, label %33, !dbg !132

32:                                               ; preds = %28
  call void @perror(ptr noundef @.str.3), !dbg !133
  store i32 1, ptr %1, align 4, !dbg !135
  br label %44, !dbg !135

33:                                               ; preds = %28
  br label %34, !dbg !136

34:                                               ; preds = %40, %39, %33
    #dbg_declare(ptr %5, !137, !DIExpression(), !141)
    #dbg_declare(ptr %6, !142, !DIExpression(), !145)
  store i32 16, ptr %6, align 4, !dbg !145
    #dbg_declare(ptr %7, !146, !DIExpression(), !147)
  %35 = load i32, ptr %2, align 4, !dbg !148
  %36 = call i32 @accept(i32 noundef %35, ptr noundef %5, ptr noundef %6), !dbg !149
  store i32 %36, ptr %7, align 4, !dbg !147
  %37 = load i32, ptr %7, align 4, !dbg !150
  %38 = icmp slt i32 %37, 0, !dbg !152
  br i1 %38, label %39, label %40, !dbg !153

39:                                               ; preds = %34
  call void @perror(ptr noundef @.str.4), !dbg !154
  br label %34, !dbg !156, !llvm.loop !157

40:                                               ; preds = %34
  %41 = load i32, ptr %7, align 4, !dbg !160
  call void @handle_client(i32 noundef %41), !dbg !161
  %42 = load i32, ptr %7, align 4, !dbg !162
  %43 = call i32 @close(i32 noundef %42), !dbg !163
  br label %34, !dbg !164, !llvm.loop !157

44:                                               ; preds = %32, %27, %11
  %45 = load i32, ptr %1, align 4, !dbg !165
  ret i32 %45, !dbg !165
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nounwind
declare i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #4

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @handle_client(i32 noundef %0) #0 !dbg !166 {
  %2 = alloca i32, align 4
  %3 = alloca [1024 x i8], align 16
  %4 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !169, !DIExpression(), !170)
    #dbg_declare(ptr %3, !171, !DIExpression(), !175)
    #dbg_declare(ptr %4, !176, !DIExpression(), !181)
  br label %5, !dbg !182

5:                                                ; preds = %18, %1
  %6 = load i32, ptr %2, align 4, !dbg !183
  %7 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !184
  %8 = call i64 @read(i32 noundef %6, ptr noundef %7, i64 noundef 1024), !dbg !185
  store i64 %8, ptr %4, align 8, !dbg !186
  %9 = icmp sgt i64 %8, 0, !dbg !187
  br i1 %9, label %10, label %19, !dbg !182

10:                                               ; preds = %5
  %11 = load i32, ptr %2, align 4, !dbg !188
  %12 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !191
  %13 = load i64, ptr %4, align 8, !dbg !192
  %14 = call i64 @write(i32 noundef %11, ptr noundef %12, i64 noundef %13), !dbg !193
  %15 = load i64, ptr %4, align 8, !dbg !194
  %16 = icmp ne i64 %14, %15, !dbg !195
  br i1 %16, label %17, label %18, !dbg !196

17:                                               ; preds = %10
  call void @perror(ptr noundef @.str.5), !dbg !197
  br label %19, !dbg !199

18:                                               ; preds = %10
  br label %5, !dbg !182, !llvm.loop !200

19:                                               ; preds = %17, %5
  ret void, !dbg !203
}

declare i32 @close(i32 noundef) #2

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #2

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!26}
!llvm.module.flags = !{!61, !62, !63, !64, !65, !66, !67}
!llvm.ident = !{!68}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-accept-blocking.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "025148844402adda12529ad1b83f522a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 11)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 35, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 5)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !3, isLocal: true, isDefinition: true)
!21 = !DIGlobalVariableExpression(var: !22, expr: !DIExpression())
!22 = distinct !DIGlobalVariable(scope: null, file: !2, line: 14, type: !23, isLocal: true, isDefinition: true)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !24)
!24 = !{!25}
!25 = !DISubrange(count: 6)
!26 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !27, retainedTypes: !41, globals: !60, splitDebugInlining: false, nameTableKind: None)
!27 = !{!28}
!28 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !29, line: 24, baseType: !30, size: 32, elements: !31)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!30 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!31 = !{!32, !33, !34, !35, !36, !37, !38, !39, !40}
!32 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!33 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!34 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!35 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!36 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!37 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!38 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!39 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!40 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!41 = !{!42, !48}
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !43, line: 30, baseType: !44)
!43 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !45, line: 26, baseType: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !47, line: 42, baseType: !30)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !50, line: 183, size: 128, elements: !51)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!51 = !{!52, !56}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !49, file: !50, line: 185, baseType: !53, size: 16)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !54, line: 28, baseType: !55)
!54 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!55 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !49, file: !50, line: 186, baseType: !57, size: 112, offset: 16)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 14)
!60 = !{!0, !7, !12, !17, !19, !21}
!61 = !{i32 7, !"Dwarf Version", i32 5}
!62 = !{i32 2, !"Debug Info Version", i32 3}
!63 = !{i32 1, !"wchar_size", i32 4}
!64 = !{i32 8, !"PIC Level", i32 2}
!65 = !{i32 7, !"PIE Level", i32 2}
!66 = !{i32 7, !"uwtable", i32 2}
!67 = !{i32 7, !"frame-pointer", i32 2}
!68 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!69 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 20, type: !70, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !26, retainedNodes: !73)
!70 = !DISubroutineType(types: !71)
!71 = !{!72}
!72 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!73 = !{}
!74 = !DILocalVariable(name: "lsock", scope: !69, file: !2, line: 21, type: !72)
!75 = !DILocation(line: 21, column: 7, scope: !69)
!76 = !DILocation(line: 21, column: 15, scope: !69)
!77 = !DILocation(line: 22, column: 7, scope: !78)
!78 = distinct !DILexicalBlock(scope: !69, file: !2, line: 22, column: 7)
!79 = !DILocation(line: 22, column: 13, scope: !78)
!80 = !DILocation(line: 22, column: 7, scope: !69)
!81 = !DILocation(line: 23, column: 5, scope: !82)
!82 = distinct !DILexicalBlock(scope: !78, file: !2, line: 22, column: 18)
!83 = !DILocation(line: 24, column: 5, scope: !82)
!84 = !DILocalVariable(name: "yes", scope: !69, file: !2, line: 26, type: !72)
!85 = !DILocation(line: 26, column: 7, scope: !69)
!86 = !DILocation(line: 27, column: 18, scope: !87)
!87 = distinct !DILexicalBlock(scope: !69, file: !2, line: 27, column: 7)
!88 = !DILocation(line: 27, column: 7, scope: !87)
!89 = !DILocation(line: 27, column: 70, scope: !87)
!90 = !DILocation(line: 27, column: 7, scope: !69)
!91 = !DILocation(line: 28, column: 5, scope: !87)
!92 = !DILocalVariable(name: "srv", scope: !69, file: !2, line: 29, type: !93)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !43, line: 245, size: 128, elements: !94)
!94 = !{!95, !96, !100, !104}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !93, file: !43, line: 247, baseType: !53, size: 16)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !93, file: !43, line: 248, baseType: !97, size: 16, offset: 16)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !43, line: 123, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !45, line: 25, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !47, line: 40, baseType: !55)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !93, file: !43, line: 249, baseType: !101, size: 32, offset: 32)
!101 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !43, line: 31, size: 32, elements: !102)
!102 = !{!103}
!103 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !101, file: !43, line: 33, baseType: !42, size: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !93, file: !43, line: 252, baseType: !105, size: 64, offset: 64)
!105 = !DICompositeType(tag: DW_TAG_array_type, baseType: !106, size: 64, elements: !107)
!106 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!107 = !{!108}
!108 = !DISubrange(count: 8)
!109 = !DILocation(line: 29, column: 22, scope: !69)
!110 = !DILocation(line: 30, column: 3, scope: !69)
!111 = !DILocation(line: 31, column: 7, scope: !69)
!112 = !DILocation(line: 31, column: 18, scope: !69)
!113 = !DILocation(line: 32, column: 25, scope: !69)
!114 = !DILocation(line: 32, column: 7, scope: !69)
!115 = !DILocation(line: 32, column: 16, scope: !69)
!116 = !DILocation(line: 32, column: 23, scope: !69)
!117 = !DILocation(line: 33, column: 18, scope: !69)
!118 = !DILocation(line: 33, column: 7, scope: !69)
!119 = !DILocation(line: 33, column: 16, scope: !69)
!120 = !DILocation(line: 34, column: 12, scope: !121)
!121 = distinct !DILexicalBlock(scope: !69, file: !2, line: 34, column: 7)
!122 = !DILocation(line: 34, column: 7, scope: !121)
!123 = !DILocation(line: 34, column: 57, scope: !121)
!124 = !DILocation(line: 34, column: 7, scope: !69)
!125 = !DILocation(line: 35, column: 5, scope: !126)
!126 = distinct !DILexicalBlock(scope: !121, file: !2, line: 34, column: 62)
!127 = !DILocation(line: 36, column: 5, scope: !126)
!128 = !DILocation(line: 38, column: 14, scope: !129)
!129 = distinct !DILexicalBlock(scope: !69, file: !2, line: 38, column: 7)
!130 = !DILocation(line: 38, column: 7, scope: !129)
!131 = !DILocation(line: 38, column: 25, scope: !129)
!132 = !DILocation(line: 38, column: 7, scope: !69)
!133 = !DILocation(line: 39, column: 5, scope: !134)
!134 = distinct !DILexicalBlock(scope: !129, file: !2, line: 38, column: 30)
!135 = !DILocation(line: 40, column: 5, scope: !134)
!136 = !DILocation(line: 42, column: 3, scope: !69)
!137 = !DILocalVariable(name: "peer", scope: !138, file: !2, line: 43, type: !93)
!138 = distinct !DILexicalBlock(scope: !139, file: !2, line: 42, column: 12)
!139 = distinct !DILexicalBlock(scope: !140, file: !2, line: 42, column: 3)
!140 = distinct !DILexicalBlock(scope: !69, file: !2, line: 42, column: 3)
!141 = !DILocation(line: 43, column: 24, scope: !138)
!142 = !DILocalVariable(name: "plen", scope: !138, file: !2, line: 44, type: !143)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !50, line: 33, baseType: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !47, line: 210, baseType: !30)
!145 = !DILocation(line: 44, column: 15, scope: !138)
!146 = !DILocalVariable(name: "c", scope: !138, file: !2, line: 45, type: !72)
!147 = !DILocation(line: 45, column: 9, scope: !138)
!148 = !DILocation(line: 45, column: 20, scope: !138)
!149 = !DILocation(line: 45, column: 13, scope: !138)
!150 = !DILocation(line: 46, column: 9, scope: !151)
!151 = distinct !DILexicalBlock(scope: !138, file: !2, line: 46, column: 9)
!152 = !DILocation(line: 46, column: 11, scope: !151)
!153 = !DILocation(line: 46, column: 9, scope: !138)
!154 = !DILocation(line: 47, column: 7, scope: !155)
!155 = distinct !DILexicalBlock(scope: !151, file: !2, line: 46, column: 16)
!156 = !DILocation(line: 48, column: 7, scope: !155)
!157 = distinct !{!157, !158, !159}
!158 = !DILocation(line: 42, column: 3, scope: !140)
!159 = !DILocation(line: 52, column: 3, scope: !140)
!160 = !DILocation(line: 50, column: 19, scope: !138)
!161 = !DILocation(line: 50, column: 5, scope: !138)
!162 = !DILocation(line: 51, column: 11, scope: !138)
!163 = !DILocation(line: 51, column: 5, scope: !138)
!164 = !DILocation(line: 42, column: 3, scope: !139)
!165 = !DILocation(line: 53, column: 1, scope: !69)
!166 = distinct !DISubprogram(name: "handle_client", scope: !2, file: !2, line: 9, type: !167, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !26, retainedNodes: !73)
!167 = !DISubroutineType(types: !168)
!168 = !{null, !72}
!169 = !DILocalVariable(name: "c", arg: 1, scope: !166, file: !2, line: 9, type: !72)
!170 = !DILocation(line: 9, column: 31, scope: !166)
!171 = !DILocalVariable(name: "line", scope: !166, file: !2, line: 10, type: !172)
!172 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !173)
!173 = !{!174}
!174 = !DISubrange(count: 1024)
!175 = !DILocation(line: 10, column: 8, scope: !166)
!176 = !DILocalVariable(name: "n", scope: !166, file: !2, line: 11, type: !177)
!177 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !178, line: 108, baseType: !179)
!178 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !47, line: 194, baseType: !180)
!180 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!181 = !DILocation(line: 11, column: 11, scope: !166)
!182 = !DILocation(line: 12, column: 3, scope: !166)
!183 = !DILocation(line: 12, column: 20, scope: !166)
!184 = !DILocation(line: 12, column: 23, scope: !166)
!185 = !DILocation(line: 12, column: 15, scope: !166)
!186 = !DILocation(line: 12, column: 13, scope: !166)
!187 = !DILocation(line: 12, column: 44, scope: !166)
!188 = !DILocation(line: 13, column: 15, scope: !189)
!189 = distinct !DILexicalBlock(scope: !190, file: !2, line: 13, column: 9)
!190 = distinct !DILexicalBlock(scope: !166, file: !2, line: 12, column: 49)
!191 = !DILocation(line: 13, column: 18, scope: !189)
!192 = !DILocation(line: 13, column: 24, scope: !189)
!193 = !DILocation(line: 13, column: 9, scope: !189)
!194 = !DILocation(line: 13, column: 30, scope: !189)
!195 = !DILocation(line: 13, column: 27, scope: !189)
!196 = !DILocation(line: 13, column: 9, scope: !190)
!197 = !DILocation(line: 14, column: 7, scope: !198)
!198 = distinct !DILexicalBlock(scope: !189, file: !2, line: 13, column: 33)
!199 = !DILocation(line: 15, column: 7, scope: !198)
!200 = distinct !{!200, !182, !201, !202}
!201 = !DILocation(line: 17, column: 3, scope: !166)
!202 = !{!"llvm.loop.mustprogress"}
!203 = !DILocation(line: 18, column: 1, scope: !166)
