; Fds kept in struct fields, arrays and loop indices. The UDP socket's
; fd goes into a local struct client (client.sockfd = udp_sockfd) and TCP
; connections into a global array of the same struct; the select() loop
; walks fd numbers and passes TCP ones (j != udp_sockfd, j != listener)
; to read_tcp(int fd). Each receive and send is on the socket its fd
; comes from; ack() is called with both kinds of client and says so.
;
; RUN: %opt %load_koffload -passes='print<koffload-landmarks>' -disable-output %s 2>&1 | FileCheck %s
;
; CHECK-LABEL: koffload landmarks for 'fd-fields-arrays.c'
; CHECK-NEXT: socket #0: udp ipv4, created in main at fd-fields-arrays.c:43
; CHECK-NEXT:   bind: port 7000 address 0.0.0.0 at fd-fields-arrays.c:49
; CHECK-NEXT: socket #1: tcp ipv4, created in main at fd-fields-arrays.c:44
; CHECK-NEXT:   bind: port 7000 address 0.0.0.0 at fd-fields-arrays.c:50
; CHECK-NEXT: socket #2: tcp ipv4, accepted from #1 in main at fd-fields-arrays.c:76
; CHECK-NEXT: event-loop #0: select in main at fd-fields-arrays.c:58, waits in select at fd-fields-arrays.c:60
; CHECK-NEXT: arrival: recvfrom on socket #0 in main at fd-fields-arrays.c:66, loop #0
; CHECK-NEXT: reply: sendto on socket #0 in reply_udp at fd-fields-arrays.c:25, loop #0
; CHECK-NEXT: reply: send on sockets #0,#2 in ack at fd-fields-arrays.c:33, loop #0
; CHECK-NEXT: reply: send on socket #2 in send_all at fd-fields-arrays.c:29, loop #0
; CHECK-NEXT: arrival: read on socket #2 in read_tcp at fd-fields-arrays.c:37, loop #0
; CHECK-NEXT: reply: write on socket #2 in read_tcp at fd-fields-arrays.c:39, loop #0
; CHECK-NEXT: note: MixedSocketFd: send in ack: its fd may be socket #0 (udp), #2 (tcp);{{.*}}(fd-fields-arrays.c:33)
; CHECK-NEXT: summary: 3 sockets, 1 event loop, 2 arrivals, 4 replies, 0 other I/O
;
; MADE-FROM: Inputs/fd-fields-arrays.c
; CLANG: clang-19 -O0 -g -S -emit-llvm -o - fd-fields-arrays.c

; ModuleID = 'fd-fields-arrays.c'

; ModuleID = 'fd-fields-arrays.c'

; ModuleID = 'fd-fields-arrays.c'
source_filename = "fd-fields-arrays.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.client = type { i32, %struct.sockaddr_in, i32 }
%struct.sockaddr_in = type { i16, i16, %struct.in_addr, [8 x i8] }
%struct.in_addr = type { i32 }
%struct.fd_set = type { [16 x i64] }

@ntcp = internal global i32 0, align 4, !dbg !0
@tcp_clients = internal global [16 x %struct.client] zeroinitializer, align 16, !dbg !37
@.str = private unnamed_addr constant [4 x i8] c"ok\0A\00", align 1, !dbg !71

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !84 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.sockaddr_in, align 4
  %5 = alloca %struct.fd_set, align 8
  %6 = alloca %struct.fd_set, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca [512 x i8], align 16
  %11 = alloca %struct.client, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !88, !DIExpression(), !89)
  %16 = call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !90
  store i32 %16, ptr %2, align 4, !dbg !89
    #dbg_declare(ptr %3, !91, !DIExpression(), !92)
  %17 = call i32 @socket(i32 noundef 2, i32 noundef 1, i32 noundef 0) #6, !dbg !93
  store i32 %17, ptr %3, align 4, !dbg !92
    #dbg_declare(ptr %4, !94, !DIExpression(), !95)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 16, i1 false), !dbg !96
  %18 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 0, !dbg !97
  store i16 2, ptr %18, align 4, !dbg !98
  %19 = call zeroext i16 @htons(i16 noundef zeroext 7000) #7, !dbg !99
  %20 = getelementptr inbounds %struct.sockaddr_in, ptr %4, i32 0, i32 1, !dbg !100
  store i16 %19, ptr %20, align 2, !dbg !101
  %21 = load i32, ptr %2, align 4, !dbg !102
  %22 = call i32 @bind(i32 noundef %21, ptr noundef %4, i32 noundef 16) #6, !dbg !103
  %23 = load i32, ptr %3, align 4, !dbg !104
  %24 = call i32 @bind(i32 noundef %23, ptr noundef %4, i32 noundef 16) #6, !dbg !105
  %25 = load i32, ptr %3, align 4, !dbg !106
  %26 = call i32 @listen(i32 noundef %25, i32 noundef 8) #6, !dbg !107
    #dbg_declare(ptr %5, !108, !DIExpression(), !114)
    #dbg_declare(ptr %6, !115, !DIExpression(), !116)
  br label %27, !dbg !117

27:                                               ; preds = %0
    #dbg_declare(ptr %7, !118, !DIExpression(), !120)
    #dbg_declare(ptr %8, !121, !DIExpression(), !120)
  store ptr %5, ptr %8, align 8, !dbg !120
  store i32 0, ptr %7, align 4, !dbg !123
  br label %28, !dbg !123

28:                                               ; preds = %38, %27
  %29 = load i32, ptr %7, align 4, !dbg !125
  %30 = zext i32 %29 to i64, !dbg !125
  %31 = icmp ult i64 %30, 16, !dbg !125
  br i1 %31, label %32, label %41, !dbg !123

