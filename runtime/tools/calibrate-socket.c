// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * calibrate-socket.c - koffload-calibrate's socket_delivery_ns: UDP
 * ping-pong between two network namespaces over a veth pair (created
 * here, anonymous: they vanish with the process, however it ends),
 * answered once by a userspace echo server and once by an XDP echo on the
 * server's veth; the difference of the round trips is what a request
 * answered in the kernel saves.  See docs/calibrate.md.
 */
#define _GNU_SOURCE
#include "calibrate.h"

#include <arpa/inet.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct net {
	int orig, srv, cli;		/* network namespace fds */
	struct bpf_link *srv_link, *cli_link;
	int srv_sock, cli_sock;
	pthread_t server;
	atomic_bool stop;
	atomic_long served;
};

/* Run `ip ARGS...` in namespace `ns` (-1: this one); die with its message. */
static void ip(int ns, const char *const *args)
{
	const char *argv[16] = { "ip" };
	char out[512] = "", cmd[256] = "ip";
	int pipefd[2], status, i, n, len = 0;
	pid_t pid;

	for (i = 0; args[i] && i < 14; i++) {
		argv[i + 1] = args[i];
		snprintf(cmd + strlen(cmd), sizeof(cmd) - strlen(cmd), " %s",
			 args[i]);
	}
	if (pipe2(pipefd, O_CLOEXEC))
		die("pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		if (ns >= 0 && setns(ns, CLONE_NEWNET))
			_exit(126);
		dup2(pipefd[1], 1);
		dup2(pipefd[1], 2);
		execvp("ip", (char *const *)argv);
		dprintf(2, "cannot run ip (iproute2): %s", strerror(errno));
		_exit(127);
	}
	close(pipefd[1]);
	while ((n = read(pipefd[0], out + len, sizeof(out) - 1 - len)) > 0)
		len += n;
	close(pipefd[0]);
	out[len] = 0;
	out[strcspn(out, "\n")] = 0;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status))
		die("the network namespaces for the socket measurement: '%s' "
		    "failed: %s",
		    cmd, *out ? out : "setns failed");
}

/* A new network namespace, held by the returned fd only. */
static int new_netns(int orig)
{
	int fd;

	if (unshare(CLONE_NEWNET))
		die("cannot create a network namespace: %s", strerror(errno));
	fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || setns(orig, CLONE_NEWNET))
		die("network namespace: %s", strerror(errno));
	return fd;
}

void enter_netns(int ns)
{
	if (setns(ns, CLONE_NEWNET))
		die("setns: %s", strerror(errno));
}

static struct bpf_link *attach(int ns, const char *dev, const char *name)
{
	struct bpf_link *link;
	int ifindex;

	enter_netns(ns);
	ifindex = if_nametoindex(dev);
	if (!ifindex)
		die("no %s: %s", dev, strerror(errno));
	link = bpf_program__attach_xdp(prog(name), ifindex);
	if (!link)
		die("cannot attach %s to %s: %s", name, dev, strerror(errno));
	return link;
}

static int udp_socket(int ns, const char *addr, bool bind_it, int timeout_ms)
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_port = htons(ECHO_PORT) };
	struct timeval tv = { timeout_ms / 1000, timeout_ms % 1000 * 1000 };
	int fd;

	enter_netns(ns);
	inet_pton(AF_INET, addr, &sa.sin_addr);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) ||
	    (bind_it ? bind(fd, (struct sockaddr *)&sa, sizeof(sa))
		     : connect(fd, (struct sockaddr *)&sa, sizeof(sa))))
		die("UDP socket on %s: %s", addr, strerror(errno));
	return fd;
}

/* The userspace echo server: one blocking recvfrom/sendto loop. */
static void *serve(void *arg)
{
	struct net *n = arg;
	char buf[2048];
	struct sockaddr_in from;
	socklen_t len;
	ssize_t got;

	while (!atomic_load(&n->stop)) {
		len = sizeof(from);
		got = recvfrom(n->srv_sock, buf, sizeof(buf), 0,
			       (struct sockaddr *)&from, &len);
		if (got < 0)
			continue; /* the timeout: look at stop */
		if (sendto(n->srv_sock, buf, got, 0, (struct sockaddr *)&from,
			   len) == got)
			atomic_fetch_add(&n->served, 1);
	}
	return NULL;
}

void veth_netns(int *orig, int *srv, int *cli, const char *srv_addr,
		const char *cli_addr)
{
	char srv_path[64], cli_path[64];

	*orig = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (*orig < 0)
		die("/proc/self/ns/net: %s", strerror(errno));
	*srv = new_netns(*orig);
	*cli = new_netns(*orig);
	snprintf(srv_path, sizeof(srv_path), "/proc/%d/fd/%d", getpid(), *srv);
	snprintf(cli_path, sizeof(cli_path), "/proc/%d/fd/%d", getpid(), *cli);
	/* Both ends straight into their namespaces: nothing appears here. */
	ip(-1, (const char *[]){ "link", "add", "name", "veth-srv", "netns",
				 srv_path, "type", "veth", "peer", "name",
				 "veth-cli", "netns", cli_path, NULL });
	ip(*srv, (const char *[]){ "addr", "add", srv_addr, "dev", "veth-srv",
				   NULL });
	ip(*cli, (const char *[]){ "addr", "add", cli_addr, "dev", "veth-cli",
				   NULL });
	ip(*srv, (const char *[]){ "link", "set", "veth-srv", "up", NULL });
	ip(*cli, (const char *[]){ "link", "set", "veth-cli", "up", NULL });
}

