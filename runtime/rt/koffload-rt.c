// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-rt.c - load, attach and configure a generated offload (see
 * koffload-rt.h).
 *
 * Over 800 lines as one file: it is one lifecycle (open, configure, load,
 * share the globals, attach, detach) over one private state; sharing an
 * interface or a port (koffload-dispatch.c, koffload-port.c) and the
 * adaptive controller (koffload-adapt.c) already live apart.
 */
#include "koffload-rt.h"
#include "koffload-log.h"
#include "koffload-adapt.h"
#include "koffload-clock.h"
#include "koffload-dispatch.h"
#include "koffload-heap.h"
#include "koffload-tcp.h"

#include <arpa/inet.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <ifaddrs.h>
#include <linux/capability.h>
#include <linux/ethtool.h>
#include <linux/if_link.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The globals' names and layouts: koffload/abi.h (via koffload-rt.h). */

#define MAX_MAPPED 8

struct koffload_rt {
	struct bpf_object *obj;
	struct kdisp *disp;	/* its slot in the interface's dispatcher */
	int guard_fd;		/* a socket whose port may be shared, or -1 */
	char why[256];		/* why koffload_rt_set_service() failed */
	int ifindex;
	char iface[IF_NAMESIZE];
	const char *mode;
	/* Global data maps mmap'd so far. */
	struct {
		const struct bpf_map *map;
		void *addr;
		size_t len;
	} mapped[MAX_MAPPED];
	int nmapped;
	struct koffload_clock_pub *clock; /* the wall clock's offset */
};

/* One line on stderr, in one write (the adaptive runtime says its
 * switches from its own thread). */
static void say(const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	fprintf(stderr, "koffload: %s\n", line);
}

/* libbpf's own chatter stays quiet: the runtime says what matters once. */
static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int koffload_btf_find_var(const struct btf *btf, const char *name,
			  const char **section, unsigned int *offset,
			  unsigned int *size)
{
	__u32 id, n = btf__type_cnt(btf);

	for (id = 1; id < n; id++) {
		const struct btf_type *sec = btf__type_by_id(btf, id);
		const struct btf_var_secinfo *vi;
		int i;

		if (!btf_is_datasec(sec))
			continue;
		vi = btf_var_secinfos(sec);
		for (i = 0; i < btf_vlen(sec); i++, vi++) {
			const struct btf_type *var = btf__type_by_id(btf, vi->type);

			if (strcmp(btf__name_by_offset(btf, var->name_off), name))
				continue;
			*section = btf__name_by_offset(btf, sec->name_off);
			*offset = vi->offset;
			*size = vi->size;
			return 0;
		}
	}
	return -ENOENT;
}

int koffload_find_global(struct bpf_object *obj, const char *name,
			 struct bpf_map **map, unsigned int *offset,
			 unsigned int *size)
{
	struct btf *btf = bpf_object__btf(obj);
	const char *section;

	if (!btf)
		return -EINVAL;
	if (koffload_btf_find_var(btf, name, &section, offset, size))
		return -ENOENT;
	*map = bpf_object__find_map_by_name(obj, section);
	return *map ? 0 : -ENOENT;
}

static const char *env_or(const char *value, const char *name)
{
	return value ? value : getenv(name);
}

/*
 * A veth's peer leaves UDP checksums partial (tx checksum offload, on by
 * default, as in every container network): the field holds the folded
 * pseudo-header sum and the receiving stack trusts the skb.  Tell the
 * offload, which would see a wrong checksum, to take that form too
 * (XDPGen.h, ServiceLazyChecksums).  The driver's name, by ethtool's
 * ioctl in this network namespace; on any doubt the flag stays clear and
 * the offload takes only right checksums.  In generic mode XDP_TX sends
 * the request's skb, still partial: the offload then writes replies to
 * partial requests in that form (ServiceGenericXDP).
 */
static void note_checksums(struct koffload_rt *rt)
{
	struct ethtool_drvinfo info = { .cmd = ETHTOOL_GDRVINFO };
	struct ifreq ifr = { 0 };
	struct koffload_service *service;
	__u32 flags = 0;
	size_t size;
	int fd;

	if (!strcmp(rt->mode, "generic"))
		flags |= KOFFLOAD_SERVICE_GENERIC_XDP;
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd >= 0) {
		snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", rt->iface);
		ifr.ifr_data = (void *)&info;
		if (!ioctl(fd, SIOCETHTOOL, &ifr) && !strcmp(info.driver, "veth"))
			flags |= KOFFLOAD_SERVICE_LAZY_CHECKSUMS;
		close(fd);
	}
	service = koffload_rt_global(rt, KOFFLOAD_SERVICE_GLOBAL, &size);
	if (flags && service && size == sizeof(*service))
		__atomic_fetch_or(&service->flags, flags, __ATOMIC_RELEASE);
}

