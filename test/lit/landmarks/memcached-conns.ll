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

@conns = internal global [1024 x ptr] zeroinitializer, align 16, !dbg !0
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
define dso_local i64 @tcp_read(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !199 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !201, !DIExpression(), !202)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !203, !DIExpression(), !204)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !205, !DIExpression(), !206)
  %7 = load ptr, ptr %4, align 8, !dbg !207
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !208
  %9 = load i32, ptr %8, align 8, !dbg !208
  %10 = load ptr, ptr %5, align 8, !dbg !209
  %11 = load i64, ptr %6, align 8, !dbg !210
  %12 = call i64 @read(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !211
  ret i64 %12, !dbg !212
}

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_sendmsg(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !213 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !214, !DIExpression(), !215)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !216, !DIExpression(), !217)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !218, !DIExpression(), !219)
  %7 = load ptr, ptr %4, align 8, !dbg !220
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !221
  %9 = load i32, ptr %8, align 8, !dbg !221
  %10 = load ptr, ptr %5, align 8, !dbg !222
  %11 = load i32, ptr %6, align 4, !dbg !223
  %12 = call i64 @sendmsg(i32 noundef %9, ptr noundef %10, i32 noundef %11), !dbg !224
  ret i64 %12, !dbg !225
}

declare i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @tcp_write(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !226 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !227, !DIExpression(), !228)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !229, !DIExpression(), !230)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !231, !DIExpression(), !232)
  %7 = load ptr, ptr %4, align 8, !dbg !233
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !234
  %9 = load i32, ptr %8, align 8, !dbg !234
  %10 = load ptr, ptr %5, align 8, !dbg !235
  %11 = load i64, ptr %6, align 8, !dbg !236
  %12 = call i64 @write(i32 noundef %9, ptr noundef %10, i64 noundef %11), !dbg !237
  ret i64 %12, !dbg !238
}

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 !dbg !239 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store i32 %0, ptr %6, align 4
    #dbg_declare(ptr %6, !242, !DIExpression(), !243)
  store i32 %1, ptr %7, align 4
    #dbg_declare(ptr %7, !244, !DIExpression(), !245)
  store i32 %2, ptr %8, align 4
    #dbg_declare(ptr %8, !246, !DIExpression(), !247)
  store ptr %3, ptr %9, align 8
    #dbg_declare(ptr %9, !248, !DIExpression(), !249)
  %11 = load i32, ptr %6, align 4, !dbg !250
  %12 = icmp slt i32 %11, 0, !dbg !252
  br i1 %12, label %16, label %13, !dbg !253

13:                                               ; preds = %4
  %14 = load i32, ptr %6, align 4, !dbg !254
  %15 = icmp sge i32 %14, 1024, !dbg !255
  br i1 %15, label %16, label %17, !dbg !256

16:                                               ; preds = %13, %4
  store ptr null, ptr %5, align 8, !dbg !257
  br label %67, !dbg !257

17:                                               ; preds = %13
    #dbg_declare(ptr %10, !258, !DIExpression(), !259)
  %18 = load i32, ptr %6, align 4, !dbg !260
  %19 = sext i32 %18 to i64, !dbg !261
  %20 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %19, !dbg !261
  %21 = load ptr, ptr %20, align 8, !dbg !261
  store ptr %21, ptr %10, align 8, !dbg !259
  %22 = load ptr, ptr %10, align 8, !dbg !262
  %23 = icmp eq ptr %22, null, !dbg !264
  br i1 %23, label %24, label %37, !dbg !265

24:                                               ; preds = %17
  %25 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 2248) #7, !dbg !266
  store ptr %25, ptr %10, align 8, !dbg !268
  %26 = load ptr, ptr %10, align 8, !dbg !269
  %27 = icmp eq ptr %26, null, !dbg !271
  br i1 %27, label %28, label %29, !dbg !272

28:                                               ; preds = %24
  store ptr null, ptr %5, align 8, !dbg !273
  br label %67, !dbg !273

29:                                               ; preds = %24
  %30 = load i32, ptr %6, align 4, !dbg !274
  %31 = load ptr, ptr %10, align 8, !dbg !275
  %32 = getelementptr inbounds %struct.conn, ptr %31, i32 0, i32 0, !dbg !276
  store i32 %30, ptr %32, align 8, !dbg !277
  %33 = load ptr, ptr %10, align 8, !dbg !278
  %34 = load i32, ptr %6, align 4, !dbg !279
  %35 = sext i32 %34 to i64, !dbg !280
  %36 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %35, !dbg !280
  store ptr %33, ptr %36, align 8, !dbg !281
  br label %37, !dbg !282

37:                                               ; preds = %29, %17
  %38 = load i32, ptr %8, align 4, !dbg !283
  %39 = load ptr, ptr %10, align 8, !dbg !284
  %40 = getelementptr inbounds %struct.conn, ptr %39, i32 0, i32 2, !dbg !285
  store i32 %38, ptr %40, align 8, !dbg !286
  %41 = load i32, ptr %7, align 4, !dbg !287
  %42 = load ptr, ptr %10, align 8, !dbg !288
  %43 = getelementptr inbounds %struct.conn, ptr %42, i32 0, i32 1, !dbg !289
  store i32 %41, ptr %43, align 4, !dbg !290
  %44 = load ptr, ptr %10, align 8, !dbg !291
  %45 = getelementptr inbounds %struct.conn, ptr %44, i32 0, i32 5, !dbg !292
  store i32 0, ptr %45, align 4, !dbg !293
  %46 = load ptr, ptr %10, align 8, !dbg !294
  %47 = getelementptr inbounds %struct.conn, ptr %46, i32 0, i32 8, !dbg !295
  store ptr @tcp_read, ptr %47, align 8, !dbg !296
  %48 = load ptr, ptr %10, align 8, !dbg !297
  %49 = getelementptr inbounds %struct.conn, ptr %48, i32 0, i32 9, !dbg !298
  store ptr @tcp_sendmsg, ptr %49, align 8, !dbg !299
  %50 = load ptr, ptr %10, align 8, !dbg !300
  %51 = getelementptr inbounds %struct.conn, ptr %50, i32 0, i32 10, !dbg !301
  store ptr @tcp_write, ptr %51, align 8, !dbg !302
  %52 = load ptr, ptr %10, align 8, !dbg !303
  %53 = getelementptr inbounds %struct.conn, ptr %52, i32 0, i32 3, !dbg !304
  %54 = load i32, ptr %6, align 4, !dbg !305
  %55 = load ptr, ptr %10, align 8, !dbg !306
  call void @event_set(ptr noundef %53, i32 noundef %54, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %55), !dbg !307
  %56 = load ptr, ptr %9, align 8, !dbg !308
  %57 = load ptr, ptr %10, align 8, !dbg !309
  %58 = getelementptr inbounds %struct.conn, ptr %57, i32 0, i32 3, !dbg !310
  %59 = call i32 @event_base_set(ptr noundef %56, ptr noundef %58), !dbg !311
  %60 = load ptr, ptr %10, align 8, !dbg !312
  %61 = getelementptr inbounds %struct.conn, ptr %60, i32 0, i32 3, !dbg !314
  %62 = call i32 @event_add(ptr noundef %61, ptr noundef null), !dbg !315
  %63 = icmp eq i32 %62, -1, !dbg !316
  br i1 %63, label %64, label %65, !dbg !317

64:                                               ; preds = %37
  store ptr null, ptr %5, align 8, !dbg !318
  br label %67, !dbg !318

65:                                               ; preds = %37
  %66 = load ptr, ptr %10, align 8, !dbg !319
  store ptr %66, ptr %5, align 8, !dbg !320
  br label %67, !dbg !320

67:                                               ; preds = %65, %64, %28, %16
  %68 = load ptr, ptr %5, align 8, !dbg !321
  ret ptr %68, !dbg !321
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !322 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !326, !DIExpression(), !327)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !328, !DIExpression(), !329)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !330, !DIExpression(), !331)
    #dbg_declare(ptr %7, !332, !DIExpression(), !333)
  %8 = load ptr, ptr %6, align 8, !dbg !334
  store ptr %8, ptr %7, align 8, !dbg !333
  %9 = load i16, ptr %5, align 2, !dbg !335
  %10 = load i32, ptr %4, align 4, !dbg !336
  %11 = load ptr, ptr %7, align 8, !dbg !338
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 0, !dbg !339
  %13 = load i32, ptr %12, align 8, !dbg !339
  %14 = icmp ne i32 %10, %13, !dbg !340
  br i1 %14, label %15, label %16, !dbg !341

15:                                               ; preds = %3
  br label %18, !dbg !342

16:                                               ; preds = %3
  %17 = load ptr, ptr %7, align 8, !dbg !343
  call void @drive_machine(ptr noundef %17), !dbg !344
  br label %18, !dbg !345

18:                                               ; preds = %16, %15
  ret void, !dbg !345
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !346 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !349, !DIExpression(), !350)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !351, !DIExpression(), !352)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !353, !DIExpression(), !354)
    #dbg_declare(ptr %7, !355, !DIExpression(), !356)
  %9 = call noalias ptr @malloc(i64 noundef 24) #8, !dbg !357
  store ptr %9, ptr %7, align 8, !dbg !356
  %10 = load ptr, ptr %7, align 8, !dbg !358
  %11 = icmp eq ptr %10, null, !dbg !360
  br i1 %11, label %12, label %15, !dbg !361

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !362
  %14 = call i32 @close(i32 noundef %13), !dbg !364
  br label %31, !dbg !365

15:                                               ; preds = %3
  %16 = load i32, ptr %4, align 4, !dbg !366
  %17 = load ptr, ptr %7, align 8, !dbg !367
  %18 = getelementptr inbounds %struct.conn_queue_item, ptr %17, i32 0, i32 0, !dbg !368
  store i32 %16, ptr %18, align 8, !dbg !369
  %19 = load i32, ptr %5, align 4, !dbg !370
  %20 = load ptr, ptr %7, align 8, !dbg !371
  %21 = getelementptr inbounds %struct.conn_queue_item, ptr %20, i32 0, i32 1, !dbg !372
  store i32 %19, ptr %21, align 4, !dbg !373
  %22 = load i32, ptr %6, align 4, !dbg !374
  %23 = load ptr, ptr %7, align 8, !dbg !375
  %24 = getelementptr inbounds %struct.conn_queue_item, ptr %23, i32 0, i32 2, !dbg !376
  store i32 %22, ptr %24, align 8, !dbg !377
  %25 = load ptr, ptr @new_conn_queue, align 8, !dbg !378
  %26 = load ptr, ptr %7, align 8, !dbg !379
  call void @cq_push(ptr noundef %25, ptr noundef %26), !dbg !380
    #dbg_declare(ptr %8, !381, !DIExpression(), !382)
  store i8 99, ptr %8, align 1, !dbg !382
  %27 = load i32, ptr @notify_send_fd, align 4, !dbg !383
  %28 = call i64 @write(i32 noundef %27, ptr noundef %8, i64 noundef 1), !dbg !385
  %29 = icmp ne i64 %28, 1, !dbg !386
  br i1 %29, label %30, label %31, !dbg !387

30:                                               ; preds = %15
  call void @perror(ptr noundef @.str), !dbg !388
  br label %31, !dbg !388

31:                                               ; preds = %12, %30, %15
  ret void, !dbg !389
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

declare i32 @close(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cq_push(ptr noundef %0, ptr noundef %1) #0 !dbg !390 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !393, !DIExpression(), !394)
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !395, !DIExpression(), !396)
  %5 = load ptr, ptr %4, align 8, !dbg !397
  %6 = getelementptr inbounds %struct.conn_queue_item, ptr %5, i32 0, i32 3, !dbg !398
  store ptr null, ptr %6, align 8, !dbg !399
  %7 = load ptr, ptr %3, align 8, !dbg !400
  %8 = getelementptr inbounds %struct.conn_queue, ptr %7, i32 0, i32 1, !dbg !402
  %9 = load ptr, ptr %8, align 8, !dbg !402
  %10 = icmp eq ptr %9, null, !dbg !403
  br i1 %10, label %11, label %15, !dbg !404

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8, !dbg !405
  %13 = load ptr, ptr %3, align 8, !dbg !406
  %14 = getelementptr inbounds %struct.conn_queue, ptr %13, i32 0, i32 0, !dbg !407
  store ptr %12, ptr %14, align 8, !dbg !408
  br label %21, !dbg !406

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8, !dbg !409
  %17 = load ptr, ptr %3, align 8, !dbg !410
  %18 = getelementptr inbounds %struct.conn_queue, ptr %17, i32 0, i32 1, !dbg !411
  %19 = load ptr, ptr %18, align 8, !dbg !411
  %20 = getelementptr inbounds %struct.conn_queue_item, ptr %19, i32 0, i32 3, !dbg !412
  store ptr %16, ptr %20, align 8, !dbg !413
  br label %21

21:                                               ; preds = %15, %11
  %22 = load ptr, ptr %4, align 8, !dbg !414
  %23 = load ptr, ptr %3, align 8, !dbg !415
  %24 = getelementptr inbounds %struct.conn_queue, ptr %23, i32 0, i32 1, !dbg !416
  store ptr %22, ptr %24, align 8, !dbg !417
  ret void, !dbg !418
}

declare void @perror(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !419 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [2 x i32], align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !424, !DIExpression(), !425)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !426, !DIExpression(), !427)
  %7 = call ptr @event_init(), !dbg !428
  store ptr %7, ptr @main_base, align 8, !dbg !429
  %8 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 16) #7, !dbg !430
  store ptr %8, ptr @new_conn_queue, align 8, !dbg !431
    #dbg_declare(ptr %6, !432, !DIExpression(), !436)
  %9 = load ptr, ptr @new_conn_queue, align 8, !dbg !437
  %10 = icmp eq ptr %9, null, !dbg !439
  br i1 %10, label %15, label %11, !dbg !440

