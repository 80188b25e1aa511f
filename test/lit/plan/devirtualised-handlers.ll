; handler-table.c dispatches through a constant table of three handlers
; (line 59), and each handler sends its own reply. The call through the
; table becomes a switch over direct calls, so the handlers are inlined and
; their replies are on the request path: ping (line 17) replies from the
; kernel ("pong", a string literal); echo (line 22) replies from inside
; the request (req + 1), which the generator does not produce (a
; NotGenerated blocker: it falls back at the dispatch); motd opens a file
; (line 28) and falls back at the dispatch. An index outside the table is undefined behaviour, not a way
; out of the event loop. Fallback points are listed in the region's
; reverse post-order (stable from run to run), which visits echo's block
; before ping's.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload plan for 'handler-table.c'
; CHECK:       arrival: handler-table.c:53
; CHECK:       reply: handler-table.c:17
; CHECK:       decision: offload:
; CHECK-NEXT:  blocked: BlockingIO fopen at handler-table.c:28 (
; CHECK-NEXT:  blocked: BlockingIO fread at handler-table.c:29 (
; CHECK-NEXT:  blocked: BlockingIO fclose at handler-table.c:31 (
; CHECK-NEXT:  blocked: NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at handler-table.c:22 (
; CHECK-NEXT:  fallback: handler-table.c:59 -> NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at handler-table.c:22 (
; CHECK-NEXT:  fallback: handler-table.c:59 -> BlockingIO fopen at handler-table.c:28 (
; CHECK-NEXT:  fallback point: reply at handler-table.c:17 (
; CHECK-NEXT:  kernel-form: call through handlers at handler-table.c:59: devirtualised through a constant table
; CHECK-NEXT:  summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/handler-table.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - handler-table.c

; ModuleID = 'handler-table.c'
source_filename = "handler-table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@handlers = internal constant [3 x ptr] [ptr @do_ping, ptr @do_echo, ptr @do_motd], align 16, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"pong\00", align 1, !dbg !46
@.str.1 = private unnamed_addr constant [10 x i8] c"/etc/motd\00", align 1, !dbg !51
@.str.2 = private unnamed_addr constant [2 x i8] c"r\00", align 1, !dbg !56

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !97 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [512 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !126
    #dbg_declare(ptr %2, !101, !DIExpression(), !127)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !128
  store i32 %11, ptr %2, align 4, !dbg !127, !tbaa !129
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !133
    #dbg_declare(ptr %3, !102, !DIExpression(), !134)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !135
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !136
  store i16 2, ptr %12, align 4, !dbg !137, !tbaa !138
  %13 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7500), !dbg !142
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !143
  store i16 %13, ptr %14, align 2, !dbg !144, !tbaa !145
  %15 = call i32 @__bswap_32(i32 noundef 0), !dbg !146
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !147
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !148
  store i32 %15, ptr %17, align 4, !dbg !149, !tbaa !150
  %18 = load i32, ptr %2, align 4, !dbg !151, !tbaa !129
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #6, !dbg !153
  %20 = icmp slt i32 %19, 0, !dbg !154
  br i1 %20, label %21, label %23, !dbg !155

21:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !156
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !157
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !157
  %22 = load i32, ptr %1, align 4, !dbg !157
  ret i32 %22, !dbg !157

23:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #6, !dbg !158
    #dbg_declare(ptr %5, !103, !DIExpression(), !159)
  %24 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !160
  %25 = load i32, ptr %2, align 4, !dbg !161, !tbaa !129
  store i32 %25, ptr %24, align 4, !dbg !160, !tbaa !162
  %26 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !160
  store i16 1, ptr %26, align 4, !dbg !160, !tbaa !164
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !160
  store i16 0, ptr %27, align 2, !dbg !160, !tbaa !165
  call void @llvm.lifetime.start.p0(i64 512, ptr %6) #6, !dbg !166
    #dbg_declare(ptr %6, !111, !DIExpression(), !167)
  br label %28, !dbg !168

28:                                               ; preds = %59, %57, %31, %23
  %29 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !169
  %30 = icmp sle i32 %29, 0, !dbg !171
  br i1 %30, label %31, label %32, !dbg !172

31:                                               ; preds = %28
  br label %28, !dbg !173, !llvm.loop !174

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #6, !dbg !177
    #dbg_declare(ptr %7, !115, !DIExpression(), !178)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #6, !dbg !179
    #dbg_declare(ptr %8, !119, !DIExpression(), !180)
  store i32 16, ptr %8, align 4, !dbg !180, !tbaa !129
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #6, !dbg !181
    #dbg_declare(ptr %9, !120, !DIExpression(), !182)
  %33 = load i32, ptr %2, align 4, !dbg !183, !tbaa !129
  %34 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !184
  %35 = call i64 @recvfrom(i32 noundef %33, ptr noundef %34, i64 noundef 512, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !185
  store i64 %35, ptr %9, align 8, !dbg !182, !tbaa !186
  %36 = load i64, ptr %9, align 8, !dbg !188, !tbaa !186
  %37 = icmp slt i64 %36, 1, !dbg !190
  br i1 %37, label %38, label %39, !dbg !191

38:                                               ; preds = %32
  store i32 3, ptr %4, align 4
  br label %57, !dbg !192, !llvm.loop !174

39:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6, !dbg !193
    #dbg_declare(ptr %10, !125, !DIExpression(), !194)
  %40 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !195
  %41 = load i8, ptr %40, align 16, !dbg !195, !tbaa !196
  %42 = zext i8 %41 to i32, !dbg !197
  %43 = sub nsw i32 %42, 48, !dbg !198
  store i32 %43, ptr %10, align 4, !dbg !194, !tbaa !129
  %44 = load i32, ptr %10, align 4, !dbg !199, !tbaa !129
  %45 = zext i32 %44 to i64, !dbg !199
  %46 = icmp ult i64 %45, 3, !dbg !201
  br i1 %46, label %47, label %56, !dbg !202

47:                                               ; preds = %39
  %48 = load i32, ptr %10, align 4, !dbg !203, !tbaa !129
  %49 = zext i32 %48 to i64, !dbg !204
  %50 = getelementptr inbounds [3 x ptr], ptr @handlers, i64 0, i64 %49, !dbg !204
  %51 = load ptr, ptr %50, align 8, !dbg !204, !tbaa !205
  %52 = load i32, ptr %2, align 4, !dbg !207, !tbaa !129
  %53 = getelementptr inbounds [512 x i8], ptr %6, i64 0, i64 0, !dbg !208
  %54 = load i64, ptr %9, align 8, !dbg !209, !tbaa !186
  %55 = load i32, ptr %8, align 4, !dbg !210, !tbaa !129
  call void %51(i32 noundef %52, ptr noundef %53, i64 noundef %54, ptr noundef %7, i32 noundef %55), !dbg !204
  br label %56, !dbg !204

56:                                               ; preds = %47, %39
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6, !dbg !211
  store i32 0, ptr %4, align 4, !dbg !211
  br label %57, !dbg !211

57:                                               ; preds = %56, %38
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #6, !dbg !211
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #6, !dbg !211
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #6, !dbg !211
  %58 = load i32, ptr %4, align 4
  switch i32 %58, label %60 [
    i32 0, label %59
    i32 3, label %28
  ]

59:                                               ; preds = %57
  br label %28, !dbg !212, !llvm.loop !174

60:                                               ; preds = %57
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !213 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !217 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !223
    #dbg_declare(ptr %2, !222, !DIExpression(), !224)
  %3 = load i16, ptr %2, align 2, !dbg !225, !tbaa !223
  %4 = zext i16 %3 to i32, !dbg !225
  %5 = ashr i32 %4, 8, !dbg !225
  %6 = and i32 %5, 255, !dbg !225
  %7 = load i16, ptr %2, align 2, !dbg !225, !tbaa !223
  %8 = zext i16 %7 to i32, !dbg !225
  %9 = and i32 %8, 255, !dbg !225
  %10 = shl i32 %9, 8, !dbg !225
  %11 = or i32 %6, %10, !dbg !225
  %12 = trunc i32 %11 to i16, !dbg !225
  ret i16 %12, !dbg !226
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !227 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !129
    #dbg_declare(ptr %2, !231, !DIExpression(), !232)
  %3 = load i32, ptr %2, align 4, !dbg !233, !tbaa !129
  %4 = and i32 %3, -16777216, !dbg !233
  %5 = lshr i32 %4, 24, !dbg !233
  %6 = load i32, ptr %2, align 4, !dbg !233, !tbaa !129
  %7 = and i32 %6, 16711680, !dbg !233
  %8 = lshr i32 %7, 8, !dbg !233
  %9 = or i32 %5, %8, !dbg !233
  %10 = load i32, ptr %2, align 4, !dbg !233, !tbaa !129
  %11 = and i32 %10, 65280, !dbg !233
  %12 = shl i32 %11, 8, !dbg !233
  %13 = or i32 %9, %12, !dbg !233
  %14 = load i32, ptr %2, align 4, !dbg !233, !tbaa !129
  %15 = and i32 %14, 255, !dbg !233
  %16 = shl i32 %15, 24, !dbg !233
  %17 = or i32 %13, %16, !dbg !233
  ret i32 %17, !dbg !234
}

; Function Attrs: nounwind
declare !dbg !235 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !238 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !243 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define internal void @do_ping(i32 noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, i32 noundef %4) #0 !dbg !251 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !129
    #dbg_declare(ptr %6, !253, !DIExpression(), !258)
  store ptr %1, ptr %7, align 8, !tbaa !205
    #dbg_declare(ptr %7, !254, !DIExpression(), !259)
  store i64 %2, ptr %8, align 8, !tbaa !186
    #dbg_declare(ptr %8, !255, !DIExpression(), !260)
  store ptr %3, ptr %9, align 8, !tbaa !205
    #dbg_declare(ptr %9, !256, !DIExpression(), !261)
  store i32 %4, ptr %10, align 4, !tbaa !129
    #dbg_declare(ptr %10, !257, !DIExpression(), !262)
  %11 = load i32, ptr %6, align 4, !dbg !263, !tbaa !129
  %12 = load ptr, ptr %9, align 8, !dbg !264, !tbaa !205
  %13 = load i32, ptr %10, align 4, !dbg !265, !tbaa !129
  %14 = call i64 @sendto(i32 noundef %11, ptr noundef @.str, i64 noundef 4, i32 noundef 0, ptr noundef %12, i32 noundef %13), !dbg !266
  ret void, !dbg !267
}

; Function Attrs: nounwind uwtable
define internal void @do_echo(i32 noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, i32 noundef %4) #0 !dbg !268 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !129
    #dbg_declare(ptr %6, !270, !DIExpression(), !275)
  store ptr %1, ptr %7, align 8, !tbaa !205
    #dbg_declare(ptr %7, !271, !DIExpression(), !276)
  store i64 %2, ptr %8, align 8, !tbaa !186
    #dbg_declare(ptr %8, !272, !DIExpression(), !277)
  store ptr %3, ptr %9, align 8, !tbaa !205
    #dbg_declare(ptr %9, !273, !DIExpression(), !278)
  store i32 %4, ptr %10, align 4, !tbaa !129
    #dbg_declare(ptr %10, !274, !DIExpression(), !279)
  %11 = load i32, ptr %6, align 4, !dbg !280, !tbaa !129
  %12 = load ptr, ptr %7, align 8, !dbg !281, !tbaa !205
  %13 = getelementptr inbounds i8, ptr %12, i64 1, !dbg !282
  %14 = load i64, ptr %8, align 8, !dbg !283, !tbaa !186
  %15 = sub i64 %14, 1, !dbg !284
  %16 = load ptr, ptr %9, align 8, !dbg !285, !tbaa !205
  %17 = load i32, ptr %10, align 4, !dbg !286, !tbaa !129
  %18 = call i64 @sendto(i32 noundef %11, ptr noundef %13, i64 noundef %15, i32 noundef 0, ptr noundef %16, i32 noundef %17), !dbg !287
  ret void, !dbg !288
}

; Function Attrs: nounwind uwtable
define internal void @do_motd(i32 noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, i32 noundef %4) #0 !dbg !289 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca [256 x i8], align 16
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  store i32 %0, ptr %6, align 4, !tbaa !129
    #dbg_declare(ptr %6, !291, !DIExpression(), !356)
  store ptr %1, ptr %7, align 8, !tbaa !205
    #dbg_declare(ptr %7, !292, !DIExpression(), !357)
  store i64 %2, ptr %8, align 8, !tbaa !186
    #dbg_declare(ptr %8, !293, !DIExpression(), !358)
  store ptr %3, ptr %9, align 8, !tbaa !205
    #dbg_declare(ptr %9, !294, !DIExpression(), !359)
  store i32 %4, ptr %10, align 4, !tbaa !129
    #dbg_declare(ptr %10, !295, !DIExpression(), !360)
  call void @llvm.lifetime.start.p0(i64 256, ptr %11) #6, !dbg !361
    #dbg_declare(ptr %11, !296, !DIExpression(), !362)
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #6, !dbg !363
    #dbg_declare(ptr %12, !300, !DIExpression(), !364)
  %14 = call noalias ptr @fopen(ptr noundef @.str.1, ptr noundef @.str.2), !dbg !365
  store ptr %14, ptr %12, align 8, !dbg !364, !tbaa !205
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6, !dbg !366
    #dbg_declare(ptr %13, !355, !DIExpression(), !367)
  %15 = load ptr, ptr %12, align 8, !dbg !368, !tbaa !205
  %16 = icmp ne ptr %15, null, !dbg !368
  br i1 %16, label %17, label %21, !dbg !368

17:                                               ; preds = %5
  %18 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0, !dbg !369
  %19 = load ptr, ptr %12, align 8, !dbg !370, !tbaa !205
  %20 = call i64 @fread(ptr noundef %18, i64 noundef 1, i64 noundef 256, ptr noundef %19), !dbg !371
  br label %22, !dbg !368

21:                                               ; preds = %5
  br label %22, !dbg !368

22:                                               ; preds = %21, %17
  %23 = phi i64 [ %20, %17 ], [ 0, %21 ], !dbg !368
  store i64 %23, ptr %13, align 8, !dbg !367, !tbaa !186
  %24 = load ptr, ptr %12, align 8, !dbg !372, !tbaa !205
  %25 = icmp ne ptr %24, null, !dbg !372
  br i1 %25, label %26, label %29, !dbg !374

26:                                               ; preds = %22
  %27 = load ptr, ptr %12, align 8, !dbg !375, !tbaa !205
  %28 = call i32 @fclose(ptr noundef %27), !dbg !376
  br label %29, !dbg !376

29:                                               ; preds = %26, %22
  %30 = load i32, ptr %6, align 4, !dbg !377, !tbaa !129
  %31 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0, !dbg !378
  %32 = load i64, ptr %13, align 8, !dbg !379, !tbaa !186
  %33 = load ptr, ptr %9, align 8, !dbg !380, !tbaa !205
  %34 = load i32, ptr %10, align 4, !dbg !381, !tbaa !129
  %35 = call i64 @sendto(i32 noundef %30, ptr noundef %31, i64 noundef %32, i32 noundef 0, ptr noundef %33, i32 noundef %34), !dbg !382
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6, !dbg !383
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #6, !dbg !383
  call void @llvm.lifetime.end.p0(i64 256, ptr %11) #6, !dbg !383
  ret void, !dbg !383
}

declare !dbg !384 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !389 noalias ptr @fopen(ptr noundef, ptr noundef) #5

declare !dbg !394 i64 @fread(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #5

declare !dbg !398 i32 @fclose(ptr noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!90, !91, !92, !93, !94, !95}
!llvm.ident = !{!96}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "handlers", scope: !2, file: !3, line: 35, type: !61, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !45, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "handler-table.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "244a0f52b16c9eaf46f115cd8e068a1a")
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
!18 = !{!19, !25, !38, !39, !42, !43}
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
!38 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !40, line: 18, baseType: !41)
!40 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!41 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!42 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!44 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!45 = !{!0, !46, !51, !56}
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(scope: null, file: !3, line: 17, type: !48, isLocal: true, isDefinition: true)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 40, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 5)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(scope: null, file: !3, line: 28, type: !53, isLocal: true, isDefinition: true)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 80, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 10)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(scope: null, file: !3, line: 28, type: !58, isLocal: true, isDefinition: true)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !59)
!59 = !{!60}
!60 = !DISubrange(count: 2)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 192, elements: !88)
!62 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !63)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "handler_fn", file: !3, line: 12, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64)
!65 = !DISubroutineType(types: !66)
!66 = !{null, !67, !68, !39, !70, !86}
!67 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!69 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !71, size: 64)
!71 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !72)
!72 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !73)
!73 = !{!74, !75, !78, !82}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !72, file: !20, line: 247, baseType: !30, size: 16)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !72, file: !20, line: 248, baseType: !76, size: 16, offset: 16)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !42)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !72, file: !20, line: 249, baseType: !79, size: 32, offset: 32)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !80)
!80 = !{!81}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !79, file: !20, line: 33, baseType: !19, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !72, file: !20, line: 252, baseType: !83, size: 64, offset: 64)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 64, elements: !84)
!84 = !{!85}
!85 = !DISubrange(count: 8)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!88 = !{!89}
!89 = !DISubrange(count: 3)
!90 = !{i32 7, !"Dwarf Version", i32 5}
!91 = !{i32 2, !"Debug Info Version", i32 3}
!92 = !{i32 1, !"wchar_size", i32 4}
!93 = !{i32 8, !"PIC Level", i32 2}
!94 = !{i32 7, !"PIE Level", i32 2}
!95 = !{i32 7, !"uwtable", i32 2}
!96 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!97 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 37, type: !98, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !100)
!98 = !DISubroutineType(types: !99)
!99 = !{!67}
!100 = !{!101, !102, !103, !111, !115, !119, !120, !125}
!101 = !DILocalVariable(name: "fd", scope: !97, file: !3, line: 38, type: !67)
!102 = !DILocalVariable(name: "addr", scope: !97, file: !3, line: 39, type: !72)
!103 = !DILocalVariable(name: "pfd", scope: !97, file: !3, line: 46, type: !104)
!104 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !105, line: 36, size: 64, elements: !106)
!105 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!106 = !{!107, !108, !110}
!107 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !104, file: !105, line: 38, baseType: !67, size: 32)
!108 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !104, file: !105, line: 39, baseType: !109, size: 16, offset: 32)
!109 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !104, file: !105, line: 40, baseType: !109, size: 16, offset: 48)
!111 = !DILocalVariable(name: "req", scope: !97, file: !3, line: 47, type: !112)
!112 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !113)
!113 = !{!114}
!114 = !DISubrange(count: 512)
!115 = !DILocalVariable(name: "from", scope: !116, file: !3, line: 51, type: !72)
!116 = distinct !DILexicalBlock(scope: !117, file: !3, line: 48, column: 12)
!117 = distinct !DILexicalBlock(scope: !118, file: !3, line: 48, column: 3)
!118 = distinct !DILexicalBlock(scope: !97, file: !3, line: 48, column: 3)
!119 = !DILocalVariable(name: "fl", scope: !116, file: !3, line: 52, type: !86)
!120 = !DILocalVariable(name: "n", scope: !116, file: !3, line: 53, type: !121)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !122, line: 108, baseType: !123)
!122 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !124)
!124 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!125 = !DILocalVariable(name: "op", scope: !116, file: !3, line: 57, type: !7)
!126 = !DILocation(line: 38, column: 3, scope: !97)
!127 = !DILocation(line: 38, column: 7, scope: !97)
!128 = !DILocation(line: 38, column: 12, scope: !97)
!129 = !{!130, !130, i64 0}
!130 = !{!"int", !131, i64 0}
!131 = !{!"omnipotent char", !132, i64 0}
!132 = !{!"Simple C/C++ TBAA"}
!133 = !DILocation(line: 39, column: 3, scope: !97)
!134 = !DILocation(line: 39, column: 22, scope: !97)
!135 = !DILocation(line: 40, column: 3, scope: !97)
!136 = !DILocation(line: 41, column: 8, scope: !97)
!137 = !DILocation(line: 41, column: 19, scope: !97)
!138 = !{!139, !140, i64 0}
!139 = !{!"sockaddr_in", !140, i64 0, !140, i64 2, !141, i64 4, !131, i64 8}
!140 = !{!"short", !131, i64 0}
!141 = !{!"in_addr", !130, i64 0}
!142 = !DILocation(line: 42, column: 19, scope: !97)
!143 = !DILocation(line: 42, column: 8, scope: !97)
!144 = !DILocation(line: 42, column: 17, scope: !97)
!145 = !{!139, !140, i64 2}
!146 = !DILocation(line: 43, column: 26, scope: !97)
!147 = !DILocation(line: 43, column: 8, scope: !97)
!148 = !DILocation(line: 43, column: 17, scope: !97)
!149 = !DILocation(line: 43, column: 24, scope: !97)
!150 = !{!139, !130, i64 4}
!151 = !DILocation(line: 44, column: 12, scope: !152)
!152 = distinct !DILexicalBlock(scope: !97, file: !3, line: 44, column: 7)
!153 = !DILocation(line: 44, column: 7, scope: !152)
!154 = !DILocation(line: 44, column: 56, scope: !152)
!155 = !DILocation(line: 44, column: 7, scope: !97)
!156 = !DILocation(line: 45, column: 5, scope: !152)
!157 = !DILocation(line: 61, column: 1, scope: !97)
!158 = !DILocation(line: 46, column: 3, scope: !97)
!159 = !DILocation(line: 46, column: 17, scope: !97)
!160 = !DILocation(line: 46, column: 23, scope: !97)
!161 = !DILocation(line: 46, column: 30, scope: !97)
!162 = !{!163, !130, i64 0}
!163 = !{!"pollfd", !130, i64 0, !140, i64 4, !140, i64 6}
!164 = !{!163, !140, i64 4}
!165 = !{!163, !140, i64 6}
!166 = !DILocation(line: 47, column: 3, scope: !97)
!167 = !DILocation(line: 47, column: 8, scope: !97)
!168 = !DILocation(line: 48, column: 3, scope: !97)
!169 = !DILocation(line: 49, column: 9, scope: !170)
!170 = distinct !DILexicalBlock(scope: !116, file: !3, line: 49, column: 9)
!171 = !DILocation(line: 49, column: 27, scope: !170)
!172 = !DILocation(line: 49, column: 9, scope: !116)
!173 = !DILocation(line: 50, column: 7, scope: !170)
!174 = distinct !{!174, !175, !176}
!175 = !DILocation(line: 48, column: 3, scope: !118)
!176 = !DILocation(line: 60, column: 3, scope: !118)
!177 = !DILocation(line: 51, column: 5, scope: !116)
!178 = !DILocation(line: 51, column: 24, scope: !116)
!179 = !DILocation(line: 52, column: 5, scope: !116)
!180 = !DILocation(line: 52, column: 15, scope: !116)
!181 = !DILocation(line: 53, column: 5, scope: !116)
!182 = !DILocation(line: 53, column: 13, scope: !116)
!183 = !DILocation(line: 53, column: 26, scope: !116)
!184 = !DILocation(line: 53, column: 30, scope: !116)
!185 = !DILocation(line: 53, column: 17, scope: !116)
!186 = !{!187, !187, i64 0}
!187 = !{!"long", !131, i64 0}
!188 = !DILocation(line: 55, column: 9, scope: !189)
!189 = distinct !DILexicalBlock(scope: !116, file: !3, line: 55, column: 9)
!190 = !DILocation(line: 55, column: 11, scope: !189)
!191 = !DILocation(line: 55, column: 9, scope: !116)
!192 = !DILocation(line: 56, column: 7, scope: !189)
!193 = !DILocation(line: 57, column: 5, scope: !116)
!194 = !DILocation(line: 57, column: 14, scope: !116)
!195 = !DILocation(line: 57, column: 34, scope: !116)
!196 = !{!131, !131, i64 0}
!197 = !DILocation(line: 57, column: 19, scope: !116)
!198 = !DILocation(line: 57, column: 41, scope: !116)
!199 = !DILocation(line: 58, column: 9, scope: !200)
!200 = distinct !DILexicalBlock(scope: !116, file: !3, line: 58, column: 9)
!201 = !DILocation(line: 58, column: 12, scope: !200)
!202 = !DILocation(line: 58, column: 9, scope: !116)
!203 = !DILocation(line: 59, column: 16, scope: !200)
!204 = !DILocation(line: 59, column: 7, scope: !200)
!205 = !{!206, !206, i64 0}
!206 = !{!"any pointer", !131, i64 0}
!207 = !DILocation(line: 59, column: 20, scope: !200)
!208 = !DILocation(line: 59, column: 24, scope: !200)
!209 = !DILocation(line: 59, column: 37, scope: !200)
!210 = !DILocation(line: 59, column: 47, scope: !200)
!211 = !DILocation(line: 60, column: 3, scope: !117)
!212 = !DILocation(line: 48, column: 3, scope: !117)
!213 = !DISubprogram(name: "socket", scope: !214, file: !214, line: 102, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!214 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!215 = !DISubroutineType(types: !216)
!216 = !{!67, !67, !67, !67}
!217 = distinct !DISubprogram(name: "__bswap_16", scope: !218, file: !218, line: 34, type: !219, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !221)
!218 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!219 = !DISubroutineType(types: !220)
!220 = !{!42, !42}
!221 = !{!222}
!222 = !DILocalVariable(name: "__bsx", arg: 1, scope: !217, file: !218, line: 34, type: !42)
!223 = !{!140, !140, i64 0}
!224 = !DILocation(line: 34, column: 24, scope: !217)
!225 = !DILocation(line: 39, column: 10, scope: !217)
!226 = !DILocation(line: 39, column: 3, scope: !217)
!227 = distinct !DISubprogram(name: "__bswap_32", scope: !218, file: !218, line: 49, type: !228, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !230)
!228 = !DISubroutineType(types: !229)
!229 = !{!23, !23}
!230 = !{!231}
!231 = !DILocalVariable(name: "__bsx", arg: 1, scope: !227, file: !218, line: 49, type: !23)
!232 = !DILocation(line: 49, column: 24, scope: !227)
!233 = !DILocation(line: 54, column: 10, scope: !227)
!234 = !DILocation(line: 54, column: 3, scope: !227)
!235 = !DISubprogram(name: "bind", scope: !214, file: !214, line: 112, type: !236, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!236 = !DISubroutineType(types: !237)
!237 = !{!67, !67, !43, !86}
!238 = !DISubprogram(name: "poll", scope: !105, file: !105, line: 54, type: !239, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!239 = !DISubroutineType(types: !240)
!240 = !{!67, !241, !242, !67}
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !104, size: 64)
!242 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !105, line: 33, baseType: !41)
!243 = !DISubprogram(name: "recvfrom", scope: !214, file: !214, line: 163, type: !244, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!244 = !DISubroutineType(types: !245)
!245 = !{!121, !67, !246, !39, !67, !248, !249}
!246 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !247)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!248 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!249 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !250)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!251 = distinct !DISubprogram(name: "do_ping", scope: !3, file: !3, line: 15, type: !65, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !252)
!252 = !{!253, !254, !255, !256, !257}
!253 = !DILocalVariable(name: "fd", arg: 1, scope: !251, file: !3, line: 15, type: !67)
!254 = !DILocalVariable(name: "req", arg: 2, scope: !251, file: !3, line: 15, type: !68)
!255 = !DILocalVariable(name: "len", arg: 3, scope: !251, file: !3, line: 15, type: !39)
!256 = !DILocalVariable(name: "to", arg: 4, scope: !251, file: !3, line: 16, type: !70)
!257 = !DILocalVariable(name: "tolen", arg: 5, scope: !251, file: !3, line: 16, type: !86)
!258 = !DILocation(line: 15, column: 25, scope: !251)
!259 = !DILocation(line: 15, column: 41, scope: !251)
!260 = !DILocation(line: 15, column: 53, scope: !251)
!261 = !DILocation(line: 16, column: 47, scope: !251)
!262 = !DILocation(line: 16, column: 61, scope: !251)
!263 = !DILocation(line: 17, column: 10, scope: !251)
!264 = !DILocation(line: 17, column: 53, scope: !251)
!265 = !DILocation(line: 17, column: 57, scope: !251)
!266 = !DILocation(line: 17, column: 3, scope: !251)
!267 = !DILocation(line: 18, column: 1, scope: !251)
!268 = distinct !DISubprogram(name: "do_echo", scope: !3, file: !3, line: 20, type: !65, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !269)
!269 = !{!270, !271, !272, !273, !274}
!270 = !DILocalVariable(name: "fd", arg: 1, scope: !268, file: !3, line: 20, type: !67)
!271 = !DILocalVariable(name: "req", arg: 2, scope: !268, file: !3, line: 20, type: !68)
!272 = !DILocalVariable(name: "len", arg: 3, scope: !268, file: !3, line: 20, type: !39)
!273 = !DILocalVariable(name: "to", arg: 4, scope: !268, file: !3, line: 21, type: !70)
!274 = !DILocalVariable(name: "tolen", arg: 5, scope: !268, file: !3, line: 21, type: !86)
!275 = !DILocation(line: 20, column: 25, scope: !268)
!276 = !DILocation(line: 20, column: 41, scope: !268)
!277 = !DILocation(line: 20, column: 53, scope: !268)
!278 = !DILocation(line: 21, column: 47, scope: !268)
!279 = !DILocation(line: 21, column: 61, scope: !268)
!280 = !DILocation(line: 22, column: 10, scope: !268)
!281 = !DILocation(line: 22, column: 14, scope: !268)
!282 = !DILocation(line: 22, column: 18, scope: !268)
!283 = !DILocation(line: 22, column: 23, scope: !268)
!284 = !DILocation(line: 22, column: 27, scope: !268)
!285 = !DILocation(line: 22, column: 60, scope: !268)
!286 = !DILocation(line: 22, column: 64, scope: !268)
!287 = !DILocation(line: 22, column: 3, scope: !268)
!288 = !DILocation(line: 23, column: 1, scope: !268)
!289 = distinct !DISubprogram(name: "do_motd", scope: !3, file: !3, line: 25, type: !65, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !290)
!290 = !{!291, !292, !293, !294, !295, !296, !300, !355}
!291 = !DILocalVariable(name: "fd", arg: 1, scope: !289, file: !3, line: 25, type: !67)
!292 = !DILocalVariable(name: "req", arg: 2, scope: !289, file: !3, line: 25, type: !68)
!293 = !DILocalVariable(name: "len", arg: 3, scope: !289, file: !3, line: 25, type: !39)
!294 = !DILocalVariable(name: "to", arg: 4, scope: !289, file: !3, line: 26, type: !70)
!295 = !DILocalVariable(name: "tolen", arg: 5, scope: !289, file: !3, line: 26, type: !86)
!296 = !DILocalVariable(name: "text", scope: !289, file: !3, line: 27, type: !297)
!297 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 2048, elements: !298)
!298 = !{!299}
!299 = !DISubrange(count: 256)
!300 = !DILocalVariable(name: "f", scope: !289, file: !3, line: 28, type: !301)
!301 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !302, size: 64)
!302 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !303, line: 7, baseType: !304)
!303 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!304 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !305, line: 49, size: 1728, elements: !306)
!305 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!306 = !{!307, !308, !310, !311, !312, !313, !314, !315, !316, !317, !318, !319, !320, !323, !325, !326, !327, !329, !330, !332, !336, !339, !341, !344, !347, !348, !349, !350, !351}
!307 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !304, file: !305, line: 51, baseType: !67, size: 32)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !304, file: !305, line: 54, baseType: !309, size: 64, offset: 64)
!309 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !304, file: !305, line: 55, baseType: !309, size: 64, offset: 128)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !304, file: !305, line: 56, baseType: !309, size: 64, offset: 192)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !304, file: !305, line: 57, baseType: !309, size: 64, offset: 256)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !304, file: !305, line: 58, baseType: !309, size: 64, offset: 320)
!314 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !304, file: !305, line: 59, baseType: !309, size: 64, offset: 384)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !304, file: !305, line: 60, baseType: !309, size: 64, offset: 448)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !304, file: !305, line: 61, baseType: !309, size: 64, offset: 512)
!317 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !304, file: !305, line: 64, baseType: !309, size: 64, offset: 576)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !304, file: !305, line: 65, baseType: !309, size: 64, offset: 640)
!319 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !304, file: !305, line: 66, baseType: !309, size: 64, offset: 704)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !304, file: !305, line: 68, baseType: !321, size: 64, offset: 768)
!321 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !322, size: 64)
!322 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !305, line: 36, flags: DIFlagFwdDecl)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !304, file: !305, line: 70, baseType: !324, size: 64, offset: 832)
!324 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !304, size: 64)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !304, file: !305, line: 72, baseType: !67, size: 32, offset: 896)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !304, file: !305, line: 73, baseType: !67, size: 32, offset: 928)
!327 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !304, file: !305, line: 74, baseType: !328, size: 64, offset: 960)
!328 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !24, line: 152, baseType: !124)
!329 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !304, file: !305, line: 77, baseType: !32, size: 16, offset: 1024)
!330 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !304, file: !305, line: 78, baseType: !331, size: 8, offset: 1040)
!331 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!332 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !304, file: !305, line: 79, baseType: !333, size: 8, offset: 1048)
!333 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 8, elements: !334)
!334 = !{!335}
!335 = !DISubrange(count: 1)
!336 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !304, file: !305, line: 81, baseType: !337, size: 64, offset: 1088)
!337 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !338, size: 64)
!338 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !305, line: 43, baseType: null)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !304, file: !305, line: 89, baseType: !340, size: 64, offset: 1152)
!340 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !24, line: 153, baseType: !124)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !304, file: !305, line: 91, baseType: !342, size: 64, offset: 1216)
!342 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !343, size: 64)
!343 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !305, line: 37, flags: DIFlagFwdDecl)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !304, file: !305, line: 92, baseType: !345, size: 64, offset: 1280)
!345 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !346, size: 64)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !305, line: 38, flags: DIFlagFwdDecl)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !304, file: !305, line: 93, baseType: !324, size: 64, offset: 1344)
!348 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !304, file: !305, line: 94, baseType: !247, size: 64, offset: 1408)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !304, file: !305, line: 95, baseType: !39, size: 64, offset: 1472)
!350 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !304, file: !305, line: 96, baseType: !67, size: 32, offset: 1536)
!351 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !304, file: !305, line: 98, baseType: !352, size: 160, offset: 1568)
!352 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !353)
!353 = !{!354}
!354 = !DISubrange(count: 20)
!355 = !DILocalVariable(name: "got", scope: !289, file: !3, line: 29, type: !39)
!356 = !DILocation(line: 25, column: 25, scope: !289)
!357 = !DILocation(line: 25, column: 41, scope: !289)
!358 = !DILocation(line: 25, column: 53, scope: !289)
!359 = !DILocation(line: 26, column: 47, scope: !289)
!360 = !DILocation(line: 26, column: 61, scope: !289)
!361 = !DILocation(line: 27, column: 3, scope: !289)
!362 = !DILocation(line: 27, column: 8, scope: !289)
!363 = !DILocation(line: 28, column: 3, scope: !289)
!364 = !DILocation(line: 28, column: 9, scope: !289)
!365 = !DILocation(line: 28, column: 13, scope: !289)
!366 = !DILocation(line: 29, column: 3, scope: !289)
!367 = !DILocation(line: 29, column: 10, scope: !289)
!368 = !DILocation(line: 29, column: 16, scope: !289)
!369 = !DILocation(line: 29, column: 26, scope: !289)
!370 = !DILocation(line: 29, column: 49, scope: !289)
!371 = !DILocation(line: 29, column: 20, scope: !289)
!372 = !DILocation(line: 30, column: 7, scope: !373)
!373 = distinct !DILexicalBlock(scope: !289, file: !3, line: 30, column: 7)
!374 = !DILocation(line: 30, column: 7, scope: !289)
!375 = !DILocation(line: 31, column: 12, scope: !373)
!376 = !DILocation(line: 31, column: 5, scope: !373)
!377 = !DILocation(line: 32, column: 10, scope: !289)
!378 = !DILocation(line: 32, column: 14, scope: !289)
!379 = !DILocation(line: 32, column: 20, scope: !289)
!380 = !DILocation(line: 32, column: 53, scope: !289)
!381 = !DILocation(line: 32, column: 57, scope: !289)
!382 = !DILocation(line: 32, column: 3, scope: !289)
!383 = !DILocation(line: 33, column: 1, scope: !289)
!384 = !DISubprogram(name: "sendto", scope: !214, file: !214, line: 152, type: !385, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!385 = !DISubroutineType(types: !386)
!386 = !{!121, !67, !387, !39, !67, !43, !86}
!387 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !388, size: 64)
!388 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!389 = !DISubprogram(name: "fopen", scope: !390, file: !390, line: 258, type: !391, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!390 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!391 = !DISubroutineType(types: !392)
!392 = !{!301, !393, !393}
!393 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !68)
!394 = !DISubprogram(name: "fread", scope: !390, file: !390, line: 675, type: !395, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!395 = !DISubroutineType(types: !396)
!396 = !{!41, !246, !39, !39, !397}
!397 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !301)
!398 = !DISubprogram(name: "fclose", scope: !390, file: !390, line: 178, type: !399, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!399 = !DISubroutineType(types: !400)
!400 = !{!67, !301}