struct koffload_rt *koffload_rt_start(const struct koffload_rt_opts *opts)
{
	const char *iface = env_or(opts->iface, "KOFFLOAD_IFACE");
	const char *mode = env_or(opts->mode, "KOFFLOAD_MODE");
	struct bpf_program *prog;
	struct koffload_rt *rt;
	char why[256];
	int err;

	if (!mode || !*mode)
		mode = "auto";
	if (!strcmp(mode, "off")) {
		say("KOFFLOAD_MODE=off: serving every request from userspace");
		return NULL;
	}
	if (strcmp(mode, "auto") && strcmp(mode, "native") &&
	    strcmp(mode, "generic")) {
		say("KOFFLOAD_MODE=%s is not native, generic or off: serving "
		    "every request from userspace", mode);
		return NULL;
	}
	if (!opts->load_only && (!iface || !*iface)) {
		say("no interface to attach to (KOFFLOAD_IFACE): serving every "
		    "request from userspace");
		return NULL;
	}
	rt = calloc(1, sizeof(*rt));
	if (!rt)
		return NULL;
	rt->guard_fd = -1;
	snprintf(rt->iface, sizeof(rt->iface), "%s", iface ? iface : "");
	rt->ifindex = opts->load_only ? 0 : if_nametoindex(iface);
	if (!opts->load_only && !rt->ifindex) {
		say("no interface %s: serving every request from userspace",
		    iface);
		goto fail;
	}
	libbpf_set_print(quiet);
	rt->obj = bpf_object__open_mem(opts->object, opts->object_size, NULL);
	if (!rt->obj) {
		say("cannot open the offload (%s): serving every request from "
		    "userspace", strerror(errno));
		goto fail;
	}
	why[0] = 0;
	err = koffload_heap_share ?
		      koffload_heap_share(rt->obj, why, sizeof(why)) : 0;
	if (!err)
		err = bpf_object__load(rt->obj);
	if (err) {
		if (err == -EPERM || err == -EACCES)
			say("no BPF privileges (CAP_BPF, CAP_NET_ADMIN; %s): "
			    "serving every request from userspace",
			    strerror(-err));
		else if (why[0])
			say("%s: serving every request from userspace", why);
		else
			say("the kernel refused the offload (%s): serving every "
			    "request from userspace", strerror(-err));
		goto fail;
	}
	prog = bpf_object__find_program_by_name(rt->obj, KOFFLOAD_PROGRAM_NAME);
	if (!prog)
		prog = bpf_object__find_program_by_name(
			rt->obj, KOFFLOAD_TCP_VERDICT_NAME);
	if (!prog) {
		say("the object has no %s program: serving every request from "
		    "userspace", KOFFLOAD_PROGRAM_NAME);
		goto fail;
	}
	rt->clock = koffload_clock_start(rt);
	if (opts->load_only) {
		rt->mode = "loaded";
		return rt;
	}
	/* Into a slot of the interface's dispatcher, attached (native if
	 * the interface has it, else generic) by the first server there;
	 * datagrams reach the program once koffload_rt_set_service() routes
	 * its port to it. */
	err = kdisp_join(rt->ifindex, iface, mode, bpf_program__fd(prog),
			 &rt->disp, &rt->mode, why, sizeof(why));
	if (err) {
		say("%s: serving every request from userspace", why);
		goto fail;
	}
	note_checksums(rt);
	return rt;
fail:
	koffload_rt_stop(rt);
	return NULL;
}

/* The map's memory, shared with the kernel (BPF_F_MMAPABLE: libbpf sets
 * it for global data with BTF); mapped once. */
