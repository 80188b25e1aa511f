//===- LandmarkFinder.h - The landmark analysis, by stage -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Internal to lib/Landmarks: the class that finds a module's landmarks,
// whose members are defined by stage in Landmarks.cpp (the run and the
// calls), Sockets.cpp (sockets, bind() addresses, port sharing),
// EventLoops.cpp (the wait loops) and Arrivals.cpp (where requests arrive
// and replies leave). LandmarkPrinter.cpp prints the result and emits its
// remarks.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_LANDMARKS_LANDMARKFINDER_H
#define KOFFLOAD_LANDMARKS_LANDMARKFINDER_H

#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include <array>
#include <map>
#include <tuple>

namespace koffload {
namespace landmarks {

using namespace llvm;

// The calls the analysis recognises, by their libc names: the socket-call
// decoder's roles (SocketCalls.h).
using CallRole = SocketCallRole;

/// The role of \p CB, if it is a socket call (of an external function).
std::optional<CallRole> roleOf(const llvm::CallBase &CB);

LoopKind waitLoopKind(llvm::StringRef Name);

/// The bytes of a sockaddr known at a bind() call; unknown bytes are unset.
using SockaddrBytes = std::array<std::optional<uint8_t>, 28>;

/// A test on a field of an object, or on a variable (Offset 0, Size 0):
/// it equals (or differs from) Value.
struct FieldGuard {
  int64_t Offset;
  uint64_t Size;
  bool Equal;
  int64_t Value;
  bool allows(int64_t V) const { return Equal == (V == Value); }
};

/// A field of a struct type as the module's accesses name it: the
/// struct's TBAA type node (-O1 and up) or its IR struct type (-O0,
/// where a field access is a GEP on the struct type), and the offset.
using TypedField = std::pair<const void *, int64_t>;

/// A value that must be able to pass a test on the path being walked.
struct GuardedValue {
  Value *V;
  FieldGuard G;
};

class LandmarkFinder {
public:
  LandmarkFinder(Module &M, FunctionAnalysisManager &FAM,
                 const LandmarkOptions &Opts = {})
      : M(M), FAM(FAM), Opts(Opts) {}

  LandmarkInfo run();

private:
  Module &M;
  FunctionAnalysisManager &FAM;
  LandmarkOptions Opts;
  LandmarkInfo Info;
  SmallVector<CallBase *, 64> Calls;
  DenseMap<const CallBase *, unsigned> SocketIdOfCreator;
  /// Sockets that are listened or accepted on.
  SmallDenseSet<unsigned, 4> Listeners;
  DenseMap<const BasicBlock *, unsigned> LoopIdOfHeader;
  /// Event loops by their source loop (the llvm.loop node clang attaches).
  DenseMap<const MDNode *, unsigned> LoopIdOfSourceLoop;

  void note(StringRef Name, const Twine &Msg, const Instruction *At,
            const Function *In = nullptr) {
    Info.Findings.push_back({Name.str(), Msg.str(), At, In});
  }

  void collectCalls();

  SmallVector<unsigned, 1> socketsOfFd(Value *Fd);

  /// The families socket()'s domain argument may be: a constant, the
  /// ai_family of a getaddrinfo() result, or a set of constants chosen at
  /// run time. Empty when unknown.
  FamilySet domainFamilies(Value *Domain);

  /// A known family without ports: AF_UNIX, AF_NETLINK, AF_PACKET...
  static bool isLocalFamily(AddressFamily F);

  void findSockets();

  /// Makes \p S a connection accepted from the listeners among \p From
  /// (the sockets accept()'s fd may be): its families are theirs, its kind
  /// TCP when they are all IPv4/IPv6.
  void setListeners(Socket &S, ArrayRef<unsigned> From);

  /// A listening socket carries no data (read() on it fails with ENOTCONN),
  /// so when an fd may be a listener or a connection - the fd taken from an
  /// epoll event array that holds both - only the connections can receive a
  /// request or send a reply.
  void dropListeners(SmallVectorImpl<unsigned> &Ids) const;

  // --- bind() ---------------------------------------------------------

  /// The bytes of a libc constant that the module only declares:
  /// `addr.sin6_addr = in6addr_any` copies from an extern global whose value
  /// is fixed by <netinet/in.h>, not given in the module.
  Constant *libcConstantValue(const GlobalVariable &GV);