32:                                               ; preds = %28
  %33 = load ptr, ptr %8, align 8, !dbg !125
  %34 = getelementptr inbounds %struct.fd_set, ptr %33, i32 0, i32 0, !dbg !125
  %35 = load i32, ptr %7, align 4, !dbg !125
  %36 = zext i32 %35 to i64, !dbg !125
  %37 = getelementptr inbounds [16 x i64], ptr %34, i64 0, i64 %36, !dbg !125
  store i64 0, ptr %37, align 8, !dbg !125
  br label %38, !dbg !125

38:                                               ; preds = %32
  %39 = load i32, ptr %7, align 4, !dbg !125
  %40 = add i32 %39, 1, !dbg !125
  store i32 %40, ptr %7, align 4, !dbg !125
  br label %28, !dbg !125, !llvm.loop !127

41:                                               ; preds = %28
  br label %42, !dbg !120

42:                                               ; preds = %41
  %43 = load i32, ptr %2, align 4, !dbg !129
  %44 = srem i32 %43, 64, !dbg !129
  %45 = zext i32 %44 to i64, !dbg !129
  %46 = shl i64 1, %45, !dbg !129
  %47 = getelementptr inbounds %struct.fd_set, ptr %5, i32 0, i32 0, !dbg !129
  %48 = load i32, ptr %2, align 4, !dbg !129
  %49 = sdiv i32 %48, 64, !dbg !129
  %50 = sext i32 %49 to i64, !dbg !129
  %51 = getelementptr inbounds [16 x i64], ptr %47, i64 0, i64 %50, !dbg !129
  %52 = load i64, ptr %51, align 8, !dbg !129
  %53 = or i64 %52, %46, !dbg !129
  store i64 %53, ptr %51, align 8, !dbg !129
  %54 = load i32, ptr %3, align 4, !dbg !130
  %55 = srem i32 %54, 64, !dbg !130
  %56 = zext i32 %55 to i64, !dbg !130
  %57 = shl i64 1, %56, !dbg !130
  %58 = getelementptr inbounds %struct.fd_set, ptr %5, i32 0, i32 0, !dbg !130
  %59 = load i32, ptr %3, align 4, !dbg !130
  %60 = sdiv i32 %59, 64, !dbg !130
  %61 = sext i32 %60 to i64, !dbg !130
  %62 = getelementptr inbounds [16 x i64], ptr %58, i64 0, i64 %61, !dbg !130
  %63 = load i64, ptr %62, align 8, !dbg !130
  %64 = or i64 %63, %57, !dbg !130
  store i64 %64, ptr %62, align 8, !dbg !130
    #dbg_declare(ptr %9, !131, !DIExpression(), !132)
  %65 = load i32, ptr %3, align 4, !dbg !133
  %66 = load i32, ptr %2, align 4, !dbg !134
  %67 = icmp sgt i32 %65, %66, !dbg !135
  br i1 %67, label %68, label %70, !dbg !133

68:                                               ; preds = %42
  %69 = load i32, ptr %3, align 4, !dbg !136
  br label %72, !dbg !133

70:                                               ; preds = %42
  %71 = load i32, ptr %2, align 4, !dbg !137
  br label %72, !dbg !133

72:                                               ; preds = %70, %68
  %73 = phi i32 [ %69, %68 ], [ %71, %70 ], !dbg !133
  store i32 %73, ptr %9, align 4, !dbg !132
    #dbg_declare(ptr %10, !138, !DIExpression(), !142)
  br label %74, !dbg !143

74:                                               ; preds = %200, %79, %72
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %5, i64 128, i1 false), !dbg !144
  %75 = load i32, ptr %9, align 4, !dbg !148
  %76 = add nsw i32 %75, 1, !dbg !150
  %77 = call i32 @select(i32 noundef %76, ptr noundef %6, ptr noundef null, ptr noundef null, ptr noundef null), !dbg !151
  %78 = icmp slt i32 %77, 0, !dbg !152
  br i1 %78, label %79, label %80, !dbg !153

79:                                               ; preds = %74
  br label %74, !dbg !154, !llvm.loop !155

80:                                               ; preds = %74
  %81 = getelementptr inbounds %struct.fd_set, ptr %6, i32 0, i32 0, !dbg !158
  %82 = load i32, ptr %2, align 4, !dbg !158
  %83 = sdiv i32 %82, 64, !dbg !158
  %84 = sext i32 %83 to i64, !dbg !158
  %85 = getelementptr inbounds [16 x i64], ptr %81, i64 0, i64 %84, !dbg !158
  %86 = load i64, ptr %85, align 8, !dbg !158
  %87 = load i32, ptr %2, align 4, !dbg !158
  %88 = srem i32 %87, 64, !dbg !158
  %89 = zext i32 %88 to i64, !dbg !158
  %90 = shl i64 1, %89, !dbg !158
  %91 = and i64 %86, %90, !dbg !158
  %92 = icmp ne i64 %91, 0, !dbg !158
  br i1 %92, label %93, label %123, !dbg !160

93:                                               ; preds = %80
    #dbg_declare(ptr %11, !161, !DIExpression(), !163)
  %94 = load i32, ptr %2, align 4, !dbg !164
  %95 = getelementptr inbounds %struct.client, ptr %11, i32 0, i32 0, !dbg !165
  store i32 %94, ptr %95, align 4, !dbg !166
  %96 = getelementptr inbounds %struct.client, ptr %11, i32 0, i32 2, !dbg !167
  store i32 16, ptr %96, align 4, !dbg !168
    #dbg_declare(ptr %12, !169, !DIExpression(), !173)
  %97 = getelementptr inbounds %struct.client, ptr %11, i32 0, i32 0, !dbg !174
  %98 = load i32, ptr %97, align 4, !dbg !174
  %99 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !175
  %100 = getelementptr inbounds %struct.client, ptr %11, i32 0, i32 1, !dbg !176
  %101 = getelementptr inbounds %struct.client, ptr %11, i32 0, i32 2, !dbg !177
  %102 = call i64 @recvfrom(i32 noundef %98, ptr noundef %99, i64 noundef 512, i32 noundef 0, ptr noundef %100, ptr noundef %101), !dbg !178
  store i64 %102, ptr %12, align 8, !dbg !173
  %103 = load i64, ptr %12, align 8, !dbg !179
  %104 = icmp sgt i64 %103, 0, !dbg !181
  br i1 %104, label %105, label %122, !dbg !182

