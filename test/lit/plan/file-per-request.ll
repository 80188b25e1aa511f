; The issue's refused server: loadavg.c opens /proc/loadavg for every
; request (fopen at line 19) before it can answer, so no request can be
; answered in the kernel. The plan says so (omega 0), names the fopen's
; line, and the Missed remarks say the same: NotOffloaded at the receive
; (line 15) and BlockingIO at the fopen. The receive's error return (line
; 15) cannot happen in the kernel and is not counted as a request the
; kernel finishes. A NULL from fopen is its failure: weighed cold (1/17),
; so 16/17 of requests (94.1%) read the file; before, BPI's NULL heuristic
; gave 62.5%.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-missed=koffload -koffload-report=%t.json -pass-remarks-output=%t.yaml -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; assert c['omega'] == 0 and c['offload'] is False and c['replies'] == [], c; b=c['blockers'][0]; assert (b['reason'], b['detail'], b['location'], b['reach']) == ('BlockingIO', 'fopen', 'loadavg.c:19', 1.0), b" %t.json
;
; CHECK-LABEL: koffload plan for 'loadavg.c'
; CHECK:       candidate #0: socket #0 udp port 7200, event loop #0, hook xdp
; CHECK:       arrival: loadavg.c:15
; CHECK-NOT:   reply:
; CHECK:       omega 0.000
; CHECK:       decision: no request can be answered in the kernel: every path from the receive meets a blocker
; CHECK-NEXT:  blocked: BlockingIO fopen at loadavg.c:19 (reached by 100.0% of requests)
; CHECK-NEXT:  blocked: BlockingIO fread at loadavg.c:21 (reached by 94.1% of requests)
; CHECK-NEXT:  blocked: BlockingIO fclose at loadavg.c:22 (reached by 94.1% of requests)
; CHECK-NOT:   fallback:
; CHECK:       summary: 1 candidate, 0 offloaded
;
; REMARK:      remark: loadavg.c:15:7: requests on socket #0 stay in userspace: no request can be answered in the kernel
; REMARK-NEXT: remark: loadavg.c:19:13: BlockingIO (fopen): system calls cannot run in the kernel fast path
;
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-plan{{$}}
; YAML-NEXT: Name:            NotOffloaded
; YAML-NEXT: DebugLoc:        { File: loadavg.c, Line: 15, Column: 7 }
; YAML:      --- !Missed
; YAML-NEXT: Pass:            koffload-feasibility{{$}}
; YAML-NEXT: Name:            BlockingIO
; YAML-NEXT: DebugLoc:        { File: loadavg.c, Line: 19, Column: 13 }
; YAML-NEXT: Function:        main
; YAML-NEXT: Args:
; YAML-NEXT:   - Reason:          BlockingIO
; YAML-NEXT:   - String:          ' ('
; YAML-NEXT:   - Detail:          fopen
;
; MADE-FROM: Inputs/loadavg.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - loadavg.c

; ModuleID = 'loadavg.c'
source_filename = "loadavg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@.str = private unnamed_addr constant [14 x i8] c"/proc/loadavg\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [2 x i8] c"r\00", align 1, !dbg !7

; Function Attrs: nounwind uwtable
define dso_local i32 @main() #0 !dbg !52 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.pollfd, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6, !dbg !82
    #dbg_declare(ptr %2, !57, !DIExpression(), !83)
  %5 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !84
  store i32 %5, ptr %2, align 4, !dbg !83, !tbaa !85
  call void @llvm.lifetime.start.p0(i64 16, ptr %3) #6, !dbg !89
    #dbg_declare(ptr %3, !58, !DIExpression(), !90)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !91
  %6 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !92
  store i16 2, ptr %6, align 4, !dbg !93, !tbaa !94
  %7 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7200), !dbg !98
  %8 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !99
  store i16 %7, ptr %8, align 2, !dbg !100, !tbaa !101
  %9 = call i32 @__bswap_32(i32 noundef 0), !dbg !102
  %10 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !103
  %11 = getelementptr inbounds %struct.in_addr, ptr %10, i32 0, i32 0, !dbg !104
  store i32 %9, ptr %11, align 4, !dbg !105, !tbaa !106
  %12 = load i32, ptr %2, align 4, !dbg !107, !tbaa !85
  %13 = call i32 @bind(i32 noundef %12, ptr noundef %3, i32 noundef 16) #6, !dbg !109
  %14 = icmp slt i32 %13, 0, !dbg !110
  br i1 %14, label %15, label %16, !dbg !111

15:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 16, ptr %3) #6, !dbg !112
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6, !dbg !112
  ret i32 1, !dbg !113

16:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #6, !dbg !114
    #dbg_declare(ptr %4, !74, !DIExpression(), !115)
  %17 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 0, !dbg !116
  %18 = load i32, ptr %2, align 4, !dbg !117, !tbaa !85
  store i32 %18, ptr %17, align 4, !dbg !116, !tbaa !118
  %19 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 1, !dbg !116
  store i16 1, ptr %19, align 4, !dbg !116, !tbaa !120
  %20 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !116
  store i16 0, ptr %20, align 2, !dbg !116, !tbaa !121
  br label %21, !dbg !122

21:                                               ; preds = %32, %16
  %22 = call i32 @poll(ptr noundef %4, i64 noundef 1, i32 noundef 1000), !dbg !123
  %23 = icmp sgt i32 %22, 0, !dbg !128
  br i1 %23, label %24, label %32, !dbg !129

24:                                               ; preds = %21
  %25 = getelementptr inbounds %struct.pollfd, ptr %4, i32 0, i32 2, !dbg !130
  %26 = load i16, ptr %25, align 2, !dbg !130, !tbaa !121
  %27 = sext i16 %26 to i32, !dbg !131
  %28 = and i32 %27, 1, !dbg !132
  %29 = icmp ne i32 %28, 0, !dbg !132
  br i1 %29, label %30, label %32, !dbg !133

30:                                               ; preds = %24
  %31 = load i32, ptr %2, align 4, !dbg !134, !tbaa !85
  call void @answer(i32 noundef %31), !dbg !135
  br label %32, !dbg !135

32:                                               ; preds = %30, %24, %21
  br label %21, !dbg !136, !llvm.loop !137
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !140 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #4 !dbg !144 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !150
    #dbg_declare(ptr %2, !149, !DIExpression(), !151)
  %3 = load i16, ptr %2, align 2, !dbg !152, !tbaa !150
  %4 = zext i16 %3 to i32, !dbg !152
  %5 = ashr i32 %4, 8, !dbg !152
  %6 = and i32 %5, 255, !dbg !152
  %7 = load i16, ptr %2, align 2, !dbg !152, !tbaa !150
  %8 = zext i16 %7 to i32, !dbg !152
  %9 = and i32 %8, 255, !dbg !152
  %10 = shl i32 %9, 8, !dbg !152
  %11 = or i32 %6, %10, !dbg !152
  %12 = trunc i32 %11 to i16, !dbg !152
  ret i16 %12, !dbg !153
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #4 !dbg !154 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !85
    #dbg_declare(ptr %2, !158, !DIExpression(), !159)
  %3 = load i32, ptr %2, align 4, !dbg !160, !tbaa !85
  %4 = and i32 %3, -16777216, !dbg !160
  %5 = lshr i32 %4, 24, !dbg !160
  %6 = load i32, ptr %2, align 4, !dbg !160, !tbaa !85
  %7 = and i32 %6, 16711680, !dbg !160
  %8 = lshr i32 %7, 8, !dbg !160
  %9 = or i32 %5, %8, !dbg !160
  %10 = load i32, ptr %2, align 4, !dbg !160, !tbaa !85
  %11 = and i32 %10, 65280, !dbg !160
  %12 = shl i32 %11, 8, !dbg !160
  %13 = or i32 %9, %12, !dbg !160
  %14 = load i32, ptr %2, align 4, !dbg !160, !tbaa !85
  %15 = and i32 %14, 255, !dbg !160
  %16 = shl i32 %15, 24, !dbg !160
  %17 = or i32 %13, %16, !dbg !160
  ret i32 %17, !dbg !161
}

; Function Attrs: nounwind
declare !dbg !162 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare !dbg !169 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #5

