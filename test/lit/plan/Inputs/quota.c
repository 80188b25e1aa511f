/* A UDP token service with a global quota: every request takes a token; once
 * the quota is spent, the overflow is recorded in a file and the client is
 * told to back off. Whether a request falls back depends on the counter it
 * has just incremented. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define QUOTA 100000

unsigned long tokens_used;

static void handle(int fd) {
  char buf[256];
  struct sockaddr_in src;
  socklen_t len = sizeof(src);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
  if (n <= 0)
    return;
  tokens_used++;
  if (tokens_used > QUOTA) {
    FILE *f = fopen("/var/log/tokend.overflow", "a");
    if (f) {
      fprintf(f, "over quota: %lu\n", tokens_used);
      fclose(f);
    }
    sendto(fd, "BACKOFF", 7, 0, (struct sockaddr *)&src, len);
    return;
  }
  sendto(fd, "TOKEN", 5, 0, (struct sockaddr *)&src, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(4041);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  for (;;)
    if (poll(&pfd, 1, -1) > 0 && (pfd.revents & POLLIN))
      handle(fd);
}
