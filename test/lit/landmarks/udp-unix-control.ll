; A UDP service with an AF_UNIX SOCK_DGRAM control socket: the unix socket
; is not UDP (it must never be offloaded as UDP), its bind has no port and
; is not an UnknownBindPort, and a LocalSocket finding says why it stays
; in userspace.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-unix-control.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-unix-control.c:32
; CHECK-NEXT:   bind: port 7001 address 0.0.0.0 at udp-unix-control.c:37
; CHECK-NEXT: socket #1: datagram unix, created in open_control at udp-unix-control.c:16
; CHECK-NEXT:   bind: port ? address ? at udp-unix-control.c:24
; CHECK-NEXT: event-loop #0: poll in main at udp-unix-control.c:48, waits in poll at udp-unix-control.c:49
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at udp-unix-control.c:54, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at udp-unix-control.c:56, loop #0
; CHECK-NEXT: arrival: recvfrom on socket #1 in main at udp-unix-control.c:62, loop #0
; CHECK-NEXT: reply: sendto on socket #1 in main at udp-unix-control.c:70, loop #0
; CHECK-NEXT: note: LocalSocket: unix socket: local traffic, not UDP or TCP; it stays in userspace (udp-unix-control.c:16)
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 2 arrivals, 2 replies, 0 other I/O
;
; MADE-FROM: Inputs/udp-unix-control.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-unix-control.c

; ModuleID = 'udp-unix-control.c'
source_filename = "udp-unix-control.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_un = type { i16, [108 x i8] }

@.str = private unnamed_addr constant [4 x i8] c"udp\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [8 x i8] c"control\00", align 1, !dbg !7
@served = internal global i64 0, align 8, !dbg !12
@.str.2 = private unnamed_addr constant [5 x i8] c"quit\00", align 1, !dbg !43
@.str.3 = private unnamed_addr constant [12 x i8] c"served %lu\0A\00", align 1, !dbg !48
@.str.4 = private unnamed_addr constant [15 x i8] c"/run/echod.ctl\00", align 1, !dbg !53

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !67 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca [2 x %struct.pollfd], align 16
  %6 = alloca [1024 x i8], align 16
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca %struct.sockaddr_un, align 2
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !72, !DIExpression(), !73)
  %14 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !74
  store i32 %14, ptr %2, align 4, !dbg !73
    #dbg_declare(ptr %3, !75, !DIExpression(), !96)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !97
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !98
  store i16 2, ptr %15, align 4, !dbg !99
  %16 = call zeroext i16 @htons(i16 noundef zeroext 7001) #7, !dbg !100
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !101
  store i16 %16, ptr %17, align 2, !dbg !102
  %18 = load i32, ptr %2, align 4, !dbg !103
  %19 = icmp slt i32 %18, 0, !dbg !105
  br i1 %19, label %24, label %20, !dbg !106

20:                                               ; preds = %0
  %21 = load i32, ptr %2, align 4, !dbg !107
  %22 = call i32 @bind(i32 noundef %21, ptr noundef %3, i32 noundef 16) #6, !dbg !108
  %23 = icmp slt i32 %22, 0, !dbg !109
  br i1 %23, label %24, label %25, !dbg !110

24:                                               ; preds = %20, %0
  call void @perror(ptr noundef @.str), !dbg !111
  store i32 1, ptr %1, align 4, !dbg !113
  br label %107, !dbg !113

25:                                               ; preds = %20
    #dbg_declare(ptr %4, !114, !DIExpression(), !115)
  %26 = call i32 @open_control(), !dbg !116
  store i32 %26, ptr %4, align 4, !dbg !115
  %27 = load i32, ptr %4, align 4, !dbg !117
  %28 = icmp slt i32 %27, 0, !dbg !119
  br i1 %28, label %29, label %30, !dbg !120

29:                                               ; preds = %25
  call void @perror(ptr noundef @.str.1), !dbg !121
  store i32 1, ptr %1, align 4, !dbg !123
  br label %107, !dbg !123

