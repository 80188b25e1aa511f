; A classic select() chat server: recv(i) and send(j) on fd numbers that
; loop from 0 to fdmax and are tested with FD_ISSET. Such an fd is one of
; the fds put into an fd_set (the listener and accepted connections), and
; since a listening socket carries no data, the connection.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'select-tcp-chat.c'
; CHECK-NEXT: socket #0: tcp ipv4, created in main at select-tcp-chat.c:21
; CHECK-NEXT:   bind: port 9034 address 0.0.0.0 at select-tcp-chat.c:33
; CHECK-NEXT: socket #1: tcp ipv4, accepted from #0 in main at select-tcp-chat.c:57
; CHECK-NEXT: event-loop #0: select in main at select-tcp-chat.c:45, waits in select at select-tcp-chat.c:47
; CHECK-NEXT: arrival: recv on socket #1 in main at select-tcp-chat.c:67, loop #0
; CHECK-NEXT: reply: send on socket #1 in main at select-tcp-chat.c:75, loop #0
; CHECK-NEXT: summary: 2 sockets, 1 event loop, 1 arrival, 1 reply, 0 other I/O
;
; MADE-FROM: Inputs/select-tcp-chat.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - select-tcp-chat.c

; ModuleID = 'select-tcp-chat.c'
source_filename = "select-tcp-chat.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.fd_set = type { [16 x i64] }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.sockaddr_storage = type { i16, [118 x i8], i64 }

@.str = private unnamed_addr constant [7 x i8] c"socket\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [5 x i8] c"bind\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [7 x i8] c"listen\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [7 x i8] c"select\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [7 x i8] c"accept\00", align 1, !dbg !16
@.str.5 = private unnamed_addr constant [5 x i8] c"send\00", align 1, !dbg !18

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !67 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.fd_set, align 8
  %3 = alloca %struct.fd_set, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.sockaddr_in, align 4
  %11 = alloca i32, align 4
  %12 = alloca [256 x i8], align 16
  %13 = alloca i32, align 4
  %14 = alloca %struct.sockaddr_storage, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !71, !DIExpression(), !79)
    #dbg_declare(ptr %3, !80, !DIExpression(), !81)
  br label %19, !dbg !82

19:                                               ; preds = %0
    #dbg_declare(ptr %4, !83, !DIExpression(), !85)
    #dbg_declare(ptr %5, !86, !DIExpression(), !85)
  store ptr %2, ptr %5, align 8, !dbg !85
  store i32 0, ptr %4, align 4, !dbg !88
  br label %20, !dbg !88

20:                                               ; preds = %30, %19
  %21 = load i32, ptr %4, align 4, !dbg !90
  %22 = zext i32 %21 to i64, !dbg !90
  %23 = icmp ult i64 %22, 16, !dbg !90
  br i1 %23, label %24, label %33, !dbg !88

24:                                               ; preds = %20
  %25 = load ptr, ptr %5, align 8, !dbg !90
  %26 = getelementptr inbounds %struct.fd_set, ptr %25, i32 0, i32 0, !dbg !90
  %27 = load i32, ptr %4, align 4, !dbg !90
  %28 = zext i32 %27 to i64, !dbg !90
  %29 = getelementptr inbounds [16 x i64], ptr %26, i64 0, i64 %28, !dbg !90
  store i64 0, ptr %29, align 8, !dbg !90
  br label %30, !dbg !90

30:                                               ; preds = %24
  %31 = load i32, ptr %4, align 4, !dbg !90
  %32 = add i32 %31, 1, !dbg !90
  store i32 %32, ptr %4, align 4, !dbg !90
  br label %20, !dbg !90, !llvm.loop !92

33:                                               ; preds = %20
  br label %34, !dbg !85

34:                                               ; preds = %33
  br label %35, !dbg !94

35:                                               ; preds = %34
    #dbg_declare(ptr %6, !95, !DIExpression(), !97)
    #dbg_declare(ptr %7, !98, !DIExpression(), !97)
  store ptr %3, ptr %7, align 8, !dbg !97
  store i32 0, ptr %6, align 4, !dbg !99
  br label %36, !dbg !99

36:                                               ; preds = %46, %35
  %37 = load i32, ptr %6, align 4, !dbg !101
  %38 = zext i32 %37 to i64, !dbg !101
  %39 = icmp ult i64 %38, 16, !dbg !101
  br i1 %39, label %40, label %49, !dbg !99

40:                                               ; preds = %36
  %41 = load ptr, ptr %7, align 8, !dbg !101
  %42 = getelementptr inbounds %struct.fd_set, ptr %41, i32 0, i32 0, !dbg !101
  %43 = load i32, ptr %6, align 4, !dbg !101
  %44 = zext i32 %43 to i64, !dbg !101
  %45 = getelementptr inbounds [16 x i64], ptr %42, i64 0, i64 %44, !dbg !101
  store i64 0, ptr %45, align 8, !dbg !101
  br label %46, !dbg !101

