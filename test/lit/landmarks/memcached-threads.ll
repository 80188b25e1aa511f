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
; After a reply a conn goes to the state c->write_and_go, which conn_new()
; sets to the initial state: only a conn made listening (the unix and the
; TCP listener's) can be in state conn_listening, where accept() runs.
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
; SOCKETS-NEXT: socket #0: stream unix, created in server_socket_unix at memcached-threads.c:390
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:397
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-threads.c:365
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:368
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in drive_machine at memcached-threads.c:298
;
; UDP: arrival: recvfrom on socket #1 in try_read_udp at memcached-threads.c:260, loop #{{[0-9]+}}
; UDP: reply: sendmsg on socket #1 in transmit at memcached-threads.c:288, loop #{{[0-9]+}}
;
; TCP: arrival: read on socket #2 in tcp_read at memcached-threads.c:100, loop #{{[0-9]+}}
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-threads.c:104, loop #{{[0-9]+}}
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-threads.c:108, loop #{{[0-9]+}}
;
; MADE-FROM: Inputs/memcached-threads.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - memcached-threads.c

; ModuleID = 'memcached-threads.c'

; ModuleID = 'memcached-threads.c'
source_filename = "memcached-threads.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.iovec = type { ptr, i64 }
%struct.conn = type { i32, i32, i32, i32, ptr, %struct.event, [2048 x i8], i32, %struct.sockaddr_in6, i32, ptr, ptr, ptr }
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
define dso_local i64 @tcp_read(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !242 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !244, !DIExpression(), !245)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !246, !DIExpression(), !247)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !248, !DIExpression(), !249)
  %7 = load ptr, ptr %4, align 8, !dbg !250
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !251
  %9 = load i32, ptr %8, align 8, !dbg !251
  %10 = load ptr, ptr %5, align 8, !dbg !252
  %11 = load i64, ptr %6, align 8, !dbg !253
  %12 = call i64 @read(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !254
  ret i64 %12, !dbg !255
}

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_sendmsg(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !256 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !257, !DIExpression(), !258)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !259, !DIExpression(), !260)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !261, !DIExpression(), !262)
  %7 = load ptr, ptr %4, align 8, !dbg !263
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !264
  %9 = load i32, ptr %8, align 8, !dbg !264
  %10 = load ptr, ptr %5, align 8, !dbg !265
  %11 = load i32, ptr %6, align 4, !dbg !266
  %12 = call i64 @sendmsg(i32 noundef %9, ptr noundef %10, i32 noundef %11), !dbg !267
  ret i64 %12, !dbg !268
}

declare i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_write(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !269 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !270, !DIExpression(), !271)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !272, !DIExpression(), !273)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !274, !DIExpression(), !275)
  %7 = load ptr, ptr %4, align 8, !dbg !276
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !277
  %9 = load i32, ptr %8, align 8, !dbg !277
  %10 = load ptr, ptr %5, align 8, !dbg !278
  %11 = load i64, ptr %6, align 8, !dbg !279
  %12 = call i64 @write(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !280
  ret i64 %12, !dbg !281
}

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !282 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %6, align 4
    #dbg_declare(ptr %6, !285, !DIExpression(), !286)
  store i32 %1, ptr %7, align 4
    #dbg_declare(ptr %7, !287, !DIExpression(), !288)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !289, !DIExpression(), !290)
  store ptr %3, ptr %9, align 8
    #dbg_declare(ptr %9, !291, !DIExpression(), !292)
  %11 = load i32, ptr %6, align 4, !dbg !293
  %12 = icmp slt i32 %11, 0, !dbg !295
  br i1 %12, label %16, label %13, !dbg !296

13:                                               ; preds = %4
  %14 = load i32, ptr %6, align 4, !dbg !297
  %15 = icmp sge i32 %14, 1024, !dbg !298
  br i1 %15, label %16, label %17, !dbg !299

16:                                               ; preds = %13, %4
  store ptr null, ptr %5, align 8, !dbg !300
  br label %72, !dbg !300

17:                                               ; preds = %13
    #dbg_declare(ptr %10, !301, !DIExpression(), !302)
  %18 = load ptr, ptr @conns, align 8, !dbg !303
  %19 = load i32, ptr %6, align 4, !dbg !304
  %20 = sext i32 %19 to i64, !dbg !303
  %21 = getelementptr inbounds ptr, ptr %18, i64 %20, !dbg !303
  %22 = load ptr, ptr %21, align 8, !dbg !303
  store ptr %22, ptr %10, align 8, !dbg !302
  %23 = load ptr, ptr %10, align 8, !dbg !305
  %24 = icmp eq ptr %23, null, !dbg !307
  br i1 %24, label %25, label %39, !dbg !308

25:                                               ; preds = %17
  %26 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 2264) #8, !dbg !309
  store ptr %26, ptr %10, align 8, !dbg !311
  %27 = load ptr, ptr %10, align 8, !dbg !312
  %28 = icmp eq ptr %27, null, !dbg !314
  br i1 %28, label %29, label %30, !dbg !315

29:                                               ; preds = %25
  store ptr null, ptr %5, align 8, !dbg !316
  br label %72, !dbg !316

30:                                               ; preds = %25
  %31 = load i32, ptr %6, align 4, !dbg !317
  %32 = load ptr, ptr %10, align 8, !dbg !318
  %33 = getelementptr inbounds %struct.conn, ptr %32, i32 0, i32 0, !dbg !319
  store i32 %31, ptr %33, align 8, !dbg !320
  %34 = load ptr, ptr %10, align 8, !dbg !321
  %35 = load ptr, ptr @conns, align 8, !dbg !322
  %36 = load i32, ptr %6, align 4, !dbg !323
  %37 = sext i32 %36 to i64, !dbg !322
  %38 = getelementptr inbounds ptr, ptr %35, i64 %37, !dbg !322
  store ptr %34, ptr %38, align 8, !dbg !324
  br label %39, !dbg !325

39:                                               ; preds = %30, %17
  %40 = load i32, ptr %8, align 4, !dbg !326
  %41 = load ptr, ptr %10, align 8, !dbg !327
  %42 = getelementptr inbounds %struct.conn, ptr %41, i32 0, i32 3, !dbg !328
  store i32 %40, ptr %42, align 4, !dbg !329
  %43 = load i32, ptr %7, align 4, !dbg !330
  %44 = load ptr, ptr %10, align 8, !dbg !331
  %45 = getelementptr inbounds %struct.conn, ptr %44, i32 0, i32 1, !dbg !332
  store i32 %43, ptr %45, align 4, !dbg !333
  %46 = load i32, ptr %7, align 4, !dbg !334
  %47 = load ptr, ptr %10, align 8, !dbg !335
  %48 = getelementptr inbounds %struct.conn, ptr %47, i32 0, i32 2, !dbg !336
  store i32 %46, ptr %48, align 8, !dbg !337
  %49 = load ptr, ptr %10, align 8, !dbg !338
  %50 = getelementptr inbounds %struct.conn, ptr %49, i32 0, i32 7, !dbg !339
  store i32 0, ptr %50, align 8, !dbg !340
  %51 = load ptr, ptr %10, align 8, !dbg !341
  %52 = getelementptr inbounds %struct.conn, ptr %51, i32 0, i32 10, !dbg !342
  store ptr @tcp_read, ptr %52, align 8, !dbg !343
  %53 = load ptr, ptr %10, align 8, !dbg !344
  %54 = getelementptr inbounds %struct.conn, ptr %53, i32 0, i32 11, !dbg !345
  store ptr @tcp_sendmsg, ptr %54, align 8, !dbg !346
  %55 = load ptr, ptr %10, align 8, !dbg !347
  %56 = getelementptr inbounds %struct.conn, ptr %55, i32 0, i32 12, !dbg !348
  store ptr @tcp_write, ptr %56, align 8, !dbg !349
  %57 = load ptr, ptr %10, align 8, !dbg !350
  %58 = getelementptr inbounds %struct.conn, ptr %57, i32 0, i32 5, !dbg !351
  %59 = load i32, ptr %6, align 4, !dbg !352
  %60 = load ptr, ptr %10, align 8, !dbg !353
  call void @event_set(ptr noundef %58, i32 noundef %59, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %60), !dbg !354
  %61 = load ptr, ptr %9, align 8, !dbg !355
  %62 = load ptr, ptr %10, align 8, !dbg !356
  %63 = getelementptr inbounds %struct.conn, ptr %62, i32 0, i32 5, !dbg !357
  %64 = call i32 @event_base_set(ptr noundef %61, ptr noundef %63), !dbg !358
  %65 = load ptr, ptr %10, align 8, !dbg !359
  %66 = getelementptr inbounds %struct.conn, ptr %65, i32 0, i32 5, !dbg !361
  %67 = call i32 @event_add(ptr noundef %66, ptr noundef null), !dbg !362
  %68 = icmp eq i32 %67, -1, !dbg !363
  br i1 %68, label %69, label %70, !dbg !364

69:                                               ; preds = %39
  store ptr null, ptr %5, align 8, !dbg !365
  br label %72, !dbg !365

70:                                               ; preds = %39
  %71 = load ptr, ptr %10, align 8, !dbg !366
  store ptr %71, ptr %5, align 8, !dbg !367
  br label %72, !dbg !367

72:                                               ; preds = %70, %69, %29, %16
  %73 = load ptr, ptr %5, align 8, !dbg !368
  ret ptr %73, !dbg !368
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !369 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !372, !DIExpression(), !373)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !374, !DIExpression(), !375)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !376, !DIExpression(), !377)
    #dbg_declare(ptr %7, !378, !DIExpression(), !379)
  %8 = load ptr, ptr %6, align 8, !dbg !380
  store ptr %8, ptr %7, align 8, !dbg !379
  %9 = load i16, ptr %5, align 2, !dbg !381
  %10 = load i32, ptr %4, align 4, !dbg !382
  %11 = load ptr, ptr %7, align 8, !dbg !384
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 0, !dbg !385
  %13 = load i32, ptr %12, align 8, !dbg !385
  %14 = icmp ne i32 %10, %13, !dbg !386
  br i1 %14, label %15, label %16, !dbg !387

15:                                               ; preds = %3
  br label %18, !dbg !388

16:                                               ; preds = %3
  %17 = load ptr, ptr %7, align 8, !dbg !389
  call void @drive_machine(ptr noundef %17), !dbg !390
  br label %18, !dbg !391

18:                                               ; preds = %16, %15
  ret void, !dbg !391
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !392 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !395, !DIExpression(), !396)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !397, !DIExpression(), !398)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !399, !DIExpression(), !400)
    #dbg_declare(ptr %7, !401, !DIExpression(), !402)
  %10 = call ptr @cqi_new(), !dbg !403
  store ptr %10, ptr %7, align 8, !dbg !402
  %11 = load ptr, ptr %7, align 8, !dbg !404
  %12 = icmp eq ptr %11, null, !dbg !406
  br i1 %12, label %13, label %16, !dbg !407

13:                                               ; preds = %3
  %14 = load i32, ptr %4, align 4, !dbg !408
  %15 = call i32 @close(i32 noundef %14), !dbg !410
  br label %38, !dbg !411

16:                                               ; preds = %3
    #dbg_declare(ptr %8, !412, !DIExpression(), !413)
  %17 = load i32, ptr @last_thread, align 4, !dbg !414
  %18 = add nsw i32 %17, 1, !dbg !415
  %19 = srem i32 %18, 4, !dbg !416
  store i32 %19, ptr %8, align 4, !dbg !413
    #dbg_declare(ptr %9, !417, !DIExpression(), !418)
  %20 = load ptr, ptr @threads, align 8, !dbg !419
  %21 = load i32, ptr %8, align 4, !dbg !420
  %22 = sext i32 %21 to i64, !dbg !419
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %20, i64 %22, !dbg !419
  store ptr %23, ptr %9, align 8, !dbg !418
  %24 = load i32, ptr %8, align 4, !dbg !421
  store i32 %24, ptr @last_thread, align 4, !dbg !422
  %25 = load i32, ptr %4, align 4, !dbg !423
  %26 = load ptr, ptr %7, align 8, !dbg !424
  %27 = getelementptr inbounds %struct.conn_queue_item, ptr %26, i32 0, i32 0, !dbg !425
  store i32 %25, ptr %27, align 8, !dbg !426
  %28 = load i32, ptr %5, align 4, !dbg !427
  %29 = load ptr, ptr %7, align 8, !dbg !428
  %30 = getelementptr inbounds %struct.conn_queue_item, ptr %29, i32 0, i32 1, !dbg !429
  store i32 %28, ptr %30, align 4, !dbg !430
  %31 = load i32, ptr %6, align 4, !dbg !431
  %32 = load ptr, ptr %7, align 8, !dbg !432
  %33 = getelementptr inbounds %struct.conn_queue_item, ptr %32, i32 0, i32 2, !dbg !433
  store i32 %31, ptr %33, align 8, !dbg !434
  %34 = load ptr, ptr %7, align 8, !dbg !435
  %35 = getelementptr inbounds %struct.conn_queue_item, ptr %34, i32 0, i32 3, !dbg !436
  store i32 0, ptr %35, align 4, !dbg !437
  %36 = load ptr, ptr %9, align 8, !dbg !438
  %37 = load ptr, ptr %7, align 8, !dbg !439
  call void @notify_worker(ptr noundef %36, ptr noundef %37), !dbg !440
  br label %38, !dbg !441

38:                                               ; preds = %16, %13
  ret void, !dbg !441
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cqi_new() #0 !dbg !442 {
  %1 = alloca ptr, align 8
    #dbg_declare(ptr %1, !445, !DIExpression(), !446)
  store ptr null, ptr %1, align 8, !dbg !446
  %2 = call i32 @pthread_mutex_lock(ptr noundef @cqi_freelist_lock) #9, !dbg !447
  %3 = load ptr, ptr @cqi_freelist, align 8, !dbg !448
  %4 = icmp ne ptr %3, null, !dbg !448
  br i1 %4, label %5, label %10, !dbg !450

5:                                                ; preds = %0
  %6 = load ptr, ptr @cqi_freelist, align 8, !dbg !451
  store ptr %6, ptr %1, align 8, !dbg !453
  %7 = load ptr, ptr %1, align 8, !dbg !454
  %8 = getelementptr inbounds %struct.conn_queue_item, ptr %7, i32 0, i32 4, !dbg !455
  %9 = load ptr, ptr %8, align 8, !dbg !455
  store ptr %9, ptr @cqi_freelist, align 8, !dbg !456
  br label %10, !dbg !457

10:                                               ; preds = %5, %0
  %11 = call i32 @pthread_mutex_unlock(ptr noundef @cqi_freelist_lock) #9, !dbg !458
  %12 = load ptr, ptr %1, align 8, !dbg !459
  %13 = icmp eq ptr %12, null, !dbg !461
  br i1 %13, label %14, label %16, !dbg !462

14:                                               ; preds = %10
  %15 = call noalias ptr @malloc(i64 noundef 24) #10, !dbg !463
  store ptr %15, ptr %1, align 8, !dbg !464
  br label %16, !dbg !465

16:                                               ; preds = %14, %10
  %17 = load ptr, ptr %1, align 8, !dbg !466
  ret ptr %17, !dbg !467
}

declare i32 @close(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_worker(ptr noundef %0, ptr noundef %1) #0 !dbg !468 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !471, !DIExpression(), !472)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !473, !DIExpression(), !474)
  %6 = load ptr, ptr %3, align 8, !dbg !475
  %7 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %6, i32 0, i32 5, !dbg !476
  %8 = load ptr, ptr %7, align 8, !dbg !476
  %9 = load ptr, ptr %4, align 8, !dbg !477
  call void @cq_push(ptr noundef %8, ptr noundef %9), !dbg !478
    #dbg_declare(ptr %5, !479, !DIExpression(), !480)
  store i8 99, ptr %5, align 1, !dbg !480
  %10 = load ptr, ptr %3, align 8, !dbg !481
  %11 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %10, i32 0, i32 4, !dbg !483
  %12 = load i32, ptr %11, align 4, !dbg !483
  %13 = call i64 @write(i32 noundef %12, ptr noundef %5, i64 noundef 1), !dbg !484
  %14 = icmp ne i64 %13, 1, !dbg !485
  br i1 %14, label %15, label %16, !dbg !486

15:                                               ; preds = %2
  call void @perror(ptr noundef @.str), !dbg !487
  br label %16, !dbg !487

16:                                               ; preds = %15, %2
  ret void, !dbg !488
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @redispatch_conn(ptr noundef %0) #0 !dbg !489 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !492, !DIExpression(), !493)
  %3 = load ptr, ptr %2, align 8, !dbg !494
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 4, !dbg !495
  %5 = load ptr, ptr %4, align 8, !dbg !495
  %6 = load ptr, ptr %2, align 8, !dbg !496
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !497
  %8 = load i32, ptr %7, align 8, !dbg !497
  call void @notify_worker_fd(ptr noundef %5, i32 noundef %8, i32 noundef 2), !dbg !498
  ret void, !dbg !499
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_worker_fd(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !500 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !503, !DIExpression(), !504)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !505, !DIExpression(), !506)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !507, !DIExpression(), !508)
    #dbg_declare(ptr %7, !509, !DIExpression(), !510)
  %8 = call ptr @cqi_new(), !dbg !511
  store ptr %8, ptr %7, align 8, !dbg !510
  %9 = load ptr, ptr %7, align 8, !dbg !512
  %10 = icmp eq ptr %9, null, !dbg !514
  br i1 %10, label %11, label %12, !dbg !515

11:                                               ; preds = %3
  br label %21, !dbg !516

12:                                               ; preds = %3
  %13 = load i32, ptr %6, align 4, !dbg !517
  %14 = load ptr, ptr %7, align 8, !dbg !518
  %15 = getelementptr inbounds %struct.conn_queue_item, ptr %14, i32 0, i32 3, !dbg !519
  store i32 %13, ptr %15, align 4, !dbg !520
  %16 = load i32, ptr %5, align 4, !dbg !521
  %17 = load ptr, ptr %7, align 8, !dbg !522
  %18 = getelementptr inbounds %struct.conn_queue_item, ptr %17, i32 0, i32 0, !dbg !523
  store i32 %16, ptr %18, align 8, !dbg !524
  %19 = load ptr, ptr %4, align 8, !dbg !525
  %20 = load ptr, ptr %7, align 8, !dbg !526
  call void @notify_worker(ptr noundef %19, ptr noundef %20), !dbg !527
  br label %21, !dbg !528

21:                                               ; preds = %12, %11
  ret void, !dbg !528
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !529 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !534, !DIExpression(), !535)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !536, !DIExpression(), !537)
  %6 = call ptr @event_init(), !dbg !538
  store ptr %6, ptr @main_base, align 8, !dbg !539
  %7 = call noalias ptr @calloc(i64 noundef 1024, i64 noundef 8) #8, !dbg !540
  store ptr %7, ptr @conns, align 8, !dbg !541
  %8 = load ptr, ptr @conns, align 8, !dbg !542
  %9 = icmp eq ptr %8, null, !dbg !544
  br i1 %9, label %10, label %11, !dbg !545

10:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !546
  br label %31, !dbg !546

11:                                               ; preds = %2
  call void @thread_init(), !dbg !547
  %12 = load i32, ptr %4, align 4, !dbg !548
  %13 = icmp sgt i32 %12, 1, !dbg !550
  br i1 %13, label %14, label %21, !dbg !551

14:                                               ; preds = %11
  %15 = load ptr, ptr %5, align 8, !dbg !552
  %16 = getelementptr inbounds ptr, ptr %15, i64 1, !dbg !552
  %17 = load ptr, ptr %16, align 8, !dbg !552
  %18 = call i32 @server_socket_unix(ptr noundef %17), !dbg !553
  %19 = icmp ne i32 %18, 0, !dbg !553
  br i1 %19, label %20, label %21, !dbg !554

20:                                               ; preds = %14
  store i32 1, ptr %3, align 4, !dbg !555
  br label %31, !dbg !555

21:                                               ; preds = %14, %11
  %22 = call i32 @server_socket(i32 noundef 11211, i32 noundef 1), !dbg !556
  %23 = icmp ne i32 %22, 0, !dbg !556
  br i1 %23, label %27, label %24, !dbg !558

24:                                               ; preds = %21
  %25 = call i32 @server_socket(i32 noundef 11211, i32 noundef 2), !dbg !559
  %26 = icmp ne i32 %25, 0, !dbg !559
  br i1 %26, label %27, label %28, !dbg !560

27:                                               ; preds = %24, %21
  store i32 1, ptr %3, align 4, !dbg !561
  br label %31, !dbg !561

28:                                               ; preds = %24
  %29 = load ptr, ptr @main_base, align 8, !dbg !562
  %30 = call i32 @event_base_loop(ptr noundef %29, i32 noundef 0), !dbg !563
  store i32 %30, ptr %3, align 4, !dbg !564
  br label %31, !dbg !564

31:                                               ; preds = %28, %27, %20, %10
  %32 = load i32, ptr %3, align 4, !dbg !565
  ret i32 %32, !dbg !565
}

declare ptr @event_init() #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_init() #0 !dbg !566 {
  %1 = alloca i32, align 4
  %2 = alloca [2 x i32], align 4
  %3 = alloca i32, align 4
  %4 = call noalias ptr @calloc(i64 noundef 4, i64 noundef 160) #8, !dbg !569
  store ptr %4, ptr @threads, align 8, !dbg !570
  %5 = load ptr, ptr @threads, align 8, !dbg !571
  %6 = icmp eq ptr %5, null, !dbg !573
  br i1 %6, label %7, label %8, !dbg !574

7:                                                ; preds = %0
  call void @exit(i32 noundef 1) #11, !dbg !575
  unreachable, !dbg !575

8:                                                ; preds = %0
    #dbg_declare(ptr %1, !576, !DIExpression(), !578)
  store i32 0, ptr %1, align 4, !dbg !578
  br label %9, !dbg !579

9:                                                ; preds = %36, %8
  %10 = load i32, ptr %1, align 4, !dbg !580
  %11 = icmp slt i32 %10, 4, !dbg !582
  br i1 %11, label %12, label %39, !dbg !583

12:                                               ; preds = %9
    #dbg_declare(ptr %2, !584, !DIExpression(), !589)
  %13 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 0, !dbg !590
  %14 = call i32 @pipe(ptr noundef %13) #9, !dbg !592
  %15 = icmp ne i32 %14, 0, !dbg !592
  br i1 %15, label %16, label %17, !dbg !593

16:                                               ; preds = %12
  call void @exit(i32 noundef 1) #11, !dbg !594
  unreachable, !dbg !594

17:                                               ; preds = %12
  %18 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 0, !dbg !595
  %19 = load i32, ptr %18, align 4, !dbg !595
  %20 = load ptr, ptr @threads, align 8, !dbg !596
  %21 = load i32, ptr %1, align 4, !dbg !597
  %22 = sext i32 %21 to i64, !dbg !596
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %20, i64 %22, !dbg !596
  %24 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %23, i32 0, i32 3, !dbg !598
  store i32 %19, ptr %24, align 8, !dbg !599
  %25 = getelementptr inbounds [2 x i32], ptr %2, i64 0, i64 1, !dbg !600
  %26 = load i32, ptr %25, align 4, !dbg !600
  %27 = load ptr, ptr @threads, align 8, !dbg !601
  %28 = load i32, ptr %1, align 4, !dbg !602
  %29 = sext i32 %28 to i64, !dbg !601
  %30 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %27, i64 %29, !dbg !601
  %31 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %30, i32 0, i32 4, !dbg !603
  store i32 %26, ptr %31, align 4, !dbg !604
  %32 = load ptr, ptr @threads, align 8, !dbg !605
  %33 = load i32, ptr %1, align 4, !dbg !606
  %34 = sext i32 %33 to i64, !dbg !605
  %35 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %32, i64 %34, !dbg !605
  call void @setup_thread(ptr noundef %35), !dbg !607
  br label %36, !dbg !608

36:                                               ; preds = %17
  %37 = load i32, ptr %1, align 4, !dbg !609
  %38 = add nsw i32 %37, 1, !dbg !609
  store i32 %38, ptr %1, align 4, !dbg !609
  br label %9, !dbg !610, !llvm.loop !611

39:                                               ; preds = %9
    #dbg_declare(ptr %3, !614, !DIExpression(), !616)
  store i32 0, ptr %3, align 4, !dbg !616
  br label %40, !dbg !617

40:                                               ; preds = %54, %39
  %41 = load i32, ptr %3, align 4, !dbg !618
  %42 = icmp slt i32 %41, 4, !dbg !620
  br i1 %42, label %43, label %57, !dbg !621

43:                                               ; preds = %40
  %44 = load ptr, ptr @threads, align 8, !dbg !622
  %45 = load i32, ptr %3, align 4, !dbg !623
  %46 = sext i32 %45 to i64, !dbg !622
  %47 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %44, i64 %46, !dbg !622
  %48 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %47, i32 0, i32 0, !dbg !624
  %49 = load ptr, ptr @threads, align 8, !dbg !625
  %50 = load i32, ptr %3, align 4, !dbg !626
  %51 = sext i32 %50 to i64, !dbg !625
  %52 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %49, i64 %51, !dbg !625
  %53 = call i32 @pthread_create(ptr noundef %48, ptr noundef null, ptr noundef @worker_libevent, ptr noundef %52) #9, !dbg !627
  br label %54, !dbg !627

54:                                               ; preds = %43
  %55 = load i32, ptr %3, align 4, !dbg !628
  %56 = add nsw i32 %55, 1, !dbg !628
  store i32 %56, ptr %3, align 4, !dbg !628
  br label %40, !dbg !629, !llvm.loop !630

57:                                               ; preds = %40
  ret void, !dbg !632
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket_unix(ptr noundef %0) #0 !dbg !633 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !638, !DIExpression(), !639)
    #dbg_declare(ptr %4, !640, !DIExpression(), !641)
  %6 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #9, !dbg !642
  store i32 %6, ptr %4, align 4, !dbg !641
  %7 = load i32, ptr %4, align 4, !dbg !643
  %8 = icmp eq i32 %7, -1, !dbg !645
  br i1 %8, label %9, label %10, !dbg !646

9:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !647
  br label %32, !dbg !647

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !648, !DIExpression(), !657)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !658
  %11 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !659
  store i16 1, ptr %11, align 2, !dbg !660
  %12 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !661
  %13 = getelementptr inbounds [108 x i8], ptr %12, i64 0, i64 0, !dbg !662
  %14 = load ptr, ptr %3, align 8, !dbg !663
  %15 = call ptr @strncpy(ptr noundef %13, ptr noundef %14, i64 noundef 107) #9, !dbg !664
  %16 = load i32, ptr %4, align 4, !dbg !665
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %5, i32 noundef 110) #9, !dbg !667
  %18 = icmp eq i32 %17, -1, !dbg !668
  br i1 %18, label %23, label %19, !dbg !669

19:                                               ; preds = %10
  %20 = load i32, ptr %4, align 4, !dbg !670
  %21 = call i32 @listen(i32 noundef %20, i32 noundef 1024) #9, !dbg !671
  %22 = icmp eq i32 %21, -1, !dbg !672
  br i1 %22, label %23, label %26, !dbg !673

23:                                               ; preds = %19, %10
  %24 = load i32, ptr %4, align 4, !dbg !674
  %25 = call i32 @close(i32 noundef %24), !dbg !676
  store i32 1, ptr %2, align 4, !dbg !677
  br label %32, !dbg !677

26:                                               ; preds = %19
  %27 = load i32, ptr %4, align 4, !dbg !678
  %28 = load ptr, ptr @main_base, align 8, !dbg !679
  %29 = call ptr @conn_new(i32 noundef %27, i32 noundef 0, i32 noundef 0, ptr noundef %28), !dbg !680
  %30 = icmp eq ptr %29, null, !dbg !681
  %31 = zext i1 %30 to i32, !dbg !681
  store i32 %31, ptr %2, align 4, !dbg !682
  br label %32, !dbg !682

32:                                               ; preds = %26, %23, %9
  %33 = load i32, ptr %2, align 4, !dbg !683
  ret i32 %33, !dbg !683
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket(i32 noundef %0, i32 noundef %1) #0 !dbg !684 {
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
    #dbg_declare(ptr %4, !687, !DIExpression(), !688)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !689, !DIExpression(), !690)
    #dbg_declare(ptr %6, !691, !DIExpression(), !704)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 48, i1 false), !dbg !705
  %12 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 0, !dbg !706
  store i32 1, ptr %12, align 8, !dbg !707
  %13 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 1, !dbg !708
  store i32 0, ptr %13, align 4, !dbg !709
  %14 = load i32, ptr %5, align 4, !dbg !710
  %15 = icmp eq i32 %14, 2, !dbg !710
  %16 = zext i1 %15 to i64, !dbg !710
  %17 = select i1 %15, i32 2, i32 1, !dbg !710
  %18 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 2, !dbg !711
  store i32 %17, ptr %18, align 8, !dbg !712
    #dbg_declare(ptr %7, !713, !DIExpression(), !715)
  %19 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !716
  %20 = load i32, ptr %4, align 4, !dbg !717
  %21 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %19, i64 noundef 16, ptr noundef @.str.3, i32 noundef %20) #9, !dbg !718
    #dbg_declare(ptr %8, !719, !DIExpression(), !720)
  %22 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !721
  %23 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %22, ptr noundef %6, ptr noundef %8), !dbg !723
  %24 = icmp ne i32 %23, 0, !dbg !724
  br i1 %24, label %25, label %26, !dbg !725

25:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !726
  br label %98, !dbg !726

26:                                               ; preds = %2
    #dbg_declare(ptr %9, !727, !DIExpression(), !729)
  %27 = load ptr, ptr %8, align 8, !dbg !730
  store ptr %27, ptr %9, align 8, !dbg !729
  br label %28, !dbg !731

28:                                               ; preds = %92, %26
  %29 = load ptr, ptr %9, align 8, !dbg !732
  %30 = icmp ne ptr %29, null, !dbg !734
  br i1 %30, label %31, label %96, !dbg !734

31:                                               ; preds = %28
    #dbg_declare(ptr %10, !735, !DIExpression(), !737)
  %32 = load ptr, ptr %9, align 8, !dbg !738
  %33 = getelementptr inbounds %struct.addrinfo, ptr %32, i32 0, i32 1, !dbg !739
  %34 = load i32, ptr %33, align 4, !dbg !739
  %35 = load ptr, ptr %9, align 8, !dbg !740
  %36 = getelementptr inbounds %struct.addrinfo, ptr %35, i32 0, i32 2, !dbg !741
  %37 = load i32, ptr %36, align 8, !dbg !741
  %38 = load ptr, ptr %9, align 8, !dbg !742
  %39 = getelementptr inbounds %struct.addrinfo, ptr %38, i32 0, i32 3, !dbg !743
  %40 = load i32, ptr %39, align 4, !dbg !743
  %41 = call i32 @socket(i32 noundef %34, i32 noundef %37, i32 noundef %40) #9, !dbg !744
  store i32 %41, ptr %10, align 4, !dbg !737
  %42 = load i32, ptr %10, align 4, !dbg !745
  %43 = icmp eq i32 %42, -1, !dbg !747
  br i1 %43, label %44, label %45, !dbg !748

44:                                               ; preds = %31
  br label %92, !dbg !749

45:                                               ; preds = %31
  %46 = load i32, ptr %10, align 4, !dbg !750
  %47 = load ptr, ptr %9, align 8, !dbg !752
  %48 = getelementptr inbounds %struct.addrinfo, ptr %47, i32 0, i32 5, !dbg !753
  %49 = load ptr, ptr %48, align 8, !dbg !753
  %50 = load ptr, ptr %9, align 8, !dbg !754
  %51 = getelementptr inbounds %struct.addrinfo, ptr %50, i32 0, i32 4, !dbg !755
  %52 = load i32, ptr %51, align 8, !dbg !755
  %53 = call i32 @bind(i32 noundef %46, ptr noundef %49, i32 noundef %52) #9, !dbg !756
  %54 = icmp eq i32 %53, -1, !dbg !757
  br i1 %54, label %55, label %58, !dbg !758

55:                                               ; preds = %45
  %56 = load i32, ptr %10, align 4, !dbg !759
  %57 = call i32 @close(i32 noundef %56), !dbg !761
  br label %92, !dbg !762

58:                                               ; preds = %45
  %59 = load i32, ptr %5, align 4, !dbg !763
  %60 = icmp eq i32 %59, 2, !dbg !763
  br i1 %60, label %68, label %61, !dbg !765

61:                                               ; preds = %58
  %62 = load i32, ptr %10, align 4, !dbg !766
  %63 = call i32 @listen(i32 noundef %62, i32 noundef 1024) #9, !dbg !767
  %64 = icmp eq i32 %63, -1, !dbg !768
  br i1 %64, label %65, label %68, !dbg !769

65:                                               ; preds = %61
  %66 = load i32, ptr %10, align 4, !dbg !770
  %67 = call i32 @close(i32 noundef %66), !dbg !772
  br label %92, !dbg !773

68:                                               ; preds = %61, %58
  %69 = load i32, ptr %5, align 4, !dbg !774
  %70 = icmp eq i32 %69, 2, !dbg !774
  br i1 %70, label %71, label %82, !dbg !776

71:                                               ; preds = %68
    #dbg_declare(ptr %11, !777, !DIExpression(), !780)
  store i32 0, ptr %11, align 4, !dbg !780
  br label %72, !dbg !781

72:                                               ; preds = %78, %71
  %73 = load i32, ptr %11, align 4, !dbg !782
  %74 = icmp slt i32 %73, 4, !dbg !784
  br i1 %74, label %75, label %81, !dbg !785

75:                                               ; preds = %72
  %76 = load i32, ptr %10, align 4, !dbg !786
  %77 = load i32, ptr %5, align 4, !dbg !787
  call void @dispatch_conn_new(i32 noundef %76, i32 noundef 2, i32 noundef %77), !dbg !788
  br label %78, !dbg !788

78:                                               ; preds = %75
  %79 = load i32, ptr %11, align 4, !dbg !789
  %80 = add nsw i32 %79, 1, !dbg !789
  store i32 %80, ptr %11, align 4, !dbg !789
  br label %72, !dbg !790, !llvm.loop !791

81:                                               ; preds = %72
  br label %91, !dbg !793

82:                                               ; preds = %68
  %83 = load i32, ptr %10, align 4, !dbg !794
  %84 = load i32, ptr %5, align 4, !dbg !796
  %85 = load ptr, ptr @main_base, align 8, !dbg !797
  %86 = call ptr @conn_new(i32 noundef %83, i32 noundef 0, i32 noundef %84, ptr noundef %85), !dbg !798
  %87 = icmp eq ptr %86, null, !dbg !799
  br i1 %87, label %88, label %90, !dbg !800

88:                                               ; preds = %82
  %89 = load ptr, ptr %8, align 8, !dbg !801
  call void @freeaddrinfo(ptr noundef %89) #9, !dbg !803
  store i32 1, ptr %3, align 4, !dbg !804
  br label %98, !dbg !804

90:                                               ; preds = %82
  br label %91

91:                                               ; preds = %90, %81
  br label %92, !dbg !805

92:                                               ; preds = %91, %65, %55, %44
  %93 = load ptr, ptr %9, align 8, !dbg !806
  %94 = getelementptr inbounds %struct.addrinfo, ptr %93, i32 0, i32 7, !dbg !807
  %95 = load ptr, ptr %94, align 8, !dbg !807
  store ptr %95, ptr %9, align 8, !dbg !808
  br label %28, !dbg !809, !llvm.loop !810

96:                                               ; preds = %28
  %97 = load ptr, ptr %8, align 8, !dbg !812
  call void @freeaddrinfo(ptr noundef %97) #9, !dbg !813
  store i32 0, ptr %3, align 4, !dbg !814
  br label %98, !dbg !814

98:                                               ; preds = %96, %88, %25
  %99 = load i32, ptr %3, align 4, !dbg !815
  ret i32 %99, !dbg !815
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) #3

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_push(ptr noundef %0, ptr noundef %1) #0 !dbg !816 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !819, !DIExpression(), !820)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !821, !DIExpression(), !822)
  %5 = load ptr, ptr %4, align 8, !dbg !823
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 4, !dbg !824
  store ptr null, ptr %6, align 8, !dbg !825
  %7 = load ptr, ptr %3, align 8, !dbg !826
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 2, !dbg !827
  %9 = call i32 @pthread_mutex_lock(ptr noundef %8) #9, !dbg !828
  %10 = load ptr, ptr %4, align 8, !dbg !829
  %11 = load ptr, ptr %3, align 8, !dbg !830
  %12 = getelementptr inbounds %struct.conn_queue, ptr %11, i32 0, i32 1, !dbg !831
  %13 = load ptr, ptr %12, align 8, !dbg !831
  store ptr %10, ptr %13, align 8, !dbg !832
  %14 = load ptr, ptr %4, align 8, !dbg !833
  %15 = getelementptr inbounds %struct.conn_queue_item, ptr %14, i32 0, i32 4, !dbg !834
  %16 = load ptr, ptr %3, align 8, !dbg !835
  %17 = getelementptr inbounds %struct.conn_queue, ptr %16, i32 0, i32 1, !dbg !836
  store ptr %15, ptr %17, align 8, !dbg !837
  %18 = load ptr, ptr %3, align 8, !dbg !838
  %19 = getelementptr inbounds %struct.conn_queue, ptr %18, i32 0, i32 2, !dbg !839
  %20 = call i32 @pthread_mutex_unlock(ptr noundef %19) #9, !dbg !840
  ret void, !dbg !841
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @drive_machine(ptr noundef %0) #0 !dbg !842 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !843, !DIExpression(), !844)
    #dbg_declare(ptr %3, !845, !DIExpression(), !847)
  store i8 0, ptr %3, align 1, !dbg !847
  br label %8, !dbg !848

