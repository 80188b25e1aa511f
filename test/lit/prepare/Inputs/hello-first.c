/* A server that reads a 4-byte hello before its loop, then serves
 * requests as in DINT's idiom: at -O1 the loop's inlined receive is also
 * copied in front of the rotated loop, right after the hello's receive.
 * Only that copy is the loop's; the hello is a receive of its own. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static inline void net_recv(int fd, char *msg, struct sockaddr_in *addr) {
  socklen_t len = sizeof(*addr);
  if (recvfrom(fd, msg, 32, 0, (struct sockaddr *)addr, &len) < 0)
    exit(1);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in servaddr;
  memset(&servaddr, 0, sizeof(servaddr));
  servaddr.sin_family = AF_INET;
  servaddr.sin_port = htons(20240);
  if (bind(fd, (const struct sockaddr *)&servaddr, sizeof(servaddr)) < 0)
    return 1;
  char hello[4], msg[32];
  struct sockaddr_in client;
  socklen_t hlen = sizeof(client);
  if (recvfrom(fd, hello, sizeof(hello), 0, (struct sockaddr *)&client,
               &hlen) != 4)
    return 1;
  while (1) {
    net_recv(fd, msg, &client);
    msg[0] ^= 1;
    sendto(fd, msg, sizeof(msg), 0, (struct sockaddr *)&client,
           sizeof(client));
  }
}
