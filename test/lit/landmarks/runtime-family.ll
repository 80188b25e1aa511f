; A UDP server whose socket family is chosen at run time: a ternary on a
; flag (socket #0, bound as IPv6 on one path and IPv4 on the other), a
; helper whose family parameter gets AF_INET or AF_INET6 (socket #1), and
; ai_family of a getaddrinfo() result for AF_UNSPEC hints (socket #2).
; Each is either IPv4 or IPv6, never "unknown family".
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'runtime-family.c'
; CHECK-NEXT: socket #0: udp ipv4|ipv6, created in main at runtime-family.c:38
; CHECK-NEXT:   bind: port 6000 address :: at runtime-family.c:46
; CHECK-NEXT:   bind: port 6000 address 0.0.0.0 at runtime-family.c:52
; CHECK-NEXT: socket #1: udp ipv4|ipv6, created in open_udp at runtime-family.c:15
; CHECK-NEXT: socket #2: udp ipv4|ipv6, created in open_any at runtime-family.c:29
; CHECK-NEXT:   bind: port 6002 address ? at runtime-family.c:31
; CHECK-NEXT: event-loop #0: poll in main at runtime-family.c:58, waits in poll at runtime-family.c:59
; CHECK-NEXT: arrival: recvfrom on sockets #0,#1,#2 in main at runtime-family.c:66, loop #0
; CHECK-NEXT: reply: sendto on sockets #0,#1,#2 in main at runtime-family.c:69, loop #0
; CHECK-NOT: unknown-family
; CHECK: summary: 3 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/runtime-family.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - runtime-family.c

; ModuleID = 'runtime-family.c'
source_filename = "runtime-family.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }
%struct.addrinfo = type { i32, i32, i32, i32, i32, ptr, ptr, ptr }

@.str = private unnamed_addr constant [3 x i8] c"-6\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"6002\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !49 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.sockaddr_in6, align 4
  %9 = alloca %struct.sockaddr_in, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [3 x %struct.pollfd], align 16
  %13 = alloca [512 x i8], align 16
  %14 = alloca i32, align 4
  %15 = alloca %struct.sockaddr_storage, align 8
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !56, !DIExpression(), !57)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !58, !DIExpression(), !59)
    #dbg_declare(ptr %6, !60, !DIExpression(), !61)
  %18 = load i32, ptr %4, align 4, !dbg !62
  %19 = icmp sgt i32 %18, 1, !dbg !63
  br i1 %19, label %20, label %26, !dbg !64

20:                                               ; preds = %2
  %21 = load ptr, ptr %5, align 8, !dbg !65
  %22 = getelementptr inbounds ptr, ptr %21, i64 1, !dbg !65
  %23 = load ptr, ptr %22, align 8, !dbg !65
  %24 = call i32 @strcmp(ptr noundef %23, ptr noundef @.str) #6, !dbg !66
  %25 = icmp eq i32 %24, 0, !dbg !67
  br label %26

26:                                               ; preds = %20, %2
  %27 = phi i1 [ false, %2 ], [ %25, %20 ], !dbg !68
  %28 = zext i1 %27 to i32, !dbg !64
  store i32 %28, ptr %6, align 4, !dbg !61
    #dbg_declare(ptr %7, !69, !DIExpression(), !70)
  %29 = load i32, ptr %6, align 4, !dbg !71
  %30 = icmp ne i32 %29, 0, !dbg !71
  %31 = zext i1 %30 to i64, !dbg !71
  %32 = select i1 %30, i32 10, i32 2, !dbg !71
  %33 = call i32 @socket(i32 noundef %32, i32 noundef 2, i32 noundef 0) #7, !dbg !72
  store i32 %33, ptr %7, align 4, !dbg !70
  %34 = load i32, ptr %7, align 4, !dbg !73
  %35 = icmp slt i32 %34, 0, !dbg !75
  br i1 %35, label %36, label %37, !dbg !76

36:                                               ; preds = %26
  ret i32 1, !dbg !77

37:                                               ; preds = %26
  %38 = load i32, ptr %6, align 4, !dbg !78
  %39 = icmp ne i32 %38, 0, !dbg !78
  br i1 %39, label %40, label %46, !dbg !80

40:                                               ; preds = %37
    #dbg_declare(ptr %8, !81, !DIExpression(), !118)
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 28, i1 false), !dbg !119
  %41 = getelementptr inbounds %struct.sockaddr_in6, ptr %8, i32 0, i32 0, !dbg !120
  store i16 10, ptr %41, align 4, !dbg !121
  %42 = call zeroext i16 @htons(i16 noundef zeroext 6000) #8, !dbg !122
  %43 = getelementptr inbounds %struct.sockaddr_in6, ptr %8, i32 0, i32 1, !dbg !123
  store i16 %42, ptr %43, align 2, !dbg !124
  %44 = load i32, ptr %7, align 4, !dbg !125
  %45 = call i32 @bind(i32 noundef %44, ptr noundef %8, i32 noundef 28) #7, !dbg !126
  br label %52, !dbg !127

