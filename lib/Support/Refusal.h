//===- Refusal.h - One way to say why something is not done ----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A stage that cannot do what it was asked returns an llvm::Error whose
// message is the reason, in words a user can act on ("a reply on another
// socket"); the caller reports it at the source line and keeps the program
// unchanged. Every stage makes such errors with refuse().
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_REFUSAL_H
#define KOFFLOAD_SUPPORT_REFUSAL_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

namespace koffload {

/// An error carrying \p Why, the reason as the user will read it.
inline llvm::Error refuse(const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why.str());
}

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_REFUSAL_H
