; thread-worker.c runs its receive loop in four threads that main starts
; with pthread_create (line 40), all on the one socket main bound. Each
; thread runs the same request path, so the offload answers for all of
; them (before: refused, "the split assumes one event-loop thread"); the
; plan names the threads, and the counter the threads share is updated
; atomically on both sides, as with one thread.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-analysis=koffload -koffload-report=%t.json -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s --check-prefix=JSON < %t.json
;
; CHECK-LABEL: koffload plan for 'thread-worker.c'
; CHECK:       threads: pthread_create at thread-worker.c:40 runs the event loop in worker in threads; the offload answers for every thread
; CHECK-NEXT:  arrival: thread-worker.c:20
; CHECK-NEXT:  reply: thread-worker.c:24
; CHECK:       decision: offload: omega 1.000
; CHECK-NOT:   ThreadOrLock
; CHECK:       shared: echoed (8 B) {{.*}}: atomic-rmw
; CHECK:       summary: 1 candidate, 1 offloaded
;
; REMARK: remark: thread-worker.c:20:9: threads: pthread_create at thread-worker.c:40 runs the event loop in worker in threads
;
; JSON: "threads": "pthread_create at thread-worker.c:40 runs the event loop in worker in threads; the offload answers for every thread"
;
; MADE-FROM: Inputs/thread-worker.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - thread-worker.c

; ModuleID = 'thread-worker.c'
source_filename = "thread-worker.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@sock = internal global i32 0, align 4, !dbg !0
@echoed = dso_local global i64 0, align 8, !dbg !41

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !52 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sockaddr_in, align 4
  %3 = alloca i32, align 4
  %4 = alloca [4 x i64], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %7 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !82
  store i32 %7, ptr @sock, align 4, !dbg !83, !tbaa !84
  call void @llvm.lifetime.start.p0(i64 16, ptr %2) #6, !dbg !88
    #dbg_declare(ptr %2, !56, !DIExpression(), !89)
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 16, i1 false), !dbg !90
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 0, !dbg !91
  store i16 2, ptr %8, align 4, !dbg !92, !tbaa !93
  %9 = call zeroext i16 @__bswap_16(i16 noundef zeroext 6200), !dbg !97
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 1, !dbg !98
  store i16 %9, ptr %10, align 2, !dbg !99, !tbaa !100
  %11 = call i32 @__bswap_32(i32 noundef 0), !dbg !101
  %12 = getelementptr inbounds %struct.sockaddr_in, ptr %2, i32 0, i32 2, !dbg !102
  %13 = getelementptr inbounds %struct.in_addr, ptr %12, i32 0, i32 0, !dbg !103
  store i32 %11, ptr %13, align 4, !dbg !104, !tbaa !105
  %14 = load i32, ptr @sock, align 4, !dbg !106, !tbaa !84
  %15 = call i32 @bind(i32 noundef %14, ptr noundef %2, i32 noundef 16) #6, !dbg !108
  %16 = icmp slt i32 %15, 0, !dbg !109
  br i1 %16, label %17, label %18, !dbg !110

17:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !111
  store i32 1, ptr %3, align 4
  br label %46, !dbg !111

18:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 32, ptr %4) #6, !dbg !112
    #dbg_declare(ptr %4, !72, !DIExpression(), !113)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !114
    #dbg_declare(ptr %5, !78, !DIExpression(), !115)
  store i32 0, ptr %5, align 4, !dbg !115, !tbaa !84
  br label %19, !dbg !114

19:                                               ; preds = %28, %18
  %20 = load i32, ptr %5, align 4, !dbg !116, !tbaa !84
  %21 = icmp slt i32 %20, 4, !dbg !118
  br i1 %21, label %23, label %22, !dbg !119

22:                                               ; preds = %19
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !120
  br label %31

23:                                               ; preds = %19
  %24 = load i32, ptr %5, align 4, !dbg !121, !tbaa !84
  %25 = sext i32 %24 to i64, !dbg !122
  %26 = getelementptr inbounds [4 x i64], ptr %4, i64 0, i64 %25, !dbg !122
  %27 = call i32 @pthread_create(ptr noundef %26, ptr noundef null, ptr noundef @worker, ptr noundef null) #6, !dbg !123
  br label %28, !dbg !123

