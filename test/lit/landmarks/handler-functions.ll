; Socket setup in one function, the blocking loop in main, the receive in
; handle_request() and the send in reply_with(), which gets the fd as a
; parameter: the fd is traced through return values and arguments, and the
; loop through the call chain.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'handler-functions.c'
; CHECK-NEXT: socket #0: udp ipv4, created in setup at handler-functions.c:42
; CHECK-NEXT:   bind: port 3737 address 0.0.0.0 at handler-functions.c:49
; CHECK-NEXT: event-loop #0: blocking-recv in main at handler-functions.c:63, blocks in recvfrom at handler-functions.c:30
; CHECK-NEXT: arrival: recvfrom on socket #0 in handle_request at handler-functions.c:30, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in reply_with at handler-functions.c:22, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/handler-functions.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - handler-functions.c

; ModuleID = 'handler-functions.c'
source_filename = "handler-functions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.request = type { [256 x i8], i64, %struct.sockaddr_in, i32 }

@.str = private unnamed_addr constant [6 x i8] c"setup\00", align 1, !dbg !0
@stderr = external global ptr, align 8
@.str.1 = private unnamed_addr constant [14 x i8] c"%lu requests\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [20 x i8] c"%Y-%m-%dT%H:%M:%SZ\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"sendto\00", align 1, !dbg !17

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !58 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !63, !DIExpression(), !64)
  %4 = call i32 @setup(), !dbg !65
  store i32 %4, ptr %2, align 4, !dbg !64
  %5 = load i32, ptr %2, align 4, !dbg !66
  %6 = icmp slt i32 %5, 0, !dbg !68
  br i1 %6, label %7, label %8, !dbg !69

7:                                                ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !70
  ret i32 1, !dbg !72

8:                                                ; preds = %0
    #dbg_declare(ptr %3, !73, !DIExpression(), !75)
  store i64 0, ptr %3, align 8, !dbg !75
  br label %9, !dbg !76

9:                                                ; preds = %8, %22
  %10 = load i32, ptr %2, align 4, !dbg !77
  %11 = call i32 @handle_request(i32 noundef %10), !dbg !80
  %12 = icmp eq i32 %11, 0, !dbg !81
  br i1 %12, label %13, label %22, !dbg !82

13:                                               ; preds = %9
  %14 = load i64, ptr %3, align 8, !dbg !83
  %15 = add i64 %14, 1, !dbg !83
  store i64 %15, ptr %3, align 8, !dbg !83
  %16 = urem i64 %15, 100000, !dbg !84
  %17 = icmp eq i64 %16, 0, !dbg !85
  br i1 %17, label %18, label %22, !dbg !86

18:                                               ; preds = %13
  %19 = load ptr, ptr @stderr, align 8, !dbg !87
  %20 = load i64, ptr %3, align 8, !dbg !88
  %21 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %19, ptr noundef @.str.1, i64 noundef %20) #6, !dbg !89
  br label %22, !dbg !89

22:                                               ; preds = %18, %13, %9
  br label %9, !dbg !76, !llvm.loop !90
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @setup() #0 !dbg !92 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
    #dbg_declare(ptr %2, !93, !DIExpression(), !94)
  %4 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !95
  store i32 %4, ptr %2, align 4, !dbg !94
  %5 = load i32, ptr %2, align 4, !dbg !96
  %6 = icmp slt i32 %5, 0, !dbg !98
  br i1 %6, label %7, label %8, !dbg !99

7:                                                ; preds = %0
  store i32 -1, ptr %1, align 4, !dbg !100
  br label %20, !dbg !100

8:                                                ; preds = %0
    #dbg_declare(ptr %3, !101, !DIExpression(), !124)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !125
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !126
  store i16 2, ptr %9, align 4, !dbg !127
  %10 = call zeroext i16 @htons(i16 noundef zeroext 3737) #7, !dbg !128
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !129
  store i16 %10, ptr %11, align 2, !dbg !130
  %12 = load i32, ptr %2, align 4, !dbg !131
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #6, !dbg !133
  %14 = icmp slt i32 %13, 0, !dbg !134
  br i1 %14, label %15, label %18, !dbg !135

