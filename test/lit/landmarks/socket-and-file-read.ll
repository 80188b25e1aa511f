; read() on the accepted connection is an arrival; read() on a file opened
; with open() and write() to a log file (both fds kept in locals/globals)
; are other I/O, even though they are in the request path.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'socket-and-file-read.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at socket-and-file-read.c:27
; CHECK-NEXT:   bind: port 8081 address 0.0.0.0 at socket-and-file-read.c:36
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at socket-and-file-read.c:44
; CHECK-NEXT: event-loop #0: blocking-recv in main at socket-and-file-read.c:43, blocks in read at socket-and-file-read.c:47
; CHECK-NEXT: arrival: read on socket #1 in main at socket-and-file-read.c:47, loop #0
; CHECK-NEXT: io: write on a non-socket fd in main at socket-and-file-read.c:53, loop #0
; CHECK-NEXT: reply: write on socket #1 in main at socket-and-file-read.c:54, loop #0
; CHECK-NEXT: io: read on a non-socket fd in load_status at socket-and-file-read.c:21, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 2 other I/O
;
; MADE-FROM: Inputs/socket-and-file-read.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - socket-and-file-read.c

; ModuleID = 'socket-and-file-read.c'
source_filename = "socket-and-file-read.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@listener = internal global i32 0, align 4, !dbg !0
@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !33
@.str.1 = private unnamed_addr constant [12 x i8] c"bind/listen\00", align 1, !dbg !38
@.str.2 = private unnamed_addr constant [21 x i8] c"/var/log/statusd.log\00", align 1, !dbg !43
@logfd = internal global i32 -1, align 4, !dbg !53
@.str.3 = private unnamed_addr constant [16 x i8] c"status request\0A\00", align 1, !dbg !48
@.str.4 = private unnamed_addr constant [16 x i8] c"/run/status.txt\00", align 1, !dbg !56

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !66 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca [512 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #5, !dbg !70
  store i32 %8, ptr @listener, align 4, !dbg !71
  %9 = load i32, ptr @listener, align 4, !dbg !72
  %10 = icmp slt i32 %9, 0, !dbg !74
  br i1 %10, label %11, label %12, !dbg !75

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !76
  store i32 1, ptr %1, align 4, !dbg !78
  br label %58, !dbg !78

12:                                               ; preds = %0
    #dbg_declare(ptr %2, !79, !DIExpression(), !102)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !103
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !104
  store i16 2, ptr %13, align 4, !dbg !105
  %14 = call zeroext i16 @htons(i16 noundef zeroext 8081) #6, !dbg !106
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !107
  store i16 %14, ptr %15, align 2, !dbg !108
  %16 = load i32, ptr @listener, align 4, !dbg !109
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %2, i32 noundef 16) #5, !dbg !111
  %18 = icmp slt i32 %17, 0, !dbg !112
  br i1 %18, label %23, label %19, !dbg !113

19:                                               ; preds = %12
  %20 = load i32, ptr @listener, align 4, !dbg !114
  %21 = call i32 @listen(i32 noundef %20, i32 noundef 8) #5, !dbg !115
  %22 = icmp slt i32 %21, 0, !dbg !116
  br i1 %22, label %23, label %24, !dbg !117

23:                                               ; preds = %19, %12
  call void @perror(ptr noundef @.str.1), !dbg !118
  store i32 1, ptr %1, align 4, !dbg !120
  br label %58, !dbg !120

24:                                               ; preds = %19
  %25 = call i32 (ptr, i32, ...) @open(ptr noundef @.str.2, i32 noundef 1089, i32 noundef 420), !dbg !121
  store i32 %25, ptr @logfd, align 4, !dbg !122
    #dbg_declare(ptr %3, !123, !DIExpression(), !127)
    #dbg_declare(ptr %4, !128, !DIExpression(), !132)
  br label %26, !dbg !133

