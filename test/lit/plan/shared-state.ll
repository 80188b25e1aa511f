; Shared-state classification on shared-state.c. The fast path (the echo
; and the banned-client reply) touches four globals:
;   cfg          written in main before the event loop (lines 43-44), only
;                read afterwards (62, 70): read-only data set at load
;   echo_hits    incremented on the fast path (76): atomic read-modify-write
;   last_client  one 4-byte store on the fast path (75), never read: a plain
;                word store is atomic
;   bans         24+8-byte records written by the ADMIN command in userspace
;                (admin(), lines 37-39) and read by the fast path (70, 71):
;                a seqlock record protocol
; The ADMIN command logs to a file (line 31) and falls back at line 65.
; The buffer handed to sendto (b->reason, line 71) is read, not written;
; the generator replies only from a local buffer or constant data, so the
; banned-client reply is a NotGenerated blocker that falls back at line
; 70, and bans is also read in userspace (rw there).
;
; RUN: %opt %load_koffload -passes='print<koffload-plan>' -disable-output %s 2>&1 | FileCheck %s
; RUN: %opt %load_koffload -passes=verify,koffload -pass-remarks-analysis=koffload -koffload-report=%t.json -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
; RUN: %python -c "import json,sys; c=json.load(open(sys.argv[1]))['candidates'][0]; got={s['name']: (s['kernel'], s['userspace'], s['startup_writes'], s['sync']) for s in c['shared']}; assert got == {'bans': ('r-', 'rw', False, 'record-protocol'), 'cfg': ('r-', '--', True, 'read-only-after-startup'), 'echo_hits': ('rw', '--', False, 'atomic-rmw'), 'last_client': ('-w', '--', False, 'plain-word')}, got" %t.json
;
; CHECK-LABEL: koffload plan for 'shared-state.c'
; CHECK:       arrival: shared-state.c:60
; CHECK:       reply: shared-state.c:77
; CHECK:       decision: offload:
; CHECK:       blocked: NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at shared-state.c:71 (
; CHECK:       fallback: shared-state.c:65 -> BlockingIO fopen at shared-state.c:31 (
; CHECK-NEXT:  fallback: shared-state.c:70 -> NotGenerated the reply is sent neither from the start of a local buffer nor from constant data at shared-state.c:71 (
; CHECK:       shared: bans (512 B) kernel r- userspace rw startup -- {{.*}}: record-protocol (multi-word records written in userspace and read on both sides
; CHECK-NEXT:  shared: cfg (8 B) kernel r- userspace -- startup -w {{.*}}: read-only-after-startup (written only before the event loop
; CHECK-NEXT:  shared: echo_hits (8 B) kernel rw userspace -- startup -- {{.*}}: atomic-rmw
; CHECK-NEXT:  shared: last_client (4 B) kernel -w userspace -- startup -- {{.*}}: plain-word
; CHECK-NEXT:  summary: 1 candidate, 1 offloaded
;
; REMARK-DAG: remark: shared-state.c:60:{{[0-9]+}}: shared global bans (512 bytes): record-protocol
; REMARK-DAG: remark: shared-state.c:60:{{[0-9]+}}: shared global cfg (8 bytes): read-only-after-startup
; REMARK-DAG: remark: shared-state.c:60:{{[0-9]+}}: shared global echo_hits (8 bytes): atomic-rmw
; REMARK-DAG: remark: shared-state.c:60:{{[0-9]+}}: shared global last_client (4 bytes): plain-word
;
; MADE-FROM: Inputs/shared-state.c
; CLANG: clang-19 -O2 -g -Xclang -disable-llvm-passes -S -emit-llvm -o - shared-state.c

; ModuleID = 'shared-state.c'
source_filename = "shared-state.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.config = type { i32, i32 }
%struct.ban = type { i32, i32, [24 x i8] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.pollfd = type { i32, i16, i16 }

@cfg = dso_local global %struct.config zeroinitializer, align 4, !dbg !0
@.str = private unnamed_addr constant [7 x i8] c"ADMIN \00", align 1, !dbg !47
@bans = dso_local global [16 x %struct.ban] zeroinitializer, align 16, !dbg !56
@last_client = dso_local global i32 0, align 4, !dbg !54
@echo_hits = dso_local global i64 0, align 8, !dbg !52
@.str.1 = private unnamed_addr constant [24 x i8] c"/var/log/echo-admin.log\00", align 1, !dbg !69
@.str.2 = private unnamed_addr constant [2 x i8] c"a\00", align 1, !dbg !71

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 !dbg !87 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.sockaddr_in, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.pollfd, align 4
  %10 = alloca [512 x i8], align 16
  %11 = alloca %struct.sockaddr_in, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca ptr, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4, !tbaa !136
    #dbg_declare(ptr %4, !91, !DIExpression(), !140)
  store ptr %1, ptr %5, align 8, !tbaa !141
    #dbg_declare(ptr %5, !92, !DIExpression(), !143)
  %15 = load i32, ptr %4, align 4, !dbg !144, !tbaa !136
  %16 = icmp sgt i32 %15, 1, !dbg !145
  br i1 %16, label %17, label %22, !dbg !144

17:                                               ; preds = %2
  %18 = load ptr, ptr %5, align 8, !dbg !146, !tbaa !141
  %19 = getelementptr inbounds ptr, ptr %18, i64 1, !dbg !146
  %20 = load ptr, ptr %19, align 8, !dbg !146, !tbaa !141
  %21 = call i32 @atoi(ptr noundef %20) #9, !dbg !147
  br label %23, !dbg !144

22:                                               ; preds = %2
  br label %23, !dbg !144

23:                                               ; preds = %22, %17
  %24 = phi i32 [ %21, %17 ], [ 256, %22 ], !dbg !144
  store i32 %24, ptr @cfg, align 4, !dbg !148, !tbaa !149
  store i32 1, ptr getelementptr inbounds (%struct.config, ptr @cfg, i32 0, i32 1), align 4, !dbg !151, !tbaa !152
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #10, !dbg !153
    #dbg_declare(ptr %6, !93, !DIExpression(), !154)
  %25 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #10, !dbg !155
  store i32 %25, ptr %6, align 4, !dbg !154, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 16, ptr %7) #10, !dbg !156
    #dbg_declare(ptr %7, !94, !DIExpression(), !157)
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 16, i1 false), !dbg !158
  %26 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 0, !dbg !159
  store i16 2, ptr %26, align 4, !dbg !160, !tbaa !161
  %27 = call zeroext i16 @__bswap_16(i16 noundef zeroext 7007), !dbg !165
  %28 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 1, !dbg !166
  store i16 %27, ptr %28, align 2, !dbg !167, !tbaa !168
  %29 = call i32 @__bswap_32(i32 noundef 0), !dbg !169
  %30 = getelementptr inbounds %struct.sockaddr_in, ptr %7, i32 0, i32 2, !dbg !170
  %31 = getelementptr inbounds %struct.in_addr, ptr %30, i32 0, i32 0, !dbg !171
  store i32 %29, ptr %31, align 4, !dbg !172, !tbaa !173
  %32 = load i32, ptr %6, align 4, !dbg !174, !tbaa !136
  %33 = call i32 @bind(i32 noundef %32, ptr noundef %7, i32 noundef 16) #10, !dbg !176
  %34 = icmp slt i32 %33, 0, !dbg !177
  br i1 %34, label %35, label %37, !dbg !178

35:                                               ; preds = %23
  store i32 1, ptr %3, align 4, !dbg !179
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(i64 16, ptr %7) #10, !dbg !180
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #10, !dbg !180
  %36 = load i32, ptr %3, align 4, !dbg !180
  ret i32 %36, !dbg !180

37:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #10, !dbg !181
    #dbg_declare(ptr %9, !110, !DIExpression(), !182)
  %38 = getelementptr inbounds %struct.pollfd, ptr %9, i32 0, i32 0, !dbg !183
  %39 = load i32, ptr %6, align 4, !dbg !184, !tbaa !136
  store i32 %39, ptr %38, align 4, !dbg !183, !tbaa !185
  %40 = getelementptr inbounds %struct.pollfd, ptr %9, i32 0, i32 1, !dbg !183
  store i16 1, ptr %40, align 4, !dbg !183, !tbaa !187
  %41 = getelementptr inbounds %struct.pollfd, ptr %9, i32 0, i32 2, !dbg !183
  store i16 0, ptr %41, align 2, !dbg !183, !tbaa !188
  call void @llvm.lifetime.start.p0(i64 512, ptr %10) #10, !dbg !189
    #dbg_declare(ptr %10, !118, !DIExpression(), !190)
  br label %42, !dbg !191

42:                                               ; preds = %113, %111, %45, %37
  %43 = call i32 @poll(ptr noundef %9, i64 noundef 1, i32 noundef -1), !dbg !192
  %44 = icmp sle i32 %43, 0, !dbg !194
  br i1 %44, label %45, label %46, !dbg !195

45:                                               ; preds = %42
  br label %42, !dbg !196, !llvm.loop !197

46:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(i64 16, ptr %11) #10, !dbg !200
    #dbg_declare(ptr %11, !122, !DIExpression(), !201)
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #10, !dbg !202
    #dbg_declare(ptr %12, !126, !DIExpression(), !203)
  store i32 16, ptr %12, align 4, !dbg !203, !tbaa !136
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #10, !dbg !204
    #dbg_declare(ptr %13, !129, !DIExpression(), !205)
  %47 = load i32, ptr %6, align 4, !dbg !206, !tbaa !136
  %48 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !207
  %49 = call i64 @recvfrom(i32 noundef %47, ptr noundef %48, i64 noundef 511, i32 noundef 0, ptr noundef %11, ptr noundef %12), !dbg !208
  store i64 %49, ptr %13, align 8, !dbg !205, !tbaa !209
  %50 = load i64, ptr %13, align 8, !dbg !211, !tbaa !209
  %51 = icmp sle i64 %50, 0, !dbg !213
  br i1 %51, label %57, label %52, !dbg !214

52:                                               ; preds = %46
  %53 = load i64, ptr %13, align 8, !dbg !215, !tbaa !209
  %54 = load i32, ptr @cfg, align 4, !dbg !216, !tbaa !149
  %55 = zext i32 %54 to i64, !dbg !217
  %56 = icmp ugt i64 %53, %55, !dbg !218
  br i1 %56, label %57, label %58, !dbg !219

57:                                               ; preds = %52, %46
  store i32 3, ptr %8, align 4
  br label %111, !dbg !220, !llvm.loop !197

58:                                               ; preds = %52
  %59 = load i64, ptr %13, align 8, !dbg !221, !tbaa !209
  %60 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 %59, !dbg !222
  store i8 0, ptr %60, align 1, !dbg !223, !tbaa !224
  %61 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !225
  %62 = call i32 @memcmp(ptr noundef %61, ptr noundef @.str, i64 noundef 6) #9, !dbg !227
  %63 = icmp eq i32 %62, 0, !dbg !228
  br i1 %63, label %64, label %70, !dbg !229

64:                                               ; preds = %58
  %65 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !230
  %66 = getelementptr inbounds i8, ptr %65, i64 6, !dbg !232
  %67 = getelementptr inbounds %struct.sockaddr_in, ptr %11, i32 0, i32 2, !dbg !233
  %68 = getelementptr inbounds %struct.in_addr, ptr %67, i32 0, i32 0, !dbg !234
  %69 = load i32, ptr %68, align 4, !dbg !234, !tbaa !173
  call void @admin(ptr noundef %66, i32 noundef %69), !dbg !235
  store i32 3, ptr %8, align 4
  br label %111, !dbg !236, !llvm.loop !197

70:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #10, !dbg !237
    #dbg_declare(ptr %14, !134, !DIExpression(), !238)
  %71 = getelementptr inbounds %struct.sockaddr_in, ptr %11, i32 0, i32 2, !dbg !239
  %72 = getelementptr inbounds %struct.in_addr, ptr %71, i32 0, i32 0, !dbg !240
  %73 = load i32, ptr %72, align 4, !dbg !240, !tbaa !173
  %74 = urem i32 %73, 16, !dbg !241
  %75 = zext i32 %74 to i64, !dbg !242
  %76 = getelementptr inbounds [16 x %struct.ban], ptr @bans, i64 0, i64 %75, !dbg !242
  store ptr %76, ptr %14, align 8, !dbg !238, !tbaa !141
  %77 = load ptr, ptr %14, align 8, !dbg !243, !tbaa !141
  %78 = getelementptr inbounds %struct.ban, ptr %77, i32 0, i32 0, !dbg !245
  %79 = load i32, ptr %78, align 4, !dbg !245, !tbaa !246
  %80 = getelementptr inbounds %struct.sockaddr_in, ptr %11, i32 0, i32 2, !dbg !248
  %81 = getelementptr inbounds %struct.in_addr, ptr %80, i32 0, i32 0, !dbg !249
  %82 = load i32, ptr %81, align 4, !dbg !249, !tbaa !173
  %83 = icmp eq i32 %79, %82, !dbg !250
  br i1 %83, label %84, label %99, !dbg !251

84:                                               ; preds = %70
  %85 = load ptr, ptr %14, align 8, !dbg !252, !tbaa !141
  %86 = getelementptr inbounds %struct.ban, ptr %85, i32 0, i32 1, !dbg !253
  %87 = load i32, ptr %86, align 4, !dbg !253, !tbaa !254
  %88 = icmp ne i32 %87, 0, !dbg !252
  br i1 %88, label %89, label %99, !dbg !255

89:                                               ; preds = %84
  %90 = load i32, ptr getelementptr inbounds (%struct.config, ptr @cfg, i32 0, i32 1), align 4, !dbg !256, !tbaa !152
  %91 = icmp ne i32 %90, 0, !dbg !257
  br i1 %91, label %92, label %99, !dbg !258

92:                                               ; preds = %89
  %93 = load i32, ptr %6, align 4, !dbg !259, !tbaa !136
  %94 = load ptr, ptr %14, align 8, !dbg !261, !tbaa !141
  %95 = getelementptr inbounds %struct.ban, ptr %94, i32 0, i32 2, !dbg !262
  %96 = getelementptr inbounds [24 x i8], ptr %95, i64 0, i64 0, !dbg !261
  %97 = load i32, ptr %12, align 4, !dbg !263, !tbaa !136
  %98 = call i64 @sendto(i32 noundef %93, ptr noundef %96, i64 noundef 24, i32 noundef 0, ptr noundef %11, i32 noundef %97), !dbg !264
  store i32 3, ptr %8, align 4
  br label %110, !dbg !265, !llvm.loop !197

99:                                               ; preds = %89, %84, %70
  %100 = getelementptr inbounds %struct.sockaddr_in, ptr %11, i32 0, i32 2, !dbg !266
  %101 = getelementptr inbounds %struct.in_addr, ptr %100, i32 0, i32 0, !dbg !267
  %102 = load i32, ptr %101, align 4, !dbg !267, !tbaa !173
  store i32 %102, ptr @last_client, align 4, !dbg !268, !tbaa !136
  %103 = load i64, ptr @echo_hits, align 8, !dbg !269, !tbaa !209
  %104 = add i64 %103, 1, !dbg !269
  store i64 %104, ptr @echo_hits, align 8, !dbg !269, !tbaa !209
  %105 = load i32, ptr %6, align 4, !dbg !270, !tbaa !136
  %106 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !271
  %107 = load i64, ptr %13, align 8, !dbg !272, !tbaa !209
  %108 = load i32, ptr %12, align 4, !dbg !273, !tbaa !136
  %109 = call i64 @sendto(i32 noundef %105, ptr noundef %106, i64 noundef %107, i32 noundef 0, ptr noundef %11, i32 noundef %108), !dbg !274
  store i32 0, ptr %8, align 4, !dbg !275
  br label %110, !dbg !275

110:                                              ; preds = %99, %92
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #10, !dbg !275
  br label %111

111:                                              ; preds = %110, %64, %57
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #10, !dbg !275
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #10, !dbg !275
  call void @llvm.lifetime.end.p0(i64 16, ptr %11) #10, !dbg !275
  %112 = load i32, ptr %8, align 4
  switch i32 %112, label %114 [
    i32 0, label %113
    i32 3, label %42
  ]

113:                                              ; preds = %111
  br label %42, !dbg !276, !llvm.loop !197

114:                                              ; preds = %111
  unreachable
}

; Function Attrs: inlinehint nounwind willreturn memory(read) uwtable
define available_externally i32 @atoi(ptr noundef nonnull %0) #1 !dbg !277 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !141
    #dbg_declare(ptr %2, !284, !DIExpression(), !285)
  %3 = load ptr, ptr %2, align 8, !dbg !286, !tbaa !141
  %4 = call i64 @strtol(ptr noundef %3, ptr noundef null, i32 noundef 10) #10, !dbg !287
  %5 = trunc i64 %4 to i32, !dbg !288
  ret i32 %5, !dbg !289
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nounwind
declare !dbg !290 i32 @socket(i32 noundef, i32 noundef, i32 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: inlinehint nounwind uwtable
define internal zeroext i16 @__bswap_16(i16 noundef zeroext %0) #5 !dbg !294 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2, !tbaa !300
    #dbg_declare(ptr %2, !299, !DIExpression(), !301)
  %3 = load i16, ptr %2, align 2, !dbg !302, !tbaa !300
  %4 = zext i16 %3 to i32, !dbg !302
  %5 = ashr i32 %4, 8, !dbg !302
  %6 = and i32 %5, 255, !dbg !302
  %7 = load i16, ptr %2, align 2, !dbg !302, !tbaa !300
  %8 = zext i16 %7 to i32, !dbg !302
  %9 = and i32 %8, 255, !dbg !302
  %10 = shl i32 %9, 8, !dbg !302
  %11 = or i32 %6, %10, !dbg !302
  %12 = trunc i32 %11 to i16, !dbg !302
  ret i16 %12, !dbg !303
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @__bswap_32(i32 noundef %0) #5 !dbg !304 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !136
    #dbg_declare(ptr %2, !308, !DIExpression(), !309)
  %3 = load i32, ptr %2, align 4, !dbg !310, !tbaa !136
  %4 = and i32 %3, -16777216, !dbg !310
  %5 = lshr i32 %4, 24, !dbg !310
  %6 = load i32, ptr %2, align 4, !dbg !310, !tbaa !136
  %7 = and i32 %6, 16711680, !dbg !310
  %8 = lshr i32 %7, 8, !dbg !310
  %9 = or i32 %5, %8, !dbg !310
  %10 = load i32, ptr %2, align 4, !dbg !310, !tbaa !136
  %11 = and i32 %10, 65280, !dbg !310
  %12 = shl i32 %11, 8, !dbg !310
  %13 = or i32 %9, %12, !dbg !310
  %14 = load i32, ptr %2, align 4, !dbg !310, !tbaa !136
  %15 = and i32 %14, 255, !dbg !310
  %16 = shl i32 %15, 24, !dbg !310
  %17 = or i32 %13, %16, !dbg !310
  ret i32 %17, !dbg !311
}

; Function Attrs: nounwind
declare !dbg !312 i32 @bind(i32 noundef, ptr noundef, i32 noundef) #3

declare !dbg !317 i32 @poll(ptr noundef, i64 noundef, i32 noundef) #6

declare !dbg !322 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #6

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !329 i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #7

; Function Attrs: nounwind uwtable
define internal void @admin(ptr noundef %0, i32 noundef %1) #0 !dbg !335 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !141
    #dbg_declare(ptr %3, !339, !DIExpression(), !396)
  store i32 %1, ptr %4, align 4, !tbaa !136
    #dbg_declare(ptr %4, !340, !DIExpression(), !397)
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #10, !dbg !398
    #dbg_declare(ptr %5, !341, !DIExpression(), !399)
  %7 = call noalias ptr @fopen(ptr noundef @.str.1, ptr noundef @.str.2), !dbg !400
  store ptr %7, ptr %5, align 8, !dbg !399, !tbaa !141
  %8 = load ptr, ptr %5, align 8, !dbg !401, !tbaa !141
  %9 = icmp ne ptr %8, null, !dbg !401
  br i1 %9, label %10, label %16, !dbg !403

10:                                               ; preds = %2
  %11 = load ptr, ptr %3, align 8, !dbg !404, !tbaa !141
  %12 = load ptr, ptr %5, align 8, !dbg !406, !tbaa !141
  %13 = call i32 @fputs(ptr noundef %11, ptr noundef %12), !dbg !407
  %14 = load ptr, ptr %5, align 8, !dbg !408, !tbaa !141
  %15 = call i32 @fclose(ptr noundef %14), !dbg !409
  br label %16, !dbg !410

16:                                               ; preds = %10, %2
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #10, !dbg !411
    #dbg_declare(ptr %6, !395, !DIExpression(), !412)
  %17 = load i32, ptr %4, align 4, !dbg !413, !tbaa !136
  %18 = urem i32 %17, 16, !dbg !414
  %19 = zext i32 %18 to i64, !dbg !415
  %20 = getelementptr inbounds [16 x %struct.ban], ptr @bans, i64 0, i64 %19, !dbg !415
  store ptr %20, ptr %6, align 8, !dbg !412, !tbaa !141
  %21 = load i32, ptr %4, align 4, !dbg !416, !tbaa !136
  %22 = load ptr, ptr %6, align 8, !dbg !417, !tbaa !141
  %23 = getelementptr inbounds %struct.ban, ptr %22, i32 0, i32 0, !dbg !418
  store i32 %21, ptr %23, align 4, !dbg !419, !tbaa !246
  %24 = load ptr, ptr %6, align 8, !dbg !420, !tbaa !141
  %25 = getelementptr inbounds %struct.ban, ptr %24, i32 0, i32 1, !dbg !421
  store i32 3600, ptr %25, align 4, !dbg !422, !tbaa !254
  %26 = load ptr, ptr %6, align 8, !dbg !423, !tbaa !141
  %27 = getelementptr inbounds %struct.ban, ptr %26, i32 0, i32 2, !dbg !424
  %28 = getelementptr inbounds [24 x i8], ptr %27, i64 0, i64 0, !dbg !425
  %29 = load ptr, ptr %3, align 8, !dbg !426, !tbaa !141
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %28, ptr align 1 %29, i64 24, i1 false), !dbg !425
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #10, !dbg !427
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #10, !dbg !427
  ret void, !dbg !427
}

declare !dbg !428 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nounwind
declare !dbg !431 i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #3

declare !dbg !436 noalias ptr @fopen(ptr noundef, ptr noundef) #6

declare !dbg !440 i32 @fputs(ptr noundef, ptr noundef) #6

declare !dbg !444 i32 @fclose(ptr noundef) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { inlinehint nounwind willreturn memory(read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { inlinehint nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nounwind willreturn memory(read) }
attributes #10 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!80, !81, !82, !83, !84, !85}
!llvm.ident = !{!86}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "cfg", scope: !2, file: !3, line: 25, type: !76, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !46, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "shared-state.c", directory: "/work/main/test/lit/plan/Inputs", checksumkind: CSK_MD5, checksum: "0463a55cece672ca4f4dafcf730f498e")
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
!18 = !{!7, !19, !25, !38, !41, !42, !44, !45}
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
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !39, line: 18, baseType: !40)
!39 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!40 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!41 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!45 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !24, line: 40, baseType: !32)
!46 = !{!47, !0, !52, !54, !56, !69, !71}
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(scope: null, file: !3, line: 65, type: !49, isLocal: true, isDefinition: true)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 56, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 7)
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "echo_hits", scope: !2, file: !3, line: 26, type: !40, isLocal: false, isDefinition: true)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "last_client", scope: !2, file: !3, line: 27, type: !7, isLocal: false, isDefinition: true)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "bans", scope: !2, file: !3, line: 28, type: !58, isLocal: false, isDefinition: true)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !59, size: 4096, elements: !67)
!59 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "ban", file: !3, line: 19, size: 256, elements: !60)
!60 = !{!61, !62, !63}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !59, file: !3, line: 20, baseType: !7, size: 32)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "until", scope: !59, file: !3, line: 21, baseType: !7, size: 32, offset: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "reason", scope: !59, file: !3, line: 22, baseType: !64, size: 192, offset: 64)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 192, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 24)
!67 = !{!68}
!68 = !DISubrange(count: 16)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(scope: null, file: !3, line: 31, type: !64, isLocal: true, isDefinition: true)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(scope: null, file: !3, line: 31, type: !73, isLocal: true, isDefinition: true)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 16, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 2)
!76 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "config", file: !3, line: 14, size: 64, elements: !77)
!77 = !{!78, !79}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "max_len", scope: !76, file: !3, line: 15, baseType: !7, size: 32)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "banned_reply", scope: !76, file: !3, line: 16, baseType: !7, size: 32, offset: 32)
!80 = !{i32 7, !"Dwarf Version", i32 5}
!81 = !{i32 2, !"Debug Info Version", i32 3}
!82 = !{i32 1, !"wchar_size", i32 4}
!83 = !{i32 8, !"PIC Level", i32 2}
!84 = !{i32 7, !"PIE Level", i32 2}
!85 = !{i32 7, !"uwtable", i32 2}
!86 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!87 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 42, type: !88, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !90)
!88 = !DISubroutineType(types: !89)
!89 = !{!41, !41, !42}
!90 = !{!91, !92, !93, !94, !110, !118, !122, !126, !129, !134}
!91 = !DILocalVariable(name: "argc", arg: 1, scope: !87, file: !3, line: 42, type: !41)
!92 = !DILocalVariable(name: "argv", arg: 2, scope: !87, file: !3, line: 42, type: !42)
!93 = !DILocalVariable(name: "fd", scope: !87, file: !3, line: 45, type: !41)
!94 = !DILocalVariable(name: "addr", scope: !87, file: !3, line: 46, type: !95)
!95 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !20, line: 245, size: 128, elements: !96)
!96 = !{!97, !98, !101, !105}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !95, file: !20, line: 247, baseType: !30, size: 16)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !95, file: !20, line: 248, baseType: !99, size: 16, offset: 16)
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !20, line: 123, baseType: !100)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !22, line: 25, baseType: !45)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !95, file: !20, line: 249, baseType: !102, size: 32, offset: 32)
!102 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !20, line: 31, size: 32, elements: !103)
!103 = !{!104}
!104 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !102, file: !20, line: 33, baseType: !19, size: 32)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !95, file: !20, line: 252, baseType: !106, size: 64, offset: 64)
!106 = !DICompositeType(tag: DW_TAG_array_type, baseType: !107, size: 64, elements: !108)
!107 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!108 = !{!109}
!109 = !DISubrange(count: 8)
!110 = !DILocalVariable(name: "pfd", scope: !87, file: !3, line: 53, type: !111)
!111 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pollfd", file: !112, line: 36, size: 64, elements: !113)
!112 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/poll.h", directory: "", checksumkind: CSK_MD5, checksum: "8fae87e980509ab4e228a56ef7f0a295")
!113 = !{!114, !115, !117}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "fd", scope: !111, file: !112, line: 38, baseType: !41, size: 32)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "events", scope: !111, file: !112, line: 39, baseType: !116, size: 16, offset: 32)
!116 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "revents", scope: !111, file: !112, line: 40, baseType: !116, size: 16, offset: 48)
!118 = !DILocalVariable(name: "buf", scope: !87, file: !3, line: 54, type: !119)
!119 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 4096, elements: !120)
!120 = !{!121}
!121 = !DISubrange(count: 512)
!122 = !DILocalVariable(name: "src", scope: !123, file: !3, line: 58, type: !95)
!123 = distinct !DILexicalBlock(scope: !124, file: !3, line: 55, column: 12)
!124 = distinct !DILexicalBlock(scope: !125, file: !3, line: 55, column: 3)
!125 = distinct !DILexicalBlock(scope: !87, file: !3, line: 55, column: 3)
!126 = !DILocalVariable(name: "len", scope: !123, file: !3, line: 59, type: !127)
!127 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !27, line: 33, baseType: !128)
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !24, line: 210, baseType: !7)
!129 = !DILocalVariable(name: "n", scope: !123, file: !3, line: 60, type: !130)
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !131, line: 108, baseType: !132)
!131 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!132 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !24, line: 194, baseType: !133)
!133 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!134 = !DILocalVariable(name: "b", scope: !123, file: !3, line: 69, type: !135)
!135 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64)
!136 = !{!137, !137, i64 0}
!137 = !{!"int", !138, i64 0}
!138 = !{!"omnipotent char", !139, i64 0}
!139 = !{!"Simple C/C++ TBAA"}
!140 = !DILocation(line: 42, column: 14, scope: !87)
!141 = !{!142, !142, i64 0}
!142 = !{!"any pointer", !138, i64 0}
!143 = !DILocation(line: 42, column: 27, scope: !87)
!144 = !DILocation(line: 43, column: 17, scope: !87)
!145 = !DILocation(line: 43, column: 22, scope: !87)
!146 = !DILocation(line: 43, column: 43, scope: !87)
!147 = !DILocation(line: 43, column: 38, scope: !87)
!148 = !DILocation(line: 43, column: 15, scope: !87)
!149 = !{!150, !137, i64 0}
!150 = !{!"config", !137, i64 0, !137, i64 4}
!151 = !DILocation(line: 44, column: 20, scope: !87)
!152 = !{!150, !137, i64 4}
!153 = !DILocation(line: 45, column: 3, scope: !87)
!154 = !DILocation(line: 45, column: 7, scope: !87)
!155 = !DILocation(line: 45, column: 12, scope: !87)
!156 = !DILocation(line: 46, column: 3, scope: !87)
!157 = !DILocation(line: 46, column: 22, scope: !87)
!158 = !DILocation(line: 47, column: 3, scope: !87)
!159 = !DILocation(line: 48, column: 8, scope: !87)
!160 = !DILocation(line: 48, column: 19, scope: !87)
!161 = !{!162, !163, i64 0}
!162 = !{!"sockaddr_in", !163, i64 0, !163, i64 2, !164, i64 4, !138, i64 8}
!163 = !{!"short", !138, i64 0}
!164 = !{!"in_addr", !137, i64 0}
!165 = !DILocation(line: 49, column: 19, scope: !87)
!166 = !DILocation(line: 49, column: 8, scope: !87)
!167 = !DILocation(line: 49, column: 17, scope: !87)
!168 = !{!162, !163, i64 2}
!169 = !DILocation(line: 50, column: 26, scope: !87)
!170 = !DILocation(line: 50, column: 8, scope: !87)
!171 = !DILocation(line: 50, column: 17, scope: !87)
!172 = !DILocation(line: 50, column: 24, scope: !87)
!173 = !{!162, !137, i64 4}
!174 = !DILocation(line: 51, column: 12, scope: !175)
!175 = distinct !DILexicalBlock(scope: !87, file: !3, line: 51, column: 7)
!176 = !DILocation(line: 51, column: 7, scope: !175)
!177 = !DILocation(line: 51, column: 56, scope: !175)
!178 = !DILocation(line: 51, column: 7, scope: !87)
!179 = !DILocation(line: 52, column: 5, scope: !175)
!180 = !DILocation(line: 79, column: 1, scope: !87)
!181 = !DILocation(line: 53, column: 3, scope: !87)
!182 = !DILocation(line: 53, column: 17, scope: !87)
!183 = !DILocation(line: 53, column: 23, scope: !87)
!184 = !DILocation(line: 53, column: 30, scope: !87)
!185 = !{!186, !137, i64 0}
!186 = !{!"pollfd", !137, i64 0, !163, i64 4, !163, i64 6}
!187 = !{!186, !163, i64 4}
!188 = !{!186, !163, i64 6}
!189 = !DILocation(line: 54, column: 3, scope: !87)
!190 = !DILocation(line: 54, column: 8, scope: !87)
!191 = !DILocation(line: 55, column: 3, scope: !87)
!192 = !DILocation(line: 56, column: 9, scope: !193)
!193 = distinct !DILexicalBlock(scope: !123, file: !3, line: 56, column: 9)
!194 = !DILocation(line: 56, column: 27, scope: !193)
!195 = !DILocation(line: 56, column: 9, scope: !123)
!196 = !DILocation(line: 57, column: 7, scope: !193)
!197 = distinct !{!197, !198, !199}
!198 = !DILocation(line: 55, column: 3, scope: !125)
!199 = !DILocation(line: 78, column: 3, scope: !125)
!200 = !DILocation(line: 58, column: 5, scope: !123)
!201 = !DILocation(line: 58, column: 24, scope: !123)
!202 = !DILocation(line: 59, column: 5, scope: !123)
!203 = !DILocation(line: 59, column: 15, scope: !123)
!204 = !DILocation(line: 60, column: 5, scope: !123)
!205 = !DILocation(line: 60, column: 13, scope: !123)
!206 = !DILocation(line: 60, column: 26, scope: !123)
!207 = !DILocation(line: 60, column: 30, scope: !123)
!208 = !DILocation(line: 60, column: 17, scope: !123)
!209 = !{!210, !210, i64 0}
!210 = !{!"long", !138, i64 0}
!211 = !DILocation(line: 62, column: 9, scope: !212)
!212 = distinct !DILexicalBlock(scope: !123, file: !3, line: 62, column: 9)
!213 = !DILocation(line: 62, column: 11, scope: !212)
!214 = !DILocation(line: 62, column: 16, scope: !212)
!215 = !DILocation(line: 62, column: 27, scope: !212)
!216 = !DILocation(line: 62, column: 35, scope: !212)
!217 = !DILocation(line: 62, column: 31, scope: !212)
!218 = !DILocation(line: 62, column: 29, scope: !212)
!219 = !DILocation(line: 62, column: 9, scope: !123)
!220 = !DILocation(line: 63, column: 7, scope: !212)
!221 = !DILocation(line: 64, column: 9, scope: !123)
!222 = !DILocation(line: 64, column: 5, scope: !123)
!223 = !DILocation(line: 64, column: 12, scope: !123)
!224 = !{!138, !138, i64 0}
!225 = !DILocation(line: 65, column: 16, scope: !226)
!226 = distinct !DILexicalBlock(scope: !123, file: !3, line: 65, column: 9)
!227 = !DILocation(line: 65, column: 9, scope: !226)
!228 = !DILocation(line: 65, column: 34, scope: !226)
!229 = !DILocation(line: 65, column: 9, scope: !123)
!230 = !DILocation(line: 66, column: 13, scope: !231)
!231 = distinct !DILexicalBlock(scope: !226, file: !3, line: 65, column: 40)
!232 = !DILocation(line: 66, column: 17, scope: !231)
!233 = !DILocation(line: 66, column: 26, scope: !231)
!234 = !DILocation(line: 66, column: 35, scope: !231)
!235 = !DILocation(line: 66, column: 7, scope: !231)
!236 = !DILocation(line: 67, column: 7, scope: !231)
!237 = !DILocation(line: 69, column: 5, scope: !123)
!238 = !DILocation(line: 69, column: 17, scope: !123)
!239 = !DILocation(line: 69, column: 31, scope: !123)
!240 = !DILocation(line: 69, column: 40, scope: !123)
!241 = !DILocation(line: 69, column: 47, scope: !123)
!242 = !DILocation(line: 69, column: 22, scope: !123)
!243 = !DILocation(line: 70, column: 9, scope: !244)
!244 = distinct !DILexicalBlock(scope: !123, file: !3, line: 70, column: 9)
!245 = !DILocation(line: 70, column: 12, scope: !244)
!246 = !{!247, !137, i64 0}
!247 = !{!"ban", !137, i64 0, !137, i64 4, !138, i64 8}
!248 = !DILocation(line: 70, column: 24, scope: !244)
!249 = !DILocation(line: 70, column: 33, scope: !244)
!250 = !DILocation(line: 70, column: 17, scope: !244)
!251 = !DILocation(line: 70, column: 40, scope: !244)
!252 = !DILocation(line: 70, column: 43, scope: !244)
!253 = !DILocation(line: 70, column: 46, scope: !244)
!254 = !{!247, !137, i64 4}
!255 = !DILocation(line: 70, column: 52, scope: !244)
!256 = !DILocation(line: 70, column: 59, scope: !244)
!257 = !DILocation(line: 70, column: 55, scope: !244)
!258 = !DILocation(line: 70, column: 9, scope: !123)
!259 = !DILocation(line: 71, column: 14, scope: !260)
!260 = distinct !DILexicalBlock(scope: !244, file: !3, line: 70, column: 73)
!261 = !DILocation(line: 71, column: 18, scope: !260)
!262 = !DILocation(line: 71, column: 21, scope: !260)
!263 = !DILocation(line: 72, column: 14, scope: !260)
!264 = !DILocation(line: 71, column: 7, scope: !260)
!265 = !DILocation(line: 73, column: 7, scope: !260)
!266 = !DILocation(line: 75, column: 23, scope: !123)
!267 = !DILocation(line: 75, column: 32, scope: !123)
!268 = !DILocation(line: 75, column: 17, scope: !123)
!269 = !DILocation(line: 76, column: 14, scope: !123)
!270 = !DILocation(line: 77, column: 12, scope: !123)
!271 = !DILocation(line: 77, column: 16, scope: !123)
!272 = !DILocation(line: 77, column: 21, scope: !123)
!273 = !DILocation(line: 77, column: 52, scope: !123)
!274 = !DILocation(line: 77, column: 5, scope: !123)
!275 = !DILocation(line: 78, column: 3, scope: !124)
!276 = !DILocation(line: 55, column: 3, scope: !124)
!277 = distinct !DISubprogram(name: "atoi", scope: !278, file: !278, line: 362, type: !279, scopeLine: 363, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !283)
!278 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!279 = !DISubroutineType(types: !280)
!280 = !{!41, !281}
!281 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !282, size: 64)
!282 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!283 = !{!284}
!284 = !DILocalVariable(name: "__nptr", arg: 1, scope: !277, file: !278, line: 362, type: !281)
!285 = !DILocation(line: 362, column: 1, scope: !277)
!286 = !DILocation(line: 364, column: 24, scope: !277)
!287 = !DILocation(line: 364, column: 16, scope: !277)
!288 = !DILocation(line: 364, column: 10, scope: !277)
!289 = !DILocation(line: 364, column: 3, scope: !277)
!290 = !DISubprogram(name: "socket", scope: !291, file: !291, line: 102, type: !292, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!291 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!292 = !DISubroutineType(types: !293)
!293 = !{!41, !41, !41, !41}
!294 = distinct !DISubprogram(name: "__bswap_16", scope: !295, file: !295, line: 34, type: !296, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !298)
!295 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/byteswap.h", directory: "", checksumkind: CSK_MD5, checksum: "98f83253ffd9c64e7486789204e9fa05")
!296 = !DISubroutineType(types: !297)
!297 = !{!45, !45}
!298 = !{!299}
!299 = !DILocalVariable(name: "__bsx", arg: 1, scope: !294, file: !295, line: 34, type: !45)
!300 = !{!163, !163, i64 0}
!301 = !DILocation(line: 34, column: 24, scope: !294)
!302 = !DILocation(line: 39, column: 10, scope: !294)
!303 = !DILocation(line: 39, column: 3, scope: !294)
!304 = distinct !DISubprogram(name: "__bswap_32", scope: !295, file: !295, line: 49, type: !305, scopeLine: 50, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !307)
!305 = !DISubroutineType(types: !306)
!306 = !{!23, !23}
!307 = !{!308}
!308 = !DILocalVariable(name: "__bsx", arg: 1, scope: !304, file: !295, line: 49, type: !23)
!309 = !DILocation(line: 49, column: 24, scope: !304)
!310 = !DILocation(line: 54, column: 10, scope: !304)
!311 = !DILocation(line: 54, column: 3, scope: !304)
!312 = !DISubprogram(name: "bind", scope: !291, file: !291, line: 112, type: !313, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!313 = !DISubroutineType(types: !314)
!314 = !{!41, !41, !315, !127}
!315 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !316, size: 64)
!316 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!317 = !DISubprogram(name: "poll", scope: !112, file: !112, line: 54, type: !318, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!318 = !DISubroutineType(types: !319)
!319 = !{!41, !320, !321, !41}
!320 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!321 = !DIDerivedType(tag: DW_TAG_typedef, name: "nfds_t", file: !112, line: 33, baseType: !40)
!322 = !DISubprogram(name: "recvfrom", scope: !291, file: !291, line: 163, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!323 = !DISubroutineType(types: !324)
!324 = !{!130, !41, !325, !38, !41, !326, !327}
!325 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !44)
!326 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !25)
!327 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !328)
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !127, size: 64)
!329 = !DISubprogram(name: "memcmp", scope: !330, file: !330, line: 64, type: !331, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!330 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!331 = !DISubroutineType(types: !332)
!332 = !{!41, !333, !333, !38}
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !334, size: 64)
!334 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!335 = distinct !DISubprogram(name: "admin", scope: !3, file: !3, line: 30, type: !336, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !338)
!336 = !DISubroutineType(types: !337)
!337 = !{null, !281, !7}
!338 = !{!339, !340, !341, !395}
!339 = !DILocalVariable(name: "cmd", arg: 1, scope: !335, file: !3, line: 30, type: !281)
!340 = !DILocalVariable(name: "addr", arg: 2, scope: !335, file: !3, line: 30, type: !7)
!341 = !DILocalVariable(name: "f", scope: !335, file: !3, line: 31, type: !342)
!342 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !343, size: 64)
!343 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !344, line: 7, baseType: !345)
!344 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!345 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !346, line: 49, size: 1728, elements: !347)
!346 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!347 = !{!348, !349, !350, !351, !352, !353, !354, !355, !356, !357, !358, !359, !360, !363, !365, !366, !367, !369, !370, !372, !376, !379, !381, !384, !387, !388, !389, !390, !391}
!348 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !345, file: !346, line: 51, baseType: !41, size: 32)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !345, file: !346, line: 54, baseType: !43, size: 64, offset: 64)
!350 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !345, file: !346, line: 55, baseType: !43, size: 64, offset: 128)
!351 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !345, file: !346, line: 56, baseType: !43, size: 64, offset: 192)
!352 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !345, file: !346, line: 57, baseType: !43, size: 64, offset: 256)
!353 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !345, file: !346, line: 58, baseType: !43, size: 64, offset: 320)
!354 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !345, file: !346, line: 59, baseType: !43, size: 64, offset: 384)
!355 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !345, file: !346, line: 60, baseType: !43, size: 64, offset: 448)
!356 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !345, file: !346, line: 61, baseType: !43, size: 64, offset: 512)
!357 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !345, file: !346, line: 64, baseType: !43, size: 64, offset: 576)
!358 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !345, file: !346, line: 65, baseType: !43, size: 64, offset: 640)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !345, file: !346, line: 66, baseType: !43, size: 64, offset: 704)
!360 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !345, file: !346, line: 68, baseType: !361, size: 64, offset: 768)
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !362, size: 64)
!362 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !346, line: 36, flags: DIFlagFwdDecl)
!363 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !345, file: !346, line: 70, baseType: !364, size: 64, offset: 832)
!364 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !345, size: 64)
!365 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !345, file: !346, line: 72, baseType: !41, size: 32, offset: 896)
!366 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !345, file: !346, line: 73, baseType: !41, size: 32, offset: 928)
!367 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !345, file: !346, line: 74, baseType: !368, size: 64, offset: 960)
!368 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !24, line: 152, baseType: !133)
!369 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !345, file: !346, line: 77, baseType: !32, size: 16, offset: 1024)
!370 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !345, file: !346, line: 78, baseType: !371, size: 8, offset: 1040)
!371 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !345, file: !346, line: 79, baseType: !373, size: 8, offset: 1048)
!373 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 8, elements: !374)
!374 = !{!375}
!375 = !DISubrange(count: 1)
!376 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !345, file: !346, line: 81, baseType: !377, size: 64, offset: 1088)
!377 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !378, size: 64)
!378 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !346, line: 43, baseType: null)
!379 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !345, file: !346, line: 89, baseType: !380, size: 64, offset: 1152)
!380 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !24, line: 153, baseType: !133)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !345, file: !346, line: 91, baseType: !382, size: 64, offset: 1216)
!382 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !383, size: 64)
!383 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !346, line: 37, flags: DIFlagFwdDecl)
!384 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !345, file: !346, line: 92, baseType: !385, size: 64, offset: 1280)
!385 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !386, size: 64)
!386 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !346, line: 38, flags: DIFlagFwdDecl)
!387 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !345, file: !346, line: 93, baseType: !364, size: 64, offset: 1344)
!388 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !345, file: !346, line: 94, baseType: !44, size: 64, offset: 1408)
!389 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !345, file: !346, line: 95, baseType: !38, size: 64, offset: 1472)
!390 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !345, file: !346, line: 96, baseType: !41, size: 32, offset: 1536)
!391 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !345, file: !346, line: 98, baseType: !392, size: 160, offset: 1568)
!392 = !DICompositeType(tag: DW_TAG_array_type, baseType: !35, size: 160, elements: !393)
!393 = !{!394}
!394 = !DISubrange(count: 20)
!395 = !DILocalVariable(name: "b", scope: !335, file: !3, line: 36, type: !135)
!396 = !DILocation(line: 30, column: 31, scope: !335)
!397 = !DILocation(line: 30, column: 45, scope: !335)
!398 = !DILocation(line: 31, column: 3, scope: !335)
!399 = !DILocation(line: 31, column: 9, scope: !335)
!400 = !DILocation(line: 31, column: 13, scope: !335)
!401 = !DILocation(line: 32, column: 7, scope: !402)
!402 = distinct !DILexicalBlock(scope: !335, file: !3, line: 32, column: 7)
!403 = !DILocation(line: 32, column: 7, scope: !335)
!404 = !DILocation(line: 33, column: 11, scope: !405)
!405 = distinct !DILexicalBlock(scope: !402, file: !3, line: 32, column: 10)
!406 = !DILocation(line: 33, column: 16, scope: !405)
!407 = !DILocation(line: 33, column: 5, scope: !405)
!408 = !DILocation(line: 34, column: 12, scope: !405)
!409 = !DILocation(line: 34, column: 5, scope: !405)
!410 = !DILocation(line: 35, column: 3, scope: !405)
!411 = !DILocation(line: 36, column: 3, scope: !335)
!412 = !DILocation(line: 36, column: 15, scope: !335)
!413 = !DILocation(line: 36, column: 25, scope: !335)
!414 = !DILocation(line: 36, column: 30, scope: !335)
!415 = !DILocation(line: 36, column: 20, scope: !335)
!416 = !DILocation(line: 37, column: 13, scope: !335)
!417 = !DILocation(line: 37, column: 3, scope: !335)
!418 = !DILocation(line: 37, column: 6, scope: !335)
!419 = !DILocation(line: 37, column: 11, scope: !335)
!420 = !DILocation(line: 38, column: 3, scope: !335)
!421 = !DILocation(line: 38, column: 6, scope: !335)
!422 = !DILocation(line: 38, column: 12, scope: !335)
!423 = !DILocation(line: 39, column: 10, scope: !335)
!424 = !DILocation(line: 39, column: 13, scope: !335)
!425 = !DILocation(line: 39, column: 3, scope: !335)
!426 = !DILocation(line: 39, column: 21, scope: !335)
!427 = !DILocation(line: 40, column: 1, scope: !335)
!428 = !DISubprogram(name: "sendto", scope: !291, file: !291, line: 152, type: !429, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!429 = !DISubroutineType(types: !430)
!430 = !{!130, !41, !333, !38, !41, !315, !127}
!431 = !DISubprogram(name: "strtol", scope: !278, file: !278, line: 177, type: !432, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!432 = !DISubroutineType(types: !433)
!433 = !{!133, !434, !435, !41}
!434 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !281)
!435 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !42)
!436 = !DISubprogram(name: "fopen", scope: !437, file: !437, line: 258, type: !438, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!437 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!438 = !DISubroutineType(types: !439)
!439 = !{!342, !434, !434}
!440 = !DISubprogram(name: "fputs", scope: !437, file: !437, line: 655, type: !441, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!441 = !DISubroutineType(types: !442)
!442 = !{!41, !434, !443}
!443 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !342)
!444 = !DISubprogram(name: "fclose", scope: !437, file: !437, line: 178, type: !445, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!445 = !DISubroutineType(types: !446)
!446 = !{!41, !342}
