; KNOWN LIMITATION (XFAIL): one helper, open_udp(port), called twice with
; two ports makes two sockets bound to 9000 and 9001. The analysis names a
; socket by its socket() call site and folds the port without regard to
; the calling context, so it sees one socket whose port is not a single
; constant (port ?, UnknownBindPort). What it should print is below; the
; fix needs context-sensitive sockets (a socket per call path to socket()).
;
; XFAIL: *
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'helper-called-twice.c'
; CHECK-NEXT: socket #0: udp ipv4, created in open_udp at helper-called-twice.c:12
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at helper-called-twice.c:19
; CHECK-NEXT: socket #1: udp ipv4, created in open_udp at helper-called-twice.c:12
; CHECK-NEXT:   bind: port 9001 address 0.0.0.0 at helper-called-twice.c:19
; CHECK-NEXT: event-loop #0: poll in main at helper-called-twice.c:43, waits in poll at helper-called-twice.c:44
; CHECK-NEXT: arrival: recvfrom on sockets #0,#1 in echo at helper-called-twice.c:30, loop #0
; CHECK-NEXT: reply: sendto on sockets #0,#1 in echo at helper-called-twice.c:32, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/helper-called-twice.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - helper-called-twice.c

; ModuleID = 'helper-called-twice.c'
source_filename = "helper-called-twice.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [9 x i8] c"open_udp\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !44 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [2 x %struct.pollfd], align 16
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !49, !DIExpression(), !50)
  %6 = call i32 @open_udp(i16 noundef zeroext 9000), !dbg !51
  store i32 %6, ptr %2, align 4, !dbg !50
    #dbg_declare(ptr %3, !52, !DIExpression(), !53)
  %7 = call i32 @open_udp(i16 noundef zeroext 9001), !dbg !54
  store i32 %7, ptr %3, align 4, !dbg !53
  %8 = load i32, ptr %2, align 4, !dbg !55
  %9 = icmp slt i32 %8, 0, !dbg !57
  br i1 %9, label %13, label %10, !dbg !58

10:                                               ; preds = %0
  %11 = load i32, ptr %3, align 4, !dbg !59
  %12 = icmp slt i32 %11, 0, !dbg !60
  br i1 %12, label %13, label %14, !dbg !61

13:                                               ; preds = %10, %0
  call void @perror(ptr noundef @.str), !dbg !62
  ret i32 1, !dbg !64

14:                                               ; preds = %10
    #dbg_declare(ptr %4, !65, !DIExpression(), !76)
  %15 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !77
  %16 = load i32, ptr %2, align 4, !dbg !78
  store i32 %16, ptr %15, align 8, !dbg !77
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !77
  store i16 1, ptr %17, align 4, !dbg !77
  %18 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !77
  store i16 0, ptr %18, align 2, !dbg !77
  %19 = getelementptr inbounds %struct.pollfd, ptr %4, i64 1, !dbg !79
  %20 = getelementptr inbounds %struct.pollfd, ptr %19, i32 0, i32 0, !dbg !80
  %21 = load i32, ptr %3, align 4, !dbg !81
  store i32 %21, ptr %20, align 8, !dbg !80
  %22 = getelementptr inbounds %struct.pollfd, ptr %19, i32 0, i32 1, !dbg !80
  store i16 1, ptr %22, align 4, !dbg !80
  %23 = getelementptr inbounds %struct.pollfd, ptr %19, i32 0, i32 2, !dbg !80
  store i16 0, ptr %23, align 2, !dbg !80
  br label %24, !dbg !82

24:                                               ; preds = %52, %28, %14
  %25 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 0, !dbg !83
  %26 = call i32 @poll(ptr noundef %25, i64 noundef 2, i32 noundef -1), !dbg !88
  %27 = icmp slt i32 %26, 0, !dbg !89
  br i1 %27, label %28, label %29, !dbg !90

28:                                               ; preds = %24
  br label %24, !dbg !91, !llvm.loop !92

29:                                               ; preds = %24
    #dbg_declare(ptr %5, !95, !DIExpression(), !97)
  store i32 0, ptr %5, align 4, !dbg !97
  br label %30, !dbg !98

30:                                               ; preds = %49, %29
  %31 = load i32, ptr %5, align 4, !dbg !99
  %32 = icmp slt i32 %31, 2, !dbg !101
  br i1 %32, label %33, label %52, !dbg !102

