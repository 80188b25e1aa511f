//===- Names.cpp - Names as the programmer wrote them ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/Names.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace koffload {

static std::string quoted(StringRef Name) { return ("'" + Name + "'").str(); }

std::string sourceVariableName(const Value *V) {
  auto *Mutable = const_cast<Value *>(V);
  if (auto *A = dyn_cast<AllocaInst>(Mutable)) {
    for (DbgVariableRecord *R : findDVRDeclares(A))
      if (DILocalVariable *Var = R->getVariable())
        return quoted(Var->getName());
    for (DbgDeclareInst *D : findDbgDeclares(A))
      if (DILocalVariable *Var = D->getVariable())
        return quoted(Var->getName());
    for (DbgVariableRecord *R : at::getDVRAssignmentMarkers(A))
      if (DILocalVariable *Var = R->getVariable())
        return quoted(Var->getName());
  }
  SmallVector<DbgValueInst *, 1> Intrinsics;
  SmallVector<DbgVariableRecord *, 1> Records;
  findDbgValues(Intrinsics, Mutable, &Records);
  // A value is often also a piece of another variable (an argument stored
  // into a field of a struct SROA split): the variable it is whole, and
  // for an argument its own parameter, name it better.
  SmallVector<std::pair<DILocalVariable *, DIExpression *>, 2> Vars;
  for (DbgVariableRecord *R : Records)
    Vars.push_back({R->getVariable(), R->getExpression()});
  for (DbgValueInst *DVI : Intrinsics)
    Vars.push_back({DVI->getVariable(), DVI->getExpression()});
  auto Rank = [&](DILocalVariable *Var, DIExpression *E) {
    if (auto *A = dyn_cast<Argument>(V); A && Var->getArg() == A->getArgNo() + 1)
      return 0;
    return E && E->getFragmentInfo() ? 2 : 1;
  };
  DILocalVariable *Best = nullptr;
  int BestRank = 3;
  for (auto [Var, E] : Vars)
    if (Var && Rank(Var, E) < BestRank) {
      Best = Var;
      BestRank = Rank(Var, E);
    }
  if (Best)
    return quoted(Best->getName());
  if (V->hasName() && !V->getName().starts_with("."))
    return quoted(V->getName());
  return std::string();
}

std::string globalSourceName(const GlobalVariable &GV) {
  SmallVector<DIGlobalVariableExpression *, 1> Exprs;
  GV.getDebugInfo(Exprs);
  for (DIGlobalVariableExpression *E : Exprs)
    if (DIGlobalVariable *Var = E->getVariable(); Var && !Var->getName().empty())
      return Var->getName().str();
  return sourceName(GV.getName());
}

std::string sourceFunctionName(const Function &F) {
  if (const DISubprogram *SP = F.getSubprogram(); SP && !SP->getName().empty())
    return SP->getName().str();
  return sourceName(F.getName());
}

} // namespace koffload
