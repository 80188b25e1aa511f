; memcached 1.5's re-registration of a connection (conn_worker_readd,
; update_event): event_set(&c->event, c->sfd, ..., event_handler, c) with
; the fd read back from the connection's own field, the connection coming
; back through a queue item whose origin the fd tracer cannot follow.
; Before: "event_set for event_handler on an fd that is no socket created
; here"; the field is the one conn_new stored the socket in (also when
; conn_new reuses a connection kept per fd, a phi at -O1), so the
; re-registration runs the same handler on the same socket. The receive,
; in a helper the handler passes the connection to (try_read_udp), is on
; the socket through that field (before: "on socket ?" at -O0).
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefixes=CHECK,O0
; RUN: %clang -O1 -g -S -emit-llvm %S/Inputs/callback-libevent1-readd.c -o %t.o1.ll
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %t.o1.ll 2>&1 | FileCheck %s --check-prefixes=CHECK,O1
;
; CHECK-LABEL: koffload landmarks for '{{.*}}callback-libevent1-readd.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at callback-libevent1-readd.c:139
; CHECK-NEXT:   bind: port 7102 address 0.0.0.0 at callback-libevent1-readd.c:144
; CHECK-NEXT: event-loop #0: dispatch in main at callback-libevent1-readd.c:148, runs callbacks from event_base_loop at callback-libevent1-readd.c:148
; CHECK-NEXT:   callback: event_handler on socket #0, fd in parameter 0 and field +8 of parameter 2, registered by event_set at callback-libevent1-readd.c:124
; CHECK-NEXT:   callback: event_handler on socket #0, fd in parameter 0 and field +8 of parameter 2, registered by event_set at callback-libevent1-readd.c:60
; O0: arrival: recvfrom on socket #0 in try_read_udp at callback-libevent1-readd.c:92, loop #0
; O1: arrival: recvfrom on socket #0 in event_handler at callback-libevent1-readd.c:92 (called at callback-libevent1-readd.c:100), loop #0
; CHECK-NOT: UnknownCallback: event_set for event_handler
; CHECK: note: UnknownCallback: event_set for notify_handler on an fd that is no socket created here
; CHECK-NOT: UnknownCallback: event_set for event_handler
; CHECK: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 2 other I/O
;
; MADE-FROM: Inputs/callback-libevent1-readd.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - callback-libevent1-readd.c

; ModuleID = 'callback-libevent1-readd.c'
source_filename = "callback-libevent1-readd.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.event = type { [128 x i8] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.queue_item = type { ptr, ptr }
%struct.conn = type { ptr, i32, i16, %struct.event, ptr, [1024 x i8], %struct.sockaddr_in, i32 }

@notify_pipe = internal global [2 x i32] zeroinitializer, align 4, !dbg !0
@notify_event = internal global %struct.event zeroinitializer, align 1, !dbg !34
@queue_head = internal global ptr null, align 8, !dbg !42
@gets_served = internal global i64 0, align 8, !dbg !104
@.str = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !94
@.str.1 = private unnamed_addr constant [2 x i8] c"r\00", align 1, !dbg !99
@conns = internal global [1024 x ptr] zeroinitializer, align 16, !dbg !107

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !119 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !123, !DIExpression(), !124)
  %5 = call ptr @event_init(), !dbg !125
  store ptr %5, ptr %2, align 8, !dbg !124
  %6 = call i32 @pipe(ptr noundef @notify_pipe) #7, !dbg !126
  %7 = icmp slt i32 %6, 0, !dbg !128
  br i1 %7, label %8, label %9, !dbg !129

8:                                                ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !130
  br label %31, !dbg !130

9:                                                ; preds = %0
  %10 = load i32, ptr @notify_pipe, align 4, !dbg !131
  call void @event_set(ptr noundef @notify_event, i32 noundef %10, i16 noundef signext 18, ptr noundef @notify_handler, ptr noundef null), !dbg !132
  %11 = load ptr, ptr %2, align 8, !dbg !133
  %12 = call i32 @event_base_set(ptr noundef %11, ptr noundef @notify_event), !dbg !134
  %13 = call i32 @event_add(ptr noundef @notify_event, ptr noundef null), !dbg !135
    #dbg_declare(ptr %3, !136, !DIExpression(), !137)
  %14 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !138
  store i32 %14, ptr %3, align 4, !dbg !137
    #dbg_declare(ptr %4, !139, !DIExpression(), !140)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !141
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !142
  store i16 2, ptr %15, align 4, !dbg !143
  %16 = call zeroext i16 @htons(i16 noundef zeroext 7102) #8, !dbg !144
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !145
  store i16 %16, ptr %17, align 2, !dbg !146
  %18 = load i32, ptr %3, align 4, !dbg !147
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %4, i32 noundef 16) #7, !dbg !149
  %20 = icmp slt i32 %19, 0, !dbg !150
  br i1 %20, label %21, label %22, !dbg !151

21:                                               ; preds = %9
  store i32 1, ptr %1, align 4, !dbg !152
  br label %31, !dbg !152

22:                                               ; preds = %9
  %23 = load i32, ptr %3, align 4, !dbg !153
  %24 = load ptr, ptr %2, align 8, !dbg !155
  %25 = call ptr @conn_new(i32 noundef %23, ptr noundef %24), !dbg !156
  %26 = icmp ne ptr %25, null, !dbg !156
  br i1 %26, label %28, label %27, !dbg !157

27:                                               ; preds = %22
  store i32 1, ptr %1, align 4, !dbg !158
  br label %31, !dbg !158

