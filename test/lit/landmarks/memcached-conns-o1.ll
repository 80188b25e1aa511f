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
; UDP:      reply: write on socket #2 in event_handler at memcached-conns.c:227 (called at memcached-conns.c:284), loop #0
; UDP:      arrival: recvfrom on socket #1 in event_handler at memcached-conns.c:169 (called at memcached-conns.c:245), loop #0
; UDP-NEXT: reply: sendmsg on socket #1 in event_handler at memcached-conns.c:210 (called at memcached-conns.c:261), loop #0
;
; TCP:      arrival: read on socket #2 in tcp_read at memcached-conns.c:79, loop #0
; TCP-NEXT: reply: sendmsg on socket #2 in tcp_sendmsg at memcached-conns.c:83, loop #0
; TCP-NEXT: reply: write on socket #2 in tcp_write at memcached-conns.c:87, loop #0
;
; MADE-FROM: Inputs/memcached-conns.c
; CLANG: clang-19 -O1 -g -S -emit-llvm -o - memcached-conns.c

; ModuleID = 'memcached-conns.c'

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

@conns = internal unnamed_addr global ptr null, align 8, !dbg !0
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
define dso_local noundef i64 @tcp_read(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, i64 noundef %2) #0 !dbg !197 {
    #dbg_value(ptr %0, !199, !DIExpression(), !202)
    #dbg_value(ptr %1, !200, !DIExpression(), !202)
    #dbg_value(i64 %2, !201, !DIExpression(), !202)
  %4 = load i32, ptr %0, align 8, !dbg !203, !tbaa !204
  %5 = tail call i64 @read(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !214
  ret i64 %5, !dbg !215
}

; Function Attrs: nofree
declare !dbg !216 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i64 @tcp_sendmsg(ptr nocapture noundef readonly %0, ptr noundef %1, i32 noundef %2) #2 !dbg !220 {
    #dbg_value(ptr %0, !222, !DIExpression(), !225)
    #dbg_value(ptr %1, !223, !DIExpression(), !225)
    #dbg_value(i32 %2, !224, !DIExpression(), !225)
  %4 = load i32, ptr %0, align 8, !dbg !226, !tbaa !204
  %5 = tail call i64 @sendmsg(i32 noundef %4, ptr noundef %1, i32 noundef %2) #13, !dbg !227
  ret i64 %5, !dbg !228
}

declare !dbg !229 i64 @sendmsg(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i64 @tcp_write(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i64 noundef %2) #0 !dbg !235 {
    #dbg_value(ptr %0, !237, !DIExpression(), !240)
    #dbg_value(ptr %1, !238, !DIExpression(), !240)
    #dbg_value(i64 %2, !239, !DIExpression(), !240)
  %4 = load i32, ptr %0, align 8, !dbg !241, !tbaa !204
  %5 = tail call i64 @write(i32 noundef %4, ptr noundef %1, i64 noundef %2) #13, !dbg !242
  ret i64 %5, !dbg !243
}

; Function Attrs: nofree
declare !dbg !244 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local ptr @conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) local_unnamed_addr #2 !dbg !249 {
    #dbg_value(i32 %0, !253, !DIExpression(), !258)
    #dbg_value(i32 %1, !254, !DIExpression(), !258)
    #dbg_value(i32 %2, !255, !DIExpression(), !258)
    #dbg_value(ptr %3, !256, !DIExpression(), !258)
  %5 = icmp ugt i32 %0, 1023, !dbg !259
  br i1 %5, label %29, label %6, !dbg !259

6:                                                ; preds = %4
  %7 = load ptr, ptr @conns, align 8, !dbg !261, !tbaa !262
  %8 = zext nneg i32 %0 to i64, !dbg !261
  %9 = getelementptr inbounds ptr, ptr %7, i64 %8, !dbg !261
  %10 = load ptr, ptr %9, align 8, !dbg !261, !tbaa !262
    #dbg_value(ptr %10, !257, !DIExpression(), !258)
  %11 = icmp eq ptr %10, null, !dbg !263
  br i1 %11, label %12, label %16, !dbg !265

12:                                               ; preds = %6
  %13 = tail call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !266
    #dbg_value(ptr %13, !257, !DIExpression(), !258)
  %14 = icmp eq ptr %13, null, !dbg !268
  br i1 %14, label %29, label %15, !dbg !270

15:                                               ; preds = %12
  store i32 %0, ptr %13, align 8, !dbg !271, !tbaa !204
  store ptr %13, ptr %9, align 8, !dbg !272, !tbaa !262
  br label %16, !dbg !273

16:                                               ; preds = %15, %6
  %17 = phi ptr [ %13, %15 ], [ %10, %6 ], !dbg !258
    #dbg_value(ptr %17, !257, !DIExpression(), !258)
  %18 = getelementptr inbounds i8, ptr %17, i64 8, !dbg !274
  store i32 %2, ptr %18, align 8, !dbg !275, !tbaa !276
  %19 = getelementptr inbounds i8, ptr %17, i64 4, !dbg !277
  store i32 %1, ptr %19, align 4, !dbg !278, !tbaa !279
  %20 = getelementptr inbounds i8, ptr %17, i64 2188, !dbg !280
  store i32 0, ptr %20, align 4, !dbg !281, !tbaa !282
  %21 = getelementptr inbounds i8, ptr %17, i64 2224, !dbg !283
  store ptr @tcp_read, ptr %21, align 8, !dbg !284, !tbaa !285
  %22 = getelementptr inbounds i8, ptr %17, i64 2232, !dbg !286
  store ptr @tcp_sendmsg, ptr %22, align 8, !dbg !287, !tbaa !288
  %23 = getelementptr inbounds i8, ptr %17, i64 2240, !dbg !289
  store ptr @tcp_write, ptr %23, align 8, !dbg !290, !tbaa !291
  %24 = getelementptr inbounds i8, ptr %17, i64 12, !dbg !292
  tail call void @event_set(ptr noundef nonnull %24, i32 noundef %0, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %17) #13, !dbg !293
  %25 = tail call i32 @event_base_set(ptr noundef %3, ptr noundef nonnull %24) #13, !dbg !294
  %26 = tail call i32 @event_add(ptr noundef nonnull %24, ptr noundef null) #13, !dbg !295
  %27 = icmp eq i32 %26, -1, !dbg !297
  %28 = select i1 %27, ptr null, ptr %17, !dbg !258
  br label %29, !dbg !258

29:                                               ; preds = %12, %16, %4
  %30 = phi ptr [ null, %4 ], [ null, %12 ], [ %28, %16 ], !dbg !258
  ret ptr %30, !dbg !298
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !299 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

declare !dbg !303 void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal void @event_handler(i32 noundef %0, i16 signext %1, ptr noundef %2) #2 !dbg !311 {
  %4 = alloca %struct.iovec, align 8, !DIAssignID !317
    #dbg_assign(i1 undef, !318, !DIExpression(), !317, ptr %4, !DIExpression(), !325)
  %5 = alloca %struct.msghdr, align 8, !DIAssignID !357
  %6 = alloca %struct.iovec, align 8, !DIAssignID !358
    #dbg_assign(i1 undef, !359, !DIExpression(), !358, ptr %6, !DIExpression(), !364)
  %7 = alloca %struct.msghdr, align 8, !DIAssignID !366
  %8 = alloca i8, align 1, !DIAssignID !367
  %9 = alloca %struct.sockaddr_storage, align 8, !DIAssignID !368
    #dbg_assign(i1 undef, !337, !DIExpression(), !368, ptr %9, !DIExpression(), !369)
  %10 = alloca i32, align 4, !DIAssignID !370
    #dbg_value(i32 %0, !313, !DIExpression(), !371)
    #dbg_value(i16 poison, !314, !DIExpression(), !371)
    #dbg_value(ptr %2, !315, !DIExpression(), !371)
    #dbg_value(ptr %2, !316, !DIExpression(), !371)
  %11 = load i32, ptr %2, align 8, !dbg !372, !tbaa !204
  %12 = icmp eq i32 %11, %0, !dbg !374
  br i1 %12, label %13, label %129, !dbg !375

13:                                               ; preds = %3
    #dbg_assign(i1 undef, !347, !DIExpression(), !370, ptr %10, !DIExpression(), !369)
    #dbg_value(ptr %2, !334, !DIExpression(), !376)
    #dbg_value(i8 0, !335, !DIExpression(), !376)
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
  br label %31, !dbg !377

31:                                               ; preds = %126, %13
  %32 = phi i8 [ 0, %13 ], [ %127, %126 ]
    #dbg_value(i8 %32, !335, !DIExpression(), !376)
  %33 = load i32, ptr %14, align 4, !dbg !378, !tbaa !279
  switch i32 %33, label %126 [
    i32 0, label %34
    i32 1, label %66
    i32 2, label %67
    i32 3, label %102
    i32 4, label %119
  ], !dbg !379

34:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %9) #13, !dbg !380
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %10) #13, !dbg !381
  store i32 128, ptr %10, align 4, !dbg !382, !tbaa !383, !DIAssignID !384
    #dbg_assign(i32 128, !347, !DIExpression(), !384, ptr %10, !DIExpression(), !369)
  %35 = load i32, ptr %2, align 8, !dbg !385, !tbaa !204
  %36 = call i32 @accept(i32 noundef %35, ptr noundef nonnull %9, ptr noundef nonnull %10) #13, !dbg !386
    #dbg_value(i32 %36, !348, !DIExpression(), !369)
  %37 = icmp eq i32 %36, -1, !dbg !387
  br i1 %37, label %65, label %38, !dbg !389

38:                                               ; preds = %34
  %39 = icmp sgt i32 %36, 1023, !dbg !390
  br i1 %39, label %40, label %46, !dbg !391

40:                                               ; preds = %38
    #dbg_value(ptr @.str.1, !349, !DIExpression(), !392)
  %41 = call i64 @write(i32 noundef %36, ptr noundef nonnull @.str.1, i64 noundef 33) #13, !dbg !393
  %42 = icmp slt i64 %41, 0, !dbg !395
  br i1 %42, label %43, label %44, !dbg !396

43:                                               ; preds = %40
  call void @perror(ptr noundef nonnull @.str.2) #15, !dbg !397
  br label %44, !dbg !397

44:                                               ; preds = %43, %40
  %45 = call i32 @close(i32 noundef %36) #13, !dbg !398
  br label %65, !dbg !399

46:                                               ; preds = %38
  %47 = load i32, ptr %15, align 8, !dbg !400, !tbaa !276
    #dbg_assign(i1 undef, !402, !DIExpression(), !367, ptr %8, !DIExpression(), !411)
    #dbg_value(i32 %36, !407, !DIExpression(), !411)
    #dbg_value(i32 1, !408, !DIExpression(), !411)
    #dbg_value(i32 %47, !409, !DIExpression(), !411)
  %48 = call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !413
    #dbg_value(ptr %48, !410, !DIExpression(), !411)
  %49 = icmp eq ptr %48, null, !dbg !414
  br i1 %49, label %50, label %52, !dbg !416

50:                                               ; preds = %46
  %51 = call i32 @close(i32 noundef %36) #13, !dbg !417
  br label %65, !dbg !419

52:                                               ; preds = %46
  store i32 %36, ptr %48, align 8, !dbg !420, !tbaa !421
  %53 = getelementptr inbounds i8, ptr %48, i64 4, !dbg !423
  store i32 1, ptr %53, align 4, !dbg !424, !tbaa !425
  %54 = getelementptr inbounds i8, ptr %48, i64 8, !dbg !426
  store i32 %47, ptr %54, align 8, !dbg !427, !tbaa !428
    #dbg_value(ptr undef, !429, !DIExpression(), !435)
    #dbg_value(ptr %48, !434, !DIExpression(), !435)
  %55 = getelementptr inbounds i8, ptr %48, i64 16, !dbg !437
  store ptr null, ptr %55, align 8, !dbg !438, !tbaa !439
  %56 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !440, !tbaa !442
  %57 = icmp eq ptr %56, null, !dbg !444
  %58 = getelementptr inbounds i8, ptr %56, i64 16, !dbg !445
  %59 = select i1 %57, ptr @new_conn_queue.body, ptr %58, !dbg !445
  store ptr %48, ptr %59, align 8, !dbg !446, !tbaa !262
  store ptr %48, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !447, !tbaa !442
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %8) #13, !dbg !448
  store i8 99, ptr %8, align 1, !dbg !449, !tbaa !450, !DIAssignID !451
    #dbg_assign(i8 99, !402, !DIExpression(), !451, ptr %8, !DIExpression(), !411)
  %60 = load i32, ptr @notify_send_fd, align 4, !dbg !452, !tbaa !383
  %61 = call i64 @write(i32 noundef %60, ptr noundef nonnull %8, i64 noundef 1) #13, !dbg !454
  %62 = icmp eq i64 %61, 1, !dbg !455
  br i1 %62, label %64, label %63, !dbg !456

63:                                               ; preds = %52
  call void @perror(ptr noundef nonnull @.str) #15, !dbg !457
  br label %64, !dbg !457

64:                                               ; preds = %63, %52
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %8) #13, !dbg !458
  br label %65, !dbg !458

65:                                               ; preds = %64, %50, %44, %34
    #dbg_value(i8 1, !335, !DIExpression(), !376)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #13, !dbg !459
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %9) #13, !dbg !459
  br label %126

66:                                               ; preds = %31
  store i32 0, ptr %29, align 4, !dbg !460, !tbaa !282
  store i32 2, ptr %14, align 4, !dbg !461, !tbaa !279
  br label %126, !dbg !462

67:                                               ; preds = %31
  %68 = load i32, ptr %15, align 8, !dbg !463, !tbaa !276
  %69 = icmp eq i32 %68, 2, !dbg !463
  br i1 %69, label %82, label %70, !dbg !465

70:                                               ; preds = %67
    #dbg_value(ptr %2, !466, !DIExpression(), !470)
  %71 = load ptr, ptr %27, align 8, !dbg !472, !tbaa !285
  %72 = load i32, ptr %29, align 4, !dbg !473, !tbaa !282
  %73 = sext i32 %72 to i64, !dbg !474
  %74 = getelementptr inbounds i8, ptr %28, i64 %73, !dbg !474
  %75 = sub nsw i64 2048, %73, !dbg !475
  %76 = call i64 %71(ptr noundef nonnull %2, ptr noundef nonnull %74, i64 noundef %75) #13, !dbg !476
    #dbg_value(i64 %76, !469, !DIExpression(), !470)
  %77 = icmp slt i64 %76, 1, !dbg !477
  br i1 %77, label %126, label %78, !dbg !479

78:                                               ; preds = %70
  %79 = trunc i64 %76 to i32, !dbg !480
  %80 = load i32, ptr %29, align 4, !dbg !481, !tbaa !282
  %81 = add nsw i32 %80, %79, !dbg !481
  br label %88, !dbg !482

82:                                               ; preds = %67
    #dbg_value(ptr %2, !483, !DIExpression(), !487)
  store i32 28, ptr %25, align 4, !dbg !489, !tbaa !490
  %83 = load i32, ptr %2, align 8, !dbg !491, !tbaa !204
  %84 = call i64 @recvfrom(i32 noundef %83, ptr noundef nonnull %28, i64 noundef 2048, i32 noundef 0, ptr noundef nonnull %24, ptr noundef nonnull %25) #13, !dbg !492
    #dbg_value(i64 %84, !486, !DIExpression(), !487)
  %85 = icmp sgt i64 %84, 8, !dbg !493
  br i1 %85, label %86, label %126, !dbg !495