28:                                               ; preds = %23
  %29 = load i32, ptr %5, align 4, !dbg !124, !tbaa !84
  %30 = add nsw i32 %29, 1, !dbg !124
  store i32 %30, ptr %5, align 4, !dbg !124, !tbaa !84
  br label %19, !dbg !120, !llvm.loop !125

31:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6, !dbg !128
    #dbg_declare(ptr %6, !80, !DIExpression(), !129)
  store i32 0, ptr %6, align 4, !dbg !129, !tbaa !84
  br label %32, !dbg !128

32:                                               ; preds = %42, %31
  %33 = load i32, ptr %6, align 4, !dbg !130, !tbaa !84
  %34 = icmp slt i32 %33, 4, !dbg !132
  br i1 %34, label %36, label %35, !dbg !133

35:                                               ; preds = %32
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6, !dbg !134
  br label %45

36:                                               ; preds = %32
  %37 = load i32, ptr %6, align 4, !dbg !135, !tbaa !84
  %38 = sext i32 %37 to i64, !dbg !136
  %39 = getelementptr inbounds [4 x i64], ptr %4, i64 0, i64 %38, !dbg !136
  %40 = load i64, ptr %39, align 8, !dbg !136, !tbaa !137
  %41 = call i32 @pthread_join(i64 noundef %40, ptr noundef null), !dbg !139
  br label %42, !dbg !139

42:                                               ; preds = %36
  %43 = load i32, ptr %6, align 4, !dbg !140, !tbaa !84
  %44 = add nsw i32 %43, 1, !dbg !140
  store i32 %44, ptr %6, align 4, !dbg !140, !tbaa !84
  br label %32, !dbg !134, !llvm.loop !141

45:                                               ; preds = %35
  store i32 0, ptr %1, align 4, !dbg !143
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(i64 32, ptr %4) #6, !dbg !144
  br label %46

46:                                               ; preds = %45, %17
  call void @llvm.lifetime.end.p0(i64 16, ptr %2) #6, !dbg !144
  %47 = load i32, ptr %1, align 4, !dbg !144
  ret i32 %47, !dbg !144
}

; Function Attrs: nounwind
declare !dbg !145 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !149 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !155
    #dbg_declare(ptr %2, !154, !DIExpression(), !156)
  %3 = load i16, ptr %2, align 2, !dbg !157, !tbaa !155
  %4 = zext i16 %3 to i32, !dbg !157
  %5 = ashr i32 %4, 8, !dbg !157
  %6 = and i32 %5, 255, !dbg !157
  %7 = load i16, ptr %2, align 2, !dbg !157, !tbaa !155
  %8 = zext i16 %7 to i32, !dbg !157
  %9 = and i32 %8, 255, !dbg !157
  %10 = shl i32 %9, 8, !dbg !157
  %11 = or i32 %6, %10, !dbg !157
  %12 = trunc i32 %11 to i16, !dbg !157
  ret i16 %12, !dbg !158
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !159 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !84
    #dbg_declare(ptr %2, !163, !DIExpression(), !164)
  %3 = load i32, ptr %2, align 4, !dbg !165, !tbaa !84
  %4 = and i32 %3, -16777216, !dbg !165
  %5 = lshr i32 %4, 24, !dbg !165
  %6 = load i32, ptr %2, align 4, !dbg !165, !tbaa !84
  %7 = and i32 %6, 16711680, !dbg !165
  %8 = lshr i32 %7, 8, !dbg !165
  %9 = or i32 %5, %8, !dbg !165
  %10 = load i32, ptr %2, align 4, !dbg !165, !tbaa !84
  %11 = and i32 %10, 65280, !dbg !165
  %12 = shl i32 %11, 8, !dbg !165
  %13 = or i32 %9, %12, !dbg !165
  %14 = load i32, ptr %2, align 4, !dbg !165, !tbaa !84
  %15 = and i32 %14, 255, !dbg !165
  %16 = shl i32 %15, 24, !dbg !165
  %17 = or i32 %13, %16, !dbg !165
  ret i32 %17, !dbg !166
}

