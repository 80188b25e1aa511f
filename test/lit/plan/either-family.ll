; A socket whose family is a command-line choice (either-family.c:10,
; socket(v6 ? PF_INET6 : PF_INET, SOCK_DGRAM, 0)): its families are
; {ipv4, ipv6}, both offloadable, so it is planned like a socket of one
; family (port 7050 on both bind paths). The generated program answers
; only frames of the family the runtime says the socket was bound with
; (test/lit/kernel/either-family-xdp.test).
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'either-family.c'
; CHECK-NEXT:  weights: static estimate
; CHECK-NEXT:  candidate #0: socket #0 udp port 7050, event loop #0, hook xdp
; CHECK-NEXT:  hook-reason: UDP
; CHECK-NEXT:  arrival: either-family.c:29
; CHECK-NEXT:  reply: either-family.c:33
; CHECK-NEXT:  omega 1.000
; CHECK:       decision: offload:
; CHECK-NOT:   note:
; CHECK:       summary: 1 candidate, 1 offloaded
;
; MADE-FROM: Inputs/either-family.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - either-family.c

; ModuleID = 'either-family.c'
source_filename = "either-family.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.in6_addr = type { %union.anon }
%union.anon = type { [4 x i32] }
%struct.sockaddr_in6 = type { i16, i16, i32, %struct.in6_addr, i32 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [3 x i8] c"-6\00", align 1, !dbg !0
@in6addr_any = external constant %struct.in6_addr, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !44 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.sockaddr_in6, align 4
  %9 = alloca %struct.sockaddr_in, align 4
  %10 = alloca [256 x i8], align 16
  %11 = alloca %struct.sockaddr_storage, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !51, !DIExpression(), !52)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !53, !DIExpression(), !54)
    #dbg_declare(ptr %6, !55, !DIExpression(), !56)
  %14 = load i32, ptr %4, align 4, !dbg !57
  %15 = icmp sgt i32 %14, 1, !dbg !58
  br i1 %15, label %16, label %22, !dbg !59

16:                                               ; preds = %2
  %17 = load ptr, ptr %5, align 8, !dbg !60
  %18 = getelementptr inbounds ptr, ptr %17, i64 1, !dbg !60
  %19 = load ptr, ptr %18, align 8, !dbg !60
  %20 = call i32 @strcmp(ptr noundef %19, ptr noundef @.str) #7, !dbg !61
  %21 = icmp eq i32 %20, 0, !dbg !62
  br label %22

22:                                               ; preds = %16, %2
  %23 = phi i1 [ false, %2 ], [ %21, %16 ], !dbg !63
  %24 = zext i1 %23 to i32, !dbg !59
  store i32 %24, ptr %6, align 4, !dbg !56
    #dbg_declare(ptr %7, !64, !DIExpression(), !65)
  %25 = load i32, ptr %6, align 4, !dbg !66
  %26 = icmp ne i32 %25, 0, !dbg !66
  %27 = zext i1 %26 to i64, !dbg !66
  %28 = select i1 %26, i32 10, i32 2, !dbg !66
  %29 = call i32 @socket(i32 noundef %28, i32 noundef 2, i32 noundef 0) #8, !dbg !67
  store i32 %29, ptr %7, align 4, !dbg !65
  %30 = load i32, ptr %6, align 4, !dbg !68
  %31 = icmp ne i32 %30, 0, !dbg !68
  br i1 %31, label %32, label %39, !dbg !70

32:                                               ; preds = %22
    #dbg_declare(ptr %8, !71, !DIExpression(), !108)
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 28, i1 false), !dbg !109
  %33 = getelementptr inbounds %struct.sockaddr_in6, ptr %8, i32 0, i32 0, !dbg !110
  store i16 10, ptr %33, align 4, !dbg !111
  %34 = call zeroext i16 @htons(i16 noundef zeroext 7050) #9, !dbg !112
  %35 = getelementptr inbounds %struct.sockaddr_in6, ptr %8, i32 0, i32 1, !dbg !113
  store i16 %34, ptr %35, align 2, !dbg !114
  %36 = getelementptr inbounds %struct.sockaddr_in6, ptr %8, i32 0, i32 3, !dbg !115
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %36, ptr align 4 @in6addr_any, i64 16, i1 false), !dbg !116
  %37 = load i32, ptr %7, align 4, !dbg !117
  %38 = call i32 @bind(i32 noundef %37, ptr noundef %8, i32 noundef 28) #8, !dbg !118
  br label %45, !dbg !119