46:                                               ; preds = %37
    #dbg_declare(ptr %9, !128, !DIExpression(), !141)
  call void @llvm.memset.p0.i64(ptr align 4 %9, i8 0, i64 16, i1 false), !dbg !142
  %47 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 0, !dbg !143
  store i16 2, ptr %47, align 4, !dbg !144
  %48 = call zeroext i16 @htons(i16 noundef zeroext 6000) #8, !dbg !145
  %49 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 1, !dbg !146
  store i16 %48, ptr %49, align 2, !dbg !147
  %50 = load i32, ptr %7, align 4, !dbg !148
  %51 = call i32 @bind(i32 noundef %50, ptr noundef %9, i32 noundef 16) #7, !dbg !149
  br label %52

52:                                               ; preds = %46, %40
    #dbg_declare(ptr %10, !150, !DIExpression(), !151)
  %53 = load i32, ptr %4, align 4, !dbg !152
  %54 = icmp sgt i32 %53, 2, !dbg !153
  %55 = zext i1 %54 to i64, !dbg !152
  %56 = select i1 %54, i32 10, i32 2, !dbg !152
  %57 = call i32 @open_udp(i32 noundef %56), !dbg !154
  store i32 %57, ptr %10, align 4, !dbg !151
    #dbg_declare(ptr %11, !155, !DIExpression(), !156)
  %58 = call i32 @open_any(), !dbg !157
  store i32 %58, ptr %11, align 4, !dbg !156
    #dbg_declare(ptr %12, !158, !DIExpression(), !167)
  %59 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 0, !dbg !168
  %60 = load i32, ptr %7, align 4, !dbg !169
  store i32 %60, ptr %59, align 8, !dbg !168
  %61 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 1, !dbg !168
  store i16 1, ptr %61, align 4, !dbg !168
  %62 = getelementptr inbounds %struct.pollfd, ptr %12, i32 0, i32 2, !dbg !168
  store i16 0, ptr %62, align 2, !dbg !168
  %63 = getelementptr inbounds %struct.pollfd, ptr %12, i64 1, !dbg !170
  %64 = getelementptr inbounds %struct.pollfd, ptr %63, i32 0, i32 0, !dbg !171
  %65 = load i32, ptr %10, align 4, !dbg !172
  store i32 %65, ptr %64, align 8, !dbg !171
  %66 = getelementptr inbounds %struct.pollfd, ptr %63, i32 0, i32 1, !dbg !171
  store i16 1, ptr %66, align 4, !dbg !171
  %67 = getelementptr inbounds %struct.pollfd, ptr %63, i32 0, i32 2, !dbg !171
  store i16 0, ptr %67, align 2, !dbg !171
  %68 = getelementptr inbounds %struct.pollfd, ptr %12, i64 2, !dbg !170
  %69 = getelementptr inbounds %struct.pollfd, ptr %68, i32 0, i32 0, !dbg !173
  %70 = load i32, ptr %11, align 4, !dbg !174
  store i32 %70, ptr %69, align 8, !dbg !173
  %71 = getelementptr inbounds %struct.pollfd, ptr %68, i32 0, i32 1, !dbg !173
  store i16 1, ptr %71, align 4, !dbg !173
  %72 = getelementptr inbounds %struct.pollfd, ptr %68, i32 0, i32 2, !dbg !173
  store i16 0, ptr %72, align 2, !dbg !173
    #dbg_declare(ptr %13, !175, !DIExpression(), !179)
  br label %73, !dbg !180

73:                                               ; preds = %116, %77, %52
  %74 = getelementptr inbounds [3 x %struct.pollfd], ptr %12, i64 0, i64 0, !dbg !181
  %75 = call i32 @poll(ptr noundef %74, i64 noundef 3, i32 noundef -1), !dbg !186
  %76 = icmp slt i32 %75, 0, !dbg !187
  br i1 %76, label %77, label %78, !dbg !188

77:                                               ; preds = %73
  br label %73, !dbg !189, !llvm.loop !190

78:                                               ; preds = %73
    #dbg_declare(ptr %14, !193, !DIExpression(), !195)
  store i32 0, ptr %14, align 4, !dbg !195
  br label %79, !dbg !196

79:                                               ; preds = %113, %78
  %80 = load i32, ptr %14, align 4, !dbg !197
  %81 = icmp slt i32 %80, 3, !dbg !199
  br i1 %81, label %82, label %116, !dbg !200

