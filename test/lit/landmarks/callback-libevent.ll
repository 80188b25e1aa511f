; A libevent server: the callback registered with event_new() for the
; UDP socket is the request handler and event_base_dispatch() the event
; loop; the handler's fd parameter is the registered socket.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'callback-libevent.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at callback-libevent.c:39
; CHECK-NEXT:   bind: port 7100 address 0.0.0.0 at callback-libevent.c:44
; CHECK-NEXT: event-loop #0: dispatch in main at callback-libevent.c:49, runs callbacks from event_base_dispatch at callback-libevent.c:49
; CHECK-NEXT:   callback: on_read on socket #0, fd in parameter 0, registered by event_new at callback-libevent.c:47
; CHECK-NEXT: arrival: recvfrom on socket #0 in on_read at callback-libevent.c:31, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in on_read at callback-libevent.c:35, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/callback-libevent.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - callback-libevent.c

; ModuleID = 'callback-libevent.c'
source_filename = "callback-libevent.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@served = internal global i64 0, align 8, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !43 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !48, !DIExpression(), !49)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !50
  store i32 %6, ptr %2, align 4, !dbg !49
    #dbg_declare(ptr %3, !51, !DIExpression(), !74)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !75
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !76
  store i16 2, ptr %7, align 4, !dbg !77
  %8 = call zeroext i16 @htons(i16 noundef zeroext 7100) #6, !dbg !78
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !79
  store i16 %8, ptr %9, align 2, !dbg !80
  %10 = load i32, ptr %2, align 4, !dbg !81
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %3, i32 noundef 16) #5, !dbg !83
  %12 = icmp slt i32 %11, 0, !dbg !84
  br i1 %12, label %13, label %14, !dbg !85

13:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !86
  br label %23, !dbg !86

14:                                               ; preds = %0
    #dbg_declare(ptr %4, !87, !DIExpression(), !90)
  %15 = call ptr @event_base_new(), !dbg !91
  store ptr %15, ptr %4, align 8, !dbg !90
    #dbg_declare(ptr %5, !92, !DIExpression(), !95)
  %16 = load ptr, ptr %4, align 8, !dbg !96
  %17 = load i32, ptr %2, align 4, !dbg !97
  %18 = call ptr @event_new(ptr noundef %16, i32 noundef %17, i16 noundef signext 18, ptr noundef @on_read, ptr noundef null), !dbg !98
  store ptr %18, ptr %5, align 8, !dbg !95
  %19 = load ptr, ptr %5, align 8, !dbg !99
  %20 = call i32 @event_add(ptr noundef %19, ptr noundef null), !dbg !100
  %21 = load ptr, ptr %4, align 8, !dbg !101
  %22 = call i32 @event_base_dispatch(ptr noundef %21), !dbg !102
  store i32 %22, ptr %1, align 4, !dbg !103
  br label %23, !dbg !103

23:                                               ; preds = %14, %13
  %24 = load i32, ptr %1, align 4, !dbg !104
  ret i32 %24, !dbg !104
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare ptr @event_base_new() #4

declare ptr @event_new(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @on_read(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !105 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca [512 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !110, !DIExpression(), !111)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !112, !DIExpression(), !113)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !114, !DIExpression(), !115)
    #dbg_declare(ptr %7, !116, !DIExpression(), !120)
    #dbg_declare(ptr %8, !121, !DIExpression(), !122)
    #dbg_declare(ptr %9, !123, !DIExpression(), !126)
  store i32 16, ptr %9, align 4, !dbg !126
  %11 = load i16, ptr %5, align 2, !dbg !127
  %12 = load ptr, ptr %6, align 8, !dbg !128
    #dbg_declare(ptr %10, !129, !DIExpression(), !134)
  %13 = load i32, ptr %4, align 4, !dbg !135
  %14 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !136
  %15 = call i64 @recvfrom(i32 noundef %13, ptr noundef %14, i64 noundef 512, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !137
  store i64 %15, ptr %10, align 8, !dbg !134
  %16 = load i64, ptr %10, align 8, !dbg !138
  %17 = icmp sle i64 %16, 0, !dbg !140
  br i1 %17, label %18, label %19, !dbg !141

18:                                               ; preds = %3
  br label %27, !dbg !142

19:                                               ; preds = %3
  %20 = load i64, ptr @served, align 8, !dbg !143
  %21 = add i64 %20, 1, !dbg !143
  store i64 %21, ptr @served, align 8, !dbg !143
  %22 = load i32, ptr %4, align 4, !dbg !144
  %23 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !145
  %24 = load i64, ptr %10, align 8, !dbg !146
  %25 = load i32, ptr %9, align 4, !dbg !147
  %26 = call i64 @sendto(i32 noundef %22, ptr noundef %23, i64 noundef %24, i32 noundef 0, ptr noundef %8, i32 noundef %25), !dbg !148
  br label %27, !dbg !149

27:                                               ; preds = %19, %18
  ret void, !dbg !149
}

