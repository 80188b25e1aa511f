/* A UDP echo server whose family is a command-line choice: IPv6 with -6,
 * IPv4 otherwise; port 7050 either way. With -6 the socket is dual-stack
 * (IPV6_V6ONLY off): IPv4 clients reach it with v4-mapped addresses. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(int argc, char **argv) {
  int v6 = argc > 1 && strcmp(argv[1], "-6") == 0;
  int fd = socket(v6 ? PF_INET6 : PF_INET, SOCK_DGRAM, 0);
  if (v6) {
    struct sockaddr_in6 a6;
    memset(&a6, 0, sizeof(a6));
    a6.sin6_family = AF_INET6;
    a6.sin6_port = htons(7050);
    a6.sin6_addr = in6addr_any;
    bind(fd, (struct sockaddr *)&a6, sizeof(a6));
  } else {
    struct sockaddr_in a;
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons(7050);
    bind(fd, (struct sockaddr *)&a, sizeof(a));
  }
  for (;;) {
    char buf[256];
    struct sockaddr_storage src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (n <= 0)
      continue;
    sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
  }
}
