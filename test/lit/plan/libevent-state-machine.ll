; A libevent server in memcached's shape (Inputs/libevent-state-machine.c):
; the callback runs a connection state machine whose read state receives
; in a helper and takes a stats mutex right after the receive, as
; memcached's try_read_udp does. The state machine is some 2900
; instructions at -O0, over the 2000-instruction budget for one callee:
; the planner kept the call and stopped at "ArrivalNotInlined: the receive
; could not be brought into the event loop's function (recursion or size
; budget)" (memcached-sr, issue 15). The calls on the way to the receive
; are inlined whatever their size, and the plan names the real first
; blocker: the mutex.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s
; And at -O1, where clang inlines the helpers itself.
; RUN: %clang -O1 -g -S -emit-llvm %S/Inputs/libevent-state-machine.c -o %t.o1.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -pass-remarks-missed=koffload -disable-output %t.o1.ll 2>&1 | FileCheck %s
;
; CHECK-NOT:   ArrivalNotInlined
; CHECK:       candidate #0: socket #0 udp port 7103, event loop #0, hook xdp
; CHECK:         arrival: libevent-state-machine.c:58
; CHECK:         decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost ThreadOrLock (pthread_mutex_lock at libevent-state-machine.c:62)
; CHECK-NEXT:    blocked: ThreadOrLock pthread_mutex_lock at libevent-state-machine.c:62
; CHECK-NOT:     InlineBudget drive_machine
; CHECK:       summary: 1 candidate, 0 offloaded
;
; A state machine that runs itself again (-DRECURSIVE): the call of it
; cannot be inlined, and the note names that call (before: "(recursion or
; size budget)").
; RUN: %clang -O0 -g -S -emit-llvm -DRECURSIVE %S/Inputs/libevent-state-machine.c -o %t.rec.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.rec.ll 2>&1 | FileCheck %s --check-prefix=REC
; REC: note: ArrivalNotInlined: the receive could not be brought into the event loop's function: the call of drive_machine at libevent-state-machine.c:{{[0-9]+}} on the way to it was not inlined (Recursion); not offloaded (libevent-state-machine.c:58)
;
; MADE-FROM: Inputs/libevent-state-machine.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - libevent-state-machine.c

; ModuleID = 'libevent-state-machine.c'
source_filename = "libevent-state-machine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.conn = type { i32, i32, %struct.event, [1024 x i8], i32, [64 x i8], i32, %struct.sockaddr_in, i32 }
%struct.event = type { [128 x i8] }

@.str = private unnamed_addr constant [5 x i8] c"get \00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"dig \00", align 1, !dbg !12
@__const.drive_machine.s = private unnamed_addr constant [8 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8], align 16
@stats_lock = internal global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !14
@bytes_read = internal global i64 0, align 8, !dbg !52

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !94 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !98, !DIExpression(), !101)
  %6 = call ptr @event_init(), !dbg !102
  store ptr %6, ptr %2, align 8, !dbg !101
    #dbg_declare(ptr %3, !103, !DIExpression(), !104)
  %7 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #8, !dbg !105
  store i32 %7, ptr %3, align 4, !dbg !104
    #dbg_declare(ptr %4, !106, !DIExpression(), !129)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !130
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !131
  store i16 2, ptr %8, align 4, !dbg !132
  %9 = call zeroext i16 @htons(i16 noundef zeroext 7103) #9, !dbg !133
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !134
  store i16 %9, ptr %10, align 2, !dbg !135
  %11 = load i32, ptr %3, align 4, !dbg !136
  %12 = call i32 @bind(i32 noundef %11, ptr noundef %4, i32 noundef 16) #8, !dbg !138
  %13 = icmp slt i32 %12, 0, !dbg !139
  br i1 %13, label %14, label %15, !dbg !140

14:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !141
  br label %37, !dbg !141

15:                                               ; preds = %0
    #dbg_declare(ptr %5, !142, !DIExpression(), !170)
  %16 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 1252) #10, !dbg !171
  store ptr %16, ptr %5, align 8, !dbg !170
  %17 = load ptr, ptr %5, align 8, !dbg !172
  %18 = icmp ne ptr %17, null, !dbg !172
  br i1 %18, label %20, label %19, !dbg !174

19:                                               ; preds = %15
  store i32 1, ptr %1, align 4, !dbg !175
  br label %37, !dbg !175

20:                                               ; preds = %15
  %21 = load i32, ptr %3, align 4, !dbg !176
  %22 = load ptr, ptr %5, align 8, !dbg !177
  %23 = getelementptr inbounds %struct.conn, ptr %22, i32 0, i32 0, !dbg !178
  store i32 %21, ptr %23, align 4, !dbg !179
  %24 = load ptr, ptr %5, align 8, !dbg !180
  %25 = getelementptr inbounds %struct.conn, ptr %24, i32 0, i32 2, !dbg !181
  %26 = load i32, ptr %3, align 4, !dbg !182
  %27 = load ptr, ptr %5, align 8, !dbg !183
  call void @event_set(ptr noundef %25, i32 noundef %26, i16 noundef signext 18, ptr noundef @event_handler, ptr noundef %27), !dbg !184
  %28 = load ptr, ptr %2, align 8, !dbg !185
  %29 = load ptr, ptr %5, align 8, !dbg !186
  %30 = getelementptr inbounds %struct.conn, ptr %29, i32 0, i32 2, !dbg !187
  %31 = call i32 @event_base_set(ptr noundef %28, ptr noundef %30), !dbg !188
  %32 = load ptr, ptr %5, align 8, !dbg !189
  %33 = getelementptr inbounds %struct.conn, ptr %32, i32 0, i32 2, !dbg !190
  %34 = call i32 @event_add(ptr noundef %33, ptr noundef null), !dbg !191
  %35 = load ptr, ptr %2, align 8, !dbg !192
  %36 = call i32 @event_base_loop(ptr noundef %35, i32 noundef 0), !dbg !193
  store i32 %36, ptr %1, align 4, !dbg !194
  br label %37, !dbg !194

37:                                               ; preds = %20, %19, %14
  %38 = load i32, ptr %1, align 4, !dbg !195
  ret i32 %38, !dbg !195
}

declare ptr @event_init() #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

declare void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @event_handler(i32 noundef %0, i16 noundef signext %1, ptr noundef %2) #0 !dbg !196 {
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !199, !DIExpression(), !200)
  store i16 %1, ptr %5, align 2
    #dbg_declare(ptr %5, !201, !DIExpression(), !202)
  store ptr %2, ptr %6, align 8
    #dbg_declare(ptr %6, !203, !DIExpression(), !204)
    #dbg_declare(ptr %7, !205, !DIExpression(), !206)
  %8 = load ptr, ptr %6, align 8, !dbg !207
  store ptr %8, ptr %7, align 8, !dbg !206
  %9 = load i32, ptr %4, align 4, !dbg !208
  %10 = load i16, ptr %5, align 2, !dbg !209
  %11 = load ptr, ptr %7, align 8, !dbg !210
  call void @drive_machine(ptr noundef %11), !dbg !211
  ret void, !dbg !212
}

declare i32 @event_base_set(ptr noundef, ptr noundef) #1

declare i32 @event_add(ptr noundef, ptr noundef) #1

declare i32 @event_base_loop(ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @drive_machine(ptr noundef %0) #0 !dbg !213 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca [8 x i64], align 16
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !216, !DIExpression(), !217)
    #dbg_declare(ptr %3, !218, !DIExpression(), !219)
  store i32 0, ptr %3, align 4, !dbg !219
  br label %6, !dbg !220

6:                                                ; preds = %2638, %1
  %7 = load i32, ptr %3, align 4, !dbg !221
  %8 = icmp ne i32 %7, 0, !dbg !222
  %9 = xor i1 %8, true, !dbg !222
  br i1 %9, label %10, label %2639, !dbg !220

10:                                               ; preds = %6
  %11 = load ptr, ptr %2, align 8, !dbg !223
  %12 = getelementptr inbounds %struct.conn, ptr %11, i32 0, i32 1, !dbg !225
  %13 = load i32, ptr %12, align 4, !dbg !225
  switch i32 %13, label %2638 [
    i32 0, label %14
    i32 1, label %23
    i32 2, label %2618
    i32 3, label %2637
  ], !dbg !226

14:                                               ; preds = %10
  %15 = load ptr, ptr %2, align 8, !dbg !227
  %16 = call i32 @try_read_udp(ptr noundef %15), !dbg !230
  %17 = icmp ne i32 %16, 0, !dbg !230
  br i1 %17, label %18, label %21, !dbg !231

18:                                               ; preds = %14
  %19 = load ptr, ptr %2, align 8, !dbg !232
  %20 = getelementptr inbounds %struct.conn, ptr %19, i32 0, i32 1, !dbg !233
  store i32 1, ptr %20, align 4, !dbg !234
  br label %22, !dbg !232

21:                                               ; preds = %14
  store i32 1, ptr %3, align 4, !dbg !235
  br label %22

22:                                               ; preds = %21, %18
  br label %2638, !dbg !236

23:                                               ; preds = %10
  %24 = load ptr, ptr %2, align 8, !dbg !237
  %25 = getelementptr inbounds %struct.conn, ptr %24, i32 0, i32 3, !dbg !239
  %26 = getelementptr inbounds [1024 x i8], ptr %25, i64 0, i64 0, !dbg !237
  %27 = call i32 @memcmp(ptr noundef %26, ptr noundef @.str, i64 noundef 4) #11, !dbg !240
  %28 = icmp eq i32 %27, 0, !dbg !241
  br i1 %28, label %29, label %35, !dbg !242

29:                                               ; preds = %23
  %30 = load ptr, ptr %2, align 8, !dbg !243
  %31 = getelementptr inbounds %struct.conn, ptr %30, i32 0, i32 5, !dbg !245
  %32 = getelementptr inbounds [64 x i8], ptr %31, i64 0, i64 0, !dbg !246
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %32, ptr align 1 @.str.1, i64 5, i1 false), !dbg !246
  %33 = load ptr, ptr %2, align 8, !dbg !247
  %34 = getelementptr inbounds %struct.conn, ptr %33, i32 0, i32 6, !dbg !248
  store i32 5, ptr %34, align 4, !dbg !249
  br label %2615, !dbg !250

35:                                               ; preds = %23
  %36 = load ptr, ptr %2, align 8, !dbg !251
  %37 = getelementptr inbounds %struct.conn, ptr %36, i32 0, i32 3, !dbg !253
  %38 = getelementptr inbounds [1024 x i8], ptr %37, i64 0, i64 0, !dbg !251
  %39 = call i32 @memcmp(ptr noundef %38, ptr noundef @.str.2, i64 noundef 4) #11, !dbg !254
  %40 = icmp eq i32 %39, 0, !dbg !255
  br i1 %40, label %41, label %2611, !dbg !256