static char *map_memory(struct koffload_rt *rt, const struct bpf_map *map)
{
	size_t page = sysconf(_SC_PAGESIZE), len;
	void *addr;
	int i;

	for (i = 0; i < rt->nmapped; i++)
		if (rt->mapped[i].map == map)
			return rt->mapped[i].addr;
	if (rt->nmapped == MAX_MAPPED ||
	    !(bpf_map__map_flags(map) & BPF_F_MMAPABLE))
		return NULL;
	len = (bpf_map__value_size(map) + page - 1) / page * page;
	addr = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED,
		    bpf_map__fd(map), 0);
	if (addr == MAP_FAILED)
		return NULL;
	rt->mapped[rt->nmapped].map = map;
	rt->mapped[rt->nmapped].addr = addr;
	rt->mapped[rt->nmapped].len = len;
	rt->nmapped++;
	return addr;
}

void *koffload_rt_global(struct koffload_rt *rt, const char *name,
			 size_t *size)
{
	struct bpf_map *map;
	unsigned int off, sz;
	char *base;

	if (!rt || koffload_find_global(rt->obj, name, &map, &off, &sz))
		return NULL;
	base = map_memory(rt, map);
	if (!base || off + sz > bpf_map__value_size(map))
		return NULL;
	if (size)
		*size = sz;
	return base + off;
}

/* The interface's first address of the family, in network order. */
static int iface_address(const char *iface, int family, void *out)
{
	struct ifaddrs *all, *a;
	int err = -EADDRNOTAVAIL;

	if (getifaddrs(&all))
		return -errno;
	for (a = all; a; a = a->ifa_next) {
		if (!a->ifa_addr || a->ifa_addr->sa_family != family ||
		    strcmp(a->ifa_name, iface))
			continue;
		if (family == AF_INET)
			memcpy(out,
			       &((struct sockaddr_in *)a->ifa_addr)->sin_addr, 4);
		else
			memcpy(out,
			       &((struct sockaddr_in6 *)a->ifa_addr)->sin6_addr,
			       16);
		err = 0;
		break;
	}
	freeifaddrs(all);
	return err;
}

int koffload_rt_set_service(struct koffload_rt *rt,
			    const struct sockaddr *addr, socklen_t len)
{
	unsigned char address[16] = { 0 }, mask[16];
	struct koffload_service *service;
	size_t size, n;
	__be16 port;
	bool any;
	int err;

	if (!rt)
		return -EINVAL;
	service = koffload_rt_global(rt, KOFFLOAD_SERVICE_GLOBAL, &size);
	if (!service)
		return 0; /* all it needs was known at compile time */
	if (size != sizeof(*service))
		return -EINVAL;
	if (addr->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const void *)addr;

		port = in->sin_port;
		n = 4;
		memcpy(address, &in->sin_addr, 4);
		any = in->sin_addr.s_addr == htonl(INADDR_ANY);
	} else if (addr->sa_family == AF_INET6 &&
		   len >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const void *)addr;

		port = in6->sin6_port;
		n = 16;
		memcpy(address, &in6->sin6_addr, 16);
		any = IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr);
	} else {
		return -EAFNOSUPPORT;
	}
	if (any) {
		err = iface_address(rt->iface, addr->sa_family, address);
		if (err)
			return err;
	}
	memset(mask, 0xff, n);
	/* The address, mask and family first, the port (which turns the
	 * offload on) last; then the dispatcher routes the port to it. */
	memcpy(service->addr, address, n);
	memcpy(service->mask, mask, n);
	__atomic_fetch_or(&service->flags,
			  addr->sa_family == AF_INET ?
				  KOFFLOAD_SERVICE_BOUND_INET :
				  KOFFLOAD_SERVICE_BOUND_INET6,
			  __ATOMIC_RELEASE);
	__atomic_store_n(&service->port, port, __ATOMIC_RELEASE);
	if (rt->disp)
		return kdisp_claim(rt->disp, port, addr->sa_family, address,
				   rt->guard_fd, rt->why, sizeof(rt->why));
	return 0;
}

/* ---- the split program's runtime ---------------------------------------- */

#define MAX_RECORDS 8

static struct koffload_rt *split_rt;
static int split_fd = -1; /* the offloaded socket, once split_rt runs */
static double plan_rho = -1;	/* koffload_rt_set_rho() */
static unsigned int *records[MAX_RECORDS];	/* sequence words */
static __thread unsigned int held[MAX_RECORDS]; /* taken at this + 1 */
/* Taken at the first write (KOFFLOAD_SHARED_USER_WRITES), not the receive. */
static unsigned char at_write[MAX_RECORDS];
static int nrecords;

