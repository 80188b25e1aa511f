/* A UDP server whose request handler is generated code: a long unrolled
 * mixing function (as a protocol compiler or a crypto library would emit),
 * far beyond the planner's inlining budget. Requests starting with '?' are
 * traced through a printf-like helper of the program's own. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MIX(i) s[(i) % 8] = (s[(i) % 8] ^ p[(i) % 64]) * 0x100000001b3ull + (i);
#define MIX8(i) MIX(i) MIX(i + 1) MIX(i + 2) MIX(i + 3) MIX(i + 4) MIX(i + 5) MIX(i + 6) MIX(i + 7)
#define MIX64(i) MIX8(i) MIX8(i + 8) MIX8(i + 16) MIX8(i + 24) MIX8(i + 32) MIX8(i + 40) MIX8(i + 48) MIX8(i + 56)

char trace_buf[256];

static void trace(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(trace_buf, sizeof(trace_buf), fmt, ap);
  va_end(ap);
}

static uint64_t digest(const unsigned char *p) {
  uint64_t s[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  MIX64(0) MIX64(64) MIX64(128) MIX64(192)
  return s[0] ^ s[1] ^ s[2] ^ s[3] ^ s[4] ^ s[5] ^ s[6] ^ s[7];
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(6500);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    unsigned char buf[512];
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (buf[0] == '?')
      trace("request of %d bytes", (int)n);
    if (n < 64)
      continue;
    uint64_t d = digest(buf);
    sendto(fd, &d, sizeof(d), 0, (struct sockaddr *)&src, len);
  }
}
