; socket-and-file-read.c at -O2: load_status() is inlined into the request
; loop; the file read must still be other I/O, not an arrival.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'socket-and-file-read.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at socket-and-file-read.c:27
; CHECK-NEXT:   bind: port 8081 address 0.0.0.0 at socket-and-file-read.c:36
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at socket-and-file-read.c:44
; CHECK-NEXT: event-loop #0: blocking-recv in main at socket-and-file-read.c:43, blocks in read at socket-and-file-read.c:47
; CHECK-NEXT: arrival: read on socket #1 in main at socket-and-file-read.c:47, loop #0
; CHECK-NEXT: io: read on a non-socket fd in main at socket-and-file-read.c:21 (called at socket-and-file-read.c:49), loop #0
; CHECK-NEXT: io: write on a non-socket fd in main at socket-and-file-read.c:53, loop #0
; CHECK-NEXT: reply: write on socket #1 in main at socket-and-file-read.c:54, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 2 other I/O
;
; MADE-FROM: Inputs/socket-and-file-read.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - socket-and-file-read.c

; ModuleID = 'socket-and-file-read.c'
source_filename = "socket-and-file-read.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@listener = internal unnamed_addr global i32 0, align 4, !dbg !0
@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !35
@.str.1 = private unnamed_addr constant [12 x i8] c"bind/listen\00", align 1, !dbg !40
@.str.2 = private unnamed_addr constant [21 x i8] c"/var/log/statusd.log\00", align 1, !dbg !45
@logfd = internal unnamed_addr global i32 -1, align 4, !dbg !55
@.str.3 = private unnamed_addr constant [16 x i8] c"status request\0A\00", align 1, !dbg !50
@.str.4 = private unnamed_addr constant [16 x i8] c"/run/status.txt\00", align 1, !dbg !58

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !68 {
  %1 = alloca %struct.sockaddr_in, align 4, !DIAssignID !113
    #dbg_assign(i1 undef, !72, !DIExpression(), !113, ptr %1, !DIExpression(), !114)
  %2 = alloca [256 x i8], align 16, !DIAssignID !115
    #dbg_assign(i1 undef, !93, !DIExpression(), !115, ptr %2, !DIExpression(), !114)
  %3 = alloca [512 x i8], align 16, !DIAssignID !116
    #dbg_assign(i1 undef, !97, !DIExpression(), !116, ptr %3, !DIExpression(), !114)
  %4 = tail call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #8, !dbg !117
  store i32 %4, ptr @listener, align 4, !dbg !118, !tbaa !119
  %5 = icmp slt i32 %4, 0, !dbg !123
  br i1 %5, label %6, label %7, !dbg !125

6:                                                ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #9, !dbg !126
  br label %44, !dbg !128

7:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #8, !dbg !129
  %8 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !130
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %8, i8 0, i64 12, i1 false), !dbg !130, !DIAssignID !131
    #dbg_assign(i8 0, !72, !DIExpression(), !131, ptr %1, !DIExpression(), !114)
    #dbg_assign(i8 0, !72, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !132, ptr undef, !DIExpression(), !114)
  store i16 2, ptr %1, align 4, !dbg !133, !tbaa !134, !DIAssignID !138
    #dbg_assign(i16 2, !72, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !138, ptr %1, !DIExpression(), !114)
  %9 = getelementptr inbounds i8, ptr %1, i64 2, !dbg !139
  store i16 -28385, ptr %9, align 2, !dbg !140, !tbaa !141, !DIAssignID !142
    #dbg_assign(i16 -28385, !72, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !142, ptr %9, !DIExpression(), !114)
  %10 = call i32 @bind(i32 noundef %4, ptr noundef nonnull %1, i32 noundef 16) #8, !dbg !143
  %11 = icmp slt i32 %10, 0, !dbg !145
  br i1 %11, label %16, label %12, !dbg !146

12:                                               ; preds = %7
  %13 = load i32, ptr @listener, align 4, !dbg !147, !tbaa !119
  %14 = call i32 @listen(i32 noundef %13, i32 noundef 8) #8, !dbg !148
  %15 = icmp slt i32 %14, 0, !dbg !149
  br i1 %15, label %16, label %17, !dbg !150

