; memcached-conns.ll at -O1: the same server with its helpers inlined
; (server_socket_unix into main, drive_machine and dispatch_conn_new into
; event_handler, conn_new into its callers), the queue made a global struct,
; and conn_new's `c` a phi of conns[sfd] and calloc. The same sockets.
;
; A cache server in memcached 1.6's idiom (Inputs/memcached-conns.c): a
; struct conn per socket holds its fd (c->sfd), its transport and its
; state; one socket() call over getaddrinfo() makes the TCP listener or the
; UDP socket (#1), a unix stream listener beside it (#0); accept() on any
; listener's conn, the new fd and the UDP socket handed to conn_new()
; through a queue item; drive_machine() calls recvfrom only when
; IS_UDP(c->transport), else the conn's function pointers c->read,
; c->sendmsg and c->write (tcp_read, tcp_sendmsg, tcp_write).
;
; (At -O1 the dispatch's write to the notify pipe, inlined, sits between the
; accept's write and the UDP receive.)
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
; SOCKETS-NEXT: socket #0: stream unix, created in main at memcached-conns.c:322
; SOCKETS-NEXT:   bind: port ? address ? at memcached-conns.c:329
; SOCKETS-NEXT: socket #1: tcp|udp ipv4|ipv6, created in server_socket at memcached-conns.c:299
; SOCKETS-NEXT:   bind: port ? address ? at memcached-conns.c:302
; SOCKETS-NEXT: socket #2: stream ipv4|ipv6|unix, accepted from #0,#1 in event_handler at memcached-conns.c:220
; SOCKETS-NEXT: event-loop #0: dispatch in main
;
; UDP:      reply: write on socket #2 in event_handler at memcached-conns.c:227, loop #0
; UDP:      arrival: recvfrom on socket #1 in event_handler at memcached-conns.c:169, loop #0
; UDP-NEXT: reply: sendmsg on socket #1 in event_handler at memcached-conns.c:210, loop #0
;
; TCP:      arrival: read on socket #2 in tcp_read at memcached-conns.c:79, loop #0
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-conns.c:83, loop #0
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-conns.c:87, loop #0
;
; MADE-FROM: Inputs/memcached-conns.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - memcached-conns.c

; ModuleID = 'memcached-conns.c'
source_filename = "memcached-conns.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.event = type { [128 x i8] }
%struct.iovec = type { ptr, i64 }
%struct.msghdr = type { ptr, i32, ptr, i64, ptr, i64, i32 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }

@conns = internal unnamed_addr global [1024 x ptr] zeroinitializer, align 16, !dbg !0
@notify_send_fd = internal unnamed_addr global i32 0, align 4, !dbg !72
@.str = private unnamed_addr constant [30 x i8] c"Writing to thread notify pipe\00", align 1, !dbg !47
@main_base = internal unnamed_addr global ptr null, align 8, !dbg !52
@notify_event = internal global %struct.event zeroinitializer, align 1, !dbg !74
@.str.1 = private unnamed_addr constant [34 x i8] c"ERROR Too many open connections\0D\0A\00", align 1, !dbg !82
@.str.2 = private unnamed_addr constant [6 x i8] c"write\00", align 1, !dbg !87
@.str.3 = private unnamed_addr constant [8 x i8] c"ERROR\0D\0A\00", align 1, !dbg !92
@gets = internal unnamed_addr global i64 0, align 8, !dbg !97
@.str.4 = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !100
@.str.5 = private unnamed_addr constant [3 x i8] c"%d\00", align 1, !dbg !102
@new_conn_queue.body = internal unnamed_addr global [16 x i8] undef

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_read(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, i64 noundef %2) #0 !dbg !199 {
    #dbg_value(ptr %0, !201, !DIExpression(), !204)
    #dbg_value(ptr %1, !202, !DIExpression(), !204)
    #dbg_value(i64 %2, !203, !DIExpression(), !204)
  %4 = load i32, ptr %0, align 8, !dbg !205, !tbaa !206
  %5 = tail call i64 @read(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !216
  ret i64 %5, !dbg !217
}

; Function Attrs: nofree
declare !dbg !218 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i64 @tcp_sendmsg(ptr nocapture noundef readonly %0, ptr noundef %1, i32 noundef %2) #2 !dbg !222 {
    #dbg_value(ptr %0, !224, !DIExpression(), !227)
    #dbg_value(ptr %1, !225, !DIExpression(), !227)
    #dbg_value(i32 %2, !226, !DIExpression(), !227)
  %4 = load i32, ptr %0, align 8, !dbg !228, !tbaa !206
  %5 = tail call i64 @sendmsg(i32 noundef %4, ptr noundef %1, i32 noundef %2) #13, !dbg !229
  ret i64 %5, !dbg !230
}

declare !dbg !231 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_write(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i64 noundef %2) #0 !dbg !237 {
    #dbg_value(ptr %0, !239, !DIExpression(), !242)
    #dbg_value(ptr %1, !240, !DIExpression(), !242)
    #dbg_value(i64 %2, !241, !DIExpression(), !242)
  %4 = load i32, ptr %0, align 8, !dbg !243, !tbaa !206
  %5 = tail call i64 @write(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !244
  ret i64 %5, !dbg !245
}

; Function Attrs: nofree
declare !dbg !246 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) local_unnamed_addr #2 !dbg !251 {
    #dbg_value(i32 %0, !255, !DIExpression(), !260)
    #dbg_value(i32 %1, !256, !DIExpression(), !260)
    #dbg_value(i32 %2, !257, !DIExpression(), !260)
    #dbg_value(ptr %3, !258, !DIExpression(), !260)
  %5 = icmp ugt i32 %0, 1023, !dbg !261
  br i1 %5, label %28, label %6, !dbg !261

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64, !dbg !263
  %8 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %7, !dbg !263
  %9 = load ptr, ptr %8, align 8, !dbg !263, !tbaa !264
    #dbg_value(ptr %9, !259, !DIExpression(), !260)
  %10 = icmp eq ptr %9, null, !dbg !265
  br i1 %10, label %11, label %15, !dbg !267

11:                                               ; preds = %6
  %12 = tail call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !268
    #dbg_value(ptr %12, !259, !DIExpression(), !260)
  %13 = icmp eq ptr %12, null, !dbg !270
  br i1 %13, label %28, label %14, !dbg !272

14:                                               ; preds = %11
  store i32 %0, ptr %12, align 8, !dbg !273, !tbaa !206
  store ptr %12, ptr %8, align 8, !dbg !274, !tbaa !264
  br label %15, !dbg !275

15:                                               ; preds = %14, %6
  %16 = phi ptr [ %12, %14 ], [ %9, %6 ], !dbg !260
    #dbg_value(ptr %16, !259, !DIExpression(), !260)
  %17 = getelementptr inbounds i8, ptr %16, i64 8, !dbg !276
  store i32 %2, ptr %17, align 8, !dbg !277, !tbaa !278
  %18 = getelementptr inbounds i8, ptr %16, i64 4, !dbg !279
  store i32 %1, ptr %18, align 4, !dbg !280, !tbaa !281
  %19 = getelementptr inbounds i8, ptr %16, i64 2188, !dbg !282
  store i32 0, ptr %19, align 4, !dbg !283, !tbaa !284
  %20 = getelementptr inbounds i8, ptr %16, i64 2224, !dbg !285
  store ptr @tcp_read, ptr %20, align 8, !dbg !286, !tbaa !287
  %21 = getelementptr inbounds i8, ptr %16, i64 2232, !dbg !288
  store ptr @tcp_sendmsg, ptr %21, align 8, !dbg !289, !tbaa !290
  %22 = getelementptr inbounds i8, ptr %16, i64 2240, !dbg !291
  store ptr @tcp_write, ptr %22, align 8, !dbg !292, !tbaa !293
  %23 = getelementptr inbounds i8, ptr %16, i64 12, !dbg !294
  tail call void @event_set(ptr noundef nonnull %23, i32 noundef %0, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %16) #13, !dbg !295
  %24 = tail call i32 @event_base_set(ptr noundef %3, ptr noundef nonnull %23) #13, !dbg !296
  %25 = tail call i32 @event_add(ptr noundef nonnull %23, ptr noundef null) #13, !dbg !297
  %26 = icmp eq i32 %25, -1, !dbg !299
  %27 = select i1 %26, ptr null, ptr %16, !dbg !260
  br label %28, !dbg !260

28:                                               ; preds = %11, %15, %4
  %29 = phi ptr [ null, %4 ], [ null, %11 ], [ %27, %15 ], !dbg !260
  ret ptr %29, !dbg !300
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !301 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

declare !dbg !305 void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal void @event_handler(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !313 {
  %4 = alloca %struct.iovec, align 8, !DIAssignID !319
    #dbg_assign(i1 undef, !320, !DIExpression(), !319, ptr %4, !DIExpression(), !327)
  %5 = alloca %struct.msghdr, align 8, !DIAssignID !359
  %6 = alloca %struct.iovec, align 8, !DIAssignID !360
    #dbg_assign(i1 undef, !361, !DIExpression(), !360, ptr %6, !DIExpression(), !366)
  %7 = alloca %struct.msghdr, align 8, !DIAssignID !368
  %8 = alloca i8, align 1, !DIAssignID !369
  %9 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !370
    #dbg_assign(i1 undef, !339, !DIExpression(), !370, ptr %9, !DIExpression(), !371)
  %10 = alloca i32, align 4, !DIAssignID !372
    #dbg_value(i32 %0, !315, !DIExpression(), !373)
    #dbg_value(i16 poison, !316, !DIExpression(), !373)
    #dbg_value(ptr %2, !317, !DIExpression(), !373)
    #dbg_value(ptr %2, !318, !DIExpression(), !373)
  %11 = load i32, ptr %2, align 8, !dbg !374, !tbaa !206
  %12 = icmp eq i32 %11, %0, !dbg !376
  br i1 %12, label %13, label %129, !dbg !377

13:                                               ; preds = %3
    #dbg_assign(i1 undef, !349, !DIExpression(), !372, ptr %10, !DIExpression(), !371)
    #dbg_value(ptr %2, !336, !DIExpression(), !378)
    #dbg_value(i8 0, !337, !DIExpression(), !378)
  %14 = getelementptr inbounds i8, ptr %2, i64 4
  %15 = getelementptr inbounds i8, ptr %2, i64 8
  %16 = getelementptr inbounds i8, ptr %2, i64 12
  %17 = getelementptr inbounds i8, ptr %6, i64 8
  %18 = getelementptr inbounds i8, ptr %7, i64 16
  %19 = getelementptr inbounds i8, ptr %7, i64 24
  %20 = getelementptr inbounds i8, ptr %2, i64 2232
  %21 = getelementptr inbounds i8, ptr %4, i64 8
  %22 = getelementptr inbounds i8, ptr %5, i64 16
  %23 = getelementptr inbounds i8, ptr %5, i64 24
  %24 = getelementptr inbounds i8, ptr %2, i64 2192
  %25 = getelementptr inbounds i8, ptr %2, i64 2220
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = getelementptr inbounds i8, ptr %2, i64 2224
  %28 = getelementptr inbounds i8, ptr %2, i64 140
  %29 = getelementptr inbounds i8, ptr %2, i64 2188
  %30 = getelementptr inbounds i8, ptr %2, i64 2240
  br label %31, !dbg !379

31:                                               ; preds = %126, %13
  %32 = phi i8 [ 0, %13 ], [ %127, %126 ]
    #dbg_value(i8 %32, !337, !DIExpression(), !378)
  %33 = load i32, ptr %14, align 4, !dbg !380, !tbaa !281
  switch i32 %33, label %126 [
    i32 0, label %34
    i32 1, label %66
    i32 2, label %67
    i32 3, label %102
    i32 4, label %119
  ], !dbg !381

34:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %9) #13, !dbg !382
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %10) #13, !dbg !383
  store i32 128, ptr %10, align 4, !dbg !384, !tbaa !385, !DIAssignID !386
    #dbg_assign(i32 128, !349, !DIExpression(), !386, ptr %10, !DIExpression(), !371)
  %35 = load i32, ptr %2, align 8, !dbg !387, !tbaa !206
  %36 = call i32 @accept(i32 noundef %35, ptr noundef nonnull %9, ptr noundef nonnull %10) #13, !dbg !388
    #dbg_value(i32 %36, !350, !DIExpression(), !371)
  %37 = icmp eq i32 %36, -1, !dbg !389
  br i1 %37, label %65, label %38, !dbg !391

38:                                               ; preds = %34
  %39 = icmp sgt i32 %36, 1023, !dbg !392
  br i1 %39, label %40, label %46, !dbg !393

40:                                               ; preds = %38
    #dbg_value(ptr @.str.1, !351, !DIExpression(), !394)
  %41 = call i64 @write(i32 noundef %36, ptr noundef nonnull @.str.1, i64 noundef 33) #13, !dbg !395
  %42 = icmp slt i64 %41, 0, !dbg !397
  br i1 %42, label %43, label %44, !dbg !398

43:                                               ; preds = %40
  call void @perror(ptr noundef nonnull @.str.2) #15, !dbg !399
  br label %44, !dbg !399

44:                                               ; preds = %43, %40
  %45 = call i32 @close(i32 noundef %36) #13, !dbg !400
  br label %65, !dbg !401

46:                                               ; preds = %38
  %47 = load i32, ptr %15, align 8, !dbg !402, !tbaa !278
    #dbg_assign(i1 undef, !404, !DIExpression(), !369, ptr %8, !DIExpression(), !413)
    #dbg_value(i32 %36, !409, !DIExpression(), !413)
    #dbg_value(i32 1, !410, !DIExpression(), !413)
    #dbg_value(i32 %47, !411, !DIExpression(), !413)
  %48 = call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !415
    #dbg_value(ptr %48, !412, !DIExpression(), !413)
  %49 = icmp eq ptr %48, null, !dbg !416
  br i1 %49, label %50, label %52, !dbg !418

50:                                               ; preds = %46
  %51 = call i32 @close(i32 noundef %36) #13, !dbg !419
  br label %65, !dbg !421

52:                                               ; preds = %46
  store i32 %36, ptr %48, align 8, !dbg !422, !tbaa !423
  %53 = getelementptr inbounds i8, ptr %48, i64 4, !dbg !425
  store i32 1, ptr %53, align 4, !dbg !426, !tbaa !427
  %54 = getelementptr inbounds i8, ptr %48, i64 8, !dbg !428
  store i32 %47, ptr %54, align 8, !dbg !429, !tbaa !430
    #dbg_value(ptr undef, !431, !DIExpression(), !437)
    #dbg_value(ptr %48, !436, !DIExpression(), !437)
  %55 = getelementptr inbounds i8, ptr %48, i64 16, !dbg !439
  store ptr null, ptr %55, align 8, !dbg !440, !tbaa !441
  %56 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !442, !tbaa !444
  %57 = icmp eq ptr %56, null, !dbg !446
  %58 = getelementptr inbounds i8, ptr %56, i64 16, !dbg !447
  %59 = select i1 %57, ptr @new_conn_queue.body, ptr %58, !dbg !447
  store ptr %48, ptr %59, align 8, !dbg !448, !tbaa !264
  store ptr %48, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !449, !tbaa !444
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %8) #13, !dbg !450
  store i8 99, ptr %8, align 1, !dbg !451, !tbaa !452, !DIAssignID !453
    #dbg_assign(i8 99, !404, !DIExpression(), !453, ptr %8, !DIExpression(), !413)
  %60 = load i32, ptr @notify_send_fd, align 4, !dbg !454, !tbaa !385
  %61 = call i64 @write(i32 noundef %60, ptr noundef nonnull %8, i64 noundef 1) #13, !dbg !456
  %62 = icmp eq i64 %61, 1, !dbg !457
  br i1 %62, label %64, label %63, !dbg !458

