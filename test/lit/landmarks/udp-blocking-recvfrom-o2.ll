; udp-blocking-recvfrom.c at -O2: the sockaddr stores are merged and the
; upper-casing loop is vectorized; the blocking loop is unchanged.
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
; CLANG: clang-19 -O2 -g -S -emit-llvm -o - udp-blocking-recvfrom.c

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

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !63 {
  %1 = alloca %struct.sockaddr_in, align 4, !DIAssignID !103
    #dbg_assign(i1 undef, !69, !DIExpression(), !103, ptr %1, !DIExpression(), !104)
  %2 = alloca [2048 x i8], align 16, !DIAssignID !105
    #dbg_assign(i1 undef, !85, !DIExpression(), !105, ptr %2, !DIExpression(), !104)
  %3 = alloca %struct.sockaddr_in, align 4, !DIAssignID !106
    #dbg_assign(i1 undef, !89, !DIExpression(), !106, ptr %3, !DIExpression(), !104)
  %4 = alloca i32, align 4, !DIAssignID !107
    #dbg_assign(i1 undef, !90, !DIExpression(), !107, ptr %4, !DIExpression(), !104)
  %5 = tail call i32 @socket(i32 noundef 2, i32 noundef 2, i32 noundef 0) #6, !dbg !108
    #dbg_value(i32 %5, !68, !DIExpression(), !104)
  %6 = icmp slt i32 %5, 0, !dbg !109
  br i1 %6, label %7, label %8, !dbg !111

7:                                                ; preds = %0
  tail call void @perror(ptr noundef nonnull @.str) #7, !dbg !112
  br label %245, !dbg !114

8:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #6, !dbg !115
  %9 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !116
  store i64 0, ptr %9, align 4, !dbg !116, !DIAssignID !117
    #dbg_assign(i64 0, !69, !DIExpression(), !117, ptr %1, !DIExpression(), !104)
    #dbg_assign(i8 0, !69, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !118, ptr undef, !DIExpression(), !104)
  store i16 2, ptr %1, align 4, !dbg !119, !tbaa !120, !DIAssignID !127
    #dbg_assign(i16 2, !69, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !127, ptr %1, !DIExpression(), !104)
  %10 = getelementptr inbounds i8, ptr %1, i64 2, !dbg !128
  store i16 -28144, ptr %10, align 2, !dbg !129, !tbaa !130, !DIAssignID !131
    #dbg_assign(i16 -28144, !69, !DIExpression(DW_OP_LLVM_fragment, 16, 16), !131, ptr %10, !DIExpression(), !104)
  %11 = getelementptr inbounds i8, ptr %1, i64 4, !dbg !132
  store i32 0, ptr %11, align 4, !dbg !133, !tbaa !134, !DIAssignID !135
    #dbg_assign(i32 0, !69, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !135, ptr %11, !DIExpression(), !104)
  %12 = call i32 @bind(i32 noundef %5, ptr noundef nonnull %1, i32 noundef 16) #6, !dbg !136
  %13 = icmp slt i32 %12, 0, !dbg !138
  br i1 %13, label %14, label %15, !dbg !139

14:                                               ; preds = %8
  call void @perror(ptr noundef nonnull @.str.1) #7, !dbg !140
  br label %244, !dbg !142

15:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %2) #6, !dbg !143
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #6, !dbg !144
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #6, !dbg !145
  br label %16, !dbg !146

16:                                               ; preds = %229, %15
  store i32 16, ptr %4, align 4, !dbg !147, !tbaa !148, !DIAssignID !149
    #dbg_assign(i32 16, !90, !DIExpression(), !149, ptr %4, !DIExpression(), !104)
  %17 = call i64 @recvfrom(i32 noundef %5, ptr noundef nonnull %2, i64 noundef 2048, i32 noundef 0, ptr noundef nonnull %3, ptr noundef nonnull %4) #6, !dbg !150
    #dbg_value(i64 %17, !93, !DIExpression(), !151)
  %18 = icmp slt i64 %17, 0, !dbg !152
  br i1 %18, label %221, label %19, !dbg !154

19:                                               ; preds = %16
    #dbg_value(i64 0, !101, !DIExpression(), !155)
  %20 = icmp eq i64 %17, 0, !dbg !156
  br i1 %20, label %225, label %21, !dbg !158

21:                                               ; preds = %19
  %22 = icmp ult i64 %17, 8, !dbg !158
  br i1 %22, label %151, label %23, !dbg !158

