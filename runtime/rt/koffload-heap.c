// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-heap.c - the split program's shared heap.
 *
 * The objects a request reaches through pointers kept in shared state (a
 * table calloc'd at start-up, chains of malloc'd nodes) must be where the
 * offload can read them.  lib/User/SplitUser.cpp turns the program's
 * allocation calls into koffload_rt_heap_*(), which serve them from one
 * BPF array map of KOFFLOAD_HEAP_CHUNK-byte values, BPF_F_MMAPABLE and
 * mapped once, so each object keeps one address for the program's whole
 * life (koffload/abi.h, "koffload_heap").  The map is created at the first
 * allocation, before anything points into it; its size is fixed then
 * (KOFFLOAD_HEAP_SIZE, default 64 MiB: the kernel allocates an array map's
 * memory when it creates it).  Without the rights to create it, or with
 * KOFFLOAD_MODE=off, the same allocator serves from anonymous memory and
 * the offload does not start (koffload_heap_share says why).  When the
 * region is full, allocations go to the C library's heap: those objects
 * stay userspace's, and a request that reaches one falls back.
 *
 * The allocator: the region is cut into 64 KiB pages; a page holds
 * objects of one size class (16 bytes to 32 KiB), a larger object takes a
 * run of whole pages.  So an object never straddles a chunk unless it is
 * larger than a page.  One lock: allocation on the request path is not
 * what this heap is for.  free() and realloc() are defined here for the
 * whole process (a library may free or grow what the program allocated)
 * and pass everything outside the region to the C library.
 */
#define _GNU_SOURCE
#include "koffload-rt.h"

