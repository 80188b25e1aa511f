; No poll at all: the loop around a blocking recvfrom() is the event loop.
; The inner upper-casing loop is not.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-blocking-recvfrom.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-blocking-recvfrom.c:10
; CHECK-NEXT:   bind: port 4242 address 0.0.0.0 at udp-blocking-recvfrom.c:20
; CHECK-NEXT: event-loop #0: blocking-recv in main at udp-blocking-recvfrom.c:27, blocks in recvfrom at udp-blocking-recvfrom.c:29
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at udp-blocking-recvfrom.c:29, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in main at udp-blocking-recvfrom.c:40, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-blocking-recvfrom.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-blocking-recvfrom.c

; ModuleID = 'udp-blocking-recvfrom.c'
source_filename = "udp-blocking-recvfrom.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"sendto\00", align 1, !dbg !17

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !62 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca [2048 x i8], align 16
  %5 = alloca %struct.sockaddr_in, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !67, !DIExpression(), !68)
  %9 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !69
  store i32 %9, ptr %2, align 4, !dbg !68
  %10 = load i32, ptr %2, align 4, !dbg !70
  %11 = icmp slt i32 %10, 0, !dbg !72
  br i1 %11, label %12, label %13, !dbg !73

12:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !74
  store i32 1, ptr %1, align 4, !dbg !76
  br label %77, !dbg !76

13:                                               ; preds = %0
    #dbg_declare(ptr %3, !77, !DIExpression(), !94)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !95
  %14 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !96
  store i16 2, ptr %14, align 4, !dbg !97
  %15 = call zeroext i16 @htons(i16 noundef zeroext 4242) #6, !dbg !98
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !99
  store i16 %15, ptr %16, align 2, !dbg !100
  %17 = call i32 @htonl(i32 noundef 0) #6, !dbg !101
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !102
  %19 = getelementptr inbounds %struct.in_addr, ptr %18, i32 0, i32 0, !dbg !103
  store i32 %17, ptr %19, align 4, !dbg !104
  %20 = load i32, ptr %2, align 4, !dbg !105
  %21 = call i32 @bind(i32 noundef %20, ptr noundef %3, i32 noundef 16) #5, !dbg !107
  %22 = icmp slt i32 %21, 0, !dbg !108
  br i1 %22, label %23, label %24, !dbg !109

23:                                               ; preds = %13
  call void @perror(ptr noundef @.str.1), !dbg !110
  store i32 1, ptr %1, align 4, !dbg !112
  br label %77, !dbg !112

24:                                               ; preds = %13
    #dbg_declare(ptr %4, !113, !DIExpression(), !117)
    #dbg_declare(ptr %5, !118, !DIExpression(), !119)
    #dbg_declare(ptr %6, !120, !DIExpression(), !123)
  br label %25, !dbg !124

25:                                               ; preds = %73, %35, %24
  store i32 16, ptr %6, align 4, !dbg !125
    #dbg_declare(ptr %7, !129, !DIExpression(), !134)
  %26 = load i32, ptr %2, align 4, !dbg !135
  %27 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 0, !dbg !136
  %28 = call i64 @recvfrom(i32 noundef %26, ptr noundef %27, i64 noundef 2048, i32 noundef 0, ptr noundef %5, ptr noundef %6), !dbg !137
  store i64 %28, ptr %7, align 8, !dbg !134
  %29 = load i64, ptr %7, align 8, !dbg !138
  %30 = icmp slt i64 %29, 0, !dbg !140
  br i1 %30, label %31, label %37, !dbg !141

31:                                               ; preds = %25
  %32 = call ptr @__errno_location() #6, !dbg !142
  %33 = load i32, ptr %32, align 4, !dbg !142
  %34 = icmp eq i32 %33, 4, !dbg !145
  br i1 %34, label %35, label %36, !dbg !146

35:                                               ; preds = %31
  br label %25, !dbg !147, !llvm.loop !148

36:                                               ; preds = %31
  call void @perror(ptr noundef @.str.2), !dbg !151
  br label %74, !dbg !152

37:                                               ; preds = %25
    #dbg_declare(ptr %8, !153, !DIExpression(), !155)
  store i64 0, ptr %8, align 8, !dbg !155
  br label %38, !dbg !156

38:                                               ; preds = %62, %37
  %39 = load i64, ptr %8, align 8, !dbg !157
  %40 = load i64, ptr %7, align 8, !dbg !159
  %41 = icmp slt i64 %39, %40, !dbg !160
  br i1 %41, label %42, label %65, !dbg !161