23:                                               ; preds = %21
  %24 = icmp ult i64 %17, 16, !dbg !158
  br i1 %24, label %153, label %25, !dbg !158

25:                                               ; preds = %23
  %26 = and i64 %17, 9223372036854775792, !dbg !158
  br label %27, !dbg !158

27:                                               ; preds = %143, %25
  %28 = phi i64 [ 0, %25 ], [ %144, %143 ], !dbg !159
  %29 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %28, !dbg !160
  %30 = load <16 x i8>, ptr %29, align 16, !dbg !160, !tbaa !162
  %31 = add <16 x i8> %30, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>, !dbg !163
  %32 = icmp ult <16 x i8> %31, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>, !dbg !163
  %33 = extractelement <16 x i1> %32, i64 0, !dbg !163
  br i1 %33, label %34, label %38, !dbg !158

34:                                               ; preds = %27
  %35 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %28, !dbg !160
  %36 = extractelement <16 x i8> %30, i64 0, !dbg !164
  %37 = add nsw i8 %36, -32, !dbg !164
  store i8 %37, ptr %35, align 16, !dbg !164, !tbaa !162
  br label %38, !dbg !163

38:                                               ; preds = %34, %27
  %39 = extractelement <16 x i1> %32, i64 1, !dbg !164
  br i1 %39, label %40, label %45, !dbg !164

40:                                               ; preds = %38
  %41 = or disjoint i64 %28, 1, !dbg !158
  %42 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %41, !dbg !160
  %43 = extractelement <16 x i8> %30, i64 1, !dbg !164
  %44 = add nsw i8 %43, -32, !dbg !164
  store i8 %44, ptr %42, align 1, !dbg !164, !tbaa !162
  br label %45, !dbg !164

45:                                               ; preds = %40, %38
  %46 = extractelement <16 x i1> %32, i64 2, !dbg !164
  br i1 %46, label %47, label %52, !dbg !164

47:                                               ; preds = %45
  %48 = or disjoint i64 %28, 2, !dbg !158
  %49 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %48, !dbg !160
  %50 = extractelement <16 x i8> %30, i64 2, !dbg !164
  %51 = add nsw i8 %50, -32, !dbg !164
  store i8 %51, ptr %49, align 2, !dbg !164, !tbaa !162
  br label %52, !dbg !164

52:                                               ; preds = %47, %45
  %53 = extractelement <16 x i1> %32, i64 3, !dbg !164
  br i1 %53, label %54, label %59, !dbg !164

54:                                               ; preds = %52
  %55 = or disjoint i64 %28, 3, !dbg !158
  %56 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %55, !dbg !160
  %57 = extractelement <16 x i8> %30, i64 3, !dbg !164
  %58 = add nsw i8 %57, -32, !dbg !164
  store i8 %58, ptr %56, align 1, !dbg !164, !tbaa !162
  br label %59, !dbg !164

59:                                               ; preds = %54, %52
  %60 = extractelement <16 x i1> %32, i64 4, !dbg !164
  br i1 %60, label %61, label %66, !dbg !164

61:                                               ; preds = %59
  %62 = or disjoint i64 %28, 4, !dbg !158
  %63 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %62, !dbg !160
  %64 = extractelement <16 x i8> %30, i64 4, !dbg !164
  %65 = add nsw i8 %64, -32, !dbg !164
  store i8 %65, ptr %63, align 4, !dbg !164, !tbaa !162
  br label %66, !dbg !164

66:                                               ; preds = %61, %59
  %67 = extractelement <16 x i1> %32, i64 5, !dbg !164
  br i1 %67, label %68, label %73, !dbg !164

68:                                               ; preds = %66
  %69 = or disjoint i64 %28, 5, !dbg !158
  %70 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %69, !dbg !160
  %71 = extractelement <16 x i8> %30, i64 5, !dbg !164
  %72 = add nsw i8 %71, -32, !dbg !164
  store i8 %72, ptr %70, align 1, !dbg !164, !tbaa !162
  br label %73, !dbg !164

73:                                               ; preds = %68, %66
  %74 = extractelement <16 x i1> %32, i64 6, !dbg !164
  br i1 %74, label %75, label %80, !dbg !164

