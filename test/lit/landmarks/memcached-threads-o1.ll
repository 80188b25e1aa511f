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
; SOCKETS-NEXT: socket #0: stream unix, created in main at memcached-threads.c:384
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:391
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-threads.c:359
; SOCKETS-NEXT:   bind: port ? address ? at memcached-threads.c:362
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in event_handler at memcached-threads.c:293
;
; UDP: arrival: recvfrom on socket #1 in event_handler at memcached-threads.c:255, loop #{{[0-9]+}}
; UDP: reply: sendmsg on socket #1 in event_handler at memcached-threads.c:283, loop #{{[0-9]+}}
;
; TCP: arrival: read on socket #2 in tcp_read at memcached-threads.c:96, loop #{{[0-9]+}}
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-threads.c:100, loop #{{[0-9]+}}
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-threads.c:104, loop #{{[0-9]+}}
;
; MADE-FROM: Inputs/memcached-threads.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - memcached-threads.c

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
define dso_local noundef i64 @tcp_read(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, i64 noundef %2) #0 !dbg !241 {
    #dbg_value(ptr %0, !243, !DIExpression(), !246)
    #dbg_value(ptr %1, !244, !DIExpression(), !246)
    #dbg_value(i64 %2, !245, !DIExpression(), !246)
  %4 = load i32, ptr %0, align 8, !dbg !247, !tbaa !248
  %5 = tail call i64 @read(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !258
  ret i64 %5, !dbg !259
}

; Function Attrs: nofree
declare !dbg !260 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i64 @tcp_sendmsg(ptr nocapture noundef readonly %0, ptr noundef %1, i32 noundef %2) #2 !dbg !264 {
    #dbg_value(ptr %0, !266, !DIExpression(), !269)
    #dbg_value(ptr %1, !267, !DIExpression(), !269)
    #dbg_value(i32 %2, !268, !DIExpression(), !269)
  %4 = load i32, ptr %0, align 8, !dbg !270, !tbaa !248
  %5 = tail call i64 @sendmsg(i32 noundef %4, ptr noundef %1, i32 noundef %2) #13, !dbg !271
  ret i64 %5, !dbg !272
}

declare !dbg !273 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_write(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i64 noundef %2) #0 !dbg !279 {
    #dbg_value(ptr %0, !281, !DIExpression(), !284)
    #dbg_value(ptr %1, !282, !DIExpression(), !284)
    #dbg_value(i64 %2, !283, !DIExpression(), !284)
  %4 = load i32, ptr %0, align 8, !dbg !285, !tbaa !248
  %5 = tail call i64 @write(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !286
  ret i64 %5, !dbg !287
}

; Function Attrs: nofree
declare !dbg !288 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) local_unnamed_addr #2 !dbg !293 {
    #dbg_value(i32 %0, !297, !DIExpression(), !302)
    #dbg_value(i32 %1, !298, !DIExpression(), !302)
    #dbg_value(i32 %2, !299, !DIExpression(), !302)
    #dbg_value(ptr %3, !300, !DIExpression(), !302)
  %5 = icmp ugt i32 %0, 1023, !dbg !303
  br i1 %5, label %29, label %6, !dbg !303

6:                                                ; preds = %4
  %7 = load ptr, ptr @conns, align 8, !dbg !305, !tbaa !306
  %8 = zext nneg i32 %0 to i64, !dbg !305
  %9 = getelementptr inbounds ptr, ptr %7, i64 %8, !dbg !305
  %10 = load ptr, ptr %9, align 8, !dbg !305, !tbaa !306
    #dbg_value(ptr %10, !301, !DIExpression(), !302)
  %11 = icmp eq ptr %10, null, !dbg !307
  br i1 %11, label %12, label %16, !dbg !309

12:                                               ; preds = %6
  %13 = tail call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !310
    #dbg_value(ptr %13, !301, !DIExpression(), !302)
  %14 = icmp eq ptr %13, null, !dbg !312
  br i1 %14, label %29, label %15, !dbg !314

15:                                               ; preds = %12
  store i32 %0, ptr %13, align 8, !dbg !315, !tbaa !248
  store ptr %13, ptr %9, align 8, !dbg !316, !tbaa !306
  br label %16, !dbg !317

16:                                               ; preds = %15, %6
  %17 = phi ptr [ %13, %15 ], [ %10, %6 ], !dbg !302
    #dbg_value(ptr %17, !301, !DIExpression(), !302)
  %18 = getelementptr inbounds i8, ptr %17, i64 8, !dbg !318
  store i32 %2, ptr %18, align 8, !dbg !319, !tbaa !320
  %19 = getelementptr inbounds i8, ptr %17, i64 4, !dbg !321
  store i32 %1, ptr %19, align 4, !dbg !322, !tbaa !323
  %20 = getelementptr inbounds i8, ptr %17, i64 2200, !dbg !324
  store i32 0, ptr %20, align 8, !dbg !325, !tbaa !326
  %21 = getelementptr inbounds i8, ptr %17, i64 2240, !dbg !327
  store ptr @tcp_read, ptr %21, align 8, !dbg !328, !tbaa !329
  %22 = getelementptr inbounds i8, ptr %17, i64 2248, !dbg !330
  store ptr @tcp_sendmsg, ptr %22, align 8, !dbg !331, !tbaa !332
  %23 = getelementptr inbounds i8, ptr %17, i64 2256, !dbg !333
  store ptr @tcp_write, ptr %23, align 8, !dbg !334, !tbaa !335
  %24 = getelementptr inbounds i8, ptr %17, i64 24, !dbg !336
  tail call void @event_set(ptr noundef nonnull %24, i32 noundef %0, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %17) #13, !dbg !337
  %25 = tail call i32 @event_base_set(ptr noundef %3, ptr noundef nonnull %24) #13, !dbg !338
  %26 = tail call i32 @event_add(ptr noundef nonnull %24, ptr noundef null) #13, !dbg !339
  %27 = icmp eq i32 %26, -1, !dbg !341
  %28 = select i1 %27, ptr null, ptr %17, !dbg !302
  br label %29, !dbg !302

29:                                               ; preds = %12, %16, %4
  %30 = phi ptr [ null, %4 ], [ null, %12 ], [ %28, %16 ], !dbg !302
  ret ptr %30, !dbg !342
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !343 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

declare !dbg !347 void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal void @event_handler(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !354 {
  %4 = alloca %struct.iovec, align 8, !DIAssignID !360
    #dbg_assign(i1 undef, !361, !DIExpression(), !360, ptr %4, !DIExpression(), !368)
  %5 = alloca %struct.msghdr, align 8, !DIAssignID !395
  %6 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !396
    #dbg_assign(i1 undef, !380, !DIExpression(), !396, ptr %6, !DIExpression(), !397)
  %7 = alloca i32, align 4, !DIAssignID !398
    #dbg_value(i32 %0, !356, !DIExpression(), !399)
    #dbg_value(i16 poison, !357, !DIExpression(), !399)
    #dbg_value(ptr %2, !358, !DIExpression(), !399)
    #dbg_value(ptr %2, !359, !DIExpression(), !399)
  %8 = load i32, ptr %2, align 8, !dbg !400, !tbaa !248
  %9 = icmp eq i32 %8, %0, !dbg !402
  br i1 %9, label %10, label %98, !dbg !403

10:                                               ; preds = %3
    #dbg_assign(i1 undef, !390, !DIExpression(), !398, ptr %7, !DIExpression(), !397)
    #dbg_value(ptr %2, !377, !DIExpression(), !404)
    #dbg_value(i8 0, !378, !DIExpression(), !404)
  %11 = getelementptr inbounds i8, ptr %2, i64 4
  %12 = getelementptr inbounds i8, ptr %2, i64 8
  %13 = getelementptr inbounds i8, ptr %2, i64 24
  %14 = getelementptr inbounds i8, ptr %5, i64 16
  %15 = getelementptr inbounds i8, ptr %5, i64 24
  %16 = getelementptr inbounds i8, ptr %2, i64 2248
  %17 = getelementptr inbounds i8, ptr %2, i64 2204
  %18 = getelementptr inbounds i8, ptr %2, i64 2232
  %19 = getelementptr inbounds i8, ptr %5, i64 8
  %20 = getelementptr inbounds i8, ptr %2, i64 2240
  %21 = getelementptr inbounds i8, ptr %2, i64 152
  %22 = getelementptr inbounds i8, ptr %2, i64 2200
  %23 = getelementptr inbounds i8, ptr %2, i64 2256
  br label %24, !dbg !405

24:                                               ; preds = %95, %10
  %25 = phi i8 [ 0, %10 ], [ %96, %95 ]
    #dbg_value(i8 %25, !378, !DIExpression(), !404)
  %26 = load i32, ptr %11, align 4, !dbg !406, !tbaa !323
  switch i32 %26, label %95 [
    i32 0, label %27
    i32 1, label %34
    i32 2, label %35
    i32 3, label %70
    i32 4, label %88
  ], !dbg !407

27:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %6) #13, !dbg !408
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %7) #13, !dbg !409
  store i32 128, ptr %7, align 4, !dbg !410, !tbaa !411, !DIAssignID !412
    #dbg_assign(i32 128, !390, !DIExpression(), !412, ptr %7, !DIExpression(), !397)
  %28 = load i32, ptr %2, align 8, !dbg !413, !tbaa !248
  %29 = call i32 @accept(i32 noundef %28, ptr noundef nonnull %6, ptr noundef nonnull %7) #13, !dbg !414
    #dbg_value(i32 %29, !391, !DIExpression(), !397)
  %30 = icmp eq i32 %29, -1, !dbg !415
  br i1 %30, label %33, label %31, !dbg !417

31:                                               ; preds = %27
  %32 = load i32, ptr %12, align 8, !dbg !418, !tbaa !320
  call void @dispatch_conn_new(i32 noundef %29, i32 noundef 1, i32 noundef %32), !dbg !419
    #dbg_value(i8 1, !378, !DIExpression(), !404)
  br label %33, !dbg !420

33:                                               ; preds = %31, %27
    #dbg_value(i8 1, !378, !DIExpression(), !404)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %7) #13, !dbg !421
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %6) #13, !dbg !421
  br label %95

34:                                               ; preds = %24
  store i32 0, ptr %22, align 8, !dbg !422, !tbaa !326
    #dbg_value(ptr %2, !423, !DIExpression(), !429)
    #dbg_value(i32 2, !428, !DIExpression(), !429)
  store i32 2, ptr %11, align 4, !dbg !431, !tbaa !323
  br label %95, !dbg !432

35:                                               ; preds = %24
  %36 = load i32, ptr %12, align 8, !dbg !433, !tbaa !320
  %37 = icmp eq i32 %36, 2, !dbg !433
  br i1 %37, label %38, label %44, !dbg !433

38:                                               ; preds = %35
    #dbg_value(ptr %2, !434, !DIExpression(), !438)
  store i32 28, ptr %18, align 8, !dbg !440, !tbaa !441
  %39 = load i32, ptr %2, align 8, !dbg !442, !tbaa !248
  %40 = call i64 @recvfrom(i32 noundef %39, ptr noundef nonnull %21, i64 noundef 2048, i32 noundef 0, ptr noundef nonnull %17, ptr noundef nonnull %18) #13, !dbg !443
    #dbg_value(i64 %40, !437, !DIExpression(), !438)
  %41 = icmp sgt i64 %40, 8, !dbg !444
  br i1 %41, label %42, label %95, !dbg !446

42:                                               ; preds = %38
  %43 = trunc i64 %40 to i32, !dbg !447
  br label %56, !dbg !449

44:                                               ; preds = %35
    #dbg_value(ptr %2, !450, !DIExpression(), !454)
  %45 = load ptr, ptr %20, align 8, !dbg !456, !tbaa !329
  %46 = load i32, ptr %22, align 8, !dbg !457, !tbaa !326
  %47 = sext i32 %46 to i64, !dbg !458
  %48 = getelementptr inbounds i8, ptr %21, i64 %47, !dbg !458
  %49 = sub nsw i64 2048, %47, !dbg !459
  %50 = call i64 %45(ptr noundef nonnull %2, ptr noundef nonnull %48, i64 noundef %49) #13, !dbg !460
    #dbg_value(i64 %50, !453, !DIExpression(), !454)
  %51 = icmp slt i64 %50, 1, !dbg !461
  br i1 %51, label %95, label %52, !dbg !463

52:                                               ; preds = %44
  %53 = trunc i64 %50 to i32, !dbg !464
  %54 = load i32, ptr %22, align 8, !dbg !465, !tbaa !326
  %55 = add nsw i32 %54, %53, !dbg !465
  br label %56, !dbg !466

56:                                               ; preds = %52, %42
  %57 = phi i32 [ %55, %52 ], [ %43, %42 ], !dbg !467
  store i32 %57, ptr %22, align 8, !dbg !467, !tbaa !326
    #dbg_value(i32 poison, !392, !DIExpression(), !468)
  %58 = load i8, ptr %21, align 8, !dbg !469, !tbaa !471
  %59 = icmp eq i8 %58, 103, !dbg !472
  br i1 %59, label %67, label %60, !dbg !473

60:                                               ; preds = %56
  %61 = load i32, ptr %12, align 8, !dbg !474, !tbaa !320
  %62 = icmp eq i32 %61, 2, !dbg !474
  br i1 %62, label %66, label %63, !dbg !477

63:                                               ; preds = %60
  %64 = load ptr, ptr %23, align 8, !dbg !478, !tbaa !335
  %65 = call i64 %64(ptr noundef nonnull %2, ptr noundef nonnull @.str.1, i64 noundef 7) #13, !dbg !479
  br label %66, !dbg !479

66:                                               ; preds = %63, %60
    #dbg_value(ptr %2, !423, !DIExpression(), !480)
    #dbg_value(i32 1, !428, !DIExpression(), !480)
  store i32 1, ptr %11, align 4, !dbg !482, !tbaa !323
  br label %95, !dbg !483

67:                                               ; preds = %56
  %68 = load i64, ptr @gets, align 8, !dbg !484, !tbaa !485
  %69 = add i64 %68, 1, !dbg !484
  store i64 %69, ptr @gets, align 8, !dbg !484, !tbaa !485
    #dbg_value(ptr %2, !423, !DIExpression(), !487)
    #dbg_value(i32 3, !428, !DIExpression(), !487)
  store i32 3, ptr %11, align 4, !dbg !489, !tbaa !323
  br label %95, !dbg !490

70:                                               ; preds = %24
    #dbg_assign(i1 undef, !367, !DIExpression(), !395, ptr %5, !DIExpression(), !368)
    #dbg_value(ptr %2, !366, !DIExpression(), !368)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !491
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(16) @__const.transmit.iov, i64 16, i1 false), !dbg !492, !DIAssignID !493
    #dbg_assign(i1 undef, !361, !DIExpression(), !493, ptr %4, !DIExpression(), !368)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %5) #13, !dbg !494
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %5, i8 0, i64 56, i1 false), !dbg !495, !DIAssignID !496
    #dbg_assign(i8 0, !367, !DIExpression(), !496, ptr %5, !DIExpression(), !368)
  store ptr %4, ptr %14, align 8, !dbg !497, !tbaa !498, !DIAssignID !500
    #dbg_assign(ptr %4, !367, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !500, ptr %14, !DIExpression(), !368)
  store i64 1, ptr %15, align 8, !dbg !501, !tbaa !502, !DIAssignID !503
    #dbg_assign(i64 1, !367, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !503, ptr %15, !DIExpression(), !368)
  %71 = load i32, ptr %12, align 8, !dbg !504, !tbaa !320
  %72 = icmp eq i32 %71, 2, !dbg !504
  br i1 %72, label %76, label %73, !dbg !506

73:                                               ; preds = %70
  %74 = load ptr, ptr %16, align 8, !dbg !507, !tbaa !332
  %75 = call i64 %74(ptr noundef nonnull %2, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !508
  br label %80, !dbg !509

76:                                               ; preds = %70
  store ptr %17, ptr %5, align 8, !dbg !510, !tbaa !511, !DIAssignID !512
    #dbg_assign(ptr %17, !367, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !512, ptr %5, !DIExpression(), !368)
  %77 = load i32, ptr %18, align 8, !dbg !513, !tbaa !441
  store i32 %77, ptr %19, align 8, !dbg !514, !tbaa !515, !DIAssignID !516
    #dbg_assign(i32 %77, !367, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !516, ptr %19, !DIExpression(), !368)
  %78 = load i32, ptr %2, align 8, !dbg !517, !tbaa !248
  %79 = call i64 @sendmsg(i32 noundef %78, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !518
  br label %80, !dbg !519

80:                                               ; preds = %76, %73
  %81 = phi i64 [ %79, %76 ], [ %75, %73 ]
  %82 = icmp slt i64 %81, 1, !dbg !368
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %5) #13, !dbg !520
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !520
  br i1 %82, label %83, label %84, !dbg !521

83:                                               ; preds = %80
    #dbg_value(ptr %2, !423, !DIExpression(), !522)
    #dbg_value(i32 4, !428, !DIExpression(), !522)
  store i32 4, ptr %11, align 4, !dbg !525, !tbaa !323
  br label %95, !dbg !526

84:                                               ; preds = %80
  %85 = load i32, ptr %12, align 8, !dbg !527, !tbaa !320
  %86 = icmp eq i32 %85, 2, !dbg !527
  %87 = select i1 %86, i32 2, i32 1, !dbg !527
    #dbg_value(ptr %2, !423, !DIExpression(), !528)
    #dbg_value(i32 %87, !428, !DIExpression(), !528)
  store i32 %87, ptr %11, align 4, !dbg !530, !tbaa !323
    #dbg_value(i8 1, !378, !DIExpression(), !404)
  br label %95, !dbg !531

88:                                               ; preds = %24
  %89 = load i32, ptr %12, align 8, !dbg !532, !tbaa !320
  %90 = icmp eq i32 %89, 2, !dbg !532
  br i1 %90, label %95, label %91, !dbg !534

91:                                               ; preds = %88
    #dbg_value(ptr %2, !535, !DIExpression(), !538)
  %92 = call i32 @event_add(ptr noundef nonnull %13, ptr noundef null) #13, !dbg !540
  %93 = load i32, ptr %2, align 8, !dbg !541, !tbaa !248
  %94 = call i32 @close(i32 noundef %93) #13, !dbg !542
  br label %95, !dbg !543

95:                                               ; preds = %91, %88, %84, %83, %67, %66, %44, %38, %34, %33, %24
  %96 = phi i8 [ %25, %24 ], [ 1, %84 ], [ %25, %83 ], [ %25, %34 ], [ 1, %33 ], [ %25, %66 ], [ %25, %67 ], [ 1, %91 ], [ 1, %88 ], [ 1, %44 ], [ 1, %38 ], !dbg !404
    #dbg_value(i8 %96, !378, !DIExpression(), !404)
  %97 = trunc nuw i8 %96 to i1, !dbg !544
  br i1 %97, label %98, label %24, !dbg !405, !llvm.loop !545

98:                                               ; preds = %95, %3
  ret void, !dbg !549
}