63:                                               ; preds = %52
  call void @perror(ptr noundef nonnull @.str) #15, !dbg !459
  br label %64, !dbg !459

64:                                               ; preds = %63, %52
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %8) #13, !dbg !460
  br label %65, !dbg !460

65:                                               ; preds = %64, %50, %44, %34
    #dbg_value(i8 1, !337, !DIExpression(), !378)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #13, !dbg !461
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %9) #13, !dbg !461
  br label %126

66:                                               ; preds = %31
  store i32 0, ptr %29, align 4, !dbg !462, !tbaa !284
  store i32 2, ptr %14, align 4, !dbg !463, !tbaa !281
  br label %126, !dbg !464

67:                                               ; preds = %31
  %68 = load i32, ptr %15, align 8, !dbg !465, !tbaa !278
  %69 = icmp eq i32 %68, 2, !dbg !465
  br i1 %69, label %82, label %70, !dbg !467

70:                                               ; preds = %67
    #dbg_value(ptr %2, !468, !DIExpression(), !472)
  %71 = load ptr, ptr %27, align 8, !dbg !474, !tbaa !287
  %72 = load i32, ptr %29, align 4, !dbg !475, !tbaa !284
  %73 = sext i32 %72 to i64, !dbg !476
  %74 = getelementptr inbounds i8, ptr %28, i64 %73, !dbg !476
  %75 = sub nsw i64 2048, %73, !dbg !477
  %76 = call i64 %71(ptr noundef nonnull %2, ptr noundef nonnull %74, i64 noundef %75) #13, !dbg !478
    #dbg_value(i64 %76, !471, !DIExpression(), !472)
  %77 = icmp slt i64 %76, 1, !dbg !479
  br i1 %77, label %126, label %78, !dbg !481

78:                                               ; preds = %70
  %79 = trunc i64 %76 to i32, !dbg !482
  %80 = load i32, ptr %29, align 4, !dbg !483, !tbaa !284
  %81 = add nsw i32 %80, %79, !dbg !483
  br label %88, !dbg !484

82:                                               ; preds = %67
    #dbg_value(ptr %2, !485, !DIExpression(), !489)
  store i32 28, ptr %25, align 4, !dbg !491, !tbaa !492
  %83 = load i32, ptr %2, align 8, !dbg !493, !tbaa !206
  %84 = call i64 @recvfrom(i32 noundef %83, ptr noundef nonnull %28, i64 noundef 2048, i32 noundef 0, ptr noundef nonnull %24, ptr noundef nonnull %25) #13, !dbg !494
    #dbg_value(i64 %84, !488, !DIExpression(), !489)
  %85 = icmp sgt i64 %84, 8, !dbg !495
  br i1 %85, label %86, label %126, !dbg !497

86:                                               ; preds = %82
  %87 = trunc i64 %84 to i32, !dbg !498
  br label %88, !dbg !500

88:                                               ; preds = %86, %78
  %89 = phi i32 [ %81, %78 ], [ %87, %86 ], !dbg !501
  store i32 %89, ptr %29, align 4, !dbg !501, !tbaa !284
    #dbg_value(i32 poison, !356, !DIExpression(), !502)
  %90 = load i8, ptr %28, align 4, !dbg !503, !tbaa !452
  %91 = icmp eq i8 %90, 103, !dbg !505
  br i1 %91, label %99, label %92, !dbg !506

92:                                               ; preds = %88
  %93 = load i32, ptr %15, align 8, !dbg !507, !tbaa !278
  %94 = icmp eq i32 %93, 2, !dbg !507
  br i1 %94, label %98, label %95, !dbg !510

95:                                               ; preds = %92
  %96 = load ptr, ptr %30, align 8, !dbg !511, !tbaa !293
  %97 = call i64 %96(ptr noundef nonnull %2, ptr noundef nonnull @.str.3, i64 noundef 7) #13, !dbg !512
  br label %98, !dbg !512

98:                                               ; preds = %95, %92
  store i32 1, ptr %14, align 4, !dbg !513, !tbaa !281
  br label %126, !dbg !514

99:                                               ; preds = %88
  %100 = load i64, ptr @gets, align 8, !dbg !515, !tbaa !516
  %101 = add i64 %100, 1, !dbg !515
  store i64 %101, ptr @gets, align 8, !dbg !515, !tbaa !516
  store i32 3, ptr %14, align 4, !dbg !518, !tbaa !281
  br label %126, !dbg !519

102:                                              ; preds = %31
  %103 = load i32, ptr %15, align 8, !dbg !520, !tbaa !278
  %104 = icmp eq i32 %103, 2, !dbg !520
  br i1 %104, label %109, label %105, !dbg !521

105:                                              ; preds = %102
    #dbg_assign(i1 undef, !365, !DIExpression(), !368, ptr %7, !DIExpression(), !366)
    #dbg_value(ptr %2, !364, !DIExpression(), !366)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #13, !dbg !522
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %7) #13, !dbg !523
  call void @llvm.experimental.noalias.scope.decl(metadata !524), !dbg !527
    #dbg_value(ptr %2, !528, !DIExpression(), !535)
    #dbg_value(ptr %6, !533, !DIExpression(), !535)
    #dbg_declare(ptr %7, !534, !DIExpression(), !537)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %7, i8 0, i64 56, i1 false), !dbg !538, !alias.scope !524, !DIAssignID !539
    #dbg_assign(i8 0, !365, !DIExpression(), !539, ptr %7, !DIExpression(), !366)
  store ptr @.str.4, ptr %6, align 8, !dbg !540, !tbaa !541, !noalias !524, !DIAssignID !543
    #dbg_assign(ptr @.str.4, !361, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !543, ptr %6, !DIExpression(), !366)
  store i64 5, ptr %17, align 8, !dbg !544, !tbaa !545, !noalias !524, !DIAssignID !546
    #dbg_assign(i64 5, !361, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !546, ptr %17, !DIExpression(), !366)
  store ptr %6, ptr %18, align 8, !dbg !547, !tbaa !548, !alias.scope !524, !DIAssignID !550
    #dbg_assign(ptr %6, !365, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !550, ptr %18, !DIExpression(), !366)
  store i64 1, ptr %19, align 8, !dbg !551, !tbaa !552, !alias.scope !524, !DIAssignID !553
    #dbg_assign(i64 1, !365, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !553, ptr %19, !DIExpression(), !366)
  %106 = load ptr, ptr %20, align 8, !dbg !554, !tbaa !290
  %107 = call i64 %106(ptr noundef nonnull %2, ptr noundef nonnull %7, i32 noundef 0) #13, !dbg !555
  %108 = icmp slt i64 %107, 1, !dbg !556
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %7) #13, !dbg !557
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #13, !dbg !557
  br i1 %108, label %114, label %115, !dbg !558

109:                                              ; preds = %102
    #dbg_assign(i1 undef, !326, !DIExpression(), !359, ptr %5, !DIExpression(), !327)
    #dbg_value(ptr %2, !325, !DIExpression(), !327)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !559
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %5) #13, !dbg !560
  call void @llvm.experimental.noalias.scope.decl(metadata !561), !dbg !564
    #dbg_value(ptr %2, !528, !DIExpression(), !565)
    #dbg_value(ptr %4, !533, !DIExpression(), !565)
    #dbg_declare(ptr %5, !534, !DIExpression(), !567)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %5, i8 0, i64 56, i1 false), !dbg !568, !alias.scope !561, !DIAssignID !569
    #dbg_assign(i8 0, !326, !DIExpression(), !569, ptr %5, !DIExpression(), !327)
  store ptr @.str.4, ptr %4, align 8, !dbg !570, !tbaa !541, !noalias !561, !DIAssignID !571
    #dbg_assign(ptr @.str.4, !320, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !571, ptr %4, !DIExpression(), !327)
  store i64 5, ptr %21, align 8, !dbg !572, !tbaa !545, !noalias !561, !DIAssignID !573
    #dbg_assign(i64 5, !320, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !573, ptr %21, !DIExpression(), !327)
  store ptr %4, ptr %22, align 8, !dbg !574, !tbaa !548, !alias.scope !561, !DIAssignID !575
    #dbg_assign(ptr %4, !326, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !575, ptr %22, !DIExpression(), !327)
  store i64 1, ptr %23, align 8, !dbg !576, !tbaa !552, !alias.scope !561, !DIAssignID !577
    #dbg_assign(i64 1, !326, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !577, ptr %23, !DIExpression(), !327)
  store ptr %24, ptr %5, align 8, !dbg !578, !tbaa !581, !alias.scope !561, !DIAssignID !582
    #dbg_assign(ptr %24, !326, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !582, ptr %5, !DIExpression(), !327)
  %110 = load i32, ptr %25, align 4, !dbg !583, !tbaa !492, !noalias !561
  store i32 %110, ptr %26, align 8, !dbg !584, !tbaa !585, !alias.scope !561, !DIAssignID !586
    #dbg_assign(i32 %110, !326, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !586, ptr %26, !DIExpression(), !327)
  %111 = load i32, ptr %2, align 8, !dbg !587, !tbaa !206
  %112 = call i64 @sendmsg(i32 noundef %111, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !588
  %113 = icmp slt i64 %112, 1, !dbg !589
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %5) #13, !dbg !590
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !590
  br i1 %113, label %114, label %115, !dbg !521

114:                                              ; preds = %109, %105
  store i32 4, ptr %14, align 4, !dbg !591, !tbaa !281
  br label %126, !dbg !593

115:                                              ; preds = %109, %105
  %116 = load i32, ptr %15, align 8, !dbg !594, !tbaa !278
  %117 = icmp eq i32 %116, 2, !dbg !594
  %118 = select i1 %117, i32 2, i32 1, !dbg !594
  store i32 %118, ptr %14, align 4, !dbg !595, !tbaa !281
    #dbg_value(i8 1, !337, !DIExpression(), !378)
  br label %126, !dbg !596

119:                                              ; preds = %31
  %120 = load i32, ptr %15, align 8, !dbg !597, !tbaa !278
  %121 = icmp eq i32 %120, 2, !dbg !597
  br i1 %121, label %126, label %122, !dbg !599

122:                                              ; preds = %119
  %123 = call i32 @event_add(ptr noundef nonnull %16, ptr noundef null) #13, !dbg !600
  %124 = load i32, ptr %2, align 8, !dbg !602, !tbaa !206
  %125 = call i32 @close(i32 noundef %124) #13, !dbg !603
  br label %126, !dbg !604

126:                                              ; preds = %122, %119, %115, %114, %99, %98, %82, %70, %66, %65, %31
  %127 = phi i8 [ %32, %31 ], [ 1, %115 ], [ %32, %114 ], [ %32, %66 ], [ 1, %65 ], [ %32, %98 ], [ %32, %99 ], [ 1, %122 ], [ 1, %119 ], [ 1, %82 ], [ 1, %70 ], !dbg !378
    #dbg_value(i8 %127, !337, !DIExpression(), !378)
  %128 = trunc nuw i8 %127 to i1, !dbg !605
  br i1 %128, label %129, label %31, !dbg !379, !llvm.loop !606

129:                                              ; preds = %126, %3
  ret void, !dbg !610
}