8:                                                ; preds = %100, %1
  %9 = load i8, ptr %3, align 1, !dbg !849
  %10 = trunc i8 %9 to i1, !dbg !849
  %11 = xor i1 %10, true, !dbg !850
  br i1 %11, label %12, label %101, !dbg !848

12:                                               ; preds = %8
  %13 = load ptr, ptr %2, align 8, !dbg !851
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 1, !dbg !853
  %15 = load i32, ptr %14, align 4, !dbg !853
  switch i32 %15, label %100 [
    i32 0, label %16
    i32 1, label %29
    i32 2, label %33
    i32 3, label %81
    i32 4, label %92
  ], !dbg !854

16:                                               ; preds = %12
    #dbg_declare(ptr %4, !855, !DIExpression(), !866)
    #dbg_declare(ptr %5, !867, !DIExpression(), !868)
  store i32 128, ptr %5, align 4, !dbg !868
    #dbg_declare(ptr %6, !869, !DIExpression(), !870)
  %17 = load ptr, ptr %2, align 8, !dbg !871
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 0, !dbg !872
  %19 = load i32, ptr %18, align 8, !dbg !872
  %20 = call i32 @accept(i32 noundef %19, ptr noundef %4, ptr noundef %5), !dbg !873
  store i32 %20, ptr %6, align 4, !dbg !870
  %21 = load i32, ptr %6, align 4, !dbg !874
  %22 = icmp eq i32 %21, -1, !dbg !876
  br i1 %22, label %23, label %24, !dbg !877

23:                                               ; preds = %16
  store i8 1, ptr %3, align 1, !dbg !878
  br label %100, !dbg !880

24:                                               ; preds = %16
  %25 = load i32, ptr %6, align 4, !dbg !881
  %26 = load ptr, ptr %2, align 8, !dbg !882
  %27 = getelementptr inbounds %struct.conn, ptr %26, i32 0, i32 3, !dbg !883
  %28 = load i32, ptr %27, align 4, !dbg !883
  call void @dispatch_conn_new(i32 noundef %25, i32 noundef 1, i32 noundef %28), !dbg !884
  store i8 1, ptr %3, align 1, !dbg !885
  br label %100, !dbg !886

29:                                               ; preds = %12
  %30 = load ptr, ptr %2, align 8, !dbg !887
  %31 = getelementptr inbounds %struct.conn, ptr %30, i32 0, i32 7, !dbg !888
  store i32 0, ptr %31, align 8, !dbg !889
  %32 = load ptr, ptr %2, align 8, !dbg !890
  call void @conn_set_state(ptr noundef %32, i32 noundef 2), !dbg !891
  br label %100, !dbg !892

33:                                               ; preds = %12
    #dbg_declare(ptr %7, !893, !DIExpression(), !895)
  %34 = load ptr, ptr %2, align 8, !dbg !896
  %35 = getelementptr inbounds %struct.conn, ptr %34, i32 0, i32 3, !dbg !896
  %36 = load i32, ptr %35, align 4, !dbg !896
  %37 = icmp eq i32 %36, 2, !dbg !896
  br i1 %37, label %38, label %41, !dbg !896

38:                                               ; preds = %33
  %39 = load ptr, ptr %2, align 8, !dbg !897
  %40 = call i32 @try_read_udp(ptr noundef %39), !dbg !898
  br label %44, !dbg !896

41:                                               ; preds = %33
  %42 = load ptr, ptr %2, align 8, !dbg !899
  %43 = call i32 @try_read_network(ptr noundef %42), !dbg !900
  br label %44, !dbg !896

44:                                               ; preds = %41, %38
  %45 = phi i32 [ %40, %38 ], [ %43, %41 ], !dbg !896
  store i32 %45, ptr %7, align 4, !dbg !895
  %46 = load i32, ptr %7, align 4, !dbg !901
  %47 = icmp ne i32 %46, 0, !dbg !901
  br i1 %47, label %49, label %48, !dbg !903

48:                                               ; preds = %44
  store i8 1, ptr %3, align 1, !dbg !904
  br label %100, !dbg !906

49:                                               ; preds = %44
  %50 = load ptr, ptr %2, align 8, !dbg !907
  %51 = getelementptr inbounds %struct.conn, ptr %50, i32 0, i32 6, !dbg !909
  %52 = getelementptr inbounds [2048 x i8], ptr %51, i64 0, i64 0, !dbg !907
  %53 = load i8, ptr %52, align 8, !dbg !907
  %54 = sext i8 %53 to i32, !dbg !907
  %55 = icmp ne i32 %54, 103, !dbg !910
  br i1 %55, label %56, label %69, !dbg !911

56:                                               ; preds = %49
  %57 = load ptr, ptr %2, align 8, !dbg !912
  %58 = getelementptr inbounds %struct.conn, ptr %57, i32 0, i32 3, !dbg !912
  %59 = load i32, ptr %58, align 4, !dbg !912
  %60 = icmp eq i32 %59, 2, !dbg !912
  br i1 %60, label %67, label %61, !dbg !915

61:                                               ; preds = %56
  %62 = load ptr, ptr %2, align 8, !dbg !916
  %63 = getelementptr inbounds %struct.conn, ptr %62, i32 0, i32 12, !dbg !917
  %64 = load ptr, ptr %63, align 8, !dbg !917
  %65 = load ptr, ptr %2, align 8, !dbg !918
  %66 = call i64 %64(ptr noundef %65, ptr noundef @.str.1, i64 noundef 7), !dbg !916
  br label %67, !dbg !916

67:                                               ; preds = %61, %56
  %68 = load ptr, ptr %2, align 8, !dbg !919
  call void @conn_set_state(ptr noundef %68, i32 noundef 1), !dbg !920
  br label %100, !dbg !921

69:                                               ; preds = %49
  %70 = load i64, ptr @gets, align 8, !dbg !922
  %71 = add i64 %70, 1, !dbg !922
  store i64 %71, ptr @gets, align 8, !dbg !922
  %72 = load ptr, ptr %2, align 8, !dbg !923
  %73 = getelementptr inbounds %struct.conn, ptr %72, i32 0, i32 3, !dbg !923
  %74 = load i32, ptr %73, align 4, !dbg !923
  %75 = icmp eq i32 %74, 2, !dbg !923
  %76 = zext i1 %75 to i64, !dbg !923
  %77 = select i1 %75, i32 2, i32 1, !dbg !923
  %78 = load ptr, ptr %2, align 8, !dbg !924
  %79 = getelementptr inbounds %struct.conn, ptr %78, i32 0, i32 2, !dbg !925
  store i32 %77, ptr %79, align 8, !dbg !926
  %80 = load ptr, ptr %2, align 8, !dbg !927
  call void @conn_set_state(ptr noundef %80, i32 noundef 3), !dbg !928
  br label %100, !dbg !929

81:                                               ; preds = %12
  %82 = load ptr, ptr %2, align 8, !dbg !930
  %83 = call i32 @transmit(ptr noundef %82), !dbg !932
  %84 = icmp ne i32 %83, 0, !dbg !932
  br i1 %84, label %87, label %85, !dbg !933

85:                                               ; preds = %81
  %86 = load ptr, ptr %2, align 8, !dbg !934
  call void @conn_set_state(ptr noundef %86, i32 noundef 4), !dbg !936
  br label %100, !dbg !937

87:                                               ; preds = %81
  %88 = load ptr, ptr %2, align 8, !dbg !938
  %89 = load ptr, ptr %2, align 8, !dbg !939
  %90 = getelementptr inbounds %struct.conn, ptr %89, i32 0, i32 2, !dbg !940
  %91 = load i32, ptr %90, align 8, !dbg !940
  call void @conn_set_state(ptr noundef %88, i32 noundef %91), !dbg !941
  store i8 1, ptr %3, align 1, !dbg !942
  br label %100, !dbg !943

92:                                               ; preds = %12
  %93 = load ptr, ptr %2, align 8, !dbg !944
  %94 = getelementptr inbounds %struct.conn, ptr %93, i32 0, i32 3, !dbg !944
  %95 = load i32, ptr %94, align 4, !dbg !944
  %96 = icmp eq i32 %95, 2, !dbg !944
  br i1 %96, label %99, label %97, !dbg !946

97:                                               ; preds = %92
  %98 = load ptr, ptr %2, align 8, !dbg !947
  call void @conn_close(ptr noundef %98), !dbg !948
  br label %99, !dbg !948

99:                                               ; preds = %97, %92
  store i8 1, ptr %3, align 1, !dbg !949
  br label %100, !dbg !950

100:                                              ; preds = %12, %99, %87, %85, %69, %67, %48, %29, %24, %23
  br label %8, !dbg !848, !llvm.loop !951

101:                                              ; preds = %8
  ret void, !dbg !953
}

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_set_state(ptr noundef %0, i32 noundef %1) #0 !dbg !954 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !957, !DIExpression(), !958)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !959, !DIExpression(), !960)
  %5 = load i32, ptr %4, align 4, !dbg !961
  %6 = load ptr, ptr %3, align 8, !dbg !962
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 1, !dbg !963
  store i32 %5, ptr %7, align 4, !dbg !964
  ret void, !dbg !965
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_udp(ptr noundef %0) #0 !dbg !966 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !969, !DIExpression(), !970)
  %5 = load ptr, ptr %3, align 8, !dbg !971
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 9, !dbg !972
  store i32 28, ptr %6, align 8, !dbg !973
    #dbg_declare(ptr %4, !974, !DIExpression(), !975)
  %7 = load ptr, ptr %3, align 8, !dbg !976
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !977
  %9 = load i32, ptr %8, align 8, !dbg !977
  %10 = load ptr, ptr %3, align 8, !dbg !978
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 6, !dbg !979
  %12 = getelementptr inbounds [2048 x i8], ptr %11, i64 0, i64 0, !dbg !978
  %13 = load ptr, ptr %3, align 8, !dbg !980
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 8, !dbg !981
  %15 = load ptr, ptr %3, align 8, !dbg !982
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 9, !dbg !983
  %17 = call i64 @recvfrom(i32 noundef %9, ptr noundef %12, i64 noundef 2048, i32 noundef 0, ptr noundef %14, ptr noundef %16), !dbg !984
  store i64 %17, ptr %4, align 8, !dbg !975
  %18 = load i64, ptr %4, align 8, !dbg !985
  %19 = icmp sgt i64 %18, 8, !dbg !987
  br i1 %19, label %20, label %25, !dbg !988

20:                                               ; preds = %1
  %21 = load i64, ptr %4, align 8, !dbg !989
  %22 = trunc i64 %21 to i32, !dbg !991
  %23 = load ptr, ptr %3, align 8, !dbg !992
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 7, !dbg !993
  store i32 %22, ptr %24, align 8, !dbg !994
  store i32 1, ptr %2, align 4, !dbg !995
  br label %26, !dbg !995

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !996
  br label %26, !dbg !996

26:                                               ; preds = %25, %20
  %27 = load i32, ptr %2, align 4, !dbg !997
  ret i32 %27, !dbg !997
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_network(ptr noundef %0) #0 !dbg !998 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !999, !DIExpression(), !1000)
    #dbg_declare(ptr %4, !1001, !DIExpression(), !1002)
  %5 = load ptr, ptr %3, align 8, !dbg !1003
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 10, !dbg !1004
  %7 = load ptr, ptr %6, align 8, !dbg !1004
  %8 = load ptr, ptr %3, align 8, !dbg !1005
  %9 = load ptr, ptr %3, align 8, !dbg !1006
  %10 = getelementptr inbounds %struct.conn, ptr %9, i32 0, i32 6, !dbg !1007
  %11 = getelementptr inbounds [2048 x i8], ptr %10, i64 0, i64 0, !dbg !1006
  %12 = load ptr, ptr %3, align 8, !dbg !1008
  %13 = getelementptr inbounds %struct.conn, ptr %12, i32 0, i32 7, !dbg !1009
  %14 = load i32, ptr %13, align 8, !dbg !1009
  %15 = sext i32 %14 to i64, !dbg !1010
  %16 = getelementptr inbounds i8, ptr %11, i64 %15, !dbg !1010
  %17 = load ptr, ptr %3, align 8, !dbg !1011
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 7, !dbg !1012
  %19 = load i32, ptr %18, align 8, !dbg !1012
  %20 = sext i32 %19 to i64, !dbg !1011
  %21 = sub i64 2048, %20, !dbg !1013
  %22 = call i64 %7(ptr noundef %8, ptr noundef %16, i64 noundef %21), !dbg !1003
  store i64 %22, ptr %4, align 8, !dbg !1002
  %23 = load i64, ptr %4, align 8, !dbg !1014
  %24 = icmp sle i64 %23, 0, !dbg !1016
  br i1 %24, label %25, label %26, !dbg !1017

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !1018
  br label %33, !dbg !1018

26:                                               ; preds = %1
  %27 = load i64, ptr %4, align 8, !dbg !1019
  %28 = trunc i64 %27 to i32, !dbg !1020
  %29 = load ptr, ptr %3, align 8, !dbg !1021
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 7, !dbg !1022
  %31 = load i32, ptr %30, align 8, !dbg !1023
  %32 = add nsw i32 %31, %28, !dbg !1023
  store i32 %32, ptr %30, align 8, !dbg !1023
  store i32 1, ptr %2, align 4, !dbg !1024
  br label %33, !dbg !1024

33:                                               ; preds = %26, %25
  %34 = load i32, ptr %2, align 4, !dbg !1025
  ret i32 %34, !dbg !1025
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit(ptr noundef %0) #0 !dbg !1026 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca %struct.iovec, align 8
  %5 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !1027, !DIExpression(), !1028)
    #dbg_declare(ptr %4, !1029, !DIExpression(), !1030)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.transmit.iov, i64 16, i1 false), !dbg !1030
    #dbg_declare(ptr %5, !1031, !DIExpression(), !1032)
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 56, i1 false), !dbg !1033
  %6 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 2, !dbg !1034
  store ptr %4, ptr %6, align 8, !dbg !1035
  %7 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 3, !dbg !1036
  store i64 1, ptr %7, align 8, !dbg !1037
  %8 = load ptr, ptr %3, align 8, !dbg !1038
  %9 = getelementptr inbounds %struct.conn, ptr %8, i32 0, i32 3, !dbg !1038
  %10 = load i32, ptr %9, align 4, !dbg !1038
  %11 = icmp eq i32 %10, 2, !dbg !1038
  br i1 %11, label %20, label %12, !dbg !1040

12:                                               ; preds = %1
  %13 = load ptr, ptr %3, align 8, !dbg !1041
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 11, !dbg !1042
  %15 = load ptr, ptr %14, align 8, !dbg !1042
  %16 = load ptr, ptr %3, align 8, !dbg !1043
  %17 = call i64 %15(ptr noundef %16, ptr noundef %5, i32 noundef 0), !dbg !1041
  %18 = icmp sgt i64 %17, 0, !dbg !1044
  %19 = zext i1 %18 to i32, !dbg !1044
  store i32 %19, ptr %2, align 4, !dbg !1045
  br label %34, !dbg !1045

20:                                               ; preds = %1
  %21 = load ptr, ptr %3, align 8, !dbg !1046
  %22 = getelementptr inbounds %struct.conn, ptr %21, i32 0, i32 8, !dbg !1047
  %23 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 0, !dbg !1048
  store ptr %22, ptr %23, align 8, !dbg !1049
  %24 = load ptr, ptr %3, align 8, !dbg !1050
  %25 = getelementptr inbounds %struct.conn, ptr %24, i32 0, i32 9, !dbg !1051
  %26 = load i32, ptr %25, align 8, !dbg !1051
  %27 = getelementptr inbounds %struct.msghdr, ptr %5, i32 0, i32 1, !dbg !1052
  store i32 %26, ptr %27, align 8, !dbg !1053
  %28 = load ptr, ptr %3, align 8, !dbg !1054
  %29 = getelementptr inbounds %struct.conn, ptr %28, i32 0, i32 0, !dbg !1055
  %30 = load i32, ptr %29, align 8, !dbg !1055
  %31 = call i64 @sendmsg(i32 noundef %30, ptr noundef %5, i32 noundef 0), !dbg !1056
  %32 = icmp sgt i64 %31, 0, !dbg !1057
  %33 = zext i1 %32 to i32, !dbg !1057
  store i32 %33, ptr %2, align 4, !dbg !1058
  br label %34, !dbg !1058

34:                                               ; preds = %20, %12
  %35 = load i32, ptr %2, align 4, !dbg !1059
  ret i32 %35, !dbg !1059
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_close(ptr noundef %0) #0 !dbg !1060 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1061, !DIExpression(), !1062)
  %3 = load ptr, ptr %2, align 8, !dbg !1063
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 5, !dbg !1064
  %5 = call i32 @event_add(ptr noundef %4, ptr noundef null), !dbg !1065
  %6 = load ptr, ptr %2, align 8, !dbg !1066
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !1067
  %8 = load i32, ptr %7, align 8, !dbg !1067
  %9 = call i32 @close(i32 noundef %8), !dbg !1068
  ret void, !dbg !1069
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
define internal void @setup_thread(ptr noundef %0) #0 !dbg !1070 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1073, !DIExpression(), !1074)
  %3 = call ptr @event_init(), !dbg !1075
  %4 = load ptr, ptr %2, align 8, !dbg !1076
  %5 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %4, i32 0, i32 1, !dbg !1077
  store ptr %3, ptr %5, align 8, !dbg !1078
  %6 = load ptr, ptr %2, align 8, !dbg !1079
  %7 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %6, i32 0, i32 2, !dbg !1080
  %8 = load ptr, ptr %2, align 8, !dbg !1081
  %9 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %8, i32 0, i32 3, !dbg !1082
  %10 = load i32, ptr %9, align 8, !dbg !1082
  %11 = load ptr, ptr %2, align 8, !dbg !1083
  call void @event_set(ptr noundef %7, i32 noundef %10, i16 noundef signext 18, ptr noundef @thread_libevent_process, ptr noundef %11), !dbg !1084
  %12 = load ptr, ptr %2, align 8, !dbg !1085
  %13 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %12, i32 0, i32 1, !dbg !1086
  %14 = load ptr, ptr %13, align 8, !dbg !1086
  %15 = load ptr, ptr %2, align 8, !dbg !1087
  %16 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %15, i32 0, i32 2, !dbg !1088
  %17 = call i32 @event_base_set(ptr noundef %14, ptr noundef %16), !dbg !1089
  %18 = load ptr, ptr %2, align 8, !dbg !1090
  %19 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %18, i32 0, i32 2, !dbg !1091
  %20 = call i32 @event_add(ptr noundef %19, ptr noundef null), !dbg !1092
  %21 = call noalias ptr @malloc(i64 noundef 56) #10, !dbg !1093
  %22 = load ptr, ptr %2, align 8, !dbg !1094
  %23 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %22, i32 0, i32 5, !dbg !1095
  store ptr %21, ptr %23, align 8, !dbg !1096
  %24 = load ptr, ptr %2, align 8, !dbg !1097
  %25 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %24, i32 0, i32 5, !dbg !1099
  %26 = load ptr, ptr %25, align 8, !dbg !1099
  %27 = icmp eq ptr %26, null, !dbg !1100
  br i1 %27, label %28, label %29, !dbg !1101

