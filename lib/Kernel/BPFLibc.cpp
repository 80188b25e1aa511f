//===- BPFLibc.cpp - Libc calls of the fast path in the offload -----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Each libc call on the request path lowered to the BPF libc's koffload_*
// function and its overflow check. The ctype tables and the linking of the
// library's bitcode are in BPFLibcLink.cpp.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLibc.h"
#include "Kernel/BPFLibcParts.h"
#include "Kernel/BPFTarget.h"
#include "Support/KernelModel.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/TargetParser/Triple.h"


using namespace llvm;

namespace koffload {

using namespace bpflibc;

namespace bpflibc {

constexpr const char *StatusName = "koffload.libc.st";

/// How a libc function maps onto its koffload_* function.
enum class Shape {
  Ctype,     ///< int f(int)                 -> f(c)
  Order16,   ///< uint16_t f(uint16_t)       -> f(x)
  Order32,   ///< uint32_t f(uint32_t)       -> f(x)
  Strlen,    ///< size_t f(s)                -> f(s, avail, st)
  Strnlen,   ///< size_t f(s, m)             -> f(s, m, avail, st)
  Strcmp,    ///< int f(a, b)                -> f(a, b, avail, st)
  Strncmp,   ///< int f(a, b, n)             -> f(a, b, n, avail, st)
  Strchr,    ///< char *f(s, c)              -> f(s, c, avail, st)
  Span,      ///< size_t f(s, literal set)   -> f(s, set map, avail, st)
  Strstr,    ///< char *f(s, literal needle) -> f(s, word, len, avail, st)
  Memchr,    ///< void *f(s, c, n)           -> f(s, c, n, avail, st)
  Strtoul,   ///< long f(s, char **e, base)  -> f(s, e, base, avail, st)
  Atoi,      ///< int f(s)                   -> f(s, avail, st)
  Atol,      ///< long f(s)                  -> f(s, avail, st)
  Copy,      ///< strcpy and family, strrchr: BPFLibcCopy.cpp
  CtypeLoc,  ///< glibc's table accessors: rewritten in linkBPFLibc
};

const StringMap<Shape> &shapes() {
  static const StringMap<Shape> Shapes = {
      {"isdigit", Shape::Ctype},   {"isalpha", Shape::Ctype},
      {"isalnum", Shape::Ctype},   {"isspace", Shape::Ctype},
      {"isxdigit", Shape::Ctype},  {"isupper", Shape::Ctype},
      {"islower", Shape::Ctype},   {"isprint", Shape::Ctype},
      {"isgraph", Shape::Ctype},   {"ispunct", Shape::Ctype},
      {"iscntrl", Shape::Ctype},   {"isblank", Shape::Ctype},
      {"tolower", Shape::Ctype},   {"toupper", Shape::Ctype},
      {"htons", Shape::Order16},   {"ntohs", Shape::Order16},
      {"htonl", Shape::Order32},   {"ntohl", Shape::Order32},
      {"strlen", Shape::Strlen},   {"strnlen", Shape::Strnlen},
      {"strcmp", Shape::Strcmp},   {"strcasecmp", Shape::Strcmp},
      {"strncmp", Shape::Strncmp}, {"strncasecmp", Shape::Strncmp},
      {"strchr", Shape::Strchr},   {"memchr", Shape::Memchr},
      {"strspn", Shape::Span},     {"strcspn", Shape::Span},
      {"strstr", Shape::Strstr},
      {"strtoul", Shape::Strtoul}, {"strtol", Shape::Strtoul},
      {"strtoull", Shape::Strtoul}, {"strtoll", Shape::Strtoul},
      {"atoi", Shape::Atoi},       {"atol", Shape::Atol},
      {"atoll", Shape::Atol},
      {"strcpy", Shape::Copy},     {"stpcpy", Shape::Copy},
      {"strncpy", Shape::Copy},    {"stpncpy", Shape::Copy},
      {"strcat", Shape::Copy},     {"strncat", Shape::Copy},
      {"strrchr", Shape::Copy},    {"memrchr", Shape::Memchr},
      {"__ctype_b_loc", Shape::CtypeLoc},
      {"__ctype_tolower_loc", Shape::CtypeLoc},
      {"__ctype_toupper_loc", Shape::CtypeLoc},
  };
  return Shapes;
}

/// The C prototype of a libc function of \p S, as clang declares it on
/// x86-64 (LP64): a call with another type is not lowered.
FunctionType *prototype(Shape S, StringRef Name, LLVMContext &Ctx) {
  Type *P = PointerType::getUnqual(Ctx), *I16 = Type::getInt16Ty(Ctx),
       *I32 = Type::getInt32Ty(Ctx), *I64 = Type::getInt64Ty(Ctx);
  switch (S) {
  case Shape::Ctype:
    return FunctionType::get(I32, {I32}, false);
  case Shape::Order16:
    return FunctionType::get(I16, {I16}, false);
  case Shape::Order32:
    return FunctionType::get(I32, {I32}, false);
  case Shape::Strlen:
    return FunctionType::get(I64, {P}, false);
  case Shape::Strnlen:
    return FunctionType::get(I64, {P, I64}, false);
  case Shape::Strcmp:
    return FunctionType::get(I32, {P, P}, false);
  case Shape::Strncmp:
    return FunctionType::get(I32, {P, P, I64}, false);
  case Shape::Strchr:
    return FunctionType::get(P, {P, I32}, false);
  case Shape::Span:
    return FunctionType::get(I64, {P, P}, false);
  case Shape::Strstr:
    return FunctionType::get(P, {P, P}, false);
  case Shape::Memchr:
    return FunctionType::get(P, {P, I32, I64}, false);
  case Shape::Strtoul:
    return FunctionType::get(I64, {P, P, I32}, false);
  case Shape::Atoi:
    return FunctionType::get(I32, {P}, false);
  case Shape::Atol:
    return FunctionType::get(I64, {P}, false);
  case Shape::CtypeLoc:
    return FunctionType::get(P, {}, false);
  case Shape::Copy:
    return copyPrototype(Name, Ctx);
  }
  return nullptr;
}

/// The pointer arguments whose bytes the function reads, and its cap: from
/// the kernel model, which the planner reads too.
SmallVector<unsigned, 2> stringArgs(StringRef Name) {
  std::optional<LibcFunction> F = lookupLibc(Name);
  return F ? readArgs(*F) : SmallVector<unsigned, 2>();
}

uint64_t capOf(StringRef Name) {
  std::optional<LibcFunction> F = lookupLibc(Name);
  return F && F->Cap ? F->Cap : BPFLibcMax;
}

std::optional<Shape> shapeOf(StringRef Name) {
  auto It = shapes().find(Name);
  if (It == shapes().end())
    return std::nullopt;
  return It->second;
}

bool isStrto(const CallBase &CB) {
  std::optional<Shape> S = shapeOf(directCalleeName(CB));
  return S && *S == Shape::Strtoul;
}

bool isCtypeLoc(const Value *V) {
  const auto *CB = dyn_cast<CallBase>(V);
  if (!CB)
    return false;
  std::optional<Shape> S = shapeOf(directCalleeName(*CB));
  return S && *S == Shape::CtypeLoc && CB->arg_size() == 0;
}

/// A local that only ever holds a pointer a strto* call stores through its
/// end pointer, or one the program stores itself: it can live on the BPF
/// stack instead of the scratch memory.
bool isEndPointerSlot(const AllocaInst *AI) {
  if (!AI->getAllocatedType()->isPointerTy() || AI->isArrayAllocation())
    return false;
  for (const User *U : AI->users()) {
    if (const auto *L = dyn_cast<LoadInst>(U)) {
      if (L->getType()->isPointerTy())
        continue;
      return false;
    }
    if (const auto *St = dyn_cast<StoreInst>(U)) {
      if (St->getPointerOperand() == AI && St->getValueOperand() != AI &&
          St->getValueOperand()->getType()->isPointerTy())
        continue;
      return false;
    }
    if (const auto *II = dyn_cast<IntrinsicInst>(U);
        II && (II->isLifetimeStartOrEnd() || isa<DbgInfoIntrinsic>(II)))
      continue;
    if (const auto *CB = dyn_cast<CallBase>(U);
        CB && isStrto(*CB) && CB->arg_size() == 3 &&
        CB->getArgOperand(1) == AI && CB->getArgOperand(0) != AI &&
        CB->getArgOperand(2) != AI)
      continue;
    return false;
  }
  return true;
}

/// The objects (allocas, globals) \p P may point into, in the working copy.
/// Looks through the pointers the BPF libc returns into its argument
/// (strchr, memchr) and through end-pointer slots. False if one is unknown.
bool objectsOf(const Value *P, SmallPtrSetImpl<const Value *> &Out,
               SmallPtrSetImpl<const Value *> &Seen) {
  if (!Seen.insert(P).second)
    return true;
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(P, Objects, nullptr, 0);
  for (const Value *O : Objects) {
    if (isa<AllocaInst>(O) || isa<GlobalVariable>(O)) {
      Out.insert(O);
      continue;
    }
    if (const auto *CB = dyn_cast<CallBase>(O)) {
      std::optional<Shape> S = shapeOf(directCalleeName(*CB));
      if (S &&
          (*S == Shape::Strchr || *S == Shape::Memchr ||
           *S == Shape::Strstr || *S == Shape::Copy) &&
          CB->arg_size() > 0) {
        if (!objectsOf(CB->getArgOperand(0), Out, Seen))
          return false;
        continue;
      }
      return false;
    }
    if (const auto *L = dyn_cast<LoadInst>(O)) {
      const auto *Slot =
          dyn_cast<AllocaInst>(getUnderlyingObject(L->getPointerOperand()));
      if (!Slot || Slot != L->getPointerOperand() || !isEndPointerSlot(Slot))
        return false;
      for (const User *U : Slot->users()) {
        const Value *Stored = nullptr;
        if (const auto *St = dyn_cast<StoreInst>(U))
          Stored = St->getValueOperand();
        else if (const auto *CB = dyn_cast<CallBase>(U);
                 CB && !isa<IntrinsicInst>(CB))
          Stored = CB->getArgOperand(0);
        if (Stored && !isa<ConstantPointerNull>(Stored) &&
            !objectsOf(Stored, Out, Seen))
          return false;
      }
      continue;
    }
    return false;
  }
  return true;
}

/// A value the optimizer cannot see through: a bound checked on it holds
/// for the register the verifier sees.
Value *opaque(IRBuilder<> &B, Value *V) {
  FunctionType *FT = FunctionType::get(V->getType(), {V->getType()}, false);
  InlineAsm *IA = InlineAsm::get(FT, "", "=r,0", /*hasSideEffects=*/true);
  return B.CreateCall(FT, IA, {V});
}

/// Continues where \p Ok holds; otherwise falls back.
void require(const BPFLibcSite &S, Value *Ok, const Twine &Name) {
  BasicBlock *Cont = BasicBlock::Create(S.F.getContext(), Name, &S.F);
  S.B.CreateCondBr(Ok, Cont, S.Fallback);
  S.B.SetInsertPoint(Cont);
}

/// The generated value of a working-copy value. Values the path does not
/// compute stay as they are: the cloner refuses them with their name.
Value *mapped(Value *V, const BPFLibcSite &S) {
  if (Value *M = S.VMap.lookup(V))
    return M;
  if (isa<Constant>(V))
    if (Value *M = MapValue(V, S.VMap))
      return M;
  return V;
}

} // namespace bpflibc

AllocaInst *createBPFLibcStatus(Function &F) {
  BasicBlock &Entry = F.getEntryBlock();
  IRBuilder<> EB(&Entry, Entry.getFirstInsertionPt());
  AllocaInst *St = EB.CreateAlloca(EB.getInt64Ty(), nullptr, StatusName);
  St->setAlignment(Align(8));
  EB.CreateAlignedStore(EB.getInt64(0), St, Align(8));
  return St;
}

namespace bpflibc {

/// The largest offset of \p P from \p Object, when SCEV can bound it (an
/// index that a loop counts, say).
std::optional<uint64_t> maxOffset(Value *P, const Value *Object,
                                  uint64_t Size) {
  auto *At = dyn_cast<Instruction>(P);
  if (!At)
    return std::nullopt;
  Function &WF = *At->getFunction();
  DominatorTree DT(WF);
  LoopInfo LI(DT);
  AssumptionCache AC(WF);
  TargetLibraryInfoImpl TLII(Triple(WF.getParent()->getTargetTriple()));
  TargetLibraryInfo TLI(TLII);
  ScalarEvolution SE(WF, TLI, AC, DT, LI);
  const SCEV *Off = SE.getMinusSCEV(
      SE.getSCEV(P), SE.getSCEV(const_cast<Value *>(Object)));
  if (isa<SCEVCouldNotCompute>(Off))
    return std::nullopt;
  ConstantRange R = SE.getSignedRange(Off);
  if (R.isFullSet() || R.getSignedMin().isNegative() ||
      R.getSignedMax().uge(Size))
    return std::nullopt;
  return R.getSignedMax().getZExtValue();
}

/// The 256-bit map of the literal set of a strspn/strcspn call (bit c & 63
/// of word c >> 6), as a constant global of \p KM.
Expected<Value *> spanSetMap(CallBase &Call, Module &KM) {
  StringRef Name = directCalleeName(Call);
  std::optional<StringRef> Set = bpfLibcLiteralArg(Call);
  if (!Set)
    return refuse("the set of " + Name + " is not a string literal");
  uint64_t Words[4] = {0, 0, 0, 0};
  for (unsigned char C : *Set)
    Words[C >> 6] |= uint64_t(1) << (C & 63);
  LLVMContext &Ctx = KM.getContext();
  Constant *Init = ConstantDataArray::get(Ctx, ArrayRef<uint64_t>(Words));
  auto *G = new GlobalVariable(KM, Init->getType(), /*isConstant=*/true,
                               GlobalValue::PrivateLinkage, Init,
                               ("koffload." + Name + ".set").str());
  G->setAlignment(Align(8));
  return G;
}

/// The size of the array field \p P points to the start of, when it is
/// one (items[id].key; the first field of a struct when the index selects
/// none), else no bound. At a run-time index SCEV cannot bound, a window
/// of that size fits at every index, where one of the whole object fits
/// only at offset 0; a string that runs past its field falls back.
uint64_t fieldWindow(const Value *P) {
  auto *GEP = dyn_cast<GEPOperator>(P);
  if (!GEP)
    return UINT64_MAX;
  Type *T = GEP->getResultElementType();
  while (auto *ST = dyn_cast_or_null<StructType>(T))
    T = ST->getNumElements() ? ST->getElementType(0) : nullptr;
  auto *AT = dyn_cast_or_null<ArrayType>(T);
  if (!AT || !GEP->getPointerOperandType()->isPointerTy())
    return UINT64_MAX;
  uint64_t Bytes =
      AT->getNumElements() * AT->getElementType()->getScalarSizeInBits() / 8;
  return Bytes ? Bytes : UINT64_MAX;
}

/// Argument \p ArgNo of \p Call, or the global the site knows it to be.
Value *argOf(CallBase &Call, unsigned ArgNo, const BPFLibcSite &S) {
  if (S.ArgIs && S.ArgIs->first == ArgNo)
    return S.ArgIs->second;
  return Call.getArgOperand(ArgNo);
}

Expected<StringArg> locate(CallBase &Call, unsigned ArgNo,
                           const BPFLibcSite &S) {
  StringRef Name = directCalleeName(Call);
  Value *P = argOf(Call, ArgNo, S);
  SmallPtrSet<const Value *, 4> Objects, Seen;
  if (!objectsOf(P, Objects, Seen) || Objects.empty())
    return refuse("a string passed to " + Name +
                  " points where the offload cannot follow it");
  if (Objects.size() != 1)
    return refuse("a string passed to " + Name +
                  " may point into several objects");
  const Value *Object = *Objects.begin();
  std::optional<BPFLibcObject> Obj = S.ObjectOf(Object);
  if (!Obj || !Obj->Size)
    return refuse("a string passed to " + Name + " points into " +
                  (Object->hasName() ? Object->getName() : "an object") +
                  ", which the offload does not have");
  StringArg A;
  A.New = mapped(P, S);
  A.Obj = *Obj;
  const DataLayout &DL = Call.getModule()->getDataLayout();
  APInt Off(DL.getIndexTypeSizeInBits(P->getType()), 0);
  if (P->stripAndAccumulateConstantOffsets(DL, Off, true) == Object) {
    if (Off.isNegative() || Off.getZExtValue() > Obj->Size)
      return refuse("a string passed to " + Name +
                    " points outside its object");
    A.Const = Off.getZExtValue();
  } else if (Obj->Start == Obj->Global) {
    // The object is a whole global, which has no bytes after it to show
    // the verifier as a window: the bytes after the furthest offset are.
    A.MaxOff = maxOffset(P, Object, Obj->Size);
  }
  return A;
}

Expected<BPFLibcWindow> windowAt(const StringArg &A, uint64_t W,
                                 const Twine &Name, const BPFLibcSite &S) {
  IRBuilder<> &B = S.B;
  if (A.Const)
    return BPFLibcWindow{A.New, B.getInt64(W), W};
  Module &KM = *S.F.getParent();
  uint64_t GSize =
      KM.getDataLayout().getTypeAllocSize(A.Obj.Global->getValueType());
  if (GSize < W)
    return refuse("internal error: an object larger than its global");
  Type *I64 = B.getInt64Ty();
  Value *PInt = B.CreatePtrToInt(A.New, I64);
  Value *InObj = B.CreateSub(PInt, B.CreatePtrToInt(A.Obj.Start, I64));
  require(S, B.CreateICmpULE(InObj, B.getInt64(A.Obj.Size)),
          Name + ".in.object");
  Value *Avail = B.CreateBinaryIntrinsic(
      Intrinsic::umin, B.getInt64(W),
      B.CreateSub(B.getInt64(A.Obj.Size), InObj));
  Value *Off = B.CreateSub(PInt, B.CreatePtrToInt(A.Obj.Global, I64));
  require(S, B.CreateICmpULE(Off, B.getInt64(GSize - W)), Name + ".window");
  Value *Ptr =
      B.CreateInBoundsGEP(B.getInt8Ty(), A.Obj.Global, opaque(B, Off));
  Avail = opaque(B, Avail);
  require(S, B.CreateICmpULE(Avail, B.getInt64(W)), Name + ".avail");
  return BPFLibcWindow{Ptr, Avail, W};
}

} // namespace bpflibc

Expected<BPFLibcWindow> bpfLibcWindow(CallBase &Call, unsigned ArgNo,
                                     uint64_t Cap, const BPFLibcSite &S) {
  // As lowerBPFLibcCall's string arguments, one at a time.
  Expected<StringArg> A = locate(Call, ArgNo, S);
  if (!A)
    return A.takeError();
  uint64_t W = std::min(Cap, A->Const    ? A->Obj.Size - *A->Const
                             : A->MaxOff ? A->Obj.Size - *A->MaxOff
                                         : A->Obj.Size);
  // A field of an element at a run-time index (items[id].key): a window
  // of the field's size fits at every index the program can form, where
  // one of the whole object's fits only at offset 0. A string that runs
  // past its field falls back.
  if (!A->Const && !A->MaxOff)
    W = std::min(W, fieldWindow(Call.getArgOperand(ArgNo)));
  return bpflibc::windowAt(*A, W, directCalleeName(Call), S);
}

bool isBPFLibcCall(StringRef Name) {
  std::optional<LibcFunction> F = lookupLibc(Name);
  return F && F->Lowering == LibcLowering::BPFLibc;
}

bool hasBPFLibcLowering(StringRef Name) { return shapes().count(Name); }

SmallVector<StringRef, 48> bpfLibcLoweredNames() {
  SmallVector<StringRef, 48> Names;
  for (const auto &E : shapes())
    Names.push_back(E.getKey());
  return Names;
}

std::optional<StringRef> bpfLibcLiteralArg(const CallBase &Call) {
  std::optional<LibcFunction> F = lookupLibc(directCalleeName(Call));
  StringRef Set;
  if (!F || F->LiteralArg < 0 || unsigned(F->LiteralArg) >= Call.arg_size() ||
      !getConstantStringInfo(Call.getArgOperand(F->LiteralArg), Set))
    return std::nullopt;
  return Set;
}

bool isBPFLibcCtypeLoc(const Value *V) { return isCtypeLoc(V); }

bool isMissingFromBPFLibc(StringRef Name) {
  std::optional<LibcFunction> F = lookupLibc(Name);
  return F && F->Block == LibcBlock::NotInBPFLibc;
}

/// A string argument that is one of several constant globals (a name read
/// from a constant table, which the preparation made a select among the
/// table's literals): the pointer is compared with each global's start
/// and the call lowered once per global, where the verifier sees a
/// constant object. A pointer inside a global, or elsewhere, falls back.
static Error lowerPerLiteral(CallBase &Call, unsigned ArgNo,
                             ArrayRef<GlobalVariable *> Globals,
                             const BPFLibcSite &S) {
  StringRef Name = directCalleeName(Call);
  IRBuilder<> &B = S.B;
  LLVMContext &Ctx = S.F.getContext();
  Type *I64 = B.getInt64Ty();
  Value *At =
      B.CreatePtrToInt(opaque(B, mapped(Call.getArgOperand(ArgNo), S)), I64);
  BasicBlock *Join = BasicBlock::Create(Ctx, Name + ".literal.done", &S.F);
  SmallVector<std::pair<Value *, BasicBlock *>, 8> Results;
  for (GlobalVariable *G : Globals) {
    auto *New = dyn_cast_or_null<GlobalVariable>(S.VMap.lookup(G));
    if (!New)
      continue; // the kernel side does not have it: that one falls back
    BasicBlock *Case = BasicBlock::Create(Ctx, Name + ".literal", &S.F);
    BasicBlock *Next = BasicBlock::Create(Ctx, Name + ".literal.next", &S.F);
    B.CreateCondBr(B.CreateICmpEQ(At, B.CreatePtrToInt(New, I64)), Case,
                   Next);
    B.SetInsertPoint(Case);
    BPFLibcSite One = S;
    One.ArgIs = std::make_pair(ArgNo, G);
    if (Error E = lowerBPFLibcCall(Call, One))
      return E;
    Results.push_back({S.VMap.lookup(&Call), B.GetInsertBlock()});
    B.CreateBr(Join);
    B.SetInsertPoint(Next);
  }
  B.CreateBr(S.Fallback);
  B.SetInsertPoint(Join);
  if (!Call.getType()->isVoidTy()) {
    PHINode *Phi = B.CreatePHI(Call.getType(), Results.size(), Call.getName());
    for (auto [V, BB] : Results)
      Phi->addIncoming(V, BB);
    S.VMap[&Call] = Phi;
  }
  return Error::success();
}

Error lowerBPFLibcCall(CallBase &Call, const BPFLibcSite &S) {
  StringRef Name = directCalleeName(Call);
  std::optional<Shape> Sh = shapeOf(Name);
  if (!Sh)
    return refuse("call to " + Name + " is not in the BPF libc");
  LLVMContext &Ctx = S.F.getContext();
  Module &KM = *S.F.getParent();
  IRBuilder<> &B = S.B;
  if (Call.getFunctionType() != prototype(*Sh, Name, Ctx))
    return refuse("call to " + Name + " does not match its C prototype");
  StringRef Real =
      cast<Function>(Call.getCalledOperand()->stripPointerCasts())->getName();
  if (Real.starts_with("__isoc23_") && *Sh == Shape::Strtoul) {
    // C23's strtoul also takes "0b" in bases 0 and 2; the BPF one does not.
    auto *Base = dyn_cast<ConstantInt>(Call.getArgOperand(2));
    if (!Base || Base->isZero() || Base->equalsInt(2))
      return refuse("call to " + Real +
                    " (C23: '0b' prefixes) with base 0 or 2 or a variable "
                    "base");
  }

  if (*Sh == Shape::Copy)
    return lowerStringCopy(Call, S);

  if (*Sh == Shape::CtypeLoc) {
    // The table pointer: the loads through it are rewritten by
    // linkBPFLibc() once the whole path is there.
    FunctionCallee Loc = KM.getOrInsertFunction(Name, Call.getFunctionType());
    S.VMap[&Call] = B.CreateCall(Loc, {}, Call.getName());
    return Error::success();
  }

  // A string that is one of several literals: once per literal.
  if (!S.ArgIs)
    for (unsigned ArgNo : stringArgs(Name)) {
      // A null candidate (a table's sentinel) is no string: it falls back.
      SmallVector<const Value *, 8> Objects;
      getUnderlyingObjects(Call.getArgOperand(ArgNo), Objects, nullptr, 0);
      erase_if(Objects,
               [](const Value *O) { return isa<ConstantPointerNull>(O); });
      if (Objects.size() < 2 &&
          !(Objects.size() == 1 && isa<SelectInst, PHINode>(
                                       Call.getArgOperand(ArgNo))))
        continue;
      SmallVector<GlobalVariable *, 8> Globals;
      for (const Value *O : Objects)
        if (auto *G = dyn_cast<GlobalVariable>(O); G && G->isConstant())
          Globals.push_back(const_cast<GlobalVariable *>(G));
      // In a stable order (the object set's is by address).
      sort(Globals, [](const GlobalVariable *X, const GlobalVariable *Y) {
        return X->getName() < Y->getName();
      });
      if (Globals.size() == Objects.size())
        return lowerPerLiteral(Call, ArgNo, Globals, S);
    }

  SmallVector<Value *, 6> Args;
  for (unsigned I = 0; I < Call.arg_size(); ++I)
    Args.push_back(mapped(argOf(Call, I, S), S));
  SmallVector<Type *, 6> Params(Call.getFunctionType()->params());
  if (*Sh == Shape::Strstr) {
    // The needle as one word, its first byte the most significant, and its
    // length: the library compares a rolling window of the string with it.
    std::optional<StringRef> Needle = bpfLibcLiteralArg(Call);
    if (!Needle || Needle->size() > 8)
      return refuse("the needle of " + Name +
                    " is not a string literal of at most 8 bytes");
    uint64_t Word = 0;
    for (unsigned char C : *Needle)
      Word = Word << 8 | C;
    Args.assign({Args[0], B.getInt64(Word), B.getInt64(Needle->size())});
    Params.assign({B.getPtrTy(), B.getInt64Ty(), B.getInt64Ty()});
  }
  if (*Sh == Shape::Span) {
    // The set as a 256-bit map in read-only data: one table read per byte
    // of the string instead of a walk over the set.
    Expected<Value *> Map = spanSetMap(Call, KM);
    if (!Map)
      return Map.takeError();
    Args[1] = *Map;
  }
  std::string KName = ("koffload_" + Name).str();
  if (*Sh == Shape::Ctype || *Sh == Shape::Order16 || *Sh == Shape::Order32) {
    FunctionCallee K = KM.getOrInsertFunction(KName, Call.getFunctionType());
    S.VMap[&Call] = B.CreateCall(K, Args, Call.getName());
    return Error::success();
  }

  // avail: what the libc function may read at its string arguments. A
  // constant offset in the object gives the verifier a constant; at a
  // variable offset, the verifier is shown a window of W bytes that fits
  // the global holding the object (it does not relate avail to the
  // pointer), and the real avail, at most W, is checked at run time. In
  // the scratch memory W is the object's size (the window fits unless the
  // object ends the last CPU's slot); in a program global it is what
  // follows the largest offset SCEV knows, else the window only fits at
  // offset 0 and other offsets fall back.
  uint64_t W = capOf(Name);
  SmallVector<StringArg, 2> Strings;
  for (unsigned ArgNo : stringArgs(Name)) {
    Expected<StringArg> A = locate(Call, ArgNo, S);
    if (!A)
      return A.takeError();
    W = std::min(W, A->Const    ? A->Obj.Size - *A->Const
                    : A->MaxOff ? A->Obj.Size - *A->MaxOff
                                : std::min(A->Obj.Size,
                                           fieldWindow(Call.getArgOperand(
                                               ArgNo))));
    Strings.push_back(*A);
  }
  Type *I64 = B.getInt64Ty();
  Value *Avail = B.getInt64(W);
  bool Variable = false;
  for (unsigned K = 0; K < Strings.size(); ++K) {
    StringArg &A = Strings[K];
    if (A.Const)
      continue;
    Variable = true;
    const DataLayout &KDL = KM.getDataLayout();
    uint64_t GSize = KDL.getTypeAllocSize(A.Obj.Global->getValueType());
    if (GSize < W)
      return refuse("internal error: an object larger than its global");
    Value *PInt = B.CreatePtrToInt(A.New, I64);
    Value *InObj = B.CreateSub(PInt, B.CreatePtrToInt(A.Obj.Start, I64));
    require(S, B.CreateICmpULE(InObj, B.getInt64(A.Obj.Size)),
            Name + ".in.object");
    Avail = B.CreateBinaryIntrinsic(Intrinsic::umin, Avail,
                                    B.CreateSub(B.getInt64(A.Obj.Size), InObj));
    Value *Off = B.CreateSub(PInt, B.CreatePtrToInt(A.Obj.Global, I64));
    require(S, B.CreateICmpULE(Off, B.getInt64(GSize - W)), Name + ".window");
    A.New = B.CreateInBoundsGEP(B.getInt8Ty(), A.Obj.Global, opaque(B, Off));
    Args[stringArgs(Name)[K]] = A.New;
  }
  if (Variable) {
    Avail = opaque(B, Avail);
    require(S, B.CreateICmpULE(Avail, B.getInt64(W)), Name + ".avail");
  }

  if (*Sh == Shape::Strtoul) {
    // The end pointer: on the BPF stack, where the verifier keeps track of
    // a stored pointer.
    Value *End = Call.getArgOperand(1);
    if (!isa<ConstantPointerNull>(End)) {
      auto *Slot = dyn_cast<AllocaInst>(End->stripPointerCasts());
      if (!Slot || !isEndPointerSlot(Slot))
        return refuse("the end pointer of " + Name +
                      " is not a local pointer variable");
      auto *Stack = dyn_cast_or_null<AllocaInst>(S.VMap.lookup(Slot));
      if (!Stack || Stack->getFunction() != &S.F ||
          Stack->getParent() != &S.F.getEntryBlock()) {
        BasicBlock &Entry = S.F.getEntryBlock();
        IRBuilder<> EB(&Entry, Entry.getFirstInsertionPt());
        Stack = EB.CreateAlloca(B.getPtrTy(), nullptr,
                                Slot->getName() + ".stack");
        // Every use of the local, before and after this call, is remapped
        // to it when the cloner finishes.
        S.VMap[Slot] = Stack;
      }
      Args[1] = Stack;
    }
  }

  Value *St = S.StatusSlot();
  Args.push_back(Avail);
  Args.push_back(St);
  Params.push_back(I64);
  Params.push_back(B.getPtrTy());
  FunctionType *KFT =
      FunctionType::get(Call.getType(), Params, /*isVarArg=*/false);
  FunctionCallee K = KM.getOrInsertFunction(KName, KFT);
  Value *Result = B.CreateCall(K, Args, Call.getName());
  // Overflow: only userspace can answer; restart the request there.
  Value *Overflow = B.CreateLoad(B.getInt8Ty(), St, Name + ".overflow");
  require(S, B.CreateICmpEQ(Overflow, B.getInt8(0)), Name + ".exact");
  // A length or a match position leaves the library's loop with another
  // exact value on every trip count, and the verifier would walk the rest
  // of the program once for each. Through map memory (which the verifier
  // does not track) the result becomes one unknown value in its range.
  if (*Sh == Shape::Strlen || *Sh == Shape::Strnlen || *Sh == Shape::Span) {
    Value *Slot = S.LaunderSlot();
    B.CreateAlignedStore(Result, Slot, Align(8), /*isVolatile=*/true);
    Value *Back = B.CreateAlignedLoad(I64, Slot, Align(8), /*isVolatile=*/true,
                                      Name + ".laundered");
    require(S, B.CreateICmpULE(Back, B.getInt64(W)), Name + ".in.range");
    Result = opaque(B, Back);
  } else if (*Sh == Shape::Strtoul || *Sh == Shape::Atoi ||
             *Sh == Shape::Atol) {
    // A parsed number used as an index (items[strtoul(...)]) is made
    // precise, and the verifier then walks the parse loop once per state
    // instead of pruning it (a table lookup by a parsed id went from 44k
    // to 980k instructions). Through map memory the number keeps its
    // value and loses its history.
    Value *Slot = S.LaunderSlot();
    B.CreateAlignedStore(B.CreateZExtOrTrunc(Result, I64), Slot, Align(8),
                         /*isVolatile=*/true);
    Value *Back = B.CreateAlignedLoad(I64, Slot, Align(8),
                                      /*isVolatile=*/true,
                                      Name + ".laundered");
    Result = B.CreateTrunc(Back, Call.getType());
  } else if (*Sh == Shape::Strchr || *Sh == Shape::Memchr ||
             *Sh == Shape::Strstr) {
    // A pointer into the string's object, or NULL. As an offset from the
    // global, checked again: accesses through it are then bounds-checked
    // like every access into a global at a variable offset.
    GlobalVariable *G = Strings[0].Obj.Global;
    uint64_t GSize =
        KM.getDataLayout().getTypeAllocSize(G->getValueType());
    // NULL as an opaque inttoptr: a literal null would count as a second
    // object for the bounds checks of the accesses through the result
    // (which only the non-NULL path makes).
    Value *Null = B.CreateIntToPtr(opaque(B, B.getInt64(0)), B.getPtrTy(),
                                   Name + ".none");
    BasicBlock *Before = B.GetInsertBlock();
    BasicBlock *Found = BasicBlock::Create(Ctx, Name + ".found", &S.F);
    BasicBlock *Join = BasicBlock::Create(Ctx, Name + ".result", &S.F);
    B.CreateCondBr(B.CreateIsNull(Result), Join, Found);
    B.SetInsertPoint(Found);
    Value *Slot = S.LaunderSlot();
    B.CreateAlignedStore(B.CreateSub(B.CreatePtrToInt(Result, I64),
                                     B.CreatePtrToInt(G, I64)),
                         Slot, Align(8), /*isVolatile=*/true);
    Value *Back = B.CreateAlignedLoad(I64, Slot, Align(8), /*isVolatile=*/true,
                                      Name + ".laundered");
    require(S, B.CreateICmpULE(Back, B.getInt64(GSize)), Name + ".in.range");
    Value *Match =
        B.CreateInBoundsGEP(B.getInt8Ty(), G, opaque(B, Back), Name + ".at");
    BasicBlock *FoundEnd = B.GetInsertBlock();
    B.CreateBr(Join);
    B.SetInsertPoint(Join);
    PHINode *Phi = B.CreatePHI(B.getPtrTy(), 2, Call.getName());
    Phi->addIncoming(Null, Before);
    Phi->addIncoming(Match, FoundEnd);
    Result = Phi;
  }
  S.VMap[&Call] = Result;
  return Error::success();
}

} // namespace koffload
