; Three sockets in one poll loop: two UDP sockets bound (through one reused
; sockaddr) to 9000 and 9001 and served by one handler, and a TCP listener
; on 8080 whose accepted connection is served in its own handler.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'multi-socket-poll.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at multi-socket-poll.c:38
; CHECK-NEXT:   bind: port 9000 address 0.0.0.0 at multi-socket-poll.c:40
; CHECK-NEXT: socket #1: udp ipv4, created in main at multi-socket-poll.c:44
; CHECK-NEXT:   bind: port 9001 address 0.0.0.0 at multi-socket-poll.c:46
; CHECK-NEXT: socket #2: tcp ipv4, created in main at multi-socket-poll.c:50
; CHECK-NEXT:   bind: port 8080 address 0.0.0.0 at multi-socket-poll.c:52
; CHECK-NEXT: socket #3: tcp ipv4, accepted from #2 in handle_tcp at multi-socket-poll.c:22
; CHECK-NEXT: event-loop #0: poll in main at multi-socket-poll.c:63, waits in poll at multi-socket-poll.c:64
; CHECK-NEXT: arrival: recvfrom on sockets #0,#1 in handle_udp at multi-socket-poll.c:16, loop #0
; CHECK-NEXT: reply: sendto on sockets #0,#1 in handle_udp at multi-socket-poll.c:18, loop #0
; CHECK-NEXT: arrival: recv on socket #3 in handle_tcp at multi-socket-poll.c:26, loop #0
; CHECK-NEXT: reply: send on socket #3 in handle_tcp at multi-socket-poll.c:28, loop #0
; CHECK-NEXT: summary: 4 sockets, 1 event loop, 2 arrivals, 2 replies, 0 other I/O
;
; MADE-FROM: Inputs/multi-socket-poll.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - multi-socket-poll.c

; ModuleID = 'multi-socket-poll.c'
source_filename = "multi-socket-poll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [9 x i8] c"udp 9000\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [9 x i8] c"udp 9001\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [9 x i8] c"tcp 8080\00", align 1, !dbg !9

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !54 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [3 x %struct.pollfd], align 16
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !59, !DIExpression(), !76)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !77
  %7 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !78
  store i16 2, ptr %7, align 4, !dbg !79
  %8 = call i32 @htonl(i32 noundef 0) #6, !dbg !80
  %9 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 2, !dbg !81
  %10 = getelementptr inbounds %struct.in_addr, ptr %9, i32 0, i32 0, !dbg !82
  store i32 %8, ptr %10, align 4, !dbg !83
    #dbg_declare(ptr %3, !84, !DIExpression(), !85)
  %11 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !86
  store i32 %11, ptr %3, align 4, !dbg !85
  %12 = call zeroext i16 @htons(i16 noundef zeroext 9000) #6, !dbg !87
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !88
  store i16 %12, ptr %13, align 2, !dbg !89
  %14 = load i32, ptr %3, align 4, !dbg !90
  %15 = icmp slt i32 %14, 0, !dbg !92
  br i1 %15, label %20, label %16, !dbg !93

16:                                               ; preds = %0
  %17 = load i32, ptr %3, align 4, !dbg !94
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %2, i32 noundef 16) #7, !dbg !95
  %19 = icmp slt i32 %18, 0, !dbg !96
  br i1 %19, label %20, label %21, !dbg !97

20:                                               ; preds = %16, %0
  call void @perror(ptr noundef @.str), !dbg !98
  call void @exit(i32 noundef 1) #8, !dbg !100
  unreachable, !dbg !100

21:                                               ; preds = %16
    #dbg_declare(ptr %4, !101, !DIExpression(), !102)
  %22 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !103
  store i32 %22, ptr %4, align 4, !dbg !102
  %23 = call zeroext i16 @htons(i16 noundef zeroext 9001) #6, !dbg !104
  %24 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !105
  store i16 %23, ptr %24, align 2, !dbg !106
  %25 = load i32, ptr %4, align 4, !dbg !107
  %26 = icmp slt i32 %25, 0, !dbg !109
  br i1 %26, label %31, label %27, !dbg !110

27:                                               ; preds = %21
  %28 = load i32, ptr %4, align 4, !dbg !111
  %29 = call i32 @bind(i32 noundef %28, ptr noundef %2, i32 noundef 16) #7, !dbg !112
  %30 = icmp slt i32 %29, 0, !dbg !113
  br i1 %30, label %31, label %32, !dbg !114

