// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-port.c - the other sockets on a server's UDP port (see
 * koffload-dispatch.h, kport_others).
 *
 * Reads /proc/net/udp and /proc/net/udp6, which list the sockets of the
 * reading process's network namespace, and compares ports and addresses.
 * Two sockets share datagrams when their ports are equal and their
 * addresses overlap: equal, or either one the wildcard (an IPv6 wildcard
 * socket may take IPv4 too; its IPV6_V6ONLY is not in the listing, so it
 * counts). The holder of the first one found is named through
 * /proc/PID/fd.
 */
#include "koffload-dispatch.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct addr {
	int family;
	unsigned char a[16];	/* IPv4 in the first 4 bytes */
};

static bool is_any(const struct addr *x)
{
	static const unsigned char zero[16];

	return !memcmp(x->a, zero, x->family == AF_INET ? 4 : 16);
}

/* An IPv6 address as IPv4 when it is v4-mapped. */
static void unmap(struct addr *x)
{
	static const unsigned char mapped[12] = { [10] = 0xff, [11] = 0xff };

	if (x->family == AF_INET6 && !memcmp(x->a, mapped, 12)) {
		memmove(x->a, x->a + 12, 4);
		memset(x->a + 4, 0, 12);
		x->family = AF_INET;
	}
}

static bool overlap(struct addr x, struct addr y)
{
	if (is_any(&x) || is_any(&y))
		return true;
	unmap(&x);
	unmap(&y);
	return x.family == y.family &&
	       !memcmp(x.a, y.a, x.family == AF_INET ? 4 : 16);
}

/* /proc/net/udp* prints each 32-bit word of the address as a host-order
 * hex number. */
static int parse_hex_addr(const char *hex, struct addr *x)
{
	size_t n = strlen(hex), i;
	char word[9] = { 0 };

	if (n != 8 && n != 32)
		return -1;
	x->family = n == 8 ? AF_INET : AF_INET6;
	memset(x->a, 0, sizeof(x->a));
	for (i = 0; i < n / 8; i++) {
		unsigned int w;

		memcpy(word, hex + 8 * i, 8);
		w = (unsigned int)strtoul(word, NULL, 16);
		memcpy(x->a + 4 * i, &w, 4);
	}
	return 0;
}

static void format(const struct addr *x, unsigned int port, char *out,
		   size_t n)
{
	char s[INET6_ADDRSTRLEN];

	inet_ntop(x->family, x->a, s, sizeof(s));
	snprintf(out, n, x->family == AF_INET6 ? "[%s]:%u" : "%s:%u", s,
		 port);
}

int kproc_holder(bool fdinfo,
		 bool (*match)(int dir, const char *name, const void *arg),
		 const void *arg, char *comm, size_t n)
{
	char path[300];
	struct dirent *p;
	DIR *proc;
	int pid = 0;

	comm[0] = 0;
	proc = opendir("/proc");
	if (!proc)
		return 0;
	while (!pid && (p = readdir(proc))) {
		struct dirent *f;
		DIR *fds;

		if (p->d_name[0] < '1' || p->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/%s", p->d_name,
			 fdinfo ? "fdinfo" : "fd");
		fds = opendir(path);
		if (!fds)
			continue;
		while (!pid && (f = readdir(fds)))
			if (f->d_name[0] != '.' && match(dirfd(fds), f->d_name, arg))
				pid = atoi(p->d_name);
		closedir(fds);
	}
	closedir(proc);
	if (pid) {
		FILE *in;

		snprintf(path, sizeof(path), "/proc/%d/comm", pid);
		in = fopen(path, "re");
		if (in) {
			if (fgets(comm, n, in))
				comm[strcspn(comm, "\n")] = 0;
			fclose(in);
		}
	}
	return pid;
}

/* An fd that is the socket `arg` names ("socket:[INODE]"). */
static bool is_socket(int dir, const char *name, const void *arg)
{
	char link[64];
	ssize_t len = readlinkat(dir, name, link, sizeof(link) - 1);

	return len > 0 && (link[len] = 0, !strcmp(link, arg));
}

