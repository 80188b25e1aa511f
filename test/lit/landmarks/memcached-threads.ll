; A cache server in memcached 1.6's thread idiom (Inputs/memcached-threads.c):
; a unix stream listener (#0) and one socket() call that makes the TCP
; listener or the UDP socket (#1); the main thread accepts (#2) and hands
; every new fd, and each worker its UDP socket, to a worker through a queue
; item taken from a free list (item->sfd, item->transport, item->mode),
; pushed on the queue of one of an array of per-thread structs
; (&threads[tid]) whose tail is a pointer to a pointer. The worker pops it
; and calls conn_new(item->sfd, ..., item->transport), which fills c->sfd
; and c->transport. Neither the item's nor the thread's object is followed:
; the fd and the transport go from the stores into those fields of
; struct conn_queue_item to the loads of the same fields.
;
; SOCKETS lines: the accepted connections come from the listeners whose
; conns are made in state conn_listening (the unix one and the TCP one).
; UDP lines: recvfrom and the UDP sendmsg run only under
; IS_UDP(c->transport): only the items dispatch_conn_new() fills in the UDP
; branch of server_socket() carry udp_transport; an accepted fd's item
; carries its listener's transport (tcp or local, never udp), and
; notify_worker_fd()'s items (an fd, no transport) are not queue_new_conn.
; TCP lines: tcp_read, tcp_sendmsg and tcp_write run only on conns that are
; not UDP, called through c->read, c->sendmsg and c->write: the accepted
; connections (the listeners carry no data).
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=SOCKETS
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=UDP
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=TCP
;
; SOCKETS-LABEL: koffload landmarks for 'memcached-threads.c'
; SOCKETS-NEXT: socket #0: stream unix, created in server_socket_unix at memcached-threads.c:384
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:391
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-threads.c:359
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:362
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in drive_machine at memcached-threads.c:293
;
; UDP: arrival: recvfrom on socket #1 in try_read_udp at memcached-threads.c:255, loop #{{[0-9]+}}
; UDP: reply: sendmsg on socket #1 in transmit at memcached-threads.c:283, loop #{{[0-9]+}}
;
; TCP: arrival: read on socket #2 in tcp_read at memcached-threads.c:96, loop #{{[0-9]+}}
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-threads.c:100, loop #{{[0-9]+}}
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-threads.c:104, loop #{{[0-9]+}}
;
; MADE-FROM: Inputs/memcached-threads.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - memcached-threads.c

; ModuleID = 'memcached-threads.c'
source_filename = "memcached-threads.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.iovec = type { ptr, i64 }
%struct.conn = type { i32, i32, i32, ptr, %struct.event, [2048 x i8], i32, %struct.sockaddr_in6, i32, ptr, ptr, ptr }
%struct.event = type { [128 x i8] }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.LIBEVENT_THREAD = type { i64, ptr, %struct.event, i32, i32, ptr }
%struct.conn_queue_item = type { i32, i32, i32, i32, ptr }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }
%struct.conn_queue = type { ptr, ptr, %union.pthread_mutex_t }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }

@conns = internal global ptr null, align 8, !dbg !0
@last_thread = internal global i32 -1, align 4, !dbg !127
@threads = internal global ptr null, align 8, !dbg !56
@main_base = internal global ptr null, align 8, !dbg !52
@cqi_freelist_lock = internal global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !123
@cqi_freelist = internal global ptr null, align 8, !dbg !125
@.str = private unnamed_addr constant [30 x i8] c"Writing to thread notify pipe\00", align 1, !dbg !129
@.str.1 = private unnamed_addr constant [8 x i8] c"ERROR\0D\0A\00", align 1, !dbg !134
@gets = internal global i64 0, align 8, !dbg !139
@.str.2 = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !141
@__const.transmit.iov = private unnamed_addr constant %struct.iovec { ptr @.str.2, i64 5 }, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"%d\00", align 1, !dbg !146

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_read(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !241 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !243, !DIExpression(), !244)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !245, !DIExpression(), !246)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !247, !DIExpression(), !248)
  %7 = load ptr, ptr %4, align 8, !dbg !249
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !250
  %9 = load i32, ptr %8, align 8, !dbg !250
  %10 = load ptr, ptr %5, align 8, !dbg !251
  %11 = load i64, ptr %6, align 8, !dbg !252
  %12 = call i64 @read(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !253
  ret i64 %12, !dbg !254
}

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_sendmsg(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !255 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !256, !DIExpression(), !257)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !258, !DIExpression(), !259)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !260, !DIExpression(), !261)
  %7 = load ptr, ptr %4, align 8, !dbg !262
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !263
  %9 = load i32, ptr %8, align 8, !dbg !263
  %10 = load ptr, ptr %5, align 8, !dbg !264
  %11 = load i32, ptr %6, align 4, !dbg !265
  %12 = call i64 @sendmsg(i32 noundef %9, ptr noundef %10, i32 noundef %11), !dbg !266
  ret i64 %12, !dbg !267
}

declare i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_write(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !268 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !269, !DIExpression(), !270)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !271, !DIExpression(), !272)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !273, !DIExpression(), !274)
  %7 = load ptr, ptr %4, align 8, !dbg !275
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !276
  %9 = load i32, ptr %8, align 8, !dbg !276
  %10 = load ptr, ptr %5, align 8, !dbg !277
  %11 = load i64, ptr %6, align 8, !dbg !278
  %12 = call i64 @write(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !279
  ret i64 %12, !dbg !280
}

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !281 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %6, align 4
    #dbg_declare(ptr %6, !284, !DIExpression(), !285)
  store i32 %1, ptr %7, align 4
    #dbg_declare(ptr %7, !286, !DIExpression(), !287)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !288, !DIExpression(), !289)
  store ptr %3, ptr %9, align 8
    #dbg_declare(ptr %9, !290, !DIExpression(), !291)
  %11 = load i32, ptr %6, align 4, !dbg !292
  %12 = icmp slt i32 %11, 0, !dbg !294
  br i1 %12, label %16, label %13, !dbg !295

13:                                               ; preds = %4
  %14 = load i32, ptr %6, align 4, !dbg !296
  %15 = icmp sge i32 %14, 1024, !dbg !297
  br i1 %15, label %16, label %17, !dbg !298

16:                                               ; preds = %13, %4
  store ptr null, ptr %5, align 8, !dbg !299
  br label %69, !dbg !299

17:                                               ; preds = %13
    #dbg_declare(ptr %10, !300, !DIExpression(), !301)
  %18 = load ptr, ptr @conns, align 8, !dbg !302
  %19 = load i32, ptr %6, align 4, !dbg !303
  %20 = sext i32 %19 to i64, !dbg !302
  %21 = getelementptr inbounds ptr, ptr %18, i64 %20, !dbg !302
  %22 = load ptr, ptr %21, align 8, !dbg !302
  store ptr %22, ptr %10, align 8, !dbg !301
  %23 = load ptr, ptr %10, align 8, !dbg !304
  %24 = icmp eq ptr %23, null, !dbg !306
  br i1 %24, label %25, label %39, !dbg !307

25:                                               ; preds = %17
  %26 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 2264) #8, !dbg !308
  store ptr %26, ptr %10, align 8, !dbg !310
  %27 = load ptr, ptr %10, align 8, !dbg !311
  %28 = icmp eq ptr %27, null, !dbg !313
  br i1 %28, label %29, label %30, !dbg !314

29:                                               ; preds = %25
  store ptr null, ptr %5, align 8, !dbg !315
  br label %69, !dbg !315

30:                                               ; preds = %25
  %31 = load i32, ptr %6, align 4, !dbg !316
  %32 = load ptr, ptr %10, align 8, !dbg !317
  %33 = getelementptr inbounds %struct.conn, ptr %32, i32 0, i32 0, !dbg !318
  store i32 %31, ptr %33, align 8, !dbg !319
  %34 = load ptr, ptr %10, align 8, !dbg !320
  %35 = load ptr, ptr @conns, align 8, !dbg !321
  %36 = load i32, ptr %6, align 4, !dbg !322
  %37 = sext i32 %36 to i64, !dbg !321
  %38 = getelementptr inbounds ptr, ptr %35, i64 %37, !dbg !321
  store ptr %34, ptr %38, align 8, !dbg !323
  br label %39, !dbg !324

39:                                               ; preds = %30, %17
  %40 = load i32, ptr %8, align 4, !dbg !325
  %41 = load ptr, ptr %10, align 8, !dbg !326
  %42 = getelementptr inbounds %struct.conn, ptr %41, i32 0, i32 2, !dbg !327
  store i32 %40, ptr %42, align 8, !dbg !328
  %43 = load i32, ptr %7, align 4, !dbg !329
  %44 = load ptr, ptr %10, align 8, !dbg !330
  %45 = getelementptr inbounds %struct.conn, ptr %44, i32 0, i32 1, !dbg !331
  store i32 %43, ptr %45, align 4, !dbg !332
  %46 = load ptr, ptr %10, align 8, !dbg !333
  %47 = getelementptr inbounds %struct.conn, ptr %46, i32 0, i32 6, !dbg !334
  store i32 0, ptr %47, align 8, !dbg !335
  %48 = load ptr, ptr %10, align 8, !dbg !336
  %49 = getelementptr inbounds %struct.conn, ptr %48, i32 0, i32 9, !dbg !337
  store ptr @tcp_read, ptr %49, align 8, !dbg !338
  %50 = load ptr, ptr %10, align 8, !dbg !339
  %51 = getelementptr inbounds %struct.conn, ptr %50, i32 0, i32 10, !dbg !340
  store ptr @tcp_sendmsg, ptr %51, align 8, !dbg !341
  %52 = load ptr, ptr %10, align 8, !dbg !342
  %53 = getelementptr inbounds %struct.conn, ptr %52, i32 0, i32 11, !dbg !343
  store ptr @tcp_write, ptr %53, align 8, !dbg !344
  %54 = load ptr, ptr %10, align 8, !dbg !345
  %55 = getelementptr inbounds %struct.conn, ptr %54, i32 0, i32 4, !dbg !346
  %56 = load i32, ptr %6, align 4, !dbg !347
  %57 = load ptr, ptr %10, align 8, !dbg !348
  call void @event_set(ptr noundef %55, i32 noundef %56, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %57), !dbg !349
  %58 = load ptr, ptr %9, align 8, !dbg !350
  %59 = load ptr, ptr %10, align 8, !dbg !351
  %60 = getelementptr inbounds %struct.conn, ptr %59, i32 0, i32 4, !dbg !352
  %61 = call i32 @event_base_set(ptr noundef %58, ptr noundef %60), !dbg !353
  %62 = load ptr, ptr %10, align 8, !dbg !354
  %63 = getelementptr inbounds %struct.conn, ptr %62, i32 0, i32 4, !dbg !356
  %64 = call i32 @event_add(ptr noundef %63, ptr noundef null), !dbg !357
  %65 = icmp eq i32 %64, -1, !dbg !358
  br i1 %65, label %66, label %67, !dbg !359

66:                                               ; preds = %39
  store ptr null, ptr %5, align 8, !dbg !360
  br label %69, !dbg !360

67:                                               ; preds = %39
  %68 = load ptr, ptr %10, align 8, !dbg !361
  store ptr %68, ptr %5, align 8, !dbg !362
  br label %69, !dbg !362

69:                                               ; preds = %67, %66, %29, %16
  %70 = load ptr, ptr %5, align 8, !dbg !363
  ret ptr %70, !dbg !363
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !364 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !367, !DIExpression(), !368)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !369, !DIExpression(), !370)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !371, !DIExpression(), !372)
    #dbg_declare(ptr %7, !373, !DIExpression(), !374)
  %8 = load ptr, ptr %6, align 8, !dbg !375
  store ptr %8, ptr %7, align 8, !dbg !374
  %9 = load i16, ptr %5, align 2, !dbg !376
  %10 = load i32, ptr %4, align 4, !dbg !377
  %11 = load ptr, ptr %7, align 8, !dbg !379
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 0, !dbg !380
  %13 = load i32, ptr %12, align 8, !dbg !380
  %14 = icmp ne i32 %10, %13, !dbg !381
  br i1 %14, label %15, label %16, !dbg !382

15:                                               ; preds = %3
  br label %18, !dbg !383

16:                                               ; preds = %3
  %17 = load ptr, ptr %7, align 8, !dbg !384
  call void @drive_machine(ptr noundef %17), !dbg !385
  br label %18, !dbg !386

18:                                               ; preds = %16, %15
  ret void, !dbg !386
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !387 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !390, !DIExpression(), !391)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !392, !DIExpression(), !393)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !394, !DIExpression(), !395)
    #dbg_declare(ptr %7, !396, !DIExpression(), !397)
  %10 = call ptr @cqi_new(), !dbg !398
  store ptr %10, ptr %7, align 8, !dbg !397
  %11 = load ptr, ptr %7, align 8, !dbg !399
  %12 = icmp eq ptr %11, null, !dbg !401
  br i1 %12, label %13, label %16, !dbg !402

13:                                               ; preds = %3
  %14 = load i32, ptr %4, align 4, !dbg !403
  %15 = call i32 @close(i32 noundef %14), !dbg !405
  br label %38, !dbg !406

16:                                               ; preds = %3
    #dbg_declare(ptr %8, !407, !DIExpression(), !408)
  %17 = load i32, ptr @last_thread, align 4, !dbg !409
  %18 = add nsw i32 %17, 1, !dbg !410
  %19 = srem i32 %18, 4, !dbg !411
  store i32 %19, ptr %8, align 4, !dbg !408
    #dbg_declare(ptr %9, !412, !DIExpression(), !413)
  %20 = load ptr, ptr @threads, align 8, !dbg !414
  %21 = load i32, ptr %8, align 4, !dbg !415
  %22 = sext i32 %21 to i64, !dbg !414
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %20, i64 %22, !dbg !414
  store ptr %23, ptr %9, align 8, !dbg !413
  %24 = load i32, ptr %8, align 4, !dbg !416
  store i32 %24, ptr @last_thread, align 4, !dbg !417
  %25 = load i32, ptr %4, align 4, !dbg !418
  %26 = load ptr, ptr %7, align 8, !dbg !419
  %27 = getelementptr inbounds %struct.conn_queue_item, ptr %26, i32 0, i32 0, !dbg !420
  store i32 %25, ptr %27, align 8, !dbg !421
  %28 = load i32, ptr %5, align 4, !dbg !422
  %29 = load ptr, ptr %7, align 8, !dbg !423
  %30 = getelementptr inbounds %struct.conn_queue_item, ptr %29, i32 0, i32 1, !dbg !424
  store i32 %28, ptr %30, align 4, !dbg !425
  %31 = load i32, ptr %6, align 4, !dbg !426
  %32 = load ptr, ptr %7, align 8, !dbg !427
  %33 = getelementptr inbounds %struct.conn_queue_item, ptr %32, i32 0, i32 2, !dbg !428
  store i32 %31, ptr %33, align 8, !dbg !429
  %34 = load ptr, ptr %7, align 8, !dbg !430
  %35 = getelementptr inbounds %struct.conn_queue_item, ptr %34, i32 0, i32 3, !dbg !431
  store i32 0, ptr %35, align 4, !dbg !432
  %36 = load ptr, ptr %9, align 8, !dbg !433
  %37 = load ptr, ptr %7, align 8, !dbg !434
  call void @notify_worker(ptr noundef %36, ptr noundef %37), !dbg !435
  br label %38, !dbg !436

38:                                               ; preds = %16, %13
  ret void, !dbg !436
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cqi_new() #0 !dbg !437 {
  %1 = alloca ptr, align 8
    #dbg_declare(ptr %1, !440, !DIExpression(), !441)
  store ptr null, ptr %1, align 8, !dbg !441
  %2 = call i32 @pthread_mutex_lock(ptr noundef @cqi_freelist_lock) #9, !dbg !442
  %3 = load ptr, ptr @cqi_freelist, align 8, !dbg !443
  %4 = icmp ne ptr %3, null, !dbg !443
  br i1 %4, label %5, label %10, !dbg !445

5:                                                ; preds = %0
  %6 = load ptr, ptr @cqi_freelist, align 8, !dbg !446
  store ptr %6, ptr %1, align 8, !dbg !448
  %7 = load ptr, ptr %1, align 8, !dbg !449
  %8 = getelementptr inbounds %struct.conn_queue_item, ptr %7, i32 0, i32 4, !dbg !450
  %9 = load ptr, ptr %8, align 8, !dbg !450
  store ptr %9, ptr @cqi_freelist, align 8, !dbg !451
  br label %10, !dbg !452

10:                                               ; preds = %5, %0
  %11 = call i32 @pthread_mutex_unlock(ptr noundef @cqi_freelist_lock) #9, !dbg !453
  %12 = load ptr, ptr %1, align 8, !dbg !454
  %13 = icmp eq ptr %12, null, !dbg !456
  br i1 %13, label %14, label %16, !dbg !457

14:                                               ; preds = %10
  %15 = call noalias ptr @malloc(i64 noundef 24) #10, !dbg !458
  store ptr %15, ptr %1, align 8, !dbg !459
  br label %16, !dbg !460

16:                                               ; preds = %14, %10
  %17 = load ptr, ptr %1, align 8, !dbg !461
  ret ptr %17, !dbg !462
}

declare i32 @close(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_worker(ptr noundef %0, ptr noundef %1) #0 !dbg !463 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !466, !DIExpression(), !467)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !468, !DIExpression(), !469)
  %6 = load ptr, ptr %3, align 8, !dbg !470
  %7 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %6, i32 0, i32 5, !dbg !471
  %8 = load ptr, ptr %7, align 8, !dbg !471
  %9 = load ptr, ptr %4, align 8, !dbg !472
  call void @cq_push(ptr noundef %8, ptr noundef %9), !dbg !473
    #dbg_declare(ptr %5, !474, !DIExpression(), !475)
  store i8 99, ptr %5, align 1, !dbg !475
  %10 = load ptr, ptr %3, align 8, !dbg !476
  %11 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %10, i32 0, i32 4, !dbg !478
  %12 = load i32, ptr %11, align 4, !dbg !478
  %13 = call i64 @write(i32 noundef %12, ptr noundef %5, i64 noundef 1), !dbg !479
  %14 = icmp ne i64 %13, 1, !dbg !480
  br i1 %14, label %15, label %16, !dbg !481

15:                                               ; preds = %2
  call void @perror(ptr noundef @.str), !dbg !482
  br label %16, !dbg !482

16:                                               ; preds = %15, %2
  ret void, !dbg !483
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @redispatch_conn(ptr noundef %0) #0 !dbg !484 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !487, !DIExpression(), !488)
  %3 = load ptr, ptr %2, align 8, !dbg !489
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 3, !dbg !490
  %5 = load ptr, ptr %4, align 8, !dbg !490
  %6 = load ptr, ptr %2, align 8, !dbg !491
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !492
  %8 = load i32, ptr %7, align 8, !dbg !492
  call void @notify_worker_fd(ptr noundef %5, i32 noundef %8, i32 noundef 2), !dbg !493
  ret void, !dbg !494
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_worker_fd(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !495 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !498, !DIExpression(), !499)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !500, !DIExpression(), !501)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !502, !DIExpression(), !503)
    #dbg_declare(ptr %7, !504, !DIExpression(), !505)
  %8 = call ptr @cqi_new(), !dbg !506
  store ptr %8, ptr %7, align 8, !dbg !505
  %9 = load ptr, ptr %7, align 8, !dbg !507
  %10 = icmp eq ptr %9, null, !dbg !509
  br i1 %10, label %11, label %12, !dbg !510

