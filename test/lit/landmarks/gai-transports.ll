; memcached's shape: one socket() call (gai-transports.c:25) over a
; getaddrinfo() result whose hints' ai_socktype is a run-time choice
; (IS_UDP(transport) ? SOCK_DGRAM : SOCK_STREAM, line 22), called once
; for TCP and once for UDP. The socket's transport is the set of both,
; not "unknown-type"; the planner serves the call's datagrams as UDP (the
; runtime starts the offload on the datagram socket's bind; e2e
; split-gai-transports runs it) and says so. Before: "UnsupportedSocket",
; not planned.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PLAN
;
; CHECK-LABEL: koffload landmarks for 'gai-transports.c'
; CHECK-NEXT:  socket #0: tcp|udp ipv4, created in server_socket at gai-transports.c:25
; CHECK-NOT:   UnknownSocketType
; CHECK:       note: SocketTypeAtRunTime: socket type chosen at run time: this one socket() call makes tcp|udp sockets, and the analysis does not tell which fd is which: an offload serves only its datagrams (started on a datagram socket), its connections stay in userspace (gai-transports.c:25)
;
; PLAN-LABEL: koffload plan for 'gai-transports.c'
; PLAN-NEXT:  weights:
; PLAN-NEXT:  candidate #0: socket #0 udp port 11411, event loop #0, hook xdp
; PLAN:       decision: offload: omega 1.000
; PLAN:       note: TransportAtRunTime: socket #0 is tcp|udp (its type is chosen at run time, one socket() call for both): its UDP datagrams are planned, its TCP connections stay in userspace (gai-transports.c:47)
; PLAN-NEXT:  summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/gai-transports.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - gai-transports.c

; ModuleID = 'gai-transports.c'
source_filename = "gai-transports.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }

@.str = private unnamed_addr constant [6 x i8] c"11411\00", align 1, !dbg !0
@fds = internal global [2 x %struct.pollfd] zeroinitializer, align 16, !dbg !7
@nfds = internal global i32 0, align 4, !dbg !42

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !63 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %7 = call i32 @server_socket(ptr noundef @.str, i32 noundef 0), !dbg !67
  %8 = call i32 @server_socket(ptr noundef @.str, i32 noundef 1), !dbg !68
  br label %9, !dbg !69

9:                                                ; preds = %51, %0
  %10 = load i32, ptr @nfds, align 4, !dbg !70
  %11 = sext i32 %10 to i64, !dbg !70
  %12 = call i32 @poll(ptr noundef @fds, i64 noundef %11, i32 noundef -1), !dbg !74
    #dbg_declare(ptr %2, !75, !DIExpression(), !77)
  store i32 0, ptr %2, align 4, !dbg !77
  br label %13, !dbg !78

13:                                               ; preds = %48, %9
  %14 = load i32, ptr %2, align 4, !dbg !79
  %15 = load i32, ptr @nfds, align 4, !dbg !81
  %16 = icmp slt i32 %14, %15, !dbg !82
  br i1 %16, label %17, label %51, !dbg !83

17:                                               ; preds = %13
  %18 = load i32, ptr %2, align 4, !dbg !84
  %19 = sext i32 %18 to i64, !dbg !87
  %20 = getelementptr inbounds [2 x %struct.pollfd], ptr @fds, i64 0, i64 %19, !dbg !87
  %21 = getelementptr inbounds %struct.pollfd, ptr %20, i32 0, i32 2, !dbg !88
  %22 = load i16, ptr %21, align 2, !dbg !88
  %23 = sext i16 %22 to i32, !dbg !87
  %24 = and i32 %23, 1, !dbg !89
  %25 = icmp ne i32 %24, 0, !dbg !89
  br i1 %25, label %27, label %26, !dbg !90

26:                                               ; preds = %17
  br label %48, !dbg !91

