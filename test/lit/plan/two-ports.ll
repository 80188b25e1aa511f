; Two UDP sockets on two ports (7001: #0, 7002: #1, bound by a helper: the
; runtime learns each port) at one receive, in a
; poll loop whose body does not care which socket it serves: a counter
; and an echo on fds[i].fd, loaded again after the receive (which may
; have written memory) and not written on the path: the reply is on the
; socket the request came on. Both are planned,
; each on its own, and both are offloaded (the driver generates the first;
; one koffload_service per object).
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'two-ports.c'
; CHECK:       candidate #0: socket #0 udp port ?, event loop #0, hook xdp
; CHECK:       arrival: two-ports.c:30
; CHECK-NEXT:  reply: two-ports.c:35
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload:
; CHECK-NOT:   blocked:
; CHECK:       effect: store to served at two-ports.c:34
; CHECK:       candidate #1: socket #1 udp port ?, event loop #0, hook xdp
; CHECK:       arrival: two-ports.c:30
; CHECK-NEXT:  reply: two-ports.c:35
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload:
; CHECK-NOT:   blocked:
; CHECK:       note: SocketsPlannedApart: the receive may be on socket #0 (udp ipv4), #1 (udp ipv4): requests on #0 (udp ipv4), #1 (udp ipv4) are planned per socket (two-ports.c:30)
; CHECK-NEXT:  summary: 2 candidates, 2 offloaded
;
; MADE-FROM: Inputs/two-ports.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - two-ports.c

; ModuleID = 'two-ports.c'
source_filename = "two-ports.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@served = internal global i64 0, align 8, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !42 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [2 x %struct.pollfd], align 16
  %5 = alloca i32, align 4
  %6 = alloca [256 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !47, !DIExpression(), !48)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !49
  store i32 %10, ptr %2, align 4, !dbg !48
  %11 = load i32, ptr %2, align 4, !dbg !50
  call void @bind_port(i32 noundef %11, i16 noundef zeroext 7001), !dbg !51
    #dbg_declare(ptr %3, !52, !DIExpression(), !53)
  %12 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !54
  store i32 %12, ptr %3, align 4, !dbg !53
  %13 = load i32, ptr %3, align 4, !dbg !55
  call void @bind_port(i32 noundef %13, i16 noundef zeroext 7002), !dbg !56
    #dbg_declare(ptr %4, !57, !DIExpression(), !68)
  %14 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !69
  %15 = load i32, ptr %2, align 4, !dbg !70
  store i32 %15, ptr %14, align 8, !dbg !69
  %16 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !69
  store i16 1, ptr %16, align 4, !dbg !69
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !69
  store i16 0, ptr %17, align 2, !dbg !69
  %18 = getelementptr inbounds %struct.pollfd, ptr %4, i64 1, !dbg !71
  %19 = getelementptr inbounds %struct.pollfd, ptr %18, i32 0, i32 0, !dbg !72
  %20 = load i32, ptr %3, align 4, !dbg !73
  store i32 %20, ptr %19, align 8, !dbg !72
  %21 = getelementptr inbounds %struct.pollfd, ptr %18, i32 0, i32 1, !dbg !72
  store i16 1, ptr %21, align 4, !dbg !72
  %22 = getelementptr inbounds %struct.pollfd, ptr %18, i32 0, i32 2, !dbg !72
  store i16 0, ptr %22, align 2, !dbg !72
  br label %23, !dbg !74

23:                                               ; preds = %65, %0
  %24 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 0, !dbg !75
  %25 = call i32 @poll(ptr noundef %24, i64 noundef 2, i32 noundef -1), !dbg !79
    #dbg_declare(ptr %5, !80, !DIExpression(), !82)
  store i32 0, ptr %5, align 4, !dbg !82
  br label %26, !dbg !83

26:                                               ; preds = %62, %23
  %27 = load i32, ptr %5, align 4, !dbg !84
  %28 = icmp slt i32 %27, 2, !dbg !86
  br i1 %28, label %29, label %65, !dbg !87

29:                                               ; preds = %26
  %30 = load i32, ptr %5, align 4, !dbg !88
  %31 = sext i32 %30 to i64, !dbg !91
  %32 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 %31, !dbg !91
  %33 = getelementptr inbounds %struct.pollfd, ptr %32, i32 0, i32 2, !dbg !92
  %34 = load i16, ptr %33, align 2, !dbg !92
  %35 = sext i16 %34 to i32, !dbg !91
  %36 = and i32 %35, 1, !dbg !93
  %37 = icmp ne i32 %36, 0, !dbg !93
  br i1 %37, label %39, label %38, !dbg !94