46:                                               ; preds = %40
  %47 = load i32, ptr %6, align 4, !dbg !101
  %48 = add i32 %47, 1, !dbg !101
  store i32 %48, ptr %6, align 4, !dbg !101
  br label %36, !dbg !101, !llvm.loop !103

49:                                               ; preds = %36
  br label %50, !dbg !97

50:                                               ; preds = %49
    #dbg_declare(ptr %8, !104, !DIExpression(), !105)
  %51 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #7, !dbg !106
  store i32 %51, ptr %8, align 4, !dbg !105
  %52 = load i32, ptr %8, align 4, !dbg !107
  %53 = icmp slt i32 %52, 0, !dbg !109
  br i1 %53, label %54, label %55, !dbg !110

54:                                               ; preds = %50
  call void @perror(ptr noundef @.str), !dbg !111
  call void @exit(i32 noundef 1) #8, !dbg !113
  unreachable, !dbg !113

55:                                               ; preds = %50
    #dbg_declare(ptr %9, !114, !DIExpression(), !115)
  store i32 1, ptr %9, align 4, !dbg !115
  %56 = load i32, ptr %8, align 4, !dbg !116
  %57 = call i32 @setsockopt(i32 noundef %56, i32 noundef 1, i32 noundef 2, ptr noundef %9, i32 noundef 4) #7, !dbg !117
    #dbg_declare(ptr %10, !118, !DIExpression(), !135)
  call void @llvm.memset.p0.i64(ptr align 4 %10, i8 0, i64 16, i1 false), !dbg !136
  %58 = getelementptr inbounds %struct.sockaddr_in, ptr %10, i32 0, i32 0, !dbg !137
  store i16 2, ptr %58, align 4, !dbg !138
  %59 = getelementptr inbounds %struct.sockaddr_in, ptr %10, i32 0, i32 2, !dbg !139
  %60 = getelementptr inbounds %struct.in_addr, ptr %59, i32 0, i32 0, !dbg !140
  store i32 0, ptr %60, align 4, !dbg !141
  %61 = call zeroext i16 @htons(i16 noundef zeroext 9034) #9, !dbg !142
  %62 = getelementptr inbounds %struct.sockaddr_in, ptr %10, i32 0, i32 1, !dbg !143
  store i16 %61, ptr %62, align 2, !dbg !144
  %63 = load i32, ptr %8, align 4, !dbg !145
  %64 = call i32 @bind(i32 noundef %63, ptr noundef %10, i32 noundef 16) #7, !dbg !147
  %65 = icmp slt i32 %64, 0, !dbg !148
  br i1 %65, label %66, label %67, !dbg !149

66:                                               ; preds = %55
  call void @perror(ptr noundef @.str.1), !dbg !150
  call void @exit(i32 noundef 2) #8, !dbg !152
  unreachable, !dbg !152

67:                                               ; preds = %55
  %68 = load i32, ptr %8, align 4, !dbg !153
  %69 = call i32 @listen(i32 noundef %68, i32 noundef 10) #7, !dbg !155
  %70 = icmp eq i32 %69, -1, !dbg !156
  br i1 %70, label %71, label %72, !dbg !157

71:                                               ; preds = %67
  call void @perror(ptr noundef @.str.2), !dbg !158
  call void @exit(i32 noundef 3) #8, !dbg !160
  unreachable, !dbg !160

72:                                               ; preds = %67
  %73 = load i32, ptr %8, align 4, !dbg !161
  %74 = srem i32 %73, 64, !dbg !161
  %75 = zext i32 %74 to i64, !dbg !161
  %76 = shl i64 1, %75, !dbg !161
  %77 = getelementptr inbounds %struct.fd_set, ptr %2, i32 0, i32 0, !dbg !161
  %78 = load i32, ptr %8, align 4, !dbg !161
  %79 = sdiv i32 %78, 64, !dbg !161
  %80 = sext i32 %79 to i64, !dbg !161
  %81 = getelementptr inbounds [16 x i64], ptr %77, i64 0, i64 %80, !dbg !161
  %82 = load i64, ptr %81, align 8, !dbg !161
  %83 = or i64 %82, %76, !dbg !161
  store i64 %83, ptr %81, align 8, !dbg !161
    #dbg_declare(ptr %11, !162, !DIExpression(), !163)
  %84 = load i32, ptr %8, align 4, !dbg !164
  store i32 %84, ptr %11, align 4, !dbg !163
    #dbg_declare(ptr %12, !165, !DIExpression(), !169)
  br label %85, !dbg !170

85:                                               ; preds = %202, %72
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %2, i64 128, i1 false), !dbg !171
  %86 = load i32, ptr %11, align 4, !dbg !175
  %87 = add nsw i32 %86, 1, !dbg !177
  %88 = call i32 @select(i32 noundef %87, ptr noundef %3, ptr noundef null, ptr noundef null, ptr noundef null), !dbg !178
  %89 = icmp eq i32 %88, -1, !dbg !179
  br i1 %89, label %90, label %91, !dbg !180

