; epoll-dispatch.c dispatches the ready events in a loop over epoll_wait's
; results (line 31) and replies on the fd it reloads from the event (line
; 50). Neither is state the request needs from before the read (line 41):
; the dispatch loop's i++ and i < n only move on to the next event (a
; request the kernel answers never becomes one), and the reloaded fd is the
; connection the request came on. The read's end-of-stream and error paths
; (line 42) never reach an sk_skb program. The newline count runs once per
; byte read, at most the 2048 bytes of the buffer (line 47).
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload plan for 'epoll-dispatch.c'
; CHECK:       candidate #0: socket #1 tcp port 7300, event loop #0, hook sk_skb
; CHECK:       arrival: epoll-dispatch.c:41
; CHECK-NEXT:  reply: epoll-dispatch.c:50
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload: omega 1.000 > rho {{[0-9.]+}} + margin 0.05
; CHECK-NOT:   blocked:
; CHECK-NOT:   fallback:
; CHECK:       loop: epoll-dispatch.c:47 bounded, at most 2048 trips
; CHECK-NEXT:  summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/epoll-dispatch.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - epoll-dispatch.c

; ModuleID = 'epoll-dispatch.c'
source_filename = "epoll-dispatch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !62 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.epoll_event, align 1
  %7 = alloca [32 x %struct.epoll_event], align 16
  %8 = alloca [2048 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca %struct.epoll_event, align 1
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !133
    #dbg_declare(ptr %2, !67, !DIExpression(), !134)
  %18 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !135
  store i32 %18, ptr %2, align 4, !dbg !134, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !140
    #dbg_declare(ptr %3, !68, !DIExpression(), !141)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !142
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !143
  store i16 2, ptr %19, align 4, !dbg !144, !tbaa !145
  %20 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7300), !dbg !149
  %21 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !150
  store i16 %20, ptr %21, align 2, !dbg !151, !tbaa !152
  %22 = call i32 @__bswap_32(i32 noundef 0), !dbg !153
  %23 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !154
  %24 = getelementptr inbounds %struct.in_addr, ptr %23, i32 0, i32 0, !dbg !155
  store i32 %22, ptr %24, align 4, !dbg !156, !tbaa !157
  %25 = load i32, ptr %2, align 4, !dbg !158, !tbaa !136
  %26 = call i32 @bind(i32 noundef %25, ptr noundef %3, i32 noundef 16) #6, !dbg !160
  %27 = icmp slt i32 %26, 0, !dbg !161
  br i1 %27, label %32, label %28, !dbg !162

28:                                               ; preds = %0
  %29 = load i32, ptr %2, align 4, !dbg !163, !tbaa !136
  %30 = call i32 @listen(i32 noundef %29, i32 noundef 64) #6, !dbg !164
  %31 = icmp slt i32 %30, 0, !dbg !165
  br i1 %31, label %32, label %34, !dbg !166

32:                                               ; preds = %28, %0
  store i32 1, ptr %1, align 4, !dbg !167
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !168
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !168
  %33 = load i32, ptr %1, align 4, !dbg !168
  ret i32 %33, !dbg !168

34:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !169
    #dbg_declare(ptr %5, !84, !DIExpression(), !170)
  %35 = call i32 @epoll_create1(i32 noundef 0) #6, !dbg !171
  store i32 %35, ptr %5, align 4, !dbg !170, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 12, ptr %6) #6, !dbg !172
    #dbg_declare(ptr %6, !85, !DIExpression(), !173)
  %36 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 0, !dbg !174
  store i32 1, ptr %36, align 1, !dbg !174, !tbaa !175
  %37 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 1, !dbg !174
  %38 = load i32, ptr %2, align 4, !dbg !177, !tbaa !136
  store i32 %38, ptr %37, align 1, !dbg !178, !tbaa !179
  %39 = load i32, ptr %5, align 4, !dbg !180, !tbaa !136
  %40 = load i32, ptr %2, align 4, !dbg !181, !tbaa !136
  %41 = call i32 @epoll_ctl(i32 noundef %39, i32 noundef 1, i32 noundef %40, ptr noundef %6) #6, !dbg !182
  call void @llvm.lifetime.start.p0(i64 384, ptr %7) #6, !dbg !183
    #dbg_declare(ptr %7, !101, !DIExpression(), !184)
  call void @llvm.lifetime.start.p0(i64 2048, ptr %8) #6, !dbg !185
    #dbg_declare(ptr %8, !105, !DIExpression(), !186)
  br label %42, !dbg !187

