; Loops and bounded libc calls on the fast path of checksum.c. The header
; check XORs a fixed 16 bytes (line 37: at most 16 iterations); the payload
; sum runs from byte 16 to the datagram's length (line 42), and the length
; is at most the 1499 bytes recvfrom may write, so at most 1483 iterations.
; strtoul (45), strlen (46) and the variable-length memcpy (51) have
; bounded BPF implementations; the 4-byte memcpys (49, 50) are plain
; stores. Every path ends in the kernel: short or bad headers are dropped,
; the rest answered at line 52.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -koffload-report=%t.json -disable-output %s
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; assert abs(c['omega'] - 1) < 1e-6, c['omega']; assert [(l['location'], l['max_trips']) for l in c['loops']] == [('checksum.c:37', 16), ('checksum.c:42', 1483)], c['loops']; assert c['blockers'] == [] and c['fallback_exits'] == [], c" %t.json
;
; CHECK-LABEL: koffload plan for 'checksum.c'
; CHECK:       arrival: checksum.c:32
; CHECK-NEXT:  reply: checksum.c:52
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload: omega 1.000
; CHECK-NOT:   blocked:
; CHECK-NOT:   fallback:
; CHECK:       loop: checksum.c:37 bounded, at most 16 trips
; CHECK-NEXT:  loop: checksum.c:42 bounded, at most 1483 trips
; CHECK-NEXT:  kernel-form: strtoul at checksum.c:45: bounded BPF implementation
; CHECK-NEXT:  kernel-form: strlen at checksum.c:46: bounded BPF implementation
; CHECK-NEXT:  kernel-form: memcpy at checksum.c:51: bounded BPF implementation
; CHECK-NEXT:  summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/checksum.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - checksum.c

; ModuleID = 'checksum.c'
source_filename = "checksum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !46 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [1500 x i8], align 16
  %7 = alloca [64 x i8], align 16
  %8 = alloca %struct.sockaddr_in, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i8, align 1
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #8, !dbg !107
    #dbg_declare(ptr %2, !51, !DIExpression(), !108)
  %17 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #8, !dbg !109
  store i32 %17, ptr %2, align 4, !dbg !108, !tbaa !110
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #8, !dbg !114
    #dbg_declare(ptr %3, !52, !DIExpression(), !115)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !116
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !117
  store i16 2, ptr %18, align 4, !dbg !118, !tbaa !119
  %19 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7100), !dbg !123
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !124
  store i16 %19, ptr %20, align 2, !dbg !125, !tbaa !126
  %21 = call i32 @__bswap_32(i32 noundef 0), !dbg !127
  %22 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !128
  %23 = getelementptr inbounds %struct.in_addr, ptr %22, i32 0, i32 0, !dbg !129
  store i32 %21, ptr %23, align 4, !dbg !130, !tbaa !131
  %24 = load i32, ptr %2, align 4, !dbg !132, !tbaa !110
  %25 = call i32 @bind(i32 noundef %24, ptr noundef %3, i32 noundef 16) #8, !dbg !134
  %26 = icmp slt i32 %25, 0, !dbg !135
  br i1 %26, label %27, label %29, !dbg !136

27:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !137
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #8, !dbg !138
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #8, !dbg !138
  %28 = load i32, ptr %1, align 4, !dbg !138
  ret i32 %28, !dbg !138

29:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #8, !dbg !139
    #dbg_declare(ptr %5, !68, !DIExpression(), !140)
  %30 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !141
  %31 = load i32, ptr %2, align 4, !dbg !142, !tbaa !110
  store i32 %31, ptr %30, align 4, !dbg !141, !tbaa !143
  %32 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !141
  store i16 1, ptr %32, align 4, !dbg !141, !tbaa !145
  %33 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !141
  store i16 0, ptr %33, align 2, !dbg !141, !tbaa !146
  call void @llvm.lifetime.start.p0(i64 1500, ptr %6) #8, !dbg !147
    #dbg_declare(ptr %6, !76, !DIExpression(), !148)
  call void @llvm.lifetime.start.p0(i64 64, ptr %7) #8, !dbg !149
    #dbg_declare(ptr %7, !80, !DIExpression(), !150)
  br label %34, !dbg !151