28:                                               ; preds = %1
  call void @exit(i32 noundef 1) #11, !dbg !1102
  unreachable, !dbg !1102

29:                                               ; preds = %1
  %30 = load ptr, ptr %2, align 8, !dbg !1103
  %31 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %30, i32 0, i32 5, !dbg !1104
  %32 = load ptr, ptr %31, align 8, !dbg !1104
  call void @cq_init(ptr noundef %32), !dbg !1105
  ret void, !dbg !1106
}

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @worker_libevent(ptr noundef %0) #0 !dbg !1107 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1110, !DIExpression(), !1111)
    #dbg_declare(ptr %3, !1112, !DIExpression(), !1113)
  %4 = load ptr, ptr %2, align 8, !dbg !1114
  store ptr %4, ptr %3, align 8, !dbg !1113
  %5 = load ptr, ptr %3, align 8, !dbg !1115
  %6 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %5, i32 0, i32 1, !dbg !1116
  %7 = load ptr, ptr %6, align 8, !dbg !1116
  %8 = call i32 @event_base_loop(ptr noundef %7, i32 noundef 0), !dbg !1117
  ret ptr null, !dbg !1118
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !1119 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !1120, !DIExpression(), !1121)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !1122, !DIExpression(), !1123)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !1124, !DIExpression(), !1125)
    #dbg_declare(ptr %7, !1126, !DIExpression(), !1127)
  %11 = load ptr, ptr %6, align 8, !dbg !1128
  store ptr %11, ptr %7, align 8, !dbg !1127
    #dbg_declare(ptr %8, !1129, !DIExpression(), !1130)
  %12 = load i16, ptr %5, align 2, !dbg !1131
  %13 = load i32, ptr %4, align 4, !dbg !1132
  %14 = call i64 @read(i32 noundef %13, ptr noundef %8, i64 noundef 1), !dbg !1134
  %15 = icmp ne i64 %14, 1, !dbg !1135
  br i1 %15, label %16, label %17, !dbg !1136

16:                                               ; preds = %3
  br label %75, !dbg !1137

17:                                               ; preds = %3
    #dbg_declare(ptr %9, !1138, !DIExpression(), !1139)
  %18 = load ptr, ptr %7, align 8, !dbg !1140
  %19 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %18, i32 0, i32 5, !dbg !1141
  %20 = load ptr, ptr %19, align 8, !dbg !1141
  %21 = call ptr @cq_pop(ptr noundef %20), !dbg !1142
  store ptr %21, ptr %9, align 8, !dbg !1139
  %22 = load ptr, ptr %9, align 8, !dbg !1143
  %23 = icmp eq ptr %22, null, !dbg !1145
  br i1 %23, label %24, label %25, !dbg !1146

24:                                               ; preds = %17
  br label %75, !dbg !1147

25:                                               ; preds = %17
  %26 = load ptr, ptr %9, align 8, !dbg !1148
  %27 = getelementptr inbounds %struct.conn_queue_item, ptr %26, i32 0, i32 3, !dbg !1149
  %28 = load i32, ptr %27, align 4, !dbg !1149
  switch i32 %28, label %73 [
    i32 0, label %29
    i32 1, label %55
    i32 2, label %63
  ], !dbg !1150

29:                                               ; preds = %25
    #dbg_declare(ptr %10, !1151, !DIExpression(), !1154)
  %30 = load ptr, ptr %9, align 8, !dbg !1155
  %31 = getelementptr inbounds %struct.conn_queue_item, ptr %30, i32 0, i32 0, !dbg !1156
  %32 = load i32, ptr %31, align 8, !dbg !1156
  %33 = load ptr, ptr %9, align 8, !dbg !1157
  %34 = getelementptr inbounds %struct.conn_queue_item, ptr %33, i32 0, i32 1, !dbg !1158
  %35 = load i32, ptr %34, align 4, !dbg !1158
  %36 = load ptr, ptr %9, align 8, !dbg !1159
  %37 = getelementptr inbounds %struct.conn_queue_item, ptr %36, i32 0, i32 2, !dbg !1160
  %38 = load i32, ptr %37, align 8, !dbg !1160
  %39 = load ptr, ptr %7, align 8, !dbg !1161
  %40 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %39, i32 0, i32 1, !dbg !1162
  %41 = load ptr, ptr %40, align 8, !dbg !1162
  %42 = call ptr @conn_new(i32 noundef %32, i32 noundef %35, i32 noundef %38, ptr noundef %41), !dbg !1163
  store ptr %42, ptr %10, align 8, !dbg !1154
  %43 = load ptr, ptr %10, align 8, !dbg !1164
  %44 = icmp eq ptr %43, null, !dbg !1166
  br i1 %44, label %45, label %50, !dbg !1167

45:                                               ; preds = %29
  %46 = load ptr, ptr %9, align 8, !dbg !1168
  %47 = getelementptr inbounds %struct.conn_queue_item, ptr %46, i32 0, i32 0, !dbg !1169
  %48 = load i32, ptr %47, align 8, !dbg !1169
  %49 = call i32 @close(i32 noundef %48), !dbg !1170
  br label %54, !dbg !1170

50:                                               ; preds = %29
  %51 = load ptr, ptr %7, align 8, !dbg !1171
  %52 = load ptr, ptr %10, align 8, !dbg !1172
  %53 = getelementptr inbounds %struct.conn, ptr %52, i32 0, i32 4, !dbg !1173
  store ptr %51, ptr %53, align 8, !dbg !1174
  br label %54

54:                                               ; preds = %50, %45
  br label %73, !dbg !1175

55:                                               ; preds = %25
  %56 = load ptr, ptr @conns, align 8, !dbg !1176
  %57 = load ptr, ptr %9, align 8, !dbg !1177
  %58 = getelementptr inbounds %struct.conn_queue_item, ptr %57, i32 0, i32 0, !dbg !1178
  %59 = load i32, ptr %58, align 8, !dbg !1178
  %60 = sext i32 %59 to i64, !dbg !1176
  %61 = getelementptr inbounds ptr, ptr %56, i64 %60, !dbg !1176
  %62 = load ptr, ptr %61, align 8, !dbg !1176
  call void @conn_close(ptr noundef %62), !dbg !1179
  br label %73, !dbg !1180

63:                                               ; preds = %25
  %64 = load ptr, ptr @conns, align 8, !dbg !1181
  %65 = load ptr, ptr %9, align 8, !dbg !1182
  %66 = getelementptr inbounds %struct.conn_queue_item, ptr %65, i32 0, i32 0, !dbg !1183
  %67 = load i32, ptr %66, align 8, !dbg !1183
  %68 = sext i32 %67 to i64, !dbg !1181
  %69 = getelementptr inbounds ptr, ptr %64, i64 %68, !dbg !1181
  %70 = load ptr, ptr %69, align 8, !dbg !1181
  %71 = getelementptr inbounds %struct.conn, ptr %70, i32 0, i32 5, !dbg !1184
  %72 = call i32 @event_add(ptr noundef %71, ptr noundef null), !dbg !1185
  br label %73, !dbg !1186

73:                                               ; preds = %25, %63, %55, %54
  %74 = load ptr, ptr %9, align 8, !dbg !1187
  call void @cqi_free(ptr noundef %74), !dbg !1188
  br label %75, !dbg !1189

75:                                               ; preds = %73, %24, %16
  ret void, !dbg !1189
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_init(ptr noundef %0) #0 !dbg !1190 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1193, !DIExpression(), !1194)
  %3 = load ptr, ptr %2, align 8, !dbg !1195
  %4 = getelementptr inbounds %struct.conn_queue, ptr %3, i32 0, i32 2, !dbg !1196
  %5 = call i32 @pthread_mutex_init(ptr noundef %4, ptr noundef null) #9, !dbg !1197
  %6 = load ptr, ptr %2, align 8, !dbg !1198
  %7 = getelementptr inbounds %struct.conn_queue, ptr %6, i32 0, i32 0, !dbg !1199
  store ptr null, ptr %7, align 8, !dbg !1200
  %8 = load ptr, ptr %2, align 8, !dbg !1201
  %9 = getelementptr inbounds %struct.conn_queue, ptr %8, i32 0, i32 0, !dbg !1202
  %10 = load ptr, ptr %2, align 8, !dbg !1203
  %11 = getelementptr inbounds %struct.conn_queue, ptr %10, i32 0, i32 1, !dbg !1204
  store ptr %9, ptr %11, align 8, !dbg !1205
  ret void, !dbg !1206
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cq_pop(ptr noundef %0) #0 !dbg !1207 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1210, !DIExpression(), !1211)
  %4 = load ptr, ptr %2, align 8, !dbg !1212
  %5 = getelementptr inbounds %struct.conn_queue, ptr %4, i32 0, i32 2, !dbg !1213
  %6 = call i32 @pthread_mutex_lock(ptr noundef %5) #9, !dbg !1214
    #dbg_declare(ptr %3, !1215, !DIExpression(), !1216)
  %7 = load ptr, ptr %2, align 8, !dbg !1217
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 0, !dbg !1218
  %9 = load ptr, ptr %8, align 8, !dbg !1218
  store ptr %9, ptr %3, align 8, !dbg !1216
  %10 = load ptr, ptr %3, align 8, !dbg !1219
  %11 = icmp ne ptr %10, null, !dbg !1221
  br i1 %11, label %12, label %24, !dbg !1222

12:                                               ; preds = %1
  %13 = load ptr, ptr %3, align 8, !dbg !1223
  %14 = getelementptr inbounds %struct.conn_queue_item, ptr %13, i32 0, i32 4, !dbg !1224
  %15 = load ptr, ptr %14, align 8, !dbg !1224
  %16 = load ptr, ptr %2, align 8, !dbg !1225
  %17 = getelementptr inbounds %struct.conn_queue, ptr %16, i32 0, i32 0, !dbg !1226
  store ptr %15, ptr %17, align 8, !dbg !1227
  %18 = icmp eq ptr %15, null, !dbg !1228
  br i1 %18, label %19, label %24, !dbg !1229

19:                                               ; preds = %12
  %20 = load ptr, ptr %2, align 8, !dbg !1230
  %21 = getelementptr inbounds %struct.conn_queue, ptr %20, i32 0, i32 0, !dbg !1231
  %22 = load ptr, ptr %2, align 8, !dbg !1232
  %23 = getelementptr inbounds %struct.conn_queue, ptr %22, i32 0, i32 1, !dbg !1233
  store ptr %21, ptr %23, align 8, !dbg !1234
  br label %24, !dbg !1232