16:                                               ; preds = %12, %7
  call void @perror(ptr noundef nonnull @.str.1) #9, !dbg !151
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #8, !dbg !153
  br label %44

17:                                               ; preds = %12
  %18 = call i32 (ptr, i32, ...) @open(ptr noundef nonnull @.str.2, i32 noundef 1089, i32 noundef 420) #8, !dbg !154
  store i32 %18, ptr @logfd, align 4, !dbg !155, !tbaa !119
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8, !dbg !156
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %3) #8, !dbg !156
  br label %19, !dbg !157

19:                                               ; preds = %23, %17
  %20 = load i32, ptr @listener, align 4, !dbg !158, !tbaa !119
  %21 = call i32 @accept(i32 noundef %20, ptr noundef null, ptr noundef null) #8, !dbg !159
    #dbg_value(i32 %21, !101, !DIExpression(), !160)
  %22 = icmp slt i32 %21, 0, !dbg !161
  br i1 %22, label %23, label %24, !dbg !163

23:                                               ; preds = %19, %42
  br label %19, !dbg !158, !llvm.loop !164

24:                                               ; preds = %19
  %25 = call i64 @read(i32 noundef %21, ptr noundef nonnull %2, i64 noundef 256) #8, !dbg !167
    #dbg_value(i64 %25, !105, !DIExpression(), !160)
  %26 = icmp sgt i64 %25, 0, !dbg !168
  br i1 %26, label %27, label %42, !dbg !169

27:                                               ; preds = %24
    #dbg_value(ptr %3, !170, !DIExpression(), !182)
    #dbg_value(i64 512, !179, !DIExpression(), !182)
  %28 = call i32 (ptr, i32, ...) @open(ptr noundef nonnull @.str.4, i32 noundef 0) #8, !dbg !184
    #dbg_value(i32 %28, !180, !DIExpression(), !182)
  %29 = icmp slt i32 %28, 0, !dbg !185
  br i1 %29, label %33, label %30, !dbg !187

30:                                               ; preds = %27
  %31 = call i64 @read(i32 noundef %28, ptr noundef nonnull %3, i64 noundef 512) #8, !dbg !188
    #dbg_value(i64 %31, !181, !DIExpression(), !182)
  %32 = call i32 @close(i32 noundef %28) #8, !dbg !189
  br label %33

33:                                               ; preds = %27, %30
  %34 = phi i64 [ %31, %30 ], [ -1, %27 ], !dbg !182
    #dbg_value(i64 %34, !110, !DIExpression(), !190)
  %35 = call i64 @llvm.smax.i64(i64 %34, i64 0), !dbg !191
    #dbg_value(i64 %35, !110, !DIExpression(), !190)
  %36 = load i32, ptr @logfd, align 4, !dbg !192, !tbaa !119
  %37 = icmp sgt i32 %36, -1, !dbg !194
  br i1 %37, label %38, label %40, !dbg !195

38:                                               ; preds = %33
  %39 = call i64 @write(i32 noundef %36, ptr noundef nonnull @.str.3, i64 noundef 15) #8, !dbg !196
  br label %40, !dbg !196

40:                                               ; preds = %38, %33
  %41 = call i64 @write(i32 noundef %21, ptr noundef nonnull %3, i64 noundef %35) #8, !dbg !197
  br label %42, !dbg !198

42:                                               ; preds = %40, %24
  %43 = call i32 @close(i32 noundef %21) #8, !dbg !199
  br label %23, !dbg !200

44:                                               ; preds = %16, %6
  ret i32 1, !dbg !153
}

