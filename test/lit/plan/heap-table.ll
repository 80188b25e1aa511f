; A table on the heap, reached through a global pointer (DINT store's
; `table = new kvs()`, tatp's `tables[]`). Issue 15 named it a blocker (the
; offload's copy of the global holds a userspace address it cannot
; follow; DINT store was planned "offload" and then refused by the
; kernel's verifier with "R3 invalid mem access 'scalar'"). Now the split
; serves the program's allocations from a heap it shares with the offload,
; which translates each address it follows (test/lit/legalise/
; heap-accesses.ll): the path is offloaded, the heap named, and guarded as
; one record that both sides write (a SET updates the entry in place).
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; The same at -O2, where lookup() is inlined and the chain walk rotated.
; RUN: %clang -O2 -g -S -emit-llvm %S/Inputs/heap-table.c -o %t.o2.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.o2.ll 2>&1 | FileCheck %s
; CHECK:      heap: through 'table'; the program's allocations are shared with the offload
; CHECK:      decision: offload:
; CHECK-NOT:  PointerInSharedState
; CHECK:      shared: table (8 B) kernel r- userspace -- startup -w {{.*}}: read-only-after-startup
; CHECK-NEXT: shared: koffload_heap_base (8 B) kernel rw userspace rw {{.*}}: record-protocol (the program's heap (through 'table'), read and written by both)
; CHECK:      summary: 1 candidate, 1 offloaded
;
; A global pointer never stored to (it points to a literal) is not a heap
; table: the path is refused, as before, for the reply it cannot generate.
; RUN: %clang -O0 -g -S -emit-llvm %S/Inputs/pointer-to-literal.c -o %t.lit.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.lit.ll 2>&1 | FileCheck %s --check-prefix=LIT
; LIT-NOT: PointerInSharedState
; LIT:     blocked: NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at pointer-to-literal.c:24
; LIT-NOT: PointerInSharedState
;
; MADE-FROM: Inputs/heap-table.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - heap-table.c

; ModuleID = 'heap-table.c'
source_filename = "heap-table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.message = type <{ i8, i64, i64 }>
%struct.entry = type { i64, i64, ptr }
%struct.table = type { [4096 x ptr] }

@table = internal global ptr null, align 8, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"recv\00", align 1, !dbg !39

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !70 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.message, align 1
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  %8 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 32768) #7, !dbg !75
  store ptr %8, ptr @table, align 8, !dbg !76
  %9 = load ptr, ptr @table, align 8, !dbg !77
  %10 = icmp ne ptr %9, null, !dbg !77
  br i1 %10, label %12, label %11, !dbg !79

11:                                               ; preds = %0
  store i32 1, ptr %1, align 4, !dbg !80
  br label %58, !dbg !80

12:                                               ; preds = %0
    #dbg_declare(ptr %2, !81, !DIExpression(), !82)
  %13 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #8, !dbg !83
  store i32 %13, ptr %2, align 4, !dbg !82
    #dbg_declare(ptr %3, !84, !DIExpression(), !105)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !106
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !107
  store i16 2, ptr %14, align 4, !dbg !108
  %15 = call zeroext i16 @htons(i16 noundef zeroext 7300) #9, !dbg !109
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !110
  store i16 %15, ptr %16, align 2, !dbg !111
  %17 = load i32, ptr %2, align 4, !dbg !112
  %18 = call i32 @bind(i32 noundef %17, ptr noundef %3, i32 noundef 16) #8, !dbg !114
  %19 = icmp slt i32 %18, 0, !dbg !115
  br i1 %19, label %20, label %21, !dbg !116

20:                                               ; preds = %12
  store i32 1, ptr %1, align 4, !dbg !117
  br label %58, !dbg !117

21:                                               ; preds = %12
  br label %22, !dbg !118

22:                                               ; preds = %54, %21
    #dbg_declare(ptr %4, !119, !DIExpression(), !130)
    #dbg_declare(ptr %5, !131, !DIExpression(), !132)
    #dbg_declare(ptr %6, !133, !DIExpression(), !136)
  store i32 16, ptr %6, align 4, !dbg !136
  %23 = load i32, ptr %2, align 4, !dbg !137
  %24 = call i64 @recvfrom(i32 noundef %23, ptr noundef %4, i64 noundef 17, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !139
  %25 = icmp slt i64 %24, 0, !dbg !140
  br i1 %25, label %26, label %27, !dbg !141

26:                                               ; preds = %22
  call void @perror(ptr noundef @.str), !dbg !142
  call void @exit(i32 noundef 1) #10, !dbg !144
  unreachable, !dbg !144

27:                                               ; preds = %22
    #dbg_declare(ptr %7, !145, !DIExpression(), !146)
  %28 = load ptr, ptr @table, align 8, !dbg !147
  %29 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 1, !dbg !148
  %30 = load i64, ptr %29, align 1, !dbg !148
  %31 = call ptr @lookup(ptr noundef %28, i64 noundef %30), !dbg !149
  store ptr %31, ptr %7, align 8, !dbg !146
  %32 = load ptr, ptr %7, align 8, !dbg !150
  %33 = icmp ne ptr %32, null, !dbg !150
  br i1 %33, label %36, label %34, !dbg !152

34:                                               ; preds = %27
  %35 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !153
  store i8 4, ptr %35, align 1, !dbg !155
  br label %54, !dbg !156

36:                                               ; preds = %27
  %37 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !157
  %38 = load i8, ptr %37, align 1, !dbg !157
  %39 = zext i8 %38 to i32, !dbg !159
  %40 = icmp eq i32 %39, 1, !dbg !160
  br i1 %40, label %41, label %47, !dbg !161

41:                                               ; preds = %36
  %42 = load ptr, ptr %7, align 8, !dbg !162
  %43 = getelementptr inbounds %struct.entry, ptr %42, i32 0, i32 1, !dbg !164
  %44 = load i64, ptr %43, align 8, !dbg !164
  %45 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !165
  store i64 %44, ptr %45, align 1, !dbg !166
  %46 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !167
  store i8 3, ptr %46, align 1, !dbg !168
  br label %53, !dbg !169

47:                                               ; preds = %36
  %48 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !170
  %49 = load i64, ptr %48, align 1, !dbg !170
  %50 = load ptr, ptr %7, align 8, !dbg !172
  %51 = getelementptr inbounds %struct.entry, ptr %50, i32 0, i32 1, !dbg !173
  store i64 %49, ptr %51, align 8, !dbg !174
  %52 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !175
  store i8 3, ptr %52, align 1, !dbg !176
  br label %53

53:                                               ; preds = %47, %41
  br label %54

54:                                               ; preds = %53, %34
  %55 = load i32, ptr %2, align 4, !dbg !177
  %56 = load i32, ptr %6, align 4, !dbg !178
  %57 = call i64 @sendto(i32 noundef %55, ptr noundef %4, i64 noundef 17, i32 noundef 0, ptr noundef %5, i32 noundef %56), !dbg !179
  br label %22, !dbg !180, !llvm.loop !181

58:                                               ; preds = %20, %11
  %59 = load i32, ptr %1, align 4, !dbg !184
  ret i32 %59, !dbg !184
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
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare void @perror(ptr noundef) #5

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #6

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @lookup(ptr noundef %0, i64 noundef %1) #0 !dbg !185 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !188, !DIExpression(), !189)
  store i64 %1, ptr %4, align 8
    #dbg_declare(ptr %4, !190, !DIExpression(), !191)
    #dbg_declare(ptr %5, !192, !DIExpression(), !193)
  %6 = load ptr, ptr %3, align 8, !dbg !194
  %7 = getelementptr inbounds %struct.table, ptr %6, i32 0, i32 0, !dbg !195
  %8 = load i64, ptr %4, align 8, !dbg !196
  %9 = urem i64 %8, 4096, !dbg !197
  %10 = getelementptr inbounds [4096 x ptr], ptr %7, i64 0, i64 %9, !dbg !194
  %11 = load ptr, ptr %10, align 8, !dbg !194
  store ptr %11, ptr %5, align 8, !dbg !193
  br label %12, !dbg !198

12:                                               ; preds = %23, %2
  %13 = load ptr, ptr %5, align 8, !dbg !199
  %14 = icmp ne ptr %13, null, !dbg !199
  br i1 %14, label %15, label %21, !dbg !200

15:                                               ; preds = %12
  %16 = load ptr, ptr %5, align 8, !dbg !201
  %17 = getelementptr inbounds %struct.entry, ptr %16, i32 0, i32 0, !dbg !202
  %18 = load i64, ptr %17, align 8, !dbg !202
  %19 = load i64, ptr %4, align 8, !dbg !203
  %20 = icmp ne i64 %18, %19, !dbg !204
  br label %21

21:                                               ; preds = %15, %12
  %22 = phi i1 [ false, %12 ], [ %20, %15 ], !dbg !205
  br i1 %22, label %23, label %27, !dbg !198

23:                                               ; preds = %21
  %24 = load ptr, ptr %5, align 8, !dbg !206
  %25 = getelementptr inbounds %struct.entry, ptr %24, i32 0, i32 2, !dbg !207
  %26 = load ptr, ptr %25, align 8, !dbg !207
  store ptr %26, ptr %5, align 8, !dbg !208
  br label %12, !dbg !198, !llvm.loop !209

27:                                               ; preds = %21
  %28 = load ptr, ptr %5, align 8, !dbg !211
  ret ptr %28, !dbg !212
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

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
!llvm.module.flags = !{!62, !63, !64, !65, !66, !67, !68}
!llvm.ident = !{!69}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "table", scope: !2, file: !3, line: 30, type: !44, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !24, globals: !38, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "heap-table.c", directory: "/work/wt-corpus/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "96266223e82302157443f4092a95694f")
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
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 12, baseType: !7, size: 32, elements: !19)
!19 = !{!20, !21, !22, !23}
!20 = !DIEnumerator(name: "GET", value: 1)
!21 = !DIEnumerator(name: "SET", value: 2)
!22 = !DIEnumerator(name: "OK", value: 3)
!23 = !DIEnumerator(name: "MISS", value: 4)
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
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 112, elements: !36)
!35 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!36 = !{!37}
!37 = !DISubrange(count: 14)
!38 = !{!39, !0}
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !3, line: 55, type: !41, isLocal: true, isDefinition: true)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 40, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 5)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!45 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "table", file: !3, line: 20, size: 262144, elements: !46)
!46 = !{!47}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "heads", scope: !45, file: !3, line: 21, baseType: !48, size: 262144)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 262144, elements: !60)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!50 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "entry", file: !3, line: 14, size: 192, elements: !51)
!51 = !{!52, !58, !59}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !50, file: !3, line: 15, baseType: !53, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !54, line: 27, baseType: !55)
!54 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !56, line: 45, baseType: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!57 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !50, file: !3, line: 16, baseType: !53, size: 64, offset: 64)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !50, file: !3, line: 17, baseType: !49, size: 64, offset: 128)
!60 = !{!61}
!61 = !DISubrange(count: 4096)
!62 = !{i32 7, !"Dwarf Version", i32 5}
!63 = !{i32 2, !"Debug Info Version", i32 3}
!64 = !{i32 1, !"wchar_size", i32 4}
!65 = !{i32 8, !"PIC Level", i32 2}
!66 = !{i32 7, !"PIE Level", i32 2}
!67 = !{i32 7, !"uwtable", i32 2}
!68 = !{i32 7, !"frame-pointer", i32 2}
!69 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!70 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 39, type: !71, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !74)
!71 = !DISubroutineType(types: !72)
!72 = !{!73}
!73 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!74 = !{}
!75 = !DILocation(line: 40, column: 11, scope: !70)
!76 = !DILocation(line: 40, column: 9, scope: !70)
!77 = !DILocation(line: 41, column: 8, scope: !78)
!78 = distinct !DILexicalBlock(scope: !70, file: !3, line: 41, column: 7)
!79 = !DILocation(line: 41, column: 7, scope: !70)
!80 = !DILocation(line: 42, column: 5, scope: !78)
!81 = !DILocalVariable(name: "fd", scope: !70, file: !3, line: 43, type: !73)
!82 = !DILocation(line: 43, column: 7, scope: !70)
!83 = !DILocation(line: 43, column: 12, scope: !70)
!84 = !DILocalVariable(name: "sa", scope: !70, file: !3, line: 44, type: !85)
!85 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !86, line: 245, size: 128, elements: !87)
!86 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!87 = !{!88, !89, !93, !100}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !85, file: !86, line: 247, baseType: !30, size: 16)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !85, file: !86, line: 248, baseType: !90, size: 16, offset: 16)
!90 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !86, line: 123, baseType: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !54, line: 25, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !56, line: 40, baseType: !32)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !85, file: !86, line: 249, baseType: !94, size: 32, offset: 32)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !86, line: 31, size: 32, elements: !95)
!95 = !{!96}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !94, file: !86, line: 33, baseType: !97, size: 32)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !86, line: 30, baseType: !98)
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !54, line: 26, baseType: !99)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !56, line: 42, baseType: !7)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !85, file: !86, line: 252, baseType: !101, size: 64, offset: 64)
!101 = !DICompositeType(tag: DW_TAG_array_type, baseType: !102, size: 64, elements: !103)
!102 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!103 = !{!104}
!104 = !DISubrange(count: 8)
!105 = !DILocation(line: 44, column: 22, scope: !70)
!106 = !DILocation(line: 45, column: 3, scope: !70)
!107 = !DILocation(line: 46, column: 6, scope: !70)
!108 = !DILocation(line: 46, column: 17, scope: !70)
!109 = !DILocation(line: 47, column: 17, scope: !70)
!110 = !DILocation(line: 47, column: 6, scope: !70)
!111 = !DILocation(line: 47, column: 15, scope: !70)
!112 = !DILocation(line: 48, column: 12, scope: !113)
!113 = distinct !DILexicalBlock(scope: !70, file: !3, line: 48, column: 7)
!114 = !DILocation(line: 48, column: 7, scope: !113)
!115 = !DILocation(line: 48, column: 52, scope: !113)
!116 = !DILocation(line: 48, column: 7, scope: !70)
!117 = !DILocation(line: 49, column: 5, scope: !113)
!118 = !DILocation(line: 50, column: 3, scope: !70)
!119 = !DILocalVariable(name: "msg", scope: !120, file: !3, line: 51, type: !123)
!120 = distinct !DILexicalBlock(scope: !121, file: !3, line: 50, column: 12)
!121 = distinct !DILexicalBlock(scope: !122, file: !3, line: 50, column: 3)
!122 = distinct !DILexicalBlock(scope: !70, file: !3, line: 50, column: 3)
!123 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "message", file: !3, line: 24, size: 136, elements: !124)
!124 = !{!125, !128, !129}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !123, file: !3, line: 25, baseType: !126, size: 8)
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !54, line: 24, baseType: !127)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !56, line: 38, baseType: !102)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !123, file: !3, line: 26, baseType: !53, size: 64, offset: 8)
!129 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !123, file: !3, line: 27, baseType: !53, size: 64, offset: 72)
!130 = !DILocation(line: 51, column: 20, scope: !120)
!131 = !DILocalVariable(name: "cli", scope: !120, file: !3, line: 52, type: !85)
!132 = !DILocation(line: 52, column: 24, scope: !120)
!133 = !DILocalVariable(name: "len", scope: !120, file: !3, line: 53, type: !134)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !135)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !56, line: 210, baseType: !7)
!136 = !DILocation(line: 53, column: 15, scope: !120)
!137 = !DILocation(line: 54, column: 18, scope: !138)
!138 = distinct !DILexicalBlock(scope: !120, file: !3, line: 54, column: 9)
!139 = !DILocation(line: 54, column: 9, scope: !138)
!140 = !DILocation(line: 54, column: 75, scope: !138)
!141 = !DILocation(line: 54, column: 9, scope: !120)
!142 = !DILocation(line: 55, column: 7, scope: !143)
!143 = distinct !DILexicalBlock(scope: !138, file: !3, line: 54, column: 80)
!144 = !DILocation(line: 56, column: 7, scope: !143)
!145 = !DILocalVariable(name: "e", scope: !120, file: !3, line: 58, type: !49)
!146 = !DILocation(line: 58, column: 19, scope: !120)
!147 = !DILocation(line: 58, column: 30, scope: !120)
!148 = !DILocation(line: 58, column: 41, scope: !120)
!149 = !DILocation(line: 58, column: 23, scope: !120)
!150 = !DILocation(line: 59, column: 10, scope: !151)
!151 = distinct !DILexicalBlock(scope: !120, file: !3, line: 59, column: 9)
!152 = !DILocation(line: 59, column: 9, scope: !120)
!153 = !DILocation(line: 60, column: 11, scope: !154)
!154 = distinct !DILexicalBlock(scope: !151, file: !3, line: 59, column: 13)
!155 = !DILocation(line: 60, column: 16, scope: !154)
!156 = !DILocation(line: 61, column: 5, scope: !154)
!157 = !DILocation(line: 61, column: 20, scope: !158)
!158 = distinct !DILexicalBlock(scope: !151, file: !3, line: 61, column: 16)
!159 = !DILocation(line: 61, column: 16, scope: !158)
!160 = !DILocation(line: 61, column: 25, scope: !158)
!161 = !DILocation(line: 61, column: 16, scope: !151)
!162 = !DILocation(line: 62, column: 17, scope: !163)
!163 = distinct !DILexicalBlock(scope: !158, file: !3, line: 61, column: 33)
!164 = !DILocation(line: 62, column: 20, scope: !163)
!165 = !DILocation(line: 62, column: 11, scope: !163)
!166 = !DILocation(line: 62, column: 15, scope: !163)
!167 = !DILocation(line: 63, column: 11, scope: !163)
!168 = !DILocation(line: 63, column: 16, scope: !163)
!169 = !DILocation(line: 64, column: 5, scope: !163)
!170 = !DILocation(line: 65, column: 20, scope: !171)
!171 = distinct !DILexicalBlock(scope: !158, file: !3, line: 64, column: 12)
!172 = !DILocation(line: 65, column: 7, scope: !171)
!173 = !DILocation(line: 65, column: 10, scope: !171)
!174 = !DILocation(line: 65, column: 14, scope: !171)
!175 = !DILocation(line: 66, column: 11, scope: !171)
!176 = !DILocation(line: 66, column: 16, scope: !171)
!177 = !DILocation(line: 68, column: 12, scope: !120)
!178 = !DILocation(line: 68, column: 63, scope: !120)
!179 = !DILocation(line: 68, column: 5, scope: !120)
!180 = !DILocation(line: 50, column: 3, scope: !121)
!181 = distinct !{!181, !182, !183}
!182 = !DILocation(line: 50, column: 3, scope: !122)
!183 = !DILocation(line: 69, column: 3, scope: !122)
!184 = !DILocation(line: 70, column: 1, scope: !70)
!185 = distinct !DISubprogram(name: "lookup", scope: !3, file: !3, line: 32, type: !186, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !74)
!186 = !DISubroutineType(types: !187)
!187 = !{!49, !44, !53}
!188 = !DILocalVariable(name: "t", arg: 1, scope: !185, file: !3, line: 32, type: !44)
!189 = !DILocation(line: 32, column: 43, scope: !185)
!190 = !DILocalVariable(name: "key", arg: 2, scope: !185, file: !3, line: 32, type: !53)
!191 = !DILocation(line: 32, column: 55, scope: !185)
!192 = !DILocalVariable(name: "e", scope: !185, file: !3, line: 33, type: !49)
!193 = !DILocation(line: 33, column: 17, scope: !185)
!194 = !DILocation(line: 33, column: 21, scope: !185)
!195 = !DILocation(line: 33, column: 24, scope: !185)
!196 = !DILocation(line: 33, column: 30, scope: !185)
!197 = !DILocation(line: 33, column: 34, scope: !185)
!198 = !DILocation(line: 34, column: 3, scope: !185)
!199 = !DILocation(line: 34, column: 10, scope: !185)
!200 = !DILocation(line: 34, column: 12, scope: !185)
!201 = !DILocation(line: 34, column: 15, scope: !185)
!202 = !DILocation(line: 34, column: 18, scope: !185)
!203 = !DILocation(line: 34, column: 25, scope: !185)
!204 = !DILocation(line: 34, column: 22, scope: !185)
!205 = !DILocation(line: 0, scope: !185)
!206 = !DILocation(line: 35, column: 9, scope: !185)
!207 = !DILocation(line: 35, column: 12, scope: !185)
!208 = !DILocation(line: 35, column: 7, scope: !185)
!209 = distinct !{!209, !198, !207, !210}
!210 = !{!"llvm.loop.mustprogress"}
!211 = !DILocation(line: 36, column: 10, scope: !185)
!212 = !DILocation(line: 36, column: 3, scope: !185)
