; Of blockers of one rank, the decision names first the one most requests
; meet (issue 15: DINT tatp was named for sched_getcpu on 9% of requests
; while its heap table blocks 63%). Here a rare LOG request calls an
; external function (shard_cpu; sched_getcpu itself now runs in the
; kernel) before every request reads a table mmap'd at start-up.
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %clang -O2 -g -S -emit-llvm %S/Inputs/rare-first.c -o %t.o2.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.o2.ll 2>&1 | FileCheck %s
; CHECK:      decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost PointerInSharedState (memory through the pointer in 'values' (set to other than memory the program allocated at rare-first.c:27) at rare-first.c:48)
; CHECK-NEXT: blocked: PointerInSharedState memory through the pointer in 'values' (set to other than memory the program allocated at rare-first.c:27) at rare-first.c:48 (reached by 100.0% of requests)
; CHECK-NEXT: blocked: UnknownExternal shard_cpu at rare-first.c:47 (reached by 50.0% of requests)
; CHECK:      summary: 1 candidate, 0 offloaded
;
; MADE-FROM: Inputs/rare-first.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - rare-first.c

; ModuleID = 'rare-first.c'

; ModuleID = 'rare-first.c'
source_filename = "rare-first.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.message = type <{ i8, i32, i64 }>

@values = internal global ptr null, align 8, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"recv\00", align 1, !dbg !39
@log_cpu = internal global [4096 x i32] zeroinitializer, align 16, !dbg !44

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !65 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.message, align 1
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %8 = call ptr @mmap(ptr noundef null, i64 noundef 32768, i32 noundef 3, i32 noundef 34, i32 noundef -1, i64 noundef 0) #6, !dbg !70
  store ptr %8, ptr @values, align 8, !dbg !71
  %9 = load ptr, ptr @values, align 8, !dbg !72
  %10 = icmp eq ptr %9, inttoptr (i64 -1 to ptr), !dbg !74
  br i1 %10, label %11, label %12, !dbg !75

11:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !76
  br label %51, !dbg !76

12:                                               ; preds = %0
    #dbg_declare(ptr %2, !77, !DIExpression(), !78)
  %13 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !79
  store i32 %13, ptr %2, align 4, !dbg !78
    #dbg_declare(ptr %3, !80, !DIExpression(), !99)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !100
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !101
  store i16 2, ptr %14, align 4, !dbg !102
  %15 = call zeroext i16 @htons(i16 noundef zeroext 7301) #7, !dbg !103
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !104
  store i16 %15, ptr %16, align 2, !dbg !105
  %17 = load i32, ptr %2, align 4, !dbg !106
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #6, !dbg !108
  %19 = icmp slt i32 %18, 0, !dbg !109
  br i1 %19, label %20, label %21, !dbg !110

20:                                               ; preds = %12
  store i32 1, ptr %1, align 4, !dbg !111
  br label %51, !dbg !111

21:                                               ; preds = %12
  br label %22, !dbg !112

22:                                               ; preds = %40, %21
    #dbg_declare(ptr %4, !113, !DIExpression(), !124)
    #dbg_declare(ptr %5, !125, !DIExpression(), !126)
    #dbg_declare(ptr %6, !127, !DIExpression(), !130)
  store i32 16, ptr %6, align 4, !dbg !130
  %23 = load i32, ptr %2, align 4, !dbg !131
  %24 = call i64 @recvfrom(i32 noundef %23, ptr noundef %4, i64 noundef 13, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !133
  %25 = icmp slt i64 %24, 0, !dbg !134
  br i1 %25, label %26, label %27, !dbg !135

26:                                               ; preds = %22
  call void @perror(ptr noundef @.str), !dbg !136
  call void @exit(i32 noundef 1) #8, !dbg !138
  unreachable, !dbg !138

27:                                               ; preds = %22
    #dbg_declare(ptr %7, !139, !DIExpression(), !140)
  %28 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 1, !dbg !141
  %29 = load i32, ptr %28, align 1, !dbg !141
  %30 = urem i32 %29, 4096, !dbg !142
  store i32 %30, ptr %7, align 4, !dbg !140
  %31 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !143
  %32 = load i8, ptr %31, align 1, !dbg !143
  %33 = zext i8 %32 to i32, !dbg !145
  %34 = icmp eq i32 %33, 2, !dbg !146
  br i1 %34, label %35, label %40, !dbg !147

35:                                               ; preds = %27
  %36 = call i32 @shard_cpu(), !dbg !148
  %37 = load i32, ptr %7, align 4, !dbg !149
  %38 = zext i32 %37 to i64, !dbg !150
  %39 = getelementptr inbounds [4096 x i32], ptr @log_cpu, i64 0, i64 %38, !dbg !150
  store i32 %36, ptr %39, align 4, !dbg !151
  br label %40, !dbg !150

40:                                               ; preds = %35, %27
  %41 = load ptr, ptr @values, align 8, !dbg !152
  %42 = load i32, ptr %7, align 4, !dbg !153
  %43 = zext i32 %42 to i64, !dbg !152
  %44 = getelementptr inbounds i64, ptr %41, i64 %43, !dbg !152
  %45 = load i64, ptr %44, align 8, !dbg !152
  %46 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !154
  store i64 %45, ptr %46, align 1, !dbg !155
  %47 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !156
  store i8 3, ptr %47, align 1, !dbg !157
  %48 = load i32, ptr %2, align 4, !dbg !158
  %49 = load i32, ptr %6, align 4, !dbg !159
  %50 = call i64 @sendto(i32 noundef %48, ptr noundef %4, i64 noundef 13, i32 noundef 0, ptr noundef %5, i32 noundef %49), !dbg !160
  br label %22, !dbg !161, !llvm.loop !162

51:                                               ; preds = %20, %11
  %52 = load i32, ptr %1, align 4, !dbg !165
  ret i32 %52, !dbg !165
}

