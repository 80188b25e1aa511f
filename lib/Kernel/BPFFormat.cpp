//===- BPFFormat.cpp - sprintf and snprintf in the offload ----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A sprintf or snprintf call with a constant format becomes straight-line
// code: the format, parsed at compile time (Support/FormatSpec.h), is one
// call per piece of the BPF libc's koffload_fmt_lit/_int/_char/_str
// (runtime/bpf/libc-format.bpf.c), all on one struct koffload_fmt_out
// that SROA keeps in registers once the pieces are inlined. No format is
// parsed in BPF.
//
// The output is exact: bytes below `lim` are written, the length counts
// them all (snprintf's return value), the NUL goes at min(len, lim).
// `lim` is what the program allows (snprintf's size - 1) within what the
// destination really has (the rest of its local array, and the fortified
// forms' object size); the verifier is shown it is below the window.
// When the program's output would not fit where the original wrote it
// (sprintf past its buffer, snprintf with a size larger than the buffer),
// the request falls back: userspace then does what the original did.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLibc.h"
#include "Support/FormatSpec.h"
#include "Support/KernelModel.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

// The flags of runtime/bpf/koffload_libc.h (KOFFLOAD_FMT_*).
enum : uint64_t {
  FmtLeft = 0x01,
  FmtZero = 0x02,
  FmtPlus = 0x04,
  FmtSpace = 0x08,
  FmtAlt = 0x10,
  FmtSigned = 0x20,
  FmtUpper = 0x40,
  FmtBaseShift = 8,
};

/// A value the optimizer cannot see through (so a bound checked on it
/// holds for the register the verifier sees).
Value *opaque(IRBuilder<> &B, Value *V) {
  FunctionType *FT = FunctionType::get(V->getType(), {V->getType()}, false);
  InlineAsm *IA = InlineAsm::get(FT, "", "=r,0", /*hasSideEffects=*/true);
  return B.CreateCall(FT, IA, {V});
}

class FormatEmitter {
public:
  FormatEmitter(CallBase &Call, const BPFLibcSite &S)
      : Call(Call), S(S), B(S.B), KM(*S.F.getParent()),
        I32(B.getInt32Ty()), I64(B.getInt64Ty()), Ptr(B.getPtrTy()),
        Name(directCalleeName(Call)) {}

  Error emit();

private:
  CallBase &Call;
  const BPFLibcSite &S;
  IRBuilder<> &B;
  Module &KM;
  Type *I32, *I64, *Ptr;
  StringRef Name;
  Value *Out = nullptr; ///< the struct koffload_fmt_out
  unsigned NextArg = 0;

  void require(Value *Ok, const Twine &What) {
    BasicBlock *Cont = BasicBlock::Create(S.F.getContext(), What, &S.F);
    B.CreateCondBr(Ok, Cont, S.Fallback);
    B.SetInsertPoint(Cont);
  }
  Value *arg(unsigned I) {
    Value *V = Call.getArgOperand(I);
    if (Value *M = S.VMap.lookup(V))
      return M;
    if (auto *C = dyn_cast<Constant>(V))
      return MapValue(C, S.VMap);
    return V; // the cloner names what the path does not compute
  }
  Value *field(unsigned I) {
    return B.CreateConstInBoundsGEP1_64(I64, Out, I);
  }
  void piece(StringRef Fn, ArrayRef<Value *> Args) {
    SmallVector<Type *, 5> Params;
    for (Value *A : Args)
      Params.push_back(A->getType());
    FunctionCallee K = KM.getOrInsertFunction(
        Fn, FunctionType::get(B.getVoidTy(), Params, false));
    B.CreateCall(K, Args);
  }
  Value *literal(StringRef Text);
  Error conversion(const FormatConversion &C);
};

Value *FormatEmitter::literal(StringRef Text) {
  Constant *Init = ConstantDataArray::getString(KM.getContext(), Text,
                                                /*AddNull=*/false);
  auto *G = new GlobalVariable(KM, Init->getType(), /*isConstant=*/true,
                               GlobalValue::PrivateLinkage, Init,
                               "koffload.fmt.lit");
  G->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  return G;
}

