; SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC is still UDP. The drain loop
; inside the epoll loop is not an event loop of its own: the arrival
; belongs to the epoll loop.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-nonblock-epoll.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-nonblock-epoll.c:12
; CHECK-NEXT:   bind: port 1812 address 0.0.0.0 at udp-nonblock-epoll.c:21
; CHECK-NEXT: event-loop #0: epoll in main at udp-nonblock-epoll.c:32, waits in epoll_wait at udp-nonblock-epoll.c:34
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at udp-nonblock-epoll.c:39, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at udp-nonblock-epoll.c:47, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-nonblock-epoll.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-nonblock-epoll.c

; ModuleID = 'udp-nonblock-epoll.c'
source_filename = "udp-nonblock-epoll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [6 x i8] c"epoll\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !17

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !81 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.epoll_event, align 1
  %6 = alloca [4096 x i8], align 16
  %7 = alloca %struct.epoll_event, align 1
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !86, !DIExpression(), !87)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 526338, i32 noundef 0) #5, !dbg !88
  store i32 %11, ptr %2, align 4, !dbg !87
  %12 = load i32, ptr %2, align 4, !dbg !89
  %13 = icmp slt i32 %12, 0, !dbg !91
  br i1 %13, label %14, label %15, !dbg !92

14:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !93
  store i32 1, ptr %1, align 4, !dbg !95
  br label %66, !dbg !95

15:                                               ; preds = %0
    #dbg_declare(ptr %3, !96, !DIExpression(), !119)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !120
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !121
  store i16 2, ptr %16, align 4, !dbg !122
  %17 = call zeroext i16 @htons(i16 noundef zeroext 1812) #6, !dbg !123
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !124
  store i16 %17, ptr %18, align 2, !dbg !125
  %19 = load i32, ptr %2, align 4, !dbg !126
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %3, i32 noundef 16) #5, !dbg !128
  %21 = icmp slt i32 %20, 0, !dbg !129
  br i1 %21, label %22, label %23, !dbg !130

22:                                               ; preds = %15
  call void @perror(ptr noundef @.str.1), !dbg !131
  store i32 1, ptr %1, align 4, !dbg !133
  br label %66, !dbg !133

23:                                               ; preds = %15
    #dbg_declare(ptr %4, !134, !DIExpression(), !135)
  %24 = call i32 @epoll_create1(i32 noundef 524288) #5, !dbg !136
  store i32 %24, ptr %4, align 4, !dbg !135
    #dbg_declare(ptr %5, !137, !DIExpression(), !153)
  %25 = getelementptr inbounds %struct.epoll_event, ptr %5, i32 0, i32 0, !dbg !154
  store i32 -2147483647, ptr %25, align 1, !dbg !154
  %26 = getelementptr inbounds %struct.epoll_event, ptr %5, i32 0, i32 1, !dbg !154
  %27 = load i32, ptr %2, align 4, !dbg !155
  store i32 %27, ptr %26, align 1, !dbg !156
  %28 = load i32, ptr %4, align 4, !dbg !157
  %29 = icmp slt i32 %28, 0, !dbg !159
  br i1 %29, label %35, label %30, !dbg !160

30:                                               ; preds = %23
  %31 = load i32, ptr %4, align 4, !dbg !161
  %32 = load i32, ptr %2, align 4, !dbg !162
  %33 = call i32 @epoll_ctl(i32 noundef %31, i32 noundef 1, i32 noundef %32, ptr noundef %5) #5, !dbg !163
  %34 = icmp slt i32 %33, 0, !dbg !164
  br i1 %34, label %35, label %36, !dbg !165

35:                                               ; preds = %30, %23
  call void @perror(ptr noundef @.str.2), !dbg !166
  store i32 1, ptr %1, align 4, !dbg !168
  br label %66, !dbg !168

36:                                               ; preds = %30
    #dbg_declare(ptr %6, !169, !DIExpression(), !173)
  br label %37, !dbg !174

37:                                               ; preds = %65, %41, %36
    #dbg_declare(ptr %7, !175, !DIExpression(), !179)
  %38 = load i32, ptr %4, align 4, !dbg !180
  %39 = call i32 @epoll_wait(i32 noundef %38, ptr noundef %7, i32 noundef 1, i32 noundef -1), !dbg !182
  %40 = icmp slt i32 %39, 1, !dbg !183
  br i1 %40, label %41, label %42, !dbg !184

41:                                               ; preds = %37
  br label %37, !dbg !185, !llvm.loop !186

42:                                               ; preds = %37
  br label %43, !dbg !189