90:                                               ; preds = %85
  call void @perror(ptr noundef @.str.3), !dbg !181
  call void @exit(i32 noundef 4) #8, !dbg !183
  unreachable, !dbg !183

91:                                               ; preds = %85
    #dbg_declare(ptr %13, !184, !DIExpression(), !186)
  store i32 0, ptr %13, align 4, !dbg !186
  br label %92, !dbg !187

92:                                               ; preds = %199, %91
  %93 = load i32, ptr %13, align 4, !dbg !188
  %94 = load i32, ptr %11, align 4, !dbg !190
  %95 = icmp sle i32 %93, %94, !dbg !191
  br i1 %95, label %96, label %202, !dbg !192

96:                                               ; preds = %92
  %97 = getelementptr inbounds %struct.fd_set, ptr %3, i32 0, i32 0, !dbg !193
  %98 = load i32, ptr %13, align 4, !dbg !193
  %99 = sdiv i32 %98, 64, !dbg !193
  %100 = sext i32 %99 to i64, !dbg !193
  %101 = getelementptr inbounds [16 x i64], ptr %97, i64 0, i64 %100, !dbg !193
  %102 = load i64, ptr %101, align 8, !dbg !193
  %103 = load i32, ptr %13, align 4, !dbg !193
  %104 = srem i32 %103, 64, !dbg !193
  %105 = zext i32 %104 to i64, !dbg !193
  %106 = shl i64 1, %105, !dbg !193
  %107 = and i64 %102, %106, !dbg !193
  %108 = icmp ne i64 %107, 0, !dbg !193
  br i1 %108, label %110, label %109, !dbg !196

109:                                              ; preds = %96
  br label %199, !dbg !197

110:                                              ; preds = %96
  %111 = load i32, ptr %13, align 4, !dbg !198
  %112 = load i32, ptr %8, align 4, !dbg !200
  %113 = icmp eq i32 %111, %112, !dbg !201
  br i1 %113, label %114, label %139, !dbg !202

114:                                              ; preds = %110
    #dbg_declare(ptr %14, !203, !DIExpression(), !214)
    #dbg_declare(ptr %15, !215, !DIExpression(), !218)
  store i32 128, ptr %15, align 4, !dbg !218
    #dbg_declare(ptr %16, !219, !DIExpression(), !220)
  %115 = load i32, ptr %8, align 4, !dbg !221
  %116 = call i32 @accept(i32 noundef %115, ptr noundef %14, ptr noundef %15), !dbg !222
  store i32 %116, ptr %16, align 4, !dbg !220
  %117 = load i32, ptr %16, align 4, !dbg !223
  %118 = icmp eq i32 %117, -1, !dbg !225
  br i1 %118, label %119, label %120, !dbg !226

119:                                              ; preds = %114
  call void @perror(ptr noundef @.str.4), !dbg !227
  br label %138, !dbg !229

120:                                              ; preds = %114
  %121 = load i32, ptr %16, align 4, !dbg !230
  %122 = srem i32 %121, 64, !dbg !230
  %123 = zext i32 %122 to i64, !dbg !230
  %124 = shl i64 1, %123, !dbg !230
  %125 = getelementptr inbounds %struct.fd_set, ptr %2, i32 0, i32 0, !dbg !230
  %126 = load i32, ptr %16, align 4, !dbg !230
  %127 = sdiv i32 %126, 64, !dbg !230
  %128 = sext i32 %127 to i64, !dbg !230
  %129 = getelementptr inbounds [16 x i64], ptr %125, i64 0, i64 %128, !dbg !230
  %130 = load i64, ptr %129, align 8, !dbg !230
  %131 = or i64 %130, %124, !dbg !230
  store i64 %131, ptr %129, align 8, !dbg !230
  %132 = load i32, ptr %16, align 4, !dbg !232
  %133 = load i32, ptr %11, align 4, !dbg !234
  %134 = icmp sgt i32 %132, %133, !dbg !235
  br i1 %134, label %135, label %137, !dbg !236

135:                                              ; preds = %120
  %136 = load i32, ptr %16, align 4, !dbg !237
  store i32 %136, ptr %11, align 4, !dbg !238
  br label %137, !dbg !239

137:                                              ; preds = %135, %120
  br label %138

138:                                              ; preds = %137, %119
  br label %199, !dbg !240

139:                                              ; preds = %110
    #dbg_declare(ptr %17, !241, !DIExpression(), !245)
  %140 = load i32, ptr %13, align 4, !dbg !246
  %141 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0, !dbg !247
  %142 = call i64 @recv(i32 noundef %140, ptr noundef %141, i64 noundef 256, i32 noundef 0), !dbg !248
  store i64 %142, ptr %17, align 8, !dbg !245
  %143 = load i64, ptr %17, align 8, !dbg !249
  %144 = icmp sle i64 %143, 0, !dbg !251
  br i1 %144, label %145, label %160, !dbg !252

