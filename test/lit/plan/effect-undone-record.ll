; quota.c takes a token per request (tokens_used++, line 24) and, when the
; quota is spent, records the overflow in a file (line 26). Whether a
; request falls back depends on the counter it has just incremented (line
; 25), so the exit cannot move before the store: the offload keeps the old
; value and restores it on the way to userspace (the store is undone), so
; a request that falls back leaves no trace. The reply's own checks (line
; 34) and the record being held are fallback points too.
; userspace reads the counter on the overflow path (fprintf, line 28).
; Because the request decides on the counter's value, an atomic add alone
; would not do (two CPUs could both see the quota spent where one after the
; other would not): the counter needs the record protocol.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-analysis=koffload -koffload-report=%t.json -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; e=c['effects']; assert [(x['target'], x['location'], x['handling']) for x in e] == [('tokens_used', 'quota.c:24', 'undone-on-fallback')], e; assert [x['kind'] for x in c['fallback_points']] == ['reply', 'record-busy'], c['fallback_points']; s=c['shared'][0]; assert (s['name'], s['kernel'], s['userspace'], s['sync']) == ('tokens_used', 'rw', 'r-', 'record-protocol'), s" %t.json
;
; CHECK-LABEL: koffload plan for 'quota.c'
; CHECK:       arrival: quota.c:21
; CHECK-NEXT:  reply: quota.c:34
; CHECK:       decision: offload:
; CHECK:       fallback: quota.c:25 -> BlockingIO fopen at quota.c:26 (
; CHECK-NEXT:  fallback point: reply at quota.c:34 (the reply is longer than its buffer or a frame, or the frame cannot grow to hold it)
; CHECK-NEXT:  fallback point: record-busy (tokens_used is held by another writer)
; CHECK-NEXT:  effect: store to tokens_used at quota.c:24: undone-on-fallback (1 fallback exit(s) and 2 other fallback point(s) on the fast path
; CHECK-NOT:   effect:
; CHECK:       shared: tokens_used (8 B) kernel rw userspace r- startup -- {{.*}}: record-protocol (words updated by the offload together with its value used by the request, which a word at a time cannot make atomic
;
; REMARK: remark: quota.c:34:{{[0-9]+}}: the offload may fall back to userspace here: reply (the reply is longer
; REMARK: remark: quota.c:24:{{[0-9]+}}: store to tokens_used: undone-on-fallback
;
; MADE-FROM: Inputs/quota.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - quota.c

; ModuleID = 'quota.c'
source_filename = "quota.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@tokens_used = dso_local global i64 0, align 8, !dbg !0
@.str = private unnamed_addr constant [25 x i8] c"/var/log/tokend.overflow\00", align 1, !dbg !40
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1, !dbg !45
@.str.2 = private unnamed_addr constant [17 x i8] c"over quota: %lu\0A\00", align 1, !dbg !50
@.str.3 = private unnamed_addr constant [8 x i8] c"BACKOFF\00", align 1, !dbg !55
@.str.4 = private unnamed_addr constant [6 x i8] c"TOKEN\00", align 1, !dbg !60

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !73 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.pollfd, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !101
    #dbg_declare(ptr %2, !78, !DIExpression(), !102)
  %5 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !103
  store i32 %5, ptr %2, align 4, !dbg !102, !tbaa !104
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !108
    #dbg_declare(ptr %3, !79, !DIExpression(), !109)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !110
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !111
  store i16 2, ptr %6, align 4, !dbg !112, !tbaa !113
  %7 = call zeroext i16 @__bswap_16(i16 noundef zeroext 4041), !dbg !117
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !118
  store i16 %7, ptr %8, align 2, !dbg !119, !tbaa !120
  %9 = call i32 @__bswap_32(i32 noundef 0), !dbg !121
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !122
  %11 = getelementptr inbounds %struct.in_addr, ptr %10, i32 0, i32 0, !dbg !123
  store i32 %9, ptr %11, align 4, !dbg !124, !tbaa !125
  %12 = load i32, ptr %2, align 4, !dbg !126, !tbaa !104
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #6, !dbg !128
  %14 = icmp slt i32 %13, 0, !dbg !129
  br i1 %14, label %15, label %16, !dbg !130

15:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !131
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !131
  ret i32 1, !dbg !132

16:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #6, !dbg !133
    #dbg_declare(ptr %4, !93, !DIExpression(), !134)
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !135
  %18 = load i32, ptr %2, align 4, !dbg !136, !tbaa !104
  store i32 %18, ptr %17, align 4, !dbg !135, !tbaa !137
  %19 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !135
  store i16 1, ptr %19, align 4, !dbg !135, !tbaa !139
  %20 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !135
  store i16 0, ptr %20, align 2, !dbg !135, !tbaa !140
  br label %21, !dbg !141

21:                                               ; preds = %32, %16
  %22 = call i32 @poll(ptr noundef %4, i64 noundef 1, i32 noundef -1), !dbg !142
  %23 = icmp sgt i32 %22, 0, !dbg !146
  br i1 %23, label %24, label %32, !dbg !147

24:                                               ; preds = %21
  %25 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !148
  %26 = load i16, ptr %25, align 2, !dbg !148, !tbaa !140
  %27 = sext i16 %26 to i32, !dbg !149
  %28 = and i32 %27, 1, !dbg !150
  %29 = icmp ne i32 %28, 0, !dbg !150
  br i1 %29, label %30, label %32, !dbg !151

30:                                               ; preds = %24
  %31 = load i32, ptr %2, align 4, !dbg !152, !tbaa !104
  call void @handle(i32 noundef %31), !dbg !153
  br label %32, !dbg !153

32:                                               ; preds = %30, %24, %21
  br label %21, !dbg !154, !llvm.loop !155
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !158 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !162 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !168
    #dbg_declare(ptr %2, !167, !DIExpression(), !169)
  %3 = load i16, ptr %2, align 2, !dbg !170, !tbaa !168
  %4 = zext i16 %3 to i32, !dbg !170
  %5 = ashr i32 %4, 8, !dbg !170
  %6 = and i32 %5, 255, !dbg !170
  %7 = load i16, ptr %2, align 2, !dbg !170, !tbaa !168
  %8 = zext i16 %7 to i32, !dbg !170
  %9 = and i32 %8, 255, !dbg !170
  %10 = shl i32 %9, 8, !dbg !170
  %11 = or i32 %6, %10, !dbg !170
  %12 = trunc i32 %11 to i16, !dbg !170
  ret i16 %12, !dbg !171
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !172 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !104
    #dbg_declare(ptr %2, !176, !DIExpression(), !177)
  %3 = load i32, ptr %2, align 4, !dbg !178, !tbaa !104
  %4 = and i32 %3, -16777216, !dbg !178
  %5 = lshr i32 %4, 24, !dbg !178
  %6 = load i32, ptr %2, align 4, !dbg !178, !tbaa !104
  %7 = and i32 %6, 16711680, !dbg !178
  %8 = lshr i32 %7, 8, !dbg !178
  %9 = or i32 %5, %8, !dbg !178
  %10 = load i32, ptr %2, align 4, !dbg !178, !tbaa !104
  %11 = and i32 %10, 65280, !dbg !178
  %12 = shl i32 %11, 8, !dbg !178
  %13 = or i32 %9, %12, !dbg !178
  %14 = load i32, ptr %2, align 4, !dbg !178, !tbaa !104
  %15 = and i32 %14, 255, !dbg !178
  %16 = shl i32 %15, 24, !dbg !178
  %17 = or i32 %13, %16, !dbg !178
  ret i32 %17, !dbg !179
}

; Function Attrs: nounwind
declare !dbg !180 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !187 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

; Function Attrs: nounwind uwtable
define internal void @handle(i32 noundef %0) #0 !dbg !192 {
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !104
    #dbg_declare(ptr %2, !196, !DIExpression(), !268)
  call void @llvm.lifetime.start.p0(i64 256, ptr %3) #6, !dbg !269
    #dbg_declare(ptr %3, !197, !DIExpression(), !270)
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #6, !dbg !271
    #dbg_declare(ptr %4, !201, !DIExpression(), !272)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !273
    #dbg_declare(ptr %5, !202, !DIExpression(), !274)
  store i32 16, ptr %5, align 4, !dbg !274, !tbaa !104
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6, !dbg !275
    #dbg_declare(ptr %6, !203, !DIExpression(), !276)
  %9 = load i32, ptr %2, align 4, !dbg !277, !tbaa !104
  %10 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !278
  %11 = call i64 @recvfrom(i32 noundef %9, ptr noundef %10, i64 noundef 256, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !279
  store i64 %11, ptr %6, align 8, !dbg !276, !tbaa !280
  %12 = load i64, ptr %6, align 8, !dbg !282, !tbaa !280
  %13 = icmp sle i64 %12, 0, !dbg !284
  br i1 %13, label %14, label %15, !dbg !285

14:                                               ; preds = %1
  store i32 1, ptr %7, align 4
  br label %38, !dbg !286

15:                                               ; preds = %1
  %16 = load i64, ptr @tokens_used, align 8, !dbg !287, !tbaa !280
  %17 = add i64 %16, 1, !dbg !287
  store i64 %17, ptr @tokens_used, align 8, !dbg !287, !tbaa !280
  %18 = load i64, ptr @tokens_used, align 8, !dbg !288, !tbaa !280
  %19 = icmp ugt i64 %18, 100000, !dbg !289
  br i1 %19, label %20, label %34, !dbg !290

20:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6, !dbg !291
    #dbg_declare(ptr %8, !208, !DIExpression(), !292)
  %21 = call noalias ptr @fopen(ptr noundef @.str, ptr noundef @.str.1), !dbg !293
  store ptr %21, ptr %8, align 8, !dbg !292, !tbaa !294
  %22 = load ptr, ptr %8, align 8, !dbg !296, !tbaa !294
  %23 = icmp ne ptr %22, null, !dbg !296
  br i1 %23, label %24, label %30, !dbg !298

24:                                               ; preds = %20
  %25 = load ptr, ptr %8, align 8, !dbg !299, !tbaa !294
  %26 = load i64, ptr @tokens_used, align 8, !dbg !301, !tbaa !280
  %27 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %25, ptr noundef @.str.2, i64 noundef %26) #6, !dbg !302
  %28 = load ptr, ptr %8, align 8, !dbg !303, !tbaa !294
  %29 = call i32 @fclose(ptr noundef %28), !dbg !304
  br label %30, !dbg !305

30:                                               ; preds = %24, %20
  %31 = load i32, ptr %2, align 4, !dbg !306, !tbaa !104
  %32 = load i32, ptr %5, align 4, !dbg !307, !tbaa !104
  %33 = call i64 @sendto(i32 noundef %31, ptr noundef @.str.3, i64 noundef 7, i32 noundef 0, ptr noundef %4, i32 noundef %32), !dbg !308
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6, !dbg !309
  br label %38

34:                                               ; preds = %15
  %35 = load i32, ptr %2, align 4, !dbg !310, !tbaa !104
  %36 = load i32, ptr %5, align 4, !dbg !311, !tbaa !104
  %37 = call i64 @sendto(i32 noundef %35, ptr noundef @.str.4, i64 noundef 5, i32 noundef 0, ptr noundef %4, i32 noundef %36), !dbg !312
  store i32 0, ptr %7, align 4, !dbg !313
  br label %38, !dbg !313

38:                                               ; preds = %34, %30, %14
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6, !dbg !313
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !313
  call void @llvm.lifetime.end.p0(i64 16, ptr %4) #6, !dbg !313
  call void @llvm.lifetime.end.p0(i64 256, ptr %3) #6, !dbg !313
  %39 = load i32, ptr %7, align 4
  switch i32 %39, label %41 [
    i32 0, label %40
    i32 1, label %40
  ]

40:                                               ; preds = %38, %38
  ret void, !dbg !313

41:                                               ; preds = %38
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !314 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !321 noalias ptr @fopen(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !328 i32 @fprintf(ptr noundef, ptr noundef, ...) #2

declare !dbg !332 i32 @fclose(ptr noundef) #5

declare !dbg !335 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!66, !67, !68, !69, !70, !71}
!llvm.ident = !{!72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tokens_used", scope: !2, file: !3, line: 15, type: !65, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !39, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "quota.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "6c2bfcdae0d9071abf32b2ea40305911")
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
!39 = !{!0, !40, !45, !50, !55, !60}
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !3, line: 26, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 200, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 25)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !3, line: 26, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 2)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !3, line: 28, type: !52, isLocal: true, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 136, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 17)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(scope: null, file: !3, line: 31, type: !57, isLocal: true, isDefinition: true)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 64, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 8)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(scope: null, file: !3, line: 34, type: !62, isLocal: true, isDefinition: true)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 48, elements: !63)
!63 = !{!64}
!64 = !DISubrange(count: 6)
!65 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!66 = !{i32 7, !"Dwarf Version", i32 5}
!67 = !{i32 2, !"Debug Info Version", i32 3}
!68 = !{i32 1, !"wchar_size", i32 4}
!69 = !{i32 8, !"PIC Level", i32 2}
!70 = !{i32 7, !"PIE Level", i32 2}
!71 = !{i32 7, !"uwtable", i32 2}
!72 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!73 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 37, type: !74, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!76}
!76 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!77 = !{!78, !79, !93}
!78 = !DILocalVariable(name: "fd", scope: !73, file: !3, line: 38, type: !76)
!79 = !DILocalVariable(name: "addr", scope: !73, file: !3, line: 39, type: !80)
!80 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !81)
!81 = !{!82, !83, !86, !90}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !80, file: !20, line: 247, baseType: !30, size: 16)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !80, file: !20, line: 248, baseType: !84, size: 16, offset: 16)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !85)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !38)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !80, file: !20, line: 249, baseType: !87, size: 32, offset: 32)
!87 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !88)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !87, file: !20, line: 33, baseType: !19, size: 32)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !80, file: !20, line: 252, baseType: !91, size: 64, offset: 64)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !92, size: 64, elements: !58)
!92 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!93 = !DILocalVariable(name: "pfd", scope: !73, file: !3, line: 46, type: !94)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !95, line: 36, size: 64, elements: !96)
!95 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!96 = !{!97, !98, !100}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !94, file: !95, line: 38, baseType: !76, size: 32)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !94, file: !95, line: 39, baseType: !99, size: 16, offset: 32)
!99 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !94, file: !95, line: 40, baseType: !99, size: 16, offset: 48)
!101 = !DILocation(line: 38, column: 3, scope: !73)
!102 = !DILocation(line: 38, column: 7, scope: !73)
!103 = !DILocation(line: 38, column: 12, scope: !73)
!104 = !{!105, !105, i64 0}
!105 = !{!"int", !106, i64 0}
!106 = !{!"omnipotent char", !107, i64 0}
!107 = !{!"Simple C/C++ TBAA"}
!108 = !DILocation(line: 39, column: 3, scope: !73)
!109 = !DILocation(line: 39, column: 22, scope: !73)
!110 = !DILocation(line: 40, column: 3, scope: !73)
!111 = !DILocation(line: 41, column: 8, scope: !73)
!112 = !DILocation(line: 41, column: 19, scope: !73)
!113 = !{!114, !115, i64 0}
!114 = !{!"sockaddr_in", !115, i64 0, !115, i64 2, !116, i64 4, !106, i64 8}
!115 = !{!"short", !106, i64 0}
!116 = !{!"in_addr", !105, i64 0}
!117 = !DILocation(line: 42, column: 19, scope: !73)
!118 = !DILocation(line: 42, column: 8, scope: !73)
!119 = !DILocation(line: 42, column: 17, scope: !73)
!120 = !{!114, !115, i64 2}
!121 = !DILocation(line: 43, column: 26, scope: !73)
!122 = !DILocation(line: 43, column: 8, scope: !73)
!123 = !DILocation(line: 43, column: 17, scope: !73)
!124 = !DILocation(line: 43, column: 24, scope: !73)
!125 = !{!114, !105, i64 4}
!126 = !DILocation(line: 44, column: 12, scope: !127)
!127 = distinct !DILexicalBlock(scope: !73, file: !3, line: 44, column: 7)
!128 = !DILocation(line: 44, column: 7, scope: !127)
!129 = !DILocation(line: 44, column: 56, scope: !127)
!130 = !DILocation(line: 44, column: 7, scope: !73)
!131 = !DILocation(line: 50, column: 1, scope: !73)
!132 = !DILocation(line: 45, column: 5, scope: !127)
!133 = !DILocation(line: 46, column: 3, scope: !73)
!134 = !DILocation(line: 46, column: 17, scope: !73)
!135 = !DILocation(line: 46, column: 23, scope: !73)
!136 = !DILocation(line: 46, column: 30, scope: !73)
!137 = !{!138, !105, i64 0}
!138 = !{!"pollfd", !105, i64 0, !115, i64 4, !115, i64 6}
!139 = !{!138, !115, i64 4}
!140 = !{!138, !115, i64 6}
!141 = !DILocation(line: 47, column: 3, scope: !73)
!142 = !DILocation(line: 48, column: 9, scope: !143)
!143 = distinct !DILexicalBlock(scope: !144, file: !3, line: 48, column: 9)
!144 = distinct !DILexicalBlock(scope: !145, file: !3, line: 47, column: 3)
!145 = distinct !DILexicalBlock(scope: !73, file: !3, line: 47, column: 3)
!146 = !DILocation(line: 48, column: 27, scope: !143)
!147 = !DILocation(line: 48, column: 31, scope: !143)
!148 = !DILocation(line: 48, column: 39, scope: !143)
!149 = !DILocation(line: 48, column: 35, scope: !143)
!150 = !DILocation(line: 48, column: 47, scope: !143)
!151 = !DILocation(line: 48, column: 9, scope: !144)
!152 = !DILocation(line: 49, column: 14, scope: !143)
!153 = !DILocation(line: 49, column: 7, scope: !143)
!154 = !DILocation(line: 47, column: 3, scope: !144)
!155 = distinct !{!155, !156, !157}
!156 = !DILocation(line: 47, column: 3, scope: !145)
!157 = !DILocation(line: 49, column: 16, scope: !145)
!158 = !DISubprogram(name: "socket", scope: !159, file: !159, line: 102, type: !160, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!159 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!160 = !DISubroutineType(types: !161)
!161 = !{!76, !76, !76, !76}
!162 = distinct !DISubprogram(name: "__bswap_16", scope: !163, file: !163, line: 34, type: !164, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !166)
!163 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!164 = !DISubroutineType(types: !165)
!165 = !{!38, !38}
!166 = !{!167}
!167 = !DILocalVariable(name: "__bsx", arg: 1, scope: !162, file: !163, line: 34, type: !38)
!168 = !{!115, !115, i64 0}
!169 = !DILocation(line: 34, column: 24, scope: !162)
!170 = !DILocation(line: 39, column: 10, scope: !162)
!171 = !DILocation(line: 39, column: 3, scope: !162)
!172 = distinct !DISubprogram(name: "__bswap_32", scope: !163, file: !163, line: 49, type: !173, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !175)
!173 = !DISubroutineType(types: !174)
!174 = !{!23, !23}
!175 = !{!176}
!176 = !DILocalVariable(name: "__bsx", arg: 1, scope: !172, file: !163, line: 49, type: !23)
!177 = !DILocation(line: 49, column: 24, scope: !172)
!178 = !DILocation(line: 54, column: 10, scope: !172)
!179 = !DILocation(line: 54, column: 3, scope: !172)
!180 = !DISubprogram(name: "bind", scope: !159, file: !159, line: 112, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!181 = !DISubroutineType(types: !182)
!182 = !{!76, !76, !183, !185}
!183 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !184, size: 64)
!184 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!185 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !186)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!187 = !DISubprogram(name: "poll", scope: !95, file: !95, line: 54, type: !188, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!188 = !DISubroutineType(types: !189)
!189 = !{!76, !190, !191, !76}
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !95, line: 33, baseType: !65)
!192 = distinct !DISubprogram(name: "handle", scope: !3, file: !3, line: 17, type: !193, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !195)
!193 = !DISubroutineType(types: !194)
!194 = !{null, !76}
!195 = !{!196, !197, !201, !202, !203, !208}
!196 = !DILocalVariable(name: "fd", arg: 1, scope: !192, file: !3, line: 17, type: !76)
!197 = !DILocalVariable(name: "buf", scope: !192, file: !3, line: 18, type: !198)
!198 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 2048, elements: !199)
!199 = !{!200}
!200 = !DISubrange(count: 256)
!201 = !DILocalVariable(name: "src", scope: !192, file: !3, line: 19, type: !80)
!202 = !DILocalVariable(name: "len", scope: !192, file: !3, line: 20, type: !185)
!203 = !DILocalVariable(name: "n", scope: !192, file: !3, line: 21, type: !204)
!204 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !205, line: 108, baseType: !206)
!205 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!206 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !207)
!207 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!208 = !DILocalVariable(name: "f", scope: !209, file: !3, line: 26, type: !211)
!209 = distinct !DILexicalBlock(scope: !210, file: !3, line: 25, column: 28)
!210 = distinct !DILexicalBlock(scope: !192, file: !3, line: 25, column: 7)
!211 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !212, size: 64)
!212 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !213, line: 7, baseType: !214)
!213 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!214 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !215, line: 49, size: 1728, elements: !216)
!215 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!216 = !{!217, !218, !220, !221, !222, !223, !224, !225, !226, !227, !228, !229, !230, !233, !235, !236, !237, !239, !240, !242, !246, !249, !251, !254, !257, !258, !260, !263, !264}
!217 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !214, file: !215, line: 51, baseType: !76, size: 32)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !214, file: !215, line: 54, baseType: !219, size: 64, offset: 64)
!219 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !214, file: !215, line: 55, baseType: !219, size: 64, offset: 128)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !214, file: !215, line: 56, baseType: !219, size: 64, offset: 192)
!222 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !214, file: !215, line: 57, baseType: !219, size: 64, offset: 256)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !214, file: !215, line: 58, baseType: !219, size: 64, offset: 320)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !214, file: !215, line: 59, baseType: !219, size: 64, offset: 384)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !214, file: !215, line: 60, baseType: !219, size: 64, offset: 448)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !214, file: !215, line: 61, baseType: !219, size: 64, offset: 512)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !214, file: !215, line: 64, baseType: !219, size: 64, offset: 576)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !214, file: !215, line: 65, baseType: !219, size: 64, offset: 640)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !214, file: !215, line: 66, baseType: !219, size: 64, offset: 704)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !214, file: !215, line: 68, baseType: !231, size: 64, offset: 768)
!231 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !232, size: 64)
!232 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !215, line: 36, flags: DIFlagFwdDecl)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !214, file: !215, line: 70, baseType: !234, size: 64, offset: 832)
!234 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !214, size: 64)
!235 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !214, file: !215, line: 72, baseType: !76, size: 32, offset: 896)
!236 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !214, file: !215, line: 73, baseType: !76, size: 32, offset: 928)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !214, file: !215, line: 74, baseType: !238, size: 64, offset: 960)
!238 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !24, line: 152, baseType: !207)
!239 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !214, file: !215, line: 77, baseType: !32, size: 16, offset: 1024)
!240 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !214, file: !215, line: 78, baseType: !241, size: 8, offset: 1040)
!241 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !214, file: !215, line: 79, baseType: !243, size: 8, offset: 1048)
!243 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 8, elements: !244)
!244 = !{!245}
!245 = !DISubrange(count: 1)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !214, file: !215, line: 81, baseType: !247, size: 64, offset: 1088)
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !248, size: 64)
!248 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !215, line: 43, baseType: null)
!249 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !214, file: !215, line: 89, baseType: !250, size: 64, offset: 1152)
!250 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !24, line: 153, baseType: !207)
!251 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !214, file: !215, line: 91, baseType: !252, size: 64, offset: 1216)
!252 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !253, size: 64)
!253 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !215, line: 37, flags: DIFlagFwdDecl)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !214, file: !215, line: 92, baseType: !255, size: 64, offset: 1280)
!255 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !256, size: 64)
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !215, line: 38, flags: DIFlagFwdDecl)
!257 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !214, file: !215, line: 93, baseType: !234, size: 64, offset: 1344)
!258 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !214, file: !215, line: 94, baseType: !259, size: 64, offset: 1408)
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !214, file: !215, line: 95, baseType: !261, size: 64, offset: 1472)
!261 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !262, line: 18, baseType: !65)
!262 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!263 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !214, file: !215, line: 96, baseType: !76, size: 32, offset: 1536)
!264 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !214, file: !215, line: 98, baseType: !265, size: 160, offset: 1568)
!265 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !266)
!266 = !{!267}
!267 = !DISubrange(count: 20)
!268 = !DILocation(line: 17, column: 24, scope: !192)
!269 = !DILocation(line: 18, column: 3, scope: !192)
!270 = !DILocation(line: 18, column: 8, scope: !192)
!271 = !DILocation(line: 19, column: 3, scope: !192)
!272 = !DILocation(line: 19, column: 22, scope: !192)
!273 = !DILocation(line: 20, column: 3, scope: !192)
!274 = !DILocation(line: 20, column: 13, scope: !192)
!275 = !DILocation(line: 21, column: 3, scope: !192)
!276 = !DILocation(line: 21, column: 11, scope: !192)
!277 = !DILocation(line: 21, column: 24, scope: !192)
!278 = !DILocation(line: 21, column: 28, scope: !192)
!279 = !DILocation(line: 21, column: 15, scope: !192)
!280 = !{!281, !281, i64 0}
!281 = !{!"long", !106, i64 0}
!282 = !DILocation(line: 22, column: 7, scope: !283)
!283 = distinct !DILexicalBlock(scope: !192, file: !3, line: 22, column: 7)
!284 = !DILocation(line: 22, column: 9, scope: !283)
!285 = !DILocation(line: 22, column: 7, scope: !192)
!286 = !DILocation(line: 23, column: 5, scope: !283)
!287 = !DILocation(line: 24, column: 14, scope: !192)
!288 = !DILocation(line: 25, column: 7, scope: !210)
!289 = !DILocation(line: 25, column: 19, scope: !210)
!290 = !DILocation(line: 25, column: 7, scope: !192)
!291 = !DILocation(line: 26, column: 5, scope: !209)
!292 = !DILocation(line: 26, column: 11, scope: !209)
!293 = !DILocation(line: 26, column: 15, scope: !209)
!294 = !{!295, !295, i64 0}
!295 = !{!"any pointer", !106, i64 0}
!296 = !DILocation(line: 27, column: 9, scope: !297)
!297 = distinct !DILexicalBlock(scope: !209, file: !3, line: 27, column: 9)
!298 = !DILocation(line: 27, column: 9, scope: !209)
!299 = !DILocation(line: 28, column: 15, scope: !300)
!300 = distinct !DILexicalBlock(scope: !297, file: !3, line: 27, column: 12)
!301 = !DILocation(line: 28, column: 39, scope: !300)
!302 = !DILocation(line: 28, column: 7, scope: !300)
!303 = !DILocation(line: 29, column: 14, scope: !300)
!304 = !DILocation(line: 29, column: 7, scope: !300)
!305 = !DILocation(line: 30, column: 5, scope: !300)
!306 = !DILocation(line: 31, column: 12, scope: !209)
!307 = !DILocation(line: 31, column: 58, scope: !209)
!308 = !DILocation(line: 31, column: 5, scope: !209)
!309 = !DILocation(line: 33, column: 3, scope: !210)
!310 = !DILocation(line: 34, column: 10, scope: !192)
!311 = !DILocation(line: 34, column: 54, scope: !192)
!312 = !DILocation(line: 34, column: 3, scope: !192)
!313 = !DILocation(line: 35, column: 1, scope: !192)
!314 = !DISubprogram(name: "recvfrom", scope: !159, file: !159, line: 163, type: !315, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!315 = !DISubroutineType(types: !316)
!316 = !{!204, !76, !317, !261, !76, !318, !319}
!317 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !259)
!318 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!319 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !320)
!320 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !185, size: 64)
!321 = !DISubprogram(name: "fopen", scope: !322, file: !322, line: 258, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!322 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!323 = !DISubroutineType(types: !324)
!324 = !{!211, !325, !325}
!325 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !326)
!326 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !327, size: 64)
!327 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!328 = !DISubprogram(name: "fprintf", scope: !322, file: !322, line: 350, type: !329, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!329 = !DISubroutineType(types: !330)
!330 = !{!76, !331, !325, null}
!331 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !211)
!332 = !DISubprogram(name: "fclose", scope: !322, file: !322, line: 178, type: !333, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!333 = !DISubroutineType(types: !334)
!334 = !{!76, !211}
!335 = !DISubprogram(name: "sendto", scope: !159, file: !159, line: 152, type: !336, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DISubroutineType(types: !337)
!337 = !{!204, !76, !338, !261, !76, !183, !185}
!338 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !339, size: 64)
!339 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