27:                                               ; preds = %17
    #dbg_declare(ptr %3, !92, !DIExpression(), !96)
    #dbg_declare(ptr %4, !97, !DIExpression(), !107)
    #dbg_declare(ptr %5, !108, !DIExpression(), !112)
  store i32 128, ptr %5, align 4, !dbg !112
    #dbg_declare(ptr %6, !113, !DIExpression(), !118)
  %28 = load i32, ptr %2, align 4, !dbg !119
  %29 = sext i32 %28 to i64, !dbg !120
  %30 = getelementptr inbounds [2 x %struct.pollfd], ptr @fds, i64 0, i64 %29, !dbg !120
  %31 = getelementptr inbounds %struct.pollfd, ptr %30, i32 0, i32 0, !dbg !121
  %32 = load i32, ptr %31, align 8, !dbg !121
  %33 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !122
  %34 = call i64 @recvfrom(i32 noundef %32, ptr noundef %33, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !123
  store i64 %34, ptr %6, align 8, !dbg !118
  %35 = load i64, ptr %6, align 8, !dbg !124
  %36 = icmp sle i64 %35, 0, !dbg !126
  br i1 %36, label %37, label %38, !dbg !127

37:                                               ; preds = %27
  br label %48, !dbg !128

38:                                               ; preds = %27
  %39 = load i32, ptr %2, align 4, !dbg !129
  %40 = sext i32 %39 to i64, !dbg !130
  %41 = getelementptr inbounds [2 x %struct.pollfd], ptr @fds, i64 0, i64 %40, !dbg !130
  %42 = getelementptr inbounds %struct.pollfd, ptr %41, i32 0, i32 0, !dbg !131
  %43 = load i32, ptr %42, align 8, !dbg !131
  %44 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !132
  %45 = load i64, ptr %6, align 8, !dbg !133
  %46 = load i32, ptr %5, align 4, !dbg !134
  %47 = call i64 @sendto(i32 noundef %43, ptr noundef %44, i64 noundef %45, i32 noundef 0, ptr noundef %4, i32 noundef %46), !dbg !135
  br label %48, !dbg !136

48:                                               ; preds = %38, %37, %26
  %49 = load i32, ptr %2, align 4, !dbg !137
  %50 = add nsw i32 %49, 1, !dbg !137
  store i32 %50, ptr %2, align 4, !dbg !137
  br label %13, !dbg !138, !llvm.loop !139

51:                                               ; preds = %13
  br label %9, !dbg !142, !llvm.loop !143
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket(ptr noundef %0, i32 noundef %1) #0 !dbg !146 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca %struct.addrinfo, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !151, !DIExpression(), !152)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !153, !DIExpression(), !154)
    #dbg_declare(ptr %6, !155, !DIExpression(), !169)
    #dbg_declare(ptr %7, !170, !DIExpression(), !171)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 48, i1 false), !dbg !172
  %9 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 0, !dbg !173
  store i32 1, ptr %9, align 8, !dbg !174
  %10 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 1, !dbg !175
  store i32 2, ptr %10, align 4, !dbg !176
  %11 = load i32, ptr %5, align 4, !dbg !177
  %12 = icmp eq i32 %11, 1, !dbg !177
  %13 = zext i1 %12 to i64, !dbg !177
  %14 = select i1 %12, i32 2, i32 1, !dbg !177
  %15 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 2, !dbg !178
  store i32 %14, ptr %15, align 8, !dbg !179
  %16 = load ptr, ptr %4, align 8, !dbg !180
  %17 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %16, ptr noundef %6, ptr noundef %7), !dbg !182
  %18 = icmp ne i32 %17, 0, !dbg !183
  br i1 %18, label %19, label %20, !dbg !184

19:                                               ; preds = %2
  store i32 -1, ptr %3, align 4, !dbg !185
  br label %58, !dbg !185

