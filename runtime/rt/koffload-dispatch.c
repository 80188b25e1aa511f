// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-dispatch.c - several split servers on one interface, through the
 * dispatcher in runtime/bpf/dispatch/dispatch.bpf.c (see
 * koffload-dispatch.h, and docs/architecture.md, "Sharing an interface").
 *
 * Coordination: servers that join or claim at once are serialised by an
 * abstract unix socket named after the interface (the abstract namespace
 * is per network namespace, and the kernel frees the name when its holder
 * dies). Everything else is in the kernel's own objects: the interface's
 * XDP program (bpf_xdp_query) is the dispatcher, its maps are found by
 * name among the program's maps, and each server holds the bpf_link by fd.
 *
 * A slot is free when its owner's program no longer exists. A slot's
 * PROG_ARRAY is held from userspace only by its server; when that
 * reference goes (exit, SIGKILL, kdisp_leave) the kernel empties the array
 * from a work item queued then, which would also empty an entry put in
 * before it runs (measured: 125 of 200 entries put in right after the last
 * reference went were cleared, up to 13 ms later). So a new server must
 * never put its program in a slot with a flush still to come. The owner's
 * program is dropped by the flush itself, so "program gone" implies "flush
 * done". Whoever lets go of a slot nobody holds (the dispatcher's creator
 * closing its object; a joiner that opened every map of the dispatcher to
 * find them by name) first puts a placeholder program in it if it is
 * empty: a slot that still holds one has a flush to come, and the joiner,
 * holding the slot (no new flush can be queued), waits for it to go
 * (join_slot). All of this runs under the interface's lock.
 */
#include "koffload-dispatch.h"
#include "koffload/abi.h"

#include <arpa/inet.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if_ether.h>
#include <linux/if_link.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/udp.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

/* The dispatcher object, embedded at build time (CMake: KDISP_BPF_OBJECT). */
__asm__(".pushsection .rodata\n"
	".balign 8\n"
	"kdisp_bpf_start:\n"
	".incbin \"" KDISP_BPF_OBJECT "\"\n"
	"kdisp_bpf_end:\n"
	".popsection\n");
extern const char kdisp_bpf_start[], kdisp_bpf_end[];

struct kdisp {
	int ifindex;
	int link_fd;		/* the dispatcher's link, held */
	int ports_fd, owners_fd;
	__u32 disp_id;		/* the dispatcher program */
	int slot_fd;		/* this server's PROG_ARRAY */
	__u32 slot;
	__u32 prog_id;		/* this server's program */
	__u32 slot_ids[KOFFLOAD_DISPATCH_SLOTS];
	int port;		/* claimed, network order; -1: none */
};

static void why_say(char *why, size_t n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, n, fmt, ap);
	va_end(ap);
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* The interface's lock: an abstract unix socket, held until closed. Waits
 * up to 5 s for a server that is joining at the same time. */
static int lock_iface(int ifindex)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	socklen_t len;
	int fd, i;

	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	len = offsetof(struct sockaddr_un, sun_path) + 1 +
	      snprintf(a.sun_path + 1, sizeof(a.sun_path) - 1,
		       "koffload-xdp-%d", ifindex);
	for (i = 0; i < 500; i++) {
		if (!bind(fd, (struct sockaddr *)&a, len))
			return fd;
		if (errno != EADDRINUSE)
			break;
		sleep_ms(10);
	}
	i = errno == EADDRINUSE ? -ETIMEDOUT : -errno;
	close(fd);
	return i;
}

static int prog_info(int fd, struct bpf_prog_info *info, __u32 *map_ids,
		     __u32 nmaps)
{
	__u32 len = sizeof(*info);

	memset(info, 0, sizeof(*info));
	if (map_ids) {
		info->nr_map_ids = nmaps;
		info->map_ids = (__u64)(unsigned long)map_ids;
	}
	return bpf_obj_get_info_by_fd(fd, info, &len) ? -errno : 0;
}

