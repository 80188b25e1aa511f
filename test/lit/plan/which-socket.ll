; Two UDP sockets (#0 data, port 7001; #1 control, port 7002) at one
; receive, and a handler that answers "ctl" when the fd is the control
; socket's (which-socket.c:17): the request path tests which socket the
; request came on, so an offload of either socket, which runs the path
; only for its own socket's requests, is blocked there.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'which-socket.c'
; CHECK:       candidate #0: socket #0 udp port ?, event loop #0, hook xdp
; CHECK:       decision: no request can be answered in the kernel
; CHECK:       blocked: PreArrivalState the receive's fd, which may also be socket #1: the request path tests which socket the request came on at which-socket.c:17 (reached by 100.0% of requests)
; CHECK:       candidate #1: socket #1 udp port ?, event loop #0, hook xdp
; CHECK:       blocked: PreArrivalState the receive's fd, which may also be socket #0: the request path tests which socket the request came on at which-socket.c:17 (reached by 100.0% of requests)
; CHECK:       note: SocketsPlannedApart: the receive may be on socket #0 (udp ipv4), #1 (udp ipv4): requests on #0 (udp ipv4), #1 (udp ipv4) are planned per socket (which-socket.c:14)
; CHECK-NEXT:  summary: 2 candidates, 0 offloaded
;
; MADE-FROM: Inputs/which-socket.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - which-socket.c

; ModuleID = 'which-socket.c'
source_filename = "which-socket.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@data_fd = internal global i32 0, align 4, !dbg !0
@ctl_fd = internal global i32 0, align 4, !dbg !33

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !44 {
  %1 = alloca i32, align 4
  %2 = alloca [2 x %struct.pollfd], align 16
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %4 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !48
  store i32 %4, ptr @data_fd, align 4, !dbg !49
  %5 = load i32, ptr @data_fd, align 4, !dbg !50
  call void @bind_port(i32 noundef %5, i16 noundef zeroext 7001), !dbg !51
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !52
  store i32 %6, ptr @ctl_fd, align 4, !dbg !53
  %7 = load i32, ptr @ctl_fd, align 4, !dbg !54
  call void @bind_port(i32 noundef %7, i16 noundef zeroext 7002), !dbg !55
    #dbg_declare(ptr %2, !56, !DIExpression(), !67)
  %8 = getelementptr inbounds %struct.pollfd, ptr %2, i32 0, i32 0, !dbg !68
  %9 = load i32, ptr @data_fd, align 4, !dbg !69
  store i32 %9, ptr %8, align 8, !dbg !68
  %10 = getelementptr inbounds %struct.pollfd, ptr %2, i32 0, i32 1, !dbg !68
  store i16 1, ptr %10, align 4, !dbg !68
  %11 = getelementptr inbounds %struct.pollfd, ptr %2, i32 0, i32 2, !dbg !68
  store i16 0, ptr %11, align 2, !dbg !68
  %12 = getelementptr inbounds %struct.pollfd, ptr %2, i64 1, !dbg !70
  %13 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 0, !dbg !71
  %14 = load i32, ptr @ctl_fd, align 4, !dbg !72
  store i32 %14, ptr %13, align 8, !dbg !71
  %15 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 1, !dbg !71
  store i16 1, ptr %15, align 4, !dbg !71
  %16 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 2, !dbg !71
  store i16 0, ptr %16, align 2, !dbg !71
  br label %17, !dbg !73

17:                                               ; preds = %42, %0
  %18 = getelementptr inbounds [2 x %struct.pollfd], ptr %2, i64 0, i64 0, !dbg !74
  %19 = call i32 @poll(ptr noundef %18, i64 noundef 2, i32 noundef -1), !dbg !78
    #dbg_declare(ptr %3, !79, !DIExpression(), !81)
  store i32 0, ptr %3, align 4, !dbg !81
  br label %20, !dbg !82

20:                                               ; preds = %39, %17
  %21 = load i32, ptr %3, align 4, !dbg !83
  %22 = icmp slt i32 %21, 2, !dbg !85
  br i1 %22, label %23, label %42, !dbg !86

23:                                               ; preds = %20
  %24 = load i32, ptr %3, align 4, !dbg !87
  %25 = sext i32 %24 to i64, !dbg !89
  %26 = getelementptr inbounds [2 x %struct.pollfd], ptr %2, i64 0, i64 %25, !dbg !89
  %27 = getelementptr inbounds %struct.pollfd, ptr %26, i32 0, i32 2, !dbg !90
  %28 = load i16, ptr %27, align 2, !dbg !90
  %29 = sext i16 %28 to i32, !dbg !89
  %30 = and i32 %29, 1, !dbg !91
  %31 = icmp ne i32 %30, 0, !dbg !91
  br i1 %31, label %32, label %38, !dbg !92

32:                                               ; preds = %23
  %33 = load i32, ptr %3, align 4, !dbg !93
  %34 = sext i32 %33 to i64, !dbg !94
  %35 = getelementptr inbounds [2 x %struct.pollfd], ptr %2, i64 0, i64 %34, !dbg !94
  %36 = getelementptr inbounds %struct.pollfd, ptr %35, i32 0, i32 0, !dbg !95
  %37 = load i32, ptr %36, align 8, !dbg !95
  call void @serve(i32 noundef %37), !dbg !96
  br label %38, !dbg !96

38:                                               ; preds = %32, %23
  br label %39, !dbg !97

39:                                               ; preds = %38
  %40 = load i32, ptr %3, align 4, !dbg !98
  %41 = add nsw i32 %40, 1, !dbg !98
  store i32 %41, ptr %3, align 4, !dbg !98
  br label %20, !dbg !99, !llvm.loop !100

42:                                               ; preds = %20
  br label %17, !dbg !103, !llvm.loop !104
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @bind_port(i32 noundef %0, i16 noundef zeroext %1) #0 !dbg !107 {
  %3 = alloca i32, align 4
  %4 = alloca i16, align 2
  %5 = alloca %struct.sockaddr_in, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !110, !DIExpression(), !111)
  store i16 %1, ptr %4, align 2
    #dbg_declare(ptr %4, !112, !DIExpression(), !113)
    #dbg_declare(ptr %5, !114, !DIExpression(), !137)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 16, i1 false), !dbg !137
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 0, !dbg !138
  store i16 2, ptr %6, align 4, !dbg !139
  %7 = load i16, ptr %4, align 2, !dbg !140
  %8 = call zeroext i16 @htons(i16 noundef zeroext %7) #6, !dbg !141
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 1, !dbg !142
  store i16 %8, ptr %9, align 2, !dbg !143
  %10 = load i32, ptr %3, align 4, !dbg !144
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %5, i32 noundef 16) #5, !dbg !145
  ret void, !dbg !146
}

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !147 {
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !150, !DIExpression(), !151)
    #dbg_declare(ptr %3, !152, !DIExpression(), !156)
    #dbg_declare(ptr %4, !157, !DIExpression(), !158)
    #dbg_declare(ptr %5, !159, !DIExpression(), !162)
  store i32 16, ptr %5, align 4, !dbg !162
    #dbg_declare(ptr %6, !163, !DIExpression(), !168)
  %7 = load i32, ptr %2, align 4, !dbg !169
  %8 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !170
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 256, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !171
  store i64 %9, ptr %6, align 8, !dbg !168
  %10 = load i64, ptr %6, align 8, !dbg !172
  %11 = icmp sle i64 %10, 0, !dbg !174
  br i1 %11, label %12, label %13, !dbg !175