declare !dbg !611 i32 @event_base_set(ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !614 i32 @event_add(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 !dbg !405 {
  %4 = alloca i8, align 1, !DIAssignID !626
    #dbg_assign(i1 undef, !404, !DIExpression(), !626, ptr %4, !DIExpression(), !627)
    #dbg_value(i32 %0, !409, !DIExpression(), !627)
    #dbg_value(i32 %1, !410, !DIExpression(), !627)
    #dbg_value(i32 %2, !411, !DIExpression(), !627)
  %5 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !628
    #dbg_value(ptr %5, !412, !DIExpression(), !627)
  %6 = icmp eq ptr %5, null, !dbg !629
  br i1 %6, label %7, label %9, !dbg !630

7:                                                ; preds = %3
  %8 = tail call i32 @close(i32 noundef %0) #13, !dbg !631
  br label %22, !dbg !632

9:                                                ; preds = %3
  store i32 %0, ptr %5, align 8, !dbg !633, !tbaa !423
  %10 = getelementptr inbounds i8, ptr %5, i64 4, !dbg !634
  store i32 %1, ptr %10, align 4, !dbg !635, !tbaa !427
  %11 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !636
  store i32 %2, ptr %11, align 8, !dbg !637, !tbaa !430
    #dbg_value(ptr undef, !431, !DIExpression(), !638)
    #dbg_value(ptr %5, !436, !DIExpression(), !638)
  %12 = getelementptr inbounds i8, ptr %5, i64 16, !dbg !640
  store ptr null, ptr %12, align 8, !dbg !641, !tbaa !441
  %13 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !642, !tbaa !444
  %14 = icmp eq ptr %13, null, !dbg !643
  %15 = getelementptr inbounds i8, ptr %13, i64 16, !dbg !644
  %16 = select i1 %14, ptr @new_conn_queue.body, ptr %15, !dbg !644
  store ptr %5, ptr %16, align 8, !dbg !645, !tbaa !264
  store ptr %5, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !646, !tbaa !444
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !647
  store i8 99, ptr %4, align 1, !dbg !648, !tbaa !452, !DIAssignID !649
    #dbg_assign(i8 99, !404, !DIExpression(), !649, ptr %4, !DIExpression(), !627)
  %17 = load i32, ptr @notify_send_fd, align 4, !dbg !650, !tbaa !385
  %18 = call i64 @write(i32 noundef %17, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !651
  %19 = icmp eq i64 %18, 1, !dbg !652
  br i1 %19, label %21, label %20, !dbg !653

20:                                               ; preds = %9
  tail call void @perror(ptr noundef nonnull @.str) #15, !dbg !654
  br label %21, !dbg !654

21:                                               ; preds = %20, %9
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !655
  br label %22, !dbg !655

22:                                               ; preds = %21, %7
  ret void, !dbg !655
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !656 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

declare !dbg !659 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !662 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #7

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 !dbg !666 {
  %3 = alloca %struct.sockaddr_un, align 2, !DIAssignID !678
  %4 = alloca [2 x i32], align 4, !DIAssignID !679
    #dbg_assign(i1 undef, !674, !DIExpression(), !679, ptr %4, !DIExpression(), !680)
    #dbg_value(i32 %0, !672, !DIExpression(), !680)
    #dbg_value(ptr %1, !673, !DIExpression(), !680)
  %5 = tail call ptr @event_init() #13, !dbg !681
  store ptr %5, ptr @main_base, align 8, !dbg !682, !tbaa !264
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(16) @new_conn_queue.body, i8 0, i64 16, i1 false), !dbg !683
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !684
  %6 = call i32 @pipe(ptr noundef nonnull %4) #13, !dbg !685
  %7 = icmp eq i32 %6, 0, !dbg !687
  br i1 %7, label %8, label %65, !dbg !688

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !689
  %10 = load i32, ptr %9, align 4, !dbg !689, !tbaa !385
  store i32 %10, ptr @notify_send_fd, align 4, !dbg !690, !tbaa !385
  %11 = load i32, ptr %4, align 4, !dbg !691, !tbaa !385
  call void @event_set(ptr noundef nonnull @notify_event, i32 noundef %11, i16 noundef signext 18, ptr noundef nonnull @thread_libevent_process, ptr noundef null) #13, !dbg !692
  %12 = load ptr, ptr @main_base, align 8, !dbg !693, !tbaa !264
  %13 = call i32 @event_base_set(ptr noundef %12, ptr noundef nonnull @notify_event) #13, !dbg !694
  %14 = call i32 @event_add(ptr noundef nonnull @notify_event, ptr noundef null) #13, !dbg !695
  %15 = icmp sgt i32 %0, 1, !dbg !696
  br i1 %15, label %16, label %55, !dbg !698

16:                                               ; preds = %8
  %17 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !699
  %18 = load ptr, ptr %17, align 8, !dbg !699, !tbaa !264
    #dbg_assign(i1 undef, !700, !DIExpression(), !678, ptr %3, !DIExpression(), !715)
    #dbg_value(ptr %18, !705, !DIExpression(), !715)
  %19 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #13, !dbg !717
    #dbg_value(i32 %19, !706, !DIExpression(), !715)
  %20 = icmp eq i32 %19, -1, !dbg !718
  br i1 %20, label %65, label %21, !dbg !720

21:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(i64 110, ptr nonnull %3) #13, !dbg !721
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(110) %3, i8 0, i64 110, i1 false), !dbg !722, !DIAssignID !723
    #dbg_assign(i8 0, !700, !DIExpression(), !723, ptr %3, !DIExpression(), !715)
  store i16 1, ptr %3, align 2, !dbg !724, !tbaa !725, !DIAssignID !727
    #dbg_assign(i16 1, !700, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !727, ptr %3, !DIExpression(), !715)
  %22 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !728
  %23 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %22, ptr noundef nonnull readonly dereferenceable(1) %18, i64 noundef 107) #13, !dbg !729
  %24 = call i32 @bind(i32 noundef %19, ptr noundef nonnull %3, i32 noundef 110) #13, !dbg !730
  %25 = icmp eq i32 %24, -1, !dbg !732
  br i1 %25, label %29, label %26, !dbg !733

26:                                               ; preds = %21
  %27 = call i32 @listen(i32 noundef %19, i32 noundef 1024) #13, !dbg !734
  %28 = icmp eq i32 %27, -1, !dbg !735
  br i1 %28, label %29, label %31, !dbg !736

29:                                               ; preds = %26, %21
  %30 = call i32 @close(i32 noundef %19) #13, !dbg !737
  br label %64, !dbg !739

31:                                               ; preds = %26
  %32 = load ptr, ptr @main_base, align 8, !dbg !740, !tbaa !264
    #dbg_value(i32 %19, !255, !DIExpression(), !741)
    #dbg_value(i32 0, !256, !DIExpression(), !741)
    #dbg_value(i32 0, !257, !DIExpression(), !741)
    #dbg_value(ptr %32, !258, !DIExpression(), !741)
  %33 = icmp ugt i32 %19, 1023, !dbg !743
  br i1 %33, label %64, label %34, !dbg !743

34:                                               ; preds = %31
  %35 = zext nneg i32 %19 to i64, !dbg !744
  %36 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %35, !dbg !744
  %37 = load ptr, ptr %36, align 8, !dbg !744, !tbaa !264
    #dbg_value(ptr %37, !259, !DIExpression(), !741)
  %38 = icmp eq ptr %37, null, !dbg !745
  br i1 %38, label %39, label %43, !dbg !746

39:                                               ; preds = %34
  %40 = call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !747
    #dbg_value(ptr %40, !259, !DIExpression(), !741)
  %41 = icmp eq ptr %40, null, !dbg !748
  br i1 %41, label %64, label %42, !dbg !749

42:                                               ; preds = %39
  store i32 %19, ptr %40, align 8, !dbg !750, !tbaa !206
  store ptr %40, ptr %36, align 8, !dbg !751, !tbaa !264
  br label %43, !dbg !752

43:                                               ; preds = %42, %34
  %44 = phi ptr [ %40, %42 ], [ %37, %34 ], !dbg !741
    #dbg_value(ptr %44, !259, !DIExpression(), !741)
  %45 = getelementptr inbounds i8, ptr %44, i64 8, !dbg !753
  store i32 0, ptr %45, align 8, !dbg !754, !tbaa !278
  %46 = getelementptr inbounds i8, ptr %44, i64 4, !dbg !755
  store i32 0, ptr %46, align 4, !dbg !756, !tbaa !281
  %47 = getelementptr inbounds i8, ptr %44, i64 2188, !dbg !757
  store i32 0, ptr %47, align 4, !dbg !758, !tbaa !284
  %48 = getelementptr inbounds i8, ptr %44, i64 2224, !dbg !759
  store ptr @tcp_read, ptr %48, align 8, !dbg !760, !tbaa !287
  %49 = getelementptr inbounds i8, ptr %44, i64 2232, !dbg !761
  store ptr @tcp_sendmsg, ptr %49, align 8, !dbg !762, !tbaa !290
  %50 = getelementptr inbounds i8, ptr %44, i64 2240, !dbg !763
  store ptr @tcp_write, ptr %50, align 8, !dbg !764, !tbaa !293
  %51 = getelementptr inbounds i8, ptr %44, i64 12, !dbg !765
  call void @event_set(ptr noundef nonnull %51, i32 noundef %19, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %44) #13, !dbg !766
  %52 = call i32 @event_base_set(ptr noundef %32, ptr noundef nonnull %51) #13, !dbg !767
  %53 = call i32 @event_add(ptr noundef nonnull %51, ptr noundef null) #13, !dbg !768
  %54 = icmp eq i32 %53, -1, !dbg !769
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !770
  br i1 %54, label %65, label %55, !dbg !771

55:                                               ; preds = %43, %8
  %56 = call fastcc i32 @server_socket(i32 noundef 1), !dbg !772
  %57 = icmp eq i32 %56, 0, !dbg !772
  br i1 %57, label %58, label %65, !dbg !774

58:                                               ; preds = %55
  %59 = call fastcc i32 @server_socket(i32 noundef 2), !dbg !775
  %60 = icmp eq i32 %59, 0, !dbg !775
  br i1 %60, label %61, label %65, !dbg !776

61:                                               ; preds = %58
  %62 = load ptr, ptr @main_base, align 8, !dbg !777, !tbaa !264
  %63 = call i32 @event_base_loop(ptr noundef %62, i32 noundef 0) #13, !dbg !778
  br label %65, !dbg !779

64:                                               ; preds = %39, %31, %29
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !770
  br label %65, !dbg !771

65:                                               ; preds = %64, %16, %55, %58, %43, %2, %61
  %66 = phi i32 [ %63, %61 ], [ 1, %2 ], [ 1, %43 ], [ 1, %58 ], [ 1, %55 ], [ 1, %16 ], [ 1, %64 ], !dbg !680
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !780
  ret i32 %66, !dbg !780
}

declare !dbg !781 ptr @event_init() local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !784 i32 @pipe(ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 signext %1, ptr nocapture readnone %2) #2 !dbg !788 {
  %4 = alloca i8, align 1, !DIAssignID !795
    #dbg_assign(i1 undef, !793, !DIExpression(), !795, ptr %4, !DIExpression(), !796)
    #dbg_value(i32 %0, !790, !DIExpression(), !796)
    #dbg_value(i16 poison, !791, !DIExpression(), !796)
    #dbg_value(ptr poison, !792, !DIExpression(), !796)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !797
  %5 = call i64 @read(i32 noundef %0, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !798
  %6 = icmp eq i64 %5, 1, !dbg !800
  br i1 %6, label %7, label %49, !dbg !801

7:                                                ; preds = %3
    #dbg_value(ptr undef, !802, !DIExpression(), !808)
  %8 = load ptr, ptr @new_conn_queue.body, align 8, !dbg !810, !tbaa !811
    #dbg_value(ptr %8, !807, !DIExpression(), !808)
  %9 = icmp eq ptr %8, null, !dbg !812
  br i1 %9, label %49, label %10, !dbg !814

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %8, i64 16, !dbg !815
  %12 = load ptr, ptr %11, align 8, !dbg !815, !tbaa !441
  store ptr %12, ptr @new_conn_queue.body, align 8, !dbg !817, !tbaa !811
  %13 = icmp eq ptr %12, null, !dbg !818
  br i1 %13, label %14, label %15, !dbg !820

14:                                               ; preds = %10
  store ptr null, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !821, !tbaa !444
  br label %15, !dbg !822

15:                                               ; preds = %10, %14
    #dbg_value(ptr %8, !794, !DIExpression(), !796)
  br i1 %9, label %49, label %16, !dbg !823

16:                                               ; preds = %15
  %17 = load i32, ptr %8, align 8, !dbg !824, !tbaa !423
  %18 = getelementptr inbounds i8, ptr %8, i64 4, !dbg !826
  %19 = load i32, ptr %18, align 4, !dbg !826, !tbaa !427
  %20 = getelementptr inbounds i8, ptr %8, i64 8, !dbg !827
  %21 = load i32, ptr %20, align 8, !dbg !827, !tbaa !430
  %22 = load ptr, ptr @main_base, align 8, !dbg !828, !tbaa !264
    #dbg_value(i32 %17, !255, !DIExpression(), !829)
    #dbg_value(i32 %19, !256, !DIExpression(), !829)
    #dbg_value(i32 %21, !257, !DIExpression(), !829)
    #dbg_value(ptr %22, !258, !DIExpression(), !829)
  %23 = icmp ugt i32 %17, 1023, !dbg !831
  br i1 %23, label %45, label %24, !dbg !831

24:                                               ; preds = %16
  %25 = zext nneg i32 %17 to i64, !dbg !832
  %26 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %25, !dbg !832
  %27 = load ptr, ptr %26, align 8, !dbg !832, !tbaa !264
    #dbg_value(ptr %27, !259, !DIExpression(), !829)
  %28 = icmp eq ptr %27, null, !dbg !833
  br i1 %28, label %29, label %33, !dbg !834

29:                                               ; preds = %24
  %30 = tail call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !835
    #dbg_value(ptr %30, !259, !DIExpression(), !829)
  %31 = icmp eq ptr %30, null, !dbg !836
  br i1 %31, label %45, label %32, !dbg !837

32:                                               ; preds = %29
  store i32 %17, ptr %30, align 8, !dbg !838, !tbaa !206
  store ptr %30, ptr %26, align 8, !dbg !839, !tbaa !264
  br label %33, !dbg !840

33:                                               ; preds = %32, %24
  %34 = phi ptr [ %30, %32 ], [ %27, %24 ], !dbg !829
    #dbg_value(ptr %34, !259, !DIExpression(), !829)
  %35 = getelementptr inbounds i8, ptr %34, i64 8, !dbg !841
  store i32 %21, ptr %35, align 8, !dbg !842, !tbaa !278
  %36 = getelementptr inbounds i8, ptr %34, i64 4, !dbg !843
  store i32 %19, ptr %36, align 4, !dbg !844, !tbaa !281
  %37 = getelementptr inbounds i8, ptr %34, i64 2188, !dbg !845
  store i32 0, ptr %37, align 4, !dbg !846, !tbaa !284
  %38 = getelementptr inbounds i8, ptr %34, i64 2224, !dbg !847
  store ptr @tcp_read, ptr %38, align 8, !dbg !848, !tbaa !287
  %39 = getelementptr inbounds i8, ptr %34, i64 2232, !dbg !849
  store ptr @tcp_sendmsg, ptr %39, align 8, !dbg !850, !tbaa !290
  %40 = getelementptr inbounds i8, ptr %34, i64 2240, !dbg !851
  store ptr @tcp_write, ptr %40, align 8, !dbg !852, !tbaa !293
  %41 = getelementptr inbounds i8, ptr %34, i64 12, !dbg !853
  tail call void @event_set(ptr noundef nonnull %41, i32 noundef %17, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %34) #13, !dbg !854
  %42 = tail call i32 @event_base_set(ptr noundef %22, ptr noundef nonnull %41) #13, !dbg !855
  %43 = tail call i32 @event_add(ptr noundef nonnull %41, ptr noundef null) #13, !dbg !856
  %44 = icmp eq i32 %43, -1, !dbg !857
  br i1 %44, label %45, label %48, !dbg !858

45:                                               ; preds = %16, %29, %33
  %46 = load i32, ptr %8, align 8, !dbg !859, !tbaa !423
  %47 = tail call i32 @close(i32 noundef %46) #13, !dbg !860
  br label %48, !dbg !860

48:                                               ; preds = %45, %33
  tail call void @free(ptr noundef %8) #13, !dbg !861
  br label %49, !dbg !862

49:                                               ; preds = %7, %48, %15, %3
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !862
  ret void, !dbg !862
}

; Function Attrs: nounwind uwtable
define internal fastcc noundef i32 @server_socket(i32 noundef %0) unnamed_addr #2 !dbg !863 {
  %2 = alloca i8, align 1, !DIAssignID !890
  %3 = alloca %struct.addrinfo, align 8, !DIAssignID !891
    #dbg_assign(i1 undef, !869, !DIExpression(), !891, ptr %3, !DIExpression(), !892)
  %4 = alloca [16 x i8], align 16, !DIAssignID !893
    #dbg_assign(i1 undef, !882, !DIExpression(), !893, ptr %4, !DIExpression(), !892)
  %5 = alloca ptr, align 8, !DIAssignID !894
    #dbg_assign(i1 undef, !884, !DIExpression(), !894, ptr %5, !DIExpression(), !892)
    #dbg_value(i32 11211, !867, !DIExpression(), !892)
    #dbg_value(i32 %0, !868, !DIExpression(), !892)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #13, !dbg !895
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %3, i8 0, i64 48, i1 false), !dbg !896, !DIAssignID !897
    #dbg_assign(i8 0, !869, !DIExpression(), !897, ptr %3, !DIExpression(), !892)
  store i32 1, ptr %3, align 8, !dbg !898, !tbaa !899, !DIAssignID !901
    #dbg_assign(i32 1, !869, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !901, ptr %3, !DIExpression(), !892)
  %6 = getelementptr inbounds i8, ptr %3, i64 4, !dbg !902
  store i32 0, ptr %6, align 4, !dbg !903, !tbaa !904, !DIAssignID !905
    #dbg_assign(i32 0, !869, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !905, ptr %6, !DIExpression(), !892)
  %7 = icmp eq i32 %0, 2, !dbg !906
  %8 = select i1 %7, i32 2, i32 1, !dbg !906
  %9 = getelementptr inbounds i8, ptr %3, i64 8, !dbg !907
  store i32 %8, ptr %9, align 8, !dbg !908, !tbaa !909, !DIAssignID !910
    #dbg_assign(i32 %8, !869, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !910, ptr %9, !DIExpression(), !892)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !911
  %10 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %4, i64 noundef 16, ptr noundef nonnull @.str.5, i32 noundef 11211) #13, !dbg !912
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #13, !dbg !913
  %11 = call i32 @getaddrinfo(ptr noundef null, ptr noundef nonnull %4, ptr noundef nonnull %3, ptr noundef nonnull %5) #13, !dbg !914
  %12 = icmp eq i32 %11, 0, !dbg !916
  br i1 %12, label %13, label %93, !dbg !917

