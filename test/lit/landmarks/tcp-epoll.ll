; An epoll TCP server: the listener and every accepted connection are
; registered with epoll_ctl; read()/write() on events[i].data.fd are the
; arrival and the reply on the connection (a listening socket is never
; read), and the accepted socket is a TCP connection from the listener.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'tcp-epoll.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at tcp-epoll.c:20
; CHECK-NEXT:   bind: port 7777 address 0.0.0.0 at tcp-epoll.c:30
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at tcp-epoll.c:55
; CHECK-NEXT: event-loop #0: epoll in main at tcp-epoll.c:46, waits in epoll_wait at tcp-epoll.c:47
; CHECK-NEXT: arrival: read on socket #1 in main at tcp-epoll.c:64, loop #0
; CHECK-NEXT: reply: write on socket #1 in main at tcp-epoll.c:70, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/tcp-epoll.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - tcp-epoll.c

; ModuleID = 'tcp-epoll.c'
source_filename = "tcp-epoll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [14 x i8] c"epoll_create1\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [10 x i8] c"epoll_ctl\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [11 x i8] c"epoll_wait\00", align 1, !dbg !24
@.str.6 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !29

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !89 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.epoll_event, align 1
  %7 = alloca [64 x %struct.epoll_event], align 16
  %8 = alloca [4096 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !94, !DIExpression(), !95)
  %13 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !96
  store i32 %13, ptr %2, align 4, !dbg !95
  %14 = load i32, ptr %2, align 4, !dbg !97
  %15 = icmp slt i32 %14, 0, !dbg !99
  br i1 %15, label %16, label %17, !dbg !100

16:                                               ; preds = %0
  call void @die(ptr noundef @.str), !dbg !101
  br label %17, !dbg !101

17:                                               ; preds = %16, %0
    #dbg_declare(ptr %3, !102, !DIExpression(), !103)
  store i32 1, ptr %3, align 4, !dbg !103
  %18 = load i32, ptr %2, align 4, !dbg !104
  %19 = call i32 @setsockopt(i32 noundef %18, i32 noundef 1, i32 noundef 2, ptr noundef %3, i32 noundef 4) #6, !dbg !105
    #dbg_declare(ptr %4, !106, !DIExpression(), !123)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !124
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !125
  store i16 2, ptr %20, align 4, !dbg !126
  %21 = call zeroext i16 @htons(i16 noundef zeroext 7777) #7, !dbg !127
  %22 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !128
  store i16 %21, ptr %22, align 2, !dbg !129
  %23 = call i32 @htonl(i32 noundef 0) #7, !dbg !130
  %24 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 2, !dbg !131
  %25 = getelementptr inbounds %struct.in_addr, ptr %24, i32 0, i32 0, !dbg !132
  store i32 %23, ptr %25, align 4, !dbg !133
  %26 = load i32, ptr %2, align 4, !dbg !134
  %27 = call i32 @bind(i32 noundef %26, ptr noundef %4, i32 noundef 16) #6, !dbg !136
  %28 = icmp slt i32 %27, 0, !dbg !137
  br i1 %28, label %29, label %30, !dbg !138

29:                                               ; preds = %17
  call void @die(ptr noundef @.str.1), !dbg !139
  br label %30, !dbg !139

30:                                               ; preds = %29, %17
  %31 = load i32, ptr %2, align 4, !dbg !140
  %32 = call i32 @listen(i32 noundef %31, i32 noundef 128) #6, !dbg !142
  %33 = icmp slt i32 %32, 0, !dbg !143
  br i1 %33, label %34, label %35, !dbg !144

34:                                               ; preds = %30
  call void @die(ptr noundef @.str.2), !dbg !145
  br label %35, !dbg !145

35:                                               ; preds = %34, %30
    #dbg_declare(ptr %5, !146, !DIExpression(), !147)
  %36 = call i32 @epoll_create1(i32 noundef 0) #6, !dbg !148
  store i32 %36, ptr %5, align 4, !dbg !147
  %37 = load i32, ptr %5, align 4, !dbg !149
  %38 = icmp slt i32 %37, 0, !dbg !151
  br i1 %38, label %39, label %40, !dbg !152

39:                                               ; preds = %35
  call void @die(ptr noundef @.str.3), !dbg !153
  br label %40, !dbg !153

