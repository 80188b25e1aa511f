; Addresses written by inet_pton(): 198.18.0.2 into a sockaddr_in for a TCP
; listener and 2001:db8::7 into a sockaddr_in6 for a UDP socket; both
; sockets are served from one poll loop.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'bind-inet-pton.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at bind-inet-pton.c:18
; CHECK-NEXT:   bind: port 1883 address 198.18.0.2 at bind-inet-pton.c:27
; CHECK-NEXT: socket #1: udp ipv6, created in main at bind-inet-pton.c:30
; CHECK-NEXT:   bind: port 1884 address 2001:db8::7 at bind-inet-pton.c:39
; CHECK-NEXT: socket #2: tcp ipv4, accepted from #0 in main at bind-inet-pton.c:48
; CHECK-NEXT: event-loop #0: poll in main at bind-inet-pton.c:44, waits in poll at bind-inet-pton.c:45
; CHECK-NEXT: arrival: recv on socket #2 in main at bind-inet-pton.c:50, loop #0
; CHECK-NEXT: reply: send on socket #2 in main at bind-inet-pton.c:52, loop #0
; CHECK-NEXT: arrival: recvfrom on socket #1 in main at bind-inet-pton.c:59, loop #0
; CHECK-NEXT: reply: sendto on socket #1 in main at bind-inet-pton.c:61, loop #0
; CHECK-NEXT: summary: 3 sockets, 1 event loop, 2 arrivals, 2 replies, 0 other I/O
;
; MADE-FROM: Inputs/bind-inet-pton.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - bind-inet-pton.c

; ModuleID = 'bind-inet-pton.c'
source_filename = "bind-inet-pton.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [11 x i8] c"198.18.0.2\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [10 x i8] c"inet_pton\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [8 x i8] c"socket6\00", align 1, !dbg !22
@.str.5 = private unnamed_addr constant [12 x i8] c"2001:db8::7\00", align 1, !dbg !27
@.str.6 = private unnamed_addr constant [11 x i8] c"inet_pton6\00", align 1, !dbg !32
@.str.7 = private unnamed_addr constant [6 x i8] c"bind6\00", align 1, !dbg !34
@.str.8 = private unnamed_addr constant [5 x i8] c"poll\00", align 1, !dbg !39

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !78 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_in6, align 4
  %6 = alloca [2 x %struct.pollfd], align 16
  %7 = alloca [256 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca %struct.sockaddr_in6, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !83, !DIExpression(), !84)
  %13 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !85
  store i32 %13, ptr %2, align 4, !dbg !84
  %14 = load i32, ptr %2, align 4, !dbg !86
  %15 = icmp slt i32 %14, 0, !dbg !88
  br i1 %15, label %16, label %17, !dbg !89

16:                                               ; preds = %0
  call void @fail(ptr noundef @.str), !dbg !90
  br label %17, !dbg !90

17:                                               ; preds = %16, %0
    #dbg_declare(ptr %3, !91, !DIExpression(), !112)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !113
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !114
  store i16 2, ptr %18, align 4, !dbg !115
  %19 = call zeroext i16 @htons(i16 noundef zeroext 1883) #7, !dbg !116
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !117
  store i16 %19, ptr %20, align 2, !dbg !118
  %21 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !119
  %22 = call i32 @inet_pton(i32 noundef 2, ptr noundef @.str.1, ptr noundef %21) #6, !dbg !121
  %23 = icmp ne i32 %22, 1, !dbg !122
  br i1 %23, label %24, label %25, !dbg !123

24:                                               ; preds = %17
  call void @fail(ptr noundef @.str.2), !dbg !124
  br label %25, !dbg !124

25:                                               ; preds = %24, %17
  %26 = load i32, ptr %2, align 4, !dbg !125
  %27 = call i32 @bind(i32 noundef %26, ptr noundef %3, i32 noundef 16) #6, !dbg !127
  %28 = icmp slt i32 %27, 0, !dbg !128
  br i1 %28, label %33, label %29, !dbg !129

29:                                               ; preds = %25
  %30 = load i32, ptr %2, align 4, !dbg !130
  %31 = call i32 @listen(i32 noundef %30, i32 noundef 4) #6, !dbg !131
  %32 = icmp slt i32 %31, 0, !dbg !132
  br i1 %32, label %33, label %34, !dbg !133

