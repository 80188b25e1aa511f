/* A counter service that logs through functions of its own, as servers
 * do: log_msg() is variadic with a level test first (vsyslog only when
 * the level is enabled), and trace_packet() is a hex dump of the request,
 * unrolled far over the planner's inlining budget, that returns at once
 * unless tracing was switched on at start-up. Neither can be inlined, but
 * with logging at its default level both return without doing anything. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static int log_level = LOG_WARNING; /* -v raises it, at start-up only */
static int tracing;                 /* -t, at start-up only */

static void log_msg(int level, const char *fmt, ...) {
  if (level > log_level)
    return;
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

#define HEX(i) fprintf(stderr, "%02x%c", p[i], (i) % 16 == 15 ? '\n' : ' ');
#define HEX8(i) HEX(i) HEX(i + 1) HEX(i + 2) HEX(i + 3) HEX(i + 4) HEX(i + 5) HEX(i + 6) HEX(i + 7)
#define HEX64(i) HEX8(i) HEX8(i + 8) HEX8(i + 16) HEX8(i + 24) HEX8(i + 32) HEX8(i + 40) HEX8(i + 48) HEX8(i + 56)

static void trace_packet(const unsigned char *p) {
  if (!tracing)
    return;
  HEX64(0) HEX64(64) HEX64(128) HEX64(192)
  HEX64(256) HEX64(320) HEX64(384) HEX64(448)
}

struct request {
  uint32_t key;
  uint32_t pad[127];
};

static uint64_t counts[1024];

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "-v") == 0)
    log_level = LOG_DEBUG;
  if (argc > 1 && strcmp(argv[1], "-t") == 0)
    tracing = 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7700);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  for (;;) {
    struct request req;
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, &req, sizeof(req), 0, (struct sockaddr *)&cli,
                         &len);
    if (n < (ssize_t)sizeof(req))
      continue;
    log_msg(LOG_DEBUG, "request for key %u", req.key);
    trace_packet((const unsigned char *)&req);
    uint64_t c = ++counts[req.key % 1024];
    sendto(fd, &c, sizeof(c), 0, (struct sockaddr *)&cli, len);
  }
}
