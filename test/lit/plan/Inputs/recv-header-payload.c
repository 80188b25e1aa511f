/* recvmsg into a header struct and a payload buffer; sendmsg of both. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

struct hdr { uint32_t id; uint16_t op; uint16_t len; };

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9301);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		struct hdr h;
		char payload[512];
		struct sockaddr_in peer;
		struct iovec iov[2] = { { &h, sizeof(h) }, { payload, sizeof(payload) } };
		struct msghdr msg;
		ssize_t n;

		memset(&msg, 0, sizeof(msg));
		msg.msg_name = &peer;
		msg.msg_namelen = sizeof(peer);
		msg.msg_iov = iov;
		msg.msg_iovlen = 2;
		n = recvmsg(fd, &msg, 0);
		if (n < (ssize_t)sizeof(h))
			continue;
		h.op = h.op + 1;
		iov[1].iov_len = (size_t)n - sizeof(h);
		sendmsg(fd, &msg, 0);
	}
}
