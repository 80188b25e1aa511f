/* A TCP server on epoll that answers each chunk a client sends with the
 * number of lines in it (4 bytes, network order). Ready events are dispatched in a loop over
 * epoll_wait's results; a connection's fd comes from its event. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_EVENTS 32

int main(void) {
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7300);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
      listen(lfd, 64) < 0)
    return 1;
  int epfd = epoll_create1(0);
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = lfd};
  epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev);
  struct epoll_event events[MAX_EVENTS];
  char buf[2048];
  for (;;) {
    int n = epoll_wait(epfd, events, MAX_EVENTS, -1);
    for (int i = 0; i < n; i++) {
      int fd = events[i].data.fd;
      if (fd == lfd) {
        int conn = accept(lfd, NULL, NULL);
        if (conn >= 0) {
          struct epoll_event cev = {.events = EPOLLIN, .data.fd = conn};
          epoll_ctl(epfd, EPOLL_CTL_ADD, conn, &cev);
        }
        continue;
      }
      ssize_t r = read(fd, buf, sizeof(buf));
      if (r <= 0) {
        close(fd);
        continue;
      }
      unsigned lines = 0;
      for (ssize_t j = 0; j < r; j++)
        lines += buf[j] == '\n';
      uint32_t count = htonl(lines);
      write(events[i].data.fd, &count, sizeof(count));
    }
  }
}
