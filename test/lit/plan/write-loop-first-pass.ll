; journal.c appends each register write to a journal with a write-all loop
; (journal_append, lines 20-26) before it updates the register (55-56) and
; answers "OK" (57). A request has at least one byte, so the loop always
; runs its body and calls write() (line 21): a write request falls back
; at the command test (line 52). The path that skips the loop exists in the
; CFG only; it must not put the register update and the "OK" reply in the
; kernel. Reads (line 59) reply from the register itself (r->value, a
; global the program writes), which the generator does not send from
; (NotGenerated; it replies from a local buffer or constant data): with
; no reply path left, the candidate stays in userspace. The blockers are
; ranked as when nothing is answered: the journal's write first.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload plan for 'journal.c'
; CHECK:       arrival: journal.c:47
; CHECK-NEXT:  omega
; CHECK:       decision: keep in userspace: the kernel could only drop requests
; CHECK-SAME:  foremost BlockingIO (write at journal.c:21)
; CHECK-NEXT:  blocked: BlockingIO write at journal.c:21 (
; CHECK-NEXT:  blocked: NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at journal.c:59 (
; CHECK-NOT:   loop:
; CHECK:       summary: 1 candidate, 0 offloaded
;
; MADE-FROM: Inputs/journal.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - journal.c

; ModuleID = 'journal.c'
source_filename = "journal.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.reg = type { [32 x i8] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [13 x i8] c"regs.journal\00", align 1, !dbg !0
@journal_fd = dso_local global i32 0, align 4, !dbg !7
@regs = dso_local global [16 x %struct.reg] zeroinitializer, align 16, !dbg !53
@.str.1 = private unnamed_addr constant [3 x i8] c"OK\00", align 1, !dbg !48

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !72 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.pollfd, align 4
  %6 = alloca [64 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  %11 = call i32 (ptr, i32, ...) @open(ptr noundef @.str, i32 noundef 1089, i32 noundef 420), !dbg !119
  store i32 %11, ptr @journal_fd, align 4, !dbg !120, !tbaa !121
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !125
    #dbg_declare(ptr %2, !76, !DIExpression(), !126)
  %12 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !127
  store i32 %12, ptr %2, align 4, !dbg !126, !tbaa !121
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !128
    #dbg_declare(ptr %3, !77, !DIExpression(), !129)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !130
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !131
  store i16 2, ptr %13, align 4, !dbg !132, !tbaa !133
  %14 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7400), !dbg !137
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !138
  store i16 %14, ptr %15, align 2, !dbg !139, !tbaa !140
  %16 = call i32 @__bswap_32(i32 noundef 0), !dbg !141
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !142
  %18 = getelementptr inbounds %struct.in_addr, ptr %17, i32 0, i32 0, !dbg !143
  store i32 %16, ptr %18, align 4, !dbg !144, !tbaa !145
  %19 = load i32, ptr %2, align 4, !dbg !146, !tbaa !121
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %3, i32 noundef 16) #7, !dbg !148
  %21 = icmp slt i32 %20, 0, !dbg !149
  br i1 %21, label %22, label %24, !dbg !150

22:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !151
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !152
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !152
  %23 = load i32, ptr %1, align 4, !dbg !152
  ret i32 %23, !dbg !152

24:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #7, !dbg !153
    #dbg_declare(ptr %5, !93, !DIExpression(), !154)
  %25 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !155
  %26 = load i32, ptr %2, align 4, !dbg !156, !tbaa !121
  store i32 %26, ptr %25, align 4, !dbg !155, !tbaa !157
  %27 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !155
  store i16 1, ptr %27, align 4, !dbg !155, !tbaa !159
  %28 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !155
  store i16 0, ptr %28, align 2, !dbg !155, !tbaa !160
  call void @llvm.lifetime.start.p0(i64 64, ptr %6) #7, !dbg !161
    #dbg_declare(ptr %6, !101, !DIExpression(), !162)
  br label %29, !dbg !163

29:                                               ; preds = %89, %87, %32, %24
  %30 = call i32 @poll(ptr noundef %5, i64 noundef 1, i32 noundef -1), !dbg !164
  %31 = icmp sle i32 %30, 0, !dbg !166
  br i1 %31, label %32, label %33, !dbg !167

32:                                               ; preds = %29
  br label %29, !dbg !168, !llvm.loop !169

33:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #7, !dbg !172
    #dbg_declare(ptr %7, !105, !DIExpression(), !173)
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #7, !dbg !174
    #dbg_declare(ptr %8, !109, !DIExpression(), !175)
  store i32 16, ptr %8, align 4, !dbg !175, !tbaa !121
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #7, !dbg !176
    #dbg_declare(ptr %9, !112, !DIExpression(), !177)
  %34 = load i32, ptr %2, align 4, !dbg !178, !tbaa !121
  %35 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0, !dbg !179
  %36 = call i64 @recvfrom(i32 noundef %34, ptr noundef %35, i64 noundef 64, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !180
  store i64 %36, ptr %9, align 8, !dbg !177, !tbaa !181
  %37 = load i64, ptr %9, align 8, !dbg !183, !tbaa !181
  %38 = icmp slt i64 %37, 2, !dbg !185
  br i1 %38, label %39, label %40, !dbg !186

39:                                               ; preds = %33
  store i32 3, ptr %4, align 4
  br label %87, !dbg !187, !llvm.loop !169

40:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #7, !dbg !188
    #dbg_declare(ptr %10, !117, !DIExpression(), !189)
  %41 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 1, !dbg !190
  %42 = load i8, ptr %41, align 1, !dbg !190, !tbaa !191
  %43 = sext i8 %42 to i32, !dbg !190
  %44 = and i32 %43, 15, !dbg !192
  %45 = sext i32 %44 to i64, !dbg !193
  %46 = getelementptr inbounds [16 x %struct.reg], ptr @regs, i64 0, i64 %45, !dbg !193
  store ptr %46, ptr %10, align 8, !dbg !189, !tbaa !194
  %47 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0, !dbg !196
  %48 = load i8, ptr %47, align 16, !dbg !196, !tbaa !191
  %49 = sext i8 %48 to i32, !dbg !196
  %50 = icmp eq i32 %49, 87, !dbg !198
  br i1 %50, label %51, label %78, !dbg !199

51:                                               ; preds = %40
  %52 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0, !dbg !200
  %53 = load i64, ptr %9, align 8, !dbg !203, !tbaa !181
  %54 = call i32 @journal_append(ptr noundef %52, i64 noundef %53), !dbg !204
  %55 = icmp slt i32 %54, 0, !dbg !205
  br i1 %55, label %56, label %57, !dbg !206

56:                                               ; preds = %51
  store i32 3, ptr %4, align 4
  br label %86, !dbg !207, !llvm.loop !169

57:                                               ; preds = %51
  %58 = load ptr, ptr %10, align 8, !dbg !208, !tbaa !194
  %59 = getelementptr inbounds %struct.reg, ptr %58, i32 0, i32 0, !dbg !209
  %60 = getelementptr inbounds [32 x i8], ptr %59, i64 0, i64 0, !dbg !210
  call void @llvm.memset.p0.i64(ptr align 1 %60, i8 0, i64 32, i1 false), !dbg !210
  %61 = load ptr, ptr %10, align 8, !dbg !211, !tbaa !194
  %62 = getelementptr inbounds %struct.reg, ptr %61, i32 0, i32 0, !dbg !212
  %63 = getelementptr inbounds [32 x i8], ptr %62, i64 0, i64 0, !dbg !213
  %64 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0, !dbg !214
  %65 = getelementptr inbounds i8, ptr %64, i64 2, !dbg !215
  %66 = load i64, ptr %9, align 8, !dbg !216, !tbaa !181
  %67 = sub nsw i64 %66, 2, !dbg !217
  %68 = icmp slt i64 %67, 32, !dbg !218
  br i1 %68, label %69, label %72, !dbg !216

69:                                               ; preds = %57
  %70 = load i64, ptr %9, align 8, !dbg !219, !tbaa !181
  %71 = sub nsw i64 %70, 2, !dbg !220
  br label %73, !dbg !216

72:                                               ; preds = %57
  br label %73, !dbg !216

73:                                               ; preds = %72, %69
  %74 = phi i64 [ %71, %69 ], [ 32, %72 ], !dbg !216
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %63, ptr align 1 %65, i64 %74, i1 false), !dbg !213
  %75 = load i32, ptr %2, align 4, !dbg !221, !tbaa !121
  %76 = load i32, ptr %8, align 4, !dbg !222, !tbaa !121
  %77 = call i64 @sendto(i32 noundef %75, ptr noundef @.str.1, i64 noundef 2, i32 noundef 0, ptr noundef %7, i32 noundef %76), !dbg !223
  br label %85, !dbg !224

78:                                               ; preds = %40
  %79 = load i32, ptr %2, align 4, !dbg !225, !tbaa !121
  %80 = load ptr, ptr %10, align 8, !dbg !227, !tbaa !194
  %81 = getelementptr inbounds %struct.reg, ptr %80, i32 0, i32 0, !dbg !228
  %82 = getelementptr inbounds [32 x i8], ptr %81, i64 0, i64 0, !dbg !227
  %83 = load i32, ptr %8, align 4, !dbg !229, !tbaa !121
  %84 = call i64 @sendto(i32 noundef %79, ptr noundef %82, i64 noundef 32, i32 noundef 0, ptr noundef %7, i32 noundef %83), !dbg !230
  br label %85

85:                                               ; preds = %78, %73
  store i32 0, ptr %4, align 4, !dbg !231
  br label %86, !dbg !231

86:                                               ; preds = %85, %56
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #7, !dbg !231
  br label %87

87:                                               ; preds = %86, %39
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #7, !dbg !231
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #7, !dbg !231
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #7, !dbg !231
  %88 = load i32, ptr %4, align 4
  switch i32 %88, label %90 [
    i32 0, label %89
    i32 3, label %29
  ]

89:                                               ; preds = %87
  br label %29, !dbg !232, !llvm.loop !169

90:                                               ; preds = %87
  unreachable
}

