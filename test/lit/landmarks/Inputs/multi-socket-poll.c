/* One poll() loop over three sockets: two UDP services on ports 9000 and
   9001, and a TCP service on port 8080 that answers one request per
   connection. */
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void handle_udp(int fd) {
  char buf[1024];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

static void handle_tcp(int lfd) {
  int c = accept(lfd, NULL, NULL);
  if (c < 0)
    return;
  char buf[1024];
  ssize_t n = recv(c, buf, sizeof(buf), 0);
  if (n > 0)
    send(c, buf, n, 0);
  close(c);
}

int main(void) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof(a));
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_ANY);

  int u1 = socket(AF_INET, SOCK_DGRAM, 0);
  a.sin_port = htons(9000);
  if (u1 < 0 || bind(u1, (struct sockaddr *)&a, sizeof(a)) < 0) {
    perror("udp 9000");
    exit(1);
  }
  int u2 = socket(AF_INET, SOCK_DGRAM, 0);
  a.sin_port = htons(9001);
  if (u2 < 0 || bind(u2, (struct sockaddr *)&a, sizeof(a)) < 0) {
    perror("udp 9001");
    exit(1);
  }
  int t = socket(AF_INET, SOCK_STREAM, 0);
  a.sin_port = htons(8080);
  if (t < 0 || bind(t, (struct sockaddr *)&a, sizeof(a)) < 0 ||
      listen(t, 32) < 0) {
    perror("tcp 8080");
    exit(1);
  }

  struct pollfd pfds[3] = {
      {.fd = u1, .events = POLLIN},
      {.fd = u2, .events = POLLIN},
      {.fd = t, .events = POLLIN},
  };
  while (1) {
    if (poll(pfds, 3, 1000) <= 0)
      continue;
    if (pfds[0].revents & POLLIN)
      handle_udp(u1);
    if (pfds[1].revents & POLLIN)
      handle_udp(u2);
    if (pfds[2].revents & POLLIN)
      handle_tcp(t);
  }
}