30:                                               ; preds = %25
    #dbg_declare(ptr %5, !124, !DIExpression(), !135)
  %31 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 0, !dbg !136
  %32 = load i32, ptr %2, align 4, !dbg !137
  store i32 %32, ptr %31, align 8, !dbg !136
  %33 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 1, !dbg !136
  store i16 1, ptr %33, align 4, !dbg !136
  %34 = getelementptr inbounds %struct.pollfd, ptr %5, i32 0, i32 2, !dbg !136
  store i16 0, ptr %34, align 2, !dbg !136
  %35 = getelementptr inbounds %struct.pollfd, ptr %5, i64 1, !dbg !138
  %36 = getelementptr inbounds %struct.pollfd, ptr %35, i32 0, i32 0, !dbg !139
  %37 = load i32, ptr %4, align 4, !dbg !140
  store i32 %37, ptr %36, align 8, !dbg !139
  %38 = getelementptr inbounds %struct.pollfd, ptr %35, i32 0, i32 1, !dbg !139
  store i16 1, ptr %38, align 4, !dbg !139
  %39 = getelementptr inbounds %struct.pollfd, ptr %35, i32 0, i32 2, !dbg !139
  store i16 0, ptr %39, align 2, !dbg !139
    #dbg_declare(ptr %6, !141, !DIExpression(), !145)
  br label %40, !dbg !146

40:                                               ; preds = %101, %83, %44, %30
  %41 = getelementptr inbounds [2 x %struct.pollfd], ptr %5, i64 0, i64 0, !dbg !147
  %42 = call i32 @poll(ptr noundef %41, i64 noundef 2, i32 noundef -1), !dbg !152
  %43 = icmp slt i32 %42, 0, !dbg !153
  br i1 %43, label %44, label %45, !dbg !154

44:                                               ; preds = %40
  br label %40, !dbg !155, !llvm.loop !156

45:                                               ; preds = %40
  %46 = getelementptr inbounds [2 x %struct.pollfd], ptr %5, i64 0, i64 0, !dbg !159
  %47 = getelementptr inbounds %struct.pollfd, ptr %46, i32 0, i32 2, !dbg !161
  %48 = load i16, ptr %47, align 2, !dbg !161
  %49 = sext i16 %48 to i32, !dbg !159
  %50 = and i32 %49, 1, !dbg !162
  %51 = icmp ne i32 %50, 0, !dbg !162
  br i1 %51, label %52, label %70, !dbg !163

52:                                               ; preds = %45
    #dbg_declare(ptr %7, !164, !DIExpression(), !166)
    #dbg_declare(ptr %8, !167, !DIExpression(), !170)
  store i32 16, ptr %8, align 4, !dbg !170
    #dbg_declare(ptr %9, !171, !DIExpression(), !176)
  %53 = load i32, ptr %2, align 4, !dbg !177
  %54 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !178
  %55 = call i64 @recvfrom(i32 noundef %53, ptr noundef %54, i64 noundef 1024, i32 noundef 0, ptr noundef %7, ptr noundef %8), !dbg !179
  store i64 %55, ptr %9, align 8, !dbg !176
  %56 = load i64, ptr %9, align 8, !dbg !180
  %57 = icmp sgt i64 %56, 0, !dbg !182
  br i1 %57, label %58, label %69, !dbg !183

58:                                               ; preds = %52
  %59 = load i32, ptr %2, align 4, !dbg !184
  %60 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !185
  %61 = load i64, ptr %9, align 8, !dbg !186
  %62 = load i32, ptr %8, align 4, !dbg !187
  %63 = call i64 @sendto(i32 noundef %59, ptr noundef %60, i64 noundef %61, i32 noundef 0, ptr noundef %7, i32 noundef %62), !dbg !188
  %64 = load i64, ptr %9, align 8, !dbg !189
  %65 = icmp eq i64 %63, %64, !dbg !190
  br i1 %65, label %66, label %69, !dbg !191

66:                                               ; preds = %58
  %67 = load i64, ptr @served, align 8, !dbg !192
  %68 = add i64 %67, 1, !dbg !192
  store i64 %68, ptr @served, align 8, !dbg !192
  br label %69, !dbg !193

69:                                               ; preds = %66, %58, %52
  br label %70, !dbg !194

70:                                               ; preds = %69, %45
  %71 = getelementptr inbounds [2 x %struct.pollfd], ptr %5, i64 0, i64 1, !dbg !195
  %72 = getelementptr inbounds %struct.pollfd, ptr %71, i32 0, i32 2, !dbg !197
  %73 = load i16, ptr %72, align 2, !dbg !197
  %74 = sext i16 %73 to i32, !dbg !195
  %75 = and i32 %74, 1, !dbg !198
  %76 = icmp ne i32 %75, 0, !dbg !198
  br i1 %76, label %77, label %101, !dbg !199

