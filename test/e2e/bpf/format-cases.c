/* format-cases.c - formatted output cases for the kernel differential test
 * of sprintf/snprintf (format-test.sh, format-diff.py).
 *
 * A UDP server: each request names a case (a constant format), the size
 * snprintf gets, and the arguments (two integers, a char, a width and a
 * precision for '*', two strings); the reply is snprintf's return value
 * and the whole output buffer, filled with '#' first, so every byte
 * written (truncation, the NUL) is compared. koffload splits it: the
 * offload runs each case as its specialised code in the kernel.
 *
 * Built with -DFORMAT_NATIVE it is the reference instead: requests on
 * stdin, replies on stdout, computed by glibc's snprintf.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#define FORMAT_PORT 7950
#define FORMAT_MAGIC 0x31746d66u /* "fmt1" */
#define OUT 100

struct fmt_req {
  uint32_t magic;
  uint32_t op;
  uint32_t size;
  int32_t w, p, c;
  int64_t a, b;
  char s[24];
  char t[24];
};

struct fmt_rep {
  int32_t n;
  char out[OUT];
};

static inline __attribute__((always_inline)) void
handle(const struct fmt_req *rq, struct fmt_rep *rp) {
  int a = (int)rq->a, b = (int)rq->b;
  unsigned ua = (unsigned)rq->a, ub = (unsigned)rq->b;
  int n;
  memset(rp->out, '#', sizeof(rp->out));
  switch (rq->op) {
  case 0:
    n = snprintf(rp->out, rq->size, "%d|%i|%u|%x|%X|%o", a, b, ua, ua, ub, ua);
    break;
  case 1:
    n = snprintf(rp->out, rq->size, "%ld|%lu|%lld|%llu|%zu|%zd", (long)rq->a,
                 (unsigned long)rq->a, (long long)rq->b,
                 (unsigned long long)rq->b, (size_t)rq->a, (ssize_t)rq->b);
    break;
  case 2:
    n = snprintf(rp->out, rq->size, "[%5d][%-5d][%05d][%+d][% d][%+05d][%-+6d]",
                 a, a, a, a, a, b, b);
    break;
  case 3:
    n = snprintf(rp->out, rq->size, "[%.3d][%8.3d][%-8.3d][%08.3d][%.0d][%.0u]",
                 a, a, b, b, a, ub);
    break;
  case 4:
    n = snprintf(rp->out, rq->size, "[%#x][%#X][%#o][%#.0o][%#08x][%#-10lx]",
                 ua, ub, ua, ub, ua, (unsigned long)rq->b);
    break;
  case 5:
    n = snprintf(rp->out, rq->size, "[%*d][%-*d][%.*d][%*.*u]", rq->w, a,
                 rq->w, b, rq->p, a, rq->w, rq->p, ub);
    break;
  case 6:
    n = snprintf(rp->out, rq->size, "[%s][%10s][%-10s][%.3s][%.*s][%*s]",
                 rq->t, rq->t, rq->t, rq->s, rq->p, rq->s, rq->w, rq->t);
    break;
  case 7:
    n = snprintf(rp->out, rq->size, "[%c][%3c][%-3c]%%[%05c]", rq->c, rq->c,
                 rq->c, rq->c);
    break;
  case 8:
    n = snprintf(rp->out, rq->size, "%hhd|%hhu|%hd|%hu|%hhx|%ho", a, a, b, b,
                 b, a);
    break;
  case 9:
    n = snprintf(rp->out, rq->size, "VALUE %s %u %zu\r\n", rq->s, ua,
                 (size_t)rq->b);
    break;
  case 10:
    n = snprintf(rp->out, rq->size, "%lx:%lX:%lo:%#lo:%#lX", (long)rq->a,
                 (long)rq->a, (long)rq->b, (long)rq->b, (long)rq->b);
    break;
  case 11:
    n = snprintf(rp->out, rq->size, "");
    break;
  case 12:
    n = snprintf(rp->out, rq->size,
                 "a literal run with no conversion, 50 bytes long...");
    break;
  case 13:
    n = snprintf(rp->out, rq->size, "%s%s=%s", rq->t, rq->t, rq->t);
    break;
  case 14:
    n = snprintf(rp->out, rq->size, "%-*s|%*s|%5.2s|%-5.0s|", rq->w, rq->t,
                 rq->w, rq->t, rq->t, rq->t);
    break;
  case 15:
    n = sprintf(rp->out, "%d:%.40s:%x", a, rq->s, ub);
    break;
  case 16:
    n = snprintf(rp->out, rq->size, "%+.0d|% .0i|%+5.0d|%#.0x|%#5.0o|%-#5x|",
                 a, a, b, ua, ub, ub);
    break;
  case 17:
    n = snprintf(rp->out, rq->size, "%jd|%td|%ji|%jx", (intmax_t)rq->a,
                 (ptrdiff_t)rq->b, (intmax_t)rq->b, (uintmax_t)rq->a);
    break;
  default:
    n = -2;
    break;
  }
  rp->n = n;
}

#ifdef FORMAT_NATIVE
int main(void) {
  struct fmt_req rq;
  struct fmt_rep rp;
  while (fread(&rq, sizeof(rq), 1, stdin) == 1) {
    handle(&rq, &rp);
    fwrite(&rp, sizeof(rp), 1, stdout);
  }
  return 0;
}
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(FORMAT_PORT);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  for (;;) {
    struct fmt_req rq;
    struct fmt_rep rp;
    struct sockaddr_in cli;
    socklen_t clen = sizeof(cli);
    ssize_t got = recvfrom(fd, &rq, sizeof(rq), 0, (struct sockaddr *)&cli,
                           &clen);
    if (got != (ssize_t)sizeof(rq) || rq.magic != FORMAT_MAGIC)
      continue;
    handle(&rq, &rp);
    sendto(fd, &rp, sizeof(rp), 0, (struct sockaddr *)&cli, clen);
  }
}
#endif