declare !dbg !233 i32 @open(ptr noundef, i32 noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nounwind
declare !dbg !239 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #5 !dbg !243 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !249
    #dbg_declare(ptr %2, !248, !DIExpression(), !250)
  %3 = load i16, ptr %2, align 2, !dbg !251, !tbaa !249
  %4 = zext i16 %3 to i32, !dbg !251
  %5 = ashr i32 %4, 8, !dbg !251
  %6 = and i32 %5, 255, !dbg !251
  %7 = load i16, ptr %2, align 2, !dbg !251, !tbaa !249
  %8 = zext i16 %7 to i32, !dbg !251
  %9 = and i32 %8, 255, !dbg !251
  %10 = shl i32 %9, 8, !dbg !251
  %11 = or i32 %6, %10, !dbg !251
  %12 = trunc i32 %11 to i16, !dbg !251
  ret i16 %12, !dbg !252
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #5 !dbg !253 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !121
    #dbg_declare(ptr %2, !257, !DIExpression(), !258)
  %3 = load i32, ptr %2, align 4, !dbg !259, !tbaa !121
  %4 = and i32 %3, -16777216, !dbg !259
  %5 = lshr i32 %4, 24, !dbg !259
  %6 = load i32, ptr %2, align 4, !dbg !259, !tbaa !121
  %7 = and i32 %6, 16711680, !dbg !259
  %8 = lshr i32 %7, 8, !dbg !259
  %9 = or i32 %5, %8, !dbg !259
  %10 = load i32, ptr %2, align 4, !dbg !259, !tbaa !121
  %11 = and i32 %10, 65280, !dbg !259
  %12 = shl i32 %11, 8, !dbg !259
  %13 = or i32 %9, %12, !dbg !259
  %14 = load i32, ptr %2, align 4, !dbg !259, !tbaa !121
  %15 = and i32 %14, 255, !dbg !259
  %16 = shl i32 %15, 24, !dbg !259
  %17 = or i32 %13, %16, !dbg !259
  ret i32 %17, !dbg !260
}