42:                                               ; preds = %116, %34
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6, !dbg !188
    #dbg_declare(ptr %9, !109, !DIExpression(), !189)
  %43 = load i32, ptr %5, align 4, !dbg !190, !tbaa !136
  %44 = getelementptr inbounds [32 x %struct.epoll_event], ptr %7, i64 0, i64 0, !dbg !191
  %45 = call i32 @epoll_wait(i32 noundef %43, ptr noundef %44, i32 noundef 32, i32 noundef -1), !dbg !192
  store i32 %45, ptr %9, align 4, !dbg !189, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6, !dbg !193
    #dbg_declare(ptr %10, !113, !DIExpression(), !194)
  store i32 0, ptr %10, align 4, !dbg !194, !tbaa !136
  br label %46, !dbg !193

46:                                               ; preds = %113, %42
  %47 = load i32, ptr %10, align 4, !dbg !195, !tbaa !136
  %48 = load i32, ptr %9, align 4, !dbg !196, !tbaa !136
  %49 = icmp slt i32 %47, %48, !dbg !197
  br i1 %49, label %51, label %50, !dbg !198

50:                                               ; preds = %46
  store i32 4, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6, !dbg !199
  br label %116

51:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #6, !dbg !200
    #dbg_declare(ptr %11, !115, !DIExpression(), !201)
  %52 = load i32, ptr %10, align 4, !dbg !202, !tbaa !136
  %53 = sext i32 %52 to i64, !dbg !203
  %54 = getelementptr inbounds [32 x %struct.epoll_event], ptr %7, i64 0, i64 %53, !dbg !203
  %55 = getelementptr inbounds %struct.epoll_event, ptr %54, i32 0, i32 1, !dbg !204
  %56 = load i32, ptr %55, align 4, !dbg !205, !tbaa !179
  store i32 %56, ptr %11, align 4, !dbg !201, !tbaa !136
  %57 = load i32, ptr %11, align 4, !dbg !206, !tbaa !136
  %58 = load i32, ptr %2, align 4, !dbg !207, !tbaa !136
  %59 = icmp eq i32 %57, %58, !dbg !208
  br i1 %59, label %60, label %73, !dbg !209

60:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6, !dbg !210
    #dbg_declare(ptr %12, !118, !DIExpression(), !211)
  %61 = load i32, ptr %2, align 4, !dbg !212, !tbaa !136
  %62 = call i32 @accept(i32 noundef %61, ptr noundef null, ptr noundef null), !dbg !213
  store i32 %62, ptr %12, align 4, !dbg !211, !tbaa !136
  %63 = load i32, ptr %12, align 4, !dbg !214, !tbaa !136
  %64 = icmp sge i32 %63, 0, !dbg !215
  br i1 %64, label %65, label %72, !dbg !216

65:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(i64 12, ptr %13) #6, !dbg !217
    #dbg_declare(ptr %13, !121, !DIExpression(), !218)
  %66 = getelementptr inbounds %struct.epoll_event, ptr %13, i32 0, i32 0, !dbg !219
  store i32 1, ptr %66, align 1, !dbg !219, !tbaa !175
  %67 = getelementptr inbounds %struct.epoll_event, ptr %13, i32 0, i32 1, !dbg !219
  %68 = load i32, ptr %12, align 4, !dbg !220, !tbaa !136
  store i32 %68, ptr %67, align 1, !dbg !221, !tbaa !179
  %69 = load i32, ptr %5, align 4, !dbg !222, !tbaa !136
  %70 = load i32, ptr %12, align 4, !dbg !223, !tbaa !136
  %71 = call i32 @epoll_ctl(i32 noundef %69, i32 noundef 1, i32 noundef %70, ptr noundef %13) #6, !dbg !224
  call void @llvm.lifetime.end.p0(i64 12, ptr %13) #6, !dbg !225
  br label %72, !dbg !226

72:                                               ; preds = %65, %60
  store i32 6, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6, !dbg !227
  br label %110

73:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #6, !dbg !228
    #dbg_declare(ptr %14, !124, !DIExpression(), !229)
  %74 = load i32, ptr %11, align 4, !dbg !230, !tbaa !136
  %75 = getelementptr inbounds [2048 x i8], ptr %8, i64 0, i64 0, !dbg !231
  %76 = call i64 @read(i32 noundef %74, ptr noundef %75, i64 noundef 2048), !dbg !232
  store i64 %76, ptr %14, align 8, !dbg !229, !tbaa !233
  %77 = load i64, ptr %14, align 8, !dbg !235, !tbaa !233
  %78 = icmp sle i64 %77, 0, !dbg !237
  br i1 %78, label %79, label %82, !dbg !238