42:                                               ; preds = %38
  %43 = load i64, ptr %8, align 8, !dbg !162
  %44 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 %43, !dbg !164
  %45 = load i8, ptr %44, align 1, !dbg !164
  %46 = sext i8 %45 to i32, !dbg !164
  %47 = icmp sge i32 %46, 97, !dbg !165
  br i1 %47, label %48, label %61, !dbg !166

48:                                               ; preds = %42
  %49 = load i64, ptr %8, align 8, !dbg !167
  %50 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 %49, !dbg !168
  %51 = load i8, ptr %50, align 1, !dbg !168
  %52 = sext i8 %51 to i32, !dbg !168
  %53 = icmp sle i32 %52, 122, !dbg !169
  br i1 %53, label %54, label %61, !dbg !170

54:                                               ; preds = %48
  %55 = load i64, ptr %8, align 8, !dbg !171
  %56 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 %55, !dbg !172
  %57 = load i8, ptr %56, align 1, !dbg !173
  %58 = sext i8 %57 to i32, !dbg !173
  %59 = sub nsw i32 %58, 32, !dbg !173
  %60 = trunc i32 %59 to i8, !dbg !173
  store i8 %60, ptr %56, align 1, !dbg !173
  br label %61, !dbg !172

61:                                               ; preds = %54, %48, %42
  br label %62, !dbg !174

62:                                               ; preds = %61
  %63 = load i64, ptr %8, align 8, !dbg !175
  %64 = add nsw i64 %63, 1, !dbg !175
  store i64 %64, ptr %8, align 8, !dbg !175
  br label %38, !dbg !176, !llvm.loop !177

65:                                               ; preds = %38
  %66 = load i32, ptr %2, align 4, !dbg !180
  %67 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 0, !dbg !182
  %68 = load i64, ptr %7, align 8, !dbg !183
  %69 = load i32, ptr %6, align 4, !dbg !184
  %70 = call i64 @sendto(i32 noundef %66, ptr noundef %67, i64 noundef %68, i32 noundef 0, ptr noundef %5, i32 noundef %69), !dbg !185
  %71 = icmp slt i64 %70, 0, !dbg !186
  br i1 %71, label %72, label %73, !dbg !187

72:                                               ; preds = %65
  call void @perror(ptr noundef @.str.3), !dbg !188
  br label %73, !dbg !188

73:                                               ; preds = %72, %65
  br label %25, !dbg !189, !llvm.loop !148

74:                                               ; preds = %36
  %75 = load i32, ptr %2, align 4, !dbg !190
  %76 = call i32 @close(i32 noundef %75), !dbg !191
  store i32 1, ptr %1, align 4, !dbg !192
  br label %77, !dbg !192

77:                                               ; preds = %74, %23, %12
  %78 = load i32, ptr %1, align 4, !dbg !193
  ret i32 %78, !dbg !193
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nounwind willreturn memory(none)
declare i32 @htonl(i32 noundef) #4

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__errno_location() #4

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

