; Server state in a struct: the sockaddr_in sits 4 bytes into main's
; struct and is filled and bound in server_init() through a pointer; the fd
; the handler receives on is a field loaded through that pointer.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'struct-server.c'
; CHECK-NEXT: socket #0: udp ipv4, created in server_init at struct-server.c:23
; CHECK-NEXT:   bind: port 5005 address 0.0.0.0 at struct-server.c:29
; CHECK-NEXT: event-loop #0: blocking-recv in server_run at struct-server.c:51, blocks in recvfrom at struct-server.c:40
; CHECK-NEXT: arrival: recvfrom on socket #0 in handle at struct-server.c:40, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in handle at struct-server.c:47, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/struct-server.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - struct-server.c

; ModuleID = 'struct-server.c'
source_filename = "struct-server.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.server = type { i32, %struct.sockaddr_in, i64, i64 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [12 x i8] c"server_init\00", align 1, !dbg !0

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !50 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.server, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !55, !DIExpression(), !81)
  %3 = call i32 @server_init(ptr noundef %2, i16 noundef zeroext 5005), !dbg !82
  %4 = icmp slt i32 %3, 0, !dbg !84
  br i1 %4, label %5, label %6, !dbg !85

5:                                                ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !86
  store i32 1, ptr %1, align 4, !dbg !88
  br label %7, !dbg !88

6:                                                ; preds = %0
  call void @server_run(ptr noundef %2), !dbg !89
  store i32 0, ptr %1, align 4, !dbg !90
  br label %7, !dbg !90

7:                                                ; preds = %6, %5
  %8 = load i32, ptr %1, align 4, !dbg !91
  ret i32 %8, !dbg !91
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_init(ptr noundef %0, i16 noundef zeroext %1) #0 !dbg !92 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i16, align 2
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !96, !DIExpression(), !97)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !98, !DIExpression(), !99)
  %6 = load ptr, ptr %4, align 8, !dbg !100
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 40, i1 false), !dbg !101
  %7 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !102
  %8 = load ptr, ptr %4, align 8, !dbg !103
  %9 = getelementptr inbounds %struct.server, ptr %8, i32 0, i32 0, !dbg !104
  store i32 %7, ptr %9, align 8, !dbg !105
  %10 = load ptr, ptr %4, align 8, !dbg !106
  %11 = getelementptr inbounds %struct.server, ptr %10, i32 0, i32 0, !dbg !108
  %12 = load i32, ptr %11, align 8, !dbg !108
  %13 = icmp slt i32 %12, 0, !dbg !109
  br i1 %13, label %14, label %15, !dbg !110

14:                                               ; preds = %2
  store i32 -1, ptr %3, align 4, !dbg !111
  br label %42, !dbg !111

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8, !dbg !112
  %17 = getelementptr inbounds %struct.server, ptr %16, i32 0, i32 1, !dbg !113
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %17, i32 0, i32 0, !dbg !114
  store i16 2, ptr %18, align 4, !dbg !115
  %19 = load i16, ptr %5, align 2, !dbg !116
  %20 = call zeroext i16 @htons(i16 noundef zeroext %19) #6, !dbg !117
  %21 = load ptr, ptr %4, align 8, !dbg !118
  %22 = getelementptr inbounds %struct.server, ptr %21, i32 0, i32 1, !dbg !119
  %23 = getelementptr inbounds %struct.sockaddr_in, ptr %22, i32 0, i32 1, !dbg !120
  store i16 %20, ptr %23, align 2, !dbg !121
  %24 = call i32 @htonl(i32 noundef 0) #6, !dbg !122
  %25 = load ptr, ptr %4, align 8, !dbg !123
  %26 = getelementptr inbounds %struct.server, ptr %25, i32 0, i32 1, !dbg !124
  %27 = getelementptr inbounds %struct.sockaddr_in, ptr %26, i32 0, i32 2, !dbg !125
  %28 = getelementptr inbounds %struct.in_addr, ptr %27, i32 0, i32 0, !dbg !126
  store i32 %24, ptr %28, align 4, !dbg !127
  %29 = load ptr, ptr %4, align 8, !dbg !128
  %30 = getelementptr inbounds %struct.server, ptr %29, i32 0, i32 0, !dbg !130
  %31 = load i32, ptr %30, align 8, !dbg !130
  %32 = load ptr, ptr %4, align 8, !dbg !131
  %33 = getelementptr inbounds %struct.server, ptr %32, i32 0, i32 1, !dbg !132
  %34 = call i32 @bind(i32 noundef %31, ptr noundef %33, i32 noundef 16) #5, !dbg !133
  %35 = icmp slt i32 %34, 0, !dbg !134
  br i1 %35, label %36, label %41, !dbg !135

