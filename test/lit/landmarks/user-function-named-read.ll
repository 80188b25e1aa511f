; A static function with a body that is called read() is the program's own
; function, not read(2): its two calls in the loop are not landmarks.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'user-function-named-read.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at user-function-named-read.c:24
; CHECK-NEXT:   bind: port 3000 address 0.0.0.0 at user-function-named-read.c:33
; CHECK-NEXT: event-loop #0: blocking-recv in main at user-function-named-read.c:38, blocks in recvfrom at user-function-named-read.c:41
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at user-function-named-read.c:41, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at user-function-named-read.c:49, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/user-function-named-read.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - user-function-named-read.c

; ModuleID = 'user-function-named-read.c'
source_filename = "user-function-named-read.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.cursor = type { ptr, ptr }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !49 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [512 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca %struct.cursor, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !54, !DIExpression(), !55)
  %12 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !56
  store i32 %12, ptr %2, align 4, !dbg !55
  %13 = load i32, ptr %2, align 4, !dbg !57
  %14 = icmp slt i32 %13, 0, !dbg !59
  br i1 %14, label %15, label %16, !dbg !60

15:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !61
  store i32 1, ptr %1, align 4, !dbg !63
  br label %52, !dbg !63

16:                                               ; preds = %0
    #dbg_declare(ptr %3, !64, !DIExpression(), !87)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !88
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !89
  store i16 2, ptr %17, align 4, !dbg !90
  %18 = call zeroext i16 @htons(i16 noundef zeroext 3000) #7, !dbg !91
  %19 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !92
  store i16 %18, ptr %19, align 2, !dbg !93
  %20 = load i32, ptr %2, align 4, !dbg !94
  %21 = call i32 @bind(i32 noundef %20, ptr noundef %3, i32 noundef 16) #6, !dbg !96
  %22 = icmp slt i32 %21, 0, !dbg !97
  br i1 %22, label %23, label %24, !dbg !98

23:                                               ; preds = %16
  call void @perror(ptr noundef @.str.1), !dbg !99
  store i32 1, ptr %1, align 4, !dbg !101
  br label %52, !dbg !101

24:                                               ; preds = %16
    #dbg_declare(ptr %4, !102, !DIExpression(), !106)
  br label %25, !dbg !107