105:                                              ; preds = %93
  %106 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !183
  %107 = load i64, ptr %12, align 8, !dbg !185
  call void @reply_udp(ptr noundef %11, ptr noundef %106, i64 noundef %107), !dbg !186
  call void @ack(ptr noundef %11), !dbg !187
    #dbg_declare(ptr %13, !188, !DIExpression(), !190)
  store i32 0, ptr %13, align 4, !dbg !190
  br label %108, !dbg !191

108:                                              ; preds = %118, %105
  %109 = load i32, ptr %13, align 4, !dbg !192
  %110 = load i32, ptr @ntcp, align 4, !dbg !194
  %111 = icmp slt i32 %109, %110, !dbg !195
  br i1 %111, label %112, label %121, !dbg !196

112:                                              ; preds = %108
  %113 = load i32, ptr %13, align 4, !dbg !197
  %114 = sext i32 %113 to i64, !dbg !198
  %115 = getelementptr inbounds [16 x %struct.client], ptr @tcp_clients, i64 0, i64 %114, !dbg !198
  %116 = getelementptr inbounds [512 x i8], ptr %10, i64 0, i64 0, !dbg !199
  %117 = load i64, ptr %12, align 8, !dbg !200
  call void @send_all(ptr noundef %115, ptr noundef %116, i64 noundef %117), !dbg !201
  br label %118, !dbg !201

118:                                              ; preds = %112
  %119 = load i32, ptr %13, align 4, !dbg !202
  %120 = add nsw i32 %119, 1, !dbg !202
  store i32 %120, ptr %13, align 4, !dbg !202
  br label %108, !dbg !203, !llvm.loop !204

121:                                              ; preds = %108
  br label %122, !dbg !206

122:                                              ; preds = %121, %93
  br label %123, !dbg !207

123:                                              ; preds = %122, %80
  %124 = getelementptr inbounds %struct.fd_set, ptr %6, i32 0, i32 0, !dbg !208
  %125 = load i32, ptr %3, align 4, !dbg !208
  %126 = sdiv i32 %125, 64, !dbg !208
  %127 = sext i32 %126 to i64, !dbg !208
  %128 = getelementptr inbounds [16 x i64], ptr %124, i64 0, i64 %127, !dbg !208
  %129 = load i64, ptr %128, align 8, !dbg !208
  %130 = load i32, ptr %3, align 4, !dbg !208
  %131 = srem i32 %130, 64, !dbg !208
  %132 = zext i32 %131 to i64, !dbg !208
  %133 = shl i64 1, %132, !dbg !208
  %134 = and i64 %129, %133, !dbg !208
  %135 = icmp ne i64 %134, 0, !dbg !208
  br i1 %135, label %136, label %168, !dbg !210

136:                                              ; preds = %123
  %137 = load i32, ptr @ntcp, align 4, !dbg !211
  %138 = icmp slt i32 %137, 16, !dbg !212
  br i1 %138, label %139, label %168, !dbg !213

139:                                              ; preds = %136
    #dbg_declare(ptr %14, !214, !DIExpression(), !216)
  %140 = load i32, ptr %3, align 4, !dbg !217
  %141 = call i32 @accept(i32 noundef %140, ptr noundef null, ptr noundef null), !dbg !218
  store i32 %141, ptr %14, align 4, !dbg !216
  %142 = load i32, ptr %14, align 4, !dbg !219
  %143 = load i32, ptr @ntcp, align 4, !dbg !220
  %144 = sext i32 %143 to i64, !dbg !221
  %145 = getelementptr inbounds [16 x %struct.client], ptr @tcp_clients, i64 0, i64 %144, !dbg !221
  %146 = getelementptr inbounds %struct.client, ptr %145, i32 0, i32 0, !dbg !222
  store i32 %142, ptr %146, align 8, !dbg !223
  %147 = load i32, ptr @ntcp, align 4, !dbg !224
  %148 = add nsw i32 %147, 1, !dbg !224
  store i32 %148, ptr @ntcp, align 4, !dbg !224
  %149 = sext i32 %147 to i64, !dbg !225
  %150 = getelementptr inbounds [16 x %struct.client], ptr @tcp_clients, i64 0, i64 %149, !dbg !225
  call void @ack(ptr noundef %150), !dbg !226
  %151 = load i32, ptr %14, align 4, !dbg !227
  %152 = srem i32 %151, 64, !dbg !227
  %153 = zext i32 %152 to i64, !dbg !227
  %154 = shl i64 1, %153, !dbg !227
  %155 = getelementptr inbounds %struct.fd_set, ptr %5, i32 0, i32 0, !dbg !227
  %156 = load i32, ptr %14, align 4, !dbg !227
  %157 = sdiv i32 %156, 64, !dbg !227
  %158 = sext i32 %157 to i64, !dbg !227
  %159 = getelementptr inbounds [16 x i64], ptr %155, i64 0, i64 %158, !dbg !227
  %160 = load i64, ptr %159, align 8, !dbg !227
  %161 = or i64 %160, %154, !dbg !227
  store i64 %161, ptr %159, align 8, !dbg !227
  %162 = load i32, ptr %14, align 4, !dbg !228
  %163 = load i32, ptr %9, align 4, !dbg !230
  %164 = icmp sgt i32 %162, %163, !dbg !231
  br i1 %164, label %165, label %167, !dbg !232

