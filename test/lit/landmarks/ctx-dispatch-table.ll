; A server struct with the socket and a log fd side by side, handed to
; handlers in a const dispatch table: s->sock is the socket, s->logfd is
; the log file (field offsets keep them apart through the pointer), and the
; handlers called through the table reply on socket #0 inside the loop.
; The write to the log is known to be a file (no UnknownFdOrigin): the
; struct's address only reaches the program's own handlers.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'ctx-dispatch-table.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at ctx-dispatch-table.c:45
; CHECK-NEXT:   bind: port 5150 address 0.0.0.0 at ctx-dispatch-table.c:51
; CHECK-NEXT: event-loop #0: blocking-recv in main at ctx-dispatch-table.c:55, blocks in recvfrom at ctx-dispatch-table.c:57
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at ctx-dispatch-table.c:57, loop #0
; CHECK-NEXT: io: write on a non-socket fd in log_line at ctx-dispatch-table.c:24, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in cmd_ping at ctx-dispatch-table.c:28, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in cmd_time at ctx-dispatch-table.c:35, loop #0
; CHECK-NEXT: note: IndirectCallInLoop: indirect call inside event loop #0; its targets are not analysed and stay in userspace (ctx-dispatch-table.c:63)
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 2 replies, 1 other I/O
;
; MADE-FROM: Inputs/ctx-dispatch-table.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - ctx-dispatch-table.c

; ModuleID = 'ctx-dispatch-table.c'
source_filename = "ctx-dispatch-table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.server = type { i32, i32, %struct.sockaddr_in, i32, [512 x i8], i64 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [18 x i8] c"/var/log/cmdd.log\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !7
@commands = internal constant [2 x ptr] [ptr @cmd_ping, ptr @cmd_time], align 16, !dbg !12
@.str.2 = private unnamed_addr constant [9 x i8] c"unknown\0A\00", align 1, !dbg !44
@.str.3 = private unnamed_addr constant [6 x i8] c"PONG\0A\00", align 1, !dbg !49
@.str.4 = private unnamed_addr constant [6 x i8] c"ping\0A\00", align 1, !dbg !54
@.str.5 = private unnamed_addr constant [5 x i8] c"%ld\0A\00", align 1, !dbg !56
@.str.6 = private unnamed_addr constant [6 x i8] c"time\0A\00", align 1, !dbg !61

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !118 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.server, align 8
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !122, !DIExpression(), !123)
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 552, i1 false), !dbg !124
  %5 = call i32 (ptr, i32, ...) @open(ptr noundef @.str, i32 noundef 1089, i32 noundef 416), !dbg !125
  %6 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 1, !dbg !126
  store i32 %5, ptr %6, align 4, !dbg !127
  %7 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !128
  %8 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 0, !dbg !129
  store i32 %7, ptr %8, align 8, !dbg !130
    #dbg_declare(ptr %3, !131, !DIExpression(), !132)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !133
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !134
  store i16 2, ptr %9, align 4, !dbg !135
  %10 = call zeroext i16 @htons(i16 noundef zeroext 5150) #7, !dbg !136
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !137
  store i16 %10, ptr %11, align 2, !dbg !138
  %12 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 0, !dbg !139
  %13 = load i32, ptr %12, align 8, !dbg !139
  %14 = icmp slt i32 %13, 0, !dbg !141
  br i1 %14, label %20, label %15, !dbg !142

15:                                               ; preds = %0
  %16 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 0, !dbg !143
  %17 = load i32, ptr %16, align 8, !dbg !143
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #6, !dbg !144
  %19 = icmp slt i32 %18, 0, !dbg !145
  br i1 %19, label %20, label %21, !dbg !146

20:                                               ; preds = %15, %0
  call void @perror(ptr noundef @.str.1), !dbg !147
  ret i32 1, !dbg !149

21:                                               ; preds = %15
  br label %22, !dbg !150

