; A libevent-1 server with a clock timer (evtimer_set: event_set on fd -1)
; and a notify pipe, as in memcached: the timer registers no handler and
; gives no note; the pipe's callback is named as on no socket; only the
; UDP socket's callback is a request handler.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'callback-timer-pipe.c'
; CHECK: event-loop #0: dispatch in main at callback-timer-pipe.c:64, runs callbacks from event_base_loop at callback-timer-pipe.c:64
; CHECK-NEXT:   callback: udp_handler on socket #0, fd in parameter 0, registered by event_set at callback-timer-pipe.c:60
; CHECK-NOT: callback:
; CHECK: arrival: recvfrom on socket #0 in udp_handler at callback-timer-pipe.c:44, loop #0
; CHECK-NOT: clock_handler
; CHECK: note: UnknownCallback: event_set for notify_handler on an fd that is no socket created here (a pipe, an eventfd, or an fd of untraced origin); not treated as a request handler (callback-timer-pipe.c:59)
; CHECK-NOT: clock_handler
; CHECK-NOT: callback-timer-pipe.c:58
; CHECK: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 1 other I/O
;
; MADE-FROM: Inputs/callback-timer-pipe.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - callback-timer-pipe.c

; ModuleID = 'callback-timer-pipe.c'
source_filename = "callback-timer-pipe.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.event = type { [128 x i8] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@notify_fds = internal global [2 x i32] zeroinitializer, align 4, !dbg !0
@clock_ev = internal global %struct.event zeroinitializer, align 1, !dbg !33
@notify_ev = internal global %struct.event zeroinitializer, align 1, !dbg !41
@udp_ev = internal global %struct.event zeroinitializer, align 1, !dbg !43
@current_time = internal global i32 0, align 4, !dbg !45

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !60 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !64, !DIExpression(), !67)
  %5 = call ptr @event_init(), !dbg !68
  store ptr %5, ptr %2, align 8, !dbg !67
    #dbg_declare(ptr %3, !69, !DIExpression(), !70)
  %6 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !71
  store i32 %6, ptr %3, align 4, !dbg !70
    #dbg_declare(ptr %4, !72, !DIExpression(), !95)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !96
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !97
  store i16 2, ptr %7, align 4, !dbg !98
  %8 = call zeroext i16 @htons(i16 noundef zeroext 7102) #6, !dbg !99
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !100
  store i16 %8, ptr %9, align 2, !dbg !101
  %10 = load i32, ptr %3, align 4, !dbg !102
  %11 = call i32 @bind(i32 noundef %10, ptr noundef %4, i32 noundef 16) #5, !dbg !104
  %12 = icmp slt i32 %11, 0, !dbg !105
  br i1 %12, label %16, label %13, !dbg !106

13:                                               ; preds = %0
  %14 = call i32 @pipe(ptr noundef @notify_fds) #5, !dbg !107
  %15 = icmp ne i32 %14, 0, !dbg !107
  br i1 %15, label %16, label %17, !dbg !108

16:                                               ; preds = %13, %0
  store i32 1, ptr %1, align 4, !dbg !109
  br label %25, !dbg !109

17:                                               ; preds = %13
  call void @event_set(ptr noundef @clock_ev, i32 noundef -1, i16 noundef signext 0, ptr noundef @clock_handler, ptr noundef null), !dbg !110
  %18 = load i32, ptr @notify_fds, align 4, !dbg !111
  call void @event_set(ptr noundef @notify_ev, i32 noundef %18, i16 noundef signext 18, ptr noundef @notify_handler, ptr noundef null), !dbg !112
  %19 = load i32, ptr %3, align 4, !dbg !113
  call void @event_set(ptr noundef @udp_ev, i32 noundef %19, i16 noundef signext 18, ptr noundef @udp_handler, ptr noundef null), !dbg !114
  %20 = call i32 @event_add(ptr noundef @clock_ev, ptr noundef null), !dbg !115
  %21 = call i32 @event_add(ptr noundef @notify_ev, ptr noundef null), !dbg !116
  %22 = call i32 @event_add(ptr noundef @udp_ev, ptr noundef null), !dbg !117
  %23 = load ptr, ptr %2, align 8, !dbg !118
  %24 = call i32 @event_base_loop(ptr noundef %23, i32 noundef 0), !dbg !119
  store i32 %24, ptr %1, align 4, !dbg !120
  br label %25, !dbg !120

25:                                               ; preds = %17, %16
  %26 = load i32, ptr %1, align 4, !dbg !121
  ret i32 %26, !dbg !121
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