33:                                               ; preds = %29, %25
  call void @fail(ptr noundef @.str.3), !dbg !134
  br label %34, !dbg !134

34:                                               ; preds = %33, %29
    #dbg_declare(ptr %4, !135, !DIExpression(), !136)
  %35 = call i32 @socket(i32 noundef 10, i32 noundef 2, i32 noundef 0) #6, !dbg !137
  store i32 %35, ptr %4, align 4, !dbg !136
  %36 = load i32, ptr %4, align 4, !dbg !138
  %37 = icmp slt i32 %36, 0, !dbg !140
  br i1 %37, label %38, label %39, !dbg !141

38:                                               ; preds = %34
  call void @fail(ptr noundef @.str.4), !dbg !142
  br label %39, !dbg !142

39:                                               ; preds = %38, %34
    #dbg_declare(ptr %5, !143, !DIExpression(), !168)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 28, i1 false), !dbg !169
  %40 = getelementptr inbounds %struct.sockaddr_in6, ptr %5, i32 0, i32 0, !dbg !170
  store i16 10, ptr %40, align 4, !dbg !171
  %41 = call zeroext i16 @htons(i16 noundef zeroext 1884) #7, !dbg !172
  %42 = getelementptr inbounds %struct.sockaddr_in6, ptr %5, i32 0, i32 1, !dbg !173
  store i16 %41, ptr %42, align 2, !dbg !174
  %43 = getelementptr inbounds %struct.sockaddr_in6, ptr %5, i32 0, i32 3, !dbg !175
  %44 = call i32 @inet_pton(i32 noundef 10, ptr noundef @.str.5, ptr noundef %43) #6, !dbg !177
  %45 = icmp ne i32 %44, 1, !dbg !178
  br i1 %45, label %46, label %47, !dbg !179

46:                                               ; preds = %39
  call void @fail(ptr noundef @.str.6), !dbg !180
  br label %47, !dbg !180

47:                                               ; preds = %46, %39
  %48 = load i32, ptr %4, align 4, !dbg !181
  %49 = call i32 @bind(i32 noundef %48, ptr noundef %5, i32 noundef 28) #6, !dbg !183
  %50 = icmp slt i32 %49, 0, !dbg !184
  br i1 %50, label %51, label %52, !dbg !185

51:                                               ; preds = %47
  call void @fail(ptr noundef @.str.7), !dbg !186
  br label %52, !dbg !186

52:                                               ; preds = %51, %47
    #dbg_declare(ptr %6, !187, !DIExpression(), !198)
  %53 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 0, !dbg !199
  %54 = load i32, ptr %2, align 4, !dbg !200
  store i32 %54, ptr %53, align 8, !dbg !199
  %55 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 1, !dbg !199
  store i16 1, ptr %55, align 4, !dbg !199
  %56 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 2, !dbg !199
  store i16 0, ptr %56, align 2, !dbg !199
  %57 = getelementptr inbounds %struct.pollfd, ptr %6, i64 1, !dbg !201
  %58 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 0, !dbg !202
  %59 = load i32, ptr %4, align 4, !dbg !203
  store i32 %59, ptr %58, align 8, !dbg !202
  %60 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 1, !dbg !202
  store i16 1, ptr %60, align 4, !dbg !202
  %61 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 2, !dbg !202
  store i16 0, ptr %61, align 2, !dbg !202
    #dbg_declare(ptr %7, !204, !DIExpression(), !208)
  br label %62, !dbg !209

62:                                               ; preds = %114, %52
  %63 = getelementptr inbounds [2 x %struct.pollfd], ptr %6, i64 0, i64 0, !dbg !210
  %64 = call i32 @poll(ptr noundef %63, i64 noundef 2, i32 noundef -1), !dbg !215
  %65 = icmp slt i32 %64, 0, !dbg !216
  br i1 %65, label %66, label %67, !dbg !217

66:                                               ; preds = %62
  call void @fail(ptr noundef @.str.8), !dbg !218
  br label %67, !dbg !218