declare !dbg !550 i32 @event_base_set(ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !553 i32 @event_add(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 !dbg !565 {
  %4 = alloca i8, align 1, !DIAssignID !575
    #dbg_value(i32 %0, !569, !DIExpression(), !576)
    #dbg_value(i32 %1, !570, !DIExpression(), !576)
    #dbg_value(i32 %2, !571, !DIExpression(), !576)
    #dbg_value(ptr null, !577, !DIExpression(), !582)
  %5 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !584
  %6 = load ptr, ptr @cqi_freelist, align 8, !dbg !585, !tbaa !306
  %7 = icmp eq ptr %6, null, !dbg !585
  br i1 %7, label %11, label %8, !dbg !587

8:                                                ; preds = %3
    #dbg_value(ptr %6, !577, !DIExpression(), !582)
  %9 = getelementptr inbounds i8, ptr %6, i64 16, !dbg !588
  %10 = load ptr, ptr %9, align 8, !dbg !588, !tbaa !590
  store ptr %10, ptr @cqi_freelist, align 8, !dbg !592, !tbaa !306
  br label %11, !dbg !593

11:                                               ; preds = %8, %3
  %12 = phi ptr [ %6, %8 ], [ null, %3 ], !dbg !582
    #dbg_value(ptr %12, !577, !DIExpression(), !582)
  %13 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !594
  %14 = icmp eq ptr %12, null, !dbg !595
  br i1 %14, label %15, label %17, !dbg !597

15:                                               ; preds = %11
  %16 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #15, !dbg !598
    #dbg_value(ptr %16, !577, !DIExpression(), !582)
  br label %17, !dbg !599

17:                                               ; preds = %11, %15
  %18 = phi ptr [ %16, %15 ], [ %12, %11 ], !dbg !582
    #dbg_value(ptr %18, !577, !DIExpression(), !582)
    #dbg_value(ptr %18, !572, !DIExpression(), !576)
  %19 = icmp eq ptr %18, null, !dbg !600
  br i1 %19, label %20, label %22, !dbg !602

20:                                               ; preds = %17
  %21 = tail call i32 @close(i32 noundef %0) #13, !dbg !603
  br label %46, !dbg !605

22:                                               ; preds = %17
  %23 = load i32, ptr @last_thread, align 4, !dbg !606, !tbaa !411
  %24 = add nsw i32 %23, 1, !dbg !607
  %25 = and i32 %24, 3, !dbg !608
    #dbg_value(i32 %25, !573, !DIExpression(), !576)
  %26 = load ptr, ptr @threads, align 8, !dbg !609, !tbaa !306
  %27 = zext nneg i32 %25 to i64, !dbg !609
  %28 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %26, i64 %27, !dbg !609
    #dbg_value(ptr %28, !574, !DIExpression(), !576)
  store i32 %25, ptr @last_thread, align 4, !dbg !610, !tbaa !411
  store i32 %0, ptr %18, align 8, !dbg !611, !tbaa !612
  %29 = getelementptr inbounds i8, ptr %18, i64 4, !dbg !613
  store i32 %1, ptr %29, align 4, !dbg !614, !tbaa !615
  %30 = getelementptr inbounds i8, ptr %18, i64 8, !dbg !616
  store i32 %2, ptr %30, align 8, !dbg !617, !tbaa !618
  %31 = getelementptr inbounds i8, ptr %18, i64 12, !dbg !619
  store i32 0, ptr %31, align 4, !dbg !620, !tbaa !621
    #dbg_assign(i1 undef, !622, !DIExpression(), !575, ptr %4, !DIExpression(), !629)
    #dbg_value(ptr %28, !627, !DIExpression(), !629)
    #dbg_value(ptr %18, !628, !DIExpression(), !629)
  %32 = getelementptr inbounds i8, ptr %28, i64 152, !dbg !631
  %33 = load ptr, ptr %32, align 8, !dbg !631, !tbaa !632
    #dbg_value(ptr %33, !634, !DIExpression(), !640)
    #dbg_value(ptr %18, !639, !DIExpression(), !640)
  %34 = getelementptr inbounds i8, ptr %18, i64 16, !dbg !642
  store ptr null, ptr %34, align 8, !dbg !643, !tbaa !590
  %35 = getelementptr inbounds i8, ptr %33, i64 16, !dbg !644
  %36 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %35) #13, !dbg !645
  %37 = getelementptr inbounds i8, ptr %33, i64 8, !dbg !646
  %38 = load ptr, ptr %37, align 8, !dbg !646, !tbaa !647
  store ptr %18, ptr %38, align 8, !dbg !649, !tbaa !306
  store ptr %34, ptr %37, align 8, !dbg !650, !tbaa !647
  %39 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %35) #13, !dbg !651
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !652
  store i8 99, ptr %4, align 1, !dbg !653, !tbaa !471, !DIAssignID !654
    #dbg_assign(i8 99, !622, !DIExpression(), !654, ptr %4, !DIExpression(), !629)
  %40 = getelementptr inbounds i8, ptr %28, i64 148, !dbg !655
  %41 = load i32, ptr %40, align 4, !dbg !655, !tbaa !657
  %42 = call i64 @write(i32 noundef %41, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !658
  %43 = icmp eq i64 %42, 1, !dbg !659
  br i1 %43, label %45, label %44, !dbg !660

44:                                               ; preds = %22
  tail call void @perror(ptr noundef nonnull @.str) #16, !dbg !661
  br label %45, !dbg !661

45:                                               ; preds = %22, %44
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !662
  br label %46, !dbg !663

46:                                               ; preds = %45, %20
  ret void, !dbg !663
}

declare !dbg !664 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local void @redispatch_conn(ptr nocapture noundef readonly %0) local_unnamed_addr #2 !dbg !667 {
  %2 = alloca i8, align 1, !DIAssignID !670
    #dbg_value(ptr %0, !669, !DIExpression(), !671)
  %3 = getelementptr inbounds i8, ptr %0, i64 16, !dbg !672
  %4 = load ptr, ptr %3, align 8, !dbg !672, !tbaa !673
  %5 = load i32, ptr %0, align 8, !dbg !674, !tbaa !248
    #dbg_value(ptr %4, !675, !DIExpression(), !683)
    #dbg_value(i32 %5, !680, !DIExpression(), !683)
    #dbg_value(i32 2, !681, !DIExpression(), !683)
    #dbg_value(ptr null, !577, !DIExpression(), !685)
  %6 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !687
  %7 = load ptr, ptr @cqi_freelist, align 8, !dbg !688, !tbaa !306
  %8 = icmp eq ptr %7, null, !dbg !688
  br i1 %8, label %12, label %9, !dbg !689

9:                                                ; preds = %1
    #dbg_value(ptr %7, !577, !DIExpression(), !685)
  %10 = getelementptr inbounds i8, ptr %7, i64 16, !dbg !690
  %11 = load ptr, ptr %10, align 8, !dbg !690, !tbaa !590
  store ptr %11, ptr @cqi_freelist, align 8, !dbg !691, !tbaa !306
  br label %12, !dbg !692

12:                                               ; preds = %9, %1
  %13 = phi ptr [ %7, %9 ], [ null, %1 ], !dbg !685
    #dbg_value(ptr %13, !577, !DIExpression(), !685)
  %14 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !693
  %15 = icmp eq ptr %13, null, !dbg !694
  br i1 %15, label %16, label %18, !dbg !695

16:                                               ; preds = %12
  %17 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #15, !dbg !696
    #dbg_value(ptr %17, !577, !DIExpression(), !685)
  br label %18, !dbg !697

18:                                               ; preds = %16, %12
  %19 = phi ptr [ %17, %16 ], [ %13, %12 ], !dbg !685
    #dbg_value(ptr %19, !577, !DIExpression(), !685)
    #dbg_value(ptr %19, !682, !DIExpression(), !683)
  %20 = icmp eq ptr %19, null, !dbg !698
  br i1 %20, label %37, label %21, !dbg !700

21:                                               ; preds = %18
  %22 = getelementptr inbounds i8, ptr %19, i64 12, !dbg !701
  store i32 2, ptr %22, align 4, !dbg !702, !tbaa !621
  store i32 %5, ptr %19, align 8, !dbg !703, !tbaa !612
    #dbg_assign(i1 undef, !622, !DIExpression(), !670, ptr %2, !DIExpression(), !704)
    #dbg_value(ptr %4, !627, !DIExpression(), !704)
    #dbg_value(ptr %19, !628, !DIExpression(), !704)
  %23 = getelementptr inbounds i8, ptr %4, i64 152, !dbg !706
  %24 = load ptr, ptr %23, align 8, !dbg !706, !tbaa !632
    #dbg_value(ptr %24, !634, !DIExpression(), !707)
    #dbg_value(ptr %19, !639, !DIExpression(), !707)
  %25 = getelementptr inbounds i8, ptr %19, i64 16, !dbg !709
  store ptr null, ptr %25, align 8, !dbg !710, !tbaa !590
  %26 = getelementptr inbounds i8, ptr %24, i64 16, !dbg !711
  %27 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %26) #13, !dbg !712
  %28 = getelementptr inbounds i8, ptr %24, i64 8, !dbg !713
  %29 = load ptr, ptr %28, align 8, !dbg !713, !tbaa !647
  store ptr %19, ptr %29, align 8, !dbg !714, !tbaa !306
  store ptr %25, ptr %28, align 8, !dbg !715, !tbaa !647
  %30 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %26) #13, !dbg !716
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2) #13, !dbg !717
  store i8 99, ptr %2, align 1, !dbg !718, !tbaa !471, !DIAssignID !719
    #dbg_assign(i8 99, !622, !DIExpression(), !719, ptr %2, !DIExpression(), !704)
  %31 = getelementptr inbounds i8, ptr %4, i64 148, !dbg !720
  %32 = load i32, ptr %31, align 4, !dbg !720, !tbaa !657
  %33 = call i64 @write(i32 noundef %32, ptr noundef nonnull %2, i64 noundef 1) #13, !dbg !721
  %34 = icmp eq i64 %33, 1, !dbg !722
  br i1 %34, label %36, label %35, !dbg !723

35:                                               ; preds = %21
  tail call void @perror(ptr noundef nonnull @.str) #16, !dbg !724
  br label %36, !dbg !724

36:                                               ; preds = %35, %21
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2) #13, !dbg !725
  br label %37, !dbg !726

37:                                               ; preds = %18, %36
  ret void, !dbg !727
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 !dbg !728 {
  %3 = alloca %struct.sockaddr_un, align 2, !DIAssignID !736
  %4 = alloca [2 x i32], align 4, !DIAssignID !737
    #dbg_value(i32 %0, !734, !DIExpression(), !738)
    #dbg_value(ptr %1, !735, !DIExpression(), !738)
  %5 = tail call ptr @event_init() #13, !dbg !739
  store ptr %5, ptr @main_base, align 8, !dbg !740, !tbaa !306
  %6 = tail call noalias dereferenceable_or_null(8192) ptr @calloc(i64 noundef 1024, i64 noundef 8) #14, !dbg !741
  store ptr %6, ptr @conns, align 8, !dbg !742, !tbaa !306
  %7 = icmp eq ptr %6, null, !dbg !743
  br i1 %7, label %103, label %8, !dbg !745

8:                                                ; preds = %2
    #dbg_assign(i1 undef, !746, !DIExpression(), !737, ptr %4, !DIExpression(), !760)
  %9 = tail call noalias dereferenceable_or_null(640) ptr @calloc(i64 noundef 4, i64 noundef 160) #14, !dbg !762
  store ptr %9, ptr @threads, align 8, !dbg !763, !tbaa !306
  %10 = icmp eq ptr %9, null, !dbg !764
  br i1 %10, label %13, label %11, !dbg !766

11:                                               ; preds = %8
    #dbg_value(i32 0, !754, !DIExpression(), !767)
  %12 = getelementptr inbounds i8, ptr %4, i64 4
  br label %14, !dbg !768

13:                                               ; preds = %8
  tail call void @exit(i32 noundef 1) #17, !dbg !769
  unreachable, !dbg !769

14:                                               ; preds = %38, %11
  %15 = phi i64 [ 0, %11 ], [ %42, %38 ]
    #dbg_value(i64 %15, !754, !DIExpression(), !767)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !770
  %16 = call i32 @pipe(ptr noundef nonnull %4) #13, !dbg !771
  %17 = icmp eq i32 %16, 0, !dbg !771
  br i1 %17, label %19, label %18, !dbg !773

18:                                               ; preds = %14
  call void @exit(i32 noundef 1) #17, !dbg !774
  unreachable, !dbg !774

19:                                               ; preds = %14
  %20 = load i32, ptr %4, align 4, !dbg !775, !tbaa !411
  %21 = load ptr, ptr @threads, align 8, !dbg !776, !tbaa !306
  %22 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, i32 3, !dbg !777
  store i32 %20, ptr %22, align 8, !dbg !778, !tbaa !779
  %23 = load i32, ptr %12, align 4, !dbg !780, !tbaa !411
  %24 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, i32 4, !dbg !781
  store i32 %23, ptr %24, align 4, !dbg !782, !tbaa !657
  %25 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %21, i64 %15, !dbg !783
    #dbg_value(ptr %25, !784, !DIExpression(), !789)
  %26 = call ptr @event_init() #13, !dbg !791
  %27 = getelementptr inbounds i8, ptr %25, i64 8, !dbg !792
  store ptr %26, ptr %27, align 8, !dbg !793, !tbaa !794
  %28 = getelementptr inbounds i8, ptr %25, i64 16, !dbg !795
  %29 = getelementptr inbounds i8, ptr %25, i64 144, !dbg !796
  %30 = load i32, ptr %29, align 8, !dbg !796, !tbaa !779
  call void @event_set(ptr noundef nonnull %28, i32 noundef %30, i16 noundef signext 18, ptr noundef nonnull @thread_libevent_process, ptr noundef %25) #13, !dbg !797
  %31 = load ptr, ptr %27, align 8, !dbg !798, !tbaa !794
  %32 = call i32 @event_base_set(ptr noundef %31, ptr noundef nonnull %28) #13, !dbg !799
  %33 = call i32 @event_add(ptr noundef nonnull %28, ptr noundef null) #13, !dbg !800
  %34 = call noalias dereferenceable_or_null(56) ptr @malloc(i64 noundef 56) #15, !dbg !801
  %35 = getelementptr inbounds i8, ptr %25, i64 152, !dbg !802
  store ptr %34, ptr %35, align 8, !dbg !803, !tbaa !632
  %36 = icmp eq ptr %34, null, !dbg !804
  br i1 %36, label %37, label %38, !dbg !806

37:                                               ; preds = %19
  call void @exit(i32 noundef 1) #17, !dbg !807
  unreachable, !dbg !807

38:                                               ; preds = %19
    #dbg_value(ptr %34, !808, !DIExpression(), !813)
  %39 = getelementptr inbounds i8, ptr %34, i64 16, !dbg !815
  %40 = call i32 @pthread_mutex_init(ptr noundef nonnull %39, ptr noundef null) #13, !dbg !816
  store ptr null, ptr %34, align 8, !dbg !817, !tbaa !818
  %41 = getelementptr inbounds i8, ptr %34, i64 8, !dbg !819
  store ptr %34, ptr %41, align 8, !dbg !820, !tbaa !647
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !821
  %42 = add nuw nsw i64 %15, 1, !dbg !822
    #dbg_value(i64 %42, !754, !DIExpression(), !767)
  %43 = icmp eq i64 %42, 4, !dbg !823
  br i1 %43, label %44, label %14, !dbg !768, !llvm.loop !824

44:                                               ; preds = %38, %44
  %45 = phi i64 [ %49, %44 ], [ 0, %38 ]
    #dbg_value(i64 %45, !755, !DIExpression(), !826)
  %46 = load ptr, ptr @threads, align 8, !dbg !827, !tbaa !306
  %47 = getelementptr inbounds %struct.LIBEVENT_THREAD, ptr %46, i64 %45, !dbg !827
  %48 = call i32 @pthread_create(ptr noundef %47, ptr noundef null, ptr noundef nonnull @worker_libevent, ptr noundef %47) #13, !dbg !829
  %49 = add nuw nsw i64 %45, 1, !dbg !830
    #dbg_value(i64 %49, !755, !DIExpression(), !826)
  %50 = icmp eq i64 %49, 4, !dbg !831
  br i1 %50, label %51, label %44, !dbg !832, !llvm.loop !833

51:                                               ; preds = %44
  %52 = icmp sgt i32 %0, 1, !dbg !835
  br i1 %52, label %53, label %93, !dbg !837

53:                                               ; preds = %51
  %54 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !838
  %55 = load ptr, ptr %54, align 8, !dbg !838, !tbaa !306
    #dbg_assign(i1 undef, !839, !DIExpression(), !736, ptr %3, !DIExpression(), !856)
    #dbg_value(ptr %55, !846, !DIExpression(), !856)
  %56 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #13, !dbg !858
    #dbg_value(i32 %56, !847, !DIExpression(), !856)
  %57 = icmp eq i32 %56, -1, !dbg !859
  br i1 %57, label %103, label %58, !dbg !861

58:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(i64 110, ptr nonnull %3) #13, !dbg !862
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(110) %3, i8 0, i64 110, i1 false), !dbg !863, !DIAssignID !864
    #dbg_assign(i8 0, !839, !DIExpression(), !864, ptr %3, !DIExpression(), !856)
  store i16 1, ptr %3, align 2, !dbg !865, !tbaa !866, !DIAssignID !868
    #dbg_assign(i16 1, !839, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !868, ptr %3, !DIExpression(), !856)
  %59 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !869
  %60 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %59, ptr noundef nonnull readonly dereferenceable(1) %55, i64 noundef 107) #13, !dbg !870
  %61 = call i32 @bind(i32 noundef %56, ptr noundef nonnull %3, i32 noundef 110) #13, !dbg !871
  %62 = icmp eq i32 %61, -1, !dbg !873
  br i1 %62, label %66, label %63, !dbg !874

