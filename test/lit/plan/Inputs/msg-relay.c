/* A UDP relay on recvmsg/sendmsg: "E..." is echoed to the client with the
 * msghdr it came in; anything else is forwarded to a fixed backend
 * (another msghdr whose msg_name is the backend's address). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

struct sockaddr_in backend;

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7600);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  backend.sin_family = AF_INET;
  backend.sin_port = htons(7601);
  backend.sin_addr.s_addr = htonl(0x7f000001);
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char buf[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    struct iovec iov = {.iov_base = buf, .iov_len = sizeof(buf)};
    struct msghdr in;
    memset(&in, 0, sizeof(in));
    in.msg_name = &src;
    in.msg_namelen = sizeof(src);
    in.msg_iov = &iov;
    in.msg_iovlen = 1;
    ssize_t n = recvmsg(fd, &in, 0);
    if (n <= 0)
      continue;
    iov.iov_len = (size_t)n;
    if (buf[0] == 'E') {
      sendmsg(fd, &in, 0);
      continue;
    }
    struct msghdr out;
    memset(&out, 0, sizeof(out));
    out.msg_name = &backend;
    out.msg_namelen = sizeof(backend);
    out.msg_iov = &iov;
    out.msg_iovlen = 1;
    sendmsg(fd, &out, 0);
  }
}
