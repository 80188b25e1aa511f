// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * bpf-util.c - loading BPF objects into the running kernel for tests
 * (see bpf-util.h).
 */
#include "bpf-util.h"
#include "koffload-rt.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool kbu_verbose;

/* The program libbpf last reported as failing to load. */
static char kbu_failed[128];

/*
 * libbpf's own messages: warnings go to stderr, except the verifier log it
 * echoes on a refused load (kbu_load prints that itself, once); debug
 * output only when verbose.  "prog '<name>': ... failed" names the
 * program the kernel refused (after a failed load libbpf has closed every
 * program, so the fds cannot tell).
 */
static int kbu_libbpf_print(enum libbpf_print_level level, const char *fmt,
			    va_list args)
{
	char msg[512];
	const char *p, *q;
	va_list copy;

	va_copy(copy, args);
	vsnprintf(msg, sizeof(msg), fmt, copy);
	va_end(copy);
	p = strstr(msg, "prog '");
	if (p && strstr(msg, "failed") && (q = strchr(p + 6, '\''))) {
		p += 6;
		snprintf(kbu_failed, sizeof(kbu_failed), "%.*s", (int)(q - p),
			 p);
	}
	if (level == LIBBPF_DEBUG && !kbu_verbose)
		return 0;
	if (!kbu_verbose && strstr(msg, "PROG LOAD LOG"))
		return 0;
	return fputs(msg, stderr);
}

/*
 * Load "return XDP_PASS" (libbpf_probe_bpf_prog_type() reports every
 * failure as "unsupported", EPERM included).
 */
int kbu_bpf_available(char *reason, size_t len)
{
	const struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0,
		  .imm = XDP_PASS },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int fd = bpf_prog_load(BPF_PROG_TYPE_XDP, "kbu_probe", "GPL", insns, 2,
			       NULL);

	if (fd >= 0) {
		close(fd);
		return KBU_OK;
	}
	fd = -errno;
	if (fd == -EPERM || fd == -EACCES)
		snprintf(reason, len,
			 "loading BPF programs is not permitted (%s): run as "
			 "root or with CAP_BPF and CAP_NET_ADMIN",
			 strerror(-fd));
	else if (fd == -ENOSYS)
		snprintf(reason, len, "this kernel has no bpf() system call");
	else
		snprintf(reason, len, "cannot load an XDP program: %s",
			 strerror(-fd));
	return KBU_SKIP;
}

static int kbu_set_logs(struct bpf_object *obj, char *buf, size_t size,
			unsigned int level, const char *only)
{
	struct bpf_program *prog;
	bool found = false;

	bpf_object__for_each_program(prog, obj) {
		if (only && strcmp(bpf_program__name(prog), only)) {
			bpf_program__set_autoload(prog, false);
			continue;
		}
		found = true;
		bpf_program__set_log_buf(prog, buf, size);
		bpf_program__set_log_level(prog, level);
	}
	if (only && !found) {
		fprintf(stderr, "error: no program %s\n", only);
		return -ENOENT;
	}
	return 0;
}

static const char *kbu_failed_prog(void)
{
	return kbu_failed[0] ? kbu_failed : "a program";
}

static void kbu_print_log(const char *what, const char *prog, const char *log)
{
	size_t n = strlen(log);

	fprintf(stderr, "--- verifier log (%s) of %s ---\n%s%s", what, prog, log,
		n && log[n - 1] == '\n' ? "" : "\n");
	fprintf(stderr, "--- end of verifier log ---\n");
}

int kbu_set_global(struct bpf_object *obj, const struct kbu_global *g)
{
	struct bpf_map *map;
	__u32 off, size;
	const void *init;
	size_t len;
	char *data;
	int err;

	err = koffload_find_global(obj, g->name, &map, &off, &size);
	if (err)
		return err;
	if (g->offset > size || g->len > size - g->offset)
		return -ERANGE;
	init = bpf_map__initial_value(map, &len);
	if (!init || off + size > len)
		return -ENOENT;
	data = malloc(len);
	if (!data)
		return -ENOMEM;
	memcpy(data, init, len);
	memcpy(data + off + g->offset, g->data, g->len);
	err = bpf_map__set_initial_value(map, data, len);
	free(data);
	return err;
}