31:                                               ; preds = %27, %21
  call void @perror(ptr noundef @.str.1), !dbg !115
  call void @exit(i32 noundef 1) #8, !dbg !117
  unreachable, !dbg !117

32:                                               ; preds = %27
    #dbg_declare(ptr %5, !118, !DIExpression(), !119)
  %33 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #7, !dbg !120
  store i32 %33, ptr %5, align 4, !dbg !119
  %34 = call zeroext i16 @htons(i16 noundef zeroext 8080) #6, !dbg !121
  %35 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !122
  store i16 %34, ptr %35, align 2, !dbg !123
  %36 = load i32, ptr %5, align 4, !dbg !124
  %37 = icmp slt i32 %36, 0, !dbg !126
  br i1 %37, label %46, label %38, !dbg !127

38:                                               ; preds = %32
  %39 = load i32, ptr %5, align 4, !dbg !128
  %40 = call i32 @bind(i32 noundef %39, ptr noundef %2, i32 noundef 16) #7, !dbg !129
  %41 = icmp slt i32 %40, 0, !dbg !130
  br i1 %41, label %46, label %42, !dbg !131

42:                                               ; preds = %38
  %43 = load i32, ptr %5, align 4, !dbg !132
  %44 = call i32 @listen(i32 noundef %43, i32 noundef 32) #7, !dbg !133
  %45 = icmp slt i32 %44, 0, !dbg !134
  br i1 %45, label %46, label %47, !dbg !135

46:                                               ; preds = %42, %38, %32
  call void @perror(ptr noundef @.str.2), !dbg !136
  call void @exit(i32 noundef 1) #8, !dbg !138
  unreachable, !dbg !138

47:                                               ; preds = %42
    #dbg_declare(ptr %6, !139, !DIExpression(), !150)
  %48 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 0, !dbg !151
  %49 = load i32, ptr %3, align 4, !dbg !152
  store i32 %49, ptr %48, align 8, !dbg !151
  %50 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 1, !dbg !151
  store i16 1, ptr %50, align 4, !dbg !151
  %51 = getelementptr inbounds %struct.pollfd, ptr %6, i32 0, i32 2, !dbg !151
  store i16 0, ptr %51, align 2, !dbg !151
  %52 = getelementptr inbounds %struct.pollfd, ptr %6, i64 1, !dbg !153
  %53 = getelementptr inbounds %struct.pollfd, ptr %52, i32 0, i32 0, !dbg !154
  %54 = load i32, ptr %4, align 4, !dbg !155
  store i32 %54, ptr %53, align 8, !dbg !154
  %55 = getelementptr inbounds %struct.pollfd, ptr %52, i32 0, i32 1, !dbg !154
  store i16 1, ptr %55, align 4, !dbg !154
  %56 = getelementptr inbounds %struct.pollfd, ptr %52, i32 0, i32 2, !dbg !154
  store i16 0, ptr %56, align 2, !dbg !154
  %57 = getelementptr inbounds %struct.pollfd, ptr %6, i64 2, !dbg !153
  %58 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 0, !dbg !156
  %59 = load i32, ptr %5, align 4, !dbg !157
  store i32 %59, ptr %58, align 8, !dbg !156
  %60 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 1, !dbg !156
  store i16 1, ptr %60, align 4, !dbg !156
  %61 = getelementptr inbounds %struct.pollfd, ptr %57, i32 0, i32 2, !dbg !156
  store i16 0, ptr %61, align 2, !dbg !156
  br label %62, !dbg !158

62:                                               ; preds = %47, %66, %94
  %63 = getelementptr inbounds [3 x %struct.pollfd], ptr %6, i64 0, i64 0, !dbg !159
  %64 = call i32 @poll(ptr noundef %63, i64 noundef 3, i32 noundef 1000), !dbg !162
  %65 = icmp sle i32 %64, 0, !dbg !163
  br i1 %65, label %66, label %67, !dbg !164

66:                                               ; preds = %62
  br label %62, !dbg !165, !llvm.loop !166