82:                                               ; preds = %79
  %83 = load i32, ptr %14, align 4, !dbg !201
  %84 = sext i32 %83 to i64, !dbg !204
  %85 = getelementptr inbounds [3 x %struct.pollfd], ptr %12, i64 0, i64 %84, !dbg !204
  %86 = getelementptr inbounds %struct.pollfd, ptr %85, i32 0, i32 2, !dbg !205
  %87 = load i16, ptr %86, align 2, !dbg !205
  %88 = sext i16 %87 to i32, !dbg !204
  %89 = and i32 %88, 1, !dbg !206
  %90 = icmp ne i32 %89, 0, !dbg !206
  br i1 %90, label %92, label %91, !dbg !207

91:                                               ; preds = %82
  br label %113, !dbg !208

92:                                               ; preds = %82
    #dbg_declare(ptr %15, !209, !DIExpression(), !219)
    #dbg_declare(ptr %16, !220, !DIExpression(), !223)
  store i32 128, ptr %16, align 4, !dbg !223
    #dbg_declare(ptr %17, !224, !DIExpression(), !229)
  %93 = load i32, ptr %14, align 4, !dbg !230
  %94 = sext i32 %93 to i64, !dbg !231
  %95 = getelementptr inbounds [3 x %struct.pollfd], ptr %12, i64 0, i64 %94, !dbg !231
  %96 = getelementptr inbounds %struct.pollfd, ptr %95, i32 0, i32 0, !dbg !232
  %97 = load i32, ptr %96, align 8, !dbg !232
  %98 = getelementptr inbounds [512 x i8], ptr %13, i64 0, i64 0, !dbg !233
  %99 = call i64 @recvfrom(i32 noundef %97, ptr noundef %98, i64 noundef 512, i32 noundef 0, ptr noundef %15, ptr noundef %16), !dbg !234
  store i64 %99, ptr %17, align 8, !dbg !229
  %100 = load i64, ptr %17, align 8, !dbg !235
  %101 = icmp sgt i64 %100, 0, !dbg !237
  br i1 %101, label %102, label %112, !dbg !238

102:                                              ; preds = %92
  %103 = load i32, ptr %14, align 4, !dbg !239
  %104 = sext i32 %103 to i64, !dbg !240
  %105 = getelementptr inbounds [3 x %struct.pollfd], ptr %12, i64 0, i64 %104, !dbg !240
  %106 = getelementptr inbounds %struct.pollfd, ptr %105, i32 0, i32 0, !dbg !241
  %107 = load i32, ptr %106, align 8, !dbg !241
  %108 = getelementptr inbounds [512 x i8], ptr %13, i64 0, i64 0, !dbg !242
  %109 = load i64, ptr %17, align 8, !dbg !243
  %110 = load i32, ptr %16, align 4, !dbg !244
  %111 = call i64 @sendto(i32 noundef %107, ptr noundef %108, i64 noundef %109, i32 noundef 0, ptr noundef %15, i32 noundef %110), !dbg !245
  br label %112, !dbg !245

112:                                              ; preds = %102, %92
  br label %113, !dbg !246

113:                                              ; preds = %112, %91
  %114 = load i32, ptr %14, align 4, !dbg !247
  %115 = add nsw i32 %114, 1, !dbg !247
  store i32 %115, ptr %14, align 4, !dbg !247
  br label %79, !dbg !248, !llvm.loop !249

116:                                              ; preds = %79
  br label %73, !dbg !252, !llvm.loop !190
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @open_udp(i32 noundef %0) #0 !dbg !253 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !256, !DIExpression(), !257)
    #dbg_declare(ptr %4, !258, !DIExpression(), !259)
  %5 = load i32, ptr %3, align 4, !dbg !260
  %6 = call i32 @socket(i32 noundef %5, i32 noundef 2, i32 noundef 0) #7, !dbg !261
  store i32 %6, ptr %4, align 4, !dbg !259
  %7 = load i32, ptr %4, align 4, !dbg !262
  %8 = icmp slt i32 %7, 0, !dbg !264
  br i1 %8, label %9, label %10, !dbg !265

9:                                                ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !266
  br label %12, !dbg !266

10:                                               ; preds = %1
  %11 = load i32, ptr %4, align 4, !dbg !267
  store i32 %11, ptr %2, align 4, !dbg !268
  br label %12, !dbg !268