75:                                               ; preds = %73
  %76 = or disjoint i64 %28, 6, !dbg !158
  %77 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %76, !dbg !160
  %78 = extractelement <16 x i8> %30, i64 6, !dbg !164
  %79 = add nsw i8 %78, -32, !dbg !164
  store i8 %79, ptr %77, align 2, !dbg !164, !tbaa !162
  br label %80, !dbg !164

80:                                               ; preds = %75, %73
  %81 = extractelement <16 x i1> %32, i64 7, !dbg !164
  br i1 %81, label %82, label %87, !dbg !164

82:                                               ; preds = %80
  %83 = or disjoint i64 %28, 7, !dbg !158
  %84 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %83, !dbg !160
  %85 = extractelement <16 x i8> %30, i64 7, !dbg !164
  %86 = add nsw i8 %85, -32, !dbg !164
  store i8 %86, ptr %84, align 1, !dbg !164, !tbaa !162
  br label %87, !dbg !164

87:                                               ; preds = %82, %80
  %88 = extractelement <16 x i1> %32, i64 8, !dbg !164
  br i1 %88, label %89, label %94, !dbg !164

89:                                               ; preds = %87
  %90 = or disjoint i64 %28, 8, !dbg !158
  %91 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %90, !dbg !160
  %92 = extractelement <16 x i8> %30, i64 8, !dbg !164
  %93 = add nsw i8 %92, -32, !dbg !164
  store i8 %93, ptr %91, align 8, !dbg !164, !tbaa !162
  br label %94, !dbg !164

94:                                               ; preds = %89, %87
  %95 = extractelement <16 x i1> %32, i64 9, !dbg !164
  br i1 %95, label %96, label %101, !dbg !164

96:                                               ; preds = %94
  %97 = or disjoint i64 %28, 9, !dbg !158
  %98 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %97, !dbg !160
  %99 = extractelement <16 x i8> %30, i64 9, !dbg !164
  %100 = add nsw i8 %99, -32, !dbg !164
  store i8 %100, ptr %98, align 1, !dbg !164, !tbaa !162
  br label %101, !dbg !164

101:                                              ; preds = %96, %94
  %102 = extractelement <16 x i1> %32, i64 10, !dbg !164
  br i1 %102, label %103, label %108, !dbg !164

103:                                              ; preds = %101
  %104 = or disjoint i64 %28, 10, !dbg !158
  %105 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %104, !dbg !160
  %106 = extractelement <16 x i8> %30, i64 10, !dbg !164
  %107 = add nsw i8 %106, -32, !dbg !164
  store i8 %107, ptr %105, align 2, !dbg !164, !tbaa !162
  br label %108, !dbg !164

108:                                              ; preds = %103, %101
  %109 = extractelement <16 x i1> %32, i64 11, !dbg !164
  br i1 %109, label %110, label %115, !dbg !164

110:                                              ; preds = %108
  %111 = or disjoint i64 %28, 11, !dbg !158
  %112 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %111, !dbg !160
  %113 = extractelement <16 x i8> %30, i64 11, !dbg !164
  %114 = add nsw i8 %113, -32, !dbg !164
  store i8 %114, ptr %112, align 1, !dbg !164, !tbaa !162
  br label %115, !dbg !164

115:                                              ; preds = %110, %108
  %116 = extractelement <16 x i1> %32, i64 12, !dbg !164
  br i1 %116, label %117, label %122, !dbg !164

117:                                              ; preds = %115
  %118 = or disjoint i64 %28, 12, !dbg !158
  %119 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %118, !dbg !160
  %120 = extractelement <16 x i8> %30, i64 12, !dbg !164
  %121 = add nsw i8 %120, -32, !dbg !164
  store i8 %121, ptr %119, align 4, !dbg !164, !tbaa !162
  br label %122, !dbg !164

122:                                              ; preds = %117, %115
  %123 = extractelement <16 x i1> %32, i64 13, !dbg !164
  br i1 %123, label %124, label %129, !dbg !164

124:                                              ; preds = %122
  %125 = or disjoint i64 %28, 13, !dbg !158
  %126 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %125, !dbg !160
  %127 = extractelement <16 x i8> %30, i64 13, !dbg !164
  %128 = add nsw i8 %127, -32, !dbg !164
  store i8 %128, ptr %126, align 1, !dbg !164, !tbaa !162
  br label %129, !dbg !164

129:                                              ; preds = %124, %122
  %130 = extractelement <16 x i1> %32, i64 14, !dbg !164
  br i1 %130, label %131, label %136, !dbg !164

