/* The port comes from the command line, so it is not known at compile
   time. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PORT\n", argv[0]);
    return 2;
  }
  int port = atoi(argv[1]);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  addr.sin_port = htons((unsigned short)port);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  char buf[512];
  for (;;) {
    struct sockaddr_in c;
    socklen_t cl = sizeof(c);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&c, &cl);
    if (n > 0)
      sendto(fd, buf, n, 0, (struct sockaddr *)&c, cl);
  }
}