77:                                               ; preds = %70
    #dbg_declare(ptr %10, !200, !DIExpression(), !210)
    #dbg_declare(ptr %11, !211, !DIExpression(), !212)
  store i32 110, ptr %11, align 4, !dbg !212
    #dbg_declare(ptr %12, !213, !DIExpression(), !214)
  %78 = load i32, ptr %4, align 4, !dbg !215
  %79 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !216
  %80 = call i64 @recvfrom(i32 noundef %78, ptr noundef %79, i64 noundef 1023, i32 noundef 0, ptr noundef %10, ptr noundef %11), !dbg !217
  store i64 %80, ptr %12, align 8, !dbg !214
  %81 = load i64, ptr %12, align 8, !dbg !218
  %82 = icmp sle i64 %81, 0, !dbg !220
  br i1 %82, label %83, label %84, !dbg !221

83:                                               ; preds = %77
  br label %40, !dbg !222, !llvm.loop !156

84:                                               ; preds = %77
  %85 = load i64, ptr %12, align 8, !dbg !223
  %86 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 %85, !dbg !224
  store i8 0, ptr %86, align 1, !dbg !225
  %87 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !226
  %88 = call i32 @strcmp(ptr noundef %87, ptr noundef @.str.2) #8, !dbg !228
  %89 = icmp eq i32 %88, 0, !dbg !229
  br i1 %89, label %90, label %91, !dbg !230

90:                                               ; preds = %84
  br label %102, !dbg !231

91:                                               ; preds = %84
    #dbg_declare(ptr %13, !232, !DIExpression(), !233)
  %92 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !234
  %93 = load i64, ptr @served, align 8, !dbg !235
  %94 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %92, i64 noundef 1024, ptr noundef @.str.3, i64 noundef %93) #6, !dbg !236
  store i32 %94, ptr %13, align 4, !dbg !233
  %95 = load i32, ptr %4, align 4, !dbg !237
  %96 = getelementptr inbounds [1024 x i8], ptr %6, i64 0, i64 0, !dbg !238
  %97 = load i32, ptr %13, align 4, !dbg !239
  %98 = sext i32 %97 to i64, !dbg !239
  %99 = load i32, ptr %11, align 4, !dbg !240
  %100 = call i64 @sendto(i32 noundef %95, ptr noundef %96, i64 noundef %98, i32 noundef 0, ptr noundef %10, i32 noundef %99), !dbg !241
  br label %101, !dbg !242

101:                                              ; preds = %91, %70
  br label %40, !dbg !243, !llvm.loop !156

102:                                              ; preds = %90
  %103 = load i32, ptr %4, align 4, !dbg !244
  %104 = call i32 @close(i32 noundef %103), !dbg !245
  %105 = load i32, ptr %2, align 4, !dbg !246
  %106 = call i32 @close(i32 noundef %105), !dbg !247
  store i32 0, ptr %1, align 4, !dbg !248
  br label %107, !dbg !248

