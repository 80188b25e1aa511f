/* Where the working copy must not move or guard anything: the client's
 * address is formatted into ip[] for the reply as well as for the verbose
 * log line (a use on every request); into ip2[] before the address is
 * overwritten by a redirect (moving the call would format the new one);
 * and counted_log() counts every call before its test (the test has a side
 * effect in front of it, so skipping the call would lose the count). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int verbose;
static unsigned log_count, log_limit = 100;

static void counted_log(const char *fmt, ...) {
  log_count++;
  if (log_count > log_limit)
    return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stdout, fmt, ap);
  va_end(ap);
}

struct request {
  uint32_t key;
  uint32_t redirect;
};

struct reply {
  uint32_t key;
  char who[INET_ADDRSTRLEN];
};

int main(int argc, char **argv) {
  verbose = argc > 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7900);
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
    char ip[INET_ADDRSTRLEN], ip2[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &cli.sin_addr, ip, sizeof(ip));
    inet_ntop(AF_INET, &cli.sin_addr, ip2, sizeof(ip2));
    if (req.redirect)
      cli.sin_addr.s_addr = req.redirect;
    if (verbose)
      printf("%s via %s\n", ip2, ip);
    counted_log("key %u\n", req.key);
    struct reply r;
    r.key = req.key;
    memcpy(r.who, ip, sizeof(r.who));
    sendto(fd, &r, sizeof(r), 0, (struct sockaddr *)&cli, len);
  }
}
