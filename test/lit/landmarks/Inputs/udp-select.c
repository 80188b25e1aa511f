/* A UDP echo server multiplexed with select(). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 5353

static void reply(int fd) {
  char buf[1500];
  struct sockaddr_in peer;
  socklen_t plen = sizeof(peer);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &plen);
  if (n < 0) {
    perror("recvfrom");
    return;
  }
  if (sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen) < 0)
    perror("sendto");
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr = {0};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(PORT);
  addr.sin_addr.s_addr = INADDR_ANY;
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    close(fd);
    return 1;
  }
  while (1) {
    fd_set rfds;
    FD_ZERO(&rfds);
    FD_SET(fd, &rfds);
    int ready = select(fd + 1, &rfds, NULL, NULL, NULL);
    if (ready < 0) {
      perror("select");
      break;
    }
    if (FD_ISSET(fd, &rfds))
      reply(fd);
  }
  close(fd);
  return 0;
}
