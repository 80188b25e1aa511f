; memcached-threads.ll at -O1: drive_machine, try_read_udp and transmit inlined
; into event_handler, server_socket_unix into main, the field accesses
; tagged with TBAA (the struct and the field offset) and addressed with
; byte offsets. The same sockets.
;
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
; SOCKETS-NEXT: socket #0: stream unix, created in main at memcached-threads.c:390
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:397
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-threads.c:365
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:368
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in event_handler at memcached-threads.c:298
;
; UDP: arrival: recvfrom on socket #1 in event_handler at memcached-threads.c:260 (called at memcached-threads.c:312), loop #{{[0-9]+}}
; UDP: reply: sendmsg on socket #1 in event_handler at memcached-threads.c:288 (called at memcached-threads.c:329), loop #{{[0-9]+}}
;
; TCP: arrival: read on socket #2 in tcp_read at memcached-threads.c:100, loop #{{[0-9]+}}
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-threads.c:104, loop #{{[0-9]+}}
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-threads.c:108, loop #{{[0-9]+}}
;
; MADE-FROM: Inputs/memcached-threads.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - memcached-threads.c

; ModuleID = 'memcached-threads.c'

; ModuleID = 'memcached-threads.c'
source_filename = "memcached-threads.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.LIBEVENT_THREAD = type { i64, ptr, %struct.event, i32, i32, ptr }
%struct.event = type { [128 x i8] }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }

@conns = internal unnamed_addr global ptr null, align 8, !dbg !0
@last_thread = internal unnamed_addr global i32 -1, align 4, !dbg !127
@threads = internal unnamed_addr global ptr null, align 8, !dbg !56
@main_base = internal unnamed_addr global ptr null, align 8, !dbg !52
@cqi_freelist_lock = internal global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !123
@cqi_freelist = internal unnamed_addr global ptr null, align 8, !dbg !125
@.str = private unnamed_addr constant [30 x i8] c"Writing to thread notify pipe\00", align 1, !dbg !129
@.str.1 = private unnamed_addr constant [8 x i8] c"ERROR\0D\0A\00", align 1, !dbg !134
@gets = internal unnamed_addr global i64 0, align 8, !dbg !139
@.str.2 = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !141
@__const.transmit.iov = private unnamed_addr constant %struct.iovec { ptr @.str.2, i64 5 }, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"%d\00", align 1, !dbg !146

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_read(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, i64 noundef %2) #0 !dbg !242 {
    #dbg_value(ptr %0, !244, !DIExpression(), !247)
    #dbg_value(ptr %1, !245, !DIExpression(), !247)
    #dbg_value(i64 %2, !246, !DIExpression(), !247)
  %4 = load i32, ptr %0, align 8, !dbg !248, !tbaa !249
  %5 = tail call i64 @read(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !259
  ret i64 %5, !dbg !260
}

; Function Attrs: nofree
declare !dbg !261 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i64 @tcp_sendmsg(ptr nocapture noundef readonly %0, ptr noundef %1, i32 noundef %2) #2 !dbg !265 {
    #dbg_value(ptr %0, !267, !DIExpression(), !270)
    #dbg_value(ptr %1, !268, !DIExpression(), !270)
    #dbg_value(i32 %2, !269, !DIExpression(), !270)
  %4 = load i32, ptr %0, align 8, !dbg !271, !tbaa !249
  %5 = tail call i64 @sendmsg(i32 noundef %4, ptr noundef %1, i32 noundef %2) #13, !dbg !272
  ret i64 %5, !dbg !273
}

declare !dbg !274 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_write(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i64 noundef %2) #0 !dbg !280 {
    #dbg_value(ptr %0, !282, !DIExpression(), !285)
    #dbg_value(ptr %1, !283, !DIExpression(), !285)
    #dbg_value(i64 %2, !284, !DIExpression(), !285)
  %4 = load i32, ptr %0, align 8, !dbg !286, !tbaa !249
  %5 = tail call i64 @write(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !287
  ret i64 %5, !dbg !288
}

; Function Attrs: nofree
declare !dbg !289 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) local_unnamed_addr #2 !dbg !294 {
    #dbg_value(i32 %0, !298, !DIExpression(), !303)
    #dbg_value(i32 %1, !299, !DIExpression(), !303)
    #dbg_value(i32 %2, !300, !DIExpression(), !303)
    #dbg_value(ptr %3, !301, !DIExpression(), !303)
  %5 = icmp ugt i32 %0, 1023, !dbg !304
  br i1 %5, label %30, label %6, !dbg !304

6:                                                ; preds = %4
  %7 = load ptr, ptr @conns, align 8, !dbg !306, !tbaa !307
  %8 = zext nneg i32 %0 to i64, !dbg !306
  %9 = getelementptr inbounds ptr, ptr %7, i64 %8, !dbg !306
  %10 = load ptr, ptr %9, align 8, !dbg !306, !tbaa !307
    #dbg_value(ptr %10, !302, !DIExpression(), !303)
  %11 = icmp eq ptr %10, null, !dbg !308
  br i1 %11, label %12, label %16, !dbg !310

12:                                               ; preds = %6
  %13 = tail call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !311
    #dbg_value(ptr %13, !302, !DIExpression(), !303)
  %14 = icmp eq ptr %13, null, !dbg !313
  br i1 %14, label %30, label %15, !dbg !315

15:                                               ; preds = %12
  store i32 %0, ptr %13, align 8, !dbg !316, !tbaa !249
  store ptr %13, ptr %9, align 8, !dbg !317, !tbaa !307
  br label %16, !dbg !318

16:                                               ; preds = %15, %6
  %17 = phi ptr [ %13, %15 ], [ %10, %6 ], !dbg !303
    #dbg_value(ptr %17, !302, !DIExpression(), !303)
  %18 = getelementptr inbounds i8, ptr %17, i64 12, !dbg !319
  store i32 %2, ptr %18, align 4, !dbg !320, !tbaa !321
  %19 = getelementptr inbounds i8, ptr %17, i64 4, !dbg !322
  store i32 %1, ptr %19, align 4, !dbg !323, !tbaa !324
  %20 = getelementptr inbounds i8, ptr %17, i64 8, !dbg !325
  store i32 %1, ptr %20, align 8, !dbg !326, !tbaa !327
  %21 = getelementptr inbounds i8, ptr %17, i64 2200, !dbg !328
  store i32 0, ptr %21, align 8, !dbg !329, !tbaa !330
  %22 = getelementptr inbounds i8, ptr %17, i64 2240, !dbg !331
  store ptr @tcp_read, ptr %22, align 8, !dbg !332, !tbaa !333
  %23 = getelementptr inbounds i8, ptr %17, i64 2248, !dbg !334
  store ptr @tcp_sendmsg, ptr %23, align 8, !dbg !335, !tbaa !336
  %24 = getelementptr inbounds i8, ptr %17, i64 2256, !dbg !337
  store ptr @tcp_write, ptr %24, align 8, !dbg !338, !tbaa !339
  %25 = getelementptr inbounds i8, ptr %17, i64 24, !dbg !340
  tail call void @event_set(ptr noundef nonnull %25, i32 noundef %0, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %17) #13, !dbg !341
  %26 = tail call i32 @event_base_set(ptr noundef %3, ptr noundef nonnull %25) #13, !dbg !342
  %27 = tail call i32 @event_add(ptr noundef nonnull %25, ptr noundef null) #13, !dbg !343
  %28 = icmp eq i32 %27, -1, !dbg !345
  %29 = select i1 %28, ptr null, ptr %17, !dbg !303
  br label %30, !dbg !303

30:                                               ; preds = %12, %16, %4
  %31 = phi ptr [ null, %4 ], [ null, %12 ], [ %29, %16 ], !dbg !303
  ret ptr %31, !dbg !346
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !347 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

declare !dbg !351 void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal void @event_handler(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !358 {
  %4 = alloca %struct.iovec, align 8, !DIAssignID !364
    #dbg_assign(i1 undef, !365, !DIExpression(), !364, ptr %4, !DIExpression(), !372)
  %5 = alloca %struct.msghdr, align 8, !DIAssignID !399
  %6 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !400
    #dbg_assign(i1 undef, !384, !DIExpression(), !400, ptr %6, !DIExpression(), !401)
  %7 = alloca i32, align 4, !DIAssignID !402
    #dbg_value(i32 %0, !360, !DIExpression(), !403)
    #dbg_value(i16 poison, !361, !DIExpression(), !403)
    #dbg_value(ptr %2, !362, !DIExpression(), !403)
    #dbg_value(ptr %2, !363, !DIExpression(), !403)
  %8 = load i32, ptr %2, align 8, !dbg !404, !tbaa !249
  %9 = icmp eq i32 %8, %0, !dbg !406
  br i1 %9, label %10, label %100, !dbg !407

10:                                               ; preds = %3
    #dbg_assign(i1 undef, !394, !DIExpression(), !402, ptr %7, !DIExpression(), !401)
    #dbg_value(ptr %2, !381, !DIExpression(), !408)
    #dbg_value(i8 0, !382, !DIExpression(), !408)
  %11 = getelementptr inbounds i8, ptr %2, i64 4
  %12 = getelementptr inbounds i8, ptr %2, i64 12
  %13 = getelementptr inbounds i8, ptr %2, i64 24
  %14 = getelementptr inbounds i8, ptr %5, i64 16
  %15 = getelementptr inbounds i8, ptr %5, i64 24
  %16 = getelementptr inbounds i8, ptr %2, i64 2248
  %17 = getelementptr inbounds i8, ptr %2, i64 2204
  %18 = getelementptr inbounds i8, ptr %2, i64 2232
  %19 = getelementptr inbounds i8, ptr %5, i64 8
  %20 = getelementptr inbounds i8, ptr %2, i64 8
  %21 = getelementptr inbounds i8, ptr %2, i64 2240
  %22 = getelementptr inbounds i8, ptr %2, i64 152
  %23 = getelementptr inbounds i8, ptr %2, i64 2200
  %24 = getelementptr inbounds i8, ptr %2, i64 2256
  br label %25, !dbg !409

25:                                               ; preds = %97, %10
  %26 = phi i8 [ 0, %10 ], [ %98, %97 ]
    #dbg_value(i8 %26, !382, !DIExpression(), !408)
  %27 = load i32, ptr %11, align 4, !dbg !410, !tbaa !324
  switch i32 %27, label %97 [
    i32 0, label %28
    i32 1, label %35
    i32 2, label %36
    i32 3, label %74
    i32 4, label %90
  ], !dbg !411

28:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %6) #13, !dbg !412
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %7) #13, !dbg !413
  store i32 128, ptr %7, align 4, !dbg !414, !tbaa !415, !DIAssignID !416
    #dbg_assign(i32 128, !394, !DIExpression(), !416, ptr %7, !DIExpression(), !401)
  %29 = load i32, ptr %2, align 8, !dbg !417, !tbaa !249
  %30 = call i32 @accept(i32 noundef %29, ptr noundef nonnull %6, ptr noundef nonnull %7) #13, !dbg !418
    #dbg_value(i32 %30, !395, !DIExpression(), !401)
  %31 = icmp eq i32 %30, -1, !dbg !419
  br i1 %31, label %34, label %32, !dbg !421

32:                                               ; preds = %28
  %33 = load i32, ptr %12, align 4, !dbg !422, !tbaa !321
  call void @dispatch_conn_new(i32 noundef %30, i32 noundef 1, i32 noundef %33), !dbg !423
    #dbg_value(i8 1, !382, !DIExpression(), !408)
  br label %34, !dbg !424

34:                                               ; preds = %32, %28
    #dbg_value(i8 1, !382, !DIExpression(), !408)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %7) #13, !dbg !425
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %6) #13, !dbg !425
  br label %97

35:                                               ; preds = %25
  store i32 0, ptr %23, align 8, !dbg !426, !tbaa !330
    #dbg_value(ptr %2, !427, !DIExpression(), !433)
    #dbg_value(i32 2, !432, !DIExpression(), !433)
  store i32 2, ptr %11, align 4, !dbg !435, !tbaa !324
  br label %97, !dbg !436

36:                                               ; preds = %25
  %37 = load i32, ptr %12, align 4, !dbg !437, !tbaa !321
  %38 = icmp eq i32 %37, 2, !dbg !437
  br i1 %38, label %39, label %45, !dbg !437

39:                                               ; preds = %36
    #dbg_value(ptr %2, !438, !DIExpression(), !442)
  store i32 28, ptr %18, align 8, !dbg !444, !tbaa !445
  %40 = load i32, ptr %2, align 8, !dbg !446, !tbaa !249
  %41 = call i64 @recvfrom(i32 noundef %40, ptr noundef nonnull %22, i64 noundef 2048, i32 noundef 0, ptr noundef nonnull %17, ptr noundef nonnull %18) #13, !dbg !447
    #dbg_value(i64 %41, !441, !DIExpression(), !442)
  %42 = icmp sgt i64 %41, 8, !dbg !448
  br i1 %42, label %43, label %97, !dbg !450

43:                                               ; preds = %39
  %44 = trunc i64 %41 to i32, !dbg !451
  br label %57, !dbg !453

45:                                               ; preds = %36
    #dbg_value(ptr %2, !454, !DIExpression(), !458)
  %46 = load ptr, ptr %21, align 8, !dbg !460, !tbaa !333
  %47 = load i32, ptr %23, align 8, !dbg !461, !tbaa !330
  %48 = sext i32 %47 to i64, !dbg !462
  %49 = getelementptr inbounds i8, ptr %22, i64 %48, !dbg !462
  %50 = sub nsw i64 2048, %48, !dbg !463
  %51 = call i64 %46(ptr noundef nonnull %2, ptr noundef nonnull %49, i64 noundef %50) #13, !dbg !464
    #dbg_value(i64 %51, !457, !DIExpression(), !458)
  %52 = icmp slt i64 %51, 1, !dbg !465
  br i1 %52, label %97, label %53, !dbg !467

53:                                               ; preds = %45
  %54 = trunc i64 %51 to i32, !dbg !468
  %55 = load i32, ptr %23, align 8, !dbg !469, !tbaa !330
  %56 = add nsw i32 %55, %54, !dbg !469
  br label %57, !dbg !470

57:                                               ; preds = %53, %43
  %58 = phi i32 [ %56, %53 ], [ %44, %43 ], !dbg !471
  store i32 %58, ptr %23, align 8, !dbg !471, !tbaa !330
    #dbg_value(i32 poison, !396, !DIExpression(), !472)
  %59 = load i8, ptr %22, align 8, !dbg !473, !tbaa !475
  %60 = icmp eq i8 %59, 103, !dbg !476
  br i1 %60, label %68, label %61, !dbg !477

61:                                               ; preds = %57
  %62 = load i32, ptr %12, align 4, !dbg !478, !tbaa !321
  %63 = icmp eq i32 %62, 2, !dbg !478
  br i1 %63, label %67, label %64, !dbg !481

64:                                               ; preds = %61
  %65 = load ptr, ptr %24, align 8, !dbg !482, !tbaa !339
  %66 = call i64 %65(ptr noundef nonnull %2, ptr noundef nonnull @.str.1, i64 noundef 7) #13, !dbg !483
  br label %67, !dbg !483

67:                                               ; preds = %64, %61
    #dbg_value(ptr %2, !427, !DIExpression(), !484)
    #dbg_value(i32 1, !432, !DIExpression(), !484)
  store i32 1, ptr %11, align 4, !dbg !486, !tbaa !324
  br label %97, !dbg !487

68:                                               ; preds = %57
  %69 = load i64, ptr @gets, align 8, !dbg !488, !tbaa !489
  %70 = add i64 %69, 1, !dbg !488
  store i64 %70, ptr @gets, align 8, !dbg !488, !tbaa !489
  %71 = load i32, ptr %12, align 4, !dbg !491, !tbaa !321
  %72 = icmp eq i32 %71, 2, !dbg !491
  %73 = select i1 %72, i32 2, i32 1, !dbg !491
  store i32 %73, ptr %20, align 8, !dbg !492, !tbaa !327
    #dbg_value(ptr %2, !427, !DIExpression(), !493)
    #dbg_value(i32 3, !432, !DIExpression(), !493)
  store i32 3, ptr %11, align 4, !dbg !495, !tbaa !324
  br label %97, !dbg !496

74:                                               ; preds = %25
    #dbg_assign(i1 undef, !371, !DIExpression(), !399, ptr %5, !DIExpression(), !372)
    #dbg_value(ptr %2, !370, !DIExpression(), !372)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !497
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(16) @__const.transmit.iov, i64 16, i1 false), !dbg !498, !DIAssignID !499
    #dbg_assign(i1 undef, !365, !DIExpression(), !499, ptr %4, !DIExpression(), !372)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %5) #13, !dbg !500
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %5, i8 0, i64 56, i1 false), !dbg !501, !DIAssignID !502
    #dbg_assign(i8 0, !371, !DIExpression(), !502, ptr %5, !DIExpression(), !372)
  store ptr %4, ptr %14, align 8, !dbg !503, !tbaa !504, !DIAssignID !506
    #dbg_assign(ptr %4, !371, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !506, ptr %14, !DIExpression(), !372)
  store i64 1, ptr %15, align 8, !dbg !507, !tbaa !508, !DIAssignID !509
    #dbg_assign(i64 1, !371, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !509, ptr %15, !DIExpression(), !372)
  %75 = load i32, ptr %12, align 4, !dbg !510, !tbaa !321
  %76 = icmp eq i32 %75, 2, !dbg !510
  br i1 %76, label %80, label %77, !dbg !512