; Function Attrs: nounwind
declare i32 @pipe(ptr noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @clock_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !122 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !127, !DIExpression(), !128)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !129, !DIExpression(), !130)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !131, !DIExpression(), !132)
  %7 = load i32, ptr %4, align 4, !dbg !133
  %8 = load i16, ptr %5, align 2, !dbg !134
  %9 = load ptr, ptr %6, align 8, !dbg !135
  %10 = load volatile i32, ptr @current_time, align 4, !dbg !136
  %11 = add i32 %10, 1, !dbg !136
  store volatile i32 %11, ptr @current_time, align 4, !dbg !136
  ret void, !dbg !137
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !138 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !139, !DIExpression(), !140)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !141, !DIExpression(), !142)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !143, !DIExpression(), !144)
    #dbg_declare(ptr %7, !145, !DIExpression(), !146)
  %8 = load i16, ptr %5, align 2, !dbg !147
  %9 = load ptr, ptr %6, align 8, !dbg !148
  %10 = load i32, ptr %4, align 4, !dbg !149
  %11 = call i64 @read(i32 noundef %10, ptr noundef %7, i64 noundef 1), !dbg !151
  %12 = icmp ne i64 %11, 1, !dbg !152
  br i1 %12, label %13, label %14, !dbg !153

13:                                               ; preds = %3
  br label %14, !dbg !154

14:                                               ; preds = %13, %3
  ret void, !dbg !155
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @udp_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !156 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca [256 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !157, !DIExpression(), !158)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !159, !DIExpression(), !160)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !161, !DIExpression(), !162)
    #dbg_declare(ptr %7, !163, !DIExpression(), !167)
    #dbg_declare(ptr %8, !168, !DIExpression(), !169)
    #dbg_declare(ptr %9, !170, !DIExpression(), !173)
  store i32 16, ptr %9, align 4, !dbg !173
  %11 = load i16, ptr %5, align 2, !dbg !174
  %12 = load ptr, ptr %6, align 8, !dbg !175
    #dbg_declare(ptr %10, !176, !DIExpression(), !181)
  %13 = load i32, ptr %4, align 4, !dbg !182
  %14 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !183
  %15 = call i64 @recvfrom(i32 noundef %13, ptr noundef %14, i64 noundef 256, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !184
  store i64 %15, ptr %10, align 8, !dbg !181
  %16 = load i64, ptr %10, align 8, !dbg !185
  %17 = icmp sgt i64 %16, 0, !dbg !187
  br i1 %17, label %18, label %24, !dbg !188

18:                                               ; preds = %3
  %19 = load i32, ptr %4, align 4, !dbg !189
  %20 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !190
  %21 = load i64, ptr %10, align 8, !dbg !191
  %22 = load i32, ptr %9, align 4, !dbg !192
  %23 = call i64 @sendto(i32 noundef %19, ptr noundef %20, i64 noundef %21, i32 noundef 0, ptr noundef %8, i32 noundef %22), !dbg !193
  br label %24, !dbg !193

24:                                               ; preds = %18, %3
  ret void, !dbg !194
}