107:                                              ; preds = %102, %29, %24
  %108 = load i32, ptr %1, align 4, !dbg !249
  ret i32 %108, !dbg !249
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare void @perror(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @open_control() #0 !dbg !250 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_un, align 2
    #dbg_declare(ptr %2, !251, !DIExpression(), !252)
  %4 = call i32 @socket(i32 noundef 1, i32 noundef 2, i32 noundef 0) #6, !dbg !253
  store i32 %4, ptr %2, align 4, !dbg !252
  %5 = load i32, ptr %2, align 4, !dbg !254
  %6 = icmp slt i32 %5, 0, !dbg !256
  br i1 %6, label %7, label %8, !dbg !257

7:                                                ; preds = %0
  store i32 -1, ptr %1, align 4, !dbg !258
  br label %22, !dbg !258

8:                                                ; preds = %0
    #dbg_declare(ptr %3, !259, !DIExpression(), !260)
  call void @llvm.memset.p0.i64(ptr align 2 %3, i8 0, i64 110, i1 false), !dbg !261
  %9 = getelementptr inbounds %struct.sockaddr_un, ptr %3, i32 0, i32 0, !dbg !262
  store i16 1, ptr %9, align 2, !dbg !263
  %10 = getelementptr inbounds %struct.sockaddr_un, ptr %3, i32 0, i32 1, !dbg !264
  %11 = getelementptr inbounds [108 x i8], ptr %10, i64 0, i64 0, !dbg !265
  %12 = call ptr @strncpy(ptr noundef %11, ptr noundef @.str.4, i64 noundef 107) #6, !dbg !266
  %13 = call i32 @unlink(ptr noundef @.str.4) #6, !dbg !267
  %14 = load i32, ptr %2, align 4, !dbg !268
  %15 = call i32 @bind(i32 noundef %14, ptr noundef %3, i32 noundef 110) #6, !dbg !270
  %16 = icmp slt i32 %15, 0, !dbg !271
  br i1 %16, label %17, label %20, !dbg !272

17:                                               ; preds = %8
  %18 = load i32, ptr %2, align 4, !dbg !273
  %19 = call i32 @close(i32 noundef %18), !dbg !275
  store i32 -1, ptr %1, align 4, !dbg !276
  br label %22, !dbg !276

20:                                               ; preds = %8
  %21 = load i32, ptr %2, align 4, !dbg !277
  store i32 %21, ptr %1, align 4, !dbg !278
  br label %22, !dbg !278

22:                                               ; preds = %20, %17, %7
  %23 = load i32, ptr %1, align 4, !dbg !279
  ret i32 %23, !dbg !279
}

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #4

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #1

declare i32 @close(i32 noundef) #4

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #1