25:                                               ; preds = %45, %44, %31, %24
    #dbg_declare(ptr %5, !108, !DIExpression(), !112)
    #dbg_declare(ptr %6, !113, !DIExpression(), !116)
  store i32 16, ptr %6, align 4, !dbg !116
    #dbg_declare(ptr %7, !117, !DIExpression(), !122)
  %26 = load i32, ptr %2, align 4, !dbg !123
  %27 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !124
  %28 = call i64 @recvfrom(i32 noundef %26, ptr noundef %27, i64 noundef 512, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !125
  store i64 %28, ptr %7, align 8, !dbg !122
  %29 = load i64, ptr %7, align 8, !dbg !126
  %30 = icmp slt i64 %29, 0, !dbg !128
  br i1 %30, label %31, label %32, !dbg !129

31:                                               ; preds = %25
  br label %25, !dbg !130, !llvm.loop !131

32:                                               ; preds = %25
    #dbg_declare(ptr %8, !134, !DIExpression(), !141)
  %33 = getelementptr inbounds %struct.cursor, ptr %8, i32 0, i32 0, !dbg !142
  %34 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !143
  store ptr %34, ptr %33, align 8, !dbg !142
  %35 = getelementptr inbounds %struct.cursor, ptr %8, i32 0, i32 1, !dbg !142
  %36 = getelementptr inbounds [512 x i8], ptr %4, i64 0, i64 0, !dbg !144
  %37 = load i64, ptr %7, align 8, !dbg !145
  %38 = getelementptr inbounds i8, ptr %36, i64 %37, !dbg !146
  store ptr %38, ptr %35, align 8, !dbg !142
    #dbg_declare(ptr %9, !147, !DIExpression(), !148)
    #dbg_declare(ptr %10, !149, !DIExpression(), !150)
  %39 = call i32 @read(ptr noundef %8, ptr noundef %9), !dbg !151
  %40 = icmp slt i32 %39, 0, !dbg !153
  br i1 %40, label %44, label %41, !dbg !154

41:                                               ; preds = %32
  %42 = call i32 @read(ptr noundef %8, ptr noundef %10), !dbg !155
  %43 = icmp slt i32 %42, 0, !dbg !156
  br i1 %43, label %44, label %45, !dbg !157

44:                                               ; preds = %41, %32
  br label %25, !dbg !158, !llvm.loop !131

45:                                               ; preds = %41
    #dbg_declare(ptr %11, !159, !DIExpression(), !160)
  %46 = load i32, ptr %9, align 4, !dbg !161
  %47 = load i32, ptr %10, align 4, !dbg !162
  %48 = add i32 %46, %47, !dbg !163
  store i32 %48, ptr %11, align 4, !dbg !160
  %49 = load i32, ptr %2, align 4, !dbg !164
  %50 = load i32, ptr %6, align 4, !dbg !165
  %51 = call i64 @sendto(i32 noundef %49, ptr noundef %11, i64 noundef 4, i32 noundef 0, ptr noundef %5, i32 noundef %50), !dbg !166
  br label %25, !dbg !167, !llvm.loop !131

52:                                               ; preds = %23, %15
  %53 = load i32, ptr %1, align 4, !dbg !168
  ret i32 %53, !dbg !168
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @read(ptr noundef %0, ptr noundef %1) #0 !dbg !169 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !174, !DIExpression(), !175)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !176, !DIExpression(), !177)
  %6 = load ptr, ptr %4, align 8, !dbg !178
  %7 = getelementptr inbounds %struct.cursor, ptr %6, i32 0, i32 1, !dbg !180
  %8 = load ptr, ptr %7, align 8, !dbg !180
  %9 = load ptr, ptr %4, align 8, !dbg !181
  %10 = getelementptr inbounds %struct.cursor, ptr %9, i32 0, i32 0, !dbg !182
  %11 = load ptr, ptr %10, align 8, !dbg !182
  %12 = ptrtoint ptr %8 to i64, !dbg !183
  %13 = ptrtoint ptr %11 to i64, !dbg !183
  %14 = sub i64 %12, %13, !dbg !183
  %15 = icmp slt i64 %14, 4, !dbg !184
  br i1 %15, label %16, label %17, !dbg !185

16:                                               ; preds = %2
  store i32 -1, ptr %3, align 4, !dbg !186
  br label %26, !dbg !186

17:                                               ; preds = %2
  %18 = load ptr, ptr %5, align 8, !dbg !187
  %19 = load ptr, ptr %4, align 8, !dbg !188
  %20 = getelementptr inbounds %struct.cursor, ptr %19, i32 0, i32 0, !dbg !189
  %21 = load ptr, ptr %20, align 8, !dbg !189
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 1 %21, i64 4, i1 false), !dbg !190
  %22 = load ptr, ptr %4, align 8, !dbg !191
  %23 = getelementptr inbounds %struct.cursor, ptr %22, i32 0, i32 0, !dbg !192
  %24 = load ptr, ptr %23, align 8, !dbg !193
  %25 = getelementptr inbounds i8, ptr %24, i64 4, !dbg !193
  store ptr %25, ptr %23, align 8, !dbg !193
  store i32 0, ptr %3, align 4, !dbg !194
  br label %26, !dbg !194

