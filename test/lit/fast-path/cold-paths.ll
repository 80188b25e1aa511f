; Static estimates of failure paths (issue 15). bad-packet.c validates each
; request's header and drops a bad one after reporting it: fprintf to
; stderr (lines 63, 68), syslog at LOG_ERR (72) and a variadic wrapper
; around vfprintf(stderr) that cannot be inlined (80); a statistics request
; under __builtin_expect(..., 0) prints to stdout (76). Only a well-formed
; GET reaches the reply (87), which is the path real requests take.
;
; Without a profile, a branch one side of which leads to a `cold` call
; gets BPI's own block weights, COLD:DEFAULT = 0xffff:0xfffff (1/17 for the
; cold side), and LowerExpectIntrinsic gives an expected-false side 1 to
; 2000. SimplifyCFG merges the two tests of h.op (75, 79) into one switch
; whose weights are default (unknown op, 80) 2000, OP_STATS 2, OP_GET 2000;
; the cold default is scaled by 0xffff/0xfffff to 124. So, with a = 16/17:
;   short packet (63)  1/17               = 5.88%
;   bad magic (68)     a/17               = 5.54%
;   bad version (72)   a^2/17             = 5.21%
;   statistics (76)    a^3*2/2126         = 0.08%
;   unknown op (80)    a^3*124/2126       = 4.88%
;   omega, with only the reply    a^3*2000/2126      = 0.784
; Each branch at 50/50, as before the cold marks, gave omega 0.023 and the
; short packet 50%. The fprintf, printf and syslog calls (63, 68, 76,
; 72) are recorded by the offload and replayed by the runtime
; (Support/LogRecords.h): those drops finish in the kernel too, and only
; the variadic wrapper (80) falls back:
;   omega = 1 - a^3*124/2126 = 0.951
; (0.899 while syslog was a blocker.) The receive's own error path (58)
; is folded by the prepare stage and is not a request.
;
; RUN: %opt %load_koffload -passes='print<koffload-fast-path>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -koffload-report=%t.json -disable-output %s
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; a=16/17; w=1-a**3*124/2126; assert abs(c['omega'] - w) < 0.002, (c['omega'], w)" %t.json
;
; CHECK-LABEL: koffload fast path for 'bad-packet.c'
; CHECK-NEXT:  request path #0: omega 0.951
; CHECK-DAG:   blocked: InlineBudget fail (variadic: cannot be inlined) at bad-packet.c:80 (reached by 4.9% of requests)
; CHECK-DAG:   kernel-form: fprintf at bad-packet.c:63: recorded at the commit, replayed in userspace
; CHECK-DAG:   kernel-form: fprintf at bad-packet.c:68: recorded at the commit, replayed in userspace
; CHECK-DAG:   kernel-form: printf at bad-packet.c:76: recorded at the commit, replayed in userspace
; CHECK-DAG:   kernel-form: syslog at bad-packet.c:72: recorded at the commit, replayed in userspace
;
; The plan puts the reply first: offloaded.
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=PLAN
; PLAN:       reply: bad-packet.c:87
; PLAN-NEXT:  omega 0.951
; PLAN:       decision: offload: omega 0.951 > rho
; PLAN:       summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/bad-packet.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - bad-packet.c

; ModuleID = 'bad-packet.c'
source_filename = "bad-packet.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.hdr = type { i16, i8, i8, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !7
@stderr = external global ptr, align 8
@.str.2 = private unnamed_addr constant [14 x i8] c"Short packet\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [12 x i8] c"Bad packet\0A\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [11 x i8] c"version %d\00", align 1, !dbg !22
@.str.5 = private unnamed_addr constant [12 x i8] c"served %lu\0A\00", align 1, !dbg !27
@served = internal global i64 0, align 8, !dbg !29
@.str.6 = private unnamed_addr constant [15 x i8] c"unknown op %d\0A\00", align 1, !dbg !63

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !76 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [512 x i8], align 16
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.hdr, align 4
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 16, ptr %2) #9, !dbg !124
    #dbg_declare(ptr %2, !81, !DIExpression(), !125)
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !126
  store i16 2, ptr %10, align 4, !dbg !126, !tbaa !127
  %11 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !126
  %12 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7300), !dbg !134
  store i16 %12, ptr %11, align 2, !dbg !126, !tbaa !135
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 2, !dbg !126
  call void @llvm.memset.p0.i64(ptr align 4 %13, i8 0, i64 4, i1 false), !dbg !126
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 3, !dbg !126
  call void @llvm.memset.p0.i64(ptr align 4 %14, i8 0, i64 8, i1 false), !dbg !126
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #9, !dbg !136
    #dbg_declare(ptr %3, !102, !DIExpression(), !137)
  %15 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #9, !dbg !138
  store i32 %15, ptr %3, align 4, !dbg !137, !tbaa !139
  %16 = load i32, ptr %3, align 4, !dbg !140, !tbaa !139
  %17 = icmp slt i32 %16, 0, !dbg !142
  br i1 %17, label %22, label %18, !dbg !143