#include <koffload/abi.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* glibc's own entry points, for what is not ours. */
extern void *__libc_malloc(size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void __libc_free(void *ptr);

#define PAGE_SHIFT 16
#define PAGE_BYTES (1ul << PAGE_SHIFT)
#define SMALL_MAX (PAGE_BYTES / 2)
#define DEFAULT_SIZE (64ul << 20)

/* Size classes: 16..128 by 16, then 1.5 and 2 times each power of two. */
static const unsigned int class_size[] = {
	16,    32,    48,    64,    80,    96,    112,   128,  192,
	256,   384,   512,   768,   1024,  1536,  2048,  3072, 4096,
	6144,  8192,  12288, 16384, 24576, 32768,
};
#define NCLASSES (sizeof(class_size) / sizeof(class_size[0]))

enum page_kind {
	PAGE_FREE = 0,
	PAGE_RUN = 0xfe,	/* the first page of a large object */
	PAGE_RUN_TAIL = 0xff,	/* the others */
	/* 1..NCLASSES: small objects of class kind - 1 */
};

static struct {
	pthread_mutex_t lock;
	char *base;
	size_t size, npages;
	unsigned char *kind;	/* per page */
	unsigned int *run;	/* pages of a large object, at its first */
	size_t next_page;	/* never used above this */
	void *free_list[NCLASSES];
	char *bump[NCLASSES], *bump_end[NCLASSES];
	int map_fd;		/* -1: anonymous memory */
	int map_errno;		/* why there is no map */
	int ready;
	int warned_full;
} heap = { .lock = PTHREAD_MUTEX_INITIALIZER, .map_fd = -1 };

/* The region's address, which the split program shares with the offload
 * like a global (KOFFLOAD_HEAP_BASE_GLOBAL, koffload/abi.h); its record's
 * sequence word guards the heap's objects. */
unsigned long long koffload_heap_base;

static size_t size_from_env(void)
{
	const char *s = getenv("KOFFLOAD_HEAP_SIZE");
	unsigned long long n;
	char *end;

	if (!s || !*s)
		return DEFAULT_SIZE;
	n = strtoull(s, &end, 0);
	if (*end == 'k' || *end == 'K')
		n <<= 10;
	else if (*end == 'm' || *end == 'M')
		n <<= 20;
	else if (*end == 'g' || *end == 'G')
		n <<= 30;
	if (n < KOFFLOAD_HEAP_CHUNK)
		n = KOFFLOAD_HEAP_CHUNK;
	return n;
}

/* Under the lock. */
static int heap_init(void)
{
	const char *mode = getenv("KOFFLOAD_MODE");
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = BPF_F_MMAPABLE);
	size_t size, chunks;
	void *addr = MAP_FAILED;

	if (heap.ready)
		return heap.base ? 0 : -1;
	heap.ready = 1;
	size = size_from_env();
	chunks = (size + KOFFLOAD_HEAP_CHUNK - 1) / KOFFLOAD_HEAP_CHUNK;
	size = chunks * KOFFLOAD_HEAP_CHUNK;
	if (mode && !strcmp(mode, "off")) {
		heap.map_errno = 0;
	} else {
		heap.map_fd = bpf_map_create(BPF_MAP_TYPE_ARRAY,
					     KOFFLOAD_HEAP_MAP, 4,
					     KOFFLOAD_HEAP_CHUNK, chunks,
					     &opts);
		if (heap.map_fd < 0) {
			heap.map_errno = errno;
			heap.map_fd = -1;
		} else {
			addr = mmap(NULL, size, PROT_READ | PROT_WRITE,
				    MAP_SHARED, heap.map_fd, 0);
			if (addr == MAP_FAILED) {
				heap.map_errno = errno;
				close(heap.map_fd);
				heap.map_fd = -1;
			}
		}
	}
	if (addr == MAP_FAILED)
		addr = mmap(NULL, size, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (addr == MAP_FAILED)
		return -1;
	heap.npages = size >> PAGE_SHIFT;
	heap.kind = calloc(heap.npages, 1);
	heap.run = calloc(heap.npages, sizeof(*heap.run));
	if (!heap.kind || !heap.run) {
		munmap(addr, size);
		return -1;
	}
	heap.base = addr;
	heap.size = size;
	koffload_heap_base = (uintptr_t)addr;
	return 0;
}

static int ours(const void *p)
{
	const char *c = p;

	return heap.base && c >= heap.base && c < heap.base + heap.size;
}

static unsigned int class_of(size_t n)
{
	unsigned int c = 0;

	while (class_size[c] < n)
		c++;
	return c;
}

/* A run of \p n free pages, first fit; under the lock. */
static size_t take_pages(size_t n)
{
	size_t len = 0, start;

	for (size_t i = 0; i < heap.next_page; i++) {
		len = heap.kind[i] == PAGE_FREE ? len + 1 : 0;
		if (len == n)
			return i + 1 - n;
	}
	/* The free pages at the top of the used part, then fresh ones. */
	start = heap.next_page - len;
	if (heap.npages - start < n)
		return SIZE_MAX;
	if (start + n > heap.next_page)
		heap.next_page = start + n;
	return start;
}

static void *alloc_locked(size_t n)
{
	size_t page, pages;
	unsigned int c;
	void *p;

	if (heap_init())
		return NULL;
	if (n == 0)
		n = 1;
	if (n > SMALL_MAX) {
		pages = (n + PAGE_BYTES - 1) >> PAGE_SHIFT;
		page = take_pages(pages);
		if (page == SIZE_MAX)
			return NULL;
		heap.kind[page] = PAGE_RUN;
		heap.run[page] = pages;
		for (size_t i = 1; i < pages; i++)
			heap.kind[page + i] = PAGE_RUN_TAIL;
		return heap.base + (page << PAGE_SHIFT);
	}
	c = class_of(n);
	if (heap.free_list[c]) {
		p = heap.free_list[c];
		heap.free_list[c] = *(void **)p;
		return p;
	}
	if (!heap.bump[c] || heap.bump[c] + class_size[c] > heap.bump_end[c]) {
		page = take_pages(1);
		if (page == SIZE_MAX)
			return NULL;
		heap.kind[page] = c + 1;
		heap.bump[c] = heap.base + (page << PAGE_SHIFT);
		heap.bump_end[c] = heap.bump[c] + PAGE_BYTES;
	}
	p = heap.bump[c];
	heap.bump[c] += class_size[c];
	return p;
}

static size_t usable_locked(const void *p)
{
	size_t page = ((const char *)p - heap.base) >> PAGE_SHIFT;

	if (heap.kind[page] == PAGE_RUN)
		return (size_t)heap.run[page] << PAGE_SHIFT;
	return class_size[heap.kind[page] - 1];
}

static void free_locked(void *p)
{
	size_t page = ((char *)p - heap.base) >> PAGE_SHIFT;
	unsigned char k = heap.kind[page];

	if (k == PAGE_RUN) {
		for (size_t i = 0; i < heap.run[page]; i++)
			heap.kind[page + i] = PAGE_FREE;
		heap.run[page] = 0;
		return;
	}
	if (k == PAGE_FREE || k == PAGE_RUN_TAIL)
		return; /* not an object's start: a program error, ignored */
	*(void **)p = heap.free_list[k - 1];
	heap.free_list[k - 1] = p;
}

static void full(size_t n)
{
	if (heap.warned_full++)
		return;
	fprintf(stderr,
		"koffload: the shared heap (%zu MiB) has no room for %zu "
		"bytes: this and later objects stay in userspace's heap, and "
		"requests that reach them are served there "
		"(KOFFLOAD_HEAP_SIZE)\n",
		heap.size >> 20, n);
}

void *koffload_rt_heap_try(size_t n)
{
	void *p;

	pthread_mutex_lock(&heap.lock);
	p = alloc_locked(n);
	if (!p && heap.base)
		full(n);
	pthread_mutex_unlock(&heap.lock);
	return p;
}

void *koffload_rt_heap_malloc(size_t n)
{
	void *p = koffload_rt_heap_try(n);

	return p ? p : __libc_malloc(n);
}

void *koffload_rt_heap_calloc(size_t n, size_t size)
{
	size_t bytes;
	void *p;

	if (__builtin_mul_overflow(n, size, &bytes)) {
		errno = ENOMEM;
		return NULL;
	}
	p = koffload_rt_heap_malloc(bytes);
	if (p)
		memset(p, 0, bytes);
	return p;
}

char *koffload_rt_heap_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = koffload_rt_heap_malloc(n);

	if (p)
		memcpy(p, s, n);
	return p;
}

