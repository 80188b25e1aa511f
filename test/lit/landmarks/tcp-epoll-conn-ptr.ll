; epoll with ev.data.ptr pointing at heap connection state: the fd read
; and written is c->fd of a calloc'd struct whose pointer comes back out of
; the epoll event array. The data registered with epoll_ctl is followed to
; the heap object and its fd field to accept4().
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-epoll-conn-ptr.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-epoll-conn-ptr.c:58
; CHECK-NEXT:   bind: port 6380 address 0.0.0.0 at tcp-epoll-conn-ptr.c:63
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in on_connect at tcp-epoll-conn-ptr.c:43
; CHECK-NEXT: event-loop #0: epoll in main at tcp-epoll-conn-ptr.c:72, waits in epoll_wait at tcp-epoll-conn-ptr.c:73
; CHECK-NEXT: arrival: read on socket #1 in on_data at tcp-epoll-conn-ptr.c:30, loop #0
; CHECK-NEXT: reply: write on socket #1 in on_data at tcp-epoll-conn-ptr.c:38, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-epoll-conn-ptr.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - tcp-epoll-conn-ptr.c

; ModuleID = 'tcp-epoll-conn-ptr.c'
source_filename = "tcp-epoll-conn-ptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%union.__CONST_SOCKADDR_ARG = type { ptr }
%union.__SOCKADDR_ARG = type { ptr }
%struct.conn = type { i32, i64, [2048 x i8] }

@.str = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !0
@epfd = internal global i32 0, align 4, !dbg !7
@__const.main.ev = private unnamed_addr constant %struct.epoll_event <{ i32 1, %union.epoll_data zeroinitializer }>, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !69 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %union.__CONST_SOCKADDR_ARG, align 8
  %5 = alloca %struct.epoll_event, align 1
  %6 = alloca [64 x %struct.epoll_event], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !73, !DIExpression(), !74)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2049, i32 noundef 0) #7, !dbg !75
  store i32 %10, ptr %2, align 4, !dbg !74
    #dbg_declare(ptr %3, !76, !DIExpression(), !99)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !100
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !101
  store i16 2, ptr %11, align 4, !dbg !102
  %12 = call zeroext i16 @htons(i16 noundef zeroext 6380) #8, !dbg !103
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !104
  store i16 %12, ptr %13, align 2, !dbg !105
  %14 = load i32, ptr %2, align 4, !dbg !106
  %15 = icmp slt i32 %14, 0, !dbg !108
  br i1 %15, label %26, label %16, !dbg !109

16:                                               ; preds = %0
  %17 = load i32, ptr %2, align 4, !dbg !110
  store ptr %3, ptr %4, align 8, !dbg !111
  %18 = getelementptr inbounds %union.__CONST_SOCKADDR_ARG, ptr %4, i32 0, i32 0, !dbg !112
  %19 = load ptr, ptr %18, align 8, !dbg !112
  %20 = call i32 @bind(i32 noundef %17, ptr %19, i32 noundef 16) #7, !dbg !112
  %21 = icmp slt i32 %20, 0, !dbg !113
  br i1 %21, label %26, label %22, !dbg !114

22:                                               ; preds = %16
  %23 = load i32, ptr %2, align 4, !dbg !115
  %24 = call i32 @listen(i32 noundef %23, i32 noundef 4096) #7, !dbg !116
  %25 = icmp slt i32 %24, 0, !dbg !117
  br i1 %25, label %26, label %27, !dbg !118

26:                                               ; preds = %22, %16, %0
  call void @perror(ptr noundef @.str), !dbg !119
  ret i32 1, !dbg !121

27:                                               ; preds = %22
  %28 = call i32 @epoll_create1(i32 noundef 0) #7, !dbg !122
  store i32 %28, ptr @epfd, align 4, !dbg !123
    #dbg_declare(ptr %5, !124, !DIExpression(), !138)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %5, ptr align 1 @__const.main.ev, i64 12, i1 false), !dbg !138
  %29 = load i32, ptr @epfd, align 4, !dbg !139
  %30 = load i32, ptr %2, align 4, !dbg !140
  %31 = call i32 @epoll_ctl(i32 noundef %29, i32 noundef 1, i32 noundef %30, ptr noundef %5) #7, !dbg !141
    #dbg_declare(ptr %6, !142, !DIExpression(), !146)
  br label %32, !dbg !147