/* The interface that owns the address, or for the wildcard the first one
 * up with an address of the family other than loopback. */
static int iface_of(const struct sockaddr_storage *ss, char *name)
{
	struct ifaddrs *all, *a;
	int family = ss->ss_family, err = -ENODEV;
	bool any;

	if (family == AF_INET)
		any = ((const struct sockaddr_in *)ss)->sin_addr.s_addr ==
		      htonl(INADDR_ANY);
	else
		any = IN6_IS_ADDR_UNSPECIFIED(
			&((const struct sockaddr_in6 *)ss)->sin6_addr);
	if (getifaddrs(&all))
		return -errno;
	for (a = all; a; a = a->ifa_next) {
		if (!a->ifa_addr || a->ifa_addr->sa_family != family ||
		    (a->ifa_flags & IFF_LOOPBACK) || !(a->ifa_flags & IFF_UP))
			continue;
		if (!any &&
		    (family == AF_INET ?
			     memcmp(&((struct sockaddr_in *)a->ifa_addr)->sin_addr,
				    &((const struct sockaddr_in *)ss)->sin_addr,
				    4) :
			     memcmp(&((struct sockaddr_in6 *)a->ifa_addr)->sin6_addr,
				    &((const struct sockaddr_in6 *)ss)->sin6_addr,
				    16)))
			continue;
		snprintf(name, IF_NAMESIZE, "%s", a->ifa_name);
		err = 0;
		break;
	}
	freeifaddrs(all);
	return err;
}

/* The rights that loaded and attached the offload are not the server's to
 * keep: CAP_BPF, CAP_NET_ADMIN and CAP_SYS_ADMIN go from every set. */
static void drop_capabilities(void)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct data[2];
	static const int caps[] = { CAP_BPF, CAP_NET_ADMIN, CAP_SYS_ADMIN };
	unsigned int i;

	if (syscall(SYS_capget, &hdr, data))
		return;
	for (i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		__u32 bit = 1u << (caps[i] % 32);

		data[caps[i] / 32].effective &= ~bit;
		data[caps[i] / 32].permitted &= ~bit;
		data[caps[i] / 32].inheritable &= ~bit;
	}
	if (syscall(SYS_capset, &hdr, data))
		say("cannot drop CAP_BPF, CAP_NET_ADMIN, CAP_SYS_ADMIN: %s",
		    strerror(errno));
}

/* ---- the adaptive runtime (docs/adaptive.md) ----------------------------- */

void koffload_rt_set_rho(double rho)
{
	plan_rho = rho;
}

static struct {
	struct koffload_rt *rt;
	const struct koffload_stats_row *stats;
	size_t nstats;			/* rows: one a CPU */
	struct koffload_control *control;
	struct koffload_adapt ctl;
} adapt;

static const char *env_get(const char *name)
{
	return getenv(name);
}

/* What the kernel finished and passed on so far, over every CPU.  Bad
 * checksums (KOFFLOAD_STAT_BAD_CHECKSUM) are no requests: left out of ω. */
static struct koffload_adapt_sample adapt_counts(void)
{
	struct koffload_adapt_sample s = { 0, 0 };
	size_t i;

	for (i = 0; i < adapt.nstats; i++) {
		const __u64 *row = adapt.stats[i].count;

		s.kernel += __atomic_load_n(&row[KOFFLOAD_STAT_ANSWERED],
					    __ATOMIC_RELAXED) +
			    __atomic_load_n(&row[KOFFLOAD_STAT_DROPPED],
					    __ATOMIC_RELAXED);
		s.fallback += __atomic_load_n(&row[KOFFLOAD_STAT_FALLBACK],
					      __ATOMIC_RELAXED);
	}
	return s;
}

static void adapt_publish(void)
{
	const struct koffload_adapt *c = &adapt.ctl;
	struct koffload_control *ctl = adapt.control;

	__atomic_store_n(&ctl->state, c->state, __ATOMIC_RELAXED);
	__atomic_store_n(&ctl->switches, c->switches, __ATOMIC_RELAXED);
	__atomic_store_n(&ctl->omega,
			 c->omega < 0 ? KOFFLOAD_CONTROL_NOT_MEASURED :
					(__u32)(c->omega * 1e6 + 0.5),
			 __ATOMIC_RELAXED);
}