33:                                               ; preds = %30
  %34 = load i32, ptr %5, align 4, !dbg !103
  %35 = sext i32 %34 to i64, !dbg !105
  %36 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 %35, !dbg !105
  %37 = getelementptr inbounds %struct.pollfd, ptr %36, i32 0, i32 2, !dbg !106
  %38 = load i16, ptr %37, align 2, !dbg !106
  %39 = sext i16 %38 to i32, !dbg !105
  %40 = and i32 %39, 1, !dbg !107
  %41 = icmp ne i32 %40, 0, !dbg !107
  br i1 %41, label %42, label %48, !dbg !108

42:                                               ; preds = %33
  %43 = load i32, ptr %5, align 4, !dbg !109
  %44 = sext i32 %43 to i64, !dbg !110
  %45 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 %44, !dbg !110
  %46 = getelementptr inbounds %struct.pollfd, ptr %45, i32 0, i32 0, !dbg !111
  %47 = load i32, ptr %46, align 8, !dbg !111
  call void @echo(i32 noundef %47), !dbg !112
  br label %48, !dbg !112

48:                                               ; preds = %42, %33
  br label %49, !dbg !113

49:                                               ; preds = %48
  %50 = load i32, ptr %5, align 4, !dbg !114
  %51 = add nsw i32 %50, 1, !dbg !114
  store i32 %51, ptr %5, align 4, !dbg !114
  br label %30, !dbg !115, !llvm.loop !116

52:                                               ; preds = %30
  br label %24, !dbg !119, !llvm.loop !92
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @open_udp(i16 noundef zeroext %0) #0 !dbg !120 {
  %2 = alloca i32, align 4
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_in, align 4
  store i16 %0, ptr %3, align 2
    #dbg_declare(ptr %3, !127, !DIExpression(), !128)
    #dbg_declare(ptr %4, !129, !DIExpression(), !130)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !131
  store i32 %6, ptr %4, align 4, !dbg !130
  %7 = load i32, ptr %4, align 4, !dbg !132
  %8 = icmp slt i32 %7, 0, !dbg !134
  br i1 %8, label %9, label %10, !dbg !135

9:                                                ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !136
  br label %23, !dbg !136

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !137, !DIExpression(), !156)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 16, i1 false), !dbg !157
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 0, !dbg !158
  store i16 2, ptr %11, align 4, !dbg !159
  %12 = load i16, ptr %3, align 2, !dbg !160
  %13 = call zeroext i16 @htons(i16 noundef zeroext %12) #6, !dbg !161
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 1, !dbg !162
  store i16 %13, ptr %14, align 2, !dbg !163
  %15 = load i32, ptr %4, align 4, !dbg !164
  %16 = call i32 @bind(i32 noundef %15, ptr noundef %5, i32 noundef 16) #5, !dbg !166
  %17 = icmp slt i32 %16, 0, !dbg !167
  br i1 %17, label %18, label %21, !dbg !168

18:                                               ; preds = %10
  %19 = load i32, ptr %4, align 4, !dbg !169
  %20 = call i32 @close(i32 noundef %19), !dbg !171
  store i32 -1, ptr %2, align 4, !dbg !172
  br label %23, !dbg !172

21:                                               ; preds = %10
  %22 = load i32, ptr %4, align 4, !dbg !173
  store i32 %22, ptr %2, align 4, !dbg !174
  br label %23, !dbg !174

23:                                               ; preds = %21, %18, %9
  %24 = load i32, ptr %2, align 4, !dbg !175
  ret i32 %24, !dbg !175
}

declare void @perror(ptr noundef) #1

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @echo(i32 noundef %0) #0 !dbg !176 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !179, !DIExpression(), !180)
    #dbg_declare(ptr %3, !181, !DIExpression(), !185)
    #dbg_declare(ptr %4, !186, !DIExpression(), !187)
    #dbg_declare(ptr %5, !188, !DIExpression(), !191)
  store i32 16, ptr %5, align 4, !dbg !191
    #dbg_declare(ptr %6, !192, !DIExpression(), !197)
  %7 = load i32, ptr %2, align 4, !dbg !198
  %8 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !199
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !200
  store i64 %9, ptr %6, align 8, !dbg !197
  %10 = load i64, ptr %6, align 8, !dbg !201
  %11 = icmp sgt i64 %10, 0, !dbg !203
  br i1 %11, label %12, label %18, !dbg !204

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !dbg !205
  %14 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !206
  %15 = load i64, ptr %6, align 8, !dbg !207
  %16 = load i32, ptr %5, align 4, !dbg !208
  %17 = call i64 @sendto(i32 noundef %13, ptr noundef %14, i64 noundef %15, i32 noundef 0, ptr noundef %4, i32 noundef %16), !dbg !209
  br label %18, !dbg !209

