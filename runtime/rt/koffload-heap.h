/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-heap.h - the shared heap's side of starting an offload
 * (koffload-heap.c).  Weak: a program that allocates nothing from the
 * shared heap does not link the allocator (nor its free()).
 */
#ifndef KOFFLOAD_HEAP_H
#define KOFFLOAD_HEAP_H

#include <stddef.h>

struct bpf_object;
struct koffload_rt;

/* Before the load: the object's heap map becomes the program's heap.
 * 0 (also when the object has none), or an error with \p why. */
int koffload_heap_share(struct bpf_object *obj, char *why, size_t len)
	__attribute__((weak));

#endif /* KOFFLOAD_HEAP_H */
