/* The request buffer is a field of a local struct (GLOBAL: a global one). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

struct req { int fd; struct sockaddr_in peer; socklen_t len; char data[1024]; };
#ifdef GLOBAL
static struct req r;
#endif

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9303);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
#ifndef GLOBAL
		struct req r;
#endif
		ssize_t n;
		r.len = sizeof(r.peer);
		n = recvfrom(fd, r.data, sizeof(r.data), 0, (struct sockaddr *)&r.peer, &r.len);
		if (n <= 0)
			continue;
		if (r.data[0] == '?')
			r.data[0] = '!';
		sendto(fd, r.data, (size_t)n, 0, (struct sockaddr *)&r.peer, r.len);
	}
}