28:                                               ; preds = %22
  %29 = load ptr, ptr %2, align 8, !dbg !159
  %30 = call i32 @event_base_loop(ptr noundef %29, i32 noundef 0), !dbg !160
  store i32 %30, ptr %1, align 4, !dbg !161
  br label %31, !dbg !161

31:                                               ; preds = %28, %27, %21, %8
  %32 = load i32, ptr %1, align 4, !dbg !162
  ret i32 %32, !dbg !162
}

declare ptr @event_init() #1

; Function Attrs: nounwind
declare i32 @pipe(ptr noundef) #2

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @notify_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !163 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca [1 x i8], align 1
  %8 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !166, !DIExpression(), !167)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !168, !DIExpression(), !169)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !170, !DIExpression(), !171)
    #dbg_declare(ptr %7, !172, !DIExpression(), !176)
  %9 = load i16, ptr %5, align 2, !dbg !177
  %10 = load ptr, ptr %6, align 8, !dbg !178
  %11 = load i32, ptr %4, align 4, !dbg !179
  %12 = getelementptr inbounds [1 x i8], ptr %7, i64 0, i64 0, !dbg !181
  %13 = call i64 @read(i32 noundef %11, ptr noundef %12, i64 noundef 1), !dbg !182
  %14 = icmp ne i64 %13, 1, !dbg !183
  br i1 %14, label %15, label %16, !dbg !184

15:                                               ; preds = %3
  br label %29, !dbg !185

16:                                               ; preds = %3
    #dbg_declare(ptr %8, !186, !DIExpression(), !187)
  %17 = load ptr, ptr @queue_head, align 8, !dbg !188
  store ptr %17, ptr %8, align 8, !dbg !187
  %18 = load ptr, ptr %8, align 8, !dbg !189
  %19 = icmp ne ptr %18, null, !dbg !189
  br i1 %19, label %21, label %20, !dbg !191

20:                                               ; preds = %16
  br label %29, !dbg !192

21:                                               ; preds = %16
  %22 = load ptr, ptr %8, align 8, !dbg !193
  %23 = getelementptr inbounds %struct.queue_item, ptr %22, i32 0, i32 1, !dbg !194
  %24 = load ptr, ptr %23, align 8, !dbg !194
  store ptr %24, ptr @queue_head, align 8, !dbg !195
  %25 = load ptr, ptr %8, align 8, !dbg !196
  %26 = getelementptr inbounds %struct.queue_item, ptr %25, i32 0, i32 0, !dbg !197
  %27 = load ptr, ptr %26, align 8, !dbg !197
  call void @conn_worker_readd(ptr noundef %27), !dbg !198
  %28 = load ptr, ptr %8, align 8, !dbg !199
  call void @free(ptr noundef %28) #7, !dbg !200
  br label %29, !dbg !201

29:                                               ; preds = %21, %20, %15
  ret void, !dbg !201
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @conn_new(i32 noundef %0, ptr noundef %1) #0 !dbg !202 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !205, !DIExpression(), !206)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !207, !DIExpression(), !208)
  %7 = load i32, ptr %4, align 4, !dbg !209
  %8 = icmp slt i32 %7, 0, !dbg !211
  br i1 %8, label %12, label %9, !dbg !212

9:                                                ; preds = %2
  %10 = load i32, ptr %4, align 4, !dbg !213
  %11 = icmp sge i32 %10, 1024, !dbg !214
  br i1 %11, label %12, label %13, !dbg !215

12:                                               ; preds = %9, %2
  store ptr null, ptr %3, align 8, !dbg !216
  br label %52, !dbg !216

13:                                               ; preds = %9
    #dbg_declare(ptr %6, !217, !DIExpression(), !218)
  %14 = load i32, ptr %4, align 4, !dbg !219
  %15 = sext i32 %14 to i64, !dbg !220
  %16 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %15, !dbg !220
  %17 = load ptr, ptr %16, align 8, !dbg !220
  store ptr %17, ptr %6, align 8, !dbg !218
  %18 = load ptr, ptr %6, align 8, !dbg !221
  %19 = icmp ne ptr %18, null, !dbg !221
  br i1 %19, label %33, label %20, !dbg !223

20:                                               ; preds = %13
  %21 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 1200) #9, !dbg !224
  store ptr %21, ptr %6, align 8, !dbg !226
  %22 = load ptr, ptr %6, align 8, !dbg !227
  %23 = icmp ne ptr %22, null, !dbg !227
  br i1 %23, label %25, label %24, !dbg !229

24:                                               ; preds = %20
  store ptr null, ptr %3, align 8, !dbg !230
  br label %52, !dbg !230

25:                                               ; preds = %20
  %26 = load i32, ptr %4, align 4, !dbg !231
  %27 = load ptr, ptr %6, align 8, !dbg !232
  %28 = getelementptr inbounds %struct.conn, ptr %27, i32 0, i32 1, !dbg !233
  store i32 %26, ptr %28, align 8, !dbg !234
  %29 = load ptr, ptr %6, align 8, !dbg !235
  %30 = load i32, ptr %4, align 4, !dbg !236
  %31 = sext i32 %30 to i64, !dbg !237
  %32 = getelementptr inbounds [1024 x ptr], ptr @conns, i64 0, i64 %31, !dbg !237
  store ptr %29, ptr %32, align 8, !dbg !238
  br label %33, !dbg !239

