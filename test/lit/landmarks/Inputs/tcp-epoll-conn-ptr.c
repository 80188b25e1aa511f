/* An epoll TCP server that keeps per-connection state on the heap and
   registers a pointer to it (ev.data.ptr), the usual way to find a
   connection's buffer when it becomes readable. The listener is registered
   with data.ptr = NULL. */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn {
  int fd;
  size_t used;
  char buf[2048];
};

static int epfd;

static void conn_free(struct conn *c) {
  epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
  free(c);
}

static void on_data(struct conn *c) {
  ssize_t n = read(c->fd, c->buf, sizeof(c->buf));
  if (n <= 0) {
    if (n < 0 && errno == EAGAIN)
      return;
    conn_free(c);
    return;
  }
  c->used = (size_t)n;
  if (write(c->fd, c->buf, c->used) < 0)
    conn_free(c);
}

static void on_connect(int lfd) {
  int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
  if (fd < 0)
    return;
  struct conn *c = calloc(1, sizeof(*c));
  if (!c) {
    close(fd);
    return;
  }
  c->fd = fd;
  struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0)
    conn_free(c);
}

int main(void) {
  int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(6380);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
      listen(lfd, SOMAXCONN) < 0) {
    perror("listen");
    return 1;
  }
  epfd = epoll_create1(0);
  struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL};
  epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev);
  struct epoll_event events[64];
  for (;;) {
    int n = epoll_wait(epfd, events, 64, -1);
    for (int i = 0; i < n; i++) {
      struct conn *c = events[i].data.ptr;
      if (c == NULL)
        on_connect(lfd);
      else
        on_data(c);
    }
  }
}
