/* Two record globals the fast path writes and decides on: the offload
 * takes both sequence words; if the second is held, the first must be
 * released on the way out. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

struct pair {
	uint64_t n, total;
};

struct pair first[4], second[4];

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9300);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		unsigned char buf[16];
		struct sockaddr_in src;
		socklen_t len = sizeof(src);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&src, &len);
		struct pair *a, *b;
		char out;

		if (n <= 0)
			continue;
		a = &first[buf[0] & 3];
		b = &second[buf[0] & 3];
		a->n++;
		a->total += (uint64_t)n;
		b->n += a->n > 2;
		b->total += (uint64_t)n;
		out = b->n > 0 ? 'B' : 'A';
		sendto(fd, &out, 1, 0, (struct sockaddr *)&src, len);
	}
}