  /// Fills \p Bytes from \p Init, the constant bytes of a global, at
  /// [Offset, Offset + Len) of the sockaddr starting at \p Base.
  void bytesFromConstant(SockaddrBytes &Bytes, Constant *Init,
                         int64_t SrcOffset, int64_t DstOffset, uint64_t Len);

  /// The indices of the sockaddr bytes that a write of \p Len bytes at
  /// \p Offset covers, as [first, last). Any length is fine: a memset of a
  /// large struct that starts with the sockaddr covers it all, and odd IR
  /// may write a terabyte.
  static std::pair<int64_t, int64_t> bytesInSockaddr(int64_t Offset,
                                                     uint64_t Len);

  static void forget(SockaddrBytes &Bytes, std::optional<int64_t> Offset,
                     uint64_t Len);

  /// The string literal \p V points to, also when it is handed down as a
  /// parameter (fill_addr(&addr, "198.18.0.3", port)).
  static bool constantString(Value *V, StringRef &Text);

  /// Applies one write into the sockaddr object to \p Bytes.
  void applyWrite(SockaddrBytes &Bytes, Instruction *W,
                  std::optional<int64_t> Offset);

  /// A write into the object that holds a sockaddr: a store, a memset or
  /// memcpy, a libc call that fills it (inet_pton), or a call of a defined
  /// function that gets a pointer into it (a link: the callee's own writes
  /// are found inside it).
  struct ObjectWrite {
    Instruction *I;
    std::optional<int64_t> Offset; ///< from the object's (later: the
                                   ///< sockaddr's) start
    Function *Link = nullptr;
  };

  /// Every write into \p Object, following the pointer through GEPs and
  /// casts, into defined callees as their parameter, and through a slot it
  /// is spilled to and reloaded from (every pointer parameter at -O0).
  void writesInto(Value *Object, SmallVectorImpl<ObjectWrite> &Out);

  /// Makes the bytes a write may have changed unknown.
  void forgetWrite(SockaddrBytes &Bytes, const ObjectWrite &W);

  /// Applies the writes of \p F, in dominance order, that happen before
  /// \p Point (or, with no point, before every return of \p F: what a call
  /// of \p F leaves behind). A write that may or may not happen before it
  /// makes its bytes unknown. A call that passes the object to a defined
  /// function contributes what that function leaves behind; \p Skip is the
  /// call that leads on to bind() and is looked into separately.
  void applyWritesIn(Function *F, Instruction *Point, SockaddrBytes &Bytes,
                     ArrayRef<ObjectWrite> Writes,
                     SmallPtrSetImpl<Instruction *> &Handled,
                     Instruction *Skip = nullptr, unsigned Depth = 0);

  /// The first bytes of the object \p Arg points to, as the call \p At
  /// sees them (a sockaddr at bind(), addrinfo hints at getaddrinfo()). The
  /// object may sit inside a larger one (a server struct), be filled by a
  /// helper it is passed to, or be reached by the call through a chain of
  /// calls from the function that owns it; the writes are applied along
  /// that chain.
  std::optional<SockaddrBytes> objectBytesAt(Value *Arg, CallBase *At);

  // --- getaddrinfo() ------------------------------------------------------

  /// Field offsets of glibc's struct addrinfo on LP64 targets.
  static constexpr int64_t AiFlags = 0, AiFamily = 4, AiSocktype = 8,
                           AiProtocol = 12, AiAddr = 24;

  /// The getaddrinfo() call whose result list \p Node points into (the
  /// head it stored, or a node reached through ai_next).
  CallBase *addrinfoCallOf(Value *Node);

  /// The node and offset a load reads from, when it reads a field of a
  /// getaddrinfo() result: `p->ai_socktype` is (G, 8).
  std::optional<std::pair<CallBase *, int64_t>> addrinfoFieldOf(Value *V);

  /// The hints getaddrinfo() was given, as bytes (all zero for NULL hints).
  std::optional<SockaddrBytes> addrinfoHints(CallBase *G);

  static std::optional<uint32_t> int32At(const SockaddrBytes &B, int64_t Off);