131:                                              ; preds = %129
  %132 = or disjoint i64 %28, 14, !dbg !158
  %133 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %132, !dbg !160
  %134 = extractelement <16 x i8> %30, i64 14, !dbg !164
  %135 = add nsw i8 %134, -32, !dbg !164
  store i8 %135, ptr %133, align 2, !dbg !164, !tbaa !162
  br label %136, !dbg !164

136:                                              ; preds = %131, %129
  %137 = extractelement <16 x i1> %32, i64 15, !dbg !164
  br i1 %137, label %138, label %143, !dbg !164

138:                                              ; preds = %136
  %139 = or disjoint i64 %28, 15, !dbg !158
  %140 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %139, !dbg !160
  %141 = extractelement <16 x i8> %30, i64 15, !dbg !164
  %142 = add nsw i8 %141, -32, !dbg !164
  store i8 %142, ptr %140, align 1, !dbg !164, !tbaa !162
  br label %143, !dbg !164

143:                                              ; preds = %138, %136
  %144 = add nuw i64 %28, 16, !dbg !159
  %145 = icmp eq i64 %144, %26, !dbg !159
  br i1 %145, label %146, label %27, !dbg !159, !llvm.loop !165

146:                                              ; preds = %143
  %147 = icmp eq i64 %17, %26, !dbg !158
  br i1 %147, label %225, label %148, !dbg !158

148:                                              ; preds = %146
  %149 = and i64 %17, 8, !dbg !158
  %150 = icmp eq i64 %149, 0, !dbg !158
  br i1 %150, label %151, label %153, !dbg !158

151:                                              ; preds = %219, %21, %148
  %152 = phi i64 [ 0, %21 ], [ %26, %148 ], [ %155, %219 ]
  br label %230, !dbg !158

153:                                              ; preds = %23, %148
  %154 = phi i64 [ %26, %148 ], [ 0, %23 ]
  %155 = and i64 %17, 9223372036854775800, !dbg !158
  br label %156, !dbg !158

156:                                              ; preds = %216, %153
  %157 = phi i64 [ %154, %153 ], [ %217, %216 ], !dbg !159
  %158 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %157, !dbg !160
  %159 = load <8 x i8>, ptr %158, align 8, !dbg !160, !tbaa !162
  %160 = add <8 x i8> %159, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>, !dbg !163
  %161 = icmp ult <8 x i8> %160, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>, !dbg !163
  %162 = extractelement <8 x i1> %161, i64 0, !dbg !163
  br i1 %162, label %163, label %167, !dbg !158

163:                                              ; preds = %156
  %164 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %157, !dbg !160
  %165 = extractelement <8 x i8> %159, i64 0, !dbg !164
  %166 = add nsw i8 %165, -32, !dbg !164
  store i8 %166, ptr %164, align 8, !dbg !164, !tbaa !162
  br label %167, !dbg !163

167:                                              ; preds = %163, %156
  %168 = extractelement <8 x i1> %161, i64 1, !dbg !164
  br i1 %168, label %169, label %174, !dbg !164

169:                                              ; preds = %167
  %170 = or disjoint i64 %157, 1, !dbg !158
  %171 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %170, !dbg !160
  %172 = extractelement <8 x i8> %159, i64 1, !dbg !164
  %173 = add nsw i8 %172, -32, !dbg !164
  store i8 %173, ptr %171, align 1, !dbg !164, !tbaa !162
  br label %174, !dbg !164

174:                                              ; preds = %169, %167
  %175 = extractelement <8 x i1> %161, i64 2, !dbg !164
  br i1 %175, label %176, label %181, !dbg !164

176:                                              ; preds = %174
  %177 = or disjoint i64 %157, 2, !dbg !158
  %178 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %177, !dbg !160
  %179 = extractelement <8 x i8> %159, i64 2, !dbg !164
  %180 = add nsw i8 %179, -32, !dbg !164
  store i8 %180, ptr %178, align 2, !dbg !164, !tbaa !162
  br label %181, !dbg !164

181:                                              ; preds = %176, %174
  %182 = extractelement <8 x i1> %161, i64 3, !dbg !164
  br i1 %182, label %183, label %188, !dbg !164

183:                                              ; preds = %181
  %184 = or disjoint i64 %157, 3, !dbg !158
  %185 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %184, !dbg !160
  %186 = extractelement <8 x i8> %159, i64 3, !dbg !164
  %187 = add nsw i8 %186, -32, !dbg !164
  store i8 %187, ptr %185, align 1, !dbg !164, !tbaa !162
  br label %188, !dbg !164