32:                                               ; preds = %56, %27
    #dbg_declare(ptr %7, !148, !DIExpression(), !152)
  %33 = load i32, ptr @epfd, align 4, !dbg !153
  %34 = getelementptr inbounds [64 x %struct.epoll_event], ptr %6, i64 0, i64 0, !dbg !154
  %35 = call i32 @epoll_wait(i32 noundef %33, ptr noundef %34, i32 noundef 64, i32 noundef -1), !dbg !155
  store i32 %35, ptr %7, align 4, !dbg !152
    #dbg_declare(ptr %8, !156, !DIExpression(), !158)
  store i32 0, ptr %8, align 4, !dbg !158
  br label %36, !dbg !159

36:                                               ; preds = %53, %32
  %37 = load i32, ptr %8, align 4, !dbg !160
  %38 = load i32, ptr %7, align 4, !dbg !162
  %39 = icmp slt i32 %37, %38, !dbg !163
  br i1 %39, label %40, label %56, !dbg !164

40:                                               ; preds = %36
    #dbg_declare(ptr %9, !165, !DIExpression(), !176)
  %41 = load i32, ptr %8, align 4, !dbg !177
  %42 = sext i32 %41 to i64, !dbg !178
  %43 = getelementptr inbounds [64 x %struct.epoll_event], ptr %6, i64 0, i64 %42, !dbg !178
  %44 = getelementptr inbounds %struct.epoll_event, ptr %43, i32 0, i32 1, !dbg !179
  %45 = load ptr, ptr %44, align 4, !dbg !180
  store ptr %45, ptr %9, align 8, !dbg !176
  %46 = load ptr, ptr %9, align 8, !dbg !181
  %47 = icmp eq ptr %46, null, !dbg !183
  br i1 %47, label %48, label %50, !dbg !184

48:                                               ; preds = %40
  %49 = load i32, ptr %2, align 4, !dbg !185
  call void @on_connect(i32 noundef %49), !dbg !186
  br label %52, !dbg !186

50:                                               ; preds = %40
  %51 = load ptr, ptr %9, align 8, !dbg !187
  call void @on_data(ptr noundef %51), !dbg !188
  br label %52

52:                                               ; preds = %50, %48
  br label %53, !dbg !189

53:                                               ; preds = %52
  %54 = load i32, ptr %8, align 4, !dbg !190
  %55 = add nsw i32 %54, 1, !dbg !190
  store i32 %55, ptr %8, align 4, !dbg !190
  br label %36, !dbg !191, !llvm.loop !192

56:                                               ; preds = %36
  br label %32, !dbg !195, !llvm.loop !196
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #4

; Function Attrs: nounwind
declare i32 @epoll_create1(i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nounwind
declare i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) #1

declare i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @on_connect(i32 noundef %0) #0 !dbg !199 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %union.__SOCKADDR_ARG, align 8
  %5 = alloca ptr, align 8
  %6 = alloca %struct.epoll_event, align 1
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !202, !DIExpression(), !203)
    #dbg_declare(ptr %3, !204, !DIExpression(), !205)
  %7 = load i32, ptr %2, align 4, !dbg !206
  store ptr null, ptr %4, align 8, !dbg !207
  %8 = getelementptr inbounds %union.__SOCKADDR_ARG, ptr %4, i32 0, i32 0, !dbg !208
  %9 = load ptr, ptr %8, align 8, !dbg !208
  %10 = call i32 @accept4(i32 noundef %7, ptr %9, ptr noundef null, i32 noundef 2048), !dbg !208
  store i32 %10, ptr %3, align 4, !dbg !205
  %11 = load i32, ptr %3, align 4, !dbg !209
  %12 = icmp slt i32 %11, 0, !dbg !211
  br i1 %12, label %13, label %14, !dbg !212