12:                                               ; preds = %1
  br label %27, !dbg !176

13:                                               ; preds = %1
  %14 = load i32, ptr %2, align 4, !dbg !177
  %15 = load i32, ptr @ctl_fd, align 4, !dbg !179
  %16 = icmp eq i32 %14, %15, !dbg !180
  br i1 %16, label %17, label %21, !dbg !181

17:                                               ; preds = %13
  %18 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !182
  store i8 99, ptr %18, align 16, !dbg !184
  %19 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 1, !dbg !185
  store i8 116, ptr %19, align 1, !dbg !186
  %20 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 2, !dbg !187
  store i8 108, ptr %20, align 2, !dbg !188
  store i64 3, ptr %6, align 8, !dbg !189
  br label %21, !dbg !190

21:                                               ; preds = %17, %13
  %22 = load i32, ptr %2, align 4, !dbg !191
  %23 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !192
  %24 = load i64, ptr %6, align 8, !dbg !193
  %25 = load i32, ptr %5, align 4, !dbg !194
  %26 = call i64 @sendto(i32 noundef %22, ptr noundef %23, i64 noundef %24, i32 noundef 0, ptr noundef %4, i32 noundef %25), !dbg !195
  br label %27, !dbg !196

27:                                               ; preds = %21, %12
  ret void, !dbg !196
}

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

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!36, !37, !38, !39, !40, !41, !42}
!llvm.ident = !{!43}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "data_fd", scope: !2, file: !3, line: 8, type: !35, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !32, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "which-socket.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "26a28b69d2a1fd11d0f1ac8167a0a0e4")
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
!32 = !{!0, !33}
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "ctl_fd", scope: !2, file: !3, line: 8, type: !35, isLocal: true, isDefinition: true)
!35 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!36 = !{i32 7, !"Dwarf Version", i32 5}
!37 = !{i32 2, !"Debug Info Version", i32 3}
!38 = !{i32 1, !"wchar_size", i32 4}
!39 = !{i32 8, !"PIC Level", i32 2}
!40 = !{i32 7, !"PIE Level", i32 2}
!41 = !{i32 7, !"uwtable", i32 2}
!42 = !{i32 7, !"frame-pointer", i32 2}
!43 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!44 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 33, type: !45, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !47)
!45 = !DISubroutineType(types: !46)
!46 = !{!35}
!47 = !{}
!48 = !DILocation(line: 34, column: 13, scope: !44)
!49 = !DILocation(line: 34, column: 11, scope: !44)
!50 = !DILocation(line: 35, column: 13, scope: !44)
!51 = !DILocation(line: 35, column: 3, scope: !44)
!52 = !DILocation(line: 36, column: 12, scope: !44)
!53 = !DILocation(line: 36, column: 10, scope: !44)
!54 = !DILocation(line: 37, column: 13, scope: !44)
!55 = !DILocation(line: 37, column: 3, scope: !44)
!56 = !DILocalVariable(name: "fds", scope: !44, file: !3, line: 38, type: !57)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !58, size: 128, elements: !65)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !59, line: 36, size: 64, elements: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!60 = !{!61, !62, !64}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !58, file: !59, line: 38, baseType: !35, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !58, file: !59, line: 39, baseType: !63, size: 16, offset: 32)
!63 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !58, file: !59, line: 40, baseType: !63, size: 16, offset: 48)
!65 = !{!66}
!66 = !DISubrange(count: 2)
!67 = !DILocation(line: 38, column: 17, scope: !44)
!68 = !DILocation(line: 38, column: 27, scope: !44)
!69 = !DILocation(line: 38, column: 28, scope: !44)
!70 = !DILocation(line: 38, column: 26, scope: !44)
!71 = !DILocation(line: 38, column: 49, scope: !44)
!72 = !DILocation(line: 38, column: 50, scope: !44)
!73 = !DILocation(line: 39, column: 3, scope: !44)
!74 = !DILocation(line: 40, column: 10, scope: !75)
!75 = distinct !DILexicalBlock(scope: !76, file: !3, line: 39, column: 12)
!76 = distinct !DILexicalBlock(scope: !77, file: !3, line: 39, column: 3)
!77 = distinct !DILexicalBlock(scope: !44, file: !3, line: 39, column: 3)
!78 = !DILocation(line: 40, column: 5, scope: !75)
!79 = !DILocalVariable(name: "i", scope: !80, file: !3, line: 41, type: !35)
!80 = distinct !DILexicalBlock(scope: !75, file: !3, line: 41, column: 5)
!81 = !DILocation(line: 41, column: 14, scope: !80)
!82 = !DILocation(line: 41, column: 10, scope: !80)
!83 = !DILocation(line: 41, column: 21, scope: !84)
!84 = distinct !DILexicalBlock(scope: !80, file: !3, line: 41, column: 5)
!85 = !DILocation(line: 41, column: 23, scope: !84)
!86 = !DILocation(line: 41, column: 5, scope: !80)
!87 = !DILocation(line: 42, column: 15, scope: !88)
!88 = distinct !DILexicalBlock(scope: !84, file: !3, line: 42, column: 11)
!89 = !DILocation(line: 42, column: 11, scope: !88)
!90 = !DILocation(line: 42, column: 18, scope: !88)
!91 = !DILocation(line: 42, column: 26, scope: !88)
!92 = !DILocation(line: 42, column: 11, scope: !84)
!93 = !DILocation(line: 43, column: 19, scope: !88)
!94 = !DILocation(line: 43, column: 15, scope: !88)
!95 = !DILocation(line: 43, column: 22, scope: !88)
!96 = !DILocation(line: 43, column: 9, scope: !88)
!97 = !DILocation(line: 42, column: 28, scope: !88)
!98 = !DILocation(line: 41, column: 29, scope: !84)
!99 = !DILocation(line: 41, column: 5, scope: !84)
!100 = distinct !{!100, !86, !101, !102}
!101 = !DILocation(line: 43, column: 24, scope: !80)
!102 = !{!"llvm.loop.mustprogress"}
!103 = !DILocation(line: 39, column: 3, scope: !76)
!104 = distinct !{!104, !105, !106}
!105 = !DILocation(line: 39, column: 3, scope: !77)
!106 = !DILocation(line: 44, column: 3, scope: !77)
!107 = distinct !DISubprogram(name: "bind_port", scope: !3, file: !3, line: 26, type: !108, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !47)
!108 = !DISubroutineType(types: !109)
!109 = !{null, !35, !26}
!110 = !DILocalVariable(name: "fd", arg: 1, scope: !107, file: !3, line: 26, type: !35)
!111 = !DILocation(line: 26, column: 27, scope: !107)
!112 = !DILocalVariable(name: "port", arg: 2, scope: !107, file: !3, line: 26, type: !26)
!113 = !DILocation(line: 26, column: 46, scope: !107)
!114 = !DILocalVariable(name: "a", scope: !107, file: !3, line: 27, type: !115)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !116, line: 245, size: 128, elements: !117)
!116 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!117 = !{!118, !119, !125, !132}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !115, file: !116, line: 247, baseType: !24, size: 16)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !115, file: !116, line: 248, baseType: !120, size: 16, offset: 16)
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !116, line: 123, baseType: !121)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !122, line: 25, baseType: !123)
!122 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !124, line: 40, baseType: !26)
!124 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!125 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !115, file: !116, line: 249, baseType: !126, size: 32, offset: 32)
!126 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !116, line: 31, size: 32, elements: !127)
!127 = !{!128}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !126, file: !116, line: 33, baseType: !129, size: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !116, line: 30, baseType: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !122, line: 26, baseType: !131)
!131 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !124, line: 42, baseType: !7)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !115, file: !116, line: 252, baseType: !133, size: 64, offset: 64)
!133 = !DICompositeType(tag: DW_TAG_array_type, baseType: !134, size: 64, elements: !135)
!134 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!135 = !{!136}
!136 = !DISubrange(count: 8)
!137 = !DILocation(line: 27, column: 22, scope: !107)
!138 = !DILocation(line: 28, column: 5, scope: !107)
!139 = !DILocation(line: 28, column: 16, scope: !107)
!140 = !DILocation(line: 29, column: 22, scope: !107)
!141 = !DILocation(line: 29, column: 16, scope: !107)
!142 = !DILocation(line: 29, column: 5, scope: !107)
!143 = !DILocation(line: 29, column: 14, scope: !107)
!144 = !DILocation(line: 30, column: 8, scope: !107)
!145 = !DILocation(line: 30, column: 3, scope: !107)
!146 = !DILocation(line: 31, column: 1, scope: !107)
!147 = distinct !DISubprogram(name: "serve", scope: !3, file: !3, line: 10, type: !148, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !47)
!148 = !DISubroutineType(types: !149)
!149 = !{null, !35}
!150 = !DILocalVariable(name: "fd", arg: 1, scope: !147, file: !3, line: 10, type: !35)
!151 = !DILocation(line: 10, column: 23, scope: !147)
!152 = !DILocalVariable(name: "buf", scope: !147, file: !3, line: 11, type: !153)
!153 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !154)
!154 = !{!155}
!155 = !DISubrange(count: 256)
!156 = !DILocation(line: 11, column: 8, scope: !147)
!157 = !DILocalVariable(name: "src", scope: !147, file: !3, line: 12, type: !115)
!158 = !DILocation(line: 12, column: 22, scope: !147)
!159 = !DILocalVariable(name: "len", scope: !147, file: !3, line: 13, type: !160)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !161)
!161 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !124, line: 210, baseType: !7)
!162 = !DILocation(line: 13, column: 13, scope: !147)
!163 = !DILocalVariable(name: "n", scope: !147, file: !3, line: 14, type: !164)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !165, line: 108, baseType: !166)
!165 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!166 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !124, line: 194, baseType: !167)
!167 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!168 = !DILocation(line: 14, column: 11, scope: !147)
!169 = !DILocation(line: 14, column: 24, scope: !147)
!170 = !DILocation(line: 14, column: 28, scope: !147)
!171 = !DILocation(line: 14, column: 15, scope: !147)
!172 = !DILocation(line: 15, column: 7, scope: !173)
!173 = distinct !DILexicalBlock(scope: !147, file: !3, line: 15, column: 7)
!174 = !DILocation(line: 15, column: 9, scope: !173)
!175 = !DILocation(line: 15, column: 7, scope: !147)
!176 = !DILocation(line: 16, column: 5, scope: !173)
!177 = !DILocation(line: 17, column: 7, scope: !178)
!178 = distinct !DILexicalBlock(scope: !147, file: !3, line: 17, column: 7)
!179 = !DILocation(line: 17, column: 13, scope: !178)
!180 = !DILocation(line: 17, column: 10, scope: !178)
!181 = !DILocation(line: 17, column: 7, scope: !147)
!182 = !DILocation(line: 18, column: 5, scope: !183)
!183 = distinct !DILexicalBlock(scope: !178, file: !3, line: 17, column: 21)
!184 = !DILocation(line: 18, column: 12, scope: !183)
!185 = !DILocation(line: 19, column: 5, scope: !183)
!186 = !DILocation(line: 19, column: 12, scope: !183)
!187 = !DILocation(line: 20, column: 5, scope: !183)
!188 = !DILocation(line: 20, column: 12, scope: !183)
!189 = !DILocation(line: 21, column: 7, scope: !183)
!190 = !DILocation(line: 22, column: 3, scope: !183)
!191 = !DILocation(line: 23, column: 10, scope: !147)
!192 = !DILocation(line: 23, column: 14, scope: !147)
!193 = !DILocation(line: 23, column: 19, scope: !147)
!194 = !DILocation(line: 23, column: 50, scope: !147)
!195 = !DILocation(line: 23, column: 3, scope: !147)
!196 = !DILocation(line: 24, column: 1, scope: !147)
