/* A UDP echo server whose address family is chosen at run time, in the
   three ways public servers do it: a ternary on a command-line flag, a
   helper that gets the family as a parameter, and getaddrinfo() with
   AF_UNSPEC hints whose result's ai_family goes to socket(). */
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 6000

static int open_udp(int family) {
  int fd = socket(family, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  return fd;
}

static int open_any(void) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_PASSIVE;
  if (getaddrinfo(NULL, "6002", &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0)
    bind(fd, res->ai_addr, res->ai_addrlen);
  freeaddrinfo(res);
  return fd;
}

int main(int argc, char **argv) {
  int v6 = argc > 1 && strcmp(argv[1], "-6") == 0;
  int fd = socket(v6 ? PF_INET6 : PF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return 1;
  if (v6) {
    struct sockaddr_in6 a6;
    memset(&a6, 0, sizeof(a6));
    a6.sin6_family = AF_INET6;
    a6.sin6_port = htons(PORT);
    bind(fd, (struct sockaddr *)&a6, sizeof(a6));
  } else {
    struct sockaddr_in a4;
    memset(&a4, 0, sizeof(a4));
    a4.sin_family = AF_INET;
    a4.sin_port = htons(PORT);
    bind(fd, (struct sockaddr *)&a4, sizeof(a4));
  }
  int other = open_udp(argc > 2 ? AF_INET6 : AF_INET);
  int any = open_any();
  struct pollfd pfd[3] = {{fd, POLLIN, 0}, {other, POLLIN, 0}, {any, POLLIN, 0}};
  char buf[512];
  for (;;) {
    if (poll(pfd, 3, -1) < 0)
      continue;
    for (int i = 0; i < 3; i++) {
      if (!(pfd[i].revents & POLLIN))
        continue;
      struct sockaddr_storage peer;
      socklen_t len = sizeof(peer);
      ssize_t n = recvfrom(pfd[i].fd, buf, sizeof(buf), 0,
                           (struct sockaddr *)&peer, &len);
      if (n > 0)
        sendto(pfd[i].fd, buf, n, 0, (struct sockaddr *)&peer, len);
    }
  }
}