13:                                               ; preds = %1
  %14 = load ptr, ptr %5, align 8, !dbg !918, !tbaa !264
  %15 = icmp eq ptr %14, null, !dbg !919
  br i1 %15, label %91, label %16, !dbg !919

16:                                               ; preds = %13, %87
  %17 = phi ptr [ %89, %87 ], [ %14, %13 ]
  %18 = getelementptr inbounds i8, ptr %17, i64 4, !dbg !920
  %19 = load i32, ptr %18, align 4, !dbg !920, !tbaa !904
  %20 = getelementptr inbounds i8, ptr %17, i64 8, !dbg !921
  %21 = load i32, ptr %20, align 8, !dbg !921, !tbaa !909
  %22 = getelementptr inbounds i8, ptr %17, i64 12, !dbg !922
  %23 = load i32, ptr %22, align 4, !dbg !922, !tbaa !923
  %24 = call i32 @socket(i32 noundef %19, i32 noundef %21, i32 noundef %23) #13, !dbg !924
    #dbg_value(i32 %24, !887, !DIExpression(), !925)
  %25 = icmp eq i32 %24, -1, !dbg !926
  br i1 %25, label %85, label %26, !dbg !928

26:                                               ; preds = %16
  %27 = getelementptr inbounds i8, ptr %17, i64 24, !dbg !929
  %28 = load ptr, ptr %27, align 8, !dbg !929, !tbaa !931
  %29 = getelementptr inbounds i8, ptr %17, i64 16, !dbg !932
  %30 = load i32, ptr %29, align 8, !dbg !932, !tbaa !933
  %31 = call i32 @bind(i32 noundef %24, ptr noundef %28, i32 noundef %30) #13, !dbg !934
  %32 = icmp eq i32 %31, -1, !dbg !935
  br i1 %32, label %33, label %35, !dbg !936

33:                                               ; preds = %26
  %34 = call i32 @close(i32 noundef %24) #13, !dbg !937
  br label %85, !dbg !939

35:                                               ; preds = %26
  br i1 %7, label %41, label %36, !dbg !940

36:                                               ; preds = %35
  %37 = call i32 @listen(i32 noundef %24, i32 noundef 1024) #13, !dbg !942
  %38 = icmp eq i32 %37, -1, !dbg !943
  br i1 %38, label %39, label %59, !dbg !944

39:                                               ; preds = %36
  %40 = call i32 @close(i32 noundef %24) #13, !dbg !945
  br label %85, !dbg !947

41:                                               ; preds = %35
    #dbg_assign(i1 undef, !404, !DIExpression(), !890, ptr %2, !DIExpression(), !948)
    #dbg_value(i32 %24, !409, !DIExpression(), !948)
    #dbg_value(i32 2, !410, !DIExpression(), !948)
    #dbg_value(i32 2, !411, !DIExpression(), !948)
  %42 = call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !952
    #dbg_value(ptr %42, !412, !DIExpression(), !948)
  %43 = icmp eq ptr %42, null, !dbg !953
  br i1 %43, label %44, label %46, !dbg !954

44:                                               ; preds = %41
  %45 = call i32 @close(i32 noundef %24) #13, !dbg !955
  br label %85, !dbg !956

46:                                               ; preds = %41
  store i32 %24, ptr %42, align 8, !dbg !957, !tbaa !423
  %47 = getelementptr inbounds i8, ptr %42, i64 4, !dbg !958
  store i32 2, ptr %47, align 4, !dbg !959, !tbaa !427
  %48 = getelementptr inbounds i8, ptr %42, i64 8, !dbg !960
  store i32 2, ptr %48, align 8, !dbg !961, !tbaa !430
    #dbg_value(ptr undef, !431, !DIExpression(), !962)
    #dbg_value(ptr %42, !436, !DIExpression(), !962)
  %49 = getelementptr inbounds i8, ptr %42, i64 16, !dbg !964
  store ptr null, ptr %49, align 8, !dbg !965, !tbaa !441
  %50 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !966, !tbaa !444
  %51 = icmp eq ptr %50, null, !dbg !967
  %52 = getelementptr inbounds i8, ptr %50, i64 16, !dbg !968
  %53 = select i1 %51, ptr @new_conn_queue.body, ptr %52, !dbg !968
  store ptr %42, ptr %53, align 8, !dbg !969, !tbaa !264
  store ptr %42, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !970, !tbaa !444
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2) #13, !dbg !971
  store i8 99, ptr %2, align 1, !dbg !972, !tbaa !452, !DIAssignID !973
    #dbg_assign(i8 99, !404, !DIExpression(), !973, ptr %2, !DIExpression(), !948)
  %54 = load i32, ptr @notify_send_fd, align 4, !dbg !974, !tbaa !385
  %55 = call i64 @write(i32 noundef %54, ptr noundef nonnull %2, i64 noundef 1) #13, !dbg !975
  %56 = icmp eq i64 %55, 1, !dbg !976
  br i1 %56, label %58, label %57, !dbg !977

57:                                               ; preds = %46
  call void @perror(ptr noundef nonnull @.str) #15, !dbg !978
  br label %58, !dbg !978

58:                                               ; preds = %57, %46
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2) #13, !dbg !979
  br label %85, !dbg !979

59:                                               ; preds = %36
  %60 = load ptr, ptr @main_base, align 8, !dbg !980, !tbaa !264
    #dbg_value(i32 %24, !255, !DIExpression(), !982)
    #dbg_value(i32 0, !256, !DIExpression(), !982)
    #dbg_value(i32 1, !257, !DIExpression(), !982)
    #dbg_value(ptr %60, !258, !DIExpression(), !982)
  %61 = icmp ugt i32 %24, 1023, !dbg !984
  br i1 %61, label %83, label %62, !dbg !984

62:                                               ; preds = %59
  %63 = zext nneg i32 %24 to i64, !dbg !985
  %64 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %63, !dbg !985
  %65 = load ptr, ptr %64, align 8, !dbg !985, !tbaa !264
    #dbg_value(ptr %65, !259, !DIExpression(), !982)
  %66 = icmp eq ptr %65, null, !dbg !986
  br i1 %66, label %67, label %71, !dbg !987

67:                                               ; preds = %62
  %68 = call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !988
    #dbg_value(ptr %68, !259, !DIExpression(), !982)
  %69 = icmp eq ptr %68, null, !dbg !989
  br i1 %69, label %83, label %70, !dbg !990

70:                                               ; preds = %67
  store i32 %24, ptr %68, align 8, !dbg !991, !tbaa !206
  store ptr %68, ptr %64, align 8, !dbg !992, !tbaa !264
  br label %71, !dbg !993

71:                                               ; preds = %70, %62
  %72 = phi ptr [ %68, %70 ], [ %65, %62 ], !dbg !982
    #dbg_value(ptr %72, !259, !DIExpression(), !982)
  %73 = getelementptr inbounds i8, ptr %72, i64 8, !dbg !994
  store i32 1, ptr %73, align 8, !dbg !995, !tbaa !278
  %74 = getelementptr inbounds i8, ptr %72, i64 4, !dbg !996
  store i32 0, ptr %74, align 4, !dbg !997, !tbaa !281
  %75 = getelementptr inbounds i8, ptr %72, i64 2188, !dbg !998
  store i32 0, ptr %75, align 4, !dbg !999, !tbaa !284
  %76 = getelementptr inbounds i8, ptr %72, i64 2224, !dbg !1000
  store ptr @tcp_read, ptr %76, align 8, !dbg !1001, !tbaa !287
  %77 = getelementptr inbounds i8, ptr %72, i64 2232, !dbg !1002
  store ptr @tcp_sendmsg, ptr %77, align 8, !dbg !1003, !tbaa !290
  %78 = getelementptr inbounds i8, ptr %72, i64 2240, !dbg !1004
  store ptr @tcp_write, ptr %78, align 8, !dbg !1005, !tbaa !293
  %79 = getelementptr inbounds i8, ptr %72, i64 12, !dbg !1006
  call void @event_set(ptr noundef nonnull %79, i32 noundef %24, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %72) #13, !dbg !1007
  %80 = call i32 @event_base_set(ptr noundef %60, ptr noundef nonnull %79) #13, !dbg !1008
  %81 = call i32 @event_add(ptr noundef nonnull %79, ptr noundef null) #13, !dbg !1009
  %82 = icmp eq i32 %81, -1, !dbg !1010
  br i1 %82, label %83, label %85, !dbg !1011

83:                                               ; preds = %59, %67, %71
  %84 = load ptr, ptr %5, align 8, !dbg !1012, !tbaa !264
  call void @freeaddrinfo(ptr noundef %84) #13, !dbg !1014
  br label %85, !dbg !1015

85:                                               ; preds = %58, %44, %71, %16, %83, %39, %33
  %86 = phi i32 [ 4, %33 ], [ 1, %83 ], [ 4, %39 ], [ 4, %16 ], [ 0, %71 ], [ 0, %44 ], [ 0, %58 ]
  switch i32 %86, label %93 [
    i32 0, label %87
    i32 4, label %87
  ]

87:                                               ; preds = %85, %85
  %88 = getelementptr inbounds i8, ptr %17, i64 40, !dbg !1016
    #dbg_value(ptr poison, !885, !DIExpression(), !1017)
  %89 = load ptr, ptr %88, align 8, !dbg !918, !tbaa !264
    #dbg_value(ptr %89, !885, !DIExpression(), !1017)
  %90 = icmp eq ptr %89, null, !dbg !919
  br i1 %90, label %91, label %16, !dbg !919, !llvm.loop !1018

91:                                               ; preds = %87, %13
  %92 = load ptr, ptr %5, align 8, !dbg !1020, !tbaa !264
  call void @freeaddrinfo(ptr noundef %92) #13, !dbg !1021
  br label %93, !dbg !1022

93:                                               ; preds = %85, %1, %91
  %94 = phi i32 [ 0, %91 ], [ 1, %1 ], [ 1, %85 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #13, !dbg !1023
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !1023
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #13, !dbg !1023
  ret i32 %94, !dbg !1023
}

declare !dbg !1024 i32 @event_base_loop(ptr noundef, i32 noundef) local_unnamed_addr #3

declare !dbg !1027 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !1033 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !1037 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: nounwind
declare !dbg !1040 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !1043 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #11

; Function Attrs: nounwind
declare !dbg !1049 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare !dbg !1054 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare !dbg !1057 noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #7