static void net_setup(struct net *n)
{
	int err;

	veth_netns(&n->orig, &n->srv, &n->cli, SERVER_ADDR "/24",
		   CLIENT_ADDR "/24");
	/* XDP on both ends in both runs: XDP_TX on veth needs a program on
	 * the peer, and the userspace run then pays the hook as a fallen
	 * back request does. */
	n->srv_link = attach(n->srv, "veth-srv", "kcal_pass");
	n->cli_link = attach(n->cli, "veth-cli", "kcal_pass");
	n->srv_sock = udp_socket(n->srv, SERVER_ADDR, true, 100);
	n->cli_sock = udp_socket(n->cli, SERVER_ADDR, false, 200);
	enter_netns(n->orig);
	err = pthread_create(&n->server, NULL, serve, n);
	if (err)
		die("pthread_create: %s", strerror(err));
}

static void net_teardown(struct net *n)
{
	atomic_store(&n->stop, true);
	pthread_join(n->server, NULL);
	close(n->srv_sock);
	close(n->cli_sock);
	bpf_link__destroy(n->srv_link);
	bpf_link__destroy(n->cli_link);
	/* The last references: the namespaces and the veth pair go. */
	close(n->srv);
	close(n->cli);
	close(n->orig);
}

/* One round trip; false on a timeout or a wrong reply. */
static bool round_trip(struct net *n)
{
	char req[REQUEST_BYTES], rep[2048];
	ssize_t got;

	memset(req, 'k', sizeof(req));
	if (send(n->cli_sock, req, sizeof(req), 0) != sizeof(req))
		return false;
	got = recv(n->cli_sock, rep, sizeof(rep), 0);
	return got == sizeof(req) && !memcmp(req, rep, sizeof(req));
}

/* Until 20 round trips in a row succeed (neighbour resolution, link up). */
static void warm_up(struct net *n, const char *who)
{
	double deadline = now_ns() + 5e9;
	int ok = 0;

	while (ok < 20) {
		if (now_ns() > deadline)
			die("no replies from the %s echo over veth within 5 s",
			    who);
		ok = round_trip(n) ? ok + 1 : 0;
	}
}

/*
 * Median round trip in ns over `count` (a median: robust to the time
 * another process on this CPU takes now and then), or -1 if one was lost.
 */
static double rtt_round(struct net *n, int count)
{
	static double rtt[20000];
	double t;
	int i;

	if (count > (int)(sizeof(rtt) / sizeof(rtt[0])))
		count = sizeof(rtt) / sizeof(rtt[0]);
	for (i = 0; i < count; i++) {
		t = now_ns();
		if (!round_trip(n))
			return -1;
		rtt[i] = now_ns() - t;
	}
	return median(rtt, count);
}

void measure_socket(const struct plan *pl, struct socket_result *r)
{
	double user[64], xdp[64], cpu_ns[64];
	int rounds = 0, failures = 0;
	struct net n = { 0 };
	clockid_t clock;
	struct timespec a, b;
	long served;

	net_setup(&n);
	if (pthread_getcpuclockid(n.server, &clock))
		die("pthread_getcpuclockid failed");
	warm_up(&n, "userspace");
	if (bpf_link__update_program(n.srv_link, prog("kcal_echo")))
		die("cannot switch veth-srv to the XDP echo");
	served = atomic_load(&n.served);
	warm_up(&n, "XDP");
	if (atomic_load(&n.served) != served)
		die("the XDP echo did not answer (the server did)");
	/* Rounds alternate userspace and XDP, so drift hits both alike. */
	while (rounds < pl->rounds) {
		if (bpf_link__update_program(n.srv_link, prog("kcal_pass")))
			die("cannot switch veth-srv back to XDP_PASS");
		warm_up(&n, "userspace");
		served = atomic_load(&n.served);
		clock_gettime(clock, &a);
		user[rounds] = rtt_round(&n, pl->round_trips);
		clock_gettime(clock, &b);
		served = atomic_load(&n.served) - served;
		if (bpf_link__update_program(n.srv_link, prog("kcal_echo")))
			die("cannot switch veth-srv to the XDP echo");
		warm_up(&n, "XDP");
		xdp[rounds] = rtt_round(&n, pl->round_trips);
		if (user[rounds] < 0 || xdp[rounds] < 0) {
			/* A lost datagram (a 200 ms timeout): not a round. */
			if (++failures > pl->rounds)
				die("too many lost datagrams over veth");
			continue;
		}
		cpu_ns[rounds] = ((b.tv_sec - a.tv_sec) * 1e9 +
				  (b.tv_nsec - a.tv_nsec)) /
				 (served ? served : 1);
		rounds++;
	}
	net_teardown(&n);
	r->user_rtt = median(user, rounds);
	r->xdp_rtt = median(xdp, rounds);
	r->server_cpu = median(cpu_ns, rounds);
}