43:                                               ; preds = %59, %42
    #dbg_declare(ptr %8, !190, !DIExpression(), !194)
    #dbg_declare(ptr %9, !195, !DIExpression(), !198)
  store i32 16, ptr %9, align 4, !dbg !198
    #dbg_declare(ptr %10, !199, !DIExpression(), !204)
  %44 = load i32, ptr %2, align 4, !dbg !205
  %45 = getelementptr inbounds [4096 x i8], ptr %6, i64 0, i64 0, !dbg !206
  %46 = call i64 @recvfrom(i32 noundef %44, ptr noundef %45, i64 noundef 4096, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !207
  store i64 %46, ptr %10, align 8, !dbg !204
  %47 = load i64, ptr %10, align 8, !dbg !208
  %48 = icmp slt i64 %47, 0, !dbg !210
  br i1 %48, label %49, label %59, !dbg !211

49:                                               ; preds = %43
  %50 = call ptr @__errno_location() #6, !dbg !212
  %51 = load i32, ptr %50, align 4, !dbg !212
  %52 = icmp eq i32 %51, 11, !dbg !215
  br i1 %52, label %57, label %53, !dbg !216

53:                                               ; preds = %49
  %54 = call ptr @__errno_location() #6, !dbg !217
  %55 = load i32, ptr %54, align 4, !dbg !217
  %56 = icmp eq i32 %55, 11, !dbg !218
  br i1 %56, label %57, label %58, !dbg !219

57:                                               ; preds = %53, %49
  br label %65, !dbg !220

58:                                               ; preds = %53
  call void @perror(ptr noundef @.str.3), !dbg !221
  br label %65, !dbg !222

59:                                               ; preds = %43
  %60 = load i32, ptr %2, align 4, !dbg !223
  %61 = getelementptr inbounds [4096 x i8], ptr %6, i64 0, i64 0, !dbg !224
  %62 = load i64, ptr %10, align 8, !dbg !225
  %63 = load i32, ptr %9, align 4, !dbg !226
  %64 = call i64 @sendto(i32 noundef %60, ptr noundef %61, i64 noundef %62, i32 noundef 0, ptr noundef %8, i32 noundef %63), !dbg !227
  br label %43, !dbg !228, !llvm.loop !229

65:                                               ; preds = %58, %57
  br label %37, !dbg !232, !llvm.loop !186

66:                                               ; preds = %35, %22, %14
  %67 = load i32, ptr %1, align 4, !dbg !233
  ret i32 %67, !dbg !233
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
declare i32 @epoll_create1(i32 noundef) #1

; Function Attrs: nounwind
declare i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) #1

