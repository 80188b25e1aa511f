; A heap store and a journal reached through global pointers (the DINT
; store/tatp idiom, Inputs/heap-table-sites.c), each read at several
; places of a request. The split shares the program's heap with the
; offload: the plan offloads the path, names the heap's roots and guards
; the heap as one record (kernel rw: the counters are written there).
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; CHECK:      heap: through 'store', 'journal'; the program's allocations are shared with the offload
; CHECK:      decision: offload: omega 1.000
; CHECK:      shared: koffload_heap_base (8 B) kernel rw userspace rw {{.*}}: record-protocol (the program's heap (through 'store', 'journal'), read and written by both)
; CHECK:      summary: 1 candidate, 1 offloaded
;
; With -DIN_DATA the pointers lead to objects in data, which the offload
; cannot follow. Each object is one obstacle: one row per object at its
; most reached site, the other sites counted there (before: one row per
; load site, 7 rows for 'store' and 2 for 'journal'; DINT store had 6,
; tatp 25). The JSON report lists the other sites. A row is reached by
; the requests that pass any of its sites: GETs read 'store' at 68, the
; others at 72, so 100.0% (before: the most reached site's 50.0%); the
; journal only by SETs whose version matches, 50% of 50%: 25.0%.
; RUN: %clang -O0 -g -DIN_DATA -S -emit-llvm %S/Inputs/heap-table-sites.c -o %t.data.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.data.ll 2>&1 | FileCheck %s --check-prefix=DATA
; RUN: %opt %load_koffload -passes=verify,koffload -koffload-report=%t.json -disable-output %t.data.ll
; RUN: %python -c "import json,sys; b=json.load(open(sys.argv[1]))['candidates'][0]['blockers']; s=[x for x in b if \"'store'\" in x['detail']]; assert len(s) == 1 and len(s[0]['other_locations']) == 6, b" %t.json
; At -O2 the compiler folds each pointer, set once, into the object it
; points to: plain shared globals, offloaded.
; RUN: %clang -O2 -g -DIN_DATA -S -emit-llvm %S/Inputs/heap-table-sites.c -o %t.o2.ll
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %t.o2.ll 2>&1 | FileCheck %s --check-prefix=O2
;
; DATA:      decision: no request can be answered in the kernel: every path from the receive meets a blocker, foremost PointerInSharedState (memory through the pointer in 'store' (set to other than memory the program allocated at heap-table-sites.c:45) at heap-table-sites.c:68)
; DATA-NEXT: blocked: PointerInSharedState memory through the pointer in 'store' (set to other than memory the program allocated at heap-table-sites.c:45) at heap-table-sites.c:68 and 6 more sites (heap-table-sites.c:{{[0-9]+}}, heap-table-sites.c:{{[0-9]+}}, heap-table-sites.c:{{[0-9]+}}, heap-table-sites.c:{{[0-9]+}}, ...) (reached by 100.0% of requests)
; DATA-NEXT: blocked: PointerInSharedState memory through the pointer in 'journal' (set to other than memory the program allocated at heap-table-sites.c:46) at heap-table-sites.c:76 and 1 more site (heap-table-sites.c:77) (reached by 25.0% of requests)
; DATA-NEXT: summary: 1 candidate, 0 offloaded
;
; O2-NOT:  PointerInSharedState
; O2:      summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/heap-table-sites.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - heap-table-sites.c

; ModuleID = 'heap-table-sites.c'

; ModuleID = 'heap-table-sites.c'
source_filename = "heap-table-sites.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.message = type <{ i8, i32, i64, i64 }>
%struct.store = type { [1024 x i64], [1024 x i32], i64, i64 }
%struct.journal = type { [64 x i64], i32 }

@store = internal global ptr null, align 8, !dbg !0
@journal = internal global ptr null, align 8, !dbg !39

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !75 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.message, align 1
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %8 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 12304) #6, !dbg !80
  store ptr %8, ptr @store, align 8, !dbg !81
  %9 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 520) #6, !dbg !82
  store ptr %9, ptr @journal, align 8, !dbg !83
  %10 = load ptr, ptr @store, align 8, !dbg !84
  %11 = icmp ne ptr %10, null, !dbg !84
  br i1 %11, label %12, label %15, !dbg !86

