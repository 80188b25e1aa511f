/* Answers a single datagram and exits: there is no event loop. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(6100);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  char buf[512];
  struct sockaddr_in src;
  socklen_t len = sizeof(src);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
  close(fd);
  return 0;
}