declare i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__errno_location() #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!22}
!llvm.module.flags = !{!73, !74, !75, !76, !77, !78, !79}
!llvm.ident = !{!80}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 14, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-nonblock-epoll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "a173b21b874bbf690e16f3ce92933182")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 6)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 44, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 9)
!22 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !23, retainedTypes: !59, globals: !72, splitDebugInlining: false, nameTableKind: None)
!23 = !{!24, !37, !41}
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
!37 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !38, line: 23, baseType: !26, size: 32, elements: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "5dde4c8e84480c014305a04d7ba11b15")
!39 = !{!40}
!40 = !DIEnumerator(name: "EPOLL_CLOEXEC", value: 524288)
!41 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !42, line: 35, baseType: !26, size: 32, elements: !43)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!43 = !{!44, !45, !46, !47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58}
!44 = !DIEnumerator(name: "EPOLLIN", value: 1)
!45 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!46 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!47 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!48 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!49 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!50 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!51 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!52 = !DIEnumerator(name: "EPOLLERR", value: 8)
!53 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!54 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!55 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!56 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!57 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!58 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !62, line: 183, size: 128, elements: !63)
!62 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!63 = !{!64, !68}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !61, file: !62, line: 185, baseType: !65, size: 16)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !66, line: 28, baseType: !67)
!66 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!67 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !61, file: !62, line: 186, baseType: !69, size: 112, offset: 16)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 14)
!72 = !{!0, !7, !12, !17}
!73 = !{i32 7, !"Dwarf Version", i32 5}
!74 = !{i32 2, !"Debug Info Version", i32 3}
!75 = !{i32 1, !"wchar_size", i32 4}
!76 = !{i32 8, !"PIC Level", i32 2}
!77 = !{i32 7, !"PIE Level", i32 2}
!78 = !{i32 7, !"uwtable", i32 2}
!79 = !{i32 7, !"frame-pointer", i32 2}
!80 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!81 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 11, type: !82, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !22, retainedNodes: !85)
!82 = !DISubroutineType(types: !83)
!83 = !{!84}
!84 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!85 = !{}
!86 = !DILocalVariable(name: "fd", scope: !81, file: !2, line: 12, type: !84)
!87 = !DILocation(line: 12, column: 7, scope: !81)
!88 = !DILocation(line: 12, column: 12, scope: !81)
!89 = !DILocation(line: 13, column: 7, scope: !90)
!90 = distinct !DILexicalBlock(scope: !81, file: !2, line: 13, column: 7)
!91 = !DILocation(line: 13, column: 10, scope: !90)
!92 = !DILocation(line: 13, column: 7, scope: !81)
!93 = !DILocation(line: 14, column: 5, scope: !94)
!94 = distinct !DILexicalBlock(scope: !90, file: !2, line: 13, column: 15)
!95 = !DILocation(line: 15, column: 5, scope: !94)
!96 = !DILocalVariable(name: "addr", scope: !81, file: !2, line: 17, type: !97)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !98, line: 245, size: 128, elements: !99)
!98 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!99 = !{!100, !101, !107, !114}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !97, file: !98, line: 247, baseType: !65, size: 16)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !97, file: !98, line: 248, baseType: !102, size: 16, offset: 16)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !98, line: 123, baseType: !103)
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !104, line: 25, baseType: !105)
!104 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !106, line: 40, baseType: !67)
!106 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!107 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !97, file: !98, line: 249, baseType: !108, size: 32, offset: 32)
!108 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !98, line: 31, size: 32, elements: !109)
!109 = !{!110}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !108, file: !98, line: 33, baseType: !111, size: 32)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !98, line: 30, baseType: !112)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !104, line: 26, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !106, line: 42, baseType: !26)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !97, file: !98, line: 252, baseType: !115, size: 64, offset: 64)
!115 = !DICompositeType(tag: DW_TAG_array_type, baseType: !116, size: 64, elements: !117)
!116 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!117 = !{!118}
!118 = !DISubrange(count: 8)
!119 = !DILocation(line: 17, column: 22, scope: !81)
!120 = !DILocation(line: 18, column: 3, scope: !81)
!121 = !DILocation(line: 19, column: 8, scope: !81)
!122 = !DILocation(line: 19, column: 19, scope: !81)
!123 = !DILocation(line: 20, column: 19, scope: !81)
!124 = !DILocation(line: 20, column: 8, scope: !81)
!125 = !DILocation(line: 20, column: 17, scope: !81)
!126 = !DILocation(line: 21, column: 12, scope: !127)
!127 = distinct !DILexicalBlock(scope: !81, file: !2, line: 21, column: 7)
!128 = !DILocation(line: 21, column: 7, scope: !127)
!129 = !DILocation(line: 21, column: 56, scope: !127)
!130 = !DILocation(line: 21, column: 7, scope: !81)
!131 = !DILocation(line: 22, column: 5, scope: !132)
!132 = distinct !DILexicalBlock(scope: !127, file: !2, line: 21, column: 61)
!133 = !DILocation(line: 23, column: 5, scope: !132)
!134 = !DILocalVariable(name: "ep", scope: !81, file: !2, line: 25, type: !84)
!135 = !DILocation(line: 25, column: 7, scope: !81)
!136 = !DILocation(line: 25, column: 12, scope: !81)
!137 = !DILocalVariable(name: "ev", scope: !81, file: !2, line: 26, type: !138)
!138 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !42, line: 84, size: 96, elements: !139)
!139 = !{!140, !141}
!140 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !138, file: !42, line: 86, baseType: !112, size: 32)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !138, file: !42, line: 87, baseType: !142, size: 64, offset: 32)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !42, line: 82, baseType: !143)
!143 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !42, line: 76, size: 64, elements: !144)
!144 = !{!145, !147, !148, !149}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !143, file: !42, line: 78, baseType: !146, size: 64)
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !143, file: !42, line: 79, baseType: !84, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !143, file: !42, line: 80, baseType: !112, size: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !143, file: !42, line: 81, baseType: !150, size: 64)
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !104, line: 27, baseType: !151)
!151 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !106, line: 45, baseType: !152)
!152 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!153 = !DILocation(line: 26, column: 22, scope: !81)
!154 = !DILocation(line: 26, column: 27, scope: !81)
!155 = !DILocation(line: 26, column: 72, scope: !81)
!156 = !DILocation(line: 26, column: 65, scope: !81)
!157 = !DILocation(line: 27, column: 7, scope: !158)
!158 = distinct !DILexicalBlock(scope: !81, file: !2, line: 27, column: 7)
!159 = !DILocation(line: 27, column: 10, scope: !158)
!160 = !DILocation(line: 27, column: 14, scope: !158)
!161 = !DILocation(line: 27, column: 27, scope: !158)
!162 = !DILocation(line: 27, column: 46, scope: !158)
!163 = !DILocation(line: 27, column: 17, scope: !158)
!164 = !DILocation(line: 27, column: 55, scope: !158)
!165 = !DILocation(line: 27, column: 7, scope: !81)
!166 = !DILocation(line: 28, column: 5, scope: !167)
!167 = distinct !DILexicalBlock(scope: !158, file: !2, line: 27, column: 60)
!168 = !DILocation(line: 29, column: 5, scope: !167)
!169 = !DILocalVariable(name: "buf", scope: !81, file: !2, line: 31, type: !170)
!170 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32768, elements: !171)
!171 = !{!172}
!172 = !DISubrange(count: 4096)
!173 = !DILocation(line: 31, column: 8, scope: !81)
!174 = !DILocation(line: 32, column: 3, scope: !81)
!175 = !DILocalVariable(name: "got", scope: !176, file: !2, line: 33, type: !138)
!176 = distinct !DILexicalBlock(scope: !177, file: !2, line: 32, column: 12)
!177 = distinct !DILexicalBlock(scope: !178, file: !2, line: 32, column: 3)
!178 = distinct !DILexicalBlock(scope: !81, file: !2, line: 32, column: 3)
!179 = !DILocation(line: 33, column: 24, scope: !176)
!180 = !DILocation(line: 34, column: 20, scope: !181)
!181 = distinct !DILexicalBlock(scope: !176, file: !2, line: 34, column: 9)
!182 = !DILocation(line: 34, column: 9, scope: !181)
!183 = !DILocation(line: 34, column: 37, scope: !181)
!184 = !DILocation(line: 34, column: 9, scope: !176)
!185 = !DILocation(line: 35, column: 7, scope: !181)
!186 = distinct !{!186, !187, !188}
!187 = !DILocation(line: 32, column: 3, scope: !178)
!188 = !DILocation(line: 49, column: 3, scope: !178)
!189 = !DILocation(line: 36, column: 5, scope: !176)
!190 = !DILocalVariable(name: "peer", scope: !191, file: !2, line: 37, type: !97)
!191 = distinct !DILexicalBlock(scope: !192, file: !2, line: 36, column: 14)
!192 = distinct !DILexicalBlock(scope: !193, file: !2, line: 36, column: 5)
!193 = distinct !DILexicalBlock(scope: !176, file: !2, line: 36, column: 5)
!194 = !DILocation(line: 37, column: 26, scope: !191)
!195 = !DILocalVariable(name: "plen", scope: !191, file: !2, line: 38, type: !196)
!196 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !62, line: 33, baseType: !197)
!197 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !106, line: 210, baseType: !26)
!198 = !DILocation(line: 38, column: 17, scope: !191)
!199 = !DILocalVariable(name: "n", scope: !191, file: !2, line: 39, type: !200)
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !201, line: 108, baseType: !202)
!201 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !106, line: 194, baseType: !203)
!203 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!204 = !DILocation(line: 39, column: 15, scope: !191)
!205 = !DILocation(line: 39, column: 28, scope: !191)
!206 = !DILocation(line: 39, column: 32, scope: !191)
!207 = !DILocation(line: 39, column: 19, scope: !191)
!208 = !DILocation(line: 41, column: 11, scope: !209)
!209 = distinct !DILexicalBlock(scope: !191, file: !2, line: 41, column: 11)
!210 = !DILocation(line: 41, column: 13, scope: !209)
!211 = !DILocation(line: 41, column: 11, scope: !191)
!212 = !DILocation(line: 42, column: 13, scope: !213)
!213 = distinct !DILexicalBlock(scope: !214, file: !2, line: 42, column: 13)
!214 = distinct !DILexicalBlock(scope: !209, file: !2, line: 41, column: 18)
!215 = !DILocation(line: 42, column: 19, scope: !213)
!216 = !DILocation(line: 42, column: 29, scope: !213)
!217 = !DILocation(line: 42, column: 32, scope: !213)
!218 = !DILocation(line: 42, column: 38, scope: !213)
!219 = !DILocation(line: 42, column: 13, scope: !214)
!220 = !DILocation(line: 43, column: 11, scope: !213)
!221 = !DILocation(line: 44, column: 9, scope: !214)
!222 = !DILocation(line: 45, column: 9, scope: !214)
!223 = !DILocation(line: 47, column: 14, scope: !191)
!224 = !DILocation(line: 47, column: 18, scope: !191)
!225 = !DILocation(line: 47, column: 23, scope: !191)
!226 = !DILocation(line: 47, column: 55, scope: !191)
!227 = !DILocation(line: 47, column: 7, scope: !191)
!228 = !DILocation(line: 36, column: 5, scope: !192)
!229 = distinct !{!229, !230, !231}
!230 = !DILocation(line: 36, column: 5, scope: !193)
!231 = !DILocation(line: 48, column: 5, scope: !193)
!232 = !DILocation(line: 32, column: 3, scope: !177)
!233 = !DILocation(line: 50, column: 1, scope: !81)
