/* Libc calls the planner and the BPF libc must agree on (KernelModel.cpp):
 * isblank, strtol run in the kernel; -DCOPY builds the reply with strcpy,
 * which the BPF libc lacks; -DSPAN_SET=<set>: strspn, whose set must be a
 * literal (made a bit map at compile time). BASE is strtol's base (0 takes
 * C23's "0b" under __isoc23_strtol, which the BPF libc does not parse). */
#include <ctype.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#ifndef BASE
#define BASE 10
#endif

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7410);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[64], out[8];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		if ((isblank)(req[0])) /* the function, not the table macro */
			continue;
		long v = strtol(req, NULL, BASE);
#ifdef COPY
		strcpy(out, v ? "yes" : "no");
#else
		out[0] = v ? 'y' : 'n';
		out[1] = '\0';
#endif
#ifdef SPAN_SET
		if (strspn(req, SPAN_SET) > 3)
			continue;
#endif
#ifdef FIND /* strstr: a literal needle of at most 8 bytes */
		if (!strstr(req, FIND))
			continue;
#endif
		sendto(fd, out, strlen(out), 0, (struct sockaddr *)&peer, plen);
	}
}