15:                                               ; preds = %8
  %16 = load i32, ptr %2, align 4, !dbg !136
  %17 = call i32 @close(i32 noundef %16), !dbg !138
  store i32 -1, ptr %1, align 4, !dbg !139
  br label %20, !dbg !139

18:                                               ; preds = %8
  %19 = load i32, ptr %2, align 4, !dbg !140
  store i32 %19, ptr %1, align 4, !dbg !141
  br label %20, !dbg !141

20:                                               ; preds = %18, %15, %7
  %21 = load i32, ptr %1, align 4, !dbg !142
  ret i32 %21, !dbg !142
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @handle_request(i32 noundef %0) #0 !dbg !143 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.request, align 8
  %5 = alloca [64 x i8], align 16
  %6 = alloca i64, align 8
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !146, !DIExpression(), !147)
    #dbg_declare(ptr %4, !148, !DIExpression(), !164)
  %7 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 3, !dbg !165
  store i32 16, ptr %7, align 8, !dbg !166
  %8 = load i32, ptr %3, align 4, !dbg !167
  %9 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 0, !dbg !168
  %10 = getelementptr inbounds [256 x i8], ptr %9, i64 0, i64 0, !dbg !169
  %11 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 2, !dbg !170
  %12 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 3, !dbg !171
  %13 = call i64 @recvfrom(i32 noundef %8, ptr noundef %10, i64 noundef 256, i32 noundef 0, ptr noundef %11, ptr noundef %12), !dbg !172
  %14 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 1, !dbg !173
  store i64 %13, ptr %14, align 8, !dbg !174
  %15 = getelementptr inbounds %struct.request, ptr %4, i32 0, i32 1, !dbg !175
  %16 = load i64, ptr %15, align 8, !dbg !175
  %17 = icmp slt i64 %16, 0, !dbg !177
  br i1 %17, label %18, label %19, !dbg !178

18:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !179
  br label %26, !dbg !179

19:                                               ; preds = %1
    #dbg_declare(ptr %5, !180, !DIExpression(), !184)
    #dbg_declare(ptr %6, !185, !DIExpression(), !189)
  %20 = call i64 @time(ptr noundef null) #6, !dbg !190
  store i64 %20, ptr %6, align 8, !dbg !189
  %21 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0, !dbg !191
  %22 = call ptr @gmtime(ptr noundef %6) #6, !dbg !192
  %23 = call i64 @strftime(ptr noundef %21, i64 noundef 64, ptr noundef @.str.2, ptr noundef %22) #6, !dbg !193
  %24 = load i32, ptr %3, align 4, !dbg !194
  %25 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0, !dbg !195
  call void @reply_with(i32 noundef %24, ptr noundef %4, ptr noundef %25), !dbg !196
  store i32 0, ptr %2, align 4, !dbg !197
  br label %26, !dbg !197

26:                                               ; preds = %19, %18
  %27 = load i32, ptr %2, align 4, !dbg !198
  ret i32 %27, !dbg !198
}

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #2

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

; Function Attrs: nounwind
declare i64 @time(ptr noundef) #2

; Function Attrs: nounwind
declare i64 @strftime(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare ptr @gmtime(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reply_with(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !199 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !206, !DIExpression(), !207)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !208, !DIExpression(), !209)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !210, !DIExpression(), !211)
    #dbg_declare(ptr %7, !212, !DIExpression(), !215)
  %8 = load ptr, ptr %6, align 8, !dbg !216
  %9 = call i64 @strlen(ptr noundef %8) #8, !dbg !217
  store i64 %9, ptr %7, align 8, !dbg !215
  %10 = load i32, ptr %4, align 4, !dbg !218
  %11 = load ptr, ptr %6, align 8, !dbg !220
  %12 = load i64, ptr %7, align 8, !dbg !221
  %13 = load ptr, ptr %5, align 8, !dbg !222
  %14 = getelementptr inbounds %struct.request, ptr %13, i32 0, i32 2, !dbg !223
  %15 = load ptr, ptr %5, align 8, !dbg !224
  %16 = getelementptr inbounds %struct.request, ptr %15, i32 0, i32 3, !dbg !225
  %17 = load i32, ptr %16, align 8, !dbg !225
  %18 = call i64 @sendto(i32 noundef %10, ptr noundef %11, i64 noundef %12, i32 noundef 0, ptr noundef %14, i32 noundef %17), !dbg !226
  %19 = icmp slt i64 %18, 0, !dbg !227
  br i1 %19, label %20, label %21, !dbg !228

