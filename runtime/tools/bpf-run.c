// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * bpf-run.c - koffload-bpf-run: load a BPF object into the running kernel
 * and optionally run one XDP program on a packet with BPF_PROG_TEST_RUN.
 *
 *   koffload-bpf-run [options] OBJECT
 *
 * Prints "loaded: <prog> (<n> insns)" for every program the kernel
 * accepted ("verified: <prog> <n> insns processed" with -s), then, given
 * an input packet, "action: XDP_..." and "out: <hex>".  Exit status: 0
 * success, 1 error, 2 the verifier refused a program (its log is printed),
 * 77 BPF is not permitted here ("SKIP: <reason>").  Nothing is pinned or
 * attached: closing the object frees everything.
 *
 * Batch mode (--batch FILE) loads the object once and runs the program once
 * on every frame of FILE (one hex frame a line), each from a fresh copy of
 * the input, printing "<index> <XDP_ACTION> <output hex>" per frame.  State
 * in maps carries over from frame to frame, as it would on a live
 * interface; --write-map sets it up beforehand, --dump-map shows it after.
 * Ring buffers (an offload's log records) are drained after every frame,
 * as the runtime's log thread would, so that they never fill up; the
 * records are counted, not shown.
 */
#include "bpf-util.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <getopt.h>
#include <linux/bpf.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DUMPS 16
#define MAX_WRITES 16
#define MAX_SETS 16

static void usage(FILE *f)
{
	fprintf(f,
		"usage: koffload-bpf-run [options] OBJECT\n"
		"Load the BPF ELF OBJECT into the kernel (verifier log on "
		"refusal) and optionally\nrun one XDP program on a packet "
		"with BPF_PROG_TEST_RUN.\n\n"
		"  -p, --prog NAME       XDP program to run (default: the "
		"only/first XDP program)\n"
		"  -o, --only NAME       load only program NAME (the "
		"others are not loaded)\n"
		"  -d, --data HEX        input packet as hex digits "
		"(blanks, ':' and '-' ignored)\n"
		"  -f, --data-file FILE  input packet from a file (raw "
		"bytes, '-' for stdin)\n"
		"  -r, --repeat N        run N times (reports the mean "
		"duration)\n"
		"  -b, --batch FILE      run the program once on every frame "
		"in FILE ('-' for\n"
		"                        stdin): one frame a line in hex "
		"as for --data; blank\n"
		"                        lines and lines starting with '#' "
		"are skipped.  The\n"
		"                        object is loaded once; each frame is "
		"run from a fresh\n"
		"                        copy of its bytes and printed as "
		"\"<index> <XDP_ACTION>\n"
		"                        <output hex>\" (index counts frames "
		"from 0), or\n"
		"                        \"<index> ERROR <reason>\" if the "
		"kernel would not run it\n"
		"                        (then the exit status is 1 after the "
		"last frame).  Map\n"
		"                        state carries over between frames.  "
		"Not with -d, -f, -r\n"
		"  -w, --write-map NAME[@OFFSET]=FILE\n"
		"                        before running, write FILE's bytes "
		"into element 0 of\n"
		"                        array map NAME (.bss, .data, or a "
		"map's name) at byte\n"
		"                        OFFSET (default 0); may be repeated\n"
		"  -S, --set NAME[@OFFSET]=HEX\n"
		"                        before loading, put HEX's bytes into "
		"the global variable\n"
		"                        NAME (in .data, .rodata or .bss) at "
		"byte OFFSET\n"
		"                        (default 0); may be repeated\n"
		"  -g, --dump-global NAME\n"
		"                        print a global variable after the run; "
		"may be repeated\n"
		"  -m, --dump-map NAME   print a map after the run (.bss, "
		".data, .rodata, or a\n"
		"                        map's name); may be repeated\n"
		"  -l, --log-level N     verifier log level (default 1)\n"
		"      --log-size BYTES  verifier log buffer (default "
		"16 MiB)\n"
		"  -s, --stats           print instructions processed by the "
		"verifier\n"
		"  -v, --verbose         libbpf debug output; verifier log "
		"even on success\n"
		"  -h, --help\n\n"
		"Exit status: 0 ok, 1 error, 2 verifier refused a program, 77 "
		"BPF not permitted.\n");
}

/* A map by name; internal maps also answer to ".bss"/"bss" etc. */
static struct bpf_map *find_map(struct bpf_object *obj, const char *name)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, name);

	if (map)
		return map;
	bpf_object__for_each_map(map, obj) {
		const char *n = bpf_map__name(map);
		const char *dot = strrchr(n, '.');

		if (bpf_map__is_internal(map) && dot &&
		    (!strcmp(dot, name) || !strcmp(dot + 1, name)))
			return map;
	}
	return NULL;
}

