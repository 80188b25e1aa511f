//===- BPFLibcCopy.cpp - String copies of the fast path in the offload ----===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// strcpy, stpcpy, strncpy, stpncpy, strcat and strncat lowered to the BPF
// libc's koffload_* functions (runtime/bpf/koffload_libc.h). Unlike the
// calls that only read, each has two objects with their own bounds: the
// source, read up to what may be read there, and the destination, written
// only within the room left in its object. Each is shown to the verifier
// as a window of W bytes inside the global that holds it (a constant
// offset, or a checked one: BPFLibc.cpp says how), and the bytes the call
// may touch, checked at run time, are at most W. When glibc's answer would
// need more (an unterminated source, a copy longer than the destination:
// undefined behaviour in C) the library reports overflow and the request
// falls back, having written only inside the destination's object.
//
// strcat and strncat are two calls: koffload_strlen finds the end of the
// destination, its result is laundered through map memory (the verifier
// would otherwise walk the append once for every length), and the append
// starts there. strrchr, which only reads, is two calls the same way
// (strlen, then memrchr from the end), so it is here too.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLibcParts.h"
#include "Support/KernelModel.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload::bpflibc {

namespace {

/// An argument as the copy shows it to the verifier.
struct Window {
  GlobalVariable *Global = nullptr;
  Value *Ptr = nullptr;   ///< the argument, with an offset it can bound
  uint64_t W = 0;         ///< bytes after Ptr inside Global
  Value *Avail = nullptr; ///< bytes of the object at Ptr (<= W)
};

uint64_t globalSize(const GlobalVariable *G) {
  return G->getParent()->getDataLayout().getTypeAllocSize(G->getValueType());
}

/// The window of \p A (bpfLibcWindow's, without a field's bound), with
/// the global it is in.
Expected<Window> windowOf(const StringArg &A, const Twine &Name,
                          const BPFLibcSite &S) {
  uint64_t W = std::min(BPFLibcMax, A.Const    ? A.Obj.Size - *A.Const
                                    : A.MaxOff ? A.Obj.Size - *A.MaxOff
                                               : A.Obj.Size);
  Expected<BPFLibcWindow> At = windowAt(A, W, Name, S);
  if (!At)
    return At.takeError();
  return Window{A.Obj.Global, At->Ptr, At->W, At->Avail};
}

/// \p V, at most \p Max by a check the verifier sees. Opaque after the
/// check too: LLVM, knowing the bound, would narrow arithmetic on it to
/// 32 bits, which the verifier refuses on pointers.
Value *bounded(Value *V, uint64_t Max, const Twine &Name,
               const BPFLibcSite &S) {
  V = opaque(S.B, V);
  require(S, S.B.CreateICmpULE(V, S.B.getInt64(Max)), Name);
  return opaque(S.B, V);
}

/// A call of koffload_<Name>, then the fall back on overflow.
Value *callLibc(StringRef Name, Type *Ret, ArrayRef<Value *> Args,
                const BPFLibcSite &S) {
  IRBuilder<> &B = S.B;
  Module &KM = *S.F.getParent();
  Value *St = S.StatusSlot();
  SmallVector<Value *, 6> All(Args);
  All.push_back(St);
  SmallVector<Type *, 6> Params;
  for (Value *A : All)
    Params.push_back(A->getType());
  FunctionCallee K = KM.getOrInsertFunction(
      ("koffload_" + Name).str(), FunctionType::get(Ret, Params, false));
  Value *Result = B.CreateCall(K, All);
  Value *Overflow = B.CreateLoad(B.getInt8Ty(), St, Name + ".overflow");
  require(S, B.CreateICmpEQ(Overflow, B.getInt8(0)), Name + ".exact");
  return Result;
}

/// \p V through map memory, which the verifier does not track: one
/// unknown value instead of an exact one per trip of the loop it left.
Value *launder(Value *V, uint64_t Max, const Twine &Name,
               const BPFLibcSite &S) {
  IRBuilder<> &B = S.B;
  Value *Slot = S.LaunderSlot();
  B.CreateAlignedStore(V, Slot, Align(8), /*isVolatile=*/true);
  Value *Back = B.CreateAlignedLoad(B.getInt64Ty(), Slot, Align(8),
                                    /*isVolatile=*/true, Name + ".laundered");
  return bounded(Back, Max, Name + ".in.range", S);
}

/// stpcpy's and stpncpy's result, a pointer into \p D's global: laundered
/// as an offset from the global, checked, and rebuilt.
Value *launderPointer(Value *P, const Window &D, const Twine &Name,
                      const BPFLibcSite &S) {
  IRBuilder<> &B = S.B;
  Type *I64 = B.getInt64Ty();
  Value *Off = B.CreateSub(B.CreatePtrToInt(P, I64),
                           B.CreatePtrToInt(D.Global, I64));
  Value *Back = launder(Off, globalSize(D.Global), Name, S);
  // Opaque as a pointer too: `p - out` truncated (a length in a char)
  // would otherwise become 32-bit arithmetic on the pointer's low half,
  // which the verifier refuses.
  return opaque(
      B, B.CreateInBoundsGEP(B.getInt8Ty(), D.Global, Back, Name + ".at"));
}

} // namespace