char *koffload_rt_heap_strndup(const char *s, size_t max)
{
	size_t n = strnlen(s, max);
	char *p = koffload_rt_heap_malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = 0;
	}
	return p;
}

void *koffload_rt_heap_realloc(void *old, size_t n)
{
	size_t have;
	void *p;

	if (!old)
		return koffload_rt_heap_malloc(n);
	if (!ours(old))
		return __libc_realloc(old, n);
	pthread_mutex_lock(&heap.lock);
	have = usable_locked(old);
	pthread_mutex_unlock(&heap.lock);
	if (n <= have && n > have / 2)
		return old;
	p = koffload_rt_heap_malloc(n);
	if (!p)
		return NULL;
	memcpy(p, old, n < have ? n : have);
	free(old);
	return p;
}

/* The process's free() and realloc(): objects of the region come back to
 * it, the rest goes to the C library. */
void free(void *p)
{
	if (!ours(p)) {
		__libc_free(p);
		return;
	}
	pthread_mutex_lock(&heap.lock);
	free_locked(p);
	pthread_mutex_unlock(&heap.lock);
}

void *realloc(void *p, size_t n)
{
	return ours(p) ? koffload_rt_heap_realloc(p, n) : __libc_realloc(p, n);
}

int koffload_heap_share(struct bpf_object *obj, char *why, size_t len)
{
	struct bpf_map *map =
		bpf_object__find_map_by_name(obj, KOFFLOAD_HEAP_MAP);
	int err;

	if (!map)
		return 0;
	pthread_mutex_lock(&heap.lock);
	err = heap_init();
	pthread_mutex_unlock(&heap.lock);
	if (err || heap.map_fd < 0) {
		snprintf(why, len,
			 "the program's heap could not be shared with the "
			 "offload (a BPF array map of %zu MiB: %s)",
			 heap.size >> 20,
			 err ? "no memory" : strerror(heap.map_errno));
		/* No rights: said as for the program's load. */
		return !err && heap.map_errno ? -heap.map_errno : -ENOMEM;
	}
	err = bpf_map__reuse_fd(map, heap.map_fd);
	if (err)
		snprintf(why, len, "the offload cannot use the shared heap: %s",
			 strerror(-err));
	return err;
}
