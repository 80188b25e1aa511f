/* A UDP echo that receives with recvmsg into two iovecs (a 4-byte header
 * and the body) and echoes through the same msghdr. The XDP generator
 * reads a datagram into one iovec only. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7610);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  char head[4], body[508];
  for (;;) {
    struct sockaddr_in src;
    struct iovec iov[2] = {{.iov_base = head, .iov_len = sizeof(head)},
                           {.iov_base = body, .iov_len = sizeof(body)}};
    struct msghdr in;
    memset(&in, 0, sizeof(in));
    in.msg_name = &src;
    in.msg_namelen = sizeof(src);
    in.msg_iov = iov;
    in.msg_iovlen = 2;
    ssize_t n = recvmsg(fd, &in, 0);
    if (n <= 0)
      continue;
    sendmsg(fd, &in, 0);
  }
}
