; counter-then-log.c counts every request (requests = requests + 1, line
; 22) and then logs anything but PING to a file (line 24). The store comes
; before the branch that may fall back (line 23), and memcmp (line 23) and
; the reply (line 30) have checks of their own that may fall back too: the
; offload keeps the amount it added and subtracts it on the way to
; userspace, so a request that falls back has not counted itself when
; userspace runs it again.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-analysis=koffload -koffload-report=%t.json -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; e=c['effects']; assert [(x['target'], x['location'], x['handling']) for x in e] == [('requests', 'counter-then-log.c:22', 'undone-on-fallback')], e; assert [x['kind'] for x in c['fallback_points']] == ['libc-cap', 'reply'], c['fallback_points']; assert c['shared'][0]['sync'] == 'atomic-rmw', c['shared']" %t.json
;
; CHECK-LABEL: koffload plan for 'counter-then-log.c'
; CHECK:       arrival: counter-then-log.c:19
; CHECK-NEXT:  reply: counter-then-log.c:30
; CHECK:       decision: offload:
; CHECK:       fallback: counter-then-log.c:23 -> BlockingIO fopen at counter-then-log.c:24 (
; CHECK-NEXT:  fallback point: libc-cap at counter-then-log.c:23 (memcmp needs bytes beyond
; CHECK-NEXT:  fallback point: reply at counter-then-log.c:30 (
; CHECK-NEXT:  effect: store to requests at counter-then-log.c:22: undone-on-fallback (1 fallback exit(s) and 2 other fallback point(s)
; CHECK-NOT:   effect:
; CHECK:       shared: requests (8 B) kernel rw {{.*}}: atomic-rmw (read-modify-write of a word, by the offload on several CPUs at once and by userspace for requests that fall back
;
; REMARK: remark: counter-then-log.c:22:{{[0-9]+}}: store to requests: undone-on-fallback
;
; MADE-FROM: Inputs/counter-then-log.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - counter-then-log.c

; ModuleID = 'counter-then-log.c'
source_filename = "counter-then-log.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@requests = dso_local global i64 0, align 8, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"PING\00", align 1, !dbg !40
@.str.1 = private unnamed_addr constant [19 x i8] c"/var/log/pingd.log\00", align 1, !dbg !45
@.str.2 = private unnamed_addr constant [2 x i8] c"a\00", align 1, !dbg !50
@.str.3 = private unnamed_addr constant [5 x i8] c"PONG\00", align 1, !dbg !55

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !65 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.pollfd, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #7, !dbg !95
    #dbg_declare(ptr %2, !70, !DIExpression(), !96)
  %5 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !97
  store i32 %5, ptr %2, align 4, !dbg !96, !tbaa !98
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #7, !dbg !102
    #dbg_declare(ptr %3, !71, !DIExpression(), !103)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !104
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !105
  store i16 2, ptr %6, align 4, !dbg !106, !tbaa !107
  %7 = call zeroext i16 @__bswap_16(i16 noundef zeroext 4040), !dbg !111
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !112
  store i16 %7, ptr %8, align 2, !dbg !113, !tbaa !114
  %9 = call i32 @__bswap_32(i32 noundef 0), !dbg !115
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !116
  %11 = getelementptr inbounds %struct.in_addr, ptr %10, i32 0, i32 0, !dbg !117
  store i32 %9, ptr %11, align 4, !dbg !118, !tbaa !119
  %12 = load i32, ptr %2, align 4, !dbg !120, !tbaa !98
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #7, !dbg !122
  %14 = icmp slt i32 %13, 0, !dbg !123
  br i1 %14, label %15, label %16, !dbg !124

15:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #7, !dbg !125
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #7, !dbg !125
  ret i32 1, !dbg !126

16:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #7, !dbg !127
    #dbg_declare(ptr %4, !87, !DIExpression(), !128)
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !129
  %18 = load i32, ptr %2, align 4, !dbg !130, !tbaa !98
  store i32 %18, ptr %17, align 4, !dbg !129, !tbaa !131
  %19 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !129
  store i16 1, ptr %19, align 4, !dbg !129, !tbaa !133
  %20 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !129
  store i16 0, ptr %20, align 2, !dbg !129, !tbaa !134
  br label %21, !dbg !135

21:                                               ; preds = %32, %16
  %22 = call i32 @poll(ptr noundef %4, i64 noundef 1, i32 noundef -1), !dbg !136
  %23 = icmp sgt i32 %22, 0, !dbg !140
  br i1 %23, label %24, label %32, !dbg !141

24:                                               ; preds = %21
  %25 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !142
  %26 = load i16, ptr %25, align 2, !dbg !142, !tbaa !134
  %27 = sext i16 %26 to i32, !dbg !143
  %28 = and i32 %27, 1, !dbg !144
  %29 = icmp ne i32 %28, 0, !dbg !144
  br i1 %29, label %30, label %32, !dbg !145

30:                                               ; preds = %24
  %31 = load i32, ptr %2, align 4, !dbg !146, !tbaa !98
  call void @handle(i32 noundef %31), !dbg !147
  br label %32, !dbg !147

32:                                               ; preds = %30, %24, %21
  br label %21, !dbg !148, !llvm.loop !149
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !152 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !156 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !162
    #dbg_declare(ptr %2, !161, !DIExpression(), !163)
  %3 = load i16, ptr %2, align 2, !dbg !164, !tbaa !162
  %4 = zext i16 %3 to i32, !dbg !164
  %5 = ashr i32 %4, 8, !dbg !164
  %6 = and i32 %5, 255, !dbg !164
  %7 = load i16, ptr %2, align 2, !dbg !164, !tbaa !162
  %8 = zext i16 %7 to i32, !dbg !164
  %9 = and i32 %8, 255, !dbg !164
  %10 = shl i32 %9, 8, !dbg !164
  %11 = or i32 %6, %10, !dbg !164
  %12 = trunc i32 %11 to i16, !dbg !164
  ret i16 %12, !dbg !165
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !166 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !98
    #dbg_declare(ptr %2, !170, !DIExpression(), !171)
  %3 = load i32, ptr %2, align 4, !dbg !172, !tbaa !98
  %4 = and i32 %3, -16777216, !dbg !172
  %5 = lshr i32 %4, 24, !dbg !172
  %6 = load i32, ptr %2, align 4, !dbg !172, !tbaa !98
  %7 = and i32 %6, 16711680, !dbg !172
  %8 = lshr i32 %7, 8, !dbg !172
  %9 = or i32 %5, %8, !dbg !172
  %10 = load i32, ptr %2, align 4, !dbg !172, !tbaa !98
  %11 = and i32 %10, 65280, !dbg !172
  %12 = shl i32 %11, 8, !dbg !172
  %13 = or i32 %9, %12, !dbg !172
  %14 = load i32, ptr %2, align 4, !dbg !172, !tbaa !98
  %15 = and i32 %14, 255, !dbg !172
  %16 = shl i32 %15, 24, !dbg !172
  %17 = or i32 %13, %16, !dbg !172
  ret i32 %17, !dbg !173
}

; Function Attrs: nounwind
declare !dbg !174 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !181 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

; Function Attrs: nounwind uwtable
define internal void @handle(i32 noundef %0) #0 !dbg !186 {
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !98
    #dbg_declare(ptr %2, !190, !DIExpression(), !262)
  call void @llvm.lifetime.start.p0(i64 256, ptr %3) #7, !dbg !263
    #dbg_declare(ptr %3, !191, !DIExpression(), !264)
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #7, !dbg !265
    #dbg_declare(ptr %4, !195, !DIExpression(), !266)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #7, !dbg !267
    #dbg_declare(ptr %5, !196, !DIExpression(), !268)
  store i32 16, ptr %5, align 4, !dbg !268, !tbaa !98
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #7, !dbg !269
    #dbg_declare(ptr %6, !197, !DIExpression(), !270)
  %9 = load i32, ptr %2, align 4, !dbg !271, !tbaa !98
  %10 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !272
  %11 = call i64 @recvfrom(i32 noundef %9, ptr noundef %10, i64 noundef 256, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !273
  store i64 %11, ptr %6, align 8, !dbg !270, !tbaa !274
  %12 = load i64, ptr %6, align 8, !dbg !276, !tbaa !274
  %13 = icmp slt i64 %12, 4, !dbg !278
  br i1 %13, label %14, label %15, !dbg !279

14:                                               ; preds = %1
  store i32 1, ptr %7, align 4
  br label %37, !dbg !280

15:                                               ; preds = %1
  %16 = load i64, ptr @requests, align 8, !dbg !281, !tbaa !274
  %17 = add i64 %16, 1, !dbg !282
  store i64 %17, ptr @requests, align 8, !dbg !283, !tbaa !274
  %18 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !284
  %19 = call i32 @memcmp(ptr noundef %18, ptr noundef @.str, i64 noundef 4) #8, !dbg !285
  %20 = icmp ne i32 %19, 0, !dbg !286
  br i1 %20, label %21, label %33, !dbg !287

21:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #7, !dbg !288
    #dbg_declare(ptr %8, !202, !DIExpression(), !289)
  %22 = call noalias ptr @fopen(ptr noundef @.str.1, ptr noundef @.str.2), !dbg !290
  store ptr %22, ptr %8, align 8, !dbg !289, !tbaa !291
  %23 = load ptr, ptr %8, align 8, !dbg !293, !tbaa !291
  %24 = icmp ne ptr %23, null, !dbg !293
  br i1 %24, label %25, label %32, !dbg !295

25:                                               ; preds = %21
  %26 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !296
  %27 = load i64, ptr %6, align 8, !dbg !298, !tbaa !274
  %28 = load ptr, ptr %8, align 8, !dbg !299, !tbaa !291
  %29 = call i64 @fwrite(ptr noundef %26, i64 noundef 1, i64 noundef %27, ptr noundef %28), !dbg !300
  %30 = load ptr, ptr %8, align 8, !dbg !301, !tbaa !291
  %31 = call i32 @fclose(ptr noundef %30), !dbg !302
  br label %32, !dbg !303

32:                                               ; preds = %25, %21
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #7, !dbg !304
  br label %33, !dbg !305

33:                                               ; preds = %32, %15
  %34 = load i32, ptr %2, align 4, !dbg !306, !tbaa !98
  %35 = load i32, ptr %5, align 4, !dbg !307, !tbaa !98
  %36 = call i64 @sendto(i32 noundef %34, ptr noundef @.str.3, i64 noundef 4, i32 noundef 0, ptr noundef %4, i32 noundef %35), !dbg !308
  store i32 0, ptr %7, align 4, !dbg !309
  br label %37, !dbg !309

37:                                               ; preds = %33, %14
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #7, !dbg !309
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #7, !dbg !309
  call void @llvm.lifetime.end.p0(i64 16, ptr %4) #7, !dbg !309
  call void @llvm.lifetime.end.p0(i64 256, ptr %3) #7, !dbg !309
  %38 = load i32, ptr %7, align 4
  switch i32 %38, label %40 [
    i32 0, label %39
    i32 1, label %39
  ]

39:                                               ; preds = %37, %37
  ret void, !dbg !309

40:                                               ; preds = %37
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !310 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !317 i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #6

declare !dbg !323 noalias ptr @fopen(ptr noundef, ptr noundef) #5

declare !dbg !330 i64 @fwrite(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #5

declare !dbg !335 i32 @fclose(ptr noundef) #5

declare !dbg !338 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!58, !59, !60, !61, !62, !63}
!llvm.ident = !{!64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "requests", scope: !2, file: !3, line: 13, type: !57, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !39, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "counter-then-log.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "cc5d3180ee836e45fae37623c1fef809")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !6, line: 24, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14, !15, !16, !17}
!9 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!10 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!11 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!12 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!13 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!14 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!15 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!16 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!17 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!18 = !{!19, !25, !38}
!19 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !20, line: 30, baseType: !21)
!20 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !7)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !27, line: 183, size: 128, elements: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!28 = !{!29, !33}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !26, file: !27, line: 185, baseType: !30, size: 16)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !31, line: 28, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!32 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !26, file: !27, line: 186, baseType: !34, size: 112, offset: 16)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!39 = !{!0, !40, !45, !50, !55}
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !3, line: 23, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 40, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 5)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !3, line: 24, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 152, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 19)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !3, line: 24, type: !52, isLocal: true, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 2)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !3, line: 30, type: !42, isLocal: true, isDefinition: true)
!57 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!58 = !{i32 7, !"Dwarf Version", i32 5}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 8, !"PIC Level", i32 2}
!62 = !{i32 7, !"PIE Level", i32 2}
!63 = !{i32 7, !"uwtable", i32 2}
!64 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!65 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 33, type: !66, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !69)
!66 = !DISubroutineType(types: !67)
!67 = !{!68}
!68 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!69 = !{!70, !71, !87}
!70 = !DILocalVariable(name: "fd", scope: !65, file: !3, line: 34, type: !68)
!71 = !DILocalVariable(name: "addr", scope: !65, file: !3, line: 35, type: !72)
!72 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !73)
!73 = !{!74, !75, !78, !82}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !72, file: !20, line: 247, baseType: !30, size: 16)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !72, file: !20, line: 248, baseType: !76, size: 16, offset: 16)
!76 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !77)
!77 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !38)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !72, file: !20, line: 249, baseType: !79, size: 32, offset: 32)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !80)
!80 = !{!81}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !79, file: !20, line: 33, baseType: !19, size: 32)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !72, file: !20, line: 252, baseType: !83, size: 64, offset: 64)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 64, elements: !85)
!84 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!85 = !{!86}
!86 = !DISubrange(count: 8)
!87 = !DILocalVariable(name: "pfd", scope: !65, file: !3, line: 42, type: !88)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !89, line: 36, size: 64, elements: !90)
!89 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!90 = !{!91, !92, !94}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !88, file: !89, line: 38, baseType: !68, size: 32)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !88, file: !89, line: 39, baseType: !93, size: 16, offset: 32)
!93 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !88, file: !89, line: 40, baseType: !93, size: 16, offset: 48)
!95 = !DILocation(line: 34, column: 3, scope: !65)
!96 = !DILocation(line: 34, column: 7, scope: !65)
!97 = !DILocation(line: 34, column: 12, scope: !65)
!98 = !{!99, !99, i64 0}
!99 = !{!"int", !100, i64 0}
!100 = !{!"omnipotent char", !101, i64 0}
!101 = !{!"Simple C/C++ TBAA"}
!102 = !DILocation(line: 35, column: 3, scope: !65)
!103 = !DILocation(line: 35, column: 22, scope: !65)
!104 = !DILocation(line: 36, column: 3, scope: !65)
!105 = !DILocation(line: 37, column: 8, scope: !65)
!106 = !DILocation(line: 37, column: 19, scope: !65)
!107 = !{!108, !109, i64 0}
!108 = !{!"sockaddr_in", !109, i64 0, !109, i64 2, !110, i64 4, !100, i64 8}
!109 = !{!"short", !100, i64 0}
!110 = !{!"in_addr", !99, i64 0}
!111 = !DILocation(line: 38, column: 19, scope: !65)
!112 = !DILocation(line: 38, column: 8, scope: !65)
!113 = !DILocation(line: 38, column: 17, scope: !65)
!114 = !{!108, !109, i64 2}
!115 = !DILocation(line: 39, column: 26, scope: !65)
!116 = !DILocation(line: 39, column: 8, scope: !65)
!117 = !DILocation(line: 39, column: 17, scope: !65)
!118 = !DILocation(line: 39, column: 24, scope: !65)
!119 = !{!108, !99, i64 4}
!120 = !DILocation(line: 40, column: 12, scope: !121)
!121 = distinct !DILexicalBlock(scope: !65, file: !3, line: 40, column: 7)
!122 = !DILocation(line: 40, column: 7, scope: !121)
!123 = !DILocation(line: 40, column: 56, scope: !121)
!124 = !DILocation(line: 40, column: 7, scope: !65)
!125 = !DILocation(line: 46, column: 1, scope: !65)
!126 = !DILocation(line: 41, column: 5, scope: !121)
!127 = !DILocation(line: 42, column: 3, scope: !65)
!128 = !DILocation(line: 42, column: 17, scope: !65)
!129 = !DILocation(line: 42, column: 23, scope: !65)
!130 = !DILocation(line: 42, column: 30, scope: !65)
!131 = !{!132, !99, i64 0}
!132 = !{!"pollfd", !99, i64 0, !109, i64 4, !109, i64 6}
!133 = !{!132, !109, i64 4}
!134 = !{!132, !109, i64 6}
!135 = !DILocation(line: 43, column: 3, scope: !65)
!136 = !DILocation(line: 44, column: 9, scope: !137)
!137 = distinct !DILexicalBlock(scope: !138, file: !3, line: 44, column: 9)
!138 = distinct !DILexicalBlock(scope: !139, file: !3, line: 43, column: 3)
!139 = distinct !DILexicalBlock(scope: !65, file: !3, line: 43, column: 3)
!140 = !DILocation(line: 44, column: 27, scope: !137)
!141 = !DILocation(line: 44, column: 31, scope: !137)
!142 = !DILocation(line: 44, column: 39, scope: !137)
!143 = !DILocation(line: 44, column: 35, scope: !137)
!144 = !DILocation(line: 44, column: 47, scope: !137)
!145 = !DILocation(line: 44, column: 9, scope: !138)
!146 = !DILocation(line: 45, column: 14, scope: !137)
!147 = !DILocation(line: 45, column: 7, scope: !137)
!148 = !DILocation(line: 43, column: 3, scope: !138)
!149 = distinct !{!149, !150, !151}
!150 = !DILocation(line: 43, column: 3, scope: !139)
!151 = !DILocation(line: 45, column: 16, scope: !139)
!152 = !DISubprogram(name: "socket", scope: !153, file: !153, line: 102, type: !154, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!153 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!154 = !DISubroutineType(types: !155)
!155 = !{!68, !68, !68, !68}
!156 = distinct !DISubprogram(name: "__bswap_16", scope: !157, file: !157, line: 34, type: !158, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !160)
!157 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!158 = !DISubroutineType(types: !159)
!159 = !{!38, !38}
!160 = !{!161}
!161 = !DILocalVariable(name: "__bsx", arg: 1, scope: !156, file: !157, line: 34, type: !38)
!162 = !{!109, !109, i64 0}
!163 = !DILocation(line: 34, column: 24, scope: !156)
!164 = !DILocation(line: 39, column: 10, scope: !156)
!165 = !DILocation(line: 39, column: 3, scope: !156)
!166 = distinct !DISubprogram(name: "__bswap_32", scope: !157, file: !157, line: 49, type: !167, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !169)
!167 = !DISubroutineType(types: !168)
!168 = !{!23, !23}
!169 = !{!170}
!170 = !DILocalVariable(name: "__bsx", arg: 1, scope: !166, file: !157, line: 49, type: !23)
!171 = !DILocation(line: 49, column: 24, scope: !166)
!172 = !DILocation(line: 54, column: 10, scope: !166)
!173 = !DILocation(line: 54, column: 3, scope: !166)
!174 = !DISubprogram(name: "bind", scope: !153, file: !153, line: 112, type: !175, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DISubroutineType(types: !176)
!176 = !{!68, !68, !177, !179}
!177 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !178, size: 64)
!178 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !180)
!180 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!181 = !DISubprogram(name: "poll", scope: !89, file: !89, line: 54, type: !182, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!182 = !DISubroutineType(types: !183)
!183 = !{!68, !184, !185, !68}
!184 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !88, size: 64)
!185 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !89, line: 33, baseType: !57)
!186 = distinct !DISubprogram(name: "handle", scope: !3, file: !3, line: 15, type: !187, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !189)
!187 = !DISubroutineType(types: !188)
!188 = !{null, !68}
!189 = !{!190, !191, !195, !196, !197, !202}
!190 = !DILocalVariable(name: "fd", arg: 1, scope: !186, file: !3, line: 15, type: !68)
!191 = !DILocalVariable(name: "buf", scope: !186, file: !3, line: 16, type: !192)
!192 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 2048, elements: !193)
!193 = !{!194}
!194 = !DISubrange(count: 256)
!195 = !DILocalVariable(name: "src", scope: !186, file: !3, line: 17, type: !72)
!196 = !DILocalVariable(name: "len", scope: !186, file: !3, line: 18, type: !179)
!197 = !DILocalVariable(name: "n", scope: !186, file: !3, line: 19, type: !198)
!198 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !199, line: 108, baseType: !200)
!199 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!200 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !201)
!201 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!202 = !DILocalVariable(name: "log", scope: !203, file: !3, line: 24, type: !205)
!203 = distinct !DILexicalBlock(scope: !204, file: !3, line: 23, column: 36)
!204 = distinct !DILexicalBlock(scope: !186, file: !3, line: 23, column: 7)
!205 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !206, size: 64)
!206 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !207, line: 7, baseType: !208)
!207 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!208 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !209, line: 49, size: 1728, elements: !210)
!209 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!210 = !{!211, !212, !214, !215, !216, !217, !218, !219, !220, !221, !222, !223, !224, !227, !229, !230, !231, !233, !234, !236, !240, !243, !245, !248, !251, !252, !254, !257, !258}
!211 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !208, file: !209, line: 51, baseType: !68, size: 32)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !208, file: !209, line: 54, baseType: !213, size: 64, offset: 64)
!213 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!214 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !208, file: !209, line: 55, baseType: !213, size: 64, offset: 128)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !208, file: !209, line: 56, baseType: !213, size: 64, offset: 192)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !208, file: !209, line: 57, baseType: !213, size: 64, offset: 256)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !208, file: !209, line: 58, baseType: !213, size: 64, offset: 320)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !208, file: !209, line: 59, baseType: !213, size: 64, offset: 384)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !208, file: !209, line: 60, baseType: !213, size: 64, offset: 448)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !208, file: !209, line: 61, baseType: !213, size: 64, offset: 512)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !208, file: !209, line: 64, baseType: !213, size: 64, offset: 576)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !208, file: !209, line: 65, baseType: !213, size: 64, offset: 640)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !208, file: !209, line: 66, baseType: !213, size: 64, offset: 704)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !208, file: !209, line: 68, baseType: !225, size: 64, offset: 768)
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !226, size: 64)
!226 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !209, line: 36, flags: DIFlagFwdDecl)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !208, file: !209, line: 70, baseType: !228, size: 64, offset: 832)
!228 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !208, size: 64)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !208, file: !209, line: 72, baseType: !68, size: 32, offset: 896)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !208, file: !209, line: 73, baseType: !68, size: 32, offset: 928)
!231 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !208, file: !209, line: 74, baseType: !232, size: 64, offset: 960)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !24, line: 152, baseType: !201)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !208, file: !209, line: 77, baseType: !32, size: 16, offset: 1024)
!234 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !208, file: !209, line: 78, baseType: !235, size: 8, offset: 1040)
!235 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !208, file: !209, line: 79, baseType: !237, size: 8, offset: 1048)
!237 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 8, elements: !238)
!238 = !{!239}
!239 = !DISubrange(count: 1)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !208, file: !209, line: 81, baseType: !241, size: 64, offset: 1088)
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !242, size: 64)
!242 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !209, line: 43, baseType: null)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !208, file: !209, line: 89, baseType: !244, size: 64, offset: 1152)
!244 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !24, line: 153, baseType: !201)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !208, file: !209, line: 91, baseType: !246, size: 64, offset: 1216)
!246 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !247, size: 64)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !209, line: 37, flags: DIFlagFwdDecl)
!248 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !208, file: !209, line: 92, baseType: !249, size: 64, offset: 1280)
!249 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !250, size: 64)
!250 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !209, line: 38, flags: DIFlagFwdDecl)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !208, file: !209, line: 93, baseType: !228, size: 64, offset: 1344)
!252 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !208, file: !209, line: 94, baseType: !253, size: 64, offset: 1408)
!253 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !208, file: !209, line: 95, baseType: !255, size: 64, offset: 1472)
!255 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !256, line: 18, baseType: !57)
!256 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!257 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !208, file: !209, line: 96, baseType: !68, size: 32, offset: 1536)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !208, file: !209, line: 98, baseType: !259, size: 160, offset: 1568)
!259 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !260)
!260 = !{!261}
!261 = !DISubrange(count: 20)
!262 = !DILocation(line: 15, column: 24, scope: !186)
!263 = !DILocation(line: 16, column: 3, scope: !186)
!264 = !DILocation(line: 16, column: 8, scope: !186)
!265 = !DILocation(line: 17, column: 3, scope: !186)
!266 = !DILocation(line: 17, column: 22, scope: !186)
!267 = !DILocation(line: 18, column: 3, scope: !186)
!268 = !DILocation(line: 18, column: 13, scope: !186)
!269 = !DILocation(line: 19, column: 3, scope: !186)
!270 = !DILocation(line: 19, column: 11, scope: !186)
!271 = !DILocation(line: 19, column: 24, scope: !186)
!272 = !DILocation(line: 19, column: 28, scope: !186)
!273 = !DILocation(line: 19, column: 15, scope: !186)
!274 = !{!275, !275, i64 0}
!275 = !{!"long", !100, i64 0}
!276 = !DILocation(line: 20, column: 7, scope: !277)
!277 = distinct !DILexicalBlock(scope: !186, file: !3, line: 20, column: 7)
!278 = !DILocation(line: 20, column: 9, scope: !277)
!279 = !DILocation(line: 20, column: 7, scope: !186)
!280 = !DILocation(line: 21, column: 5, scope: !277)
!281 = !DILocation(line: 22, column: 14, scope: !186)
!282 = !DILocation(line: 22, column: 23, scope: !186)
!283 = !DILocation(line: 22, column: 12, scope: !186)
!284 = !DILocation(line: 23, column: 14, scope: !204)
!285 = !DILocation(line: 23, column: 7, scope: !204)
!286 = !DILocation(line: 23, column: 30, scope: !204)
!287 = !DILocation(line: 23, column: 7, scope: !186)
!288 = !DILocation(line: 24, column: 5, scope: !203)
!289 = !DILocation(line: 24, column: 11, scope: !203)
!290 = !DILocation(line: 24, column: 17, scope: !203)
!291 = !{!292, !292, i64 0}
!292 = !{!"any pointer", !100, i64 0}
!293 = !DILocation(line: 25, column: 9, scope: !294)
!294 = distinct !DILexicalBlock(scope: !203, file: !3, line: 25, column: 9)
!295 = !DILocation(line: 25, column: 9, scope: !203)
!296 = !DILocation(line: 26, column: 14, scope: !297)
!297 = distinct !DILexicalBlock(scope: !294, file: !3, line: 25, column: 14)
!298 = !DILocation(line: 26, column: 22, scope: !297)
!299 = !DILocation(line: 26, column: 25, scope: !297)
!300 = !DILocation(line: 26, column: 7, scope: !297)
!301 = !DILocation(line: 27, column: 14, scope: !297)
!302 = !DILocation(line: 27, column: 7, scope: !297)
!303 = !DILocation(line: 28, column: 5, scope: !297)
!304 = !DILocation(line: 29, column: 3, scope: !204)
!305 = !DILocation(line: 29, column: 3, scope: !203)
!306 = !DILocation(line: 30, column: 10, scope: !186)
!307 = !DILocation(line: 30, column: 53, scope: !186)
!308 = !DILocation(line: 30, column: 3, scope: !186)
!309 = !DILocation(line: 31, column: 1, scope: !186)
!310 = !DISubprogram(name: "recvfrom", scope: !153, file: !153, line: 163, type: !311, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!311 = !DISubroutineType(types: !312)
!312 = !{!198, !68, !313, !255, !68, !314, !315}
!313 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !253)
!314 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!315 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !316)
!316 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !179, size: 64)
!317 = !DISubprogram(name: "memcmp", scope: !318, file: !318, line: 64, type: !319, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!318 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!319 = !DISubroutineType(types: !320)
!320 = !{!68, !321, !321, !255}
!321 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !322, size: 64)
!322 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!323 = !DISubprogram(name: "fopen", scope: !324, file: !324, line: 258, type: !325, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!324 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!325 = !DISubroutineType(types: !326)
!326 = !{!205, !327, !327}
!327 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !328)
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !329, size: 64)
!329 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!330 = !DISubprogram(name: "fwrite", scope: !324, file: !324, line: 681, type: !331, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!331 = !DISubroutineType(types: !332)
!332 = !{!57, !333, !255, !255, !334}
!333 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !321)
!334 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !205)
!335 = !DISubprogram(name: "fclose", scope: !324, file: !324, line: 178, type: !336, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{!68, !205}
!338 = !DISubprogram(name: "sendto", scope: !153, file: !153, line: 152, type: !339, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!339 = !DISubroutineType(types: !340)
!340 = !{!198, !68, !321, !255, !68, !177, !179}
