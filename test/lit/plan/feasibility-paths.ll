; Path-level feasibility: in path-blockers.c the first byte of a datagram
; picks a request path, and most paths break a rule the offload needs: two
; replies ('m', line 52), a reply on another socket ('a', line 55), a
; reply to a fixed address instead of the request's source ('o', line 58),
; a pointer stored in a global ('k', line 63), a loop with no exit ('h',
; line 72) and a value main computed before the receive ('c' uses the
; wakeup counter, line 75). The spin on a volatile flag ('w', line 67) has
; an exit but no bound: it is capped. The default echo (line 79) and 'w'
; (line 69) reply from the kernel.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | grep 'blocked:' | count 6
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
;
; CHECK-LABEL: koffload plan for 'path-blockers.c'
; CHECK-NEXT:  weights: static estimate
; CHECK-NEXT:  candidate #0: socket #0 udp port 5300, event loop #0, hook xdp
; CHECK:       arrival: path-blockers.c:45
; CHECK-DAG:   reply: path-blockers.c:69
; CHECK-DAG:   reply: path-blockers.c:79
; CHECK:       decision: offload:
; CHECK-DAG:   blocked: MultipleReplies sendto at path-blockers.c:52 (
; CHECK-DAG:   blocked: ReplyElsewhere send on another socket at path-blockers.c:55 (
; CHECK-DAG:   blocked: ReplyElsewhere sendto to an address other than the request's source at path-blockers.c:58 (
; CHECK-DAG:   blocked: PointerInSharedState last_peer at path-blockers.c:63 (
; CHECK-DAG:   blocked: UnboundedLoop at path-blockers.c:72 (
; CHECK-DAG:   blocked: PreArrivalState loop-carried local 'wakeups' at path-blockers.c:75 (
; CHECK-DAG:   fallback: path-blockers.c:49 -> MultipleReplies sendto at path-blockers.c:52 (
; CHECK-DAG:   fallback: path-blockers.c:49 -> UnboundedLoop at path-blockers.c:72 (
; CHECK-DAG:   fallback: path-blockers.c:49 -> PreArrivalState loop-carried local 'wakeups' at path-blockers.c:75 (
; CHECK-NOT:   LeavesEventLoop
; CHECK:       loop: path-blockers.c:67 capped at 1024 trips, overflow falls back
; Nobody in the program writes the volatile flag, but something outside
; the code may: it is not frozen into read-only data.
; CHECK:       shared: ready (4 B) kernel r- userspace -- startup -- {{.*}}: plain-word (volatile
; CHECK:       summary: 1 candidate, 1 offloaded
;
; REMARK-DAG: remark: path-blockers.c:52:7: MultipleReplies (sendto):
; REMARK-DAG: remark: path-blockers.c:55:7: ReplyElsewhere (send on another socket):
; REMARK-DAG: remark: path-blockers.c:58:7: ReplyElsewhere (sendto to an address other than the request's source):
; REMARK-DAG: remark: path-blockers.c:63:30: PointerInSharedState (last_peer):
; REMARK-DAG: remark: path-blockers.c:72:7: UnboundedLoop:
; REMARK-DAG: remark: path-blockers.c:75:16: PreArrivalState (loop-carried local 'wakeups'):
;
; MADE-FROM: Inputs/path-blockers.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - path-blockers.c

; ModuleID = 'path-blockers.c'
source_filename = "path-blockers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.peer = type { %struct.sockaddr_in, ptr }
%struct.pollfd = type { i32, i16, i16 }

@audit_fd = dso_local global i32 0, align 4, !dbg !0
@mirror_addr = dso_local global %struct.sockaddr_in zeroinitializer, align 4, !dbg !75
@.str = private unnamed_addr constant [4 x i8] c"ACK\00", align 1, !dbg !40
@last_peer = dso_local global %struct.peer zeroinitializer, align 8, !dbg !52
@.str.1 = private unnamed_addr constant [3 x i8] c"OK\00", align 1, !dbg !45
@ready = dso_local global i32 0, align 4, !dbg !77
@.str.2 = private unnamed_addr constant [3 x i8] c"GO\00", align 1, !dbg !50
@spins = dso_local global i64 0, align 8, !dbg !81

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !91 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca i32, align 4
  %7 = alloca [512 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !122
    #dbg_declare(ptr %2, !95, !DIExpression(), !123)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !124
  store i32 %11, ptr %2, align 4, !dbg !123, !tbaa !125
  %12 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !129
  store i32 %12, ptr @audit_fd, align 4, !dbg !130, !tbaa !125
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !131
    #dbg_declare(ptr %3, !96, !DIExpression(), !132)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !133
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !134
  store i16 2, ptr %13, align 4, !dbg !135, !tbaa !136
  %14 = call zeroext i16 @__bswap_16(i16 noundef zeroext 5300), !dbg !140
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !141
  store i16 %14, ptr %15, align 2, !dbg !142, !tbaa !143
  %16 = call i32 @__bswap_32(i32 noundef 0), !dbg !144
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !145
  %18 = getelementptr inbounds %struct.in_addr, ptr %17, i32 0, i32 0, !dbg !146
  store i32 %16, ptr %18, align 4, !dbg !147, !tbaa !148
  %19 = load i32, ptr %2, align 4, !dbg !149, !tbaa !125
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %3, i32 noundef 16) #7, !dbg !151
  %21 = icmp slt i32 %20, 0, !dbg !152
  br i1 %21, label %22, label %24, !dbg !153

22:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !154
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !155
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !155
  %23 = load i32, ptr %1, align 4, !dbg !155
  ret i32 %23, !dbg !155

24:                                               ; preds = %0
  store i16 2, ptr @mirror_addr, align 4, !dbg !156, !tbaa !136
  %25 = call zeroext i16 @__bswap_16(i16 noundef zeroext 5301), !dbg !157
  store i16 %25, ptr getelementptr inbounds (%struct.sockaddr_in, ptr @mirror_addr, i32 0, i32 1), align 2, !dbg !158, !tbaa !143
  %26 = call i32 @__bswap_32(i32 noundef 2130706433), !dbg !159
  store i32 %26, ptr getelementptr inbounds (%struct.sockaddr_in, ptr @mirror_addr, i32 0, i32 2), align 4, !dbg !160, !tbaa !148
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #7, !dbg !161
    #dbg_declare(ptr %5, !97, !DIExpression(), !162)
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !163
  %28 = load i32, ptr %2, align 4, !dbg !164, !tbaa !125
  store i32 %28, ptr %27, align 4, !dbg !163, !tbaa !165
  %29 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !163
  store i16 1, ptr %29, align 4, !dbg !163, !tbaa !167
  %30 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !163
  store i16 0, ptr %30, align 2, !dbg !163, !tbaa !168
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #7, !dbg !169
    #dbg_declare(ptr %6, !105, !DIExpression(), !170)
  store i32 0, ptr %6, align 4, !dbg !170, !tbaa !125
  call void @llvm.lifetime.start.p0(i64 512, ptr %7) #7, !dbg !171
    #dbg_declare(ptr %7, !106, !DIExpression(), !172)
  br label %31, !dbg !173

31:                                               ; preds = %103, %101, %34, %24
  %32 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !174
  %33 = icmp sle i32 %32, 0, !dbg !176
  br i1 %33, label %34, label %35, !dbg !177

34:                                               ; preds = %31
  br label %31, !dbg !178, !llvm.loop !179

35:                                               ; preds = %31
  %36 = load i32, ptr %6, align 4, !dbg !182, !tbaa !125
  %37 = add i32 %36, 1, !dbg !182
  store i32 %37, ptr %6, align 4, !dbg !182, !tbaa !125
  call void @llvm.lifetime.start.p0(i64 16, ptr %8) #7, !dbg !183
    #dbg_declare(ptr %8, !110, !DIExpression(), !184)
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #7, !dbg !185
    #dbg_declare(ptr %9, !114, !DIExpression(), !186)
  store i32 16, ptr %9, align 4, !dbg !186, !tbaa !125
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #7, !dbg !187
    #dbg_declare(ptr %10, !117, !DIExpression(), !188)
  %38 = load i32, ptr %2, align 4, !dbg !189, !tbaa !125
  %39 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !190
  %40 = call i64 @recvfrom(i32 noundef %38, ptr noundef %39, i64 noundef 512, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !191
  store i64 %40, ptr %10, align 8, !dbg !188, !tbaa !192
  %41 = load i64, ptr %10, align 8, !dbg !194, !tbaa !192
  %42 = icmp sle i64 %41, 0, !dbg !196
  br i1 %42, label %43, label %44, !dbg !197

43:                                               ; preds = %35
  store i32 3, ptr %4, align 4
  br label %101, !dbg !198, !llvm.loop !179

44:                                               ; preds = %35
  %45 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !199
  %46 = load i8, ptr %45, align 16, !dbg !199, !tbaa !200
  %47 = sext i8 %46 to i32, !dbg !199
  switch i32 %47, label %94 [
    i32 109, label %48
    i32 97, label %57
    i32 111, label %62
    i32 107, label %67
    i32 119, label %72
    i32 104, label %82
    i32 99, label %86
  ], !dbg !201

48:                                               ; preds = %44
  %49 = load i32, ptr %2, align 4, !dbg !202, !tbaa !125
  %50 = load i32, ptr %9, align 4, !dbg !204, !tbaa !125
  %51 = call i64 @sendto(i32 noundef %49, ptr noundef @.str, i64 noundef 3, i32 noundef 0, ptr noundef %8, i32 noundef %50), !dbg !205
  %52 = load i32, ptr %2, align 4, !dbg !206, !tbaa !125
  %53 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !207
  %54 = load i64, ptr %10, align 8, !dbg !208, !tbaa !192
  %55 = load i32, ptr %9, align 4, !dbg !209, !tbaa !125
  %56 = call i64 @sendto(i32 noundef %52, ptr noundef %53, i64 noundef %54, i32 noundef 0, ptr noundef %8, i32 noundef %55), !dbg !210
  br label %100, !dbg !211

57:                                               ; preds = %44
  %58 = load i32, ptr @audit_fd, align 4, !dbg !212, !tbaa !125
  %59 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !213
  %60 = load i64, ptr %10, align 8, !dbg !214, !tbaa !192
  %61 = call i64 @send(i32 noundef %58, ptr noundef %59, i64 noundef %60, i32 noundef 0), !dbg !215
  br label %100, !dbg !216

62:                                               ; preds = %44
  %63 = load i32, ptr %2, align 4, !dbg !217, !tbaa !125
  %64 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !218
  %65 = load i64, ptr %10, align 8, !dbg !219, !tbaa !192
  %66 = call i64 @sendto(i32 noundef %63, ptr noundef %64, i64 noundef %65, i32 noundef 0, ptr noundef @mirror_addr, i32 noundef 16), !dbg !220
  br label %100, !dbg !221

67:                                               ; preds = %44
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 @last_peer, ptr align 4 %8, i64 16, i1 false), !dbg !222, !tbaa.struct !223
  %68 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !225
  store ptr %68, ptr getelementptr inbounds (%struct.peer, ptr @last_peer, i32 0, i32 1), align 8, !dbg !226, !tbaa !227
  %69 = load i32, ptr %2, align 4, !dbg !230, !tbaa !125
  %70 = load i32, ptr %9, align 4, !dbg !231, !tbaa !125
  %71 = call i64 @sendto(i32 noundef %69, ptr noundef @.str.1, i64 noundef 2, i32 noundef 0, ptr noundef %8, i32 noundef %70), !dbg !232
  br label %100, !dbg !233

72:                                               ; preds = %44
  br label %73, !dbg !234

73:                                               ; preds = %77, %72
  %74 = load volatile i32, ptr @ready, align 4, !dbg !235, !tbaa !125
  %75 = icmp ne i32 %74, 0, !dbg !236
  %76 = xor i1 %75, true, !dbg !236
  br i1 %76, label %77, label %78, !dbg !234

77:                                               ; preds = %73
  br label %73, !dbg !234, !llvm.loop !237

78:                                               ; preds = %73
  %79 = load i32, ptr %2, align 4, !dbg !240, !tbaa !125
  %80 = load i32, ptr %9, align 4, !dbg !241, !tbaa !125
  %81 = call i64 @sendto(i32 noundef %79, ptr noundef @.str.2, i64 noundef 2, i32 noundef 0, ptr noundef %8, i32 noundef %80), !dbg !242
  br label %100, !dbg !243

82:                                               ; preds = %44
  br label %83, !dbg !244

83:                                               ; preds = %83, %82
  %84 = load i64, ptr @spins, align 8, !dbg !245, !tbaa !192
  %85 = add i64 %84, 1, !dbg !245
  store i64 %85, ptr @spins, align 8, !dbg !245, !tbaa !192
  br label %83, !dbg !248, !llvm.loop !249

86:                                               ; preds = %44
  %87 = load i32, ptr %6, align 4, !dbg !252, !tbaa !125
  %88 = trunc i32 %87 to i8, !dbg !253
  %89 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !254
  store i8 %88, ptr %89, align 16, !dbg !255, !tbaa !200
  %90 = load i32, ptr %2, align 4, !dbg !256, !tbaa !125
  %91 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !257
  %92 = load i32, ptr %9, align 4, !dbg !258, !tbaa !125
  %93 = call i64 @sendto(i32 noundef %90, ptr noundef %91, i64 noundef 1, i32 noundef 0, ptr noundef %8, i32 noundef %92), !dbg !259
  br label %100, !dbg !260

94:                                               ; preds = %44
  %95 = load i32, ptr %2, align 4, !dbg !261, !tbaa !125
  %96 = getelementptr inbounds [512 x i8], ptr %7, i64 0, i64 0, !dbg !262
  %97 = load i64, ptr %10, align 8, !dbg !263, !tbaa !192
  %98 = load i32, ptr %9, align 4, !dbg !264, !tbaa !125
  %99 = call i64 @sendto(i32 noundef %95, ptr noundef %96, i64 noundef %97, i32 noundef 0, ptr noundef %8, i32 noundef %98), !dbg !265
  br label %100, !dbg !266

100:                                              ; preds = %94, %86, %78, %67, %62, %57, %48
  store i32 0, ptr %4, align 4, !dbg !267
  br label %101, !dbg !267

101:                                              ; preds = %100, %43
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #7, !dbg !267
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #7, !dbg !267
  call void @llvm.lifetime.end.p0(i64 16, ptr %8) #7, !dbg !267
  %102 = load i32, ptr %4, align 4
  switch i32 %102, label %104 [
    i32 0, label %103
    i32 3, label %31
  ]

103:                                              ; preds = %101
  br label %31, !dbg !268, !llvm.loop !179

104:                                              ; preds = %101
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !269 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !273 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !224
    #dbg_declare(ptr %2, !278, !DIExpression(), !279)
  %3 = load i16, ptr %2, align 2, !dbg !280, !tbaa !224
  %4 = zext i16 %3 to i32, !dbg !280
  %5 = ashr i32 %4, 8, !dbg !280
  %6 = and i32 %5, 255, !dbg !280
  %7 = load i16, ptr %2, align 2, !dbg !280, !tbaa !224
  %8 = zext i16 %7 to i32, !dbg !280
  %9 = and i32 %8, 255, !dbg !280
  %10 = shl i32 %9, 8, !dbg !280
  %11 = or i32 %6, %10, !dbg !280
  %12 = trunc i32 %11 to i16, !dbg !280
  ret i16 %12, !dbg !281
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !282 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !125
    #dbg_declare(ptr %2, !286, !DIExpression(), !287)
  %3 = load i32, ptr %2, align 4, !dbg !288, !tbaa !125
  %4 = and i32 %3, -16777216, !dbg !288
  %5 = lshr i32 %4, 24, !dbg !288
  %6 = load i32, ptr %2, align 4, !dbg !288, !tbaa !125
  %7 = and i32 %6, 16711680, !dbg !288
  %8 = lshr i32 %7, 8, !dbg !288
  %9 = or i32 %5, %8, !dbg !288
  %10 = load i32, ptr %2, align 4, !dbg !288, !tbaa !125
  %11 = and i32 %10, 65280, !dbg !288
  %12 = shl i32 %11, 8, !dbg !288
  %13 = or i32 %9, %12, !dbg !288
  %14 = load i32, ptr %2, align 4, !dbg !288, !tbaa !125
  %15 = and i32 %14, 255, !dbg !288
  %16 = shl i32 %15, 24, !dbg !288
  %17 = or i32 %13, %16, !dbg !288
  ret i32 %17, !dbg !289
}

; Function Attrs: nounwind
declare !dbg !290 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !295 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !300 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !310 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare !dbg !315 i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!84, !85, !86, !87, !88, !89}
!llvm.ident = !{!90}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "audit_fd", scope: !2, file: !3, line: 18, type: !80, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !39, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "path-blockers.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "f8805383d69f87aaf3cec35ff0427a3a")
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
!18 = !{!19, !25, !35, !38}
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
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!39 = !{!40, !45, !50, !52, !0, !75, !77, !81}
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !3, line: 51, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 4)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !3, line: 64, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 24, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 3)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !3, line: 69, type: !47, isLocal: true, isDefinition: true)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "last_peer", scope: !2, file: !3, line: 17, type: !54, isLocal: false, isDefinition: true)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "peer", file: !3, line: 12, size: 192, elements: !55)
!55 = !{!56, !72}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !54, file: !3, line: 13, baseType: !57, size: 128)
!57 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !58)
!58 = !{!59, !60, !63, !67}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !57, file: !20, line: 247, baseType: !30, size: 16)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !57, file: !20, line: 248, baseType: !61, size: 16, offset: 16)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !38)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !57, file: !20, line: 249, baseType: !64, size: 32, offset: 32)
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !64, file: !20, line: 33, baseType: !19, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !57, file: !20, line: 252, baseType: !68, size: 64, offset: 64)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !69, size: 64, elements: !70)
!69 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!70 = !{!71}
!71 = !DISubrange(count: 8)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "last_request", scope: !54, file: !3, line: 14, baseType: !73, size: 64, offset: 128)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64)
!74 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "mirror_addr", scope: !2, file: !3, line: 19, type: !57, isLocal: false, isDefinition: true)
!77 = !DIGlobalVariableExpression(var: !78, expr: !DIExpression())
!78 = distinct !DIGlobalVariable(name: "ready", scope: !2, file: !3, line: 20, type: !79, isLocal: false, isDefinition: true)
!79 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !80)
!80 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!81 = !DIGlobalVariableExpression(var: !82, expr: !DIExpression())
!82 = distinct !DIGlobalVariable(name: "spins", scope: !2, file: !3, line: 21, type: !83, isLocal: false, isDefinition: true)
!83 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!84 = !{i32 7, !"Dwarf Version", i32 5}
!85 = !{i32 2, !"Debug Info Version", i32 3}
!86 = !{i32 1, !"wchar_size", i32 4}
!87 = !{i32 8, !"PIC Level", i32 2}
!88 = !{i32 7, !"PIE Level", i32 2}
!89 = !{i32 7, !"uwtable", i32 2}
!90 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!91 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 23, type: !92, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!92 = !DISubroutineType(types: !93)
!93 = !{!80}
!94 = !{!95, !96, !97, !105, !106, !110, !114, !117}
!95 = !DILocalVariable(name: "fd", scope: !91, file: !3, line: 24, type: !80)
!96 = !DILocalVariable(name: "addr", scope: !91, file: !3, line: 26, type: !57)
!97 = !DILocalVariable(name: "pfd", scope: !91, file: !3, line: 36, type: !98)
!98 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !99, line: 36, size: 64, elements: !100)
!99 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!100 = !{!101, !102, !104}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !98, file: !99, line: 38, baseType: !80, size: 32)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !98, file: !99, line: 39, baseType: !103, size: 16, offset: 32)
!103 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !98, file: !99, line: 40, baseType: !103, size: 16, offset: 48)
!105 = !DILocalVariable(name: "wakeups", scope: !91, file: !3, line: 37, type: !7)
!106 = !DILocalVariable(name: "buf", scope: !91, file: !3, line: 38, type: !107)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 512)
!110 = !DILocalVariable(name: "src", scope: !111, file: !3, line: 43, type: !57)
!111 = distinct !DILexicalBlock(scope: !112, file: !3, line: 39, column: 12)
!112 = distinct !DILexicalBlock(scope: !113, file: !3, line: 39, column: 3)
!113 = distinct !DILexicalBlock(scope: !91, file: !3, line: 39, column: 3)
!114 = !DILocalVariable(name: "len", scope: !111, file: !3, line: 44, type: !115)
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !116)
!116 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!117 = !DILocalVariable(name: "n", scope: !111, file: !3, line: 45, type: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !119, line: 108, baseType: !120)
!119 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !121)
!121 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!122 = !DILocation(line: 24, column: 3, scope: !91)
!123 = !DILocation(line: 24, column: 7, scope: !91)
!124 = !DILocation(line: 24, column: 12, scope: !91)
!125 = !{!126, !126, i64 0}
!126 = !{!"int", !127, i64 0}
!127 = !{!"omnipotent char", !128, i64 0}
!128 = !{!"Simple C/C++ TBAA"}
!129 = !DILocation(line: 25, column: 14, scope: !91)
!130 = !DILocation(line: 25, column: 12, scope: !91)
!131 = !DILocation(line: 26, column: 3, scope: !91)
!132 = !DILocation(line: 26, column: 22, scope: !91)
!133 = !DILocation(line: 27, column: 3, scope: !91)
!134 = !DILocation(line: 28, column: 8, scope: !91)
!135 = !DILocation(line: 28, column: 19, scope: !91)
!136 = !{!137, !138, i64 0}
!137 = !{!"sockaddr_in", !138, i64 0, !138, i64 2, !139, i64 4, !127, i64 8}
!138 = !{!"short", !127, i64 0}
!139 = !{!"in_addr", !126, i64 0}
!140 = !DILocation(line: 29, column: 19, scope: !91)
!141 = !DILocation(line: 29, column: 8, scope: !91)
!142 = !DILocation(line: 29, column: 17, scope: !91)
!143 = !{!137, !138, i64 2}
!144 = !DILocation(line: 30, column: 26, scope: !91)
!145 = !DILocation(line: 30, column: 8, scope: !91)
!146 = !DILocation(line: 30, column: 17, scope: !91)
!147 = !DILocation(line: 30, column: 24, scope: !91)
!148 = !{!137, !126, i64 4}
!149 = !DILocation(line: 31, column: 12, scope: !150)
!150 = distinct !DILexicalBlock(scope: !91, file: !3, line: 31, column: 7)
!151 = !DILocation(line: 31, column: 7, scope: !150)
!152 = !DILocation(line: 31, column: 56, scope: !150)
!153 = !DILocation(line: 31, column: 7, scope: !91)
!154 = !DILocation(line: 32, column: 5, scope: !150)
!155 = !DILocation(line: 83, column: 1, scope: !91)
!156 = !DILocation(line: 33, column: 26, scope: !91)
!157 = !DILocation(line: 34, column: 26, scope: !91)
!158 = !DILocation(line: 34, column: 24, scope: !91)
!159 = !DILocation(line: 35, column: 33, scope: !91)
!160 = !DILocation(line: 35, column: 31, scope: !91)
!161 = !DILocation(line: 36, column: 3, scope: !91)
!162 = !DILocation(line: 36, column: 17, scope: !91)
!163 = !DILocation(line: 36, column: 23, scope: !91)
!164 = !DILocation(line: 36, column: 30, scope: !91)
!165 = !{!166, !126, i64 0}
!166 = !{!"pollfd", !126, i64 0, !138, i64 4, !138, i64 6}
!167 = !{!166, !138, i64 4}
!168 = !{!166, !138, i64 6}
!169 = !DILocation(line: 37, column: 3, scope: !91)
!170 = !DILocation(line: 37, column: 12, scope: !91)
!171 = !DILocation(line: 38, column: 3, scope: !91)
!172 = !DILocation(line: 38, column: 8, scope: !91)
!173 = !DILocation(line: 39, column: 3, scope: !91)
!174 = !DILocation(line: 40, column: 9, scope: !175)
!175 = distinct !DILexicalBlock(scope: !111, file: !3, line: 40, column: 9)
!176 = !DILocation(line: 40, column: 27, scope: !175)
!177 = !DILocation(line: 40, column: 9, scope: !111)
!178 = !DILocation(line: 41, column: 7, scope: !175)
!179 = distinct !{!179, !180, !181}
!180 = !DILocation(line: 39, column: 3, scope: !113)
!181 = !DILocation(line: 82, column: 3, scope: !113)
!182 = !DILocation(line: 42, column: 12, scope: !111)
!183 = !DILocation(line: 43, column: 5, scope: !111)
!184 = !DILocation(line: 43, column: 24, scope: !111)
!185 = !DILocation(line: 44, column: 5, scope: !111)
!186 = !DILocation(line: 44, column: 15, scope: !111)
!187 = !DILocation(line: 45, column: 5, scope: !111)
!188 = !DILocation(line: 45, column: 13, scope: !111)
!189 = !DILocation(line: 45, column: 26, scope: !111)
!190 = !DILocation(line: 45, column: 30, scope: !111)
!191 = !DILocation(line: 45, column: 17, scope: !111)
!192 = !{!193, !193, i64 0}
!193 = !{!"long", !127, i64 0}
!194 = !DILocation(line: 47, column: 9, scope: !195)
!195 = distinct !DILexicalBlock(scope: !111, file: !3, line: 47, column: 9)
!196 = !DILocation(line: 47, column: 11, scope: !195)
!197 = !DILocation(line: 47, column: 9, scope: !111)
!198 = !DILocation(line: 48, column: 7, scope: !195)
!199 = !DILocation(line: 49, column: 13, scope: !111)
!200 = !{!127, !127, i64 0}
!201 = !DILocation(line: 49, column: 5, scope: !111)
!202 = !DILocation(line: 51, column: 14, scope: !203)
!203 = distinct !DILexicalBlock(scope: !111, file: !3, line: 49, column: 21)
!204 = !DILocation(line: 51, column: 56, scope: !203)
!205 = !DILocation(line: 51, column: 7, scope: !203)
!206 = !DILocation(line: 52, column: 14, scope: !203)
!207 = !DILocation(line: 52, column: 18, scope: !203)
!208 = !DILocation(line: 52, column: 23, scope: !203)
!209 = !DILocation(line: 52, column: 54, scope: !203)
!210 = !DILocation(line: 52, column: 7, scope: !203)
!211 = !DILocation(line: 53, column: 7, scope: !203)
!212 = !DILocation(line: 55, column: 12, scope: !203)
!213 = !DILocation(line: 55, column: 22, scope: !203)
!214 = !DILocation(line: 55, column: 27, scope: !203)
!215 = !DILocation(line: 55, column: 7, scope: !203)
!216 = !DILocation(line: 56, column: 7, scope: !203)
!217 = !DILocation(line: 58, column: 14, scope: !203)
!218 = !DILocation(line: 58, column: 18, scope: !203)
!219 = !DILocation(line: 58, column: 23, scope: !203)
!220 = !DILocation(line: 58, column: 7, scope: !203)
!221 = !DILocation(line: 60, column: 7, scope: !203)
!222 = !DILocation(line: 62, column: 24, scope: !203)
!223 = !{i64 0, i64 2, !224, i64 2, i64 2, !224, i64 4, i64 4, !125, i64 8, i64 8, !200}
!224 = !{!138, !138, i64 0}
!225 = !DILocation(line: 63, column: 32, scope: !203)
!226 = !DILocation(line: 63, column: 30, scope: !203)
!227 = !{!228, !229, i64 16}
!228 = !{!"peer", !137, i64 0, !229, i64 16}
!229 = !{!"any pointer", !127, i64 0}
!230 = !DILocation(line: 64, column: 14, scope: !203)
!231 = !DILocation(line: 64, column: 55, scope: !203)
!232 = !DILocation(line: 64, column: 7, scope: !203)
!233 = !DILocation(line: 65, column: 7, scope: !203)
!234 = !DILocation(line: 67, column: 7, scope: !203)
!235 = !DILocation(line: 67, column: 15, scope: !203)
!236 = !DILocation(line: 67, column: 14, scope: !203)
!237 = distinct !{!237, !234, !238, !239}
!238 = !DILocation(line: 68, column: 9, scope: !203)
!239 = !{!"llvm.loop.mustprogress"}
!240 = !DILocation(line: 69, column: 14, scope: !203)
!241 = !DILocation(line: 69, column: 55, scope: !203)
!242 = !DILocation(line: 69, column: 7, scope: !203)
!243 = !DILocation(line: 70, column: 7, scope: !203)
!244 = !DILocation(line: 72, column: 7, scope: !203)
!245 = !DILocation(line: 73, column: 14, scope: !246)
!246 = distinct !DILexicalBlock(scope: !247, file: !3, line: 72, column: 7)
!247 = distinct !DILexicalBlock(scope: !203, file: !3, line: 72, column: 7)
!248 = !DILocation(line: 72, column: 7, scope: !246)
!249 = distinct !{!249, !250, !251}
!250 = !DILocation(line: 72, column: 7, scope: !247)
!251 = !DILocation(line: 73, column: 14, scope: !247)
!252 = !DILocation(line: 75, column: 22, scope: !203)
!253 = !DILocation(line: 75, column: 16, scope: !203)
!254 = !DILocation(line: 75, column: 7, scope: !203)
!255 = !DILocation(line: 75, column: 14, scope: !203)
!256 = !DILocation(line: 76, column: 14, scope: !203)
!257 = !DILocation(line: 76, column: 18, scope: !203)
!258 = !DILocation(line: 76, column: 54, scope: !203)
!259 = !DILocation(line: 76, column: 7, scope: !203)
!260 = !DILocation(line: 77, column: 7, scope: !203)
!261 = !DILocation(line: 79, column: 14, scope: !203)
!262 = !DILocation(line: 79, column: 18, scope: !203)
!263 = !DILocation(line: 79, column: 23, scope: !203)
!264 = !DILocation(line: 79, column: 54, scope: !203)
!265 = !DILocation(line: 79, column: 7, scope: !203)
!266 = !DILocation(line: 80, column: 7, scope: !203)
!267 = !DILocation(line: 82, column: 3, scope: !112)
!268 = !DILocation(line: 39, column: 3, scope: !112)
!269 = !DISubprogram(name: "socket", scope: !270, file: !270, line: 102, type: !271, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!270 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!271 = !DISubroutineType(types: !272)
!272 = !{!80, !80, !80, !80}
!273 = distinct !DISubprogram(name: "__bswap_16", scope: !274, file: !274, line: 34, type: !275, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !277)
!274 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!275 = !DISubroutineType(types: !276)
!276 = !{!38, !38}
!277 = !{!278}
!278 = !DILocalVariable(name: "__bsx", arg: 1, scope: !273, file: !274, line: 34, type: !38)
!279 = !DILocation(line: 34, column: 24, scope: !273)
!280 = !DILocation(line: 39, column: 10, scope: !273)
!281 = !DILocation(line: 39, column: 3, scope: !273)
!282 = distinct !DISubprogram(name: "__bswap_32", scope: !274, file: !274, line: 49, type: !283, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !285)
!283 = !DISubroutineType(types: !284)
!284 = !{!23, !23}
!285 = !{!286}
!286 = !DILocalVariable(name: "__bsx", arg: 1, scope: !282, file: !274, line: 49, type: !23)
!287 = !DILocation(line: 49, column: 24, scope: !282)
!288 = !DILocation(line: 54, column: 10, scope: !282)
!289 = !DILocation(line: 54, column: 3, scope: !282)
!290 = !DISubprogram(name: "bind", scope: !270, file: !270, line: 112, type: !291, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!291 = !DISubroutineType(types: !292)
!292 = !{!80, !80, !293, !115}
!293 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !294, size: 64)
!294 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!295 = !DISubprogram(name: "poll", scope: !99, file: !99, line: 54, type: !296, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!296 = !DISubroutineType(types: !297)
!297 = !{!80, !298, !299, !80}
!298 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!299 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !99, line: 33, baseType: !83)
!300 = !DISubprogram(name: "recvfrom", scope: !270, file: !270, line: 163, type: !301, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!301 = !DISubroutineType(types: !302)
!302 = !{!118, !80, !303, !305, !80, !307, !308}
!303 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !304)
!304 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!305 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !306, line: 18, baseType: !83)
!306 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!307 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!308 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !309)
!309 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64)
!310 = !DISubprogram(name: "sendto", scope: !270, file: !270, line: 152, type: !311, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!311 = !DISubroutineType(types: !312)
!312 = !{!118, !80, !313, !305, !80, !293, !115}
!313 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !314, size: 64)
!314 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!315 = !DISubprogram(name: "send", scope: !270, file: !270, line: 138, type: !316, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!316 = !DISubroutineType(types: !317)
!317 = !{!118, !80, !313, !305, !80}
