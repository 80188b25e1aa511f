; throwing-parser.cpp (C++) parses each request with a function that
; throws on a malformed one (line 16); the event loop catches it (lines
; 39-42) and answers with an error. Exception handling cannot run as BPF:
; the throw, its landing pad and the catch are Exceptions blockers (Missed
; remarks with their lines), and the requests that throw fall back at the
; check (line 15). The well-formed requests, which never unwind, are
; answered in the kernel (line 46). The module is unchanged.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %opt -passes='' -S %s -o %t.before.ll
; RUN: %opt %load_koffload -passes=koffload -S %s -o %t.after.ll
; RUN: diff %t.before.ll %t.after.ll
;
; CHECK-LABEL: koffload plan for 'throwing-parser.cpp'
; CHECK:       arrival: throwing-parser.cpp:36
; CHECK-NEXT:  reply: throwing-parser.cpp:46
; CHECK-DAG:   blocked: Exceptions __cxa_allocate_exception at throwing-parser.cpp:16 (
; CHECK-DAG:   blocked: Exceptions __cxa_throw at throwing-parser.cpp:16 (
; CHECK-DAG:   blocked: Exceptions landingpad at throwing-parser.cpp:16 (
; CHECK-DAG:   blocked: Exceptions __cxa_begin_catch at throwing-parser.cpp:40 (
; CHECK-DAG:   blocked: Exceptions __cxa_end_catch at throwing-parser.cpp:42 (
; CHECK-NOT:   UnknownExternal
; CHECK:       fallback: throwing-parser.cpp:15 -> Exceptions __cxa_allocate_exception at throwing-parser.cpp:16 (
;
; REMARK-DAG: remark: throwing-parser.cpp:16:5: Exceptions (__cxa_throw): exception handling cannot run as BPF
; REMARK-DAG: remark: throwing-parser.cpp:40:5: Exceptions (__cxa_begin_catch):
;
; MADE-FROM: Inputs/throwing-parser.cpp
; CLANG: clang++-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - throwing-parser.cpp

; ModuleID = 'throwing-parser.cpp'
source_filename = "throwing-parser.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }
%struct.bad_request = type { i32 }

$_ZTS11bad_request = comdat any

$_ZTI11bad_request = comdat any

@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS11bad_request = linkonce_odr dso_local constant [14 x i8] c"11bad_request\00", comdat, align 1
@_ZTI11bad_request = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS11bad_request }, comdat, align 8
@.str = private unnamed_addr constant [4 x i8] c"ERR\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [3 x i8] c"OK\00", align 1, !dbg !8

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !60 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.pollfd, align 4
  %5 = alloca [512 x i8], align 16
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca [8 x i8], align 1
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #9, !dbg !109
    #dbg_declare(ptr %2, !64, !DIExpression(), !110)
  %15 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #9, !dbg !111
  store i32 %15, ptr %2, align 4, !dbg !110, !tbaa !112
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #9, !dbg !116
    #dbg_declare(ptr %3, !65, !DIExpression(), !117)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !118
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !119
  store i16 2, ptr %16, align 4, !dbg !120, !tbaa !121
  %17 = call noundef zeroext i16 @_ZL10__bswap_16t(i16 noundef zeroext 6400), !dbg !125
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !126
  store i16 %17, ptr %18, align 2, !dbg !127, !tbaa !128
  %19 = call noundef i32 @_ZL10__bswap_32j(i32 noundef 0), !dbg !129
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !130
  %21 = getelementptr inbounds %struct.in_addr, ptr %20, i32 0, i32 0, !dbg !131
  store i32 %19, ptr %21, align 4, !dbg !132, !tbaa !133
  %22 = load i32, ptr %2, align 4, !dbg !134, !tbaa !112
  %23 = call i32 @bind(i32 noundef %22, ptr noundef %3, i32 noundef 16) #9, !dbg !136
  %24 = icmp slt i32 %23, 0, !dbg !137
  br i1 %24, label %25, label %26, !dbg !138

25:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #9, !dbg !139
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #9, !dbg !139
  ret i32 1, !dbg !140

26:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #9, !dbg !141
    #dbg_declare(ptr %4, !81, !DIExpression(), !142)
  %27 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !143
  %28 = load i32, ptr %2, align 4, !dbg !144, !tbaa !112
  store i32 %28, ptr %27, align 4, !dbg !143, !tbaa !145
  %29 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !143
  store i16 1, ptr %29, align 4, !dbg !143, !tbaa !147
  %30 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !143
  store i16 0, ptr %30, align 2, !dbg !143, !tbaa !148
  br label %31, !dbg !149

31:                                               ; preds = %58, %34, %26
  %32 = call i32 @poll(ptr noundef %4, i64 noundef 1, i32 noundef -1), !dbg !150
  %33 = icmp sle i32 %32, 0, !dbg !152
  br i1 %33, label %34, label %35, !dbg !153

34:                                               ; preds = %31
  br label %31, !dbg !154, !llvm.loop !155

35:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(i64 512, ptr %5) #9, !dbg !159
    #dbg_declare(ptr %5, !89, !DIExpression(), !160)
  call void @llvm.lifetime.start.p0(i64 16, ptr %6) #9, !dbg !161
    #dbg_declare(ptr %6, !96, !DIExpression(), !162)
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #9, !dbg !163
    #dbg_declare(ptr %7, !97, !DIExpression(), !164)
  store i32 16, ptr %7, align 4, !dbg !164, !tbaa !112
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #9, !dbg !165
    #dbg_declare(ptr %8, !100, !DIExpression(), !166)
  %36 = load i32, ptr %2, align 4, !dbg !167, !tbaa !112
  %37 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !168
  %38 = call i64 @recvfrom(i32 noundef %36, ptr noundef %37, i64 noundef 512, i32 noundef 0, ptr noundef %6, ptr noundef %7), !dbg !169
  store i64 %38, ptr %8, align 8, !dbg !166, !tbaa !170
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #9, !dbg !172
    #dbg_declare(ptr %9, !102, !DIExpression(), !173)
  %39 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !174
  %40 = load i64, ptr %8, align 8, !dbg !176, !tbaa !170
  %41 = invoke noundef i32 @_ZL12parse_opcodePKcl(ptr noundef %39, i64 noundef %40)
          to label %42 unwind label %43, !dbg !177

42:                                               ; preds = %35
  store i32 %41, ptr %9, align 4, !dbg !178, !tbaa !112
  br label %58, !dbg !179

43:                                               ; preds = %35
  %44 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI11bad_request, !dbg !180
  %45 = extractvalue { ptr, i32 } %44, 0, !dbg !180
  store ptr %45, ptr %10, align 8, !dbg !180
  %46 = extractvalue { ptr, i32 } %44, 1, !dbg !180
  store i32 %46, ptr %11, align 4, !dbg !180
  br label %47, !dbg !180

47:                                               ; preds = %43
  %48 = load i32, ptr %11, align 4, !dbg !179
  %49 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTI11bad_request) #9, !dbg !179
  %50 = icmp eq i32 %48, %49, !dbg !179
  br i1 %50, label %51, label %76, !dbg !179

51:                                               ; preds = %47
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #9, !dbg !179
    #dbg_declare(ptr %12, !103, !DIExpression(), !181)
  %52 = load ptr, ptr %10, align 8, !dbg !179
  %53 = call ptr @__cxa_begin_catch(ptr %52) #9, !dbg !179
  store ptr %53, ptr %12, align 8, !dbg !179
  %54 = load ptr, ptr %12, align 8, !dbg !182, !tbaa !184
  %55 = getelementptr inbounds %struct.bad_request, ptr %54, i32 0, i32 0, !dbg !186
  %56 = load i32, ptr %55, align 4, !dbg !186, !tbaa !187
  %57 = sub nsw i32 0, %56, !dbg !189
  store i32 %57, ptr %9, align 4, !dbg !190, !tbaa !112
  call void @__cxa_end_catch(), !dbg !191
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #9, !dbg !191
  br label %58, !dbg !191

58:                                               ; preds = %51, %42
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #9, !dbg !192
    #dbg_declare(ptr %13, !106, !DIExpression(), !193)
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #9, !dbg !194
    #dbg_declare(ptr %14, !108, !DIExpression(), !195)
  %59 = load i32, ptr %9, align 4, !dbg !196, !tbaa !112
  %60 = icmp slt i32 %59, 0, !dbg !197
  %61 = zext i1 %60 to i64, !dbg !196
  %62 = select i1 %60, i32 3, i32 2, !dbg !196
  store i32 %62, ptr %14, align 4, !dbg !195, !tbaa !112
  %63 = getelementptr inbounds [8 x i8], ptr %13, i64 0, i64 0, !dbg !198
  %64 = load i32, ptr %9, align 4, !dbg !199, !tbaa !112
  %65 = icmp slt i32 %64, 0, !dbg !200
  %66 = zext i1 %65 to i64, !dbg !199
  %67 = select i1 %65, ptr @.str, ptr @.str.1, !dbg !199
  %68 = load i32, ptr %14, align 4, !dbg !201, !tbaa !112
  %69 = sext i32 %68 to i64, !dbg !201
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %63, ptr align 1 %67, i64 %69, i1 false), !dbg !198
  %70 = load i32, ptr %2, align 4, !dbg !202, !tbaa !112
  %71 = getelementptr inbounds [8 x i8], ptr %13, i64 0, i64 0, !dbg !203
  %72 = load i32, ptr %14, align 4, !dbg !204, !tbaa !112
  %73 = sext i32 %72 to i64, !dbg !204
  %74 = load i32, ptr %7, align 4, !dbg !205, !tbaa !112
  %75 = call i64 @sendto(i32 noundef %70, ptr noundef %71, i64 noundef %73, i32 noundef 0, ptr noundef %6, i32 noundef %74), !dbg !206
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 16, ptr %6) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 512, ptr %5) #9, !dbg !207
  br label %31, !dbg !208, !llvm.loop !155

76:                                               ; preds = %47
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 16, ptr %6) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 512, ptr %5) #9, !dbg !207
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #9, !dbg !139
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #9, !dbg !139
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #9, !dbg !139
  br label %77, !dbg !139