39:                                               ; preds = %22
    #dbg_declare(ptr %9, !120, !DIExpression(), !133)
  call void @llvm.memset.p0.i64(ptr align 4 %9, i8 0, i64 16, i1 false), !dbg !134
  %40 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 0, !dbg !135
  store i16 2, ptr %40, align 4, !dbg !136
  %41 = call zeroext i16 @htons(i16 noundef zeroext 7050) #9, !dbg !137
  %42 = getelementptr inbounds %struct.sockaddr_in, ptr %9, i32 0, i32 1, !dbg !138
  store i16 %41, ptr %42, align 2, !dbg !139
  %43 = load i32, ptr %7, align 4, !dbg !140
  %44 = call i32 @bind(i32 noundef %43, ptr noundef %9, i32 noundef 16) #8, !dbg !141
  br label %45

45:                                               ; preds = %39, %32
  br label %46, !dbg !142

46:                                               ; preds = %53, %52, %45
    #dbg_declare(ptr %10, !143, !DIExpression(), !150)
    #dbg_declare(ptr %11, !151, !DIExpression(), !161)
    #dbg_declare(ptr %12, !162, !DIExpression(), !165)
  store i32 128, ptr %12, align 4, !dbg !165
    #dbg_declare(ptr %13, !166, !DIExpression(), !171)
  %47 = load i32, ptr %7, align 4, !dbg !172
  %48 = getelementptr inbounds [256 x i8], ptr %10, i64 0, i64 0, !dbg !173
  %49 = call i64 @recvfrom(i32 noundef %47, ptr noundef %48, i64 noundef 256, i32 noundef 0, ptr noundef %11, ptr noundef %12), !dbg !174
  store i64 %49, ptr %13, align 8, !dbg !171
  %50 = load i64, ptr %13, align 8, !dbg !175
  %51 = icmp sle i64 %50, 0, !dbg !177
  br i1 %51, label %52, label %53, !dbg !178

52:                                               ; preds = %46
  br label %46, !dbg !179, !llvm.loop !180

