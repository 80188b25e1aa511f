; Of blockers of one rank, the decision names first the one most requests
; meet (issue 15: DINT tatp was named for sched_getcpu on 9% of requests
; while its heap table blocks 63%). Here a rare LOG request calls an
; external function (shard_cpu; sched_getcpu itself now runs in the
; kernel) before every request reads a heap table.
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %clang -O2 -g -S -emit-llvm %S/Inputs/rare-first.c -o %t.o2.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.o2.ll 2>&1 | FileCheck %s
; CHECK:      decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost PointerInSharedState (memory through the pointer in 'values' at rare-first.c:47)
; CHECK-NEXT: blocked: PointerInSharedState memory through the pointer in 'values' at rare-first.c:47 (reached by 100.0% of requests)
; CHECK-NEXT: blocked: UnknownExternal shard_cpu at rare-first.c:46 (reached by 50.0% of requests)
; CHECK:      summary: 1 candidate, 0 offloaded
;
; MADE-FROM: Inputs/rare-first.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - rare-first.c

; ModuleID = 'rare-first.c'
source_filename = "rare-first.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%union.__CONST_SOCKADDR_ARG = type { ptr }
%struct.message = type <{ i8, i32, i64 }>
%union.__SOCKADDR_ARG = type { ptr }

@values = internal global ptr null, align 8, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"recv\00", align 1, !dbg !38
@log_cpu = internal global [4096 x i32] zeroinitializer, align 16, !dbg !43

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !64 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %union.__CONST_SOCKADDR_ARG, align 8
  %5 = alloca %struct.message, align 1
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca %union.__SOCKADDR_ARG, align 8
  %9 = alloca i32, align 4
  %10 = alloca %union.__CONST_SOCKADDR_ARG, align 8
  store i32 0, ptr %1, align 4
  %11 = call noalias ptr @calloc(i64 noundef 4096, i64 noundef 8) #7, !dbg !69
  store ptr %11, ptr @values, align 8, !dbg !70
  %12 = load ptr, ptr @values, align 8, !dbg !71
  %13 = icmp ne ptr %12, null, !dbg !71
  br i1 %13, label %15, label %14, !dbg !73

14:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !74
  br label %60, !dbg !74

15:                                               ; preds = %0
    #dbg_declare(ptr %2, !75, !DIExpression(), !76)
  %16 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #8, !dbg !77
  store i32 %16, ptr %2, align 4, !dbg !76
    #dbg_declare(ptr %3, !78, !DIExpression(), !97)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !98
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !99
  store i16 2, ptr %17, align 4, !dbg !100
  %18 = call zeroext i16 @htons(i16 noundef zeroext 7301) #9, !dbg !101
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !102
  store i16 %18, ptr %19, align 2, !dbg !103
  %20 = load i32, ptr %2, align 4, !dbg !104
  store ptr %3, ptr %4, align 8, !dbg !106
  %21 = getelementptr inbounds %union.__CONST_SOCKADDR_ARG, ptr %4, i32 0, i32 0, !dbg !107
  %22 = load ptr, ptr %21, align 8, !dbg !107
  %23 = call i32 @bind(i32 noundef %20, ptr %22, i32 noundef 16) #8, !dbg !107
  %24 = icmp slt i32 %23, 0, !dbg !108
  br i1 %24, label %25, label %26, !dbg !109

25:                                               ; preds = %15
  store i32 1, ptr %1, align 4, !dbg !110
  br label %60, !dbg !110

26:                                               ; preds = %15
  br label %27, !dbg !111

27:                                               ; preds = %47, %26
    #dbg_declare(ptr %5, !112, !DIExpression(), !123)
    #dbg_declare(ptr %6, !124, !DIExpression(), !125)
    #dbg_declare(ptr %7, !126, !DIExpression(), !129)
  store i32 16, ptr %7, align 4, !dbg !129
  %28 = load i32, ptr %2, align 4, !dbg !130
  store ptr %6, ptr %8, align 8, !dbg !132
  %29 = getelementptr inbounds %union.__SOCKADDR_ARG, ptr %8, i32 0, i32 0, !dbg !133
  %30 = load ptr, ptr %29, align 8, !dbg !133
  %31 = call i64 @recvfrom(i32 noundef %28, ptr noundef %5, i64 noundef 13, i32 noundef 0, ptr %30, ptr noundef %7), !dbg !133
  %32 = icmp slt i64 %31, 0, !dbg !134
  br i1 %32, label %33, label %34, !dbg !135

