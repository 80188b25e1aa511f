// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-stats - the counters of a running split server's offload: the
 * requests that reached the service answered in the kernel, consumed
 * without a reply, and fallen back to userspace, and apart from them the
 * datagrams to the service with a wrong UDP checksum, which are no
 * requests (the offload's koffload_stats, summed over the CPUs).
 *
 *   koffload-stats PID
 *
 * Finds the process's BPF maps through /proc/PID/fdinfo, and among them the
 * global data map whose BTF has koffload_stats. Needs the rights to read
 * BPF maps by id (root: CAP_SYS_ADMIN). Prints
 * "answered A dropped D fallback F (slow path P, record busy B) bad
 * checksum C" and, from
 * the runtime's switch koffload_control in the same map, the offload's mode:
 * "mode on|pass-through|probing|detached (adaptive: switches N, omega W,
 * rho R)", or "mode on (not adaptive)".  Exit status 1, with one line on
 * stderr, when PID is not a number, names no process, or the process has
 * no offload (or its maps may not be read).
 */
#include "koffload-adapt.h"
#include "koffload-rt.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The globals' names and layouts: koffload/abi.h (via koffload-rt.h). */

/* Offset and size of KOFFLOAD_STATS_GLOBAL in the map's BTF, or -1; those
 * of KOFFLOAD_CONTROL_GLOBAL too (size 0 if it has none). */
static int find_stats(const struct bpf_map_info *info, __u32 *off, __u32 *size,
		      __u32 *coff, __u32 *csize)
{
	const char *section;
	struct btf *btf;
	int err;

	if (!info->btf_id)
		return -1;
	btf = btf__load_from_kernel_by_id(info->btf_id);
	if (!btf)
		return -1;
	err = koffload_btf_find_var(btf, KOFFLOAD_STATS_GLOBAL, &section, off,
				    size);
	if (koffload_btf_find_var(btf, KOFFLOAD_CONTROL_GLOBAL, &section, coff,
				  csize) ||
	    *csize != sizeof(struct koffload_control) ||
	    *coff + *csize > info->value_size)
		*csize = 0;
	btf__free(btf);
	return err ? -1 : 0;
}

/* The offload's mode, from the switch the runtime keeps (struct
 * koffload_control). */
static void print_mode(const unsigned char *value)
{
	struct koffload_control c;

	memcpy(&c, value, sizeof(c)); /* BTF gives no alignment */
	if (c.state == KOFFLOAD_ADAPT_FIXED) {
		printf("mode %s (not adaptive)\n",
		       c.pass ? "pass-through" : "on");
		return;
	}
	printf("mode %s (adaptive: switches %llu, ",
	       koffload_adapt_state_name(c.state),
	       (unsigned long long)c.switches);
	if (c.omega == KOFFLOAD_CONTROL_NOT_MEASURED)
		printf("omega -, rho %.3f)\n", c.rho / 1e6);
	else
		printf("omega %.3f, rho %.3f)\n", c.omega / 1e6, c.rho / 1e6);
}

/* What the fdinfo walk found besides the offload: why it may be missing. */
struct search {
	int denied;	/* errno of a map the process has but we may not open */
};

/*
 * Print the counters of the first map of the process (its fdinfo directory
 * `dir`) that holds koffload_stats.  1 when printed, 0 when the process has
 * none, -1 when reading one failed (said).
 */