/* An fdinfo entry with the line `arg` ("prog_id:\t7\n"). */
static bool has_line(int dir, const char *name, const void *arg)
{
	char line[128];
	bool found = false;
	int ffd = openat(dir, name, O_RDONLY | O_CLOEXEC);
	FILE *in = ffd < 0 ? NULL : fdopen(ffd, "r");

	if (!in) {
		if (ffd >= 0)
			close(ffd);
		return false;
	}
	while (!found && fgets(line, sizeof(line), in))
		found = !strcmp(line, arg);
	fclose(in);
	return found;
}

/* A process that holds an fd on BPF object `id` ("prog_id" or "link_id"
 * in its fdinfo), for the message naming whoever holds an interface. */
static int holder_of(const char *key, __u32 id, char *comm, size_t n)
{
	char want[64];

	snprintf(want, sizeof(want), "%s:\t%u\n", key, id);
	return kproc_holder(true, has_line, want, comm, n);
}

/* Say who holds the interface: the program's id, name, mode, and a process
 * with an fd on it (none: attached through netlink, e.g. `ip link`). */
static void name_holder(int ifindex, const char *iface, __u32 id, __u8 mode,
			char *why, size_t n)
{
	struct bpf_prog_info info;
	char comm[32] = "", who[96] = "";
	int fd, pid;

	fd = bpf_prog_get_fd_by_id(id);
	if (fd < 0 || prog_info(fd, &info, NULL, 0))
		info.name[0] = 0;
	if (fd >= 0)
		close(fd);
	pid = holder_of("prog_id", id, comm, sizeof(comm));
	if (pid)
		snprintf(who, sizeof(who), ", held by pid %d (%s)", pid, comm);
	(void)ifindex;
	why_say(why, n,
		"%s already has XDP program %u \"%s\" (%s%s), which is not "
		"koffload's dispatcher and cannot share the interface",
		iface, id, info.name,
		mode == XDP_ATTACHED_DRV ? "native" :
		mode == XDP_ATTACHED_SKB ? "generic" :
		mode == XDP_ATTACHED_HW ? "offloaded" : "several modes",
		who);
}

/* Find the dispatcher's maps among its program's, and the link. */
static int open_dispatcher(struct kdisp *d, __u32 prog_id, int prog_fd,
			   char *why, size_t n)
{
	__u32 ids[32], id = 0, i;
	struct bpf_prog_info info;
	int fd, err;

	d->disp_id = prog_id;
	fd = bpf_prog_get_fd_by_id(prog_id);
	if (fd < 0)
		return -errno;
	err = prog_info(fd, &info, ids, 32);
	close(fd);
	if (err)
		return err;
	for (i = 0; i < info.nr_map_ids && i < 32; i++) {
		struct bpf_map_info mi = { 0 };
		__u32 len = sizeof(mi);
		int mfd = bpf_map_get_fd_by_id(ids[i]);
		unsigned int slot;

		if (mfd < 0)
			continue;
		if (bpf_obj_get_info_by_fd(mfd, &mi, &len)) {
			close(mfd);
			continue;
		}
		if (!strcmp(mi.name, "kdisp_ports") && d->ports_fd < 0)
			d->ports_fd = mfd;
		else if (!strcmp(mi.name, "kdisp_owners") && d->owners_fd < 0 &&
			 mi.value_size == sizeof(struct kdisp_owner))
			d->owners_fd = mfd;
		else {
			__u32 key = 0, val;

			/* Closing a slot nobody holds queues a flush: if it
			 * is empty, leave a placeholder for the flush to take
			 * out (see the top); our own program is inert until
			 * kdisp_claim() routes a port to it. */
			if (sscanf(mi.name, "kdisp_slot%u", &slot) == 1 &&
			    slot < KOFFLOAD_DISPATCH_SLOTS) {
				d->slot_ids[slot] = ids[i];
				if (bpf_map_lookup_elem(mfd, &key, &val))
					bpf_map_update_elem(mfd, &key, &prog_fd,
							    BPF_ANY);
			}
			close(mfd);
		}
	}
	for (i = 0; i < KOFFLOAD_DISPATCH_SLOTS; i++)
		if (!d->slot_ids[i])
			break;
	if (d->ports_fd < 0 || d->owners_fd < 0 || i < KOFFLOAD_DISPATCH_SLOTS) {
		why_say(why, n, "the interface's koffload dispatcher (program "
			"%u) is of another version", prog_id);
		return -EPROTO;
	}
	if (d->link_fd >= 0)
		return 0;
	/* The link that attached it: servers hold it, so it goes with the
	 * last of them. */
	while (!bpf_link_get_next_id(id, &id)) {
		struct bpf_link_info li;
		__u32 len = sizeof(li);
		int lfd = bpf_link_get_fd_by_id(id);

		if (lfd < 0)
			continue;
		memset(&li, 0, sizeof(li));
		if (!bpf_obj_get_info_by_fd(lfd, &li, &len) &&
		    li.type == BPF_LINK_TYPE_XDP && li.prog_id == prog_id &&
		    li.xdp.ifindex == (__u32)d->ifindex) {
			d->link_fd = lfd;
			return 0;
		}
		close(lfd);
	}
	return -ENOENT; /* going away: the caller retries */
}