18:                                               ; preds = %0
  %19 = load i32, ptr %3, align 4, !dbg !144, !tbaa !139
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %2, i32 noundef 16) #9, !dbg !145
  %21 = icmp slt i32 %20, 0, !dbg !146
  br i1 %21, label %22, label %24, !dbg !147

22:                                               ; preds = %18, %0
  call void @perror(ptr noundef @.str), !dbg !148
  store i32 1, ptr %1, align 4, !dbg !150
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #9, !dbg !151
  call void @llvm.lifetime.end.p0(i64 16, ptr %2) #9, !dbg !151
  %23 = load i32, ptr %1, align 4, !dbg !151
  ret i32 %23, !dbg !151

24:                                               ; preds = %18
  br label %25, !dbg !152

25:                                               ; preds = %99, %97, %24
  call void @llvm.lifetime.start.p0(i64 512, ptr %5) #9, !dbg !153
    #dbg_declare(ptr %5, !103, !DIExpression(), !154)
  call void @llvm.lifetime.start.p0(i64 16, ptr %6) #9, !dbg !155
    #dbg_declare(ptr %6, !110, !DIExpression(), !156)
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #9, !dbg !157
    #dbg_declare(ptr %7, !111, !DIExpression(), !158)
  store i32 16, ptr %7, align 4, !dbg !158, !tbaa !139
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #9, !dbg !159
    #dbg_declare(ptr %8, !114, !DIExpression(), !160)
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #9, !dbg !161
    #dbg_declare(ptr %9, !123, !DIExpression(), !162)
  %26 = load i32, ptr %3, align 4, !dbg !163, !tbaa !139
  %27 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !164
  %28 = call i64 @recvfrom(i32 noundef %26, ptr noundef %27, i64 noundef 512, i32 noundef 0, ptr noundef %6, ptr noundef %7), !dbg !165
  store i64 %28, ptr %9, align 8, !dbg !162, !tbaa !166
  %29 = load i64, ptr %9, align 8, !dbg !168, !tbaa !166
  %30 = icmp slt i64 %29, 0, !dbg !170
  br i1 %30, label %31, label %32, !dbg !171

31:                                               ; preds = %25
  call void @perror(ptr noundef @.str.1), !dbg !172
  store i32 3, ptr %4, align 4
  br label %97, !dbg !174, !llvm.loop !175

32:                                               ; preds = %25
  %33 = load i64, ptr %9, align 8, !dbg !178, !tbaa !166
  %34 = icmp slt i64 %33, 8, !dbg !180
  br i1 %34, label %35, label %38, !dbg !181

35:                                               ; preds = %32
  %36 = load ptr, ptr @stderr, align 8, !dbg !182, !tbaa !184
  %37 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %36, ptr noundef @.str.2) #9, !dbg !186
  store i32 3, ptr %4, align 4
  br label %97, !dbg !187, !llvm.loop !175

38:                                               ; preds = %32
  %39 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !188
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 16 %39, i64 8, i1 false), !dbg !188
  %40 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 0, !dbg !189
  %41 = load i16, ptr %40, align 4, !dbg !189, !tbaa !191
  %42 = call zeroext i16 @__bswap_16(i16 noundef zeroext %41), !dbg !189
  %43 = zext i16 %42 to i32, !dbg !189
  %44 = icmp ne i32 %43, 19279, !dbg !193
  br i1 %44, label %45, label %48, !dbg !194

45:                                               ; preds = %38
  %46 = load ptr, ptr @stderr, align 8, !dbg !195, !tbaa !184
  %47 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %46, ptr noundef @.str.3) #9, !dbg !197
  store i32 3, ptr %4, align 4
  br label %97, !dbg !198, !llvm.loop !175

48:                                               ; preds = %38
  %49 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 1, !dbg !199
  %50 = load i8, ptr %49, align 2, !dbg !199, !tbaa !201
  %51 = zext i8 %50 to i32, !dbg !202
  %52 = icmp ne i32 %51, 2, !dbg !203
  br i1 %52, label %53, label %57, !dbg !204

53:                                               ; preds = %48
  %54 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 1, !dbg !205
  %55 = load i8, ptr %54, align 2, !dbg !205, !tbaa !201
  %56 = zext i8 %55 to i32, !dbg !207
  call void (i32, ptr, ...) @syslog(i32 noundef 27, ptr noundef @.str.4, i32 noundef %56), !dbg !208
  store i32 3, ptr %4, align 4
  br label %97, !dbg !209, !llvm.loop !175