declare i32 @event_add(ptr noundef, ptr noundef) #4

declare i32 @event_base_dispatch(ptr noundef) #4

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!35, !36, !37, !38, !39, !40, !41}
!llvm.ident = !{!42}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "served", scope: !2, file: !3, line: 23, type: !34, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !33, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "callback-libevent.c", directory: "/work/wt-front/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "d174ba15245abda80fe860e3d10e0bfe")
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
!18 = !{!19, !32}
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
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!33 = !{!0}
!34 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!35 = !{i32 7, !"Dwarf Version", i32 5}
!36 = !{i32 2, !"Debug Info Version", i32 3}
!37 = !{i32 1, !"wchar_size", i32 4}
!38 = !{i32 8, !"PIC Level", i32 2}
!39 = !{i32 7, !"PIE Level", i32 2}
!40 = !{i32 7, !"uwtable", i32 2}
!41 = !{i32 7, !"frame-pointer", i32 2}
!42 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!43 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 38, type: !44, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !47)
!44 = !DISubroutineType(types: !45)
!45 = !{!46}
!46 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!47 = !{}
!48 = !DILocalVariable(name: "fd", scope: !43, file: !3, line: 39, type: !46)
!49 = !DILocation(line: 39, column: 7, scope: !43)
!50 = !DILocation(line: 39, column: 12, scope: !43)
!51 = !DILocalVariable(name: "sa", scope: !43, file: !3, line: 40, type: !52)
!52 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !53, line: 245, size: 128, elements: !54)
!53 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!54 = !{!55, !56, !62, !69}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !52, file: !53, line: 247, baseType: !24, size: 16)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !52, file: !53, line: 248, baseType: !57, size: 16, offset: 16)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !53, line: 123, baseType: !58)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !59, line: 25, baseType: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !61, line: 40, baseType: !26)
!61 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !52, file: !53, line: 249, baseType: !63, size: 32, offset: 32)
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !53, line: 31, size: 32, elements: !64)
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !63, file: !53, line: 33, baseType: !66, size: 32)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !53, line: 30, baseType: !67)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !59, line: 26, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !61, line: 42, baseType: !7)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !52, file: !53, line: 252, baseType: !70, size: 64, offset: 64)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !71, size: 64, elements: !72)
!71 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!72 = !{!73}
!73 = !DISubrange(count: 8)
!74 = !DILocation(line: 40, column: 22, scope: !43)
!75 = !DILocation(line: 41, column: 3, scope: !43)
!76 = !DILocation(line: 42, column: 6, scope: !43)
!77 = !DILocation(line: 42, column: 17, scope: !43)
!78 = !DILocation(line: 43, column: 17, scope: !43)
!79 = !DILocation(line: 43, column: 6, scope: !43)
!80 = !DILocation(line: 43, column: 15, scope: !43)
!81 = !DILocation(line: 44, column: 12, scope: !82)
!82 = distinct !DILexicalBlock(scope: !43, file: !3, line: 44, column: 7)
!83 = !DILocation(line: 44, column: 7, scope: !82)
!84 = !DILocation(line: 44, column: 52, scope: !82)
!85 = !DILocation(line: 44, column: 7, scope: !43)
!86 = !DILocation(line: 45, column: 5, scope: !82)
!87 = !DILocalVariable(name: "base", scope: !43, file: !3, line: 46, type: !88)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!89 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 9, flags: DIFlagFwdDecl)
!90 = !DILocation(line: 46, column: 22, scope: !43)
!91 = !DILocation(line: 46, column: 29, scope: !43)
!92 = !DILocalVariable(name: "ev", scope: !43, file: !3, line: 47, type: !93)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!94 = !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 10, flags: DIFlagFwdDecl)
!95 = !DILocation(line: 47, column: 17, scope: !43)
!96 = !DILocation(line: 47, column: 32, scope: !43)
!97 = !DILocation(line: 47, column: 38, scope: !43)
!98 = !DILocation(line: 47, column: 22, scope: !43)
!99 = !DILocation(line: 48, column: 13, scope: !43)
!100 = !DILocation(line: 48, column: 3, scope: !43)
!101 = !DILocation(line: 49, column: 30, scope: !43)
!102 = !DILocation(line: 49, column: 10, scope: !43)
!103 = !DILocation(line: 49, column: 3, scope: !43)
!104 = !DILocation(line: 50, column: 1, scope: !43)
!105 = distinct !DISubprogram(name: "on_read", scope: !3, file: !3, line: 25, type: !106, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !47)
!106 = !DISubroutineType(types: !107)
!107 = !{null, !108, !109, !32}
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "evutil_socket_t", file: !3, line: 11, baseType: !46)
!109 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!110 = !DILocalVariable(name: "fd", arg: 1, scope: !105, file: !3, line: 25, type: !108)
!111 = !DILocation(line: 25, column: 37, scope: !105)
!112 = !DILocalVariable(name: "what", arg: 2, scope: !105, file: !3, line: 25, type: !109)
!113 = !DILocation(line: 25, column: 47, scope: !105)
!114 = !DILocalVariable(name: "arg", arg: 3, scope: !105, file: !3, line: 25, type: !32)
!115 = !DILocation(line: 25, column: 59, scope: !105)
!116 = !DILocalVariable(name: "buf", scope: !105, file: !3, line: 26, type: !117)
!117 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 4096, elements: !118)
!118 = !{!119}
!119 = !DISubrange(count: 512)
!120 = !DILocation(line: 26, column: 8, scope: !105)
!121 = !DILocalVariable(name: "peer", scope: !105, file: !3, line: 27, type: !52)
!122 = !DILocation(line: 27, column: 22, scope: !105)
!123 = !DILocalVariable(name: "len", scope: !105, file: !3, line: 28, type: !124)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !125)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !61, line: 210, baseType: !7)
!126 = !DILocation(line: 28, column: 13, scope: !105)
!127 = !DILocation(line: 29, column: 9, scope: !105)
!128 = !DILocation(line: 30, column: 9, scope: !105)
!129 = !DILocalVariable(name: "n", scope: !105, file: !3, line: 31, type: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !131, line: 108, baseType: !132)
!131 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !61, line: 194, baseType: !133)
!133 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!134 = !DILocation(line: 31, column: 11, scope: !105)
!135 = !DILocation(line: 31, column: 24, scope: !105)
!136 = !DILocation(line: 31, column: 28, scope: !105)
!137 = !DILocation(line: 31, column: 15, scope: !105)
!138 = !DILocation(line: 32, column: 7, scope: !139)
!139 = distinct !DILexicalBlock(scope: !105, file: !3, line: 32, column: 7)
!140 = !DILocation(line: 32, column: 9, scope: !139)
!141 = !DILocation(line: 32, column: 7, scope: !105)
!142 = !DILocation(line: 33, column: 5, scope: !139)
!143 = !DILocation(line: 34, column: 9, scope: !105)
!144 = !DILocation(line: 35, column: 10, scope: !105)
!145 = !DILocation(line: 35, column: 14, scope: !105)
!146 = !DILocation(line: 35, column: 19, scope: !105)
!147 = !DILocation(line: 35, column: 51, scope: !105)
!148 = !DILocation(line: 35, column: 3, scope: !105)
!149 = !DILocation(line: 36, column: 1, scope: !105)