18:                                               ; preds = %12, %1
  ret void, !dbg !210
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare i32 @close(i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!36, !37, !38, !39, !40, !41, !42}
!llvm.ident = !{!43}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "helper-called-twice.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "f2e561a47ac185e96f331376c0ab449e")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 9)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !22, globals: !35, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !10, line: 24, baseType: !11, size: 32, elements: !12)
!10 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !{!13, !14, !15, !16, !17, !18, !19, !20, !21}
!13 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!14 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!15 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!16 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!17 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!18 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!19 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!20 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!21 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!22 = !{!23}
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !25, line: 183, size: 128, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!26 = !{!27, !31}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !24, file: !25, line: 185, baseType: !28, size: 16)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !29, line: 28, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !24, file: !25, line: 186, baseType: !32, size: 112, offset: 16)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !33)
!33 = !{!34}
!34 = !DISubrange(count: 14)
!35 = !{!0}
!36 = !{i32 7, !"Dwarf Version", i32 5}
!37 = !{i32 2, !"Debug Info Version", i32 3}
!38 = !{i32 1, !"wchar_size", i32 4}
!39 = !{i32 8, !"PIC Level", i32 2}
!40 = !{i32 7, !"PIE Level", i32 2}
!41 = !{i32 7, !"uwtable", i32 2}
!42 = !{i32 7, !"frame-pointer", i32 2}
!43 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!44 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 35, type: !45, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !48)
!45 = !DISubroutineType(types: !46)
!46 = !{!47}
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !{}
!49 = !DILocalVariable(name: "echo_fd", scope: !44, file: !2, line: 36, type: !47)
!50 = !DILocation(line: 36, column: 7, scope: !44)
!51 = !DILocation(line: 36, column: 17, scope: !44)
!52 = !DILocalVariable(name: "alt_fd", scope: !44, file: !2, line: 37, type: !47)
!53 = !DILocation(line: 37, column: 7, scope: !44)
!54 = !DILocation(line: 37, column: 16, scope: !44)
!55 = !DILocation(line: 38, column: 7, scope: !56)
!56 = distinct !DILexicalBlock(scope: !44, file: !2, line: 38, column: 7)
!57 = !DILocation(line: 38, column: 15, scope: !56)
!58 = !DILocation(line: 38, column: 19, scope: !56)
!59 = !DILocation(line: 38, column: 22, scope: !56)
!60 = !DILocation(line: 38, column: 29, scope: !56)
!61 = !DILocation(line: 38, column: 7, scope: !44)
!62 = !DILocation(line: 39, column: 5, scope: !63)
!63 = distinct !DILexicalBlock(scope: !56, file: !2, line: 38, column: 34)
!64 = !DILocation(line: 40, column: 5, scope: !63)
!65 = !DILocalVariable(name: "fds", scope: !44, file: !2, line: 42, type: !66)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !67, size: 128, elements: !74)
!67 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !68, line: 36, size: 64, elements: !69)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!69 = !{!70, !71, !73}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !67, file: !68, line: 38, baseType: !47, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !67, file: !68, line: 39, baseType: !72, size: 16, offset: 32)
!72 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !67, file: !68, line: 40, baseType: !72, size: 16, offset: 48)
!74 = !{!75}
!75 = !DISubrange(count: 2)
!76 = !DILocation(line: 42, column: 17, scope: !44)
!77 = !DILocation(line: 42, column: 27, scope: !44)
!78 = !DILocation(line: 42, column: 28, scope: !44)
!79 = !DILocation(line: 42, column: 26, scope: !44)
!80 = !DILocation(line: 42, column: 49, scope: !44)
!81 = !DILocation(line: 42, column: 50, scope: !44)
!82 = !DILocation(line: 43, column: 3, scope: !44)
!83 = !DILocation(line: 44, column: 14, scope: !84)
!84 = distinct !DILexicalBlock(scope: !85, file: !2, line: 44, column: 9)
!85 = distinct !DILexicalBlock(scope: !86, file: !2, line: 43, column: 12)
!86 = distinct !DILexicalBlock(scope: !87, file: !2, line: 43, column: 3)
!87 = distinct !DILexicalBlock(scope: !44, file: !2, line: 43, column: 3)
!88 = !DILocation(line: 44, column: 9, scope: !84)
!89 = !DILocation(line: 44, column: 26, scope: !84)
!90 = !DILocation(line: 44, column: 9, scope: !85)
!91 = !DILocation(line: 45, column: 7, scope: !84)
!92 = distinct !{!92, !93, !94}
!93 = !DILocation(line: 43, column: 3, scope: !87)
!94 = !DILocation(line: 49, column: 3, scope: !87)
!95 = !DILocalVariable(name: "i", scope: !96, file: !2, line: 46, type: !47)
!96 = distinct !DILexicalBlock(scope: !85, file: !2, line: 46, column: 5)
!97 = !DILocation(line: 46, column: 14, scope: !96)
!98 = !DILocation(line: 46, column: 10, scope: !96)
!99 = !DILocation(line: 46, column: 21, scope: !100)
!100 = distinct !DILexicalBlock(scope: !96, file: !2, line: 46, column: 5)
!101 = !DILocation(line: 46, column: 23, scope: !100)
!102 = !DILocation(line: 46, column: 5, scope: !96)
!103 = !DILocation(line: 47, column: 15, scope: !104)
!104 = distinct !DILexicalBlock(scope: !100, file: !2, line: 47, column: 11)
!105 = !DILocation(line: 47, column: 11, scope: !104)
!106 = !DILocation(line: 47, column: 18, scope: !104)
!107 = !DILocation(line: 47, column: 26, scope: !104)
!108 = !DILocation(line: 47, column: 11, scope: !100)
!109 = !DILocation(line: 48, column: 18, scope: !104)
!110 = !DILocation(line: 48, column: 14, scope: !104)
!111 = !DILocation(line: 48, column: 21, scope: !104)
!112 = !DILocation(line: 48, column: 9, scope: !104)
!113 = !DILocation(line: 47, column: 28, scope: !104)
!114 = !DILocation(line: 46, column: 29, scope: !100)
!115 = !DILocation(line: 46, column: 5, scope: !100)
!116 = distinct !{!116, !102, !117, !118}
!117 = !DILocation(line: 48, column: 23, scope: !96)
!118 = !{!"llvm.loop.mustprogress"}
!119 = !DILocation(line: 43, column: 3, scope: !86)
!120 = distinct !DISubprogram(name: "open_udp", scope: !2, file: !2, line: 11, type: !121, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !48)
!121 = !DISubroutineType(types: !122)
!122 = !{!47, !123}
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !124, line: 25, baseType: !125)
!124 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !126, line: 40, baseType: !30)
!126 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!127 = !DILocalVariable(name: "port", arg: 1, scope: !120, file: !2, line: 11, type: !123)
!128 = !DILocation(line: 11, column: 30, scope: !120)
!129 = !DILocalVariable(name: "fd", scope: !120, file: !2, line: 12, type: !47)
!130 = !DILocation(line: 12, column: 7, scope: !120)
!131 = !DILocation(line: 12, column: 12, scope: !120)
!132 = !DILocation(line: 13, column: 7, scope: !133)
!133 = distinct !DILexicalBlock(scope: !120, file: !2, line: 13, column: 7)
!134 = !DILocation(line: 13, column: 10, scope: !133)
!135 = !DILocation(line: 13, column: 7, scope: !120)
!136 = !DILocation(line: 14, column: 5, scope: !133)
!137 = !DILocalVariable(name: "sa", scope: !120, file: !2, line: 15, type: !138)
!138 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !139, line: 245, size: 128, elements: !140)
!139 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!140 = !{!141, !142, !144, !151}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !138, file: !139, line: 247, baseType: !28, size: 16)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !138, file: !139, line: 248, baseType: !143, size: 16, offset: 16)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !139, line: 123, baseType: !123)
!144 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !138, file: !139, line: 249, baseType: !145, size: 32, offset: 32)
!145 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !139, line: 31, size: 32, elements: !146)
!146 = !{!147}
!147 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !145, file: !139, line: 33, baseType: !148, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !139, line: 30, baseType: !149)
!149 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !124, line: 26, baseType: !150)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !126, line: 42, baseType: !11)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !138, file: !139, line: 252, baseType: !152, size: 64, offset: 64)
!152 = !DICompositeType(tag: DW_TAG_array_type, baseType: !153, size: 64, elements: !154)
!153 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!154 = !{!155}
!155 = !DISubrange(count: 8)
!156 = !DILocation(line: 15, column: 22, scope: !120)
!157 = !DILocation(line: 16, column: 3, scope: !120)
!158 = !DILocation(line: 17, column: 6, scope: !120)
!159 = !DILocation(line: 17, column: 17, scope: !120)
!160 = !DILocation(line: 18, column: 23, scope: !120)
!161 = !DILocation(line: 18, column: 17, scope: !120)
!162 = !DILocation(line: 18, column: 6, scope: !120)
!163 = !DILocation(line: 18, column: 15, scope: !120)
!164 = !DILocation(line: 19, column: 12, scope: !165)
!165 = distinct !DILexicalBlock(scope: !120, file: !2, line: 19, column: 7)
!166 = !DILocation(line: 19, column: 7, scope: !165)
!167 = !DILocation(line: 19, column: 52, scope: !165)
!168 = !DILocation(line: 19, column: 7, scope: !120)
!169 = !DILocation(line: 20, column: 11, scope: !170)
!170 = distinct !DILexicalBlock(scope: !165, file: !2, line: 19, column: 57)
!171 = !DILocation(line: 20, column: 5, scope: !170)
!172 = !DILocation(line: 21, column: 5, scope: !170)
!173 = !DILocation(line: 23, column: 10, scope: !120)
!174 = !DILocation(line: 23, column: 3, scope: !120)
!175 = !DILocation(line: 24, column: 1, scope: !120)
!176 = distinct !DISubprogram(name: "echo", scope: !2, file: !2, line: 26, type: !177, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !48)
!177 = !DISubroutineType(types: !178)
!178 = !{null, !47}
!179 = !DILocalVariable(name: "fd", arg: 1, scope: !176, file: !2, line: 26, type: !47)
!180 = !DILocation(line: 26, column: 22, scope: !176)
!181 = !DILocalVariable(name: "buf", scope: !176, file: !2, line: 27, type: !182)
!182 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !183)
!183 = !{!184}
!184 = !DISubrange(count: 512)
!185 = !DILocation(line: 27, column: 8, scope: !176)
!186 = !DILocalVariable(name: "from", scope: !176, file: !2, line: 28, type: !138)
!187 = !DILocation(line: 28, column: 22, scope: !176)
!188 = !DILocalVariable(name: "fl", scope: !176, file: !2, line: 29, type: !189)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !190)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !126, line: 210, baseType: !11)
!191 = !DILocation(line: 29, column: 13, scope: !176)
!192 = !DILocalVariable(name: "n", scope: !176, file: !2, line: 30, type: !193)
!193 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !194, line: 108, baseType: !195)
!194 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!195 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !126, line: 194, baseType: !196)
!196 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!197 = !DILocation(line: 30, column: 11, scope: !176)
!198 = !DILocation(line: 30, column: 24, scope: !176)
!199 = !DILocation(line: 30, column: 28, scope: !176)
!200 = !DILocation(line: 30, column: 15, scope: !176)
!201 = !DILocation(line: 31, column: 7, scope: !202)
!202 = distinct !DILexicalBlock(scope: !176, file: !2, line: 31, column: 7)
!203 = !DILocation(line: 31, column: 9, scope: !202)
!204 = !DILocation(line: 31, column: 7, scope: !176)
!205 = !DILocation(line: 32, column: 12, scope: !202)
!206 = !DILocation(line: 32, column: 16, scope: !202)
!207 = !DILocation(line: 32, column: 21, scope: !202)
!208 = !DILocation(line: 32, column: 53, scope: !202)
!209 = !DILocation(line: 32, column: 5, scope: !202)
!210 = !DILocation(line: 33, column: 1, scope: !176)
