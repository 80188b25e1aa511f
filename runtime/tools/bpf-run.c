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

static int read_file(const char *path, unsigned char **out, size_t *len)
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
		{ "dump-map", required_argument, NULL, 'm' },
		{ "log-level", required_argument, NULL, 'l' },
		{ "log-size", required_argument, NULL, 'L' },
		{ "stats", no_argument, NULL, 's' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	struct kbu_load_opts lo = { .log_level = 1 };
	const char *prog_name = NULL, *hex = NULL, *file = NULL;
	const char *dumps[MAX_DUMPS];
	unsigned char *in = NULL, *out = NULL;
	struct bpf_object *obj = NULL;
	struct bpf_program *prog;
	size_t in_len = 0, out_cap;
	int ndumps = 0, repeat = 1, opt, err, i, ret = KBU_ERROR;
	bool stats = false;

	while ((opt = getopt_long(argc, argv, "p:o:d:f:r:m:l:svh", longopts,
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
	if (optind != argc - 1 || (hex && file) || repeat < 1) {
		usage(stderr);
		return KBU_ERROR;
	}
	if (hex && kbu_parse_hex(hex, &in, &in_len)) {
		fprintf(stderr, "error: --data is not a hex string\n");
		return KBU_ERROR;
	}
	if (file && (err = read_file(file, &in, &in_len))) {
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

	if (in) {
		LIBBPF_OPTS(bpf_test_run_opts, topts);

		prog = find_xdp(obj, prog_name);
		if (!prog || bpf_program__type(prog) != BPF_PROG_TYPE_XDP ||
		    bpf_program__fd(prog) < 0) {
			fprintf(stderr, "error: no loaded XDP program %s in %s\n",
				prog_name ? prog_name : "at all", argv[optind]);
			ret = KBU_ERROR;
			goto out;
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
	for (i = 0; i < ndumps; i++) {
		if (kbu_dump_map(stdout, obj, dumps[i]) != KBU_OK) {
			ret = KBU_ERROR;
			goto out;
		}
	}
	ret = KBU_OK;
out:
	bpf_object__close(obj);
	free(in);
	free(out);
	return ret;
}
