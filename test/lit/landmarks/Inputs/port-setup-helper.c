/* Socket setup in a helper that takes the port as a parameter:
   open_udp(9000). */
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

static void echo(int fd) {
  char buf[1024];
  struct sockaddr_in from;
  socklen_t fl = sizeof(from);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fl);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&from, fl);
}

int main(void) {
  int fd = open_udp(9000);
  if (fd < 0) {
    perror("open_udp");
    return EXIT_FAILURE;
  }
  struct pollfd p = {fd, POLLIN, 0};
  for (;;) {
    int r = poll(&p, 1, -1);
    if (r > 0 && (p.revents & POLLIN))
      echo(fd);
  }
}
