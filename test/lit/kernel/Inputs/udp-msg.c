/* A UDP echo server written with recvmsg/sendmsg and one iovec; a reply to
 * a datagram longer than the buffer (MSG_TRUNC) starts with '!'. With
 * -DTWO_IOVECS the datagram is read into two buffers. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9200);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char buf[256];
		struct sockaddr_in peer;
#ifdef TWO_IOVECS
		char more[256];
		struct iovec iov[2] = { { buf, sizeof(buf) },
					{ more, sizeof(more) } };
#else
		struct iovec iov[1] = { { buf, sizeof(buf) } };
#endif
		struct msghdr msg;
		ssize_t n;

		memset(&msg, 0, sizeof(msg));
		msg.msg_name = &peer;
		msg.msg_namelen = sizeof(peer);
		msg.msg_iov = iov;
		msg.msg_iovlen = sizeof(iov) / sizeof(iov[0]);
		n = recvmsg(fd, &msg, 0);
		if (n <= 0)
			continue;
		if (msg.msg_flags & MSG_TRUNC)
			buf[0] = '!';
		iov[0].iov_len = (size_t)n;
		msg.msg_iovlen = 1;
		sendmsg(fd, &msg, 0);
	}
}
