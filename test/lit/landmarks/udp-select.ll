; A select()-based UDP server: FD_ZERO/FD_SET loops inside the event loop do
; not hide the select loop; the handler function receives and replies.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'udp-select.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at udp-select.c:26
; CHECK-NEXT:   bind: port 5353 address 0.0.0.0 at udp-select.c:35
; CHECK-NEXT: event-loop #0: select in main at udp-select.c:40, waits in select at udp-select.c:44
; CHECK-NEXT: arrival: recvfrom on socket #0 in reply at udp-select.c:16, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in reply at udp-select.c:21, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/udp-select.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - udp-select.c

; ModuleID = 'udp-select.c'
source_filename = "udp-select.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.fd_set = type { [16 x i64] }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [7 x i8] c"select\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [9 x i8] c"recvfrom\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [7 x i8] c"sendto\00", align 1, !dbg !19

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !68 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.sockaddr_in, align 4
  %4 = alloca %struct.fd_set, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !72, !DIExpression(), !73)
  %8 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #5, !dbg !74
  store i32 %8, ptr %2, align 4, !dbg !73
  %9 = load i32, ptr %2, align 4, !dbg !75
  %10 = icmp slt i32 %9, 0, !dbg !77
  br i1 %10, label %11, label %12, !dbg !78

11:                                               ; preds = %0
  call void @perror(ptr noundef @.str), !dbg !79
  store i32 1, ptr %1, align 4, !dbg !81
  br label %78, !dbg !81

12:                                               ; preds = %0
    #dbg_declare(ptr %3, !82, !DIExpression(), !99)
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 16, i1 false), !dbg !99
  %13 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 0, !dbg !100
  store i16 2, ptr %13, align 4, !dbg !101
  %14 = call zeroext i16 @htons(i16 noundef zeroext 5353) #6, !dbg !102
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 1, !dbg !103
  store i16 %14, ptr %15, align 2, !dbg !104
  %16 = getelementptr inbounds %struct.sockaddr_in, ptr %3, i32 0, i32 2, !dbg !105
  %17 = getelementptr inbounds %struct.in_addr, ptr %16, i32 0, i32 0, !dbg !106
  store i32 0, ptr %17, align 4, !dbg !107
  %18 = load i32, ptr %2, align 4, !dbg !108
  %19 = call i32 @bind(i32 noundef %18, ptr noundef %3, i32 noundef 16) #5, !dbg !110
  %20 = icmp slt i32 %19, 0, !dbg !111
  br i1 %20, label %21, label %24, !dbg !112

21:                                               ; preds = %12
  call void @perror(ptr noundef @.str.1), !dbg !113
  %22 = load i32, ptr %2, align 4, !dbg !115
  %23 = call i32 @close(i32 noundef %22), !dbg !116
  store i32 1, ptr %1, align 4, !dbg !117
  br label %78, !dbg !117

24:                                               ; preds = %12
  br label %25, !dbg !118

25:                                               ; preds = %24, %74
    #dbg_declare(ptr %4, !119, !DIExpression(), !128)
  br label %26, !dbg !129

26:                                               ; preds = %25
    #dbg_declare(ptr %5, !130, !DIExpression(), !132)
    #dbg_declare(ptr %6, !133, !DIExpression(), !132)
  store ptr %4, ptr %6, align 8, !dbg !132
  store i32 0, ptr %5, align 4, !dbg !135
  br label %27, !dbg !135

27:                                               ; preds = %37, %26
  %28 = load i32, ptr %5, align 4, !dbg !137
  %29 = zext i32 %28 to i64, !dbg !137
  %30 = icmp ult i64 %29, 16, !dbg !137
  br i1 %30, label %31, label %40, !dbg !135

31:                                               ; preds = %27
  %32 = load ptr, ptr %6, align 8, !dbg !137
  %33 = getelementptr inbounds %struct.fd_set, ptr %32, i32 0, i32 0, !dbg !137
  %34 = load i32, ptr %5, align 4, !dbg !137
  %35 = zext i32 %34 to i64, !dbg !137
  %36 = getelementptr inbounds [16 x i64], ptr %33, i64 0, i64 %35, !dbg !137
  store i64 0, ptr %36, align 8, !dbg !137
  br label %37, !dbg !137

