/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * xdp-bench.c - ns per request of XDP programs under BPF_PROG_TEST_RUN,
 * generated offload against a hand-written reference, side by side.
 *
 * The benchmark is described by a spec file (bench/xdp/run.sh writes it):
 *
 *   baseline <object>              an empty XDP_PASS program
 *   workload <name>                starts a workload
 *   frame <hex>                    the timed request (one per workload)
 *   check <hex>                    a frame only checked, not timed
 *   expect <action> <hex|->        what the original program answers to
 *                                  the frame before (from a model of it):
 *                                  XDP_TX and the reply frame, XDP_PASS
 *                                  and the frame, or XDP_DROP and -
 *   program <label> <object>       a program of the workload; a missing
 *                                  object is reported as such, not timed
 *   program <label> id:<N>         a program already in the kernel (the
 *                                  offload of a running split server)
 *   global <var> <offset> <hex>    bytes for a global of that program,
 *   globalfile <var> <offset> <file>   set before it is loaded
 *   element <map> <key> <hex>      after the load, element <key> (a u32)
 *                                  of that program's array map <map>
 *
 * For each workload every program first runs once on every frame (fresh
 * copies): all programs must return the same action and the same output
 * frame, and the expected one where the spec gives it, or the benchmark
 * stops -- timing wrong code is worthless.  Then
 * `rounds` rounds each time `runs`/`rounds` requests of every program and
 * of the baseline, in a rotating order, so that drift hits all alike.  A
 * request is one BPF_PROG_TEST_RUN with repeat = 1 on a fresh copy of the
 * frame; its time is the kernel's `duration`.  Reported per program: the
 * median and 10th/90th percentiles, the baseline's median, net = median -
 * baseline, and the program's size: xlated instructions, JITed bytes,
 * instructions the verifier processed.
 *
 * usage: xdp-bench [-n runs] [-r rounds] [-c cpu] [-o out.csv] SPEC
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "bpf-util.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PROGS 8
#define MAX_FRAMES 64
#define MAX_GLOBALS 8
#define MAX_ELEMENTS 8
#define MAX_WORKLOADS 32
#define OUT_MAX 4096

struct frame {
	unsigned char *data;
	size_t len;
	bool timed;
	int want_action;	/* -1: no expectation */
	unsigned char *want;	/* NULL: any bytes */
	size_t want_len;
};

struct element {
	char map[64];
	__u32 key;
	unsigned char *value;
	size_t len;
};

struct program {
	char label[64];
	char path[4096];
	__u32 id;		/* id:<N>: a loaded program, not an object */
	struct kbu_global globals[MAX_GLOBALS];
	size_t nglobals;
	struct element elements[MAX_ELEMENTS];
	size_t nelements;
	struct bpf_object *obj;
	int fd;			/* -1: not loaded */
	char missing[128];	/* why not */
	unsigned int xlated, jited, verified;
	uint32_t *ns;		/* per-request durations */
	size_t nns;
};

struct workload {
	char name[64];
	struct frame frames[MAX_FRAMES];
	size_t nframes;
	struct program progs[MAX_PROGS];
	size_t nprogs;
	uint32_t *base_ns;
	size_t nbase;
};

static struct workload workloads[MAX_WORKLOADS];
static size_t nworkloads;
static char baseline_path[4096];

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "xdp-bench: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(KBU_ERROR);
}

static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (!f)
		die("cannot open %s", path);
	do {
		if (n == cap) {
			cap = cap ? 2 * cap : 65536;
			buf = realloc(buf, cap);
			if (!buf)
				die("out of memory reading %s", path);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got);
	fclose(f);
	*len = n;
	return buf;
}

