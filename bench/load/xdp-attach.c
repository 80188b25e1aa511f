// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-bench-attach - attach a hand-written XDP program (a reference
 * offload of bench/reference/, or the XDP_PASS program the client's veth
 * needs for native XDP_TX) to an interface until SIGTERM or SIGINT.
 *
 *   koffload-bench-attach --iface IF [--mode native|generic]
 *                         [--port PORT] [--set NAME=HEX|NAME=@FILE]...
 *                         OBJECT
 *
 * koffload-attach (runtime/tools) runs a generated offload and tells it
 * the service through koffload_service; the references take their port in
 * a .rodata variable, service_port, set before loading (the verifier then
 * knows it as a constant), and kv-cache's and rate-limiter's their table
 * and settings in globals: this tool sets those (kbu_set_global) and
 * attaches through a bpf_link, so the program goes with this process.
 * Prints "attached: <iface> <mode>" once attached.  Exit status: 0 after
 * a signal, 1 on errors, 2 usage, 77 BPF not permitted.
 */
#include "bpf-util.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <linux/if_link.h>
#include <net/if.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_SETS 16

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: koffload-bench-attach --iface IF [--mode "
		   "native|generic] [--port PORT]\n"
		   "                             [--set NAME=HEX|NAME=@FILE]... "
		   "OBJECT\n");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "iface", required_argument, NULL, 'i' },
		{ "mode", required_argument, NULL, 'm' },
		{ "port", required_argument, NULL, 'p' },
		{ "set", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	struct kbu_global sets[MAX_SETS + 1];
	struct kbu_load_opts lo = { .log_level = 1 };
	const char *iface = NULL, *mode = "native";
	struct bpf_object *obj;
	struct bpf_program *prog;
	unsigned char *bytes;
	unsigned int ifindex;
	__be16 port = 0;
	size_t nsets = 0, len;
	char reason[256];
	int opt, link, rc;

	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		char *eq;

		switch (opt) {
		case 'i':
			iface = optarg;
			break;
		case 'm':
			mode = optarg;
			if (strcmp(mode, "native") && strcmp(mode, "generic"))
				goto bad_usage;
			break;
		case 'p':
			port = htons((unsigned short)atoi(optarg));
			break;
		case 's':
			eq = strchr(optarg, '=');
			if (!eq || nsets == MAX_SETS)
				goto bad_usage;
			*eq = 0;
			rc = eq[1] == '@' ? kbu_read_file(eq + 2, &bytes, &len)
					  : kbu_parse_hex(eq + 1, &bytes, &len);
			if (rc) {
				fprintf(stderr, "error: --set %s: bad value\n",
					optarg);
				return 1;
			}
			sets[nsets++] = (struct kbu_global){ .name = optarg,
							     .data = bytes,
							     .len = len };
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			goto bad_usage;
		}
	}
	if (optind != argc - 1 || !iface)
		goto bad_usage;
	ifindex = if_nametoindex(iface);
	if (!ifindex) {
		fprintf(stderr, "error: no interface %s\n", iface);
		return 1;
	}
	if (port)
		sets[nsets++] = (struct kbu_global){ .name = "service_port",
						     .data = &port,
						     .len = sizeof(port) };
	if (kbu_bpf_available(reason, sizeof(reason)) != KBU_OK) {
		printf("SKIP: %s\n", reason);
		return KBU_SKIP;
	}
	lo.globals = sets;
	lo.nglobals = nsets;
	rc = kbu_load(argv[optind], &lo, &obj);
	if (rc != KBU_OK)
		return rc;
	prog = bpf_object__next_program(obj, NULL);
	if (!prog) {
		fprintf(stderr, "error: %s has no program\n", argv[optind]);
		return 1;
	}
	LIBBPF_OPTS(bpf_link_create_opts, opts,
		    .flags = strcmp(mode, "native") ? XDP_FLAGS_SKB_MODE
						    : XDP_FLAGS_DRV_MODE);
	link = bpf_link_create(bpf_program__fd(prog), ifindex, BPF_XDP, &opts);
	if (link < 0) {
		fprintf(stderr, "error: cannot attach to %s (%s): %s\n", iface,
			mode, strerror(errno));
		return 1;
	}
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	printf("attached: %s %s\n", iface, mode);
	fflush(stdout);
	while (!stop)
		pause();
	close(link);
	bpf_object__close(obj);
	return 0;

bad_usage:
	usage(stderr);
	return 2;
}