77:                                               ; preds = %74
  %78 = load ptr, ptr %16, align 8, !dbg !513, !tbaa !336
  %79 = call i64 %78(ptr noundef nonnull %2, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !514
  br label %84, !dbg !515

80:                                               ; preds = %74
  store ptr %17, ptr %5, align 8, !dbg !516, !tbaa !517, !DIAssignID !518
    #dbg_assign(ptr %17, !371, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !518, ptr %5, !DIExpression(), !372)
  %81 = load i32, ptr %18, align 8, !dbg !519, !tbaa !445
  store i32 %81, ptr %19, align 8, !dbg !520, !tbaa !521, !DIAssignID !522
    #dbg_assign(i32 %81, !371, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !522, ptr %19, !DIExpression(), !372)
  %82 = load i32, ptr %2, align 8, !dbg !523, !tbaa !249
  %83 = call i64 @sendmsg(i32 noundef %82, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !524
  br label %84, !dbg !525

84:                                               ; preds = %80, %77
  %85 = phi i64 [ %83, %80 ], [ %79, %77 ]
  %86 = icmp slt i64 %85, 1, !dbg !372
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %5) #13, !dbg !526
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !526
  br i1 %86, label %87, label %88, !dbg !527

87:                                               ; preds = %84
    #dbg_value(ptr %2, !427, !DIExpression(), !528)
    #dbg_value(i32 4, !432, !DIExpression(), !528)
  store i32 4, ptr %11, align 4, !dbg !531, !tbaa !324
  br label %97, !dbg !532

88:                                               ; preds = %84
  %89 = load i32, ptr %20, align 8, !dbg !533, !tbaa !327
    #dbg_value(ptr %2, !427, !DIExpression(), !534)
    #dbg_value(i32 %89, !432, !DIExpression(), !534)
  store i32 %89, ptr %11, align 4, !dbg !536, !tbaa !324
    #dbg_value(i8 1, !382, !DIExpression(), !408)
  br label %97, !dbg !537

90:                                               ; preds = %25
  %91 = load i32, ptr %12, align 4, !dbg !538, !tbaa !321
  %92 = icmp eq i32 %91, 2, !dbg !538
  br i1 %92, label %97, label %93, !dbg !540

93:                                               ; preds = %90
    #dbg_value(ptr %2, !541, !DIExpression(), !544)
  %94 = call i32 @event_add(ptr noundef nonnull %13, ptr noundef null) #13, !dbg !546
  %95 = load i32, ptr %2, align 8, !dbg !547, !tbaa !249
  %96 = call i32 @close(i32 noundef %95) #13, !dbg !548
  br label %97, !dbg !549

97:                                               ; preds = %93, %90, %88, %87, %68, %67, %45, %39, %35, %34, %25
  %98 = phi i8 [ %26, %25 ], [ 1, %88 ], [ %26, %87 ], [ %26, %35 ], [ 1, %34 ], [ %26, %67 ], [ %26, %68 ], [ 1, %93 ], [ 1, %90 ], [ 1, %45 ], [ 1, %39 ], !dbg !408
    #dbg_value(i8 %98, !382, !DIExpression(), !408)
  %99 = trunc nuw i8 %98 to i1, !dbg !550
  br i1 %99, label %100, label %25, !dbg !409, !llvm.loop !551

100:                                              ; preds = %97, %3
  ret void, !dbg !555
}

declare !dbg !556 i32 @event_base_set(ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !559 i32 @event_add(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 !dbg !571 {
  %4 = alloca i8, align 1, !DIAssignID !581
    #dbg_value(i32 %0, !575, !DIExpression(), !582)
    #dbg_value(i32 %1, !576, !DIExpression(), !582)
    #dbg_value(i32 %2, !577, !DIExpression(), !582)
    #dbg_value(ptr null, !583, !DIExpression(), !588)
  %5 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !590
  %6 = load ptr, ptr @cqi_freelist, align 8, !dbg !591, !tbaa !307
  %7 = icmp eq ptr %6, null, !dbg !591
  br i1 %7, label %11, label %8, !dbg !593

8:                                                ; preds = %3
    #dbg_value(ptr %6, !583, !DIExpression(), !588)
  %9 = getelementptr inbounds i8, ptr %6, i64 16, !dbg !594
  %10 = load ptr, ptr %9, align 8, !dbg !594, !tbaa !596
  store ptr %10, ptr @cqi_freelist, align 8, !dbg !598, !tbaa !307
  br label %11, !dbg !599

11:                                               ; preds = %8, %3
  %12 = phi ptr [ %6, %8 ], [ null, %3 ], !dbg !588
    #dbg_value(ptr %12, !583, !DIExpression(), !588)
  %13 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !600
  %14 = icmp eq ptr %12, null, !dbg !601
  br i1 %14, label %15, label %17, !dbg !603

15:                                               ; preds = %11
  %16 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #15, !dbg !604
    #dbg_value(ptr %16, !583, !DIExpression(), !588)
  br label %17, !dbg !605

17:                                               ; preds = %11, %15
  %18 = phi ptr [ %16, %15 ], [ %12, %11 ], !dbg !588
    #dbg_value(ptr %18, !583, !DIExpression(), !588)
    #dbg_value(ptr %18, !578, !DIExpression(), !582)
  %19 = icmp eq ptr %18, null, !dbg !606
  br i1 %19, label %20, label %22, !dbg !608

20:                                               ; preds = %17
  %21 = tail call i32 @close(i32 noundef %0) #13, !dbg !609
  br label %46, !dbg !611

22:                                               ; preds = %17
  %23 = load i32, ptr @last_thread, align 4, !dbg !612, !tbaa !415
  %24 = add nsw i32 %23, 1, !dbg !613
  %25 = and i32 %24, 3, !dbg !614
    #dbg_value(i32 %25, !579, !DIExpression(), !582)
  %26 = load ptr, ptr @threads, align 8, !dbg !615, !tbaa !307
  %27 = zext nneg i32 %25 to i64, !dbg !615
  %28 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %26, i64 %27, !dbg !615
    #dbg_value(ptr %28, !580, !DIExpression(), !582)
  store i32 %25, ptr @last_thread, align 4, !dbg !616, !tbaa !415
  store i32 %0, ptr %18, align 8, !dbg !617, !tbaa !618
  %29 = getelementptr inbounds i8, ptr %18, i64 4, !dbg !619
  store i32 %1, ptr %29, align 4, !dbg !620, !tbaa !621
  %30 = getelementptr inbounds i8, ptr %18, i64 8, !dbg !622
  store i32 %2, ptr %30, align 8, !dbg !623, !tbaa !624
  %31 = getelementptr inbounds i8, ptr %18, i64 12, !dbg !625
  store i32 0, ptr %31, align 4, !dbg !626, !tbaa !627
    #dbg_assign(i1 undef, !628, !DIExpression(), !581, ptr %4, !DIExpression(), !635)
    #dbg_value(ptr %28, !633, !DIExpression(), !635)
    #dbg_value(ptr %18, !634, !DIExpression(), !635)
  %32 = getelementptr inbounds i8, ptr %28, i64 152, !dbg !637
  %33 = load ptr, ptr %32, align 8, !dbg !637, !tbaa !638
    #dbg_value(ptr %33, !640, !DIExpression(), !646)
    #dbg_value(ptr %18, !645, !DIExpression(), !646)
  %34 = getelementptr inbounds i8, ptr %18, i64 16, !dbg !648
  store ptr null, ptr %34, align 8, !dbg !649, !tbaa !596
  %35 = getelementptr inbounds i8, ptr %33, i64 16, !dbg !650
  %36 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %35) #13, !dbg !651
  %37 = getelementptr inbounds i8, ptr %33, i64 8, !dbg !652
  %38 = load ptr, ptr %37, align 8, !dbg !652, !tbaa !653
  store ptr %18, ptr %38, align 8, !dbg !655, !tbaa !307
  store ptr %34, ptr %37, align 8, !dbg !656, !tbaa !653
  %39 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %35) #13, !dbg !657
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !658
  store i8 99, ptr %4, align 1, !dbg !659, !tbaa !475, !DIAssignID !660
    #dbg_assign(i8 99, !628, !DIExpression(), !660, ptr %4, !DIExpression(), !635)
  %40 = getelementptr inbounds i8, ptr %28, i64 148, !dbg !661
  %41 = load i32, ptr %40, align 4, !dbg !661, !tbaa !663
  %42 = call i64 @write(i32 noundef %41, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !664
  %43 = icmp eq i64 %42, 1, !dbg !665
  br i1 %43, label %45, label %44, !dbg !666

44:                                               ; preds = %22
  tail call void @perror(ptr noundef nonnull @.str) #16, !dbg !667
  br label %45, !dbg !667

45:                                               ; preds = %22, %44
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !668
  br label %46, !dbg !669

46:                                               ; preds = %45, %20
  ret void, !dbg !669
}

declare !dbg !670 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local void @redispatch_conn(ptr nocapture noundef readonly %0) local_unnamed_addr #2 !dbg !673 {
  %2 = alloca i8, align 1, !DIAssignID !676
    #dbg_value(ptr %0, !675, !DIExpression(), !677)
  %3 = getelementptr inbounds i8, ptr %0, i64 16, !dbg !678
  %4 = load ptr, ptr %3, align 8, !dbg !678, !tbaa !679
  %5 = load i32, ptr %0, align 8, !dbg !680, !tbaa !249
    #dbg_value(ptr %4, !681, !DIExpression(), !689)
    #dbg_value(i32 %5, !686, !DIExpression(), !689)
    #dbg_value(i32 2, !687, !DIExpression(), !689)
    #dbg_value(ptr null, !583, !DIExpression(), !691)
  %6 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !693
  %7 = load ptr, ptr @cqi_freelist, align 8, !dbg !694, !tbaa !307
  %8 = icmp eq ptr %7, null, !dbg !694
  br i1 %8, label %12, label %9, !dbg !695

9:                                                ; preds = %1
    #dbg_value(ptr %7, !583, !DIExpression(), !691)
  %10 = getelementptr inbounds i8, ptr %7, i64 16, !dbg !696
  %11 = load ptr, ptr %10, align 8, !dbg !696, !tbaa !596
  store ptr %11, ptr @cqi_freelist, align 8, !dbg !697, !tbaa !307
  br label %12, !dbg !698

12:                                               ; preds = %9, %1
  %13 = phi ptr [ %7, %9 ], [ null, %1 ], !dbg !691
    #dbg_value(ptr %13, !583, !DIExpression(), !691)
  %14 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !699
  %15 = icmp eq ptr %13, null, !dbg !700
  br i1 %15, label %16, label %18, !dbg !701

16:                                               ; preds = %12
  %17 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #15, !dbg !702
    #dbg_value(ptr %17, !583, !DIExpression(), !691)
  br label %18, !dbg !703

18:                                               ; preds = %16, %12
  %19 = phi ptr [ %17, %16 ], [ %13, %12 ], !dbg !691
    #dbg_value(ptr %19, !583, !DIExpression(), !691)
    #dbg_value(ptr %19, !688, !DIExpression(), !689)
  %20 = icmp eq ptr %19, null, !dbg !704
  br i1 %20, label %37, label %21, !dbg !706

21:                                               ; preds = %18
  %22 = getelementptr inbounds i8, ptr %19, i64 12, !dbg !707
  store i32 2, ptr %22, align 4, !dbg !708, !tbaa !627
  store i32 %5, ptr %19, align 8, !dbg !709, !tbaa !618
    #dbg_assign(i1 undef, !628, !DIExpression(), !676, ptr %2, !DIExpression(), !710)
    #dbg_value(ptr %4, !633, !DIExpression(), !710)
    #dbg_value(ptr %19, !634, !DIExpression(), !710)
  %23 = getelementptr inbounds i8, ptr %4, i64 152, !dbg !712
  %24 = load ptr, ptr %23, align 8, !dbg !712, !tbaa !638
    #dbg_value(ptr %24, !640, !DIExpression(), !713)
    #dbg_value(ptr %19, !645, !DIExpression(), !713)
  %25 = getelementptr inbounds i8, ptr %19, i64 16, !dbg !715
  store ptr null, ptr %25, align 8, !dbg !716, !tbaa !596
  %26 = getelementptr inbounds i8, ptr %24, i64 16, !dbg !717
  %27 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %26) #13, !dbg !718
  %28 = getelementptr inbounds i8, ptr %24, i64 8, !dbg !719
  %29 = load ptr, ptr %28, align 8, !dbg !719, !tbaa !653
  store ptr %19, ptr %29, align 8, !dbg !720, !tbaa !307
  store ptr %25, ptr %28, align 8, !dbg !721, !tbaa !653
  %30 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %26) #13, !dbg !722
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2) #13, !dbg !723
  store i8 99, ptr %2, align 1, !dbg !724, !tbaa !475, !DIAssignID !725
    #dbg_assign(i8 99, !628, !DIExpression(), !725, ptr %2, !DIExpression(), !710)
  %31 = getelementptr inbounds i8, ptr %4, i64 148, !dbg !726
  %32 = load i32, ptr %31, align 4, !dbg !726, !tbaa !663
  %33 = call i64 @write(i32 noundef %32, ptr noundef nonnull %2, i64 noundef 1) #13, !dbg !727
  %34 = icmp eq i64 %33, 1, !dbg !728
  br i1 %34, label %36, label %35, !dbg !729

35:                                               ; preds = %21
  tail call void @perror(ptr noundef nonnull @.str) #16, !dbg !730
  br label %36, !dbg !730

36:                                               ; preds = %35, %21
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2) #13, !dbg !731
  br label %37, !dbg !732

37:                                               ; preds = %18, %36
  ret void, !dbg !733
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 !dbg !734 {
  %3 = alloca %struct.sockaddr_un, align 2, !DIAssignID !742
  %4 = alloca [2 x i32], align 4, !DIAssignID !743
    #dbg_value(i32 %0, !740, !DIExpression(), !744)
    #dbg_value(ptr %1, !741, !DIExpression(), !744)
  %5 = tail call ptr @event_init() #13, !dbg !745
  store ptr %5, ptr @main_base, align 8, !dbg !746, !tbaa !307
  %6 = tail call noalias dereferenceable_or_null(8192) ptr @calloc(i64 noundef 1024, i64 noundef 8) #14, !dbg !747
  store ptr %6, ptr @conns, align 8, !dbg !748, !tbaa !307
  %7 = icmp eq ptr %6, null, !dbg !749
  br i1 %7, label %104, label %8, !dbg !751

8:                                                ; preds = %2
    #dbg_assign(i1 undef, !752, !DIExpression(), !743, ptr %4, !DIExpression(), !766)
  %9 = tail call noalias dereferenceable_or_null(640) ptr @calloc(i64 noundef 4, i64 noundef 160) #14, !dbg !768
  store ptr %9, ptr @threads, align 8, !dbg !769, !tbaa !307
  %10 = icmp eq ptr %9, null, !dbg !770
  br i1 %10, label %13, label %11, !dbg !772

11:                                               ; preds = %8
    #dbg_value(i32 0, !760, !DIExpression(), !773)
  %12 = getelementptr inbounds i8, ptr %4, i64 4
  br label %14, !dbg !774

13:                                               ; preds = %8
  tail call void @exit(i32 noundef 1) #17, !dbg !775
  unreachable, !dbg !775

14:                                               ; preds = %38, %11
  %15 = phi i64 [ 0, %11 ], [ %42, %38 ]
    #dbg_value(i64 %15, !760, !DIExpression(), !773)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !776
  %16 = call i32 @pipe(ptr noundef nonnull %4) #13, !dbg !777
  %17 = icmp eq i32 %16, 0, !dbg !777
  br i1 %17, label %19, label %18, !dbg !779

18:                                               ; preds = %14
  call void @exit(i32 noundef 1) #17, !dbg !780
  unreachable, !dbg !780

19:                                               ; preds = %14
  %20 = load i32, ptr %4, align 4, !dbg !781, !tbaa !415
  %21 = load ptr, ptr @threads, align 8, !dbg !782, !tbaa !307
  %22 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, i32 3, !dbg !783
  store i32 %20, ptr %22, align 8, !dbg !784, !tbaa !785
  %23 = load i32, ptr %12, align 4, !dbg !786, !tbaa !415
  %24 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, i32 4, !dbg !787
  store i32 %23, ptr %24, align 4, !dbg !788, !tbaa !663
  %25 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, !dbg !789
    #dbg_value(ptr %25, !790, !DIExpression(), !795)
  %26 = call ptr @event_init() #13, !dbg !797
  %27 = getelementptr inbounds i8, ptr %25, i64 8, !dbg !798
  store ptr %26, ptr %27, align 8, !dbg !799, !tbaa !800
  %28 = getelementptr inbounds i8, ptr %25, i64 16, !dbg !801
  %29 = getelementptr inbounds i8, ptr %25, i64 144, !dbg !802
  %30 = load i32, ptr %29, align 8, !dbg !802, !tbaa !785
  call void @event_set(ptr noundef nonnull %28, i32 noundef %30, i16 noundef signext 18, ptr noundef nonnull @thread_libevent_process, ptr noundef %25) #13, !dbg !803
  %31 = load ptr, ptr %27, align 8, !dbg !804, !tbaa !800
  %32 = call i32 @event_base_set(ptr noundef %31, ptr noundef nonnull %28) #13, !dbg !805
  %33 = call i32 @event_add(ptr noundef nonnull %28, ptr noundef null) #13, !dbg !806
  %34 = call noalias dereferenceable_or_null(56) ptr @malloc(i64 noundef 56) #15, !dbg !807
  %35 = getelementptr inbounds i8, ptr %25, i64 152, !dbg !808
  store ptr %34, ptr %35, align 8, !dbg !809, !tbaa !638
  %36 = icmp eq ptr %34, null, !dbg !810
  br i1 %36, label %37, label %38, !dbg !812

37:                                               ; preds = %19
  call void @exit(i32 noundef 1) #17, !dbg !813
  unreachable, !dbg !813

38:                                               ; preds = %19
    #dbg_value(ptr %34, !814, !DIExpression(), !819)
  %39 = getelementptr inbounds i8, ptr %34, i64 16, !dbg !821
  %40 = call i32 @pthread_mutex_init(ptr noundef nonnull %39, ptr noundef null) #13, !dbg !822
  store ptr null, ptr %34, align 8, !dbg !823, !tbaa !824
  %41 = getelementptr inbounds i8, ptr %34, i64 8, !dbg !825
  store ptr %34, ptr %41, align 8, !dbg !826, !tbaa !653
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !827
  %42 = add nuw nsw i64 %15, 1, !dbg !828
    #dbg_value(i64 %42, !760, !DIExpression(), !773)
  %43 = icmp eq i64 %42, 4, !dbg !829
  br i1 %43, label %44, label %14, !dbg !774, !llvm.loop !830

44:                                               ; preds = %38, %44
  %45 = phi i64 [ %49, %44 ], [ 0, %38 ]
    #dbg_value(i64 %45, !761, !DIExpression(), !832)
  %46 = load ptr, ptr @threads, align 8, !dbg !833, !tbaa !307
  %47 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %46, i64 %45, !dbg !833
  %48 = call i32 @pthread_create(ptr noundef %47, ptr noundef null, ptr noundef nonnull @worker_libevent, ptr noundef %47) #13, !dbg !835
  %49 = add nuw nsw i64 %45, 1, !dbg !836
    #dbg_value(i64 %49, !761, !DIExpression(), !832)
  %50 = icmp eq i64 %49, 4, !dbg !837
  br i1 %50, label %51, label %44, !dbg !838, !llvm.loop !839

51:                                               ; preds = %44
  %52 = icmp sgt i32 %0, 1, !dbg !841
  br i1 %52, label %53, label %94, !dbg !843

53:                                               ; preds = %51
  %54 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !844
  %55 = load ptr, ptr %54, align 8, !dbg !844, !tbaa !307
    #dbg_assign(i1 undef, !845, !DIExpression(), !742, ptr %3, !DIExpression(), !862)
    #dbg_value(ptr %55, !852, !DIExpression(), !862)
  %56 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #13, !dbg !864
    #dbg_value(i32 %56, !853, !DIExpression(), !862)
  %57 = icmp eq i32 %56, -1, !dbg !865
  br i1 %57, label %104, label %58, !dbg !867

58:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(i64 110, ptr nonnull %3) #13, !dbg !868
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(110) %3, i8 0, i64 110, i1 false), !dbg !869, !DIAssignID !870
    #dbg_assign(i8 0, !845, !DIExpression(), !870, ptr %3, !DIExpression(), !862)
  store i16 1, ptr %3, align 2, !dbg !871, !tbaa !872, !DIAssignID !874
    #dbg_assign(i16 1, !845, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !874, ptr %3, !DIExpression(), !862)
  %59 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !875
  %60 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %59, ptr noundef nonnull readonly dereferenceable(1) %55, i64 noundef 107) #13, !dbg !876
  %61 = call i32 @bind(i32 noundef %56, ptr noundef nonnull %3, i32 noundef 110) #13, !dbg !877
  %62 = icmp eq i32 %61, -1, !dbg !879
  br i1 %62, label %66, label %63, !dbg !880