int kbu_dump_global(FILE *f, struct bpf_object *obj, const char *name)
{
	struct bpf_map *map;
	__u32 off, size, key = 0;
	size_t vsz;
	char *val;
	int err;

	err = koffload_find_global(obj, name, &map, &off, &size);
	if (err) {
		fprintf(stderr, "error: no global %s: %s\n", name, strerror(-err));
		return KBU_ERROR;
	}
	vsz = bpf_map__value_size(map);
	val = malloc(vsz);
	if (!val)
		return KBU_ERROR;
	err = bpf_map__lookup_elem(map, &key, sizeof(key), val, vsz, 0);
	if (!err && off + size <= vsz) {
		fprintf(f, "global %s: ", name);
		kbu_print_hex(f, val + off, size);
		fprintf(f, "\n");
	}
	free(val);
	if (err)
		fprintf(stderr, "error: reading %s: %s\n", name, strerror(-err));
	return err ? KBU_ERROR : KBU_OK;
}

static struct bpf_object *kbu_open(const char *path,
				   const struct kbu_load_opts *opts, int *err)
{
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	size_t i;

	*err = obj ? 0 : -errno;
	for (i = 0; obj && i < opts->nglobals; i++) {
		*err = kbu_set_global(obj, &opts->globals[i]);
		if (*err) {
			fprintf(stderr, "error: cannot set global %s: %s\n",
				opts->globals[i].name, strerror(-*err));
			bpf_object__close(obj);
			obj = NULL;
		}
	}
	return obj;
}

int kbu_load(const char *path, const struct kbu_load_opts *opts,
	     struct bpf_object **objp)
{
	size_t size = opts->log_size ? opts->log_size : 16 << 20;
	struct bpf_object *obj;
	char *log, *log2 = NULL;
	int err, ret = KBU_ERROR;
	char reason[256];

	*objp = NULL;
	kbu_verbose = opts->verbose;
	libbpf_set_print(kbu_libbpf_print);

	if (kbu_bpf_available(reason, sizeof(reason)) != KBU_OK) {
		printf("SKIP: %s\n", reason);
		return KBU_SKIP;
	}

	log = calloc(1, size);
	if (!log) {
		fprintf(stderr, "error: out of memory for the verifier log\n");
		return KBU_ERROR;
	}
	obj = kbu_open(path, opts, &err);
	if (!obj) {
		fprintf(stderr, "error: cannot open BPF object %s: %s\n", path,
			strerror(-err));
		goto out;
	}
	if (kbu_set_logs(obj, log, size, opts->log_level, opts->only))
		goto out;
	kbu_failed[0] = 0;
	err = bpf_object__load(obj);
	if (err == -ENOSPC && (opts->log_level & 3)) {
		/* The level-1/2 log did not fit; decide with statistics. */
		fprintf(stderr,
			"note: the verifier log of %s did not fit in %zu bytes; "
			"loading again with statistics only\n",
			kbu_failed_prog(), size);
		bpf_object__close(obj);
		log2 = calloc(1, 1 << 16);
		obj = log2 ? kbu_open(path, opts, &err) : NULL;
		if (!obj) {
			fprintf(stderr, "error: cannot reopen %s\n", path);
			goto out;
		}
		kbu_set_logs(obj, log2, 1 << 16, 4, opts->only);
		kbu_failed[0] = 0;
		err = bpf_object__load(obj);
		if (err)
			kbu_print_log("tail of the level-1 log", "it", log);
	}
	if (err == -EPERM) {
		printf("SKIP: loading %s is not permitted (EPERM)\n", path);
		ret = KBU_SKIP;
		goto out;
	}
	if (err) {
		const char *name = kbu_failed_prog();

		fprintf(stderr, "error: the kernel refused %s in %s: %s\n", name,
			path, strerror(-err));
		kbu_print_log(log2 ? "statistics" : "level 1", name,
			      log2 ? log2 : log);
		ret = KBU_REJECTED;
		goto out;
	}
	if (opts->verbose && log[0])
		kbu_print_log("last program loaded", "the object", log);
	*objp = obj;
	obj = NULL;
	ret = KBU_OK;
out:
	bpf_object__close(obj);
	free(log);
	free(log2);
	return ret;
}

unsigned int kbu_verified_insns(const struct bpf_program *prog)
{
	struct bpf_prog_info info;
	__u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(bpf_program__fd(prog), &info, &len))
		return 0;
	return info.verified_insns;
}

