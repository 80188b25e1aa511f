//===- BPFLibcLink.cpp - The BPF libc linked into the offload -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// glibc's ctype tables on the request path (mapped into the program, then
// read through koffload_ctype_*_at()), and the BPF libc's bitcode found
// and linked into the generated module (only the functions it calls). The
// lowering of each call is in BPFLibc.cpp.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLibc.h"
#include "Kernel/BPFTarget.h"
#include "Support/KernelModel.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/ValueSymbolTable.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/TargetParser/Triple.h"

#include <dlfcn.h>

using namespace llvm;

namespace koffload {

void mapHoistedCtypeTables(Instruction &I, ValueToValueMapTy &VMap,
                           Function &F) {
  auto MapLoc = [&](CallBase *Loc) -> Value * {
    if (Value *M = VMap.lookup(Loc))
      return M;
    BasicBlock &Entry = F.getEntryBlock();
    IRBuilder<> EB(&Entry, Entry.getFirstInsertionPt());
    FunctionCallee Decl = F.getParent()->getOrInsertFunction(
        directCalleeName(*Loc), Loc->getFunctionType());
    Value *New = EB.CreateCall(Decl, {}, Loc->getName());
    VMap[Loc] = New;
    return New;
  };
  for (Value *Op : I.operands()) {
    auto *OI = dyn_cast<Instruction>(Op);
    if (!OI || OI->getFunction() == &F || VMap.count(OI))
      continue;
    if (isBPFLibcCtypeLoc(OI)) {
      MapLoc(cast<CallBase>(OI));
    } else if (auto *L = dyn_cast<LoadInst>(OI);
               L && L->getType()->isPointerTy() &&
               isBPFLibcCtypeLoc(L->getPointerOperand())) {
      Value *Loc = MapLoc(cast<CallBase>(L->getPointerOperand()));
      auto *LocI = cast<Instruction>(Loc);
      IRBuilder<> EB(LocI->getNextNode());
      VMap[L] = EB.CreateAlignedLoad(L->getType(), Loc, L->getAlign(),
                                     L->getName());
    }
  }
}

std::vector<std::string> bpfLibcCandidates(StringRef Override) {
  if (!Override.empty())
    return {Override.str()};
  std::vector<std::string> Paths;
  // Next to the plugin (or the executable the library is linked into).
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&bpfLibcCandidates), &Info) &&
      Info.dli_fname) {
    SmallString<256> P(Info.dli_fname);
    sys::path::remove_filename(P);
    sys::path::append(P, "koffload-bpf-libc.bc");
    Paths.push_back(std::string(P));
  }
#ifdef KOFFLOAD_BPF_LIBC_BUILD_PATH
  Paths.push_back(KOFFLOAD_BPF_LIBC_BUILD_PATH);
#endif
  return Paths;
}

namespace {

/// Replaces the loads through the ctype table pointers in \p F by calls to
/// koffload_ctype_*_at(index).
Error rewriteCtypeTables(Module &KM, Function &F) {
  SmallVector<CallBase *, 4> Locs;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (isBPFLibcCtypeLoc(&I))
        Locs.push_back(cast<CallBase>(&I));
  const DataLayout &DL = KM.getDataLayout();
  LLVMContext &Ctx = KM.getContext();
  Type *I64 = Type::getInt64Ty(Ctx);
  SmallVector<Instruction *, 16> Dead;
  for (CallBase *Loc : Locs) {
    StringRef Name = directCalleeName(*Loc);
    StringRef Table = Name.drop_front(strlen("__ctype_")).drop_back(4);
    uint64_t Elem = Table == "b" ? 2 : 4;
    Type *ElemTy = Table == "b" ? Type::getInt16Ty(Ctx) : Type::getInt32Ty(Ctx);
    FunctionCallee At = KM.getOrInsertFunction(
        ("koffload_ctype_" + Table + "_at").str(),
        FunctionType::get(ElemTy, {I64}, false));
    auto Unexpected = [&] {
      return refuse("glibc's ctype table (" + Name +
                    ") is used otherwise than by reading an entry");
    };
    for (User *U : Loc->users()) {
      auto *TabLoad = dyn_cast<LoadInst>(U);
      if (!TabLoad || !TabLoad->getType()->isPointerTy())
        return Unexpected();
      // Every access through the table pointer: the byte offset is a
      // constant plus at most one variable times a multiple of the entry.
      struct Ptr {
        Value *P;
        MapVector<Value *, APInt> Vars;
        APInt Const;
      };
      unsigned Bits = DL.getIndexTypeSizeInBits(TabLoad->getType());
      SmallVector<Ptr, 8> Work{{TabLoad, {}, APInt(Bits, 0)}};
      while (!Work.empty()) {
        Ptr Cur = Work.pop_back_val();
        for (User *V : Cur.P->users()) {
          if (auto *GEP = dyn_cast<GEPOperator>(V);
              GEP && GEP->getPointerOperand() == Cur.P) {
            Ptr Next{cast<Value>(GEP), Cur.Vars, Cur.Const};
            if (!GEP->collectOffset(DL, Bits, Next.Vars, Next.Const))
              return Unexpected();
            Work.push_back(std::move(Next));
            Dead.push_back(cast<Instruction>(GEP));
            continue;
          }
          auto *L = dyn_cast<LoadInst>(V);
          if (!L || L->getPointerOperand() != Cur.P ||
              !L->getType()->isIntegerTy() || Cur.Vars.size() > 1)
            return Unexpected();
          // Entry index and the byte in the entry.
          int64_t C = Cur.Const.getSExtValue();
          int64_t EntryConst = C >= 0 ? C / int64_t(Elem)
                                      : -((-C + int64_t(Elem) - 1) /
                                          int64_t(Elem));
          uint64_t Byte = uint64_t(C - EntryConst * int64_t(Elem));
          uint64_t Size = DL.getTypeStoreSize(L->getType());
          if (Byte + Size > Elem)
            return Unexpected();
          IRBuilder<> B(L);
          Value *Index = B.getInt64(EntryConst);
          if (!Cur.Vars.empty()) {
            auto [Var, Scale] = Cur.Vars.front();
            if (Scale.srem(Elem) != 0)
              return Unexpected();
            Value *V64 = B.CreateSExtOrTrunc(Var, I64);
            int64_t Factor = Scale.getSExtValue() / int64_t(Elem);
            if (Factor != 1)
              V64 = B.CreateMul(V64, B.getInt64(Factor));
            Index = B.CreateAdd(V64, Index);
          }
          Value *Entry = B.CreateCall(At, {Index});
          if (Byte)
            Entry = B.CreateLShr(Entry, Byte * 8);
          L->replaceAllUsesWith(B.CreateZExtOrTrunc(Entry, L->getType()));
          Dead.push_back(L);
        }
      }
      Dead.push_back(TabLoad);
    }
    Dead.push_back(Loc);
  }
  // Users first: loads, then GEPs from the outermost, the table loads, the
  // calls.
  SmallPtrSet<Instruction *, 16> Erased;
  bool Progress = true;
  while (Progress) {
    Progress = false;
    for (Instruction *I : Dead)
      if (!Erased.count(I) && I->use_empty()) {
        I->eraseFromParent();
        Erased.insert(I);
        Progress = true;
      }
  }
  for (Instruction *I : Dead)
    if (!Erased.count(I))
      return refuse("internal error: a ctype table access survived");
  for (StringRef Name :
       {"__ctype_b_loc", "__ctype_tolower_loc", "__ctype_toupper_loc"})
    if (Function *Decl = KM.getFunction(Name); Decl && Decl->use_empty())
      Decl->eraseFromParent();
  return Error::success();
}

} // namespace