188:                                              ; preds = %183, %181
  %189 = extractelement <8 x i1> %161, i64 4, !dbg !164
  br i1 %189, label %190, label %195, !dbg !164

190:                                              ; preds = %188
  %191 = or disjoint i64 %157, 4, !dbg !158
  %192 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %191, !dbg !160
  %193 = extractelement <8 x i8> %159, i64 4, !dbg !164
  %194 = add nsw i8 %193, -32, !dbg !164
  store i8 %194, ptr %192, align 4, !dbg !164, !tbaa !162
  br label %195, !dbg !164

195:                                              ; preds = %190, %188
  %196 = extractelement <8 x i1> %161, i64 5, !dbg !164
  br i1 %196, label %197, label %202, !dbg !164

197:                                              ; preds = %195
  %198 = or disjoint i64 %157, 5, !dbg !158
  %199 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %198, !dbg !160
  %200 = extractelement <8 x i8> %159, i64 5, !dbg !164
  %201 = add nsw i8 %200, -32, !dbg !164
  store i8 %201, ptr %199, align 1, !dbg !164, !tbaa !162
  br label %202, !dbg !164

202:                                              ; preds = %197, %195
  %203 = extractelement <8 x i1> %161, i64 6, !dbg !164
  br i1 %203, label %204, label %209, !dbg !164

204:                                              ; preds = %202
  %205 = or disjoint i64 %157, 6, !dbg !158
  %206 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %205, !dbg !160
  %207 = extractelement <8 x i8> %159, i64 6, !dbg !164
  %208 = add nsw i8 %207, -32, !dbg !164
  store i8 %208, ptr %206, align 2, !dbg !164, !tbaa !162
  br label %209, !dbg !164

209:                                              ; preds = %204, %202
  %210 = extractelement <8 x i1> %161, i64 7, !dbg !164
  br i1 %210, label %211, label %216, !dbg !164

211:                                              ; preds = %209
  %212 = or disjoint i64 %157, 7, !dbg !158
  %213 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %212, !dbg !160
  %214 = extractelement <8 x i8> %159, i64 7, !dbg !164
  %215 = add nsw i8 %214, -32, !dbg !164
  store i8 %215, ptr %213, align 1, !dbg !164, !tbaa !162
  br label %216, !dbg !164

216:                                              ; preds = %211, %209
  %217 = add nuw i64 %157, 8, !dbg !159
  %218 = icmp eq i64 %217, %155, !dbg !159
  br i1 %218, label %219, label %156, !dbg !159, !llvm.loop !170

219:                                              ; preds = %216
  %220 = icmp eq i64 %17, %155, !dbg !158
  br i1 %220, label %225, label %151, !dbg !158

221:                                              ; preds = %16
  %222 = tail call ptr @__errno_location() #8, !dbg !171
  %223 = load i32, ptr %222, align 4, !dbg !171, !tbaa !148
  %224 = icmp eq i32 %223, 4, !dbg !174
  br i1 %224, label %229, label %242, !dbg !175

225:                                              ; preds = %238, %146, %219, %19
  %226 = load i32, ptr %4, align 4, !dbg !176, !tbaa !148
  %227 = call i64 @sendto(i32 noundef %5, ptr noundef nonnull %2, i64 noundef %17, i32 noundef 0, ptr noundef nonnull %3, i32 noundef %226) #6, !dbg !178
  %228 = icmp slt i64 %227, 0, !dbg !179
  br i1 %228, label %241, label %229, !dbg !180

229:                                              ; preds = %225, %241, %221
  br label %16, !dbg !147, !llvm.loop !181

230:                                              ; preds = %151, %238
  %231 = phi i64 [ %239, %238 ], [ %152, %151 ]
    #dbg_value(i64 %231, !101, !DIExpression(), !155)
  %232 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 %231, !dbg !160
  %233 = load i8, ptr %232, align 1, !dbg !160, !tbaa !162
  %234 = add i8 %233, -97, !dbg !163
  %235 = icmp ult i8 %234, 26, !dbg !163
  br i1 %235, label %236, label %238, !dbg !163

236:                                              ; preds = %230
  %237 = add nsw i8 %233, -32, !dbg !164
  store i8 %237, ptr %232, align 1, !dbg !164, !tbaa !162
  br label %238, !dbg !184