145:                                              ; preds = %139
  %146 = load i32, ptr %13, align 4, !dbg !253
  %147 = call i32 @close(i32 noundef %146), !dbg !255
  %148 = load i32, ptr %13, align 4, !dbg !256
  %149 = srem i32 %148, 64, !dbg !256
  %150 = zext i32 %149 to i64, !dbg !256
  %151 = shl i64 1, %150, !dbg !256
  %152 = xor i64 %151, -1, !dbg !256
  %153 = getelementptr inbounds %struct.fd_set, ptr %2, i32 0, i32 0, !dbg !256
  %154 = load i32, ptr %13, align 4, !dbg !256
  %155 = sdiv i32 %154, 64, !dbg !256
  %156 = sext i32 %155 to i64, !dbg !256
  %157 = getelementptr inbounds [16 x i64], ptr %153, i64 0, i64 %156, !dbg !256
  %158 = load i64, ptr %157, align 8, !dbg !256
  %159 = and i64 %158, %152, !dbg !256
  store i64 %159, ptr %157, align 8, !dbg !256
  br label %199, !dbg !257

160:                                              ; preds = %139
    #dbg_declare(ptr %18, !258, !DIExpression(), !260)
  store i32 0, ptr %18, align 4, !dbg !260
  br label %161, !dbg !261

161:                                              ; preds = %195, %160
  %162 = load i32, ptr %18, align 4, !dbg !262
  %163 = load i32, ptr %11, align 4, !dbg !264
  %164 = icmp sle i32 %162, %163, !dbg !265
  br i1 %164, label %165, label %198, !dbg !266

165:                                              ; preds = %161
  %166 = getelementptr inbounds %struct.fd_set, ptr %2, i32 0, i32 0, !dbg !267
  %167 = load i32, ptr %18, align 4, !dbg !267
  %168 = sdiv i32 %167, 64, !dbg !267
  %169 = sext i32 %168 to i64, !dbg !267
  %170 = getelementptr inbounds [16 x i64], ptr %166, i64 0, i64 %169, !dbg !267
  %171 = load i64, ptr %170, align 8, !dbg !267
  %172 = load i32, ptr %18, align 4, !dbg !267
  %173 = srem i32 %172, 64, !dbg !267
  %174 = zext i32 %173 to i64, !dbg !267
  %175 = shl i64 1, %174, !dbg !267
  %176 = and i64 %171, %175, !dbg !267
  %177 = icmp ne i64 %176, 0, !dbg !267
  br i1 %177, label %178, label %194, !dbg !269

178:                                              ; preds = %165
  %179 = load i32, ptr %18, align 4, !dbg !270
  %180 = load i32, ptr %8, align 4, !dbg !271
  %181 = icmp ne i32 %179, %180, !dbg !272
  br i1 %181, label %182, label %194, !dbg !273

182:                                              ; preds = %178
  %183 = load i32, ptr %18, align 4, !dbg !274
  %184 = load i32, ptr %13, align 4, !dbg !275
  %185 = icmp ne i32 %183, %184, !dbg !276
  br i1 %185, label %186, label %194, !dbg !277

186:                                              ; preds = %182
  %187 = load i32, ptr %18, align 4, !dbg !278
  %188 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0, !dbg !280
  %189 = load i64, ptr %17, align 8, !dbg !281
  %190 = call i64 @send(i32 noundef %187, ptr noundef %188, i64 noundef %189, i32 noundef 0), !dbg !282
  %191 = icmp eq i64 %190, -1, !dbg !283
  br i1 %191, label %192, label %193, !dbg !284

192:                                              ; preds = %186
  call void @perror(ptr noundef @.str.5), !dbg !285
  br label %193, !dbg !285

193:                                              ; preds = %192, %186
  br label %194, !dbg !286

194:                                              ; preds = %193, %182, %178, %165
  br label %195, !dbg !275

195:                                              ; preds = %194
  %196 = load i32, ptr %18, align 4, !dbg !287
  %197 = add nsw i32 %196, 1, !dbg !287
  store i32 %197, ptr %18, align 4, !dbg !287
  br label %161, !dbg !288, !llvm.loop !289

198:                                              ; preds = %161
  br label %199, !dbg !291

199:                                              ; preds = %198, %145, %138, %109
  %200 = load i32, ptr %13, align 4, !dbg !292
  %201 = add nsw i32 %200, 1, !dbg !292
  store i32 %201, ptr %13, align 4, !dbg !292
  br label %92, !dbg !293, !llvm.loop !294

202:                                              ; preds = %92
  br label %85, !dbg !296, !llvm.loop !297
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

declare void @perror(ptr noundef) #2

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #3

