; Several sockets of different kinds at one receive (a memcached-like
; server, udp-tcp-unix.c): a poll loop over a UDP socket (#0, port
; 11311), a TCP listener (#1) whose connections (#3) it adds to the set,
; and a unix datagram socket (#2); every readable fd but the listener goes
; through serve(), which counts the request and echoes it to its source.
; The receive may be on #0, #2 or #3 (the landmarks' MixedSocketFd).
; Each UDP/TCP socket is planned on its own: an offload sees only its own
; socket's traffic, and the unix socket's requests stay in userspace. The
; UDP path (#0) is offloaded: it replies on the fd it received on. The
; TCP one (#3) is offloaded to sk_skb.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=MIXED
;
; The landmarks' finding says what the planner does with it:
; MIXED: note: MixedSocketFd: recvfrom in serve: its fd may be socket #0 (udp), #2 (datagram), #3 (tcp);{{.*}}: the planner plans each UDP/TCP socket's requests on their own, on a path that must not test which socket it is (udp-tcp-unix.c:18)
;
; CHECK-LABEL: koffload plan for 'udp-tcp-unix.c'
; CHECK:       candidate #0: socket #0 udp port 11311, event loop #0, hook xdp
; CHECK-NEXT:  hook-reason: UDP
; CHECK-NEXT:  arrival: udp-tcp-unix.c:18
; CHECK-NEXT:  reply: udp-tcp-unix.c:22
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload: omega 1.000 >
; CHECK-NOT:   blocked:
; CHECK:       candidate #1: socket #3 tcp port 11311, event loop #0, hook sk_skb
; CHECK:       decision: offload: omega 1.000 > rho {{[0-9.]+}} + margin 0.05
; CHECK-NOT:   blocked:
; CHECK:       note: SocketsPlannedApart: the receive may be on socket #0 (udp ipv4), #3 (tcp ipv4), #2 (datagram unix): requests on #0 (udp ipv4), #3 (tcp ipv4) are planned per socket; those on #2 (datagram unix) stay in userspace (no offload sees them) (udp-tcp-unix.c:18)
; CHECK-NEXT:  summary: 2 candidates, 2 offloaded
;
; MADE-FROM: Inputs/udp-tcp-unix.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-tcp-unix.c

; ModuleID = 'udp-tcp-unix.c'

; ModuleID = 'udp-tcp-unix.c'
source_filename = "udp-tcp-unix.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.pollfd = type { i32, i16, i16 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [7 x i8] c"kv-ctl\00", align 1, !dbg !0
@hits = internal global i64 0, align 8, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !47 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.sockaddr_un, align 2
  %6 = alloca i32, align 4
  %7 = alloca [64 x %struct.pollfd], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !52, !DIExpression(), !75)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !75
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !76
  store i16 2, ptr %12, align 4, !dbg !77
  %13 = call zeroext i16 @htons(i16 noundef zeroext 11311) #5, !dbg !78
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !79
  store i16 %13, ptr %14, align 2, !dbg !80
    #dbg_declare(ptr %3, !81, !DIExpression(), !82)
  %15 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !83
  store i32 %15, ptr %3, align 4, !dbg !82
  %16 = load i32, ptr %3, align 4, !dbg !84
  %17 = call i32 @bind(i32 noundef %16, ptr noundef %2, i32 noundef 16) #6, !dbg !85
    #dbg_declare(ptr %4, !86, !DIExpression(), !87)
  %18 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !88
  store i32 %18, ptr %4, align 4, !dbg !87
  %19 = load i32, ptr %4, align 4, !dbg !89
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %2, i32 noundef 16) #6, !dbg !90
  %21 = load i32, ptr %4, align 4, !dbg !91
  %22 = call i32 @listen(i32 noundef %21, i32 noundef 16) #6, !dbg !92
    #dbg_declare(ptr %5, !93, !DIExpression(), !102)
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 110, i1 false), !dbg !102
  %23 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 0, !dbg !103
  store i16 1, ptr %23, align 2, !dbg !104
  %24 = getelementptr inbounds %struct.sockaddr_un, ptr %5, i32 0, i32 1, !dbg !105
  %25 = getelementptr inbounds [108 x i8], ptr %24, i64 0, i64 0, !dbg !106
  %26 = getelementptr inbounds i8, ptr %25, i64 1, !dbg !107
  %27 = call ptr @strcpy(ptr noundef %26, ptr noundef @.str) #6, !dbg !108
    #dbg_declare(ptr %6, !109, !DIExpression(), !110)
  %28 = call i32 @socket(i32 noundef 1, i32 noundef 2, i32 noundef 0) #6, !dbg !111
  store i32 %28, ptr %6, align 4, !dbg !110
  %29 = load i32, ptr %6, align 4, !dbg !112
  %30 = call i32 @bind(i32 noundef %29, ptr noundef %5, i32 noundef 110) #6, !dbg !113
    #dbg_declare(ptr %7, !114, !DIExpression(), !125)
    #dbg_declare(ptr %8, !126, !DIExpression(), !127)
  store i32 3, ptr %8, align 4, !dbg !127
  %31 = load i32, ptr %3, align 4, !dbg !128
  %32 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 0, !dbg !129
  %33 = getelementptr inbounds %struct.pollfd, ptr %32, i32 0, i32 0, !dbg !130
  store i32 %31, ptr %33, align 16, !dbg !131
  %34 = load i32, ptr %4, align 4, !dbg !132
  %35 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 1, !dbg !133
  %36 = getelementptr inbounds %struct.pollfd, ptr %35, i32 0, i32 0, !dbg !134
  store i32 %34, ptr %36, align 8, !dbg !135
  %37 = load i32, ptr %6, align 4, !dbg !136
  %38 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 2, !dbg !137
  %39 = getelementptr inbounds %struct.pollfd, ptr %38, i32 0, i32 0, !dbg !138
  store i32 %37, ptr %39, align 16, !dbg !139
    #dbg_declare(ptr %9, !140, !DIExpression(), !142)
  store i32 0, ptr %9, align 4, !dbg !142
  br label %40, !dbg !143

40:                                               ; preds = %48, %0
  %41 = load i32, ptr %9, align 4, !dbg !144
  %42 = icmp slt i32 %41, 3, !dbg !146
  br i1 %42, label %43, label %51, !dbg !147

43:                                               ; preds = %40
  %44 = load i32, ptr %9, align 4, !dbg !148
  %45 = sext i32 %44 to i64, !dbg !149
  %46 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %45, !dbg !149
  %47 = getelementptr inbounds %struct.pollfd, ptr %46, i32 0, i32 1, !dbg !150
  store i16 1, ptr %47, align 4, !dbg !151
  br label %48, !dbg !149

48:                                               ; preds = %43
  %49 = load i32, ptr %9, align 4, !dbg !152
  %50 = add nsw i32 %49, 1, !dbg !152
  store i32 %50, ptr %9, align 4, !dbg !152
  br label %40, !dbg !153, !llvm.loop !154

51:                                               ; preds = %40
  br label %52, !dbg !157

52:                                               ; preds = %112, %58, %51
  %53 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 0, !dbg !158
  %54 = load i32, ptr %8, align 4, !dbg !163
  %55 = sext i32 %54 to i64, !dbg !163
  %56 = call i32 @poll(ptr noundef %53, i64 noundef %55, i32 noundef -1), !dbg !164
  %57 = icmp slt i32 %56, 0, !dbg !165
  br i1 %57, label %58, label %59, !dbg !166

58:                                               ; preds = %52
  br label %52, !dbg !167, !llvm.loop !168

59:                                               ; preds = %52
    #dbg_declare(ptr %10, !171, !DIExpression(), !173)
  store i32 0, ptr %10, align 4, !dbg !173
  br label %60, !dbg !174

60:                                               ; preds = %109, %59
  %61 = load i32, ptr %10, align 4, !dbg !175
  %62 = load i32, ptr %8, align 4, !dbg !177
  %63 = icmp slt i32 %61, %62, !dbg !178
  br i1 %63, label %64, label %112, !dbg !179

64:                                               ; preds = %60
  %65 = load i32, ptr %10, align 4, !dbg !180
  %66 = sext i32 %65 to i64, !dbg !183
  %67 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %66, !dbg !183
  %68 = getelementptr inbounds %struct.pollfd, ptr %67, i32 0, i32 2, !dbg !184
  %69 = load i16, ptr %68, align 2, !dbg !184
  %70 = sext i16 %69 to i32, !dbg !183
  %71 = and i32 %70, 1, !dbg !185
  %72 = icmp ne i32 %71, 0, !dbg !185
  br i1 %72, label %74, label %73, !dbg !186

73:                                               ; preds = %64
  br label %109, !dbg !187

74:                                               ; preds = %64
  %75 = load i32, ptr %10, align 4, !dbg !188
  %76 = sext i32 %75 to i64, !dbg !190
  %77 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %76, !dbg !190
  %78 = getelementptr inbounds %struct.pollfd, ptr %77, i32 0, i32 0, !dbg !191
  %79 = load i32, ptr %78, align 8, !dbg !191
  %80 = load i32, ptr %4, align 4, !dbg !192
  %81 = icmp eq i32 %79, %80, !dbg !193
  br i1 %81, label %82, label %103, !dbg !194

82:                                               ; preds = %74
    #dbg_declare(ptr %11, !195, !DIExpression(), !197)
  %83 = load i32, ptr %4, align 4, !dbg !198
  %84 = call i32 @accept(i32 noundef %83, ptr noundef null, ptr noundef null), !dbg !199
  store i32 %84, ptr %11, align 4, !dbg !197
  %85 = load i32, ptr %11, align 4, !dbg !200
  %86 = icmp sge i32 %85, 0, !dbg !202
  br i1 %86, label %87, label %102, !dbg !203

87:                                               ; preds = %82
  %88 = load i32, ptr %8, align 4, !dbg !204
  %89 = icmp slt i32 %88, 64, !dbg !205
  br i1 %89, label %90, label %102, !dbg !206

90:                                               ; preds = %87
  %91 = load i32, ptr %11, align 4, !dbg !207
  %92 = load i32, ptr %8, align 4, !dbg !209
  %93 = sext i32 %92 to i64, !dbg !210
  %94 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %93, !dbg !210
  %95 = getelementptr inbounds %struct.pollfd, ptr %94, i32 0, i32 0, !dbg !211
  store i32 %91, ptr %95, align 8, !dbg !212
  %96 = load i32, ptr %8, align 4, !dbg !213
  %97 = sext i32 %96 to i64, !dbg !214
  %98 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %97, !dbg !214
  %99 = getelementptr inbounds %struct.pollfd, ptr %98, i32 0, i32 1, !dbg !215
  store i16 1, ptr %99, align 4, !dbg !216
  %100 = load i32, ptr %8, align 4, !dbg !217
  %101 = add nsw i32 %100, 1, !dbg !217
  store i32 %101, ptr %8, align 4, !dbg !217
  br label %102, !dbg !218

102:                                              ; preds = %90, %87, %82
  br label %109, !dbg !219

103:                                              ; preds = %74
  %104 = load i32, ptr %10, align 4, !dbg !220
  %105 = sext i32 %104 to i64, !dbg !221
  %106 = getelementptr inbounds [64 x %struct.pollfd], ptr %7, i64 0, i64 %105, !dbg !221
  %107 = getelementptr inbounds %struct.pollfd, ptr %106, i32 0, i32 0, !dbg !222
  %108 = load i32, ptr %107, align 8, !dbg !222
  call void @serve(i32 noundef %108), !dbg !223
  br label %109, !dbg !224

109:                                              ; preds = %103, %102, %73
  %110 = load i32, ptr %10, align 4, !dbg !225
  %111 = add nsw i32 %110, 1, !dbg !225
  store i32 %111, ptr %10, align 4, !dbg !225
  br label %60, !dbg !226, !llvm.loop !227

112:                                              ; preds = %60
  br label %52, !dbg !229, !llvm.loop !168
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

declare i32 @poll(ptr noundef, i64 noundef, i32 noundef) #4

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @serve(i32 noundef %0) #0 !dbg !230 {
  %2 = alloca i32, align 4
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_storage, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !233, !DIExpression(), !234)
    #dbg_declare(ptr %3, !235, !DIExpression(), !239)
    #dbg_declare(ptr %4, !240, !DIExpression(), !249)
    #dbg_declare(ptr %5, !250, !DIExpression(), !253)
  store i32 128, ptr %5, align 4, !dbg !253
    #dbg_declare(ptr %6, !254, !DIExpression(), !259)
  %7 = load i32, ptr %2, align 4, !dbg !260
  %8 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !261
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !262
  store i64 %9, ptr %6, align 8, !dbg !259
  %10 = load i64, ptr %6, align 8, !dbg !263
  %11 = icmp sle i64 %10, 0, !dbg !265
  br i1 %11, label %12, label %13, !dbg !266