11:                                               ; preds = %2
  %12 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 0, !dbg !441
  %13 = call i32 @pipe(ptr noundef %12) #9, !dbg !442
  %14 = icmp ne i32 %13, 0, !dbg !443
  br i1 %14, label %15, label %16, !dbg !444

15:                                               ; preds = %11, %2
  store i32 1, ptr %3, align 4, !dbg !445
  br label %43, !dbg !445

16:                                               ; preds = %11
  %17 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 1, !dbg !446
  %18 = load i32, ptr %17, align 4, !dbg !446
  store i32 %18, ptr @notify_send_fd, align 4, !dbg !447
  %19 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 0, !dbg !448
  %20 = load i32, ptr %19, align 4, !dbg !448
  call void @event_set(ptr noundef @notify_event, i32 noundef %20, i16 noundef signext 18, ptr noundef @thread_libevent_process, ptr noundef null), !dbg !449
  %21 = load ptr, ptr @main_base, align 8, !dbg !450
  %22 = call i32 @event_base_set(ptr noundef %21, ptr noundef @notify_event), !dbg !451
  %23 = call i32 @event_add(ptr noundef @notify_event, ptr noundef null), !dbg !452
  %24 = load i32, ptr %4, align 4, !dbg !453
  %25 = icmp sgt i32 %24, 1, !dbg !455
  br i1 %25, label %26, label %33, !dbg !456

26:                                               ; preds = %16
  %27 = load ptr, ptr %5, align 8, !dbg !457
  %28 = getelementptr inbounds ptr, ptr %27, i64 1, !dbg !457
  %29 = load ptr, ptr %28, align 8, !dbg !457
  %30 = call i32 @server_socket_unix(ptr noundef %29), !dbg !458
  %31 = icmp ne i32 %30, 0, !dbg !458
  br i1 %31, label %32, label %33, !dbg !459

32:                                               ; preds = %26
  store i32 1, ptr %3, align 4, !dbg !460
  br label %43, !dbg !460

33:                                               ; preds = %26, %16
  %34 = call i32 @server_socket(i32 noundef 11211, i32 noundef 1), !dbg !461
  %35 = icmp ne i32 %34, 0, !dbg !461
  br i1 %35, label %39, label %36, !dbg !463

36:                                               ; preds = %33
  %37 = call i32 @server_socket(i32 noundef 11211, i32 noundef 2), !dbg !464
  %38 = icmp ne i32 %37, 0, !dbg !464
  br i1 %38, label %39, label %40, !dbg !465

39:                                               ; preds = %36, %33
  store i32 1, ptr %3, align 4, !dbg !466
  br label %43, !dbg !466

40:                                               ; preds = %36
  %41 = load ptr, ptr @main_base, align 8, !dbg !467
  %42 = call i32 @event_base_loop(ptr noundef %41, i32 noundef 0), !dbg !468
  store i32 %42, ptr %3, align 4, !dbg !469
  br label %43, !dbg !469

43:                                               ; preds = %40, %39, %32, %15
  %44 = load i32, ptr %3, align 4, !dbg !470
  ret i32 %44, !dbg !470
}

declare ptr @event_init() #1

; Function Attrs: nounwind
declare i32 @pipe(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !471 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !472, !DIExpression(), !473)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !474, !DIExpression(), !475)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !476, !DIExpression(), !477)
    #dbg_declare(ptr %7, !478, !DIExpression(), !479)
  %9 = load i16, ptr %5, align 2, !dbg !480
  %10 = load ptr, ptr %6, align 8, !dbg !481
  %11 = load i32, ptr %4, align 4, !dbg !482
  %12 = call i64 @read(i32 noundef %11, ptr noundef %7, i64 noundef 1), !dbg !484
  %13 = icmp ne i64 %12, 1, !dbg !485
  br i1 %13, label %14, label %15, !dbg !486

14:                                               ; preds = %3
  br label %41, !dbg !487

15:                                               ; preds = %3
    #dbg_declare(ptr %8, !488, !DIExpression(), !489)
  %16 = load ptr, ptr @new_conn_queue, align 8, !dbg !490
  %17 = call ptr @cq_pop(ptr noundef %16), !dbg !491
  store ptr %17, ptr %8, align 8, !dbg !489
  %18 = load ptr, ptr %8, align 8, !dbg !492
  %19 = icmp eq ptr %18, null, !dbg !494
  br i1 %19, label %20, label %21, !dbg !495

20:                                               ; preds = %15
  br label %41, !dbg !496

21:                                               ; preds = %15
  %22 = load ptr, ptr %8, align 8, !dbg !497
  %23 = getelementptr inbounds %struct.conn_queue_item, ptr %22, i32 0, i32 0, !dbg !499
  %24 = load i32, ptr %23, align 8, !dbg !499
  %25 = load ptr, ptr %8, align 8, !dbg !500
  %26 = getelementptr inbounds %struct.conn_queue_item, ptr %25, i32 0, i32 1, !dbg !501
  %27 = load i32, ptr %26, align 4, !dbg !501
  %28 = load ptr, ptr %8, align 8, !dbg !502
  %29 = getelementptr inbounds %struct.conn_queue_item, ptr %28, i32 0, i32 2, !dbg !503
  %30 = load i32, ptr %29, align 8, !dbg !503
  %31 = load ptr, ptr @main_base, align 8, !dbg !504
  %32 = call ptr @conn_new(i32 noundef %24, i32 noundef %27, i32 noundef %30, ptr noundef %31), !dbg !505
  %33 = icmp eq ptr %32, null, !dbg !506
  br i1 %33, label %34, label %39, !dbg !507

34:                                               ; preds = %21
  %35 = load ptr, ptr %8, align 8, !dbg !508
  %36 = getelementptr inbounds %struct.conn_queue_item, ptr %35, i32 0, i32 0, !dbg !509
  %37 = load i32, ptr %36, align 8, !dbg !509
  %38 = call i32 @close(i32 noundef %37), !dbg !510
  br label %39, !dbg !510

39:                                               ; preds = %34, %21
  %40 = load ptr, ptr %8, align 8, !dbg !511
  call void @free(ptr noundef %40) #9, !dbg !512
  br label %41, !dbg !513

41:                                               ; preds = %39, %20, %14
  ret void, !dbg !513
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket_unix(ptr noundef %0) #0 !dbg !514 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !519, !DIExpression(), !520)
    #dbg_declare(ptr %4, !521, !DIExpression(), !522)
  %6 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #9, !dbg !523
  store i32 %6, ptr %4, align 4, !dbg !522
  %7 = load i32, ptr %4, align 4, !dbg !524
  %8 = icmp eq i32 %7, -1, !dbg !526
  br i1 %8, label %9, label %10, !dbg !527

9:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !528
  br label %32, !dbg !528

10:                                               ; preds = %1
    #dbg_declare(ptr %5, !529, !DIExpression(), !538)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !539
  %11 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !540
  store i16 1, ptr %11, align 2, !dbg !541
  %12 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !542
  %13 = getelementptr inbounds [108 x i8], ptr %12, i64 0, i64 0, !dbg !543
  %14 = load ptr, ptr %3, align 8, !dbg !544
  %15 = call ptr @strncpy(ptr noundef %13, ptr noundef %14, i64 noundef 107) #9, !dbg !545
  %16 = load i32, ptr %4, align 4, !dbg !546
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %5, i32 noundef 110) #9, !dbg !548
  %18 = icmp eq i32 %17, -1, !dbg !549
  br i1 %18, label %23, label %19, !dbg !550

19:                                               ; preds = %10
  %20 = load i32, ptr %4, align 4, !dbg !551
  %21 = call i32 @listen(i32 noundef %20, i32 noundef 1024) #9, !dbg !552
  %22 = icmp eq i32 %21, -1, !dbg !553
  br i1 %22, label %23, label %26, !dbg !554

23:                                               ; preds = %19, %10
  %24 = load i32, ptr %4, align 4, !dbg !555
  %25 = call i32 @close(i32 noundef %24), !dbg !557
  store i32 1, ptr %2, align 4, !dbg !558
  br label %32, !dbg !558

26:                                               ; preds = %19
  %27 = load i32, ptr %4, align 4, !dbg !559
  %28 = load ptr, ptr @main_base, align 8, !dbg !560
  %29 = call ptr @conn_new(i32 noundef %27, i32 noundef 0, i32 noundef 0, ptr noundef %28), !dbg !561
  %30 = icmp eq ptr %29, null, !dbg !562
  %31 = zext i1 %30 to i32, !dbg !562
  store i32 %31, ptr %2, align 4, !dbg !563
  br label %32, !dbg !563

32:                                               ; preds = %26, %23, %9
  %33 = load i32, ptr %2, align 4, !dbg !564
  ret i32 %33, !dbg !564
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @server_socket(i32 noundef %0, i32 noundef %1) #0 !dbg !565 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.addrinfo, align 8
  %7 = alloca [16 x i8], align 16
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !568, !DIExpression(), !569)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !570, !DIExpression(), !571)
    #dbg_declare(ptr %6, !572, !DIExpression(), !585)
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 48, i1 false), !dbg !586
  %11 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 0, !dbg !587
  store i32 1, ptr %11, align 8, !dbg !588
  %12 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 1, !dbg !589
  store i32 0, ptr %12, align 4, !dbg !590
  %13 = load i32, ptr %5, align 4, !dbg !591
  %14 = icmp eq i32 %13, 2, !dbg !591
  %15 = zext i1 %14 to i64, !dbg !591
  %16 = select i1 %14, i32 2, i32 1, !dbg !591
  %17 = getelementptr inbounds %struct.addrinfo, ptr %6, i32 0, i32 2, !dbg !592
  store i32 %16, ptr %17, align 8, !dbg !593
    #dbg_declare(ptr %7, !594, !DIExpression(), !596)
  %18 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !597
  %19 = load i32, ptr %4, align 4, !dbg !598
  %20 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 16, ptr noundef @.str.5, i32 noundef %19) #9, !dbg !599
    #dbg_declare(ptr %8, !600, !DIExpression(), !601)
  %21 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0, !dbg !602
  %22 = call i32 @getaddrinfo(ptr noundef null, ptr noundef %21, ptr noundef %6, ptr noundef %8), !dbg !604
  %23 = icmp ne i32 %22, 0, !dbg !605
  br i1 %23, label %24, label %25, !dbg !606

24:                                               ; preds = %2
  store i32 1, ptr %3, align 4, !dbg !607
  br label %89, !dbg !607

25:                                               ; preds = %2
    #dbg_declare(ptr %9, !608, !DIExpression(), !610)
  %26 = load ptr, ptr %8, align 8, !dbg !611
  store ptr %26, ptr %9, align 8, !dbg !610
  br label %27, !dbg !612

27:                                               ; preds = %83, %25
  %28 = load ptr, ptr %9, align 8, !dbg !613
  %29 = icmp ne ptr %28, null, !dbg !615
  br i1 %29, label %30, label %87, !dbg !615

30:                                               ; preds = %27
    #dbg_declare(ptr %10, !616, !DIExpression(), !618)
  %31 = load ptr, ptr %9, align 8, !dbg !619
  %32 = getelementptr inbounds %struct.addrinfo, ptr %31, i32 0, i32 1, !dbg !620
  %33 = load i32, ptr %32, align 4, !dbg !620
  %34 = load ptr, ptr %9, align 8, !dbg !621
  %35 = getelementptr inbounds %struct.addrinfo, ptr %34, i32 0, i32 2, !dbg !622
  %36 = load i32, ptr %35, align 8, !dbg !622
  %37 = load ptr, ptr %9, align 8, !dbg !623
  %38 = getelementptr inbounds %struct.addrinfo, ptr %37, i32 0, i32 3, !dbg !624
  %39 = load i32, ptr %38, align 4, !dbg !624
  %40 = call i32 @socket(i32 noundef %33, i32 noundef %36, i32 noundef %39) #9, !dbg !625
  store i32 %40, ptr %10, align 4, !dbg !618
  %41 = load i32, ptr %10, align 4, !dbg !626
  %42 = icmp eq i32 %41, -1, !dbg !628
  br i1 %42, label %43, label %44, !dbg !629

43:                                               ; preds = %30
  br label %83, !dbg !630

44:                                               ; preds = %30
  %45 = load i32, ptr %10, align 4, !dbg !631
  %46 = load ptr, ptr %9, align 8, !dbg !633
  %47 = getelementptr inbounds %struct.addrinfo, ptr %46, i32 0, i32 5, !dbg !634
  %48 = load ptr, ptr %47, align 8, !dbg !634
  %49 = load ptr, ptr %9, align 8, !dbg !635
  %50 = getelementptr inbounds %struct.addrinfo, ptr %49, i32 0, i32 4, !dbg !636
  %51 = load i32, ptr %50, align 8, !dbg !636
  %52 = call i32 @bind(i32 noundef %45, ptr noundef %48, i32 noundef %51) #9, !dbg !637
  %53 = icmp eq i32 %52, -1, !dbg !638
  br i1 %53, label %54, label %57, !dbg !639

54:                                               ; preds = %44
  %55 = load i32, ptr %10, align 4, !dbg !640
  %56 = call i32 @close(i32 noundef %55), !dbg !642
  br label %83, !dbg !643