40:                                               ; preds = %39, %35
    #dbg_declare(ptr %6, !154, !DIExpression(), !170)
  %41 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 0, !dbg !171
  store i32 1, ptr %41, align 1, !dbg !172
  %42 = load i32, ptr %2, align 4, !dbg !173
  %43 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 1, !dbg !174
  store i32 %42, ptr %43, align 1, !dbg !175
  %44 = load i32, ptr %5, align 4, !dbg !176
  %45 = load i32, ptr %2, align 4, !dbg !178
  %46 = call i32 @epoll_ctl(i32 noundef %44, i32 noundef 1, i32 noundef %45, ptr noundef %6) #6, !dbg !179
  %47 = icmp slt i32 %46, 0, !dbg !180
  br i1 %47, label %48, label %49, !dbg !181

48:                                               ; preds = %40
  call void @die(ptr noundef @.str.4), !dbg !182
  br label %49, !dbg !182

49:                                               ; preds = %48, %40
    #dbg_declare(ptr %7, !183, !DIExpression(), !187)
    #dbg_declare(ptr %8, !188, !DIExpression(), !192)
  br label %50, !dbg !193

50:                                               ; preds = %125, %60, %49
    #dbg_declare(ptr %9, !194, !DIExpression(), !198)
  %51 = load i32, ptr %5, align 4, !dbg !199
  %52 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 0, !dbg !200
  %53 = call i32 @epoll_wait(i32 noundef %51, ptr noundef %52, i32 noundef 64, i32 noundef -1), !dbg !201
  store i32 %53, ptr %9, align 4, !dbg !198
  %54 = load i32, ptr %9, align 4, !dbg !202
  %55 = icmp slt i32 %54, 0, !dbg !204
  br i1 %55, label %56, label %62, !dbg !205

56:                                               ; preds = %50
  %57 = call ptr @__errno_location() #7, !dbg !206
  %58 = load i32, ptr %57, align 4, !dbg !206
  %59 = icmp eq i32 %58, 4, !dbg !209
  br i1 %59, label %60, label %61, !dbg !210

60:                                               ; preds = %56
  br label %50, !dbg !211, !llvm.loop !212

61:                                               ; preds = %56
  call void @die(ptr noundef @.str.5), !dbg !215
  br label %62, !dbg !216

62:                                               ; preds = %61, %50
    #dbg_declare(ptr %10, !217, !DIExpression(), !219)
  store i32 0, ptr %10, align 4, !dbg !219
  br label %63, !dbg !220

63:                                               ; preds = %122, %62
  %64 = load i32, ptr %10, align 4, !dbg !221
  %65 = load i32, ptr %9, align 4, !dbg !223
  %66 = icmp slt i32 %64, %65, !dbg !224
  br i1 %66, label %67, label %125, !dbg !225

67:                                               ; preds = %63
  %68 = load i32, ptr %10, align 4, !dbg !226
  %69 = sext i32 %68 to i64, !dbg !229
  %70 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 %69, !dbg !229
  %71 = getelementptr inbounds %struct.epoll_event, ptr %70, i32 0, i32 1, !dbg !230
  %72 = load i32, ptr %71, align 4, !dbg !231
  %73 = load i32, ptr %2, align 4, !dbg !232
  %74 = icmp eq i32 %72, %73, !dbg !233
  br i1 %74, label %75, label %88, !dbg !234

75:                                               ; preds = %67
    #dbg_declare(ptr %11, !235, !DIExpression(), !237)
  %76 = load i32, ptr %2, align 4, !dbg !238
  %77 = call i32 @accept(i32 noundef %76, ptr noundef null, ptr noundef null), !dbg !239
  store i32 %77, ptr %11, align 4, !dbg !237
  %78 = load i32, ptr %11, align 4, !dbg !240
  %79 = icmp slt i32 %78, 0, !dbg !242
  br i1 %79, label %80, label %81, !dbg !243

80:                                               ; preds = %75
  call void @perror(ptr noundef @.str.6), !dbg !244
  br label %122, !dbg !246