41:                                               ; preds = %35
    #dbg_declare(ptr %4, !257, !DIExpression(), !261)
  %42 = load ptr, ptr %2, align 8, !dbg !262
  %43 = getelementptr inbounds %struct.conn, ptr %42, i32 0, i32 3, !dbg !263
  %44 = getelementptr inbounds [1024 x i8], ptr %43, i64 0, i64 0, !dbg !262
  store ptr %44, ptr %4, align 8, !dbg !261
    #dbg_declare(ptr %5, !264, !DIExpression(), !268)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.drive_machine.s, i64 64, i1 false), !dbg !268
  %45 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %46 = load i64, ptr %45, align 16, !dbg !269
  %47 = load ptr, ptr %4, align 8, !dbg !269
  %48 = getelementptr inbounds i8, ptr %47, i64 0, !dbg !269
  %49 = load i8, ptr %48, align 1, !dbg !269
  %50 = zext i8 %49 to i64, !dbg !269
  %51 = xor i64 %46, %50, !dbg !269
  %52 = mul i64 %51, 1099511628211, !dbg !269
  %53 = add i64 %52, 0, !dbg !269
  %54 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %53, ptr %54, align 16, !dbg !269
  %55 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %56 = load i64, ptr %55, align 8, !dbg !269
  %57 = load ptr, ptr %4, align 8, !dbg !269
  %58 = getelementptr inbounds i8, ptr %57, i64 1, !dbg !269
  %59 = load i8, ptr %58, align 1, !dbg !269
  %60 = zext i8 %59 to i64, !dbg !269
  %61 = xor i64 %56, %60, !dbg !269
  %62 = mul i64 %61, 1099511628211, !dbg !269
  %63 = add i64 %62, 1, !dbg !269
  %64 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %63, ptr %64, align 8, !dbg !269
  %65 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %66 = load i64, ptr %65, align 16, !dbg !269
  %67 = load ptr, ptr %4, align 8, !dbg !269
  %68 = getelementptr inbounds i8, ptr %67, i64 2, !dbg !269
  %69 = load i8, ptr %68, align 1, !dbg !269
  %70 = zext i8 %69 to i64, !dbg !269
  %71 = xor i64 %66, %70, !dbg !269
  %72 = mul i64 %71, 1099511628211, !dbg !269
  %73 = add i64 %72, 2, !dbg !269
  %74 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %73, ptr %74, align 16, !dbg !269
  %75 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %76 = load i64, ptr %75, align 8, !dbg !269
  %77 = load ptr, ptr %4, align 8, !dbg !269
  %78 = getelementptr inbounds i8, ptr %77, i64 3, !dbg !269
  %79 = load i8, ptr %78, align 1, !dbg !269
  %80 = zext i8 %79 to i64, !dbg !269
  %81 = xor i64 %76, %80, !dbg !269
  %82 = mul i64 %81, 1099511628211, !dbg !269
  %83 = add i64 %82, 3, !dbg !269
  %84 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %83, ptr %84, align 8, !dbg !269
  %85 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %86 = load i64, ptr %85, align 16, !dbg !269
  %87 = load ptr, ptr %4, align 8, !dbg !269
  %88 = getelementptr inbounds i8, ptr %87, i64 4, !dbg !269
  %89 = load i8, ptr %88, align 1, !dbg !269
  %90 = zext i8 %89 to i64, !dbg !269
  %91 = xor i64 %86, %90, !dbg !269
  %92 = mul i64 %91, 1099511628211, !dbg !269
  %93 = add i64 %92, 4, !dbg !269
  %94 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %93, ptr %94, align 16, !dbg !269
  %95 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %96 = load i64, ptr %95, align 8, !dbg !269
  %97 = load ptr, ptr %4, align 8, !dbg !269
  %98 = getelementptr inbounds i8, ptr %97, i64 5, !dbg !269
  %99 = load i8, ptr %98, align 1, !dbg !269
  %100 = zext i8 %99 to i64, !dbg !269
  %101 = xor i64 %96, %100, !dbg !269
  %102 = mul i64 %101, 1099511628211, !dbg !269
  %103 = add i64 %102, 5, !dbg !269
  %104 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %103, ptr %104, align 8, !dbg !269
  %105 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %106 = load i64, ptr %105, align 16, !dbg !269
  %107 = load ptr, ptr %4, align 8, !dbg !269
  %108 = getelementptr inbounds i8, ptr %107, i64 6, !dbg !269
  %109 = load i8, ptr %108, align 1, !dbg !269
  %110 = zext i8 %109 to i64, !dbg !269
  %111 = xor i64 %106, %110, !dbg !269
  %112 = mul i64 %111, 1099511628211, !dbg !269
  %113 = add i64 %112, 6, !dbg !269
  %114 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %113, ptr %114, align 16, !dbg !269
  %115 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %116 = load i64, ptr %115, align 8, !dbg !269
  %117 = load ptr, ptr %4, align 8, !dbg !269
  %118 = getelementptr inbounds i8, ptr %117, i64 7, !dbg !269
  %119 = load i8, ptr %118, align 1, !dbg !269
  %120 = zext i8 %119 to i64, !dbg !269
  %121 = xor i64 %116, %120, !dbg !269
  %122 = mul i64 %121, 1099511628211, !dbg !269
  %123 = add i64 %122, 7, !dbg !269
  %124 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %123, ptr %124, align 8, !dbg !269
  %125 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %126 = load i64, ptr %125, align 16, !dbg !269
  %127 = load ptr, ptr %4, align 8, !dbg !269
  %128 = getelementptr inbounds i8, ptr %127, i64 8, !dbg !269
  %129 = load i8, ptr %128, align 1, !dbg !269
  %130 = zext i8 %129 to i64, !dbg !269
  %131 = xor i64 %126, %130, !dbg !269
  %132 = mul i64 %131, 1099511628211, !dbg !269
  %133 = add i64 %132, 8, !dbg !269
  %134 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %133, ptr %134, align 16, !dbg !269
  %135 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %136 = load i64, ptr %135, align 8, !dbg !269
  %137 = load ptr, ptr %4, align 8, !dbg !269
  %138 = getelementptr inbounds i8, ptr %137, i64 9, !dbg !269
  %139 = load i8, ptr %138, align 1, !dbg !269
  %140 = zext i8 %139 to i64, !dbg !269
  %141 = xor i64 %136, %140, !dbg !269
  %142 = mul i64 %141, 1099511628211, !dbg !269
  %143 = add i64 %142, 9, !dbg !269
  %144 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %143, ptr %144, align 8, !dbg !269
  %145 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %146 = load i64, ptr %145, align 16, !dbg !269
  %147 = load ptr, ptr %4, align 8, !dbg !269
  %148 = getelementptr inbounds i8, ptr %147, i64 10, !dbg !269
  %149 = load i8, ptr %148, align 1, !dbg !269
  %150 = zext i8 %149 to i64, !dbg !269
  %151 = xor i64 %146, %150, !dbg !269
  %152 = mul i64 %151, 1099511628211, !dbg !269
  %153 = add i64 %152, 10, !dbg !269
  %154 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %153, ptr %154, align 16, !dbg !269
  %155 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %156 = load i64, ptr %155, align 8, !dbg !269
  %157 = load ptr, ptr %4, align 8, !dbg !269
  %158 = getelementptr inbounds i8, ptr %157, i64 11, !dbg !269
  %159 = load i8, ptr %158, align 1, !dbg !269
  %160 = zext i8 %159 to i64, !dbg !269
  %161 = xor i64 %156, %160, !dbg !269
  %162 = mul i64 %161, 1099511628211, !dbg !269
  %163 = add i64 %162, 11, !dbg !269
  %164 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %163, ptr %164, align 8, !dbg !269
  %165 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %166 = load i64, ptr %165, align 16, !dbg !269
  %167 = load ptr, ptr %4, align 8, !dbg !269
  %168 = getelementptr inbounds i8, ptr %167, i64 12, !dbg !269
  %169 = load i8, ptr %168, align 1, !dbg !269
  %170 = zext i8 %169 to i64, !dbg !269
  %171 = xor i64 %166, %170, !dbg !269
  %172 = mul i64 %171, 1099511628211, !dbg !269
  %173 = add i64 %172, 12, !dbg !269
  %174 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %173, ptr %174, align 16, !dbg !269
  %175 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %176 = load i64, ptr %175, align 8, !dbg !269
  %177 = load ptr, ptr %4, align 8, !dbg !269
  %178 = getelementptr inbounds i8, ptr %177, i64 13, !dbg !269
  %179 = load i8, ptr %178, align 1, !dbg !269
  %180 = zext i8 %179 to i64, !dbg !269
  %181 = xor i64 %176, %180, !dbg !269
  %182 = mul i64 %181, 1099511628211, !dbg !269
  %183 = add i64 %182, 13, !dbg !269
  %184 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %183, ptr %184, align 8, !dbg !269
  %185 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %186 = load i64, ptr %185, align 16, !dbg !269
  %187 = load ptr, ptr %4, align 8, !dbg !269
  %188 = getelementptr inbounds i8, ptr %187, i64 14, !dbg !269
  %189 = load i8, ptr %188, align 1, !dbg !269
  %190 = zext i8 %189 to i64, !dbg !269
  %191 = xor i64 %186, %190, !dbg !269
  %192 = mul i64 %191, 1099511628211, !dbg !269
  %193 = add i64 %192, 14, !dbg !269
  %194 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %193, ptr %194, align 16, !dbg !269
  %195 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %196 = load i64, ptr %195, align 8, !dbg !269
  %197 = load ptr, ptr %4, align 8, !dbg !269
  %198 = getelementptr inbounds i8, ptr %197, i64 15, !dbg !269
  %199 = load i8, ptr %198, align 1, !dbg !269
  %200 = zext i8 %199 to i64, !dbg !269
  %201 = xor i64 %196, %200, !dbg !269
  %202 = mul i64 %201, 1099511628211, !dbg !269
  %203 = add i64 %202, 15, !dbg !269
  %204 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %203, ptr %204, align 8, !dbg !269
  %205 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %206 = load i64, ptr %205, align 16, !dbg !269
  %207 = load ptr, ptr %4, align 8, !dbg !269
  %208 = getelementptr inbounds i8, ptr %207, i64 16, !dbg !269
  %209 = load i8, ptr %208, align 1, !dbg !269
  %210 = zext i8 %209 to i64, !dbg !269
  %211 = xor i64 %206, %210, !dbg !269
  %212 = mul i64 %211, 1099511628211, !dbg !269
  %213 = add i64 %212, 16, !dbg !269
  %214 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %213, ptr %214, align 16, !dbg !269
  %215 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %216 = load i64, ptr %215, align 8, !dbg !269
  %217 = load ptr, ptr %4, align 8, !dbg !269
  %218 = getelementptr inbounds i8, ptr %217, i64 17, !dbg !269
  %219 = load i8, ptr %218, align 1, !dbg !269
  %220 = zext i8 %219 to i64, !dbg !269
  %221 = xor i64 %216, %220, !dbg !269
  %222 = mul i64 %221, 1099511628211, !dbg !269
  %223 = add i64 %222, 17, !dbg !269
  %224 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %223, ptr %224, align 8, !dbg !269
  %225 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %226 = load i64, ptr %225, align 16, !dbg !269
  %227 = load ptr, ptr %4, align 8, !dbg !269
  %228 = getelementptr inbounds i8, ptr %227, i64 18, !dbg !269
  %229 = load i8, ptr %228, align 1, !dbg !269
  %230 = zext i8 %229 to i64, !dbg !269
  %231 = xor i64 %226, %230, !dbg !269
  %232 = mul i64 %231, 1099511628211, !dbg !269
  %233 = add i64 %232, 18, !dbg !269
  %234 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %233, ptr %234, align 16, !dbg !269
  %235 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %236 = load i64, ptr %235, align 8, !dbg !269
  %237 = load ptr, ptr %4, align 8, !dbg !269
  %238 = getelementptr inbounds i8, ptr %237, i64 19, !dbg !269
  %239 = load i8, ptr %238, align 1, !dbg !269
  %240 = zext i8 %239 to i64, !dbg !269
  %241 = xor i64 %236, %240, !dbg !269
  %242 = mul i64 %241, 1099511628211, !dbg !269
  %243 = add i64 %242, 19, !dbg !269
  %244 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %243, ptr %244, align 8, !dbg !269
  %245 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %246 = load i64, ptr %245, align 16, !dbg !269
  %247 = load ptr, ptr %4, align 8, !dbg !269
  %248 = getelementptr inbounds i8, ptr %247, i64 20, !dbg !269
  %249 = load i8, ptr %248, align 1, !dbg !269
  %250 = zext i8 %249 to i64, !dbg !269
  %251 = xor i64 %246, %250, !dbg !269
  %252 = mul i64 %251, 1099511628211, !dbg !269
  %253 = add i64 %252, 20, !dbg !269
  %254 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %253, ptr %254, align 16, !dbg !269
  %255 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %256 = load i64, ptr %255, align 8, !dbg !269
  %257 = load ptr, ptr %4, align 8, !dbg !269
  %258 = getelementptr inbounds i8, ptr %257, i64 21, !dbg !269
  %259 = load i8, ptr %258, align 1, !dbg !269
  %260 = zext i8 %259 to i64, !dbg !269
  %261 = xor i64 %256, %260, !dbg !269
  %262 = mul i64 %261, 1099511628211, !dbg !269
  %263 = add i64 %262, 21, !dbg !269
  %264 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %263, ptr %264, align 8, !dbg !269
  %265 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %266 = load i64, ptr %265, align 16, !dbg !269
  %267 = load ptr, ptr %4, align 8, !dbg !269
  %268 = getelementptr inbounds i8, ptr %267, i64 22, !dbg !269
  %269 = load i8, ptr %268, align 1, !dbg !269
  %270 = zext i8 %269 to i64, !dbg !269
  %271 = xor i64 %266, %270, !dbg !269
  %272 = mul i64 %271, 1099511628211, !dbg !269
  %273 = add i64 %272, 22, !dbg !269
  %274 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %273, ptr %274, align 16, !dbg !269
  %275 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %276 = load i64, ptr %275, align 8, !dbg !269
  %277 = load ptr, ptr %4, align 8, !dbg !269
  %278 = getelementptr inbounds i8, ptr %277, i64 23, !dbg !269
  %279 = load i8, ptr %278, align 1, !dbg !269
  %280 = zext i8 %279 to i64, !dbg !269
  %281 = xor i64 %276, %280, !dbg !269
  %282 = mul i64 %281, 1099511628211, !dbg !269
  %283 = add i64 %282, 23, !dbg !269
  %284 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %283, ptr %284, align 8, !dbg !269
  %285 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %286 = load i64, ptr %285, align 16, !dbg !269
  %287 = load ptr, ptr %4, align 8, !dbg !269
  %288 = getelementptr inbounds i8, ptr %287, i64 24, !dbg !269
  %289 = load i8, ptr %288, align 1, !dbg !269
  %290 = zext i8 %289 to i64, !dbg !269
  %291 = xor i64 %286, %290, !dbg !269
  %292 = mul i64 %291, 1099511628211, !dbg !269
  %293 = add i64 %292, 24, !dbg !269
  %294 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %293, ptr %294, align 16, !dbg !269
  %295 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %296 = load i64, ptr %295, align 8, !dbg !269
  %297 = load ptr, ptr %4, align 8, !dbg !269
  %298 = getelementptr inbounds i8, ptr %297, i64 25, !dbg !269
  %299 = load i8, ptr %298, align 1, !dbg !269
  %300 = zext i8 %299 to i64, !dbg !269
  %301 = xor i64 %296, %300, !dbg !269
  %302 = mul i64 %301, 1099511628211, !dbg !269
  %303 = add i64 %302, 25, !dbg !269
  %304 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %303, ptr %304, align 8, !dbg !269
  %305 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %306 = load i64, ptr %305, align 16, !dbg !269
  %307 = load ptr, ptr %4, align 8, !dbg !269
  %308 = getelementptr inbounds i8, ptr %307, i64 26, !dbg !269
  %309 = load i8, ptr %308, align 1, !dbg !269
  %310 = zext i8 %309 to i64, !dbg !269
  %311 = xor i64 %306, %310, !dbg !269
  %312 = mul i64 %311, 1099511628211, !dbg !269
  %313 = add i64 %312, 26, !dbg !269
  %314 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %313, ptr %314, align 16, !dbg !269
  %315 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %316 = load i64, ptr %315, align 8, !dbg !269
  %317 = load ptr, ptr %4, align 8, !dbg !269
  %318 = getelementptr inbounds i8, ptr %317, i64 27, !dbg !269
  %319 = load i8, ptr %318, align 1, !dbg !269
  %320 = zext i8 %319 to i64, !dbg !269
  %321 = xor i64 %316, %320, !dbg !269
  %322 = mul i64 %321, 1099511628211, !dbg !269
  %323 = add i64 %322, 27, !dbg !269
  %324 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %323, ptr %324, align 8, !dbg !269
  %325 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %326 = load i64, ptr %325, align 16, !dbg !269
  %327 = load ptr, ptr %4, align 8, !dbg !269
  %328 = getelementptr inbounds i8, ptr %327, i64 28, !dbg !269
  %329 = load i8, ptr %328, align 1, !dbg !269
  %330 = zext i8 %329 to i64, !dbg !269
  %331 = xor i64 %326, %330, !dbg !269
  %332 = mul i64 %331, 1099511628211, !dbg !269
  %333 = add i64 %332, 28, !dbg !269
  %334 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %333, ptr %334, align 16, !dbg !269
  %335 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %336 = load i64, ptr %335, align 8, !dbg !269
  %337 = load ptr, ptr %4, align 8, !dbg !269
  %338 = getelementptr inbounds i8, ptr %337, i64 29, !dbg !269
  %339 = load i8, ptr %338, align 1, !dbg !269
  %340 = zext i8 %339 to i64, !dbg !269
  %341 = xor i64 %336, %340, !dbg !269
  %342 = mul i64 %341, 1099511628211, !dbg !269
  %343 = add i64 %342, 29, !dbg !269
  %344 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %343, ptr %344, align 8, !dbg !269
  %345 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %346 = load i64, ptr %345, align 16, !dbg !269
  %347 = load ptr, ptr %4, align 8, !dbg !269
  %348 = getelementptr inbounds i8, ptr %347, i64 30, !dbg !269
  %349 = load i8, ptr %348, align 1, !dbg !269
  %350 = zext i8 %349 to i64, !dbg !269
  %351 = xor i64 %346, %350, !dbg !269
  %352 = mul i64 %351, 1099511628211, !dbg !269
  %353 = add i64 %352, 30, !dbg !269
  %354 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %353, ptr %354, align 16, !dbg !269
  %355 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %356 = load i64, ptr %355, align 8, !dbg !269
  %357 = load ptr, ptr %4, align 8, !dbg !269
  %358 = getelementptr inbounds i8, ptr %357, i64 31, !dbg !269
  %359 = load i8, ptr %358, align 1, !dbg !269
  %360 = zext i8 %359 to i64, !dbg !269
  %361 = xor i64 %356, %360, !dbg !269
  %362 = mul i64 %361, 1099511628211, !dbg !269
  %363 = add i64 %362, 31, !dbg !269
  %364 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %363, ptr %364, align 8, !dbg !269
  %365 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %366 = load i64, ptr %365, align 16, !dbg !269
  %367 = load ptr, ptr %4, align 8, !dbg !269
  %368 = getelementptr inbounds i8, ptr %367, i64 32, !dbg !269
  %369 = load i8, ptr %368, align 1, !dbg !269
  %370 = zext i8 %369 to i64, !dbg !269
  %371 = xor i64 %366, %370, !dbg !269
  %372 = mul i64 %371, 1099511628211, !dbg !269
  %373 = add i64 %372, 32, !dbg !269
  %374 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %373, ptr %374, align 16, !dbg !269
  %375 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %376 = load i64, ptr %375, align 8, !dbg !269
  %377 = load ptr, ptr %4, align 8, !dbg !269
  %378 = getelementptr inbounds i8, ptr %377, i64 33, !dbg !269
  %379 = load i8, ptr %378, align 1, !dbg !269
  %380 = zext i8 %379 to i64, !dbg !269
  %381 = xor i64 %376, %380, !dbg !269
  %382 = mul i64 %381, 1099511628211, !dbg !269
  %383 = add i64 %382, 33, !dbg !269
  %384 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %383, ptr %384, align 8, !dbg !269
  %385 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %386 = load i64, ptr %385, align 16, !dbg !269
  %387 = load ptr, ptr %4, align 8, !dbg !269
  %388 = getelementptr inbounds i8, ptr %387, i64 34, !dbg !269
  %389 = load i8, ptr %388, align 1, !dbg !269
  %390 = zext i8 %389 to i64, !dbg !269
  %391 = xor i64 %386, %390, !dbg !269
  %392 = mul i64 %391, 1099511628211, !dbg !269
  %393 = add i64 %392, 34, !dbg !269
  %394 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %393, ptr %394, align 16, !dbg !269
  %395 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %396 = load i64, ptr %395, align 8, !dbg !269
  %397 = load ptr, ptr %4, align 8, !dbg !269
  %398 = getelementptr inbounds i8, ptr %397, i64 35, !dbg !269
  %399 = load i8, ptr %398, align 1, !dbg !269
  %400 = zext i8 %399 to i64, !dbg !269
  %401 = xor i64 %396, %400, !dbg !269
  %402 = mul i64 %401, 1099511628211, !dbg !269
  %403 = add i64 %402, 35, !dbg !269
  %404 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %403, ptr %404, align 8, !dbg !269
  %405 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %406 = load i64, ptr %405, align 16, !dbg !269
  %407 = load ptr, ptr %4, align 8, !dbg !269
  %408 = getelementptr inbounds i8, ptr %407, i64 36, !dbg !269
  %409 = load i8, ptr %408, align 1, !dbg !269
  %410 = zext i8 %409 to i64, !dbg !269
  %411 = xor i64 %406, %410, !dbg !269
  %412 = mul i64 %411, 1099511628211, !dbg !269
  %413 = add i64 %412, 36, !dbg !269
  %414 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %413, ptr %414, align 16, !dbg !269
  %415 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %416 = load i64, ptr %415, align 8, !dbg !269
  %417 = load ptr, ptr %4, align 8, !dbg !269
  %418 = getelementptr inbounds i8, ptr %417, i64 37, !dbg !269
  %419 = load i8, ptr %418, align 1, !dbg !269
  %420 = zext i8 %419 to i64, !dbg !269
  %421 = xor i64 %416, %420, !dbg !269
  %422 = mul i64 %421, 1099511628211, !dbg !269
  %423 = add i64 %422, 37, !dbg !269
  %424 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %423, ptr %424, align 8, !dbg !269
  %425 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %426 = load i64, ptr %425, align 16, !dbg !269
  %427 = load ptr, ptr %4, align 8, !dbg !269
  %428 = getelementptr inbounds i8, ptr %427, i64 38, !dbg !269
  %429 = load i8, ptr %428, align 1, !dbg !269
  %430 = zext i8 %429 to i64, !dbg !269
  %431 = xor i64 %426, %430, !dbg !269
  %432 = mul i64 %431, 1099511628211, !dbg !269
  %433 = add i64 %432, 38, !dbg !269
  %434 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %433, ptr %434, align 16, !dbg !269
  %435 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %436 = load i64, ptr %435, align 8, !dbg !269
  %437 = load ptr, ptr %4, align 8, !dbg !269
  %438 = getelementptr inbounds i8, ptr %437, i64 39, !dbg !269
  %439 = load i8, ptr %438, align 1, !dbg !269
  %440 = zext i8 %439 to i64, !dbg !269
  %441 = xor i64 %436, %440, !dbg !269
  %442 = mul i64 %441, 1099511628211, !dbg !269
  %443 = add i64 %442, 39, !dbg !269
  %444 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %443, ptr %444, align 8, !dbg !269
  %445 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %446 = load i64, ptr %445, align 16, !dbg !269
  %447 = load ptr, ptr %4, align 8, !dbg !269
  %448 = getelementptr inbounds i8, ptr %447, i64 40, !dbg !269
  %449 = load i8, ptr %448, align 1, !dbg !269
  %450 = zext i8 %449 to i64, !dbg !269
  %451 = xor i64 %446, %450, !dbg !269
  %452 = mul i64 %451, 1099511628211, !dbg !269
  %453 = add i64 %452, 40, !dbg !269
  %454 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %453, ptr %454, align 16, !dbg !269
  %455 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %456 = load i64, ptr %455, align 8, !dbg !269
  %457 = load ptr, ptr %4, align 8, !dbg !269
  %458 = getelementptr inbounds i8, ptr %457, i64 41, !dbg !269
  %459 = load i8, ptr %458, align 1, !dbg !269
  %460 = zext i8 %459 to i64, !dbg !269
  %461 = xor i64 %456, %460, !dbg !269
  %462 = mul i64 %461, 1099511628211, !dbg !269
  %463 = add i64 %462, 41, !dbg !269
  %464 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %463, ptr %464, align 8, !dbg !269
  %465 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %466 = load i64, ptr %465, align 16, !dbg !269
  %467 = load ptr, ptr %4, align 8, !dbg !269
  %468 = getelementptr inbounds i8, ptr %467, i64 42, !dbg !269
  %469 = load i8, ptr %468, align 1, !dbg !269
  %470 = zext i8 %469 to i64, !dbg !269
  %471 = xor i64 %466, %470, !dbg !269
  %472 = mul i64 %471, 1099511628211, !dbg !269
  %473 = add i64 %472, 42, !dbg !269
  %474 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %473, ptr %474, align 16, !dbg !269
  %475 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %476 = load i64, ptr %475, align 8, !dbg !269
  %477 = load ptr, ptr %4, align 8, !dbg !269
  %478 = getelementptr inbounds i8, ptr %477, i64 43, !dbg !269
  %479 = load i8, ptr %478, align 1, !dbg !269
  %480 = zext i8 %479 to i64, !dbg !269
  %481 = xor i64 %476, %480, !dbg !269
  %482 = mul i64 %481, 1099511628211, !dbg !269
  %483 = add i64 %482, 43, !dbg !269
  %484 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %483, ptr %484, align 8, !dbg !269
  %485 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %486 = load i64, ptr %485, align 16, !dbg !269
  %487 = load ptr, ptr %4, align 8, !dbg !269
  %488 = getelementptr inbounds i8, ptr %487, i64 44, !dbg !269
  %489 = load i8, ptr %488, align 1, !dbg !269
  %490 = zext i8 %489 to i64, !dbg !269
  %491 = xor i64 %486, %490, !dbg !269
  %492 = mul i64 %491, 1099511628211, !dbg !269
  %493 = add i64 %492, 44, !dbg !269
  %494 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %493, ptr %494, align 16, !dbg !269
  %495 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %496 = load i64, ptr %495, align 8, !dbg !269
  %497 = load ptr, ptr %4, align 8, !dbg !269
  %498 = getelementptr inbounds i8, ptr %497, i64 45, !dbg !269
  %499 = load i8, ptr %498, align 1, !dbg !269
  %500 = zext i8 %499 to i64, !dbg !269
  %501 = xor i64 %496, %500, !dbg !269
  %502 = mul i64 %501, 1099511628211, !dbg !269
  %503 = add i64 %502, 45, !dbg !269
  %504 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %503, ptr %504, align 8, !dbg !269
  %505 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %506 = load i64, ptr %505, align 16, !dbg !269
  %507 = load ptr, ptr %4, align 8, !dbg !269
  %508 = getelementptr inbounds i8, ptr %507, i64 46, !dbg !269
  %509 = load i8, ptr %508, align 1, !dbg !269
  %510 = zext i8 %509 to i64, !dbg !269
  %511 = xor i64 %506, %510, !dbg !269
  %512 = mul i64 %511, 1099511628211, !dbg !269
  %513 = add i64 %512, 46, !dbg !269
  %514 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %513, ptr %514, align 16, !dbg !269
  %515 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %516 = load i64, ptr %515, align 8, !dbg !269
  %517 = load ptr, ptr %4, align 8, !dbg !269
  %518 = getelementptr inbounds i8, ptr %517, i64 47, !dbg !269
  %519 = load i8, ptr %518, align 1, !dbg !269
  %520 = zext i8 %519 to i64, !dbg !269
  %521 = xor i64 %516, %520, !dbg !269
  %522 = mul i64 %521, 1099511628211, !dbg !269
  %523 = add i64 %522, 47, !dbg !269
  %524 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %523, ptr %524, align 8, !dbg !269
  %525 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %526 = load i64, ptr %525, align 16, !dbg !269
  %527 = load ptr, ptr %4, align 8, !dbg !269
  %528 = getelementptr inbounds i8, ptr %527, i64 48, !dbg !269
  %529 = load i8, ptr %528, align 1, !dbg !269
  %530 = zext i8 %529 to i64, !dbg !269
  %531 = xor i64 %526, %530, !dbg !269
  %532 = mul i64 %531, 1099511628211, !dbg !269
  %533 = add i64 %532, 48, !dbg !269
  %534 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %533, ptr %534, align 16, !dbg !269
  %535 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %536 = load i64, ptr %535, align 8, !dbg !269
  %537 = load ptr, ptr %4, align 8, !dbg !269
  %538 = getelementptr inbounds i8, ptr %537, i64 49, !dbg !269
  %539 = load i8, ptr %538, align 1, !dbg !269
  %540 = zext i8 %539 to i64, !dbg !269
  %541 = xor i64 %536, %540, !dbg !269
  %542 = mul i64 %541, 1099511628211, !dbg !269
  %543 = add i64 %542, 49, !dbg !269
  %544 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %543, ptr %544, align 8, !dbg !269
  %545 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %546 = load i64, ptr %545, align 16, !dbg !269
  %547 = load ptr, ptr %4, align 8, !dbg !269
  %548 = getelementptr inbounds i8, ptr %547, i64 50, !dbg !269
  %549 = load i8, ptr %548, align 1, !dbg !269
  %550 = zext i8 %549 to i64, !dbg !269
  %551 = xor i64 %546, %550, !dbg !269
  %552 = mul i64 %551, 1099511628211, !dbg !269
  %553 = add i64 %552, 50, !dbg !269
  %554 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %553, ptr %554, align 16, !dbg !269
  %555 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %556 = load i64, ptr %555, align 8, !dbg !269
  %557 = load ptr, ptr %4, align 8, !dbg !269
  %558 = getelementptr inbounds i8, ptr %557, i64 51, !dbg !269
  %559 = load i8, ptr %558, align 1, !dbg !269
  %560 = zext i8 %559 to i64, !dbg !269
  %561 = xor i64 %556, %560, !dbg !269
  %562 = mul i64 %561, 1099511628211, !dbg !269
  %563 = add i64 %562, 51, !dbg !269
  %564 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %563, ptr %564, align 8, !dbg !269
  %565 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %566 = load i64, ptr %565, align 16, !dbg !269
  %567 = load ptr, ptr %4, align 8, !dbg !269
  %568 = getelementptr inbounds i8, ptr %567, i64 52, !dbg !269
  %569 = load i8, ptr %568, align 1, !dbg !269
  %570 = zext i8 %569 to i64, !dbg !269
  %571 = xor i64 %566, %570, !dbg !269
  %572 = mul i64 %571, 1099511628211, !dbg !269
  %573 = add i64 %572, 52, !dbg !269
  %574 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %573, ptr %574, align 16, !dbg !269
  %575 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %576 = load i64, ptr %575, align 8, !dbg !269
  %577 = load ptr, ptr %4, align 8, !dbg !269
  %578 = getelementptr inbounds i8, ptr %577, i64 53, !dbg !269
  %579 = load i8, ptr %578, align 1, !dbg !269
  %580 = zext i8 %579 to i64, !dbg !269
  %581 = xor i64 %576, %580, !dbg !269
  %582 = mul i64 %581, 1099511628211, !dbg !269
  %583 = add i64 %582, 53, !dbg !269
  %584 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %583, ptr %584, align 8, !dbg !269
  %585 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %586 = load i64, ptr %585, align 16, !dbg !269
  %587 = load ptr, ptr %4, align 8, !dbg !269
  %588 = getelementptr inbounds i8, ptr %587, i64 54, !dbg !269
  %589 = load i8, ptr %588, align 1, !dbg !269
  %590 = zext i8 %589 to i64, !dbg !269
  %591 = xor i64 %586, %590, !dbg !269
  %592 = mul i64 %591, 1099511628211, !dbg !269
  %593 = add i64 %592, 54, !dbg !269
  %594 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %593, ptr %594, align 16, !dbg !269
  %595 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %596 = load i64, ptr %595, align 8, !dbg !269
  %597 = load ptr, ptr %4, align 8, !dbg !269
  %598 = getelementptr inbounds i8, ptr %597, i64 55, !dbg !269
  %599 = load i8, ptr %598, align 1, !dbg !269
  %600 = zext i8 %599 to i64, !dbg !269
  %601 = xor i64 %596, %600, !dbg !269
  %602 = mul i64 %601, 1099511628211, !dbg !269
  %603 = add i64 %602, 55, !dbg !269
  %604 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %603, ptr %604, align 8, !dbg !269
  %605 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  %606 = load i64, ptr %605, align 16, !dbg !269
  %607 = load ptr, ptr %4, align 8, !dbg !269
  %608 = getelementptr inbounds i8, ptr %607, i64 56, !dbg !269
  %609 = load i8, ptr %608, align 1, !dbg !269
  %610 = zext i8 %609 to i64, !dbg !269
  %611 = xor i64 %606, %610, !dbg !269
  %612 = mul i64 %611, 1099511628211, !dbg !269
  %613 = add i64 %612, 56, !dbg !269
  %614 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !269
  store i64 %613, ptr %614, align 16, !dbg !269
  %615 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  %616 = load i64, ptr %615, align 8, !dbg !269
  %617 = load ptr, ptr %4, align 8, !dbg !269
  %618 = getelementptr inbounds i8, ptr %617, i64 57, !dbg !269
  %619 = load i8, ptr %618, align 1, !dbg !269
  %620 = zext i8 %619 to i64, !dbg !269
  %621 = xor i64 %616, %620, !dbg !269
  %622 = mul i64 %621, 1099511628211, !dbg !269
  %623 = add i64 %622, 57, !dbg !269
  %624 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !269
  store i64 %623, ptr %624, align 8, !dbg !269
  %625 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  %626 = load i64, ptr %625, align 16, !dbg !269
  %627 = load ptr, ptr %4, align 8, !dbg !269
  %628 = getelementptr inbounds i8, ptr %627, i64 58, !dbg !269
  %629 = load i8, ptr %628, align 1, !dbg !269
  %630 = zext i8 %629 to i64, !dbg !269
  %631 = xor i64 %626, %630, !dbg !269
  %632 = mul i64 %631, 1099511628211, !dbg !269
  %633 = add i64 %632, 58, !dbg !269
  %634 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !269
  store i64 %633, ptr %634, align 16, !dbg !269
  %635 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  %636 = load i64, ptr %635, align 8, !dbg !269
  %637 = load ptr, ptr %4, align 8, !dbg !269
  %638 = getelementptr inbounds i8, ptr %637, i64 59, !dbg !269
  %639 = load i8, ptr %638, align 1, !dbg !269
  %640 = zext i8 %639 to i64, !dbg !269
  %641 = xor i64 %636, %640, !dbg !269
  %642 = mul i64 %641, 1099511628211, !dbg !269
  %643 = add i64 %642, 59, !dbg !269
  %644 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !269
  store i64 %643, ptr %644, align 8, !dbg !269
  %645 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  %646 = load i64, ptr %645, align 16, !dbg !269
  %647 = load ptr, ptr %4, align 8, !dbg !269
  %648 = getelementptr inbounds i8, ptr %647, i64 60, !dbg !269
  %649 = load i8, ptr %648, align 1, !dbg !269
  %650 = zext i8 %649 to i64, !dbg !269
  %651 = xor i64 %646, %650, !dbg !269
  %652 = mul i64 %651, 1099511628211, !dbg !269
  %653 = add i64 %652, 60, !dbg !269
  %654 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !269
  store i64 %653, ptr %654, align 16, !dbg !269
  %655 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  %656 = load i64, ptr %655, align 8, !dbg !269
  %657 = load ptr, ptr %4, align 8, !dbg !269
  %658 = getelementptr inbounds i8, ptr %657, i64 61, !dbg !269
  %659 = load i8, ptr %658, align 1, !dbg !269
  %660 = zext i8 %659 to i64, !dbg !269
  %661 = xor i64 %656, %660, !dbg !269
  %662 = mul i64 %661, 1099511628211, !dbg !269
  %663 = add i64 %662, 61, !dbg !269
  %664 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !269
  store i64 %663, ptr %664, align 8, !dbg !269
  %665 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  %666 = load i64, ptr %665, align 16, !dbg !269
  %667 = load ptr, ptr %4, align 8, !dbg !269
  %668 = getelementptr inbounds i8, ptr %667, i64 62, !dbg !269
  %669 = load i8, ptr %668, align 1, !dbg !269
  %670 = zext i8 %669 to i64, !dbg !269
  %671 = xor i64 %666, %670, !dbg !269
  %672 = mul i64 %671, 1099511628211, !dbg !269
  %673 = add i64 %672, 62, !dbg !269
  %674 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !269
  store i64 %673, ptr %674, align 16, !dbg !269
  %675 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  %676 = load i64, ptr %675, align 8, !dbg !269
  %677 = load ptr, ptr %4, align 8, !dbg !269
  %678 = getelementptr inbounds i8, ptr %677, i64 63, !dbg !269
  %679 = load i8, ptr %678, align 1, !dbg !269
  %680 = zext i8 %679 to i64, !dbg !269
  %681 = xor i64 %676, %680, !dbg !269
  %682 = mul i64 %681, 1099511628211, !dbg !269
  %683 = add i64 %682, 63, !dbg !269
  %684 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !269
  store i64 %683, ptr %684, align 8, !dbg !269
  %685 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %686 = load i64, ptr %685, align 16, !dbg !270
  %687 = load ptr, ptr %4, align 8, !dbg !270
  %688 = getelementptr inbounds i8, ptr %687, i64 0, !dbg !270
  %689 = load i8, ptr %688, align 1, !dbg !270
  %690 = zext i8 %689 to i64, !dbg !270
  %691 = xor i64 %686, %690, !dbg !270
  %692 = mul i64 %691, 1099511628211, !dbg !270
  %693 = add i64 %692, 64, !dbg !270
  %694 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %693, ptr %694, align 16, !dbg !270
  %695 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %696 = load i64, ptr %695, align 8, !dbg !270
  %697 = load ptr, ptr %4, align 8, !dbg !270
  %698 = getelementptr inbounds i8, ptr %697, i64 1, !dbg !270
  %699 = load i8, ptr %698, align 1, !dbg !270
  %700 = zext i8 %699 to i64, !dbg !270
  %701 = xor i64 %696, %700, !dbg !270
  %702 = mul i64 %701, 1099511628211, !dbg !270
  %703 = add i64 %702, 65, !dbg !270
  %704 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %703, ptr %704, align 8, !dbg !270
  %705 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %706 = load i64, ptr %705, align 16, !dbg !270
  %707 = load ptr, ptr %4, align 8, !dbg !270
  %708 = getelementptr inbounds i8, ptr %707, i64 2, !dbg !270
  %709 = load i8, ptr %708, align 1, !dbg !270
  %710 = zext i8 %709 to i64, !dbg !270
  %711 = xor i64 %706, %710, !dbg !270
  %712 = mul i64 %711, 1099511628211, !dbg !270
  %713 = add i64 %712, 66, !dbg !270
  %714 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %713, ptr %714, align 16, !dbg !270
  %715 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %716 = load i64, ptr %715, align 8, !dbg !270
  %717 = load ptr, ptr %4, align 8, !dbg !270
  %718 = getelementptr inbounds i8, ptr %717, i64 3, !dbg !270
  %719 = load i8, ptr %718, align 1, !dbg !270
  %720 = zext i8 %719 to i64, !dbg !270
  %721 = xor i64 %716, %720, !dbg !270
  %722 = mul i64 %721, 1099511628211, !dbg !270
  %723 = add i64 %722, 67, !dbg !270
  %724 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %723, ptr %724, align 8, !dbg !270
  %725 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %726 = load i64, ptr %725, align 16, !dbg !270
  %727 = load ptr, ptr %4, align 8, !dbg !270
  %728 = getelementptr inbounds i8, ptr %727, i64 4, !dbg !270
  %729 = load i8, ptr %728, align 1, !dbg !270
  %730 = zext i8 %729 to i64, !dbg !270
  %731 = xor i64 %726, %730, !dbg !270
  %732 = mul i64 %731, 1099511628211, !dbg !270
  %733 = add i64 %732, 68, !dbg !270
  %734 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %733, ptr %734, align 16, !dbg !270
  %735 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %736 = load i64, ptr %735, align 8, !dbg !270
  %737 = load ptr, ptr %4, align 8, !dbg !270
  %738 = getelementptr inbounds i8, ptr %737, i64 5, !dbg !270
  %739 = load i8, ptr %738, align 1, !dbg !270
  %740 = zext i8 %739 to i64, !dbg !270
  %741 = xor i64 %736, %740, !dbg !270
  %742 = mul i64 %741, 1099511628211, !dbg !270
  %743 = add i64 %742, 69, !dbg !270
  %744 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %743, ptr %744, align 8, !dbg !270
  %745 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %746 = load i64, ptr %745, align 16, !dbg !270
  %747 = load ptr, ptr %4, align 8, !dbg !270
  %748 = getelementptr inbounds i8, ptr %747, i64 6, !dbg !270
  %749 = load i8, ptr %748, align 1, !dbg !270
  %750 = zext i8 %749 to i64, !dbg !270
  %751 = xor i64 %746, %750, !dbg !270
  %752 = mul i64 %751, 1099511628211, !dbg !270
  %753 = add i64 %752, 70, !dbg !270
  %754 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %753, ptr %754, align 16, !dbg !270
  %755 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %756 = load i64, ptr %755, align 8, !dbg !270
  %757 = load ptr, ptr %4, align 8, !dbg !270
  %758 = getelementptr inbounds i8, ptr %757, i64 7, !dbg !270
  %759 = load i8, ptr %758, align 1, !dbg !270
  %760 = zext i8 %759 to i64, !dbg !270
  %761 = xor i64 %756, %760, !dbg !270
  %762 = mul i64 %761, 1099511628211, !dbg !270
  %763 = add i64 %762, 71, !dbg !270
  %764 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %763, ptr %764, align 8, !dbg !270
  %765 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %766 = load i64, ptr %765, align 16, !dbg !270
  %767 = load ptr, ptr %4, align 8, !dbg !270
  %768 = getelementptr inbounds i8, ptr %767, i64 8, !dbg !270
  %769 = load i8, ptr %768, align 1, !dbg !270
  %770 = zext i8 %769 to i64, !dbg !270
  %771 = xor i64 %766, %770, !dbg !270
  %772 = mul i64 %771, 1099511628211, !dbg !270
  %773 = add i64 %772, 72, !dbg !270
  %774 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %773, ptr %774, align 16, !dbg !270
  %775 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %776 = load i64, ptr %775, align 8, !dbg !270
  %777 = load ptr, ptr %4, align 8, !dbg !270
  %778 = getelementptr inbounds i8, ptr %777, i64 9, !dbg !270
  %779 = load i8, ptr %778, align 1, !dbg !270
  %780 = zext i8 %779 to i64, !dbg !270
  %781 = xor i64 %776, %780, !dbg !270
  %782 = mul i64 %781, 1099511628211, !dbg !270
  %783 = add i64 %782, 73, !dbg !270
  %784 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %783, ptr %784, align 8, !dbg !270
  %785 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %786 = load i64, ptr %785, align 16, !dbg !270
  %787 = load ptr, ptr %4, align 8, !dbg !270
  %788 = getelementptr inbounds i8, ptr %787, i64 10, !dbg !270
  %789 = load i8, ptr %788, align 1, !dbg !270
  %790 = zext i8 %789 to i64, !dbg !270
  %791 = xor i64 %786, %790, !dbg !270
  %792 = mul i64 %791, 1099511628211, !dbg !270
  %793 = add i64 %792, 74, !dbg !270
  %794 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %793, ptr %794, align 16, !dbg !270
  %795 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %796 = load i64, ptr %795, align 8, !dbg !270
  %797 = load ptr, ptr %4, align 8, !dbg !270
  %798 = getelementptr inbounds i8, ptr %797, i64 11, !dbg !270
  %799 = load i8, ptr %798, align 1, !dbg !270
  %800 = zext i8 %799 to i64, !dbg !270
  %801 = xor i64 %796, %800, !dbg !270
  %802 = mul i64 %801, 1099511628211, !dbg !270
  %803 = add i64 %802, 75, !dbg !270
  %804 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %803, ptr %804, align 8, !dbg !270
  %805 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %806 = load i64, ptr %805, align 16, !dbg !270
  %807 = load ptr, ptr %4, align 8, !dbg !270
  %808 = getelementptr inbounds i8, ptr %807, i64 12, !dbg !270
  %809 = load i8, ptr %808, align 1, !dbg !270
  %810 = zext i8 %809 to i64, !dbg !270
  %811 = xor i64 %806, %810, !dbg !270
  %812 = mul i64 %811, 1099511628211, !dbg !270
  %813 = add i64 %812, 76, !dbg !270
  %814 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %813, ptr %814, align 16, !dbg !270
  %815 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %816 = load i64, ptr %815, align 8, !dbg !270
  %817 = load ptr, ptr %4, align 8, !dbg !270
  %818 = getelementptr inbounds i8, ptr %817, i64 13, !dbg !270
  %819 = load i8, ptr %818, align 1, !dbg !270
  %820 = zext i8 %819 to i64, !dbg !270
  %821 = xor i64 %816, %820, !dbg !270
  %822 = mul i64 %821, 1099511628211, !dbg !270
  %823 = add i64 %822, 77, !dbg !270
  %824 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %823, ptr %824, align 8, !dbg !270
  %825 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %826 = load i64, ptr %825, align 16, !dbg !270
  %827 = load ptr, ptr %4, align 8, !dbg !270
  %828 = getelementptr inbounds i8, ptr %827, i64 14, !dbg !270
  %829 = load i8, ptr %828, align 1, !dbg !270
  %830 = zext i8 %829 to i64, !dbg !270
  %831 = xor i64 %826, %830, !dbg !270
  %832 = mul i64 %831, 1099511628211, !dbg !270
  %833 = add i64 %832, 78, !dbg !270
  %834 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %833, ptr %834, align 16, !dbg !270
  %835 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %836 = load i64, ptr %835, align 8, !dbg !270
  %837 = load ptr, ptr %4, align 8, !dbg !270
  %838 = getelementptr inbounds i8, ptr %837, i64 15, !dbg !270
  %839 = load i8, ptr %838, align 1, !dbg !270
  %840 = zext i8 %839 to i64, !dbg !270
  %841 = xor i64 %836, %840, !dbg !270
  %842 = mul i64 %841, 1099511628211, !dbg !270
  %843 = add i64 %842, 79, !dbg !270
  %844 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %843, ptr %844, align 8, !dbg !270
  %845 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %846 = load i64, ptr %845, align 16, !dbg !270
  %847 = load ptr, ptr %4, align 8, !dbg !270
  %848 = getelementptr inbounds i8, ptr %847, i64 16, !dbg !270
  %849 = load i8, ptr %848, align 1, !dbg !270
  %850 = zext i8 %849 to i64, !dbg !270
  %851 = xor i64 %846, %850, !dbg !270
  %852 = mul i64 %851, 1099511628211, !dbg !270
  %853 = add i64 %852, 80, !dbg !270
  %854 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %853, ptr %854, align 16, !dbg !270
  %855 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %856 = load i64, ptr %855, align 8, !dbg !270
  %857 = load ptr, ptr %4, align 8, !dbg !270
  %858 = getelementptr inbounds i8, ptr %857, i64 17, !dbg !270
  %859 = load i8, ptr %858, align 1, !dbg !270
  %860 = zext i8 %859 to i64, !dbg !270
  %861 = xor i64 %856, %860, !dbg !270
  %862 = mul i64 %861, 1099511628211, !dbg !270
  %863 = add i64 %862, 81, !dbg !270
  %864 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %863, ptr %864, align 8, !dbg !270
  %865 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %866 = load i64, ptr %865, align 16, !dbg !270
  %867 = load ptr, ptr %4, align 8, !dbg !270
  %868 = getelementptr inbounds i8, ptr %867, i64 18, !dbg !270
  %869 = load i8, ptr %868, align 1, !dbg !270
  %870 = zext i8 %869 to i64, !dbg !270
  %871 = xor i64 %866, %870, !dbg !270
  %872 = mul i64 %871, 1099511628211, !dbg !270
  %873 = add i64 %872, 82, !dbg !270
  %874 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %873, ptr %874, align 16, !dbg !270
  %875 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %876 = load i64, ptr %875, align 8, !dbg !270
  %877 = load ptr, ptr %4, align 8, !dbg !270
  %878 = getelementptr inbounds i8, ptr %877, i64 19, !dbg !270
  %879 = load i8, ptr %878, align 1, !dbg !270
  %880 = zext i8 %879 to i64, !dbg !270
  %881 = xor i64 %876, %880, !dbg !270
  %882 = mul i64 %881, 1099511628211, !dbg !270
  %883 = add i64 %882, 83, !dbg !270
  %884 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %883, ptr %884, align 8, !dbg !270
  %885 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %886 = load i64, ptr %885, align 16, !dbg !270
  %887 = load ptr, ptr %4, align 8, !dbg !270
  %888 = getelementptr inbounds i8, ptr %887, i64 20, !dbg !270
  %889 = load i8, ptr %888, align 1, !dbg !270
  %890 = zext i8 %889 to i64, !dbg !270
  %891 = xor i64 %886, %890, !dbg !270
  %892 = mul i64 %891, 1099511628211, !dbg !270
  %893 = add i64 %892, 84, !dbg !270
  %894 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %893, ptr %894, align 16, !dbg !270
  %895 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %896 = load i64, ptr %895, align 8, !dbg !270
  %897 = load ptr, ptr %4, align 8, !dbg !270
  %898 = getelementptr inbounds i8, ptr %897, i64 21, !dbg !270
  %899 = load i8, ptr %898, align 1, !dbg !270
  %900 = zext i8 %899 to i64, !dbg !270
  %901 = xor i64 %896, %900, !dbg !270
  %902 = mul i64 %901, 1099511628211, !dbg !270
  %903 = add i64 %902, 85, !dbg !270
  %904 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %903, ptr %904, align 8, !dbg !270
  %905 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %906 = load i64, ptr %905, align 16, !dbg !270
  %907 = load ptr, ptr %4, align 8, !dbg !270
  %908 = getelementptr inbounds i8, ptr %907, i64 22, !dbg !270
  %909 = load i8, ptr %908, align 1, !dbg !270
  %910 = zext i8 %909 to i64, !dbg !270
  %911 = xor i64 %906, %910, !dbg !270
  %912 = mul i64 %911, 1099511628211, !dbg !270
  %913 = add i64 %912, 86, !dbg !270
  %914 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %913, ptr %914, align 16, !dbg !270
  %915 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %916 = load i64, ptr %915, align 8, !dbg !270
  %917 = load ptr, ptr %4, align 8, !dbg !270
  %918 = getelementptr inbounds i8, ptr %917, i64 23, !dbg !270
  %919 = load i8, ptr %918, align 1, !dbg !270
  %920 = zext i8 %919 to i64, !dbg !270
  %921 = xor i64 %916, %920, !dbg !270
  %922 = mul i64 %921, 1099511628211, !dbg !270
  %923 = add i64 %922, 87, !dbg !270
  %924 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %923, ptr %924, align 8, !dbg !270
  %925 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %926 = load i64, ptr %925, align 16, !dbg !270
  %927 = load ptr, ptr %4, align 8, !dbg !270
  %928 = getelementptr inbounds i8, ptr %927, i64 24, !dbg !270
  %929 = load i8, ptr %928, align 1, !dbg !270
  %930 = zext i8 %929 to i64, !dbg !270
  %931 = xor i64 %926, %930, !dbg !270
  %932 = mul i64 %931, 1099511628211, !dbg !270
  %933 = add i64 %932, 88, !dbg !270
  %934 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %933, ptr %934, align 16, !dbg !270
  %935 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %936 = load i64, ptr %935, align 8, !dbg !270
  %937 = load ptr, ptr %4, align 8, !dbg !270
  %938 = getelementptr inbounds i8, ptr %937, i64 25, !dbg !270
  %939 = load i8, ptr %938, align 1, !dbg !270
  %940 = zext i8 %939 to i64, !dbg !270
  %941 = xor i64 %936, %940, !dbg !270
  %942 = mul i64 %941, 1099511628211, !dbg !270
  %943 = add i64 %942, 89, !dbg !270
  %944 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %943, ptr %944, align 8, !dbg !270
  %945 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %946 = load i64, ptr %945, align 16, !dbg !270
  %947 = load ptr, ptr %4, align 8, !dbg !270
  %948 = getelementptr inbounds i8, ptr %947, i64 26, !dbg !270
  %949 = load i8, ptr %948, align 1, !dbg !270
  %950 = zext i8 %949 to i64, !dbg !270
  %951 = xor i64 %946, %950, !dbg !270
  %952 = mul i64 %951, 1099511628211, !dbg !270
  %953 = add i64 %952, 90, !dbg !270
  %954 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %953, ptr %954, align 16, !dbg !270
  %955 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %956 = load i64, ptr %955, align 8, !dbg !270
  %957 = load ptr, ptr %4, align 8, !dbg !270
  %958 = getelementptr inbounds i8, ptr %957, i64 27, !dbg !270
  %959 = load i8, ptr %958, align 1, !dbg !270
  %960 = zext i8 %959 to i64, !dbg !270
  %961 = xor i64 %956, %960, !dbg !270
  %962 = mul i64 %961, 1099511628211, !dbg !270
  %963 = add i64 %962, 91, !dbg !270
  %964 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %963, ptr %964, align 8, !dbg !270
  %965 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %966 = load i64, ptr %965, align 16, !dbg !270
  %967 = load ptr, ptr %4, align 8, !dbg !270
  %968 = getelementptr inbounds i8, ptr %967, i64 28, !dbg !270
  %969 = load i8, ptr %968, align 1, !dbg !270
  %970 = zext i8 %969 to i64, !dbg !270
  %971 = xor i64 %966, %970, !dbg !270
  %972 = mul i64 %971, 1099511628211, !dbg !270
  %973 = add i64 %972, 92, !dbg !270
  %974 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %973, ptr %974, align 16, !dbg !270
  %975 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %976 = load i64, ptr %975, align 8, !dbg !270
  %977 = load ptr, ptr %4, align 8, !dbg !270
  %978 = getelementptr inbounds i8, ptr %977, i64 29, !dbg !270
  %979 = load i8, ptr %978, align 1, !dbg !270
  %980 = zext i8 %979 to i64, !dbg !270
  %981 = xor i64 %976, %980, !dbg !270
  %982 = mul i64 %981, 1099511628211, !dbg !270
  %983 = add i64 %982, 93, !dbg !270
  %984 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %983, ptr %984, align 8, !dbg !270
  %985 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %986 = load i64, ptr %985, align 16, !dbg !270
  %987 = load ptr, ptr %4, align 8, !dbg !270
  %988 = getelementptr inbounds i8, ptr %987, i64 30, !dbg !270
  %989 = load i8, ptr %988, align 1, !dbg !270
  %990 = zext i8 %989 to i64, !dbg !270
  %991 = xor i64 %986, %990, !dbg !270
  %992 = mul i64 %991, 1099511628211, !dbg !270
  %993 = add i64 %992, 94, !dbg !270
  %994 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %993, ptr %994, align 16, !dbg !270
  %995 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %996 = load i64, ptr %995, align 8, !dbg !270
  %997 = load ptr, ptr %4, align 8, !dbg !270
  %998 = getelementptr inbounds i8, ptr %997, i64 31, !dbg !270
  %999 = load i8, ptr %998, align 1, !dbg !270
  %1000 = zext i8 %999 to i64, !dbg !270
  %1001 = xor i64 %996, %1000, !dbg !270
  %1002 = mul i64 %1001, 1099511628211, !dbg !270
  %1003 = add i64 %1002, 95, !dbg !270
  %1004 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %1003, ptr %1004, align 8, !dbg !270
  %1005 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %1006 = load i64, ptr %1005, align 16, !dbg !270
  %1007 = load ptr, ptr %4, align 8, !dbg !270
  %1008 = getelementptr inbounds i8, ptr %1007, i64 32, !dbg !270
  %1009 = load i8, ptr %1008, align 1, !dbg !270
  %1010 = zext i8 %1009 to i64, !dbg !270
  %1011 = xor i64 %1006, %1010, !dbg !270
  %1012 = mul i64 %1011, 1099511628211, !dbg !270
  %1013 = add i64 %1012, 96, !dbg !270
  %1014 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %1013, ptr %1014, align 16, !dbg !270
  %1015 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %1016 = load i64, ptr %1015, align 8, !dbg !270
  %1017 = load ptr, ptr %4, align 8, !dbg !270
  %1018 = getelementptr inbounds i8, ptr %1017, i64 33, !dbg !270
  %1019 = load i8, ptr %1018, align 1, !dbg !270
  %1020 = zext i8 %1019 to i64, !dbg !270
  %1021 = xor i64 %1016, %1020, !dbg !270
  %1022 = mul i64 %1021, 1099511628211, !dbg !270
  %1023 = add i64 %1022, 97, !dbg !270
  %1024 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %1023, ptr %1024, align 8, !dbg !270
  %1025 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %1026 = load i64, ptr %1025, align 16, !dbg !270
  %1027 = load ptr, ptr %4, align 8, !dbg !270
  %1028 = getelementptr inbounds i8, ptr %1027, i64 34, !dbg !270
  %1029 = load i8, ptr %1028, align 1, !dbg !270
  %1030 = zext i8 %1029 to i64, !dbg !270
  %1031 = xor i64 %1026, %1030, !dbg !270
  %1032 = mul i64 %1031, 1099511628211, !dbg !270
  %1033 = add i64 %1032, 98, !dbg !270
  %1034 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %1033, ptr %1034, align 16, !dbg !270
  %1035 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %1036 = load i64, ptr %1035, align 8, !dbg !270
  %1037 = load ptr, ptr %4, align 8, !dbg !270
  %1038 = getelementptr inbounds i8, ptr %1037, i64 35, !dbg !270
  %1039 = load i8, ptr %1038, align 1, !dbg !270
  %1040 = zext i8 %1039 to i64, !dbg !270
  %1041 = xor i64 %1036, %1040, !dbg !270
  %1042 = mul i64 %1041, 1099511628211, !dbg !270
  %1043 = add i64 %1042, 99, !dbg !270
  %1044 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %1043, ptr %1044, align 8, !dbg !270
  %1045 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %1046 = load i64, ptr %1045, align 16, !dbg !270
  %1047 = load ptr, ptr %4, align 8, !dbg !270
  %1048 = getelementptr inbounds i8, ptr %1047, i64 36, !dbg !270
  %1049 = load i8, ptr %1048, align 1, !dbg !270
  %1050 = zext i8 %1049 to i64, !dbg !270
  %1051 = xor i64 %1046, %1050, !dbg !270
  %1052 = mul i64 %1051, 1099511628211, !dbg !270
  %1053 = add i64 %1052, 100, !dbg !270
  %1054 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %1053, ptr %1054, align 16, !dbg !270
  %1055 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %1056 = load i64, ptr %1055, align 8, !dbg !270
  %1057 = load ptr, ptr %4, align 8, !dbg !270
  %1058 = getelementptr inbounds i8, ptr %1057, i64 37, !dbg !270
  %1059 = load i8, ptr %1058, align 1, !dbg !270
  %1060 = zext i8 %1059 to i64, !dbg !270
  %1061 = xor i64 %1056, %1060, !dbg !270
  %1062 = mul i64 %1061, 1099511628211, !dbg !270
  %1063 = add i64 %1062, 101, !dbg !270
  %1064 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %1063, ptr %1064, align 8, !dbg !270
  %1065 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %1066 = load i64, ptr %1065, align 16, !dbg !270
  %1067 = load ptr, ptr %4, align 8, !dbg !270
  %1068 = getelementptr inbounds i8, ptr %1067, i64 38, !dbg !270
  %1069 = load i8, ptr %1068, align 1, !dbg !270
  %1070 = zext i8 %1069 to i64, !dbg !270
  %1071 = xor i64 %1066, %1070, !dbg !270
  %1072 = mul i64 %1071, 1099511628211, !dbg !270
  %1073 = add i64 %1072, 102, !dbg !270
  %1074 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %1073, ptr %1074, align 16, !dbg !270
  %1075 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %1076 = load i64, ptr %1075, align 8, !dbg !270
  %1077 = load ptr, ptr %4, align 8, !dbg !270
  %1078 = getelementptr inbounds i8, ptr %1077, i64 39, !dbg !270
  %1079 = load i8, ptr %1078, align 1, !dbg !270
  %1080 = zext i8 %1079 to i64, !dbg !270
  %1081 = xor i64 %1076, %1080, !dbg !270
  %1082 = mul i64 %1081, 1099511628211, !dbg !270
  %1083 = add i64 %1082, 103, !dbg !270
  %1084 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %1083, ptr %1084, align 8, !dbg !270
  %1085 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %1086 = load i64, ptr %1085, align 16, !dbg !270
  %1087 = load ptr, ptr %4, align 8, !dbg !270
  %1088 = getelementptr inbounds i8, ptr %1087, i64 40, !dbg !270
  %1089 = load i8, ptr %1088, align 1, !dbg !270
  %1090 = zext i8 %1089 to i64, !dbg !270
  %1091 = xor i64 %1086, %1090, !dbg !270
  %1092 = mul i64 %1091, 1099511628211, !dbg !270
  %1093 = add i64 %1092, 104, !dbg !270
  %1094 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %1093, ptr %1094, align 16, !dbg !270
  %1095 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %1096 = load i64, ptr %1095, align 8, !dbg !270
  %1097 = load ptr, ptr %4, align 8, !dbg !270
  %1098 = getelementptr inbounds i8, ptr %1097, i64 41, !dbg !270
  %1099 = load i8, ptr %1098, align 1, !dbg !270
  %1100 = zext i8 %1099 to i64, !dbg !270
  %1101 = xor i64 %1096, %1100, !dbg !270
  %1102 = mul i64 %1101, 1099511628211, !dbg !270
  %1103 = add i64 %1102, 105, !dbg !270
  %1104 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %1103, ptr %1104, align 8, !dbg !270
  %1105 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %1106 = load i64, ptr %1105, align 16, !dbg !270
  %1107 = load ptr, ptr %4, align 8, !dbg !270
  %1108 = getelementptr inbounds i8, ptr %1107, i64 42, !dbg !270
  %1109 = load i8, ptr %1108, align 1, !dbg !270
  %1110 = zext i8 %1109 to i64, !dbg !270
  %1111 = xor i64 %1106, %1110, !dbg !270
  %1112 = mul i64 %1111, 1099511628211, !dbg !270
  %1113 = add i64 %1112, 106, !dbg !270
  %1114 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %1113, ptr %1114, align 16, !dbg !270
  %1115 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %1116 = load i64, ptr %1115, align 8, !dbg !270
  %1117 = load ptr, ptr %4, align 8, !dbg !270
  %1118 = getelementptr inbounds i8, ptr %1117, i64 43, !dbg !270
  %1119 = load i8, ptr %1118, align 1, !dbg !270
  %1120 = zext i8 %1119 to i64, !dbg !270
  %1121 = xor i64 %1116, %1120, !dbg !270
  %1122 = mul i64 %1121, 1099511628211, !dbg !270
  %1123 = add i64 %1122, 107, !dbg !270
  %1124 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %1123, ptr %1124, align 8, !dbg !270
  %1125 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %1126 = load i64, ptr %1125, align 16, !dbg !270
  %1127 = load ptr, ptr %4, align 8, !dbg !270
  %1128 = getelementptr inbounds i8, ptr %1127, i64 44, !dbg !270
  %1129 = load i8, ptr %1128, align 1, !dbg !270
  %1130 = zext i8 %1129 to i64, !dbg !270
  %1131 = xor i64 %1126, %1130, !dbg !270
  %1132 = mul i64 %1131, 1099511628211, !dbg !270
  %1133 = add i64 %1132, 108, !dbg !270
  %1134 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %1133, ptr %1134, align 16, !dbg !270
  %1135 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %1136 = load i64, ptr %1135, align 8, !dbg !270
  %1137 = load ptr, ptr %4, align 8, !dbg !270
  %1138 = getelementptr inbounds i8, ptr %1137, i64 45, !dbg !270
  %1139 = load i8, ptr %1138, align 1, !dbg !270
  %1140 = zext i8 %1139 to i64, !dbg !270
  %1141 = xor i64 %1136, %1140, !dbg !270
  %1142 = mul i64 %1141, 1099511628211, !dbg !270
  %1143 = add i64 %1142, 109, !dbg !270
  %1144 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %1143, ptr %1144, align 8, !dbg !270
  %1145 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %1146 = load i64, ptr %1145, align 16, !dbg !270
  %1147 = load ptr, ptr %4, align 8, !dbg !270
  %1148 = getelementptr inbounds i8, ptr %1147, i64 46, !dbg !270
  %1149 = load i8, ptr %1148, align 1, !dbg !270
  %1150 = zext i8 %1149 to i64, !dbg !270
  %1151 = xor i64 %1146, %1150, !dbg !270
  %1152 = mul i64 %1151, 1099511628211, !dbg !270
  %1153 = add i64 %1152, 110, !dbg !270
  %1154 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %1153, ptr %1154, align 16, !dbg !270
  %1155 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %1156 = load i64, ptr %1155, align 8, !dbg !270
  %1157 = load ptr, ptr %4, align 8, !dbg !270
  %1158 = getelementptr inbounds i8, ptr %1157, i64 47, !dbg !270
  %1159 = load i8, ptr %1158, align 1, !dbg !270
  %1160 = zext i8 %1159 to i64, !dbg !270
  %1161 = xor i64 %1156, %1160, !dbg !270
  %1162 = mul i64 %1161, 1099511628211, !dbg !270
  %1163 = add i64 %1162, 111, !dbg !270
  %1164 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %1163, ptr %1164, align 8, !dbg !270
  %1165 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %1166 = load i64, ptr %1165, align 16, !dbg !270
  %1167 = load ptr, ptr %4, align 8, !dbg !270
  %1168 = getelementptr inbounds i8, ptr %1167, i64 48, !dbg !270
  %1169 = load i8, ptr %1168, align 1, !dbg !270
  %1170 = zext i8 %1169 to i64, !dbg !270
  %1171 = xor i64 %1166, %1170, !dbg !270
  %1172 = mul i64 %1171, 1099511628211, !dbg !270
  %1173 = add i64 %1172, 112, !dbg !270
  %1174 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %1173, ptr %1174, align 16, !dbg !270
  %1175 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %1176 = load i64, ptr %1175, align 8, !dbg !270
  %1177 = load ptr, ptr %4, align 8, !dbg !270
  %1178 = getelementptr inbounds i8, ptr %1177, i64 49, !dbg !270
  %1179 = load i8, ptr %1178, align 1, !dbg !270
  %1180 = zext i8 %1179 to i64, !dbg !270
  %1181 = xor i64 %1176, %1180, !dbg !270
  %1182 = mul i64 %1181, 1099511628211, !dbg !270
  %1183 = add i64 %1182, 113, !dbg !270
  %1184 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %1183, ptr %1184, align 8, !dbg !270
  %1185 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %1186 = load i64, ptr %1185, align 16, !dbg !270
  %1187 = load ptr, ptr %4, align 8, !dbg !270
  %1188 = getelementptr inbounds i8, ptr %1187, i64 50, !dbg !270
  %1189 = load i8, ptr %1188, align 1, !dbg !270
  %1190 = zext i8 %1189 to i64, !dbg !270
  %1191 = xor i64 %1186, %1190, !dbg !270
  %1192 = mul i64 %1191, 1099511628211, !dbg !270
  %1193 = add i64 %1192, 114, !dbg !270
  %1194 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %1193, ptr %1194, align 16, !dbg !270
  %1195 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %1196 = load i64, ptr %1195, align 8, !dbg !270
  %1197 = load ptr, ptr %4, align 8, !dbg !270
  %1198 = getelementptr inbounds i8, ptr %1197, i64 51, !dbg !270
  %1199 = load i8, ptr %1198, align 1, !dbg !270
  %1200 = zext i8 %1199 to i64, !dbg !270
  %1201 = xor i64 %1196, %1200, !dbg !270
  %1202 = mul i64 %1201, 1099511628211, !dbg !270
  %1203 = add i64 %1202, 115, !dbg !270
  %1204 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %1203, ptr %1204, align 8, !dbg !270
  %1205 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %1206 = load i64, ptr %1205, align 16, !dbg !270
  %1207 = load ptr, ptr %4, align 8, !dbg !270
  %1208 = getelementptr inbounds i8, ptr %1207, i64 52, !dbg !270
  %1209 = load i8, ptr %1208, align 1, !dbg !270
  %1210 = zext i8 %1209 to i64, !dbg !270
  %1211 = xor i64 %1206, %1210, !dbg !270
  %1212 = mul i64 %1211, 1099511628211, !dbg !270
  %1213 = add i64 %1212, 116, !dbg !270
  %1214 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %1213, ptr %1214, align 16, !dbg !270
  %1215 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %1216 = load i64, ptr %1215, align 8, !dbg !270
  %1217 = load ptr, ptr %4, align 8, !dbg !270
  %1218 = getelementptr inbounds i8, ptr %1217, i64 53, !dbg !270
  %1219 = load i8, ptr %1218, align 1, !dbg !270
  %1220 = zext i8 %1219 to i64, !dbg !270
  %1221 = xor i64 %1216, %1220, !dbg !270
  %1222 = mul i64 %1221, 1099511628211, !dbg !270
  %1223 = add i64 %1222, 117, !dbg !270
  %1224 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %1223, ptr %1224, align 8, !dbg !270
  %1225 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %1226 = load i64, ptr %1225, align 16, !dbg !270
  %1227 = load ptr, ptr %4, align 8, !dbg !270
  %1228 = getelementptr inbounds i8, ptr %1227, i64 54, !dbg !270
  %1229 = load i8, ptr %1228, align 1, !dbg !270
  %1230 = zext i8 %1229 to i64, !dbg !270
  %1231 = xor i64 %1226, %1230, !dbg !270
  %1232 = mul i64 %1231, 1099511628211, !dbg !270
  %1233 = add i64 %1232, 118, !dbg !270
  %1234 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %1233, ptr %1234, align 16, !dbg !270
  %1235 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %1236 = load i64, ptr %1235, align 8, !dbg !270
  %1237 = load ptr, ptr %4, align 8, !dbg !270
  %1238 = getelementptr inbounds i8, ptr %1237, i64 55, !dbg !270
  %1239 = load i8, ptr %1238, align 1, !dbg !270
  %1240 = zext i8 %1239 to i64, !dbg !270
  %1241 = xor i64 %1236, %1240, !dbg !270
  %1242 = mul i64 %1241, 1099511628211, !dbg !270
  %1243 = add i64 %1242, 119, !dbg !270
  %1244 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %1243, ptr %1244, align 8, !dbg !270
  %1245 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  %1246 = load i64, ptr %1245, align 16, !dbg !270
  %1247 = load ptr, ptr %4, align 8, !dbg !270
  %1248 = getelementptr inbounds i8, ptr %1247, i64 56, !dbg !270
  %1249 = load i8, ptr %1248, align 1, !dbg !270
  %1250 = zext i8 %1249 to i64, !dbg !270
  %1251 = xor i64 %1246, %1250, !dbg !270
  %1252 = mul i64 %1251, 1099511628211, !dbg !270
  %1253 = add i64 %1252, 120, !dbg !270
  %1254 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !270
  store i64 %1253, ptr %1254, align 16, !dbg !270
  %1255 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  %1256 = load i64, ptr %1255, align 8, !dbg !270
  %1257 = load ptr, ptr %4, align 8, !dbg !270
  %1258 = getelementptr inbounds i8, ptr %1257, i64 57, !dbg !270
  %1259 = load i8, ptr %1258, align 1, !dbg !270
  %1260 = zext i8 %1259 to i64, !dbg !270
  %1261 = xor i64 %1256, %1260, !dbg !270
  %1262 = mul i64 %1261, 1099511628211, !dbg !270
  %1263 = add i64 %1262, 121, !dbg !270
  %1264 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !270
  store i64 %1263, ptr %1264, align 8, !dbg !270
  %1265 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  %1266 = load i64, ptr %1265, align 16, !dbg !270
  %1267 = load ptr, ptr %4, align 8, !dbg !270
  %1268 = getelementptr inbounds i8, ptr %1267, i64 58, !dbg !270
  %1269 = load i8, ptr %1268, align 1, !dbg !270
  %1270 = zext i8 %1269 to i64, !dbg !270
  %1271 = xor i64 %1266, %1270, !dbg !270
  %1272 = mul i64 %1271, 1099511628211, !dbg !270
  %1273 = add i64 %1272, 122, !dbg !270
  %1274 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !270
  store i64 %1273, ptr %1274, align 16, !dbg !270
  %1275 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  %1276 = load i64, ptr %1275, align 8, !dbg !270
  %1277 = load ptr, ptr %4, align 8, !dbg !270
  %1278 = getelementptr inbounds i8, ptr %1277, i64 59, !dbg !270
  %1279 = load i8, ptr %1278, align 1, !dbg !270
  %1280 = zext i8 %1279 to i64, !dbg !270
  %1281 = xor i64 %1276, %1280, !dbg !270
  %1282 = mul i64 %1281, 1099511628211, !dbg !270
  %1283 = add i64 %1282, 123, !dbg !270
  %1284 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !270
  store i64 %1283, ptr %1284, align 8, !dbg !270
  %1285 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  %1286 = load i64, ptr %1285, align 16, !dbg !270
  %1287 = load ptr, ptr %4, align 8, !dbg !270
  %1288 = getelementptr inbounds i8, ptr %1287, i64 60, !dbg !270
  %1289 = load i8, ptr %1288, align 1, !dbg !270
  %1290 = zext i8 %1289 to i64, !dbg !270
  %1291 = xor i64 %1286, %1290, !dbg !270
  %1292 = mul i64 %1291, 1099511628211, !dbg !270
  %1293 = add i64 %1292, 124, !dbg !270
  %1294 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !270
  store i64 %1293, ptr %1294, align 16, !dbg !270
  %1295 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  %1296 = load i64, ptr %1295, align 8, !dbg !270
  %1297 = load ptr, ptr %4, align 8, !dbg !270
  %1298 = getelementptr inbounds i8, ptr %1297, i64 61, !dbg !270
  %1299 = load i8, ptr %1298, align 1, !dbg !270
  %1300 = zext i8 %1299 to i64, !dbg !270
  %1301 = xor i64 %1296, %1300, !dbg !270
  %1302 = mul i64 %1301, 1099511628211, !dbg !270
  %1303 = add i64 %1302, 125, !dbg !270
  %1304 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !270
  store i64 %1303, ptr %1304, align 8, !dbg !270
  %1305 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  %1306 = load i64, ptr %1305, align 16, !dbg !270
  %1307 = load ptr, ptr %4, align 8, !dbg !270
  %1308 = getelementptr inbounds i8, ptr %1307, i64 62, !dbg !270
  %1309 = load i8, ptr %1308, align 1, !dbg !270
  %1310 = zext i8 %1309 to i64, !dbg !270
  %1311 = xor i64 %1306, %1310, !dbg !270
  %1312 = mul i64 %1311, 1099511628211, !dbg !270
  %1313 = add i64 %1312, 126, !dbg !270
  %1314 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !270
  store i64 %1313, ptr %1314, align 16, !dbg !270
  %1315 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  %1316 = load i64, ptr %1315, align 8, !dbg !270
  %1317 = load ptr, ptr %4, align 8, !dbg !270
  %1318 = getelementptr inbounds i8, ptr %1317, i64 63, !dbg !270
  %1319 = load i8, ptr %1318, align 1, !dbg !270
  %1320 = zext i8 %1319 to i64, !dbg !270
  %1321 = xor i64 %1316, %1320, !dbg !270
  %1322 = mul i64 %1321, 1099511628211, !dbg !270
  %1323 = add i64 %1322, 127, !dbg !270
  %1324 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !270
  store i64 %1323, ptr %1324, align 8, !dbg !270
  %1325 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1326 = load i64, ptr %1325, align 16, !dbg !271
  %1327 = load ptr, ptr %4, align 8, !dbg !271
  %1328 = getelementptr inbounds i8, ptr %1327, i64 0, !dbg !271
  %1329 = load i8, ptr %1328, align 1, !dbg !271
  %1330 = zext i8 %1329 to i64, !dbg !271
  %1331 = xor i64 %1326, %1330, !dbg !271
  %1332 = mul i64 %1331, 1099511628211, !dbg !271
  %1333 = add i64 %1332, 128, !dbg !271
  %1334 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1333, ptr %1334, align 16, !dbg !271
  %1335 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1336 = load i64, ptr %1335, align 8, !dbg !271
  %1337 = load ptr, ptr %4, align 8, !dbg !271
  %1338 = getelementptr inbounds i8, ptr %1337, i64 1, !dbg !271
  %1339 = load i8, ptr %1338, align 1, !dbg !271
  %1340 = zext i8 %1339 to i64, !dbg !271
  %1341 = xor i64 %1336, %1340, !dbg !271
  %1342 = mul i64 %1341, 1099511628211, !dbg !271
  %1343 = add i64 %1342, 129, !dbg !271
  %1344 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1343, ptr %1344, align 8, !dbg !271
  %1345 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1346 = load i64, ptr %1345, align 16, !dbg !271
  %1347 = load ptr, ptr %4, align 8, !dbg !271
  %1348 = getelementptr inbounds i8, ptr %1347, i64 2, !dbg !271
  %1349 = load i8, ptr %1348, align 1, !dbg !271
  %1350 = zext i8 %1349 to i64, !dbg !271
  %1351 = xor i64 %1346, %1350, !dbg !271
  %1352 = mul i64 %1351, 1099511628211, !dbg !271
  %1353 = add i64 %1352, 130, !dbg !271
  %1354 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1353, ptr %1354, align 16, !dbg !271
  %1355 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1356 = load i64, ptr %1355, align 8, !dbg !271
  %1357 = load ptr, ptr %4, align 8, !dbg !271
  %1358 = getelementptr inbounds i8, ptr %1357, i64 3, !dbg !271
  %1359 = load i8, ptr %1358, align 1, !dbg !271
  %1360 = zext i8 %1359 to i64, !dbg !271
  %1361 = xor i64 %1356, %1360, !dbg !271
  %1362 = mul i64 %1361, 1099511628211, !dbg !271
  %1363 = add i64 %1362, 131, !dbg !271
  %1364 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1363, ptr %1364, align 8, !dbg !271
  %1365 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1366 = load i64, ptr %1365, align 16, !dbg !271
  %1367 = load ptr, ptr %4, align 8, !dbg !271
  %1368 = getelementptr inbounds i8, ptr %1367, i64 4, !dbg !271
  %1369 = load i8, ptr %1368, align 1, !dbg !271
  %1370 = zext i8 %1369 to i64, !dbg !271
  %1371 = xor i64 %1366, %1370, !dbg !271
  %1372 = mul i64 %1371, 1099511628211, !dbg !271
  %1373 = add i64 %1372, 132, !dbg !271
  %1374 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1373, ptr %1374, align 16, !dbg !271
  %1375 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1376 = load i64, ptr %1375, align 8, !dbg !271
  %1377 = load ptr, ptr %4, align 8, !dbg !271
  %1378 = getelementptr inbounds i8, ptr %1377, i64 5, !dbg !271
  %1379 = load i8, ptr %1378, align 1, !dbg !271
  %1380 = zext i8 %1379 to i64, !dbg !271
  %1381 = xor i64 %1376, %1380, !dbg !271
  %1382 = mul i64 %1381, 1099511628211, !dbg !271
  %1383 = add i64 %1382, 133, !dbg !271
  %1384 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1383, ptr %1384, align 8, !dbg !271
  %1385 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1386 = load i64, ptr %1385, align 16, !dbg !271
  %1387 = load ptr, ptr %4, align 8, !dbg !271
  %1388 = getelementptr inbounds i8, ptr %1387, i64 6, !dbg !271
  %1389 = load i8, ptr %1388, align 1, !dbg !271
  %1390 = zext i8 %1389 to i64, !dbg !271
  %1391 = xor i64 %1386, %1390, !dbg !271
  %1392 = mul i64 %1391, 1099511628211, !dbg !271
  %1393 = add i64 %1392, 134, !dbg !271
  %1394 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1393, ptr %1394, align 16, !dbg !271
  %1395 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1396 = load i64, ptr %1395, align 8, !dbg !271
  %1397 = load ptr, ptr %4, align 8, !dbg !271
  %1398 = getelementptr inbounds i8, ptr %1397, i64 7, !dbg !271
  %1399 = load i8, ptr %1398, align 1, !dbg !271
  %1400 = zext i8 %1399 to i64, !dbg !271
  %1401 = xor i64 %1396, %1400, !dbg !271
  %1402 = mul i64 %1401, 1099511628211, !dbg !271
  %1403 = add i64 %1402, 135, !dbg !271
  %1404 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1403, ptr %1404, align 8, !dbg !271
  %1405 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1406 = load i64, ptr %1405, align 16, !dbg !271
  %1407 = load ptr, ptr %4, align 8, !dbg !271
  %1408 = getelementptr inbounds i8, ptr %1407, i64 8, !dbg !271
  %1409 = load i8, ptr %1408, align 1, !dbg !271
  %1410 = zext i8 %1409 to i64, !dbg !271
  %1411 = xor i64 %1406, %1410, !dbg !271
  %1412 = mul i64 %1411, 1099511628211, !dbg !271
  %1413 = add i64 %1412, 136, !dbg !271
  %1414 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1413, ptr %1414, align 16, !dbg !271
  %1415 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1416 = load i64, ptr %1415, align 8, !dbg !271
  %1417 = load ptr, ptr %4, align 8, !dbg !271
  %1418 = getelementptr inbounds i8, ptr %1417, i64 9, !dbg !271
  %1419 = load i8, ptr %1418, align 1, !dbg !271
  %1420 = zext i8 %1419 to i64, !dbg !271
  %1421 = xor i64 %1416, %1420, !dbg !271
  %1422 = mul i64 %1421, 1099511628211, !dbg !271
  %1423 = add i64 %1422, 137, !dbg !271
  %1424 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1423, ptr %1424, align 8, !dbg !271
  %1425 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1426 = load i64, ptr %1425, align 16, !dbg !271
  %1427 = load ptr, ptr %4, align 8, !dbg !271
  %1428 = getelementptr inbounds i8, ptr %1427, i64 10, !dbg !271
  %1429 = load i8, ptr %1428, align 1, !dbg !271
  %1430 = zext i8 %1429 to i64, !dbg !271
  %1431 = xor i64 %1426, %1430, !dbg !271
  %1432 = mul i64 %1431, 1099511628211, !dbg !271
  %1433 = add i64 %1432, 138, !dbg !271
  %1434 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1433, ptr %1434, align 16, !dbg !271
  %1435 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1436 = load i64, ptr %1435, align 8, !dbg !271
  %1437 = load ptr, ptr %4, align 8, !dbg !271
  %1438 = getelementptr inbounds i8, ptr %1437, i64 11, !dbg !271
  %1439 = load i8, ptr %1438, align 1, !dbg !271
  %1440 = zext i8 %1439 to i64, !dbg !271
  %1441 = xor i64 %1436, %1440, !dbg !271
  %1442 = mul i64 %1441, 1099511628211, !dbg !271
  %1443 = add i64 %1442, 139, !dbg !271
  %1444 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1443, ptr %1444, align 8, !dbg !271
  %1445 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1446 = load i64, ptr %1445, align 16, !dbg !271
  %1447 = load ptr, ptr %4, align 8, !dbg !271
  %1448 = getelementptr inbounds i8, ptr %1447, i64 12, !dbg !271
  %1449 = load i8, ptr %1448, align 1, !dbg !271
  %1450 = zext i8 %1449 to i64, !dbg !271
  %1451 = xor i64 %1446, %1450, !dbg !271
  %1452 = mul i64 %1451, 1099511628211, !dbg !271
  %1453 = add i64 %1452, 140, !dbg !271
  %1454 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1453, ptr %1454, align 16, !dbg !271
  %1455 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1456 = load i64, ptr %1455, align 8, !dbg !271
  %1457 = load ptr, ptr %4, align 8, !dbg !271
  %1458 = getelementptr inbounds i8, ptr %1457, i64 13, !dbg !271
  %1459 = load i8, ptr %1458, align 1, !dbg !271
  %1460 = zext i8 %1459 to i64, !dbg !271
  %1461 = xor i64 %1456, %1460, !dbg !271
  %1462 = mul i64 %1461, 1099511628211, !dbg !271
  %1463 = add i64 %1462, 141, !dbg !271
  %1464 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1463, ptr %1464, align 8, !dbg !271
  %1465 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1466 = load i64, ptr %1465, align 16, !dbg !271
  %1467 = load ptr, ptr %4, align 8, !dbg !271
  %1468 = getelementptr inbounds i8, ptr %1467, i64 14, !dbg !271
  %1469 = load i8, ptr %1468, align 1, !dbg !271
  %1470 = zext i8 %1469 to i64, !dbg !271
  %1471 = xor i64 %1466, %1470, !dbg !271
  %1472 = mul i64 %1471, 1099511628211, !dbg !271
  %1473 = add i64 %1472, 142, !dbg !271
  %1474 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1473, ptr %1474, align 16, !dbg !271
  %1475 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1476 = load i64, ptr %1475, align 8, !dbg !271
  %1477 = load ptr, ptr %4, align 8, !dbg !271
  %1478 = getelementptr inbounds i8, ptr %1477, i64 15, !dbg !271
  %1479 = load i8, ptr %1478, align 1, !dbg !271
  %1480 = zext i8 %1479 to i64, !dbg !271
  %1481 = xor i64 %1476, %1480, !dbg !271
  %1482 = mul i64 %1481, 1099511628211, !dbg !271
  %1483 = add i64 %1482, 143, !dbg !271
  %1484 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1483, ptr %1484, align 8, !dbg !271
  %1485 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1486 = load i64, ptr %1485, align 16, !dbg !271
  %1487 = load ptr, ptr %4, align 8, !dbg !271
  %1488 = getelementptr inbounds i8, ptr %1487, i64 16, !dbg !271
  %1489 = load i8, ptr %1488, align 1, !dbg !271
  %1490 = zext i8 %1489 to i64, !dbg !271
  %1491 = xor i64 %1486, %1490, !dbg !271
  %1492 = mul i64 %1491, 1099511628211, !dbg !271
  %1493 = add i64 %1492, 144, !dbg !271
  %1494 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1493, ptr %1494, align 16, !dbg !271
  %1495 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1496 = load i64, ptr %1495, align 8, !dbg !271
  %1497 = load ptr, ptr %4, align 8, !dbg !271
  %1498 = getelementptr inbounds i8, ptr %1497, i64 17, !dbg !271
  %1499 = load i8, ptr %1498, align 1, !dbg !271
  %1500 = zext i8 %1499 to i64, !dbg !271
  %1501 = xor i64 %1496, %1500, !dbg !271
  %1502 = mul i64 %1501, 1099511628211, !dbg !271
  %1503 = add i64 %1502, 145, !dbg !271
  %1504 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1503, ptr %1504, align 8, !dbg !271
  %1505 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1506 = load i64, ptr %1505, align 16, !dbg !271
  %1507 = load ptr, ptr %4, align 8, !dbg !271
  %1508 = getelementptr inbounds i8, ptr %1507, i64 18, !dbg !271
  %1509 = load i8, ptr %1508, align 1, !dbg !271
  %1510 = zext i8 %1509 to i64, !dbg !271
  %1511 = xor i64 %1506, %1510, !dbg !271
  %1512 = mul i64 %1511, 1099511628211, !dbg !271
  %1513 = add i64 %1512, 146, !dbg !271
  %1514 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1513, ptr %1514, align 16, !dbg !271
  %1515 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1516 = load i64, ptr %1515, align 8, !dbg !271
  %1517 = load ptr, ptr %4, align 8, !dbg !271
  %1518 = getelementptr inbounds i8, ptr %1517, i64 19, !dbg !271
  %1519 = load i8, ptr %1518, align 1, !dbg !271
  %1520 = zext i8 %1519 to i64, !dbg !271
  %1521 = xor i64 %1516, %1520, !dbg !271
  %1522 = mul i64 %1521, 1099511628211, !dbg !271
  %1523 = add i64 %1522, 147, !dbg !271
  %1524 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1523, ptr %1524, align 8, !dbg !271
  %1525 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1526 = load i64, ptr %1525, align 16, !dbg !271
  %1527 = load ptr, ptr %4, align 8, !dbg !271
  %1528 = getelementptr inbounds i8, ptr %1527, i64 20, !dbg !271
  %1529 = load i8, ptr %1528, align 1, !dbg !271
  %1530 = zext i8 %1529 to i64, !dbg !271
  %1531 = xor i64 %1526, %1530, !dbg !271
  %1532 = mul i64 %1531, 1099511628211, !dbg !271
  %1533 = add i64 %1532, 148, !dbg !271
  %1534 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1533, ptr %1534, align 16, !dbg !271
  %1535 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1536 = load i64, ptr %1535, align 8, !dbg !271
  %1537 = load ptr, ptr %4, align 8, !dbg !271
  %1538 = getelementptr inbounds i8, ptr %1537, i64 21, !dbg !271
  %1539 = load i8, ptr %1538, align 1, !dbg !271
  %1540 = zext i8 %1539 to i64, !dbg !271
  %1541 = xor i64 %1536, %1540, !dbg !271
  %1542 = mul i64 %1541, 1099511628211, !dbg !271
  %1543 = add i64 %1542, 149, !dbg !271
  %1544 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1543, ptr %1544, align 8, !dbg !271
  %1545 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1546 = load i64, ptr %1545, align 16, !dbg !271
  %1547 = load ptr, ptr %4, align 8, !dbg !271
  %1548 = getelementptr inbounds i8, ptr %1547, i64 22, !dbg !271
  %1549 = load i8, ptr %1548, align 1, !dbg !271
  %1550 = zext i8 %1549 to i64, !dbg !271
  %1551 = xor i64 %1546, %1550, !dbg !271
  %1552 = mul i64 %1551, 1099511628211, !dbg !271
  %1553 = add i64 %1552, 150, !dbg !271
  %1554 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1553, ptr %1554, align 16, !dbg !271
  %1555 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1556 = load i64, ptr %1555, align 8, !dbg !271
  %1557 = load ptr, ptr %4, align 8, !dbg !271
  %1558 = getelementptr inbounds i8, ptr %1557, i64 23, !dbg !271
  %1559 = load i8, ptr %1558, align 1, !dbg !271
  %1560 = zext i8 %1559 to i64, !dbg !271
  %1561 = xor i64 %1556, %1560, !dbg !271
  %1562 = mul i64 %1561, 1099511628211, !dbg !271
  %1563 = add i64 %1562, 151, !dbg !271
  %1564 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1563, ptr %1564, align 8, !dbg !271
  %1565 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1566 = load i64, ptr %1565, align 16, !dbg !271
  %1567 = load ptr, ptr %4, align 8, !dbg !271
  %1568 = getelementptr inbounds i8, ptr %1567, i64 24, !dbg !271
  %1569 = load i8, ptr %1568, align 1, !dbg !271
  %1570 = zext i8 %1569 to i64, !dbg !271
  %1571 = xor i64 %1566, %1570, !dbg !271
  %1572 = mul i64 %1571, 1099511628211, !dbg !271
  %1573 = add i64 %1572, 152, !dbg !271
  %1574 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1573, ptr %1574, align 16, !dbg !271
  %1575 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1576 = load i64, ptr %1575, align 8, !dbg !271
  %1577 = load ptr, ptr %4, align 8, !dbg !271
  %1578 = getelementptr inbounds i8, ptr %1577, i64 25, !dbg !271
  %1579 = load i8, ptr %1578, align 1, !dbg !271
  %1580 = zext i8 %1579 to i64, !dbg !271
  %1581 = xor i64 %1576, %1580, !dbg !271
  %1582 = mul i64 %1581, 1099511628211, !dbg !271
  %1583 = add i64 %1582, 153, !dbg !271
  %1584 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1583, ptr %1584, align 8, !dbg !271
  %1585 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1586 = load i64, ptr %1585, align 16, !dbg !271
  %1587 = load ptr, ptr %4, align 8, !dbg !271
  %1588 = getelementptr inbounds i8, ptr %1587, i64 26, !dbg !271
  %1589 = load i8, ptr %1588, align 1, !dbg !271
  %1590 = zext i8 %1589 to i64, !dbg !271
  %1591 = xor i64 %1586, %1590, !dbg !271
  %1592 = mul i64 %1591, 1099511628211, !dbg !271
  %1593 = add i64 %1592, 154, !dbg !271
  %1594 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1593, ptr %1594, align 16, !dbg !271
  %1595 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1596 = load i64, ptr %1595, align 8, !dbg !271
  %1597 = load ptr, ptr %4, align 8, !dbg !271
  %1598 = getelementptr inbounds i8, ptr %1597, i64 27, !dbg !271
  %1599 = load i8, ptr %1598, align 1, !dbg !271
  %1600 = zext i8 %1599 to i64, !dbg !271
  %1601 = xor i64 %1596, %1600, !dbg !271
  %1602 = mul i64 %1601, 1099511628211, !dbg !271
  %1603 = add i64 %1602, 155, !dbg !271
  %1604 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1603, ptr %1604, align 8, !dbg !271
  %1605 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1606 = load i64, ptr %1605, align 16, !dbg !271
  %1607 = load ptr, ptr %4, align 8, !dbg !271
  %1608 = getelementptr inbounds i8, ptr %1607, i64 28, !dbg !271
  %1609 = load i8, ptr %1608, align 1, !dbg !271
  %1610 = zext i8 %1609 to i64, !dbg !271
  %1611 = xor i64 %1606, %1610, !dbg !271
  %1612 = mul i64 %1611, 1099511628211, !dbg !271
  %1613 = add i64 %1612, 156, !dbg !271
  %1614 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1613, ptr %1614, align 16, !dbg !271
  %1615 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1616 = load i64, ptr %1615, align 8, !dbg !271
  %1617 = load ptr, ptr %4, align 8, !dbg !271
  %1618 = getelementptr inbounds i8, ptr %1617, i64 29, !dbg !271
  %1619 = load i8, ptr %1618, align 1, !dbg !271
  %1620 = zext i8 %1619 to i64, !dbg !271
  %1621 = xor i64 %1616, %1620, !dbg !271
  %1622 = mul i64 %1621, 1099511628211, !dbg !271
  %1623 = add i64 %1622, 157, !dbg !271
  %1624 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1623, ptr %1624, align 8, !dbg !271
  %1625 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1626 = load i64, ptr %1625, align 16, !dbg !271
  %1627 = load ptr, ptr %4, align 8, !dbg !271
  %1628 = getelementptr inbounds i8, ptr %1627, i64 30, !dbg !271
  %1629 = load i8, ptr %1628, align 1, !dbg !271
  %1630 = zext i8 %1629 to i64, !dbg !271
  %1631 = xor i64 %1626, %1630, !dbg !271
  %1632 = mul i64 %1631, 1099511628211, !dbg !271
  %1633 = add i64 %1632, 158, !dbg !271
  %1634 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1633, ptr %1634, align 16, !dbg !271
  %1635 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1636 = load i64, ptr %1635, align 8, !dbg !271
  %1637 = load ptr, ptr %4, align 8, !dbg !271
  %1638 = getelementptr inbounds i8, ptr %1637, i64 31, !dbg !271
  %1639 = load i8, ptr %1638, align 1, !dbg !271
  %1640 = zext i8 %1639 to i64, !dbg !271
  %1641 = xor i64 %1636, %1640, !dbg !271
  %1642 = mul i64 %1641, 1099511628211, !dbg !271
  %1643 = add i64 %1642, 159, !dbg !271
  %1644 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1643, ptr %1644, align 8, !dbg !271
  %1645 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1646 = load i64, ptr %1645, align 16, !dbg !271
  %1647 = load ptr, ptr %4, align 8, !dbg !271
  %1648 = getelementptr inbounds i8, ptr %1647, i64 32, !dbg !271
  %1649 = load i8, ptr %1648, align 1, !dbg !271
  %1650 = zext i8 %1649 to i64, !dbg !271
  %1651 = xor i64 %1646, %1650, !dbg !271
  %1652 = mul i64 %1651, 1099511628211, !dbg !271
  %1653 = add i64 %1652, 160, !dbg !271
  %1654 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1653, ptr %1654, align 16, !dbg !271
  %1655 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1656 = load i64, ptr %1655, align 8, !dbg !271
  %1657 = load ptr, ptr %4, align 8, !dbg !271
  %1658 = getelementptr inbounds i8, ptr %1657, i64 33, !dbg !271
  %1659 = load i8, ptr %1658, align 1, !dbg !271
  %1660 = zext i8 %1659 to i64, !dbg !271
  %1661 = xor i64 %1656, %1660, !dbg !271
  %1662 = mul i64 %1661, 1099511628211, !dbg !271
  %1663 = add i64 %1662, 161, !dbg !271
  %1664 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1663, ptr %1664, align 8, !dbg !271
  %1665 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1666 = load i64, ptr %1665, align 16, !dbg !271
  %1667 = load ptr, ptr %4, align 8, !dbg !271
  %1668 = getelementptr inbounds i8, ptr %1667, i64 34, !dbg !271
  %1669 = load i8, ptr %1668, align 1, !dbg !271
  %1670 = zext i8 %1669 to i64, !dbg !271
  %1671 = xor i64 %1666, %1670, !dbg !271
  %1672 = mul i64 %1671, 1099511628211, !dbg !271
  %1673 = add i64 %1672, 162, !dbg !271
  %1674 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1673, ptr %1674, align 16, !dbg !271
  %1675 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1676 = load i64, ptr %1675, align 8, !dbg !271
  %1677 = load ptr, ptr %4, align 8, !dbg !271
  %1678 = getelementptr inbounds i8, ptr %1677, i64 35, !dbg !271
  %1679 = load i8, ptr %1678, align 1, !dbg !271
  %1680 = zext i8 %1679 to i64, !dbg !271
  %1681 = xor i64 %1676, %1680, !dbg !271
  %1682 = mul i64 %1681, 1099511628211, !dbg !271
  %1683 = add i64 %1682, 163, !dbg !271
  %1684 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1683, ptr %1684, align 8, !dbg !271
  %1685 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1686 = load i64, ptr %1685, align 16, !dbg !271
  %1687 = load ptr, ptr %4, align 8, !dbg !271
  %1688 = getelementptr inbounds i8, ptr %1687, i64 36, !dbg !271
  %1689 = load i8, ptr %1688, align 1, !dbg !271
  %1690 = zext i8 %1689 to i64, !dbg !271
  %1691 = xor i64 %1686, %1690, !dbg !271
  %1692 = mul i64 %1691, 1099511628211, !dbg !271
  %1693 = add i64 %1692, 164, !dbg !271
  %1694 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1693, ptr %1694, align 16, !dbg !271
  %1695 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1696 = load i64, ptr %1695, align 8, !dbg !271
  %1697 = load ptr, ptr %4, align 8, !dbg !271
  %1698 = getelementptr inbounds i8, ptr %1697, i64 37, !dbg !271
  %1699 = load i8, ptr %1698, align 1, !dbg !271
  %1700 = zext i8 %1699 to i64, !dbg !271
  %1701 = xor i64 %1696, %1700, !dbg !271
  %1702 = mul i64 %1701, 1099511628211, !dbg !271
  %1703 = add i64 %1702, 165, !dbg !271
  %1704 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1703, ptr %1704, align 8, !dbg !271
  %1705 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1706 = load i64, ptr %1705, align 16, !dbg !271
  %1707 = load ptr, ptr %4, align 8, !dbg !271
  %1708 = getelementptr inbounds i8, ptr %1707, i64 38, !dbg !271
  %1709 = load i8, ptr %1708, align 1, !dbg !271
  %1710 = zext i8 %1709 to i64, !dbg !271
  %1711 = xor i64 %1706, %1710, !dbg !271
  %1712 = mul i64 %1711, 1099511628211, !dbg !271
  %1713 = add i64 %1712, 166, !dbg !271
  %1714 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1713, ptr %1714, align 16, !dbg !271
  %1715 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1716 = load i64, ptr %1715, align 8, !dbg !271
  %1717 = load ptr, ptr %4, align 8, !dbg !271
  %1718 = getelementptr inbounds i8, ptr %1717, i64 39, !dbg !271
  %1719 = load i8, ptr %1718, align 1, !dbg !271
  %1720 = zext i8 %1719 to i64, !dbg !271
  %1721 = xor i64 %1716, %1720, !dbg !271
  %1722 = mul i64 %1721, 1099511628211, !dbg !271
  %1723 = add i64 %1722, 167, !dbg !271
  %1724 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1723, ptr %1724, align 8, !dbg !271
  %1725 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1726 = load i64, ptr %1725, align 16, !dbg !271
  %1727 = load ptr, ptr %4, align 8, !dbg !271
  %1728 = getelementptr inbounds i8, ptr %1727, i64 40, !dbg !271
  %1729 = load i8, ptr %1728, align 1, !dbg !271
  %1730 = zext i8 %1729 to i64, !dbg !271
  %1731 = xor i64 %1726, %1730, !dbg !271
  %1732 = mul i64 %1731, 1099511628211, !dbg !271
  %1733 = add i64 %1732, 168, !dbg !271
  %1734 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1733, ptr %1734, align 16, !dbg !271
  %1735 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1736 = load i64, ptr %1735, align 8, !dbg !271
  %1737 = load ptr, ptr %4, align 8, !dbg !271
  %1738 = getelementptr inbounds i8, ptr %1737, i64 41, !dbg !271
  %1739 = load i8, ptr %1738, align 1, !dbg !271
  %1740 = zext i8 %1739 to i64, !dbg !271
  %1741 = xor i64 %1736, %1740, !dbg !271
  %1742 = mul i64 %1741, 1099511628211, !dbg !271
  %1743 = add i64 %1742, 169, !dbg !271
  %1744 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1743, ptr %1744, align 8, !dbg !271
  %1745 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1746 = load i64, ptr %1745, align 16, !dbg !271
  %1747 = load ptr, ptr %4, align 8, !dbg !271
  %1748 = getelementptr inbounds i8, ptr %1747, i64 42, !dbg !271
  %1749 = load i8, ptr %1748, align 1, !dbg !271
  %1750 = zext i8 %1749 to i64, !dbg !271
  %1751 = xor i64 %1746, %1750, !dbg !271
  %1752 = mul i64 %1751, 1099511628211, !dbg !271
  %1753 = add i64 %1752, 170, !dbg !271
  %1754 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1753, ptr %1754, align 16, !dbg !271
  %1755 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1756 = load i64, ptr %1755, align 8, !dbg !271
  %1757 = load ptr, ptr %4, align 8, !dbg !271
  %1758 = getelementptr inbounds i8, ptr %1757, i64 43, !dbg !271
  %1759 = load i8, ptr %1758, align 1, !dbg !271
  %1760 = zext i8 %1759 to i64, !dbg !271
  %1761 = xor i64 %1756, %1760, !dbg !271
  %1762 = mul i64 %1761, 1099511628211, !dbg !271
  %1763 = add i64 %1762, 171, !dbg !271
  %1764 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1763, ptr %1764, align 8, !dbg !271
  %1765 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1766 = load i64, ptr %1765, align 16, !dbg !271
  %1767 = load ptr, ptr %4, align 8, !dbg !271
  %1768 = getelementptr inbounds i8, ptr %1767, i64 44, !dbg !271
  %1769 = load i8, ptr %1768, align 1, !dbg !271
  %1770 = zext i8 %1769 to i64, !dbg !271
  %1771 = xor i64 %1766, %1770, !dbg !271
  %1772 = mul i64 %1771, 1099511628211, !dbg !271
  %1773 = add i64 %1772, 172, !dbg !271
  %1774 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1773, ptr %1774, align 16, !dbg !271
  %1775 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1776 = load i64, ptr %1775, align 8, !dbg !271
  %1777 = load ptr, ptr %4, align 8, !dbg !271
  %1778 = getelementptr inbounds i8, ptr %1777, i64 45, !dbg !271
  %1779 = load i8, ptr %1778, align 1, !dbg !271
  %1780 = zext i8 %1779 to i64, !dbg !271
  %1781 = xor i64 %1776, %1780, !dbg !271
  %1782 = mul i64 %1781, 1099511628211, !dbg !271
  %1783 = add i64 %1782, 173, !dbg !271
  %1784 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1783, ptr %1784, align 8, !dbg !271
  %1785 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1786 = load i64, ptr %1785, align 16, !dbg !271
  %1787 = load ptr, ptr %4, align 8, !dbg !271
  %1788 = getelementptr inbounds i8, ptr %1787, i64 46, !dbg !271
  %1789 = load i8, ptr %1788, align 1, !dbg !271
  %1790 = zext i8 %1789 to i64, !dbg !271
  %1791 = xor i64 %1786, %1790, !dbg !271
  %1792 = mul i64 %1791, 1099511628211, !dbg !271
  %1793 = add i64 %1792, 174, !dbg !271
  %1794 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1793, ptr %1794, align 16, !dbg !271
  %1795 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1796 = load i64, ptr %1795, align 8, !dbg !271
  %1797 = load ptr, ptr %4, align 8, !dbg !271
  %1798 = getelementptr inbounds i8, ptr %1797, i64 47, !dbg !271
  %1799 = load i8, ptr %1798, align 1, !dbg !271
  %1800 = zext i8 %1799 to i64, !dbg !271
  %1801 = xor i64 %1796, %1800, !dbg !271
  %1802 = mul i64 %1801, 1099511628211, !dbg !271
  %1803 = add i64 %1802, 175, !dbg !271
  %1804 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1803, ptr %1804, align 8, !dbg !271
  %1805 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1806 = load i64, ptr %1805, align 16, !dbg !271
  %1807 = load ptr, ptr %4, align 8, !dbg !271
  %1808 = getelementptr inbounds i8, ptr %1807, i64 48, !dbg !271
  %1809 = load i8, ptr %1808, align 1, !dbg !271
  %1810 = zext i8 %1809 to i64, !dbg !271
  %1811 = xor i64 %1806, %1810, !dbg !271
  %1812 = mul i64 %1811, 1099511628211, !dbg !271
  %1813 = add i64 %1812, 176, !dbg !271
  %1814 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1813, ptr %1814, align 16, !dbg !271
  %1815 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1816 = load i64, ptr %1815, align 8, !dbg !271
  %1817 = load ptr, ptr %4, align 8, !dbg !271
  %1818 = getelementptr inbounds i8, ptr %1817, i64 49, !dbg !271
  %1819 = load i8, ptr %1818, align 1, !dbg !271
  %1820 = zext i8 %1819 to i64, !dbg !271
  %1821 = xor i64 %1816, %1820, !dbg !271
  %1822 = mul i64 %1821, 1099511628211, !dbg !271
  %1823 = add i64 %1822, 177, !dbg !271
  %1824 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1823, ptr %1824, align 8, !dbg !271
  %1825 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1826 = load i64, ptr %1825, align 16, !dbg !271
  %1827 = load ptr, ptr %4, align 8, !dbg !271
  %1828 = getelementptr inbounds i8, ptr %1827, i64 50, !dbg !271
  %1829 = load i8, ptr %1828, align 1, !dbg !271
  %1830 = zext i8 %1829 to i64, !dbg !271
  %1831 = xor i64 %1826, %1830, !dbg !271
  %1832 = mul i64 %1831, 1099511628211, !dbg !271
  %1833 = add i64 %1832, 178, !dbg !271
  %1834 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1833, ptr %1834, align 16, !dbg !271
  %1835 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1836 = load i64, ptr %1835, align 8, !dbg !271
  %1837 = load ptr, ptr %4, align 8, !dbg !271
  %1838 = getelementptr inbounds i8, ptr %1837, i64 51, !dbg !271
  %1839 = load i8, ptr %1838, align 1, !dbg !271
  %1840 = zext i8 %1839 to i64, !dbg !271
  %1841 = xor i64 %1836, %1840, !dbg !271
  %1842 = mul i64 %1841, 1099511628211, !dbg !271
  %1843 = add i64 %1842, 179, !dbg !271
  %1844 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1843, ptr %1844, align 8, !dbg !271
  %1845 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1846 = load i64, ptr %1845, align 16, !dbg !271
  %1847 = load ptr, ptr %4, align 8, !dbg !271
  %1848 = getelementptr inbounds i8, ptr %1847, i64 52, !dbg !271
  %1849 = load i8, ptr %1848, align 1, !dbg !271
  %1850 = zext i8 %1849 to i64, !dbg !271
  %1851 = xor i64 %1846, %1850, !dbg !271
  %1852 = mul i64 %1851, 1099511628211, !dbg !271
  %1853 = add i64 %1852, 180, !dbg !271
  %1854 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1853, ptr %1854, align 16, !dbg !271
  %1855 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1856 = load i64, ptr %1855, align 8, !dbg !271
  %1857 = load ptr, ptr %4, align 8, !dbg !271
  %1858 = getelementptr inbounds i8, ptr %1857, i64 53, !dbg !271
  %1859 = load i8, ptr %1858, align 1, !dbg !271
  %1860 = zext i8 %1859 to i64, !dbg !271
  %1861 = xor i64 %1856, %1860, !dbg !271
  %1862 = mul i64 %1861, 1099511628211, !dbg !271
  %1863 = add i64 %1862, 181, !dbg !271
  %1864 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1863, ptr %1864, align 8, !dbg !271
  %1865 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1866 = load i64, ptr %1865, align 16, !dbg !271
  %1867 = load ptr, ptr %4, align 8, !dbg !271
  %1868 = getelementptr inbounds i8, ptr %1867, i64 54, !dbg !271
  %1869 = load i8, ptr %1868, align 1, !dbg !271
  %1870 = zext i8 %1869 to i64, !dbg !271
  %1871 = xor i64 %1866, %1870, !dbg !271
  %1872 = mul i64 %1871, 1099511628211, !dbg !271
  %1873 = add i64 %1872, 182, !dbg !271
  %1874 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1873, ptr %1874, align 16, !dbg !271
  %1875 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1876 = load i64, ptr %1875, align 8, !dbg !271
  %1877 = load ptr, ptr %4, align 8, !dbg !271
  %1878 = getelementptr inbounds i8, ptr %1877, i64 55, !dbg !271
  %1879 = load i8, ptr %1878, align 1, !dbg !271
  %1880 = zext i8 %1879 to i64, !dbg !271
  %1881 = xor i64 %1876, %1880, !dbg !271
  %1882 = mul i64 %1881, 1099511628211, !dbg !271
  %1883 = add i64 %1882, 183, !dbg !271
  %1884 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1883, ptr %1884, align 8, !dbg !271
  %1885 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  %1886 = load i64, ptr %1885, align 16, !dbg !271
  %1887 = load ptr, ptr %4, align 8, !dbg !271
  %1888 = getelementptr inbounds i8, ptr %1887, i64 56, !dbg !271
  %1889 = load i8, ptr %1888, align 1, !dbg !271
  %1890 = zext i8 %1889 to i64, !dbg !271
  %1891 = xor i64 %1886, %1890, !dbg !271
  %1892 = mul i64 %1891, 1099511628211, !dbg !271
  %1893 = add i64 %1892, 184, !dbg !271
  %1894 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !271
  store i64 %1893, ptr %1894, align 16, !dbg !271
  %1895 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  %1896 = load i64, ptr %1895, align 8, !dbg !271
  %1897 = load ptr, ptr %4, align 8, !dbg !271
  %1898 = getelementptr inbounds i8, ptr %1897, i64 57, !dbg !271
  %1899 = load i8, ptr %1898, align 1, !dbg !271
  %1900 = zext i8 %1899 to i64, !dbg !271
  %1901 = xor i64 %1896, %1900, !dbg !271
  %1902 = mul i64 %1901, 1099511628211, !dbg !271
  %1903 = add i64 %1902, 185, !dbg !271
  %1904 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !271
  store i64 %1903, ptr %1904, align 8, !dbg !271
  %1905 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  %1906 = load i64, ptr %1905, align 16, !dbg !271
  %1907 = load ptr, ptr %4, align 8, !dbg !271
  %1908 = getelementptr inbounds i8, ptr %1907, i64 58, !dbg !271
  %1909 = load i8, ptr %1908, align 1, !dbg !271
  %1910 = zext i8 %1909 to i64, !dbg !271
  %1911 = xor i64 %1906, %1910, !dbg !271
  %1912 = mul i64 %1911, 1099511628211, !dbg !271
  %1913 = add i64 %1912, 186, !dbg !271
  %1914 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !271
  store i64 %1913, ptr %1914, align 16, !dbg !271
  %1915 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  %1916 = load i64, ptr %1915, align 8, !dbg !271
  %1917 = load ptr, ptr %4, align 8, !dbg !271
  %1918 = getelementptr inbounds i8, ptr %1917, i64 59, !dbg !271
  %1919 = load i8, ptr %1918, align 1, !dbg !271
  %1920 = zext i8 %1919 to i64, !dbg !271
  %1921 = xor i64 %1916, %1920, !dbg !271
  %1922 = mul i64 %1921, 1099511628211, !dbg !271
  %1923 = add i64 %1922, 187, !dbg !271
  %1924 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !271
  store i64 %1923, ptr %1924, align 8, !dbg !271
  %1925 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  %1926 = load i64, ptr %1925, align 16, !dbg !271
  %1927 = load ptr, ptr %4, align 8, !dbg !271
  %1928 = getelementptr inbounds i8, ptr %1927, i64 60, !dbg !271
  %1929 = load i8, ptr %1928, align 1, !dbg !271
  %1930 = zext i8 %1929 to i64, !dbg !271
  %1931 = xor i64 %1926, %1930, !dbg !271
  %1932 = mul i64 %1931, 1099511628211, !dbg !271
  %1933 = add i64 %1932, 188, !dbg !271
  %1934 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !271
  store i64 %1933, ptr %1934, align 16, !dbg !271
  %1935 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  %1936 = load i64, ptr %1935, align 8, !dbg !271
  %1937 = load ptr, ptr %4, align 8, !dbg !271
  %1938 = getelementptr inbounds i8, ptr %1937, i64 61, !dbg !271
  %1939 = load i8, ptr %1938, align 1, !dbg !271
  %1940 = zext i8 %1939 to i64, !dbg !271
  %1941 = xor i64 %1936, %1940, !dbg !271
  %1942 = mul i64 %1941, 1099511628211, !dbg !271
  %1943 = add i64 %1942, 189, !dbg !271
  %1944 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !271
  store i64 %1943, ptr %1944, align 8, !dbg !271
  %1945 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  %1946 = load i64, ptr %1945, align 16, !dbg !271
  %1947 = load ptr, ptr %4, align 8, !dbg !271
  %1948 = getelementptr inbounds i8, ptr %1947, i64 62, !dbg !271
  %1949 = load i8, ptr %1948, align 1, !dbg !271
  %1950 = zext i8 %1949 to i64, !dbg !271
  %1951 = xor i64 %1946, %1950, !dbg !271
  %1952 = mul i64 %1951, 1099511628211, !dbg !271
  %1953 = add i64 %1952, 190, !dbg !271
  %1954 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !271
  store i64 %1953, ptr %1954, align 16, !dbg !271
  %1955 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  %1956 = load i64, ptr %1955, align 8, !dbg !271
  %1957 = load ptr, ptr %4, align 8, !dbg !271
  %1958 = getelementptr inbounds i8, ptr %1957, i64 63, !dbg !271
  %1959 = load i8, ptr %1958, align 1, !dbg !271
  %1960 = zext i8 %1959 to i64, !dbg !271
  %1961 = xor i64 %1956, %1960, !dbg !271
  %1962 = mul i64 %1961, 1099511628211, !dbg !271
  %1963 = add i64 %1962, 191, !dbg !271
  %1964 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !271
  store i64 %1963, ptr %1964, align 8, !dbg !271
  %1965 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %1966 = load i64, ptr %1965, align 16, !dbg !272
  %1967 = load ptr, ptr %4, align 8, !dbg !272
  %1968 = getelementptr inbounds i8, ptr %1967, i64 0, !dbg !272
  %1969 = load i8, ptr %1968, align 1, !dbg !272
  %1970 = zext i8 %1969 to i64, !dbg !272
  %1971 = xor i64 %1966, %1970, !dbg !272
  %1972 = mul i64 %1971, 1099511628211, !dbg !272
  %1973 = add i64 %1972, 192, !dbg !272
  %1974 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %1973, ptr %1974, align 16, !dbg !272
  %1975 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %1976 = load i64, ptr %1975, align 8, !dbg !272
  %1977 = load ptr, ptr %4, align 8, !dbg !272
  %1978 = getelementptr inbounds i8, ptr %1977, i64 1, !dbg !272
  %1979 = load i8, ptr %1978, align 1, !dbg !272
  %1980 = zext i8 %1979 to i64, !dbg !272
  %1981 = xor i64 %1976, %1980, !dbg !272
  %1982 = mul i64 %1981, 1099511628211, !dbg !272
  %1983 = add i64 %1982, 193, !dbg !272
  %1984 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %1983, ptr %1984, align 8, !dbg !272
  %1985 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %1986 = load i64, ptr %1985, align 16, !dbg !272
  %1987 = load ptr, ptr %4, align 8, !dbg !272
  %1988 = getelementptr inbounds i8, ptr %1987, i64 2, !dbg !272
  %1989 = load i8, ptr %1988, align 1, !dbg !272
  %1990 = zext i8 %1989 to i64, !dbg !272
  %1991 = xor i64 %1986, %1990, !dbg !272
  %1992 = mul i64 %1991, 1099511628211, !dbg !272
  %1993 = add i64 %1992, 194, !dbg !272
  %1994 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %1993, ptr %1994, align 16, !dbg !272
  %1995 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %1996 = load i64, ptr %1995, align 8, !dbg !272
  %1997 = load ptr, ptr %4, align 8, !dbg !272
  %1998 = getelementptr inbounds i8, ptr %1997, i64 3, !dbg !272
  %1999 = load i8, ptr %1998, align 1, !dbg !272
  %2000 = zext i8 %1999 to i64, !dbg !272
  %2001 = xor i64 %1996, %2000, !dbg !272
  %2002 = mul i64 %2001, 1099511628211, !dbg !272
  %2003 = add i64 %2002, 195, !dbg !272
  %2004 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2003, ptr %2004, align 8, !dbg !272
  %2005 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2006 = load i64, ptr %2005, align 16, !dbg !272
  %2007 = load ptr, ptr %4, align 8, !dbg !272
  %2008 = getelementptr inbounds i8, ptr %2007, i64 4, !dbg !272
  %2009 = load i8, ptr %2008, align 1, !dbg !272
  %2010 = zext i8 %2009 to i64, !dbg !272
  %2011 = xor i64 %2006, %2010, !dbg !272
  %2012 = mul i64 %2011, 1099511628211, !dbg !272
  %2013 = add i64 %2012, 196, !dbg !272
  %2014 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2013, ptr %2014, align 16, !dbg !272
  %2015 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2016 = load i64, ptr %2015, align 8, !dbg !272
  %2017 = load ptr, ptr %4, align 8, !dbg !272
  %2018 = getelementptr inbounds i8, ptr %2017, i64 5, !dbg !272
  %2019 = load i8, ptr %2018, align 1, !dbg !272
  %2020 = zext i8 %2019 to i64, !dbg !272
  %2021 = xor i64 %2016, %2020, !dbg !272
  %2022 = mul i64 %2021, 1099511628211, !dbg !272
  %2023 = add i64 %2022, 197, !dbg !272
  %2024 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2023, ptr %2024, align 8, !dbg !272
  %2025 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2026 = load i64, ptr %2025, align 16, !dbg !272
  %2027 = load ptr, ptr %4, align 8, !dbg !272
  %2028 = getelementptr inbounds i8, ptr %2027, i64 6, !dbg !272
  %2029 = load i8, ptr %2028, align 1, !dbg !272
  %2030 = zext i8 %2029 to i64, !dbg !272
  %2031 = xor i64 %2026, %2030, !dbg !272
  %2032 = mul i64 %2031, 1099511628211, !dbg !272
  %2033 = add i64 %2032, 198, !dbg !272
  %2034 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2033, ptr %2034, align 16, !dbg !272
  %2035 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2036 = load i64, ptr %2035, align 8, !dbg !272
  %2037 = load ptr, ptr %4, align 8, !dbg !272
  %2038 = getelementptr inbounds i8, ptr %2037, i64 7, !dbg !272
  %2039 = load i8, ptr %2038, align 1, !dbg !272
  %2040 = zext i8 %2039 to i64, !dbg !272
  %2041 = xor i64 %2036, %2040, !dbg !272
  %2042 = mul i64 %2041, 1099511628211, !dbg !272
  %2043 = add i64 %2042, 199, !dbg !272
  %2044 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2043, ptr %2044, align 8, !dbg !272
  %2045 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2046 = load i64, ptr %2045, align 16, !dbg !272
  %2047 = load ptr, ptr %4, align 8, !dbg !272
  %2048 = getelementptr inbounds i8, ptr %2047, i64 8, !dbg !272
  %2049 = load i8, ptr %2048, align 1, !dbg !272
  %2050 = zext i8 %2049 to i64, !dbg !272
  %2051 = xor i64 %2046, %2050, !dbg !272
  %2052 = mul i64 %2051, 1099511628211, !dbg !272
  %2053 = add i64 %2052, 200, !dbg !272
  %2054 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2053, ptr %2054, align 16, !dbg !272
  %2055 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2056 = load i64, ptr %2055, align 8, !dbg !272
  %2057 = load ptr, ptr %4, align 8, !dbg !272
  %2058 = getelementptr inbounds i8, ptr %2057, i64 9, !dbg !272
  %2059 = load i8, ptr %2058, align 1, !dbg !272
  %2060 = zext i8 %2059 to i64, !dbg !272
  %2061 = xor i64 %2056, %2060, !dbg !272
  %2062 = mul i64 %2061, 1099511628211, !dbg !272
  %2063 = add i64 %2062, 201, !dbg !272
  %2064 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2063, ptr %2064, align 8, !dbg !272
  %2065 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2066 = load i64, ptr %2065, align 16, !dbg !272
  %2067 = load ptr, ptr %4, align 8, !dbg !272
  %2068 = getelementptr inbounds i8, ptr %2067, i64 10, !dbg !272
  %2069 = load i8, ptr %2068, align 1, !dbg !272
  %2070 = zext i8 %2069 to i64, !dbg !272
  %2071 = xor i64 %2066, %2070, !dbg !272
  %2072 = mul i64 %2071, 1099511628211, !dbg !272
  %2073 = add i64 %2072, 202, !dbg !272
  %2074 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2073, ptr %2074, align 16, !dbg !272
  %2075 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2076 = load i64, ptr %2075, align 8, !dbg !272
  %2077 = load ptr, ptr %4, align 8, !dbg !272
  %2078 = getelementptr inbounds i8, ptr %2077, i64 11, !dbg !272
  %2079 = load i8, ptr %2078, align 1, !dbg !272
  %2080 = zext i8 %2079 to i64, !dbg !272
  %2081 = xor i64 %2076, %2080, !dbg !272
  %2082 = mul i64 %2081, 1099511628211, !dbg !272
  %2083 = add i64 %2082, 203, !dbg !272
  %2084 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2083, ptr %2084, align 8, !dbg !272
  %2085 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2086 = load i64, ptr %2085, align 16, !dbg !272
  %2087 = load ptr, ptr %4, align 8, !dbg !272
  %2088 = getelementptr inbounds i8, ptr %2087, i64 12, !dbg !272
  %2089 = load i8, ptr %2088, align 1, !dbg !272
  %2090 = zext i8 %2089 to i64, !dbg !272
  %2091 = xor i64 %2086, %2090, !dbg !272
  %2092 = mul i64 %2091, 1099511628211, !dbg !272
  %2093 = add i64 %2092, 204, !dbg !272
  %2094 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2093, ptr %2094, align 16, !dbg !272
  %2095 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2096 = load i64, ptr %2095, align 8, !dbg !272
  %2097 = load ptr, ptr %4, align 8, !dbg !272
  %2098 = getelementptr inbounds i8, ptr %2097, i64 13, !dbg !272
  %2099 = load i8, ptr %2098, align 1, !dbg !272
  %2100 = zext i8 %2099 to i64, !dbg !272
  %2101 = xor i64 %2096, %2100, !dbg !272
  %2102 = mul i64 %2101, 1099511628211, !dbg !272
  %2103 = add i64 %2102, 205, !dbg !272
  %2104 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2103, ptr %2104, align 8, !dbg !272
  %2105 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2106 = load i64, ptr %2105, align 16, !dbg !272
  %2107 = load ptr, ptr %4, align 8, !dbg !272
  %2108 = getelementptr inbounds i8, ptr %2107, i64 14, !dbg !272
  %2109 = load i8, ptr %2108, align 1, !dbg !272
  %2110 = zext i8 %2109 to i64, !dbg !272
  %2111 = xor i64 %2106, %2110, !dbg !272
  %2112 = mul i64 %2111, 1099511628211, !dbg !272
  %2113 = add i64 %2112, 206, !dbg !272
  %2114 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2113, ptr %2114, align 16, !dbg !272
  %2115 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2116 = load i64, ptr %2115, align 8, !dbg !272
  %2117 = load ptr, ptr %4, align 8, !dbg !272
  %2118 = getelementptr inbounds i8, ptr %2117, i64 15, !dbg !272
  %2119 = load i8, ptr %2118, align 1, !dbg !272
  %2120 = zext i8 %2119 to i64, !dbg !272
  %2121 = xor i64 %2116, %2120, !dbg !272
  %2122 = mul i64 %2121, 1099511628211, !dbg !272
  %2123 = add i64 %2122, 207, !dbg !272
  %2124 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2123, ptr %2124, align 8, !dbg !272
  %2125 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2126 = load i64, ptr %2125, align 16, !dbg !272
  %2127 = load ptr, ptr %4, align 8, !dbg !272
  %2128 = getelementptr inbounds i8, ptr %2127, i64 16, !dbg !272
  %2129 = load i8, ptr %2128, align 1, !dbg !272
  %2130 = zext i8 %2129 to i64, !dbg !272
  %2131 = xor i64 %2126, %2130, !dbg !272
  %2132 = mul i64 %2131, 1099511628211, !dbg !272
  %2133 = add i64 %2132, 208, !dbg !272
  %2134 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2133, ptr %2134, align 16, !dbg !272
  %2135 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2136 = load i64, ptr %2135, align 8, !dbg !272
  %2137 = load ptr, ptr %4, align 8, !dbg !272
  %2138 = getelementptr inbounds i8, ptr %2137, i64 17, !dbg !272
  %2139 = load i8, ptr %2138, align 1, !dbg !272
  %2140 = zext i8 %2139 to i64, !dbg !272
  %2141 = xor i64 %2136, %2140, !dbg !272
  %2142 = mul i64 %2141, 1099511628211, !dbg !272
  %2143 = add i64 %2142, 209, !dbg !272
  %2144 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2143, ptr %2144, align 8, !dbg !272
  %2145 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2146 = load i64, ptr %2145, align 16, !dbg !272
  %2147 = load ptr, ptr %4, align 8, !dbg !272
  %2148 = getelementptr inbounds i8, ptr %2147, i64 18, !dbg !272
  %2149 = load i8, ptr %2148, align 1, !dbg !272
  %2150 = zext i8 %2149 to i64, !dbg !272
  %2151 = xor i64 %2146, %2150, !dbg !272
  %2152 = mul i64 %2151, 1099511628211, !dbg !272
  %2153 = add i64 %2152, 210, !dbg !272
  %2154 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2153, ptr %2154, align 16, !dbg !272
  %2155 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2156 = load i64, ptr %2155, align 8, !dbg !272
  %2157 = load ptr, ptr %4, align 8, !dbg !272
  %2158 = getelementptr inbounds i8, ptr %2157, i64 19, !dbg !272
  %2159 = load i8, ptr %2158, align 1, !dbg !272
  %2160 = zext i8 %2159 to i64, !dbg !272
  %2161 = xor i64 %2156, %2160, !dbg !272
  %2162 = mul i64 %2161, 1099511628211, !dbg !272
  %2163 = add i64 %2162, 211, !dbg !272
  %2164 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2163, ptr %2164, align 8, !dbg !272
  %2165 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2166 = load i64, ptr %2165, align 16, !dbg !272
  %2167 = load ptr, ptr %4, align 8, !dbg !272
  %2168 = getelementptr inbounds i8, ptr %2167, i64 20, !dbg !272
  %2169 = load i8, ptr %2168, align 1, !dbg !272
  %2170 = zext i8 %2169 to i64, !dbg !272
  %2171 = xor i64 %2166, %2170, !dbg !272
  %2172 = mul i64 %2171, 1099511628211, !dbg !272
  %2173 = add i64 %2172, 212, !dbg !272
  %2174 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2173, ptr %2174, align 16, !dbg !272
  %2175 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2176 = load i64, ptr %2175, align 8, !dbg !272
  %2177 = load ptr, ptr %4, align 8, !dbg !272
  %2178 = getelementptr inbounds i8, ptr %2177, i64 21, !dbg !272
  %2179 = load i8, ptr %2178, align 1, !dbg !272
  %2180 = zext i8 %2179 to i64, !dbg !272
  %2181 = xor i64 %2176, %2180, !dbg !272
  %2182 = mul i64 %2181, 1099511628211, !dbg !272
  %2183 = add i64 %2182, 213, !dbg !272
  %2184 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2183, ptr %2184, align 8, !dbg !272
  %2185 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2186 = load i64, ptr %2185, align 16, !dbg !272
  %2187 = load ptr, ptr %4, align 8, !dbg !272
  %2188 = getelementptr inbounds i8, ptr %2187, i64 22, !dbg !272
  %2189 = load i8, ptr %2188, align 1, !dbg !272
  %2190 = zext i8 %2189 to i64, !dbg !272
  %2191 = xor i64 %2186, %2190, !dbg !272
  %2192 = mul i64 %2191, 1099511628211, !dbg !272
  %2193 = add i64 %2192, 214, !dbg !272
  %2194 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2193, ptr %2194, align 16, !dbg !272
  %2195 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2196 = load i64, ptr %2195, align 8, !dbg !272
  %2197 = load ptr, ptr %4, align 8, !dbg !272
  %2198 = getelementptr inbounds i8, ptr %2197, i64 23, !dbg !272
  %2199 = load i8, ptr %2198, align 1, !dbg !272
  %2200 = zext i8 %2199 to i64, !dbg !272
  %2201 = xor i64 %2196, %2200, !dbg !272
  %2202 = mul i64 %2201, 1099511628211, !dbg !272
  %2203 = add i64 %2202, 215, !dbg !272
  %2204 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2203, ptr %2204, align 8, !dbg !272
  %2205 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2206 = load i64, ptr %2205, align 16, !dbg !272
  %2207 = load ptr, ptr %4, align 8, !dbg !272
  %2208 = getelementptr inbounds i8, ptr %2207, i64 24, !dbg !272
  %2209 = load i8, ptr %2208, align 1, !dbg !272
  %2210 = zext i8 %2209 to i64, !dbg !272
  %2211 = xor i64 %2206, %2210, !dbg !272
  %2212 = mul i64 %2211, 1099511628211, !dbg !272
  %2213 = add i64 %2212, 216, !dbg !272
  %2214 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2213, ptr %2214, align 16, !dbg !272
  %2215 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2216 = load i64, ptr %2215, align 8, !dbg !272
  %2217 = load ptr, ptr %4, align 8, !dbg !272
  %2218 = getelementptr inbounds i8, ptr %2217, i64 25, !dbg !272
  %2219 = load i8, ptr %2218, align 1, !dbg !272
  %2220 = zext i8 %2219 to i64, !dbg !272
  %2221 = xor i64 %2216, %2220, !dbg !272
  %2222 = mul i64 %2221, 1099511628211, !dbg !272
  %2223 = add i64 %2222, 217, !dbg !272
  %2224 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2223, ptr %2224, align 8, !dbg !272
  %2225 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2226 = load i64, ptr %2225, align 16, !dbg !272
  %2227 = load ptr, ptr %4, align 8, !dbg !272
  %2228 = getelementptr inbounds i8, ptr %2227, i64 26, !dbg !272
  %2229 = load i8, ptr %2228, align 1, !dbg !272
  %2230 = zext i8 %2229 to i64, !dbg !272
  %2231 = xor i64 %2226, %2230, !dbg !272
  %2232 = mul i64 %2231, 1099511628211, !dbg !272
  %2233 = add i64 %2232, 218, !dbg !272
  %2234 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2233, ptr %2234, align 16, !dbg !272
  %2235 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2236 = load i64, ptr %2235, align 8, !dbg !272
  %2237 = load ptr, ptr %4, align 8, !dbg !272
  %2238 = getelementptr inbounds i8, ptr %2237, i64 27, !dbg !272
  %2239 = load i8, ptr %2238, align 1, !dbg !272
  %2240 = zext i8 %2239 to i64, !dbg !272
  %2241 = xor i64 %2236, %2240, !dbg !272
  %2242 = mul i64 %2241, 1099511628211, !dbg !272
  %2243 = add i64 %2242, 219, !dbg !272
  %2244 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2243, ptr %2244, align 8, !dbg !272
  %2245 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2246 = load i64, ptr %2245, align 16, !dbg !272
  %2247 = load ptr, ptr %4, align 8, !dbg !272
  %2248 = getelementptr inbounds i8, ptr %2247, i64 28, !dbg !272
  %2249 = load i8, ptr %2248, align 1, !dbg !272
  %2250 = zext i8 %2249 to i64, !dbg !272
  %2251 = xor i64 %2246, %2250, !dbg !272
  %2252 = mul i64 %2251, 1099511628211, !dbg !272
  %2253 = add i64 %2252, 220, !dbg !272
  %2254 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2253, ptr %2254, align 16, !dbg !272
  %2255 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2256 = load i64, ptr %2255, align 8, !dbg !272
  %2257 = load ptr, ptr %4, align 8, !dbg !272
  %2258 = getelementptr inbounds i8, ptr %2257, i64 29, !dbg !272
  %2259 = load i8, ptr %2258, align 1, !dbg !272
  %2260 = zext i8 %2259 to i64, !dbg !272
  %2261 = xor i64 %2256, %2260, !dbg !272
  %2262 = mul i64 %2261, 1099511628211, !dbg !272
  %2263 = add i64 %2262, 221, !dbg !272
  %2264 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2263, ptr %2264, align 8, !dbg !272
  %2265 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2266 = load i64, ptr %2265, align 16, !dbg !272
  %2267 = load ptr, ptr %4, align 8, !dbg !272
  %2268 = getelementptr inbounds i8, ptr %2267, i64 30, !dbg !272
  %2269 = load i8, ptr %2268, align 1, !dbg !272
  %2270 = zext i8 %2269 to i64, !dbg !272
  %2271 = xor i64 %2266, %2270, !dbg !272
  %2272 = mul i64 %2271, 1099511628211, !dbg !272
  %2273 = add i64 %2272, 222, !dbg !272
  %2274 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2273, ptr %2274, align 16, !dbg !272
  %2275 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2276 = load i64, ptr %2275, align 8, !dbg !272
  %2277 = load ptr, ptr %4, align 8, !dbg !272
  %2278 = getelementptr inbounds i8, ptr %2277, i64 31, !dbg !272
  %2279 = load i8, ptr %2278, align 1, !dbg !272
  %2280 = zext i8 %2279 to i64, !dbg !272
  %2281 = xor i64 %2276, %2280, !dbg !272
  %2282 = mul i64 %2281, 1099511628211, !dbg !272
  %2283 = add i64 %2282, 223, !dbg !272
  %2284 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2283, ptr %2284, align 8, !dbg !272
  %2285 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2286 = load i64, ptr %2285, align 16, !dbg !272
  %2287 = load ptr, ptr %4, align 8, !dbg !272
  %2288 = getelementptr inbounds i8, ptr %2287, i64 32, !dbg !272
  %2289 = load i8, ptr %2288, align 1, !dbg !272
  %2290 = zext i8 %2289 to i64, !dbg !272
  %2291 = xor i64 %2286, %2290, !dbg !272
  %2292 = mul i64 %2291, 1099511628211, !dbg !272
  %2293 = add i64 %2292, 224, !dbg !272
  %2294 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2293, ptr %2294, align 16, !dbg !272
  %2295 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2296 = load i64, ptr %2295, align 8, !dbg !272
  %2297 = load ptr, ptr %4, align 8, !dbg !272
  %2298 = getelementptr inbounds i8, ptr %2297, i64 33, !dbg !272
  %2299 = load i8, ptr %2298, align 1, !dbg !272
  %2300 = zext i8 %2299 to i64, !dbg !272
  %2301 = xor i64 %2296, %2300, !dbg !272
  %2302 = mul i64 %2301, 1099511628211, !dbg !272
  %2303 = add i64 %2302, 225, !dbg !272
  %2304 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2303, ptr %2304, align 8, !dbg !272
  %2305 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2306 = load i64, ptr %2305, align 16, !dbg !272
  %2307 = load ptr, ptr %4, align 8, !dbg !272
  %2308 = getelementptr inbounds i8, ptr %2307, i64 34, !dbg !272
  %2309 = load i8, ptr %2308, align 1, !dbg !272
  %2310 = zext i8 %2309 to i64, !dbg !272
  %2311 = xor i64 %2306, %2310, !dbg !272
  %2312 = mul i64 %2311, 1099511628211, !dbg !272
  %2313 = add i64 %2312, 226, !dbg !272
  %2314 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2313, ptr %2314, align 16, !dbg !272
  %2315 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2316 = load i64, ptr %2315, align 8, !dbg !272
  %2317 = load ptr, ptr %4, align 8, !dbg !272
  %2318 = getelementptr inbounds i8, ptr %2317, i64 35, !dbg !272
  %2319 = load i8, ptr %2318, align 1, !dbg !272
  %2320 = zext i8 %2319 to i64, !dbg !272
  %2321 = xor i64 %2316, %2320, !dbg !272
  %2322 = mul i64 %2321, 1099511628211, !dbg !272
  %2323 = add i64 %2322, 227, !dbg !272
  %2324 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2323, ptr %2324, align 8, !dbg !272
  %2325 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2326 = load i64, ptr %2325, align 16, !dbg !272
  %2327 = load ptr, ptr %4, align 8, !dbg !272
  %2328 = getelementptr inbounds i8, ptr %2327, i64 36, !dbg !272
  %2329 = load i8, ptr %2328, align 1, !dbg !272
  %2330 = zext i8 %2329 to i64, !dbg !272
  %2331 = xor i64 %2326, %2330, !dbg !272
  %2332 = mul i64 %2331, 1099511628211, !dbg !272
  %2333 = add i64 %2332, 228, !dbg !272
  %2334 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2333, ptr %2334, align 16, !dbg !272
  %2335 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2336 = load i64, ptr %2335, align 8, !dbg !272
  %2337 = load ptr, ptr %4, align 8, !dbg !272
  %2338 = getelementptr inbounds i8, ptr %2337, i64 37, !dbg !272
  %2339 = load i8, ptr %2338, align 1, !dbg !272
  %2340 = zext i8 %2339 to i64, !dbg !272
  %2341 = xor i64 %2336, %2340, !dbg !272
  %2342 = mul i64 %2341, 1099511628211, !dbg !272
  %2343 = add i64 %2342, 229, !dbg !272
  %2344 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2343, ptr %2344, align 8, !dbg !272
  %2345 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2346 = load i64, ptr %2345, align 16, !dbg !272
  %2347 = load ptr, ptr %4, align 8, !dbg !272
  %2348 = getelementptr inbounds i8, ptr %2347, i64 38, !dbg !272
  %2349 = load i8, ptr %2348, align 1, !dbg !272
  %2350 = zext i8 %2349 to i64, !dbg !272
  %2351 = xor i64 %2346, %2350, !dbg !272
  %2352 = mul i64 %2351, 1099511628211, !dbg !272
  %2353 = add i64 %2352, 230, !dbg !272
  %2354 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2353, ptr %2354, align 16, !dbg !272
  %2355 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2356 = load i64, ptr %2355, align 8, !dbg !272
  %2357 = load ptr, ptr %4, align 8, !dbg !272
  %2358 = getelementptr inbounds i8, ptr %2357, i64 39, !dbg !272
  %2359 = load i8, ptr %2358, align 1, !dbg !272
  %2360 = zext i8 %2359 to i64, !dbg !272
  %2361 = xor i64 %2356, %2360, !dbg !272
  %2362 = mul i64 %2361, 1099511628211, !dbg !272
  %2363 = add i64 %2362, 231, !dbg !272
  %2364 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2363, ptr %2364, align 8, !dbg !272
  %2365 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2366 = load i64, ptr %2365, align 16, !dbg !272
  %2367 = load ptr, ptr %4, align 8, !dbg !272
  %2368 = getelementptr inbounds i8, ptr %2367, i64 40, !dbg !272
  %2369 = load i8, ptr %2368, align 1, !dbg !272
  %2370 = zext i8 %2369 to i64, !dbg !272
  %2371 = xor i64 %2366, %2370, !dbg !272
  %2372 = mul i64 %2371, 1099511628211, !dbg !272
  %2373 = add i64 %2372, 232, !dbg !272
  %2374 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2373, ptr %2374, align 16, !dbg !272
  %2375 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2376 = load i64, ptr %2375, align 8, !dbg !272
  %2377 = load ptr, ptr %4, align 8, !dbg !272
  %2378 = getelementptr inbounds i8, ptr %2377, i64 41, !dbg !272
  %2379 = load i8, ptr %2378, align 1, !dbg !272
  %2380 = zext i8 %2379 to i64, !dbg !272
  %2381 = xor i64 %2376, %2380, !dbg !272
  %2382 = mul i64 %2381, 1099511628211, !dbg !272
  %2383 = add i64 %2382, 233, !dbg !272
  %2384 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2383, ptr %2384, align 8, !dbg !272
  %2385 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2386 = load i64, ptr %2385, align 16, !dbg !272
  %2387 = load ptr, ptr %4, align 8, !dbg !272
  %2388 = getelementptr inbounds i8, ptr %2387, i64 42, !dbg !272
  %2389 = load i8, ptr %2388, align 1, !dbg !272
  %2390 = zext i8 %2389 to i64, !dbg !272
  %2391 = xor i64 %2386, %2390, !dbg !272
  %2392 = mul i64 %2391, 1099511628211, !dbg !272
  %2393 = add i64 %2392, 234, !dbg !272
  %2394 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2393, ptr %2394, align 16, !dbg !272
  %2395 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2396 = load i64, ptr %2395, align 8, !dbg !272
  %2397 = load ptr, ptr %4, align 8, !dbg !272
  %2398 = getelementptr inbounds i8, ptr %2397, i64 43, !dbg !272
  %2399 = load i8, ptr %2398, align 1, !dbg !272
  %2400 = zext i8 %2399 to i64, !dbg !272
  %2401 = xor i64 %2396, %2400, !dbg !272
  %2402 = mul i64 %2401, 1099511628211, !dbg !272
  %2403 = add i64 %2402, 235, !dbg !272
  %2404 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2403, ptr %2404, align 8, !dbg !272
  %2405 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2406 = load i64, ptr %2405, align 16, !dbg !272
  %2407 = load ptr, ptr %4, align 8, !dbg !272
  %2408 = getelementptr inbounds i8, ptr %2407, i64 44, !dbg !272
  %2409 = load i8, ptr %2408, align 1, !dbg !272
  %2410 = zext i8 %2409 to i64, !dbg !272
  %2411 = xor i64 %2406, %2410, !dbg !272
  %2412 = mul i64 %2411, 1099511628211, !dbg !272
  %2413 = add i64 %2412, 236, !dbg !272
  %2414 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2413, ptr %2414, align 16, !dbg !272
  %2415 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2416 = load i64, ptr %2415, align 8, !dbg !272
  %2417 = load ptr, ptr %4, align 8, !dbg !272
  %2418 = getelementptr inbounds i8, ptr %2417, i64 45, !dbg !272
  %2419 = load i8, ptr %2418, align 1, !dbg !272
  %2420 = zext i8 %2419 to i64, !dbg !272
  %2421 = xor i64 %2416, %2420, !dbg !272
  %2422 = mul i64 %2421, 1099511628211, !dbg !272
  %2423 = add i64 %2422, 237, !dbg !272
  %2424 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2423, ptr %2424, align 8, !dbg !272
  %2425 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2426 = load i64, ptr %2425, align 16, !dbg !272
  %2427 = load ptr, ptr %4, align 8, !dbg !272
  %2428 = getelementptr inbounds i8, ptr %2427, i64 46, !dbg !272
  %2429 = load i8, ptr %2428, align 1, !dbg !272
  %2430 = zext i8 %2429 to i64, !dbg !272
  %2431 = xor i64 %2426, %2430, !dbg !272
  %2432 = mul i64 %2431, 1099511628211, !dbg !272
  %2433 = add i64 %2432, 238, !dbg !272
  %2434 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2433, ptr %2434, align 16, !dbg !272
  %2435 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2436 = load i64, ptr %2435, align 8, !dbg !272
  %2437 = load ptr, ptr %4, align 8, !dbg !272
  %2438 = getelementptr inbounds i8, ptr %2437, i64 47, !dbg !272
  %2439 = load i8, ptr %2438, align 1, !dbg !272
  %2440 = zext i8 %2439 to i64, !dbg !272
  %2441 = xor i64 %2436, %2440, !dbg !272
  %2442 = mul i64 %2441, 1099511628211, !dbg !272
  %2443 = add i64 %2442, 239, !dbg !272
  %2444 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2443, ptr %2444, align 8, !dbg !272
  %2445 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2446 = load i64, ptr %2445, align 16, !dbg !272
  %2447 = load ptr, ptr %4, align 8, !dbg !272
  %2448 = getelementptr inbounds i8, ptr %2447, i64 48, !dbg !272
  %2449 = load i8, ptr %2448, align 1, !dbg !272
  %2450 = zext i8 %2449 to i64, !dbg !272
  %2451 = xor i64 %2446, %2450, !dbg !272
  %2452 = mul i64 %2451, 1099511628211, !dbg !272
  %2453 = add i64 %2452, 240, !dbg !272
  %2454 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2453, ptr %2454, align 16, !dbg !272
  %2455 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2456 = load i64, ptr %2455, align 8, !dbg !272
  %2457 = load ptr, ptr %4, align 8, !dbg !272
  %2458 = getelementptr inbounds i8, ptr %2457, i64 49, !dbg !272
  %2459 = load i8, ptr %2458, align 1, !dbg !272
  %2460 = zext i8 %2459 to i64, !dbg !272
  %2461 = xor i64 %2456, %2460, !dbg !272
  %2462 = mul i64 %2461, 1099511628211, !dbg !272
  %2463 = add i64 %2462, 241, !dbg !272
  %2464 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2463, ptr %2464, align 8, !dbg !272
  %2465 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2466 = load i64, ptr %2465, align 16, !dbg !272
  %2467 = load ptr, ptr %4, align 8, !dbg !272
  %2468 = getelementptr inbounds i8, ptr %2467, i64 50, !dbg !272
  %2469 = load i8, ptr %2468, align 1, !dbg !272
  %2470 = zext i8 %2469 to i64, !dbg !272
  %2471 = xor i64 %2466, %2470, !dbg !272
  %2472 = mul i64 %2471, 1099511628211, !dbg !272
  %2473 = add i64 %2472, 242, !dbg !272
  %2474 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2473, ptr %2474, align 16, !dbg !272
  %2475 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2476 = load i64, ptr %2475, align 8, !dbg !272
  %2477 = load ptr, ptr %4, align 8, !dbg !272
  %2478 = getelementptr inbounds i8, ptr %2477, i64 51, !dbg !272
  %2479 = load i8, ptr %2478, align 1, !dbg !272
  %2480 = zext i8 %2479 to i64, !dbg !272
  %2481 = xor i64 %2476, %2480, !dbg !272
  %2482 = mul i64 %2481, 1099511628211, !dbg !272
  %2483 = add i64 %2482, 243, !dbg !272
  %2484 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2483, ptr %2484, align 8, !dbg !272
  %2485 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2486 = load i64, ptr %2485, align 16, !dbg !272
  %2487 = load ptr, ptr %4, align 8, !dbg !272
  %2488 = getelementptr inbounds i8, ptr %2487, i64 52, !dbg !272
  %2489 = load i8, ptr %2488, align 1, !dbg !272
  %2490 = zext i8 %2489 to i64, !dbg !272
  %2491 = xor i64 %2486, %2490, !dbg !272
  %2492 = mul i64 %2491, 1099511628211, !dbg !272
  %2493 = add i64 %2492, 244, !dbg !272
  %2494 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2493, ptr %2494, align 16, !dbg !272
  %2495 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2496 = load i64, ptr %2495, align 8, !dbg !272
  %2497 = load ptr, ptr %4, align 8, !dbg !272
  %2498 = getelementptr inbounds i8, ptr %2497, i64 53, !dbg !272
  %2499 = load i8, ptr %2498, align 1, !dbg !272
  %2500 = zext i8 %2499 to i64, !dbg !272
  %2501 = xor i64 %2496, %2500, !dbg !272
  %2502 = mul i64 %2501, 1099511628211, !dbg !272
  %2503 = add i64 %2502, 245, !dbg !272
  %2504 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2503, ptr %2504, align 8, !dbg !272
  %2505 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2506 = load i64, ptr %2505, align 16, !dbg !272
  %2507 = load ptr, ptr %4, align 8, !dbg !272
  %2508 = getelementptr inbounds i8, ptr %2507, i64 54, !dbg !272
  %2509 = load i8, ptr %2508, align 1, !dbg !272
  %2510 = zext i8 %2509 to i64, !dbg !272
  %2511 = xor i64 %2506, %2510, !dbg !272
  %2512 = mul i64 %2511, 1099511628211, !dbg !272
  %2513 = add i64 %2512, 246, !dbg !272
  %2514 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2513, ptr %2514, align 16, !dbg !272
  %2515 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2516 = load i64, ptr %2515, align 8, !dbg !272
  %2517 = load ptr, ptr %4, align 8, !dbg !272
  %2518 = getelementptr inbounds i8, ptr %2517, i64 55, !dbg !272
  %2519 = load i8, ptr %2518, align 1, !dbg !272
  %2520 = zext i8 %2519 to i64, !dbg !272
  %2521 = xor i64 %2516, %2520, !dbg !272
  %2522 = mul i64 %2521, 1099511628211, !dbg !272
  %2523 = add i64 %2522, 247, !dbg !272
  %2524 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2523, ptr %2524, align 8, !dbg !272
  %2525 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  %2526 = load i64, ptr %2525, align 16, !dbg !272
  %2527 = load ptr, ptr %4, align 8, !dbg !272
  %2528 = getelementptr inbounds i8, ptr %2527, i64 56, !dbg !272
  %2529 = load i8, ptr %2528, align 1, !dbg !272
  %2530 = zext i8 %2529 to i64, !dbg !272
  %2531 = xor i64 %2526, %2530, !dbg !272
  %2532 = mul i64 %2531, 1099511628211, !dbg !272
  %2533 = add i64 %2532, 248, !dbg !272
  %2534 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !272
  store i64 %2533, ptr %2534, align 16, !dbg !272
  %2535 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  %2536 = load i64, ptr %2535, align 8, !dbg !272
  %2537 = load ptr, ptr %4, align 8, !dbg !272
  %2538 = getelementptr inbounds i8, ptr %2537, i64 57, !dbg !272
  %2539 = load i8, ptr %2538, align 1, !dbg !272
  %2540 = zext i8 %2539 to i64, !dbg !272
  %2541 = xor i64 %2536, %2540, !dbg !272
  %2542 = mul i64 %2541, 1099511628211, !dbg !272
  %2543 = add i64 %2542, 249, !dbg !272
  %2544 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 1, !dbg !272
  store i64 %2543, ptr %2544, align 8, !dbg !272
  %2545 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  %2546 = load i64, ptr %2545, align 16, !dbg !272
  %2547 = load ptr, ptr %4, align 8, !dbg !272
  %2548 = getelementptr inbounds i8, ptr %2547, i64 58, !dbg !272
  %2549 = load i8, ptr %2548, align 1, !dbg !272
  %2550 = zext i8 %2549 to i64, !dbg !272
  %2551 = xor i64 %2546, %2550, !dbg !272
  %2552 = mul i64 %2551, 1099511628211, !dbg !272
  %2553 = add i64 %2552, 250, !dbg !272
  %2554 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 2, !dbg !272
  store i64 %2553, ptr %2554, align 16, !dbg !272
  %2555 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  %2556 = load i64, ptr %2555, align 8, !dbg !272
  %2557 = load ptr, ptr %4, align 8, !dbg !272
  %2558 = getelementptr inbounds i8, ptr %2557, i64 59, !dbg !272
  %2559 = load i8, ptr %2558, align 1, !dbg !272
  %2560 = zext i8 %2559 to i64, !dbg !272
  %2561 = xor i64 %2556, %2560, !dbg !272
  %2562 = mul i64 %2561, 1099511628211, !dbg !272
  %2563 = add i64 %2562, 251, !dbg !272
  %2564 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 3, !dbg !272
  store i64 %2563, ptr %2564, align 8, !dbg !272
  %2565 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  %2566 = load i64, ptr %2565, align 16, !dbg !272
  %2567 = load ptr, ptr %4, align 8, !dbg !272
  %2568 = getelementptr inbounds i8, ptr %2567, i64 60, !dbg !272
  %2569 = load i8, ptr %2568, align 1, !dbg !272
  %2570 = zext i8 %2569 to i64, !dbg !272
  %2571 = xor i64 %2566, %2570, !dbg !272
  %2572 = mul i64 %2571, 1099511628211, !dbg !272
  %2573 = add i64 %2572, 252, !dbg !272
  %2574 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 4, !dbg !272
  store i64 %2573, ptr %2574, align 16, !dbg !272
  %2575 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  %2576 = load i64, ptr %2575, align 8, !dbg !272
  %2577 = load ptr, ptr %4, align 8, !dbg !272
  %2578 = getelementptr inbounds i8, ptr %2577, i64 61, !dbg !272
  %2579 = load i8, ptr %2578, align 1, !dbg !272
  %2580 = zext i8 %2579 to i64, !dbg !272
  %2581 = xor i64 %2576, %2580, !dbg !272
  %2582 = mul i64 %2581, 1099511628211, !dbg !272
  %2583 = add i64 %2582, 253, !dbg !272
  %2584 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 5, !dbg !272
  store i64 %2583, ptr %2584, align 8, !dbg !272
  %2585 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  %2586 = load i64, ptr %2585, align 16, !dbg !272
  %2587 = load ptr, ptr %4, align 8, !dbg !272
  %2588 = getelementptr inbounds i8, ptr %2587, i64 62, !dbg !272
  %2589 = load i8, ptr %2588, align 1, !dbg !272
  %2590 = zext i8 %2589 to i64, !dbg !272
  %2591 = xor i64 %2586, %2590, !dbg !272
  %2592 = mul i64 %2591, 1099511628211, !dbg !272
  %2593 = add i64 %2592, 254, !dbg !272
  %2594 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 6, !dbg !272
  store i64 %2593, ptr %2594, align 16, !dbg !272
  %2595 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  %2596 = load i64, ptr %2595, align 8, !dbg !272
  %2597 = load ptr, ptr %4, align 8, !dbg !272
  %2598 = getelementptr inbounds i8, ptr %2597, i64 63, !dbg !272
  %2599 = load i8, ptr %2598, align 1, !dbg !272
  %2600 = zext i8 %2599 to i64, !dbg !272
  %2601 = xor i64 %2596, %2600, !dbg !272
  %2602 = mul i64 %2601, 1099511628211, !dbg !272
  %2603 = add i64 %2602, 255, !dbg !272
  %2604 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 7, !dbg !272
  store i64 %2603, ptr %2604, align 8, !dbg !272
  %2605 = load ptr, ptr %2, align 8, !dbg !273
  %2606 = getelementptr inbounds %struct.conn, ptr %2605, i32 0, i32 5, !dbg !274
  %2607 = getelementptr inbounds [64 x i8], ptr %2606, i64 0, i64 0, !dbg !275
  %2608 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 0, !dbg !275
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2607, ptr align 16 %2608, i64 64, i1 false), !dbg !275
  %2609 = load ptr, ptr %2, align 8, !dbg !276
  %2610 = getelementptr inbounds %struct.conn, ptr %2609, i32 0, i32 6, !dbg !277
  store i32 64, ptr %2610, align 4, !dbg !278
  br label %2614, !dbg !279

