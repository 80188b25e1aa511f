; The fd a loop reads chosen once, before the loop, among a UDP socket
; (#0, port 7060) and a unix socket (#1) (fd-chosen-once.c:22): the UDP
; socket is planned on its own, but with -c the loop never reads it, and
; an offload would answer datagrams the server leaves unread. Blocked at
; the path's start, naming the choice.
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload plan for 'fd-chosen-once.c'
; CHECK:       candidate #0: socket #0 udp port 7060, event loop #0, hook xdp
; CHECK:       decision: no request can be answered in the kernel: {{.*}}foremost PreArrivalState
; CHECK-NEXT:  blocked: PreArrivalState the receive's fd, chosen once before the event loop among this socket and socket #1: the loop may never read this one at fd-chosen-once.c:27
; CHECK:       summary: 1 candidate, 0 offloaded
;
; MADE-FROM: Inputs/fd-chosen-once.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - fd-chosen-once.c

; ModuleID = 'fd-chosen-once.c'
source_filename = "fd-chosen-once.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_un = type { i16, [108 x i8] }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [14 x i8] c"/tmp/ctl.sock\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [3 x i8] c"-c\00", align 1, !dbg !7

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !46 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca %struct.sockaddr_in, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.sockaddr_un, align 2
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [256 x i8], align 16
  %12 = alloca %struct.sockaddr_storage, align 8
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !53, !DIExpression(), !54)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !55, !DIExpression(), !56)
    #dbg_declare(ptr %6, !57, !DIExpression(), !80)
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 16, i1 false), !dbg !81
  %15 = getelementptr inbounds %struct.sockaddr_in, ptr %6, i32 0, i32 0, !dbg !82
  store i16 2, ptr %15, align 4, !dbg !83
  %16 = call zeroext i16 @htons(i16 noundef zeroext 7060) #6, !dbg !84
  %17 = getelementptr inbounds %struct.sockaddr_in, ptr %6, i32 0, i32 1, !dbg !85
  store i16 %16, ptr %17, align 2, !dbg !86
    #dbg_declare(ptr %7, !87, !DIExpression(), !88)
  %18 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !89
  store i32 %18, ptr %7, align 4, !dbg !88
  %19 = load i32, ptr %7, align 4, !dbg !90
  %20 = call i32 @bind(i32 noundef %19, ptr noundef %6, i32 noundef 16) #7, !dbg !91
    #dbg_declare(ptr %8, !92, !DIExpression(), !101)
  call void @llvm.memset.p0.i64(ptr align 2 %8, i8 0, i64 110, i1 false), !dbg !102
  %21 = getelementptr inbounds %struct.sockaddr_un, ptr %8, i32 0, i32 0, !dbg !103
  store i16 1, ptr %21, align 2, !dbg !104
  %22 = getelementptr inbounds %struct.sockaddr_un, ptr %8, i32 0, i32 1, !dbg !105
  %23 = getelementptr inbounds [108 x i8], ptr %22, i64 0, i64 0, !dbg !106
  %24 = call ptr @strcpy(ptr noundef %23, ptr noundef @.str) #7, !dbg !107
    #dbg_declare(ptr %9, !108, !DIExpression(), !109)
  %25 = call i32 @socket(i32 noundef 1, i32 noundef 2, i32 noundef 0) #7, !dbg !110
  store i32 %25, ptr %9, align 4, !dbg !109
  %26 = load i32, ptr %9, align 4, !dbg !111
  %27 = call i32 @bind(i32 noundef %26, ptr noundef %8, i32 noundef 110) #7, !dbg !112
    #dbg_declare(ptr %10, !113, !DIExpression(), !114)
  %28 = load i32, ptr %4, align 4, !dbg !115
  %29 = icmp sgt i32 %28, 1, !dbg !116
  br i1 %29, label %30, label %38, !dbg !117

30:                                               ; preds = %2
  %31 = load ptr, ptr %5, align 8, !dbg !118
  %32 = getelementptr inbounds ptr, ptr %31, i64 1, !dbg !118
  %33 = load ptr, ptr %32, align 8, !dbg !118
  %34 = call i32 @strcmp(ptr noundef %33, ptr noundef @.str.1) #8, !dbg !119
  %35 = icmp eq i32 %34, 0, !dbg !120
  br i1 %35, label %36, label %38, !dbg !115

36:                                               ; preds = %30
  %37 = load i32, ptr %9, align 4, !dbg !121
  br label %40, !dbg !115

38:                                               ; preds = %30, %2
  %39 = load i32, ptr %7, align 4, !dbg !122
  br label %40, !dbg !115

40:                                               ; preds = %38, %36
  %41 = phi i32 [ %37, %36 ], [ %39, %38 ], !dbg !115
  store i32 %41, ptr %10, align 4, !dbg !114
  br label %42, !dbg !123