Error linkBPFLibc(Module &KM, Function &F, StringRef Override) {
  if (Error E = rewriteCtypeTables(KM, F))
    return E;
  SmallVector<Function *, 8> Needed;
  for (Function &Fn : KM)
    if (Fn.isDeclaration() && Fn.getName().starts_with("koffload_") &&
        !Fn.use_empty())
      Needed.push_back(&Fn);
  if (Needed.empty())
    return Error::success();

  std::vector<std::string> Paths = bpfLibcCandidates(Override);
  std::string Path;
  for (const std::string &P : Paths)
    if (sys::fs::exists(P)) {
      Path = P;
      break;
    }
  if (Path.empty()) {
    std::string Tried;
    for (const std::string &P : Paths)
      Tried += (Tried.empty() ? "" : ", ") + P;
    return refuse("libc calls on the fast path need the BPF libc, and " +
                  (Override.empty()
                       ? "koffload-bpf-libc.bc is not found (looked at " +
                             Tried + ")"
                       : "the bitcode " + Override.str() +
                             " does not exist"));
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return refuse("the BPF libc bitcode " + Path +
                  " cannot be read: " + Buf.getError().message());
  Expected<std::unique_ptr<Module>> LibOr =
      parseBitcodeFile((*Buf)->getMemBufferRef(), KM.getContext());
  if (!LibOr)
    return refuse("the BPF libc bitcode " + Path +
                  " cannot be read: " + toString(LibOr.takeError()));
  std::unique_ptr<Module> Lib = std::move(*LibOr);
  if (Triple(Lib->getTargetTriple()).getArch() != Triple::bpfel)
    return refuse("the BPF libc bitcode " + Path + " is not for BPF (" +
                  Lib->getTargetTriple() + ")");
  // Linking must not fail (the linker reports failures as errors of the
  // compiler's context): check what it would complain about first.
  for (Function *Decl : Needed) {
    Function *Def = Lib->getFunction(Decl->getName());
    if (!Def || Def->isDeclaration())
      return refuse("the BPF libc " + Path + " has no " + Decl->getName());
    if (Def->getFunctionType() != Decl->getFunctionType())
      return refuse("the BPF libc " + Path + " declares " + Decl->getName() +
                    " differently from this koffload");
  }
  for (GlobalValue &GV : Lib->global_values())
    if (!GV.isDeclaration() && !GV.hasLocalLinkage())
      if (GlobalValue *Mine = KM.getNamedValue(GV.getName());
          Mine && !Mine->isDeclaration())
        return refuse("the BPF libc defines " + GV.getName() +
                      ", which the offload defines too");
  // Debug info and module flags stay out: the generated module has its own
  // (minimal, for BTF), and inlined code with locations in a function
  // without any would make the debug info invalid (and BTF disappear).
  StripDebugInfo(*Lib);
  if (NamedMDNode *Flags = Lib->getModuleFlagsMetadata())
    Lib->eraseNamedMetadata(Flags);
  Lib->setDataLayout(KM.getDataLayout());
  Lib->setTargetTriple(KM.getTargetTriple());
  StringSet<> FromLib;
  for (GlobalValue &GV : Lib->global_values())
    if (!GV.isDeclaration() && !GV.hasLocalLinkage())
      FromLib.insert(GV.getName());
  if (Linker::linkModules(KM, std::move(Lib), Linker::Flags::LinkOnlyNeeded))
    return refuse("the BPF libc " + Path + " cannot be linked");
  // The library's functions are inlined into the program (always_inline)
  // and then not needed; nor are its tables outside the program.
  for (GlobalValue &GV : KM.global_values())
    if (!GV.isDeclaration() && FromLib.contains(GV.getName()))
      GV.setLinkage(GlobalValue::InternalLinkage);
  return Error::success();
}

} // namespace koffload