  /// ai_family, ai_socktype or ai_protocol of a getaddrinfo() result, as far
  /// as the hints fix it: the result has the hinted value unless the hint
  /// is 0 (AF_UNSPEC, any type, any protocol).
  std::optional<uint64_t> addrinfoField(Value *V);
  /// The socket types \p Type may be when it is chosen at run time among
  /// constants: a ternary, or ai_socktype of a getaddrinfo() result whose
  /// hints' ai_socktype every store sets to one of several constants.
  std::optional<SmallVector<int64_t, 2>> possibleSocketTypes(Value *Type);

  /// The sockaddr getaddrinfo() returns in ai_addr, worked out from its
  /// arguments: the family from the hints, the port from a numeric service
  /// string, the address from a numeric node string, or the wildcard for a
  /// NULL node with AI_PASSIVE (loopback without). With AF_UNSPEC the
  /// family (and so the address) is unknown but the port is still known:
  /// \p AnyInet is set then.
  std::optional<SockaddrBytes> addrinfoSockaddr(CallBase *G, bool &AnyInet);

  /// The sockaddr bytes as bind() sees them: a sockaddr the program
  /// writes, or ai_addr of a getaddrinfo() result.
  std::optional<SockaddrBytes> sockaddrAt(CallBase *Bind, bool &AnyInet);

  /// setsockopt(fd, SOL_SOCKET, SO_REUSEPORT or SO_REUSEADDR, ...) on a
  /// UDP socket: sockets of other processes may bind its port (for UDP,
  /// SO_REUSEADDR too: the newest socket takes the unicast datagrams), and
  /// the kernel then gives them part of its requests, which this process's
  /// offload must not answer from its own state. The offload stays: the
  /// runtime refuses to attach if the port is shared at bind, and the
  /// interface's dispatcher checks each request's socket after.
  void findPortSharing();

  void findBindings();

  // --- event loops -----------------------------------------------------

  /// Headers of the loops around \p I, innermost first: the loops in its
  /// function, then the loops around the calls of that function (up to a
  /// few levels of callers).
  void enclosingLoopHeaders(Instruction *I, SmallVectorImpl<BasicBlock *> &Out,
                            SmallPtrSetImpl<Function *> &Seen,
                            unsigned Depth = 0);

  SmallVector<BasicBlock *, 4> enclosingLoopHeaders(Instruction *I);

  /// The source loop an IR loop comes from: its llvm.loop node. After
  /// -O2 the node may sit on a branch that is no longer a latch, and one
  /// source loop may become several IR loops (a `continue` path that jumps
  /// straight back to the receive forms an inner loop of its own), so the
  /// node is looked for on every branch of the loop that is not in an inner
  /// loop.
  MDNode *sourceLoopOf(BasicBlock *Header);

  /// The source location of a loop: the start location in its llvm.loop
  /// node, else what LoopInfo guesses from the preheader or header.
  DebugLoc loopStartLoc(BasicBlock *Header);

  unsigned addLoop(LoopKind Kind, BasicBlock *Header, CallBase *Wait);

  /// The event loop governing \p I: the innermost enclosing loop already
  /// known as one, or that comes from the same source loop as one.
  std::optional<unsigned> governingLoop(Instruction *I);

  /// Loop rotation (-O1 and up) copies the first wait or receive of a loop
  /// in front of it, for the first iteration. The copy has the callee and
  /// the source location of the call in the loop; it belongs to that loop.
  std::optional<unsigned> loopOfRotatedCopy(CallBase *CB);

  /// True when \p CB looks like such a copy: a call with the same callee
  /// and location sits in a deeper loop of the same function.
  bool isRotatedCopy(CallBase *CB);

  void findEventLoops();

  // --- event-library callbacks (Callbacks.cpp) ----------------------------

  /// Callbacks registered for sockets, before their dispatch loop is known.
  SmallVector<Callback, 2> PendingCallbacks;
  /// The dispatch loop each callback runs under.
  DenseMap<const Function *, unsigned> CallbackLoop;

  /// ev_io_start(loop, w): the callback and fd ev_io_init stored into w.
  void registerLibevWatcher(CallBase *Start, Value *Watcher);
  /// The field of \p Object (a callback's registered argument) that the
  /// registering call's function stored a socket fd into.
  std::optional<int64_t> socketFdFieldOf(Value *Object, CallBase *At);

  /// Registrations (event_new, event_assign, ev_io_start) and dispatch
  /// calls (event_base_dispatch, event_base_loop, ev_run): a Dispatch loop
  /// with its callbacks.
  void findCallbackLoops();

