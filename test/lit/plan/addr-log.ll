; addr-log.c formats the client's address on every request: inet_ntop into
; the local ip[] (line 39), read only by the verbose printf (line 42), and
; inet_ntoa (line 40), read only by the bad-key report (line 44). Neither
; has a kernel counterpart. The working copy moves each call into the
; branch that reads its result (SinkCold.cpp), so a request that is not
; logged answers in the kernel.
; Before: "fallback: addr-log.c:36 -> UnknownExternal inet_ntop at
; addr-log.c:39": every request that got past the length test fell back,
; and the plan kept the server in userspace ("the kernel could only drop
; requests").
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -disable-output %s
;
; CHECK-LABEL: koffload plan for 'addr-log.c'
; CHECK:       arrival: addr-log.c:34
; CHECK-NEXT:  reply: addr-log.c:48
; CHECK:       decision: offload
; CHECK-DAG:   fallback: addr-log.c:41 -> UnknownExternal inet_ntop at addr-log.c:39
; inet_ntoa's string only goes to the log line: the offload records the
; address and the replay calls inet_ntoa (before: a fallback at line 40).
; CHECK-NOT:   inet_ntoa at addr-log.c:40
; CHECK-NOT:   fallback: addr-log.c:36
;
; MADE-FROM: Inputs/addr-log.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - addr-log.c

; ModuleID = 'addr-log.c'
source_filename = "addr-log.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.request = type { i32 }

@verbose = internal global i32 0, align 4, !dbg !0
@.str = private unnamed_addr constant [21 x i8] c"%s asked for key %u\0A\00", align 1, !dbg !39
@stderr = external global ptr, align 8
@.str.1 = private unnamed_addr constant [20 x i8] c"bad key %u from %s\0A\00", align 1, !dbg !44
@counts = internal global [1024 x i64] zeroinitializer, align 16, !dbg !49

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !66 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca %struct.request, align 4
  %9 = alloca %struct.sockaddr_in, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca [16 x i8], align 16
  %13 = alloca ptr, align 8
  %14 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !72, !DIExpression(), !73)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !74, !DIExpression(), !75)
  %15 = load i32, ptr %4, align 4, !dbg !76
  %16 = icmp sgt i32 %15, 1, !dbg !77
  %17 = zext i1 %16 to i32, !dbg !77
  store i32 %17, ptr @verbose, align 4, !dbg !78
    #dbg_declare(ptr %6, !79, !DIExpression(), !80)
  %18 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !81
  store i32 %18, ptr %6, align 4, !dbg !80
    #dbg_declare(ptr %7, !82, !DIExpression(), !99)
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 16, i1 false), !dbg !100
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 0, !dbg !101
  store i16 2, ptr %19, align 4, !dbg !102
  %20 = call zeroext i16 @htons(i16 noundef zeroext 7800) #6, !dbg !103
  %21 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 1, !dbg !104
  store i16 %20, ptr %21, align 2, !dbg !105
  %22 = call i32 @htonl(i32 noundef 0) #6, !dbg !106
  %23 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 2, !dbg !107
  %24 = getelementptr inbounds %struct.in_addr, ptr %23, i32 0, i32 0, !dbg !108
  store i32 %22, ptr %24, align 4, !dbg !109
  %25 = load i32, ptr %6, align 4, !dbg !110
  %26 = call i32 @bind(i32 noundef %25, ptr noundef %7, i32 noundef 16) #5, !dbg !112
  %27 = icmp slt i32 %26, 0, !dbg !113
  br i1 %27, label %28, label %29, !dbg !114

28:                                               ; preds = %2
  ret i32 1, !dbg !115

29:                                               ; preds = %2
  br label %30, !dbg !116

