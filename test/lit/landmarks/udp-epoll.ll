; An epoll UDP server: the fd the handler receives on comes out of the epoll
; event array (events[i].data.fd), which the kernel fills with what
; epoll_ctl registered.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-epoll.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-epoll.c:29
; CHECK-NEXT:   bind: port 11211 address 0.0.0.0 at udp-epoll.c:39
; CHECK-NEXT: event-loop #0: epoll in main at udp-epoll.c:54, waits in epoll_wait at udp-epoll.c:55
; CHECK-NEXT: arrival: recvfrom on socket #0 in serve_one at udp-epoll.c:19, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in serve_one at udp-epoll.c:24, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-epoll.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-epoll.c

; ModuleID = 'udp-epoll.c'
source_filename = "udp-epoll.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.epoll_event = type <{ i32, %union.epoll_data }>
%union.epoll_data = type { ptr }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [14 x i8] c"epoll_create1\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [10 x i8] c"epoll_ctl\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [11 x i8] c"epoll_wait\00", align 1, !dbg !22
@table = internal global [256 x [64 x i8]] zeroinitializer, align 16, !dbg !27

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !92 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.epoll_event, align 1
  %6 = alloca [32 x %struct.epoll_event], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !97, !DIExpression(), !98)
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !99
  store i32 %9, ptr %2, align 4, !dbg !98
  %10 = load i32, ptr %2, align 4, !dbg !100
  %11 = icmp eq i32 %10, -1, !dbg !102
  br i1 %11, label %12, label %13, !dbg !103

12:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !104
  call void @exit(i32 noundef 1) #8, !dbg !106
  unreachable, !dbg !106

13:                                               ; preds = %0
    #dbg_declare(ptr %3, !107, !DIExpression(), !123)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !124
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !125
  store i16 2, ptr %14, align 4, !dbg !126
  %15 = call i32 @htonl(i32 noundef 0) #9, !dbg !127
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !128
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !129
  store i32 %15, ptr %17, align 4, !dbg !130
  %18 = call zeroext i16 @htons(i16 noundef zeroext 11211) #9, !dbg !131
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !132
  store i16 %18, ptr %19, align 2, !dbg !133
  %20 = load i32, ptr %2, align 4, !dbg !134
  %21 = call i32 @bind(i32 noundef %20, ptr noundef %3, i32 noundef 16) #7, !dbg !136
  %22 = icmp eq i32 %21, -1, !dbg !137
  br i1 %22, label %23, label %24, !dbg !138

23:                                               ; preds = %13
  call void @perror(ptr noundef @.str.1), !dbg !139
  call void @exit(i32 noundef 1) #8, !dbg !141
  unreachable, !dbg !141

24:                                               ; preds = %13
    #dbg_declare(ptr %4, !142, !DIExpression(), !143)
  %25 = call i32 @epoll_create1(i32 noundef 0) #7, !dbg !144
  store i32 %25, ptr %4, align 4, !dbg !143
  %26 = load i32, ptr %4, align 4, !dbg !145
  %27 = icmp eq i32 %26, -1, !dbg !147
  br i1 %27, label %28, label %29, !dbg !148

28:                                               ; preds = %24
  call void @perror(ptr noundef @.str.2), !dbg !149
  call void @exit(i32 noundef 1) #8, !dbg !151
  unreachable, !dbg !151

29:                                               ; preds = %24
    #dbg_declare(ptr %5, !152, !DIExpression(), !168)
  %30 = getelementptr inbounds %struct.epoll_event, ptr %5, i32 0, i32 0, !dbg !169
  store i32 1, ptr %30, align 1, !dbg !169
  %31 = getelementptr inbounds %struct.epoll_event, ptr %5, i32 0, i32 1, !dbg !169
  %32 = load i32, ptr %2, align 4, !dbg !170
  store i32 %32, ptr %31, align 1, !dbg !171
  %33 = load i32, ptr %4, align 4, !dbg !172
  %34 = load i32, ptr %2, align 4, !dbg !174
  %35 = call i32 @epoll_ctl(i32 noundef %33, i32 noundef 1, i32 noundef %34, ptr noundef %5) #7, !dbg !175
  %36 = icmp eq i32 %35, -1, !dbg !176
  br i1 %36, label %37, label %38, !dbg !177