declare i32 @close(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!19}
!llvm.module.flags = !{!54, !55, !56, !57, !58, !59, !60}
!llvm.ident = !{!61}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 12, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-blocking-recvfrom.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "406e6899c348545caed83bb97d95b145")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 21, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 9)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !3, isLocal: true, isDefinition: true)
!19 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !20, retainedTypes: !34, globals: !53, splitDebugInlining: false, nameTableKind: None)
!20 = !{!21}
!21 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !22, line: 24, baseType: !23, size: 32, elements: !24)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!23 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!24 = !{!25, !26, !27, !28, !29, !30, !31, !32, !33}
!25 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!26 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!27 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!28 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!29 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!30 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!31 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!32 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!33 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!34 = !{!35, !41}
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !36, line: 30, baseType: !37)
!36 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !38, line: 26, baseType: !39)
!38 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !40, line: 42, baseType: !23)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !43, line: 183, size: 128, elements: !44)
!43 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!44 = !{!45, !49}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !42, file: !43, line: 185, baseType: !46, size: 16)
!46 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !47, line: 28, baseType: !48)
!47 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!48 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !42, file: !43, line: 186, baseType: !50, size: 112, offset: 16)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 14)
!53 = !{!0, !7, !12, !17}
!54 = !{i32 7, !"Dwarf Version", i32 5}
!55 = !{i32 2, !"Debug Info Version", i32 3}
!56 = !{i32 1, !"wchar_size", i32 4}
!57 = !{i32 8, !"PIC Level", i32 2}
!58 = !{i32 7, !"PIE Level", i32 2}
!59 = !{i32 7, !"uwtable", i32 2}
!60 = !{i32 7, !"frame-pointer", i32 2}
!61 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!62 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 9, type: !63, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !19, retainedNodes: !66)
!63 = !DISubroutineType(types: !64)
!64 = !{!65}
!65 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!66 = !{}
!67 = !DILocalVariable(name: "s", scope: !62, file: !2, line: 10, type: !65)
!68 = !DILocation(line: 10, column: 7, scope: !62)
!69 = !DILocation(line: 10, column: 11, scope: !62)
!70 = !DILocation(line: 11, column: 7, scope: !71)
!71 = distinct !DILexicalBlock(scope: !62, file: !2, line: 11, column: 7)
!72 = !DILocation(line: 11, column: 9, scope: !71)
!73 = !DILocation(line: 11, column: 7, scope: !62)
!74 = !DILocation(line: 12, column: 5, scope: !75)
!75 = distinct !DILexicalBlock(scope: !71, file: !2, line: 11, column: 14)
!76 = !DILocation(line: 13, column: 5, scope: !75)
!77 = !DILocalVariable(name: "me", scope: !62, file: !2, line: 15, type: !78)
!78 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !36, line: 245, size: 128, elements: !79)
!79 = !{!80, !81, !85, !89}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !78, file: !36, line: 247, baseType: !46, size: 16)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !78, file: !36, line: 248, baseType: !82, size: 16, offset: 16)
!82 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !36, line: 123, baseType: !83)
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !38, line: 25, baseType: !84)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !40, line: 40, baseType: !48)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !78, file: !36, line: 249, baseType: !86, size: 32, offset: 32)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !36, line: 31, size: 32, elements: !87)
!87 = !{!88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !86, file: !36, line: 33, baseType: !35, size: 32)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !78, file: !36, line: 252, baseType: !90, size: 64, offset: 64)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !91, size: 64, elements: !92)
!91 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!92 = !{!93}
!93 = !DISubrange(count: 8)
!94 = !DILocation(line: 15, column: 22, scope: !62)
!95 = !DILocation(line: 16, column: 3, scope: !62)
!96 = !DILocation(line: 17, column: 6, scope: !62)
!97 = !DILocation(line: 17, column: 17, scope: !62)
!98 = !DILocation(line: 18, column: 17, scope: !62)
!99 = !DILocation(line: 18, column: 6, scope: !62)
!100 = !DILocation(line: 18, column: 15, scope: !62)
!101 = !DILocation(line: 19, column: 24, scope: !62)
!102 = !DILocation(line: 19, column: 6, scope: !62)
!103 = !DILocation(line: 19, column: 15, scope: !62)
!104 = !DILocation(line: 19, column: 22, scope: !62)
!105 = !DILocation(line: 20, column: 12, scope: !106)
!106 = distinct !DILexicalBlock(scope: !62, file: !2, line: 20, column: 7)
!107 = !DILocation(line: 20, column: 7, scope: !106)
!108 = !DILocation(line: 20, column: 51, scope: !106)
!109 = !DILocation(line: 20, column: 7, scope: !62)
!110 = !DILocation(line: 21, column: 5, scope: !111)
!111 = distinct !DILexicalBlock(scope: !106, file: !2, line: 20, column: 56)
!112 = !DILocation(line: 22, column: 5, scope: !111)
!113 = !DILocalVariable(name: "msg", scope: !62, file: !2, line: 24, type: !114)
!114 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16384, elements: !115)
!115 = !{!116}
!116 = !DISubrange(count: 2048)
!117 = !DILocation(line: 24, column: 8, scope: !62)
!118 = !DILocalVariable(name: "from", scope: !62, file: !2, line: 25, type: !78)
!119 = !DILocation(line: 25, column: 22, scope: !62)
!120 = !DILocalVariable(name: "fromlen", scope: !62, file: !2, line: 26, type: !121)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !43, line: 33, baseType: !122)
!122 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !40, line: 210, baseType: !23)
!123 = !DILocation(line: 26, column: 13, scope: !62)
!124 = !DILocation(line: 27, column: 3, scope: !62)
!125 = !DILocation(line: 28, column: 13, scope: !126)
!126 = distinct !DILexicalBlock(scope: !127, file: !2, line: 27, column: 12)
!127 = distinct !DILexicalBlock(scope: !128, file: !2, line: 27, column: 3)
!128 = distinct !DILexicalBlock(scope: !62, file: !2, line: 27, column: 3)
!129 = !DILocalVariable(name: "len", scope: !126, file: !2, line: 29, type: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !131, line: 108, baseType: !132)
!131 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !40, line: 194, baseType: !133)
!133 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!134 = !DILocation(line: 29, column: 13, scope: !126)
!135 = !DILocation(line: 29, column: 28, scope: !126)
!136 = !DILocation(line: 29, column: 31, scope: !126)
!137 = !DILocation(line: 29, column: 19, scope: !126)
!138 = !DILocation(line: 31, column: 9, scope: !139)
!139 = distinct !DILexicalBlock(scope: !126, file: !2, line: 31, column: 9)
!140 = !DILocation(line: 31, column: 13, scope: !139)
!141 = !DILocation(line: 31, column: 9, scope: !126)
!142 = !DILocation(line: 32, column: 11, scope: !143)
!143 = distinct !DILexicalBlock(scope: !144, file: !2, line: 32, column: 11)
!144 = distinct !DILexicalBlock(scope: !139, file: !2, line: 31, column: 18)
!145 = !DILocation(line: 32, column: 17, scope: !143)
!146 = !DILocation(line: 32, column: 11, scope: !144)
!147 = !DILocation(line: 33, column: 9, scope: !143)
!148 = distinct !{!148, !149, !150}
!149 = !DILocation(line: 27, column: 3, scope: !128)
!150 = !DILocation(line: 42, column: 3, scope: !128)
!151 = !DILocation(line: 34, column: 7, scope: !144)
!152 = !DILocation(line: 35, column: 7, scope: !144)
!153 = !DILocalVariable(name: "i", scope: !154, file: !2, line: 37, type: !130)
!154 = distinct !DILexicalBlock(scope: !126, file: !2, line: 37, column: 5)
!155 = !DILocation(line: 37, column: 18, scope: !154)
!156 = !DILocation(line: 37, column: 10, scope: !154)
!157 = !DILocation(line: 37, column: 25, scope: !158)
!158 = distinct !DILexicalBlock(scope: !154, file: !2, line: 37, column: 5)
!159 = !DILocation(line: 37, column: 29, scope: !158)
!160 = !DILocation(line: 37, column: 27, scope: !158)
!161 = !DILocation(line: 37, column: 5, scope: !154)
!162 = !DILocation(line: 38, column: 15, scope: !163)
!163 = distinct !DILexicalBlock(scope: !158, file: !2, line: 38, column: 11)
!164 = !DILocation(line: 38, column: 11, scope: !163)
!165 = !DILocation(line: 38, column: 18, scope: !163)
!166 = !DILocation(line: 38, column: 25, scope: !163)
!167 = !DILocation(line: 38, column: 32, scope: !163)
!168 = !DILocation(line: 38, column: 28, scope: !163)
!169 = !DILocation(line: 38, column: 35, scope: !163)
!170 = !DILocation(line: 38, column: 11, scope: !158)
!171 = !DILocation(line: 39, column: 13, scope: !163)
!172 = !DILocation(line: 39, column: 9, scope: !163)
!173 = !DILocation(line: 39, column: 16, scope: !163)
!174 = !DILocation(line: 38, column: 38, scope: !163)
!175 = !DILocation(line: 37, column: 35, scope: !158)
!176 = !DILocation(line: 37, column: 5, scope: !158)
!177 = distinct !{!177, !161, !178, !179}
!178 = !DILocation(line: 39, column: 25, scope: !154)
!179 = !{!"llvm.loop.mustprogress"}
!180 = !DILocation(line: 40, column: 16, scope: !181)
!181 = distinct !DILexicalBlock(scope: !126, file: !2, line: 40, column: 9)
!182 = !DILocation(line: 40, column: 19, scope: !181)
!183 = !DILocation(line: 40, column: 24, scope: !181)
!184 = !DILocation(line: 40, column: 58, scope: !181)
!185 = !DILocation(line: 40, column: 9, scope: !181)
!186 = !DILocation(line: 40, column: 67, scope: !181)
!187 = !DILocation(line: 40, column: 9, scope: !126)
!188 = !DILocation(line: 41, column: 7, scope: !181)
!189 = !DILocation(line: 27, column: 3, scope: !127)
!190 = !DILocation(line: 43, column: 9, scope: !62)
!191 = !DILocation(line: 43, column: 3, scope: !62)
!192 = !DILocation(line: 44, column: 3, scope: !62)
!193 = !DILocation(line: 45, column: 1, scope: !62)