22:                                               ; preds = %51, %35, %21
  %23 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 3, !dbg !151
  store i32 16, ptr %23, align 8, !dbg !155
  %24 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 0, !dbg !156
  %25 = load i32, ptr %24, align 8, !dbg !156
  %26 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 4, !dbg !157
  %27 = getelementptr inbounds [512 x i8], ptr %26, i64 0, i64 0, !dbg !158
  %28 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 2, !dbg !159
  %29 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 3, !dbg !160
  %30 = call i64 @recvfrom(i32 noundef %25, ptr noundef %27, i64 noundef 512, i32 noundef 0, ptr noundef %28, ptr noundef %29), !dbg !161
  %31 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 5, !dbg !162
  store i64 %30, ptr %31, align 8, !dbg !163
  %32 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 5, !dbg !164
  %33 = load i64, ptr %32, align 8, !dbg !164
  %34 = icmp slt i64 %33, 1, !dbg !166
  br i1 %34, label %35, label %36, !dbg !167

35:                                               ; preds = %22
  br label %22, !dbg !168, !llvm.loop !169

36:                                               ; preds = %22
    #dbg_declare(ptr %4, !172, !DIExpression(), !173)
  %37 = getelementptr inbounds %struct.server, ptr %2, i32 0, i32 4, !dbg !174
  %38 = getelementptr inbounds [512 x i8], ptr %37, i64 0, i64 0, !dbg !175
  %39 = load i8, ptr %38, align 4, !dbg !175
  %40 = sext i8 %39 to i32, !dbg !175
  %41 = sub nsw i32 %40, 48, !dbg !176
  store i32 %41, ptr %4, align 4, !dbg !173
  %42 = load i32, ptr %4, align 4, !dbg !177
  %43 = zext i32 %42 to i64, !dbg !177
  %44 = icmp ult i64 %43, 2, !dbg !179
  br i1 %44, label %45, label %50, !dbg !180

45:                                               ; preds = %36
  %46 = load i32, ptr %4, align 4, !dbg !181
  %47 = zext i32 %46 to i64, !dbg !182
  %48 = getelementptr inbounds [2 x ptr], ptr @commands, i64 0, i64 %47, !dbg !182
  %49 = load ptr, ptr %48, align 8, !dbg !182
  call void %49(ptr noundef %2), !dbg !182
  br label %51, !dbg !182

50:                                               ; preds = %36
  call void @log_line(ptr noundef %2, ptr noundef @.str.2), !dbg !183
  br label %51

51:                                               ; preds = %50, %45
  br label %22, !dbg !184, !llvm.loop !169
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