static void *adapt_loop(void *arg)
{
	struct koffload_adapt *c = &adapt.ctl;
	unsigned int tick = c->cfg.tick_ms;
	struct koffload_adapt_sample last = adapt_counts(), now, s;
	struct timespec next;

	(void)arg;
	clock_gettime(CLOCK_MONOTONIC, &next);
	for (;;) {
		enum koffload_adapt_state was = c->state;
		enum koffload_adapt_action act;

		next.tv_nsec += (long)(tick % 1000) * 1000000;
		next.tv_sec += tick / 1000 + next.tv_nsec / 1000000000;
		next.tv_nsec %= 1000000000;
		while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next,
				       NULL) == EINTR)
			;
		now = adapt_counts();
		s.kernel = now.kernel - last.kernel;
		s.fallback = now.fallback - last.fallback;
		last = now;
		act = koffload_adapt_step(c, &s);
		if (act == KOFFLOAD_ADAPT_SET_ON || act == KOFFLOAD_ADAPT_SET_PASS)
			__atomic_store_n(&adapt.control->pass,
					 act == KOFFLOAD_ADAPT_SET_PASS,
					 __ATOMIC_RELEASE);
		adapt_publish();
		if (was == KOFFLOAD_ADAPT_ON && c->state == KOFFLOAD_ADAPT_PASS)
			say("adapt: pass-through: omega %.3f < rho %.3f over "
			    "%.1f s (%llu requests)", c->omega, c->cfg.rho,
			    c->cfg.window * tick / 1000.0, c->decided);
		else if (was == KOFFLOAD_ADAPT_PROBE &&
			 c->state == KOFFLOAD_ADAPT_ON)
			say("adapt: offload on: omega %.3f >= rho %.3f + %.3f "
			    "in a %.1f s probe (%llu requests)", c->omega,
			    c->cfg.rho, c->cfg.hysteresis,
			    (c->tick - c->probe_start) * tick / 1000.0,
			    c->decided);
		if (act == KOFFLOAD_ADAPT_DETACH) {
			kdisp_leave(adapt.rt->disp);
			adapt.rt->disp = NULL;
			say("adapt: offload detached after %.1f s in "
			    "pass-through: serving every request from userspace",
			    c->cfg.detach_after * tick / 1000.0);
			return NULL;
		}
	}
}

/* Start the controller's thread, unless KOFFLOAD_ADAPT=off; a reason not
 * to adapt is one line, and the offload stays on. */
static void adapt_start(struct koffload_rt *rt)
{
	struct koffload_adapt_config cfg;
	sigset_t all, old;
	pthread_t thread;
	size_t size;
	char err[160];
	int on, e;

	koffload_adapt_defaults(&cfg);
	cfg.rho = plan_rho;
	if (koffload_adapt_configure(&cfg, &on, env_get, err, sizeof(err))) {
		say("%s: the offload stays on, not adaptive", err);
		return;
	}
	if (!on)
		return;
	if (cfg.rho < 0) {
		say("adapt: no rho from the plan (KOFFLOAD_ADAPT_RHO): the "
		    "offload stays on, not adaptive");
		return;
	}
	adapt.rt = rt;
	adapt.stats = koffload_rt_global(rt, KOFFLOAD_STATS_GLOBAL, &size);
	adapt.nstats = size / sizeof(*adapt.stats);
	adapt.control = koffload_rt_global(rt, KOFFLOAD_CONTROL_GLOBAL, &size);
	if (!adapt.stats || !adapt.control ||
	    size != sizeof(*adapt.control)) {
		say("adapt: the offload has no %s or %s: it stays on, not "
		    "adaptive", KOFFLOAD_STATS_GLOBAL, KOFFLOAD_CONTROL_GLOBAL);
		return;
	}
	koffload_adapt_init(&adapt.ctl, &cfg);
	__atomic_store_n(&adapt.control->rho,
			 (__u32)(cfg.rho > 4000 ? 4e9 : cfg.rho * 1e6 + 0.5),
			 __ATOMIC_RELAXED);
	adapt_publish();
	/* The program's signals are its main thread's business. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	e = pthread_create(&thread, NULL, adapt_loop, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e) {
		__atomic_store_n(&adapt.control->state, KOFFLOAD_ADAPT_FIXED,
				 __ATOMIC_RELAXED);
		say("adapt: no thread (%s): the offload stays on, not adaptive",
		    strerror(e));
		return;
	}
	pthread_detach(thread);
}

/* The socket's bound port, host order. */
static unsigned int koffload_port_of(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (getsockname(fd, (struct sockaddr *)&ss, &len))
		return 0;
	return ntohs(ss.ss_family == AF_INET6 ?
			     ((struct sockaddr_in6 *)&ss)->sin6_port :
			     ((struct sockaddr_in *)&ss)->sin_port);
}

/*
 * The offload answers from this process's state, so it must see only the
 * requests the kernel gives this process's socket. Another socket already
 * on the port: no offload (one line naming it). A socket that lets others
 * bind its port later (SO_REUSEPORT, or SO_REUSEADDR, which for UDP lets
 * any process whose socket also sets it take the unicast datagrams): the
 * dispatcher checks each request's socket (kdisp_claim). 1 when the
 * offload must not run.
 */
static int port_shared(struct koffload_rt *rt, int fd)
{
	int reuseport = 0, reuseaddr = 0, type = 0;
	socklen_t len = sizeof(int);
	char who[160];
	int others;

	if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) ||
	    type != SOCK_DGRAM)
		return 0;
	others = kport_others(fd, who, sizeof(who));
	if (others > 0) {
		say("UDP port %u is also bound by %s%s: the kernel shares the "
		    "requests between the sockets, and the offload knows only "
		    "this process's state: serving every request from "
		    "userspace", koffload_port_of(fd), who,
		    others > 1 ? " and others" : "");
		return 1;
	}
	len = sizeof(int);
	getsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &reuseport, &len);
	len = sizeof(int);
	getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuseaddr, &len);
	if (reuseport || reuseaddr)
		rt->guard_fd = fd;
	return 0;
}

