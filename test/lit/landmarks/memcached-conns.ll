; A cache server in memcached 1.6's idiom (Inputs/memcached-conns.c): a
; struct conn per socket holds its fd (c->sfd), its transport and its
; state; one socket() call over getaddrinfo() makes the TCP listener or the
; UDP socket (#1), a unix stream listener beside it (#0); accept() on any
; listener's conn, the new fd and the UDP socket handed to conn_new()
; through a queue item; drive_machine() calls recvfrom only when
; IS_UDP(c->transport), else the conn's function pointers c->read,
; c->sendmsg and c->write (tcp_read, tcp_sendmsg, tcp_write).
;
; SOCKETS lines: the unix listener is a stream socket (not "unknown-type"); the
; accepted connections come from both listeners (the unix one and the
; TCP one), so they are stream sockets of either family, not TCP.
; UDP lines: the recvfrom and the UDP reply are on the tcp|udp socket only: the
; unix listener's conn is made with local_transport, the TCP listener's
; under !IS_UDP(transport), and an accepted conn gets its listener's
; transport, which is never udp (a conn in state conn_listening is made
; only by those two).
; TCP lines: tcp_read, tcp_sendmsg and tcp_write run only on conns that are not
; UDP and are reading (never on a listener): the accepted connections, in
; the dispatch loop of the callback that calls them through c->read,
; c->sendmsg and c->write.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=SOCKETS
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=UDP
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=TCP
;
; SOCKETS-LABEL: koffload landmarks for 'memcached-conns.c'
; SOCKETS-NEXT: socket #0: stream unix, created in server_socket_unix at memcached-conns.c:322
; SOCKETS-NEXT:   bind: port ? address ? at memcached-conns.c:329
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-conns.c:299
; SOCKETS-NEXT:   bind: port ? address ? at memcached-conns.c:302
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in drive_machine at memcached-conns.c:220
; SOCKETS-NEXT: event-loop #0: dispatch in main
;
; UDP:      reply: write on socket #2 in drive_machine at memcached-conns.c:227, loop #0
; UDP-NEXT: arrival: recvfrom on socket #1 in try_read_udp at memcached-conns.c:169, loop #0
; UDP-NEXT: reply: sendmsg on socket #1 in transmit_udp at memcached-conns.c:210, loop #0
;
; TCP:      arrival: read on socket #2 in tcp_read at memcached-conns.c:79, loop #0
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-conns.c:83, loop #0
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-conns.c:87, loop #0
;
; MADE-FROM: Inputs/memcached-conns.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - memcached-conns.c


; ModuleID = 'memcached-conns.c'

; ModuleID = 'memcached-conns.c'

; ModuleID = 'memcached-conns.c'
source_filename = "memcached-conns.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.event = type { [128 x i8] }
%struct.conn = type { i32, i32, i32, %struct.event, [2048 x i8], i32, %struct.sockaddr_in6, i32, ptr, ptr, ptr }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.conn_queue_item = type { i32, i32, i32, ptr }
%struct.conn_queue = type { ptr, ptr }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

@conns = internal global ptr null, align 8, !dbg !0
@new_conn_queue = internal global ptr null, align 8, !dbg !56
@notify_send_fd = internal global i32 0, align 4, !dbg !72
@.str = private unnamed_addr constant [30 x i8] c"Writing to thread notify pipe\00", align 1, !dbg !47
@main_base = internal global ptr null, align 8, !dbg !52
@notify_event = internal global %struct.event zeroinitializer, align 1, !dbg !74
@.str.1 = private unnamed_addr constant [34 x i8] c"ERROR Too many open connections\0D\0A\00", align 1, !dbg !82
@.str.2 = private unnamed_addr constant [6 x i8] c"write\00", align 1, !dbg !87
@.str.3 = private unnamed_addr constant [8 x i8] c"ERROR\0D\0A\00", align 1, !dbg !92
@gets = internal global i64 0, align 8, !dbg !97
@.str.4 = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !100
@.str.5 = private unnamed_addr constant [3 x i8] c"%d\00", align 1, !dbg !102

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_read(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !197 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !199, !DIExpression(), !200)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !201, !DIExpression(), !202)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !203, !DIExpression(), !204)
  %7 = load ptr, ptr %4, align 8, !dbg !205
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !206
  %9 = load i32, ptr %8, align 8, !dbg !206
  %10 = load ptr, ptr %5, align 8, !dbg !207
  %11 = load i64, ptr %6, align 8, !dbg !208
  %12 = call i64 @read(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !209
  ret i64 %12, !dbg !210
}

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_sendmsg(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !211 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !212, !DIExpression(), !213)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !214, !DIExpression(), !215)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !216, !DIExpression(), !217)
  %7 = load ptr, ptr %4, align 8, !dbg !218
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !219
  %9 = load i32, ptr %8, align 8, !dbg !219
  %10 = load ptr, ptr %5, align 8, !dbg !220
  %11 = load i32, ptr %6, align 4, !dbg !221
  %12 = call i64 @sendmsg(i32 noundef %9, ptr noundef %10, i32 noundef %11), !dbg !222
  ret i64 %12, !dbg !223
}

declare i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_write(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !224 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !225, !DIExpression(), !226)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !227, !DIExpression(), !228)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !229, !DIExpression(), !230)
  %7 = load ptr, ptr %4, align 8, !dbg !231
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !232
  %9 = load i32, ptr %8, align 8, !dbg !232
  %10 = load ptr, ptr %5, align 8, !dbg !233
  %11 = load i64, ptr %6, align 8, !dbg !234
  %12 = call i64 @write(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !235
  ret i64 %12, !dbg !236
}

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !237 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %6, align 4
    #dbg_declare(ptr %6, !240, !DIExpression(), !241)
  store i32 %1, ptr %7, align 4
    #dbg_declare(ptr %7, !242, !DIExpression(), !243)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !244, !DIExpression(), !245)
  store ptr %3, ptr %9, align 8
    #dbg_declare(ptr %9, !246, !DIExpression(), !247)
  %11 = load i32, ptr %6, align 4, !dbg !248
  %12 = icmp slt i32 %11, 0, !dbg !250
  br i1 %12, label %16, label %13, !dbg !251

13:                                               ; preds = %4
  %14 = load i32, ptr %6, align 4, !dbg !252
  %15 = icmp sge i32 %14, 1024, !dbg !253
  br i1 %15, label %16, label %17, !dbg !254

16:                                               ; preds = %13, %4
  store ptr null, ptr %5, align 8, !dbg !255
  br label %69, !dbg !255

17:                                               ; preds = %13
    #dbg_declare(ptr %10, !256, !DIExpression(), !257)
  %18 = load ptr, ptr @conns, align 8, !dbg !258
  %19 = load i32, ptr %6, align 4, !dbg !259
  %20 = sext i32 %19 to i64, !dbg !258
  %21 = getelementptr inbounds ptr, ptr %18, i64 %20, !dbg !258
  %22 = load ptr, ptr %21, align 8, !dbg !258
  store ptr %22, ptr %10, align 8, !dbg !257
  %23 = load ptr, ptr %10, align 8, !dbg !260
  %24 = icmp eq ptr %23, null, !dbg !262
  br i1 %24, label %25, label %39, !dbg !263

25:                                               ; preds = %17
  %26 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 2248) #7, !dbg !264
  store ptr %26, ptr %10, align 8, !dbg !266
  %27 = load ptr, ptr %10, align 8, !dbg !267
  %28 = icmp eq ptr %27, null, !dbg !269
  br i1 %28, label %29, label %30, !dbg !270

29:                                               ; preds = %25
  store ptr null, ptr %5, align 8, !dbg !271
  br label %69, !dbg !271

30:                                               ; preds = %25
  %31 = load i32, ptr %6, align 4, !dbg !272
  %32 = load ptr, ptr %10, align 8, !dbg !273
  %33 = getelementptr inbounds %struct.conn, ptr %32, i32 0, i32 0, !dbg !274
  store i32 %31, ptr %33, align 8, !dbg !275
  %34 = load ptr, ptr %10, align 8, !dbg !276
  %35 = load ptr, ptr @conns, align 8, !dbg !277
  %36 = load i32, ptr %6, align 4, !dbg !278
  %37 = sext i32 %36 to i64, !dbg !277
  %38 = getelementptr inbounds ptr, ptr %35, i64 %37, !dbg !277
  store ptr %34, ptr %38, align 8, !dbg !279
  br label %39, !dbg !280

39:                                               ; preds = %30, %17
  %40 = load i32, ptr %8, align 4, !dbg !281
  %41 = load ptr, ptr %10, align 8, !dbg !282
  %42 = getelementptr inbounds %struct.conn, ptr %41, i32 0, i32 2, !dbg !283
  store i32 %40, ptr %42, align 8, !dbg !284
  %43 = load i32, ptr %7, align 4, !dbg !285
  %44 = load ptr, ptr %10, align 8, !dbg !286
  %45 = getelementptr inbounds %struct.conn, ptr %44, i32 0, i32 1, !dbg !287
  store i32 %43, ptr %45, align 4, !dbg !288
  %46 = load ptr, ptr %10, align 8, !dbg !289
  %47 = getelementptr inbounds %struct.conn, ptr %46, i32 0, i32 5, !dbg !290
  store i32 0, ptr %47, align 4, !dbg !291
  %48 = load ptr, ptr %10, align 8, !dbg !292
  %49 = getelementptr inbounds %struct.conn, ptr %48, i32 0, i32 8, !dbg !293
  store ptr @tcp_read, ptr %49, align 8, !dbg !294
  %50 = load ptr, ptr %10, align 8, !dbg !295
  %51 = getelementptr inbounds %struct.conn, ptr %50, i32 0, i32 9, !dbg !296
  store ptr @tcp_sendmsg, ptr %51, align 8, !dbg !297
  %52 = load ptr, ptr %10, align 8, !dbg !298
  %53 = getelementptr inbounds %struct.conn, ptr %52, i32 0, i32 10, !dbg !299
  store ptr @tcp_write, ptr %53, align 8, !dbg !300
  %54 = load ptr, ptr %10, align 8, !dbg !301
  %55 = getelementptr inbounds %struct.conn, ptr %54, i32 0, i32 3, !dbg !302
  %56 = load i32, ptr %6, align 4, !dbg !303
  %57 = load ptr, ptr %10, align 8, !dbg !304
  call void @event_set(ptr noundef %55, i32 noundef %56, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %57), !dbg !305
  %58 = load ptr, ptr %9, align 8, !dbg !306
  %59 = load ptr, ptr %10, align 8, !dbg !307
  %60 = getelementptr inbounds %struct.conn, ptr %59, i32 0, i32 3, !dbg !308
  %61 = call i32 @event_base_set(ptr noundef %58, ptr noundef %60), !dbg !309
  %62 = load ptr, ptr %10, align 8, !dbg !310
  %63 = getelementptr inbounds %struct.conn, ptr %62, i32 0, i32 3, !dbg !312
  %64 = call i32 @event_add(ptr noundef %63, ptr noundef null), !dbg !313
  %65 = icmp eq i32 %64, -1, !dbg !314
  br i1 %65, label %66, label %67, !dbg !315

66:                                               ; preds = %39
  store ptr null, ptr %5, align 8, !dbg !316
  br label %69, !dbg !316

67:                                               ; preds = %39
  %68 = load ptr, ptr %10, align 8, !dbg !317
  store ptr %68, ptr %5, align 8, !dbg !318
  br label %69, !dbg !318

69:                                               ; preds = %67, %66, %29, %16
  %70 = load ptr, ptr %5, align 8, !dbg !319
  ret ptr %70, !dbg !319
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !320 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !324, !DIExpression(), !325)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !326, !DIExpression(), !327)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !328, !DIExpression(), !329)
    #dbg_declare(ptr %7, !330, !DIExpression(), !331)
  %8 = load ptr, ptr %6, align 8, !dbg !332
  store ptr %8, ptr %7, align 8, !dbg !331
  %9 = load i16, ptr %5, align 2, !dbg !333
  %10 = load i32, ptr %4, align 4, !dbg !334
  %11 = load ptr, ptr %7, align 8, !dbg !336
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 0, !dbg !337
  %13 = load i32, ptr %12, align 8, !dbg !337
  %14 = icmp ne i32 %10, %13, !dbg !338
  br i1 %14, label %15, label %16, !dbg !339

15:                                               ; preds = %3
  br label %18, !dbg !340

16:                                               ; preds = %3
  %17 = load ptr, ptr %7, align 8, !dbg !341
  call void @drive_machine(ptr noundef %17), !dbg !342
  br label %18, !dbg !343

18:                                               ; preds = %16, %15
  ret void, !dbg !343
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !344 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !347, !DIExpression(), !348)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !349, !DIExpression(), !350)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !351, !DIExpression(), !352)
    #dbg_declare(ptr %7, !353, !DIExpression(), !354)
  %9 = call noalias ptr @malloc(i64 noundef 24) #8, !dbg !355
  store ptr %9, ptr %7, align 8, !dbg !354
  %10 = load ptr, ptr %7, align 8, !dbg !356
  %11 = icmp eq ptr %10, null, !dbg !358
  br i1 %11, label %12, label %15, !dbg !359

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !360
  %14 = call i32 @close(i32 noundef %13), !dbg !362
  br label %31, !dbg !363

15:                                               ; preds = %3
  %16 = load i32, ptr %4, align 4, !dbg !364
  %17 = load ptr, ptr %7, align 8, !dbg !365
  %18 = getelementptr inbounds %struct.conn_queue_item, ptr %17, i32 0, i32 0, !dbg !366
  store i32 %16, ptr %18, align 8, !dbg !367
  %19 = load i32, ptr %5, align 4, !dbg !368
  %20 = load ptr, ptr %7, align 8, !dbg !369
  %21 = getelementptr inbounds %struct.conn_queue_item, ptr %20, i32 0, i32 1, !dbg !370
  store i32 %19, ptr %21, align 4, !dbg !371
  %22 = load i32, ptr %6, align 4, !dbg !372
  %23 = load ptr, ptr %7, align 8, !dbg !373
  %24 = getelementptr inbounds %struct.conn_queue_item, ptr %23, i32 0, i32 2, !dbg !374
  store i32 %22, ptr %24, align 8, !dbg !375
  %25 = load ptr, ptr @new_conn_queue, align 8, !dbg !376
  %26 = load ptr, ptr %7, align 8, !dbg !377
  call void @cq_push(ptr noundef %25, ptr noundef %26), !dbg !378
    #dbg_declare(ptr %8, !379, !DIExpression(), !380)
  store i8 99, ptr %8, align 1, !dbg !380
  %27 = load i32, ptr @notify_send_fd, align 4, !dbg !381
  %28 = call i64 @write(i32 noundef %27, ptr noundef %8, i64 noundef 1), !dbg !383
  %29 = icmp ne i64 %28, 1, !dbg !384
  br i1 %29, label %30, label %31, !dbg !385

30:                                               ; preds = %15
  call void @perror(ptr noundef @.str), !dbg !386
  br label %31, !dbg !386

31:                                               ; preds = %12, %30, %15
  ret void, !dbg !387
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