; Function Attrs: nounwind
declare i32 @setsockopt(i32 noundef, i32 noundef, i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #5

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

declare i32 @select(i32 noundef, ptr noundef, ptr noundef, ptr noundef, ptr noundef) #2

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #2

declare i64 @recv(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #2

declare i32 @close(i32 noundef) #2

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }
attributes #9 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!20}
!llvm.module.flags = !{!59, !60, !61, !62, !63, !64, !65}
!llvm.ident = !{!66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 23, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "select-tcp-chat.c", directory: "/work/main/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "dfd0be38e077909261885d0e660722d7")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 7)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 34, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 5)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !3, isLocal: true, isDefinition: true)
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(scope: null, file: !2, line: 59, type: !3, isLocal: true, isDefinition: true)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(scope: null, file: !2, line: 76, type: !9, isLocal: true, isDefinition: true)
!20 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !21, retainedTypes: !35, globals: !58, splitDebugInlining: false, nameTableKind: None)
!21 = !{!22}
!22 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "__socket_type", file: !23, line: 24, baseType: !24, size: 32, elements: !25)
!23 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket_type.h", directory: "", checksumkind: CSK_MD5, checksum: "0d4e972fdeb3da9a5bc94fa41144e9f8")
!24 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!25 = !{!26, !27, !28, !29, !30, !31, !32, !33, !34}
!26 = !DIEnumerator(name: "SOCK_STREAM", value: 1)
!27 = !DIEnumerator(name: "SOCK_DGRAM", value: 2)
!28 = !DIEnumerator(name: "SOCK_RAW", value: 3)
!29 = !DIEnumerator(name: "SOCK_RDM", value: 4)
!30 = !DIEnumerator(name: "SOCK_SEQPACKET", value: 5)
!31 = !DIEnumerator(name: "SOCK_DCCP", value: 6)
!32 = !DIEnumerator(name: "SOCK_PACKET", value: 10)
!33 = !DIEnumerator(name: "SOCK_CLOEXEC", value: 524288)
!34 = !DIEnumerator(name: "SOCK_NONBLOCK", value: 2048)
!35 = !{!36, !42, !54, !57}
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !37, line: 30, baseType: !38)
!37 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!38 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !39, line: 26, baseType: !40)
!39 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!40 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !41, line: 42, baseType: !24)
!41 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!43 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr", file: !44, line: 183, size: 128, elements: !45)
!44 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "ba268091e45be60787bdded4ca1fb256")
!45 = !{!46, !50}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "sa_family", scope: !43, file: !44, line: 185, baseType: !47, size: 16)
!47 = !DIDerivedType(tag: DW_TAG_typedef, name: "sa_family_t", file: !48, line: 28, baseType: !49)
!48 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/sockaddr.h", directory: "", checksumkind: CSK_MD5, checksum: "dd7f1d9dd6e26f88d1726905ed5d9ff5")
!49 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "sa_data", scope: !43, file: !44, line: 186, baseType: !51, size: 112, offset: 16)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 14)
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fd_mask", file: !55, line: 49, baseType: !56)
!55 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/select.h", directory: "", checksumkind: CSK_MD5, checksum: "5ab727ca201ba12ae255687119da3fa7")
!56 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!57 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!58 = !{!0, !7, !12, !14, !16, !18}
!59 = !{i32 7, !"Dwarf Version", i32 5}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 1, !"wchar_size", i32 4}
!62 = !{i32 8, !"PIC Level", i32 2}
!63 = !{i32 7, !"PIE Level", i32 2}
!64 = !{i32 7, !"uwtable", i32 2}
!65 = !{i32 7, !"frame-pointer", i32 2}
!66 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!67 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 16, type: !68, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !20, retainedNodes: !70)
!68 = !DISubroutineType(types: !69)
!69 = !{!57}
!70 = !{}
!71 = !DILocalVariable(name: "master", scope: !67, file: !2, line: 17, type: !72)
!72 = !DIDerivedType(tag: DW_TAG_typedef, name: "fd_set", file: !55, line: 70, baseType: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !55, line: 59, size: 1024, elements: !74)
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "__fds_bits", scope: !73, file: !55, line: 67, baseType: !76, size: 1024)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 1024, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 16)
!79 = !DILocation(line: 17, column: 10, scope: !67)
!80 = !DILocalVariable(name: "read_fds", scope: !67, file: !2, line: 17, type: !72)
!81 = !DILocation(line: 17, column: 18, scope: !67)
!82 = !DILocation(line: 18, column: 3, scope: !67)
!83 = !DILocalVariable(name: "__i", scope: !84, file: !2, line: 18, type: !24)
!84 = distinct !DILexicalBlock(scope: !67, file: !2, line: 18, column: 3)
!85 = !DILocation(line: 18, column: 3, scope: !84)
!86 = !DILocalVariable(name: "__arr", scope: !84, file: !2, line: 18, type: !87)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!88 = !DILocation(line: 18, column: 3, scope: !89)
!89 = distinct !DILexicalBlock(scope: !84, file: !2, line: 18, column: 3)
!90 = !DILocation(line: 18, column: 3, scope: !91)
!91 = distinct !DILexicalBlock(scope: !89, file: !2, line: 18, column: 3)
!92 = distinct !{!92, !88, !88, !93}
!93 = !{!"llvm.loop.mustprogress"}
!94 = !DILocation(line: 19, column: 3, scope: !67)
!95 = !DILocalVariable(name: "__i", scope: !96, file: !2, line: 19, type: !24)
!96 = distinct !DILexicalBlock(scope: !67, file: !2, line: 19, column: 3)
!97 = !DILocation(line: 19, column: 3, scope: !96)
!98 = !DILocalVariable(name: "__arr", scope: !96, file: !2, line: 19, type: !87)
!99 = !DILocation(line: 19, column: 3, scope: !100)
!100 = distinct !DILexicalBlock(scope: !96, file: !2, line: 19, column: 3)
!101 = !DILocation(line: 19, column: 3, scope: !102)
!102 = distinct !DILexicalBlock(scope: !100, file: !2, line: 19, column: 3)
!103 = distinct !{!103, !99, !99, !93}
!104 = !DILocalVariable(name: "listener", scope: !67, file: !2, line: 21, type: !57)
!105 = !DILocation(line: 21, column: 7, scope: !67)
!106 = !DILocation(line: 21, column: 18, scope: !67)
!107 = !DILocation(line: 22, column: 7, scope: !108)
!108 = distinct !DILexicalBlock(scope: !67, file: !2, line: 22, column: 7)
!109 = !DILocation(line: 22, column: 16, scope: !108)
!110 = !DILocation(line: 22, column: 7, scope: !67)
!111 = !DILocation(line: 23, column: 5, scope: !112)
!112 = distinct !DILexicalBlock(scope: !108, file: !2, line: 22, column: 21)
!113 = !DILocation(line: 24, column: 5, scope: !112)
!114 = !DILocalVariable(name: "yes", scope: !67, file: !2, line: 26, type: !57)
!115 = !DILocation(line: 26, column: 7, scope: !67)
!116 = !DILocation(line: 27, column: 14, scope: !67)
!117 = !DILocation(line: 27, column: 3, scope: !67)
!118 = !DILocalVariable(name: "sa", scope: !67, file: !2, line: 28, type: !119)
!119 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !37, line: 245, size: 128, elements: !120)
!120 = !{!121, !122, !126, !130}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !119, file: !37, line: 247, baseType: !47, size: 16)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !119, file: !37, line: 248, baseType: !123, size: 16, offset: 16)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !37, line: 123, baseType: !124)
!124 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !39, line: 25, baseType: !125)
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !41, line: 40, baseType: !49)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !119, file: !37, line: 249, baseType: !127, size: 32, offset: 32)
!127 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !37, line: 31, size: 32, elements: !128)
!128 = !{!129}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !127, file: !37, line: 33, baseType: !36, size: 32)
!130 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !119, file: !37, line: 252, baseType: !131, size: 64, offset: 64)
!131 = !DICompositeType(tag: DW_TAG_array_type, baseType: !132, size: 64, elements: !133)
!132 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!133 = !{!134}
!134 = !DISubrange(count: 8)
!135 = !DILocation(line: 28, column: 22, scope: !67)
!136 = !DILocation(line: 29, column: 3, scope: !67)
!137 = !DILocation(line: 30, column: 6, scope: !67)
!138 = !DILocation(line: 30, column: 17, scope: !67)
!139 = !DILocation(line: 31, column: 6, scope: !67)
!140 = !DILocation(line: 31, column: 15, scope: !67)
!141 = !DILocation(line: 31, column: 22, scope: !67)
!142 = !DILocation(line: 32, column: 17, scope: !67)
!143 = !DILocation(line: 32, column: 6, scope: !67)
!144 = !DILocation(line: 32, column: 15, scope: !67)
!145 = !DILocation(line: 33, column: 12, scope: !146)
!146 = distinct !DILexicalBlock(scope: !67, file: !2, line: 33, column: 7)
!147 = !DILocation(line: 33, column: 7, scope: !146)
!148 = !DILocation(line: 33, column: 58, scope: !146)
!149 = !DILocation(line: 33, column: 7, scope: !67)
!150 = !DILocation(line: 34, column: 5, scope: !151)
!151 = distinct !DILexicalBlock(scope: !146, file: !2, line: 33, column: 63)
!152 = !DILocation(line: 35, column: 5, scope: !151)
!153 = !DILocation(line: 37, column: 14, scope: !154)
!154 = distinct !DILexicalBlock(scope: !67, file: !2, line: 37, column: 7)
!155 = !DILocation(line: 37, column: 7, scope: !154)
!156 = !DILocation(line: 37, column: 28, scope: !154)
!157 = !DILocation(line: 37, column: 7, scope: !67)
!158 = !DILocation(line: 38, column: 5, scope: !159)
!159 = distinct !DILexicalBlock(scope: !154, file: !2, line: 37, column: 35)
!160 = !DILocation(line: 39, column: 5, scope: !159)
!161 = !DILocation(line: 41, column: 3, scope: !67)
!162 = !DILocalVariable(name: "fdmax", scope: !67, file: !2, line: 42, type: !57)
!163 = !DILocation(line: 42, column: 7, scope: !67)
!164 = !DILocation(line: 42, column: 15, scope: !67)
!165 = !DILocalVariable(name: "buf", scope: !67, file: !2, line: 44, type: !166)
!166 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !167)
!167 = !{!168}
!168 = !DISubrange(count: 256)
!169 = !DILocation(line: 44, column: 8, scope: !67)
!170 = !DILocation(line: 45, column: 3, scope: !67)
!171 = !DILocation(line: 46, column: 16, scope: !172)
!172 = distinct !DILexicalBlock(scope: !173, file: !2, line: 45, column: 12)
!173 = distinct !DILexicalBlock(scope: !174, file: !2, line: 45, column: 3)
!174 = distinct !DILexicalBlock(scope: !67, file: !2, line: 45, column: 3)
!175 = !DILocation(line: 47, column: 16, scope: !176)
!176 = distinct !DILexicalBlock(scope: !172, file: !2, line: 47, column: 9)
!177 = !DILocation(line: 47, column: 22, scope: !176)
!178 = !DILocation(line: 47, column: 9, scope: !176)
!179 = !DILocation(line: 47, column: 56, scope: !176)
!180 = !DILocation(line: 47, column: 9, scope: !172)
!181 = !DILocation(line: 48, column: 7, scope: !182)
!182 = distinct !DILexicalBlock(scope: !176, file: !2, line: 47, column: 63)
!183 = !DILocation(line: 49, column: 7, scope: !182)
!184 = !DILocalVariable(name: "i", scope: !185, file: !2, line: 51, type: !57)
!185 = distinct !DILexicalBlock(scope: !172, file: !2, line: 51, column: 5)
!186 = !DILocation(line: 51, column: 14, scope: !185)
!187 = !DILocation(line: 51, column: 10, scope: !185)
!188 = !DILocation(line: 51, column: 21, scope: !189)
!189 = distinct !DILexicalBlock(scope: !185, file: !2, line: 51, column: 5)
!190 = !DILocation(line: 51, column: 26, scope: !189)
!191 = !DILocation(line: 51, column: 23, scope: !189)
!192 = !DILocation(line: 51, column: 5, scope: !185)
!193 = !DILocation(line: 52, column: 12, scope: !194)
!194 = distinct !DILexicalBlock(scope: !195, file: !2, line: 52, column: 11)
!195 = distinct !DILexicalBlock(scope: !189, file: !2, line: 51, column: 38)
!196 = !DILocation(line: 52, column: 11, scope: !195)
!197 = !DILocation(line: 53, column: 9, scope: !194)
!198 = !DILocation(line: 54, column: 11, scope: !199)
!199 = distinct !DILexicalBlock(scope: !195, file: !2, line: 54, column: 11)
!200 = !DILocation(line: 54, column: 16, scope: !199)
!201 = !DILocation(line: 54, column: 13, scope: !199)
!202 = !DILocation(line: 54, column: 11, scope: !195)
!203 = !DILocalVariable(name: "remoteaddr", scope: !204, file: !2, line: 55, type: !205)
!204 = distinct !DILexicalBlock(scope: !199, file: !2, line: 54, column: 26)
!205 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_storage", file: !44, line: 196, size: 1024, elements: !206)
!206 = !{!207, !208, !212}
!207 = !DIDerivedType(tag: DW_TAG_member, name: "ss_family", scope: !205, file: !44, line: 198, baseType: !47, size: 16)
!208 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_padding", scope: !205, file: !44, line: 199, baseType: !209, size: 944, offset: 16)
!209 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 944, elements: !210)
!210 = !{!211}
!211 = !DISubrange(count: 118)
!212 = !DIDerivedType(tag: DW_TAG_member, name: "__ss_align", scope: !205, file: !44, line: 200, baseType: !213, size: 64, offset: 960)
!213 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!214 = !DILocation(line: 55, column: 33, scope: !204)
!215 = !DILocalVariable(name: "addrlen", scope: !204, file: !2, line: 56, type: !216)
!216 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !44, line: 33, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !41, line: 210, baseType: !24)
!218 = !DILocation(line: 56, column: 19, scope: !204)
!219 = !DILocalVariable(name: "newfd", scope: !204, file: !2, line: 57, type: !57)
!220 = !DILocation(line: 57, column: 13, scope: !204)
!221 = !DILocation(line: 57, column: 28, scope: !204)
!222 = !DILocation(line: 57, column: 21, scope: !204)
!223 = !DILocation(line: 58, column: 13, scope: !224)
!224 = distinct !DILexicalBlock(scope: !204, file: !2, line: 58, column: 13)
!225 = !DILocation(line: 58, column: 19, scope: !224)
!226 = !DILocation(line: 58, column: 13, scope: !204)
!227 = !DILocation(line: 59, column: 11, scope: !228)
!228 = distinct !DILexicalBlock(scope: !224, file: !2, line: 58, column: 26)
!229 = !DILocation(line: 60, column: 9, scope: !228)
!230 = !DILocation(line: 61, column: 11, scope: !231)
!231 = distinct !DILexicalBlock(scope: !224, file: !2, line: 60, column: 16)
!232 = !DILocation(line: 62, column: 15, scope: !233)
!233 = distinct !DILexicalBlock(scope: !231, file: !2, line: 62, column: 15)
!234 = !DILocation(line: 62, column: 23, scope: !233)
!235 = !DILocation(line: 62, column: 21, scope: !233)
!236 = !DILocation(line: 62, column: 15, scope: !231)
!237 = !DILocation(line: 63, column: 21, scope: !233)
!238 = !DILocation(line: 63, column: 19, scope: !233)
!239 = !DILocation(line: 63, column: 13, scope: !233)
!240 = !DILocation(line: 65, column: 9, scope: !204)
!241 = !DILocalVariable(name: "nbytes", scope: !195, file: !2, line: 67, type: !242)
!242 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !243, line: 108, baseType: !244)
!243 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!244 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !41, line: 194, baseType: !56)
!245 = !DILocation(line: 67, column: 15, scope: !195)
!246 = !DILocation(line: 67, column: 29, scope: !195)
!247 = !DILocation(line: 67, column: 32, scope: !195)
!248 = !DILocation(line: 67, column: 24, scope: !195)
!249 = !DILocation(line: 68, column: 11, scope: !250)
!250 = distinct !DILexicalBlock(scope: !195, file: !2, line: 68, column: 11)
!251 = !DILocation(line: 68, column: 18, scope: !250)
!252 = !DILocation(line: 68, column: 11, scope: !195)
!253 = !DILocation(line: 69, column: 15, scope: !254)
!254 = distinct !DILexicalBlock(scope: !250, file: !2, line: 68, column: 24)
!255 = !DILocation(line: 69, column: 9, scope: !254)
!256 = !DILocation(line: 70, column: 9, scope: !254)
!257 = !DILocation(line: 71, column: 9, scope: !254)
!258 = !DILocalVariable(name: "j", scope: !259, file: !2, line: 73, type: !57)
!259 = distinct !DILexicalBlock(scope: !195, file: !2, line: 73, column: 7)
!260 = !DILocation(line: 73, column: 16, scope: !259)
!261 = !DILocation(line: 73, column: 12, scope: !259)
!262 = !DILocation(line: 73, column: 23, scope: !263)
!263 = distinct !DILexicalBlock(scope: !259, file: !2, line: 73, column: 7)
!264 = !DILocation(line: 73, column: 28, scope: !263)
!265 = !DILocation(line: 73, column: 25, scope: !263)
!266 = !DILocation(line: 73, column: 7, scope: !259)
!267 = !DILocation(line: 74, column: 13, scope: !268)
!268 = distinct !DILexicalBlock(scope: !263, file: !2, line: 74, column: 13)
!269 = !DILocation(line: 74, column: 34, scope: !268)
!270 = !DILocation(line: 74, column: 37, scope: !268)
!271 = !DILocation(line: 74, column: 42, scope: !268)
!272 = !DILocation(line: 74, column: 39, scope: !268)
!273 = !DILocation(line: 74, column: 51, scope: !268)
!274 = !DILocation(line: 74, column: 54, scope: !268)
!275 = !DILocation(line: 74, column: 59, scope: !268)
!276 = !DILocation(line: 74, column: 56, scope: !268)
!277 = !DILocation(line: 74, column: 13, scope: !263)
!278 = !DILocation(line: 75, column: 20, scope: !279)
!279 = distinct !DILexicalBlock(scope: !268, file: !2, line: 75, column: 15)
!280 = !DILocation(line: 75, column: 23, scope: !279)
!281 = !DILocation(line: 75, column: 28, scope: !279)
!282 = !DILocation(line: 75, column: 15, scope: !279)
!283 = !DILocation(line: 75, column: 39, scope: !279)
!284 = !DILocation(line: 75, column: 15, scope: !268)
!285 = !DILocation(line: 76, column: 13, scope: !279)
!286 = !DILocation(line: 75, column: 43, scope: !279)
!287 = !DILocation(line: 73, column: 36, scope: !263)
!288 = !DILocation(line: 73, column: 7, scope: !263)
!289 = distinct !{!289, !266, !290, !93}
!290 = !DILocation(line: 76, column: 26, scope: !259)
!291 = !DILocation(line: 77, column: 5, scope: !195)
!292 = !DILocation(line: 51, column: 34, scope: !189)
!293 = !DILocation(line: 51, column: 5, scope: !189)
!294 = distinct !{!294, !192, !295, !93}
!295 = !DILocation(line: 77, column: 5, scope: !185)
!296 = !DILocation(line: 45, column: 3, scope: !173)
!297 = distinct !{!297, !298, !299}
!298 = !DILocation(line: 45, column: 3, scope: !174)
!299 = !DILocation(line: 78, column: 3, scope: !174)