53:                                               ; preds = %46
  %54 = load i32, ptr %7, align 4, !dbg !183
  %55 = getelementptr inbounds [256 x i8], ptr %10, i64 0, i64 0, !dbg !184
  %56 = load i64, ptr %13, align 8, !dbg !185
  %57 = load i32, ptr %12, align 4, !dbg !186
  %58 = call i64 @sendto(i32 noundef %54, ptr noundef %55, i64 noundef %56, i32 noundef 0, ptr noundef %11, i32 noundef %57), !dbg !187
  br label %46, !dbg !188, !llvm.loop !180
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #2

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #6

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!36, !37, !38, !39, !40, !41, !42}
!llvm.ident = !{!43}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 9, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "either-family.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "d13bbb3eb60eb6261dea56f3df9ce2fd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 3)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !22, globals: !35, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !10, line: 24, baseType: !11, size: 32, elements: !12)
!10 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!11 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!12 = !{!13, !14, !15, !16, !17, !18, !19, !20, !21}
!13 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!14 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!15 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!16 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!17 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!18 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!19 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!20 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!21 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!22 = !{!23}
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !25, line: 183, size: 128, elements: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!26 = !{!27, !31}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !24, file: !25, line: 185, baseType: !28, size: 16)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !29, line: 28, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!30 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !24, file: !25, line: 186, baseType: !32, size: 112, offset: 16)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !33)
!33 = !{!34}
!34 = !DISubrange(count: 14)
!35 = !{!0}
!36 = !{i32 7, !"Dwarf Version", i32 5}
!37 = !{i32 2, !"Debug Info Version", i32 3}
!38 = !{i32 1, !"wchar_size", i32 4}
!39 = !{i32 8, !"PIC Level", i32 2}
!40 = !{i32 7, !"PIE Level", i32 2}
!41 = !{i32 7, !"uwtable", i32 2}
!42 = !{i32 7, !"frame-pointer", i32 2}
!43 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!44 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 8, type: !45, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !7, retainedNodes: !50)
!45 = !DISubroutineType(types: !46)
!46 = !{!47, !47, !48}
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!50 = !{}
!51 = !DILocalVariable(name: "argc", arg: 1, scope: !44, file: !2, line: 8, type: !47)
!52 = !DILocation(line: 8, column: 14, scope: !44)
!53 = !DILocalVariable(name: "argv", arg: 2, scope: !44, file: !2, line: 8, type: !48)
!54 = !DILocation(line: 8, column: 27, scope: !44)
!55 = !DILocalVariable(name: "v6", scope: !44, file: !2, line: 9, type: !47)
!56 = !DILocation(line: 9, column: 7, scope: !44)
!57 = !DILocation(line: 9, column: 12, scope: !44)
!58 = !DILocation(line: 9, column: 17, scope: !44)
!59 = !DILocation(line: 9, column: 21, scope: !44)
!60 = !DILocation(line: 9, column: 31, scope: !44)
!61 = !DILocation(line: 9, column: 24, scope: !44)
!62 = !DILocation(line: 9, column: 46, scope: !44)
!63 = !DILocation(line: 0, scope: !44)
!64 = !DILocalVariable(name: "fd", scope: !44, file: !2, line: 10, type: !47)
!65 = !DILocation(line: 10, column: 7, scope: !44)
!66 = !DILocation(line: 10, column: 19, scope: !44)
!67 = !DILocation(line: 10, column: 12, scope: !44)
!68 = !DILocation(line: 11, column: 7, scope: !69)
!69 = distinct !DILexicalBlock(scope: !44, file: !2, line: 11, column: 7)
!70 = !DILocation(line: 11, column: 7, scope: !44)
!71 = !DILocalVariable(name: "a6", scope: !72, file: !2, line: 12, type: !73)
!72 = distinct !DILexicalBlock(scope: !69, file: !2, line: 11, column: 11)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in6", file: !74, line: 260, size: 224, elements: !75)
!74 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!75 = !{!76, !77, !83, !86, !107}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_family", scope: !73, file: !74, line: 262, baseType: !28, size: 16)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_port", scope: !73, file: !74, line: 263, baseType: !78, size: 16, offset: 16)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !74, line: 123, baseType: !79)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !80, line: 25, baseType: !81)
!80 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !82, line: 40, baseType: !30)
!82 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!83 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_flowinfo", scope: !73, file: !74, line: 264, baseType: !84, size: 32, offset: 32)
!84 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !80, line: 26, baseType: !85)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !82, line: 42, baseType: !11)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_addr", scope: !73, file: !74, line: 265, baseType: !87, size: 128, offset: 64)
!87 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in6_addr", file: !74, line: 219, size: 128, elements: !88)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "__in6_u", scope: !87, file: !74, line: 226, baseType: !90, size: 128)
!90 = distinct !DICompositeType(tag: DW_TAG_union_type, scope: !87, file: !74, line: 221, size: 128, elements: !91)
!91 = !{!92, !99, !103}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr8", scope: !90, file: !74, line: 223, baseType: !93, size: 128)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !94, size: 128, elements: !97)
!94 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !80, line: 24, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !82, line: 38, baseType: !96)
!96 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!97 = !{!98}
!98 = !DISubrange(count: 16)
!99 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr16", scope: !90, file: !74, line: 224, baseType: !100, size: 128)
!100 = !DICompositeType(tag: DW_TAG_array_type, baseType: !79, size: 128, elements: !101)
!101 = !{!102}
!102 = !DISubrange(count: 8)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "__u6_addr32", scope: !90, file: !74, line: 225, baseType: !104, size: 128)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 128, elements: !105)
!105 = !{!106}
!106 = !DISubrange(count: 4)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "sin6_scope_id", scope: !73, file: !74, line: 266, baseType: !84, size: 32, offset: 192)
!108 = !DILocation(line: 12, column: 25, scope: !72)
!109 = !DILocation(line: 13, column: 5, scope: !72)
!110 = !DILocation(line: 14, column: 8, scope: !72)
!111 = !DILocation(line: 14, column: 20, scope: !72)
!112 = !DILocation(line: 15, column: 20, scope: !72)
!113 = !DILocation(line: 15, column: 8, scope: !72)
!114 = !DILocation(line: 15, column: 18, scope: !72)
!115 = !DILocation(line: 16, column: 8, scope: !72)
!116 = !DILocation(line: 16, column: 20, scope: !72)
!117 = !DILocation(line: 17, column: 10, scope: !72)
!118 = !DILocation(line: 17, column: 5, scope: !72)
!119 = !DILocation(line: 18, column: 3, scope: !72)
!120 = !DILocalVariable(name: "a", scope: !121, file: !2, line: 19, type: !122)
!121 = distinct !DILexicalBlock(scope: !69, file: !2, line: 18, column: 10)
!122 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !74, line: 245, size: 128, elements: !123)
!123 = !{!124, !125, !126, !131}
!124 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !122, file: !74, line: 247, baseType: !28, size: 16)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !122, file: !74, line: 248, baseType: !78, size: 16, offset: 16)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !122, file: !74, line: 249, baseType: !127, size: 32, offset: 32)
!127 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !74, line: 31, size: 32, elements: !128)
!128 = !{!129}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !127, file: !74, line: 33, baseType: !130, size: 32)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !74, line: 30, baseType: !84)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !122, file: !74, line: 252, baseType: !132, size: 64, offset: 64)
!132 = !DICompositeType(tag: DW_TAG_array_type, baseType: !96, size: 64, elements: !101)
!133 = !DILocation(line: 19, column: 24, scope: !121)
!134 = !DILocation(line: 20, column: 5, scope: !121)
!135 = !DILocation(line: 21, column: 7, scope: !121)
!136 = !DILocation(line: 21, column: 18, scope: !121)
!137 = !DILocation(line: 22, column: 18, scope: !121)
!138 = !DILocation(line: 22, column: 7, scope: !121)
!139 = !DILocation(line: 22, column: 16, scope: !121)
!140 = !DILocation(line: 23, column: 10, scope: !121)
!141 = !DILocation(line: 23, column: 5, scope: !121)
!142 = !DILocation(line: 25, column: 3, scope: !44)
!143 = !DILocalVariable(name: "buf", scope: !144, file: !2, line: 26, type: !147)
!144 = distinct !DILexicalBlock(scope: !145, file: !2, line: 25, column: 12)
!145 = distinct !DILexicalBlock(scope: !146, file: !2, line: 25, column: 3)
!146 = distinct !DILexicalBlock(scope: !44, file: !2, line: 25, column: 3)
!147 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !148)
!148 = !{!149}
!149 = !DISubrange(count: 256)
!150 = !DILocation(line: 26, column: 10, scope: !144)
!151 = !DILocalVariable(name: "src", scope: !144, file: !2, line: 27, type: !152)
!152 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !25, line: 196, size: 1024, elements: !153)
!153 = !{!154, !155, !159}
!154 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !152, file: !25, line: 198, baseType: !28, size: 16)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !152, file: !25, line: 199, baseType: !156, size: 944, offset: 16)
!156 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !157)
!157 = !{!158}
!158 = !DISubrange(count: 118)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !152, file: !25, line: 200, baseType: !160, size: 64, offset: 960)
!160 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!161 = !DILocation(line: 27, column: 29, scope: !144)
!162 = !DILocalVariable(name: "len", scope: !144, file: !2, line: 28, type: !163)
!163 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !25, line: 33, baseType: !164)
!164 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !82, line: 210, baseType: !11)
!165 = !DILocation(line: 28, column: 15, scope: !144)
!166 = !DILocalVariable(name: "n", scope: !144, file: !2, line: 29, type: !167)
!167 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !168, line: 108, baseType: !169)
!168 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!169 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !82, line: 194, baseType: !170)
!170 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!171 = !DILocation(line: 29, column: 13, scope: !144)
!172 = !DILocation(line: 29, column: 26, scope: !144)
!173 = !DILocation(line: 29, column: 30, scope: !144)
!174 = !DILocation(line: 29, column: 17, scope: !144)
!175 = !DILocation(line: 31, column: 9, scope: !176)
!176 = distinct !DILexicalBlock(scope: !144, file: !2, line: 31, column: 9)
!177 = !DILocation(line: 31, column: 11, scope: !176)
!178 = !DILocation(line: 31, column: 9, scope: !144)
!179 = !DILocation(line: 32, column: 7, scope: !176)
!180 = distinct !{!180, !181, !182}
!181 = !DILocation(line: 25, column: 3, scope: !146)
!182 = !DILocation(line: 34, column: 3, scope: !146)
!183 = !DILocation(line: 33, column: 12, scope: !144)
!184 = !DILocation(line: 33, column: 16, scope: !144)
!185 = !DILocation(line: 33, column: 21, scope: !144)
!186 = !DILocation(line: 33, column: 52, scope: !144)
!187 = !DILocation(line: 33, column: 5, scope: !144)
!188 = !DILocation(line: 25, column: 3, scope: !145)
