/* The port goes through a local variable and a global constant before it
   reaches sin_port. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const unsigned short default_port = 6970;

int main(void) {
  unsigned short port = default_port;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  printf("listening on udp port %u\n", port);
  char buf[256];
  struct sockaddr_in peer;
  socklen_t plen;
  for (;;) {
    plen = sizeof(peer);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                         &plen);
    if (n > 0)
      sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
  }
}