FunctionType *copyPrototype(StringRef Name, LLVMContext &Ctx) {
  Type *P = PointerType::getUnqual(Ctx), *I64 = Type::getInt64Ty(Ctx);
  if (Name == "strrchr")
    return FunctionType::get(P, {P, Type::getInt32Ty(Ctx)}, false);
  if (Name == "strncpy" || Name == "stpncpy" || Name == "strncat")
    return FunctionType::get(P, {P, P, I64}, false);
  return FunctionType::get(P, {P, P}, false);
}

/// strrchr(s, c): strlen of s, laundered, then memrchr over the string
/// and its NUL from the end: the match leaves from inside that loop. (A
/// forward scan that keeps the last match so far makes the verifier's
/// walk quadratic in the cap.) The two loops share the verifier's budget
/// of pending branches: half the cap each.
static Error lowerStrrchr(CallBase &Call, const BPFLibcSite &S) {
  IRBuilder<> &B = S.B;
  Type *I64 = B.getInt64Ty(), *P = B.getPtrTy();
  Expected<StringArg> Arg = locate(Call, 0, S);
  if (!Arg)
    return Arg.takeError();
  Expected<Window> Str = windowOf(*Arg, "strrchr", S);
  if (!Str)
    return Str.takeError();
  if (Str->W > BPFLibcMax / 2) {
    Str->W = BPFLibcMax / 2;
    Str->Avail = B.CreateBinaryIntrinsic(Intrinsic::umin, Str->Avail,
                                         B.getInt64(Str->W));
  }
  Value *Slot = S.LaunderSlot();
  B.CreateAlignedStore(Str->Avail, Slot, Align(8), /*isVolatile=*/true);
  Value *Len = callLibc("strlen", I64, {Str->Ptr, Str->Avail}, S);
  Value *Avail = bounded(B.CreateAlignedLoad(I64, Slot, Align(8),
                                             /*isVolatile=*/true,
                                             "strrchr.avail.laundered"),
                         Str->W, "strrchr.avail", S);
  Len = launder(Len, Str->W, "strrchr.len", S);
  require(S, B.CreateICmpULT(Len, Avail), "strrchr.len.in.object");
  Value *Match =
      callLibc("memrchr", P,
               {Str->Ptr, mapped(Call.getArgOperand(1), S),
                B.CreateAdd(Len, B.getInt64(1)), Avail},
               S);
  // NULL, or a checked offset from the string's global (as strchr's).
  LLVMContext &Ctx = S.F.getContext();
  Value *Null = B.CreateIntToPtr(opaque(B, B.getInt64(0)), P, "strrchr.none");
  BasicBlock *Before = B.GetInsertBlock();
  BasicBlock *Found = BasicBlock::Create(Ctx, "strrchr.found", &S.F);
  BasicBlock *Join = BasicBlock::Create(Ctx, "strrchr.result", &S.F);
  B.CreateCondBr(B.CreateIsNull(Match), Join, Found);
  B.SetInsertPoint(Found);
  Value *At = launderPointer(Match, *Str, "strrchr", S);
  BasicBlock *FoundEnd = B.GetInsertBlock();
  B.CreateBr(Join);
  B.SetInsertPoint(Join);
  PHINode *Phi = B.CreatePHI(P, 2, Call.getName());
  Phi->addIncoming(Null, Before);
  Phi->addIncoming(At, FoundEnd);
  S.VMap[&Call] = Phi;
  return Error::success();
}

