; A libevent-1 server in memcached's idiom: event_set(&c->event, sfd, ...,
; event_handler, c) on a heap connection that holds the fd; the handler
; reads the fd back from its argument (c->sfd), the connection's field.
; The callback is found, and the fd through the field of parameter 2 is
; the registered socket (O2).
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'callback-libevent1-conn.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at callback-libevent1-conn.c:69
; CHECK-NEXT:   bind: port 7101 address 0.0.0.0 at callback-libevent1-conn.c:74
; CHECK-NEXT: event-loop #0: dispatch in main at callback-libevent1-conn.c:78, runs callbacks from event_base_loop at callback-libevent1-conn.c:78
; CHECK-NEXT:   callback: event_handler on socket #0, fd in parameter 0 and field +0 of parameter 2, registered by event_set at callback-libevent1-conn.c:58
; CHECK-NEXT: arrival: recvfrom on socket #0 in event_handler at callback-libevent1-conn.c:43, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in event_handler at callback-libevent1-conn.c:49, loop #0
; CHECK-NEXT: summary: 1 socket, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/callback-libevent1-conn.c
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - callback-libevent1-conn.c

; ModuleID = 'callback-libevent1-conn.c'
source_filename = "callback-libevent1-conn.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }

@gets_served = internal unnamed_addr global i64 0, align 8, !dbg !0
@.str = private unnamed_addr constant [6 x i8] c"END\0D\0A\00", align 1, !dbg !36

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !50 {
  %1 = alloca %struct.sockaddr_in, align 4, !DIAssignID !80
    #dbg_assign(i1 undef, !59, !DIExpression(), !80, ptr %1, !DIExpression(), !81)
  %2 = tail call ptr @event_init() #7, !dbg !82
    #dbg_value(ptr %2, !55, !DIExpression(), !81)
  %3 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #7, !dbg !83
    #dbg_value(i32 %3, !58, !DIExpression(), !81)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #7, !dbg !84
  %4 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !85
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %4, i8 0, i64 12, i1 false), !dbg !85, !DIAssignID !86
    #dbg_assign(i8 0, !59, !DIExpression(), !86, ptr %1, !DIExpression(), !81)
    #dbg_assign(i8 0, !59, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !87, ptr undef, !DIExpression(), !81)
  store i16 2, ptr %1, align 4, !dbg !88, !tbaa !89, !DIAssignID !96
    #dbg_assign(i16 2, !59, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !96, ptr %1, !DIExpression(), !81)
  %5 = getelementptr inbounds i8, ptr %1, i64 2, !dbg !97
  store i16 -17125, ptr %5, align 2, !dbg !98, !tbaa !99, !DIAssignID !100
    #dbg_assign(i16 -17125, !59, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !100, ptr %5, !DIExpression(), !81)
  %6 = call i32 @bind(i32 noundef %3, ptr noundef nonnull %1, i32 noundef 16) #7, !dbg !101
  %7 = icmp slt i32 %6, 0, !dbg !103
  br i1 %7, label %19, label %8, !dbg !104

8:                                                ; preds = %0
    #dbg_value(i32 %3, !105, !DIExpression(), !132)
    #dbg_value(ptr %2, !130, !DIExpression(), !132)
  %9 = call noalias dereferenceable_or_null(1176) ptr @calloc(i64 noundef 1, i64 noundef 1176) #8, !dbg !135
    #dbg_value(ptr %9, !131, !DIExpression(), !132)
  %10 = icmp eq ptr %9, null, !dbg !136
  br i1 %10, label %19, label %11, !dbg !138

11:                                               ; preds = %8
  store i32 %3, ptr %9, align 4, !dbg !139, !tbaa !140
  %12 = getelementptr inbounds i8, ptr %9, i64 4, !dbg !143
  call void @event_set(ptr noundef nonnull %12, i32 noundef %3, i16 noundef signext 18, ptr noundef nonnull @event_handler, ptr noundef nonnull %9) #7, !dbg !144
  %13 = call i32 @event_base_set(ptr noundef %2, ptr noundef nonnull %12) #7, !dbg !145
  %14 = call i32 @event_add(ptr noundef nonnull %12, ptr noundef null) #7, !dbg !146
  %15 = icmp eq i32 %14, -1, !dbg !148
  br i1 %15, label %16, label %17, !dbg !149