33:                                               ; preds = %27
  call void @perror(ptr noundef @.str), !dbg !136
  call void @exit(i32 noundef 1) #10, !dbg !138
  unreachable, !dbg !138

34:                                               ; preds = %27
    #dbg_declare(ptr %9, !139, !DIExpression(), !140)
  %35 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 1, !dbg !141
  %36 = load i32, ptr %35, align 1, !dbg !141
  %37 = urem i32 %36, 4096, !dbg !142
  store i32 %37, ptr %9, align 4, !dbg !140
  %38 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !143
  %39 = load i8, ptr %38, align 1, !dbg !143
  %40 = zext i8 %39 to i32, !dbg !145
  %41 = icmp eq i32 %40, 2, !dbg !146
  br i1 %41, label %42, label %47, !dbg !147

42:                                               ; preds = %34
  %43 = call i32 @shard_cpu() #8, !dbg !148
  %44 = load i32, ptr %9, align 4, !dbg !149
  %45 = zext i32 %44 to i64, !dbg !150
  %46 = getelementptr inbounds [4096 x i32], ptr @log_cpu, i64 0, i64 %45, !dbg !150
  store i32 %43, ptr %46, align 4, !dbg !151
  br label %47, !dbg !150

47:                                               ; preds = %42, %34
  %48 = load ptr, ptr @values, align 8, !dbg !152
  %49 = load i32, ptr %9, align 4, !dbg !153
  %50 = zext i32 %49 to i64, !dbg !152
  %51 = getelementptr inbounds i64, ptr %48, i64 %50, !dbg !152
  %52 = load i64, ptr %51, align 8, !dbg !152
  %53 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 2, !dbg !154
  store i64 %52, ptr %53, align 1, !dbg !155
  %54 = getelementptr inbounds %struct.message, ptr %5, i32 0, i32 0, !dbg !156
  store i8 3, ptr %54, align 1, !dbg !157
  %55 = load i32, ptr %2, align 4, !dbg !158
  store ptr %6, ptr %10, align 8, !dbg !159
  %56 = load i32, ptr %7, align 4, !dbg !160
  %57 = getelementptr inbounds %union.__CONST_SOCKADDR_ARG, ptr %10, i32 0, i32 0, !dbg !161
  %58 = load ptr, ptr %57, align 8, !dbg !161
  %59 = call i64 @sendto(i32 noundef %55, ptr noundef %5, i64 noundef 13, i32 noundef 0, ptr %58, i32 noundef %56), !dbg !161
  br label %27, !dbg !162, !llvm.loop !163

60:                                               ; preds = %25, %14
  %61 = load i32, ptr %1, align 4, !dbg !166
  ret i32 %61, !dbg !166
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr, ptr noundef) #5

declare void @perror(ptr noundef) #5

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #6