36:                                               ; preds = %15
  %37 = load ptr, ptr %4, align 8, !dbg !136
  %38 = getelementptr inbounds %struct.server, ptr %37, i32 0, i32 0, !dbg !138
  %39 = load i32, ptr %38, align 8, !dbg !138
  %40 = call i32 @close(i32 noundef %39), !dbg !139
  store i32 -1, ptr %3, align 4, !dbg !140
  br label %42, !dbg !140

41:                                               ; preds = %15
  store i32 0, ptr %3, align 4, !dbg !141
  br label %42, !dbg !141

42:                                               ; preds = %41, %36, %14
  %43 = load i32, ptr %3, align 4, !dbg !142
  ret i32 %43, !dbg !142
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @server_run(ptr noundef %0) #0 !dbg !143 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !146, !DIExpression(), !147)
  br label %3, !dbg !148

3:                                                ; preds = %3, %1
  %4 = load ptr, ptr %2, align 8, !dbg !149
  call void @handle(ptr noundef %4), !dbg !152
  br label %3, !dbg !153, !llvm.loop !154
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare i32 @close(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @handle(ptr noundef %0) #0 !dbg !157 {
  %2 = alloca ptr, align 8
  %3 = alloca [256 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !158, !DIExpression(), !159)
    #dbg_declare(ptr %3, !160, !DIExpression(), !164)
    #dbg_declare(ptr %4, !165, !DIExpression(), !166)
    #dbg_declare(ptr %5, !167, !DIExpression(), !170)
  store i32 16, ptr %5, align 4, !dbg !170
    #dbg_declare(ptr %6, !171, !DIExpression(), !176)
  %8 = load ptr, ptr %2, align 8, !dbg !177
  %9 = getelementptr inbounds %struct.server, ptr %8, i32 0, i32 0, !dbg !178
  %10 = load i32, ptr %9, align 8, !dbg !178
  %11 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !179
  %12 = call i64 @recvfrom(i32 noundef %10, ptr noundef %11, i64 noundef 256, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !180
  store i64 %12, ptr %6, align 8, !dbg !176
  %13 = load i64, ptr %6, align 8, !dbg !181
  %14 = icmp slt i64 %13, 0, !dbg !183
  br i1 %14, label %15, label %20, !dbg !184

15:                                               ; preds = %1
  %16 = load ptr, ptr %2, align 8, !dbg !185
  %17 = getelementptr inbounds %struct.server, ptr %16, i32 0, i32 3, !dbg !187
  %18 = load i64, ptr %17, align 8, !dbg !188
  %19 = add i64 %18, 1, !dbg !188
  store i64 %19, ptr %17, align 8, !dbg !188
  br label %30, !dbg !189

20:                                               ; preds = %1
    #dbg_declare(ptr %7, !190, !DIExpression(), !191)
  %21 = load ptr, ptr %2, align 8, !dbg !192
  %22 = getelementptr inbounds %struct.server, ptr %21, i32 0, i32 2, !dbg !193
  %23 = load i64, ptr %22, align 8, !dbg !194
  %24 = add i64 %23, 1, !dbg !194
  store i64 %24, ptr %22, align 8, !dbg !194
  store i64 %24, ptr %7, align 8, !dbg !191
  %25 = load ptr, ptr %2, align 8, !dbg !195
  %26 = getelementptr inbounds %struct.server, ptr %25, i32 0, i32 0, !dbg !196
  %27 = load i32, ptr %26, align 8, !dbg !196
  %28 = load i32, ptr %5, align 4, !dbg !197
  %29 = call i64 @sendto(i32 noundef %27, ptr noundef %7, i64 noundef 8, i32 noundef 0, ptr noundef %4, i32 noundef %28), !dbg !198
  br label %30, !dbg !199

30:                                               ; preds = %20, %15
  ret void, !dbg !199
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!42, !43, !44, !45, !46, !47, !48}
!llvm.ident = !{!49}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 58, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "struct-server.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "10beeb1e0181308d27cd1d7dd7565fd5")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 12)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !22, globals: !41, splitDebugInlining: false, nameTableKind: None)
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
!22 = !{!23, !29}
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !24, line: 30, baseType: !25)
!24 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !26, line: 26, baseType: !27)
!26 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !28, line: 42, baseType: !11)
!28 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
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
!41 = !{!0}
!42 = !{i32 7, !"Dwarf Version", i32 5}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 1, !"wchar_size", i32 4}
!45 = !{i32 8, !"PIC Level", i32 2}
!46 = !{i32 7, !"PIE Level", i32 2}
!47 = !{i32 7, !"uwtable", i32 2}
!48 = !{i32 7, !"frame-pointer", i32 2}
!49 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!50 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 55, type: !51, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !54)
!51 = !DISubroutineType(types: !52)
!52 = !{!53}
!53 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!54 = !{}
!55 = !DILocalVariable(name: "srv", scope: !50, file: !2, line: 56, type: !56)
!56 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "server", file: !2, line: 14, size: 320, elements: !57)
!57 = !{!58, !59, !76, !80}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !56, file: !2, line: 15, baseType: !53, size: 32)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !56, file: !2, line: 16, baseType: !60, size: 128, offset: 32)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !24, line: 245, size: 128, elements: !61)
!61 = !{!62, !63, !67, !71}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !60, file: !24, line: 247, baseType: !34, size: 16)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !60, file: !24, line: 248, baseType: !64, size: 16, offset: 16)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !24, line: 123, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !26, line: 25, baseType: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !28, line: 40, baseType: !36)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !60, file: !24, line: 249, baseType: !68, size: 32, offset: 32)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !24, line: 31, size: 32, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !68, file: !24, line: 33, baseType: !23, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !60, file: !24, line: 252, baseType: !72, size: 64, offset: 64)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !73, size: 64, elements: !74)
!73 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!74 = !{!75}
!75 = !DISubrange(count: 8)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "requests", scope: !56, file: !2, line: 17, baseType: !77, size: 64, offset: 192)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !26, line: 27, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !28, line: 45, baseType: !79)
!79 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "errors", scope: !56, file: !2, line: 18, baseType: !77, size: 64, offset: 256)
!81 = !DILocation(line: 56, column: 17, scope: !50)
!82 = !DILocation(line: 57, column: 7, scope: !83)
!83 = distinct !DILexicalBlock(scope: !50, file: !2, line: 57, column: 7)
!84 = !DILocation(line: 57, column: 39, scope: !83)
!85 = !DILocation(line: 57, column: 7, scope: !50)
!86 = !DILocation(line: 58, column: 5, scope: !87)
!87 = distinct !DILexicalBlock(scope: !83, file: !2, line: 57, column: 44)
!88 = !DILocation(line: 59, column: 5, scope: !87)
!89 = !DILocation(line: 61, column: 3, scope: !50)
!90 = !DILocation(line: 62, column: 3, scope: !50)
!91 = !DILocation(line: 63, column: 1, scope: !50)
!92 = distinct !DISubprogram(name: "server_init", scope: !2, file: !2, line: 21, type: !93, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !54)
!93 = !DISubroutineType(types: !94)
!94 = !{!53, !95, !65}
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64)
!96 = !DILocalVariable(name: "s", arg: 1, scope: !92, file: !2, line: 21, type: !95)
!97 = !DILocation(line: 21, column: 39, scope: !92)
!98 = !DILocalVariable(name: "port", arg: 2, scope: !92, file: !2, line: 21, type: !65)
!99 = !DILocation(line: 21, column: 51, scope: !92)
!100 = !DILocation(line: 22, column: 10, scope: !92)
!101 = !DILocation(line: 22, column: 3, scope: !92)
!102 = !DILocation(line: 23, column: 11, scope: !92)
!103 = !DILocation(line: 23, column: 3, scope: !92)
!104 = !DILocation(line: 23, column: 6, scope: !92)
!105 = !DILocation(line: 23, column: 9, scope: !92)
!106 = !DILocation(line: 24, column: 7, scope: !107)
!107 = distinct !DILexicalBlock(scope: !92, file: !2, line: 24, column: 7)
!108 = !DILocation(line: 24, column: 10, scope: !107)
!109 = !DILocation(line: 24, column: 13, scope: !107)
!110 = !DILocation(line: 24, column: 7, scope: !92)
!111 = !DILocation(line: 25, column: 5, scope: !107)
!112 = !DILocation(line: 26, column: 3, scope: !92)
!113 = !DILocation(line: 26, column: 6, scope: !92)
!114 = !DILocation(line: 26, column: 11, scope: !92)
!115 = !DILocation(line: 26, column: 22, scope: !92)
!116 = !DILocation(line: 27, column: 28, scope: !92)
!117 = !DILocation(line: 27, column: 22, scope: !92)
!118 = !DILocation(line: 27, column: 3, scope: !92)
!119 = !DILocation(line: 27, column: 6, scope: !92)
!120 = !DILocation(line: 27, column: 11, scope: !92)
!121 = !DILocation(line: 27, column: 20, scope: !92)
!122 = !DILocation(line: 28, column: 29, scope: !92)
!123 = !DILocation(line: 28, column: 3, scope: !92)
!124 = !DILocation(line: 28, column: 6, scope: !92)
!125 = !DILocation(line: 28, column: 11, scope: !92)
!126 = !DILocation(line: 28, column: 20, scope: !92)
!127 = !DILocation(line: 28, column: 27, scope: !92)
!128 = !DILocation(line: 29, column: 12, scope: !129)
!129 = distinct !DILexicalBlock(scope: !92, file: !2, line: 29, column: 7)
!130 = !DILocation(line: 29, column: 15, scope: !129)
!131 = !DILocation(line: 29, column: 39, scope: !129)
!132 = !DILocation(line: 29, column: 42, scope: !129)
!133 = !DILocation(line: 29, column: 7, scope: !129)
!134 = !DILocation(line: 29, column: 65, scope: !129)
!135 = !DILocation(line: 29, column: 7, scope: !92)
!136 = !DILocation(line: 30, column: 11, scope: !137)
!137 = distinct !DILexicalBlock(scope: !129, file: !2, line: 29, column: 70)
!138 = !DILocation(line: 30, column: 14, scope: !137)
!139 = !DILocation(line: 30, column: 5, scope: !137)
!140 = !DILocation(line: 31, column: 5, scope: !137)
!141 = !DILocation(line: 33, column: 3, scope: !92)
!142 = !DILocation(line: 34, column: 1, scope: !92)
!143 = distinct !DISubprogram(name: "server_run", scope: !2, file: !2, line: 50, type: !144, scopeLine: 50, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !54)
!144 = !DISubroutineType(types: !145)
!145 = !{null, !95}
!146 = !DILocalVariable(name: "s", arg: 1, scope: !143, file: !2, line: 50, type: !95)
!147 = !DILocation(line: 50, column: 39, scope: !143)
!148 = !DILocation(line: 51, column: 3, scope: !143)
!149 = !DILocation(line: 52, column: 12, scope: !150)
!150 = distinct !DILexicalBlock(scope: !151, file: !2, line: 51, column: 3)
!151 = distinct !DILexicalBlock(scope: !143, file: !2, line: 51, column: 3)
!152 = !DILocation(line: 52, column: 5, scope: !150)
!153 = !DILocation(line: 51, column: 3, scope: !150)
!154 = distinct !{!154, !155, !156}
!155 = !DILocation(line: 51, column: 3, scope: !151)
!156 = !DILocation(line: 52, column: 13, scope: !151)
!157 = distinct !DISubprogram(name: "handle", scope: !2, file: !2, line: 36, type: !144, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !7, retainedNodes: !54)
!158 = !DILocalVariable(name: "s", arg: 1, scope: !157, file: !2, line: 36, type: !95)
!159 = !DILocation(line: 36, column: 35, scope: !157)
!160 = !DILocalVariable(name: "buf", scope: !157, file: !2, line: 37, type: !161)
!161 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !162)
!162 = !{!163}
!163 = !DISubrange(count: 256)
!164 = !DILocation(line: 37, column: 8, scope: !157)
!165 = !DILocalVariable(name: "peer", scope: !157, file: !2, line: 38, type: !60)
!166 = !DILocation(line: 38, column: 22, scope: !157)
!167 = !DILocalVariable(name: "plen", scope: !157, file: !2, line: 39, type: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !31, line: 33, baseType: !169)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !28, line: 210, baseType: !11)
!170 = !DILocation(line: 39, column: 13, scope: !157)
!171 = !DILocalVariable(name: "n", scope: !157, file: !2, line: 40, type: !172)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !173, line: 108, baseType: !174)
!173 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !28, line: 194, baseType: !175)
!175 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!176 = !DILocation(line: 40, column: 11, scope: !157)
!177 = !DILocation(line: 40, column: 24, scope: !157)
!178 = !DILocation(line: 40, column: 27, scope: !157)
!179 = !DILocation(line: 40, column: 31, scope: !157)
!180 = !DILocation(line: 40, column: 15, scope: !157)
!181 = !DILocation(line: 42, column: 7, scope: !182)
!182 = distinct !DILexicalBlock(scope: !157, file: !2, line: 42, column: 7)
!183 = !DILocation(line: 42, column: 9, scope: !182)
!184 = !DILocation(line: 42, column: 7, scope: !157)
!185 = !DILocation(line: 43, column: 5, scope: !186)
!186 = distinct !DILexicalBlock(scope: !182, file: !2, line: 42, column: 14)
!187 = !DILocation(line: 43, column: 8, scope: !186)
!188 = !DILocation(line: 43, column: 14, scope: !186)
!189 = !DILocation(line: 44, column: 5, scope: !186)
!190 = !DILocalVariable(name: "count", scope: !157, file: !2, line: 46, type: !77)
!191 = !DILocation(line: 46, column: 12, scope: !157)
!192 = !DILocation(line: 46, column: 22, scope: !157)
!193 = !DILocation(line: 46, column: 25, scope: !157)
!194 = !DILocation(line: 46, column: 20, scope: !157)
!195 = !DILocation(line: 47, column: 10, scope: !157)
!196 = !DILocation(line: 47, column: 13, scope: !157)
!197 = !DILocation(line: 47, column: 69, scope: !157)
!198 = !DILocation(line: 47, column: 3, scope: !157)
!199 = !DILocation(line: 48, column: 1, scope: !157)