33:                                               ; preds = %25, %13
  %34 = load ptr, ptr %5, align 8, !dbg !240
  %35 = load ptr, ptr %6, align 8, !dbg !241
  %36 = getelementptr inbounds %struct.conn, ptr %35, i32 0, i32 4, !dbg !242
  store ptr %34, ptr %36, align 8, !dbg !243
  %37 = load ptr, ptr %6, align 8, !dbg !244
  %38 = getelementptr inbounds %struct.conn, ptr %37, i32 0, i32 3, !dbg !245
  %39 = load i32, ptr %4, align 4, !dbg !246
  %40 = load ptr, ptr %6, align 8, !dbg !247
  call void @event_set(ptr noundef %38, i32 noundef %39, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %40), !dbg !248
  %41 = load ptr, ptr %5, align 8, !dbg !249
  %42 = load ptr, ptr %6, align 8, !dbg !250
  %43 = getelementptr inbounds %struct.conn, ptr %42, i32 0, i32 3, !dbg !251
  %44 = call i32 @event_base_set(ptr noundef %41, ptr noundef %43), !dbg !252
  %45 = load ptr, ptr %6, align 8, !dbg !253
  %46 = getelementptr inbounds %struct.conn, ptr %45, i32 0, i32 3, !dbg !255
  %47 = call i32 @event_add(ptr noundef %46, ptr noundef null), !dbg !256
  %48 = icmp eq i32 %47, -1, !dbg !257
  br i1 %48, label %49, label %50, !dbg !258

49:                                               ; preds = %33
  store ptr null, ptr %3, align 8, !dbg !259
  br label %52, !dbg !259

50:                                               ; preds = %33
  %51 = load ptr, ptr %6, align 8, !dbg !260
  store ptr %51, ptr %3, align 8, !dbg !261
  br label %52, !dbg !261

52:                                               ; preds = %50, %49, %24, %12
  %53 = load ptr, ptr %3, align 8, !dbg !262
  ret ptr %53, !dbg !262
}

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @conn_worker_readd(ptr noundef %0) #0 !dbg !263 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !266, !DIExpression(), !267)
  %3 = load ptr, ptr %2, align 8, !dbg !268
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 2, !dbg !269
  store i16 18, ptr %4, align 4, !dbg !270
  %5 = load ptr, ptr %2, align 8, !dbg !271
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 3, !dbg !272
  %7 = load ptr, ptr %2, align 8, !dbg !273
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 1, !dbg !274
  %9 = load i32, ptr %8, align 8, !dbg !274
  %10 = load ptr, ptr %2, align 8, !dbg !275
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 2, !dbg !276
  %12 = load i16, ptr %11, align 4, !dbg !276
  %13 = load ptr, ptr %2, align 8, !dbg !277
  call void @event_set(ptr noundef %6, i32 noundef %9, i16 noundef signext %12, ptr noundef @event_handler, ptr noundef %13), !dbg !278
  %14 = load ptr, ptr %2, align 8, !dbg !279
  %15 = getelementptr inbounds %struct.conn, ptr %14, i32 0, i32 4, !dbg !280
  %16 = load ptr, ptr %15, align 8, !dbg !280
  %17 = load ptr, ptr %2, align 8, !dbg !281
  %18 = getelementptr inbounds %struct.conn, ptr %17, i32 0, i32 3, !dbg !282
  %19 = call i32 @event_base_set(ptr noundef %16, ptr noundef %18), !dbg !283
  %20 = load ptr, ptr %2, align 8, !dbg !284
  %21 = getelementptr inbounds %struct.conn, ptr %20, i32 0, i32 3, !dbg !285
  %22 = call i32 @event_add(ptr noundef %21, ptr noundef null), !dbg !286
  ret void, !dbg !287
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !288 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !289, !DIExpression(), !290)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !291, !DIExpression(), !292)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !293, !DIExpression(), !294)
    #dbg_declare(ptr %7, !295, !DIExpression(), !296)
  %9 = load ptr, ptr %6, align 8, !dbg !297
  store ptr %9, ptr %7, align 8, !dbg !296
  %10 = load i32, ptr %4, align 4, !dbg !298
  %11 = load i16, ptr %5, align 2, !dbg !299
    #dbg_declare(ptr %8, !300, !DIExpression(), !305)
  %12 = load ptr, ptr %7, align 8, !dbg !306
  %13 = call i64 @try_read_udp(ptr noundef %12), !dbg !307
  store i64 %13, ptr %8, align 8, !dbg !305
  %14 = load i64, ptr %8, align 8, !dbg !308
  %15 = icmp slt i64 %14, 4, !dbg !310
  br i1 %15, label %16, label %17, !dbg !311

16:                                               ; preds = %3
  br label %38, !dbg !312

17:                                               ; preds = %3
  %18 = load ptr, ptr %7, align 8, !dbg !313
  %19 = getelementptr inbounds %struct.conn, ptr %18, i32 0, i32 5, !dbg !315
  %20 = getelementptr inbounds [1024 x i8], ptr %19, i64 0, i64 0, !dbg !313
  %21 = load i8, ptr %20, align 8, !dbg !313
  %22 = sext i8 %21 to i32, !dbg !313
  %23 = icmp eq i32 %22, 120, !dbg !316
  br i1 %23, label %24, label %26, !dbg !317

24:                                               ; preds = %17
  %25 = load ptr, ptr %7, align 8, !dbg !318
  call void @redispatch_conn(ptr noundef %25), !dbg !320
  br label %38, !dbg !321

