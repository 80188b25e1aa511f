; A libevent-1 server in memcached's idiom: event_set(&c->event, sfd, ...,
; event_handler, c) on a heap connection that holds the fd; the handler
; reads the fd back from its argument (c->sfd), the connection's field.
; The callback is found, and the fd through the field of parameter 2 is
; the registered socket (O0).
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'callback-libevent1-conn.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at callback-libevent1-conn.c:69
; CHECK-NEXT:   bind: port 7101 address 0.0.0.0 at callback-libevent1-conn.c:74
; CHECK-NEXT: event-loop #0: dispatch in main at callback-libevent1-conn.c:78, runs callbacks from event_base_loop at callback-libevent1-conn.c:78
; CHECK-NEXT:   callback: event_handler on socket #0, fd in parameter 0 and field +0 of parameter 2, registered by event_set at callback-libevent1-conn.c:58
; CHECK-NEXT: arrival: recvfrom on socket #0 in event_handler at callback-libevent1-conn.c:43, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in event_handler at callback-libevent1-conn.c:49, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/callback-libevent1-conn.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - callback-libevent1-conn.c

; ModuleID = 'callback-libevent1-conn.c'
source_filename = "callback-libevent1-conn.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.conn = type { i32, %struct.event, [1024 x i8], %struct.sockaddr_in, i32 }
%struct.event = type { [128 x i8] }

@gets_served = internal global i64 0, align 8, !dbg !0
@.str = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !34

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !48 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !53, !DIExpression(), !56)
  %5 = call ptr @event_init(), !dbg !57
  store ptr %5, ptr %2, align 8, !dbg !56
    #dbg_declare(ptr %3, !58, !DIExpression(), !59)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !60
  store i32 %6, ptr %3, align 4, !dbg !59
    #dbg_declare(ptr %4, !61, !DIExpression(), !84)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !85
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !86
  store i16 2, ptr %7, align 4, !dbg !87
  %8 = call zeroext i16 @htons(i16 noundef zeroext 7101) #7, !dbg !88
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !89
  store i16 %8, ptr %9, align 2, !dbg !90
  %10 = load i32, ptr %3, align 4, !dbg !91
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %4, i32 noundef 16) #6, !dbg !93
  %12 = icmp slt i32 %11, 0, !dbg !94
  br i1 %12, label %13, label %14, !dbg !95

13:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !96
  br label %23, !dbg !96

14:                                               ; preds = %0
  %15 = load i32, ptr %3, align 4, !dbg !97
  %16 = load ptr, ptr %2, align 8, !dbg !99
  %17 = call ptr @conn_new(i32 noundef %15, ptr noundef %16), !dbg !100
  %18 = icmp ne ptr %17, null, !dbg !100
  br i1 %18, label %20, label %19, !dbg !101

19:                                               ; preds = %14
  store i32 1, ptr %1, align 4, !dbg !102
  br label %23, !dbg !102

20:                                               ; preds = %14
  %21 = load ptr, ptr %2, align 8, !dbg !103
  %22 = call i32 @event_base_loop(ptr noundef %21, i32 noundef 0), !dbg !104
  store i32 %22, ptr %1, align 4, !dbg !105
  br label %23, !dbg !105

23:                                               ; preds = %20, %19, %13
  %24 = load i32, ptr %1, align 4, !dbg !106
  ret i32 %24, !dbg !106
}

declare ptr @event_init() #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @conn_new(i32 noundef %0, ptr noundef %1) #0 !dbg !107 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !130, !DIExpression(), !131)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !132, !DIExpression(), !133)
    #dbg_declare(ptr %6, !134, !DIExpression(), !135)
  %7 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 1176) #8, !dbg !136
  store ptr %7, ptr %6, align 8, !dbg !135
  %8 = load ptr, ptr %6, align 8, !dbg !137
  %9 = icmp ne ptr %8, null, !dbg !137
  br i1 %9, label %11, label %10, !dbg !139

10:                                               ; preds = %2
  store ptr null, ptr %3, align 8, !dbg !140
  br label %31, !dbg !140

