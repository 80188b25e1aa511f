/* A key-count service that formats the client's address for its log line
 * before it knows whether it will log: inet_ntop into a local buffer on
 * every request, read only when verbose logging was asked for at
 * start-up; and inet_ntoa's string, read only by the report of a bad key. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int verbose; /* -v, at start-up only */
static uint64_t counts[1024];

struct request {
  uint32_t key;
};

int main(int argc, char **argv) {
  verbose = argc > 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7800);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  for (;;) {
    struct request req;
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, &req, sizeof(req), 0, (struct sockaddr *)&cli,
                         &len);
    if (n != sizeof(req))
      continue;
    char ip[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &cli.sin_addr, ip, sizeof(ip));
    const char *who = inet_ntoa(cli.sin_addr);
    if (verbose)
      printf("%s asked for key %u\n", ip, req.key);
    if (req.key >= 1024) {
      fprintf(stderr, "bad key %u from %s\n", req.key, who);
      continue;
    }
    uint64_t c = ++counts[req.key];
    sendto(fd, &c, sizeof(c), 0, (struct sockaddr *)&cli, len);
  }
}
