; big-handler.c answers with digest() of the request (line 56), generated
; code of some 1500 source-level operations: far over the 2000-instruction
; budget for one callee, so the call stays a call and blocks the reply.
; A request starting with '?' is traced first through the program's own
; variadic trace() (line 53), which the inliner cannot expand. The short
; datagram check (line 54) only drops: not worth an offload.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
;
; CHECK-LABEL: koffload plan for 'big-handler.c'
; CHECK:       arrival: big-handler.c:50
; CHECK-NOT:   reply:
; CHECK:       saving 0 ns/request
; CHECK:       decision: keep in userspace: the kernel could only drop requests
; CHECK-NEXT:  blocked: InlineBudget trace (variadic: cannot be inlined) at big-handler.c:53 (
; CHECK-NEXT:  blocked: InlineBudget digest ({{[0-9]+}} instructions, budget 2000) at big-handler.c:56 (
; CHECK-NEXT:  fallback: big-handler.c:52 -> InlineBudget trace (variadic: cannot be inlined) at big-handler.c:53 (
; CHECK-NEXT:  fallback: big-handler.c:54 -> InlineBudget digest ({{[0-9]+}} instructions, budget 2000) at big-handler.c:56 (
; CHECK-NEXT:  summary: 1 candidate, 0 offloaded
;
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-plan{{$}}
; YAML-NEXT: Name:            NotOffloaded
; YAML-NEXT: DebugLoc:        { File: big-handler.c, Line: 50,
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-feasibility{{$}}
; YAML-NEXT: Name:            InlineBudget
; YAML-NEXT: DebugLoc:        { File: big-handler.c, Line: 53,
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-feasibility{{$}}
; YAML-NEXT: Name:            InlineBudget
; YAML-NEXT: DebugLoc:        { File: big-handler.c, Line: 56,
;
; MADE-FROM: Inputs/big-handler.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - big-handler.c

; ModuleID = 'big-handler.c'
source_filename = "big-handler.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [20 x i8] c"request of %d bytes\00", align 1, !dbg !0
@trace_buf = dso_local global [256 x i8] zeroinitializer, align 16, !dbg !7
@__const.digest.s = private unnamed_addr constant [8 x i64] [i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8], align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !56 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [512 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #8, !dbg !105
    #dbg_declare(ptr %2, !60, !DIExpression(), !106)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #8, !dbg !107
  store i32 %11, ptr %2, align 4, !dbg !106, !tbaa !108
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #8, !dbg !112
    #dbg_declare(ptr %3, !61, !DIExpression(), !113)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !114
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !115
  store i16 2, ptr %12, align 4, !dbg !116, !tbaa !117
  %13 = call zeroext i16 @__bswap_16(i16 noundef zeroext 6500), !dbg !121
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !122
  store i16 %13, ptr %14, align 2, !dbg !123, !tbaa !124
  %15 = call i32 @__bswap_32(i32 noundef 0), !dbg !125
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !126
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !127
  store i32 %15, ptr %17, align 4, !dbg !128, !tbaa !129
  %18 = load i32, ptr %2, align 4, !dbg !130, !tbaa !108
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #8, !dbg !132
  %20 = icmp slt i32 %19, 0, !dbg !133
  br i1 %20, label %21, label %23, !dbg !134

21:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !135
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #8, !dbg !136
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #8, !dbg !136
  %22 = load i32, ptr %1, align 4, !dbg !136
  ret i32 %22, !dbg !136

23:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #8, !dbg !137
    #dbg_declare(ptr %5, !77, !DIExpression(), !138)
  %24 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !139
  %25 = load i32, ptr %2, align 4, !dbg !140, !tbaa !108
  store i32 %25, ptr %24, align 4, !dbg !139, !tbaa !141
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !139
  store i16 1, ptr %26, align 4, !dbg !139, !tbaa !143
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !139
  store i16 0, ptr %27, align 2, !dbg !139, !tbaa !144
  br label %28, !dbg !145

28:                                               ; preds = %55, %53, %31, %23
  %29 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !146
  %30 = icmp sle i32 %29, 0, !dbg !148
  br i1 %30, label %31, label %32, !dbg !149

31:                                               ; preds = %28
  br label %28, !dbg !150, !llvm.loop !151

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 512, ptr %6) #8, !dbg !154
    #dbg_declare(ptr %6, !85, !DIExpression(), !155)
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #8, !dbg !156
    #dbg_declare(ptr %7, !92, !DIExpression(), !157)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #8, !dbg !158
    #dbg_declare(ptr %8, !93, !DIExpression(), !159)
  store i32 16, ptr %8, align 4, !dbg !159, !tbaa !108
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #8, !dbg !160
    #dbg_declare(ptr %9, !96, !DIExpression(), !161)
  %33 = load i32, ptr %2, align 4, !dbg !162, !tbaa !108
  %34 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !163
  %35 = call i64 @recvfrom(i32 noundef %33, ptr noundef %34, i64 noundef 512, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !164
  store i64 %35, ptr %9, align 8, !dbg !161, !tbaa !165
  %36 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !167
  %37 = load i8, ptr %36, align 16, !dbg !167, !tbaa !169
  %38 = zext i8 %37 to i32, !dbg !167
  %39 = icmp eq i32 %38, 63, !dbg !170
  br i1 %39, label %40, label %43, !dbg !171

40:                                               ; preds = %32
  %41 = load i64, ptr %9, align 8, !dbg !172, !tbaa !165
  %42 = trunc i64 %41 to i32, !dbg !173
  call void (ptr, ...) @trace(ptr noundef @.str, i32 noundef %42), !dbg !174
  br label %43, !dbg !174

43:                                               ; preds = %40, %32
  %44 = load i64, ptr %9, align 8, !dbg !175, !tbaa !165
  %45 = icmp slt i64 %44, 64, !dbg !177
  br i1 %45, label %46, label %47, !dbg !178

46:                                               ; preds = %43
  store i32 3, ptr %4, align 4
  br label %53, !dbg !179, !llvm.loop !151

47:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #8, !dbg !180
    #dbg_declare(ptr %10, !101, !DIExpression(), !181)
  %48 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !182
  %49 = call i64 @digest(ptr noundef %48), !dbg !183
  store i64 %49, ptr %10, align 8, !dbg !181, !tbaa !165
  %50 = load i32, ptr %2, align 4, !dbg !184, !tbaa !108
  %51 = load i32, ptr %8, align 4, !dbg !185, !tbaa !108
  %52 = call i64 @sendto(i32 noundef %50, ptr noundef %10, i64 noundef 8, i32 noundef 0, ptr noundef %7, i32 noundef %51), !dbg !186
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #8, !dbg !187
  store i32 0, ptr %4, align 4, !dbg !187
  br label %53, !dbg !187

53:                                               ; preds = %47, %46
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #8, !dbg !187
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #8, !dbg !187
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #8, !dbg !187
  call void @llvm.lifetime.end.p0(i64 512, ptr %6) #8, !dbg !187
  %54 = load i32, ptr %4, align 4
  switch i32 %54, label %56 [
    i32 0, label %55
    i32 3, label %28
  ]

55:                                               ; preds = %53
  br label %28, !dbg !188, !llvm.loop !151

56:                                               ; preds = %53
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !189 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !193 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !199
    #dbg_declare(ptr %2, !198, !DIExpression(), !200)
  %3 = load i16, ptr %2, align 2, !dbg !201, !tbaa !199
  %4 = zext i16 %3 to i32, !dbg !201
  %5 = ashr i32 %4, 8, !dbg !201
  %6 = and i32 %5, 255, !dbg !201
  %7 = load i16, ptr %2, align 2, !dbg !201, !tbaa !199
  %8 = zext i16 %7 to i32, !dbg !201
  %9 = and i32 %8, 255, !dbg !201
  %10 = shl i32 %9, 8, !dbg !201
  %11 = or i32 %6, %10, !dbg !201
  %12 = trunc i32 %11 to i16, !dbg !201
  ret i16 %12, !dbg !202
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !203 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !108
    #dbg_declare(ptr %2, !207, !DIExpression(), !208)
  %3 = load i32, ptr %2, align 4, !dbg !209, !tbaa !108
  %4 = and i32 %3, -16777216, !dbg !209
  %5 = lshr i32 %4, 24, !dbg !209
  %6 = load i32, ptr %2, align 4, !dbg !209, !tbaa !108
  %7 = and i32 %6, 16711680, !dbg !209
  %8 = lshr i32 %7, 8, !dbg !209
  %9 = or i32 %5, %8, !dbg !209
  %10 = load i32, ptr %2, align 4, !dbg !209, !tbaa !108
  %11 = and i32 %10, 65280, !dbg !209
  %12 = shl i32 %11, 8, !dbg !209
  %13 = or i32 %9, %12, !dbg !209
  %14 = load i32, ptr %2, align 4, !dbg !209, !tbaa !108
  %15 = and i32 %14, 255, !dbg !209
  %16 = shl i32 %15, 24, !dbg !209
  %17 = or i32 %13, %16, !dbg !209
  ret i32 %17, !dbg !210
}

; Function Attrs: nounwind
declare !dbg !211 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !216 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !221 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind uwtable
define internal void @trace(ptr noundef %0, ...) #0 !dbg !231 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %2, align 8, !tbaa !253
    #dbg_declare(ptr %2, !237, !DIExpression(), !255)
  call void @llvm.lifetime.start.p0(i64 24, ptr %3) #8, !dbg !256
    #dbg_declare(ptr %3, !238, !DIExpression(), !257)
  %4 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !258
  call void @llvm.va_start.p0(ptr %4), !dbg !258
  %5 = load ptr, ptr %2, align 8, !dbg !259, !tbaa !253
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !260
  %7 = call i32 @vsnprintf(ptr noundef @trace_buf, i64 noundef 256, ptr noundef %5, ptr noundef %6) #8, !dbg !261
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !262
  call void @llvm.va_end.p0(ptr %8), !dbg !262
  call void @llvm.lifetime.end.p0(i64 24, ptr %3) #8, !dbg !263
  ret void, !dbg !263
}

; Function Attrs: nounwind uwtable
define internal i64 @digest(ptr noundef %0) #0 !dbg !264 {
  %2 = alloca ptr, align 8
  %3 = alloca [8 x i64], align 16
  store ptr %0, ptr %2, align 8, !tbaa !253
    #dbg_declare(ptr %2, !270, !DIExpression(), !273)
  call void @llvm.lifetime.start.p0(i64 64, ptr %3) #8, !dbg !274
    #dbg_declare(ptr %3, !271, !DIExpression(), !275)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.digest.s, i64 64, i1 false), !dbg !275
  %4 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %5 = load i64, ptr %4, align 16, !dbg !276, !tbaa !165
  %6 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %7 = getelementptr inbounds i8, ptr %6, i64 0, !dbg !276
  %8 = load i8, ptr %7, align 1, !dbg !276, !tbaa !169
  %9 = zext i8 %8 to i64, !dbg !276
  %10 = xor i64 %5, %9, !dbg !276
  %11 = mul i64 %10, 1099511628211, !dbg !276
  %12 = add i64 %11, 0, !dbg !276
  %13 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %12, ptr %13, align 16, !dbg !276, !tbaa !165
  %14 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %15 = load i64, ptr %14, align 8, !dbg !276, !tbaa !165
  %16 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %17 = getelementptr inbounds i8, ptr %16, i64 1, !dbg !276
  %18 = load i8, ptr %17, align 1, !dbg !276, !tbaa !169
  %19 = zext i8 %18 to i64, !dbg !276
  %20 = xor i64 %15, %19, !dbg !276
  %21 = mul i64 %20, 1099511628211, !dbg !276
  %22 = add i64 %21, 1, !dbg !276
  %23 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %22, ptr %23, align 8, !dbg !276, !tbaa !165
  %24 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %25 = load i64, ptr %24, align 16, !dbg !276, !tbaa !165
  %26 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %27 = getelementptr inbounds i8, ptr %26, i64 2, !dbg !276
  %28 = load i8, ptr %27, align 1, !dbg !276, !tbaa !169
  %29 = zext i8 %28 to i64, !dbg !276
  %30 = xor i64 %25, %29, !dbg !276
  %31 = mul i64 %30, 1099511628211, !dbg !276
  %32 = add i64 %31, 2, !dbg !276
  %33 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %32, ptr %33, align 16, !dbg !276, !tbaa !165
  %34 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %35 = load i64, ptr %34, align 8, !dbg !276, !tbaa !165
  %36 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %37 = getelementptr inbounds i8, ptr %36, i64 3, !dbg !276
  %38 = load i8, ptr %37, align 1, !dbg !276, !tbaa !169
  %39 = zext i8 %38 to i64, !dbg !276
  %40 = xor i64 %35, %39, !dbg !276
  %41 = mul i64 %40, 1099511628211, !dbg !276
  %42 = add i64 %41, 3, !dbg !276
  %43 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %42, ptr %43, align 8, !dbg !276, !tbaa !165
  %44 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %45 = load i64, ptr %44, align 16, !dbg !276, !tbaa !165
  %46 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %47 = getelementptr inbounds i8, ptr %46, i64 4, !dbg !276
  %48 = load i8, ptr %47, align 1, !dbg !276, !tbaa !169
  %49 = zext i8 %48 to i64, !dbg !276
  %50 = xor i64 %45, %49, !dbg !276
  %51 = mul i64 %50, 1099511628211, !dbg !276
  %52 = add i64 %51, 4, !dbg !276
  %53 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %52, ptr %53, align 16, !dbg !276, !tbaa !165
  %54 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %55 = load i64, ptr %54, align 8, !dbg !276, !tbaa !165
  %56 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %57 = getelementptr inbounds i8, ptr %56, i64 5, !dbg !276
  %58 = load i8, ptr %57, align 1, !dbg !276, !tbaa !169
  %59 = zext i8 %58 to i64, !dbg !276
  %60 = xor i64 %55, %59, !dbg !276
  %61 = mul i64 %60, 1099511628211, !dbg !276
  %62 = add i64 %61, 5, !dbg !276
  %63 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %62, ptr %63, align 8, !dbg !276, !tbaa !165
  %64 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %65 = load i64, ptr %64, align 16, !dbg !276, !tbaa !165
  %66 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %67 = getelementptr inbounds i8, ptr %66, i64 6, !dbg !276
  %68 = load i8, ptr %67, align 1, !dbg !276, !tbaa !169
  %69 = zext i8 %68 to i64, !dbg !276
  %70 = xor i64 %65, %69, !dbg !276
  %71 = mul i64 %70, 1099511628211, !dbg !276
  %72 = add i64 %71, 6, !dbg !276
  %73 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %72, ptr %73, align 16, !dbg !276, !tbaa !165
  %74 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %75 = load i64, ptr %74, align 8, !dbg !276, !tbaa !165
  %76 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %77 = getelementptr inbounds i8, ptr %76, i64 7, !dbg !276
  %78 = load i8, ptr %77, align 1, !dbg !276, !tbaa !169
  %79 = zext i8 %78 to i64, !dbg !276
  %80 = xor i64 %75, %79, !dbg !276
  %81 = mul i64 %80, 1099511628211, !dbg !276
  %82 = add i64 %81, 7, !dbg !276
  %83 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %82, ptr %83, align 8, !dbg !276, !tbaa !165
  %84 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %85 = load i64, ptr %84, align 16, !dbg !276, !tbaa !165
  %86 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %87 = getelementptr inbounds i8, ptr %86, i64 8, !dbg !276
  %88 = load i8, ptr %87, align 1, !dbg !276, !tbaa !169
  %89 = zext i8 %88 to i64, !dbg !276
  %90 = xor i64 %85, %89, !dbg !276
  %91 = mul i64 %90, 1099511628211, !dbg !276
  %92 = add i64 %91, 8, !dbg !276
  %93 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %92, ptr %93, align 16, !dbg !276, !tbaa !165
  %94 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %95 = load i64, ptr %94, align 8, !dbg !276, !tbaa !165
  %96 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %97 = getelementptr inbounds i8, ptr %96, i64 9, !dbg !276
  %98 = load i8, ptr %97, align 1, !dbg !276, !tbaa !169
  %99 = zext i8 %98 to i64, !dbg !276
  %100 = xor i64 %95, %99, !dbg !276
  %101 = mul i64 %100, 1099511628211, !dbg !276
  %102 = add i64 %101, 9, !dbg !276
  %103 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %102, ptr %103, align 8, !dbg !276, !tbaa !165
  %104 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %105 = load i64, ptr %104, align 16, !dbg !276, !tbaa !165
  %106 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %107 = getelementptr inbounds i8, ptr %106, i64 10, !dbg !276
  %108 = load i8, ptr %107, align 1, !dbg !276, !tbaa !169
  %109 = zext i8 %108 to i64, !dbg !276
  %110 = xor i64 %105, %109, !dbg !276
  %111 = mul i64 %110, 1099511628211, !dbg !276
  %112 = add i64 %111, 10, !dbg !276
  %113 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %112, ptr %113, align 16, !dbg !276, !tbaa !165
  %114 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %115 = load i64, ptr %114, align 8, !dbg !276, !tbaa !165
  %116 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %117 = getelementptr inbounds i8, ptr %116, i64 11, !dbg !276
  %118 = load i8, ptr %117, align 1, !dbg !276, !tbaa !169
  %119 = zext i8 %118 to i64, !dbg !276
  %120 = xor i64 %115, %119, !dbg !276
  %121 = mul i64 %120, 1099511628211, !dbg !276
  %122 = add i64 %121, 11, !dbg !276
  %123 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %122, ptr %123, align 8, !dbg !276, !tbaa !165
  %124 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %125 = load i64, ptr %124, align 16, !dbg !276, !tbaa !165
  %126 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %127 = getelementptr inbounds i8, ptr %126, i64 12, !dbg !276
  %128 = load i8, ptr %127, align 1, !dbg !276, !tbaa !169
  %129 = zext i8 %128 to i64, !dbg !276
  %130 = xor i64 %125, %129, !dbg !276
  %131 = mul i64 %130, 1099511628211, !dbg !276
  %132 = add i64 %131, 12, !dbg !276
  %133 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %132, ptr %133, align 16, !dbg !276, !tbaa !165
  %134 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %135 = load i64, ptr %134, align 8, !dbg !276, !tbaa !165
  %136 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %137 = getelementptr inbounds i8, ptr %136, i64 13, !dbg !276
  %138 = load i8, ptr %137, align 1, !dbg !276, !tbaa !169
  %139 = zext i8 %138 to i64, !dbg !276
  %140 = xor i64 %135, %139, !dbg !276
  %141 = mul i64 %140, 1099511628211, !dbg !276
  %142 = add i64 %141, 13, !dbg !276
  %143 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %142, ptr %143, align 8, !dbg !276, !tbaa !165
  %144 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %145 = load i64, ptr %144, align 16, !dbg !276, !tbaa !165
  %146 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %147 = getelementptr inbounds i8, ptr %146, i64 14, !dbg !276
  %148 = load i8, ptr %147, align 1, !dbg !276, !tbaa !169
  %149 = zext i8 %148 to i64, !dbg !276
  %150 = xor i64 %145, %149, !dbg !276
  %151 = mul i64 %150, 1099511628211, !dbg !276
  %152 = add i64 %151, 14, !dbg !276
  %153 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %152, ptr %153, align 16, !dbg !276, !tbaa !165
  %154 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %155 = load i64, ptr %154, align 8, !dbg !276, !tbaa !165
  %156 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %157 = getelementptr inbounds i8, ptr %156, i64 15, !dbg !276
  %158 = load i8, ptr %157, align 1, !dbg !276, !tbaa !169
  %159 = zext i8 %158 to i64, !dbg !276
  %160 = xor i64 %155, %159, !dbg !276
  %161 = mul i64 %160, 1099511628211, !dbg !276
  %162 = add i64 %161, 15, !dbg !276
  %163 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %162, ptr %163, align 8, !dbg !276, !tbaa !165
  %164 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %165 = load i64, ptr %164, align 16, !dbg !276, !tbaa !165
  %166 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %167 = getelementptr inbounds i8, ptr %166, i64 16, !dbg !276
  %168 = load i8, ptr %167, align 1, !dbg !276, !tbaa !169
  %169 = zext i8 %168 to i64, !dbg !276
  %170 = xor i64 %165, %169, !dbg !276
  %171 = mul i64 %170, 1099511628211, !dbg !276
  %172 = add i64 %171, 16, !dbg !276
  %173 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %172, ptr %173, align 16, !dbg !276, !tbaa !165
  %174 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %175 = load i64, ptr %174, align 8, !dbg !276, !tbaa !165
  %176 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %177 = getelementptr inbounds i8, ptr %176, i64 17, !dbg !276
  %178 = load i8, ptr %177, align 1, !dbg !276, !tbaa !169
  %179 = zext i8 %178 to i64, !dbg !276
  %180 = xor i64 %175, %179, !dbg !276
  %181 = mul i64 %180, 1099511628211, !dbg !276
  %182 = add i64 %181, 17, !dbg !276
  %183 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %182, ptr %183, align 8, !dbg !276, !tbaa !165
  %184 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %185 = load i64, ptr %184, align 16, !dbg !276, !tbaa !165
  %186 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %187 = getelementptr inbounds i8, ptr %186, i64 18, !dbg !276
  %188 = load i8, ptr %187, align 1, !dbg !276, !tbaa !169
  %189 = zext i8 %188 to i64, !dbg !276
  %190 = xor i64 %185, %189, !dbg !276
  %191 = mul i64 %190, 1099511628211, !dbg !276
  %192 = add i64 %191, 18, !dbg !276
  %193 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %192, ptr %193, align 16, !dbg !276, !tbaa !165
  %194 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %195 = load i64, ptr %194, align 8, !dbg !276, !tbaa !165
  %196 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %197 = getelementptr inbounds i8, ptr %196, i64 19, !dbg !276
  %198 = load i8, ptr %197, align 1, !dbg !276, !tbaa !169
  %199 = zext i8 %198 to i64, !dbg !276
  %200 = xor i64 %195, %199, !dbg !276
  %201 = mul i64 %200, 1099511628211, !dbg !276
  %202 = add i64 %201, 19, !dbg !276
  %203 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %202, ptr %203, align 8, !dbg !276, !tbaa !165
  %204 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %205 = load i64, ptr %204, align 16, !dbg !276, !tbaa !165
  %206 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %207 = getelementptr inbounds i8, ptr %206, i64 20, !dbg !276
  %208 = load i8, ptr %207, align 1, !dbg !276, !tbaa !169
  %209 = zext i8 %208 to i64, !dbg !276
  %210 = xor i64 %205, %209, !dbg !276
  %211 = mul i64 %210, 1099511628211, !dbg !276
  %212 = add i64 %211, 20, !dbg !276
  %213 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %212, ptr %213, align 16, !dbg !276, !tbaa !165
  %214 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %215 = load i64, ptr %214, align 8, !dbg !276, !tbaa !165
  %216 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %217 = getelementptr inbounds i8, ptr %216, i64 21, !dbg !276
  %218 = load i8, ptr %217, align 1, !dbg !276, !tbaa !169
  %219 = zext i8 %218 to i64, !dbg !276
  %220 = xor i64 %215, %219, !dbg !276
  %221 = mul i64 %220, 1099511628211, !dbg !276
  %222 = add i64 %221, 21, !dbg !276
  %223 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %222, ptr %223, align 8, !dbg !276, !tbaa !165
  %224 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %225 = load i64, ptr %224, align 16, !dbg !276, !tbaa !165
  %226 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %227 = getelementptr inbounds i8, ptr %226, i64 22, !dbg !276
  %228 = load i8, ptr %227, align 1, !dbg !276, !tbaa !169
  %229 = zext i8 %228 to i64, !dbg !276
  %230 = xor i64 %225, %229, !dbg !276
  %231 = mul i64 %230, 1099511628211, !dbg !276
  %232 = add i64 %231, 22, !dbg !276
  %233 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %232, ptr %233, align 16, !dbg !276, !tbaa !165
  %234 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %235 = load i64, ptr %234, align 8, !dbg !276, !tbaa !165
  %236 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %237 = getelementptr inbounds i8, ptr %236, i64 23, !dbg !276
  %238 = load i8, ptr %237, align 1, !dbg !276, !tbaa !169
  %239 = zext i8 %238 to i64, !dbg !276
  %240 = xor i64 %235, %239, !dbg !276
  %241 = mul i64 %240, 1099511628211, !dbg !276
  %242 = add i64 %241, 23, !dbg !276
  %243 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %242, ptr %243, align 8, !dbg !276, !tbaa !165
  %244 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %245 = load i64, ptr %244, align 16, !dbg !276, !tbaa !165
  %246 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %247 = getelementptr inbounds i8, ptr %246, i64 24, !dbg !276
  %248 = load i8, ptr %247, align 1, !dbg !276, !tbaa !169
  %249 = zext i8 %248 to i64, !dbg !276
  %250 = xor i64 %245, %249, !dbg !276
  %251 = mul i64 %250, 1099511628211, !dbg !276
  %252 = add i64 %251, 24, !dbg !276
  %253 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %252, ptr %253, align 16, !dbg !276, !tbaa !165
  %254 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %255 = load i64, ptr %254, align 8, !dbg !276, !tbaa !165
  %256 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %257 = getelementptr inbounds i8, ptr %256, i64 25, !dbg !276
  %258 = load i8, ptr %257, align 1, !dbg !276, !tbaa !169
  %259 = zext i8 %258 to i64, !dbg !276
  %260 = xor i64 %255, %259, !dbg !276
  %261 = mul i64 %260, 1099511628211, !dbg !276
  %262 = add i64 %261, 25, !dbg !276
  %263 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %262, ptr %263, align 8, !dbg !276, !tbaa !165
  %264 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %265 = load i64, ptr %264, align 16, !dbg !276, !tbaa !165
  %266 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %267 = getelementptr inbounds i8, ptr %266, i64 26, !dbg !276
  %268 = load i8, ptr %267, align 1, !dbg !276, !tbaa !169
  %269 = zext i8 %268 to i64, !dbg !276
  %270 = xor i64 %265, %269, !dbg !276
  %271 = mul i64 %270, 1099511628211, !dbg !276
  %272 = add i64 %271, 26, !dbg !276
  %273 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %272, ptr %273, align 16, !dbg !276, !tbaa !165
  %274 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %275 = load i64, ptr %274, align 8, !dbg !276, !tbaa !165
  %276 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %277 = getelementptr inbounds i8, ptr %276, i64 27, !dbg !276
  %278 = load i8, ptr %277, align 1, !dbg !276, !tbaa !169
  %279 = zext i8 %278 to i64, !dbg !276
  %280 = xor i64 %275, %279, !dbg !276
  %281 = mul i64 %280, 1099511628211, !dbg !276
  %282 = add i64 %281, 27, !dbg !276
  %283 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %282, ptr %283, align 8, !dbg !276, !tbaa !165
  %284 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %285 = load i64, ptr %284, align 16, !dbg !276, !tbaa !165
  %286 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %287 = getelementptr inbounds i8, ptr %286, i64 28, !dbg !276
  %288 = load i8, ptr %287, align 1, !dbg !276, !tbaa !169
  %289 = zext i8 %288 to i64, !dbg !276
  %290 = xor i64 %285, %289, !dbg !276
  %291 = mul i64 %290, 1099511628211, !dbg !276
  %292 = add i64 %291, 28, !dbg !276
  %293 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %292, ptr %293, align 16, !dbg !276, !tbaa !165
  %294 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %295 = load i64, ptr %294, align 8, !dbg !276, !tbaa !165
  %296 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %297 = getelementptr inbounds i8, ptr %296, i64 29, !dbg !276
  %298 = load i8, ptr %297, align 1, !dbg !276, !tbaa !169
  %299 = zext i8 %298 to i64, !dbg !276
  %300 = xor i64 %295, %299, !dbg !276
  %301 = mul i64 %300, 1099511628211, !dbg !276
  %302 = add i64 %301, 29, !dbg !276
  %303 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %302, ptr %303, align 8, !dbg !276, !tbaa !165
  %304 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %305 = load i64, ptr %304, align 16, !dbg !276, !tbaa !165
  %306 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %307 = getelementptr inbounds i8, ptr %306, i64 30, !dbg !276
  %308 = load i8, ptr %307, align 1, !dbg !276, !tbaa !169
  %309 = zext i8 %308 to i64, !dbg !276
  %310 = xor i64 %305, %309, !dbg !276
  %311 = mul i64 %310, 1099511628211, !dbg !276
  %312 = add i64 %311, 30, !dbg !276
  %313 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %312, ptr %313, align 16, !dbg !276, !tbaa !165
  %314 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %315 = load i64, ptr %314, align 8, !dbg !276, !tbaa !165
  %316 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %317 = getelementptr inbounds i8, ptr %316, i64 31, !dbg !276
  %318 = load i8, ptr %317, align 1, !dbg !276, !tbaa !169
  %319 = zext i8 %318 to i64, !dbg !276
  %320 = xor i64 %315, %319, !dbg !276
  %321 = mul i64 %320, 1099511628211, !dbg !276
  %322 = add i64 %321, 31, !dbg !276
  %323 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %322, ptr %323, align 8, !dbg !276, !tbaa !165
  %324 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %325 = load i64, ptr %324, align 16, !dbg !276, !tbaa !165
  %326 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %327 = getelementptr inbounds i8, ptr %326, i64 32, !dbg !276
  %328 = load i8, ptr %327, align 1, !dbg !276, !tbaa !169
  %329 = zext i8 %328 to i64, !dbg !276
  %330 = xor i64 %325, %329, !dbg !276
  %331 = mul i64 %330, 1099511628211, !dbg !276
  %332 = add i64 %331, 32, !dbg !276
  %333 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %332, ptr %333, align 16, !dbg !276, !tbaa !165
  %334 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %335 = load i64, ptr %334, align 8, !dbg !276, !tbaa !165
  %336 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %337 = getelementptr inbounds i8, ptr %336, i64 33, !dbg !276
  %338 = load i8, ptr %337, align 1, !dbg !276, !tbaa !169
  %339 = zext i8 %338 to i64, !dbg !276
  %340 = xor i64 %335, %339, !dbg !276
  %341 = mul i64 %340, 1099511628211, !dbg !276
  %342 = add i64 %341, 33, !dbg !276
  %343 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %342, ptr %343, align 8, !dbg !276, !tbaa !165
  %344 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %345 = load i64, ptr %344, align 16, !dbg !276, !tbaa !165
  %346 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %347 = getelementptr inbounds i8, ptr %346, i64 34, !dbg !276
  %348 = load i8, ptr %347, align 1, !dbg !276, !tbaa !169
  %349 = zext i8 %348 to i64, !dbg !276
  %350 = xor i64 %345, %349, !dbg !276
  %351 = mul i64 %350, 1099511628211, !dbg !276
  %352 = add i64 %351, 34, !dbg !276
  %353 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %352, ptr %353, align 16, !dbg !276, !tbaa !165
  %354 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %355 = load i64, ptr %354, align 8, !dbg !276, !tbaa !165
  %356 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %357 = getelementptr inbounds i8, ptr %356, i64 35, !dbg !276
  %358 = load i8, ptr %357, align 1, !dbg !276, !tbaa !169
  %359 = zext i8 %358 to i64, !dbg !276
  %360 = xor i64 %355, %359, !dbg !276
  %361 = mul i64 %360, 1099511628211, !dbg !276
  %362 = add i64 %361, 35, !dbg !276
  %363 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %362, ptr %363, align 8, !dbg !276, !tbaa !165
  %364 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %365 = load i64, ptr %364, align 16, !dbg !276, !tbaa !165
  %366 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %367 = getelementptr inbounds i8, ptr %366, i64 36, !dbg !276
  %368 = load i8, ptr %367, align 1, !dbg !276, !tbaa !169
  %369 = zext i8 %368 to i64, !dbg !276
  %370 = xor i64 %365, %369, !dbg !276
  %371 = mul i64 %370, 1099511628211, !dbg !276
  %372 = add i64 %371, 36, !dbg !276
  %373 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %372, ptr %373, align 16, !dbg !276, !tbaa !165
  %374 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %375 = load i64, ptr %374, align 8, !dbg !276, !tbaa !165
  %376 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %377 = getelementptr inbounds i8, ptr %376, i64 37, !dbg !276
  %378 = load i8, ptr %377, align 1, !dbg !276, !tbaa !169
  %379 = zext i8 %378 to i64, !dbg !276
  %380 = xor i64 %375, %379, !dbg !276
  %381 = mul i64 %380, 1099511628211, !dbg !276
  %382 = add i64 %381, 37, !dbg !276
  %383 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %382, ptr %383, align 8, !dbg !276, !tbaa !165
  %384 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %385 = load i64, ptr %384, align 16, !dbg !276, !tbaa !165
  %386 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %387 = getelementptr inbounds i8, ptr %386, i64 38, !dbg !276
  %388 = load i8, ptr %387, align 1, !dbg !276, !tbaa !169
  %389 = zext i8 %388 to i64, !dbg !276
  %390 = xor i64 %385, %389, !dbg !276
  %391 = mul i64 %390, 1099511628211, !dbg !276
  %392 = add i64 %391, 38, !dbg !276
  %393 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %392, ptr %393, align 16, !dbg !276, !tbaa !165
  %394 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %395 = load i64, ptr %394, align 8, !dbg !276, !tbaa !165
  %396 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %397 = getelementptr inbounds i8, ptr %396, i64 39, !dbg !276
  %398 = load i8, ptr %397, align 1, !dbg !276, !tbaa !169
  %399 = zext i8 %398 to i64, !dbg !276
  %400 = xor i64 %395, %399, !dbg !276
  %401 = mul i64 %400, 1099511628211, !dbg !276
  %402 = add i64 %401, 39, !dbg !276
  %403 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %402, ptr %403, align 8, !dbg !276, !tbaa !165
  %404 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %405 = load i64, ptr %404, align 16, !dbg !276, !tbaa !165
  %406 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %407 = getelementptr inbounds i8, ptr %406, i64 40, !dbg !276
  %408 = load i8, ptr %407, align 1, !dbg !276, !tbaa !169
  %409 = zext i8 %408 to i64, !dbg !276
  %410 = xor i64 %405, %409, !dbg !276
  %411 = mul i64 %410, 1099511628211, !dbg !276
  %412 = add i64 %411, 40, !dbg !276
  %413 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %412, ptr %413, align 16, !dbg !276, !tbaa !165
  %414 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %415 = load i64, ptr %414, align 8, !dbg !276, !tbaa !165
  %416 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %417 = getelementptr inbounds i8, ptr %416, i64 41, !dbg !276
  %418 = load i8, ptr %417, align 1, !dbg !276, !tbaa !169
  %419 = zext i8 %418 to i64, !dbg !276
  %420 = xor i64 %415, %419, !dbg !276
  %421 = mul i64 %420, 1099511628211, !dbg !276
  %422 = add i64 %421, 41, !dbg !276
  %423 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %422, ptr %423, align 8, !dbg !276, !tbaa !165
  %424 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %425 = load i64, ptr %424, align 16, !dbg !276, !tbaa !165
  %426 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %427 = getelementptr inbounds i8, ptr %426, i64 42, !dbg !276
  %428 = load i8, ptr %427, align 1, !dbg !276, !tbaa !169
  %429 = zext i8 %428 to i64, !dbg !276
  %430 = xor i64 %425, %429, !dbg !276
  %431 = mul i64 %430, 1099511628211, !dbg !276
  %432 = add i64 %431, 42, !dbg !276
  %433 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %432, ptr %433, align 16, !dbg !276, !tbaa !165
  %434 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %435 = load i64, ptr %434, align 8, !dbg !276, !tbaa !165
  %436 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %437 = getelementptr inbounds i8, ptr %436, i64 43, !dbg !276
  %438 = load i8, ptr %437, align 1, !dbg !276, !tbaa !169
  %439 = zext i8 %438 to i64, !dbg !276
  %440 = xor i64 %435, %439, !dbg !276
  %441 = mul i64 %440, 1099511628211, !dbg !276
  %442 = add i64 %441, 43, !dbg !276
  %443 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %442, ptr %443, align 8, !dbg !276, !tbaa !165
  %444 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %445 = load i64, ptr %444, align 16, !dbg !276, !tbaa !165
  %446 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %447 = getelementptr inbounds i8, ptr %446, i64 44, !dbg !276
  %448 = load i8, ptr %447, align 1, !dbg !276, !tbaa !169
  %449 = zext i8 %448 to i64, !dbg !276
  %450 = xor i64 %445, %449, !dbg !276
  %451 = mul i64 %450, 1099511628211, !dbg !276
  %452 = add i64 %451, 44, !dbg !276
  %453 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %452, ptr %453, align 16, !dbg !276, !tbaa !165
  %454 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %455 = load i64, ptr %454, align 8, !dbg !276, !tbaa !165
  %456 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %457 = getelementptr inbounds i8, ptr %456, i64 45, !dbg !276
  %458 = load i8, ptr %457, align 1, !dbg !276, !tbaa !169
  %459 = zext i8 %458 to i64, !dbg !276
  %460 = xor i64 %455, %459, !dbg !276
  %461 = mul i64 %460, 1099511628211, !dbg !276
  %462 = add i64 %461, 45, !dbg !276
  %463 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %462, ptr %463, align 8, !dbg !276, !tbaa !165
  %464 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %465 = load i64, ptr %464, align 16, !dbg !276, !tbaa !165
  %466 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %467 = getelementptr inbounds i8, ptr %466, i64 46, !dbg !276
  %468 = load i8, ptr %467, align 1, !dbg !276, !tbaa !169
  %469 = zext i8 %468 to i64, !dbg !276
  %470 = xor i64 %465, %469, !dbg !276
  %471 = mul i64 %470, 1099511628211, !dbg !276
  %472 = add i64 %471, 46, !dbg !276
  %473 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %472, ptr %473, align 16, !dbg !276, !tbaa !165
  %474 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %475 = load i64, ptr %474, align 8, !dbg !276, !tbaa !165
  %476 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %477 = getelementptr inbounds i8, ptr %476, i64 47, !dbg !276
  %478 = load i8, ptr %477, align 1, !dbg !276, !tbaa !169
  %479 = zext i8 %478 to i64, !dbg !276
  %480 = xor i64 %475, %479, !dbg !276
  %481 = mul i64 %480, 1099511628211, !dbg !276
  %482 = add i64 %481, 47, !dbg !276
  %483 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %482, ptr %483, align 8, !dbg !276, !tbaa !165
  %484 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %485 = load i64, ptr %484, align 16, !dbg !276, !tbaa !165
  %486 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %487 = getelementptr inbounds i8, ptr %486, i64 48, !dbg !276
  %488 = load i8, ptr %487, align 1, !dbg !276, !tbaa !169
  %489 = zext i8 %488 to i64, !dbg !276
  %490 = xor i64 %485, %489, !dbg !276
  %491 = mul i64 %490, 1099511628211, !dbg !276
  %492 = add i64 %491, 48, !dbg !276
  %493 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %492, ptr %493, align 16, !dbg !276, !tbaa !165
  %494 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %495 = load i64, ptr %494, align 8, !dbg !276, !tbaa !165
  %496 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %497 = getelementptr inbounds i8, ptr %496, i64 49, !dbg !276
  %498 = load i8, ptr %497, align 1, !dbg !276, !tbaa !169
  %499 = zext i8 %498 to i64, !dbg !276
  %500 = xor i64 %495, %499, !dbg !276
  %501 = mul i64 %500, 1099511628211, !dbg !276
  %502 = add i64 %501, 49, !dbg !276
  %503 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %502, ptr %503, align 8, !dbg !276, !tbaa !165
  %504 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %505 = load i64, ptr %504, align 16, !dbg !276, !tbaa !165
  %506 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %507 = getelementptr inbounds i8, ptr %506, i64 50, !dbg !276
  %508 = load i8, ptr %507, align 1, !dbg !276, !tbaa !169
  %509 = zext i8 %508 to i64, !dbg !276
  %510 = xor i64 %505, %509, !dbg !276
  %511 = mul i64 %510, 1099511628211, !dbg !276
  %512 = add i64 %511, 50, !dbg !276
  %513 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %512, ptr %513, align 16, !dbg !276, !tbaa !165
  %514 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %515 = load i64, ptr %514, align 8, !dbg !276, !tbaa !165
  %516 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %517 = getelementptr inbounds i8, ptr %516, i64 51, !dbg !276
  %518 = load i8, ptr %517, align 1, !dbg !276, !tbaa !169
  %519 = zext i8 %518 to i64, !dbg !276
  %520 = xor i64 %515, %519, !dbg !276
  %521 = mul i64 %520, 1099511628211, !dbg !276
  %522 = add i64 %521, 51, !dbg !276
  %523 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %522, ptr %523, align 8, !dbg !276, !tbaa !165
  %524 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %525 = load i64, ptr %524, align 16, !dbg !276, !tbaa !165
  %526 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %527 = getelementptr inbounds i8, ptr %526, i64 52, !dbg !276
  %528 = load i8, ptr %527, align 1, !dbg !276, !tbaa !169
  %529 = zext i8 %528 to i64, !dbg !276
  %530 = xor i64 %525, %529, !dbg !276
  %531 = mul i64 %530, 1099511628211, !dbg !276
  %532 = add i64 %531, 52, !dbg !276
  %533 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %532, ptr %533, align 16, !dbg !276, !tbaa !165
  %534 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %535 = load i64, ptr %534, align 8, !dbg !276, !tbaa !165
  %536 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %537 = getelementptr inbounds i8, ptr %536, i64 53, !dbg !276
  %538 = load i8, ptr %537, align 1, !dbg !276, !tbaa !169
  %539 = zext i8 %538 to i64, !dbg !276
  %540 = xor i64 %535, %539, !dbg !276
  %541 = mul i64 %540, 1099511628211, !dbg !276
  %542 = add i64 %541, 53, !dbg !276
  %543 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %542, ptr %543, align 8, !dbg !276, !tbaa !165
  %544 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %545 = load i64, ptr %544, align 16, !dbg !276, !tbaa !165
  %546 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %547 = getelementptr inbounds i8, ptr %546, i64 54, !dbg !276
  %548 = load i8, ptr %547, align 1, !dbg !276, !tbaa !169
  %549 = zext i8 %548 to i64, !dbg !276
  %550 = xor i64 %545, %549, !dbg !276
  %551 = mul i64 %550, 1099511628211, !dbg !276
  %552 = add i64 %551, 54, !dbg !276
  %553 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %552, ptr %553, align 16, !dbg !276, !tbaa !165
  %554 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %555 = load i64, ptr %554, align 8, !dbg !276, !tbaa !165
  %556 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %557 = getelementptr inbounds i8, ptr %556, i64 55, !dbg !276
  %558 = load i8, ptr %557, align 1, !dbg !276, !tbaa !169
  %559 = zext i8 %558 to i64, !dbg !276
  %560 = xor i64 %555, %559, !dbg !276
  %561 = mul i64 %560, 1099511628211, !dbg !276
  %562 = add i64 %561, 55, !dbg !276
  %563 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %562, ptr %563, align 8, !dbg !276, !tbaa !165
  %564 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  %565 = load i64, ptr %564, align 16, !dbg !276, !tbaa !165
  %566 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %567 = getelementptr inbounds i8, ptr %566, i64 56, !dbg !276
  %568 = load i8, ptr %567, align 1, !dbg !276, !tbaa !169
  %569 = zext i8 %568 to i64, !dbg !276
  %570 = xor i64 %565, %569, !dbg !276
  %571 = mul i64 %570, 1099511628211, !dbg !276
  %572 = add i64 %571, 56, !dbg !276
  %573 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !276
  store i64 %572, ptr %573, align 16, !dbg !276, !tbaa !165
  %574 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  %575 = load i64, ptr %574, align 8, !dbg !276, !tbaa !165
  %576 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %577 = getelementptr inbounds i8, ptr %576, i64 57, !dbg !276
  %578 = load i8, ptr %577, align 1, !dbg !276, !tbaa !169
  %579 = zext i8 %578 to i64, !dbg !276
  %580 = xor i64 %575, %579, !dbg !276
  %581 = mul i64 %580, 1099511628211, !dbg !276
  %582 = add i64 %581, 57, !dbg !276
  %583 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !276
  store i64 %582, ptr %583, align 8, !dbg !276, !tbaa !165
  %584 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  %585 = load i64, ptr %584, align 16, !dbg !276, !tbaa !165
  %586 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %587 = getelementptr inbounds i8, ptr %586, i64 58, !dbg !276
  %588 = load i8, ptr %587, align 1, !dbg !276, !tbaa !169
  %589 = zext i8 %588 to i64, !dbg !276
  %590 = xor i64 %585, %589, !dbg !276
  %591 = mul i64 %590, 1099511628211, !dbg !276
  %592 = add i64 %591, 58, !dbg !276
  %593 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !276
  store i64 %592, ptr %593, align 16, !dbg !276, !tbaa !165
  %594 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  %595 = load i64, ptr %594, align 8, !dbg !276, !tbaa !165
  %596 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %597 = getelementptr inbounds i8, ptr %596, i64 59, !dbg !276
  %598 = load i8, ptr %597, align 1, !dbg !276, !tbaa !169
  %599 = zext i8 %598 to i64, !dbg !276
  %600 = xor i64 %595, %599, !dbg !276
  %601 = mul i64 %600, 1099511628211, !dbg !276
  %602 = add i64 %601, 59, !dbg !276
  %603 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !276
  store i64 %602, ptr %603, align 8, !dbg !276, !tbaa !165
  %604 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  %605 = load i64, ptr %604, align 16, !dbg !276, !tbaa !165
  %606 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %607 = getelementptr inbounds i8, ptr %606, i64 60, !dbg !276
  %608 = load i8, ptr %607, align 1, !dbg !276, !tbaa !169
  %609 = zext i8 %608 to i64, !dbg !276
  %610 = xor i64 %605, %609, !dbg !276
  %611 = mul i64 %610, 1099511628211, !dbg !276
  %612 = add i64 %611, 60, !dbg !276
  %613 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !276
  store i64 %612, ptr %613, align 16, !dbg !276, !tbaa !165
  %614 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  %615 = load i64, ptr %614, align 8, !dbg !276, !tbaa !165
  %616 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %617 = getelementptr inbounds i8, ptr %616, i64 61, !dbg !276
  %618 = load i8, ptr %617, align 1, !dbg !276, !tbaa !169
  %619 = zext i8 %618 to i64, !dbg !276
  %620 = xor i64 %615, %619, !dbg !276
  %621 = mul i64 %620, 1099511628211, !dbg !276
  %622 = add i64 %621, 61, !dbg !276
  %623 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !276
  store i64 %622, ptr %623, align 8, !dbg !276, !tbaa !165
  %624 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  %625 = load i64, ptr %624, align 16, !dbg !276, !tbaa !165
  %626 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %627 = getelementptr inbounds i8, ptr %626, i64 62, !dbg !276
  %628 = load i8, ptr %627, align 1, !dbg !276, !tbaa !169
  %629 = zext i8 %628 to i64, !dbg !276
  %630 = xor i64 %625, %629, !dbg !276
  %631 = mul i64 %630, 1099511628211, !dbg !276
  %632 = add i64 %631, 62, !dbg !276
  %633 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !276
  store i64 %632, ptr %633, align 16, !dbg !276, !tbaa !165
  %634 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  %635 = load i64, ptr %634, align 8, !dbg !276, !tbaa !165
  %636 = load ptr, ptr %2, align 8, !dbg !276, !tbaa !253
  %637 = getelementptr inbounds i8, ptr %636, i64 63, !dbg !276
  %638 = load i8, ptr %637, align 1, !dbg !276, !tbaa !169
  %639 = zext i8 %638 to i64, !dbg !276
  %640 = xor i64 %635, %639, !dbg !276
  %641 = mul i64 %640, 1099511628211, !dbg !276
  %642 = add i64 %641, 63, !dbg !276
  %643 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !276
  store i64 %642, ptr %643, align 8, !dbg !276, !tbaa !165
  %644 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %645 = load i64, ptr %644, align 16, !dbg !277, !tbaa !165
  %646 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %647 = getelementptr inbounds i8, ptr %646, i64 0, !dbg !277
  %648 = load i8, ptr %647, align 1, !dbg !277, !tbaa !169
  %649 = zext i8 %648 to i64, !dbg !277
  %650 = xor i64 %645, %649, !dbg !277
  %651 = mul i64 %650, 1099511628211, !dbg !277
  %652 = add i64 %651, 64, !dbg !277
  %653 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %652, ptr %653, align 16, !dbg !277, !tbaa !165
  %654 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %655 = load i64, ptr %654, align 8, !dbg !277, !tbaa !165
  %656 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %657 = getelementptr inbounds i8, ptr %656, i64 1, !dbg !277
  %658 = load i8, ptr %657, align 1, !dbg !277, !tbaa !169
  %659 = zext i8 %658 to i64, !dbg !277
  %660 = xor i64 %655, %659, !dbg !277
  %661 = mul i64 %660, 1099511628211, !dbg !277
  %662 = add i64 %661, 65, !dbg !277
  %663 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %662, ptr %663, align 8, !dbg !277, !tbaa !165
  %664 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %665 = load i64, ptr %664, align 16, !dbg !277, !tbaa !165
  %666 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %667 = getelementptr inbounds i8, ptr %666, i64 2, !dbg !277
  %668 = load i8, ptr %667, align 1, !dbg !277, !tbaa !169
  %669 = zext i8 %668 to i64, !dbg !277
  %670 = xor i64 %665, %669, !dbg !277
  %671 = mul i64 %670, 1099511628211, !dbg !277
  %672 = add i64 %671, 66, !dbg !277
  %673 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %672, ptr %673, align 16, !dbg !277, !tbaa !165
  %674 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %675 = load i64, ptr %674, align 8, !dbg !277, !tbaa !165
  %676 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %677 = getelementptr inbounds i8, ptr %676, i64 3, !dbg !277
  %678 = load i8, ptr %677, align 1, !dbg !277, !tbaa !169
  %679 = zext i8 %678 to i64, !dbg !277
  %680 = xor i64 %675, %679, !dbg !277
  %681 = mul i64 %680, 1099511628211, !dbg !277
  %682 = add i64 %681, 67, !dbg !277
  %683 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %682, ptr %683, align 8, !dbg !277, !tbaa !165
  %684 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %685 = load i64, ptr %684, align 16, !dbg !277, !tbaa !165
  %686 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %687 = getelementptr inbounds i8, ptr %686, i64 4, !dbg !277
  %688 = load i8, ptr %687, align 1, !dbg !277, !tbaa !169
  %689 = zext i8 %688 to i64, !dbg !277
  %690 = xor i64 %685, %689, !dbg !277
  %691 = mul i64 %690, 1099511628211, !dbg !277
  %692 = add i64 %691, 68, !dbg !277
  %693 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %692, ptr %693, align 16, !dbg !277, !tbaa !165
  %694 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %695 = load i64, ptr %694, align 8, !dbg !277, !tbaa !165
  %696 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %697 = getelementptr inbounds i8, ptr %696, i64 5, !dbg !277
  %698 = load i8, ptr %697, align 1, !dbg !277, !tbaa !169
  %699 = zext i8 %698 to i64, !dbg !277
  %700 = xor i64 %695, %699, !dbg !277
  %701 = mul i64 %700, 1099511628211, !dbg !277
  %702 = add i64 %701, 69, !dbg !277
  %703 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %702, ptr %703, align 8, !dbg !277, !tbaa !165
  %704 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %705 = load i64, ptr %704, align 16, !dbg !277, !tbaa !165
  %706 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %707 = getelementptr inbounds i8, ptr %706, i64 6, !dbg !277
  %708 = load i8, ptr %707, align 1, !dbg !277, !tbaa !169
  %709 = zext i8 %708 to i64, !dbg !277
  %710 = xor i64 %705, %709, !dbg !277
  %711 = mul i64 %710, 1099511628211, !dbg !277
  %712 = add i64 %711, 70, !dbg !277
  %713 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %712, ptr %713, align 16, !dbg !277, !tbaa !165
  %714 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %715 = load i64, ptr %714, align 8, !dbg !277, !tbaa !165
  %716 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %717 = getelementptr inbounds i8, ptr %716, i64 7, !dbg !277
  %718 = load i8, ptr %717, align 1, !dbg !277, !tbaa !169
  %719 = zext i8 %718 to i64, !dbg !277
  %720 = xor i64 %715, %719, !dbg !277
  %721 = mul i64 %720, 1099511628211, !dbg !277
  %722 = add i64 %721, 71, !dbg !277
  %723 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %722, ptr %723, align 8, !dbg !277, !tbaa !165
  %724 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %725 = load i64, ptr %724, align 16, !dbg !277, !tbaa !165
  %726 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %727 = getelementptr inbounds i8, ptr %726, i64 8, !dbg !277
  %728 = load i8, ptr %727, align 1, !dbg !277, !tbaa !169
  %729 = zext i8 %728 to i64, !dbg !277
  %730 = xor i64 %725, %729, !dbg !277
  %731 = mul i64 %730, 1099511628211, !dbg !277
  %732 = add i64 %731, 72, !dbg !277
  %733 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %732, ptr %733, align 16, !dbg !277, !tbaa !165
  %734 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %735 = load i64, ptr %734, align 8, !dbg !277, !tbaa !165
  %736 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %737 = getelementptr inbounds i8, ptr %736, i64 9, !dbg !277
  %738 = load i8, ptr %737, align 1, !dbg !277, !tbaa !169
  %739 = zext i8 %738 to i64, !dbg !277
  %740 = xor i64 %735, %739, !dbg !277
  %741 = mul i64 %740, 1099511628211, !dbg !277
  %742 = add i64 %741, 73, !dbg !277
  %743 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %742, ptr %743, align 8, !dbg !277, !tbaa !165
  %744 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %745 = load i64, ptr %744, align 16, !dbg !277, !tbaa !165
  %746 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %747 = getelementptr inbounds i8, ptr %746, i64 10, !dbg !277
  %748 = load i8, ptr %747, align 1, !dbg !277, !tbaa !169
  %749 = zext i8 %748 to i64, !dbg !277
  %750 = xor i64 %745, %749, !dbg !277
  %751 = mul i64 %750, 1099511628211, !dbg !277
  %752 = add i64 %751, 74, !dbg !277
  %753 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %752, ptr %753, align 16, !dbg !277, !tbaa !165
  %754 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %755 = load i64, ptr %754, align 8, !dbg !277, !tbaa !165
  %756 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %757 = getelementptr inbounds i8, ptr %756, i64 11, !dbg !277
  %758 = load i8, ptr %757, align 1, !dbg !277, !tbaa !169
  %759 = zext i8 %758 to i64, !dbg !277
  %760 = xor i64 %755, %759, !dbg !277
  %761 = mul i64 %760, 1099511628211, !dbg !277
  %762 = add i64 %761, 75, !dbg !277
  %763 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %762, ptr %763, align 8, !dbg !277, !tbaa !165
  %764 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %765 = load i64, ptr %764, align 16, !dbg !277, !tbaa !165
  %766 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %767 = getelementptr inbounds i8, ptr %766, i64 12, !dbg !277
  %768 = load i8, ptr %767, align 1, !dbg !277, !tbaa !169
  %769 = zext i8 %768 to i64, !dbg !277
  %770 = xor i64 %765, %769, !dbg !277
  %771 = mul i64 %770, 1099511628211, !dbg !277
  %772 = add i64 %771, 76, !dbg !277
  %773 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %772, ptr %773, align 16, !dbg !277, !tbaa !165
  %774 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %775 = load i64, ptr %774, align 8, !dbg !277, !tbaa !165
  %776 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %777 = getelementptr inbounds i8, ptr %776, i64 13, !dbg !277
  %778 = load i8, ptr %777, align 1, !dbg !277, !tbaa !169
  %779 = zext i8 %778 to i64, !dbg !277
  %780 = xor i64 %775, %779, !dbg !277
  %781 = mul i64 %780, 1099511628211, !dbg !277
  %782 = add i64 %781, 77, !dbg !277
  %783 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %782, ptr %783, align 8, !dbg !277, !tbaa !165
  %784 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %785 = load i64, ptr %784, align 16, !dbg !277, !tbaa !165
  %786 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %787 = getelementptr inbounds i8, ptr %786, i64 14, !dbg !277
  %788 = load i8, ptr %787, align 1, !dbg !277, !tbaa !169
  %789 = zext i8 %788 to i64, !dbg !277
  %790 = xor i64 %785, %789, !dbg !277
  %791 = mul i64 %790, 1099511628211, !dbg !277
  %792 = add i64 %791, 78, !dbg !277
  %793 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %792, ptr %793, align 16, !dbg !277, !tbaa !165
  %794 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %795 = load i64, ptr %794, align 8, !dbg !277, !tbaa !165
  %796 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %797 = getelementptr inbounds i8, ptr %796, i64 15, !dbg !277
  %798 = load i8, ptr %797, align 1, !dbg !277, !tbaa !169
  %799 = zext i8 %798 to i64, !dbg !277
  %800 = xor i64 %795, %799, !dbg !277
  %801 = mul i64 %800, 1099511628211, !dbg !277
  %802 = add i64 %801, 79, !dbg !277
  %803 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %802, ptr %803, align 8, !dbg !277, !tbaa !165
  %804 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %805 = load i64, ptr %804, align 16, !dbg !277, !tbaa !165
  %806 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %807 = getelementptr inbounds i8, ptr %806, i64 16, !dbg !277
  %808 = load i8, ptr %807, align 1, !dbg !277, !tbaa !169
  %809 = zext i8 %808 to i64, !dbg !277
  %810 = xor i64 %805, %809, !dbg !277
  %811 = mul i64 %810, 1099511628211, !dbg !277
  %812 = add i64 %811, 80, !dbg !277
  %813 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %812, ptr %813, align 16, !dbg !277, !tbaa !165
  %814 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %815 = load i64, ptr %814, align 8, !dbg !277, !tbaa !165
  %816 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %817 = getelementptr inbounds i8, ptr %816, i64 17, !dbg !277
  %818 = load i8, ptr %817, align 1, !dbg !277, !tbaa !169
  %819 = zext i8 %818 to i64, !dbg !277
  %820 = xor i64 %815, %819, !dbg !277
  %821 = mul i64 %820, 1099511628211, !dbg !277
  %822 = add i64 %821, 81, !dbg !277
  %823 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %822, ptr %823, align 8, !dbg !277, !tbaa !165
  %824 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %825 = load i64, ptr %824, align 16, !dbg !277, !tbaa !165
  %826 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %827 = getelementptr inbounds i8, ptr %826, i64 18, !dbg !277
  %828 = load i8, ptr %827, align 1, !dbg !277, !tbaa !169
  %829 = zext i8 %828 to i64, !dbg !277
  %830 = xor i64 %825, %829, !dbg !277
  %831 = mul i64 %830, 1099511628211, !dbg !277
  %832 = add i64 %831, 82, !dbg !277
  %833 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %832, ptr %833, align 16, !dbg !277, !tbaa !165
  %834 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %835 = load i64, ptr %834, align 8, !dbg !277, !tbaa !165
  %836 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %837 = getelementptr inbounds i8, ptr %836, i64 19, !dbg !277
  %838 = load i8, ptr %837, align 1, !dbg !277, !tbaa !169
  %839 = zext i8 %838 to i64, !dbg !277
  %840 = xor i64 %835, %839, !dbg !277
  %841 = mul i64 %840, 1099511628211, !dbg !277
  %842 = add i64 %841, 83, !dbg !277
  %843 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %842, ptr %843, align 8, !dbg !277, !tbaa !165
  %844 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %845 = load i64, ptr %844, align 16, !dbg !277, !tbaa !165
  %846 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %847 = getelementptr inbounds i8, ptr %846, i64 20, !dbg !277
  %848 = load i8, ptr %847, align 1, !dbg !277, !tbaa !169
  %849 = zext i8 %848 to i64, !dbg !277
  %850 = xor i64 %845, %849, !dbg !277
  %851 = mul i64 %850, 1099511628211, !dbg !277
  %852 = add i64 %851, 84, !dbg !277
  %853 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %852, ptr %853, align 16, !dbg !277, !tbaa !165
  %854 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %855 = load i64, ptr %854, align 8, !dbg !277, !tbaa !165
  %856 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %857 = getelementptr inbounds i8, ptr %856, i64 21, !dbg !277
  %858 = load i8, ptr %857, align 1, !dbg !277, !tbaa !169
  %859 = zext i8 %858 to i64, !dbg !277
  %860 = xor i64 %855, %859, !dbg !277
  %861 = mul i64 %860, 1099511628211, !dbg !277
  %862 = add i64 %861, 85, !dbg !277
  %863 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %862, ptr %863, align 8, !dbg !277, !tbaa !165
  %864 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %865 = load i64, ptr %864, align 16, !dbg !277, !tbaa !165
  %866 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %867 = getelementptr inbounds i8, ptr %866, i64 22, !dbg !277
  %868 = load i8, ptr %867, align 1, !dbg !277, !tbaa !169
  %869 = zext i8 %868 to i64, !dbg !277
  %870 = xor i64 %865, %869, !dbg !277
  %871 = mul i64 %870, 1099511628211, !dbg !277
  %872 = add i64 %871, 86, !dbg !277
  %873 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %872, ptr %873, align 16, !dbg !277, !tbaa !165
  %874 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %875 = load i64, ptr %874, align 8, !dbg !277, !tbaa !165
  %876 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %877 = getelementptr inbounds i8, ptr %876, i64 23, !dbg !277
  %878 = load i8, ptr %877, align 1, !dbg !277, !tbaa !169
  %879 = zext i8 %878 to i64, !dbg !277
  %880 = xor i64 %875, %879, !dbg !277
  %881 = mul i64 %880, 1099511628211, !dbg !277
  %882 = add i64 %881, 87, !dbg !277
  %883 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %882, ptr %883, align 8, !dbg !277, !tbaa !165
  %884 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %885 = load i64, ptr %884, align 16, !dbg !277, !tbaa !165
  %886 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %887 = getelementptr inbounds i8, ptr %886, i64 24, !dbg !277
  %888 = load i8, ptr %887, align 1, !dbg !277, !tbaa !169
  %889 = zext i8 %888 to i64, !dbg !277
  %890 = xor i64 %885, %889, !dbg !277
  %891 = mul i64 %890, 1099511628211, !dbg !277
  %892 = add i64 %891, 88, !dbg !277
  %893 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %892, ptr %893, align 16, !dbg !277, !tbaa !165
  %894 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %895 = load i64, ptr %894, align 8, !dbg !277, !tbaa !165
  %896 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %897 = getelementptr inbounds i8, ptr %896, i64 25, !dbg !277
  %898 = load i8, ptr %897, align 1, !dbg !277, !tbaa !169
  %899 = zext i8 %898 to i64, !dbg !277
  %900 = xor i64 %895, %899, !dbg !277
  %901 = mul i64 %900, 1099511628211, !dbg !277
  %902 = add i64 %901, 89, !dbg !277
  %903 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %902, ptr %903, align 8, !dbg !277, !tbaa !165
  %904 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %905 = load i64, ptr %904, align 16, !dbg !277, !tbaa !165
  %906 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %907 = getelementptr inbounds i8, ptr %906, i64 26, !dbg !277
  %908 = load i8, ptr %907, align 1, !dbg !277, !tbaa !169
  %909 = zext i8 %908 to i64, !dbg !277
  %910 = xor i64 %905, %909, !dbg !277
  %911 = mul i64 %910, 1099511628211, !dbg !277
  %912 = add i64 %911, 90, !dbg !277
  %913 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %912, ptr %913, align 16, !dbg !277, !tbaa !165
  %914 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %915 = load i64, ptr %914, align 8, !dbg !277, !tbaa !165
  %916 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %917 = getelementptr inbounds i8, ptr %916, i64 27, !dbg !277
  %918 = load i8, ptr %917, align 1, !dbg !277, !tbaa !169
  %919 = zext i8 %918 to i64, !dbg !277
  %920 = xor i64 %915, %919, !dbg !277
  %921 = mul i64 %920, 1099511628211, !dbg !277
  %922 = add i64 %921, 91, !dbg !277
  %923 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %922, ptr %923, align 8, !dbg !277, !tbaa !165
  %924 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %925 = load i64, ptr %924, align 16, !dbg !277, !tbaa !165
  %926 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %927 = getelementptr inbounds i8, ptr %926, i64 28, !dbg !277
  %928 = load i8, ptr %927, align 1, !dbg !277, !tbaa !169
  %929 = zext i8 %928 to i64, !dbg !277
  %930 = xor i64 %925, %929, !dbg !277
  %931 = mul i64 %930, 1099511628211, !dbg !277
  %932 = add i64 %931, 92, !dbg !277
  %933 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %932, ptr %933, align 16, !dbg !277, !tbaa !165
  %934 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %935 = load i64, ptr %934, align 8, !dbg !277, !tbaa !165
  %936 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %937 = getelementptr inbounds i8, ptr %936, i64 29, !dbg !277
  %938 = load i8, ptr %937, align 1, !dbg !277, !tbaa !169
  %939 = zext i8 %938 to i64, !dbg !277
  %940 = xor i64 %935, %939, !dbg !277
  %941 = mul i64 %940, 1099511628211, !dbg !277
  %942 = add i64 %941, 93, !dbg !277
  %943 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %942, ptr %943, align 8, !dbg !277, !tbaa !165
  %944 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %945 = load i64, ptr %944, align 16, !dbg !277, !tbaa !165
  %946 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %947 = getelementptr inbounds i8, ptr %946, i64 30, !dbg !277
  %948 = load i8, ptr %947, align 1, !dbg !277, !tbaa !169
  %949 = zext i8 %948 to i64, !dbg !277
  %950 = xor i64 %945, %949, !dbg !277
  %951 = mul i64 %950, 1099511628211, !dbg !277
  %952 = add i64 %951, 94, !dbg !277
  %953 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %952, ptr %953, align 16, !dbg !277, !tbaa !165
  %954 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %955 = load i64, ptr %954, align 8, !dbg !277, !tbaa !165
  %956 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %957 = getelementptr inbounds i8, ptr %956, i64 31, !dbg !277
  %958 = load i8, ptr %957, align 1, !dbg !277, !tbaa !169
  %959 = zext i8 %958 to i64, !dbg !277
  %960 = xor i64 %955, %959, !dbg !277
  %961 = mul i64 %960, 1099511628211, !dbg !277
  %962 = add i64 %961, 95, !dbg !277
  %963 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %962, ptr %963, align 8, !dbg !277, !tbaa !165
  %964 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %965 = load i64, ptr %964, align 16, !dbg !277, !tbaa !165
  %966 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %967 = getelementptr inbounds i8, ptr %966, i64 32, !dbg !277
  %968 = load i8, ptr %967, align 1, !dbg !277, !tbaa !169
  %969 = zext i8 %968 to i64, !dbg !277
  %970 = xor i64 %965, %969, !dbg !277
  %971 = mul i64 %970, 1099511628211, !dbg !277
  %972 = add i64 %971, 96, !dbg !277
  %973 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %972, ptr %973, align 16, !dbg !277, !tbaa !165
  %974 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %975 = load i64, ptr %974, align 8, !dbg !277, !tbaa !165
  %976 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %977 = getelementptr inbounds i8, ptr %976, i64 33, !dbg !277
  %978 = load i8, ptr %977, align 1, !dbg !277, !tbaa !169
  %979 = zext i8 %978 to i64, !dbg !277
  %980 = xor i64 %975, %979, !dbg !277
  %981 = mul i64 %980, 1099511628211, !dbg !277
  %982 = add i64 %981, 97, !dbg !277
  %983 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %982, ptr %983, align 8, !dbg !277, !tbaa !165
  %984 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %985 = load i64, ptr %984, align 16, !dbg !277, !tbaa !165
  %986 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %987 = getelementptr inbounds i8, ptr %986, i64 34, !dbg !277
  %988 = load i8, ptr %987, align 1, !dbg !277, !tbaa !169
  %989 = zext i8 %988 to i64, !dbg !277
  %990 = xor i64 %985, %989, !dbg !277
  %991 = mul i64 %990, 1099511628211, !dbg !277
  %992 = add i64 %991, 98, !dbg !277
  %993 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %992, ptr %993, align 16, !dbg !277, !tbaa !165
  %994 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %995 = load i64, ptr %994, align 8, !dbg !277, !tbaa !165
  %996 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %997 = getelementptr inbounds i8, ptr %996, i64 35, !dbg !277
  %998 = load i8, ptr %997, align 1, !dbg !277, !tbaa !169
  %999 = zext i8 %998 to i64, !dbg !277
  %1000 = xor i64 %995, %999, !dbg !277
  %1001 = mul i64 %1000, 1099511628211, !dbg !277
  %1002 = add i64 %1001, 99, !dbg !277
  %1003 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %1002, ptr %1003, align 8, !dbg !277, !tbaa !165
  %1004 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %1005 = load i64, ptr %1004, align 16, !dbg !277, !tbaa !165
  %1006 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1007 = getelementptr inbounds i8, ptr %1006, i64 36, !dbg !277
  %1008 = load i8, ptr %1007, align 1, !dbg !277, !tbaa !169
  %1009 = zext i8 %1008 to i64, !dbg !277
  %1010 = xor i64 %1005, %1009, !dbg !277
  %1011 = mul i64 %1010, 1099511628211, !dbg !277
  %1012 = add i64 %1011, 100, !dbg !277
  %1013 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %1012, ptr %1013, align 16, !dbg !277, !tbaa !165
  %1014 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %1015 = load i64, ptr %1014, align 8, !dbg !277, !tbaa !165
  %1016 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1017 = getelementptr inbounds i8, ptr %1016, i64 37, !dbg !277
  %1018 = load i8, ptr %1017, align 1, !dbg !277, !tbaa !169
  %1019 = zext i8 %1018 to i64, !dbg !277
  %1020 = xor i64 %1015, %1019, !dbg !277
  %1021 = mul i64 %1020, 1099511628211, !dbg !277
  %1022 = add i64 %1021, 101, !dbg !277
  %1023 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %1022, ptr %1023, align 8, !dbg !277, !tbaa !165
  %1024 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %1025 = load i64, ptr %1024, align 16, !dbg !277, !tbaa !165
  %1026 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1027 = getelementptr inbounds i8, ptr %1026, i64 38, !dbg !277
  %1028 = load i8, ptr %1027, align 1, !dbg !277, !tbaa !169
  %1029 = zext i8 %1028 to i64, !dbg !277
  %1030 = xor i64 %1025, %1029, !dbg !277
  %1031 = mul i64 %1030, 1099511628211, !dbg !277
  %1032 = add i64 %1031, 102, !dbg !277
  %1033 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %1032, ptr %1033, align 16, !dbg !277, !tbaa !165
  %1034 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %1035 = load i64, ptr %1034, align 8, !dbg !277, !tbaa !165
  %1036 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1037 = getelementptr inbounds i8, ptr %1036, i64 39, !dbg !277
  %1038 = load i8, ptr %1037, align 1, !dbg !277, !tbaa !169
  %1039 = zext i8 %1038 to i64, !dbg !277
  %1040 = xor i64 %1035, %1039, !dbg !277
  %1041 = mul i64 %1040, 1099511628211, !dbg !277
  %1042 = add i64 %1041, 103, !dbg !277
  %1043 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %1042, ptr %1043, align 8, !dbg !277, !tbaa !165
  %1044 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %1045 = load i64, ptr %1044, align 16, !dbg !277, !tbaa !165
  %1046 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1047 = getelementptr inbounds i8, ptr %1046, i64 40, !dbg !277
  %1048 = load i8, ptr %1047, align 1, !dbg !277, !tbaa !169
  %1049 = zext i8 %1048 to i64, !dbg !277
  %1050 = xor i64 %1045, %1049, !dbg !277
  %1051 = mul i64 %1050, 1099511628211, !dbg !277
  %1052 = add i64 %1051, 104, !dbg !277
  %1053 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %1052, ptr %1053, align 16, !dbg !277, !tbaa !165
  %1054 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %1055 = load i64, ptr %1054, align 8, !dbg !277, !tbaa !165
  %1056 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1057 = getelementptr inbounds i8, ptr %1056, i64 41, !dbg !277
  %1058 = load i8, ptr %1057, align 1, !dbg !277, !tbaa !169
  %1059 = zext i8 %1058 to i64, !dbg !277
  %1060 = xor i64 %1055, %1059, !dbg !277
  %1061 = mul i64 %1060, 1099511628211, !dbg !277
  %1062 = add i64 %1061, 105, !dbg !277
  %1063 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %1062, ptr %1063, align 8, !dbg !277, !tbaa !165
  %1064 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %1065 = load i64, ptr %1064, align 16, !dbg !277, !tbaa !165
  %1066 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1067 = getelementptr inbounds i8, ptr %1066, i64 42, !dbg !277
  %1068 = load i8, ptr %1067, align 1, !dbg !277, !tbaa !169
  %1069 = zext i8 %1068 to i64, !dbg !277
  %1070 = xor i64 %1065, %1069, !dbg !277
  %1071 = mul i64 %1070, 1099511628211, !dbg !277
  %1072 = add i64 %1071, 106, !dbg !277
  %1073 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %1072, ptr %1073, align 16, !dbg !277, !tbaa !165
  %1074 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %1075 = load i64, ptr %1074, align 8, !dbg !277, !tbaa !165
  %1076 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1077 = getelementptr inbounds i8, ptr %1076, i64 43, !dbg !277
  %1078 = load i8, ptr %1077, align 1, !dbg !277, !tbaa !169
  %1079 = zext i8 %1078 to i64, !dbg !277
  %1080 = xor i64 %1075, %1079, !dbg !277
  %1081 = mul i64 %1080, 1099511628211, !dbg !277
  %1082 = add i64 %1081, 107, !dbg !277
  %1083 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %1082, ptr %1083, align 8, !dbg !277, !tbaa !165
  %1084 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %1085 = load i64, ptr %1084, align 16, !dbg !277, !tbaa !165
  %1086 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1087 = getelementptr inbounds i8, ptr %1086, i64 44, !dbg !277
  %1088 = load i8, ptr %1087, align 1, !dbg !277, !tbaa !169
  %1089 = zext i8 %1088 to i64, !dbg !277
  %1090 = xor i64 %1085, %1089, !dbg !277
  %1091 = mul i64 %1090, 1099511628211, !dbg !277
  %1092 = add i64 %1091, 108, !dbg !277
  %1093 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %1092, ptr %1093, align 16, !dbg !277, !tbaa !165
  %1094 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %1095 = load i64, ptr %1094, align 8, !dbg !277, !tbaa !165
  %1096 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1097 = getelementptr inbounds i8, ptr %1096, i64 45, !dbg !277
  %1098 = load i8, ptr %1097, align 1, !dbg !277, !tbaa !169
  %1099 = zext i8 %1098 to i64, !dbg !277
  %1100 = xor i64 %1095, %1099, !dbg !277
  %1101 = mul i64 %1100, 1099511628211, !dbg !277
  %1102 = add i64 %1101, 109, !dbg !277
  %1103 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %1102, ptr %1103, align 8, !dbg !277, !tbaa !165
  %1104 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %1105 = load i64, ptr %1104, align 16, !dbg !277, !tbaa !165
  %1106 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1107 = getelementptr inbounds i8, ptr %1106, i64 46, !dbg !277
  %1108 = load i8, ptr %1107, align 1, !dbg !277, !tbaa !169
  %1109 = zext i8 %1108 to i64, !dbg !277
  %1110 = xor i64 %1105, %1109, !dbg !277
  %1111 = mul i64 %1110, 1099511628211, !dbg !277
  %1112 = add i64 %1111, 110, !dbg !277
  %1113 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %1112, ptr %1113, align 16, !dbg !277, !tbaa !165
  %1114 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %1115 = load i64, ptr %1114, align 8, !dbg !277, !tbaa !165
  %1116 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1117 = getelementptr inbounds i8, ptr %1116, i64 47, !dbg !277
  %1118 = load i8, ptr %1117, align 1, !dbg !277, !tbaa !169
  %1119 = zext i8 %1118 to i64, !dbg !277
  %1120 = xor i64 %1115, %1119, !dbg !277
  %1121 = mul i64 %1120, 1099511628211, !dbg !277
  %1122 = add i64 %1121, 111, !dbg !277
  %1123 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %1122, ptr %1123, align 8, !dbg !277, !tbaa !165
  %1124 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %1125 = load i64, ptr %1124, align 16, !dbg !277, !tbaa !165
  %1126 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1127 = getelementptr inbounds i8, ptr %1126, i64 48, !dbg !277
  %1128 = load i8, ptr %1127, align 1, !dbg !277, !tbaa !169
  %1129 = zext i8 %1128 to i64, !dbg !277
  %1130 = xor i64 %1125, %1129, !dbg !277
  %1131 = mul i64 %1130, 1099511628211, !dbg !277
  %1132 = add i64 %1131, 112, !dbg !277
  %1133 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %1132, ptr %1133, align 16, !dbg !277, !tbaa !165
  %1134 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %1135 = load i64, ptr %1134, align 8, !dbg !277, !tbaa !165
  %1136 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1137 = getelementptr inbounds i8, ptr %1136, i64 49, !dbg !277
  %1138 = load i8, ptr %1137, align 1, !dbg !277, !tbaa !169
  %1139 = zext i8 %1138 to i64, !dbg !277
  %1140 = xor i64 %1135, %1139, !dbg !277
  %1141 = mul i64 %1140, 1099511628211, !dbg !277
  %1142 = add i64 %1141, 113, !dbg !277
  %1143 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %1142, ptr %1143, align 8, !dbg !277, !tbaa !165
  %1144 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %1145 = load i64, ptr %1144, align 16, !dbg !277, !tbaa !165
  %1146 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1147 = getelementptr inbounds i8, ptr %1146, i64 50, !dbg !277
  %1148 = load i8, ptr %1147, align 1, !dbg !277, !tbaa !169
  %1149 = zext i8 %1148 to i64, !dbg !277
  %1150 = xor i64 %1145, %1149, !dbg !277
  %1151 = mul i64 %1150, 1099511628211, !dbg !277
  %1152 = add i64 %1151, 114, !dbg !277
  %1153 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %1152, ptr %1153, align 16, !dbg !277, !tbaa !165
  %1154 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %1155 = load i64, ptr %1154, align 8, !dbg !277, !tbaa !165
  %1156 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1157 = getelementptr inbounds i8, ptr %1156, i64 51, !dbg !277
  %1158 = load i8, ptr %1157, align 1, !dbg !277, !tbaa !169
  %1159 = zext i8 %1158 to i64, !dbg !277
  %1160 = xor i64 %1155, %1159, !dbg !277
  %1161 = mul i64 %1160, 1099511628211, !dbg !277
  %1162 = add i64 %1161, 115, !dbg !277
  %1163 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %1162, ptr %1163, align 8, !dbg !277, !tbaa !165
  %1164 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %1165 = load i64, ptr %1164, align 16, !dbg !277, !tbaa !165
  %1166 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1167 = getelementptr inbounds i8, ptr %1166, i64 52, !dbg !277
  %1168 = load i8, ptr %1167, align 1, !dbg !277, !tbaa !169
  %1169 = zext i8 %1168 to i64, !dbg !277
  %1170 = xor i64 %1165, %1169, !dbg !277
  %1171 = mul i64 %1170, 1099511628211, !dbg !277
  %1172 = add i64 %1171, 116, !dbg !277
  %1173 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %1172, ptr %1173, align 16, !dbg !277, !tbaa !165
  %1174 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %1175 = load i64, ptr %1174, align 8, !dbg !277, !tbaa !165
  %1176 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1177 = getelementptr inbounds i8, ptr %1176, i64 53, !dbg !277
  %1178 = load i8, ptr %1177, align 1, !dbg !277, !tbaa !169
  %1179 = zext i8 %1178 to i64, !dbg !277
  %1180 = xor i64 %1175, %1179, !dbg !277
  %1181 = mul i64 %1180, 1099511628211, !dbg !277
  %1182 = add i64 %1181, 117, !dbg !277
  %1183 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %1182, ptr %1183, align 8, !dbg !277, !tbaa !165
  %1184 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %1185 = load i64, ptr %1184, align 16, !dbg !277, !tbaa !165
  %1186 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1187 = getelementptr inbounds i8, ptr %1186, i64 54, !dbg !277
  %1188 = load i8, ptr %1187, align 1, !dbg !277, !tbaa !169
  %1189 = zext i8 %1188 to i64, !dbg !277
  %1190 = xor i64 %1185, %1189, !dbg !277
  %1191 = mul i64 %1190, 1099511628211, !dbg !277
  %1192 = add i64 %1191, 118, !dbg !277
  %1193 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %1192, ptr %1193, align 16, !dbg !277, !tbaa !165
  %1194 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %1195 = load i64, ptr %1194, align 8, !dbg !277, !tbaa !165
  %1196 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1197 = getelementptr inbounds i8, ptr %1196, i64 55, !dbg !277
  %1198 = load i8, ptr %1197, align 1, !dbg !277, !tbaa !169
  %1199 = zext i8 %1198 to i64, !dbg !277
  %1200 = xor i64 %1195, %1199, !dbg !277
  %1201 = mul i64 %1200, 1099511628211, !dbg !277
  %1202 = add i64 %1201, 119, !dbg !277
  %1203 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %1202, ptr %1203, align 8, !dbg !277, !tbaa !165
  %1204 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  %1205 = load i64, ptr %1204, align 16, !dbg !277, !tbaa !165
  %1206 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1207 = getelementptr inbounds i8, ptr %1206, i64 56, !dbg !277
  %1208 = load i8, ptr %1207, align 1, !dbg !277, !tbaa !169
  %1209 = zext i8 %1208 to i64, !dbg !277
  %1210 = xor i64 %1205, %1209, !dbg !277
  %1211 = mul i64 %1210, 1099511628211, !dbg !277
  %1212 = add i64 %1211, 120, !dbg !277
  %1213 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !277
  store i64 %1212, ptr %1213, align 16, !dbg !277, !tbaa !165
  %1214 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  %1215 = load i64, ptr %1214, align 8, !dbg !277, !tbaa !165
  %1216 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1217 = getelementptr inbounds i8, ptr %1216, i64 57, !dbg !277
  %1218 = load i8, ptr %1217, align 1, !dbg !277, !tbaa !169
  %1219 = zext i8 %1218 to i64, !dbg !277
  %1220 = xor i64 %1215, %1219, !dbg !277
  %1221 = mul i64 %1220, 1099511628211, !dbg !277
  %1222 = add i64 %1221, 121, !dbg !277
  %1223 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !277
  store i64 %1222, ptr %1223, align 8, !dbg !277, !tbaa !165
  %1224 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  %1225 = load i64, ptr %1224, align 16, !dbg !277, !tbaa !165
  %1226 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1227 = getelementptr inbounds i8, ptr %1226, i64 58, !dbg !277
  %1228 = load i8, ptr %1227, align 1, !dbg !277, !tbaa !169
  %1229 = zext i8 %1228 to i64, !dbg !277
  %1230 = xor i64 %1225, %1229, !dbg !277
  %1231 = mul i64 %1230, 1099511628211, !dbg !277
  %1232 = add i64 %1231, 122, !dbg !277
  %1233 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !277
  store i64 %1232, ptr %1233, align 16, !dbg !277, !tbaa !165
  %1234 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  %1235 = load i64, ptr %1234, align 8, !dbg !277, !tbaa !165
  %1236 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1237 = getelementptr inbounds i8, ptr %1236, i64 59, !dbg !277
  %1238 = load i8, ptr %1237, align 1, !dbg !277, !tbaa !169
  %1239 = zext i8 %1238 to i64, !dbg !277
  %1240 = xor i64 %1235, %1239, !dbg !277
  %1241 = mul i64 %1240, 1099511628211, !dbg !277
  %1242 = add i64 %1241, 123, !dbg !277
  %1243 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !277
  store i64 %1242, ptr %1243, align 8, !dbg !277, !tbaa !165
  %1244 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  %1245 = load i64, ptr %1244, align 16, !dbg !277, !tbaa !165
  %1246 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1247 = getelementptr inbounds i8, ptr %1246, i64 60, !dbg !277
  %1248 = load i8, ptr %1247, align 1, !dbg !277, !tbaa !169
  %1249 = zext i8 %1248 to i64, !dbg !277
  %1250 = xor i64 %1245, %1249, !dbg !277
  %1251 = mul i64 %1250, 1099511628211, !dbg !277
  %1252 = add i64 %1251, 124, !dbg !277
  %1253 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !277
  store i64 %1252, ptr %1253, align 16, !dbg !277, !tbaa !165
  %1254 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  %1255 = load i64, ptr %1254, align 8, !dbg !277, !tbaa !165
  %1256 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1257 = getelementptr inbounds i8, ptr %1256, i64 61, !dbg !277
  %1258 = load i8, ptr %1257, align 1, !dbg !277, !tbaa !169
  %1259 = zext i8 %1258 to i64, !dbg !277
  %1260 = xor i64 %1255, %1259, !dbg !277
  %1261 = mul i64 %1260, 1099511628211, !dbg !277
  %1262 = add i64 %1261, 125, !dbg !277
  %1263 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !277
  store i64 %1262, ptr %1263, align 8, !dbg !277, !tbaa !165
  %1264 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  %1265 = load i64, ptr %1264, align 16, !dbg !277, !tbaa !165
  %1266 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1267 = getelementptr inbounds i8, ptr %1266, i64 62, !dbg !277
  %1268 = load i8, ptr %1267, align 1, !dbg !277, !tbaa !169
  %1269 = zext i8 %1268 to i64, !dbg !277
  %1270 = xor i64 %1265, %1269, !dbg !277
  %1271 = mul i64 %1270, 1099511628211, !dbg !277
  %1272 = add i64 %1271, 126, !dbg !277
  %1273 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !277
  store i64 %1272, ptr %1273, align 16, !dbg !277, !tbaa !165
  %1274 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  %1275 = load i64, ptr %1274, align 8, !dbg !277, !tbaa !165
  %1276 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !253
  %1277 = getelementptr inbounds i8, ptr %1276, i64 63, !dbg !277
  %1278 = load i8, ptr %1277, align 1, !dbg !277, !tbaa !169
  %1279 = zext i8 %1278 to i64, !dbg !277
  %1280 = xor i64 %1275, %1279, !dbg !277
  %1281 = mul i64 %1280, 1099511628211, !dbg !277
  %1282 = add i64 %1281, 127, !dbg !277
  %1283 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !277
  store i64 %1282, ptr %1283, align 8, !dbg !277, !tbaa !165
  %1284 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1285 = load i64, ptr %1284, align 16, !dbg !278, !tbaa !165
  %1286 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1287 = getelementptr inbounds i8, ptr %1286, i64 0, !dbg !278
  %1288 = load i8, ptr %1287, align 1, !dbg !278, !tbaa !169
  %1289 = zext i8 %1288 to i64, !dbg !278
  %1290 = xor i64 %1285, %1289, !dbg !278
  %1291 = mul i64 %1290, 1099511628211, !dbg !278
  %1292 = add i64 %1291, 128, !dbg !278
  %1293 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1292, ptr %1293, align 16, !dbg !278, !tbaa !165
  %1294 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1295 = load i64, ptr %1294, align 8, !dbg !278, !tbaa !165
  %1296 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1297 = getelementptr inbounds i8, ptr %1296, i64 1, !dbg !278
  %1298 = load i8, ptr %1297, align 1, !dbg !278, !tbaa !169
  %1299 = zext i8 %1298 to i64, !dbg !278
  %1300 = xor i64 %1295, %1299, !dbg !278
  %1301 = mul i64 %1300, 1099511628211, !dbg !278
  %1302 = add i64 %1301, 129, !dbg !278
  %1303 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1302, ptr %1303, align 8, !dbg !278, !tbaa !165
  %1304 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1305 = load i64, ptr %1304, align 16, !dbg !278, !tbaa !165
  %1306 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1307 = getelementptr inbounds i8, ptr %1306, i64 2, !dbg !278
  %1308 = load i8, ptr %1307, align 1, !dbg !278, !tbaa !169
  %1309 = zext i8 %1308 to i64, !dbg !278
  %1310 = xor i64 %1305, %1309, !dbg !278
  %1311 = mul i64 %1310, 1099511628211, !dbg !278
  %1312 = add i64 %1311, 130, !dbg !278
  %1313 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1312, ptr %1313, align 16, !dbg !278, !tbaa !165
  %1314 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1315 = load i64, ptr %1314, align 8, !dbg !278, !tbaa !165
  %1316 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1317 = getelementptr inbounds i8, ptr %1316, i64 3, !dbg !278
  %1318 = load i8, ptr %1317, align 1, !dbg !278, !tbaa !169
  %1319 = zext i8 %1318 to i64, !dbg !278
  %1320 = xor i64 %1315, %1319, !dbg !278
  %1321 = mul i64 %1320, 1099511628211, !dbg !278
  %1322 = add i64 %1321, 131, !dbg !278
  %1323 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1322, ptr %1323, align 8, !dbg !278, !tbaa !165
  %1324 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1325 = load i64, ptr %1324, align 16, !dbg !278, !tbaa !165
  %1326 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1327 = getelementptr inbounds i8, ptr %1326, i64 4, !dbg !278
  %1328 = load i8, ptr %1327, align 1, !dbg !278, !tbaa !169
  %1329 = zext i8 %1328 to i64, !dbg !278
  %1330 = xor i64 %1325, %1329, !dbg !278
  %1331 = mul i64 %1330, 1099511628211, !dbg !278
  %1332 = add i64 %1331, 132, !dbg !278
  %1333 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1332, ptr %1333, align 16, !dbg !278, !tbaa !165
  %1334 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1335 = load i64, ptr %1334, align 8, !dbg !278, !tbaa !165
  %1336 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1337 = getelementptr inbounds i8, ptr %1336, i64 5, !dbg !278
  %1338 = load i8, ptr %1337, align 1, !dbg !278, !tbaa !169
  %1339 = zext i8 %1338 to i64, !dbg !278
  %1340 = xor i64 %1335, %1339, !dbg !278
  %1341 = mul i64 %1340, 1099511628211, !dbg !278
  %1342 = add i64 %1341, 133, !dbg !278
  %1343 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1342, ptr %1343, align 8, !dbg !278, !tbaa !165
  %1344 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1345 = load i64, ptr %1344, align 16, !dbg !278, !tbaa !165
  %1346 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1347 = getelementptr inbounds i8, ptr %1346, i64 6, !dbg !278
  %1348 = load i8, ptr %1347, align 1, !dbg !278, !tbaa !169
  %1349 = zext i8 %1348 to i64, !dbg !278
  %1350 = xor i64 %1345, %1349, !dbg !278
  %1351 = mul i64 %1350, 1099511628211, !dbg !278
  %1352 = add i64 %1351, 134, !dbg !278
  %1353 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1352, ptr %1353, align 16, !dbg !278, !tbaa !165
  %1354 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1355 = load i64, ptr %1354, align 8, !dbg !278, !tbaa !165
  %1356 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1357 = getelementptr inbounds i8, ptr %1356, i64 7, !dbg !278
  %1358 = load i8, ptr %1357, align 1, !dbg !278, !tbaa !169
  %1359 = zext i8 %1358 to i64, !dbg !278
  %1360 = xor i64 %1355, %1359, !dbg !278
  %1361 = mul i64 %1360, 1099511628211, !dbg !278
  %1362 = add i64 %1361, 135, !dbg !278
  %1363 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1362, ptr %1363, align 8, !dbg !278, !tbaa !165
  %1364 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1365 = load i64, ptr %1364, align 16, !dbg !278, !tbaa !165
  %1366 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1367 = getelementptr inbounds i8, ptr %1366, i64 8, !dbg !278
  %1368 = load i8, ptr %1367, align 1, !dbg !278, !tbaa !169
  %1369 = zext i8 %1368 to i64, !dbg !278
  %1370 = xor i64 %1365, %1369, !dbg !278
  %1371 = mul i64 %1370, 1099511628211, !dbg !278
  %1372 = add i64 %1371, 136, !dbg !278
  %1373 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1372, ptr %1373, align 16, !dbg !278, !tbaa !165
  %1374 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1375 = load i64, ptr %1374, align 8, !dbg !278, !tbaa !165
  %1376 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1377 = getelementptr inbounds i8, ptr %1376, i64 9, !dbg !278
  %1378 = load i8, ptr %1377, align 1, !dbg !278, !tbaa !169
  %1379 = zext i8 %1378 to i64, !dbg !278
  %1380 = xor i64 %1375, %1379, !dbg !278
  %1381 = mul i64 %1380, 1099511628211, !dbg !278
  %1382 = add i64 %1381, 137, !dbg !278
  %1383 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1382, ptr %1383, align 8, !dbg !278, !tbaa !165
  %1384 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1385 = load i64, ptr %1384, align 16, !dbg !278, !tbaa !165
  %1386 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1387 = getelementptr inbounds i8, ptr %1386, i64 10, !dbg !278
  %1388 = load i8, ptr %1387, align 1, !dbg !278, !tbaa !169
  %1389 = zext i8 %1388 to i64, !dbg !278
  %1390 = xor i64 %1385, %1389, !dbg !278
  %1391 = mul i64 %1390, 1099511628211, !dbg !278
  %1392 = add i64 %1391, 138, !dbg !278
  %1393 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1392, ptr %1393, align 16, !dbg !278, !tbaa !165
  %1394 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1395 = load i64, ptr %1394, align 8, !dbg !278, !tbaa !165
  %1396 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1397 = getelementptr inbounds i8, ptr %1396, i64 11, !dbg !278
  %1398 = load i8, ptr %1397, align 1, !dbg !278, !tbaa !169
  %1399 = zext i8 %1398 to i64, !dbg !278
  %1400 = xor i64 %1395, %1399, !dbg !278
  %1401 = mul i64 %1400, 1099511628211, !dbg !278
  %1402 = add i64 %1401, 139, !dbg !278
  %1403 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1402, ptr %1403, align 8, !dbg !278, !tbaa !165
  %1404 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1405 = load i64, ptr %1404, align 16, !dbg !278, !tbaa !165
  %1406 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1407 = getelementptr inbounds i8, ptr %1406, i64 12, !dbg !278
  %1408 = load i8, ptr %1407, align 1, !dbg !278, !tbaa !169
  %1409 = zext i8 %1408 to i64, !dbg !278
  %1410 = xor i64 %1405, %1409, !dbg !278
  %1411 = mul i64 %1410, 1099511628211, !dbg !278
  %1412 = add i64 %1411, 140, !dbg !278
  %1413 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1412, ptr %1413, align 16, !dbg !278, !tbaa !165
  %1414 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1415 = load i64, ptr %1414, align 8, !dbg !278, !tbaa !165
  %1416 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1417 = getelementptr inbounds i8, ptr %1416, i64 13, !dbg !278
  %1418 = load i8, ptr %1417, align 1, !dbg !278, !tbaa !169
  %1419 = zext i8 %1418 to i64, !dbg !278
  %1420 = xor i64 %1415, %1419, !dbg !278
  %1421 = mul i64 %1420, 1099511628211, !dbg !278
  %1422 = add i64 %1421, 141, !dbg !278
  %1423 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1422, ptr %1423, align 8, !dbg !278, !tbaa !165
  %1424 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1425 = load i64, ptr %1424, align 16, !dbg !278, !tbaa !165
  %1426 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1427 = getelementptr inbounds i8, ptr %1426, i64 14, !dbg !278
  %1428 = load i8, ptr %1427, align 1, !dbg !278, !tbaa !169
  %1429 = zext i8 %1428 to i64, !dbg !278
  %1430 = xor i64 %1425, %1429, !dbg !278
  %1431 = mul i64 %1430, 1099511628211, !dbg !278
  %1432 = add i64 %1431, 142, !dbg !278
  %1433 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1432, ptr %1433, align 16, !dbg !278, !tbaa !165
  %1434 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1435 = load i64, ptr %1434, align 8, !dbg !278, !tbaa !165
  %1436 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1437 = getelementptr inbounds i8, ptr %1436, i64 15, !dbg !278
  %1438 = load i8, ptr %1437, align 1, !dbg !278, !tbaa !169
  %1439 = zext i8 %1438 to i64, !dbg !278
  %1440 = xor i64 %1435, %1439, !dbg !278
  %1441 = mul i64 %1440, 1099511628211, !dbg !278
  %1442 = add i64 %1441, 143, !dbg !278
  %1443 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1442, ptr %1443, align 8, !dbg !278, !tbaa !165
  %1444 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1445 = load i64, ptr %1444, align 16, !dbg !278, !tbaa !165
  %1446 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1447 = getelementptr inbounds i8, ptr %1446, i64 16, !dbg !278
  %1448 = load i8, ptr %1447, align 1, !dbg !278, !tbaa !169
  %1449 = zext i8 %1448 to i64, !dbg !278
  %1450 = xor i64 %1445, %1449, !dbg !278
  %1451 = mul i64 %1450, 1099511628211, !dbg !278
  %1452 = add i64 %1451, 144, !dbg !278
  %1453 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1452, ptr %1453, align 16, !dbg !278, !tbaa !165
  %1454 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1455 = load i64, ptr %1454, align 8, !dbg !278, !tbaa !165
  %1456 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1457 = getelementptr inbounds i8, ptr %1456, i64 17, !dbg !278
  %1458 = load i8, ptr %1457, align 1, !dbg !278, !tbaa !169
  %1459 = zext i8 %1458 to i64, !dbg !278
  %1460 = xor i64 %1455, %1459, !dbg !278
  %1461 = mul i64 %1460, 1099511628211, !dbg !278
  %1462 = add i64 %1461, 145, !dbg !278
  %1463 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1462, ptr %1463, align 8, !dbg !278, !tbaa !165
  %1464 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1465 = load i64, ptr %1464, align 16, !dbg !278, !tbaa !165
  %1466 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1467 = getelementptr inbounds i8, ptr %1466, i64 18, !dbg !278
  %1468 = load i8, ptr %1467, align 1, !dbg !278, !tbaa !169
  %1469 = zext i8 %1468 to i64, !dbg !278
  %1470 = xor i64 %1465, %1469, !dbg !278
  %1471 = mul i64 %1470, 1099511628211, !dbg !278
  %1472 = add i64 %1471, 146, !dbg !278
  %1473 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1472, ptr %1473, align 16, !dbg !278, !tbaa !165
  %1474 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1475 = load i64, ptr %1474, align 8, !dbg !278, !tbaa !165
  %1476 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1477 = getelementptr inbounds i8, ptr %1476, i64 19, !dbg !278
  %1478 = load i8, ptr %1477, align 1, !dbg !278, !tbaa !169
  %1479 = zext i8 %1478 to i64, !dbg !278
  %1480 = xor i64 %1475, %1479, !dbg !278
  %1481 = mul i64 %1480, 1099511628211, !dbg !278
  %1482 = add i64 %1481, 147, !dbg !278
  %1483 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1482, ptr %1483, align 8, !dbg !278, !tbaa !165
  %1484 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1485 = load i64, ptr %1484, align 16, !dbg !278, !tbaa !165
  %1486 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1487 = getelementptr inbounds i8, ptr %1486, i64 20, !dbg !278
  %1488 = load i8, ptr %1487, align 1, !dbg !278, !tbaa !169
  %1489 = zext i8 %1488 to i64, !dbg !278
  %1490 = xor i64 %1485, %1489, !dbg !278
  %1491 = mul i64 %1490, 1099511628211, !dbg !278
  %1492 = add i64 %1491, 148, !dbg !278
  %1493 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1492, ptr %1493, align 16, !dbg !278, !tbaa !165
  %1494 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1495 = load i64, ptr %1494, align 8, !dbg !278, !tbaa !165
  %1496 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1497 = getelementptr inbounds i8, ptr %1496, i64 21, !dbg !278
  %1498 = load i8, ptr %1497, align 1, !dbg !278, !tbaa !169
  %1499 = zext i8 %1498 to i64, !dbg !278
  %1500 = xor i64 %1495, %1499, !dbg !278
  %1501 = mul i64 %1500, 1099511628211, !dbg !278
  %1502 = add i64 %1501, 149, !dbg !278
  %1503 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1502, ptr %1503, align 8, !dbg !278, !tbaa !165
  %1504 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1505 = load i64, ptr %1504, align 16, !dbg !278, !tbaa !165
  %1506 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1507 = getelementptr inbounds i8, ptr %1506, i64 22, !dbg !278
  %1508 = load i8, ptr %1507, align 1, !dbg !278, !tbaa !169
  %1509 = zext i8 %1508 to i64, !dbg !278
  %1510 = xor i64 %1505, %1509, !dbg !278
  %1511 = mul i64 %1510, 1099511628211, !dbg !278
  %1512 = add i64 %1511, 150, !dbg !278
  %1513 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1512, ptr %1513, align 16, !dbg !278, !tbaa !165
  %1514 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1515 = load i64, ptr %1514, align 8, !dbg !278, !tbaa !165
  %1516 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1517 = getelementptr inbounds i8, ptr %1516, i64 23, !dbg !278
  %1518 = load i8, ptr %1517, align 1, !dbg !278, !tbaa !169
  %1519 = zext i8 %1518 to i64, !dbg !278
  %1520 = xor i64 %1515, %1519, !dbg !278
  %1521 = mul i64 %1520, 1099511628211, !dbg !278
  %1522 = add i64 %1521, 151, !dbg !278
  %1523 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1522, ptr %1523, align 8, !dbg !278, !tbaa !165
  %1524 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1525 = load i64, ptr %1524, align 16, !dbg !278, !tbaa !165
  %1526 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1527 = getelementptr inbounds i8, ptr %1526, i64 24, !dbg !278
  %1528 = load i8, ptr %1527, align 1, !dbg !278, !tbaa !169
  %1529 = zext i8 %1528 to i64, !dbg !278
  %1530 = xor i64 %1525, %1529, !dbg !278
  %1531 = mul i64 %1530, 1099511628211, !dbg !278
  %1532 = add i64 %1531, 152, !dbg !278
  %1533 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1532, ptr %1533, align 16, !dbg !278, !tbaa !165
  %1534 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1535 = load i64, ptr %1534, align 8, !dbg !278, !tbaa !165
  %1536 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1537 = getelementptr inbounds i8, ptr %1536, i64 25, !dbg !278
  %1538 = load i8, ptr %1537, align 1, !dbg !278, !tbaa !169
  %1539 = zext i8 %1538 to i64, !dbg !278
  %1540 = xor i64 %1535, %1539, !dbg !278
  %1541 = mul i64 %1540, 1099511628211, !dbg !278
  %1542 = add i64 %1541, 153, !dbg !278
  %1543 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1542, ptr %1543, align 8, !dbg !278, !tbaa !165
  %1544 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1545 = load i64, ptr %1544, align 16, !dbg !278, !tbaa !165
  %1546 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1547 = getelementptr inbounds i8, ptr %1546, i64 26, !dbg !278
  %1548 = load i8, ptr %1547, align 1, !dbg !278, !tbaa !169
  %1549 = zext i8 %1548 to i64, !dbg !278
  %1550 = xor i64 %1545, %1549, !dbg !278
  %1551 = mul i64 %1550, 1099511628211, !dbg !278
  %1552 = add i64 %1551, 154, !dbg !278
  %1553 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1552, ptr %1553, align 16, !dbg !278, !tbaa !165
  %1554 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1555 = load i64, ptr %1554, align 8, !dbg !278, !tbaa !165
  %1556 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1557 = getelementptr inbounds i8, ptr %1556, i64 27, !dbg !278
  %1558 = load i8, ptr %1557, align 1, !dbg !278, !tbaa !169
  %1559 = zext i8 %1558 to i64, !dbg !278
  %1560 = xor i64 %1555, %1559, !dbg !278
  %1561 = mul i64 %1560, 1099511628211, !dbg !278
  %1562 = add i64 %1561, 155, !dbg !278
  %1563 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1562, ptr %1563, align 8, !dbg !278, !tbaa !165
  %1564 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1565 = load i64, ptr %1564, align 16, !dbg !278, !tbaa !165
  %1566 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1567 = getelementptr inbounds i8, ptr %1566, i64 28, !dbg !278
  %1568 = load i8, ptr %1567, align 1, !dbg !278, !tbaa !169
  %1569 = zext i8 %1568 to i64, !dbg !278
  %1570 = xor i64 %1565, %1569, !dbg !278
  %1571 = mul i64 %1570, 1099511628211, !dbg !278
  %1572 = add i64 %1571, 156, !dbg !278
  %1573 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1572, ptr %1573, align 16, !dbg !278, !tbaa !165
  %1574 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1575 = load i64, ptr %1574, align 8, !dbg !278, !tbaa !165
  %1576 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1577 = getelementptr inbounds i8, ptr %1576, i64 29, !dbg !278
  %1578 = load i8, ptr %1577, align 1, !dbg !278, !tbaa !169
  %1579 = zext i8 %1578 to i64, !dbg !278
  %1580 = xor i64 %1575, %1579, !dbg !278
  %1581 = mul i64 %1580, 1099511628211, !dbg !278
  %1582 = add i64 %1581, 157, !dbg !278
  %1583 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1582, ptr %1583, align 8, !dbg !278, !tbaa !165
  %1584 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1585 = load i64, ptr %1584, align 16, !dbg !278, !tbaa !165
  %1586 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1587 = getelementptr inbounds i8, ptr %1586, i64 30, !dbg !278
  %1588 = load i8, ptr %1587, align 1, !dbg !278, !tbaa !169
  %1589 = zext i8 %1588 to i64, !dbg !278
  %1590 = xor i64 %1585, %1589, !dbg !278
  %1591 = mul i64 %1590, 1099511628211, !dbg !278
  %1592 = add i64 %1591, 158, !dbg !278
  %1593 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1592, ptr %1593, align 16, !dbg !278, !tbaa !165
  %1594 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1595 = load i64, ptr %1594, align 8, !dbg !278, !tbaa !165
  %1596 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1597 = getelementptr inbounds i8, ptr %1596, i64 31, !dbg !278
  %1598 = load i8, ptr %1597, align 1, !dbg !278, !tbaa !169
  %1599 = zext i8 %1598 to i64, !dbg !278
  %1600 = xor i64 %1595, %1599, !dbg !278
  %1601 = mul i64 %1600, 1099511628211, !dbg !278
  %1602 = add i64 %1601, 159, !dbg !278
  %1603 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1602, ptr %1603, align 8, !dbg !278, !tbaa !165
  %1604 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1605 = load i64, ptr %1604, align 16, !dbg !278, !tbaa !165
  %1606 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1607 = getelementptr inbounds i8, ptr %1606, i64 32, !dbg !278
  %1608 = load i8, ptr %1607, align 1, !dbg !278, !tbaa !169
  %1609 = zext i8 %1608 to i64, !dbg !278
  %1610 = xor i64 %1605, %1609, !dbg !278
  %1611 = mul i64 %1610, 1099511628211, !dbg !278
  %1612 = add i64 %1611, 160, !dbg !278
  %1613 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1612, ptr %1613, align 16, !dbg !278, !tbaa !165
  %1614 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1615 = load i64, ptr %1614, align 8, !dbg !278, !tbaa !165
  %1616 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1617 = getelementptr inbounds i8, ptr %1616, i64 33, !dbg !278
  %1618 = load i8, ptr %1617, align 1, !dbg !278, !tbaa !169
  %1619 = zext i8 %1618 to i64, !dbg !278
  %1620 = xor i64 %1615, %1619, !dbg !278
  %1621 = mul i64 %1620, 1099511628211, !dbg !278
  %1622 = add i64 %1621, 161, !dbg !278
  %1623 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1622, ptr %1623, align 8, !dbg !278, !tbaa !165
  %1624 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1625 = load i64, ptr %1624, align 16, !dbg !278, !tbaa !165
  %1626 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1627 = getelementptr inbounds i8, ptr %1626, i64 34, !dbg !278
  %1628 = load i8, ptr %1627, align 1, !dbg !278, !tbaa !169
  %1629 = zext i8 %1628 to i64, !dbg !278
  %1630 = xor i64 %1625, %1629, !dbg !278
  %1631 = mul i64 %1630, 1099511628211, !dbg !278
  %1632 = add i64 %1631, 162, !dbg !278
  %1633 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1632, ptr %1633, align 16, !dbg !278, !tbaa !165
  %1634 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1635 = load i64, ptr %1634, align 8, !dbg !278, !tbaa !165
  %1636 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1637 = getelementptr inbounds i8, ptr %1636, i64 35, !dbg !278
  %1638 = load i8, ptr %1637, align 1, !dbg !278, !tbaa !169
  %1639 = zext i8 %1638 to i64, !dbg !278
  %1640 = xor i64 %1635, %1639, !dbg !278
  %1641 = mul i64 %1640, 1099511628211, !dbg !278
  %1642 = add i64 %1641, 163, !dbg !278
  %1643 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1642, ptr %1643, align 8, !dbg !278, !tbaa !165
  %1644 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1645 = load i64, ptr %1644, align 16, !dbg !278, !tbaa !165
  %1646 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1647 = getelementptr inbounds i8, ptr %1646, i64 36, !dbg !278
  %1648 = load i8, ptr %1647, align 1, !dbg !278, !tbaa !169
  %1649 = zext i8 %1648 to i64, !dbg !278
  %1650 = xor i64 %1645, %1649, !dbg !278
  %1651 = mul i64 %1650, 1099511628211, !dbg !278
  %1652 = add i64 %1651, 164, !dbg !278
  %1653 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1652, ptr %1653, align 16, !dbg !278, !tbaa !165
  %1654 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1655 = load i64, ptr %1654, align 8, !dbg !278, !tbaa !165
  %1656 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1657 = getelementptr inbounds i8, ptr %1656, i64 37, !dbg !278
  %1658 = load i8, ptr %1657, align 1, !dbg !278, !tbaa !169
  %1659 = zext i8 %1658 to i64, !dbg !278
  %1660 = xor i64 %1655, %1659, !dbg !278
  %1661 = mul i64 %1660, 1099511628211, !dbg !278
  %1662 = add i64 %1661, 165, !dbg !278
  %1663 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1662, ptr %1663, align 8, !dbg !278, !tbaa !165
  %1664 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1665 = load i64, ptr %1664, align 16, !dbg !278, !tbaa !165
  %1666 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1667 = getelementptr inbounds i8, ptr %1666, i64 38, !dbg !278
  %1668 = load i8, ptr %1667, align 1, !dbg !278, !tbaa !169
  %1669 = zext i8 %1668 to i64, !dbg !278
  %1670 = xor i64 %1665, %1669, !dbg !278
  %1671 = mul i64 %1670, 1099511628211, !dbg !278
  %1672 = add i64 %1671, 166, !dbg !278
  %1673 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1672, ptr %1673, align 16, !dbg !278, !tbaa !165
  %1674 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1675 = load i64, ptr %1674, align 8, !dbg !278, !tbaa !165
  %1676 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1677 = getelementptr inbounds i8, ptr %1676, i64 39, !dbg !278
  %1678 = load i8, ptr %1677, align 1, !dbg !278, !tbaa !169
  %1679 = zext i8 %1678 to i64, !dbg !278
  %1680 = xor i64 %1675, %1679, !dbg !278
  %1681 = mul i64 %1680, 1099511628211, !dbg !278
  %1682 = add i64 %1681, 167, !dbg !278
  %1683 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1682, ptr %1683, align 8, !dbg !278, !tbaa !165
  %1684 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1685 = load i64, ptr %1684, align 16, !dbg !278, !tbaa !165
  %1686 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1687 = getelementptr inbounds i8, ptr %1686, i64 40, !dbg !278
  %1688 = load i8, ptr %1687, align 1, !dbg !278, !tbaa !169
  %1689 = zext i8 %1688 to i64, !dbg !278
  %1690 = xor i64 %1685, %1689, !dbg !278
  %1691 = mul i64 %1690, 1099511628211, !dbg !278
  %1692 = add i64 %1691, 168, !dbg !278
  %1693 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1692, ptr %1693, align 16, !dbg !278, !tbaa !165
  %1694 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1695 = load i64, ptr %1694, align 8, !dbg !278, !tbaa !165
  %1696 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1697 = getelementptr inbounds i8, ptr %1696, i64 41, !dbg !278
  %1698 = load i8, ptr %1697, align 1, !dbg !278, !tbaa !169
  %1699 = zext i8 %1698 to i64, !dbg !278
  %1700 = xor i64 %1695, %1699, !dbg !278
  %1701 = mul i64 %1700, 1099511628211, !dbg !278
  %1702 = add i64 %1701, 169, !dbg !278
  %1703 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1702, ptr %1703, align 8, !dbg !278, !tbaa !165
  %1704 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1705 = load i64, ptr %1704, align 16, !dbg !278, !tbaa !165
  %1706 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1707 = getelementptr inbounds i8, ptr %1706, i64 42, !dbg !278
  %1708 = load i8, ptr %1707, align 1, !dbg !278, !tbaa !169
  %1709 = zext i8 %1708 to i64, !dbg !278
  %1710 = xor i64 %1705, %1709, !dbg !278
  %1711 = mul i64 %1710, 1099511628211, !dbg !278
  %1712 = add i64 %1711, 170, !dbg !278
  %1713 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1712, ptr %1713, align 16, !dbg !278, !tbaa !165
  %1714 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1715 = load i64, ptr %1714, align 8, !dbg !278, !tbaa !165
  %1716 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1717 = getelementptr inbounds i8, ptr %1716, i64 43, !dbg !278
  %1718 = load i8, ptr %1717, align 1, !dbg !278, !tbaa !169
  %1719 = zext i8 %1718 to i64, !dbg !278
  %1720 = xor i64 %1715, %1719, !dbg !278
  %1721 = mul i64 %1720, 1099511628211, !dbg !278
  %1722 = add i64 %1721, 171, !dbg !278
  %1723 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1722, ptr %1723, align 8, !dbg !278, !tbaa !165
  %1724 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1725 = load i64, ptr %1724, align 16, !dbg !278, !tbaa !165
  %1726 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1727 = getelementptr inbounds i8, ptr %1726, i64 44, !dbg !278
  %1728 = load i8, ptr %1727, align 1, !dbg !278, !tbaa !169
  %1729 = zext i8 %1728 to i64, !dbg !278
  %1730 = xor i64 %1725, %1729, !dbg !278
  %1731 = mul i64 %1730, 1099511628211, !dbg !278
  %1732 = add i64 %1731, 172, !dbg !278
  %1733 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1732, ptr %1733, align 16, !dbg !278, !tbaa !165
  %1734 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1735 = load i64, ptr %1734, align 8, !dbg !278, !tbaa !165
  %1736 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1737 = getelementptr inbounds i8, ptr %1736, i64 45, !dbg !278
  %1738 = load i8, ptr %1737, align 1, !dbg !278, !tbaa !169
  %1739 = zext i8 %1738 to i64, !dbg !278
  %1740 = xor i64 %1735, %1739, !dbg !278
  %1741 = mul i64 %1740, 1099511628211, !dbg !278
  %1742 = add i64 %1741, 173, !dbg !278
  %1743 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1742, ptr %1743, align 8, !dbg !278, !tbaa !165
  %1744 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1745 = load i64, ptr %1744, align 16, !dbg !278, !tbaa !165
  %1746 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1747 = getelementptr inbounds i8, ptr %1746, i64 46, !dbg !278
  %1748 = load i8, ptr %1747, align 1, !dbg !278, !tbaa !169
  %1749 = zext i8 %1748 to i64, !dbg !278
  %1750 = xor i64 %1745, %1749, !dbg !278
  %1751 = mul i64 %1750, 1099511628211, !dbg !278
  %1752 = add i64 %1751, 174, !dbg !278
  %1753 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1752, ptr %1753, align 16, !dbg !278, !tbaa !165
  %1754 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1755 = load i64, ptr %1754, align 8, !dbg !278, !tbaa !165
  %1756 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1757 = getelementptr inbounds i8, ptr %1756, i64 47, !dbg !278
  %1758 = load i8, ptr %1757, align 1, !dbg !278, !tbaa !169
  %1759 = zext i8 %1758 to i64, !dbg !278
  %1760 = xor i64 %1755, %1759, !dbg !278
  %1761 = mul i64 %1760, 1099511628211, !dbg !278
  %1762 = add i64 %1761, 175, !dbg !278
  %1763 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1762, ptr %1763, align 8, !dbg !278, !tbaa !165
  %1764 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1765 = load i64, ptr %1764, align 16, !dbg !278, !tbaa !165
  %1766 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1767 = getelementptr inbounds i8, ptr %1766, i64 48, !dbg !278
  %1768 = load i8, ptr %1767, align 1, !dbg !278, !tbaa !169
  %1769 = zext i8 %1768 to i64, !dbg !278
  %1770 = xor i64 %1765, %1769, !dbg !278
  %1771 = mul i64 %1770, 1099511628211, !dbg !278
  %1772 = add i64 %1771, 176, !dbg !278
  %1773 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1772, ptr %1773, align 16, !dbg !278, !tbaa !165
  %1774 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1775 = load i64, ptr %1774, align 8, !dbg !278, !tbaa !165
  %1776 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1777 = getelementptr inbounds i8, ptr %1776, i64 49, !dbg !278
  %1778 = load i8, ptr %1777, align 1, !dbg !278, !tbaa !169
  %1779 = zext i8 %1778 to i64, !dbg !278
  %1780 = xor i64 %1775, %1779, !dbg !278
  %1781 = mul i64 %1780, 1099511628211, !dbg !278
  %1782 = add i64 %1781, 177, !dbg !278
  %1783 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1782, ptr %1783, align 8, !dbg !278, !tbaa !165
  %1784 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1785 = load i64, ptr %1784, align 16, !dbg !278, !tbaa !165
  %1786 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1787 = getelementptr inbounds i8, ptr %1786, i64 50, !dbg !278
  %1788 = load i8, ptr %1787, align 1, !dbg !278, !tbaa !169
  %1789 = zext i8 %1788 to i64, !dbg !278
  %1790 = xor i64 %1785, %1789, !dbg !278
  %1791 = mul i64 %1790, 1099511628211, !dbg !278
  %1792 = add i64 %1791, 178, !dbg !278
  %1793 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1792, ptr %1793, align 16, !dbg !278, !tbaa !165
  %1794 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1795 = load i64, ptr %1794, align 8, !dbg !278, !tbaa !165
  %1796 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1797 = getelementptr inbounds i8, ptr %1796, i64 51, !dbg !278
  %1798 = load i8, ptr %1797, align 1, !dbg !278, !tbaa !169
  %1799 = zext i8 %1798 to i64, !dbg !278
  %1800 = xor i64 %1795, %1799, !dbg !278
  %1801 = mul i64 %1800, 1099511628211, !dbg !278
  %1802 = add i64 %1801, 179, !dbg !278
  %1803 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1802, ptr %1803, align 8, !dbg !278, !tbaa !165
  %1804 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1805 = load i64, ptr %1804, align 16, !dbg !278, !tbaa !165
  %1806 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1807 = getelementptr inbounds i8, ptr %1806, i64 52, !dbg !278
  %1808 = load i8, ptr %1807, align 1, !dbg !278, !tbaa !169
  %1809 = zext i8 %1808 to i64, !dbg !278
  %1810 = xor i64 %1805, %1809, !dbg !278
  %1811 = mul i64 %1810, 1099511628211, !dbg !278
  %1812 = add i64 %1811, 180, !dbg !278
  %1813 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1812, ptr %1813, align 16, !dbg !278, !tbaa !165
  %1814 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1815 = load i64, ptr %1814, align 8, !dbg !278, !tbaa !165
  %1816 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1817 = getelementptr inbounds i8, ptr %1816, i64 53, !dbg !278
  %1818 = load i8, ptr %1817, align 1, !dbg !278, !tbaa !169
  %1819 = zext i8 %1818 to i64, !dbg !278
  %1820 = xor i64 %1815, %1819, !dbg !278
  %1821 = mul i64 %1820, 1099511628211, !dbg !278
  %1822 = add i64 %1821, 181, !dbg !278
  %1823 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1822, ptr %1823, align 8, !dbg !278, !tbaa !165
  %1824 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1825 = load i64, ptr %1824, align 16, !dbg !278, !tbaa !165
  %1826 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1827 = getelementptr inbounds i8, ptr %1826, i64 54, !dbg !278
  %1828 = load i8, ptr %1827, align 1, !dbg !278, !tbaa !169
  %1829 = zext i8 %1828 to i64, !dbg !278
  %1830 = xor i64 %1825, %1829, !dbg !278
  %1831 = mul i64 %1830, 1099511628211, !dbg !278
  %1832 = add i64 %1831, 182, !dbg !278
  %1833 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1832, ptr %1833, align 16, !dbg !278, !tbaa !165
  %1834 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1835 = load i64, ptr %1834, align 8, !dbg !278, !tbaa !165
  %1836 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1837 = getelementptr inbounds i8, ptr %1836, i64 55, !dbg !278
  %1838 = load i8, ptr %1837, align 1, !dbg !278, !tbaa !169
  %1839 = zext i8 %1838 to i64, !dbg !278
  %1840 = xor i64 %1835, %1839, !dbg !278
  %1841 = mul i64 %1840, 1099511628211, !dbg !278
  %1842 = add i64 %1841, 183, !dbg !278
  %1843 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1842, ptr %1843, align 8, !dbg !278, !tbaa !165
  %1844 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  %1845 = load i64, ptr %1844, align 16, !dbg !278, !tbaa !165
  %1846 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1847 = getelementptr inbounds i8, ptr %1846, i64 56, !dbg !278
  %1848 = load i8, ptr %1847, align 1, !dbg !278, !tbaa !169
  %1849 = zext i8 %1848 to i64, !dbg !278
  %1850 = xor i64 %1845, %1849, !dbg !278
  %1851 = mul i64 %1850, 1099511628211, !dbg !278
  %1852 = add i64 %1851, 184, !dbg !278
  %1853 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !278
  store i64 %1852, ptr %1853, align 16, !dbg !278, !tbaa !165
  %1854 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  %1855 = load i64, ptr %1854, align 8, !dbg !278, !tbaa !165
  %1856 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1857 = getelementptr inbounds i8, ptr %1856, i64 57, !dbg !278
  %1858 = load i8, ptr %1857, align 1, !dbg !278, !tbaa !169
  %1859 = zext i8 %1858 to i64, !dbg !278
  %1860 = xor i64 %1855, %1859, !dbg !278
  %1861 = mul i64 %1860, 1099511628211, !dbg !278
  %1862 = add i64 %1861, 185, !dbg !278
  %1863 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !278
  store i64 %1862, ptr %1863, align 8, !dbg !278, !tbaa !165
  %1864 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  %1865 = load i64, ptr %1864, align 16, !dbg !278, !tbaa !165
  %1866 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1867 = getelementptr inbounds i8, ptr %1866, i64 58, !dbg !278
  %1868 = load i8, ptr %1867, align 1, !dbg !278, !tbaa !169
  %1869 = zext i8 %1868 to i64, !dbg !278
  %1870 = xor i64 %1865, %1869, !dbg !278
  %1871 = mul i64 %1870, 1099511628211, !dbg !278
  %1872 = add i64 %1871, 186, !dbg !278
  %1873 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !278
  store i64 %1872, ptr %1873, align 16, !dbg !278, !tbaa !165
  %1874 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  %1875 = load i64, ptr %1874, align 8, !dbg !278, !tbaa !165
  %1876 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1877 = getelementptr inbounds i8, ptr %1876, i64 59, !dbg !278
  %1878 = load i8, ptr %1877, align 1, !dbg !278, !tbaa !169
  %1879 = zext i8 %1878 to i64, !dbg !278
  %1880 = xor i64 %1875, %1879, !dbg !278
  %1881 = mul i64 %1880, 1099511628211, !dbg !278
  %1882 = add i64 %1881, 187, !dbg !278
  %1883 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !278
  store i64 %1882, ptr %1883, align 8, !dbg !278, !tbaa !165
  %1884 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  %1885 = load i64, ptr %1884, align 16, !dbg !278, !tbaa !165
  %1886 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1887 = getelementptr inbounds i8, ptr %1886, i64 60, !dbg !278
  %1888 = load i8, ptr %1887, align 1, !dbg !278, !tbaa !169
  %1889 = zext i8 %1888 to i64, !dbg !278
  %1890 = xor i64 %1885, %1889, !dbg !278
  %1891 = mul i64 %1890, 1099511628211, !dbg !278
  %1892 = add i64 %1891, 188, !dbg !278
  %1893 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !278
  store i64 %1892, ptr %1893, align 16, !dbg !278, !tbaa !165
  %1894 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  %1895 = load i64, ptr %1894, align 8, !dbg !278, !tbaa !165
  %1896 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1897 = getelementptr inbounds i8, ptr %1896, i64 61, !dbg !278
  %1898 = load i8, ptr %1897, align 1, !dbg !278, !tbaa !169
  %1899 = zext i8 %1898 to i64, !dbg !278
  %1900 = xor i64 %1895, %1899, !dbg !278
  %1901 = mul i64 %1900, 1099511628211, !dbg !278
  %1902 = add i64 %1901, 189, !dbg !278
  %1903 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !278
  store i64 %1902, ptr %1903, align 8, !dbg !278, !tbaa !165
  %1904 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  %1905 = load i64, ptr %1904, align 16, !dbg !278, !tbaa !165
  %1906 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1907 = getelementptr inbounds i8, ptr %1906, i64 62, !dbg !278
  %1908 = load i8, ptr %1907, align 1, !dbg !278, !tbaa !169
  %1909 = zext i8 %1908 to i64, !dbg !278
  %1910 = xor i64 %1905, %1909, !dbg !278
  %1911 = mul i64 %1910, 1099511628211, !dbg !278
  %1912 = add i64 %1911, 190, !dbg !278
  %1913 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !278
  store i64 %1912, ptr %1913, align 16, !dbg !278, !tbaa !165
  %1914 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  %1915 = load i64, ptr %1914, align 8, !dbg !278, !tbaa !165
  %1916 = load ptr, ptr %2, align 8, !dbg !278, !tbaa !253
  %1917 = getelementptr inbounds i8, ptr %1916, i64 63, !dbg !278
  %1918 = load i8, ptr %1917, align 1, !dbg !278, !tbaa !169
  %1919 = zext i8 %1918 to i64, !dbg !278
  %1920 = xor i64 %1915, %1919, !dbg !278
  %1921 = mul i64 %1920, 1099511628211, !dbg !278
  %1922 = add i64 %1921, 191, !dbg !278
  %1923 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !278
  store i64 %1922, ptr %1923, align 8, !dbg !278, !tbaa !165
  %1924 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %1925 = load i64, ptr %1924, align 16, !dbg !279, !tbaa !165
  %1926 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1927 = getelementptr inbounds i8, ptr %1926, i64 0, !dbg !279
  %1928 = load i8, ptr %1927, align 1, !dbg !279, !tbaa !169
  %1929 = zext i8 %1928 to i64, !dbg !279
  %1930 = xor i64 %1925, %1929, !dbg !279
  %1931 = mul i64 %1930, 1099511628211, !dbg !279
  %1932 = add i64 %1931, 192, !dbg !279
  %1933 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %1932, ptr %1933, align 16, !dbg !279, !tbaa !165
  %1934 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %1935 = load i64, ptr %1934, align 8, !dbg !279, !tbaa !165
  %1936 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1937 = getelementptr inbounds i8, ptr %1936, i64 1, !dbg !279
  %1938 = load i8, ptr %1937, align 1, !dbg !279, !tbaa !169
  %1939 = zext i8 %1938 to i64, !dbg !279
  %1940 = xor i64 %1935, %1939, !dbg !279
  %1941 = mul i64 %1940, 1099511628211, !dbg !279
  %1942 = add i64 %1941, 193, !dbg !279
  %1943 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %1942, ptr %1943, align 8, !dbg !279, !tbaa !165
  %1944 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %1945 = load i64, ptr %1944, align 16, !dbg !279, !tbaa !165
  %1946 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1947 = getelementptr inbounds i8, ptr %1946, i64 2, !dbg !279
  %1948 = load i8, ptr %1947, align 1, !dbg !279, !tbaa !169
  %1949 = zext i8 %1948 to i64, !dbg !279
  %1950 = xor i64 %1945, %1949, !dbg !279
  %1951 = mul i64 %1950, 1099511628211, !dbg !279
  %1952 = add i64 %1951, 194, !dbg !279
  %1953 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %1952, ptr %1953, align 16, !dbg !279, !tbaa !165
  %1954 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %1955 = load i64, ptr %1954, align 8, !dbg !279, !tbaa !165
  %1956 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1957 = getelementptr inbounds i8, ptr %1956, i64 3, !dbg !279
  %1958 = load i8, ptr %1957, align 1, !dbg !279, !tbaa !169
  %1959 = zext i8 %1958 to i64, !dbg !279
  %1960 = xor i64 %1955, %1959, !dbg !279
  %1961 = mul i64 %1960, 1099511628211, !dbg !279
  %1962 = add i64 %1961, 195, !dbg !279
  %1963 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %1962, ptr %1963, align 8, !dbg !279, !tbaa !165
  %1964 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %1965 = load i64, ptr %1964, align 16, !dbg !279, !tbaa !165
  %1966 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1967 = getelementptr inbounds i8, ptr %1966, i64 4, !dbg !279
  %1968 = load i8, ptr %1967, align 1, !dbg !279, !tbaa !169
  %1969 = zext i8 %1968 to i64, !dbg !279
  %1970 = xor i64 %1965, %1969, !dbg !279
  %1971 = mul i64 %1970, 1099511628211, !dbg !279
  %1972 = add i64 %1971, 196, !dbg !279
  %1973 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %1972, ptr %1973, align 16, !dbg !279, !tbaa !165
  %1974 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %1975 = load i64, ptr %1974, align 8, !dbg !279, !tbaa !165
  %1976 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1977 = getelementptr inbounds i8, ptr %1976, i64 5, !dbg !279
  %1978 = load i8, ptr %1977, align 1, !dbg !279, !tbaa !169
  %1979 = zext i8 %1978 to i64, !dbg !279
  %1980 = xor i64 %1975, %1979, !dbg !279
  %1981 = mul i64 %1980, 1099511628211, !dbg !279
  %1982 = add i64 %1981, 197, !dbg !279
  %1983 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %1982, ptr %1983, align 8, !dbg !279, !tbaa !165
  %1984 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %1985 = load i64, ptr %1984, align 16, !dbg !279, !tbaa !165
  %1986 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1987 = getelementptr inbounds i8, ptr %1986, i64 6, !dbg !279
  %1988 = load i8, ptr %1987, align 1, !dbg !279, !tbaa !169
  %1989 = zext i8 %1988 to i64, !dbg !279
  %1990 = xor i64 %1985, %1989, !dbg !279
  %1991 = mul i64 %1990, 1099511628211, !dbg !279
  %1992 = add i64 %1991, 198, !dbg !279
  %1993 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %1992, ptr %1993, align 16, !dbg !279, !tbaa !165
  %1994 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %1995 = load i64, ptr %1994, align 8, !dbg !279, !tbaa !165
  %1996 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %1997 = getelementptr inbounds i8, ptr %1996, i64 7, !dbg !279
  %1998 = load i8, ptr %1997, align 1, !dbg !279, !tbaa !169
  %1999 = zext i8 %1998 to i64, !dbg !279
  %2000 = xor i64 %1995, %1999, !dbg !279
  %2001 = mul i64 %2000, 1099511628211, !dbg !279
  %2002 = add i64 %2001, 199, !dbg !279
  %2003 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2002, ptr %2003, align 8, !dbg !279, !tbaa !165
  %2004 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2005 = load i64, ptr %2004, align 16, !dbg !279, !tbaa !165
  %2006 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2007 = getelementptr inbounds i8, ptr %2006, i64 8, !dbg !279
  %2008 = load i8, ptr %2007, align 1, !dbg !279, !tbaa !169
  %2009 = zext i8 %2008 to i64, !dbg !279
  %2010 = xor i64 %2005, %2009, !dbg !279
  %2011 = mul i64 %2010, 1099511628211, !dbg !279
  %2012 = add i64 %2011, 200, !dbg !279
  %2013 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2012, ptr %2013, align 16, !dbg !279, !tbaa !165
  %2014 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2015 = load i64, ptr %2014, align 8, !dbg !279, !tbaa !165
  %2016 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2017 = getelementptr inbounds i8, ptr %2016, i64 9, !dbg !279
  %2018 = load i8, ptr %2017, align 1, !dbg !279, !tbaa !169
  %2019 = zext i8 %2018 to i64, !dbg !279
  %2020 = xor i64 %2015, %2019, !dbg !279
  %2021 = mul i64 %2020, 1099511628211, !dbg !279
  %2022 = add i64 %2021, 201, !dbg !279
  %2023 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2022, ptr %2023, align 8, !dbg !279, !tbaa !165
  %2024 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2025 = load i64, ptr %2024, align 16, !dbg !279, !tbaa !165
  %2026 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2027 = getelementptr inbounds i8, ptr %2026, i64 10, !dbg !279
  %2028 = load i8, ptr %2027, align 1, !dbg !279, !tbaa !169
  %2029 = zext i8 %2028 to i64, !dbg !279
  %2030 = xor i64 %2025, %2029, !dbg !279
  %2031 = mul i64 %2030, 1099511628211, !dbg !279
  %2032 = add i64 %2031, 202, !dbg !279
  %2033 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2032, ptr %2033, align 16, !dbg !279, !tbaa !165
  %2034 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2035 = load i64, ptr %2034, align 8, !dbg !279, !tbaa !165
  %2036 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2037 = getelementptr inbounds i8, ptr %2036, i64 11, !dbg !279
  %2038 = load i8, ptr %2037, align 1, !dbg !279, !tbaa !169
  %2039 = zext i8 %2038 to i64, !dbg !279
  %2040 = xor i64 %2035, %2039, !dbg !279
  %2041 = mul i64 %2040, 1099511628211, !dbg !279
  %2042 = add i64 %2041, 203, !dbg !279
  %2043 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2042, ptr %2043, align 8, !dbg !279, !tbaa !165
  %2044 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2045 = load i64, ptr %2044, align 16, !dbg !279, !tbaa !165
  %2046 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2047 = getelementptr inbounds i8, ptr %2046, i64 12, !dbg !279
  %2048 = load i8, ptr %2047, align 1, !dbg !279, !tbaa !169
  %2049 = zext i8 %2048 to i64, !dbg !279
  %2050 = xor i64 %2045, %2049, !dbg !279
  %2051 = mul i64 %2050, 1099511628211, !dbg !279
  %2052 = add i64 %2051, 204, !dbg !279
  %2053 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2052, ptr %2053, align 16, !dbg !279, !tbaa !165
  %2054 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2055 = load i64, ptr %2054, align 8, !dbg !279, !tbaa !165
  %2056 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2057 = getelementptr inbounds i8, ptr %2056, i64 13, !dbg !279
  %2058 = load i8, ptr %2057, align 1, !dbg !279, !tbaa !169
  %2059 = zext i8 %2058 to i64, !dbg !279
  %2060 = xor i64 %2055, %2059, !dbg !279
  %2061 = mul i64 %2060, 1099511628211, !dbg !279
  %2062 = add i64 %2061, 205, !dbg !279
  %2063 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2062, ptr %2063, align 8, !dbg !279, !tbaa !165
  %2064 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2065 = load i64, ptr %2064, align 16, !dbg !279, !tbaa !165
  %2066 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2067 = getelementptr inbounds i8, ptr %2066, i64 14, !dbg !279
  %2068 = load i8, ptr %2067, align 1, !dbg !279, !tbaa !169
  %2069 = zext i8 %2068 to i64, !dbg !279
  %2070 = xor i64 %2065, %2069, !dbg !279
  %2071 = mul i64 %2070, 1099511628211, !dbg !279
  %2072 = add i64 %2071, 206, !dbg !279
  %2073 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2072, ptr %2073, align 16, !dbg !279, !tbaa !165
  %2074 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2075 = load i64, ptr %2074, align 8, !dbg !279, !tbaa !165
  %2076 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2077 = getelementptr inbounds i8, ptr %2076, i64 15, !dbg !279
  %2078 = load i8, ptr %2077, align 1, !dbg !279, !tbaa !169
  %2079 = zext i8 %2078 to i64, !dbg !279
  %2080 = xor i64 %2075, %2079, !dbg !279
  %2081 = mul i64 %2080, 1099511628211, !dbg !279
  %2082 = add i64 %2081, 207, !dbg !279
  %2083 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2082, ptr %2083, align 8, !dbg !279, !tbaa !165
  %2084 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2085 = load i64, ptr %2084, align 16, !dbg !279, !tbaa !165
  %2086 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2087 = getelementptr inbounds i8, ptr %2086, i64 16, !dbg !279
  %2088 = load i8, ptr %2087, align 1, !dbg !279, !tbaa !169
  %2089 = zext i8 %2088 to i64, !dbg !279
  %2090 = xor i64 %2085, %2089, !dbg !279
  %2091 = mul i64 %2090, 1099511628211, !dbg !279
  %2092 = add i64 %2091, 208, !dbg !279
  %2093 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2092, ptr %2093, align 16, !dbg !279, !tbaa !165
  %2094 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2095 = load i64, ptr %2094, align 8, !dbg !279, !tbaa !165
  %2096 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2097 = getelementptr inbounds i8, ptr %2096, i64 17, !dbg !279
  %2098 = load i8, ptr %2097, align 1, !dbg !279, !tbaa !169
  %2099 = zext i8 %2098 to i64, !dbg !279
  %2100 = xor i64 %2095, %2099, !dbg !279
  %2101 = mul i64 %2100, 1099511628211, !dbg !279
  %2102 = add i64 %2101, 209, !dbg !279
  %2103 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2102, ptr %2103, align 8, !dbg !279, !tbaa !165
  %2104 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2105 = load i64, ptr %2104, align 16, !dbg !279, !tbaa !165
  %2106 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2107 = getelementptr inbounds i8, ptr %2106, i64 18, !dbg !279
  %2108 = load i8, ptr %2107, align 1, !dbg !279, !tbaa !169
  %2109 = zext i8 %2108 to i64, !dbg !279
  %2110 = xor i64 %2105, %2109, !dbg !279
  %2111 = mul i64 %2110, 1099511628211, !dbg !279
  %2112 = add i64 %2111, 210, !dbg !279
  %2113 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2112, ptr %2113, align 16, !dbg !279, !tbaa !165
  %2114 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2115 = load i64, ptr %2114, align 8, !dbg !279, !tbaa !165
  %2116 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2117 = getelementptr inbounds i8, ptr %2116, i64 19, !dbg !279
  %2118 = load i8, ptr %2117, align 1, !dbg !279, !tbaa !169
  %2119 = zext i8 %2118 to i64, !dbg !279
  %2120 = xor i64 %2115, %2119, !dbg !279
  %2121 = mul i64 %2120, 1099511628211, !dbg !279
  %2122 = add i64 %2121, 211, !dbg !279
  %2123 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2122, ptr %2123, align 8, !dbg !279, !tbaa !165
  %2124 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2125 = load i64, ptr %2124, align 16, !dbg !279, !tbaa !165
  %2126 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2127 = getelementptr inbounds i8, ptr %2126, i64 20, !dbg !279
  %2128 = load i8, ptr %2127, align 1, !dbg !279, !tbaa !169
  %2129 = zext i8 %2128 to i64, !dbg !279
  %2130 = xor i64 %2125, %2129, !dbg !279
  %2131 = mul i64 %2130, 1099511628211, !dbg !279
  %2132 = add i64 %2131, 212, !dbg !279
  %2133 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2132, ptr %2133, align 16, !dbg !279, !tbaa !165
  %2134 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2135 = load i64, ptr %2134, align 8, !dbg !279, !tbaa !165
  %2136 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2137 = getelementptr inbounds i8, ptr %2136, i64 21, !dbg !279
  %2138 = load i8, ptr %2137, align 1, !dbg !279, !tbaa !169
  %2139 = zext i8 %2138 to i64, !dbg !279
  %2140 = xor i64 %2135, %2139, !dbg !279
  %2141 = mul i64 %2140, 1099511628211, !dbg !279
  %2142 = add i64 %2141, 213, !dbg !279
  %2143 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2142, ptr %2143, align 8, !dbg !279, !tbaa !165
  %2144 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2145 = load i64, ptr %2144, align 16, !dbg !279, !tbaa !165
  %2146 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2147 = getelementptr inbounds i8, ptr %2146, i64 22, !dbg !279
  %2148 = load i8, ptr %2147, align 1, !dbg !279, !tbaa !169
  %2149 = zext i8 %2148 to i64, !dbg !279
  %2150 = xor i64 %2145, %2149, !dbg !279
  %2151 = mul i64 %2150, 1099511628211, !dbg !279
  %2152 = add i64 %2151, 214, !dbg !279
  %2153 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2152, ptr %2153, align 16, !dbg !279, !tbaa !165
  %2154 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2155 = load i64, ptr %2154, align 8, !dbg !279, !tbaa !165
  %2156 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2157 = getelementptr inbounds i8, ptr %2156, i64 23, !dbg !279
  %2158 = load i8, ptr %2157, align 1, !dbg !279, !tbaa !169
  %2159 = zext i8 %2158 to i64, !dbg !279
  %2160 = xor i64 %2155, %2159, !dbg !279
  %2161 = mul i64 %2160, 1099511628211, !dbg !279
  %2162 = add i64 %2161, 215, !dbg !279
  %2163 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2162, ptr %2163, align 8, !dbg !279, !tbaa !165
  %2164 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2165 = load i64, ptr %2164, align 16, !dbg !279, !tbaa !165
  %2166 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2167 = getelementptr inbounds i8, ptr %2166, i64 24, !dbg !279
  %2168 = load i8, ptr %2167, align 1, !dbg !279, !tbaa !169
  %2169 = zext i8 %2168 to i64, !dbg !279
  %2170 = xor i64 %2165, %2169, !dbg !279
  %2171 = mul i64 %2170, 1099511628211, !dbg !279
  %2172 = add i64 %2171, 216, !dbg !279
  %2173 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2172, ptr %2173, align 16, !dbg !279, !tbaa !165
  %2174 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2175 = load i64, ptr %2174, align 8, !dbg !279, !tbaa !165
  %2176 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2177 = getelementptr inbounds i8, ptr %2176, i64 25, !dbg !279
  %2178 = load i8, ptr %2177, align 1, !dbg !279, !tbaa !169
  %2179 = zext i8 %2178 to i64, !dbg !279
  %2180 = xor i64 %2175, %2179, !dbg !279
  %2181 = mul i64 %2180, 1099511628211, !dbg !279
  %2182 = add i64 %2181, 217, !dbg !279
  %2183 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2182, ptr %2183, align 8, !dbg !279, !tbaa !165
  %2184 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2185 = load i64, ptr %2184, align 16, !dbg !279, !tbaa !165
  %2186 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2187 = getelementptr inbounds i8, ptr %2186, i64 26, !dbg !279
  %2188 = load i8, ptr %2187, align 1, !dbg !279, !tbaa !169
  %2189 = zext i8 %2188 to i64, !dbg !279
  %2190 = xor i64 %2185, %2189, !dbg !279
  %2191 = mul i64 %2190, 1099511628211, !dbg !279
  %2192 = add i64 %2191, 218, !dbg !279
  %2193 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2192, ptr %2193, align 16, !dbg !279, !tbaa !165
  %2194 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2195 = load i64, ptr %2194, align 8, !dbg !279, !tbaa !165
  %2196 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2197 = getelementptr inbounds i8, ptr %2196, i64 27, !dbg !279
  %2198 = load i8, ptr %2197, align 1, !dbg !279, !tbaa !169
  %2199 = zext i8 %2198 to i64, !dbg !279
  %2200 = xor i64 %2195, %2199, !dbg !279
  %2201 = mul i64 %2200, 1099511628211, !dbg !279
  %2202 = add i64 %2201, 219, !dbg !279
  %2203 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2202, ptr %2203, align 8, !dbg !279, !tbaa !165
  %2204 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2205 = load i64, ptr %2204, align 16, !dbg !279, !tbaa !165
  %2206 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2207 = getelementptr inbounds i8, ptr %2206, i64 28, !dbg !279
  %2208 = load i8, ptr %2207, align 1, !dbg !279, !tbaa !169
  %2209 = zext i8 %2208 to i64, !dbg !279
  %2210 = xor i64 %2205, %2209, !dbg !279
  %2211 = mul i64 %2210, 1099511628211, !dbg !279
  %2212 = add i64 %2211, 220, !dbg !279
  %2213 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2212, ptr %2213, align 16, !dbg !279, !tbaa !165
  %2214 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2215 = load i64, ptr %2214, align 8, !dbg !279, !tbaa !165
  %2216 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2217 = getelementptr inbounds i8, ptr %2216, i64 29, !dbg !279
  %2218 = load i8, ptr %2217, align 1, !dbg !279, !tbaa !169
  %2219 = zext i8 %2218 to i64, !dbg !279
  %2220 = xor i64 %2215, %2219, !dbg !279
  %2221 = mul i64 %2220, 1099511628211, !dbg !279
  %2222 = add i64 %2221, 221, !dbg !279
  %2223 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2222, ptr %2223, align 8, !dbg !279, !tbaa !165
  %2224 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2225 = load i64, ptr %2224, align 16, !dbg !279, !tbaa !165
  %2226 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2227 = getelementptr inbounds i8, ptr %2226, i64 30, !dbg !279
  %2228 = load i8, ptr %2227, align 1, !dbg !279, !tbaa !169
  %2229 = zext i8 %2228 to i64, !dbg !279
  %2230 = xor i64 %2225, %2229, !dbg !279
  %2231 = mul i64 %2230, 1099511628211, !dbg !279
  %2232 = add i64 %2231, 222, !dbg !279
  %2233 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2232, ptr %2233, align 16, !dbg !279, !tbaa !165
  %2234 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2235 = load i64, ptr %2234, align 8, !dbg !279, !tbaa !165
  %2236 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2237 = getelementptr inbounds i8, ptr %2236, i64 31, !dbg !279
  %2238 = load i8, ptr %2237, align 1, !dbg !279, !tbaa !169
  %2239 = zext i8 %2238 to i64, !dbg !279
  %2240 = xor i64 %2235, %2239, !dbg !279
  %2241 = mul i64 %2240, 1099511628211, !dbg !279
  %2242 = add i64 %2241, 223, !dbg !279
  %2243 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2242, ptr %2243, align 8, !dbg !279, !tbaa !165
  %2244 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2245 = load i64, ptr %2244, align 16, !dbg !279, !tbaa !165
  %2246 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2247 = getelementptr inbounds i8, ptr %2246, i64 32, !dbg !279
  %2248 = load i8, ptr %2247, align 1, !dbg !279, !tbaa !169
  %2249 = zext i8 %2248 to i64, !dbg !279
  %2250 = xor i64 %2245, %2249, !dbg !279
  %2251 = mul i64 %2250, 1099511628211, !dbg !279
  %2252 = add i64 %2251, 224, !dbg !279
  %2253 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2252, ptr %2253, align 16, !dbg !279, !tbaa !165
  %2254 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2255 = load i64, ptr %2254, align 8, !dbg !279, !tbaa !165
  %2256 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2257 = getelementptr inbounds i8, ptr %2256, i64 33, !dbg !279
  %2258 = load i8, ptr %2257, align 1, !dbg !279, !tbaa !169
  %2259 = zext i8 %2258 to i64, !dbg !279
  %2260 = xor i64 %2255, %2259, !dbg !279
  %2261 = mul i64 %2260, 1099511628211, !dbg !279
  %2262 = add i64 %2261, 225, !dbg !279
  %2263 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2262, ptr %2263, align 8, !dbg !279, !tbaa !165
  %2264 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2265 = load i64, ptr %2264, align 16, !dbg !279, !tbaa !165
  %2266 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2267 = getelementptr inbounds i8, ptr %2266, i64 34, !dbg !279
  %2268 = load i8, ptr %2267, align 1, !dbg !279, !tbaa !169
  %2269 = zext i8 %2268 to i64, !dbg !279
  %2270 = xor i64 %2265, %2269, !dbg !279
  %2271 = mul i64 %2270, 1099511628211, !dbg !279
  %2272 = add i64 %2271, 226, !dbg !279
  %2273 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2272, ptr %2273, align 16, !dbg !279, !tbaa !165
  %2274 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2275 = load i64, ptr %2274, align 8, !dbg !279, !tbaa !165
  %2276 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2277 = getelementptr inbounds i8, ptr %2276, i64 35, !dbg !279
  %2278 = load i8, ptr %2277, align 1, !dbg !279, !tbaa !169
  %2279 = zext i8 %2278 to i64, !dbg !279
  %2280 = xor i64 %2275, %2279, !dbg !279
  %2281 = mul i64 %2280, 1099511628211, !dbg !279
  %2282 = add i64 %2281, 227, !dbg !279
  %2283 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2282, ptr %2283, align 8, !dbg !279, !tbaa !165
  %2284 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2285 = load i64, ptr %2284, align 16, !dbg !279, !tbaa !165
  %2286 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2287 = getelementptr inbounds i8, ptr %2286, i64 36, !dbg !279
  %2288 = load i8, ptr %2287, align 1, !dbg !279, !tbaa !169
  %2289 = zext i8 %2288 to i64, !dbg !279
  %2290 = xor i64 %2285, %2289, !dbg !279
  %2291 = mul i64 %2290, 1099511628211, !dbg !279
  %2292 = add i64 %2291, 228, !dbg !279
  %2293 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2292, ptr %2293, align 16, !dbg !279, !tbaa !165
  %2294 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2295 = load i64, ptr %2294, align 8, !dbg !279, !tbaa !165
  %2296 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2297 = getelementptr inbounds i8, ptr %2296, i64 37, !dbg !279
  %2298 = load i8, ptr %2297, align 1, !dbg !279, !tbaa !169
  %2299 = zext i8 %2298 to i64, !dbg !279
  %2300 = xor i64 %2295, %2299, !dbg !279
  %2301 = mul i64 %2300, 1099511628211, !dbg !279
  %2302 = add i64 %2301, 229, !dbg !279
  %2303 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2302, ptr %2303, align 8, !dbg !279, !tbaa !165
  %2304 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2305 = load i64, ptr %2304, align 16, !dbg !279, !tbaa !165
  %2306 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2307 = getelementptr inbounds i8, ptr %2306, i64 38, !dbg !279
  %2308 = load i8, ptr %2307, align 1, !dbg !279, !tbaa !169
  %2309 = zext i8 %2308 to i64, !dbg !279
  %2310 = xor i64 %2305, %2309, !dbg !279
  %2311 = mul i64 %2310, 1099511628211, !dbg !279
  %2312 = add i64 %2311, 230, !dbg !279
  %2313 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2312, ptr %2313, align 16, !dbg !279, !tbaa !165
  %2314 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2315 = load i64, ptr %2314, align 8, !dbg !279, !tbaa !165
  %2316 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2317 = getelementptr inbounds i8, ptr %2316, i64 39, !dbg !279
  %2318 = load i8, ptr %2317, align 1, !dbg !279, !tbaa !169
  %2319 = zext i8 %2318 to i64, !dbg !279
  %2320 = xor i64 %2315, %2319, !dbg !279
  %2321 = mul i64 %2320, 1099511628211, !dbg !279
  %2322 = add i64 %2321, 231, !dbg !279
  %2323 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2322, ptr %2323, align 8, !dbg !279, !tbaa !165
  %2324 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2325 = load i64, ptr %2324, align 16, !dbg !279, !tbaa !165
  %2326 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2327 = getelementptr inbounds i8, ptr %2326, i64 40, !dbg !279
  %2328 = load i8, ptr %2327, align 1, !dbg !279, !tbaa !169
  %2329 = zext i8 %2328 to i64, !dbg !279
  %2330 = xor i64 %2325, %2329, !dbg !279
  %2331 = mul i64 %2330, 1099511628211, !dbg !279
  %2332 = add i64 %2331, 232, !dbg !279
  %2333 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2332, ptr %2333, align 16, !dbg !279, !tbaa !165
  %2334 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2335 = load i64, ptr %2334, align 8, !dbg !279, !tbaa !165
  %2336 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2337 = getelementptr inbounds i8, ptr %2336, i64 41, !dbg !279
  %2338 = load i8, ptr %2337, align 1, !dbg !279, !tbaa !169
  %2339 = zext i8 %2338 to i64, !dbg !279
  %2340 = xor i64 %2335, %2339, !dbg !279
  %2341 = mul i64 %2340, 1099511628211, !dbg !279
  %2342 = add i64 %2341, 233, !dbg !279
  %2343 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2342, ptr %2343, align 8, !dbg !279, !tbaa !165
  %2344 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2345 = load i64, ptr %2344, align 16, !dbg !279, !tbaa !165
  %2346 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2347 = getelementptr inbounds i8, ptr %2346, i64 42, !dbg !279
  %2348 = load i8, ptr %2347, align 1, !dbg !279, !tbaa !169
  %2349 = zext i8 %2348 to i64, !dbg !279
  %2350 = xor i64 %2345, %2349, !dbg !279
  %2351 = mul i64 %2350, 1099511628211, !dbg !279
  %2352 = add i64 %2351, 234, !dbg !279
  %2353 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2352, ptr %2353, align 16, !dbg !279, !tbaa !165
  %2354 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2355 = load i64, ptr %2354, align 8, !dbg !279, !tbaa !165
  %2356 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2357 = getelementptr inbounds i8, ptr %2356, i64 43, !dbg !279
  %2358 = load i8, ptr %2357, align 1, !dbg !279, !tbaa !169
  %2359 = zext i8 %2358 to i64, !dbg !279
  %2360 = xor i64 %2355, %2359, !dbg !279
  %2361 = mul i64 %2360, 1099511628211, !dbg !279
  %2362 = add i64 %2361, 235, !dbg !279
  %2363 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2362, ptr %2363, align 8, !dbg !279, !tbaa !165
  %2364 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2365 = load i64, ptr %2364, align 16, !dbg !279, !tbaa !165
  %2366 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2367 = getelementptr inbounds i8, ptr %2366, i64 44, !dbg !279
  %2368 = load i8, ptr %2367, align 1, !dbg !279, !tbaa !169
  %2369 = zext i8 %2368 to i64, !dbg !279
  %2370 = xor i64 %2365, %2369, !dbg !279
  %2371 = mul i64 %2370, 1099511628211, !dbg !279
  %2372 = add i64 %2371, 236, !dbg !279
  %2373 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2372, ptr %2373, align 16, !dbg !279, !tbaa !165
  %2374 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2375 = load i64, ptr %2374, align 8, !dbg !279, !tbaa !165
  %2376 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2377 = getelementptr inbounds i8, ptr %2376, i64 45, !dbg !279
  %2378 = load i8, ptr %2377, align 1, !dbg !279, !tbaa !169
  %2379 = zext i8 %2378 to i64, !dbg !279
  %2380 = xor i64 %2375, %2379, !dbg !279
  %2381 = mul i64 %2380, 1099511628211, !dbg !279
  %2382 = add i64 %2381, 237, !dbg !279
  %2383 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2382, ptr %2383, align 8, !dbg !279, !tbaa !165
  %2384 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2385 = load i64, ptr %2384, align 16, !dbg !279, !tbaa !165
  %2386 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2387 = getelementptr inbounds i8, ptr %2386, i64 46, !dbg !279
  %2388 = load i8, ptr %2387, align 1, !dbg !279, !tbaa !169
  %2389 = zext i8 %2388 to i64, !dbg !279
  %2390 = xor i64 %2385, %2389, !dbg !279
  %2391 = mul i64 %2390, 1099511628211, !dbg !279
  %2392 = add i64 %2391, 238, !dbg !279
  %2393 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2392, ptr %2393, align 16, !dbg !279, !tbaa !165
  %2394 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2395 = load i64, ptr %2394, align 8, !dbg !279, !tbaa !165
  %2396 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2397 = getelementptr inbounds i8, ptr %2396, i64 47, !dbg !279
  %2398 = load i8, ptr %2397, align 1, !dbg !279, !tbaa !169
  %2399 = zext i8 %2398 to i64, !dbg !279
  %2400 = xor i64 %2395, %2399, !dbg !279
  %2401 = mul i64 %2400, 1099511628211, !dbg !279
  %2402 = add i64 %2401, 239, !dbg !279
  %2403 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2402, ptr %2403, align 8, !dbg !279, !tbaa !165
  %2404 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2405 = load i64, ptr %2404, align 16, !dbg !279, !tbaa !165
  %2406 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2407 = getelementptr inbounds i8, ptr %2406, i64 48, !dbg !279
  %2408 = load i8, ptr %2407, align 1, !dbg !279, !tbaa !169
  %2409 = zext i8 %2408 to i64, !dbg !279
  %2410 = xor i64 %2405, %2409, !dbg !279
  %2411 = mul i64 %2410, 1099511628211, !dbg !279
  %2412 = add i64 %2411, 240, !dbg !279
  %2413 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2412, ptr %2413, align 16, !dbg !279, !tbaa !165
  %2414 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2415 = load i64, ptr %2414, align 8, !dbg !279, !tbaa !165
  %2416 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2417 = getelementptr inbounds i8, ptr %2416, i64 49, !dbg !279
  %2418 = load i8, ptr %2417, align 1, !dbg !279, !tbaa !169
  %2419 = zext i8 %2418 to i64, !dbg !279
  %2420 = xor i64 %2415, %2419, !dbg !279
  %2421 = mul i64 %2420, 1099511628211, !dbg !279
  %2422 = add i64 %2421, 241, !dbg !279
  %2423 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2422, ptr %2423, align 8, !dbg !279, !tbaa !165
  %2424 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2425 = load i64, ptr %2424, align 16, !dbg !279, !tbaa !165
  %2426 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2427 = getelementptr inbounds i8, ptr %2426, i64 50, !dbg !279
  %2428 = load i8, ptr %2427, align 1, !dbg !279, !tbaa !169
  %2429 = zext i8 %2428 to i64, !dbg !279
  %2430 = xor i64 %2425, %2429, !dbg !279
  %2431 = mul i64 %2430, 1099511628211, !dbg !279
  %2432 = add i64 %2431, 242, !dbg !279
  %2433 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2432, ptr %2433, align 16, !dbg !279, !tbaa !165
  %2434 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2435 = load i64, ptr %2434, align 8, !dbg !279, !tbaa !165
  %2436 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2437 = getelementptr inbounds i8, ptr %2436, i64 51, !dbg !279
  %2438 = load i8, ptr %2437, align 1, !dbg !279, !tbaa !169
  %2439 = zext i8 %2438 to i64, !dbg !279
  %2440 = xor i64 %2435, %2439, !dbg !279
  %2441 = mul i64 %2440, 1099511628211, !dbg !279
  %2442 = add i64 %2441, 243, !dbg !279
  %2443 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2442, ptr %2443, align 8, !dbg !279, !tbaa !165
  %2444 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2445 = load i64, ptr %2444, align 16, !dbg !279, !tbaa !165
  %2446 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2447 = getelementptr inbounds i8, ptr %2446, i64 52, !dbg !279
  %2448 = load i8, ptr %2447, align 1, !dbg !279, !tbaa !169
  %2449 = zext i8 %2448 to i64, !dbg !279
  %2450 = xor i64 %2445, %2449, !dbg !279
  %2451 = mul i64 %2450, 1099511628211, !dbg !279
  %2452 = add i64 %2451, 244, !dbg !279
  %2453 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2452, ptr %2453, align 16, !dbg !279, !tbaa !165
  %2454 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2455 = load i64, ptr %2454, align 8, !dbg !279, !tbaa !165
  %2456 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2457 = getelementptr inbounds i8, ptr %2456, i64 53, !dbg !279
  %2458 = load i8, ptr %2457, align 1, !dbg !279, !tbaa !169
  %2459 = zext i8 %2458 to i64, !dbg !279
  %2460 = xor i64 %2455, %2459, !dbg !279
  %2461 = mul i64 %2460, 1099511628211, !dbg !279
  %2462 = add i64 %2461, 245, !dbg !279
  %2463 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2462, ptr %2463, align 8, !dbg !279, !tbaa !165
  %2464 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2465 = load i64, ptr %2464, align 16, !dbg !279, !tbaa !165
  %2466 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2467 = getelementptr inbounds i8, ptr %2466, i64 54, !dbg !279
  %2468 = load i8, ptr %2467, align 1, !dbg !279, !tbaa !169
  %2469 = zext i8 %2468 to i64, !dbg !279
  %2470 = xor i64 %2465, %2469, !dbg !279
  %2471 = mul i64 %2470, 1099511628211, !dbg !279
  %2472 = add i64 %2471, 246, !dbg !279
  %2473 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2472, ptr %2473, align 16, !dbg !279, !tbaa !165
  %2474 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2475 = load i64, ptr %2474, align 8, !dbg !279, !tbaa !165
  %2476 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2477 = getelementptr inbounds i8, ptr %2476, i64 55, !dbg !279
  %2478 = load i8, ptr %2477, align 1, !dbg !279, !tbaa !169
  %2479 = zext i8 %2478 to i64, !dbg !279
  %2480 = xor i64 %2475, %2479, !dbg !279
  %2481 = mul i64 %2480, 1099511628211, !dbg !279
  %2482 = add i64 %2481, 247, !dbg !279
  %2483 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2482, ptr %2483, align 8, !dbg !279, !tbaa !165
  %2484 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  %2485 = load i64, ptr %2484, align 16, !dbg !279, !tbaa !165
  %2486 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2487 = getelementptr inbounds i8, ptr %2486, i64 56, !dbg !279
  %2488 = load i8, ptr %2487, align 1, !dbg !279, !tbaa !169
  %2489 = zext i8 %2488 to i64, !dbg !279
  %2490 = xor i64 %2485, %2489, !dbg !279
  %2491 = mul i64 %2490, 1099511628211, !dbg !279
  %2492 = add i64 %2491, 248, !dbg !279
  %2493 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !279
  store i64 %2492, ptr %2493, align 16, !dbg !279, !tbaa !165
  %2494 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  %2495 = load i64, ptr %2494, align 8, !dbg !279, !tbaa !165
  %2496 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2497 = getelementptr inbounds i8, ptr %2496, i64 57, !dbg !279
  %2498 = load i8, ptr %2497, align 1, !dbg !279, !tbaa !169
  %2499 = zext i8 %2498 to i64, !dbg !279
  %2500 = xor i64 %2495, %2499, !dbg !279
  %2501 = mul i64 %2500, 1099511628211, !dbg !279
  %2502 = add i64 %2501, 249, !dbg !279
  %2503 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !279
  store i64 %2502, ptr %2503, align 8, !dbg !279, !tbaa !165
  %2504 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  %2505 = load i64, ptr %2504, align 16, !dbg !279, !tbaa !165
  %2506 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2507 = getelementptr inbounds i8, ptr %2506, i64 58, !dbg !279
  %2508 = load i8, ptr %2507, align 1, !dbg !279, !tbaa !169
  %2509 = zext i8 %2508 to i64, !dbg !279
  %2510 = xor i64 %2505, %2509, !dbg !279
  %2511 = mul i64 %2510, 1099511628211, !dbg !279
  %2512 = add i64 %2511, 250, !dbg !279
  %2513 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !279
  store i64 %2512, ptr %2513, align 16, !dbg !279, !tbaa !165
  %2514 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  %2515 = load i64, ptr %2514, align 8, !dbg !279, !tbaa !165
  %2516 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2517 = getelementptr inbounds i8, ptr %2516, i64 59, !dbg !279
  %2518 = load i8, ptr %2517, align 1, !dbg !279, !tbaa !169
  %2519 = zext i8 %2518 to i64, !dbg !279
  %2520 = xor i64 %2515, %2519, !dbg !279
  %2521 = mul i64 %2520, 1099511628211, !dbg !279
  %2522 = add i64 %2521, 251, !dbg !279
  %2523 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !279
  store i64 %2522, ptr %2523, align 8, !dbg !279, !tbaa !165
  %2524 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  %2525 = load i64, ptr %2524, align 16, !dbg !279, !tbaa !165
  %2526 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2527 = getelementptr inbounds i8, ptr %2526, i64 60, !dbg !279
  %2528 = load i8, ptr %2527, align 1, !dbg !279, !tbaa !169
  %2529 = zext i8 %2528 to i64, !dbg !279
  %2530 = xor i64 %2525, %2529, !dbg !279
  %2531 = mul i64 %2530, 1099511628211, !dbg !279
  %2532 = add i64 %2531, 252, !dbg !279
  %2533 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !279
  store i64 %2532, ptr %2533, align 16, !dbg !279, !tbaa !165
  %2534 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  %2535 = load i64, ptr %2534, align 8, !dbg !279, !tbaa !165
  %2536 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2537 = getelementptr inbounds i8, ptr %2536, i64 61, !dbg !279
  %2538 = load i8, ptr %2537, align 1, !dbg !279, !tbaa !169
  %2539 = zext i8 %2538 to i64, !dbg !279
  %2540 = xor i64 %2535, %2539, !dbg !279
  %2541 = mul i64 %2540, 1099511628211, !dbg !279
  %2542 = add i64 %2541, 253, !dbg !279
  %2543 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !279
  store i64 %2542, ptr %2543, align 8, !dbg !279, !tbaa !165
  %2544 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  %2545 = load i64, ptr %2544, align 16, !dbg !279, !tbaa !165
  %2546 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2547 = getelementptr inbounds i8, ptr %2546, i64 62, !dbg !279
  %2548 = load i8, ptr %2547, align 1, !dbg !279, !tbaa !169
  %2549 = zext i8 %2548 to i64, !dbg !279
  %2550 = xor i64 %2545, %2549, !dbg !279
  %2551 = mul i64 %2550, 1099511628211, !dbg !279
  %2552 = add i64 %2551, 254, !dbg !279
  %2553 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !279
  store i64 %2552, ptr %2553, align 16, !dbg !279, !tbaa !165
  %2554 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  %2555 = load i64, ptr %2554, align 8, !dbg !279, !tbaa !165
  %2556 = load ptr, ptr %2, align 8, !dbg !279, !tbaa !253
  %2557 = getelementptr inbounds i8, ptr %2556, i64 63, !dbg !279
  %2558 = load i8, ptr %2557, align 1, !dbg !279, !tbaa !169
  %2559 = zext i8 %2558 to i64, !dbg !279
  %2560 = xor i64 %2555, %2559, !dbg !279
  %2561 = mul i64 %2560, 1099511628211, !dbg !279
  %2562 = add i64 %2561, 255, !dbg !279
  %2563 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !279
  store i64 %2562, ptr %2563, align 8, !dbg !279, !tbaa !165
  %2564 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 0, !dbg !280
  %2565 = load i64, ptr %2564, align 16, !dbg !280, !tbaa !165
  %2566 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 1, !dbg !281
  %2567 = load i64, ptr %2566, align 8, !dbg !281, !tbaa !165
  %2568 = xor i64 %2565, %2567, !dbg !282
  %2569 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 2, !dbg !283
  %2570 = load i64, ptr %2569, align 16, !dbg !283, !tbaa !165
  %2571 = xor i64 %2568, %2570, !dbg !284
  %2572 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 3, !dbg !285
  %2573 = load i64, ptr %2572, align 8, !dbg !285, !tbaa !165
  %2574 = xor i64 %2571, %2573, !dbg !286
  %2575 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 4, !dbg !287
  %2576 = load i64, ptr %2575, align 16, !dbg !287, !tbaa !165
  %2577 = xor i64 %2574, %2576, !dbg !288
  %2578 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 5, !dbg !289
  %2579 = load i64, ptr %2578, align 8, !dbg !289, !tbaa !165
  %2580 = xor i64 %2577, %2579, !dbg !290
  %2581 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 6, !dbg !291
  %2582 = load i64, ptr %2581, align 16, !dbg !291, !tbaa !165
  %2583 = xor i64 %2580, %2582, !dbg !292
  %2584 = getelementptr inbounds [8 x i64], ptr %3, i64 0, i64 7, !dbg !293
  %2585 = load i64, ptr %2584, align 8, !dbg !293, !tbaa !165
  %2586 = xor i64 %2583, %2585, !dbg !294
  call void @llvm.lifetime.end.p0(i64 64, ptr %3) #8, !dbg !295
  ret i64 %2586, !dbg !296
}

declare !dbg !297 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #6

; Function Attrs: nounwind
declare !dbg !302 i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind willreturn }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!49, !50, !51, !52, !53, !54}
!llvm.ident = !{!55}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 53, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "big-handler.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "7ae3f9c78ce6df1cf25640bd04f0fd33")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 20)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "trace_buf", scope: !9, file: !2, line: 19, type: !46, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !24, globals: !45, splitDebugInlining: false, nameTableKind: None)
!10 = !{!11}
!11 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !12, line: 24, baseType: !13, size: 32, elements: !14)
!12 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!13 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23}
!15 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!16 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!17 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!18 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!19 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!20 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!21 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!22 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!23 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!24 = !{!25, !31, !43, !44}
!25 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !26, line: 30, baseType: !27)
!26 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !28, line: 26, baseType: !29)
!28 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !30, line: 42, baseType: !13)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!32 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !33, line: 183, size: 128, elements: !34)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!34 = !{!35, !39}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !32, file: !33, line: 185, baseType: !36, size: 16)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !37, line: 28, baseType: !38)
!37 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!38 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !32, file: !33, line: 186, baseType: !40, size: 112, offset: 16)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 14)
!43 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !30, line: 40, baseType: !38)
!45 = !{!0, !7}
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 256)
!49 = !{i32 7, !"Dwarf Version", i32 5}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{i32 8, !"PIC Level", i32 2}
!53 = !{i32 7, !"PIE Level", i32 2}
!54 = !{i32 7, !"uwtable", i32 2}
!55 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!56 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 34, type: !57, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !59)
!57 = !DISubroutineType(types: !58)
!58 = !{!43}
!59 = !{!60, !61, !77, !85, !92, !93, !96, !101}
!60 = !DILocalVariable(name: "fd", scope: !56, file: !2, line: 35, type: !43)
!61 = !DILocalVariable(name: "addr", scope: !56, file: !2, line: 36, type: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !26, line: 245, size: 128, elements: !63)
!63 = !{!64, !65, !68, !72}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !62, file: !26, line: 247, baseType: !36, size: 16)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !62, file: !26, line: 248, baseType: !66, size: 16, offset: 16)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !26, line: 123, baseType: !67)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !28, line: 25, baseType: !44)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !62, file: !26, line: 249, baseType: !69, size: 32, offset: 32)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !26, line: 31, size: 32, elements: !70)
!70 = !{!71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !69, file: !26, line: 33, baseType: !25, size: 32)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !62, file: !26, line: 252, baseType: !73, size: 64, offset: 64)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !74, size: 64, elements: !75)
!74 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!75 = !{!76}
!76 = !DISubrange(count: 8)
!77 = !DILocalVariable(name: "pfd", scope: !56, file: !2, line: 43, type: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !79, line: 36, size: 64, elements: !80)
!79 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!80 = !{!81, !82, !84}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !78, file: !79, line: 38, baseType: !43, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !78, file: !79, line: 39, baseType: !83, size: 16, offset: 32)
!83 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !78, file: !79, line: 40, baseType: !83, size: 16, offset: 48)
!85 = !DILocalVariable(name: "buf", scope: !86, file: !2, line: 47, type: !89)
!86 = distinct !DILexicalBlock(scope: !87, file: !2, line: 44, column: 12)
!87 = distinct !DILexicalBlock(scope: !88, file: !2, line: 44, column: 3)
!88 = distinct !DILexicalBlock(scope: !56, file: !2, line: 44, column: 3)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !74, size: 4096, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 512)
!92 = !DILocalVariable(name: "src", scope: !86, file: !2, line: 48, type: !62)
!93 = !DILocalVariable(name: "len", scope: !86, file: !2, line: 49, type: !94)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !33, line: 33, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !30, line: 210, baseType: !13)
!96 = !DILocalVariable(name: "n", scope: !86, file: !2, line: 50, type: !97)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !98, line: 108, baseType: !99)
!98 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !30, line: 194, baseType: !100)
!100 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!101 = !DILocalVariable(name: "d", scope: !86, file: !2, line: 56, type: !102)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !28, line: 27, baseType: !103)
!103 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !30, line: 45, baseType: !104)
!104 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!105 = !DILocation(line: 35, column: 3, scope: !56)
!106 = !DILocation(line: 35, column: 7, scope: !56)
!107 = !DILocation(line: 35, column: 12, scope: !56)
!108 = !{!109, !109, i64 0}
!109 = !{!"int", !110, i64 0}
!110 = !{!"omnipotent char", !111, i64 0}
!111 = !{!"Simple C/C++ TBAA"}
!112 = !DILocation(line: 36, column: 3, scope: !56)
!113 = !DILocation(line: 36, column: 22, scope: !56)
!114 = !DILocation(line: 37, column: 3, scope: !56)
!115 = !DILocation(line: 38, column: 8, scope: !56)
!116 = !DILocation(line: 38, column: 19, scope: !56)
!117 = !{!118, !119, i64 0}
!118 = !{!"sockaddr_in", !119, i64 0, !119, i64 2, !120, i64 4, !110, i64 8}
!119 = !{!"short", !110, i64 0}
!120 = !{!"in_addr", !109, i64 0}
!121 = !DILocation(line: 39, column: 19, scope: !56)
!122 = !DILocation(line: 39, column: 8, scope: !56)
!123 = !DILocation(line: 39, column: 17, scope: !56)
!124 = !{!118, !119, i64 2}
!125 = !DILocation(line: 40, column: 26, scope: !56)
!126 = !DILocation(line: 40, column: 8, scope: !56)
!127 = !DILocation(line: 40, column: 17, scope: !56)
!128 = !DILocation(line: 40, column: 24, scope: !56)
!129 = !{!118, !109, i64 4}
!130 = !DILocation(line: 41, column: 12, scope: !131)
!131 = distinct !DILexicalBlock(scope: !56, file: !2, line: 41, column: 7)
!132 = !DILocation(line: 41, column: 7, scope: !131)
!133 = !DILocation(line: 41, column: 56, scope: !131)
!134 = !DILocation(line: 41, column: 7, scope: !56)
!135 = !DILocation(line: 42, column: 5, scope: !131)
!136 = !DILocation(line: 59, column: 1, scope: !56)
!137 = !DILocation(line: 43, column: 3, scope: !56)
!138 = !DILocation(line: 43, column: 17, scope: !56)
!139 = !DILocation(line: 43, column: 23, scope: !56)
!140 = !DILocation(line: 43, column: 30, scope: !56)
!141 = !{!142, !109, i64 0}
!142 = !{!"pollfd", !109, i64 0, !119, i64 4, !119, i64 6}
!143 = !{!142, !119, i64 4}
!144 = !{!142, !119, i64 6}
!145 = !DILocation(line: 44, column: 3, scope: !56)
!146 = !DILocation(line: 45, column: 9, scope: !147)
!147 = distinct !DILexicalBlock(scope: !86, file: !2, line: 45, column: 9)
!148 = !DILocation(line: 45, column: 27, scope: !147)
!149 = !DILocation(line: 45, column: 9, scope: !86)
!150 = !DILocation(line: 46, column: 7, scope: !147)
!151 = distinct !{!151, !152, !153}
!152 = !DILocation(line: 44, column: 3, scope: !88)
!153 = !DILocation(line: 58, column: 3, scope: !88)
!154 = !DILocation(line: 47, column: 5, scope: !86)
!155 = !DILocation(line: 47, column: 19, scope: !86)
!156 = !DILocation(line: 48, column: 5, scope: !86)
!157 = !DILocation(line: 48, column: 24, scope: !86)
!158 = !DILocation(line: 49, column: 5, scope: !86)
!159 = !DILocation(line: 49, column: 15, scope: !86)
!160 = !DILocation(line: 50, column: 5, scope: !86)
!161 = !DILocation(line: 50, column: 13, scope: !86)
!162 = !DILocation(line: 50, column: 26, scope: !86)
!163 = !DILocation(line: 50, column: 30, scope: !86)
!164 = !DILocation(line: 50, column: 17, scope: !86)
!165 = !{!166, !166, i64 0}
!166 = !{!"long", !110, i64 0}
!167 = !DILocation(line: 52, column: 9, scope: !168)
!168 = distinct !DILexicalBlock(scope: !86, file: !2, line: 52, column: 9)
!169 = !{!110, !110, i64 0}
!170 = !DILocation(line: 52, column: 16, scope: !168)
!171 = !DILocation(line: 52, column: 9, scope: !86)
!172 = !DILocation(line: 53, column: 41, scope: !168)
!173 = !DILocation(line: 53, column: 36, scope: !168)
!174 = !DILocation(line: 53, column: 7, scope: !168)
!175 = !DILocation(line: 54, column: 9, scope: !176)
!176 = distinct !DILexicalBlock(scope: !86, file: !2, line: 54, column: 9)
!177 = !DILocation(line: 54, column: 11, scope: !176)
!178 = !DILocation(line: 54, column: 9, scope: !86)
!179 = !DILocation(line: 55, column: 7, scope: !176)
!180 = !DILocation(line: 56, column: 5, scope: !86)
!181 = !DILocation(line: 56, column: 14, scope: !86)
!182 = !DILocation(line: 56, column: 25, scope: !86)
!183 = !DILocation(line: 56, column: 18, scope: !86)
!184 = !DILocation(line: 57, column: 12, scope: !86)
!185 = !DILocation(line: 57, column: 59, scope: !86)
!186 = !DILocation(line: 57, column: 5, scope: !86)
!187 = !DILocation(line: 58, column: 3, scope: !87)
!188 = !DILocation(line: 44, column: 3, scope: !87)
!189 = !DISubprogram(name: "socket", scope: !190, file: !190, line: 102, type: !191, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!190 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!191 = !DISubroutineType(types: !192)
!192 = !{!43, !43, !43, !43}
!193 = distinct !DISubprogram(name: "__bswap_16", scope: !194, file: !194, line: 34, type: !195, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !197)
!194 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!195 = !DISubroutineType(types: !196)
!196 = !{!44, !44}
!197 = !{!198}
!198 = !DILocalVariable(name: "__bsx", arg: 1, scope: !193, file: !194, line: 34, type: !44)
!199 = !{!119, !119, i64 0}
!200 = !DILocation(line: 34, column: 24, scope: !193)
!201 = !DILocation(line: 39, column: 10, scope: !193)
!202 = !DILocation(line: 39, column: 3, scope: !193)
!203 = distinct !DISubprogram(name: "__bswap_32", scope: !194, file: !194, line: 49, type: !204, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !206)
!204 = !DISubroutineType(types: !205)
!205 = !{!29, !29}
!206 = !{!207}
!207 = !DILocalVariable(name: "__bsx", arg: 1, scope: !203, file: !194, line: 49, type: !29)
!208 = !DILocation(line: 49, column: 24, scope: !203)
!209 = !DILocation(line: 54, column: 10, scope: !203)
!210 = !DILocation(line: 54, column: 3, scope: !203)
!211 = !DISubprogram(name: "bind", scope: !190, file: !190, line: 112, type: !212, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!212 = !DISubroutineType(types: !213)
!213 = !{!43, !43, !214, !94}
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !215, size: 64)
!215 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !32)
!216 = !DISubprogram(name: "poll", scope: !79, file: !79, line: 54, type: !217, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!217 = !DISubroutineType(types: !218)
!218 = !{!43, !219, !220, !43}
!219 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!220 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !79, line: 33, baseType: !104)
!221 = !DISubprogram(name: "recvfrom", scope: !190, file: !190, line: 163, type: !222, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DISubroutineType(types: !223)
!223 = !{!97, !43, !224, !226, !43, !228, !229}
!224 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !225)
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!226 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !227, line: 18, baseType: !104)
!227 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!228 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !31)
!229 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !230)
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!231 = distinct !DISubprogram(name: "trace", scope: !2, file: !2, line: 21, type: !232, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !236)
!232 = !DISubroutineType(types: !233)
!233 = !{null, !234, null}
!234 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !235, size: 64)
!235 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!236 = !{!237, !238}
!237 = !DILocalVariable(name: "fmt", arg: 1, scope: !231, file: !2, line: 21, type: !234)
!238 = !DILocalVariable(name: "ap", scope: !231, file: !2, line: 22, type: !239)
!239 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !240, line: 52, baseType: !241)
!240 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!241 = !DIDerivedType(tag: DW_TAG_typedef, name: "__gnuc_va_list", file: !242, line: 12, baseType: !243)
!242 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg___gnuc_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "edb3f2eab991638e4dc94f6e55e3530f")
!243 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !2, baseType: !244)
!244 = !DICompositeType(tag: DW_TAG_array_type, baseType: !245, size: 192, elements: !251)
!245 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !246)
!246 = !{!247, !248, !249, !250}
!247 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !245, file: !2, line: 22, baseType: !13, size: 32)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !245, file: !2, line: 22, baseType: !13, size: 32, offset: 32)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !245, file: !2, line: 22, baseType: !225, size: 64, offset: 64)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !245, file: !2, line: 22, baseType: !225, size: 64, offset: 128)
!251 = !{!252}
!252 = !DISubrange(count: 1)
!253 = !{!254, !254, i64 0}
!254 = !{!"any pointer", !110, i64 0}
!255 = !DILocation(line: 21, column: 31, scope: !231)
!256 = !DILocation(line: 22, column: 3, scope: !231)
!257 = !DILocation(line: 22, column: 11, scope: !231)
!258 = !DILocation(line: 23, column: 3, scope: !231)
!259 = !DILocation(line: 24, column: 43, scope: !231)
!260 = !DILocation(line: 24, column: 48, scope: !231)
!261 = !DILocation(line: 24, column: 3, scope: !231)
!262 = !DILocation(line: 25, column: 3, scope: !231)
!263 = !DILocation(line: 26, column: 1, scope: !231)
!264 = distinct !DISubprogram(name: "digest", scope: !2, file: !2, line: 28, type: !265, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !269)
!265 = !DISubroutineType(types: !266)
!266 = !{!102, !267}
!267 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !268, size: 64)
!268 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !74)
!269 = !{!270, !271}
!270 = !DILocalVariable(name: "p", arg: 1, scope: !264, file: !2, line: 28, type: !267)
!271 = !DILocalVariable(name: "s", scope: !264, file: !2, line: 29, type: !272)
!272 = !DICompositeType(tag: DW_TAG_array_type, baseType: !102, size: 512, elements: !75)
!273 = !DILocation(line: 28, column: 45, scope: !264)
!274 = !DILocation(line: 29, column: 3, scope: !264)
!275 = !DILocation(line: 29, column: 12, scope: !264)
!276 = !DILocation(line: 30, column: 3, scope: !264)
!277 = !DILocation(line: 30, column: 12, scope: !264)
!278 = !DILocation(line: 30, column: 22, scope: !264)
!279 = !DILocation(line: 30, column: 33, scope: !264)
!280 = !DILocation(line: 31, column: 10, scope: !264)
!281 = !DILocation(line: 31, column: 17, scope: !264)
!282 = !DILocation(line: 31, column: 15, scope: !264)
!283 = !DILocation(line: 31, column: 24, scope: !264)
!284 = !DILocation(line: 31, column: 22, scope: !264)
!285 = !DILocation(line: 31, column: 31, scope: !264)
!286 = !DILocation(line: 31, column: 29, scope: !264)
!287 = !DILocation(line: 31, column: 38, scope: !264)
!288 = !DILocation(line: 31, column: 36, scope: !264)
!289 = !DILocation(line: 31, column: 45, scope: !264)
!290 = !DILocation(line: 31, column: 43, scope: !264)
!291 = !DILocation(line: 31, column: 52, scope: !264)
!292 = !DILocation(line: 31, column: 50, scope: !264)
!293 = !DILocation(line: 31, column: 59, scope: !264)
!294 = !DILocation(line: 31, column: 57, scope: !264)
!295 = !DILocation(line: 32, column: 1, scope: !264)
!296 = !DILocation(line: 31, column: 3, scope: !264)
!297 = !DISubprogram(name: "sendto", scope: !190, file: !190, line: 152, type: !298, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!298 = !DISubroutineType(types: !299)
!299 = !{!97, !43, !300, !226, !43, !214, !94}
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !301, size: 64)
!301 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!302 = !DISubprogram(name: "vsnprintf", scope: !240, file: !240, line: 382, type: !303, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!303 = !DISubroutineType(types: !304)
!304 = !{!43, !305, !226, !307, !308}
!305 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !306)
!306 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!307 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !234)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !245, size: 64)