/* Load the dispatcher and attach it through a bpf_link. */
static int attach_dispatcher(struct kdisp *d, const char *iface,
			     const char *mode, __u32 *prog_id, char *why,
			     size_t n)
{
	struct bpf_program *prog, *placeholder;
	struct bpf_prog_info info;
	struct bpf_object *obj;
	struct bpf_map *map;
	int err, pfd;

	obj = bpf_object__open_mem(kdisp_bpf_start,
				   kdisp_bpf_end - kdisp_bpf_start, NULL);
	if (!obj) {
		why_say(why, n, "cannot open koffload's dispatcher (%s)",
			strerror(errno));
		return -errno;
	}
	err = bpf_object__load(obj);
	prog = bpf_object__find_program_by_name(obj, KOFFLOAD_DISPATCH_PROGRAM);
	if (err || !prog) {
		err = err ? err : -ENOENT;
		why_say(why, n, "the kernel refused koffload's dispatcher (%s)",
			strerror(-err));
		goto out;
	}
	pfd = bpf_program__fd(prog);
	err = -EOPNOTSUPP;
	if (strcmp(mode, "generic")) {
		LIBBPF_OPTS(bpf_link_create_opts, lo,
			    .flags = XDP_FLAGS_DRV_MODE);
		d->link_fd = bpf_link_create(pfd, d->ifindex, BPF_XDP, &lo);
		err = d->link_fd < 0 ? -errno : 0;
	}
	if (err && strcmp(mode, "native")) {
		LIBBPF_OPTS(bpf_link_create_opts, lo,
			    .flags = XDP_FLAGS_SKB_MODE);
		d->link_fd = bpf_link_create(pfd, d->ifindex, BPF_XDP, &lo);
		err = d->link_fd < 0 ? -errno : 0;
	}
	if (err) {
		why_say(why, n, "cannot attach XDP to %s (%s)", iface,
			strerror(-err));
		goto out;
	}
	err = prog_info(pfd, &info, NULL, 0);
	*prog_id = info.id;
	/* The placeholder in every slot, taken out by the flushes the close
	 * below queues (see the top). */
	placeholder = bpf_object__find_program_by_name(obj, "koffload_none");
	bpf_object__for_each_map(map, obj) {
		__u32 key = 0;
		int nfd = placeholder ? bpf_program__fd(placeholder) : -1;

		if (!err && bpf_map__type(map) == BPF_MAP_TYPE_PROG_ARRAY &&
		    bpf_map_update_elem(bpf_map__fd(map), &key, &nfd, BPF_ANY))
			err = -errno;
	}
	if (err)
		why_say(why, n, "cannot prepare koffload's dispatcher (%s)",
			strerror(-err));
out:
	/* The link holds the program, the program its maps. */
	bpf_object__close(obj);
	return err;
}

