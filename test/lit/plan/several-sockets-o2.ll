; udp-tcp-unix.c (see several-sockets.ll) from clang -O2 before LLVM's
; passes (lifetime markers, TBAA, the handler's fd a parameter): the same
; plan. #0 (UDP) is offloaded, #3 (TCP) named TCP, #2 (unix) stays in
; userspace. (two-ports.ll has the reply's fd reloaded from fds[i].fd after
; the receive.)
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'udp-tcp-unix.c'
; CHECK:       candidate #0: socket #0 udp port 11311, event loop #0, hook xdp
; CHECK:       reply: udp-tcp-unix.c:22
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload:
; CHECK-NOT:   blocked:
; CHECK:       candidate #1: socket #3 tcp port 11311, event loop #0, hook sk_skb
; CHECK:       decision: offload: omega 1.000 > rho
; CHECK-NOT:   blocked:
; CHECK:       note: SocketsPlannedApart: {{.*}}; those on #2 (datagram unix) stay in userspace (no offload sees them) (udp-tcp-unix.c:18)
; CHECK-NEXT:  summary: 2 candidates, 2 offloaded
;
; MADE-FROM: Inputs/udp-tcp-unix.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - udp-tcp-unix.c

; ModuleID = 'udp-tcp-unix.c'

; ModuleID = 'udp-tcp-unix.c'
source_filename = "udp-tcp-unix.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [7 x i8] c"kv-ctl\00", align 1, !dbg !0
@hits = internal global i64 0, align 8, !dbg !7

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !48 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  %6 = alloca i32, align 4
  %7 = alloca [64 x %struct.pollfd], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 16, ptr %2) #6, !dbg !110
    #dbg_declare(ptr %2, !53, !DIExpression(), !111)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !111
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !112
  store i16 2, ptr %13, align 4, !dbg !113, !tbaa !114
  %14 = call zeroext i16 @__bswap_16(i16 noundef zeroext 11311), !dbg !121
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !122
  store i16 %14, ptr %15, align 2, !dbg !123, !tbaa !124
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6, !dbg !125
    #dbg_declare(ptr %3, !74, !DIExpression(), !126)
  %16 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !127
  store i32 %16, ptr %3, align 4, !dbg !126, !tbaa !128
  %17 = load i32, ptr %3, align 4, !dbg !129, !tbaa !128
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %2, i32 noundef 16) #6, !dbg !130
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6, !dbg !131
    #dbg_declare(ptr %4, !75, !DIExpression(), !132)
  %19 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !133
  store i32 %19, ptr %4, align 4, !dbg !132, !tbaa !128
  %20 = load i32, ptr %4, align 4, !dbg !134, !tbaa !128
  %21 = call i32 @bind(i32 noundef %20, ptr noundef %2, i32 noundef 16) #6, !dbg !135
  %22 = load i32, ptr %4, align 4, !dbg !136, !tbaa !128
  %23 = call i32 @listen(i32 noundef %22, i32 noundef 16) #6, !dbg !137
  call void @llvm.lifetime.start.p0(i64 110, ptr %5) #6, !dbg !138
    #dbg_declare(ptr %5, !76, !DIExpression(), !139)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !139
  %24 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !140
  store i16 1, ptr %24, align 2, !dbg !141, !tbaa !142
  %25 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !144
  %26 = getelementptr inbounds [108 x i8], ptr %25, i64 0, i64 0, !dbg !145
  %27 = getelementptr inbounds i8, ptr %26, i64 1, !dbg !146
  %28 = call ptr @strcpy(ptr noundef %27, ptr noundef @.str) #6, !dbg !147
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !148
    #dbg_declare(ptr %6, !85, !DIExpression(), !149)
  %29 = call i32 @socket(i32 noundef 1, i32 noundef 2, i32 noundef 0) #6, !dbg !150
  store i32 %29, ptr %6, align 4, !dbg !149, !tbaa !128
  %30 = load i32, ptr %6, align 4, !dbg !151, !tbaa !128
  %31 = call i32 @bind(i32 noundef %30, ptr noundef %5, i32 noundef 110) #6, !dbg !152
  call void @llvm.lifetime.start.p0(i64 512, ptr %7) #6, !dbg !153
    #dbg_declare(ptr %7, !86, !DIExpression(), !154)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #6, !dbg !155
    #dbg_declare(ptr %8, !97, !DIExpression(), !156)
  store i32 3, ptr %8, align 4, !dbg !156, !tbaa !128
  %32 = load i32, ptr %3, align 4, !dbg !157, !tbaa !128
  %33 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 0, !dbg !158
  %34 = getelementptr inbounds %struct.pollfd, ptr %33, i32 0, i32 0, !dbg !159
  store i32 %32, ptr %34, align 16, !dbg !160, !tbaa !161
  %35 = load i32, ptr %4, align 4, !dbg !163, !tbaa !128
  %36 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 1, !dbg !164
  %37 = getelementptr inbounds %struct.pollfd, ptr %36, i32 0, i32 0, !dbg !165
  store i32 %35, ptr %37, align 8, !dbg !166, !tbaa !161
  %38 = load i32, ptr %6, align 4, !dbg !167, !tbaa !128
  %39 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 2, !dbg !168
  %40 = getelementptr inbounds %struct.pollfd, ptr %39, i32 0, i32 0, !dbg !169
  store i32 %38, ptr %40, align 16, !dbg !170, !tbaa !161
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6, !dbg !171
    #dbg_declare(ptr %9, !98, !DIExpression(), !172)
  store i32 0, ptr %9, align 4, !dbg !172, !tbaa !128
  br label %41, !dbg !171