11:                                               ; preds = %3
  br label %21, !dbg !511

12:                                               ; preds = %3
  %13 = load i32, ptr %6, align 4, !dbg !512
  %14 = load ptr, ptr %7, align 8, !dbg !513
  %15 = getelementptr inbounds %struct.conn_queue_item, ptr %14, i32 0, i32 3, !dbg !514
  store i32 %13, ptr %15, align 4, !dbg !515
  %16 = load i32, ptr %5, align 4, !dbg !516
  %17 = load ptr, ptr %7, align 8, !dbg !517
  %18 = getelementptr inbounds %struct.conn_queue_item, ptr %17, i32 0, i32 0, !dbg !518
  store i32 %16, ptr %18, align 8, !dbg !519
  %19 = load ptr, ptr %4, align 8, !dbg !520
  %20 = load ptr, ptr %7, align 8, !dbg !521
  call void @notify_worker(ptr noundef %19, ptr noundef %20), !dbg !522
  br label %21, !dbg !523

21:                                               ; preds = %12, %11
  ret void, !dbg !523
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !524 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !529, !DIExpression(), !530)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !531, !DIExpression(), !532)
  %6 = call ptr @event_init(), !dbg !533
  store ptr %6, ptr @main_base, align 8, !dbg !534
  %7 = call noalias ptr @calloc(i64 noundef 1024, i64 noundef 8) #8, !dbg !535
  store ptr %7, ptr @conns, align 8, !dbg !536
  %8 = load ptr, ptr @conns, align 8, !dbg !537
  %9 = icmp eq ptr %8, null, !dbg !539
  br i1 %9, label %10, label %11, !dbg !540

10:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !541
  br label %31, !dbg !541

11:                                               ; preds = %2
  call void @thread_init(), !dbg !542
  %12 = load i32, ptr %4, align 4, !dbg !543
  %13 = icmp sgt i32 %12, 1, !dbg !545
  br i1 %13, label %14, label %21, !dbg !546

14:                                               ; preds = %11
  %15 = load ptr, ptr %5, align 8, !dbg !547
  %16 = getelementptr inbounds ptr, ptr %15, i64 1, !dbg !547
  %17 = load ptr, ptr %16, align 8, !dbg !547
  %18 = call i32 @server_socket_unix(ptr noundef %17), !dbg !548
  %19 = icmp ne i32 %18, 0, !dbg !548
  br i1 %19, label %20, label %21, !dbg !549

20:                                               ; preds = %14
  store i32 1, ptr %3, align 4, !dbg !550
  br label %31, !dbg !550

21:                                               ; preds = %14, %11
  %22 = call i32 @server_socket(i32 noundef 11211, i32 noundef 1), !dbg !551
  %23 = icmp ne i32 %22, 0, !dbg !551
  br i1 %23, label %27, label %24, !dbg !553

24:                                               ; preds = %21
  %25 = call i32 @server_socket(i32 noundef 11211, i32 noundef 2), !dbg !554
  %26 = icmp ne i32 %25, 0, !dbg !554
  br i1 %26, label %27, label %28, !dbg !555

27:                                               ; preds = %24, %21
  store i32 1, ptr %3, align 4, !dbg !556
  br label %31, !dbg !556

28:                                               ; preds = %24
  %29 = load ptr, ptr @main_base, align 8, !dbg !557
  %30 = call i32 @event_base_loop(ptr noundef %29, i32 noundef 0), !dbg !558
  store i32 %30, ptr %3, align 4, !dbg !559
  br label %31, !dbg !559

31:                                               ; preds = %28, %27, %20, %10
  %32 = load i32, ptr %3, align 4, !dbg !560
  ret i32 %32, !dbg !560
}

declare ptr @event_init() #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_init() #0 !dbg !561 {
  %1 = alloca i32, align 4
  %2 = alloca [2 x i32], align 4
  %3 = alloca i32, align 4
  %4 = call noalias ptr @calloc(i64 noundef 4, i64 noundef 160) #8, !dbg !564
  store ptr %4, ptr @threads, align 8, !dbg !565
  %5 = load ptr, ptr @threads, align 8, !dbg !566
  %6 = icmp eq ptr %5, null, !dbg !568
  br i1 %6, label %7, label %8, !dbg !569

7:                                                ; preds = %0
  call void @exit(i32 noundef 1) #11, !dbg !570
  unreachable, !dbg !570

8:                                                ; preds = %0
    #dbg_declare(ptr %1, !571, !DIExpression(), !573)
  store i32 0, ptr %1, align 4, !dbg !573
  br label %9, !dbg !574

9:                                                ; preds = %36, %8
  %10 = load i32, ptr %1, align 4, !dbg !575
  %11 = icmp slt i32 %10, 4, !dbg !577
  br i1 %11, label %12, label %39, !dbg !578

12:                                               ; preds = %9
    #dbg_declare(ptr %2, !579, !DIExpression(), !584)
  %13 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 0, !dbg !585
  %14 = call i32 @pipe(ptr noundef %13) #9, !dbg !587
  %15 = icmp ne i32 %14, 0, !dbg !587
  br i1 %15, label %16, label %17, !dbg !588

16:                                               ; preds = %12
  call void @exit(i32 noundef 1) #11, !dbg !589
  unreachable, !dbg !589

17:                                               ; preds = %12
  %18 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 0, !dbg !590
  %19 = load i32, ptr %18, align 4, !dbg !590
  %20 = load ptr, ptr @threads, align 8, !dbg !591
  %21 = load i32, ptr %1, align 4, !dbg !592
  %22 = sext i32 %21 to i64, !dbg !591
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %20, i64 %22, !dbg !591
  %24 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %23, i32 0, i32 3, !dbg !593
  store i32 %19, ptr %24, align 8, !dbg !594
  %25 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 1, !dbg !595
  %26 = load i32, ptr %25, align 4, !dbg !595
  %27 = load ptr, ptr @threads, align 8, !dbg !596
  %28 = load i32, ptr %1, align 4, !dbg !597
  %29 = sext i32 %28 to i64, !dbg !596
  %30 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %27, i64 %29, !dbg !596
  %31 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %30, i32 0, i32 4, !dbg !598
  store i32 %26, ptr %31, align 4, !dbg !599
  %32 = load ptr, ptr @threads, align 8, !dbg !600
  %33 = load i32, ptr %1, align 4, !dbg !601
  %34 = sext i32 %33 to i64, !dbg !600
  %35 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %32, i64 %34, !dbg !600
  call void @setup_thread(ptr noundef %35), !dbg !602
  br label %36, !dbg !603

36:                                               ; preds = %17
  %37 = load i32, ptr %1, align 4, !dbg !604
  %38 = add nsw i32 %37, 1, !dbg !604
  store i32 %38, ptr %1, align 4, !dbg !604
  br label %9, !dbg !605, !llvm.loop !606

39:                                               ; preds = %9
    #dbg_declare(ptr %3, !609, !DIExpression(), !611)
  store i32 0, ptr %3, align 4, !dbg !611
  br label %40, !dbg !612

40:                                               ; preds = %54, %39
  %41 = load i32, ptr %3, align 4, !dbg !613
  %42 = icmp slt i32 %41, 4, !dbg !615
  br i1 %42, label %43, label %57, !dbg !616

43:                                               ; preds = %40
  %44 = load ptr, ptr @threads, align 8, !dbg !617
  %45 = load i32, ptr %3, align 4, !dbg !618
  %46 = sext i32 %45 to i64, !dbg !617
  %47 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %44, i64 %46, !dbg !617
  %48 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %47, i32 0, i32 0, !dbg !619
  %49 = load ptr, ptr @threads, align 8, !dbg !620
  %50 = load i32, ptr %3, align 4, !dbg !621
  %51 = sext i32 %50 to i64, !dbg !620
  %52 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %49, i64 %51, !dbg !620
  %53 = call i32 @pthread_create(ptr noundef %48, ptr noundef null, ptr noundef @worker_libevent, ptr noundef %52) #9, !dbg !622
  br label %54, !dbg !622

54:                                               ; preds = %43
  %55 = load i32, ptr %3, align 4, !dbg !623
  %56 = add nsw i32 %55, 1, !dbg !623
  store i32 %56, ptr %3, align 4, !dbg !623
  br label %40, !dbg !624, !llvm.loop !625

57:                                               ; preds = %40
  ret void, !dbg !627
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket_unix(ptr noundef %0) #0 !dbg !628 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !633, !DIExpression(), !634)
    #dbg_declare(ptr %4, !635, !DIExpression(), !636)
  %6 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #9, !dbg !637
  store i32 %6, ptr %4, align 4, !dbg !636
  %7 = load i32, ptr %4, align 4, !dbg !638
  %8 = icmp eq i32 %7, -1, !dbg !640
  br i1 %8, label %9, label %10, !dbg !641

9:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !642
  br label %32, !dbg !642

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !643, !DIExpression(), !652)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !653
  %11 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !654
  store i16 1, ptr %11, align 2, !dbg !655
  %12 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !656
  %13 = getelementptr inbounds [108 x i8], ptr %12, i64 0, i64 0, !dbg !657
  %14 = load ptr, ptr %3, align 8, !dbg !658
  %15 = call ptr @strncpy(ptr noundef %13, ptr noundef %14, i64 noundef 107) #9, !dbg !659
  %16 = load i32, ptr %4, align 4, !dbg !660
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %5, i32 noundef 110) #9, !dbg !662
  %18 = icmp eq i32 %17, -1, !dbg !663
  br i1 %18, label %23, label %19, !dbg !664

19:                                               ; preds = %10
  %20 = load i32, ptr %4, align 4, !dbg !665
  %21 = call i32 @listen(i32 noundef %20, i32 noundef 1024) #9, !dbg !666
  %22 = icmp eq i32 %21, -1, !dbg !667
  br i1 %22, label %23, label %26, !dbg !668

23:                                               ; preds = %19, %10
  %24 = load i32, ptr %4, align 4, !dbg !669
  %25 = call i32 @close(i32 noundef %24), !dbg !671
  store i32 1, ptr %2, align 4, !dbg !672
  br label %32, !dbg !672

26:                                               ; preds = %19
  %27 = load i32, ptr %4, align 4, !dbg !673
  %28 = load ptr, ptr @main_base, align 8, !dbg !674
  %29 = call ptr @conn_new(i32 noundef %27, i32 noundef 0, i32 noundef 0, ptr noundef %28), !dbg !675
  %30 = icmp eq ptr %29, null, !dbg !676
  %31 = zext i1 %30 to i32, !dbg !676
  store i32 %31, ptr %2, align 4, !dbg !677
  br label %32, !dbg !677

32:                                               ; preds = %26, %23, %9
  %33 = load i32, ptr %2, align 4, !dbg !678
  ret i32 %33, !dbg !678
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket(i32 noundef %0, i32 noundef %1) #0 !dbg !679 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.addrinfo, align 8
  %7 = alloca [16 x i8], align 16
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !682, !DIExpression(), !683)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !684, !DIExpression(), !685)
    #dbg_declare(ptr %6, !686, !DIExpression(), !699)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 48, i1 false), !dbg !700
  %12 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 0, !dbg !701
  store i32 1, ptr %12, align 8, !dbg !702
  %13 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 1, !dbg !703
  store i32 0, ptr %13, align 4, !dbg !704
  %14 = load i32, ptr %5, align 4, !dbg !705
  %15 = icmp eq i32 %14, 2, !dbg !705
  %16 = zext i1 %15 to i64, !dbg !705
  %17 = select i1 %15, i32 2, i32 1, !dbg !705
  %18 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 2, !dbg !706
  store i32 %17, ptr %18, align 8, !dbg !707
    #dbg_declare(ptr %7, !708, !DIExpression(), !710)
  %19 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !711
  %20 = load i32, ptr %4, align 4, !dbg !712
  %21 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %19, i64 noundef 16, ptr noundef @.str.3, i32 noundef %20) #9, !dbg !713
    #dbg_declare(ptr %8, !714, !DIExpression(), !715)
  %22 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !716
  %23 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %22, ptr noundef %6, ptr noundef %8), !dbg !718
  %24 = icmp ne i32 %23, 0, !dbg !719
  br i1 %24, label %25, label %26, !dbg !720

25:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !721
  br label %98, !dbg !721

26:                                               ; preds = %2
    #dbg_declare(ptr %9, !722, !DIExpression(), !724)
  %27 = load ptr, ptr %8, align 8, !dbg !725
  store ptr %27, ptr %9, align 8, !dbg !724
  br label %28, !dbg !726

28:                                               ; preds = %92, %26
  %29 = load ptr, ptr %9, align 8, !dbg !727
  %30 = icmp ne ptr %29, null, !dbg !729
  br i1 %30, label %31, label %96, !dbg !729

31:                                               ; preds = %28
    #dbg_declare(ptr %10, !730, !DIExpression(), !732)
  %32 = load ptr, ptr %9, align 8, !dbg !733
  %33 = getelementptr inbounds %struct.addrinfo, ptr %32, i32 0, i32 1, !dbg !734
  %34 = load i32, ptr %33, align 4, !dbg !734
  %35 = load ptr, ptr %9, align 8, !dbg !735
  %36 = getelementptr inbounds %struct.addrinfo, ptr %35, i32 0, i32 2, !dbg !736
  %37 = load i32, ptr %36, align 8, !dbg !736
  %38 = load ptr, ptr %9, align 8, !dbg !737
  %39 = getelementptr inbounds %struct.addrinfo, ptr %38, i32 0, i32 3, !dbg !738
  %40 = load i32, ptr %39, align 4, !dbg !738
  %41 = call i32 @socket(i32 noundef %34, i32 noundef %37, i32 noundef %40) #9, !dbg !739
  store i32 %41, ptr %10, align 4, !dbg !732
  %42 = load i32, ptr %10, align 4, !dbg !740
  %43 = icmp eq i32 %42, -1, !dbg !742
  br i1 %43, label %44, label %45, !dbg !743

44:                                               ; preds = %31
  br label %92, !dbg !744

45:                                               ; preds = %31
  %46 = load i32, ptr %10, align 4, !dbg !745
  %47 = load ptr, ptr %9, align 8, !dbg !747
  %48 = getelementptr inbounds %struct.addrinfo, ptr %47, i32 0, i32 5, !dbg !748
  %49 = load ptr, ptr %48, align 8, !dbg !748
  %50 = load ptr, ptr %9, align 8, !dbg !749
  %51 = getelementptr inbounds %struct.addrinfo, ptr %50, i32 0, i32 4, !dbg !750
  %52 = load i32, ptr %51, align 8, !dbg !750
  %53 = call i32 @bind(i32 noundef %46, ptr noundef %49, i32 noundef %52) #9, !dbg !751
  %54 = icmp eq i32 %53, -1, !dbg !752
  br i1 %54, label %55, label %58, !dbg !753

55:                                               ; preds = %45
  %56 = load i32, ptr %10, align 4, !dbg !754
  %57 = call i32 @close(i32 noundef %56), !dbg !756
  br label %92, !dbg !757

58:                                               ; preds = %45
  %59 = load i32, ptr %5, align 4, !dbg !758
  %60 = icmp eq i32 %59, 2, !dbg !758
  br i1 %60, label %68, label %61, !dbg !760

61:                                               ; preds = %58
  %62 = load i32, ptr %10, align 4, !dbg !761
  %63 = call i32 @listen(i32 noundef %62, i32 noundef 1024) #9, !dbg !762
  %64 = icmp eq i32 %63, -1, !dbg !763
  br i1 %64, label %65, label %68, !dbg !764

65:                                               ; preds = %61
  %66 = load i32, ptr %10, align 4, !dbg !765
  %67 = call i32 @close(i32 noundef %66), !dbg !767
  br label %92, !dbg !768

68:                                               ; preds = %61, %58
  %69 = load i32, ptr %5, align 4, !dbg !769
  %70 = icmp eq i32 %69, 2, !dbg !769
  br i1 %70, label %71, label %82, !dbg !771

71:                                               ; preds = %68
    #dbg_declare(ptr %11, !772, !DIExpression(), !775)
  store i32 0, ptr %11, align 4, !dbg !775
  br label %72, !dbg !776

72:                                               ; preds = %78, %71
  %73 = load i32, ptr %11, align 4, !dbg !777
  %74 = icmp slt i32 %73, 4, !dbg !779
  br i1 %74, label %75, label %81, !dbg !780

75:                                               ; preds = %72
  %76 = load i32, ptr %10, align 4, !dbg !781
  %77 = load i32, ptr %5, align 4, !dbg !782
  call void @dispatch_conn_new(i32 noundef %76, i32 noundef 2, i32 noundef %77), !dbg !783
  br label %78, !dbg !783

78:                                               ; preds = %75
  %79 = load i32, ptr %11, align 4, !dbg !784
  %80 = add nsw i32 %79, 1, !dbg !784
  store i32 %80, ptr %11, align 4, !dbg !784
  br label %72, !dbg !785, !llvm.loop !786

81:                                               ; preds = %72
  br label %91, !dbg !788

82:                                               ; preds = %68
  %83 = load i32, ptr %10, align 4, !dbg !789
  %84 = load i32, ptr %5, align 4, !dbg !791
  %85 = load ptr, ptr @main_base, align 8, !dbg !792
  %86 = call ptr @conn_new(i32 noundef %83, i32 noundef 0, i32 noundef %84, ptr noundef %85), !dbg !793
  %87 = icmp eq ptr %86, null, !dbg !794
  br i1 %87, label %88, label %90, !dbg !795

88:                                               ; preds = %82
  %89 = load ptr, ptr %8, align 8, !dbg !796
  call void @freeaddrinfo(ptr noundef %89) #9, !dbg !798
  store i32 1, ptr %3, align 4, !dbg !799
  br label %98, !dbg !799

90:                                               ; preds = %82
  br label %91

91:                                               ; preds = %90, %81
  br label %92, !dbg !800

92:                                               ; preds = %91, %65, %55, %44
  %93 = load ptr, ptr %9, align 8, !dbg !801
  %94 = getelementptr inbounds %struct.addrinfo, ptr %93, i32 0, i32 7, !dbg !802
  %95 = load ptr, ptr %94, align 8, !dbg !802
  store ptr %95, ptr %9, align 8, !dbg !803
  br label %28, !dbg !804, !llvm.loop !805

96:                                               ; preds = %28
  %97 = load ptr, ptr %8, align 8, !dbg !807
  call void @freeaddrinfo(ptr noundef %97) #9, !dbg !808
  store i32 0, ptr %3, align 4, !dbg !809
  br label %98, !dbg !809