67:                                               ; preds = %62
  %68 = getelementptr inbounds [3 x %struct.pollfd], ptr %6, i64 0, i64 0, !dbg !168
  %69 = getelementptr inbounds %struct.pollfd, ptr %68, i32 0, i32 2, !dbg !170
  %70 = load i16, ptr %69, align 2, !dbg !170
  %71 = sext i16 %70 to i32, !dbg !168
  %72 = and i32 %71, 1, !dbg !171
  %73 = icmp ne i32 %72, 0, !dbg !171
  br i1 %73, label %74, label %76, !dbg !172

74:                                               ; preds = %67
  %75 = load i32, ptr %3, align 4, !dbg !173
  call void @handle_udp(i32 noundef %75), !dbg !174
  br label %76, !dbg !174

76:                                               ; preds = %74, %67
  %77 = getelementptr inbounds [3 x %struct.pollfd], ptr %6, i64 0, i64 1, !dbg !175
  %78 = getelementptr inbounds %struct.pollfd, ptr %77, i32 0, i32 2, !dbg !177
  %79 = load i16, ptr %78, align 2, !dbg !177
  %80 = sext i16 %79 to i32, !dbg !175
  %81 = and i32 %80, 1, !dbg !178
  %82 = icmp ne i32 %81, 0, !dbg !178
  br i1 %82, label %83, label %85, !dbg !179

83:                                               ; preds = %76
  %84 = load i32, ptr %4, align 4, !dbg !180
  call void @handle_udp(i32 noundef %84), !dbg !181
  br label %85, !dbg !181

85:                                               ; preds = %83, %76
  %86 = getelementptr inbounds [3 x %struct.pollfd], ptr %6, i64 0, i64 2, !dbg !182
  %87 = getelementptr inbounds %struct.pollfd, ptr %86, i32 0, i32 2, !dbg !184
  %88 = load i16, ptr %87, align 2, !dbg !184
  %89 = sext i16 %88 to i32, !dbg !182
  %90 = and i32 %89, 1, !dbg !185
  %91 = icmp ne i32 %90, 0, !dbg !185
  br i1 %91, label %92, label %94, !dbg !186

92:                                               ; preds = %85
  %93 = load i32, ptr %5, align 4, !dbg !187
  call void @handle_tcp(i32 noundef %93), !dbg !188
  br label %94, !dbg !188

94:                                               ; preds = %92, %85
  br label %62, !dbg !158, !llvm.loop !166
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #2

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare void @perror(ptr noundef) #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #5

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @handle_udp(i32 noundef %0) #0 !dbg !189 {
  %2 = alloca i32, align 4
  %3 = alloca [1024 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !192, !DIExpression(), !193)
    #dbg_declare(ptr %3, !194, !DIExpression(), !198)
    #dbg_declare(ptr %4, !199, !DIExpression(), !200)
    #dbg_declare(ptr %5, !201, !DIExpression(), !204)
  store i32 16, ptr %5, align 4, !dbg !204
    #dbg_declare(ptr %6, !205, !DIExpression(), !210)
  %7 = load i32, ptr %2, align 4, !dbg !211
  %8 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !212
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 1024, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !213
  store i64 %9, ptr %6, align 8, !dbg !210
  %10 = load i64, ptr %6, align 8, !dbg !214
  %11 = icmp sgt i64 %10, 0, !dbg !216
  br i1 %11, label %12, label %18, !dbg !217

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !dbg !218
  %14 = getelementptr inbounds [1024 x i8], ptr %3, i64 0, i64 0, !dbg !219
  %15 = load i64, ptr %6, align 8, !dbg !220
  %16 = load i32, ptr %5, align 4, !dbg !221
  %17 = call i64 @sendto(i32 noundef %13, ptr noundef %14, i64 noundef %15, i32 noundef 0, ptr noundef %4, i32 noundef %16), !dbg !222
  br label %18, !dbg !222

18:                                               ; preds = %12, %1
  ret void, !dbg !223
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @handle_tcp(i32 noundef %0) #0 !dbg !224 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [1024 x i8], align 16
  %5 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !225, !DIExpression(), !226)
    #dbg_declare(ptr %3, !227, !DIExpression(), !228)
  %6 = load i32, ptr %2, align 4, !dbg !229
  %7 = call i32 @accept(i32 noundef %6, ptr noundef null, ptr noundef null), !dbg !230
  store i32 %7, ptr %3, align 4, !dbg !228
  %8 = load i32, ptr %3, align 4, !dbg !231
  %9 = icmp slt i32 %8, 0, !dbg !233
  br i1 %9, label %10, label %11, !dbg !234

