// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-heap-new.c - C++'s operator new from the shared heap
 * (koffload-heap.c).  A file of its own: only C++ programs reference
 * operator new, and only they link this.  Built with -fexceptions, so
 * std::bad_alloc from operator new passes through it.
 */
#include "koffload-rt.h"

#include <stddef.h>

/* operator new(unsigned long) */
extern void *_Znwm(size_t n);

void *koffload_rt_heap_new(size_t n)
{
	void *p = koffload_rt_heap_try(n);

	return p ? p : _Znwm(n);
}