/* An AF_INET6 socket without IPV6_V6ONLY gets IPv4 datagrams too (v4-mapped
 * sources): said in the service's flags beside its family. */
static void note_v4_mapped(struct koffload_rt *rt, int fd, int family)
{
	struct koffload_service *service;
	socklen_t len = sizeof(int);
	int v6only = 1;
	size_t size;

	service = koffload_rt_global(rt, KOFFLOAD_SERVICE_GLOBAL, &size);
	if (family != AF_INET6 || !service || size != sizeof(*service) ||
	    getsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, &len) || v6only)
		return;
	__atomic_fetch_or(&service->flags, KOFFLOAD_SERVICE_V4_MAPPED,
			  __ATOMIC_RELEASE);
}

/* Whether the embedded object is a TCP offload (an sk_skb verdict), read
 * once. */
static bool object_is_tcp(const void *object, unsigned long size)
{
	static int known = -1;
	struct bpf_object *obj;

	if (known < 0) {
		libbpf_set_print(quiet);
		obj = bpf_object__open_mem(object, size, NULL);
		known = obj && bpf_object__find_program_by_name(
				       obj, KOFFLOAD_TCP_VERDICT_NAME);
		bpf_object__close(obj);
	}
	return known;
}

/* A TCP split's listening socket: load, share the globals, attach the
 * sk_skb and sk_msg programs to the offload's SOCKHASH; its connections
 * join as they are accepted (koffload-tcp.c). */
static void tcp_bound(int fd, const void *object, unsigned long size,
		      const struct koffload_shared *shared, unsigned int n)
{
	struct koffload_rt_opts opts = { .object = object, .object_size = size,
					 .load_only = 1 };
	static bool tried;

	if (tried)
		return;
	tried = true;
	split_rt = koffload_rt_start(&opts);
	if (!split_rt)
		return;
	if (koffload_log_start(split_rt->obj, split_rt->why,
			       sizeof(split_rt->why))) {
		say("%s: serving every request from userspace", split_rt->why);
		goto fail;
	}
	if (koffload_rt_share(split_rt, shared, n))
		goto fail;
	if (koffload_tcp_attach(split_rt->obj, fd, split_rt->why,
				sizeof(split_rt->why))) {
		say("%s: serving every request from userspace", split_rt->why);
		koffload_rt_unshare(shared, n);
		goto fail;
	}
	split_rt->mode = "sk_skb";
	split_fd = fd;
	say("offload attached to TCP port %u (sk_skb + sk_msg)",
	    koffload_port_of(fd));
	drop_capabilities();
	adapt_start(split_rt);
	return;
fail:
	koffload_rt_stop(split_rt);
	split_rt = NULL;
}

