/* An IPv6 UDP echo server bound to in6addr_any. */
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 5683

int main(void) {
  int fd = socket(AF_INET6, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  int off = 0;
  setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off));
  struct sockaddr_in6 addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin6_family = AF_INET6;
  addr.sin6_addr = in6addr_any;
  addr.sin6_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char buf[1280];
  for (;;) {
    if (poll(&pfd, 1, -1) < 0) {
      perror("poll");
      break;
    }
    struct sockaddr_in6 peer;
    socklen_t plen = sizeof(peer);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                         &plen);
    if (n < 0)
      continue;
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
  }
  close(fd);
  return 1;
}