86:                                               ; preds = %82
  %87 = trunc i64 %84 to i32, !dbg !496
  br label %88, !dbg !498

88:                                               ; preds = %86, %78
  %89 = phi i32 [ %81, %78 ], [ %87, %86 ], !dbg !499
  store i32 %89, ptr %29, align 4, !dbg !499, !tbaa !282
    #dbg_value(i32 poison, !354, !DIExpression(), !500)
  %90 = load i8, ptr %28, align 4, !dbg !501, !tbaa !450
  %91 = icmp eq i8 %90, 103, !dbg !503
  br i1 %91, label %99, label %92, !dbg !504

92:                                               ; preds = %88
  %93 = load i32, ptr %15, align 8, !dbg !505, !tbaa !276
  %94 = icmp eq i32 %93, 2, !dbg !505
  br i1 %94, label %98, label %95, !dbg !508

95:                                               ; preds = %92
  %96 = load ptr, ptr %30, align 8, !dbg !509, !tbaa !291
  %97 = call i64 %96(ptr noundef nonnull %2, ptr noundef nonnull @.str.3, i64 noundef 7) #13, !dbg !510
  br label %98, !dbg !510

98:                                               ; preds = %95, %92
  store i32 1, ptr %14, align 4, !dbg !511, !tbaa !279
  br label %126, !dbg !512

99:                                               ; preds = %88
  %100 = load i64, ptr @gets, align 8, !dbg !513, !tbaa !514
  %101 = add i64 %100, 1, !dbg !513
  store i64 %101, ptr @gets, align 8, !dbg !513, !tbaa !514
  store i32 3, ptr %14, align 4, !dbg !516, !tbaa !279
  br label %126, !dbg !517

102:                                              ; preds = %31
  %103 = load i32, ptr %15, align 8, !dbg !518, !tbaa !276
  %104 = icmp eq i32 %103, 2, !dbg !518
  br i1 %104, label %109, label %105, !dbg !519

105:                                              ; preds = %102
    #dbg_assign(i1 undef, !363, !DIExpression(), !366, ptr %7, !DIExpression(), !364)
    #dbg_value(ptr %2, !362, !DIExpression(), !364)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #13, !dbg !520
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %7) #13, !dbg !521
  call void @llvm.experimental.noalias.scope.decl(metadata !522), !dbg !525
    #dbg_value(ptr %2, !526, !DIExpression(), !533)
    #dbg_value(ptr %6, !531, !DIExpression(), !533)
    #dbg_declare(ptr %7, !532, !DIExpression(), !535)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %7, i8 0, i64 56, i1 false), !dbg !536, !alias.scope !522, !DIAssignID !537
    #dbg_assign(i8 0, !363, !DIExpression(), !537, ptr %7, !DIExpression(), !364)
  store ptr @.str.4, ptr %6, align 8, !dbg !538, !tbaa !539, !noalias !522, !DIAssignID !541
    #dbg_assign(ptr @.str.4, !359, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !541, ptr %6, !DIExpression(), !364)
  store i64 5, ptr %17, align 8, !dbg !542, !tbaa !543, !noalias !522, !DIAssignID !544
    #dbg_assign(i64 5, !359, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !544, ptr %17, !DIExpression(), !364)
  store ptr %6, ptr %18, align 8, !dbg !545, !tbaa !546, !alias.scope !522, !DIAssignID !548
    #dbg_assign(ptr %6, !363, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !548, ptr %18, !DIExpression(), !364)
  store i64 1, ptr %19, align 8, !dbg !549, !tbaa !550, !alias.scope !522, !DIAssignID !551
    #dbg_assign(i64 1, !363, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !551, ptr %19, !DIExpression(), !364)
  %106 = load ptr, ptr %20, align 8, !dbg !552, !tbaa !288
  %107 = call i64 %106(ptr noundef nonnull %2, ptr noundef nonnull %7, i32 noundef 0) #13, !dbg !553
  %108 = icmp slt i64 %107, 1, !dbg !554
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %7) #13, !dbg !555
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #13, !dbg !555
  br i1 %108, label %114, label %115, !dbg !556

109:                                              ; preds = %102
    #dbg_assign(i1 undef, !324, !DIExpression(), !357, ptr %5, !DIExpression(), !325)
    #dbg_value(ptr %2, !323, !DIExpression(), !325)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !557
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %5) #13, !dbg !558
  call void @llvm.experimental.noalias.scope.decl(metadata !559), !dbg !562
    #dbg_value(ptr %2, !526, !DIExpression(), !563)
    #dbg_value(ptr %4, !531, !DIExpression(), !563)
    #dbg_declare(ptr %5, !532, !DIExpression(), !565)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %5, i8 0, i64 56, i1 false), !dbg !566, !alias.scope !559, !DIAssignID !567
    #dbg_assign(i8 0, !324, !DIExpression(), !567, ptr %5, !DIExpression(), !325)
  store ptr @.str.4, ptr %4, align 8, !dbg !568, !tbaa !539, !noalias !559, !DIAssignID !569
    #dbg_assign(ptr @.str.4, !318, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !569, ptr %4, !DIExpression(), !325)
  store i64 5, ptr %21, align 8, !dbg !570, !tbaa !543, !noalias !559, !DIAssignID !571
    #dbg_assign(i64 5, !318, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !571, ptr %21, !DIExpression(), !325)
  store ptr %4, ptr %22, align 8, !dbg !572, !tbaa !546, !alias.scope !559, !DIAssignID !573
    #dbg_assign(ptr %4, !324, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !573, ptr %22, !DIExpression(), !325)
  store i64 1, ptr %23, align 8, !dbg !574, !tbaa !550, !alias.scope !559, !DIAssignID !575
    #dbg_assign(i64 1, !324, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !575, ptr %23, !DIExpression(), !325)
  store ptr %24, ptr %5, align 8, !dbg !576, !tbaa !579, !alias.scope !559, !DIAssignID !580
    #dbg_assign(ptr %24, !324, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !580, ptr %5, !DIExpression(), !325)
  %110 = load i32, ptr %25, align 4, !dbg !581, !tbaa !490, !noalias !559
  store i32 %110, ptr %26, align 8, !dbg !582, !tbaa !583, !alias.scope !559, !DIAssignID !584
    #dbg_assign(i32 %110, !324, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !584, ptr %26, !DIExpression(), !325)
  %111 = load i32, ptr %2, align 8, !dbg !585, !tbaa !204
  %112 = call i64 @sendmsg(i32 noundef %111, ptr noundef nonnull %5, i32 noundef 0) #13, !dbg !586
  %113 = icmp slt i64 %112, 1, !dbg !587
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %5) #13, !dbg !588
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !588
  br i1 %113, label %114, label %115, !dbg !519

114:                                              ; preds = %109, %105
  store i32 4, ptr %14, align 4, !dbg !589, !tbaa !279
  br label %126, !dbg !591

115:                                              ; preds = %109, %105
  %116 = load i32, ptr %15, align 8, !dbg !592, !tbaa !276
  %117 = icmp eq i32 %116, 2, !dbg !592
  %118 = select i1 %117, i32 2, i32 1, !dbg !592
  store i32 %118, ptr %14, align 4, !dbg !593, !tbaa !279
    #dbg_value(i8 1, !335, !DIExpression(), !376)
  br label %126, !dbg !594

119:                                              ; preds = %31
  %120 = load i32, ptr %15, align 8, !dbg !595, !tbaa !276
  %121 = icmp eq i32 %120, 2, !dbg !595
  br i1 %121, label %126, label %122, !dbg !597

122:                                              ; preds = %119
  %123 = call i32 @event_add(ptr noundef nonnull %16, ptr noundef null) #13, !dbg !598
  %124 = load i32, ptr %2, align 8, !dbg !600, !tbaa !204
  %125 = call i32 @close(i32 noundef %124) #13, !dbg !601
  br label %126, !dbg !602

126:                                              ; preds = %122, %119, %115, %114, %99, %98, %82, %70, %66, %65, %31
  %127 = phi i8 [ %32, %31 ], [ 1, %115 ], [ %32, %114 ], [ %32, %66 ], [ 1, %65 ], [ %32, %98 ], [ %32, %99 ], [ 1, %122 ], [ 1, %119 ], [ 1, %82 ], [ 1, %70 ], !dbg !376
    #dbg_value(i8 %127, !335, !DIExpression(), !376)
  %128 = trunc nuw i8 %127 to i1, !dbg !603
  br i1 %128, label %129, label %31, !dbg !377, !llvm.loop !604

129:                                              ; preds = %126, %3
  ret void, !dbg !608
}