98:                                               ; preds = %96, %88, %25
  %99 = load i32, ptr %3, align 4, !dbg !810
  ret i32 %99, !dbg !810
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) #3

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_push(ptr noundef %0, ptr noundef %1) #0 !dbg !811 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !814, !DIExpression(), !815)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !816, !DIExpression(), !817)
  %5 = load ptr, ptr %4, align 8, !dbg !818
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 4, !dbg !819
  store ptr null, ptr %6, align 8, !dbg !820
  %7 = load ptr, ptr %3, align 8, !dbg !821
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 2, !dbg !822
  %9 = call i32 @pthread_mutex_lock(ptr noundef %8) #9, !dbg !823
  %10 = load ptr, ptr %4, align 8, !dbg !824
  %11 = load ptr, ptr %3, align 8, !dbg !825
  %12 = getelementptr inbounds %struct.conn_queue, ptr %11, i32 0, i32 1, !dbg !826
  %13 = load ptr, ptr %12, align 8, !dbg !826
  store ptr %10, ptr %13, align 8, !dbg !827
  %14 = load ptr, ptr %4, align 8, !dbg !828
  %15 = getelementptr inbounds %struct.conn_queue_item, ptr %14, i32 0, i32 4, !dbg !829
  %16 = load ptr, ptr %3, align 8, !dbg !830
  %17 = getelementptr inbounds %struct.conn_queue, ptr %16, i32 0, i32 1, !dbg !831
  store ptr %15, ptr %17, align 8, !dbg !832
  %18 = load ptr, ptr %3, align 8, !dbg !833
  %19 = getelementptr inbounds %struct.conn_queue, ptr %18, i32 0, i32 2, !dbg !834
  %20 = call i32 @pthread_mutex_unlock(ptr noundef %19) #9, !dbg !835
  ret void, !dbg !836
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @drive_machine(ptr noundef %0) #0 !dbg !837 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !838, !DIExpression(), !839)
    #dbg_declare(ptr %3, !840, !DIExpression(), !842)
  store i8 0, ptr %3, align 1, !dbg !842
  br label %8, !dbg !843

8:                                                ; preds = %95, %1
  %9 = load i8, ptr %3, align 1, !dbg !844
  %10 = trunc i8 %9 to i1, !dbg !844
  %11 = xor i1 %10, true, !dbg !845
  br i1 %11, label %12, label %96, !dbg !843

12:                                               ; preds = %8
  %13 = load ptr, ptr %2, align 8, !dbg !846
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 1, !dbg !848
  %15 = load i32, ptr %14, align 4, !dbg !848
  switch i32 %15, label %95 [
    i32 0, label %16
    i32 1, label %29
    i32 2, label %33
    i32 3, label %73
    i32 4, label %87
  ], !dbg !849

16:                                               ; preds = %12
    #dbg_declare(ptr %4, !850, !DIExpression(), !861)
    #dbg_declare(ptr %5, !862, !DIExpression(), !863)
  store i32 128, ptr %5, align 4, !dbg !863
    #dbg_declare(ptr %6, !864, !DIExpression(), !865)
  %17 = load ptr, ptr %2, align 8, !dbg !866
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 0, !dbg !867
  %19 = load i32, ptr %18, align 8, !dbg !867
  %20 = call i32 @accept(i32 noundef %19, ptr noundef %4, ptr noundef %5), !dbg !868
  store i32 %20, ptr %6, align 4, !dbg !865
  %21 = load i32, ptr %6, align 4, !dbg !869
  %22 = icmp eq i32 %21, -1, !dbg !871
  br i1 %22, label %23, label %24, !dbg !872

23:                                               ; preds = %16
  store i8 1, ptr %3, align 1, !dbg !873
  br label %95, !dbg !875

24:                                               ; preds = %16
  %25 = load i32, ptr %6, align 4, !dbg !876
  %26 = load ptr, ptr %2, align 8, !dbg !877
  %27 = getelementptr inbounds %struct.conn, ptr %26, i32 0, i32 2, !dbg !878
  %28 = load i32, ptr %27, align 8, !dbg !878
  call void @dispatch_conn_new(i32 noundef %25, i32 noundef 1, i32 noundef %28), !dbg !879
  store i8 1, ptr %3, align 1, !dbg !880
  br label %95, !dbg !881

29:                                               ; preds = %12
  %30 = load ptr, ptr %2, align 8, !dbg !882
  %31 = getelementptr inbounds %struct.conn, ptr %30, i32 0, i32 6, !dbg !883
  store i32 0, ptr %31, align 8, !dbg !884
  %32 = load ptr, ptr %2, align 8, !dbg !885
  call void @conn_set_state(ptr noundef %32, i32 noundef 2), !dbg !886
  br label %95, !dbg !887

33:                                               ; preds = %12
    #dbg_declare(ptr %7, !888, !DIExpression(), !890)
  %34 = load ptr, ptr %2, align 8, !dbg !891
  %35 = getelementptr inbounds %struct.conn, ptr %34, i32 0, i32 2, !dbg !891
  %36 = load i32, ptr %35, align 8, !dbg !891
  %37 = icmp eq i32 %36, 2, !dbg !891
  br i1 %37, label %38, label %41, !dbg !891

38:                                               ; preds = %33
  %39 = load ptr, ptr %2, align 8, !dbg !892
  %40 = call i32 @try_read_udp(ptr noundef %39), !dbg !893
  br label %44, !dbg !891

41:                                               ; preds = %33
  %42 = load ptr, ptr %2, align 8, !dbg !894
  %43 = call i32 @try_read_network(ptr noundef %42), !dbg !895
  br label %44, !dbg !891

44:                                               ; preds = %41, %38
  %45 = phi i32 [ %40, %38 ], [ %43, %41 ], !dbg !891
  store i32 %45, ptr %7, align 4, !dbg !890
  %46 = load i32, ptr %7, align 4, !dbg !896
  %47 = icmp ne i32 %46, 0, !dbg !896
  br i1 %47, label %49, label %48, !dbg !898

48:                                               ; preds = %44
  store i8 1, ptr %3, align 1, !dbg !899
  br label %95, !dbg !901

49:                                               ; preds = %44
  %50 = load ptr, ptr %2, align 8, !dbg !902
  %51 = getelementptr inbounds %struct.conn, ptr %50, i32 0, i32 5, !dbg !904
  %52 = getelementptr inbounds [2048 x i8], ptr %51, i64 0, i64 0, !dbg !902
  %53 = load i8, ptr %52, align 8, !dbg !902
  %54 = sext i8 %53 to i32, !dbg !902
  %55 = icmp ne i32 %54, 103, !dbg !905
  br i1 %55, label %56, label %69, !dbg !906

56:                                               ; preds = %49
  %57 = load ptr, ptr %2, align 8, !dbg !907
  %58 = getelementptr inbounds %struct.conn, ptr %57, i32 0, i32 2, !dbg !907
  %59 = load i32, ptr %58, align 8, !dbg !907
  %60 = icmp eq i32 %59, 2, !dbg !907
  br i1 %60, label %67, label %61, !dbg !910

61:                                               ; preds = %56
  %62 = load ptr, ptr %2, align 8, !dbg !911
  %63 = getelementptr inbounds %struct.conn, ptr %62, i32 0, i32 11, !dbg !912
  %64 = load ptr, ptr %63, align 8, !dbg !912
  %65 = load ptr, ptr %2, align 8, !dbg !913
  %66 = call i64 %64(ptr noundef %65, ptr noundef @.str.1, i64 noundef 7), !dbg !911
  br label %67, !dbg !911

67:                                               ; preds = %61, %56
  %68 = load ptr, ptr %2, align 8, !dbg !914
  call void @conn_set_state(ptr noundef %68, i32 noundef 1), !dbg !915
  br label %95, !dbg !916

69:                                               ; preds = %49
  %70 = load i64, ptr @gets, align 8, !dbg !917
  %71 = add i64 %70, 1, !dbg !917
  store i64 %71, ptr @gets, align 8, !dbg !917
  %72 = load ptr, ptr %2, align 8, !dbg !918
  call void @conn_set_state(ptr noundef %72, i32 noundef 3), !dbg !919
  br label %95, !dbg !920

73:                                               ; preds = %12
  %74 = load ptr, ptr %2, align 8, !dbg !921
  %75 = call i32 @transmit(ptr noundef %74), !dbg !923
  %76 = icmp ne i32 %75, 0, !dbg !923
  br i1 %76, label %79, label %77, !dbg !924

77:                                               ; preds = %73
  %78 = load ptr, ptr %2, align 8, !dbg !925
  call void @conn_set_state(ptr noundef %78, i32 noundef 4), !dbg !927
  br label %95, !dbg !928

79:                                               ; preds = %73
  %80 = load ptr, ptr %2, align 8, !dbg !929
  %81 = load ptr, ptr %2, align 8, !dbg !930
  %82 = getelementptr inbounds %struct.conn, ptr %81, i32 0, i32 2, !dbg !930
  %83 = load i32, ptr %82, align 8, !dbg !930
  %84 = icmp eq i32 %83, 2, !dbg !930
  %85 = zext i1 %84 to i64, !dbg !930
  %86 = select i1 %84, i32 2, i32 1, !dbg !930
  call void @conn_set_state(ptr noundef %80, i32 noundef %86), !dbg !931
  store i8 1, ptr %3, align 1, !dbg !932
  br label %95, !dbg !933

87:                                               ; preds = %12
  %88 = load ptr, ptr %2, align 8, !dbg !934
  %89 = getelementptr inbounds %struct.conn, ptr %88, i32 0, i32 2, !dbg !934
  %90 = load i32, ptr %89, align 8, !dbg !934
  %91 = icmp eq i32 %90, 2, !dbg !934
  br i1 %91, label %94, label %92, !dbg !936

92:                                               ; preds = %87
  %93 = load ptr, ptr %2, align 8, !dbg !937
  call void @conn_close(ptr noundef %93), !dbg !938
  br label %94, !dbg !938

94:                                               ; preds = %92, %87
  store i8 1, ptr %3, align 1, !dbg !939
  br label %95, !dbg !940

95:                                               ; preds = %12, %94, %79, %77, %69, %67, %48, %29, %24, %23
  br label %8, !dbg !843, !llvm.loop !941

96:                                               ; preds = %8
  ret void, !dbg !943
}

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_set_state(ptr noundef %0, i32 noundef %1) #0 !dbg !944 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !947, !DIExpression(), !948)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !949, !DIExpression(), !950)
  %5 = load i32, ptr %4, align 4, !dbg !951
  %6 = load ptr, ptr %3, align 8, !dbg !952
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 1, !dbg !953
  store i32 %5, ptr %7, align 4, !dbg !954
  ret void, !dbg !955
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_udp(ptr noundef %0) #0 !dbg !956 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !959, !DIExpression(), !960)
  %5 = load ptr, ptr %3, align 8, !dbg !961
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 8, !dbg !962
  store i32 28, ptr %6, align 8, !dbg !963
    #dbg_declare(ptr %4, !964, !DIExpression(), !965)
  %7 = load ptr, ptr %3, align 8, !dbg !966
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !967
  %9 = load i32, ptr %8, align 8, !dbg !967
  %10 = load ptr, ptr %3, align 8, !dbg !968
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 5, !dbg !969
  %12 = getelementptr inbounds [2048 x i8], ptr %11, i64 0, i64 0, !dbg !968
  %13 = load ptr, ptr %3, align 8, !dbg !970
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 7, !dbg !971
  %15 = load ptr, ptr %3, align 8, !dbg !972
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 8, !dbg !973
  %17 = call i64 @recvfrom(i32 noundef %9, ptr noundef %12, i64 noundef 2048, i32 noundef 0, ptr noundef %14, ptr noundef %16), !dbg !974
  store i64 %17, ptr %4, align 8, !dbg !965
  %18 = load i64, ptr %4, align 8, !dbg !975
  %19 = icmp sgt i64 %18, 8, !dbg !977
  br i1 %19, label %20, label %25, !dbg !978

20:                                               ; preds = %1
  %21 = load i64, ptr %4, align 8, !dbg !979
  %22 = trunc i64 %21 to i32, !dbg !981
  %23 = load ptr, ptr %3, align 8, !dbg !982
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 6, !dbg !983
  store i32 %22, ptr %24, align 8, !dbg !984
  store i32 1, ptr %2, align 4, !dbg !985
  br label %26, !dbg !985

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !986
  br label %26, !dbg !986

26:                                               ; preds = %25, %20
  %27 = load i32, ptr %2, align 4, !dbg !987
  ret i32 %27, !dbg !987
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_network(ptr noundef %0) #0 !dbg !988 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !989, !DIExpression(), !990)
    #dbg_declare(ptr %4, !991, !DIExpression(), !992)
  %5 = load ptr, ptr %3, align 8, !dbg !993
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 9, !dbg !994
  %7 = load ptr, ptr %6, align 8, !dbg !994
  %8 = load ptr, ptr %3, align 8, !dbg !995
  %9 = load ptr, ptr %3, align 8, !dbg !996
  %10 = getelementptr inbounds %struct.conn, ptr %9, i32 0, i32 5, !dbg !997
  %11 = getelementptr inbounds [2048 x i8], ptr %10, i64 0, i64 0, !dbg !996
  %12 = load ptr, ptr %3, align 8, !dbg !998
  %13 = getelementptr inbounds %struct.conn, ptr %12, i32 0, i32 6, !dbg !999
  %14 = load i32, ptr %13, align 8, !dbg !999
  %15 = sext i32 %14 to i64, !dbg !1000
  %16 = getelementptr inbounds i8, ptr %11, i64 %15, !dbg !1000
  %17 = load ptr, ptr %3, align 8, !dbg !1001
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 6, !dbg !1002
  %19 = load i32, ptr %18, align 8, !dbg !1002
  %20 = sext i32 %19 to i64, !dbg !1001
  %21 = sub i64 2048, %20, !dbg !1003
  %22 = call i64 %7(ptr noundef %8, ptr noundef %16, i64 noundef %21), !dbg !993
  store i64 %22, ptr %4, align 8, !dbg !992
  %23 = load i64, ptr %4, align 8, !dbg !1004
  %24 = icmp sle i64 %23, 0, !dbg !1006
  br i1 %24, label %25, label %26, !dbg !1007

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !1008
  br label %33, !dbg !1008

26:                                               ; preds = %1
  %27 = load i64, ptr %4, align 8, !dbg !1009
  %28 = trunc i64 %27 to i32, !dbg !1010
  %29 = load ptr, ptr %3, align 8, !dbg !1011
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 6, !dbg !1012
  %31 = load i32, ptr %30, align 8, !dbg !1013
  %32 = add nsw i32 %31, %28, !dbg !1013
  store i32 %32, ptr %30, align 8, !dbg !1013
  store i32 1, ptr %2, align 4, !dbg !1014
  br label %33, !dbg !1014

33:                                               ; preds = %26, %25
  %34 = load i32, ptr %2, align 4, !dbg !1015
  ret i32 %34, !dbg !1015
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit(ptr noundef %0) #0 !dbg !1016 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca %struct.iovec, align 8
  %5 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1017, !DIExpression(), !1018)
    #dbg_declare(ptr %4, !1019, !DIExpression(), !1020)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.transmit.iov, i64 16, i1 false), !dbg !1020
    #dbg_declare(ptr %5, !1021, !DIExpression(), !1022)
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 56, i1 false), !dbg !1023
  %6 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 2, !dbg !1024
  store ptr %4, ptr %6, align 8, !dbg !1025
  %7 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 3, !dbg !1026
  store i64 1, ptr %7, align 8, !dbg !1027
  %8 = load ptr, ptr %3, align 8, !dbg !1028
  %9 = getelementptr inbounds %struct.conn, ptr %8, i32 0, i32 2, !dbg !1028
  %10 = load i32, ptr %9, align 8, !dbg !1028
  %11 = icmp eq i32 %10, 2, !dbg !1028
  br i1 %11, label %20, label %12, !dbg !1030

12:                                               ; preds = %1
  %13 = load ptr, ptr %3, align 8, !dbg !1031
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 10, !dbg !1032
  %15 = load ptr, ptr %14, align 8, !dbg !1032
  %16 = load ptr, ptr %3, align 8, !dbg !1033
  %17 = call i64 %15(ptr noundef %16, ptr noundef %5, i32 noundef 0), !dbg !1031
  %18 = icmp sgt i64 %17, 0, !dbg !1034
  %19 = zext i1 %18 to i32, !dbg !1034
  store i32 %19, ptr %2, align 4, !dbg !1035
  br label %34, !dbg !1035

20:                                               ; preds = %1
  %21 = load ptr, ptr %3, align 8, !dbg !1036
  %22 = getelementptr inbounds %struct.conn, ptr %21, i32 0, i32 7, !dbg !1037
  %23 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 0, !dbg !1038
  store ptr %22, ptr %23, align 8, !dbg !1039
  %24 = load ptr, ptr %3, align 8, !dbg !1040
  %25 = getelementptr inbounds %struct.conn, ptr %24, i32 0, i32 8, !dbg !1041
  %26 = load i32, ptr %25, align 8, !dbg !1041
  %27 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 1, !dbg !1042
  store i32 %26, ptr %27, align 8, !dbg !1043
  %28 = load ptr, ptr %3, align 8, !dbg !1044
  %29 = getelementptr inbounds %struct.conn, ptr %28, i32 0, i32 0, !dbg !1045
  %30 = load i32, ptr %29, align 8, !dbg !1045
  %31 = call i64 @sendmsg(i32 noundef %30, ptr noundef %5, i32 noundef 0), !dbg !1046
  %32 = icmp sgt i64 %31, 0, !dbg !1047
  %33 = zext i1 %32 to i32, !dbg !1047
  store i32 %33, ptr %2, align 4, !dbg !1048
  br label %34, !dbg !1048

34:                                               ; preds = %20, %12
  %35 = load i32, ptr %2, align 4, !dbg !1049
  ret i32 %35, !dbg !1049
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_close(ptr noundef %0) #0 !dbg !1050 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1051, !DIExpression(), !1052)
  %3 = load ptr, ptr %2, align 8, !dbg !1053
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 4, !dbg !1054
  %5 = call i32 @event_add(ptr noundef %4, ptr noundef null), !dbg !1055
  %6 = load ptr, ptr %2, align 8, !dbg !1056
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !1057
  %8 = load i32, ptr %7, align 8, !dbg !1057
  %9 = call i32 @close(i32 noundef %8), !dbg !1058
  ret void, !dbg !1059
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #7