; Function Attrs: nounwind
declare !dbg !167 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare !dbg !174 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: nounwind uwtable
define internal ptr @worker(ptr noundef %0) #0 !dbg !196 {
  %2 = alloca ptr, align 8
  %3 = alloca [512 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !212
    #dbg_declare(ptr %2, !198, !DIExpression(), !214)
  %8 = load ptr, ptr %2, align 8, !dbg !215, !tbaa !212
  call void @llvm.lifetime.start.p0(i64 512, ptr %3) #6, !dbg !216
    #dbg_declare(ptr %3, !199, !DIExpression(), !217)
  br label %9, !dbg !218

9:                                                ; preds = %26, %24, %1
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #6, !dbg !219
    #dbg_declare(ptr %4, !203, !DIExpression(), !220)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !221
    #dbg_declare(ptr %5, !207, !DIExpression(), !222)
  store i32 16, ptr %5, align 4, !dbg !222, !tbaa !84
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6, !dbg !223
    #dbg_declare(ptr %6, !208, !DIExpression(), !224)
  %10 = load i32, ptr @sock, align 4, !dbg !225, !tbaa !84
  %11 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !226
  %12 = call i64 @recvfrom(i32 noundef %10, ptr noundef %11, i64 noundef 512, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !227
  store i64 %12, ptr %6, align 8, !dbg !224, !tbaa !137
  %13 = load i64, ptr %6, align 8, !dbg !228, !tbaa !137
  %14 = icmp sle i64 %13, 0, !dbg !230
  br i1 %14, label %15, label %16, !dbg !231

15:                                               ; preds = %9
  store i32 3, ptr %7, align 4
  br label %24, !dbg !232, !llvm.loop !233

16:                                               ; preds = %9
  %17 = load i64, ptr @echoed, align 8, !dbg !236, !tbaa !137
  %18 = add i64 %17, 1, !dbg !236
  store i64 %18, ptr @echoed, align 8, !dbg !236, !tbaa !137
  %19 = load i32, ptr @sock, align 4, !dbg !237, !tbaa !84
  %20 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0, !dbg !238
  %21 = load i64, ptr %6, align 8, !dbg !239, !tbaa !137
  %22 = load i32, ptr %5, align 4, !dbg !240, !tbaa !84
  %23 = call i64 @sendto(i32 noundef %19, ptr noundef %20, i64 noundef %21, i32 noundef 0, ptr noundef %4, i32 noundef %22), !dbg !241
  store i32 0, ptr %7, align 4, !dbg !242
  br label %24, !dbg !242

24:                                               ; preds = %16, %15
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6, !dbg !242
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !242
  call void @llvm.lifetime.end.p0(i64 16, ptr %4) #6, !dbg !242
  %25 = load i32, ptr %7, align 4
  switch i32 %25, label %27 [
    i32 0, label %26
    i32 3, label %9
  ]

26:                                               ; preds = %24
  br label %9, !dbg !243, !llvm.loop !233

27:                                               ; preds = %24
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

declare !dbg !244 i32 @pthread_join(i64 noundef, ptr noundef) #5

declare !dbg !248 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !256 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46, !47, !48, !49, !50}
!llvm.ident = !{!51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "sock", scope: !2, file: !3, line: 10, type: !44, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !40, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "thread-worker.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "7df8be49de2c2f6d357f384de69e55da")
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
!18 = !{!19, !25, !38, !39}
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
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!40 = !{!0, !41}
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(name: "echoed", scope: !2, file: !3, line: 11, type: !43, isLocal: false, isDefinition: true)
!43 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!44 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!45 = !{i32 7, !"Dwarf Version", i32 5}
!46 = !{i32 2, !"Debug Info Version", i32 3}
!47 = !{i32 1, !"wchar_size", i32 4}
!48 = !{i32 8, !"PIC Level", i32 2}
!49 = !{i32 7, !"PIE Level", i32 2}
!50 = !{i32 7, !"uwtable", i32 2}
!51 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!52 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 29, type: !53, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !55)
!53 = !DISubroutineType(types: !54)
!54 = !{!44}
!55 = !{!56, !72, !78, !80}
!56 = !DILocalVariable(name: "addr", scope: !52, file: !3, line: 31, type: !57)
!57 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !58)
!58 = !{!59, !60, !63, !67}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !57, file: !20, line: 247, baseType: !30, size: 16)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !57, file: !20, line: 248, baseType: !61, size: 16, offset: 16)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !62)
!62 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !39)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !57, file: !20, line: 249, baseType: !64, size: 32, offset: 32)
!64 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !64, file: !20, line: 33, baseType: !19, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !57, file: !20, line: 252, baseType: !68, size: 64, offset: 64)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !69, size: 64, elements: !70)
!69 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!70 = !{!71}
!71 = !DISubrange(count: 8)
!72 = !DILocalVariable(name: "threads", scope: !52, file: !3, line: 38, type: !73)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !74, size: 256, elements: !76)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_t", file: !75, line: 27, baseType: !43)
!75 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!76 = !{!77}
!77 = !DISubrange(count: 4)
!78 = !DILocalVariable(name: "i", scope: !79, file: !3, line: 39, type: !44)
!79 = distinct !DILexicalBlock(scope: !52, file: !3, line: 39, column: 3)
!80 = !DILocalVariable(name: "i", scope: !81, file: !3, line: 41, type: !44)
!81 = distinct !DILexicalBlock(scope: !52, file: !3, line: 41, column: 3)
!82 = !DILocation(line: 30, column: 10, scope: !52)
!83 = !DILocation(line: 30, column: 8, scope: !52)
!84 = !{!85, !85, i64 0}
!85 = !{!"int", !86, i64 0}
!86 = !{!"omnipotent char", !87, i64 0}
!87 = !{!"Simple C/C++ TBAA"}
!88 = !DILocation(line: 31, column: 3, scope: !52)
!89 = !DILocation(line: 31, column: 22, scope: !52)
!90 = !DILocation(line: 32, column: 3, scope: !52)
!91 = !DILocation(line: 33, column: 8, scope: !52)
!92 = !DILocation(line: 33, column: 19, scope: !52)
!93 = !{!94, !95, i64 0}
!94 = !{!"sockaddr_in", !95, i64 0, !95, i64 2, !96, i64 4, !86, i64 8}
!95 = !{!"short", !86, i64 0}
!96 = !{!"in_addr", !85, i64 0}
!97 = !DILocation(line: 34, column: 19, scope: !52)
!98 = !DILocation(line: 34, column: 8, scope: !52)
!99 = !DILocation(line: 34, column: 17, scope: !52)
!100 = !{!94, !95, i64 2}
!101 = !DILocation(line: 35, column: 26, scope: !52)
!102 = !DILocation(line: 35, column: 8, scope: !52)
!103 = !DILocation(line: 35, column: 17, scope: !52)
!104 = !DILocation(line: 35, column: 24, scope: !52)
!105 = !{!94, !85, i64 4}
!106 = !DILocation(line: 36, column: 12, scope: !107)
!107 = distinct !DILexicalBlock(scope: !52, file: !3, line: 36, column: 7)
!108 = !DILocation(line: 36, column: 7, scope: !107)
!109 = !DILocation(line: 36, column: 58, scope: !107)
!110 = !DILocation(line: 36, column: 7, scope: !52)
!111 = !DILocation(line: 37, column: 5, scope: !107)
!112 = !DILocation(line: 38, column: 3, scope: !52)
!113 = !DILocation(line: 38, column: 13, scope: !52)
!114 = !DILocation(line: 39, column: 8, scope: !79)
!115 = !DILocation(line: 39, column: 12, scope: !79)
!116 = !DILocation(line: 39, column: 19, scope: !117)
!117 = distinct !DILexicalBlock(scope: !79, file: !3, line: 39, column: 3)
!118 = !DILocation(line: 39, column: 21, scope: !117)
!119 = !DILocation(line: 39, column: 3, scope: !79)
!120 = !DILocation(line: 39, column: 3, scope: !117)
!121 = !DILocation(line: 40, column: 29, scope: !117)
!122 = !DILocation(line: 40, column: 21, scope: !117)
!123 = !DILocation(line: 40, column: 5, scope: !117)
!124 = !DILocation(line: 39, column: 27, scope: !117)
!125 = distinct !{!125, !119, !126, !127}
!126 = !DILocation(line: 40, column: 51, scope: !79)
!127 = !{!"llvm.loop.mustprogress"}
!128 = !DILocation(line: 41, column: 8, scope: !81)
!129 = !DILocation(line: 41, column: 12, scope: !81)
!130 = !DILocation(line: 41, column: 19, scope: !131)
!131 = distinct !DILexicalBlock(scope: !81, file: !3, line: 41, column: 3)
!132 = !DILocation(line: 41, column: 21, scope: !131)
!133 = !DILocation(line: 41, column: 3, scope: !81)
!134 = !DILocation(line: 41, column: 3, scope: !131)
!135 = !DILocation(line: 42, column: 26, scope: !131)
!136 = !DILocation(line: 42, column: 18, scope: !131)
!137 = !{!138, !138, i64 0}
!138 = !{!"long", !86, i64 0}
!139 = !DILocation(line: 42, column: 5, scope: !131)
!140 = !DILocation(line: 41, column: 27, scope: !131)
!141 = distinct !{!141, !133, !142, !127}
!142 = !DILocation(line: 42, column: 34, scope: !81)
!143 = !DILocation(line: 43, column: 3, scope: !52)
!144 = !DILocation(line: 44, column: 1, scope: !52)
!145 = !DISubprogram(name: "socket", scope: !146, file: !146, line: 102, type: !147, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!146 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!147 = !DISubroutineType(types: !148)
!148 = !{!44, !44, !44, !44}
!149 = distinct !DISubprogram(name: "__bswap_16", scope: !150, file: !150, line: 34, type: !151, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !153)
!150 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!151 = !DISubroutineType(types: !152)
!152 = !{!39, !39}
!153 = !{!154}
!154 = !DILocalVariable(name: "__bsx", arg: 1, scope: !149, file: !150, line: 34, type: !39)
!155 = !{!95, !95, i64 0}
!156 = !DILocation(line: 34, column: 24, scope: !149)
!157 = !DILocation(line: 39, column: 10, scope: !149)
!158 = !DILocation(line: 39, column: 3, scope: !149)
!159 = distinct !DISubprogram(name: "__bswap_32", scope: !150, file: !150, line: 49, type: !160, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !162)
!160 = !DISubroutineType(types: !161)
!161 = !{!23, !23}
!162 = !{!163}
!163 = !DILocalVariable(name: "__bsx", arg: 1, scope: !159, file: !150, line: 49, type: !23)
!164 = !DILocation(line: 49, column: 24, scope: !159)
!165 = !DILocation(line: 54, column: 10, scope: !159)
!166 = !DILocation(line: 54, column: 3, scope: !159)
!167 = !DISubprogram(name: "bind", scope: !146, file: !146, line: 112, type: !168, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!168 = !DISubroutineType(types: !169)
!169 = !{!44, !44, !170, !172}
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !171, size: 64)
!171 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !173)
!173 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!174 = !DISubprogram(name: "pthread_create", scope: !175, file: !175, line: 202, type: !176, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!176 = !DISubroutineType(types: !177)
!177 = !{!44, !178, !180, !192, !195}
!178 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !179)
!179 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64)
!180 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !181)
!181 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !182, size: 64)
!182 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !183)
!183 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_attr_t", file: !75, line: 62, baseType: !184)
!184 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "pthread_attr_t", file: !75, line: 56, size: 448, elements: !185)
!185 = !{!186, !190}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !184, file: !75, line: 58, baseType: !187, size: 448)
!187 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 448, elements: !188)
!188 = !{!189}
!189 = !DISubrange(count: 56)
!190 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !184, file: !75, line: 59, baseType: !191, size: 64)
!191 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !193, size: 64)
!193 = !DISubroutineType(types: !194)
!194 = !{!38, !38}
!195 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !38)
!196 = distinct !DISubprogram(name: "worker", scope: !3, file: !3, line: 13, type: !193, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !197)
!197 = !{!198, !199, !203, !207, !208}
!198 = !DILocalVariable(name: "arg", arg: 1, scope: !196, file: !3, line: 13, type: !38)
!199 = !DILocalVariable(name: "buf", scope: !196, file: !3, line: 15, type: !200)
!200 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !201)
!201 = !{!202}
!202 = !DISubrange(count: 512)
!203 = !DILocalVariable(name: "src", scope: !204, file: !3, line: 17, type: !57)
!204 = distinct !DILexicalBlock(scope: !205, file: !3, line: 16, column: 12)
!205 = distinct !DILexicalBlock(scope: !206, file: !3, line: 16, column: 3)
!206 = distinct !DILexicalBlock(scope: !196, file: !3, line: 16, column: 3)
!207 = !DILocalVariable(name: "len", scope: !204, file: !3, line: 18, type: !172)
!208 = !DILocalVariable(name: "n", scope: !204, file: !3, line: 19, type: !209)
!209 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !210, line: 108, baseType: !211)
!210 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!211 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !191)
!212 = !{!213, !213, i64 0}
!213 = !{!"any pointer", !86, i64 0}
!214 = !DILocation(line: 13, column: 27, scope: !196)
!215 = !DILocation(line: 14, column: 9, scope: !196)
!216 = !DILocation(line: 15, column: 3, scope: !196)
!217 = !DILocation(line: 15, column: 8, scope: !196)
!218 = !DILocation(line: 16, column: 3, scope: !196)
!219 = !DILocation(line: 17, column: 5, scope: !204)
!220 = !DILocation(line: 17, column: 24, scope: !204)
!221 = !DILocation(line: 18, column: 5, scope: !204)
!222 = !DILocation(line: 18, column: 15, scope: !204)
!223 = !DILocation(line: 19, column: 5, scope: !204)
!224 = !DILocation(line: 19, column: 13, scope: !204)
!225 = !DILocation(line: 20, column: 18, scope: !204)
!226 = !DILocation(line: 20, column: 24, scope: !204)
!227 = !DILocation(line: 20, column: 9, scope: !204)
!228 = !DILocation(line: 21, column: 9, scope: !229)
!229 = distinct !DILexicalBlock(scope: !204, file: !3, line: 21, column: 9)
!230 = !DILocation(line: 21, column: 11, scope: !229)
!231 = !DILocation(line: 21, column: 9, scope: !204)
!232 = !DILocation(line: 22, column: 7, scope: !229)
!233 = distinct !{!233, !234, !235}
!234 = !DILocation(line: 16, column: 3, scope: !206)
!235 = !DILocation(line: 25, column: 3, scope: !206)
!236 = !DILocation(line: 23, column: 11, scope: !204)
!237 = !DILocation(line: 24, column: 12, scope: !204)
!238 = !DILocation(line: 24, column: 18, scope: !204)
!239 = !DILocation(line: 24, column: 23, scope: !204)
!240 = !DILocation(line: 24, column: 54, scope: !204)
!241 = !DILocation(line: 24, column: 5, scope: !204)
!242 = !DILocation(line: 25, column: 3, scope: !205)
!243 = !DILocation(line: 16, column: 3, scope: !205)
!244 = !DISubprogram(name: "pthread_join", scope: !175, file: !175, line: 219, type: !245, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!245 = !DISubroutineType(types: !246)
!246 = !{!44, !74, !247}
!247 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64)
!248 = !DISubprogram(name: "recvfrom", scope: !146, file: !146, line: 163, type: !249, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!249 = !DISubroutineType(types: !250)
!250 = !{!209, !44, !195, !251, !44, !253, !254}
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !252, line: 18, baseType: !43)
!252 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!253 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!254 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !255)
!255 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !172, size: 64)
!256 = !DISubprogram(name: "sendto", scope: !146, file: !146, line: 152, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!257 = !DISubroutineType(types: !258)
!258 = !{!209, !44, !259, !251, !44, !170, !172}
!259 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !260, size: 64)
!260 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