static void parse_spec(const char *path)
{
	FILE *f = fopen(path, "r");
	struct workload *w = NULL;
	struct program *p = NULL;
	char *line = NULL;
	size_t cap = 0;

	if (!f)
		die("cannot open %s", path);
	while (getline(&line, &cap, f) > 0) {
		char *save, *cmd = strtok_r(line, " \t\r\n", &save);
		char *a = cmd ? strtok_r(NULL, " \t\r\n", &save) : NULL;
		char *b = a ? strtok_r(NULL, " \t\r\n", &save) : NULL;
		char *c = b ? strtok_r(NULL, " \t\r\n", &save) : NULL;

		if (!cmd || cmd[0] == '#')
			continue;
		if (!strcmp(cmd, "baseline") && a) {
			snprintf(baseline_path, sizeof(baseline_path), "%s", a);
		} else if (!strcmp(cmd, "workload") && a) {
			if (nworkloads == MAX_WORKLOADS)
				die("too many workloads at %s", a);
			w = &workloads[nworkloads++];
			snprintf(w->name, sizeof(w->name), "%s", a);
			p = NULL;
		} else if ((!strcmp(cmd, "frame") || !strcmp(cmd, "check")) &&
			   a && w) {
			struct frame *fr;

			if (w->nframes == MAX_FRAMES)
				die("too many frames in %s", w->name);
			fr = &w->frames[w->nframes++];
			if (kbu_parse_hex(a, &fr->data, &fr->len))
				die("bad hex in %s", w->name);
			fr->timed = !strcmp(cmd, "frame");
			fr->want_action = -1;
		} else if (!strcmp(cmd, "expect") && a && b && w &&
			   w->nframes) {
			struct frame *fr = &w->frames[w->nframes - 1];

			fr->want_action = !strcmp(a, "XDP_DROP") ? XDP_DROP :
					  !strcmp(a, "XDP_PASS") ? XDP_PASS :
					  !strcmp(a, "XDP_TX")	 ? XDP_TX :
								   -2;
			if (fr->want_action == -2)
				die("bad action %s", a);
			if (strcmp(b, "-") &&
			    kbu_parse_hex(b, &fr->want, &fr->want_len))
				die("bad hex in %s", w->name);
		} else if (!strcmp(cmd, "program") && a && b && w) {
			if (w->nprogs == MAX_PROGS)
				die("too many programs in %s", w->name);
			p = &w->progs[w->nprogs++];
			snprintf(p->label, sizeof(p->label), "%s", a);
			snprintf(p->path, sizeof(p->path), "%s", b);
			if (!strncmp(b, "id:", 3))
				p->id = strtoul(b + 3, NULL, 0);
			p->fd = -1;
		} else if (!strcmp(cmd, "element") && a && b && c && p) {
			struct element *e;

			if (p->nelements == MAX_ELEMENTS)
				die("too many elements for %s", p->label);
			e = &p->elements[p->nelements++];
			snprintf(e->map, sizeof(e->map), "%s", a);
			e->key = strtoul(b, NULL, 0);
			if (kbu_parse_hex(c, &e->value, &e->len))
				die("bad hex for map %s", a);
		} else if ((!strcmp(cmd, "global") ||
			    !strcmp(cmd, "globalfile")) && a && b && c && p) {
			struct kbu_global *g;
			unsigned char *bytes;
			size_t len;

			if (p->nglobals == MAX_GLOBALS)
				die("too many globals for %s", p->label);
			if (!strcmp(cmd, "global")) {
				if (kbu_parse_hex(c, &bytes, &len))
					die("bad hex for global %s", a);
			} else {
				bytes = read_file(c, &len);
			}
			g = &p->globals[p->nglobals++];
			g->name = strdup(a);
			g->offset = strtoul(b, NULL, 0);
			g->data = bytes;
			g->len = len;
		} else {
			die("bad spec line: %s", cmd);
		}
	}
	free(line);
	fclose(f);
	if (!baseline_path[0])
		die("%s: no baseline", path);
}

