; A libev server: ev_io_init() stores the callback and the UDP socket's
; fd into the watcher (fd at offset 40 of struct ev_io on LP64),
; ev_io_start() registers it and ev_run() is the event loop; the handler
; reads the fd from its watcher parameter (w->fd).
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'callback-libev.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at callback-libev.c:58
; CHECK-NEXT:   bind: port 7200 address 0.0.0.0 at callback-libev.c:63
; CHECK-NEXT: event-loop #0: dispatch in main at callback-libev.c:69, runs callbacks from ev_run at callback-libev.c:69
; CHECK-NEXT:   callback: on_read on socket #0, fd in field +40 of parameter 1, registered by ev_io_start at callback-libev.c:68
; CHECK-NEXT: arrival: recvfrom on socket #0 in on_read at callback-libev.c:52, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in on_read at callback-libev.c:54, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/callback-libev.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - callback-libev.c

; ModuleID = 'callback-libev.c'
source_filename = "callback-libev.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.ev_io = type { i32, i32, i32, ptr, ptr, ptr, i32, i32 }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !38 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca ptr, align 8
  %5 = alloca %struct.ev_io, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !43, !DIExpression(), !44)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !45
  store i32 %6, ptr %2, align 4, !dbg !44
    #dbg_declare(ptr %3, !46, !DIExpression(), !69)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !70
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !71
  store i16 2, ptr %7, align 4, !dbg !72
  %8 = call zeroext i16 @htons(i16 noundef zeroext 7200) #6, !dbg !73
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !74
  store i16 %8, ptr %9, align 2, !dbg !75
  %10 = load i32, ptr %2, align 4, !dbg !76
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %3, i32 noundef 16) #5, !dbg !78
  %12 = icmp slt i32 %11, 0, !dbg !79
  br i1 %12, label %13, label %14, !dbg !80

13:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !81
  br label %32, !dbg !81

14:                                               ; preds = %0
    #dbg_declare(ptr %4, !82, !DIExpression(), !85)
  %15 = call ptr @ev_default_loop(i32 noundef 0), !dbg !86
  store ptr %15, ptr %4, align 8, !dbg !85
    #dbg_declare(ptr %5, !87, !DIExpression(), !106)
  br label %16, !dbg !107

16:                                               ; preds = %14
  br label %17, !dbg !108

17:                                               ; preds = %16
  %18 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 1, !dbg !110
  store i32 0, ptr %18, align 4, !dbg !110
  %19 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 0, !dbg !110
  store i32 0, ptr %19, align 8, !dbg !110
  %20 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 2, !dbg !110
  store i32 0, ptr %20, align 8, !dbg !110
  %21 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 4, !dbg !110
  store ptr @on_read, ptr %21, align 8, !dbg !110
  br label %22, !dbg !110

22:                                               ; preds = %17
  br label %23, !dbg !108

23:                                               ; preds = %22
  %24 = load i32, ptr %2, align 4, !dbg !112
  %25 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 6, !dbg !112
  store i32 %24, ptr %25, align 8, !dbg !112
  %26 = getelementptr inbounds %struct.ev_io, ptr %5, i32 0, i32 7, !dbg !112
  store i32 129, ptr %26, align 4, !dbg !112
  br label %27, !dbg !112

27:                                               ; preds = %23
  br label %28, !dbg !108

28:                                               ; preds = %27
  %29 = load ptr, ptr %4, align 8, !dbg !114
  call void @ev_io_start(ptr noundef %29, ptr noundef %5), !dbg !115
  %30 = load ptr, ptr %4, align 8, !dbg !116
  %31 = call i32 @ev_run(ptr noundef %30, i32 noundef 0), !dbg !117
  store i32 %31, ptr %1, align 4, !dbg !118
  br label %32, !dbg !118

32:                                               ; preds = %28, %13
  %33 = load i32, ptr %1, align 4, !dbg !119
  ret i32 %33, !dbg !119
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare ptr @ev_default_loop(i32 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @on_read(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !120 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [512 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !124, !DIExpression(), !125)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !126, !DIExpression(), !127)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !128, !DIExpression(), !129)
    #dbg_declare(ptr %7, !130, !DIExpression(), !134)
    #dbg_declare(ptr %8, !135, !DIExpression(), !136)
    #dbg_declare(ptr %9, !137, !DIExpression(), !140)
  store i32 16, ptr %9, align 4, !dbg !140
  %11 = load ptr, ptr %4, align 8, !dbg !141
  %12 = load i32, ptr %6, align 4, !dbg !142
    #dbg_declare(ptr %10, !143, !DIExpression(), !148)
  %13 = load ptr, ptr %5, align 8, !dbg !149
  %14 = getelementptr inbounds %struct.ev_io, ptr %13, i32 0, i32 6, !dbg !150
  %15 = load i32, ptr %14, align 8, !dbg !150
  %16 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !151
  %17 = call i64 @recvfrom(i32 noundef %15, ptr noundef %16, i64 noundef 512, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !152
  store i64 %17, ptr %10, align 8, !dbg !148
  %18 = load i64, ptr %10, align 8, !dbg !153
  %19 = icmp sgt i64 %18, 0, !dbg !155
  br i1 %19, label %20, label %28, !dbg !156

20:                                               ; preds = %3
  %21 = load ptr, ptr %5, align 8, !dbg !157
  %22 = getelementptr inbounds %struct.ev_io, ptr %21, i32 0, i32 6, !dbg !158
  %23 = load i32, ptr %22, align 8, !dbg !158
  %24 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !159
  %25 = load i64, ptr %10, align 8, !dbg !160
  %26 = load i32, ptr %9, align 4, !dbg !161
  %27 = call i64 @sendto(i32 noundef %23, ptr noundef %24, i64 noundef %25, i32 noundef 0, ptr noundef %8, i32 noundef %26), !dbg !162
  br label %28, !dbg !162

28:                                               ; preds = %20, %3
  ret void, !dbg !163
}

