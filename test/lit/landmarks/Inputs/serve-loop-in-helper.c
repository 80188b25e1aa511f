/* The event loop lives in a helper, serve(), that main() calls once the
   socket is bound. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static uint64_t hits;

static void serve(int fd) {
  char buf[512];
  for (;;) {
    struct sockaddr_in cli;
    socklen_t cl = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &cl);
    if (n <= 0)
      continue;
    hits++;
    uint64_t v = htonl((uint32_t)hits);
    sendto(fd, &v, sizeof(v), 0, (struct sockaddr *)&cli, cl);
  }
}

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(8125);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    close(fd);
    return 1;
  }
  serve(fd);
  return 0;
}