12:                                               ; preds = %0
  %13 = load ptr, ptr @journal, align 8, !dbg !87
  %14 = icmp ne ptr %13, null, !dbg !87
  br i1 %14, label %16, label %15, !dbg !88

15:                                               ; preds = %12, %0
  store i32 1, ptr %1, align 4, !dbg !89
  br label %112, !dbg !89

16:                                               ; preds = %12
    #dbg_declare(ptr %2, !90, !DIExpression(), !91)
  %17 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !92
  store i32 %17, ptr %2, align 4, !dbg !91
    #dbg_declare(ptr %3, !93, !DIExpression(), !112)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !113
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !114
  store i16 2, ptr %18, align 4, !dbg !115
  %19 = call zeroext i16 @htons(i16 noundef zeroext 7310) #8, !dbg !116
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !117
  store i16 %19, ptr %20, align 2, !dbg !118
  %21 = load i32, ptr %2, align 4, !dbg !119
  %22 = call i32 @bind(i32 noundef %21, ptr noundef %3, i32 noundef 16) #7, !dbg !121
  %23 = icmp slt i32 %22, 0, !dbg !122
  br i1 %23, label %24, label %25, !dbg !123

24:                                               ; preds = %16
  store i32 1, ptr %1, align 4, !dbg !124
  br label %112, !dbg !124

25:                                               ; preds = %16
  br label %26, !dbg !125

