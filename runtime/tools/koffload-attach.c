// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-attach - run a generated offload next to a server that does not
 * carry it yet: load the object, attach it to an interface with the
 * runtime (libkoffload-rt), tell it the service's port and address, and
 * keep it attached until SIGTERM or SIGINT (or until this process dies:
 * the bpf_link goes with it).
 *
 *   koffload-attach [--iface IF] [--mode native|generic|off]
 *                   [--service ADDR:PORT] OBJECT
 *
 * Prints "attached: <iface> <mode>" once attached. Exit status: 0 after a
 * signal, 1 on a usage or I/O error, 3 when the offload does not run (the
 * runtime's reason is on stderr).
 */
#include "bpf-util.h"
#include "koffload-rt.h"

#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* ADDR:PORT, IPv4 (a.b.c.d:p) or IPv6 ([x::y]:p). */
static int parse_service(const char *s, struct sockaddr_storage *ss,
			 socklen_t *len)
{
	char host[INET6_ADDRSTRLEN + 2];
	const char *colon = strrchr(s, ':');
	char *end;
	long port;

	if (!colon || (size_t)(colon - s) >= sizeof(host))
		return -1;
	memcpy(host, s, colon - s);
	host[colon - s] = 0;
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 1 || port > 65535)
		return -1;
	memset(ss, 0, sizeof(*ss));
	if (host[0] == '[' && host[strlen(host) - 1] == ']') {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

		host[strlen(host) - 1] = 0;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(port);
		*len = sizeof(*in6);
		return inet_pton(AF_INET6, host + 1, &in6->sin6_addr) == 1 ? 0
									    : -1;
	}
	struct sockaddr_in *in = (struct sockaddr_in *)ss;

	in->sin_family = AF_INET;
	in->sin_port = htons(port);
	*len = sizeof(*in);
	return inet_pton(AF_INET, host, &in->sin_addr) == 1 ? 0 : -1;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "iface", required_argument, NULL, 'i' },
		{ "mode", required_argument, NULL, 'm' },
		{ "service", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	struct koffload_rt_opts opts = { 0 };
	struct sockaddr_storage service;
	socklen_t service_len = 0;
	struct koffload_rt *rt;
	unsigned char *object;
	int opt, err;

	while ((opt = getopt_long(argc, argv, "i:m:s:h", longopts, NULL)) !=
	       -1) {
		switch (opt) {
		case 'i':
			opts.iface = optarg;
			break;
		case 'm':
			opts.mode = optarg;
			break;
		case 's':
			if (parse_service(optarg, &service, &service_len)) {
				fprintf(stderr, "error: --service wants "
						"ADDR:PORT, not %s\n", optarg);
				return 1;
			}
			break;
		default:
			fprintf(opt == 'h' ? stdout : stderr,
				"usage: koffload-attach [--iface IF] [--mode "
				"native|generic|off] [--service ADDR:PORT] "
				"OBJECT\n");
			return opt == 'h' ? 0 : 1;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "error: one OBJECT expected\n");
		return 1;
	}
	err = kbu_read_file(argv[optind], &object, &opts.object_size);
	if (err) {
		fprintf(stderr, "error: cannot read %s: %s\n", argv[optind],
			strerror(-err));
		return 1;
	}
	opts.object = object;
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	rt = koffload_rt_start(&opts);
	if (!rt)
		return 3;
	if (service_len) {
		err = koffload_rt_set_service(rt, (struct sockaddr *)&service,
					      service_len);
		if (err) {
			fprintf(stderr, "error: cannot set the service: %s\n",
				strerror(-err));
			koffload_rt_stop(rt);
			return 1;
		}
	}
	printf("attached: %s %s\n", opts.iface ? opts.iface : getenv("KOFFLOAD_IFACE"),
	       koffload_rt_mode(rt));
	fflush(stdout);
	while (!stop)
		pause();
	koffload_rt_stop(rt);
	free(object);
	return 0;
}
