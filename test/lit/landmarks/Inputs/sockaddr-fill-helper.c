/* The sockaddr is filled by a helper, fill_addr(&addr, "198.18.0.3",
   6464), and bound in main; the address string reaches inet_pton()
   through the helper's parameter. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int fill_addr(struct sockaddr_in *a, const char *ip, uint16_t port) {
  memset(a, 0, sizeof(*a));
  a->sin_family = AF_INET;
  a->sin_port = htons(port);
  return inet_pton(AF_INET, ip, &a->sin_addr) == 1 ? 0 : -1;
}

int main(void) {
  struct sockaddr_in addr;
  if (fill_addr(&addr, "198.18.0.3", 6464) < 0) {
    fprintf(stderr, "bad address\n");
    return 1;
  }
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("socket/bind");
    return 1;
  }
  char buf[512];
  for (;;) {
    struct sockaddr_in peer;
    socklen_t pl = sizeof(peer);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &pl);
    if (n > 0)
      sendto(fd, buf, n, 0, (struct sockaddr *)&peer, pl);
  }
}