63:                                               ; preds = %58
  %64 = call i32 @listen(i32 noundef %56, i32 noundef 1024) #13, !dbg !875
  %65 = icmp eq i32 %64, -1, !dbg !876
  br i1 %65, label %66, label %68, !dbg !877

66:                                               ; preds = %63, %58
  %67 = call i32 @close(i32 noundef %56) #13, !dbg !878
  br label %102, !dbg !880

68:                                               ; preds = %63
  %69 = load ptr, ptr @main_base, align 8, !dbg !881, !tbaa !306
    #dbg_value(i32 %56, !297, !DIExpression(), !882)
    #dbg_value(i32 0, !298, !DIExpression(), !882)
    #dbg_value(i32 0, !299, !DIExpression(), !882)
    #dbg_value(ptr %69, !300, !DIExpression(), !882)
  %70 = icmp ugt i32 %56, 1023, !dbg !884
  br i1 %70, label %102, label %71, !dbg !884

71:                                               ; preds = %68
  %72 = load ptr, ptr @conns, align 8, !dbg !885, !tbaa !306
  %73 = zext nneg i32 %56 to i64, !dbg !885
  %74 = getelementptr inbounds ptr, ptr %72, i64 %73, !dbg !885
  %75 = load ptr, ptr %74, align 8, !dbg !885, !tbaa !306
    #dbg_value(ptr %75, !301, !DIExpression(), !882)
  %76 = icmp eq ptr %75, null, !dbg !886
  br i1 %76, label %77, label %81, !dbg !887

77:                                               ; preds = %71
  %78 = call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !888
    #dbg_value(ptr %78, !301, !DIExpression(), !882)
  %79 = icmp eq ptr %78, null, !dbg !889
  br i1 %79, label %102, label %80, !dbg !890

80:                                               ; preds = %77
  store i32 %56, ptr %78, align 8, !dbg !891, !tbaa !248
  store ptr %78, ptr %74, align 8, !dbg !892, !tbaa !306
  br label %81, !dbg !893

81:                                               ; preds = %80, %71
  %82 = phi ptr [ %78, %80 ], [ %75, %71 ], !dbg !882
    #dbg_value(ptr %82, !301, !DIExpression(), !882)
  %83 = getelementptr inbounds i8, ptr %82, i64 8, !dbg !894
  store i32 0, ptr %83, align 8, !dbg !895, !tbaa !320
  %84 = getelementptr inbounds i8, ptr %82, i64 4, !dbg !896
  store i32 0, ptr %84, align 4, !dbg !897, !tbaa !323
  %85 = getelementptr inbounds i8, ptr %82, i64 2200, !dbg !898
  store i32 0, ptr %85, align 8, !dbg !899, !tbaa !326
  %86 = getelementptr inbounds i8, ptr %82, i64 2240, !dbg !900
  store ptr @tcp_read, ptr %86, align 8, !dbg !901, !tbaa !329
  %87 = getelementptr inbounds i8, ptr %82, i64 2248, !dbg !902
  store ptr @tcp_sendmsg, ptr %87, align 8, !dbg !903, !tbaa !332
  %88 = getelementptr inbounds i8, ptr %82, i64 2256, !dbg !904
  store ptr @tcp_write, ptr %88, align 8, !dbg !905, !tbaa !335
  %89 = getelementptr inbounds i8, ptr %82, i64 24, !dbg !906
  call void @event_set(ptr noundef nonnull %89, i32 noundef %56, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %82) #13, !dbg !907
  %90 = call i32 @event_base_set(ptr noundef %69, ptr noundef nonnull %89) #13, !dbg !908
  %91 = call i32 @event_add(ptr noundef nonnull %89, ptr noundef null) #13, !dbg !909
  %92 = icmp eq i32 %91, -1, !dbg !910
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !911
  br i1 %92, label %103, label %93, !dbg !912

93:                                               ; preds = %81, %51
  %94 = call fastcc i32 @server_socket(i32 noundef 1), !dbg !913
  %95 = icmp eq i32 %94, 0, !dbg !913
  br i1 %95, label %96, label %103, !dbg !915

96:                                               ; preds = %93
  %97 = call fastcc i32 @server_socket(i32 noundef 2), !dbg !916
  %98 = icmp eq i32 %97, 0, !dbg !916
  br i1 %98, label %99, label %103, !dbg !917

99:                                               ; preds = %96
  %100 = load ptr, ptr @main_base, align 8, !dbg !918, !tbaa !306
  %101 = call i32 @event_base_loop(ptr noundef %100, i32 noundef 0) #13, !dbg !919
  br label %103, !dbg !920

102:                                              ; preds = %77, %68, %66
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !911
  br label %103, !dbg !912

103:                                              ; preds = %102, %53, %93, %96, %81, %2, %99
  %104 = phi i32 [ %101, %99 ], [ 1, %2 ], [ 1, %81 ], [ 1, %96 ], [ 1, %93 ], [ 1, %53 ], [ 1, %102 ], !dbg !738
  ret i32 %104, !dbg !921
}

declare !dbg !922 ptr @event_init() local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal fastcc noundef i32 @server_socket(i32 noundef %0) unnamed_addr #2 !dbg !925 {
  %2 = alloca %struct.addrinfo, align 8, !DIAssignID !956
    #dbg_assign(i1 undef, !931, !DIExpression(), !956, ptr %2, !DIExpression(), !957)
  %3 = alloca [16 x i8], align 16, !DIAssignID !958
    #dbg_assign(i1 undef, !944, !DIExpression(), !958, ptr %3, !DIExpression(), !957)
  %4 = alloca ptr, align 8, !DIAssignID !959
    #dbg_assign(i1 undef, !946, !DIExpression(), !959, ptr %4, !DIExpression(), !957)
    #dbg_value(i32 11211, !929, !DIExpression(), !957)
    #dbg_value(i32 %0, !930, !DIExpression(), !957)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #13, !dbg !960
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %2, i8 0, i64 48, i1 false), !dbg !961, !DIAssignID !962
    #dbg_assign(i8 0, !931, !DIExpression(), !962, ptr %2, !DIExpression(), !957)
  store i32 1, ptr %2, align 8, !dbg !963, !tbaa !964, !DIAssignID !966
    #dbg_assign(i32 1, !931, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !966, ptr %2, !DIExpression(), !957)
  %5 = getelementptr inbounds i8, ptr %2, i64 4, !dbg !967
  store i32 0, ptr %5, align 4, !dbg !968, !tbaa !969, !DIAssignID !970
    #dbg_assign(i32 0, !931, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !970, ptr %5, !DIExpression(), !957)
  %6 = icmp eq i32 %0, 2, !dbg !971
  %7 = select i1 %6, i32 2, i32 1, !dbg !971
  %8 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !972
  store i32 %7, ptr %8, align 8, !dbg !973, !tbaa !974, !DIAssignID !975
    #dbg_assign(i32 %7, !931, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !975, ptr %8, !DIExpression(), !957)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #13, !dbg !976
  %9 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %3, i64 noundef 16, ptr noundef nonnull @.str.3, i32 noundef 11211) #13, !dbg !977
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !978
  %10 = call i32 @getaddrinfo(ptr noundef null, ptr noundef nonnull %3, ptr noundef nonnull %2, ptr noundef nonnull %4) #13, !dbg !979
  %11 = icmp eq i32 %10, 0, !dbg !981
  br i1 %11, label %12, label %79, !dbg !982

12:                                               ; preds = %1
  %13 = load ptr, ptr %4, align 8, !dbg !983, !tbaa !306
  %14 = icmp eq ptr %13, null, !dbg !984
  br i1 %14, label %77, label %15, !dbg !984

15:                                               ; preds = %12, %73
  %16 = phi ptr [ %75, %73 ], [ %13, %12 ]
  %17 = getelementptr inbounds i8, ptr %16, i64 4, !dbg !985
  %18 = load i32, ptr %17, align 4, !dbg !985, !tbaa !969
  %19 = getelementptr inbounds i8, ptr %16, i64 8, !dbg !986
  %20 = load i32, ptr %19, align 8, !dbg !986, !tbaa !974
  %21 = getelementptr inbounds i8, ptr %16, i64 12, !dbg !987
  %22 = load i32, ptr %21, align 4, !dbg !987, !tbaa !988
  %23 = call i32 @socket(i32 noundef %18, i32 noundef %20, i32 noundef %22) #13, !dbg !989
    #dbg_value(i32 %23, !949, !DIExpression(), !990)
  %24 = icmp eq i32 %23, -1, !dbg !991
  br i1 %24, label %71, label %25, !dbg !993

25:                                               ; preds = %15
  %26 = getelementptr inbounds i8, ptr %16, i64 24, !dbg !994
  %27 = load ptr, ptr %26, align 8, !dbg !994, !tbaa !996
  %28 = getelementptr inbounds i8, ptr %16, i64 16, !dbg !997
  %29 = load i32, ptr %28, align 8, !dbg !997, !tbaa !998
  %30 = call i32 @bind(i32 noundef %23, ptr noundef %27, i32 noundef %29) #13, !dbg !999
  %31 = icmp eq i32 %30, -1, !dbg !1000
  br i1 %31, label %32, label %34, !dbg !1001

32:                                               ; preds = %25
  %33 = call i32 @close(i32 noundef %23) #13, !dbg !1002
  br label %71, !dbg !1004

34:                                               ; preds = %25
  br i1 %6, label %40, label %35, !dbg !1005

35:                                               ; preds = %34
  %36 = call i32 @listen(i32 noundef %23, i32 noundef 1024) #13, !dbg !1007
  %37 = icmp eq i32 %36, -1, !dbg !1008
  br i1 %37, label %38, label %44, !dbg !1009

38:                                               ; preds = %35
  %39 = call i32 @close(i32 noundef %23) #13, !dbg !1010
  br label %71, !dbg !1012

40:                                               ; preds = %34, %40
  %41 = phi i32 [ %42, %40 ], [ 0, %34 ]
    #dbg_value(i32 %41, !952, !DIExpression(), !1013)
  call void @dispatch_conn_new(i32 noundef %23, i32 noundef 2, i32 noundef 2), !dbg !1014
  %42 = add nuw nsw i32 %41, 1, !dbg !1016
    #dbg_value(i32 %42, !952, !DIExpression(), !1013)
  %43 = icmp eq i32 %42, 4, !dbg !1017
  br i1 %43, label %71, label %40, !dbg !1018, !llvm.loop !1019

44:                                               ; preds = %35
  %45 = load ptr, ptr @main_base, align 8, !dbg !1021, !tbaa !306
    #dbg_value(i32 %23, !297, !DIExpression(), !1023)
    #dbg_value(i32 0, !298, !DIExpression(), !1023)
    #dbg_value(i32 1, !299, !DIExpression(), !1023)
    #dbg_value(ptr %45, !300, !DIExpression(), !1023)
  %46 = icmp ugt i32 %23, 1023, !dbg !1025
  br i1 %46, label %69, label %47, !dbg !1025

47:                                               ; preds = %44
  %48 = load ptr, ptr @conns, align 8, !dbg !1026, !tbaa !306
  %49 = zext nneg i32 %23 to i64, !dbg !1026
  %50 = getelementptr inbounds ptr, ptr %48, i64 %49, !dbg !1026
  %51 = load ptr, ptr %50, align 8, !dbg !1026, !tbaa !306
    #dbg_value(ptr %51, !301, !DIExpression(), !1023)
  %52 = icmp eq ptr %51, null, !dbg !1027
  br i1 %52, label %53, label %57, !dbg !1028

53:                                               ; preds = %47
  %54 = call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !1029
    #dbg_value(ptr %54, !301, !DIExpression(), !1023)
  %55 = icmp eq ptr %54, null, !dbg !1030
  br i1 %55, label %69, label %56, !dbg !1031

56:                                               ; preds = %53
  store i32 %23, ptr %54, align 8, !dbg !1032, !tbaa !248
  store ptr %54, ptr %50, align 8, !dbg !1033, !tbaa !306
  br label %57, !dbg !1034

57:                                               ; preds = %56, %47
  %58 = phi ptr [ %54, %56 ], [ %51, %47 ], !dbg !1023
    #dbg_value(ptr %58, !301, !DIExpression(), !1023)
  %59 = getelementptr inbounds i8, ptr %58, i64 8, !dbg !1035
  store i32 1, ptr %59, align 8, !dbg !1036, !tbaa !320
  %60 = getelementptr inbounds i8, ptr %58, i64 4, !dbg !1037
  store i32 0, ptr %60, align 4, !dbg !1038, !tbaa !323
  %61 = getelementptr inbounds i8, ptr %58, i64 2200, !dbg !1039
  store i32 0, ptr %61, align 8, !dbg !1040, !tbaa !326
  %62 = getelementptr inbounds i8, ptr %58, i64 2240, !dbg !1041
  store ptr @tcp_read, ptr %62, align 8, !dbg !1042, !tbaa !329
  %63 = getelementptr inbounds i8, ptr %58, i64 2248, !dbg !1043
  store ptr @tcp_sendmsg, ptr %63, align 8, !dbg !1044, !tbaa !332
  %64 = getelementptr inbounds i8, ptr %58, i64 2256, !dbg !1045
  store ptr @tcp_write, ptr %64, align 8, !dbg !1046, !tbaa !335
  %65 = getelementptr inbounds i8, ptr %58, i64 24, !dbg !1047
  call void @event_set(ptr noundef nonnull %65, i32 noundef %23, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %58) #13, !dbg !1048
  %66 = call i32 @event_base_set(ptr noundef %45, ptr noundef nonnull %65) #13, !dbg !1049
  %67 = call i32 @event_add(ptr noundef nonnull %65, ptr noundef null) #13, !dbg !1050
  %68 = icmp eq i32 %67, -1, !dbg !1051
  br i1 %68, label %69, label %71, !dbg !1052

69:                                               ; preds = %44, %53, %57
  %70 = load ptr, ptr %4, align 8, !dbg !1053, !tbaa !306
  call void @freeaddrinfo(ptr noundef %70) #13, !dbg !1055
  br label %71, !dbg !1056

71:                                               ; preds = %40, %57, %15, %69, %38, %32
  %72 = phi i32 [ 4, %32 ], [ 1, %69 ], [ 4, %38 ], [ 4, %15 ], [ 0, %57 ], [ 0, %40 ]
  switch i32 %72, label %79 [
    i32 0, label %73
    i32 4, label %73
  ]

73:                                               ; preds = %71, %71
  %74 = getelementptr inbounds i8, ptr %16, i64 40, !dbg !1057
    #dbg_value(ptr poison, !947, !DIExpression(), !1058)
  %75 = load ptr, ptr %74, align 8, !dbg !983, !tbaa !306
    #dbg_value(ptr %75, !947, !DIExpression(), !1058)
  %76 = icmp eq ptr %75, null, !dbg !984
  br i1 %76, label %77, label %15, !dbg !984, !llvm.loop !1059

77:                                               ; preds = %73, %12
  %78 = load ptr, ptr %4, align 8, !dbg !1061, !tbaa !306
  call void @freeaddrinfo(ptr noundef %78) #13, !dbg !1062
  br label %79, !dbg !1063

79:                                               ; preds = %71, %1, %77
  %80 = phi i32 [ 0, %77 ], [ 1, %1 ], [ 1, %71 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !1064
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #13, !dbg !1064
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #13, !dbg !1064
  ret i32 %80, !dbg !1064
}

