/* A one-shot UDP server: it answers one request and exits, so there is
   no event loop to take requests from. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa, cli;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(9403);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  char buf[64];
  socklen_t len = sizeof(cli);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &len);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&cli, len);
  return 0;
}
