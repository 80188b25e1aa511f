//===- BPFHelpers.h - BPF helper ids and calls, as generated IR has them -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The BPF helpers the generated programs call (ids from uapi/linux/bpf.h),
// and how IR calls one: through its id cast to a function pointer
// (DESIGN-NOTES §6). Shared by the XDP generator, which emits the calls,
// and the passes over its output that recognise them (UndoLog).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFHELPERS_H
#define KOFFLOAD_KERNEL_BPFHELPERS_H

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"

namespace koffload {

enum : uint64_t {
  HelperKtimeGetNs = 5,
  HelperGetSmpProcessorId = 8,
  HelperCsumDiff = 28,
  HelperXdpAdjustHead = 44,
  HelperXdpAdjustTail = 65,
  HelperProbeReadKernel = 113,
  HelperProbeReadKernelStr = 115,
  HelperKtimeGetBootNs = 125,
  HelperRingbufReserve = 131,
  HelperRingbufSubmit = 132,
  HelperRingbufDiscard = 133,
  HelperXdpLoadBytes = 189,
  HelperXdpStoreBytes = 190,
  HelperKtimeGetTaiNs = 208,
};

/// A call of helper \p Id at \p B.
inline llvm::CallInst *createBPFHelperCall(llvm::IRBuilder<> &B, uint64_t Id,
                                           llvm::Type *Ret,
                                           llvm::ArrayRef<llvm::Value *> Args) {
  llvm::SmallVector<llvm::Type *, 4> Params;
  for (llvm::Value *A : Args)
    Params.push_back(A->getType());
  auto *FT = llvm::FunctionType::get(Ret, Params, false);
  llvm::Value *Callee = llvm::ConstantExpr::getIntToPtr(
      llvm::ConstantInt::get(B.getInt64Ty(), Id), B.getPtrTy());
  return B.CreateCall(FT, Callee, Args);
}

/// Whether \p CB calls helper \p Id.
inline bool isBPFHelperCall(const llvm::CallBase &CB, uint64_t Id) {
  auto *CE = llvm::dyn_cast<llvm::ConstantExpr>(CB.getCalledOperand());
  if (!CE || CE->getOpcode() != llvm::Instruction::IntToPtr)
    return false;
  auto *C = llvm::dyn_cast<llvm::ConstantInt>(CE->getOperand(0));
  return C && C->getZExtValue() == Id;
}

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFHELPERS_H