/* Whether this process has an fd open on `link` ("socket:[INODE]"). */
static bool own_fd_is(const char *link)
{
	DIR *fds = opendir("/proc/self/fd");
	struct dirent *f;
	bool found = false;

	if (!fds)
		return false;
	while (!found && (f = readdir(fds)))
		found = f->d_name[0] != '.' && is_socket(dirfd(fds), f->d_name, link);
	closedir(fds);
	return found;
}

/* The process with socket inode `ino` open, and its name. */
static int socket_holder(unsigned long ino, char *comm, size_t n)
{
	char want[48];

	snprintf(want, sizeof(want), "socket:[%lu]", ino);
	return kproc_holder(false, is_socket, want, comm, n);
}

/* The sockets bound at the offloaded socket's site, by inode. */
#define MAX_SIBLINGS 256
static pthread_mutex_t siblings_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long siblings[MAX_SIBLINGS];
static unsigned int nsiblings;

void kport_sibling(int fd)
{
	struct stat st;

	if (fstat(fd, &st))
		return;
	pthread_mutex_lock(&siblings_lock);
	if (nsiblings < MAX_SIBLINGS)
		siblings[nsiblings++] = st.st_ino;
	pthread_mutex_unlock(&siblings_lock);
}

static bool said_sibling(unsigned long ino)
{
	bool found = false;
	unsigned int i;

	pthread_mutex_lock(&siblings_lock);
	for (i = 0; i < nsiblings && !found; i++)
		found = siblings[i] == ino;
	pthread_mutex_unlock(&siblings_lock);
	return found;
}

/*
 * A socket bound at the offloaded socket's site. One of this process's
 * that is not said yet gets a second: its thread calls kport_sibling()
 * right after its bind(), and may be waiting for the thread that started
 * the offload to let go of the runtime.
 */
static bool is_sibling(unsigned long ino)
{
	char want[48];
	int tries;

	if (said_sibling(ino))
		return true;
	snprintf(want, sizeof(want), "socket:[%lu]", ino);
	if (!own_fd_is(want))
		return false;
	for (tries = 0; tries < 100; tries++) {
		usleep(10000);
		if (said_sibling(ino))
			return true;
	}
	return false;
}

int kport_others(int fd, char *who, size_t wholen)
{
	static const char *const tables[] = { "/proc/net/udp",
					      "/proc/net/udp6" };
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	unsigned long first = 0;
	struct addr own, firsta;
	unsigned int port, firstport = 0;
	struct stat st;
	int count = 0;
	size_t t;

	who[0] = 0;
	if (getsockname(fd, (struct sockaddr *)&ss, &len) || fstat(fd, &st))
		return -errno;
	own.family = ss.ss_family;
	memset(own.a, 0, sizeof(own.a));
	if (ss.ss_family == AF_INET) {
		port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
		memcpy(own.a, &((struct sockaddr_in *)&ss)->sin_addr, 4);
	} else if (ss.ss_family == AF_INET6) {
		port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
		memcpy(own.a, &((struct sockaddr_in6 *)&ss)->sin6_addr, 16);
	} else {
		return -EAFNOSUPPORT;
	}
	for (t = 0; t < 2; t++) {
		FILE *in = fopen(tables[t], "re");
		char line[512], hex[40];
		unsigned int lport;
		unsigned long ino;
		struct addr x;

		if (!in)
			continue;
		while (fgets(line, sizeof(line), in)) {
			if (sscanf(line,
				   " %*d: %39[0-9A-Fa-f]:%x %*s %*x %*s %*s "
				   "%*s %*u %*u %lu",
				   hex, &lport, &ino) != 3 ||
			    lport != port || ino == st.st_ino ||
			    parse_hex_addr(hex, &x) || !overlap(own, x) ||
			    is_sibling(ino))
				continue;
			if (!count++) {
				first = ino;
				firsta = x;
				firstport = lport;
			}
		}
		fclose(in);
	}
	if (count) {
		char comm[32], where[64];
		int pid = socket_holder(first, comm, sizeof(comm));

		format(&firsta, firstport, where, sizeof(where));
		if (pid)
			snprintf(who, wholen, "pid %d (%s), %s", pid, comm,
				 where);
		else
			snprintf(who, wholen, "socket inode %lu, %s", first,
				 where);
	}
	return count;
}