165:                                              ; preds = %139
  %166 = load i32, ptr %14, align 4, !dbg !233
  store i32 %166, ptr %9, align 4, !dbg !234
  br label %167, !dbg !235

167:                                              ; preds = %165, %139
  br label %168, !dbg !236

168:                                              ; preds = %167, %136, %123
    #dbg_declare(ptr %15, !237, !DIExpression(), !239)
  store i32 0, ptr %15, align 4, !dbg !239
  br label %169, !dbg !240

169:                                              ; preds = %197, %168
  %170 = load i32, ptr %15, align 4, !dbg !241
  %171 = load i32, ptr %9, align 4, !dbg !243
  %172 = icmp sle i32 %170, %171, !dbg !244
  br i1 %172, label %173, label %200, !dbg !245

173:                                              ; preds = %169
  %174 = load i32, ptr %15, align 4, !dbg !246
  %175 = load i32, ptr %2, align 4, !dbg !248
  %176 = icmp ne i32 %174, %175, !dbg !249
  br i1 %176, label %177, label %196, !dbg !250

177:                                              ; preds = %173
  %178 = load i32, ptr %15, align 4, !dbg !251
  %179 = load i32, ptr %3, align 4, !dbg !252
  %180 = icmp ne i32 %178, %179, !dbg !253
  br i1 %180, label %181, label %196, !dbg !254

181:                                              ; preds = %177
  %182 = getelementptr inbounds %struct.fd_set, ptr %6, i32 0, i32 0, !dbg !255
  %183 = load i32, ptr %15, align 4, !dbg !255
  %184 = sdiv i32 %183, 64, !dbg !255
  %185 = sext i32 %184 to i64, !dbg !255
  %186 = getelementptr inbounds [16 x i64], ptr %182, i64 0, i64 %185, !dbg !255
  %187 = load i64, ptr %186, align 8, !dbg !255
  %188 = load i32, ptr %15, align 4, !dbg !255
  %189 = srem i32 %188, 64, !dbg !255
  %190 = zext i32 %189 to i64, !dbg !255
  %191 = shl i64 1, %190, !dbg !255
  %192 = and i64 %187, %191, !dbg !255
  %193 = icmp ne i64 %192, 0, !dbg !255
  br i1 %193, label %194, label %196, !dbg !256

194:                                              ; preds = %181
  %195 = load i32, ptr %15, align 4, !dbg !257
  call void @read_tcp(i32 noundef %195), !dbg !258
  br label %196, !dbg !258

196:                                              ; preds = %194, %181, %177, %173
  br label %197, !dbg !255

197:                                              ; preds = %196
  %198 = load i32, ptr %15, align 4, !dbg !259
  %199 = add nsw i32 %198, 1, !dbg !259
  store i32 %199, ptr %15, align 4, !dbg !259
  br label %169, !dbg !260, !llvm.loop !261

200:                                              ; preds = %169
  br label %74, !dbg !263, !llvm.loop !155
}

; Function Attrs: nounwind
declare i32 @socket(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare zeroext i16 @htons(i16 noundef zeroext) #3

; Function Attrs: nounwind
declare i32 @bind(i32 noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @listen(i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

declare i32 @select(i32 noundef, ptr noundef, ptr noundef, ptr noundef, ptr noundef) #5

declare i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reply_udp(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !264 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !273, !DIExpression(), !274)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !275, !DIExpression(), !276)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !277, !DIExpression(), !278)
  %7 = load ptr, ptr %4, align 8, !dbg !279
  %8 = getelementptr inbounds %struct.client, ptr %7, i32 0, i32 0, !dbg !280
  %9 = load i32, ptr %8, align 4, !dbg !280
  %10 = load ptr, ptr %5, align 8, !dbg !281
  %11 = load i64, ptr %6, align 8, !dbg !282
  %12 = load ptr, ptr %4, align 8, !dbg !283
  %13 = getelementptr inbounds %struct.client, ptr %12, i32 0, i32 1, !dbg !284
  %14 = load ptr, ptr %4, align 8, !dbg !285
  %15 = getelementptr inbounds %struct.client, ptr %14, i32 0, i32 2, !dbg !286
  %16 = load i32, ptr %15, align 4, !dbg !286
  %17 = call i64 @sendto(i32 noundef %9, ptr noundef %10, i64 noundef %11, i32 noundef 0, ptr noundef %13, i32 noundef %16), !dbg !287
  ret void, !dbg !288
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @ack(ptr noundef %0) #0 !dbg !289 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !292, !DIExpression(), !293)
  %3 = load ptr, ptr %2, align 8, !dbg !294
  %4 = getelementptr inbounds %struct.client, ptr %3, i32 0, i32 0, !dbg !295
  %5 = load i32, ptr %4, align 4, !dbg !295
  %6 = call i64 @send(i32 noundef %5, ptr noundef @.str, i64 noundef 3, i32 noundef 0), !dbg !296
  ret void, !dbg !297
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @send_all(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !298 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !299, !DIExpression(), !300)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !301, !DIExpression(), !302)
  store i64 %2, ptr %6, align 8
    #dbg_declare(ptr %6, !303, !DIExpression(), !304)
  %7 = load ptr, ptr %4, align 8, !dbg !305
  %8 = getelementptr inbounds %struct.client, ptr %7, i32 0, i32 0, !dbg !306
  %9 = load i32, ptr %8, align 4, !dbg !306
  %10 = load ptr, ptr %5, align 8, !dbg !307
  %11 = load i64, ptr %6, align 8, !dbg !308
  %12 = call i64 @send(i32 noundef %9, ptr noundef %10, i64 noundef %11, i32 noundef 0), !dbg !309
  ret void, !dbg !310
}