2611:                                             ; preds = %35
  %2612 = load ptr, ptr %2, align 8, !dbg !280
  %2613 = getelementptr inbounds %struct.conn, ptr %2612, i32 0, i32 1, !dbg !282
  store i32 0, ptr %2613, align 4, !dbg !283
  br label %2638, !dbg !284

2614:                                             ; preds = %41
  br label %2615

2615:                                             ; preds = %2614, %29
  %2616 = load ptr, ptr %2, align 8, !dbg !285
  %2617 = getelementptr inbounds %struct.conn, ptr %2616, i32 0, i32 1, !dbg !286
  store i32 2, ptr %2617, align 4, !dbg !287
  br label %2638, !dbg !288

2618:                                             ; preds = %10
  %2619 = load ptr, ptr %2, align 8, !dbg !289
  %2620 = getelementptr inbounds %struct.conn, ptr %2619, i32 0, i32 0, !dbg !290
  %2621 = load i32, ptr %2620, align 4, !dbg !290
  %2622 = load ptr, ptr %2, align 8, !dbg !291
  %2623 = getelementptr inbounds %struct.conn, ptr %2622, i32 0, i32 5, !dbg !292
  %2624 = getelementptr inbounds [64 x i8], ptr %2623, i64 0, i64 0, !dbg !291
  %2625 = load ptr, ptr %2, align 8, !dbg !293
  %2626 = getelementptr inbounds %struct.conn, ptr %2625, i32 0, i32 6, !dbg !294
  %2627 = load i32, ptr %2626, align 4, !dbg !294
  %2628 = sext i32 %2627 to i64, !dbg !293
  %2629 = load ptr, ptr %2, align 8, !dbg !295
  %2630 = getelementptr inbounds %struct.conn, ptr %2629, i32 0, i32 7, !dbg !296
  %2631 = load ptr, ptr %2, align 8, !dbg !297
  %2632 = getelementptr inbounds %struct.conn, ptr %2631, i32 0, i32 8, !dbg !298
  %2633 = load i32, ptr %2632, align 4, !dbg !298
  %2634 = call i64 @sendto(i32 noundef %2621, ptr noundef %2624, i64 noundef %2628, i32 noundef 0, ptr noundef %2630, i32 noundef %2633), !dbg !299
  %2635 = load ptr, ptr %2, align 8, !dbg !300
  %2636 = getelementptr inbounds %struct.conn, ptr %2635, i32 0, i32 1, !dbg !301
  store i32 0, ptr %2636, align 4, !dbg !302
  store i32 1, ptr %3, align 4, !dbg !303
  br label %2638, !dbg !304

