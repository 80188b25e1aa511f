//===- StaleLocals.cpp - Locals a request reads from before it ------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/StaleLocals.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/PathUtils.h"
#include "Plan/RequestPaths.h"
#include "Support/StoredBefore.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/SetOperations.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace koffload {

namespace {

using LocalSet = SmallPtrSet<AllocaInst *, 8>;

/// The local \p V points into, through offsets, casts, phis and selects.
AllocaInst *localOf(Value *V) {
  if (!V->getType()->isPointerTy())
    return nullptr;
  return dyn_cast<AllocaInst>(getUnderlyingObject(V, 12));
}

/// Whether \p CB may read what its argument \p ArgNo points to. Only
/// libc's outputs are filled without being read (clang gives their
/// declarations no attributes); a call that may write an argument may
/// read it too (strcat's destination). Before this, strcmp's arguments
/// (memory(read) on the call, not on each argument) counted as written:
/// a local array set before the loop and compared in it was not stale.
bool callMayReadArg(const CallBase &CB, unsigned ArgNo) {
  if (CB.onlyWritesMemory(ArgNo))
    return false;
  static const StringMap<SmallVector<unsigned, 2>> OnlyFilled = {
      {"recv", {1}},         {"recvfrom", {1, 4}}, {"read", {1}},
      {"pread", {1}},        {"pread64", {1}},     {"fread", {0}},
      {"fgets", {0}},        {"snprintf", {0}},    {"sprintf", {0}},
      {"vsnprintf", {0}},    {"vsprintf", {0}},    {"__sprintf_chk", {0}},
      {"__snprintf_chk", {0}}, {"strcpy", {0}},    {"strncpy", {0}},
      {"stpcpy", {0}},       {"stpncpy", {0}},     {"memcpy", {0}},
      {"memmove", {0}},      {"memset", {0}},      {"strtol", {1}},
      {"strtoul", {1}},      {"strtoll", {1}},     {"strtoull", {1}},
      {"inet_pton", {2}},    {"inet_ntop", {2}},   {"epoll_wait", {1}},
      {"accept", {1}},       {"accept4", {1}},     {"getsockname", {1}},
      {"getpeername", {1}},  {"clock_gettime", {1}}, {"gettimeofday", {0}},
      {"time", {0}},         {"stat", {1}},        {"fstat", {1}}};
  auto It = OnlyFilled.find(directCalleeName(CB));
  return It == OnlyFilled.end() || !is_contained(It->second, ArgNo);
}

/// How \p I touches locals: the ones it writes and the ones it reads.
void accessesOfLocals(Instruction &I, SmallVectorImpl<AllocaInst *> &Writes,
                      SmallVectorImpl<AllocaInst *> &Reads) {
  auto Add = [](SmallVectorImpl<AllocaInst *> &To, Value *Ptr) {
    if (AllocaInst *A = localOf(Ptr))
      To.push_back(A);
  };
  if (auto *L = dyn_cast<LoadInst>(&I))
    return Add(Reads, L->getPointerOperand());
  if (auto *S = dyn_cast<StoreInst>(&I))
    return Add(Writes, S->getPointerOperand());
  if (auto *MT = dyn_cast<MemTransferInst>(&I)) {
    Add(Writes, MT->getRawDest());
    return Add(Reads, MT->getRawSource());
  }
  if (auto *MS = dyn_cast<MemSetInst>(&I))
    return Add(Writes, MS->getRawDest());
  auto *CB = dyn_cast<CallBase>(&I);
  if (!CB || isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd())
    return;
  // An argument the call may write is taken as an out-parameter it fills
  // (clock_gettime's timespec, snprintf's buffer); one it may read is
  // read first (strcmp's, strtol's string, strcat's destination).
  for (unsigned ArgNo = 0; ArgNo < CB->arg_size(); ++ArgNo) {
    Value *Arg = CB->getArgOperand(ArgNo);
    if (!Arg->getType()->isPointerTy() || CB->doesNotAccessMemory(ArgNo))
      continue;
    if (callMayReadArg(*CB, ArgNo))
      Add(Reads, Arg);
    if (callMayWriteArg(*CB, ArgNo))
      Add(Writes, Arg);
  }
}

/// The locals \p CB is handed, and with \p Depth > 0 the locals whose
/// address is stored into those (a msghdr's iovec and name, an iovec's
/// buffer), to that depth.
void objectsOf(CallBase &CB, unsigned Depth, LocalSet &Out) {
  SmallVector<AllocaInst *, 4> Work;
  for (Value *Arg : CB.args())
    if (AllocaInst *A = localOf(Arg))
      if (Out.insert(A).second)
        Work.push_back(A);
  Function &F = *CB.getFunction();
  for (unsigned D = 0; D < Depth && !Work.empty(); ++D) {
    SmallVector<AllocaInst *, 4> Next;
    for (Instruction &I : instructions(F))
      if (auto *S = dyn_cast<StoreInst>(&I))
        if (AllocaInst *Into = localOf(S->getPointerOperand());
            Into && is_contained(Work, Into))
          if (AllocaInst *A = localOf(S->getValueOperand()))
            if (Out.insert(A).second)
              Next.push_back(A);
    Work = std::move(Next);
  }
}

/// What the receive fills (the buffer, the source address and its
/// length, through a msghdr to its iovecs' buffers) and what the loop's
/// wait fills are the request's own, or no request state; a reply's
/// msghdr and iovec are decoded by the generator. Written: locals something
/// writes besides the receive (the others are never set, and reading them
/// is the program's own undefined read). \p WithReplies: the objects the
/// path's other socket calls are given (a reply's buffer and address)
/// count as filled too.
void filledAndWritten(const RequestPath &P, bool WithReplies,
                      LocalSet &Filled, LocalSet &Written) {
  Function &F = *P.F;
  for (CallBase *A : P.ArrivalCalls)
    objectsOf(*A, 2, Filled);
  for (Instruction &I : instructions(F))
    if (auto *CB = dyn_cast<CallBase>(&I)) {
      if (I.getMetadata(WaitMDKind))
        objectsOf(*CB, 0, Filled);
      else if (std::optional<unsigned> Idx = landmarkIndex(I);
               WithReplies && Idx && P.Region.contains(I.getParent()))
        objectsOf(*CB, 1, Filled);
    }
  for (Instruction &I : instructions(F)) {
    if (is_contained(P.ArrivalCalls, &I))
      continue;
    SmallVector<AllocaInst *, 2> W, R;
    accessesOfLocals(I, W, R);
    Written.insert(W.begin(), W.end());
    // An address stored away may be written through anywhere.
    if (auto *S = dyn_cast<StoreInst>(&I))
      if (AllocaInst *A = localOf(S->getValueOperand()))
        Written.insert(A);
  }
}

/// The locals certainly written on entry to \p BB: the intersection over
/// its predecessors \p Inside the analysed blocks whose state \p Out
/// knows (a predecessor not reached yet is the lattice's top).
LocalSet writtenOnEntry(BasicBlock *BB,
                        function_ref<bool(BasicBlock *)> Inside,
                        const DenseMap<BasicBlock *, LocalSet> &Out) {
  LocalSet S;
  bool First = true;
  for (BasicBlock *Pred : predecessors(BB)) {
    if (!Inside(Pred))
      continue;
    auto It = Out.find(Pred);
    if (It == Out.end())
      continue;
    if (First)
      S = It->second;
    else
      set_intersect(S, It->second);
    First = false;
  }
  return S;
}

} // namespace

