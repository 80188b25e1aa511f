// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * mcload.c - closed-loop load client for memcached text-protocol servers
 * (bench/tcp/run.sh). N TCP connections, one request outstanding on each;
 * every reply is compared byte for byte with what the protocol answers
 * (the table only ever holds each key's one canonical value, so every reply
 * is known); a wrong reply stops the run with exit status 1.
 *
 *   mcload --server ADDR:PORT [--conns N] [--keys K] [--vsize B] [--set-pct P]
 *          [--warmup S] [--duration S] [--seed N]
 *          [--server-pid PID --server-cpu C [--signal-server]]
 *
 * Before the load, each key is set once (key:<i>, flags i, B bytes). Then
 * each request is a set (P%) or a get of a uniformly random key: 100% hits.
 * With --server-pid, the server's CPU time (/proc/PID/schedstat) and the
 * server CPU's busy and softirq time (/proc/stat) are read at the edges of the
 * measured window, and with --signal-server the server is sent SIGUSR1 there
 * (the reference's server prints its counters). One summary line on stdout:
 *   requests=N rps=R p50_us=X p99_us=Y mean_us=M bad=0 conns=N duration_s=D
 *   srv_proc_us_per_req=.. kworker_us_per_req=.. cpu_busy_us_per_req=.. cpu_softirq_us_per_req=..
 * (kworker: the server CPU's bound kernel workers, where the sockmap backlog
 * runs; cpu_busy includes whatever else ran on that CPU)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <dirent.h>

#define MAXCONN 256
#define BINS 200000 /* 100 ns bins: 20 ms; slower replies land in the last */

struct c {
	int fd;
	double sent;
	size_t want, have, out_len, out_off;
	char exp[2048], in[2048], out[1200 + 300];
};

static int vsize = 32, nkeys = 1000, setpct = 0, sig;
static unsigned long long hist[BINS];

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static size_t value(int k, char *v)
{
	for (int j = 0; j < vsize; j++)
		v[j] = 'a' + (k + j) % 26;
	return vsize;
}

/* The next request into c->out and its expected reply into c->exp. */
static void next_req(struct c *c, unsigned *seed)
{
	int k = rand_r(seed) % nkeys, set = (int)(rand_r(seed) % 100) < setpct;
	char v[1100];
	size_t n = value(k, v);

	if (set) {
		c->out_len = sprintf(c->out, "set key:%d %d 0 %zu\r\n", k, k, n);
		memcpy(c->out + c->out_len, v, n);
		c->out_len += n;
		memcpy(c->out + c->out_len, "\r\n", 2);
		c->out_len += 2;
		c->want = sprintf(c->exp, "STORED\r\n");
	} else {
		c->out_len = sprintf(c->out, "get key:%d\r\n", k);
		c->want = sprintf(c->exp, "VALUE key:%d %d %zu\r\n", k, k, n);
		memcpy(c->exp + c->want, v, n);
		c->want += n;
		c->want += sprintf(c->exp + c->want, "\r\nEND\r\n");
	}
	c->have = 0;
	c->out_off = 0;
}

static int send_req(struct c *c)
{
	while (c->out_off < c->out_len) {
		ssize_t w = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
		if (w < 0 && errno == EAGAIN)
			return 0; /* rest on EPOLLOUT; rare with one request in flight */
		if (w <= 0)
			return -1;
		c->out_off += w;
	}
	return 0;
}

static int connect_to(struct sockaddr_in *a)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
	if (fd < 0 || connect(fd, (void *)a, sizeof(*a)) < 0)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return fd;
}

/* Blocking request/reply, for the preload. */
static int blocking_rt(int fd, const char *req, size_t n, const char *exp, size_t en)
{
	char buf[2048];
	size_t have = 0;
	if (send(fd, req, n, MSG_NOSIGNAL) != (ssize_t)n)
		return -1;
	while (have < en) {
		ssize_t r = recv(fd, buf + have, en - have, 0);
		if (r <= 0)
			return -1;
		have += r;
	}
	return memcmp(buf, exp, en) ? -1 : 0;
}

struct snap { unsigned long long proc_ns, kworker_ns, busy, softirq; };

static unsigned long long schedstat_ns(const char *pid)
{
	char path[300];
	unsigned long long v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%s/schedstat", pid);
	if ((f = fopen(path, "r"))) {
		if (fscanf(f, "%llu", &v) != 1)
			v = 0;
		fclose(f);
	}
	return v;
}