declare i32 @close(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_push(ptr noundef %0, ptr noundef %1) #0 !dbg !388 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !391, !DIExpression(), !392)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !393, !DIExpression(), !394)
  %5 = load ptr, ptr %4, align 8, !dbg !395
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 3, !dbg !396
  store ptr null, ptr %6, align 8, !dbg !397
  %7 = load ptr, ptr %3, align 8, !dbg !398
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 1, !dbg !400
  %9 = load ptr, ptr %8, align 8, !dbg !400
  %10 = icmp eq ptr %9, null, !dbg !401
  br i1 %10, label %11, label %15, !dbg !402

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8, !dbg !403
  %13 = load ptr, ptr %3, align 8, !dbg !404
  %14 = getelementptr inbounds %struct.conn_queue, ptr %13, i32 0, i32 0, !dbg !405
  store ptr %12, ptr %14, align 8, !dbg !406
  br label %21, !dbg !404

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8, !dbg !407
  %17 = load ptr, ptr %3, align 8, !dbg !408
  %18 = getelementptr inbounds %struct.conn_queue, ptr %17, i32 0, i32 1, !dbg !409
  %19 = load ptr, ptr %18, align 8, !dbg !409
  %20 = getelementptr inbounds %struct.conn_queue_item, ptr %19, i32 0, i32 3, !dbg !410
  store ptr %16, ptr %20, align 8, !dbg !411
  br label %21

21:                                               ; preds = %15, %11
  %22 = load ptr, ptr %4, align 8, !dbg !412
  %23 = load ptr, ptr %3, align 8, !dbg !413
  %24 = getelementptr inbounds %struct.conn_queue, ptr %23, i32 0, i32 1, !dbg !414
  store ptr %22, ptr %24, align 8, !dbg !415
  ret void, !dbg !416
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !417 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [2 x i32], align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !422, !DIExpression(), !423)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !424, !DIExpression(), !425)
  %7 = call ptr @event_init(), !dbg !426
  store ptr %7, ptr @main_base, align 8, !dbg !427
  %8 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 16) #7, !dbg !428
  store ptr %8, ptr @new_conn_queue, align 8, !dbg !429
  %9 = call noalias ptr @calloc(i64 noundef 1024, i64 noundef 8) #7, !dbg !430
  store ptr %9, ptr @conns, align 8, !dbg !431
    #dbg_declare(ptr %6, !432, !DIExpression(), !436)
  %10 = load ptr, ptr @new_conn_queue, align 8, !dbg !437
  %11 = icmp eq ptr %10, null, !dbg !439
  br i1 %11, label %19, label %12, !dbg !440

12:                                               ; preds = %2
  %13 = load ptr, ptr @conns, align 8, !dbg !441
  %14 = icmp eq ptr %13, null, !dbg !442
  br i1 %14, label %19, label %15, !dbg !443

15:                                               ; preds = %12
  %16 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 0, !dbg !444
  %17 = call i32 @pipe(ptr noundef %16) #9, !dbg !445
  %18 = icmp ne i32 %17, 0, !dbg !446
  br i1 %18, label %19, label %20, !dbg !447

19:                                               ; preds = %15, %12, %2
  store i32 1, ptr %3, align 4, !dbg !448
  br label %47, !dbg !448

20:                                               ; preds = %15
  %21 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 1, !dbg !449
  %22 = load i32, ptr %21, align 4, !dbg !449
  store i32 %22, ptr @notify_send_fd, align 4, !dbg !450
  %23 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 0, !dbg !451
  %24 = load i32, ptr %23, align 4, !dbg !451
  call void @event_set(ptr noundef @notify_event, i32 noundef %24, i16 noundef signext 18, ptr noundef @thread_libevent_process, ptr noundef null), !dbg !452
  %25 = load ptr, ptr @main_base, align 8, !dbg !453
  %26 = call i32 @event_base_set(ptr noundef %25, ptr noundef @notify_event), !dbg !454
  %27 = call i32 @event_add(ptr noundef @notify_event, ptr noundef null), !dbg !455
  %28 = load i32, ptr %4, align 4, !dbg !456
  %29 = icmp sgt i32 %28, 1, !dbg !458
  br i1 %29, label %30, label %37, !dbg !459

30:                                               ; preds = %20
  %31 = load ptr, ptr %5, align 8, !dbg !460
  %32 = getelementptr inbounds ptr, ptr %31, i64 1, !dbg !460
  %33 = load ptr, ptr %32, align 8, !dbg !460
  %34 = call i32 @server_socket_unix(ptr noundef %33), !dbg !461
  %35 = icmp ne i32 %34, 0, !dbg !461
  br i1 %35, label %36, label %37, !dbg !462

36:                                               ; preds = %30
  store i32 1, ptr %3, align 4, !dbg !463
  br label %47, !dbg !463

37:                                               ; preds = %30, %20
  %38 = call i32 @server_socket(i32 noundef 11211, i32 noundef 1), !dbg !464
  %39 = icmp ne i32 %38, 0, !dbg !464
  br i1 %39, label %43, label %40, !dbg !466

40:                                               ; preds = %37
  %41 = call i32 @server_socket(i32 noundef 11211, i32 noundef 2), !dbg !467
  %42 = icmp ne i32 %41, 0, !dbg !467
  br i1 %42, label %43, label %44, !dbg !468

43:                                               ; preds = %40, %37
  store i32 1, ptr %3, align 4, !dbg !469
  br label %47, !dbg !469

44:                                               ; preds = %40
  %45 = load ptr, ptr @main_base, align 8, !dbg !470
  %46 = call i32 @event_base_loop(ptr noundef %45, i32 noundef 0), !dbg !471
  store i32 %46, ptr %3, align 4, !dbg !472
  br label %47, !dbg !472

47:                                               ; preds = %44, %43, %36, %19
  %48 = load i32, ptr %3, align 4, !dbg !473
  ret i32 %48, !dbg !473
}

declare ptr @event_init() #1

; Function Attrs: nounwind
declare i32 @pipe(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !474 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !475, !DIExpression(), !476)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !477, !DIExpression(), !478)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !479, !DIExpression(), !480)
    #dbg_declare(ptr %7, !481, !DIExpression(), !482)
  %9 = load i16, ptr %5, align 2, !dbg !483
  %10 = load ptr, ptr %6, align 8, !dbg !484
  %11 = load i32, ptr %4, align 4, !dbg !485
  %12 = call i64 @read(i32 noundef %11, ptr noundef %7, i64 noundef 1), !dbg !487
  %13 = icmp ne i64 %12, 1, !dbg !488
  br i1 %13, label %14, label %15, !dbg !489

14:                                               ; preds = %3
  br label %41, !dbg !490

15:                                               ; preds = %3
    #dbg_declare(ptr %8, !491, !DIExpression(), !492)
  %16 = load ptr, ptr @new_conn_queue, align 8, !dbg !493
  %17 = call ptr @cq_pop(ptr noundef %16), !dbg !494
  store ptr %17, ptr %8, align 8, !dbg !492
  %18 = load ptr, ptr %8, align 8, !dbg !495
  %19 = icmp eq ptr %18, null, !dbg !497
  br i1 %19, label %20, label %21, !dbg !498

20:                                               ; preds = %15
  br label %41, !dbg !499

21:                                               ; preds = %15
  %22 = load ptr, ptr %8, align 8, !dbg !500
  %23 = getelementptr inbounds %struct.conn_queue_item, ptr %22, i32 0, i32 0, !dbg !502
  %24 = load i32, ptr %23, align 8, !dbg !502
  %25 = load ptr, ptr %8, align 8, !dbg !503
  %26 = getelementptr inbounds %struct.conn_queue_item, ptr %25, i32 0, i32 1, !dbg !504
  %27 = load i32, ptr %26, align 4, !dbg !504
  %28 = load ptr, ptr %8, align 8, !dbg !505
  %29 = getelementptr inbounds %struct.conn_queue_item, ptr %28, i32 0, i32 2, !dbg !506
  %30 = load i32, ptr %29, align 8, !dbg !506
  %31 = load ptr, ptr @main_base, align 8, !dbg !507
  %32 = call ptr @conn_new(i32 noundef %24, i32 noundef %27, i32 noundef %30, ptr noundef %31), !dbg !508
  %33 = icmp eq ptr %32, null, !dbg !509
  br i1 %33, label %34, label %39, !dbg !510

34:                                               ; preds = %21
  %35 = load ptr, ptr %8, align 8, !dbg !511
  %36 = getelementptr inbounds %struct.conn_queue_item, ptr %35, i32 0, i32 0, !dbg !512
  %37 = load i32, ptr %36, align 8, !dbg !512
  %38 = call i32 @close(i32 noundef %37), !dbg !513
  br label %39, !dbg !513

39:                                               ; preds = %34, %21
  %40 = load ptr, ptr %8, align 8, !dbg !514
  call void @free(ptr noundef %40) #9, !dbg !515
  br label %41, !dbg !516

41:                                               ; preds = %39, %20, %14
  ret void, !dbg !516
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket_unix(ptr noundef %0) #0 !dbg !517 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !522, !DIExpression(), !523)
    #dbg_declare(ptr %4, !524, !DIExpression(), !525)
  %6 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #9, !dbg !526
  store i32 %6, ptr %4, align 4, !dbg !525
  %7 = load i32, ptr %4, align 4, !dbg !527
  %8 = icmp eq i32 %7, -1, !dbg !529
  br i1 %8, label %9, label %10, !dbg !530

9:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !531
  br label %32, !dbg !531

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !532, !DIExpression(), !541)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !542
  %11 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !543
  store i16 1, ptr %11, align 2, !dbg !544
  %12 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !545
  %13 = getelementptr inbounds [108 x i8], ptr %12, i64 0, i64 0, !dbg !546
  %14 = load ptr, ptr %3, align 8, !dbg !547
  %15 = call ptr @strncpy(ptr noundef %13, ptr noundef %14, i64 noundef 107) #9, !dbg !548
  %16 = load i32, ptr %4, align 4, !dbg !549
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %5, i32 noundef 110) #9, !dbg !551
  %18 = icmp eq i32 %17, -1, !dbg !552
  br i1 %18, label %23, label %19, !dbg !553

19:                                               ; preds = %10
  %20 = load i32, ptr %4, align 4, !dbg !554
  %21 = call i32 @listen(i32 noundef %20, i32 noundef 1024) #9, !dbg !555
  %22 = icmp eq i32 %21, -1, !dbg !556
  br i1 %22, label %23, label %26, !dbg !557

23:                                               ; preds = %19, %10
  %24 = load i32, ptr %4, align 4, !dbg !558
  %25 = call i32 @close(i32 noundef %24), !dbg !560
  store i32 1, ptr %2, align 4, !dbg !561
  br label %32, !dbg !561

26:                                               ; preds = %19
  %27 = load i32, ptr %4, align 4, !dbg !562
  %28 = load ptr, ptr @main_base, align 8, !dbg !563
  %29 = call ptr @conn_new(i32 noundef %27, i32 noundef 0, i32 noundef 0, ptr noundef %28), !dbg !564
  %30 = icmp eq ptr %29, null, !dbg !565
  %31 = zext i1 %30 to i32, !dbg !565
  store i32 %31, ptr %2, align 4, !dbg !566
  br label %32, !dbg !566

32:                                               ; preds = %26, %23, %9
  %33 = load i32, ptr %2, align 4, !dbg !567
  ret i32 %33, !dbg !567
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket(i32 noundef %0, i32 noundef %1) #0 !dbg !568 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.addrinfo, align 8
  %7 = alloca [16 x i8], align 16
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !571, !DIExpression(), !572)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !573, !DIExpression(), !574)
    #dbg_declare(ptr %6, !575, !DIExpression(), !588)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 48, i1 false), !dbg !589
  %11 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 0, !dbg !590
  store i32 1, ptr %11, align 8, !dbg !591
  %12 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 1, !dbg !592
  store i32 0, ptr %12, align 4, !dbg !593
  %13 = load i32, ptr %5, align 4, !dbg !594
  %14 = icmp eq i32 %13, 2, !dbg !594
  %15 = zext i1 %14 to i64, !dbg !594
  %16 = select i1 %14, i32 2, i32 1, !dbg !594
  %17 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 2, !dbg !595
  store i32 %16, ptr %17, align 8, !dbg !596
    #dbg_declare(ptr %7, !597, !DIExpression(), !599)
  %18 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !600
  %19 = load i32, ptr %4, align 4, !dbg !601
  %20 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 16, ptr noundef @.str.5, i32 noundef %19) #9, !dbg !602
    #dbg_declare(ptr %8, !603, !DIExpression(), !604)
  %21 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !605
  %22 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %21, ptr noundef %6, ptr noundef %8), !dbg !607
  %23 = icmp ne i32 %22, 0, !dbg !608
  br i1 %23, label %24, label %25, !dbg !609

24:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !610
  br label %89, !dbg !610

25:                                               ; preds = %2
    #dbg_declare(ptr %9, !611, !DIExpression(), !613)
  %26 = load ptr, ptr %8, align 8, !dbg !614
  store ptr %26, ptr %9, align 8, !dbg !613
  br label %27, !dbg !615

27:                                               ; preds = %83, %25
  %28 = load ptr, ptr %9, align 8, !dbg !616
  %29 = icmp ne ptr %28, null, !dbg !618
  br i1 %29, label %30, label %87, !dbg !618

30:                                               ; preds = %27
    #dbg_declare(ptr %10, !619, !DIExpression(), !621)
  %31 = load ptr, ptr %9, align 8, !dbg !622
  %32 = getelementptr inbounds %struct.addrinfo, ptr %31, i32 0, i32 1, !dbg !623
  %33 = load i32, ptr %32, align 4, !dbg !623
  %34 = load ptr, ptr %9, align 8, !dbg !624
  %35 = getelementptr inbounds %struct.addrinfo, ptr %34, i32 0, i32 2, !dbg !625
  %36 = load i32, ptr %35, align 8, !dbg !625
  %37 = load ptr, ptr %9, align 8, !dbg !626
  %38 = getelementptr inbounds %struct.addrinfo, ptr %37, i32 0, i32 3, !dbg !627
  %39 = load i32, ptr %38, align 4, !dbg !627
  %40 = call i32 @socket(i32 noundef %33, i32 noundef %36, i32 noundef %39) #9, !dbg !628
  store i32 %40, ptr %10, align 4, !dbg !621
  %41 = load i32, ptr %10, align 4, !dbg !629
  %42 = icmp eq i32 %41, -1, !dbg !631
  br i1 %42, label %43, label %44, !dbg !632

43:                                               ; preds = %30
  br label %83, !dbg !633

44:                                               ; preds = %30
  %45 = load i32, ptr %10, align 4, !dbg !634
  %46 = load ptr, ptr %9, align 8, !dbg !636
  %47 = getelementptr inbounds %struct.addrinfo, ptr %46, i32 0, i32 5, !dbg !637
  %48 = load ptr, ptr %47, align 8, !dbg !637
  %49 = load ptr, ptr %9, align 8, !dbg !638
  %50 = getelementptr inbounds %struct.addrinfo, ptr %49, i32 0, i32 4, !dbg !639
  %51 = load i32, ptr %50, align 8, !dbg !639
  %52 = call i32 @bind(i32 noundef %45, ptr noundef %48, i32 noundef %51) #9, !dbg !640
  %53 = icmp eq i32 %52, -1, !dbg !641
  br i1 %53, label %54, label %57, !dbg !642

