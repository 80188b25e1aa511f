/* Per-client request statistics: a record of two words, both updated on
 * every request, and a reply that depends on them. The fast path writes
 * the record and decides on its value: the record protocol. With
 * -DPOINTER_IN_DATA the table's address is also stored in a global. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#define PORT 9100
#define LIMIT 3

struct client {
	uint64_t requests;
	uint64_t bytes;
};

struct client clients[16];
#ifdef POINTER_IN_DATA
/* The table's address in data: no pointer the split redirects reaches it. */
struct client *first_client = &clients[0];
#endif

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(PORT);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		unsigned char buf[64];
		struct sockaddr_in src;
		socklen_t len = sizeof(src);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&src, &len);
		struct client *c;
		char out;

		if (n <= 0)
			continue;
		c = &clients[buf[0] & 15];
		c->requests++;
		c->bytes += (uint64_t)n;
		out = c->requests > LIMIT ? 'N' : 'Y';
		sendto(fd, &out, 1, 0, (struct sockaddr *)&src, len);
	}
}
