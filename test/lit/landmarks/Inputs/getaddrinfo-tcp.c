/* A TCP line server set up with getaddrinfo() for any family (AF_UNSPEC)
   on a numeric port, serving one connection at a time. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *const service = "8080";

static int listen_on(const char *port) {
  struct addrinfo hints, *res, *ai;
  int fd = -1;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  if (getaddrinfo(NULL, port, &hints, &res) != 0)
    return -1;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0)
      continue;
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 64) == 0)
      break;
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int main(void) {
  int lfd = listen_on(service);
  if (lfd < 0) {
    perror("listen_on");
    return 1;
  }
  char line[512];
  for (;;) {
    int c = accept(lfd, NULL, NULL);
    if (c < 0)
      continue;
    ssize_t n;
    while ((n = recv(c, line, sizeof(line), 0)) > 0)
      send(c, line, n, 0);
    close(c);
  }
}