; Function Attrs: nounwind uwtable
define internal void @answer(i32 noundef %0) #0 !dbg !175 {
  %2 = alloca i32, align 4
  %3 = alloca [64 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [128 x i8], align 16
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !85
    #dbg_declare(ptr %2, !179, !DIExpression(), !250)
  call void @llvm.lifetime.start.p0(i64 64, ptr %3) #6, !dbg !251
    #dbg_declare(ptr %3, !180, !DIExpression(), !252)
  call void @llvm.lifetime.start.p0(i64 16, ptr %4) #6, !dbg !253
    #dbg_declare(ptr %4, !184, !DIExpression(), !254)
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #6, !dbg !255
    #dbg_declare(ptr %5, !185, !DIExpression(), !256)
  store i32 16, ptr %5, align 4, !dbg !256, !tbaa !85
  %10 = load i32, ptr %2, align 4, !dbg !257, !tbaa !85
  %11 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0, !dbg !259
  %12 = call i64 @recvfrom(i32 noundef %10, ptr noundef %11, i64 noundef 64, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !260
  %13 = icmp slt i64 %12, 0, !dbg !261
  br i1 %13, label %14, label %15, !dbg !262

14:                                               ; preds = %1
  store i32 1, ptr %6, align 4
  br label %31, !dbg !263

15:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(i64 128, ptr %7) #6, !dbg !264
    #dbg_declare(ptr %7, !186, !DIExpression(), !265)
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6, !dbg !266
    #dbg_declare(ptr %8, !190, !DIExpression(), !267)
  store i64 0, ptr %8, align 8, !dbg !267, !tbaa !268
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #6, !dbg !270
    #dbg_declare(ptr %9, !193, !DIExpression(), !271)
  %16 = call noalias ptr @fopen(ptr noundef @.str, ptr noundef @.str.1), !dbg !272
  store ptr %16, ptr %9, align 8, !dbg !271, !tbaa !273
  %17 = load ptr, ptr %9, align 8, !dbg !275, !tbaa !273
  %18 = icmp ne ptr %17, null, !dbg !275
  br i1 %18, label %19, label %25, !dbg !277

19:                                               ; preds = %15
  %20 = getelementptr inbounds [128 x i8], ptr %7, i64 0, i64 0, !dbg !278
  %21 = load ptr, ptr %9, align 8, !dbg !280, !tbaa !273
  %22 = call i64 @fread(ptr noundef %20, i64 noundef 1, i64 noundef 128, ptr noundef %21), !dbg !281
  store i64 %22, ptr %8, align 8, !dbg !282, !tbaa !268
  %23 = load ptr, ptr %9, align 8, !dbg !283, !tbaa !273
  %24 = call i32 @fclose(ptr noundef %23), !dbg !284
  br label %25, !dbg !285

25:                                               ; preds = %19, %15
  %26 = load i32, ptr %2, align 4, !dbg !286, !tbaa !85
  %27 = getelementptr inbounds [128 x i8], ptr %7, i64 0, i64 0, !dbg !287
  %28 = load i64, ptr %8, align 8, !dbg !288, !tbaa !268
  %29 = load i32, ptr %5, align 4, !dbg !289, !tbaa !85
  %30 = call i64 @sendto(i32 noundef %26, ptr noundef %27, i64 noundef %28, i32 noundef 0, ptr noundef %4, i32 noundef %29), !dbg !290
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #6, !dbg !291
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6, !dbg !291
  call void @llvm.lifetime.end.p0(i64 128, ptr %7) #6, !dbg !291
  store i32 0, ptr %6, align 4, !dbg !291
  br label %31, !dbg !291

31:                                               ; preds = %25, %14
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #6, !dbg !291
  call void @llvm.lifetime.end.p0(i64 16, ptr %4) #6, !dbg !291
  call void @llvm.lifetime.end.p0(i64 64, ptr %3) #6, !dbg !291
  %32 = load i32, ptr %6, align 4
  switch i32 %32, label %34 [
    i32 0, label %33
    i32 1, label %33
  ]

33:                                               ; preds = %31, %31
  ret void, !dbg !291

34:                                               ; preds = %31
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !292 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare !dbg !302 noalias ptr @fopen(ptr noundef, ptr noundef) #5

declare !dbg !309 i64 @fread(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #5

declare !dbg !313 i32 @fclose(ptr noundef) #5

declare !dbg !316 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!45, !46, !47, !48, !49, !50}
!llvm.ident = !{!51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "loadavg.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "3466acc858bfece0dec260aa295e727f")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 14)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 2)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, retainedTypes: !27, globals: !44, splitDebugInlining: false, nameTableKind: None)
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
!27 = !{!28, !34, !43}
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !29, line: 30, baseType: !30)
!29 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !31, line: 26, baseType: !32)
!31 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !33, line: 42, baseType: !16)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!35 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !36, line: 183, size: 128, elements: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!37 = !{!38, !42}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !35, file: !36, line: 185, baseType: !39, size: 16)
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !40, line: 28, baseType: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!41 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !35, file: !36, line: 186, baseType: !3, size: 112, offset: 16)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !33, line: 40, baseType: !41)
!44 = !{!0, !7}
!45 = !{i32 7, !"Dwarf Version", i32 5}
!46 = !{i32 2, !"Debug Info Version", i32 3}
!47 = !{i32 1, !"wchar_size", i32 4}
!48 = !{i32 8, !"PIC Level", i32 2}
!49 = !{i32 7, !"PIE Level", i32 2}
!50 = !{i32 7, !"uwtable", i32 2}
!51 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!52 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 27, type: !53, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !56)
!53 = !DISubroutineType(types: !54)
!54 = !{!55}
!55 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!56 = !{!57, !58, !74}
!57 = !DILocalVariable(name: "fd", scope: !52, file: !2, line: 28, type: !55)
!58 = !DILocalVariable(name: "addr", scope: !52, file: !2, line: 29, type: !59)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !29, line: 245, size: 128, elements: !60)
!60 = !{!61, !62, !65, !69}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !59, file: !29, line: 247, baseType: !39, size: 16)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !59, file: !29, line: 248, baseType: !63, size: 16, offset: 16)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !29, line: 123, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !31, line: 25, baseType: !43)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !59, file: !29, line: 249, baseType: !66, size: 32, offset: 32)
!66 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !29, line: 31, size: 32, elements: !67)
!67 = !{!68}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !66, file: !29, line: 33, baseType: !28, size: 32)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !59, file: !29, line: 252, baseType: !70, size: 64, offset: 64)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !71, size: 64, elements: !72)
!71 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!72 = !{!73}
!73 = !DISubrange(count: 8)
!74 = !DILocalVariable(name: "pfd", scope: !52, file: !2, line: 36, type: !75)
!75 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !76, line: 36, size: 64, elements: !77)
!76 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!77 = !{!78, !79, !81}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !75, file: !76, line: 38, baseType: !55, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !75, file: !76, line: 39, baseType: !80, size: 16, offset: 32)
!80 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !75, file: !76, line: 40, baseType: !80, size: 16, offset: 48)
!82 = !DILocation(line: 28, column: 3, scope: !52)
!83 = !DILocation(line: 28, column: 7, scope: !52)
!84 = !DILocation(line: 28, column: 12, scope: !52)
!85 = !{!86, !86, i64 0}
!86 = !{!"int", !87, i64 0}
!87 = !{!"omnipotent char", !88, i64 0}
!88 = !{!"Simple C/C++ TBAA"}
!89 = !DILocation(line: 29, column: 3, scope: !52)
!90 = !DILocation(line: 29, column: 22, scope: !52)
!91 = !DILocation(line: 30, column: 3, scope: !52)
!92 = !DILocation(line: 31, column: 8, scope: !52)
!93 = !DILocation(line: 31, column: 19, scope: !52)
!94 = !{!95, !96, i64 0}
!95 = !{!"sockaddr_in", !96, i64 0, !96, i64 2, !97, i64 4, !87, i64 8}
!96 = !{!"short", !87, i64 0}
!97 = !{!"in_addr", !86, i64 0}
!98 = !DILocation(line: 32, column: 19, scope: !52)
!99 = !DILocation(line: 32, column: 8, scope: !52)
!100 = !DILocation(line: 32, column: 17, scope: !52)
!101 = !{!95, !96, i64 2}
!102 = !DILocation(line: 33, column: 26, scope: !52)
!103 = !DILocation(line: 33, column: 8, scope: !52)
!104 = !DILocation(line: 33, column: 17, scope: !52)
!105 = !DILocation(line: 33, column: 24, scope: !52)
!106 = !{!95, !86, i64 4}
!107 = !DILocation(line: 34, column: 12, scope: !108)
!108 = distinct !DILexicalBlock(scope: !52, file: !2, line: 34, column: 7)
!109 = !DILocation(line: 34, column: 7, scope: !108)
!110 = !DILocation(line: 34, column: 56, scope: !108)
!111 = !DILocation(line: 34, column: 7, scope: !52)
!112 = !DILocation(line: 41, column: 1, scope: !52)
!113 = !DILocation(line: 35, column: 5, scope: !108)
!114 = !DILocation(line: 36, column: 3, scope: !52)
!115 = !DILocation(line: 36, column: 17, scope: !52)
!116 = !DILocation(line: 36, column: 23, scope: !52)
!117 = !DILocation(line: 36, column: 30, scope: !52)
!118 = !{!119, !86, i64 0}
!119 = !{!"pollfd", !86, i64 0, !96, i64 4, !96, i64 6}
!120 = !{!119, !96, i64 4}
!121 = !{!119, !96, i64 6}
!122 = !DILocation(line: 37, column: 3, scope: !52)
!123 = !DILocation(line: 38, column: 9, scope: !124)
!124 = distinct !DILexicalBlock(scope: !125, file: !2, line: 38, column: 9)
!125 = distinct !DILexicalBlock(scope: !126, file: !2, line: 37, column: 12)
!126 = distinct !DILexicalBlock(scope: !127, file: !2, line: 37, column: 3)
!127 = distinct !DILexicalBlock(scope: !52, file: !2, line: 37, column: 3)
!128 = !DILocation(line: 38, column: 29, scope: !124)
!129 = !DILocation(line: 38, column: 33, scope: !124)
!130 = !DILocation(line: 38, column: 41, scope: !124)
!131 = !DILocation(line: 38, column: 37, scope: !124)
!132 = !DILocation(line: 38, column: 49, scope: !124)
!133 = !DILocation(line: 38, column: 9, scope: !125)
!134 = !DILocation(line: 39, column: 14, scope: !124)
!135 = !DILocation(line: 39, column: 7, scope: !124)
!136 = !DILocation(line: 37, column: 3, scope: !126)
!137 = distinct !{!137, !138, !139}
!138 = !DILocation(line: 37, column: 3, scope: !127)
!139 = !DILocation(line: 40, column: 3, scope: !127)
!140 = !DISubprogram(name: "socket", scope: !141, file: !141, line: 102, type: !142, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!141 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!142 = !DISubroutineType(types: !143)
!143 = !{!55, !55, !55, !55}
!144 = distinct !DISubprogram(name: "__bswap_16", scope: !145, file: !145, line: 34, type: !146, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !148)
!145 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!146 = !DISubroutineType(types: !147)
!147 = !{!43, !43}
!148 = !{!149}
!149 = !DILocalVariable(name: "__bsx", arg: 1, scope: !144, file: !145, line: 34, type: !43)
!150 = !{!96, !96, i64 0}
!151 = !DILocation(line: 34, column: 24, scope: !144)
!152 = !DILocation(line: 39, column: 10, scope: !144)
!153 = !DILocation(line: 39, column: 3, scope: !144)
!154 = distinct !DISubprogram(name: "__bswap_32", scope: !145, file: !145, line: 49, type: !155, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !157)
!155 = !DISubroutineType(types: !156)
!156 = !{!32, !32}
!157 = !{!158}
!158 = !DILocalVariable(name: "__bsx", arg: 1, scope: !154, file: !145, line: 49, type: !32)
!159 = !DILocation(line: 49, column: 24, scope: !154)
!160 = !DILocation(line: 54, column: 10, scope: !154)
!161 = !DILocation(line: 54, column: 3, scope: !154)
!162 = !DISubprogram(name: "bind", scope: !141, file: !141, line: 112, type: !163, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!163 = !DISubroutineType(types: !164)
!164 = !{!55, !55, !165, !167}
!165 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !166, size: 64)
!166 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!167 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !36, line: 33, baseType: !168)
!168 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !33, line: 210, baseType: !16)
!169 = !DISubprogram(name: "poll", scope: !76, file: !76, line: 54, type: !170, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!170 = !DISubroutineType(types: !171)
!171 = !{!55, !172, !173, !55}
!172 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64)
!173 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !76, line: 33, baseType: !174)
!174 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!175 = distinct !DISubprogram(name: "answer", scope: !2, file: !2, line: 11, type: !176, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !178)
!176 = !DISubroutineType(types: !177)
!177 = !{null, !55}
!178 = !{!179, !180, !184, !185, !186, !190, !193}
!179 = !DILocalVariable(name: "fd", arg: 1, scope: !175, file: !2, line: 11, type: !55)
!180 = !DILocalVariable(name: "buf", scope: !175, file: !2, line: 12, type: !181)
!181 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 512, elements: !182)
!182 = !{!183}
!183 = !DISubrange(count: 64)
!184 = !DILocalVariable(name: "src", scope: !175, file: !2, line: 13, type: !59)
!185 = !DILocalVariable(name: "len", scope: !175, file: !2, line: 14, type: !167)
!186 = !DILocalVariable(name: "reply", scope: !175, file: !2, line: 17, type: !187)
!187 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 1024, elements: !188)
!188 = !{!189}
!189 = !DISubrange(count: 128)
!190 = !DILocalVariable(name: "got", scope: !175, file: !2, line: 18, type: !191)
!191 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !192, line: 18, baseType: !174)
!192 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!193 = !DILocalVariable(name: "f", scope: !175, file: !2, line: 19, type: !194)
!194 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !195, size: 64)
!195 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !196, line: 7, baseType: !197)
!196 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!197 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !198, line: 49, size: 1728, elements: !199)
!198 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!199 = !{!200, !201, !203, !204, !205, !206, !207, !208, !209, !210, !211, !212, !213, !216, !218, !219, !220, !223, !224, !226, !230, !233, !235, !238, !241, !242, !244, !245, !246}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !197, file: !198, line: 51, baseType: !55, size: 32)
!201 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !197, file: !198, line: 54, baseType: !202, size: 64, offset: 64)
!202 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !197, file: !198, line: 55, baseType: !202, size: 64, offset: 128)
!204 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !197, file: !198, line: 56, baseType: !202, size: 64, offset: 192)
!205 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !197, file: !198, line: 57, baseType: !202, size: 64, offset: 256)
!206 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !197, file: !198, line: 58, baseType: !202, size: 64, offset: 320)
!207 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !197, file: !198, line: 59, baseType: !202, size: 64, offset: 384)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !197, file: !198, line: 60, baseType: !202, size: 64, offset: 448)
!209 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !197, file: !198, line: 61, baseType: !202, size: 64, offset: 512)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !197, file: !198, line: 64, baseType: !202, size: 64, offset: 576)
!211 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !197, file: !198, line: 65, baseType: !202, size: 64, offset: 640)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !197, file: !198, line: 66, baseType: !202, size: 64, offset: 704)
!213 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !197, file: !198, line: 68, baseType: !214, size: 64, offset: 768)
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !215, size: 64)
!215 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !198, line: 36, flags: DIFlagFwdDecl)
!216 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !197, file: !198, line: 70, baseType: !217, size: 64, offset: 832)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !197, size: 64)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !197, file: !198, line: 72, baseType: !55, size: 32, offset: 896)
!219 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !197, file: !198, line: 73, baseType: !55, size: 32, offset: 928)
!220 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !197, file: !198, line: 74, baseType: !221, size: 64, offset: 960)
!221 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !33, line: 152, baseType: !222)
!222 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !197, file: !198, line: 77, baseType: !41, size: 16, offset: 1024)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !197, file: !198, line: 78, baseType: !225, size: 8, offset: 1040)
!225 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !197, file: !198, line: 79, baseType: !227, size: 8, offset: 1048)
!227 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 8, elements: !228)
!228 = !{!229}
!229 = !DISubrange(count: 1)
!230 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !197, file: !198, line: 81, baseType: !231, size: 64, offset: 1088)
!231 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !232, size: 64)
!232 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !198, line: 43, baseType: null)
!233 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !197, file: !198, line: 89, baseType: !234, size: 64, offset: 1152)
!234 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !33, line: 153, baseType: !222)
!235 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !197, file: !198, line: 91, baseType: !236, size: 64, offset: 1216)
!236 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !237, size: 64)
!237 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !198, line: 37, flags: DIFlagFwdDecl)
!238 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !197, file: !198, line: 92, baseType: !239, size: 64, offset: 1280)
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !240, size: 64)
!240 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !198, line: 38, flags: DIFlagFwdDecl)
!241 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !197, file: !198, line: 93, baseType: !217, size: 64, offset: 1344)
!242 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !197, file: !198, line: 94, baseType: !243, size: 64, offset: 1408)
!243 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!244 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !197, file: !198, line: 95, baseType: !191, size: 64, offset: 1472)
!245 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !197, file: !198, line: 96, baseType: !55, size: 32, offset: 1536)
!246 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !197, file: !198, line: 98, baseType: !247, size: 160, offset: 1568)
!247 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 160, elements: !248)
!248 = !{!249}
!249 = !DISubrange(count: 20)
!250 = !DILocation(line: 11, column: 24, scope: !175)
!251 = !DILocation(line: 12, column: 3, scope: !175)
!252 = !DILocation(line: 12, column: 8, scope: !175)
!253 = !DILocation(line: 13, column: 3, scope: !175)
!254 = !DILocation(line: 13, column: 22, scope: !175)
!255 = !DILocation(line: 14, column: 3, scope: !175)
!256 = !DILocation(line: 14, column: 13, scope: !175)
!257 = !DILocation(line: 15, column: 16, scope: !258)
!258 = distinct !DILexicalBlock(scope: !175, file: !2, line: 15, column: 7)
!259 = !DILocation(line: 15, column: 20, scope: !258)
!260 = !DILocation(line: 15, column: 7, scope: !258)
!261 = !DILocation(line: 15, column: 72, scope: !258)
!262 = !DILocation(line: 15, column: 7, scope: !175)
!263 = !DILocation(line: 16, column: 5, scope: !258)
!264 = !DILocation(line: 17, column: 3, scope: !175)
!265 = !DILocation(line: 17, column: 8, scope: !175)
!266 = !DILocation(line: 18, column: 3, scope: !175)
!267 = !DILocation(line: 18, column: 10, scope: !175)
!268 = !{!269, !269, i64 0}
!269 = !{!"long", !87, i64 0}
!270 = !DILocation(line: 19, column: 3, scope: !175)
!271 = !DILocation(line: 19, column: 9, scope: !175)
!272 = !DILocation(line: 19, column: 13, scope: !175)
!273 = !{!274, !274, i64 0}
!274 = !{!"any pointer", !87, i64 0}
!275 = !DILocation(line: 20, column: 7, scope: !276)
!276 = distinct !DILexicalBlock(scope: !175, file: !2, line: 20, column: 7)
!277 = !DILocation(line: 20, column: 7, scope: !175)
!278 = !DILocation(line: 21, column: 17, scope: !279)
!279 = distinct !DILexicalBlock(scope: !276, file: !2, line: 20, column: 10)
!280 = !DILocation(line: 21, column: 42, scope: !279)
!281 = !DILocation(line: 21, column: 11, scope: !279)
!282 = !DILocation(line: 21, column: 9, scope: !279)
!283 = !DILocation(line: 22, column: 12, scope: !279)
!284 = !DILocation(line: 22, column: 5, scope: !279)
!285 = !DILocation(line: 23, column: 3, scope: !279)
!286 = !DILocation(line: 24, column: 10, scope: !175)
!287 = !DILocation(line: 24, column: 14, scope: !175)
!288 = !DILocation(line: 24, column: 21, scope: !175)
!289 = !DILocation(line: 24, column: 54, scope: !175)
!290 = !DILocation(line: 24, column: 3, scope: !175)
!291 = !DILocation(line: 25, column: 1, scope: !175)
!292 = !DISubprogram(name: "recvfrom", scope: !141, file: !141, line: 163, type: !293, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!293 = !DISubroutineType(types: !294)
!294 = !{!295, !55, !298, !191, !55, !299, !300}
!295 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !296, line: 108, baseType: !297)
!296 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!297 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !33, line: 194, baseType: !222)
!298 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !243)
!299 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !34)
!300 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !301)
!301 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !167, size: 64)
!302 = !DISubprogram(name: "fopen", scope: !303, file: !303, line: 258, type: !304, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!303 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!304 = !DISubroutineType(types: !305)
!305 = !{!194, !306, !306}
!306 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !307)
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !308, size: 64)
!308 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!309 = !DISubprogram(name: "fread", scope: !303, file: !303, line: 675, type: !310, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!310 = !DISubroutineType(types: !311)
!311 = !{!174, !298, !191, !191, !312}
!312 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !194)
!313 = !DISubprogram(name: "fclose", scope: !303, file: !303, line: 178, type: !314, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!314 = !DISubroutineType(types: !315)
!315 = !{!55, !194}
!316 = !DISubprogram(name: "sendto", scope: !141, file: !141, line: 152, type: !317, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!317 = !DISubroutineType(types: !318)
!318 = !{!295, !55, !319, !191, !55, !165, !167}
!319 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !320, size: 64)
!320 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
