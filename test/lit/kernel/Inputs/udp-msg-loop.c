/* recvmsg and sendmsg on one msghdr set up before each receive, with a
   loop between them (a byte sum): the reply's msghdr fields are those
   stored before the receive, on every way round the loop. Replies "<sum of
   the request's bytes>" as 4 little-endian bytes from its own buffer. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(9201);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  char req[128], out[4];
  for (;;) {
    struct sockaddr_in peer;
    struct iovec iov;
    struct msghdr mh;
    memset(&mh, 0, sizeof(mh));
    iov.iov_base = req;
    iov.iov_len = sizeof(req);
    mh.msg_name = &peer;
    mh.msg_namelen = sizeof(peer);
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    ssize_t n = recvmsg(fd, &mh, 0);
    if (n <= 0)
      continue;
    uint32_t sum = 0;
    for (ssize_t i = 0; i < n; i++)
      sum += (unsigned char)req[i];
    memcpy(out, &sum, 4);
    iov.iov_base = out;
    iov.iov_len = 4;
    sendmsg(fd, &mh, 0);
  }
}