  /// Handler entry points: functions annotated "koffload_handler" and the
  /// one -koffload-handler names, each a Handler loop whose callback is
  /// itself; their fd parameter is the socket -koffload-handler-socket
  /// describes, when given.
  void findHandlerEntries();

  /// The dispatch loop \p F runs under: as a callback, or called from one.
  std::optional<unsigned> callbackLoopOf(Function *F, unsigned Depth = 0);

  /// The sockets an fd is when it is a callback's fd parameter (libevent),
  /// the fd field of its watcher parameter (libev), or passed down from
  /// one to a helper.
  SmallVector<unsigned, 1> callbackSocketsOf(Value *Fd, unsigned Depth = 0);

  // --- fds in struct fields (FieldFds.cpp) --------------------------------

  /// A load of an integer field of an object reached through a pointer.
  struct FieldLoad {
    LoadInst *Load;
    Value *Base; ///< the pointer, under constant offsets
    Value *Key;  ///< the pointer variable (the -O0 slot, or Base)
    int64_t Offset;
    uint64_t Size;
  };
  std::optional<FieldLoad> fieldLoadOf(Value *V) const;

  /// The tests that hold at \p At: conditional branches and switch cases
  /// dominating it on a value \p Tested accepts (giving its field's offset
  /// and size).
  void guardsAt(Instruction *At,
                function_ref<std::optional<std::pair<int64_t, uint64_t>>(
                    Value *)>
                    Tested,
                SmallVectorImpl<FieldGuard> &Out);

  /// The tests on fields (other than \p FdOffset) of the object \p Base
  /// points to that hold at \p At: there, and when it is a parameter, in
  /// every caller.
  void fieldGuardsOn(Value *Base, Instruction *At, int64_t FdOffset,
                     SmallVectorImpl<FieldGuard> &Out, unsigned Depth = 0);

  const Callback *callbackOf(const Function &F) const;
  /// The argument a libevent registration hands back to its handler.
  Value *registeredArgument(const Callback &C) const;
  /// The calls that may call \p F (direct, and through pointers of its
  /// type); \p Complete is cleared when a library may call it too.
  SmallVector<CallBase *, 4> callersOf(Function &F, bool &Complete);

  /// The objects (allocas, globals, allocation calls) \p P may point to.
  void objectRoots(Value *P, SmallVectorImpl<Value *> &Roots, bool &Complete,
                   SmallPtrSetImpl<Value *> &Seen);
  DenseMap<Value *, std::pair<SmallVector<Value *, 2>, bool>> RootCache;

  /// The stores into the field at \p Offset of the objects \p Roots;
  /// \p Complete is cleared when a write may change it unseen. With
  /// AnyElement, every pointer stored into an array of pointers.
  static constexpr int64_t AnyElement = INT64_MIN;
  void fieldStores(ArrayRef<Value *> Roots, int64_t Offset, uint64_t Size,
                   SmallVectorImpl<StoreInst *> &Out, bool &Complete);
  void storesIntoField(Value *Root, int64_t Offset, uint64_t Size,
                       SmallVectorImpl<StoreInst *> &Out, bool &Complete);
  /// Roots that are arrays of structs, by element size: their stores are
  /// found at offsets within an element.
  DenseMap<Value *, uint64_t> RootStride;
  std::map<std::tuple<Value *, int64_t, uint64_t, uint64_t>,
           std::pair<SmallVector<StoreInst *, 4>, bool>>
      FieldStoreCache;
  /// The typed field a load or store accesses, when its pointer points to
  /// the struct's start plus \p PtrOffset (so that other fields of the
  /// object, at their offsets from the pointer, are fields of the type).
  std::optional<TypedField> typedFieldOf(Instruction &Access,
                                         int64_t PtrOffset);
  /// The stores into \p Field of its struct type anywhere in the module;
  /// \p Complete is cleared when one of another size overlaps it.
  void typedFieldStores(TypedField Field, uint64_t Size,
                        SmallVectorImpl<StoreInst *> &Out, bool &Complete);
  /// The module's field stores by typed field, with their sizes.
  std::optional<DenseMap<TypedField, SmallVector<StoreInst *, 2>>>
      TypedStores;
  /// Struct types that are members of others (not followed by type).
  SmallPtrSet<const void *, 16> EmbeddedTypes;
  void indexTypedStores();