declare i32 @accept(i32 noundef, ptr noundef, ptr noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal void @read_tcp(i32 noundef %0) #0 !dbg !311 {
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
    #dbg_declare(ptr %2, !314, !DIExpression(), !315)
    #dbg_declare(ptr %3, !316, !DIExpression(), !320)
    #dbg_declare(ptr %4, !321, !DIExpression(), !322)
  %5 = load i32, ptr %2, align 4, !dbg !323
  %6 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !324
  %7 = call i64 @read(i32 noundef %5, ptr noundef %6, i64 noundef 256), !dbg !325
  store i64 %7, ptr %4, align 8, !dbg !322
  %8 = load i64, ptr %4, align 8, !dbg !326
  %9 = icmp sgt i64 %8, 0, !dbg !328
  br i1 %9, label %10, label %15, !dbg !329

10:                                               ; preds = %1
  %11 = load i32, ptr %2, align 4, !dbg !330
  %12 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !331
  %13 = load i64, ptr %4, align 8, !dbg !332
  %14 = call i64 @write(i32 noundef %11, ptr noundef %12, i64 noundef %13), !dbg !333
  br label %15, !dbg !333

15:                                               ; preds = %10, %1
  ret void, !dbg !334
}

declare i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) #5

declare i64 @send(i32 noundef, ptr noundef, i64 noundef, i32 noundef) #5

declare i64 @read(i32 noundef, ptr noundef, i64 noundef) #5