20:                                               ; preds = %2
    #dbg_declare(ptr %8, !186, !DIExpression(), !187)
  %21 = load ptr, ptr %7, align 8, !dbg !188
  %22 = getelementptr inbounds %struct.addrinfo, ptr %21, i32 0, i32 1, !dbg !189
  %23 = load i32, ptr %22, align 4, !dbg !189
  %24 = load ptr, ptr %7, align 8, !dbg !190
  %25 = getelementptr inbounds %struct.addrinfo, ptr %24, i32 0, i32 2, !dbg !191
  %26 = load i32, ptr %25, align 8, !dbg !191
  %27 = load ptr, ptr %7, align 8, !dbg !192
  %28 = getelementptr inbounds %struct.addrinfo, ptr %27, i32 0, i32 3, !dbg !193
  %29 = load i32, ptr %28, align 4, !dbg !193
  %30 = call i32 @socket(i32 noundef %23, i32 noundef %26, i32 noundef %29) #4, !dbg !194
  store i32 %30, ptr %8, align 4, !dbg !187
  %31 = load i32, ptr %8, align 4, !dbg !195
  %32 = load ptr, ptr %7, align 8, !dbg !196
  %33 = getelementptr inbounds %struct.addrinfo, ptr %32, i32 0, i32 5, !dbg !197
  %34 = load ptr, ptr %33, align 8, !dbg !197
  %35 = load ptr, ptr %7, align 8, !dbg !198
  %36 = getelementptr inbounds %struct.addrinfo, ptr %35, i32 0, i32 4, !dbg !199
  %37 = load i32, ptr %36, align 8, !dbg !199
  %38 = call i32 @bind(i32 noundef %31, ptr noundef %34, i32 noundef %37) #4, !dbg !200
  %39 = load i32, ptr %5, align 4, !dbg !201
  %40 = icmp eq i32 %39, 1, !dbg !201
  br i1 %40, label %44, label %41, !dbg !203

41:                                               ; preds = %20
  %42 = load i32, ptr %8, align 4, !dbg !204
  %43 = call i32 @listen(i32 noundef %42, i32 noundef 64) #4, !dbg !205
  br label %44, !dbg !205

44:                                               ; preds = %41, %20
  %45 = load ptr, ptr %7, align 8, !dbg !206
  call void @freeaddrinfo(ptr noundef %45) #4, !dbg !207
  %46 = load i32, ptr %8, align 4, !dbg !208
  %47 = load i32, ptr @nfds, align 4, !dbg !209
  %48 = sext i32 %47 to i64, !dbg !210
  %49 = getelementptr inbounds [2 x %struct.pollfd], ptr @fds, i64 0, i64 %48, !dbg !210
  %50 = getelementptr inbounds %struct.pollfd, ptr %49, i32 0, i32 0, !dbg !211
  store i32 %46, ptr %50, align 8, !dbg !212
  %51 = load i32, ptr @nfds, align 4, !dbg !213
  %52 = sext i32 %51 to i64, !dbg !214
  %53 = getelementptr inbounds [2 x %struct.pollfd], ptr @fds, i64 0, i64 %52, !dbg !214
  %54 = getelementptr inbounds %struct.pollfd, ptr %53, i32 0, i32 1, !dbg !215
  store i16 1, ptr %54, align 4, !dbg !216
  %55 = load i32, ptr @nfds, align 4, !dbg !217
  %56 = add nsw i32 %55, 1, !dbg !217
  store i32 %56, ptr @nfds, align 4, !dbg !217
  %57 = load i32, ptr %8, align 4, !dbg !218
  store i32 %57, ptr %3, align 4, !dbg !219
  br label %58, !dbg !219

