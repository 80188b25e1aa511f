/* A UDP server bound to one address of the host, given with inet_addr(). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LISTEN_ADDR "198.18.0.1"
#define LISTEN_PORT 9999

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(LISTEN_PORT);
  addr.sin_addr.s_addr = inet_addr(LISTEN_ADDR);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind " LISTEN_ADDR);
    return 1;
  }
  char buf[512];
  for (;;) {
    struct sockaddr_in src;
    socklen_t slen = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &slen);
    if (n < 0) {
      perror("recvfrom");
      continue;
    }
    sendto(fd, buf, n, 0, (struct sockaddr *)&src, slen);
  }
}