34:                                               ; preds = %114, %112, %37, %29
  %35 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !152
  %36 = icmp sle i32 %35, 0, !dbg !154
  br i1 %36, label %37, label %38, !dbg !155

37:                                               ; preds = %34
  br label %34, !dbg !156, !llvm.loop !157

38:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(i64 16, ptr %8) #8, !dbg !160
    #dbg_declare(ptr %8, !84, !DIExpression(), !161)
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #8, !dbg !162
    #dbg_declare(ptr %9, !88, !DIExpression(), !163)
  store i32 16, ptr %9, align 4, !dbg !163, !tbaa !110
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #8, !dbg !164
    #dbg_declare(ptr %10, !91, !DIExpression(), !165)
  %39 = load i32, ptr %2, align 4, !dbg !166, !tbaa !110
  %40 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 0, !dbg !167
  %41 = call i64 @recvfrom(i32 noundef %39, ptr noundef %40, i64 noundef 1499, i32 noundef 0, ptr noundef %8, ptr noundef %9), !dbg !168
  store i64 %41, ptr %10, align 8, !dbg !165, !tbaa !169
  %42 = load i64, ptr %10, align 8, !dbg !171, !tbaa !169
  %43 = icmp slt i64 %42, 16, !dbg !173
  br i1 %43, label %44, label %45, !dbg !174

44:                                               ; preds = %38
  store i32 3, ptr %4, align 4
  br label %112, !dbg !175, !llvm.loop !157

45:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(i64 1, ptr %11) #8, !dbg !176
    #dbg_declare(ptr %11, !96, !DIExpression(), !177)
  store i8 0, ptr %11, align 1, !dbg !177, !tbaa !178
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #8, !dbg !179
    #dbg_declare(ptr %12, !97, !DIExpression(), !180)
  store i32 0, ptr %12, align 4, !dbg !180, !tbaa !110
  br label %46, !dbg !179

46:                                               ; preds = %60, %45
  %47 = load i32, ptr %12, align 4, !dbg !181, !tbaa !110
  %48 = icmp slt i32 %47, 16, !dbg !183
  br i1 %48, label %50, label %49, !dbg !184

49:                                               ; preds = %46
  store i32 4, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #8, !dbg !185
  br label %63

50:                                               ; preds = %46
  %51 = load i32, ptr %12, align 4, !dbg !186, !tbaa !110
  %52 = sext i32 %51 to i64, !dbg !187
  %53 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 %52, !dbg !187
  %54 = load i8, ptr %53, align 1, !dbg !187, !tbaa !178
  %55 = zext i8 %54 to i32, !dbg !187
  %56 = load i8, ptr %11, align 1, !dbg !188, !tbaa !178
  %57 = zext i8 %56 to i32, !dbg !188
  %58 = xor i32 %57, %55, !dbg !188
  %59 = trunc i32 %58 to i8, !dbg !188
  store i8 %59, ptr %11, align 1, !dbg !188, !tbaa !178
  br label %60, !dbg !189

60:                                               ; preds = %50
  %61 = load i32, ptr %12, align 4, !dbg !190, !tbaa !110
  %62 = add nsw i32 %61, 1, !dbg !190
  store i32 %62, ptr %12, align 4, !dbg !190, !tbaa !110
  br label %46, !dbg !185, !llvm.loop !191

63:                                               ; preds = %49
  %64 = load i8, ptr %11, align 1, !dbg !194, !tbaa !178
  %65 = zext i8 %64 to i32, !dbg !194
  %66 = icmp ne i32 %65, 0, !dbg !196
  br i1 %66, label %67, label %68, !dbg !197

67:                                               ; preds = %63
  store i32 3, ptr %4, align 4
  br label %111, !dbg !198, !llvm.loop !157

68:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(i64 4, ptr %13) #8, !dbg !199
    #dbg_declare(ptr %13, !99, !DIExpression(), !200)
  store i32 0, ptr %13, align 4, !dbg !200, !tbaa !110
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #8, !dbg !201
    #dbg_declare(ptr %14, !100, !DIExpression(), !202)
  store i64 16, ptr %14, align 8, !dbg !202, !tbaa !169
  br label %69, !dbg !201

