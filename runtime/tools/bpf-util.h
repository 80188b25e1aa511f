/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * bpf-util.h - loading BPF objects into the running kernel for tests
 *
 * Shared by koffload-bpf-run and the kernel tests: open an ELF object with
 * libbpf, load it with the verifier log captured, tell "BPF not permitted
 * here" (skip) apart from "the verifier refused" (fail, log printed), run
 * XDP programs with BPF_PROG_TEST_RUN, print maps.
 */
#ifndef KOFFLOAD_BPF_UTIL_H
#define KOFFLOAD_BPF_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct bpf_object;
struct bpf_program;

/* Exit codes shared by the tools and tests (77: ctest SKIP_RETURN_CODE). */
enum {
	KBU_OK = 0,
	KBU_ERROR = 1,
	KBU_REJECTED = 2,
	KBU_SKIP = 77,
};

/* Bytes for a global variable of the object, set before it is loaded. */
struct kbu_global {
	const char *name;
	const void *data;
	size_t len;
	size_t offset;		/* within the variable */
};

struct kbu_load_opts {
	unsigned int log_level;	/* verifier log level (1, 2; 4 = stats) */
	size_t log_size;	/* log buffer bytes */
	bool verbose;		/* libbpf debug output, log also on success */
	const char *only;	/* load only this program (NULL: all) */
	const struct kbu_global *globals; /* initial values (kbu_set_global) */
	size_t nglobals;
};

/*
 * Can this process load BPF programs?  Returns KBU_OK, or KBU_SKIP with a
 * reason in `reason` (EPERM: not root / no CAP_BPF, kernel without XDP).
 */
int kbu_bpf_available(char *reason, size_t len);

/*
 * Open and load the object at `path`.  On success *objp is the loaded
 * object (close with bpf_object__close) and KBU_OK is returned.  When the
 * verifier refuses a program, its name and log go to stderr and
 * KBU_REJECTED is returned; KBU_SKIP when loading is not permitted;
 * KBU_ERROR for anything else (message on stderr).
 *
 * The log is captured at opts->log_level.  A level-1 log of a large program
 * may not fit the buffer (the kernel then refuses the load with ENOSPC even
 * when the program is valid): the load is then retried with statistics
 * only, and a refusal prints the tail of the level-1 log.
 */
int kbu_load(const char *path, const struct kbu_load_opts *opts,
	     struct bpf_object **objp);

/*
 * Before the object is loaded: put `g->len` bytes at `g->offset` into the
 * global variable `g->name` (in .data, .rodata or .bss; found through the
 * object's BTF), so the program starts with them -- for .rodata, the
 * verifier then knows them as constants.  Returns 0, -ENOENT (no such
 * variable), -ERANGE (does not fit) or -EINVAL (no BTF).
 */
int kbu_set_global(struct bpf_object *obj, const struct kbu_global *g);

/*
 * After the object is loaded: print the global variable `name` as
 * "global <name>: <hex>".  Returns KBU_OK or KBU_ERROR.
 */
int kbu_dump_global(FILE *f, struct bpf_object *obj, const char *name);

/* Instructions the verifier processed (bpf_prog_info.verified_insns). */
unsigned int kbu_verified_insns(const struct bpf_program *prog);

/* "XDP_PASS" etc., "XDP_<n>" for unknown values (static buffer). */
const char *kbu_xdp_action_name(int action);

/* Hex string (white space, ':' and '-' ignored; optional 0x) to bytes. */
int kbu_parse_hex(const char *s, unsigned char **out, size_t *len);

void kbu_print_hex(FILE *f, const void *p, size_t n);

/* The whole file at `path` ("-": standard input) in a malloc'd buffer.
 * 0, or -errno. */
int kbu_read_file(const char *path, unsigned char **out, size_t *len);

/*
 * Print every entry of the map called `name` (".bss", ".data", ".rodata",
 * or a map's own name) as "map <name>[<key hex>]: <value hex>"; per-CPU
 * maps print one line per CPU.  Returns KBU_OK or KBU_ERROR.
 */
int kbu_dump_map(FILE *f, struct bpf_object *obj, const char *name);

#endif /* KOFFLOAD_BPF_UTIL_H */