; Function Attrs: nounwind
declare !dbg !261 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare !dbg !266 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #1

declare !dbg !271 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind uwtable
define internal i32 @journal_append(ptr noundef %0, i64 noundef %1) #0 !dbg !279 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !194
    #dbg_declare(ptr %4, !283, !DIExpression(), !287)
  store i64 %1, ptr %5, align 8, !tbaa !181
    #dbg_declare(ptr %5, !284, !DIExpression(), !288)
  br label %8, !dbg !289

8:                                                ; preds = %28, %2
  %9 = load i64, ptr %5, align 8, !dbg !290, !tbaa !181
  %10 = icmp ugt i64 %9, 0, !dbg !291
  br i1 %10, label %11, label %29, !dbg !289

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #7, !dbg !292
    #dbg_declare(ptr %6, !285, !DIExpression(), !293)
  %12 = load i32, ptr @journal_fd, align 4, !dbg !294, !tbaa !121
  %13 = load ptr, ptr %4, align 8, !dbg !295, !tbaa !194
  %14 = load i64, ptr %5, align 8, !dbg !296, !tbaa !181
  %15 = call i64 @write(i32 noundef %12, ptr noundef %13, i64 noundef %14), !dbg !297
  store i64 %15, ptr %6, align 8, !dbg !293, !tbaa !181
  %16 = load i64, ptr %6, align 8, !dbg !298, !tbaa !181
  %17 = icmp slt i64 %16, 0, !dbg !300
  br i1 %17, label %18, label %19, !dbg !301