static pthread_mutex_t bound_lock = PTHREAD_MUTEX_INITIALIZER;
static void bound_locked(int fd, const void *object, unsigned long size,
			 const struct koffload_shared *shared, unsigned int n);

void koffload_rt_bound(int fd, const void *object, unsigned long size,
		       const struct koffload_shared *shared, unsigned int n)
{
	/* Worker threads that each bind a socket here (SO_REUSEPORT) call
	 * this at once: the first starts the offload, the others wait for it
	 * and find it started. Said first, outside the lock: the first one
	 * counts the others' sockets as its own (kport_others). */
	kport_sibling(fd);
	pthread_mutex_lock(&bound_lock);
	bound_locked(fd, object, size, shared, n);
	pthread_mutex_unlock(&bound_lock);
}

static void bound_locked(int fd, const void *object, unsigned long size,
			 const struct koffload_shared *shared, unsigned int n)
{
	struct koffload_rt_opts opts = { .object = object, .object_size = size };
	char iface[IF_NAMESIZE];
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int type = 0;
	socklen_t tlen = sizeof(type);
	static bool tried;

	if (split_rt)
		return;
	/* A bind site that makes both kinds (memcached: one socket() call
	 * over getaddrinfo hints, TCP and UDP): the offload is for the
	 * socket of its own kind; the other's bind waits for it. */
	if (!getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tlen) &&
	    type != (object_is_tcp(object, size) ? SOCK_STREAM : SOCK_DGRAM))
		return;
	if (type == SOCK_STREAM) {
		tcp_bound(fd, object, size, shared, n);
		return;
	}
	/* Once: the other workers' sockets would meet what stopped the
	 * first (no privileges, ...), and the user gets one line. */
	if (tried)
		return;
	tried = true;
	if (getsockname(fd, (struct sockaddr *)&ss, &len) ||
	    (ss.ss_family != AF_INET && ss.ss_family != AF_INET6)) {
		say("the offloaded socket has no IP address bound: serving "
		    "every request from userspace");
		return;
	}
	if (!getenv("KOFFLOAD_IFACE") || !*getenv("KOFFLOAD_IFACE")) {
		if (iface_of(&ss, iface)) {
			say("no interface owns the bound address (set "
			    "KOFFLOAD_IFACE): serving every request from "
			    "userspace");
			return;
		}
		opts.iface = iface;
	}
	split_rt = koffload_rt_start(&opts);
	if (!split_rt)
		return;
	/* The log lines of requests the kernel answers are read from the
	 * start (koffload-log.c): none waits for a reader that never comes. */
	if (koffload_log_start(split_rt->obj, split_rt->why,
			       sizeof(split_rt->why))) {
		say("%s: serving every request from userspace", split_rt->why);
		goto fail;
	}
	if (port_shared(split_rt, fd))
		goto fail;
	if (koffload_rt_share(split_rt, shared, n))
		goto fail;
	note_v4_mapped(split_rt, fd, ss.ss_family);
	if (koffload_rt_set_service(split_rt, (struct sockaddr *)&ss, len)) {
		if (split_rt->why[0])
			say("%s: serving every request from userspace",
			    split_rt->why);
		else
			say("cannot tell the offload its service: serving "
			    "every request from userspace");
		koffload_rt_unshare(shared, n);
		goto fail;
	}
	split_fd = fd;
	say("offload attached to %s (%s)", split_rt->iface,
	    koffload_rt_mode(split_rt));
	drop_capabilities();
	/* After the drop: capabilities are per thread, and the
	 * controller's thread needs none. */
	adapt_start(split_rt);
	return;
fail:
	koffload_rt_stop(split_rt);
	split_rt = NULL;
}

void koffload_rt_handler_bound(int fd, const void *object, unsigned long size,
			       const struct koffload_shared *shared,
			       unsigned int n)
{
	static int tried;

	/* Called at every request: one attempt (a failure says so once). */
	if (__atomic_exchange_n(&tried, 1, __ATOMIC_ACQ_REL))
		return;
	koffload_rt_bound(fd, object, size, shared, n);
}