79:                                               ; preds = %73
  %80 = load i32, ptr %11, align 4, !dbg !239, !tbaa !136
  %81 = call i32 @close(i32 noundef %80), !dbg !241
  store i32 6, ptr %4, align 4
  br label %109, !dbg !242

82:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #6, !dbg !243
    #dbg_declare(ptr %15, !129, !DIExpression(), !244)
  store i32 0, ptr %15, align 4, !dbg !244, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #6, !dbg !245
    #dbg_declare(ptr %16, !130, !DIExpression(), !246)
  store i64 0, ptr %16, align 8, !dbg !246, !tbaa !233
  br label %83, !dbg !245

83:                                               ; preds = %97, %82
  %84 = load i64, ptr %16, align 8, !dbg !247, !tbaa !233
  %85 = load i64, ptr %14, align 8, !dbg !249, !tbaa !233
  %86 = icmp slt i64 %84, %85, !dbg !250
  br i1 %86, label %88, label %87, !dbg !251

87:                                               ; preds = %83
  store i32 7, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #6, !dbg !252
  br label %100

88:                                               ; preds = %83
  %89 = load i64, ptr %16, align 8, !dbg !253, !tbaa !233
  %90 = getelementptr inbounds [2048 x i8], ptr %8, i64 0, i64 %89, !dbg !254
  %91 = load i8, ptr %90, align 1, !dbg !254, !tbaa !179
  %92 = sext i8 %91 to i32, !dbg !254
  %93 = icmp eq i32 %92, 10, !dbg !255
  %94 = zext i1 %93 to i32, !dbg !255
  %95 = load i32, ptr %15, align 4, !dbg !256, !tbaa !136
  %96 = add i32 %95, %94, !dbg !256
  store i32 %96, ptr %15, align 4, !dbg !256, !tbaa !136
  br label %97, !dbg !257

97:                                               ; preds = %88
  %98 = load i64, ptr %16, align 8, !dbg !258, !tbaa !233
  %99 = add nsw i64 %98, 1, !dbg !258
  store i64 %99, ptr %16, align 8, !dbg !258, !tbaa !233
  br label %83, !dbg !252, !llvm.loop !259

100:                                              ; preds = %87
  call void @llvm.lifetime.start.p0(i64 4, ptr %17) #6, !dbg !262
    #dbg_declare(ptr %17, !132, !DIExpression(), !263)
  %101 = load i32, ptr %15, align 4, !dbg !264, !tbaa !136
  %102 = call i32 @__bswap_32(i32 noundef %101), !dbg !264
  store i32 %102, ptr %17, align 4, !dbg !263, !tbaa !136
  %103 = load i32, ptr %10, align 4, !dbg !265, !tbaa !136
  %104 = sext i32 %103 to i64, !dbg !266
  %105 = getelementptr inbounds [32 x %struct.epoll_event], ptr %7, i64 0, i64 %104, !dbg !266
  %106 = getelementptr inbounds %struct.epoll_event, ptr %105, i32 0, i32 1, !dbg !267
  %107 = load i32, ptr %106, align 4, !dbg !268, !tbaa !179
  %108 = call i64 @write(i32 noundef %107, ptr noundef %17, i64 noundef 4), !dbg !269
  call void @llvm.lifetime.end.p0(i64 4, ptr %17) #6, !dbg !270
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #6, !dbg !270
  store i32 0, ptr %4, align 4, !dbg !270
  br label %109, !dbg !270

109:                                              ; preds = %100, %79
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #6, !dbg !270
  br label %110

110:                                              ; preds = %109, %72
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #6, !dbg !270
  %111 = load i32, ptr %4, align 4
  switch i32 %111, label %117 [
    i32 0, label %112
    i32 6, label %113
  ]

112:                                              ; preds = %110
  br label %113, !dbg !271

113:                                              ; preds = %112, %110
  %114 = load i32, ptr %10, align 4, !dbg !272, !tbaa !136
  %115 = add nsw i32 %114, 1, !dbg !272
  store i32 %115, ptr %10, align 4, !dbg !272, !tbaa !136
  br label %46, !dbg !199, !llvm.loop !273