13:                                               ; preds = %1
  br label %34, !dbg !213

14:                                               ; preds = %1
    #dbg_declare(ptr %5, !214, !DIExpression(), !215)
  %15 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 2064) #9, !dbg !216
  store ptr %15, ptr %5, align 8, !dbg !215
  %16 = load ptr, ptr %5, align 8, !dbg !217
  %17 = icmp ne ptr %16, null, !dbg !217
  br i1 %17, label %21, label %18, !dbg !219

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4, !dbg !220
  %20 = call i32 @close(i32 noundef %19), !dbg !222
  br label %34, !dbg !223

21:                                               ; preds = %14
  %22 = load i32, ptr %3, align 4, !dbg !224
  %23 = load ptr, ptr %5, align 8, !dbg !225
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 0, !dbg !226
  store i32 %22, ptr %24, align 8, !dbg !227
    #dbg_declare(ptr %6, !228, !DIExpression(), !229)
  %25 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 0, !dbg !230
  store i32 1, ptr %25, align 1, !dbg !230
  %26 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 1, !dbg !230
  %27 = load ptr, ptr %5, align 8, !dbg !231
  store ptr %27, ptr %26, align 1, !dbg !232
  %28 = load i32, ptr @epfd, align 4, !dbg !233
  %29 = load i32, ptr %3, align 4, !dbg !235
  %30 = call i32 @epoll_ctl(i32 noundef %28, i32 noundef 1, i32 noundef %29, ptr noundef %6) #7, !dbg !236
  %31 = icmp slt i32 %30, 0, !dbg !237
  br i1 %31, label %32, label %34, !dbg !238

32:                                               ; preds = %21
  %33 = load ptr, ptr %5, align 8, !dbg !239
  call void @conn_free(ptr noundef %33), !dbg !240
  br label %34, !dbg !240

34:                                               ; preds = %13, %18, %32, %21
  ret void, !dbg !241
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @on_data(ptr noundef %0) #0 !dbg !242 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !245, !DIExpression(), !246)
    #dbg_declare(ptr %3, !247, !DIExpression(), !252)
  %4 = load ptr, ptr %2, align 8, !dbg !253
  %5 = getelementptr inbounds %struct.conn, ptr %4, i32 0, i32 0, !dbg !254
  %6 = load i32, ptr %5, align 8, !dbg !254
  %7 = load ptr, ptr %2, align 8, !dbg !255
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 2, !dbg !256
  %9 = getelementptr inbounds [2048 x i8], ptr %8, i64 0, i64 0, !dbg !255
  %10 = call i64 @read(i32 noundef %6, ptr noundef %9, i64 noundef 2048), !dbg !257
  store i64 %10, ptr %3, align 8, !dbg !252
  %11 = load i64, ptr %3, align 8, !dbg !258
  %12 = icmp sle i64 %11, 0, !dbg !260
  br i1 %12, label %13, label %23, !dbg !261

13:                                               ; preds = %1
  %14 = load i64, ptr %3, align 8, !dbg !262
  %15 = icmp slt i64 %14, 0, !dbg !265
  br i1 %15, label %16, label %21, !dbg !266

16:                                               ; preds = %13
  %17 = call ptr @__errno_location() #8, !dbg !267
  %18 = load i32, ptr %17, align 4, !dbg !267
  %19 = icmp eq i32 %18, 11, !dbg !268
  br i1 %19, label %20, label %21, !dbg !269

20:                                               ; preds = %16
  br label %40, !dbg !270

21:                                               ; preds = %16, %13
  %22 = load ptr, ptr %2, align 8, !dbg !271
  call void @conn_free(ptr noundef %22), !dbg !272
  br label %40, !dbg !273