57:                                               ; preds = %44
  %58 = load i32, ptr %5, align 4, !dbg !644
  %59 = icmp eq i32 %58, 2, !dbg !644
  br i1 %59, label %67, label %60, !dbg !646

60:                                               ; preds = %57
  %61 = load i32, ptr %10, align 4, !dbg !647
  %62 = call i32 @listen(i32 noundef %61, i32 noundef 1024) #9, !dbg !648
  %63 = icmp eq i32 %62, -1, !dbg !649
  br i1 %63, label %64, label %67, !dbg !650

64:                                               ; preds = %60
  %65 = load i32, ptr %10, align 4, !dbg !651
  %66 = call i32 @close(i32 noundef %65), !dbg !653
  br label %83, !dbg !654

67:                                               ; preds = %60, %57
  %68 = load i32, ptr %5, align 4, !dbg !655
  %69 = icmp eq i32 %68, 2, !dbg !655
  br i1 %69, label %70, label %73, !dbg !657

70:                                               ; preds = %67
  %71 = load i32, ptr %10, align 4, !dbg !658
  %72 = load i32, ptr %5, align 4, !dbg !660
  call void @dispatch_conn_new(i32 noundef %71, i32 noundef 2, i32 noundef %72), !dbg !661
  br label %82, !dbg !662

73:                                               ; preds = %67
  %74 = load i32, ptr %10, align 4, !dbg !663
  %75 = load i32, ptr %5, align 4, !dbg !665
  %76 = load ptr, ptr @main_base, align 8, !dbg !666
  %77 = call ptr @conn_new(i32 noundef %74, i32 noundef 0, i32 noundef %75, ptr noundef %76), !dbg !667
  %78 = icmp eq ptr %77, null, !dbg !668
  br i1 %78, label %79, label %81, !dbg !669

79:                                               ; preds = %73
  %80 = load ptr, ptr %8, align 8, !dbg !670
  call void @freeaddrinfo(ptr noundef %80) #9, !dbg !672
  store i32 1, ptr %3, align 4, !dbg !673
  br label %89, !dbg !673

81:                                               ; preds = %73
  br label %82

82:                                               ; preds = %81, %70
  br label %83, !dbg !674

83:                                               ; preds = %82, %64, %54, %43
  %84 = load ptr, ptr %9, align 8, !dbg !675
  %85 = getelementptr inbounds %struct.addrinfo, ptr %84, i32 0, i32 7, !dbg !676
  %86 = load ptr, ptr %85, align 8, !dbg !676
  store ptr %86, ptr %9, align 8, !dbg !677
  br label %27, !dbg !678, !llvm.loop !679

87:                                               ; preds = %27
  %88 = load ptr, ptr %8, align 8, !dbg !682
  call void @freeaddrinfo(ptr noundef %88) #9, !dbg !683
  store i32 0, ptr %3, align 4, !dbg !684
  br label %89, !dbg !684

89:                                               ; preds = %87, %79, %24
  %90 = load i32, ptr %3, align 4, !dbg !685
  ret i32 %90, !dbg !685
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @drive_machine(ptr noundef %0) #0 !dbg !686 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !689, !DIExpression(), !690)
    #dbg_declare(ptr %3, !691, !DIExpression(), !693)
  store i8 0, ptr %3, align 1, !dbg !693
  br label %9, !dbg !694

9:                                                ; preds = %130, %1
  %10 = load i8, ptr %3, align 1, !dbg !695
  %11 = trunc i8 %10 to i1, !dbg !695
  %12 = xor i1 %11, true, !dbg !696
  br i1 %12, label %13, label %131, !dbg !694

13:                                               ; preds = %9
  %14 = load ptr, ptr %2, align 8, !dbg !697
  %15 = getelementptr inbounds %struct.conn, ptr %14, i32 0, i32 1, !dbg !699
  %16 = load i32, ptr %15, align 4, !dbg !699
  switch i32 %16, label %130 [
    i32 0, label %17
    i32 1, label %45
    i32 2, label %50
    i32 3, label %91
    i32 4, label %116
  ], !dbg !700

17:                                               ; preds = %13
    #dbg_declare(ptr %4, !701, !DIExpression(), !712)
    #dbg_declare(ptr %5, !713, !DIExpression(), !714)
  store i32 128, ptr %5, align 4, !dbg !714
    #dbg_declare(ptr %6, !715, !DIExpression(), !716)
  %18 = load ptr, ptr %2, align 8, !dbg !717
  %19 = getelementptr inbounds %struct.conn, ptr %18, i32 0, i32 0, !dbg !718
  %20 = load i32, ptr %19, align 8, !dbg !718
  %21 = call i32 @accept(i32 noundef %20, ptr noundef %4, ptr noundef %5), !dbg !719
  store i32 %21, ptr %6, align 4, !dbg !716
  %22 = load i32, ptr %6, align 4, !dbg !720
  %23 = icmp eq i32 %22, -1, !dbg !722
  br i1 %23, label %24, label %25, !dbg !723

24:                                               ; preds = %17
  store i8 1, ptr %3, align 1, !dbg !724
  br label %130, !dbg !726

25:                                               ; preds = %17
  %26 = load i32, ptr %6, align 4, !dbg !727
  %27 = icmp sge i32 %26, 1024, !dbg !729
  br i1 %27, label %28, label %39, !dbg !730

28:                                               ; preds = %25
    #dbg_declare(ptr %7, !731, !DIExpression(), !733)
  store ptr @.str.1, ptr %7, align 8, !dbg !733
  %29 = load i32, ptr %6, align 4, !dbg !734
  %30 = load ptr, ptr %7, align 8, !dbg !736
  %31 = load ptr, ptr %7, align 8, !dbg !737
  %32 = call i64 @strlen(ptr noundef %31) #10, !dbg !738
  %33 = call i64 @write(i32 noundef %29, ptr noundef %30, i64 noundef %32), !dbg !739
  %34 = icmp slt i64 %33, 0, !dbg !740
  br i1 %34, label %35, label %36, !dbg !741

35:                                               ; preds = %28
  call void @perror(ptr noundef @.str.2), !dbg !742
  br label %36, !dbg !742

36:                                               ; preds = %35, %28
  %37 = load i32, ptr %6, align 4, !dbg !743
  %38 = call i32 @close(i32 noundef %37), !dbg !744
  br label %44, !dbg !745

39:                                               ; preds = %25
  %40 = load i32, ptr %6, align 4, !dbg !746
  %41 = load ptr, ptr %2, align 8, !dbg !748
  %42 = getelementptr inbounds %struct.conn, ptr %41, i32 0, i32 2, !dbg !749
  %43 = load i32, ptr %42, align 8, !dbg !749
  call void @dispatch_conn_new(i32 noundef %40, i32 noundef 1, i32 noundef %43), !dbg !750
  br label %44

44:                                               ; preds = %39, %36
  store i8 1, ptr %3, align 1, !dbg !751
  br label %130, !dbg !752

45:                                               ; preds = %13
  %46 = load ptr, ptr %2, align 8, !dbg !753
  %47 = getelementptr inbounds %struct.conn, ptr %46, i32 0, i32 5, !dbg !754
  store i32 0, ptr %47, align 4, !dbg !755
  %48 = load ptr, ptr %2, align 8, !dbg !756
  %49 = getelementptr inbounds %struct.conn, ptr %48, i32 0, i32 1, !dbg !757
  store i32 2, ptr %49, align 4, !dbg !758
  br label %130, !dbg !759

50:                                               ; preds = %13
    #dbg_declare(ptr %8, !760, !DIExpression(), !762)
  %51 = load ptr, ptr %2, align 8, !dbg !763
  %52 = getelementptr inbounds %struct.conn, ptr %51, i32 0, i32 2, !dbg !763
  %53 = load i32, ptr %52, align 8, !dbg !763
  %54 = icmp eq i32 %53, 2, !dbg !763
  br i1 %54, label %58, label %55, !dbg !765

55:                                               ; preds = %50
  %56 = load ptr, ptr %2, align 8, !dbg !766
  %57 = call i32 @try_read_network(ptr noundef %56), !dbg !767
  store i32 %57, ptr %8, align 4, !dbg !768
  br label %61, !dbg !769

58:                                               ; preds = %50
  %59 = load ptr, ptr %2, align 8, !dbg !770
  %60 = call i32 @try_read_udp(ptr noundef %59), !dbg !771
  store i32 %60, ptr %8, align 4, !dbg !772
  br label %61

61:                                               ; preds = %58, %55
  %62 = load i32, ptr %8, align 4, !dbg !773
  %63 = icmp ne i32 %62, 0, !dbg !773
  br i1 %63, label %65, label %64, !dbg !775

64:                                               ; preds = %61
  store i8 1, ptr %3, align 1, !dbg !776
  br label %130, !dbg !778

65:                                               ; preds = %61
  %66 = load ptr, ptr %2, align 8, !dbg !779
  %67 = getelementptr inbounds %struct.conn, ptr %66, i32 0, i32 4, !dbg !781
  %68 = getelementptr inbounds [2048 x i8], ptr %67, i64 0, i64 0, !dbg !779
  %69 = load i8, ptr %68, align 4, !dbg !779
  %70 = sext i8 %69 to i32, !dbg !779
  %71 = icmp ne i32 %70, 103, !dbg !782
  br i1 %71, label %72, label %86, !dbg !783

72:                                               ; preds = %65
  %73 = load ptr, ptr %2, align 8, !dbg !784
  %74 = getelementptr inbounds %struct.conn, ptr %73, i32 0, i32 2, !dbg !784
  %75 = load i32, ptr %74, align 8, !dbg !784
  %76 = icmp eq i32 %75, 2, !dbg !784
  br i1 %76, label %83, label %77, !dbg !787

77:                                               ; preds = %72
  %78 = load ptr, ptr %2, align 8, !dbg !788
  %79 = getelementptr inbounds %struct.conn, ptr %78, i32 0, i32 10, !dbg !789
  %80 = load ptr, ptr %79, align 8, !dbg !789
  %81 = load ptr, ptr %2, align 8, !dbg !790
  %82 = call i64 %80(ptr noundef %81, ptr noundef @.str.3, i64 noundef 7), !dbg !788
  br label %83, !dbg !788

83:                                               ; preds = %77, %72
  %84 = load ptr, ptr %2, align 8, !dbg !791
  %85 = getelementptr inbounds %struct.conn, ptr %84, i32 0, i32 1, !dbg !792
  store i32 1, ptr %85, align 4, !dbg !793
  br label %130, !dbg !794

86:                                               ; preds = %65
  %87 = load i64, ptr @gets, align 8, !dbg !795
  %88 = add i64 %87, 1, !dbg !795
  store i64 %88, ptr @gets, align 8, !dbg !795
  %89 = load ptr, ptr %2, align 8, !dbg !796
  %90 = getelementptr inbounds %struct.conn, ptr %89, i32 0, i32 1, !dbg !797
  store i32 3, ptr %90, align 4, !dbg !798
  br label %130, !dbg !799

91:                                               ; preds = %13
  %92 = load ptr, ptr %2, align 8, !dbg !800
  %93 = getelementptr inbounds %struct.conn, ptr %92, i32 0, i32 2, !dbg !800
  %94 = load i32, ptr %93, align 8, !dbg !800
  %95 = icmp eq i32 %94, 2, !dbg !800
  br i1 %95, label %100, label %96, !dbg !802

96:                                               ; preds = %91
  %97 = load ptr, ptr %2, align 8, !dbg !803
  %98 = call i32 @transmit(ptr noundef %97), !dbg !804
  %99 = icmp ne i32 %98, 0, !dbg !804
  br i1 %99, label %107, label %104, !dbg !805

100:                                              ; preds = %91
  %101 = load ptr, ptr %2, align 8, !dbg !806
  %102 = call i32 @transmit_udp(ptr noundef %101), !dbg !807
  %103 = icmp ne i32 %102, 0, !dbg !807
  br i1 %103, label %107, label %104, !dbg !802

104:                                              ; preds = %100, %96
  %105 = load ptr, ptr %2, align 8, !dbg !808
  %106 = getelementptr inbounds %struct.conn, ptr %105, i32 0, i32 1, !dbg !810
  store i32 4, ptr %106, align 4, !dbg !811
  br label %130, !dbg !812

107:                                              ; preds = %100, %96
  %108 = load ptr, ptr %2, align 8, !dbg !813
  %109 = getelementptr inbounds %struct.conn, ptr %108, i32 0, i32 2, !dbg !813
  %110 = load i32, ptr %109, align 8, !dbg !813
  %111 = icmp eq i32 %110, 2, !dbg !813
  %112 = zext i1 %111 to i64, !dbg !813
  %113 = select i1 %111, i32 2, i32 1, !dbg !813
  %114 = load ptr, ptr %2, align 8, !dbg !814
  %115 = getelementptr inbounds %struct.conn, ptr %114, i32 0, i32 1, !dbg !815
  store i32 %113, ptr %115, align 4, !dbg !816
  store i8 1, ptr %3, align 1, !dbg !817
  br label %130, !dbg !818

116:                                              ; preds = %13
  %117 = load ptr, ptr %2, align 8, !dbg !819
  %118 = getelementptr inbounds %struct.conn, ptr %117, i32 0, i32 2, !dbg !819
  %119 = load i32, ptr %118, align 8, !dbg !819
  %120 = icmp eq i32 %119, 2, !dbg !819
  br i1 %120, label %129, label %121, !dbg !821