37:                                               ; preds = %29
  call void @perror(ptr noundef @.str.3), !dbg !178
  call void @exit(i32 noundef 1) #8, !dbg !180
  unreachable, !dbg !180

38:                                               ; preds = %29
    #dbg_declare(ptr %6, !181, !DIExpression(), !185)
  br label %39, !dbg !186

39:                                               ; preds = %69, %45, %38
    #dbg_declare(ptr %7, !187, !DIExpression(), !191)
  %40 = load i32, ptr %4, align 4, !dbg !192
  %41 = getelementptr inbounds [32 x %struct.epoll_event], ptr %6, i64 0, i64 0, !dbg !193
  %42 = call i32 @epoll_wait(i32 noundef %40, ptr noundef %41, i32 noundef 32, i32 noundef -1), !dbg !194
  store i32 %42, ptr %7, align 4, !dbg !191
  %43 = load i32, ptr %7, align 4, !dbg !195
  %44 = icmp eq i32 %43, -1, !dbg !197
  br i1 %44, label %45, label %46, !dbg !198

45:                                               ; preds = %39
  call void @perror(ptr noundef @.str.4), !dbg !199
  br label %39, !dbg !201, !llvm.loop !202

46:                                               ; preds = %39
    #dbg_declare(ptr %8, !205, !DIExpression(), !207)
  store i32 0, ptr %8, align 4, !dbg !207
  br label %47, !dbg !208

47:                                               ; preds = %66, %46
  %48 = load i32, ptr %8, align 4, !dbg !209
  %49 = load i32, ptr %7, align 4, !dbg !211
  %50 = icmp slt i32 %48, %49, !dbg !212
  br i1 %50, label %51, label %69, !dbg !213

51:                                               ; preds = %47
  %52 = load i32, ptr %8, align 4, !dbg !214
  %53 = sext i32 %52 to i64, !dbg !216
  %54 = getelementptr inbounds [32 x %struct.epoll_event], ptr %6, i64 0, i64 %53, !dbg !216
  %55 = getelementptr inbounds %struct.epoll_event, ptr %54, i32 0, i32 0, !dbg !217
  %56 = load i32, ptr %55, align 4, !dbg !217
  %57 = and i32 %56, 1, !dbg !218
  %58 = icmp ne i32 %57, 0, !dbg !218
  br i1 %58, label %59, label %65, !dbg !219

59:                                               ; preds = %51
  %60 = load i32, ptr %8, align 4, !dbg !220
  %61 = sext i32 %60 to i64, !dbg !221
  %62 = getelementptr inbounds [32 x %struct.epoll_event], ptr %6, i64 0, i64 %61, !dbg !221
  %63 = getelementptr inbounds %struct.epoll_event, ptr %62, i32 0, i32 1, !dbg !222
  %64 = load i32, ptr %63, align 4, !dbg !223
  call void @serve_one(i32 noundef %64), !dbg !224
  br label %65, !dbg !224

65:                                               ; preds = %59, %51
  br label %66, !dbg !225

66:                                               ; preds = %65
  %67 = load i32, ptr %8, align 4, !dbg !226
  %68 = add nsw i32 %67, 1, !dbg !226
  store i32 %68, ptr %8, align 4, !dbg !226
  br label %47, !dbg !227, !llvm.loop !228

69:                                               ; preds = %47
  br label %39, !dbg !231, !llvm.loop !202
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #5

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #5

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @epoll_create1(i32 noundef) #1