57:                                               ; preds = %48
  %58 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 2, !dbg !210
  %59 = load i8, ptr %58, align 1, !dbg !210, !tbaa !212
  %60 = zext i8 %59 to i32, !dbg !213
  %61 = icmp eq i32 %60, 7, !dbg !214
  %62 = zext i1 %61 to i32, !dbg !214
  %63 = sext i32 %62 to i64, !dbg !213
  %64 = call i64 @llvm.expect.i64(i64 %63, i64 0), !dbg !215
  %65 = icmp ne i64 %64, 0, !dbg !215
  br i1 %65, label %66, label %69, !dbg !216

66:                                               ; preds = %57
  %67 = load i64, ptr @served, align 8, !dbg !217, !tbaa !166
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %67), !dbg !219
  store i32 3, ptr %4, align 4
  br label %97, !dbg !220, !llvm.loop !175

69:                                               ; preds = %57
  %70 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 2, !dbg !221
  %71 = load i8, ptr %70, align 1, !dbg !221, !tbaa !212
  %72 = zext i8 %71 to i32, !dbg !223
  %73 = icmp ne i32 %72, 1, !dbg !224
  br i1 %73, label %74, label %78, !dbg !225

74:                                               ; preds = %69
  %75 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 2, !dbg !226
  %76 = load i8, ptr %75, align 1, !dbg !226, !tbaa !212
  %77 = zext i8 %76 to i32, !dbg !228
  call void (ptr, ...) @fail(ptr noundef @.str.6, i32 noundef %77), !dbg !229
  store i32 3, ptr %4, align 4
  br label %97, !dbg !230, !llvm.loop !175

78:                                               ; preds = %69
  %79 = load i64, ptr @served, align 8, !dbg !231, !tbaa !166
  %80 = add i64 %79, 1, !dbg !231
  store i64 %80, ptr @served, align 8, !dbg !231, !tbaa !166
  %81 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 2, !dbg !232
  %82 = load i8, ptr %81, align 1, !dbg !233, !tbaa !212
  %83 = zext i8 %82 to i32, !dbg !233
  %84 = or i32 %83, 128, !dbg !233
  %85 = trunc i32 %84 to i8, !dbg !233
  store i8 %85, ptr %81, align 1, !dbg !233, !tbaa !212
  %86 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 3, !dbg !234
  %87 = load i32, ptr %86, align 4, !dbg !234, !tbaa !235
  %88 = call i32 @__bswap_32(i32 noundef %87), !dbg !234
  %89 = add i32 %88, 1, !dbg !234
  %90 = call i32 @__bswap_32(i32 noundef %89), !dbg !234
  %91 = getelementptr inbounds %struct.hdr, ptr %8, i32 0, i32 3, !dbg !236
  store i32 %90, ptr %91, align 4, !dbg !237, !tbaa !235
  %92 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !238
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %92, ptr align 4 %8, i64 8, i1 false), !dbg !238
  %93 = load i32, ptr %3, align 4, !dbg !239, !tbaa !139
  %94 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !240
  %95 = load i32, ptr %7, align 4, !dbg !241, !tbaa !139
  %96 = call i64 @sendto(i32 noundef %93, ptr noundef %94, i64 noundef 8, i32 noundef 0, ptr noundef %6, i32 noundef %95), !dbg !242
  store i32 0, ptr %4, align 4, !dbg !243
  br label %97, !dbg !243

97:                                               ; preds = %78, %74, %66, %53, %45, %35, %31
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #9, !dbg !243
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #9, !dbg !243
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #9, !dbg !243
  call void @llvm.lifetime.end.p0(i64 16, ptr %6) #9, !dbg !243
  call void @llvm.lifetime.end.p0(i64 512, ptr %5) #9, !dbg !243
  %98 = load i32, ptr %4, align 4
  switch i32 %98, label %100 [
    i32 0, label %99
    i32 3, label %25
  ]

99:                                               ; preds = %97
  br label %25, !dbg !244, !llvm.loop !175

100:                                              ; preds = %97
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #2 !dbg !245 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !251
    #dbg_declare(ptr %2, !250, !DIExpression(), !252)
  %3 = load i16, ptr %2, align 2, !dbg !253, !tbaa !251
  %4 = zext i16 %3 to i32, !dbg !253
  %5 = ashr i32 %4, 8, !dbg !253
  %6 = and i32 %5, 255, !dbg !253
  %7 = load i16, ptr %2, align 2, !dbg !253, !tbaa !251
  %8 = zext i16 %7 to i32, !dbg !253
  %9 = and i32 %8, 255, !dbg !253
  %10 = shl i32 %9, 8, !dbg !253
  %11 = or i32 %6, %10, !dbg !253
  %12 = trunc i32 %11 to i16, !dbg !253
  ret i16 %12, !dbg !254
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !255 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #4

; Function Attrs: nounwind
declare !dbg !259 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #4

declare !dbg !264 void @perror(ptr noundef) #5