12:                                               ; preds = %10, %9
  %13 = load i32, ptr %2, align 4, !dbg !269
  ret i32 %13, !dbg !269
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @open_any() #0 !dbg !270 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.addrinfo, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
    #dbg_declare(ptr %2, !273, !DIExpression(), !286)
    #dbg_declare(ptr %3, !287, !DIExpression(), !288)
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 48, i1 false), !dbg !289
  %5 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 1, !dbg !290
  store i32 0, ptr %5, align 4, !dbg !291
  %6 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 2, !dbg !292
  store i32 2, ptr %6, align 8, !dbg !293
  %7 = getelementptr inbounds %struct.addrinfo, ptr %2, i32 0, i32 0, !dbg !294
  store i32 1, ptr %7, align 8, !dbg !295
  %8 = call i32 @getaddrinfo(ptr noundef null, ptr noundef @.str.1, ptr noundef %2, ptr noundef %3), !dbg !296
  %9 = icmp ne i32 %8, 0, !dbg !298
  br i1 %9, label %10, label %11, !dbg !299

10:                                               ; preds = %0
  store i32 -1, ptr %1, align 4, !dbg !300
  br label %36, !dbg !300

11:                                               ; preds = %0
    #dbg_declare(ptr %4, !301, !DIExpression(), !302)
  %12 = load ptr, ptr %3, align 8, !dbg !303
  %13 = getelementptr inbounds %struct.addrinfo, ptr %12, i32 0, i32 1, !dbg !304
  %14 = load i32, ptr %13, align 4, !dbg !304
  %15 = load ptr, ptr %3, align 8, !dbg !305
  %16 = getelementptr inbounds %struct.addrinfo, ptr %15, i32 0, i32 2, !dbg !306
  %17 = load i32, ptr %16, align 8, !dbg !306
  %18 = load ptr, ptr %3, align 8, !dbg !307
  %19 = getelementptr inbounds %struct.addrinfo, ptr %18, i32 0, i32 3, !dbg !308
  %20 = load i32, ptr %19, align 4, !dbg !308
  %21 = call i32 @socket(i32 noundef %14, i32 noundef %17, i32 noundef %20) #7, !dbg !309
  store i32 %21, ptr %4, align 4, !dbg !302
  %22 = load i32, ptr %4, align 4, !dbg !310
  %23 = icmp sge i32 %22, 0, !dbg !312
  br i1 %23, label %24, label %33, !dbg !313

24:                                               ; preds = %11
  %25 = load i32, ptr %4, align 4, !dbg !314
  %26 = load ptr, ptr %3, align 8, !dbg !315
  %27 = getelementptr inbounds %struct.addrinfo, ptr %26, i32 0, i32 5, !dbg !316
  %28 = load ptr, ptr %27, align 8, !dbg !316
  %29 = load ptr, ptr %3, align 8, !dbg !317
  %30 = getelementptr inbounds %struct.addrinfo, ptr %29, i32 0, i32 4, !dbg !318
  %31 = load i32, ptr %30, align 8, !dbg !318
  %32 = call i32 @bind(i32 noundef %25, ptr noundef %28, i32 noundef %31) #7, !dbg !319
  br label %33, !dbg !319

33:                                               ; preds = %24, %11
  %34 = load ptr, ptr %3, align 8, !dbg !320
  call void @freeaddrinfo(ptr noundef %34) #7, !dbg !321
  %35 = load i32, ptr %4, align 4, !dbg !322
  store i32 %35, ptr %1, align 4, !dbg !323
  br label %36, !dbg !323