54:                                               ; preds = %44
  %55 = load i32, ptr %10, align 4, !dbg !643
  %56 = call i32 @close(i32 noundef %55), !dbg !645
  br label %83, !dbg !646

57:                                               ; preds = %44
  %58 = load i32, ptr %5, align 4, !dbg !647
  %59 = icmp eq i32 %58, 2, !dbg !647
  br i1 %59, label %67, label %60, !dbg !649

60:                                               ; preds = %57
  %61 = load i32, ptr %10, align 4, !dbg !650
  %62 = call i32 @listen(i32 noundef %61, i32 noundef 1024) #9, !dbg !651
  %63 = icmp eq i32 %62, -1, !dbg !652
  br i1 %63, label %64, label %67, !dbg !653

64:                                               ; preds = %60
  %65 = load i32, ptr %10, align 4, !dbg !654
  %66 = call i32 @close(i32 noundef %65), !dbg !656
  br label %83, !dbg !657

67:                                               ; preds = %60, %57
  %68 = load i32, ptr %5, align 4, !dbg !658
  %69 = icmp eq i32 %68, 2, !dbg !658
  br i1 %69, label %70, label %73, !dbg !660

70:                                               ; preds = %67
  %71 = load i32, ptr %10, align 4, !dbg !661
  %72 = load i32, ptr %5, align 4, !dbg !663
  call void @dispatch_conn_new(i32 noundef %71, i32 noundef 2, i32 noundef %72), !dbg !664
  br label %82, !dbg !665

73:                                               ; preds = %67
  %74 = load i32, ptr %10, align 4, !dbg !666
  %75 = load i32, ptr %5, align 4, !dbg !668
  %76 = load ptr, ptr @main_base, align 8, !dbg !669
  %77 = call ptr @conn_new(i32 noundef %74, i32 noundef 0, i32 noundef %75, ptr noundef %76), !dbg !670
  %78 = icmp eq ptr %77, null, !dbg !671
  br i1 %78, label %79, label %81, !dbg !672

79:                                               ; preds = %73
  %80 = load ptr, ptr %8, align 8, !dbg !673
  call void @freeaddrinfo(ptr noundef %80) #9, !dbg !675
  store i32 1, ptr %3, align 4, !dbg !676
  br label %89, !dbg !676

81:                                               ; preds = %73
  br label %82

82:                                               ; preds = %81, %70
  br label %83, !dbg !677

83:                                               ; preds = %82, %64, %54, %43
  %84 = load ptr, ptr %9, align 8, !dbg !678
  %85 = getelementptr inbounds %struct.addrinfo, ptr %84, i32 0, i32 7, !dbg !679
  %86 = load ptr, ptr %85, align 8, !dbg !679
  store ptr %86, ptr %9, align 8, !dbg !680
  br label %27, !dbg !681, !llvm.loop !682

87:                                               ; preds = %27
  %88 = load ptr, ptr %8, align 8, !dbg !685
  call void @freeaddrinfo(ptr noundef %88) #9, !dbg !686
  store i32 0, ptr %3, align 4, !dbg !687
  br label %89, !dbg !687

89:                                               ; preds = %87, %79, %24
  %90 = load i32, ptr %3, align 4, !dbg !688
  ret i32 %90, !dbg !688
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @drive_machine(ptr noundef %0) #0 !dbg !689 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !692, !DIExpression(), !693)
    #dbg_declare(ptr %3, !694, !DIExpression(), !696)
  store i8 0, ptr %3, align 1, !dbg !696
  br label %9, !dbg !697

9:                                                ; preds = %130, %1
  %10 = load i8, ptr %3, align 1, !dbg !698
  %11 = trunc i8 %10 to i1, !dbg !698
  %12 = xor i1 %11, true, !dbg !699
  br i1 %12, label %13, label %131, !dbg !697

13:                                               ; preds = %9
  %14 = load ptr, ptr %2, align 8, !dbg !700
  %15 = getelementptr inbounds %struct.conn, ptr %14, i32 0, i32 1, !dbg !702
  %16 = load i32, ptr %15, align 4, !dbg !702
  switch i32 %16, label %130 [
    i32 0, label %17
    i32 1, label %45
    i32 2, label %50
    i32 3, label %91
    i32 4, label %116
  ], !dbg !703

17:                                               ; preds = %13
    #dbg_declare(ptr %4, !704, !DIExpression(), !715)
    #dbg_declare(ptr %5, !716, !DIExpression(), !717)
  store i32 128, ptr %5, align 4, !dbg !717
    #dbg_declare(ptr %6, !718, !DIExpression(), !719)
  %18 = load ptr, ptr %2, align 8, !dbg !720
  %19 = getelementptr inbounds %struct.conn, ptr %18, i32 0, i32 0, !dbg !721
  %20 = load i32, ptr %19, align 8, !dbg !721
  %21 = call i32 @accept(i32 noundef %20, ptr noundef %4, ptr noundef %5), !dbg !722
  store i32 %21, ptr %6, align 4, !dbg !719
  %22 = load i32, ptr %6, align 4, !dbg !723
  %23 = icmp eq i32 %22, -1, !dbg !725
  br i1 %23, label %24, label %25, !dbg !726

24:                                               ; preds = %17
  store i8 1, ptr %3, align 1, !dbg !727
  br label %130, !dbg !729

25:                                               ; preds = %17
  %26 = load i32, ptr %6, align 4, !dbg !730
  %27 = icmp sge i32 %26, 1024, !dbg !732
  br i1 %27, label %28, label %39, !dbg !733

28:                                               ; preds = %25
    #dbg_declare(ptr %7, !734, !DIExpression(), !736)
  store ptr @.str.1, ptr %7, align 8, !dbg !736
  %29 = load i32, ptr %6, align 4, !dbg !737
  %30 = load ptr, ptr %7, align 8, !dbg !739
  %31 = load ptr, ptr %7, align 8, !dbg !740
  %32 = call i64 @strlen(ptr noundef %31) #10, !dbg !741
  %33 = call i64 @write(i32 noundef %29, ptr noundef %30, i64 noundef %32), !dbg !742
  %34 = icmp slt i64 %33, 0, !dbg !743
  br i1 %34, label %35, label %36, !dbg !744

35:                                               ; preds = %28
  call void @perror(ptr noundef @.str.2), !dbg !745
  br label %36, !dbg !745

36:                                               ; preds = %35, %28
  %37 = load i32, ptr %6, align 4, !dbg !746
  %38 = call i32 @close(i32 noundef %37), !dbg !747
  br label %44, !dbg !748

39:                                               ; preds = %25
  %40 = load i32, ptr %6, align 4, !dbg !749
  %41 = load ptr, ptr %2, align 8, !dbg !751
  %42 = getelementptr inbounds %struct.conn, ptr %41, i32 0, i32 2, !dbg !752
  %43 = load i32, ptr %42, align 8, !dbg !752
  call void @dispatch_conn_new(i32 noundef %40, i32 noundef 1, i32 noundef %43), !dbg !753
  br label %44

44:                                               ; preds = %39, %36
  store i8 1, ptr %3, align 1, !dbg !754
  br label %130, !dbg !755

45:                                               ; preds = %13
  %46 = load ptr, ptr %2, align 8, !dbg !756
  %47 = getelementptr inbounds %struct.conn, ptr %46, i32 0, i32 5, !dbg !757
  store i32 0, ptr %47, align 4, !dbg !758
  %48 = load ptr, ptr %2, align 8, !dbg !759
  %49 = getelementptr inbounds %struct.conn, ptr %48, i32 0, i32 1, !dbg !760
  store i32 2, ptr %49, align 4, !dbg !761
  br label %130, !dbg !762

50:                                               ; preds = %13
    #dbg_declare(ptr %8, !763, !DIExpression(), !765)
  %51 = load ptr, ptr %2, align 8, !dbg !766
  %52 = getelementptr inbounds %struct.conn, ptr %51, i32 0, i32 2, !dbg !766
  %53 = load i32, ptr %52, align 8, !dbg !766
  %54 = icmp eq i32 %53, 2, !dbg !766
  br i1 %54, label %58, label %55, !dbg !768

55:                                               ; preds = %50
  %56 = load ptr, ptr %2, align 8, !dbg !769
  %57 = call i32 @try_read_network(ptr noundef %56), !dbg !770
  store i32 %57, ptr %8, align 4, !dbg !771
  br label %61, !dbg !772

58:                                               ; preds = %50
  %59 = load ptr, ptr %2, align 8, !dbg !773
  %60 = call i32 @try_read_udp(ptr noundef %59), !dbg !774
  store i32 %60, ptr %8, align 4, !dbg !775
  br label %61

61:                                               ; preds = %58, %55
  %62 = load i32, ptr %8, align 4, !dbg !776
  %63 = icmp ne i32 %62, 0, !dbg !776
  br i1 %63, label %65, label %64, !dbg !778

64:                                               ; preds = %61
  store i8 1, ptr %3, align 1, !dbg !779
  br label %130, !dbg !781

65:                                               ; preds = %61
  %66 = load ptr, ptr %2, align 8, !dbg !782
  %67 = getelementptr inbounds %struct.conn, ptr %66, i32 0, i32 4, !dbg !784
  %68 = getelementptr inbounds [2048 x i8], ptr %67, i64 0, i64 0, !dbg !782
  %69 = load i8, ptr %68, align 4, !dbg !782
  %70 = sext i8 %69 to i32, !dbg !782
  %71 = icmp ne i32 %70, 103, !dbg !785
  br i1 %71, label %72, label %86, !dbg !786

72:                                               ; preds = %65
  %73 = load ptr, ptr %2, align 8, !dbg !787
  %74 = getelementptr inbounds %struct.conn, ptr %73, i32 0, i32 2, !dbg !787
  %75 = load i32, ptr %74, align 8, !dbg !787
  %76 = icmp eq i32 %75, 2, !dbg !787
  br i1 %76, label %83, label %77, !dbg !790

77:                                               ; preds = %72
  %78 = load ptr, ptr %2, align 8, !dbg !791
  %79 = getelementptr inbounds %struct.conn, ptr %78, i32 0, i32 10, !dbg !792
  %80 = load ptr, ptr %79, align 8, !dbg !792
  %81 = load ptr, ptr %2, align 8, !dbg !793
  %82 = call i64 %80(ptr noundef %81, ptr noundef @.str.3, i64 noundef 7), !dbg !791
  br label %83, !dbg !791

83:                                               ; preds = %77, %72
  %84 = load ptr, ptr %2, align 8, !dbg !794
  %85 = getelementptr inbounds %struct.conn, ptr %84, i32 0, i32 1, !dbg !795
  store i32 1, ptr %85, align 4, !dbg !796
  br label %130, !dbg !797

86:                                               ; preds = %65
  %87 = load i64, ptr @gets, align 8, !dbg !798
  %88 = add i64 %87, 1, !dbg !798
  store i64 %88, ptr @gets, align 8, !dbg !798
  %89 = load ptr, ptr %2, align 8, !dbg !799
  %90 = getelementptr inbounds %struct.conn, ptr %89, i32 0, i32 1, !dbg !800
  store i32 3, ptr %90, align 4, !dbg !801
  br label %130, !dbg !802

91:                                               ; preds = %13
  %92 = load ptr, ptr %2, align 8, !dbg !803
  %93 = getelementptr inbounds %struct.conn, ptr %92, i32 0, i32 2, !dbg !803
  %94 = load i32, ptr %93, align 8, !dbg !803
  %95 = icmp eq i32 %94, 2, !dbg !803
  br i1 %95, label %100, label %96, !dbg !805

96:                                               ; preds = %91
  %97 = load ptr, ptr %2, align 8, !dbg !806
  %98 = call i32 @transmit(ptr noundef %97), !dbg !807
  %99 = icmp ne i32 %98, 0, !dbg !807
  br i1 %99, label %107, label %104, !dbg !808

100:                                              ; preds = %91
  %101 = load ptr, ptr %2, align 8, !dbg !809
  %102 = call i32 @transmit_udp(ptr noundef %101), !dbg !810
  %103 = icmp ne i32 %102, 0, !dbg !810
  br i1 %103, label %107, label %104, !dbg !805

104:                                              ; preds = %100, %96
  %105 = load ptr, ptr %2, align 8, !dbg !811
  %106 = getelementptr inbounds %struct.conn, ptr %105, i32 0, i32 1, !dbg !813
  store i32 4, ptr %106, align 4, !dbg !814
  br label %130, !dbg !815

107:                                              ; preds = %100, %96
  %108 = load ptr, ptr %2, align 8, !dbg !816
  %109 = getelementptr inbounds %struct.conn, ptr %108, i32 0, i32 2, !dbg !816
  %110 = load i32, ptr %109, align 8, !dbg !816
  %111 = icmp eq i32 %110, 2, !dbg !816
  %112 = zext i1 %111 to i64, !dbg !816
  %113 = select i1 %111, i32 2, i32 1, !dbg !816
  %114 = load ptr, ptr %2, align 8, !dbg !817
  %115 = getelementptr inbounds %struct.conn, ptr %114, i32 0, i32 1, !dbg !818
  store i32 %113, ptr %115, align 4, !dbg !819
  store i8 1, ptr %3, align 1, !dbg !820
  br label %130, !dbg !821

116:                                              ; preds = %13
  %117 = load ptr, ptr %2, align 8, !dbg !822
  %118 = getelementptr inbounds %struct.conn, ptr %117, i32 0, i32 2, !dbg !822
  %119 = load i32, ptr %118, align 8, !dbg !822
  %120 = icmp eq i32 %119, 2, !dbg !822
  br i1 %120, label %129, label %121, !dbg !824

121:                                              ; preds = %116
  %122 = load ptr, ptr %2, align 8, !dbg !825
  %123 = getelementptr inbounds %struct.conn, ptr %122, i32 0, i32 3, !dbg !827
  %124 = call i32 @event_add(ptr noundef %123, ptr noundef null), !dbg !828
  %125 = load ptr, ptr %2, align 8, !dbg !829
  %126 = getelementptr inbounds %struct.conn, ptr %125, i32 0, i32 0, !dbg !830
  %127 = load i32, ptr %126, align 8, !dbg !830
  %128 = call i32 @close(i32 noundef %127), !dbg !831
  br label %129, !dbg !832

129:                                              ; preds = %121, %116
  store i8 1, ptr %3, align 1, !dbg !833
  br label %130, !dbg !834

130:                                              ; preds = %13, %129, %107, %104, %86, %83, %64, %45, %44, %24
  br label %9, !dbg !697, !llvm.loop !835