declare !dbg !609 i32 @event_base_set(ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !612 i32 @event_add(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind uwtable
define dso_local void @dispatch_conn_new(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 !dbg !403 {
  %4 = alloca i8, align 1, !DIAssignID !624
    #dbg_assign(i1 undef, !402, !DIExpression(), !624, ptr %4, !DIExpression(), !625)
    #dbg_value(i32 %0, !407, !DIExpression(), !625)
    #dbg_value(i32 %1, !408, !DIExpression(), !625)
    #dbg_value(i32 %2, !409, !DIExpression(), !625)
  %5 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !626
    #dbg_value(ptr %5, !410, !DIExpression(), !625)
  %6 = icmp eq ptr %5, null, !dbg !627
  br i1 %6, label %7, label %9, !dbg !628

7:                                                ; preds = %3
  %8 = tail call i32 @close(i32 noundef %0) #13, !dbg !629
  br label %22, !dbg !630

9:                                                ; preds = %3
  store i32 %0, ptr %5, align 8, !dbg !631, !tbaa !421
  %10 = getelementptr inbounds i8, ptr %5, i64 4, !dbg !632
  store i32 %1, ptr %10, align 4, !dbg !633, !tbaa !425
  %11 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !634
  store i32 %2, ptr %11, align 8, !dbg !635, !tbaa !428
    #dbg_value(ptr undef, !429, !DIExpression(), !636)
    #dbg_value(ptr %5, !434, !DIExpression(), !636)
  %12 = getelementptr inbounds i8, ptr %5, i64 16, !dbg !638
  store ptr null, ptr %12, align 8, !dbg !639, !tbaa !439
  %13 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !640, !tbaa !442
  %14 = icmp eq ptr %13, null, !dbg !641
  %15 = getelementptr inbounds i8, ptr %13, i64 16, !dbg !642
  %16 = select i1 %14, ptr @new_conn_queue.body, ptr %15, !dbg !642
  store ptr %5, ptr %16, align 8, !dbg !643, !tbaa !262
  store ptr %5, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !644, !tbaa !442
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !645
  store i8 99, ptr %4, align 1, !dbg !646, !tbaa !450, !DIAssignID !647
    #dbg_assign(i8 99, !402, !DIExpression(), !647, ptr %4, !DIExpression(), !625)
  %17 = load i32, ptr @notify_send_fd, align 4, !dbg !648, !tbaa !383
  %18 = call i64 @write(i32 noundef %17, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !649
  %19 = icmp eq i64 %18, 1, !dbg !650
  br i1 %19, label %21, label %20, !dbg !651

20:                                               ; preds = %9
  tail call void @perror(ptr noundef nonnull @.str) #15, !dbg !652
  br label %21, !dbg !652

21:                                               ; preds = %20, %9
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !653
  br label %22, !dbg !653

22:                                               ; preds = %21, %7
  ret void, !dbg !653
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !654 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

declare !dbg !657 i32 @close(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !660 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #7

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 !dbg !664 {
  %3 = alloca %struct.sockaddr_un, align 2, !DIAssignID !676
  %4 = alloca [2 x i32], align 4, !DIAssignID !677
    #dbg_assign(i1 undef, !672, !DIExpression(), !677, ptr %4, !DIExpression(), !678)
    #dbg_value(i32 %0, !670, !DIExpression(), !678)
    #dbg_value(ptr %1, !671, !DIExpression(), !678)
  %5 = tail call ptr @event_init() #13, !dbg !679
  store ptr %5, ptr @main_base, align 8, !dbg !680, !tbaa !262
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(16) @new_conn_queue.body, i8 0, i64 16, i1 false), !dbg !681
  %6 = tail call noalias dereferenceable_or_null(8192) ptr @calloc(i64 noundef 1024, i64 noundef 8) #14, !dbg !682
  store ptr %6, ptr @conns, align 8, !dbg !683, !tbaa !262
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #13, !dbg !684
  %7 = icmp eq ptr %6, null
  br i1 %7, label %69, label %8, !dbg !685

8:                                                ; preds = %2
  %9 = call i32 @pipe(ptr noundef nonnull %4) #13, !dbg !687
  %10 = icmp eq i32 %9, 0, !dbg !688
  br i1 %10, label %11, label %69, !dbg !689

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, ptr %4, i64 4, !dbg !690
  %13 = load i32, ptr %12, align 4, !dbg !690, !tbaa !383
  store i32 %13, ptr @notify_send_fd, align 4, !dbg !691, !tbaa !383
  %14 = load i32, ptr %4, align 4, !dbg !692, !tbaa !383
  call void @event_set(ptr noundef nonnull @notify_event, i32 noundef %14, i16 noundef signext 18, ptr noundef nonnull @thread_libevent_process, ptr noundef null) #13, !dbg !693
  %15 = load ptr, ptr @main_base, align 8, !dbg !694, !tbaa !262
  %16 = call i32 @event_base_set(ptr noundef %15, ptr noundef nonnull @notify_event) #13, !dbg !695
  %17 = call i32 @event_add(ptr noundef nonnull @notify_event, ptr noundef null) #13, !dbg !696
  %18 = icmp sgt i32 %0, 1, !dbg !697
  br i1 %18, label %19, label %59, !dbg !699

19:                                               ; preds = %11
  %20 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !700
  %21 = load ptr, ptr %20, align 8, !dbg !700, !tbaa !262
    #dbg_assign(i1 undef, !701, !DIExpression(), !676, ptr %3, !DIExpression(), !716)
    #dbg_value(ptr %21, !706, !DIExpression(), !716)
  %22 = call i32 @socket(i32 noundef 1, i32 noundef 1, i32 noundef 0) #13, !dbg !718
    #dbg_value(i32 %22, !707, !DIExpression(), !716)
  %23 = icmp eq i32 %22, -1, !dbg !719
  br i1 %23, label %69, label %24, !dbg !721

24:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(i64 110, ptr nonnull %3) #13, !dbg !722
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(110) %3, i8 0, i64 110, i1 false), !dbg !723, !DIAssignID !724
    #dbg_assign(i8 0, !701, !DIExpression(), !724, ptr %3, !DIExpression(), !716)
  store i16 1, ptr %3, align 2, !dbg !725, !tbaa !726, !DIAssignID !728
    #dbg_assign(i16 1, !701, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !728, ptr %3, !DIExpression(), !716)
  %25 = getelementptr inbounds i8, ptr %3, i64 2, !dbg !729
  %26 = call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %25, ptr noundef nonnull readonly dereferenceable(1) %21, i64 noundef 107) #13, !dbg !730
  %27 = call i32 @bind(i32 noundef %22, ptr noundef nonnull %3, i32 noundef 110) #13, !dbg !731
  %28 = icmp eq i32 %27, -1, !dbg !733
  br i1 %28, label %32, label %29, !dbg !734

29:                                               ; preds = %24
  %30 = call i32 @listen(i32 noundef %22, i32 noundef 1024) #13, !dbg !735
  %31 = icmp eq i32 %30, -1, !dbg !736
  br i1 %31, label %32, label %34, !dbg !737

32:                                               ; preds = %29, %24
  %33 = call i32 @close(i32 noundef %22) #13, !dbg !738
  br label %68, !dbg !740

34:                                               ; preds = %29
  %35 = load ptr, ptr @main_base, align 8, !dbg !741, !tbaa !262
    #dbg_value(i32 %22, !253, !DIExpression(), !742)
    #dbg_value(i32 0, !254, !DIExpression(), !742)
    #dbg_value(i32 0, !255, !DIExpression(), !742)
    #dbg_value(ptr %35, !256, !DIExpression(), !742)
  %36 = icmp ugt i32 %22, 1023, !dbg !744
  br i1 %36, label %68, label %37, !dbg !744

37:                                               ; preds = %34
  %38 = load ptr, ptr @conns, align 8, !dbg !745, !tbaa !262
  %39 = zext nneg i32 %22 to i64, !dbg !745
  %40 = getelementptr inbounds ptr, ptr %38, i64 %39, !dbg !745
  %41 = load ptr, ptr %40, align 8, !dbg !745, !tbaa !262
    #dbg_value(ptr %41, !257, !DIExpression(), !742)
  %42 = icmp eq ptr %41, null, !dbg !746
  br i1 %42, label %43, label %47, !dbg !747

43:                                               ; preds = %37
  %44 = call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !748
    #dbg_value(ptr %44, !257, !DIExpression(), !742)
  %45 = icmp eq ptr %44, null, !dbg !749
  br i1 %45, label %68, label %46, !dbg !750

46:                                               ; preds = %43
  store i32 %22, ptr %44, align 8, !dbg !751, !tbaa !204
  store ptr %44, ptr %40, align 8, !dbg !752, !tbaa !262
  br label %47, !dbg !753

47:                                               ; preds = %46, %37
  %48 = phi ptr [ %44, %46 ], [ %41, %37 ], !dbg !742
    #dbg_value(ptr %48, !257, !DIExpression(), !742)
  %49 = getelementptr inbounds i8, ptr %48, i64 8, !dbg !754
  store i32 0, ptr %49, align 8, !dbg !755, !tbaa !276
  %50 = getelementptr inbounds i8, ptr %48, i64 4, !dbg !756
  store i32 0, ptr %50, align 4, !dbg !757, !tbaa !279
  %51 = getelementptr inbounds i8, ptr %48, i64 2188, !dbg !758
  store i32 0, ptr %51, align 4, !dbg !759, !tbaa !282
  %52 = getelementptr inbounds i8, ptr %48, i64 2224, !dbg !760
  store ptr @tcp_read, ptr %52, align 8, !dbg !761, !tbaa !285
  %53 = getelementptr inbounds i8, ptr %48, i64 2232, !dbg !762
  store ptr @tcp_sendmsg, ptr %53, align 8, !dbg !763, !tbaa !288
  %54 = getelementptr inbounds i8, ptr %48, i64 2240, !dbg !764
  store ptr @tcp_write, ptr %54, align 8, !dbg !765, !tbaa !291
  %55 = getelementptr inbounds i8, ptr %48, i64 12, !dbg !766
  call void @event_set(ptr noundef nonnull %55, i32 noundef %22, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %48) #13, !dbg !767
  %56 = call i32 @event_base_set(ptr noundef %35, ptr noundef nonnull %55) #13, !dbg !768
  %57 = call i32 @event_add(ptr noundef nonnull %55, ptr noundef null) #13, !dbg !769
  %58 = icmp eq i32 %57, -1, !dbg !770
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !771
  br i1 %58, label %69, label %59, !dbg !772

59:                                               ; preds = %47, %11
  %60 = call fastcc i32 @server_socket(i32 noundef 1), !dbg !773
  %61 = icmp eq i32 %60, 0, !dbg !773
  br i1 %61, label %62, label %69, !dbg !775

62:                                               ; preds = %59
  %63 = call fastcc i32 @server_socket(i32 noundef 2), !dbg !776
  %64 = icmp eq i32 %63, 0, !dbg !776
  br i1 %64, label %65, label %69, !dbg !777

65:                                               ; preds = %62
  %66 = load ptr, ptr @main_base, align 8, !dbg !778, !tbaa !262
  %67 = call i32 @event_base_loop(ptr noundef %66, i32 noundef 0) #13, !dbg !779
  br label %69, !dbg !780

68:                                               ; preds = %43, %34, %32
  call void @llvm.lifetime.end.p0(i64 110, ptr nonnull %3) #13, !dbg !771
  br label %69, !dbg !772

69:                                               ; preds = %68, %19, %59, %62, %47, %2, %8, %65
  %70 = phi i32 [ %67, %65 ], [ 1, %8 ], [ 1, %2 ], [ 1, %47 ], [ 1, %62 ], [ 1, %59 ], [ 1, %19 ], [ 1, %68 ], !dbg !678
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #13, !dbg !781
  ret i32 %70, !dbg !781
}

declare !dbg !782 ptr @event_init() local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !785 i32 @pipe(ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind uwtable
define internal void @thread_libevent_process(i32 noundef %0, i16 signext %1, ptr nocapture readnone %2) #2 !dbg !789 {
  %4 = alloca i8, align 1, !DIAssignID !796
    #dbg_assign(i1 undef, !794, !DIExpression(), !796, ptr %4, !DIExpression(), !797)
    #dbg_value(i32 %0, !791, !DIExpression(), !797)
    #dbg_value(i16 poison, !792, !DIExpression(), !797)
    #dbg_value(ptr poison, !793, !DIExpression(), !797)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #13, !dbg !798
  %5 = call i64 @read(i32 noundef %0, ptr noundef nonnull %4, i64 noundef 1) #13, !dbg !799
  %6 = icmp eq i64 %5, 1, !dbg !801
  br i1 %6, label %7, label %50, !dbg !802

7:                                                ; preds = %3
    #dbg_value(ptr undef, !803, !DIExpression(), !809)
  %8 = load ptr, ptr @new_conn_queue.body, align 8, !dbg !811, !tbaa !812
    #dbg_value(ptr %8, !808, !DIExpression(), !809)
  %9 = icmp eq ptr %8, null, !dbg !813
  br i1 %9, label %50, label %10, !dbg !815

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %8, i64 16, !dbg !816
  %12 = load ptr, ptr %11, align 8, !dbg !816, !tbaa !439
  store ptr %12, ptr @new_conn_queue.body, align 8, !dbg !818, !tbaa !812
  %13 = icmp eq ptr %12, null, !dbg !819
  br i1 %13, label %14, label %15, !dbg !821

14:                                               ; preds = %10
  store ptr null, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !822, !tbaa !442
  br label %15, !dbg !823

15:                                               ; preds = %10, %14
    #dbg_value(ptr %8, !795, !DIExpression(), !797)
  br i1 %9, label %50, label %16, !dbg !824

16:                                               ; preds = %15
  %17 = load i32, ptr %8, align 8, !dbg !825, !tbaa !421
  %18 = getelementptr inbounds i8, ptr %8, i64 4, !dbg !827
  %19 = load i32, ptr %18, align 4, !dbg !827, !tbaa !425
  %20 = getelementptr inbounds i8, ptr %8, i64 8, !dbg !828
  %21 = load i32, ptr %20, align 8, !dbg !828, !tbaa !428
  %22 = load ptr, ptr @main_base, align 8, !dbg !829, !tbaa !262
    #dbg_value(i32 %17, !253, !DIExpression(), !830)
    #dbg_value(i32 %19, !254, !DIExpression(), !830)
    #dbg_value(i32 %21, !255, !DIExpression(), !830)
    #dbg_value(ptr %22, !256, !DIExpression(), !830)
  %23 = icmp ugt i32 %17, 1023, !dbg !832
  br i1 %23, label %46, label %24, !dbg !832

24:                                               ; preds = %16
  %25 = load ptr, ptr @conns, align 8, !dbg !833, !tbaa !262
  %26 = zext nneg i32 %17 to i64, !dbg !833
  %27 = getelementptr inbounds ptr, ptr %25, i64 %26, !dbg !833
  %28 = load ptr, ptr %27, align 8, !dbg !833, !tbaa !262
    #dbg_value(ptr %28, !257, !DIExpression(), !830)
  %29 = icmp eq ptr %28, null, !dbg !834
  br i1 %29, label %30, label %34, !dbg !835

30:                                               ; preds = %24
  %31 = tail call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !836
    #dbg_value(ptr %31, !257, !DIExpression(), !830)
  %32 = icmp eq ptr %31, null, !dbg !837
  br i1 %32, label %46, label %33, !dbg !838

33:                                               ; preds = %30
  store i32 %17, ptr %31, align 8, !dbg !839, !tbaa !204
  store ptr %31, ptr %27, align 8, !dbg !840, !tbaa !262
  br label %34, !dbg !841

34:                                               ; preds = %33, %24
  %35 = phi ptr [ %31, %33 ], [ %28, %24 ], !dbg !830
    #dbg_value(ptr %35, !257, !DIExpression(), !830)
  %36 = getelementptr inbounds i8, ptr %35, i64 8, !dbg !842
  store i32 %21, ptr %36, align 8, !dbg !843, !tbaa !276
  %37 = getelementptr inbounds i8, ptr %35, i64 4, !dbg !844
  store i32 %19, ptr %37, align 4, !dbg !845, !tbaa !279
  %38 = getelementptr inbounds i8, ptr %35, i64 2188, !dbg !846
  store i32 0, ptr %38, align 4, !dbg !847, !tbaa !282
  %39 = getelementptr inbounds i8, ptr %35, i64 2224, !dbg !848
  store ptr @tcp_read, ptr %39, align 8, !dbg !849, !tbaa !285
  %40 = getelementptr inbounds i8, ptr %35, i64 2232, !dbg !850
  store ptr @tcp_sendmsg, ptr %40, align 8, !dbg !851, !tbaa !288
  %41 = getelementptr inbounds i8, ptr %35, i64 2240, !dbg !852
  store ptr @tcp_write, ptr %41, align 8, !dbg !853, !tbaa !291
  %42 = getelementptr inbounds i8, ptr %35, i64 12, !dbg !854
  tail call void @event_set(ptr noundef nonnull %42, i32 noundef %17, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %35) #13, !dbg !855
  %43 = tail call i32 @event_base_set(ptr noundef %22, ptr noundef nonnull %42) #13, !dbg !856
  %44 = tail call i32 @event_add(ptr noundef nonnull %42, ptr noundef null) #13, !dbg !857
  %45 = icmp eq i32 %44, -1, !dbg !858
  br i1 %45, label %46, label %49, !dbg !859

46:                                               ; preds = %16, %30, %34
  %47 = load i32, ptr %8, align 8, !dbg !860, !tbaa !421
  %48 = tail call i32 @close(i32 noundef %47) #13, !dbg !861
  br label %49, !dbg !861

49:                                               ; preds = %46, %34
  tail call void @free(ptr noundef %8) #13, !dbg !862
  br label %50, !dbg !863

50:                                               ; preds = %7, %49, %15, %3
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #13, !dbg !863
  ret void, !dbg !863
}

; Function Attrs: nounwind uwtable
define internal fastcc noundef i32 @server_socket(i32 noundef %0) unnamed_addr #2 !dbg !864 {
  %2 = alloca i8, align 1, !DIAssignID !891
  %3 = alloca %struct.addrinfo, align 8, !DIAssignID !892
    #dbg_assign(i1 undef, !870, !DIExpression(), !892, ptr %3, !DIExpression(), !893)
  %4 = alloca [16 x i8], align 16, !DIAssignID !894
    #dbg_assign(i1 undef, !883, !DIExpression(), !894, ptr %4, !DIExpression(), !893)
  %5 = alloca ptr, align 8, !DIAssignID !895
    #dbg_assign(i1 undef, !885, !DIExpression(), !895, ptr %5, !DIExpression(), !893)
    #dbg_value(i32 11211, !868, !DIExpression(), !893)
    #dbg_value(i32 %0, !869, !DIExpression(), !893)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #13, !dbg !896
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %3, i8 0, i64 48, i1 false), !dbg !897, !DIAssignID !898
    #dbg_assign(i8 0, !870, !DIExpression(), !898, ptr %3, !DIExpression(), !893)
  store i32 1, ptr %3, align 8, !dbg !899, !tbaa !900, !DIAssignID !902
    #dbg_assign(i32 1, !870, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !902, ptr %3, !DIExpression(), !893)
  %6 = getelementptr inbounds i8, ptr %3, i64 4, !dbg !903
  store i32 0, ptr %6, align 4, !dbg !904, !tbaa !905, !DIAssignID !906
    #dbg_assign(i32 0, !870, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !906, ptr %6, !DIExpression(), !893)
  %7 = icmp eq i32 %0, 2, !dbg !907
  %8 = select i1 %7, i32 2, i32 1, !dbg !907
  %9 = getelementptr inbounds i8, ptr %3, i64 8, !dbg !908
  store i32 %8, ptr %9, align 8, !dbg !909, !tbaa !910, !DIAssignID !911
    #dbg_assign(i32 %8, !870, !DIExpression(DW_OP_LLVM_fragment, 64, 32), !911, ptr %9, !DIExpression(), !893)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #13, !dbg !912
  %10 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %4, i64 noundef 16, ptr noundef nonnull @.str.5, i32 noundef 11211) #13, !dbg !913
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #13, !dbg !914
  %11 = call i32 @getaddrinfo(ptr noundef null, ptr noundef nonnull %4, ptr noundef nonnull %3, ptr noundef nonnull %5) #13, !dbg !915
  %12 = icmp eq i32 %11, 0, !dbg !917
  br i1 %12, label %13, label %94, !dbg !918

13:                                               ; preds = %1
  %14 = load ptr, ptr %5, align 8, !dbg !919, !tbaa !262
  %15 = icmp eq ptr %14, null, !dbg !920
  br i1 %15, label %92, label %16, !dbg !920

16:                                               ; preds = %13, %88
  %17 = phi ptr [ %90, %88 ], [ %14, %13 ]
  %18 = getelementptr inbounds i8, ptr %17, i64 4, !dbg !921
  %19 = load i32, ptr %18, align 4, !dbg !921, !tbaa !905
  %20 = getelementptr inbounds i8, ptr %17, i64 8, !dbg !922
  %21 = load i32, ptr %20, align 8, !dbg !922, !tbaa !910
  %22 = getelementptr inbounds i8, ptr %17, i64 12, !dbg !923
  %23 = load i32, ptr %22, align 4, !dbg !923, !tbaa !924
  %24 = call i32 @socket(i32 noundef %19, i32 noundef %21, i32 noundef %23) #13, !dbg !925
    #dbg_value(i32 %24, !888, !DIExpression(), !926)
  %25 = icmp eq i32 %24, -1, !dbg !927
  br i1 %25, label %86, label %26, !dbg !929

26:                                               ; preds = %16
  %27 = getelementptr inbounds i8, ptr %17, i64 24, !dbg !930
  %28 = load ptr, ptr %27, align 8, !dbg !930, !tbaa !932
  %29 = getelementptr inbounds i8, ptr %17, i64 16, !dbg !933
  %30 = load i32, ptr %29, align 8, !dbg !933, !tbaa !934
  %31 = call i32 @bind(i32 noundef %24, ptr noundef %28, i32 noundef %30) #13, !dbg !935
  %32 = icmp eq i32 %31, -1, !dbg !936
  br i1 %32, label %33, label %35, !dbg !937

33:                                               ; preds = %26
  %34 = call i32 @close(i32 noundef %24) #13, !dbg !938
  br label %86, !dbg !940

35:                                               ; preds = %26
  br i1 %7, label %41, label %36, !dbg !941

36:                                               ; preds = %35
  %37 = call i32 @listen(i32 noundef %24, i32 noundef 1024) #13, !dbg !943
  %38 = icmp eq i32 %37, -1, !dbg !944
  br i1 %38, label %39, label %59, !dbg !945

39:                                               ; preds = %36
  %40 = call i32 @close(i32 noundef %24) #13, !dbg !946
  br label %86, !dbg !948

41:                                               ; preds = %35
    #dbg_assign(i1 undef, !402, !DIExpression(), !891, ptr %2, !DIExpression(), !949)
    #dbg_value(i32 %24, !407, !DIExpression(), !949)
    #dbg_value(i32 2, !408, !DIExpression(), !949)
    #dbg_value(i32 2, !409, !DIExpression(), !949)
  %42 = call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #16, !dbg !953
    #dbg_value(ptr %42, !410, !DIExpression(), !949)
  %43 = icmp eq ptr %42, null, !dbg !954
  br i1 %43, label %44, label %46, !dbg !955

44:                                               ; preds = %41
  %45 = call i32 @close(i32 noundef %24) #13, !dbg !956
  br label %86, !dbg !957

46:                                               ; preds = %41
  store i32 %24, ptr %42, align 8, !dbg !958, !tbaa !421
  %47 = getelementptr inbounds i8, ptr %42, i64 4, !dbg !959
  store i32 2, ptr %47, align 4, !dbg !960, !tbaa !425
  %48 = getelementptr inbounds i8, ptr %42, i64 8, !dbg !961
  store i32 2, ptr %48, align 8, !dbg !962, !tbaa !428
    #dbg_value(ptr undef, !429, !DIExpression(), !963)
    #dbg_value(ptr %42, !434, !DIExpression(), !963)
  %49 = getelementptr inbounds i8, ptr %42, i64 16, !dbg !965
  store ptr null, ptr %49, align 8, !dbg !966, !tbaa !439
  %50 = load ptr, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !967, !tbaa !442
  %51 = icmp eq ptr %50, null, !dbg !968
  %52 = getelementptr inbounds i8, ptr %50, i64 16, !dbg !969
  %53 = select i1 %51, ptr @new_conn_queue.body, ptr %52, !dbg !969
  store ptr %42, ptr %53, align 8, !dbg !970, !tbaa !262
  store ptr %42, ptr getelementptr inbounds (i8, ptr @new_conn_queue.body, i64 8), align 8, !dbg !971, !tbaa !442
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2) #13, !dbg !972
  store i8 99, ptr %2, align 1, !dbg !973, !tbaa !450, !DIAssignID !974
    #dbg_assign(i8 99, !402, !DIExpression(), !974, ptr %2, !DIExpression(), !949)
  %54 = load i32, ptr @notify_send_fd, align 4, !dbg !975, !tbaa !383
  %55 = call i64 @write(i32 noundef %54, ptr noundef nonnull %2, i64 noundef 1) #13, !dbg !976
  %56 = icmp eq i64 %55, 1, !dbg !977
  br i1 %56, label %58, label %57, !dbg !978