/* Is a slot's server alive: its program still exists? */
static int slot_taken(struct kdisp *d, __u32 slot, __u32 *pid)
{
	struct kdisp_owner o;
	int fd;

	if (bpf_map_lookup_elem(d->owners_fd, &slot, &o) || !o.prog_id)
		return 0;
	fd = bpf_prog_get_fd_by_id(o.prog_id);
	if (fd < 0)
		return 0;
	close(fd);
	if (pid)
		*pid = o.pid;
	return 1;
}

/* Put the program in a free slot; record it as the slot's owner. */
static int join_slot(struct kdisp *d, int prog_fd, char *why, size_t n)
{
	struct kdisp_owner o = { .pid = (__u32)getpid() };
	struct bpf_prog_info info;
	__u32 key = 0, val, port, next, *cur = NULL;
	struct kdisp_port p;
	int i, err;

	err = prog_info(prog_fd, &info, NULL, 0);
	if (err)
		return err;
	d->prog_id = o.prog_id = info.id;
	for (d->slot = 0; d->slot < KOFFLOAD_DISPATCH_SLOTS; d->slot++)
		if (!slot_taken(d, d->slot, NULL))
			break;
	if (d->slot == KOFFLOAD_DISPATCH_SLOTS) {
		why_say(why, n, "the interface's dispatcher has all %d slots "
			"taken", KOFFLOAD_DISPATCH_SLOTS);
		return -ENOSPC;
	}
	d->slot_fd = bpf_map_get_fd_by_id(d->slot_ids[d->slot]);
	if (d->slot_fd < 0)
		return -errno;
	/* Ports still routed to the slot's earlier server go. */
	while (!bpf_map_get_next_key(d->ports_fd, cur, &next)) {
		port = next;
		cur = &port;
		if (!bpf_map_lookup_elem(d->ports_fd, &port, &p) &&
		    p.slot == d->slot)
			bpf_map_delete_elem(d->ports_fd, &port);
	}
	err = bpf_map_update_elem(d->owners_fd, &d->slot, &o, BPF_ANY);
	if (err)
		return -errno;
	/* A placeholder still there: its flush is to come (see the top). */
	for (i = 0; !bpf_map_lookup_elem(d->slot_fd, &key, &val); i++) {
		if (i == 5000) {
			why_say(why, n, "the dispatcher's slot %u was not "
				"emptied in 5 s", d->slot);
			return -ETIMEDOUT;
		}
		sleep_ms(1);
	}
	/* Twice, 20 ms apart: a tool that opened the slot by id and closed it
	 * just before we took it (bpftool map list) queued a flush too. */
	for (i = 0; i < 2; i++) {
		if (i)
			sleep_ms(20);
		if (!bpf_map_lookup_elem(d->slot_fd, &key, &val))
			continue;
		if (bpf_map_update_elem(d->slot_fd, &key, &prog_fd, BPF_ANY)) {
			err = -errno;
			why_say(why, n, "cannot put the offload in the "
				"dispatcher's slot %u (%s)", d->slot,
				strerror(-err));
			return err;
		}
	}
	return 0;
}

static void kdisp_free(struct kdisp *d)
{
	if (d->slot_fd >= 0)
		close(d->slot_fd);
	if (d->ports_fd >= 0)
		close(d->ports_fd);
	if (d->owners_fd >= 0)
		close(d->owners_fd);
	if (d->link_fd >= 0)
		close(d->link_fd);
	free(d);
}