; Function Attrs: nounwind
declare i32 @pipe(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @setup_thread(ptr noundef %0) #0 !dbg !1060 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1063, !DIExpression(), !1064)
  %3 = call ptr @event_init(), !dbg !1065
  %4 = load ptr, ptr %2, align 8, !dbg !1066
  %5 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %4, i32 0, i32 1, !dbg !1067
  store ptr %3, ptr %5, align 8, !dbg !1068
  %6 = load ptr, ptr %2, align 8, !dbg !1069
  %7 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %6, i32 0, i32 2, !dbg !1070
  %8 = load ptr, ptr %2, align 8, !dbg !1071
  %9 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %8, i32 0, i32 3, !dbg !1072
  %10 = load i32, ptr %9, align 8, !dbg !1072
  %11 = load ptr, ptr %2, align 8, !dbg !1073
  call void @event_set(ptr noundef %7, i32 noundef %10, i16 noundef signext 18, ptr noundef @thread_libevent_process, ptr noundef %11), !dbg !1074
  %12 = load ptr, ptr %2, align 8, !dbg !1075
  %13 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %12, i32 0, i32 1, !dbg !1076
  %14 = load ptr, ptr %13, align 8, !dbg !1076
  %15 = load ptr, ptr %2, align 8, !dbg !1077
  %16 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %15, i32 0, i32 2, !dbg !1078
  %17 = call i32 @event_base_set(ptr noundef %14, ptr noundef %16), !dbg !1079
  %18 = load ptr, ptr %2, align 8, !dbg !1080
  %19 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %18, i32 0, i32 2, !dbg !1081
  %20 = call i32 @event_add(ptr noundef %19, ptr noundef null), !dbg !1082
  %21 = call noalias ptr @malloc(i64 noundef 56) #10, !dbg !1083
  %22 = load ptr, ptr %2, align 8, !dbg !1084
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %22, i32 0, i32 5, !dbg !1085
  store ptr %21, ptr %23, align 8, !dbg !1086
  %24 = load ptr, ptr %2, align 8, !dbg !1087
  %25 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %24, i32 0, i32 5, !dbg !1089
  %26 = load ptr, ptr %25, align 8, !dbg !1089
  %27 = icmp eq ptr %26, null, !dbg !1090
  br i1 %27, label %28, label %29, !dbg !1091

28:                                               ; preds = %1
  call void @exit(i32 noundef 1) #11, !dbg !1092
  unreachable, !dbg !1092

29:                                               ; preds = %1
  %30 = load ptr, ptr %2, align 8, !dbg !1093
  %31 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %30, i32 0, i32 5, !dbg !1094
  %32 = load ptr, ptr %31, align 8, !dbg !1094
  call void @cq_init(ptr noundef %32), !dbg !1095
  ret void, !dbg !1096
}

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @worker_libevent(ptr noundef %0) #0 !dbg !1097 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1100, !DIExpression(), !1101)
    #dbg_declare(ptr %3, !1102, !DIExpression(), !1103)
  %4 = load ptr, ptr %2, align 8, !dbg !1104
  store ptr %4, ptr %3, align 8, !dbg !1103
  %5 = load ptr, ptr %3, align 8, !dbg !1105
  %6 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %5, i32 0, i32 1, !dbg !1106
  %7 = load ptr, ptr %6, align 8, !dbg !1106
  %8 = call i32 @event_base_loop(ptr noundef %7, i32 noundef 0), !dbg !1107
  ret ptr null, !dbg !1108
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !1109 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !1110, !DIExpression(), !1111)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !1112, !DIExpression(), !1113)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1114, !DIExpression(), !1115)
    #dbg_declare(ptr %7, !1116, !DIExpression(), !1117)
  %11 = load ptr, ptr %6, align 8, !dbg !1118
  store ptr %11, ptr %7, align 8, !dbg !1117
    #dbg_declare(ptr %8, !1119, !DIExpression(), !1120)
  %12 = load i16, ptr %5, align 2, !dbg !1121
  %13 = load i32, ptr %4, align 4, !dbg !1122
  %14 = call i64 @read(i32 noundef %13, ptr noundef %8, i64 noundef 1), !dbg !1124
  %15 = icmp ne i64 %14, 1, !dbg !1125
  br i1 %15, label %16, label %17, !dbg !1126

16:                                               ; preds = %3
  br label %75, !dbg !1127

17:                                               ; preds = %3
    #dbg_declare(ptr %9, !1128, !DIExpression(), !1129)
  %18 = load ptr, ptr %7, align 8, !dbg !1130
  %19 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %18, i32 0, i32 5, !dbg !1131
  %20 = load ptr, ptr %19, align 8, !dbg !1131
  %21 = call ptr @cq_pop(ptr noundef %20), !dbg !1132
  store ptr %21, ptr %9, align 8, !dbg !1129
  %22 = load ptr, ptr %9, align 8, !dbg !1133
  %23 = icmp eq ptr %22, null, !dbg !1135
  br i1 %23, label %24, label %25, !dbg !1136

24:                                               ; preds = %17
  br label %75, !dbg !1137

25:                                               ; preds = %17
  %26 = load ptr, ptr %9, align 8, !dbg !1138
  %27 = getelementptr inbounds %struct.conn_queue_item, ptr %26, i32 0, i32 3, !dbg !1139
  %28 = load i32, ptr %27, align 4, !dbg !1139
  switch i32 %28, label %73 [
    i32 0, label %29
    i32 1, label %55
    i32 2, label %63
  ], !dbg !1140

29:                                               ; preds = %25
    #dbg_declare(ptr %10, !1141, !DIExpression(), !1144)
  %30 = load ptr, ptr %9, align 8, !dbg !1145
  %31 = getelementptr inbounds %struct.conn_queue_item, ptr %30, i32 0, i32 0, !dbg !1146
  %32 = load i32, ptr %31, align 8, !dbg !1146
  %33 = load ptr, ptr %9, align 8, !dbg !1147
  %34 = getelementptr inbounds %struct.conn_queue_item, ptr %33, i32 0, i32 1, !dbg !1148
  %35 = load i32, ptr %34, align 4, !dbg !1148
  %36 = load ptr, ptr %9, align 8, !dbg !1149
  %37 = getelementptr inbounds %struct.conn_queue_item, ptr %36, i32 0, i32 2, !dbg !1150
  %38 = load i32, ptr %37, align 8, !dbg !1150
  %39 = load ptr, ptr %7, align 8, !dbg !1151
  %40 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %39, i32 0, i32 1, !dbg !1152
  %41 = load ptr, ptr %40, align 8, !dbg !1152
  %42 = call ptr @conn_new(i32 noundef %32, i32 noundef %35, i32 noundef %38, ptr noundef %41), !dbg !1153
  store ptr %42, ptr %10, align 8, !dbg !1144
  %43 = load ptr, ptr %10, align 8, !dbg !1154
  %44 = icmp eq ptr %43, null, !dbg !1156
  br i1 %44, label %45, label %50, !dbg !1157

45:                                               ; preds = %29
  %46 = load ptr, ptr %9, align 8, !dbg !1158
  %47 = getelementptr inbounds %struct.conn_queue_item, ptr %46, i32 0, i32 0, !dbg !1159
  %48 = load i32, ptr %47, align 8, !dbg !1159
  %49 = call i32 @close(i32 noundef %48), !dbg !1160
  br label %54, !dbg !1160

50:                                               ; preds = %29
  %51 = load ptr, ptr %7, align 8, !dbg !1161
  %52 = load ptr, ptr %10, align 8, !dbg !1162
  %53 = getelementptr inbounds %struct.conn, ptr %52, i32 0, i32 3, !dbg !1163
  store ptr %51, ptr %53, align 8, !dbg !1164
  br label %54

54:                                               ; preds = %50, %45
  br label %73, !dbg !1165

55:                                               ; preds = %25
  %56 = load ptr, ptr @conns, align 8, !dbg !1166
  %57 = load ptr, ptr %9, align 8, !dbg !1167
  %58 = getelementptr inbounds %struct.conn_queue_item, ptr %57, i32 0, i32 0, !dbg !1168
  %59 = load i32, ptr %58, align 8, !dbg !1168
  %60 = sext i32 %59 to i64, !dbg !1166
  %61 = getelementptr inbounds ptr, ptr %56, i64 %60, !dbg !1166
  %62 = load ptr, ptr %61, align 8, !dbg !1166
  call void @conn_close(ptr noundef %62), !dbg !1169
  br label %73, !dbg !1170

63:                                               ; preds = %25
  %64 = load ptr, ptr @conns, align 8, !dbg !1171
  %65 = load ptr, ptr %9, align 8, !dbg !1172
  %66 = getelementptr inbounds %struct.conn_queue_item, ptr %65, i32 0, i32 0, !dbg !1173
  %67 = load i32, ptr %66, align 8, !dbg !1173
  %68 = sext i32 %67 to i64, !dbg !1171
  %69 = getelementptr inbounds ptr, ptr %64, i64 %68, !dbg !1171
  %70 = load ptr, ptr %69, align 8, !dbg !1171
  %71 = getelementptr inbounds %struct.conn, ptr %70, i32 0, i32 4, !dbg !1174
  %72 = call i32 @event_add(ptr noundef %71, ptr noundef null), !dbg !1175
  br label %73, !dbg !1176

73:                                               ; preds = %25, %63, %55, %54
  %74 = load ptr, ptr %9, align 8, !dbg !1177
  call void @cqi_free(ptr noundef %74), !dbg !1178
  br label %75, !dbg !1179

75:                                               ; preds = %73, %24, %16
  ret void, !dbg !1179
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_init(ptr noundef %0) #0 !dbg !1180 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1183, !DIExpression(), !1184)
  %3 = load ptr, ptr %2, align 8, !dbg !1185
  %4 = getelementptr inbounds %struct.conn_queue, ptr %3, i32 0, i32 2, !dbg !1186
  %5 = call i32 @pthread_mutex_init(ptr noundef %4, ptr noundef null) #9, !dbg !1187
  %6 = load ptr, ptr %2, align 8, !dbg !1188
  %7 = getelementptr inbounds %struct.conn_queue, ptr %6, i32 0, i32 0, !dbg !1189
  store ptr null, ptr %7, align 8, !dbg !1190
  %8 = load ptr, ptr %2, align 8, !dbg !1191
  %9 = getelementptr inbounds %struct.conn_queue, ptr %8, i32 0, i32 0, !dbg !1192
  %10 = load ptr, ptr %2, align 8, !dbg !1193
  %11 = getelementptr inbounds %struct.conn_queue, ptr %10, i32 0, i32 1, !dbg !1194
  store ptr %9, ptr %11, align 8, !dbg !1195
  ret void, !dbg !1196
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cq_pop(ptr noundef %0) #0 !dbg !1197 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1200, !DIExpression(), !1201)
  %4 = load ptr, ptr %2, align 8, !dbg !1202
  %5 = getelementptr inbounds %struct.conn_queue, ptr %4, i32 0, i32 2, !dbg !1203
  %6 = call i32 @pthread_mutex_lock(ptr noundef %5) #9, !dbg !1204
    #dbg_declare(ptr %3, !1205, !DIExpression(), !1206)
  %7 = load ptr, ptr %2, align 8, !dbg !1207
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 0, !dbg !1208
  %9 = load ptr, ptr %8, align 8, !dbg !1208
  store ptr %9, ptr %3, align 8, !dbg !1206
  %10 = load ptr, ptr %3, align 8, !dbg !1209
  %11 = icmp ne ptr %10, null, !dbg !1211
  br i1 %11, label %12, label %24, !dbg !1212

12:                                               ; preds = %1
  %13 = load ptr, ptr %3, align 8, !dbg !1213
  %14 = getelementptr inbounds %struct.conn_queue_item, ptr %13, i32 0, i32 4, !dbg !1214
  %15 = load ptr, ptr %14, align 8, !dbg !1214
  %16 = load ptr, ptr %2, align 8, !dbg !1215
  %17 = getelementptr inbounds %struct.conn_queue, ptr %16, i32 0, i32 0, !dbg !1216
  store ptr %15, ptr %17, align 8, !dbg !1217
  %18 = icmp eq ptr %15, null, !dbg !1218
  br i1 %18, label %19, label %24, !dbg !1219

19:                                               ; preds = %12
  %20 = load ptr, ptr %2, align 8, !dbg !1220
  %21 = getelementptr inbounds %struct.conn_queue, ptr %20, i32 0, i32 0, !dbg !1221
  %22 = load ptr, ptr %2, align 8, !dbg !1222
  %23 = getelementptr inbounds %struct.conn_queue, ptr %22, i32 0, i32 1, !dbg !1223
  store ptr %21, ptr %23, align 8, !dbg !1224
  br label %24, !dbg !1222

24:                                               ; preds = %19, %12, %1
  %25 = load ptr, ptr %2, align 8, !dbg !1225
  %26 = getelementptr inbounds %struct.conn_queue, ptr %25, i32 0, i32 2, !dbg !1226
  %27 = call i32 @pthread_mutex_unlock(ptr noundef %26) #9, !dbg !1227
  %28 = load ptr, ptr %3, align 8, !dbg !1228
  ret ptr %28, !dbg !1229
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cqi_free(ptr noundef %0) #0 !dbg !1230 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1233, !DIExpression(), !1234)
  %3 = call i32 @pthread_mutex_lock(ptr noundef @cqi_freelist_lock) #9, !dbg !1235
  %4 = load ptr, ptr @cqi_freelist, align 8, !dbg !1236
  %5 = load ptr, ptr %2, align 8, !dbg !1237
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 4, !dbg !1238
  store ptr %4, ptr %6, align 8, !dbg !1239
  %7 = load ptr, ptr %2, align 8, !dbg !1240
  store ptr %7, ptr @cqi_freelist, align 8, !dbg !1241
  %8 = call i32 @pthread_mutex_unlock(ptr noundef @cqi_freelist_lock) #9, !dbg !1242
  ret void, !dbg !1243
}