declare i32 @open(ptr noundef, i32 noundef, ...) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare void @perror(ptr noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @log_line(ptr noundef %0, ptr noundef %1) #0 !dbg !185 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !190, !DIExpression(), !191)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !192, !DIExpression(), !193)
  %5 = load ptr, ptr %3, align 8, !dbg !194
  %6 = getelementptr inbounds %struct.server, ptr %5, i32 0, i32 1, !dbg !196
  %7 = load i32, ptr %6, align 4, !dbg !196
  %8 = icmp sge i32 %7, 0, !dbg !197
  br i1 %8, label %9, label %17, !dbg !198

9:                                                ; preds = %2
  %10 = load ptr, ptr %3, align 8, !dbg !199
  %11 = getelementptr inbounds %struct.server, ptr %10, i32 0, i32 1, !dbg !200
  %12 = load i32, ptr %11, align 4, !dbg !200
  %13 = load ptr, ptr %4, align 8, !dbg !201
  %14 = load ptr, ptr %4, align 8, !dbg !202
  %15 = call i64 @strlen(ptr noundef %14) #8, !dbg !203
  %16 = call i64 @write(i32 noundef %12, ptr noundef %13, i64 noundef %15), !dbg !204
  br label %17, !dbg !204

17:                                               ; preds = %9, %2
  ret void, !dbg !205
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cmd_ping(ptr noundef %0) #0 !dbg !206 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !207, !DIExpression(), !208)
  %3 = load ptr, ptr %2, align 8, !dbg !209
  %4 = getelementptr inbounds %struct.server, ptr %3, i32 0, i32 0, !dbg !210
  %5 = load i32, ptr %4, align 8, !dbg !210
  %6 = load ptr, ptr %2, align 8, !dbg !211
  %7 = getelementptr inbounds %struct.server, ptr %6, i32 0, i32 2, !dbg !212
  %8 = load ptr, ptr %2, align 8, !dbg !213
  %9 = getelementptr inbounds %struct.server, ptr %8, i32 0, i32 3, !dbg !214
  %10 = load i32, ptr %9, align 8, !dbg !214
  %11 = call i64 @sendto(i32 noundef %5, ptr noundef @.str.3, i64 noundef 5, i32 noundef 0, ptr noundef %7, i32 noundef %10), !dbg !215
  %12 = load ptr, ptr %2, align 8, !dbg !216
  call void @log_line(ptr noundef %12, ptr noundef @.str.4), !dbg !217
  ret void, !dbg !218
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cmd_time(ptr noundef %0) #0 !dbg !219 {
  %2 = alloca ptr, align 8
  %3 = alloca [32 x i8], align 16
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !220, !DIExpression(), !221)
    #dbg_declare(ptr %3, !222, !DIExpression(), !226)
    #dbg_declare(ptr %4, !227, !DIExpression(), !228)
  %5 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !229
  %6 = call i64 @time(ptr noundef null) #6, !dbg !230
  %7 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %5, i64 noundef 32, ptr noundef @.str.5, i64 noundef %6) #6, !dbg !231
  store i32 %7, ptr %4, align 4, !dbg !228
  %8 = load ptr, ptr %2, align 8, !dbg !232
  %9 = getelementptr inbounds %struct.server, ptr %8, i32 0, i32 0, !dbg !233
  %10 = load i32, ptr %9, align 8, !dbg !233
  %11 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !234
  %12 = load i32, ptr %4, align 4, !dbg !235
  %13 = sext i32 %12 to i64, !dbg !235
  %14 = load ptr, ptr %2, align 8, !dbg !236
  %15 = getelementptr inbounds %struct.server, ptr %14, i32 0, i32 2, !dbg !237
  %16 = load ptr, ptr %2, align 8, !dbg !238
  %17 = getelementptr inbounds %struct.server, ptr %16, i32 0, i32 3, !dbg !239
  %18 = load i32, ptr %17, align 8, !dbg !239
  %19 = call i64 @sendto(i32 noundef %10, ptr noundef %11, i64 noundef %13, i32 noundef 0, ptr noundef %15, i32 noundef %18), !dbg !240
  %20 = load ptr, ptr %2, align 8, !dbg !241
  call void @log_line(ptr noundef %20, ptr noundef @.str.6), !dbg !242
  ret void, !dbg !243
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare i64 @time(ptr noundef) #3

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!110, !111, !112, !113, !114, !115, !116}
!llvm.ident = !{!117}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 44, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "ctx-dispatch-table.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "5955c461eb6de9c5187e5280b4dafe39")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 144, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 18)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 52, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 7)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "commands", scope: !14, file: !2, line: 39, type: !63, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !29, globals: !43, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16}
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !18, size: 32, elements: !19)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!21 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!22 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!23 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!24 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!25 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!26 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!27 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!28 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!29 = !{!30, !18, !42}
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !32, line: 183, size: 128, elements: !33)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!33 = !{!34, !38}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !31, file: !32, line: 185, baseType: !35, size: 16)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !36, line: 28, baseType: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!37 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !31, file: !32, line: 186, baseType: !39, size: 112, offset: 16)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 14)
!42 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!43 = !{!0, !7, !44, !12, !49, !54, !56, !61}
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !46, isLocal: true, isDefinition: true)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 9)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !51, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 6)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(scope: null, file: !2, line: 29, type: !51, isLocal: true, isDefinition: true)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !58, isLocal: true, isDefinition: true)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !59)
!59 = !{!60}
!60 = !DISubrange(count: 5)
!61 = !DIGlobalVariableExpression(var: !62, expr: !DIExpression())
!62 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !51, isLocal: true, isDefinition: true)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !64, size: 128, elements: !108)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64)
!66 = !DISubroutineType(types: !67)
!67 = !{null, !68}
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "server", file: !2, line: 13, size: 4416, elements: !70)
!70 = !{!71, !73, !74, !97, !100, !104}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sock", scope: !69, file: !2, line: 14, baseType: !72, size: 32)
!72 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "logfd", scope: !69, file: !2, line: 15, baseType: !72, size: 32, offset: 32)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "peer", scope: !69, file: !2, line: 16, baseType: !75, size: 128, offset: 64)
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !76, line: 245, size: 128, elements: !77)
!76 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!77 = !{!78, !79, !85, !92}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !75, file: !76, line: 247, baseType: !35, size: 16)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !75, file: !76, line: 248, baseType: !80, size: 16, offset: 16)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !76, line: 123, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !82, line: 25, baseType: !83)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !84, line: 40, baseType: !37)
!84 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !75, file: !76, line: 249, baseType: !86, size: 32, offset: 32)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !76, line: 31, size: 32, elements: !87)
!87 = !{!88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !86, file: !76, line: 33, baseType: !89, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !76, line: 30, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !82, line: 26, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !84, line: 42, baseType: !18)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !75, file: !76, line: 252, baseType: !93, size: 64, offset: 64)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 64, elements: !95)
!94 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "peerlen", scope: !69, file: !2, line: 17, baseType: !98, size: 32, offset: 192)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !32, line: 33, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !84, line: 210, baseType: !18)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "req", scope: !69, file: !2, line: 18, baseType: !101, size: 4096, offset: 224)
!101 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !102)
!102 = !{!103}
!103 = !DISubrange(count: 512)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !69, file: !2, line: 19, baseType: !105, size: 64, offset: 4352)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !106, line: 108, baseType: !107)
!106 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !84, line: 194, baseType: !42)
!108 = !{!109}
!109 = !DISubrange(count: 2)
!110 = !{i32 7, !"Dwarf Version", i32 5}
!111 = !{i32 2, !"Debug Info Version", i32 3}
!112 = !{i32 1, !"wchar_size", i32 4}
!113 = !{i32 8, !"PIC Level", i32 2}
!114 = !{i32 7, !"PIE Level", i32 2}
!115 = !{i32 7, !"uwtable", i32 2}
!116 = !{i32 7, !"frame-pointer", i32 2}
!117 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!118 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 41, type: !119, scopeLine: 41, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !121)
!119 = !DISubroutineType(types: !120)
!120 = !{!72}
!121 = !{}
!122 = !DILocalVariable(name: "srv", scope: !118, file: !2, line: 42, type: !69)
!123 = !DILocation(line: 42, column: 17, scope: !118)
!124 = !DILocation(line: 43, column: 3, scope: !118)
!125 = !DILocation(line: 44, column: 15, scope: !118)
!126 = !DILocation(line: 44, column: 7, scope: !118)
!127 = !DILocation(line: 44, column: 13, scope: !118)
!128 = !DILocation(line: 45, column: 14, scope: !118)
!129 = !DILocation(line: 45, column: 7, scope: !118)
!130 = !DILocation(line: 45, column: 12, scope: !118)
!131 = !DILocalVariable(name: "addr", scope: !118, file: !2, line: 46, type: !75)
!132 = !DILocation(line: 46, column: 22, scope: !118)
!133 = !DILocation(line: 47, column: 3, scope: !118)
!134 = !DILocation(line: 48, column: 8, scope: !118)
!135 = !DILocation(line: 48, column: 19, scope: !118)
!136 = !DILocation(line: 49, column: 19, scope: !118)
!137 = !DILocation(line: 49, column: 8, scope: !118)
!138 = !DILocation(line: 49, column: 17, scope: !118)
!139 = !DILocation(line: 50, column: 11, scope: !140)
!140 = distinct !DILexicalBlock(scope: !118, file: !2, line: 50, column: 7)
!141 = !DILocation(line: 50, column: 16, scope: !140)
!142 = !DILocation(line: 50, column: 20, scope: !140)
!143 = !DILocation(line: 51, column: 16, scope: !140)
!144 = !DILocation(line: 51, column: 7, scope: !140)
!145 = !DILocation(line: 51, column: 62, scope: !140)
!146 = !DILocation(line: 50, column: 7, scope: !118)
!147 = !DILocation(line: 52, column: 5, scope: !148)
!148 = distinct !DILexicalBlock(scope: !140, file: !2, line: 51, column: 67)
!149 = !DILocation(line: 53, column: 5, scope: !148)
!150 = !DILocation(line: 55, column: 3, scope: !118)
!151 = !DILocation(line: 56, column: 9, scope: !152)
!152 = distinct !DILexicalBlock(scope: !153, file: !2, line: 55, column: 12)
!153 = distinct !DILexicalBlock(scope: !154, file: !2, line: 55, column: 3)
!154 = distinct !DILexicalBlock(scope: !118, file: !2, line: 55, column: 3)
!155 = !DILocation(line: 56, column: 17, scope: !152)
!156 = !DILocation(line: 57, column: 28, scope: !152)
!157 = !DILocation(line: 57, column: 38, scope: !152)
!158 = !DILocation(line: 57, column: 34, scope: !152)
!159 = !DILocation(line: 58, column: 48, scope: !152)
!160 = !DILocation(line: 58, column: 59, scope: !152)
!161 = !DILocation(line: 57, column: 15, scope: !152)
!162 = !DILocation(line: 57, column: 9, scope: !152)
!163 = !DILocation(line: 57, column: 13, scope: !152)
!164 = !DILocation(line: 59, column: 13, scope: !165)
!165 = distinct !DILexicalBlock(scope: !152, file: !2, line: 59, column: 9)
!166 = !DILocation(line: 59, column: 17, scope: !165)
!167 = !DILocation(line: 59, column: 9, scope: !152)
!168 = !DILocation(line: 60, column: 7, scope: !165)
!169 = distinct !{!169, !170, !171}
!170 = !DILocation(line: 55, column: 3, scope: !154)
!171 = !DILocation(line: 66, column: 3, scope: !154)
!172 = !DILocalVariable(name: "op", scope: !152, file: !2, line: 61, type: !18)
!173 = !DILocation(line: 61, column: 14, scope: !152)
!174 = !DILocation(line: 61, column: 34, scope: !152)
!175 = !DILocation(line: 61, column: 30, scope: !152)
!176 = !DILocation(line: 61, column: 41, scope: !152)
!177 = !DILocation(line: 62, column: 9, scope: !178)
!178 = distinct !DILexicalBlock(scope: !152, file: !2, line: 62, column: 9)
!179 = !DILocation(line: 62, column: 12, scope: !178)
!180 = !DILocation(line: 62, column: 9, scope: !152)
!181 = !DILocation(line: 63, column: 16, scope: !178)
!182 = !DILocation(line: 63, column: 7, scope: !178)
!183 = !DILocation(line: 65, column: 7, scope: !178)
!184 = !DILocation(line: 55, column: 3, scope: !153)
!185 = distinct !DISubprogram(name: "log_line", scope: !2, file: !2, line: 22, type: !186, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !121)
!186 = !DISubroutineType(types: !187)
!187 = !{null, !68, !188}
!188 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !189, size: 64)
!189 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!190 = !DILocalVariable(name: "s", arg: 1, scope: !185, file: !2, line: 22, type: !68)
!191 = !DILocation(line: 22, column: 37, scope: !185)
!192 = !DILocalVariable(name: "what", arg: 2, scope: !185, file: !2, line: 22, type: !188)
!193 = !DILocation(line: 22, column: 52, scope: !185)
!194 = !DILocation(line: 23, column: 7, scope: !195)
!195 = distinct !DILexicalBlock(scope: !185, file: !2, line: 23, column: 7)
!196 = !DILocation(line: 23, column: 10, scope: !195)
!197 = !DILocation(line: 23, column: 16, scope: !195)
!198 = !DILocation(line: 23, column: 7, scope: !185)
!199 = !DILocation(line: 24, column: 11, scope: !195)
!200 = !DILocation(line: 24, column: 14, scope: !195)
!201 = !DILocation(line: 24, column: 21, scope: !195)
!202 = !DILocation(line: 24, column: 34, scope: !195)
!203 = !DILocation(line: 24, column: 27, scope: !195)
!204 = !DILocation(line: 24, column: 5, scope: !195)
!205 = !DILocation(line: 25, column: 1, scope: !185)
!206 = distinct !DISubprogram(name: "cmd_ping", scope: !2, file: !2, line: 27, type: !66, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !121)
!207 = !DILocalVariable(name: "s", arg: 1, scope: !206, file: !2, line: 27, type: !68)
!208 = !DILocation(line: 27, column: 37, scope: !206)
!209 = !DILocation(line: 28, column: 10, scope: !206)
!210 = !DILocation(line: 28, column: 13, scope: !206)
!211 = !DILocation(line: 28, column: 55, scope: !206)
!212 = !DILocation(line: 28, column: 58, scope: !206)
!213 = !DILocation(line: 28, column: 64, scope: !206)
!214 = !DILocation(line: 28, column: 67, scope: !206)
!215 = !DILocation(line: 28, column: 3, scope: !206)
!216 = !DILocation(line: 29, column: 12, scope: !206)
!217 = !DILocation(line: 29, column: 3, scope: !206)
!218 = !DILocation(line: 30, column: 1, scope: !206)
!219 = distinct !DISubprogram(name: "cmd_time", scope: !2, file: !2, line: 32, type: !66, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !121)
!220 = !DILocalVariable(name: "s", arg: 1, scope: !219, file: !2, line: 32, type: !68)
!221 = !DILocation(line: 32, column: 37, scope: !219)
!222 = !DILocalVariable(name: "out", scope: !219, file: !2, line: 33, type: !223)
!223 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 256, elements: !224)
!224 = !{!225}
!225 = !DISubrange(count: 32)
!226 = !DILocation(line: 33, column: 8, scope: !219)
!227 = !DILocalVariable(name: "n", scope: !219, file: !2, line: 34, type: !72)
!228 = !DILocation(line: 34, column: 7, scope: !219)
!229 = !DILocation(line: 34, column: 20, scope: !219)
!230 = !DILocation(line: 34, column: 53, scope: !219)
!231 = !DILocation(line: 34, column: 11, scope: !219)
!232 = !DILocation(line: 35, column: 10, scope: !219)
!233 = !DILocation(line: 35, column: 13, scope: !219)
!234 = !DILocation(line: 35, column: 19, scope: !219)
!235 = !DILocation(line: 35, column: 24, scope: !219)
!236 = !DILocation(line: 35, column: 50, scope: !219)
!237 = !DILocation(line: 35, column: 53, scope: !219)
!238 = !DILocation(line: 35, column: 59, scope: !219)
!239 = !DILocation(line: 35, column: 62, scope: !219)
!240 = !DILocation(line: 35, column: 3, scope: !219)
!241 = !DILocation(line: 36, column: 12, scope: !219)
!242 = !DILocation(line: 36, column: 3, scope: !219)
!243 = !DILocation(line: 37, column: 1, scope: !219)
