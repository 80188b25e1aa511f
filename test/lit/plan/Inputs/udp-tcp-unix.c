/* A memcached-like server: one poll loop over a UDP socket, a TCP
 * listener's connections and a unix datagram socket; every readable fd
 * but the listener goes through the same handler, which counts the
 * request and echoes it to its source. */
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <unistd.h>

static unsigned long hits;

static void serve(int fd) {
  char buf[512];
  struct sockaddr_storage src;
  socklen_t len = sizeof(src);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
  if (n <= 0)
    return;
  hits++;
  sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
}

int main(void) {
  struct sockaddr_in in = {0};
  in.sin_family = AF_INET;
  in.sin_port = htons(11311);
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  bind(udp, (struct sockaddr *)&in, sizeof(in));
  int lst = socket(AF_INET, SOCK_STREAM, 0);
  bind(lst, (struct sockaddr *)&in, sizeof(in));
  listen(lst, 16);
  struct sockaddr_un un = {0};
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path + 1, "kv-ctl"); /* abstract: per network namespace */
  int ctl = socket(AF_UNIX, SOCK_DGRAM, 0);
  bind(ctl, (struct sockaddr *)&un, sizeof(un));

  struct pollfd fds[64];
  int nfds = 3;
  fds[0].fd = udp;
  fds[1].fd = lst;
  fds[2].fd = ctl;
  for (int i = 0; i < 3; i++)
    fds[i].events = POLLIN;
  for (;;) {
    if (poll(fds, nfds, -1) < 0)
      continue;
    for (int i = 0; i < nfds; i++) {
      if (!(fds[i].revents & POLLIN))
        continue;
      if (fds[i].fd == lst) {
        int c = accept(lst, 0, 0);
        if (c >= 0 && nfds < 64) {
          fds[nfds].fd = c;
          fds[nfds].events = POLLIN;
          nfds++;
        }
        continue;
      }
      serve(fds[i].fd);
    }
  }
}
