/* A UDP rate-limited echo server. The limits are configured before the
 * event loop; the echo path counts its hits, remembers the last client and
 * checks the client's record in a ban list that the ADMIN command (which
 * logs to a file) updates. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct config {
  unsigned max_len;
  unsigned banned_reply;
};

struct ban {
  unsigned addr;
  unsigned until;
  char reason[24];
};

struct config cfg;
unsigned long echo_hits;
unsigned last_client;
struct ban bans[16];

static void admin(const char *cmd, unsigned addr) {
  FILE *f = fopen("/var/log/echo-admin.log", "a");
  if (f) {
    fputs(cmd, f);
    fclose(f);
  }
  struct ban *b = &bans[addr % 16];
  b->addr = addr;
  b->until = 3600;
  memcpy(b->reason, cmd, sizeof(b->reason));
}

int main(int argc, char **argv) {
  cfg.max_len = argc > 1 ? (unsigned)atoi(argv[1]) : 256;
  cfg.banned_reply = 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7007);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char buf[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&src,
                         &len);
    if (n <= 0 || (size_t)n > cfg.max_len)
      continue;
    buf[n] = 0;
    if (memcmp(buf, "ADMIN ", 6) == 0) {
      admin(buf + 6, src.sin_addr.s_addr);
      continue;
    }
    struct ban *b = &bans[src.sin_addr.s_addr % 16];
    if (b->addr == src.sin_addr.s_addr && b->until && cfg.banned_reply) {
      sendto(fd, b->reason, sizeof(b->reason), 0, (struct sockaddr *)&src,
             len);
      continue;
    }
    last_client = src.sin_addr.s_addr;
    echo_hits++;
    sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
  }
}