26:                                               ; preds = %55, %31, %24
    #dbg_declare(ptr %5, !134, !DIExpression(), !138)
  %27 = load i32, ptr @listener, align 4, !dbg !139
  %28 = call i32 @accept(i32 noundef %27, ptr noundef null, ptr noundef null), !dbg !140
  store i32 %28, ptr %5, align 4, !dbg !138
  %29 = load i32, ptr %5, align 4, !dbg !141
  %30 = icmp slt i32 %29, 0, !dbg !143
  br i1 %30, label %31, label %32, !dbg !144

31:                                               ; preds = %26
  br label %26, !dbg !145, !llvm.loop !146

32:                                               ; preds = %26
    #dbg_declare(ptr %6, !149, !DIExpression(), !154)
  %33 = load i32, ptr %5, align 4, !dbg !155
  %34 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !156
  %35 = call i64 @read(i32 noundef %33, ptr noundef %34, i64 noundef 256), !dbg !157
  store i64 %35, ptr %6, align 8, !dbg !154
  %36 = load i64, ptr %6, align 8, !dbg !158
  %37 = icmp sgt i64 %36, 0, !dbg !160
  br i1 %37, label %38, label %55, !dbg !161

38:                                               ; preds = %32
    #dbg_declare(ptr %7, !162, !DIExpression(), !164)
  %39 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !165
  %40 = call i64 @load_status(ptr noundef %39, i64 noundef 512), !dbg !166
  store i64 %40, ptr %7, align 8, !dbg !164
  %41 = load i64, ptr %7, align 8, !dbg !167
  %42 = icmp slt i64 %41, 0, !dbg !169
  br i1 %42, label %43, label %44, !dbg !170

43:                                               ; preds = %38
  store i64 0, ptr %7, align 8, !dbg !171
  br label %44, !dbg !172

44:                                               ; preds = %43, %38
  %45 = load i32, ptr @logfd, align 4, !dbg !173
  %46 = icmp sge i32 %45, 0, !dbg !175
  br i1 %46, label %47, label %50, !dbg !176

47:                                               ; preds = %44
  %48 = load i32, ptr @logfd, align 4, !dbg !177
  %49 = call i64 @write(i32 noundef %48, ptr noundef @.str.3, i64 noundef 15), !dbg !178
  br label %50, !dbg !178

50:                                               ; preds = %47, %44
  %51 = load i32, ptr %5, align 4, !dbg !179
  %52 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !180
  %53 = load i64, ptr %7, align 8, !dbg !181
  %54 = call i64 @write(i32 noundef %51, ptr noundef %52, i64 noundef %53), !dbg !182
  br label %55, !dbg !183

55:                                               ; preds = %50, %32
  %56 = load i32, ptr %5, align 4, !dbg !184
  %57 = call i32 @close(i32 noundef %56), !dbg !185
  br label %26, !dbg !186, !llvm.loop !146

58:                                               ; preds = %23, %11
  %59 = load i32, ptr %1, align 4, !dbg !187
  ret i32 %59, !dbg !187
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

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

declare i32 @open(ptr noundef, i32 noundef, ...) #2

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @load_status(ptr noundef %0, i64 noundef %1) #0 !dbg !188 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !195, !DIExpression(), !196)
  store i64 %1, ptr %5, align 8
    #dbg_declare(ptr %5, !197, !DIExpression(), !198)
    #dbg_declare(ptr %6, !199, !DIExpression(), !200)
  %8 = call i32 (ptr, i32, ...) @open(ptr noundef @.str.4, i32 noundef 0), !dbg !201
  store i32 %8, ptr %6, align 4, !dbg !200
  %9 = load i32, ptr %6, align 4, !dbg !202
  %10 = icmp slt i32 %9, 0, !dbg !204
  br i1 %10, label %11, label %12, !dbg !205

11:                                               ; preds = %2
  store i64 -1, ptr %3, align 8, !dbg !206
  br label %20, !dbg !206