77:                                               ; preds = %76
  %78 = load ptr, ptr %10, align 8, !dbg !139
  %79 = load i32, ptr %11, align 4, !dbg !139
  %80 = insertvalue { ptr, i32 } poison, ptr %78, 0, !dbg !139
  %81 = insertvalue { ptr, i32 } %80, i32 %79, 1, !dbg !139
  resume { ptr, i32 } %81, !dbg !139
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !209 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal noundef zeroext i16 @_ZL10__bswap_16t(i16 noundef zeroext %0) #4 !dbg !213 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !219
    #dbg_declare(ptr %2, !218, !DIExpression(), !220)
  %3 = load i16, ptr %2, align 2, !dbg !221, !tbaa !219
  %4 = zext i16 %3 to i32, !dbg !221
  %5 = ashr i32 %4, 8, !dbg !221
  %6 = and i32 %5, 255, !dbg !221
  %7 = load i16, ptr %2, align 2, !dbg !221, !tbaa !219
  %8 = zext i16 %7 to i32, !dbg !221
  %9 = and i32 %8, 255, !dbg !221
  %10 = shl i32 %9, 8, !dbg !221
  %11 = or i32 %6, %10, !dbg !221
  %12 = trunc i32 %11 to i16, !dbg !221
  ret i16 %12, !dbg !222
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal noundef i32 @_ZL10__bswap_32j(i32 noundef %0) #4 !dbg !223 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !112
    #dbg_declare(ptr %2, !227, !DIExpression(), !228)
  %3 = load i32, ptr %2, align 4, !dbg !229, !tbaa !112
  %4 = and i32 %3, -16777216, !dbg !229
  %5 = lshr i32 %4, 24, !dbg !229
  %6 = load i32, ptr %2, align 4, !dbg !229, !tbaa !112
  %7 = and i32 %6, 16711680, !dbg !229
  %8 = lshr i32 %7, 8, !dbg !229
  %9 = or i32 %5, %8, !dbg !229
  %10 = load i32, ptr %2, align 4, !dbg !229, !tbaa !112
  %11 = and i32 %10, 65280, !dbg !229
  %12 = shl i32 %11, 8, !dbg !229
  %13 = or i32 %9, %12, !dbg !229
  %14 = load i32, ptr %2, align 4, !dbg !229, !tbaa !112
  %15 = and i32 %14, 255, !dbg !229
  %16 = shl i32 %15, 24, !dbg !229
  %17 = or i32 %13, %16, !dbg !229
  ret i32 %17, !dbg !230
}