Error lowerStringCopy(CallBase &Call, const BPFLibcSite &S) {
  StringRef Name = directCalleeName(Call);
  if (Name == "strrchr")
    return lowerStrrchr(Call, S);
  IRBuilder<> &B = S.B;
  Type *I64 = B.getInt64Ty(), *P = B.getPtrTy();
  Expected<StringArg> DstArg = locate(Call, 0, S);
  if (!DstArg)
    return DstArg.takeError();
  Expected<StringArg> SrcArg = locate(Call, 1, S);
  if (!SrcArg)
    return SrcArg.takeError();
  Expected<Window> D = windowOf(*DstArg, Name + ".dst", S);
  if (!D)
    return D.takeError();
  Expected<Window> Src = windowOf(*SrcArg, Name + ".src", S);
  if (!Src)
    return Src.takeError();

  if (Name == "strcpy" || Name == "stpcpy") {
    // The copy, NUL included, must fit both: one bound for both.
    uint64_t W = std::min(D->W, Src->W);
    Value *Avail = bounded(
        B.CreateBinaryIntrinsic(Intrinsic::umin, D->Avail, Src->Avail), W,
        Name + ".fits", S);
    Value *End = callLibc(Name, P, {D->Ptr, Src->Ptr, Avail}, S);
    S.VMap[&Call] =
        Name == "strcpy" ? DstArg->New : launderPointer(End, *D, Name, S);
    return Error::success();
  }

  if (Name == "strncpy" || Name == "stpncpy") {
    // Exactly n bytes of the destination are written: n must fit its
    // room (else glibc writes out of bounds), and the verifier is shown
    // it fits the window. The source is read up to its own bound.
    Value *N = mapped(Call.getArgOperand(2), S);
    require(S, B.CreateICmpULE(N, D->Avail), Name + ".room");
    N = bounded(N, D->W, Name + ".n", S);
    if (Name == "strncpy") {
      callLibc(Name, P, {D->Ptr, Src->Ptr, N, Src->Avail}, S);
      S.VMap[&Call] = DstArg->New;
      return Error::success();
    }
    // stpncpy: strncpy, then strnlen of the n bytes written. strncpy's
    // loop leaves with n known exactly on each path; through map memory
    // it becomes one value again, else the verifier walks strnlen once
    // for each (koffload_libc.h).
    Value *Slot = S.LaunderSlot();
    B.CreateAlignedStore(N, Slot, Align(8), /*isVolatile=*/true);
    callLibc("strncpy", P, {D->Ptr, Src->Ptr, N, Src->Avail}, S);
    N = bounded(B.CreateAlignedLoad(I64, Slot, Align(8), /*isVolatile=*/true,
                                    Name + ".n.laundered"),
                D->W, Name + ".n.again", S);
    Value *Len = callLibc("strnlen", I64, {D->Ptr, N, N}, S);
    Len = launder(Len, D->W, Name + ".len", S);
    S.VMap[&Call] = launderPointer(
        B.CreateInBoundsGEP(B.getInt8Ty(), D->Ptr, Len), *D, Name, S);
    return Error::success();
  }

  // strcat, strncat: the destination's length first, within its room,
  // of which at most half the cap is examined: the two loops, one after
  // the other, share the verifier's 8192 pending branches (koffload_libc.h).
  if (D->W > BPFLibcMax / 2) {
    D->W = BPFLibcMax / 2;
    D->Avail = B.CreateBinaryIntrinsic(Intrinsic::umin, D->Avail,
                                       B.getInt64(D->W));
  }
  // strlen's loop leaves with the room known exactly on each path (it
  // compares the index with it), the length too: both pass through map
  // memory, else the verifier walks the append once for each.
  Value *Slot = S.LaunderSlot();
  B.CreateAlignedStore(D->Avail, Slot, Align(8), /*isVolatile=*/true);
  Value *Len = callLibc("strlen", I64, {D->Ptr, D->Avail}, S);
  D->Avail = bounded(B.CreateAlignedLoad(I64, Slot, Align(8),
                                         /*isVolatile=*/true,
                                         Name + ".room.laundered"),
                     D->W, Name + ".room", S);
  Len = launder(Len, D->W, Name + ".len", S);
  // The append at dst + len: a window of its own inside the global (the
  // verifier does not relate len to the room left), and the bytes it may
  // touch, the room left and the source's, at most that window.
  uint64_t W = std::min(D->W, Src->W);
  uint64_t GSize = globalSize(D->Global);
  if (GSize < W)
    return refuse("internal error: an object larger than its global");
  Value *Off = B.CreateSub(
      B.CreatePtrToInt(B.CreateInBoundsGEP(B.getInt8Ty(), D->Ptr, Len), I64),
      B.CreatePtrToInt(D->Global, I64));
  require(S, B.CreateICmpULE(Off, B.getInt64(GSize - W)), Name + ".window");
  Value *End =
      B.CreateInBoundsGEP(B.getInt8Ty(), D->Global, opaque(B, Off), "end");
  // The length is below the room (strlen found the NUL there).
  require(S, B.CreateICmpULT(Len, D->Avail), Name + ".len.in.room");
  Value *Room = B.CreateSub(D->Avail, Len);
  Value *Avail =
      bounded(B.CreateBinaryIntrinsic(Intrinsic::umin, Room, Src->Avail), W,
              Name + ".fits", S);
  if (Name == "strcat")
    callLibc(Name, P, {End, Src->Ptr, Avail}, S);
  else
    callLibc(Name, P, {End, Src->Ptr, mapped(Call.getArgOperand(2), S), Avail},
             S);
  S.VMap[&Call] = DstArg->New;
  return Error::success();
}

} // namespace koffload::bpflibc