63:                                               ; preds = %58
  %64 = call i32 @listen(i32 noundef %56, i32 noundef 1024) #13, !dbg !881
  %65 = icmp eq i32 %64, -1, !dbg !882
  br i1 %65, label %66, label %68, !dbg !883

66:                                               ; preds = %63, %58
  %67 = call i32 @close(i32 noundef %56) #13, !dbg !884
  br label %103, !dbg !886

68:                                               ; preds = %63
  %69 = load ptr, ptr @main_base, align 8, !dbg !887, !tbaa !307
    #dbg_value(i32 %56, !298, !DIExpression(), !888)
    #dbg_value(i32 0, !299, !DIExpression(), !888)
    #dbg_value(i32 0, !300, !DIExpression(), !888)
    #dbg_value(ptr %69, !301, !DIExpression(), !888)
  %70 = icmp ugt i32 %56, 1023, !dbg !890
  br i1 %70, label %103, label %71, !dbg !890

71:                                               ; preds = %68
  %72 = load ptr, ptr @conns, align 8, !dbg !891, !tbaa !307
  %73 = zext nneg i32 %56 to i64, !dbg !891
  %74 = getelementptr inbounds ptr, ptr %72, i64 %73, !dbg !891
  %75 = load ptr, ptr %74, align 8, !dbg !891, !tbaa !307
    #dbg_value(ptr %75, !302, !DIExpression(), !888)
  %76 = icmp eq ptr %75, null, !dbg !892
  br i1 %76, label %77, label %81, !dbg !893

77:                                               ; preds = %71
  %78 = call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !894
    #dbg_value(ptr %78, !302, !DIExpression(), !888)
  %79 = icmp eq ptr %78, null, !dbg !895
  br i1 %79, label %103, label %80, !dbg !896

80:                                               ; preds = %77
  store i32 %56, ptr %78, align 8, !dbg !897, !tbaa !249
  store ptr %78, ptr %74, align 8, !dbg !898, !tbaa !307
  br label %81, !dbg !899

81:                                               ; preds = %80, %71
  %82 = phi ptr [ %78, %80 ], [ %75, %71 ], !dbg !888
    #dbg_value(ptr %82, !302, !DIExpression(), !888)
  %83 = getelementptr inbounds i8, ptr %82, i64 12, !dbg !900
  store i32 0, ptr %83, align 4, !dbg !901, !tbaa !321
  %84 = getelementptr inbounds i8, ptr %82, i64 4, !dbg !902
  store i32 0, ptr %84, align 4, !dbg !903, !tbaa !324
  %85 = getelementptr inbounds i8, ptr %82, i64 8, !dbg !904
  store i32 0, ptr %85, align 8, !dbg !905, !tbaa !327
  %86 = getelementptr inbounds i8, ptr %82, i64 2200, !dbg !906
  store i32 0, ptr %86, align 8, !dbg !907, !tbaa !330
  %87 = getelementptr inbounds i8, ptr %82, i64 2240, !dbg !908
  store ptr @tcp_read, ptr %87, align 8, !dbg !909, !tbaa !333
  %88 = getelementptr inbounds i8, ptr %82, i64 2248, !dbg !910
  store ptr @tcp_sendmsg, ptr %88, align 8, !dbg !911, !tbaa !336
  %89 = getelementptr inbounds i8, ptr %82, i64 2256, !dbg !912
  store ptr @tcp_write, ptr %89, align 8, !dbg !913, !tbaa !339
  %90 = getelementptr inbounds i8, ptr %82, i64 24, !dbg !914
  call void @event_set(ptr noundef nonnull %90, i32 noundef %56, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %82) #13, !dbg !915
  %91 = call i32 @event_base_set(ptr noundef %69, ptr noundef nonnull %90) #13, !dbg !916
  %92 = call i32 @event_add(ptr noundef nonnull %90, ptr noundef null) #13, !dbg !917
  %93 = icmp eq i32 %92, -1, !dbg !918
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !919
  br i1 %93, label %104, label %94, !dbg !920

94:                                               ; preds = %81, %51
  %95 = call fastcc i32 @server_socket(i32 noundef 1), !dbg !921
  %96 = icmp eq i32 %95, 0, !dbg !921
  br i1 %96, label %97, label %104, !dbg !923

97:                                               ; preds = %94
  %98 = call fastcc i32 @server_socket(i32 noundef 2), !dbg !924
  %99 = icmp eq i32 %98, 0, !dbg !924
  br i1 %99, label %100, label %104, !dbg !925

100:                                              ; preds = %97
  %101 = load ptr, ptr @main_base, align 8, !dbg !926, !tbaa !307
  %102 = call i32 @event_base_loop(ptr noundef %101, i32 noundef 0) #13, !dbg !927
  br label %104, !dbg !928

103:                                              ; preds = %77, %68, %66
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !919
  br label %104, !dbg !920

104:                                              ; preds = %103, %53, %94, %97, %81, %2, %100
  %105 = phi i32 [ %102, %100 ], [ 1, %2 ], [ 1, %81 ], [ 1, %97 ], [ 1, %94 ], [ 1, %53 ], [ 1, %103 ], !dbg !744
  ret i32 %105, !dbg !929
}

declare !dbg !930 ptr @event_init() local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal fastcc noundef i32 @server_socket(i32 noundef %0) unnamed_addr #2 !dbg !933 {
  %2 = alloca %struct.addrinfo, align 8, !DIAssignID !964
    #dbg_assign(i1 undef, !939, !DIExpression(), !964, ptr %2, !DIExpression(), !965)
  %3 = alloca [16 x i8], align 16, !DIAssignID !966
    #dbg_assign(i1 undef, !952, !DIExpression(), !966, ptr %3, !DIExpression(), !965)
  %4 = alloca ptr, align 8, !DIAssignID !967
    #dbg_assign(i1 undef, !954, !DIExpression(), !967, ptr %4, !DIExpression(), !965)
    #dbg_value(i32 11211, !937, !DIExpression(), !965)
    #dbg_value(i32 %0, !938, !DIExpression(), !965)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #13, !dbg !968
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %2, i8 0, i64 48, i1 false), !dbg !969, !DIAssignID !970
    #dbg_assign(i8 0, !939, !DIExpression(), !970, ptr %2, !DIExpression(), !965)
  store i32 1, ptr %2, align 8, !dbg !971, !tbaa !972, !DIAssignID !974
    #dbg_assign(i32 1, !939, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !974, ptr %2, !DIExpression(), !965)
  %5 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !975
  store i32 0, ptr %5, align 4, !dbg !976, !tbaa !977, !DIAssignID !978
    #dbg_assign(i32 0, !939, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !978, ptr %5, !DIExpression(), !965)
  %6 = icmp eq i32 %0, 2, !dbg !979
  %7 = select i1 %6, i32 2, i32 1, !dbg !979
  %8 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !980
  store i32 %7, ptr %8, align 8, !dbg !981, !tbaa !982, !DIAssignID !983
    #dbg_assign(i32 %7, !939, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !983, ptr %8, !DIExpression(), !965)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #13, !dbg !984
  %9 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %3, i64 noundef 16, ptr noundef nonnull @.str.3, i32 noundef 11211) #13, !dbg !985
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !986
  %10 = call i32 @getaddrinfo(ptr noundef null, ptr noundef nonnull %3, ptr noundef nonnull %2, ptr noundef nonnull %4) #13, !dbg !987
  %11 = icmp eq i32 %10, 0, !dbg !989
  br i1 %11, label %12, label %80, !dbg !990

12:                                               ; preds = %1
  %13 = load ptr, ptr %4, align 8, !dbg !991, !tbaa !307
  %14 = icmp eq ptr %13, null, !dbg !992
  br i1 %14, label %78, label %15, !dbg !992

15:                                               ; preds = %12, %74
  %16 = phi ptr [ %76, %74 ], [ %13, %12 ]
  %17 = getelementptr inbounds i8, ptr %16, i64 4, !dbg !993
  %18 = load i32, ptr %17, align 4, !dbg !993, !tbaa !977
  %19 = getelementptr inbounds i8, ptr %16, i64 8, !dbg !994
  %20 = load i32, ptr %19, align 8, !dbg !994, !tbaa !982
  %21 = getelementptr inbounds i8, ptr %16, i64 12, !dbg !995
  %22 = load i32, ptr %21, align 4, !dbg !995, !tbaa !996
  %23 = call i32 @socket(i32 noundef %18, i32 noundef %20, i32 noundef %22) #13, !dbg !997
    #dbg_value(i32 %23, !957, !DIExpression(), !998)
  %24 = icmp eq i32 %23, -1, !dbg !999
  br i1 %24, label %72, label %25, !dbg !1001

25:                                               ; preds = %15
  %26 = getelementptr inbounds i8, ptr %16, i64 24, !dbg !1002
  %27 = load ptr, ptr %26, align 8, !dbg !1002, !tbaa !1004
  %28 = getelementptr inbounds i8, ptr %16, i64 16, !dbg !1005
  %29 = load i32, ptr %28, align 8, !dbg !1005, !tbaa !1006
  %30 = call i32 @bind(i32 noundef %23, ptr noundef %27, i32 noundef %29) #13, !dbg !1007
  %31 = icmp eq i32 %30, -1, !dbg !1008
  br i1 %31, label %32, label %34, !dbg !1009

32:                                               ; preds = %25
  %33 = call i32 @close(i32 noundef %23) #13, !dbg !1010
  br label %72, !dbg !1012

34:                                               ; preds = %25
  br i1 %6, label %40, label %35, !dbg !1013

35:                                               ; preds = %34
  %36 = call i32 @listen(i32 noundef %23, i32 noundef 1024) #13, !dbg !1015
  %37 = icmp eq i32 %36, -1, !dbg !1016
  br i1 %37, label %38, label %44, !dbg !1017

38:                                               ; preds = %35
  %39 = call i32 @close(i32 noundef %23) #13, !dbg !1018
  br label %72, !dbg !1020

40:                                               ; preds = %34, %40
  %41 = phi i32 [ %42, %40 ], [ 0, %34 ]
    #dbg_value(i32 %41, !960, !DIExpression(), !1021)
  call void @dispatch_conn_new(i32 noundef %23, i32 noundef 2, i32 noundef 2), !dbg !1022
  %42 = add nuw nsw i32 %41, 1, !dbg !1024
    #dbg_value(i32 %42, !960, !DIExpression(), !1021)
  %43 = icmp eq i32 %42, 4, !dbg !1025
  br i1 %43, label %72, label %40, !dbg !1026, !llvm.loop !1027

44:                                               ; preds = %35
  %45 = load ptr, ptr @main_base, align 8, !dbg !1029, !tbaa !307
    #dbg_value(i32 %23, !298, !DIExpression(), !1031)
    #dbg_value(i32 0, !299, !DIExpression(), !1031)
    #dbg_value(i32 1, !300, !DIExpression(), !1031)
    #dbg_value(ptr %45, !301, !DIExpression(), !1031)
  %46 = icmp ugt i32 %23, 1023, !dbg !1033
  br i1 %46, label %70, label %47, !dbg !1033

47:                                               ; preds = %44
  %48 = load ptr, ptr @conns, align 8, !dbg !1034, !tbaa !307
  %49 = zext nneg i32 %23 to i64, !dbg !1034
  %50 = getelementptr inbounds ptr, ptr %48, i64 %49, !dbg !1034
  %51 = load ptr, ptr %50, align 8, !dbg !1034, !tbaa !307
    #dbg_value(ptr %51, !302, !DIExpression(), !1031)
  %52 = icmp eq ptr %51, null, !dbg !1035
  br i1 %52, label %53, label %57, !dbg !1036

53:                                               ; preds = %47
  %54 = call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !1037
    #dbg_value(ptr %54, !302, !DIExpression(), !1031)
  %55 = icmp eq ptr %54, null, !dbg !1038
  br i1 %55, label %70, label %56, !dbg !1039

56:                                               ; preds = %53
  store i32 %23, ptr %54, align 8, !dbg !1040, !tbaa !249
  store ptr %54, ptr %50, align 8, !dbg !1041, !tbaa !307
  br label %57, !dbg !1042

57:                                               ; preds = %56, %47
  %58 = phi ptr [ %54, %56 ], [ %51, %47 ], !dbg !1031
    #dbg_value(ptr %58, !302, !DIExpression(), !1031)
  %59 = getelementptr inbounds i8, ptr %58, i64 12, !dbg !1043
  store i32 1, ptr %59, align 4, !dbg !1044, !tbaa !321
  %60 = getelementptr inbounds i8, ptr %58, i64 4, !dbg !1045
  store i32 0, ptr %60, align 4, !dbg !1046, !tbaa !324
  %61 = getelementptr inbounds i8, ptr %58, i64 8, !dbg !1047
  store i32 0, ptr %61, align 8, !dbg !1048, !tbaa !327
  %62 = getelementptr inbounds i8, ptr %58, i64 2200, !dbg !1049
  store i32 0, ptr %62, align 8, !dbg !1050, !tbaa !330
  %63 = getelementptr inbounds i8, ptr %58, i64 2240, !dbg !1051
  store ptr @tcp_read, ptr %63, align 8, !dbg !1052, !tbaa !333
  %64 = getelementptr inbounds i8, ptr %58, i64 2248, !dbg !1053
  store ptr @tcp_sendmsg, ptr %64, align 8, !dbg !1054, !tbaa !336
  %65 = getelementptr inbounds i8, ptr %58, i64 2256, !dbg !1055
  store ptr @tcp_write, ptr %65, align 8, !dbg !1056, !tbaa !339
  %66 = getelementptr inbounds i8, ptr %58, i64 24, !dbg !1057
  call void @event_set(ptr noundef nonnull %66, i32 noundef %23, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %58) #13, !dbg !1058
  %67 = call i32 @event_base_set(ptr noundef %45, ptr noundef nonnull %66) #13, !dbg !1059
  %68 = call i32 @event_add(ptr noundef nonnull %66, ptr noundef null) #13, !dbg !1060
  %69 = icmp eq i32 %68, -1, !dbg !1061
  br i1 %69, label %70, label %72, !dbg !1062

70:                                               ; preds = %44, %53, %57
  %71 = load ptr, ptr %4, align 8, !dbg !1063, !tbaa !307
  call void @freeaddrinfo(ptr noundef %71) #13, !dbg !1065
  br label %72, !dbg !1066

72:                                               ; preds = %40, %57, %15, %70, %38, %32
  %73 = phi i32 [ 4, %32 ], [ 1, %70 ], [ 4, %38 ], [ 4, %15 ], [ 0, %57 ], [ 0, %40 ]
  switch i32 %73, label %80 [
    i32 0, label %74
    i32 4, label %74
  ]

74:                                               ; preds = %72, %72
  %75 = getelementptr inbounds i8, ptr %16, i64 40, !dbg !1067
    #dbg_value(ptr poison, !955, !DIExpression(), !1068)
  %76 = load ptr, ptr %75, align 8, !dbg !991, !tbaa !307
    #dbg_value(ptr %76, !955, !DIExpression(), !1068)
  %77 = icmp eq ptr %76, null, !dbg !992
  br i1 %77, label %78, label %15, !dbg !992, !llvm.loop !1069

78:                                               ; preds = %74, %12
  %79 = load ptr, ptr %4, align 8, !dbg !1071, !tbaa !307
  call void @freeaddrinfo(ptr noundef %79) #13, !dbg !1072
  br label %80, !dbg !1073

80:                                               ; preds = %72, %1, %78
  %81 = phi i32 [ 0, %78 ], [ 1, %1 ], [ 1, %72 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !1074
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #13, !dbg !1074
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #13, !dbg !1074
  ret i32 %81, !dbg !1074
}

