/* A global pointer to a string literal, never stored to after its
   initializer: what it points to is constant data, not the heap. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static const char *pong = "pong";

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7400);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    char buf[64];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &len) < 1)
      continue;
    if (buf[0] == pong[0])
      sendto(fd, pong, 4, 0, (struct sockaddr *)&cli, len);
  }
}