26:                                               ; preds = %108, %30, %25
    #dbg_declare(ptr %4, !126, !DIExpression(), !138)
    #dbg_declare(ptr %5, !139, !DIExpression(), !140)
    #dbg_declare(ptr %6, !141, !DIExpression(), !144)
  store i32 16, ptr %6, align 4, !dbg !144
  %27 = load i32, ptr %2, align 4, !dbg !145
  %28 = call i64 @recvfrom(i32 noundef %27, ptr noundef %4, i64 noundef 21, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !147
  %29 = icmp slt i64 %28, 0, !dbg !148
  br i1 %29, label %30, label %31, !dbg !149

30:                                               ; preds = %26
  br label %26, !dbg !150, !llvm.loop !151

31:                                               ; preds = %26
    #dbg_declare(ptr %7, !154, !DIExpression(), !155)
  %32 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !156
  %33 = load i64, ptr %32, align 1, !dbg !156
  %34 = urem i64 %33, 1024, !dbg !157
  %35 = trunc i64 %34 to i32, !dbg !158
  store i32 %35, ptr %7, align 4, !dbg !155
  %36 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !159
  %37 = load i8, ptr %36, align 1, !dbg !159
  %38 = zext i8 %37 to i32, !dbg !161
  %39 = icmp eq i32 %38, 1, !dbg !162
  br i1 %39, label %40, label %60, !dbg !163

40:                                               ; preds = %31
  %41 = load ptr, ptr @store, align 8, !dbg !164
  %42 = getelementptr inbounds %struct.store, ptr %41, i32 0, i32 2, !dbg !166
  %43 = load i64, ptr %42, align 8, !dbg !167
  %44 = add i64 %43, 1, !dbg !167
  store i64 %44, ptr %42, align 8, !dbg !167
  %45 = load ptr, ptr @store, align 8, !dbg !168
  %46 = getelementptr inbounds %struct.store, ptr %45, i32 0, i32 0, !dbg !169
  %47 = load i32, ptr %7, align 4, !dbg !170
  %48 = zext i32 %47 to i64, !dbg !168
  %49 = getelementptr inbounds [1024 x i64], ptr %46, i64 0, i64 %48, !dbg !168
  %50 = load i64, ptr %49, align 8, !dbg !168
  %51 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 3, !dbg !171
  store i64 %50, ptr %51, align 1, !dbg !172
  %52 = load ptr, ptr @store, align 8, !dbg !173
  %53 = getelementptr inbounds %struct.store, ptr %52, i32 0, i32 1, !dbg !174
  %54 = load i32, ptr %7, align 4, !dbg !175
  %55 = zext i32 %54 to i64, !dbg !173
  %56 = getelementptr inbounds [1024 x i32], ptr %53, i64 0, i64 %55, !dbg !173
  %57 = load i32, ptr %56, align 4, !dbg !173
  %58 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 1, !dbg !176
  store i32 %57, ptr %58, align 1, !dbg !177
  %59 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !178
  store i8 3, ptr %59, align 1, !dbg !179
  br label %108, !dbg !180

60:                                               ; preds = %31
  %61 = load ptr, ptr @store, align 8, !dbg !181
  %62 = getelementptr inbounds %struct.store, ptr %61, i32 0, i32 1, !dbg !183
  %63 = load i32, ptr %7, align 4, !dbg !184
  %64 = zext i32 %63 to i64, !dbg !181
  %65 = getelementptr inbounds [1024 x i32], ptr %62, i64 0, i64 %64, !dbg !181
  %66 = load i32, ptr %65, align 4, !dbg !181
  %67 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 1, !dbg !185
  %68 = load i32, ptr %67, align 1, !dbg !185
  %69 = icmp eq i32 %66, %68, !dbg !186
  br i1 %69, label %70, label %105, !dbg !187

70:                                               ; preds = %60
  %71 = load ptr, ptr @store, align 8, !dbg !188
  %72 = getelementptr inbounds %struct.store, ptr %71, i32 0, i32 3, !dbg !190
  %73 = load i64, ptr %72, align 8, !dbg !191
  %74 = add i64 %73, 1, !dbg !191
  store i64 %74, ptr %72, align 8, !dbg !191
  %75 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 3, !dbg !192
  %76 = load i64, ptr %75, align 1, !dbg !192
  %77 = load ptr, ptr @store, align 8, !dbg !193
  %78 = getelementptr inbounds %struct.store, ptr %77, i32 0, i32 0, !dbg !194
  %79 = load i32, ptr %7, align 4, !dbg !195
  %80 = zext i32 %79 to i64, !dbg !193
  %81 = getelementptr inbounds [1024 x i64], ptr %78, i64 0, i64 %80, !dbg !193
  store i64 %76, ptr %81, align 8, !dbg !196
  %82 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 1, !dbg !197
  %83 = load i32, ptr %82, align 1, !dbg !197
  %84 = add i32 %83, 1, !dbg !198
  %85 = load ptr, ptr @store, align 8, !dbg !199
  %86 = getelementptr inbounds %struct.store, ptr %85, i32 0, i32 1, !dbg !200
  %87 = load i32, ptr %7, align 4, !dbg !201
  %88 = zext i32 %87 to i64, !dbg !199
  %89 = getelementptr inbounds [1024 x i32], ptr %86, i64 0, i64 %88, !dbg !199
  store i32 %84, ptr %89, align 4, !dbg !202
  %90 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 2, !dbg !203
  %91 = load i64, ptr %90, align 1, !dbg !203
  %92 = load ptr, ptr @journal, align 8, !dbg !204
  %93 = getelementptr inbounds %struct.journal, ptr %92, i32 0, i32 0, !dbg !205
  %94 = load ptr, ptr @journal, align 8, !dbg !206
  %95 = getelementptr inbounds %struct.journal, ptr %94, i32 0, i32 1, !dbg !207
  %96 = load i32, ptr %95, align 8, !dbg !207
  %97 = urem i32 %96, 64, !dbg !208
  %98 = zext i32 %97 to i64, !dbg !204
  %99 = getelementptr inbounds [64 x i64], ptr %93, i64 0, i64 %98, !dbg !204
  store i64 %91, ptr %99, align 8, !dbg !209
  %100 = load ptr, ptr @journal, align 8, !dbg !210
  %101 = getelementptr inbounds %struct.journal, ptr %100, i32 0, i32 1, !dbg !211
  %102 = load i32, ptr %101, align 8, !dbg !212
  %103 = add i32 %102, 1, !dbg !212
  store i32 %103, ptr %101, align 8, !dbg !212
  %104 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !213
  store i8 3, ptr %104, align 1, !dbg !214
  br label %107, !dbg !215

105:                                              ; preds = %60
  %106 = getelementptr inbounds %struct.message, ptr %4, i32 0, i32 0, !dbg !216
  store i8 4, ptr %106, align 1, !dbg !218
  br label %107

107:                                              ; preds = %105, %70
  br label %108

108:                                              ; preds = %107, %40
  %109 = load i32, ptr %2, align 4, !dbg !219
  %110 = load i32, ptr %6, align 4, !dbg !220
  %111 = call i64 @sendto(i32 noundef %109, ptr noundef %4, i64 noundef 21, i32 noundef 0, ptr noundef %5, i32 noundef %110), !dbg !221
  br label %26, !dbg !222, !llvm.loop !151

112:                                              ; preds = %24, %15
  %113 = load i32, ptr %1, align 4, !dbg !223
  ret i32 %113, !dbg !223
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

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0,1) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!67, !68, !69, !70, !71, !72, !73}
!llvm.ident = !{!74}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "store", scope: !2, file: !3, line: 36, type: !56, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !24, globals: !38, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "heap-table-sites.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "2ac65f44c58380453a2b81687d2ee159")
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
!18 = !DICompositeType(tag: DW_TAG_enumeration_type, file: !3, line: 16, baseType: !7, size: 32, elements: !19)
!19 = !{!20, !21, !22, !23}
!20 = !DIEnumerator(name: "GET", value: 1)
!21 = !DIEnumerator(name: "SET", value: 2)
!22 = !DIEnumerator(name: "OK", value: 3)
!23 = !DIEnumerator(name: "STALE", value: 4)
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
!38 = !{!0, !39}
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(name: "journal", scope: !2, file: !3, line: 37, type: !41, isLocal: true, isDefinition: true)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "journal", file: !3, line: 24, size: 4160, elements: !43)
!43 = !{!44, !53}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "keys", scope: !42, file: !3, line: 25, baseType: !45, size: 4096)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 4096, elements: !51)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !47, line: 27, baseType: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !49, line: 45, baseType: !50)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!50 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!51 = !{!52}
!52 = !DISubrange(count: 64)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "head", scope: !42, file: !3, line: 26, baseType: !54, size: 32, offset: 4096)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !47, line: 26, baseType: !55)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !49, line: 42, baseType: !7)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64)
!57 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "store", file: !3, line: 18, size: 98432, elements: !58)
!58 = !{!59, !63, !65, !66}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "vals", scope: !57, file: !3, line: 19, baseType: !60, size: 65536)
!60 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 65536, elements: !61)
!61 = !{!62}
!62 = !DISubrange(count: 1024)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "vers", scope: !57, file: !3, line: 20, baseType: !64, size: 32768, offset: 65536)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 32768, elements: !61)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "gets", scope: !57, file: !3, line: 21, baseType: !46, size: 64, offset: 98304)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "sets", scope: !57, file: !3, line: 21, baseType: !46, size: 64, offset: 98368)
!67 = !{i32 7, !"Dwarf Version", i32 5}
!68 = !{i32 2, !"Debug Info Version", i32 3}
!69 = !{i32 1, !"wchar_size", i32 4}
!70 = !{i32 8, !"PIC Level", i32 2}
!71 = !{i32 7, !"PIE Level", i32 2}
!72 = !{i32 7, !"uwtable", i32 2}
!73 = !{i32 7, !"frame-pointer", i32 2}
!74 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!75 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 43, type: !76, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !79)
!76 = !DISubroutineType(types: !77)
!77 = !{!78}
!78 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!79 = !{}
!80 = !DILocation(line: 48, column: 11, scope: !75)
!81 = !DILocation(line: 48, column: 9, scope: !75)
!82 = !DILocation(line: 49, column: 13, scope: !75)
!83 = !DILocation(line: 49, column: 11, scope: !75)
!84 = !DILocation(line: 51, column: 8, scope: !85)
!85 = distinct !DILexicalBlock(scope: !75, file: !3, line: 51, column: 7)
!86 = !DILocation(line: 51, column: 14, scope: !85)
!87 = !DILocation(line: 51, column: 18, scope: !85)
!88 = !DILocation(line: 51, column: 7, scope: !75)
!89 = !DILocation(line: 52, column: 5, scope: !85)
!90 = !DILocalVariable(name: "fd", scope: !75, file: !3, line: 53, type: !78)
!91 = !DILocation(line: 53, column: 7, scope: !75)
!92 = !DILocation(line: 53, column: 12, scope: !75)
!93 = !DILocalVariable(name: "sa", scope: !75, file: !3, line: 54, type: !94)
!94 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !95, line: 245, size: 128, elements: !96)
!95 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!96 = !{!97, !98, !102, !107}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !94, file: !95, line: 247, baseType: !30, size: 16)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !94, file: !95, line: 248, baseType: !99, size: 16, offset: 16)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !95, line: 123, baseType: !100)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !47, line: 25, baseType: !101)
!101 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !49, line: 40, baseType: !32)
!102 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !94, file: !95, line: 249, baseType: !103, size: 32, offset: 32)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !95, line: 31, size: 32, elements: !104)
!104 = !{!105}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !103, file: !95, line: 33, baseType: !106, size: 32)
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !95, line: 30, baseType: !54)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !94, file: !95, line: 252, baseType: !108, size: 64, offset: 64)
!108 = !DICompositeType(tag: DW_TAG_array_type, baseType: !109, size: 64, elements: !110)
!109 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!110 = !{!111}
!111 = !DISubrange(count: 8)
!112 = !DILocation(line: 54, column: 22, scope: !75)
!113 = !DILocation(line: 55, column: 3, scope: !75)
!114 = !DILocation(line: 56, column: 6, scope: !75)
!115 = !DILocation(line: 56, column: 17, scope: !75)
!116 = !DILocation(line: 57, column: 17, scope: !75)
!117 = !DILocation(line: 57, column: 6, scope: !75)
!118 = !DILocation(line: 57, column: 15, scope: !75)
!119 = !DILocation(line: 58, column: 12, scope: !120)
!120 = distinct !DILexicalBlock(scope: !75, file: !3, line: 58, column: 7)
!121 = !DILocation(line: 58, column: 7, scope: !120)
!122 = !DILocation(line: 58, column: 52, scope: !120)
!123 = !DILocation(line: 58, column: 7, scope: !75)
!124 = !DILocation(line: 59, column: 5, scope: !120)
!125 = !DILocation(line: 60, column: 3, scope: !75)
!126 = !DILocalVariable(name: "msg", scope: !127, file: !3, line: 61, type: !130)
!127 = distinct !DILexicalBlock(scope: !128, file: !3, line: 60, column: 12)
!128 = distinct !DILexicalBlock(scope: !129, file: !3, line: 60, column: 3)
!129 = distinct !DILexicalBlock(scope: !75, file: !3, line: 60, column: 3)
!130 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "message", file: !3, line: 29, size: 168, elements: !131)
!131 = !{!132, !135, !136, !137}
!132 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !130, file: !3, line: 30, baseType: !133, size: 8)
!133 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !47, line: 24, baseType: !134)
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !49, line: 38, baseType: !109)
!135 = !DIDerivedType(tag: DW_TAG_member, name: "ver", scope: !130, file: !3, line: 31, baseType: !54, size: 32, offset: 8)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !130, file: !3, line: 32, baseType: !46, size: 64, offset: 40)
!137 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !130, file: !3, line: 33, baseType: !46, size: 64, offset: 104)
!138 = !DILocation(line: 61, column: 20, scope: !127)
!139 = !DILocalVariable(name: "cli", scope: !127, file: !3, line: 62, type: !94)
!140 = !DILocation(line: 62, column: 24, scope: !127)
!141 = !DILocalVariable(name: "len", scope: !127, file: !3, line: 63, type: !142)
!142 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !143)
!143 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !49, line: 210, baseType: !7)
!144 = !DILocation(line: 63, column: 15, scope: !127)
!145 = !DILocation(line: 64, column: 18, scope: !146)
!146 = distinct !DILexicalBlock(scope: !127, file: !3, line: 64, column: 9)
!147 = !DILocation(line: 64, column: 9, scope: !146)
!148 = !DILocation(line: 64, column: 75, scope: !146)
!149 = !DILocation(line: 64, column: 9, scope: !127)
!150 = !DILocation(line: 65, column: 7, scope: !146)
!151 = distinct !{!151, !152, !153}
!152 = !DILocation(line: 60, column: 3, scope: !129)
!153 = !DILocation(line: 83, column: 3, scope: !129)
!154 = !DILocalVariable(name: "slot", scope: !127, file: !3, line: 66, type: !54)
!155 = !DILocation(line: 66, column: 14, scope: !127)
!156 = !DILocation(line: 66, column: 25, scope: !127)
!157 = !DILocation(line: 66, column: 29, scope: !127)
!158 = !DILocation(line: 66, column: 21, scope: !127)
!159 = !DILocation(line: 67, column: 13, scope: !160)
!160 = distinct !DILexicalBlock(scope: !127, file: !3, line: 67, column: 9)
!161 = !DILocation(line: 67, column: 9, scope: !160)
!162 = !DILocation(line: 67, column: 18, scope: !160)
!163 = !DILocation(line: 67, column: 9, scope: !127)
!164 = !DILocation(line: 68, column: 7, scope: !165)
!165 = distinct !DILexicalBlock(scope: !160, file: !3, line: 67, column: 26)
!166 = !DILocation(line: 68, column: 14, scope: !165)
!167 = !DILocation(line: 68, column: 18, scope: !165)
!168 = !DILocation(line: 69, column: 17, scope: !165)
!169 = !DILocation(line: 69, column: 24, scope: !165)
!170 = !DILocation(line: 69, column: 29, scope: !165)
!171 = !DILocation(line: 69, column: 11, scope: !165)
!172 = !DILocation(line: 69, column: 15, scope: !165)
!173 = !DILocation(line: 70, column: 17, scope: !165)
!174 = !DILocation(line: 70, column: 24, scope: !165)
!175 = !DILocation(line: 70, column: 29, scope: !165)
!176 = !DILocation(line: 70, column: 11, scope: !165)
!177 = !DILocation(line: 70, column: 15, scope: !165)
!178 = !DILocation(line: 71, column: 11, scope: !165)
!179 = !DILocation(line: 71, column: 16, scope: !165)
!180 = !DILocation(line: 72, column: 5, scope: !165)
!181 = !DILocation(line: 72, column: 16, scope: !182)
!182 = distinct !DILexicalBlock(scope: !160, file: !3, line: 72, column: 16)
!183 = !DILocation(line: 72, column: 23, scope: !182)
!184 = !DILocation(line: 72, column: 28, scope: !182)
!185 = !DILocation(line: 72, column: 41, scope: !182)
!186 = !DILocation(line: 72, column: 34, scope: !182)
!187 = !DILocation(line: 72, column: 16, scope: !160)
!188 = !DILocation(line: 73, column: 7, scope: !189)
!189 = distinct !DILexicalBlock(scope: !182, file: !3, line: 72, column: 46)
!190 = !DILocation(line: 73, column: 14, scope: !189)
!191 = !DILocation(line: 73, column: 18, scope: !189)
!192 = !DILocation(line: 74, column: 31, scope: !189)
!193 = !DILocation(line: 74, column: 7, scope: !189)
!194 = !DILocation(line: 74, column: 14, scope: !189)
!195 = !DILocation(line: 74, column: 19, scope: !189)
!196 = !DILocation(line: 74, column: 25, scope: !189)
!197 = !DILocation(line: 75, column: 31, scope: !189)
!198 = !DILocation(line: 75, column: 35, scope: !189)
!199 = !DILocation(line: 75, column: 7, scope: !189)
!200 = !DILocation(line: 75, column: 14, scope: !189)
!201 = !DILocation(line: 75, column: 19, scope: !189)
!202 = !DILocation(line: 75, column: 25, scope: !189)
!203 = !DILocation(line: 76, column: 47, scope: !189)
!204 = !DILocation(line: 76, column: 7, scope: !189)
!205 = !DILocation(line: 76, column: 16, scope: !189)
!206 = !DILocation(line: 76, column: 21, scope: !189)
!207 = !DILocation(line: 76, column: 30, scope: !189)
!208 = !DILocation(line: 76, column: 35, scope: !189)
!209 = !DILocation(line: 76, column: 41, scope: !189)
!210 = !DILocation(line: 77, column: 7, scope: !189)
!211 = !DILocation(line: 77, column: 16, scope: !189)
!212 = !DILocation(line: 77, column: 20, scope: !189)
!213 = !DILocation(line: 78, column: 11, scope: !189)
!214 = !DILocation(line: 78, column: 16, scope: !189)
!215 = !DILocation(line: 79, column: 5, scope: !189)
!216 = !DILocation(line: 80, column: 11, scope: !217)
!217 = distinct !DILexicalBlock(scope: !182, file: !3, line: 79, column: 12)
!218 = !DILocation(line: 80, column: 16, scope: !217)
!219 = !DILocation(line: 82, column: 12, scope: !127)
!220 = !DILocation(line: 82, column: 63, scope: !127)
!221 = !DILocation(line: 82, column: 5, scope: !127)
!222 = !DILocation(line: 60, column: 3, scope: !128)
!223 = !DILocation(line: 84, column: 1, scope: !75)