declare !dbg !1075 i32 @event_base_loop(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1078 i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1083 i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !1084 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare !dbg !1087 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #8

declare !dbg !1091 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !1097 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #10

; Function Attrs: noreturn nounwind
declare !dbg !1101 void @exit(i32 noundef) local_unnamed_addr #11

; Function Attrs: nounwind
declare !dbg !1104 i32 @pipe(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1108 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind uwtable
define internal noalias noundef ptr @worker_libevent(ptr nocapture noundef readonly %0) #2 !dbg !1127 {
    #dbg_value(ptr %0, !1129, !DIExpression(), !1131)
    #dbg_value(ptr %0, !1130, !DIExpression(), !1131)
  %2 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1132
  %3 = load ptr, ptr %2, align 8, !dbg !1132, !tbaa !800
  %4 = tail call i32 @event_base_loop(ptr noundef %3, i32 noundef 0) #13, !dbg !1133
  ret ptr null, !dbg !1134
}

; Function Attrs: nounwind uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !1135 {
  %4 = alloca i8, align 1, !DIAssignID !1146
    #dbg_assign(i1 undef, !1141, !DIExpression(), !1146, ptr %4, !DIExpression(), !1147)
    #dbg_value(i32 %0, !1137, !DIExpression(), !1147)
    #dbg_value(i16 poison, !1138, !DIExpression(), !1147)
    #dbg_value(ptr %2, !1139, !DIExpression(), !1147)
    #dbg_value(ptr %2, !1140, !DIExpression(), !1147)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !1148
  %5 = call i64 @read(i32 noundef %0, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !1149
  %6 = icmp eq i64 %5, 1, !dbg !1151
  br i1 %6, label %7, label %91, !dbg !1152

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %2, i64 152, !dbg !1153
  %9 = load ptr, ptr %8, align 8, !dbg !1153, !tbaa !638
    #dbg_value(ptr %9, !1154, !DIExpression(), !1160)
  %10 = getelementptr inbounds i8, ptr %9, i64 16, !dbg !1162
  %11 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %10) #13, !dbg !1163
  %12 = load ptr, ptr %9, align 8, !dbg !1164, !tbaa !824
    #dbg_value(ptr %12, !1159, !DIExpression(), !1160)
  %13 = icmp eq ptr %12, null, !dbg !1165
  br i1 %13, label %88, label %14, !dbg !1167

14:                                               ; preds = %7
  %15 = getelementptr inbounds i8, ptr %12, i64 16, !dbg !1168
  %16 = load ptr, ptr %15, align 8, !dbg !1168, !tbaa !596
  store ptr %16, ptr %9, align 8, !dbg !1169, !tbaa !824
  %17 = icmp eq ptr %16, null, !dbg !1170
  br i1 %17, label %18, label %20, !dbg !1171

18:                                               ; preds = %14
  %19 = getelementptr inbounds i8, ptr %9, i64 8, !dbg !1172
  store ptr %9, ptr %19, align 8, !dbg !1173, !tbaa !653
  br label %20, !dbg !1174

20:                                               ; preds = %14, %18
  %21 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %10) #13, !dbg !1175
    #dbg_value(ptr %12, !1142, !DIExpression(), !1147)
  br i1 %13, label %91, label %22, !dbg !1176

22:                                               ; preds = %20
  %23 = getelementptr inbounds i8, ptr %12, i64 12, !dbg !1177
  %24 = load i32, ptr %23, align 4, !dbg !1177, !tbaa !627
  switch i32 %24, label %84 [
    i32 0, label %25
    i32 1, label %66
    i32 2, label %76
  ], !dbg !1178

25:                                               ; preds = %22
  %26 = load i32, ptr %12, align 8, !dbg !1179, !tbaa !618
  %27 = getelementptr inbounds i8, ptr %12, i64 4, !dbg !1180
  %28 = load i32, ptr %27, align 4, !dbg !1180, !tbaa !621
  %29 = getelementptr inbounds i8, ptr %12, i64 8, !dbg !1181
  %30 = load i32, ptr %29, align 8, !dbg !1181, !tbaa !624
  %31 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !1182
  %32 = load ptr, ptr %31, align 8, !dbg !1182, !tbaa !800
    #dbg_value(i32 %26, !298, !DIExpression(), !1183)
    #dbg_value(i32 %28, !299, !DIExpression(), !1183)
    #dbg_value(i32 %30, !300, !DIExpression(), !1183)
    #dbg_value(ptr %32, !301, !DIExpression(), !1183)
  %33 = icmp ugt i32 %26, 1023, !dbg !1185
  br i1 %33, label %58, label %34, !dbg !1185

34:                                               ; preds = %25
  %35 = load ptr, ptr @conns, align 8, !dbg !1186, !tbaa !307
  %36 = zext nneg i32 %26 to i64, !dbg !1186
  %37 = getelementptr inbounds ptr, ptr %35, i64 %36, !dbg !1186
  %38 = load ptr, ptr %37, align 8, !dbg !1186, !tbaa !307
    #dbg_value(ptr %38, !302, !DIExpression(), !1183)
  %39 = icmp eq ptr %38, null, !dbg !1187
  br i1 %39, label %40, label %44, !dbg !1188

40:                                               ; preds = %34
  %41 = tail call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !1189
    #dbg_value(ptr %41, !302, !DIExpression(), !1183)
  %42 = icmp eq ptr %41, null, !dbg !1190
  br i1 %42, label %58, label %43, !dbg !1191

43:                                               ; preds = %40
  store i32 %26, ptr %41, align 8, !dbg !1192, !tbaa !249
  store ptr %41, ptr %37, align 8, !dbg !1193, !tbaa !307
  br label %44, !dbg !1194

44:                                               ; preds = %43, %34
  %45 = phi ptr [ %41, %43 ], [ %38, %34 ], !dbg !1183
    #dbg_value(ptr %45, !302, !DIExpression(), !1183)
  %46 = getelementptr inbounds i8, ptr %45, i64 12, !dbg !1195
  store i32 %30, ptr %46, align 4, !dbg !1196, !tbaa !321
  %47 = getelementptr inbounds i8, ptr %45, i64 4, !dbg !1197
  store i32 %28, ptr %47, align 4, !dbg !1198, !tbaa !324
  %48 = getelementptr inbounds i8, ptr %45, i64 8, !dbg !1199
  store i32 %28, ptr %48, align 8, !dbg !1200, !tbaa !327
  %49 = getelementptr inbounds i8, ptr %45, i64 2200, !dbg !1201
  store i32 0, ptr %49, align 8, !dbg !1202, !tbaa !330
  %50 = getelementptr inbounds i8, ptr %45, i64 2240, !dbg !1203
  store ptr @tcp_read, ptr %50, align 8, !dbg !1204, !tbaa !333
  %51 = getelementptr inbounds i8, ptr %45, i64 2248, !dbg !1205
  store ptr @tcp_sendmsg, ptr %51, align 8, !dbg !1206, !tbaa !336
  %52 = getelementptr inbounds i8, ptr %45, i64 2256, !dbg !1207
  store ptr @tcp_write, ptr %52, align 8, !dbg !1208, !tbaa !339
  %53 = getelementptr inbounds i8, ptr %45, i64 24, !dbg !1209
  tail call void @event_set(ptr noundef nonnull %53, i32 noundef %26, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %45) #13, !dbg !1210
  %54 = tail call i32 @event_base_set(ptr noundef %32, ptr noundef nonnull %53) #13, !dbg !1211
  %55 = tail call i32 @event_add(ptr noundef nonnull %53, ptr noundef null) #13, !dbg !1212
  %56 = icmp eq i32 %55, -1, !dbg !1213
  %57 = select i1 %56, ptr null, ptr %45, !dbg !1183
  br label %58, !dbg !1183

58:                                               ; preds = %25, %40, %44
  %59 = phi ptr [ null, %25 ], [ null, %40 ], [ %57, %44 ], !dbg !1183
    #dbg_value(ptr %59, !1143, !DIExpression(), !1214)
  %60 = icmp eq ptr %59, null, !dbg !1215
  br i1 %60, label %61, label %64, !dbg !1217

61:                                               ; preds = %58
  %62 = load i32, ptr %12, align 8, !dbg !1218, !tbaa !618
  %63 = tail call i32 @close(i32 noundef %62) #13, !dbg !1219
  br label %84, !dbg !1219

64:                                               ; preds = %58
  %65 = getelementptr inbounds i8, ptr %59, i64 16, !dbg !1220
  store ptr %2, ptr %65, align 8, !dbg !1221, !tbaa !679
  br label %84

66:                                               ; preds = %22
  %67 = load ptr, ptr @conns, align 8, !dbg !1222, !tbaa !307
  %68 = load i32, ptr %12, align 8, !dbg !1223, !tbaa !618
  %69 = sext i32 %68 to i64, !dbg !1222
  %70 = getelementptr inbounds ptr, ptr %67, i64 %69, !dbg !1222
  %71 = load ptr, ptr %70, align 8, !dbg !1222, !tbaa !307
    #dbg_value(ptr %71, !541, !DIExpression(), !1224)
  %72 = getelementptr inbounds i8, ptr %71, i64 24, !dbg !1226
  %73 = tail call i32 @event_add(ptr noundef nonnull %72, ptr noundef null) #13, !dbg !1227
  %74 = load i32, ptr %71, align 8, !dbg !1228, !tbaa !249
  %75 = tail call i32 @close(i32 noundef %74) #13, !dbg !1229
  br label %84, !dbg !1230

76:                                               ; preds = %22
  %77 = load ptr, ptr @conns, align 8, !dbg !1231, !tbaa !307
  %78 = load i32, ptr %12, align 8, !dbg !1232, !tbaa !618
  %79 = sext i32 %78 to i64, !dbg !1231
  %80 = getelementptr inbounds ptr, ptr %77, i64 %79, !dbg !1231
  %81 = load ptr, ptr %80, align 8, !dbg !1231, !tbaa !307
  %82 = getelementptr inbounds i8, ptr %81, i64 24, !dbg !1233
  %83 = tail call i32 @event_add(ptr noundef nonnull %82, ptr noundef null) #13, !dbg !1234
  br label %84, !dbg !1235

84:                                               ; preds = %61, %64, %22, %76, %66
    #dbg_value(ptr %12, !1236, !DIExpression(), !1241)
  %85 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !1243
  %86 = load ptr, ptr @cqi_freelist, align 8, !dbg !1244, !tbaa !307
  %87 = getelementptr inbounds i8, ptr %12, i64 16, !dbg !1245
  store ptr %86, ptr %87, align 8, !dbg !1246, !tbaa !596
  store ptr %12, ptr @cqi_freelist, align 8, !dbg !1247, !tbaa !307
  br label %88, !dbg !1248

88:                                               ; preds = %7, %84
  %89 = phi ptr [ @cqi_freelist_lock, %84 ], [ %10, %7 ]
  %90 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %89) #13, !dbg !1147
  br label %91, !dbg !1248

91:                                               ; preds = %88, %20, %3
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !1248
  ret void, !dbg !1248
}