int koffload_rt_share(struct koffload_rt *rt,
		      const struct koffload_shared *shared, unsigned int n)
{
	unsigned int *seq_of[MAX_RECORDS];
	unsigned char seq_at_write[MAX_RECORDS];
	char seq[128];
	unsigned int i, nseq = 0;
	size_t got;
	void **to;

	/* As many as the program shares (a fixed array overflowed past 32). */
	to = calloc(n ? n : 1, sizeof(*to));
	if (!to) {
		say("out of memory: serving every request from userspace");
		return -ENOMEM;
	}
	/* All or nothing: every shared global must be there, as large. */
	for (i = 0; i < n; i++) {
		to[i] = koffload_rt_global(rt, shared[i].name, &got);
		if (!to[i] || got != shared[i].size)
			break;
		if (shared[i].flags & KOFFLOAD_SHARED_RECORD) {
			snprintf(seq, sizeof(seq), KOFFLOAD_SEQ_PREFIX "%s",
				 shared[i].name);
			if (nrecords + nseq == MAX_RECORDS ||
			    !(seq_of[nseq] = koffload_rt_global(rt, seq, &got)))
				break;
			seq_at_write[nseq++] =
				!!(shared[i].flags & KOFFLOAD_SHARED_USER_WRITES);
		}
	}
	if (i < n) {
		say("the offload does not share %s as the program does: serving "
		    "every request from userspace", shared[i].name);
		free(to);
		return -ENOENT;
	}
	for (i = 0; i < n; i++)
		memcpy(to[i], shared[i].addr, shared[i].size);
	for (i = 0; i < n; i++)
		if (shared[i].slot)
			*shared[i].slot = to[i];
	free(to);
	for (i = 0; i < nseq; i++) {
		at_write[nrecords] = seq_at_write[i];
		records[nrecords++] = seq_of[i];
	}
	return 0;
}

void koffload_rt_unshare(const struct koffload_shared *shared, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (shared[i].slot && *shared[i].slot != shared[i].addr) {
			memcpy(shared[i].addr, *shared[i].slot, shared[i].size);
			*shared[i].slot = shared[i].addr;
		}
	nrecords = 0;
}

int koffload_rt_program_fd(const struct koffload_rt *rt)
{
	struct bpf_program *prog =
		bpf_object__find_program_by_name(rt->obj,
						 KOFFLOAD_PROGRAM_NAME);

	if (!prog)
		prog = bpf_object__find_program_by_name(
			rt->obj, KOFFLOAD_TCP_VERDICT_NAME);
	return prog ? bpf_program__fd(prog) : -ENOENT;
}

/* Take the sequence words whose at_write flag is `at_write_ones`. */
static void take_records(unsigned char at_write_ones)
{
	int i;

	for (i = 0; i < nrecords; i++) {
		unsigned int v;

		if (held[i] || at_write[i] != at_write_ones)
			continue;
		/* The offload holds a word for one request at most: spin. */
		for (;;) {
			v = __atomic_load_n(records[i], __ATOMIC_ACQUIRE);
			if (!(v & KOFFLOAD_SEQ_HELD) &&
			    __atomic_compare_exchange_n(records[i], &v,
							v + KOFFLOAD_SEQ_HELD,
							false, __ATOMIC_ACQ_REL,
							__ATOMIC_ACQUIRE))
				break;
			__builtin_ia32_pause();
		}
		held[i] = v + KOFFLOAD_SEQ_HELD;
	}
}

void koffload_rt_request_begin(void)
{
	take_records(0);
}

void koffload_rt_record_write(void)
{
	take_records(1);
}

void koffload_rt_request_end(void)
{
	int i;

	for (i = 0; i < nrecords; i++)
		if (held[i]) {
			__atomic_store_n(records[i],
					 held[i] - KOFFLOAD_SEQ_HELD +
						 KOFFLOAD_SEQ_STEP,
					 __ATOMIC_RELEASE);
			held[i] = 0;
		}
}

const char *koffload_rt_mode(const struct koffload_rt *rt)
{
	return rt ? rt->mode : "off";
}

void koffload_rt_stop(struct koffload_rt *rt)
{
	int i;

	if (!rt)
		return;
	kdisp_leave(rt->disp);
	koffload_clock_stop(rt->clock);
	for (i = 0; i < rt->nmapped; i++)
		munmap(rt->mapped[i].addr, rt->mapped[i].len);
	bpf_object__close(rt->obj);
	free(rt);
}

/* The split program's runtime when fd is its offloaded socket (for
 * koffload-peer.c), else NULL. */
struct koffload_rt *koffload_rt_split_of(int fd)
{
	return split_rt && fd == split_fd ? split_rt : NULL;
}