24:                                               ; preds = %19, %12, %1
  %25 = load ptr, ptr %2, align 8, !dbg !1235
  %26 = getelementptr inbounds %struct.conn_queue, ptr %25, i32 0, i32 2, !dbg !1236
  %27 = call i32 @pthread_mutex_unlock(ptr noundef %26) #9, !dbg !1237
  %28 = load ptr, ptr %3, align 8, !dbg !1238
  ret ptr %28, !dbg !1239
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cqi_free(ptr noundef %0) #0 !dbg !1240 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !1243, !DIExpression(), !1244)
  %3 = call i32 @pthread_mutex_lock(ptr noundef @cqi_freelist_lock) #9, !dbg !1245
  %4 = load ptr, ptr @cqi_freelist, align 8, !dbg !1246
  %5 = load ptr, ptr %2, align 8, !dbg !1247
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 4, !dbg !1248
  store ptr %4, ptr %6, align 8, !dbg !1249
  %7 = load ptr, ptr %2, align 8, !dbg !1250
  store ptr %7, ptr @cqi_freelist, align 8, !dbg !1251
  %8 = call i32 @pthread_mutex_unlock(ptr noundef @cqi_freelist_lock) #9, !dbg !1252
  ret void, !dbg !1253
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
!llvm.module.flags = !{!234, !235, !236, !237, !238, !239, !240}
!llvm.ident = !{!241}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 92, type: !151, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !35, globals: !51, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "memcached-threads.c", directory: "/work/wt-fds/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "e74879d3297cd9809f157e41101bfa45")
!4 = !{!5, !13, !18, !23}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_states", file: !3, line: 43, baseType: !6, size: 32, elements: !7)
!6 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!7 = !{!8, !9, !10, !11, !12}
!8 = !DIEnumerator(name: "conn_listening", value: 0)
!9 = !DIEnumerator(name: "conn_new_cmd", value: 1)
!10 = !DIEnumerator(name: "conn_read", value: 2)
!11 = !DIEnumerator(name: "conn_write", value: 3)
!12 = !DIEnumerator(name: "conn_closing", value: 4)
!13 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "network_transport", file: !3, line: 40, baseType: !6, size: 32, elements: !14)
!14 = !{!15, !16, !17}
!15 = !DIEnumerator(name: "local_transport", value: 0)
!16 = !DIEnumerator(name: "tcp_transport", value: 1)
!17 = !DIEnumerator(name: "udp_transport", value: 2)
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_queue_item_modes", file: !3, line: 45, baseType: !6, size: 32, elements: !19)
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
!53 = distinct !DIGlobalVariable(name: "main_base", scope: !2, file: !3, line: 91, type: !54, isLocal: true, isDefinition: true)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 27, flags: DIFlagFwdDecl)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "threads", scope: !2, file: !3, line: 93, type: !58, isLocal: true, isDefinition: true)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "LIBEVENT_THREAD", file: !3, line: 69, baseType: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !3, line: 62, size: 1280, elements: !61)
!61 = !{!62, !66, !67, !74, !75, !76}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "thread_id", scope: !60, file: !3, line: 63, baseType: !63, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_t", file: !64, line: 27, baseType: !65)
!64 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!65 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !60, file: !3, line: 64, baseType: !54, size: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "notify_event", scope: !60, file: !3, line: 65, baseType: !68, size: 1024, offset: 128)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 28, size: 1024, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !68, file: !3, line: 29, baseType: !71, size: 1024)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 1024, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 128)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "notify_receive_fd", scope: !60, file: !3, line: 66, baseType: !50, size: 32, offset: 1152)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "notify_send_fd", scope: !60, file: !3, line: 67, baseType: !50, size: 32, offset: 1184)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "ev_queue", scope: !60, file: !3, line: 68, baseType: !77, size: 64, offset: 1216)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ", file: !3, line: 60, baseType: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue", file: !3, line: 56, size: 448, elements: !80)
!80 = !{!81, !91, !93}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "head", scope: !79, file: !3, line: 57, baseType: !82, size: 64)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "CQ_ITEM", file: !3, line: 47, baseType: !84)
!84 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn_queue_item", file: !3, line: 48, size: 192, elements: !85)
!85 = !{!86, !87, !88, !89, !90}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !84, file: !3, line: 49, baseType: !50, size: 32)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "init_state", scope: !84, file: !3, line: 50, baseType: !5, size: 32, offset: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !84, file: !3, line: 51, baseType: !13, size: 32, offset: 64)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "mode", scope: !84, file: !3, line: 52, baseType: !18, size: 32, offset: 96)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !84, file: !3, line: 53, baseType: !82, size: 64, offset: 128)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "tail", scope: !79, file: !3, line: 58, baseType: !92, size: 64, offset: 64)
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !79, file: !3, line: 59, baseType: !94, size: 320, offset: 128)
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
!124 = distinct !DIGlobalVariable(name: "cqi_freelist_lock", scope: !2, file: !3, line: 96, type: !94, isLocal: true, isDefinition: true)
!125 = !DIGlobalVariableExpression(var: !126, expr: !DIExpression())
!126 = distinct !DIGlobalVariable(name: "cqi_freelist", scope: !2, file: !3, line: 95, type: !82, isLocal: true, isDefinition: true)
!127 = !DIGlobalVariableExpression(var: !128, expr: !DIExpression())
!128 = distinct !DIGlobalVariable(name: "last_thread", scope: !2, file: !3, line: 94, type: !50, isLocal: true, isDefinition: true)
!129 = !DIGlobalVariableExpression(var: !130, expr: !DIExpression())
!130 = distinct !DIGlobalVariable(scope: null, file: !3, line: 191, type: !131, isLocal: true, isDefinition: true)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 240, elements: !132)
!132 = !{!133}
!133 = !DISubrange(count: 30)
!134 = !DIGlobalVariableExpression(var: !135, expr: !DIExpression())
!135 = distinct !DIGlobalVariable(scope: null, file: !3, line: 319, type: !136, isLocal: true, isDefinition: true)
!136 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 64, elements: !137)
!137 = !{!138}
!138 = !DISubrange(count: 8)
!139 = !DIGlobalVariableExpression(var: !140, expr: !DIExpression())
!140 = distinct !DIGlobalVariable(name: "gets", scope: !2, file: !3, line: 97, type: !65, isLocal: true, isDefinition: true)
!141 = !DIGlobalVariableExpression(var: !142, expr: !DIExpression())
!142 = distinct !DIGlobalVariable(scope: null, file: !3, line: 279, type: !143, isLocal: true, isDefinition: true)
!143 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 48, elements: !144)
!144 = !{!145}
!145 = !DISubrange(count: 6)
!146 = !DIGlobalVariableExpression(var: !147, expr: !DIExpression())
!147 = distinct !DIGlobalVariable(scope: null, file: !3, line: 360, type: !148, isLocal: true, isDefinition: true)
!148 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 24, elements: !149)
!149 = !{!150}
!150 = !DISubrange(count: 3)
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !152, size: 64)
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !153, size: 64)
!153 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 71, baseType: !154)
!154 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 72, size: 18112, elements: !155)
!155 = !{!156, !157, !158, !159, !160, !161, !162, !166, !167, !201, !204, !213, !233}
!156 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !154, file: !3, line: 73, baseType: !50, size: 32)
!157 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !154, file: !3, line: 74, baseType: !5, size: 32, offset: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "write_and_go", scope: !154, file: !3, line: 75, baseType: !5, size: 32, offset: 64)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "transport", scope: !154, file: !3, line: 76, baseType: !13, size: 32, offset: 96)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "thread", scope: !154, file: !3, line: 77, baseType: !58, size: 64, offset: 128)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !154, file: !3, line: 78, baseType: !68, size: 1024, offset: 192)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !154, file: !3, line: 79, baseType: !163, size: 16384, offset: 1216)
!163 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 16384, elements: !164)
!164 = !{!165}
!165 = !DISubrange(count: 2048)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "rbytes", scope: !154, file: !3, line: 80, baseType: !50, size: 32, offset: 17600)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !154, file: !3, line: 81, baseType: !168, size: 224, offset: 17632)
!168 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !169, line: 260, size: 224, elements: !170)
!169 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!170 = !{!171, !172, !178, !181, !200}
!171 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !168, file: !169, line: 262, baseType: !42, size: 16)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !168, file: !169, line: 263, baseType: !173, size: 16, offset: 16)
!173 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !169, line: 123, baseType: !174)
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !175, line: 25, baseType: !176)
!175 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!176 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !177, line: 40, baseType: !44)
!177 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!178 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !168, file: !169, line: 264, baseType: !179, size: 32, offset: 32)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !175, line: 26, baseType: !180)
!180 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !177, line: 42, baseType: !6)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !168, file: !169, line: 265, baseType: !182, size: 128, offset: 64)
!182 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !169, line: 219, size: 128, elements: !183)
!183 = !{!184}
!184 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !182, file: !169, line: 226, baseType: !185, size: 128)
!185 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !182, file: !169, line: 221, size: 128, elements: !186)
!186 = !{!187, !194, !196}
!187 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !185, file: !169, line: 223, baseType: !188, size: 128)
!188 = !DICompositeType(tag: DW_TAG_array_type, baseType: !189, size: 128, elements: !192)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !175, line: 24, baseType: !190)
!190 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !177, line: 38, baseType: !191)
!191 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!192 = !{!193}
!193 = !DISubrange(count: 16)
!194 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !185, file: !169, line: 224, baseType: !195, size: 128)
!195 = !DICompositeType(tag: DW_TAG_array_type, baseType: !174, size: 128, elements: !137)
!196 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !185, file: !169, line: 225, baseType: !197, size: 128)
!197 = !DICompositeType(tag: DW_TAG_array_type, baseType: !179, size: 128, elements: !198)
!198 = !{!199}
!199 = !DISubrange(count: 4)
!200 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !168, file: !169, line: 266, baseType: !179, size: 32, offset: 192)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !154, file: !3, line: 82, baseType: !202, size: 32, offset: 17856)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !39, line: 33, baseType: !203)
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !177, line: 210, baseType: !6)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "read", scope: !154, file: !3, line: 83, baseType: !205, size: 64, offset: 17920)
!205 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !206, size: 64)
!206 = !DISubroutineType(types: !207)
!207 = !{!208, !152, !36, !211}
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !209, line: 108, baseType: !210)
!209 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!210 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !177, line: 194, baseType: !122)
!211 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !212, line: 18, baseType: !65)
!212 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!213 = !DIDerivedType(tag: DW_TAG_member, name: "sendmsg", scope: !154, file: !3, line: 84, baseType: !214, size: 64, offset: 17984)
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !215, size: 64)
!215 = !DISubroutineType(types: !216)
!216 = !{!208, !152, !217, !50}
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!218 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msghdr", file: !39, line: 262, size: 448, elements: !219)
!219 = !{!220, !221, !222, !229, !230, !231, !232}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "msg_name", scope: !218, file: !39, line: 264, baseType: !36, size: 64)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "msg_namelen", scope: !218, file: !39, line: 265, baseType: !202, size: 32, offset: 64)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iov", scope: !218, file: !39, line: 267, baseType: !223, size: 64, offset: 128)
!223 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !224, size: 64)
!224 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iovec", file: !225, line: 26, size: 128, elements: !226)
!225 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_iovec.h", directory: "", checksumkind: CSK_MD5, checksum: "906dd4c9f8205bfe8a00a7ac49f298dc")
!226 = !{!227, !228}
!227 = !DIDerivedType(tag: DW_TAG_member, name: "iov_base", scope: !224, file: !225, line: 28, baseType: !36, size: 64)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "iov_len", scope: !224, file: !225, line: 29, baseType: !211, size: 64, offset: 64)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "msg_iovlen", scope: !218, file: !39, line: 268, baseType: !211, size: 64, offset: 192)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "msg_control", scope: !218, file: !39, line: 270, baseType: !36, size: 64, offset: 256)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "msg_controllen", scope: !218, file: !39, line: 271, baseType: !211, size: 64, offset: 320)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "msg_flags", scope: !218, file: !39, line: 276, baseType: !50, size: 32, offset: 384)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "write", scope: !154, file: !3, line: 85, baseType: !205, size: 64, offset: 18048)
!234 = !{i32 7, !"Dwarf Version", i32 5}
!235 = !{i32 2, !"Debug Info Version", i32 3}
!236 = !{i32 1, !"wchar_size", i32 4}
!237 = !{i32 8, !"PIC Level", i32 2}
!238 = !{i32 7, !"PIE Level", i32 2}
!239 = !{i32 7, !"uwtable", i32 2}
!240 = !{i32 7, !"frame-pointer", i32 2}
!241 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!242 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 99, type: !206, scopeLine: 99, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!243 = !{}
!244 = !DILocalVariable(name: "c", arg: 1, scope: !242, file: !3, line: 99, type: !152)
!245 = !DILocation(line: 99, column: 24, scope: !242)
!246 = !DILocalVariable(name: "buf", arg: 2, scope: !242, file: !3, line: 99, type: !36)
!247 = !DILocation(line: 99, column: 33, scope: !242)
!248 = !DILocalVariable(name: "count", arg: 3, scope: !242, file: !3, line: 99, type: !211)
!249 = !DILocation(line: 99, column: 45, scope: !242)
!250 = !DILocation(line: 100, column: 15, scope: !242)
!251 = !DILocation(line: 100, column: 18, scope: !242)
!252 = !DILocation(line: 100, column: 23, scope: !242)
!253 = !DILocation(line: 100, column: 28, scope: !242)
!254 = !DILocation(line: 100, column: 10, scope: !242)
!255 = !DILocation(line: 100, column: 3, scope: !242)
!256 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 103, type: !215, scopeLine: 103, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!257 = !DILocalVariable(name: "c", arg: 1, scope: !256, file: !3, line: 103, type: !152)
!258 = !DILocation(line: 103, column: 27, scope: !256)
!259 = !DILocalVariable(name: "msg", arg: 2, scope: !256, file: !3, line: 103, type: !217)
!260 = !DILocation(line: 103, column: 45, scope: !256)
!261 = !DILocalVariable(name: "flags", arg: 3, scope: !256, file: !3, line: 103, type: !50)
!262 = !DILocation(line: 103, column: 54, scope: !256)
!263 = !DILocation(line: 104, column: 18, scope: !256)
!264 = !DILocation(line: 104, column: 21, scope: !256)
!265 = !DILocation(line: 104, column: 26, scope: !256)
!266 = !DILocation(line: 104, column: 31, scope: !256)
!267 = !DILocation(line: 104, column: 10, scope: !256)
!268 = !DILocation(line: 104, column: 3, scope: !256)
!269 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 107, type: !206, scopeLine: 107, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!270 = !DILocalVariable(name: "c", arg: 1, scope: !269, file: !3, line: 107, type: !152)
!271 = !DILocation(line: 107, column: 25, scope: !269)
!272 = !DILocalVariable(name: "buf", arg: 2, scope: !269, file: !3, line: 107, type: !36)
!273 = !DILocation(line: 107, column: 34, scope: !269)
!274 = !DILocalVariable(name: "count", arg: 3, scope: !269, file: !3, line: 107, type: !211)
!275 = !DILocation(line: 107, column: 46, scope: !269)
!276 = !DILocation(line: 108, column: 16, scope: !269)
!277 = !DILocation(line: 108, column: 19, scope: !269)
!278 = !DILocation(line: 108, column: 24, scope: !269)
!279 = !DILocation(line: 108, column: 29, scope: !269)
!280 = !DILocation(line: 108, column: 10, scope: !269)
!281 = !DILocation(line: 108, column: 3, scope: !269)
!282 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 117, type: !283, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!283 = !DISubroutineType(types: !284)
!284 = !{!152, !50, !5, !13, !54}
!285 = !DILocalVariable(name: "sfd", arg: 1, scope: !282, file: !3, line: 117, type: !50)
!286 = !DILocation(line: 117, column: 20, scope: !282)
!287 = !DILocalVariable(name: "init_state", arg: 2, scope: !282, file: !3, line: 117, type: !5)
!288 = !DILocation(line: 117, column: 42, scope: !282)
!289 = !DILocalVariable(name: "transport", arg: 3, scope: !282, file: !3, line: 118, type: !13)
!290 = !DILocation(line: 118, column: 39, scope: !282)
!291 = !DILocalVariable(name: "base", arg: 4, scope: !282, file: !3, line: 118, type: !54)
!292 = !DILocation(line: 118, column: 69, scope: !282)
!293 = !DILocation(line: 119, column: 7, scope: !294)
!294 = distinct !DILexicalBlock(scope: !282, file: !3, line: 119, column: 7)
!295 = !DILocation(line: 119, column: 11, scope: !294)
!296 = !DILocation(line: 119, column: 15, scope: !294)
!297 = !DILocation(line: 119, column: 18, scope: !294)
!298 = !DILocation(line: 119, column: 22, scope: !294)
!299 = !DILocation(line: 119, column: 7, scope: !282)
!300 = !DILocation(line: 120, column: 5, scope: !294)
!301 = !DILocalVariable(name: "c", scope: !282, file: !3, line: 121, type: !152)
!302 = !DILocation(line: 121, column: 9, scope: !282)
!303 = !DILocation(line: 121, column: 13, scope: !282)
!304 = !DILocation(line: 121, column: 19, scope: !282)
!305 = !DILocation(line: 122, column: 7, scope: !306)
!306 = distinct !DILexicalBlock(scope: !282, file: !3, line: 122, column: 7)
!307 = !DILocation(line: 122, column: 9, scope: !306)
!308 = !DILocation(line: 122, column: 7, scope: !282)
!309 = !DILocation(line: 123, column: 9, scope: !310)
!310 = distinct !DILexicalBlock(scope: !306, file: !3, line: 122, column: 18)
!311 = !DILocation(line: 123, column: 7, scope: !310)
!312 = !DILocation(line: 124, column: 9, scope: !313)
!313 = distinct !DILexicalBlock(scope: !310, file: !3, line: 124, column: 9)
!314 = !DILocation(line: 124, column: 11, scope: !313)
!315 = !DILocation(line: 124, column: 9, scope: !310)
!316 = !DILocation(line: 125, column: 7, scope: !313)
!317 = !DILocation(line: 126, column: 14, scope: !310)
!318 = !DILocation(line: 126, column: 5, scope: !310)
!319 = !DILocation(line: 126, column: 8, scope: !310)
!320 = !DILocation(line: 126, column: 12, scope: !310)
!321 = !DILocation(line: 127, column: 18, scope: !310)
!322 = !DILocation(line: 127, column: 5, scope: !310)
!323 = !DILocation(line: 127, column: 11, scope: !310)
!324 = !DILocation(line: 127, column: 16, scope: !310)
!325 = !DILocation(line: 128, column: 3, scope: !310)
!326 = !DILocation(line: 129, column: 18, scope: !282)
!327 = !DILocation(line: 129, column: 3, scope: !282)
!328 = !DILocation(line: 129, column: 6, scope: !282)
!329 = !DILocation(line: 129, column: 16, scope: !282)
!330 = !DILocation(line: 130, column: 14, scope: !282)
!331 = !DILocation(line: 130, column: 3, scope: !282)
!332 = !DILocation(line: 130, column: 6, scope: !282)
!333 = !DILocation(line: 130, column: 12, scope: !282)
!334 = !DILocation(line: 131, column: 21, scope: !282)
!335 = !DILocation(line: 131, column: 3, scope: !282)
!336 = !DILocation(line: 131, column: 6, scope: !282)
!337 = !DILocation(line: 131, column: 19, scope: !282)
!338 = !DILocation(line: 132, column: 3, scope: !282)
!339 = !DILocation(line: 132, column: 6, scope: !282)
!340 = !DILocation(line: 132, column: 13, scope: !282)
!341 = !DILocation(line: 133, column: 3, scope: !282)
!342 = !DILocation(line: 133, column: 6, scope: !282)
!343 = !DILocation(line: 133, column: 11, scope: !282)
!344 = !DILocation(line: 134, column: 3, scope: !282)
!345 = !DILocation(line: 134, column: 6, scope: !282)
!346 = !DILocation(line: 134, column: 14, scope: !282)
!347 = !DILocation(line: 135, column: 3, scope: !282)
!348 = !DILocation(line: 135, column: 6, scope: !282)
!349 = !DILocation(line: 135, column: 12, scope: !282)
!350 = !DILocation(line: 136, column: 14, scope: !282)
!351 = !DILocation(line: 136, column: 17, scope: !282)
!352 = !DILocation(line: 136, column: 24, scope: !282)
!353 = !DILocation(line: 136, column: 74, scope: !282)
!354 = !DILocation(line: 136, column: 3, scope: !282)
!355 = !DILocation(line: 137, column: 18, scope: !282)
!356 = !DILocation(line: 137, column: 25, scope: !282)
!357 = !DILocation(line: 137, column: 28, scope: !282)
!358 = !DILocation(line: 137, column: 3, scope: !282)
!359 = !DILocation(line: 138, column: 18, scope: !360)
!360 = distinct !DILexicalBlock(scope: !282, file: !3, line: 138, column: 7)
!361 = !DILocation(line: 138, column: 21, scope: !360)
!362 = !DILocation(line: 138, column: 7, scope: !360)
!363 = !DILocation(line: 138, column: 31, scope: !360)
!364 = !DILocation(line: 138, column: 7, scope: !282)
!365 = !DILocation(line: 139, column: 5, scope: !360)
!366 = !DILocation(line: 140, column: 10, scope: !282)
!367 = !DILocation(line: 140, column: 3, scope: !282)
!368 = !DILocation(line: 141, column: 1, scope: !282)
!369 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 345, type: !370, scopeLine: 345, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!370 = !DISubroutineType(types: !371)
!371 = !{null, !50, !107, !36}
!372 = !DILocalVariable(name: "fd", arg: 1, scope: !369, file: !3, line: 345, type: !50)
!373 = !DILocation(line: 345, column: 31, scope: !369)
!374 = !DILocalVariable(name: "which", arg: 2, scope: !369, file: !3, line: 345, type: !107)
!375 = !DILocation(line: 345, column: 41, scope: !369)
!376 = !DILocalVariable(name: "arg", arg: 3, scope: !369, file: !3, line: 345, type: !36)
!377 = !DILocation(line: 345, column: 54, scope: !369)
!378 = !DILocalVariable(name: "c", scope: !369, file: !3, line: 346, type: !152)
!379 = !DILocation(line: 346, column: 9, scope: !369)
!380 = !DILocation(line: 346, column: 13, scope: !369)
!381 = !DILocation(line: 347, column: 9, scope: !369)
!382 = !DILocation(line: 348, column: 7, scope: !383)
!383 = distinct !DILexicalBlock(scope: !369, file: !3, line: 348, column: 7)
!384 = !DILocation(line: 348, column: 13, scope: !383)
!385 = !DILocation(line: 348, column: 16, scope: !383)
!386 = !DILocation(line: 348, column: 10, scope: !383)
!387 = !DILocation(line: 348, column: 7, scope: !369)
!388 = !DILocation(line: 349, column: 5, scope: !383)
!389 = !DILocation(line: 350, column: 17, scope: !369)
!390 = !DILocation(line: 350, column: 3, scope: !369)
!391 = !DILocation(line: 351, column: 1, scope: !369)
!392 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 204, type: !393, scopeLine: 205, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!393 = !DISubroutineType(types: !394)
!394 = !{null, !50, !5, !13}
!395 = !DILocalVariable(name: "sfd", arg: 1, scope: !392, file: !3, line: 204, type: !50)
!396 = !DILocation(line: 204, column: 28, scope: !392)
!397 = !DILocalVariable(name: "init_state", arg: 2, scope: !392, file: !3, line: 204, type: !5)
!398 = !DILocation(line: 204, column: 50, scope: !392)
!399 = !DILocalVariable(name: "transport", arg: 3, scope: !392, file: !3, line: 205, type: !13)
!400 = !DILocation(line: 205, column: 47, scope: !392)
!401 = !DILocalVariable(name: "item", scope: !392, file: !3, line: 206, type: !82)
!402 = !DILocation(line: 206, column: 12, scope: !392)
!403 = !DILocation(line: 206, column: 19, scope: !392)
!404 = !DILocation(line: 207, column: 7, scope: !405)
!405 = distinct !DILexicalBlock(scope: !392, file: !3, line: 207, column: 7)
!406 = !DILocation(line: 207, column: 12, scope: !405)
!407 = !DILocation(line: 207, column: 7, scope: !392)
!408 = !DILocation(line: 208, column: 11, scope: !409)
!409 = distinct !DILexicalBlock(scope: !405, file: !3, line: 207, column: 21)
!410 = !DILocation(line: 208, column: 5, scope: !409)
!411 = !DILocation(line: 209, column: 5, scope: !409)
!412 = !DILocalVariable(name: "tid", scope: !392, file: !3, line: 211, type: !50)
!413 = !DILocation(line: 211, column: 7, scope: !392)
!414 = !DILocation(line: 211, column: 14, scope: !392)
!415 = !DILocation(line: 211, column: 26, scope: !392)
!416 = !DILocation(line: 211, column: 31, scope: !392)
!417 = !DILocalVariable(name: "thread", scope: !392, file: !3, line: 212, type: !58)
!418 = !DILocation(line: 212, column: 20, scope: !392)
!419 = !DILocation(line: 212, column: 30, scope: !392)
!420 = !DILocation(line: 212, column: 38, scope: !392)
!421 = !DILocation(line: 213, column: 17, scope: !392)
!422 = !DILocation(line: 213, column: 15, scope: !392)
!423 = !DILocation(line: 214, column: 15, scope: !392)
!424 = !DILocation(line: 214, column: 3, scope: !392)
!425 = !DILocation(line: 214, column: 9, scope: !392)
!426 = !DILocation(line: 214, column: 13, scope: !392)
!427 = !DILocation(line: 215, column: 22, scope: !392)
!428 = !DILocation(line: 215, column: 3, scope: !392)
!429 = !DILocation(line: 215, column: 9, scope: !392)
!430 = !DILocation(line: 215, column: 20, scope: !392)
!431 = !DILocation(line: 216, column: 21, scope: !392)
!432 = !DILocation(line: 216, column: 3, scope: !392)
!433 = !DILocation(line: 216, column: 9, scope: !392)
!434 = !DILocation(line: 216, column: 19, scope: !392)
!435 = !DILocation(line: 217, column: 3, scope: !392)
!436 = !DILocation(line: 217, column: 9, scope: !392)
!437 = !DILocation(line: 217, column: 14, scope: !392)
!438 = !DILocation(line: 218, column: 17, scope: !392)
!439 = !DILocation(line: 218, column: 25, scope: !392)
!440 = !DILocation(line: 218, column: 3, scope: !392)
!441 = !DILocation(line: 219, column: 1, scope: !392)
!442 = distinct !DISubprogram(name: "cqi_new", scope: !3, file: !3, line: 144, type: !443, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!443 = !DISubroutineType(types: !444)
!444 = !{!82}
!445 = !DILocalVariable(name: "item", scope: !442, file: !3, line: 145, type: !82)
!446 = !DILocation(line: 145, column: 12, scope: !442)
!447 = !DILocation(line: 146, column: 3, scope: !442)
!448 = !DILocation(line: 147, column: 7, scope: !449)
!449 = distinct !DILexicalBlock(scope: !442, file: !3, line: 147, column: 7)
!450 = !DILocation(line: 147, column: 7, scope: !442)
!451 = !DILocation(line: 148, column: 12, scope: !452)
!452 = distinct !DILexicalBlock(scope: !449, file: !3, line: 147, column: 21)
!453 = !DILocation(line: 148, column: 10, scope: !452)
!454 = !DILocation(line: 149, column: 20, scope: !452)
!455 = !DILocation(line: 149, column: 26, scope: !452)
!456 = !DILocation(line: 149, column: 18, scope: !452)
!457 = !DILocation(line: 150, column: 3, scope: !452)
!458 = !DILocation(line: 151, column: 3, scope: !442)
!459 = !DILocation(line: 152, column: 7, scope: !460)
!460 = distinct !DILexicalBlock(scope: !442, file: !3, line: 152, column: 7)
!461 = !DILocation(line: 152, column: 12, scope: !460)
!462 = !DILocation(line: 152, column: 7, scope: !442)
!463 = !DILocation(line: 153, column: 12, scope: !460)
!464 = !DILocation(line: 153, column: 10, scope: !460)
!465 = !DILocation(line: 153, column: 5, scope: !460)
!466 = !DILocation(line: 154, column: 10, scope: !442)
!467 = !DILocation(line: 154, column: 3, scope: !442)
!468 = distinct !DISubprogram(name: "notify_worker", scope: !3, file: !3, line: 187, type: !469, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!469 = !DISubroutineType(types: !470)
!470 = !{null, !58, !82}
!471 = !DILocalVariable(name: "t", arg: 1, scope: !468, file: !3, line: 187, type: !58)
!472 = !DILocation(line: 187, column: 44, scope: !468)
!473 = !DILocalVariable(name: "item", arg: 2, scope: !468, file: !3, line: 187, type: !82)
!474 = !DILocation(line: 187, column: 56, scope: !468)
!475 = !DILocation(line: 188, column: 11, scope: !468)
!476 = !DILocation(line: 188, column: 14, scope: !468)
!477 = !DILocation(line: 188, column: 24, scope: !468)
!478 = !DILocation(line: 188, column: 3, scope: !468)
!479 = !DILocalVariable(name: "buf", scope: !468, file: !3, line: 189, type: !47)
!480 = !DILocation(line: 189, column: 8, scope: !468)
!481 = !DILocation(line: 190, column: 13, scope: !482)
!482 = distinct !DILexicalBlock(scope: !468, file: !3, line: 190, column: 7)
!483 = !DILocation(line: 190, column: 16, scope: !482)
!484 = !DILocation(line: 190, column: 7, scope: !482)
!485 = !DILocation(line: 190, column: 41, scope: !482)
!486 = !DILocation(line: 190, column: 7, scope: !468)
!487 = !DILocation(line: 191, column: 5, scope: !482)
!488 = !DILocation(line: 192, column: 1, scope: !468)
!489 = distinct !DISubprogram(name: "redispatch_conn", scope: !3, file: !3, line: 221, type: !490, scopeLine: 221, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!490 = !DISubroutineType(types: !491)
!491 = !{null, !152}
!492 = !DILocalVariable(name: "c", arg: 1, scope: !489, file: !3, line: 221, type: !152)
!493 = !DILocation(line: 221, column: 28, scope: !489)
!494 = !DILocation(line: 222, column: 20, scope: !489)
!495 = !DILocation(line: 222, column: 23, scope: !489)
!496 = !DILocation(line: 222, column: 31, scope: !489)
!497 = !DILocation(line: 222, column: 34, scope: !489)
!498 = !DILocation(line: 222, column: 3, scope: !489)
!499 = !DILocation(line: 223, column: 1, scope: !489)
!500 = distinct !DISubprogram(name: "notify_worker_fd", scope: !3, file: !3, line: 194, type: !501, scopeLine: 195, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!501 = !DISubroutineType(types: !502)
!502 = !{null, !58, !50, !18}
!503 = !DILocalVariable(name: "t", arg: 1, scope: !500, file: !3, line: 194, type: !58)
!504 = !DILocation(line: 194, column: 47, scope: !500)
!505 = !DILocalVariable(name: "sfd", arg: 2, scope: !500, file: !3, line: 194, type: !50)
!506 = !DILocation(line: 194, column: 54, scope: !500)
!507 = !DILocalVariable(name: "mode", arg: 3, scope: !500, file: !3, line: 195, type: !18)
!508 = !DILocation(line: 195, column: 57, scope: !500)
!509 = !DILocalVariable(name: "item", scope: !500, file: !3, line: 196, type: !82)
!510 = !DILocation(line: 196, column: 12, scope: !500)
!511 = !DILocation(line: 196, column: 19, scope: !500)
!512 = !DILocation(line: 197, column: 7, scope: !513)
!513 = distinct !DILexicalBlock(scope: !500, file: !3, line: 197, column: 7)
!514 = !DILocation(line: 197, column: 12, scope: !513)
!515 = !DILocation(line: 197, column: 7, scope: !500)
!516 = !DILocation(line: 198, column: 5, scope: !513)
!517 = !DILocation(line: 199, column: 16, scope: !500)
!518 = !DILocation(line: 199, column: 3, scope: !500)
!519 = !DILocation(line: 199, column: 9, scope: !500)
!520 = !DILocation(line: 199, column: 14, scope: !500)
!521 = !DILocation(line: 200, column: 15, scope: !500)
!522 = !DILocation(line: 200, column: 3, scope: !500)
!523 = !DILocation(line: 200, column: 9, scope: !500)
!524 = !DILocation(line: 200, column: 13, scope: !500)
!525 = !DILocation(line: 201, column: 17, scope: !500)
!526 = !DILocation(line: 201, column: 20, scope: !500)
!527 = !DILocation(line: 201, column: 3, scope: !500)
!528 = !DILocation(line: 202, column: 1, scope: !500)
!529 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 439, type: !530, scopeLine: 439, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !243)
!530 = !DISubroutineType(types: !531)
!531 = !{!50, !50, !532}
!532 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !533, size: 64)
!533 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!534 = !DILocalVariable(name: "argc", arg: 1, scope: !529, file: !3, line: 439, type: !50)
!535 = !DILocation(line: 439, column: 14, scope: !529)
!536 = !DILocalVariable(name: "argv", arg: 2, scope: !529, file: !3, line: 439, type: !532)
!537 = !DILocation(line: 439, column: 27, scope: !529)
!538 = !DILocation(line: 440, column: 15, scope: !529)
!539 = !DILocation(line: 440, column: 13, scope: !529)
!540 = !DILocation(line: 441, column: 11, scope: !529)
!541 = !DILocation(line: 441, column: 9, scope: !529)
!542 = !DILocation(line: 442, column: 7, scope: !543)
!543 = distinct !DILexicalBlock(scope: !529, file: !3, line: 442, column: 7)
!544 = !DILocation(line: 442, column: 13, scope: !543)
!545 = !DILocation(line: 442, column: 7, scope: !529)
!546 = !DILocation(line: 443, column: 5, scope: !543)
!547 = !DILocation(line: 444, column: 3, scope: !529)
!548 = !DILocation(line: 445, column: 7, scope: !549)
!549 = distinct !DILexicalBlock(scope: !529, file: !3, line: 445, column: 7)
!550 = !DILocation(line: 445, column: 12, scope: !549)
!551 = !DILocation(line: 445, column: 16, scope: !549)
!552 = !DILocation(line: 445, column: 38, scope: !549)
!553 = !DILocation(line: 445, column: 19, scope: !549)
!554 = !DILocation(line: 445, column: 7, scope: !529)
!555 = !DILocation(line: 446, column: 5, scope: !549)
!556 = !DILocation(line: 447, column: 7, scope: !557)
!557 = distinct !DILexicalBlock(scope: !529, file: !3, line: 447, column: 7)
!558 = !DILocation(line: 447, column: 43, scope: !557)
!559 = !DILocation(line: 448, column: 7, scope: !557)
!560 = !DILocation(line: 447, column: 7, scope: !529)
!561 = !DILocation(line: 449, column: 5, scope: !557)
!562 = !DILocation(line: 450, column: 26, scope: !529)
!563 = !DILocation(line: 450, column: 10, scope: !529)
!564 = !DILocation(line: 450, column: 3, scope: !529)
!565 = !DILocation(line: 451, column: 1, scope: !529)
!566 = distinct !DISubprogram(name: "thread_init", scope: !3, file: !3, line: 423, type: !567, scopeLine: 423, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!567 = !DISubroutineType(types: !568)
!568 = !{null}
!569 = !DILocation(line: 424, column: 13, scope: !566)
!570 = !DILocation(line: 424, column: 11, scope: !566)
!571 = !DILocation(line: 425, column: 7, scope: !572)
!572 = distinct !DILexicalBlock(scope: !566, file: !3, line: 425, column: 7)
!573 = !DILocation(line: 425, column: 15, scope: !572)
!574 = !DILocation(line: 425, column: 7, scope: !566)
!575 = !DILocation(line: 426, column: 5, scope: !572)
!576 = !DILocalVariable(name: "i", scope: !577, file: !3, line: 427, type: !50)
!577 = distinct !DILexicalBlock(scope: !566, file: !3, line: 427, column: 3)
!578 = !DILocation(line: 427, column: 12, scope: !577)
!579 = !DILocation(line: 427, column: 8, scope: !577)
!580 = !DILocation(line: 427, column: 19, scope: !581)
!581 = distinct !DILexicalBlock(scope: !577, file: !3, line: 427, column: 3)
!582 = !DILocation(line: 427, column: 21, scope: !581)
!583 = !DILocation(line: 427, column: 3, scope: !577)
!584 = !DILocalVariable(name: "fds", scope: !585, file: !3, line: 428, type: !586)
!585 = distinct !DILexicalBlock(scope: !581, file: !3, line: 427, column: 38)
!586 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 64, elements: !587)
!587 = !{!588}
!588 = !DISubrange(count: 2)
!589 = !DILocation(line: 428, column: 9, scope: !585)
!590 = !DILocation(line: 429, column: 14, scope: !591)
!591 = distinct !DILexicalBlock(scope: !585, file: !3, line: 429, column: 9)
!592 = !DILocation(line: 429, column: 9, scope: !591)
!593 = !DILocation(line: 429, column: 9, scope: !585)
!594 = !DILocation(line: 430, column: 7, scope: !591)
!595 = !DILocation(line: 431, column: 36, scope: !585)
!596 = !DILocation(line: 431, column: 5, scope: !585)
!597 = !DILocation(line: 431, column: 13, scope: !585)
!598 = !DILocation(line: 431, column: 16, scope: !585)
!599 = !DILocation(line: 431, column: 34, scope: !585)
!600 = !DILocation(line: 432, column: 33, scope: !585)
!601 = !DILocation(line: 432, column: 5, scope: !585)
!602 = !DILocation(line: 432, column: 13, scope: !585)
!603 = !DILocation(line: 432, column: 16, scope: !585)
!604 = !DILocation(line: 432, column: 31, scope: !585)
!605 = !DILocation(line: 433, column: 19, scope: !585)
!606 = !DILocation(line: 433, column: 27, scope: !585)
!607 = !DILocation(line: 433, column: 5, scope: !585)
!608 = !DILocation(line: 434, column: 3, scope: !585)
!609 = !DILocation(line: 427, column: 34, scope: !581)
!610 = !DILocation(line: 427, column: 3, scope: !581)
!611 = distinct !{!611, !583, !612, !613}
!612 = !DILocation(line: 434, column: 3, scope: !577)
!613 = !{!"llvm.loop.mustprogress"}
!614 = !DILocalVariable(name: "i", scope: !615, file: !3, line: 435, type: !50)
!615 = distinct !DILexicalBlock(scope: !566, file: !3, line: 435, column: 3)
!616 = !DILocation(line: 435, column: 12, scope: !615)
!617 = !DILocation(line: 435, column: 8, scope: !615)
!618 = !DILocation(line: 435, column: 19, scope: !619)
!619 = distinct !DILexicalBlock(scope: !615, file: !3, line: 435, column: 3)
!620 = !DILocation(line: 435, column: 21, scope: !619)
!621 = !DILocation(line: 435, column: 3, scope: !615)
!622 = !DILocation(line: 436, column: 21, scope: !619)
!623 = !DILocation(line: 436, column: 29, scope: !619)
!624 = !DILocation(line: 436, column: 32, scope: !619)
!625 = !DILocation(line: 436, column: 67, scope: !619)
!626 = !DILocation(line: 436, column: 75, scope: !619)
!627 = !DILocation(line: 436, column: 5, scope: !619)
!628 = !DILocation(line: 435, column: 34, scope: !619)
!629 = !DILocation(line: 435, column: 3, scope: !619)
!630 = distinct !{!630, !621, !631, !613}
!631 = !DILocation(line: 436, column: 77, scope: !615)
!632 = !DILocation(line: 437, column: 1, scope: !566)
!633 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 389, type: !634, scopeLine: 389, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!634 = !DISubroutineType(types: !635)
!635 = !{!50, !636}
!636 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !637, size: 64)
!637 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!638 = !DILocalVariable(name: "path", arg: 1, scope: !633, file: !3, line: 389, type: !636)
!639 = !DILocation(line: 389, column: 43, scope: !633)
!640 = !DILocalVariable(name: "sfd", scope: !633, file: !3, line: 390, type: !50)
!641 = !DILocation(line: 390, column: 7, scope: !633)
!642 = !DILocation(line: 390, column: 13, scope: !633)
!643 = !DILocation(line: 391, column: 7, scope: !644)
!644 = distinct !DILexicalBlock(scope: !633, file: !3, line: 391, column: 7)
!645 = !DILocation(line: 391, column: 11, scope: !644)
!646 = !DILocation(line: 391, column: 7, scope: !633)
!647 = !DILocation(line: 392, column: 5, scope: !644)
!648 = !DILocalVariable(name: "addr", scope: !633, file: !3, line: 393, type: !649)
!649 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !650, line: 29, size: 880, elements: !651)
!650 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!651 = !{!652, !653}
!652 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !649, file: !650, line: 31, baseType: !42, size: 16)
!653 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !649, file: !650, line: 32, baseType: !654, size: 864, offset: 16)
!654 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 864, elements: !655)
!655 = !{!656}
!656 = !DISubrange(count: 108)
!657 = !DILocation(line: 393, column: 22, scope: !633)
!658 = !DILocation(line: 394, column: 3, scope: !633)
!659 = !DILocation(line: 395, column: 8, scope: !633)
!660 = !DILocation(line: 395, column: 19, scope: !633)
!661 = !DILocation(line: 396, column: 16, scope: !633)
!662 = !DILocation(line: 396, column: 11, scope: !633)
!663 = !DILocation(line: 396, column: 26, scope: !633)
!664 = !DILocation(line: 396, column: 3, scope: !633)
!665 = !DILocation(line: 397, column: 12, scope: !666)
!666 = distinct !DILexicalBlock(scope: !633, file: !3, line: 397, column: 7)
!667 = !DILocation(line: 397, column: 7, scope: !666)
!668 = !DILocation(line: 397, column: 57, scope: !666)
!669 = !DILocation(line: 397, column: 63, scope: !666)
!670 = !DILocation(line: 398, column: 14, scope: !666)
!671 = !DILocation(line: 398, column: 7, scope: !666)
!672 = !DILocation(line: 398, column: 25, scope: !666)
!673 = !DILocation(line: 397, column: 7, scope: !633)
!674 = !DILocation(line: 399, column: 11, scope: !675)
!675 = distinct !DILexicalBlock(scope: !666, file: !3, line: 398, column: 32)
!676 = !DILocation(line: 399, column: 5, scope: !675)
!677 = !DILocation(line: 400, column: 5, scope: !675)
!678 = !DILocation(line: 402, column: 19, scope: !633)
!679 = !DILocation(line: 402, column: 57, scope: !633)
!680 = !DILocation(line: 402, column: 10, scope: !633)
!681 = !DILocation(line: 402, column: 68, scope: !633)
!682 = !DILocation(line: 402, column: 3, scope: !633)
!683 = !DILocation(line: 403, column: 1, scope: !633)
!684 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 353, type: !685, scopeLine: 353, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!685 = !DISubroutineType(types: !686)
!686 = !{!50, !50, !13}
!687 = !DILocalVariable(name: "port", arg: 1, scope: !684, file: !3, line: 353, type: !50)
!688 = !DILocation(line: 353, column: 30, scope: !684)
!689 = !DILocalVariable(name: "transport", arg: 2, scope: !684, file: !3, line: 353, type: !13)
!690 = !DILocation(line: 353, column: 59, scope: !684)
!691 = !DILocalVariable(name: "hints", scope: !684, file: !3, line: 354, type: !692)
!692 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !693, line: 565, size: 384, elements: !694)
!693 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!694 = !{!695, !696, !697, !698, !699, !700, !701, !702}
!695 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !692, file: !693, line: 567, baseType: !50, size: 32)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !692, file: !693, line: 568, baseType: !50, size: 32, offset: 32)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !692, file: !693, line: 569, baseType: !50, size: 32, offset: 64)
!698 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !692, file: !693, line: 570, baseType: !50, size: 32, offset: 96)
!699 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !692, file: !693, line: 571, baseType: !202, size: 32, offset: 128)
!700 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !692, file: !693, line: 572, baseType: !37, size: 64, offset: 192)
!701 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !692, file: !693, line: 573, baseType: !533, size: 64, offset: 256)
!702 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !692, file: !693, line: 574, baseType: !703, size: 64, offset: 320)
!703 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !692, size: 64)
!704 = !DILocation(line: 354, column: 19, scope: !684)
!705 = !DILocation(line: 355, column: 3, scope: !684)
!706 = !DILocation(line: 356, column: 9, scope: !684)
!707 = !DILocation(line: 356, column: 18, scope: !684)
!708 = !DILocation(line: 357, column: 9, scope: !684)
!709 = !DILocation(line: 357, column: 19, scope: !684)
!710 = !DILocation(line: 358, column: 23, scope: !684)
!711 = !DILocation(line: 358, column: 9, scope: !684)
!712 = !DILocation(line: 358, column: 21, scope: !684)
!713 = !DILocalVariable(name: "port_buf", scope: !684, file: !3, line: 359, type: !714)
!714 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 128, elements: !192)
!715 = !DILocation(line: 359, column: 8, scope: !684)
!716 = !DILocation(line: 360, column: 12, scope: !684)
!717 = !DILocation(line: 360, column: 46, scope: !684)
!718 = !DILocation(line: 360, column: 3, scope: !684)
!719 = !DILocalVariable(name: "ai", scope: !684, file: !3, line: 361, type: !703)
!720 = !DILocation(line: 361, column: 20, scope: !684)
!721 = !DILocation(line: 362, column: 25, scope: !722)
!722 = distinct !DILexicalBlock(scope: !684, file: !3, line: 362, column: 7)
!723 = !DILocation(line: 362, column: 7, scope: !722)
!724 = !DILocation(line: 362, column: 48, scope: !722)
!725 = !DILocation(line: 362, column: 7, scope: !684)
!726 = !DILocation(line: 363, column: 5, scope: !722)
!727 = !DILocalVariable(name: "next", scope: !728, file: !3, line: 364, type: !703)
!728 = distinct !DILexicalBlock(scope: !684, file: !3, line: 364, column: 3)
!729 = !DILocation(line: 364, column: 25, scope: !728)
!730 = !DILocation(line: 364, column: 32, scope: !728)
!731 = !DILocation(line: 364, column: 8, scope: !728)
!732 = !DILocation(line: 364, column: 36, scope: !733)
!733 = distinct !DILexicalBlock(scope: !728, file: !3, line: 364, column: 3)
!734 = !DILocation(line: 364, column: 3, scope: !728)
!735 = !DILocalVariable(name: "sfd", scope: !736, file: !3, line: 365, type: !50)
!736 = distinct !DILexicalBlock(scope: !733, file: !3, line: 364, column: 64)
!737 = !DILocation(line: 365, column: 9, scope: !736)
!738 = !DILocation(line: 365, column: 22, scope: !736)
!739 = !DILocation(line: 365, column: 28, scope: !736)
!740 = !DILocation(line: 365, column: 39, scope: !736)
!741 = !DILocation(line: 365, column: 45, scope: !736)
!742 = !DILocation(line: 365, column: 58, scope: !736)
!743 = !DILocation(line: 365, column: 64, scope: !736)
!744 = !DILocation(line: 365, column: 15, scope: !736)
!745 = !DILocation(line: 366, column: 9, scope: !746)
!746 = distinct !DILexicalBlock(scope: !736, file: !3, line: 366, column: 9)
!747 = !DILocation(line: 366, column: 13, scope: !746)
!748 = !DILocation(line: 366, column: 9, scope: !736)
!749 = !DILocation(line: 367, column: 7, scope: !746)
!750 = !DILocation(line: 368, column: 14, scope: !751)
!751 = distinct !DILexicalBlock(scope: !736, file: !3, line: 368, column: 9)
!752 = !DILocation(line: 368, column: 19, scope: !751)
!753 = !DILocation(line: 368, column: 25, scope: !751)
!754 = !DILocation(line: 368, column: 34, scope: !751)
!755 = !DILocation(line: 368, column: 40, scope: !751)
!756 = !DILocation(line: 368, column: 9, scope: !751)
!757 = !DILocation(line: 368, column: 52, scope: !751)
!758 = !DILocation(line: 368, column: 9, scope: !736)
!759 = !DILocation(line: 369, column: 13, scope: !760)
!760 = distinct !DILexicalBlock(scope: !751, file: !3, line: 368, column: 59)
!761 = !DILocation(line: 369, column: 7, scope: !760)
!762 = !DILocation(line: 370, column: 7, scope: !760)
!763 = !DILocation(line: 372, column: 10, scope: !764)
!764 = distinct !DILexicalBlock(scope: !736, file: !3, line: 372, column: 9)
!765 = !DILocation(line: 372, column: 28, scope: !764)
!766 = !DILocation(line: 372, column: 38, scope: !764)
!767 = !DILocation(line: 372, column: 31, scope: !764)
!768 = !DILocation(line: 372, column: 49, scope: !764)
!769 = !DILocation(line: 372, column: 9, scope: !736)
!770 = !DILocation(line: 373, column: 13, scope: !771)
!771 = distinct !DILexicalBlock(scope: !764, file: !3, line: 372, column: 56)
!772 = !DILocation(line: 373, column: 7, scope: !771)
!773 = !DILocation(line: 374, column: 7, scope: !771)
!774 = !DILocation(line: 376, column: 9, scope: !775)
!775 = distinct !DILexicalBlock(scope: !736, file: !3, line: 376, column: 9)
!776 = !DILocation(line: 376, column: 9, scope: !736)
!777 = !DILocalVariable(name: "t", scope: !778, file: !3, line: 378, type: !50)
!778 = distinct !DILexicalBlock(scope: !779, file: !3, line: 378, column: 7)
!779 = distinct !DILexicalBlock(scope: !775, file: !3, line: 376, column: 28)
!780 = !DILocation(line: 378, column: 16, scope: !778)
!781 = !DILocation(line: 378, column: 12, scope: !778)
!782 = !DILocation(line: 378, column: 23, scope: !783)
!783 = distinct !DILexicalBlock(scope: !778, file: !3, line: 378, column: 7)
!784 = !DILocation(line: 378, column: 25, scope: !783)
!785 = !DILocation(line: 378, column: 7, scope: !778)
!786 = !DILocation(line: 379, column: 27, scope: !783)
!787 = !DILocation(line: 379, column: 43, scope: !783)
!788 = !DILocation(line: 379, column: 9, scope: !783)
!789 = !DILocation(line: 378, column: 38, scope: !783)
!790 = !DILocation(line: 378, column: 7, scope: !783)
!791 = distinct !{!791, !785, !792, !613}
!792 = !DILocation(line: 379, column: 52, scope: !778)
!793 = !DILocation(line: 380, column: 5, scope: !779)
!794 = !DILocation(line: 380, column: 25, scope: !795)
!795 = distinct !DILexicalBlock(scope: !775, file: !3, line: 380, column: 16)
!796 = !DILocation(line: 380, column: 46, scope: !795)
!797 = !DILocation(line: 380, column: 57, scope: !795)
!798 = !DILocation(line: 380, column: 16, scope: !795)
!799 = !DILocation(line: 380, column: 68, scope: !795)
!800 = !DILocation(line: 380, column: 16, scope: !775)
!801 = !DILocation(line: 381, column: 20, scope: !802)
!802 = distinct !DILexicalBlock(scope: !795, file: !3, line: 380, column: 77)
!803 = !DILocation(line: 381, column: 7, scope: !802)
!804 = !DILocation(line: 382, column: 7, scope: !802)
!805 = !DILocation(line: 384, column: 3, scope: !736)
!806 = !DILocation(line: 364, column: 49, scope: !733)
!807 = !DILocation(line: 364, column: 55, scope: !733)
!808 = !DILocation(line: 364, column: 47, scope: !733)
!809 = !DILocation(line: 364, column: 3, scope: !733)
!810 = distinct !{!810, !734, !811, !613}
!811 = !DILocation(line: 384, column: 3, scope: !728)
!812 = !DILocation(line: 385, column: 16, scope: !684)
!813 = !DILocation(line: 385, column: 3, scope: !684)
!814 = !DILocation(line: 386, column: 3, scope: !684)
!815 = !DILocation(line: 387, column: 1, scope: !684)
!816 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 170, type: !817, scopeLine: 170, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!817 = !DISubroutineType(types: !818)
!818 = !{null, !77, !82}
!819 = !DILocalVariable(name: "cq", arg: 1, scope: !816, file: !3, line: 170, type: !77)
!820 = !DILocation(line: 170, column: 25, scope: !816)
!821 = !DILocalVariable(name: "item", arg: 2, scope: !816, file: !3, line: 170, type: !82)
!822 = !DILocation(line: 170, column: 38, scope: !816)
!823 = !DILocation(line: 171, column: 3, scope: !816)
!824 = !DILocation(line: 171, column: 9, scope: !816)
!825 = !DILocation(line: 171, column: 14, scope: !816)
!826 = !DILocation(line: 172, column: 23, scope: !816)
!827 = !DILocation(line: 172, column: 27, scope: !816)
!828 = !DILocation(line: 172, column: 3, scope: !816)
!829 = !DILocation(line: 173, column: 15, scope: !816)
!830 = !DILocation(line: 173, column: 4, scope: !816)
!831 = !DILocation(line: 173, column: 8, scope: !816)
!832 = !DILocation(line: 173, column: 13, scope: !816)
!833 = !DILocation(line: 174, column: 15, scope: !816)
!834 = !DILocation(line: 174, column: 21, scope: !816)
!835 = !DILocation(line: 174, column: 3, scope: !816)
!836 = !DILocation(line: 174, column: 7, scope: !816)
!837 = !DILocation(line: 174, column: 12, scope: !816)
!838 = !DILocation(line: 175, column: 25, scope: !816)
!839 = !DILocation(line: 175, column: 29, scope: !816)
!840 = !DILocation(line: 175, column: 3, scope: !816)
!841 = !DILocation(line: 176, column: 1, scope: !816)
!842 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 291, type: !490, scopeLine: 291, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!843 = !DILocalVariable(name: "c", arg: 1, scope: !842, file: !3, line: 291, type: !152)
!844 = !DILocation(line: 291, column: 33, scope: !842)
!845 = !DILocalVariable(name: "stop", scope: !842, file: !3, line: 292, type: !846)
!846 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!847 = !DILocation(line: 292, column: 8, scope: !842)
!848 = !DILocation(line: 293, column: 3, scope: !842)
!849 = !DILocation(line: 293, column: 11, scope: !842)
!850 = !DILocation(line: 293, column: 10, scope: !842)
!851 = !DILocation(line: 294, column: 13, scope: !852)
!852 = distinct !DILexicalBlock(scope: !842, file: !3, line: 293, column: 17)
!853 = !DILocation(line: 294, column: 16, scope: !852)
!854 = !DILocation(line: 294, column: 5, scope: !852)
!855 = !DILocalVariable(name: "addr", scope: !856, file: !3, line: 296, type: !858)
!856 = distinct !DILexicalBlock(scope: !857, file: !3, line: 295, column: 26)
!857 = distinct !DILexicalBlock(scope: !852, file: !3, line: 294, column: 23)
!858 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !39, line: 196, size: 1024, elements: !859)
!859 = !{!860, !861, !865}
!860 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !858, file: !39, line: 198, baseType: !42, size: 16)
!861 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !858, file: !39, line: 199, baseType: !862, size: 944, offset: 16)
!862 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 944, elements: !863)
!863 = !{!864}
!864 = !DISubrange(count: 118)
!865 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !858, file: !39, line: 200, baseType: !65, size: 64, offset: 960)
!866 = !DILocation(line: 296, column: 31, scope: !856)
!867 = !DILocalVariable(name: "addrlen", scope: !856, file: !3, line: 297, type: !202)
!868 = !DILocation(line: 297, column: 17, scope: !856)
!869 = !DILocalVariable(name: "sfd", scope: !856, file: !3, line: 298, type: !50)
!870 = !DILocation(line: 298, column: 11, scope: !856)
!871 = !DILocation(line: 298, column: 24, scope: !856)
!872 = !DILocation(line: 298, column: 27, scope: !856)
!873 = !DILocation(line: 298, column: 17, scope: !856)
!874 = !DILocation(line: 299, column: 11, scope: !875)
!875 = distinct !DILexicalBlock(scope: !856, file: !3, line: 299, column: 11)
!876 = !DILocation(line: 299, column: 15, scope: !875)
!877 = !DILocation(line: 299, column: 11, scope: !856)
!878 = !DILocation(line: 300, column: 14, scope: !879)
!879 = distinct !DILexicalBlock(scope: !875, file: !3, line: 299, column: 22)
!880 = !DILocation(line: 301, column: 9, scope: !879)
!881 = !DILocation(line: 303, column: 25, scope: !856)
!882 = !DILocation(line: 303, column: 44, scope: !856)
!883 = !DILocation(line: 303, column: 47, scope: !856)
!884 = !DILocation(line: 303, column: 7, scope: !856)
!885 = !DILocation(line: 304, column: 12, scope: !856)
!886 = !DILocation(line: 305, column: 7, scope: !856)
!887 = !DILocation(line: 308, column: 7, scope: !857)
!888 = !DILocation(line: 308, column: 10, scope: !857)
!889 = !DILocation(line: 308, column: 17, scope: !857)
!890 = !DILocation(line: 309, column: 22, scope: !857)
!891 = !DILocation(line: 309, column: 7, scope: !857)
!892 = !DILocation(line: 310, column: 7, scope: !857)
!893 = !DILocalVariable(name: "res", scope: !894, file: !3, line: 312, type: !50)
!894 = distinct !DILexicalBlock(scope: !857, file: !3, line: 311, column: 21)
!895 = !DILocation(line: 312, column: 11, scope: !894)
!896 = !DILocation(line: 312, column: 17, scope: !894)
!897 = !DILocation(line: 312, column: 53, scope: !894)
!898 = !DILocation(line: 312, column: 40, scope: !894)
!899 = !DILocation(line: 312, column: 75, scope: !894)
!900 = !DILocation(line: 312, column: 58, scope: !894)
!901 = !DILocation(line: 313, column: 12, scope: !902)
!902 = distinct !DILexicalBlock(scope: !894, file: !3, line: 313, column: 11)
!903 = !DILocation(line: 313, column: 11, scope: !894)
!904 = !DILocation(line: 314, column: 14, scope: !905)
!905 = distinct !DILexicalBlock(scope: !902, file: !3, line: 313, column: 17)
!906 = !DILocation(line: 315, column: 9, scope: !905)
!907 = !DILocation(line: 317, column: 11, scope: !908)
!908 = distinct !DILexicalBlock(scope: !894, file: !3, line: 317, column: 11)
!909 = !DILocation(line: 317, column: 14, scope: !908)
!910 = !DILocation(line: 317, column: 22, scope: !908)
!911 = !DILocation(line: 317, column: 11, scope: !894)
!912 = !DILocation(line: 318, column: 14, scope: !913)
!913 = distinct !DILexicalBlock(scope: !914, file: !3, line: 318, column: 13)
!914 = distinct !DILexicalBlock(scope: !908, file: !3, line: 317, column: 30)
!915 = !DILocation(line: 318, column: 13, scope: !914)
!916 = !DILocation(line: 319, column: 11, scope: !913)
!917 = !DILocation(line: 319, column: 14, scope: !913)
!918 = !DILocation(line: 319, column: 20, scope: !913)
!919 = !DILocation(line: 320, column: 24, scope: !914)
!920 = !DILocation(line: 320, column: 9, scope: !914)
!921 = !DILocation(line: 321, column: 9, scope: !914)
!922 = !DILocation(line: 323, column: 11, scope: !894)
!923 = !DILocation(line: 324, column: 25, scope: !894)
!924 = !DILocation(line: 324, column: 7, scope: !894)
!925 = !DILocation(line: 324, column: 10, scope: !894)
!926 = !DILocation(line: 324, column: 23, scope: !894)
!927 = !DILocation(line: 325, column: 22, scope: !894)
!928 = !DILocation(line: 325, column: 7, scope: !894)
!929 = !DILocation(line: 326, column: 7, scope: !894)
!930 = !DILocation(line: 329, column: 21, scope: !931)
!931 = distinct !DILexicalBlock(scope: !857, file: !3, line: 329, column: 11)
!932 = !DILocation(line: 329, column: 12, scope: !931)
!933 = !DILocation(line: 329, column: 11, scope: !857)
!934 = !DILocation(line: 330, column: 24, scope: !935)
!935 = distinct !DILexicalBlock(scope: !931, file: !3, line: 329, column: 25)
!936 = !DILocation(line: 330, column: 9, scope: !935)
!937 = !DILocation(line: 331, column: 9, scope: !935)
!938 = !DILocation(line: 333, column: 22, scope: !857)
!939 = !DILocation(line: 333, column: 25, scope: !857)
!940 = !DILocation(line: 333, column: 28, scope: !857)
!941 = !DILocation(line: 333, column: 7, scope: !857)
!942 = !DILocation(line: 334, column: 12, scope: !857)
!943 = !DILocation(line: 335, column: 7, scope: !857)
!944 = !DILocation(line: 337, column: 12, scope: !945)
!945 = distinct !DILexicalBlock(scope: !857, file: !3, line: 337, column: 11)
!946 = !DILocation(line: 337, column: 11, scope: !857)
!947 = !DILocation(line: 338, column: 20, scope: !945)
!948 = !DILocation(line: 338, column: 9, scope: !945)
!949 = !DILocation(line: 339, column: 12, scope: !857)
!950 = !DILocation(line: 340, column: 7, scope: !857)
!951 = distinct !{!951, !848, !952, !613}
!952 = !DILocation(line: 342, column: 3, scope: !842)
!953 = !DILocation(line: 343, column: 1, scope: !842)
!954 = distinct !DISubprogram(name: "conn_set_state", scope: !3, file: !3, line: 113, type: !955, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!955 = !DISubroutineType(types: !956)
!956 = !{null, !152, !5}
!957 = !DILocalVariable(name: "c", arg: 1, scope: !954, file: !3, line: 113, type: !152)
!958 = !DILocation(line: 113, column: 34, scope: !954)
!959 = !DILocalVariable(name: "state", arg: 2, scope: !954, file: !3, line: 113, type: !5)
!960 = !DILocation(line: 113, column: 54, scope: !954)
!961 = !DILocation(line: 114, column: 14, scope: !954)
!962 = !DILocation(line: 114, column: 3, scope: !954)
!963 = !DILocation(line: 114, column: 6, scope: !954)
!964 = !DILocation(line: 114, column: 12, scope: !954)
!965 = !DILocation(line: 115, column: 1, scope: !954)
!966 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 258, type: !967, scopeLine: 258, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!967 = !DISubroutineType(types: !968)
!968 = !{!50, !152}
!969 = !DILocalVariable(name: "c", arg: 1, scope: !966, file: !3, line: 258, type: !152)
!970 = !DILocation(line: 258, column: 31, scope: !966)
!971 = !DILocation(line: 259, column: 3, scope: !966)
!972 = !DILocation(line: 259, column: 6, scope: !966)
!973 = !DILocation(line: 259, column: 24, scope: !966)
!974 = !DILocalVariable(name: "res", scope: !966, file: !3, line: 260, type: !208)
!975 = !DILocation(line: 260, column: 11, scope: !966)
!976 = !DILocation(line: 260, column: 26, scope: !966)
!977 = !DILocation(line: 260, column: 29, scope: !966)
!978 = !DILocation(line: 260, column: 34, scope: !966)
!979 = !DILocation(line: 260, column: 37, scope: !966)
!980 = !DILocation(line: 261, column: 46, scope: !966)
!981 = !DILocation(line: 261, column: 49, scope: !966)
!982 = !DILocation(line: 262, column: 27, scope: !966)
!983 = !DILocation(line: 262, column: 30, scope: !966)
!984 = !DILocation(line: 260, column: 17, scope: !966)
!985 = !DILocation(line: 263, column: 7, scope: !986)
!986 = distinct !DILexicalBlock(scope: !966, file: !3, line: 263, column: 7)
!987 = !DILocation(line: 263, column: 11, scope: !986)
!988 = !DILocation(line: 263, column: 7, scope: !966)
!989 = !DILocation(line: 264, column: 22, scope: !990)
!990 = distinct !DILexicalBlock(scope: !986, file: !3, line: 263, column: 16)
!991 = !DILocation(line: 264, column: 17, scope: !990)
!992 = !DILocation(line: 264, column: 5, scope: !990)
!993 = !DILocation(line: 264, column: 8, scope: !990)
!994 = !DILocation(line: 264, column: 15, scope: !990)
!995 = !DILocation(line: 265, column: 5, scope: !990)
!996 = !DILocation(line: 267, column: 3, scope: !966)
!997 = !DILocation(line: 268, column: 1, scope: !966)
!998 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 270, type: !967, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!999 = !DILocalVariable(name: "c", arg: 1, scope: !998, file: !3, line: 270, type: !152)
!1000 = !DILocation(line: 270, column: 35, scope: !998)
!1001 = !DILocalVariable(name: "res", scope: !998, file: !3, line: 271, type: !208)
!1002 = !DILocation(line: 271, column: 11, scope: !998)
!1003 = !DILocation(line: 271, column: 17, scope: !998)
!1004 = !DILocation(line: 271, column: 20, scope: !998)
!1005 = !DILocation(line: 271, column: 25, scope: !998)
!1006 = !DILocation(line: 271, column: 28, scope: !998)
!1007 = !DILocation(line: 271, column: 31, scope: !998)
!1008 = !DILocation(line: 271, column: 38, scope: !998)
!1009 = !DILocation(line: 271, column: 41, scope: !998)
!1010 = !DILocation(line: 271, column: 36, scope: !998)
!1011 = !DILocation(line: 271, column: 67, scope: !998)
!1012 = !DILocation(line: 271, column: 70, scope: !998)
!1013 = !DILocation(line: 271, column: 65, scope: !998)
!1014 = !DILocation(line: 272, column: 7, scope: !1015)
!1015 = distinct !DILexicalBlock(scope: !998, file: !3, line: 272, column: 7)
!1016 = !DILocation(line: 272, column: 11, scope: !1015)
!1017 = !DILocation(line: 272, column: 7, scope: !998)
!1018 = !DILocation(line: 273, column: 5, scope: !1015)
!1019 = !DILocation(line: 274, column: 21, scope: !998)
!1020 = !DILocation(line: 274, column: 16, scope: !998)
!1021 = !DILocation(line: 274, column: 3, scope: !998)
!1022 = !DILocation(line: 274, column: 6, scope: !998)
!1023 = !DILocation(line: 274, column: 13, scope: !998)
!1024 = !DILocation(line: 275, column: 3, scope: !998)
!1025 = !DILocation(line: 276, column: 1, scope: !998)
!1026 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 278, type: !967, scopeLine: 278, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1027 = !DILocalVariable(name: "c", arg: 1, scope: !1026, file: !3, line: 278, type: !152)
!1028 = !DILocation(line: 278, column: 27, scope: !1026)
!1029 = !DILocalVariable(name: "iov", scope: !1026, file: !3, line: 279, type: !224)
!1030 = !DILocation(line: 279, column: 16, scope: !1026)
!1031 = !DILocalVariable(name: "msg", scope: !1026, file: !3, line: 280, type: !218)
!1032 = !DILocation(line: 280, column: 17, scope: !1026)
!1033 = !DILocation(line: 281, column: 3, scope: !1026)
!1034 = !DILocation(line: 282, column: 7, scope: !1026)
!1035 = !DILocation(line: 282, column: 15, scope: !1026)
!1036 = !DILocation(line: 283, column: 7, scope: !1026)
!1037 = !DILocation(line: 283, column: 18, scope: !1026)
!1038 = !DILocation(line: 284, column: 8, scope: !1039)
!1039 = distinct !DILexicalBlock(scope: !1026, file: !3, line: 284, column: 7)
!1040 = !DILocation(line: 284, column: 7, scope: !1026)
!1041 = !DILocation(line: 285, column: 12, scope: !1039)
!1042 = !DILocation(line: 285, column: 15, scope: !1039)
!1043 = !DILocation(line: 285, column: 23, scope: !1039)
!1044 = !DILocation(line: 285, column: 35, scope: !1039)
!1045 = !DILocation(line: 285, column: 5, scope: !1039)
!1046 = !DILocation(line: 286, column: 19, scope: !1026)
!1047 = !DILocation(line: 286, column: 22, scope: !1026)
!1048 = !DILocation(line: 286, column: 7, scope: !1026)
!1049 = !DILocation(line: 286, column: 16, scope: !1026)
!1050 = !DILocation(line: 287, column: 21, scope: !1026)
!1051 = !DILocation(line: 287, column: 24, scope: !1026)
!1052 = !DILocation(line: 287, column: 7, scope: !1026)
!1053 = !DILocation(line: 287, column: 19, scope: !1026)
!1054 = !DILocation(line: 288, column: 18, scope: !1026)
!1055 = !DILocation(line: 288, column: 21, scope: !1026)
!1056 = !DILocation(line: 288, column: 10, scope: !1026)
!1057 = !DILocation(line: 288, column: 35, scope: !1026)
!1058 = !DILocation(line: 288, column: 3, scope: !1026)
!1059 = !DILocation(line: 289, column: 1, scope: !1026)
!1060 = distinct !DISubprogram(name: "conn_close", scope: !3, file: !3, line: 225, type: !490, scopeLine: 225, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1061 = !DILocalVariable(name: "c", arg: 1, scope: !1060, file: !3, line: 225, type: !152)
!1062 = !DILocation(line: 225, column: 30, scope: !1060)
!1063 = !DILocation(line: 226, column: 14, scope: !1060)
!1064 = !DILocation(line: 226, column: 17, scope: !1060)
!1065 = !DILocation(line: 226, column: 3, scope: !1060)
!1066 = !DILocation(line: 227, column: 9, scope: !1060)
!1067 = !DILocation(line: 227, column: 12, scope: !1060)
!1068 = !DILocation(line: 227, column: 3, scope: !1060)
!1069 = !DILocation(line: 228, column: 1, scope: !1060)
!1070 = distinct !DISubprogram(name: "setup_thread", scope: !3, file: !3, line: 411, type: !1071, scopeLine: 411, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1071 = !DISubroutineType(types: !1072)
!1072 = !{null, !58}
!1073 = !DILocalVariable(name: "me", arg: 1, scope: !1070, file: !3, line: 411, type: !58)
!1074 = !DILocation(line: 411, column: 43, scope: !1070)
!1075 = !DILocation(line: 412, column: 14, scope: !1070)
!1076 = !DILocation(line: 412, column: 3, scope: !1070)
!1077 = !DILocation(line: 412, column: 7, scope: !1070)
!1078 = !DILocation(line: 412, column: 12, scope: !1070)
!1079 = !DILocation(line: 413, column: 14, scope: !1070)
!1080 = !DILocation(line: 413, column: 18, scope: !1070)
!1081 = !DILocation(line: 413, column: 32, scope: !1070)
!1082 = !DILocation(line: 413, column: 36, scope: !1070)
!1083 = !DILocation(line: 414, column: 38, scope: !1070)
!1084 = !DILocation(line: 413, column: 3, scope: !1070)
!1085 = !DILocation(line: 415, column: 18, scope: !1070)
!1086 = !DILocation(line: 415, column: 22, scope: !1070)
!1087 = !DILocation(line: 415, column: 29, scope: !1070)
!1088 = !DILocation(line: 415, column: 33, scope: !1070)
!1089 = !DILocation(line: 415, column: 3, scope: !1070)
!1090 = !DILocation(line: 416, column: 14, scope: !1070)
!1091 = !DILocation(line: 416, column: 18, scope: !1070)
!1092 = !DILocation(line: 416, column: 3, scope: !1070)
!1093 = !DILocation(line: 417, column: 18, scope: !1070)
!1094 = !DILocation(line: 417, column: 3, scope: !1070)
!1095 = !DILocation(line: 417, column: 7, scope: !1070)
!1096 = !DILocation(line: 417, column: 16, scope: !1070)
!1097 = !DILocation(line: 418, column: 7, scope: !1098)
!1098 = distinct !DILexicalBlock(scope: !1070, file: !3, line: 418, column: 7)
!1099 = !DILocation(line: 418, column: 11, scope: !1098)
!1100 = !DILocation(line: 418, column: 20, scope: !1098)
!1101 = !DILocation(line: 418, column: 7, scope: !1070)
!1102 = !DILocation(line: 419, column: 5, scope: !1098)
!1103 = !DILocation(line: 420, column: 11, scope: !1070)
!1104 = !DILocation(line: 420, column: 15, scope: !1070)
!1105 = !DILocation(line: 420, column: 3, scope: !1070)
!1106 = !DILocation(line: 421, column: 1, scope: !1070)
!1107 = distinct !DISubprogram(name: "worker_libevent", scope: !3, file: !3, line: 405, type: !1108, scopeLine: 405, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1108 = !DISubroutineType(types: !1109)
!1109 = !{!36, !36}
!1110 = !DILocalVariable(name: "arg", arg: 1, scope: !1107, file: !3, line: 405, type: !36)
!1111 = !DILocation(line: 405, column: 36, scope: !1107)
!1112 = !DILocalVariable(name: "me", scope: !1107, file: !3, line: 406, type: !58)
!1113 = !DILocation(line: 406, column: 20, scope: !1107)
!1114 = !DILocation(line: 406, column: 25, scope: !1107)
!1115 = !DILocation(line: 407, column: 19, scope: !1107)
!1116 = !DILocation(line: 407, column: 23, scope: !1107)
!1117 = !DILocation(line: 407, column: 3, scope: !1107)
!1118 = !DILocation(line: 408, column: 3, scope: !1107)
!1119 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 230, type: !370, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1120 = !DILocalVariable(name: "fd", arg: 1, scope: !1119, file: !3, line: 230, type: !50)
!1121 = !DILocation(line: 230, column: 41, scope: !1119)
!1122 = !DILocalVariable(name: "which", arg: 2, scope: !1119, file: !3, line: 230, type: !107)
!1123 = !DILocation(line: 230, column: 51, scope: !1119)
!1124 = !DILocalVariable(name: "arg", arg: 3, scope: !1119, file: !3, line: 230, type: !36)
!1125 = !DILocation(line: 230, column: 64, scope: !1119)
!1126 = !DILocalVariable(name: "me", scope: !1119, file: !3, line: 231, type: !58)
!1127 = !DILocation(line: 231, column: 20, scope: !1119)
!1128 = !DILocation(line: 231, column: 25, scope: !1119)
!1129 = !DILocalVariable(name: "buf", scope: !1119, file: !3, line: 232, type: !47)
!1130 = !DILocation(line: 232, column: 8, scope: !1119)
!1131 = !DILocation(line: 233, column: 9, scope: !1119)
!1132 = !DILocation(line: 234, column: 12, scope: !1133)
!1133 = distinct !DILexicalBlock(scope: !1119, file: !3, line: 234, column: 7)
!1134 = !DILocation(line: 234, column: 7, scope: !1133)
!1135 = !DILocation(line: 234, column: 25, scope: !1133)
!1136 = !DILocation(line: 234, column: 7, scope: !1119)
!1137 = !DILocation(line: 235, column: 5, scope: !1133)
!1138 = !DILocalVariable(name: "item", scope: !1119, file: !3, line: 236, type: !82)
!1139 = !DILocation(line: 236, column: 12, scope: !1119)
!1140 = !DILocation(line: 236, column: 26, scope: !1119)
!1141 = !DILocation(line: 236, column: 30, scope: !1119)
!1142 = !DILocation(line: 236, column: 19, scope: !1119)
!1143 = !DILocation(line: 237, column: 7, scope: !1144)
!1144 = distinct !DILexicalBlock(scope: !1119, file: !3, line: 237, column: 7)
!1145 = !DILocation(line: 237, column: 12, scope: !1144)
!1146 = !DILocation(line: 237, column: 7, scope: !1119)
!1147 = !DILocation(line: 238, column: 5, scope: !1144)
!1148 = !DILocation(line: 239, column: 11, scope: !1119)
!1149 = !DILocation(line: 239, column: 17, scope: !1119)
!1150 = !DILocation(line: 239, column: 3, scope: !1119)
!1151 = !DILocalVariable(name: "c", scope: !1152, file: !3, line: 241, type: !152)
!1152 = distinct !DILexicalBlock(scope: !1153, file: !3, line: 240, column: 24)
!1153 = distinct !DILexicalBlock(scope: !1119, file: !3, line: 239, column: 23)
!1154 = !DILocation(line: 241, column: 11, scope: !1152)
!1155 = !DILocation(line: 241, column: 24, scope: !1152)
!1156 = !DILocation(line: 241, column: 30, scope: !1152)
!1157 = !DILocation(line: 241, column: 35, scope: !1152)
!1158 = !DILocation(line: 241, column: 41, scope: !1152)
!1159 = !DILocation(line: 241, column: 53, scope: !1152)
!1160 = !DILocation(line: 241, column: 59, scope: !1152)
!1161 = !DILocation(line: 241, column: 70, scope: !1152)
!1162 = !DILocation(line: 241, column: 74, scope: !1152)
!1163 = !DILocation(line: 241, column: 15, scope: !1152)
!1164 = !DILocation(line: 242, column: 9, scope: !1165)
!1165 = distinct !DILexicalBlock(scope: !1152, file: !3, line: 242, column: 9)
!1166 = !DILocation(line: 242, column: 11, scope: !1165)
!1167 = !DILocation(line: 242, column: 9, scope: !1152)
!1168 = !DILocation(line: 243, column: 13, scope: !1165)
!1169 = !DILocation(line: 243, column: 19, scope: !1165)
!1170 = !DILocation(line: 243, column: 7, scope: !1165)
!1171 = !DILocation(line: 245, column: 19, scope: !1165)
!1172 = !DILocation(line: 245, column: 7, scope: !1165)
!1173 = !DILocation(line: 245, column: 10, scope: !1165)
!1174 = !DILocation(line: 245, column: 17, scope: !1165)
!1175 = !DILocation(line: 246, column: 5, scope: !1152)
!1176 = !DILocation(line: 249, column: 16, scope: !1153)
!1177 = !DILocation(line: 249, column: 22, scope: !1153)
!1178 = !DILocation(line: 249, column: 28, scope: !1153)
!1179 = !DILocation(line: 249, column: 5, scope: !1153)
!1180 = !DILocation(line: 250, column: 5, scope: !1153)
!1181 = !DILocation(line: 252, column: 16, scope: !1153)
!1182 = !DILocation(line: 252, column: 22, scope: !1153)
!1183 = !DILocation(line: 252, column: 28, scope: !1153)
!1184 = !DILocation(line: 252, column: 34, scope: !1153)
!1185 = !DILocation(line: 252, column: 5, scope: !1153)
!1186 = !DILocation(line: 253, column: 5, scope: !1153)
!1187 = !DILocation(line: 255, column: 12, scope: !1119)
!1188 = !DILocation(line: 255, column: 3, scope: !1119)
!1189 = !DILocation(line: 256, column: 1, scope: !1119)
!1190 = distinct !DISubprogram(name: "cq_init", scope: !3, file: !3, line: 164, type: !1191, scopeLine: 164, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1191 = !DISubroutineType(types: !1192)
!1192 = !{null, !77}
!1193 = !DILocalVariable(name: "cq", arg: 1, scope: !1190, file: !3, line: 164, type: !77)
!1194 = !DILocation(line: 164, column: 25, scope: !1190)
!1195 = !DILocation(line: 165, column: 23, scope: !1190)
!1196 = !DILocation(line: 165, column: 27, scope: !1190)
!1197 = !DILocation(line: 165, column: 3, scope: !1190)
!1198 = !DILocation(line: 166, column: 3, scope: !1190)
!1199 = !DILocation(line: 166, column: 7, scope: !1190)
!1200 = !DILocation(line: 166, column: 12, scope: !1190)
!1201 = !DILocation(line: 167, column: 15, scope: !1190)
!1202 = !DILocation(line: 167, column: 19, scope: !1190)
!1203 = !DILocation(line: 167, column: 3, scope: !1190)
!1204 = !DILocation(line: 167, column: 7, scope: !1190)
!1205 = !DILocation(line: 167, column: 12, scope: !1190)
!1206 = !DILocation(line: 168, column: 1, scope: !1190)
!1207 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 178, type: !1208, scopeLine: 178, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1208 = !DISubroutineType(types: !1209)
!1209 = !{!82, !77}
!1210 = !DILocalVariable(name: "cq", arg: 1, scope: !1207, file: !3, line: 178, type: !77)
!1211 = !DILocation(line: 178, column: 28, scope: !1207)
!1212 = !DILocation(line: 179, column: 23, scope: !1207)
!1213 = !DILocation(line: 179, column: 27, scope: !1207)
!1214 = !DILocation(line: 179, column: 3, scope: !1207)
!1215 = !DILocalVariable(name: "item", scope: !1207, file: !3, line: 180, type: !82)
!1216 = !DILocation(line: 180, column: 12, scope: !1207)
!1217 = !DILocation(line: 180, column: 19, scope: !1207)
!1218 = !DILocation(line: 180, column: 23, scope: !1207)
!1219 = !DILocation(line: 181, column: 7, scope: !1220)
!1220 = distinct !DILexicalBlock(scope: !1207, file: !3, line: 181, column: 7)
!1221 = !DILocation(line: 181, column: 12, scope: !1220)
!1222 = !DILocation(line: 181, column: 20, scope: !1220)
!1223 = !DILocation(line: 181, column: 35, scope: !1220)
!1224 = !DILocation(line: 181, column: 41, scope: !1220)
!1225 = !DILocation(line: 181, column: 24, scope: !1220)
!1226 = !DILocation(line: 181, column: 28, scope: !1220)
!1227 = !DILocation(line: 181, column: 33, scope: !1220)
!1228 = !DILocation(line: 181, column: 47, scope: !1220)
!1229 = !DILocation(line: 181, column: 7, scope: !1207)
!1230 = !DILocation(line: 182, column: 17, scope: !1220)
!1231 = !DILocation(line: 182, column: 21, scope: !1220)
!1232 = !DILocation(line: 182, column: 5, scope: !1220)
!1233 = !DILocation(line: 182, column: 9, scope: !1220)
!1234 = !DILocation(line: 182, column: 14, scope: !1220)
!1235 = !DILocation(line: 183, column: 25, scope: !1207)
!1236 = !DILocation(line: 183, column: 29, scope: !1207)
!1237 = !DILocation(line: 183, column: 3, scope: !1207)
!1238 = !DILocation(line: 184, column: 10, scope: !1207)
!1239 = !DILocation(line: 184, column: 3, scope: !1207)
!1240 = distinct !DISubprogram(name: "cqi_free", scope: !3, file: !3, line: 157, type: !1241, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !243)
!1241 = !DISubroutineType(types: !1242)
!1242 = !{null, !82}
!1243 = !DILocalVariable(name: "item", arg: 1, scope: !1240, file: !3, line: 157, type: !82)
!1244 = !DILocation(line: 157, column: 31, scope: !1240)
!1245 = !DILocation(line: 158, column: 3, scope: !1240)
!1246 = !DILocation(line: 159, column: 16, scope: !1240)
!1247 = !DILocation(line: 159, column: 3, scope: !1240)
!1248 = !DILocation(line: 159, column: 9, scope: !1240)
!1249 = !DILocation(line: 159, column: 14, scope: !1240)
!1250 = !DILocation(line: 160, column: 18, scope: !1240)
!1251 = !DILocation(line: 160, column: 16, scope: !1240)
!1252 = !DILocation(line: 161, column: 3, scope: !1240)
!1253 = !DILocation(line: 162, column: 1, scope: !1240)