declare i32 @event_add(ptr noundef, ptr noundef) #1

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!52, !53, !54, !55, !56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "notify_fds", scope: !2, file: !3, line: 25, type: !48, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !32, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "callback-timer-pipe.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "50af930209903076118af9e4216cb2aa")
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
!32 = !{!33, !41, !43, !0, !45}
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "clock_ev", scope: !2, file: !3, line: 23, type: !35, isLocal: true, isDefinition: true)
!35 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 11, size: 1024, elements: !36)
!36 = !{!37}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !35, file: !3, line: 12, baseType: !38, size: 1024)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 1024, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 128)
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(name: "notify_ev", scope: !2, file: !3, line: 23, type: !35, isLocal: true, isDefinition: true)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "udp_ev", scope: !2, file: !3, line: 23, type: !35, isLocal: true, isDefinition: true)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(name: "current_time", scope: !2, file: !3, line: 24, type: !47, isLocal: true, isDefinition: true)
!47 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !7)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 64, elements: !50)
!49 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!50 = !{!51}
!51 = !DISubrange(count: 2)
!52 = !{i32 7, !"Dwarf Version", i32 5}
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 1, !"wchar_size", i32 4}
!55 = !{i32 8, !"PIC Level", i32 2}
!56 = !{i32 7, !"PIE Level", i32 2}
!57 = !{i32 7, !"uwtable", i32 2}
!58 = !{i32 7, !"frame-pointer", i32 2}
!59 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!60 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 49, type: !61, scopeLine: 49, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !63)
!61 = !DISubroutineType(types: !62)
!62 = !{!49}
!63 = !{}
!64 = !DILocalVariable(name: "base", scope: !60, file: !3, line: 50, type: !65)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 10, flags: DIFlagFwdDecl)
!67 = !DILocation(line: 50, column: 22, scope: !60)
!68 = !DILocation(line: 50, column: 29, scope: !60)
!69 = !DILocalVariable(name: "sfd", scope: !60, file: !3, line: 51, type: !49)
!70 = !DILocation(line: 51, column: 7, scope: !60)
!71 = !DILocation(line: 51, column: 13, scope: !60)
!72 = !DILocalVariable(name: "sa", scope: !60, file: !3, line: 52, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !74, line: 245, size: 128, elements: !75)
!74 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!75 = !{!76, !77, !83, !90}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !73, file: !74, line: 247, baseType: !24, size: 16)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !73, file: !74, line: 248, baseType: !78, size: 16, offset: 16)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !74, line: 123, baseType: !79)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !80, line: 25, baseType: !81)
!80 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !82, line: 40, baseType: !26)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !73, file: !74, line: 249, baseType: !84, size: 32, offset: 32)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !74, line: 31, size: 32, elements: !85)
!85 = !{!86}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !84, file: !74, line: 33, baseType: !87, size: 32)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !74, line: 30, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !80, line: 26, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !82, line: 42, baseType: !7)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !73, file: !74, line: 252, baseType: !91, size: 64, offset: 64)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !92, size: 64, elements: !93)
!92 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!93 = !{!94}
!94 = !DISubrange(count: 8)
!95 = !DILocation(line: 52, column: 22, scope: !60)
!96 = !DILocation(line: 53, column: 3, scope: !60)
!97 = !DILocation(line: 54, column: 6, scope: !60)
!98 = !DILocation(line: 54, column: 17, scope: !60)
!99 = !DILocation(line: 55, column: 17, scope: !60)
!100 = !DILocation(line: 55, column: 6, scope: !60)
!101 = !DILocation(line: 55, column: 15, scope: !60)
!102 = !DILocation(line: 56, column: 12, scope: !103)
!103 = distinct !DILexicalBlock(scope: !60, file: !3, line: 56, column: 7)
!104 = !DILocation(line: 56, column: 7, scope: !103)
!105 = !DILocation(line: 56, column: 53, scope: !103)
!106 = !DILocation(line: 56, column: 57, scope: !103)
!107 = !DILocation(line: 56, column: 60, scope: !103)
!108 = !DILocation(line: 56, column: 7, scope: !60)
!109 = !DILocation(line: 57, column: 5, scope: !103)
!110 = !DILocation(line: 58, column: 3, scope: !60)
!111 = !DILocation(line: 59, column: 25, scope: !60)
!112 = !DILocation(line: 59, column: 3, scope: !60)
!113 = !DILocation(line: 60, column: 22, scope: !60)
!114 = !DILocation(line: 60, column: 3, scope: !60)
!115 = !DILocation(line: 61, column: 3, scope: !60)
!116 = !DILocation(line: 62, column: 3, scope: !60)
!117 = !DILocation(line: 63, column: 3, scope: !60)
!118 = !DILocation(line: 64, column: 26, scope: !60)
!119 = !DILocation(line: 64, column: 10, scope: !60)
!120 = !DILocation(line: 64, column: 3, scope: !60)
!121 = !DILocation(line: 65, column: 1, scope: !60)
!122 = distinct !DISubprogram(name: "clock_handler", scope: !3, file: !3, line: 27, type: !123, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !63)
!123 = !DISubroutineType(types: !124)
!124 = !{null, !49, !125, !126}
!125 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!126 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!127 = !DILocalVariable(name: "fd", arg: 1, scope: !122, file: !3, line: 27, type: !49)
!128 = !DILocation(line: 27, column: 31, scope: !122)
!129 = !DILocalVariable(name: "which", arg: 2, scope: !122, file: !3, line: 27, type: !125)
!130 = !DILocation(line: 27, column: 41, scope: !122)
!131 = !DILocalVariable(name: "arg", arg: 3, scope: !122, file: !3, line: 27, type: !126)
!132 = !DILocation(line: 27, column: 54, scope: !122)
!133 = !DILocation(line: 28, column: 9, scope: !122)
!134 = !DILocation(line: 28, column: 19, scope: !122)
!135 = !DILocation(line: 28, column: 32, scope: !122)
!136 = !DILocation(line: 29, column: 15, scope: !122)
!137 = !DILocation(line: 30, column: 1, scope: !122)
!138 = distinct !DISubprogram(name: "notify_handler", scope: !3, file: !3, line: 32, type: !123, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !63)
!139 = !DILocalVariable(name: "fd", arg: 1, scope: !138, file: !3, line: 32, type: !49)
!140 = !DILocation(line: 32, column: 32, scope: !138)
!141 = !DILocalVariable(name: "which", arg: 2, scope: !138, file: !3, line: 32, type: !125)
!142 = !DILocation(line: 32, column: 42, scope: !138)
!143 = !DILocalVariable(name: "arg", arg: 3, scope: !138, file: !3, line: 32, type: !126)
!144 = !DILocation(line: 32, column: 55, scope: !138)
!145 = !DILocalVariable(name: "c", scope: !138, file: !3, line: 33, type: !29)
!146 = !DILocation(line: 33, column: 8, scope: !138)
!147 = !DILocation(line: 34, column: 9, scope: !138)
!148 = !DILocation(line: 34, column: 22, scope: !138)
!149 = !DILocation(line: 35, column: 12, scope: !150)
!150 = distinct !DILexicalBlock(scope: !138, file: !3, line: 35, column: 7)
!151 = !DILocation(line: 35, column: 7, scope: !150)
!152 = !DILocation(line: 35, column: 23, scope: !150)
!153 = !DILocation(line: 35, column: 7, scope: !138)
!154 = !DILocation(line: 36, column: 5, scope: !150)
!155 = !DILocation(line: 37, column: 1, scope: !138)
!156 = distinct !DISubprogram(name: "udp_handler", scope: !3, file: !3, line: 39, type: !123, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !63)
!157 = !DILocalVariable(name: "fd", arg: 1, scope: !156, file: !3, line: 39, type: !49)
!158 = !DILocation(line: 39, column: 29, scope: !156)
!159 = !DILocalVariable(name: "which", arg: 2, scope: !156, file: !3, line: 39, type: !125)
!160 = !DILocation(line: 39, column: 39, scope: !156)
!161 = !DILocalVariable(name: "arg", arg: 3, scope: !156, file: !3, line: 39, type: !126)
!162 = !DILocation(line: 39, column: 52, scope: !156)
!163 = !DILocalVariable(name: "buf", scope: !156, file: !3, line: 40, type: !164)
!164 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !165)
!165 = !{!166}
!166 = !DISubrange(count: 256)
!167 = !DILocation(line: 40, column: 8, scope: !156)
!168 = !DILocalVariable(name: "peer", scope: !156, file: !3, line: 41, type: !73)
!169 = !DILocation(line: 41, column: 22, scope: !156)
!170 = !DILocalVariable(name: "len", scope: !156, file: !3, line: 42, type: !171)
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !172)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !82, line: 210, baseType: !7)
!173 = !DILocation(line: 42, column: 13, scope: !156)
!174 = !DILocation(line: 43, column: 9, scope: !156)
!175 = !DILocation(line: 43, column: 22, scope: !156)
!176 = !DILocalVariable(name: "n", scope: !156, file: !3, line: 44, type: !177)
!177 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !178, line: 108, baseType: !179)
!178 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !82, line: 194, baseType: !180)
!180 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!181 = !DILocation(line: 44, column: 11, scope: !156)
!182 = !DILocation(line: 44, column: 24, scope: !156)
!183 = !DILocation(line: 44, column: 28, scope: !156)
!184 = !DILocation(line: 44, column: 15, scope: !156)
!185 = !DILocation(line: 45, column: 7, scope: !186)
!186 = distinct !DILexicalBlock(scope: !156, file: !3, line: 45, column: 7)
!187 = !DILocation(line: 45, column: 9, scope: !186)
!188 = !DILocation(line: 45, column: 7, scope: !156)
!189 = !DILocation(line: 46, column: 12, scope: !186)
!190 = !DILocation(line: 46, column: 16, scope: !186)
!191 = !DILocation(line: 46, column: 21, scope: !186)
!192 = !DILocation(line: 46, column: 53, scope: !186)
!193 = !DILocation(line: 46, column: 5, scope: !186)
!194 = !DILocation(line: 47, column: 1, scope: !156)