2637:                                             ; preds = %10
  store i32 1, ptr %3, align 4, !dbg !305
  br label %2638, !dbg !306

2638:                                             ; preds = %10, %2637, %2618, %2615, %2611, %22
  br label %6, !dbg !220, !llvm.loop !307

2639:                                             ; preds = %6
  ret void, !dbg !310
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @try_read_udp(ptr noundef %0) #0 !dbg !311 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !314, !DIExpression(), !315)
  %5 = load ptr, ptr %3, align 8, !dbg !316
  %6 = getelementptr inbounds %struct.conn, ptr %5, i32 0, i32 8, !dbg !317
  store i32 16, ptr %6, align 4, !dbg !318
    #dbg_declare(ptr %4, !319, !DIExpression(), !323)
  %7 = load ptr, ptr %3, align 8, !dbg !324
  %8 = getelementptr inbounds %struct.conn, ptr %7, i32 0, i32 0, !dbg !325
  %9 = load i32, ptr %8, align 4, !dbg !325
  %10 = load ptr, ptr %3, align 8, !dbg !326
  %11 = getelementptr inbounds %struct.conn, ptr %10, i32 0, i32 3, !dbg !327
  %12 = getelementptr inbounds [1024 x i8], ptr %11, i64 0, i64 0, !dbg !326
  %13 = load ptr, ptr %3, align 8, !dbg !328
  %14 = getelementptr inbounds %struct.conn, ptr %13, i32 0, i32 7, !dbg !329
  %15 = load ptr, ptr %3, align 8, !dbg !330
  %16 = getelementptr inbounds %struct.conn, ptr %15, i32 0, i32 8, !dbg !331
  %17 = call i64 @recvfrom(i32 noundef %9, ptr noundef %12, i64 noundef 1024, i32 noundef 0, ptr noundef %14, ptr noundef %16), !dbg !332
  store i64 %17, ptr %4, align 8, !dbg !323
  %18 = load i64, ptr %4, align 8, !dbg !333
  %19 = icmp sgt i64 %18, 8, !dbg !335
  br i1 %19, label %20, label %30, !dbg !336