10:                                               ; preds = %1
  br label %25, !dbg !235

11:                                               ; preds = %1
    #dbg_declare(ptr %4, !236, !DIExpression(), !237)
    #dbg_declare(ptr %5, !238, !DIExpression(), !239)
  %12 = load i32, ptr %3, align 4, !dbg !240
  %13 = getelementptr inbounds [1024 x i8], ptr %4, i64 0, i64 0, !dbg !241
  %14 = call i64 @recv(i32 noundef %12, ptr noundef %13, i64 noundef 1024, i32 noundef 0), !dbg !242
  store i64 %14, ptr %5, align 8, !dbg !239
  %15 = load i64, ptr %5, align 8, !dbg !243
  %16 = icmp sgt i64 %15, 0, !dbg !245
  br i1 %16, label %17, label %22, !dbg !246

17:                                               ; preds = %11
  %18 = load i32, ptr %3, align 4, !dbg !247
  %19 = getelementptr inbounds [1024 x i8], ptr %4, i64 0, i64 0, !dbg !248
  %20 = load i64, ptr %5, align 8, !dbg !249
  %21 = call i64 @send(i32 noundef %18, ptr noundef %19, i64 noundef %20, i32 noundef 0), !dbg !250
  br label %22, !dbg !250

22:                                               ; preds = %17, %11
  %23 = load i32, ptr %3, align 4, !dbg !251
  %24 = call i32 @close(i32 noundef %23), !dbg !252
  br label %25, !dbg !253

25:                                               ; preds = %22, %10
  ret void, !dbg !253
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #4

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #4

declare i32 @close(i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }

!llvm.dbg.cu = !{!11}
!llvm.module.flags = !{!46, !47, !48, !49, !50, !51, !52}
!llvm.ident = !{!53}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "multi-socket-poll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "a38a253d23ba3cb8506b4f8e1f7de987")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 9)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !3, isLocal: true, isDefinition: true)
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !3, isLocal: true, isDefinition: true)
!11 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !12, retainedTypes: !26, globals: !45, splitDebugInlining: false, nameTableKind: None)
!12 = !{!13}
!13 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !14, line: 24, baseType: !15, size: 32, elements: !16)
!14 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!15 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!16 = !{!17, !18, !19, !20, !21, !22, !23, !24, !25}
!17 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!18 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!19 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!20 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!21 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!22 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!23 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!24 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!25 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!26 = !{!27, !33}
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !28, line: 30, baseType: !29)
!28 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !30, line: 26, baseType: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!31 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !32, line: 42, baseType: !15)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!34 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !35, line: 183, size: 128, elements: !36)
!35 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!36 = !{!37, !41}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !34, file: !35, line: 185, baseType: !38, size: 16)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !39, line: 28, baseType: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!40 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !34, file: !35, line: 186, baseType: !42, size: 112, offset: 16)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 14)
!45 = !{!0, !7, !9}
!46 = !{i32 7, !"Dwarf Version", i32 5}
!47 = !{i32 2, !"Debug Info Version", i32 3}
!48 = !{i32 1, !"wchar_size", i32 4}
!49 = !{i32 8, !"PIC Level", i32 2}
!50 = !{i32 7, !"PIE Level", i32 2}
!51 = !{i32 7, !"uwtable", i32 2}
!52 = !{i32 7, !"frame-pointer", i32 2}
!53 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!54 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 32, type: !55, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !11, retainedNodes: !58)
!55 = !DISubroutineType(types: !56)
!56 = !{!57}
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !{}
!59 = !DILocalVariable(name: "a", scope: !54, file: !2, line: 33, type: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !28, line: 245, size: 128, elements: !61)
!61 = !{!62, !63, !67, !71}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !60, file: !28, line: 247, baseType: !38, size: 16)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !60, file: !28, line: 248, baseType: !64, size: 16, offset: 16)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !28, line: 123, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !30, line: 25, baseType: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !32, line: 40, baseType: !40)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !60, file: !28, line: 249, baseType: !68, size: 32, offset: 32)
!68 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !28, line: 31, size: 32, elements: !69)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !68, file: !28, line: 33, baseType: !27, size: 32)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !60, file: !28, line: 252, baseType: !72, size: 64, offset: 64)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !73, size: 64, elements: !74)
!73 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!74 = !{!75}
!75 = !DISubrange(count: 8)
!76 = !DILocation(line: 33, column: 22, scope: !54)
!77 = !DILocation(line: 34, column: 3, scope: !54)
!78 = !DILocation(line: 35, column: 5, scope: !54)
!79 = !DILocation(line: 35, column: 16, scope: !54)
!80 = !DILocation(line: 36, column: 23, scope: !54)
!81 = !DILocation(line: 36, column: 5, scope: !54)
!82 = !DILocation(line: 36, column: 14, scope: !54)
!83 = !DILocation(line: 36, column: 21, scope: !54)
!84 = !DILocalVariable(name: "u1", scope: !54, file: !2, line: 38, type: !57)
!85 = !DILocation(line: 38, column: 7, scope: !54)
!86 = !DILocation(line: 38, column: 12, scope: !54)
!87 = !DILocation(line: 39, column: 16, scope: !54)
!88 = !DILocation(line: 39, column: 5, scope: !54)
!89 = !DILocation(line: 39, column: 14, scope: !54)
!90 = !DILocation(line: 40, column: 7, scope: !91)
!91 = distinct !DILexicalBlock(scope: !54, file: !2, line: 40, column: 7)
!92 = !DILocation(line: 40, column: 10, scope: !91)
!93 = !DILocation(line: 40, column: 14, scope: !91)
!94 = !DILocation(line: 40, column: 22, scope: !91)
!95 = !DILocation(line: 40, column: 17, scope: !91)
!96 = !DILocation(line: 40, column: 60, scope: !91)
!97 = !DILocation(line: 40, column: 7, scope: !54)
!98 = !DILocation(line: 41, column: 5, scope: !99)
!99 = distinct !DILexicalBlock(scope: !91, file: !2, line: 40, column: 65)
!100 = !DILocation(line: 42, column: 5, scope: !99)
!101 = !DILocalVariable(name: "u2", scope: !54, file: !2, line: 44, type: !57)
!102 = !DILocation(line: 44, column: 7, scope: !54)
!103 = !DILocation(line: 44, column: 12, scope: !54)
!104 = !DILocation(line: 45, column: 16, scope: !54)
!105 = !DILocation(line: 45, column: 5, scope: !54)
!106 = !DILocation(line: 45, column: 14, scope: !54)
!107 = !DILocation(line: 46, column: 7, scope: !108)
!108 = distinct !DILexicalBlock(scope: !54, file: !2, line: 46, column: 7)
!109 = !DILocation(line: 46, column: 10, scope: !108)
!110 = !DILocation(line: 46, column: 14, scope: !108)
!111 = !DILocation(line: 46, column: 22, scope: !108)
!112 = !DILocation(line: 46, column: 17, scope: !108)
!113 = !DILocation(line: 46, column: 60, scope: !108)
!114 = !DILocation(line: 46, column: 7, scope: !54)
!115 = !DILocation(line: 47, column: 5, scope: !116)
!116 = distinct !DILexicalBlock(scope: !108, file: !2, line: 46, column: 65)
!117 = !DILocation(line: 48, column: 5, scope: !116)
!118 = !DILocalVariable(name: "t", scope: !54, file: !2, line: 50, type: !57)
!119 = !DILocation(line: 50, column: 7, scope: !54)
!120 = !DILocation(line: 50, column: 11, scope: !54)
!121 = !DILocation(line: 51, column: 16, scope: !54)
!122 = !DILocation(line: 51, column: 5, scope: !54)
!123 = !DILocation(line: 51, column: 14, scope: !54)
!124 = !DILocation(line: 52, column: 7, scope: !125)
!125 = distinct !DILexicalBlock(scope: !54, file: !2, line: 52, column: 7)
!126 = !DILocation(line: 52, column: 9, scope: !125)
!127 = !DILocation(line: 52, column: 13, scope: !125)
!128 = !DILocation(line: 52, column: 21, scope: !125)
!129 = !DILocation(line: 52, column: 16, scope: !125)
!130 = !DILocation(line: 52, column: 58, scope: !125)
!131 = !DILocation(line: 52, column: 62, scope: !125)
!132 = !DILocation(line: 53, column: 14, scope: !125)
!133 = !DILocation(line: 53, column: 7, scope: !125)
!134 = !DILocation(line: 53, column: 21, scope: !125)
!135 = !DILocation(line: 52, column: 7, scope: !54)
!136 = !DILocation(line: 54, column: 5, scope: !137)
!137 = distinct !DILexicalBlock(scope: !125, file: !2, line: 53, column: 26)
!138 = !DILocation(line: 55, column: 5, scope: !137)
!139 = !DILocalVariable(name: "pfds", scope: !54, file: !2, line: 58, type: !140)
!140 = !DICompositeType(tag: DW_TAG_array_type, baseType: !141, size: 192, elements: !148)
!141 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !142, line: 36, size: 64, elements: !143)
!142 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!143 = !{!144, !145, !147}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !141, file: !142, line: 38, baseType: !57, size: 32)
!145 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !141, file: !142, line: 39, baseType: !146, size: 16, offset: 32)
!146 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !141, file: !142, line: 40, baseType: !146, size: 16, offset: 48)
!148 = !{!149}
!149 = !DISubrange(count: 3)
!150 = !DILocation(line: 58, column: 17, scope: !54)
!151 = !DILocation(line: 59, column: 7, scope: !54)
!152 = !DILocation(line: 59, column: 14, scope: !54)
!153 = !DILocation(line: 58, column: 27, scope: !54)
!154 = !DILocation(line: 60, column: 7, scope: !54)
!155 = !DILocation(line: 60, column: 14, scope: !54)
!156 = !DILocation(line: 61, column: 7, scope: !54)
!157 = !DILocation(line: 61, column: 14, scope: !54)
!158 = !DILocation(line: 63, column: 3, scope: !54)
!159 = !DILocation(line: 64, column: 14, scope: !160)
!160 = distinct !DILexicalBlock(scope: !161, file: !2, line: 64, column: 9)
!161 = distinct !DILexicalBlock(scope: !54, file: !2, line: 63, column: 13)
!162 = !DILocation(line: 64, column: 9, scope: !160)
!163 = !DILocation(line: 64, column: 29, scope: !160)
!164 = !DILocation(line: 64, column: 9, scope: !161)
!165 = !DILocation(line: 65, column: 7, scope: !160)
!166 = distinct !{!166, !158, !167}
!167 = !DILocation(line: 72, column: 3, scope: !54)
!168 = !DILocation(line: 66, column: 9, scope: !169)
!169 = distinct !DILexicalBlock(scope: !161, file: !2, line: 66, column: 9)
!170 = !DILocation(line: 66, column: 17, scope: !169)
!171 = !DILocation(line: 66, column: 25, scope: !169)
!172 = !DILocation(line: 66, column: 9, scope: !161)
!173 = !DILocation(line: 67, column: 18, scope: !169)
!174 = !DILocation(line: 67, column: 7, scope: !169)
!175 = !DILocation(line: 68, column: 9, scope: !176)
!176 = distinct !DILexicalBlock(scope: !161, file: !2, line: 68, column: 9)
!177 = !DILocation(line: 68, column: 17, scope: !176)
!178 = !DILocation(line: 68, column: 25, scope: !176)
!179 = !DILocation(line: 68, column: 9, scope: !161)
!180 = !DILocation(line: 69, column: 18, scope: !176)
!181 = !DILocation(line: 69, column: 7, scope: !176)
!182 = !DILocation(line: 70, column: 9, scope: !183)
!183 = distinct !DILexicalBlock(scope: !161, file: !2, line: 70, column: 9)
!184 = !DILocation(line: 70, column: 17, scope: !183)
!185 = !DILocation(line: 70, column: 25, scope: !183)
!186 = !DILocation(line: 70, column: 9, scope: !161)
!187 = !DILocation(line: 71, column: 18, scope: !183)
!188 = !DILocation(line: 71, column: 7, scope: !183)
!189 = distinct !DISubprogram(name: "handle_udp", scope: !2, file: !2, line: 12, type: !190, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !11, retainedNodes: !58)
!190 = !DISubroutineType(types: !191)
!191 = !{null, !57}
!192 = !DILocalVariable(name: "fd", arg: 1, scope: !189, file: !2, line: 12, type: !57)
!193 = !DILocation(line: 12, column: 28, scope: !189)
!194 = !DILocalVariable(name: "buf", scope: !189, file: !2, line: 13, type: !195)
!195 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !196)
!196 = !{!197}
!197 = !DISubrange(count: 1024)
!198 = !DILocation(line: 13, column: 8, scope: !189)
!199 = !DILocalVariable(name: "peer", scope: !189, file: !2, line: 14, type: !60)
!200 = !DILocation(line: 14, column: 22, scope: !189)
!201 = !DILocalVariable(name: "len", scope: !189, file: !2, line: 15, type: !202)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !35, line: 33, baseType: !203)
!203 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !32, line: 210, baseType: !15)
!204 = !DILocation(line: 15, column: 13, scope: !189)
!205 = !DILocalVariable(name: "n", scope: !189, file: !2, line: 16, type: !206)
!206 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !207, line: 108, baseType: !208)
!207 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!208 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !32, line: 194, baseType: !209)
!209 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!210 = !DILocation(line: 16, column: 11, scope: !189)
!211 = !DILocation(line: 16, column: 24, scope: !189)
!212 = !DILocation(line: 16, column: 28, scope: !189)
!213 = !DILocation(line: 16, column: 15, scope: !189)
!214 = !DILocation(line: 17, column: 7, scope: !215)
!215 = distinct !DILexicalBlock(scope: !189, file: !2, line: 17, column: 7)
!216 = !DILocation(line: 17, column: 9, scope: !215)
!217 = !DILocation(line: 17, column: 7, scope: !189)
!218 = !DILocation(line: 18, column: 12, scope: !215)
!219 = !DILocation(line: 18, column: 16, scope: !215)
!220 = !DILocation(line: 18, column: 21, scope: !215)
!221 = !DILocation(line: 18, column: 53, scope: !215)
!222 = !DILocation(line: 18, column: 5, scope: !215)
!223 = !DILocation(line: 19, column: 1, scope: !189)
!224 = distinct !DISubprogram(name: "handle_tcp", scope: !2, file: !2, line: 21, type: !190, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !11, retainedNodes: !58)
!225 = !DILocalVariable(name: "lfd", arg: 1, scope: !224, file: !2, line: 21, type: !57)
!226 = !DILocation(line: 21, column: 28, scope: !224)
!227 = !DILocalVariable(name: "c", scope: !224, file: !2, line: 22, type: !57)
!228 = !DILocation(line: 22, column: 7, scope: !224)
!229 = !DILocation(line: 22, column: 18, scope: !224)
!230 = !DILocation(line: 22, column: 11, scope: !224)
!231 = !DILocation(line: 23, column: 7, scope: !232)
!232 = distinct !DILexicalBlock(scope: !224, file: !2, line: 23, column: 7)
!233 = !DILocation(line: 23, column: 9, scope: !232)
!234 = !DILocation(line: 23, column: 7, scope: !224)
!235 = !DILocation(line: 24, column: 5, scope: !232)
!236 = !DILocalVariable(name: "buf", scope: !224, file: !2, line: 25, type: !195)
!237 = !DILocation(line: 25, column: 8, scope: !224)
!238 = !DILocalVariable(name: "n", scope: !224, file: !2, line: 26, type: !206)
!239 = !DILocation(line: 26, column: 11, scope: !224)
!240 = !DILocation(line: 26, column: 20, scope: !224)
!241 = !DILocation(line: 26, column: 23, scope: !224)
!242 = !DILocation(line: 26, column: 15, scope: !224)
!243 = !DILocation(line: 27, column: 7, scope: !244)
!244 = distinct !DILexicalBlock(scope: !224, file: !2, line: 27, column: 7)
!245 = !DILocation(line: 27, column: 9, scope: !244)
!246 = !DILocation(line: 27, column: 7, scope: !224)
!247 = !DILocation(line: 28, column: 10, scope: !244)
!248 = !DILocation(line: 28, column: 13, scope: !244)
!249 = !DILocation(line: 28, column: 18, scope: !244)
!250 = !DILocation(line: 28, column: 5, scope: !244)
!251 = !DILocation(line: 29, column: 9, scope: !224)
!252 = !DILocation(line: 29, column: 3, scope: !224)
!253 = !DILocation(line: 30, column: 1, scope: !224)