int kdisp_join(int ifindex, const char *iface, const char *mode, int prog_fd,
	       struct kdisp **out, const char **attached, char *why,
	       size_t whylen)
{
	struct kdisp *d;
	int lock, err = 0, tries;

	d = calloc(1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	d->ifindex = ifindex;
	d->link_fd = d->ports_fd = d->owners_fd = -1;
	d->slot_fd = -1;
	d->port = -1;
	why[0] = 0;
	lock = lock_iface(ifindex);
	if (lock < 0) {
		why_say(why, whylen, "cannot take the lock of %s (%s)", iface,
			strerror(-lock));
		kdisp_free(d);
		return lock;
	}
	for (tries = 0; tries < 5; tries++) {
		LIBBPF_OPTS(bpf_xdp_query_opts, q);
		__u32 id;

		err = bpf_xdp_query(ifindex, 0, &q);
		if (err) {
			why_say(why, whylen, "cannot query XDP on %s (%s)",
				iface, strerror(-err));
			break;
		}
		id = q.prog_id;
		if (q.attach_mode == XDP_ATTACHED_MULTI) {
			/* Programs in two modes: neither is a dispatcher. */
			name_holder(ifindex, iface, q.drv_prog_id,
				    XDP_ATTACHED_DRV, why, whylen);
			err = -EBUSY;
			break;
		}
		if (!id) {
			err = attach_dispatcher(d, iface, mode, &id, why,
						whylen);
			if (err)
				break;
		} else {
			struct bpf_prog_info info;
			int fd = bpf_prog_get_fd_by_id(id);

			err = fd < 0 ? -errno : prog_info(fd, &info, NULL, 0);
			if (fd >= 0)
				close(fd);
			if (err == -ENOENT)
				continue; /* gone meanwhile */
			if (!err && strcmp(info.name, KOFFLOAD_DISPATCH_PROGRAM)) {
				name_holder(ifindex, iface, id, q.attach_mode,
					    why, whylen);
				err = -EBUSY;
				break;
			}
		}
		err = open_dispatcher(d, id, prog_fd, why, whylen);
		if (err != -ENOENT)
			break;
		sleep_ms(20); /* the last server is leaving: again */
	}
	if (!err)
		err = join_slot(d, prog_fd, why, whylen);
	close(lock);
	if (err) {
		if (!why[0])
			why_say(why, whylen, "cannot join the dispatcher on %s "
				"(%s)", iface, strerror(-err));
		kdisp_free(d);
		return err;
	}
	{
		LIBBPF_OPTS(bpf_xdp_query_opts, q);

		bpf_xdp_query(ifindex, 0, &q);
		*attached = q.attach_mode == XDP_ATTACHED_DRV ? "native" :
								 "generic";
	}
	*out = d;
	return 0;
}

/*
 * The dispatcher learns the socket the kernel gives the port's datagrams
 * (KOFFLOAD_DISPATCH_LEARN): one frame to (addr, port), from the interface, run
 * through the dispatcher with BPF_PROG_TEST_RUN (nothing is sent).
 */
static int learn_socket(struct kdisp *d, unsigned short port, int family,
			const void *addr, unsigned short sport)
{
	unsigned char frame[64] = { 0 };
	struct ethhdr *eth = (void *)frame;
	struct xdp_md ctx = { .ingress_ifindex = (__u32)d->ifindex };
	struct udphdr *udp;
	int fd, err;

	if (family == AF_INET) {
		struct iphdr *ip = (void *)(eth + 1);

		eth->h_proto = htons(ETH_P_IP);
		ip->version = 4;
		ip->ihl = 5;
		ip->ttl = 64;
		ip->protocol = IPPROTO_UDP;
		ip->tot_len = htons(sizeof(*ip) + sizeof(*udp));
		memcpy(&ip->saddr, addr, 4);
		memcpy(&ip->daddr, addr, 4);
		udp = (void *)(ip + 1);
	} else {
		struct ipv6hdr *ip6 = (void *)(eth + 1);

		eth->h_proto = htons(ETH_P_IPV6);
		ip6->version = 6;
		ip6->nexthdr = IPPROTO_UDP;
		ip6->hop_limit = 64;
		ip6->payload_len = htons(sizeof(*udp));
		memcpy(&ip6->saddr, addr, 16);
		memcpy(&ip6->daddr, addr, 16);
		udp = (void *)(ip6 + 1);
	}
	udp->source = htons(sport);
	udp->dest = port;
	udp->len = htons(sizeof(*udp));
	ctx.data_end = (unsigned char *)(udp + 1) - frame;
	{
		LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = frame,
			    .data_size_in = ctx.data_end, .ctx_in = &ctx,
			    .ctx_size_in = sizeof(ctx));

		fd = bpf_prog_get_fd_by_id(d->disp_id);
		if (fd < 0)
			return -errno;
		err = bpf_prog_test_run_opts(fd, &o) ? -errno : 0;
		close(fd);
	}
	return err;
}

