// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* A stand-in for a framework that owns a UDP server's socket and loop and
 * hands each readable datagram to the program's handler: built as a
 * library of its own (test/e2e/split-handler.sh), so the program koffload
 * splits (test/lit/plan/Inputs/handler-query.c) has no socket() call. */
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int framework_run(int port, void (*handler)(int, void *), void *ctx)
{
	struct sockaddr_in sa;
	struct pollfd pfd;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons(port);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("framework: bind");
		return 1;
	}
	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		if (poll(&pfd, 1, -1) < 0) {
			perror("framework: poll");
			close(fd);
			return 1;
		}
		if (pfd.revents & POLLIN)
			handler(fd, ctx);
	}
}