41:                                               ; preds = %50, %0
  %42 = load i32, ptr %9, align 4, !dbg !173, !tbaa !128
  %43 = icmp slt i32 %42, 3, !dbg !175
  br i1 %43, label %45, label %44, !dbg !176

44:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6, !dbg !177
  br label %53

45:                                               ; preds = %41
  %46 = load i32, ptr %9, align 4, !dbg !178, !tbaa !128
  %47 = sext i32 %46 to i64, !dbg !179
  %48 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %47, !dbg !179
  %49 = getelementptr inbounds %struct.pollfd, ptr %48, i32 0, i32 1, !dbg !180
  store i16 1, ptr %49, align 4, !dbg !181, !tbaa !182
  br label %50, !dbg !179

50:                                               ; preds = %45
  %51 = load i32, ptr %9, align 4, !dbg !183, !tbaa !128
  %52 = add nsw i32 %51, 1, !dbg !183
  store i32 %52, ptr %9, align 4, !dbg !183, !tbaa !128
  br label %41, !dbg !177, !llvm.loop !184

53:                                               ; preds = %44
  br label %54, !dbg !187

54:                                               ; preds = %115, %60, %53
  %55 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 0, !dbg !188
  %56 = load i32, ptr %8, align 4, !dbg !190, !tbaa !128
  %57 = sext i32 %56 to i64, !dbg !190
  %58 = call i32 @poll(ptr noundef %55, i64 noundef %57, i32 noundef -1), !dbg !191
  %59 = icmp slt i32 %58, 0, !dbg !192
  br i1 %59, label %60, label %61, !dbg !193

60:                                               ; preds = %54
  br label %54, !dbg !194, !llvm.loop !195

61:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6, !dbg !198
    #dbg_declare(ptr %10, !100, !DIExpression(), !199)
  store i32 0, ptr %10, align 4, !dbg !199, !tbaa !128
  br label %62, !dbg !198

62:                                               ; preds = %112, %61
  %63 = load i32, ptr %10, align 4, !dbg !200, !tbaa !128
  %64 = load i32, ptr %8, align 4, !dbg !201, !tbaa !128
  %65 = icmp slt i32 %63, %64, !dbg !202
  br i1 %65, label %67, label %66, !dbg !203

66:                                               ; preds = %62
  store i32 7, ptr %11, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6, !dbg !204
  br label %115

67:                                               ; preds = %62
  %68 = load i32, ptr %10, align 4, !dbg !205, !tbaa !128
  %69 = sext i32 %68 to i64, !dbg !207
  %70 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %69, !dbg !207
  %71 = getelementptr inbounds %struct.pollfd, ptr %70, i32 0, i32 2, !dbg !208
  %72 = load i16, ptr %71, align 2, !dbg !208, !tbaa !209
  %73 = sext i16 %72 to i32, !dbg !207
  %74 = and i32 %73, 1, !dbg !210
  %75 = icmp ne i32 %74, 0, !dbg !210
  br i1 %75, label %77, label %76, !dbg !211

76:                                               ; preds = %67
  br label %112, !dbg !212

77:                                               ; preds = %67
  %78 = load i32, ptr %10, align 4, !dbg !213, !tbaa !128
  %79 = sext i32 %78 to i64, !dbg !214
  %80 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %79, !dbg !214
  %81 = getelementptr inbounds %struct.pollfd, ptr %80, i32 0, i32 0, !dbg !215
  %82 = load i32, ptr %81, align 8, !dbg !215, !tbaa !161
  %83 = load i32, ptr %4, align 4, !dbg !216, !tbaa !128
  %84 = icmp eq i32 %82, %83, !dbg !217
  br i1 %84, label %85, label %106, !dbg !218

85:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6, !dbg !219
    #dbg_declare(ptr %12, !105, !DIExpression(), !220)
  %86 = load i32, ptr %4, align 4, !dbg !221, !tbaa !128
  %87 = call i32 @accept(i32 noundef %86, ptr noundef null, ptr noundef null), !dbg !222
  store i32 %87, ptr %12, align 4, !dbg !220, !tbaa !128
  %88 = load i32, ptr %12, align 4, !dbg !223, !tbaa !128
  %89 = icmp sge i32 %88, 0, !dbg !225
  br i1 %89, label %90, label %105, !dbg !226

90:                                               ; preds = %85
  %91 = load i32, ptr %8, align 4, !dbg !227, !tbaa !128
  %92 = icmp slt i32 %91, 64, !dbg !228
  br i1 %92, label %93, label %105, !dbg !229

93:                                               ; preds = %90
  %94 = load i32, ptr %12, align 4, !dbg !230, !tbaa !128
  %95 = load i32, ptr %8, align 4, !dbg !232, !tbaa !128
  %96 = sext i32 %95 to i64, !dbg !233
  %97 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %96, !dbg !233
  %98 = getelementptr inbounds %struct.pollfd, ptr %97, i32 0, i32 0, !dbg !234
  store i32 %94, ptr %98, align 8, !dbg !235, !tbaa !161
  %99 = load i32, ptr %8, align 4, !dbg !236, !tbaa !128
  %100 = sext i32 %99 to i64, !dbg !237
  %101 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %100, !dbg !237
  %102 = getelementptr inbounds %struct.pollfd, ptr %101, i32 0, i32 1, !dbg !238
  store i16 1, ptr %102, align 4, !dbg !239, !tbaa !182
  %103 = load i32, ptr %8, align 4, !dbg !240, !tbaa !128
  %104 = add nsw i32 %103, 1, !dbg !240
  store i32 %104, ptr %8, align 4, !dbg !240, !tbaa !128
  br label %105, !dbg !241

105:                                              ; preds = %93, %90, %85
  store i32 9, ptr %11, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6, !dbg !242
  br label %112

106:                                              ; preds = %77
  %107 = load i32, ptr %10, align 4, !dbg !243, !tbaa !128
  %108 = sext i32 %107 to i64, !dbg !244
  %109 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %108, !dbg !244
  %110 = getelementptr inbounds %struct.pollfd, ptr %109, i32 0, i32 0, !dbg !245
  %111 = load i32, ptr %110, align 8, !dbg !245, !tbaa !161
  call void @serve(i32 noundef %111), !dbg !246
  br label %112, !dbg !247

112:                                              ; preds = %106, %105, %76
  %113 = load i32, ptr %10, align 4, !dbg !248, !tbaa !128
  %114 = add nsw i32 %113, 1, !dbg !248
  store i32 %114, ptr %10, align 4, !dbg !248, !tbaa !128
  br label %62, !dbg !204, !llvm.loop !249

115:                                              ; preds = %66
  br label %54, !dbg !251, !llvm.loop !195
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #3 !dbg !252 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !258
    #dbg_declare(ptr %2, !257, !DIExpression(), !259)
  %3 = load i16, ptr %2, align 2, !dbg !260, !tbaa !258
  %4 = zext i16 %3 to i32, !dbg !260
  %5 = ashr i32 %4, 8, !dbg !260
  %6 = and i32 %5, 255, !dbg !260
  %7 = load i16, ptr %2, align 2, !dbg !260, !tbaa !258
  %8 = zext i16 %7 to i32, !dbg !260
  %9 = and i32 %8, 255, !dbg !260
  %10 = shl i32 %9, 8, !dbg !260
  %11 = or i32 %6, %10, !dbg !260
  %12 = trunc i32 %11 to i16, !dbg !260
  ret i16 %12, !dbg !261
}

; Function Attrs: nounwind
declare !dbg !262 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #4

; Function Attrs: nounwind
declare !dbg !266 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #4

; Function Attrs: nounwind
declare !dbg !273 i32 @listen(i32 noundef, i32 noundef) #4