declare !dbg !270 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !280 i32 @fprintf(ptr noundef, ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !339 void @syslog(i32 noundef, ptr noundef, ...) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.expect.i64(i64, i64) #7

declare !dbg !343 i32 @printf(ptr noundef, ...) #5

; Function Attrs: nounwind uwtable
define internal void @fail(ptr noundef %0, ...) #0 !dbg !346 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %2, align 8, !tbaa !184
    #dbg_declare(ptr %2, !350, !DIExpression(), !363)
  call void @llvm.lifetime.start.p0(i64 24, ptr %3) #9, !dbg !364
    #dbg_declare(ptr %3, !351, !DIExpression(), !365)
  %4 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !366
  call void @llvm.va_start.p0(ptr %4), !dbg !366
  %5 = load ptr, ptr @stderr, align 8, !dbg !367, !tbaa !184
  %6 = load ptr, ptr %2, align 8, !dbg !368, !tbaa !184
  %7 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !369
  %8 = call i32 @vfprintf(ptr noundef %5, ptr noundef %6, ptr noundef %7) #9, !dbg !370
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !371
  call void @llvm.va_end.p0(ptr %9), !dbg !371
  call void @llvm.lifetime.end.p0(i64 24, ptr %3) #9, !dbg !372
  ret void, !dbg !372
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #2 !dbg !373 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !139
    #dbg_declare(ptr %2, !377, !DIExpression(), !378)
  %3 = load i32, ptr %2, align 4, !dbg !379, !tbaa !139
  %4 = and i32 %3, -16777216, !dbg !379
  %5 = lshr i32 %4, 24, !dbg !379
  %6 = load i32, ptr %2, align 4, !dbg !379, !tbaa !139
  %7 = and i32 %6, 16711680, !dbg !379
  %8 = lshr i32 %7, 8, !dbg !379
  %9 = or i32 %5, %8, !dbg !379
  %10 = load i32, ptr %2, align 4, !dbg !379, !tbaa !139
  %11 = and i32 %10, 65280, !dbg !379
  %12 = shl i32 %11, 8, !dbg !379
  %13 = or i32 %9, %12, !dbg !379
  %14 = load i32, ptr %2, align 4, !dbg !379, !tbaa !139
  %15 = and i32 %14, 255, !dbg !379
  %16 = shl i32 %15, 24, !dbg !379
  %17 = or i32 %13, %16, !dbg !379
  ret i32 %17, !dbg !380
}

declare !dbg !381 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #8