declare !dbg !1065 i32 @event_base_loop(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1068 i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1073 i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !1074 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare !dbg !1077 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #8

declare !dbg !1081 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !1087 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #10

; Function Attrs: noreturn nounwind
declare !dbg !1091 void @exit(i32 noundef) local_unnamed_addr #11

; Function Attrs: nounwind
declare !dbg !1094 i32 @pipe(ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1098 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind uwtable
define internal noalias noundef ptr @worker_libevent(ptr nocapture noundef readonly %0) #2 !dbg !1117 {
    #dbg_value(ptr %0, !1119, !DIExpression(), !1121)
    #dbg_value(ptr %0, !1120, !DIExpression(), !1121)
  %2 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1122
  %3 = load ptr, ptr %2, align 8, !dbg !1122, !tbaa !794
  %4 = tail call i32 @event_base_loop(ptr noundef %3, i32 noundef 0) #13, !dbg !1123
  ret ptr null, !dbg !1124
}

; Function Attrs: nounwind uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !1125 {
  %4 = alloca i8, align 1, !DIAssignID !1136
    #dbg_assign(i1 undef, !1131, !DIExpression(), !1136, ptr %4, !DIExpression(), !1137)
    #dbg_value(i32 %0, !1127, !DIExpression(), !1137)
    #dbg_value(i16 poison, !1128, !DIExpression(), !1137)
    #dbg_value(ptr %2, !1129, !DIExpression(), !1137)
    #dbg_value(ptr %2, !1130, !DIExpression(), !1137)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !1138
  %5 = call i64 @read(i32 noundef %0, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !1139
  %6 = icmp eq i64 %5, 1, !dbg !1141
  br i1 %6, label %7, label %90, !dbg !1142

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %2, i64 152, !dbg !1143
  %9 = load ptr, ptr %8, align 8, !dbg !1143, !tbaa !632
    #dbg_value(ptr %9, !1144, !DIExpression(), !1150)
  %10 = getelementptr inbounds i8, ptr %9, i64 16, !dbg !1152
  %11 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull %10) #13, !dbg !1153
  %12 = load ptr, ptr %9, align 8, !dbg !1154, !tbaa !818
    #dbg_value(ptr %12, !1149, !DIExpression(), !1150)
  %13 = icmp eq ptr %12, null, !dbg !1155
  br i1 %13, label %87, label %14, !dbg !1157

14:                                               ; preds = %7
  %15 = getelementptr inbounds i8, ptr %12, i64 16, !dbg !1158
  %16 = load ptr, ptr %15, align 8, !dbg !1158, !tbaa !590
  store ptr %16, ptr %9, align 8, !dbg !1159, !tbaa !818
  %17 = icmp eq ptr %16, null, !dbg !1160
  br i1 %17, label %18, label %20, !dbg !1161

18:                                               ; preds = %14
  %19 = getelementptr inbounds i8, ptr %9, i64 8, !dbg !1162
  store ptr %9, ptr %19, align 8, !dbg !1163, !tbaa !647
  br label %20, !dbg !1164

20:                                               ; preds = %14, %18
  %21 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %10) #13, !dbg !1165
    #dbg_value(ptr %12, !1132, !DIExpression(), !1137)
  br i1 %13, label %90, label %22, !dbg !1166

22:                                               ; preds = %20
  %23 = getelementptr inbounds i8, ptr %12, i64 12, !dbg !1167
  %24 = load i32, ptr %23, align 4, !dbg !1167, !tbaa !621
  switch i32 %24, label %83 [
    i32 0, label %25
    i32 1, label %65
    i32 2, label %75
  ], !dbg !1168

25:                                               ; preds = %22
  %26 = load i32, ptr %12, align 8, !dbg !1169, !tbaa !612
  %27 = getelementptr inbounds i8, ptr %12, i64 4, !dbg !1170
  %28 = load i32, ptr %27, align 4, !dbg !1170, !tbaa !615
  %29 = getelementptr inbounds i8, ptr %12, i64 8, !dbg !1171
  %30 = load i32, ptr %29, align 8, !dbg !1171, !tbaa !618
  %31 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !1172
  %32 = load ptr, ptr %31, align 8, !dbg !1172, !tbaa !794
    #dbg_value(i32 %26, !297, !DIExpression(), !1173)
    #dbg_value(i32 %28, !298, !DIExpression(), !1173)
    #dbg_value(i32 %30, !299, !DIExpression(), !1173)
    #dbg_value(ptr %32, !300, !DIExpression(), !1173)
  %33 = icmp ugt i32 %26, 1023, !dbg !1175
  br i1 %33, label %57, label %34, !dbg !1175

34:                                               ; preds = %25
  %35 = load ptr, ptr @conns, align 8, !dbg !1176, !tbaa !306
  %36 = zext nneg i32 %26 to i64, !dbg !1176
  %37 = getelementptr inbounds ptr, ptr %35, i64 %36, !dbg !1176
  %38 = load ptr, ptr %37, align 8, !dbg !1176, !tbaa !306
    #dbg_value(ptr %38, !301, !DIExpression(), !1173)
  %39 = icmp eq ptr %38, null, !dbg !1177
  br i1 %39, label %40, label %44, !dbg !1178

40:                                               ; preds = %34
  %41 = tail call noalias dereferenceable_or_null(2264) ptr @calloc(i64 noundef 1, i64 noundef 2264) #14, !dbg !1179
    #dbg_value(ptr %41, !301, !DIExpression(), !1173)
  %42 = icmp eq ptr %41, null, !dbg !1180
  br i1 %42, label %57, label %43, !dbg !1181

43:                                               ; preds = %40
  store i32 %26, ptr %41, align 8, !dbg !1182, !tbaa !248
  store ptr %41, ptr %37, align 8, !dbg !1183, !tbaa !306
  br label %44, !dbg !1184

44:                                               ; preds = %43, %34
  %45 = phi ptr [ %41, %43 ], [ %38, %34 ], !dbg !1173
    #dbg_value(ptr %45, !301, !DIExpression(), !1173)
  %46 = getelementptr inbounds i8, ptr %45, i64 8, !dbg !1185
  store i32 %30, ptr %46, align 8, !dbg !1186, !tbaa !320
  %47 = getelementptr inbounds i8, ptr %45, i64 4, !dbg !1187
  store i32 %28, ptr %47, align 4, !dbg !1188, !tbaa !323
  %48 = getelementptr inbounds i8, ptr %45, i64 2200, !dbg !1189
  store i32 0, ptr %48, align 8, !dbg !1190, !tbaa !326
  %49 = getelementptr inbounds i8, ptr %45, i64 2240, !dbg !1191
  store ptr @tcp_read, ptr %49, align 8, !dbg !1192, !tbaa !329
  %50 = getelementptr inbounds i8, ptr %45, i64 2248, !dbg !1193
  store ptr @tcp_sendmsg, ptr %50, align 8, !dbg !1194, !tbaa !332
  %51 = getelementptr inbounds i8, ptr %45, i64 2256, !dbg !1195
  store ptr @tcp_write, ptr %51, align 8, !dbg !1196, !tbaa !335
  %52 = getelementptr inbounds i8, ptr %45, i64 24, !dbg !1197
  tail call void @event_set(ptr noundef nonnull %52, i32 noundef %26, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %45) #13, !dbg !1198
  %53 = tail call i32 @event_base_set(ptr noundef %32, ptr noundef nonnull %52) #13, !dbg !1199
  %54 = tail call i32 @event_add(ptr noundef nonnull %52, ptr noundef null) #13, !dbg !1200
  %55 = icmp eq i32 %54, -1, !dbg !1201
  %56 = select i1 %55, ptr null, ptr %45, !dbg !1173
  br label %57, !dbg !1173

57:                                               ; preds = %25, %40, %44
  %58 = phi ptr [ null, %25 ], [ null, %40 ], [ %56, %44 ], !dbg !1173
    #dbg_value(ptr %58, !1133, !DIExpression(), !1202)
  %59 = icmp eq ptr %58, null, !dbg !1203
  br i1 %59, label %60, label %63, !dbg !1205

60:                                               ; preds = %57
  %61 = load i32, ptr %12, align 8, !dbg !1206, !tbaa !612
  %62 = tail call i32 @close(i32 noundef %61) #13, !dbg !1207
  br label %83, !dbg !1207

63:                                               ; preds = %57
  %64 = getelementptr inbounds i8, ptr %58, i64 16, !dbg !1208
  store ptr %2, ptr %64, align 8, !dbg !1209, !tbaa !673
  br label %83

65:                                               ; preds = %22
  %66 = load ptr, ptr @conns, align 8, !dbg !1210, !tbaa !306
  %67 = load i32, ptr %12, align 8, !dbg !1211, !tbaa !612
  %68 = sext i32 %67 to i64, !dbg !1210
  %69 = getelementptr inbounds ptr, ptr %66, i64 %68, !dbg !1210
  %70 = load ptr, ptr %69, align 8, !dbg !1210, !tbaa !306
    #dbg_value(ptr %70, !535, !DIExpression(), !1212)
  %71 = getelementptr inbounds i8, ptr %70, i64 24, !dbg !1214
  %72 = tail call i32 @event_add(ptr noundef nonnull %71, ptr noundef null) #13, !dbg !1215
  %73 = load i32, ptr %70, align 8, !dbg !1216, !tbaa !248
  %74 = tail call i32 @close(i32 noundef %73) #13, !dbg !1217
  br label %83, !dbg !1218

75:                                               ; preds = %22
  %76 = load ptr, ptr @conns, align 8, !dbg !1219, !tbaa !306
  %77 = load i32, ptr %12, align 8, !dbg !1220, !tbaa !612
  %78 = sext i32 %77 to i64, !dbg !1219
  %79 = getelementptr inbounds ptr, ptr %76, i64 %78, !dbg !1219
  %80 = load ptr, ptr %79, align 8, !dbg !1219, !tbaa !306
  %81 = getelementptr inbounds i8, ptr %80, i64 24, !dbg !1221
  %82 = tail call i32 @event_add(ptr noundef nonnull %81, ptr noundef null) #13, !dbg !1222
  br label %83, !dbg !1223

83:                                               ; preds = %60, %63, %22, %75, %65
    #dbg_value(ptr %12, !1224, !DIExpression(), !1229)
  %84 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @cqi_freelist_lock) #13, !dbg !1231
  %85 = load ptr, ptr @cqi_freelist, align 8, !dbg !1232, !tbaa !306
  %86 = getelementptr inbounds i8, ptr %12, i64 16, !dbg !1233
  store ptr %85, ptr %86, align 8, !dbg !1234, !tbaa !590
  store ptr %12, ptr @cqi_freelist, align 8, !dbg !1235, !tbaa !306
  br label %87, !dbg !1236

87:                                               ; preds = %7, %83
  %88 = phi ptr [ @cqi_freelist_lock, %83 ], [ %10, %7 ]
  %89 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull %88) #13, !dbg !1137
  br label %90, !dbg !1236

90:                                               ; preds = %87, %20, %3
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !1236
  ret void, !dbg !1236
}