  /// The constants \p V may be at \p At; \p Known is cleared when not all
  /// are known.
  void possibleValues(Value *V, Instruction *At, SmallVectorImpl<int64_t> &Out,
                      bool &Known, unsigned Depth);
  bool mayMeet(Value *V, const FieldGuard &G, Instruction *At,
               unsigned Depth);

  /// The values \p X (used at \p At) may come from, on the paths where
  /// every one of \p Conds may hold: through parameters to each caller's
  /// arguments and through fields to their stores, the tested values
  /// followed beside it.
  void jointLeaves(Value *X, SmallVector<GuardedValue, 2> Conds,
                   Instruction *At, SmallVectorImpl<Value *> &Leaves,
                   bool &Complete, unsigned Depth);
  /// The other field of the same object that \p DS, a store into the
  /// field \p G tests, copies there: directly or through a setter's
  /// parameters.
  std::optional<int64_t> copiedField(StoreInst *DS, const FieldGuard &G,
                                     unsigned Depth);
  unsigned JointSteps = 0;

  /// The sockets an fd loaded from a struct field may be, told apart by the
  /// tests on the object's other fields on the way to \p At (memcached's
  /// `IS_UDP(c->transport)`); unset when that is not known.
  std::optional<SmallVector<unsigned, 1>> fieldFdSockets(Value *Fd,
                                                         Instruction *At);

  /// accept() on an fd kept in a struct field, resolved once callbacks are
  /// known; then the set of listeners.
  void findFieldListeners();

  /// The event loop of a function called through pointers (c->read =
  /// tcp_read): that of every call that may call it, when they agree.
  std::optional<unsigned> loopOfPointerCalls(Function &F);

  // --- arrivals, replies and other I/O ------------------------------------

  /// What identifies an fd variable: the slot it is loaded from at -O0,
  /// else the value itself.
  static Value *fdVariable(Value *Fd);

  /// The fds that go into or are tested in an fd_set: FD_SET(fd, &s) and
  /// FD_ISSET(fd, &s) compute `1UL << (fd % 64)`. Collected once: the
  /// variables, and the sockets those fds may be.
  std::optional<std::pair<SmallPtrSet<Value *, 8>, SmallVector<unsigned, 2>>>
      FdSetMembers;

  const std::pair<SmallPtrSet<Value *, 8>, SmallVector<unsigned, 2>> &
  fdSetMembers();

  static bool match1(Value *V);

  /// True when every source of \p Fd is an fd that is not a socket: a
  /// file or other kernel object opened here, stdin/stdout/stderr, or -1.
  static bool isKnownNonSocketFd(Value *Fd);

  /// The sockets the fd of a receive or send may be. A select() server
  /// often walks fd numbers (`for (i = 0; i <= fdmax; i++) if (FD_ISSET(i,
  /// &set)) recv(i, ...)`): such an fd comes from no variable the walk can
  /// follow, but it is one of the fds put into an fd_set, so it is one of
  /// their sockets.
  SmallVector<unsigned, 1> socketsOfDataFd(CallBase *CB);

  /// The variables (at -O0, slots) an fd is read from, followed back
  /// through parameters to each caller's argument, each with the
  /// instruction the value is used at in that variable's function (the
  /// call itself, or the call of the helper the fd is passed to).
  void fdReadsOf(Value *Fd, Instruction *At,
                 SmallVectorImpl<std::pair<Value *, Instruction *>> &Out,
                 unsigned Depth = 0);

  /// Removes from \p Ids the socket of an fd that \p Var is compared with
  /// and found different from on every path to \p At (`j != udp_fd`).
  void excludedByGuards(Value *Var, Instruction *At,
                        SmallVectorImpl<unsigned> &Ids);

  /// A finding when a receive's or send's fd may be sockets of different
  /// transports (a struct client whose sockfd is UDP for one caller and a
  /// TCP connection for another).
  void noteMixedSockets(const Landmark &L);

  void findLandmarks();

  void checkIndirectCallsInLoops();

  const Function *anchorFunction() const;

  void summarizeProblems();
};

} // namespace landmarks
} // namespace koffload

#endif // KOFFLOAD_LANDMARKS_LANDMARKFINDER_H