declare !dbg !1060 i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1068 void @freeaddrinfo(ptr noundef) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #12

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #13 = { nounwind }
attributes #14 = { nounwind allocsize(0,1) }
attributes #15 = { cold }
attributes #16 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!191, !192, !193, !194, !195, !196, !197}
!llvm.ident = !{!198}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 72, type: !107, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !30, globals: !46, splitDebugInlining: false, nameTableKind: None)
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
!197 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!198 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!199 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 78, type: !160, scopeLine: 78, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !200)
!200 = !{!201, !202, !203}
!201 = !DILocalVariable(name: "c", arg: 1, scope: !199, file: !3, line: 78, type: !108)
!202 = !DILocalVariable(name: "buf", arg: 2, scope: !199, file: !3, line: 78, type: !31)
!203 = !DILocalVariable(name: "count", arg: 3, scope: !199, file: !3, line: 78, type: !166)
!204 = !DILocation(line: 0, scope: !199)
!205 = !DILocation(line: 79, column: 18, scope: !199)
!206 = !{!207, !208, i64 0}
!207 = !{!"conn", !208, i64 0, !208, i64 4, !208, i64 8, !211, i64 12, !209, i64 140, !208, i64 2188, !212, i64 2192, !208, i64 2220, !215, i64 2224, !215, i64 2232, !215, i64 2240}
!208 = !{!"int", !209, i64 0}
!209 = !{!"omnipotent char", !210, i64 0}
!210 = !{!"Simple C/C++ TBAA"}
!211 = !{!"event", !209, i64 0}
!212 = !{!"sockaddr_in6", !213, i64 0, !213, i64 2, !208, i64 4, !214, i64 8, !208, i64 24}
!213 = !{!"short", !209, i64 0}
!214 = !{!"in6_addr", !209, i64 0}
!215 = !{!"any pointer", !209, i64 0}
!216 = !DILocation(line: 79, column: 10, scope: !199)
!217 = !DILocation(line: 79, column: 3, scope: !199)
!218 = !DISubprogram(name: "read", scope: !219, file: !219, line: 371, type: !220, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!220 = !DISubroutineType(types: !221)
!221 = !{!162, !45, !31, !166}
!222 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 82, type: !170, scopeLine: 82, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !223)
!223 = !{!224, !225, !226}
!224 = !DILocalVariable(name: "c", arg: 1, scope: !222, file: !3, line: 82, type: !108)
!225 = !DILocalVariable(name: "msg", arg: 2, scope: !222, file: !3, line: 82, type: !172)
!226 = !DILocalVariable(name: "flags", arg: 3, scope: !222, file: !3, line: 82, type: !45)
!227 = !DILocation(line: 0, scope: !222)
!228 = !DILocation(line: 83, column: 21, scope: !222)
!229 = !DILocation(line: 83, column: 10, scope: !222)
!230 = !DILocation(line: 83, column: 3, scope: !222)
!231 = !DISubprogram(name: "sendmsg", scope: !232, file: !232, line: 174, type: !233, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!233 = !DISubroutineType(types: !234)
!234 = !{!162, !45, !235, !45}
!235 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !236, size: 64)
!236 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !173)
!237 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 86, type: !160, scopeLine: 86, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !238)
!238 = !{!239, !240, !241}
!239 = !DILocalVariable(name: "c", arg: 1, scope: !237, file: !3, line: 86, type: !108)
!240 = !DILocalVariable(name: "buf", arg: 2, scope: !237, file: !3, line: 86, type: !31)
!241 = !DILocalVariable(name: "count", arg: 3, scope: !237, file: !3, line: 86, type: !166)
!242 = !DILocation(line: 0, scope: !237)
!243 = !DILocation(line: 87, column: 19, scope: !237)
!244 = !DILocation(line: 87, column: 10, scope: !237)
!245 = !DILocation(line: 87, column: 3, scope: !237)
!246 = !DISubprogram(name: "write", scope: !219, file: !219, line: 378, type: !247, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!247 = !DISubroutineType(types: !248)
!248 = !{!162, !45, !249, !166}
!249 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !250, size: 64)
!250 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!251 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 92, type: !252, scopeLine: 93, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !254)
!252 = !DISubroutineType(types: !253)
!253 = !{!108, !45, !5, !13, !54}
!254 = !{!255, !256, !257, !258, !259}
!255 = !DILocalVariable(name: "sfd", arg: 1, scope: !251, file: !3, line: 92, type: !45)
!256 = !DILocalVariable(name: "init_state", arg: 2, scope: !251, file: !3, line: 92, type: !5)
!257 = !DILocalVariable(name: "transport", arg: 3, scope: !251, file: !3, line: 93, type: !13)
!258 = !DILocalVariable(name: "base", arg: 4, scope: !251, file: !3, line: 93, type: !54)
!259 = !DILocalVariable(name: "c", scope: !251, file: !3, line: 96, type: !108)
!260 = !DILocation(line: 0, scope: !251)
!261 = !DILocation(line: 94, column: 15, scope: !262)
!262 = distinct !DILexicalBlock(scope: !251, file: !3, line: 94, column: 7)
!263 = !DILocation(line: 96, column: 13, scope: !251)
!264 = !{!215, !215, i64 0}
!265 = !DILocation(line: 97, column: 9, scope: !266)
!266 = distinct !DILexicalBlock(scope: !251, file: !3, line: 97, column: 7)
!267 = !DILocation(line: 97, column: 7, scope: !251)
!268 = !DILocation(line: 98, column: 9, scope: !269)
!269 = distinct !DILexicalBlock(scope: !266, file: !3, line: 97, column: 18)
!270 = !DILocation(line: 99, column: 11, scope: !271)
!271 = distinct !DILexicalBlock(scope: !269, file: !3, line: 99, column: 9)
!272 = !DILocation(line: 99, column: 9, scope: !269)
!273 = !DILocation(line: 101, column: 12, scope: !269)
!274 = !DILocation(line: 102, column: 16, scope: !269)
!275 = !DILocation(line: 103, column: 3, scope: !269)
!276 = !DILocation(line: 104, column: 6, scope: !251)
!277 = !DILocation(line: 104, column: 16, scope: !251)
!278 = !{!207, !208, i64 8}
!279 = !DILocation(line: 105, column: 6, scope: !251)
!280 = !DILocation(line: 105, column: 12, scope: !251)
!281 = !{!207, !208, i64 4}
!282 = !DILocation(line: 106, column: 6, scope: !251)
!283 = !DILocation(line: 106, column: 13, scope: !251)
!284 = !{!207, !208, i64 2188}
!285 = !DILocation(line: 107, column: 6, scope: !251)
!286 = !DILocation(line: 107, column: 11, scope: !251)
!287 = !{!207, !215, i64 2224}
!288 = !DILocation(line: 108, column: 6, scope: !251)
!289 = !DILocation(line: 108, column: 14, scope: !251)
!290 = !{!207, !215, i64 2232}
!291 = !DILocation(line: 109, column: 6, scope: !251)
!292 = !DILocation(line: 109, column: 12, scope: !251)
!293 = !{!207, !215, i64 2240}
!294 = !DILocation(line: 110, column: 17, scope: !251)
!295 = !DILocation(line: 110, column: 3, scope: !251)
!296 = !DILocation(line: 111, column: 3, scope: !251)
!297 = !DILocation(line: 112, column: 7, scope: !298)
!298 = distinct !DILexicalBlock(scope: !251, file: !3, line: 112, column: 7)
!299 = !DILocation(line: 112, column: 31, scope: !298)
!300 = !DILocation(line: 115, column: 1, scope: !251)
!301 = !DISubprogram(name: "calloc", scope: !302, file: !302, line: 556, type: !303, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!302 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!303 = !DISubroutineType(types: !304)
!304 = !{!31, !166, !166}
!305 = !DISubprogram(name: "event_set", scope: !3, file: !3, line: 29, type: !306, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!306 = !DISubroutineType(types: !307)
!307 = !{null, !308, !45, !309, !310, !31}
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !76, size: 64)
!309 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!310 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !311, size: 64)
!311 = !DISubroutineType(types: !312)
!312 = !{null, !45, !309, !31}
!313 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 279, type: !311, scopeLine: 279, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !314)
!314 = !{!315, !316, !317, !318}
!315 = !DILocalVariable(name: "fd", arg: 1, scope: !313, file: !3, line: 279, type: !45)
!316 = !DILocalVariable(name: "which", arg: 2, scope: !313, file: !3, line: 279, type: !309)
!317 = !DILocalVariable(name: "arg", arg: 3, scope: !313, file: !3, line: 279, type: !31)
!318 = !DILocalVariable(name: "c", scope: !313, file: !3, line: 280, type: !108)
!319 = distinct !DIAssignID()
!320 = !DILocalVariable(name: "iov", scope: !321, file: !3, line: 208, type: !179)
!321 = distinct !DISubprogram(name: "transmit_udp", scope: !3, file: !3, line: 207, type: !322, scopeLine: 207, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !324)
!322 = !DISubroutineType(types: !323)
!323 = !{!45, !108}
!324 = !{!325, !320, !326}
!325 = !DILocalVariable(name: "c", arg: 1, scope: !321, file: !3, line: 207, type: !108)
!326 = !DILocalVariable(name: "msg", scope: !321, file: !3, line: 209, type: !173)
!327 = !DILocation(line: 0, scope: !321, inlinedAt: !328)
!328 = distinct !DILocation(line: 261, column: 51, scope: !329, inlinedAt: !358)
!329 = distinct !DILexicalBlock(scope: !330, file: !3, line: 261, column: 11)
!330 = distinct !DILexicalBlock(scope: !331, file: !3, line: 216, column: 23)
!331 = distinct !DILexicalBlock(scope: !332, file: !3, line: 215, column: 17)
!332 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 213, type: !333, scopeLine: 213, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !335)
!333 = !DISubroutineType(types: !334)
!334 = !{null, !108}
!335 = !{!336, !337, !339, !349, !350, !351, !356}
!336 = !DILocalVariable(name: "c", arg: 1, scope: !332, file: !3, line: 213, type: !108)
!337 = !DILocalVariable(name: "stop", scope: !332, file: !3, line: 214, type: !338)
!338 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!339 = !DILocalVariable(name: "addr", scope: !340, file: !3, line: 218, type: !341)
!340 = distinct !DILexicalBlock(scope: !330, file: !3, line: 217, column: 26)
!341 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !34, line: 196, size: 1024, elements: !342)
!342 = !{!343, !344, !348}
!343 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !341, file: !34, line: 198, baseType: !37, size: 16)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !341, file: !34, line: 199, baseType: !345, size: 944, offset: 16)
!345 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 944, elements: !346)
!346 = !{!347}
!347 = !DISubrange(count: 118)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !341, file: !34, line: 200, baseType: !99, size: 64, offset: 960)
!349 = !DILocalVariable(name: "addrlen", scope: !340, file: !3, line: 219, type: !156)
!350 = !DILocalVariable(name: "sfd", scope: !340, file: !3, line: 220, type: !45)
!351 = !DILocalVariable(name: "str", scope: !352, file: !3, line: 226, type: !354)
!352 = distinct !DILexicalBlock(scope: !353, file: !3, line: 225, column: 27)
!353 = distinct !DILexicalBlock(scope: !340, file: !3, line: 225, column: 11)
!354 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !355, size: 64)
!355 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!356 = !DILocalVariable(name: "res", scope: !357, file: !3, line: 241, type: !45)
!357 = distinct !DILexicalBlock(scope: !330, file: !3, line: 240, column: 21)
!358 = distinct !DILocation(line: 284, column: 3, scope: !313)
!359 = distinct !DIAssignID()
!360 = distinct !DIAssignID()
!361 = !DILocalVariable(name: "iov", scope: !362, file: !3, line: 202, type: !179)
!362 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 201, type: !322, scopeLine: 201, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !363)
!363 = !{!364, !361, !365}
!364 = !DILocalVariable(name: "c", arg: 1, scope: !362, file: !3, line: 201, type: !108)
!365 = !DILocalVariable(name: "msg", scope: !362, file: !3, line: 203, type: !173)
!366 = !DILocation(line: 0, scope: !362, inlinedAt: !367)
!367 = distinct !DILocation(line: 261, column: 37, scope: !329, inlinedAt: !358)
!368 = distinct !DIAssignID()
!369 = distinct !DIAssignID()
!370 = distinct !DIAssignID()
!371 = !DILocation(line: 0, scope: !340, inlinedAt: !358)
!372 = distinct !DIAssignID()
!373 = !DILocation(line: 0, scope: !313)
!374 = !DILocation(line: 282, column: 16, scope: !375)
!375 = distinct !DILexicalBlock(scope: !313, file: !3, line: 282, column: 7)
!376 = !DILocation(line: 282, column: 10, scope: !375)
!377 = !DILocation(line: 282, column: 7, scope: !313)
!378 = !DILocation(line: 0, scope: !332, inlinedAt: !358)
!379 = !DILocation(line: 215, column: 3, scope: !332, inlinedAt: !358)
!380 = !DILocation(line: 216, column: 16, scope: !331, inlinedAt: !358)
!381 = !DILocation(line: 216, column: 5, scope: !331, inlinedAt: !358)
!382 = !DILocation(line: 218, column: 7, scope: !340, inlinedAt: !358)
!383 = !DILocation(line: 219, column: 7, scope: !340, inlinedAt: !358)
!384 = !DILocation(line: 219, column: 17, scope: !340, inlinedAt: !358)
!385 = !{!208, !208, i64 0}
!386 = distinct !DIAssignID()
!387 = !DILocation(line: 220, column: 27, scope: !340, inlinedAt: !358)
!388 = !DILocation(line: 220, column: 17, scope: !340, inlinedAt: !358)
!389 = !DILocation(line: 221, column: 15, scope: !390, inlinedAt: !358)
!390 = distinct !DILexicalBlock(scope: !340, file: !3, line: 221, column: 11)
!391 = !DILocation(line: 221, column: 11, scope: !340, inlinedAt: !358)
!392 = !DILocation(line: 225, column: 15, scope: !353, inlinedAt: !358)
!393 = !DILocation(line: 225, column: 11, scope: !340, inlinedAt: !358)
!394 = !DILocation(line: 0, scope: !352, inlinedAt: !358)
!395 = !DILocation(line: 227, column: 13, scope: !396, inlinedAt: !358)
!396 = distinct !DILexicalBlock(scope: !352, file: !3, line: 227, column: 13)
!397 = !DILocation(line: 227, column: 42, scope: !396, inlinedAt: !358)
!398 = !DILocation(line: 227, column: 13, scope: !352, inlinedAt: !358)
!399 = !DILocation(line: 228, column: 11, scope: !396, inlinedAt: !358)
!400 = !DILocation(line: 229, column: 9, scope: !352, inlinedAt: !358)
!401 = !DILocation(line: 230, column: 7, scope: !352, inlinedAt: !358)
!402 = !DILocation(line: 231, column: 49, scope: !403, inlinedAt: !358)
!403 = distinct !DILexicalBlock(scope: !353, file: !3, line: 230, column: 14)
!404 = !DILocalVariable(name: "buf", scope: !405, file: !3, line: 147, type: !42)
!405 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 136, type: !406, scopeLine: 137, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !408)
!406 = !DISubroutineType(types: !407)
!407 = !{null, !45, !5, !13}
!408 = !{!409, !410, !411, !412, !404}
!409 = !DILocalVariable(name: "sfd", arg: 1, scope: !405, file: !3, line: 136, type: !45)
!410 = !DILocalVariable(name: "init_state", arg: 2, scope: !405, file: !3, line: 136, type: !5)
!411 = !DILocalVariable(name: "transport", arg: 3, scope: !405, file: !3, line: 137, type: !13)
!412 = !DILocalVariable(name: "item", scope: !405, file: !3, line: 138, type: !63)
!413 = !DILocation(line: 0, scope: !405, inlinedAt: !414)
!414 = distinct !DILocation(line: 231, column: 9, scope: !403, inlinedAt: !358)
!415 = !DILocation(line: 138, column: 19, scope: !405, inlinedAt: !414)
!416 = !DILocation(line: 139, column: 12, scope: !417, inlinedAt: !414)
!417 = distinct !DILexicalBlock(scope: !405, file: !3, line: 139, column: 7)
!418 = !DILocation(line: 139, column: 7, scope: !405, inlinedAt: !414)
!419 = !DILocation(line: 140, column: 5, scope: !420, inlinedAt: !414)
!420 = distinct !DILexicalBlock(scope: !417, file: !3, line: 139, column: 21)
!421 = !DILocation(line: 141, column: 5, scope: !420, inlinedAt: !414)
!422 = !DILocation(line: 143, column: 13, scope: !405, inlinedAt: !414)
!423 = !{!424, !208, i64 0}
!424 = !{!"conn_queue_item", !208, i64 0, !208, i64 4, !208, i64 8, !215, i64 16}
!425 = !DILocation(line: 144, column: 9, scope: !405, inlinedAt: !414)
!426 = !DILocation(line: 144, column: 20, scope: !405, inlinedAt: !414)
!427 = !{!424, !208, i64 4}
!428 = !DILocation(line: 145, column: 9, scope: !405, inlinedAt: !414)
!429 = !DILocation(line: 145, column: 19, scope: !405, inlinedAt: !414)
!430 = !{!424, !208, i64 8}
!431 = !DILocalVariable(name: "cq", arg: 1, scope: !432, file: !3, line: 117, type: !58)
!432 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 117, type: !433, scopeLine: 117, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !435)
!433 = !DISubroutineType(types: !434)
!434 = !{null, !58, !63}
!435 = !{!431, !436}
!436 = !DILocalVariable(name: "item", arg: 2, scope: !432, file: !3, line: 117, type: !63)
!437 = !DILocation(line: 0, scope: !432, inlinedAt: !438)
!438 = distinct !DILocation(line: 146, column: 3, scope: !405, inlinedAt: !414)
!439 = !DILocation(line: 118, column: 9, scope: !432, inlinedAt: !438)
!440 = !DILocation(line: 118, column: 14, scope: !432, inlinedAt: !438)
!441 = !{!424, !215, i64 16}
!442 = !DILocation(line: 119, column: 11, scope: !443, inlinedAt: !438)
!443 = distinct !DILexicalBlock(scope: !432, file: !3, line: 119, column: 7)
!444 = !{!445, !215, i64 8}
!445 = !{!"conn_queue", !215, i64 0, !215, i64 8}
!446 = !DILocation(line: 119, column: 16, scope: !443, inlinedAt: !438)
!447 = !DILocation(line: 119, column: 7, scope: !432, inlinedAt: !438)
!448 = !DILocation(line: 0, scope: !443, inlinedAt: !438)
!449 = !DILocation(line: 123, column: 12, scope: !432, inlinedAt: !438)
!450 = !DILocation(line: 147, column: 3, scope: !405, inlinedAt: !414)
!451 = !DILocation(line: 147, column: 8, scope: !405, inlinedAt: !414)
!452 = !{!209, !209, i64 0}
!453 = distinct !DIAssignID()
!454 = !DILocation(line: 148, column: 13, scope: !455, inlinedAt: !414)
!455 = distinct !DILexicalBlock(scope: !405, file: !3, line: 148, column: 7)
!456 = !DILocation(line: 148, column: 7, scope: !455, inlinedAt: !414)
!457 = !DILocation(line: 148, column: 38, scope: !455, inlinedAt: !414)
!458 = !DILocation(line: 148, column: 7, scope: !405, inlinedAt: !414)
!459 = !DILocation(line: 149, column: 5, scope: !455, inlinedAt: !414)
!460 = !DILocation(line: 150, column: 1, scope: !405, inlinedAt: !414)
!461 = !DILocation(line: 235, column: 5, scope: !330, inlinedAt: !358)
!462 = !DILocation(line: 237, column: 17, scope: !330, inlinedAt: !358)
!463 = !DILocation(line: 238, column: 16, scope: !330, inlinedAt: !358)
!464 = !DILocation(line: 239, column: 7, scope: !330, inlinedAt: !358)
!465 = !DILocation(line: 242, column: 12, scope: !466, inlinedAt: !358)
!466 = distinct !DILexicalBlock(scope: !357, file: !3, line: 242, column: 11)
!467 = !DILocation(line: 242, column: 11, scope: !357, inlinedAt: !358)
!468 = !DILocalVariable(name: "c", arg: 1, scope: !469, file: !3, line: 179, type: !108)
!469 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 179, type: !322, scopeLine: 179, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !470)
!470 = !{!468, !471}
!471 = !DILocalVariable(name: "res", scope: !469, file: !3, line: 180, type: !162)
!472 = !DILocation(line: 0, scope: !469, inlinedAt: !473)
!473 = distinct !DILocation(line: 243, column: 15, scope: !466, inlinedAt: !358)
!474 = !DILocation(line: 180, column: 20, scope: !469, inlinedAt: !473)
!475 = !DILocation(line: 180, column: 41, scope: !469, inlinedAt: !473)
!476 = !DILocation(line: 180, column: 36, scope: !469, inlinedAt: !473)
!477 = !DILocation(line: 180, column: 65, scope: !469, inlinedAt: !473)
!478 = !DILocation(line: 180, column: 17, scope: !469, inlinedAt: !473)
!479 = !DILocation(line: 181, column: 11, scope: !480, inlinedAt: !473)
!480 = distinct !DILexicalBlock(scope: !469, file: !3, line: 181, column: 7)
!481 = !DILocation(line: 181, column: 7, scope: !469, inlinedAt: !473)
!482 = !DILocation(line: 183, column: 16, scope: !469, inlinedAt: !473)
!483 = !DILocation(line: 183, column: 13, scope: !469, inlinedAt: !473)
!484 = !DILocation(line: 184, column: 3, scope: !469, inlinedAt: !473)
!485 = !DILocalVariable(name: "c", arg: 1, scope: !486, file: !3, line: 167, type: !108)
!486 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 167, type: !322, scopeLine: 167, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !487)
!487 = !{!485, !488}
!488 = !DILocalVariable(name: "res", scope: !486, file: !3, line: 169, type: !162)
!489 = !DILocation(line: 0, scope: !486, inlinedAt: !490)
!490 = distinct !DILocation(line: 245, column: 15, scope: !466, inlinedAt: !358)
!491 = !DILocation(line: 168, column: 24, scope: !486, inlinedAt: !490)
!492 = !{!207, !208, i64 2220}
!493 = !DILocation(line: 169, column: 29, scope: !486, inlinedAt: !490)
!494 = !DILocation(line: 169, column: 17, scope: !486, inlinedAt: !490)
!495 = !DILocation(line: 172, column: 11, scope: !496, inlinedAt: !490)
!496 = distinct !DILexicalBlock(scope: !486, file: !3, line: 172, column: 7)
!497 = !DILocation(line: 172, column: 7, scope: !486, inlinedAt: !490)
!498 = !DILocation(line: 173, column: 17, scope: !499, inlinedAt: !490)
!499 = distinct !DILexicalBlock(scope: !496, file: !3, line: 172, column: 16)
!500 = !DILocation(line: 174, column: 5, scope: !499, inlinedAt: !490)
!501 = !DILocation(line: 0, scope: !466, inlinedAt: !358)
!502 = !DILocation(line: 0, scope: !357, inlinedAt: !358)
!503 = !DILocation(line: 250, column: 11, scope: !504, inlinedAt: !358)
!504 = distinct !DILexicalBlock(scope: !357, file: !3, line: 250, column: 11)
!505 = !DILocation(line: 250, column: 22, scope: !504, inlinedAt: !358)
!506 = !DILocation(line: 250, column: 11, scope: !357, inlinedAt: !358)
!507 = !DILocation(line: 251, column: 14, scope: !508, inlinedAt: !358)
!508 = distinct !DILexicalBlock(scope: !509, file: !3, line: 251, column: 13)
!509 = distinct !DILexicalBlock(scope: !504, file: !3, line: 250, column: 30)
!510 = !DILocation(line: 251, column: 13, scope: !509, inlinedAt: !358)
!511 = !DILocation(line: 252, column: 14, scope: !508, inlinedAt: !358)
!512 = !DILocation(line: 252, column: 11, scope: !508, inlinedAt: !358)
!513 = !DILocation(line: 253, column: 18, scope: !509, inlinedAt: !358)
!514 = !DILocation(line: 254, column: 9, scope: !509, inlinedAt: !358)
!515 = !DILocation(line: 256, column: 11, scope: !357, inlinedAt: !358)
!516 = !{!517, !517, i64 0}
!517 = !{!"long", !209, i64 0}
!518 = !DILocation(line: 257, column: 16, scope: !357, inlinedAt: !358)
!519 = !DILocation(line: 258, column: 7, scope: !357, inlinedAt: !358)
!520 = !DILocation(line: 261, column: 14, scope: !329, inlinedAt: !358)
!521 = !DILocation(line: 261, column: 11, scope: !330, inlinedAt: !358)
!522 = !DILocation(line: 202, column: 3, scope: !362, inlinedAt: !367)
!523 = !DILocation(line: 203, column: 3, scope: !362, inlinedAt: !367)
!524 = !{!525}
!525 = distinct !{!525, !526, !"reply_msg: argument 0"}
!526 = distinct !{!526, !"reply_msg"}
!527 = !DILocation(line: 203, column: 23, scope: !362, inlinedAt: !367)
!528 = !DILocalVariable(name: "c", arg: 1, scope: !529, file: !3, line: 187, type: !108)
!529 = distinct !DISubprogram(name: "reply_msg", scope: !3, file: !3, line: 187, type: !530, scopeLine: 187, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !532)
!530 = !DISubroutineType(types: !531)
!531 = !{!173, !108, !178}
!532 = !{!528, !533, !534}
!533 = !DILocalVariable(name: "iov", arg: 2, scope: !529, file: !3, line: 187, type: !178)
!534 = !DILocalVariable(name: "msg", scope: !529, file: !3, line: 188, type: !173)
!535 = !DILocation(line: 0, scope: !529, inlinedAt: !536)
!536 = distinct !DILocation(line: 203, column: 23, scope: !362, inlinedAt: !367)
!537 = !DILocation(line: 188, column: 17, scope: !529, inlinedAt: !536)
!538 = !DILocation(line: 189, column: 3, scope: !529, inlinedAt: !536)
!539 = distinct !DIAssignID()
!540 = !DILocation(line: 190, column: 17, scope: !529, inlinedAt: !536)
!541 = !{!542, !215, i64 0}
!542 = !{!"iovec", !215, i64 0, !517, i64 8}
!543 = distinct !DIAssignID()
!544 = !DILocation(line: 191, column: 16, scope: !529, inlinedAt: !536)
!545 = !{!542, !517, i64 8}
!546 = distinct !DIAssignID()
!547 = !DILocation(line: 192, column: 15, scope: !529, inlinedAt: !536)
!548 = !{!549, !215, i64 16}
!549 = !{!"msghdr", !215, i64 0, !208, i64 8, !215, i64 16, !517, i64 24, !215, i64 32, !517, i64 40, !208, i64 48}
!550 = distinct !DIAssignID()
!551 = !DILocation(line: 193, column: 18, scope: !529, inlinedAt: !536)
!552 = !{!549, !517, i64 24}
!553 = distinct !DIAssignID()
!554 = !DILocation(line: 204, column: 13, scope: !362, inlinedAt: !367)
!555 = !DILocation(line: 204, column: 10, scope: !362, inlinedAt: !367)
!556 = !DILocation(line: 204, column: 33, scope: !362, inlinedAt: !367)
!557 = !DILocation(line: 205, column: 1, scope: !362, inlinedAt: !367)
!558 = !DILocation(line: 261, column: 13, scope: !329, inlinedAt: !358)
!559 = !DILocation(line: 208, column: 3, scope: !321, inlinedAt: !328)
!560 = !DILocation(line: 209, column: 3, scope: !321, inlinedAt: !328)
!561 = !{!562}
!562 = distinct !{!562, !563, !"reply_msg: argument 0"}
!563 = distinct !{!563, !"reply_msg"}
!564 = !DILocation(line: 209, column: 23, scope: !321, inlinedAt: !328)
!565 = !DILocation(line: 0, scope: !529, inlinedAt: !566)
!566 = distinct !DILocation(line: 209, column: 23, scope: !321, inlinedAt: !328)
!567 = !DILocation(line: 188, column: 17, scope: !529, inlinedAt: !566)
!568 = !DILocation(line: 189, column: 3, scope: !529, inlinedAt: !566)
!569 = distinct !DIAssignID()
!570 = !DILocation(line: 190, column: 17, scope: !529, inlinedAt: !566)
!571 = distinct !DIAssignID()
!572 = !DILocation(line: 191, column: 16, scope: !529, inlinedAt: !566)
!573 = distinct !DIAssignID()
!574 = !DILocation(line: 192, column: 15, scope: !529, inlinedAt: !566)
!575 = distinct !DIAssignID()
!576 = !DILocation(line: 193, column: 18, scope: !529, inlinedAt: !566)
!577 = distinct !DIAssignID()
!578 = !DILocation(line: 195, column: 18, scope: !579, inlinedAt: !566)
!579 = distinct !DILexicalBlock(scope: !580, file: !3, line: 194, column: 29)
!580 = distinct !DILexicalBlock(scope: !529, file: !3, line: 194, column: 7)
!581 = !{!549, !215, i64 0}
!582 = distinct !DIAssignID()
!583 = !DILocation(line: 196, column: 26, scope: !579, inlinedAt: !566)
!584 = !DILocation(line: 196, column: 21, scope: !579, inlinedAt: !566)
!585 = !{!549, !208, i64 8}
!586 = distinct !DIAssignID()
!587 = !DILocation(line: 210, column: 21, scope: !321, inlinedAt: !328)
!588 = !DILocation(line: 210, column: 10, scope: !321, inlinedAt: !328)
!589 = !DILocation(line: 210, column: 35, scope: !321, inlinedAt: !328)
!590 = !DILocation(line: 211, column: 1, scope: !321, inlinedAt: !328)
!591 = !DILocation(line: 262, column: 18, scope: !592, inlinedAt: !358)
!592 = distinct !DILexicalBlock(scope: !329, file: !3, line: 261, column: 69)
!593 = !DILocation(line: 263, column: 9, scope: !592, inlinedAt: !358)
!594 = !DILocation(line: 265, column: 18, scope: !330, inlinedAt: !358)
!595 = !DILocation(line: 265, column: 16, scope: !330, inlinedAt: !358)
!596 = !DILocation(line: 267, column: 7, scope: !330, inlinedAt: !358)
!597 = !DILocation(line: 269, column: 12, scope: !598, inlinedAt: !358)
!598 = distinct !DILexicalBlock(scope: !330, file: !3, line: 269, column: 11)
!599 = !DILocation(line: 269, column: 11, scope: !330, inlinedAt: !358)
!600 = !DILocation(line: 270, column: 9, scope: !601, inlinedAt: !358)
!601 = distinct !DILexicalBlock(scope: !598, file: !3, line: 269, column: 34)
!602 = !DILocation(line: 271, column: 18, scope: !601, inlinedAt: !358)
!603 = !DILocation(line: 271, column: 9, scope: !601, inlinedAt: !358)
!604 = !DILocation(line: 272, column: 7, scope: !601, inlinedAt: !358)
!605 = !DILocation(line: 215, column: 11, scope: !332, inlinedAt: !358)
!606 = distinct !{!606, !379, !607, !608, !609}
!607 = !DILocation(line: 276, column: 3, scope: !332, inlinedAt: !358)
!608 = !{!"llvm.loop.mustprogress"}
!609 = !{!"llvm.loop.unroll.disable"}
!610 = !DILocation(line: 285, column: 1, scope: !313)
!611 = !DISubprogram(name: "event_base_set", scope: !3, file: !3, line: 31, type: !612, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!612 = !DISubroutineType(types: !613)
!613 = !{!45, !54, !308}
!614 = !DISubprogram(name: "event_add", scope: !3, file: !3, line: 32, type: !615, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!615 = !DISubroutineType(types: !616)
!616 = !{!45, !308, !617}
!617 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !618, size: 64)
!618 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !619)
!619 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !620, line: 8, size: 128, elements: !621)
!620 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!621 = !{!622, !624}
!622 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !619, file: !620, line: 14, baseType: !623, size: 64)
!623 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !131, line: 160, baseType: !165)
!624 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !619, file: !620, line: 15, baseType: !625, size: 64, offset: 64)
!625 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !131, line: 162, baseType: !165)
!626 = distinct !DIAssignID()
!627 = !DILocation(line: 0, scope: !405)
!628 = !DILocation(line: 138, column: 19, scope: !405)
!629 = !DILocation(line: 139, column: 12, scope: !417)
!630 = !DILocation(line: 139, column: 7, scope: !405)
!631 = !DILocation(line: 140, column: 5, scope: !420)
!632 = !DILocation(line: 141, column: 5, scope: !420)
!633 = !DILocation(line: 143, column: 13, scope: !405)
!634 = !DILocation(line: 144, column: 9, scope: !405)
!635 = !DILocation(line: 144, column: 20, scope: !405)
!636 = !DILocation(line: 145, column: 9, scope: !405)
!637 = !DILocation(line: 145, column: 19, scope: !405)
!638 = !DILocation(line: 0, scope: !432, inlinedAt: !639)
!639 = distinct !DILocation(line: 146, column: 3, scope: !405)
!640 = !DILocation(line: 118, column: 9, scope: !432, inlinedAt: !639)
!641 = !DILocation(line: 118, column: 14, scope: !432, inlinedAt: !639)
!642 = !DILocation(line: 119, column: 11, scope: !443, inlinedAt: !639)
!643 = !DILocation(line: 119, column: 16, scope: !443, inlinedAt: !639)
!644 = !DILocation(line: 119, column: 7, scope: !432, inlinedAt: !639)
!645 = !DILocation(line: 0, scope: !443, inlinedAt: !639)
!646 = !DILocation(line: 123, column: 12, scope: !432, inlinedAt: !639)
!647 = !DILocation(line: 147, column: 3, scope: !405)
!648 = !DILocation(line: 147, column: 8, scope: !405)
!649 = distinct !DIAssignID()
!650 = !DILocation(line: 148, column: 13, scope: !455)
!651 = !DILocation(line: 148, column: 7, scope: !455)
!652 = !DILocation(line: 148, column: 38, scope: !455)
!653 = !DILocation(line: 148, column: 7, scope: !405)
!654 = !DILocation(line: 149, column: 5, scope: !455)
!655 = !DILocation(line: 150, column: 1, scope: !405)
!656 = !DISubprogram(name: "malloc", scope: !302, file: !302, line: 553, type: !657, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!657 = !DISubroutineType(types: !658)
!658 = !{!31, !166}
!659 = !DISubprogram(name: "close", scope: !219, file: !219, line: 358, type: !660, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!660 = !DISubroutineType(types: !661)
!661 = !{!45, !45}
!662 = !DISubprogram(name: "perror", scope: !663, file: !663, line: 804, type: !664, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!663 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!664 = !DISubroutineType(types: !665)
!665 = !{null, !354}
!666 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 337, type: !667, scopeLine: 337, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !671)
!667 = !DISubroutineType(types: !668)
!668 = !{!45, !45, !669}
!669 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !670, size: 64)
!670 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!671 = !{!672, !673, !674}
!672 = !DILocalVariable(name: "argc", arg: 1, scope: !666, file: !3, line: 337, type: !45)
!673 = !DILocalVariable(name: "argv", arg: 2, scope: !666, file: !3, line: 337, type: !669)
!674 = !DILocalVariable(name: "fds", scope: !666, file: !3, line: 340, type: !675)
!675 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 64, elements: !676)
!676 = !{!677}
!677 = !DISubrange(count: 2)
!678 = distinct !DIAssignID()
!679 = distinct !DIAssignID()
!680 = !DILocation(line: 0, scope: !666)
!681 = !DILocation(line: 338, column: 15, scope: !666)
!682 = !DILocation(line: 338, column: 13, scope: !666)
!683 = !DILocation(line: 339, column: 18, scope: !666)
!684 = !DILocation(line: 340, column: 3, scope: !666)
!685 = !DILocation(line: 341, column: 33, scope: !686)
!686 = distinct !DILexicalBlock(scope: !666, file: !3, line: 341, column: 7)
!687 = !DILocation(line: 341, column: 43, scope: !686)
!688 = !DILocation(line: 341, column: 7, scope: !666)
!689 = !DILocation(line: 343, column: 20, scope: !666)
!690 = !DILocation(line: 343, column: 18, scope: !666)
!691 = !DILocation(line: 344, column: 28, scope: !666)
!692 = !DILocation(line: 344, column: 3, scope: !666)
!693 = !DILocation(line: 346, column: 18, scope: !666)
!694 = !DILocation(line: 346, column: 3, scope: !666)
!695 = !DILocation(line: 347, column: 3, scope: !666)
!696 = !DILocation(line: 348, column: 12, scope: !697)
!697 = distinct !DILexicalBlock(scope: !666, file: !3, line: 348, column: 7)
!698 = !DILocation(line: 348, column: 16, scope: !697)
!699 = !DILocation(line: 348, column: 38, scope: !697)
!700 = !DILocalVariable(name: "addr", scope: !701, file: !3, line: 325, type: !707)
!701 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 321, type: !702, scopeLine: 321, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !704)
!702 = !DISubroutineType(types: !703)
!703 = !{!45, !354}
!704 = !{!705, !706, !700}
!705 = !DILocalVariable(name: "path", arg: 1, scope: !701, file: !3, line: 321, type: !354)
!706 = !DILocalVariable(name: "sfd", scope: !701, file: !3, line: 322, type: !45)
!707 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !708, line: 29, size: 880, elements: !709)
!708 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!709 = !{!710, !711}
!710 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !707, file: !708, line: 31, baseType: !37, size: 16)
!711 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !707, file: !708, line: 32, baseType: !712, size: 864, offset: 16)
!712 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 864, elements: !713)
!713 = !{!714}
!714 = !DISubrange(count: 108)
!715 = !DILocation(line: 0, scope: !701, inlinedAt: !716)
!716 = distinct !DILocation(line: 348, column: 19, scope: !697)
!717 = !DILocation(line: 322, column: 13, scope: !701, inlinedAt: !716)
!718 = !DILocation(line: 323, column: 11, scope: !719, inlinedAt: !716)
!719 = distinct !DILexicalBlock(scope: !701, file: !3, line: 323, column: 7)
!720 = !DILocation(line: 323, column: 7, scope: !701, inlinedAt: !716)
!721 = !DILocation(line: 325, column: 3, scope: !701, inlinedAt: !716)
!722 = !DILocation(line: 326, column: 3, scope: !701, inlinedAt: !716)
!723 = distinct !DIAssignID()
!724 = !DILocation(line: 327, column: 19, scope: !701, inlinedAt: !716)
!725 = !{!726, !213, i64 0}
!726 = !{!"sockaddr_un", !213, i64 0, !209, i64 2}
!727 = distinct !DIAssignID()
!728 = !DILocation(line: 328, column: 16, scope: !701, inlinedAt: !716)
!729 = !DILocation(line: 328, column: 3, scope: !701, inlinedAt: !716)
!730 = !DILocation(line: 329, column: 7, scope: !731, inlinedAt: !716)
!731 = distinct !DILexicalBlock(scope: !701, file: !3, line: 329, column: 7)
!732 = !DILocation(line: 329, column: 57, scope: !731, inlinedAt: !716)
!733 = !DILocation(line: 329, column: 63, scope: !731, inlinedAt: !716)
!734 = !DILocation(line: 330, column: 7, scope: !731, inlinedAt: !716)
!735 = !DILocation(line: 330, column: 25, scope: !731, inlinedAt: !716)
!736 = !DILocation(line: 329, column: 7, scope: !701, inlinedAt: !716)
!737 = !DILocation(line: 331, column: 5, scope: !738, inlinedAt: !716)
!738 = distinct !DILexicalBlock(scope: !731, file: !3, line: 330, column: 32)
!739 = !DILocation(line: 332, column: 5, scope: !738, inlinedAt: !716)
!740 = !DILocation(line: 334, column: 57, scope: !701, inlinedAt: !716)
!741 = !DILocation(line: 0, scope: !251, inlinedAt: !742)
!742 = distinct !DILocation(line: 334, column: 10, scope: !701, inlinedAt: !716)
!743 = !DILocation(line: 94, column: 15, scope: !262, inlinedAt: !742)
!744 = !DILocation(line: 96, column: 13, scope: !251, inlinedAt: !742)
!745 = !DILocation(line: 97, column: 9, scope: !266, inlinedAt: !742)
!746 = !DILocation(line: 97, column: 7, scope: !251, inlinedAt: !742)
!747 = !DILocation(line: 98, column: 9, scope: !269, inlinedAt: !742)
!748 = !DILocation(line: 99, column: 11, scope: !271, inlinedAt: !742)
!749 = !DILocation(line: 99, column: 9, scope: !269, inlinedAt: !742)
!750 = !DILocation(line: 101, column: 12, scope: !269, inlinedAt: !742)
!751 = !DILocation(line: 102, column: 16, scope: !269, inlinedAt: !742)
!752 = !DILocation(line: 103, column: 3, scope: !269, inlinedAt: !742)
!753 = !DILocation(line: 104, column: 6, scope: !251, inlinedAt: !742)
!754 = !DILocation(line: 104, column: 16, scope: !251, inlinedAt: !742)
!755 = !DILocation(line: 105, column: 6, scope: !251, inlinedAt: !742)
!756 = !DILocation(line: 105, column: 12, scope: !251, inlinedAt: !742)
!757 = !DILocation(line: 106, column: 6, scope: !251, inlinedAt: !742)
!758 = !DILocation(line: 106, column: 13, scope: !251, inlinedAt: !742)
!759 = !DILocation(line: 107, column: 6, scope: !251, inlinedAt: !742)
!760 = !DILocation(line: 107, column: 11, scope: !251, inlinedAt: !742)
!761 = !DILocation(line: 108, column: 6, scope: !251, inlinedAt: !742)
!762 = !DILocation(line: 108, column: 14, scope: !251, inlinedAt: !742)
!763 = !DILocation(line: 109, column: 6, scope: !251, inlinedAt: !742)
!764 = !DILocation(line: 109, column: 12, scope: !251, inlinedAt: !742)
!765 = !DILocation(line: 110, column: 17, scope: !251, inlinedAt: !742)
!766 = !DILocation(line: 110, column: 3, scope: !251, inlinedAt: !742)
!767 = !DILocation(line: 111, column: 3, scope: !251, inlinedAt: !742)
!768 = !DILocation(line: 112, column: 7, scope: !298, inlinedAt: !742)
!769 = !DILocation(line: 112, column: 31, scope: !298, inlinedAt: !742)
!770 = !DILocation(line: 335, column: 1, scope: !701, inlinedAt: !716)
!771 = !DILocation(line: 348, column: 7, scope: !666)
!772 = !DILocation(line: 350, column: 7, scope: !773)
!773 = distinct !DILexicalBlock(scope: !666, file: !3, line: 350, column: 7)
!774 = !DILocation(line: 350, column: 43, scope: !773)
!775 = !DILocation(line: 351, column: 7, scope: !773)
!776 = !DILocation(line: 350, column: 7, scope: !666)
!777 = !DILocation(line: 353, column: 26, scope: !666)
!778 = !DILocation(line: 353, column: 10, scope: !666)
!779 = !DILocation(line: 353, column: 3, scope: !666)
!780 = !DILocation(line: 354, column: 1, scope: !666)
!781 = !DISubprogram(name: "event_init", scope: !3, file: !3, line: 28, type: !782, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!782 = !DISubroutineType(types: !783)
!783 = !{!54}
!784 = !DISubprogram(name: "pipe", scope: !219, file: !219, line: 437, type: !785, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!785 = !DISubroutineType(types: !786)
!786 = !{!45, !787}
!787 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!788 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 152, type: !311, scopeLine: 152, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !789)
!789 = !{!790, !791, !792, !793, !794}
!790 = !DILocalVariable(name: "fd", arg: 1, scope: !788, file: !3, line: 152, type: !45)
!791 = !DILocalVariable(name: "which", arg: 2, scope: !788, file: !3, line: 152, type: !309)
!792 = !DILocalVariable(name: "arg", arg: 3, scope: !788, file: !3, line: 152, type: !31)
!793 = !DILocalVariable(name: "buf", scope: !788, file: !3, line: 153, type: !42)
!794 = !DILocalVariable(name: "item", scope: !788, file: !3, line: 158, type: !63)
!795 = distinct !DIAssignID()
!796 = !DILocation(line: 0, scope: !788)
!797 = !DILocation(line: 153, column: 3, scope: !788)
!798 = !DILocation(line: 156, column: 7, scope: !799)
!799 = distinct !DILexicalBlock(scope: !788, file: !3, line: 156, column: 7)
!800 = !DILocation(line: 156, column: 25, scope: !799)
!801 = !DILocation(line: 156, column: 7, scope: !788)
!802 = !DILocalVariable(name: "cq", arg: 1, scope: !803, file: !3, line: 126, type: !58)
!803 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 126, type: !804, scopeLine: 126, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !806)
!804 = !DISubroutineType(types: !805)
!805 = !{!63, !58}
!806 = !{!802, !807}
!807 = !DILocalVariable(name: "item", scope: !803, file: !3, line: 127, type: !63)
!808 = !DILocation(line: 0, scope: !803, inlinedAt: !809)
!809 = distinct !DILocation(line: 158, column: 19, scope: !788)
!810 = !DILocation(line: 127, column: 23, scope: !803, inlinedAt: !809)
!811 = !{!445, !215, i64 0}
!812 = !DILocation(line: 128, column: 12, scope: !813, inlinedAt: !809)
!813 = distinct !DILexicalBlock(scope: !803, file: !3, line: 128, column: 7)
!814 = !DILocation(line: 128, column: 7, scope: !803, inlinedAt: !809)
!815 = !DILocation(line: 129, column: 22, scope: !816, inlinedAt: !809)
!816 = distinct !DILexicalBlock(scope: !813, file: !3, line: 128, column: 21)
!817 = !DILocation(line: 129, column: 14, scope: !816, inlinedAt: !809)
!818 = !DILocation(line: 130, column: 18, scope: !819, inlinedAt: !809)
!819 = distinct !DILexicalBlock(scope: !816, file: !3, line: 130, column: 9)
!820 = !DILocation(line: 130, column: 9, scope: !816, inlinedAt: !809)
!821 = !DILocation(line: 131, column: 16, scope: !819, inlinedAt: !809)
!822 = !DILocation(line: 131, column: 7, scope: !819, inlinedAt: !809)
!823 = !DILocation(line: 159, column: 7, scope: !788)
!824 = !DILocation(line: 161, column: 22, scope: !825)
!825 = distinct !DILexicalBlock(scope: !788, file: !3, line: 161, column: 7)
!826 = !DILocation(line: 161, column: 33, scope: !825)
!827 = !DILocation(line: 161, column: 51, scope: !825)
!828 = !DILocation(line: 161, column: 62, scope: !825)
!829 = !DILocation(line: 0, scope: !251, inlinedAt: !830)
!830 = distinct !DILocation(line: 161, column: 7, scope: !825)
!831 = !DILocation(line: 94, column: 15, scope: !262, inlinedAt: !830)
!832 = !DILocation(line: 96, column: 13, scope: !251, inlinedAt: !830)
!833 = !DILocation(line: 97, column: 9, scope: !266, inlinedAt: !830)
!834 = !DILocation(line: 97, column: 7, scope: !251, inlinedAt: !830)
!835 = !DILocation(line: 98, column: 9, scope: !269, inlinedAt: !830)
!836 = !DILocation(line: 99, column: 11, scope: !271, inlinedAt: !830)
!837 = !DILocation(line: 99, column: 9, scope: !269, inlinedAt: !830)
!838 = !DILocation(line: 101, column: 12, scope: !269, inlinedAt: !830)
!839 = !DILocation(line: 102, column: 16, scope: !269, inlinedAt: !830)
!840 = !DILocation(line: 103, column: 3, scope: !269, inlinedAt: !830)
!841 = !DILocation(line: 104, column: 6, scope: !251, inlinedAt: !830)
!842 = !DILocation(line: 104, column: 16, scope: !251, inlinedAt: !830)
!843 = !DILocation(line: 105, column: 6, scope: !251, inlinedAt: !830)
!844 = !DILocation(line: 105, column: 12, scope: !251, inlinedAt: !830)
!845 = !DILocation(line: 106, column: 6, scope: !251, inlinedAt: !830)
!846 = !DILocation(line: 106, column: 13, scope: !251, inlinedAt: !830)
!847 = !DILocation(line: 107, column: 6, scope: !251, inlinedAt: !830)
!848 = !DILocation(line: 107, column: 11, scope: !251, inlinedAt: !830)
!849 = !DILocation(line: 108, column: 6, scope: !251, inlinedAt: !830)
!850 = !DILocation(line: 108, column: 14, scope: !251, inlinedAt: !830)
!851 = !DILocation(line: 109, column: 6, scope: !251, inlinedAt: !830)
!852 = !DILocation(line: 109, column: 12, scope: !251, inlinedAt: !830)
!853 = !DILocation(line: 110, column: 17, scope: !251, inlinedAt: !830)
!854 = !DILocation(line: 110, column: 3, scope: !251, inlinedAt: !830)
!855 = !DILocation(line: 111, column: 3, scope: !251, inlinedAt: !830)
!856 = !DILocation(line: 112, column: 7, scope: !298, inlinedAt: !830)
!857 = !DILocation(line: 112, column: 31, scope: !298, inlinedAt: !830)
!858 = !DILocation(line: 161, column: 7, scope: !788)
!859 = !DILocation(line: 163, column: 17, scope: !825)
!860 = !DILocation(line: 163, column: 5, scope: !825)
!861 = !DILocation(line: 164, column: 3, scope: !788)
!862 = !DILocation(line: 165, column: 1, scope: !788)
!863 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 287, type: !864, scopeLine: 287, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !866)
!864 = !DISubroutineType(cc: DW_CC_nocall, types: !865)
!865 = !{!45, !45, !13}
!866 = !{!867, !868, !869, !882, !884, !885, !887}
!867 = !DILocalVariable(name: "port", arg: 1, scope: !863, file: !3, line: 287, type: !45)
!868 = !DILocalVariable(name: "transport", arg: 2, scope: !863, file: !3, line: 287, type: !13)
!869 = !DILocalVariable(name: "hints", scope: !863, file: !3, line: 288, type: !870)
!870 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !871, line: 565, size: 384, elements: !872)
!871 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!872 = !{!873, !874, !875, !876, !877, !878, !879, !880}
!873 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !870, file: !871, line: 567, baseType: !45, size: 32)
!874 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !870, file: !871, line: 568, baseType: !45, size: 32, offset: 32)
!875 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !870, file: !871, line: 569, baseType: !45, size: 32, offset: 64)
!876 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !870, file: !871, line: 570, baseType: !45, size: 32, offset: 96)
!877 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !870, file: !871, line: 571, baseType: !156, size: 32, offset: 128)
!878 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !870, file: !871, line: 572, baseType: !32, size: 64, offset: 192)
!879 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !870, file: !871, line: 573, baseType: !670, size: 64, offset: 256)
!880 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !870, file: !871, line: 574, baseType: !881, size: 64, offset: 320)
!881 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !870, size: 64)
!882 = !DILocalVariable(name: "port_buf", scope: !863, file: !3, line: 293, type: !883)
!883 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 128, elements: !146)
!884 = !DILocalVariable(name: "ai", scope: !863, file: !3, line: 295, type: !881)
!885 = !DILocalVariable(name: "next", scope: !886, file: !3, line: 298, type: !881)
!886 = distinct !DILexicalBlock(scope: !863, file: !3, line: 298, column: 3)
!887 = !DILocalVariable(name: "sfd", scope: !888, file: !3, line: 299, type: !45)
!888 = distinct !DILexicalBlock(scope: !889, file: !3, line: 298, column: 64)
!889 = distinct !DILexicalBlock(scope: !886, file: !3, line: 298, column: 3)
!890 = distinct !DIAssignID()
!891 = distinct !DIAssignID()
!892 = !DILocation(line: 0, scope: !863)
!893 = distinct !DIAssignID()
!894 = distinct !DIAssignID()
!895 = !DILocation(line: 288, column: 3, scope: !863)
!896 = !DILocation(line: 289, column: 3, scope: !863)
!897 = distinct !DIAssignID()
!898 = !DILocation(line: 290, column: 18, scope: !863)
!899 = !{!900, !208, i64 0}
!900 = !{!"addrinfo", !208, i64 0, !208, i64 4, !208, i64 8, !208, i64 12, !208, i64 16, !215, i64 24, !215, i64 32, !215, i64 40}
!901 = distinct !DIAssignID()
!902 = !DILocation(line: 291, column: 9, scope: !863)
!903 = !DILocation(line: 291, column: 19, scope: !863)
!904 = !{!900, !208, i64 4}
!905 = distinct !DIAssignID()
!906 = !DILocation(line: 292, column: 23, scope: !863)
!907 = !DILocation(line: 292, column: 9, scope: !863)
!908 = !DILocation(line: 292, column: 21, scope: !863)
!909 = !{!900, !208, i64 8}
!910 = distinct !DIAssignID()
!911 = !DILocation(line: 293, column: 3, scope: !863)
!912 = !DILocation(line: 294, column: 3, scope: !863)
!913 = !DILocation(line: 295, column: 3, scope: !863)
!914 = !DILocation(line: 296, column: 7, scope: !915)
!915 = distinct !DILexicalBlock(scope: !863, file: !3, line: 296, column: 7)
!916 = !DILocation(line: 296, column: 48, scope: !915)
!917 = !DILocation(line: 296, column: 7, scope: !863)
!918 = !DILocation(line: 298, scope: !886)
!919 = !DILocation(line: 298, column: 3, scope: !886)
!920 = !DILocation(line: 299, column: 28, scope: !888)
!921 = !DILocation(line: 299, column: 45, scope: !888)
!922 = !DILocation(line: 299, column: 64, scope: !888)
!923 = !{!900, !208, i64 12}
!924 = !DILocation(line: 299, column: 15, scope: !888)
!925 = !DILocation(line: 0, scope: !888)
!926 = !DILocation(line: 300, column: 13, scope: !927)
!927 = distinct !DILexicalBlock(scope: !888, file: !3, line: 300, column: 9)
!928 = !DILocation(line: 300, column: 9, scope: !888)
!929 = !DILocation(line: 302, column: 25, scope: !930)
!930 = distinct !DILexicalBlock(scope: !888, file: !3, line: 302, column: 9)
!931 = !{!900, !215, i64 24}
!932 = !DILocation(line: 302, column: 40, scope: !930)
!933 = !{!900, !208, i64 16}
!934 = !DILocation(line: 302, column: 9, scope: !930)
!935 = !DILocation(line: 302, column: 52, scope: !930)
!936 = !DILocation(line: 302, column: 9, scope: !888)
!937 = !DILocation(line: 303, column: 7, scope: !938)
!938 = distinct !DILexicalBlock(scope: !930, file: !3, line: 302, column: 59)
!939 = !DILocation(line: 304, column: 7, scope: !938)
!940 = !DILocation(line: 306, column: 28, scope: !941)
!941 = distinct !DILexicalBlock(scope: !888, file: !3, line: 306, column: 9)
!942 = !DILocation(line: 306, column: 31, scope: !941)
!943 = !DILocation(line: 306, column: 49, scope: !941)
!944 = !DILocation(line: 306, column: 9, scope: !888)
!945 = !DILocation(line: 307, column: 7, scope: !946)
!946 = distinct !DILexicalBlock(scope: !941, file: !3, line: 306, column: 56)
!947 = !DILocation(line: 308, column: 7, scope: !946)
!948 = !DILocation(line: 0, scope: !405, inlinedAt: !949)
!949 = distinct !DILocation(line: 311, column: 7, scope: !950)
!950 = distinct !DILexicalBlock(scope: !951, file: !3, line: 310, column: 28)
!951 = distinct !DILexicalBlock(scope: !888, file: !3, line: 310, column: 9)
!952 = !DILocation(line: 138, column: 19, scope: !405, inlinedAt: !949)
!953 = !DILocation(line: 139, column: 12, scope: !417, inlinedAt: !949)
!954 = !DILocation(line: 139, column: 7, scope: !405, inlinedAt: !949)
!955 = !DILocation(line: 140, column: 5, scope: !420, inlinedAt: !949)
!956 = !DILocation(line: 141, column: 5, scope: !420, inlinedAt: !949)
!957 = !DILocation(line: 143, column: 13, scope: !405, inlinedAt: !949)
!958 = !DILocation(line: 144, column: 9, scope: !405, inlinedAt: !949)
!959 = !DILocation(line: 144, column: 20, scope: !405, inlinedAt: !949)
!960 = !DILocation(line: 145, column: 9, scope: !405, inlinedAt: !949)
!961 = !DILocation(line: 145, column: 19, scope: !405, inlinedAt: !949)
!962 = !DILocation(line: 0, scope: !432, inlinedAt: !963)
!963 = distinct !DILocation(line: 146, column: 3, scope: !405, inlinedAt: !949)
!964 = !DILocation(line: 118, column: 9, scope: !432, inlinedAt: !963)
!965 = !DILocation(line: 118, column: 14, scope: !432, inlinedAt: !963)
!966 = !DILocation(line: 119, column: 11, scope: !443, inlinedAt: !963)
!967 = !DILocation(line: 119, column: 16, scope: !443, inlinedAt: !963)
!968 = !DILocation(line: 119, column: 7, scope: !432, inlinedAt: !963)
!969 = !DILocation(line: 0, scope: !443, inlinedAt: !963)
!970 = !DILocation(line: 123, column: 12, scope: !432, inlinedAt: !963)
!971 = !DILocation(line: 147, column: 3, scope: !405, inlinedAt: !949)
!972 = !DILocation(line: 147, column: 8, scope: !405, inlinedAt: !949)
!973 = distinct !DIAssignID()
!974 = !DILocation(line: 148, column: 13, scope: !455, inlinedAt: !949)
!975 = !DILocation(line: 148, column: 7, scope: !455, inlinedAt: !949)
!976 = !DILocation(line: 148, column: 38, scope: !455, inlinedAt: !949)
!977 = !DILocation(line: 148, column: 7, scope: !405, inlinedAt: !949)
!978 = !DILocation(line: 149, column: 5, scope: !455, inlinedAt: !949)
!979 = !DILocation(line: 150, column: 1, scope: !405, inlinedAt: !949)
!980 = !DILocation(line: 312, column: 57, scope: !981)
!981 = distinct !DILexicalBlock(scope: !951, file: !3, line: 312, column: 16)
!982 = !DILocation(line: 0, scope: !251, inlinedAt: !983)
!983 = distinct !DILocation(line: 312, column: 16, scope: !981)
!984 = !DILocation(line: 94, column: 15, scope: !262, inlinedAt: !983)
!985 = !DILocation(line: 96, column: 13, scope: !251, inlinedAt: !983)
!986 = !DILocation(line: 97, column: 9, scope: !266, inlinedAt: !983)
!987 = !DILocation(line: 97, column: 7, scope: !251, inlinedAt: !983)
!988 = !DILocation(line: 98, column: 9, scope: !269, inlinedAt: !983)
!989 = !DILocation(line: 99, column: 11, scope: !271, inlinedAt: !983)
!990 = !DILocation(line: 99, column: 9, scope: !269, inlinedAt: !983)
!991 = !DILocation(line: 101, column: 12, scope: !269, inlinedAt: !983)
!992 = !DILocation(line: 102, column: 16, scope: !269, inlinedAt: !983)
!993 = !DILocation(line: 103, column: 3, scope: !269, inlinedAt: !983)
!994 = !DILocation(line: 104, column: 6, scope: !251, inlinedAt: !983)
!995 = !DILocation(line: 104, column: 16, scope: !251, inlinedAt: !983)
!996 = !DILocation(line: 105, column: 6, scope: !251, inlinedAt: !983)
!997 = !DILocation(line: 105, column: 12, scope: !251, inlinedAt: !983)
!998 = !DILocation(line: 106, column: 6, scope: !251, inlinedAt: !983)
!999 = !DILocation(line: 106, column: 13, scope: !251, inlinedAt: !983)
!1000 = !DILocation(line: 107, column: 6, scope: !251, inlinedAt: !983)
!1001 = !DILocation(line: 107, column: 11, scope: !251, inlinedAt: !983)
!1002 = !DILocation(line: 108, column: 6, scope: !251, inlinedAt: !983)
!1003 = !DILocation(line: 108, column: 14, scope: !251, inlinedAt: !983)
!1004 = !DILocation(line: 109, column: 6, scope: !251, inlinedAt: !983)
!1005 = !DILocation(line: 109, column: 12, scope: !251, inlinedAt: !983)
!1006 = !DILocation(line: 110, column: 17, scope: !251, inlinedAt: !983)
!1007 = !DILocation(line: 110, column: 3, scope: !251, inlinedAt: !983)
!1008 = !DILocation(line: 111, column: 3, scope: !251, inlinedAt: !983)
!1009 = !DILocation(line: 112, column: 7, scope: !298, inlinedAt: !983)
!1010 = !DILocation(line: 112, column: 31, scope: !298, inlinedAt: !983)
!1011 = !DILocation(line: 312, column: 16, scope: !951)
!1012 = !DILocation(line: 313, column: 20, scope: !1013)
!1013 = distinct !DILexicalBlock(scope: !981, file: !3, line: 312, column: 77)
!1014 = !DILocation(line: 313, column: 7, scope: !1013)
!1015 = !DILocation(line: 314, column: 7, scope: !1013)
!1016 = !DILocation(line: 298, column: 55, scope: !889)
!1017 = !DILocation(line: 0, scope: !886)
!1018 = distinct !{!1018, !919, !1019, !608, !609}
!1019 = !DILocation(line: 316, column: 3, scope: !886)
!1020 = !DILocation(line: 317, column: 16, scope: !863)
!1021 = !DILocation(line: 317, column: 3, scope: !863)
!1022 = !DILocation(line: 318, column: 3, scope: !863)
!1023 = !DILocation(line: 319, column: 1, scope: !863)
!1024 = !DISubprogram(name: "event_base_loop", scope: !3, file: !3, line: 33, type: !1025, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1025 = !DISubroutineType(types: !1026)
!1026 = !{!45, !54, !45}
!1027 = !DISubprogram(name: "accept", scope: !232, file: !232, line: 306, type: !1028, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1028 = !DISubroutineType(types: !1029)
!1029 = !{!45, !45, !1030, !1031}
!1030 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !32)
!1031 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1032)
!1032 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !156, size: 64)
!1033 = !DISubprogram(name: "recvfrom", scope: !232, file: !232, line: 163, type: !1034, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1034 = !DISubroutineType(types: !1035)
!1035 = !{!162, !45, !1036, !166, !45, !1030, !1031}
!1036 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !31)
!1037 = !DISubprogram(name: "free", scope: !302, file: !302, line: 568, type: !1038, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1038 = !DISubroutineType(types: !1039)
!1039 = !{null, !31}
!1040 = !DISubprogram(name: "socket", scope: !232, file: !232, line: 102, type: !1041, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1041 = !DISubroutineType(types: !1042)
!1042 = !{!45, !45, !45, !45}
!1043 = !DISubprogram(name: "strncpy", scope: !1044, file: !1044, line: 144, type: !1045, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1044 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1045 = !DISubroutineType(types: !1046)
!1046 = !{!670, !1047, !1048, !166}
!1047 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !670)
!1048 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !354)
!1049 = !DISubprogram(name: "bind", scope: !232, file: !232, line: 112, type: !1050, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1050 = !DISubroutineType(types: !1051)
!1051 = !{!45, !45, !1052, !156}
!1052 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1053, size: 64)
!1053 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !33)
!1054 = !DISubprogram(name: "listen", scope: !232, file: !232, line: 296, type: !1055, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1055 = !DISubroutineType(types: !1056)
!1056 = !{!45, !45, !45}
!1057 = !DISubprogram(name: "snprintf", scope: !663, file: !663, line: 378, type: !1058, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1058 = !DISubroutineType(types: !1059)
!1059 = !{!45, !1047, !166, !1048, null}
!1060 = !DISubprogram(name: "getaddrinfo", scope: !871, file: !871, line: 660, type: !1061, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1061 = !DISubroutineType(types: !1062)
!1062 = !{!45, !1048, !1048, !1063, !1066}
!1063 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1064)
!1064 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1065, size: 64)
!1065 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !870)
!1066 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1067)
!1067 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !881, size: 64)
!1068 = !DISubprogram(name: "freeaddrinfo", scope: !871, file: !871, line: 666, type: !1069, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1069 = !DISubroutineType(types: !1070)
!1070 = !{null, !881}