; Function Attrs: nounwind
declare i32 @pthread_mutex_init(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind allocsize(0,1) }
attributes #9 = { nounwind }
attributes #10 = { nounwind allocsize(0) }
attributes #11 = { noreturn nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!233, !234, !235, !236, !237, !238, !239}
!llvm.ident = !{!240}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 88, type: !151, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !35, globals: !51, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "memcached-threads.c", directory: "/work/wt-fds/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "1c59063942b788bb88b162c33a270dd8")
!4 = !{!5, !13, !18, !23}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_states", file: !3, line: 40, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10, !11, !12}
!8 = !DIEnumerator(name: "conn_listening", value: 0)
!9 = !DIEnumerator(name: "conn_new_cmd", value: 1)
!10 = !DIEnumerator(name: "conn_read", value: 2)
!11 = !DIEnumerator(name: "conn_write", value: 3)
!12 = !DIEnumerator(name: "conn_closing", value: 4)
!13 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "network_transport", file: !3, line: 37, baseType: !6, size: 32, elements: !14)
!14 = !{!15, !16, !17}
!15 = !DIEnumerator(name: "local_transport", value: 0)
!16 = !DIEnumerator(name: "tcp_transport", value: 1)
!17 = !DIEnumerator(name: "udp_transport", value: 2)
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_queue_item_modes", file: !3, line: 42, baseType: !6, size: 32, elements: !19)
!19 = !{!20, !21, !22}
!20 = !DIEnumerator(name: "queue_new_conn", value: 0)
!21 = !DIEnumerator(name: "queue_timeout", value: 1)
!22 = !DIEnumerator(name: "queue_redispatch", value: 2)
!23 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !24, line: 24, baseType: !6, size: 32, elements: !25)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!25 = !{!26, !27, !28, !29, !30, !31, !32, !33, !34}
!26 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!27 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!28 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!29 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!30 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!31 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!32 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!33 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!34 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!35 = !{!36, !37, !50}
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64)
!38 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !39, line: 183, size: 128, elements: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!40 = !{!41, !45}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !38, file: !39, line: 185, baseType: !42, size: 16)
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !43, line: 28, baseType: !44)
!43 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!44 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !38, file: !39, line: 186, baseType: !46, size: 112, offset: 16)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 112, elements: !48)
!47 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!48 = !{!49}
!49 = !DISubrange(count: 14)
!50 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!51 = !{!52, !0, !56, !123, !125, !127, !129, !134, !139, !141, !146}
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "main_base", scope: !2, file: !3, line: 87, type: !54, isLocal: true, isDefinition: true)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 24, flags: DIFlagFwdDecl)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "threads", scope: !2, file: !3, line: 89, type: !58, isLocal: true, isDefinition: true)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "LIBEVENT_THREAD", file: !3, line: 66, baseType: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !3, line: 59, size: 1280, elements: !61)
!61 = !{!62, !66, !67, !74, !75, !76}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "thread_id", scope: !60, file: !3, line: 60, baseType: !63, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_t", file: !64, line: 27, baseType: !65)
!64 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!65 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !60, file: !3, line: 61, baseType: !54, size: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "notify_event", scope: !60, file: !3, line: 62, baseType: !68, size: 1024, offset: 128)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 25, size: 1024, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !68, file: !3, line: 26, baseType: !71, size: 1024)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 1024, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 128)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "notify_receive_fd", scope: !60, file: !3, line: 63, baseType: !50, size: 32, offset: 1152)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "notify_send_fd", scope: !60, file: !3, line: 64, baseType: !50, size: 32, offset: 1184)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "ev_queue", scope: !60, file: !3, line: 65, baseType: !77, size: 64, offset: 1216)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ", file: !3, line: 57, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue", file: !3, line: 53, size: 448, elements: !80)
!80 = !{!81, !91, !93}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "head", scope: !79, file: !3, line: 54, baseType: !82, size: 64)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ_ITEM", file: !3, line: 44, baseType: !84)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue_item", file: !3, line: 45, size: 192, elements: !85)
!85 = !{!86, !87, !88, !89, !90}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !84, file: !3, line: 46, baseType: !50, size: 32)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "init_state", scope: !84, file: !3, line: 47, baseType: !5, size: 32, offset: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !84, file: !3, line: 48, baseType: !13, size: 32, offset: 64)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !84, file: !3, line: 49, baseType: !18, size: 32, offset: 96)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !84, file: !3, line: 50, baseType: !82, size: 64, offset: 128)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !79, file: !3, line: 55, baseType: !92, size: 64, offset: 64)
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !79, file: !3, line: 56, baseType: !94, size: 320, offset: 128)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutex_t", file: !64, line: 72, baseType: !95)
!95 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !64, line: 67, size: 320, elements: !96)
!96 = !{!97, !117, !121}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !95, file: !64, line: 69, baseType: !98, size: 320)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_mutex_s", file: !99, line: 22, size: 320, elements: !100)
!99 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h", directory: "", checksumkind: CSK_MD5, checksum: "584baedd80e6041b81caae7f496091c0")
!100 = !{!101, !102, !103, !104, !105, !106, !108, !109}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__lock", scope: !98, file: !99, line: 24, baseType: !50, size: 32)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "__count", scope: !98, file: !99, line: 25, baseType: !6, size: 32, offset: 32)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "__owner", scope: !98, file: !99, line: 26, baseType: !50, size: 32, offset: 64)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "__nusers", scope: !98, file: !99, line: 28, baseType: !6, size: 32, offset: 96)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "__kind", scope: !98, file: !99, line: 32, baseType: !50, size: 32, offset: 128)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "__spins", scope: !98, file: !99, line: 34, baseType: !107, size: 16, offset: 160)
!107 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "__elision", scope: !98, file: !99, line: 35, baseType: !107, size: 16, offset: 176)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "__list", scope: !98, file: !99, line: 36, baseType: !110, size: 128, offset: 192)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "__pthread_list_t", file: !111, line: 55, baseType: !112)
!111 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h", directory: "", checksumkind: CSK_MD5, checksum: "04c81e86d34dad9c99ad006d32e47a0d")
!112 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_internal_list", file: !111, line: 51, size: 128, elements: !113)
!113 = !{!114, !116}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "__prev", scope: !112, file: !111, line: 53, baseType: !115, size: 64)
!115 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "__next", scope: !112, file: !111, line: 54, baseType: !115, size: 64, offset: 64)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !95, file: !64, line: 70, baseType: !118, size: 320)
!118 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 320, elements: !119)
!119 = !{!120}
!120 = !DISubrange(count: 40)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !95, file: !64, line: 71, baseType: !122, size: 64)
!122 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!123 = !DIGlobalVariableExpression(var: !124, expr: !DIExpression())
!124 = distinct !DIGlobalVariable(name: "cqi_freelist_lock", scope: !2, file: !3, line: 92, type: !94, isLocal: true, isDefinition: true)
!125 = !DIGlobalVariableExpression(var: !126, expr: !DIExpression())
!126 = distinct !DIGlobalVariable(name: "cqi_freelist", scope: !2, file: !3, line: 91, type: !82, isLocal: true, isDefinition: true)
!127 = !DIGlobalVariableExpression(var: !128, expr: !DIExpression())
!128 = distinct !DIGlobalVariable(name: "last_thread", scope: !2, file: !3, line: 90, type: !50, isLocal: true, isDefinition: true)
!129 = !DIGlobalVariableExpression(var: !130, expr: !DIExpression())
!130 = distinct !DIGlobalVariable(scope: null, file: !3, line: 186, type: !131, isLocal: true, isDefinition: true)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 240, elements: !132)
!132 = !{!133}
!133 = !DISubrange(count: 30)
!134 = !DIGlobalVariableExpression(var: !135, expr: !DIExpression())
!135 = distinct !DIGlobalVariable(scope: null, file: !3, line: 314, type: !136, isLocal: true, isDefinition: true)
!136 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 64, elements: !137)
!137 = !{!138}
!138 = !DISubrange(count: 8)
!139 = !DIGlobalVariableExpression(var: !140, expr: !DIExpression())
!140 = distinct !DIGlobalVariable(name: "gets", scope: !2, file: !3, line: 93, type: !65, isLocal: true, isDefinition: true)
!141 = !DIGlobalVariableExpression(var: !142, expr: !DIExpression())
!142 = distinct !DIGlobalVariable(scope: null, file: !3, line: 274, type: !143, isLocal: true, isDefinition: true)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 48, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 6)
!146 = !DIGlobalVariableExpression(var: !147, expr: !DIExpression())
!147 = distinct !DIGlobalVariable(scope: null, file: !3, line: 354, type: !148, isLocal: true, isDefinition: true)
!148 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 24, elements: !149)
!149 = !{!150}
!150 = !DISubrange(count: 3)
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !152, size: 64)
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !153, size: 64)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 68, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 69, size: 18112, elements: !155)
!155 = !{!156, !157, !158, !159, !160, !161, !165, !166, !200, !203, !212, !232}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !154, file: !3, line: 70, baseType: !50, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !154, file: !3, line: 71, baseType: !5, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !154, file: !3, line: 72, baseType: !13, size: 32, offset: 64)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "thread", scope: !154, file: !3, line: 73, baseType: !58, size: 64, offset: 128)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !154, file: !3, line: 74, baseType: !68, size: 1024, offset: 192)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !154, file: !3, line: 75, baseType: !162, size: 16384, offset: 1216)
!162 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 16384, elements: !163)
!163 = !{!164}
!164 = !DISubrange(count: 2048)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "rbytes", scope: !154, file: !3, line: 76, baseType: !50, size: 32, offset: 17600)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !154, file: !3, line: 77, baseType: !167, size: 224, offset: 17632)
!167 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !168, line: 260, size: 224, elements: !169)
!168 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!169 = !{!170, !171, !177, !180, !199}
!170 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !167, file: !168, line: 262, baseType: !42, size: 16)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !167, file: !168, line: 263, baseType: !172, size: 16, offset: 16)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !168, line: 123, baseType: !173)
!173 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !174, line: 25, baseType: !175)
!174 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !176, line: 40, baseType: !44)
!176 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!177 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !167, file: !168, line: 264, baseType: !178, size: 32, offset: 32)
!178 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !174, line: 26, baseType: !179)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !176, line: 42, baseType: !6)
!180 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !167, file: !168, line: 265, baseType: !181, size: 128, offset: 64)
!181 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !168, line: 219, size: 128, elements: !182)
!182 = !{!183}
!183 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !181, file: !168, line: 226, baseType: !184, size: 128)
!184 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !181, file: !168, line: 221, size: 128, elements: !185)
!185 = !{!186, !193, !195}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !184, file: !168, line: 223, baseType: !187, size: 128)
!187 = !DICompositeType(tag: DW_TAG_array_type, baseType: !188, size: 128, elements: !191)
!188 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !174, line: 24, baseType: !189)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !176, line: 38, baseType: !190)
!190 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!191 = !{!192}
!192 = !DISubrange(count: 16)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !184, file: !168, line: 224, baseType: !194, size: 128)
!194 = !DICompositeType(tag: DW_TAG_array_type, baseType: !173, size: 128, elements: !137)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !184, file: !168, line: 225, baseType: !196, size: 128)
!196 = !DICompositeType(tag: DW_TAG_array_type, baseType: !178, size: 128, elements: !197)
!197 = !{!198}
!198 = !DISubrange(count: 4)
!199 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !167, file: !168, line: 266, baseType: !178, size: 32, offset: 192)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !154, file: !3, line: 78, baseType: !201, size: 32, offset: 17856)
!201 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !39, line: 33, baseType: !202)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !176, line: 210, baseType: !6)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "read", scope: !154, file: !3, line: 79, baseType: !204, size: 64, offset: 17920)
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !205, size: 64)
!205 = !DISubroutineType(types: !206)
!206 = !{!207, !152, !36, !210}
!207 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !208, line: 108, baseType: !209)
!208 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !176, line: 194, baseType: !122)
!210 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !211, line: 18, baseType: !65)
!211 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!212 = !DIDerivedType(tag: DW_TAG_member, name: "sendmsg", scope: !154, file: !3, line: 80, baseType: !213, size: 64, offset: 17984)
!213 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !214, size: 64)
!214 = !DISubroutineType(types: !215)
!215 = !{!207, !152, !216, !50}
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !217, size: 64)
!217 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !39, line: 262, size: 448, elements: !218)
!218 = !{!219, !220, !221, !228, !229, !230, !231}
!219 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !217, file: !39, line: 264, baseType: !36, size: 64)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !217, file: !39, line: 265, baseType: !201, size: 32, offset: 64)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !217, file: !39, line: 267, baseType: !222, size: 64, offset: 128)
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !223, size: 64)
!223 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !224, line: 26, size: 128, elements: !225)
!224 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!225 = !{!226, !227}
!226 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !223, file: !224, line: 28, baseType: !36, size: 64)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !223, file: !224, line: 29, baseType: !210, size: 64, offset: 64)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !217, file: !39, line: 268, baseType: !210, size: 64, offset: 192)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !217, file: !39, line: 270, baseType: !36, size: 64, offset: 256)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !217, file: !39, line: 271, baseType: !210, size: 64, offset: 320)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !217, file: !39, line: 276, baseType: !50, size: 32, offset: 384)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "write", scope: !154, file: !3, line: 81, baseType: !204, size: 64, offset: 18048)
!233 = !{i32 7, !"Dwarf Version", i32 5}
!234 = !{i32 2, !"Debug Info Version", i32 3}
!235 = !{i32 1, !"wchar_size", i32 4}
!236 = !{i32 8, !"PIC Level", i32 2}
!237 = !{i32 7, !"PIE Level", i32 2}
!238 = !{i32 7, !"uwtable", i32 2}
!239 = !{i32 7, !"frame-pointer", i32 2}
!240 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!241 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 95, type: !205, scopeLine: 95, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!242 = !{}
!243 = !DILocalVariable(name: "c", arg: 1, scope: !241, file: !3, line: 95, type: !152)
!244 = !DILocation(line: 95, column: 24, scope: !241)
!245 = !DILocalVariable(name: "buf", arg: 2, scope: !241, file: !3, line: 95, type: !36)
!246 = !DILocation(line: 95, column: 33, scope: !241)
!247 = !DILocalVariable(name: "count", arg: 3, scope: !241, file: !3, line: 95, type: !210)
!248 = !DILocation(line: 95, column: 45, scope: !241)
!249 = !DILocation(line: 96, column: 15, scope: !241)
!250 = !DILocation(line: 96, column: 18, scope: !241)
!251 = !DILocation(line: 96, column: 23, scope: !241)
!252 = !DILocation(line: 96, column: 28, scope: !241)
!253 = !DILocation(line: 96, column: 10, scope: !241)
!254 = !DILocation(line: 96, column: 3, scope: !241)
!255 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 99, type: !214, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!256 = !DILocalVariable(name: "c", arg: 1, scope: !255, file: !3, line: 99, type: !152)
!257 = !DILocation(line: 99, column: 27, scope: !255)
!258 = !DILocalVariable(name: "msg", arg: 2, scope: !255, file: !3, line: 99, type: !216)
!259 = !DILocation(line: 99, column: 45, scope: !255)
!260 = !DILocalVariable(name: "flags", arg: 3, scope: !255, file: !3, line: 99, type: !50)
!261 = !DILocation(line: 99, column: 54, scope: !255)
!262 = !DILocation(line: 100, column: 18, scope: !255)
!263 = !DILocation(line: 100, column: 21, scope: !255)
!264 = !DILocation(line: 100, column: 26, scope: !255)
!265 = !DILocation(line: 100, column: 31, scope: !255)
!266 = !DILocation(line: 100, column: 10, scope: !255)
!267 = !DILocation(line: 100, column: 3, scope: !255)
!268 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 103, type: !205, scopeLine: 103, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!269 = !DILocalVariable(name: "c", arg: 1, scope: !268, file: !3, line: 103, type: !152)
!270 = !DILocation(line: 103, column: 25, scope: !268)
!271 = !DILocalVariable(name: "buf", arg: 2, scope: !268, file: !3, line: 103, type: !36)
!272 = !DILocation(line: 103, column: 34, scope: !268)
!273 = !DILocalVariable(name: "count", arg: 3, scope: !268, file: !3, line: 103, type: !210)
!274 = !DILocation(line: 103, column: 46, scope: !268)
!275 = !DILocation(line: 104, column: 16, scope: !268)
!276 = !DILocation(line: 104, column: 19, scope: !268)
!277 = !DILocation(line: 104, column: 24, scope: !268)
!278 = !DILocation(line: 104, column: 29, scope: !268)
!279 = !DILocation(line: 104, column: 10, scope: !268)
!280 = !DILocation(line: 104, column: 3, scope: !268)
!281 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 113, type: !282, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!282 = !DISubroutineType(types: !283)
!283 = !{!152, !50, !5, !13, !54}
!284 = !DILocalVariable(name: "sfd", arg: 1, scope: !281, file: !3, line: 113, type: !50)
!285 = !DILocation(line: 113, column: 20, scope: !281)
!286 = !DILocalVariable(name: "init_state", arg: 2, scope: !281, file: !3, line: 113, type: !5)
!287 = !DILocation(line: 113, column: 42, scope: !281)
!288 = !DILocalVariable(name: "transport", arg: 3, scope: !281, file: !3, line: 114, type: !13)
!289 = !DILocation(line: 114, column: 39, scope: !281)
!290 = !DILocalVariable(name: "base", arg: 4, scope: !281, file: !3, line: 114, type: !54)
!291 = !DILocation(line: 114, column: 69, scope: !281)
!292 = !DILocation(line: 115, column: 7, scope: !293)
!293 = distinct !DILexicalBlock(scope: !281, file: !3, line: 115, column: 7)
!294 = !DILocation(line: 115, column: 11, scope: !293)
!295 = !DILocation(line: 115, column: 15, scope: !293)
!296 = !DILocation(line: 115, column: 18, scope: !293)
!297 = !DILocation(line: 115, column: 22, scope: !293)
!298 = !DILocation(line: 115, column: 7, scope: !281)
!299 = !DILocation(line: 116, column: 5, scope: !293)
!300 = !DILocalVariable(name: "c", scope: !281, file: !3, line: 117, type: !152)
!301 = !DILocation(line: 117, column: 9, scope: !281)
!302 = !DILocation(line: 117, column: 13, scope: !281)
!303 = !DILocation(line: 117, column: 19, scope: !281)
!304 = !DILocation(line: 118, column: 7, scope: !305)
!305 = distinct !DILexicalBlock(scope: !281, file: !3, line: 118, column: 7)
!306 = !DILocation(line: 118, column: 9, scope: !305)
!307 = !DILocation(line: 118, column: 7, scope: !281)
!308 = !DILocation(line: 119, column: 9, scope: !309)
!309 = distinct !DILexicalBlock(scope: !305, file: !3, line: 118, column: 18)
!310 = !DILocation(line: 119, column: 7, scope: !309)
!311 = !DILocation(line: 120, column: 9, scope: !312)
!312 = distinct !DILexicalBlock(scope: !309, file: !3, line: 120, column: 9)
!313 = !DILocation(line: 120, column: 11, scope: !312)
!314 = !DILocation(line: 120, column: 9, scope: !309)
!315 = !DILocation(line: 121, column: 7, scope: !312)
!316 = !DILocation(line: 122, column: 14, scope: !309)
!317 = !DILocation(line: 122, column: 5, scope: !309)
!318 = !DILocation(line: 122, column: 8, scope: !309)
!319 = !DILocation(line: 122, column: 12, scope: !309)
!320 = !DILocation(line: 123, column: 18, scope: !309)
!321 = !DILocation(line: 123, column: 5, scope: !309)
!322 = !DILocation(line: 123, column: 11, scope: !309)
!323 = !DILocation(line: 123, column: 16, scope: !309)
!324 = !DILocation(line: 124, column: 3, scope: !309)
!325 = !DILocation(line: 125, column: 18, scope: !281)
!326 = !DILocation(line: 125, column: 3, scope: !281)
!327 = !DILocation(line: 125, column: 6, scope: !281)
!328 = !DILocation(line: 125, column: 16, scope: !281)
!329 = !DILocation(line: 126, column: 14, scope: !281)
!330 = !DILocation(line: 126, column: 3, scope: !281)
!331 = !DILocation(line: 126, column: 6, scope: !281)
!332 = !DILocation(line: 126, column: 12, scope: !281)
!333 = !DILocation(line: 127, column: 3, scope: !281)
!334 = !DILocation(line: 127, column: 6, scope: !281)
!335 = !DILocation(line: 127, column: 13, scope: !281)
!336 = !DILocation(line: 128, column: 3, scope: !281)
!337 = !DILocation(line: 128, column: 6, scope: !281)
!338 = !DILocation(line: 128, column: 11, scope: !281)
!339 = !DILocation(line: 129, column: 3, scope: !281)
!340 = !DILocation(line: 129, column: 6, scope: !281)
!341 = !DILocation(line: 129, column: 14, scope: !281)
!342 = !DILocation(line: 130, column: 3, scope: !281)
!343 = !DILocation(line: 130, column: 6, scope: !281)
!344 = !DILocation(line: 130, column: 12, scope: !281)
!345 = !DILocation(line: 131, column: 14, scope: !281)
!346 = !DILocation(line: 131, column: 17, scope: !281)
!347 = !DILocation(line: 131, column: 24, scope: !281)
!348 = !DILocation(line: 131, column: 74, scope: !281)
!349 = !DILocation(line: 131, column: 3, scope: !281)
!350 = !DILocation(line: 132, column: 18, scope: !281)
!351 = !DILocation(line: 132, column: 25, scope: !281)
!352 = !DILocation(line: 132, column: 28, scope: !281)
!353 = !DILocation(line: 132, column: 3, scope: !281)
!354 = !DILocation(line: 133, column: 18, scope: !355)
!355 = distinct !DILexicalBlock(scope: !281, file: !3, line: 133, column: 7)
!356 = !DILocation(line: 133, column: 21, scope: !355)
!357 = !DILocation(line: 133, column: 7, scope: !355)
!358 = !DILocation(line: 133, column: 31, scope: !355)
!359 = !DILocation(line: 133, column: 7, scope: !281)
!360 = !DILocation(line: 134, column: 5, scope: !355)
!361 = !DILocation(line: 135, column: 10, scope: !281)
!362 = !DILocation(line: 135, column: 3, scope: !281)
!363 = !DILocation(line: 136, column: 1, scope: !281)
!364 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 339, type: !365, scopeLine: 339, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!365 = !DISubroutineType(types: !366)
!366 = !{null, !50, !107, !36}
!367 = !DILocalVariable(name: "fd", arg: 1, scope: !364, file: !3, line: 339, type: !50)
!368 = !DILocation(line: 339, column: 31, scope: !364)
!369 = !DILocalVariable(name: "which", arg: 2, scope: !364, file: !3, line: 339, type: !107)
!370 = !DILocation(line: 339, column: 41, scope: !364)
!371 = !DILocalVariable(name: "arg", arg: 3, scope: !364, file: !3, line: 339, type: !36)
!372 = !DILocation(line: 339, column: 54, scope: !364)
!373 = !DILocalVariable(name: "c", scope: !364, file: !3, line: 340, type: !152)
!374 = !DILocation(line: 340, column: 9, scope: !364)
!375 = !DILocation(line: 340, column: 13, scope: !364)
!376 = !DILocation(line: 341, column: 9, scope: !364)
!377 = !DILocation(line: 342, column: 7, scope: !378)
!378 = distinct !DILexicalBlock(scope: !364, file: !3, line: 342, column: 7)
!379 = !DILocation(line: 342, column: 13, scope: !378)
!380 = !DILocation(line: 342, column: 16, scope: !378)
!381 = !DILocation(line: 342, column: 10, scope: !378)
!382 = !DILocation(line: 342, column: 7, scope: !364)
!383 = !DILocation(line: 343, column: 5, scope: !378)
!384 = !DILocation(line: 344, column: 17, scope: !364)
!385 = !DILocation(line: 344, column: 3, scope: !364)
!386 = !DILocation(line: 345, column: 1, scope: !364)
!387 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 199, type: !388, scopeLine: 200, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!388 = !DISubroutineType(types: !389)
!389 = !{null, !50, !5, !13}
!390 = !DILocalVariable(name: "sfd", arg: 1, scope: !387, file: !3, line: 199, type: !50)
!391 = !DILocation(line: 199, column: 28, scope: !387)
!392 = !DILocalVariable(name: "init_state", arg: 2, scope: !387, file: !3, line: 199, type: !5)
!393 = !DILocation(line: 199, column: 50, scope: !387)
!394 = !DILocalVariable(name: "transport", arg: 3, scope: !387, file: !3, line: 200, type: !13)
!395 = !DILocation(line: 200, column: 47, scope: !387)
!396 = !DILocalVariable(name: "item", scope: !387, file: !3, line: 201, type: !82)
!397 = !DILocation(line: 201, column: 12, scope: !387)
!398 = !DILocation(line: 201, column: 19, scope: !387)
!399 = !DILocation(line: 202, column: 7, scope: !400)
!400 = distinct !DILexicalBlock(scope: !387, file: !3, line: 202, column: 7)
!401 = !DILocation(line: 202, column: 12, scope: !400)
!402 = !DILocation(line: 202, column: 7, scope: !387)
!403 = !DILocation(line: 203, column: 11, scope: !404)
!404 = distinct !DILexicalBlock(scope: !400, file: !3, line: 202, column: 21)
!405 = !DILocation(line: 203, column: 5, scope: !404)
!406 = !DILocation(line: 204, column: 5, scope: !404)
!407 = !DILocalVariable(name: "tid", scope: !387, file: !3, line: 206, type: !50)
!408 = !DILocation(line: 206, column: 7, scope: !387)
!409 = !DILocation(line: 206, column: 14, scope: !387)
!410 = !DILocation(line: 206, column: 26, scope: !387)
!411 = !DILocation(line: 206, column: 31, scope: !387)
!412 = !DILocalVariable(name: "thread", scope: !387, file: !3, line: 207, type: !58)
!413 = !DILocation(line: 207, column: 20, scope: !387)
!414 = !DILocation(line: 207, column: 30, scope: !387)
!415 = !DILocation(line: 207, column: 38, scope: !387)
!416 = !DILocation(line: 208, column: 17, scope: !387)
!417 = !DILocation(line: 208, column: 15, scope: !387)
!418 = !DILocation(line: 209, column: 15, scope: !387)
!419 = !DILocation(line: 209, column: 3, scope: !387)
!420 = !DILocation(line: 209, column: 9, scope: !387)
!421 = !DILocation(line: 209, column: 13, scope: !387)
!422 = !DILocation(line: 210, column: 22, scope: !387)
!423 = !DILocation(line: 210, column: 3, scope: !387)
!424 = !DILocation(line: 210, column: 9, scope: !387)
!425 = !DILocation(line: 210, column: 20, scope: !387)
!426 = !DILocation(line: 211, column: 21, scope: !387)
!427 = !DILocation(line: 211, column: 3, scope: !387)
!428 = !DILocation(line: 211, column: 9, scope: !387)
!429 = !DILocation(line: 211, column: 19, scope: !387)
!430 = !DILocation(line: 212, column: 3, scope: !387)
!431 = !DILocation(line: 212, column: 9, scope: !387)
!432 = !DILocation(line: 212, column: 14, scope: !387)
!433 = !DILocation(line: 213, column: 17, scope: !387)
!434 = !DILocation(line: 213, column: 25, scope: !387)
!435 = !DILocation(line: 213, column: 3, scope: !387)
!436 = !DILocation(line: 214, column: 1, scope: !387)
!437 = distinct !DISubprogram(name: "cqi_new", scope: !3, file: !3, line: 139, type: !438, scopeLine: 139, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!438 = !DISubroutineType(types: !439)
!439 = !{!82}
!440 = !DILocalVariable(name: "item", scope: !437, file: !3, line: 140, type: !82)
!441 = !DILocation(line: 140, column: 12, scope: !437)
!442 = !DILocation(line: 141, column: 3, scope: !437)
!443 = !DILocation(line: 142, column: 7, scope: !444)
!444 = distinct !DILexicalBlock(scope: !437, file: !3, line: 142, column: 7)
!445 = !DILocation(line: 142, column: 7, scope: !437)
!446 = !DILocation(line: 143, column: 12, scope: !447)
!447 = distinct !DILexicalBlock(scope: !444, file: !3, line: 142, column: 21)
!448 = !DILocation(line: 143, column: 10, scope: !447)
!449 = !DILocation(line: 144, column: 20, scope: !447)
!450 = !DILocation(line: 144, column: 26, scope: !447)
!451 = !DILocation(line: 144, column: 18, scope: !447)
!452 = !DILocation(line: 145, column: 3, scope: !447)
!453 = !DILocation(line: 146, column: 3, scope: !437)
!454 = !DILocation(line: 147, column: 7, scope: !455)
!455 = distinct !DILexicalBlock(scope: !437, file: !3, line: 147, column: 7)
!456 = !DILocation(line: 147, column: 12, scope: !455)
!457 = !DILocation(line: 147, column: 7, scope: !437)
!458 = !DILocation(line: 148, column: 12, scope: !455)
!459 = !DILocation(line: 148, column: 10, scope: !455)
!460 = !DILocation(line: 148, column: 5, scope: !455)
!461 = !DILocation(line: 149, column: 10, scope: !437)
!462 = !DILocation(line: 149, column: 3, scope: !437)
!463 = distinct !DISubprogram(name: "notify_worker", scope: !3, file: !3, line: 182, type: !464, scopeLine: 182, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!464 = !DISubroutineType(types: !465)
!465 = !{null, !58, !82}
!466 = !DILocalVariable(name: "t", arg: 1, scope: !463, file: !3, line: 182, type: !58)
!467 = !DILocation(line: 182, column: 44, scope: !463)
!468 = !DILocalVariable(name: "item", arg: 2, scope: !463, file: !3, line: 182, type: !82)
!469 = !DILocation(line: 182, column: 56, scope: !463)
!470 = !DILocation(line: 183, column: 11, scope: !463)
!471 = !DILocation(line: 183, column: 14, scope: !463)
!472 = !DILocation(line: 183, column: 24, scope: !463)
!473 = !DILocation(line: 183, column: 3, scope: !463)
!474 = !DILocalVariable(name: "buf", scope: !463, file: !3, line: 184, type: !47)
!475 = !DILocation(line: 184, column: 8, scope: !463)
!476 = !DILocation(line: 185, column: 13, scope: !477)
!477 = distinct !DILexicalBlock(scope: !463, file: !3, line: 185, column: 7)
!478 = !DILocation(line: 185, column: 16, scope: !477)
!479 = !DILocation(line: 185, column: 7, scope: !477)
!480 = !DILocation(line: 185, column: 41, scope: !477)
!481 = !DILocation(line: 185, column: 7, scope: !463)
!482 = !DILocation(line: 186, column: 5, scope: !477)
!483 = !DILocation(line: 187, column: 1, scope: !463)
!484 = distinct !DISubprogram(name: "redispatch_conn", scope: !3, file: !3, line: 216, type: !485, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!485 = !DISubroutineType(types: !486)
!486 = !{null, !152}
!487 = !DILocalVariable(name: "c", arg: 1, scope: !484, file: !3, line: 216, type: !152)
!488 = !DILocation(line: 216, column: 28, scope: !484)
!489 = !DILocation(line: 217, column: 20, scope: !484)
!490 = !DILocation(line: 217, column: 23, scope: !484)
!491 = !DILocation(line: 217, column: 31, scope: !484)
!492 = !DILocation(line: 217, column: 34, scope: !484)
!493 = !DILocation(line: 217, column: 3, scope: !484)
!494 = !DILocation(line: 218, column: 1, scope: !484)
!495 = distinct !DISubprogram(name: "notify_worker_fd", scope: !3, file: !3, line: 189, type: !496, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!496 = !DISubroutineType(types: !497)
!497 = !{null, !58, !50, !18}
!498 = !DILocalVariable(name: "t", arg: 1, scope: !495, file: !3, line: 189, type: !58)
!499 = !DILocation(line: 189, column: 47, scope: !495)
!500 = !DILocalVariable(name: "sfd", arg: 2, scope: !495, file: !3, line: 189, type: !50)
!501 = !DILocation(line: 189, column: 54, scope: !495)
!502 = !DILocalVariable(name: "mode", arg: 3, scope: !495, file: !3, line: 190, type: !18)
!503 = !DILocation(line: 190, column: 57, scope: !495)
!504 = !DILocalVariable(name: "item", scope: !495, file: !3, line: 191, type: !82)
!505 = !DILocation(line: 191, column: 12, scope: !495)
!506 = !DILocation(line: 191, column: 19, scope: !495)
!507 = !DILocation(line: 192, column: 7, scope: !508)
!508 = distinct !DILexicalBlock(scope: !495, file: !3, line: 192, column: 7)
!509 = !DILocation(line: 192, column: 12, scope: !508)
!510 = !DILocation(line: 192, column: 7, scope: !495)
!511 = !DILocation(line: 193, column: 5, scope: !508)
!512 = !DILocation(line: 194, column: 16, scope: !495)
!513 = !DILocation(line: 194, column: 3, scope: !495)
!514 = !DILocation(line: 194, column: 9, scope: !495)
!515 = !DILocation(line: 194, column: 14, scope: !495)
!516 = !DILocation(line: 195, column: 15, scope: !495)
!517 = !DILocation(line: 195, column: 3, scope: !495)
!518 = !DILocation(line: 195, column: 9, scope: !495)
!519 = !DILocation(line: 195, column: 13, scope: !495)
!520 = !DILocation(line: 196, column: 17, scope: !495)
!521 = !DILocation(line: 196, column: 20, scope: !495)
!522 = !DILocation(line: 196, column: 3, scope: !495)
!523 = !DILocation(line: 197, column: 1, scope: !495)
!524 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 433, type: !525, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !242)
!525 = !DISubroutineType(types: !526)
!526 = !{!50, !50, !527}
!527 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !528, size: 64)
!528 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!529 = !DILocalVariable(name: "argc", arg: 1, scope: !524, file: !3, line: 433, type: !50)
!530 = !DILocation(line: 433, column: 14, scope: !524)
!531 = !DILocalVariable(name: "argv", arg: 2, scope: !524, file: !3, line: 433, type: !527)
!532 = !DILocation(line: 433, column: 27, scope: !524)
!533 = !DILocation(line: 434, column: 15, scope: !524)
!534 = !DILocation(line: 434, column: 13, scope: !524)
!535 = !DILocation(line: 435, column: 11, scope: !524)
!536 = !DILocation(line: 435, column: 9, scope: !524)
!537 = !DILocation(line: 436, column: 7, scope: !538)
!538 = distinct !DILexicalBlock(scope: !524, file: !3, line: 436, column: 7)
!539 = !DILocation(line: 436, column: 13, scope: !538)
!540 = !DILocation(line: 436, column: 7, scope: !524)
!541 = !DILocation(line: 437, column: 5, scope: !538)
!542 = !DILocation(line: 438, column: 3, scope: !524)
!543 = !DILocation(line: 439, column: 7, scope: !544)
!544 = distinct !DILexicalBlock(scope: !524, file: !3, line: 439, column: 7)
!545 = !DILocation(line: 439, column: 12, scope: !544)
!546 = !DILocation(line: 439, column: 16, scope: !544)
!547 = !DILocation(line: 439, column: 38, scope: !544)
!548 = !DILocation(line: 439, column: 19, scope: !544)
!549 = !DILocation(line: 439, column: 7, scope: !524)
!550 = !DILocation(line: 440, column: 5, scope: !544)
!551 = !DILocation(line: 441, column: 7, scope: !552)
!552 = distinct !DILexicalBlock(scope: !524, file: !3, line: 441, column: 7)
!553 = !DILocation(line: 441, column: 43, scope: !552)
!554 = !DILocation(line: 442, column: 7, scope: !552)
!555 = !DILocation(line: 441, column: 7, scope: !524)
!556 = !DILocation(line: 443, column: 5, scope: !552)
!557 = !DILocation(line: 444, column: 26, scope: !524)
!558 = !DILocation(line: 444, column: 10, scope: !524)
!559 = !DILocation(line: 444, column: 3, scope: !524)
!560 = !DILocation(line: 445, column: 1, scope: !524)
!561 = distinct !DISubprogram(name: "thread_init", scope: !3, file: !3, line: 417, type: !562, scopeLine: 417, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!562 = !DISubroutineType(types: !563)
!563 = !{null}
!564 = !DILocation(line: 418, column: 13, scope: !561)
!565 = !DILocation(line: 418, column: 11, scope: !561)
!566 = !DILocation(line: 419, column: 7, scope: !567)
!567 = distinct !DILexicalBlock(scope: !561, file: !3, line: 419, column: 7)
!568 = !DILocation(line: 419, column: 15, scope: !567)
!569 = !DILocation(line: 419, column: 7, scope: !561)
!570 = !DILocation(line: 420, column: 5, scope: !567)
!571 = !DILocalVariable(name: "i", scope: !572, file: !3, line: 421, type: !50)
!572 = distinct !DILexicalBlock(scope: !561, file: !3, line: 421, column: 3)
!573 = !DILocation(line: 421, column: 12, scope: !572)
!574 = !DILocation(line: 421, column: 8, scope: !572)
!575 = !DILocation(line: 421, column: 19, scope: !576)
!576 = distinct !DILexicalBlock(scope: !572, file: !3, line: 421, column: 3)
!577 = !DILocation(line: 421, column: 21, scope: !576)
!578 = !DILocation(line: 421, column: 3, scope: !572)
!579 = !DILocalVariable(name: "fds", scope: !580, file: !3, line: 422, type: !581)
!580 = distinct !DILexicalBlock(scope: !576, file: !3, line: 421, column: 38)
!581 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 64, elements: !582)
!582 = !{!583}
!583 = !DISubrange(count: 2)
!584 = !DILocation(line: 422, column: 9, scope: !580)
!585 = !DILocation(line: 423, column: 14, scope: !586)
!586 = distinct !DILexicalBlock(scope: !580, file: !3, line: 423, column: 9)
!587 = !DILocation(line: 423, column: 9, scope: !586)
!588 = !DILocation(line: 423, column: 9, scope: !580)
!589 = !DILocation(line: 424, column: 7, scope: !586)
!590 = !DILocation(line: 425, column: 36, scope: !580)
!591 = !DILocation(line: 425, column: 5, scope: !580)
!592 = !DILocation(line: 425, column: 13, scope: !580)
!593 = !DILocation(line: 425, column: 16, scope: !580)
!594 = !DILocation(line: 425, column: 34, scope: !580)
!595 = !DILocation(line: 426, column: 33, scope: !580)
!596 = !DILocation(line: 426, column: 5, scope: !580)
!597 = !DILocation(line: 426, column: 13, scope: !580)
!598 = !DILocation(line: 426, column: 16, scope: !580)
!599 = !DILocation(line: 426, column: 31, scope: !580)
!600 = !DILocation(line: 427, column: 19, scope: !580)
!601 = !DILocation(line: 427, column: 27, scope: !580)
!602 = !DILocation(line: 427, column: 5, scope: !580)
!603 = !DILocation(line: 428, column: 3, scope: !580)
!604 = !DILocation(line: 421, column: 34, scope: !576)
!605 = !DILocation(line: 421, column: 3, scope: !576)
!606 = distinct !{!606, !578, !607, !608}
!607 = !DILocation(line: 428, column: 3, scope: !572)
!608 = !{!"llvm.loop.mustprogress"}
!609 = !DILocalVariable(name: "i", scope: !610, file: !3, line: 429, type: !50)
!610 = distinct !DILexicalBlock(scope: !561, file: !3, line: 429, column: 3)
!611 = !DILocation(line: 429, column: 12, scope: !610)
!612 = !DILocation(line: 429, column: 8, scope: !610)
!613 = !DILocation(line: 429, column: 19, scope: !614)
!614 = distinct !DILexicalBlock(scope: !610, file: !3, line: 429, column: 3)
!615 = !DILocation(line: 429, column: 21, scope: !614)
!616 = !DILocation(line: 429, column: 3, scope: !610)
!617 = !DILocation(line: 430, column: 21, scope: !614)
!618 = !DILocation(line: 430, column: 29, scope: !614)
!619 = !DILocation(line: 430, column: 32, scope: !614)
!620 = !DILocation(line: 430, column: 67, scope: !614)
!621 = !DILocation(line: 430, column: 75, scope: !614)
!622 = !DILocation(line: 430, column: 5, scope: !614)
!623 = !DILocation(line: 429, column: 34, scope: !614)
!624 = !DILocation(line: 429, column: 3, scope: !614)
!625 = distinct !{!625, !616, !626, !608}
!626 = !DILocation(line: 430, column: 77, scope: !610)
!627 = !DILocation(line: 431, column: 1, scope: !561)
!628 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 383, type: !629, scopeLine: 383, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!629 = !DISubroutineType(types: !630)
!630 = !{!50, !631}
!631 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !632, size: 64)
!632 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!633 = !DILocalVariable(name: "path", arg: 1, scope: !628, file: !3, line: 383, type: !631)
!634 = !DILocation(line: 383, column: 43, scope: !628)
!635 = !DILocalVariable(name: "sfd", scope: !628, file: !3, line: 384, type: !50)
!636 = !DILocation(line: 384, column: 7, scope: !628)
!637 = !DILocation(line: 384, column: 13, scope: !628)
!638 = !DILocation(line: 385, column: 7, scope: !639)
!639 = distinct !DILexicalBlock(scope: !628, file: !3, line: 385, column: 7)
!640 = !DILocation(line: 385, column: 11, scope: !639)
!641 = !DILocation(line: 385, column: 7, scope: !628)
!642 = !DILocation(line: 386, column: 5, scope: !639)
!643 = !DILocalVariable(name: "addr", scope: !628, file: !3, line: 387, type: !644)
!644 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !645, line: 29, size: 880, elements: !646)
!645 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!646 = !{!647, !648}
!647 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !644, file: !645, line: 31, baseType: !42, size: 16)
!648 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !644, file: !645, line: 32, baseType: !649, size: 864, offset: 16)
!649 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 864, elements: !650)
!650 = !{!651}
!651 = !DISubrange(count: 108)
!652 = !DILocation(line: 387, column: 22, scope: !628)
!653 = !DILocation(line: 388, column: 3, scope: !628)
!654 = !DILocation(line: 389, column: 8, scope: !628)
!655 = !DILocation(line: 389, column: 19, scope: !628)
!656 = !DILocation(line: 390, column: 16, scope: !628)
!657 = !DILocation(line: 390, column: 11, scope: !628)
!658 = !DILocation(line: 390, column: 26, scope: !628)
!659 = !DILocation(line: 390, column: 3, scope: !628)
!660 = !DILocation(line: 391, column: 12, scope: !661)
!661 = distinct !DILexicalBlock(scope: !628, file: !3, line: 391, column: 7)
!662 = !DILocation(line: 391, column: 7, scope: !661)
!663 = !DILocation(line: 391, column: 57, scope: !661)
!664 = !DILocation(line: 391, column: 63, scope: !661)
!665 = !DILocation(line: 392, column: 14, scope: !661)
!666 = !DILocation(line: 392, column: 7, scope: !661)
!667 = !DILocation(line: 392, column: 25, scope: !661)
!668 = !DILocation(line: 391, column: 7, scope: !628)
!669 = !DILocation(line: 393, column: 11, scope: !670)
!670 = distinct !DILexicalBlock(scope: !661, file: !3, line: 392, column: 32)
!671 = !DILocation(line: 393, column: 5, scope: !670)
!672 = !DILocation(line: 394, column: 5, scope: !670)
!673 = !DILocation(line: 396, column: 19, scope: !628)
!674 = !DILocation(line: 396, column: 57, scope: !628)
!675 = !DILocation(line: 396, column: 10, scope: !628)
!676 = !DILocation(line: 396, column: 68, scope: !628)
!677 = !DILocation(line: 396, column: 3, scope: !628)
!678 = !DILocation(line: 397, column: 1, scope: !628)
!679 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 347, type: !680, scopeLine: 347, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!680 = !DISubroutineType(types: !681)
!681 = !{!50, !50, !13}
!682 = !DILocalVariable(name: "port", arg: 1, scope: !679, file: !3, line: 347, type: !50)
!683 = !DILocation(line: 347, column: 30, scope: !679)
!684 = !DILocalVariable(name: "transport", arg: 2, scope: !679, file: !3, line: 347, type: !13)
!685 = !DILocation(line: 347, column: 59, scope: !679)
!686 = !DILocalVariable(name: "hints", scope: !679, file: !3, line: 348, type: !687)
!687 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !688, line: 565, size: 384, elements: !689)
!688 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!689 = !{!690, !691, !692, !693, !694, !695, !696, !697}
!690 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !687, file: !688, line: 567, baseType: !50, size: 32)
!691 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !687, file: !688, line: 568, baseType: !50, size: 32, offset: 32)
!692 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !687, file: !688, line: 569, baseType: !50, size: 32, offset: 64)
!693 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !687, file: !688, line: 570, baseType: !50, size: 32, offset: 96)
!694 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !687, file: !688, line: 571, baseType: !201, size: 32, offset: 128)
!695 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !687, file: !688, line: 572, baseType: !37, size: 64, offset: 192)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !687, file: !688, line: 573, baseType: !528, size: 64, offset: 256)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !687, file: !688, line: 574, baseType: !698, size: 64, offset: 320)
!698 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !687, size: 64)
!699 = !DILocation(line: 348, column: 19, scope: !679)
!700 = !DILocation(line: 349, column: 3, scope: !679)
!701 = !DILocation(line: 350, column: 9, scope: !679)
!702 = !DILocation(line: 350, column: 18, scope: !679)
!703 = !DILocation(line: 351, column: 9, scope: !679)
!704 = !DILocation(line: 351, column: 19, scope: !679)
!705 = !DILocation(line: 352, column: 23, scope: !679)
!706 = !DILocation(line: 352, column: 9, scope: !679)
!707 = !DILocation(line: 352, column: 21, scope: !679)
!708 = !DILocalVariable(name: "port_buf", scope: !679, file: !3, line: 353, type: !709)
!709 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 128, elements: !191)
!710 = !DILocation(line: 353, column: 8, scope: !679)
!711 = !DILocation(line: 354, column: 12, scope: !679)
!712 = !DILocation(line: 354, column: 46, scope: !679)
!713 = !DILocation(line: 354, column: 3, scope: !679)
!714 = !DILocalVariable(name: "ai", scope: !679, file: !3, line: 355, type: !698)
!715 = !DILocation(line: 355, column: 20, scope: !679)
!716 = !DILocation(line: 356, column: 25, scope: !717)
!717 = distinct !DILexicalBlock(scope: !679, file: !3, line: 356, column: 7)
!718 = !DILocation(line: 356, column: 7, scope: !717)
!719 = !DILocation(line: 356, column: 48, scope: !717)
!720 = !DILocation(line: 356, column: 7, scope: !679)
!721 = !DILocation(line: 357, column: 5, scope: !717)
!722 = !DILocalVariable(name: "next", scope: !723, file: !3, line: 358, type: !698)
!723 = distinct !DILexicalBlock(scope: !679, file: !3, line: 358, column: 3)
!724 = !DILocation(line: 358, column: 25, scope: !723)
!725 = !DILocation(line: 358, column: 32, scope: !723)
!726 = !DILocation(line: 358, column: 8, scope: !723)
!727 = !DILocation(line: 358, column: 36, scope: !728)
!728 = distinct !DILexicalBlock(scope: !723, file: !3, line: 358, column: 3)
!729 = !DILocation(line: 358, column: 3, scope: !723)
!730 = !DILocalVariable(name: "sfd", scope: !731, file: !3, line: 359, type: !50)
!731 = distinct !DILexicalBlock(scope: !728, file: !3, line: 358, column: 64)
!732 = !DILocation(line: 359, column: 9, scope: !731)
!733 = !DILocation(line: 359, column: 22, scope: !731)
!734 = !DILocation(line: 359, column: 28, scope: !731)
!735 = !DILocation(line: 359, column: 39, scope: !731)
!736 = !DILocation(line: 359, column: 45, scope: !731)
!737 = !DILocation(line: 359, column: 58, scope: !731)
!738 = !DILocation(line: 359, column: 64, scope: !731)
!739 = !DILocation(line: 359, column: 15, scope: !731)
!740 = !DILocation(line: 360, column: 9, scope: !741)
!741 = distinct !DILexicalBlock(scope: !731, file: !3, line: 360, column: 9)
!742 = !DILocation(line: 360, column: 13, scope: !741)
!743 = !DILocation(line: 360, column: 9, scope: !731)
!744 = !DILocation(line: 361, column: 7, scope: !741)
!745 = !DILocation(line: 362, column: 14, scope: !746)
!746 = distinct !DILexicalBlock(scope: !731, file: !3, line: 362, column: 9)
!747 = !DILocation(line: 362, column: 19, scope: !746)
!748 = !DILocation(line: 362, column: 25, scope: !746)
!749 = !DILocation(line: 362, column: 34, scope: !746)
!750 = !DILocation(line: 362, column: 40, scope: !746)
!751 = !DILocation(line: 362, column: 9, scope: !746)
!752 = !DILocation(line: 362, column: 52, scope: !746)
!753 = !DILocation(line: 362, column: 9, scope: !731)
!754 = !DILocation(line: 363, column: 13, scope: !755)
!755 = distinct !DILexicalBlock(scope: !746, file: !3, line: 362, column: 59)
!756 = !DILocation(line: 363, column: 7, scope: !755)
!757 = !DILocation(line: 364, column: 7, scope: !755)
!758 = !DILocation(line: 366, column: 10, scope: !759)
!759 = distinct !DILexicalBlock(scope: !731, file: !3, line: 366, column: 9)
!760 = !DILocation(line: 366, column: 28, scope: !759)
!761 = !DILocation(line: 366, column: 38, scope: !759)
!762 = !DILocation(line: 366, column: 31, scope: !759)
!763 = !DILocation(line: 366, column: 49, scope: !759)
!764 = !DILocation(line: 366, column: 9, scope: !731)
!765 = !DILocation(line: 367, column: 13, scope: !766)
!766 = distinct !DILexicalBlock(scope: !759, file: !3, line: 366, column: 56)
!767 = !DILocation(line: 367, column: 7, scope: !766)
!768 = !DILocation(line: 368, column: 7, scope: !766)
!769 = !DILocation(line: 370, column: 9, scope: !770)
!770 = distinct !DILexicalBlock(scope: !731, file: !3, line: 370, column: 9)
!771 = !DILocation(line: 370, column: 9, scope: !731)
!772 = !DILocalVariable(name: "t", scope: !773, file: !3, line: 372, type: !50)
!773 = distinct !DILexicalBlock(scope: !774, file: !3, line: 372, column: 7)
!774 = distinct !DILexicalBlock(scope: !770, file: !3, line: 370, column: 28)
!775 = !DILocation(line: 372, column: 16, scope: !773)
!776 = !DILocation(line: 372, column: 12, scope: !773)
!777 = !DILocation(line: 372, column: 23, scope: !778)
!778 = distinct !DILexicalBlock(scope: !773, file: !3, line: 372, column: 7)
!779 = !DILocation(line: 372, column: 25, scope: !778)
!780 = !DILocation(line: 372, column: 7, scope: !773)
!781 = !DILocation(line: 373, column: 27, scope: !778)
!782 = !DILocation(line: 373, column: 43, scope: !778)
!783 = !DILocation(line: 373, column: 9, scope: !778)
!784 = !DILocation(line: 372, column: 38, scope: !778)
!785 = !DILocation(line: 372, column: 7, scope: !778)
!786 = distinct !{!786, !780, !787, !608}
!787 = !DILocation(line: 373, column: 52, scope: !773)
!788 = !DILocation(line: 374, column: 5, scope: !774)
!789 = !DILocation(line: 374, column: 25, scope: !790)
!790 = distinct !DILexicalBlock(scope: !770, file: !3, line: 374, column: 16)
!791 = !DILocation(line: 374, column: 46, scope: !790)
!792 = !DILocation(line: 374, column: 57, scope: !790)
!793 = !DILocation(line: 374, column: 16, scope: !790)
!794 = !DILocation(line: 374, column: 68, scope: !790)
!795 = !DILocation(line: 374, column: 16, scope: !770)
!796 = !DILocation(line: 375, column: 20, scope: !797)
!797 = distinct !DILexicalBlock(scope: !790, file: !3, line: 374, column: 77)
!798 = !DILocation(line: 375, column: 7, scope: !797)
!799 = !DILocation(line: 376, column: 7, scope: !797)
!800 = !DILocation(line: 378, column: 3, scope: !731)
!801 = !DILocation(line: 358, column: 49, scope: !728)
!802 = !DILocation(line: 358, column: 55, scope: !728)
!803 = !DILocation(line: 358, column: 47, scope: !728)
!804 = !DILocation(line: 358, column: 3, scope: !728)
!805 = distinct !{!805, !729, !806, !608}
!806 = !DILocation(line: 378, column: 3, scope: !723)
!807 = !DILocation(line: 379, column: 16, scope: !679)
!808 = !DILocation(line: 379, column: 3, scope: !679)
!809 = !DILocation(line: 380, column: 3, scope: !679)
!810 = !DILocation(line: 381, column: 1, scope: !679)
!811 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 165, type: !812, scopeLine: 165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!812 = !DISubroutineType(types: !813)
!813 = !{null, !77, !82}
!814 = !DILocalVariable(name: "cq", arg: 1, scope: !811, file: !3, line: 165, type: !77)
!815 = !DILocation(line: 165, column: 25, scope: !811)
!816 = !DILocalVariable(name: "item", arg: 2, scope: !811, file: !3, line: 165, type: !82)
!817 = !DILocation(line: 165, column: 38, scope: !811)
!818 = !DILocation(line: 166, column: 3, scope: !811)
!819 = !DILocation(line: 166, column: 9, scope: !811)
!820 = !DILocation(line: 166, column: 14, scope: !811)
!821 = !DILocation(line: 167, column: 23, scope: !811)
!822 = !DILocation(line: 167, column: 27, scope: !811)
!823 = !DILocation(line: 167, column: 3, scope: !811)
!824 = !DILocation(line: 168, column: 15, scope: !811)
!825 = !DILocation(line: 168, column: 4, scope: !811)
!826 = !DILocation(line: 168, column: 8, scope: !811)
!827 = !DILocation(line: 168, column: 13, scope: !811)
!828 = !DILocation(line: 169, column: 15, scope: !811)
!829 = !DILocation(line: 169, column: 21, scope: !811)
!830 = !DILocation(line: 169, column: 3, scope: !811)
!831 = !DILocation(line: 169, column: 7, scope: !811)
!832 = !DILocation(line: 169, column: 12, scope: !811)
!833 = !DILocation(line: 170, column: 25, scope: !811)
!834 = !DILocation(line: 170, column: 29, scope: !811)
!835 = !DILocation(line: 170, column: 3, scope: !811)
!836 = !DILocation(line: 171, column: 1, scope: !811)
!837 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 286, type: !485, scopeLine: 286, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!838 = !DILocalVariable(name: "c", arg: 1, scope: !837, file: !3, line: 286, type: !152)
!839 = !DILocation(line: 286, column: 33, scope: !837)
!840 = !DILocalVariable(name: "stop", scope: !837, file: !3, line: 287, type: !841)
!841 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!842 = !DILocation(line: 287, column: 8, scope: !837)
!843 = !DILocation(line: 288, column: 3, scope: !837)
!844 = !DILocation(line: 288, column: 11, scope: !837)
!845 = !DILocation(line: 288, column: 10, scope: !837)
!846 = !DILocation(line: 289, column: 13, scope: !847)
!847 = distinct !DILexicalBlock(scope: !837, file: !3, line: 288, column: 17)
!848 = !DILocation(line: 289, column: 16, scope: !847)
!849 = !DILocation(line: 289, column: 5, scope: !847)
!850 = !DILocalVariable(name: "addr", scope: !851, file: !3, line: 291, type: !853)
!851 = distinct !DILexicalBlock(scope: !852, file: !3, line: 290, column: 26)
!852 = distinct !DILexicalBlock(scope: !847, file: !3, line: 289, column: 23)
!853 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !39, line: 196, size: 1024, elements: !854)
!854 = !{!855, !856, !860}
!855 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !853, file: !39, line: 198, baseType: !42, size: 16)
!856 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !853, file: !39, line: 199, baseType: !857, size: 944, offset: 16)
!857 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 944, elements: !858)
!858 = !{!859}
!859 = !DISubrange(count: 118)
!860 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !853, file: !39, line: 200, baseType: !65, size: 64, offset: 960)
!861 = !DILocation(line: 291, column: 31, scope: !851)
!862 = !DILocalVariable(name: "addrlen", scope: !851, file: !3, line: 292, type: !201)
!863 = !DILocation(line: 292, column: 17, scope: !851)
!864 = !DILocalVariable(name: "sfd", scope: !851, file: !3, line: 293, type: !50)
!865 = !DILocation(line: 293, column: 11, scope: !851)
!866 = !DILocation(line: 293, column: 24, scope: !851)
!867 = !DILocation(line: 293, column: 27, scope: !851)
!868 = !DILocation(line: 293, column: 17, scope: !851)
!869 = !DILocation(line: 294, column: 11, scope: !870)
!870 = distinct !DILexicalBlock(scope: !851, file: !3, line: 294, column: 11)
!871 = !DILocation(line: 294, column: 15, scope: !870)
!872 = !DILocation(line: 294, column: 11, scope: !851)
!873 = !DILocation(line: 295, column: 14, scope: !874)
!874 = distinct !DILexicalBlock(scope: !870, file: !3, line: 294, column: 22)
!875 = !DILocation(line: 296, column: 9, scope: !874)
!876 = !DILocation(line: 298, column: 25, scope: !851)
!877 = !DILocation(line: 298, column: 44, scope: !851)
!878 = !DILocation(line: 298, column: 47, scope: !851)
!879 = !DILocation(line: 298, column: 7, scope: !851)
!880 = !DILocation(line: 299, column: 12, scope: !851)
!881 = !DILocation(line: 300, column: 7, scope: !851)
!882 = !DILocation(line: 303, column: 7, scope: !852)
!883 = !DILocation(line: 303, column: 10, scope: !852)
!884 = !DILocation(line: 303, column: 17, scope: !852)
!885 = !DILocation(line: 304, column: 22, scope: !852)
!886 = !DILocation(line: 304, column: 7, scope: !852)
!887 = !DILocation(line: 305, column: 7, scope: !852)
!888 = !DILocalVariable(name: "res", scope: !889, file: !3, line: 307, type: !50)
!889 = distinct !DILexicalBlock(scope: !852, file: !3, line: 306, column: 21)
!890 = !DILocation(line: 307, column: 11, scope: !889)
!891 = !DILocation(line: 307, column: 17, scope: !889)
!892 = !DILocation(line: 307, column: 53, scope: !889)
!893 = !DILocation(line: 307, column: 40, scope: !889)
!894 = !DILocation(line: 307, column: 75, scope: !889)
!895 = !DILocation(line: 307, column: 58, scope: !889)
!896 = !DILocation(line: 308, column: 12, scope: !897)
!897 = distinct !DILexicalBlock(scope: !889, file: !3, line: 308, column: 11)
!898 = !DILocation(line: 308, column: 11, scope: !889)
!899 = !DILocation(line: 309, column: 14, scope: !900)
!900 = distinct !DILexicalBlock(scope: !897, file: !3, line: 308, column: 17)
!901 = !DILocation(line: 310, column: 9, scope: !900)
!902 = !DILocation(line: 312, column: 11, scope: !903)
!903 = distinct !DILexicalBlock(scope: !889, file: !3, line: 312, column: 11)
!904 = !DILocation(line: 312, column: 14, scope: !903)
!905 = !DILocation(line: 312, column: 22, scope: !903)
!906 = !DILocation(line: 312, column: 11, scope: !889)
!907 = !DILocation(line: 313, column: 14, scope: !908)
!908 = distinct !DILexicalBlock(scope: !909, file: !3, line: 313, column: 13)
!909 = distinct !DILexicalBlock(scope: !903, file: !3, line: 312, column: 30)
!910 = !DILocation(line: 313, column: 13, scope: !909)
!911 = !DILocation(line: 314, column: 11, scope: !908)
!912 = !DILocation(line: 314, column: 14, scope: !908)
!913 = !DILocation(line: 314, column: 20, scope: !908)
!914 = !DILocation(line: 315, column: 24, scope: !909)
!915 = !DILocation(line: 315, column: 9, scope: !909)
!916 = !DILocation(line: 316, column: 9, scope: !909)
!917 = !DILocation(line: 318, column: 11, scope: !889)
!918 = !DILocation(line: 319, column: 22, scope: !889)
!919 = !DILocation(line: 319, column: 7, scope: !889)
!920 = !DILocation(line: 320, column: 7, scope: !889)
!921 = !DILocation(line: 323, column: 21, scope: !922)
!922 = distinct !DILexicalBlock(scope: !852, file: !3, line: 323, column: 11)
!923 = !DILocation(line: 323, column: 12, scope: !922)
!924 = !DILocation(line: 323, column: 11, scope: !852)
!925 = !DILocation(line: 324, column: 24, scope: !926)
!926 = distinct !DILexicalBlock(scope: !922, file: !3, line: 323, column: 25)
!927 = !DILocation(line: 324, column: 9, scope: !926)
!928 = !DILocation(line: 325, column: 9, scope: !926)
!929 = !DILocation(line: 327, column: 22, scope: !852)
!930 = !DILocation(line: 327, column: 25, scope: !852)
!931 = !DILocation(line: 327, column: 7, scope: !852)
!932 = !DILocation(line: 328, column: 12, scope: !852)
!933 = !DILocation(line: 329, column: 7, scope: !852)
!934 = !DILocation(line: 331, column: 12, scope: !935)
!935 = distinct !DILexicalBlock(scope: !852, file: !3, line: 331, column: 11)
!936 = !DILocation(line: 331, column: 11, scope: !852)
!937 = !DILocation(line: 332, column: 20, scope: !935)
!938 = !DILocation(line: 332, column: 9, scope: !935)
!939 = !DILocation(line: 333, column: 12, scope: !852)
!940 = !DILocation(line: 334, column: 7, scope: !852)
!941 = distinct !{!941, !843, !942, !608}
!942 = !DILocation(line: 336, column: 3, scope: !837)
!943 = !DILocation(line: 337, column: 1, scope: !837)
!944 = distinct !DISubprogram(name: "conn_set_state", scope: !3, file: !3, line: 109, type: !945, scopeLine: 109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!945 = !DISubroutineType(types: !946)
!946 = !{null, !152, !5}
!947 = !DILocalVariable(name: "c", arg: 1, scope: !944, file: !3, line: 109, type: !152)
!948 = !DILocation(line: 109, column: 34, scope: !944)
!949 = !DILocalVariable(name: "state", arg: 2, scope: !944, file: !3, line: 109, type: !5)
!950 = !DILocation(line: 109, column: 54, scope: !944)
!951 = !DILocation(line: 110, column: 14, scope: !944)
!952 = !DILocation(line: 110, column: 3, scope: !944)
!953 = !DILocation(line: 110, column: 6, scope: !944)
!954 = !DILocation(line: 110, column: 12, scope: !944)
!955 = !DILocation(line: 111, column: 1, scope: !944)
!956 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 253, type: !957, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!957 = !DISubroutineType(types: !958)
!958 = !{!50, !152}
!959 = !DILocalVariable(name: "c", arg: 1, scope: !956, file: !3, line: 253, type: !152)
!960 = !DILocation(line: 253, column: 31, scope: !956)
!961 = !DILocation(line: 254, column: 3, scope: !956)
!962 = !DILocation(line: 254, column: 6, scope: !956)
!963 = !DILocation(line: 254, column: 24, scope: !956)
!964 = !DILocalVariable(name: "res", scope: !956, file: !3, line: 255, type: !207)
!965 = !DILocation(line: 255, column: 11, scope: !956)
!966 = !DILocation(line: 255, column: 26, scope: !956)
!967 = !DILocation(line: 255, column: 29, scope: !956)
!968 = !DILocation(line: 255, column: 34, scope: !956)
!969 = !DILocation(line: 255, column: 37, scope: !956)
!970 = !DILocation(line: 256, column: 46, scope: !956)
!971 = !DILocation(line: 256, column: 49, scope: !956)
!972 = !DILocation(line: 257, column: 27, scope: !956)
!973 = !DILocation(line: 257, column: 30, scope: !956)
!974 = !DILocation(line: 255, column: 17, scope: !956)
!975 = !DILocation(line: 258, column: 7, scope: !976)
!976 = distinct !DILexicalBlock(scope: !956, file: !3, line: 258, column: 7)
!977 = !DILocation(line: 258, column: 11, scope: !976)
!978 = !DILocation(line: 258, column: 7, scope: !956)
!979 = !DILocation(line: 259, column: 22, scope: !980)
!980 = distinct !DILexicalBlock(scope: !976, file: !3, line: 258, column: 16)
!981 = !DILocation(line: 259, column: 17, scope: !980)
!982 = !DILocation(line: 259, column: 5, scope: !980)
!983 = !DILocation(line: 259, column: 8, scope: !980)
!984 = !DILocation(line: 259, column: 15, scope: !980)
!985 = !DILocation(line: 260, column: 5, scope: !980)
!986 = !DILocation(line: 262, column: 3, scope: !956)
!987 = !DILocation(line: 263, column: 1, scope: !956)
!988 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 265, type: !957, scopeLine: 265, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!989 = !DILocalVariable(name: "c", arg: 1, scope: !988, file: !3, line: 265, type: !152)
!990 = !DILocation(line: 265, column: 35, scope: !988)
!991 = !DILocalVariable(name: "res", scope: !988, file: !3, line: 266, type: !207)
!992 = !DILocation(line: 266, column: 11, scope: !988)
!993 = !DILocation(line: 266, column: 17, scope: !988)
!994 = !DILocation(line: 266, column: 20, scope: !988)
!995 = !DILocation(line: 266, column: 25, scope: !988)
!996 = !DILocation(line: 266, column: 28, scope: !988)
!997 = !DILocation(line: 266, column: 31, scope: !988)
!998 = !DILocation(line: 266, column: 38, scope: !988)
!999 = !DILocation(line: 266, column: 41, scope: !988)
!1000 = !DILocation(line: 266, column: 36, scope: !988)
!1001 = !DILocation(line: 266, column: 67, scope: !988)
!1002 = !DILocation(line: 266, column: 70, scope: !988)
!1003 = !DILocation(line: 266, column: 65, scope: !988)
!1004 = !DILocation(line: 267, column: 7, scope: !1005)
!1005 = distinct !DILexicalBlock(scope: !988, file: !3, line: 267, column: 7)
!1006 = !DILocation(line: 267, column: 11, scope: !1005)
!1007 = !DILocation(line: 267, column: 7, scope: !988)
!1008 = !DILocation(line: 268, column: 5, scope: !1005)
!1009 = !DILocation(line: 269, column: 21, scope: !988)
!1010 = !DILocation(line: 269, column: 16, scope: !988)
!1011 = !DILocation(line: 269, column: 3, scope: !988)
!1012 = !DILocation(line: 269, column: 6, scope: !988)
!1013 = !DILocation(line: 269, column: 13, scope: !988)
!1014 = !DILocation(line: 270, column: 3, scope: !988)
!1015 = !DILocation(line: 271, column: 1, scope: !988)
!1016 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 273, type: !957, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1017 = !DILocalVariable(name: "c", arg: 1, scope: !1016, file: !3, line: 273, type: !152)
!1018 = !DILocation(line: 273, column: 27, scope: !1016)
!1019 = !DILocalVariable(name: "iov", scope: !1016, file: !3, line: 274, type: !223)
!1020 = !DILocation(line: 274, column: 16, scope: !1016)
!1021 = !DILocalVariable(name: "msg", scope: !1016, file: !3, line: 275, type: !217)
!1022 = !DILocation(line: 275, column: 17, scope: !1016)
!1023 = !DILocation(line: 276, column: 3, scope: !1016)
!1024 = !DILocation(line: 277, column: 7, scope: !1016)
!1025 = !DILocation(line: 277, column: 15, scope: !1016)
!1026 = !DILocation(line: 278, column: 7, scope: !1016)
!1027 = !DILocation(line: 278, column: 18, scope: !1016)
!1028 = !DILocation(line: 279, column: 8, scope: !1029)
!1029 = distinct !DILexicalBlock(scope: !1016, file: !3, line: 279, column: 7)
!1030 = !DILocation(line: 279, column: 7, scope: !1016)
!1031 = !DILocation(line: 280, column: 12, scope: !1029)
!1032 = !DILocation(line: 280, column: 15, scope: !1029)
!1033 = !DILocation(line: 280, column: 23, scope: !1029)
!1034 = !DILocation(line: 280, column: 35, scope: !1029)
!1035 = !DILocation(line: 280, column: 5, scope: !1029)
!1036 = !DILocation(line: 281, column: 19, scope: !1016)
!1037 = !DILocation(line: 281, column: 22, scope: !1016)
!1038 = !DILocation(line: 281, column: 7, scope: !1016)
!1039 = !DILocation(line: 281, column: 16, scope: !1016)
!1040 = !DILocation(line: 282, column: 21, scope: !1016)
!1041 = !DILocation(line: 282, column: 24, scope: !1016)
!1042 = !DILocation(line: 282, column: 7, scope: !1016)
!1043 = !DILocation(line: 282, column: 19, scope: !1016)
!1044 = !DILocation(line: 283, column: 18, scope: !1016)
!1045 = !DILocation(line: 283, column: 21, scope: !1016)
!1046 = !DILocation(line: 283, column: 10, scope: !1016)
!1047 = !DILocation(line: 283, column: 35, scope: !1016)
!1048 = !DILocation(line: 283, column: 3, scope: !1016)
!1049 = !DILocation(line: 284, column: 1, scope: !1016)
!1050 = distinct !DISubprogram(name: "conn_close", scope: !3, file: !3, line: 220, type: !485, scopeLine: 220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1051 = !DILocalVariable(name: "c", arg: 1, scope: !1050, file: !3, line: 220, type: !152)
!1052 = !DILocation(line: 220, column: 30, scope: !1050)
!1053 = !DILocation(line: 221, column: 14, scope: !1050)
!1054 = !DILocation(line: 221, column: 17, scope: !1050)
!1055 = !DILocation(line: 221, column: 3, scope: !1050)
!1056 = !DILocation(line: 222, column: 9, scope: !1050)
!1057 = !DILocation(line: 222, column: 12, scope: !1050)
!1058 = !DILocation(line: 222, column: 3, scope: !1050)
!1059 = !DILocation(line: 223, column: 1, scope: !1050)
!1060 = distinct !DISubprogram(name: "setup_thread", scope: !3, file: !3, line: 405, type: !1061, scopeLine: 405, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1061 = !DISubroutineType(types: !1062)
!1062 = !{null, !58}
!1063 = !DILocalVariable(name: "me", arg: 1, scope: !1060, file: !3, line: 405, type: !58)
!1064 = !DILocation(line: 405, column: 43, scope: !1060)
!1065 = !DILocation(line: 406, column: 14, scope: !1060)
!1066 = !DILocation(line: 406, column: 3, scope: !1060)
!1067 = !DILocation(line: 406, column: 7, scope: !1060)
!1068 = !DILocation(line: 406, column: 12, scope: !1060)
!1069 = !DILocation(line: 407, column: 14, scope: !1060)
!1070 = !DILocation(line: 407, column: 18, scope: !1060)
!1071 = !DILocation(line: 407, column: 32, scope: !1060)
!1072 = !DILocation(line: 407, column: 36, scope: !1060)
!1073 = !DILocation(line: 408, column: 38, scope: !1060)
!1074 = !DILocation(line: 407, column: 3, scope: !1060)
!1075 = !DILocation(line: 409, column: 18, scope: !1060)
!1076 = !DILocation(line: 409, column: 22, scope: !1060)
!1077 = !DILocation(line: 409, column: 29, scope: !1060)
!1078 = !DILocation(line: 409, column: 33, scope: !1060)
!1079 = !DILocation(line: 409, column: 3, scope: !1060)
!1080 = !DILocation(line: 410, column: 14, scope: !1060)
!1081 = !DILocation(line: 410, column: 18, scope: !1060)
!1082 = !DILocation(line: 410, column: 3, scope: !1060)
!1083 = !DILocation(line: 411, column: 18, scope: !1060)
!1084 = !DILocation(line: 411, column: 3, scope: !1060)
!1085 = !DILocation(line: 411, column: 7, scope: !1060)
!1086 = !DILocation(line: 411, column: 16, scope: !1060)
!1087 = !DILocation(line: 412, column: 7, scope: !1088)
!1088 = distinct !DILexicalBlock(scope: !1060, file: !3, line: 412, column: 7)
!1089 = !DILocation(line: 412, column: 11, scope: !1088)
!1090 = !DILocation(line: 412, column: 20, scope: !1088)
!1091 = !DILocation(line: 412, column: 7, scope: !1060)
!1092 = !DILocation(line: 413, column: 5, scope: !1088)
!1093 = !DILocation(line: 414, column: 11, scope: !1060)
!1094 = !DILocation(line: 414, column: 15, scope: !1060)
!1095 = !DILocation(line: 414, column: 3, scope: !1060)
!1096 = !DILocation(line: 415, column: 1, scope: !1060)
!1097 = distinct !DISubprogram(name: "worker_libevent", scope: !3, file: !3, line: 399, type: !1098, scopeLine: 399, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1098 = !DISubroutineType(types: !1099)
!1099 = !{!36, !36}
!1100 = !DILocalVariable(name: "arg", arg: 1, scope: !1097, file: !3, line: 399, type: !36)
!1101 = !DILocation(line: 399, column: 36, scope: !1097)
!1102 = !DILocalVariable(name: "me", scope: !1097, file: !3, line: 400, type: !58)
!1103 = !DILocation(line: 400, column: 20, scope: !1097)
!1104 = !DILocation(line: 400, column: 25, scope: !1097)
!1105 = !DILocation(line: 401, column: 19, scope: !1097)
!1106 = !DILocation(line: 401, column: 23, scope: !1097)
!1107 = !DILocation(line: 401, column: 3, scope: !1097)
!1108 = !DILocation(line: 402, column: 3, scope: !1097)
!1109 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 225, type: !365, scopeLine: 225, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1110 = !DILocalVariable(name: "fd", arg: 1, scope: !1109, file: !3, line: 225, type: !50)
!1111 = !DILocation(line: 225, column: 41, scope: !1109)
!1112 = !DILocalVariable(name: "which", arg: 2, scope: !1109, file: !3, line: 225, type: !107)
!1113 = !DILocation(line: 225, column: 51, scope: !1109)
!1114 = !DILocalVariable(name: "arg", arg: 3, scope: !1109, file: !3, line: 225, type: !36)
!1115 = !DILocation(line: 225, column: 64, scope: !1109)
!1116 = !DILocalVariable(name: "me", scope: !1109, file: !3, line: 226, type: !58)
!1117 = !DILocation(line: 226, column: 20, scope: !1109)
!1118 = !DILocation(line: 226, column: 25, scope: !1109)
!1119 = !DILocalVariable(name: "buf", scope: !1109, file: !3, line: 227, type: !47)
!1120 = !DILocation(line: 227, column: 8, scope: !1109)
!1121 = !DILocation(line: 228, column: 9, scope: !1109)
!1122 = !DILocation(line: 229, column: 12, scope: !1123)
!1123 = distinct !DILexicalBlock(scope: !1109, file: !3, line: 229, column: 7)
!1124 = !DILocation(line: 229, column: 7, scope: !1123)
!1125 = !DILocation(line: 229, column: 25, scope: !1123)
!1126 = !DILocation(line: 229, column: 7, scope: !1109)
!1127 = !DILocation(line: 230, column: 5, scope: !1123)
!1128 = !DILocalVariable(name: "item", scope: !1109, file: !3, line: 231, type: !82)
!1129 = !DILocation(line: 231, column: 12, scope: !1109)
!1130 = !DILocation(line: 231, column: 26, scope: !1109)
!1131 = !DILocation(line: 231, column: 30, scope: !1109)
!1132 = !DILocation(line: 231, column: 19, scope: !1109)
!1133 = !DILocation(line: 232, column: 7, scope: !1134)
!1134 = distinct !DILexicalBlock(scope: !1109, file: !3, line: 232, column: 7)
!1135 = !DILocation(line: 232, column: 12, scope: !1134)
!1136 = !DILocation(line: 232, column: 7, scope: !1109)
!1137 = !DILocation(line: 233, column: 5, scope: !1134)
!1138 = !DILocation(line: 234, column: 11, scope: !1109)
!1139 = !DILocation(line: 234, column: 17, scope: !1109)
!1140 = !DILocation(line: 234, column: 3, scope: !1109)
!1141 = !DILocalVariable(name: "c", scope: !1142, file: !3, line: 236, type: !152)
!1142 = distinct !DILexicalBlock(scope: !1143, file: !3, line: 235, column: 24)
!1143 = distinct !DILexicalBlock(scope: !1109, file: !3, line: 234, column: 23)
!1144 = !DILocation(line: 236, column: 11, scope: !1142)
!1145 = !DILocation(line: 236, column: 24, scope: !1142)
!1146 = !DILocation(line: 236, column: 30, scope: !1142)
!1147 = !DILocation(line: 236, column: 35, scope: !1142)
!1148 = !DILocation(line: 236, column: 41, scope: !1142)
!1149 = !DILocation(line: 236, column: 53, scope: !1142)
!1150 = !DILocation(line: 236, column: 59, scope: !1142)
!1151 = !DILocation(line: 236, column: 70, scope: !1142)
!1152 = !DILocation(line: 236, column: 74, scope: !1142)
!1153 = !DILocation(line: 236, column: 15, scope: !1142)
!1154 = !DILocation(line: 237, column: 9, scope: !1155)
!1155 = distinct !DILexicalBlock(scope: !1142, file: !3, line: 237, column: 9)
!1156 = !DILocation(line: 237, column: 11, scope: !1155)
!1157 = !DILocation(line: 237, column: 9, scope: !1142)
!1158 = !DILocation(line: 238, column: 13, scope: !1155)
!1159 = !DILocation(line: 238, column: 19, scope: !1155)
!1160 = !DILocation(line: 238, column: 7, scope: !1155)
!1161 = !DILocation(line: 240, column: 19, scope: !1155)
!1162 = !DILocation(line: 240, column: 7, scope: !1155)
!1163 = !DILocation(line: 240, column: 10, scope: !1155)
!1164 = !DILocation(line: 240, column: 17, scope: !1155)
!1165 = !DILocation(line: 241, column: 5, scope: !1142)
!1166 = !DILocation(line: 244, column: 16, scope: !1143)
!1167 = !DILocation(line: 244, column: 22, scope: !1143)
!1168 = !DILocation(line: 244, column: 28, scope: !1143)
!1169 = !DILocation(line: 244, column: 5, scope: !1143)
!1170 = !DILocation(line: 245, column: 5, scope: !1143)
!1171 = !DILocation(line: 247, column: 16, scope: !1143)
!1172 = !DILocation(line: 247, column: 22, scope: !1143)
!1173 = !DILocation(line: 247, column: 28, scope: !1143)
!1174 = !DILocation(line: 247, column: 34, scope: !1143)
!1175 = !DILocation(line: 247, column: 5, scope: !1143)
!1176 = !DILocation(line: 248, column: 5, scope: !1143)
!1177 = !DILocation(line: 250, column: 12, scope: !1109)
!1178 = !DILocation(line: 250, column: 3, scope: !1109)
!1179 = !DILocation(line: 251, column: 1, scope: !1109)
!1180 = distinct !DISubprogram(name: "cq_init", scope: !3, file: !3, line: 159, type: !1181, scopeLine: 159, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1181 = !DISubroutineType(types: !1182)
!1182 = !{null, !77}
!1183 = !DILocalVariable(name: "cq", arg: 1, scope: !1180, file: !3, line: 159, type: !77)
!1184 = !DILocation(line: 159, column: 25, scope: !1180)
!1185 = !DILocation(line: 160, column: 23, scope: !1180)
!1186 = !DILocation(line: 160, column: 27, scope: !1180)
!1187 = !DILocation(line: 160, column: 3, scope: !1180)
!1188 = !DILocation(line: 161, column: 3, scope: !1180)
!1189 = !DILocation(line: 161, column: 7, scope: !1180)
!1190 = !DILocation(line: 161, column: 12, scope: !1180)
!1191 = !DILocation(line: 162, column: 15, scope: !1180)
!1192 = !DILocation(line: 162, column: 19, scope: !1180)
!1193 = !DILocation(line: 162, column: 3, scope: !1180)
!1194 = !DILocation(line: 162, column: 7, scope: !1180)
!1195 = !DILocation(line: 162, column: 12, scope: !1180)
!1196 = !DILocation(line: 163, column: 1, scope: !1180)
!1197 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 173, type: !1198, scopeLine: 173, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1198 = !DISubroutineType(types: !1199)
!1199 = !{!82, !77}
!1200 = !DILocalVariable(name: "cq", arg: 1, scope: !1197, file: !3, line: 173, type: !77)
!1201 = !DILocation(line: 173, column: 28, scope: !1197)
!1202 = !DILocation(line: 174, column: 23, scope: !1197)
!1203 = !DILocation(line: 174, column: 27, scope: !1197)
!1204 = !DILocation(line: 174, column: 3, scope: !1197)
!1205 = !DILocalVariable(name: "item", scope: !1197, file: !3, line: 175, type: !82)
!1206 = !DILocation(line: 175, column: 12, scope: !1197)
!1207 = !DILocation(line: 175, column: 19, scope: !1197)
!1208 = !DILocation(line: 175, column: 23, scope: !1197)
!1209 = !DILocation(line: 176, column: 7, scope: !1210)
!1210 = distinct !DILexicalBlock(scope: !1197, file: !3, line: 176, column: 7)
!1211 = !DILocation(line: 176, column: 12, scope: !1210)
!1212 = !DILocation(line: 176, column: 20, scope: !1210)
!1213 = !DILocation(line: 176, column: 35, scope: !1210)
!1214 = !DILocation(line: 176, column: 41, scope: !1210)
!1215 = !DILocation(line: 176, column: 24, scope: !1210)
!1216 = !DILocation(line: 176, column: 28, scope: !1210)
!1217 = !DILocation(line: 176, column: 33, scope: !1210)
!1218 = !DILocation(line: 176, column: 47, scope: !1210)
!1219 = !DILocation(line: 176, column: 7, scope: !1197)
!1220 = !DILocation(line: 177, column: 17, scope: !1210)
!1221 = !DILocation(line: 177, column: 21, scope: !1210)
!1222 = !DILocation(line: 177, column: 5, scope: !1210)
!1223 = !DILocation(line: 177, column: 9, scope: !1210)
!1224 = !DILocation(line: 177, column: 14, scope: !1210)
!1225 = !DILocation(line: 178, column: 25, scope: !1197)
!1226 = !DILocation(line: 178, column: 29, scope: !1197)
!1227 = !DILocation(line: 178, column: 3, scope: !1197)
!1228 = !DILocation(line: 179, column: 10, scope: !1197)
!1229 = !DILocation(line: 179, column: 3, scope: !1197)
!1230 = distinct !DISubprogram(name: "cqi_free", scope: !3, file: !3, line: 152, type: !1231, scopeLine: 152, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !242)
!1231 = !DISubroutineType(types: !1232)
!1232 = !{null, !82}
!1233 = !DILocalVariable(name: "item", arg: 1, scope: !1230, file: !3, line: 152, type: !82)
!1234 = !DILocation(line: 152, column: 31, scope: !1230)
!1235 = !DILocation(line: 153, column: 3, scope: !1230)
!1236 = !DILocation(line: 154, column: 16, scope: !1230)
!1237 = !DILocation(line: 154, column: 3, scope: !1230)
!1238 = !DILocation(line: 154, column: 9, scope: !1230)
!1239 = !DILocation(line: 154, column: 14, scope: !1230)
!1240 = !DILocation(line: 155, column: 18, scope: !1230)
!1241 = !DILocation(line: 155, column: 16, scope: !1230)
!1242 = !DILocation(line: 156, column: 3, scope: !1230)
!1243 = !DILocation(line: 157, column: 1, scope: !1230)