/*
 * --write-map NAME[@OFFSET]=FILE: read element 0 of the array map, put the
 * file's bytes at OFFSET, write it back.
 */
static int write_map(struct bpf_object *obj, const char *spec)
{
	const char *eq = strchr(spec, '='), *at;
	unsigned char *data = NULL, *val = NULL;
	char name[128], *end;
	unsigned long long off = 0;
	size_t len, vsz, nlen;
	struct bpf_map *map;
	__u32 key = 0;
	int err, ret = KBU_ERROR;

	if (!eq || eq == spec || !eq[1])
		goto bad;
	at = memchr(spec, '@', eq - spec);
	nlen = (at ? at : eq) - spec;
	if (nlen == 0 || nlen >= sizeof(name))
		goto bad;
	memcpy(name, spec, nlen);
	name[nlen] = 0;
	if (at) {
		errno = 0;
		off = strtoull(at + 1, &end, 0);
		if (errno || end != eq || end == at + 1)
			goto bad;
	}
	map = find_map(obj, name);
	if (!map) {
		fprintf(stderr, "error: no map called %s\n", name);
		return KBU_ERROR;
	}
	if (bpf_map__type(map) != BPF_MAP_TYPE_ARRAY ||
	    bpf_map__key_size(map) != sizeof(key)) {
		fprintf(stderr, "error: --write-map: %s is not an array map\n",
			name);
		return KBU_ERROR;
	}
	if ((err = kbu_read_file(eq + 1, &data, &len))) {
		fprintf(stderr, "error: cannot read %s: %s\n", eq + 1,
			strerror(-err));
		return KBU_ERROR;
	}
	vsz = bpf_map__value_size(map);
	if (off > vsz || len > vsz - off) {
		fprintf(stderr,
			"error: --write-map: %zu bytes at offset %llu do not fit "
			"in %s (%zu bytes)\n",
			len, off, name, vsz);
		goto out;
	}
	val = malloc(vsz);
	if (!val)
		goto out;
	err = bpf_map__lookup_elem(map, &key, sizeof(key), val, vsz, 0);
	if (!err) {
		memcpy(val + off, data, len);
		err = bpf_map__update_elem(map, &key, sizeof(key), val, vsz, 0);
	}
	if (err) {
		fprintf(stderr, "error: --write-map: %s: %s\n", name,
			strerror(-err));
		goto out;
	}
	ret = KBU_OK;
out:
	free(data);
	free(val);
	return ret;
bad:
	fprintf(stderr, "error: --write-map wants NAME[@OFFSET]=FILE, not %s\n",
		spec);
	return KBU_ERROR;
}

/* --set NAME[@OFFSET]=HEX into *g (g->data is allocated). */
static int parse_set(const char *spec, struct kbu_global *g)
{
	const char *eq = strchr(spec, '='), *at;
	unsigned char *data;
	char *name, *end;
	size_t len;

	if (!eq || eq == spec)
		goto bad;
	at = memchr(spec, '@', eq - spec);
	g->offset = 0;
	if (at) {
		errno = 0;
		g->offset = strtoull(at + 1, &end, 0);
		if (errno || end != eq || end == at + 1)
			goto bad;
	}
	if (kbu_parse_hex(eq + 1, &data, &len) || len == 0)
		goto bad;
	name = strndup(spec, (at ? at : eq) - spec);
	if (!name) {
		free(data);
		return KBU_ERROR;
	}
	g->name = name;
	g->data = data;
	g->len = len;
	return KBU_OK;
bad:
	fprintf(stderr, "error: --set wants NAME[@OFFSET]=HEX, not %s\n", spec);
	return KBU_ERROR;
}