81:                                               ; preds = %75
  %82 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 0, !dbg !247
  store i32 1, ptr %82, align 1, !dbg !248
  %83 = load i32, ptr %11, align 4, !dbg !249
  %84 = getelementptr inbounds %struct.epoll_event, ptr %6, i32 0, i32 1, !dbg !250
  store i32 %83, ptr %84, align 1, !dbg !251
  %85 = load i32, ptr %5, align 4, !dbg !252
  %86 = load i32, ptr %11, align 4, !dbg !253
  %87 = call i32 @epoll_ctl(i32 noundef %85, i32 noundef 1, i32 noundef %86, ptr noundef %6) #6, !dbg !254
  br label %121, !dbg !255

88:                                               ; preds = %67
    #dbg_declare(ptr %12, !256, !DIExpression(), !262)
  %89 = load i32, ptr %10, align 4, !dbg !263
  %90 = sext i32 %89 to i64, !dbg !264
  %91 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 %90, !dbg !264
  %92 = getelementptr inbounds %struct.epoll_event, ptr %91, i32 0, i32 1, !dbg !265
  %93 = load i32, ptr %92, align 4, !dbg !266
  %94 = getelementptr inbounds [4096 x i8], ptr %8, i64 0, i64 0, !dbg !267
  %95 = call i64 @read(i32 noundef %93, ptr noundef %94, i64 noundef 4096), !dbg !268
  store i64 %95, ptr %12, align 8, !dbg !262
  %96 = load i64, ptr %12, align 8, !dbg !269
  %97 = icmp sle i64 %96, 0, !dbg !271
  br i1 %97, label %98, label %112, !dbg !272

98:                                               ; preds = %88
  %99 = load i32, ptr %5, align 4, !dbg !273
  %100 = load i32, ptr %10, align 4, !dbg !275
  %101 = sext i32 %100 to i64, !dbg !276
  %102 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 %101, !dbg !276
  %103 = getelementptr inbounds %struct.epoll_event, ptr %102, i32 0, i32 1, !dbg !277
  %104 = load i32, ptr %103, align 4, !dbg !278
  %105 = call i32 @epoll_ctl(i32 noundef %99, i32 noundef 2, i32 noundef %104, ptr noundef null) #6, !dbg !279
  %106 = load i32, ptr %10, align 4, !dbg !280
  %107 = sext i32 %106 to i64, !dbg !281
  %108 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 %107, !dbg !281
  %109 = getelementptr inbounds %struct.epoll_event, ptr %108, i32 0, i32 1, !dbg !282
  %110 = load i32, ptr %109, align 4, !dbg !283
  %111 = call i32 @close(i32 noundef %110), !dbg !284
  br label %122, !dbg !285

112:                                              ; preds = %88
  %113 = load i32, ptr %10, align 4, !dbg !286
  %114 = sext i32 %113 to i64, !dbg !287
  %115 = getelementptr inbounds [64 x %struct.epoll_event], ptr %7, i64 0, i64 %114, !dbg !287
  %116 = getelementptr inbounds %struct.epoll_event, ptr %115, i32 0, i32 1, !dbg !288
  %117 = load i32, ptr %116, align 4, !dbg !289
  %118 = getelementptr inbounds [4096 x i8], ptr %8, i64 0, i64 0, !dbg !290
  %119 = load i64, ptr %12, align 8, !dbg !291
  %120 = call i64 @write(i32 noundef %117, ptr noundef %118, i64 noundef %119), !dbg !292
  br label %121

121:                                              ; preds = %112, %81
  br label %122, !dbg !293

122:                                              ; preds = %121, %98, %80
  %123 = load i32, ptr %10, align 4, !dbg !294
  %124 = add nsw i32 %123, 1, !dbg !294
  store i32 %124, ptr %10, align 4, !dbg !294
  br label %63, !dbg !295, !llvm.loop !296

125:                                              ; preds = %63
  br label %50, !dbg !299, !llvm.loop !212
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @die(ptr noundef %0) #0 !dbg !300 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !305, !DIExpression(), !306)
  %3 = load ptr, ptr %2, align 8, !dbg !307
  call void @perror(ptr noundef %3), !dbg !308
  call void @exit(i32 noundef 1) #8, !dbg !309
  unreachable, !dbg !309
}

; Function Attrs: nounwind
declare i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @epoll_create1(i32 noundef) #1

; Function Attrs: nounwind
declare i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) #1

declare i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) #4

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__errno_location() #3

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #4

declare void @perror(ptr noundef) #4

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #4

declare i32 @close(i32 noundef) #4

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #4

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