; Function Attrs: nounwind
declare !dbg !1249 i32 @pthread_mutex_init(ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1260 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !1263 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare !dbg !1269 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1274 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare !dbg !1277 noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #8

declare !dbg !1280 i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1288 void @freeaddrinfo(ptr noundef) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nounwind }
attributes #14 = { nounwind allocsize(0,1) }
attributes #15 = { nounwind allocsize(0) }
attributes #16 = { cold }
attributes #17 = { noreturn nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!234, !235, !236, !237, !238, !239, !240}
!llvm.ident = !{!241}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 92, type: !151, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !35, globals: !51, splitDebugInlining: false, nameTableKind: None)
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
!240 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!241 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!242 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 99, type: !206, scopeLine: 99, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !243)
!243 = !{!244, !245, !246}
!244 = !DILocalVariable(name: "c", arg: 1, scope: !242, file: !3, line: 99, type: !152)
!245 = !DILocalVariable(name: "buf", arg: 2, scope: !242, file: !3, line: 99, type: !36)
!246 = !DILocalVariable(name: "count", arg: 3, scope: !242, file: !3, line: 99, type: !211)
!247 = !DILocation(line: 0, scope: !242)
!248 = !DILocation(line: 100, column: 18, scope: !242)
!249 = !{!250, !251, i64 0}
!250 = !{!"conn", !251, i64 0, !251, i64 4, !251, i64 8, !251, i64 12, !254, i64 16, !255, i64 24, !252, i64 152, !251, i64 2200, !256, i64 2204, !251, i64 2232, !254, i64 2240, !254, i64 2248, !254, i64 2256}
!251 = !{!"int", !252, i64 0}
!252 = !{!"omnipotent char", !253, i64 0}
!253 = !{!"Simple C/C++ TBAA"}
!254 = !{!"any pointer", !252, i64 0}
!255 = !{!"event", !252, i64 0}
!256 = !{!"sockaddr_in6", !257, i64 0, !257, i64 2, !251, i64 4, !258, i64 8, !251, i64 24}
!257 = !{!"short", !252, i64 0}
!258 = !{!"in6_addr", !252, i64 0}
!259 = !DILocation(line: 100, column: 10, scope: !242)
!260 = !DILocation(line: 100, column: 3, scope: !242)
!261 = !DISubprogram(name: "read", scope: !262, file: !262, line: 371, type: !263, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!262 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!263 = !DISubroutineType(types: !264)
!264 = !{!208, !50, !36, !211}
!265 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 103, type: !215, scopeLine: 103, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !266)
!266 = !{!267, !268, !269}
!267 = !DILocalVariable(name: "c", arg: 1, scope: !265, file: !3, line: 103, type: !152)
!268 = !DILocalVariable(name: "msg", arg: 2, scope: !265, file: !3, line: 103, type: !217)
!269 = !DILocalVariable(name: "flags", arg: 3, scope: !265, file: !3, line: 103, type: !50)
!270 = !DILocation(line: 0, scope: !265)
!271 = !DILocation(line: 104, column: 21, scope: !265)
!272 = !DILocation(line: 104, column: 10, scope: !265)
!273 = !DILocation(line: 104, column: 3, scope: !265)
!274 = !DISubprogram(name: "sendmsg", scope: !275, file: !275, line: 174, type: !276, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!275 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!276 = !DISubroutineType(types: !277)
!277 = !{!208, !50, !278, !50}
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !279, size: 64)
!279 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !218)
!280 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 107, type: !206, scopeLine: 107, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !281)
!281 = !{!282, !283, !284}
!282 = !DILocalVariable(name: "c", arg: 1, scope: !280, file: !3, line: 107, type: !152)
!283 = !DILocalVariable(name: "buf", arg: 2, scope: !280, file: !3, line: 107, type: !36)
!284 = !DILocalVariable(name: "count", arg: 3, scope: !280, file: !3, line: 107, type: !211)
!285 = !DILocation(line: 0, scope: !280)
!286 = !DILocation(line: 108, column: 19, scope: !280)
!287 = !DILocation(line: 108, column: 10, scope: !280)
!288 = !DILocation(line: 108, column: 3, scope: !280)
!289 = !DISubprogram(name: "write", scope: !262, file: !262, line: 378, type: !290, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!290 = !DISubroutineType(types: !291)
!291 = !{!208, !50, !292, !211}
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !293, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!294 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 117, type: !295, scopeLine: 118, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !297)
!295 = !DISubroutineType(types: !296)
!296 = !{!152, !50, !5, !13, !54}
!297 = !{!298, !299, !300, !301, !302}
!298 = !DILocalVariable(name: "sfd", arg: 1, scope: !294, file: !3, line: 117, type: !50)
!299 = !DILocalVariable(name: "init_state", arg: 2, scope: !294, file: !3, line: 117, type: !5)
!300 = !DILocalVariable(name: "transport", arg: 3, scope: !294, file: !3, line: 118, type: !13)
!301 = !DILocalVariable(name: "base", arg: 4, scope: !294, file: !3, line: 118, type: !54)
!302 = !DILocalVariable(name: "c", scope: !294, file: !3, line: 121, type: !152)
!303 = !DILocation(line: 0, scope: !294)
!304 = !DILocation(line: 119, column: 15, scope: !305)
!305 = distinct !DILexicalBlock(scope: !294, file: !3, line: 119, column: 7)
!306 = !DILocation(line: 121, column: 13, scope: !294)
!307 = !{!254, !254, i64 0}
!308 = !DILocation(line: 122, column: 9, scope: !309)
!309 = distinct !DILexicalBlock(scope: !294, file: !3, line: 122, column: 7)
!310 = !DILocation(line: 122, column: 7, scope: !294)
!311 = !DILocation(line: 123, column: 9, scope: !312)
!312 = distinct !DILexicalBlock(scope: !309, file: !3, line: 122, column: 18)
!313 = !DILocation(line: 124, column: 11, scope: !314)
!314 = distinct !DILexicalBlock(scope: !312, file: !3, line: 124, column: 9)
!315 = !DILocation(line: 124, column: 9, scope: !312)
!316 = !DILocation(line: 126, column: 12, scope: !312)
!317 = !DILocation(line: 127, column: 16, scope: !312)
!318 = !DILocation(line: 128, column: 3, scope: !312)
!319 = !DILocation(line: 129, column: 6, scope: !294)
!320 = !DILocation(line: 129, column: 16, scope: !294)
!321 = !{!250, !251, i64 12}
!322 = !DILocation(line: 130, column: 6, scope: !294)
!323 = !DILocation(line: 130, column: 12, scope: !294)
!324 = !{!250, !251, i64 4}
!325 = !DILocation(line: 131, column: 6, scope: !294)
!326 = !DILocation(line: 131, column: 19, scope: !294)
!327 = !{!250, !251, i64 8}
!328 = !DILocation(line: 132, column: 6, scope: !294)
!329 = !DILocation(line: 132, column: 13, scope: !294)
!330 = !{!250, !251, i64 2200}
!331 = !DILocation(line: 133, column: 6, scope: !294)
!332 = !DILocation(line: 133, column: 11, scope: !294)
!333 = !{!250, !254, i64 2240}
!334 = !DILocation(line: 134, column: 6, scope: !294)
!335 = !DILocation(line: 134, column: 14, scope: !294)
!336 = !{!250, !254, i64 2248}
!337 = !DILocation(line: 135, column: 6, scope: !294)
!338 = !DILocation(line: 135, column: 12, scope: !294)
!339 = !{!250, !254, i64 2256}
!340 = !DILocation(line: 136, column: 17, scope: !294)
!341 = !DILocation(line: 136, column: 3, scope: !294)
!342 = !DILocation(line: 137, column: 3, scope: !294)
!343 = !DILocation(line: 138, column: 7, scope: !344)
!344 = distinct !DILexicalBlock(scope: !294, file: !3, line: 138, column: 7)
!345 = !DILocation(line: 138, column: 31, scope: !344)
!346 = !DILocation(line: 141, column: 1, scope: !294)
!347 = !DISubprogram(name: "calloc", scope: !348, file: !348, line: 556, type: !349, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!348 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!349 = !DISubroutineType(types: !350)
!350 = !{!36, !211, !211}
!351 = !DISubprogram(name: "event_set", scope: !3, file: !3, line: 34, type: !352, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!352 = !DISubroutineType(types: !353)
!353 = !{null, !354, !50, !107, !355, !36}
!354 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64)
!355 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !356, size: 64)
!356 = !DISubroutineType(types: !357)
!357 = !{null, !50, !107, !36}
!358 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 345, type: !356, scopeLine: 345, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !359)
!359 = !{!360, !361, !362, !363}
!360 = !DILocalVariable(name: "fd", arg: 1, scope: !358, file: !3, line: 345, type: !50)
!361 = !DILocalVariable(name: "which", arg: 2, scope: !358, file: !3, line: 345, type: !107)
!362 = !DILocalVariable(name: "arg", arg: 3, scope: !358, file: !3, line: 345, type: !36)
!363 = !DILocalVariable(name: "c", scope: !358, file: !3, line: 346, type: !152)
!364 = distinct !DIAssignID()
!365 = !DILocalVariable(name: "iov", scope: !366, file: !3, line: 279, type: !224)
!366 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 278, type: !367, scopeLine: 278, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !369)
!367 = !DISubroutineType(types: !368)
!368 = !{!50, !152}
!369 = !{!370, !365, !371}
!370 = !DILocalVariable(name: "c", arg: 1, scope: !366, file: !3, line: 278, type: !152)
!371 = !DILocalVariable(name: "msg", scope: !366, file: !3, line: 280, type: !218)
!372 = !DILocation(line: 0, scope: !366, inlinedAt: !373)
!373 = distinct !DILocation(line: 329, column: 12, scope: !374, inlinedAt: !398)
!374 = distinct !DILexicalBlock(scope: !375, file: !3, line: 329, column: 11)
!375 = distinct !DILexicalBlock(scope: !376, file: !3, line: 294, column: 23)
!376 = distinct !DILexicalBlock(scope: !377, file: !3, line: 293, column: 17)
!377 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 291, type: !378, scopeLine: 291, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !380)
!378 = !DISubroutineType(types: !379)
!379 = !{null, !152}
!380 = !{!381, !382, !384, !394, !395, !396}
!381 = !DILocalVariable(name: "c", arg: 1, scope: !377, file: !3, line: 291, type: !152)
!382 = !DILocalVariable(name: "stop", scope: !377, file: !3, line: 292, type: !383)
!383 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!384 = !DILocalVariable(name: "addr", scope: !385, file: !3, line: 296, type: !386)
!385 = distinct !DILexicalBlock(scope: !375, file: !3, line: 295, column: 26)
!386 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !39, line: 196, size: 1024, elements: !387)
!387 = !{!388, !389, !393}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !386, file: !39, line: 198, baseType: !42, size: 16)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !386, file: !39, line: 199, baseType: !390, size: 944, offset: 16)
!390 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 944, elements: !391)
!391 = !{!392}
!392 = !DISubrange(count: 118)
!393 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !386, file: !39, line: 200, baseType: !65, size: 64, offset: 960)
!394 = !DILocalVariable(name: "addrlen", scope: !385, file: !3, line: 297, type: !202)
!395 = !DILocalVariable(name: "sfd", scope: !385, file: !3, line: 298, type: !50)
!396 = !DILocalVariable(name: "res", scope: !397, file: !3, line: 312, type: !50)
!397 = distinct !DILexicalBlock(scope: !375, file: !3, line: 311, column: 21)
!398 = distinct !DILocation(line: 350, column: 3, scope: !358)
!399 = distinct !DIAssignID()
!400 = distinct !DIAssignID()
!401 = !DILocation(line: 0, scope: !385, inlinedAt: !398)
!402 = distinct !DIAssignID()
!403 = !DILocation(line: 0, scope: !358)
!404 = !DILocation(line: 348, column: 16, scope: !405)
!405 = distinct !DILexicalBlock(scope: !358, file: !3, line: 348, column: 7)
!406 = !DILocation(line: 348, column: 10, scope: !405)
!407 = !DILocation(line: 348, column: 7, scope: !358)
!408 = !DILocation(line: 0, scope: !377, inlinedAt: !398)
!409 = !DILocation(line: 293, column: 3, scope: !377, inlinedAt: !398)
!410 = !DILocation(line: 294, column: 16, scope: !376, inlinedAt: !398)
!411 = !DILocation(line: 294, column: 5, scope: !376, inlinedAt: !398)
!412 = !DILocation(line: 296, column: 7, scope: !385, inlinedAt: !398)
!413 = !DILocation(line: 297, column: 7, scope: !385, inlinedAt: !398)
!414 = !DILocation(line: 297, column: 17, scope: !385, inlinedAt: !398)
!415 = !{!251, !251, i64 0}
!416 = distinct !DIAssignID()
!417 = !DILocation(line: 298, column: 27, scope: !385, inlinedAt: !398)
!418 = !DILocation(line: 298, column: 17, scope: !385, inlinedAt: !398)
!419 = !DILocation(line: 299, column: 15, scope: !420, inlinedAt: !398)
!420 = distinct !DILexicalBlock(scope: !385, file: !3, line: 299, column: 11)
!421 = !DILocation(line: 299, column: 11, scope: !385, inlinedAt: !398)
!422 = !DILocation(line: 303, column: 47, scope: !385, inlinedAt: !398)
!423 = !DILocation(line: 303, column: 7, scope: !385, inlinedAt: !398)
!424 = !DILocation(line: 305, column: 7, scope: !385, inlinedAt: !398)
!425 = !DILocation(line: 306, column: 5, scope: !375, inlinedAt: !398)
!426 = !DILocation(line: 308, column: 17, scope: !375, inlinedAt: !398)
!427 = !DILocalVariable(name: "c", arg: 1, scope: !428, file: !3, line: 113, type: !152)
!428 = distinct !DISubprogram(name: "conn_set_state", scope: !3, file: !3, line: 113, type: !429, scopeLine: 113, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !431)
!429 = !DISubroutineType(types: !430)
!430 = !{null, !152, !5}
!431 = !{!427, !432}
!432 = !DILocalVariable(name: "state", arg: 2, scope: !428, file: !3, line: 113, type: !5)
!433 = !DILocation(line: 0, scope: !428, inlinedAt: !434)
!434 = distinct !DILocation(line: 309, column: 7, scope: !375, inlinedAt: !398)
!435 = !DILocation(line: 114, column: 12, scope: !428, inlinedAt: !434)
!436 = !DILocation(line: 310, column: 7, scope: !375, inlinedAt: !398)
!437 = !DILocation(line: 312, column: 17, scope: !397, inlinedAt: !398)
!438 = !DILocalVariable(name: "c", arg: 1, scope: !439, file: !3, line: 258, type: !152)
!439 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 258, type: !367, scopeLine: 258, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !440)
!440 = !{!438, !441}
!441 = !DILocalVariable(name: "res", scope: !439, file: !3, line: 260, type: !208)
!442 = !DILocation(line: 0, scope: !439, inlinedAt: !443)
!443 = distinct !DILocation(line: 312, column: 40, scope: !397, inlinedAt: !398)
!444 = !DILocation(line: 259, column: 24, scope: !439, inlinedAt: !443)
!445 = !{!250, !251, i64 2232}
!446 = !DILocation(line: 260, column: 29, scope: !439, inlinedAt: !443)
!447 = !DILocation(line: 260, column: 17, scope: !439, inlinedAt: !443)
!448 = !DILocation(line: 263, column: 11, scope: !449, inlinedAt: !443)
!449 = distinct !DILexicalBlock(scope: !439, file: !3, line: 263, column: 7)
!450 = !DILocation(line: 263, column: 7, scope: !439, inlinedAt: !443)
!451 = !DILocation(line: 264, column: 17, scope: !452, inlinedAt: !443)
!452 = distinct !DILexicalBlock(scope: !449, file: !3, line: 263, column: 16)
!453 = !DILocation(line: 265, column: 5, scope: !452, inlinedAt: !443)
!454 = !DILocalVariable(name: "c", arg: 1, scope: !455, file: !3, line: 270, type: !152)
!455 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 270, type: !367, scopeLine: 270, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !456)
!456 = !{!454, !457}
!457 = !DILocalVariable(name: "res", scope: !455, file: !3, line: 271, type: !208)
!458 = !DILocation(line: 0, scope: !455, inlinedAt: !459)
!459 = distinct !DILocation(line: 312, column: 58, scope: !397, inlinedAt: !398)
!460 = !DILocation(line: 271, column: 20, scope: !455, inlinedAt: !459)
!461 = !DILocation(line: 271, column: 41, scope: !455, inlinedAt: !459)
!462 = !DILocation(line: 271, column: 36, scope: !455, inlinedAt: !459)
!463 = !DILocation(line: 271, column: 65, scope: !455, inlinedAt: !459)
!464 = !DILocation(line: 271, column: 17, scope: !455, inlinedAt: !459)
!465 = !DILocation(line: 272, column: 11, scope: !466, inlinedAt: !459)
!466 = distinct !DILexicalBlock(scope: !455, file: !3, line: 272, column: 7)
!467 = !DILocation(line: 272, column: 7, scope: !455, inlinedAt: !459)
!468 = !DILocation(line: 274, column: 16, scope: !455, inlinedAt: !459)
!469 = !DILocation(line: 274, column: 13, scope: !455, inlinedAt: !459)
!470 = !DILocation(line: 275, column: 3, scope: !455, inlinedAt: !459)
!471 = !DILocation(line: 312, scope: !397, inlinedAt: !398)
!472 = !DILocation(line: 0, scope: !397, inlinedAt: !398)
!473 = !DILocation(line: 317, column: 11, scope: !474, inlinedAt: !398)
!474 = distinct !DILexicalBlock(scope: !397, file: !3, line: 317, column: 11)
!475 = !{!252, !252, i64 0}
!476 = !DILocation(line: 317, column: 22, scope: !474, inlinedAt: !398)
!477 = !DILocation(line: 317, column: 11, scope: !397, inlinedAt: !398)
!478 = !DILocation(line: 318, column: 14, scope: !479, inlinedAt: !398)
!479 = distinct !DILexicalBlock(scope: !480, file: !3, line: 318, column: 13)
!480 = distinct !DILexicalBlock(scope: !474, file: !3, line: 317, column: 30)
!481 = !DILocation(line: 318, column: 13, scope: !480, inlinedAt: !398)
!482 = !DILocation(line: 319, column: 14, scope: !479, inlinedAt: !398)
!483 = !DILocation(line: 319, column: 11, scope: !479, inlinedAt: !398)
!484 = !DILocation(line: 0, scope: !428, inlinedAt: !485)
!485 = distinct !DILocation(line: 320, column: 9, scope: !480, inlinedAt: !398)
!486 = !DILocation(line: 114, column: 12, scope: !428, inlinedAt: !485)
!487 = !DILocation(line: 321, column: 9, scope: !480, inlinedAt: !398)
!488 = !DILocation(line: 323, column: 11, scope: !397, inlinedAt: !398)
!489 = !{!490, !490, i64 0}
!490 = !{!"long", !252, i64 0}
!491 = !DILocation(line: 324, column: 25, scope: !397, inlinedAt: !398)
!492 = !DILocation(line: 324, column: 23, scope: !397, inlinedAt: !398)
!493 = !DILocation(line: 0, scope: !428, inlinedAt: !494)
!494 = distinct !DILocation(line: 325, column: 7, scope: !397, inlinedAt: !398)
!495 = !DILocation(line: 114, column: 12, scope: !428, inlinedAt: !494)
!496 = !DILocation(line: 326, column: 7, scope: !397, inlinedAt: !398)
!497 = !DILocation(line: 279, column: 3, scope: !366, inlinedAt: !373)
!498 = !DILocation(line: 279, column: 16, scope: !366, inlinedAt: !373)
!499 = distinct !DIAssignID()
!500 = !DILocation(line: 280, column: 3, scope: !366, inlinedAt: !373)
!501 = !DILocation(line: 281, column: 3, scope: !366, inlinedAt: !373)
!502 = distinct !DIAssignID()
!503 = !DILocation(line: 282, column: 15, scope: !366, inlinedAt: !373)
!504 = !{!505, !254, i64 16}
!505 = !{!"msghdr", !254, i64 0, !251, i64 8, !254, i64 16, !490, i64 24, !254, i64 32, !490, i64 40, !251, i64 48}
!506 = distinct !DIAssignID()
!507 = !DILocation(line: 283, column: 18, scope: !366, inlinedAt: !373)
!508 = !{!505, !490, i64 24}
!509 = distinct !DIAssignID()
!510 = !DILocation(line: 284, column: 8, scope: !511, inlinedAt: !373)
!511 = distinct !DILexicalBlock(scope: !366, file: !3, line: 284, column: 7)
!512 = !DILocation(line: 284, column: 7, scope: !366, inlinedAt: !373)
!513 = !DILocation(line: 285, column: 15, scope: !511, inlinedAt: !373)
!514 = !DILocation(line: 285, column: 12, scope: !511, inlinedAt: !373)
!515 = !DILocation(line: 285, column: 5, scope: !511, inlinedAt: !373)
!516 = !DILocation(line: 286, column: 16, scope: !366, inlinedAt: !373)
!517 = !{!505, !254, i64 0}
!518 = distinct !DIAssignID()
!519 = !DILocation(line: 287, column: 24, scope: !366, inlinedAt: !373)
!520 = !DILocation(line: 287, column: 19, scope: !366, inlinedAt: !373)
!521 = !{!505, !251, i64 8}
!522 = distinct !DIAssignID()
!523 = !DILocation(line: 288, column: 21, scope: !366, inlinedAt: !373)
!524 = !DILocation(line: 288, column: 10, scope: !366, inlinedAt: !373)
!525 = !DILocation(line: 288, column: 3, scope: !366, inlinedAt: !373)
!526 = !DILocation(line: 289, column: 1, scope: !366, inlinedAt: !373)
!527 = !DILocation(line: 329, column: 11, scope: !375, inlinedAt: !398)
!528 = !DILocation(line: 0, scope: !428, inlinedAt: !529)
!529 = distinct !DILocation(line: 330, column: 9, scope: !530, inlinedAt: !398)
!530 = distinct !DILexicalBlock(scope: !374, file: !3, line: 329, column: 25)
!531 = !DILocation(line: 114, column: 12, scope: !428, inlinedAt: !529)
!532 = !DILocation(line: 331, column: 9, scope: !530, inlinedAt: !398)
!533 = !DILocation(line: 333, column: 28, scope: !375, inlinedAt: !398)
!534 = !DILocation(line: 0, scope: !428, inlinedAt: !535)
!535 = distinct !DILocation(line: 333, column: 7, scope: !375, inlinedAt: !398)
!536 = !DILocation(line: 114, column: 12, scope: !428, inlinedAt: !535)
!537 = !DILocation(line: 335, column: 7, scope: !375, inlinedAt: !398)
!538 = !DILocation(line: 337, column: 12, scope: !539, inlinedAt: !398)
!539 = distinct !DILexicalBlock(scope: !375, file: !3, line: 337, column: 11)
!540 = !DILocation(line: 337, column: 11, scope: !375, inlinedAt: !398)
!541 = !DILocalVariable(name: "c", arg: 1, scope: !542, file: !3, line: 225, type: !152)
!542 = distinct !DISubprogram(name: "conn_close", scope: !3, file: !3, line: 225, type: !378, scopeLine: 225, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !543)
!543 = !{!541}
!544 = !DILocation(line: 0, scope: !542, inlinedAt: !545)
!545 = distinct !DILocation(line: 338, column: 9, scope: !539, inlinedAt: !398)
!546 = !DILocation(line: 226, column: 3, scope: !542, inlinedAt: !545)
!547 = !DILocation(line: 227, column: 12, scope: !542, inlinedAt: !545)
!548 = !DILocation(line: 227, column: 3, scope: !542, inlinedAt: !545)
!549 = !DILocation(line: 338, column: 9, scope: !539, inlinedAt: !398)
!550 = !DILocation(line: 293, column: 11, scope: !377, inlinedAt: !398)
!551 = distinct !{!551, !409, !552, !553, !554}
!552 = !DILocation(line: 342, column: 3, scope: !377, inlinedAt: !398)
!553 = !{!"llvm.loop.mustprogress"}
!554 = !{!"llvm.loop.unroll.disable"}
!555 = !DILocation(line: 351, column: 1, scope: !358)
!556 = !DISubprogram(name: "event_base_set", scope: !3, file: !3, line: 36, type: !557, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!557 = !DISubroutineType(types: !558)
!558 = !{!50, !54, !354}
!559 = !DISubprogram(name: "event_add", scope: !3, file: !3, line: 37, type: !560, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!560 = !DISubroutineType(types: !561)
!561 = !{!50, !354, !562}
!562 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !563, size: 64)
!563 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !564)
!564 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !565, line: 8, size: 128, elements: !566)
!565 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!566 = !{!567, !569}
!567 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !564, file: !565, line: 14, baseType: !568, size: 64)
!568 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !177, line: 160, baseType: !122)
!569 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !564, file: !565, line: 15, baseType: !570, size: 64, offset: 64)
!570 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !177, line: 162, baseType: !122)
!571 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 204, type: !572, scopeLine: 205, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !574)
!572 = !DISubroutineType(types: !573)
!573 = !{null, !50, !5, !13}
!574 = !{!575, !576, !577, !578, !579, !580}
!575 = !DILocalVariable(name: "sfd", arg: 1, scope: !571, file: !3, line: 204, type: !50)
!576 = !DILocalVariable(name: "init_state", arg: 2, scope: !571, file: !3, line: 204, type: !5)
!577 = !DILocalVariable(name: "transport", arg: 3, scope: !571, file: !3, line: 205, type: !13)
!578 = !DILocalVariable(name: "item", scope: !571, file: !3, line: 206, type: !82)
!579 = !DILocalVariable(name: "tid", scope: !571, file: !3, line: 211, type: !50)
!580 = !DILocalVariable(name: "thread", scope: !571, file: !3, line: 212, type: !58)
!581 = distinct !DIAssignID()
!582 = !DILocation(line: 0, scope: !571)
!583 = !DILocalVariable(name: "item", scope: !584, file: !3, line: 145, type: !82)
!584 = distinct !DISubprogram(name: "cqi_new", scope: !3, file: !3, line: 144, type: !585, scopeLine: 144, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !587)
!585 = !DISubroutineType(types: !586)
!586 = !{!82}
!587 = !{!583}
!588 = !DILocation(line: 0, scope: !584, inlinedAt: !589)
!589 = distinct !DILocation(line: 206, column: 19, scope: !571)
!590 = !DILocation(line: 146, column: 3, scope: !584, inlinedAt: !589)
!591 = !DILocation(line: 147, column: 7, scope: !592, inlinedAt: !589)
!592 = distinct !DILexicalBlock(scope: !584, file: !3, line: 147, column: 7)
!593 = !DILocation(line: 147, column: 7, scope: !584, inlinedAt: !589)
!594 = !DILocation(line: 149, column: 26, scope: !595, inlinedAt: !589)
!595 = distinct !DILexicalBlock(scope: !592, file: !3, line: 147, column: 21)
!596 = !{!597, !254, i64 16}
!597 = !{!"conn_queue_item", !251, i64 0, !251, i64 4, !251, i64 8, !251, i64 12, !254, i64 16}
!598 = !DILocation(line: 149, column: 18, scope: !595, inlinedAt: !589)
!599 = !DILocation(line: 150, column: 3, scope: !595, inlinedAt: !589)
!600 = !DILocation(line: 151, column: 3, scope: !584, inlinedAt: !589)
!601 = !DILocation(line: 152, column: 12, scope: !602, inlinedAt: !589)
!602 = distinct !DILexicalBlock(scope: !584, file: !3, line: 152, column: 7)
!603 = !DILocation(line: 152, column: 7, scope: !584, inlinedAt: !589)
!604 = !DILocation(line: 153, column: 12, scope: !602, inlinedAt: !589)
!605 = !DILocation(line: 153, column: 5, scope: !602, inlinedAt: !589)
!606 = !DILocation(line: 207, column: 12, scope: !607)
!607 = distinct !DILexicalBlock(scope: !571, file: !3, line: 207, column: 7)
!608 = !DILocation(line: 207, column: 7, scope: !571)
!609 = !DILocation(line: 208, column: 5, scope: !610)
!610 = distinct !DILexicalBlock(scope: !607, file: !3, line: 207, column: 21)
!611 = !DILocation(line: 209, column: 5, scope: !610)
!612 = !DILocation(line: 211, column: 14, scope: !571)
!613 = !DILocation(line: 211, column: 26, scope: !571)
!614 = !DILocation(line: 211, column: 31, scope: !571)
!615 = !DILocation(line: 212, column: 30, scope: !571)
!616 = !DILocation(line: 213, column: 15, scope: !571)
!617 = !DILocation(line: 214, column: 13, scope: !571)
!618 = !{!597, !251, i64 0}
!619 = !DILocation(line: 215, column: 9, scope: !571)
!620 = !DILocation(line: 215, column: 20, scope: !571)
!621 = !{!597, !251, i64 4}
!622 = !DILocation(line: 216, column: 9, scope: !571)
!623 = !DILocation(line: 216, column: 19, scope: !571)
!624 = !{!597, !251, i64 8}
!625 = !DILocation(line: 217, column: 9, scope: !571)
!626 = !DILocation(line: 217, column: 14, scope: !571)
!627 = !{!597, !251, i64 12}
!628 = !DILocalVariable(name: "buf", scope: !629, file: !3, line: 189, type: !47)
!629 = distinct !DISubprogram(name: "notify_worker", scope: !3, file: !3, line: 187, type: !630, scopeLine: 187, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !632)
!630 = !DISubroutineType(types: !631)
!631 = !{null, !58, !82}
!632 = !{!633, !634, !628}
!633 = !DILocalVariable(name: "t", arg: 1, scope: !629, file: !3, line: 187, type: !58)
!634 = !DILocalVariable(name: "item", arg: 2, scope: !629, file: !3, line: 187, type: !82)
!635 = !DILocation(line: 0, scope: !629, inlinedAt: !636)
!636 = distinct !DILocation(line: 218, column: 3, scope: !571)
!637 = !DILocation(line: 188, column: 14, scope: !629, inlinedAt: !636)
!638 = !{!639, !254, i64 152}
!639 = !{!"", !490, i64 0, !254, i64 8, !255, i64 16, !251, i64 144, !251, i64 148, !254, i64 152}
!640 = !DILocalVariable(name: "cq", arg: 1, scope: !641, file: !3, line: 170, type: !77)
!641 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 170, type: !642, scopeLine: 170, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !644)
!642 = !DISubroutineType(types: !643)
!643 = !{null, !77, !82}
!644 = !{!640, !645}
!645 = !DILocalVariable(name: "item", arg: 2, scope: !641, file: !3, line: 170, type: !82)
!646 = !DILocation(line: 0, scope: !641, inlinedAt: !647)
!647 = distinct !DILocation(line: 188, column: 3, scope: !629, inlinedAt: !636)
!648 = !DILocation(line: 171, column: 9, scope: !641, inlinedAt: !647)
!649 = !DILocation(line: 171, column: 14, scope: !641, inlinedAt: !647)
!650 = !DILocation(line: 172, column: 27, scope: !641, inlinedAt: !647)
!651 = !DILocation(line: 172, column: 3, scope: !641, inlinedAt: !647)
!652 = !DILocation(line: 173, column: 8, scope: !641, inlinedAt: !647)
!653 = !{!654, !254, i64 8}
!654 = !{!"conn_queue", !254, i64 0, !254, i64 8, !252, i64 16}
!655 = !DILocation(line: 173, column: 13, scope: !641, inlinedAt: !647)
!656 = !DILocation(line: 174, column: 12, scope: !641, inlinedAt: !647)
!657 = !DILocation(line: 175, column: 3, scope: !641, inlinedAt: !647)
!658 = !DILocation(line: 189, column: 3, scope: !629, inlinedAt: !636)
!659 = !DILocation(line: 189, column: 8, scope: !629, inlinedAt: !636)
!660 = distinct !DIAssignID()
!661 = !DILocation(line: 190, column: 16, scope: !662, inlinedAt: !636)
!662 = distinct !DILexicalBlock(scope: !629, file: !3, line: 190, column: 7)
!663 = !{!639, !251, i64 148}
!664 = !DILocation(line: 190, column: 7, scope: !662, inlinedAt: !636)
!665 = !DILocation(line: 190, column: 41, scope: !662, inlinedAt: !636)
!666 = !DILocation(line: 190, column: 7, scope: !629, inlinedAt: !636)
!667 = !DILocation(line: 191, column: 5, scope: !662, inlinedAt: !636)
!668 = !DILocation(line: 192, column: 1, scope: !629, inlinedAt: !636)
!669 = !DILocation(line: 219, column: 1, scope: !571)
!670 = !DISubprogram(name: "close", scope: !262, file: !262, line: 358, type: !671, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!671 = !DISubroutineType(types: !672)
!672 = !{!50, !50}
!673 = distinct !DISubprogram(name: "redispatch_conn", scope: !3, file: !3, line: 221, type: !378, scopeLine: 221, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !674)
!674 = !{!675}
!675 = !DILocalVariable(name: "c", arg: 1, scope: !673, file: !3, line: 221, type: !152)
!676 = distinct !DIAssignID()
!677 = !DILocation(line: 0, scope: !673)
!678 = !DILocation(line: 222, column: 23, scope: !673)
!679 = !{!250, !254, i64 16}
!680 = !DILocation(line: 222, column: 34, scope: !673)
!681 = !DILocalVariable(name: "t", arg: 1, scope: !682, file: !3, line: 194, type: !58)
!682 = distinct !DISubprogram(name: "notify_worker_fd", scope: !3, file: !3, line: 194, type: !683, scopeLine: 195, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !685)
!683 = !DISubroutineType(types: !684)
!684 = !{null, !58, !50, !18}
!685 = !{!681, !686, !687, !688}
!686 = !DILocalVariable(name: "sfd", arg: 2, scope: !682, file: !3, line: 194, type: !50)
!687 = !DILocalVariable(name: "mode", arg: 3, scope: !682, file: !3, line: 195, type: !18)
!688 = !DILocalVariable(name: "item", scope: !682, file: !3, line: 196, type: !82)
!689 = !DILocation(line: 0, scope: !682, inlinedAt: !690)
!690 = distinct !DILocation(line: 222, column: 3, scope: !673)
!691 = !DILocation(line: 0, scope: !584, inlinedAt: !692)
!692 = distinct !DILocation(line: 196, column: 19, scope: !682, inlinedAt: !690)
!693 = !DILocation(line: 146, column: 3, scope: !584, inlinedAt: !692)
!694 = !DILocation(line: 147, column: 7, scope: !592, inlinedAt: !692)
!695 = !DILocation(line: 147, column: 7, scope: !584, inlinedAt: !692)
!696 = !DILocation(line: 149, column: 26, scope: !595, inlinedAt: !692)
!697 = !DILocation(line: 149, column: 18, scope: !595, inlinedAt: !692)
!698 = !DILocation(line: 150, column: 3, scope: !595, inlinedAt: !692)
!699 = !DILocation(line: 151, column: 3, scope: !584, inlinedAt: !692)
!700 = !DILocation(line: 152, column: 12, scope: !602, inlinedAt: !692)
!701 = !DILocation(line: 152, column: 7, scope: !584, inlinedAt: !692)
!702 = !DILocation(line: 153, column: 12, scope: !602, inlinedAt: !692)
!703 = !DILocation(line: 153, column: 5, scope: !602, inlinedAt: !692)
!704 = !DILocation(line: 197, column: 12, scope: !705, inlinedAt: !690)
!705 = distinct !DILexicalBlock(scope: !682, file: !3, line: 197, column: 7)
!706 = !DILocation(line: 197, column: 7, scope: !682, inlinedAt: !690)
!707 = !DILocation(line: 199, column: 9, scope: !682, inlinedAt: !690)
!708 = !DILocation(line: 199, column: 14, scope: !682, inlinedAt: !690)
!709 = !DILocation(line: 200, column: 13, scope: !682, inlinedAt: !690)
!710 = !DILocation(line: 0, scope: !629, inlinedAt: !711)
!711 = distinct !DILocation(line: 201, column: 3, scope: !682, inlinedAt: !690)
!712 = !DILocation(line: 188, column: 14, scope: !629, inlinedAt: !711)
!713 = !DILocation(line: 0, scope: !641, inlinedAt: !714)
!714 = distinct !DILocation(line: 188, column: 3, scope: !629, inlinedAt: !711)
!715 = !DILocation(line: 171, column: 9, scope: !641, inlinedAt: !714)
!716 = !DILocation(line: 171, column: 14, scope: !641, inlinedAt: !714)
!717 = !DILocation(line: 172, column: 27, scope: !641, inlinedAt: !714)
!718 = !DILocation(line: 172, column: 3, scope: !641, inlinedAt: !714)
!719 = !DILocation(line: 173, column: 8, scope: !641, inlinedAt: !714)
!720 = !DILocation(line: 173, column: 13, scope: !641, inlinedAt: !714)
!721 = !DILocation(line: 174, column: 12, scope: !641, inlinedAt: !714)
!722 = !DILocation(line: 175, column: 3, scope: !641, inlinedAt: !714)
!723 = !DILocation(line: 189, column: 3, scope: !629, inlinedAt: !711)
!724 = !DILocation(line: 189, column: 8, scope: !629, inlinedAt: !711)
!725 = distinct !DIAssignID()
!726 = !DILocation(line: 190, column: 16, scope: !662, inlinedAt: !711)
!727 = !DILocation(line: 190, column: 7, scope: !662, inlinedAt: !711)
!728 = !DILocation(line: 190, column: 41, scope: !662, inlinedAt: !711)
!729 = !DILocation(line: 190, column: 7, scope: !629, inlinedAt: !711)
!730 = !DILocation(line: 191, column: 5, scope: !662, inlinedAt: !711)
!731 = !DILocation(line: 192, column: 1, scope: !629, inlinedAt: !711)
!732 = !DILocation(line: 202, column: 1, scope: !682, inlinedAt: !690)
!733 = !DILocation(line: 223, column: 1, scope: !673)
!734 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 439, type: !735, scopeLine: 439, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !739)
!735 = !DISubroutineType(types: !736)
!736 = !{!50, !50, !737}
!737 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !738, size: 64)
!738 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!739 = !{!740, !741}
!740 = !DILocalVariable(name: "argc", arg: 1, scope: !734, file: !3, line: 439, type: !50)
!741 = !DILocalVariable(name: "argv", arg: 2, scope: !734, file: !3, line: 439, type: !737)
!742 = distinct !DIAssignID()
!743 = distinct !DIAssignID()
!744 = !DILocation(line: 0, scope: !734)
!745 = !DILocation(line: 440, column: 15, scope: !734)
!746 = !DILocation(line: 440, column: 13, scope: !734)
!747 = !DILocation(line: 441, column: 11, scope: !734)
!748 = !DILocation(line: 441, column: 9, scope: !734)
!749 = !DILocation(line: 442, column: 13, scope: !750)
!750 = distinct !DILexicalBlock(scope: !734, file: !3, line: 442, column: 7)
!751 = !DILocation(line: 442, column: 7, scope: !734)
!752 = !DILocalVariable(name: "fds", scope: !753, file: !3, line: 428, type: !763)
!753 = distinct !DILexicalBlock(scope: !754, file: !3, line: 427, column: 38)
!754 = distinct !DILexicalBlock(scope: !755, file: !3, line: 427, column: 3)
!755 = distinct !DILexicalBlock(scope: !756, file: !3, line: 427, column: 3)
!756 = distinct !DISubprogram(name: "thread_init", scope: !3, file: !3, line: 423, type: !757, scopeLine: 423, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !759)
!757 = !DISubroutineType(types: !758)
!758 = !{null}
!759 = !{!760, !752, !761}
!760 = !DILocalVariable(name: "i", scope: !755, file: !3, line: 427, type: !50)
!761 = !DILocalVariable(name: "i", scope: !762, file: !3, line: 435, type: !50)
!762 = distinct !DILexicalBlock(scope: !756, file: !3, line: 435, column: 3)
!763 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 64, elements: !764)
!764 = !{!765}
!765 = !DISubrange(count: 2)
!766 = !DILocation(line: 0, scope: !753, inlinedAt: !767)
!767 = distinct !DILocation(line: 444, column: 3, scope: !734)
!768 = !DILocation(line: 424, column: 13, scope: !756, inlinedAt: !767)
!769 = !DILocation(line: 424, column: 11, scope: !756, inlinedAt: !767)
!770 = !DILocation(line: 425, column: 15, scope: !771, inlinedAt: !767)
!771 = distinct !DILexicalBlock(scope: !756, file: !3, line: 425, column: 7)
!772 = !DILocation(line: 425, column: 7, scope: !756, inlinedAt: !767)
!773 = !DILocation(line: 0, scope: !755, inlinedAt: !767)
!774 = !DILocation(line: 427, column: 3, scope: !755, inlinedAt: !767)
!775 = !DILocation(line: 426, column: 5, scope: !771, inlinedAt: !767)
!776 = !DILocation(line: 428, column: 5, scope: !753, inlinedAt: !767)
!777 = !DILocation(line: 429, column: 9, scope: !778, inlinedAt: !767)
!778 = distinct !DILexicalBlock(scope: !753, file: !3, line: 429, column: 9)
!779 = !DILocation(line: 429, column: 9, scope: !753, inlinedAt: !767)
!780 = !DILocation(line: 430, column: 7, scope: !778, inlinedAt: !767)
!781 = !DILocation(line: 431, column: 36, scope: !753, inlinedAt: !767)
!782 = !DILocation(line: 431, column: 5, scope: !753, inlinedAt: !767)
!783 = !DILocation(line: 431, column: 16, scope: !753, inlinedAt: !767)
!784 = !DILocation(line: 431, column: 34, scope: !753, inlinedAt: !767)
!785 = !{!639, !251, i64 144}
!786 = !DILocation(line: 432, column: 33, scope: !753, inlinedAt: !767)
!787 = !DILocation(line: 432, column: 16, scope: !753, inlinedAt: !767)
!788 = !DILocation(line: 432, column: 31, scope: !753, inlinedAt: !767)
!789 = !DILocation(line: 433, column: 19, scope: !753, inlinedAt: !767)
!790 = !DILocalVariable(name: "me", arg: 1, scope: !791, file: !3, line: 411, type: !58)
!791 = distinct !DISubprogram(name: "setup_thread", scope: !3, file: !3, line: 411, type: !792, scopeLine: 411, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !794)
!792 = !DISubroutineType(types: !793)
!793 = !{null, !58}
!794 = !{!790}
!795 = !DILocation(line: 0, scope: !791, inlinedAt: !796)
!796 = distinct !DILocation(line: 433, column: 5, scope: !753, inlinedAt: !767)
!797 = !DILocation(line: 412, column: 14, scope: !791, inlinedAt: !796)
!798 = !DILocation(line: 412, column: 7, scope: !791, inlinedAt: !796)
!799 = !DILocation(line: 412, column: 12, scope: !791, inlinedAt: !796)
!800 = !{!639, !254, i64 8}
!801 = !DILocation(line: 413, column: 18, scope: !791, inlinedAt: !796)
!802 = !DILocation(line: 413, column: 36, scope: !791, inlinedAt: !796)
!803 = !DILocation(line: 413, column: 3, scope: !791, inlinedAt: !796)
!804 = !DILocation(line: 415, column: 22, scope: !791, inlinedAt: !796)
!805 = !DILocation(line: 415, column: 3, scope: !791, inlinedAt: !796)
!806 = !DILocation(line: 416, column: 3, scope: !791, inlinedAt: !796)
!807 = !DILocation(line: 417, column: 18, scope: !791, inlinedAt: !796)
!808 = !DILocation(line: 417, column: 7, scope: !791, inlinedAt: !796)
!809 = !DILocation(line: 417, column: 16, scope: !791, inlinedAt: !796)
!810 = !DILocation(line: 418, column: 20, scope: !811, inlinedAt: !796)
!811 = distinct !DILexicalBlock(scope: !791, file: !3, line: 418, column: 7)
!812 = !DILocation(line: 418, column: 7, scope: !791, inlinedAt: !796)
!813 = !DILocation(line: 419, column: 5, scope: !811, inlinedAt: !796)
!814 = !DILocalVariable(name: "cq", arg: 1, scope: !815, file: !3, line: 164, type: !77)
!815 = distinct !DISubprogram(name: "cq_init", scope: !3, file: !3, line: 164, type: !816, scopeLine: 164, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !818)
!816 = !DISubroutineType(types: !817)
!817 = !{null, !77}
!818 = !{!814}
!819 = !DILocation(line: 0, scope: !815, inlinedAt: !820)
!820 = distinct !DILocation(line: 420, column: 3, scope: !791, inlinedAt: !796)
!821 = !DILocation(line: 165, column: 27, scope: !815, inlinedAt: !820)
!822 = !DILocation(line: 165, column: 3, scope: !815, inlinedAt: !820)
!823 = !DILocation(line: 166, column: 12, scope: !815, inlinedAt: !820)
!824 = !{!654, !254, i64 0}
!825 = !DILocation(line: 167, column: 7, scope: !815, inlinedAt: !820)
!826 = !DILocation(line: 167, column: 12, scope: !815, inlinedAt: !820)
!827 = !DILocation(line: 434, column: 3, scope: !754, inlinedAt: !767)
!828 = !DILocation(line: 427, column: 34, scope: !754, inlinedAt: !767)
!829 = !DILocation(line: 427, column: 21, scope: !754, inlinedAt: !767)
!830 = distinct !{!830, !774, !831, !553, !554}
!831 = !DILocation(line: 434, column: 3, scope: !755, inlinedAt: !767)
!832 = !DILocation(line: 0, scope: !762, inlinedAt: !767)
!833 = !DILocation(line: 436, column: 21, scope: !834, inlinedAt: !767)
!834 = distinct !DILexicalBlock(scope: !762, file: !3, line: 435, column: 3)
!835 = !DILocation(line: 436, column: 5, scope: !834, inlinedAt: !767)
!836 = !DILocation(line: 435, column: 34, scope: !834, inlinedAt: !767)
!837 = !DILocation(line: 435, column: 21, scope: !834, inlinedAt: !767)
!838 = !DILocation(line: 435, column: 3, scope: !762, inlinedAt: !767)
!839 = distinct !{!839, !838, !840, !553, !554}
!840 = !DILocation(line: 436, column: 77, scope: !762, inlinedAt: !767)
!841 = !DILocation(line: 445, column: 12, scope: !842)
!842 = distinct !DILexicalBlock(scope: !734, file: !3, line: 445, column: 7)
!843 = !DILocation(line: 445, column: 16, scope: !842)
!844 = !DILocation(line: 445, column: 38, scope: !842)
!845 = !DILocalVariable(name: "addr", scope: !846, file: !3, line: 393, type: !854)
!846 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 389, type: !847, scopeLine: 389, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !851)
!847 = !DISubroutineType(types: !848)
!848 = !{!50, !849}
!849 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !850, size: 64)
!850 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!851 = !{!852, !853, !845}
!852 = !DILocalVariable(name: "path", arg: 1, scope: !846, file: !3, line: 389, type: !849)
!853 = !DILocalVariable(name: "sfd", scope: !846, file: !3, line: 390, type: !50)
!854 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !855, line: 29, size: 880, elements: !856)
!855 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!856 = !{!857, !858}
!857 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !854, file: !855, line: 31, baseType: !42, size: 16)
!858 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !854, file: !855, line: 32, baseType: !859, size: 864, offset: 16)
!859 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 864, elements: !860)
!860 = !{!861}
!861 = !DISubrange(count: 108)
!862 = !DILocation(line: 0, scope: !846, inlinedAt: !863)
!863 = distinct !DILocation(line: 445, column: 19, scope: !842)
!864 = !DILocation(line: 390, column: 13, scope: !846, inlinedAt: !863)
!865 = !DILocation(line: 391, column: 11, scope: !866, inlinedAt: !863)
!866 = distinct !DILexicalBlock(scope: !846, file: !3, line: 391, column: 7)
!867 = !DILocation(line: 391, column: 7, scope: !846, inlinedAt: !863)
!868 = !DILocation(line: 393, column: 3, scope: !846, inlinedAt: !863)
!869 = !DILocation(line: 394, column: 3, scope: !846, inlinedAt: !863)
!870 = distinct !DIAssignID()
!871 = !DILocation(line: 395, column: 19, scope: !846, inlinedAt: !863)
!872 = !{!873, !257, i64 0}
!873 = !{!"sockaddr_un", !257, i64 0, !252, i64 2}
!874 = distinct !DIAssignID()
!875 = !DILocation(line: 396, column: 16, scope: !846, inlinedAt: !863)
!876 = !DILocation(line: 396, column: 3, scope: !846, inlinedAt: !863)
!877 = !DILocation(line: 397, column: 7, scope: !878, inlinedAt: !863)
!878 = distinct !DILexicalBlock(scope: !846, file: !3, line: 397, column: 7)
!879 = !DILocation(line: 397, column: 57, scope: !878, inlinedAt: !863)
!880 = !DILocation(line: 397, column: 63, scope: !878, inlinedAt: !863)
!881 = !DILocation(line: 398, column: 7, scope: !878, inlinedAt: !863)
!882 = !DILocation(line: 398, column: 25, scope: !878, inlinedAt: !863)
!883 = !DILocation(line: 397, column: 7, scope: !846, inlinedAt: !863)
!884 = !DILocation(line: 399, column: 5, scope: !885, inlinedAt: !863)
!885 = distinct !DILexicalBlock(scope: !878, file: !3, line: 398, column: 32)
!886 = !DILocation(line: 400, column: 5, scope: !885, inlinedAt: !863)
!887 = !DILocation(line: 402, column: 57, scope: !846, inlinedAt: !863)
!888 = !DILocation(line: 0, scope: !294, inlinedAt: !889)
!889 = distinct !DILocation(line: 402, column: 10, scope: !846, inlinedAt: !863)
!890 = !DILocation(line: 119, column: 15, scope: !305, inlinedAt: !889)
!891 = !DILocation(line: 121, column: 13, scope: !294, inlinedAt: !889)
!892 = !DILocation(line: 122, column: 9, scope: !309, inlinedAt: !889)
!893 = !DILocation(line: 122, column: 7, scope: !294, inlinedAt: !889)
!894 = !DILocation(line: 123, column: 9, scope: !312, inlinedAt: !889)
!895 = !DILocation(line: 124, column: 11, scope: !314, inlinedAt: !889)
!896 = !DILocation(line: 124, column: 9, scope: !312, inlinedAt: !889)
!897 = !DILocation(line: 126, column: 12, scope: !312, inlinedAt: !889)
!898 = !DILocation(line: 127, column: 16, scope: !312, inlinedAt: !889)
!899 = !DILocation(line: 128, column: 3, scope: !312, inlinedAt: !889)
!900 = !DILocation(line: 129, column: 6, scope: !294, inlinedAt: !889)
!901 = !DILocation(line: 129, column: 16, scope: !294, inlinedAt: !889)
!902 = !DILocation(line: 130, column: 6, scope: !294, inlinedAt: !889)
!903 = !DILocation(line: 130, column: 12, scope: !294, inlinedAt: !889)
!904 = !DILocation(line: 131, column: 6, scope: !294, inlinedAt: !889)
!905 = !DILocation(line: 131, column: 19, scope: !294, inlinedAt: !889)
!906 = !DILocation(line: 132, column: 6, scope: !294, inlinedAt: !889)
!907 = !DILocation(line: 132, column: 13, scope: !294, inlinedAt: !889)
!908 = !DILocation(line: 133, column: 6, scope: !294, inlinedAt: !889)
!909 = !DILocation(line: 133, column: 11, scope: !294, inlinedAt: !889)
!910 = !DILocation(line: 134, column: 6, scope: !294, inlinedAt: !889)
!911 = !DILocation(line: 134, column: 14, scope: !294, inlinedAt: !889)
!912 = !DILocation(line: 135, column: 6, scope: !294, inlinedAt: !889)
!913 = !DILocation(line: 135, column: 12, scope: !294, inlinedAt: !889)
!914 = !DILocation(line: 136, column: 17, scope: !294, inlinedAt: !889)
!915 = !DILocation(line: 136, column: 3, scope: !294, inlinedAt: !889)
!916 = !DILocation(line: 137, column: 3, scope: !294, inlinedAt: !889)
!917 = !DILocation(line: 138, column: 7, scope: !344, inlinedAt: !889)
!918 = !DILocation(line: 138, column: 31, scope: !344, inlinedAt: !889)
!919 = !DILocation(line: 403, column: 1, scope: !846, inlinedAt: !863)
!920 = !DILocation(line: 445, column: 7, scope: !734)
!921 = !DILocation(line: 447, column: 7, scope: !922)
!922 = distinct !DILexicalBlock(scope: !734, file: !3, line: 447, column: 7)
!923 = !DILocation(line: 447, column: 43, scope: !922)
!924 = !DILocation(line: 448, column: 7, scope: !922)
!925 = !DILocation(line: 447, column: 7, scope: !734)
!926 = !DILocation(line: 450, column: 26, scope: !734)
!927 = !DILocation(line: 450, column: 10, scope: !734)
!928 = !DILocation(line: 450, column: 3, scope: !734)
!929 = !DILocation(line: 451, column: 1, scope: !734)
!930 = !DISubprogram(name: "event_init", scope: !3, file: !3, line: 33, type: !931, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!931 = !DISubroutineType(types: !932)
!932 = !{!54}
!933 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 353, type: !934, scopeLine: 353, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !936)
!934 = !DISubroutineType(cc: DW_CC_nocall, types: !935)
!935 = !{!50, !50, !13}
!936 = !{!937, !938, !939, !952, !954, !955, !957, !960}
!937 = !DILocalVariable(name: "port", arg: 1, scope: !933, file: !3, line: 353, type: !50)
!938 = !DILocalVariable(name: "transport", arg: 2, scope: !933, file: !3, line: 353, type: !13)
!939 = !DILocalVariable(name: "hints", scope: !933, file: !3, line: 354, type: !940)
!940 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !941, line: 565, size: 384, elements: !942)
!941 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!942 = !{!943, !944, !945, !946, !947, !948, !949, !950}
!943 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !940, file: !941, line: 567, baseType: !50, size: 32)
!944 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !940, file: !941, line: 568, baseType: !50, size: 32, offset: 32)
!945 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !940, file: !941, line: 569, baseType: !50, size: 32, offset: 64)
!946 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !940, file: !941, line: 570, baseType: !50, size: 32, offset: 96)
!947 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !940, file: !941, line: 571, baseType: !202, size: 32, offset: 128)
!948 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !940, file: !941, line: 572, baseType: !37, size: 64, offset: 192)
!949 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !940, file: !941, line: 573, baseType: !738, size: 64, offset: 256)
!950 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !940, file: !941, line: 574, baseType: !951, size: 64, offset: 320)
!951 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !940, size: 64)
!952 = !DILocalVariable(name: "port_buf", scope: !933, file: !3, line: 359, type: !953)
!953 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 128, elements: !192)
!954 = !DILocalVariable(name: "ai", scope: !933, file: !3, line: 361, type: !951)
!955 = !DILocalVariable(name: "next", scope: !956, file: !3, line: 364, type: !951)
!956 = distinct !DILexicalBlock(scope: !933, file: !3, line: 364, column: 3)
!957 = !DILocalVariable(name: "sfd", scope: !958, file: !3, line: 365, type: !50)
!958 = distinct !DILexicalBlock(scope: !959, file: !3, line: 364, column: 64)
!959 = distinct !DILexicalBlock(scope: !956, file: !3, line: 364, column: 3)
!960 = !DILocalVariable(name: "t", scope: !961, file: !3, line: 378, type: !50)
!961 = distinct !DILexicalBlock(scope: !962, file: !3, line: 378, column: 7)
!962 = distinct !DILexicalBlock(scope: !963, file: !3, line: 376, column: 28)
!963 = distinct !DILexicalBlock(scope: !958, file: !3, line: 376, column: 9)
!964 = distinct !DIAssignID()
!965 = !DILocation(line: 0, scope: !933)
!966 = distinct !DIAssignID()
!967 = distinct !DIAssignID()
!968 = !DILocation(line: 354, column: 3, scope: !933)
!969 = !DILocation(line: 355, column: 3, scope: !933)
!970 = distinct !DIAssignID()
!971 = !DILocation(line: 356, column: 18, scope: !933)
!972 = !{!973, !251, i64 0}
!973 = !{!"addrinfo", !251, i64 0, !251, i64 4, !251, i64 8, !251, i64 12, !251, i64 16, !254, i64 24, !254, i64 32, !254, i64 40}
!974 = distinct !DIAssignID()
!975 = !DILocation(line: 357, column: 9, scope: !933)
!976 = !DILocation(line: 357, column: 19, scope: !933)
!977 = !{!973, !251, i64 4}
!978 = distinct !DIAssignID()
!979 = !DILocation(line: 358, column: 23, scope: !933)
!980 = !DILocation(line: 358, column: 9, scope: !933)
!981 = !DILocation(line: 358, column: 21, scope: !933)
!982 = !{!973, !251, i64 8}
!983 = distinct !DIAssignID()
!984 = !DILocation(line: 359, column: 3, scope: !933)
!985 = !DILocation(line: 360, column: 3, scope: !933)
!986 = !DILocation(line: 361, column: 3, scope: !933)
!987 = !DILocation(line: 362, column: 7, scope: !988)
!988 = distinct !DILexicalBlock(scope: !933, file: !3, line: 362, column: 7)
!989 = !DILocation(line: 362, column: 48, scope: !988)
!990 = !DILocation(line: 362, column: 7, scope: !933)
!991 = !DILocation(line: 364, scope: !956)
!992 = !DILocation(line: 364, column: 3, scope: !956)
!993 = !DILocation(line: 365, column: 28, scope: !958)
!994 = !DILocation(line: 365, column: 45, scope: !958)
!995 = !DILocation(line: 365, column: 64, scope: !958)
!996 = !{!973, !251, i64 12}
!997 = !DILocation(line: 365, column: 15, scope: !958)
!998 = !DILocation(line: 0, scope: !958)
!999 = !DILocation(line: 366, column: 13, scope: !1000)
!1000 = distinct !DILexicalBlock(scope: !958, file: !3, line: 366, column: 9)
!1001 = !DILocation(line: 366, column: 9, scope: !958)
!1002 = !DILocation(line: 368, column: 25, scope: !1003)
!1003 = distinct !DILexicalBlock(scope: !958, file: !3, line: 368, column: 9)
!1004 = !{!973, !254, i64 24}
!1005 = !DILocation(line: 368, column: 40, scope: !1003)
!1006 = !{!973, !251, i64 16}
!1007 = !DILocation(line: 368, column: 9, scope: !1003)
!1008 = !DILocation(line: 368, column: 52, scope: !1003)
!1009 = !DILocation(line: 368, column: 9, scope: !958)
!1010 = !DILocation(line: 369, column: 7, scope: !1011)
!1011 = distinct !DILexicalBlock(scope: !1003, file: !3, line: 368, column: 59)
!1012 = !DILocation(line: 370, column: 7, scope: !1011)
!1013 = !DILocation(line: 372, column: 28, scope: !1014)
!1014 = distinct !DILexicalBlock(scope: !958, file: !3, line: 372, column: 9)
!1015 = !DILocation(line: 372, column: 31, scope: !1014)
!1016 = !DILocation(line: 372, column: 49, scope: !1014)
!1017 = !DILocation(line: 372, column: 9, scope: !958)
!1018 = !DILocation(line: 373, column: 7, scope: !1019)
!1019 = distinct !DILexicalBlock(scope: !1014, file: !3, line: 372, column: 56)
!1020 = !DILocation(line: 374, column: 7, scope: !1019)
!1021 = !DILocation(line: 0, scope: !961)
!1022 = !DILocation(line: 379, column: 9, scope: !1023)
!1023 = distinct !DILexicalBlock(scope: !961, file: !3, line: 378, column: 7)
!1024 = !DILocation(line: 378, column: 38, scope: !1023)
!1025 = !DILocation(line: 378, column: 25, scope: !1023)
!1026 = !DILocation(line: 378, column: 7, scope: !961)
!1027 = distinct !{!1027, !1026, !1028, !553, !554}
!1028 = !DILocation(line: 379, column: 52, scope: !961)
!1029 = !DILocation(line: 380, column: 57, scope: !1030)
!1030 = distinct !DILexicalBlock(scope: !963, file: !3, line: 380, column: 16)
!1031 = !DILocation(line: 0, scope: !294, inlinedAt: !1032)
!1032 = distinct !DILocation(line: 380, column: 16, scope: !1030)
!1033 = !DILocation(line: 119, column: 15, scope: !305, inlinedAt: !1032)
!1034 = !DILocation(line: 121, column: 13, scope: !294, inlinedAt: !1032)
!1035 = !DILocation(line: 122, column: 9, scope: !309, inlinedAt: !1032)
!1036 = !DILocation(line: 122, column: 7, scope: !294, inlinedAt: !1032)
!1037 = !DILocation(line: 123, column: 9, scope: !312, inlinedAt: !1032)
!1038 = !DILocation(line: 124, column: 11, scope: !314, inlinedAt: !1032)
!1039 = !DILocation(line: 124, column: 9, scope: !312, inlinedAt: !1032)
!1040 = !DILocation(line: 126, column: 12, scope: !312, inlinedAt: !1032)
!1041 = !DILocation(line: 127, column: 16, scope: !312, inlinedAt: !1032)
!1042 = !DILocation(line: 128, column: 3, scope: !312, inlinedAt: !1032)
!1043 = !DILocation(line: 129, column: 6, scope: !294, inlinedAt: !1032)
!1044 = !DILocation(line: 129, column: 16, scope: !294, inlinedAt: !1032)
!1045 = !DILocation(line: 130, column: 6, scope: !294, inlinedAt: !1032)
!1046 = !DILocation(line: 130, column: 12, scope: !294, inlinedAt: !1032)
!1047 = !DILocation(line: 131, column: 6, scope: !294, inlinedAt: !1032)
!1048 = !DILocation(line: 131, column: 19, scope: !294, inlinedAt: !1032)
!1049 = !DILocation(line: 132, column: 6, scope: !294, inlinedAt: !1032)
!1050 = !DILocation(line: 132, column: 13, scope: !294, inlinedAt: !1032)
!1051 = !DILocation(line: 133, column: 6, scope: !294, inlinedAt: !1032)
!1052 = !DILocation(line: 133, column: 11, scope: !294, inlinedAt: !1032)
!1053 = !DILocation(line: 134, column: 6, scope: !294, inlinedAt: !1032)
!1054 = !DILocation(line: 134, column: 14, scope: !294, inlinedAt: !1032)
!1055 = !DILocation(line: 135, column: 6, scope: !294, inlinedAt: !1032)
!1056 = !DILocation(line: 135, column: 12, scope: !294, inlinedAt: !1032)
!1057 = !DILocation(line: 136, column: 17, scope: !294, inlinedAt: !1032)
!1058 = !DILocation(line: 136, column: 3, scope: !294, inlinedAt: !1032)
!1059 = !DILocation(line: 137, column: 3, scope: !294, inlinedAt: !1032)
!1060 = !DILocation(line: 138, column: 7, scope: !344, inlinedAt: !1032)
!1061 = !DILocation(line: 138, column: 31, scope: !344, inlinedAt: !1032)
!1062 = !DILocation(line: 380, column: 16, scope: !963)
!1063 = !DILocation(line: 381, column: 20, scope: !1064)
!1064 = distinct !DILexicalBlock(scope: !1030, file: !3, line: 380, column: 77)
!1065 = !DILocation(line: 381, column: 7, scope: !1064)
!1066 = !DILocation(line: 382, column: 7, scope: !1064)
!1067 = !DILocation(line: 364, column: 55, scope: !959)
!1068 = !DILocation(line: 0, scope: !956)
!1069 = distinct !{!1069, !992, !1070, !553, !554}
!1070 = !DILocation(line: 384, column: 3, scope: !956)
!1071 = !DILocation(line: 385, column: 16, scope: !933)
!1072 = !DILocation(line: 385, column: 3, scope: !933)
!1073 = !DILocation(line: 386, column: 3, scope: !933)
!1074 = !DILocation(line: 387, column: 1, scope: !933)
!1075 = !DISubprogram(name: "event_base_loop", scope: !3, file: !3, line: 38, type: !1076, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1076 = !DISubroutineType(types: !1077)
!1077 = !{!50, !54, !50}
!1078 = !DISubprogram(name: "pthread_mutex_lock", scope: !1079, file: !1079, line: 794, type: !1080, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1079 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!1080 = !DISubroutineType(types: !1081)
!1081 = !{!50, !1082}
!1082 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!1083 = !DISubprogram(name: "pthread_mutex_unlock", scope: !1079, file: !1079, line: 835, type: !1080, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1084 = !DISubprogram(name: "malloc", scope: !348, file: !348, line: 553, type: !1085, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1085 = !DISubroutineType(types: !1086)
!1086 = !{!36, !211}
!1087 = !DISubprogram(name: "perror", scope: !1088, file: !1088, line: 804, type: !1089, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1088 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!1089 = !DISubroutineType(types: !1090)
!1090 = !{null, !849}
!1091 = !DISubprogram(name: "accept", scope: !275, file: !275, line: 306, type: !1092, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1092 = !DISubroutineType(types: !1093)
!1093 = !{!50, !50, !1094, !1095}
!1094 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !37)
!1095 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1096)
!1096 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !202, size: 64)
!1097 = !DISubprogram(name: "recvfrom", scope: !275, file: !275, line: 163, type: !1098, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1098 = !DISubroutineType(types: !1099)
!1099 = !{!208, !50, !1100, !211, !50, !1094, !1095}
!1100 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !36)
!1101 = !DISubprogram(name: "exit", scope: !348, file: !348, line: 637, type: !1102, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!1102 = !DISubroutineType(types: !1103)
!1103 = !{null, !50}
!1104 = !DISubprogram(name: "pipe", scope: !262, file: !262, line: 437, type: !1105, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1105 = !DISubroutineType(types: !1106)
!1106 = !{!50, !1107}
!1107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!1108 = !DISubprogram(name: "pthread_create", scope: !1079, file: !1079, line: 202, type: !1109, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1109 = !DISubroutineType(types: !1110)
!1110 = !{!50, !1111, !1113, !1124, !1100}
!1111 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1112)
!1112 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!1113 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1114)
!1114 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1115, size: 64)
!1115 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1116)
!1116 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_attr_t", file: !64, line: 62, baseType: !1117)
!1117 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "pthread_attr_t", file: !64, line: 56, size: 448, elements: !1118)
!1118 = !{!1119, !1123}
!1119 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !1117, file: !64, line: 58, baseType: !1120, size: 448)
!1120 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 448, elements: !1121)
!1121 = !{!1122}
!1122 = !DISubrange(count: 56)
!1123 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !1117, file: !64, line: 59, baseType: !122, size: 64)
!1124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1125, size: 64)
!1125 = !DISubroutineType(types: !1126)
!1126 = !{!36, !36}
!1127 = distinct !DISubprogram(name: "worker_libevent", scope: !3, file: !3, line: 405, type: !1125, scopeLine: 405, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1128)
!1128 = !{!1129, !1130}
!1129 = !DILocalVariable(name: "arg", arg: 1, scope: !1127, file: !3, line: 405, type: !36)
!1130 = !DILocalVariable(name: "me", scope: !1127, file: !3, line: 406, type: !58)
!1131 = !DILocation(line: 0, scope: !1127)
!1132 = !DILocation(line: 407, column: 23, scope: !1127)
!1133 = !DILocation(line: 407, column: 3, scope: !1127)
!1134 = !DILocation(line: 408, column: 3, scope: !1127)
!1135 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 230, type: !356, scopeLine: 230, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1136)
!1136 = !{!1137, !1138, !1139, !1140, !1141, !1142, !1143}
!1137 = !DILocalVariable(name: "fd", arg: 1, scope: !1135, file: !3, line: 230, type: !50)
!1138 = !DILocalVariable(name: "which", arg: 2, scope: !1135, file: !3, line: 230, type: !107)
!1139 = !DILocalVariable(name: "arg", arg: 3, scope: !1135, file: !3, line: 230, type: !36)
!1140 = !DILocalVariable(name: "me", scope: !1135, file: !3, line: 231, type: !58)
!1141 = !DILocalVariable(name: "buf", scope: !1135, file: !3, line: 232, type: !47)
!1142 = !DILocalVariable(name: "item", scope: !1135, file: !3, line: 236, type: !82)
!1143 = !DILocalVariable(name: "c", scope: !1144, file: !3, line: 241, type: !152)
!1144 = distinct !DILexicalBlock(scope: !1145, file: !3, line: 240, column: 24)
!1145 = distinct !DILexicalBlock(scope: !1135, file: !3, line: 239, column: 23)
!1146 = distinct !DIAssignID()
!1147 = !DILocation(line: 0, scope: !1135)
!1148 = !DILocation(line: 232, column: 3, scope: !1135)
!1149 = !DILocation(line: 234, column: 7, scope: !1150)
!1150 = distinct !DILexicalBlock(scope: !1135, file: !3, line: 234, column: 7)
!1151 = !DILocation(line: 234, column: 25, scope: !1150)
!1152 = !DILocation(line: 234, column: 7, scope: !1135)
!1153 = !DILocation(line: 236, column: 30, scope: !1135)
!1154 = !DILocalVariable(name: "cq", arg: 1, scope: !1155, file: !3, line: 178, type: !77)
!1155 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 178, type: !1156, scopeLine: 178, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1158)
!1156 = !DISubroutineType(types: !1157)
!1157 = !{!82, !77}
!1158 = !{!1154, !1159}
!1159 = !DILocalVariable(name: "item", scope: !1155, file: !3, line: 180, type: !82)
!1160 = !DILocation(line: 0, scope: !1155, inlinedAt: !1161)
!1161 = distinct !DILocation(line: 236, column: 19, scope: !1135)
!1162 = !DILocation(line: 179, column: 27, scope: !1155, inlinedAt: !1161)
!1163 = !DILocation(line: 179, column: 3, scope: !1155, inlinedAt: !1161)
!1164 = !DILocation(line: 180, column: 23, scope: !1155, inlinedAt: !1161)
!1165 = !DILocation(line: 181, column: 12, scope: !1166, inlinedAt: !1161)
!1166 = distinct !DILexicalBlock(scope: !1155, file: !3, line: 181, column: 7)
!1167 = !DILocation(line: 181, column: 20, scope: !1166, inlinedAt: !1161)
!1168 = !DILocation(line: 181, column: 41, scope: !1166, inlinedAt: !1161)
!1169 = !DILocation(line: 181, column: 33, scope: !1166, inlinedAt: !1161)
!1170 = !DILocation(line: 181, column: 47, scope: !1166, inlinedAt: !1161)
!1171 = !DILocation(line: 181, column: 7, scope: !1155, inlinedAt: !1161)
!1172 = !DILocation(line: 182, column: 9, scope: !1166, inlinedAt: !1161)
!1173 = !DILocation(line: 182, column: 14, scope: !1166, inlinedAt: !1161)
!1174 = !DILocation(line: 182, column: 5, scope: !1166, inlinedAt: !1161)
!1175 = !DILocation(line: 183, column: 3, scope: !1155, inlinedAt: !1161)
!1176 = !DILocation(line: 237, column: 7, scope: !1135)
!1177 = !DILocation(line: 239, column: 17, scope: !1135)
!1178 = !DILocation(line: 239, column: 3, scope: !1135)
!1179 = !DILocation(line: 241, column: 30, scope: !1144)
!1180 = !DILocation(line: 241, column: 41, scope: !1144)
!1181 = !DILocation(line: 241, column: 59, scope: !1144)
!1182 = !DILocation(line: 241, column: 74, scope: !1144)
!1183 = !DILocation(line: 0, scope: !294, inlinedAt: !1184)
!1184 = distinct !DILocation(line: 241, column: 15, scope: !1144)
!1185 = !DILocation(line: 119, column: 15, scope: !305, inlinedAt: !1184)
!1186 = !DILocation(line: 121, column: 13, scope: !294, inlinedAt: !1184)
!1187 = !DILocation(line: 122, column: 9, scope: !309, inlinedAt: !1184)
!1188 = !DILocation(line: 122, column: 7, scope: !294, inlinedAt: !1184)
!1189 = !DILocation(line: 123, column: 9, scope: !312, inlinedAt: !1184)
!1190 = !DILocation(line: 124, column: 11, scope: !314, inlinedAt: !1184)
!1191 = !DILocation(line: 124, column: 9, scope: !312, inlinedAt: !1184)
!1192 = !DILocation(line: 126, column: 12, scope: !312, inlinedAt: !1184)
!1193 = !DILocation(line: 127, column: 16, scope: !312, inlinedAt: !1184)
!1194 = !DILocation(line: 128, column: 3, scope: !312, inlinedAt: !1184)
!1195 = !DILocation(line: 129, column: 6, scope: !294, inlinedAt: !1184)
!1196 = !DILocation(line: 129, column: 16, scope: !294, inlinedAt: !1184)
!1197 = !DILocation(line: 130, column: 6, scope: !294, inlinedAt: !1184)
!1198 = !DILocation(line: 130, column: 12, scope: !294, inlinedAt: !1184)
!1199 = !DILocation(line: 131, column: 6, scope: !294, inlinedAt: !1184)
!1200 = !DILocation(line: 131, column: 19, scope: !294, inlinedAt: !1184)
!1201 = !DILocation(line: 132, column: 6, scope: !294, inlinedAt: !1184)
!1202 = !DILocation(line: 132, column: 13, scope: !294, inlinedAt: !1184)
!1203 = !DILocation(line: 133, column: 6, scope: !294, inlinedAt: !1184)
!1204 = !DILocation(line: 133, column: 11, scope: !294, inlinedAt: !1184)
!1205 = !DILocation(line: 134, column: 6, scope: !294, inlinedAt: !1184)
!1206 = !DILocation(line: 134, column: 14, scope: !294, inlinedAt: !1184)
!1207 = !DILocation(line: 135, column: 6, scope: !294, inlinedAt: !1184)
!1208 = !DILocation(line: 135, column: 12, scope: !294, inlinedAt: !1184)
!1209 = !DILocation(line: 136, column: 17, scope: !294, inlinedAt: !1184)
!1210 = !DILocation(line: 136, column: 3, scope: !294, inlinedAt: !1184)
!1211 = !DILocation(line: 137, column: 3, scope: !294, inlinedAt: !1184)
!1212 = !DILocation(line: 138, column: 7, scope: !344, inlinedAt: !1184)
!1213 = !DILocation(line: 138, column: 31, scope: !344, inlinedAt: !1184)
!1214 = !DILocation(line: 0, scope: !1144)
!1215 = !DILocation(line: 242, column: 11, scope: !1216)
!1216 = distinct !DILexicalBlock(scope: !1144, file: !3, line: 242, column: 9)
!1217 = !DILocation(line: 242, column: 9, scope: !1144)
!1218 = !DILocation(line: 243, column: 19, scope: !1216)
!1219 = !DILocation(line: 243, column: 7, scope: !1216)
!1220 = !DILocation(line: 245, column: 10, scope: !1216)
!1221 = !DILocation(line: 245, column: 17, scope: !1216)
!1222 = !DILocation(line: 249, column: 16, scope: !1145)
!1223 = !DILocation(line: 249, column: 28, scope: !1145)
!1224 = !DILocation(line: 0, scope: !542, inlinedAt: !1225)
!1225 = distinct !DILocation(line: 249, column: 5, scope: !1145)
!1226 = !DILocation(line: 226, column: 17, scope: !542, inlinedAt: !1225)
!1227 = !DILocation(line: 226, column: 3, scope: !542, inlinedAt: !1225)
!1228 = !DILocation(line: 227, column: 12, scope: !542, inlinedAt: !1225)
!1229 = !DILocation(line: 227, column: 3, scope: !542, inlinedAt: !1225)
!1230 = !DILocation(line: 250, column: 5, scope: !1145)
!1231 = !DILocation(line: 252, column: 16, scope: !1145)
!1232 = !DILocation(line: 252, column: 28, scope: !1145)
!1233 = !DILocation(line: 252, column: 34, scope: !1145)
!1234 = !DILocation(line: 252, column: 5, scope: !1145)
!1235 = !DILocation(line: 253, column: 5, scope: !1145)
!1236 = !DILocalVariable(name: "item", arg: 1, scope: !1237, file: !3, line: 157, type: !82)
!1237 = distinct !DISubprogram(name: "cqi_free", scope: !3, file: !3, line: 157, type: !1238, scopeLine: 157, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1240)
!1238 = !DISubroutineType(types: !1239)
!1239 = !{null, !82}
!1240 = !{!1236}
!1241 = !DILocation(line: 0, scope: !1237, inlinedAt: !1242)
!1242 = distinct !DILocation(line: 255, column: 3, scope: !1135)
!1243 = !DILocation(line: 158, column: 3, scope: !1237, inlinedAt: !1242)
!1244 = !DILocation(line: 159, column: 16, scope: !1237, inlinedAt: !1242)
!1245 = !DILocation(line: 159, column: 9, scope: !1237, inlinedAt: !1242)
!1246 = !DILocation(line: 159, column: 14, scope: !1237, inlinedAt: !1242)
!1247 = !DILocation(line: 160, column: 16, scope: !1237, inlinedAt: !1242)
!1248 = !DILocation(line: 256, column: 1, scope: !1135)
!1249 = !DISubprogram(name: "pthread_mutex_init", scope: !1079, file: !1079, line: 781, type: !1250, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1250 = !DISubroutineType(types: !1251)
!1251 = !{!50, !1082, !1252}
!1252 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1253, size: 64)
!1253 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1254)
!1254 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutexattr_t", file: !64, line: 36, baseType: !1255)
!1255 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !64, line: 32, size: 32, elements: !1256)
!1256 = !{!1257, !1259}
!1257 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !1255, file: !64, line: 34, baseType: !1258, size: 32)
!1258 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 32, elements: !198)
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !1255, file: !64, line: 35, baseType: !50, size: 32)
!1260 = !DISubprogram(name: "socket", scope: !275, file: !275, line: 102, type: !1261, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1261 = !DISubroutineType(types: !1262)
!1262 = !{!50, !50, !50, !50}
!1263 = !DISubprogram(name: "strncpy", scope: !1264, file: !1264, line: 144, type: !1265, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1264 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1265 = !DISubroutineType(types: !1266)
!1266 = !{!738, !1267, !1268, !211}
!1267 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !738)
!1268 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !849)
!1269 = !DISubprogram(name: "bind", scope: !275, file: !275, line: 112, type: !1270, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1270 = !DISubroutineType(types: !1271)
!1271 = !{!50, !50, !1272, !202}
!1272 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1273, size: 64)
!1273 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !38)
!1274 = !DISubprogram(name: "listen", scope: !275, file: !275, line: 296, type: !1275, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1275 = !DISubroutineType(types: !1276)
!1276 = !{!50, !50, !50}
!1277 = !DISubprogram(name: "snprintf", scope: !1088, file: !1088, line: 378, type: !1278, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1278 = !DISubroutineType(types: !1279)
!1279 = !{!50, !1267, !211, !1268, null}
!1280 = !DISubprogram(name: "getaddrinfo", scope: !941, file: !941, line: 660, type: !1281, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1281 = !DISubroutineType(types: !1282)
!1282 = !{!50, !1268, !1268, !1283, !1286}
!1283 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1284)
!1284 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1285, size: 64)
!1285 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !940)
!1286 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1287)
!1287 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !951, size: 64)
!1288 = !DISubprogram(name: "freeaddrinfo", scope: !941, file: !941, line: 666, type: !1289, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1289 = !DISubroutineType(types: !1290)
!1290 = !{null, !951}
