/*
 * tcp-echo - an epoll-based TCP echo server.
 *
 * Every byte a client sends is written back on the same connection, in
 * order. One thread, non-blocking sockets, level-triggered epoll; a
 * connection whose peer reads slowly is not read from until what it owes
 * the peer has been written (so memory per connection stays bounded).
 *
 * Usage: tcp-echo [port]   (default 10008)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#define _GNU_SOURCE /* accept4 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define ECHO_PORT 10008
#define MAX_EVENTS 64
#define CONN_BUF 16384

struct conn {
	int fd;
	size_t off, len; /* buf[off..len) still to be written back */
	char buf[CONN_BUF];
};

static int epfd;

static int parse_port(const char *s, unsigned short *port)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *s == '\0' || *end != '\0' || v < 1 || v > 65535)
		return -1;
	*port = (unsigned short)v;
	return 0;
}

static void conn_close(struct conn *c)
{
	close(c->fd); /* also removes it from the epoll set */
	free(c);
}

/* Wait for input when nothing is pending, else for room to write. */
static int conn_watch(struct conn *c, int op)
{
	struct epoll_event ev;

	ev.events = c->off < c->len ? EPOLLOUT : EPOLLIN;
	ev.data.ptr = c;
	return epoll_ctl(epfd, op, c->fd, &ev);
}

/* Write out what is pending. Returns -1 if the connection is dead. */
static int conn_flush(struct conn *c)
{
	while (c->off < c->len) {
		ssize_t n = write(c->fd, c->buf + c->off, c->len - c->off);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 0;
			return -1; /* EPIPE, ECONNRESET, ... */
		}
		c->off += (size_t)n;
	}
	c->off = c->len = 0;
	return 0;
}

static void on_readable(struct conn *c)
{
	ssize_t n = read(c->fd, c->buf, sizeof(c->buf));

	if (n == 0) {
		conn_close(c); /* peer is done and everything was echoed */
		return;
	}
	if (n < 0) {
		if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
			return;
		conn_close(c);
		return;
	}
	c->off = 0;
	c->len = (size_t)n;
	if (conn_flush(c) < 0) {
		conn_close(c);
		return;
	}
	if (c->off < c->len && conn_watch(c, EPOLL_CTL_MOD) < 0)
		conn_close(c);
}

static void on_writable(struct conn *c)
{
	if (conn_flush(c) < 0) {
		conn_close(c);
		return;
	}
	if (c->off == c->len && conn_watch(c, EPOLL_CTL_MOD) < 0)
		conn_close(c);
}

static void on_accept(int lfd)
{
	for (;;) {
		struct conn *c;
		int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

		if (fd < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				perror("tcp-echo: accept");
			return;
		}
		c = malloc(sizeof(*c));
		if (!c) {
			close(fd);
			continue;
		}
		c->fd = fd;
		c->off = c->len = 0;
		if (conn_watch(c, EPOLL_CTL_ADD) < 0) {
			perror("tcp-echo: epoll_ctl");
			conn_close(c);
		}
	}
}

static int tcp_listen(unsigned short port)
{
	struct sockaddr_in addr;
	int one = 1;
	int fd;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("tcp-echo: socket");
		return -1;
	}
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
		perror("tcp-echo: setsockopt");
		goto fail;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("tcp-echo: bind");
		goto fail;
	}
	if (listen(fd, SOMAXCONN) < 0) {
		perror("tcp-echo: listen");
		goto fail;
	}
	return fd;
fail:
	close(fd);
	return -1;
}

int main(int argc, char **argv)
{
	unsigned short port = ECHO_PORT;
	struct epoll_event ev, events[MAX_EVENTS];
	int lfd;

	if (argc > 2 || (argc == 2 && parse_port(argv[1], &port) < 0)) {
		fprintf(stderr, "usage: %s [port]\n", argv[0]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN); /* a vanished peer is an EPIPE, not death */

	lfd = tcp_listen(port);
	if (lfd < 0)
		return 1;
	epfd = epoll_create1(EPOLL_CLOEXEC);
	if (epfd < 0) {
		perror("tcp-echo: epoll_create1");
		return 1;
	}
	ev.events = EPOLLIN;
	ev.data.ptr = NULL; /* NULL marks the listening socket */
	if (epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev) < 0) {
		perror("tcp-echo: epoll_ctl");
		return 1;
	}
	fprintf(stderr, "tcp-echo: listening on tcp port %u\n", port);

	for (;;) {
		int n = epoll_wait(epfd, events, MAX_EVENTS, -1);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("tcp-echo: epoll_wait");
			return 1;
		}
		for (int i = 0; i < n; i++) {
			struct conn *c = events[i].data.ptr;
			uint32_t e = events[i].events;

			if (!c)
				on_accept(lfd);
			else if (e & EPOLLERR)
				conn_close(c);
			else if (c->off < c->len)
				on_writable(c); /* EPOLLOUT, or HUP */
			else
				on_readable(c); /* EPOLLIN, or HUP */
		}
	}
}