Error FormatEmitter::conversion(const FormatConversion &C) {
  // Width and precision as the library takes them: two ints in a word.
  Value *Width = B.getInt32(C.Width);
  Value *Prec = B.getInt32(C.Precision);
  if (C.WidthArg)
    Width = arg(NextArg++);
  if (C.PrecisionArg)
    Prec = arg(NextArg++);
  Value *WP = B.CreateOr(B.CreateShl(B.CreateZExt(Width, I64), 32),
                         B.CreateZExt(Prec, I64));
  uint64_t Flags = (C.Left ? FmtLeft : 0) | (C.Zero ? FmtZero : 0) |
                   (C.Plus ? FmtPlus : 0) | (C.Space ? FmtSpace : 0) |
                   (C.Alt ? FmtAlt : 0) | (C.isSigned() ? FmtSigned : 0) |
                   (C.Conv == 'X' ? FmtUpper : 0) |
                   uint64_t(C.base()) << FmtBaseShift;
  Value *Spec = B.getInt64(Flags);
  unsigned ArgNo = NextArg++;
  Value *V = arg(ArgNo);
  switch (C.Conv) {
  case 'c':
    piece("koffload_fmt_char", {Out, V, Spec, WP});
    return Error::success();
  case 's': {
    Expected<BPFLibcWindow> Str = bpfLibcWindow(Call, ArgNo, BPFLibcMax, S);
    if (!Str)
      return Str.takeError();
    piece("koffload_fmt_str", {Out, Str->Ptr, Str->Avail, Spec, WP});
    return Error::success();
  }
  default:
    // The argument as printf reads it: hh and h convert the promoted int
    // back to a char or short first.
    if (C.Bits < 32)
      V = B.CreateTrunc(V, B.getIntNTy(C.Bits));
    V = C.isSigned() ? B.CreateSExt(V, I64) : B.CreateZExt(V, I64);
    piece("koffload_fmt_int", {Out, V, Spec, WP});
    return Error::success();
  }
}

