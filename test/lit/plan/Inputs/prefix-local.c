/* A reply prefix kept in a local of main, set at start-up from the
   command line, and read by every request: the kernel does not have it. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(int argc, char **argv) {
  char prefix[8];
  memset(prefix, 0, sizeof(prefix));
  strncpy(prefix, argc > 1 ? argv[1] : "OK ", sizeof(prefix) - 1);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7300);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    char buf[64];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
                         (struct sockaddr *)&cli, &len);
    if (n < 4)
      continue;
    memcpy(buf, prefix, 4);
    sendto(fd, buf, n, 0, (struct sockaddr *)&cli, len);
  }
}
