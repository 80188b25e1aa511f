// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-peer.c - a connected socket's peer, for the offload
 * (koffload_rt_connecting/koffload_rt_connected, koffload-rt.h).
 *
 * A connected UDP socket receives only its peer's datagrams; the offload
 * of such a socket answers only those (struct koffload_service, peer). The
 * user side calls these around each connect() of the socket: before it,
 * the peer's port is cleared (nothing answered while the connection
 * changes); after it, getpeername() says the new peer, written address
 * first and port last, or nothing (a failed connect, or AF_UNSPEC, which
 * dissolves it): the port stays 0.
 */
#include "koffload-rt.h"

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static struct koffload_service *connected_service(int fd)
{
	struct koffload_rt *rt = koffload_rt_split_of(fd);
	struct koffload_service *service;
	size_t size;

	if (!rt)
		return NULL;
	service = koffload_rt_global(rt, KOFFLOAD_SERVICE_GLOBAL, &size);
	return service && size == sizeof(*service) ? service : NULL;
}

void koffload_rt_connecting(int fd)
{
	struct koffload_service *service = connected_service(fd);

	if (service)
		__atomic_store_n(&service->peer_port, 0, __ATOMIC_RELEASE);
}

void koffload_rt_connected(int fd)
{
	struct koffload_service *service = connected_service(fd);
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (!service || getpeername(fd, (struct sockaddr *)&ss, &len))
		return;
	memset(service->peer, 0, sizeof(service->peer));
	if (ss.ss_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)&ss;

		memcpy(service->peer, &in->sin_addr, 4);
		__atomic_store_n(&service->peer_port, in->sin_port,
				 __ATOMIC_RELEASE);
	} else if (ss.ss_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const void *)&ss;

		memcpy(service->peer, &in6->sin6_addr, 16);
		__atomic_store_n(&service->peer_port, in6->sin6_port,
				 __ATOMIC_RELEASE);
	}
}