11:                                               ; preds = %2
  %12 = load i32, ptr %4, align 4, !dbg !141
  %13 = load ptr, ptr %6, align 8, !dbg !142
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 0, !dbg !143
  store i32 %12, ptr %14, align 4, !dbg !144
  %15 = load ptr, ptr %6, align 8, !dbg !145
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 1, !dbg !146
  %17 = load i32, ptr %4, align 4, !dbg !147
  %18 = load ptr, ptr %6, align 8, !dbg !148
  call void @event_set(ptr noundef %16, i32 noundef %17, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %18), !dbg !149
  %19 = load ptr, ptr %5, align 8, !dbg !150
  %20 = load ptr, ptr %6, align 8, !dbg !151
  %21 = getelementptr inbounds %struct.conn, ptr %20, i32 0, i32 1, !dbg !152
  %22 = call i32 @event_base_set(ptr noundef %19, ptr noundef %21), !dbg !153
  %23 = load ptr, ptr %6, align 8, !dbg !154
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 1, !dbg !156
  %25 = call i32 @event_add(ptr noundef %24, ptr noundef null), !dbg !157
  %26 = icmp eq i32 %25, -1, !dbg !158
  br i1 %26, label %27, label %29, !dbg !159

27:                                               ; preds = %11
  %28 = load ptr, ptr %6, align 8, !dbg !160
  call void @free(ptr noundef %28) #6, !dbg !162
  store ptr null, ptr %3, align 8, !dbg !163
  br label %31, !dbg !163

29:                                               ; preds = %11
  %30 = load ptr, ptr %6, align 8, !dbg !164
  store ptr %30, ptr %3, align 8, !dbg !165
  br label %31, !dbg !165

31:                                               ; preds = %29, %27, %10
  %32 = load ptr, ptr %3, align 8, !dbg !166
  ret ptr %32, !dbg !166
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !167 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !171, !DIExpression(), !172)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !173, !DIExpression(), !174)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !175, !DIExpression(), !176)
    #dbg_declare(ptr %7, !177, !DIExpression(), !178)
  %9 = load ptr, ptr %6, align 8, !dbg !179
  store ptr %9, ptr %7, align 8, !dbg !178
  %10 = load i32, ptr %4, align 4, !dbg !180
  %11 = load i16, ptr %5, align 2, !dbg !181
  %12 = load ptr, ptr %7, align 8, !dbg !182
  %13 = getelementptr inbounds %struct.conn, ptr %12, i32 0, i32 4, !dbg !183
  store i32 16, ptr %13, align 4, !dbg !184
    #dbg_declare(ptr %8, !185, !DIExpression(), !190)
  %14 = load ptr, ptr %7, align 8, !dbg !191
  %15 = getelementptr inbounds %struct.conn, ptr %14, i32 0, i32 0, !dbg !192
  %16 = load i32, ptr %15, align 4, !dbg !192
  %17 = load ptr, ptr %7, align 8, !dbg !193
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 2, !dbg !194
  %19 = getelementptr inbounds [1024 x i8], ptr %18, i64 0, i64 0, !dbg !193
  %20 = load ptr, ptr %7, align 8, !dbg !195
  %21 = getelementptr inbounds %struct.conn, ptr %20, i32 0, i32 3, !dbg !196
  %22 = load ptr, ptr %7, align 8, !dbg !197
  %23 = getelementptr inbounds %struct.conn, ptr %22, i32 0, i32 4, !dbg !198
  %24 = call i64 @recvfrom(i32 noundef %16, ptr noundef %19, i64 noundef 1024, i32 noundef 0, ptr noundef %21, ptr noundef %23), !dbg !199
  store i64 %24, ptr %8, align 8, !dbg !190
  %25 = load i64, ptr %8, align 8, !dbg !200
  %26 = icmp slt i64 %25, 4, !dbg !202
  br i1 %26, label %27, label %28, !dbg !203

27:                                               ; preds = %3
  br label %40, !dbg !204