116:                                              ; preds = %50
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6, !dbg !275
  br label %42, !dbg !276, !llvm.loop !277

117:                                              ; preds = %110
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !280 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !284 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !290
    #dbg_declare(ptr %2, !289, !DIExpression(), !291)
  %3 = load i16, ptr %2, align 2, !dbg !292, !tbaa !290
  %4 = zext i16 %3 to i32, !dbg !292
  %5 = ashr i32 %4, 8, !dbg !292
  %6 = and i32 %5, 255, !dbg !292
  %7 = load i16, ptr %2, align 2, !dbg !292, !tbaa !290
  %8 = zext i16 %7 to i32, !dbg !292
  %9 = and i32 %8, 255, !dbg !292
  %10 = shl i32 %9, 8, !dbg !292
  %11 = or i32 %6, %10, !dbg !292
  %12 = trunc i32 %11 to i16, !dbg !292
  ret i16 %12, !dbg !293
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !294 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !136
    #dbg_declare(ptr %2, !298, !DIExpression(), !299)
  %3 = load i32, ptr %2, align 4, !dbg !300, !tbaa !136
  %4 = and i32 %3, -16777216, !dbg !300
  %5 = lshr i32 %4, 24, !dbg !300
  %6 = load i32, ptr %2, align 4, !dbg !300, !tbaa !136
  %7 = and i32 %6, 16711680, !dbg !300
  %8 = lshr i32 %7, 8, !dbg !300
  %9 = or i32 %5, %8, !dbg !300
  %10 = load i32, ptr %2, align 4, !dbg !300, !tbaa !136
  %11 = and i32 %10, 65280, !dbg !300
  %12 = shl i32 %11, 8, !dbg !300
  %13 = or i32 %9, %12, !dbg !300
  %14 = load i32, ptr %2, align 4, !dbg !300, !tbaa !136
  %15 = and i32 %14, 255, !dbg !300
  %16 = shl i32 %15, 24, !dbg !300
  %17 = or i32 %13, %16, !dbg !300
  ret i32 %17, !dbg !301
}

; Function Attrs: nounwind
declare !dbg !302 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind
declare !dbg !309 i32 @listen(i32 noundef, i32 noundef) #2

; Function Attrs: nounwind
declare !dbg !312 i32 @epoll_create1(i32 noundef) #2

; Function Attrs: nounwind
declare !dbg !315 i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) #2

declare !dbg !319 i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) #5

