/* A non-blocking UDP socket (SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC)
   under edge-triggered epoll, drained until EAGAIN on every wake-up. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(1812);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data = {.fd = fd}};
  if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
    perror("epoll");
    return 1;
  }
  char buf[4096];
  for (;;) {
    struct epoll_event got;
    if (epoll_wait(ep, &got, 1, -1) < 1)
      continue;
    for (;;) {
      struct sockaddr_in peer;
      socklen_t plen = sizeof(peer);
      ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                           &plen);
      if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
          break;
        perror("recvfrom");
        break;
      }
      sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
    }
  }
}