57:                                               ; preds = %46
  call void @perror(ptr noundef nonnull @.str) #15, !dbg !979
  br label %58, !dbg !979

58:                                               ; preds = %57, %46
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2) #13, !dbg !980
  br label %86, !dbg !980

59:                                               ; preds = %36
  %60 = load ptr, ptr @main_base, align 8, !dbg !981, !tbaa !262
    #dbg_value(i32 %24, !253, !DIExpression(), !983)
    #dbg_value(i32 0, !254, !DIExpression(), !983)
    #dbg_value(i32 1, !255, !DIExpression(), !983)
    #dbg_value(ptr %60, !256, !DIExpression(), !983)
  %61 = icmp ugt i32 %24, 1023, !dbg !985
  br i1 %61, label %84, label %62, !dbg !985

62:                                               ; preds = %59
  %63 = load ptr, ptr @conns, align 8, !dbg !986, !tbaa !262
  %64 = zext nneg i32 %24 to i64, !dbg !986
  %65 = getelementptr inbounds ptr, ptr %63, i64 %64, !dbg !986
  %66 = load ptr, ptr %65, align 8, !dbg !986, !tbaa !262
    #dbg_value(ptr %66, !257, !DIExpression(), !983)
  %67 = icmp eq ptr %66, null, !dbg !987
  br i1 %67, label %68, label %72, !dbg !988

68:                                               ; preds = %62
  %69 = call noalias dereferenceable_or_null(2248) ptr @calloc(i64 noundef 1, i64 noundef 2248) #14, !dbg !989
    #dbg_value(ptr %69, !257, !DIExpression(), !983)
  %70 = icmp eq ptr %69, null, !dbg !990
  br i1 %70, label %84, label %71, !dbg !991

71:                                               ; preds = %68
  store i32 %24, ptr %69, align 8, !dbg !992, !tbaa !204
  store ptr %69, ptr %65, align 8, !dbg !993, !tbaa !262
  br label %72, !dbg !994

72:                                               ; preds = %71, %62
  %73 = phi ptr [ %69, %71 ], [ %66, %62 ], !dbg !983
    #dbg_value(ptr %73, !257, !DIExpression(), !983)
  %74 = getelementptr inbounds i8, ptr %73, i64 8, !dbg !995
  store i32 1, ptr %74, align 8, !dbg !996, !tbaa !276
  %75 = getelementptr inbounds i8, ptr %73, i64 4, !dbg !997
  store i32 0, ptr %75, align 4, !dbg !998, !tbaa !279
  %76 = getelementptr inbounds i8, ptr %73, i64 2188, !dbg !999
  store i32 0, ptr %76, align 4, !dbg !1000, !tbaa !282
  %77 = getelementptr inbounds i8, ptr %73, i64 2224, !dbg !1001
  store ptr @tcp_read, ptr %77, align 8, !dbg !1002, !tbaa !285
  %78 = getelementptr inbounds i8, ptr %73, i64 2232, !dbg !1003
  store ptr @tcp_sendmsg, ptr %78, align 8, !dbg !1004, !tbaa !288
  %79 = getelementptr inbounds i8, ptr %73, i64 2240, !dbg !1005
  store ptr @tcp_write, ptr %79, align 8, !dbg !1006, !tbaa !291
  %80 = getelementptr inbounds i8, ptr %73, i64 12, !dbg !1007
  call void @event_set(ptr noundef nonnull %80, i32 noundef %24, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %73) #13, !dbg !1008
  %81 = call i32 @event_base_set(ptr noundef %60, ptr noundef nonnull %80) #13, !dbg !1009
  %82 = call i32 @event_add(ptr noundef nonnull %80, ptr noundef null) #13, !dbg !1010
  %83 = icmp eq i32 %82, -1, !dbg !1011
  br i1 %83, label %84, label %86, !dbg !1012

84:                                               ; preds = %59, %68, %72
  %85 = load ptr, ptr %5, align 8, !dbg !1013, !tbaa !262
  call void @freeaddrinfo(ptr noundef %85) #13, !dbg !1015
  br label %86, !dbg !1016

86:                                               ; preds = %58, %44, %72, %16, %84, %39, %33
  %87 = phi i32 [ 4, %33 ], [ 1, %84 ], [ 4, %39 ], [ 4, %16 ], [ 0, %72 ], [ 0, %44 ], [ 0, %58 ]
  switch i32 %87, label %94 [
    i32 0, label %88
    i32 4, label %88
  ]

88:                                               ; preds = %86, %86
  %89 = getelementptr inbounds i8, ptr %17, i64 40, !dbg !1017
    #dbg_value(ptr poison, !886, !DIExpression(), !1018)
  %90 = load ptr, ptr %89, align 8, !dbg !919, !tbaa !262
    #dbg_value(ptr %90, !886, !DIExpression(), !1018)
  %91 = icmp eq ptr %90, null, !dbg !920
  br i1 %91, label %92, label %16, !dbg !920, !llvm.loop !1019

92:                                               ; preds = %88, %13
  %93 = load ptr, ptr %5, align 8, !dbg !1021, !tbaa !262
  call void @freeaddrinfo(ptr noundef %93) #13, !dbg !1022
  br label %94, !dbg !1023

94:                                               ; preds = %86, %1, %92
  %95 = phi i32 [ 0, %92 ], [ 1, %1 ], [ 1, %86 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #13, !dbg !1024
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #13, !dbg !1024
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #13, !dbg !1024
  ret i32 %95, !dbg !1024
}

declare !dbg !1025 i32 @event_base_loop(ptr noundef, i32 noundef) local_unnamed_addr #3

declare !dbg !1028 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

declare !dbg !1034 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !1038 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: nounwind
declare !dbg !1041 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare !dbg !1044 ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #11

; Function Attrs: nounwind
declare !dbg !1050 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare !dbg !1055 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare !dbg !1058 noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #7