; Function Attrs: nounwind
declare !dbg !1237 i32 @pthread_mutex_init(ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1248 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !1251 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare !dbg !1257 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nounwind
declare !dbg !1262 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare !dbg !1265 noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #8

declare !dbg !1268 i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1276 void @freeaddrinfo(ptr noundef) local_unnamed_addr #6

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
!llvm.module.flags = !{!233, !234, !235, !236, !237, !238, !239}
!llvm.ident = !{!240}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 88, type: !151, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !35, globals: !51, splitDebugInlining: false, nameTableKind: None)
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
!239 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!240 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!241 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 95, type: !205, scopeLine: 95, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242)
!242 = !{!243, !244, !245}
!243 = !DILocalVariable(name: "c", arg: 1, scope: !241, file: !3, line: 95, type: !152)
!244 = !DILocalVariable(name: "buf", arg: 2, scope: !241, file: !3, line: 95, type: !36)
!245 = !DILocalVariable(name: "count", arg: 3, scope: !241, file: !3, line: 95, type: !210)
!246 = !DILocation(line: 0, scope: !241)
!247 = !DILocation(line: 96, column: 18, scope: !241)
!248 = !{!249, !250, i64 0}
!249 = !{!"conn", !250, i64 0, !250, i64 4, !250, i64 8, !253, i64 16, !254, i64 24, !251, i64 152, !250, i64 2200, !255, i64 2204, !250, i64 2232, !253, i64 2240, !253, i64 2248, !253, i64 2256}
!250 = !{!"int", !251, i64 0}
!251 = !{!"omnipotent char", !252, i64 0}
!252 = !{!"Simple C/C++ TBAA"}
!253 = !{!"any pointer", !251, i64 0}
!254 = !{!"event", !251, i64 0}
!255 = !{!"sockaddr_in6", !256, i64 0, !256, i64 2, !250, i64 4, !257, i64 8, !250, i64 24}
!256 = !{!"short", !251, i64 0}
!257 = !{!"in6_addr", !251, i64 0}
!258 = !DILocation(line: 96, column: 10, scope: !241)
!259 = !DILocation(line: 96, column: 3, scope: !241)
!260 = !DISubprogram(name: "read", scope: !261, file: !261, line: 371, type: !262, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!261 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!262 = !DISubroutineType(types: !263)
!263 = !{!207, !50, !36, !210}
!264 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 99, type: !214, scopeLine: 99, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !265)
!265 = !{!266, !267, !268}
!266 = !DILocalVariable(name: "c", arg: 1, scope: !264, file: !3, line: 99, type: !152)
!267 = !DILocalVariable(name: "msg", arg: 2, scope: !264, file: !3, line: 99, type: !216)
!268 = !DILocalVariable(name: "flags", arg: 3, scope: !264, file: !3, line: 99, type: !50)
!269 = !DILocation(line: 0, scope: !264)
!270 = !DILocation(line: 100, column: 21, scope: !264)
!271 = !DILocation(line: 100, column: 10, scope: !264)
!272 = !DILocation(line: 100, column: 3, scope: !264)
!273 = !DISubprogram(name: "sendmsg", scope: !274, file: !274, line: 174, type: !275, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!274 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!275 = !DISubroutineType(types: !276)
!276 = !{!207, !50, !277, !50}
!277 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !278, size: 64)
!278 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !217)
!279 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 103, type: !205, scopeLine: 103, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !280)
!280 = !{!281, !282, !283}
!281 = !DILocalVariable(name: "c", arg: 1, scope: !279, file: !3, line: 103, type: !152)
!282 = !DILocalVariable(name: "buf", arg: 2, scope: !279, file: !3, line: 103, type: !36)
!283 = !DILocalVariable(name: "count", arg: 3, scope: !279, file: !3, line: 103, type: !210)
!284 = !DILocation(line: 0, scope: !279)
!285 = !DILocation(line: 104, column: 19, scope: !279)
!286 = !DILocation(line: 104, column: 10, scope: !279)
!287 = !DILocation(line: 104, column: 3, scope: !279)
!288 = !DISubprogram(name: "write", scope: !261, file: !261, line: 378, type: !289, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!289 = !DISubroutineType(types: !290)
!290 = !{!207, !50, !291, !210}
!291 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !292, size: 64)
!292 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!293 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 113, type: !294, scopeLine: 114, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !296)
!294 = !DISubroutineType(types: !295)
!295 = !{!152, !50, !5, !13, !54}
!296 = !{!297, !298, !299, !300, !301}
!297 = !DILocalVariable(name: "sfd", arg: 1, scope: !293, file: !3, line: 113, type: !50)
!298 = !DILocalVariable(name: "init_state", arg: 2, scope: !293, file: !3, line: 113, type: !5)
!299 = !DILocalVariable(name: "transport", arg: 3, scope: !293, file: !3, line: 114, type: !13)
!300 = !DILocalVariable(name: "base", arg: 4, scope: !293, file: !3, line: 114, type: !54)
!301 = !DILocalVariable(name: "c", scope: !293, file: !3, line: 117, type: !152)
!302 = !DILocation(line: 0, scope: !293)
!303 = !DILocation(line: 115, column: 15, scope: !304)
!304 = distinct !DILexicalBlock(scope: !293, file: !3, line: 115, column: 7)
!305 = !DILocation(line: 117, column: 13, scope: !293)
!306 = !{!253, !253, i64 0}
!307 = !DILocation(line: 118, column: 9, scope: !308)
!308 = distinct !DILexicalBlock(scope: !293, file: !3, line: 118, column: 7)
!309 = !DILocation(line: 118, column: 7, scope: !293)
!310 = !DILocation(line: 119, column: 9, scope: !311)
!311 = distinct !DILexicalBlock(scope: !308, file: !3, line: 118, column: 18)
!312 = !DILocation(line: 120, column: 11, scope: !313)
!313 = distinct !DILexicalBlock(scope: !311, file: !3, line: 120, column: 9)
!314 = !DILocation(line: 120, column: 9, scope: !311)
!315 = !DILocation(line: 122, column: 12, scope: !311)
!316 = !DILocation(line: 123, column: 16, scope: !311)
!317 = !DILocation(line: 124, column: 3, scope: !311)
!318 = !DILocation(line: 125, column: 6, scope: !293)
!319 = !DILocation(line: 125, column: 16, scope: !293)
!320 = !{!249, !250, i64 8}
!321 = !DILocation(line: 126, column: 6, scope: !293)
!322 = !DILocation(line: 126, column: 12, scope: !293)
!323 = !{!249, !250, i64 4}
!324 = !DILocation(line: 127, column: 6, scope: !293)
!325 = !DILocation(line: 127, column: 13, scope: !293)
!326 = !{!249, !250, i64 2200}
!327 = !DILocation(line: 128, column: 6, scope: !293)
!328 = !DILocation(line: 128, column: 11, scope: !293)
!329 = !{!249, !253, i64 2240}
!330 = !DILocation(line: 129, column: 6, scope: !293)
!331 = !DILocation(line: 129, column: 14, scope: !293)
!332 = !{!249, !253, i64 2248}
!333 = !DILocation(line: 130, column: 6, scope: !293)
!334 = !DILocation(line: 130, column: 12, scope: !293)
!335 = !{!249, !253, i64 2256}
!336 = !DILocation(line: 131, column: 17, scope: !293)
!337 = !DILocation(line: 131, column: 3, scope: !293)
!338 = !DILocation(line: 132, column: 3, scope: !293)
!339 = !DILocation(line: 133, column: 7, scope: !340)
!340 = distinct !DILexicalBlock(scope: !293, file: !3, line: 133, column: 7)
!341 = !DILocation(line: 133, column: 31, scope: !340)
!342 = !DILocation(line: 136, column: 1, scope: !293)
!343 = !DISubprogram(name: "calloc", scope: !344, file: !344, line: 556, type: !345, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!344 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!345 = !DISubroutineType(types: !346)
!346 = !{!36, !210, !210}
!347 = !DISubprogram(name: "event_set", scope: !3, file: !3, line: 31, type: !348, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!348 = !DISubroutineType(types: !349)
!349 = !{null, !350, !50, !107, !351, !36}
!350 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64)
!351 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !352, size: 64)
!352 = !DISubroutineType(types: !353)
!353 = !{null, !50, !107, !36}
!354 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 339, type: !352, scopeLine: 339, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !355)
!355 = !{!356, !357, !358, !359}
!356 = !DILocalVariable(name: "fd", arg: 1, scope: !354, file: !3, line: 339, type: !50)
!357 = !DILocalVariable(name: "which", arg: 2, scope: !354, file: !3, line: 339, type: !107)
!358 = !DILocalVariable(name: "arg", arg: 3, scope: !354, file: !3, line: 339, type: !36)
!359 = !DILocalVariable(name: "c", scope: !354, file: !3, line: 340, type: !152)
!360 = distinct !DIAssignID()
!361 = !DILocalVariable(name: "iov", scope: !362, file: !3, line: 274, type: !223)
!362 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 273, type: !363, scopeLine: 273, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !365)
!363 = !DISubroutineType(types: !364)
!364 = !{!50, !152}
!365 = !{!366, !361, !367}
!366 = !DILocalVariable(name: "c", arg: 1, scope: !362, file: !3, line: 273, type: !152)
!367 = !DILocalVariable(name: "msg", scope: !362, file: !3, line: 275, type: !217)
!368 = !DILocation(line: 0, scope: !362, inlinedAt: !369)
!369 = distinct !DILocation(line: 323, column: 12, scope: !370, inlinedAt: !394)
!370 = distinct !DILexicalBlock(scope: !371, file: !3, line: 323, column: 11)
!371 = distinct !DILexicalBlock(scope: !372, file: !3, line: 289, column: 23)
!372 = distinct !DILexicalBlock(scope: !373, file: !3, line: 288, column: 17)
!373 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 286, type: !374, scopeLine: 286, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !376)
!374 = !DISubroutineType(types: !375)
!375 = !{null, !152}
!376 = !{!377, !378, !380, !390, !391, !392}
!377 = !DILocalVariable(name: "c", arg: 1, scope: !373, file: !3, line: 286, type: !152)
!378 = !DILocalVariable(name: "stop", scope: !373, file: !3, line: 287, type: !379)
!379 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!380 = !DILocalVariable(name: "addr", scope: !381, file: !3, line: 291, type: !382)
!381 = distinct !DILexicalBlock(scope: !371, file: !3, line: 290, column: 26)
!382 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !39, line: 196, size: 1024, elements: !383)
!383 = !{!384, !385, !389}
!384 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !382, file: !39, line: 198, baseType: !42, size: 16)
!385 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !382, file: !39, line: 199, baseType: !386, size: 944, offset: 16)
!386 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 944, elements: !387)
!387 = !{!388}
!388 = !DISubrange(count: 118)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !382, file: !39, line: 200, baseType: !65, size: 64, offset: 960)
!390 = !DILocalVariable(name: "addrlen", scope: !381, file: !3, line: 292, type: !201)
!391 = !DILocalVariable(name: "sfd", scope: !381, file: !3, line: 293, type: !50)
!392 = !DILocalVariable(name: "res", scope: !393, file: !3, line: 307, type: !50)
!393 = distinct !DILexicalBlock(scope: !371, file: !3, line: 306, column: 21)
!394 = distinct !DILocation(line: 344, column: 3, scope: !354)
!395 = distinct !DIAssignID()
!396 = distinct !DIAssignID()
!397 = !DILocation(line: 0, scope: !381, inlinedAt: !394)
!398 = distinct !DIAssignID()
!399 = !DILocation(line: 0, scope: !354)
!400 = !DILocation(line: 342, column: 16, scope: !401)
!401 = distinct !DILexicalBlock(scope: !354, file: !3, line: 342, column: 7)
!402 = !DILocation(line: 342, column: 10, scope: !401)
!403 = !DILocation(line: 342, column: 7, scope: !354)
!404 = !DILocation(line: 0, scope: !373, inlinedAt: !394)
!405 = !DILocation(line: 288, column: 3, scope: !373, inlinedAt: !394)
!406 = !DILocation(line: 289, column: 16, scope: !372, inlinedAt: !394)
!407 = !DILocation(line: 289, column: 5, scope: !372, inlinedAt: !394)
!408 = !DILocation(line: 291, column: 7, scope: !381, inlinedAt: !394)
!409 = !DILocation(line: 292, column: 7, scope: !381, inlinedAt: !394)
!410 = !DILocation(line: 292, column: 17, scope: !381, inlinedAt: !394)
!411 = !{!250, !250, i64 0}
!412 = distinct !DIAssignID()
!413 = !DILocation(line: 293, column: 27, scope: !381, inlinedAt: !394)
!414 = !DILocation(line: 293, column: 17, scope: !381, inlinedAt: !394)
!415 = !DILocation(line: 294, column: 15, scope: !416, inlinedAt: !394)
!416 = distinct !DILexicalBlock(scope: !381, file: !3, line: 294, column: 11)
!417 = !DILocation(line: 294, column: 11, scope: !381, inlinedAt: !394)
!418 = !DILocation(line: 298, column: 47, scope: !381, inlinedAt: !394)
!419 = !DILocation(line: 298, column: 7, scope: !381, inlinedAt: !394)
!420 = !DILocation(line: 300, column: 7, scope: !381, inlinedAt: !394)
!421 = !DILocation(line: 301, column: 5, scope: !371, inlinedAt: !394)
!422 = !DILocation(line: 303, column: 17, scope: !371, inlinedAt: !394)
!423 = !DILocalVariable(name: "c", arg: 1, scope: !424, file: !3, line: 109, type: !152)
!424 = distinct !DISubprogram(name: "conn_set_state", scope: !3, file: !3, line: 109, type: !425, scopeLine: 109, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !427)
!425 = !DISubroutineType(types: !426)
!426 = !{null, !152, !5}
!427 = !{!423, !428}
!428 = !DILocalVariable(name: "state", arg: 2, scope: !424, file: !3, line: 109, type: !5)
!429 = !DILocation(line: 0, scope: !424, inlinedAt: !430)
!430 = distinct !DILocation(line: 304, column: 7, scope: !371, inlinedAt: !394)
!431 = !DILocation(line: 110, column: 12, scope: !424, inlinedAt: !430)
!432 = !DILocation(line: 305, column: 7, scope: !371, inlinedAt: !394)
!433 = !DILocation(line: 307, column: 17, scope: !393, inlinedAt: !394)
!434 = !DILocalVariable(name: "c", arg: 1, scope: !435, file: !3, line: 253, type: !152)
!435 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 253, type: !363, scopeLine: 253, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !436)
!436 = !{!434, !437}
!437 = !DILocalVariable(name: "res", scope: !435, file: !3, line: 255, type: !207)
!438 = !DILocation(line: 0, scope: !435, inlinedAt: !439)
!439 = distinct !DILocation(line: 307, column: 40, scope: !393, inlinedAt: !394)
!440 = !DILocation(line: 254, column: 24, scope: !435, inlinedAt: !439)
!441 = !{!249, !250, i64 2232}
!442 = !DILocation(line: 255, column: 29, scope: !435, inlinedAt: !439)
!443 = !DILocation(line: 255, column: 17, scope: !435, inlinedAt: !439)
!444 = !DILocation(line: 258, column: 11, scope: !445, inlinedAt: !439)
!445 = distinct !DILexicalBlock(scope: !435, file: !3, line: 258, column: 7)
!446 = !DILocation(line: 258, column: 7, scope: !435, inlinedAt: !439)
!447 = !DILocation(line: 259, column: 17, scope: !448, inlinedAt: !439)
!448 = distinct !DILexicalBlock(scope: !445, file: !3, line: 258, column: 16)
!449 = !DILocation(line: 260, column: 5, scope: !448, inlinedAt: !439)
!450 = !DILocalVariable(name: "c", arg: 1, scope: !451, file: !3, line: 265, type: !152)
!451 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 265, type: !363, scopeLine: 265, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !452)
!452 = !{!450, !453}
!453 = !DILocalVariable(name: "res", scope: !451, file: !3, line: 266, type: !207)
!454 = !DILocation(line: 0, scope: !451, inlinedAt: !455)
!455 = distinct !DILocation(line: 307, column: 58, scope: !393, inlinedAt: !394)
!456 = !DILocation(line: 266, column: 20, scope: !451, inlinedAt: !455)
!457 = !DILocation(line: 266, column: 41, scope: !451, inlinedAt: !455)
!458 = !DILocation(line: 266, column: 36, scope: !451, inlinedAt: !455)
!459 = !DILocation(line: 266, column: 65, scope: !451, inlinedAt: !455)
!460 = !DILocation(line: 266, column: 17, scope: !451, inlinedAt: !455)
!461 = !DILocation(line: 267, column: 11, scope: !462, inlinedAt: !455)
!462 = distinct !DILexicalBlock(scope: !451, file: !3, line: 267, column: 7)
!463 = !DILocation(line: 267, column: 7, scope: !451, inlinedAt: !455)
!464 = !DILocation(line: 269, column: 16, scope: !451, inlinedAt: !455)
!465 = !DILocation(line: 269, column: 13, scope: !451, inlinedAt: !455)
!466 = !DILocation(line: 270, column: 3, scope: !451, inlinedAt: !455)
!467 = !DILocation(line: 307, scope: !393, inlinedAt: !394)
!468 = !DILocation(line: 0, scope: !393, inlinedAt: !394)
!469 = !DILocation(line: 312, column: 11, scope: !470, inlinedAt: !394)
!470 = distinct !DILexicalBlock(scope: !393, file: !3, line: 312, column: 11)
!471 = !{!251, !251, i64 0}
!472 = !DILocation(line: 312, column: 22, scope: !470, inlinedAt: !394)
!473 = !DILocation(line: 312, column: 11, scope: !393, inlinedAt: !394)
!474 = !DILocation(line: 313, column: 14, scope: !475, inlinedAt: !394)
!475 = distinct !DILexicalBlock(scope: !476, file: !3, line: 313, column: 13)
!476 = distinct !DILexicalBlock(scope: !470, file: !3, line: 312, column: 30)
!477 = !DILocation(line: 313, column: 13, scope: !476, inlinedAt: !394)
!478 = !DILocation(line: 314, column: 14, scope: !475, inlinedAt: !394)
!479 = !DILocation(line: 314, column: 11, scope: !475, inlinedAt: !394)
!480 = !DILocation(line: 0, scope: !424, inlinedAt: !481)
!481 = distinct !DILocation(line: 315, column: 9, scope: !476, inlinedAt: !394)
!482 = !DILocation(line: 110, column: 12, scope: !424, inlinedAt: !481)
!483 = !DILocation(line: 316, column: 9, scope: !476, inlinedAt: !394)
!484 = !DILocation(line: 318, column: 11, scope: !393, inlinedAt: !394)
!485 = !{!486, !486, i64 0}
!486 = !{!"long", !251, i64 0}
!487 = !DILocation(line: 0, scope: !424, inlinedAt: !488)
!488 = distinct !DILocation(line: 319, column: 7, scope: !393, inlinedAt: !394)
!489 = !DILocation(line: 110, column: 12, scope: !424, inlinedAt: !488)
!490 = !DILocation(line: 320, column: 7, scope: !393, inlinedAt: !394)
!491 = !DILocation(line: 274, column: 3, scope: !362, inlinedAt: !369)
!492 = !DILocation(line: 274, column: 16, scope: !362, inlinedAt: !369)
!493 = distinct !DIAssignID()
!494 = !DILocation(line: 275, column: 3, scope: !362, inlinedAt: !369)
!495 = !DILocation(line: 276, column: 3, scope: !362, inlinedAt: !369)
!496 = distinct !DIAssignID()
!497 = !DILocation(line: 277, column: 15, scope: !362, inlinedAt: !369)
!498 = !{!499, !253, i64 16}
!499 = !{!"msghdr", !253, i64 0, !250, i64 8, !253, i64 16, !486, i64 24, !253, i64 32, !486, i64 40, !250, i64 48}
!500 = distinct !DIAssignID()
!501 = !DILocation(line: 278, column: 18, scope: !362, inlinedAt: !369)
!502 = !{!499, !486, i64 24}
!503 = distinct !DIAssignID()
!504 = !DILocation(line: 279, column: 8, scope: !505, inlinedAt: !369)
!505 = distinct !DILexicalBlock(scope: !362, file: !3, line: 279, column: 7)
!506 = !DILocation(line: 279, column: 7, scope: !362, inlinedAt: !369)
!507 = !DILocation(line: 280, column: 15, scope: !505, inlinedAt: !369)
!508 = !DILocation(line: 280, column: 12, scope: !505, inlinedAt: !369)
!509 = !DILocation(line: 280, column: 5, scope: !505, inlinedAt: !369)
!510 = !DILocation(line: 281, column: 16, scope: !362, inlinedAt: !369)
!511 = !{!499, !253, i64 0}
!512 = distinct !DIAssignID()
!513 = !DILocation(line: 282, column: 24, scope: !362, inlinedAt: !369)
!514 = !DILocation(line: 282, column: 19, scope: !362, inlinedAt: !369)
!515 = !{!499, !250, i64 8}
!516 = distinct !DIAssignID()
!517 = !DILocation(line: 283, column: 21, scope: !362, inlinedAt: !369)
!518 = !DILocation(line: 283, column: 10, scope: !362, inlinedAt: !369)
!519 = !DILocation(line: 283, column: 3, scope: !362, inlinedAt: !369)
!520 = !DILocation(line: 284, column: 1, scope: !362, inlinedAt: !369)
!521 = !DILocation(line: 323, column: 11, scope: !371, inlinedAt: !394)
!522 = !DILocation(line: 0, scope: !424, inlinedAt: !523)
!523 = distinct !DILocation(line: 324, column: 9, scope: !524, inlinedAt: !394)
!524 = distinct !DILexicalBlock(scope: !370, file: !3, line: 323, column: 25)
!525 = !DILocation(line: 110, column: 12, scope: !424, inlinedAt: !523)
!526 = !DILocation(line: 325, column: 9, scope: !524, inlinedAt: !394)
!527 = !DILocation(line: 327, column: 25, scope: !371, inlinedAt: !394)
!528 = !DILocation(line: 0, scope: !424, inlinedAt: !529)
!529 = distinct !DILocation(line: 327, column: 7, scope: !371, inlinedAt: !394)
!530 = !DILocation(line: 110, column: 12, scope: !424, inlinedAt: !529)
!531 = !DILocation(line: 329, column: 7, scope: !371, inlinedAt: !394)
!532 = !DILocation(line: 331, column: 12, scope: !533, inlinedAt: !394)
!533 = distinct !DILexicalBlock(scope: !371, file: !3, line: 331, column: 11)
!534 = !DILocation(line: 331, column: 11, scope: !371, inlinedAt: !394)
!535 = !DILocalVariable(name: "c", arg: 1, scope: !536, file: !3, line: 220, type: !152)
!536 = distinct !DISubprogram(name: "conn_close", scope: !3, file: !3, line: 220, type: !374, scopeLine: 220, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !537)
!537 = !{!535}
!538 = !DILocation(line: 0, scope: !536, inlinedAt: !539)
!539 = distinct !DILocation(line: 332, column: 9, scope: !533, inlinedAt: !394)
!540 = !DILocation(line: 221, column: 3, scope: !536, inlinedAt: !539)
!541 = !DILocation(line: 222, column: 12, scope: !536, inlinedAt: !539)
!542 = !DILocation(line: 222, column: 3, scope: !536, inlinedAt: !539)
!543 = !DILocation(line: 332, column: 9, scope: !533, inlinedAt: !394)
!544 = !DILocation(line: 288, column: 11, scope: !373, inlinedAt: !394)
!545 = distinct !{!545, !405, !546, !547, !548}
!546 = !DILocation(line: 336, column: 3, scope: !373, inlinedAt: !394)
!547 = !{!"llvm.loop.mustprogress"}
!548 = !{!"llvm.loop.unroll.disable"}
!549 = !DILocation(line: 345, column: 1, scope: !354)
!550 = !DISubprogram(name: "event_base_set", scope: !3, file: !3, line: 33, type: !551, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!551 = !DISubroutineType(types: !552)
!552 = !{!50, !54, !350}
!553 = !DISubprogram(name: "event_add", scope: !3, file: !3, line: 34, type: !554, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!554 = !DISubroutineType(types: !555)
!555 = !{!50, !350, !556}
!556 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !557, size: 64)
!557 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !558)
!558 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !559, line: 8, size: 128, elements: !560)
!559 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!560 = !{!561, !563}
!561 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !558, file: !559, line: 14, baseType: !562, size: 64)
!562 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !176, line: 160, baseType: !122)
!563 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !558, file: !559, line: 15, baseType: !564, size: 64, offset: 64)
!564 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !176, line: 162, baseType: !122)
!565 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 199, type: !566, scopeLine: 200, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !568)
!566 = !DISubroutineType(types: !567)
!567 = !{null, !50, !5, !13}
!568 = !{!569, !570, !571, !572, !573, !574}
!569 = !DILocalVariable(name: "sfd", arg: 1, scope: !565, file: !3, line: 199, type: !50)
!570 = !DILocalVariable(name: "init_state", arg: 2, scope: !565, file: !3, line: 199, type: !5)
!571 = !DILocalVariable(name: "transport", arg: 3, scope: !565, file: !3, line: 200, type: !13)
!572 = !DILocalVariable(name: "item", scope: !565, file: !3, line: 201, type: !82)
!573 = !DILocalVariable(name: "tid", scope: !565, file: !3, line: 206, type: !50)
!574 = !DILocalVariable(name: "thread", scope: !565, file: !3, line: 207, type: !58)
!575 = distinct !DIAssignID()
!576 = !DILocation(line: 0, scope: !565)
!577 = !DILocalVariable(name: "item", scope: !578, file: !3, line: 140, type: !82)
!578 = distinct !DISubprogram(name: "cqi_new", scope: !3, file: !3, line: 139, type: !579, scopeLine: 139, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !581)
!579 = !DISubroutineType(types: !580)
!580 = !{!82}
!581 = !{!577}
!582 = !DILocation(line: 0, scope: !578, inlinedAt: !583)
!583 = distinct !DILocation(line: 201, column: 19, scope: !565)
!584 = !DILocation(line: 141, column: 3, scope: !578, inlinedAt: !583)
!585 = !DILocation(line: 142, column: 7, scope: !586, inlinedAt: !583)
!586 = distinct !DILexicalBlock(scope: !578, file: !3, line: 142, column: 7)
!587 = !DILocation(line: 142, column: 7, scope: !578, inlinedAt: !583)
!588 = !DILocation(line: 144, column: 26, scope: !589, inlinedAt: !583)
!589 = distinct !DILexicalBlock(scope: !586, file: !3, line: 142, column: 21)
!590 = !{!591, !253, i64 16}
!591 = !{!"conn_queue_item", !250, i64 0, !250, i64 4, !250, i64 8, !250, i64 12, !253, i64 16}
!592 = !DILocation(line: 144, column: 18, scope: !589, inlinedAt: !583)
!593 = !DILocation(line: 145, column: 3, scope: !589, inlinedAt: !583)
!594 = !DILocation(line: 146, column: 3, scope: !578, inlinedAt: !583)
!595 = !DILocation(line: 147, column: 12, scope: !596, inlinedAt: !583)
!596 = distinct !DILexicalBlock(scope: !578, file: !3, line: 147, column: 7)
!597 = !DILocation(line: 147, column: 7, scope: !578, inlinedAt: !583)
!598 = !DILocation(line: 148, column: 12, scope: !596, inlinedAt: !583)
!599 = !DILocation(line: 148, column: 5, scope: !596, inlinedAt: !583)
!600 = !DILocation(line: 202, column: 12, scope: !601)
!601 = distinct !DILexicalBlock(scope: !565, file: !3, line: 202, column: 7)
!602 = !DILocation(line: 202, column: 7, scope: !565)
!603 = !DILocation(line: 203, column: 5, scope: !604)
!604 = distinct !DILexicalBlock(scope: !601, file: !3, line: 202, column: 21)
!605 = !DILocation(line: 204, column: 5, scope: !604)
!606 = !DILocation(line: 206, column: 14, scope: !565)
!607 = !DILocation(line: 206, column: 26, scope: !565)
!608 = !DILocation(line: 206, column: 31, scope: !565)
!609 = !DILocation(line: 207, column: 30, scope: !565)
!610 = !DILocation(line: 208, column: 15, scope: !565)
!611 = !DILocation(line: 209, column: 13, scope: !565)
!612 = !{!591, !250, i64 0}
!613 = !DILocation(line: 210, column: 9, scope: !565)
!614 = !DILocation(line: 210, column: 20, scope: !565)
!615 = !{!591, !250, i64 4}
!616 = !DILocation(line: 211, column: 9, scope: !565)
!617 = !DILocation(line: 211, column: 19, scope: !565)
!618 = !{!591, !250, i64 8}
!619 = !DILocation(line: 212, column: 9, scope: !565)
!620 = !DILocation(line: 212, column: 14, scope: !565)
!621 = !{!591, !250, i64 12}
!622 = !DILocalVariable(name: "buf", scope: !623, file: !3, line: 184, type: !47)
!623 = distinct !DISubprogram(name: "notify_worker", scope: !3, file: !3, line: 182, type: !624, scopeLine: 182, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !626)
!624 = !DISubroutineType(types: !625)
!625 = !{null, !58, !82}
!626 = !{!627, !628, !622}
!627 = !DILocalVariable(name: "t", arg: 1, scope: !623, file: !3, line: 182, type: !58)
!628 = !DILocalVariable(name: "item", arg: 2, scope: !623, file: !3, line: 182, type: !82)
!629 = !DILocation(line: 0, scope: !623, inlinedAt: !630)
!630 = distinct !DILocation(line: 213, column: 3, scope: !565)
!631 = !DILocation(line: 183, column: 14, scope: !623, inlinedAt: !630)
!632 = !{!633, !253, i64 152}
!633 = !{!"", !486, i64 0, !253, i64 8, !254, i64 16, !250, i64 144, !250, i64 148, !253, i64 152}
!634 = !DILocalVariable(name: "cq", arg: 1, scope: !635, file: !3, line: 165, type: !77)
!635 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 165, type: !636, scopeLine: 165, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !638)
!636 = !DISubroutineType(types: !637)
!637 = !{null, !77, !82}
!638 = !{!634, !639}
!639 = !DILocalVariable(name: "item", arg: 2, scope: !635, file: !3, line: 165, type: !82)
!640 = !DILocation(line: 0, scope: !635, inlinedAt: !641)
!641 = distinct !DILocation(line: 183, column: 3, scope: !623, inlinedAt: !630)
!642 = !DILocation(line: 166, column: 9, scope: !635, inlinedAt: !641)
!643 = !DILocation(line: 166, column: 14, scope: !635, inlinedAt: !641)
!644 = !DILocation(line: 167, column: 27, scope: !635, inlinedAt: !641)
!645 = !DILocation(line: 167, column: 3, scope: !635, inlinedAt: !641)
!646 = !DILocation(line: 168, column: 8, scope: !635, inlinedAt: !641)
!647 = !{!648, !253, i64 8}
!648 = !{!"conn_queue", !253, i64 0, !253, i64 8, !251, i64 16}
!649 = !DILocation(line: 168, column: 13, scope: !635, inlinedAt: !641)
!650 = !DILocation(line: 169, column: 12, scope: !635, inlinedAt: !641)
!651 = !DILocation(line: 170, column: 3, scope: !635, inlinedAt: !641)
!652 = !DILocation(line: 184, column: 3, scope: !623, inlinedAt: !630)
!653 = !DILocation(line: 184, column: 8, scope: !623, inlinedAt: !630)
!654 = distinct !DIAssignID()
!655 = !DILocation(line: 185, column: 16, scope: !656, inlinedAt: !630)
!656 = distinct !DILexicalBlock(scope: !623, file: !3, line: 185, column: 7)
!657 = !{!633, !250, i64 148}
!658 = !DILocation(line: 185, column: 7, scope: !656, inlinedAt: !630)
!659 = !DILocation(line: 185, column: 41, scope: !656, inlinedAt: !630)
!660 = !DILocation(line: 185, column: 7, scope: !623, inlinedAt: !630)
!661 = !DILocation(line: 186, column: 5, scope: !656, inlinedAt: !630)
!662 = !DILocation(line: 187, column: 1, scope: !623, inlinedAt: !630)
!663 = !DILocation(line: 214, column: 1, scope: !565)
!664 = !DISubprogram(name: "close", scope: !261, file: !261, line: 358, type: !665, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!665 = !DISubroutineType(types: !666)
!666 = !{!50, !50}
!667 = distinct !DISubprogram(name: "redispatch_conn", scope: !3, file: !3, line: 216, type: !374, scopeLine: 216, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !668)
!668 = !{!669}
!669 = !DILocalVariable(name: "c", arg: 1, scope: !667, file: !3, line: 216, type: !152)
!670 = distinct !DIAssignID()
!671 = !DILocation(line: 0, scope: !667)
!672 = !DILocation(line: 217, column: 23, scope: !667)
!673 = !{!249, !253, i64 16}
!674 = !DILocation(line: 217, column: 34, scope: !667)
!675 = !DILocalVariable(name: "t", arg: 1, scope: !676, file: !3, line: 189, type: !58)
!676 = distinct !DISubprogram(name: "notify_worker_fd", scope: !3, file: !3, line: 189, type: !677, scopeLine: 190, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !679)
!677 = !DISubroutineType(types: !678)
!678 = !{null, !58, !50, !18}
!679 = !{!675, !680, !681, !682}
!680 = !DILocalVariable(name: "sfd", arg: 2, scope: !676, file: !3, line: 189, type: !50)
!681 = !DILocalVariable(name: "mode", arg: 3, scope: !676, file: !3, line: 190, type: !18)
!682 = !DILocalVariable(name: "item", scope: !676, file: !3, line: 191, type: !82)
!683 = !DILocation(line: 0, scope: !676, inlinedAt: !684)
!684 = distinct !DILocation(line: 217, column: 3, scope: !667)
!685 = !DILocation(line: 0, scope: !578, inlinedAt: !686)
!686 = distinct !DILocation(line: 191, column: 19, scope: !676, inlinedAt: !684)
!687 = !DILocation(line: 141, column: 3, scope: !578, inlinedAt: !686)
!688 = !DILocation(line: 142, column: 7, scope: !586, inlinedAt: !686)
!689 = !DILocation(line: 142, column: 7, scope: !578, inlinedAt: !686)
!690 = !DILocation(line: 144, column: 26, scope: !589, inlinedAt: !686)
!691 = !DILocation(line: 144, column: 18, scope: !589, inlinedAt: !686)
!692 = !DILocation(line: 145, column: 3, scope: !589, inlinedAt: !686)
!693 = !DILocation(line: 146, column: 3, scope: !578, inlinedAt: !686)
!694 = !DILocation(line: 147, column: 12, scope: !596, inlinedAt: !686)
!695 = !DILocation(line: 147, column: 7, scope: !578, inlinedAt: !686)
!696 = !DILocation(line: 148, column: 12, scope: !596, inlinedAt: !686)
!697 = !DILocation(line: 148, column: 5, scope: !596, inlinedAt: !686)
!698 = !DILocation(line: 192, column: 12, scope: !699, inlinedAt: !684)
!699 = distinct !DILexicalBlock(scope: !676, file: !3, line: 192, column: 7)
!700 = !DILocation(line: 192, column: 7, scope: !676, inlinedAt: !684)
!701 = !DILocation(line: 194, column: 9, scope: !676, inlinedAt: !684)
!702 = !DILocation(line: 194, column: 14, scope: !676, inlinedAt: !684)
!703 = !DILocation(line: 195, column: 13, scope: !676, inlinedAt: !684)
!704 = !DILocation(line: 0, scope: !623, inlinedAt: !705)
!705 = distinct !DILocation(line: 196, column: 3, scope: !676, inlinedAt: !684)
!706 = !DILocation(line: 183, column: 14, scope: !623, inlinedAt: !705)
!707 = !DILocation(line: 0, scope: !635, inlinedAt: !708)
!708 = distinct !DILocation(line: 183, column: 3, scope: !623, inlinedAt: !705)
!709 = !DILocation(line: 166, column: 9, scope: !635, inlinedAt: !708)
!710 = !DILocation(line: 166, column: 14, scope: !635, inlinedAt: !708)
!711 = !DILocation(line: 167, column: 27, scope: !635, inlinedAt: !708)
!712 = !DILocation(line: 167, column: 3, scope: !635, inlinedAt: !708)
!713 = !DILocation(line: 168, column: 8, scope: !635, inlinedAt: !708)
!714 = !DILocation(line: 168, column: 13, scope: !635, inlinedAt: !708)
!715 = !DILocation(line: 169, column: 12, scope: !635, inlinedAt: !708)
!716 = !DILocation(line: 170, column: 3, scope: !635, inlinedAt: !708)
!717 = !DILocation(line: 184, column: 3, scope: !623, inlinedAt: !705)
!718 = !DILocation(line: 184, column: 8, scope: !623, inlinedAt: !705)
!719 = distinct !DIAssignID()
!720 = !DILocation(line: 185, column: 16, scope: !656, inlinedAt: !705)
!721 = !DILocation(line: 185, column: 7, scope: !656, inlinedAt: !705)
!722 = !DILocation(line: 185, column: 41, scope: !656, inlinedAt: !705)
!723 = !DILocation(line: 185, column: 7, scope: !623, inlinedAt: !705)
!724 = !DILocation(line: 186, column: 5, scope: !656, inlinedAt: !705)
!725 = !DILocation(line: 187, column: 1, scope: !623, inlinedAt: !705)
!726 = !DILocation(line: 197, column: 1, scope: !676, inlinedAt: !684)
!727 = !DILocation(line: 218, column: 1, scope: !667)
!728 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 433, type: !729, scopeLine: 433, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !733)
!729 = !DISubroutineType(types: !730)
!730 = !{!50, !50, !731}
!731 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !732, size: 64)
!732 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64)
!733 = !{!734, !735}
!734 = !DILocalVariable(name: "argc", arg: 1, scope: !728, file: !3, line: 433, type: !50)
!735 = !DILocalVariable(name: "argv", arg: 2, scope: !728, file: !3, line: 433, type: !731)
!736 = distinct !DIAssignID()
!737 = distinct !DIAssignID()
!738 = !DILocation(line: 0, scope: !728)
!739 = !DILocation(line: 434, column: 15, scope: !728)
!740 = !DILocation(line: 434, column: 13, scope: !728)
!741 = !DILocation(line: 435, column: 11, scope: !728)
!742 = !DILocation(line: 435, column: 9, scope: !728)
!743 = !DILocation(line: 436, column: 13, scope: !744)
!744 = distinct !DILexicalBlock(scope: !728, file: !3, line: 436, column: 7)
!745 = !DILocation(line: 436, column: 7, scope: !728)
!746 = !DILocalVariable(name: "fds", scope: !747, file: !3, line: 422, type: !757)
!747 = distinct !DILexicalBlock(scope: !748, file: !3, line: 421, column: 38)
!748 = distinct !DILexicalBlock(scope: !749, file: !3, line: 421, column: 3)
!749 = distinct !DILexicalBlock(scope: !750, file: !3, line: 421, column: 3)
!750 = distinct !DISubprogram(name: "thread_init", scope: !3, file: !3, line: 417, type: !751, scopeLine: 417, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !753)
!751 = !DISubroutineType(types: !752)
!752 = !{null}
!753 = !{!754, !746, !755}
!754 = !DILocalVariable(name: "i", scope: !749, file: !3, line: 421, type: !50)
!755 = !DILocalVariable(name: "i", scope: !756, file: !3, line: 429, type: !50)
!756 = distinct !DILexicalBlock(scope: !750, file: !3, line: 429, column: 3)
!757 = !DICompositeType(tag: DW_TAG_array_type, baseType: !50, size: 64, elements: !758)
!758 = !{!759}
!759 = !DISubrange(count: 2)
!760 = !DILocation(line: 0, scope: !747, inlinedAt: !761)
!761 = distinct !DILocation(line: 438, column: 3, scope: !728)
!762 = !DILocation(line: 418, column: 13, scope: !750, inlinedAt: !761)
!763 = !DILocation(line: 418, column: 11, scope: !750, inlinedAt: !761)
!764 = !DILocation(line: 419, column: 15, scope: !765, inlinedAt: !761)
!765 = distinct !DILexicalBlock(scope: !750, file: !3, line: 419, column: 7)
!766 = !DILocation(line: 419, column: 7, scope: !750, inlinedAt: !761)
!767 = !DILocation(line: 0, scope: !749, inlinedAt: !761)
!768 = !DILocation(line: 421, column: 3, scope: !749, inlinedAt: !761)
!769 = !DILocation(line: 420, column: 5, scope: !765, inlinedAt: !761)
!770 = !DILocation(line: 422, column: 5, scope: !747, inlinedAt: !761)
!771 = !DILocation(line: 423, column: 9, scope: !772, inlinedAt: !761)
!772 = distinct !DILexicalBlock(scope: !747, file: !3, line: 423, column: 9)
!773 = !DILocation(line: 423, column: 9, scope: !747, inlinedAt: !761)
!774 = !DILocation(line: 424, column: 7, scope: !772, inlinedAt: !761)
!775 = !DILocation(line: 425, column: 36, scope: !747, inlinedAt: !761)
!776 = !DILocation(line: 425, column: 5, scope: !747, inlinedAt: !761)
!777 = !DILocation(line: 425, column: 16, scope: !747, inlinedAt: !761)
!778 = !DILocation(line: 425, column: 34, scope: !747, inlinedAt: !761)
!779 = !{!633, !250, i64 144}
!780 = !DILocation(line: 426, column: 33, scope: !747, inlinedAt: !761)
!781 = !DILocation(line: 426, column: 16, scope: !747, inlinedAt: !761)
!782 = !DILocation(line: 426, column: 31, scope: !747, inlinedAt: !761)
!783 = !DILocation(line: 427, column: 19, scope: !747, inlinedAt: !761)
!784 = !DILocalVariable(name: "me", arg: 1, scope: !785, file: !3, line: 405, type: !58)
!785 = distinct !DISubprogram(name: "setup_thread", scope: !3, file: !3, line: 405, type: !786, scopeLine: 405, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !788)
!786 = !DISubroutineType(types: !787)
!787 = !{null, !58}
!788 = !{!784}
!789 = !DILocation(line: 0, scope: !785, inlinedAt: !790)
!790 = distinct !DILocation(line: 427, column: 5, scope: !747, inlinedAt: !761)
!791 = !DILocation(line: 406, column: 14, scope: !785, inlinedAt: !790)
!792 = !DILocation(line: 406, column: 7, scope: !785, inlinedAt: !790)
!793 = !DILocation(line: 406, column: 12, scope: !785, inlinedAt: !790)
!794 = !{!633, !253, i64 8}
!795 = !DILocation(line: 407, column: 18, scope: !785, inlinedAt: !790)
!796 = !DILocation(line: 407, column: 36, scope: !785, inlinedAt: !790)
!797 = !DILocation(line: 407, column: 3, scope: !785, inlinedAt: !790)
!798 = !DILocation(line: 409, column: 22, scope: !785, inlinedAt: !790)
!799 = !DILocation(line: 409, column: 3, scope: !785, inlinedAt: !790)
!800 = !DILocation(line: 410, column: 3, scope: !785, inlinedAt: !790)
!801 = !DILocation(line: 411, column: 18, scope: !785, inlinedAt: !790)
!802 = !DILocation(line: 411, column: 7, scope: !785, inlinedAt: !790)
!803 = !DILocation(line: 411, column: 16, scope: !785, inlinedAt: !790)
!804 = !DILocation(line: 412, column: 20, scope: !805, inlinedAt: !790)
!805 = distinct !DILexicalBlock(scope: !785, file: !3, line: 412, column: 7)
!806 = !DILocation(line: 412, column: 7, scope: !785, inlinedAt: !790)
!807 = !DILocation(line: 413, column: 5, scope: !805, inlinedAt: !790)
!808 = !DILocalVariable(name: "cq", arg: 1, scope: !809, file: !3, line: 159, type: !77)
!809 = distinct !DISubprogram(name: "cq_init", scope: !3, file: !3, line: 159, type: !810, scopeLine: 159, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !812)
!810 = !DISubroutineType(types: !811)
!811 = !{null, !77}
!812 = !{!808}
!813 = !DILocation(line: 0, scope: !809, inlinedAt: !814)
!814 = distinct !DILocation(line: 414, column: 3, scope: !785, inlinedAt: !790)
!815 = !DILocation(line: 160, column: 27, scope: !809, inlinedAt: !814)
!816 = !DILocation(line: 160, column: 3, scope: !809, inlinedAt: !814)
!817 = !DILocation(line: 161, column: 12, scope: !809, inlinedAt: !814)
!818 = !{!648, !253, i64 0}
!819 = !DILocation(line: 162, column: 7, scope: !809, inlinedAt: !814)
!820 = !DILocation(line: 162, column: 12, scope: !809, inlinedAt: !814)
!821 = !DILocation(line: 428, column: 3, scope: !748, inlinedAt: !761)
!822 = !DILocation(line: 421, column: 34, scope: !748, inlinedAt: !761)
!823 = !DILocation(line: 421, column: 21, scope: !748, inlinedAt: !761)
!824 = distinct !{!824, !768, !825, !547, !548}
!825 = !DILocation(line: 428, column: 3, scope: !749, inlinedAt: !761)
!826 = !DILocation(line: 0, scope: !756, inlinedAt: !761)
!827 = !DILocation(line: 430, column: 21, scope: !828, inlinedAt: !761)
!828 = distinct !DILexicalBlock(scope: !756, file: !3, line: 429, column: 3)
!829 = !DILocation(line: 430, column: 5, scope: !828, inlinedAt: !761)
!830 = !DILocation(line: 429, column: 34, scope: !828, inlinedAt: !761)
!831 = !DILocation(line: 429, column: 21, scope: !828, inlinedAt: !761)
!832 = !DILocation(line: 429, column: 3, scope: !756, inlinedAt: !761)
!833 = distinct !{!833, !832, !834, !547, !548}
!834 = !DILocation(line: 430, column: 77, scope: !756, inlinedAt: !761)
!835 = !DILocation(line: 439, column: 12, scope: !836)
!836 = distinct !DILexicalBlock(scope: !728, file: !3, line: 439, column: 7)
!837 = !DILocation(line: 439, column: 16, scope: !836)
!838 = !DILocation(line: 439, column: 38, scope: !836)
!839 = !DILocalVariable(name: "addr", scope: !840, file: !3, line: 387, type: !848)
!840 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 383, type: !841, scopeLine: 383, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !845)
!841 = !DISubroutineType(types: !842)
!842 = !{!50, !843}
!843 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !844, size: 64)
!844 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !47)
!845 = !{!846, !847, !839}
!846 = !DILocalVariable(name: "path", arg: 1, scope: !840, file: !3, line: 383, type: !843)
!847 = !DILocalVariable(name: "sfd", scope: !840, file: !3, line: 384, type: !50)
!848 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !849, line: 29, size: 880, elements: !850)
!849 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!850 = !{!851, !852}
!851 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !848, file: !849, line: 31, baseType: !42, size: 16)
!852 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !848, file: !849, line: 32, baseType: !853, size: 864, offset: 16)
!853 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 864, elements: !854)
!854 = !{!855}
!855 = !DISubrange(count: 108)
!856 = !DILocation(line: 0, scope: !840, inlinedAt: !857)
!857 = distinct !DILocation(line: 439, column: 19, scope: !836)
!858 = !DILocation(line: 384, column: 13, scope: !840, inlinedAt: !857)
!859 = !DILocation(line: 385, column: 11, scope: !860, inlinedAt: !857)
!860 = distinct !DILexicalBlock(scope: !840, file: !3, line: 385, column: 7)
!861 = !DILocation(line: 385, column: 7, scope: !840, inlinedAt: !857)
!862 = !DILocation(line: 387, column: 3, scope: !840, inlinedAt: !857)
!863 = !DILocation(line: 388, column: 3, scope: !840, inlinedAt: !857)
!864 = distinct !DIAssignID()
!865 = !DILocation(line: 389, column: 19, scope: !840, inlinedAt: !857)
!866 = !{!867, !256, i64 0}
!867 = !{!"sockaddr_un", !256, i64 0, !251, i64 2}
!868 = distinct !DIAssignID()
!869 = !DILocation(line: 390, column: 16, scope: !840, inlinedAt: !857)
!870 = !DILocation(line: 390, column: 3, scope: !840, inlinedAt: !857)
!871 = !DILocation(line: 391, column: 7, scope: !872, inlinedAt: !857)
!872 = distinct !DILexicalBlock(scope: !840, file: !3, line: 391, column: 7)
!873 = !DILocation(line: 391, column: 57, scope: !872, inlinedAt: !857)
!874 = !DILocation(line: 391, column: 63, scope: !872, inlinedAt: !857)
!875 = !DILocation(line: 392, column: 7, scope: !872, inlinedAt: !857)
!876 = !DILocation(line: 392, column: 25, scope: !872, inlinedAt: !857)
!877 = !DILocation(line: 391, column: 7, scope: !840, inlinedAt: !857)
!878 = !DILocation(line: 393, column: 5, scope: !879, inlinedAt: !857)
!879 = distinct !DILexicalBlock(scope: !872, file: !3, line: 392, column: 32)
!880 = !DILocation(line: 394, column: 5, scope: !879, inlinedAt: !857)
!881 = !DILocation(line: 396, column: 57, scope: !840, inlinedAt: !857)
!882 = !DILocation(line: 0, scope: !293, inlinedAt: !883)
!883 = distinct !DILocation(line: 396, column: 10, scope: !840, inlinedAt: !857)
!884 = !DILocation(line: 115, column: 15, scope: !304, inlinedAt: !883)
!885 = !DILocation(line: 117, column: 13, scope: !293, inlinedAt: !883)
!886 = !DILocation(line: 118, column: 9, scope: !308, inlinedAt: !883)
!887 = !DILocation(line: 118, column: 7, scope: !293, inlinedAt: !883)
!888 = !DILocation(line: 119, column: 9, scope: !311, inlinedAt: !883)
!889 = !DILocation(line: 120, column: 11, scope: !313, inlinedAt: !883)
!890 = !DILocation(line: 120, column: 9, scope: !311, inlinedAt: !883)
!891 = !DILocation(line: 122, column: 12, scope: !311, inlinedAt: !883)
!892 = !DILocation(line: 123, column: 16, scope: !311, inlinedAt: !883)
!893 = !DILocation(line: 124, column: 3, scope: !311, inlinedAt: !883)
!894 = !DILocation(line: 125, column: 6, scope: !293, inlinedAt: !883)
!895 = !DILocation(line: 125, column: 16, scope: !293, inlinedAt: !883)
!896 = !DILocation(line: 126, column: 6, scope: !293, inlinedAt: !883)
!897 = !DILocation(line: 126, column: 12, scope: !293, inlinedAt: !883)
!898 = !DILocation(line: 127, column: 6, scope: !293, inlinedAt: !883)
!899 = !DILocation(line: 127, column: 13, scope: !293, inlinedAt: !883)
!900 = !DILocation(line: 128, column: 6, scope: !293, inlinedAt: !883)
!901 = !DILocation(line: 128, column: 11, scope: !293, inlinedAt: !883)
!902 = !DILocation(line: 129, column: 6, scope: !293, inlinedAt: !883)
!903 = !DILocation(line: 129, column: 14, scope: !293, inlinedAt: !883)
!904 = !DILocation(line: 130, column: 6, scope: !293, inlinedAt: !883)
!905 = !DILocation(line: 130, column: 12, scope: !293, inlinedAt: !883)
!906 = !DILocation(line: 131, column: 17, scope: !293, inlinedAt: !883)
!907 = !DILocation(line: 131, column: 3, scope: !293, inlinedAt: !883)
!908 = !DILocation(line: 132, column: 3, scope: !293, inlinedAt: !883)
!909 = !DILocation(line: 133, column: 7, scope: !340, inlinedAt: !883)
!910 = !DILocation(line: 133, column: 31, scope: !340, inlinedAt: !883)
!911 = !DILocation(line: 397, column: 1, scope: !840, inlinedAt: !857)
!912 = !DILocation(line: 439, column: 7, scope: !728)
!913 = !DILocation(line: 441, column: 7, scope: !914)
!914 = distinct !DILexicalBlock(scope: !728, file: !3, line: 441, column: 7)
!915 = !DILocation(line: 441, column: 43, scope: !914)
!916 = !DILocation(line: 442, column: 7, scope: !914)
!917 = !DILocation(line: 441, column: 7, scope: !728)
!918 = !DILocation(line: 444, column: 26, scope: !728)
!919 = !DILocation(line: 444, column: 10, scope: !728)
!920 = !DILocation(line: 444, column: 3, scope: !728)
!921 = !DILocation(line: 445, column: 1, scope: !728)
!922 = !DISubprogram(name: "event_init", scope: !3, file: !3, line: 30, type: !923, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!923 = !DISubroutineType(types: !924)
!924 = !{!54}
!925 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 347, type: !926, scopeLine: 347, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !928)
!926 = !DISubroutineType(cc: DW_CC_nocall, types: !927)
!927 = !{!50, !50, !13}
!928 = !{!929, !930, !931, !944, !946, !947, !949, !952}
!929 = !DILocalVariable(name: "port", arg: 1, scope: !925, file: !3, line: 347, type: !50)
!930 = !DILocalVariable(name: "transport", arg: 2, scope: !925, file: !3, line: 347, type: !13)
!931 = !DILocalVariable(name: "hints", scope: !925, file: !3, line: 348, type: !932)
!932 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !933, line: 565, size: 384, elements: !934)
!933 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!934 = !{!935, !936, !937, !938, !939, !940, !941, !942}
!935 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !932, file: !933, line: 567, baseType: !50, size: 32)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !932, file: !933, line: 568, baseType: !50, size: 32, offset: 32)
!937 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !932, file: !933, line: 569, baseType: !50, size: 32, offset: 64)
!938 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !932, file: !933, line: 570, baseType: !50, size: 32, offset: 96)
!939 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !932, file: !933, line: 571, baseType: !201, size: 32, offset: 128)
!940 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !932, file: !933, line: 572, baseType: !37, size: 64, offset: 192)
!941 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !932, file: !933, line: 573, baseType: !732, size: 64, offset: 256)
!942 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !932, file: !933, line: 574, baseType: !943, size: 64, offset: 320)
!943 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !932, size: 64)
!944 = !DILocalVariable(name: "port_buf", scope: !925, file: !3, line: 353, type: !945)
!945 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 128, elements: !191)
!946 = !DILocalVariable(name: "ai", scope: !925, file: !3, line: 355, type: !943)
!947 = !DILocalVariable(name: "next", scope: !948, file: !3, line: 358, type: !943)
!948 = distinct !DILexicalBlock(scope: !925, file: !3, line: 358, column: 3)
!949 = !DILocalVariable(name: "sfd", scope: !950, file: !3, line: 359, type: !50)
!950 = distinct !DILexicalBlock(scope: !951, file: !3, line: 358, column: 64)
!951 = distinct !DILexicalBlock(scope: !948, file: !3, line: 358, column: 3)
!952 = !DILocalVariable(name: "t", scope: !953, file: !3, line: 372, type: !50)
!953 = distinct !DILexicalBlock(scope: !954, file: !3, line: 372, column: 7)
!954 = distinct !DILexicalBlock(scope: !955, file: !3, line: 370, column: 28)
!955 = distinct !DILexicalBlock(scope: !950, file: !3, line: 370, column: 9)
!956 = distinct !DIAssignID()
!957 = !DILocation(line: 0, scope: !925)
!958 = distinct !DIAssignID()
!959 = distinct !DIAssignID()
!960 = !DILocation(line: 348, column: 3, scope: !925)
!961 = !DILocation(line: 349, column: 3, scope: !925)
!962 = distinct !DIAssignID()
!963 = !DILocation(line: 350, column: 18, scope: !925)
!964 = !{!965, !250, i64 0}
!965 = !{!"addrinfo", !250, i64 0, !250, i64 4, !250, i64 8, !250, i64 12, !250, i64 16, !253, i64 24, !253, i64 32, !253, i64 40}
!966 = distinct !DIAssignID()
!967 = !DILocation(line: 351, column: 9, scope: !925)
!968 = !DILocation(line: 351, column: 19, scope: !925)
!969 = !{!965, !250, i64 4}
!970 = distinct !DIAssignID()
!971 = !DILocation(line: 352, column: 23, scope: !925)
!972 = !DILocation(line: 352, column: 9, scope: !925)
!973 = !DILocation(line: 352, column: 21, scope: !925)
!974 = !{!965, !250, i64 8}
!975 = distinct !DIAssignID()
!976 = !DILocation(line: 353, column: 3, scope: !925)
!977 = !DILocation(line: 354, column: 3, scope: !925)
!978 = !DILocation(line: 355, column: 3, scope: !925)
!979 = !DILocation(line: 356, column: 7, scope: !980)
!980 = distinct !DILexicalBlock(scope: !925, file: !3, line: 356, column: 7)
!981 = !DILocation(line: 356, column: 48, scope: !980)
!982 = !DILocation(line: 356, column: 7, scope: !925)
!983 = !DILocation(line: 358, scope: !948)
!984 = !DILocation(line: 358, column: 3, scope: !948)
!985 = !DILocation(line: 359, column: 28, scope: !950)
!986 = !DILocation(line: 359, column: 45, scope: !950)
!987 = !DILocation(line: 359, column: 64, scope: !950)
!988 = !{!965, !250, i64 12}
!989 = !DILocation(line: 359, column: 15, scope: !950)
!990 = !DILocation(line: 0, scope: !950)
!991 = !DILocation(line: 360, column: 13, scope: !992)
!992 = distinct !DILexicalBlock(scope: !950, file: !3, line: 360, column: 9)
!993 = !DILocation(line: 360, column: 9, scope: !950)
!994 = !DILocation(line: 362, column: 25, scope: !995)
!995 = distinct !DILexicalBlock(scope: !950, file: !3, line: 362, column: 9)
!996 = !{!965, !253, i64 24}
!997 = !DILocation(line: 362, column: 40, scope: !995)
!998 = !{!965, !250, i64 16}
!999 = !DILocation(line: 362, column: 9, scope: !995)
!1000 = !DILocation(line: 362, column: 52, scope: !995)
!1001 = !DILocation(line: 362, column: 9, scope: !950)
!1002 = !DILocation(line: 363, column: 7, scope: !1003)
!1003 = distinct !DILexicalBlock(scope: !995, file: !3, line: 362, column: 59)
!1004 = !DILocation(line: 364, column: 7, scope: !1003)
!1005 = !DILocation(line: 366, column: 28, scope: !1006)
!1006 = distinct !DILexicalBlock(scope: !950, file: !3, line: 366, column: 9)
!1007 = !DILocation(line: 366, column: 31, scope: !1006)
!1008 = !DILocation(line: 366, column: 49, scope: !1006)
!1009 = !DILocation(line: 366, column: 9, scope: !950)
!1010 = !DILocation(line: 367, column: 7, scope: !1011)
!1011 = distinct !DILexicalBlock(scope: !1006, file: !3, line: 366, column: 56)
!1012 = !DILocation(line: 368, column: 7, scope: !1011)
!1013 = !DILocation(line: 0, scope: !953)
!1014 = !DILocation(line: 373, column: 9, scope: !1015)
!1015 = distinct !DILexicalBlock(scope: !953, file: !3, line: 372, column: 7)
!1016 = !DILocation(line: 372, column: 38, scope: !1015)
!1017 = !DILocation(line: 372, column: 25, scope: !1015)
!1018 = !DILocation(line: 372, column: 7, scope: !953)
!1019 = distinct !{!1019, !1018, !1020, !547, !548}
!1020 = !DILocation(line: 373, column: 52, scope: !953)
!1021 = !DILocation(line: 374, column: 57, scope: !1022)
!1022 = distinct !DILexicalBlock(scope: !955, file: !3, line: 374, column: 16)
!1023 = !DILocation(line: 0, scope: !293, inlinedAt: !1024)
!1024 = distinct !DILocation(line: 374, column: 16, scope: !1022)
!1025 = !DILocation(line: 115, column: 15, scope: !304, inlinedAt: !1024)
!1026 = !DILocation(line: 117, column: 13, scope: !293, inlinedAt: !1024)
!1027 = !DILocation(line: 118, column: 9, scope: !308, inlinedAt: !1024)
!1028 = !DILocation(line: 118, column: 7, scope: !293, inlinedAt: !1024)
!1029 = !DILocation(line: 119, column: 9, scope: !311, inlinedAt: !1024)
!1030 = !DILocation(line: 120, column: 11, scope: !313, inlinedAt: !1024)
!1031 = !DILocation(line: 120, column: 9, scope: !311, inlinedAt: !1024)
!1032 = !DILocation(line: 122, column: 12, scope: !311, inlinedAt: !1024)
!1033 = !DILocation(line: 123, column: 16, scope: !311, inlinedAt: !1024)
!1034 = !DILocation(line: 124, column: 3, scope: !311, inlinedAt: !1024)
!1035 = !DILocation(line: 125, column: 6, scope: !293, inlinedAt: !1024)
!1036 = !DILocation(line: 125, column: 16, scope: !293, inlinedAt: !1024)
!1037 = !DILocation(line: 126, column: 6, scope: !293, inlinedAt: !1024)
!1038 = !DILocation(line: 126, column: 12, scope: !293, inlinedAt: !1024)
!1039 = !DILocation(line: 127, column: 6, scope: !293, inlinedAt: !1024)
!1040 = !DILocation(line: 127, column: 13, scope: !293, inlinedAt: !1024)
!1041 = !DILocation(line: 128, column: 6, scope: !293, inlinedAt: !1024)
!1042 = !DILocation(line: 128, column: 11, scope: !293, inlinedAt: !1024)
!1043 = !DILocation(line: 129, column: 6, scope: !293, inlinedAt: !1024)
!1044 = !DILocation(line: 129, column: 14, scope: !293, inlinedAt: !1024)
!1045 = !DILocation(line: 130, column: 6, scope: !293, inlinedAt: !1024)
!1046 = !DILocation(line: 130, column: 12, scope: !293, inlinedAt: !1024)
!1047 = !DILocation(line: 131, column: 17, scope: !293, inlinedAt: !1024)
!1048 = !DILocation(line: 131, column: 3, scope: !293, inlinedAt: !1024)
!1049 = !DILocation(line: 132, column: 3, scope: !293, inlinedAt: !1024)
!1050 = !DILocation(line: 133, column: 7, scope: !340, inlinedAt: !1024)
!1051 = !DILocation(line: 133, column: 31, scope: !340, inlinedAt: !1024)
!1052 = !DILocation(line: 374, column: 16, scope: !955)
!1053 = !DILocation(line: 375, column: 20, scope: !1054)
!1054 = distinct !DILexicalBlock(scope: !1022, file: !3, line: 374, column: 77)
!1055 = !DILocation(line: 375, column: 7, scope: !1054)
!1056 = !DILocation(line: 376, column: 7, scope: !1054)
!1057 = !DILocation(line: 358, column: 55, scope: !951)
!1058 = !DILocation(line: 0, scope: !948)
!1059 = distinct !{!1059, !984, !1060, !547, !548}
!1060 = !DILocation(line: 378, column: 3, scope: !948)
!1061 = !DILocation(line: 379, column: 16, scope: !925)
!1062 = !DILocation(line: 379, column: 3, scope: !925)
!1063 = !DILocation(line: 380, column: 3, scope: !925)
!1064 = !DILocation(line: 381, column: 1, scope: !925)
!1065 = !DISubprogram(name: "event_base_loop", scope: !3, file: !3, line: 35, type: !1066, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1066 = !DISubroutineType(types: !1067)
!1067 = !{!50, !54, !50}
!1068 = !DISubprogram(name: "pthread_mutex_lock", scope: !1069, file: !1069, line: 794, type: !1070, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1069 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!1070 = !DISubroutineType(types: !1071)
!1071 = !{!50, !1072}
!1072 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!1073 = !DISubprogram(name: "pthread_mutex_unlock", scope: !1069, file: !1069, line: 835, type: !1070, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1074 = !DISubprogram(name: "malloc", scope: !344, file: !344, line: 553, type: !1075, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1075 = !DISubroutineType(types: !1076)
!1076 = !{!36, !210}
!1077 = !DISubprogram(name: "perror", scope: !1078, file: !1078, line: 804, type: !1079, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1078 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!1079 = !DISubroutineType(types: !1080)
!1080 = !{null, !843}
!1081 = !DISubprogram(name: "accept", scope: !274, file: !274, line: 306, type: !1082, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1082 = !DISubroutineType(types: !1083)
!1083 = !{!50, !50, !1084, !1085}
!1084 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !37)
!1085 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1086)
!1086 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !201, size: 64)
!1087 = !DISubprogram(name: "recvfrom", scope: !274, file: !274, line: 163, type: !1088, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1088 = !DISubroutineType(types: !1089)
!1089 = !{!207, !50, !1090, !210, !50, !1084, !1085}
!1090 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !36)
!1091 = !DISubprogram(name: "exit", scope: !344, file: !344, line: 637, type: !1092, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!1092 = !DISubroutineType(types: !1093)
!1093 = !{null, !50}
!1094 = !DISubprogram(name: "pipe", scope: !261, file: !261, line: 437, type: !1095, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1095 = !DISubroutineType(types: !1096)
!1096 = !{!50, !1097}
!1097 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!1098 = !DISubprogram(name: "pthread_create", scope: !1069, file: !1069, line: 202, type: !1099, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1099 = !DISubroutineType(types: !1100)
!1100 = !{!50, !1101, !1103, !1114, !1090}
!1101 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1102)
!1102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!1103 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1104)
!1104 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1105, size: 64)
!1105 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1106)
!1106 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_attr_t", file: !64, line: 62, baseType: !1107)
!1107 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "pthread_attr_t", file: !64, line: 56, size: 448, elements: !1108)
!1108 = !{!1109, !1113}
!1109 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !1107, file: !64, line: 58, baseType: !1110, size: 448)
!1110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 448, elements: !1111)
!1111 = !{!1112}
!1112 = !DISubrange(count: 56)
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !1107, file: !64, line: 59, baseType: !122, size: 64)
!1114 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1115, size: 64)
!1115 = !DISubroutineType(types: !1116)
!1116 = !{!36, !36}
!1117 = distinct !DISubprogram(name: "worker_libevent", scope: !3, file: !3, line: 399, type: !1115, scopeLine: 399, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1118)
!1118 = !{!1119, !1120}
!1119 = !DILocalVariable(name: "arg", arg: 1, scope: !1117, file: !3, line: 399, type: !36)
!1120 = !DILocalVariable(name: "me", scope: !1117, file: !3, line: 400, type: !58)
!1121 = !DILocation(line: 0, scope: !1117)
!1122 = !DILocation(line: 401, column: 23, scope: !1117)
!1123 = !DILocation(line: 401, column: 3, scope: !1117)
!1124 = !DILocation(line: 402, column: 3, scope: !1117)
!1125 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 225, type: !352, scopeLine: 225, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1126)
!1126 = !{!1127, !1128, !1129, !1130, !1131, !1132, !1133}
!1127 = !DILocalVariable(name: "fd", arg: 1, scope: !1125, file: !3, line: 225, type: !50)
!1128 = !DILocalVariable(name: "which", arg: 2, scope: !1125, file: !3, line: 225, type: !107)
!1129 = !DILocalVariable(name: "arg", arg: 3, scope: !1125, file: !3, line: 225, type: !36)
!1130 = !DILocalVariable(name: "me", scope: !1125, file: !3, line: 226, type: !58)
!1131 = !DILocalVariable(name: "buf", scope: !1125, file: !3, line: 227, type: !47)
!1132 = !DILocalVariable(name: "item", scope: !1125, file: !3, line: 231, type: !82)
!1133 = !DILocalVariable(name: "c", scope: !1134, file: !3, line: 236, type: !152)
!1134 = distinct !DILexicalBlock(scope: !1135, file: !3, line: 235, column: 24)
!1135 = distinct !DILexicalBlock(scope: !1125, file: !3, line: 234, column: 23)
!1136 = distinct !DIAssignID()
!1137 = !DILocation(line: 0, scope: !1125)
!1138 = !DILocation(line: 227, column: 3, scope: !1125)
!1139 = !DILocation(line: 229, column: 7, scope: !1140)
!1140 = distinct !DILexicalBlock(scope: !1125, file: !3, line: 229, column: 7)
!1141 = !DILocation(line: 229, column: 25, scope: !1140)
!1142 = !DILocation(line: 229, column: 7, scope: !1125)
!1143 = !DILocation(line: 231, column: 30, scope: !1125)
!1144 = !DILocalVariable(name: "cq", arg: 1, scope: !1145, file: !3, line: 173, type: !77)
!1145 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 173, type: !1146, scopeLine: 173, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1148)
!1146 = !DISubroutineType(types: !1147)
!1147 = !{!82, !77}
!1148 = !{!1144, !1149}
!1149 = !DILocalVariable(name: "item", scope: !1145, file: !3, line: 175, type: !82)
!1150 = !DILocation(line: 0, scope: !1145, inlinedAt: !1151)
!1151 = distinct !DILocation(line: 231, column: 19, scope: !1125)
!1152 = !DILocation(line: 174, column: 27, scope: !1145, inlinedAt: !1151)
!1153 = !DILocation(line: 174, column: 3, scope: !1145, inlinedAt: !1151)
!1154 = !DILocation(line: 175, column: 23, scope: !1145, inlinedAt: !1151)
!1155 = !DILocation(line: 176, column: 12, scope: !1156, inlinedAt: !1151)
!1156 = distinct !DILexicalBlock(scope: !1145, file: !3, line: 176, column: 7)
!1157 = !DILocation(line: 176, column: 20, scope: !1156, inlinedAt: !1151)
!1158 = !DILocation(line: 176, column: 41, scope: !1156, inlinedAt: !1151)
!1159 = !DILocation(line: 176, column: 33, scope: !1156, inlinedAt: !1151)
!1160 = !DILocation(line: 176, column: 47, scope: !1156, inlinedAt: !1151)
!1161 = !DILocation(line: 176, column: 7, scope: !1145, inlinedAt: !1151)
!1162 = !DILocation(line: 177, column: 9, scope: !1156, inlinedAt: !1151)
!1163 = !DILocation(line: 177, column: 14, scope: !1156, inlinedAt: !1151)
!1164 = !DILocation(line: 177, column: 5, scope: !1156, inlinedAt: !1151)
!1165 = !DILocation(line: 178, column: 3, scope: !1145, inlinedAt: !1151)
!1166 = !DILocation(line: 232, column: 7, scope: !1125)
!1167 = !DILocation(line: 234, column: 17, scope: !1125)
!1168 = !DILocation(line: 234, column: 3, scope: !1125)
!1169 = !DILocation(line: 236, column: 30, scope: !1134)
!1170 = !DILocation(line: 236, column: 41, scope: !1134)
!1171 = !DILocation(line: 236, column: 59, scope: !1134)
!1172 = !DILocation(line: 236, column: 74, scope: !1134)
!1173 = !DILocation(line: 0, scope: !293, inlinedAt: !1174)
!1174 = distinct !DILocation(line: 236, column: 15, scope: !1134)
!1175 = !DILocation(line: 115, column: 15, scope: !304, inlinedAt: !1174)
!1176 = !DILocation(line: 117, column: 13, scope: !293, inlinedAt: !1174)
!1177 = !DILocation(line: 118, column: 9, scope: !308, inlinedAt: !1174)
!1178 = !DILocation(line: 118, column: 7, scope: !293, inlinedAt: !1174)
!1179 = !DILocation(line: 119, column: 9, scope: !311, inlinedAt: !1174)
!1180 = !DILocation(line: 120, column: 11, scope: !313, inlinedAt: !1174)
!1181 = !DILocation(line: 120, column: 9, scope: !311, inlinedAt: !1174)
!1182 = !DILocation(line: 122, column: 12, scope: !311, inlinedAt: !1174)
!1183 = !DILocation(line: 123, column: 16, scope: !311, inlinedAt: !1174)
!1184 = !DILocation(line: 124, column: 3, scope: !311, inlinedAt: !1174)
!1185 = !DILocation(line: 125, column: 6, scope: !293, inlinedAt: !1174)
!1186 = !DILocation(line: 125, column: 16, scope: !293, inlinedAt: !1174)
!1187 = !DILocation(line: 126, column: 6, scope: !293, inlinedAt: !1174)
!1188 = !DILocation(line: 126, column: 12, scope: !293, inlinedAt: !1174)
!1189 = !DILocation(line: 127, column: 6, scope: !293, inlinedAt: !1174)
!1190 = !DILocation(line: 127, column: 13, scope: !293, inlinedAt: !1174)
!1191 = !DILocation(line: 128, column: 6, scope: !293, inlinedAt: !1174)
!1192 = !DILocation(line: 128, column: 11, scope: !293, inlinedAt: !1174)
!1193 = !DILocation(line: 129, column: 6, scope: !293, inlinedAt: !1174)
!1194 = !DILocation(line: 129, column: 14, scope: !293, inlinedAt: !1174)
!1195 = !DILocation(line: 130, column: 6, scope: !293, inlinedAt: !1174)
!1196 = !DILocation(line: 130, column: 12, scope: !293, inlinedAt: !1174)
!1197 = !DILocation(line: 131, column: 17, scope: !293, inlinedAt: !1174)
!1198 = !DILocation(line: 131, column: 3, scope: !293, inlinedAt: !1174)
!1199 = !DILocation(line: 132, column: 3, scope: !293, inlinedAt: !1174)
!1200 = !DILocation(line: 133, column: 7, scope: !340, inlinedAt: !1174)
!1201 = !DILocation(line: 133, column: 31, scope: !340, inlinedAt: !1174)
!1202 = !DILocation(line: 0, scope: !1134)
!1203 = !DILocation(line: 237, column: 11, scope: !1204)
!1204 = distinct !DILexicalBlock(scope: !1134, file: !3, line: 237, column: 9)
!1205 = !DILocation(line: 237, column: 9, scope: !1134)
!1206 = !DILocation(line: 238, column: 19, scope: !1204)
!1207 = !DILocation(line: 238, column: 7, scope: !1204)
!1208 = !DILocation(line: 240, column: 10, scope: !1204)
!1209 = !DILocation(line: 240, column: 17, scope: !1204)
!1210 = !DILocation(line: 244, column: 16, scope: !1135)
!1211 = !DILocation(line: 244, column: 28, scope: !1135)
!1212 = !DILocation(line: 0, scope: !536, inlinedAt: !1213)
!1213 = distinct !DILocation(line: 244, column: 5, scope: !1135)
!1214 = !DILocation(line: 221, column: 17, scope: !536, inlinedAt: !1213)
!1215 = !DILocation(line: 221, column: 3, scope: !536, inlinedAt: !1213)
!1216 = !DILocation(line: 222, column: 12, scope: !536, inlinedAt: !1213)
!1217 = !DILocation(line: 222, column: 3, scope: !536, inlinedAt: !1213)
!1218 = !DILocation(line: 245, column: 5, scope: !1135)
!1219 = !DILocation(line: 247, column: 16, scope: !1135)
!1220 = !DILocation(line: 247, column: 28, scope: !1135)
!1221 = !DILocation(line: 247, column: 34, scope: !1135)
!1222 = !DILocation(line: 247, column: 5, scope: !1135)
!1223 = !DILocation(line: 248, column: 5, scope: !1135)
!1224 = !DILocalVariable(name: "item", arg: 1, scope: !1225, file: !3, line: 152, type: !82)
!1225 = distinct !DISubprogram(name: "cqi_free", scope: !3, file: !3, line: 152, type: !1226, scopeLine: 152, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !1228)
!1226 = !DISubroutineType(types: !1227)
!1227 = !{null, !82}
!1228 = !{!1224}
!1229 = !DILocation(line: 0, scope: !1225, inlinedAt: !1230)
!1230 = distinct !DILocation(line: 250, column: 3, scope: !1125)
!1231 = !DILocation(line: 153, column: 3, scope: !1225, inlinedAt: !1230)
!1232 = !DILocation(line: 154, column: 16, scope: !1225, inlinedAt: !1230)
!1233 = !DILocation(line: 154, column: 9, scope: !1225, inlinedAt: !1230)
!1234 = !DILocation(line: 154, column: 14, scope: !1225, inlinedAt: !1230)
!1235 = !DILocation(line: 155, column: 16, scope: !1225, inlinedAt: !1230)
!1236 = !DILocation(line: 251, column: 1, scope: !1125)
!1237 = !DISubprogram(name: "pthread_mutex_init", scope: !1069, file: !1069, line: 781, type: !1238, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1238 = !DISubroutineType(types: !1239)
!1239 = !{!50, !1072, !1240}
!1240 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1241, size: 64)
!1241 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !1242)
!1242 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutexattr_t", file: !64, line: 36, baseType: !1243)
!1243 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !64, line: 32, size: 32, elements: !1244)
!1244 = !{!1245, !1247}
!1245 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !1243, file: !64, line: 34, baseType: !1246, size: 32)
!1246 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 32, elements: !197)
!1247 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !1243, file: !64, line: 35, baseType: !50, size: 32)
!1248 = !DISubprogram(name: "socket", scope: !274, file: !274, line: 102, type: !1249, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1249 = !DISubroutineType(types: !1250)
!1250 = !{!50, !50, !50, !50}
!1251 = !DISubprogram(name: "strncpy", scope: !1252, file: !1252, line: 144, type: !1253, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1252 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1253 = !DISubroutineType(types: !1254)
!1254 = !{!732, !1255, !1256, !210}
!1255 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !732)
!1256 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !843)
!1257 = !DISubprogram(name: "bind", scope: !274, file: !274, line: 112, type: !1258, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1258 = !DISubroutineType(types: !1259)
!1259 = !{!50, !50, !1260, !201}
!1260 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1261, size: 64)
!1261 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !38)
!1262 = !DISubprogram(name: "listen", scope: !274, file: !274, line: 296, type: !1263, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1263 = !DISubroutineType(types: !1264)
!1264 = !{!50, !50, !50}
!1265 = !DISubprogram(name: "snprintf", scope: !1078, file: !1078, line: 378, type: !1266, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1266 = !DISubroutineType(types: !1267)
!1267 = !{!50, !1255, !210, !1256, null}
!1268 = !DISubprogram(name: "getaddrinfo", scope: !933, file: !933, line: 660, type: !1269, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1269 = !DISubroutineType(types: !1270)
!1270 = !{!50, !1256, !1256, !1271, !1274}
!1271 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1272)
!1272 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1273, size: 64)
!1273 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !932)
!1274 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1275)
!1275 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !943, size: 64)
!1276 = !DISubprogram(name: "freeaddrinfo", scope: !933, file: !933, line: 666, type: !1277, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1277 = !DISubroutineType(types: !1278)
!1278 = !{null, !943}