SmallVector<std::pair<Instruction *, AllocaInst *>, 2>
staleLocalReads(const RequestPath &P, function_ref<bool(Value *)> OnlyFd) {
  SmallVector<std::pair<Instruction *, AllocaInst *>, 2> Out;
  LocalSet Filled, Written;
  filledAndWritten(P, /*WithReplies=*/true, Filled, Written);

  // Locals the request has certainly written before each block (a must
  // data flow over the region, entered fresh at each entry).
  DenseMap<BasicBlock *, LocalSet> WrittenOut;
  auto In = [&](BasicBlock *BB) {
    LocalSet S;
    if (is_contained(P.Entries, BB))
      return S;
    return writtenOnEntry(
        BB, [&](BasicBlock *Pred) { return P.Region.contains(Pred); },
        WrittenOut);
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : P.Region) {
      LocalSet S = In(BB);
      for (Instruction &I : *BB) {
        SmallVector<AllocaInst *, 2> W, R;
        accessesOfLocals(I, W, R);
        S.insert(W.begin(), W.end());
      }
      auto It = WrittenOut.find(BB);
      if (It == WrittenOut.end() || It->second.size() != S.size()) {
        WrittenOut[BB] = std::move(S);
        Changed = true;
      }
    }
  }

  // Locals set once before the loop from a constant and never written in
  // it hold the same bytes at every receive: the offload's copy starts
  // with them (XDPGenerator::initScratchObjects).
  auto Constant = [&](AllocaInst *A) {
    return !P.ArrivalCalls.empty() &&
           constantAtReceive(P.ArrivalCalls.front(), A);
  };
  LocalSet Reported;
  for (BasicBlock *BB : P.Region) {
    LocalSet S = In(BB);
    for (Instruction &I : *BB) {
      SmallVector<AllocaInst *, 2> W, R;
      accessesOfLocals(I, W, R);
      for (AllocaInst *A : R)
        if (!Filled.contains(A) && Written.contains(A) && !S.contains(A) &&
            !(isa<LoadInst>(I) && OnlyFd(&I)) && !Constant(A) &&
            Reported.insert(A).second)
          Out.push_back({&I, A});
      S.insert(W.begin(), W.end());
    }
  }
  return Out;
}