; Function Attrs: nounwind
declare i32 @unlink(ptr noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!59, !60, !61, !62, !63, !64, !65}
!llvm.ident = !{!66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-unix-control.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "3a1eee7e3777f8824dd7b3fc856d32bb")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 4)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 43, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 8)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "served", scope: !14, file: !2, line: 13, type: !58, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !15, retainedTypes: !29, globals: !42, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16}
!16 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !17, line: 24, baseType: !18, size: 32, elements: !19)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!18 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!21 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!22 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!23 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!24 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!25 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!26 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!27 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!28 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!29 = !{!30}
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!31 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !32, line: 183, size: 128, elements: !33)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!33 = !{!34, !38}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !31, file: !32, line: 185, baseType: !35, size: 16)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !36, line: 28, baseType: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!37 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !31, file: !32, line: 186, baseType: !39, size: 112, offset: 16)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 14)
!42 = !{!0, !7, !43, !48, !12, !53}
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(scope: null, file: !2, line: 67, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 5)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(scope: null, file: !2, line: 69, type: !50, isLocal: true, isDefinition: true)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 12)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !55, isLocal: true, isDefinition: true)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 120, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: 15)
!58 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!59 = !{i32 7, !"Dwarf Version", i32 5}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 1, !"wchar_size", i32 4}
!62 = !{i32 8, !"PIC Level", i32 2}
!63 = !{i32 7, !"PIE Level", i32 2}
!64 = !{i32 7, !"uwtable", i32 2}
!65 = !{i32 7, !"frame-pointer", i32 2}
!66 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!67 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 31, type: !68, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !14, retainedNodes: !71)
!68 = !DISubroutineType(types: !69)
!69 = !{!70}
!70 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!71 = !{}
!72 = !DILocalVariable(name: "udp", scope: !67, file: !2, line: 32, type: !70)
!73 = !DILocation(line: 32, column: 7, scope: !67)
!74 = !DILocation(line: 32, column: 13, scope: !67)
!75 = !DILocalVariable(name: "sin", scope: !67, file: !2, line: 33, type: !76)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !77, line: 245, size: 128, elements: !78)
!77 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!78 = !{!79, !80, !86, !93}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !76, file: !77, line: 247, baseType: !35, size: 16)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !76, file: !77, line: 248, baseType: !81, size: 16, offset: 16)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !77, line: 123, baseType: !82)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !83, line: 25, baseType: !84)
!83 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !85, line: 40, baseType: !37)
!85 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !76, file: !77, line: 249, baseType: !87, size: 32, offset: 32)
!87 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !77, line: 31, size: 32, elements: !88)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !87, file: !77, line: 33, baseType: !90, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !77, line: 30, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !83, line: 26, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !85, line: 42, baseType: !18)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !76, file: !77, line: 252, baseType: !94, size: 64, offset: 64)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !95, size: 64, elements: !10)
!95 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!96 = !DILocation(line: 33, column: 22, scope: !67)
!97 = !DILocation(line: 34, column: 3, scope: !67)
!98 = !DILocation(line: 35, column: 7, scope: !67)
!99 = !DILocation(line: 35, column: 18, scope: !67)
!100 = !DILocation(line: 36, column: 18, scope: !67)
!101 = !DILocation(line: 36, column: 7, scope: !67)
!102 = !DILocation(line: 36, column: 16, scope: !67)
!103 = !DILocation(line: 37, column: 7, scope: !104)
!104 = distinct !DILexicalBlock(scope: !67, file: !2, line: 37, column: 7)
!105 = !DILocation(line: 37, column: 11, scope: !104)
!106 = !DILocation(line: 37, column: 15, scope: !104)
!107 = !DILocation(line: 37, column: 23, scope: !104)
!108 = !DILocation(line: 37, column: 18, scope: !104)
!109 = !DILocation(line: 37, column: 66, scope: !104)
!110 = !DILocation(line: 37, column: 7, scope: !67)
!111 = !DILocation(line: 38, column: 5, scope: !112)
!112 = distinct !DILexicalBlock(scope: !104, file: !2, line: 37, column: 71)
!113 = !DILocation(line: 39, column: 5, scope: !112)
!114 = !DILocalVariable(name: "ctl", scope: !67, file: !2, line: 41, type: !70)
!115 = !DILocation(line: 41, column: 7, scope: !67)
!116 = !DILocation(line: 41, column: 13, scope: !67)
!117 = !DILocation(line: 42, column: 7, scope: !118)
!118 = distinct !DILexicalBlock(scope: !67, file: !2, line: 42, column: 7)
!119 = !DILocation(line: 42, column: 11, scope: !118)
!120 = !DILocation(line: 42, column: 7, scope: !67)
!121 = !DILocation(line: 43, column: 5, scope: !122)
!122 = distinct !DILexicalBlock(scope: !118, file: !2, line: 42, column: 16)
!123 = !DILocation(line: 44, column: 5, scope: !122)
!124 = !DILocalVariable(name: "pfd", scope: !67, file: !2, line: 46, type: !125)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !126, size: 128, elements: !133)
!126 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !127, line: 36, size: 64, elements: !128)
!127 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!128 = !{!129, !130, !132}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !126, file: !127, line: 38, baseType: !70, size: 32)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !126, file: !127, line: 39, baseType: !131, size: 16, offset: 32)
!131 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !126, file: !127, line: 40, baseType: !131, size: 16, offset: 48)
!133 = !{!134}
!134 = !DISubrange(count: 2)
!135 = !DILocation(line: 46, column: 17, scope: !67)
!136 = !DILocation(line: 46, column: 27, scope: !67)
!137 = !DILocation(line: 46, column: 28, scope: !67)
!138 = !DILocation(line: 46, column: 26, scope: !67)
!139 = !DILocation(line: 46, column: 45, scope: !67)
!140 = !DILocation(line: 46, column: 46, scope: !67)
!141 = !DILocalVariable(name: "buf", scope: !67, file: !2, line: 47, type: !142)
!142 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8192, elements: !143)
!143 = !{!144}
!144 = !DISubrange(count: 1024)
!145 = !DILocation(line: 47, column: 8, scope: !67)
!146 = !DILocation(line: 48, column: 3, scope: !67)
!147 = !DILocation(line: 49, column: 14, scope: !148)
!148 = distinct !DILexicalBlock(scope: !149, file: !2, line: 49, column: 9)
!149 = distinct !DILexicalBlock(scope: !150, file: !2, line: 48, column: 12)
!150 = distinct !DILexicalBlock(scope: !151, file: !2, line: 48, column: 3)
!151 = distinct !DILexicalBlock(scope: !67, file: !2, line: 48, column: 3)
!152 = !DILocation(line: 49, column: 9, scope: !148)
!153 = !DILocation(line: 49, column: 26, scope: !148)
!154 = !DILocation(line: 49, column: 9, scope: !149)
!155 = !DILocation(line: 50, column: 7, scope: !148)
!156 = distinct !{!156, !157, !158}
!157 = !DILocation(line: 48, column: 3, scope: !151)
!158 = !DILocation(line: 72, column: 3, scope: !151)
!159 = !DILocation(line: 51, column: 9, scope: !160)
!160 = distinct !DILexicalBlock(scope: !149, file: !2, line: 51, column: 9)
!161 = !DILocation(line: 51, column: 16, scope: !160)
!162 = !DILocation(line: 51, column: 24, scope: !160)
!163 = !DILocation(line: 51, column: 9, scope: !149)
!164 = !DILocalVariable(name: "peer", scope: !165, file: !2, line: 52, type: !76)
!165 = distinct !DILexicalBlock(scope: !160, file: !2, line: 51, column: 34)
!166 = !DILocation(line: 52, column: 26, scope: !165)
!167 = !DILocalVariable(name: "pl", scope: !165, file: !2, line: 53, type: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !32, line: 33, baseType: !169)
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !85, line: 210, baseType: !18)
!170 = !DILocation(line: 53, column: 17, scope: !165)
!171 = !DILocalVariable(name: "n", scope: !165, file: !2, line: 54, type: !172)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !173, line: 108, baseType: !174)
!173 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!174 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !85, line: 194, baseType: !175)
!175 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!176 = !DILocation(line: 54, column: 15, scope: !165)
!177 = !DILocation(line: 54, column: 28, scope: !165)
!178 = !DILocation(line: 54, column: 33, scope: !165)
!179 = !DILocation(line: 54, column: 19, scope: !165)
!180 = !DILocation(line: 56, column: 11, scope: !181)
!181 = distinct !DILexicalBlock(scope: !165, file: !2, line: 56, column: 11)
!182 = !DILocation(line: 56, column: 13, scope: !181)
!183 = !DILocation(line: 56, column: 17, scope: !181)
!184 = !DILocation(line: 56, column: 27, scope: !181)
!185 = !DILocation(line: 56, column: 32, scope: !181)
!186 = !DILocation(line: 56, column: 37, scope: !181)
!187 = !DILocation(line: 56, column: 69, scope: !181)
!188 = !DILocation(line: 56, column: 20, scope: !181)
!189 = !DILocation(line: 56, column: 76, scope: !181)
!190 = !DILocation(line: 56, column: 73, scope: !181)
!191 = !DILocation(line: 56, column: 11, scope: !165)
!192 = !DILocation(line: 57, column: 15, scope: !181)
!193 = !DILocation(line: 57, column: 9, scope: !181)
!194 = !DILocation(line: 58, column: 5, scope: !165)
!195 = !DILocation(line: 59, column: 9, scope: !196)
!196 = distinct !DILexicalBlock(scope: !149, file: !2, line: 59, column: 9)
!197 = !DILocation(line: 59, column: 16, scope: !196)
!198 = !DILocation(line: 59, column: 24, scope: !196)
!199 = !DILocation(line: 59, column: 9, scope: !149)
!200 = !DILocalVariable(name: "from", scope: !201, file: !2, line: 60, type: !202)
!201 = distinct !DILexicalBlock(scope: !196, file: !2, line: 59, column: 34)
!202 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !203, line: 29, size: 880, elements: !204)
!203 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!204 = !{!205, !206}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !202, file: !203, line: 31, baseType: !35, size: 16)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !202, file: !203, line: 32, baseType: !207, size: 864, offset: 16)
!207 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 864, elements: !208)
!208 = !{!209}
!209 = !DISubrange(count: 108)
!210 = !DILocation(line: 60, column: 26, scope: !201)
!211 = !DILocalVariable(name: "fl", scope: !201, file: !2, line: 61, type: !168)
!212 = !DILocation(line: 61, column: 17, scope: !201)
!213 = !DILocalVariable(name: "n", scope: !201, file: !2, line: 62, type: !172)
!214 = !DILocation(line: 62, column: 15, scope: !201)
!215 = !DILocation(line: 62, column: 28, scope: !201)
!216 = !DILocation(line: 62, column: 33, scope: !201)
!217 = !DILocation(line: 62, column: 19, scope: !201)
!218 = !DILocation(line: 64, column: 11, scope: !219)
!219 = distinct !DILexicalBlock(scope: !201, file: !2, line: 64, column: 11)
!220 = !DILocation(line: 64, column: 13, scope: !219)
!221 = !DILocation(line: 64, column: 11, scope: !201)
!222 = !DILocation(line: 65, column: 9, scope: !219)
!223 = !DILocation(line: 66, column: 11, scope: !201)
!224 = !DILocation(line: 66, column: 7, scope: !201)
!225 = !DILocation(line: 66, column: 14, scope: !201)
!226 = !DILocation(line: 67, column: 18, scope: !227)
!227 = distinct !DILexicalBlock(scope: !201, file: !2, line: 67, column: 11)
!228 = !DILocation(line: 67, column: 11, scope: !227)
!229 = !DILocation(line: 67, column: 31, scope: !227)
!230 = !DILocation(line: 67, column: 11, scope: !201)
!231 = !DILocation(line: 68, column: 9, scope: !227)
!232 = !DILocalVariable(name: "len", scope: !201, file: !2, line: 69, type: !70)
!233 = !DILocation(line: 69, column: 11, scope: !201)
!234 = !DILocation(line: 69, column: 26, scope: !201)
!235 = !DILocation(line: 69, column: 60, scope: !201)
!236 = !DILocation(line: 69, column: 17, scope: !201)
!237 = !DILocation(line: 70, column: 14, scope: !201)
!238 = !DILocation(line: 70, column: 19, scope: !201)
!239 = !DILocation(line: 70, column: 24, scope: !201)
!240 = !DILocation(line: 70, column: 58, scope: !201)
!241 = !DILocation(line: 70, column: 7, scope: !201)
!242 = !DILocation(line: 71, column: 5, scope: !201)
!243 = !DILocation(line: 48, column: 3, scope: !150)
!244 = !DILocation(line: 73, column: 9, scope: !67)
!245 = !DILocation(line: 73, column: 3, scope: !67)
!246 = !DILocation(line: 74, column: 9, scope: !67)
!247 = !DILocation(line: 74, column: 3, scope: !67)
!248 = !DILocation(line: 75, column: 3, scope: !67)
!249 = !DILocation(line: 76, column: 1, scope: !67)
!250 = distinct !DISubprogram(name: "open_control", scope: !2, file: !2, line: 15, type: !68, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !14, retainedNodes: !71)
!251 = !DILocalVariable(name: "fd", scope: !250, file: !2, line: 16, type: !70)
!252 = !DILocation(line: 16, column: 7, scope: !250)
!253 = !DILocation(line: 16, column: 12, scope: !250)
!254 = !DILocation(line: 17, column: 7, scope: !255)
!255 = distinct !DILexicalBlock(scope: !250, file: !2, line: 17, column: 7)
!256 = !DILocation(line: 17, column: 10, scope: !255)
!257 = !DILocation(line: 17, column: 7, scope: !250)
!258 = !DILocation(line: 18, column: 5, scope: !255)
!259 = !DILocalVariable(name: "sun", scope: !250, file: !2, line: 19, type: !202)
!260 = !DILocation(line: 19, column: 22, scope: !250)
!261 = !DILocation(line: 20, column: 3, scope: !250)
!262 = !DILocation(line: 21, column: 7, scope: !250)
!263 = !DILocation(line: 21, column: 18, scope: !250)
!264 = !DILocation(line: 22, column: 15, scope: !250)
!265 = !DILocation(line: 22, column: 11, scope: !250)
!266 = !DILocation(line: 22, column: 3, scope: !250)
!267 = !DILocation(line: 23, column: 3, scope: !250)
!268 = !DILocation(line: 24, column: 12, scope: !269)
!269 = distinct !DILexicalBlock(scope: !250, file: !2, line: 24, column: 7)
!270 = !DILocation(line: 24, column: 7, scope: !269)
!271 = !DILocation(line: 24, column: 54, scope: !269)
!272 = !DILocation(line: 24, column: 7, scope: !250)
!273 = !DILocation(line: 25, column: 11, scope: !274)
!274 = distinct !DILexicalBlock(scope: !269, file: !2, line: 24, column: 59)
!275 = !DILocation(line: 25, column: 5, scope: !274)
!276 = !DILocation(line: 26, column: 5, scope: !274)
!277 = !DILocation(line: 28, column: 10, scope: !250)
!278 = !DILocation(line: 28, column: 3, scope: !250)
!279 = !DILocation(line: 29, column: 1, scope: !250)