67:                                               ; preds = %66, %62
  %68 = getelementptr inbounds [2 x %struct.pollfd], ptr %6, i64 0, i64 0, !dbg !219
  %69 = getelementptr inbounds %struct.pollfd, ptr %68, i32 0, i32 2, !dbg !221
  %70 = load i16, ptr %69, align 2, !dbg !221
  %71 = sext i16 %70 to i32, !dbg !219
  %72 = and i32 %71, 1, !dbg !222
  %73 = icmp ne i32 %72, 0, !dbg !222
  br i1 %73, label %74, label %94, !dbg !223

74:                                               ; preds = %67
    #dbg_declare(ptr %8, !224, !DIExpression(), !226)
  %75 = load i32, ptr %2, align 4, !dbg !227
  %76 = call i32 @accept(i32 noundef %75, ptr noundef null, ptr noundef null), !dbg !228
  store i32 %76, ptr %8, align 4, !dbg !226
  %77 = load i32, ptr %8, align 4, !dbg !229
  %78 = icmp sge i32 %77, 0, !dbg !231
  br i1 %78, label %79, label %93, !dbg !232

79:                                               ; preds = %74
    #dbg_declare(ptr %9, !233, !DIExpression(), !239)
  %80 = load i32, ptr %8, align 4, !dbg !240
  %81 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !241
  %82 = call i64 @recv(i32 noundef %80, ptr noundef %81, i64 noundef 256, i32 noundef 0), !dbg !242
  store i64 %82, ptr %9, align 8, !dbg !239
  %83 = load i64, ptr %9, align 8, !dbg !243
  %84 = icmp sgt i64 %83, 0, !dbg !245
  br i1 %84, label %85, label %90, !dbg !246

85:                                               ; preds = %79
  %86 = load i32, ptr %8, align 4, !dbg !247
  %87 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !248
  %88 = load i64, ptr %9, align 8, !dbg !249
  %89 = call i64 @send(i32 noundef %86, ptr noundef %87, i64 noundef %88, i32 noundef 0), !dbg !250
  br label %90, !dbg !250

90:                                               ; preds = %85, %79
  %91 = load i32, ptr %8, align 4, !dbg !251
  %92 = call i32 @close(i32 noundef %91), !dbg !252
  br label %93, !dbg !253

93:                                               ; preds = %90, %74
  br label %94, !dbg !254

94:                                               ; preds = %93, %67
  %95 = getelementptr inbounds [2 x %struct.pollfd], ptr %6, i64 0, i64 1, !dbg !255
  %96 = getelementptr inbounds %struct.pollfd, ptr %95, i32 0, i32 2, !dbg !257
  %97 = load i16, ptr %96, align 2, !dbg !257
  %98 = sext i16 %97 to i32, !dbg !255
  %99 = and i32 %98, 1, !dbg !258
  %100 = icmp ne i32 %99, 0, !dbg !258
  br i1 %100, label %101, label %114, !dbg !259

101:                                              ; preds = %94
    #dbg_declare(ptr %10, !260, !DIExpression(), !262)
    #dbg_declare(ptr %11, !263, !DIExpression(), !266)
  store i32 28, ptr %11, align 4, !dbg !266
    #dbg_declare(ptr %12, !267, !DIExpression(), !268)
  %102 = load i32, ptr %4, align 4, !dbg !269
  %103 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !270
  %104 = call i64 @recvfrom(i32 noundef %102, ptr noundef %103, i64 noundef 256, i32 noundef 0, ptr noundef %10, ptr noundef %11), !dbg !271
  store i64 %104, ptr %12, align 8, !dbg !268
  %105 = load i64, ptr %12, align 8, !dbg !272
  %106 = icmp sgt i64 %105, 0, !dbg !274
  br i1 %106, label %107, label %113, !dbg !275

107:                                              ; preds = %101
  %108 = load i32, ptr %4, align 4, !dbg !276
  %109 = getelementptr inbounds [256 x i8], ptr %7, i64 0, i64 0, !dbg !277
  %110 = load i64, ptr %12, align 8, !dbg !278
  %111 = load i32, ptr %11, align 4, !dbg !279
  %112 = call i64 @sendto(i32 noundef %108, ptr noundef %109, i64 noundef %110, i32 noundef 0, ptr noundef %10, i32 noundef %111), !dbg !280
  br label %113, !dbg !280

113:                                              ; preds = %107, %101
  br label %114, !dbg !281