26:                                               ; preds = %17, %16
  %27 = load i32, ptr %3, align 4, !dbg !195
  ret i32 %27, !dbg !195
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!41, !42, !43, !44, !45, !46, !47}
!llvm.ident = !{!48}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 26, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "user-function-named-read.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "28a5c8ac2e411b234f4806d691ee4aaf")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, retainedTypes: !27, globals: !40, splitDebugInlining: false, nameTableKind: None)
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
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !30, line: 183, size: 128, elements: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!31 = !{!32, !36}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !29, file: !30, line: 185, baseType: !33, size: 16)
!33 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !34, line: 28, baseType: !35)
!34 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!35 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !29, file: !30, line: 186, baseType: !37, size: 112, offset: 16)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 14)
!40 = !{!0, !7}
!41 = !{i32 7, !"Dwarf Version", i32 5}
!42 = !{i32 2, !"Debug Info Version", i32 3}
!43 = !{i32 1, !"wchar_size", i32 4}
!44 = !{i32 8, !"PIC Level", i32 2}
!45 = !{i32 7, !"PIE Level", i32 2}
!46 = !{i32 7, !"uwtable", i32 2}
!47 = !{i32 7, !"frame-pointer", i32 2}
!48 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!49 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 23, type: !50, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !53)
!50 = !DISubroutineType(types: !51)
!51 = !{!52}
!52 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!53 = !{}
!54 = !DILocalVariable(name: "fd", scope: !49, file: !2, line: 24, type: !52)
!55 = !DILocation(line: 24, column: 7, scope: !49)
!56 = !DILocation(line: 24, column: 12, scope: !49)
!57 = !DILocation(line: 25, column: 7, scope: !58)
!58 = distinct !DILexicalBlock(scope: !49, file: !2, line: 25, column: 7)
!59 = !DILocation(line: 25, column: 10, scope: !58)
!60 = !DILocation(line: 25, column: 7, scope: !49)
!61 = !DILocation(line: 26, column: 5, scope: !62)
!62 = distinct !DILexicalBlock(scope: !58, file: !2, line: 25, column: 15)
!63 = !DILocation(line: 27, column: 5, scope: !62)
!64 = !DILocalVariable(name: "sin", scope: !49, file: !2, line: 29, type: !65)
!65 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !66, line: 245, size: 128, elements: !67)
!66 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!67 = !{!68, !69, !75, !82}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !65, file: !66, line: 247, baseType: !33, size: 16)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !65, file: !66, line: 248, baseType: !70, size: 16, offset: 16)
!70 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !66, line: 123, baseType: !71)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !72, line: 25, baseType: !73)
!72 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !74, line: 40, baseType: !35)
!74 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !65, file: !66, line: 249, baseType: !76, size: 32, offset: 32)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !66, line: 31, size: 32, elements: !77)
!77 = !{!78}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !76, file: !66, line: 33, baseType: !79, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !66, line: 30, baseType: !80)
!80 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !72, line: 26, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !74, line: 42, baseType: !16)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !65, file: !66, line: 252, baseType: !83, size: 64, offset: 64)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 64, elements: !85)
!84 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!85 = !{!86}
!86 = !DISubrange(count: 8)
!87 = !DILocation(line: 29, column: 22, scope: !49)
!88 = !DILocation(line: 30, column: 3, scope: !49)
!89 = !DILocation(line: 31, column: 7, scope: !49)
!90 = !DILocation(line: 31, column: 18, scope: !49)
!91 = !DILocation(line: 32, column: 18, scope: !49)
!92 = !DILocation(line: 32, column: 7, scope: !49)
!93 = !DILocation(line: 32, column: 16, scope: !49)
!94 = !DILocation(line: 33, column: 12, scope: !95)
!95 = distinct !DILexicalBlock(scope: !49, file: !2, line: 33, column: 7)
!96 = !DILocation(line: 33, column: 7, scope: !95)
!97 = !DILocation(line: 33, column: 54, scope: !95)
!98 = !DILocation(line: 33, column: 7, scope: !49)
!99 = !DILocation(line: 34, column: 5, scope: !100)
!100 = distinct !DILexicalBlock(scope: !95, file: !2, line: 33, column: 59)
!101 = !DILocation(line: 35, column: 5, scope: !100)
!102 = !DILocalVariable(name: "pkt", scope: !49, file: !2, line: 37, type: !103)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 4096, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 512)
!106 = !DILocation(line: 37, column: 17, scope: !49)
!107 = !DILocation(line: 38, column: 3, scope: !49)
!108 = !DILocalVariable(name: "src", scope: !109, file: !2, line: 39, type: !65)
!109 = distinct !DILexicalBlock(scope: !110, file: !2, line: 38, column: 12)
!110 = distinct !DILexicalBlock(scope: !111, file: !2, line: 38, column: 3)
!111 = distinct !DILexicalBlock(scope: !49, file: !2, line: 38, column: 3)
!112 = !DILocation(line: 39, column: 24, scope: !109)
!113 = !DILocalVariable(name: "sl", scope: !109, file: !2, line: 40, type: !114)
!114 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !30, line: 33, baseType: !115)
!115 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !74, line: 210, baseType: !16)
!116 = !DILocation(line: 40, column: 15, scope: !109)
!117 = !DILocalVariable(name: "n", scope: !109, file: !2, line: 41, type: !118)
!118 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !119, line: 108, baseType: !120)
!119 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!120 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !74, line: 194, baseType: !121)
!121 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!122 = !DILocation(line: 41, column: 13, scope: !109)
!123 = !DILocation(line: 41, column: 26, scope: !109)
!124 = !DILocation(line: 41, column: 30, scope: !109)
!125 = !DILocation(line: 41, column: 17, scope: !109)
!126 = !DILocation(line: 42, column: 9, scope: !127)
!127 = distinct !DILexicalBlock(scope: !109, file: !2, line: 42, column: 9)
!128 = !DILocation(line: 42, column: 11, scope: !127)
!129 = !DILocation(line: 42, column: 9, scope: !109)
!130 = !DILocation(line: 43, column: 7, scope: !127)
!131 = distinct !{!131, !132, !133}
!132 = !DILocation(line: 38, column: 3, scope: !111)
!133 = !DILocation(line: 50, column: 3, scope: !111)
!134 = !DILocalVariable(name: "c", scope: !109, file: !2, line: 44, type: !135)
!135 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "cursor", file: !2, line: 11, size: 128, elements: !136)
!136 = !{!137, !140}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !135, file: !2, line: 12, baseType: !138, size: 64)
!138 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !139, size: 64)
!139 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !84)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !135, file: !2, line: 12, baseType: !138, size: 64, offset: 64)
!141 = !DILocation(line: 44, column: 19, scope: !109)
!142 = !DILocation(line: 44, column: 23, scope: !109)
!143 = !DILocation(line: 44, column: 24, scope: !109)
!144 = !DILocation(line: 44, column: 29, scope: !109)
!145 = !DILocation(line: 44, column: 35, scope: !109)
!146 = !DILocation(line: 44, column: 33, scope: !109)
!147 = !DILocalVariable(name: "a", scope: !109, file: !2, line: 45, type: !80)
!148 = !DILocation(line: 45, column: 14, scope: !109)
!149 = !DILocalVariable(name: "b", scope: !109, file: !2, line: 45, type: !80)
!150 = !DILocation(line: 45, column: 17, scope: !109)
!151 = !DILocation(line: 46, column: 9, scope: !152)
!152 = distinct !DILexicalBlock(scope: !109, file: !2, line: 46, column: 9)
!153 = !DILocation(line: 46, column: 22, scope: !152)
!154 = !DILocation(line: 46, column: 26, scope: !152)
!155 = !DILocation(line: 46, column: 29, scope: !152)
!156 = !DILocation(line: 46, column: 42, scope: !152)
!157 = !DILocation(line: 46, column: 9, scope: !109)
!158 = !DILocation(line: 47, column: 7, scope: !152)
!159 = !DILocalVariable(name: "sum", scope: !109, file: !2, line: 48, type: !80)
!160 = !DILocation(line: 48, column: 14, scope: !109)
!161 = !DILocation(line: 48, column: 20, scope: !109)
!162 = !DILocation(line: 48, column: 24, scope: !109)
!163 = !DILocation(line: 48, column: 22, scope: !109)
!164 = !DILocation(line: 49, column: 12, scope: !109)
!165 = !DILocation(line: 49, column: 63, scope: !109)
!166 = !DILocation(line: 49, column: 5, scope: !109)
!167 = !DILocation(line: 38, column: 3, scope: !110)
!168 = !DILocation(line: 51, column: 1, scope: !49)
!169 = distinct !DISubprogram(name: "read", scope: !2, file: !2, line: 15, type: !170, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !53)
!170 = !DISubroutineType(types: !171)
!171 = !{!52, !172, !173}
!172 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !135, size: 64)
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64)
!174 = !DILocalVariable(name: "c", arg: 1, scope: !169, file: !2, line: 15, type: !172)
!175 = !DILocation(line: 15, column: 32, scope: !169)
!176 = !DILocalVariable(name: "out", arg: 2, scope: !169, file: !2, line: 15, type: !173)
!177 = !DILocation(line: 15, column: 45, scope: !169)
!178 = !DILocation(line: 16, column: 7, scope: !179)
!179 = distinct !DILexicalBlock(scope: !169, file: !2, line: 16, column: 7)
!180 = !DILocation(line: 16, column: 10, scope: !179)
!181 = !DILocation(line: 16, column: 16, scope: !179)
!182 = !DILocation(line: 16, column: 19, scope: !179)
!183 = !DILocation(line: 16, column: 14, scope: !179)
!184 = !DILocation(line: 16, column: 21, scope: !179)
!185 = !DILocation(line: 16, column: 7, scope: !169)
!186 = !DILocation(line: 17, column: 5, scope: !179)
!187 = !DILocation(line: 18, column: 10, scope: !169)
!188 = !DILocation(line: 18, column: 15, scope: !169)
!189 = !DILocation(line: 18, column: 18, scope: !169)
!190 = !DILocation(line: 18, column: 3, scope: !169)
!191 = !DILocation(line: 19, column: 3, scope: !169)
!192 = !DILocation(line: 19, column: 6, scope: !169)
!193 = !DILocation(line: 19, column: 8, scope: !169)
!194 = !DILocation(line: 20, column: 3, scope: !169)
!195 = !DILocation(line: 21, column: 1, scope: !169)