131:                                              ; preds = %9
  ret void, !dbg !837
}

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_network(ptr noundef %0) #0 !dbg !838 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !841, !DIExpression(), !842)
    #dbg_declare(ptr %4, !843, !DIExpression(), !844)
  %5 = load ptr, ptr %3, align 8, !dbg !845
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 8, !dbg !846
  %7 = load ptr, ptr %6, align 8, !dbg !846
  %8 = load ptr, ptr %3, align 8, !dbg !847
  %9 = load ptr, ptr %3, align 8, !dbg !848
  %10 = getelementptr inbounds %struct.conn, ptr %9, i32 0, i32 4, !dbg !849
  %11 = getelementptr inbounds [2048 x i8], ptr %10, i64 0, i64 0, !dbg !848
  %12 = load ptr, ptr %3, align 8, !dbg !850
  %13 = getelementptr inbounds %struct.conn, ptr %12, i32 0, i32 5, !dbg !851
  %14 = load i32, ptr %13, align 4, !dbg !851
  %15 = sext i32 %14 to i64, !dbg !852
  %16 = getelementptr inbounds i8, ptr %11, i64 %15, !dbg !852
  %17 = load ptr, ptr %3, align 8, !dbg !853
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 5, !dbg !854
  %19 = load i32, ptr %18, align 4, !dbg !854
  %20 = sext i32 %19 to i64, !dbg !853
  %21 = sub i64 2048, %20, !dbg !855
  %22 = call i64 %7(ptr noundef %8, ptr noundef %16, i64 noundef %21), !dbg !845
  store i64 %22, ptr %4, align 8, !dbg !844
  %23 = load i64, ptr %4, align 8, !dbg !856
  %24 = icmp sle i64 %23, 0, !dbg !858
  br i1 %24, label %25, label %26, !dbg !859

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !860
  br label %33, !dbg !860

26:                                               ; preds = %1
  %27 = load i64, ptr %4, align 8, !dbg !861
  %28 = trunc i64 %27 to i32, !dbg !862
  %29 = load ptr, ptr %3, align 8, !dbg !863
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 5, !dbg !864
  %31 = load i32, ptr %30, align 4, !dbg !865
  %32 = add nsw i32 %31, %28, !dbg !865
  store i32 %32, ptr %30, align 4, !dbg !865
  store i32 1, ptr %2, align 4, !dbg !866
  br label %33, !dbg !866

33:                                               ; preds = %26, %25
  %34 = load i32, ptr %2, align 4, !dbg !867
  ret i32 %34, !dbg !867
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_udp(ptr noundef %0) #0 !dbg !868 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !869, !DIExpression(), !870)
  %5 = load ptr, ptr %3, align 8, !dbg !871
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 7, !dbg !872
  store i32 28, ptr %6, align 4, !dbg !873
    #dbg_declare(ptr %4, !874, !DIExpression(), !875)
  %7 = load ptr, ptr %3, align 8, !dbg !876
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !877
  %9 = load i32, ptr %8, align 8, !dbg !877
  %10 = load ptr, ptr %3, align 8, !dbg !878
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 4, !dbg !879
  %12 = getelementptr inbounds [2048 x i8], ptr %11, i64 0, i64 0, !dbg !878
  %13 = load ptr, ptr %3, align 8, !dbg !880
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 6, !dbg !881
  %15 = load ptr, ptr %3, align 8, !dbg !882
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 7, !dbg !883
  %17 = call i64 @recvfrom(i32 noundef %9, ptr noundef %12, i64 noundef 2048, i32 noundef 0, ptr noundef %14, ptr noundef %16), !dbg !884
  store i64 %17, ptr %4, align 8, !dbg !875
  %18 = load i64, ptr %4, align 8, !dbg !885
  %19 = icmp sgt i64 %18, 8, !dbg !887
  br i1 %19, label %20, label %25, !dbg !888

20:                                               ; preds = %1
  %21 = load i64, ptr %4, align 8, !dbg !889
  %22 = trunc i64 %21 to i32, !dbg !891
  %23 = load ptr, ptr %3, align 8, !dbg !892
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 5, !dbg !893
  store i32 %22, ptr %24, align 4, !dbg !894
  store i32 1, ptr %2, align 4, !dbg !895
  br label %26, !dbg !895

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !896
  br label %26, !dbg !896

26:                                               ; preds = %25, %20
  %27 = load i32, ptr %2, align 4, !dbg !897
  ret i32 %27, !dbg !897
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit(ptr noundef %0) #0 !dbg !898 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.iovec, align 8
  %4 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !899, !DIExpression(), !900)
    #dbg_declare(ptr %3, !901, !DIExpression(), !902)
    #dbg_declare(ptr %4, !903, !DIExpression(), !904)
  %5 = load ptr, ptr %2, align 8, !dbg !905
  call void @reply_msg(ptr dead_on_unwind writable sret(%struct.msghdr) align 8 %4, ptr noundef %5, ptr noundef %3), !dbg !906
  %6 = load ptr, ptr %2, align 8, !dbg !907
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 9, !dbg !908
  %8 = load ptr, ptr %7, align 8, !dbg !908
  %9 = load ptr, ptr %2, align 8, !dbg !909
  %10 = call i64 %8(ptr noundef %9, ptr noundef %4, i32 noundef 0), !dbg !907
  %11 = icmp sgt i64 %10, 0, !dbg !910
  %12 = zext i1 %11 to i32, !dbg !910
  ret i32 %12, !dbg !911
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit_udp(ptr noundef %0) #0 !dbg !912 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.iovec, align 8
  %4 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !913, !DIExpression(), !914)
    #dbg_declare(ptr %3, !915, !DIExpression(), !916)
    #dbg_declare(ptr %4, !917, !DIExpression(), !918)
  %5 = load ptr, ptr %2, align 8, !dbg !919
  call void @reply_msg(ptr dead_on_unwind writable sret(%struct.msghdr) align 8 %4, ptr noundef %5, ptr noundef %3), !dbg !920
  %6 = load ptr, ptr %2, align 8, !dbg !921
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !922
  %8 = load i32, ptr %7, align 8, !dbg !922
  %9 = call i64 @sendmsg(i32 noundef %8, ptr noundef %4, i32 noundef 0), !dbg !923
  %10 = icmp sgt i64 %9, 0, !dbg !924
  %11 = zext i1 %10 to i32, !dbg !924
  ret i32 %11, !dbg !925
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reply_msg(ptr dead_on_unwind noalias writable sret(%struct.msghdr) align 8 %0, ptr noundef %1, ptr noundef %2) #0 !dbg !926 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !929, !DIExpression(), !930)
  store ptr %2, ptr %5, align 8
    #dbg_declare(ptr %5, !931, !DIExpression(), !932)
    #dbg_declare(ptr %0, !933, !DIExpression(), !934)
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 56, i1 false), !dbg !935
  %6 = load ptr, ptr %5, align 8, !dbg !936
  %7 = getelementptr inbounds %struct.iovec, ptr %6, i32 0, i32 0, !dbg !937
  store ptr @.str.4, ptr %7, align 8, !dbg !938
  %8 = load ptr, ptr %5, align 8, !dbg !939
  %9 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 1, !dbg !940
  store i64 5, ptr %9, align 8, !dbg !941
  %10 = load ptr, ptr %5, align 8, !dbg !942
  %11 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 2, !dbg !943
  store ptr %10, ptr %11, align 8, !dbg !944
  %12 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 3, !dbg !945
  store i64 1, ptr %12, align 8, !dbg !946
  %13 = load ptr, ptr %4, align 8, !dbg !947
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 2, !dbg !947
  %15 = load i32, ptr %14, align 8, !dbg !947
  %16 = icmp eq i32 %15, 2, !dbg !947
  br i1 %16, label %17, label %25, !dbg !949

17:                                               ; preds = %3
  %18 = load ptr, ptr %4, align 8, !dbg !950
  %19 = getelementptr inbounds %struct.conn, ptr %18, i32 0, i32 6, !dbg !952
  %20 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 0, !dbg !953
  store ptr %19, ptr %20, align 8, !dbg !954
  %21 = load ptr, ptr %4, align 8, !dbg !955
  %22 = getelementptr inbounds %struct.conn, ptr %21, i32 0, i32 7, !dbg !956
  %23 = load i32, ptr %22, align 4, !dbg !956
  %24 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 1, !dbg !957
  store i32 %23, ptr %24, align 8, !dbg !958
  br label %25, !dbg !959

25:                                               ; preds = %17, %3
  ret void, !dbg !960
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cq_pop(ptr noundef %0) #0 !dbg !961 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !964, !DIExpression(), !965)
    #dbg_declare(ptr %3, !966, !DIExpression(), !967)
  %4 = load ptr, ptr %2, align 8, !dbg !968
  %5 = getelementptr inbounds %struct.conn_queue, ptr %4, i32 0, i32 0, !dbg !969
  %6 = load ptr, ptr %5, align 8, !dbg !969
  store ptr %6, ptr %3, align 8, !dbg !967
  %7 = load ptr, ptr %3, align 8, !dbg !970
  %8 = icmp ne ptr %7, null, !dbg !972
  br i1 %8, label %9, label %23, !dbg !973

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !dbg !974
  %11 = getelementptr inbounds %struct.conn_queue_item, ptr %10, i32 0, i32 3, !dbg !976
  %12 = load ptr, ptr %11, align 8, !dbg !976
  %13 = load ptr, ptr %2, align 8, !dbg !977
  %14 = getelementptr inbounds %struct.conn_queue, ptr %13, i32 0, i32 0, !dbg !978
  store ptr %12, ptr %14, align 8, !dbg !979
  %15 = load ptr, ptr %2, align 8, !dbg !980
  %16 = getelementptr inbounds %struct.conn_queue, ptr %15, i32 0, i32 0, !dbg !982
  %17 = load ptr, ptr %16, align 8, !dbg !982
  %18 = icmp eq ptr %17, null, !dbg !983
  br i1 %18, label %19, label %22, !dbg !984

19:                                               ; preds = %9
  %20 = load ptr, ptr %2, align 8, !dbg !985
  %21 = getelementptr inbounds %struct.conn_queue, ptr %20, i32 0, i32 1, !dbg !986
  store ptr null, ptr %21, align 8, !dbg !987
  br label %22, !dbg !985

22:                                               ; preds = %19, %9
  br label %23, !dbg !988

