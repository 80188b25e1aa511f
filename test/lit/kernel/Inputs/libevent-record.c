/* Per-client request statistics (as udp-record.c) in a libevent callback:
 * a record of two words, both updated on every request, and a reply that
 * depends on them: the record protocol. The callback returns to
 * event_base_dispatch, whose wait is in libevent: a request userspace
 * handles releases the record's sequence word when the callback returns.
 * libevent's prototypes are declared here. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

struct event_base;
struct event;
struct timeval;
typedef void (*event_callback_fn)(int, short, void *);
struct event_base *event_base_new(void);
struct event *event_new(struct event_base *, int, short, event_callback_fn,
			void *);
int event_add(struct event *, const struct timeval *);
int event_base_dispatch(struct event_base *);

#define PORT 9200
#define LIMIT 3

struct client {
	uint64_t requests;
	uint64_t bytes;
};

struct client clients[16];

static void on_read(int fd, short what, void *arg)
{
	unsigned char buf[64];
	struct sockaddr_in src;
	socklen_t len = sizeof(src);
	ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
			     &len);
	struct client *c;
	char out;

	(void)what;
	(void)arg;
	if (n <= 0)
		return;
	c = &clients[buf[0] & 15];
	c->requests++;
	c->bytes += (uint64_t)n;
	out = c->requests > LIMIT ? 'N' : 'Y';
	sendto(fd, &out, 1, 0, (struct sockaddr *)&src, len);
}

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct event_base *base;

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(PORT);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	base = event_base_new();
	event_add(event_new(base, fd, 0x12, on_read, NULL), NULL);
	return event_base_dispatch(base);
}
