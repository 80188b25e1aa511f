//===- BPFMaps.cpp - BTF-defined maps of a generated program --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFMaps.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

GlobalVariable *mapGlobal(Module &M, StringRef Name, unsigned Fields) {
  if (GlobalVariable *GV = M.getGlobalVariable(Name))
    return GV;
  Type *Ptr = PointerType::getUnqual(M.getContext());
  ArrayType *Def = ArrayType::get(Ptr, Fields);
  auto *GV = new GlobalVariable(M, Def, false, GlobalValue::ExternalLinkage,
                                ConstantAggregateZero::get(Def), Name);
  GV->setSection(".maps");
  GV->setAlignment(Align(8));
  return GV;
}

void addMapBTF(DIBuilder &DIB, DICompileUnit *CU, DIFile *File,
               GlobalVariable *GV, ArrayRef<MapField> Fields) {
  DIBasicType *Int = DIB.createBasicType("int", 32, dwarf::DW_ATE_signed);
  SmallVector<Metadata *, 8> Members;
  uint64_t Off = 0;
  for (const MapField &F : Fields) {
    DIType *Pointee = F.Type;
    if (!Pointee) {
      DINodeArray Sub =
          DIB.getOrCreateArray({DIB.getOrCreateSubrange(0, int64_t(F.Number))});
      Pointee = DIB.createArrayType(32 * F.Number, 32, Int, Sub);
    }
    Members.push_back(DIB.createMemberType(CU, F.Name, File, 1, 64, 64, Off,
                                           DINode::FlagZero,
                                           DIB.createPointerType(Pointee, 64)));
    Off += 64;
  }
  DICompositeType *Def =
      DIB.createStructType(CU, "", File, 1, Off, 64, DINode::FlagZero, nullptr,
                           DIB.getOrCreateArray(Members));
  GV->addDebugInfo(DIB.createGlobalVariableExpression(
      CU, GV->getName(), GV->getName(), File, 1, Def, false));
}

} // namespace koffload