23:                                               ; preds = %22, %1
  %24 = load ptr, ptr %3, align 8, !dbg !989
  ret ptr %24, !dbg !990
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #4

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #4

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #4

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind allocsize(0,1) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!189, !190, !191, !192, !193, !194, !195}
!llvm.ident = !{!196}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 72, type: !107, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !30, globals: !46, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "memcached-conns.c", directory: "/work/wt-memsock/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "6c7c7f71a8e5e6c3e6bde133aa268f60")
!4 = !{!5, !13, !18}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_states", file: !3, line: 38, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10, !11, !12}
!8 = !DIEnumerator(name: "conn_listening", value: 0)
!9 = !DIEnumerator(name: "conn_new_cmd", value: 1)
!10 = !DIEnumerator(name: "conn_read", value: 2)
!11 = !DIEnumerator(name: "conn_write", value: 3)
!12 = !DIEnumerator(name: "conn_closing", value: 4)
!13 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "network_transport", file: !3, line: 35, baseType: !6, size: 32, elements: !14)
!14 = !{!15, !16, !17}
!15 = !DIEnumerator(name: "local_transport", value: 0)
!16 = !DIEnumerator(name: "tcp_transport", value: 1)
!17 = !DIEnumerator(name: "udp_transport", value: 2)
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !19, line: 24, baseType: !6, size: 32, elements: !20)
!19 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!20 = !{!21, !22, !23, !24, !25, !26, !27, !28, !29}
!21 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!22 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!23 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!24 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!25 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!26 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!27 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!28 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!29 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!30 = !{!31, !32, !45}
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64)
!33 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !34, line: 183, size: 128, elements: !35)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!35 = !{!36, !40}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !33, file: !34, line: 185, baseType: !37, size: 16)
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !38, line: 28, baseType: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!39 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !33, file: !34, line: 186, baseType: !41, size: 112, offset: 16)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 112, elements: !43)
!42 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!43 = !{!44}
!44 = !DISubrange(count: 14)
!45 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!46 = !{!47, !52, !0, !56, !72, !74, !82, !87, !92, !97, !100, !102}
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(scope: null, file: !3, line: 149, type: !49, isLocal: true, isDefinition: true)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 240, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 30)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "main_base", scope: !2, file: !3, line: 71, type: !54, isLocal: true, isDefinition: true)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 22, flags: DIFlagFwdDecl)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "new_conn_queue", scope: !2, file: !3, line: 73, type: !58, isLocal: true, isDefinition: true)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ", file: !3, line: 67, baseType: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue", file: !3, line: 64, size: 128, elements: !61)
!61 = !{!62, !71}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "head", scope: !60, file: !3, line: 65, baseType: !63, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ_ITEM", file: !3, line: 56, baseType: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue_item", file: !3, line: 57, size: 192, elements: !66)
!66 = !{!67, !68, !69, !70}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !65, file: !3, line: 58, baseType: !45, size: 32)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "init_state", scope: !65, file: !3, line: 59, baseType: !5, size: 32, offset: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !65, file: !3, line: 60, baseType: !13, size: 32, offset: 64)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !65, file: !3, line: 61, baseType: !63, size: 64, offset: 128)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !60, file: !3, line: 66, baseType: !63, size: 64, offset: 64)
!72 = !DIGlobalVariableExpression(var: !73, expr: !DIExpression())
!73 = distinct !DIGlobalVariable(name: "notify_send_fd", scope: !2, file: !3, line: 74, type: !45, isLocal: true, isDefinition: true)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "notify_event", scope: !2, file: !3, line: 75, type: !76, isLocal: true, isDefinition: true)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 23, size: 1024, elements: !77)
!77 = !{!78}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !76, file: !3, line: 24, baseType: !79, size: 1024)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 1024, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 128)
!82 = !DIGlobalVariableExpression(var: !83, expr: !DIExpression())
!83 = distinct !DIGlobalVariable(scope: null, file: !3, line: 226, type: !84, isLocal: true, isDefinition: true)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 272, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 34)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(scope: null, file: !3, line: 228, type: !89, isLocal: true, isDefinition: true)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 48, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 6)
!92 = !DIGlobalVariableExpression(var: !93, expr: !DIExpression())
!93 = distinct !DIGlobalVariable(scope: null, file: !3, line: 252, type: !94, isLocal: true, isDefinition: true)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 64, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DIGlobalVariableExpression(var: !98, expr: !DIExpression())
!98 = distinct !DIGlobalVariable(name: "gets", scope: !2, file: !3, line: 76, type: !99, isLocal: true, isDefinition: true)
!99 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!100 = !DIGlobalVariableExpression(var: !101, expr: !DIExpression())
!101 = distinct !DIGlobalVariable(scope: null, file: !3, line: 190, type: !89, isLocal: true, isDefinition: true)
!102 = !DIGlobalVariableExpression(var: !103, expr: !DIExpression())
!103 = distinct !DIGlobalVariable(scope: null, file: !3, line: 294, type: !104, isLocal: true, isDefinition: true)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 24, elements: !105)
!105 = !{!106}
!106 = !DISubrange(count: 3)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !108, size: 64)
!108 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !109, size: 64)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 41, baseType: !110)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 42, size: 17984, elements: !111)
!111 = !{!112, !113, !114, !115, !116, !120, !121, !155, !158, !168, !188}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !110, file: !3, line: 43, baseType: !45, size: 32)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !110, file: !3, line: 44, baseType: !5, size: 32, offset: 32)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !110, file: !3, line: 45, baseType: !13, size: 32, offset: 64)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !110, file: !3, line: 46, baseType: !76, size: 1024, offset: 96)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !110, file: !3, line: 47, baseType: !117, size: 16384, offset: 1120)
!117 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 16384, elements: !118)
!118 = !{!119}
!119 = !DISubrange(count: 2048)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "rbytes", scope: !110, file: !3, line: 48, baseType: !45, size: 32, offset: 17504)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !110, file: !3, line: 49, baseType: !122, size: 224, offset: 17536)
!122 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !123, line: 260, size: 224, elements: !124)
!123 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!124 = !{!125, !126, !132, !135, !154}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !122, file: !123, line: 262, baseType: !37, size: 16)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !122, file: !123, line: 263, baseType: !127, size: 16, offset: 16)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !123, line: 123, baseType: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !129, line: 25, baseType: !130)
!129 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !131, line: 40, baseType: !39)
!131 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!132 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !122, file: !123, line: 264, baseType: !133, size: 32, offset: 32)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !129, line: 26, baseType: !134)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !131, line: 42, baseType: !6)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !122, file: !123, line: 265, baseType: !136, size: 128, offset: 64)
!136 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !123, line: 219, size: 128, elements: !137)
!137 = !{!138}
!138 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !136, file: !123, line: 226, baseType: !139, size: 128)
!139 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !136, file: !123, line: 221, size: 128, elements: !140)
!140 = !{!141, !148, !150}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !139, file: !123, line: 223, baseType: !142, size: 128)
!142 = !DICompositeType(tag: DW_TAG_array_type, baseType: !143, size: 128, elements: !146)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !129, line: 24, baseType: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !131, line: 38, baseType: !145)
!145 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!146 = !{!147}
!147 = !DISubrange(count: 16)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !139, file: !123, line: 224, baseType: !149, size: 128)
!149 = !DICompositeType(tag: DW_TAG_array_type, baseType: !128, size: 128, elements: !95)
!150 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !139, file: !123, line: 225, baseType: !151, size: 128)
!151 = !DICompositeType(tag: DW_TAG_array_type, baseType: !133, size: 128, elements: !152)
!152 = !{!153}
!153 = !DISubrange(count: 4)
!154 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !122, file: !123, line: 266, baseType: !133, size: 32, offset: 192)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !110, file: !3, line: 50, baseType: !156, size: 32, offset: 17760)
!156 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !34, line: 33, baseType: !157)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !131, line: 210, baseType: !6)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "read", scope: !110, file: !3, line: 51, baseType: !159, size: 64, offset: 17792)
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !160, size: 64)
!160 = !DISubroutineType(types: !161)
!161 = !{!162, !108, !31, !166}
!162 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !163, line: 108, baseType: !164)
!163 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !131, line: 194, baseType: !165)
!165 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!166 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !167, line: 18, baseType: !99)
!167 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!168 = !DIDerivedType(tag: DW_TAG_member, name: "sendmsg", scope: !110, file: !3, line: 52, baseType: !169, size: 64, offset: 17856)
!169 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !170, size: 64)
!170 = !DISubroutineType(types: !171)
!171 = !{!162, !108, !172, !45}
!172 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !173, size: 64)
!173 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !34, line: 262, size: 448, elements: !174)
!174 = !{!175, !176, !177, !184, !185, !186, !187}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !173, file: !34, line: 264, baseType: !31, size: 64)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !173, file: !34, line: 265, baseType: !156, size: 32, offset: 64)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !173, file: !34, line: 267, baseType: !178, size: 64, offset: 128)
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !179, size: 64)
!179 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !180, line: 26, size: 128, elements: !181)
!180 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!181 = !{!182, !183}
!182 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !179, file: !180, line: 28, baseType: !31, size: 64)
!183 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !179, file: !180, line: 29, baseType: !166, size: 64, offset: 64)
!184 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !173, file: !34, line: 268, baseType: !166, size: 64, offset: 192)
!185 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !173, file: !34, line: 270, baseType: !31, size: 64, offset: 256)
!186 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !173, file: !34, line: 271, baseType: !166, size: 64, offset: 320)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !173, file: !34, line: 276, baseType: !45, size: 32, offset: 384)
!188 = !DIDerivedType(tag: DW_TAG_member, name: "write", scope: !110, file: !3, line: 53, baseType: !159, size: 64, offset: 17920)
!189 = !{i32 7, !"Dwarf Version", i32 5}
!190 = !{i32 2, !"Debug Info Version", i32 3}
!191 = !{i32 1, !"wchar_size", i32 4}
!192 = !{i32 8, !"PIC Level", i32 2}
!193 = !{i32 7, !"PIE Level", i32 2}
!194 = !{i32 7, !"uwtable", i32 2}
!195 = !{i32 7, !"frame-pointer", i32 2}
!196 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!197 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 78, type: !160, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!198 = !{}
!199 = !DILocalVariable(name: "c", arg: 1, scope: !197, file: !3, line: 78, type: !108)
!200 = !DILocation(line: 78, column: 24, scope: !197)
!201 = !DILocalVariable(name: "buf", arg: 2, scope: !197, file: !3, line: 78, type: !31)
!202 = !DILocation(line: 78, column: 33, scope: !197)
!203 = !DILocalVariable(name: "count", arg: 3, scope: !197, file: !3, line: 78, type: !166)
!204 = !DILocation(line: 78, column: 45, scope: !197)
!205 = !DILocation(line: 79, column: 15, scope: !197)
!206 = !DILocation(line: 79, column: 18, scope: !197)
!207 = !DILocation(line: 79, column: 23, scope: !197)
!208 = !DILocation(line: 79, column: 28, scope: !197)
!209 = !DILocation(line: 79, column: 10, scope: !197)
!210 = !DILocation(line: 79, column: 3, scope: !197)
!211 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 82, type: !170, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!212 = !DILocalVariable(name: "c", arg: 1, scope: !211, file: !3, line: 82, type: !108)
!213 = !DILocation(line: 82, column: 27, scope: !211)
!214 = !DILocalVariable(name: "msg", arg: 2, scope: !211, file: !3, line: 82, type: !172)
!215 = !DILocation(line: 82, column: 45, scope: !211)
!216 = !DILocalVariable(name: "flags", arg: 3, scope: !211, file: !3, line: 82, type: !45)
!217 = !DILocation(line: 82, column: 54, scope: !211)
!218 = !DILocation(line: 83, column: 18, scope: !211)
!219 = !DILocation(line: 83, column: 21, scope: !211)
!220 = !DILocation(line: 83, column: 26, scope: !211)
!221 = !DILocation(line: 83, column: 31, scope: !211)
!222 = !DILocation(line: 83, column: 10, scope: !211)
!223 = !DILocation(line: 83, column: 3, scope: !211)
!224 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 86, type: !160, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!225 = !DILocalVariable(name: "c", arg: 1, scope: !224, file: !3, line: 86, type: !108)
!226 = !DILocation(line: 86, column: 25, scope: !224)
!227 = !DILocalVariable(name: "buf", arg: 2, scope: !224, file: !3, line: 86, type: !31)
!228 = !DILocation(line: 86, column: 34, scope: !224)
!229 = !DILocalVariable(name: "count", arg: 3, scope: !224, file: !3, line: 86, type: !166)
!230 = !DILocation(line: 86, column: 46, scope: !224)
!231 = !DILocation(line: 87, column: 16, scope: !224)
!232 = !DILocation(line: 87, column: 19, scope: !224)
!233 = !DILocation(line: 87, column: 24, scope: !224)
!234 = !DILocation(line: 87, column: 29, scope: !224)
!235 = !DILocation(line: 87, column: 10, scope: !224)
!236 = !DILocation(line: 87, column: 3, scope: !224)
!237 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 92, type: !238, scopeLine: 93, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!238 = !DISubroutineType(types: !239)
!239 = !{!108, !45, !5, !13, !54}
!240 = !DILocalVariable(name: "sfd", arg: 1, scope: !237, file: !3, line: 92, type: !45)
!241 = !DILocation(line: 92, column: 20, scope: !237)
!242 = !DILocalVariable(name: "init_state", arg: 2, scope: !237, file: !3, line: 92, type: !5)
!243 = !DILocation(line: 92, column: 42, scope: !237)
!244 = !DILocalVariable(name: "transport", arg: 3, scope: !237, file: !3, line: 93, type: !13)
!245 = !DILocation(line: 93, column: 39, scope: !237)
!246 = !DILocalVariable(name: "base", arg: 4, scope: !237, file: !3, line: 93, type: !54)
!247 = !DILocation(line: 93, column: 69, scope: !237)
!248 = !DILocation(line: 94, column: 7, scope: !249)
!249 = distinct !DILexicalBlock(scope: !237, file: !3, line: 94, column: 7)
!250 = !DILocation(line: 94, column: 11, scope: !249)
!251 = !DILocation(line: 94, column: 15, scope: !249)
!252 = !DILocation(line: 94, column: 18, scope: !249)
!253 = !DILocation(line: 94, column: 22, scope: !249)
!254 = !DILocation(line: 94, column: 7, scope: !237)
!255 = !DILocation(line: 95, column: 5, scope: !249)
!256 = !DILocalVariable(name: "c", scope: !237, file: !3, line: 96, type: !108)
!257 = !DILocation(line: 96, column: 9, scope: !237)
!258 = !DILocation(line: 96, column: 13, scope: !237)
!259 = !DILocation(line: 96, column: 19, scope: !237)
!260 = !DILocation(line: 97, column: 7, scope: !261)
!261 = distinct !DILexicalBlock(scope: !237, file: !3, line: 97, column: 7)
!262 = !DILocation(line: 97, column: 9, scope: !261)
!263 = !DILocation(line: 97, column: 7, scope: !237)
!264 = !DILocation(line: 98, column: 9, scope: !265)
!265 = distinct !DILexicalBlock(scope: !261, file: !3, line: 97, column: 18)
!266 = !DILocation(line: 98, column: 7, scope: !265)
!267 = !DILocation(line: 99, column: 9, scope: !268)
!268 = distinct !DILexicalBlock(scope: !265, file: !3, line: 99, column: 9)
!269 = !DILocation(line: 99, column: 11, scope: !268)
!270 = !DILocation(line: 99, column: 9, scope: !265)
!271 = !DILocation(line: 100, column: 7, scope: !268)
!272 = !DILocation(line: 101, column: 14, scope: !265)
!273 = !DILocation(line: 101, column: 5, scope: !265)
!274 = !DILocation(line: 101, column: 8, scope: !265)
!275 = !DILocation(line: 101, column: 12, scope: !265)
!276 = !DILocation(line: 102, column: 18, scope: !265)
!277 = !DILocation(line: 102, column: 5, scope: !265)
!278 = !DILocation(line: 102, column: 11, scope: !265)
!279 = !DILocation(line: 102, column: 16, scope: !265)
!280 = !DILocation(line: 103, column: 3, scope: !265)
!281 = !DILocation(line: 104, column: 18, scope: !237)
!282 = !DILocation(line: 104, column: 3, scope: !237)
!283 = !DILocation(line: 104, column: 6, scope: !237)
!284 = !DILocation(line: 104, column: 16, scope: !237)
!285 = !DILocation(line: 105, column: 14, scope: !237)
!286 = !DILocation(line: 105, column: 3, scope: !237)
!287 = !DILocation(line: 105, column: 6, scope: !237)
!288 = !DILocation(line: 105, column: 12, scope: !237)
!289 = !DILocation(line: 106, column: 3, scope: !237)
!290 = !DILocation(line: 106, column: 6, scope: !237)
!291 = !DILocation(line: 106, column: 13, scope: !237)
!292 = !DILocation(line: 107, column: 3, scope: !237)
!293 = !DILocation(line: 107, column: 6, scope: !237)
!294 = !DILocation(line: 107, column: 11, scope: !237)
!295 = !DILocation(line: 108, column: 3, scope: !237)
!296 = !DILocation(line: 108, column: 6, scope: !237)
!297 = !DILocation(line: 108, column: 14, scope: !237)
!298 = !DILocation(line: 109, column: 3, scope: !237)
!299 = !DILocation(line: 109, column: 6, scope: !237)
!300 = !DILocation(line: 109, column: 12, scope: !237)
!301 = !DILocation(line: 110, column: 14, scope: !237)
!302 = !DILocation(line: 110, column: 17, scope: !237)
!303 = !DILocation(line: 110, column: 24, scope: !237)
!304 = !DILocation(line: 110, column: 74, scope: !237)
!305 = !DILocation(line: 110, column: 3, scope: !237)
!306 = !DILocation(line: 111, column: 18, scope: !237)
!307 = !DILocation(line: 111, column: 25, scope: !237)
!308 = !DILocation(line: 111, column: 28, scope: !237)
!309 = !DILocation(line: 111, column: 3, scope: !237)
!310 = !DILocation(line: 112, column: 18, scope: !311)
!311 = distinct !DILexicalBlock(scope: !237, file: !3, line: 112, column: 7)
!312 = !DILocation(line: 112, column: 21, scope: !311)
!313 = !DILocation(line: 112, column: 7, scope: !311)
!314 = !DILocation(line: 112, column: 31, scope: !311)
!315 = !DILocation(line: 112, column: 7, scope: !237)
!316 = !DILocation(line: 113, column: 5, scope: !311)
!317 = !DILocation(line: 114, column: 10, scope: !237)
!318 = !DILocation(line: 114, column: 3, scope: !237)
!319 = !DILocation(line: 115, column: 1, scope: !237)
!320 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 279, type: !321, scopeLine: 279, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!321 = !DISubroutineType(types: !322)
!322 = !{null, !45, !323, !31}
!323 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!324 = !DILocalVariable(name: "fd", arg: 1, scope: !320, file: !3, line: 279, type: !45)
!325 = !DILocation(line: 279, column: 31, scope: !320)
!326 = !DILocalVariable(name: "which", arg: 2, scope: !320, file: !3, line: 279, type: !323)
!327 = !DILocation(line: 279, column: 41, scope: !320)
!328 = !DILocalVariable(name: "arg", arg: 3, scope: !320, file: !3, line: 279, type: !31)
!329 = !DILocation(line: 279, column: 54, scope: !320)
!330 = !DILocalVariable(name: "c", scope: !320, file: !3, line: 280, type: !108)
!331 = !DILocation(line: 280, column: 9, scope: !320)
!332 = !DILocation(line: 280, column: 13, scope: !320)
!333 = !DILocation(line: 281, column: 9, scope: !320)
!334 = !DILocation(line: 282, column: 7, scope: !335)
!335 = distinct !DILexicalBlock(scope: !320, file: !3, line: 282, column: 7)
!336 = !DILocation(line: 282, column: 13, scope: !335)
!337 = !DILocation(line: 282, column: 16, scope: !335)
!338 = !DILocation(line: 282, column: 10, scope: !335)
!339 = !DILocation(line: 282, column: 7, scope: !320)
!340 = !DILocation(line: 283, column: 5, scope: !335)
!341 = !DILocation(line: 284, column: 17, scope: !320)
!342 = !DILocation(line: 284, column: 3, scope: !320)
!343 = !DILocation(line: 285, column: 1, scope: !320)
!344 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 136, type: !345, scopeLine: 137, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!345 = !DISubroutineType(types: !346)
!346 = !{null, !45, !5, !13}
!347 = !DILocalVariable(name: "sfd", arg: 1, scope: !344, file: !3, line: 136, type: !45)
!348 = !DILocation(line: 136, column: 28, scope: !344)
!349 = !DILocalVariable(name: "init_state", arg: 2, scope: !344, file: !3, line: 136, type: !5)
!350 = !DILocation(line: 136, column: 50, scope: !344)
!351 = !DILocalVariable(name: "transport", arg: 3, scope: !344, file: !3, line: 137, type: !13)
!352 = !DILocation(line: 137, column: 47, scope: !344)
!353 = !DILocalVariable(name: "item", scope: !344, file: !3, line: 138, type: !63)
!354 = !DILocation(line: 138, column: 12, scope: !344)
!355 = !DILocation(line: 138, column: 19, scope: !344)
!356 = !DILocation(line: 139, column: 7, scope: !357)
!357 = distinct !DILexicalBlock(scope: !344, file: !3, line: 139, column: 7)
!358 = !DILocation(line: 139, column: 12, scope: !357)
!359 = !DILocation(line: 139, column: 7, scope: !344)
!360 = !DILocation(line: 140, column: 11, scope: !361)
!361 = distinct !DILexicalBlock(scope: !357, file: !3, line: 139, column: 21)
!362 = !DILocation(line: 140, column: 5, scope: !361)
!363 = !DILocation(line: 141, column: 5, scope: !361)
!364 = !DILocation(line: 143, column: 15, scope: !344)
!365 = !DILocation(line: 143, column: 3, scope: !344)
!366 = !DILocation(line: 143, column: 9, scope: !344)
!367 = !DILocation(line: 143, column: 13, scope: !344)
!368 = !DILocation(line: 144, column: 22, scope: !344)
!369 = !DILocation(line: 144, column: 3, scope: !344)
!370 = !DILocation(line: 144, column: 9, scope: !344)
!371 = !DILocation(line: 144, column: 20, scope: !344)
!372 = !DILocation(line: 145, column: 21, scope: !344)
!373 = !DILocation(line: 145, column: 3, scope: !344)
!374 = !DILocation(line: 145, column: 9, scope: !344)
!375 = !DILocation(line: 145, column: 19, scope: !344)
!376 = !DILocation(line: 146, column: 11, scope: !344)
!377 = !DILocation(line: 146, column: 27, scope: !344)
!378 = !DILocation(line: 146, column: 3, scope: !344)
!379 = !DILocalVariable(name: "buf", scope: !344, file: !3, line: 147, type: !42)
!380 = !DILocation(line: 147, column: 8, scope: !344)
!381 = !DILocation(line: 148, column: 13, scope: !382)
!382 = distinct !DILexicalBlock(scope: !344, file: !3, line: 148, column: 7)
!383 = !DILocation(line: 148, column: 7, scope: !382)
!384 = !DILocation(line: 148, column: 38, scope: !382)
!385 = !DILocation(line: 148, column: 7, scope: !344)
!386 = !DILocation(line: 149, column: 5, scope: !382)
!387 = !DILocation(line: 150, column: 1, scope: !344)
!388 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 117, type: !389, scopeLine: 117, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!389 = !DISubroutineType(types: !390)
!390 = !{null, !58, !63}
!391 = !DILocalVariable(name: "cq", arg: 1, scope: !388, file: !3, line: 117, type: !58)
!392 = !DILocation(line: 117, column: 25, scope: !388)
!393 = !DILocalVariable(name: "item", arg: 2, scope: !388, file: !3, line: 117, type: !63)
!394 = !DILocation(line: 117, column: 38, scope: !388)
!395 = !DILocation(line: 118, column: 3, scope: !388)
!396 = !DILocation(line: 118, column: 9, scope: !388)
!397 = !DILocation(line: 118, column: 14, scope: !388)
!398 = !DILocation(line: 119, column: 7, scope: !399)
!399 = distinct !DILexicalBlock(scope: !388, file: !3, line: 119, column: 7)
!400 = !DILocation(line: 119, column: 11, scope: !399)
!401 = !DILocation(line: 119, column: 16, scope: !399)
!402 = !DILocation(line: 119, column: 7, scope: !388)
!403 = !DILocation(line: 120, column: 16, scope: !399)
!404 = !DILocation(line: 120, column: 5, scope: !399)
!405 = !DILocation(line: 120, column: 9, scope: !399)
!406 = !DILocation(line: 120, column: 14, scope: !399)
!407 = !DILocation(line: 122, column: 22, scope: !399)
!408 = !DILocation(line: 122, column: 5, scope: !399)
!409 = !DILocation(line: 122, column: 9, scope: !399)
!410 = !DILocation(line: 122, column: 15, scope: !399)
!411 = !DILocation(line: 122, column: 20, scope: !399)
!412 = !DILocation(line: 123, column: 14, scope: !388)
!413 = !DILocation(line: 123, column: 3, scope: !388)
!414 = !DILocation(line: 123, column: 7, scope: !388)
!415 = !DILocation(line: 123, column: 12, scope: !388)
!416 = !DILocation(line: 124, column: 1, scope: !388)
!417 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 337, type: !418, scopeLine: 337, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !198)
!418 = !DISubroutineType(types: !419)
!419 = !{!45, !45, !420}
!420 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !421, size: 64)
!421 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!422 = !DILocalVariable(name: "argc", arg: 1, scope: !417, file: !3, line: 337, type: !45)
!423 = !DILocation(line: 337, column: 14, scope: !417)
!424 = !DILocalVariable(name: "argv", arg: 2, scope: !417, file: !3, line: 337, type: !420)
!425 = !DILocation(line: 337, column: 27, scope: !417)
!426 = !DILocation(line: 338, column: 15, scope: !417)
!427 = !DILocation(line: 338, column: 13, scope: !417)
!428 = !DILocation(line: 339, column: 20, scope: !417)
!429 = !DILocation(line: 339, column: 18, scope: !417)
!430 = !DILocation(line: 340, column: 11, scope: !417)
!431 = !DILocation(line: 340, column: 9, scope: !417)
!432 = !DILocalVariable(name: "fds", scope: !417, file: !3, line: 341, type: !433)
!433 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 64, elements: !434)
!434 = !{!435}
!435 = !DISubrange(count: 2)
!436 = !DILocation(line: 341, column: 7, scope: !417)
!437 = !DILocation(line: 342, column: 7, scope: !438)
!438 = distinct !DILexicalBlock(scope: !417, file: !3, line: 342, column: 7)
!439 = !DILocation(line: 342, column: 22, scope: !438)
!440 = !DILocation(line: 342, column: 30, scope: !438)
!441 = !DILocation(line: 342, column: 33, scope: !438)
!442 = !DILocation(line: 342, column: 39, scope: !438)
!443 = !DILocation(line: 342, column: 47, scope: !438)
!444 = !DILocation(line: 342, column: 55, scope: !438)
!445 = !DILocation(line: 342, column: 50, scope: !438)
!446 = !DILocation(line: 342, column: 60, scope: !438)
!447 = !DILocation(line: 342, column: 7, scope: !417)
!448 = !DILocation(line: 343, column: 5, scope: !438)
!449 = !DILocation(line: 344, column: 20, scope: !417)
!450 = !DILocation(line: 344, column: 18, scope: !417)
!451 = !DILocation(line: 345, column: 28, scope: !417)
!452 = !DILocation(line: 345, column: 3, scope: !417)
!453 = !DILocation(line: 347, column: 18, scope: !417)
!454 = !DILocation(line: 347, column: 3, scope: !417)
!455 = !DILocation(line: 348, column: 3, scope: !417)
!456 = !DILocation(line: 349, column: 7, scope: !457)
!457 = distinct !DILexicalBlock(scope: !417, file: !3, line: 349, column: 7)
!458 = !DILocation(line: 349, column: 12, scope: !457)
!459 = !DILocation(line: 349, column: 16, scope: !457)
!460 = !DILocation(line: 349, column: 38, scope: !457)
!461 = !DILocation(line: 349, column: 19, scope: !457)
!462 = !DILocation(line: 349, column: 7, scope: !417)
!463 = !DILocation(line: 350, column: 5, scope: !457)
!464 = !DILocation(line: 351, column: 7, scope: !465)
!465 = distinct !DILexicalBlock(scope: !417, file: !3, line: 351, column: 7)
!466 = !DILocation(line: 351, column: 43, scope: !465)
!467 = !DILocation(line: 352, column: 7, scope: !465)
!468 = !DILocation(line: 351, column: 7, scope: !417)
!469 = !DILocation(line: 353, column: 5, scope: !465)
!470 = !DILocation(line: 354, column: 26, scope: !417)
!471 = !DILocation(line: 354, column: 10, scope: !417)
!472 = !DILocation(line: 354, column: 3, scope: !417)
!473 = !DILocation(line: 355, column: 1, scope: !417)
!474 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 152, type: !321, scopeLine: 152, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!475 = !DILocalVariable(name: "fd", arg: 1, scope: !474, file: !3, line: 152, type: !45)
!476 = !DILocation(line: 152, column: 41, scope: !474)
!477 = !DILocalVariable(name: "which", arg: 2, scope: !474, file: !3, line: 152, type: !323)
!478 = !DILocation(line: 152, column: 51, scope: !474)
!479 = !DILocalVariable(name: "arg", arg: 3, scope: !474, file: !3, line: 152, type: !31)
!480 = !DILocation(line: 152, column: 64, scope: !474)
!481 = !DILocalVariable(name: "buf", scope: !474, file: !3, line: 153, type: !42)
!482 = !DILocation(line: 153, column: 8, scope: !474)
!483 = !DILocation(line: 154, column: 9, scope: !474)
!484 = !DILocation(line: 155, column: 9, scope: !474)
!485 = !DILocation(line: 156, column: 12, scope: !486)
!486 = distinct !DILexicalBlock(scope: !474, file: !3, line: 156, column: 7)
!487 = !DILocation(line: 156, column: 7, scope: !486)
!488 = !DILocation(line: 156, column: 25, scope: !486)
!489 = !DILocation(line: 156, column: 7, scope: !474)
!490 = !DILocation(line: 157, column: 5, scope: !486)
!491 = !DILocalVariable(name: "item", scope: !474, file: !3, line: 158, type: !63)
!492 = !DILocation(line: 158, column: 12, scope: !474)
!493 = !DILocation(line: 158, column: 26, scope: !474)
!494 = !DILocation(line: 158, column: 19, scope: !474)
!495 = !DILocation(line: 159, column: 7, scope: !496)
!496 = distinct !DILexicalBlock(scope: !474, file: !3, line: 159, column: 7)
!497 = !DILocation(line: 159, column: 12, scope: !496)
!498 = !DILocation(line: 159, column: 7, scope: !474)
!499 = !DILocation(line: 160, column: 5, scope: !496)
!500 = !DILocation(line: 161, column: 16, scope: !501)
!501 = distinct !DILexicalBlock(scope: !474, file: !3, line: 161, column: 7)
!502 = !DILocation(line: 161, column: 22, scope: !501)
!503 = !DILocation(line: 161, column: 27, scope: !501)
!504 = !DILocation(line: 161, column: 33, scope: !501)
!505 = !DILocation(line: 161, column: 45, scope: !501)
!506 = !DILocation(line: 161, column: 51, scope: !501)
!507 = !DILocation(line: 161, column: 62, scope: !501)
!508 = !DILocation(line: 161, column: 7, scope: !501)
!509 = !DILocation(line: 161, column: 73, scope: !501)
!510 = !DILocation(line: 161, column: 7, scope: !474)
!511 = !DILocation(line: 163, column: 11, scope: !501)
!512 = !DILocation(line: 163, column: 17, scope: !501)
!513 = !DILocation(line: 163, column: 5, scope: !501)
!514 = !DILocation(line: 164, column: 8, scope: !474)
!515 = !DILocation(line: 164, column: 3, scope: !474)
!516 = !DILocation(line: 165, column: 1, scope: !474)
!517 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 321, type: !518, scopeLine: 321, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!518 = !DISubroutineType(types: !519)
!519 = !{!45, !520}
!520 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !521, size: 64)
!521 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!522 = !DILocalVariable(name: "path", arg: 1, scope: !517, file: !3, line: 321, type: !520)
!523 = !DILocation(line: 321, column: 43, scope: !517)
!524 = !DILocalVariable(name: "sfd", scope: !517, file: !3, line: 322, type: !45)
!525 = !DILocation(line: 322, column: 7, scope: !517)
!526 = !DILocation(line: 322, column: 13, scope: !517)
!527 = !DILocation(line: 323, column: 7, scope: !528)
!528 = distinct !DILexicalBlock(scope: !517, file: !3, line: 323, column: 7)
!529 = !DILocation(line: 323, column: 11, scope: !528)
!530 = !DILocation(line: 323, column: 7, scope: !517)
!531 = !DILocation(line: 324, column: 5, scope: !528)
!532 = !DILocalVariable(name: "addr", scope: !517, file: !3, line: 325, type: !533)
!533 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !534, line: 29, size: 880, elements: !535)
!534 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!535 = !{!536, !537}
!536 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !533, file: !534, line: 31, baseType: !37, size: 16)
!537 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !533, file: !534, line: 32, baseType: !538, size: 864, offset: 16)
!538 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 864, elements: !539)
!539 = !{!540}
!540 = !DISubrange(count: 108)
!541 = !DILocation(line: 325, column: 22, scope: !517)
!542 = !DILocation(line: 326, column: 3, scope: !517)
!543 = !DILocation(line: 327, column: 8, scope: !517)
!544 = !DILocation(line: 327, column: 19, scope: !517)
!545 = !DILocation(line: 328, column: 16, scope: !517)
!546 = !DILocation(line: 328, column: 11, scope: !517)
!547 = !DILocation(line: 328, column: 26, scope: !517)
!548 = !DILocation(line: 328, column: 3, scope: !517)
!549 = !DILocation(line: 329, column: 12, scope: !550)
!550 = distinct !DILexicalBlock(scope: !517, file: !3, line: 329, column: 7)
!551 = !DILocation(line: 329, column: 7, scope: !550)
!552 = !DILocation(line: 329, column: 57, scope: !550)
!553 = !DILocation(line: 329, column: 63, scope: !550)
!554 = !DILocation(line: 330, column: 14, scope: !550)
!555 = !DILocation(line: 330, column: 7, scope: !550)
!556 = !DILocation(line: 330, column: 25, scope: !550)
!557 = !DILocation(line: 329, column: 7, scope: !517)
!558 = !DILocation(line: 331, column: 11, scope: !559)
!559 = distinct !DILexicalBlock(scope: !550, file: !3, line: 330, column: 32)
!560 = !DILocation(line: 331, column: 5, scope: !559)
!561 = !DILocation(line: 332, column: 5, scope: !559)
!562 = !DILocation(line: 334, column: 19, scope: !517)
!563 = !DILocation(line: 334, column: 57, scope: !517)
!564 = !DILocation(line: 334, column: 10, scope: !517)
!565 = !DILocation(line: 334, column: 68, scope: !517)
!566 = !DILocation(line: 334, column: 3, scope: !517)
!567 = !DILocation(line: 335, column: 1, scope: !517)
!568 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 287, type: !569, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!569 = !DISubroutineType(types: !570)
!570 = !{!45, !45, !13}
!571 = !DILocalVariable(name: "port", arg: 1, scope: !568, file: !3, line: 287, type: !45)
!572 = !DILocation(line: 287, column: 30, scope: !568)
!573 = !DILocalVariable(name: "transport", arg: 2, scope: !568, file: !3, line: 287, type: !13)
!574 = !DILocation(line: 287, column: 59, scope: !568)
!575 = !DILocalVariable(name: "hints", scope: !568, file: !3, line: 288, type: !576)
!576 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !577, line: 565, size: 384, elements: !578)
!577 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!578 = !{!579, !580, !581, !582, !583, !584, !585, !586}
!579 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !576, file: !577, line: 567, baseType: !45, size: 32)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !576, file: !577, line: 568, baseType: !45, size: 32, offset: 32)
!581 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !576, file: !577, line: 569, baseType: !45, size: 32, offset: 64)
!582 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !576, file: !577, line: 570, baseType: !45, size: 32, offset: 96)
!583 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !576, file: !577, line: 571, baseType: !156, size: 32, offset: 128)
!584 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !576, file: !577, line: 572, baseType: !32, size: 64, offset: 192)
!585 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !576, file: !577, line: 573, baseType: !421, size: 64, offset: 256)
!586 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !576, file: !577, line: 574, baseType: !587, size: 64, offset: 320)
!587 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !576, size: 64)
!588 = !DILocation(line: 288, column: 19, scope: !568)
!589 = !DILocation(line: 289, column: 3, scope: !568)
!590 = !DILocation(line: 290, column: 9, scope: !568)
!591 = !DILocation(line: 290, column: 18, scope: !568)
!592 = !DILocation(line: 291, column: 9, scope: !568)
!593 = !DILocation(line: 291, column: 19, scope: !568)
!594 = !DILocation(line: 292, column: 23, scope: !568)
!595 = !DILocation(line: 292, column: 9, scope: !568)
!596 = !DILocation(line: 292, column: 21, scope: !568)
!597 = !DILocalVariable(name: "port_buf", scope: !568, file: !3, line: 293, type: !598)
!598 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 128, elements: !146)
!599 = !DILocation(line: 293, column: 8, scope: !568)
!600 = !DILocation(line: 294, column: 12, scope: !568)
!601 = !DILocation(line: 294, column: 46, scope: !568)
!602 = !DILocation(line: 294, column: 3, scope: !568)
!603 = !DILocalVariable(name: "ai", scope: !568, file: !3, line: 295, type: !587)
!604 = !DILocation(line: 295, column: 20, scope: !568)
!605 = !DILocation(line: 296, column: 25, scope: !606)
!606 = distinct !DILexicalBlock(scope: !568, file: !3, line: 296, column: 7)
!607 = !DILocation(line: 296, column: 7, scope: !606)
!608 = !DILocation(line: 296, column: 48, scope: !606)
!609 = !DILocation(line: 296, column: 7, scope: !568)
!610 = !DILocation(line: 297, column: 5, scope: !606)
!611 = !DILocalVariable(name: "next", scope: !612, file: !3, line: 298, type: !587)
!612 = distinct !DILexicalBlock(scope: !568, file: !3, line: 298, column: 3)
!613 = !DILocation(line: 298, column: 25, scope: !612)
!614 = !DILocation(line: 298, column: 32, scope: !612)
!615 = !DILocation(line: 298, column: 8, scope: !612)
!616 = !DILocation(line: 298, column: 36, scope: !617)
!617 = distinct !DILexicalBlock(scope: !612, file: !3, line: 298, column: 3)
!618 = !DILocation(line: 298, column: 3, scope: !612)
!619 = !DILocalVariable(name: "sfd", scope: !620, file: !3, line: 299, type: !45)
!620 = distinct !DILexicalBlock(scope: !617, file: !3, line: 298, column: 64)
!621 = !DILocation(line: 299, column: 9, scope: !620)
!622 = !DILocation(line: 299, column: 22, scope: !620)
!623 = !DILocation(line: 299, column: 28, scope: !620)
!624 = !DILocation(line: 299, column: 39, scope: !620)
!625 = !DILocation(line: 299, column: 45, scope: !620)
!626 = !DILocation(line: 299, column: 58, scope: !620)
!627 = !DILocation(line: 299, column: 64, scope: !620)
!628 = !DILocation(line: 299, column: 15, scope: !620)
!629 = !DILocation(line: 300, column: 9, scope: !630)
!630 = distinct !DILexicalBlock(scope: !620, file: !3, line: 300, column: 9)
!631 = !DILocation(line: 300, column: 13, scope: !630)
!632 = !DILocation(line: 300, column: 9, scope: !620)
!633 = !DILocation(line: 301, column: 7, scope: !630)
!634 = !DILocation(line: 302, column: 14, scope: !635)
!635 = distinct !DILexicalBlock(scope: !620, file: !3, line: 302, column: 9)
!636 = !DILocation(line: 302, column: 19, scope: !635)
!637 = !DILocation(line: 302, column: 25, scope: !635)
!638 = !DILocation(line: 302, column: 34, scope: !635)
!639 = !DILocation(line: 302, column: 40, scope: !635)
!640 = !DILocation(line: 302, column: 9, scope: !635)
!641 = !DILocation(line: 302, column: 52, scope: !635)
!642 = !DILocation(line: 302, column: 9, scope: !620)
!643 = !DILocation(line: 303, column: 13, scope: !644)
!644 = distinct !DILexicalBlock(scope: !635, file: !3, line: 302, column: 59)
!645 = !DILocation(line: 303, column: 7, scope: !644)
!646 = !DILocation(line: 304, column: 7, scope: !644)
!647 = !DILocation(line: 306, column: 10, scope: !648)
!648 = distinct !DILexicalBlock(scope: !620, file: !3, line: 306, column: 9)
!649 = !DILocation(line: 306, column: 28, scope: !648)
!650 = !DILocation(line: 306, column: 38, scope: !648)
!651 = !DILocation(line: 306, column: 31, scope: !648)
!652 = !DILocation(line: 306, column: 49, scope: !648)
!653 = !DILocation(line: 306, column: 9, scope: !620)
!654 = !DILocation(line: 307, column: 13, scope: !655)
!655 = distinct !DILexicalBlock(scope: !648, file: !3, line: 306, column: 56)
!656 = !DILocation(line: 307, column: 7, scope: !655)
!657 = !DILocation(line: 308, column: 7, scope: !655)
!658 = !DILocation(line: 310, column: 9, scope: !659)
!659 = distinct !DILexicalBlock(scope: !620, file: !3, line: 310, column: 9)
!660 = !DILocation(line: 310, column: 9, scope: !620)
!661 = !DILocation(line: 311, column: 25, scope: !662)
!662 = distinct !DILexicalBlock(scope: !659, file: !3, line: 310, column: 28)
!663 = !DILocation(line: 311, column: 41, scope: !662)
!664 = !DILocation(line: 311, column: 7, scope: !662)
!665 = !DILocation(line: 312, column: 5, scope: !662)
!666 = !DILocation(line: 312, column: 25, scope: !667)
!667 = distinct !DILexicalBlock(scope: !659, file: !3, line: 312, column: 16)
!668 = !DILocation(line: 312, column: 46, scope: !667)
!669 = !DILocation(line: 312, column: 57, scope: !667)
!670 = !DILocation(line: 312, column: 16, scope: !667)
!671 = !DILocation(line: 312, column: 68, scope: !667)
!672 = !DILocation(line: 312, column: 16, scope: !659)
!673 = !DILocation(line: 313, column: 20, scope: !674)
!674 = distinct !DILexicalBlock(scope: !667, file: !3, line: 312, column: 77)
!675 = !DILocation(line: 313, column: 7, scope: !674)
!676 = !DILocation(line: 314, column: 7, scope: !674)
!677 = !DILocation(line: 316, column: 3, scope: !620)
!678 = !DILocation(line: 298, column: 49, scope: !617)
!679 = !DILocation(line: 298, column: 55, scope: !617)
!680 = !DILocation(line: 298, column: 47, scope: !617)
!681 = !DILocation(line: 298, column: 3, scope: !617)
!682 = distinct !{!682, !618, !683, !684}
!683 = !DILocation(line: 316, column: 3, scope: !612)
!684 = !{!"llvm.loop.mustprogress"}
!685 = !DILocation(line: 317, column: 16, scope: !568)
!686 = !DILocation(line: 317, column: 3, scope: !568)
!687 = !DILocation(line: 318, column: 3, scope: !568)
!688 = !DILocation(line: 319, column: 1, scope: !568)
!689 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 213, type: !690, scopeLine: 213, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!690 = !DISubroutineType(types: !691)
!691 = !{null, !108}
!692 = !DILocalVariable(name: "c", arg: 1, scope: !689, file: !3, line: 213, type: !108)
!693 = !DILocation(line: 213, column: 33, scope: !689)
!694 = !DILocalVariable(name: "stop", scope: !689, file: !3, line: 214, type: !695)
!695 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!696 = !DILocation(line: 214, column: 8, scope: !689)
!697 = !DILocation(line: 215, column: 3, scope: !689)
!698 = !DILocation(line: 215, column: 11, scope: !689)
!699 = !DILocation(line: 215, column: 10, scope: !689)
!700 = !DILocation(line: 216, column: 13, scope: !701)
!701 = distinct !DILexicalBlock(scope: !689, file: !3, line: 215, column: 17)
!702 = !DILocation(line: 216, column: 16, scope: !701)
!703 = !DILocation(line: 216, column: 5, scope: !701)
!704 = !DILocalVariable(name: "addr", scope: !705, file: !3, line: 218, type: !707)
!705 = distinct !DILexicalBlock(scope: !706, file: !3, line: 217, column: 26)
!706 = distinct !DILexicalBlock(scope: !701, file: !3, line: 216, column: 23)
!707 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !34, line: 196, size: 1024, elements: !708)
!708 = !{!709, !710, !714}
!709 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !707, file: !34, line: 198, baseType: !37, size: 16)
!710 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !707, file: !34, line: 199, baseType: !711, size: 944, offset: 16)
!711 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 944, elements: !712)
!712 = !{!713}
!713 = !DISubrange(count: 118)
!714 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !707, file: !34, line: 200, baseType: !99, size: 64, offset: 960)
!715 = !DILocation(line: 218, column: 31, scope: !705)
!716 = !DILocalVariable(name: "addrlen", scope: !705, file: !3, line: 219, type: !156)
!717 = !DILocation(line: 219, column: 17, scope: !705)
!718 = !DILocalVariable(name: "sfd", scope: !705, file: !3, line: 220, type: !45)
!719 = !DILocation(line: 220, column: 11, scope: !705)
!720 = !DILocation(line: 220, column: 24, scope: !705)
!721 = !DILocation(line: 220, column: 27, scope: !705)
!722 = !DILocation(line: 220, column: 17, scope: !705)
!723 = !DILocation(line: 221, column: 11, scope: !724)
!724 = distinct !DILexicalBlock(scope: !705, file: !3, line: 221, column: 11)
!725 = !DILocation(line: 221, column: 15, scope: !724)
!726 = !DILocation(line: 221, column: 11, scope: !705)
!727 = !DILocation(line: 222, column: 14, scope: !728)
!728 = distinct !DILexicalBlock(scope: !724, file: !3, line: 221, column: 22)
!729 = !DILocation(line: 223, column: 9, scope: !728)
!730 = !DILocation(line: 225, column: 11, scope: !731)
!731 = distinct !DILexicalBlock(scope: !705, file: !3, line: 225, column: 11)
!732 = !DILocation(line: 225, column: 15, scope: !731)
!733 = !DILocation(line: 225, column: 11, scope: !705)
!734 = !DILocalVariable(name: "str", scope: !735, file: !3, line: 226, type: !520)
!735 = distinct !DILexicalBlock(scope: !731, file: !3, line: 225, column: 27)
!736 = !DILocation(line: 226, column: 21, scope: !735)
!737 = !DILocation(line: 227, column: 19, scope: !738)
!738 = distinct !DILexicalBlock(scope: !735, file: !3, line: 227, column: 13)
!739 = !DILocation(line: 227, column: 24, scope: !738)
!740 = !DILocation(line: 227, column: 36, scope: !738)
!741 = !DILocation(line: 227, column: 29, scope: !738)
!742 = !DILocation(line: 227, column: 13, scope: !738)
!743 = !DILocation(line: 227, column: 42, scope: !738)
!744 = !DILocation(line: 227, column: 13, scope: !735)
!745 = !DILocation(line: 228, column: 11, scope: !738)
!746 = !DILocation(line: 229, column: 15, scope: !735)
!747 = !DILocation(line: 229, column: 9, scope: !735)
!748 = !DILocation(line: 230, column: 7, scope: !735)
!749 = !DILocation(line: 231, column: 27, scope: !750)
!750 = distinct !DILexicalBlock(scope: !731, file: !3, line: 230, column: 14)
!751 = !DILocation(line: 231, column: 46, scope: !750)
!752 = !DILocation(line: 231, column: 49, scope: !750)
!753 = !DILocation(line: 231, column: 9, scope: !750)
!754 = !DILocation(line: 233, column: 12, scope: !705)
!755 = !DILocation(line: 234, column: 7, scope: !705)
!756 = !DILocation(line: 237, column: 7, scope: !706)
!757 = !DILocation(line: 237, column: 10, scope: !706)
!758 = !DILocation(line: 237, column: 17, scope: !706)
!759 = !DILocation(line: 238, column: 7, scope: !706)
!760 = !DILocation(line: 238, column: 10, scope: !706)
!761 = !DILocation(line: 238, column: 16, scope: !706)
!762 = !DILocation(line: 239, column: 7, scope: !706)
!763 = !DILocalVariable(name: "res", scope: !764, file: !3, line: 241, type: !45)
!764 = distinct !DILexicalBlock(scope: !706, file: !3, line: 240, column: 21)
!765 = !DILocation(line: 241, column: 11, scope: !764)
!766 = !DILocation(line: 242, column: 12, scope: !767)
!767 = distinct !DILexicalBlock(scope: !764, file: !3, line: 242, column: 11)
!768 = !DILocation(line: 242, column: 11, scope: !764)
!769 = !DILocation(line: 243, column: 32, scope: !767)
!770 = !DILocation(line: 243, column: 15, scope: !767)
!771 = !DILocation(line: 243, column: 13, scope: !767)
!772 = !DILocation(line: 243, column: 9, scope: !767)
!773 = !DILocation(line: 245, column: 28, scope: !767)
!774 = !DILocation(line: 245, column: 15, scope: !767)
!775 = !DILocation(line: 245, column: 13, scope: !767)
!776 = !DILocation(line: 246, column: 12, scope: !777)
!777 = distinct !DILexicalBlock(scope: !764, file: !3, line: 246, column: 11)
!778 = !DILocation(line: 246, column: 11, scope: !764)
!779 = !DILocation(line: 247, column: 14, scope: !780)
!780 = distinct !DILexicalBlock(scope: !777, file: !3, line: 246, column: 17)
!781 = !DILocation(line: 248, column: 9, scope: !780)
!782 = !DILocation(line: 250, column: 11, scope: !783)
!783 = distinct !DILexicalBlock(scope: !764, file: !3, line: 250, column: 11)
!784 = !DILocation(line: 250, column: 14, scope: !783)
!785 = !DILocation(line: 250, column: 22, scope: !783)
!786 = !DILocation(line: 250, column: 11, scope: !764)
!787 = !DILocation(line: 251, column: 14, scope: !788)
!788 = distinct !DILexicalBlock(scope: !789, file: !3, line: 251, column: 13)
!789 = distinct !DILexicalBlock(scope: !783, file: !3, line: 250, column: 30)
!790 = !DILocation(line: 251, column: 13, scope: !789)
!791 = !DILocation(line: 252, column: 11, scope: !788)
!792 = !DILocation(line: 252, column: 14, scope: !788)
!793 = !DILocation(line: 252, column: 20, scope: !788)
!794 = !DILocation(line: 253, column: 9, scope: !789)
!795 = !DILocation(line: 253, column: 12, scope: !789)
!796 = !DILocation(line: 253, column: 18, scope: !789)
!797 = !DILocation(line: 254, column: 9, scope: !789)
!798 = !DILocation(line: 256, column: 11, scope: !764)
!799 = !DILocation(line: 257, column: 7, scope: !764)
!800 = !DILocation(line: 257, column: 10, scope: !764)
!801 = !DILocation(line: 257, column: 16, scope: !764)
!802 = !DILocation(line: 258, column: 7, scope: !764)
!803 = !DILocation(line: 261, column: 14, scope: !804)
!804 = distinct !DILexicalBlock(scope: !706, file: !3, line: 261, column: 11)
!805 = !DILocation(line: 261, column: 11, scope: !706)
!806 = !DILocation(line: 261, column: 46, scope: !804)
!807 = !DILocation(line: 261, column: 37, scope: !804)
!808 = !DILocation(line: 261, column: 13, scope: !804)
!809 = !DILocation(line: 261, column: 64, scope: !804)
!810 = !DILocation(line: 261, column: 51, scope: !804)
!811 = !DILocation(line: 262, column: 9, scope: !812)
!812 = distinct !DILexicalBlock(scope: !804, file: !3, line: 261, column: 69)
!813 = !DILocation(line: 262, column: 12, scope: !812)
!814 = !DILocation(line: 262, column: 18, scope: !812)
!815 = !DILocation(line: 263, column: 9, scope: !812)
!816 = !DILocation(line: 265, column: 18, scope: !706)
!817 = !DILocation(line: 265, column: 7, scope: !706)
!818 = !DILocation(line: 265, column: 10, scope: !706)
!819 = !DILocation(line: 265, column: 16, scope: !706)
!820 = !DILocation(line: 266, column: 12, scope: !706)
!821 = !DILocation(line: 267, column: 7, scope: !706)
!822 = !DILocation(line: 269, column: 12, scope: !823)
!823 = distinct !DILexicalBlock(scope: !706, file: !3, line: 269, column: 11)
!824 = !DILocation(line: 269, column: 11, scope: !706)
!825 = !DILocation(line: 270, column: 20, scope: !826)
!826 = distinct !DILexicalBlock(scope: !823, file: !3, line: 269, column: 34)
!827 = !DILocation(line: 270, column: 23, scope: !826)
!828 = !DILocation(line: 270, column: 9, scope: !826)
!829 = !DILocation(line: 271, column: 15, scope: !826)
!830 = !DILocation(line: 271, column: 18, scope: !826)
!831 = !DILocation(line: 271, column: 9, scope: !826)
!832 = !DILocation(line: 272, column: 7, scope: !826)
!833 = !DILocation(line: 273, column: 12, scope: !706)
!834 = !DILocation(line: 274, column: 7, scope: !706)
!835 = distinct !{!835, !697, !836, !684}
!836 = !DILocation(line: 276, column: 3, scope: !689)
!837 = !DILocation(line: 277, column: 1, scope: !689)
!838 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 179, type: !839, scopeLine: 179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!839 = !DISubroutineType(types: !840)
!840 = !{!45, !108}
!841 = !DILocalVariable(name: "c", arg: 1, scope: !838, file: !3, line: 179, type: !108)
!842 = !DILocation(line: 179, column: 35, scope: !838)
!843 = !DILocalVariable(name: "res", scope: !838, file: !3, line: 180, type: !162)
!844 = !DILocation(line: 180, column: 11, scope: !838)
!845 = !DILocation(line: 180, column: 17, scope: !838)
!846 = !DILocation(line: 180, column: 20, scope: !838)
!847 = !DILocation(line: 180, column: 25, scope: !838)
!848 = !DILocation(line: 180, column: 28, scope: !838)
!849 = !DILocation(line: 180, column: 31, scope: !838)
!850 = !DILocation(line: 180, column: 38, scope: !838)
!851 = !DILocation(line: 180, column: 41, scope: !838)
!852 = !DILocation(line: 180, column: 36, scope: !838)
!853 = !DILocation(line: 180, column: 67, scope: !838)
!854 = !DILocation(line: 180, column: 70, scope: !838)
!855 = !DILocation(line: 180, column: 65, scope: !838)
!856 = !DILocation(line: 181, column: 7, scope: !857)
!857 = distinct !DILexicalBlock(scope: !838, file: !3, line: 181, column: 7)
!858 = !DILocation(line: 181, column: 11, scope: !857)
!859 = !DILocation(line: 181, column: 7, scope: !838)
!860 = !DILocation(line: 182, column: 5, scope: !857)
!861 = !DILocation(line: 183, column: 21, scope: !838)
!862 = !DILocation(line: 183, column: 16, scope: !838)
!863 = !DILocation(line: 183, column: 3, scope: !838)
!864 = !DILocation(line: 183, column: 6, scope: !838)
!865 = !DILocation(line: 183, column: 13, scope: !838)
!866 = !DILocation(line: 184, column: 3, scope: !838)
!867 = !DILocation(line: 185, column: 1, scope: !838)
!868 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 167, type: !839, scopeLine: 167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!869 = !DILocalVariable(name: "c", arg: 1, scope: !868, file: !3, line: 167, type: !108)
!870 = !DILocation(line: 167, column: 31, scope: !868)
!871 = !DILocation(line: 168, column: 3, scope: !868)
!872 = !DILocation(line: 168, column: 6, scope: !868)
!873 = !DILocation(line: 168, column: 24, scope: !868)
!874 = !DILocalVariable(name: "res", scope: !868, file: !3, line: 169, type: !162)
!875 = !DILocation(line: 169, column: 11, scope: !868)
!876 = !DILocation(line: 169, column: 26, scope: !868)
!877 = !DILocation(line: 169, column: 29, scope: !868)
!878 = !DILocation(line: 169, column: 34, scope: !868)
!879 = !DILocation(line: 169, column: 37, scope: !868)
!880 = !DILocation(line: 170, column: 46, scope: !868)
!881 = !DILocation(line: 170, column: 49, scope: !868)
!882 = !DILocation(line: 171, column: 27, scope: !868)
!883 = !DILocation(line: 171, column: 30, scope: !868)
!884 = !DILocation(line: 169, column: 17, scope: !868)
!885 = !DILocation(line: 172, column: 7, scope: !886)
!886 = distinct !DILexicalBlock(scope: !868, file: !3, line: 172, column: 7)
!887 = !DILocation(line: 172, column: 11, scope: !886)
!888 = !DILocation(line: 172, column: 7, scope: !868)
!889 = !DILocation(line: 173, column: 22, scope: !890)
!890 = distinct !DILexicalBlock(scope: !886, file: !3, line: 172, column: 16)
!891 = !DILocation(line: 173, column: 17, scope: !890)
!892 = !DILocation(line: 173, column: 5, scope: !890)
!893 = !DILocation(line: 173, column: 8, scope: !890)
!894 = !DILocation(line: 173, column: 15, scope: !890)
!895 = !DILocation(line: 174, column: 5, scope: !890)
!896 = !DILocation(line: 176, column: 3, scope: !868)
!897 = !DILocation(line: 177, column: 1, scope: !868)
!898 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 201, type: !839, scopeLine: 201, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!899 = !DILocalVariable(name: "c", arg: 1, scope: !898, file: !3, line: 201, type: !108)
!900 = !DILocation(line: 201, column: 27, scope: !898)
!901 = !DILocalVariable(name: "iov", scope: !898, file: !3, line: 202, type: !179)
!902 = !DILocation(line: 202, column: 16, scope: !898)
!903 = !DILocalVariable(name: "msg", scope: !898, file: !3, line: 203, type: !173)
!904 = !DILocation(line: 203, column: 17, scope: !898)
!905 = !DILocation(line: 203, column: 33, scope: !898)
!906 = !DILocation(line: 203, column: 23, scope: !898)
!907 = !DILocation(line: 204, column: 10, scope: !898)
!908 = !DILocation(line: 204, column: 13, scope: !898)
!909 = !DILocation(line: 204, column: 21, scope: !898)
!910 = !DILocation(line: 204, column: 33, scope: !898)
!911 = !DILocation(line: 204, column: 3, scope: !898)
!912 = distinct !DISubprogram(name: "transmit_udp", scope: !3, file: !3, line: 207, type: !839, scopeLine: 207, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!913 = !DILocalVariable(name: "c", arg: 1, scope: !912, file: !3, line: 207, type: !108)
!914 = !DILocation(line: 207, column: 31, scope: !912)
!915 = !DILocalVariable(name: "iov", scope: !912, file: !3, line: 208, type: !179)
!916 = !DILocation(line: 208, column: 16, scope: !912)
!917 = !DILocalVariable(name: "msg", scope: !912, file: !3, line: 209, type: !173)
!918 = !DILocation(line: 209, column: 17, scope: !912)
!919 = !DILocation(line: 209, column: 33, scope: !912)
!920 = !DILocation(line: 209, column: 23, scope: !912)
!921 = !DILocation(line: 210, column: 18, scope: !912)
!922 = !DILocation(line: 210, column: 21, scope: !912)
!923 = !DILocation(line: 210, column: 10, scope: !912)
!924 = !DILocation(line: 210, column: 35, scope: !912)
!925 = !DILocation(line: 210, column: 3, scope: !912)
!926 = distinct !DISubprogram(name: "reply_msg", scope: !3, file: !3, line: 187, type: !927, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!927 = !DISubroutineType(types: !928)
!928 = !{!173, !108, !178}
!929 = !DILocalVariable(name: "c", arg: 1, scope: !926, file: !3, line: 187, type: !108)
!930 = !DILocation(line: 187, column: 38, scope: !926)
!931 = !DILocalVariable(name: "iov", arg: 2, scope: !926, file: !3, line: 187, type: !178)
!932 = !DILocation(line: 187, column: 55, scope: !926)
!933 = !DILocalVariable(name: "msg", scope: !926, file: !3, line: 188, type: !173)
!934 = !DILocation(line: 188, column: 17, scope: !926)
!935 = !DILocation(line: 189, column: 3, scope: !926)
!936 = !DILocation(line: 190, column: 3, scope: !926)
!937 = !DILocation(line: 190, column: 8, scope: !926)
!938 = !DILocation(line: 190, column: 17, scope: !926)
!939 = !DILocation(line: 191, column: 3, scope: !926)
!940 = !DILocation(line: 191, column: 8, scope: !926)
!941 = !DILocation(line: 191, column: 16, scope: !926)
!942 = !DILocation(line: 192, column: 17, scope: !926)
!943 = !DILocation(line: 192, column: 7, scope: !926)
!944 = !DILocation(line: 192, column: 15, scope: !926)
!945 = !DILocation(line: 193, column: 7, scope: !926)
!946 = !DILocation(line: 193, column: 18, scope: !926)
!947 = !DILocation(line: 194, column: 7, scope: !948)
!948 = distinct !DILexicalBlock(scope: !926, file: !3, line: 194, column: 7)
!949 = !DILocation(line: 194, column: 7, scope: !926)
!950 = !DILocation(line: 195, column: 21, scope: !951)
!951 = distinct !DILexicalBlock(scope: !948, file: !3, line: 194, column: 29)
!952 = !DILocation(line: 195, column: 24, scope: !951)
!953 = !DILocation(line: 195, column: 9, scope: !951)
!954 = !DILocation(line: 195, column: 18, scope: !951)
!955 = !DILocation(line: 196, column: 23, scope: !951)
!956 = !DILocation(line: 196, column: 26, scope: !951)
!957 = !DILocation(line: 196, column: 9, scope: !951)
!958 = !DILocation(line: 196, column: 21, scope: !951)
!959 = !DILocation(line: 197, column: 3, scope: !951)
!960 = !DILocation(line: 198, column: 3, scope: !926)
!961 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 126, type: !962, scopeLine: 126, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !198)
!962 = !DISubroutineType(types: !963)
!963 = !{!63, !58}
!964 = !DILocalVariable(name: "cq", arg: 1, scope: !961, file: !3, line: 126, type: !58)
!965 = !DILocation(line: 126, column: 28, scope: !961)
!966 = !DILocalVariable(name: "item", scope: !961, file: !3, line: 127, type: !63)
!967 = !DILocation(line: 127, column: 12, scope: !961)
!968 = !DILocation(line: 127, column: 19, scope: !961)
!969 = !DILocation(line: 127, column: 23, scope: !961)
!970 = !DILocation(line: 128, column: 7, scope: !971)
!971 = distinct !DILexicalBlock(scope: !961, file: !3, line: 128, column: 7)
!972 = !DILocation(line: 128, column: 12, scope: !971)
!973 = !DILocation(line: 128, column: 7, scope: !961)
!974 = !DILocation(line: 129, column: 16, scope: !975)
!975 = distinct !DILexicalBlock(scope: !971, file: !3, line: 128, column: 21)
!976 = !DILocation(line: 129, column: 22, scope: !975)
!977 = !DILocation(line: 129, column: 5, scope: !975)
!978 = !DILocation(line: 129, column: 9, scope: !975)
!979 = !DILocation(line: 129, column: 14, scope: !975)
!980 = !DILocation(line: 130, column: 9, scope: !981)
!981 = distinct !DILexicalBlock(scope: !975, file: !3, line: 130, column: 9)
!982 = !DILocation(line: 130, column: 13, scope: !981)
!983 = !DILocation(line: 130, column: 18, scope: !981)
!984 = !DILocation(line: 130, column: 9, scope: !975)
!985 = !DILocation(line: 131, column: 7, scope: !981)
!986 = !DILocation(line: 131, column: 11, scope: !981)
!987 = !DILocation(line: 131, column: 16, scope: !981)
!988 = !DILocation(line: 132, column: 3, scope: !975)
!989 = !DILocation(line: 133, column: 10, scope: !961)
!990 = !DILocation(line: 133, column: 3, scope: !961)