28:                                               ; preds = %3
  %29 = load i64, ptr @gets_served, align 8, !dbg !205
  %30 = add i64 %29, 1, !dbg !205
  store i64 %30, ptr @gets_served, align 8, !dbg !205
  %31 = load ptr, ptr %7, align 8, !dbg !206
  %32 = getelementptr inbounds %struct.conn, ptr %31, i32 0, i32 0, !dbg !207
  %33 = load i32, ptr %32, align 4, !dbg !207
  %34 = load ptr, ptr %7, align 8, !dbg !208
  %35 = getelementptr inbounds %struct.conn, ptr %34, i32 0, i32 3, !dbg !209
  %36 = load ptr, ptr %7, align 8, !dbg !210
  %37 = getelementptr inbounds %struct.conn, ptr %36, i32 0, i32 4, !dbg !211
  %38 = load i32, ptr %37, align 4, !dbg !211
  %39 = call i64 @sendto(i32 noundef %33, ptr noundef @.str, i64 noundef 5, i32 noundef 0, ptr noundef %35, i32 noundef %38), !dbg !212
  br label %40, !dbg !213

40:                                               ; preds = %28, %27
  ret void, !dbg !213
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind allocsize(0,1) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!40, !41, !42, !43, !44, !45, !46}
!llvm.ident = !{!47}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "gets_served", scope: !2, file: !3, line: 36, type: !39, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !33, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "callback-libevent1-conn.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "f0c326da9dbc2f566a4ea2bc7764dfbf")
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
!33 = !{!34, !0}
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(scope: null, file: !3, line: 49, type: !36, isLocal: true, isDefinition: true)
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 48, elements: !37)
!37 = !{!38}
!38 = !DISubrange(count: 6)
!39 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!40 = !{i32 7, !"Dwarf Version", i32 5}
!41 = !{i32 2, !"Debug Info Version", i32 3}
!42 = !{i32 1, !"wchar_size", i32 4}
!43 = !{i32 8, !"PIC Level", i32 2}
!44 = !{i32 7, !"PIE Level", i32 2}
!45 = !{i32 7, !"uwtable", i32 2}
!46 = !{i32 7, !"frame-pointer", i32 2}
!47 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!48 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 67, type: !49, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !52)
!49 = !DISubroutineType(types: !50)
!50 = !{!51}
!51 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!52 = !{}
!53 = !DILocalVariable(name: "base", scope: !48, file: !3, line: 68, type: !54)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 13, flags: DIFlagFwdDecl)
!56 = !DILocation(line: 68, column: 22, scope: !48)
!57 = !DILocation(line: 68, column: 29, scope: !48)
!58 = !DILocalVariable(name: "sfd", scope: !48, file: !3, line: 69, type: !51)
!59 = !DILocation(line: 69, column: 7, scope: !48)
!60 = !DILocation(line: 69, column: 13, scope: !48)
!61 = !DILocalVariable(name: "sa", scope: !48, file: !3, line: 70, type: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !63, line: 245, size: 128, elements: !64)
!63 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!64 = !{!65, !66, !72, !79}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !62, file: !63, line: 247, baseType: !24, size: 16)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !62, file: !63, line: 248, baseType: !67, size: 16, offset: 16)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !63, line: 123, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !69, line: 25, baseType: !70)
!69 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !71, line: 40, baseType: !26)
!71 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !62, file: !63, line: 249, baseType: !73, size: 32, offset: 32)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !63, line: 31, size: 32, elements: !74)
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !73, file: !63, line: 33, baseType: !76, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !63, line: 30, baseType: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !69, line: 26, baseType: !78)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !71, line: 42, baseType: !7)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !62, file: !63, line: 252, baseType: !80, size: 64, offset: 64)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !81, size: 64, elements: !82)
!81 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!82 = !{!83}
!83 = !DISubrange(count: 8)
!84 = !DILocation(line: 70, column: 22, scope: !48)
!85 = !DILocation(line: 71, column: 3, scope: !48)
!86 = !DILocation(line: 72, column: 6, scope: !48)
!87 = !DILocation(line: 72, column: 17, scope: !48)
!88 = !DILocation(line: 73, column: 17, scope: !48)
!89 = !DILocation(line: 73, column: 6, scope: !48)
!90 = !DILocation(line: 73, column: 15, scope: !48)
!91 = !DILocation(line: 74, column: 12, scope: !92)
!92 = distinct !DILexicalBlock(scope: !48, file: !3, line: 74, column: 7)
!93 = !DILocation(line: 74, column: 7, scope: !92)
!94 = !DILocation(line: 74, column: 53, scope: !92)
!95 = !DILocation(line: 74, column: 7, scope: !48)
!96 = !DILocation(line: 75, column: 5, scope: !92)
!97 = !DILocation(line: 76, column: 17, scope: !98)
!98 = distinct !DILexicalBlock(scope: !48, file: !3, line: 76, column: 7)
!99 = !DILocation(line: 76, column: 22, scope: !98)
!100 = !DILocation(line: 76, column: 8, scope: !98)
!101 = !DILocation(line: 76, column: 7, scope: !48)
!102 = !DILocation(line: 77, column: 5, scope: !98)
!103 = !DILocation(line: 78, column: 26, scope: !48)
!104 = !DILocation(line: 78, column: 10, scope: !48)
!105 = !DILocation(line: 78, column: 3, scope: !48)
!106 = !DILocation(line: 79, column: 1, scope: !48)
!107 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 53, type: !108, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !52)
!108 = !DISubroutineType(types: !109)
!109 = !{!110, !51, !54}
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 34, baseType: !112)
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 28, size: 9408, elements: !113)
!113 = !{!114, !115, !122, !126, !127}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !112, file: !3, line: 29, baseType: !51, size: 32)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !112, file: !3, line: 30, baseType: !116, size: 1024, offset: 32)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 14, size: 1024, elements: !117)
!117 = !{!118}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !116, file: !3, line: 15, baseType: !119, size: 1024)
!119 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 1024, elements: !120)
!120 = !{!121}
!121 = !DISubrange(count: 128)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !112, file: !3, line: 31, baseType: !123, size: 8192, offset: 1056)
!123 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 8192, elements: !124)
!124 = !{!125}
!125 = !DISubrange(count: 1024)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !112, file: !3, line: 32, baseType: !62, size: 128, offset: 9248)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !112, file: !3, line: 33, baseType: !128, size: 32, offset: 9376)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !129)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !71, line: 210, baseType: !7)
!130 = !DILocalVariable(name: "sfd", arg: 1, scope: !107, file: !3, line: 53, type: !51)
!131 = !DILocation(line: 53, column: 27, scope: !107)
!132 = !DILocalVariable(name: "base", arg: 2, scope: !107, file: !3, line: 53, type: !54)
!133 = !DILocation(line: 53, column: 51, scope: !107)
!134 = !DILocalVariable(name: "c", scope: !107, file: !3, line: 54, type: !110)
!135 = !DILocation(line: 54, column: 9, scope: !107)
!136 = !DILocation(line: 54, column: 13, scope: !107)
!137 = !DILocation(line: 55, column: 8, scope: !138)
!138 = distinct !DILexicalBlock(scope: !107, file: !3, line: 55, column: 7)
!139 = !DILocation(line: 55, column: 7, scope: !107)
!140 = !DILocation(line: 56, column: 5, scope: !138)
!141 = !DILocation(line: 57, column: 12, scope: !107)
!142 = !DILocation(line: 57, column: 3, scope: !107)
!143 = !DILocation(line: 57, column: 6, scope: !107)
!144 = !DILocation(line: 57, column: 10, scope: !107)
!145 = !DILocation(line: 58, column: 14, scope: !107)
!146 = !DILocation(line: 58, column: 17, scope: !107)
!147 = !DILocation(line: 58, column: 24, scope: !107)
!148 = !DILocation(line: 58, column: 74, scope: !107)
!149 = !DILocation(line: 58, column: 3, scope: !107)
!150 = !DILocation(line: 59, column: 18, scope: !107)
!151 = !DILocation(line: 59, column: 25, scope: !107)
!152 = !DILocation(line: 59, column: 28, scope: !107)
!153 = !DILocation(line: 59, column: 3, scope: !107)
!154 = !DILocation(line: 60, column: 18, scope: !155)
!155 = distinct !DILexicalBlock(scope: !107, file: !3, line: 60, column: 7)
!156 = !DILocation(line: 60, column: 21, scope: !155)
!157 = !DILocation(line: 60, column: 7, scope: !155)
!158 = !DILocation(line: 60, column: 31, scope: !155)
!159 = !DILocation(line: 60, column: 7, scope: !107)
!160 = !DILocation(line: 61, column: 10, scope: !161)
!161 = distinct !DILexicalBlock(scope: !155, file: !3, line: 60, column: 38)
!162 = !DILocation(line: 61, column: 5, scope: !161)
!163 = !DILocation(line: 62, column: 5, scope: !161)
!164 = !DILocation(line: 64, column: 10, scope: !107)
!165 = !DILocation(line: 64, column: 3, scope: !107)
!166 = !DILocation(line: 65, column: 1, scope: !107)
!167 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 38, type: !168, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !52)
!168 = !DISubroutineType(types: !169)
!169 = !{null, !51, !170, !32}
!170 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!171 = !DILocalVariable(name: "fd", arg: 1, scope: !167, file: !3, line: 38, type: !51)
!172 = !DILocation(line: 38, column: 31, scope: !167)
!173 = !DILocalVariable(name: "which", arg: 2, scope: !167, file: !3, line: 38, type: !170)
!174 = !DILocation(line: 38, column: 41, scope: !167)
!175 = !DILocalVariable(name: "arg", arg: 3, scope: !167, file: !3, line: 38, type: !32)
!176 = !DILocation(line: 38, column: 54, scope: !167)
!177 = !DILocalVariable(name: "c", scope: !167, file: !3, line: 39, type: !110)
!178 = !DILocation(line: 39, column: 9, scope: !167)
!179 = !DILocation(line: 39, column: 13, scope: !167)
!180 = !DILocation(line: 40, column: 9, scope: !167)
!181 = !DILocation(line: 41, column: 9, scope: !167)
!182 = !DILocation(line: 42, column: 3, scope: !167)
!183 = !DILocation(line: 42, column: 6, scope: !167)
!184 = !DILocation(line: 42, column: 24, scope: !167)
!185 = !DILocalVariable(name: "n", scope: !167, file: !3, line: 43, type: !186)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !187, line: 108, baseType: !188)
!187 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !71, line: 194, baseType: !189)
!189 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!190 = !DILocation(line: 43, column: 11, scope: !167)
!191 = !DILocation(line: 43, column: 24, scope: !167)
!192 = !DILocation(line: 43, column: 27, scope: !167)
!193 = !DILocation(line: 43, column: 32, scope: !167)
!194 = !DILocation(line: 43, column: 35, scope: !167)
!195 = !DILocation(line: 44, column: 44, scope: !167)
!196 = !DILocation(line: 44, column: 47, scope: !167)
!197 = !DILocation(line: 45, column: 25, scope: !167)
!198 = !DILocation(line: 45, column: 28, scope: !167)
!199 = !DILocation(line: 43, column: 15, scope: !167)
!200 = !DILocation(line: 46, column: 7, scope: !201)
!201 = distinct !DILexicalBlock(scope: !167, file: !3, line: 46, column: 7)
!202 = !DILocation(line: 46, column: 9, scope: !201)
!203 = !DILocation(line: 46, column: 7, scope: !167)
!204 = !DILocation(line: 47, column: 5, scope: !201)
!205 = !DILocation(line: 48, column: 14, scope: !167)
!206 = !DILocation(line: 49, column: 10, scope: !167)
!207 = !DILocation(line: 49, column: 13, scope: !167)
!208 = !DILocation(line: 49, column: 55, scope: !167)
!209 = !DILocation(line: 49, column: 58, scope: !167)
!210 = !DILocation(line: 50, column: 10, scope: !167)
!211 = !DILocation(line: 50, column: 13, scope: !167)
!212 = !DILocation(line: 49, column: 3, scope: !167)
!213 = !DILocation(line: 51, column: 1, scope: !167)