static int load(struct program *p)
{
	struct kbu_load_opts opts = {
		.log_level = 4,
		.log_size = 1 << 20,
		.globals = p->globals,
		.nglobals = p->nglobals,
	};
	struct bpf_prog_info info;
	__u32 info_len = sizeof(info);
	struct bpf_program *prog;
	int err;

	if (p->id) {
		p->fd = bpf_prog_get_fd_by_id(p->id);
		if (p->fd < 0) {
			snprintf(p->missing, sizeof(p->missing),
				 "no program %u (%s)", p->id, strerror(errno));
			return -1;
		}
		memset(&info, 0, sizeof(info));
		if (bpf_obj_get_info_by_fd(p->fd, &info, &info_len) ||
		    info.type != BPF_PROG_TYPE_XDP)
			die("%s: not an XDP program", p->path);
		p->xlated = info.xlated_prog_len / 8;
		p->jited = info.jited_prog_len;
		p->verified = info.verified_insns;
		return 0;
	}
	if (access(p->path, R_OK)) {
		snprintf(p->missing, sizeof(p->missing), "no object (%s)",
			 strerror(errno));
		return -1;
	}
	err = kbu_load(p->path, &opts, &p->obj);
	if (err) {
		snprintf(p->missing, sizeof(p->missing), "not loaded (%d)",
			 err);
		return -1;
	}
	bpf_object__for_each_program(prog, p->obj)
		if (bpf_program__type(prog) == BPF_PROG_TYPE_XDP)
			break;
	if (!prog)
		die("%s: no XDP program", p->path);
	p->fd = bpf_program__fd(prog);
	for (size_t i = 0; i < p->nelements; i++) {
		const struct element *e = &p->elements[i];
		struct bpf_map *map =
			bpf_object__find_map_by_name(p->obj, e->map);

		if (!map || bpf_map__value_size(map) != e->len ||
		    bpf_map__update_elem(map, &e->key, sizeof(e->key),
					 e->value, e->len, BPF_ANY))
			die("%s: cannot write the map element", e->map);
	}
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(p->fd, &info, &info_len))
		die("%s: cannot get program info", p->path);
	p->xlated = info.xlated_prog_len / 8;
	p->jited = info.jited_prog_len;
	p->verified = kbu_verified_insns(prog);
	return 0;
}

/* One request: a fresh copy of the frame, repeat = 1. */
static int run_once(int fd, const struct frame *fr, unsigned char *out,
		    __u32 *out_len, __u32 *action, __u32 *ns)
{
	LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = fr->data,
		    .data_size_in = fr->len, .data_out = out,
		    .data_size_out = OUT_MAX, .repeat = 1);
	int err = bpf_prog_test_run_opts(fd, &o);

	if (err)
		return err;
	*out_len = o.data_size_out;
	*action = o.retval;
	*ns = o.duration;
	return 0;
}

/* Every loaded program: same action and bytes on every frame. */
static void check(struct workload *w)
{
	static unsigned char want[OUT_MAX], got[OUT_MAX];

	for (size_t f = 0; f < w->nframes; f++) {
		const struct program *first = NULL;
		__u32 want_len = 0, want_act = 0;

		for (size_t i = 0; i < w->nprogs; i++) {
			struct program *p = &w->progs[i];
			__u32 len, act, ns;

			if (p->fd < 0)
				continue;
			if (run_once(p->fd, &w->frames[f], first ? got : want,
				     &len, &act, &ns))
				die("test run of %s failed", p->label);
			if (!first) {
				const struct frame *fr = &w->frames[f];

				first = p;
				want_len = len;
				want_act = act;
				if (fr->want_action < 0 ||
				    (fr->want_action == (int)act &&
				     (!fr->want || (fr->want_len == len &&
						    !memcmp(fr->want, want,
							    len)))))
					continue;
				fprintf(stderr,
					"xdp-bench: %s: %s differs from the "
					"original's answer on frame %zu\n"
					"  in:  ",
					w->name, p->label, f);
				kbu_print_hex(stderr, fr->data, fr->len);
				fprintf(stderr, "\n  original: %s ",
					kbu_xdp_action_name(fr->want_action));
				if (fr->want)
					kbu_print_hex(stderr, fr->want,
						      fr->want_len);
				fprintf(stderr, "\n  %s: %s ", p->label,
					kbu_xdp_action_name(act));
				kbu_print_hex(stderr, want, len);
				fputc('\n', stderr);
				exit(KBU_ERROR);
			}
			if (act == want_act && len == want_len &&
			    !memcmp(want, got, len))
				continue;
			fprintf(stderr,
				"xdp-bench: %s: %s and %s differ on frame %zu\n"
				"  in:  ",
				w->name, first->label, p->label, f);
			kbu_print_hex(stderr, w->frames[f].data,
				      w->frames[f].len);
			fprintf(stderr, "\n  %s: %s ", first->label,
				kbu_xdp_action_name(want_act));
			kbu_print_hex(stderr, want, want_len);
			fprintf(stderr, "\n  %s: %s ", p->label,
				kbu_xdp_action_name(act));
			kbu_print_hex(stderr, got, len);
			fputc('\n', stderr);
			exit(KBU_ERROR);
		}
		if (first && w->frames[f].timed)
			printf("%s: frame %zu: %s, %u bytes out, all agree\n",
			       w->name, f, kbu_xdp_action_name(want_act),
			       want_len);
	}
}