declare i64 @write(i32 noundef, ptr noundef, i64 noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!76, !77, !78, !79, !80, !81, !82}
!llvm.ident = !{!83}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "ntcp", scope: !2, file: !3, line: 22, type: !35, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, retainedTypes: !18, globals: !36, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "fd-fields-arrays.c", directory: "/work/wt-front/test/lit/landmarks/Inputs", checksumkind: CSK_MD5, checksum: "35c1c4af4fc51af0d0a8874f41662806")
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
!18 = !{!19, !32, !35}
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
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fd_mask", file: !33, line: 49, baseType: !34)
!33 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/select.h", directory: "", checksumkind: CSK_MD5, checksum: "5ab727ca201ba12ae255687119da3fa7")
!34 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!35 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!36 = !{!37, !0, !71}
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "tcp_clients", scope: !2, file: !3, line: 21, type: !39, isLocal: true, isDefinition: true)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 3072, elements: !69)
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "client", file: !3, line: 15, size: 192, elements: !41)
!41 = !{!42, !43, !66}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "sockfd", scope: !40, file: !3, line: 16, baseType: !35, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "addr", scope: !40, file: !3, line: 17, baseType: !44, size: 128, offset: 32)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !45, line: 245, size: 128, elements: !46)
!45 = !DIFile(filename: "/usr/include/netinet/in.h", directory: "", checksumkind: CSK_MD5, checksum: "de53fe6314d3aa08b48d4f92c9f4ae27")
!46 = !{!47, !48, !54, !61}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !44, file: !45, line: 247, baseType: !24, size: 16)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !44, file: !45, line: 248, baseType: !49, size: 16, offset: 16)
!49 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !45, line: 123, baseType: !50)
!50 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !51, line: 25, baseType: !52)
!51 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !53, line: 40, baseType: !26)
!53 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!54 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !44, file: !45, line: 249, baseType: !55, size: 32, offset: 32)
!55 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !45, line: 31, size: 32, elements: !56)
!56 = !{!57}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !55, file: !45, line: 33, baseType: !58, size: 32)
!58 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_addr_t", file: !45, line: 30, baseType: !59)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !51, line: 26, baseType: !60)
!60 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !53, line: 42, baseType: !7)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !44, file: !45, line: 252, baseType: !62, size: 64, offset: 64)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 64, elements: !64)
!63 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!64 = !{!65}
!65 = !DISubrange(count: 8)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "addrlen", scope: !40, file: !3, line: 18, baseType: !67, size: 32, offset: 160)
!67 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !21, line: 33, baseType: !68)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !53, line: 210, baseType: !7)
!69 = !{!70}
!70 = !DISubrange(count: 16)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(scope: null, file: !3, line: 33, type: !73, isLocal: true, isDefinition: true)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 32, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 4)
!76 = !{i32 7, !"Dwarf Version", i32 5}
!77 = !{i32 2, !"Debug Info Version", i32 3}
!78 = !{i32 1, !"wchar_size", i32 4}
!79 = !{i32 8, !"PIC Level", i32 2}
!80 = !{i32 7, !"PIE Level", i32 2}
!81 = !{i32 7, !"uwtable", i32 2}
!82 = !{i32 7, !"frame-pointer", i32 2}
!83 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!84 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 42, type: !85, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !87)
!85 = !DISubroutineType(types: !86)
!86 = !{!35}
!87 = !{}
!88 = !DILocalVariable(name: "udp_sockfd", scope: !84, file: !3, line: 43, type: !35)
!89 = !DILocation(line: 43, column: 7, scope: !84)
!90 = !DILocation(line: 43, column: 20, scope: !84)
!91 = !DILocalVariable(name: "listener", scope: !84, file: !3, line: 44, type: !35)
!92 = !DILocation(line: 44, column: 7, scope: !84)
!93 = !DILocation(line: 44, column: 18, scope: !84)
!94 = !DILocalVariable(name: "sa", scope: !84, file: !3, line: 45, type: !44)
!95 = !DILocation(line: 45, column: 22, scope: !84)
!96 = !DILocation(line: 46, column: 3, scope: !84)
!97 = !DILocation(line: 47, column: 6, scope: !84)
!98 = !DILocation(line: 47, column: 17, scope: !84)
!99 = !DILocation(line: 48, column: 17, scope: !84)
!100 = !DILocation(line: 48, column: 6, scope: !84)
!101 = !DILocation(line: 48, column: 15, scope: !84)
!102 = !DILocation(line: 49, column: 8, scope: !84)
!103 = !DILocation(line: 49, column: 3, scope: !84)
!104 = !DILocation(line: 50, column: 8, scope: !84)
!105 = !DILocation(line: 50, column: 3, scope: !84)
!106 = !DILocation(line: 51, column: 10, scope: !84)
!107 = !DILocation(line: 51, column: 3, scope: !84)
!108 = !DILocalVariable(name: "master", scope: !84, file: !3, line: 52, type: !109)
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "fd_set", file: !33, line: 70, baseType: !110)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !33, line: 59, size: 1024, elements: !111)
!111 = !{!112}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "__fds_bits", scope: !110, file: !33, line: 67, baseType: !113, size: 1024)
!113 = !DICompositeType(tag: DW_TAG_array_type, baseType: !32, size: 1024, elements: !69)
!114 = !DILocation(line: 52, column: 10, scope: !84)
!115 = !DILocalVariable(name: "rfds", scope: !84, file: !3, line: 52, type: !109)
!116 = !DILocation(line: 52, column: 18, scope: !84)
!117 = !DILocation(line: 53, column: 3, scope: !84)
!118 = !DILocalVariable(name: "__i", scope: !119, file: !3, line: 53, type: !7)
!119 = distinct !DILexicalBlock(scope: !84, file: !3, line: 53, column: 3)
!120 = !DILocation(line: 53, column: 3, scope: !119)
!121 = !DILocalVariable(name: "__arr", scope: !119, file: !3, line: 53, type: !122)
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !109, size: 64)
!123 = !DILocation(line: 53, column: 3, scope: !124)
!124 = distinct !DILexicalBlock(scope: !119, file: !3, line: 53, column: 3)
!125 = !DILocation(line: 53, column: 3, scope: !126)
!126 = distinct !DILexicalBlock(scope: !124, file: !3, line: 53, column: 3)
!127 = distinct !{!127, !123, !123, !128}
!128 = !{!"llvm.loop.mustprogress"}
!129 = !DILocation(line: 54, column: 3, scope: !84)
!130 = !DILocation(line: 55, column: 3, scope: !84)
!131 = !DILocalVariable(name: "maxfd", scope: !84, file: !3, line: 56, type: !35)
!132 = !DILocation(line: 56, column: 7, scope: !84)
!133 = !DILocation(line: 56, column: 15, scope: !84)
!134 = !DILocation(line: 56, column: 26, scope: !84)
!135 = !DILocation(line: 56, column: 24, scope: !84)
!136 = !DILocation(line: 56, column: 39, scope: !84)
!137 = !DILocation(line: 56, column: 50, scope: !84)
!138 = !DILocalVariable(name: "buf", scope: !84, file: !3, line: 57, type: !139)
!139 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 4096, elements: !140)
!140 = !{!141}
!141 = !DISubrange(count: 512)
!142 = !DILocation(line: 57, column: 8, scope: !84)
!143 = !DILocation(line: 58, column: 3, scope: !84)
!144 = !DILocation(line: 59, column: 12, scope: !145)
!145 = distinct !DILexicalBlock(scope: !146, file: !3, line: 58, column: 12)
!146 = distinct !DILexicalBlock(scope: !147, file: !3, line: 58, column: 3)
!147 = distinct !DILexicalBlock(scope: !84, file: !3, line: 58, column: 3)
!148 = !DILocation(line: 60, column: 16, scope: !149)
!149 = distinct !DILexicalBlock(scope: !145, file: !3, line: 60, column: 9)
!150 = !DILocation(line: 60, column: 22, scope: !149)
!151 = !DILocation(line: 60, column: 9, scope: !149)
!152 = !DILocation(line: 60, column: 52, scope: !149)
!153 = !DILocation(line: 60, column: 9, scope: !145)
!154 = !DILocation(line: 61, column: 7, scope: !149)
!155 = distinct !{!155, !156, !157}
!156 = !DILocation(line: 58, column: 3, scope: !147)
!157 = !DILocation(line: 86, column: 3, scope: !147)
!158 = !DILocation(line: 62, column: 9, scope: !159)
!159 = distinct !DILexicalBlock(scope: !145, file: !3, line: 62, column: 9)
!160 = !DILocation(line: 62, column: 9, scope: !145)
!161 = !DILocalVariable(name: "client", scope: !162, file: !3, line: 63, type: !40)
!162 = distinct !DILexicalBlock(scope: !159, file: !3, line: 62, column: 38)
!163 = !DILocation(line: 63, column: 21, scope: !162)
!164 = !DILocation(line: 64, column: 23, scope: !162)
!165 = !DILocation(line: 64, column: 14, scope: !162)
!166 = !DILocation(line: 64, column: 21, scope: !162)
!167 = !DILocation(line: 65, column: 14, scope: !162)
!168 = !DILocation(line: 65, column: 22, scope: !162)
!169 = !DILocalVariable(name: "n", scope: !162, file: !3, line: 66, type: !170)
!170 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !171, line: 108, baseType: !172)
!171 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!172 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !53, line: 194, baseType: !34)
!173 = !DILocation(line: 66, column: 15, scope: !162)
!174 = !DILocation(line: 66, column: 35, scope: !162)
!175 = !DILocation(line: 66, column: 43, scope: !162)
!176 = !DILocation(line: 67, column: 55, scope: !162)
!177 = !DILocation(line: 67, column: 69, scope: !162)
!178 = !DILocation(line: 66, column: 19, scope: !162)
!179 = !DILocation(line: 68, column: 11, scope: !180)
!180 = distinct !DILexicalBlock(scope: !162, file: !3, line: 68, column: 11)
!181 = !DILocation(line: 68, column: 13, scope: !180)
!182 = !DILocation(line: 68, column: 11, scope: !162)
!183 = !DILocation(line: 69, column: 28, scope: !184)
!184 = distinct !DILexicalBlock(scope: !180, file: !3, line: 68, column: 18)
!185 = !DILocation(line: 69, column: 33, scope: !184)
!186 = !DILocation(line: 69, column: 9, scope: !184)
!187 = !DILocation(line: 70, column: 9, scope: !184)
!188 = !DILocalVariable(name: "i", scope: !189, file: !3, line: 71, type: !35)
!189 = distinct !DILexicalBlock(scope: !184, file: !3, line: 71, column: 9)
!190 = !DILocation(line: 71, column: 18, scope: !189)
!191 = !DILocation(line: 71, column: 14, scope: !189)
!192 = !DILocation(line: 71, column: 25, scope: !193)
!193 = distinct !DILexicalBlock(scope: !189, file: !3, line: 71, column: 9)
!194 = !DILocation(line: 71, column: 29, scope: !193)
!195 = !DILocation(line: 71, column: 27, scope: !193)
!196 = !DILocation(line: 71, column: 9, scope: !189)
!197 = !DILocation(line: 72, column: 33, scope: !193)
!198 = !DILocation(line: 72, column: 21, scope: !193)
!199 = !DILocation(line: 72, column: 37, scope: !193)
!200 = !DILocation(line: 72, column: 42, scope: !193)
!201 = !DILocation(line: 72, column: 11, scope: !193)
!202 = !DILocation(line: 71, column: 36, scope: !193)
!203 = !DILocation(line: 71, column: 9, scope: !193)
!204 = distinct !{!204, !196, !205, !128}
!205 = !DILocation(line: 72, column: 43, scope: !189)
!206 = !DILocation(line: 73, column: 7, scope: !184)
!207 = !DILocation(line: 74, column: 5, scope: !162)
!208 = !DILocation(line: 75, column: 9, scope: !209)
!209 = distinct !DILexicalBlock(scope: !145, file: !3, line: 75, column: 9)
!210 = !DILocation(line: 75, column: 35, scope: !209)
!211 = !DILocation(line: 75, column: 38, scope: !209)
!212 = !DILocation(line: 75, column: 43, scope: !209)
!213 = !DILocation(line: 75, column: 9, scope: !145)
!214 = !DILocalVariable(name: "fd", scope: !215, file: !3, line: 76, type: !35)
!215 = distinct !DILexicalBlock(scope: !209, file: !3, line: 75, column: 51)
!216 = !DILocation(line: 76, column: 11, scope: !215)
!217 = !DILocation(line: 76, column: 23, scope: !215)
!218 = !DILocation(line: 76, column: 16, scope: !215)
!219 = !DILocation(line: 77, column: 34, scope: !215)
!220 = !DILocation(line: 77, column: 19, scope: !215)
!221 = !DILocation(line: 77, column: 7, scope: !215)
!222 = !DILocation(line: 77, column: 25, scope: !215)
!223 = !DILocation(line: 77, column: 32, scope: !215)
!224 = !DILocation(line: 78, column: 28, scope: !215)
!225 = !DILocation(line: 78, column: 12, scope: !215)
!226 = !DILocation(line: 78, column: 7, scope: !215)
!227 = !DILocation(line: 79, column: 7, scope: !215)
!228 = !DILocation(line: 80, column: 11, scope: !229)
!229 = distinct !DILexicalBlock(scope: !215, file: !3, line: 80, column: 11)
!230 = !DILocation(line: 80, column: 16, scope: !229)
!231 = !DILocation(line: 80, column: 14, scope: !229)
!232 = !DILocation(line: 80, column: 11, scope: !215)
!233 = !DILocation(line: 81, column: 17, scope: !229)
!234 = !DILocation(line: 81, column: 15, scope: !229)
!235 = !DILocation(line: 81, column: 9, scope: !229)
!236 = !DILocation(line: 82, column: 5, scope: !215)
!237 = !DILocalVariable(name: "j", scope: !238, file: !3, line: 83, type: !35)
!238 = distinct !DILexicalBlock(scope: !145, file: !3, line: 83, column: 5)
!239 = !DILocation(line: 83, column: 14, scope: !238)
!240 = !DILocation(line: 83, column: 10, scope: !238)
!241 = !DILocation(line: 83, column: 21, scope: !242)
!242 = distinct !DILexicalBlock(scope: !238, file: !3, line: 83, column: 5)
!243 = !DILocation(line: 83, column: 26, scope: !242)
!244 = !DILocation(line: 83, column: 23, scope: !242)
!245 = !DILocation(line: 83, column: 5, scope: !238)
!246 = !DILocation(line: 84, column: 11, scope: !247)
!247 = distinct !DILexicalBlock(scope: !242, file: !3, line: 84, column: 11)
!248 = !DILocation(line: 84, column: 16, scope: !247)
!249 = !DILocation(line: 84, column: 13, scope: !247)
!250 = !DILocation(line: 84, column: 27, scope: !247)
!251 = !DILocation(line: 84, column: 30, scope: !247)
!252 = !DILocation(line: 84, column: 35, scope: !247)
!253 = !DILocation(line: 84, column: 32, scope: !247)
!254 = !DILocation(line: 84, column: 44, scope: !247)
!255 = !DILocation(line: 84, column: 47, scope: !247)
!256 = !DILocation(line: 84, column: 11, scope: !242)
!257 = !DILocation(line: 85, column: 18, scope: !247)
!258 = !DILocation(line: 85, column: 9, scope: !247)
!259 = !DILocation(line: 83, column: 34, scope: !242)
!260 = !DILocation(line: 83, column: 5, scope: !242)
!261 = distinct !{!261, !245, !262, !128}
!262 = !DILocation(line: 85, column: 19, scope: !238)
!263 = !DILocation(line: 58, column: 3, scope: !146)
!264 = distinct !DISubprogram(name: "reply_udp", scope: !3, file: !3, line: 24, type: !265, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !87)
!265 = !DISubroutineType(types: !266)
!266 = !{null, !267, !268, !270}
!267 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64)
!268 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !269, size: 64)
!269 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!270 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !271, line: 18, baseType: !272)
!271 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!272 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!273 = !DILocalVariable(name: "c", arg: 1, scope: !264, file: !3, line: 24, type: !267)
!274 = !DILocation(line: 24, column: 38, scope: !264)
!275 = !DILocalVariable(name: "buf", arg: 2, scope: !264, file: !3, line: 24, type: !268)
!276 = !DILocation(line: 24, column: 53, scope: !264)
!277 = !DILocalVariable(name: "n", arg: 3, scope: !264, file: !3, line: 24, type: !270)
!278 = !DILocation(line: 24, column: 65, scope: !264)
!279 = !DILocation(line: 25, column: 10, scope: !264)
!280 = !DILocation(line: 25, column: 13, scope: !264)
!281 = !DILocation(line: 25, column: 21, scope: !264)
!282 = !DILocation(line: 25, column: 26, scope: !264)
!283 = !DILocation(line: 25, column: 52, scope: !264)
!284 = !DILocation(line: 25, column: 55, scope: !264)
!285 = !DILocation(line: 25, column: 61, scope: !264)
!286 = !DILocation(line: 25, column: 64, scope: !264)
!287 = !DILocation(line: 25, column: 3, scope: !264)
!288 = !DILocation(line: 26, column: 1, scope: !264)
!289 = distinct !DISubprogram(name: "ack", scope: !3, file: !3, line: 33, type: !290, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !87)
!290 = !DISubroutineType(types: !291)
!291 = !{null, !267}
!292 = !DILocalVariable(name: "c", arg: 1, scope: !289, file: !3, line: 33, type: !267)
!293 = !DILocation(line: 33, column: 32, scope: !289)
!294 = !DILocation(line: 33, column: 42, scope: !289)
!295 = !DILocation(line: 33, column: 45, scope: !289)
!296 = !DILocation(line: 33, column: 37, scope: !289)
!297 = !DILocation(line: 33, column: 68, scope: !289)
!298 = distinct !DISubprogram(name: "send_all", scope: !3, file: !3, line: 28, type: !265, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !87)
!299 = !DILocalVariable(name: "c", arg: 1, scope: !298, file: !3, line: 28, type: !267)
!300 = !DILocation(line: 28, column: 37, scope: !298)
!301 = !DILocalVariable(name: "buf", arg: 2, scope: !298, file: !3, line: 28, type: !268)
!302 = !DILocation(line: 28, column: 52, scope: !298)
!303 = !DILocalVariable(name: "n", arg: 3, scope: !298, file: !3, line: 28, type: !270)
!304 = !DILocation(line: 28, column: 64, scope: !298)
!305 = !DILocation(line: 29, column: 8, scope: !298)
!306 = !DILocation(line: 29, column: 11, scope: !298)
!307 = !DILocation(line: 29, column: 19, scope: !298)
!308 = !DILocation(line: 29, column: 24, scope: !298)
!309 = !DILocation(line: 29, column: 3, scope: !298)
!310 = !DILocation(line: 30, column: 1, scope: !298)
!311 = distinct !DISubprogram(name: "read_tcp", scope: !3, file: !3, line: 35, type: !312, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !2, retainedNodes: !87)
!312 = !DISubroutineType(types: !313)
!313 = !{null, !35}
!314 = !DILocalVariable(name: "fd", arg: 1, scope: !311, file: !3, line: 35, type: !35)
!315 = !DILocation(line: 35, column: 26, scope: !311)
!316 = !DILocalVariable(name: "buf", scope: !311, file: !3, line: 36, type: !317)
!317 = !DICompositeType(tag: DW_TAG_array_type, baseType: !29, size: 2048, elements: !318)
!318 = !{!319}
!319 = !DISubrange(count: 256)
!320 = !DILocation(line: 36, column: 8, scope: !311)
!321 = !DILocalVariable(name: "n", scope: !311, file: !3, line: 37, type: !170)
!322 = !DILocation(line: 37, column: 11, scope: !311)
!323 = !DILocation(line: 37, column: 20, scope: !311)
!324 = !DILocation(line: 37, column: 24, scope: !311)
!325 = !DILocation(line: 37, column: 15, scope: !311)
!326 = !DILocation(line: 38, column: 7, scope: !327)
!327 = distinct !DILexicalBlock(scope: !311, file: !3, line: 38, column: 7)
!328 = !DILocation(line: 38, column: 9, scope: !327)
!329 = !DILocation(line: 38, column: 7, scope: !311)
!330 = !DILocation(line: 39, column: 11, scope: !327)
!331 = !DILocation(line: 39, column: 15, scope: !327)
!332 = !DILocation(line: 39, column: 20, scope: !327)
!333 = !DILocation(line: 39, column: 5, scope: !327)
!334 = !DILocation(line: 40, column: 1, scope: !311)