69:                                               ; preds = %81, %68
  %70 = load i64, ptr %14, align 8, !dbg !203, !tbaa !169
  %71 = load i64, ptr %10, align 8, !dbg !205, !tbaa !169
  %72 = icmp slt i64 %70, %71, !dbg !206
  br i1 %72, label %74, label %73, !dbg !207

73:                                               ; preds = %69
  store i32 7, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #8, !dbg !208
  br label %84

74:                                               ; preds = %69
  %75 = load i64, ptr %14, align 8, !dbg !209, !tbaa !169
  %76 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 %75, !dbg !210
  %77 = load i8, ptr %76, align 1, !dbg !210, !tbaa !178
  %78 = zext i8 %77 to i32, !dbg !210
  %79 = load i32, ptr %13, align 4, !dbg !211, !tbaa !110
  %80 = add i32 %79, %78, !dbg !211
  store i32 %80, ptr %13, align 4, !dbg !211, !tbaa !110
  br label %81, !dbg !212

81:                                               ; preds = %74
  %82 = load i64, ptr %14, align 8, !dbg !213, !tbaa !169
  %83 = add nsw i64 %82, 1, !dbg !213
  store i64 %83, ptr %14, align 8, !dbg !213, !tbaa !169
  br label %69, !dbg !208, !llvm.loop !214

84:                                               ; preds = %73
  %85 = load i64, ptr %10, align 8, !dbg !216, !tbaa !169
  %86 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 %85, !dbg !217
  store i8 0, ptr %86, align 1, !dbg !218, !tbaa !178
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #8, !dbg !219
    #dbg_declare(ptr %15, !102, !DIExpression(), !220)
  %87 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 0, !dbg !221
  %88 = getelementptr inbounds i8, ptr %87, i64 1, !dbg !222
  %89 = call i64 @strtoul(ptr noundef %88, ptr noundef null, i32 noundef 10) #8, !dbg !223
  store i64 %89, ptr %15, align 8, !dbg !220, !tbaa !169
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #8, !dbg !224
    #dbg_declare(ptr %16, !104, !DIExpression(), !225)
  %90 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 0, !dbg !226
  %91 = getelementptr inbounds i8, ptr %90, i64 16, !dbg !227
  %92 = call i64 @strlen(ptr noundef %91) #9, !dbg !228
  store i64 %92, ptr %16, align 8, !dbg !225, !tbaa !169
  %93 = load i64, ptr %16, align 8, !dbg !229, !tbaa !169
  %94 = icmp ugt i64 %93, 56, !dbg !231
  br i1 %94, label %95, label %96, !dbg !232

95:                                               ; preds = %84
  store i64 56, ptr %16, align 8, !dbg !233, !tbaa !169
  br label %96, !dbg !234

96:                                               ; preds = %95, %84
  %97 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0, !dbg !235
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %97, ptr align 4 %13, i64 4, i1 false), !dbg !235
  %98 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0, !dbg !236
  %99 = getelementptr inbounds i8, ptr %98, i64 4, !dbg !237
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %99, ptr align 8 %15, i64 4, i1 false), !dbg !238
  %100 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0, !dbg !239
  %101 = getelementptr inbounds i8, ptr %100, i64 8, !dbg !240
  %102 = getelementptr inbounds [1500 x i8], ptr %6, i64 0, i64 0, !dbg !241
  %103 = getelementptr inbounds i8, ptr %102, i64 16, !dbg !242
  %104 = load i64, ptr %16, align 8, !dbg !243, !tbaa !169
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %101, ptr align 1 %103, i64 %104, i1 false), !dbg !244
  %105 = load i32, ptr %2, align 4, !dbg !245, !tbaa !110
  %106 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0, !dbg !246
  %107 = load i64, ptr %16, align 8, !dbg !247, !tbaa !169
  %108 = add i64 %107, 8, !dbg !248
  %109 = load i32, ptr %9, align 4, !dbg !249, !tbaa !110
  %110 = call i64 @sendto(i32 noundef %105, ptr noundef %106, i64 noundef %108, i32 noundef 0, ptr noundef %8, i32 noundef %109), !dbg !250
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #8, !dbg !251
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #8, !dbg !251
  call void @llvm.lifetime.end.p0(i64 4, ptr %13) #8, !dbg !251
  store i32 0, ptr %4, align 4, !dbg !251
  br label %111, !dbg !251