18:                                               ; preds = %11
  store i32 -1, ptr %3, align 4, !dbg !302
  store i32 1, ptr %7, align 4
  br label %26, !dbg !302

19:                                               ; preds = %11
  %20 = load i64, ptr %6, align 8, !dbg !303, !tbaa !181
  %21 = load ptr, ptr %4, align 8, !dbg !304, !tbaa !194
  %22 = getelementptr inbounds i8, ptr %21, i64 %20, !dbg !304
  store ptr %22, ptr %4, align 8, !dbg !304, !tbaa !194
  %23 = load i64, ptr %6, align 8, !dbg !305, !tbaa !181
  %24 = load i64, ptr %5, align 8, !dbg !306, !tbaa !181
  %25 = sub i64 %24, %23, !dbg !306
  store i64 %25, ptr %5, align 8, !dbg !306, !tbaa !181
  store i32 0, ptr %7, align 4, !dbg !307
  br label %26, !dbg !307

26:                                               ; preds = %19, %18
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #7, !dbg !307
  %27 = load i32, ptr %7, align 4
  switch i32 %27, label %32 [
    i32 0, label %28
    i32 1, label %30
  ]

28:                                               ; preds = %26
  br label %8, !dbg !289, !llvm.loop !308

29:                                               ; preds = %8
  store i32 0, ptr %3, align 4, !dbg !310
  br label %30, !dbg !310

30:                                               ; preds = %29, %26
  %31 = load i32, ptr %3, align 4, !dbg !311
  ret i32 %31, !dbg !311

32:                                               ; preds = %26
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare !dbg !312 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

