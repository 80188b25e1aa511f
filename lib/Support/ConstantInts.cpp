//===- ConstantInts.cpp - Integers a program computes from constants ------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// evaluateConstantInt (ValueSources.h): the value of an integer the program
// computes from constants only, as the landmarks need for ports, families
// and socket types: literals, casts and arithmetic, the byte-order helpers,
// inet_addr of a literal, and what ValueSources traces to one constant.
//
//===----------------------------------------------------------------------===//

#include "Support/ValueSources.h"

#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

#include <arpa/inet.h>

using namespace llvm;

namespace koffload {

std::optional<uint64_t> evaluateConstantInt(Value *V, unsigned Depth) {
  if (!V->getType()->isIntegerTy() || Depth > 8)
    return std::nullopt;
  unsigned Bits = V->getType()->getIntegerBitWidth();
  if (Bits > 64)
    return std::nullopt;
  if (auto *C = dyn_cast<ConstantInt>(V))
    return C->getZExtValue();

  if (auto *Cast = dyn_cast<CastInst>(V)) {
    Value *Op = Cast->getOperand(0);
    std::optional<uint64_t> In = evaluateConstantInt(Op, Depth + 1);
    if (!In || !Op->getType()->isIntegerTy())
      return std::nullopt;
    APInt A(Op->getType()->getIntegerBitWidth(), *In);
    switch (Cast->getOpcode()) {
    case Instruction::Trunc:
      return A.trunc(Bits).getZExtValue();
    case Instruction::ZExt:
      return A.zext(Bits).getZExtValue();
    case Instruction::SExt:
      return A.sext(Bits).getZExtValue();
    default:
      return std::nullopt;
    }
  }

  if (auto *BO = dyn_cast<BinaryOperator>(V)) {
    std::optional<uint64_t> L =
        evaluateConstantInt(BO->getOperand(0), Depth + 1);
    std::optional<uint64_t> R =
        evaluateConstantInt(BO->getOperand(1), Depth + 1);
    if (!L || !R)
      return std::nullopt;
    Constant *Folded = ConstantFoldBinaryOpOperands(
        BO->getOpcode(), ConstantInt::get(BO->getType(), *L),
        ConstantInt::get(BO->getType(), *R), BO->getModule()->getDataLayout());
    if (auto *CI = dyn_cast_or_null<ConstantInt>(Folded))
      return CI->getZExtValue();
    return std::nullopt;
  }

  if (auto *CB = dyn_cast<CallBase>(V)) {
    auto Arg0 = [&]() -> std::optional<uint64_t> {
      if (CB->arg_size() < 1)
        return std::nullopt;
      return evaluateConstantInt(CB->getArgOperand(0), Depth + 1);
    };
    if (auto *II = dyn_cast<IntrinsicInst>(CB)) {
      if (II->getIntrinsicID() == Intrinsic::bswap)
        if (std::optional<uint64_t> A = Arg0())
          return APInt(Bits, *A).byteSwap().getZExtValue();
      return std::nullopt;
    }
    StringRef Name = directCalleeName(*CB);
    if (Name == "htons" || Name == "ntohs" || Name == "__bswap_16" ||
        Name == "htonl" || Name == "ntohl" || Name == "__bswap_32") {
      if (std::optional<uint64_t> A = Arg0())
        return APInt(Bits, *A).byteSwap().getZExtValue();
      return std::nullopt;
    }
    if (Name == "inet_addr" && CB->arg_size() == 1 && Bits == 32) {
      StringRef Text;
      if (!getConstantStringInfo(CB->getArgOperand(0), Text)) {
        // A literal handed down as a parameter: inet_addr(ip).
        ValueSources S = traceValueSources(CB->getArgOperand(0));
        if (!S.Complete || S.Leaves.size() != 1 ||
            !getConstantStringInfo(S.Leaves.front(), Text))
          return std::nullopt;
      }
      struct in_addr Addr;
      if (inet_pton(AF_INET, Text.str().c_str(), &Addr) != 1)
        return std::nullopt;
      return Addr.s_addr; // network order, as the program would store it
    }
    if (auto *Callee = dyn_cast<Function>(
            CB->getCalledOperand()->stripPointerCasts());
        Callee && !Callee->isDeclaration()) {
      ValueSources S = traceValueSources(V);
      if (std::optional<int64_t> C = S.uniqueConstant())
        return APInt(Bits, *C, /*isSigned=*/true).getZExtValue();
    }
    return std::nullopt;
  }

  if (isa<LoadInst>(V) || isa<Argument>(V) || isa<PHINode>(V) ||
      isa<SelectInst>(V)) {
    ValueSources S = traceValueSources(V);
    if (std::optional<int64_t> C = S.uniqueConstant())
      return APInt(Bits, *C, /*isSigned=*/true).getZExtValue();
  }
  return std::nullopt;
}

} // namespace koffload