Error FormatEmitter::emit() {
  FormatSpec Spec;
  if (std::optional<std::string> Why = formatCallBlocker(Call, &Spec))
    return refuse(*Why);
  FormatCallLayout L = *formatCallLayout(Call);
  NextArg = L.FirstArg;

  Expected<BPFLibcWindow> Dst = bpfLibcWindow(Call, L.Dst, BPFLibcMax, S);
  if (!Dst)
    return Dst.takeError();
  if (Dst->W == 0)
    return refuse(Name + " into a buffer with no room left");
  // Room: the bytes the original may write, NUL included.
  Value *Room = Dst->Avail;
  if (L.ObjSize) {
    Value *ObjSize = B.CreateZExtOrTrunc(arg(*L.ObjSize), I64);
    Room = B.CreateBinaryIntrinsic(Intrinsic::umin, Room, ObjSize);
    // __snprintf_chk aborts (__chk_fail) when the size passes the object:
    // userspace does that.
    if (L.Size)
      require(B.CreateICmpULE(B.CreateZExtOrTrunc(arg(*L.Size), I64),
                              ObjSize),
              Name + ".chk");
  }
  Value *Size = L.Size ? B.CreateZExtOrTrunc(arg(*L.Size), I64) : nullptr;
  Value *Zero = B.getInt64(0), *One = B.getInt64(1);
  Value *HasRoom = B.CreateICmpNE(Room, Zero);
  Value *RoomLim = B.CreateSub(Room, One);
  Value *Lim;
  if (Size) {
    Value *Sized = B.CreateICmpNE(Size, Zero);
    require(B.CreateOr(B.CreateNot(Sized), HasRoom), Name + ".room");
    Lim = B.CreateSelect(
        Sized,
        B.CreateBinaryIntrinsic(Intrinsic::umin, B.CreateSub(Size, One),
                                RoomLim),
        Zero);
  } else {
    require(HasRoom, Name + ".room");
    Lim = RoomLim;
  }
  // The verifier's bound for every store: lim < the window. Through map
  // memory, lim is one unknown value to the verifier: otherwise each arm
  // of the min above (a size, the room) would be walked through the
  // whole format.
  Value *Slot = S.LaunderSlot();
  B.CreateAlignedStore(Lim, Slot, Align(8), /*isVolatile=*/true);
  Lim = B.CreateAlignedLoad(I64, Slot, Align(8), /*isVolatile=*/true,
                            Name + ".lim");
  require(B.CreateICmpULE(Lim, B.getInt64(Dst->W - 1)), Name + ".lim");
  Lim = opaque(B, Lim);

  // struct koffload_fmt_out { dst, lim, len, launder }: on the stack,
  // promoted to registers once the pieces are inlined.
  BasicBlock &Entry = S.F.getEntryBlock();
  IRBuilder<> EB(&Entry, Entry.getFirstInsertionPt());
  auto *OutSlot = EB.CreateAlloca(ArrayType::get(I64, 4), nullptr,
                                  Name + ".out");
  OutSlot->setAlignment(Align(8));
  Out = OutSlot;
  B.CreateAlignedStore(Dst->Ptr, field(0), Align(8));
  B.CreateAlignedStore(Lim, field(1), Align(8));
  B.CreateAlignedStore(Zero, field(2), Align(8));
  B.CreateAlignedStore(Slot, field(3), Align(8));

  for (const FormatPiece &P : Spec.Pieces) {
    if (!P.Conv) {
      piece("koffload_fmt_lit",
            {Out, literal(P.Literal), B.getInt64(P.Literal.size())});
      continue;
    }
    if (Error E = conversion(*P.Conv))
      return E;
  }

  Value *Len = B.CreateAlignedLoad(I64, field(2), Align(8), Name + ".len");
  // The output passes the destination where the original wrote all of it
  // (sprintf; snprintf with a size beyond the buffer): only userspace can
  // do what it did.
  if (Size) {
    // Only where the size passes the room (one branch each: no boolean
    // for the verifier to walk both values of).
    BasicBlock *Check =
        BasicBlock::Create(S.F.getContext(), Name + ".past.room", &S.F);
    BasicBlock *Fine = BasicBlock::Create(S.F.getContext(), Name + ".fits", &S.F);
    B.CreateCondBr(B.CreateICmpULE(Size, Room), Fine, Check);
    B.SetInsertPoint(Check);
    require(B.CreateICmpULE(Len, Lim), Name + ".fits.room");
    B.CreateBr(Fine);
    B.SetInsertPoint(Fine);
  } else {
    require(B.CreateICmpULE(Len, Lim), Name + ".fits");
  }
  // A piece that could not be formatted exactly (a %s without its NUL
  // where it may be read, a width from an argument past the cap) marks
  // the length with KOFFLOAD_FMT_POISON (2^40): only userspace can answer.
  // (An output over INT_MAX, where glibc returns -1, falls back too.)
  require(B.CreateICmpULE(Len, B.getInt64(INT32_MAX)), Name + ".exact");
  if (Size) {
    // snprintf with a size of 0 writes nothing, not even the NUL.
    BasicBlock *Nul = BasicBlock::Create(S.F.getContext(), Name + ".nul", &S.F);
    BasicBlock *Done =
        BasicBlock::Create(S.F.getContext(), Name + ".done", &S.F);
    B.CreateCondBr(B.CreateICmpNE(Size, Zero), Nul, Done);
    B.SetInsertPoint(Nul);
    piece("koffload_fmt_end", {Out});
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
  } else {
    piece("koffload_fmt_end", {Out});
  }
  S.VMap[&Call] = B.CreateTrunc(Len, Call.getType());
  return Error::success();
}

} // namespace

Error lowerFormatCall(CallBase &Call, const BPFLibcSite &S) {
  return FormatEmitter(Call, S).emit();
}

} // namespace koffload
