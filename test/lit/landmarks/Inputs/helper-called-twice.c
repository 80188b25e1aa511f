/* Two UDP services opened by the same helper: open_udp(9000) and
   open_udp(9001), served from one poll() loop. */
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int open_udp(uint16_t port) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

static void echo(int fd) {
  char buf[512];
  struct sockaddr_in from;
  socklen_t fl = sizeof(from);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fl);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&from, fl);
}

int main(void) {
  int echo_fd = open_udp(9000);
  int alt_fd = open_udp(9001);
  if (echo_fd < 0 || alt_fd < 0) {
    perror("open_udp");
    return 1;
  }
  struct pollfd fds[2] = {{echo_fd, POLLIN, 0}, {alt_fd, POLLIN, 0}};
  for (;;) {
    if (poll(fds, 2, -1) < 0)
      continue;
    for (int i = 0; i < 2; i++)
      if (fds[i].revents & POLLIN)
        echo(fds[i].fd);
  }
}
