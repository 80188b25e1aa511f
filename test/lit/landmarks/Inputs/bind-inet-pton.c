/* A TCP server bound to one address given with inet_pton(), and an IPv6
   UDP socket bound to a literal IPv6 address, in one poll() loop. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void fail(const char *msg) {
  perror(msg);
  exit(1);
}

int main(void) {
  int t = socket(AF_INET, SOCK_STREAM, 0);
  if (t < 0)
    fail("socket");
  struct sockaddr_in v4;
  memset(&v4, 0, sizeof(v4));
  v4.sin_family = AF_INET;
  v4.sin_port = htons(1883);
  if (inet_pton(AF_INET, "198.18.0.2", &v4.sin_addr) != 1)
    fail("inet_pton");
  if (bind(t, (struct sockaddr *)&v4, sizeof(v4)) < 0 || listen(t, 4) < 0)
    fail("bind");

  int u = socket(AF_INET6, SOCK_DGRAM, 0);
  if (u < 0)
    fail("socket6");
  struct sockaddr_in6 v6;
  memset(&v6, 0, sizeof(v6));
  v6.sin6_family = AF_INET6;
  v6.sin6_port = htons(1884);
  if (inet_pton(AF_INET6, "2001:db8::7", &v6.sin6_addr) != 1)
    fail("inet_pton6");
  if (bind(u, (struct sockaddr *)&v6, sizeof(v6)) < 0)
    fail("bind6");

  struct pollfd fds[2] = {{t, POLLIN, 0}, {u, POLLIN, 0}};
  char buf[256];
  for (;;) {
    if (poll(fds, 2, -1) < 0)
      fail("poll");
    if (fds[0].revents & POLLIN) {
      int c = accept(t, NULL, NULL);
      if (c >= 0) {
        ssize_t n = recv(c, buf, sizeof(buf), 0);
        if (n > 0)
          send(c, buf, n, 0);
        close(c);
      }
    }
    if (fds[1].revents & POLLIN) {
      struct sockaddr_in6 p;
      socklen_t pl = sizeof(p);
      ssize_t n = recvfrom(u, buf, sizeof(buf), 0, (struct sockaddr *)&p, &pl);
      if (n > 0)
        sendto(u, buf, n, 0, (struct sockaddr *)&p, pl);
    }
  }
}