111:                                              ; preds = %96, %67
  call void @llvm.lifetime.end.p0(i64 1, ptr %11) #8, !dbg !251
  br label %112

112:                                              ; preds = %111, %44
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #8, !dbg !251
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #8, !dbg !251
  call void @llvm.lifetime.end.p0(i64 16, ptr %8) #8, !dbg !251
  %113 = load i32, ptr %4, align 4
  switch i32 %113, label %115 [
    i32 0, label %114
    i32 3, label %34
  ]

114:                                              ; preds = %112
  br label %34, !dbg !252, !llvm.loop !157

115:                                              ; preds = %112
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !253 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !257 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !263
    #dbg_declare(ptr %2, !262, !DIExpression(), !264)
  %3 = load i16, ptr %2, align 2, !dbg !265, !tbaa !263
  %4 = zext i16 %3 to i32, !dbg !265
  %5 = ashr i32 %4, 8, !dbg !265
  %6 = and i32 %5, 255, !dbg !265
  %7 = load i16, ptr %2, align 2, !dbg !265, !tbaa !263
  %8 = zext i16 %7 to i32, !dbg !265
  %9 = and i32 %8, 255, !dbg !265
  %10 = shl i32 %9, 8, !dbg !265
  %11 = or i32 %6, %10, !dbg !265
  %12 = trunc i32 %11 to i16, !dbg !265
  ret i16 %12, !dbg !266
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !267 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !110
    #dbg_declare(ptr %2, !271, !DIExpression(), !272)
  %3 = load i32, ptr %2, align 4, !dbg !273, !tbaa !110
  %4 = and i32 %3, -16777216, !dbg !273
  %5 = lshr i32 %4, 24, !dbg !273
  %6 = load i32, ptr %2, align 4, !dbg !273, !tbaa !110
  %7 = and i32 %6, 16711680, !dbg !273
  %8 = lshr i32 %7, 8, !dbg !273
  %9 = or i32 %5, %8, !dbg !273
  %10 = load i32, ptr %2, align 4, !dbg !273, !tbaa !110
  %11 = and i32 %10, 65280, !dbg !273
  %12 = shl i32 %11, 8, !dbg !273
  %13 = or i32 %9, %12, !dbg !273
  %14 = load i32, ptr %2, align 4, !dbg !273, !tbaa !110
  %15 = and i32 %14, 255, !dbg !273
  %16 = shl i32 %15, 24, !dbg !273
  %17 = or i32 %13, %16, !dbg !273
  ret i32 %17, !dbg !274
}

; Function Attrs: nounwind
declare !dbg !275 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !280 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !285 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !293 i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !301 i64 @strlen(ptr noundef) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