20:                                               ; preds = %3
  call void @perror(ptr noundef @.str.3), !dbg !229
  br label %21, !dbg !229

21:                                               ; preds = %20, %3
  ret void, !dbg !230
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!22}
!llvm.module.flags = !{!50, !51, !52, !53, !54, !55, !56}
!llvm.ident = !{!57}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "handler-functions.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "7813f46142fb5515827ec71f6e09c83b")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 6)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 14)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 20)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 7)
!22 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !23, retainedTypes: !37, globals: !49, splitDebugInlining: false, nameTableKind: None)
!23 = !{!24}
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
!37 = !{!38, !47}
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !40, line: 183, size: 128, elements: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!41 = !{!42, !46}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !39, file: !40, line: 185, baseType: !43, size: 16)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !44, line: 28, baseType: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!45 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !39, file: !40, line: 186, baseType: !9, size: 112, offset: 16)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64)
!48 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !39)
!49 = !{!0, !7, !12, !17}
!50 = !{i32 7, !"Dwarf Version", i32 5}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = !{i32 1, !"wchar_size", i32 4}
!53 = !{i32 8, !"PIC Level", i32 2}
!54 = !{i32 7, !"PIE Level", i32 2}
!55 = !{i32 7, !"uwtable", i32 2}
!56 = !{i32 7, !"frame-pointer", i32 2}
!57 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!58 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 56, type: !59, scopeLine: 56, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !22, retainedNodes: !62)
!59 = !DISubroutineType(types: !60)
!60 = !{!61}
!61 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!62 = !{}
!63 = !DILocalVariable(name: "fd", scope: !58, file: !2, line: 57, type: !61)
!64 = !DILocation(line: 57, column: 7, scope: !58)
!65 = !DILocation(line: 57, column: 12, scope: !58)
!66 = !DILocation(line: 58, column: 7, scope: !67)
!67 = distinct !DILexicalBlock(scope: !58, file: !2, line: 58, column: 7)
!68 = !DILocation(line: 58, column: 10, scope: !67)
!69 = !DILocation(line: 58, column: 7, scope: !58)
!70 = !DILocation(line: 59, column: 5, scope: !71)
!71 = distinct !DILexicalBlock(scope: !67, file: !2, line: 58, column: 15)
!72 = !DILocation(line: 60, column: 5, scope: !71)
!73 = !DILocalVariable(name: "served", scope: !58, file: !2, line: 62, type: !74)
!74 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!75 = !DILocation(line: 62, column: 17, scope: !58)
!76 = !DILocation(line: 63, column: 3, scope: !58)
!77 = !DILocation(line: 64, column: 24, scope: !78)
!78 = distinct !DILexicalBlock(scope: !79, file: !2, line: 64, column: 9)
!79 = distinct !DILexicalBlock(scope: !58, file: !2, line: 63, column: 13)
!80 = !DILocation(line: 64, column: 9, scope: !78)
!81 = !DILocation(line: 64, column: 28, scope: !78)
!82 = !DILocation(line: 64, column: 33, scope: !78)
!83 = !DILocation(line: 64, column: 36, scope: !78)
!84 = !DILocation(line: 64, column: 45, scope: !78)
!85 = !DILocation(line: 64, column: 54, scope: !78)
!86 = !DILocation(line: 64, column: 9, scope: !79)
!87 = !DILocation(line: 65, column: 15, scope: !78)
!88 = !DILocation(line: 65, column: 41, scope: !78)
!89 = !DILocation(line: 65, column: 7, scope: !78)
!90 = distinct !{!90, !76, !91}
!91 = !DILocation(line: 66, column: 3, scope: !58)
!92 = distinct !DISubprogram(name: "setup", scope: !2, file: !2, line: 41, type: !59, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !22, retainedNodes: !62)
!93 = !DILocalVariable(name: "fd", scope: !92, file: !2, line: 42, type: !61)
!94 = !DILocation(line: 42, column: 7, scope: !92)
!95 = !DILocation(line: 42, column: 12, scope: !92)
!96 = !DILocation(line: 43, column: 7, scope: !97)
!97 = distinct !DILexicalBlock(scope: !92, file: !2, line: 43, column: 7)
!98 = !DILocation(line: 43, column: 10, scope: !97)
!99 = !DILocation(line: 43, column: 7, scope: !92)
!100 = !DILocation(line: 44, column: 5, scope: !97)
!101 = !DILocalVariable(name: "addr", scope: !92, file: !2, line: 45, type: !102)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !103, line: 245, size: 128, elements: !104)
!103 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!104 = !{!105, !106, !112, !119}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !102, file: !103, line: 247, baseType: !43, size: 16)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !102, file: !103, line: 248, baseType: !107, size: 16, offset: 16)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !103, line: 123, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !109, line: 25, baseType: !110)
!109 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !111, line: 40, baseType: !45)
!111 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!112 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !102, file: !103, line: 249, baseType: !113, size: 32, offset: 32)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !103, line: 31, size: 32, elements: !114)
!114 = !{!115}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !113, file: !103, line: 33, baseType: !116, size: 32)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !103, line: 30, baseType: !117)
!117 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !109, line: 26, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !111, line: 42, baseType: !26)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !102, file: !103, line: 252, baseType: !120, size: 64, offset: 64)
!120 = !DICompositeType(tag: DW_TAG_array_type, baseType: !121, size: 64, elements: !122)
!121 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!122 = !{!123}
!123 = !DISubrange(count: 8)
!124 = !DILocation(line: 45, column: 22, scope: !92)
!125 = !DILocation(line: 46, column: 3, scope: !92)
!126 = !DILocation(line: 47, column: 8, scope: !92)
!127 = !DILocation(line: 47, column: 19, scope: !92)
!128 = !DILocation(line: 48, column: 19, scope: !92)
!129 = !DILocation(line: 48, column: 8, scope: !92)
!130 = !DILocation(line: 48, column: 17, scope: !92)
!131 = !DILocation(line: 49, column: 12, scope: !132)
!132 = distinct !DILexicalBlock(scope: !92, file: !2, line: 49, column: 7)
!133 = !DILocation(line: 49, column: 7, scope: !132)
!134 = !DILocation(line: 49, column: 56, scope: !132)
!135 = !DILocation(line: 49, column: 7, scope: !92)
!136 = !DILocation(line: 50, column: 11, scope: !137)
!137 = distinct !DILexicalBlock(scope: !132, file: !2, line: 49, column: 61)
!138 = !DILocation(line: 50, column: 5, scope: !137)
!139 = !DILocation(line: 51, column: 5, scope: !137)
!140 = !DILocation(line: 53, column: 10, scope: !92)
!141 = !DILocation(line: 53, column: 3, scope: !92)
!142 = !DILocation(line: 54, column: 1, scope: !92)
!143 = distinct !DISubprogram(name: "handle_request", scope: !2, file: !2, line: 27, type: !144, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !22, retainedNodes: !62)
!144 = !DISubroutineType(types: !145)
!145 = !{!61, !61}
!146 = !DILocalVariable(name: "sockfd", arg: 1, scope: !143, file: !2, line: 27, type: !61)
!147 = !DILocation(line: 27, column: 31, scope: !143)
!148 = !DILocalVariable(name: "rq", scope: !143, file: !2, line: 28, type: !149)
!149 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "request", file: !2, line: 13, size: 2304, elements: !150)
!150 = !{!151, !155, !160, !161}
!151 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !149, file: !2, line: 14, baseType: !152, size: 2048)
!152 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !153)
!153 = !{!154}
!154 = !DISubrange(count: 256)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !149, file: !2, line: 15, baseType: !156, size: 64, offset: 2048)
!156 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !157, line: 108, baseType: !158)
!157 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!158 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !111, line: 194, baseType: !159)
!159 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "from", scope: !149, file: !2, line: 16, baseType: !102, size: 128, offset: 2112)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "fromlen", scope: !149, file: !2, line: 17, baseType: !162, size: 32, offset: 2240)
!162 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !40, line: 33, baseType: !163)
!163 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !111, line: 210, baseType: !26)
!164 = !DILocation(line: 28, column: 18, scope: !143)
!165 = !DILocation(line: 29, column: 6, scope: !143)
!166 = !DILocation(line: 29, column: 14, scope: !143)
!167 = !DILocation(line: 30, column: 21, scope: !143)
!168 = !DILocation(line: 30, column: 32, scope: !143)
!169 = !DILocation(line: 30, column: 29, scope: !143)
!170 = !DILocation(line: 31, column: 44, scope: !143)
!171 = !DILocation(line: 31, column: 54, scope: !143)
!172 = !DILocation(line: 30, column: 12, scope: !143)
!173 = !DILocation(line: 30, column: 6, scope: !143)
!174 = !DILocation(line: 30, column: 10, scope: !143)
!175 = !DILocation(line: 32, column: 10, scope: !176)
!176 = distinct !DILexicalBlock(scope: !143, file: !2, line: 32, column: 7)
!177 = !DILocation(line: 32, column: 14, scope: !176)
!178 = !DILocation(line: 32, column: 7, scope: !143)
!179 = !DILocation(line: 33, column: 5, scope: !176)
!180 = !DILocalVariable(name: "text", scope: !143, file: !2, line: 34, type: !181)
!181 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !182)
!182 = !{!183}
!183 = !DISubrange(count: 64)
!184 = !DILocation(line: 34, column: 8, scope: !143)
!185 = !DILocalVariable(name: "now", scope: !143, file: !2, line: 35, type: !186)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "time_t", file: !187, line: 10, baseType: !188)
!187 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/time_t.h", directory: "", checksumkind: CSK_MD5, checksum: "5c299a4954617c88bb03645c7864e1b1")
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !111, line: 160, baseType: !159)
!189 = !DILocation(line: 35, column: 10, scope: !143)
!190 = !DILocation(line: 35, column: 16, scope: !143)
!191 = !DILocation(line: 36, column: 12, scope: !143)
!192 = !DILocation(line: 36, column: 56, scope: !143)
!193 = !DILocation(line: 36, column: 3, scope: !143)
!194 = !DILocation(line: 37, column: 14, scope: !143)
!195 = !DILocation(line: 37, column: 27, scope: !143)
!196 = !DILocation(line: 37, column: 3, scope: !143)
!197 = !DILocation(line: 38, column: 3, scope: !143)
!198 = !DILocation(line: 39, column: 1, scope: !143)
!199 = distinct !DISubprogram(name: "reply_with", scope: !2, file: !2, line: 20, type: !200, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !22, retainedNodes: !62)
!200 = !DISubroutineType(types: !201)
!201 = !{null, !61, !202, !204}
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !203, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !149)
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !205, size: 64)
!205 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!206 = !DILocalVariable(name: "out_fd", arg: 1, scope: !199, file: !2, line: 20, type: !61)
!207 = !DILocation(line: 20, column: 28, scope: !199)
!208 = !DILocalVariable(name: "rq", arg: 2, scope: !199, file: !2, line: 20, type: !202)
!209 = !DILocation(line: 20, column: 58, scope: !199)
!210 = !DILocalVariable(name: "text", arg: 3, scope: !199, file: !2, line: 20, type: !204)
!211 = !DILocation(line: 20, column: 74, scope: !199)
!212 = !DILocalVariable(name: "n", scope: !199, file: !2, line: 21, type: !213)
!213 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !214, line: 18, baseType: !74)
!214 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!215 = !DILocation(line: 21, column: 10, scope: !199)
!216 = !DILocation(line: 21, column: 21, scope: !199)
!217 = !DILocation(line: 21, column: 14, scope: !199)
!218 = !DILocation(line: 22, column: 14, scope: !219)
!219 = distinct !DILexicalBlock(scope: !199, file: !2, line: 22, column: 7)
!220 = !DILocation(line: 22, column: 22, scope: !219)
!221 = !DILocation(line: 22, column: 28, scope: !219)
!222 = !DILocation(line: 22, column: 60, scope: !219)
!223 = !DILocation(line: 22, column: 64, scope: !219)
!224 = !DILocation(line: 23, column: 14, scope: !219)
!225 = !DILocation(line: 23, column: 18, scope: !219)
!226 = !DILocation(line: 22, column: 7, scope: !219)
!227 = !DILocation(line: 23, column: 27, scope: !219)
!228 = !DILocation(line: 22, column: 7, scope: !199)
!229 = !DILocation(line: 24, column: 5, scope: !219)
!230 = !DILocation(line: 25, column: 1, scope: !199)