30:                                               ; preds = %61, %55, %35, %29
    #dbg_declare(ptr %8, !117, !DIExpression(), !124)
    #dbg_declare(ptr %9, !125, !DIExpression(), !126)
    #dbg_declare(ptr %10, !127, !DIExpression(), !130)
  store i32 16, ptr %10, align 4, !dbg !130
    #dbg_declare(ptr %11, !131, !DIExpression(), !136)
  %31 = load i32, ptr %6, align 4, !dbg !137
  %32 = call i64 @recvfrom(i32 noundef %31, ptr noundef %8, i64 noundef 4, i32 noundef 0, ptr noundef %9, ptr noundef %10), !dbg !138
  store i64 %32, ptr %11, align 8, !dbg !136
  %33 = load i64, ptr %11, align 8, !dbg !139
  %34 = icmp ne i64 %33, 4, !dbg !141
  br i1 %34, label %35, label %36, !dbg !142

35:                                               ; preds = %30
  br label %30, !dbg !143, !llvm.loop !144

36:                                               ; preds = %30
    #dbg_declare(ptr %12, !147, !DIExpression(), !151)
  %37 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 2, !dbg !152
  %38 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 0, !dbg !153
  %39 = call ptr @inet_ntop(i32 noundef 2, ptr noundef %37, ptr noundef %38, i32 noundef 16) #5, !dbg !154
    #dbg_declare(ptr %13, !155, !DIExpression(), !158)
  %40 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 2, !dbg !159
  %41 = getelementptr inbounds %struct.in_addr, ptr %40, i32 0, i32 0, !dbg !160
  %42 = load i32, ptr %41, align 4, !dbg !160
  %43 = call ptr @inet_ntoa(i32 %42) #5, !dbg !160
  store ptr %43, ptr %13, align 8, !dbg !158
  %44 = load i32, ptr @verbose, align 4, !dbg !161
  %45 = icmp ne i32 %44, 0, !dbg !161
  br i1 %45, label %46, label %51, !dbg !163

46:                                               ; preds = %36
  %47 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 0, !dbg !164
  %48 = getelementptr inbounds %struct.request, ptr %8, i32 0, i32 0, !dbg !165
  %49 = load i32, ptr %48, align 4, !dbg !165
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %47, i32 noundef %49), !dbg !166
  br label %51, !dbg !166

51:                                               ; preds = %46, %36
  %52 = getelementptr inbounds %struct.request, ptr %8, i32 0, i32 0, !dbg !167
  %53 = load i32, ptr %52, align 4, !dbg !167
  %54 = icmp uge i32 %53, 1024, !dbg !169
  br i1 %54, label %55, label %61, !dbg !170

55:                                               ; preds = %51
  %56 = load ptr, ptr @stderr, align 8, !dbg !171
  %57 = getelementptr inbounds %struct.request, ptr %8, i32 0, i32 0, !dbg !173
  %58 = load i32, ptr %57, align 4, !dbg !173
  %59 = load ptr, ptr %13, align 8, !dbg !174
  %60 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %56, ptr noundef @.str.1, i32 noundef %58, ptr noundef %59) #5, !dbg !175
  br label %30, !dbg !176, !llvm.loop !144