; Function Attrs: nounwind
declare !dbg !231 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !236 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare !dbg !242 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: mustprogress uwtable
define internal noundef i32 @_ZL12parse_opcodePKcl(ptr noundef %0, i64 noundef %1) #6 !dbg !255 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !184
    #dbg_declare(ptr %3, !260, !DIExpression(), !262)
  store i64 %1, ptr %4, align 8, !tbaa !170
    #dbg_declare(ptr %4, !261, !DIExpression(), !263)
  %5 = load i64, ptr %4, align 8, !dbg !264, !tbaa !170
  %6 = icmp slt i64 %5, 2, !dbg !266
  br i1 %6, label %13, label %7, !dbg !267

7:                                                ; preds = %2
  %8 = load ptr, ptr %3, align 8, !dbg !268, !tbaa !184
  %9 = getelementptr inbounds i8, ptr %8, i64 0, !dbg !268
  %10 = load i8, ptr %9, align 1, !dbg !268, !tbaa !269
  %11 = sext i8 %10 to i32, !dbg !268
  %12 = icmp ne i32 %11, 81, !dbg !270
  br i1 %12, label %13, label %16, !dbg !271

13:                                               ; preds = %7, %2
  %14 = call ptr @__cxa_allocate_exception(i64 4) #9, !dbg !272
  %15 = getelementptr inbounds %struct.bad_request, ptr %14, i32 0, i32 0, !dbg !273
  store i32 400, ptr %15, align 16, !dbg !273, !tbaa !187
  call void @__cxa_throw(ptr %14, ptr @_ZTI11bad_request, ptr null) #10, !dbg !272
  unreachable, !dbg !272