declare !dbg !1061 i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !1069 void @freeaddrinfo(ptr noundef) local_unnamed_addr #8

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
!llvm.module.flags = !{!189, !190, !191, !192, !193, !194, !195}
!llvm.ident = !{!196}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 72, type: !107, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !30, globals: !46, splitDebugInlining: false, nameTableKind: None)
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
!195 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!196 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!197 = distinct !DISubprogram(name: "tcp_read", scope: !3, file: !3, line: 78, type: !160, scopeLine: 78, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !198)
!198 = !{!199, !200, !201}
!199 = !DILocalVariable(name: "c", arg: 1, scope: !197, file: !3, line: 78, type: !108)
!200 = !DILocalVariable(name: "buf", arg: 2, scope: !197, file: !3, line: 78, type: !31)
!201 = !DILocalVariable(name: "count", arg: 3, scope: !197, file: !3, line: 78, type: !166)
!202 = !DILocation(line: 0, scope: !197)
!203 = !DILocation(line: 79, column: 18, scope: !197)
!204 = !{!205, !206, i64 0}
!205 = !{!"conn", !206, i64 0, !206, i64 4, !206, i64 8, !209, i64 12, !207, i64 140, !206, i64 2188, !210, i64 2192, !206, i64 2220, !213, i64 2224, !213, i64 2232, !213, i64 2240}
!206 = !{!"int", !207, i64 0}
!207 = !{!"omnipotent char", !208, i64 0}
!208 = !{!"Simple C/C++ TBAA"}
!209 = !{!"event", !207, i64 0}
!210 = !{!"sockaddr_in6", !211, i64 0, !211, i64 2, !206, i64 4, !212, i64 8, !206, i64 24}
!211 = !{!"short", !207, i64 0}
!212 = !{!"in6_addr", !207, i64 0}
!213 = !{!"any pointer", !207, i64 0}
!214 = !DILocation(line: 79, column: 10, scope: !197)
!215 = !DILocation(line: 79, column: 3, scope: !197)
!216 = !DISubprogram(name: "read", scope: !217, file: !217, line: 371, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!217 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!218 = !DISubroutineType(types: !219)
!219 = !{!162, !45, !31, !166}
!220 = distinct !DISubprogram(name: "tcp_sendmsg", scope: !3, file: !3, line: 82, type: !170, scopeLine: 82, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !221)
!221 = !{!222, !223, !224}
!222 = !DILocalVariable(name: "c", arg: 1, scope: !220, file: !3, line: 82, type: !108)
!223 = !DILocalVariable(name: "msg", arg: 2, scope: !220, file: !3, line: 82, type: !172)
!224 = !DILocalVariable(name: "flags", arg: 3, scope: !220, file: !3, line: 82, type: !45)
!225 = !DILocation(line: 0, scope: !220)
!226 = !DILocation(line: 83, column: 21, scope: !220)
!227 = !DILocation(line: 83, column: 10, scope: !220)
!228 = !DILocation(line: 83, column: 3, scope: !220)
!229 = !DISubprogram(name: "sendmsg", scope: !230, file: !230, line: 174, type: !231, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!230 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!231 = !DISubroutineType(types: !232)
!232 = !{!162, !45, !233, !45}
!233 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !234, size: 64)
!234 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !173)
!235 = distinct !DISubprogram(name: "tcp_write", scope: !3, file: !3, line: 86, type: !160, scopeLine: 86, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !236)
!236 = !{!237, !238, !239}
!237 = !DILocalVariable(name: "c", arg: 1, scope: !235, file: !3, line: 86, type: !108)
!238 = !DILocalVariable(name: "buf", arg: 2, scope: !235, file: !3, line: 86, type: !31)
!239 = !DILocalVariable(name: "count", arg: 3, scope: !235, file: !3, line: 86, type: !166)
!240 = !DILocation(line: 0, scope: !235)
!241 = !DILocation(line: 87, column: 19, scope: !235)
!242 = !DILocation(line: 87, column: 10, scope: !235)
!243 = !DILocation(line: 87, column: 3, scope: !235)
!244 = !DISubprogram(name: "write", scope: !217, file: !217, line: 378, type: !245, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!245 = !DISubroutineType(types: !246)
!246 = !{!162, !45, !247, !166}
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64)
!248 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!249 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 92, type: !250, scopeLine: 93, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !252)
!250 = !DISubroutineType(types: !251)
!251 = !{!108, !45, !5, !13, !54}
!252 = !{!253, !254, !255, !256, !257}
!253 = !DILocalVariable(name: "sfd", arg: 1, scope: !249, file: !3, line: 92, type: !45)
!254 = !DILocalVariable(name: "init_state", arg: 2, scope: !249, file: !3, line: 92, type: !5)
!255 = !DILocalVariable(name: "transport", arg: 3, scope: !249, file: !3, line: 93, type: !13)
!256 = !DILocalVariable(name: "base", arg: 4, scope: !249, file: !3, line: 93, type: !54)
!257 = !DILocalVariable(name: "c", scope: !249, file: !3, line: 96, type: !108)
!258 = !DILocation(line: 0, scope: !249)
!259 = !DILocation(line: 94, column: 15, scope: !260)
!260 = distinct !DILexicalBlock(scope: !249, file: !3, line: 94, column: 7)
!261 = !DILocation(line: 96, column: 13, scope: !249)
!262 = !{!213, !213, i64 0}
!263 = !DILocation(line: 97, column: 9, scope: !264)
!264 = distinct !DILexicalBlock(scope: !249, file: !3, line: 97, column: 7)
!265 = !DILocation(line: 97, column: 7, scope: !249)
!266 = !DILocation(line: 98, column: 9, scope: !267)
!267 = distinct !DILexicalBlock(scope: !264, file: !3, line: 97, column: 18)
!268 = !DILocation(line: 99, column: 11, scope: !269)
!269 = distinct !DILexicalBlock(scope: !267, file: !3, line: 99, column: 9)
!270 = !DILocation(line: 99, column: 9, scope: !267)
!271 = !DILocation(line: 101, column: 12, scope: !267)
!272 = !DILocation(line: 102, column: 16, scope: !267)
!273 = !DILocation(line: 103, column: 3, scope: !267)
!274 = !DILocation(line: 104, column: 6, scope: !249)
!275 = !DILocation(line: 104, column: 16, scope: !249)
!276 = !{!205, !206, i64 8}
!277 = !DILocation(line: 105, column: 6, scope: !249)
!278 = !DILocation(line: 105, column: 12, scope: !249)
!279 = !{!205, !206, i64 4}
!280 = !DILocation(line: 106, column: 6, scope: !249)
!281 = !DILocation(line: 106, column: 13, scope: !249)
!282 = !{!205, !206, i64 2188}
!283 = !DILocation(line: 107, column: 6, scope: !249)
!284 = !DILocation(line: 107, column: 11, scope: !249)
!285 = !{!205, !213, i64 2224}
!286 = !DILocation(line: 108, column: 6, scope: !249)
!287 = !DILocation(line: 108, column: 14, scope: !249)
!288 = !{!205, !213, i64 2232}
!289 = !DILocation(line: 109, column: 6, scope: !249)
!290 = !DILocation(line: 109, column: 12, scope: !249)
!291 = !{!205, !213, i64 2240}
!292 = !DILocation(line: 110, column: 17, scope: !249)
!293 = !DILocation(line: 110, column: 3, scope: !249)
!294 = !DILocation(line: 111, column: 3, scope: !249)
!295 = !DILocation(line: 112, column: 7, scope: !296)
!296 = distinct !DILexicalBlock(scope: !249, file: !3, line: 112, column: 7)
!297 = !DILocation(line: 112, column: 31, scope: !296)
!298 = !DILocation(line: 115, column: 1, scope: !249)
!299 = !DISubprogram(name: "calloc", scope: !300, file: !300, line: 556, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!300 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!301 = !DISubroutineType(types: !302)
!302 = !{!31, !166, !166}
!303 = !DISubprogram(name: "event_set", scope: !3, file: !3, line: 29, type: !304, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!304 = !DISubroutineType(types: !305)
!305 = !{null, !306, !45, !307, !308, !31}
!306 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !76, size: 64)
!307 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !309, size: 64)
!309 = !DISubroutineType(types: !310)
!310 = !{null, !45, !307, !31}
!311 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 279, type: !309, scopeLine: 279, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !312)
!312 = !{!313, !314, !315, !316}
!313 = !DILocalVariable(name: "fd", arg: 1, scope: !311, file: !3, line: 279, type: !45)
!314 = !DILocalVariable(name: "which", arg: 2, scope: !311, file: !3, line: 279, type: !307)
!315 = !DILocalVariable(name: "arg", arg: 3, scope: !311, file: !3, line: 279, type: !31)
!316 = !DILocalVariable(name: "c", scope: !311, file: !3, line: 280, type: !108)
!317 = distinct !DIAssignID()
!318 = !DILocalVariable(name: "iov", scope: !319, file: !3, line: 208, type: !179)
!319 = distinct !DISubprogram(name: "transmit_udp", scope: !3, file: !3, line: 207, type: !320, scopeLine: 207, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !322)
!320 = !DISubroutineType(types: !321)
!321 = !{!45, !108}
!322 = !{!323, !318, !324}
!323 = !DILocalVariable(name: "c", arg: 1, scope: !319, file: !3, line: 207, type: !108)
!324 = !DILocalVariable(name: "msg", scope: !319, file: !3, line: 209, type: !173)
!325 = !DILocation(line: 0, scope: !319, inlinedAt: !326)
!326 = distinct !DILocation(line: 261, column: 51, scope: !327, inlinedAt: !356)
!327 = distinct !DILexicalBlock(scope: !328, file: !3, line: 261, column: 11)
!328 = distinct !DILexicalBlock(scope: !329, file: !3, line: 216, column: 23)
!329 = distinct !DILexicalBlock(scope: !330, file: !3, line: 215, column: 17)
!330 = distinct !DISubprogram(name: "drive_machine", scope: !3, file: !3, line: 213, type: !331, scopeLine: 213, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !333)
!331 = !DISubroutineType(types: !332)
!332 = !{null, !108}
!333 = !{!334, !335, !337, !347, !348, !349, !354}
!334 = !DILocalVariable(name: "c", arg: 1, scope: !330, file: !3, line: 213, type: !108)
!335 = !DILocalVariable(name: "stop", scope: !330, file: !3, line: 214, type: !336)
!336 = !DIBasicType(name: "_Bool", size: 8, encoding: DW_ATE_boolean)
!337 = !DILocalVariable(name: "addr", scope: !338, file: !3, line: 218, type: !339)
!338 = distinct !DILexicalBlock(scope: !328, file: !3, line: 217, column: 26)
!339 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !34, line: 196, size: 1024, elements: !340)
!340 = !{!341, !342, !346}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !339, file: !34, line: 198, baseType: !37, size: 16)
!342 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !339, file: !34, line: 199, baseType: !343, size: 944, offset: 16)
!343 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 944, elements: !344)
!344 = !{!345}
!345 = !DISubrange(count: 118)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !339, file: !34, line: 200, baseType: !99, size: 64, offset: 960)
!347 = !DILocalVariable(name: "addrlen", scope: !338, file: !3, line: 219, type: !156)
!348 = !DILocalVariable(name: "sfd", scope: !338, file: !3, line: 220, type: !45)
!349 = !DILocalVariable(name: "str", scope: !350, file: !3, line: 226, type: !352)
!350 = distinct !DILexicalBlock(scope: !351, file: !3, line: 225, column: 27)
!351 = distinct !DILexicalBlock(scope: !338, file: !3, line: 225, column: 11)
!352 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !353, size: 64)
!353 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!354 = !DILocalVariable(name: "res", scope: !355, file: !3, line: 241, type: !45)
!355 = distinct !DILexicalBlock(scope: !328, file: !3, line: 240, column: 21)
!356 = distinct !DILocation(line: 284, column: 3, scope: !311)
!357 = distinct !DIAssignID()
!358 = distinct !DIAssignID()
!359 = !DILocalVariable(name: "iov", scope: !360, file: !3, line: 202, type: !179)
!360 = distinct !DISubprogram(name: "transmit", scope: !3, file: !3, line: 201, type: !320, scopeLine: 201, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !361)
!361 = !{!362, !359, !363}
!362 = !DILocalVariable(name: "c", arg: 1, scope: !360, file: !3, line: 201, type: !108)
!363 = !DILocalVariable(name: "msg", scope: !360, file: !3, line: 203, type: !173)
!364 = !DILocation(line: 0, scope: !360, inlinedAt: !365)
!365 = distinct !DILocation(line: 261, column: 37, scope: !327, inlinedAt: !356)
!366 = distinct !DIAssignID()
!367 = distinct !DIAssignID()
!368 = distinct !DIAssignID()
!369 = !DILocation(line: 0, scope: !338, inlinedAt: !356)
!370 = distinct !DIAssignID()
!371 = !DILocation(line: 0, scope: !311)
!372 = !DILocation(line: 282, column: 16, scope: !373)
!373 = distinct !DILexicalBlock(scope: !311, file: !3, line: 282, column: 7)
!374 = !DILocation(line: 282, column: 10, scope: !373)
!375 = !DILocation(line: 282, column: 7, scope: !311)
!376 = !DILocation(line: 0, scope: !330, inlinedAt: !356)
!377 = !DILocation(line: 215, column: 3, scope: !330, inlinedAt: !356)
!378 = !DILocation(line: 216, column: 16, scope: !329, inlinedAt: !356)
!379 = !DILocation(line: 216, column: 5, scope: !329, inlinedAt: !356)
!380 = !DILocation(line: 218, column: 7, scope: !338, inlinedAt: !356)
!381 = !DILocation(line: 219, column: 7, scope: !338, inlinedAt: !356)
!382 = !DILocation(line: 219, column: 17, scope: !338, inlinedAt: !356)
!383 = !{!206, !206, i64 0}
!384 = distinct !DIAssignID()
!385 = !DILocation(line: 220, column: 27, scope: !338, inlinedAt: !356)
!386 = !DILocation(line: 220, column: 17, scope: !338, inlinedAt: !356)
!387 = !DILocation(line: 221, column: 15, scope: !388, inlinedAt: !356)
!388 = distinct !DILexicalBlock(scope: !338, file: !3, line: 221, column: 11)
!389 = !DILocation(line: 221, column: 11, scope: !338, inlinedAt: !356)
!390 = !DILocation(line: 225, column: 15, scope: !351, inlinedAt: !356)
!391 = !DILocation(line: 225, column: 11, scope: !338, inlinedAt: !356)
!392 = !DILocation(line: 0, scope: !350, inlinedAt: !356)
!393 = !DILocation(line: 227, column: 13, scope: !394, inlinedAt: !356)
!394 = distinct !DILexicalBlock(scope: !350, file: !3, line: 227, column: 13)
!395 = !DILocation(line: 227, column: 42, scope: !394, inlinedAt: !356)
!396 = !DILocation(line: 227, column: 13, scope: !350, inlinedAt: !356)
!397 = !DILocation(line: 228, column: 11, scope: !394, inlinedAt: !356)
!398 = !DILocation(line: 229, column: 9, scope: !350, inlinedAt: !356)
!399 = !DILocation(line: 230, column: 7, scope: !350, inlinedAt: !356)
!400 = !DILocation(line: 231, column: 49, scope: !401, inlinedAt: !356)
!401 = distinct !DILexicalBlock(scope: !351, file: !3, line: 230, column: 14)
!402 = !DILocalVariable(name: "buf", scope: !403, file: !3, line: 147, type: !42)
!403 = distinct !DISubprogram(name: "dispatch_conn_new", scope: !3, file: !3, line: 136, type: !404, scopeLine: 137, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !406)
!404 = !DISubroutineType(types: !405)
!405 = !{null, !45, !5, !13}
!406 = !{!407, !408, !409, !410, !402}
!407 = !DILocalVariable(name: "sfd", arg: 1, scope: !403, file: !3, line: 136, type: !45)
!408 = !DILocalVariable(name: "init_state", arg: 2, scope: !403, file: !3, line: 136, type: !5)
!409 = !DILocalVariable(name: "transport", arg: 3, scope: !403, file: !3, line: 137, type: !13)
!410 = !DILocalVariable(name: "item", scope: !403, file: !3, line: 138, type: !63)
!411 = !DILocation(line: 0, scope: !403, inlinedAt: !412)
!412 = distinct !DILocation(line: 231, column: 9, scope: !401, inlinedAt: !356)
!413 = !DILocation(line: 138, column: 19, scope: !403, inlinedAt: !412)
!414 = !DILocation(line: 139, column: 12, scope: !415, inlinedAt: !412)
!415 = distinct !DILexicalBlock(scope: !403, file: !3, line: 139, column: 7)
!416 = !DILocation(line: 139, column: 7, scope: !403, inlinedAt: !412)
!417 = !DILocation(line: 140, column: 5, scope: !418, inlinedAt: !412)
!418 = distinct !DILexicalBlock(scope: !415, file: !3, line: 139, column: 21)
!419 = !DILocation(line: 141, column: 5, scope: !418, inlinedAt: !412)
!420 = !DILocation(line: 143, column: 13, scope: !403, inlinedAt: !412)
!421 = !{!422, !206, i64 0}
!422 = !{!"conn_queue_item", !206, i64 0, !206, i64 4, !206, i64 8, !213, i64 16}
!423 = !DILocation(line: 144, column: 9, scope: !403, inlinedAt: !412)
!424 = !DILocation(line: 144, column: 20, scope: !403, inlinedAt: !412)
!425 = !{!422, !206, i64 4}
!426 = !DILocation(line: 145, column: 9, scope: !403, inlinedAt: !412)
!427 = !DILocation(line: 145, column: 19, scope: !403, inlinedAt: !412)
!428 = !{!422, !206, i64 8}
!429 = !DILocalVariable(name: "cq", arg: 1, scope: !430, file: !3, line: 117, type: !58)
!430 = distinct !DISubprogram(name: "cq_push", scope: !3, file: !3, line: 117, type: !431, scopeLine: 117, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !433)
!431 = !DISubroutineType(types: !432)
!432 = !{null, !58, !63}
!433 = !{!429, !434}
!434 = !DILocalVariable(name: "item", arg: 2, scope: !430, file: !3, line: 117, type: !63)
!435 = !DILocation(line: 0, scope: !430, inlinedAt: !436)
!436 = distinct !DILocation(line: 146, column: 3, scope: !403, inlinedAt: !412)
!437 = !DILocation(line: 118, column: 9, scope: !430, inlinedAt: !436)
!438 = !DILocation(line: 118, column: 14, scope: !430, inlinedAt: !436)
!439 = !{!422, !213, i64 16}
!440 = !DILocation(line: 119, column: 11, scope: !441, inlinedAt: !436)
!441 = distinct !DILexicalBlock(scope: !430, file: !3, line: 119, column: 7)
!442 = !{!443, !213, i64 8}
!443 = !{!"conn_queue", !213, i64 0, !213, i64 8}
!444 = !DILocation(line: 119, column: 16, scope: !441, inlinedAt: !436)
!445 = !DILocation(line: 119, column: 7, scope: !430, inlinedAt: !436)
!446 = !DILocation(line: 0, scope: !441, inlinedAt: !436)
!447 = !DILocation(line: 123, column: 12, scope: !430, inlinedAt: !436)
!448 = !DILocation(line: 147, column: 3, scope: !403, inlinedAt: !412)
!449 = !DILocation(line: 147, column: 8, scope: !403, inlinedAt: !412)
!450 = !{!207, !207, i64 0}
!451 = distinct !DIAssignID()
!452 = !DILocation(line: 148, column: 13, scope: !453, inlinedAt: !412)
!453 = distinct !DILexicalBlock(scope: !403, file: !3, line: 148, column: 7)
!454 = !DILocation(line: 148, column: 7, scope: !453, inlinedAt: !412)
!455 = !DILocation(line: 148, column: 38, scope: !453, inlinedAt: !412)
!456 = !DILocation(line: 148, column: 7, scope: !403, inlinedAt: !412)
!457 = !DILocation(line: 149, column: 5, scope: !453, inlinedAt: !412)
!458 = !DILocation(line: 150, column: 1, scope: !403, inlinedAt: !412)
!459 = !DILocation(line: 235, column: 5, scope: !328, inlinedAt: !356)
!460 = !DILocation(line: 237, column: 17, scope: !328, inlinedAt: !356)
!461 = !DILocation(line: 238, column: 16, scope: !328, inlinedAt: !356)
!462 = !DILocation(line: 239, column: 7, scope: !328, inlinedAt: !356)
!463 = !DILocation(line: 242, column: 12, scope: !464, inlinedAt: !356)
!464 = distinct !DILexicalBlock(scope: !355, file: !3, line: 242, column: 11)
!465 = !DILocation(line: 242, column: 11, scope: !355, inlinedAt: !356)
!466 = !DILocalVariable(name: "c", arg: 1, scope: !467, file: !3, line: 179, type: !108)
!467 = distinct !DISubprogram(name: "try_read_network", scope: !3, file: !3, line: 179, type: !320, scopeLine: 179, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !468)
!468 = !{!466, !469}
!469 = !DILocalVariable(name: "res", scope: !467, file: !3, line: 180, type: !162)
!470 = !DILocation(line: 0, scope: !467, inlinedAt: !471)
!471 = distinct !DILocation(line: 243, column: 15, scope: !464, inlinedAt: !356)
!472 = !DILocation(line: 180, column: 20, scope: !467, inlinedAt: !471)
!473 = !DILocation(line: 180, column: 41, scope: !467, inlinedAt: !471)
!474 = !DILocation(line: 180, column: 36, scope: !467, inlinedAt: !471)
!475 = !DILocation(line: 180, column: 65, scope: !467, inlinedAt: !471)
!476 = !DILocation(line: 180, column: 17, scope: !467, inlinedAt: !471)
!477 = !DILocation(line: 181, column: 11, scope: !478, inlinedAt: !471)
!478 = distinct !DILexicalBlock(scope: !467, file: !3, line: 181, column: 7)
!479 = !DILocation(line: 181, column: 7, scope: !467, inlinedAt: !471)
!480 = !DILocation(line: 183, column: 16, scope: !467, inlinedAt: !471)
!481 = !DILocation(line: 183, column: 13, scope: !467, inlinedAt: !471)
!482 = !DILocation(line: 184, column: 3, scope: !467, inlinedAt: !471)
!483 = !DILocalVariable(name: "c", arg: 1, scope: !484, file: !3, line: 167, type: !108)
!484 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 167, type: !320, scopeLine: 167, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !485)
!485 = !{!483, !486}
!486 = !DILocalVariable(name: "res", scope: !484, file: !3, line: 169, type: !162)
!487 = !DILocation(line: 0, scope: !484, inlinedAt: !488)
!488 = distinct !DILocation(line: 245, column: 15, scope: !464, inlinedAt: !356)
!489 = !DILocation(line: 168, column: 24, scope: !484, inlinedAt: !488)
!490 = !{!205, !206, i64 2220}
!491 = !DILocation(line: 169, column: 29, scope: !484, inlinedAt: !488)
!492 = !DILocation(line: 169, column: 17, scope: !484, inlinedAt: !488)
!493 = !DILocation(line: 172, column: 11, scope: !494, inlinedAt: !488)
!494 = distinct !DILexicalBlock(scope: !484, file: !3, line: 172, column: 7)
!495 = !DILocation(line: 172, column: 7, scope: !484, inlinedAt: !488)
!496 = !DILocation(line: 173, column: 17, scope: !497, inlinedAt: !488)
!497 = distinct !DILexicalBlock(scope: !494, file: !3, line: 172, column: 16)
!498 = !DILocation(line: 174, column: 5, scope: !497, inlinedAt: !488)
!499 = !DILocation(line: 0, scope: !464, inlinedAt: !356)
!500 = !DILocation(line: 0, scope: !355, inlinedAt: !356)
!501 = !DILocation(line: 250, column: 11, scope: !502, inlinedAt: !356)
!502 = distinct !DILexicalBlock(scope: !355, file: !3, line: 250, column: 11)
!503 = !DILocation(line: 250, column: 22, scope: !502, inlinedAt: !356)
!504 = !DILocation(line: 250, column: 11, scope: !355, inlinedAt: !356)
!505 = !DILocation(line: 251, column: 14, scope: !506, inlinedAt: !356)
!506 = distinct !DILexicalBlock(scope: !507, file: !3, line: 251, column: 13)
!507 = distinct !DILexicalBlock(scope: !502, file: !3, line: 250, column: 30)
!508 = !DILocation(line: 251, column: 13, scope: !507, inlinedAt: !356)
!509 = !DILocation(line: 252, column: 14, scope: !506, inlinedAt: !356)
!510 = !DILocation(line: 252, column: 11, scope: !506, inlinedAt: !356)
!511 = !DILocation(line: 253, column: 18, scope: !507, inlinedAt: !356)
!512 = !DILocation(line: 254, column: 9, scope: !507, inlinedAt: !356)
!513 = !DILocation(line: 256, column: 11, scope: !355, inlinedAt: !356)
!514 = !{!515, !515, i64 0}
!515 = !{!"long", !207, i64 0}
!516 = !DILocation(line: 257, column: 16, scope: !355, inlinedAt: !356)
!517 = !DILocation(line: 258, column: 7, scope: !355, inlinedAt: !356)
!518 = !DILocation(line: 261, column: 14, scope: !327, inlinedAt: !356)
!519 = !DILocation(line: 261, column: 11, scope: !328, inlinedAt: !356)
!520 = !DILocation(line: 202, column: 3, scope: !360, inlinedAt: !365)
!521 = !DILocation(line: 203, column: 3, scope: !360, inlinedAt: !365)
!522 = !{!523}
!523 = distinct !{!523, !524, !"reply_msg: argument 0"}
!524 = distinct !{!524, !"reply_msg"}
!525 = !DILocation(line: 203, column: 23, scope: !360, inlinedAt: !365)
!526 = !DILocalVariable(name: "c", arg: 1, scope: !527, file: !3, line: 187, type: !108)
!527 = distinct !DISubprogram(name: "reply_msg", scope: !3, file: !3, line: 187, type: !528, scopeLine: 187, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !530)
!528 = !DISubroutineType(types: !529)
!529 = !{!173, !108, !178}
!530 = !{!526, !531, !532}
!531 = !DILocalVariable(name: "iov", arg: 2, scope: !527, file: !3, line: 187, type: !178)
!532 = !DILocalVariable(name: "msg", scope: !527, file: !3, line: 188, type: !173)
!533 = !DILocation(line: 0, scope: !527, inlinedAt: !534)
!534 = distinct !DILocation(line: 203, column: 23, scope: !360, inlinedAt: !365)
!535 = !DILocation(line: 188, column: 17, scope: !527, inlinedAt: !534)
!536 = !DILocation(line: 189, column: 3, scope: !527, inlinedAt: !534)
!537 = distinct !DIAssignID()
!538 = !DILocation(line: 190, column: 17, scope: !527, inlinedAt: !534)
!539 = !{!540, !213, i64 0}
!540 = !{!"iovec", !213, i64 0, !515, i64 8}
!541 = distinct !DIAssignID()
!542 = !DILocation(line: 191, column: 16, scope: !527, inlinedAt: !534)
!543 = !{!540, !515, i64 8}
!544 = distinct !DIAssignID()
!545 = !DILocation(line: 192, column: 15, scope: !527, inlinedAt: !534)
!546 = !{!547, !213, i64 16}
!547 = !{!"msghdr", !213, i64 0, !206, i64 8, !213, i64 16, !515, i64 24, !213, i64 32, !515, i64 40, !206, i64 48}
!548 = distinct !DIAssignID()
!549 = !DILocation(line: 193, column: 18, scope: !527, inlinedAt: !534)
!550 = !{!547, !515, i64 24}
!551 = distinct !DIAssignID()
!552 = !DILocation(line: 204, column: 13, scope: !360, inlinedAt: !365)
!553 = !DILocation(line: 204, column: 10, scope: !360, inlinedAt: !365)
!554 = !DILocation(line: 204, column: 33, scope: !360, inlinedAt: !365)
!555 = !DILocation(line: 205, column: 1, scope: !360, inlinedAt: !365)
!556 = !DILocation(line: 261, column: 13, scope: !327, inlinedAt: !356)
!557 = !DILocation(line: 208, column: 3, scope: !319, inlinedAt: !326)
!558 = !DILocation(line: 209, column: 3, scope: !319, inlinedAt: !326)
!559 = !{!560}
!560 = distinct !{!560, !561, !"reply_msg: argument 0"}
!561 = distinct !{!561, !"reply_msg"}
!562 = !DILocation(line: 209, column: 23, scope: !319, inlinedAt: !326)
!563 = !DILocation(line: 0, scope: !527, inlinedAt: !564)
!564 = distinct !DILocation(line: 209, column: 23, scope: !319, inlinedAt: !326)
!565 = !DILocation(line: 188, column: 17, scope: !527, inlinedAt: !564)
!566 = !DILocation(line: 189, column: 3, scope: !527, inlinedAt: !564)
!567 = distinct !DIAssignID()
!568 = !DILocation(line: 190, column: 17, scope: !527, inlinedAt: !564)
!569 = distinct !DIAssignID()
!570 = !DILocation(line: 191, column: 16, scope: !527, inlinedAt: !564)
!571 = distinct !DIAssignID()
!572 = !DILocation(line: 192, column: 15, scope: !527, inlinedAt: !564)
!573 = distinct !DIAssignID()
!574 = !DILocation(line: 193, column: 18, scope: !527, inlinedAt: !564)
!575 = distinct !DIAssignID()
!576 = !DILocation(line: 195, column: 18, scope: !577, inlinedAt: !564)
!577 = distinct !DILexicalBlock(scope: !578, file: !3, line: 194, column: 29)
!578 = distinct !DILexicalBlock(scope: !527, file: !3, line: 194, column: 7)
!579 = !{!547, !213, i64 0}
!580 = distinct !DIAssignID()
!581 = !DILocation(line: 196, column: 26, scope: !577, inlinedAt: !564)
!582 = !DILocation(line: 196, column: 21, scope: !577, inlinedAt: !564)
!583 = !{!547, !206, i64 8}
!584 = distinct !DIAssignID()
!585 = !DILocation(line: 210, column: 21, scope: !319, inlinedAt: !326)
!586 = !DILocation(line: 210, column: 10, scope: !319, inlinedAt: !326)
!587 = !DILocation(line: 210, column: 35, scope: !319, inlinedAt: !326)
!588 = !DILocation(line: 211, column: 1, scope: !319, inlinedAt: !326)
!589 = !DILocation(line: 262, column: 18, scope: !590, inlinedAt: !356)
!590 = distinct !DILexicalBlock(scope: !327, file: !3, line: 261, column: 69)
!591 = !DILocation(line: 263, column: 9, scope: !590, inlinedAt: !356)
!592 = !DILocation(line: 265, column: 18, scope: !328, inlinedAt: !356)
!593 = !DILocation(line: 265, column: 16, scope: !328, inlinedAt: !356)
!594 = !DILocation(line: 267, column: 7, scope: !328, inlinedAt: !356)
!595 = !DILocation(line: 269, column: 12, scope: !596, inlinedAt: !356)
!596 = distinct !DILexicalBlock(scope: !328, file: !3, line: 269, column: 11)
!597 = !DILocation(line: 269, column: 11, scope: !328, inlinedAt: !356)
!598 = !DILocation(line: 270, column: 9, scope: !599, inlinedAt: !356)
!599 = distinct !DILexicalBlock(scope: !596, file: !3, line: 269, column: 34)
!600 = !DILocation(line: 271, column: 18, scope: !599, inlinedAt: !356)
!601 = !DILocation(line: 271, column: 9, scope: !599, inlinedAt: !356)
!602 = !DILocation(line: 272, column: 7, scope: !599, inlinedAt: !356)
!603 = !DILocation(line: 215, column: 11, scope: !330, inlinedAt: !356)
!604 = distinct !{!604, !377, !605, !606, !607}
!605 = !DILocation(line: 276, column: 3, scope: !330, inlinedAt: !356)
!606 = !{!"llvm.loop.mustprogress"}
!607 = !{!"llvm.loop.unroll.disable"}
!608 = !DILocation(line: 285, column: 1, scope: !311)
!609 = !DISubprogram(name: "event_base_set", scope: !3, file: !3, line: 31, type: !610, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!610 = !DISubroutineType(types: !611)
!611 = !{!45, !54, !306}
!612 = !DISubprogram(name: "event_add", scope: !3, file: !3, line: 32, type: !613, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!613 = !DISubroutineType(types: !614)
!614 = !{!45, !306, !615}
!615 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !616, size: 64)
!616 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !617)
!617 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !618, line: 8, size: 128, elements: !619)
!618 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!619 = !{!620, !622}
!620 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !617, file: !618, line: 14, baseType: !621, size: 64)
!621 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !131, line: 160, baseType: !165)
!622 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !617, file: !618, line: 15, baseType: !623, size: 64, offset: 64)
!623 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !131, line: 162, baseType: !165)
!624 = distinct !DIAssignID()
!625 = !DILocation(line: 0, scope: !403)
!626 = !DILocation(line: 138, column: 19, scope: !403)
!627 = !DILocation(line: 139, column: 12, scope: !415)
!628 = !DILocation(line: 139, column: 7, scope: !403)
!629 = !DILocation(line: 140, column: 5, scope: !418)
!630 = !DILocation(line: 141, column: 5, scope: !418)
!631 = !DILocation(line: 143, column: 13, scope: !403)
!632 = !DILocation(line: 144, column: 9, scope: !403)
!633 = !DILocation(line: 144, column: 20, scope: !403)
!634 = !DILocation(line: 145, column: 9, scope: !403)
!635 = !DILocation(line: 145, column: 19, scope: !403)
!636 = !DILocation(line: 0, scope: !430, inlinedAt: !637)
!637 = distinct !DILocation(line: 146, column: 3, scope: !403)
!638 = !DILocation(line: 118, column: 9, scope: !430, inlinedAt: !637)
!639 = !DILocation(line: 118, column: 14, scope: !430, inlinedAt: !637)
!640 = !DILocation(line: 119, column: 11, scope: !441, inlinedAt: !637)
!641 = !DILocation(line: 119, column: 16, scope: !441, inlinedAt: !637)
!642 = !DILocation(line: 119, column: 7, scope: !430, inlinedAt: !637)
!643 = !DILocation(line: 0, scope: !441, inlinedAt: !637)
!644 = !DILocation(line: 123, column: 12, scope: !430, inlinedAt: !637)
!645 = !DILocation(line: 147, column: 3, scope: !403)
!646 = !DILocation(line: 147, column: 8, scope: !403)
!647 = distinct !DIAssignID()
!648 = !DILocation(line: 148, column: 13, scope: !453)
!649 = !DILocation(line: 148, column: 7, scope: !453)
!650 = !DILocation(line: 148, column: 38, scope: !453)
!651 = !DILocation(line: 148, column: 7, scope: !403)
!652 = !DILocation(line: 149, column: 5, scope: !453)
!653 = !DILocation(line: 150, column: 1, scope: !403)
!654 = !DISubprogram(name: "malloc", scope: !300, file: !300, line: 553, type: !655, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!655 = !DISubroutineType(types: !656)
!656 = !{!31, !166}
!657 = !DISubprogram(name: "close", scope: !217, file: !217, line: 358, type: !658, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!658 = !DISubroutineType(types: !659)
!659 = !{!45, !45}
!660 = !DISubprogram(name: "perror", scope: !661, file: !661, line: 804, type: !662, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!661 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!662 = !DISubroutineType(types: !663)
!663 = !{null, !352}
!664 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 337, type: !665, scopeLine: 337, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !669)
!665 = !DISubroutineType(types: !666)
!666 = !{!45, !45, !667}
!667 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !668, size: 64)
!668 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!669 = !{!670, !671, !672}
!670 = !DILocalVariable(name: "argc", arg: 1, scope: !664, file: !3, line: 337, type: !45)
!671 = !DILocalVariable(name: "argv", arg: 2, scope: !664, file: !3, line: 337, type: !667)
!672 = !DILocalVariable(name: "fds", scope: !664, file: !3, line: 341, type: !673)
!673 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 64, elements: !674)
!674 = !{!675}
!675 = !DISubrange(count: 2)
!676 = distinct !DIAssignID()
!677 = distinct !DIAssignID()
!678 = !DILocation(line: 0, scope: !664)
!679 = !DILocation(line: 338, column: 15, scope: !664)
!680 = !DILocation(line: 338, column: 13, scope: !664)
!681 = !DILocation(line: 339, column: 18, scope: !664)
!682 = !DILocation(line: 340, column: 11, scope: !664)
!683 = !DILocation(line: 340, column: 9, scope: !664)
!684 = !DILocation(line: 341, column: 3, scope: !664)
!685 = !DILocation(line: 342, column: 30, scope: !686)
!686 = distinct !DILexicalBlock(scope: !664, file: !3, line: 342, column: 7)
!687 = !DILocation(line: 342, column: 50, scope: !686)
!688 = !DILocation(line: 342, column: 60, scope: !686)
!689 = !DILocation(line: 342, column: 7, scope: !664)
!690 = !DILocation(line: 344, column: 20, scope: !664)
!691 = !DILocation(line: 344, column: 18, scope: !664)
!692 = !DILocation(line: 345, column: 28, scope: !664)
!693 = !DILocation(line: 345, column: 3, scope: !664)
!694 = !DILocation(line: 347, column: 18, scope: !664)
!695 = !DILocation(line: 347, column: 3, scope: !664)
!696 = !DILocation(line: 348, column: 3, scope: !664)
!697 = !DILocation(line: 349, column: 12, scope: !698)
!698 = distinct !DILexicalBlock(scope: !664, file: !3, line: 349, column: 7)
!699 = !DILocation(line: 349, column: 16, scope: !698)
!700 = !DILocation(line: 349, column: 38, scope: !698)
!701 = !DILocalVariable(name: "addr", scope: !702, file: !3, line: 325, type: !708)
!702 = distinct !DISubprogram(name: "server_socket_unix", scope: !3, file: !3, line: 321, type: !703, scopeLine: 321, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !705)
!703 = !DISubroutineType(types: !704)
!704 = !{!45, !352}
!705 = !{!706, !707, !701}
!706 = !DILocalVariable(name: "path", arg: 1, scope: !702, file: !3, line: 321, type: !352)
!707 = !DILocalVariable(name: "sfd", scope: !702, file: !3, line: 322, type: !45)
!708 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !709, line: 29, size: 880, elements: !710)
!709 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!710 = !{!711, !712}
!711 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !708, file: !709, line: 31, baseType: !37, size: 16)
!712 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !708, file: !709, line: 32, baseType: !713, size: 864, offset: 16)
!713 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 864, elements: !714)
!714 = !{!715}
!715 = !DISubrange(count: 108)
!716 = !DILocation(line: 0, scope: !702, inlinedAt: !717)
!717 = distinct !DILocation(line: 349, column: 19, scope: !698)
!718 = !DILocation(line: 322, column: 13, scope: !702, inlinedAt: !717)
!719 = !DILocation(line: 323, column: 11, scope: !720, inlinedAt: !717)
!720 = distinct !DILexicalBlock(scope: !702, file: !3, line: 323, column: 7)
!721 = !DILocation(line: 323, column: 7, scope: !702, inlinedAt: !717)
!722 = !DILocation(line: 325, column: 3, scope: !702, inlinedAt: !717)
!723 = !DILocation(line: 326, column: 3, scope: !702, inlinedAt: !717)
!724 = distinct !DIAssignID()
!725 = !DILocation(line: 327, column: 19, scope: !702, inlinedAt: !717)
!726 = !{!727, !211, i64 0}
!727 = !{!"sockaddr_un", !211, i64 0, !207, i64 2}
!728 = distinct !DIAssignID()
!729 = !DILocation(line: 328, column: 16, scope: !702, inlinedAt: !717)
!730 = !DILocation(line: 328, column: 3, scope: !702, inlinedAt: !717)
!731 = !DILocation(line: 329, column: 7, scope: !732, inlinedAt: !717)
!732 = distinct !DILexicalBlock(scope: !702, file: !3, line: 329, column: 7)
!733 = !DILocation(line: 329, column: 57, scope: !732, inlinedAt: !717)
!734 = !DILocation(line: 329, column: 63, scope: !732, inlinedAt: !717)
!735 = !DILocation(line: 330, column: 7, scope: !732, inlinedAt: !717)
!736 = !DILocation(line: 330, column: 25, scope: !732, inlinedAt: !717)
!737 = !DILocation(line: 329, column: 7, scope: !702, inlinedAt: !717)
!738 = !DILocation(line: 331, column: 5, scope: !739, inlinedAt: !717)
!739 = distinct !DILexicalBlock(scope: !732, file: !3, line: 330, column: 32)
!740 = !DILocation(line: 332, column: 5, scope: !739, inlinedAt: !717)
!741 = !DILocation(line: 334, column: 57, scope: !702, inlinedAt: !717)
!742 = !DILocation(line: 0, scope: !249, inlinedAt: !743)
!743 = distinct !DILocation(line: 334, column: 10, scope: !702, inlinedAt: !717)
!744 = !DILocation(line: 94, column: 15, scope: !260, inlinedAt: !743)
!745 = !DILocation(line: 96, column: 13, scope: !249, inlinedAt: !743)
!746 = !DILocation(line: 97, column: 9, scope: !264, inlinedAt: !743)
!747 = !DILocation(line: 97, column: 7, scope: !249, inlinedAt: !743)
!748 = !DILocation(line: 98, column: 9, scope: !267, inlinedAt: !743)
!749 = !DILocation(line: 99, column: 11, scope: !269, inlinedAt: !743)
!750 = !DILocation(line: 99, column: 9, scope: !267, inlinedAt: !743)
!751 = !DILocation(line: 101, column: 12, scope: !267, inlinedAt: !743)
!752 = !DILocation(line: 102, column: 16, scope: !267, inlinedAt: !743)
!753 = !DILocation(line: 103, column: 3, scope: !267, inlinedAt: !743)
!754 = !DILocation(line: 104, column: 6, scope: !249, inlinedAt: !743)
!755 = !DILocation(line: 104, column: 16, scope: !249, inlinedAt: !743)
!756 = !DILocation(line: 105, column: 6, scope: !249, inlinedAt: !743)
!757 = !DILocation(line: 105, column: 12, scope: !249, inlinedAt: !743)
!758 = !DILocation(line: 106, column: 6, scope: !249, inlinedAt: !743)
!759 = !DILocation(line: 106, column: 13, scope: !249, inlinedAt: !743)
!760 = !DILocation(line: 107, column: 6, scope: !249, inlinedAt: !743)
!761 = !DILocation(line: 107, column: 11, scope: !249, inlinedAt: !743)
!762 = !DILocation(line: 108, column: 6, scope: !249, inlinedAt: !743)
!763 = !DILocation(line: 108, column: 14, scope: !249, inlinedAt: !743)
!764 = !DILocation(line: 109, column: 6, scope: !249, inlinedAt: !743)
!765 = !DILocation(line: 109, column: 12, scope: !249, inlinedAt: !743)
!766 = !DILocation(line: 110, column: 17, scope: !249, inlinedAt: !743)
!767 = !DILocation(line: 110, column: 3, scope: !249, inlinedAt: !743)
!768 = !DILocation(line: 111, column: 3, scope: !249, inlinedAt: !743)
!769 = !DILocation(line: 112, column: 7, scope: !296, inlinedAt: !743)
!770 = !DILocation(line: 112, column: 31, scope: !296, inlinedAt: !743)
!771 = !DILocation(line: 335, column: 1, scope: !702, inlinedAt: !717)
!772 = !DILocation(line: 349, column: 7, scope: !664)
!773 = !DILocation(line: 351, column: 7, scope: !774)
!774 = distinct !DILexicalBlock(scope: !664, file: !3, line: 351, column: 7)
!775 = !DILocation(line: 351, column: 43, scope: !774)
!776 = !DILocation(line: 352, column: 7, scope: !774)
!777 = !DILocation(line: 351, column: 7, scope: !664)
!778 = !DILocation(line: 354, column: 26, scope: !664)
!779 = !DILocation(line: 354, column: 10, scope: !664)
!780 = !DILocation(line: 354, column: 3, scope: !664)
!781 = !DILocation(line: 355, column: 1, scope: !664)
!782 = !DISubprogram(name: "event_init", scope: !3, file: !3, line: 28, type: !783, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!783 = !DISubroutineType(types: !784)
!784 = !{!54}
!785 = !DISubprogram(name: "pipe", scope: !217, file: !217, line: 437, type: !786, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!786 = !DISubroutineType(types: !787)
!787 = !{!45, !788}
!788 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!789 = distinct !DISubprogram(name: "thread_libevent_process", scope: !3, file: !3, line: 152, type: !309, scopeLine: 152, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !790)
!790 = !{!791, !792, !793, !794, !795}
!791 = !DILocalVariable(name: "fd", arg: 1, scope: !789, file: !3, line: 152, type: !45)
!792 = !DILocalVariable(name: "which", arg: 2, scope: !789, file: !3, line: 152, type: !307)
!793 = !DILocalVariable(name: "arg", arg: 3, scope: !789, file: !3, line: 152, type: !31)
!794 = !DILocalVariable(name: "buf", scope: !789, file: !3, line: 153, type: !42)
!795 = !DILocalVariable(name: "item", scope: !789, file: !3, line: 158, type: !63)
!796 = distinct !DIAssignID()
!797 = !DILocation(line: 0, scope: !789)
!798 = !DILocation(line: 153, column: 3, scope: !789)
!799 = !DILocation(line: 156, column: 7, scope: !800)
!800 = distinct !DILexicalBlock(scope: !789, file: !3, line: 156, column: 7)
!801 = !DILocation(line: 156, column: 25, scope: !800)
!802 = !DILocation(line: 156, column: 7, scope: !789)
!803 = !DILocalVariable(name: "cq", arg: 1, scope: !804, file: !3, line: 126, type: !58)
!804 = distinct !DISubprogram(name: "cq_pop", scope: !3, file: !3, line: 126, type: !805, scopeLine: 126, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !807)
!805 = !DISubroutineType(types: !806)
!806 = !{!63, !58}
!807 = !{!803, !808}
!808 = !DILocalVariable(name: "item", scope: !804, file: !3, line: 127, type: !63)
!809 = !DILocation(line: 0, scope: !804, inlinedAt: !810)
!810 = distinct !DILocation(line: 158, column: 19, scope: !789)
!811 = !DILocation(line: 127, column: 23, scope: !804, inlinedAt: !810)
!812 = !{!443, !213, i64 0}
!813 = !DILocation(line: 128, column: 12, scope: !814, inlinedAt: !810)
!814 = distinct !DILexicalBlock(scope: !804, file: !3, line: 128, column: 7)
!815 = !DILocation(line: 128, column: 7, scope: !804, inlinedAt: !810)
!816 = !DILocation(line: 129, column: 22, scope: !817, inlinedAt: !810)
!817 = distinct !DILexicalBlock(scope: !814, file: !3, line: 128, column: 21)
!818 = !DILocation(line: 129, column: 14, scope: !817, inlinedAt: !810)
!819 = !DILocation(line: 130, column: 18, scope: !820, inlinedAt: !810)
!820 = distinct !DILexicalBlock(scope: !817, file: !3, line: 130, column: 9)
!821 = !DILocation(line: 130, column: 9, scope: !817, inlinedAt: !810)
!822 = !DILocation(line: 131, column: 16, scope: !820, inlinedAt: !810)
!823 = !DILocation(line: 131, column: 7, scope: !820, inlinedAt: !810)
!824 = !DILocation(line: 159, column: 7, scope: !789)
!825 = !DILocation(line: 161, column: 22, scope: !826)
!826 = distinct !DILexicalBlock(scope: !789, file: !3, line: 161, column: 7)
!827 = !DILocation(line: 161, column: 33, scope: !826)
!828 = !DILocation(line: 161, column: 51, scope: !826)
!829 = !DILocation(line: 161, column: 62, scope: !826)
!830 = !DILocation(line: 0, scope: !249, inlinedAt: !831)
!831 = distinct !DILocation(line: 161, column: 7, scope: !826)
!832 = !DILocation(line: 94, column: 15, scope: !260, inlinedAt: !831)
!833 = !DILocation(line: 96, column: 13, scope: !249, inlinedAt: !831)
!834 = !DILocation(line: 97, column: 9, scope: !264, inlinedAt: !831)
!835 = !DILocation(line: 97, column: 7, scope: !249, inlinedAt: !831)
!836 = !DILocation(line: 98, column: 9, scope: !267, inlinedAt: !831)
!837 = !DILocation(line: 99, column: 11, scope: !269, inlinedAt: !831)
!838 = !DILocation(line: 99, column: 9, scope: !267, inlinedAt: !831)
!839 = !DILocation(line: 101, column: 12, scope: !267, inlinedAt: !831)
!840 = !DILocation(line: 102, column: 16, scope: !267, inlinedAt: !831)
!841 = !DILocation(line: 103, column: 3, scope: !267, inlinedAt: !831)
!842 = !DILocation(line: 104, column: 6, scope: !249, inlinedAt: !831)
!843 = !DILocation(line: 104, column: 16, scope: !249, inlinedAt: !831)
!844 = !DILocation(line: 105, column: 6, scope: !249, inlinedAt: !831)
!845 = !DILocation(line: 105, column: 12, scope: !249, inlinedAt: !831)
!846 = !DILocation(line: 106, column: 6, scope: !249, inlinedAt: !831)
!847 = !DILocation(line: 106, column: 13, scope: !249, inlinedAt: !831)
!848 = !DILocation(line: 107, column: 6, scope: !249, inlinedAt: !831)
!849 = !DILocation(line: 107, column: 11, scope: !249, inlinedAt: !831)
!850 = !DILocation(line: 108, column: 6, scope: !249, inlinedAt: !831)
!851 = !DILocation(line: 108, column: 14, scope: !249, inlinedAt: !831)
!852 = !DILocation(line: 109, column: 6, scope: !249, inlinedAt: !831)
!853 = !DILocation(line: 109, column: 12, scope: !249, inlinedAt: !831)
!854 = !DILocation(line: 110, column: 17, scope: !249, inlinedAt: !831)
!855 = !DILocation(line: 110, column: 3, scope: !249, inlinedAt: !831)
!856 = !DILocation(line: 111, column: 3, scope: !249, inlinedAt: !831)
!857 = !DILocation(line: 112, column: 7, scope: !296, inlinedAt: !831)
!858 = !DILocation(line: 112, column: 31, scope: !296, inlinedAt: !831)
!859 = !DILocation(line: 161, column: 7, scope: !789)
!860 = !DILocation(line: 163, column: 17, scope: !826)
!861 = !DILocation(line: 163, column: 5, scope: !826)
!862 = !DILocation(line: 164, column: 3, scope: !789)
!863 = !DILocation(line: 165, column: 1, scope: !789)
!864 = distinct !DISubprogram(name: "server_socket", scope: !3, file: !3, line: 287, type: !865, scopeLine: 287, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !867)
!865 = !DISubroutineType(cc: DW_CC_nocall, types: !866)
!866 = !{!45, !45, !13}
!867 = !{!868, !869, !870, !883, !885, !886, !888}
!868 = !DILocalVariable(name: "port", arg: 1, scope: !864, file: !3, line: 287, type: !45)
!869 = !DILocalVariable(name: "transport", arg: 2, scope: !864, file: !3, line: 287, type: !13)
!870 = !DILocalVariable(name: "hints", scope: !864, file: !3, line: 288, type: !871)
!871 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !872, line: 565, size: 384, elements: !873)
!872 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!873 = !{!874, !875, !876, !877, !878, !879, !880, !881}
!874 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !871, file: !872, line: 567, baseType: !45, size: 32)
!875 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !871, file: !872, line: 568, baseType: !45, size: 32, offset: 32)
!876 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !871, file: !872, line: 569, baseType: !45, size: 32, offset: 64)
!877 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !871, file: !872, line: 570, baseType: !45, size: 32, offset: 96)
!878 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !871, file: !872, line: 571, baseType: !156, size: 32, offset: 128)
!879 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !871, file: !872, line: 572, baseType: !32, size: 64, offset: 192)
!880 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !871, file: !872, line: 573, baseType: !668, size: 64, offset: 256)
!881 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !871, file: !872, line: 574, baseType: !882, size: 64, offset: 320)
!882 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !871, size: 64)
!883 = !DILocalVariable(name: "port_buf", scope: !864, file: !3, line: 293, type: !884)
!884 = !DICompositeType(tag: DW_TAG_array_type, baseType: !42, size: 128, elements: !146)
!885 = !DILocalVariable(name: "ai", scope: !864, file: !3, line: 295, type: !882)
!886 = !DILocalVariable(name: "next", scope: !887, file: !3, line: 298, type: !882)
!887 = distinct !DILexicalBlock(scope: !864, file: !3, line: 298, column: 3)
!888 = !DILocalVariable(name: "sfd", scope: !889, file: !3, line: 299, type: !45)
!889 = distinct !DILexicalBlock(scope: !890, file: !3, line: 298, column: 64)
!890 = distinct !DILexicalBlock(scope: !887, file: !3, line: 298, column: 3)
!891 = distinct !DIAssignID()
!892 = distinct !DIAssignID()
!893 = !DILocation(line: 0, scope: !864)
!894 = distinct !DIAssignID()
!895 = distinct !DIAssignID()
!896 = !DILocation(line: 288, column: 3, scope: !864)
!897 = !DILocation(line: 289, column: 3, scope: !864)
!898 = distinct !DIAssignID()
!899 = !DILocation(line: 290, column: 18, scope: !864)
!900 = !{!901, !206, i64 0}
!901 = !{!"addrinfo", !206, i64 0, !206, i64 4, !206, i64 8, !206, i64 12, !206, i64 16, !213, i64 24, !213, i64 32, !213, i64 40}
!902 = distinct !DIAssignID()
!903 = !DILocation(line: 291, column: 9, scope: !864)
!904 = !DILocation(line: 291, column: 19, scope: !864)
!905 = !{!901, !206, i64 4}
!906 = distinct !DIAssignID()
!907 = !DILocation(line: 292, column: 23, scope: !864)
!908 = !DILocation(line: 292, column: 9, scope: !864)
!909 = !DILocation(line: 292, column: 21, scope: !864)
!910 = !{!901, !206, i64 8}
!911 = distinct !DIAssignID()
!912 = !DILocation(line: 293, column: 3, scope: !864)
!913 = !DILocation(line: 294, column: 3, scope: !864)
!914 = !DILocation(line: 295, column: 3, scope: !864)
!915 = !DILocation(line: 296, column: 7, scope: !916)
!916 = distinct !DILexicalBlock(scope: !864, file: !3, line: 296, column: 7)
!917 = !DILocation(line: 296, column: 48, scope: !916)
!918 = !DILocation(line: 296, column: 7, scope: !864)
!919 = !DILocation(line: 298, scope: !887)
!920 = !DILocation(line: 298, column: 3, scope: !887)
!921 = !DILocation(line: 299, column: 28, scope: !889)
!922 = !DILocation(line: 299, column: 45, scope: !889)
!923 = !DILocation(line: 299, column: 64, scope: !889)
!924 = !{!901, !206, i64 12}
!925 = !DILocation(line: 299, column: 15, scope: !889)
!926 = !DILocation(line: 0, scope: !889)
!927 = !DILocation(line: 300, column: 13, scope: !928)
!928 = distinct !DILexicalBlock(scope: !889, file: !3, line: 300, column: 9)
!929 = !DILocation(line: 300, column: 9, scope: !889)
!930 = !DILocation(line: 302, column: 25, scope: !931)
!931 = distinct !DILexicalBlock(scope: !889, file: !3, line: 302, column: 9)
!932 = !{!901, !213, i64 24}
!933 = !DILocation(line: 302, column: 40, scope: !931)
!934 = !{!901, !206, i64 16}
!935 = !DILocation(line: 302, column: 9, scope: !931)
!936 = !DILocation(line: 302, column: 52, scope: !931)
!937 = !DILocation(line: 302, column: 9, scope: !889)
!938 = !DILocation(line: 303, column: 7, scope: !939)
!939 = distinct !DILexicalBlock(scope: !931, file: !3, line: 302, column: 59)
!940 = !DILocation(line: 304, column: 7, scope: !939)
!941 = !DILocation(line: 306, column: 28, scope: !942)
!942 = distinct !DILexicalBlock(scope: !889, file: !3, line: 306, column: 9)
!943 = !DILocation(line: 306, column: 31, scope: !942)
!944 = !DILocation(line: 306, column: 49, scope: !942)
!945 = !DILocation(line: 306, column: 9, scope: !889)
!946 = !DILocation(line: 307, column: 7, scope: !947)
!947 = distinct !DILexicalBlock(scope: !942, file: !3, line: 306, column: 56)
!948 = !DILocation(line: 308, column: 7, scope: !947)
!949 = !DILocation(line: 0, scope: !403, inlinedAt: !950)
!950 = distinct !DILocation(line: 311, column: 7, scope: !951)
!951 = distinct !DILexicalBlock(scope: !952, file: !3, line: 310, column: 28)
!952 = distinct !DILexicalBlock(scope: !889, file: !3, line: 310, column: 9)
!953 = !DILocation(line: 138, column: 19, scope: !403, inlinedAt: !950)
!954 = !DILocation(line: 139, column: 12, scope: !415, inlinedAt: !950)
!955 = !DILocation(line: 139, column: 7, scope: !403, inlinedAt: !950)
!956 = !DILocation(line: 140, column: 5, scope: !418, inlinedAt: !950)
!957 = !DILocation(line: 141, column: 5, scope: !418, inlinedAt: !950)
!958 = !DILocation(line: 143, column: 13, scope: !403, inlinedAt: !950)
!959 = !DILocation(line: 144, column: 9, scope: !403, inlinedAt: !950)
!960 = !DILocation(line: 144, column: 20, scope: !403, inlinedAt: !950)
!961 = !DILocation(line: 145, column: 9, scope: !403, inlinedAt: !950)
!962 = !DILocation(line: 145, column: 19, scope: !403, inlinedAt: !950)
!963 = !DILocation(line: 0, scope: !430, inlinedAt: !964)
!964 = distinct !DILocation(line: 146, column: 3, scope: !403, inlinedAt: !950)
!965 = !DILocation(line: 118, column: 9, scope: !430, inlinedAt: !964)
!966 = !DILocation(line: 118, column: 14, scope: !430, inlinedAt: !964)
!967 = !DILocation(line: 119, column: 11, scope: !441, inlinedAt: !964)
!968 = !DILocation(line: 119, column: 16, scope: !441, inlinedAt: !964)
!969 = !DILocation(line: 119, column: 7, scope: !430, inlinedAt: !964)
!970 = !DILocation(line: 0, scope: !441, inlinedAt: !964)
!971 = !DILocation(line: 123, column: 12, scope: !430, inlinedAt: !964)
!972 = !DILocation(line: 147, column: 3, scope: !403, inlinedAt: !950)
!973 = !DILocation(line: 147, column: 8, scope: !403, inlinedAt: !950)
!974 = distinct !DIAssignID()
!975 = !DILocation(line: 148, column: 13, scope: !453, inlinedAt: !950)
!976 = !DILocation(line: 148, column: 7, scope: !453, inlinedAt: !950)
!977 = !DILocation(line: 148, column: 38, scope: !453, inlinedAt: !950)
!978 = !DILocation(line: 148, column: 7, scope: !403, inlinedAt: !950)
!979 = !DILocation(line: 149, column: 5, scope: !453, inlinedAt: !950)
!980 = !DILocation(line: 150, column: 1, scope: !403, inlinedAt: !950)
!981 = !DILocation(line: 312, column: 57, scope: !982)
!982 = distinct !DILexicalBlock(scope: !952, file: !3, line: 312, column: 16)
!983 = !DILocation(line: 0, scope: !249, inlinedAt: !984)
!984 = distinct !DILocation(line: 312, column: 16, scope: !982)
!985 = !DILocation(line: 94, column: 15, scope: !260, inlinedAt: !984)
!986 = !DILocation(line: 96, column: 13, scope: !249, inlinedAt: !984)
!987 = !DILocation(line: 97, column: 9, scope: !264, inlinedAt: !984)
!988 = !DILocation(line: 97, column: 7, scope: !249, inlinedAt: !984)
!989 = !DILocation(line: 98, column: 9, scope: !267, inlinedAt: !984)
!990 = !DILocation(line: 99, column: 11, scope: !269, inlinedAt: !984)
!991 = !DILocation(line: 99, column: 9, scope: !267, inlinedAt: !984)
!992 = !DILocation(line: 101, column: 12, scope: !267, inlinedAt: !984)
!993 = !DILocation(line: 102, column: 16, scope: !267, inlinedAt: !984)
!994 = !DILocation(line: 103, column: 3, scope: !267, inlinedAt: !984)
!995 = !DILocation(line: 104, column: 6, scope: !249, inlinedAt: !984)
!996 = !DILocation(line: 104, column: 16, scope: !249, inlinedAt: !984)
!997 = !DILocation(line: 105, column: 6, scope: !249, inlinedAt: !984)
!998 = !DILocation(line: 105, column: 12, scope: !249, inlinedAt: !984)
!999 = !DILocation(line: 106, column: 6, scope: !249, inlinedAt: !984)
!1000 = !DILocation(line: 106, column: 13, scope: !249, inlinedAt: !984)
!1001 = !DILocation(line: 107, column: 6, scope: !249, inlinedAt: !984)
!1002 = !DILocation(line: 107, column: 11, scope: !249, inlinedAt: !984)
!1003 = !DILocation(line: 108, column: 6, scope: !249, inlinedAt: !984)
!1004 = !DILocation(line: 108, column: 14, scope: !249, inlinedAt: !984)
!1005 = !DILocation(line: 109, column: 6, scope: !249, inlinedAt: !984)
!1006 = !DILocation(line: 109, column: 12, scope: !249, inlinedAt: !984)
!1007 = !DILocation(line: 110, column: 17, scope: !249, inlinedAt: !984)
!1008 = !DILocation(line: 110, column: 3, scope: !249, inlinedAt: !984)
!1009 = !DILocation(line: 111, column: 3, scope: !249, inlinedAt: !984)
!1010 = !DILocation(line: 112, column: 7, scope: !296, inlinedAt: !984)
!1011 = !DILocation(line: 112, column: 31, scope: !296, inlinedAt: !984)
!1012 = !DILocation(line: 312, column: 16, scope: !952)
!1013 = !DILocation(line: 313, column: 20, scope: !1014)
!1014 = distinct !DILexicalBlock(scope: !982, file: !3, line: 312, column: 77)
!1015 = !DILocation(line: 313, column: 7, scope: !1014)
!1016 = !DILocation(line: 314, column: 7, scope: !1014)
!1017 = !DILocation(line: 298, column: 55, scope: !890)
!1018 = !DILocation(line: 0, scope: !887)
!1019 = distinct !{!1019, !920, !1020, !606, !607}
!1020 = !DILocation(line: 316, column: 3, scope: !887)
!1021 = !DILocation(line: 317, column: 16, scope: !864)
!1022 = !DILocation(line: 317, column: 3, scope: !864)
!1023 = !DILocation(line: 318, column: 3, scope: !864)
!1024 = !DILocation(line: 319, column: 1, scope: !864)
!1025 = !DISubprogram(name: "event_base_loop", scope: !3, file: !3, line: 33, type: !1026, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1026 = !DISubroutineType(types: !1027)
!1027 = !{!45, !54, !45}
!1028 = !DISubprogram(name: "accept", scope: !230, file: !230, line: 306, type: !1029, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1029 = !DISubroutineType(types: !1030)
!1030 = !{!45, !45, !1031, !1032}
!1031 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !32)
!1032 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1033)
!1033 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !156, size: 64)
!1034 = !DISubprogram(name: "recvfrom", scope: !230, file: !230, line: 163, type: !1035, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1035 = !DISubroutineType(types: !1036)
!1036 = !{!162, !45, !1037, !166, !45, !1031, !1032}
!1037 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !31)
!1038 = !DISubprogram(name: "free", scope: !300, file: !300, line: 568, type: !1039, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1039 = !DISubroutineType(types: !1040)
!1040 = !{null, !31}
!1041 = !DISubprogram(name: "socket", scope: !230, file: !230, line: 102, type: !1042, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1042 = !DISubroutineType(types: !1043)
!1043 = !{!45, !45, !45, !45}
!1044 = !DISubprogram(name: "strncpy", scope: !1045, file: !1045, line: 144, type: !1046, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1045 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!1046 = !DISubroutineType(types: !1047)
!1047 = !{!668, !1048, !1049, !166}
!1048 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !668)
!1049 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !352)
!1050 = !DISubprogram(name: "bind", scope: !230, file: !230, line: 112, type: !1051, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1051 = !DISubroutineType(types: !1052)
!1052 = !{!45, !45, !1053, !156}
!1053 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1054, size: 64)
!1054 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !33)
!1055 = !DISubprogram(name: "listen", scope: !230, file: !230, line: 296, type: !1056, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1056 = !DISubroutineType(types: !1057)
!1057 = !{!45, !45, !45}
!1058 = !DISubprogram(name: "snprintf", scope: !661, file: !661, line: 378, type: !1059, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1059 = !DISubroutineType(types: !1060)
!1060 = !{!45, !1048, !166, !1049, null}
!1061 = !DISubprogram(name: "getaddrinfo", scope: !872, file: !872, line: 660, type: !1062, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1062 = !DISubroutineType(types: !1063)
!1063 = !{!45, !1049, !1049, !1064, !1067}
!1064 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1065)
!1065 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1066, size: 64)
!1066 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !871)
!1067 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !1068)
!1068 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !882, size: 64)
!1069 = !DISubprogram(name: "freeaddrinfo", scope: !872, file: !872, line: 666, type: !1070, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!1070 = !DISubroutineType(types: !1071)
!1071 = !{null, !882}