61:                                               ; preds = %51
    #dbg_declare(ptr %14, !177, !DIExpression(), !178)
  %62 = getelementptr inbounds %struct.request, ptr %8, i32 0, i32 0, !dbg !179
  %63 = load i32, ptr %62, align 4, !dbg !179
  %64 = zext i32 %63 to i64, !dbg !180
  %65 = getelementptr inbounds [1024 x i64], ptr @counts, i64 0, i64 %64, !dbg !180
  %66 = load i64, ptr %65, align 8, !dbg !181
  %67 = add i64 %66, 1, !dbg !181
  store i64 %67, ptr %65, align 8, !dbg !181
  store i64 %67, ptr %14, align 8, !dbg !178
  %68 = load i32, ptr %6, align 4, !dbg !182
  %69 = load i32, ptr %10, align 4, !dbg !183
  %70 = call i64 @sendto(i32 noundef %68, ptr noundef %14, i64 noundef 8, i32 noundef 0, ptr noundef %9, i32 noundef %69), !dbg !184
  br label %30, !dbg !185, !llvm.loop !144
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare ptr @inet_ntop(i32 noundef, ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare ptr @inet_ntoa(i32) #1

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #1

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!58, !59, !60, !61, !62, !63, !64}
!llvm.ident = !{!65}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "verbose", scope: !2, file: !3, line: 13, type: !57, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !38, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "addr-log.c", directory: "/work/wt-prepare-o1/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "56b2ceb208d765ca4a0c2153808da50f")
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
!18 = !{!19, !25}
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
!38 = !{!39, !44, !0, !49}
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !41, isLocal: true, isDefinition: true)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 168, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 21)
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(scope: null, file: !3, line: 44, type: !46, isLocal: true, isDefinition: true)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 20)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "counts", scope: !2, file: !3, line: 14, type: !51, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !52, size: 65536, elements: !55)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !22, line: 27, baseType: !53)
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !24, line: 45, baseType: !54)
!54 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!55 = !{!56}
!56 = !DISubrange(count: 1024)
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !{i32 7, !"Dwarf Version", i32 5}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 8, !"PIC Level", i32 2}
!62 = !{i32 7, !"PIE Level", i32 2}
!63 = !{i32 7, !"uwtable", i32 2}
!64 = !{i32 7, !"frame-pointer", i32 2}
!65 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!66 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 20, type: !67, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !71)
!67 = !DISubroutineType(types: !68)
!68 = !{!57, !57, !69}
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!71 = !{}
!72 = !DILocalVariable(name: "argc", arg: 1, scope: !66, file: !3, line: 20, type: !57)
!73 = !DILocation(line: 20, column: 14, scope: !66)
!74 = !DILocalVariable(name: "argv", arg: 2, scope: !66, file: !3, line: 20, type: !69)
!75 = !DILocation(line: 20, column: 27, scope: !66)
!76 = !DILocation(line: 21, column: 13, scope: !66)
!77 = !DILocation(line: 21, column: 18, scope: !66)
!78 = !DILocation(line: 21, column: 11, scope: !66)
!79 = !DILocalVariable(name: "fd", scope: !66, file: !3, line: 22, type: !57)
!80 = !DILocation(line: 22, column: 7, scope: !66)
!81 = !DILocation(line: 22, column: 12, scope: !66)
!82 = !DILocalVariable(name: "addr", scope: !66, file: !3, line: 23, type: !83)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !84)
!84 = !{!85, !86, !90, !94}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !83, file: !20, line: 247, baseType: !30, size: 16)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !83, file: !20, line: 248, baseType: !87, size: 16, offset: 16)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !83, file: !20, line: 249, baseType: !91, size: 32, offset: 32)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !91, file: !20, line: 33, baseType: !19, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !83, file: !20, line: 252, baseType: !95, size: 64, offset: 64)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 64, elements: !97)
!96 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!97 = !{!98}
!98 = !DISubrange(count: 8)
!99 = !DILocation(line: 23, column: 22, scope: !66)
!100 = !DILocation(line: 24, column: 3, scope: !66)
!101 = !DILocation(line: 25, column: 8, scope: !66)
!102 = !DILocation(line: 25, column: 19, scope: !66)
!103 = !DILocation(line: 26, column: 19, scope: !66)
!104 = !DILocation(line: 26, column: 8, scope: !66)
!105 = !DILocation(line: 26, column: 17, scope: !66)
!106 = !DILocation(line: 27, column: 26, scope: !66)
!107 = !DILocation(line: 27, column: 8, scope: !66)
!108 = !DILocation(line: 27, column: 17, scope: !66)
!109 = !DILocation(line: 27, column: 24, scope: !66)
!110 = !DILocation(line: 28, column: 12, scope: !111)
!111 = distinct !DILexicalBlock(scope: !66, file: !3, line: 28, column: 7)
!112 = !DILocation(line: 28, column: 7, scope: !111)
!113 = !DILocation(line: 28, column: 56, scope: !111)
!114 = !DILocation(line: 28, column: 7, scope: !66)
!115 = !DILocation(line: 29, column: 5, scope: !111)
!116 = !DILocation(line: 30, column: 3, scope: !66)
!117 = !DILocalVariable(name: "req", scope: !118, file: !3, line: 31, type: !121)
!118 = distinct !DILexicalBlock(scope: !119, file: !3, line: 30, column: 12)
!119 = distinct !DILexicalBlock(scope: !120, file: !3, line: 30, column: 3)
!120 = distinct !DILexicalBlock(scope: !66, file: !3, line: 30, column: 3)
!121 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "request", file: !3, line: 16, size: 32, elements: !122)
!122 = !{!123}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !121, file: !3, line: 17, baseType: !21, size: 32)
!124 = !DILocation(line: 31, column: 20, scope: !118)
!125 = !DILocalVariable(name: "cli", scope: !118, file: !3, line: 32, type: !83)
!126 = !DILocation(line: 32, column: 24, scope: !118)
!127 = !DILocalVariable(name: "len", scope: !118, file: !3, line: 33, type: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !129)
!129 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!130 = !DILocation(line: 33, column: 15, scope: !118)
!131 = !DILocalVariable(name: "n", scope: !118, file: !3, line: 34, type: !132)
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !133, line: 108, baseType: !134)
!133 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !135)
!135 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!136 = !DILocation(line: 34, column: 13, scope: !118)
!137 = !DILocation(line: 34, column: 26, scope: !118)
!138 = !DILocation(line: 34, column: 17, scope: !118)
!139 = !DILocation(line: 36, column: 9, scope: !140)
!140 = distinct !DILexicalBlock(scope: !118, file: !3, line: 36, column: 9)
!141 = !DILocation(line: 36, column: 11, scope: !140)
!142 = !DILocation(line: 36, column: 9, scope: !118)
!143 = !DILocation(line: 37, column: 7, scope: !140)
!144 = distinct !{!144, !145, !146}
!145 = !DILocation(line: 30, column: 3, scope: !120)
!146 = !DILocation(line: 49, column: 3, scope: !120)
!147 = !DILocalVariable(name: "ip", scope: !118, file: !3, line: 38, type: !148)
!148 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 128, elements: !149)
!149 = !{!150}
!150 = !DISubrange(count: 16)
!151 = !DILocation(line: 38, column: 10, scope: !118)
!152 = !DILocation(line: 39, column: 29, scope: !118)
!153 = !DILocation(line: 39, column: 39, scope: !118)
!154 = !DILocation(line: 39, column: 5, scope: !118)
!155 = !DILocalVariable(name: "who", scope: !118, file: !3, line: 40, type: !156)
!156 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !157, size: 64)
!157 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!158 = !DILocation(line: 40, column: 17, scope: !118)
!159 = !DILocation(line: 40, column: 37, scope: !118)
!160 = !DILocation(line: 40, column: 23, scope: !118)
!161 = !DILocation(line: 41, column: 9, scope: !162)
!162 = distinct !DILexicalBlock(scope: !118, file: !3, line: 41, column: 9)
!163 = !DILocation(line: 41, column: 9, scope: !118)
!164 = !DILocation(line: 42, column: 39, scope: !162)
!165 = !DILocation(line: 42, column: 47, scope: !162)
!166 = !DILocation(line: 42, column: 7, scope: !162)
!167 = !DILocation(line: 43, column: 13, scope: !168)
!168 = distinct !DILexicalBlock(scope: !118, file: !3, line: 43, column: 9)
!169 = !DILocation(line: 43, column: 17, scope: !168)
!170 = !DILocation(line: 43, column: 9, scope: !118)
!171 = !DILocation(line: 44, column: 15, scope: !172)
!172 = distinct !DILexicalBlock(scope: !168, file: !3, line: 43, column: 26)
!173 = !DILocation(line: 44, column: 51, scope: !172)
!174 = !DILocation(line: 44, column: 56, scope: !172)
!175 = !DILocation(line: 44, column: 7, scope: !172)
!176 = !DILocation(line: 45, column: 7, scope: !172)
!177 = !DILocalVariable(name: "c", scope: !118, file: !3, line: 47, type: !52)
!178 = !DILocation(line: 47, column: 14, scope: !118)
!179 = !DILocation(line: 47, column: 31, scope: !118)
!180 = !DILocation(line: 47, column: 20, scope: !118)
!181 = !DILocation(line: 47, column: 18, scope: !118)
!182 = !DILocation(line: 48, column: 12, scope: !118)
!183 = !DILocation(line: 48, column: 59, scope: !118)
!184 = !DILocation(line: 48, column: 5, scope: !118)
!185 = !DILocation(line: 30, column: 3, scope: !119)