38:                                               ; preds = %29
  br label %62, !dbg !95

39:                                               ; preds = %29
    #dbg_declare(ptr %6, !96, !DIExpression(), !100)
    #dbg_declare(ptr %7, !101, !DIExpression(), !124)
    #dbg_declare(ptr %8, !125, !DIExpression(), !128)
  store i32 16, ptr %8, align 4, !dbg !128
    #dbg_declare(ptr %9, !129, !DIExpression(), !134)
  %40 = load i32, ptr %5, align 4, !dbg !135
  %41 = sext i32 %40 to i64, !dbg !136
  %42 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 %41, !dbg !136
  %43 = getelementptr inbounds %struct.pollfd, ptr %42, i32 0, i32 0, !dbg !137
  %44 = load i32, ptr %43, align 8, !dbg !137
  %45 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0, !dbg !138
  %46 = call i64 @recvfrom(i32 noundef %44, ptr noundef %45, i64 noundef 256, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !139
  store i64 %46, ptr %9, align 8, !dbg !134
  %47 = load i64, ptr %9, align 8, !dbg !140
  %48 = icmp sle i64 %47, 0, !dbg !142
  br i1 %48, label %49, label %50, !dbg !143

49:                                               ; preds = %39
  br label %62, !dbg !144

50:                                               ; preds = %39
  %51 = load i64, ptr @served, align 8, !dbg !145
  %52 = add i64 %51, 1, !dbg !145
  store i64 %52, ptr @served, align 8, !dbg !145
  %53 = load i32, ptr %5, align 4, !dbg !146
  %54 = sext i32 %53 to i64, !dbg !147
  %55 = getelementptr inbounds [2 x %struct.pollfd], ptr %4, i64 0, i64 %54, !dbg !147
  %56 = getelementptr inbounds %struct.pollfd, ptr %55, i32 0, i32 0, !dbg !148
  %57 = load i32, ptr %56, align 8, !dbg !148
  %58 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0, !dbg !149
  %59 = load i64, ptr %9, align 8, !dbg !150
  %60 = load i32, ptr %8, align 4, !dbg !151
  %61 = call i64 @sendto(i32 noundef %57, ptr noundef %58, i64 noundef %59, i32 noundef 0, ptr noundef %7, i32 noundef %60), !dbg !152
  br label %62, !dbg !153

62:                                               ; preds = %50, %49, %38
  %63 = load i32, ptr %5, align 4, !dbg !154
  %64 = add nsw i32 %63, 1, !dbg !154
  store i32 %64, ptr %5, align 4, !dbg !154
  br label %26, !dbg !155, !llvm.loop !156

65:                                               ; preds = %26
  br label %23, !dbg !159, !llvm.loop !160
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @bind_port(i32 noundef %0, i16 noundef zeroext %1) #0 !dbg !163 {
  %3 = alloca i32, align 4
  %4 = alloca i16, align 2
  %5 = alloca %struct.sockaddr_in, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !166, !DIExpression(), !167)
  store i16 %1, ptr %4, align 2
    #dbg_declare(ptr %4, !168, !DIExpression(), !169)
    #dbg_declare(ptr %5, !170, !DIExpression(), !171)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 16, i1 false), !dbg !171
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 0, !dbg !172
  store i16 2, ptr %6, align 4, !dbg !173
  %7 = load i16, ptr %4, align 2, !dbg !174
  %8 = call zeroext i16 @htons(i16 noundef zeroext %7) #6, !dbg !175
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %5, i32 0, i32 1, !dbg !176
  store i16 %8, ptr %9, align 2, !dbg !177
  %10 = load i32, ptr %3, align 4, !dbg !178
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %5, i32 noundef 16) #5, !dbg !179
  ret void, !dbg !180
}

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!34, !35, !36, !37, !38, !39, !40}
!llvm.ident = !{!41}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "served", scope: !2, file: !3, line: 7, type: !33, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !32, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "two-ports.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "c84a06518043f0f80925b8d5857318cf")
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
!32 = !{!0}
!33 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!34 = !{i32 7, !"Dwarf Version", i32 5}
!35 = !{i32 2, !"Debug Info Version", i32 3}
!36 = !{i32 1, !"wchar_size", i32 4}
!37 = !{i32 8, !"PIC Level", i32 2}
!38 = !{i32 7, !"PIE Level", i32 2}
!39 = !{i32 7, !"uwtable", i32 2}
!40 = !{i32 7, !"frame-pointer", i32 2}
!41 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!42 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 16, type: !43, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !46)
!43 = !DISubroutineType(types: !44)
!44 = !{!45}
!45 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!46 = !{}
!47 = !DILocalVariable(name: "a", scope: !42, file: !3, line: 17, type: !45)
!48 = !DILocation(line: 17, column: 7, scope: !42)
!49 = !DILocation(line: 17, column: 11, scope: !42)
!50 = !DILocation(line: 18, column: 13, scope: !42)
!51 = !DILocation(line: 18, column: 3, scope: !42)
!52 = !DILocalVariable(name: "b", scope: !42, file: !3, line: 19, type: !45)
!53 = !DILocation(line: 19, column: 7, scope: !42)
!54 = !DILocation(line: 19, column: 11, scope: !42)
!55 = !DILocation(line: 20, column: 13, scope: !42)
!56 = !DILocation(line: 20, column: 3, scope: !42)
!57 = !DILocalVariable(name: "fds", scope: !42, file: !3, line: 21, type: !58)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !59, size: 128, elements: !66)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !60, line: 36, size: 64, elements: !61)
!60 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!61 = !{!62, !63, !65}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !59, file: !60, line: 38, baseType: !45, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !59, file: !60, line: 39, baseType: !64, size: 16, offset: 32)
!64 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !59, file: !60, line: 40, baseType: !64, size: 16, offset: 48)
!66 = !{!67}
!67 = !DISubrange(count: 2)
!68 = !DILocation(line: 21, column: 17, scope: !42)
!69 = !DILocation(line: 21, column: 27, scope: !42)
!70 = !DILocation(line: 21, column: 28, scope: !42)
!71 = !DILocation(line: 21, column: 26, scope: !42)
!72 = !DILocation(line: 21, column: 43, scope: !42)
!73 = !DILocation(line: 21, column: 44, scope: !42)
!74 = !DILocation(line: 22, column: 3, scope: !42)
!75 = !DILocation(line: 23, column: 10, scope: !76)
!76 = distinct !DILexicalBlock(scope: !77, file: !3, line: 22, column: 12)
!77 = distinct !DILexicalBlock(scope: !78, file: !3, line: 22, column: 3)
!78 = distinct !DILexicalBlock(scope: !42, file: !3, line: 22, column: 3)
!79 = !DILocation(line: 23, column: 5, scope: !76)
!80 = !DILocalVariable(name: "i", scope: !81, file: !3, line: 24, type: !45)
!81 = distinct !DILexicalBlock(scope: !76, file: !3, line: 24, column: 5)
!82 = !DILocation(line: 24, column: 14, scope: !81)
!83 = !DILocation(line: 24, column: 10, scope: !81)
!84 = !DILocation(line: 24, column: 21, scope: !85)
!85 = distinct !DILexicalBlock(scope: !81, file: !3, line: 24, column: 5)
!86 = !DILocation(line: 24, column: 23, scope: !85)
!87 = !DILocation(line: 24, column: 5, scope: !81)
!88 = !DILocation(line: 25, column: 17, scope: !89)
!89 = distinct !DILexicalBlock(scope: !90, file: !3, line: 25, column: 11)
!90 = distinct !DILexicalBlock(scope: !85, file: !3, line: 24, column: 33)
!91 = !DILocation(line: 25, column: 13, scope: !89)
!92 = !DILocation(line: 25, column: 20, scope: !89)
!93 = !DILocation(line: 25, column: 28, scope: !89)
!94 = !DILocation(line: 25, column: 11, scope: !90)
!95 = !DILocation(line: 26, column: 9, scope: !89)
!96 = !DILocalVariable(name: "buf", scope: !90, file: !3, line: 27, type: !97)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !98)
!98 = !{!99}
!99 = !DISubrange(count: 256)
!100 = !DILocation(line: 27, column: 12, scope: !90)
!101 = !DILocalVariable(name: "src", scope: !90, file: !3, line: 28, type: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !103, line: 245, size: 128, elements: !104)
!103 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!104 = !{!105, !106, !112, !119}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !102, file: !103, line: 247, baseType: !24, size: 16)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !102, file: !103, line: 248, baseType: !107, size: 16, offset: 16)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !103, line: 123, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !109, line: 25, baseType: !110)
!109 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !111, line: 40, baseType: !26)
!111 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!112 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !102, file: !103, line: 249, baseType: !113, size: 32, offset: 32)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !103, line: 31, size: 32, elements: !114)
!114 = !{!115}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !113, file: !103, line: 33, baseType: !116, size: 32)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !103, line: 30, baseType: !117)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !109, line: 26, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !111, line: 42, baseType: !7)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !102, file: !103, line: 252, baseType: !120, size: 64, offset: 64)
!120 = !DICompositeType(tag: DW_TAG_array_type, baseType: !121, size: 64, elements: !122)
!121 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!122 = !{!123}
!123 = !DISubrange(count: 8)
!124 = !DILocation(line: 28, column: 26, scope: !90)
!125 = !DILocalVariable(name: "len", scope: !90, file: !3, line: 29, type: !126)
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !127)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !111, line: 210, baseType: !7)
!128 = !DILocation(line: 29, column: 17, scope: !90)
!129 = !DILocalVariable(name: "n", scope: !90, file: !3, line: 30, type: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !131, line: 108, baseType: !132)
!131 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !111, line: 194, baseType: !133)
!133 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!134 = !DILocation(line: 30, column: 15, scope: !90)
!135 = !DILocation(line: 30, column: 32, scope: !90)
!136 = !DILocation(line: 30, column: 28, scope: !90)
!137 = !DILocation(line: 30, column: 35, scope: !90)
!138 = !DILocation(line: 30, column: 39, scope: !90)
!139 = !DILocation(line: 30, column: 19, scope: !90)
!140 = !DILocation(line: 32, column: 11, scope: !141)
!141 = distinct !DILexicalBlock(scope: !90, file: !3, line: 32, column: 11)
!142 = !DILocation(line: 32, column: 13, scope: !141)
!143 = !DILocation(line: 32, column: 11, scope: !90)
!144 = !DILocation(line: 33, column: 9, scope: !141)
!145 = !DILocation(line: 34, column: 13, scope: !90)
!146 = !DILocation(line: 35, column: 18, scope: !90)
!147 = !DILocation(line: 35, column: 14, scope: !90)
!148 = !DILocation(line: 35, column: 21, scope: !90)
!149 = !DILocation(line: 35, column: 25, scope: !90)
!150 = !DILocation(line: 35, column: 30, scope: !90)
!151 = !DILocation(line: 35, column: 61, scope: !90)
!152 = !DILocation(line: 35, column: 7, scope: !90)
!153 = !DILocation(line: 36, column: 5, scope: !90)
!154 = !DILocation(line: 24, column: 29, scope: !85)
!155 = !DILocation(line: 24, column: 5, scope: !85)
!156 = distinct !{!156, !87, !157, !158}
!157 = !DILocation(line: 36, column: 5, scope: !81)
!158 = !{!"llvm.loop.mustprogress"}
!159 = !DILocation(line: 22, column: 3, scope: !77)
!160 = distinct !{!160, !161, !162}
!161 = !DILocation(line: 22, column: 3, scope: !78)
!162 = !DILocation(line: 37, column: 3, scope: !78)
!163 = distinct !DISubprogram(name: "bind_port", scope: !3, file: !3, line: 9, type: !164, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !46)
!164 = !DISubroutineType(types: !165)
!165 = !{null, !45, !26}
!166 = !DILocalVariable(name: "fd", arg: 1, scope: !163, file: !3, line: 9, type: !45)
!167 = !DILocation(line: 9, column: 27, scope: !163)
!168 = !DILocalVariable(name: "port", arg: 2, scope: !163, file: !3, line: 9, type: !26)
!169 = !DILocation(line: 9, column: 46, scope: !163)
!170 = !DILocalVariable(name: "a", scope: !163, file: !3, line: 10, type: !102)
!171 = !DILocation(line: 10, column: 22, scope: !163)
!172 = !DILocation(line: 11, column: 5, scope: !163)
!173 = !DILocation(line: 11, column: 16, scope: !163)
!174 = !DILocation(line: 12, column: 22, scope: !163)
!175 = !DILocation(line: 12, column: 16, scope: !163)
!176 = !DILocation(line: 12, column: 5, scope: !163)
!177 = !DILocation(line: 12, column: 14, scope: !163)
!178 = !DILocation(line: 13, column: 8, scope: !163)
!179 = !DILocation(line: 13, column: 3, scope: !163)
!180 = !DILocation(line: 14, column: 1, scope: !163)
