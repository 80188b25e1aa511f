/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-tcp.h - the TCP split's runtime, inside the runtime
 * (koffload-tcp.c; the program's calls are in koffload-rt.h, "TCP").
 */
#ifndef KOFFLOAD_TCP_H
#define KOFFLOAD_TCP_H

#include <stddef.h>

struct bpf_object;

/* Whether a loaded object is a TCP offload (its sk_skb verdict). */
int koffload_tcp_is_offload(struct bpf_object *obj);

/* Attach the offload's sk_skb and sk_msg programs to its SOCKHASH and
 * start joining the connections accepted on `listener`.  0, or -errno
 * with the reason in why. */
int koffload_tcp_attach(struct bpf_object *obj, int listener, char *why,
			size_t len);

#endif /* KOFFLOAD_TCP_H */