static void time_runs(int fd, const struct frame *fr, uint32_t *ns,
		      size_t *n, size_t count)
{
	static unsigned char out[OUT_MAX];
	__u32 len, act, d;

	for (size_t i = 0; i < count; i++) {
		if (run_once(fd, fr, out, &len, &act, &d))
			die("%s", "a timed test run failed");
		ns[(*n)++] = d;
	}
}

/*
 * The mean of the sorted samples between the 1st and 99th percentiles: the
 * kernel's clock may tick in steps (10 ns on some machines), which the
 * median keeps and the mean of many samples averages out.
 */
static double trimmed_mean(const uint32_t *v, size_t n)
{
	size_t lo = n / 100, hi = n - n / 100;
	double sum = 0;

	for (size_t i = lo; i < hi; i++)
		sum += v[i];
	return hi > lo ? sum / (double)(hi - lo) : 0;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static double pct(uint32_t *v, size_t n, double q)
{
	double pos = q * (double)(n - 1);
	size_t i = (size_t)pos;
	double frac = pos - (double)i;

	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + frac * (v[i + 1] - v[i]);
}

int main(int argc, char **argv)
{
	size_t runs = 20000, rounds = 40;
	const char *csv_path = NULL;
	int cpu = -1, opt;
	char reason[256];
	struct program base = { .fd = -1 };
	FILE *csv = NULL;

	while ((opt = getopt(argc, argv, "n:r:c:o:")) != -1) {
		switch (opt) {
		case 'n': runs = strtoul(optarg, NULL, 0); break;
		case 'r': rounds = strtoul(optarg, NULL, 0); break;
		case 'c': cpu = atoi(optarg); break;
		case 'o': csv_path = optarg; break;
		default:
			fprintf(stderr, "usage: %s [-n runs] [-r rounds] "
					"[-c cpu] [-o out.csv] SPEC\n",
				argv[0]);
			return KBU_ERROR;
		}
	}
	if (optind + 1 != argc || !runs || !rounds || runs % rounds)
		die("%s", "usage: xdp-bench [-n runs] [-r rounds] [-c cpu] "
			  "[-o out.csv] SPEC (runs a multiple of rounds)");
	if (kbu_bpf_available(reason, sizeof(reason)) != KBU_OK) {
		fprintf(stderr, "xdp-bench: skipped: %s\n", reason);
		return KBU_SKIP;
	}
	if (cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		if (sched_setaffinity(0, sizeof(set), &set))
			die("%s", "cannot pin to the CPU");
	}
	parse_spec(argv[optind]);
	snprintf(base.path, sizeof(base.path), "%s", baseline_path);
	snprintf(base.label, sizeof(base.label), "baseline");
	if (load(&base))
		die("baseline: %s", base.missing);

	if (csv_path) {
		csv = fopen(csv_path, "w");
		if (!csv)
			die("cannot write %s", csv_path);
		fprintf(csv, "workload,program,action,out_bytes,xlated_insns,"
			     "jited_bytes,verified_insns,runs,median_ns,"
			     "p10_ns,p90_ns,baseline_median_ns,net_ns,"
			     "tmean_ns,baseline_tmean_ns,net_tmean_ns\n");
	}

	for (size_t wi = 0; wi < nworkloads; wi++) {
		struct workload *w = &workloads[wi];
		const struct frame *fr = NULL;
		size_t per_round = runs / rounds, order = 0;
		double base_med, base_mean;

		for (size_t f = 0; f < w->nframes; f++)
			if (w->frames[f].timed)
				fr = &w->frames[f];
		if (!fr)
			die("%s: no timed frame", w->name);
		for (size_t i = 0; i < w->nprogs; i++) {
			struct program *p = &w->progs[i];

			if (load(p))
				printf("%s: %s: %s\n", w->name, p->label,
				       p->missing);
			else if (!(p->ns = calloc(runs, sizeof(uint32_t))))
				die("%s", "out of memory");
		}
		check(w);
		w->base_ns = calloc(runs, sizeof(uint32_t));
		if (!w->base_ns)
			die("%s", "out of memory");
		/* Rounds: programs and baseline in a rotating order. */
		for (size_t r = 0; r < rounds; r++, order++) {
			size_t k = w->nprogs + 1;

			for (size_t j = 0; j < k; j++) {
				size_t i = (j + order) % k;

				if (i == w->nprogs)
					time_runs(base.fd, fr, w->base_ns,
						  &w->nbase, per_round);
				else if (w->progs[i].fd >= 0)
					time_runs(w->progs[i].fd, fr,
						  w->progs[i].ns,
						  &w->progs[i].nns, per_round);
			}
		}
		qsort(w->base_ns, w->nbase, sizeof(uint32_t), cmp_u32);
		base_med = pct(w->base_ns, w->nbase, 0.5);
		base_mean = trimmed_mean(w->base_ns, w->nbase);
		printf("%-22s %-10s %8s %8s %8s %8s %8s %8s %8s %7s %7s\n",
		       w->name, "program", "action", "median", "p10", "p90",
		       "net", "net-mean", "xlated", "jited", "verif");
		for (size_t i = 0; i < w->nprogs; i++) {
			struct program *p = &w->progs[i];
			static unsigned char out[OUT_MAX];
			double med, p10, p90, mean;
			__u32 len = 0, act = 0, ns;

			if (p->fd < 0) {
				printf("%-22s %-10s %s\n", "", p->label,
				       p->missing);
				if (csv)
					fprintf(csv, "%s,%s,,,,,,0,,,,%.1f,,,"
						     "%.2f,\n",
						w->name, p->label, base_med,
						base_mean);
				continue;
			}
			run_once(p->fd, fr, out, &len, &act, &ns);
			qsort(p->ns, p->nns, sizeof(uint32_t), cmp_u32);
			med = pct(p->ns, p->nns, 0.5);
			p10 = pct(p->ns, p->nns, 0.1);
			p90 = pct(p->ns, p->nns, 0.9);
			mean = trimmed_mean(p->ns, p->nns);
			printf("%-22s %-10s %8s %8.1f %8.1f %8.1f %8.1f %8.1f "
			       "%8u %7u %7u\n",
			       "", p->label, kbu_xdp_action_name(act), med,
			       p10, p90, med - base_med, mean - base_mean,
			       p->xlated, p->jited, p->verified);
			if (csv)
				fprintf(csv, "%s,%s,%s,%u,%u,%u,%u,%zu,%.1f,"
					     "%.1f,%.1f,%.1f,%.1f,%.2f,%.2f,"
					     "%.2f\n",
					w->name, p->label,
					kbu_xdp_action_name(act), len,
					p->xlated, p->jited, p->verified,
					p->nns, med, p10, p90, base_med,
					med - base_med, mean, base_mean,
					mean - base_mean);
		}
		if (csv)
			fprintf(csv, "%s,baseline,XDP_PASS,%zu,%u,%u,%u,%zu,"
				     "%.1f,%.1f,%.1f,%.1f,0.0,%.2f,%.2f,0.00\n",
				w->name, fr->len, base.xlated, base.jited,
				base.verified, w->nbase, base_med,
				pct(w->base_ns, w->nbase, 0.1),
				pct(w->base_ns, w->nbase, 0.9), base_med,
				base_mean, base_mean);
		printf("%-22s %-10s %8s %8.1f %8.1f %8.1f   (mean %.1f)\n", "",
		       "baseline", "XDP_PASS", base_med,
		       pct(w->base_ns, w->nbase, 0.1),
		       pct(w->base_ns, w->nbase, 0.9), base_mean);
		for (size_t i = 0; i < w->nprogs; i++) {
			if (w->progs[i].obj)
				bpf_object__close(w->progs[i].obj);
			else if (w->progs[i].id && w->progs[i].fd >= 0)
				close(w->progs[i].fd);
		}
	}
	if (csv)
		fclose(csv);
	bpf_object__close(base.obj);
	return KBU_OK;
}