58:                                               ; preds = %44, %19
  %59 = load i32, ptr %3, align 4, !dbg !220
  ret i32 %59, !dbg !220
}

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!55, !56, !57, !58, !59, !60, !61}
!llvm.ident = !{!62}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "gai-transports.c", directory: "/work/wt-sockets/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "2e89b256b073a4201a2861595b0c3538")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 6)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "fds", scope: !9, file: !2, line: 14, type: !45, isLocal: true, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !28, globals: !41, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11, !16}
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "transport", file: !2, line: 11, baseType: !12, size: 32, elements: !13)
!12 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!13 = !{!14, !15}
!14 = !DIEnumerator(name: "tcp_transport", value: 0)
!15 = !DIEnumerator(name: "udp_transport", value: 1)
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !12, size: 32, elements: !18)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27}
!19 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!20 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!21 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!22 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!23 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!24 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!25 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!26 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!27 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!28 = !{!29}
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64)
!30 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !31, line: 183, size: 128, elements: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!32 = !{!33, !37}
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !30, file: !31, line: 185, baseType: !34, size: 16)
!34 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !35, line: 28, baseType: !36)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!36 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !30, file: !31, line: 186, baseType: !38, size: 112, offset: 16)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 14)
!41 = !{!0, !7, !42}
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(name: "nfds", scope: !9, file: !2, line: 15, type: !44, isLocal: true, isDefinition: true)
!44 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 128, elements: !53)
!46 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !47, line: 36, size: 64, elements: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!48 = !{!49, !50, !52}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !46, file: !47, line: 38, baseType: !44, size: 32)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !46, file: !47, line: 39, baseType: !51, size: 16, offset: 32)
!51 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !46, file: !47, line: 40, baseType: !51, size: 16, offset: 48)
!53 = !{!54}
!54 = !DISubrange(count: 2)
!55 = !{i32 7, !"Dwarf Version", i32 5}
!56 = !{i32 2, !"Debug Info Version", i32 3}
!57 = !{i32 1, !"wchar_size", i32 4}
!58 = !{i32 8, !"PIC Level", i32 2}
!59 = !{i32 7, !"PIE Level", i32 2}
!60 = !{i32 7, !"uwtable", i32 2}
!61 = !{i32 7, !"frame-pointer", i32 2}
!62 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!63 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 36, type: !64, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !66)
!64 = !DISubroutineType(types: !65)
!65 = !{!44}
!66 = !{}
!67 = !DILocation(line: 37, column: 3, scope: !63)
!68 = !DILocation(line: 38, column: 3, scope: !63)
!69 = !DILocation(line: 39, column: 3, scope: !63)
!70 = !DILocation(line: 40, column: 15, scope: !71)
!71 = distinct !DILexicalBlock(scope: !72, file: !2, line: 39, column: 12)
!72 = distinct !DILexicalBlock(scope: !73, file: !2, line: 39, column: 3)
!73 = distinct !DILexicalBlock(scope: !63, file: !2, line: 39, column: 3)
!74 = !DILocation(line: 40, column: 5, scope: !71)
!75 = !DILocalVariable(name: "i", scope: !76, file: !2, line: 41, type: !44)
!76 = distinct !DILexicalBlock(scope: !71, file: !2, line: 41, column: 5)
!77 = !DILocation(line: 41, column: 14, scope: !76)
!78 = !DILocation(line: 41, column: 10, scope: !76)
!79 = !DILocation(line: 41, column: 21, scope: !80)
!80 = distinct !DILexicalBlock(scope: !76, file: !2, line: 41, column: 5)
!81 = !DILocation(line: 41, column: 25, scope: !80)
!82 = !DILocation(line: 41, column: 23, scope: !80)
!83 = !DILocation(line: 41, column: 5, scope: !76)
!84 = !DILocation(line: 42, column: 17, scope: !85)
!85 = distinct !DILexicalBlock(scope: !86, file: !2, line: 42, column: 11)
!86 = distinct !DILexicalBlock(scope: !80, file: !2, line: 41, column: 36)
!87 = !DILocation(line: 42, column: 13, scope: !85)
!88 = !DILocation(line: 42, column: 20, scope: !85)
!89 = !DILocation(line: 42, column: 28, scope: !85)
!90 = !DILocation(line: 42, column: 11, scope: !86)
!91 = !DILocation(line: 43, column: 9, scope: !85)
!92 = !DILocalVariable(name: "buf", scope: !86, file: !2, line: 44, type: !93)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 512)
!96 = !DILocation(line: 44, column: 12, scope: !86)
!97 = !DILocalVariable(name: "src", scope: !86, file: !2, line: 45, type: !98)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !31, line: 196, size: 1024, elements: !99)
!99 = !{!100, !101, !105}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !98, file: !31, line: 198, baseType: !34, size: 16)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !98, file: !31, line: 199, baseType: !102, size: 944, offset: 16)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 118)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !98, file: !31, line: 200, baseType: !106, size: 64, offset: 960)
!106 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!107 = !DILocation(line: 45, column: 31, scope: !86)
!108 = !DILocalVariable(name: "len", scope: !86, file: !2, line: 46, type: !109)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !31, line: 33, baseType: !110)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !111, line: 210, baseType: !12)
!111 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!112 = !DILocation(line: 46, column: 17, scope: !86)
!113 = !DILocalVariable(name: "n", scope: !86, file: !2, line: 47, type: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !115, line: 108, baseType: !116)
!115 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !111, line: 194, baseType: !117)
!117 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!118 = !DILocation(line: 47, column: 15, scope: !86)
!119 = !DILocation(line: 47, column: 32, scope: !86)
!120 = !DILocation(line: 47, column: 28, scope: !86)
!121 = !DILocation(line: 47, column: 35, scope: !86)
!122 = !DILocation(line: 47, column: 39, scope: !86)
!123 = !DILocation(line: 47, column: 19, scope: !86)
!124 = !DILocation(line: 49, column: 11, scope: !125)
!125 = distinct !DILexicalBlock(scope: !86, file: !2, line: 49, column: 11)
!126 = !DILocation(line: 49, column: 13, scope: !125)
!127 = !DILocation(line: 49, column: 11, scope: !86)
!128 = !DILocation(line: 50, column: 9, scope: !125)
!129 = !DILocation(line: 51, column: 18, scope: !86)
!130 = !DILocation(line: 51, column: 14, scope: !86)
!131 = !DILocation(line: 51, column: 21, scope: !86)
!132 = !DILocation(line: 51, column: 25, scope: !86)
!133 = !DILocation(line: 51, column: 30, scope: !86)
!134 = !DILocation(line: 51, column: 61, scope: !86)
!135 = !DILocation(line: 51, column: 7, scope: !86)
!136 = !DILocation(line: 52, column: 5, scope: !86)
!137 = !DILocation(line: 41, column: 32, scope: !80)
!138 = !DILocation(line: 41, column: 5, scope: !80)
!139 = distinct !{!139, !83, !140, !141}
!140 = !DILocation(line: 52, column: 5, scope: !76)
!141 = !{!"llvm.loop.mustprogress"}
!142 = !DILocation(line: 39, column: 3, scope: !72)
!143 = distinct !{!143, !144, !145}
!144 = !DILocation(line: 39, column: 3, scope: !73)
!145 = !DILocation(line: 53, column: 3, scope: !73)
!146 = distinct !DISubprogram(name: "server_socket", scope: !2, file: !2, line: 17, type: !147, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !66)
!147 = !DISubroutineType(types: !148)
!148 = !{!44, !149, !11}
!149 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !150, size: 64)
!150 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!151 = !DILocalVariable(name: "port", arg: 1, scope: !146, file: !2, line: 17, type: !149)
!152 = !DILocation(line: 17, column: 38, scope: !146)
!153 = !DILocalVariable(name: "transport", arg: 2, scope: !146, file: !2, line: 17, type: !11)
!154 = !DILocation(line: 17, column: 59, scope: !146)
!155 = !DILocalVariable(name: "hints", scope: !146, file: !2, line: 18, type: !156)
!156 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !157, line: 565, size: 384, elements: !158)
!157 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!158 = !{!159, !160, !161, !162, !163, !164, !165, !167}
!159 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !156, file: !157, line: 567, baseType: !44, size: 32)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !156, file: !157, line: 568, baseType: !44, size: 32, offset: 32)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !156, file: !157, line: 569, baseType: !44, size: 32, offset: 64)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !156, file: !157, line: 570, baseType: !44, size: 32, offset: 96)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !156, file: !157, line: 571, baseType: !109, size: 32, offset: 128)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !156, file: !157, line: 572, baseType: !29, size: 64, offset: 192)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !156, file: !157, line: 573, baseType: !166, size: 64, offset: 256)
!166 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !156, file: !157, line: 574, baseType: !168, size: 64, offset: 320)
!168 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !156, size: 64)
!169 = !DILocation(line: 18, column: 19, scope: !146)
!170 = !DILocalVariable(name: "ai", scope: !146, file: !2, line: 18, type: !168)
!171 = !DILocation(line: 18, column: 27, scope: !146)
!172 = !DILocation(line: 19, column: 3, scope: !146)
!173 = !DILocation(line: 20, column: 9, scope: !146)
!174 = !DILocation(line: 20, column: 18, scope: !146)
!175 = !DILocation(line: 21, column: 9, scope: !146)
!176 = !DILocation(line: 21, column: 19, scope: !146)
!177 = !DILocation(line: 22, column: 23, scope: !146)
!178 = !DILocation(line: 22, column: 9, scope: !146)
!179 = !DILocation(line: 22, column: 21, scope: !146)
!180 = !DILocation(line: 23, column: 25, scope: !181)
!181 = distinct !DILexicalBlock(scope: !146, file: !2, line: 23, column: 7)
!182 = !DILocation(line: 23, column: 7, scope: !181)
!183 = !DILocation(line: 23, column: 44, scope: !181)
!184 = !DILocation(line: 23, column: 7, scope: !146)
!185 = !DILocation(line: 24, column: 5, scope: !181)
!186 = !DILocalVariable(name: "sfd", scope: !146, file: !2, line: 25, type: !44)
!187 = !DILocation(line: 25, column: 7, scope: !146)
!188 = !DILocation(line: 25, column: 20, scope: !146)
!189 = !DILocation(line: 25, column: 24, scope: !146)
!190 = !DILocation(line: 25, column: 35, scope: !146)
!191 = !DILocation(line: 25, column: 39, scope: !146)
!192 = !DILocation(line: 25, column: 52, scope: !146)
!193 = !DILocation(line: 25, column: 56, scope: !146)
!194 = !DILocation(line: 25, column: 13, scope: !146)
!195 = !DILocation(line: 26, column: 8, scope: !146)
!196 = !DILocation(line: 26, column: 13, scope: !146)
!197 = !DILocation(line: 26, column: 17, scope: !146)
!198 = !DILocation(line: 26, column: 26, scope: !146)
!199 = !DILocation(line: 26, column: 30, scope: !146)
!200 = !DILocation(line: 26, column: 3, scope: !146)
!201 = !DILocation(line: 27, column: 8, scope: !202)
!202 = distinct !DILexicalBlock(scope: !146, file: !2, line: 27, column: 7)
!203 = !DILocation(line: 27, column: 7, scope: !146)
!204 = !DILocation(line: 28, column: 12, scope: !202)
!205 = !DILocation(line: 28, column: 5, scope: !202)
!206 = !DILocation(line: 29, column: 16, scope: !146)
!207 = !DILocation(line: 29, column: 3, scope: !146)
!208 = !DILocation(line: 30, column: 18, scope: !146)
!209 = !DILocation(line: 30, column: 7, scope: !146)
!210 = !DILocation(line: 30, column: 3, scope: !146)
!211 = !DILocation(line: 30, column: 13, scope: !146)
!212 = !DILocation(line: 30, column: 16, scope: !146)
!213 = !DILocation(line: 31, column: 7, scope: !146)
!214 = !DILocation(line: 31, column: 3, scope: !146)
!215 = !DILocation(line: 31, column: 13, scope: !146)
!216 = !DILocation(line: 31, column: 20, scope: !146)
!217 = !DILocation(line: 32, column: 7, scope: !146)
!218 = !DILocation(line: 33, column: 10, scope: !146)
!219 = !DILocation(line: 33, column: 3, scope: !146)
!220 = !DILocation(line: 34, column: 1, scope: !146)