; Function Attrs: nounwind
declare !dbg !201 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare !dbg !205 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind
declare !dbg !211 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind
declare !dbg !218 i32 @listen(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree
declare !dbg !221 noundef i32 @open(ptr nocapture noundef readonly, i32 noundef, ...) local_unnamed_addr #5

declare !dbg !225 i32 @accept(i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #6

; Function Attrs: nofree
declare !dbg !231 noundef i64 @read(i32 noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #5

; Function Attrs: nofree
declare !dbg !236 noundef i64 @write(i32 noundef, ptr nocapture noundef readonly, i64 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

declare !dbg !241 i32 @close(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }
attributes #9 = { cold }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!60, !61, !62, !63, !64, !65, !66}
!llvm.ident = !{!67}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "listener", scope: !2, file: !3, line: 14, type: !57, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !34, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "socket-and-file-read.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "945437673e28aaf20320836d07a7c6c2")
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
!18 = !{!19, !32}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !21, line: 183, size: 128, elements: !22)
!21 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!22 = !{!23, !27}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !20, file: !21, line: 185, baseType: !24, size: 16)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !25, line: 28, baseType: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!26 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !20, file: !21, line: 186, baseType: !28, size: 112, offset: 16)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 112, elements: !30)
!29 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!30 = !{!31}
!31 = !DISubrange(count: 14)
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !33, line: 40, baseType: !26)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!34 = !{!35, !40, !45, !50, !0, !55, !58}
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(scope: null, file: !3, line: 29, type: !37, isLocal: true, isDefinition: true)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 56, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 7)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !3, line: 38, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 96, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 12)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !3, line: 41, type: !47, isLocal: true, isDefinition: true)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 168, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 21)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !3, line: 53, type: !52, isLocal: true, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 128, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 16)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(name: "logfd", scope: !2, file: !3, line: 15, type: !57, isLocal: true, isDefinition: true)
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !52, isLocal: true, isDefinition: true)
!60 = !{i32 7, !"Dwarf Version", i32 5}
!61 = !{i32 2, !"Debug Info Version", i32 3}
!62 = !{i32 1, !"wchar_size", i32 4}
!63 = !{i32 8, !"PIC Level", i32 2}
!64 = !{i32 7, !"PIE Level", i32 2}
!65 = !{i32 7, !"uwtable", i32 2}
!66 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!67 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!68 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 26, type: !69, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !71)
!69 = !DISubroutineType(types: !70)
!70 = !{!57}
!71 = !{!72, !93, !97, !101, !105, !110}
!72 = !DILocalVariable(name: "addr", scope: !68, file: !3, line: 32, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !74, line: 245, size: 128, elements: !75)
!74 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!75 = !{!76, !77, !81, !88}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !73, file: !74, line: 247, baseType: !24, size: 16)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !73, file: !74, line: 248, baseType: !78, size: 16, offset: 16)
!78 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !74, line: 123, baseType: !79)
!79 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !80, line: 25, baseType: !32)
!80 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!81 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !73, file: !74, line: 249, baseType: !82, size: 32, offset: 32)
!82 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !74, line: 31, size: 32, elements: !83)
!83 = !{!84}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !82, file: !74, line: 33, baseType: !85, size: 32)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !74, line: 30, baseType: !86)
!86 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !80, line: 26, baseType: !87)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !33, line: 42, baseType: !7)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !73, file: !74, line: 252, baseType: !89, size: 64, offset: 64)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !90, size: 64, elements: !91)
!90 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!91 = !{!92}
!92 = !DISubrange(count: 8)
!93 = !DILocalVariable(name: "req", scope: !68, file: !3, line: 42, type: !94)
!94 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !95)
!95 = !{!96}
!96 = !DISubrange(count: 256)
!97 = !DILocalVariable(name: "resp", scope: !68, file: !3, line: 42, type: !98)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 4096, elements: !99)
!99 = !{!100}
!100 = !DISubrange(count: 512)
!101 = !DILocalVariable(name: "conn", scope: !102, file: !3, line: 44, type: !57)
!102 = distinct !DILexicalBlock(scope: !103, file: !3, line: 43, column: 12)
!103 = distinct !DILexicalBlock(scope: !104, file: !3, line: 43, column: 3)
!104 = distinct !DILexicalBlock(scope: !68, file: !3, line: 43, column: 3)
!105 = !DILocalVariable(name: "n", scope: !102, file: !3, line: 47, type: !106)
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !107, line: 108, baseType: !108)
!107 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !33, line: 194, baseType: !109)
!109 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!110 = !DILocalVariable(name: "m", scope: !111, file: !3, line: 49, type: !106)
!111 = distinct !DILexicalBlock(scope: !112, file: !3, line: 48, column: 16)
!112 = distinct !DILexicalBlock(scope: !102, file: !3, line: 48, column: 9)
!113 = distinct !DIAssignID()
!114 = !DILocation(line: 0, scope: !68)
!115 = distinct !DIAssignID()
!116 = distinct !DIAssignID()
!117 = !DILocation(line: 27, column: 14, scope: !68)
!118 = !DILocation(line: 27, column: 12, scope: !68)
!119 = !{!120, !120, i64 0}
!120 = !{!"int", !121, i64 0}
!121 = !{!"omnipotent char", !122, i64 0}
!122 = !{!"Simple C/C++ TBAA"}
!123 = !DILocation(line: 28, column: 16, scope: !124)
!124 = distinct !DILexicalBlock(scope: !68, file: !3, line: 28, column: 7)
!125 = !DILocation(line: 28, column: 7, scope: !68)
!126 = !DILocation(line: 29, column: 5, scope: !127)
!127 = distinct !DILexicalBlock(scope: !124, file: !3, line: 28, column: 21)
!128 = !DILocation(line: 30, column: 5, scope: !127)
!129 = !DILocation(line: 32, column: 3, scope: !68)
!130 = !DILocation(line: 33, column: 3, scope: !68)
!131 = distinct !DIAssignID()
!132 = distinct !DIAssignID()
!133 = !DILocation(line: 34, column: 19, scope: !68)
!134 = !{!135, !136, i64 0}
!135 = !{!"sockaddr_in", !136, i64 0, !136, i64 2, !137, i64 4, !121, i64 8}
!136 = !{!"short", !121, i64 0}
!137 = !{!"in_addr", !120, i64 0}
!138 = distinct !DIAssignID()
!139 = !DILocation(line: 35, column: 8, scope: !68)
!140 = !DILocation(line: 35, column: 17, scope: !68)
!141 = !{!135, !136, i64 2}
!142 = distinct !DIAssignID()
!143 = !DILocation(line: 36, column: 7, scope: !144)
!144 = distinct !DILexicalBlock(scope: !68, file: !3, line: 36, column: 7)
!145 = !DILocation(line: 36, column: 62, scope: !144)
!146 = !DILocation(line: 36, column: 66, scope: !144)
!147 = !DILocation(line: 37, column: 14, scope: !144)
!148 = !DILocation(line: 37, column: 7, scope: !144)
!149 = !DILocation(line: 37, column: 27, scope: !144)
!150 = !DILocation(line: 36, column: 7, scope: !68)
!151 = !DILocation(line: 38, column: 5, scope: !152)
!152 = distinct !DILexicalBlock(scope: !144, file: !3, line: 37, column: 32)
!153 = !DILocation(line: 58, column: 1, scope: !68)
!154 = !DILocation(line: 41, column: 11, scope: !68)
!155 = !DILocation(line: 41, column: 9, scope: !68)
!156 = !DILocation(line: 42, column: 3, scope: !68)
!157 = !DILocation(line: 43, column: 3, scope: !68)
!158 = !DILocation(line: 44, column: 23, scope: !102)
!159 = !DILocation(line: 44, column: 16, scope: !102)
!160 = !DILocation(line: 0, scope: !102)
!161 = !DILocation(line: 45, column: 14, scope: !162)
!162 = distinct !DILexicalBlock(scope: !102, file: !3, line: 45, column: 9)
!163 = !DILocation(line: 45, column: 9, scope: !102)
!164 = distinct !{!164, !165, !166}
!165 = !DILocation(line: 43, column: 3, scope: !104)
!166 = !DILocation(line: 57, column: 3, scope: !104)
!167 = !DILocation(line: 47, column: 17, scope: !102)
!168 = !DILocation(line: 48, column: 11, scope: !112)
!169 = !DILocation(line: 48, column: 9, scope: !102)
!170 = !DILocalVariable(name: "out", arg: 1, scope: !171, file: !3, line: 17, type: !174)
!171 = distinct !DISubprogram(name: "load_status", scope: !3, file: !3, line: 17, type: !172, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !178)
!172 = !DISubroutineType(types: !173)
!173 = !{!106, !174, !175}
!174 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !176, line: 18, baseType: !177)
!176 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!177 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!178 = !{!170, !179, !180, !181}
!179 = !DILocalVariable(name: "cap", arg: 2, scope: !171, file: !3, line: 17, type: !175)
!180 = !DILocalVariable(name: "f", scope: !171, file: !3, line: 18, type: !57)
!181 = !DILocalVariable(name: "n", scope: !171, file: !3, line: 21, type: !106)
!182 = !DILocation(line: 0, scope: !171, inlinedAt: !183)
!183 = distinct !DILocation(line: 49, column: 19, scope: !111)
!184 = !DILocation(line: 18, column: 11, scope: !171, inlinedAt: !183)
!185 = !DILocation(line: 19, column: 9, scope: !186, inlinedAt: !183)
!186 = distinct !DILexicalBlock(scope: !171, file: !3, line: 19, column: 7)
!187 = !DILocation(line: 19, column: 7, scope: !171, inlinedAt: !183)
!188 = !DILocation(line: 21, column: 15, scope: !171, inlinedAt: !183)
!189 = !DILocation(line: 22, column: 3, scope: !171, inlinedAt: !183)
!190 = !DILocation(line: 0, scope: !111)
!191 = !DILocation(line: 50, column: 11, scope: !111)
!192 = !DILocation(line: 52, column: 11, scope: !193)
!193 = distinct !DILexicalBlock(scope: !111, file: !3, line: 52, column: 11)
!194 = !DILocation(line: 52, column: 17, scope: !193)
!195 = !DILocation(line: 52, column: 11, scope: !111)
!196 = !DILocation(line: 53, column: 9, scope: !193)
!197 = !DILocation(line: 54, column: 7, scope: !111)
!198 = !DILocation(line: 55, column: 5, scope: !111)
!199 = !DILocation(line: 56, column: 5, scope: !102)
!200 = !DILocation(line: 57, column: 3, scope: !103)
!201 = !DISubprogram(name: "socket", scope: !202, file: !202, line: 102, type: !203, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!202 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!203 = !DISubroutineType(types: !204)
!204 = !{!57, !57, !57, !57}
!205 = !DISubprogram(name: "perror", scope: !206, file: !206, line: 804, type: !207, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!206 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!207 = !DISubroutineType(types: !208)
!208 = !{null, !209}
!209 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !210, size: 64)
!210 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!211 = !DISubprogram(name: "bind", scope: !202, file: !202, line: 112, type: !212, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!212 = !DISubroutineType(types: !213)
!213 = !{!57, !57, !214, !216}
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !215, size: 64)
!215 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!216 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !33, line: 210, baseType: !7)
!218 = !DISubprogram(name: "listen", scope: !202, file: !202, line: 296, type: !219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DISubroutineType(types: !220)
!220 = !{!57, !57, !57}
!221 = !DISubprogram(name: "open", scope: !222, file: !222, line: 181, type: !223, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DIFile(filename: "/usr/include/fcntl.h", directory: "", checksumkind: CSK_MD5, checksum: "1a9bb91818c37dc7bc291ca6e49fc221")
!223 = !DISubroutineType(types: !224)
!224 = !{!57, !209, !57, null}
!225 = !DISubprogram(name: "accept", scope: !202, file: !202, line: 306, type: !226, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!226 = !DISubroutineType(types: !227)
!227 = !{!57, !57, !228, !229}
!228 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !19)
!229 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !230)
!230 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !216, size: 64)
!231 = !DISubprogram(name: "read", scope: !232, file: !232, line: 371, type: !233, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!233 = !DISubroutineType(types: !234)
!234 = !{!106, !57, !235, !175}
!235 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!236 = !DISubprogram(name: "write", scope: !232, file: !232, line: 378, type: !237, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DISubroutineType(types: !238)
!238 = !{!106, !57, !239, !175}
!239 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !240, size: 64)
!240 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!241 = !DISubprogram(name: "close", scope: !232, file: !232, line: 358, type: !242, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!242 = !DISubroutineType(types: !243)
!243 = !{!57, !57}