26:                                               ; preds = %17
  %27 = load i64, ptr @gets_served, align 8, !dbg !322
  %28 = add i64 %27, 1, !dbg !322
  store i64 %28, ptr @gets_served, align 8, !dbg !322
  %29 = load ptr, ptr %7, align 8, !dbg !323
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 1, !dbg !324
  %31 = load i32, ptr %30, align 8, !dbg !324
  %32 = load ptr, ptr %7, align 8, !dbg !325
  %33 = getelementptr inbounds %struct.conn, ptr %32, i32 0, i32 6, !dbg !326
  %34 = load ptr, ptr %7, align 8, !dbg !327
  %35 = getelementptr inbounds %struct.conn, ptr %34, i32 0, i32 7, !dbg !328
  %36 = load i32, ptr %35, align 8, !dbg !328
  %37 = call i64 @sendto(i32 noundef %31, ptr noundef @.str, i64 noundef 5, i32 noundef 0, ptr noundef %33, i32 noundef %36), !dbg !329
  br label %38, !dbg !330

38:                                               ; preds = %26, %24, %16
  ret void, !dbg !330
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @try_read_udp(ptr noundef %0) #0 !dbg !331 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !334, !DIExpression(), !335)
  %3 = load ptr, ptr %2, align 8, !dbg !336
  %4 = getelementptr inbounds %struct.conn, ptr %3, i32 0, i32 7, !dbg !337
  store i32 16, ptr %4, align 8, !dbg !338
  %5 = load ptr, ptr %2, align 8, !dbg !339
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 1, !dbg !340
  %7 = load i32, ptr %6, align 8, !dbg !340
  %8 = load ptr, ptr %2, align 8, !dbg !341
  %9 = getelementptr inbounds %struct.conn, ptr %8, i32 0, i32 5, !dbg !342
  %10 = getelementptr inbounds [1024 x i8], ptr %9, i64 0, i64 0, !dbg !341
  %11 = load ptr, ptr %2, align 8, !dbg !343
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 6, !dbg !344
  %13 = load ptr, ptr %2, align 8, !dbg !345
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 7, !dbg !346
  %15 = call i64 @recvfrom(i32 noundef %7, ptr noundef %10, i64 noundef 1024, i32 noundef 0, ptr noundef %12, ptr noundef %14), !dbg !347
  ret i64 %15, !dbg !348
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @redispatch_conn(ptr noundef %0) #0 !dbg !349 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !350, !DIExpression(), !351)
    #dbg_declare(ptr %3, !352, !DIExpression(), !353)
  %4 = call noalias ptr @malloc(i64 noundef 16) #10, !dbg !354
  store ptr %4, ptr %3, align 8, !dbg !353
  %5 = load ptr, ptr %3, align 8, !dbg !355
  %6 = icmp ne ptr %5, null, !dbg !355
  br i1 %6, label %8, label %7, !dbg !357

7:                                                ; preds = %1
  br label %21, !dbg !358

8:                                                ; preds = %1
  %9 = load ptr, ptr %2, align 8, !dbg !359
  %10 = getelementptr inbounds %struct.conn, ptr %9, i32 0, i32 3, !dbg !360
  %11 = call i32 @event_del(ptr noundef %10), !dbg !361
  %12 = load ptr, ptr %2, align 8, !dbg !362
  %13 = load ptr, ptr %3, align 8, !dbg !363
  %14 = getelementptr inbounds %struct.queue_item, ptr %13, i32 0, i32 0, !dbg !364
  store ptr %12, ptr %14, align 8, !dbg !365
  %15 = load ptr, ptr @queue_head, align 8, !dbg !366
  %16 = load ptr, ptr %3, align 8, !dbg !367
  %17 = getelementptr inbounds %struct.queue_item, ptr %16, i32 0, i32 1, !dbg !368
  store ptr %15, ptr %17, align 8, !dbg !369
  %18 = load ptr, ptr %3, align 8, !dbg !370
  store ptr %18, ptr @queue_head, align 8, !dbg !371
  %19 = load i32, ptr getelementptr inbounds ([2 x i32], ptr @notify_pipe, i64 0, i64 1), align 4, !dbg !372
  %20 = call i64 @write(i32 noundef %19, ptr noundef @.str.1, i64 noundef 1), !dbg !373
  br label %21, !dbg !374

21:                                               ; preds = %8, %7
  ret void, !dbg !374
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