declare void @ev_io_start(ptr noundef, ptr noundef) #4

declare i32 @ev_run(ptr noundef, i32 noundef) #4

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!30, !31, !32, !33, !34, !35, !36}
!llvm.ident = !{!37}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "callback-libev.c", directory: "/work/wt-front/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "350b237dbc068b984d18471b473b0465")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !4, line: 24, baseType: !5, size: 32, elements: !6)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!5 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!6 = !{!7, !8, !9, !10, !11, !12, !13, !14, !15}
!7 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!8 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!9 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!10 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!11 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!12 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!13 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!14 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!15 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!18 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !19, line: 183, size: 128, elements: !20)
!19 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!20 = !{!21, !25}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !18, file: !19, line: 185, baseType: !22, size: 16)
!22 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !23, line: 28, baseType: !24)
!23 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!24 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !18, file: !19, line: 186, baseType: !26, size: 112, offset: 16)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 112, elements: !28)
!27 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!28 = !{!29}
!29 = !DISubrange(count: 14)
!30 = !{i32 7, !"Dwarf Version", i32 5}
!31 = !{i32 2, !"Debug Info Version", i32 3}
!32 = !{i32 1, !"wchar_size", i32 4}
!33 = !{i32 8, !"PIC Level", i32 2}
!34 = !{i32 7, !"PIE Level", i32 2}
!35 = !{i32 7, !"uwtable", i32 2}
!36 = !{i32 7, !"frame-pointer", i32 2}
!37 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!38 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 57, type: !39, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !42)
!39 = !DISubroutineType(types: !40)
!40 = !{!41}
!41 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!42 = !{}
!43 = !DILocalVariable(name: "fd", scope: !38, file: !1, line: 58, type: !41)
!44 = !DILocation(line: 58, column: 7, scope: !38)
!45 = !DILocation(line: 58, column: 12, scope: !38)
!46 = !DILocalVariable(name: "sa", scope: !38, file: !1, line: 59, type: !47)
!47 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !48, line: 245, size: 128, elements: !49)
!48 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!49 = !{!50, !51, !57, !64}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !47, file: !48, line: 247, baseType: !22, size: 16)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !47, file: !48, line: 248, baseType: !52, size: 16, offset: 16)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !48, line: 123, baseType: !53)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !54, line: 25, baseType: !55)
!54 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !56, line: 40, baseType: !24)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !47, file: !48, line: 249, baseType: !58, size: 32, offset: 32)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !48, line: 31, size: 32, elements: !59)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !58, file: !48, line: 33, baseType: !61, size: 32)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !48, line: 30, baseType: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !54, line: 26, baseType: !63)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !56, line: 42, baseType: !5)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !47, file: !48, line: 252, baseType: !65, size: 64, offset: 64)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !66, size: 64, elements: !67)
!66 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!67 = !{!68}
!68 = !DISubrange(count: 8)
!69 = !DILocation(line: 59, column: 22, scope: !38)
!70 = !DILocation(line: 60, column: 3, scope: !38)
!71 = !DILocation(line: 61, column: 6, scope: !38)
!72 = !DILocation(line: 61, column: 17, scope: !38)
!73 = !DILocation(line: 62, column: 17, scope: !38)
!74 = !DILocation(line: 62, column: 6, scope: !38)
!75 = !DILocation(line: 62, column: 15, scope: !38)
!76 = !DILocation(line: 63, column: 12, scope: !77)
!77 = distinct !DILexicalBlock(scope: !38, file: !1, line: 63, column: 7)
!78 = !DILocation(line: 63, column: 7, scope: !77)
!79 = !DILocation(line: 63, column: 52, scope: !77)
!80 = !DILocation(line: 63, column: 7, scope: !38)
!81 = !DILocation(line: 64, column: 5, scope: !77)
!82 = !DILocalVariable(name: "loop", scope: !38, file: !1, line: 65, type: !83)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64)
!84 = !DICompositeType(tag: DW_TAG_structure_type, name: "ev_loop", file: !1, line: 10, flags: DIFlagFwdDecl)
!85 = !DILocation(line: 65, column: 19, scope: !38)
!86 = !DILocation(line: 65, column: 26, scope: !38)
!87 = !DILocalVariable(name: "w", scope: !38, file: !1, line: 66, type: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "ev_io", file: !1, line: 20, baseType: !89)
!89 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ev_io", file: !1, line: 11, size: 384, elements: !90)
!90 = !{!91, !92, !93, !94, !96, !101, !104, !105}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "active", scope: !89, file: !1, line: 12, baseType: !41, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "pending", scope: !89, file: !1, line: 13, baseType: !41, size: 32, offset: 32)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "priority", scope: !89, file: !1, line: 14, baseType: !41, size: 32, offset: 64)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !89, file: !1, line: 15, baseType: !95, size: 64, offset: 128)
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "cb", scope: !89, file: !1, line: 16, baseType: !97, size: 64, offset: 192)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!98 = !DISubroutineType(types: !99)
!99 = !{null, !83, !100, !41}
!100 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !89, file: !1, line: 17, baseType: !102, size: 64, offset: 256)
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 64)
!103 = !DICompositeType(tag: DW_TAG_structure_type, name: "ev_watcher_list", file: !1, line: 17, flags: DIFlagFwdDecl)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !89, file: !1, line: 18, baseType: !41, size: 32, offset: 320)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !89, file: !1, line: 19, baseType: !41, size: 32, offset: 352)
!106 = !DILocation(line: 66, column: 9, scope: !38)
!107 = !DILocation(line: 67, column: 3, scope: !38)
!108 = !DILocation(line: 67, column: 3, scope: !109)
!109 = distinct !DILexicalBlock(scope: !38, file: !1, line: 67, column: 3)
!110 = !DILocation(line: 67, column: 3, scope: !111)
!111 = distinct !DILexicalBlock(scope: !109, file: !1, line: 67, column: 3)
!112 = !DILocation(line: 67, column: 3, scope: !113)
!113 = distinct !DILexicalBlock(scope: !109, file: !1, line: 67, column: 3)
!114 = !DILocation(line: 68, column: 15, scope: !38)
!115 = !DILocation(line: 68, column: 3, scope: !38)
!116 = !DILocation(line: 69, column: 17, scope: !38)
!117 = !DILocation(line: 69, column: 10, scope: !38)
!118 = !DILocation(line: 69, column: 3, scope: !38)
!119 = !DILocation(line: 70, column: 1, scope: !38)
!120 = distinct !DISubprogram(name: "on_read", scope: !1, file: !1, line: 45, type: !121, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !42)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !83, !123, !41}
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!124 = !DILocalVariable(name: "loop", arg: 1, scope: !120, file: !1, line: 45, type: !83)
!125 = !DILocation(line: 45, column: 37, scope: !120)
!126 = !DILocalVariable(name: "w", arg: 2, scope: !120, file: !1, line: 45, type: !123)
!127 = !DILocation(line: 45, column: 50, scope: !120)
!128 = !DILocalVariable(name: "revents", arg: 3, scope: !120, file: !1, line: 45, type: !41)
!129 = !DILocation(line: 45, column: 57, scope: !120)
!130 = !DILocalVariable(name: "buf", scope: !120, file: !1, line: 46, type: !131)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 4096, elements: !132)
!132 = !{!133}
!133 = !DISubrange(count: 512)
!134 = !DILocation(line: 46, column: 8, scope: !120)
!135 = !DILocalVariable(name: "peer", scope: !120, file: !1, line: 47, type: !47)
!136 = !DILocation(line: 47, column: 22, scope: !120)
!137 = !DILocalVariable(name: "len", scope: !120, file: !1, line: 48, type: !138)
!138 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !19, line: 33, baseType: !139)
!139 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !56, line: 210, baseType: !5)
!140 = !DILocation(line: 48, column: 13, scope: !120)
!141 = !DILocation(line: 49, column: 9, scope: !120)
!142 = !DILocation(line: 50, column: 9, scope: !120)
!143 = !DILocalVariable(name: "n", scope: !120, file: !1, line: 51, type: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !145, line: 108, baseType: !146)
!145 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !56, line: 194, baseType: !147)
!147 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!148 = !DILocation(line: 51, column: 11, scope: !120)
!149 = !DILocation(line: 52, column: 16, scope: !120)
!150 = !DILocation(line: 52, column: 19, scope: !120)
!151 = !DILocation(line: 52, column: 23, scope: !120)
!152 = !DILocation(line: 52, column: 7, scope: !120)
!153 = !DILocation(line: 53, column: 7, scope: !154)
!154 = distinct !DILexicalBlock(scope: !120, file: !1, line: 53, column: 7)
!155 = !DILocation(line: 53, column: 9, scope: !154)
!156 = !DILocation(line: 53, column: 7, scope: !120)
!157 = !DILocation(line: 54, column: 12, scope: !154)
!158 = !DILocation(line: 54, column: 15, scope: !154)
!159 = !DILocation(line: 54, column: 19, scope: !154)
!160 = !DILocation(line: 54, column: 24, scope: !154)
!161 = !DILocation(line: 54, column: 56, scope: !154)
!162 = !DILocation(line: 54, column: 5, scope: !154)
!163 = !DILocation(line: 55, column: 1, scope: !120)
