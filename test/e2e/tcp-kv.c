/*
 * tcp-kv.c - a small TCP cache over epoll in the style of many small
 * servers: the connection is the event's data.fd, one read() is one
 * request, replies are built with snprintf and written with one write().
 *
 *   get <key>\r\n            VALUE <key> <n>\r\n<value>\r\nEND\r\n, or END\r\n
 *   set <key> <value>\r\n    STORED\r\n; also appended to a journal file
 *   stats\r\n                STAT hits <n> STAT sets <n> STAT rusage ...\r\n
 *   anything else            ERROR\r\n
 *
 * Keys are one byte after "get "/"set " (a table of 256 slots). The
 * journal (fprintf, fflush) and stats (getrusage) are userspace's; a get
 * is the request a split answers in the kernel, counting hits.
 *
 * usage: tcp-kv <port> <journal file>
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#define VALUE_MAX 64

static char values[256][VALUE_MAX];
static unsigned char lengths[256];
static unsigned long hits, sets;
static FILE *journal;

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	struct epoll_event ev, events[64];
	int one = 1, lfd, ep;

	if (argc != 3) {
		fprintf(stderr, "usage: %s <port> <journal file>\n", argv[0]);
		return 2;
	}
	journal = fopen(argv[2], "a");
	if (!journal) {
		perror(argv[2]);
		return 1;
	}
	addr.sin_port = htons(atoi(argv[1]));
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(lfd, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
	    listen(lfd, 64) < 0) {
		perror("bind");
		return 1;
	}
	ep = epoll_create1(0);
	ev.events = EPOLLIN;
	ev.data.fd = lfd;
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	for (;;) {
		int n = epoll_wait(ep, events, 64, -1);

		for (int i = 0; i < n; i++) {
			int fd = events[i].data.fd;
			char req[256], out[256];
			ssize_t got;
			int len;

			if (fd == lfd) {
				int c = accept(lfd, NULL, NULL);

				if (c < 0)
					continue;
				ev.events = EPOLLIN;
				ev.data.fd = c;
				epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
				continue;
			}
			got = read(fd, req, sizeof(req));
			if (got <= 0) {
				close(fd);
				continue;
			}
			if (got >= 7 && memcmp(req, "get ", 4) == 0 &&
			    memcmp(req + 5, "\r\n", 2) == 0) {
				unsigned char k = req[4];

				if (lengths[k]) {
					hits++;
					len = snprintf(out, sizeof(out),
						       "VALUE %c %u\r\n%.*s\r\nEND\r\n",
						       k, lengths[k], lengths[k],
						       values[k]);
				} else {
					len = snprintf(out, sizeof(out), "END\r\n");
				}
			} else if (got >= 9 && memcmp(req, "set ", 4) == 0 &&
				   req[5] == ' ' && req[got - 2] == '\r' &&
				   req[got - 1] == '\n' &&
				   got - 8 <= VALUE_MAX) {
				unsigned char k = req[4];

				lengths[k] = got - 8;
				memcpy(values[k], req + 6, got - 8);
				sets++;
				fprintf(journal, "set %c %.*s\n", k, (int)(got - 8),
					req + 6);
				fflush(journal);
				len = snprintf(out, sizeof(out), "STORED\r\n");
			} else if (got == 7 && memcmp(req, "stats\r\n", 7) == 0) {
				struct rusage ru;

				getrusage(RUSAGE_SELF, &ru);
				len = snprintf(out, sizeof(out),
					       "STAT hits %lu\r\nSTAT sets %lu\r\n"
					       "STAT rusage_user %ld\r\nEND\r\n",
					       hits, sets, (long)ru.ru_utime.tv_sec);
			} else {
				len = snprintf(out, sizeof(out), "ERROR\r\n");
			}
			write(fd, out, len);
		}
	}
}