; Function Attrs: nounwind
declare i32 @epoll_ctl(i32 noundef, i32 noundef, i32 noundef, ptr noundef) #1

declare i32 @epoll_wait(i32 noundef, ptr noundef, i32 noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @serve_one(i32 noundef %0) #0 !dbg !232 {
  %2 = alloca i32, align 4
  %3 = alloca [128 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i8, align 1
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !235, !DIExpression(), !236)
    #dbg_declare(ptr %3, !237, !DIExpression(), !241)
    #dbg_declare(ptr %4, !242, !DIExpression(), !243)
    #dbg_declare(ptr %5, !244, !DIExpression(), !247)
  store i32 16, ptr %5, align 4, !dbg !247
    #dbg_declare(ptr %6, !248, !DIExpression(), !253)
  %8 = load i32, ptr %2, align 4, !dbg !254
  %9 = getelementptr inbounds [128 x i8], ptr %3, i64 0, i64 0, !dbg !255
  %10 = call i64 @recvfrom(i32 noundef %8, ptr noundef %9, i64 noundef 128, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !256
  store i64 %10, ptr %6, align 8, !dbg !253
  %11 = load i64, ptr %6, align 8, !dbg !257
  %12 = icmp slt i64 %11, 1, !dbg !259
  br i1 %12, label %13, label %14, !dbg !260

13:                                               ; preds = %1
  br label %29, !dbg !261

14:                                               ; preds = %1
    #dbg_declare(ptr %7, !262, !DIExpression(), !263)
  %15 = getelementptr inbounds [128 x i8], ptr %3, i64 0, i64 0, !dbg !264
  %16 = load i8, ptr %15, align 16, !dbg !264
  store i8 %16, ptr %7, align 1, !dbg !263
  %17 = load i32, ptr %2, align 4, !dbg !265
  %18 = load i8, ptr %7, align 1, !dbg !266
  %19 = zext i8 %18 to i64, !dbg !267
  %20 = getelementptr inbounds [256 x [64 x i8]], ptr @table, i64 0, i64 %19, !dbg !267
  %21 = getelementptr inbounds [64 x i8], ptr %20, i64 0, i64 0, !dbg !267
  %22 = load i8, ptr %7, align 1, !dbg !268
  %23 = zext i8 %22 to i64, !dbg !269
  %24 = getelementptr inbounds [256 x [64 x i8]], ptr @table, i64 0, i64 %23, !dbg !269
  %25 = getelementptr inbounds [64 x i8], ptr %24, i64 0, i64 0, !dbg !269
  %26 = call i64 @strlen(ptr noundef %25) #10, !dbg !270
  %27 = load i32, ptr %5, align 4, !dbg !271
  %28 = call i64 @sendto(i32 noundef %17, ptr noundef %21, i64 noundef %26, i32 noundef 0, ptr noundef %4, i32 noundef %27), !dbg !272
  br label %29, !dbg !273

29:                                               ; preds = %14, %13
  ret void, !dbg !273
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }
attributes #9 = { nounwind willreturn memory(none) }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!29}
!llvm.module.flags = !{!84, !85, !86, !87, !88, !89, !90}
!llvm.ident = !{!91}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 31, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-epoll.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "08ac84267a4f9ac992104e4133400947")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 40, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 45, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 14)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 10)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !2, line: 57, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 11)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "table", scope: !29, file: !2, line: 13, type: !80, isLocal: true, isDefinition: true)
!29 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !30, retainedTypes: !62, globals: !79, splitDebugInlining: false, nameTableKind: None)
!30 = !{!31, !44}
!31 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !32, line: 24, baseType: !33, size: 32, elements: !34)
!32 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!33 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!34 = !{!35, !36, !37, !38, !39, !40, !41, !42, !43}
!35 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!36 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!37 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!38 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!39 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!40 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!41 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!42 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!43 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!44 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "EPOLL_EVENTS", file: !45, line: 35, baseType: !33, size: 32, elements: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/epoll.h", directory: "", checksumkind: CSK_MD5, checksum: "56ab324fa8f4370cfc61f3c9945a4ef9")
!46 = !{!47, !48, !49, !50, !51, !52, !53, !54, !55, !56, !57, !58, !59, !60, !61}
!47 = !DIEnumerator(name: "EPOLLIN", value: 1)
!48 = !DIEnumerator(name: "EPOLLPRI", value: 2)
!49 = !DIEnumerator(name: "EPOLLOUT", value: 4)
!50 = !DIEnumerator(name: "EPOLLRDNORM", value: 64)
!51 = !DIEnumerator(name: "EPOLLRDBAND", value: 128)
!52 = !DIEnumerator(name: "EPOLLWRNORM", value: 256)
!53 = !DIEnumerator(name: "EPOLLWRBAND", value: 512)
!54 = !DIEnumerator(name: "EPOLLMSG", value: 1024)
!55 = !DIEnumerator(name: "EPOLLERR", value: 8)
!56 = !DIEnumerator(name: "EPOLLHUP", value: 16)
!57 = !DIEnumerator(name: "EPOLLRDHUP", value: 8192)
!58 = !DIEnumerator(name: "EPOLLEXCLUSIVE", value: 268435456)
!59 = !DIEnumerator(name: "EPOLLWAKEUP", value: 536870912)
!60 = !DIEnumerator(name: "EPOLLONESHOT", value: 1073741824)
!61 = !DIEnumerator(name: "EPOLLET", value: 2147483648, isUnsigned: true)
!62 = !{!63, !69, !78}
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !64, line: 30, baseType: !65)
!64 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !66, line: 26, baseType: !67)
!66 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !68, line: 42, baseType: !33)
!68 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !71, line: 183, size: 128, elements: !72)
!71 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!72 = !{!73, !77}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !70, file: !71, line: 185, baseType: !74, size: 16)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !75, line: 28, baseType: !76)
!75 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!76 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !70, file: !71, line: 186, baseType: !14, size: 112, offset: 16)
!78 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!79 = !{!0, !7, !12, !17, !22, !27}
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 131072, elements: !81)
!81 = !{!82, !83}
!82 = !DISubrange(count: 256)
!83 = !DISubrange(count: 64)
!84 = !{i32 7, !"Dwarf Version", i32 5}
!85 = !{i32 2, !"Debug Info Version", i32 3}
!86 = !{i32 1, !"wchar_size", i32 4}
!87 = !{i32 8, !"PIC Level", i32 2}
!88 = !{i32 7, !"PIE Level", i32 2}
!89 = !{i32 7, !"uwtable", i32 2}
!90 = !{i32 7, !"frame-pointer", i32 2}
!91 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!92 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !93, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !29, retainedNodes: !96)
!93 = !DISubroutineType(types: !94)
!94 = !{!95}
!95 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!96 = !{}
!97 = !DILocalVariable(name: "sock", scope: !92, file: !2, line: 29, type: !95)
!98 = !DILocation(line: 29, column: 7, scope: !92)
!99 = !DILocation(line: 29, column: 14, scope: !92)
!100 = !DILocation(line: 30, column: 7, scope: !101)
!101 = distinct !DILexicalBlock(scope: !92, file: !2, line: 30, column: 7)
!102 = !DILocation(line: 30, column: 12, scope: !101)
!103 = !DILocation(line: 30, column: 7, scope: !92)
!104 = !DILocation(line: 31, column: 5, scope: !105)
!105 = distinct !DILexicalBlock(scope: !101, file: !2, line: 30, column: 19)
!106 = !DILocation(line: 32, column: 5, scope: !105)
!107 = !DILocalVariable(name: "sa", scope: !92, file: !2, line: 34, type: !108)
!108 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !64, line: 245, size: 128, elements: !109)
!109 = !{!110, !111, !115, !119}
!110 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !108, file: !64, line: 247, baseType: !74, size: 16)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !108, file: !64, line: 248, baseType: !112, size: 16, offset: 16)
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !64, line: 123, baseType: !113)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !66, line: 25, baseType: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !68, line: 40, baseType: !76)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !108, file: !64, line: 249, baseType: !116, size: 32, offset: 32)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !64, line: 31, size: 32, elements: !117)
!117 = !{!118}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !116, file: !64, line: 33, baseType: !63, size: 32)
!119 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !108, file: !64, line: 252, baseType: !120, size: 64, offset: 64)
!120 = !DICompositeType(tag: DW_TAG_array_type, baseType: !78, size: 64, elements: !121)
!121 = !{!122}
!122 = !DISubrange(count: 8)
!123 = !DILocation(line: 34, column: 22, scope: !92)
!124 = !DILocation(line: 35, column: 3, scope: !92)
!125 = !DILocation(line: 36, column: 6, scope: !92)
!126 = !DILocation(line: 36, column: 17, scope: !92)
!127 = !DILocation(line: 37, column: 24, scope: !92)
!128 = !DILocation(line: 37, column: 6, scope: !92)
!129 = !DILocation(line: 37, column: 15, scope: !92)
!130 = !DILocation(line: 37, column: 22, scope: !92)
!131 = !DILocation(line: 38, column: 17, scope: !92)
!132 = !DILocation(line: 38, column: 6, scope: !92)
!133 = !DILocation(line: 38, column: 15, scope: !92)
!134 = !DILocation(line: 39, column: 12, scope: !135)
!135 = distinct !DILexicalBlock(scope: !92, file: !2, line: 39, column: 7)
!136 = !DILocation(line: 39, column: 7, scope: !135)
!137 = !DILocation(line: 39, column: 54, scope: !135)
!138 = !DILocation(line: 39, column: 7, scope: !92)
!139 = !DILocation(line: 40, column: 5, scope: !140)
!140 = distinct !DILexicalBlock(scope: !135, file: !2, line: 39, column: 61)
!141 = !DILocation(line: 41, column: 5, scope: !140)
!142 = !DILocalVariable(name: "ep", scope: !92, file: !2, line: 43, type: !95)
!143 = !DILocation(line: 43, column: 7, scope: !92)
!144 = !DILocation(line: 43, column: 12, scope: !92)
!145 = !DILocation(line: 44, column: 7, scope: !146)
!146 = distinct !DILexicalBlock(scope: !92, file: !2, line: 44, column: 7)
!147 = !DILocation(line: 44, column: 10, scope: !146)
!148 = !DILocation(line: 44, column: 7, scope: !92)
!149 = !DILocation(line: 45, column: 5, scope: !150)
!150 = distinct !DILexicalBlock(scope: !146, file: !2, line: 44, column: 17)
!151 = !DILocation(line: 46, column: 5, scope: !150)
!152 = !DILocalVariable(name: "ev", scope: !92, file: !2, line: 48, type: !153)
!153 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "epoll_event", file: !45, line: 84, size: 96, elements: !154)
!154 = !{!155, !156}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !153, file: !45, line: 86, baseType: !65, size: 32)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !153, file: !45, line: 87, baseType: !157, size: 64, offset: 32)
!157 = !DIDerivedType(tag: DW_TAG_typedef, name: "epoll_data_t", file: !45, line: 82, baseType: !158)
!158 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "epoll_data", file: !45, line: 76, size: 64, elements: !159)
!159 = !{!160, !162, !163, !164}
!160 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !158, file: !45, line: 78, baseType: !161, size: 64)
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!162 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !158, file: !45, line: 79, baseType: !95, size: 32)
!163 = !DIDerivedType(tag: DW_TAG_member, name: "u32", scope: !158, file: !45, line: 80, baseType: !65, size: 32)
!164 = !DIDerivedType(tag: DW_TAG_member, name: "u64", scope: !158, file: !45, line: 81, baseType: !165, size: 64)
!165 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !66, line: 27, baseType: !166)
!166 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !68, line: 45, baseType: !167)
!167 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!168 = !DILocation(line: 48, column: 22, scope: !92)
!169 = !DILocation(line: 48, column: 27, scope: !92)
!170 = !DILocation(line: 48, column: 58, scope: !92)
!171 = !DILocation(line: 48, column: 52, scope: !92)
!172 = !DILocation(line: 49, column: 17, scope: !173)
!173 = distinct !DILexicalBlock(scope: !92, file: !2, line: 49, column: 7)
!174 = !DILocation(line: 49, column: 36, scope: !173)
!175 = !DILocation(line: 49, column: 7, scope: !173)
!176 = !DILocation(line: 49, column: 47, scope: !173)
!177 = !DILocation(line: 49, column: 7, scope: !92)
!178 = !DILocation(line: 50, column: 5, scope: !179)
!179 = distinct !DILexicalBlock(scope: !173, file: !2, line: 49, column: 54)
!180 = !DILocation(line: 51, column: 5, scope: !179)
!181 = !DILocalVariable(name: "events", scope: !92, file: !2, line: 53, type: !182)
!182 = !DICompositeType(tag: DW_TAG_array_type, baseType: !153, size: 3072, elements: !183)
!183 = !{!184}
!184 = !DISubrange(count: 32)
!185 = !DILocation(line: 53, column: 22, scope: !92)
!186 = !DILocation(line: 54, column: 3, scope: !92)
!187 = !DILocalVariable(name: "nfds", scope: !188, file: !2, line: 55, type: !95)
!188 = distinct !DILexicalBlock(scope: !189, file: !2, line: 54, column: 12)
!189 = distinct !DILexicalBlock(scope: !190, file: !2, line: 54, column: 3)
!190 = distinct !DILexicalBlock(scope: !92, file: !2, line: 54, column: 3)
!191 = !DILocation(line: 55, column: 9, scope: !188)
!192 = !DILocation(line: 55, column: 27, scope: !188)
!193 = !DILocation(line: 55, column: 31, scope: !188)
!194 = !DILocation(line: 55, column: 16, scope: !188)
!195 = !DILocation(line: 56, column: 9, scope: !196)
!196 = distinct !DILexicalBlock(scope: !188, file: !2, line: 56, column: 9)
!197 = !DILocation(line: 56, column: 14, scope: !196)
!198 = !DILocation(line: 56, column: 9, scope: !188)
!199 = !DILocation(line: 57, column: 7, scope: !200)
!200 = distinct !DILexicalBlock(scope: !196, file: !2, line: 56, column: 21)
!201 = !DILocation(line: 58, column: 7, scope: !200)
!202 = distinct !{!202, !203, !204}
!203 = !DILocation(line: 54, column: 3, scope: !190)
!204 = !DILocation(line: 63, column: 3, scope: !190)
!205 = !DILocalVariable(name: "i", scope: !206, file: !2, line: 60, type: !95)
!206 = distinct !DILexicalBlock(scope: !188, file: !2, line: 60, column: 5)
!207 = !DILocation(line: 60, column: 14, scope: !206)
!208 = !DILocation(line: 60, column: 10, scope: !206)
!209 = !DILocation(line: 60, column: 21, scope: !210)
!210 = distinct !DILexicalBlock(scope: !206, file: !2, line: 60, column: 5)
!211 = !DILocation(line: 60, column: 25, scope: !210)
!212 = !DILocation(line: 60, column: 23, scope: !210)
!213 = !DILocation(line: 60, column: 5, scope: !206)
!214 = !DILocation(line: 61, column: 18, scope: !215)
!215 = distinct !DILexicalBlock(scope: !210, file: !2, line: 61, column: 11)
!216 = !DILocation(line: 61, column: 11, scope: !215)
!217 = !DILocation(line: 61, column: 21, scope: !215)
!218 = !DILocation(line: 61, column: 28, scope: !215)
!219 = !DILocation(line: 61, column: 11, scope: !210)
!220 = !DILocation(line: 62, column: 26, scope: !215)
!221 = !DILocation(line: 62, column: 19, scope: !215)
!222 = !DILocation(line: 62, column: 29, scope: !215)
!223 = !DILocation(line: 62, column: 34, scope: !215)
!224 = !DILocation(line: 62, column: 9, scope: !215)
!225 = !DILocation(line: 61, column: 30, scope: !215)
!226 = !DILocation(line: 60, column: 32, scope: !210)
!227 = !DILocation(line: 60, column: 5, scope: !210)
!228 = distinct !{!228, !213, !229, !230}
!229 = !DILocation(line: 62, column: 36, scope: !206)
!230 = !{!"llvm.loop.mustprogress"}
!231 = !DILocation(line: 54, column: 3, scope: !189)
!232 = distinct !DISubprogram(name: "serve_one", scope: !2, file: !2, line: 15, type: !233, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !29, retainedNodes: !96)
!233 = !DISubroutineType(types: !234)
!234 = !{null, !95}
!235 = !DILocalVariable(name: "fd", arg: 1, scope: !232, file: !2, line: 15, type: !95)
!236 = !DILocation(line: 15, column: 27, scope: !232)
!237 = !DILocalVariable(name: "req", scope: !232, file: !2, line: 16, type: !238)
!238 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 1024, elements: !239)
!239 = !{!240}
!240 = !DISubrange(count: 128)
!241 = !DILocation(line: 16, column: 8, scope: !232)
!242 = !DILocalVariable(name: "client", scope: !232, file: !2, line: 17, type: !108)
!243 = !DILocation(line: 17, column: 22, scope: !232)
!244 = !DILocalVariable(name: "clen", scope: !232, file: !2, line: 18, type: !245)
!245 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !71, line: 33, baseType: !246)
!246 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !68, line: 210, baseType: !33)
!247 = !DILocation(line: 18, column: 13, scope: !232)
!248 = !DILocalVariable(name: "n", scope: !232, file: !2, line: 19, type: !249)
!249 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !250, line: 108, baseType: !251)
!250 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !68, line: 194, baseType: !252)
!252 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!253 = !DILocation(line: 19, column: 11, scope: !232)
!254 = !DILocation(line: 19, column: 24, scope: !232)
!255 = !DILocation(line: 19, column: 28, scope: !232)
!256 = !DILocation(line: 19, column: 15, scope: !232)
!257 = !DILocation(line: 21, column: 7, scope: !258)
!258 = distinct !DILexicalBlock(scope: !232, file: !2, line: 21, column: 7)
!259 = !DILocation(line: 21, column: 9, scope: !258)
!260 = !DILocation(line: 21, column: 7, scope: !232)
!261 = !DILocation(line: 22, column: 5, scope: !258)
!262 = !DILocalVariable(name: "key", scope: !232, file: !2, line: 23, type: !78)
!263 = !DILocation(line: 23, column: 17, scope: !232)
!264 = !DILocation(line: 23, column: 38, scope: !232)
!265 = !DILocation(line: 24, column: 10, scope: !232)
!266 = !DILocation(line: 24, column: 20, scope: !232)
!267 = !DILocation(line: 24, column: 14, scope: !232)
!268 = !DILocation(line: 24, column: 39, scope: !232)
!269 = !DILocation(line: 24, column: 33, scope: !232)
!270 = !DILocation(line: 24, column: 26, scope: !232)
!271 = !DILocation(line: 25, column: 10, scope: !232)
!272 = !DILocation(line: 24, column: 3, scope: !232)
!273 = !DILocation(line: 26, column: 1, scope: !232)