12:                                               ; preds = %2
    #dbg_declare(ptr %7, !207, !DIExpression(), !208)
  %13 = load i32, ptr %6, align 4, !dbg !209
  %14 = load ptr, ptr %4, align 8, !dbg !210
  %15 = load i64, ptr %5, align 8, !dbg !211
  %16 = call i64 @read(i32 noundef %13, ptr noundef %14, i64 noundef %15), !dbg !212
  store i64 %16, ptr %7, align 8, !dbg !208
  %17 = load i32, ptr %6, align 4, !dbg !213
  %18 = call i32 @close(i32 noundef %17), !dbg !214
  %19 = load i64, ptr %7, align 8, !dbg !215
  store i64 %19, ptr %3, align 8, !dbg !216
  br label %20, !dbg !216

20:                                               ; preds = %12, %11
  %21 = load i64, ptr %3, align 8, !dbg !217
  ret i64 %21, !dbg !217
}

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #2

declare i32 @close(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!58, !59, !60, !61, !62, !63, !64}
!llvm.ident = !{!65}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "listener", scope: !2, file: !3, line: 14, type: !55, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !32, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "socket-and-file-read.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "945437673e28aaf20320836d07a7c6c2")
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
!32 = !{!33, !38, !43, !48, !0, !53, !56}
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !3, line: 29, type: !35, isLocal: true, isDefinition: true)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 56, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 7)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(scope: null, file: !3, line: 38, type: !40, isLocal: true, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 96, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 12)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(scope: null, file: !3, line: 41, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 168, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 21)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(scope: null, file: !3, line: 53, type: !50, isLocal: true, isDefinition: true)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 16)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "logfd", scope: !2, file: !3, line: 15, type: !55, isLocal: true, isDefinition: true)
!55 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !50, isLocal: true, isDefinition: true)
!58 = !{i32 7, !"Dwarf Version", i32 5}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 8, !"PIC Level", i32 2}
!62 = !{i32 7, !"PIE Level", i32 2}
!63 = !{i32 7, !"uwtable", i32 2}
!64 = !{i32 7, !"frame-pointer", i32 2}
!65 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!66 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 26, type: !67, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !69)
!67 = !DISubroutineType(types: !68)
!68 = !{!55}
!69 = !{}
!70 = !DILocation(line: 27, column: 14, scope: !66)
!71 = !DILocation(line: 27, column: 12, scope: !66)
!72 = !DILocation(line: 28, column: 7, scope: !73)
!73 = distinct !DILexicalBlock(scope: !66, file: !3, line: 28, column: 7)
!74 = !DILocation(line: 28, column: 16, scope: !73)
!75 = !DILocation(line: 28, column: 7, scope: !66)
!76 = !DILocation(line: 29, column: 5, scope: !77)
!77 = distinct !DILexicalBlock(scope: !73, file: !3, line: 28, column: 21)
!78 = !DILocation(line: 30, column: 5, scope: !77)
!79 = !DILocalVariable(name: "addr", scope: !66, file: !3, line: 32, type: !80)
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !81, line: 245, size: 128, elements: !82)
!81 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!82 = !{!83, !84, !90, !97}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !80, file: !81, line: 247, baseType: !24, size: 16)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !80, file: !81, line: 248, baseType: !85, size: 16, offset: 16)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !81, line: 123, baseType: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !87, line: 25, baseType: !88)
!87 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !89, line: 40, baseType: !26)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !80, file: !81, line: 249, baseType: !91, size: 32, offset: 32)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !81, line: 31, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !91, file: !81, line: 33, baseType: !94, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !81, line: 30, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !87, line: 26, baseType: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !89, line: 42, baseType: !7)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !80, file: !81, line: 252, baseType: !98, size: 64, offset: 64)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !99, size: 64, elements: !100)
!99 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!100 = !{!101}
!101 = !DISubrange(count: 8)
!102 = !DILocation(line: 32, column: 22, scope: !66)
!103 = !DILocation(line: 33, column: 3, scope: !66)
!104 = !DILocation(line: 34, column: 8, scope: !66)
!105 = !DILocation(line: 34, column: 19, scope: !66)
!106 = !DILocation(line: 35, column: 19, scope: !66)
!107 = !DILocation(line: 35, column: 8, scope: !66)
!108 = !DILocation(line: 35, column: 17, scope: !66)
!109 = !DILocation(line: 36, column: 12, scope: !110)
!110 = distinct !DILexicalBlock(scope: !66, file: !3, line: 36, column: 7)
!111 = !DILocation(line: 36, column: 7, scope: !110)
!112 = !DILocation(line: 36, column: 62, scope: !110)
!113 = !DILocation(line: 36, column: 66, scope: !110)
!114 = !DILocation(line: 37, column: 14, scope: !110)
!115 = !DILocation(line: 37, column: 7, scope: !110)
!116 = !DILocation(line: 37, column: 27, scope: !110)
!117 = !DILocation(line: 36, column: 7, scope: !66)
!118 = !DILocation(line: 38, column: 5, scope: !119)
!119 = distinct !DILexicalBlock(scope: !110, file: !3, line: 37, column: 32)
!120 = !DILocation(line: 39, column: 5, scope: !119)
!121 = !DILocation(line: 41, column: 11, scope: !66)
!122 = !DILocation(line: 41, column: 9, scope: !66)
!123 = !DILocalVariable(name: "req", scope: !66, file: !3, line: 42, type: !124)
!124 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !125)
!125 = !{!126}
!126 = !DISubrange(count: 256)
!127 = !DILocation(line: 42, column: 8, scope: !66)
!128 = !DILocalVariable(name: "resp", scope: !66, file: !3, line: 42, type: !129)
!129 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 4096, elements: !130)
!130 = !{!131}
!131 = !DISubrange(count: 512)
!132 = !DILocation(line: 42, column: 18, scope: !66)
!133 = !DILocation(line: 43, column: 3, scope: !66)
!134 = !DILocalVariable(name: "conn", scope: !135, file: !3, line: 44, type: !55)
!135 = distinct !DILexicalBlock(scope: !136, file: !3, line: 43, column: 12)
!136 = distinct !DILexicalBlock(scope: !137, file: !3, line: 43, column: 3)
!137 = distinct !DILexicalBlock(scope: !66, file: !3, line: 43, column: 3)
!138 = !DILocation(line: 44, column: 9, scope: !135)
!139 = !DILocation(line: 44, column: 23, scope: !135)
!140 = !DILocation(line: 44, column: 16, scope: !135)
!141 = !DILocation(line: 45, column: 9, scope: !142)
!142 = distinct !DILexicalBlock(scope: !135, file: !3, line: 45, column: 9)
!143 = !DILocation(line: 45, column: 14, scope: !142)
!144 = !DILocation(line: 45, column: 9, scope: !135)
!145 = !DILocation(line: 46, column: 7, scope: !142)
!146 = distinct !{!146, !147, !148}
!147 = !DILocation(line: 43, column: 3, scope: !137)
!148 = !DILocation(line: 57, column: 3, scope: !137)
!149 = !DILocalVariable(name: "n", scope: !135, file: !3, line: 47, type: !150)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !151, line: 108, baseType: !152)
!151 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!152 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !89, line: 194, baseType: !153)
!153 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!154 = !DILocation(line: 47, column: 13, scope: !135)
!155 = !DILocation(line: 47, column: 22, scope: !135)
!156 = !DILocation(line: 47, column: 28, scope: !135)
!157 = !DILocation(line: 47, column: 17, scope: !135)
!158 = !DILocation(line: 48, column: 9, scope: !159)
!159 = distinct !DILexicalBlock(scope: !135, file: !3, line: 48, column: 9)
!160 = !DILocation(line: 48, column: 11, scope: !159)
!161 = !DILocation(line: 48, column: 9, scope: !135)
!162 = !DILocalVariable(name: "m", scope: !163, file: !3, line: 49, type: !150)
!163 = distinct !DILexicalBlock(scope: !159, file: !3, line: 48, column: 16)
!164 = !DILocation(line: 49, column: 15, scope: !163)
!165 = !DILocation(line: 49, column: 31, scope: !163)
!166 = !DILocation(line: 49, column: 19, scope: !163)
!167 = !DILocation(line: 50, column: 11, scope: !168)
!168 = distinct !DILexicalBlock(scope: !163, file: !3, line: 50, column: 11)
!169 = !DILocation(line: 50, column: 13, scope: !168)
!170 = !DILocation(line: 50, column: 11, scope: !163)
!171 = !DILocation(line: 51, column: 11, scope: !168)
!172 = !DILocation(line: 51, column: 9, scope: !168)
!173 = !DILocation(line: 52, column: 11, scope: !174)
!174 = distinct !DILexicalBlock(scope: !163, file: !3, line: 52, column: 11)
!175 = !DILocation(line: 52, column: 17, scope: !174)
!176 = !DILocation(line: 52, column: 11, scope: !163)
!177 = !DILocation(line: 53, column: 15, scope: !174)
!178 = !DILocation(line: 53, column: 9, scope: !174)
!179 = !DILocation(line: 54, column: 13, scope: !163)
!180 = !DILocation(line: 54, column: 19, scope: !163)
!181 = !DILocation(line: 54, column: 25, scope: !163)
!182 = !DILocation(line: 54, column: 7, scope: !163)
!183 = !DILocation(line: 55, column: 5, scope: !163)
!184 = !DILocation(line: 56, column: 11, scope: !135)
!185 = !DILocation(line: 56, column: 5, scope: !135)
!186 = !DILocation(line: 43, column: 3, scope: !136)
!187 = !DILocation(line: 58, column: 1, scope: !66)
!188 = distinct !DISubprogram(name: "load_status", scope: !3, file: !3, line: 17, type: !189, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !69)
!189 = !DISubroutineType(types: !190)
!190 = !{!150, !191, !192}
!191 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!192 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !193, line: 18, baseType: !194)
!193 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!194 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!195 = !DILocalVariable(name: "out", arg: 1, scope: !188, file: !3, line: 17, type: !191)
!196 = !DILocation(line: 17, column: 34, scope: !188)
!197 = !DILocalVariable(name: "cap", arg: 2, scope: !188, file: !3, line: 17, type: !192)
!198 = !DILocation(line: 17, column: 46, scope: !188)
!199 = !DILocalVariable(name: "f", scope: !188, file: !3, line: 18, type: !55)
!200 = !DILocation(line: 18, column: 7, scope: !188)
!201 = !DILocation(line: 18, column: 11, scope: !188)
!202 = !DILocation(line: 19, column: 7, scope: !203)
!203 = distinct !DILexicalBlock(scope: !188, file: !3, line: 19, column: 7)
!204 = !DILocation(line: 19, column: 9, scope: !203)
!205 = !DILocation(line: 19, column: 7, scope: !188)
!206 = !DILocation(line: 20, column: 5, scope: !203)
!207 = !DILocalVariable(name: "n", scope: !188, file: !3, line: 21, type: !150)
!208 = !DILocation(line: 21, column: 11, scope: !188)
!209 = !DILocation(line: 21, column: 20, scope: !188)
!210 = !DILocation(line: 21, column: 23, scope: !188)
!211 = !DILocation(line: 21, column: 28, scope: !188)
!212 = !DILocation(line: 21, column: 15, scope: !188)
!213 = !DILocation(line: 22, column: 9, scope: !188)
!214 = !DILocation(line: 22, column: 3, scope: !188)
!215 = !DILocation(line: 23, column: 10, scope: !188)
!216 = !DILocation(line: 23, column: 3, scope: !188)
!217 = !DILocation(line: 24, column: 1, scope: !188)