121:                                              ; preds = %116
  %122 = load ptr, ptr %2, align 8, !dbg !822
  %123 = getelementptr inbounds %struct.conn, ptr %122, i32 0, i32 3, !dbg !824
  %124 = call i32 @event_add(ptr noundef %123, ptr noundef null), !dbg !825
  %125 = load ptr, ptr %2, align 8, !dbg !826
  %126 = getelementptr inbounds %struct.conn, ptr %125, i32 0, i32 0, !dbg !827
  %127 = load i32, ptr %126, align 8, !dbg !827
  %128 = call i32 @close(i32 noundef %127), !dbg !828
  br label %129, !dbg !829

129:                                              ; preds = %121, %116
  store i8 1, ptr %3, align 1, !dbg !830
  br label %130, !dbg !831

130:                                              ; preds = %13, %129, %107, %104, %86, %83, %64, %45, %44, %24
  br label %9, !dbg !694, !llvm.loop !832

131:                                              ; preds = %9
  ret void, !dbg !834
}

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_network(ptr noundef %0) #0 !dbg !835 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !838, !DIExpression(), !839)
    #dbg_declare(ptr %4, !840, !DIExpression(), !841)
  %5 = load ptr, ptr %3, align 8, !dbg !842
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 8, !dbg !843
  %7 = load ptr, ptr %6, align 8, !dbg !843
  %8 = load ptr, ptr %3, align 8, !dbg !844
  %9 = load ptr, ptr %3, align 8, !dbg !845
  %10 = getelementptr inbounds %struct.conn, ptr %9, i32 0, i32 4, !dbg !846
  %11 = getelementptr inbounds [2048 x i8], ptr %10, i64 0, i64 0, !dbg !845
  %12 = load ptr, ptr %3, align 8, !dbg !847
  %13 = getelementptr inbounds %struct.conn, ptr %12, i32 0, i32 5, !dbg !848
  %14 = load i32, ptr %13, align 4, !dbg !848
  %15 = sext i32 %14 to i64, !dbg !849
  %16 = getelementptr inbounds i8, ptr %11, i64 %15, !dbg !849
  %17 = load ptr, ptr %3, align 8, !dbg !850
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 5, !dbg !851
  %19 = load i32, ptr %18, align 4, !dbg !851
  %20 = sext i32 %19 to i64, !dbg !850
  %21 = sub i64 2048, %20, !dbg !852
  %22 = call i64 %7(ptr noundef %8, ptr noundef %16, i64 noundef %21), !dbg !842
  store i64 %22, ptr %4, align 8, !dbg !841
  %23 = load i64, ptr %4, align 8, !dbg !853
  %24 = icmp sle i64 %23, 0, !dbg !855
  br i1 %24, label %25, label %26, !dbg !856

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !857
  br label %33, !dbg !857

26:                                               ; preds = %1
  %27 = load i64, ptr %4, align 8, !dbg !858
  %28 = trunc i64 %27 to i32, !dbg !859
  %29 = load ptr, ptr %3, align 8, !dbg !860
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 5, !dbg !861
  %31 = load i32, ptr %30, align 4, !dbg !862
  %32 = add nsw i32 %31, %28, !dbg !862
  store i32 %32, ptr %30, align 4, !dbg !862
  store i32 1, ptr %2, align 4, !dbg !863
  br label %33, !dbg !863

33:                                               ; preds = %26, %25
  %34 = load i32, ptr %2, align 4, !dbg !864
  ret i32 %34, !dbg !864
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_udp(ptr noundef %0) #0 !dbg !865 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !866, !DIExpression(), !867)
  %5 = load ptr, ptr %3, align 8, !dbg !868
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 7, !dbg !869
  store i32 28, ptr %6, align 4, !dbg !870
    #dbg_declare(ptr %4, !871, !DIExpression(), !872)
  %7 = load ptr, ptr %3, align 8, !dbg !873
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !874
  %9 = load i32, ptr %8, align 8, !dbg !874
  %10 = load ptr, ptr %3, align 8, !dbg !875
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 4, !dbg !876
  %12 = getelementptr inbounds [2048 x i8], ptr %11, i64 0, i64 0, !dbg !875
  %13 = load ptr, ptr %3, align 8, !dbg !877
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 6, !dbg !878
  %15 = load ptr, ptr %3, align 8, !dbg !879
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 7, !dbg !880
  %17 = call i64 @recvfrom(i32 noundef %9, ptr noundef %12, i64 noundef 2048, i32 noundef 0, ptr noundef %14, ptr noundef %16), !dbg !881
  store i64 %17, ptr %4, align 8, !dbg !872
  %18 = load i64, ptr %4, align 8, !dbg !882
  %19 = icmp sgt i64 %18, 8, !dbg !884
  br i1 %19, label %20, label %25, !dbg !885

20:                                               ; preds = %1
  %21 = load i64, ptr %4, align 8, !dbg !886
  %22 = trunc i64 %21 to i32, !dbg !888
  %23 = load ptr, ptr %3, align 8, !dbg !889
  %24 = getelementptr inbounds %struct.conn, ptr %23, i32 0, i32 5, !dbg !890
  store i32 %22, ptr %24, align 4, !dbg !891
  store i32 1, ptr %2, align 4, !dbg !892
  br label %26, !dbg !892

25:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !893
  br label %26, !dbg !893

26:                                               ; preds = %25, %20
  %27 = load i32, ptr %2, align 4, !dbg !894
  ret i32 %27, !dbg !894
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit(ptr noundef %0) #0 !dbg !895 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.iovec, align 8
  %4 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !896, !DIExpression(), !897)
    #dbg_declare(ptr %3, !898, !DIExpression(), !899)
    #dbg_declare(ptr %4, !900, !DIExpression(), !901)
  %5 = load ptr, ptr %2, align 8, !dbg !902
  call void @reply_msg(ptr dead_on_unwind writable sret(%struct.msghdr) align 8 %4, ptr noundef %5, ptr noundef %3), !dbg !903
  %6 = load ptr, ptr %2, align 8, !dbg !904
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 9, !dbg !905
  %8 = load ptr, ptr %7, align 8, !dbg !905
  %9 = load ptr, ptr %2, align 8, !dbg !906
  %10 = call i64 %8(ptr noundef %9, ptr noundef %4, i32 noundef 0), !dbg !904
  %11 = icmp sgt i64 %10, 0, !dbg !907
  %12 = zext i1 %11 to i32, !dbg !907
  ret i32 %12, !dbg !908
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @transmit_udp(ptr noundef %0) #0 !dbg !909 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.iovec, align 8
  %4 = alloca %struct.msghdr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !910, !DIExpression(), !911)
    #dbg_declare(ptr %3, !912, !DIExpression(), !913)
    #dbg_declare(ptr %4, !914, !DIExpression(), !915)
  %5 = load ptr, ptr %2, align 8, !dbg !916
  call void @reply_msg(ptr dead_on_unwind writable sret(%struct.msghdr) align 8 %4, ptr noundef %5, ptr noundef %3), !dbg !917
  %6 = load ptr, ptr %2, align 8, !dbg !918
  %7 = getelementptr inbounds %struct.conn, ptr %6, i32 0, i32 0, !dbg !919
  %8 = load i32, ptr %7, align 8, !dbg !919
  %9 = call i64 @sendmsg(i32 noundef %8, ptr noundef %4, i32 noundef 0), !dbg !920
  %10 = icmp sgt i64 %9, 0, !dbg !921
  %11 = zext i1 %10 to i32, !dbg !921
  ret i32 %11, !dbg !922
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reply_msg(ptr dead_on_unwind noalias writable sret(%struct.msghdr) align 8 %0, ptr noundef %1, ptr noundef %2) #0 !dbg !923 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %1, ptr %4, align 8
    #dbg_declare(ptr %4, !926, !DIExpression(), !927)
  store ptr %2, ptr %5, align 8
    #dbg_declare(ptr %5, !928, !DIExpression(), !929)
    #dbg_declare(ptr %0, !930, !DIExpression(), !931)
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 56, i1 false), !dbg !932
  %6 = load ptr, ptr %5, align 8, !dbg !933
  %7 = getelementptr inbounds %struct.iovec, ptr %6, i32 0, i32 0, !dbg !934
  store ptr @.str.4, ptr %7, align 8, !dbg !935
  %8 = load ptr, ptr %5, align 8, !dbg !936
  %9 = getelementptr inbounds %struct.iovec, ptr %8, i32 0, i32 1, !dbg !937
  store i64 5, ptr %9, align 8, !dbg !938
  %10 = load ptr, ptr %5, align 8, !dbg !939
  %11 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 2, !dbg !940
  store ptr %10, ptr %11, align 8, !dbg !941
  %12 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 3, !dbg !942
  store i64 1, ptr %12, align 8, !dbg !943
  %13 = load ptr, ptr %4, align 8, !dbg !944
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 2, !dbg !944
  %15 = load i32, ptr %14, align 8, !dbg !944
  %16 = icmp eq i32 %15, 2, !dbg !944
  br i1 %16, label %17, label %25, !dbg !946

17:                                               ; preds = %3
  %18 = load ptr, ptr %4, align 8, !dbg !947
  %19 = getelementptr inbounds %struct.conn, ptr %18, i32 0, i32 6, !dbg !949
  %20 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 0, !dbg !950
  store ptr %19, ptr %20, align 8, !dbg !951
  %21 = load ptr, ptr %4, align 8, !dbg !952
  %22 = getelementptr inbounds %struct.conn, ptr %21, i32 0, i32 7, !dbg !953
  %23 = load i32, ptr %22, align 4, !dbg !953
  %24 = getelementptr inbounds %struct.msghdr, ptr %0, i32 0, i32 1, !dbg !954
  store i32 %23, ptr %24, align 8, !dbg !955
  br label %25, !dbg !956

25:                                               ; preds = %17, %3
  ret void, !dbg !957
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @cq_pop(ptr noundef %0) #0 !dbg !958 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !961, !DIExpression(), !962)
    #dbg_declare(ptr %3, !963, !DIExpression(), !964)
  %4 = load ptr, ptr %2, align 8, !dbg !965
  %5 = getelementptr inbounds %struct.conn_queue, ptr %4, i32 0, i32 0, !dbg !966
  %6 = load ptr, ptr %5, align 8, !dbg !966
  store ptr %6, ptr %3, align 8, !dbg !964
  %7 = load ptr, ptr %3, align 8, !dbg !967
  %8 = icmp ne ptr %7, null, !dbg !969
  br i1 %8, label %9, label %23, !dbg !970

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !dbg !971
  %11 = getelementptr inbounds %struct.conn_queue_item, ptr %10, i32 0, i32 3, !dbg !973
  %12 = load ptr, ptr %11, align 8, !dbg !973
  %13 = load ptr, ptr %2, align 8, !dbg !974
  %14 = getelementptr inbounds %struct.conn_queue, ptr %13, i32 0, i32 0, !dbg !975
  store ptr %12, ptr %14, align 8, !dbg !976
  %15 = load ptr, ptr %2, align 8, !dbg !977
  %16 = getelementptr inbounds %struct.conn_queue, ptr %15, i32 0, i32 0, !dbg !979
  %17 = load ptr, ptr %16, align 8, !dbg !979
  %18 = icmp eq ptr %17, null, !dbg !980
  br i1 %18, label %19, label %22, !dbg !981

19:                                               ; preds = %9
  %20 = load ptr, ptr %2, align 8, !dbg !982
  %21 = getelementptr inbounds %struct.conn_queue, ptr %20, i32 0, i32 1, !dbg !983
  store ptr null, ptr %21, align 8, !dbg !984
  br label %22, !dbg !982

22:                                               ; preds = %19, %9
  br label %23, !dbg !985