static void put_hex(FILE *f, const unsigned char *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char buf[512];
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		buf[k++] = digits[p[i] >> 4];
		buf[k++] = digits[p[i] & 15];
		if (k == sizeof(buf)) {
			fwrite(buf, 1, k, f);
			k = 0;
		}
	}
	fwrite(buf, 1, k, f);
}

static int count_record(void *ctx, void *data, size_t size)
{
	(void)data;
	(void)size;
	++*(unsigned long *)ctx;
	return 0;
}

/* A reader of every ring buffer of obj that counts into *records, or NULL
 * when there is none (or it cannot be made: then they may fill up). */
static struct ring_buffer *drain_rings(struct bpf_object *obj,
				       unsigned long *records)
{
	struct ring_buffer *rb = NULL;
	struct bpf_map *map;

	bpf_object__for_each_map(map, obj) {
		int fd = bpf_map__fd(map);

		if (bpf_map__type(map) != BPF_MAP_TYPE_RINGBUF || fd < 0)
			continue;
		if (!rb)
			rb = ring_buffer__new(fd, count_record, records, NULL);
		else if (ring_buffer__add(rb, fd, count_record, records))
			fprintf(stderr, "warning: cannot drain ring buffer %s\n",
				bpf_map__name(map));
		if (!rb)
			fprintf(stderr, "warning: cannot drain ring buffer %s\n",
				bpf_map__name(map));
	}
	return rb;
}

/*
 * --batch: every frame of `path` through `prog`, one BPF_PROG_TEST_RUN each
 * with its own input.  Returns KBU_OK, or KBU_ERROR if the file cannot be
 * read, a line is not hex, or some frame could not be run (after the last).
 */
static int run_batch(struct bpf_object *obj, struct bpf_program *prog,
		     const char *path)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	unsigned long counts[8] = { 0 }, failed = 0, index = 0, lineno = 0;
	unsigned long records = 0;
	struct ring_buffer *rb = drain_rings(obj, &records);
	unsigned char *in = NULL, *out = NULL;
	size_t in_len, out_cap = 0, cap = 0;
	char *line = NULL, *p;
	int ret = KBU_ERROR, fd = bpf_program__fd(prog), err;
	ssize_t n;

	if (!f) {
		fprintf(stderr, "error: cannot read %s: %s\n", path,
			strerror(errno));
		return KBU_ERROR;
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		LIBBPF_OPTS(bpf_test_run_opts, topts);

		lineno++;
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		if (*p == '#' || *p == '\n' || *p == '\r' || !*p)
			continue;
		if (kbu_parse_hex(p, &in, &in_len)) {
			fprintf(stderr, "error: %s:%lu: not a hex frame\n", path,
				lineno);
			goto out;
		}
		/* Room for bpf_xdp_adjust_tail() growth. */
		if (out_cap < in_len + 4096) {
			free(out);
			out_cap = in_len + 4096;
			out = malloc(out_cap);
			if (!out) {
				fprintf(stderr, "error: out of memory\n");
				goto out;
			}
		}
		topts.data_in = in;
		topts.data_size_in = in_len;
		topts.data_out = out;
		topts.data_size_out = out_cap;
		topts.repeat = 1;
		err = bpf_prog_test_run_opts(fd, &topts);
		if (err) {
			printf("%lu ERROR %s%s\n", index, strerror(-err),
			       err == -EINVAL && in_len < 14 ?
				       " (under 14 bytes)" :
				       "");
			failed++;
		} else {
			printf("%lu %s ", index,
			       kbu_xdp_action_name(topts.retval));
			put_hex(stdout, out, topts.data_size_out);
			putchar('\n');
			counts[topts.retval < 8 ? topts.retval : 7]++;
		}
		if (rb)
			ring_buffer__consume(rb);
		free(in);
		in = NULL;
		index++;
	}
	if (ferror(f)) {
		fprintf(stderr, "error: reading %s: %s\n", path, strerror(errno));
		goto out;
	}
	fprintf(stderr,
		"batch: %lu frames: %lu XDP_TX, %lu XDP_PASS, %lu XDP_DROP, "
		"%lu other, %lu not run\n",
		index, counts[XDP_TX], counts[XDP_PASS], counts[XDP_DROP],
		index - failed - counts[XDP_TX] - counts[XDP_PASS] -
			counts[XDP_DROP],
		failed);
	if (rb)
		fprintf(stderr, "batch: %lu ring buffer records drained\n",
			records);
	if (failed)
		fprintf(stderr, "error: %lu of %lu frames could not be run\n",
			failed, index);
	else
		ret = KBU_OK;