; Function Attrs: nounwind
declare ptr @mmap(ptr noundef, i64 noundef, i32 noundef, i32 noundef, i32 noundef, i64 noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

declare void @perror(ptr noundef) #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #5

declare i32 @shard_cpu() #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { noreturn nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!57, !58, !59, !60, !61, !62, !63}
!llvm.ident = !{!64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "values", scope: !2, file: !3, line: 23, type: !53, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !23, globals: !38, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "rare-first.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "9fa177517705808cfbcc48f0bbb51316")
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
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 15, baseType: !7, size: 32, elements: !19)
!19 = !{!20, !21, !22}
!20 = !DIEnumerator(name: "READ", value: 1)
!21 = !DIEnumerator(name: "LOG", value: 2)
!22 = !DIEnumerator(name: "OK", value: 3)
!23 = !{!24, !25}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
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
!38 = !{!39, !0, !44}
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !41, isLocal: true, isDefinition: true)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 40, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 5)
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(name: "log_cpu", scope: !2, file: !3, line: 24, type: !46, isLocal: true, isDefinition: true)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 131072, elements: !51)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !48, line: 26, baseType: !49)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !50, line: 42, baseType: !7)
!50 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!51 = !{!52}
!52 = !DISubrange(count: 4096)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !48, line: 27, baseType: !55)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !50, line: 45, baseType: !56)
!56 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!57 = !{i32 7, !"Dwarf Version", i32 5}
!58 = !{i32 2, !"Debug Info Version", i32 3}
!59 = !{i32 1, !"wchar_size", i32 4}
!60 = !{i32 8, !"PIC Level", i32 2}
!61 = !{i32 7, !"PIE Level", i32 2}
!62 = !{i32 7, !"uwtable", i32 2}
!63 = !{i32 7, !"frame-pointer", i32 2}
!64 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!65 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 26, type: !66, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !69)
!66 = !DISubroutineType(types: !67)
!67 = !{!68}
!68 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!69 = !{}
!70 = !DILocation(line: 27, column: 12, scope: !65)
!71 = !DILocation(line: 27, column: 10, scope: !65)
!72 = !DILocation(line: 28, column: 7, scope: !73)
!73 = distinct !DILexicalBlock(scope: !65, file: !3, line: 28, column: 7)
!74 = !DILocation(line: 28, column: 14, scope: !73)
!75 = !DILocation(line: 28, column: 7, scope: !65)
!76 = !DILocation(line: 29, column: 5, scope: !73)
!77 = !DILocalVariable(name: "fd", scope: !65, file: !3, line: 30, type: !68)
!78 = !DILocation(line: 30, column: 7, scope: !65)
!79 = !DILocation(line: 30, column: 12, scope: !65)
!80 = !DILocalVariable(name: "sa", scope: !65, file: !3, line: 31, type: !81)
!81 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !82, line: 245, size: 128, elements: !83)
!82 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!83 = !{!84, !85, !89, !94}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !81, file: !82, line: 247, baseType: !30, size: 16)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !81, file: !82, line: 248, baseType: !86, size: 16, offset: 16)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !82, line: 123, baseType: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !48, line: 25, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !50, line: 40, baseType: !32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !81, file: !82, line: 249, baseType: !90, size: 32, offset: 32)
!90 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !82, line: 31, size: 32, elements: !91)
!91 = !{!92}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !90, file: !82, line: 33, baseType: !93, size: 32)
!93 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !82, line: 30, baseType: !47)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !81, file: !82, line: 252, baseType: !95, size: 64, offset: 64)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 64, elements: !97)
!96 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!97 = !{!98}
!98 = !DISubrange(count: 8)
!99 = !DILocation(line: 31, column: 22, scope: !65)
!100 = !DILocation(line: 32, column: 3, scope: !65)
!101 = !DILocation(line: 33, column: 6, scope: !65)
!102 = !DILocation(line: 33, column: 17, scope: !65)
!103 = !DILocation(line: 34, column: 17, scope: !65)
!104 = !DILocation(line: 34, column: 6, scope: !65)
!105 = !DILocation(line: 34, column: 15, scope: !65)
!106 = !DILocation(line: 35, column: 12, scope: !107)
!107 = distinct !DILexicalBlock(scope: !65, file: !3, line: 35, column: 7)
!108 = !DILocation(line: 35, column: 7, scope: !107)
!109 = !DILocation(line: 35, column: 52, scope: !107)
!110 = !DILocation(line: 35, column: 7, scope: !65)
!111 = !DILocation(line: 36, column: 5, scope: !107)
!112 = !DILocation(line: 37, column: 3, scope: !65)
!113 = !DILocalVariable(name: "msg", scope: !114, file: !3, line: 38, type: !117)
!114 = distinct !DILexicalBlock(scope: !115, file: !3, line: 37, column: 12)
!115 = distinct !DILexicalBlock(scope: !116, file: !3, line: 37, column: 3)
!116 = distinct !DILexicalBlock(scope: !65, file: !3, line: 37, column: 3)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "message", file: !3, line: 17, size: 104, elements: !118)
!118 = !{!119, !122, !123}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !117, file: !3, line: 18, baseType: !120, size: 8)
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !48, line: 24, baseType: !121)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !50, line: 38, baseType: !96)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !117, file: !3, line: 19, baseType: !47, size: 32, offset: 8)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !117, file: !3, line: 20, baseType: !54, size: 64, offset: 40)
!124 = !DILocation(line: 38, column: 20, scope: !114)
!125 = !DILocalVariable(name: "cli", scope: !114, file: !3, line: 39, type: !81)
!126 = !DILocation(line: 39, column: 24, scope: !114)
!127 = !DILocalVariable(name: "len", scope: !114, file: !3, line: 40, type: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !129)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !50, line: 210, baseType: !7)
!130 = !DILocation(line: 40, column: 15, scope: !114)
!131 = !DILocation(line: 41, column: 18, scope: !132)
!132 = distinct !DILexicalBlock(scope: !114, file: !3, line: 41, column: 9)
!133 = !DILocation(line: 41, column: 9, scope: !132)
!134 = !DILocation(line: 41, column: 75, scope: !132)
!135 = !DILocation(line: 41, column: 9, scope: !114)
!136 = !DILocation(line: 42, column: 7, scope: !137)
!137 = distinct !DILexicalBlock(scope: !132, file: !3, line: 41, column: 80)
!138 = !DILocation(line: 43, column: 7, scope: !137)
!139 = !DILocalVariable(name: "slot", scope: !114, file: !3, line: 45, type: !47)
!140 = !DILocation(line: 45, column: 14, scope: !114)
!141 = !DILocation(line: 45, column: 25, scope: !114)
!142 = !DILocation(line: 45, column: 29, scope: !114)
!143 = !DILocation(line: 46, column: 13, scope: !144)
!144 = distinct !DILexicalBlock(scope: !114, file: !3, line: 46, column: 9)
!145 = !DILocation(line: 46, column: 9, scope: !144)
!146 = !DILocation(line: 46, column: 18, scope: !144)
!147 = !DILocation(line: 46, column: 9, scope: !114)
!148 = !DILocation(line: 47, column: 23, scope: !144)
!149 = !DILocation(line: 47, column: 15, scope: !144)
!150 = !DILocation(line: 47, column: 7, scope: !144)
!151 = !DILocation(line: 47, column: 21, scope: !144)
!152 = !DILocation(line: 48, column: 15, scope: !114)
!153 = !DILocation(line: 48, column: 22, scope: !114)
!154 = !DILocation(line: 48, column: 9, scope: !114)
!155 = !DILocation(line: 48, column: 13, scope: !114)
!156 = !DILocation(line: 49, column: 9, scope: !114)
!157 = !DILocation(line: 49, column: 14, scope: !114)
!158 = !DILocation(line: 50, column: 12, scope: !114)
!159 = !DILocation(line: 50, column: 63, scope: !114)
!160 = !DILocation(line: 50, column: 5, scope: !114)
!161 = !DILocation(line: 37, column: 3, scope: !115)
!162 = distinct !{!162, !163, !164}
!163 = !DILocation(line: 37, column: 3, scope: !116)
!164 = !DILocation(line: 51, column: 3, scope: !116)
!165 = !DILocation(line: 52, column: 1, scope: !65)