16:                                               ; preds = %11
  call void @free(ptr noundef nonnull %9) #7, !dbg !150
  br label %19, !dbg !152

17:                                               ; preds = %11
  %18 = call i32 @event_base_loop(ptr noundef %2, i32 noundef 0) #7, !dbg !153
  br label %19, !dbg !154

19:                                               ; preds = %8, %16, %0, %17
  %20 = phi i32 [ %18, %17 ], [ 1, %0 ], [ 1, %16 ], [ 1, %8 ], !dbg !81
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #7, !dbg !155
  ret i32 %20, !dbg !155
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare !dbg !156 ptr @event_init() local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !159 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind
declare !dbg !163 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

declare !dbg !168 i32 @event_base_loop(ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare !dbg !171 noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

declare !dbg !177 void @event_set(ptr noundef, i32 noundef, i16 noundef signext, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal void @event_handler(i32 %0, i16 signext %1, ptr noundef %2) #0 !dbg !185 {
    #dbg_value(i32 poison, !187, !DIExpression(), !196)
    #dbg_value(i16 poison, !188, !DIExpression(), !196)
    #dbg_value(ptr %2, !189, !DIExpression(), !196)
    #dbg_value(ptr %2, !190, !DIExpression(), !196)
  %4 = getelementptr inbounds i8, ptr %2, i64 1172, !dbg !197
  store i32 16, ptr %4, align 4, !dbg !198, !tbaa !199
  %5 = load i32, ptr %2, align 4, !dbg !200, !tbaa !140
  %6 = getelementptr inbounds i8, ptr %2, i64 132, !dbg !201
  %7 = getelementptr inbounds i8, ptr %2, i64 1156, !dbg !202
  %8 = tail call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %6, i64 noundef 1024, i32 noundef 0, ptr noundef nonnull %7, ptr noundef nonnull %4) #7, !dbg !203
    #dbg_value(i64 %8, !191, !DIExpression(), !196)
  %9 = icmp slt i64 %8, 4, !dbg !204
  br i1 %9, label %16, label %10, !dbg !206

10:                                               ; preds = %3
  %11 = load i64, ptr @gets_served, align 8, !dbg !207, !tbaa !208
  %12 = add i64 %11, 1, !dbg !207
  store i64 %12, ptr @gets_served, align 8, !dbg !207, !tbaa !208
  %13 = load i32, ptr %2, align 4, !dbg !210, !tbaa !140
  %14 = load i32, ptr %4, align 4, !dbg !211, !tbaa !199
  %15 = tail call i64 @sendto(i32 noundef %13, ptr noundef nonnull @.str, i64 noundef 5, i32 noundef 0, ptr noundef nonnull %7, i32 noundef %14) #7, !dbg !212
  br label %16, !dbg !213

16:                                               ; preds = %3, %10
  ret void, !dbg !213
}

declare !dbg !214 i32 @event_base_set(ptr noundef, ptr noundef) local_unnamed_addr #2