12:                                               ; preds = %1
  br label %21, !dbg !267

13:                                               ; preds = %1
  %14 = load i64, ptr @hits, align 8, !dbg !268
  %15 = add i64 %14, 1, !dbg !268
  store i64 %15, ptr @hits, align 8, !dbg !268
  %16 = load i32, ptr %2, align 4, !dbg !269
  %17 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !270
  %18 = load i64, ptr %6, align 8, !dbg !271
  %19 = load i32, ptr %5, align 4, !dbg !272
  %20 = call i64 @sendto(i32 noundef %16, ptr noundef %17, i64 noundef %18, i32 noundef 0, ptr noundef %4, i32 noundef %19), !dbg !273
  br label %21, !dbg !274

21:                                               ; preds = %13, %12
  ret void, !dbg !274
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!9}
!llvm.module.flags = !{!39, !40, !41, !42, !43, !44, !45}
!llvm.ident = !{!46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-tcp-unix.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d0b92a7e672712b1219cb5295f75a418")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "hits", scope: !9, file: !2, line: 12, type: !38, isLocal: true, isDefinition: true)
!9 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !10, retainedTypes: !24, globals: !37, splitDebugInlining: false, nameTableKind: None)
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
!24 = !{!25}
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 14)
!37 = !{!0, !7}
!38 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!39 = !{i32 7, !"Dwarf Version", i32 5}
!40 = !{i32 2, !"Debug Info Version", i32 3}
!41 = !{i32 1, !"wchar_size", i32 4}
!42 = !{i32 8, !"PIC Level", i32 2}
!43 = !{i32 7, !"PIE Level", i32 2}
!44 = !{i32 7, !"uwtable", i32 2}
!45 = !{i32 7, !"frame-pointer", i32 2}
!46 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!47 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !48, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !9, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!50}
!50 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!51 = !{}
!52 = !DILocalVariable(name: "in", scope: !47, file: !2, line: 26, type: !53)
!53 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !54, line: 245, size: 128, elements: !55)
!54 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!55 = !{!56, !57, !63, !70}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !53, file: !54, line: 247, baseType: !30, size: 16)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !53, file: !54, line: 248, baseType: !58, size: 16, offset: 16)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !54, line: 123, baseType: !59)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !60, line: 25, baseType: !61)
!60 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !62, line: 40, baseType: !32)
!62 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !53, file: !54, line: 249, baseType: !64, size: 32, offset: 32)
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !54, line: 31, size: 32, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !64, file: !54, line: 33, baseType: !67, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !54, line: 30, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !60, line: 26, baseType: !69)
!69 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !62, line: 42, baseType: !13)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !53, file: !54, line: 252, baseType: !71, size: 64, offset: 64)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !72, size: 64, elements: !73)
!72 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!73 = !{!74}
!74 = !DISubrange(count: 8)
!75 = !DILocation(line: 26, column: 22, scope: !47)
!76 = !DILocation(line: 27, column: 6, scope: !47)
!77 = !DILocation(line: 27, column: 17, scope: !47)
!78 = !DILocation(line: 28, column: 17, scope: !47)
!79 = !DILocation(line: 28, column: 6, scope: !47)
!80 = !DILocation(line: 28, column: 15, scope: !47)
!81 = !DILocalVariable(name: "udp", scope: !47, file: !2, line: 29, type: !50)
!82 = !DILocation(line: 29, column: 7, scope: !47)
!83 = !DILocation(line: 29, column: 13, scope: !47)
!84 = !DILocation(line: 30, column: 8, scope: !47)
!85 = !DILocation(line: 30, column: 3, scope: !47)
!86 = !DILocalVariable(name: "lst", scope: !47, file: !2, line: 31, type: !50)
!87 = !DILocation(line: 31, column: 7, scope: !47)
!88 = !DILocation(line: 31, column: 13, scope: !47)
!89 = !DILocation(line: 32, column: 8, scope: !47)
!90 = !DILocation(line: 32, column: 3, scope: !47)
!91 = !DILocation(line: 33, column: 10, scope: !47)
!92 = !DILocation(line: 33, column: 3, scope: !47)
!93 = !DILocalVariable(name: "un", scope: !47, file: !2, line: 34, type: !94)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !95, line: 29, size: 880, elements: !96)
!95 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!96 = !{!97, !98}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !94, file: !95, line: 31, baseType: !30, size: 16)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !94, file: !95, line: 32, baseType: !99, size: 864, offset: 16)
!99 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 864, elements: !100)
!100 = !{!101}
!101 = !DISubrange(count: 108)
!102 = !DILocation(line: 34, column: 22, scope: !47)
!103 = !DILocation(line: 35, column: 6, scope: !47)
!104 = !DILocation(line: 35, column: 17, scope: !47)
!105 = !DILocation(line: 36, column: 13, scope: !47)
!106 = !DILocation(line: 36, column: 10, scope: !47)
!107 = !DILocation(line: 36, column: 22, scope: !47)
!108 = !DILocation(line: 36, column: 3, scope: !47)
!109 = !DILocalVariable(name: "ctl", scope: !47, file: !2, line: 37, type: !50)
!110 = !DILocation(line: 37, column: 7, scope: !47)
!111 = !DILocation(line: 37, column: 13, scope: !47)
!112 = !DILocation(line: 38, column: 8, scope: !47)
!113 = !DILocation(line: 38, column: 3, scope: !47)
!114 = !DILocalVariable(name: "fds", scope: !47, file: !2, line: 40, type: !115)
!115 = !DICompositeType(tag: DW_TAG_array_type, baseType: !116, size: 4096, elements: !123)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !117, line: 36, size: 64, elements: !118)
!117 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!118 = !{!119, !120, !122}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !116, file: !117, line: 38, baseType: !50, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !116, file: !117, line: 39, baseType: !121, size: 16, offset: 32)
!121 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !116, file: !117, line: 40, baseType: !121, size: 16, offset: 48)
!123 = !{!124}
!124 = !DISubrange(count: 64)
!125 = !DILocation(line: 40, column: 17, scope: !47)
!126 = !DILocalVariable(name: "nfds", scope: !47, file: !2, line: 41, type: !50)
!127 = !DILocation(line: 41, column: 7, scope: !47)
!128 = !DILocation(line: 42, column: 15, scope: !47)
!129 = !DILocation(line: 42, column: 3, scope: !47)
!130 = !DILocation(line: 42, column: 10, scope: !47)
!131 = !DILocation(line: 42, column: 13, scope: !47)
!132 = !DILocation(line: 43, column: 15, scope: !47)
!133 = !DILocation(line: 43, column: 3, scope: !47)
!134 = !DILocation(line: 43, column: 10, scope: !47)
!135 = !DILocation(line: 43, column: 13, scope: !47)
!136 = !DILocation(line: 44, column: 15, scope: !47)
!137 = !DILocation(line: 44, column: 3, scope: !47)
!138 = !DILocation(line: 44, column: 10, scope: !47)
!139 = !DILocation(line: 44, column: 13, scope: !47)
!140 = !DILocalVariable(name: "i", scope: !141, file: !2, line: 45, type: !50)
!141 = distinct !DILexicalBlock(scope: !47, file: !2, line: 45, column: 3)
!142 = !DILocation(line: 45, column: 12, scope: !141)
!143 = !DILocation(line: 45, column: 8, scope: !141)
!144 = !DILocation(line: 45, column: 19, scope: !145)
!145 = distinct !DILexicalBlock(scope: !141, file: !2, line: 45, column: 3)
!146 = !DILocation(line: 45, column: 21, scope: !145)
!147 = !DILocation(line: 45, column: 3, scope: !141)
!148 = !DILocation(line: 46, column: 9, scope: !145)
!149 = !DILocation(line: 46, column: 5, scope: !145)
!150 = !DILocation(line: 46, column: 12, scope: !145)
!151 = !DILocation(line: 46, column: 19, scope: !145)
!152 = !DILocation(line: 45, column: 27, scope: !145)
!153 = !DILocation(line: 45, column: 3, scope: !145)
!154 = distinct !{!154, !147, !155, !156}
!155 = !DILocation(line: 46, column: 21, scope: !141)
!156 = !{!"llvm.loop.mustprogress"}
!157 = !DILocation(line: 47, column: 3, scope: !47)
!158 = !DILocation(line: 48, column: 14, scope: !159)
!159 = distinct !DILexicalBlock(scope: !160, file: !2, line: 48, column: 9)
!160 = distinct !DILexicalBlock(scope: !161, file: !2, line: 47, column: 12)
!161 = distinct !DILexicalBlock(scope: !162, file: !2, line: 47, column: 3)
!162 = distinct !DILexicalBlock(scope: !47, file: !2, line: 47, column: 3)
!163 = !DILocation(line: 48, column: 19, scope: !159)
!164 = !DILocation(line: 48, column: 9, scope: !159)
!165 = !DILocation(line: 48, column: 29, scope: !159)
!166 = !DILocation(line: 48, column: 9, scope: !160)
!167 = !DILocation(line: 49, column: 7, scope: !159)
!168 = distinct !{!168, !169, !170}
!169 = !DILocation(line: 47, column: 3, scope: !162)
!170 = !DILocation(line: 64, column: 3, scope: !162)
!171 = !DILocalVariable(name: "i", scope: !172, file: !2, line: 50, type: !50)
!172 = distinct !DILexicalBlock(scope: !160, file: !2, line: 50, column: 5)
!173 = !DILocation(line: 50, column: 14, scope: !172)
!174 = !DILocation(line: 50, column: 10, scope: !172)
!175 = !DILocation(line: 50, column: 21, scope: !176)
!176 = distinct !DILexicalBlock(scope: !172, file: !2, line: 50, column: 5)
!177 = !DILocation(line: 50, column: 25, scope: !176)
!178 = !DILocation(line: 50, column: 23, scope: !176)
!179 = !DILocation(line: 50, column: 5, scope: !172)
!180 = !DILocation(line: 51, column: 17, scope: !181)
!181 = distinct !DILexicalBlock(scope: !182, file: !2, line: 51, column: 11)
!182 = distinct !DILexicalBlock(scope: !176, file: !2, line: 50, column: 36)
!183 = !DILocation(line: 51, column: 13, scope: !181)
!184 = !DILocation(line: 51, column: 20, scope: !181)
!185 = !DILocation(line: 51, column: 28, scope: !181)
!186 = !DILocation(line: 51, column: 11, scope: !182)
!187 = !DILocation(line: 52, column: 9, scope: !181)
!188 = !DILocation(line: 53, column: 15, scope: !189)
!189 = distinct !DILexicalBlock(scope: !182, file: !2, line: 53, column: 11)
!190 = !DILocation(line: 53, column: 11, scope: !189)
!191 = !DILocation(line: 53, column: 18, scope: !189)
!192 = !DILocation(line: 53, column: 24, scope: !189)
!193 = !DILocation(line: 53, column: 21, scope: !189)
!194 = !DILocation(line: 53, column: 11, scope: !182)
!195 = !DILocalVariable(name: "c", scope: !196, file: !2, line: 54, type: !50)
!196 = distinct !DILexicalBlock(scope: !189, file: !2, line: 53, column: 29)
!197 = !DILocation(line: 54, column: 13, scope: !196)
!198 = !DILocation(line: 54, column: 24, scope: !196)
!199 = !DILocation(line: 54, column: 17, scope: !196)
!200 = !DILocation(line: 55, column: 13, scope: !201)
!201 = distinct !DILexicalBlock(scope: !196, file: !2, line: 55, column: 13)
!202 = !DILocation(line: 55, column: 15, scope: !201)
!203 = !DILocation(line: 55, column: 20, scope: !201)
!204 = !DILocation(line: 55, column: 23, scope: !201)
!205 = !DILocation(line: 55, column: 28, scope: !201)
!206 = !DILocation(line: 55, column: 13, scope: !196)
!207 = !DILocation(line: 56, column: 26, scope: !208)
!208 = distinct !DILexicalBlock(scope: !201, file: !2, line: 55, column: 34)
!209 = !DILocation(line: 56, column: 15, scope: !208)
!210 = !DILocation(line: 56, column: 11, scope: !208)
!211 = !DILocation(line: 56, column: 21, scope: !208)
!212 = !DILocation(line: 56, column: 24, scope: !208)
!213 = !DILocation(line: 57, column: 15, scope: !208)
!214 = !DILocation(line: 57, column: 11, scope: !208)
!215 = !DILocation(line: 57, column: 21, scope: !208)
!216 = !DILocation(line: 57, column: 28, scope: !208)
!217 = !DILocation(line: 58, column: 15, scope: !208)
!218 = !DILocation(line: 59, column: 9, scope: !208)
!219 = !DILocation(line: 60, column: 9, scope: !196)
!220 = !DILocation(line: 62, column: 17, scope: !182)
!221 = !DILocation(line: 62, column: 13, scope: !182)
!222 = !DILocation(line: 62, column: 20, scope: !182)
!223 = !DILocation(line: 62, column: 7, scope: !182)
!224 = !DILocation(line: 63, column: 5, scope: !182)
!225 = !DILocation(line: 50, column: 32, scope: !176)
!226 = !DILocation(line: 50, column: 5, scope: !176)
!227 = distinct !{!227, !179, !228, !156}
!228 = !DILocation(line: 63, column: 5, scope: !172)
!229 = !DILocation(line: 47, column: 3, scope: !161)
!230 = distinct !DISubprogram(name: "serve", scope: !2, file: !2, line: 14, type: !231, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !9, retainedNodes: !51)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !50}
!233 = !DILocalVariable(name: "fd", arg: 1, scope: !230, file: !2, line: 14, type: !50)
!234 = !DILocation(line: 14, column: 23, scope: !230)
!235 = !DILocalVariable(name: "buf", scope: !230, file: !2, line: 15, type: !236)
!236 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 4096, elements: !237)
!237 = !{!238}
!238 = !DISubrange(count: 512)
!239 = !DILocation(line: 15, column: 8, scope: !230)
!240 = !DILocalVariable(name: "src", scope: !230, file: !2, line: 16, type: !241)
!241 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !27, line: 196, size: 1024, elements: !242)
!242 = !{!243, !244, !248}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !241, file: !27, line: 198, baseType: !30, size: 16)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !241, file: !27, line: 199, baseType: !245, size: 944, offset: 16)
!245 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !246)
!246 = !{!247}
!247 = !DISubrange(count: 118)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !241, file: !27, line: 200, baseType: !38, size: 64, offset: 960)
!249 = !DILocation(line: 16, column: 27, scope: !230)
!250 = !DILocalVariable(name: "len", scope: !230, file: !2, line: 17, type: !251)
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !252)
!252 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !62, line: 210, baseType: !13)
!253 = !DILocation(line: 17, column: 13, scope: !230)
!254 = !DILocalVariable(name: "n", scope: !230, file: !2, line: 18, type: !255)
!255 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !256, line: 108, baseType: !257)
!256 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!257 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !62, line: 194, baseType: !258)
!258 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!259 = !DILocation(line: 18, column: 11, scope: !230)
!260 = !DILocation(line: 18, column: 24, scope: !230)
!261 = !DILocation(line: 18, column: 28, scope: !230)
!262 = !DILocation(line: 18, column: 15, scope: !230)
!263 = !DILocation(line: 19, column: 7, scope: !264)
!264 = distinct !DILexicalBlock(scope: !230, file: !2, line: 19, column: 7)
!265 = !DILocation(line: 19, column: 9, scope: !264)
!266 = !DILocation(line: 19, column: 7, scope: !230)
!267 = !DILocation(line: 20, column: 5, scope: !264)
!268 = !DILocation(line: 21, column: 7, scope: !230)
!269 = !DILocation(line: 22, column: 10, scope: !230)
!270 = !DILocation(line: 22, column: 14, scope: !230)
!271 = !DILocation(line: 22, column: 19, scope: !230)
!272 = !DILocation(line: 22, column: 50, scope: !230)
!273 = !DILocation(line: 22, column: 3, scope: !230)
!274 = !DILocation(line: 23, column: 1, scope: !230)
