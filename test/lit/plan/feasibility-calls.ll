; Call-level feasibility: dispatch-blockers.c picks a command by the first
; byte of the datagram, and each command needs one thing BPF cannot do.
; Every blocker is reported with its reason and the source line of the
; construct (counted in Inputs/dispatch-blockers.c); the constant function
; table ops[] is devirtualised, not blocked; strtoul and strlen run as
; bounded BPF implementations; the echo in the default case (and 't', 'n')
; is the fast path with the reply at line 89.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | grep 'blocked:' | count 12
; The table's index is in range (else undefined behaviour): no way out.
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | not grep LeavesEventLoop
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-output=%t.yaml -disable-output %s
; RUN: grep -B2 -A8 'Name: *IndirectCall$' %t.yaml | FileCheck %s --check-prefix=YAML
;
; CHECK-LABEL: koffload plan for 'dispatch-blockers.c'
; CHECK-NEXT:  weights: static estimate; costs: built-in defaults
; CHECK-NEXT:  candidate #0: socket #0 udp port 6000, event loop #0, hook xdp
; CHECK:       arrival: dispatch-blockers.c:108
; CHECK-NEXT:  reply: dispatch-blockers.c:89
; CHECK:       decision: offload: omega
; The VLA alone is the DynamicStack blocker: not the stacksave/stackrestore
; the inliner puts around the call of serve() (lines 112 and 90).
; CHECK-DAG:   blocked: BlockingIO fopen at dispatch-blockers.c:32 (
; CHECK-DAG:   blocked: BlockingIO fread at dispatch-blockers.c:33 (
; CHECK-DAG:   blocked: UnknownExternal remote_lookup at dispatch-blockers.c:40 (
; CHECK-DAG:   blocked: FloatingPoint at dispatch-blockers.c:43 (
; CHECK-DAG:   blocked: FloatingPoint at dispatch-blockers.c:44 (
; CHECK-DAG:   blocked: IndirectCall through 'plugin_hook', which is not const and may be written at dispatch-blockers.c:48 (
; CHECK-DAG:   blocked: WideIntegerArith at dispatch-blockers.c:54 (
; CHECK-DAG:   blocked: ThreadOrLock pthread_mutex_lock at dispatch-blockers.c:60 (
; CHECK-DAG:   blocked: ThreadOrLock pthread_mutex_unlock at dispatch-blockers.c:62 (
; CHECK-DAG:   blocked: InlineAsm at dispatch-blockers.c:66 (
; CHECK-DAG:   blocked: Recursion depth at dispatch-blockers.c:71 (
; CHECK-DAG:   blocked: DynamicStack at dispatch-blockers.c:74 (
; Each command that blocks leaves the fast path at the switch (line 30),
; towards its first blocker.
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> BlockingIO fopen at dispatch-blockers.c:32 (
; The log line (37) is recorded for the runtime to replay, no blocker.
; CHECK-DAG:   kernel-form: printf at dispatch-blockers.c:37: recorded at the commit, replayed in userspace
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> UnknownExternal remote_lookup at dispatch-blockers.c:40 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> FloatingPoint at dispatch-blockers.c:43 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> IndirectCall through 'plugin_hook', which is not const and may be written at dispatch-blockers.c:48 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> WideIntegerArith at dispatch-blockers.c:54 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> ThreadOrLock pthread_mutex_lock at dispatch-blockers.c:60 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> InlineAsm at dispatch-blockers.c:66 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> Recursion depth at dispatch-blockers.c:71 (
; CHECK-DAG:   fallback: dispatch-blockers.c:30 -> DynamicStack at dispatch-blockers.c:74 (
; glibc's htons at -O2 is an inline byte swap (native, not listed); the
; 2-byte memcpy at line 82 has a constant size (native); the memcpy into
; the VLA (line 75) is off the fast path.
; CHECK-DAG:   kernel-form: strtoul at dispatch-blockers.c:80: bounded BPF implementation
; CHECK-DAG:   kernel-form: strlen at dispatch-blockers.c:83: bounded BPF implementation
; CHECK-DAG:   kernel-form: call through ops at dispatch-blockers.c:51: devirtualised through a constant table
; CHECK-NOT:   kernel-form:
; CHECK:       summary: 1 candidate, 1 offloaded
;
; The Missed remark of a blocker carries its reason and source line.
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-feasibility{{$}}
; YAML-NEXT: Name:            IndirectCall
; YAML-NEXT: DebugLoc:        { File: dispatch-blockers.c, Line: 48,
; YAML-NEXT: Function:        main
; YAML-NEXT: Args:
; YAML-NEXT:   - Reason:          IndirectCall
; YAML-NEXT:   - String:          ' ('
; YAML-NEXT:   - Detail:          'through ''plugin_hook'', which is not const and may be written'
;
; MADE-FROM: Inputs/dispatch-blockers.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - dispatch-blockers.c

; ModuleID = 'dispatch-blockers.c'
source_filename = "dispatch-blockers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@plugin_hook = dso_local global ptr @op_upper, align 8, !dbg !0
@stats_lock = dso_local global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !42
@served = dso_local global i64 0, align 8, !dbg !74
@.str = private unnamed_addr constant [10 x i8] c"/etc/motd\00", align 1, !dbg !77
@.str.1 = private unnamed_addr constant [2 x i8] c"r\00", align 1, !dbg !82
@.str.2 = private unnamed_addr constant [21 x i8] c"request of %d bytes\0A\00", align 1, !dbg !87
@ops = internal constant [2 x ptr] [ptr @op_upper, ptr @op_lower], align 16, !dbg !92

; Function Attrs: nounwind uwtable
define internal i32 @op_upper(ptr noundef %0, i32 noundef %1) #0 !dbg !108 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !112
    #dbg_declare(ptr %3, !110, !DIExpression(), !116)
  store i32 %1, ptr %4, align 4, !tbaa !117
    #dbg_declare(ptr %4, !111, !DIExpression(), !119)
  %5 = load ptr, ptr %3, align 8, !dbg !120, !tbaa !112
  %6 = getelementptr inbounds i8, ptr %5, i64 0, !dbg !120
  store i8 85, ptr %6, align 1, !dbg !121, !tbaa !122
  %7 = load i32, ptr %4, align 4, !dbg !123, !tbaa !117
  ret i32 %7, !dbg !124
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !125 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [512 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #9, !dbg !165
    #dbg_declare(ptr %2, !129, !DIExpression(), !166)
  %10 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #9, !dbg !167
  store i32 %10, ptr %2, align 4, !dbg !166, !tbaa !117
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #9, !dbg !168
    #dbg_declare(ptr %3, !130, !DIExpression(), !169)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !170
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !171
  store i16 2, ptr %11, align 4, !dbg !172, !tbaa !173
  %12 = call zeroext i16 @__bswap_16(i16 noundef zeroext 6000), !dbg !177
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !178
  store i16 %12, ptr %13, align 2, !dbg !179, !tbaa !180
  %14 = call i32 @__bswap_32(i32 noundef 0), !dbg !181
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !182
  %16 = getelementptr inbounds %struct.in_addr, ptr %15, i32 0, i32 0, !dbg !183
  store i32 %14, ptr %16, align 4, !dbg !184, !tbaa !185
  %17 = load i32, ptr %2, align 4, !dbg !186, !tbaa !117
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #9, !dbg !188
  %19 = icmp slt i32 %18, 0, !dbg !189
  br i1 %19, label %20, label %22, !dbg !190

20:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !191
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #9, !dbg !192
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #9, !dbg !192
  %21 = load i32, ptr %1, align 4, !dbg !192
  ret i32 %21, !dbg !192

22:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #9, !dbg !193
    #dbg_declare(ptr %5, !146, !DIExpression(), !194)
  %23 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !195
  %24 = load i32, ptr %2, align 4, !dbg !196, !tbaa !117
  store i32 %24, ptr %23, align 4, !dbg !195, !tbaa !197
  %25 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !195
  store i16 1, ptr %25, align 4, !dbg !195, !tbaa !199
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !195
  store i16 0, ptr %26, align 2, !dbg !195, !tbaa !200
  br label %27, !dbg !201

27:                                               ; preds = %46, %44, %30, %22
  %28 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !202
  %29 = icmp sle i32 %28, 0, !dbg !204
  br i1 %29, label %30, label %31, !dbg !205

30:                                               ; preds = %27
  br label %27, !dbg !206, !llvm.loop !207

31:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(i64 512, ptr %6) #9, !dbg !210
    #dbg_declare(ptr %6, !153, !DIExpression(), !211)
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #9, !dbg !212
    #dbg_declare(ptr %7, !160, !DIExpression(), !213)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #9, !dbg !214
    #dbg_declare(ptr %8, !161, !DIExpression(), !215)
  store i32 16, ptr %8, align 4, !dbg !215, !tbaa !117
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #9, !dbg !216
    #dbg_declare(ptr %9, !164, !DIExpression(), !217)
  %32 = load i32, ptr %2, align 4, !dbg !218, !tbaa !117
  %33 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !219
  %34 = call i64 @recvfrom(i32 noundef %32, ptr noundef %33, i64 noundef 512, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !220
  %35 = trunc i64 %34 to i32, !dbg !221
  store i32 %35, ptr %9, align 4, !dbg !217, !tbaa !117
  %36 = load i32, ptr %9, align 4, !dbg !222, !tbaa !117
  %37 = icmp sle i32 %36, 0, !dbg !224
  br i1 %37, label %38, label %39, !dbg !225

38:                                               ; preds = %31
  store i32 3, ptr %4, align 4
  br label %44, !dbg !226, !llvm.loop !207

39:                                               ; preds = %31
  %40 = load i32, ptr %2, align 4, !dbg !227, !tbaa !117
  %41 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !228
  %42 = load i32, ptr %9, align 4, !dbg !229, !tbaa !117
  %43 = load i32, ptr %8, align 4, !dbg !230, !tbaa !117
  call void @serve(i32 noundef %40, ptr noundef %41, i32 noundef %42, ptr noundef %7, i32 noundef %43), !dbg !231
  store i32 0, ptr %4, align 4, !dbg !232
  br label %44, !dbg !232

44:                                               ; preds = %39, %38
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #9, !dbg !232
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #9, !dbg !232
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #9, !dbg !232
  call void @llvm.lifetime.end.p0(i64 512, ptr %6) #9, !dbg !232
  %45 = load i32, ptr %4, align 4
  switch i32 %45, label %47 [
    i32 0, label %46
    i32 3, label %27
  ]

46:                                               ; preds = %44
  br label %27, !dbg !233, !llvm.loop !207

47:                                               ; preds = %44
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !234 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !238 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !244
    #dbg_declare(ptr %2, !243, !DIExpression(), !245)
  %3 = load i16, ptr %2, align 2, !dbg !246, !tbaa !244
  %4 = zext i16 %3 to i32, !dbg !246
  %5 = ashr i32 %4, 8, !dbg !246
  %6 = and i32 %5, 255, !dbg !246
  %7 = load i16, ptr %2, align 2, !dbg !246, !tbaa !244
  %8 = zext i16 %7 to i32, !dbg !246
  %9 = and i32 %8, 255, !dbg !246
  %10 = shl i32 %9, 8, !dbg !246
  %11 = or i32 %6, %10, !dbg !246
  %12 = trunc i32 %11 to i16, !dbg !246
  ret i16 %12, !dbg !247
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !248 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !117
    #dbg_declare(ptr %2, !252, !DIExpression(), !253)
  %3 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %4 = and i32 %3, -16777216, !dbg !254
  %5 = lshr i32 %4, 24, !dbg !254
  %6 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %7 = and i32 %6, 16711680, !dbg !254
  %8 = lshr i32 %7, 8, !dbg !254
  %9 = or i32 %5, %8, !dbg !254
  %10 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %11 = and i32 %10, 65280, !dbg !254
  %12 = shl i32 %11, 8, !dbg !254
  %13 = or i32 %9, %12, !dbg !254
  %14 = load i32, ptr %2, align 4, !dbg !254, !tbaa !117
  %15 = and i32 %14, 255, !dbg !254
  %16 = shl i32 %15, 24, !dbg !254
  %17 = or i32 %13, %16, !dbg !254
  ret i32 %17, !dbg !255
}

; Function Attrs: nounwind
declare !dbg !256 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !261 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !266 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind uwtable
define internal void @serve(i32 noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3, i32 noundef %4) #0 !dbg !279 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca double, align 8
  %13 = alloca i128, align 16
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i16, align 2
  store i32 %0, ptr %6, align 4, !tbaa !117
    #dbg_declare(ptr %6, !284, !DIExpression(), !362)
  store ptr %1, ptr %7, align 8, !tbaa !112
    #dbg_declare(ptr %7, !285, !DIExpression(), !363)
  store i32 %2, ptr %8, align 4, !tbaa !117
    #dbg_declare(ptr %8, !286, !DIExpression(), !364)
  store ptr %3, ptr %9, align 8, !tbaa !112
    #dbg_declare(ptr %9, !287, !DIExpression(), !365)
  store i32 %4, ptr %10, align 4, !tbaa !117
    #dbg_declare(ptr %10, !288, !DIExpression(), !366)
  %20 = load ptr, ptr %7, align 8, !dbg !367, !tbaa !112
  %21 = getelementptr inbounds i8, ptr %20, i64 0, !dbg !367
  %22 = load i8, ptr %21, align 1, !dbg !367, !tbaa !122
  %23 = sext i8 %22 to i32, !dbg !367
  switch i32 %23, label %114 [
    i32 102, label %24
    i32 112, label %36
    i32 120, label %39
    i32 100, label %43
    i32 105, label %50
    i32 116, label %55
    i32 119, label %67
    i32 108, label %72
    i32 97, label %77
    i32 114, label %82
    i32 115, label %88
    i32 110, label %103
  ], !dbg !368

24:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #9, !dbg !369
    #dbg_declare(ptr %11, !289, !DIExpression(), !370)
  %25 = call noalias ptr @fopen(ptr noundef @.str, ptr noundef @.str.1), !dbg !371
  store ptr %25, ptr %11, align 8, !dbg !370, !tbaa !112
  %26 = load ptr, ptr %11, align 8, !dbg !372, !tbaa !112
  %27 = icmp ne ptr %26, null, !dbg !372
  br i1 %27, label %28, label %33, !dbg !372

28:                                               ; preds = %24
  %29 = load ptr, ptr %7, align 8, !dbg !373, !tbaa !112
  %30 = load ptr, ptr %11, align 8, !dbg !374, !tbaa !112
  %31 = call i64 @fread(ptr noundef %29, i64 noundef 1, i64 noundef 256, ptr noundef %30), !dbg !375
  %32 = trunc i64 %31 to i32, !dbg !376
  br label %34, !dbg !372

33:                                               ; preds = %24
  br label %34, !dbg !372

34:                                               ; preds = %33, %28
  %35 = phi i32 [ %32, %28 ], [ 0, %33 ], !dbg !372
  store i32 %35, ptr %8, align 4, !dbg !377, !tbaa !117
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #9, !dbg !378
  br label %115

36:                                               ; preds = %5
  %37 = load i32, ptr %8, align 4, !dbg !379, !tbaa !117
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %37), !dbg !380
  br label %115, !dbg !381

39:                                               ; preds = %5
  %40 = load ptr, ptr %7, align 8, !dbg !382, !tbaa !112
  %41 = getelementptr inbounds i8, ptr %40, i64 1, !dbg !383
  %42 = call i32 @remote_lookup(ptr noundef %41), !dbg !384
  store i32 %42, ptr %8, align 4, !dbg !385, !tbaa !117
  br label %115, !dbg !386

43:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #9, !dbg !387
    #dbg_declare(ptr %12, !345, !DIExpression(), !388)
  %44 = load i32, ptr %8, align 4, !dbg !389, !tbaa !117
  %45 = sitofp i32 %44 to double, !dbg !389
  %46 = fdiv double %45, 3.000000e+00, !dbg !390
  store double %46, ptr %12, align 8, !dbg !388, !tbaa !391
  %47 = load double, ptr %12, align 8, !dbg !393, !tbaa !391
  %48 = fmul double %47, 2.500000e+00, !dbg !394
  %49 = fptosi double %48 to i32, !dbg !395
  store i32 %49, ptr %8, align 4, !dbg !396, !tbaa !117
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #9, !dbg !397
  br label %115

50:                                               ; preds = %5
  %51 = load ptr, ptr @plugin_hook, align 8, !dbg !398, !tbaa !112
  %52 = load ptr, ptr %7, align 8, !dbg !399, !tbaa !112
  %53 = load i32, ptr %8, align 4, !dbg !400, !tbaa !117
  %54 = call i32 %51(ptr noundef %52, i32 noundef %53), !dbg !398
  store i32 %54, ptr %8, align 4, !dbg !401, !tbaa !117
  br label %115, !dbg !402

55:                                               ; preds = %5
  %56 = load ptr, ptr %7, align 8, !dbg !403, !tbaa !112
  %57 = getelementptr inbounds i8, ptr %56, i64 1, !dbg !403
  %58 = load i8, ptr %57, align 1, !dbg !403, !tbaa !122
  %59 = sext i8 %58 to i32, !dbg !403
  %60 = and i32 %59, 1, !dbg !404
  %61 = sext i32 %60 to i64, !dbg !405
  %62 = getelementptr inbounds [2 x ptr], ptr @ops, i64 0, i64 %61, !dbg !405
  %63 = load ptr, ptr %62, align 8, !dbg !405, !tbaa !112
  %64 = load ptr, ptr %7, align 8, !dbg !406, !tbaa !112
  %65 = load i32, ptr %8, align 4, !dbg !407, !tbaa !117
  %66 = call i32 %63(ptr noundef %64, i32 noundef %65), !dbg !405
  store i32 %66, ptr %8, align 4, !dbg !408, !tbaa !117
  br label %115, !dbg !409

67:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(i64 16, ptr %13) #9, !dbg !410
    #dbg_declare(ptr %13, !348, !DIExpression(), !411)
  %68 = load i32, ptr %8, align 4, !dbg !412, !tbaa !117
  %69 = sext i32 %68 to i128, !dbg !413
  %70 = mul i128 %69, 11400714819323198485, !dbg !414
  store i128 %70, ptr %13, align 16, !dbg !411, !tbaa !415
  %71 = load ptr, ptr %7, align 8, !dbg !417, !tbaa !112
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %71, ptr align 16 %13, i64 16, i1 false), !dbg !418
  store i32 16, ptr %8, align 4, !dbg !419, !tbaa !117
  call void @llvm.lifetime.end.p0(i64 16, ptr %13) #9, !dbg !420
  br label %115

72:                                               ; preds = %5
  %73 = call i32 @pthread_mutex_lock(ptr noundef @stats_lock) #9, !dbg !421
  %74 = load i64, ptr @served, align 8, !dbg !422, !tbaa !423
  %75 = add i64 %74, 1, !dbg !422
  store i64 %75, ptr @served, align 8, !dbg !422, !tbaa !423
  %76 = call i32 @pthread_mutex_unlock(ptr noundef @stats_lock) #9, !dbg !425
  br label %115, !dbg !426

77:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #9, !dbg !427
    #dbg_declare(ptr %14, !350, !DIExpression(), !428)
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #9, !dbg !427
    #dbg_declare(ptr %15, !352, !DIExpression(), !429)
  %78 = call { i32, i32 } asm sideeffect "rdtsc", "={ax},={dx},~{dirflag},~{fpsr},~{flags}"() #9, !dbg !430, !srcloc !431
  %79 = extractvalue { i32, i32 } %78, 0, !dbg !430
  %80 = extractvalue { i32, i32 } %78, 1, !dbg !430
  store i32 %79, ptr %14, align 4, !dbg !430, !tbaa !117
  store i32 %80, ptr %15, align 4, !dbg !430, !tbaa !117
  %81 = load i32, ptr %14, align 4, !dbg !432, !tbaa !117
  store i32 %81, ptr %8, align 4, !dbg !433, !tbaa !117
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #9, !dbg !434
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #9, !dbg !434
  br label %115

82:                                               ; preds = %5
  %83 = load ptr, ptr %7, align 8, !dbg !435, !tbaa !112
  %84 = getelementptr inbounds i8, ptr %83, i64 1, !dbg !436
  %85 = load i32, ptr %8, align 4, !dbg !437, !tbaa !117
  %86 = sub i32 %85, 1, !dbg !438
  %87 = call i32 @depth(ptr noundef %84, i32 noundef %86), !dbg !439
  store i32 %87, ptr %8, align 4, !dbg !440, !tbaa !117
  br label %115, !dbg !441

88:                                               ; preds = %5
  %89 = load i32, ptr %8, align 4, !dbg !442, !tbaa !117
  %90 = zext i32 %89 to i64, !dbg !443
  %91 = call ptr @llvm.stacksave.p0(), !dbg !443
  store ptr %91, ptr %16, align 8, !dbg !443
  %92 = alloca i8, i64 %90, align 16, !dbg !443
  store i64 %90, ptr %17, align 8, !dbg !443
    #dbg_declare(ptr %17, !353, !DIExpression(), !444)
    #dbg_declare(ptr %92, !355, !DIExpression(), !445)
  %93 = load ptr, ptr %7, align 8, !dbg !446, !tbaa !112
  %94 = load i32, ptr %8, align 4, !dbg !447, !tbaa !117
  %95 = sext i32 %94 to i64, !dbg !447
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %92, ptr align 1 %93, i64 %95, i1 false), !dbg !448
  %96 = load i32, ptr %8, align 4, !dbg !449, !tbaa !117
  %97 = sub nsw i32 %96, 1, !dbg !450
  %98 = sext i32 %97 to i64, !dbg !451
  %99 = getelementptr inbounds i8, ptr %92, i64 %98, !dbg !451
  %100 = load i8, ptr %99, align 1, !dbg !451, !tbaa !122
  %101 = sext i8 %100 to i32, !dbg !451
  store i32 %101, ptr %8, align 4, !dbg !452, !tbaa !117
  %102 = load ptr, ptr %16, align 8, !dbg !453
  call void @llvm.stackrestore.p0(ptr %102), !dbg !453
  br label %115

103:                                              ; preds = %5
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #9, !dbg !454
    #dbg_declare(ptr %18, !359, !DIExpression(), !455)
  %104 = load ptr, ptr %7, align 8, !dbg !456, !tbaa !112
  %105 = getelementptr inbounds i8, ptr %104, i64 1, !dbg !457
  %106 = call i64 @strtoul(ptr noundef %105, ptr noundef null, i32 noundef 10) #9, !dbg !458
  store i64 %106, ptr %18, align 8, !dbg !455, !tbaa !423
  call void @llvm.lifetime.start.p0(i64 2, ptr %19) #9, !dbg !459
    #dbg_declare(ptr %19, !361, !DIExpression(), !460)
  %107 = load i64, ptr %18, align 8, !dbg !461, !tbaa !423
  %108 = trunc i64 %107 to i16, !dbg !461
  %109 = call zeroext i16 @__bswap_16(i16 noundef zeroext %108), !dbg !461
  store i16 %109, ptr %19, align 2, !dbg !460, !tbaa !244
  %110 = load ptr, ptr %7, align 8, !dbg !462, !tbaa !112
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %110, ptr align 2 %19, i64 2, i1 false), !dbg !463
  %111 = load ptr, ptr %7, align 8, !dbg !464, !tbaa !112
  %112 = call i64 @strlen(ptr noundef %111) #10, !dbg !465
  %113 = trunc i64 %112 to i32, !dbg !466
  store i32 %113, ptr %8, align 4, !dbg !467, !tbaa !117
  call void @llvm.lifetime.end.p0(i64 2, ptr %19) #9, !dbg !468
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #9, !dbg !468
  br label %115

114:                                              ; preds = %5
  br label %115, !dbg !469

115:                                              ; preds = %114, %103, %88, %82, %77, %72, %67, %55, %50, %43, %39, %36, %34
  %116 = load i32, ptr %6, align 4, !dbg !470, !tbaa !117
  %117 = load ptr, ptr %7, align 8, !dbg !471, !tbaa !112
  %118 = load i32, ptr %8, align 4, !dbg !472, !tbaa !117
  %119 = sext i32 %118 to i64, !dbg !472
  %120 = load ptr, ptr %9, align 8, !dbg !473, !tbaa !112
  %121 = load i32, ptr %10, align 4, !dbg !474, !tbaa !117
  %122 = call i64 @sendto(i32 noundef %116, ptr noundef %117, i64 noundef %119, i32 noundef 0, ptr noundef %120, i32 noundef %121), !dbg !475
  ret void, !dbg !476
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !477 noalias ptr @fopen(ptr noundef, ptr noundef) #5

declare !dbg !484 i64 @fread(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #5

declare !dbg !488 i32 @printf(ptr noundef, ...) #5

declare !dbg !491 i32 @remote_lookup(ptr noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nounwind
declare !dbg !494 i32 @pthread_mutex_lock(ptr noundef) #2

; Function Attrs: nounwind
declare !dbg !499 i32 @pthread_mutex_unlock(ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal i32 @depth(ptr noundef %0, i32 noundef %1) #0 !dbg !500 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !112
    #dbg_declare(ptr %4, !504, !DIExpression(), !506)
  store i32 %1, ptr %5, align 4, !tbaa !117
    #dbg_declare(ptr %5, !505, !DIExpression(), !507)
  %6 = load i32, ptr %5, align 4, !dbg !508, !tbaa !117
  %7 = icmp eq i32 %6, 0, !dbg !510
  br i1 %7, label %13, label %8, !dbg !511

8:                                                ; preds = %2
  %9 = load ptr, ptr %4, align 8, !dbg !512, !tbaa !112
  %10 = load i8, ptr %9, align 1, !dbg !513, !tbaa !122
  %11 = sext i8 %10 to i32, !dbg !513
  %12 = icmp ne i32 %11, 40, !dbg !514
  br i1 %12, label %13, label %14, !dbg !515

13:                                               ; preds = %8, %2
  store i32 0, ptr %3, align 4, !dbg !516
  br label %21, !dbg !516

14:                                               ; preds = %8
  %15 = load ptr, ptr %4, align 8, !dbg !517, !tbaa !112
  %16 = getelementptr inbounds i8, ptr %15, i64 1, !dbg !518
  %17 = load i32, ptr %5, align 4, !dbg !519, !tbaa !117
  %18 = sub i32 %17, 1, !dbg !520
  %19 = call i32 @depth(ptr noundef %16, i32 noundef %18), !dbg !521
  %20 = add i32 1, %19, !dbg !522
  store i32 %20, ptr %3, align 4, !dbg !523
  br label %21, !dbg !523

21:                                               ; preds = %14, %13
  %22 = load i32, ptr %3, align 4, !dbg !524
  ret i32 %22, !dbg !524
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #7

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #7

; Function Attrs: nounwind
declare !dbg !525 i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !531 i64 @strlen(ptr noundef) #8

declare !dbg !535 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nounwind uwtable
define internal i32 @op_lower(ptr noundef %0, i32 noundef %1) #0 !dbg !540 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !112
    #dbg_declare(ptr %3, !542, !DIExpression(), !544)
  store i32 %1, ptr %4, align 4, !tbaa !117
    #dbg_declare(ptr %4, !543, !DIExpression(), !545)
  %5 = load ptr, ptr %3, align 8, !dbg !546, !tbaa !112
  %6 = getelementptr inbounds i8, ptr %5, i64 0, !dbg !546
  store i8 108, ptr %6, align 1, !dbg !547, !tbaa !122
  %7 = load i32, ptr %4, align 4, !dbg !548, !tbaa !117
  ret i32 %7, !dbg !549
}

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind willreturn }
attributes #8 = { nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!101, !102, !103, !104, !105, !106}
!llvm.ident = !{!107}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "plugin_hook", scope: !2, file: !3, line: 18, type: !96, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !41, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "dispatch-blockers.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "57f43e9744459bc8eec2a84882c7c4e6")
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
!18 = !{!19, !25, !38, !39, !40, !7, !32}
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !20, line: 30, baseType: !21)
!20 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !7)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!40 = !DIBasicType(name: "unsigned __int128", size: 128, encoding: DW_ATE_unsigned)
!41 = !{!0, !42, !74, !77, !82, !87, !92}
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(name: "stats_lock", scope: !2, file: !3, line: 19, type: !44, isLocal: false, isDefinition: true)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutex_t", file: !45, line: 72, baseType: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!46 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !45, line: 67, size: 320, elements: !47)
!47 = !{!48, !68, !72}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !46, file: !45, line: 69, baseType: !49, size: 320)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_mutex_s", file: !50, line: 22, size: 320, elements: !51)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h", directory: "", checksumkind: CSK_MD5, checksum: "584baedd80e6041b81caae7f496091c0")
!51 = !{!52, !53, !54, !55, !56, !57, !59, !60}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "__lock", scope: !49, file: !50, line: 24, baseType: !38, size: 32)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "__count", scope: !49, file: !50, line: 25, baseType: !7, size: 32, offset: 32)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "__owner", scope: !49, file: !50, line: 26, baseType: !38, size: 32, offset: 64)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "__nusers", scope: !49, file: !50, line: 28, baseType: !7, size: 32, offset: 96)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "__kind", scope: !49, file: !50, line: 32, baseType: !38, size: 32, offset: 128)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "__spins", scope: !49, file: !50, line: 34, baseType: !58, size: 16, offset: 160)
!58 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "__elision", scope: !49, file: !50, line: 35, baseType: !58, size: 16, offset: 176)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "__list", scope: !49, file: !50, line: 36, baseType: !61, size: 128, offset: 192)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "__pthread_list_t", file: !62, line: 55, baseType: !63)
!62 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h", directory: "", checksumkind: CSK_MD5, checksum: "04c81e86d34dad9c99ad006d32e47a0d")
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_internal_list", file: !62, line: 51, size: 128, elements: !64)
!64 = !{!65, !67}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "__prev", scope: !63, file: !62, line: 53, baseType: !66, size: 64)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "__next", scope: !63, file: !62, line: 54, baseType: !66, size: 64, offset: 64)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !46, file: !45, line: 70, baseType: !69, size: 320)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 320, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 40)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !46, file: !45, line: 71, baseType: !73, size: 64)
!73 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "served", scope: !2, file: !3, line: 20, type: !76, isLocal: false, isDefinition: true)
!76 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!77 = !DIGlobalVariableExpression(var: !78, expr: !DIExpression())
!78 = distinct !DIGlobalVariable(scope: null, file: !3, line: 32, type: !79, isLocal: true, isDefinition: true)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 80, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 10)
!82 = !DIGlobalVariableExpression(var: !83, expr: !DIExpression())
!83 = distinct !DIGlobalVariable(scope: null, file: !3, line: 32, type: !84, isLocal: true, isDefinition: true)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 2)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(scope: null, file: !3, line: 37, type: !89, isLocal: true, isDefinition: true)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 168, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 21)
!92 = !DIGlobalVariableExpression(var: !93, expr: !DIExpression())
!93 = distinct !DIGlobalVariable(name: "ops", scope: !2, file: !3, line: 17, type: !94, isLocal: true, isDefinition: true)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !95, size: 128, elements: !85)
!95 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "op_fn", file: !3, line: 14, baseType: !97)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!98 = !DISubroutineType(types: !99)
!99 = !{!38, !100, !38}
!100 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!101 = !{i32 7, !"Dwarf Version", i32 5}
!102 = !{i32 2, !"Debug Info Version", i32 3}
!103 = !{i32 1, !"wchar_size", i32 4}
!104 = !{i32 8, !"PIC Level", i32 2}
!105 = !{i32 7, !"PIE Level", i32 2}
!106 = !{i32 7, !"uwtable", i32 2}
!107 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!108 = distinct !DISubprogram(name: "op_upper", scope: !3, file: !3, line: 15, type: !98, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !109)
!109 = !{!110, !111}
!110 = !DILocalVariable(name: "p", arg: 1, scope: !108, file: !3, line: 15, type: !100)
!111 = !DILocalVariable(name: "n", arg: 2, scope: !108, file: !3, line: 15, type: !38)
!112 = !{!113, !113, i64 0}
!113 = !{!"any pointer", !114, i64 0}
!114 = !{!"omnipotent char", !115, i64 0}
!115 = !{!"Simple C/C++ TBAA"}
!116 = !DILocation(line: 15, column: 27, scope: !108)
!117 = !{!118, !118, i64 0}
!118 = !{!"int", !114, i64 0}
!119 = !DILocation(line: 15, column: 34, scope: !108)
!120 = !DILocation(line: 15, column: 39, scope: !108)
!121 = !DILocation(line: 15, column: 44, scope: !108)
!122 = !{!114, !114, i64 0}
!123 = !DILocation(line: 15, column: 58, scope: !108)
!124 = !DILocation(line: 15, column: 51, scope: !108)
!125 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 92, type: !126, scopeLine: 92, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !128)
!126 = !DISubroutineType(types: !127)
!127 = !{!38}
!128 = !{!129, !130, !146, !153, !160, !161, !164}
!129 = !DILocalVariable(name: "fd", scope: !125, file: !3, line: 93, type: !38)
!130 = !DILocalVariable(name: "addr", scope: !125, file: !3, line: 94, type: !131)
!131 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !132)
!132 = !{!133, !134, !137, !141}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !131, file: !20, line: 247, baseType: !30, size: 16)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !131, file: !20, line: 248, baseType: !135, size: 16, offset: 16)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !136)
!136 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !39)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !131, file: !20, line: 249, baseType: !138, size: 32, offset: 32)
!138 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !139)
!139 = !{!140}
!140 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !138, file: !20, line: 33, baseType: !19, size: 32)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !131, file: !20, line: 252, baseType: !142, size: 64, offset: 64)
!142 = !DICompositeType(tag: DW_TAG_array_type, baseType: !143, size: 64, elements: !144)
!143 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!144 = !{!145}
!145 = !DISubrange(count: 8)
!146 = !DILocalVariable(name: "pfd", scope: !125, file: !3, line: 101, type: !147)
!147 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !148, line: 36, size: 64, elements: !149)
!148 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!149 = !{!150, !151, !152}
!150 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !147, file: !148, line: 38, baseType: !38, size: 32)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !147, file: !148, line: 39, baseType: !58, size: 16, offset: 32)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !147, file: !148, line: 40, baseType: !58, size: 16, offset: 48)
!153 = !DILocalVariable(name: "buf", scope: !154, file: !3, line: 105, type: !157)
!154 = distinct !DILexicalBlock(scope: !155, file: !3, line: 102, column: 12)
!155 = distinct !DILexicalBlock(scope: !156, file: !3, line: 102, column: 3)
!156 = distinct !DILexicalBlock(scope: !125, file: !3, line: 102, column: 3)
!157 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !158)
!158 = !{!159}
!159 = !DISubrange(count: 512)
!160 = !DILocalVariable(name: "src", scope: !154, file: !3, line: 106, type: !131)
!161 = !DILocalVariable(name: "len", scope: !154, file: !3, line: 107, type: !162)
!162 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !163)
!163 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!164 = !DILocalVariable(name: "n", scope: !154, file: !3, line: 108, type: !38)
!165 = !DILocation(line: 93, column: 3, scope: !125)
!166 = !DILocation(line: 93, column: 7, scope: !125)
!167 = !DILocation(line: 93, column: 12, scope: !125)
!168 = !DILocation(line: 94, column: 3, scope: !125)
!169 = !DILocation(line: 94, column: 22, scope: !125)
!170 = !DILocation(line: 95, column: 3, scope: !125)
!171 = !DILocation(line: 96, column: 8, scope: !125)
!172 = !DILocation(line: 96, column: 19, scope: !125)
!173 = !{!174, !175, i64 0}
!174 = !{!"sockaddr_in", !175, i64 0, !175, i64 2, !176, i64 4, !114, i64 8}
!175 = !{!"short", !114, i64 0}
!176 = !{!"in_addr", !118, i64 0}
!177 = !DILocation(line: 97, column: 19, scope: !125)
!178 = !DILocation(line: 97, column: 8, scope: !125)
!179 = !DILocation(line: 97, column: 17, scope: !125)
!180 = !{!174, !175, i64 2}
!181 = !DILocation(line: 98, column: 26, scope: !125)
!182 = !DILocation(line: 98, column: 8, scope: !125)
!183 = !DILocation(line: 98, column: 17, scope: !125)
!184 = !DILocation(line: 98, column: 24, scope: !125)
!185 = !{!174, !118, i64 4}
!186 = !DILocation(line: 99, column: 12, scope: !187)
!187 = distinct !DILexicalBlock(scope: !125, file: !3, line: 99, column: 7)
!188 = !DILocation(line: 99, column: 7, scope: !187)
!189 = !DILocation(line: 99, column: 56, scope: !187)
!190 = !DILocation(line: 99, column: 7, scope: !125)
!191 = !DILocation(line: 100, column: 5, scope: !187)
!192 = !DILocation(line: 114, column: 1, scope: !125)
!193 = !DILocation(line: 101, column: 3, scope: !125)
!194 = !DILocation(line: 101, column: 17, scope: !125)
!195 = !DILocation(line: 101, column: 23, scope: !125)
!196 = !DILocation(line: 101, column: 30, scope: !125)
!197 = !{!198, !118, i64 0}
!198 = !{!"pollfd", !118, i64 0, !175, i64 4, !175, i64 6}
!199 = !{!198, !175, i64 4}
!200 = !{!198, !175, i64 6}
!201 = !DILocation(line: 102, column: 3, scope: !125)
!202 = !DILocation(line: 103, column: 9, scope: !203)
!203 = distinct !DILexicalBlock(scope: !154, file: !3, line: 103, column: 9)
!204 = !DILocation(line: 103, column: 27, scope: !203)
!205 = !DILocation(line: 103, column: 9, scope: !154)
!206 = !DILocation(line: 104, column: 7, scope: !203)
!207 = distinct !{!207, !208, !209}
!208 = !DILocation(line: 102, column: 3, scope: !156)
!209 = !DILocation(line: 113, column: 3, scope: !156)
!210 = !DILocation(line: 105, column: 5, scope: !154)
!211 = !DILocation(line: 105, column: 10, scope: !154)
!212 = !DILocation(line: 106, column: 5, scope: !154)
!213 = !DILocation(line: 106, column: 24, scope: !154)
!214 = !DILocation(line: 107, column: 5, scope: !154)
!215 = !DILocation(line: 107, column: 15, scope: !154)
!216 = !DILocation(line: 108, column: 5, scope: !154)
!217 = !DILocation(line: 108, column: 9, scope: !154)
!218 = !DILocation(line: 108, column: 27, scope: !154)
!219 = !DILocation(line: 108, column: 31, scope: !154)
!220 = !DILocation(line: 108, column: 18, scope: !154)
!221 = !DILocation(line: 108, column: 13, scope: !154)
!222 = !DILocation(line: 110, column: 9, scope: !223)
!223 = distinct !DILexicalBlock(scope: !154, file: !3, line: 110, column: 9)
!224 = !DILocation(line: 110, column: 11, scope: !223)
!225 = !DILocation(line: 110, column: 9, scope: !154)
!226 = !DILocation(line: 111, column: 7, scope: !223)
!227 = !DILocation(line: 112, column: 11, scope: !154)
!228 = !DILocation(line: 112, column: 15, scope: !154)
!229 = !DILocation(line: 112, column: 20, scope: !154)
!230 = !DILocation(line: 112, column: 29, scope: !154)
!231 = !DILocation(line: 112, column: 5, scope: !154)
!232 = !DILocation(line: 113, column: 3, scope: !155)
!233 = !DILocation(line: 102, column: 3, scope: !155)
!234 = !DISubprogram(name: "socket", scope: !235, file: !235, line: 102, type: !236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!235 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!236 = !DISubroutineType(types: !237)
!237 = !{!38, !38, !38, !38}
!238 = distinct !DISubprogram(name: "__bswap_16", scope: !239, file: !239, line: 34, type: !240, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242)
!239 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!240 = !DISubroutineType(types: !241)
!241 = !{!39, !39}
!242 = !{!243}
!243 = !DILocalVariable(name: "__bsx", arg: 1, scope: !238, file: !239, line: 34, type: !39)
!244 = !{!175, !175, i64 0}
!245 = !DILocation(line: 34, column: 24, scope: !238)
!246 = !DILocation(line: 39, column: 10, scope: !238)
!247 = !DILocation(line: 39, column: 3, scope: !238)
!248 = distinct !DISubprogram(name: "__bswap_32", scope: !239, file: !239, line: 49, type: !249, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !251)
!249 = !DISubroutineType(types: !250)
!250 = !{!23, !23}
!251 = !{!252}
!252 = !DILocalVariable(name: "__bsx", arg: 1, scope: !248, file: !239, line: 49, type: !23)
!253 = !DILocation(line: 49, column: 24, scope: !248)
!254 = !DILocation(line: 54, column: 10, scope: !248)
!255 = !DILocation(line: 54, column: 3, scope: !248)
!256 = !DISubprogram(name: "bind", scope: !235, file: !235, line: 112, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!257 = !DISubroutineType(types: !258)
!258 = !{!38, !38, !259, !162}
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!261 = !DISubprogram(name: "poll", scope: !148, file: !148, line: 54, type: !262, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!262 = !DISubroutineType(types: !263)
!263 = !{!38, !264, !265, !38}
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !147, size: 64)
!265 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !148, line: 33, baseType: !76)
!266 = !DISubprogram(name: "recvfrom", scope: !235, file: !235, line: 163, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!269, !38, !272, !274, !38, !276, !277}
!269 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !270, line: 108, baseType: !271)
!270 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !73)
!272 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !273)
!273 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!274 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !275, line: 18, baseType: !76)
!275 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!276 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!277 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !278)
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !162, size: 64)
!279 = distinct !DISubprogram(name: "serve", scope: !3, file: !3, line: 28, type: !280, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !283)
!280 = !DISubroutineType(types: !281)
!281 = !{null, !38, !100, !38, !282, !162}
!282 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !131, size: 64)
!283 = !{!284, !285, !286, !287, !288, !289, !345, !348, !350, !352, !353, !355, !359, !361}
!284 = !DILocalVariable(name: "fd", arg: 1, scope: !279, file: !3, line: 28, type: !38)
!285 = !DILocalVariable(name: "buf", arg: 2, scope: !279, file: !3, line: 28, type: !100)
!286 = !DILocalVariable(name: "n", arg: 3, scope: !279, file: !3, line: 28, type: !38)
!287 = !DILocalVariable(name: "src", arg: 4, scope: !279, file: !3, line: 28, type: !282)
!288 = !DILocalVariable(name: "len", arg: 5, scope: !279, file: !3, line: 29, type: !162)
!289 = !DILocalVariable(name: "f", scope: !290, file: !3, line: 32, type: !292)
!290 = distinct !DILexicalBlock(scope: !291, file: !3, line: 31, column: 13)
!291 = distinct !DILexicalBlock(scope: !279, file: !3, line: 30, column: 19)
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !293, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !294, line: 7, baseType: !295)
!294 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!295 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !296, line: 49, size: 1728, elements: !297)
!296 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!297 = !{!298, !299, !300, !301, !302, !303, !304, !305, !306, !307, !308, !309, !310, !313, !315, !316, !317, !319, !320, !322, !326, !329, !331, !334, !337, !338, !339, !340, !341}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !295, file: !296, line: 51, baseType: !38, size: 32)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !295, file: !296, line: 54, baseType: !100, size: 64, offset: 64)
!300 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !295, file: !296, line: 55, baseType: !100, size: 64, offset: 128)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !295, file: !296, line: 56, baseType: !100, size: 64, offset: 192)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !295, file: !296, line: 57, baseType: !100, size: 64, offset: 256)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !295, file: !296, line: 58, baseType: !100, size: 64, offset: 320)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !295, file: !296, line: 59, baseType: !100, size: 64, offset: 384)
!305 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !295, file: !296, line: 60, baseType: !100, size: 64, offset: 448)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !295, file: !296, line: 61, baseType: !100, size: 64, offset: 512)
!307 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !295, file: !296, line: 64, baseType: !100, size: 64, offset: 576)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !295, file: !296, line: 65, baseType: !100, size: 64, offset: 640)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !295, file: !296, line: 66, baseType: !100, size: 64, offset: 704)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !295, file: !296, line: 68, baseType: !311, size: 64, offset: 768)
!311 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !312, size: 64)
!312 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !296, line: 36, flags: DIFlagFwdDecl)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !295, file: !296, line: 70, baseType: !314, size: 64, offset: 832)
!314 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !295, size: 64)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !295, file: !296, line: 72, baseType: !38, size: 32, offset: 896)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !295, file: !296, line: 73, baseType: !38, size: 32, offset: 928)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !295, file: !296, line: 74, baseType: !318, size: 64, offset: 960)
!318 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !24, line: 152, baseType: !73)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !295, file: !296, line: 77, baseType: !32, size: 16, offset: 1024)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !295, file: !296, line: 78, baseType: !321, size: 8, offset: 1040)
!321 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !295, file: !296, line: 79, baseType: !323, size: 8, offset: 1048)
!323 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 8, elements: !324)
!324 = !{!325}
!325 = !DISubrange(count: 1)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !295, file: !296, line: 81, baseType: !327, size: 64, offset: 1088)
!327 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !328, size: 64)
!328 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !296, line: 43, baseType: null)
!329 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !295, file: !296, line: 89, baseType: !330, size: 64, offset: 1152)
!330 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !24, line: 153, baseType: !73)
!331 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !295, file: !296, line: 91, baseType: !332, size: 64, offset: 1216)
!332 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !333, size: 64)
!333 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !296, line: 37, flags: DIFlagFwdDecl)
!334 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !295, file: !296, line: 92, baseType: !335, size: 64, offset: 1280)
!335 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !336, size: 64)
!336 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !296, line: 38, flags: DIFlagFwdDecl)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !295, file: !296, line: 93, baseType: !314, size: 64, offset: 1344)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !295, file: !296, line: 94, baseType: !273, size: 64, offset: 1408)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !295, file: !296, line: 95, baseType: !274, size: 64, offset: 1472)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !295, file: !296, line: 96, baseType: !38, size: 32, offset: 1536)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !295, file: !296, line: 98, baseType: !342, size: 160, offset: 1568)
!342 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !343)
!343 = !{!344}
!344 = !DISubrange(count: 20)
!345 = !DILocalVariable(name: "load", scope: !346, file: !3, line: 43, type: !347)
!346 = distinct !DILexicalBlock(scope: !291, file: !3, line: 42, column: 13)
!347 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!348 = !DILocalVariable(name: "h", scope: !349, file: !3, line: 54, type: !40)
!349 = distinct !DILexicalBlock(scope: !291, file: !3, line: 53, column: 13)
!350 = !DILocalVariable(name: "lo", scope: !351, file: !3, line: 65, type: !7)
!351 = distinct !DILexicalBlock(scope: !291, file: !3, line: 64, column: 13)
!352 = !DILocalVariable(name: "hi", scope: !351, file: !3, line: 65, type: !7)
!353 = !DILocalVariable(name: "__vla_expr0", scope: !354, type: !76, flags: DIFlagArtificial)
!354 = distinct !DILexicalBlock(scope: !291, file: !3, line: 73, column: 13)
!355 = !DILocalVariable(name: "tmp", scope: !354, file: !3, line: 74, type: !356)
!356 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, elements: !357)
!357 = !{!358}
!358 = !DISubrange(count: !353)
!359 = !DILocalVariable(name: "v", scope: !360, file: !3, line: 80, type: !76)
!360 = distinct !DILexicalBlock(scope: !291, file: !3, line: 79, column: 13)
!361 = !DILocalVariable(name: "port", scope: !360, file: !3, line: 81, type: !32)
!362 = !DILocation(line: 28, column: 23, scope: !279)
!363 = !DILocation(line: 28, column: 33, scope: !279)
!364 = !DILocation(line: 28, column: 42, scope: !279)
!365 = !DILocation(line: 28, column: 65, scope: !279)
!366 = !DILocation(line: 29, column: 29, scope: !279)
!367 = !DILocation(line: 30, column: 11, scope: !279)
!368 = !DILocation(line: 30, column: 3, scope: !279)
!369 = !DILocation(line: 32, column: 5, scope: !290)
!370 = !DILocation(line: 32, column: 11, scope: !290)
!371 = !DILocation(line: 32, column: 15, scope: !290)
!372 = !DILocation(line: 33, column: 9, scope: !290)
!373 = !DILocation(line: 33, column: 24, scope: !290)
!374 = !DILocation(line: 33, column: 37, scope: !290)
!375 = !DILocation(line: 33, column: 18, scope: !290)
!376 = !DILocation(line: 33, column: 13, scope: !290)
!377 = !DILocation(line: 33, column: 7, scope: !290)
!378 = !DILocation(line: 35, column: 3, scope: !291)
!379 = !DILocation(line: 37, column: 37, scope: !291)
!380 = !DILocation(line: 37, column: 5, scope: !291)
!381 = !DILocation(line: 38, column: 5, scope: !291)
!382 = !DILocation(line: 40, column: 23, scope: !291)
!383 = !DILocation(line: 40, column: 27, scope: !291)
!384 = !DILocation(line: 40, column: 9, scope: !291)
!385 = !DILocation(line: 40, column: 7, scope: !291)
!386 = !DILocation(line: 41, column: 5, scope: !291)
!387 = !DILocation(line: 43, column: 5, scope: !346)
!388 = !DILocation(line: 43, column: 12, scope: !346)
!389 = !DILocation(line: 43, column: 19, scope: !346)
!390 = !DILocation(line: 43, column: 21, scope: !346)
!391 = !{!392, !392, i64 0}
!392 = !{!"double", !114, i64 0}
!393 = !DILocation(line: 44, column: 15, scope: !346)
!394 = !DILocation(line: 44, column: 20, scope: !346)
!395 = !DILocation(line: 44, column: 9, scope: !346)
!396 = !DILocation(line: 44, column: 7, scope: !346)
!397 = !DILocation(line: 46, column: 3, scope: !291)
!398 = !DILocation(line: 48, column: 9, scope: !291)
!399 = !DILocation(line: 48, column: 21, scope: !291)
!400 = !DILocation(line: 48, column: 26, scope: !291)
!401 = !DILocation(line: 48, column: 7, scope: !291)
!402 = !DILocation(line: 49, column: 5, scope: !291)
!403 = !DILocation(line: 51, column: 13, scope: !291)
!404 = !DILocation(line: 51, column: 20, scope: !291)
!405 = !DILocation(line: 51, column: 9, scope: !291)
!406 = !DILocation(line: 51, column: 25, scope: !291)
!407 = !DILocation(line: 51, column: 30, scope: !291)
!408 = !DILocation(line: 51, column: 7, scope: !291)
!409 = !DILocation(line: 52, column: 5, scope: !291)
!410 = !DILocation(line: 54, column: 5, scope: !349)
!411 = !DILocation(line: 54, column: 23, scope: !349)
!412 = !DILocation(line: 54, column: 46, scope: !349)
!413 = !DILocation(line: 54, column: 27, scope: !349)
!414 = !DILocation(line: 54, column: 48, scope: !349)
!415 = !{!416, !416, i64 0}
!416 = !{!"__int128", !114, i64 0}
!417 = !DILocation(line: 55, column: 12, scope: !349)
!418 = !DILocation(line: 55, column: 5, scope: !349)
!419 = !DILocation(line: 56, column: 7, scope: !349)
!420 = !DILocation(line: 58, column: 3, scope: !291)
!421 = !DILocation(line: 60, column: 5, scope: !291)
!422 = !DILocation(line: 61, column: 11, scope: !291)
!423 = !{!424, !424, i64 0}
!424 = !{!"long", !114, i64 0}
!425 = !DILocation(line: 62, column: 5, scope: !291)
!426 = !DILocation(line: 63, column: 5, scope: !291)
!427 = !DILocation(line: 65, column: 5, scope: !351)
!428 = !DILocation(line: 65, column: 14, scope: !351)
!429 = !DILocation(line: 65, column: 18, scope: !351)
!430 = !DILocation(line: 66, column: 5, scope: !351)
!431 = !{i64 1675}
!432 = !DILocation(line: 67, column: 14, scope: !351)
!433 = !DILocation(line: 67, column: 7, scope: !351)
!434 = !DILocation(line: 69, column: 3, scope: !291)
!435 = !DILocation(line: 71, column: 20, scope: !291)
!436 = !DILocation(line: 71, column: 24, scope: !291)
!437 = !DILocation(line: 71, column: 39, scope: !291)
!438 = !DILocation(line: 71, column: 41, scope: !291)
!439 = !DILocation(line: 71, column: 14, scope: !291)
!440 = !DILocation(line: 71, column: 7, scope: !291)
!441 = !DILocation(line: 72, column: 5, scope: !291)
!442 = !DILocation(line: 74, column: 14, scope: !354)
!443 = !DILocation(line: 74, column: 5, scope: !354)
!444 = !DILocation(line: 0, scope: !354)
!445 = !DILocation(line: 74, column: 10, scope: !354)
!446 = !DILocation(line: 75, column: 17, scope: !354)
!447 = !DILocation(line: 75, column: 22, scope: !354)
!448 = !DILocation(line: 75, column: 5, scope: !354)
!449 = !DILocation(line: 76, column: 13, scope: !354)
!450 = !DILocation(line: 76, column: 15, scope: !354)
!451 = !DILocation(line: 76, column: 9, scope: !354)
!452 = !DILocation(line: 76, column: 7, scope: !354)
!453 = !DILocation(line: 78, column: 3, scope: !291)
!454 = !DILocation(line: 80, column: 5, scope: !360)
!455 = !DILocation(line: 80, column: 19, scope: !360)
!456 = !DILocation(line: 80, column: 31, scope: !360)
!457 = !DILocation(line: 80, column: 35, scope: !360)
!458 = !DILocation(line: 80, column: 23, scope: !360)
!459 = !DILocation(line: 81, column: 5, scope: !360)
!460 = !DILocation(line: 81, column: 20, scope: !360)
!461 = !DILocation(line: 81, column: 27, scope: !360)
!462 = !DILocation(line: 82, column: 12, scope: !360)
!463 = !DILocation(line: 82, column: 5, scope: !360)
!464 = !DILocation(line: 83, column: 21, scope: !360)
!465 = !DILocation(line: 83, column: 14, scope: !360)
!466 = !DILocation(line: 83, column: 9, scope: !360)
!467 = !DILocation(line: 83, column: 7, scope: !360)
!468 = !DILocation(line: 85, column: 3, scope: !291)
!469 = !DILocation(line: 87, column: 5, scope: !291)
!470 = !DILocation(line: 89, column: 10, scope: !279)
!471 = !DILocation(line: 89, column: 14, scope: !279)
!472 = !DILocation(line: 89, column: 19, scope: !279)
!473 = !DILocation(line: 89, column: 44, scope: !279)
!474 = !DILocation(line: 89, column: 49, scope: !279)
!475 = !DILocation(line: 89, column: 3, scope: !279)
!476 = !DILocation(line: 90, column: 1, scope: !279)
!477 = !DISubprogram(name: "fopen", scope: !478, file: !478, line: 258, type: !479, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!478 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!479 = !DISubroutineType(types: !480)
!480 = !{!292, !481, !481}
!481 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !482)
!482 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !483, size: 64)
!483 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!484 = !DISubprogram(name: "fread", scope: !478, file: !478, line: 675, type: !485, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!485 = !DISubroutineType(types: !486)
!486 = !{!76, !272, !274, !274, !487}
!487 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !292)
!488 = !DISubprogram(name: "printf", scope: !478, file: !478, line: 356, type: !489, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!489 = !DISubroutineType(types: !490)
!490 = !{!38, !481, null}
!491 = !DISubprogram(name: "remote_lookup", scope: !3, file: !3, line: 13, type: !492, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!492 = !DISubroutineType(types: !493)
!493 = !{!38, !482}
!494 = !DISubprogram(name: "pthread_mutex_lock", scope: !495, file: !495, line: 794, type: !496, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!495 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!496 = !DISubroutineType(types: !497)
!497 = !{!38, !498}
!498 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!499 = !DISubprogram(name: "pthread_mutex_unlock", scope: !495, file: !495, line: 835, type: !496, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!500 = distinct !DISubprogram(name: "depth", scope: !3, file: !3, line: 22, type: !501, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !503)
!501 = !DISubroutineType(types: !502)
!502 = !{!7, !482, !7}
!503 = !{!504, !505}
!504 = !DILocalVariable(name: "p", arg: 1, scope: !500, file: !3, line: 22, type: !482)
!505 = !DILocalVariable(name: "n", arg: 2, scope: !500, file: !3, line: 22, type: !7)
!506 = !DILocation(line: 22, column: 35, scope: !500)
!507 = !DILocation(line: 22, column: 47, scope: !500)
!508 = !DILocation(line: 23, column: 7, scope: !509)
!509 = distinct !DILexicalBlock(scope: !500, file: !3, line: 23, column: 7)
!510 = !DILocation(line: 23, column: 9, scope: !509)
!511 = !DILocation(line: 23, column: 14, scope: !509)
!512 = !DILocation(line: 23, column: 18, scope: !509)
!513 = !DILocation(line: 23, column: 17, scope: !509)
!514 = !DILocation(line: 23, column: 20, scope: !509)
!515 = !DILocation(line: 23, column: 7, scope: !500)
!516 = !DILocation(line: 24, column: 5, scope: !509)
!517 = !DILocation(line: 25, column: 20, scope: !500)
!518 = !DILocation(line: 25, column: 22, scope: !500)
!519 = !DILocation(line: 25, column: 27, scope: !500)
!520 = !DILocation(line: 25, column: 29, scope: !500)
!521 = !DILocation(line: 25, column: 14, scope: !500)
!522 = !DILocation(line: 25, column: 12, scope: !500)
!523 = !DILocation(line: 25, column: 3, scope: !500)
!524 = !DILocation(line: 26, column: 1, scope: !500)
!525 = !DISubprogram(name: "strtoul", scope: !526, file: !526, line: 181, type: !527, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!526 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!527 = !DISubroutineType(types: !528)
!528 = !{!76, !481, !529, !38}
!529 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !530)
!530 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 64)
!531 = !DISubprogram(name: "strlen", scope: !532, file: !532, line: 407, type: !533, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!532 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!533 = !DISubroutineType(types: !534)
!534 = !{!76, !482}
!535 = !DISubprogram(name: "sendto", scope: !235, file: !235, line: 152, type: !536, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!536 = !DISubroutineType(types: !537)
!537 = !{!269, !38, !538, !274, !38, !259, !162}
!538 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !539, size: 64)
!539 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!540 = distinct !DISubprogram(name: "op_lower", scope: !3, file: !3, line: 16, type: !98, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !541)
!541 = !{!542, !543}
!542 = !DILocalVariable(name: "p", arg: 1, scope: !540, file: !3, line: 16, type: !100)
!543 = !DILocalVariable(name: "n", arg: 2, scope: !540, file: !3, line: 16, type: !38)
!544 = !DILocation(line: 16, column: 27, scope: !540)
!545 = !DILocation(line: 16, column: 34, scope: !540)
!546 = !DILocation(line: 16, column: 39, scope: !540)
!547 = !DILocation(line: 16, column: 44, scope: !540)
!548 = !DILocation(line: 16, column: 58, scope: !540)
!549 = !DILocation(line: 16, column: 51, scope: !540)