declare !dbg !317 i64 @write(i32 noundef, ptr noundef, i64 noundef) #1

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!65, !66, !67, !68, !69, !70}
!llvm.ident = !{!71}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 31, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "journal.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "3d80a2b9739f62a129156ec603bbaa31")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 104, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 13)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "journal_fd", scope: !9, file: !2, line: 17, type: !64, isLocal: false, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !24, globals: !47, splitDebugInlining: false, nameTableKind: None)
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
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !30, line: 40, baseType: !38)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !45, line: 18, baseType: !46)
!45 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!46 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!47 = !{!0, !48, !53, !7}
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(scope: null, file: !2, line: 57, type: !50, isLocal: true, isDefinition: true)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 3)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "regs", scope: !9, file: !2, line: 16, type: !55, isLocal: false, isDefinition: true)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !56, size: 4096, elements: !62)
!56 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "reg", file: !2, line: 12, size: 256, elements: !57)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !56, file: !2, line: 13, baseType: !59, size: 256)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 256, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 32)
!62 = !{!63}
!63 = !DISubrange(count: 16)
!64 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!65 = !{i32 7, !"Dwarf Version", i32 5}
!66 = !{i32 2, !"Debug Info Version", i32 3}
!67 = !{i32 1, !"wchar_size", i32 4}
!68 = !{i32 8, !"PIC Level", i32 2}
!69 = !{i32 7, !"PIE Level", i32 2}
!70 = !{i32 7, !"uwtable", i32 2}
!71 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!72 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 30, type: !73, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !75)
!73 = !DISubroutineType(types: !74)
!74 = !{!64}
!75 = !{!76, !77, !93, !101, !105, !109, !112, !117}
!76 = !DILocalVariable(name: "fd", scope: !72, file: !2, line: 32, type: !64)
!77 = !DILocalVariable(name: "addr", scope: !72, file: !2, line: 33, type: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !26, line: 245, size: 128, elements: !79)
!79 = !{!80, !81, !84, !88}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !78, file: !26, line: 247, baseType: !36, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !78, file: !26, line: 248, baseType: !82, size: 16, offset: 16)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !26, line: 123, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !28, line: 25, baseType: !43)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !78, file: !26, line: 249, baseType: !85, size: 32, offset: 32)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !26, line: 31, size: 32, elements: !86)
!86 = !{!87}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !85, file: !26, line: 33, baseType: !25, size: 32)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !78, file: !26, line: 252, baseType: !89, size: 64, offset: 64)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !90, size: 64, elements: !91)
!90 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!91 = !{!92}
!92 = !DISubrange(count: 8)
!93 = !DILocalVariable(name: "pfd", scope: !72, file: !2, line: 40, type: !94)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !95, line: 36, size: 64, elements: !96)
!95 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!96 = !{!97, !98, !100}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !94, file: !95, line: 38, baseType: !64, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !94, file: !95, line: 39, baseType: !99, size: 16, offset: 32)
!99 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !94, file: !95, line: 40, baseType: !99, size: 16, offset: 48)
!101 = !DILocalVariable(name: "buf", scope: !72, file: !2, line: 41, type: !102)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 64)
!105 = !DILocalVariable(name: "src", scope: !106, file: !2, line: 45, type: !78)
!106 = distinct !DILexicalBlock(scope: !107, file: !2, line: 42, column: 12)
!107 = distinct !DILexicalBlock(scope: !108, file: !2, line: 42, column: 3)
!108 = distinct !DILexicalBlock(scope: !72, file: !2, line: 42, column: 3)
!109 = !DILocalVariable(name: "len", scope: !106, file: !2, line: 46, type: !110)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !33, line: 33, baseType: !111)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !30, line: 210, baseType: !13)
!112 = !DILocalVariable(name: "n", scope: !106, file: !2, line: 47, type: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !114, line: 108, baseType: !115)
!114 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !30, line: 194, baseType: !116)
!116 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!117 = !DILocalVariable(name: "r", scope: !106, file: !2, line: 51, type: !118)
!118 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64)
!119 = !DILocation(line: 31, column: 16, scope: !72)
!120 = !DILocation(line: 31, column: 14, scope: !72)
!121 = !{!122, !122, i64 0}
!122 = !{!"int", !123, i64 0}
!123 = !{!"omnipotent char", !124, i64 0}
!124 = !{!"Simple C/C++ TBAA"}
!125 = !DILocation(line: 32, column: 3, scope: !72)
!126 = !DILocation(line: 32, column: 7, scope: !72)
!127 = !DILocation(line: 32, column: 12, scope: !72)
!128 = !DILocation(line: 33, column: 3, scope: !72)
!129 = !DILocation(line: 33, column: 22, scope: !72)
!130 = !DILocation(line: 34, column: 3, scope: !72)
!131 = !DILocation(line: 35, column: 8, scope: !72)
!132 = !DILocation(line: 35, column: 19, scope: !72)
!133 = !{!134, !135, i64 0}
!134 = !{!"sockaddr_in", !135, i64 0, !135, i64 2, !136, i64 4, !123, i64 8}
!135 = !{!"short", !123, i64 0}
!136 = !{!"in_addr", !122, i64 0}
!137 = !DILocation(line: 36, column: 19, scope: !72)
!138 = !DILocation(line: 36, column: 8, scope: !72)
!139 = !DILocation(line: 36, column: 17, scope: !72)
!140 = !{!134, !135, i64 2}
!141 = !DILocation(line: 37, column: 26, scope: !72)
!142 = !DILocation(line: 37, column: 8, scope: !72)
!143 = !DILocation(line: 37, column: 17, scope: !72)
!144 = !DILocation(line: 37, column: 24, scope: !72)
!145 = !{!134, !122, i64 4}
!146 = !DILocation(line: 38, column: 12, scope: !147)
!147 = distinct !DILexicalBlock(scope: !72, file: !2, line: 38, column: 7)
!148 = !DILocation(line: 38, column: 7, scope: !147)
!149 = !DILocation(line: 38, column: 56, scope: !147)
!150 = !DILocation(line: 38, column: 7, scope: !72)
!151 = !DILocation(line: 39, column: 5, scope: !147)
!152 = !DILocation(line: 62, column: 1, scope: !72)
!153 = !DILocation(line: 40, column: 3, scope: !72)
!154 = !DILocation(line: 40, column: 17, scope: !72)
!155 = !DILocation(line: 40, column: 23, scope: !72)
!156 = !DILocation(line: 40, column: 30, scope: !72)
!157 = !{!158, !122, i64 0}
!158 = !{!"pollfd", !122, i64 0, !135, i64 4, !135, i64 6}
!159 = !{!158, !135, i64 4}
!160 = !{!158, !135, i64 6}
!161 = !DILocation(line: 41, column: 3, scope: !72)
!162 = !DILocation(line: 41, column: 8, scope: !72)
!163 = !DILocation(line: 42, column: 3, scope: !72)
!164 = !DILocation(line: 43, column: 9, scope: !165)
!165 = distinct !DILexicalBlock(scope: !106, file: !2, line: 43, column: 9)
!166 = !DILocation(line: 43, column: 27, scope: !165)
!167 = !DILocation(line: 43, column: 9, scope: !106)
!168 = !DILocation(line: 44, column: 7, scope: !165)
!169 = distinct !{!169, !170, !171}
!170 = !DILocation(line: 42, column: 3, scope: !108)
!171 = !DILocation(line: 61, column: 3, scope: !108)
!172 = !DILocation(line: 45, column: 5, scope: !106)
!173 = !DILocation(line: 45, column: 24, scope: !106)
!174 = !DILocation(line: 46, column: 5, scope: !106)
!175 = !DILocation(line: 46, column: 15, scope: !106)
!176 = !DILocation(line: 47, column: 5, scope: !106)
!177 = !DILocation(line: 47, column: 13, scope: !106)
!178 = !DILocation(line: 47, column: 26, scope: !106)
!179 = !DILocation(line: 47, column: 30, scope: !106)
!180 = !DILocation(line: 47, column: 17, scope: !106)
!181 = !{!182, !182, i64 0}
!182 = !{!"long", !123, i64 0}
!183 = !DILocation(line: 49, column: 9, scope: !184)
!184 = distinct !DILexicalBlock(scope: !106, file: !2, line: 49, column: 9)
!185 = !DILocation(line: 49, column: 11, scope: !184)
!186 = !DILocation(line: 49, column: 9, scope: !106)
!187 = !DILocation(line: 50, column: 7, scope: !184)
!188 = !DILocation(line: 51, column: 5, scope: !106)
!189 = !DILocation(line: 51, column: 17, scope: !106)
!190 = !DILocation(line: 51, column: 27, scope: !106)
!191 = !{!123, !123, i64 0}
!192 = !DILocation(line: 51, column: 34, scope: !106)
!193 = !DILocation(line: 51, column: 22, scope: !106)
!194 = !{!195, !195, i64 0}
!195 = !{!"any pointer", !123, i64 0}
!196 = !DILocation(line: 52, column: 9, scope: !197)
!197 = distinct !DILexicalBlock(scope: !106, file: !2, line: 52, column: 9)
!198 = !DILocation(line: 52, column: 16, scope: !197)
!199 = !DILocation(line: 52, column: 9, scope: !106)
!200 = !DILocation(line: 53, column: 26, scope: !201)
!201 = distinct !DILexicalBlock(scope: !202, file: !2, line: 53, column: 11)
!202 = distinct !DILexicalBlock(scope: !197, file: !2, line: 52, column: 24)
!203 = !DILocation(line: 53, column: 31, scope: !201)
!204 = !DILocation(line: 53, column: 11, scope: !201)
!205 = !DILocation(line: 53, column: 34, scope: !201)
!206 = !DILocation(line: 53, column: 11, scope: !202)
!207 = !DILocation(line: 54, column: 9, scope: !201)
!208 = !DILocation(line: 55, column: 14, scope: !202)
!209 = !DILocation(line: 55, column: 17, scope: !202)
!210 = !DILocation(line: 55, column: 7, scope: !202)
!211 = !DILocation(line: 56, column: 14, scope: !202)
!212 = !DILocation(line: 56, column: 17, scope: !202)
!213 = !DILocation(line: 56, column: 7, scope: !202)
!214 = !DILocation(line: 56, column: 24, scope: !202)
!215 = !DILocation(line: 56, column: 28, scope: !202)
!216 = !DILocation(line: 56, column: 33, scope: !202)
!217 = !DILocation(line: 56, column: 35, scope: !202)
!218 = !DILocation(line: 56, column: 39, scope: !202)
!219 = !DILocation(line: 56, column: 46, scope: !202)
!220 = !DILocation(line: 56, column: 48, scope: !202)
!221 = !DILocation(line: 57, column: 14, scope: !202)
!222 = !DILocation(line: 57, column: 55, scope: !202)
!223 = !DILocation(line: 57, column: 7, scope: !202)
!224 = !DILocation(line: 58, column: 5, scope: !202)
!225 = !DILocation(line: 59, column: 14, scope: !226)
!226 = distinct !DILexicalBlock(scope: !197, file: !2, line: 58, column: 12)
!227 = !DILocation(line: 59, column: 18, scope: !226)
!228 = !DILocation(line: 59, column: 21, scope: !226)
!229 = !DILocation(line: 59, column: 74, scope: !226)
!230 = !DILocation(line: 59, column: 7, scope: !226)
!231 = !DILocation(line: 61, column: 3, scope: !107)
!232 = !DILocation(line: 42, column: 3, scope: !107)
!233 = !DISubprogram(name: "open", scope: !234, file: !234, line: 181, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!234 = !DIFile(filename: "/usr/include/fcntl.h", directory: "", checksumkind: CSK_MD5, checksum: "1a9bb91818c37dc7bc291ca6e49fc221")
!235 = !DISubroutineType(types: !236)
!236 = !{!64, !237, !64, null}
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !238, size: 64)
!238 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!239 = !DISubprogram(name: "socket", scope: !240, file: !240, line: 102, type: !241, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!240 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!241 = !DISubroutineType(types: !242)
!242 = !{!64, !64, !64, !64}
!243 = distinct !DISubprogram(name: "__bswap_16", scope: !244, file: !244, line: 34, type: !245, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !247)
!244 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!245 = !DISubroutineType(types: !246)
!246 = !{!43, !43}
!247 = !{!248}
!248 = !DILocalVariable(name: "__bsx", arg: 1, scope: !243, file: !244, line: 34, type: !43)
!249 = !{!135, !135, i64 0}
!250 = !DILocation(line: 34, column: 24, scope: !243)
!251 = !DILocation(line: 39, column: 10, scope: !243)
!252 = !DILocation(line: 39, column: 3, scope: !243)
!253 = distinct !DISubprogram(name: "__bswap_32", scope: !244, file: !244, line: 49, type: !254, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !256)
!254 = !DISubroutineType(types: !255)
!255 = !{!29, !29}
!256 = !{!257}
!257 = !DILocalVariable(name: "__bsx", arg: 1, scope: !253, file: !244, line: 49, type: !29)
!258 = !DILocation(line: 49, column: 24, scope: !253)
!259 = !DILocation(line: 54, column: 10, scope: !253)
!260 = !DILocation(line: 54, column: 3, scope: !253)
!261 = !DISubprogram(name: "bind", scope: !240, file: !240, line: 112, type: !262, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!262 = !DISubroutineType(types: !263)
!263 = !{!64, !64, !264, !110}
!264 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !265, size: 64)
!265 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !32)
!266 = !DISubprogram(name: "poll", scope: !95, file: !95, line: 54, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DISubroutineType(types: !268)
!268 = !{!64, !269, !270, !64}
!269 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!270 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !95, line: 33, baseType: !46)
!271 = !DISubprogram(name: "recvfrom", scope: !240, file: !240, line: 163, type: !272, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!272 = !DISubroutineType(types: !273)
!273 = !{!113, !64, !274, !44, !64, !276, !277}
!274 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !275)
!275 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!276 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !31)
!277 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !278)
!278 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !110, size: 64)
!279 = distinct !DISubprogram(name: "journal_append", scope: !2, file: !2, line: 19, type: !280, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !9, retainedNodes: !282)
!280 = !DISubroutineType(types: !281)
!281 = !{!64, !237, !44}
!282 = !{!283, !284, !285}
!283 = !DILocalVariable(name: "rec", arg: 1, scope: !279, file: !2, line: 19, type: !237)
!284 = !DILocalVariable(name: "len", arg: 2, scope: !279, file: !2, line: 19, type: !44)
!285 = !DILocalVariable(name: "n", scope: !286, file: !2, line: 21, type: !113)
!286 = distinct !DILexicalBlock(scope: !279, file: !2, line: 20, column: 19)
!287 = !DILocation(line: 19, column: 39, scope: !279)
!288 = !DILocation(line: 19, column: 51, scope: !279)
!289 = !DILocation(line: 20, column: 3, scope: !279)
!290 = !DILocation(line: 20, column: 10, scope: !279)
!291 = !DILocation(line: 20, column: 14, scope: !279)
!292 = !DILocation(line: 21, column: 5, scope: !286)
!293 = !DILocation(line: 21, column: 13, scope: !286)
!294 = !DILocation(line: 21, column: 23, scope: !286)
!295 = !DILocation(line: 21, column: 35, scope: !286)
!296 = !DILocation(line: 21, column: 40, scope: !286)
!297 = !DILocation(line: 21, column: 17, scope: !286)
!298 = !DILocation(line: 22, column: 9, scope: !299)
!299 = distinct !DILexicalBlock(scope: !286, file: !2, line: 22, column: 9)
!300 = !DILocation(line: 22, column: 11, scope: !299)
!301 = !DILocation(line: 22, column: 9, scope: !286)
!302 = !DILocation(line: 23, column: 7, scope: !299)
!303 = !DILocation(line: 24, column: 12, scope: !286)
!304 = !DILocation(line: 24, column: 9, scope: !286)
!305 = !DILocation(line: 25, column: 20, scope: !286)
!306 = !DILocation(line: 25, column: 9, scope: !286)
!307 = !DILocation(line: 26, column: 3, scope: !279)
!308 = distinct !{!308, !289, !307, !309}
!309 = !{!"llvm.loop.mustprogress"}
!310 = !DILocation(line: 27, column: 3, scope: !279)
!311 = !DILocation(line: 28, column: 1, scope: !279)
!312 = !DISubprogram(name: "sendto", scope: !240, file: !240, line: 152, type: !313, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!313 = !DISubroutineType(types: !314)
!314 = !{!113, !64, !315, !44, !64, !264, !110}
!315 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !316, size: 64)
!316 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!317 = !DISubprogram(name: "write", scope: !318, file: !318, line: 378, type: !319, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!318 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!319 = !DISubroutineType(types: !320)
!320 = !{!113, !64, !315, !44}