20:                                               ; preds = %1
  %21 = call i32 @pthread_mutex_lock(ptr noundef @stats_lock) #8, !dbg !337
  %22 = load i64, ptr %4, align 8, !dbg !339
  %23 = load i64, ptr @bytes_read, align 8, !dbg !340
  %24 = add i64 %23, %22, !dbg !340
  store i64 %24, ptr @bytes_read, align 8, !dbg !340
  %25 = call i32 @pthread_mutex_unlock(ptr noundef @stats_lock) #8, !dbg !341
  %26 = load i64, ptr %4, align 8, !dbg !342
  %27 = trunc i64 %26 to i32, !dbg !342
  %28 = load ptr, ptr %3, align 8, !dbg !343
  %29 = getelementptr inbounds %struct.conn, ptr %28, i32 0, i32 4, !dbg !344
  store i32 %27, ptr %29, align 4, !dbg !345
  store i32 1, ptr %2, align 4, !dbg !346
  br label %31, !dbg !346

30:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !347
  br label %31, !dbg !347

31:                                               ; preds = %30, %20
  %32 = load i32, ptr %2, align 4, !dbg !348
  ret i32 %32, !dbg !348
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) #2

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(none) }
attributes #10 = { nounwind allocsize(0,1) }
attributes #11 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!16}
!llvm.module.flags = !{!86, !87, !88, !89, !90, !91, !92}
!llvm.ident = !{!93}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 82, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "libevent-state-machine.c", directory: "/work/wt-memcb/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "446ca98fd75fe10ab32b8d244fae6d72")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 83, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 6)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 85, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "stats_lock", scope: !16, file: !2, line: 53, type: !55, isLocal: true, isDefinition: true)
!16 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !17, retainedTypes: !37, globals: !51, splitDebugInlining: false, nameTableKind: None)
!17 = !{!18, !31}
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !19, line: 24, baseType: !20, size: 32, elements: !21)
!19 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!20 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29, !30}
!22 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!23 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!24 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!25 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!26 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!27 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!28 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!29 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!30 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!31 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "conn_state", file: !2, line: 39, baseType: !20, size: 32, elements: !32)
!32 = !{!33, !34, !35, !36}
!33 = !DIEnumerator(name: "conn_read", value: 0)
!34 = !DIEnumerator(name: "conn_parse", value: 1)
!35 = !DIEnumerator(name: "conn_write", value: 2)
!36 = !DIEnumerator(name: "conn_done", value: 3)
!37 = !{!38, !50}
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!39 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !40, line: 183, size: 128, elements: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!41 = !{!42, !46}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !39, file: !40, line: 185, baseType: !43, size: 16)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !44, line: 28, baseType: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!45 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !39, file: !40, line: 186, baseType: !47, size: 112, offset: 16)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 14)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!51 = !{!0, !7, !12, !14, !52}
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "bytes_read", scope: !16, file: !2, line: 54, type: !54, isLocal: true, isDefinition: true)
!54 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutex_t", file: !56, line: 72, baseType: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!57 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !56, line: 67, size: 320, elements: !58)
!58 = !{!59, !80, !84}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !57, file: !56, line: 69, baseType: !60, size: 320)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_mutex_s", file: !61, line: 22, size: 320, elements: !62)
!61 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h", directory: "", checksumkind: CSK_MD5, checksum: "584baedd80e6041b81caae7f496091c0")
!62 = !{!63, !65, !66, !67, !68, !69, !71, !72}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "__lock", scope: !60, file: !61, line: 24, baseType: !64, size: 32)
!64 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "__count", scope: !60, file: !61, line: 25, baseType: !20, size: 32, offset: 32)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "__owner", scope: !60, file: !61, line: 26, baseType: !64, size: 32, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "__nusers", scope: !60, file: !61, line: 28, baseType: !20, size: 32, offset: 96)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "__kind", scope: !60, file: !61, line: 32, baseType: !64, size: 32, offset: 128)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "__spins", scope: !60, file: !61, line: 34, baseType: !70, size: 16, offset: 160)
!70 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "__elision", scope: !60, file: !61, line: 35, baseType: !70, size: 16, offset: 176)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "__list", scope: !60, file: !61, line: 36, baseType: !73, size: 128, offset: 192)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__pthread_list_t", file: !74, line: 55, baseType: !75)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h", directory: "", checksumkind: CSK_MD5, checksum: "04c81e86d34dad9c99ad006d32e47a0d")
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_internal_list", file: !74, line: 51, size: 128, elements: !76)
!76 = !{!77, !79}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "__prev", scope: !75, file: !74, line: 53, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "__next", scope: !75, file: !74, line: 54, baseType: !78, size: 64, offset: 64)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !57, file: !56, line: 70, baseType: !81, size: 320)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 320, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 40)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !57, file: !56, line: 71, baseType: !85, size: 64)
!85 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!86 = !{i32 7, !"Dwarf Version", i32 5}
!87 = !{i32 2, !"Debug Info Version", i32 3}
!88 = !{i32 1, !"wchar_size", i32 4}
!89 = !{i32 8, !"PIC Level", i32 2}
!90 = !{i32 7, !"PIE Level", i32 2}
!91 = !{i32 7, !"uwtable", i32 2}
!92 = !{i32 7, !"frame-pointer", i32 2}
!93 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!94 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 121, type: !95, scopeLine: 121, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !16, retainedNodes: !97)
!95 = !DISubroutineType(types: !96)
!96 = !{!64}
!97 = !{}
!98 = !DILocalVariable(name: "base", scope: !94, file: !2, line: 122, type: !99)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 64)
!100 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !2, line: 20, flags: DIFlagFwdDecl)
!101 = !DILocation(line: 122, column: 22, scope: !94)
!102 = !DILocation(line: 122, column: 29, scope: !94)
!103 = !DILocalVariable(name: "sfd", scope: !94, file: !2, line: 123, type: !64)
!104 = !DILocation(line: 123, column: 7, scope: !94)
!105 = !DILocation(line: 123, column: 13, scope: !94)
!106 = !DILocalVariable(name: "sa", scope: !94, file: !2, line: 124, type: !107)
!107 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !108, line: 245, size: 128, elements: !109)
!108 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!109 = !{!110, !111, !117, !124}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !107, file: !108, line: 247, baseType: !43, size: 16)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !107, file: !108, line: 248, baseType: !112, size: 16, offset: 16)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !108, line: 123, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !114, line: 25, baseType: !115)
!114 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !116, line: 40, baseType: !45)
!116 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!117 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !107, file: !108, line: 249, baseType: !118, size: 32, offset: 32)
!118 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !108, line: 31, size: 32, elements: !119)
!119 = !{!120}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !118, file: !108, line: 33, baseType: !121, size: 32)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !108, line: 30, baseType: !122)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !114, line: 26, baseType: !123)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !116, line: 42, baseType: !20)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !107, file: !108, line: 252, baseType: !125, size: 64, offset: 64)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !126, size: 64, elements: !127)
!126 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!127 = !{!128}
!128 = !DISubrange(count: 8)
!129 = !DILocation(line: 124, column: 22, scope: !94)
!130 = !DILocation(line: 125, column: 3, scope: !94)
!131 = !DILocation(line: 126, column: 6, scope: !94)
!132 = !DILocation(line: 126, column: 17, scope: !94)
!133 = !DILocation(line: 127, column: 17, scope: !94)
!134 = !DILocation(line: 127, column: 6, scope: !94)
!135 = !DILocation(line: 127, column: 15, scope: !94)
!136 = !DILocation(line: 128, column: 12, scope: !137)
!137 = distinct !DILexicalBlock(scope: !94, file: !2, line: 128, column: 7)
!138 = !DILocation(line: 128, column: 7, scope: !137)
!139 = !DILocation(line: 128, column: 53, scope: !137)
!140 = !DILocation(line: 128, column: 7, scope: !94)
!141 = !DILocation(line: 129, column: 5, scope: !137)
!142 = !DILocalVariable(name: "c", scope: !94, file: !2, line: 130, type: !143)
!143 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !144, size: 64)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !2, line: 51, baseType: !145)
!145 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !2, line: 41, size: 10016, elements: !146)
!146 = !{!147, !148, !149, !156, !160, !161, !165, !166, !167}
!147 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !145, file: !2, line: 42, baseType: !64, size: 32)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !145, file: !2, line: 43, baseType: !31, size: 32, offset: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !145, file: !2, line: 44, baseType: !150, size: 1024, offset: 64)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !2, line: 21, size: 1024, elements: !151)
!151 = !{!152}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !150, file: !2, line: 22, baseType: !153, size: 1024)
!153 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 1024, elements: !154)
!154 = !{!155}
!155 = !DISubrange(count: 128)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !145, file: !2, line: 45, baseType: !157, size: 8192, offset: 1088)
!157 = !DICompositeType(tag: DW_TAG_array_type, baseType: !126, size: 8192, elements: !158)
!158 = !{!159}
!159 = !DISubrange(count: 1024)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "rbytes", scope: !145, file: !2, line: 46, baseType: !64, size: 32, offset: 9280)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "wbuf", scope: !145, file: !2, line: 47, baseType: !162, size: 512, offset: 9312)
!162 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !163)
!163 = !{!164}
!164 = !DISubrange(count: 64)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "wbytes", scope: !145, file: !2, line: 48, baseType: !64, size: 32, offset: 9824)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !145, file: !2, line: 49, baseType: !107, size: 128, offset: 9856)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !145, file: !2, line: 50, baseType: !168, size: 32, offset: 9984)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !40, line: 33, baseType: !169)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !116, line: 210, baseType: !20)
!170 = !DILocation(line: 130, column: 9, scope: !94)
!171 = !DILocation(line: 130, column: 13, scope: !94)
!172 = !DILocation(line: 131, column: 8, scope: !173)
!173 = distinct !DILexicalBlock(scope: !94, file: !2, line: 131, column: 7)
!174 = !DILocation(line: 131, column: 7, scope: !94)
!175 = !DILocation(line: 132, column: 5, scope: !173)
!176 = !DILocation(line: 133, column: 12, scope: !94)
!177 = !DILocation(line: 133, column: 3, scope: !94)
!178 = !DILocation(line: 133, column: 6, scope: !94)
!179 = !DILocation(line: 133, column: 10, scope: !94)
!180 = !DILocation(line: 134, column: 14, scope: !94)
!181 = !DILocation(line: 134, column: 17, scope: !94)
!182 = !DILocation(line: 134, column: 24, scope: !94)
!183 = !DILocation(line: 134, column: 74, scope: !94)
!184 = !DILocation(line: 134, column: 3, scope: !94)
!185 = !DILocation(line: 135, column: 18, scope: !94)
!186 = !DILocation(line: 135, column: 25, scope: !94)
!187 = !DILocation(line: 135, column: 28, scope: !94)
!188 = !DILocation(line: 135, column: 3, scope: !94)
!189 = !DILocation(line: 136, column: 14, scope: !94)
!190 = !DILocation(line: 136, column: 17, scope: !94)
!191 = !DILocation(line: 136, column: 3, scope: !94)
!192 = !DILocation(line: 137, column: 26, scope: !94)
!193 = !DILocation(line: 137, column: 10, scope: !94)
!194 = !DILocation(line: 137, column: 3, scope: !94)
!195 = !DILocation(line: 138, column: 1, scope: !94)
!196 = distinct !DISubprogram(name: "event_handler", scope: !2, file: !2, line: 114, type: !197, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !16, retainedNodes: !97)
!197 = !DISubroutineType(types: !198)
!198 = !{null, !64, !70, !50}
!199 = !DILocalVariable(name: "fd", arg: 1, scope: !196, file: !2, line: 114, type: !64)
!200 = !DILocation(line: 114, column: 31, scope: !196)
!201 = !DILocalVariable(name: "which", arg: 2, scope: !196, file: !2, line: 114, type: !70)
!202 = !DILocation(line: 114, column: 41, scope: !196)
!203 = !DILocalVariable(name: "arg", arg: 3, scope: !196, file: !2, line: 114, type: !50)
!204 = !DILocation(line: 114, column: 54, scope: !196)
!205 = !DILocalVariable(name: "c", scope: !196, file: !2, line: 115, type: !143)
!206 = !DILocation(line: 115, column: 9, scope: !196)
!207 = !DILocation(line: 115, column: 13, scope: !196)
!208 = !DILocation(line: 116, column: 9, scope: !196)
!209 = !DILocation(line: 117, column: 9, scope: !196)
!210 = !DILocation(line: 118, column: 17, scope: !196)
!211 = !DILocation(line: 118, column: 3, scope: !196)
!212 = !DILocation(line: 119, column: 1, scope: !196)
!213 = distinct !DISubprogram(name: "drive_machine", scope: !2, file: !2, line: 71, type: !214, scopeLine: 71, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !16, retainedNodes: !97)
!214 = !DISubroutineType(types: !215)
!215 = !{null, !143}
!216 = !DILocalVariable(name: "c", arg: 1, scope: !213, file: !2, line: 71, type: !143)
!217 = !DILocation(line: 71, column: 33, scope: !213)
!218 = !DILocalVariable(name: "stop", scope: !213, file: !2, line: 72, type: !64)
!219 = !DILocation(line: 72, column: 7, scope: !213)
!220 = !DILocation(line: 73, column: 3, scope: !213)
!221 = !DILocation(line: 73, column: 11, scope: !213)
!222 = !DILocation(line: 73, column: 10, scope: !213)
!223 = !DILocation(line: 74, column: 13, scope: !224)
!224 = distinct !DILexicalBlock(scope: !213, file: !2, line: 73, column: 17)
!225 = !DILocation(line: 74, column: 16, scope: !224)
!226 = !DILocation(line: 74, column: 5, scope: !224)
!227 = !DILocation(line: 76, column: 24, scope: !228)
!228 = distinct !DILexicalBlock(scope: !229, file: !2, line: 76, column: 11)
!229 = distinct !DILexicalBlock(scope: !224, file: !2, line: 74, column: 23)
!230 = !DILocation(line: 76, column: 11, scope: !228)
!231 = !DILocation(line: 76, column: 11, scope: !229)
!232 = !DILocation(line: 77, column: 9, scope: !228)
!233 = !DILocation(line: 77, column: 12, scope: !228)
!234 = !DILocation(line: 77, column: 18, scope: !228)
!235 = !DILocation(line: 79, column: 14, scope: !228)
!236 = !DILocation(line: 80, column: 7, scope: !229)
!237 = !DILocation(line: 82, column: 18, scope: !238)
!238 = distinct !DILexicalBlock(scope: !229, file: !2, line: 82, column: 11)
!239 = !DILocation(line: 82, column: 21, scope: !238)
!240 = !DILocation(line: 82, column: 11, scope: !238)
!241 = !DILocation(line: 82, column: 38, scope: !238)
!242 = !DILocation(line: 82, column: 11, scope: !229)
!243 = !DILocation(line: 83, column: 16, scope: !244)
!244 = distinct !DILexicalBlock(scope: !238, file: !2, line: 82, column: 44)
!245 = !DILocation(line: 83, column: 19, scope: !244)
!246 = !DILocation(line: 83, column: 9, scope: !244)
!247 = !DILocation(line: 84, column: 9, scope: !244)
!248 = !DILocation(line: 84, column: 12, scope: !244)
!249 = !DILocation(line: 84, column: 19, scope: !244)
!250 = !DILocation(line: 85, column: 7, scope: !244)
!251 = !DILocation(line: 85, column: 25, scope: !252)
!252 = distinct !DILexicalBlock(scope: !238, file: !2, line: 85, column: 18)
!253 = !DILocation(line: 85, column: 28, scope: !252)
!254 = !DILocation(line: 85, column: 18, scope: !252)
!255 = !DILocation(line: 85, column: 45, scope: !252)
!256 = !DILocation(line: 85, column: 18, scope: !238)
!257 = !DILocalVariable(name: "p", scope: !258, file: !2, line: 86, type: !259)
!258 = distinct !DILexicalBlock(scope: !252, file: !2, line: 85, column: 51)
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !126)
!261 = !DILocation(line: 86, column: 30, scope: !258)
!262 = !DILocation(line: 86, column: 34, scope: !258)
!263 = !DILocation(line: 86, column: 37, scope: !258)
!264 = !DILocalVariable(name: "s", scope: !258, file: !2, line: 87, type: !265)
!265 = !DICompositeType(tag: DW_TAG_array_type, baseType: !266, size: 512, elements: !127)
!266 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !114, line: 27, baseType: !267)
!267 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !116, line: 45, baseType: !54)
!268 = !DILocation(line: 87, column: 18, scope: !258)
!269 = !DILocation(line: 88, column: 9, scope: !258)
!270 = !DILocation(line: 88, column: 18, scope: !258)
!271 = !DILocation(line: 88, column: 28, scope: !258)
!272 = !DILocation(line: 88, column: 39, scope: !258)
!273 = !DILocation(line: 89, column: 16, scope: !258)
!274 = !DILocation(line: 89, column: 19, scope: !258)
!275 = !DILocation(line: 89, column: 9, scope: !258)
!276 = !DILocation(line: 90, column: 9, scope: !258)
!277 = !DILocation(line: 90, column: 12, scope: !258)
!278 = !DILocation(line: 90, column: 19, scope: !258)
!279 = !DILocation(line: 91, column: 7, scope: !258)
!280 = !DILocation(line: 92, column: 9, scope: !281)
!281 = distinct !DILexicalBlock(scope: !252, file: !2, line: 91, column: 14)
!282 = !DILocation(line: 92, column: 12, scope: !281)
!283 = !DILocation(line: 92, column: 18, scope: !281)
!284 = !DILocation(line: 93, column: 9, scope: !281)
!285 = !DILocation(line: 95, column: 7, scope: !229)
!286 = !DILocation(line: 95, column: 10, scope: !229)
!287 = !DILocation(line: 95, column: 16, scope: !229)
!288 = !DILocation(line: 96, column: 7, scope: !229)
!289 = !DILocation(line: 98, column: 14, scope: !229)
!290 = !DILocation(line: 98, column: 17, scope: !229)
!291 = !DILocation(line: 98, column: 22, scope: !229)
!292 = !DILocation(line: 98, column: 25, scope: !229)
!293 = !DILocation(line: 98, column: 31, scope: !229)
!294 = !DILocation(line: 98, column: 34, scope: !229)
!295 = !DILocation(line: 99, column: 34, scope: !229)
!296 = !DILocation(line: 99, column: 37, scope: !229)
!297 = !DILocation(line: 99, column: 51, scope: !229)
!298 = !DILocation(line: 99, column: 54, scope: !229)
!299 = !DILocation(line: 98, column: 7, scope: !229)
!300 = !DILocation(line: 100, column: 7, scope: !229)
!301 = !DILocation(line: 100, column: 10, scope: !229)
!302 = !DILocation(line: 100, column: 16, scope: !229)
!303 = !DILocation(line: 101, column: 12, scope: !229)
!304 = !DILocation(line: 102, column: 7, scope: !229)
!305 = !DILocation(line: 108, column: 12, scope: !229)
!306 = !DILocation(line: 109, column: 7, scope: !229)
!307 = distinct !{!307, !220, !308, !309}
!308 = !DILocation(line: 111, column: 3, scope: !213)
!309 = !{!"llvm.loop.mustprogress"}
!310 = !DILocation(line: 112, column: 1, scope: !213)
!311 = distinct !DISubprogram(name: "try_read_udp", scope: !2, file: !2, line: 56, type: !312, scopeLine: 56, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !16, retainedNodes: !97)
!312 = !DISubroutineType(types: !313)
!313 = !{!64, !143}
!314 = !DILocalVariable(name: "c", arg: 1, scope: !311, file: !2, line: 56, type: !143)
!315 = !DILocation(line: 56, column: 31, scope: !311)
!316 = !DILocation(line: 57, column: 3, scope: !311)
!317 = !DILocation(line: 57, column: 6, scope: !311)
!318 = !DILocation(line: 57, column: 24, scope: !311)
!319 = !DILocalVariable(name: "res", scope: !311, file: !2, line: 58, type: !320)
!320 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !321, line: 108, baseType: !322)
!321 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!322 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !116, line: 194, baseType: !85)
!323 = !DILocation(line: 58, column: 11, scope: !311)
!324 = !DILocation(line: 58, column: 26, scope: !311)
!325 = !DILocation(line: 58, column: 29, scope: !311)
!326 = !DILocation(line: 58, column: 34, scope: !311)
!327 = !DILocation(line: 58, column: 37, scope: !311)
!328 = !DILocation(line: 59, column: 46, scope: !311)
!329 = !DILocation(line: 59, column: 49, scope: !311)
!330 = !DILocation(line: 60, column: 27, scope: !311)
!331 = !DILocation(line: 60, column: 30, scope: !311)
!332 = !DILocation(line: 58, column: 17, scope: !311)
!333 = !DILocation(line: 61, column: 7, scope: !334)
!334 = distinct !DILexicalBlock(scope: !311, file: !2, line: 61, column: 7)
!335 = !DILocation(line: 61, column: 11, scope: !334)
!336 = !DILocation(line: 61, column: 7, scope: !311)
!337 = !DILocation(line: 62, column: 5, scope: !338)
!338 = distinct !DILexicalBlock(scope: !334, file: !2, line: 61, column: 16)
!339 = !DILocation(line: 63, column: 19, scope: !338)
!340 = !DILocation(line: 63, column: 16, scope: !338)
!341 = !DILocation(line: 64, column: 5, scope: !338)
!342 = !DILocation(line: 65, column: 17, scope: !338)
!343 = !DILocation(line: 65, column: 5, scope: !338)
!344 = !DILocation(line: 65, column: 8, scope: !338)
!345 = !DILocation(line: 65, column: 15, scope: !338)
!346 = !DILocation(line: 66, column: 5, scope: !338)
!347 = !DILocation(line: 68, column: 3, scope: !311)
!348 = !DILocation(line: 69, column: 1, scope: !311)