37:                                               ; preds = %31
  %38 = load i32, ptr %5, align 4, !dbg !137
  %39 = add i32 %38, 1, !dbg !137
  store i32 %39, ptr %5, align 4, !dbg !137
  br label %27, !dbg !137, !llvm.loop !139

40:                                               ; preds = %27
  br label %41, !dbg !132

41:                                               ; preds = %40
  %42 = load i32, ptr %2, align 4, !dbg !141
  %43 = srem i32 %42, 64, !dbg !141
  %44 = zext i32 %43 to i64, !dbg !141
  %45 = shl i64 1, %44, !dbg !141
  %46 = getelementptr inbounds %struct.fd_set, ptr %4, i32 0, i32 0, !dbg !141
  %47 = load i32, ptr %2, align 4, !dbg !141
  %48 = sdiv i32 %47, 64, !dbg !141
  %49 = sext i32 %48 to i64, !dbg !141
  %50 = getelementptr inbounds [16 x i64], ptr %46, i64 0, i64 %49, !dbg !141
  %51 = load i64, ptr %50, align 8, !dbg !141
  %52 = or i64 %51, %45, !dbg !141
  store i64 %52, ptr %50, align 8, !dbg !141
    #dbg_declare(ptr %7, !142, !DIExpression(), !143)
  %53 = load i32, ptr %2, align 4, !dbg !144
  %54 = add nsw i32 %53, 1, !dbg !145
  %55 = call i32 @select(i32 noundef %54, ptr noundef %4, ptr noundef null, ptr noundef null, ptr noundef null), !dbg !146
  store i32 %55, ptr %7, align 4, !dbg !143
  %56 = load i32, ptr %7, align 4, !dbg !147
  %57 = icmp slt i32 %56, 0, !dbg !149
  br i1 %57, label %58, label %59, !dbg !150

58:                                               ; preds = %41
  call void @perror(ptr noundef @.str.2), !dbg !151
  br label %75, !dbg !153

59:                                               ; preds = %41
  %60 = getelementptr inbounds %struct.fd_set, ptr %4, i32 0, i32 0, !dbg !154
  %61 = load i32, ptr %2, align 4, !dbg !154
  %62 = sdiv i32 %61, 64, !dbg !154
  %63 = sext i32 %62 to i64, !dbg !154
  %64 = getelementptr inbounds [16 x i64], ptr %60, i64 0, i64 %63, !dbg !154
  %65 = load i64, ptr %64, align 8, !dbg !154
  %66 = load i32, ptr %2, align 4, !dbg !154
  %67 = srem i32 %66, 64, !dbg !154
  %68 = zext i32 %67 to i64, !dbg !154
  %69 = shl i64 1, %68, !dbg !154
  %70 = and i64 %65, %69, !dbg !154
  %71 = icmp ne i64 %70, 0, !dbg !154
  br i1 %71, label %72, label %74, !dbg !156

72:                                               ; preds = %59
  %73 = load i32, ptr %2, align 4, !dbg !157
  call void @reply(i32 noundef %73), !dbg !158
  br label %74, !dbg !158

74:                                               ; preds = %72, %59
  br label %25, !dbg !118, !llvm.loop !159

75:                                               ; preds = %58
  %76 = load i32, ptr %2, align 4, !dbg !161
  %77 = call i32 @close(i32 noundef %76), !dbg !162
  store i32 0, ptr %1, align 4, !dbg !163
  br label %78, !dbg !163

78:                                               ; preds = %75, %21, %11
  %79 = load i32, ptr %1, align 4, !dbg !164
  ret i32 %79, !dbg !164
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

declare i32 @close(i32 noundef) #2

declare i32 @select(i32 noundef, ptr noundef, ptr noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reply(i32 noundef %0) #0 !dbg !165 {
  %2 = alloca i32, align 4
  %3 = alloca [1500 x i8], align 16
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !168, !DIExpression(), !169)
    #dbg_declare(ptr %3, !170, !DIExpression(), !174)
    #dbg_declare(ptr %4, !175, !DIExpression(), !176)
    #dbg_declare(ptr %5, !177, !DIExpression(), !180)
  store i32 16, ptr %5, align 4, !dbg !180
    #dbg_declare(ptr %6, !181, !DIExpression(), !185)
  %7 = load i32, ptr %2, align 4, !dbg !186
  %8 = getelementptr inbounds [1500 x i8], ptr %3, i64 0, i64 0, !dbg !187
  %9 = call i64 @recvfrom(i32 noundef %7, ptr noundef %8, i64 noundef 1500, i32 noundef 0, ptr noundef %4, ptr noundef %5), !dbg !188
  store i64 %9, ptr %6, align 8, !dbg !185
  %10 = load i64, ptr %6, align 8, !dbg !189
  %11 = icmp slt i64 %10, 0, !dbg !191
  br i1 %11, label %12, label %13, !dbg !192

