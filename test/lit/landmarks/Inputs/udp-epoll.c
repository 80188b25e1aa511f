/* A UDP key lookup server driven by epoll. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 11211
#define MAX_EVENTS 32

static char table[256][64];

static void serve_one(int fd) {
  char req[128];
  struct sockaddr_in client;
  socklen_t clen = sizeof(client);
  ssize_t n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&client,
                       &clen);
  if (n < 1)
    return;
  unsigned char key = (unsigned char)req[0];
  sendto(fd, table[key], strlen(table[key]), 0, (struct sockaddr *)&client,
         clen);
}

int main(void) {
  int sock = socket(AF_INET, SOCK_DGRAM, 0);
  if (sock == -1) {
    perror("socket");
    exit(1);
  }
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  sa.sin_port = htons(PORT);
  if (bind(sock, (struct sockaddr *)&sa, sizeof(sa)) == -1) {
    perror("bind");
    exit(1);
  }
  int ep = epoll_create1(0);
  if (ep == -1) {
    perror("epoll_create1");
    exit(1);
  }
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = sock};
  if (epoll_ctl(ep, EPOLL_CTL_ADD, sock, &ev) == -1) {
    perror("epoll_ctl");
    exit(1);
  }
  struct epoll_event events[MAX_EVENTS];
  for (;;) {
    int nfds = epoll_wait(ep, events, MAX_EVENTS, -1);
    if (nfds == -1) {
      perror("epoll_wait");
      continue;
    }
    for (int i = 0; i < nfds; i++)
      if (events[i].events & EPOLLIN)
        serve_one(events[i].data.fd);
  }
}