/* CPU time of the kernel workers bound to cpu (kworker/<cpu>:*): where the
 * sockmap backlog (sk_psock_backlog) sends redirected skbs from. */
static unsigned long long kworkers_ns(int cpu)
{
	char want[32], path[300], comm[64];
	unsigned long long sum = 0;
	struct dirent *d;
	DIR *dir = opendir("/proc");

	snprintf(want, sizeof(want), "kworker/%d:", cpu);
	while (dir && (d = readdir(dir))) {
		FILE *f;
		if (d->d_name[0] < '1' || d->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/comm", d->d_name);
		if (!(f = fopen(path, "r")))
			continue;
		if (fgets(comm, sizeof(comm), f) && !strncmp(comm, want, strlen(want)))
			sum += schedstat_ns(d->d_name);
		fclose(f);
	}
	if (dir)
		closedir(dir);
	return sum;
}

static void snapshot(int pid, int cpu, struct snap *s)
{
	char path[64], line[512];
	FILE *f;

	memset(s, 0, sizeof(*s));
	if (pid <= 0)
		return;
	snprintf(path, sizeof(path), "%d", pid);
	s->proc_ns = schedstat_ns(path);
	s->kworker_ns = kworkers_ns(cpu);
	if ((f = fopen("/proc/stat", "r"))) {
		char want[16];
		snprintf(want, sizeof(want), "cpu%d ", cpu);
		while (fgets(line, sizeof(line), f)) {
			unsigned long long u, n, sy, id, io, irq, si, st;
			if (strncmp(line, want, strlen(want)))
				continue;
			if (sscanf(line + strlen(want), "%llu %llu %llu %llu %llu %llu %llu %llu", &u, &n, &sy, &id,
				   &io, &irq, &si, &st) == 8) {
				s->busy = u + n + sy + irq + si + st;
				s->softirq = si;
			}
			break;
		}
		fclose(f);
	}
	if (sig)
		kill(pid, SIGUSR1);
}

int main(int argc, char **argv)
{
	static struct option lo[] = {
		{ "server", 1, 0, 's' }, { "conns", 1, 0, 'c' }, { "keys", 1, 0, 'k' },
		{ "vsize", 1, 0, 'v' }, { "set-pct", 1, 0, 'p' }, { "warmup", 1, 0, 'w' },
		{ "duration", 1, 0, 'd' }, { "seed", 1, 0, 'S' }, { "server-pid", 1, 0, 'P' },
		{ "server-cpu", 1, 0, 'C' }, { "signal-server", 0, 0, 'U' }, { 0, 0, 0, 0 } };
	struct sockaddr_in a = { .sin_family = AF_INET };
	int o, nconn = 16, pid = 0, cpu = 0, ep;
	double warmup = 1, duration = 5, t0, tstart, tend, t;
	unsigned seed = 1;
	char *srv = NULL, *colon;
	static struct c cs[MAXCONN];
	unsigned long long nreq = 0, sum_ns = 0;
	struct snap s0, s1;
	int measuring = 0;

	while ((o = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (o) {
		case 's': srv = optarg; break;
		case 'c': nconn = atoi(optarg); break;
		case 'k': nkeys = atoi(optarg); break;
		case 'v': vsize = atoi(optarg); break;
		case 'p': setpct = atoi(optarg); break;
		case 'w': warmup = atof(optarg); break;
		case 'd': duration = atof(optarg); break;
		case 'S': seed = atoi(optarg); break;
		case 'P': pid = atoi(optarg); break;
		case 'C': cpu = atoi(optarg); break;
		case 'U': sig = 1; break;
		default: return 2;
		}
	}
	if (!srv || !(colon = strchr(srv, ':')) || nconn < 1 || nconn > MAXCONN || vsize < 0 || vsize > 1024 ||
	    nkeys < 1) {
		fprintf(stderr, "usage: mcload --server ADDR:PORT [--conns N<=%d] [--keys K] [--vsize B<=1024] "
				"[--set-pct P] [--warmup S] [--duration S] [--seed N] [--server-pid PID --server-cpu C [--signal-server]]\n",
			MAXCONN);
		return 2;
	}
	*colon = 0;
	a.sin_port = htons(atoi(colon + 1));
	inet_pton(AF_INET, srv, &a.sin_addr);

	/* Preload: every key once, through one connection. */
	{
		int fd = connect_to(&a);
		char req[1400], v[1100];
		if (fd < 0) {
			perror("mcload: connect");
			return 1;
		}
		for (int k = 0; k < nkeys; k++) {
			size_t n = value(k, v), l = sprintf(req, "set key:%d %d 0 %zu\r\n", k, k, n);
			memcpy(req + l, v, n);
			memcpy(req + l + n, "\r\n", 2);
			if (blocking_rt(fd, req, l + n + 2, "STORED\r\n", 8)) {
				fprintf(stderr, "mcload: preload of key:%d failed\n", k);
				return 1;
			}
		}
		close(fd);
	}

	ep = epoll_create1(0);
	for (int i = 0; i < nconn; i++) {
		struct epoll_event ev = { .events = EPOLLIN, .data.u32 = i };
		cs[i].fd = connect_to(&a);
		if (cs[i].fd < 0) {
			perror("mcload: connect");
			return 1;
		}
		fcntl(cs[i].fd, F_SETFL, O_NONBLOCK);
		epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
	}
	t0 = now();
	tstart = t0 + warmup;
	tend = tstart + duration;
	for (int i = 0; i < nconn; i++) {
		next_req(&cs[i], &seed);
		cs[i].sent = now();
		if (send_req(&cs[i]) < 0) {
			perror("mcload: send");
			return 1;
		}
	}
	for (;;) {
		struct epoll_event evs[MAXCONN];
		int n = epoll_wait(ep, evs, MAXCONN, 1000);

		t = now();
		if (n == 0) {
			fprintf(stderr, "mcload: no reply for 1 s (stall)\n");
			return 1;
		}
		if (!measuring && t >= tstart) {
			snapshot(pid, cpu, &s0);
			measuring = 1;
			tstart = t;
		}
		if (measuring && t >= tend) {
			snapshot(pid, cpu, &s1);
			tend = t;
			break;
		}
		for (int i = 0; i < n; i++) {
			struct c *c = &cs[evs[i].data.u32];
			ssize_t r = recv(c->fd, c->in + c->have, sizeof(c->in) - c->have, 0);

			if (r < 0 && errno == EAGAIN)
				continue;
			if (r <= 0) {
				fprintf(stderr, "mcload: connection closed by the server\n");
				return 1;
			}
			c->have += r;
			if (c->have < c->want)
				continue;
			if (c->have > c->want || memcmp(c->in, c->exp, c->want)) {
				fprintf(stderr, "mcload: WRONG reply to %.*s: got %zu B '%.*s' want %zu B '%.*s'\n",
					(int)strcspn(c->out, "\r"), c->out, c->have, (int)(c->have < 80 ? c->have : 80),
					c->in, c->want, (int)(c->want < 80 ? c->want : 80), c->exp);
				printf("requests=%llu bad=1\n", nreq);
				return 1;
			}
			if (measuring) {
				double ns = (t - c->sent) * 1e9;
				unsigned long long b = ns / 100;
				hist[b < BINS ? b : BINS - 1]++;
				sum_ns += ns;
				nreq++;
			}
			next_req(c, &seed);
			c->sent = now();
			if (send_req(c) < 0) {
				perror("mcload: send");
				return 1;
			}
		}
	}
	{
		unsigned long long acc = 0;
		double p50 = 0, p99 = 0, secs = tend - tstart, tick = sysconf(_SC_CLK_TCK);
		for (int b = 0; b < BINS; b++) {
			acc += hist[b];
			if (!p50 && acc * 2 >= nreq)
				p50 = (b + 0.5) / 10.0;
			if (!p99 && acc * 100 >= nreq * 99) {
				p99 = (b + 0.5) / 10.0;
				break;
			}
		}
		printf("requests=%llu rps=%.0f p50_us=%.1f p99_us=%.1f mean_us=%.1f bad=0 conns=%d duration_s=%.2f",
		       nreq, nreq / secs, p50, p99, nreq ? sum_ns / 1e3 / nreq : 0, nconn, secs);
		if (pid > 0 && nreq)
			printf(" srv_proc_us_per_req=%.3f kworker_us_per_req=%.3f cpu_busy_us_per_req=%.3f "
			       "cpu_softirq_us_per_req=%.3f",
			       (s1.proc_ns - s0.proc_ns) / 1e3 / nreq, (s1.kworker_ns - s0.kworker_ns) / 1e3 / nreq,
			       (s1.busy - s0.busy) / tick * 1e6 / nreq,
			       (s1.softirq - s0.softirq) / tick * 1e6 / nreq);
		printf("\n");
	}
	return 0;
}