12:                                               ; preds = %1
  call void @perror(ptr noundef @.str.3), !dbg !193
  br label %21, !dbg !195

13:                                               ; preds = %1
  %14 = load i32, ptr %2, align 4, !dbg !196
  %15 = getelementptr inbounds [1500 x i8], ptr %3, i64 0, i64 0, !dbg !198
  %16 = load i64, ptr %6, align 8, !dbg !199
  %17 = load i32, ptr %5, align 4, !dbg !200
  %18 = call i64 @sendto(i32 noundef %14, ptr noundef %15, i64 noundef %16, i32 noundef 0, ptr noundef %4, i32 noundef %17), !dbg !201
  %19 = icmp slt i64 %18, 0, !dbg !202
  br i1 %19, label %20, label %21, !dbg !203

20:                                               ; preds = %13
  call void @perror(ptr noundef @.str.4), !dbg !204
  br label %21, !dbg !204

21:                                               ; preds = %12, %20, %13
  ret void, !dbg !205
}

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!21}
!llvm.module.flags = !{!60, !61, !62, !63, !64, !65, !66}
!llvm.ident = !{!67}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "udp-select.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "75ee613a9c5e200e051d1a4fc8d9d8bb")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 46, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 18, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 9)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !3, isLocal: true, isDefinition: true)
!21 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !22, retainedTypes: !36, globals: !59, splitDebugInlining: false, nameTableKind: None)
!22 = !{!23}
!23 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !24, line: 24, baseType: !25, size: 32, elements: !26)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!25 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!26 = !{!27, !28, !29, !30, !31, !32, !33, !34, !35}
!27 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!28 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!29 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!30 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!31 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!32 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!33 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!34 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!35 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!36 = !{!37, !43, !55, !58}
!37 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !38, line: 30, baseType: !39)
!38 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!39 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !40, line: 26, baseType: !41)
!40 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!41 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !42, line: 42, baseType: !25)
!42 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !45, line: 183, size: 128, elements: !46)
!45 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!46 = !{!47, !51}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !44, file: !45, line: 185, baseType: !48, size: 16)
!48 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !49, line: 28, baseType: !50)
!49 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!50 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !44, file: !45, line: 186, baseType: !52, size: 112, offset: 16)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 14)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fd_mask", file: !56, line: 49, baseType: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/select.h", directory: "", checksumkind: CSK_MD5, checksum: "5ab727ca201ba12ae255687119da3fa7")
!57 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!58 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!59 = !{!0, !7, !12, !14, !19}
!60 = !{i32 7, !"Dwarf Version", i32 5}
!61 = !{i32 2, !"Debug Info Version", i32 3}
!62 = !{i32 1, !"wchar_size", i32 4}
!63 = !{i32 8, !"PIC Level", i32 2}
!64 = !{i32 7, !"PIE Level", i32 2}
!65 = !{i32 7, !"uwtable", i32 2}
!66 = !{i32 7, !"frame-pointer", i32 2}
!67 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!68 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !69, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !21, retainedNodes: !71)
!69 = !DISubroutineType(types: !70)
!70 = !{!58}
!71 = !{}
!72 = !DILocalVariable(name: "fd", scope: !68, file: !2, line: 26, type: !58)
!73 = !DILocation(line: 26, column: 7, scope: !68)
!74 = !DILocation(line: 26, column: 12, scope: !68)
!75 = !DILocation(line: 27, column: 7, scope: !76)
!76 = distinct !DILexicalBlock(scope: !68, file: !2, line: 27, column: 7)
!77 = !DILocation(line: 27, column: 10, scope: !76)
!78 = !DILocation(line: 27, column: 7, scope: !68)
!79 = !DILocation(line: 28, column: 5, scope: !80)
!80 = distinct !DILexicalBlock(scope: !76, file: !2, line: 27, column: 15)
!81 = !DILocation(line: 29, column: 5, scope: !80)
!82 = !DILocalVariable(name: "addr", scope: !68, file: !2, line: 31, type: !83)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !38, line: 245, size: 128, elements: !84)
!84 = !{!85, !86, !90, !94}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !83, file: !38, line: 247, baseType: !48, size: 16)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !83, file: !38, line: 248, baseType: !87, size: 16, offset: 16)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !38, line: 123, baseType: !88)
!88 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !40, line: 25, baseType: !89)
!89 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !42, line: 40, baseType: !50)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !83, file: !38, line: 249, baseType: !91, size: 32, offset: 32)
!91 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !38, line: 31, size: 32, elements: !92)
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !91, file: !38, line: 33, baseType: !37, size: 32)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !83, file: !38, line: 252, baseType: !95, size: 64, offset: 64)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 64, elements: !97)
!96 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!97 = !{!98}
!98 = !DISubrange(count: 8)
!99 = !DILocation(line: 31, column: 22, scope: !68)
!100 = !DILocation(line: 32, column: 8, scope: !68)
!101 = !DILocation(line: 32, column: 19, scope: !68)
!102 = !DILocation(line: 33, column: 19, scope: !68)
!103 = !DILocation(line: 33, column: 8, scope: !68)
!104 = !DILocation(line: 33, column: 17, scope: !68)
!105 = !DILocation(line: 34, column: 8, scope: !68)
!106 = !DILocation(line: 34, column: 17, scope: !68)
!107 = !DILocation(line: 34, column: 24, scope: !68)
!108 = !DILocation(line: 35, column: 12, scope: !109)
!109 = distinct !DILexicalBlock(scope: !68, file: !2, line: 35, column: 7)
!110 = !DILocation(line: 35, column: 7, scope: !109)
!111 = !DILocation(line: 35, column: 56, scope: !109)
!112 = !DILocation(line: 35, column: 7, scope: !68)
!113 = !DILocation(line: 36, column: 5, scope: !114)
!114 = distinct !DILexicalBlock(scope: !109, file: !2, line: 35, column: 61)
!115 = !DILocation(line: 37, column: 11, scope: !114)
!116 = !DILocation(line: 37, column: 5, scope: !114)
!117 = !DILocation(line: 38, column: 5, scope: !114)
!118 = !DILocation(line: 40, column: 3, scope: !68)
!119 = !DILocalVariable(name: "rfds", scope: !120, file: !2, line: 41, type: !121)
!120 = distinct !DILexicalBlock(scope: !68, file: !2, line: 40, column: 13)
!121 = !DIDerivedType(tag: DW_TAG_typedef, name: "fd_set", file: !56, line: 70, baseType: !122)
!122 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !56, line: 59, size: 1024, elements: !123)
!123 = !{!124}
!124 = !DIDerivedType(tag: DW_TAG_member, name: "__fds_bits", scope: !122, file: !56, line: 67, baseType: !125, size: 1024)
!125 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 1024, elements: !126)
!126 = !{!127}
!127 = !DISubrange(count: 16)
!128 = !DILocation(line: 41, column: 12, scope: !120)
!129 = !DILocation(line: 42, column: 5, scope: !120)
!130 = !DILocalVariable(name: "__i", scope: !131, file: !2, line: 42, type: !25)
!131 = distinct !DILexicalBlock(scope: !120, file: !2, line: 42, column: 5)
!132 = !DILocation(line: 42, column: 5, scope: !131)
!133 = !DILocalVariable(name: "__arr", scope: !131, file: !2, line: 42, type: !134)
!134 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !121, size: 64)
!135 = !DILocation(line: 42, column: 5, scope: !136)
!136 = distinct !DILexicalBlock(scope: !131, file: !2, line: 42, column: 5)
!137 = !DILocation(line: 42, column: 5, scope: !138)
!138 = distinct !DILexicalBlock(scope: !136, file: !2, line: 42, column: 5)
!139 = distinct !{!139, !135, !135, !140}
!140 = !{!"llvm.loop.mustprogress"}
!141 = !DILocation(line: 43, column: 5, scope: !120)
!142 = !DILocalVariable(name: "ready", scope: !120, file: !2, line: 44, type: !58)
!143 = !DILocation(line: 44, column: 9, scope: !120)
!144 = !DILocation(line: 44, column: 24, scope: !120)
!145 = !DILocation(line: 44, column: 27, scope: !120)
!146 = !DILocation(line: 44, column: 17, scope: !120)
!147 = !DILocation(line: 45, column: 9, scope: !148)
!148 = distinct !DILexicalBlock(scope: !120, file: !2, line: 45, column: 9)
!149 = !DILocation(line: 45, column: 15, scope: !148)
!150 = !DILocation(line: 45, column: 9, scope: !120)
!151 = !DILocation(line: 46, column: 7, scope: !152)
!152 = distinct !DILexicalBlock(scope: !148, file: !2, line: 45, column: 20)
!153 = !DILocation(line: 47, column: 7, scope: !152)
!154 = !DILocation(line: 49, column: 9, scope: !155)
!155 = distinct !DILexicalBlock(scope: !120, file: !2, line: 49, column: 9)
!156 = !DILocation(line: 49, column: 9, scope: !120)
!157 = !DILocation(line: 50, column: 13, scope: !155)
!158 = !DILocation(line: 50, column: 7, scope: !155)
!159 = distinct !{!159, !118, !160}
!160 = !DILocation(line: 51, column: 3, scope: !68)
!161 = !DILocation(line: 52, column: 9, scope: !68)
!162 = !DILocation(line: 52, column: 3, scope: !68)
!163 = !DILocation(line: 53, column: 3, scope: !68)
!164 = !DILocation(line: 54, column: 1, scope: !68)
!165 = distinct !DISubprogram(name: "reply", scope: !2, file: !2, line: 12, type: !166, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !21, retainedNodes: !71)
!166 = !DISubroutineType(types: !167)
!167 = !{null, !58}
!168 = !DILocalVariable(name: "fd", arg: 1, scope: !165, file: !2, line: 12, type: !58)
!169 = !DILocation(line: 12, column: 23, scope: !165)
!170 = !DILocalVariable(name: "buf", scope: !165, file: !2, line: 13, type: !171)
!171 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 12000, elements: !172)
!172 = !{!173}
!173 = !DISubrange(count: 1500)
!174 = !DILocation(line: 13, column: 8, scope: !165)
!175 = !DILocalVariable(name: "peer", scope: !165, file: !2, line: 14, type: !83)
!176 = !DILocation(line: 14, column: 22, scope: !165)
!177 = !DILocalVariable(name: "plen", scope: !165, file: !2, line: 15, type: !178)
!178 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !45, line: 33, baseType: !179)
!179 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !42, line: 210, baseType: !25)
!180 = !DILocation(line: 15, column: 13, scope: !165)
!181 = !DILocalVariable(name: "n", scope: !165, file: !2, line: 16, type: !182)
!182 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !183, line: 108, baseType: !184)
!183 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!184 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !42, line: 194, baseType: !57)
!185 = !DILocation(line: 16, column: 11, scope: !165)
!186 = !DILocation(line: 16, column: 24, scope: !165)
!187 = !DILocation(line: 16, column: 28, scope: !165)
!188 = !DILocation(line: 16, column: 15, scope: !165)
!189 = !DILocation(line: 17, column: 7, scope: !190)
!190 = distinct !DILexicalBlock(scope: !165, file: !2, line: 17, column: 7)
!191 = !DILocation(line: 17, column: 9, scope: !190)
!192 = !DILocation(line: 17, column: 7, scope: !165)
!193 = !DILocation(line: 18, column: 5, scope: !194)
!194 = distinct !DILexicalBlock(scope: !190, file: !2, line: 17, column: 14)
!195 = !DILocation(line: 19, column: 5, scope: !194)
!196 = !DILocation(line: 21, column: 14, scope: !197)
!197 = distinct !DILexicalBlock(scope: !165, file: !2, line: 21, column: 7)
!198 = !DILocation(line: 21, column: 18, scope: !197)
!199 = !DILocation(line: 21, column: 23, scope: !197)
!200 = !DILocation(line: 21, column: 55, scope: !197)
!201 = !DILocation(line: 21, column: 7, scope: !197)
!202 = !DILocation(line: 21, column: 61, scope: !197)
!203 = !DILocation(line: 21, column: 7, scope: !165)
!204 = !DILocation(line: 22, column: 5, scope: !197)
!205 = !DILocation(line: 23, column: 1, scope: !165)