declare !dbg !217 i32 @event_add(ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !229 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #6

declare !dbg !232 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

declare !dbg !239 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind allocsize(0,1) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!42, !43, !44, !45, !46, !47, !48}
!llvm.ident = !{!49}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "gets_served", scope: !2, file: !3, line: 36, type: !41, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !35, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "callback-libevent1-conn.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "f0c326da9dbc2f566a4ea2bc7764dfbf")
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
!18 = !{!19, !32, !34}
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
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!35 = !{!36, !0}
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !3, line: 49, type: !38, isLocal: true, isDefinition: true)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 48, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 6)
!41 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!42 = !{i32 7, !"Dwarf Version", i32 5}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 1, !"wchar_size", i32 4}
!45 = !{i32 8, !"PIC Level", i32 2}
!46 = !{i32 7, !"PIE Level", i32 2}
!47 = !{i32 7, !"uwtable", i32 2}
!48 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!49 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!50 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 67, type: !51, scopeLine: 67, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !54)
!51 = !DISubroutineType(types: !52)
!52 = !{!53}
!53 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!54 = !{!55, !58, !59}
!55 = !DILocalVariable(name: "base", scope: !50, file: !3, line: 68, type: !56)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64)
!57 = !DICompositeType(tag: DW_TAG_structure_type, name: "event_base", file: !3, line: 13, flags: DIFlagFwdDecl)
!58 = !DILocalVariable(name: "sfd", scope: !50, file: !3, line: 69, type: !53)
!59 = !DILocalVariable(name: "sa", scope: !50, file: !3, line: 70, type: !60)
!60 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !61, line: 245, size: 128, elements: !62)
!61 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!62 = !{!63, !64, !68, !75}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !60, file: !61, line: 247, baseType: !24, size: 16)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !60, file: !61, line: 248, baseType: !65, size: 16, offset: 16)
!65 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !61, line: 123, baseType: !66)
!66 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !67, line: 25, baseType: !32)
!67 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!68 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !60, file: !61, line: 249, baseType: !69, size: 32, offset: 32)
!69 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !61, line: 31, size: 32, elements: !70)
!70 = !{!71}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !69, file: !61, line: 33, baseType: !72, size: 32)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !61, line: 30, baseType: !73)
!73 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !67, line: 26, baseType: !74)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !33, line: 42, baseType: !7)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !60, file: !61, line: 252, baseType: !76, size: 64, offset: 64)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 64, elements: !78)
!77 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!78 = !{!79}
!79 = !DISubrange(count: 8)
!80 = distinct !DIAssignID()
!81 = !DILocation(line: 0, scope: !50)
!82 = !DILocation(line: 68, column: 29, scope: !50)
!83 = !DILocation(line: 69, column: 13, scope: !50)
!84 = !DILocation(line: 70, column: 3, scope: !50)
!85 = !DILocation(line: 71, column: 3, scope: !50)
!86 = distinct !DIAssignID()
!87 = distinct !DIAssignID()
!88 = !DILocation(line: 72, column: 17, scope: !50)
!89 = !{!90, !91, i64 0}
!90 = !{!"sockaddr_in", !91, i64 0, !91, i64 2, !94, i64 4, !92, i64 8}
!91 = !{!"short", !92, i64 0}
!92 = !{!"omnipotent char", !93, i64 0}
!93 = !{!"Simple C/C++ TBAA"}
!94 = !{!"in_addr", !95, i64 0}
!95 = !{!"int", !92, i64 0}
!96 = distinct !DIAssignID()
!97 = !DILocation(line: 73, column: 6, scope: !50)
!98 = !DILocation(line: 73, column: 15, scope: !50)
!99 = !{!90, !91, i64 2}
!100 = distinct !DIAssignID()
!101 = !DILocation(line: 74, column: 7, scope: !102)
!102 = distinct !DILexicalBlock(scope: !50, file: !3, line: 74, column: 7)
!103 = !DILocation(line: 74, column: 53, scope: !102)
!104 = !DILocation(line: 74, column: 7, scope: !50)
!105 = !DILocalVariable(name: "sfd", arg: 1, scope: !106, file: !3, line: 53, type: !53)
!106 = distinct !DISubprogram(name: "conn_new", scope: !3, file: !3, line: 53, type: !107, scopeLine: 53, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !129)
!107 = !DISubroutineType(types: !108)
!108 = !{!109, !53, !56}
!109 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !110, size: 64)
!110 = !DIDerivedType(tag: DW_TAG_typedef, name: "conn", file: !3, line: 34, baseType: !111)
!111 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "conn", file: !3, line: 28, size: 9408, elements: !112)
!112 = !{!113, !114, !121, !125, !126}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "sfd", scope: !111, file: !3, line: 29, baseType: !53, size: 32)
!114 = !DIDerivedType(tag: DW_TAG_member, name: "event", scope: !111, file: !3, line: 30, baseType: !115, size: 1024, offset: 32)
!115 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "event", file: !3, line: 14, size: 1024, elements: !116)
!116 = !{!117}
!117 = !DIDerivedType(tag: DW_TAG_member, name: "opaque", scope: !115, file: !3, line: 15, baseType: !118, size: 1024)
!118 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 1024, elements: !119)
!119 = !{!120}
!120 = !DISubrange(count: 128)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "rbuf", scope: !111, file: !3, line: 31, baseType: !122, size: 8192, offset: 1056)
!122 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 8192, elements: !123)
!123 = !{!124}
!124 = !DISubrange(count: 1024)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr", scope: !111, file: !3, line: 32, baseType: !60, size: 128, offset: 9248)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "request_addr_size", scope: !111, file: !3, line: 33, baseType: !127, size: 32, offset: 9376)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !33, line: 210, baseType: !7)
!129 = !{!105, !130, !131}
!130 = !DILocalVariable(name: "base", arg: 2, scope: !106, file: !3, line: 53, type: !56)
!131 = !DILocalVariable(name: "c", scope: !106, file: !3, line: 54, type: !109)
!132 = !DILocation(line: 0, scope: !106, inlinedAt: !133)
!133 = distinct !DILocation(line: 76, column: 8, scope: !134)
!134 = distinct !DILexicalBlock(scope: !50, file: !3, line: 76, column: 7)
!135 = !DILocation(line: 54, column: 13, scope: !106, inlinedAt: !133)
!136 = !DILocation(line: 55, column: 8, scope: !137, inlinedAt: !133)
!137 = distinct !DILexicalBlock(scope: !106, file: !3, line: 55, column: 7)
!138 = !DILocation(line: 55, column: 7, scope: !106, inlinedAt: !133)
!139 = !DILocation(line: 57, column: 10, scope: !106, inlinedAt: !133)
!140 = !{!141, !95, i64 0}
!141 = !{!"conn", !95, i64 0, !142, i64 4, !92, i64 132, !90, i64 1156, !95, i64 1172}
!142 = !{!"event", !92, i64 0}
!143 = !DILocation(line: 58, column: 17, scope: !106, inlinedAt: !133)
!144 = !DILocation(line: 58, column: 3, scope: !106, inlinedAt: !133)
!145 = !DILocation(line: 59, column: 3, scope: !106, inlinedAt: !133)
!146 = !DILocation(line: 60, column: 7, scope: !147, inlinedAt: !133)
!147 = distinct !DILexicalBlock(scope: !106, file: !3, line: 60, column: 7)
!148 = !DILocation(line: 60, column: 31, scope: !147, inlinedAt: !133)
!149 = !DILocation(line: 60, column: 7, scope: !106, inlinedAt: !133)
!150 = !DILocation(line: 61, column: 5, scope: !151, inlinedAt: !133)
!151 = distinct !DILexicalBlock(scope: !147, file: !3, line: 60, column: 38)
!152 = !DILocation(line: 62, column: 5, scope: !151, inlinedAt: !133)
!153 = !DILocation(line: 78, column: 10, scope: !50)
!154 = !DILocation(line: 78, column: 3, scope: !50)
!155 = !DILocation(line: 79, column: 1, scope: !50)
!156 = !DISubprogram(name: "event_init", scope: !3, file: !3, line: 19, type: !157, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!157 = !DISubroutineType(types: !158)
!158 = !{!56}
!159 = !DISubprogram(name: "socket", scope: !160, file: !160, line: 102, type: !161, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!160 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!161 = !DISubroutineType(types: !162)
!162 = !{!53, !53, !53, !53}
!163 = !DISubprogram(name: "bind", scope: !160, file: !160, line: 112, type: !164, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!164 = !DISubroutineType(types: !165)
!165 = !{!53, !53, !166, !127}
!166 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !167, size: 64)
!167 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!168 = !DISubprogram(name: "event_base_loop", scope: !3, file: !3, line: 24, type: !169, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!169 = !DISubroutineType(types: !170)
!170 = !{!53, !56, !53}
!171 = !DISubprogram(name: "calloc", scope: !172, file: !172, line: 556, type: !173, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!173 = !DISubroutineType(types: !174)
!174 = !{!34, !175, !175}
!175 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !176, line: 18, baseType: !41)
!176 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!177 = !DISubprogram(name: "event_set", scope: !3, file: !3, line: 20, type: !178, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!178 = !DISubroutineType(types: !179)
!179 = !{null, !180, !53, !181, !182, !34}
!180 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64)
!181 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!182 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !183, size: 64)
!183 = !DISubroutineType(types: !184)
!184 = !{null, !53, !181, !34}
!185 = distinct !DISubprogram(name: "event_handler", scope: !3, file: !3, line: 38, type: !183, scopeLine: 38, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !186)
!186 = !{!187, !188, !189, !190, !191}
!187 = !DILocalVariable(name: "fd", arg: 1, scope: !185, file: !3, line: 38, type: !53)
!188 = !DILocalVariable(name: "which", arg: 2, scope: !185, file: !3, line: 38, type: !181)
!189 = !DILocalVariable(name: "arg", arg: 3, scope: !185, file: !3, line: 38, type: !34)
!190 = !DILocalVariable(name: "c", scope: !185, file: !3, line: 39, type: !109)
!191 = !DILocalVariable(name: "n", scope: !185, file: !3, line: 43, type: !192)
!192 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !193, line: 108, baseType: !194)
!193 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!194 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !33, line: 194, baseType: !195)
!195 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!196 = !DILocation(line: 0, scope: !185)
!197 = !DILocation(line: 42, column: 6, scope: !185)
!198 = !DILocation(line: 42, column: 24, scope: !185)
!199 = !{!141, !95, i64 1172}
!200 = !DILocation(line: 43, column: 27, scope: !185)
!201 = !DILocation(line: 43, column: 35, scope: !185)
!202 = !DILocation(line: 44, column: 47, scope: !185)
!203 = !DILocation(line: 43, column: 15, scope: !185)
!204 = !DILocation(line: 46, column: 9, scope: !205)
!205 = distinct !DILexicalBlock(scope: !185, file: !3, line: 46, column: 7)
!206 = !DILocation(line: 46, column: 7, scope: !185)
!207 = !DILocation(line: 48, column: 14, scope: !185)
!208 = !{!209, !209, i64 0}
!209 = !{!"long", !92, i64 0}
!210 = !DILocation(line: 49, column: 13, scope: !185)
!211 = !DILocation(line: 50, column: 13, scope: !185)
!212 = !DILocation(line: 49, column: 3, scope: !185)
!213 = !DILocation(line: 51, column: 1, scope: !185)
!214 = !DISubprogram(name: "event_base_set", scope: !3, file: !3, line: 22, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!215 = !DISubroutineType(types: !216)
!216 = !{!53, !56, !180}
!217 = !DISubprogram(name: "event_add", scope: !3, file: !3, line: 23, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!218 = !DISubroutineType(types: !219)
!219 = !{!53, !180, !220}
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !221, size: 64)
!221 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !222)
!222 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "timeval", file: !223, line: 8, size: 128, elements: !224)
!223 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h", directory: "", checksumkind: CSK_MD5, checksum: "9b45d950050c215f216850b27bd1e8f3")
!224 = !{!225, !227}
!225 = !DIDerivedType(tag: DW_TAG_member, name: "tv_sec", scope: !222, file: !223, line: 14, baseType: !226, size: 64)
!226 = !DIDerivedType(tag: DW_TAG_typedef, name: "__time_t", file: !33, line: 160, baseType: !195)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "tv_usec", scope: !222, file: !223, line: 15, baseType: !228, size: 64, offset: 64)
!228 = !DIDerivedType(tag: DW_TAG_typedef, name: "__suseconds_t", file: !33, line: 162, baseType: !195)
!229 = !DISubprogram(name: "free", scope: !172, file: !172, line: 568, type: !230, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!230 = !DISubroutineType(types: !231)
!231 = !{null, !34}
!232 = !DISubprogram(name: "recvfrom", scope: !160, file: !160, line: 163, type: !233, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!233 = !DISubroutineType(types: !234)
!234 = !{!192, !53, !235, !175, !53, !236, !237}
!235 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !34)
!236 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !19)
!237 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !238)
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !127, size: 64)
!239 = !DISubprogram(name: "sendto", scope: !160, file: !160, line: 152, type: !240, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!240 = !DISubroutineType(types: !241)
!241 = !{!192, !53, !242, !175, !53, !166, !127}
!242 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !243, size: 64)
!243 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