36:                                               ; preds = %33, %10
  %37 = load i32, ptr %1, align 4, !dbg !324
  ret i32 %37, !dbg !324
}

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare i32 @getaddrinfo(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare void @freeaddrinfo(ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!41, !42, !43, !44, !45, !46, !47}
!llvm.ident = !{!48}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "runtime-family.c", directory: "/work/wt-front/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "438216b050ffa9f343a6bbfaf8593e27")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 3)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 27, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, retainedTypes: !27, globals: !40, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14}
!14 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !15, line: 24, baseType: !16, size: 32, elements: !17)
!15 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25, !26}
!18 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!19 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!20 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!21 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!22 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!23 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!24 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!25 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!26 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !30, line: 183, size: 128, elements: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!31 = !{!32, !36}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !29, file: !30, line: 185, baseType: !33, size: 16)
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !34, line: 28, baseType: !35)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!35 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !29, file: !30, line: 186, baseType: !37, size: 112, offset: 16)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 14)
!40 = !{!0, !7}
!41 = !{i32 7, !"Dwarf Version", i32 5}
!42 = !{i32 2, !"Debug Info Version", i32 3}
!43 = !{i32 1, !"wchar_size", i32 4}
!44 = !{i32 8, !"PIC Level", i32 2}
!45 = !{i32 7, !"PIE Level", i32 2}
!46 = !{i32 7, !"uwtable", i32 2}
!47 = !{i32 7, !"frame-pointer", i32 2}
!48 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!49 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 36, type: !50, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !55)
!50 = !DISubroutineType(types: !51)
!51 = !{!52, !52, !53}
!52 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!55 = !{}
!56 = !DILocalVariable(name: "argc", arg: 1, scope: !49, file: !2, line: 36, type: !52)
!57 = !DILocation(line: 36, column: 14, scope: !49)
!58 = !DILocalVariable(name: "argv", arg: 2, scope: !49, file: !2, line: 36, type: !53)
!59 = !DILocation(line: 36, column: 27, scope: !49)
!60 = !DILocalVariable(name: "v6", scope: !49, file: !2, line: 37, type: !52)
!61 = !DILocation(line: 37, column: 7, scope: !49)
!62 = !DILocation(line: 37, column: 12, scope: !49)
!63 = !DILocation(line: 37, column: 17, scope: !49)
!64 = !DILocation(line: 37, column: 21, scope: !49)
!65 = !DILocation(line: 37, column: 31, scope: !49)
!66 = !DILocation(line: 37, column: 24, scope: !49)
!67 = !DILocation(line: 37, column: 46, scope: !49)
!68 = !DILocation(line: 0, scope: !49)
!69 = !DILocalVariable(name: "fd", scope: !49, file: !2, line: 38, type: !52)
!70 = !DILocation(line: 38, column: 7, scope: !49)
!71 = !DILocation(line: 38, column: 19, scope: !49)
!72 = !DILocation(line: 38, column: 12, scope: !49)
!73 = !DILocation(line: 39, column: 7, scope: !74)
!74 = distinct !DILexicalBlock(scope: !49, file: !2, line: 39, column: 7)
!75 = !DILocation(line: 39, column: 10, scope: !74)
!76 = !DILocation(line: 39, column: 7, scope: !49)
!77 = !DILocation(line: 40, column: 5, scope: !74)
!78 = !DILocation(line: 41, column: 7, scope: !79)
!79 = distinct !DILexicalBlock(scope: !49, file: !2, line: 41, column: 7)
!80 = !DILocation(line: 41, column: 7, scope: !49)
!81 = !DILocalVariable(name: "a6", scope: !82, file: !2, line: 42, type: !83)
!82 = distinct !DILexicalBlock(scope: !79, file: !2, line: 41, column: 11)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !84, line: 260, size: 224, elements: !85)
!84 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!85 = !{!86, !87, !93, !96, !117}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !83, file: !84, line: 262, baseType: !33, size: 16)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !83, file: !84, line: 263, baseType: !88, size: 16, offset: 16)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !84, line: 123, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !90, line: 25, baseType: !91)
!90 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !92, line: 40, baseType: !35)
!92 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!93 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !83, file: !84, line: 264, baseType: !94, size: 32, offset: 32)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !90, line: 26, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !92, line: 42, baseType: !16)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !83, file: !84, line: 265, baseType: !97, size: 128, offset: 64)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !84, line: 219, size: 128, elements: !98)
!98 = !{!99}
!99 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !97, file: !84, line: 226, baseType: !100, size: 128)
!100 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !97, file: !84, line: 221, size: 128, elements: !101)
!101 = !{!102, !109, !113}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !100, file: !84, line: 223, baseType: !103, size: 128)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !104, size: 128, elements: !107)
!104 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !90, line: 24, baseType: !105)
!105 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !92, line: 38, baseType: !106)
!106 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!107 = !{!108}
!108 = !DISubrange(count: 16)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !100, file: !84, line: 224, baseType: !110, size: 128)
!110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !89, size: 128, elements: !111)
!111 = !{!112}
!112 = !DISubrange(count: 8)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !100, file: !84, line: 225, baseType: !114, size: 128)
!114 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 128, elements: !115)
!115 = !{!116}
!116 = !DISubrange(count: 4)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !83, file: !84, line: 266, baseType: !94, size: 32, offset: 192)
!118 = !DILocation(line: 42, column: 25, scope: !82)
!119 = !DILocation(line: 43, column: 5, scope: !82)
!120 = !DILocation(line: 44, column: 8, scope: !82)
!121 = !DILocation(line: 44, column: 20, scope: !82)
!122 = !DILocation(line: 45, column: 20, scope: !82)
!123 = !DILocation(line: 45, column: 8, scope: !82)
!124 = !DILocation(line: 45, column: 18, scope: !82)
!125 = !DILocation(line: 46, column: 10, scope: !82)
!126 = !DILocation(line: 46, column: 5, scope: !82)
!127 = !DILocation(line: 47, column: 3, scope: !82)
!128 = !DILocalVariable(name: "a4", scope: !129, file: !2, line: 48, type: !130)
!129 = distinct !DILexicalBlock(scope: !79, file: !2, line: 47, column: 10)
!130 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !84, line: 245, size: 128, elements: !131)
!131 = !{!132, !133, !134, !139}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !130, file: !84, line: 247, baseType: !33, size: 16)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !130, file: !84, line: 248, baseType: !88, size: 16, offset: 16)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !130, file: !84, line: 249, baseType: !135, size: 32, offset: 32)
!135 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !84, line: 31, size: 32, elements: !136)
!136 = !{!137}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !135, file: !84, line: 33, baseType: !138, size: 32)
!138 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !84, line: 30, baseType: !94)
!139 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !130, file: !84, line: 252, baseType: !140, size: 64, offset: 64)
!140 = !DICompositeType(tag: DW_TAG_array_type, baseType: !106, size: 64, elements: !111)
!141 = !DILocation(line: 48, column: 24, scope: !129)
!142 = !DILocation(line: 49, column: 5, scope: !129)
!143 = !DILocation(line: 50, column: 8, scope: !129)
!144 = !DILocation(line: 50, column: 19, scope: !129)
!145 = !DILocation(line: 51, column: 19, scope: !129)
!146 = !DILocation(line: 51, column: 8, scope: !129)
!147 = !DILocation(line: 51, column: 17, scope: !129)
!148 = !DILocation(line: 52, column: 10, scope: !129)
!149 = !DILocation(line: 52, column: 5, scope: !129)
!150 = !DILocalVariable(name: "other", scope: !49, file: !2, line: 54, type: !52)
!151 = !DILocation(line: 54, column: 7, scope: !49)
!152 = !DILocation(line: 54, column: 24, scope: !49)
!153 = !DILocation(line: 54, column: 29, scope: !49)
!154 = !DILocation(line: 54, column: 15, scope: !49)
!155 = !DILocalVariable(name: "any", scope: !49, file: !2, line: 55, type: !52)
!156 = !DILocation(line: 55, column: 7, scope: !49)
!157 = !DILocation(line: 55, column: 13, scope: !49)
!158 = !DILocalVariable(name: "pfd", scope: !49, file: !2, line: 56, type: !159)
!159 = !DICompositeType(tag: DW_TAG_array_type, baseType: !160, size: 192, elements: !5)
!160 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !161, line: 36, size: 64, elements: !162)
!161 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!162 = !{!163, !164, !166}
!163 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !160, file: !161, line: 38, baseType: !52, size: 32)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !160, file: !161, line: 39, baseType: !165, size: 16, offset: 32)
!165 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !160, file: !161, line: 40, baseType: !165, size: 16, offset: 48)
!167 = !DILocation(line: 56, column: 17, scope: !49)
!168 = !DILocation(line: 56, column: 27, scope: !49)
!169 = !DILocation(line: 56, column: 28, scope: !49)
!170 = !DILocation(line: 56, column: 26, scope: !49)
!171 = !DILocation(line: 56, column: 44, scope: !49)
!172 = !DILocation(line: 56, column: 45, scope: !49)
!173 = !DILocation(line: 56, column: 64, scope: !49)
!174 = !DILocation(line: 56, column: 65, scope: !49)
!175 = !DILocalVariable(name: "buf", scope: !49, file: !2, line: 57, type: !176)
!176 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !177)
!177 = !{!178}
!178 = !DISubrange(count: 512)
!179 = !DILocation(line: 57, column: 8, scope: !49)
!180 = !DILocation(line: 58, column: 3, scope: !49)
!181 = !DILocation(line: 59, column: 14, scope: !182)
!182 = distinct !DILexicalBlock(scope: !183, file: !2, line: 59, column: 9)
!183 = distinct !DILexicalBlock(scope: !184, file: !2, line: 58, column: 12)
!184 = distinct !DILexicalBlock(scope: !185, file: !2, line: 58, column: 3)
!185 = distinct !DILexicalBlock(scope: !49, file: !2, line: 58, column: 3)
!186 = !DILocation(line: 59, column: 9, scope: !182)
!187 = !DILocation(line: 59, column: 26, scope: !182)
!188 = !DILocation(line: 59, column: 9, scope: !183)
!189 = !DILocation(line: 60, column: 7, scope: !182)
!190 = distinct !{!190, !191, !192}
!191 = !DILocation(line: 58, column: 3, scope: !185)
!192 = !DILocation(line: 71, column: 3, scope: !185)
!193 = !DILocalVariable(name: "i", scope: !194, file: !2, line: 61, type: !52)
!194 = distinct !DILexicalBlock(scope: !183, file: !2, line: 61, column: 5)
!195 = !DILocation(line: 61, column: 14, scope: !194)
!196 = !DILocation(line: 61, column: 10, scope: !194)
!197 = !DILocation(line: 61, column: 21, scope: !198)
!198 = distinct !DILexicalBlock(scope: !194, file: !2, line: 61, column: 5)
!199 = !DILocation(line: 61, column: 23, scope: !198)
!200 = !DILocation(line: 61, column: 5, scope: !194)
!201 = !DILocation(line: 62, column: 17, scope: !202)
!202 = distinct !DILexicalBlock(scope: !203, file: !2, line: 62, column: 11)
!203 = distinct !DILexicalBlock(scope: !198, file: !2, line: 61, column: 33)
!204 = !DILocation(line: 62, column: 13, scope: !202)
!205 = !DILocation(line: 62, column: 20, scope: !202)
!206 = !DILocation(line: 62, column: 28, scope: !202)
!207 = !DILocation(line: 62, column: 11, scope: !203)
!208 = !DILocation(line: 63, column: 9, scope: !202)
!209 = !DILocalVariable(name: "peer", scope: !203, file: !2, line: 64, type: !210)
!210 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !30, line: 196, size: 1024, elements: !211)
!211 = !{!212, !213, !217}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !210, file: !30, line: 198, baseType: !33, size: 16)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !210, file: !30, line: 199, baseType: !214, size: 944, offset: 16)
!214 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !215)
!215 = !{!216}
!216 = !DISubrange(count: 118)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !210, file: !30, line: 200, baseType: !218, size: 64, offset: 960)
!218 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!219 = !DILocation(line: 64, column: 31, scope: !203)
!220 = !DILocalVariable(name: "len", scope: !203, file: !2, line: 65, type: !221)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !30, line: 33, baseType: !222)
!222 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !92, line: 210, baseType: !16)
!223 = !DILocation(line: 65, column: 17, scope: !203)
!224 = !DILocalVariable(name: "n", scope: !203, file: !2, line: 66, type: !225)
!225 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !226, line: 108, baseType: !227)
!226 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!227 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !92, line: 194, baseType: !228)
!228 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!229 = !DILocation(line: 66, column: 15, scope: !203)
!230 = !DILocation(line: 66, column: 32, scope: !203)
!231 = !DILocation(line: 66, column: 28, scope: !203)
!232 = !DILocation(line: 66, column: 35, scope: !203)
!233 = !DILocation(line: 66, column: 39, scope: !203)
!234 = !DILocation(line: 66, column: 19, scope: !203)
!235 = !DILocation(line: 68, column: 11, scope: !236)
!236 = distinct !DILexicalBlock(scope: !203, file: !2, line: 68, column: 11)
!237 = !DILocation(line: 68, column: 13, scope: !236)
!238 = !DILocation(line: 68, column: 11, scope: !203)
!239 = !DILocation(line: 69, column: 20, scope: !236)
!240 = !DILocation(line: 69, column: 16, scope: !236)
!241 = !DILocation(line: 69, column: 23, scope: !236)
!242 = !DILocation(line: 69, column: 27, scope: !236)
!243 = !DILocation(line: 69, column: 32, scope: !236)
!244 = !DILocation(line: 69, column: 64, scope: !236)
!245 = !DILocation(line: 69, column: 9, scope: !236)
!246 = !DILocation(line: 70, column: 5, scope: !203)
!247 = !DILocation(line: 61, column: 29, scope: !198)
!248 = !DILocation(line: 61, column: 5, scope: !198)
!249 = distinct !{!249, !200, !250, !251}
!250 = !DILocation(line: 70, column: 5, scope: !194)
!251 = !{!"llvm.loop.mustprogress"}
!252 = !DILocation(line: 58, column: 3, scope: !184)
!253 = distinct !DISubprogram(name: "open_udp", scope: !2, file: !2, line: 14, type: !254, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !55)
!254 = !DISubroutineType(types: !255)
!255 = !{!52, !52}
!256 = !DILocalVariable(name: "family", arg: 1, scope: !253, file: !2, line: 14, type: !52)
!257 = !DILocation(line: 14, column: 25, scope: !253)
!258 = !DILocalVariable(name: "fd", scope: !253, file: !2, line: 15, type: !52)
!259 = !DILocation(line: 15, column: 7, scope: !253)
!260 = !DILocation(line: 15, column: 19, scope: !253)
!261 = !DILocation(line: 15, column: 12, scope: !253)
!262 = !DILocation(line: 16, column: 7, scope: !263)
!263 = distinct !DILexicalBlock(scope: !253, file: !2, line: 16, column: 7)
!264 = !DILocation(line: 16, column: 10, scope: !263)
!265 = !DILocation(line: 16, column: 7, scope: !253)
!266 = !DILocation(line: 17, column: 5, scope: !263)
!267 = !DILocation(line: 18, column: 10, scope: !253)
!268 = !DILocation(line: 18, column: 3, scope: !253)
!269 = !DILocation(line: 19, column: 1, scope: !253)
!270 = distinct !DISubprogram(name: "open_any", scope: !2, file: !2, line: 21, type: !271, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !55)
!271 = !DISubroutineType(types: !272)
!272 = !{!52}
!273 = !DILocalVariable(name: "hints", scope: !270, file: !2, line: 22, type: !274)
!274 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "addrinfo", file: !275, line: 565, size: 384, elements: !276)
!275 = !DIFile(filename: "/usr/include/netdb.h", directory: "", checksumkind: CSK_MD5, checksum: "dd84cdc2a8dcb66c232d326e9ca8b469")
!276 = !{!277, !278, !279, !280, !281, !282, !283, !284}
!277 = !DIDerivedType(tag: DW_TAG_member, name: "ai_flags", scope: !274, file: !275, line: 567, baseType: !52, size: 32)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "ai_family", scope: !274, file: !275, line: 568, baseType: !52, size: 32, offset: 32)
!279 = !DIDerivedType(tag: DW_TAG_member, name: "ai_socktype", scope: !274, file: !275, line: 569, baseType: !52, size: 32, offset: 64)
!280 = !DIDerivedType(tag: DW_TAG_member, name: "ai_protocol", scope: !274, file: !275, line: 570, baseType: !52, size: 32, offset: 96)
!281 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addrlen", scope: !274, file: !275, line: 571, baseType: !221, size: 32, offset: 128)
!282 = !DIDerivedType(tag: DW_TAG_member, name: "ai_addr", scope: !274, file: !275, line: 572, baseType: !28, size: 64, offset: 192)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "ai_canonname", scope: !274, file: !275, line: 573, baseType: !54, size: 64, offset: 256)
!284 = !DIDerivedType(tag: DW_TAG_member, name: "ai_next", scope: !274, file: !275, line: 574, baseType: !285, size: 64, offset: 320)
!285 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !274, size: 64)
!286 = !DILocation(line: 22, column: 19, scope: !270)
!287 = !DILocalVariable(name: "res", scope: !270, file: !2, line: 22, type: !285)
!288 = !DILocation(line: 22, column: 27, scope: !270)
!289 = !DILocation(line: 23, column: 3, scope: !270)
!290 = !DILocation(line: 24, column: 9, scope: !270)
!291 = !DILocation(line: 24, column: 19, scope: !270)
!292 = !DILocation(line: 25, column: 9, scope: !270)
!293 = !DILocation(line: 25, column: 21, scope: !270)
!294 = !DILocation(line: 26, column: 9, scope: !270)
!295 = !DILocation(line: 26, column: 18, scope: !270)
!296 = !DILocation(line: 27, column: 7, scope: !297)
!297 = distinct !DILexicalBlock(scope: !270, file: !2, line: 27, column: 7)
!298 = !DILocation(line: 27, column: 47, scope: !297)
!299 = !DILocation(line: 27, column: 7, scope: !270)
!300 = !DILocation(line: 28, column: 5, scope: !297)
!301 = !DILocalVariable(name: "fd", scope: !270, file: !2, line: 29, type: !52)
!302 = !DILocation(line: 29, column: 7, scope: !270)
!303 = !DILocation(line: 29, column: 19, scope: !270)
!304 = !DILocation(line: 29, column: 24, scope: !270)
!305 = !DILocation(line: 29, column: 35, scope: !270)
!306 = !DILocation(line: 29, column: 40, scope: !270)
!307 = !DILocation(line: 29, column: 53, scope: !270)
!308 = !DILocation(line: 29, column: 58, scope: !270)
!309 = !DILocation(line: 29, column: 12, scope: !270)
!310 = !DILocation(line: 30, column: 7, scope: !311)
!311 = distinct !DILexicalBlock(scope: !270, file: !2, line: 30, column: 7)
!312 = !DILocation(line: 30, column: 10, scope: !311)
!313 = !DILocation(line: 30, column: 7, scope: !270)
!314 = !DILocation(line: 31, column: 10, scope: !311)
!315 = !DILocation(line: 31, column: 14, scope: !311)
!316 = !DILocation(line: 31, column: 19, scope: !311)
!317 = !DILocation(line: 31, column: 28, scope: !311)
!318 = !DILocation(line: 31, column: 33, scope: !311)
!319 = !DILocation(line: 31, column: 5, scope: !311)
!320 = !DILocation(line: 32, column: 16, scope: !270)
!321 = !DILocation(line: 32, column: 3, scope: !270)
!322 = !DILocation(line: 33, column: 10, scope: !270)
!323 = !DILocation(line: 33, column: 3, scope: !270)
!324 = !DILocation(line: 34, column: 1, scope: !270)
