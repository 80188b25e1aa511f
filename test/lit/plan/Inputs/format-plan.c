/* A reply built with snprintf (format-plan.test): FMT and ARGS choose the
 * format and its arguments; -DVAR_FMT picks the format at run time from a
 * table of two literals; -DREQ_FMT takes it from the request; -DSPRINTF_GLOBAL builds the reply with sprintf in a global
 * buffer. Built with -D_FORTIFY_SOURCE=2, glibc's headers make the call
 * __snprintf_chk. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifndef FMT
#define FMT "VALUE %s %u %zu\r\n"
#define ARGS req, (unsigned)n, (size_t)n
#endif

static const char *fmts[2] = {"%d\n", "%x\n"};
static char global_reply[64];

int main(void) {
  struct sockaddr_in addr;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7420);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  for (;;) {
    char req[64], reply[128];
    struct sockaddr_in peer;
    socklen_t plen = sizeof(peer);
    ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
                         (struct sockaddr *)&peer, &plen);
    if (n <= 0)
      continue;
    req[n] = '\0';
#if defined(VAR_FMT)
    int len = snprintf(reply, sizeof(reply), fmts[n & 1], (int)n);
#elif defined(REQ_FMT)
    int len = snprintf(reply, sizeof(reply), req, (int)n);
#elif defined(SPRINTF_GLOBAL)
    int len = sprintf(global_reply, "%d", (int)n);
    memcpy(reply, global_reply, 16);
#else
    int len = snprintf(reply, sizeof(reply), FMT, ARGS);
#endif
    if (len < 0 || len >= (int)sizeof(reply))
      continue;
    sendto(fd, reply, len, 0, (struct sockaddr *)&peer, plen);
  }
}