!llvm.dbg.cu = !{!31}
!llvm.module.flags = !{!81, !82, !83, !84, !85, !86, !87}
!llvm.ident = !{!88}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "tcp-epoll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "d82ac9507b2f88eb2000077e1a3e2d0f")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 31, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 33, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 37, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 14)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 10)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 51, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 11)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !2, line: 57, type: !3, isLocal: true, isDefinition: true)
!31 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !32, retainedTypes: !64, globals: !80, splitDebugInlining: false, nameTableKind: None)
!32 = !{!33, !46}
!33 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !34, line: 24, baseType: !35, size: 32, elements: !36)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!35 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!36 = !{!37, !38, !39, !40, !41, !42, !43, !44, !45}
!37 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!38 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!39 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!40 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!41 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!42 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!43 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!44 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!45 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!46 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !47, line: 35, baseType: !35, size: 32, elements: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!48 = !{!49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61, !62, !63}
!49 = !DIEnumerator(name: "EPOLLIN", value: 1)
!50 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!51 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!52 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!53 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!54 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!55 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!56 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!57 = !DIEnumerator(name: "EPOLLERR", value: 8)
!58 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!59 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!60 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!61 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!62 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!63 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!64 = !{!65, !71}
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !66, line: 30, baseType: !67)
!66 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !68, line: 26, baseType: !69)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!69 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !70, line: 42, baseType: !35)
!70 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!72 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !73, line: 183, size: 128, elements: !74)
!73 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!74 = !{!75, !79}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !72, file: !73, line: 185, baseType: !76, size: 16)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !77, line: 28, baseType: !78)
!77 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!78 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !72, file: !73, line: 186, baseType: !16, size: 112, offset: 16)
!80 = !{!0, !7, !12, !14, !19, !24, !29}
!81 = !{i32 7, !"Dwarf Version", i32 5}
!82 = !{i32 2, !"Debug Info Version", i32 3}
!83 = !{i32 1, !"wchar_size", i32 4}
!84 = !{i32 8, !"PIC Level", i32 2}
!85 = !{i32 7, !"PIE Level", i32 2}
!86 = !{i32 7, !"uwtable", i32 2}
!87 = !{i32 7, !"frame-pointer", i32 2}
!88 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!89 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 19, type: !90, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !31, retainedNodes: !93)
!90 = !DISubroutineType(types: !91)
!91 = !{!92}
!92 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!93 = !{}
!94 = !DILocalVariable(name: "lfd", scope: !89, file: !2, line: 20, type: !92)
!95 = !DILocation(line: 20, column: 7, scope: !89)
!96 = !DILocation(line: 20, column: 13, scope: !89)
!97 = !DILocation(line: 21, column: 7, scope: !98)
!98 = distinct !DILexicalBlock(scope: !89, file: !2, line: 21, column: 7)
!99 = !DILocation(line: 21, column: 11, scope: !98)
!100 = !DILocation(line: 21, column: 7, scope: !89)
!101 = !DILocation(line: 22, column: 5, scope: !98)
!102 = !DILocalVariable(name: "one", scope: !89, file: !2, line: 23, type: !92)
!103 = !DILocation(line: 23, column: 7, scope: !89)
!104 = !DILocation(line: 24, column: 14, scope: !89)
!105 = !DILocation(line: 24, column: 3, scope: !89)
!106 = !DILocalVariable(name: "addr", scope: !89, file: !2, line: 25, type: !107)
!107 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !66, line: 245, size: 128, elements: !108)
!108 = !{!109, !110, !114, !118}
!109 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !107, file: !66, line: 247, baseType: !76, size: 16)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !107, file: !66, line: 248, baseType: !111, size: 16, offset: 16)
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !66, line: 123, baseType: !112)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !68, line: 25, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !70, line: 40, baseType: !78)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !107, file: !66, line: 249, baseType: !115, size: 32, offset: 32)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !66, line: 31, size: 32, elements: !116)
!116 = !{!117}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !115, file: !66, line: 33, baseType: !65, size: 32)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !107, file: !66, line: 252, baseType: !119, size: 64, offset: 64)
!119 = !DICompositeType(tag: DW_TAG_array_type, baseType: !120, size: 64, elements: !121)
!120 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!121 = !{!122}
!122 = !DISubrange(count: 8)
!123 = !DILocation(line: 25, column: 22, scope: !89)
!124 = !DILocation(line: 26, column: 3, scope: !89)
!125 = !DILocation(line: 27, column: 8, scope: !89)
!126 = !DILocation(line: 27, column: 19, scope: !89)
!127 = !DILocation(line: 28, column: 19, scope: !89)
!128 = !DILocation(line: 28, column: 8, scope: !89)
!129 = !DILocation(line: 28, column: 17, scope: !89)
!130 = !DILocation(line: 29, column: 26, scope: !89)
!131 = !DILocation(line: 29, column: 8, scope: !89)
!132 = !DILocation(line: 29, column: 17, scope: !89)
!133 = !DILocation(line: 29, column: 24, scope: !89)
!134 = !DILocation(line: 30, column: 12, scope: !135)
!135 = distinct !DILexicalBlock(scope: !89, file: !2, line: 30, column: 7)
!136 = !DILocation(line: 30, column: 7, scope: !135)
!137 = !DILocation(line: 30, column: 57, scope: !135)
!138 = !DILocation(line: 30, column: 7, scope: !89)
!139 = !DILocation(line: 31, column: 5, scope: !135)
!140 = !DILocation(line: 32, column: 14, scope: !141)
!141 = distinct !DILexicalBlock(scope: !89, file: !2, line: 32, column: 7)
!142 = !DILocation(line: 32, column: 7, scope: !141)
!143 = !DILocation(line: 32, column: 24, scope: !141)
!144 = !DILocation(line: 32, column: 7, scope: !89)
!145 = !DILocation(line: 33, column: 5, scope: !141)
!146 = !DILocalVariable(name: "epfd", scope: !89, file: !2, line: 35, type: !92)
!147 = !DILocation(line: 35, column: 7, scope: !89)
!148 = !DILocation(line: 35, column: 14, scope: !89)
!149 = !DILocation(line: 36, column: 7, scope: !150)
!150 = distinct !DILexicalBlock(scope: !89, file: !2, line: 36, column: 7)
!151 = !DILocation(line: 36, column: 12, scope: !150)
!152 = !DILocation(line: 36, column: 7, scope: !89)
!153 = !DILocation(line: 37, column: 5, scope: !150)
!154 = !DILocalVariable(name: "ev", scope: !89, file: !2, line: 38, type: !155)
!155 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !47, line: 84, size: 96, elements: !156)
!156 = !{!157, !158}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !155, file: !47, line: 86, baseType: !67, size: 32)
!158 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !155, file: !47, line: 87, baseType: !159, size: 64, offset: 32)
!159 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !47, line: 82, baseType: !160)
!160 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !47, line: 76, size: 64, elements: !161)
!161 = !{!162, !164, !165, !166}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !160, file: !47, line: 78, baseType: !163, size: 64)
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !160, file: !47, line: 79, baseType: !92, size: 32)
!165 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !160, file: !47, line: 80, baseType: !67, size: 32)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !160, file: !47, line: 81, baseType: !167, size: 64)
!167 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !68, line: 27, baseType: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !70, line: 45, baseType: !169)
!169 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!170 = !DILocation(line: 38, column: 22, scope: !89)
!171 = !DILocation(line: 39, column: 6, scope: !89)
!172 = !DILocation(line: 39, column: 13, scope: !89)
!173 = !DILocation(line: 40, column: 16, scope: !89)
!174 = !DILocation(line: 40, column: 6, scope: !89)
!175 = !DILocation(line: 40, column: 14, scope: !89)
!176 = !DILocation(line: 41, column: 17, scope: !177)
!177 = distinct !DILexicalBlock(scope: !89, file: !2, line: 41, column: 7)
!178 = !DILocation(line: 41, column: 38, scope: !177)
!179 = !DILocation(line: 41, column: 7, scope: !177)
!180 = !DILocation(line: 41, column: 48, scope: !177)
!181 = !DILocation(line: 41, column: 7, scope: !89)
!182 = !DILocation(line: 42, column: 5, scope: !177)
!183 = !DILocalVariable(name: "events", scope: !89, file: !2, line: 44, type: !184)
!184 = !DICompositeType(tag: DW_TAG_array_type, baseType: !155, size: 6144, elements: !185)
!185 = !{!186}
!186 = !DISubrange(count: 64)
!187 = !DILocation(line: 44, column: 22, scope: !89)
!188 = !DILocalVariable(name: "buf", scope: !89, file: !2, line: 45, type: !189)
!189 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32768, elements: !190)
!190 = !{!191}
!191 = !DISubrange(count: 4096)
!192 = !DILocation(line: 45, column: 8, scope: !89)
!193 = !DILocation(line: 46, column: 3, scope: !89)
!194 = !DILocalVariable(name: "n", scope: !195, file: !2, line: 47, type: !92)
!195 = distinct !DILexicalBlock(scope: !196, file: !2, line: 46, column: 12)
!196 = distinct !DILexicalBlock(scope: !197, file: !2, line: 46, column: 3)
!197 = distinct !DILexicalBlock(scope: !89, file: !2, line: 46, column: 3)
!198 = !DILocation(line: 47, column: 9, scope: !195)
!199 = !DILocation(line: 47, column: 24, scope: !195)
!200 = !DILocation(line: 47, column: 30, scope: !195)
!201 = !DILocation(line: 47, column: 13, scope: !195)
!202 = !DILocation(line: 48, column: 9, scope: !203)
!203 = distinct !DILexicalBlock(scope: !195, file: !2, line: 48, column: 9)
!204 = !DILocation(line: 48, column: 11, scope: !203)
!205 = !DILocation(line: 48, column: 9, scope: !195)
!206 = !DILocation(line: 49, column: 11, scope: !207)
!207 = distinct !DILexicalBlock(scope: !208, file: !2, line: 49, column: 11)
!208 = distinct !DILexicalBlock(scope: !203, file: !2, line: 48, column: 16)
!209 = !DILocation(line: 49, column: 17, scope: !207)
!210 = !DILocation(line: 49, column: 11, scope: !208)
!211 = !DILocation(line: 50, column: 9, scope: !207)
!212 = distinct !{!212, !213, !214}
!213 = !DILocation(line: 46, column: 3, scope: !197)
!214 = !DILocation(line: 73, column: 3, scope: !197)
!215 = !DILocation(line: 51, column: 7, scope: !208)
!216 = !DILocation(line: 52, column: 5, scope: !208)
!217 = !DILocalVariable(name: "i", scope: !218, file: !2, line: 53, type: !92)
!218 = distinct !DILexicalBlock(scope: !195, file: !2, line: 53, column: 5)
!219 = !DILocation(line: 53, column: 14, scope: !218)
!220 = !DILocation(line: 53, column: 10, scope: !218)
!221 = !DILocation(line: 53, column: 21, scope: !222)
!222 = distinct !DILexicalBlock(scope: !218, file: !2, line: 53, column: 5)
!223 = !DILocation(line: 53, column: 25, scope: !222)
!224 = !DILocation(line: 53, column: 23, scope: !222)
!225 = !DILocation(line: 53, column: 5, scope: !218)
!226 = !DILocation(line: 54, column: 18, scope: !227)
!227 = distinct !DILexicalBlock(scope: !228, file: !2, line: 54, column: 11)
!228 = distinct !DILexicalBlock(scope: !222, file: !2, line: 53, column: 33)
!229 = !DILocation(line: 54, column: 11, scope: !227)
!230 = !DILocation(line: 54, column: 21, scope: !227)
!231 = !DILocation(line: 54, column: 26, scope: !227)
!232 = !DILocation(line: 54, column: 32, scope: !227)
!233 = !DILocation(line: 54, column: 29, scope: !227)
!234 = !DILocation(line: 54, column: 11, scope: !228)
!235 = !DILocalVariable(name: "conn", scope: !236, file: !2, line: 55, type: !92)
!236 = distinct !DILexicalBlock(scope: !227, file: !2, line: 54, column: 37)
!237 = !DILocation(line: 55, column: 13, scope: !236)
!238 = !DILocation(line: 55, column: 27, scope: !236)
!239 = !DILocation(line: 55, column: 20, scope: !236)
!240 = !DILocation(line: 56, column: 13, scope: !241)
!241 = distinct !DILexicalBlock(scope: !236, file: !2, line: 56, column: 13)
!242 = !DILocation(line: 56, column: 18, scope: !241)
!243 = !DILocation(line: 56, column: 13, scope: !236)
!244 = !DILocation(line: 57, column: 11, scope: !245)
!245 = distinct !DILexicalBlock(scope: !241, file: !2, line: 56, column: 23)
!246 = !DILocation(line: 58, column: 11, scope: !245)
!247 = !DILocation(line: 60, column: 12, scope: !236)
!248 = !DILocation(line: 60, column: 19, scope: !236)
!249 = !DILocation(line: 61, column: 22, scope: !236)
!250 = !DILocation(line: 61, column: 12, scope: !236)
!251 = !DILocation(line: 61, column: 20, scope: !236)
!252 = !DILocation(line: 62, column: 19, scope: !236)
!253 = !DILocation(line: 62, column: 40, scope: !236)
!254 = !DILocation(line: 62, column: 9, scope: !236)
!255 = !DILocation(line: 63, column: 7, scope: !236)
!256 = !DILocalVariable(name: "r", scope: !257, file: !2, line: 64, type: !258)
!257 = distinct !DILexicalBlock(scope: !227, file: !2, line: 63, column: 14)
!258 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !259, line: 108, baseType: !260)
!259 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!260 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !70, line: 194, baseType: !261)
!261 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!262 = !DILocation(line: 64, column: 17, scope: !257)
!263 = !DILocation(line: 64, column: 33, scope: !257)
!264 = !DILocation(line: 64, column: 26, scope: !257)
!265 = !DILocation(line: 64, column: 36, scope: !257)
!266 = !DILocation(line: 64, column: 41, scope: !257)
!267 = !DILocation(line: 64, column: 45, scope: !257)
!268 = !DILocation(line: 64, column: 21, scope: !257)
!269 = !DILocation(line: 65, column: 13, scope: !270)
!270 = distinct !DILexicalBlock(scope: !257, file: !2, line: 65, column: 13)
!271 = !DILocation(line: 65, column: 15, scope: !270)
!272 = !DILocation(line: 65, column: 13, scope: !257)
!273 = !DILocation(line: 66, column: 21, scope: !274)
!274 = distinct !DILexicalBlock(scope: !270, file: !2, line: 65, column: 21)
!275 = !DILocation(line: 66, column: 49, scope: !274)
!276 = !DILocation(line: 66, column: 42, scope: !274)
!277 = !DILocation(line: 66, column: 52, scope: !274)
!278 = !DILocation(line: 66, column: 57, scope: !274)
!279 = !DILocation(line: 66, column: 11, scope: !274)
!280 = !DILocation(line: 67, column: 24, scope: !274)
!281 = !DILocation(line: 67, column: 17, scope: !274)
!282 = !DILocation(line: 67, column: 27, scope: !274)
!283 = !DILocation(line: 67, column: 32, scope: !274)
!284 = !DILocation(line: 67, column: 11, scope: !274)
!285 = !DILocation(line: 68, column: 11, scope: !274)
!286 = !DILocation(line: 70, column: 22, scope: !257)
!287 = !DILocation(line: 70, column: 15, scope: !257)
!288 = !DILocation(line: 70, column: 25, scope: !257)
!289 = !DILocation(line: 70, column: 30, scope: !257)
!290 = !DILocation(line: 70, column: 34, scope: !257)
!291 = !DILocation(line: 70, column: 39, scope: !257)
!292 = !DILocation(line: 70, column: 9, scope: !257)
!293 = !DILocation(line: 72, column: 5, scope: !228)
!294 = !DILocation(line: 53, column: 29, scope: !222)
!295 = !DILocation(line: 53, column: 5, scope: !222)
!296 = distinct !{!296, !225, !297, !298}
!297 = !DILocation(line: 72, column: 5, scope: !218)
!298 = !{!"llvm.loop.mustprogress"}
!299 = !DILocation(line: 46, column: 3, scope: !196)
!300 = distinct !DISubprogram(name: "die", scope: !2, file: !2, line: 14, type: !301, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !31, retainedNodes: !93)
!301 = !DISubroutineType(types: !302)
!302 = !{null, !303}
!303 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !304, size: 64)
!304 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!305 = !DILocalVariable(name: "what", arg: 1, scope: !300, file: !2, line: 14, type: !303)
!306 = !DILocation(line: 14, column: 29, scope: !300)
!307 = !DILocation(line: 15, column: 10, scope: !300)
!308 = !DILocation(line: 15, column: 3, scope: !300)
!309 = !DILocation(line: 16, column: 3, scope: !300)