declare !dbg !305 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!39, !40, !41, !42, !43, !44}
!llvm.ident = !{!45}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !16, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "checksum.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "59785b6d01f01be73bcc70f73f9b1802")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !4, line: 24, baseType: !5, size: 32, elements: !6)
!4 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!5 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!6 = !{!7, !8, !9, !10, !11, !12, !13, !14, !15}
!7 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!8 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!9 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!10 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!11 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!12 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!13 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!14 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!15 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!16 = !{!17, !23, !36, !38}
!17 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !18, line: 30, baseType: !19)
!18 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !20, line: 26, baseType: !21)
!20 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !22, line: 42, baseType: !5)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !25, line: 183, size: 128, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!26 = !{!27, !31}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !24, file: !25, line: 185, baseType: !28, size: 16)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !29, line: 28, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !24, file: !25, line: 186, baseType: !32, size: 112, offset: 16)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 112, elements: !34)
!33 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!34 = !{!35}
!35 = !DISubrange(count: 14)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64)
!37 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !33)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !22, line: 40, baseType: !30)
!39 = !{i32 7, !"Dwarf Version", i32 5}
!40 = !{i32 2, !"Debug Info Version", i32 3}
!41 = !{i32 1, !"wchar_size", i32 4}
!42 = !{i32 8, !"PIC Level", i32 2}
!43 = !{i32 7, !"PIE Level", i32 2}
!44 = !{i32 7, !"uwtable", i32 2}
!45 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!46 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 15, type: !47, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !50)
!47 = !DISubroutineType(types: !48)
!48 = !{!49}
!49 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!50 = !{!51, !52, !68, !76, !80, !84, !88, !91, !96, !97, !99, !100, !102, !104}
!51 = !DILocalVariable(name: "fd", scope: !46, file: !1, line: 16, type: !49)
!52 = !DILocalVariable(name: "addr", scope: !46, file: !1, line: 17, type: !53)
!53 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !18, line: 245, size: 128, elements: !54)
!54 = !{!55, !56, !59, !63}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !53, file: !18, line: 247, baseType: !28, size: 16)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !53, file: !18, line: 248, baseType: !57, size: 16, offset: 16)
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !18, line: 123, baseType: !58)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !20, line: 25, baseType: !38)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !53, file: !18, line: 249, baseType: !60, size: 32, offset: 32)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !18, line: 31, size: 32, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !60, file: !18, line: 33, baseType: !17, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !53, file: !18, line: 252, baseType: !64, size: 64, offset: 64)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 64, elements: !66)
!65 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!66 = !{!67}
!67 = !DISubrange(count: 8)
!68 = !DILocalVariable(name: "pfd", scope: !46, file: !1, line: 24, type: !69)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !70, line: 36, size: 64, elements: !71)
!70 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!71 = !{!72, !73, !75}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !69, file: !70, line: 38, baseType: !49, size: 32)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !69, file: !70, line: 39, baseType: !74, size: 16, offset: 32)
!74 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !69, file: !70, line: 40, baseType: !74, size: 16, offset: 48)
!76 = !DILocalVariable(name: "buf", scope: !46, file: !1, line: 25, type: !77)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 12000, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 1500)
!80 = !DILocalVariable(name: "reply", scope: !46, file: !1, line: 26, type: !81)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !65, size: 512, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 64)
!84 = !DILocalVariable(name: "src", scope: !85, file: !1, line: 30, type: !53)
!85 = distinct !DILexicalBlock(scope: !86, file: !1, line: 27, column: 12)
!86 = distinct !DILexicalBlock(scope: !87, file: !1, line: 27, column: 3)
!87 = distinct !DILexicalBlock(scope: !46, file: !1, line: 27, column: 3)
!88 = !DILocalVariable(name: "len", scope: !85, file: !1, line: 31, type: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !90)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !22, line: 210, baseType: !5)
!91 = !DILocalVariable(name: "n", scope: !85, file: !1, line: 32, type: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !93, line: 108, baseType: !94)
!93 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !22, line: 194, baseType: !95)
!95 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!96 = !DILocalVariable(name: "x", scope: !85, file: !1, line: 36, type: !65)
!97 = !DILocalVariable(name: "i", scope: !98, file: !1, line: 37, type: !49)
!98 = distinct !DILexicalBlock(scope: !85, file: !1, line: 37, column: 5)
!99 = !DILocalVariable(name: "sum", scope: !85, file: !1, line: 41, type: !5)
!100 = !DILocalVariable(name: "i", scope: !101, file: !1, line: 42, type: !92)
!101 = distinct !DILexicalBlock(scope: !85, file: !1, line: 42, column: 5)
!102 = !DILocalVariable(name: "want", scope: !85, file: !1, line: 45, type: !103)
!103 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!104 = !DILocalVariable(name: "m", scope: !85, file: !1, line: 46, type: !105)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !106, line: 18, baseType: !103)
!106 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!107 = !DILocation(line: 16, column: 3, scope: !46)
!108 = !DILocation(line: 16, column: 7, scope: !46)
!109 = !DILocation(line: 16, column: 12, scope: !46)
!110 = !{!111, !111, i64 0}
!111 = !{!"int", !112, i64 0}
!112 = !{!"omnipotent char", !113, i64 0}
!113 = !{!"Simple C/C++ TBAA"}
!114 = !DILocation(line: 17, column: 3, scope: !46)
!115 = !DILocation(line: 17, column: 22, scope: !46)
!116 = !DILocation(line: 18, column: 3, scope: !46)
!117 = !DILocation(line: 19, column: 8, scope: !46)
!118 = !DILocation(line: 19, column: 19, scope: !46)
!119 = !{!120, !121, i64 0}
!120 = !{!"sockaddr_in", !121, i64 0, !121, i64 2, !122, i64 4, !112, i64 8}
!121 = !{!"short", !112, i64 0}
!122 = !{!"in_addr", !111, i64 0}
!123 = !DILocation(line: 20, column: 19, scope: !46)
!124 = !DILocation(line: 20, column: 8, scope: !46)
!125 = !DILocation(line: 20, column: 17, scope: !46)
!126 = !{!120, !121, i64 2}
!127 = !DILocation(line: 21, column: 26, scope: !46)
!128 = !DILocation(line: 21, column: 8, scope: !46)
!129 = !DILocation(line: 21, column: 17, scope: !46)
!130 = !DILocation(line: 21, column: 24, scope: !46)
!131 = !{!120, !111, i64 4}
!132 = !DILocation(line: 22, column: 12, scope: !133)
!133 = distinct !DILexicalBlock(scope: !46, file: !1, line: 22, column: 7)
!134 = !DILocation(line: 22, column: 7, scope: !133)
!135 = !DILocation(line: 22, column: 56, scope: !133)
!136 = !DILocation(line: 22, column: 7, scope: !46)
!137 = !DILocation(line: 23, column: 5, scope: !133)
!138 = !DILocation(line: 54, column: 1, scope: !46)
!139 = !DILocation(line: 24, column: 3, scope: !46)
!140 = !DILocation(line: 24, column: 17, scope: !46)
!141 = !DILocation(line: 24, column: 23, scope: !46)
!142 = !DILocation(line: 24, column: 30, scope: !46)
!143 = !{!144, !111, i64 0}
!144 = !{!"pollfd", !111, i64 0, !121, i64 4, !121, i64 6}
!145 = !{!144, !121, i64 4}
!146 = !{!144, !121, i64 6}
!147 = !DILocation(line: 25, column: 3, scope: !46)
!148 = !DILocation(line: 25, column: 17, scope: !46)
!149 = !DILocation(line: 26, column: 3, scope: !46)
!150 = !DILocation(line: 26, column: 17, scope: !46)
!151 = !DILocation(line: 27, column: 3, scope: !46)
!152 = !DILocation(line: 28, column: 9, scope: !153)
!153 = distinct !DILexicalBlock(scope: !85, file: !1, line: 28, column: 9)
!154 = !DILocation(line: 28, column: 27, scope: !153)
!155 = !DILocation(line: 28, column: 9, scope: !85)
!156 = !DILocation(line: 29, column: 7, scope: !153)
!157 = distinct !{!157, !158, !159}
!158 = !DILocation(line: 27, column: 3, scope: !87)
!159 = !DILocation(line: 53, column: 3, scope: !87)
!160 = !DILocation(line: 30, column: 5, scope: !85)
!161 = !DILocation(line: 30, column: 24, scope: !85)
!162 = !DILocation(line: 31, column: 5, scope: !85)
!163 = !DILocation(line: 31, column: 15, scope: !85)
!164 = !DILocation(line: 32, column: 5, scope: !85)
!165 = !DILocation(line: 32, column: 13, scope: !85)
!166 = !DILocation(line: 32, column: 26, scope: !85)
!167 = !DILocation(line: 32, column: 30, scope: !85)
!168 = !DILocation(line: 32, column: 17, scope: !85)
!169 = !{!170, !170, i64 0}
!170 = !{!"long", !112, i64 0}
!171 = !DILocation(line: 34, column: 9, scope: !172)
!172 = distinct !DILexicalBlock(scope: !85, file: !1, line: 34, column: 9)
!173 = !DILocation(line: 34, column: 11, scope: !172)
!174 = !DILocation(line: 34, column: 9, scope: !85)
!175 = !DILocation(line: 35, column: 7, scope: !172)
!176 = !DILocation(line: 36, column: 5, scope: !85)
!177 = !DILocation(line: 36, column: 19, scope: !85)
!178 = !{!112, !112, i64 0}
!179 = !DILocation(line: 37, column: 10, scope: !98)
!180 = !DILocation(line: 37, column: 14, scope: !98)
!181 = !DILocation(line: 37, column: 21, scope: !182)
!182 = distinct !DILexicalBlock(scope: !98, file: !1, line: 37, column: 5)
!183 = !DILocation(line: 37, column: 23, scope: !182)
!184 = !DILocation(line: 37, column: 5, scope: !98)
!185 = !DILocation(line: 37, column: 5, scope: !182)
!186 = !DILocation(line: 38, column: 16, scope: !182)
!187 = !DILocation(line: 38, column: 12, scope: !182)
!188 = !DILocation(line: 38, column: 9, scope: !182)
!189 = !DILocation(line: 38, column: 7, scope: !182)
!190 = !DILocation(line: 37, column: 31, scope: !182)
!191 = distinct !{!191, !184, !192, !193}
!192 = !DILocation(line: 38, column: 17, scope: !98)
!193 = !{!"llvm.loop.mustprogress"}
!194 = !DILocation(line: 39, column: 9, scope: !195)
!195 = distinct !DILexicalBlock(scope: !85, file: !1, line: 39, column: 9)
!196 = !DILocation(line: 39, column: 11, scope: !195)
!197 = !DILocation(line: 39, column: 9, scope: !85)
!198 = !DILocation(line: 40, column: 7, scope: !195)
!199 = !DILocation(line: 41, column: 5, scope: !85)
!200 = !DILocation(line: 41, column: 14, scope: !85)
!201 = !DILocation(line: 42, column: 10, scope: !101)
!202 = !DILocation(line: 42, column: 18, scope: !101)
!203 = !DILocation(line: 42, column: 27, scope: !204)
!204 = distinct !DILexicalBlock(scope: !101, file: !1, line: 42, column: 5)
!205 = !DILocation(line: 42, column: 31, scope: !204)
!206 = !DILocation(line: 42, column: 29, scope: !204)
!207 = !DILocation(line: 42, column: 5, scope: !101)
!208 = !DILocation(line: 42, column: 5, scope: !204)
!209 = !DILocation(line: 43, column: 18, scope: !204)
!210 = !DILocation(line: 43, column: 14, scope: !204)
!211 = !DILocation(line: 43, column: 11, scope: !204)
!212 = !DILocation(line: 43, column: 7, scope: !204)
!213 = !DILocation(line: 42, column: 35, scope: !204)
!214 = distinct !{!214, !207, !215, !193}
!215 = !DILocation(line: 43, column: 19, scope: !101)
!216 = !DILocation(line: 44, column: 9, scope: !85)
!217 = !DILocation(line: 44, column: 5, scope: !85)
!218 = !DILocation(line: 44, column: 12, scope: !85)
!219 = !DILocation(line: 45, column: 5, scope: !85)
!220 = !DILocation(line: 45, column: 19, scope: !85)
!221 = !DILocation(line: 45, column: 48, scope: !85)
!222 = !DILocation(line: 45, column: 52, scope: !85)
!223 = !DILocation(line: 45, column: 26, scope: !85)
!224 = !DILocation(line: 46, column: 5, scope: !85)
!225 = !DILocation(line: 46, column: 12, scope: !85)
!226 = !DILocation(line: 46, column: 37, scope: !85)
!227 = !DILocation(line: 46, column: 41, scope: !85)
!228 = !DILocation(line: 46, column: 16, scope: !85)
!229 = !DILocation(line: 47, column: 9, scope: !230)
!230 = distinct !DILexicalBlock(scope: !85, file: !1, line: 47, column: 9)
!231 = !DILocation(line: 47, column: 11, scope: !230)
!232 = !DILocation(line: 47, column: 9, scope: !85)
!233 = !DILocation(line: 48, column: 9, scope: !230)
!234 = !DILocation(line: 48, column: 7, scope: !230)
!235 = !DILocation(line: 49, column: 5, scope: !85)
!236 = !DILocation(line: 50, column: 12, scope: !85)
!237 = !DILocation(line: 50, column: 18, scope: !85)
!238 = !DILocation(line: 50, column: 5, scope: !85)
!239 = !DILocation(line: 51, column: 12, scope: !85)
!240 = !DILocation(line: 51, column: 18, scope: !85)
!241 = !DILocation(line: 51, column: 23, scope: !85)
!242 = !DILocation(line: 51, column: 27, scope: !85)
!243 = !DILocation(line: 51, column: 34, scope: !85)
!244 = !DILocation(line: 51, column: 5, scope: !85)
!245 = !DILocation(line: 52, column: 12, scope: !85)
!246 = !DILocation(line: 52, column: 16, scope: !85)
!247 = !DILocation(line: 52, column: 23, scope: !85)
!248 = !DILocation(line: 52, column: 25, scope: !85)
!249 = !DILocation(line: 52, column: 58, scope: !85)
!250 = !DILocation(line: 52, column: 5, scope: !85)
!251 = !DILocation(line: 53, column: 3, scope: !86)
!252 = !DILocation(line: 27, column: 3, scope: !86)
!253 = !DISubprogram(name: "socket", scope: !254, file: !254, line: 102, type: !255, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!254 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!255 = !DISubroutineType(types: !256)
!256 = !{!49, !49, !49, !49}
!257 = distinct !DISubprogram(name: "__bswap_16", scope: !258, file: !258, line: 34, type: !259, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !261)
!258 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!259 = !DISubroutineType(types: !260)
!260 = !{!38, !38}
!261 = !{!262}
!262 = !DILocalVariable(name: "__bsx", arg: 1, scope: !257, file: !258, line: 34, type: !38)
!263 = !{!121, !121, i64 0}
!264 = !DILocation(line: 34, column: 24, scope: !257)
!265 = !DILocation(line: 39, column: 10, scope: !257)
!266 = !DILocation(line: 39, column: 3, scope: !257)
!267 = distinct !DISubprogram(name: "__bswap_32", scope: !258, file: !258, line: 49, type: !268, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !270)
!268 = !DISubroutineType(types: !269)
!269 = !{!21, !21}
!270 = !{!271}
!271 = !DILocalVariable(name: "__bsx", arg: 1, scope: !267, file: !258, line: 49, type: !21)
!272 = !DILocation(line: 49, column: 24, scope: !267)
!273 = !DILocation(line: 54, column: 10, scope: !267)
!274 = !DILocation(line: 54, column: 3, scope: !267)
!275 = !DISubprogram(name: "bind", scope: !254, file: !254, line: 112, type: !276, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!276 = !DISubroutineType(types: !277)
!277 = !{!49, !49, !278, !89}
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !279, size: 64)
!279 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !24)
!280 = !DISubprogram(name: "poll", scope: !70, file: !70, line: 54, type: !281, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!281 = !DISubroutineType(types: !282)
!282 = !{!49, !283, !284, !49}
!283 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!284 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !70, line: 33, baseType: !103)
!285 = !DISubprogram(name: "recvfrom", scope: !254, file: !254, line: 163, type: !286, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!286 = !DISubroutineType(types: !287)
!287 = !{!92, !49, !288, !105, !49, !290, !291}
!288 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !289)
!289 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!290 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !23)
!291 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !292)
!292 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64)
!293 = !DISubprogram(name: "strtoul", scope: !294, file: !294, line: 181, type: !295, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!294 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!295 = !DISubroutineType(types: !296)
!296 = !{!103, !297, !298, !49}
!297 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !36)
!298 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !299)
!299 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !300, size: 64)
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64)
!301 = !DISubprogram(name: "strlen", scope: !302, file: !302, line: 407, type: !303, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!302 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!303 = !DISubroutineType(types: !304)
!304 = !{!103, !36}
!305 = !DISubprogram(name: "sendto", scope: !254, file: !254, line: 152, type: !306, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!306 = !DISubroutineType(types: !307)
!307 = !{!92, !49, !308, !105, !49, !278, !89}
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !309, size: 64)
!309 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