23:                                               ; preds = %1
  %24 = load i64, ptr %3, align 8, !dbg !274
  %25 = load ptr, ptr %2, align 8, !dbg !275
  %26 = getelementptr inbounds %struct.conn, ptr %25, i32 0, i32 1, !dbg !276
  store i64 %24, ptr %26, align 8, !dbg !277
  %27 = load ptr, ptr %2, align 8, !dbg !278
  %28 = getelementptr inbounds %struct.conn, ptr %27, i32 0, i32 0, !dbg !280
  %29 = load i32, ptr %28, align 8, !dbg !280
  %30 = load ptr, ptr %2, align 8, !dbg !281
  %31 = getelementptr inbounds %struct.conn, ptr %30, i32 0, i32 2, !dbg !282
  %32 = getelementptr inbounds [2048 x i8], ptr %31, i64 0, i64 0, !dbg !281
  %33 = load ptr, ptr %2, align 8, !dbg !283
  %34 = getelementptr inbounds %struct.conn, ptr %33, i32 0, i32 1, !dbg !284
  %35 = load i64, ptr %34, align 8, !dbg !284
  %36 = call i64 @write(i32 noundef %29, ptr noundef %32, i64 noundef %35), !dbg !285
  %37 = icmp slt i64 %36, 0, !dbg !286
  br i1 %37, label %38, label %40, !dbg !287

38:                                               ; preds = %23
  %39 = load ptr, ptr %2, align 8, !dbg !288
  call void @conn_free(ptr noundef %39), !dbg !289
  br label %40, !dbg !289

40:                                               ; preds = %20, %21, %38, %23
  ret void, !dbg !290
}

declare i32 @accept4(i32 noundef, ptr, ptr noundef, i32 noundef) #4

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #6