42:                                               ; preds = %49, %48, %40
    #dbg_declare(ptr %11, !124, !DIExpression(), !131)
    #dbg_declare(ptr %12, !132, !DIExpression(), !142)
    #dbg_declare(ptr %13, !143, !DIExpression(), !146)
  store i32 128, ptr %13, align 4, !dbg !146
    #dbg_declare(ptr %14, !147, !DIExpression(), !152)
  %43 = load i32, ptr %10, align 4, !dbg !153
  %44 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0, !dbg !154
  %45 = call i64 @recvfrom(i32 noundef %43, ptr noundef %44, i64 noundef 256, i32 noundef 0, ptr noundef %12, ptr noundef %13), !dbg !155
  store i64 %45, ptr %14, align 8, !dbg !152
  %46 = load i64, ptr %14, align 8, !dbg !156
  %47 = icmp sle i64 %46, 0, !dbg !158
  br i1 %47, label %48, label %49, !dbg !159

48:                                               ; preds = %42
  br label %42, !dbg !160, !llvm.loop !161

49:                                               ; preds = %42
  %50 = load i32, ptr %10, align 4, !dbg !164
  %51 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0, !dbg !165
  %52 = load i64, ptr %14, align 8, !dbg !166
  %53 = load i32, ptr %13, align 4, !dbg !167
  %54 = call i64 @sendto(i32 noundef %50, ptr noundef %51, i64 noundef %52, i32 noundef 0, ptr noundef %12, i32 noundef %53), !dbg !168
  br label %42, !dbg !169, !llvm.loop !161
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #2

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!38, !39, !40, !41, !42, !43, !44}
!llvm.ident = !{!45}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 19, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "fd-chosen-once.c", directory: "/work/wt-sockets/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "fb580ee42797537500593f83bc37d290")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 14)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 22, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 3)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, retainedTypes: !27, globals: !37, splitDebugInlining: false, nameTableKind: None)
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
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !29, file: !30, line: 186, baseType: !3, size: 112, offset: 16)
!37 = !{!0, !7}
!38 = !{i32 7, !"Dwarf Version", i32 5}
!39 = !{i32 2, !"Debug Info Version", i32 3}
!40 = !{i32 1, !"wchar_size", i32 4}
!41 = !{i32 8, !"PIC Level", i32 2}
!42 = !{i32 7, !"PIE Level", i32 2}
!43 = !{i32 7, !"uwtable", i32 2}
!44 = !{i32 7, !"frame-pointer", i32 2}
!45 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!46 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 9, type: !47, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !52)
!47 = !DISubroutineType(types: !48)
!48 = !{!49, !49, !50}
!49 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!52 = !{}
!53 = !DILocalVariable(name: "argc", arg: 1, scope: !46, file: !2, line: 9, type: !49)
!54 = !DILocation(line: 9, column: 14, scope: !46)
!55 = !DILocalVariable(name: "argv", arg: 2, scope: !46, file: !2, line: 9, type: !50)
!56 = !DILocation(line: 9, column: 27, scope: !46)
!57 = !DILocalVariable(name: "a", scope: !46, file: !2, line: 10, type: !58)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !59, line: 245, size: 128, elements: !60)
!59 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!60 = !{!61, !62, !68, !75}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !58, file: !59, line: 247, baseType: !33, size: 16)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !58, file: !59, line: 248, baseType: !63, size: 16, offset: 16)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !59, line: 123, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !65, line: 25, baseType: !66)
!65 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !67, line: 40, baseType: !35)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !58, file: !59, line: 249, baseType: !69, size: 32, offset: 32)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !59, line: 31, size: 32, elements: !70)
!70 = !{!71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !69, file: !59, line: 33, baseType: !72, size: 32)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !59, line: 30, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !65, line: 26, baseType: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !67, line: 42, baseType: !16)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !58, file: !59, line: 252, baseType: !76, size: 64, offset: 64)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 64, elements: !78)
!77 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!78 = !{!79}
!79 = !DISubrange(count: 8)
!80 = !DILocation(line: 10, column: 22, scope: !46)
!81 = !DILocation(line: 11, column: 3, scope: !46)
!82 = !DILocation(line: 12, column: 5, scope: !46)
!83 = !DILocation(line: 12, column: 16, scope: !46)
!84 = !DILocation(line: 13, column: 16, scope: !46)
!85 = !DILocation(line: 13, column: 5, scope: !46)
!86 = !DILocation(line: 13, column: 14, scope: !46)
!87 = !DILocalVariable(name: "udp", scope: !46, file: !2, line: 14, type: !49)
!88 = !DILocation(line: 14, column: 7, scope: !46)
!89 = !DILocation(line: 14, column: 13, scope: !46)
!90 = !DILocation(line: 15, column: 8, scope: !46)
!91 = !DILocation(line: 15, column: 3, scope: !46)
!92 = !DILocalVariable(name: "un", scope: !46, file: !2, line: 16, type: !93)
!93 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_un", file: !94, line: 29, size: 880, elements: !95)
!94 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/un.h", directory: "", checksumkind: CSK_MD5, checksum: "543d98cd612c9215c9333043f81a0cd3")
!95 = !{!96, !97}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "sun_family", scope: !93, file: !94, line: 31, baseType: !33, size: 16)
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sun_path", scope: !93, file: !94, line: 32, baseType: !98, size: 864, offset: 16)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 864, elements: !99)
!99 = !{!100}
!100 = !DISubrange(count: 108)
!101 = !DILocation(line: 16, column: 22, scope: !46)
!102 = !DILocation(line: 17, column: 3, scope: !46)
!103 = !DILocation(line: 18, column: 6, scope: !46)
!104 = !DILocation(line: 18, column: 17, scope: !46)
!105 = !DILocation(line: 19, column: 13, scope: !46)
!106 = !DILocation(line: 19, column: 10, scope: !46)
!107 = !DILocation(line: 19, column: 3, scope: !46)
!108 = !DILocalVariable(name: "ctl", scope: !46, file: !2, line: 20, type: !49)
!109 = !DILocation(line: 20, column: 7, scope: !46)
!110 = !DILocation(line: 20, column: 13, scope: !46)
!111 = !DILocation(line: 21, column: 8, scope: !46)
!112 = !DILocation(line: 21, column: 3, scope: !46)
!113 = !DILocalVariable(name: "fd", scope: !46, file: !2, line: 22, type: !49)
!114 = !DILocation(line: 22, column: 7, scope: !46)
!115 = !DILocation(line: 22, column: 12, scope: !46)
!116 = !DILocation(line: 22, column: 17, scope: !46)
!117 = !DILocation(line: 22, column: 21, scope: !46)
!118 = !DILocation(line: 22, column: 31, scope: !46)
!119 = !DILocation(line: 22, column: 24, scope: !46)
!120 = !DILocation(line: 22, column: 46, scope: !46)
!121 = !DILocation(line: 22, column: 53, scope: !46)
!122 = !DILocation(line: 22, column: 59, scope: !46)
!123 = !DILocation(line: 23, column: 3, scope: !46)
!124 = !DILocalVariable(name: "buf", scope: !125, file: !2, line: 24, type: !128)
!125 = distinct !DILexicalBlock(scope: !126, file: !2, line: 23, column: 12)
!126 = distinct !DILexicalBlock(scope: !127, file: !2, line: 23, column: 3)
!127 = distinct !DILexicalBlock(scope: !46, file: !2, line: 23, column: 3)
!128 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !129)
!129 = !{!130}
!130 = !DISubrange(count: 256)
!131 = !DILocation(line: 24, column: 10, scope: !125)
!132 = !DILocalVariable(name: "src", scope: !125, file: !2, line: 25, type: !133)
!133 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !30, line: 196, size: 1024, elements: !134)
!134 = !{!135, !136, !140}
!135 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !133, file: !30, line: 198, baseType: !33, size: 16)
!136 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !133, file: !30, line: 199, baseType: !137, size: 944, offset: 16)
!137 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !138)
!138 = !{!139}
!139 = !DISubrange(count: 118)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !133, file: !30, line: 200, baseType: !141, size: 64, offset: 960)
!141 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!142 = !DILocation(line: 25, column: 29, scope: !125)
!143 = !DILocalVariable(name: "len", scope: !125, file: !2, line: 26, type: !144)
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !30, line: 33, baseType: !145)
!145 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !67, line: 210, baseType: !16)
!146 = !DILocation(line: 26, column: 15, scope: !125)
!147 = !DILocalVariable(name: "n", scope: !125, file: !2, line: 27, type: !148)
!148 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !149, line: 108, baseType: !150)
!149 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!150 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !67, line: 194, baseType: !151)
!151 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!152 = !DILocation(line: 27, column: 13, scope: !125)
!153 = !DILocation(line: 27, column: 26, scope: !125)
!154 = !DILocation(line: 27, column: 30, scope: !125)
!155 = !DILocation(line: 27, column: 17, scope: !125)
!156 = !DILocation(line: 29, column: 9, scope: !157)
!157 = distinct !DILexicalBlock(scope: !125, file: !2, line: 29, column: 9)
!158 = !DILocation(line: 29, column: 11, scope: !157)
!159 = !DILocation(line: 29, column: 9, scope: !125)
!160 = !DILocation(line: 30, column: 7, scope: !157)
!161 = distinct !{!161, !162, !163}
!162 = !DILocation(line: 23, column: 3, scope: !127)
!163 = !DILocation(line: 32, column: 3, scope: !127)
!164 = !DILocation(line: 31, column: 12, scope: !125)
!165 = !DILocation(line: 31, column: 16, scope: !125)
!166 = !DILocation(line: 31, column: 21, scope: !125)
!167 = !DILocation(line: 31, column: 52, scope: !125)
!168 = !DILocation(line: 31, column: 5, scope: !125)
!169 = !DILocation(line: 23, column: 3, scope: !126)