23:                                               ; preds = %22, %1
  %24 = load ptr, ptr %3, align 8, !dbg !986
  ret ptr %24, !dbg !987
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
!llvm.module.flags = !{!191, !192, !193, !194, !195, !196, !197}
!llvm.ident = !{!198}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 72, type: !107, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !30, globals: !46, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "memcached-conns.c", directory: "/work/wt-memsock/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "dd0eebb81e3736a097d952fdc1db3105")
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
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !108, size: 65536, elements: !189)
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
!189 = !{!190}
!190 = !DISubrange(count: 1024)
!191 = !{i32 7, !"Dwarf Version", i32 5}
!192 = !{i32 2, !"Debug Info Version", i32 3}
!193 = !{i32 1, !"wchar_size", i32 4}
!194 = !{i32 8, !"PIC Level", i32 2}
!195 = !{i32 7, !"PIE Level", i32 2}
!196 = !{i32 7, !"uwtable", i32 2}
!197 = !{i32 7, !"frame-pointer", i32 2}
!198 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!199 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 78, type: !160, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!200 = !{}
!201 = !DILocalVariable(name: "c", arg: 1, scope: !199, file: !3, line: 78, type: !108)
!202 = !DILocation(line: 78, column: 24, scope: !199)
!203 = !DILocalVariable(name: "buf", arg: 2, scope: !199, file: !3, line: 78, type: !31)
!204 = !DILocation(line: 78, column: 33, scope: !199)
!205 = !DILocalVariable(name: "count", arg: 3, scope: !199, file: !3, line: 78, type: !166)
!206 = !DILocation(line: 78, column: 45, scope: !199)
!207 = !DILocation(line: 79, column: 15, scope: !199)
!208 = !DILocation(line: 79, column: 18, scope: !199)
!209 = !DILocation(line: 79, column: 23, scope: !199)
!210 = !DILocation(line: 79, column: 28, scope: !199)
!211 = !DILocation(line: 79, column: 10, scope: !199)
!212 = !DILocation(line: 79, column: 3, scope: !199)
!213 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 82, type: !170, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!214 = !DILocalVariable(name: "c", arg: 1, scope: !213, file: !3, line: 82, type: !108)
!215 = !DILocation(line: 82, column: 27, scope: !213)
!216 = !DILocalVariable(name: "msg", arg: 2, scope: !213, file: !3, line: 82, type: !172)
!217 = !DILocation(line: 82, column: 45, scope: !213)
!218 = !DILocalVariable(name: "flags", arg: 3, scope: !213, file: !3, line: 82, type: !45)
!219 = !DILocation(line: 82, column: 54, scope: !213)
!220 = !DILocation(line: 83, column: 18, scope: !213)
!221 = !DILocation(line: 83, column: 21, scope: !213)
!222 = !DILocation(line: 83, column: 26, scope: !213)
!223 = !DILocation(line: 83, column: 31, scope: !213)
!224 = !DILocation(line: 83, column: 10, scope: !213)
!225 = !DILocation(line: 83, column: 3, scope: !213)
!226 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 86, type: !160, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!227 = !DILocalVariable(name: "c", arg: 1, scope: !226, file: !3, line: 86, type: !108)
!228 = !DILocation(line: 86, column: 25, scope: !226)
!229 = !DILocalVariable(name: "buf", arg: 2, scope: !226, file: !3, line: 86, type: !31)
!230 = !DILocation(line: 86, column: 34, scope: !226)
!231 = !DILocalVariable(name: "count", arg: 3, scope: !226, file: !3, line: 86, type: !166)
!232 = !DILocation(line: 86, column: 46, scope: !226)
!233 = !DILocation(line: 87, column: 16, scope: !226)
!234 = !DILocation(line: 87, column: 19, scope: !226)
!235 = !DILocation(line: 87, column: 24, scope: !226)
!236 = !DILocation(line: 87, column: 29, scope: !226)
!237 = !DILocation(line: 87, column: 10, scope: !226)
!238 = !DILocation(line: 87, column: 3, scope: !226)
!239 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 92, type: !240, scopeLine: 93, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!240 = !DISubroutineType(types: !241)
!241 = !{!108, !45, !5, !13, !54}
!242 = !DILocalVariable(name: "sfd", arg: 1, scope: !239, file: !3, line: 92, type: !45)
!243 = !DILocation(line: 92, column: 20, scope: !239)
!244 = !DILocalVariable(name: "init_state", arg: 2, scope: !239, file: !3, line: 92, type: !5)
!245 = !DILocation(line: 92, column: 42, scope: !239)
!246 = !DILocalVariable(name: "transport", arg: 3, scope: !239, file: !3, line: 93, type: !13)
!247 = !DILocation(line: 93, column: 39, scope: !239)
!248 = !DILocalVariable(name: "base", arg: 4, scope: !239, file: !3, line: 93, type: !54)
!249 = !DILocation(line: 93, column: 69, scope: !239)
!250 = !DILocation(line: 94, column: 7, scope: !251)
!251 = distinct !DILexicalBlock(scope: !239, file: !3, line: 94, column: 7)
!252 = !DILocation(line: 94, column: 11, scope: !251)
!253 = !DILocation(line: 94, column: 15, scope: !251)
!254 = !DILocation(line: 94, column: 18, scope: !251)
!255 = !DILocation(line: 94, column: 22, scope: !251)
!256 = !DILocation(line: 94, column: 7, scope: !239)
!257 = !DILocation(line: 95, column: 5, scope: !251)
!258 = !DILocalVariable(name: "c", scope: !239, file: !3, line: 96, type: !108)
!259 = !DILocation(line: 96, column: 9, scope: !239)
!260 = !DILocation(line: 96, column: 19, scope: !239)
!261 = !DILocation(line: 96, column: 13, scope: !239)
!262 = !DILocation(line: 97, column: 7, scope: !263)
!263 = distinct !DILexicalBlock(scope: !239, file: !3, line: 97, column: 7)
!264 = !DILocation(line: 97, column: 9, scope: !263)
!265 = !DILocation(line: 97, column: 7, scope: !239)
!266 = !DILocation(line: 98, column: 9, scope: !267)
!267 = distinct !DILexicalBlock(scope: !263, file: !3, line: 97, column: 18)
!268 = !DILocation(line: 98, column: 7, scope: !267)
!269 = !DILocation(line: 99, column: 9, scope: !270)
!270 = distinct !DILexicalBlock(scope: !267, file: !3, line: 99, column: 9)
!271 = !DILocation(line: 99, column: 11, scope: !270)
!272 = !DILocation(line: 99, column: 9, scope: !267)
!273 = !DILocation(line: 100, column: 7, scope: !270)
!274 = !DILocation(line: 101, column: 14, scope: !267)
!275 = !DILocation(line: 101, column: 5, scope: !267)
!276 = !DILocation(line: 101, column: 8, scope: !267)
!277 = !DILocation(line: 101, column: 12, scope: !267)
!278 = !DILocation(line: 102, column: 18, scope: !267)
!279 = !DILocation(line: 102, column: 11, scope: !267)
!280 = !DILocation(line: 102, column: 5, scope: !267)
!281 = !DILocation(line: 102, column: 16, scope: !267)
!282 = !DILocation(line: 103, column: 3, scope: !267)
!283 = !DILocation(line: 104, column: 18, scope: !239)
!284 = !DILocation(line: 104, column: 3, scope: !239)
!285 = !DILocation(line: 104, column: 6, scope: !239)
!286 = !DILocation(line: 104, column: 16, scope: !239)
!287 = !DILocation(line: 105, column: 14, scope: !239)
!288 = !DILocation(line: 105, column: 3, scope: !239)
!289 = !DILocation(line: 105, column: 6, scope: !239)
!290 = !DILocation(line: 105, column: 12, scope: !239)
!291 = !DILocation(line: 106, column: 3, scope: !239)
!292 = !DILocation(line: 106, column: 6, scope: !239)
!293 = !DILocation(line: 106, column: 13, scope: !239)
!294 = !DILocation(line: 107, column: 3, scope: !239)
!295 = !DILocation(line: 107, column: 6, scope: !239)
!296 = !DILocation(line: 107, column: 11, scope: !239)
!297 = !DILocation(line: 108, column: 3, scope: !239)
!298 = !DILocation(line: 108, column: 6, scope: !239)
!299 = !DILocation(line: 108, column: 14, scope: !239)
!300 = !DILocation(line: 109, column: 3, scope: !239)
!301 = !DILocation(line: 109, column: 6, scope: !239)
!302 = !DILocation(line: 109, column: 12, scope: !239)
!303 = !DILocation(line: 110, column: 14, scope: !239)
!304 = !DILocation(line: 110, column: 17, scope: !239)
!305 = !DILocation(line: 110, column: 24, scope: !239)
!306 = !DILocation(line: 110, column: 74, scope: !239)
!307 = !DILocation(line: 110, column: 3, scope: !239)
!308 = !DILocation(line: 111, column: 18, scope: !239)
!309 = !DILocation(line: 111, column: 25, scope: !239)
!310 = !DILocation(line: 111, column: 28, scope: !239)
!311 = !DILocation(line: 111, column: 3, scope: !239)
!312 = !DILocation(line: 112, column: 18, scope: !313)
!313 = distinct !DILexicalBlock(scope: !239, file: !3, line: 112, column: 7)
!314 = !DILocation(line: 112, column: 21, scope: !313)
!315 = !DILocation(line: 112, column: 7, scope: !313)
!316 = !DILocation(line: 112, column: 31, scope: !313)
!317 = !DILocation(line: 112, column: 7, scope: !239)
!318 = !DILocation(line: 113, column: 5, scope: !313)
!319 = !DILocation(line: 114, column: 10, scope: !239)
!320 = !DILocation(line: 114, column: 3, scope: !239)
!321 = !DILocation(line: 115, column: 1, scope: !239)
!322 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 279, type: !323, scopeLine: 279, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!323 = !DISubroutineType(types: !324)
!324 = !{null, !45, !325, !31}
!325 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!326 = !DILocalVariable(name: "fd", arg: 1, scope: !322, file: !3, line: 279, type: !45)
!327 = !DILocation(line: 279, column: 31, scope: !322)
!328 = !DILocalVariable(name: "which", arg: 2, scope: !322, file: !3, line: 279, type: !325)
!329 = !DILocation(line: 279, column: 41, scope: !322)
!330 = !DILocalVariable(name: "arg", arg: 3, scope: !322, file: !3, line: 279, type: !31)
!331 = !DILocation(line: 279, column: 54, scope: !322)
!332 = !DILocalVariable(name: "c", scope: !322, file: !3, line: 280, type: !108)
!333 = !DILocation(line: 280, column: 9, scope: !322)
!334 = !DILocation(line: 280, column: 13, scope: !322)
!335 = !DILocation(line: 281, column: 9, scope: !322)
!336 = !DILocation(line: 282, column: 7, scope: !337)
!337 = distinct !DILexicalBlock(scope: !322, file: !3, line: 282, column: 7)
!338 = !DILocation(line: 282, column: 13, scope: !337)
!339 = !DILocation(line: 282, column: 16, scope: !337)
!340 = !DILocation(line: 282, column: 10, scope: !337)
!341 = !DILocation(line: 282, column: 7, scope: !322)
!342 = !DILocation(line: 283, column: 5, scope: !337)
!343 = !DILocation(line: 284, column: 17, scope: !322)
!344 = !DILocation(line: 284, column: 3, scope: !322)
!345 = !DILocation(line: 285, column: 1, scope: !322)
!346 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 136, type: !347, scopeLine: 137, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!347 = !DISubroutineType(types: !348)
!348 = !{null, !45, !5, !13}
!349 = !DILocalVariable(name: "sfd", arg: 1, scope: !346, file: !3, line: 136, type: !45)
!350 = !DILocation(line: 136, column: 28, scope: !346)
!351 = !DILocalVariable(name: "init_state", arg: 2, scope: !346, file: !3, line: 136, type: !5)
!352 = !DILocation(line: 136, column: 50, scope: !346)
!353 = !DILocalVariable(name: "transport", arg: 3, scope: !346, file: !3, line: 137, type: !13)
!354 = !DILocation(line: 137, column: 47, scope: !346)
!355 = !DILocalVariable(name: "item", scope: !346, file: !3, line: 138, type: !63)
!356 = !DILocation(line: 138, column: 12, scope: !346)
!357 = !DILocation(line: 138, column: 19, scope: !346)
!358 = !DILocation(line: 139, column: 7, scope: !359)
!359 = distinct !DILexicalBlock(scope: !346, file: !3, line: 139, column: 7)
!360 = !DILocation(line: 139, column: 12, scope: !359)
!361 = !DILocation(line: 139, column: 7, scope: !346)
!362 = !DILocation(line: 140, column: 11, scope: !363)
!363 = distinct !DILexicalBlock(scope: !359, file: !3, line: 139, column: 21)
!364 = !DILocation(line: 140, column: 5, scope: !363)
!365 = !DILocation(line: 141, column: 5, scope: !363)
!366 = !DILocation(line: 143, column: 15, scope: !346)
!367 = !DILocation(line: 143, column: 3, scope: !346)
!368 = !DILocation(line: 143, column: 9, scope: !346)
!369 = !DILocation(line: 143, column: 13, scope: !346)
!370 = !DILocation(line: 144, column: 22, scope: !346)
!371 = !DILocation(line: 144, column: 3, scope: !346)
!372 = !DILocation(line: 144, column: 9, scope: !346)
!373 = !DILocation(line: 144, column: 20, scope: !346)
!374 = !DILocation(line: 145, column: 21, scope: !346)
!375 = !DILocation(line: 145, column: 3, scope: !346)
!376 = !DILocation(line: 145, column: 9, scope: !346)
!377 = !DILocation(line: 145, column: 19, scope: !346)
!378 = !DILocation(line: 146, column: 11, scope: !346)
!379 = !DILocation(line: 146, column: 27, scope: !346)
!380 = !DILocation(line: 146, column: 3, scope: !346)
!381 = !DILocalVariable(name: "buf", scope: !346, file: !3, line: 147, type: !42)
!382 = !DILocation(line: 147, column: 8, scope: !346)
!383 = !DILocation(line: 148, column: 13, scope: !384)
!384 = distinct !DILexicalBlock(scope: !346, file: !3, line: 148, column: 7)
!385 = !DILocation(line: 148, column: 7, scope: !384)
!386 = !DILocation(line: 148, column: 38, scope: !384)
!387 = !DILocation(line: 148, column: 7, scope: !346)
!388 = !DILocation(line: 149, column: 5, scope: !384)
!389 = !DILocation(line: 150, column: 1, scope: !346)
!390 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 117, type: !391, scopeLine: 117, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!391 = !DISubroutineType(types: !392)
!392 = !{null, !58, !63}
!393 = !DILocalVariable(name: "cq", arg: 1, scope: !390, file: !3, line: 117, type: !58)
!394 = !DILocation(line: 117, column: 25, scope: !390)
!395 = !DILocalVariable(name: "item", arg: 2, scope: !390, file: !3, line: 117, type: !63)
!396 = !DILocation(line: 117, column: 38, scope: !390)
!397 = !DILocation(line: 118, column: 3, scope: !390)
!398 = !DILocation(line: 118, column: 9, scope: !390)
!399 = !DILocation(line: 118, column: 14, scope: !390)
!400 = !DILocation(line: 119, column: 7, scope: !401)
!401 = distinct !DILexicalBlock(scope: !390, file: !3, line: 119, column: 7)
!402 = !DILocation(line: 119, column: 11, scope: !401)
!403 = !DILocation(line: 119, column: 16, scope: !401)
!404 = !DILocation(line: 119, column: 7, scope: !390)
!405 = !DILocation(line: 120, column: 16, scope: !401)
!406 = !DILocation(line: 120, column: 5, scope: !401)
!407 = !DILocation(line: 120, column: 9, scope: !401)
!408 = !DILocation(line: 120, column: 14, scope: !401)
!409 = !DILocation(line: 122, column: 22, scope: !401)
!410 = !DILocation(line: 122, column: 5, scope: !401)
!411 = !DILocation(line: 122, column: 9, scope: !401)
!412 = !DILocation(line: 122, column: 15, scope: !401)
!413 = !DILocation(line: 122, column: 20, scope: !401)
!414 = !DILocation(line: 123, column: 14, scope: !390)
!415 = !DILocation(line: 123, column: 3, scope: !390)
!416 = !DILocation(line: 123, column: 7, scope: !390)
!417 = !DILocation(line: 123, column: 12, scope: !390)
!418 = !DILocation(line: 124, column: 1, scope: !390)
!419 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 337, type: !420, scopeLine: 337, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !200)
!420 = !DISubroutineType(types: !421)
!421 = !{!45, !45, !422}
!422 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !423, size: 64)
!423 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!424 = !DILocalVariable(name: "argc", arg: 1, scope: !419, file: !3, line: 337, type: !45)
!425 = !DILocation(line: 337, column: 14, scope: !419)
!426 = !DILocalVariable(name: "argv", arg: 2, scope: !419, file: !3, line: 337, type: !422)
!427 = !DILocation(line: 337, column: 27, scope: !419)
!428 = !DILocation(line: 338, column: 15, scope: !419)
!429 = !DILocation(line: 338, column: 13, scope: !419)
!430 = !DILocation(line: 339, column: 20, scope: !419)
!431 = !DILocation(line: 339, column: 18, scope: !419)
!432 = !DILocalVariable(name: "fds", scope: !419, file: !3, line: 340, type: !433)
!433 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 64, elements: !434)
!434 = !{!435}
!435 = !DISubrange(count: 2)
!436 = !DILocation(line: 340, column: 7, scope: !419)
!437 = !DILocation(line: 341, column: 7, scope: !438)
!438 = distinct !DILexicalBlock(scope: !419, file: !3, line: 341, column: 7)
!439 = !DILocation(line: 341, column: 22, scope: !438)
!440 = !DILocation(line: 341, column: 30, scope: !438)
!441 = !DILocation(line: 341, column: 38, scope: !438)
!442 = !DILocation(line: 341, column: 33, scope: !438)
!443 = !DILocation(line: 341, column: 43, scope: !438)
!444 = !DILocation(line: 341, column: 7, scope: !419)
!445 = !DILocation(line: 342, column: 5, scope: !438)
!446 = !DILocation(line: 343, column: 20, scope: !419)
!447 = !DILocation(line: 343, column: 18, scope: !419)
!448 = !DILocation(line: 344, column: 28, scope: !419)
!449 = !DILocation(line: 344, column: 3, scope: !419)
!450 = !DILocation(line: 346, column: 18, scope: !419)
!451 = !DILocation(line: 346, column: 3, scope: !419)
!452 = !DILocation(line: 347, column: 3, scope: !419)
!453 = !DILocation(line: 348, column: 7, scope: !454)
!454 = distinct !DILexicalBlock(scope: !419, file: !3, line: 348, column: 7)
!455 = !DILocation(line: 348, column: 12, scope: !454)
!456 = !DILocation(line: 348, column: 16, scope: !454)
!457 = !DILocation(line: 348, column: 38, scope: !454)
!458 = !DILocation(line: 348, column: 19, scope: !454)
!459 = !DILocation(line: 348, column: 7, scope: !419)
!460 = !DILocation(line: 349, column: 5, scope: !454)
!461 = !DILocation(line: 350, column: 7, scope: !462)
!462 = distinct !DILexicalBlock(scope: !419, file: !3, line: 350, column: 7)
!463 = !DILocation(line: 350, column: 43, scope: !462)
!464 = !DILocation(line: 351, column: 7, scope: !462)
!465 = !DILocation(line: 350, column: 7, scope: !419)
!466 = !DILocation(line: 352, column: 5, scope: !462)
!467 = !DILocation(line: 353, column: 26, scope: !419)
!468 = !DILocation(line: 353, column: 10, scope: !419)
!469 = !DILocation(line: 353, column: 3, scope: !419)
!470 = !DILocation(line: 354, column: 1, scope: !419)
!471 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 152, type: !323, scopeLine: 152, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!472 = !DILocalVariable(name: "fd", arg: 1, scope: !471, file: !3, line: 152, type: !45)
!473 = !DILocation(line: 152, column: 41, scope: !471)
!474 = !DILocalVariable(name: "which", arg: 2, scope: !471, file: !3, line: 152, type: !325)
!475 = !DILocation(line: 152, column: 51, scope: !471)
!476 = !DILocalVariable(name: "arg", arg: 3, scope: !471, file: !3, line: 152, type: !31)
!477 = !DILocation(line: 152, column: 64, scope: !471)
!478 = !DILocalVariable(name: "buf", scope: !471, file: !3, line: 153, type: !42)
!479 = !DILocation(line: 153, column: 8, scope: !471)
!480 = !DILocation(line: 154, column: 9, scope: !471)
!481 = !DILocation(line: 155, column: 9, scope: !471)
!482 = !DILocation(line: 156, column: 12, scope: !483)
!483 = distinct !DILexicalBlock(scope: !471, file: !3, line: 156, column: 7)
!484 = !DILocation(line: 156, column: 7, scope: !483)
!485 = !DILocation(line: 156, column: 25, scope: !483)
!486 = !DILocation(line: 156, column: 7, scope: !471)
!487 = !DILocation(line: 157, column: 5, scope: !483)
!488 = !DILocalVariable(name: "item", scope: !471, file: !3, line: 158, type: !63)
!489 = !DILocation(line: 158, column: 12, scope: !471)
!490 = !DILocation(line: 158, column: 26, scope: !471)
!491 = !DILocation(line: 158, column: 19, scope: !471)
!492 = !DILocation(line: 159, column: 7, scope: !493)
!493 = distinct !DILexicalBlock(scope: !471, file: !3, line: 159, column: 7)
!494 = !DILocation(line: 159, column: 12, scope: !493)
!495 = !DILocation(line: 159, column: 7, scope: !471)
!496 = !DILocation(line: 160, column: 5, scope: !493)
!497 = !DILocation(line: 161, column: 16, scope: !498)
!498 = distinct !DILexicalBlock(scope: !471, file: !3, line: 161, column: 7)
!499 = !DILocation(line: 161, column: 22, scope: !498)
!500 = !DILocation(line: 161, column: 27, scope: !498)
!501 = !DILocation(line: 161, column: 33, scope: !498)
!502 = !DILocation(line: 161, column: 45, scope: !498)
!503 = !DILocation(line: 161, column: 51, scope: !498)
!504 = !DILocation(line: 161, column: 62, scope: !498)
!505 = !DILocation(line: 161, column: 7, scope: !498)
!506 = !DILocation(line: 161, column: 73, scope: !498)
!507 = !DILocation(line: 161, column: 7, scope: !471)
!508 = !DILocation(line: 163, column: 11, scope: !498)
!509 = !DILocation(line: 163, column: 17, scope: !498)
!510 = !DILocation(line: 163, column: 5, scope: !498)
!511 = !DILocation(line: 164, column: 8, scope: !471)
!512 = !DILocation(line: 164, column: 3, scope: !471)
!513 = !DILocation(line: 165, column: 1, scope: !471)
!514 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 321, type: !515, scopeLine: 321, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!515 = !DISubroutineType(types: !516)
!516 = !{!45, !517}
!517 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !518, size: 64)
!518 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!519 = !DILocalVariable(name: "path", arg: 1, scope: !514, file: !3, line: 321, type: !517)
!520 = !DILocation(line: 321, column: 43, scope: !514)
!521 = !DILocalVariable(name: "sfd", scope: !514, file: !3, line: 322, type: !45)
!522 = !DILocation(line: 322, column: 7, scope: !514)
!523 = !DILocation(line: 322, column: 13, scope: !514)
!524 = !DILocation(line: 323, column: 7, scope: !525)
!525 = distinct !DILexicalBlock(scope: !514, file: !3, line: 323, column: 7)
!526 = !DILocation(line: 323, column: 11, scope: !525)
!527 = !DILocation(line: 323, column: 7, scope: !514)
!528 = !DILocation(line: 324, column: 5, scope: !525)
!529 = !DILocalVariable(name: "addr", scope: !514, file: !3, line: 325, type: !530)
!530 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !531, line: 29, size: 880, elements: !532)
!531 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!532 = !{!533, !534}
!533 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !530, file: !531, line: 31, baseType: !37, size: 16)
!534 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !530, file: !531, line: 32, baseType: !535, size: 864, offset: 16)
!535 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 864, elements: !536)
!536 = !{!537}
!537 = !DISubrange(count: 108)
!538 = !DILocation(line: 325, column: 22, scope: !514)
!539 = !DILocation(line: 326, column: 3, scope: !514)
!540 = !DILocation(line: 327, column: 8, scope: !514)
!541 = !DILocation(line: 327, column: 19, scope: !514)
!542 = !DILocation(line: 328, column: 16, scope: !514)
!543 = !DILocation(line: 328, column: 11, scope: !514)
!544 = !DILocation(line: 328, column: 26, scope: !514)
!545 = !DILocation(line: 328, column: 3, scope: !514)
!546 = !DILocation(line: 329, column: 12, scope: !547)
!547 = distinct !DILexicalBlock(scope: !514, file: !3, line: 329, column: 7)
!548 = !DILocation(line: 329, column: 7, scope: !547)
!549 = !DILocation(line: 329, column: 57, scope: !547)
!550 = !DILocation(line: 329, column: 63, scope: !547)
!551 = !DILocation(line: 330, column: 14, scope: !547)
!552 = !DILocation(line: 330, column: 7, scope: !547)
!553 = !DILocation(line: 330, column: 25, scope: !547)
!554 = !DILocation(line: 329, column: 7, scope: !514)
!555 = !DILocation(line: 331, column: 11, scope: !556)
!556 = distinct !DILexicalBlock(scope: !547, file: !3, line: 330, column: 32)
!557 = !DILocation(line: 331, column: 5, scope: !556)
!558 = !DILocation(line: 332, column: 5, scope: !556)
!559 = !DILocation(line: 334, column: 19, scope: !514)
!560 = !DILocation(line: 334, column: 57, scope: !514)
!561 = !DILocation(line: 334, column: 10, scope: !514)
!562 = !DILocation(line: 334, column: 68, scope: !514)
!563 = !DILocation(line: 334, column: 3, scope: !514)
!564 = !DILocation(line: 335, column: 1, scope: !514)
!565 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 287, type: !566, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!566 = !DISubroutineType(types: !567)
!567 = !{!45, !45, !13}
!568 = !DILocalVariable(name: "port", arg: 1, scope: !565, file: !3, line: 287, type: !45)
!569 = !DILocation(line: 287, column: 30, scope: !565)
!570 = !DILocalVariable(name: "transport", arg: 2, scope: !565, file: !3, line: 287, type: !13)
!571 = !DILocation(line: 287, column: 59, scope: !565)
!572 = !DILocalVariable(name: "hints", scope: !565, file: !3, line: 288, type: !573)
!573 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !574, line: 565, size: 384, elements: !575)
!574 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!575 = !{!576, !577, !578, !579, !580, !581, !582, !583}
!576 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !573, file: !574, line: 567, baseType: !45, size: 32)
!577 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !573, file: !574, line: 568, baseType: !45, size: 32, offset: 32)
!578 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !573, file: !574, line: 569, baseType: !45, size: 32, offset: 64)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !573, file: !574, line: 570, baseType: !45, size: 32, offset: 96)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !573, file: !574, line: 571, baseType: !156, size: 32, offset: 128)
!581 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !573, file: !574, line: 572, baseType: !32, size: 64, offset: 192)
!582 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !573, file: !574, line: 573, baseType: !423, size: 64, offset: 256)
!583 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !573, file: !574, line: 574, baseType: !584, size: 64, offset: 320)
!584 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !573, size: 64)
!585 = !DILocation(line: 288, column: 19, scope: !565)
!586 = !DILocation(line: 289, column: 3, scope: !565)
!587 = !DILocation(line: 290, column: 9, scope: !565)
!588 = !DILocation(line: 290, column: 18, scope: !565)
!589 = !DILocation(line: 291, column: 9, scope: !565)
!590 = !DILocation(line: 291, column: 19, scope: !565)
!591 = !DILocation(line: 292, column: 23, scope: !565)
!592 = !DILocation(line: 292, column: 9, scope: !565)
!593 = !DILocation(line: 292, column: 21, scope: !565)
!594 = !DILocalVariable(name: "port_buf", scope: !565, file: !3, line: 293, type: !595)
!595 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 128, elements: !146)
!596 = !DILocation(line: 293, column: 8, scope: !565)
!597 = !DILocation(line: 294, column: 12, scope: !565)
!598 = !DILocation(line: 294, column: 46, scope: !565)
!599 = !DILocation(line: 294, column: 3, scope: !565)
!600 = !DILocalVariable(name: "ai", scope: !565, file: !3, line: 295, type: !584)
!601 = !DILocation(line: 295, column: 20, scope: !565)
!602 = !DILocation(line: 296, column: 25, scope: !603)
!603 = distinct !DILexicalBlock(scope: !565, file: !3, line: 296, column: 7)
!604 = !DILocation(line: 296, column: 7, scope: !603)
!605 = !DILocation(line: 296, column: 48, scope: !603)
!606 = !DILocation(line: 296, column: 7, scope: !565)
!607 = !DILocation(line: 297, column: 5, scope: !603)
!608 = !DILocalVariable(name: "next", scope: !609, file: !3, line: 298, type: !584)
!609 = distinct !DILexicalBlock(scope: !565, file: !3, line: 298, column: 3)
!610 = !DILocation(line: 298, column: 25, scope: !609)
!611 = !DILocation(line: 298, column: 32, scope: !609)
!612 = !DILocation(line: 298, column: 8, scope: !609)
!613 = !DILocation(line: 298, column: 36, scope: !614)
!614 = distinct !DILexicalBlock(scope: !609, file: !3, line: 298, column: 3)
!615 = !DILocation(line: 298, column: 3, scope: !609)
!616 = !DILocalVariable(name: "sfd", scope: !617, file: !3, line: 299, type: !45)
!617 = distinct !DILexicalBlock(scope: !614, file: !3, line: 298, column: 64)
!618 = !DILocation(line: 299, column: 9, scope: !617)
!619 = !DILocation(line: 299, column: 22, scope: !617)
!620 = !DILocation(line: 299, column: 28, scope: !617)
!621 = !DILocation(line: 299, column: 39, scope: !617)
!622 = !DILocation(line: 299, column: 45, scope: !617)
!623 = !DILocation(line: 299, column: 58, scope: !617)
!624 = !DILocation(line: 299, column: 64, scope: !617)
!625 = !DILocation(line: 299, column: 15, scope: !617)
!626 = !DILocation(line: 300, column: 9, scope: !627)
!627 = distinct !DILexicalBlock(scope: !617, file: !3, line: 300, column: 9)
!628 = !DILocation(line: 300, column: 13, scope: !627)
!629 = !DILocation(line: 300, column: 9, scope: !617)
!630 = !DILocation(line: 301, column: 7, scope: !627)
!631 = !DILocation(line: 302, column: 14, scope: !632)
!632 = distinct !DILexicalBlock(scope: !617, file: !3, line: 302, column: 9)
!633 = !DILocation(line: 302, column: 19, scope: !632)
!634 = !DILocation(line: 302, column: 25, scope: !632)
!635 = !DILocation(line: 302, column: 34, scope: !632)
!636 = !DILocation(line: 302, column: 40, scope: !632)
!637 = !DILocation(line: 302, column: 9, scope: !632)
!638 = !DILocation(line: 302, column: 52, scope: !632)
!639 = !DILocation(line: 302, column: 9, scope: !617)
!640 = !DILocation(line: 303, column: 13, scope: !641)
!641 = distinct !DILexicalBlock(scope: !632, file: !3, line: 302, column: 59)
!642 = !DILocation(line: 303, column: 7, scope: !641)
!643 = !DILocation(line: 304, column: 7, scope: !641)
!644 = !DILocation(line: 306, column: 10, scope: !645)
!645 = distinct !DILexicalBlock(scope: !617, file: !3, line: 306, column: 9)
!646 = !DILocation(line: 306, column: 28, scope: !645)
!647 = !DILocation(line: 306, column: 38, scope: !645)
!648 = !DILocation(line: 306, column: 31, scope: !645)
!649 = !DILocation(line: 306, column: 49, scope: !645)
!650 = !DILocation(line: 306, column: 9, scope: !617)
!651 = !DILocation(line: 307, column: 13, scope: !652)
!652 = distinct !DILexicalBlock(scope: !645, file: !3, line: 306, column: 56)
!653 = !DILocation(line: 307, column: 7, scope: !652)
!654 = !DILocation(line: 308, column: 7, scope: !652)
!655 = !DILocation(line: 310, column: 9, scope: !656)
!656 = distinct !DILexicalBlock(scope: !617, file: !3, line: 310, column: 9)
!657 = !DILocation(line: 310, column: 9, scope: !617)
!658 = !DILocation(line: 311, column: 25, scope: !659)
!659 = distinct !DILexicalBlock(scope: !656, file: !3, line: 310, column: 28)
!660 = !DILocation(line: 311, column: 41, scope: !659)
!661 = !DILocation(line: 311, column: 7, scope: !659)
!662 = !DILocation(line: 312, column: 5, scope: !659)
!663 = !DILocation(line: 312, column: 25, scope: !664)
!664 = distinct !DILexicalBlock(scope: !656, file: !3, line: 312, column: 16)
!665 = !DILocation(line: 312, column: 46, scope: !664)
!666 = !DILocation(line: 312, column: 57, scope: !664)
!667 = !DILocation(line: 312, column: 16, scope: !664)
!668 = !DILocation(line: 312, column: 68, scope: !664)
!669 = !DILocation(line: 312, column: 16, scope: !656)
!670 = !DILocation(line: 313, column: 20, scope: !671)
!671 = distinct !DILexicalBlock(scope: !664, file: !3, line: 312, column: 77)
!672 = !DILocation(line: 313, column: 7, scope: !671)
!673 = !DILocation(line: 314, column: 7, scope: !671)
!674 = !DILocation(line: 316, column: 3, scope: !617)
!675 = !DILocation(line: 298, column: 49, scope: !614)
!676 = !DILocation(line: 298, column: 55, scope: !614)
!677 = !DILocation(line: 298, column: 47, scope: !614)
!678 = !DILocation(line: 298, column: 3, scope: !614)
!679 = distinct !{!679, !615, !680, !681}
!680 = !DILocation(line: 316, column: 3, scope: !609)
!681 = !{!"llvm.loop.mustprogress"}
!682 = !DILocation(line: 317, column: 16, scope: !565)
!683 = !DILocation(line: 317, column: 3, scope: !565)
!684 = !DILocation(line: 318, column: 3, scope: !565)
!685 = !DILocation(line: 319, column: 1, scope: !565)
!686 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 213, type: !687, scopeLine: 213, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!687 = !DISubroutineType(types: !688)
!688 = !{null, !108}
!689 = !DILocalVariable(name: "c", arg: 1, scope: !686, file: !3, line: 213, type: !108)
!690 = !DILocation(line: 213, column: 33, scope: !686)
!691 = !DILocalVariable(name: "stop", scope: !686, file: !3, line: 214, type: !692)
!692 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!693 = !DILocation(line: 214, column: 8, scope: !686)
!694 = !DILocation(line: 215, column: 3, scope: !686)
!695 = !DILocation(line: 215, column: 11, scope: !686)
!696 = !DILocation(line: 215, column: 10, scope: !686)
!697 = !DILocation(line: 216, column: 13, scope: !698)
!698 = distinct !DILexicalBlock(scope: !686, file: !3, line: 215, column: 17)
!699 = !DILocation(line: 216, column: 16, scope: !698)
!700 = !DILocation(line: 216, column: 5, scope: !698)
!701 = !DILocalVariable(name: "addr", scope: !702, file: !3, line: 218, type: !704)
!702 = distinct !DILexicalBlock(scope: !703, file: !3, line: 217, column: 26)
!703 = distinct !DILexicalBlock(scope: !698, file: !3, line: 216, column: 23)
!704 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !34, line: 196, size: 1024, elements: !705)
!705 = !{!706, !707, !711}
!706 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !704, file: !34, line: 198, baseType: !37, size: 16)
!707 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !704, file: !34, line: 199, baseType: !708, size: 944, offset: 16)
!708 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 944, elements: !709)
!709 = !{!710}
!710 = !DISubrange(count: 118)
!711 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !704, file: !34, line: 200, baseType: !99, size: 64, offset: 960)
!712 = !DILocation(line: 218, column: 31, scope: !702)
!713 = !DILocalVariable(name: "addrlen", scope: !702, file: !3, line: 219, type: !156)
!714 = !DILocation(line: 219, column: 17, scope: !702)
!715 = !DILocalVariable(name: "sfd", scope: !702, file: !3, line: 220, type: !45)
!716 = !DILocation(line: 220, column: 11, scope: !702)
!717 = !DILocation(line: 220, column: 24, scope: !702)
!718 = !DILocation(line: 220, column: 27, scope: !702)
!719 = !DILocation(line: 220, column: 17, scope: !702)
!720 = !DILocation(line: 221, column: 11, scope: !721)
!721 = distinct !DILexicalBlock(scope: !702, file: !3, line: 221, column: 11)
!722 = !DILocation(line: 221, column: 15, scope: !721)
!723 = !DILocation(line: 221, column: 11, scope: !702)
!724 = !DILocation(line: 222, column: 14, scope: !725)
!725 = distinct !DILexicalBlock(scope: !721, file: !3, line: 221, column: 22)
!726 = !DILocation(line: 223, column: 9, scope: !725)
!727 = !DILocation(line: 225, column: 11, scope: !728)
!728 = distinct !DILexicalBlock(scope: !702, file: !3, line: 225, column: 11)
!729 = !DILocation(line: 225, column: 15, scope: !728)
!730 = !DILocation(line: 225, column: 11, scope: !702)
!731 = !DILocalVariable(name: "str", scope: !732, file: !3, line: 226, type: !517)
!732 = distinct !DILexicalBlock(scope: !728, file: !3, line: 225, column: 27)
!733 = !DILocation(line: 226, column: 21, scope: !732)
!734 = !DILocation(line: 227, column: 19, scope: !735)
!735 = distinct !DILexicalBlock(scope: !732, file: !3, line: 227, column: 13)
!736 = !DILocation(line: 227, column: 24, scope: !735)
!737 = !DILocation(line: 227, column: 36, scope: !735)
!738 = !DILocation(line: 227, column: 29, scope: !735)
!739 = !DILocation(line: 227, column: 13, scope: !735)
!740 = !DILocation(line: 227, column: 42, scope: !735)
!741 = !DILocation(line: 227, column: 13, scope: !732)
!742 = !DILocation(line: 228, column: 11, scope: !735)
!743 = !DILocation(line: 229, column: 15, scope: !732)
!744 = !DILocation(line: 229, column: 9, scope: !732)
!745 = !DILocation(line: 230, column: 7, scope: !732)
!746 = !DILocation(line: 231, column: 27, scope: !747)
!747 = distinct !DILexicalBlock(scope: !728, file: !3, line: 230, column: 14)
!748 = !DILocation(line: 231, column: 46, scope: !747)
!749 = !DILocation(line: 231, column: 49, scope: !747)
!750 = !DILocation(line: 231, column: 9, scope: !747)
!751 = !DILocation(line: 233, column: 12, scope: !702)
!752 = !DILocation(line: 234, column: 7, scope: !702)
!753 = !DILocation(line: 237, column: 7, scope: !703)
!754 = !DILocation(line: 237, column: 10, scope: !703)
!755 = !DILocation(line: 237, column: 17, scope: !703)
!756 = !DILocation(line: 238, column: 7, scope: !703)
!757 = !DILocation(line: 238, column: 10, scope: !703)
!758 = !DILocation(line: 238, column: 16, scope: !703)
!759 = !DILocation(line: 239, column: 7, scope: !703)
!760 = !DILocalVariable(name: "res", scope: !761, file: !3, line: 241, type: !45)
!761 = distinct !DILexicalBlock(scope: !703, file: !3, line: 240, column: 21)
!762 = !DILocation(line: 241, column: 11, scope: !761)
!763 = !DILocation(line: 242, column: 12, scope: !764)
!764 = distinct !DILexicalBlock(scope: !761, file: !3, line: 242, column: 11)
!765 = !DILocation(line: 242, column: 11, scope: !761)
!766 = !DILocation(line: 243, column: 32, scope: !764)
!767 = !DILocation(line: 243, column: 15, scope: !764)
!768 = !DILocation(line: 243, column: 13, scope: !764)
!769 = !DILocation(line: 243, column: 9, scope: !764)
!770 = !DILocation(line: 245, column: 28, scope: !764)
!771 = !DILocation(line: 245, column: 15, scope: !764)
!772 = !DILocation(line: 245, column: 13, scope: !764)
!773 = !DILocation(line: 246, column: 12, scope: !774)
!774 = distinct !DILexicalBlock(scope: !761, file: !3, line: 246, column: 11)
!775 = !DILocation(line: 246, column: 11, scope: !761)
!776 = !DILocation(line: 247, column: 14, scope: !777)
!777 = distinct !DILexicalBlock(scope: !774, file: !3, line: 246, column: 17)
!778 = !DILocation(line: 248, column: 9, scope: !777)
!779 = !DILocation(line: 250, column: 11, scope: !780)
!780 = distinct !DILexicalBlock(scope: !761, file: !3, line: 250, column: 11)
!781 = !DILocation(line: 250, column: 14, scope: !780)
!782 = !DILocation(line: 250, column: 22, scope: !780)
!783 = !DILocation(line: 250, column: 11, scope: !761)
!784 = !DILocation(line: 251, column: 14, scope: !785)
!785 = distinct !DILexicalBlock(scope: !786, file: !3, line: 251, column: 13)
!786 = distinct !DILexicalBlock(scope: !780, file: !3, line: 250, column: 30)
!787 = !DILocation(line: 251, column: 13, scope: !786)
!788 = !DILocation(line: 252, column: 11, scope: !785)
!789 = !DILocation(line: 252, column: 14, scope: !785)
!790 = !DILocation(line: 252, column: 20, scope: !785)
!791 = !DILocation(line: 253, column: 9, scope: !786)
!792 = !DILocation(line: 253, column: 12, scope: !786)
!793 = !DILocation(line: 253, column: 18, scope: !786)
!794 = !DILocation(line: 254, column: 9, scope: !786)
!795 = !DILocation(line: 256, column: 11, scope: !761)
!796 = !DILocation(line: 257, column: 7, scope: !761)
!797 = !DILocation(line: 257, column: 10, scope: !761)
!798 = !DILocation(line: 257, column: 16, scope: !761)
!799 = !DILocation(line: 258, column: 7, scope: !761)
!800 = !DILocation(line: 261, column: 14, scope: !801)
!801 = distinct !DILexicalBlock(scope: !703, file: !3, line: 261, column: 11)
!802 = !DILocation(line: 261, column: 11, scope: !703)
!803 = !DILocation(line: 261, column: 46, scope: !801)
!804 = !DILocation(line: 261, column: 37, scope: !801)
!805 = !DILocation(line: 261, column: 13, scope: !801)
!806 = !DILocation(line: 261, column: 64, scope: !801)
!807 = !DILocation(line: 261, column: 51, scope: !801)
!808 = !DILocation(line: 262, column: 9, scope: !809)
!809 = distinct !DILexicalBlock(scope: !801, file: !3, line: 261, column: 69)
!810 = !DILocation(line: 262, column: 12, scope: !809)
!811 = !DILocation(line: 262, column: 18, scope: !809)
!812 = !DILocation(line: 263, column: 9, scope: !809)
!813 = !DILocation(line: 265, column: 18, scope: !703)
!814 = !DILocation(line: 265, column: 7, scope: !703)
!815 = !DILocation(line: 265, column: 10, scope: !703)
!816 = !DILocation(line: 265, column: 16, scope: !703)
!817 = !DILocation(line: 266, column: 12, scope: !703)
!818 = !DILocation(line: 267, column: 7, scope: !703)
!819 = !DILocation(line: 269, column: 12, scope: !820)
!820 = distinct !DILexicalBlock(scope: !703, file: !3, line: 269, column: 11)
!821 = !DILocation(line: 269, column: 11, scope: !703)
!822 = !DILocation(line: 270, column: 20, scope: !823)
!823 = distinct !DILexicalBlock(scope: !820, file: !3, line: 269, column: 34)
!824 = !DILocation(line: 270, column: 23, scope: !823)
!825 = !DILocation(line: 270, column: 9, scope: !823)
!826 = !DILocation(line: 271, column: 15, scope: !823)
!827 = !DILocation(line: 271, column: 18, scope: !823)
!828 = !DILocation(line: 271, column: 9, scope: !823)
!829 = !DILocation(line: 272, column: 7, scope: !823)
!830 = !DILocation(line: 273, column: 12, scope: !703)
!831 = !DILocation(line: 274, column: 7, scope: !703)
!832 = distinct !{!832, !694, !833, !681}
!833 = !DILocation(line: 276, column: 3, scope: !686)
!834 = !DILocation(line: 277, column: 1, scope: !686)
!835 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 179, type: !836, scopeLine: 179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!836 = !DISubroutineType(types: !837)
!837 = !{!45, !108}
!838 = !DILocalVariable(name: "c", arg: 1, scope: !835, file: !3, line: 179, type: !108)
!839 = !DILocation(line: 179, column: 35, scope: !835)
!840 = !DILocalVariable(name: "res", scope: !835, file: !3, line: 180, type: !162)
!841 = !DILocation(line: 180, column: 11, scope: !835)
!842 = !DILocation(line: 180, column: 17, scope: !835)
!843 = !DILocation(line: 180, column: 20, scope: !835)
!844 = !DILocation(line: 180, column: 25, scope: !835)
!845 = !DILocation(line: 180, column: 28, scope: !835)
!846 = !DILocation(line: 180, column: 31, scope: !835)
!847 = !DILocation(line: 180, column: 38, scope: !835)
!848 = !DILocation(line: 180, column: 41, scope: !835)
!849 = !DILocation(line: 180, column: 36, scope: !835)
!850 = !DILocation(line: 180, column: 67, scope: !835)
!851 = !DILocation(line: 180, column: 70, scope: !835)
!852 = !DILocation(line: 180, column: 65, scope: !835)
!853 = !DILocation(line: 181, column: 7, scope: !854)
!854 = distinct !DILexicalBlock(scope: !835, file: !3, line: 181, column: 7)
!855 = !DILocation(line: 181, column: 11, scope: !854)
!856 = !DILocation(line: 181, column: 7, scope: !835)
!857 = !DILocation(line: 182, column: 5, scope: !854)
!858 = !DILocation(line: 183, column: 21, scope: !835)
!859 = !DILocation(line: 183, column: 16, scope: !835)
!860 = !DILocation(line: 183, column: 3, scope: !835)
!861 = !DILocation(line: 183, column: 6, scope: !835)
!862 = !DILocation(line: 183, column: 13, scope: !835)
!863 = !DILocation(line: 184, column: 3, scope: !835)
!864 = !DILocation(line: 185, column: 1, scope: !835)
!865 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 167, type: !836, scopeLine: 167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!866 = !DILocalVariable(name: "c", arg: 1, scope: !865, file: !3, line: 167, type: !108)
!867 = !DILocation(line: 167, column: 31, scope: !865)
!868 = !DILocation(line: 168, column: 3, scope: !865)
!869 = !DILocation(line: 168, column: 6, scope: !865)
!870 = !DILocation(line: 168, column: 24, scope: !865)
!871 = !DILocalVariable(name: "res", scope: !865, file: !3, line: 169, type: !162)
!872 = !DILocation(line: 169, column: 11, scope: !865)
!873 = !DILocation(line: 169, column: 26, scope: !865)
!874 = !DILocation(line: 169, column: 29, scope: !865)
!875 = !DILocation(line: 169, column: 34, scope: !865)
!876 = !DILocation(line: 169, column: 37, scope: !865)
!877 = !DILocation(line: 170, column: 46, scope: !865)
!878 = !DILocation(line: 170, column: 49, scope: !865)
!879 = !DILocation(line: 171, column: 27, scope: !865)
!880 = !DILocation(line: 171, column: 30, scope: !865)
!881 = !DILocation(line: 169, column: 17, scope: !865)
!882 = !DILocation(line: 172, column: 7, scope: !883)
!883 = distinct !DILexicalBlock(scope: !865, file: !3, line: 172, column: 7)
!884 = !DILocation(line: 172, column: 11, scope: !883)
!885 = !DILocation(line: 172, column: 7, scope: !865)
!886 = !DILocation(line: 173, column: 22, scope: !887)
!887 = distinct !DILexicalBlock(scope: !883, file: !3, line: 172, column: 16)
!888 = !DILocation(line: 173, column: 17, scope: !887)
!889 = !DILocation(line: 173, column: 5, scope: !887)
!890 = !DILocation(line: 173, column: 8, scope: !887)
!891 = !DILocation(line: 173, column: 15, scope: !887)
!892 = !DILocation(line: 174, column: 5, scope: !887)
!893 = !DILocation(line: 176, column: 3, scope: !865)
!894 = !DILocation(line: 177, column: 1, scope: !865)
!895 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 201, type: !836, scopeLine: 201, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!896 = !DILocalVariable(name: "c", arg: 1, scope: !895, file: !3, line: 201, type: !108)
!897 = !DILocation(line: 201, column: 27, scope: !895)
!898 = !DILocalVariable(name: "iov", scope: !895, file: !3, line: 202, type: !179)
!899 = !DILocation(line: 202, column: 16, scope: !895)
!900 = !DILocalVariable(name: "msg", scope: !895, file: !3, line: 203, type: !173)
!901 = !DILocation(line: 203, column: 17, scope: !895)
!902 = !DILocation(line: 203, column: 33, scope: !895)
!903 = !DILocation(line: 203, column: 23, scope: !895)
!904 = !DILocation(line: 204, column: 10, scope: !895)
!905 = !DILocation(line: 204, column: 13, scope: !895)
!906 = !DILocation(line: 204, column: 21, scope: !895)
!907 = !DILocation(line: 204, column: 33, scope: !895)
!908 = !DILocation(line: 204, column: 3, scope: !895)
!909 = distinct !DISubprogram(name: "transmit_udp", scope: !3, file: !3, line: 207, type: !836, scopeLine: 207, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!910 = !DILocalVariable(name: "c", arg: 1, scope: !909, file: !3, line: 207, type: !108)
!911 = !DILocation(line: 207, column: 31, scope: !909)
!912 = !DILocalVariable(name: "iov", scope: !909, file: !3, line: 208, type: !179)
!913 = !DILocation(line: 208, column: 16, scope: !909)
!914 = !DILocalVariable(name: "msg", scope: !909, file: !3, line: 209, type: !173)
!915 = !DILocation(line: 209, column: 17, scope: !909)
!916 = !DILocation(line: 209, column: 33, scope: !909)
!917 = !DILocation(line: 209, column: 23, scope: !909)
!918 = !DILocation(line: 210, column: 18, scope: !909)
!919 = !DILocation(line: 210, column: 21, scope: !909)
!920 = !DILocation(line: 210, column: 10, scope: !909)
!921 = !DILocation(line: 210, column: 35, scope: !909)
!922 = !DILocation(line: 210, column: 3, scope: !909)
!923 = distinct !DISubprogram(name: "reply_msg", scope: !3, file: !3, line: 187, type: !924, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!924 = !DISubroutineType(types: !925)
!925 = !{!173, !108, !178}
!926 = !DILocalVariable(name: "c", arg: 1, scope: !923, file: !3, line: 187, type: !108)
!927 = !DILocation(line: 187, column: 38, scope: !923)
!928 = !DILocalVariable(name: "iov", arg: 2, scope: !923, file: !3, line: 187, type: !178)
!929 = !DILocation(line: 187, column: 55, scope: !923)
!930 = !DILocalVariable(name: "msg", scope: !923, file: !3, line: 188, type: !173)
!931 = !DILocation(line: 188, column: 17, scope: !923)
!932 = !DILocation(line: 189, column: 3, scope: !923)
!933 = !DILocation(line: 190, column: 3, scope: !923)
!934 = !DILocation(line: 190, column: 8, scope: !923)
!935 = !DILocation(line: 190, column: 17, scope: !923)
!936 = !DILocation(line: 191, column: 3, scope: !923)
!937 = !DILocation(line: 191, column: 8, scope: !923)
!938 = !DILocation(line: 191, column: 16, scope: !923)
!939 = !DILocation(line: 192, column: 17, scope: !923)
!940 = !DILocation(line: 192, column: 7, scope: !923)
!941 = !DILocation(line: 192, column: 15, scope: !923)
!942 = !DILocation(line: 193, column: 7, scope: !923)
!943 = !DILocation(line: 193, column: 18, scope: !923)
!944 = !DILocation(line: 194, column: 7, scope: !945)
!945 = distinct !DILexicalBlock(scope: !923, file: !3, line: 194, column: 7)
!946 = !DILocation(line: 194, column: 7, scope: !923)
!947 = !DILocation(line: 195, column: 21, scope: !948)
!948 = distinct !DILexicalBlock(scope: !945, file: !3, line: 194, column: 29)
!949 = !DILocation(line: 195, column: 24, scope: !948)
!950 = !DILocation(line: 195, column: 9, scope: !948)
!951 = !DILocation(line: 195, column: 18, scope: !948)
!952 = !DILocation(line: 196, column: 23, scope: !948)
!953 = !DILocation(line: 196, column: 26, scope: !948)
!954 = !DILocation(line: 196, column: 9, scope: !948)
!955 = !DILocation(line: 196, column: 21, scope: !948)
!956 = !DILocation(line: 197, column: 3, scope: !948)
!957 = !DILocation(line: 198, column: 3, scope: !923)
!958 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 126, type: !959, scopeLine: 126, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !200)
!959 = !DISubroutineType(types: !960)
!960 = !{!63, !58}
!961 = !DILocalVariable(name: "cq", arg: 1, scope: !958, file: !3, line: 126, type: !58)
!962 = !DILocation(line: 126, column: 28, scope: !958)
!963 = !DILocalVariable(name: "item", scope: !958, file: !3, line: 127, type: !63)
!964 = !DILocation(line: 127, column: 12, scope: !958)
!965 = !DILocation(line: 127, column: 19, scope: !958)
!966 = !DILocation(line: 127, column: 23, scope: !958)
!967 = !DILocation(line: 128, column: 7, scope: !968)
!968 = distinct !DILexicalBlock(scope: !958, file: !3, line: 128, column: 7)
!969 = !DILocation(line: 128, column: 12, scope: !968)
!970 = !DILocation(line: 128, column: 7, scope: !958)
!971 = !DILocation(line: 129, column: 16, scope: !972)
!972 = distinct !DILexicalBlock(scope: !968, file: !3, line: 128, column: 21)
!973 = !DILocation(line: 129, column: 22, scope: !972)
!974 = !DILocation(line: 129, column: 5, scope: !972)
!975 = !DILocation(line: 129, column: 9, scope: !972)
!976 = !DILocation(line: 129, column: 14, scope: !972)
!977 = !DILocation(line: 130, column: 9, scope: !978)
!978 = distinct !DILexicalBlock(scope: !972, file: !3, line: 130, column: 9)
!979 = !DILocation(line: 130, column: 13, scope: !978)
!980 = !DILocation(line: 130, column: 18, scope: !978)
!981 = !DILocation(line: 130, column: 9, scope: !972)
!982 = !DILocation(line: 131, column: 7, scope: !978)
!983 = !DILocation(line: 131, column: 11, scope: !978)
!984 = !DILocation(line: 131, column: 16, scope: !978)
!985 = !DILocation(line: 132, column: 3, scope: !972)
!986 = !DILocation(line: 133, column: 10, scope: !958)
!987 = !DILocation(line: 133, column: 3, scope: !958)