16:                                               ; preds = %7
  %17 = load ptr, ptr %3, align 8, !dbg !274, !tbaa !184
  %18 = getelementptr inbounds i8, ptr %17, i64 1, !dbg !274
  %19 = load i8, ptr %18, align 1, !dbg !274, !tbaa !269
  %20 = sext i8 %19 to i32, !dbg !274
  %21 = sub nsw i32 %20, 48, !dbg !275
  ret i32 %21, !dbg !276
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #7

declare ptr @__cxa_begin_catch(ptr)

declare void @__cxa_end_catch()

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #8

declare !dbg !277 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare ptr @__cxa_allocate_exception(i64)

declare void @__cxa_throw(ptr, ptr, ptr)

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind memory(none) }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nounwind }
attributes #10 = { noreturn }

!llvm.dbg.cu = !{!13}
!llvm.module.flags = !{!53, !54, !55, !56, !57, !58}
!llvm.ident = !{!59}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "throwing-parser.cpp", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "de21459d4ecb63c5fff21cb8130df131")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !6)
!4 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!5 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!6 = !{!7}
!7 = !DISubrange(count: 4)
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !10, isLocal: true, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !11)
!11 = !{!12}
!12 = !DISubrange(count: 3)
!13 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !14, retainedTypes: !28, globals: !52, splitDebugInlining: false, nameTableKind: None)
!14 = !{!15}
!15 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !16, line: 24, baseType: !17, size: 32, elements: !18, identifier: "_ZTS13__socket_type")
!16 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!17 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27}
!19 = !DIEnumerator(name: "SOCK_STREAM", value: 1, isUnsigned: true)
!20 = !DIEnumerator(name: "SOCK_DGRAM", value: 2, isUnsigned: true)
!21 = !DIEnumerator(name: "SOCK_RAW", value: 3, isUnsigned: true)
!22 = !DIEnumerator(name: "SOCK_RDM", value: 4, isUnsigned: true)
!23 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5, isUnsigned: true)
!24 = !DIEnumerator(name: "SOCK_DCCP", value: 6, isUnsigned: true)
!25 = !DIEnumerator(name: "SOCK_PACKET", value: 10, isUnsigned: true)
!26 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288, isUnsigned: true)
!27 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048, isUnsigned: true)
!28 = !{!29, !35, !47, !48}
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !30, line: 30, baseType: !31)
!30 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!31 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !32, line: 26, baseType: !33)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !34, line: 42, baseType: !17)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!36 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !37, line: 183, size: 128, flags: DIFlagTypePassByValue, elements: !38, identifier: "_ZTS8sockaddr")
!37 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!38 = !{!39, !43}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !36, file: !37, line: 185, baseType: !40, size: 16)
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !41, line: 28, baseType: !42)
!41 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!42 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !36, file: !37, line: 186, baseType: !44, size: 112, offset: 16)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 112, elements: !45)
!45 = !{!46}
!46 = !DISubrange(count: 14)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !34, line: 40, baseType: !42)
!48 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bad_request", file: !2, line: 10, size: 32, flags: DIFlagTypePassByValue, elements: !49, identifier: "_ZTS11bad_request")
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "code", scope: !48, file: !2, line: 11, baseType: !51, size: 32)
!51 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!52 = !{!0, !8}
!53 = !{i32 7, !"Dwarf Version", i32 5}
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 1, !"wchar_size", i32 4}
!56 = !{i32 8, !"PIC Level", i32 2}
!57 = !{i32 7, !"PIE Level", i32 2}
!58 = !{i32 7, !"uwtable", i32 2}
!59 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!60 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 20, type: !61, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !63)
!61 = !DISubroutineType(types: !62)
!62 = !{!51}
!63 = !{!64, !65, !81, !89, !96, !97, !100, !102, !103, !106, !108}
!64 = !DILocalVariable(name: "fd", scope: !60, file: !2, line: 21, type: !51)
!65 = !DILocalVariable(name: "addr", scope: !60, file: !2, line: 22, type: !66)
!66 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !30, line: 245, size: 128, flags: DIFlagTypePassByValue, elements: !67, identifier: "_ZTS11sockaddr_in")
!67 = !{!68, !69, !72, !76}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !66, file: !30, line: 247, baseType: !40, size: 16)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !66, file: !30, line: 248, baseType: !70, size: 16, offset: 16)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !30, line: 123, baseType: !71)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !32, line: 25, baseType: !47)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !66, file: !30, line: 249, baseType: !73, size: 32, offset: 32)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !30, line: 31, size: 32, flags: DIFlagTypePassByValue, elements: !74, identifier: "_ZTS7in_addr")
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !73, file: !30, line: 33, baseType: !29, size: 32)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !66, file: !30, line: 252, baseType: !77, size: 64, offset: 64)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !78, size: 64, elements: !79)
!78 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!79 = !{!80}
!80 = !DISubrange(count: 8)
!81 = !DILocalVariable(name: "pfd", scope: !60, file: !2, line: 29, type: !82)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !83, line: 36, size: 64, flags: DIFlagTypePassByValue, elements: !84, identifier: "_ZTS6pollfd")
!83 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!84 = !{!85, !86, !88}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !82, file: !83, line: 38, baseType: !51, size: 32)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !82, file: !83, line: 39, baseType: !87, size: 16, offset: 32)
!87 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !82, file: !83, line: 40, baseType: !87, size: 16, offset: 48)
!89 = !DILocalVariable(name: "buf", scope: !90, file: !2, line: 33, type: !93)
!90 = distinct !DILexicalBlock(scope: !91, file: !2, line: 30, column: 12)
!91 = distinct !DILexicalBlock(scope: !92, file: !2, line: 30, column: 3)
!92 = distinct !DILexicalBlock(scope: !60, file: !2, line: 30, column: 3)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 4096, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 512)
!96 = !DILocalVariable(name: "src", scope: !90, file: !2, line: 34, type: !66)
!97 = !DILocalVariable(name: "len", scope: !90, file: !2, line: 35, type: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !37, line: 33, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !34, line: 210, baseType: !17)
!100 = !DILocalVariable(name: "n", scope: !90, file: !2, line: 36, type: !101)
!101 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!102 = !DILocalVariable(name: "op", scope: !90, file: !2, line: 37, type: !51)
!103 = !DILocalVariable(name: "e", scope: !90, file: !2, line: 40, type: !104)
!104 = !DIDerivedType(tag: DW_TAG_reference_type, baseType: !105, size: 64)
!105 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !48)
!106 = !DILocalVariable(name: "reply", scope: !90, file: !2, line: 43, type: !107)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 64, elements: !79)
!108 = !DILocalVariable(name: "m", scope: !90, file: !2, line: 44, type: !51)
!109 = !DILocation(line: 21, column: 3, scope: !60)
!110 = !DILocation(line: 21, column: 7, scope: !60)
!111 = !DILocation(line: 21, column: 12, scope: !60)
!112 = !{!113, !113, i64 0}
!113 = !{!"int", !114, i64 0}
!114 = !{!"omnipotent char", !115, i64 0}
!115 = !{!"Simple C++ TBAA"}
!116 = !DILocation(line: 22, column: 3, scope: !60)
!117 = !DILocation(line: 22, column: 15, scope: !60)
!118 = !DILocation(line: 23, column: 3, scope: !60)
!119 = !DILocation(line: 24, column: 8, scope: !60)
!120 = !DILocation(line: 24, column: 19, scope: !60)
!121 = !{!122, !123, i64 0}
!122 = !{!"_ZTS11sockaddr_in", !123, i64 0, !123, i64 2, !124, i64 4, !114, i64 8}
!123 = !{!"short", !114, i64 0}
!124 = !{!"_ZTS7in_addr", !113, i64 0}
!125 = !DILocation(line: 25, column: 19, scope: !60)
!126 = !DILocation(line: 25, column: 8, scope: !60)
!127 = !DILocation(line: 25, column: 17, scope: !60)
!128 = !{!122, !123, i64 2}
!129 = !DILocation(line: 26, column: 26, scope: !60)
!130 = !DILocation(line: 26, column: 8, scope: !60)
!131 = !DILocation(line: 26, column: 17, scope: !60)
!132 = !DILocation(line: 26, column: 24, scope: !60)
!133 = !{!122, !113, i64 4}
!134 = !DILocation(line: 27, column: 12, scope: !135)
!135 = distinct !DILexicalBlock(scope: !60, file: !2, line: 27, column: 7)
!136 = !DILocation(line: 27, column: 7, scope: !135)
!137 = !DILocation(line: 27, column: 49, scope: !135)
!138 = !DILocation(line: 27, column: 7, scope: !60)
!139 = !DILocation(line: 48, column: 1, scope: !60)
!140 = !DILocation(line: 28, column: 5, scope: !135)
!141 = !DILocation(line: 29, column: 3, scope: !60)
!142 = !DILocation(line: 29, column: 10, scope: !60)
!143 = !DILocation(line: 29, column: 16, scope: !60)
!144 = !DILocation(line: 29, column: 17, scope: !60)
!145 = !{!146, !113, i64 0}
!146 = !{!"_ZTS6pollfd", !113, i64 0, !123, i64 4, !123, i64 6}
!147 = !{!146, !123, i64 4}
!148 = !{!146, !123, i64 6}
!149 = !DILocation(line: 30, column: 3, scope: !60)
!150 = !DILocation(line: 31, column: 9, scope: !151)
!151 = distinct !DILexicalBlock(scope: !90, file: !2, line: 31, column: 9)
!152 = !DILocation(line: 31, column: 27, scope: !151)
!153 = !DILocation(line: 31, column: 9, scope: !90)
!154 = !DILocation(line: 32, column: 7, scope: !151)
!155 = distinct !{!155, !156, !157, !158}
!156 = !DILocation(line: 30, column: 3, scope: !92)
!157 = !DILocation(line: 47, column: 3, scope: !92)
!158 = !{!"llvm.loop.mustprogress"}
!159 = !DILocation(line: 33, column: 5, scope: !90)
!160 = !DILocation(line: 33, column: 10, scope: !90)
!161 = !DILocation(line: 34, column: 5, scope: !90)
!162 = !DILocation(line: 34, column: 17, scope: !90)
!163 = !DILocation(line: 35, column: 5, scope: !90)
!164 = !DILocation(line: 35, column: 15, scope: !90)
!165 = !DILocation(line: 36, column: 5, scope: !90)
!166 = !DILocation(line: 36, column: 10, scope: !90)
!167 = !DILocation(line: 36, column: 23, scope: !90)
!168 = !DILocation(line: 36, column: 27, scope: !90)
!169 = !DILocation(line: 36, column: 14, scope: !90)
!170 = !{!171, !171, i64 0}
!171 = !{!"long", !114, i64 0}
!172 = !DILocation(line: 37, column: 5, scope: !90)
!173 = !DILocation(line: 37, column: 9, scope: !90)
!174 = !DILocation(line: 39, column: 25, scope: !175)
!175 = distinct !DILexicalBlock(scope: !90, file: !2, line: 38, column: 9)
!176 = !DILocation(line: 39, column: 30, scope: !175)
!177 = !DILocation(line: 39, column: 12, scope: !175)
!178 = !DILocation(line: 39, column: 10, scope: !175)
!179 = !DILocation(line: 40, column: 5, scope: !175)
!180 = !DILocation(line: 48, column: 1, scope: !175)
!181 = !DILocation(line: 40, column: 33, scope: !90)
!182 = !DILocation(line: 41, column: 13, scope: !183)
!183 = distinct !DILexicalBlock(scope: !90, file: !2, line: 40, column: 36)
!184 = !{!185, !185, i64 0}
!185 = !{!"any pointer", !114, i64 0}
!186 = !DILocation(line: 41, column: 15, scope: !183)
!187 = !{!188, !113, i64 0}
!188 = !{!"_ZTS11bad_request", !113, i64 0}
!189 = !DILocation(line: 41, column: 12, scope: !183)
!190 = !DILocation(line: 41, column: 10, scope: !183)
!191 = !DILocation(line: 42, column: 5, scope: !183)
!192 = !DILocation(line: 43, column: 5, scope: !90)
!193 = !DILocation(line: 43, column: 10, scope: !90)
!194 = !DILocation(line: 44, column: 5, scope: !90)
!195 = !DILocation(line: 44, column: 9, scope: !90)
!196 = !DILocation(line: 44, column: 13, scope: !90)
!197 = !DILocation(line: 44, column: 16, scope: !90)
!198 = !DILocation(line: 45, column: 5, scope: !90)
!199 = !DILocation(line: 45, column: 19, scope: !90)
!200 = !DILocation(line: 45, column: 22, scope: !90)
!201 = !DILocation(line: 45, column: 42, scope: !90)
!202 = !DILocation(line: 46, column: 12, scope: !90)
!203 = !DILocation(line: 46, column: 16, scope: !90)
!204 = !DILocation(line: 46, column: 23, scope: !90)
!205 = !DILocation(line: 46, column: 47, scope: !90)
!206 = !DILocation(line: 46, column: 5, scope: !90)
!207 = !DILocation(line: 47, column: 3, scope: !91)
!208 = !DILocation(line: 30, column: 3, scope: !91)
!209 = !DISubprogram(name: "socket", scope: !210, file: !210, line: 102, type: !211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!210 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!211 = !DISubroutineType(types: !212)
!212 = !{!51, !51, !51, !51}
!213 = distinct !DISubprogram(name: "__bswap_16", linkageName: "_ZL10__bswap_16t", scope: !214, file: !214, line: 34, type: !215, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !217)
!214 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!215 = !DISubroutineType(types: !216)
!216 = !{!47, !47}
!217 = !{!218}
!218 = !DILocalVariable(name: "__bsx", arg: 1, scope: !213, file: !214, line: 34, type: !47)
!219 = !{!123, !123, i64 0}
!220 = !DILocation(line: 34, column: 24, scope: !213)
!221 = !DILocation(line: 39, column: 10, scope: !213)
!222 = !DILocation(line: 39, column: 3, scope: !213)
!223 = distinct !DISubprogram(name: "__bswap_32", linkageName: "_ZL10__bswap_32j", scope: !214, file: !214, line: 49, type: !224, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !226)
!224 = !DISubroutineType(types: !225)
!225 = !{!33, !33}
!226 = !{!227}
!227 = !DILocalVariable(name: "__bsx", arg: 1, scope: !223, file: !214, line: 49, type: !33)
!228 = !DILocation(line: 49, column: 24, scope: !223)
!229 = !DILocation(line: 54, column: 10, scope: !223)
!230 = !DILocation(line: 54, column: 3, scope: !223)
!231 = !DISubprogram(name: "bind", scope: !210, file: !210, line: 112, type: !232, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DISubroutineType(types: !233)
!233 = !{!51, !51, !234, !98}
!234 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !235, size: 64)
!235 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !36)
!236 = !DISubprogram(name: "poll", scope: !83, file: !83, line: 54, type: !237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DISubroutineType(types: !238)
!238 = !{!51, !239, !240, !51}
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64)
!240 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !83, line: 33, baseType: !241)
!241 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!242 = !DISubprogram(name: "recvfrom", scope: !210, file: !210, line: 163, type: !243, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!243 = !DISubroutineType(types: !244)
!244 = !{!245, !51, !248, !250, !51, !252, !253}
!245 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !246, line: 108, baseType: !247)
!246 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!247 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !34, line: 194, baseType: !101)
!248 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !249)
!249 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!250 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !251, line: 18, baseType: !241)
!251 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!252 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !35)
!253 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !254)
!254 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!255 = distinct !DISubprogram(name: "parse_opcode", linkageName: "_ZL12parse_opcodePKcl", scope: !2, file: !2, line: 14, type: !256, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !259)
!256 = !DISubroutineType(types: !257)
!257 = !{!51, !258, !101}
!258 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!259 = !{!260, !261}
!260 = !DILocalVariable(name: "buf", arg: 1, scope: !255, file: !2, line: 14, type: !258)
!261 = !DILocalVariable(name: "n", arg: 2, scope: !255, file: !2, line: 14, type: !101)
!262 = !DILocation(line: 14, column: 37, scope: !255)
!263 = !DILocation(line: 14, column: 47, scope: !255)
!264 = !DILocation(line: 15, column: 7, scope: !265)
!265 = distinct !DILexicalBlock(scope: !255, file: !2, line: 15, column: 7)
!266 = !DILocation(line: 15, column: 9, scope: !265)
!267 = !DILocation(line: 15, column: 13, scope: !265)
!268 = !DILocation(line: 15, column: 16, scope: !265)
!269 = !{!114, !114, i64 0}
!270 = !DILocation(line: 15, column: 23, scope: !265)
!271 = !DILocation(line: 15, column: 7, scope: !255)
!272 = !DILocation(line: 16, column: 5, scope: !265)
!273 = !DILocation(line: 16, column: 22, scope: !265)
!274 = !DILocation(line: 17, column: 10, scope: !255)
!275 = !DILocation(line: 17, column: 17, scope: !255)
!276 = !DILocation(line: 17, column: 3, scope: !255)
!277 = !DISubprogram(name: "sendto", scope: !210, file: !210, line: 152, type: !278, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!278 = !DISubroutineType(types: !279)
!279 = !{!245, !51, !280, !250, !51, !234, !98}
!280 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !281, size: 64)
!281 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
