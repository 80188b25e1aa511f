/* A UDP service that checks a request's 16-byte header with a fixed-size
 * XOR, sums the payload byte by byte, and answers "<sum> <len>" where len
 * is a decimal number parsed out of the header. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define HDR 16

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7100);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  unsigned char buf[1500];
  unsigned char reply[64];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&src,
                         &len);
    if (n < HDR)
      continue;
    unsigned char x = 0;
    for (int i = 0; i < HDR; i++)
      x ^= buf[i];
    if (x != 0)
      continue;
    unsigned sum = 0;
    for (ssize_t i = HDR; i < n; i++)
      sum += buf[i];
    buf[n] = 0;
    unsigned long want = strtoul((const char *)buf + 1, NULL, 10);
    size_t m = strlen((const char *)buf + HDR);
    if (m > sizeof(reply) - 8)
      m = sizeof(reply) - 8;
    memcpy(reply, &sum, 4);
    memcpy(reply + 4, &want, 4);
    memcpy(reply + 8, buf + HDR, m);
    sendto(fd, reply, m + 8, 0, (struct sockaddr *)&src, len);
  }
}