SmallVector<std::pair<Instruction *, AllocaInst *>, 2>
carriedLocalWrites(const RequestPath &P) {
  SmallVector<std::pair<Instruction *, AllocaInst *>, 2> Out;
  Loop *L = P.EventLoop;
  if (!L)
    return Out;
  // A table of clients the replies are sent to is such a local too.
  LocalSet Filled, Written;
  filledAndWritten(P, /*WithReplies=*/false, Filled, Written);

  // Locals some turn of the loop may read before it writes them: they
  // carry bytes from one request to the next (a must-written data flow
  // over the whole loop, from its header, not only the fast path).
  DenseMap<BasicBlock *, LocalSet> WrittenOut;
  auto In = [&](BasicBlock *BB) {
    LocalSet S;
    if (BB == L->getHeader())
      return S;
    return writtenOnEntry(
        BB, [&](BasicBlock *Pred) { return L->contains(Pred); }, WrittenOut);
  };
  // A write at a place that state from earlier requests picks (a ring's
  // slot at a count the requests keep in a global, ring[last++] = from,
  // `last` shared as LoopLocals.h makes it) fills a
  // table the next requests read, even if each turn writes before it
  // reads. (A place the request computes itself, d[nd++] of a number's
  // digits, does not.)
  // A global requests write (a count), not one set at start-up (a zone).
  auto WrittenInLoop = [&](GlobalVariable &GV) {
    SmallVector<User *, 8> Work(GV.users());
    for (unsigned I = 0; I < Work.size() && I < 64; ++I) {
      User *U = Work[I];
      if (isa<ConstantExpr>(U)) {
        append_range(Work, U->users());
        continue;
      }
      auto *Ins = dyn_cast<Instruction>(U);
      if (!Ins || !L->contains(Ins->getParent()))
        continue;
      if (isa<StoreInst>(Ins) || isa<AtomicRMWInst>(Ins) ||
          isa<AtomicCmpXchgInst>(Ins) || isa<CallBase>(Ins))
        return true;
      if (isa<GetElementPtrInst>(Ins) || isa<CastInst>(Ins))
        append_range(Work, Ins->users());
    }
    return false;
  };
  auto Persistent = [&](Value *V) {
    SmallVector<Value *, 8> Work{V};
    SmallPtrSet<Value *, 16> Seen;
    while (!Work.empty()) {
      Value *X = Work.pop_back_val();
      if (!Seen.insert(X).second || Seen.size() > 32)
        continue;
      if (auto *Ld = dyn_cast<LoadInst>(X)) {
        auto *GV = dyn_cast<GlobalVariable>(
            getUnderlyingObject(Ld->getPointerOperand()));
        if (GV && WrittenInLoop(*GV))
          return true;
        continue;
      }
      // (A phi at the loop's header is a local carried around it, refused
      // as such where the path uses it; SROA leaves such phis, undefined
      // on entry, for a helper's locals the path always sets first.)
      if (auto *Phi = dyn_cast<PHINode>(X)) {
        if (Phi->getParent() != L->getHeader())
          append_range(Work, Phi->incoming_values());
        continue;
      }
      if (isa<CastInst>(X) || isa<BinaryOperator>(X) || isa<SelectInst>(X))
        append_range(Work, cast<Instruction>(X)->operands());
    }
    return false;
  };
  auto TableWrite = [&](Instruction &I) {
    Value *Dest = nullptr;
    if (auto *St = dyn_cast<StoreInst>(&I))
      Dest = St->getPointerOperand();
    else if (auto *MI = dyn_cast<MemIntrinsic>(&I))
      Dest = MI->getDest();
    for (auto *GEP = dyn_cast_or_null<GEPOperator>(Dest); GEP;
         GEP = dyn_cast<GEPOperator>(GEP->getPointerOperand()))
      for (Value *Idx : GEP->indices())
        if (!isa<Constant>(Idx) && Persistent(Idx))
          return true;
    return false;
  };
  LocalSet Carried;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : L->blocks()) {
      LocalSet S = In(BB);
      for (Instruction &I : *BB) {
        SmallVector<AllocaInst *, 2> W, R;
        accessesOfLocals(I, W, R);
        // A reply's data is what the request wrote (a reply of bytes it
        // did not write is the generator's check, reply.received, and a
        // length of 0 reads none); its destination address is read as
        // state (a table of clients).
        AllocaInst *ReplyData = nullptr;
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (std::optional<SocketCall> SC = decodeSocketCall(*CB);
              SC && SC->Info.sends() && SC->buffer())
            ReplyData = localOf(SC->buffer());
        for (AllocaInst *A : R)
          if (A != ReplyData && !S.contains(A) && !Filled.contains(A) &&
              Written.contains(A))
            Changed |= Carried.insert(A).second;
        for (AllocaInst *A : W)
          if (TableWrite(I))
            Changed |= Carried.insert(A).second;
        S.insert(W.begin(), W.end());
      }
      auto It = WrittenOut.find(BB);
      if (It == WrittenOut.end() || It->second.size() != S.size()) {
        WrittenOut[BB] = std::move(S);
        Changed = true;
      }
    }
  }

  // The fast path's writes to them: the offload writes its own copy, and
  // the next request userspace serves would not see the write.
  LocalSet Reported;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB) {
      if (is_contained(P.ArrivalCalls, &I))
        continue;
      SmallVector<AllocaInst *, 2> W, R;
      accessesOfLocals(I, W, R);
      for (AllocaInst *A : W)
        if (Carried.contains(A) && Reported.insert(A).second)
          Out.push_back({&I, A});
    }
  return Out;
}

} // namespace koffload