/*
 * Learn the server's sockets on the port: one lookup finds the socket the
 * stack picks for its source port, which in an SO_REUSEPORT group of the
 * server's worker threads is one of several. 128 source ports miss one of
 * 8 sockets with odds below 1 in 10^6; a socket missed only sends its
 * datagrams to userspace.
 */
static int learn_sockets(struct kdisp *d, unsigned short port, int family,
			 const void *addr)
{
	unsigned short sport;
	int err = 0;

	for (sport = 1024; sport < 1024 + 128 && !err; sport++)
		err = learn_socket(d, port, family, addr, sport);
	return err;
}

/* Route the port to the slot with `flags`; 0 or -errno. */
static int route(struct kdisp *d, __u32 key, __u32 flags)
{
	struct kdisp_port p = { .slot = d->slot, .flags = flags };

	return bpf_map_update_elem(d->ports_fd, &key, &p, BPF_ANY) ? -errno : 0;
}

int kdisp_claim(struct kdisp *d, unsigned short port, int family,
		const void *addr, int sock_fd, char *why, size_t whylen)
{
	struct kdisp_owner o;
	struct kdisp_port p;
	__u32 key = port, pid = 0;
	char who[160];
	int lock, err = 0;

	lock = lock_iface(d->ifindex);
	if (lock < 0) {
		why_say(why, whylen, "cannot take the interface's lock (%s)",
			strerror(-lock));
		return lock;
	}
	if (!bpf_map_lookup_elem(d->ports_fd, &key, &p) && p.slot != d->slot &&
	    slot_taken(d, p.slot, &pid)) {
		why_say(why, whylen, "port %u on this interface is already "
			"answered by the offload of pid %u", ntohs(port), pid);
		err = -EADDRINUSE;
		goto out;
	}
	if (sock_fd >= 0) {
		/* Learn the socket, then check it is still alone (another
		 * one bound meanwhile may have been the one learnt). */
		err = route(d, key, KOFFLOAD_DISPATCH_LEARN);
		if (!err)
			err = learn_sockets(d, port, family, addr);
		if (!err && (bpf_map_lookup_elem(d->owners_fd, &d->slot, &o) ||
			     !o.sock[0]))
			err = -ENOENT;
		if (err) {
			why_say(why, whylen, "the dispatcher could not learn "
				"the socket of port %u (%s)", ntohs(port),
				strerror(-err));
			goto unroute;
		}
		if (kport_others(sock_fd, who, sizeof(who)) > 0) {
			why_say(why, whylen, "UDP port %u was bound meanwhile "
				"by %s", ntohs(port), who);
			err = -EADDRINUSE;
			goto unroute;
		}
	}
	err = route(d, key, sock_fd >= 0 ? KOFFLOAD_DISPATCH_GUARD : 0);
	if (err) {
		why_say(why, whylen, "cannot route port %u to the offload (%s)",
			ntohs(port), strerror(-err));
		goto out;
	}
	d->port = port;
	/* The socket's kernel address is in the owners' map: the server,
	 * which drops its rights, keeps no fd on it. */
	close(d->owners_fd);
	d->owners_fd = -1;
	goto out;
unroute:
	bpf_map_delete_elem(d->ports_fd, &key);
out:
	close(lock);
	return err;
}

void kdisp_leave(struct kdisp *d)
{
	struct kdisp_port p;
	__u32 key;

	if (!d)
		return;
	if (d->port >= 0) {
		key = (__u32)d->port;
		if (!bpf_map_lookup_elem(d->ports_fd, &key, &p) &&
		    p.slot == d->slot)
			bpf_map_delete_elem(d->ports_fd, &key);
	}
	/* Closing the slot's only reference empties it (see the top). */
	kdisp_free(d);
}