const char *kbu_xdp_action_name(int action)
{
	static char buf[32];

	switch (action) {
	case XDP_ABORTED:
		return "XDP_ABORTED";
	case XDP_DROP:
		return "XDP_DROP";
	case XDP_PASS:
		return "XDP_PASS";
	case XDP_TX:
		return "XDP_TX";
	case XDP_REDIRECT:
		return "XDP_REDIRECT";
	}
	snprintf(buf, sizeof(buf), "XDP_%d", action);
	return buf;
}

static int kbu_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int kbu_parse_hex(const char *s, unsigned char **out, size_t *len)
{
	size_t n = 0, cap = strlen(s) / 2 + 1;
	unsigned char *buf = malloc(cap);
	int hi = -1, v;

	if (!buf)
		return -ENOMEM;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	for (; *s; s++) {
		if (isspace((unsigned char)*s) || *s == ':' || *s == '-')
			continue;
		v = kbu_hexval((unsigned char)*s);
		if (v < 0)
			goto bad;
		if (hi < 0) {
			hi = v;
		} else {
			buf[n++] = hi << 4 | v;
			hi = -1;
		}
	}
	if (hi >= 0)
		goto bad;
	*out = buf;
	*len = n;
	return 0;
bad:
	free(buf);
	return -EINVAL;
}

void kbu_print_hex(FILE *f, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		fprintf(f, "%02x", b[i]);
}

static bool kbu_percpu(enum bpf_map_type t)
{
	return t == BPF_MAP_TYPE_PERCPU_ARRAY || t == BPF_MAP_TYPE_PERCPU_HASH ||
	       t == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

int kbu_dump_map(FILE *f, struct bpf_object *obj, const char *name)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, name);
	unsigned char *key = NULL, *next = NULL, *val = NULL;
	size_t ksz, vsz, stride, ncpu = 1, c;
	int ret = KBU_ERROR, err;
	bool first = true;

	if (!map) {
		/* Internal maps also answer to their suffix: "bss" for ".bss". */
		bpf_object__for_each_map(map, obj) {
			const char *n = bpf_map__name(map);
			const char *dot = strrchr(n, '.');

			if (bpf_map__is_internal(map) && dot && (!strcmp(dot, name) ||
								 !strcmp(dot + 1, name)))
				break;
		}
	}
	if (!map) {
		fprintf(stderr, "error: no map called %s\n", name);
		return KBU_ERROR;
	}
	ksz = bpf_map__key_size(map);
	vsz = bpf_map__value_size(map);
	stride = vsz;
	if (kbu_percpu(bpf_map__type(map))) {
		int n = libbpf_num_possible_cpus();

		if (n < 1)
			return KBU_ERROR;
		ncpu = n;
		stride = (vsz + 7) & ~(size_t)7;
	}
	key = calloc(1, ksz ? ksz : 1);
	next = calloc(1, ksz ? ksz : 1);
	val = calloc(ncpu, stride);
	if (!key || !next || !val)
		goto out;
	for (;;) {
		err = bpf_map__get_next_key(map, first ? NULL : key, next, ksz);
		if (err == -ENOENT)
			break;
		if (err) {
			fprintf(stderr, "error: map %s: next key: %s\n", name,
				strerror(-err));
			goto out;
		}
		first = false;
		memcpy(key, next, ksz);
		err = bpf_map__lookup_elem(map, key, ksz, val, ncpu * stride, 0);
		if (err == -ENOENT)
			continue;
		if (err) {
			fprintf(stderr, "error: map %s: lookup: %s\n", name,
				strerror(-err));
			goto out;
		}
		for (c = 0; c < ncpu; c++) {
			fprintf(f, "map %s[", name);
			kbu_print_hex(f, key, ksz);
			if (ncpu > 1)
				fprintf(f, "] cpu%zu: ", c);
			else
				fprintf(f, "]: ");
			kbu_print_hex(f, val + c * stride, vsz);
			fputc('\n', f);
		}
	}
	ret = KBU_OK;
out:
	free(key);
	free(next);
	free(val);
	return ret;
}

int kbu_read_file(const char *path, unsigned char **out, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	size_t cap = 4096, n = 0, r;
	unsigned char *buf = malloc(cap), *nb;

	if (!f || !buf) {
		free(buf);
		return -errno;
	}
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			nb = realloc(buf, cap * 2);
			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
	}
	if (f != stdin)
		fclose(f);
	*out = buf;
	*len = n;
	return 0;
}