declare i32 @event_del(ptr noundef) #1

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!111, !112, !113, !114, !115, !116, !117}
!llvm.ident = !{!118}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "notify_pipe", scope: !2, file: !3, line: 52, type: !110, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !33, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "callback-libevent1-readd.c", directory: "/work/wt-memcb/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "d61160b487e49bb219c8a966c445bf89")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !6, line: 24, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17}
!9 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!10 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!11 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!12 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!13 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!14 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!15 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!16 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!17 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!18 = !{!19, !20}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !22, line: 183, size: 128, elements: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!23 = !{!24, !28}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !21, file: !22, line: 185, baseType: !25, size: 16)
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !26, line: 28, baseType: !27)
!26 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!27 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !21, file: !22, line: 186, baseType: !29, size: 112, offset: 16)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 112, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 14)
!33 = !{!0, !34, !42, !94, !99, !104, !107}
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "notify_event", scope: !2, file: !3, line: 53, type: !36, isLocal: true, isDefinition: true)
!36 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 18, size: 1024, elements: !37)
!37 = !{!38}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !36, file: !3, line: 19, baseType: !39, size: 1024)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 1024, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 128)
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(name: "queue_head", scope: !2, file: !3, line: 51, type: !44, isLocal: true, isDefinition: true)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!45 = !DIDerivedType(tag: DW_TAG_typedef, name: "queue_item", file: !3, line: 47, baseType: !46)
!46 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "queue_item", file: !3, line: 44, size: 128, elements: !47)
!47 = !{!48, !92}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !46, file: !3, line: 45, baseType: !49, size: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 42, baseType: !51)
!51 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 33, size: 9600, elements: !52)
!52 = !{!53, !54, !56, !58, !59, !62, !66, !89}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "sasl", scope: !51, file: !3, line: 34, baseType: !19, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !51, file: !3, line: 35, baseType: !55, size: 32, offset: 64)
!55 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "ev_flags", scope: !51, file: !3, line: 36, baseType: !57, size: 16, offset: 96)
!57 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !51, file: !3, line: 37, baseType: !36, size: 1024, offset: 112)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "base", scope: !51, file: !3, line: 38, baseType: !60, size: 64, offset: 1152)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 17, flags: DIFlagFwdDecl)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !51, file: !3, line: 39, baseType: !63, size: 8192, offset: 1216)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 8192, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 1024)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !51, file: !3, line: 40, baseType: !67, size: 128, offset: 9408)
!67 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !68, line: 245, size: 128, elements: !69)
!68 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!69 = !{!70, !71, !77, !84}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !67, file: !68, line: 247, baseType: !25, size: 16)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !67, file: !68, line: 248, baseType: !72, size: 16, offset: 16)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !68, line: 123, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !74, line: 25, baseType: !75)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !76, line: 40, baseType: !27)
!76 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !67, file: !68, line: 249, baseType: !78, size: 32, offset: 32)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !68, line: 31, size: 32, elements: !79)
!79 = !{!80}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !78, file: !68, line: 33, baseType: !81, size: 32)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !68, line: 30, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !74, line: 26, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !76, line: 42, baseType: !7)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !67, file: !68, line: 252, baseType: !85, size: 64, offset: 64)
!85 = !DICompositeType(tag: DW_TAG_array_type, baseType: !86, size: 64, elements: !87)
!86 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!87 = !{!88}
!88 = !DISubrange(count: 8)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !51, file: !3, line: 41, baseType: !90, size: 32, offset: 9536)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !22, line: 33, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !76, line: 210, baseType: !7)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !46, file: !3, line: 46, baseType: !93, size: 64, offset: 64)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)
!94 = !DIGlobalVariableExpression(var: !95, expr: !DIExpression())
!95 = distinct !DIGlobalVariable(scope: null, file: !3, line: 108, type: !96, isLocal: true, isDefinition: true)
!96 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 48, elements: !97)
!97 = !{!98}
!98 = !DISubrange(count: 6)
!99 = !DIGlobalVariableExpression(var: !100, expr: !DIExpression())
!100 = distinct !DIGlobalVariable(scope: null, file: !3, line: 73, type: !101, isLocal: true, isDefinition: true)
!101 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 16, elements: !102)
!102 = !{!103}
!103 = !DISubrange(count: 2)
!104 = !DIGlobalVariableExpression(var: !105, expr: !DIExpression())
!105 = distinct !DIGlobalVariable(name: "gets_served", scope: !2, file: !3, line: 54, type: !106, isLocal: true, isDefinition: true)
!106 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!107 = !DIGlobalVariableExpression(var: !108, expr: !DIExpression())
!108 = distinct !DIGlobalVariable(name: "conns", scope: !2, file: !3, line: 50, type: !109, isLocal: true, isDefinition: true)
!109 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 65536, elements: !64)
!110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 64, elements: !102)
!111 = !{i32 7, !"Dwarf Version", i32 5}
!112 = !{i32 2, !"Debug Info Version", i32 3}
!113 = !{i32 1, !"wchar_size", i32 4}
!114 = !{i32 8, !"PIC Level", i32 2}
!115 = !{i32 7, !"PIE Level", i32 2}
!116 = !{i32 7, !"uwtable", i32 2}
!117 = !{i32 7, !"frame-pointer", i32 2}
!118 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!119 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 131, type: !120, scopeLine: 131, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !122)
!120 = !DISubroutineType(types: !121)
!121 = !{!55}
!122 = !{}
!123 = !DILocalVariable(name: "base", scope: !119, file: !3, line: 132, type: !60)
!124 = !DILocation(line: 132, column: 22, scope: !119)
!125 = !DILocation(line: 132, column: 29, scope: !119)
!126 = !DILocation(line: 133, column: 7, scope: !127)
!127 = distinct !DILexicalBlock(scope: !119, file: !3, line: 133, column: 7)
!128 = !DILocation(line: 133, column: 25, scope: !127)
!129 = !DILocation(line: 133, column: 7, scope: !119)
!130 = !DILocation(line: 134, column: 5, scope: !127)
!131 = !DILocation(line: 135, column: 28, scope: !119)
!132 = !DILocation(line: 135, column: 3, scope: !119)
!133 = !DILocation(line: 137, column: 18, scope: !119)
!134 = !DILocation(line: 137, column: 3, scope: !119)
!135 = !DILocation(line: 138, column: 3, scope: !119)
!136 = !DILocalVariable(name: "sfd", scope: !119, file: !3, line: 139, type: !55)
!137 = !DILocation(line: 139, column: 7, scope: !119)
!138 = !DILocation(line: 139, column: 13, scope: !119)
!139 = !DILocalVariable(name: "sa", scope: !119, file: !3, line: 140, type: !67)
!140 = !DILocation(line: 140, column: 22, scope: !119)
!141 = !DILocation(line: 141, column: 3, scope: !119)
!142 = !DILocation(line: 142, column: 6, scope: !119)
!143 = !DILocation(line: 142, column: 17, scope: !119)
!144 = !DILocation(line: 143, column: 17, scope: !119)
!145 = !DILocation(line: 143, column: 6, scope: !119)
!146 = !DILocation(line: 143, column: 15, scope: !119)
!147 = !DILocation(line: 144, column: 12, scope: !148)
!148 = distinct !DILexicalBlock(scope: !119, file: !3, line: 144, column: 7)
!149 = !DILocation(line: 144, column: 7, scope: !148)
!150 = !DILocation(line: 144, column: 53, scope: !148)
!151 = !DILocation(line: 144, column: 7, scope: !119)
!152 = !DILocation(line: 145, column: 5, scope: !148)
!153 = !DILocation(line: 146, column: 17, scope: !154)
!154 = distinct !DILexicalBlock(scope: !119, file: !3, line: 146, column: 7)
!155 = !DILocation(line: 146, column: 22, scope: !154)
!156 = !DILocation(line: 146, column: 8, scope: !154)
!157 = !DILocation(line: 146, column: 7, scope: !119)
!158 = !DILocation(line: 147, column: 5, scope: !154)
!159 = !DILocation(line: 148, column: 26, scope: !119)
!160 = !DILocation(line: 148, column: 10, scope: !119)
!161 = !DILocation(line: 148, column: 3, scope: !119)
!162 = !DILocation(line: 149, column: 1, scope: !119)
!163 = distinct !DISubprogram(name: "notify_handler", scope: !3, file: !3, line: 76, type: !164, scopeLine: 76, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!164 = !DISubroutineType(types: !165)
!165 = !{null, !55, !57, !19}
!166 = !DILocalVariable(name: "fd", arg: 1, scope: !163, file: !3, line: 76, type: !55)
!167 = !DILocation(line: 76, column: 32, scope: !163)
!168 = !DILocalVariable(name: "which", arg: 2, scope: !163, file: !3, line: 76, type: !57)
!169 = !DILocation(line: 76, column: 42, scope: !163)
!170 = !DILocalVariable(name: "arg", arg: 3, scope: !163, file: !3, line: 76, type: !19)
!171 = !DILocation(line: 76, column: 55, scope: !163)
!172 = !DILocalVariable(name: "buf", scope: !163, file: !3, line: 77, type: !173)
!173 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 8, elements: !174)
!174 = !{!175}
!175 = !DISubrange(count: 1)
!176 = !DILocation(line: 77, column: 8, scope: !163)
!177 = !DILocation(line: 78, column: 9, scope: !163)
!178 = !DILocation(line: 79, column: 9, scope: !163)
!179 = !DILocation(line: 80, column: 12, scope: !180)
!180 = distinct !DILexicalBlock(scope: !163, file: !3, line: 80, column: 7)
!181 = !DILocation(line: 80, column: 16, scope: !180)
!182 = !DILocation(line: 80, column: 7, scope: !180)
!183 = !DILocation(line: 80, column: 24, scope: !180)
!184 = !DILocation(line: 80, column: 7, scope: !163)
!185 = !DILocation(line: 81, column: 5, scope: !180)
!186 = !DILocalVariable(name: "item", scope: !163, file: !3, line: 82, type: !44)
!187 = !DILocation(line: 82, column: 15, scope: !163)
!188 = !DILocation(line: 82, column: 22, scope: !163)
!189 = !DILocation(line: 83, column: 8, scope: !190)
!190 = distinct !DILexicalBlock(scope: !163, file: !3, line: 83, column: 7)
!191 = !DILocation(line: 83, column: 7, scope: !163)
!192 = !DILocation(line: 84, column: 5, scope: !190)
!193 = !DILocation(line: 85, column: 16, scope: !163)
!194 = !DILocation(line: 85, column: 22, scope: !163)
!195 = !DILocation(line: 85, column: 14, scope: !163)
!196 = !DILocation(line: 86, column: 21, scope: !163)
!197 = !DILocation(line: 86, column: 27, scope: !163)
!198 = !DILocation(line: 86, column: 3, scope: !163)
!199 = !DILocation(line: 87, column: 8, scope: !163)
!200 = !DILocation(line: 87, column: 3, scope: !163)
!201 = !DILocation(line: 88, column: 1, scope: !163)
!202 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 112, type: !203, scopeLine: 112, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!203 = !DISubroutineType(types: !204)
!204 = !{!49, !55, !60}
!205 = !DILocalVariable(name: "sfd", arg: 1, scope: !202, file: !3, line: 112, type: !55)
!206 = !DILocation(line: 112, column: 27, scope: !202)
!207 = !DILocalVariable(name: "base", arg: 2, scope: !202, file: !3, line: 112, type: !60)
!208 = !DILocation(line: 112, column: 51, scope: !202)
!209 = !DILocation(line: 113, column: 7, scope: !210)
!210 = distinct !DILexicalBlock(scope: !202, file: !3, line: 113, column: 7)
!211 = !DILocation(line: 113, column: 11, scope: !210)
!212 = !DILocation(line: 113, column: 15, scope: !210)
!213 = !DILocation(line: 113, column: 18, scope: !210)
!214 = !DILocation(line: 113, column: 22, scope: !210)
!215 = !DILocation(line: 113, column: 7, scope: !202)
!216 = !DILocation(line: 114, column: 5, scope: !210)
!217 = !DILocalVariable(name: "c", scope: !202, file: !3, line: 115, type: !49)
!218 = !DILocation(line: 115, column: 9, scope: !202)
!219 = !DILocation(line: 115, column: 19, scope: !202)
!220 = !DILocation(line: 115, column: 13, scope: !202)
!221 = !DILocation(line: 116, column: 8, scope: !222)
!222 = distinct !DILexicalBlock(scope: !202, file: !3, line: 116, column: 7)
!223 = !DILocation(line: 116, column: 7, scope: !202)
!224 = !DILocation(line: 117, column: 9, scope: !225)
!225 = distinct !DILexicalBlock(scope: !222, file: !3, line: 116, column: 11)
!226 = !DILocation(line: 117, column: 7, scope: !225)
!227 = !DILocation(line: 118, column: 10, scope: !228)
!228 = distinct !DILexicalBlock(scope: !225, file: !3, line: 118, column: 9)
!229 = !DILocation(line: 118, column: 9, scope: !225)
!230 = !DILocation(line: 119, column: 7, scope: !228)
!231 = !DILocation(line: 120, column: 14, scope: !225)
!232 = !DILocation(line: 120, column: 5, scope: !225)
!233 = !DILocation(line: 120, column: 8, scope: !225)
!234 = !DILocation(line: 120, column: 12, scope: !225)
!235 = !DILocation(line: 121, column: 18, scope: !225)
!236 = !DILocation(line: 121, column: 11, scope: !225)
!237 = !DILocation(line: 121, column: 5, scope: !225)
!238 = !DILocation(line: 121, column: 16, scope: !225)
!239 = !DILocation(line: 122, column: 3, scope: !225)
!240 = !DILocation(line: 123, column: 13, scope: !202)
!241 = !DILocation(line: 123, column: 3, scope: !202)
!242 = !DILocation(line: 123, column: 6, scope: !202)
!243 = !DILocation(line: 123, column: 11, scope: !202)
!244 = !DILocation(line: 124, column: 14, scope: !202)
!245 = !DILocation(line: 124, column: 17, scope: !202)
!246 = !DILocation(line: 124, column: 24, scope: !202)
!247 = !DILocation(line: 124, column: 74, scope: !202)
!248 = !DILocation(line: 124, column: 3, scope: !202)
!249 = !DILocation(line: 125, column: 18, scope: !202)
!250 = !DILocation(line: 125, column: 25, scope: !202)
!251 = !DILocation(line: 125, column: 28, scope: !202)
!252 = !DILocation(line: 125, column: 3, scope: !202)
!253 = !DILocation(line: 126, column: 18, scope: !254)
!254 = distinct !DILexicalBlock(scope: !202, file: !3, line: 126, column: 7)
!255 = !DILocation(line: 126, column: 21, scope: !254)
!256 = !DILocation(line: 126, column: 7, scope: !254)
!257 = !DILocation(line: 126, column: 31, scope: !254)
!258 = !DILocation(line: 126, column: 7, scope: !202)
!259 = !DILocation(line: 127, column: 5, scope: !254)
!260 = !DILocation(line: 128, column: 10, scope: !202)
!261 = !DILocation(line: 128, column: 3, scope: !202)
!262 = !DILocation(line: 129, column: 1, scope: !202)
!263 = distinct !DISubprogram(name: "conn_worker_readd", scope: !3, file: !3, line: 58, type: !264, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!264 = !DISubroutineType(types: !265)
!265 = !{null, !49}
!266 = !DILocalVariable(name: "c", arg: 1, scope: !263, file: !3, line: 58, type: !49)
!267 = !DILocation(line: 58, column: 37, scope: !263)
!268 = !DILocation(line: 59, column: 3, scope: !263)
!269 = !DILocation(line: 59, column: 6, scope: !263)
!270 = !DILocation(line: 59, column: 15, scope: !263)
!271 = !DILocation(line: 60, column: 14, scope: !263)
!272 = !DILocation(line: 60, column: 17, scope: !263)
!273 = !DILocation(line: 60, column: 24, scope: !263)
!274 = !DILocation(line: 60, column: 27, scope: !263)
!275 = !DILocation(line: 60, column: 32, scope: !263)
!276 = !DILocation(line: 60, column: 35, scope: !263)
!277 = !DILocation(line: 60, column: 68, scope: !263)
!278 = !DILocation(line: 60, column: 3, scope: !263)
!279 = !DILocation(line: 61, column: 18, scope: !263)
!280 = !DILocation(line: 61, column: 21, scope: !263)
!281 = !DILocation(line: 61, column: 28, scope: !263)
!282 = !DILocation(line: 61, column: 31, scope: !263)
!283 = !DILocation(line: 61, column: 3, scope: !263)
!284 = !DILocation(line: 62, column: 14, scope: !263)
!285 = !DILocation(line: 62, column: 17, scope: !263)
!286 = !DILocation(line: 62, column: 3, scope: !263)
!287 = !DILocation(line: 63, column: 1, scope: !263)
!288 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 96, type: !164, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!289 = !DILocalVariable(name: "fd", arg: 1, scope: !288, file: !3, line: 96, type: !55)
!290 = !DILocation(line: 96, column: 31, scope: !288)
!291 = !DILocalVariable(name: "which", arg: 2, scope: !288, file: !3, line: 96, type: !57)
!292 = !DILocation(line: 96, column: 41, scope: !288)
!293 = !DILocalVariable(name: "arg", arg: 3, scope: !288, file: !3, line: 96, type: !19)
!294 = !DILocation(line: 96, column: 54, scope: !288)
!295 = !DILocalVariable(name: "c", scope: !288, file: !3, line: 97, type: !49)
!296 = !DILocation(line: 97, column: 9, scope: !288)
!297 = !DILocation(line: 97, column: 13, scope: !288)
!298 = !DILocation(line: 98, column: 9, scope: !288)
!299 = !DILocation(line: 99, column: 9, scope: !288)
!300 = !DILocalVariable(name: "n", scope: !288, file: !3, line: 100, type: !301)
!301 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !302, line: 108, baseType: !303)
!302 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!303 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !76, line: 194, baseType: !304)
!304 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!305 = !DILocation(line: 100, column: 11, scope: !288)
!306 = !DILocation(line: 100, column: 28, scope: !288)
!307 = !DILocation(line: 100, column: 15, scope: !288)
!308 = !DILocation(line: 101, column: 7, scope: !309)
!309 = distinct !DILexicalBlock(scope: !288, file: !3, line: 101, column: 7)
!310 = !DILocation(line: 101, column: 9, scope: !309)
!311 = !DILocation(line: 101, column: 7, scope: !288)
!312 = !DILocation(line: 102, column: 5, scope: !309)
!313 = !DILocation(line: 103, column: 7, scope: !314)
!314 = distinct !DILexicalBlock(scope: !288, file: !3, line: 103, column: 7)
!315 = !DILocation(line: 103, column: 10, scope: !314)
!316 = !DILocation(line: 103, column: 18, scope: !314)
!317 = !DILocation(line: 103, column: 7, scope: !288)
!318 = !DILocation(line: 104, column: 21, scope: !319)
!319 = distinct !DILexicalBlock(scope: !314, file: !3, line: 103, column: 26)
!320 = !DILocation(line: 104, column: 5, scope: !319)
!321 = !DILocation(line: 105, column: 5, scope: !319)
!322 = !DILocation(line: 107, column: 14, scope: !288)
!323 = !DILocation(line: 108, column: 10, scope: !288)
!324 = !DILocation(line: 108, column: 13, scope: !288)
!325 = !DILocation(line: 108, column: 55, scope: !288)
!326 = !DILocation(line: 108, column: 58, scope: !288)
!327 = !DILocation(line: 109, column: 10, scope: !288)
!328 = !DILocation(line: 109, column: 13, scope: !288)
!329 = !DILocation(line: 108, column: 3, scope: !288)
!330 = !DILocation(line: 110, column: 1, scope: !288)
!331 = distinct !DISubprogram(name: "try_read_udp", scope: !3, file: !3, line: 90, type: !332, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!332 = !DISubroutineType(types: !333)
!333 = !{!301, !49}
!334 = !DILocalVariable(name: "c", arg: 1, scope: !331, file: !3, line: 90, type: !49)
!335 = !DILocation(line: 90, column: 35, scope: !331)
!336 = !DILocation(line: 91, column: 3, scope: !331)
!337 = !DILocation(line: 91, column: 6, scope: !331)
!338 = !DILocation(line: 91, column: 24, scope: !331)
!339 = !DILocation(line: 92, column: 19, scope: !331)
!340 = !DILocation(line: 92, column: 22, scope: !331)
!341 = !DILocation(line: 92, column: 27, scope: !331)
!342 = !DILocation(line: 92, column: 30, scope: !331)
!343 = !DILocation(line: 93, column: 39, scope: !331)
!344 = !DILocation(line: 93, column: 42, scope: !331)
!345 = !DILocation(line: 93, column: 57, scope: !331)
!346 = !DILocation(line: 93, column: 60, scope: !331)
!347 = !DILocation(line: 92, column: 10, scope: !331)
!348 = !DILocation(line: 92, column: 3, scope: !331)
!349 = distinct !DISubprogram(name: "redispatch_conn", scope: !3, file: !3, line: 65, type: !264, scopeLine: 65, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !122)
!350 = !DILocalVariable(name: "c", arg: 1, scope: !349, file: !3, line: 65, type: !49)
!351 = !DILocation(line: 65, column: 35, scope: !349)
!352 = !DILocalVariable(name: "item", scope: !349, file: !3, line: 66, type: !44)
!353 = !DILocation(line: 66, column: 15, scope: !349)
!354 = !DILocation(line: 66, column: 22, scope: !349)
!355 = !DILocation(line: 67, column: 8, scope: !356)
!356 = distinct !DILexicalBlock(scope: !349, file: !3, line: 67, column: 7)
!357 = !DILocation(line: 67, column: 7, scope: !349)
!358 = !DILocation(line: 68, column: 5, scope: !356)
!359 = !DILocation(line: 69, column: 14, scope: !349)
!360 = !DILocation(line: 69, column: 17, scope: !349)
!361 = !DILocation(line: 69, column: 3, scope: !349)
!362 = !DILocation(line: 70, column: 13, scope: !349)
!363 = !DILocation(line: 70, column: 3, scope: !349)
!364 = !DILocation(line: 70, column: 9, scope: !349)
!365 = !DILocation(line: 70, column: 11, scope: !349)
!366 = !DILocation(line: 71, column: 16, scope: !349)
!367 = !DILocation(line: 71, column: 3, scope: !349)
!368 = !DILocation(line: 71, column: 9, scope: !349)
!369 = !DILocation(line: 71, column: 14, scope: !349)
!370 = !DILocation(line: 72, column: 16, scope: !349)
!371 = !DILocation(line: 72, column: 14, scope: !349)
!372 = !DILocation(line: 73, column: 9, scope: !349)
!373 = !DILocation(line: 73, column: 3, scope: !349)
!374 = !DILocation(line: 74, column: 1, scope: !349)