declare !dbg !322 i32 @accept(i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !328 i64 @read(i32 noundef, ptr noundef, i64 noundef) #5

declare !dbg !334 i32 @close(i32 noundef) #5

declare !dbg !335 i64 @write(i32 noundef, ptr noundef, i64 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!55, !56, !57, !58, !59, !60}
!llvm.ident = !{!61}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !34, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "epoll-dispatch.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "9cf0b4f5081d438defa779f2c88ab6d9")
!2 = !{!3, !16}
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
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !17, line: 35, baseType: !5, size: 32, elements: !18)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33}
!19 = !DIEnumerator(name: "EPOLLIN", value: 1)
!20 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!21 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!22 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!23 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!24 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!25 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!26 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!27 = !DIEnumerator(name: "EPOLLERR", value: 8)
!28 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!29 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!30 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!31 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!32 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!33 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!34 = !{!35, !41, !54}
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !36, line: 30, baseType: !37)
!36 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !38, line: 26, baseType: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !40, line: 42, baseType: !5)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !43, line: 183, size: 128, elements: !44)
!43 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!44 = !{!45, !49}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !42, file: !43, line: 185, baseType: !46, size: 16)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !47, line: 28, baseType: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!48 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !42, file: !43, line: 186, baseType: !50, size: 112, offset: 16)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 112, elements: !52)
!51 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!52 = !{!53}
!53 = !DISubrange(count: 14)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !40, line: 40, baseType: !48)
!55 = !{i32 7, !"Dwarf Version", i32 5}
!56 = !{i32 2, !"Debug Info Version", i32 3}
!57 = !{i32 1, !"wchar_size", i32 4}
!58 = !{i32 8, !"PIC Level", i32 2}
!59 = !{i32 7, !"PIE Level", i32 2}
!60 = !{i32 7, !"uwtable", i32 2}
!61 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!62 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 14, type: !63, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !66)
!63 = !DISubroutineType(types: !64)
!64 = !{!65}
!65 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!66 = !{!67, !68, !84, !85, !101, !105, !109, !113, !115, !118, !121, !124, !129, !130, !132}
!67 = !DILocalVariable(name: "lfd", scope: !62, file: !1, line: 15, type: !65)
!68 = !DILocalVariable(name: "addr", scope: !62, file: !1, line: 16, type: !69)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !36, line: 245, size: 128, elements: !70)
!70 = !{!71, !72, !75, !79}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !69, file: !36, line: 247, baseType: !46, size: 16)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !69, file: !36, line: 248, baseType: !73, size: 16, offset: 16)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !36, line: 123, baseType: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !38, line: 25, baseType: !54)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !69, file: !36, line: 249, baseType: !76, size: 32, offset: 32)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !36, line: 31, size: 32, elements: !77)
!77 = !{!78}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !76, file: !36, line: 33, baseType: !35, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !69, file: !36, line: 252, baseType: !80, size: 64, offset: 64)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !81, size: 64, elements: !82)
!81 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!82 = !{!83}
!83 = !DISubrange(count: 8)
!84 = !DILocalVariable(name: "epfd", scope: !62, file: !1, line: 24, type: !65)
!85 = !DILocalVariable(name: "ev", scope: !62, file: !1, line: 25, type: !86)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !17, line: 84, size: 96, elements: !87)
!87 = !{!88, !89}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !86, file: !17, line: 86, baseType: !37, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !86, file: !17, line: 87, baseType: !90, size: 64, offset: 32)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !17, line: 82, baseType: !91)
!91 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !17, line: 76, size: 64, elements: !92)
!92 = !{!93, !95, !96, !97}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !91, file: !17, line: 78, baseType: !94, size: 64)
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!95 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !91, file: !17, line: 79, baseType: !65, size: 32)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !91, file: !17, line: 80, baseType: !37, size: 32)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !91, file: !17, line: 81, baseType: !98, size: 64)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !38, line: 27, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !40, line: 45, baseType: !100)
!100 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!101 = !DILocalVariable(name: "events", scope: !62, file: !1, line: 27, type: !102)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !86, size: 3072, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 32)
!105 = !DILocalVariable(name: "buf", scope: !62, file: !1, line: 28, type: !106)
!106 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 16384, elements: !107)
!107 = !{!108}
!108 = !DISubrange(count: 2048)
!109 = !DILocalVariable(name: "n", scope: !110, file: !1, line: 30, type: !65)
!110 = distinct !DILexicalBlock(scope: !111, file: !1, line: 29, column: 12)
!111 = distinct !DILexicalBlock(scope: !112, file: !1, line: 29, column: 3)
!112 = distinct !DILexicalBlock(scope: !62, file: !1, line: 29, column: 3)
!113 = !DILocalVariable(name: "i", scope: !114, file: !1, line: 31, type: !65)
!114 = distinct !DILexicalBlock(scope: !110, file: !1, line: 31, column: 5)
!115 = !DILocalVariable(name: "fd", scope: !116, file: !1, line: 32, type: !65)
!116 = distinct !DILexicalBlock(scope: !117, file: !1, line: 31, column: 33)
!117 = distinct !DILexicalBlock(scope: !114, file: !1, line: 31, column: 5)
!118 = !DILocalVariable(name: "conn", scope: !119, file: !1, line: 34, type: !65)
!119 = distinct !DILexicalBlock(scope: !120, file: !1, line: 33, column: 22)
!120 = distinct !DILexicalBlock(scope: !116, file: !1, line: 33, column: 11)
!121 = !DILocalVariable(name: "cev", scope: !122, file: !1, line: 36, type: !86)
!122 = distinct !DILexicalBlock(scope: !123, file: !1, line: 35, column: 24)
!123 = distinct !DILexicalBlock(scope: !119, file: !1, line: 35, column: 13)
!124 = !DILocalVariable(name: "r", scope: !116, file: !1, line: 41, type: !125)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !126, line: 108, baseType: !127)
!126 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !40, line: 194, baseType: !128)
!128 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!129 = !DILocalVariable(name: "lines", scope: !116, file: !1, line: 46, type: !5)
!130 = !DILocalVariable(name: "j", scope: !131, file: !1, line: 47, type: !125)
!131 = distinct !DILexicalBlock(scope: !116, file: !1, line: 47, column: 7)
!132 = !DILocalVariable(name: "count", scope: !116, file: !1, line: 49, type: !37)
!133 = !DILocation(line: 15, column: 3, scope: !62)
!134 = !DILocation(line: 15, column: 7, scope: !62)
!135 = !DILocation(line: 15, column: 13, scope: !62)
!136 = !{!137, !137, i64 0}
!137 = !{!"int", !138, i64 0}
!138 = !{!"omnipotent char", !139, i64 0}
!139 = !{!"Simple C/C++ TBAA"}
!140 = !DILocation(line: 16, column: 3, scope: !62)
!141 = !DILocation(line: 16, column: 22, scope: !62)
!142 = !DILocation(line: 17, column: 3, scope: !62)
!143 = !DILocation(line: 18, column: 8, scope: !62)
!144 = !DILocation(line: 18, column: 19, scope: !62)
!145 = !{!146, !147, i64 0}
!146 = !{!"sockaddr_in", !147, i64 0, !147, i64 2, !148, i64 4, !138, i64 8}
!147 = !{!"short", !138, i64 0}
!148 = !{!"in_addr", !137, i64 0}
!149 = !DILocation(line: 19, column: 19, scope: !62)
!150 = !DILocation(line: 19, column: 8, scope: !62)
!151 = !DILocation(line: 19, column: 17, scope: !62)
!152 = !{!146, !147, i64 2}
!153 = !DILocation(line: 20, column: 26, scope: !62)
!154 = !DILocation(line: 20, column: 8, scope: !62)
!155 = !DILocation(line: 20, column: 17, scope: !62)
!156 = !DILocation(line: 20, column: 24, scope: !62)
!157 = !{!146, !137, i64 4}
!158 = !DILocation(line: 21, column: 12, scope: !159)
!159 = distinct !DILexicalBlock(scope: !62, file: !1, line: 21, column: 7)
!160 = !DILocation(line: 21, column: 7, scope: !159)
!161 = !DILocation(line: 21, column: 57, scope: !159)
!162 = !DILocation(line: 21, column: 61, scope: !159)
!163 = !DILocation(line: 22, column: 14, scope: !159)
!164 = !DILocation(line: 22, column: 7, scope: !159)
!165 = !DILocation(line: 22, column: 23, scope: !159)
!166 = !DILocation(line: 21, column: 7, scope: !62)
!167 = !DILocation(line: 23, column: 5, scope: !159)
!168 = !DILocation(line: 53, column: 1, scope: !62)
!169 = !DILocation(line: 24, column: 3, scope: !62)
!170 = !DILocation(line: 24, column: 7, scope: !62)
!171 = !DILocation(line: 24, column: 14, scope: !62)
!172 = !DILocation(line: 25, column: 3, scope: !62)
!173 = !DILocation(line: 25, column: 22, scope: !62)
!174 = !DILocation(line: 25, column: 27, scope: !62)
!175 = !{!176, !137, i64 0}
!176 = !{!"epoll_event", !137, i64 0, !138, i64 4}
!177 = !DILocation(line: 25, column: 58, scope: !62)
!178 = !DILocation(line: 25, column: 52, scope: !62)
!179 = !{!138, !138, i64 0}
!180 = !DILocation(line: 26, column: 13, scope: !62)
!181 = !DILocation(line: 26, column: 34, scope: !62)
!182 = !DILocation(line: 26, column: 3, scope: !62)
!183 = !DILocation(line: 27, column: 3, scope: !62)
!184 = !DILocation(line: 27, column: 22, scope: !62)
!185 = !DILocation(line: 28, column: 3, scope: !62)
!186 = !DILocation(line: 28, column: 8, scope: !62)
!187 = !DILocation(line: 29, column: 3, scope: !62)
!188 = !DILocation(line: 30, column: 5, scope: !110)
!189 = !DILocation(line: 30, column: 9, scope: !110)
!190 = !DILocation(line: 30, column: 24, scope: !110)
!191 = !DILocation(line: 30, column: 30, scope: !110)
!192 = !DILocation(line: 30, column: 13, scope: !110)
!193 = !DILocation(line: 31, column: 10, scope: !114)
!194 = !DILocation(line: 31, column: 14, scope: !114)
!195 = !DILocation(line: 31, column: 21, scope: !117)
!196 = !DILocation(line: 31, column: 25, scope: !117)
!197 = !DILocation(line: 31, column: 23, scope: !117)
!198 = !DILocation(line: 31, column: 5, scope: !114)
!199 = !DILocation(line: 31, column: 5, scope: !117)
!200 = !DILocation(line: 32, column: 7, scope: !116)
!201 = !DILocation(line: 32, column: 11, scope: !116)
!202 = !DILocation(line: 32, column: 23, scope: !116)
!203 = !DILocation(line: 32, column: 16, scope: !116)
!204 = !DILocation(line: 32, column: 26, scope: !116)
!205 = !DILocation(line: 32, column: 31, scope: !116)
!206 = !DILocation(line: 33, column: 11, scope: !120)
!207 = !DILocation(line: 33, column: 17, scope: !120)
!208 = !DILocation(line: 33, column: 14, scope: !120)
!209 = !DILocation(line: 33, column: 11, scope: !116)
!210 = !DILocation(line: 34, column: 9, scope: !119)
!211 = !DILocation(line: 34, column: 13, scope: !119)
!212 = !DILocation(line: 34, column: 27, scope: !119)
!213 = !DILocation(line: 34, column: 20, scope: !119)
!214 = !DILocation(line: 35, column: 13, scope: !123)
!215 = !DILocation(line: 35, column: 18, scope: !123)
!216 = !DILocation(line: 35, column: 13, scope: !119)
!217 = !DILocation(line: 36, column: 11, scope: !122)
!218 = !DILocation(line: 36, column: 30, scope: !122)
!219 = !DILocation(line: 36, column: 36, scope: !122)
!220 = !DILocation(line: 36, column: 67, scope: !122)
!221 = !DILocation(line: 36, column: 61, scope: !122)
!222 = !DILocation(line: 37, column: 21, scope: !122)
!223 = !DILocation(line: 37, column: 42, scope: !122)
!224 = !DILocation(line: 37, column: 11, scope: !122)
!225 = !DILocation(line: 38, column: 9, scope: !123)
!226 = !DILocation(line: 38, column: 9, scope: !122)
!227 = !DILocation(line: 40, column: 7, scope: !120)
!228 = !DILocation(line: 41, column: 7, scope: !116)
!229 = !DILocation(line: 41, column: 15, scope: !116)
!230 = !DILocation(line: 41, column: 24, scope: !116)
!231 = !DILocation(line: 41, column: 28, scope: !116)
!232 = !DILocation(line: 41, column: 19, scope: !116)
!233 = !{!234, !234, i64 0}
!234 = !{!"long", !138, i64 0}
!235 = !DILocation(line: 42, column: 11, scope: !236)
!236 = distinct !DILexicalBlock(scope: !116, file: !1, line: 42, column: 11)
!237 = !DILocation(line: 42, column: 13, scope: !236)
!238 = !DILocation(line: 42, column: 11, scope: !116)
!239 = !DILocation(line: 43, column: 15, scope: !240)
!240 = distinct !DILexicalBlock(scope: !236, file: !1, line: 42, column: 19)
!241 = !DILocation(line: 43, column: 9, scope: !240)
!242 = !DILocation(line: 44, column: 9, scope: !240)
!243 = !DILocation(line: 46, column: 7, scope: !116)
!244 = !DILocation(line: 46, column: 16, scope: !116)
!245 = !DILocation(line: 47, column: 12, scope: !131)
!246 = !DILocation(line: 47, column: 20, scope: !131)
!247 = !DILocation(line: 47, column: 27, scope: !248)
!248 = distinct !DILexicalBlock(scope: !131, file: !1, line: 47, column: 7)
!249 = !DILocation(line: 47, column: 31, scope: !248)
!250 = !DILocation(line: 47, column: 29, scope: !248)
!251 = !DILocation(line: 47, column: 7, scope: !131)
!252 = !DILocation(line: 47, column: 7, scope: !248)
!253 = !DILocation(line: 48, column: 22, scope: !248)
!254 = !DILocation(line: 48, column: 18, scope: !248)
!255 = !DILocation(line: 48, column: 25, scope: !248)
!256 = !DILocation(line: 48, column: 15, scope: !248)
!257 = !DILocation(line: 48, column: 9, scope: !248)
!258 = !DILocation(line: 47, column: 35, scope: !248)
!259 = distinct !{!259, !251, !260, !261}
!260 = !DILocation(line: 48, column: 28, scope: !131)
!261 = !{!"llvm.loop.mustprogress"}
!262 = !DILocation(line: 49, column: 7, scope: !116)
!263 = !DILocation(line: 49, column: 16, scope: !116)
!264 = !DILocation(line: 49, column: 24, scope: !116)
!265 = !DILocation(line: 50, column: 20, scope: !116)
!266 = !DILocation(line: 50, column: 13, scope: !116)
!267 = !DILocation(line: 50, column: 23, scope: !116)
!268 = !DILocation(line: 50, column: 28, scope: !116)
!269 = !DILocation(line: 50, column: 7, scope: !116)
!270 = !DILocation(line: 51, column: 5, scope: !117)
!271 = !DILocation(line: 51, column: 5, scope: !116)
!272 = !DILocation(line: 31, column: 29, scope: !117)
!273 = distinct !{!273, !198, !274, !261}
!274 = !DILocation(line: 51, column: 5, scope: !114)
!275 = !DILocation(line: 52, column: 3, scope: !111)
!276 = !DILocation(line: 29, column: 3, scope: !111)
!277 = distinct !{!277, !278, !279}
!278 = !DILocation(line: 29, column: 3, scope: !112)
!279 = !DILocation(line: 52, column: 3, scope: !112)
!280 = !DISubprogram(name: "socket", scope: !281, file: !281, line: 102, type: !282, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!281 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!282 = !DISubroutineType(types: !283)
!283 = !{!65, !65, !65, !65}
!284 = distinct !DISubprogram(name: "__bswap_16", scope: !285, file: !285, line: 34, type: !286, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !288)
!285 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!286 = !DISubroutineType(types: !287)
!287 = !{!54, !54}
!288 = !{!289}
!289 = !DILocalVariable(name: "__bsx", arg: 1, scope: !284, file: !285, line: 34, type: !54)
!290 = !{!147, !147, i64 0}
!291 = !DILocation(line: 34, column: 24, scope: !284)
!292 = !DILocation(line: 39, column: 10, scope: !284)
!293 = !DILocation(line: 39, column: 3, scope: !284)
!294 = distinct !DISubprogram(name: "__bswap_32", scope: !285, file: !285, line: 49, type: !295, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !297)
!295 = !DISubroutineType(types: !296)
!296 = !{!39, !39}
!297 = !{!298}
!298 = !DILocalVariable(name: "__bsx", arg: 1, scope: !294, file: !285, line: 49, type: !39)
!299 = !DILocation(line: 49, column: 24, scope: !294)
!300 = !DILocation(line: 54, column: 10, scope: !294)
!301 = !DILocation(line: 54, column: 3, scope: !294)
!302 = !DISubprogram(name: "bind", scope: !281, file: !281, line: 112, type: !303, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!303 = !DISubroutineType(types: !304)
!304 = !{!65, !65, !305, !307}
!305 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64)
!306 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!307 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !43, line: 33, baseType: !308)
!308 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !40, line: 210, baseType: !5)
!309 = !DISubprogram(name: "listen", scope: !281, file: !281, line: 296, type: !310, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!310 = !DISubroutineType(types: !311)
!311 = !{!65, !65, !65}
!312 = !DISubprogram(name: "epoll_create1", scope: !17, file: !17, line: 101, type: !313, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!313 = !DISubroutineType(types: !314)
!314 = !{!65, !65}
!315 = !DISubprogram(name: "epoll_ctl", scope: !17, file: !17, line: 110, type: !316, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!316 = !DISubroutineType(types: !317)
!317 = !{!65, !65, !65, !65, !318}
!318 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!319 = !DISubprogram(name: "epoll_wait", scope: !17, file: !17, line: 124, type: !320, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!320 = !DISubroutineType(types: !321)
!321 = !{!65, !65, !318, !65, !65}
!322 = !DISubprogram(name: "accept", scope: !281, file: !281, line: 306, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!323 = !DISubroutineType(types: !324)
!324 = !{!65, !65, !325, !326}
!325 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !41)
!326 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !327)
!327 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !307, size: 64)
!328 = !DISubprogram(name: "read", scope: !329, file: !329, line: 371, type: !330, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!329 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!330 = !DISubroutineType(types: !331)
!331 = !{!125, !65, !94, !332}
!332 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !333, line: 18, baseType: !100)
!333 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!334 = !DISubprogram(name: "close", scope: !329, file: !329, line: 358, type: !313, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!335 = !DISubprogram(name: "write", scope: !329, file: !329, line: 378, type: !336, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{!125, !65, !338, !332}
!338 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !339, size: 64)
!339 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