; Function Attrs: nounwind
declare !dbg !386 i32 @vfprintf(ptr noundef, ptr noundef, ptr noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!31}
!llvm.module.flags = !{!69, !70, !71, !72, !73, !74}
!llvm.ident = !{!75}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "bad-packet.c", directory: "/work/wt-cold/test/lit/fast-path/Inputs", checksumkind: CSK_MD5, checksum: "76d9df5a8eb652a6504589bf2704a0d7")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 9)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 63, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 14)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 68, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 12)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !2, line: 72, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 11)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(scope: null, file: !2, line: 76, type: !19, isLocal: true, isDefinition: true)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(name: "served", scope: !31, file: !2, line: 29, type: !68, isLocal: true, isDefinition: true)
!31 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !32, retainedTypes: !46, globals: !62, splitDebugInlining: false, nameTableKind: None)
!32 = !{!33}
!33 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !34, line: 24, baseType: !35, size: 32, elements: !36)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!35 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!36 = !{!37, !38, !39, !40, !41, !42, !43, !44, !45}
!37 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!38 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!39 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!40 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!41 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!42 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!43 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!44 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!45 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!46 = !{!47, !56, !61}
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64)
!48 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !49, line: 183, size: 128, elements: !50)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!50 = !{!51, !55}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !48, file: !49, line: 185, baseType: !52, size: 16)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !53, line: 28, baseType: !54)
!53 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!54 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !48, file: !49, line: 186, baseType: !14, size: 112, offset: 16)
!56 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !57, line: 108, baseType: !58)
!57 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !59, line: 194, baseType: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!60 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !59, line: 40, baseType: !54)
!62 = !{!0, !7, !12, !17, !22, !27, !63, !29}
!63 = !DIGlobalVariableExpression(var: !64, expr: !DIExpression())
!64 = distinct !DIGlobalVariable(scope: null, file: !2, line: 80, type: !65, isLocal: true, isDefinition: true)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 15)
!68 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!69 = !{i32 7, !"Dwarf Version", i32 5}
!70 = !{i32 2, !"Debug Info Version", i32 3}
!71 = !{i32 1, !"wchar_size", i32 4}
!72 = !{i32 8, !"PIC Level", i32 2}
!73 = !{i32 7, !"PIE Level", i32 2}
!74 = !{i32 7, !"uwtable", i32 2}
!75 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!76 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 40, type: !77, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !80)
!77 = !DISubroutineType(types: !78)
!78 = !{!79}
!79 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!80 = !{!81, !102, !103, !110, !111, !114, !123}
!81 = !DILocalVariable(name: "addr", scope: !76, file: !2, line: 42, type: !82)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !83, line: 245, size: 128, elements: !84)
!83 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!84 = !{!85, !86, !90, !97}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !82, file: !83, line: 247, baseType: !52, size: 16)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !82, file: !83, line: 248, baseType: !87, size: 16, offset: 16)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !83, line: 123, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !89, line: 25, baseType: !61)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !82, file: !83, line: 249, baseType: !91, size: 32, offset: 32)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !83, line: 31, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !91, file: !83, line: 33, baseType: !94, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !83, line: 30, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !89, line: 26, baseType: !96)
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !59, line: 42, baseType: !35)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !82, file: !83, line: 252, baseType: !98, size: 64, offset: 64)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !99, size: 64, elements: !100)
!99 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!100 = !{!101}
!101 = !DISubrange(count: 8)
!102 = !DILocalVariable(name: "fd", scope: !76, file: !2, line: 44, type: !79)
!103 = !DILocalVariable(name: "buf", scope: !104, file: !2, line: 51, type: !107)
!104 = distinct !DILexicalBlock(scope: !105, file: !2, line: 50, column: 11)
!105 = distinct !DILexicalBlock(scope: !106, file: !2, line: 50, column: 2)
!106 = distinct !DILexicalBlock(scope: !76, file: !2, line: 50, column: 2)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 512)
!110 = !DILocalVariable(name: "peer", scope: !104, file: !2, line: 52, type: !82)
!111 = !DILocalVariable(name: "len", scope: !104, file: !2, line: 53, type: !112)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !49, line: 33, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !59, line: 210, baseType: !35)
!114 = !DILocalVariable(name: "h", scope: !104, file: !2, line: 54, type: !115)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "hdr", file: !2, line: 22, size: 64, elements: !116)
!116 = !{!117, !118, !121, !122}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "magic", scope: !115, file: !2, line: 23, baseType: !88, size: 16)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "version", scope: !115, file: !2, line: 24, baseType: !119, size: 8, offset: 16)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !89, line: 24, baseType: !120)
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !59, line: 38, baseType: !99)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "op", scope: !115, file: !2, line: 25, baseType: !119, size: 8, offset: 24)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !115, file: !2, line: 26, baseType: !95, size: 32, offset: 32)
!123 = !DILocalVariable(name: "n", scope: !104, file: !2, line: 55, type: !56)
!124 = !DILocation(line: 42, column: 2, scope: !76)
!125 = !DILocation(line: 42, column: 21, scope: !76)
!126 = !DILocation(line: 42, column: 28, scope: !76)
!127 = !{!128, !129, i64 0}
!128 = !{!"sockaddr_in", !129, i64 0, !129, i64 2, !132, i64 4, !130, i64 8}
!129 = !{!"short", !130, i64 0}
!130 = !{!"omnipotent char", !131, i64 0}
!131 = !{!"Simple C/C++ TBAA"}
!132 = !{!"in_addr", !133, i64 0}
!133 = !{!"int", !130, i64 0}
!134 = !DILocation(line: 43, column: 21, scope: !76)
!135 = !{!128, !129, i64 2}
!136 = !DILocation(line: 44, column: 2, scope: !76)
!137 = !DILocation(line: 44, column: 6, scope: !76)
!138 = !DILocation(line: 44, column: 11, scope: !76)
!139 = !{!133, !133, i64 0}
!140 = !DILocation(line: 46, column: 6, scope: !141)
!141 = distinct !DILexicalBlock(scope: !76, file: !2, line: 46, column: 6)
!142 = !DILocation(line: 46, column: 9, scope: !141)
!143 = !DILocation(line: 46, column: 13, scope: !141)
!144 = !DILocation(line: 46, column: 21, scope: !141)
!145 = !DILocation(line: 46, column: 16, scope: !141)
!146 = !DILocation(line: 46, column: 65, scope: !141)
!147 = !DILocation(line: 46, column: 6, scope: !76)
!148 = !DILocation(line: 47, column: 3, scope: !149)
!149 = distinct !DILexicalBlock(scope: !141, file: !2, line: 46, column: 70)
!150 = !DILocation(line: 48, column: 3, scope: !149)
!151 = !DILocation(line: 89, column: 1, scope: !76)
!152 = !DILocation(line: 50, column: 2, scope: !76)
!153 = !DILocation(line: 51, column: 3, scope: !104)
!154 = !DILocation(line: 51, column: 8, scope: !104)
!155 = !DILocation(line: 52, column: 3, scope: !104)
!156 = !DILocation(line: 52, column: 22, scope: !104)
!157 = !DILocation(line: 53, column: 3, scope: !104)
!158 = !DILocation(line: 53, column: 13, scope: !104)
!159 = !DILocation(line: 54, column: 3, scope: !104)
!160 = !DILocation(line: 54, column: 14, scope: !104)
!161 = !DILocation(line: 55, column: 3, scope: !104)
!162 = !DILocation(line: 55, column: 11, scope: !104)
!163 = !DILocation(line: 55, column: 24, scope: !104)
!164 = !DILocation(line: 55, column: 28, scope: !104)
!165 = !DILocation(line: 55, column: 15, scope: !104)
!166 = !{!167, !167, i64 0}
!167 = !{!"long", !130, i64 0}
!168 = !DILocation(line: 58, column: 7, scope: !169)
!169 = distinct !DILexicalBlock(scope: !104, file: !2, line: 58, column: 7)
!170 = !DILocation(line: 58, column: 9, scope: !169)
!171 = !DILocation(line: 58, column: 7, scope: !104)
!172 = !DILocation(line: 59, column: 4, scope: !173)
!173 = distinct !DILexicalBlock(scope: !169, file: !2, line: 58, column: 14)
!174 = !DILocation(line: 60, column: 4, scope: !173)
!175 = distinct !{!175, !176, !177}
!176 = !DILocation(line: 50, column: 2, scope: !106)
!177 = !DILocation(line: 88, column: 2, scope: !106)
!178 = !DILocation(line: 62, column: 7, scope: !179)
!179 = distinct !DILexicalBlock(scope: !104, file: !2, line: 62, column: 7)
!180 = !DILocation(line: 62, column: 9, scope: !179)
!181 = !DILocation(line: 62, column: 7, scope: !104)
!182 = !DILocation(line: 63, column: 12, scope: !183)
!183 = distinct !DILexicalBlock(scope: !179, file: !2, line: 62, column: 31)
!184 = !{!185, !185, i64 0}
!185 = !{!"any pointer", !130, i64 0}
!186 = !DILocation(line: 63, column: 4, scope: !183)
!187 = !DILocation(line: 64, column: 4, scope: !183)
!188 = !DILocation(line: 66, column: 3, scope: !104)
!189 = !DILocation(line: 67, column: 7, scope: !190)
!190 = distinct !DILexicalBlock(scope: !104, file: !2, line: 67, column: 7)
!191 = !{!192, !129, i64 0}
!192 = !{!"hdr", !129, i64 0, !130, i64 2, !130, i64 3, !133, i64 4}
!193 = !DILocation(line: 67, column: 22, scope: !190)
!194 = !DILocation(line: 67, column: 7, scope: !104)
!195 = !DILocation(line: 68, column: 12, scope: !196)
!196 = distinct !DILexicalBlock(scope: !190, file: !2, line: 67, column: 32)
!197 = !DILocation(line: 68, column: 4, scope: !196)
!198 = !DILocation(line: 69, column: 4, scope: !196)
!199 = !DILocation(line: 71, column: 9, scope: !200)
!200 = distinct !DILexicalBlock(scope: !104, file: !2, line: 71, column: 7)
!201 = !{!192, !130, i64 2}
!202 = !DILocation(line: 71, column: 7, scope: !200)
!203 = !DILocation(line: 71, column: 17, scope: !200)
!204 = !DILocation(line: 71, column: 7, scope: !104)
!205 = !DILocation(line: 72, column: 49, scope: !206)
!206 = distinct !DILexicalBlock(scope: !200, file: !2, line: 71, column: 23)
!207 = !DILocation(line: 72, column: 47, scope: !206)
!208 = !DILocation(line: 72, column: 4, scope: !206)
!209 = !DILocation(line: 73, column: 4, scope: !206)
!210 = !DILocation(line: 75, column: 26, scope: !211)
!211 = distinct !DILexicalBlock(scope: !104, file: !2, line: 75, column: 7)
!212 = !{!192, !130, i64 3}
!213 = !DILocation(line: 75, column: 24, scope: !211)
!214 = !DILocation(line: 75, column: 29, scope: !211)
!215 = !DILocation(line: 75, column: 7, scope: !211)
!216 = !DILocation(line: 75, column: 7, scope: !104)
!217 = !DILocation(line: 76, column: 27, scope: !218)
!218 = distinct !DILexicalBlock(scope: !211, file: !2, line: 75, column: 46)
!219 = !DILocation(line: 76, column: 4, scope: !218)
!220 = !DILocation(line: 77, column: 4, scope: !218)
!221 = !DILocation(line: 79, column: 9, scope: !222)
!222 = distinct !DILexicalBlock(scope: !104, file: !2, line: 79, column: 7)
!223 = !DILocation(line: 79, column: 7, scope: !222)
!224 = !DILocation(line: 79, column: 12, scope: !222)
!225 = !DILocation(line: 79, column: 7, scope: !104)
!226 = !DILocation(line: 80, column: 30, scope: !227)
!227 = distinct !DILexicalBlock(scope: !222, file: !2, line: 79, column: 23)
!228 = !DILocation(line: 80, column: 28, scope: !227)
!229 = !DILocation(line: 80, column: 4, scope: !227)
!230 = !DILocation(line: 81, column: 4, scope: !227)
!231 = !DILocation(line: 83, column: 9, scope: !104)
!232 = !DILocation(line: 84, column: 5, scope: !104)
!233 = !DILocation(line: 84, column: 8, scope: !104)
!234 = !DILocation(line: 85, column: 10, scope: !104)
!235 = !{!192, !133, i64 4}
!236 = !DILocation(line: 85, column: 5, scope: !104)
!237 = !DILocation(line: 85, column: 8, scope: !104)
!238 = !DILocation(line: 86, column: 3, scope: !104)
!239 = !DILocation(line: 87, column: 10, scope: !104)
!240 = !DILocation(line: 87, column: 14, scope: !104)
!241 = !DILocation(line: 87, column: 59, scope: !104)
!242 = !DILocation(line: 87, column: 3, scope: !104)
!243 = !DILocation(line: 88, column: 2, scope: !105)
!244 = !DILocation(line: 50, column: 2, scope: !105)
!245 = distinct !DISubprogram(name: "__bswap_16", scope: !246, file: !246, line: 34, type: !247, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !249)
!246 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!247 = !DISubroutineType(types: !248)
!248 = !{!61, !61}
!249 = !{!250}
!250 = !DILocalVariable(name: "__bsx", arg: 1, scope: !245, file: !246, line: 34, type: !61)
!251 = !{!129, !129, i64 0}
!252 = !DILocation(line: 34, column: 24, scope: !245)
!253 = !DILocation(line: 39, column: 10, scope: !245)
!254 = !DILocation(line: 39, column: 3, scope: !245)
!255 = !DISubprogram(name: "socket", scope: !256, file: !256, line: 102, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!256 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!257 = !DISubroutineType(types: !258)
!258 = !{!79, !79, !79, !79}
!259 = !DISubprogram(name: "bind", scope: !256, file: !256, line: 112, type: !260, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!260 = !DISubroutineType(types: !261)
!261 = !{!79, !79, !262, !112}
!262 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !263, size: 64)
!263 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !48)
!264 = !DISubprogram(name: "perror", scope: !265, file: !265, line: 804, type: !266, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!265 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!266 = !DISubroutineType(types: !267)
!267 = !{null, !268}
!268 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !269, size: 64)
!269 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!270 = !DISubprogram(name: "recvfrom", scope: !256, file: !256, line: 163, type: !271, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!271 = !DISubroutineType(types: !272)
!272 = !{!56, !79, !273, !275, !79, !277, !278}
!273 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !274)
!274 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!275 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !276, line: 18, baseType: !68)
!276 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!277 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !47)
!278 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !279)
!279 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !112, size: 64)
!280 = !DISubprogram(name: "fprintf", scope: !265, file: !265, line: 350, type: !281, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!281 = !DISubroutineType(types: !282)
!282 = !{!79, !283, !338, null}
!283 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !284)
!284 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !285, size: 64)
!285 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !286, line: 7, baseType: !287)
!286 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!287 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !288, line: 49, size: 1728, elements: !289)
!288 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!289 = !{!290, !291, !293, !294, !295, !296, !297, !298, !299, !300, !301, !302, !303, !306, !308, !309, !310, !312, !313, !315, !319, !322, !324, !327, !330, !331, !332, !333, !334}
!290 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !287, file: !288, line: 51, baseType: !79, size: 32)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !287, file: !288, line: 54, baseType: !292, size: 64, offset: 64)
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!293 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !287, file: !288, line: 55, baseType: !292, size: 64, offset: 128)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !287, file: !288, line: 56, baseType: !292, size: 64, offset: 192)
!295 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !287, file: !288, line: 57, baseType: !292, size: 64, offset: 256)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !287, file: !288, line: 58, baseType: !292, size: 64, offset: 320)
!297 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !287, file: !288, line: 59, baseType: !292, size: 64, offset: 384)
!298 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !287, file: !288, line: 60, baseType: !292, size: 64, offset: 448)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !287, file: !288, line: 61, baseType: !292, size: 64, offset: 512)
!300 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !287, file: !288, line: 64, baseType: !292, size: 64, offset: 576)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !287, file: !288, line: 65, baseType: !292, size: 64, offset: 640)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !287, file: !288, line: 66, baseType: !292, size: 64, offset: 704)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !287, file: !288, line: 68, baseType: !304, size: 64, offset: 768)
!304 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !305, size: 64)
!305 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !288, line: 36, flags: DIFlagFwdDecl)
!306 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !287, file: !288, line: 70, baseType: !307, size: 64, offset: 832)
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !287, size: 64)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !287, file: !288, line: 72, baseType: !79, size: 32, offset: 896)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !287, file: !288, line: 73, baseType: !79, size: 32, offset: 928)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !287, file: !288, line: 74, baseType: !311, size: 64, offset: 960)
!311 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !59, line: 152, baseType: !60)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !287, file: !288, line: 77, baseType: !54, size: 16, offset: 1024)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !287, file: !288, line: 78, baseType: !314, size: 8, offset: 1040)
!314 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !287, file: !288, line: 79, baseType: !316, size: 8, offset: 1048)
!316 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !317)
!317 = !{!318}
!318 = !DISubrange(count: 1)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !287, file: !288, line: 81, baseType: !320, size: 64, offset: 1088)
!320 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !321, size: 64)
!321 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !288, line: 43, baseType: null)
!322 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !287, file: !288, line: 89, baseType: !323, size: 64, offset: 1152)
!323 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !59, line: 153, baseType: !60)
!324 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !287, file: !288, line: 91, baseType: !325, size: 64, offset: 1216)
!325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !326, size: 64)
!326 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !288, line: 37, flags: DIFlagFwdDecl)
!327 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !287, file: !288, line: 92, baseType: !328, size: 64, offset: 1280)
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !329, size: 64)
!329 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !288, line: 38, flags: DIFlagFwdDecl)
!330 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !287, file: !288, line: 93, baseType: !307, size: 64, offset: 1344)
!331 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !287, file: !288, line: 94, baseType: !274, size: 64, offset: 1408)
!332 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !287, file: !288, line: 95, baseType: !275, size: 64, offset: 1472)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !287, file: !288, line: 96, baseType: !79, size: 32, offset: 1536)
!334 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !287, file: !288, line: 98, baseType: !335, size: 160, offset: 1568)
!335 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !336)
!336 = !{!337}
!337 = !DISubrange(count: 20)
!338 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !268)
!339 = !DISubprogram(name: "syslog", scope: !340, file: !340, line: 190, type: !341, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!340 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/syslog.h", directory: "", checksumkind: CSK_MD5, checksum: "c76a88b1feaae326a53a51a506d210bf")
!341 = !DISubroutineType(types: !342)
!342 = !{null, !79, !268, null}
!343 = !DISubprogram(name: "printf", scope: !265, file: !265, line: 356, type: !344, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!344 = !DISubroutineType(types: !345)
!345 = !{!79, !338, null}
!346 = distinct !DISubprogram(name: "fail", scope: !2, file: !2, line: 31, type: !347, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !349)
!347 = !DISubroutineType(types: !348)
!348 = !{null, !268, null}
!349 = !{!350, !351}
!350 = !DILocalVariable(name: "fmt", arg: 1, scope: !346, file: !2, line: 31, type: !268)
!351 = !DILocalVariable(name: "ap", scope: !346, file: !2, line: 33, type: !352)
!352 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !265, line: 52, baseType: !353)
!353 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !354, line: 12, baseType: !355)
!354 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!355 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !2, baseType: !356)
!356 = !DICompositeType(tag: DW_TAG_array_type, baseType: !357, size: 192, elements: !317)
!357 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !358)
!358 = !{!359, !360, !361, !362}
!359 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !357, file: !2, line: 33, baseType: !35, size: 32)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !357, file: !2, line: 33, baseType: !35, size: 32, offset: 32)
!361 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !357, file: !2, line: 33, baseType: !274, size: 64, offset: 64)
!362 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !357, file: !2, line: 33, baseType: !274, size: 64, offset: 128)
!363 = !DILocation(line: 31, column: 30, scope: !346)
!364 = !DILocation(line: 33, column: 2, scope: !346)
!365 = !DILocation(line: 33, column: 10, scope: !346)
!366 = !DILocation(line: 35, column: 2, scope: !346)
!367 = !DILocation(line: 36, column: 11, scope: !346)
!368 = !DILocation(line: 36, column: 19, scope: !346)
!369 = !DILocation(line: 36, column: 24, scope: !346)
!370 = !DILocation(line: 36, column: 2, scope: !346)
!371 = !DILocation(line: 37, column: 2, scope: !346)
!372 = !DILocation(line: 38, column: 1, scope: !346)
!373 = distinct !DISubprogram(name: "__bswap_32", scope: !246, file: !246, line: 49, type: !374, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !31, retainedNodes: !376)
!374 = !DISubroutineType(types: !375)
!375 = !{!96, !96}
!376 = !{!377}
!377 = !DILocalVariable(name: "__bsx", arg: 1, scope: !373, file: !246, line: 49, type: !96)
!378 = !DILocation(line: 49, column: 24, scope: !373)
!379 = !DILocation(line: 54, column: 10, scope: !373)
!380 = !DILocation(line: 54, column: 3, scope: !373)
!381 = !DISubprogram(name: "sendto", scope: !256, file: !256, line: 152, type: !382, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!382 = !DISubroutineType(types: !383)
!383 = !{!56, !79, !384, !275, !79, !262, !112}
!384 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !385, size: 64)
!385 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!386 = !DISubprogram(name: "vfprintf", scope: !265, file: !265, line: 365, type: !387, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!387 = !DISubroutineType(types: !388)
!388 = !{!79, !283, !338, !389}
!389 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !357, size: 64)