declare i32 @close(i32 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_free(ptr noundef %0) #0 !dbg !291 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !292, !DIExpression(), !293)
  %3 = load i32, ptr @epfd, align 4, !dbg !294
  %4 = load ptr, ptr %2, align 8, !dbg !295
  %5 = getelementptr inbounds %struct.conn, ptr %4, i32 0, i32 0, !dbg !296
  %6 = load i32, ptr %5, align 8, !dbg !296
  %7 = call i32 @epoll_ctl(i32 noundef %3, i32 noundef 2, i32 noundef %6, ptr noundef null) #7, !dbg !297
  %8 = load ptr, ptr %2, align 8, !dbg !298
  %9 = getelementptr inbounds %struct.conn, ptr %8, i32 0, i32 0, !dbg !299
  %10 = load i32, ptr %9, align 8, !dbg !299
  %11 = call i32 @close(i32 noundef %10), !dbg !300
  %12 = load ptr, ptr %2, align 8, !dbg !301
  call void @free(ptr noundef %12) #7, !dbg !302
  ret void, !dbg !303
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #1

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #4

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__errno_location() #3

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }
attributes #9 = { nounwind allocsize(0,1) }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!61, !62, !63, !64, !65, !66, !67}
!llvm.ident = !{!68}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-epoll-conn-ptr.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "6f71e371f236f4c6fa1634dd07855156")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "epfd", scope: !9, file: !2, line: 21, type: !60, isLocal: true, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !42, globals: !59, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11, !24}
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !12, line: 24, baseType: !13, size: 32, elements: !14)
!12 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!13 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23}
!15 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!16 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!17 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!18 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!19 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!20 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!21 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!22 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!23 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!24 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !25, line: 35, baseType: !13, size: 32, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41}
!27 = !DIEnumerator(name: "EPOLLIN", value: 1)
!28 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!29 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!30 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!31 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!32 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!33 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!34 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!35 = !DIEnumerator(name: "EPOLLERR", value: 8)
!36 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!37 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!38 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!39 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!40 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!41 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!42 = !{!43, !55, !56}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !45, line: 183, size: 128, elements: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!46 = !{!47, !51}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !44, file: !45, line: 185, baseType: !48, size: 16)
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !49, line: 28, baseType: !50)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!50 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !44, file: !45, line: 186, baseType: !52, size: 112, offset: 16)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 14)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !57, line: 18, baseType: !58)
!57 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!58 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!59 = !{!0, !7}
!60 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!61 = !{i32 7, !"Dwarf Version", i32 5}
!62 = !{i32 2, !"Debug Info Version", i32 3}
!63 = !{i32 1, !"wchar_size", i32 4}
!64 = !{i32 8, !"PIC Level", i32 2}
!65 = !{i32 7, !"PIE Level", i32 2}
!66 = !{i32 7, !"uwtable", i32 2}
!67 = !{i32 7, !"frame-pointer", i32 2}
!68 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!69 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 57, type: !70, scopeLine: 57, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !72)
!70 = !DISubroutineType(types: !71)
!71 = !{!60}
!72 = !{}
!73 = !DILocalVariable(name: "lfd", scope: !69, file: !2, line: 58, type: !60)
!74 = !DILocation(line: 58, column: 7, scope: !69)
!75 = !DILocation(line: 58, column: 13, scope: !69)
!76 = !DILocalVariable(name: "sa", scope: !69, file: !2, line: 59, type: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !78, line: 245, size: 128, elements: !79)
!78 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!79 = !{!80, !81, !87, !94}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !77, file: !78, line: 247, baseType: !48, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !77, file: !78, line: 248, baseType: !82, size: 16, offset: 16)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !78, line: 123, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !84, line: 25, baseType: !85)
!84 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !86, line: 40, baseType: !50)
!86 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !77, file: !78, line: 249, baseType: !88, size: 32, offset: 32)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !78, line: 31, size: 32, elements: !89)
!89 = !{!90}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !88, file: !78, line: 33, baseType: !91, size: 32)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !78, line: 30, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !84, line: 26, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !86, line: 42, baseType: !13)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !77, file: !78, line: 252, baseType: !95, size: 64, offset: 64)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 64, elements: !97)
!96 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!97 = !{!98}
!98 = !DISubrange(count: 8)
!99 = !DILocation(line: 59, column: 22, scope: !69)
!100 = !DILocation(line: 60, column: 3, scope: !69)
!101 = !DILocation(line: 61, column: 6, scope: !69)
!102 = !DILocation(line: 61, column: 17, scope: !69)
!103 = !DILocation(line: 62, column: 17, scope: !69)
!104 = !DILocation(line: 62, column: 6, scope: !69)
!105 = !DILocation(line: 62, column: 15, scope: !69)
!106 = !DILocation(line: 63, column: 7, scope: !107)
!107 = distinct !DILexicalBlock(scope: !69, file: !2, line: 63, column: 7)
!108 = !DILocation(line: 63, column: 11, scope: !107)
!109 = !DILocation(line: 63, column: 15, scope: !107)
!110 = !DILocation(line: 63, column: 23, scope: !107)
!111 = !DILocation(line: 63, column: 28, scope: !107)
!112 = !DILocation(line: 63, column: 18, scope: !107)
!113 = !DILocation(line: 63, column: 64, scope: !107)
!114 = !DILocation(line: 63, column: 68, scope: !107)
!115 = !DILocation(line: 64, column: 14, scope: !107)
!116 = !DILocation(line: 64, column: 7, scope: !107)
!117 = !DILocation(line: 64, column: 30, scope: !107)
!118 = !DILocation(line: 63, column: 7, scope: !69)
!119 = !DILocation(line: 65, column: 5, scope: !120)
!120 = distinct !DILexicalBlock(scope: !107, file: !2, line: 64, column: 35)
!121 = !DILocation(line: 66, column: 5, scope: !120)
!122 = !DILocation(line: 68, column: 10, scope: !69)
!123 = !DILocation(line: 68, column: 8, scope: !69)
!124 = !DILocalVariable(name: "ev", scope: !69, file: !2, line: 69, type: !125)
!125 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !25, line: 84, size: 96, elements: !126)
!126 = !{!127, !128}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !125, file: !25, line: 86, baseType: !92, size: 32)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !125, file: !25, line: 87, baseType: !129, size: 64, offset: 32)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !25, line: 82, baseType: !130)
!130 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !25, line: 76, size: 64, elements: !131)
!131 = !{!132, !133, !134, !135}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !130, file: !25, line: 78, baseType: !55, size: 64)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !130, file: !25, line: 79, baseType: !60, size: 32)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !130, file: !25, line: 80, baseType: !92, size: 32)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !130, file: !25, line: 81, baseType: !136, size: 64)
!136 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !84, line: 27, baseType: !137)
!137 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !86, line: 45, baseType: !58)
!138 = !DILocation(line: 69, column: 22, scope: !69)
!139 = !DILocation(line: 70, column: 13, scope: !69)
!140 = !DILocation(line: 70, column: 34, scope: !69)
!141 = !DILocation(line: 70, column: 3, scope: !69)
!142 = !DILocalVariable(name: "events", scope: !69, file: !2, line: 71, type: !143)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !125, size: 6144, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 64)
!146 = !DILocation(line: 71, column: 22, scope: !69)
!147 = !DILocation(line: 72, column: 3, scope: !69)
!148 = !DILocalVariable(name: "n", scope: !149, file: !2, line: 73, type: !60)
!149 = distinct !DILexicalBlock(scope: !150, file: !2, line: 72, column: 12)
!150 = distinct !DILexicalBlock(scope: !151, file: !2, line: 72, column: 3)
!151 = distinct !DILexicalBlock(scope: !69, file: !2, line: 72, column: 3)
!152 = !DILocation(line: 73, column: 9, scope: !149)
!153 = !DILocation(line: 73, column: 24, scope: !149)
!154 = !DILocation(line: 73, column: 30, scope: !149)
!155 = !DILocation(line: 73, column: 13, scope: !149)
!156 = !DILocalVariable(name: "i", scope: !157, file: !2, line: 74, type: !60)
!157 = distinct !DILexicalBlock(scope: !149, file: !2, line: 74, column: 5)
!158 = !DILocation(line: 74, column: 14, scope: !157)
!159 = !DILocation(line: 74, column: 10, scope: !157)
!160 = !DILocation(line: 74, column: 21, scope: !161)
!161 = distinct !DILexicalBlock(scope: !157, file: !2, line: 74, column: 5)
!162 = !DILocation(line: 74, column: 25, scope: !161)
!163 = !DILocation(line: 74, column: 23, scope: !161)
!164 = !DILocation(line: 74, column: 5, scope: !157)
!165 = !DILocalVariable(name: "c", scope: !166, file: !2, line: 75, type: !167)
!166 = distinct !DILexicalBlock(scope: !161, file: !2, line: 74, column: 33)
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !168, size: 64)
!168 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !2, line: 15, size: 16512, elements: !169)
!169 = !{!170, !171, !172}
!170 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !168, file: !2, line: 16, baseType: !60, size: 32)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "used", scope: !168, file: !2, line: 17, baseType: !56, size: 64, offset: 64)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !168, file: !2, line: 18, baseType: !173, size: 16384, offset: 128)
!173 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16384, elements: !174)
!174 = !{!175}
!175 = !DISubrange(count: 2048)
!176 = !DILocation(line: 75, column: 20, scope: !166)
!177 = !DILocation(line: 75, column: 31, scope: !166)
!178 = !DILocation(line: 75, column: 24, scope: !166)
!179 = !DILocation(line: 75, column: 34, scope: !166)
!180 = !DILocation(line: 75, column: 39, scope: !166)
!181 = !DILocation(line: 76, column: 11, scope: !182)
!182 = distinct !DILexicalBlock(scope: !166, file: !2, line: 76, column: 11)
!183 = !DILocation(line: 76, column: 13, scope: !182)
!184 = !DILocation(line: 76, column: 11, scope: !166)
!185 = !DILocation(line: 77, column: 20, scope: !182)
!186 = !DILocation(line: 77, column: 9, scope: !182)
!187 = !DILocation(line: 79, column: 17, scope: !182)
!188 = !DILocation(line: 79, column: 9, scope: !182)
!189 = !DILocation(line: 80, column: 5, scope: !166)
!190 = !DILocation(line: 74, column: 29, scope: !161)
!191 = !DILocation(line: 74, column: 5, scope: !161)
!192 = distinct !{!192, !164, !193, !194}
!193 = !DILocation(line: 80, column: 5, scope: !157)
!194 = !{!"llvm.loop.mustprogress"}
!195 = !DILocation(line: 72, column: 3, scope: !150)
!196 = distinct !{!196, !197, !198}
!197 = !DILocation(line: 72, column: 3, scope: !151)
!198 = !DILocation(line: 81, column: 3, scope: !151)
!199 = distinct !DISubprogram(name: "on_connect", scope: !2, file: !2, line: 42, type: !200, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !72)
!200 = !DISubroutineType(types: !201)
!201 = !{null, !60}
!202 = !DILocalVariable(name: "lfd", arg: 1, scope: !199, file: !2, line: 42, type: !60)
!203 = !DILocation(line: 42, column: 28, scope: !199)
!204 = !DILocalVariable(name: "fd", scope: !199, file: !2, line: 43, type: !60)
!205 = !DILocation(line: 43, column: 7, scope: !199)
!206 = !DILocation(line: 43, column: 20, scope: !199)
!207 = !DILocation(line: 43, column: 25, scope: !199)
!208 = !DILocation(line: 43, column: 12, scope: !199)
!209 = !DILocation(line: 44, column: 7, scope: !210)
!210 = distinct !DILexicalBlock(scope: !199, file: !2, line: 44, column: 7)
!211 = !DILocation(line: 44, column: 10, scope: !210)
!212 = !DILocation(line: 44, column: 7, scope: !199)
!213 = !DILocation(line: 45, column: 5, scope: !210)
!214 = !DILocalVariable(name: "c", scope: !199, file: !2, line: 46, type: !167)
!215 = !DILocation(line: 46, column: 16, scope: !199)
!216 = !DILocation(line: 46, column: 20, scope: !199)
!217 = !DILocation(line: 47, column: 8, scope: !218)
!218 = distinct !DILexicalBlock(scope: !199, file: !2, line: 47, column: 7)
!219 = !DILocation(line: 47, column: 7, scope: !199)
!220 = !DILocation(line: 48, column: 11, scope: !221)
!221 = distinct !DILexicalBlock(scope: !218, file: !2, line: 47, column: 11)
!222 = !DILocation(line: 48, column: 5, scope: !221)
!223 = !DILocation(line: 49, column: 5, scope: !221)
!224 = !DILocation(line: 51, column: 11, scope: !199)
!225 = !DILocation(line: 51, column: 3, scope: !199)
!226 = !DILocation(line: 51, column: 6, scope: !199)
!227 = !DILocation(line: 51, column: 9, scope: !199)
!228 = !DILocalVariable(name: "ev", scope: !199, file: !2, line: 52, type: !125)
!229 = !DILocation(line: 52, column: 22, scope: !199)
!230 = !DILocation(line: 52, column: 27, scope: !199)
!231 = !DILocation(line: 52, column: 59, scope: !199)
!232 = !DILocation(line: 52, column: 52, scope: !199)
!233 = !DILocation(line: 53, column: 17, scope: !234)
!234 = distinct !DILexicalBlock(scope: !199, file: !2, line: 53, column: 7)
!235 = !DILocation(line: 53, column: 38, scope: !234)
!236 = !DILocation(line: 53, column: 7, scope: !234)
!237 = !DILocation(line: 53, column: 47, scope: !234)
!238 = !DILocation(line: 53, column: 7, scope: !199)
!239 = !DILocation(line: 54, column: 15, scope: !234)
!240 = !DILocation(line: 54, column: 5, scope: !234)
!241 = !DILocation(line: 55, column: 1, scope: !199)
!242 = distinct !DISubprogram(name: "on_data", scope: !2, file: !2, line: 29, type: !243, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !72)
!243 = !DISubroutineType(types: !244)
!244 = !{null, !167}
!245 = !DILocalVariable(name: "c", arg: 1, scope: !242, file: !2, line: 29, type: !167)
!246 = !DILocation(line: 29, column: 34, scope: !242)
!247 = !DILocalVariable(name: "n", scope: !242, file: !2, line: 30, type: !248)
!248 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !249, line: 108, baseType: !250)
!249 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!250 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !86, line: 194, baseType: !251)
!251 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!252 = !DILocation(line: 30, column: 11, scope: !242)
!253 = !DILocation(line: 30, column: 20, scope: !242)
!254 = !DILocation(line: 30, column: 23, scope: !242)
!255 = !DILocation(line: 30, column: 27, scope: !242)
!256 = !DILocation(line: 30, column: 30, scope: !242)
!257 = !DILocation(line: 30, column: 15, scope: !242)
!258 = !DILocation(line: 31, column: 7, scope: !259)
!259 = distinct !DILexicalBlock(scope: !242, file: !2, line: 31, column: 7)
!260 = !DILocation(line: 31, column: 9, scope: !259)
!261 = !DILocation(line: 31, column: 7, scope: !242)
!262 = !DILocation(line: 32, column: 9, scope: !263)
!263 = distinct !DILexicalBlock(scope: !264, file: !2, line: 32, column: 9)
!264 = distinct !DILexicalBlock(scope: !259, file: !2, line: 31, column: 15)
!265 = !DILocation(line: 32, column: 11, scope: !263)
!266 = !DILocation(line: 32, column: 15, scope: !263)
!267 = !DILocation(line: 32, column: 18, scope: !263)
!268 = !DILocation(line: 32, column: 24, scope: !263)
!269 = !DILocation(line: 32, column: 9, scope: !264)
!270 = !DILocation(line: 33, column: 7, scope: !263)
!271 = !DILocation(line: 34, column: 15, scope: !264)
!272 = !DILocation(line: 34, column: 5, scope: !264)
!273 = !DILocation(line: 35, column: 5, scope: !264)
!274 = !DILocation(line: 37, column: 21, scope: !242)
!275 = !DILocation(line: 37, column: 3, scope: !242)
!276 = !DILocation(line: 37, column: 6, scope: !242)
!277 = !DILocation(line: 37, column: 11, scope: !242)
!278 = !DILocation(line: 38, column: 13, scope: !279)
!279 = distinct !DILexicalBlock(scope: !242, file: !2, line: 38, column: 7)
!280 = !DILocation(line: 38, column: 16, scope: !279)
!281 = !DILocation(line: 38, column: 20, scope: !279)
!282 = !DILocation(line: 38, column: 23, scope: !279)
!283 = !DILocation(line: 38, column: 28, scope: !279)
!284 = !DILocation(line: 38, column: 31, scope: !279)
!285 = !DILocation(line: 38, column: 7, scope: !279)
!286 = !DILocation(line: 38, column: 37, scope: !279)
!287 = !DILocation(line: 38, column: 7, scope: !242)
!288 = !DILocation(line: 39, column: 15, scope: !279)
!289 = !DILocation(line: 39, column: 5, scope: !279)
!290 = !DILocation(line: 40, column: 1, scope: !242)
!291 = distinct !DISubprogram(name: "conn_free", scope: !2, file: !2, line: 23, type: !243, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !72)
!292 = !DILocalVariable(name: "c", arg: 1, scope: !291, file: !2, line: 23, type: !167)
!293 = !DILocation(line: 23, column: 36, scope: !291)
!294 = !DILocation(line: 24, column: 13, scope: !291)
!295 = !DILocation(line: 24, column: 34, scope: !291)
!296 = !DILocation(line: 24, column: 37, scope: !291)
!297 = !DILocation(line: 24, column: 3, scope: !291)
!298 = !DILocation(line: 25, column: 9, scope: !291)
!299 = !DILocation(line: 25, column: 12, scope: !291)
!300 = !DILocation(line: 25, column: 3, scope: !291)
!301 = !DILocation(line: 26, column: 8, scope: !291)
!302 = !DILocation(line: 26, column: 3, scope: !291)
!303 = !DILocation(line: 27, column: 1, scope: !291)
