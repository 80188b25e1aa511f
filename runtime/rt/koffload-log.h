/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-log.h - the runtime's side of recorded log calls (internal to
 * runtime/rt; koffload_rt_log_sites() is in koffload-rt.h).
 */
#ifndef KOFFLOAD_LOG_H
#define KOFFLOAD_LOG_H

struct bpf_object;

/*
 * When the loaded offload has a log ring buffer (KOFFLOAD_LOG_MAP): read
 * it from a thread of its own and replay each entry through the split
 * program's table (koffload_rt_log_sites), and drain it at exit.  0 (also
 * when the offload logs nothing), or -errno with `why` set: the offload
 * must not answer requests whose lines no one would print.
 */
int koffload_log_start(struct bpf_object *obj, char *why, unsigned long len);

#endif /* KOFFLOAD_LOG_H */
