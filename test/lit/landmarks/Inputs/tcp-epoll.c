/* A TCP echo server: epoll over the listener and its connections. */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 7777
#define MAX_EVENTS 64

static void die(const char *what) {
  perror(what);
  exit(EXIT_FAILURE);
}

int main(void) {
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    die("socket");
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(PORT);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    die("bind");
  if (listen(lfd, 128) < 0)
    die("listen");

  int epfd = epoll_create1(0);
  if (epfd < 0)
    die("epoll_create1");
  struct epoll_event ev;
  ev.events = EPOLLIN;
  ev.data.fd = lfd;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev) < 0)
    die("epoll_ctl");

  struct epoll_event events[MAX_EVENTS];
  char buf[4096];
  for (;;) {
    int n = epoll_wait(epfd, events, MAX_EVENTS, -1);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      die("epoll_wait");
    }
    for (int i = 0; i < n; i++) {
      if (events[i].data.fd == lfd) {
        int conn = accept(lfd, NULL, NULL);
        if (conn < 0) {
          perror("accept");
          continue;
        }
        ev.events = EPOLLIN;
        ev.data.fd = conn;
        epoll_ctl(epfd, EPOLL_CTL_ADD, conn, &ev);
      } else {
        ssize_t r = read(events[i].data.fd, buf, sizeof(buf));
        if (r <= 0) {
          epoll_ctl(epfd, EPOLL_CTL_DEL, events[i].data.fd, NULL);
          close(events[i].data.fd);
          continue;
        }
        write(events[i].data.fd, buf, r);
      }
    }
  }
}