static int print_stats(DIR *dir, struct search *s)
{
	char line[128];
	struct dirent *d;

	while ((d = readdir(dir))) {
		struct bpf_map_info info = { 0 };
		__u32 len = sizeof(info), id = 0, off, size, key = 0, coff,
		      csize;
		unsigned long long sum[KOFFLOAD_STAT_USED] = { 0 };
		const __u64 *row;
		char *value;
		FILE *f;
		int fd, k;

		if (d->d_name[0] == '.')
			continue;
		/* openat: the entry's name needs no path buffer. */
		fd = openat(dirfd(dir), d->d_name, O_RDONLY | O_CLOEXEC);
		f = fd < 0 ? NULL : fdopen(fd, "r");
		if (!f) {
			if (fd >= 0)
				close(fd);
			continue;
		}
		while (fgets(line, sizeof(line), f))
			if (sscanf(line, "map_id: %u", &id) == 1)
				break;
		fclose(f);
		if (!id)
			continue;
		fd = bpf_map_get_fd_by_id(id);
		if (fd < 0) {
			if (errno == EPERM || errno == EACCES)
				s->denied = errno;
			continue;
		}
		if (bpf_obj_get_info_by_fd(fd, &info, &len) ||
		    info.type != BPF_MAP_TYPE_ARRAY ||
		    find_stats(&info, &off, &size, &coff, &csize) ||
		    off + size > info.value_size) {
			close(fd);
			continue;
		}
		value = malloc(info.value_size);
		if (!value || bpf_map_lookup_elem(fd, &key, value)) {
			fprintf(stderr,
				"koffload-stats: cannot read the offload's "
				"map %u: %s\n",
				id, strerror(value ? errno : ENOMEM));
			free(value);
			close(fd);
			return -1;
		}
		row = (const __u64 *)(value + off);
		for (k = 0; k < (int)(size / sizeof(__u64)); k++)
			if (k % KOFFLOAD_STAT_ROW < KOFFLOAD_STAT_USED)
				sum[k % KOFFLOAD_STAT_ROW] += row[k];
		printf("answered %llu dropped %llu fallback %llu (slow path "
		       "%llu, record busy %llu) bad checksum %llu\n",
		       sum[KOFFLOAD_STAT_ANSWERED], sum[KOFFLOAD_STAT_DROPPED],
		       sum[KOFFLOAD_STAT_FALLBACK],
		       sum[KOFFLOAD_STAT_FALLBACK_PATH],
		       sum[KOFFLOAD_STAT_FALLBACK_BUSY],
		       sum[KOFFLOAD_STAT_BAD_CHECKSUM]);
		if (csize)
			print_mode((unsigned char *)value + coff);
		free(value);
		close(fd);
		return 1;
	}
	return 0;
}

/* The process id in `arg`: digits only, a pid_t; 0 if it is none. */
static pid_t parse_pid(const char *arg)
{
	unsigned long v;
	char *end;

	if (!isdigit((unsigned char)arg[0]))
		return 0;
	errno = 0;
	v = strtoul(arg, &end, 10);
	if (errno || *end || v > INT_MAX)
		return 0;
	return (pid_t)v;
}

/* The process's command name (/proc/PID/comm), or "?". */
static void process_name(pid_t pid, char *buf, size_t len)
{
	char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	f = fopen(path, "r");
	if (!f || !fgets(buf, len, f))
		snprintf(buf, len, "?");
	else
		buf[strcspn(buf, "\n")] = 0;
	if (f)
		fclose(f);
}

int main(int argc, char **argv)
{
	struct search s = { 0 };
	char path[64], name[64];
	pid_t pid;
	DIR *dir;
	int found;

	if (argc != 2) {
		fprintf(stderr, "koffload-stats: give one process id: "
				"koffload stats <pid of a split server>\n");
		return 1;
	}
	pid = parse_pid(argv[1]);
	if (pid <= 0) {
		fprintf(stderr,
			"koffload-stats: '%s' is not a process id: give the "
			"number of a running split server (koffload stats "
			"<pid>)\n",
			argv[1]);
		return 1;
	}
	snprintf(path, sizeof(path), "/proc/%d/fdinfo", (int)pid);
	dir = opendir(path);
	if (!dir) {
		if (errno == ENOENT)
			fprintf(stderr,
				"koffload-stats: no process %d: give the pid "
				"of a running split server\n",
				(int)pid);
		else
			fprintf(stderr,
				"koffload-stats: cannot read process %d's file "
				"descriptors (%s): run as root\n",
				(int)pid, strerror(errno));
		return 1;
	}
	found = print_stats(dir, &s);
	closedir(dir);
	if (found)
		return found > 0 ? 0 : 1;
	process_name(pid, name, sizeof(name));
	if (s.denied)
		fprintf(stderr,
			"koffload-stats: reading process %d's (%s) BPF maps is "
			"not permitted (%s): run as root\n",
			(int)pid, name, strerror(s.denied));
	else
		fprintf(stderr,
			"koffload-stats: process %d (%s) has no koffload "
			"offload: it is not a split server, or its offload "
			"is not running (the server said why when it "
			"started)\n",
			(int)pid, name);
	return 1;
}
