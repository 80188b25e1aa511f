// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-stats - the counters of a running split server's offload: the
 * requests that reached the service answered in the kernel, consumed
 * without a reply, and fallen back to userspace (the offload's
 * koffload_stats, summed over the CPUs).
 *
 *   koffload-stats PID
 *
 * Finds the process's BPF maps through /proc/PID/fdinfo, and among them the
 * global data map whose BTF has koffload_stats. Needs the rights to read
 * BPF maps by id (root: CAP_SYS_ADMIN). Prints
 * "answered A dropped D fallback F"; exit status 1 when the process has no
 * offload.
 */
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
#define STATS_USED 5

/* Offset and size of STATS_GLOBAL in the map's BTF, or -1. */
static int find_stats(const struct bpf_map_info *info, __u32 *off, __u32 *size)
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
	btf__free(btf);
	return err ? -1 : 0;
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
		__u32 len = sizeof(info), id = 0, off, size, key = 0;
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
		    find_stats(&info, &off, &size) ||
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
		       "%llu, record busy %llu)\n",
		       sum[0], sum[1], sum[2], sum[3], sum[4]);
		free(value);
		close(fd);
		closedir(dir);
		return 0;
	}
	closedir(dir);
	fprintf(stderr, "process %s has no koffload offload\n", argv[1]);
	return 1;
}