out:
	if (f != stdin)
		fclose(f);
	ring_buffer__free(rb);
	free(line);
	free(in);
	free(out);
	return ret;
}

static struct bpf_program *find_xdp(struct bpf_object *obj, const char *name)
{
	struct bpf_program *prog;

	if (name)
		return bpf_object__find_program_by_name(obj, name);
	bpf_object__for_each_program(prog, obj) {
		if (bpf_program__type(prog) == BPF_PROG_TYPE_XDP &&
		    bpf_program__fd(prog) >= 0)
			return prog;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "prog", required_argument, NULL, 'p' },
		{ "only", required_argument, NULL, 'o' },
		{ "data", required_argument, NULL, 'd' },
		{ "data-file", required_argument, NULL, 'f' },
		{ "repeat", required_argument, NULL, 'r' },
		{ "batch", required_argument, NULL, 'b' },
		{ "write-map", required_argument, NULL, 'w' },
		{ "dump-map", required_argument, NULL, 'm' },
		{ "set", required_argument, NULL, 'S' },
		{ "dump-global", required_argument, NULL, 'g' },
		{ "log-level", required_argument, NULL, 'l' },
		{ "log-size", required_argument, NULL, 'L' },
		{ "stats", no_argument, NULL, 's' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	struct kbu_load_opts lo = { .log_level = 1 };
	const char *prog_name = NULL, *hex = NULL, *file = NULL, *batch = NULL;
	const char *dumps[MAX_DUMPS], *writes[MAX_WRITES], *globals[MAX_DUMPS];
	struct kbu_global sets[MAX_SETS];
	unsigned char *in = NULL, *out = NULL;
	struct bpf_object *obj = NULL;
	struct bpf_program *prog;
	size_t in_len = 0, out_cap;
	int ndumps = 0, nwrites = 0, nglobals = 0, repeat = 1, opt, err, i, ret = KBU_ERROR;
	bool stats = false;

	while ((opt = getopt_long(argc, argv, "p:o:d:f:r:b:w:m:S:g:l:svh", longopts,
				  NULL)) != -1) {
		switch (opt) {
		case 'p':
			prog_name = optarg;
			break;
		case 'o':
			lo.only = optarg;
			break;
		case 'd':
			hex = optarg;
			break;
		case 'f':
			file = optarg;
			break;
		case 'r':
			repeat = atoi(optarg);
			break;
		case 'b':
			batch = optarg;
			break;
		case 'w':
			if (nwrites == MAX_WRITES) {
				fprintf(stderr, "error: too many --write-map\n");
				return KBU_ERROR;
			}
			writes[nwrites++] = optarg;
			break;
		case 'S':
			if (lo.nglobals == MAX_SETS) {
				fprintf(stderr, "error: too many --set\n");
				return KBU_ERROR;
			}
			if (parse_set(optarg, &sets[lo.nglobals]) != KBU_OK)
				return KBU_ERROR;
			lo.globals = sets;
			lo.nglobals++;
			break;
		case 'g':
			if (nglobals == MAX_DUMPS) {
				fprintf(stderr, "error: too many --dump-global\n");
				return KBU_ERROR;
			}
			globals[nglobals++] = optarg;
			break;
		case 'm':
			if (ndumps == MAX_DUMPS) {
				fprintf(stderr, "error: too many --dump-map\n");
				return KBU_ERROR;
			}
			dumps[ndumps++] = optarg;
			break;
		case 'l':
			lo.log_level = strtoul(optarg, NULL, 0);
			break;
		case 'L':
			lo.log_size = strtoul(optarg, NULL, 0);
			break;
		case 's':
			stats = true;
			break;
		case 'v':
			lo.verbose = true;
			break;
		case 'h':
			usage(stdout);
			return KBU_OK;
		default:
			usage(stderr);
			return KBU_ERROR;
		}
	}
	if (optind != argc - 1 || (hex && file) || repeat < 1 ||
	    (batch && (hex || file || repeat != 1))) {
		usage(stderr);
		return KBU_ERROR;
	}
	if (hex && kbu_parse_hex(hex, &in, &in_len)) {
		fprintf(stderr, "error: --data is not a hex string\n");
		return KBU_ERROR;
	}
	if (file && (err = kbu_read_file(file, &in, &in_len))) {
		fprintf(stderr, "error: cannot read %s: %s\n", file,
			strerror(-err));
		return KBU_ERROR;
	}

	ret = kbu_load(argv[optind], &lo, &obj);
	if (ret != KBU_OK)
		goto out;
	bpf_object__for_each_program(prog, obj) {
		if (!bpf_program__autoload(prog))
			continue;
		printf("loaded: %s (%zu insns)\n", bpf_program__name(prog),
		       bpf_program__insn_cnt(prog));
		if (stats)
			printf("verified: %s %u insns processed\n",
			       bpf_program__name(prog),
			       kbu_verified_insns(prog));
	}

	for (i = 0; i < nwrites; i++) {
		if (write_map(obj, writes[i]) != KBU_OK) {
			ret = KBU_ERROR;
			goto out;
		}
	}

	if (in || batch) {
		LIBBPF_OPTS(bpf_test_run_opts, topts);

		prog = find_xdp(obj, prog_name);
		if (!prog || bpf_program__type(prog) != BPF_PROG_TYPE_XDP ||
		    bpf_program__fd(prog) < 0) {
			fprintf(stderr, "error: no loaded XDP program %s in %s\n",
				prog_name ? prog_name : "at all", argv[optind]);
			ret = KBU_ERROR;
			goto out;
		}
		if (batch) {
			fflush(stdout);
			ret = run_batch(obj, prog, batch);
			if (ret != KBU_OK)
				goto out;
			goto dump;
		}
		/* Room for bpf_xdp_adjust_tail() growth. */
		out_cap = in_len + 4096;
		out = calloc(1, out_cap);
		if (!out) {
			ret = KBU_ERROR;
			goto out;
		}
		topts.data_in = in;
		topts.data_size_in = in_len;
		topts.data_out = out;
		topts.data_size_out = out_cap;
		topts.repeat = repeat;
		err = bpf_prog_test_run_opts(bpf_program__fd(prog), &topts);
		if (err) {
			fprintf(stderr, "error: BPF_PROG_TEST_RUN of %s: %s%s\n",
				bpf_program__name(prog), strerror(-err),
				err == -EINVAL && in_len < 14 ?
					" (XDP test packets need at least 14 "
					"bytes, an Ethernet header)" :
					"");
			ret = KBU_ERROR;
			goto out;
		}
		printf("run: %s\n", bpf_program__name(prog));
		printf("action: %s\n", kbu_xdp_action_name(topts.retval));
		printf("duration: %u ns\n", topts.duration);
		printf("out_len: %u\n", topts.data_size_out);
		printf("out: ");
		kbu_print_hex(stdout, out, topts.data_size_out);
		printf("\n");
	}
dump:
	for (i = 0; i < nglobals; i++) {
		if (kbu_dump_global(stdout, obj, globals[i]) != KBU_OK) {
			ret = KBU_ERROR;
			goto out;
		}
	}
	for (i = 0; i < ndumps; i++) {
		if (kbu_dump_map(stdout, obj, dumps[i]) != KBU_OK) {
			ret = KBU_ERROR;
			goto out;
		}
	}
	ret = KBU_OK;
out:
	bpf_object__close(obj);
	for (i = 0; i < (int)lo.nglobals; i++) {
		free((void *)sets[i].name);
		free((void *)sets[i].data);
	}
	free(in);
	free(out);
	return ret;
}