; Function Attrs: nounwind
declare !dbg !276 ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !285 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !290 i32 @accept(i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !296 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !128
    #dbg_declare(ptr %2, !300, !DIExpression(), !320)
  call void @llvm.lifetime.start.p0(i64 512, ptr %3) #6, !dbg !321
    #dbg_declare(ptr %3, !301, !DIExpression(), !322)
  call void @llvm.lifetime.start.p0(i64 128, ptr %4) #6, !dbg !323
    #dbg_declare(ptr %4, !305, !DIExpression(), !324)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !325
    #dbg_declare(ptr %5, !314, !DIExpression(), !326)
  store i32 128, ptr %5, align 4, !dbg !326, !tbaa !128
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6, !dbg !327
    #dbg_declare(ptr %6, !315, !DIExpression(), !328)
  %8 = load i32, ptr %2, align 4, !dbg !329, !tbaa !128
  %9 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !330
  %10 = call i64 @recvfrom(i32 noundef %8, ptr noundef %9, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !331
  store i64 %10, ptr %6, align 8, !dbg !328, !tbaa !332
  %11 = load i64, ptr %6, align 8, !dbg !334, !tbaa !332
  %12 = icmp sle i64 %11, 0, !dbg !336
  br i1 %12, label %13, label %14, !dbg !337

13:                                               ; preds = %1
  store i32 1, ptr %7, align 4
  br label %22, !dbg !338

14:                                               ; preds = %1
  %15 = load i64, ptr @hits, align 8, !dbg !339, !tbaa !332
  %16 = add i64 %15, 1, !dbg !339
  store i64 %16, ptr @hits, align 8, !dbg !339, !tbaa !332
  %17 = load i32, ptr %2, align 4, !dbg !340, !tbaa !128
  %18 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !341
  %19 = load i64, ptr %6, align 8, !dbg !342, !tbaa !332
  %20 = load i32, ptr %5, align 4, !dbg !343, !tbaa !128
  %21 = call i64 @sendto(i32 noundef %17, ptr noundef %18, i64 noundef %19, i32 noundef 0, ptr noundef %4, i32 noundef %20), !dbg !344
  store i32 0, ptr %7, align 4, !dbg !345
  br label %22, !dbg !345

22:                                               ; preds = %14, %13
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6, !dbg !345
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !345
  call void @llvm.lifetime.end.p0(i64 128, ptr %4) #6, !dbg !345
  call void @llvm.lifetime.end.p0(i64 512, ptr %3) #6, !dbg !345
  %23 = load i32, ptr %7, align 4
  switch i32 %23, label %25 [
    i32 0, label %24
    i32 1, label %24
  ]

24:                                               ; preds = %22, %22
  ret void, !dbg !345

25:                                               ; preds = %22
  unreachable
}

declare !dbg !346 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !353 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!41, !42, !43, !44, !45, !46}
!llvm.ident = !{!47}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-tcp-unix.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d0b92a7e672712b1219cb5295f75a418")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "hits", scope: !9, file: !2, line: 12, type: !40, isLocal: true, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !24, globals: !39, splitDebugInlining: false, nameTableKind: None)
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
!24 = !{!25, !37}
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 14)
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !38, line: 40, baseType: !32)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!39 = !{!0, !7}
!40 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!41 = !{i32 7, !"Dwarf Version", i32 5}
!42 = !{i32 2, !"Debug Info Version", i32 3}
!43 = !{i32 1, !"wchar_size", i32 4}
!44 = !{i32 8, !"PIC Level", i32 2}
!45 = !{i32 7, !"PIE Level", i32 2}
!46 = !{i32 7, !"uwtable", i32 2}
!47 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!48 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !49, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !52)
!49 = !DISubroutineType(types: !50)
!50 = !{!51}
!51 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!52 = !{!53, !74, !75, !76, !85, !86, !97, !98, !100, !105}
!53 = !DILocalVariable(name: "in", scope: !48, file: !2, line: 26, type: !54)
!54 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !55, line: 245, size: 128, elements: !56)
!55 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!56 = !{!57, !58, !62, !69}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !54, file: !55, line: 247, baseType: !30, size: 16)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !54, file: !55, line: 248, baseType: !59, size: 16, offset: 16)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !55, line: 123, baseType: !60)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !61, line: 25, baseType: !37)
!61 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !54, file: !55, line: 249, baseType: !63, size: 32, offset: 32)
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !55, line: 31, size: 32, elements: !64)
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !63, file: !55, line: 33, baseType: !66, size: 32)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !55, line: 30, baseType: !67)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !61, line: 26, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !38, line: 42, baseType: !13)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !54, file: !55, line: 252, baseType: !70, size: 64, offset: 64)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !71, size: 64, elements: !72)
!71 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!72 = !{!73}
!73 = !DISubrange(count: 8)
!74 = !DILocalVariable(name: "udp", scope: !48, file: !2, line: 29, type: !51)
!75 = !DILocalVariable(name: "lst", scope: !48, file: !2, line: 31, type: !51)
!76 = !DILocalVariable(name: "un", scope: !48, file: !2, line: 34, type: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !78, line: 29, size: 880, elements: !79)
!78 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!79 = !{!80, !81}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !77, file: !78, line: 31, baseType: !30, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !77, file: !78, line: 32, baseType: !82, size: 864, offset: 16)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 864, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 108)
!85 = !DILocalVariable(name: "ctl", scope: !48, file: !2, line: 37, type: !51)
!86 = !DILocalVariable(name: "fds", scope: !48, file: !2, line: 40, type: !87)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !88, size: 4096, elements: !95)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !89, line: 36, size: 64, elements: !90)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!90 = !{!91, !92, !94}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !88, file: !89, line: 38, baseType: !51, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !88, file: !89, line: 39, baseType: !93, size: 16, offset: 32)
!93 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !88, file: !89, line: 40, baseType: !93, size: 16, offset: 48)
!95 = !{!96}
!96 = !DISubrange(count: 64)
!97 = !DILocalVariable(name: "nfds", scope: !48, file: !2, line: 41, type: !51)
!98 = !DILocalVariable(name: "i", scope: !99, file: !2, line: 45, type: !51)
!99 = distinct !DILexicalBlock(scope: !48, file: !2, line: 45, column: 3)
!100 = !DILocalVariable(name: "i", scope: !101, file: !2, line: 50, type: !51)
!101 = distinct !DILexicalBlock(scope: !102, file: !2, line: 50, column: 5)
!102 = distinct !DILexicalBlock(scope: !103, file: !2, line: 47, column: 12)
!103 = distinct !DILexicalBlock(scope: !104, file: !2, line: 47, column: 3)
!104 = distinct !DILexicalBlock(scope: !48, file: !2, line: 47, column: 3)
!105 = !DILocalVariable(name: "c", scope: !106, file: !2, line: 54, type: !51)
!106 = distinct !DILexicalBlock(scope: !107, file: !2, line: 53, column: 29)
!107 = distinct !DILexicalBlock(scope: !108, file: !2, line: 53, column: 11)
!108 = distinct !DILexicalBlock(scope: !109, file: !2, line: 50, column: 36)
!109 = distinct !DILexicalBlock(scope: !101, file: !2, line: 50, column: 5)
!110 = !DILocation(line: 26, column: 3, scope: !48)
!111 = !DILocation(line: 26, column: 22, scope: !48)
!112 = !DILocation(line: 27, column: 6, scope: !48)
!113 = !DILocation(line: 27, column: 17, scope: !48)
!114 = !{!115, !116, i64 0}
!115 = !{!"sockaddr_in", !116, i64 0, !116, i64 2, !119, i64 4, !117, i64 8}
!116 = !{!"short", !117, i64 0}
!117 = !{!"omnipotent char", !118, i64 0}
!118 = !{!"Simple C/C++ TBAA"}
!119 = !{!"in_addr", !120, i64 0}
!120 = !{!"int", !117, i64 0}
!121 = !DILocation(line: 28, column: 17, scope: !48)
!122 = !DILocation(line: 28, column: 6, scope: !48)
!123 = !DILocation(line: 28, column: 15, scope: !48)
!124 = !{!115, !116, i64 2}
!125 = !DILocation(line: 29, column: 3, scope: !48)
!126 = !DILocation(line: 29, column: 7, scope: !48)
!127 = !DILocation(line: 29, column: 13, scope: !48)
!128 = !{!120, !120, i64 0}
!129 = !DILocation(line: 30, column: 8, scope: !48)
!130 = !DILocation(line: 30, column: 3, scope: !48)
!131 = !DILocation(line: 31, column: 3, scope: !48)
!132 = !DILocation(line: 31, column: 7, scope: !48)
!133 = !DILocation(line: 31, column: 13, scope: !48)
!134 = !DILocation(line: 32, column: 8, scope: !48)
!135 = !DILocation(line: 32, column: 3, scope: !48)
!136 = !DILocation(line: 33, column: 10, scope: !48)
!137 = !DILocation(line: 33, column: 3, scope: !48)
!138 = !DILocation(line: 34, column: 3, scope: !48)
!139 = !DILocation(line: 34, column: 22, scope: !48)
!140 = !DILocation(line: 35, column: 6, scope: !48)
!141 = !DILocation(line: 35, column: 17, scope: !48)
!142 = !{!143, !116, i64 0}
!143 = !{!"sockaddr_un", !116, i64 0, !117, i64 2}
!144 = !DILocation(line: 36, column: 13, scope: !48)
!145 = !DILocation(line: 36, column: 10, scope: !48)
!146 = !DILocation(line: 36, column: 22, scope: !48)
!147 = !DILocation(line: 36, column: 3, scope: !48)
!148 = !DILocation(line: 37, column: 3, scope: !48)
!149 = !DILocation(line: 37, column: 7, scope: !48)
!150 = !DILocation(line: 37, column: 13, scope: !48)
!151 = !DILocation(line: 38, column: 8, scope: !48)
!152 = !DILocation(line: 38, column: 3, scope: !48)
!153 = !DILocation(line: 40, column: 3, scope: !48)
!154 = !DILocation(line: 40, column: 17, scope: !48)
!155 = !DILocation(line: 41, column: 3, scope: !48)
!156 = !DILocation(line: 41, column: 7, scope: !48)
!157 = !DILocation(line: 42, column: 15, scope: !48)
!158 = !DILocation(line: 42, column: 3, scope: !48)
!159 = !DILocation(line: 42, column: 10, scope: !48)
!160 = !DILocation(line: 42, column: 13, scope: !48)
!161 = !{!162, !120, i64 0}
!162 = !{!"pollfd", !120, i64 0, !116, i64 4, !116, i64 6}
!163 = !DILocation(line: 43, column: 15, scope: !48)
!164 = !DILocation(line: 43, column: 3, scope: !48)
!165 = !DILocation(line: 43, column: 10, scope: !48)
!166 = !DILocation(line: 43, column: 13, scope: !48)
!167 = !DILocation(line: 44, column: 15, scope: !48)
!168 = !DILocation(line: 44, column: 3, scope: !48)
!169 = !DILocation(line: 44, column: 10, scope: !48)
!170 = !DILocation(line: 44, column: 13, scope: !48)
!171 = !DILocation(line: 45, column: 8, scope: !99)
!172 = !DILocation(line: 45, column: 12, scope: !99)
!173 = !DILocation(line: 45, column: 19, scope: !174)
!174 = distinct !DILexicalBlock(scope: !99, file: !2, line: 45, column: 3)
!175 = !DILocation(line: 45, column: 21, scope: !174)
!176 = !DILocation(line: 45, column: 3, scope: !99)
!177 = !DILocation(line: 45, column: 3, scope: !174)
!178 = !DILocation(line: 46, column: 9, scope: !174)
!179 = !DILocation(line: 46, column: 5, scope: !174)
!180 = !DILocation(line: 46, column: 12, scope: !174)
!181 = !DILocation(line: 46, column: 19, scope: !174)
!182 = !{!162, !116, i64 4}
!183 = !DILocation(line: 45, column: 27, scope: !174)
!184 = distinct !{!184, !176, !185, !186}
!185 = !DILocation(line: 46, column: 21, scope: !99)
!186 = !{!"llvm.loop.mustprogress"}
!187 = !DILocation(line: 47, column: 3, scope: !48)
!188 = !DILocation(line: 48, column: 14, scope: !189)
!189 = distinct !DILexicalBlock(scope: !102, file: !2, line: 48, column: 9)
!190 = !DILocation(line: 48, column: 19, scope: !189)
!191 = !DILocation(line: 48, column: 9, scope: !189)
!192 = !DILocation(line: 48, column: 29, scope: !189)
!193 = !DILocation(line: 48, column: 9, scope: !102)
!194 = !DILocation(line: 49, column: 7, scope: !189)
!195 = distinct !{!195, !196, !197}
!196 = !DILocation(line: 47, column: 3, scope: !104)
!197 = !DILocation(line: 64, column: 3, scope: !104)
!198 = !DILocation(line: 50, column: 10, scope: !101)
!199 = !DILocation(line: 50, column: 14, scope: !101)
!200 = !DILocation(line: 50, column: 21, scope: !109)
!201 = !DILocation(line: 50, column: 25, scope: !109)
!202 = !DILocation(line: 50, column: 23, scope: !109)
!203 = !DILocation(line: 50, column: 5, scope: !101)
!204 = !DILocation(line: 50, column: 5, scope: !109)
!205 = !DILocation(line: 51, column: 17, scope: !206)
!206 = distinct !DILexicalBlock(scope: !108, file: !2, line: 51, column: 11)
!207 = !DILocation(line: 51, column: 13, scope: !206)
!208 = !DILocation(line: 51, column: 20, scope: !206)
!209 = !{!162, !116, i64 6}
!210 = !DILocation(line: 51, column: 28, scope: !206)
!211 = !DILocation(line: 51, column: 11, scope: !108)
!212 = !DILocation(line: 52, column: 9, scope: !206)
!213 = !DILocation(line: 53, column: 15, scope: !107)
!214 = !DILocation(line: 53, column: 11, scope: !107)
!215 = !DILocation(line: 53, column: 18, scope: !107)
!216 = !DILocation(line: 53, column: 24, scope: !107)
!217 = !DILocation(line: 53, column: 21, scope: !107)
!218 = !DILocation(line: 53, column: 11, scope: !108)
!219 = !DILocation(line: 54, column: 9, scope: !106)
!220 = !DILocation(line: 54, column: 13, scope: !106)
!221 = !DILocation(line: 54, column: 24, scope: !106)
!222 = !DILocation(line: 54, column: 17, scope: !106)
!223 = !DILocation(line: 55, column: 13, scope: !224)
!224 = distinct !DILexicalBlock(scope: !106, file: !2, line: 55, column: 13)
!225 = !DILocation(line: 55, column: 15, scope: !224)
!226 = !DILocation(line: 55, column: 20, scope: !224)
!227 = !DILocation(line: 55, column: 23, scope: !224)
!228 = !DILocation(line: 55, column: 28, scope: !224)
!229 = !DILocation(line: 55, column: 13, scope: !106)
!230 = !DILocation(line: 56, column: 26, scope: !231)
!231 = distinct !DILexicalBlock(scope: !224, file: !2, line: 55, column: 34)
!232 = !DILocation(line: 56, column: 15, scope: !231)
!233 = !DILocation(line: 56, column: 11, scope: !231)
!234 = !DILocation(line: 56, column: 21, scope: !231)
!235 = !DILocation(line: 56, column: 24, scope: !231)
!236 = !DILocation(line: 57, column: 15, scope: !231)
!237 = !DILocation(line: 57, column: 11, scope: !231)
!238 = !DILocation(line: 57, column: 21, scope: !231)
!239 = !DILocation(line: 57, column: 28, scope: !231)
!240 = !DILocation(line: 58, column: 15, scope: !231)
!241 = !DILocation(line: 59, column: 9, scope: !231)
!242 = !DILocation(line: 61, column: 7, scope: !107)
!243 = !DILocation(line: 62, column: 17, scope: !108)
!244 = !DILocation(line: 62, column: 13, scope: !108)
!245 = !DILocation(line: 62, column: 20, scope: !108)
!246 = !DILocation(line: 62, column: 7, scope: !108)
!247 = !DILocation(line: 63, column: 5, scope: !108)
!248 = !DILocation(line: 50, column: 32, scope: !109)
!249 = distinct !{!249, !203, !250, !186}
!250 = !DILocation(line: 63, column: 5, scope: !101)
!251 = !DILocation(line: 47, column: 3, scope: !103)
!252 = distinct !DISubprogram(name: "__bswap_16", scope: !253, file: !253, line: 34, type: !254, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !256)
!253 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!254 = !DISubroutineType(types: !255)
!255 = !{!37, !37}
!256 = !{!257}
!257 = !DILocalVariable(name: "__bsx", arg: 1, scope: !252, file: !253, line: 34, type: !37)
!258 = !{!116, !116, i64 0}
!259 = !DILocation(line: 34, column: 24, scope: !252)
!260 = !DILocation(line: 39, column: 10, scope: !252)
!261 = !DILocation(line: 39, column: 3, scope: !252)
!262 = !DISubprogram(name: "socket", scope: !263, file: !263, line: 102, type: !264, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!263 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!264 = !DISubroutineType(types: !265)
!265 = !{!51, !51, !51, !51}
!266 = !DISubprogram(name: "bind", scope: !263, file: !263, line: 112, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!51, !51, !269, !271}
!269 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !270, size: 64)
!270 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!271 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !272)
!272 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !38, line: 210, baseType: !13)
!273 = !DISubprogram(name: "listen", scope: !263, file: !263, line: 296, type: !274, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!274 = !DISubroutineType(types: !275)
!275 = !{!51, !51, !51}
!276 = !DISubprogram(name: "strcpy", scope: !277, file: !277, line: 141, type: !278, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!277 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!278 = !DISubroutineType(types: !279)
!279 = !{!280, !281, !282}
!280 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!281 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !280)
!282 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !283)
!283 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !284, size: 64)
!284 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!285 = !DISubprogram(name: "poll", scope: !89, file: !89, line: 54, type: !286, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!286 = !DISubroutineType(types: !287)
!287 = !{!51, !288, !289, !51}
!288 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!289 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !89, line: 33, baseType: !40)
!290 = !DISubprogram(name: "accept", scope: !263, file: !263, line: 306, type: !291, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!291 = !DISubroutineType(types: !292)
!292 = !{!51, !51, !293, !294}
!293 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!294 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !295)
!295 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !271, size: 64)
!296 = distinct !DISubprogram(name: "serve", scope: !2, file: !2, line: 14, type: !297, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !299)
!297 = !DISubroutineType(types: !298)
!298 = !{null, !51}
!299 = !{!300, !301, !305, !314, !315}
!300 = !DILocalVariable(name: "fd", arg: 1, scope: !296, file: !2, line: 14, type: !51)
!301 = !DILocalVariable(name: "buf", scope: !296, file: !2, line: 15, type: !302)
!302 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !303)
!303 = !{!304}
!304 = !DISubrange(count: 512)
!305 = !DILocalVariable(name: "src", scope: !296, file: !2, line: 16, type: !306)
!306 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !27, line: 196, size: 1024, elements: !307)
!307 = !{!308, !309, !313}
!308 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !306, file: !27, line: 198, baseType: !30, size: 16)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !306, file: !27, line: 199, baseType: !310, size: 944, offset: 16)
!310 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !311)
!311 = !{!312}
!312 = !DISubrange(count: 118)
!313 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !306, file: !27, line: 200, baseType: !40, size: 64, offset: 960)
!314 = !DILocalVariable(name: "len", scope: !296, file: !2, line: 17, type: !271)
!315 = !DILocalVariable(name: "n", scope: !296, file: !2, line: 18, type: !316)
!316 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !317, line: 108, baseType: !318)
!317 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!318 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !38, line: 194, baseType: !319)
!319 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!320 = !DILocation(line: 14, column: 23, scope: !296)
!321 = !DILocation(line: 15, column: 3, scope: !296)
!322 = !DILocation(line: 15, column: 8, scope: !296)
!323 = !DILocation(line: 16, column: 3, scope: !296)
!324 = !DILocation(line: 16, column: 27, scope: !296)
!325 = !DILocation(line: 17, column: 3, scope: !296)
!326 = !DILocation(line: 17, column: 13, scope: !296)
!327 = !DILocation(line: 18, column: 3, scope: !296)
!328 = !DILocation(line: 18, column: 11, scope: !296)
!329 = !DILocation(line: 18, column: 24, scope: !296)
!330 = !DILocation(line: 18, column: 28, scope: !296)
!331 = !DILocation(line: 18, column: 15, scope: !296)
!332 = !{!333, !333, i64 0}
!333 = !{!"long", !117, i64 0}
!334 = !DILocation(line: 19, column: 7, scope: !335)
!335 = distinct !DILexicalBlock(scope: !296, file: !2, line: 19, column: 7)
!336 = !DILocation(line: 19, column: 9, scope: !335)
!337 = !DILocation(line: 19, column: 7, scope: !296)
!338 = !DILocation(line: 20, column: 5, scope: !335)
!339 = !DILocation(line: 21, column: 7, scope: !296)
!340 = !DILocation(line: 22, column: 10, scope: !296)
!341 = !DILocation(line: 22, column: 14, scope: !296)
!342 = !DILocation(line: 22, column: 19, scope: !296)
!343 = !DILocation(line: 22, column: 50, scope: !296)
!344 = !DILocation(line: 22, column: 3, scope: !296)
!345 = !DILocation(line: 23, column: 1, scope: !296)
!346 = !DISubprogram(name: "recvfrom", scope: !263, file: !263, line: 163, type: !347, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!347 = !DISubroutineType(types: !348)
!348 = !{!316, !51, !349, !351, !51, !293, !294}
!349 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !350)
!350 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!351 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !352, line: 18, baseType: !40)
!352 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!353 = !DISubprogram(name: "sendto", scope: !263, file: !263, line: 152, type: !354, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!354 = !DISubroutineType(types: !355)
!355 = !{!316, !51, !356, !351, !51, !269, !271}
!356 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !357, size: 64)
!357 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
