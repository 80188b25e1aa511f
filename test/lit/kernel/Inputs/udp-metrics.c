/* A metrics sink in the idiom of statsd-like receivers: each datagram is
 * "<kind>:<value>", kind a digit; the sink adds the value to the kind's
 * total and counts it, and sends nothing back. The loop waits in select()
 * first, as small public syslog and metrics receivers do. A malformed
 * datagram is logged and dropped by userspace. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>

unsigned long counts[10];
unsigned long totals[10];

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in me;
	fd_set ready;

	memset(&me, 0, sizeof(me));
	me.sin_family = AF_INET;
	me.sin_port = htons(8125);
	if (bind(s, (struct sockaddr *)&me, sizeof(me)) == -1)
		return 1;
	while (1) {
		unsigned char msg[64];
		unsigned long value = 0;
		ssize_t n, i;
		int kind;

		FD_ZERO(&ready);
		FD_SET(s, &ready);
		if (select(s + 1, &ready, NULL, NULL, NULL) <= 0)
			break;
		n = recv(s, msg, sizeof(msg), 0);
		if (n < 3 || msg[0] < '0' || msg[0] > '9' || msg[1] != ':') {
			fprintf(stderr, "malformed metric (%zd bytes)\n", n);
			continue;
		}
		kind = msg[0] - '0';
		for (i = 2; i < n && msg[i] >= '0' && msg[i] <= '9'; i++)
			value = value * 10 + (msg[i] - '0');
		counts[kind]++;
		totals[kind] += value;
	}
	return 0;
}