238:                                              ; preds = %230, %236
  %239 = add nuw nsw i64 %231, 1, !dbg !159
    #dbg_value(i64 %239, !101, !DIExpression(), !155)
  %240 = icmp eq i64 %239, %17, !dbg !156
  br i1 %240, label %225, label %230, !dbg !158, !llvm.loop !185

241:                                              ; preds = %225
  call void @perror(ptr noundef nonnull @.str.3) #7, !dbg !186
  br label %229, !dbg !186

242:                                              ; preds = %221
  call void @perror(ptr noundef nonnull @.str.2) #7, !dbg !187
  %243 = call i32 @close(i32 noundef %5) #6, !dbg !188
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #6, !dbg !189
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #6, !dbg !189
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %2) #6, !dbg !189
  br label %244

244:                                              ; preds = %242, %14
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #6, !dbg !189
  br label %245

245:                                              ; preds = %244, %7
  ret i32 1, !dbg !189
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !190 i32 @socket(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !194 void @perror(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nounwind
declare !dbg !200 i32 @bind(i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #2

declare !dbg !205 i64 @recvfrom(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare !dbg !216 ptr @__errno_location() local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare !dbg !221 i64 @sendto(i32 noundef, ptr noundef, i64 noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #4

declare !dbg !226 i32 @close(i32 noundef) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { cold }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!19}
!llvm.module.flags = !{!55, !56, !57, !58, !59, !60, !61}
!llvm.ident = !{!62}

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
!19 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !20, retainedTypes: !34, globals: !54, splitDebugInlining: false, nameTableKind: None)
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
!34 = !{!35, !41, !53}
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
!53 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint16_t", file: !40, line: 40, baseType: !48)
!54 = !{!0, !7, !12, !17}
!55 = !{i32 7, !"Dwarf Version", i32 5}
!56 = !{i32 2, !"Debug Info Version", i32 3}
!57 = !{i32 1, !"wchar_size", i32 4}
!58 = !{i32 8, !"PIC Level", i32 2}
!59 = !{i32 7, !"PIE Level", i32 2}
!60 = !{i32 7, !"uwtable", i32 2}
!61 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!62 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!63 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 9, type: !64, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !19, retainedNodes: !67)
!64 = !DISubroutineType(types: !65)
!65 = !{!66}
!66 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!67 = !{!68, !69, !85, !89, !90, !93, !101}
!68 = !DILocalVariable(name: "s", scope: !63, file: !2, line: 10, type: !66)
!69 = !DILocalVariable(name: "me", scope: !63, file: !2, line: 15, type: !70)
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sockaddr_in", file: !36, line: 245, size: 128, elements: !71)
!71 = !{!72, !73, !76, !80}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "sin_family", scope: !70, file: !36, line: 247, baseType: !46, size: 16)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "sin_port", scope: !70, file: !36, line: 248, baseType: !74, size: 16, offset: 16)
!74 = !DIDerivedType(tag: DW_TAG_typedef, name: "in_port_t", file: !36, line: 123, baseType: !75)
!75 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", file: !38, line: 25, baseType: !53)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "sin_addr", scope: !70, file: !36, line: 249, baseType: !77, size: 32, offset: 32)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "in_addr", file: !36, line: 31, size: 32, elements: !78)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "s_addr", scope: !77, file: !36, line: 33, baseType: !35, size: 32)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "sin_zero", scope: !70, file: !36, line: 252, baseType: !81, size: 64, offset: 64)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !82, size: 64, elements: !83)
!82 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!83 = !{!84}
!84 = !DISubrange(count: 8)
!85 = !DILocalVariable(name: "msg", scope: !63, file: !2, line: 24, type: !86)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16384, elements: !87)
!87 = !{!88}
!88 = !DISubrange(count: 2048)
!89 = !DILocalVariable(name: "from", scope: !63, file: !2, line: 25, type: !70)
!90 = !DILocalVariable(name: "fromlen", scope: !63, file: !2, line: 26, type: !91)
!91 = !DIDerivedType(tag: DW_TAG_typedef, name: "socklen_t", file: !43, line: 33, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "__socklen_t", file: !40, line: 210, baseType: !23)
!93 = !DILocalVariable(name: "len", scope: !94, file: !2, line: 29, type: !97)
!94 = distinct !DILexicalBlock(scope: !95, file: !2, line: 27, column: 12)
!95 = distinct !DILexicalBlock(scope: !96, file: !2, line: 27, column: 3)
!96 = distinct !DILexicalBlock(scope: !63, file: !2, line: 27, column: 3)
!97 = !DIDerivedType(tag: DW_TAG_typedef, name: "ssize_t", file: !98, line: 108, baseType: !99)
!98 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/types.h", directory: "", checksumkind: CSK_MD5, checksum: "e62424071ad3f1b4d088c139fd9ccfd1")
!99 = !DIDerivedType(tag: DW_TAG_typedef, name: "__ssize_t", file: !40, line: 194, baseType: !100)
!100 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!101 = !DILocalVariable(name: "i", scope: !102, file: !2, line: 37, type: !97)
!102 = distinct !DILexicalBlock(scope: !94, file: !2, line: 37, column: 5)
!103 = distinct !DIAssignID()
!104 = !DILocation(line: 0, scope: !63)
!105 = distinct !DIAssignID()
!106 = distinct !DIAssignID()
!107 = distinct !DIAssignID()
!108 = !DILocation(line: 10, column: 11, scope: !63)
!109 = !DILocation(line: 11, column: 9, scope: !110)
!110 = distinct !DILexicalBlock(scope: !63, file: !2, line: 11, column: 7)
!111 = !DILocation(line: 11, column: 7, scope: !63)
!112 = !DILocation(line: 12, column: 5, scope: !113)
!113 = distinct !DILexicalBlock(scope: !110, file: !2, line: 11, column: 14)
!114 = !DILocation(line: 13, column: 5, scope: !113)
!115 = !DILocation(line: 15, column: 3, scope: !63)
!116 = !DILocation(line: 16, column: 3, scope: !63)
!117 = distinct !DIAssignID()
!118 = distinct !DIAssignID()
!119 = !DILocation(line: 17, column: 17, scope: !63)
!120 = !{!121, !122, i64 0}
!121 = !{!"sockaddr_in", !122, i64 0, !122, i64 2, !125, i64 4, !123, i64 8}
!122 = !{!"short", !123, i64 0}
!123 = !{!"omnipotent char", !124, i64 0}
!124 = !{!"Simple C/C++ TBAA"}
!125 = !{!"in_addr", !126, i64 0}
!126 = !{!"int", !123, i64 0}
!127 = distinct !DIAssignID()
!128 = !DILocation(line: 18, column: 6, scope: !63)
!129 = !DILocation(line: 18, column: 15, scope: !63)
!130 = !{!121, !122, i64 2}
!131 = distinct !DIAssignID()
!132 = !DILocation(line: 19, column: 6, scope: !63)
!133 = !DILocation(line: 19, column: 22, scope: !63)
!134 = !{!121, !126, i64 4}
!135 = distinct !DIAssignID()
!136 = !DILocation(line: 20, column: 7, scope: !137)
!137 = distinct !DILexicalBlock(scope: !63, file: !2, line: 20, column: 7)
!138 = !DILocation(line: 20, column: 51, scope: !137)
!139 = !DILocation(line: 20, column: 7, scope: !63)
!140 = !DILocation(line: 21, column: 5, scope: !141)
!141 = distinct !DILexicalBlock(scope: !137, file: !2, line: 20, column: 56)
!142 = !DILocation(line: 22, column: 5, scope: !141)
!143 = !DILocation(line: 24, column: 3, scope: !63)
!144 = !DILocation(line: 25, column: 3, scope: !63)
!145 = !DILocation(line: 26, column: 3, scope: !63)
!146 = !DILocation(line: 27, column: 3, scope: !63)
!147 = !DILocation(line: 28, column: 13, scope: !94)
!148 = !{!126, !126, i64 0}
!149 = distinct !DIAssignID()
!150 = !DILocation(line: 29, column: 19, scope: !94)
!151 = !DILocation(line: 0, scope: !94)
!152 = !DILocation(line: 31, column: 13, scope: !153)
!153 = distinct !DILexicalBlock(scope: !94, file: !2, line: 31, column: 9)
!154 = !DILocation(line: 31, column: 9, scope: !94)
!155 = !DILocation(line: 0, scope: !102)
!156 = !DILocation(line: 37, column: 27, scope: !157)
!157 = distinct !DILexicalBlock(scope: !102, file: !2, line: 37, column: 5)
!158 = !DILocation(line: 37, column: 5, scope: !102)
!159 = !DILocation(line: 37, column: 35, scope: !157)
!160 = !DILocation(line: 38, column: 11, scope: !161)
!161 = distinct !DILexicalBlock(scope: !157, file: !2, line: 38, column: 11)
!162 = !{!123, !123, i64 0}
!163 = !DILocation(line: 38, column: 25, scope: !161)
!164 = !DILocation(line: 39, column: 16, scope: !161)
!165 = distinct !{!165, !158, !166, !167, !168, !169}
!166 = !DILocation(line: 39, column: 25, scope: !102)
!167 = !{!"llvm.loop.mustprogress"}
!168 = !{!"llvm.loop.isvectorized", i32 1}
!169 = !{!"llvm.loop.unroll.runtime.disable"}
!170 = distinct !{!170, !158, !166, !167, !168, !169}
!171 = !DILocation(line: 32, column: 11, scope: !172)
!172 = distinct !DILexicalBlock(scope: !173, file: !2, line: 32, column: 11)
!173 = distinct !DILexicalBlock(scope: !153, file: !2, line: 31, column: 18)
!174 = !DILocation(line: 32, column: 17, scope: !172)
!175 = !DILocation(line: 32, column: 11, scope: !173)
!176 = !DILocation(line: 40, column: 58, scope: !177)
!177 = distinct !DILexicalBlock(scope: !94, file: !2, line: 40, column: 9)
!178 = !DILocation(line: 40, column: 9, scope: !177)
!179 = !DILocation(line: 40, column: 67, scope: !177)
!180 = !DILocation(line: 40, column: 9, scope: !94)
!181 = distinct !{!181, !182, !183}
!182 = !DILocation(line: 27, column: 3, scope: !96)
!183 = !DILocation(line: 42, column: 3, scope: !96)
!184 = !DILocation(line: 39, column: 9, scope: !161)
!185 = distinct !{!185, !158, !166, !167, !169, !168}
!186 = !DILocation(line: 41, column: 7, scope: !177)
!187 = !DILocation(line: 34, column: 7, scope: !173)
!188 = !DILocation(line: 43, column: 3, scope: !63)
!189 = !DILocation(line: 45, column: 1, scope: !63)
!190 = !DISubprogram(name: "socket", scope: !191, file: !191, line: 102, type: !192, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!191 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/sys/socket.h", directory: "", checksumkind: CSK_MD5, checksum: "619dab7fd722af1ca0fa7f4b6fd4f842")
!192 = !DISubroutineType(types: !193)
!193 = !{!66, !66, !66, !66}
!194 = !DISubprogram(name: "perror", scope: !195, file: !195, line: 804, type: !196, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!195 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!196 = !DISubroutineType(types: !197)
!197 = !{null, !198}
!198 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !199, size: 64)
!199 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!200 = !DISubprogram(name: "bind", scope: !191, file: !191, line: 112, type: !201, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!201 = !DISubroutineType(types: !202)
!202 = !{!66, !66, !203, !91}
!203 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !204, size: 64)
!204 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !42)
!205 = !DISubprogram(name: "recvfrom", scope: !191, file: !191, line: 163, type: !206, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!206 = !DISubroutineType(types: !207)
!207 = !{!97, !66, !208, !210, !66, !213, !214}
!208 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !209)
!209 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!210 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !211, line: 18, baseType: !212)
!211 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!212 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!213 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !41)
!214 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !215)
!215 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !91, size: 64)
!216 = !DISubprogram(name: "__errno_location", scope: !217, file: !217, line: 37, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!217 = !DIFile(filename: "/usr/include/errno.h", directory: "", checksumkind: CSK_MD5, checksum: "01c14bf4ab600a3884f5da68eb763170")
!218 = !DISubroutineType(types: !219)
!219 = !{!220}
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64)
!221 = !DISubprogram(name: "sendto", scope: !191, file: !191, line: 152, type: !222, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DISubroutineType(types: !223)
!223 = !{!97, !66, !224, !210, !66, !203, !91}
!224 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 64)
!225 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!226 = !DISubprogram(name: "close", scope: !227, file: !227, line: 358, type: !228, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!227 = !DIFile(filename: "/usr/include/unistd.h", directory: "", checksumkind: CSK_MD5, checksum: "ed37c2e6f30ba31a8b41e4d70547c39c")
!228 = !DISubroutineType(types: !229)
!229 = !{!66, !66}
