/* A UDP echo server built on recvmsg()/sendmsg() with a scatter list. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static const unsigned short listen_port = 6000;

int main(void) {
  int sfd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  if (sfd == -1) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in local = {
      .sin_family = AF_INET,
      .sin_port = htons(listen_port),
      .sin_addr = {.s_addr = htonl(INADDR_ANY)},
  };
  if (bind(sfd, (struct sockaddr *)&local, sizeof(local)) == -1) {
    perror("bind");
    return 1;
  }
  char hdr[8], body[1024];
  struct sockaddr_in peer;
  struct iovec iov[2];
  struct msghdr msg;
  for (;;) {
    iov[0].iov_base = hdr;
    iov[0].iov_len = sizeof(hdr);
    iov[1].iov_base = body;
    iov[1].iov_len = sizeof(body);
    memset(&msg, 0, sizeof(msg));
    msg.msg_name = &peer;
    msg.msg_namelen = sizeof(peer);
    msg.msg_iov = iov;
    msg.msg_iovlen = 2;
    ssize_t n = recvmsg(sfd, &msg, 0);
    if (n < (ssize_t)sizeof(hdr))
      continue;
    iov[1].iov_len = n - sizeof(hdr);
    if (sendmsg(sfd, &msg, 0) == -1)
      perror("sendmsg");
  }
}
