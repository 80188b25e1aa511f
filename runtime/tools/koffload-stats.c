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
 * rho R)", or "mode on (not adaptive)"; exit status 1 when the process has
 * no offload.
 */
#include "koffload-adapt.h"
#include "koffload-rt.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define STATS_GLOBAL "koffload_stats"
#define STATS_ROW 8 /* lib/Kernel/XDPGen.h: StatCount */
#define STATS_USED 6 /* ... StatBadChecksum */
#define CONTROL_GLOBAL "koffload_control" /* lib/Kernel/XDPGen.h */
#define CONTROL_SIZE 64

/* Offset and size of STATS_GLOBAL in the map's BTF, or -1; those of
 * CONTROL_GLOBAL too (size 0 if it has none). */
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
	err = koffload_btf_find_var(btf, STATS_GLOBAL, &section, off, size);
	if (koffload_btf_find_var(btf, CONTROL_GLOBAL, &section, coff, csize) ||
	    *csize != CONTROL_SIZE || *coff + *csize > info->value_size)
		*csize = 0;
	btf__free(btf);
	return err ? -1 : 0;
}

/* The offload's mode, from the switch the runtime keeps (its layout:
 * lib/Kernel/XDPGen.h, ControlGlobalName). */
static void print_mode(const unsigned char *control)
{
	__u32 pass, state, omega, rho;
	__u64 switches;

	memcpy(&pass, control, 4);
	memcpy(&state, control + 4, 4);
	memcpy(&switches, control + 8, 8);
	memcpy(&omega, control + 16, 4);
	memcpy(&rho, control + 20, 4);
	if (state == KOFFLOAD_ADAPT_FIXED) {
		printf("mode %s (not adaptive)\n", pass ? "pass-through" : "on");
		return;
	}
	printf("mode %s (adaptive: switches %llu, ",
	       koffload_adapt_state_name(state), (unsigned long long)switches);
	if (omega == ~0u) /* not measured yet */
		printf("omega -, rho %.3f)\n", rho / 1e6);
	else
		printf("omega %.3f, rho %.3f)\n", omega / 1e6, rho / 1e6);
}

int main(int argc, char **argv)
{
	char path[64], line[128];
	struct dirent *d;
	DIR *dir;

	if (argc != 2) {
		fprintf(stderr, "usage: koffload-stats PID\n");
		return 1;
	}
	snprintf(path, sizeof(path), "/proc/%s/fdinfo", argv[1]);
	dir = opendir(path);
	if (!dir) {
		fprintf(stderr, "error: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((d = readdir(dir))) {
		struct bpf_map_info info = { 0 };
		__u32 len = sizeof(info), id = 0, off, size, key = 0, coff,
		      csize;
		unsigned long long sum[STATS_USED] = { 0 }, *row;
		char *value;
		FILE *f;
		int fd, k;

		snprintf(path, sizeof(path), "/proc/%s/fdinfo/%s", argv[1],
			 d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof(line), f))
			if (sscanf(line, "map_id: %u", &id) == 1)
				break;
		fclose(f);
		if (!id || (fd = bpf_map_get_fd_by_id(id)) < 0)
			continue;
		if (bpf_obj_get_info_by_fd(fd, &info, &len) ||
		    info.type != BPF_MAP_TYPE_ARRAY ||
		    find_stats(&info, &off, &size, &coff, &csize) ||
		    off + size > info.value_size) {
			close(fd);
			continue;
		}
		value = malloc(info.value_size);
		if (!value || bpf_map_lookup_elem(fd, &key, value)) {
			fprintf(stderr, "error: reading map %u: %s\n", id,
				strerror(errno));
			return 1;
		}
		row = (unsigned long long *)(value + off);
		for (k = 0; k < (int)(size / 8); k++)
			if (k % STATS_ROW < STATS_USED)
				sum[k % STATS_ROW] += row[k];
		printf("answered %llu dropped %llu fallback %llu (slow path "
		       "%llu, record busy %llu) bad checksum %llu\n",
		       sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
		if (csize)
			print_mode((unsigned char *)value + coff);
		free(value);
		close(fd);
		closedir(dir);
		return 0;
	}
	closedir(dir);
	fprintf(stderr, "process %s has no koffload offload\n", argv[1]);
	return 1;
}