114:                                              ; preds = %113, %94
  br label %62, !dbg !282, !llvm.loop !283
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fail(ptr noundef %0) #0 !dbg !286 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !291, !DIExpression(), !292)
  %3 = load ptr, ptr %2, align 8, !dbg !293
  call void @perror(ptr noundef %3), !dbg !294
  call void @exit(i32 noundef 1) #8, !dbg !295
  unreachable, !dbg !295
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @inet_pton(i32 noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #4

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #4

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #4

declare i32 @close(i32 noundef) #4

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

declare void @perror(ptr noundef) #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { noreturn nounwind }

!llvm.dbg.cu = !{!41}
!llvm.module.flags = !{!70, !71, !72, !73, !74, !75, !76}
!llvm.ident = !{!77}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 20, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "bind-inet-pton.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "3185cdeea6c920bb4cbad9d779c88c4a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 11)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 26, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 10)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 5)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !2, line: 32, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 8)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !29, isLocal: true, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 12)
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(scope: null, file: !2, line: 40, type: !36, isLocal: true, isDefinition: true)
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !37)
!37 = !{!38}
!38 = !DISubrange(count: 6)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !2, line: 46, type: !19, isLocal: true, isDefinition: true)
!41 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !42, retainedTypes: !56, globals: !69, splitDebugInlining: false, nameTableKind: None)
!42 = !{!43}
!43 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !44, line: 24, baseType: !45, size: 32, elements: !46)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!45 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!46 = !{!47, !48, !49, !50, !51, !52, !53, !54, !55}
!47 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!48 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!49 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!50 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!51 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!52 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!53 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!54 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!55 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!56 = !{!57}
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !59, line: 183, size: 128, elements: !60)
!59 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!60 = !{!61, !65}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !58, file: !59, line: 185, baseType: !62, size: 16)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !63, line: 28, baseType: !64)
!63 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!64 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !58, file: !59, line: 186, baseType: !66, size: 112, offset: 16)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 14)
!69 = !{!0, !7, !12, !17, !22, !27, !32, !34, !39}
!70 = !{i32 7, !"Dwarf Version", i32 5}
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 1, !"wchar_size", i32 4}
!73 = !{i32 8, !"PIC Level", i32 2}
!74 = !{i32 7, !"PIE Level", i32 2}
!75 = !{i32 7, !"uwtable", i32 2}
!76 = !{i32 7, !"frame-pointer", i32 2}
!77 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!78 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 17, type: !79, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !41, retainedNodes: !82)
!79 = !DISubroutineType(types: !80)
!80 = !{!81}
!81 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!82 = !{}
!83 = !DILocalVariable(name: "t", scope: !78, file: !2, line: 18, type: !81)
!84 = !DILocation(line: 18, column: 7, scope: !78)
!85 = !DILocation(line: 18, column: 11, scope: !78)
!86 = !DILocation(line: 19, column: 7, scope: !87)
!87 = distinct !DILexicalBlock(scope: !78, file: !2, line: 19, column: 7)
!88 = !DILocation(line: 19, column: 9, scope: !87)
!89 = !DILocation(line: 19, column: 7, scope: !78)
!90 = !DILocation(line: 20, column: 5, scope: !87)
!91 = !DILocalVariable(name: "v4", scope: !78, file: !2, line: 21, type: !92)
!92 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !93, line: 245, size: 128, elements: !94)
!93 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!94 = !{!95, !96, !102, !109}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !92, file: !93, line: 247, baseType: !62, size: 16)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !92, file: !93, line: 248, baseType: !97, size: 16, offset: 16)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !93, line: 123, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !99, line: 25, baseType: !100)
!99 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !101, line: 40, baseType: !64)
!101 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!102 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !92, file: !93, line: 249, baseType: !103, size: 32, offset: 32)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !93, line: 31, size: 32, elements: !104)
!104 = !{!105}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !103, file: !93, line: 33, baseType: !106, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !93, line: 30, baseType: !107)
!107 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !99, line: 26, baseType: !108)
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !101, line: 42, baseType: !45)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !92, file: !93, line: 252, baseType: !110, size: 64, offset: 64)
!110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !111, size: 64, elements: !25)
!111 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!112 = !DILocation(line: 21, column: 22, scope: !78)
!113 = !DILocation(line: 22, column: 3, scope: !78)
!114 = !DILocation(line: 23, column: 6, scope: !78)
!115 = !DILocation(line: 23, column: 17, scope: !78)
!116 = !DILocation(line: 24, column: 17, scope: !78)
!117 = !DILocation(line: 24, column: 6, scope: !78)
!118 = !DILocation(line: 24, column: 15, scope: !78)
!119 = !DILocation(line: 25, column: 44, scope: !120)
!120 = distinct !DILexicalBlock(scope: !78, file: !2, line: 25, column: 7)
!121 = !DILocation(line: 25, column: 7, scope: !120)
!122 = !DILocation(line: 25, column: 54, scope: !120)
!123 = !DILocation(line: 25, column: 7, scope: !78)
!124 = !DILocation(line: 26, column: 5, scope: !120)
!125 = !DILocation(line: 27, column: 12, scope: !126)
!126 = distinct !DILexicalBlock(scope: !78, file: !2, line: 27, column: 7)
!127 = !DILocation(line: 27, column: 7, scope: !126)
!128 = !DILocation(line: 27, column: 51, scope: !126)
!129 = !DILocation(line: 27, column: 55, scope: !126)
!130 = !DILocation(line: 27, column: 65, scope: !126)
!131 = !DILocation(line: 27, column: 58, scope: !126)
!132 = !DILocation(line: 27, column: 71, scope: !126)
!133 = !DILocation(line: 27, column: 7, scope: !78)
!134 = !DILocation(line: 28, column: 5, scope: !126)
!135 = !DILocalVariable(name: "u", scope: !78, file: !2, line: 30, type: !81)
!136 = !DILocation(line: 30, column: 7, scope: !78)
!137 = !DILocation(line: 30, column: 11, scope: !78)
!138 = !DILocation(line: 31, column: 7, scope: !139)
!139 = distinct !DILexicalBlock(scope: !78, file: !2, line: 31, column: 7)
!140 = !DILocation(line: 31, column: 9, scope: !139)
!141 = !DILocation(line: 31, column: 7, scope: !78)
!142 = !DILocation(line: 32, column: 5, scope: !139)
!143 = !DILocalVariable(name: "v6", scope: !78, file: !2, line: 33, type: !144)
!144 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !93, line: 260, size: 224, elements: !145)
!145 = !{!146, !147, !148, !149, !167}
!146 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !144, file: !93, line: 262, baseType: !62, size: 16)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !144, file: !93, line: 263, baseType: !97, size: 16, offset: 16)
!148 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !144, file: !93, line: 264, baseType: !107, size: 32, offset: 32)
!149 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !144, file: !93, line: 265, baseType: !150, size: 128, offset: 64)
!150 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !93, line: 219, size: 128, elements: !151)
!151 = !{!152}
!152 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !150, file: !93, line: 226, baseType: !153, size: 128)
!153 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !150, file: !93, line: 221, size: 128, elements: !154)
!154 = !{!155, !161, !163}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !153, file: !93, line: 223, baseType: !156, size: 128)
!156 = !DICompositeType(tag: DW_TAG_array_type, baseType: !157, size: 128, elements: !159)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !99, line: 24, baseType: !158)
!158 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !101, line: 38, baseType: !111)
!159 = !{!160}
!160 = !DISubrange(count: 16)
!161 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !153, file: !93, line: 224, baseType: !162, size: 128)
!162 = !DICompositeType(tag: DW_TAG_array_type, baseType: !98, size: 128, elements: !25)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !153, file: !93, line: 225, baseType: !164, size: 128)
!164 = !DICompositeType(tag: DW_TAG_array_type, baseType: !107, size: 128, elements: !165)
!165 = !{!166}
!166 = !DISubrange(count: 4)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !144, file: !93, line: 266, baseType: !107, size: 32, offset: 192)
!168 = !DILocation(line: 33, column: 23, scope: !78)
!169 = !DILocation(line: 34, column: 3, scope: !78)
!170 = !DILocation(line: 35, column: 6, scope: !78)
!171 = !DILocation(line: 35, column: 18, scope: !78)
!172 = !DILocation(line: 36, column: 18, scope: !78)
!173 = !DILocation(line: 36, column: 6, scope: !78)
!174 = !DILocation(line: 36, column: 16, scope: !78)
!175 = !DILocation(line: 37, column: 46, scope: !176)
!176 = distinct !DILexicalBlock(scope: !78, file: !2, line: 37, column: 7)
!177 = !DILocation(line: 37, column: 7, scope: !176)
!178 = !DILocation(line: 37, column: 57, scope: !176)
!179 = !DILocation(line: 37, column: 7, scope: !78)
!180 = !DILocation(line: 38, column: 5, scope: !176)
!181 = !DILocation(line: 39, column: 12, scope: !182)
!182 = distinct !DILexicalBlock(scope: !78, file: !2, line: 39, column: 7)
!183 = !DILocation(line: 39, column: 7, scope: !182)
!184 = !DILocation(line: 39, column: 51, scope: !182)
!185 = !DILocation(line: 39, column: 7, scope: !78)
!186 = !DILocation(line: 40, column: 5, scope: !182)
!187 = !DILocalVariable(name: "fds", scope: !78, file: !2, line: 42, type: !188)
!188 = !DICompositeType(tag: DW_TAG_array_type, baseType: !189, size: 128, elements: !196)
!189 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !190, line: 36, size: 64, elements: !191)
!190 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!191 = !{!192, !193, !195}
!192 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !189, file: !190, line: 38, baseType: !81, size: 32)
!193 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !189, file: !190, line: 39, baseType: !194, size: 16, offset: 32)
!194 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!195 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !189, file: !190, line: 40, baseType: !194, size: 16, offset: 48)
!196 = !{!197}
!197 = !DISubrange(count: 2)
!198 = !DILocation(line: 42, column: 17, scope: !78)
!199 = !DILocation(line: 42, column: 27, scope: !78)
!200 = !DILocation(line: 42, column: 28, scope: !78)
!201 = !DILocation(line: 42, column: 26, scope: !78)
!202 = !DILocation(line: 42, column: 43, scope: !78)
!203 = !DILocation(line: 42, column: 44, scope: !78)
!204 = !DILocalVariable(name: "buf", scope: !78, file: !2, line: 43, type: !205)
!205 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !206)
!206 = !{!207}
!207 = !DISubrange(count: 256)
!208 = !DILocation(line: 43, column: 8, scope: !78)
!209 = !DILocation(line: 44, column: 3, scope: !78)
!210 = !DILocation(line: 45, column: 14, scope: !211)
!211 = distinct !DILexicalBlock(scope: !212, file: !2, line: 45, column: 9)
!212 = distinct !DILexicalBlock(scope: !213, file: !2, line: 44, column: 12)
!213 = distinct !DILexicalBlock(scope: !214, file: !2, line: 44, column: 3)
!214 = distinct !DILexicalBlock(scope: !78, file: !2, line: 44, column: 3)
!215 = !DILocation(line: 45, column: 9, scope: !211)
!216 = !DILocation(line: 45, column: 26, scope: !211)
!217 = !DILocation(line: 45, column: 9, scope: !212)
!218 = !DILocation(line: 46, column: 7, scope: !211)
!219 = !DILocation(line: 47, column: 9, scope: !220)
!220 = distinct !DILexicalBlock(scope: !212, file: !2, line: 47, column: 9)
!221 = !DILocation(line: 47, column: 16, scope: !220)
!222 = !DILocation(line: 47, column: 24, scope: !220)
!223 = !DILocation(line: 47, column: 9, scope: !212)
!224 = !DILocalVariable(name: "c", scope: !225, file: !2, line: 48, type: !81)
!225 = distinct !DILexicalBlock(scope: !220, file: !2, line: 47, column: 34)
!226 = !DILocation(line: 48, column: 11, scope: !225)
!227 = !DILocation(line: 48, column: 22, scope: !225)
!228 = !DILocation(line: 48, column: 15, scope: !225)
!229 = !DILocation(line: 49, column: 11, scope: !230)
!230 = distinct !DILexicalBlock(scope: !225, file: !2, line: 49, column: 11)
!231 = !DILocation(line: 49, column: 13, scope: !230)
!232 = !DILocation(line: 49, column: 11, scope: !225)
!233 = !DILocalVariable(name: "n", scope: !234, file: !2, line: 50, type: !235)
!234 = distinct !DILexicalBlock(scope: !230, file: !2, line: 49, column: 19)
!235 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !236, line: 108, baseType: !237)
!236 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!237 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !101, line: 194, baseType: !238)
!238 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!239 = !DILocation(line: 50, column: 17, scope: !234)
!240 = !DILocation(line: 50, column: 26, scope: !234)
!241 = !DILocation(line: 50, column: 29, scope: !234)
!242 = !DILocation(line: 50, column: 21, scope: !234)
!243 = !DILocation(line: 51, column: 13, scope: !244)
!244 = distinct !DILexicalBlock(scope: !234, file: !2, line: 51, column: 13)
!245 = !DILocation(line: 51, column: 15, scope: !244)
!246 = !DILocation(line: 51, column: 13, scope: !234)
!247 = !DILocation(line: 52, column: 16, scope: !244)
!248 = !DILocation(line: 52, column: 19, scope: !244)
!249 = !DILocation(line: 52, column: 24, scope: !244)
!250 = !DILocation(line: 52, column: 11, scope: !244)
!251 = !DILocation(line: 53, column: 15, scope: !234)
!252 = !DILocation(line: 53, column: 9, scope: !234)
!253 = !DILocation(line: 54, column: 7, scope: !234)
!254 = !DILocation(line: 55, column: 5, scope: !225)
!255 = !DILocation(line: 56, column: 9, scope: !256)
!256 = distinct !DILexicalBlock(scope: !212, file: !2, line: 56, column: 9)
!257 = !DILocation(line: 56, column: 16, scope: !256)
!258 = !DILocation(line: 56, column: 24, scope: !256)
!259 = !DILocation(line: 56, column: 9, scope: !212)
!260 = !DILocalVariable(name: "p", scope: !261, file: !2, line: 57, type: !144)
!261 = distinct !DILexicalBlock(scope: !256, file: !2, line: 56, column: 34)
!262 = !DILocation(line: 57, column: 27, scope: !261)
!263 = !DILocalVariable(name: "pl", scope: !261, file: !2, line: 58, type: !264)
!264 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !59, line: 33, baseType: !265)
!265 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !101, line: 210, baseType: !45)
!266 = !DILocation(line: 58, column: 17, scope: !261)
!267 = !DILocalVariable(name: "n", scope: !261, file: !2, line: 59, type: !235)
!268 = !DILocation(line: 59, column: 15, scope: !261)
!269 = !DILocation(line: 59, column: 28, scope: !261)
!270 = !DILocation(line: 59, column: 31, scope: !261)
!271 = !DILocation(line: 59, column: 19, scope: !261)
!272 = !DILocation(line: 60, column: 11, scope: !273)
!273 = distinct !DILexicalBlock(scope: !261, file: !2, line: 60, column: 11)
!274 = !DILocation(line: 60, column: 13, scope: !273)
!275 = !DILocation(line: 60, column: 11, scope: !261)
!276 = !DILocation(line: 61, column: 16, scope: !273)
!277 = !DILocation(line: 61, column: 19, scope: !273)
!278 = !DILocation(line: 61, column: 24, scope: !273)
!279 = !DILocation(line: 61, column: 53, scope: !273)
!280 = !DILocation(line: 61, column: 9, scope: !273)
!281 = !DILocation(line: 62, column: 5, scope: !261)
!282 = !DILocation(line: 44, column: 3, scope: !213)
!283 = distinct !{!283, !284, !285}
!284 = !DILocation(line: 44, column: 3, scope: !214)
!285 = !DILocation(line: 63, column: 3, scope: !214)
!286 = distinct !DISubprogram(name: "fail", scope: !2, file: !2, line: 12, type: !287, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !41, retainedNodes: !82)
!287 = !DISubroutineType(types: !288)
!288 = !{null, !289}
!289 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !290, size: 64)
!290 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!291 = !DILocalVariable(name: "msg", arg: 1, scope: !286, file: !2, line: 12, type: !289)
!292 = !DILocation(line: 12, column: 30, scope: !286)
!293 = !DILocation(line: 13, column: 10, scope: !286)
!294 = !DILocation(line: 13, column: 3, scope: !286)
!295 = !DILocation(line: 14, column: 3, scope: !286)