; Function Attrs: nounwind
declare i32 @shard_cpu() #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr, i32 noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind allocsize(0,1) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(none) }
attributes #10 = { noreturn nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!56, !57, !58, !59, !60, !61, !62}
!llvm.ident = !{!63}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "values", scope: !2, file: !3, line: 22, type: !52, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !23, globals: !37, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "rare-first.c", directory: "/work/wt-corpus/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "0ed05d564f74891dafdc19b412f37ce8")
!4 = !{!5, !18}
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
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 14, baseType: !7, size: 32, elements: !19)
!19 = !{!20, !21, !22}
!20 = !DIEnumerator(name: "READ", value: 1)
!21 = !DIEnumerator(name: "LOG", value: 2)
!22 = !DIEnumerator(name: "OK", value: 3)
!23 = !{!24}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !26, line: 183, size: 128, elements: !27)
!26 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!27 = !{!28, !32}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !25, file: !26, line: 185, baseType: !29, size: 16)
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !30, line: 28, baseType: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!31 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !25, file: !26, line: 186, baseType: !33, size: 112, offset: 16)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 112, elements: !35)
!34 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!35 = !{!36}
!36 = !DISubrange(count: 14)
!37 = !{!38, !0, !43}
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(scope: null, file: !3, line: 41, type: !40, isLocal: true, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 40, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 5)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "log_cpu", scope: !2, file: !3, line: 23, type: !45, isLocal: true, isDefinition: true)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 131072, elements: !50)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !47, line: 26, baseType: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !49, line: 42, baseType: !7)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!50 = !{!51}
!51 = !DISubrange(count: 4096)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !47, line: 27, baseType: !54)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !49, line: 45, baseType: !55)
!55 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!56 = !{i32 7, !"Dwarf Version", i32 5}
!57 = !{i32 2, !"Debug Info Version", i32 3}
!58 = !{i32 1, !"wchar_size", i32 4}
!59 = !{i32 8, !"PIC Level", i32 2}
!60 = !{i32 7, !"PIE Level", i32 2}
!61 = !{i32 7, !"uwtable", i32 2}
!62 = !{i32 7, !"frame-pointer", i32 2}
!63 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!64 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 25, type: !65, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !68)
!65 = !DISubroutineType(types: !66)
!66 = !{!67}
!67 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!68 = !{}
!69 = !DILocation(line: 26, column: 12, scope: !64)
!70 = !DILocation(line: 26, column: 10, scope: !64)
!71 = !DILocation(line: 27, column: 8, scope: !72)
!72 = distinct !DILexicalBlock(scope: !64, file: !3, line: 27, column: 7)
!73 = !DILocation(line: 27, column: 7, scope: !64)
!74 = !DILocation(line: 28, column: 5, scope: !72)
!75 = !DILocalVariable(name: "fd", scope: !64, file: !3, line: 29, type: !67)
!76 = !DILocation(line: 29, column: 7, scope: !64)
!77 = !DILocation(line: 29, column: 12, scope: !64)
!78 = !DILocalVariable(name: "sa", scope: !64, file: !3, line: 30, type: !79)
!79 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !80, line: 245, size: 128, elements: !81)
!80 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!81 = !{!82, !83, !87, !92}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !79, file: !80, line: 247, baseType: !29, size: 16)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !79, file: !80, line: 248, baseType: !84, size: 16, offset: 16)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !80, line: 123, baseType: !85)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !47, line: 25, baseType: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !49, line: 40, baseType: !31)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !79, file: !80, line: 249, baseType: !88, size: 32, offset: 32)
!88 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !80, line: 31, size: 32, elements: !89)
!89 = !{!90}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !88, file: !80, line: 33, baseType: !91, size: 32)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !80, line: 30, baseType: !46)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !79, file: !80, line: 252, baseType: !93, size: 64, offset: 64)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 64, elements: !95)
!94 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!95 = !{!96}
!96 = !DISubrange(count: 8)
!97 = !DILocation(line: 30, column: 22, scope: !64)
!98 = !DILocation(line: 31, column: 3, scope: !64)
!99 = !DILocation(line: 32, column: 6, scope: !64)
!100 = !DILocation(line: 32, column: 17, scope: !64)
!101 = !DILocation(line: 33, column: 17, scope: !64)
!102 = !DILocation(line: 33, column: 6, scope: !64)
!103 = !DILocation(line: 33, column: 15, scope: !64)
!104 = !DILocation(line: 34, column: 12, scope: !105)
!105 = distinct !DILexicalBlock(scope: !64, file: !3, line: 34, column: 7)
!106 = !DILocation(line: 34, column: 16, scope: !105)
!107 = !DILocation(line: 34, column: 7, scope: !105)
!108 = !DILocation(line: 34, column: 52, scope: !105)
!109 = !DILocation(line: 34, column: 7, scope: !64)
!110 = !DILocation(line: 35, column: 5, scope: !105)
!111 = !DILocation(line: 36, column: 3, scope: !64)
!112 = !DILocalVariable(name: "msg", scope: !113, file: !3, line: 37, type: !116)
!113 = distinct !DILexicalBlock(scope: !114, file: !3, line: 36, column: 12)
!114 = distinct !DILexicalBlock(scope: !115, file: !3, line: 36, column: 3)
!115 = distinct !DILexicalBlock(scope: !64, file: !3, line: 36, column: 3)
!116 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "message", file: !3, line: 16, size: 104, elements: !117)
!117 = !{!118, !121, !122}
!118 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !116, file: !3, line: 17, baseType: !119, size: 8)
!119 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !47, line: 24, baseType: !120)
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !49, line: 38, baseType: !94)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !116, file: !3, line: 18, baseType: !46, size: 32, offset: 8)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !116, file: !3, line: 19, baseType: !53, size: 64, offset: 40)
!123 = !DILocation(line: 37, column: 20, scope: !113)
!124 = !DILocalVariable(name: "cli", scope: !113, file: !3, line: 38, type: !79)
!125 = !DILocation(line: 38, column: 24, scope: !113)
!126 = !DILocalVariable(name: "len", scope: !113, file: !3, line: 39, type: !127)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !26, line: 33, baseType: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !49, line: 210, baseType: !7)
!129 = !DILocation(line: 39, column: 15, scope: !113)
!130 = !DILocation(line: 40, column: 18, scope: !131)
!131 = distinct !DILexicalBlock(scope: !113, file: !3, line: 40, column: 9)
!132 = !DILocation(line: 40, column: 44, scope: !131)
!133 = !DILocation(line: 40, column: 9, scope: !131)
!134 = !DILocation(line: 40, column: 75, scope: !131)
!135 = !DILocation(line: 40, column: 9, scope: !113)
!136 = !DILocation(line: 41, column: 7, scope: !137)
!137 = distinct !DILexicalBlock(scope: !131, file: !3, line: 40, column: 80)
!138 = !DILocation(line: 42, column: 7, scope: !137)
!139 = !DILocalVariable(name: "slot", scope: !113, file: !3, line: 44, type: !46)
!140 = !DILocation(line: 44, column: 14, scope: !113)
!141 = !DILocation(line: 44, column: 25, scope: !113)
!142 = !DILocation(line: 44, column: 29, scope: !113)
!143 = !DILocation(line: 45, column: 13, scope: !144)
!144 = distinct !DILexicalBlock(scope: !113, file: !3, line: 45, column: 9)
!145 = !DILocation(line: 45, column: 9, scope: !144)
!146 = !DILocation(line: 45, column: 18, scope: !144)
!147 = !DILocation(line: 45, column: 9, scope: !113)
!148 = !DILocation(line: 46, column: 23, scope: !144)
!149 = !DILocation(line: 46, column: 15, scope: !144)
!150 = !DILocation(line: 46, column: 7, scope: !144)
!151 = !DILocation(line: 46, column: 21, scope: !144)
!152 = !DILocation(line: 47, column: 15, scope: !113)
!153 = !DILocation(line: 47, column: 22, scope: !113)
!154 = !DILocation(line: 47, column: 9, scope: !113)
!155 = !DILocation(line: 47, column: 13, scope: !113)
!156 = !DILocation(line: 48, column: 9, scope: !113)
!157 = !DILocation(line: 48, column: 14, scope: !113)
!158 = !DILocation(line: 49, column: 12, scope: !113)
!159 = !DILocation(line: 49, column: 38, scope: !113)
!160 = !DILocation(line: 49, column: 63, scope: !113)
!161 = !DILocation(line: 49, column: 5, scope: !113)
!162 = !DILocation(line: 36, column: 3, scope: !114)
!163 = distinct !{!163, !164, !165}
!164 = !DILocation(line: 36, column: 3, scope: !115)
!165 = !DILocation(line: 50, column: 3, scope: !115)
!166 = !DILocation(line: 51, column: 1, scope: !64)
