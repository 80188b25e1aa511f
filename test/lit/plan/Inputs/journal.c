/* A UDP register server: "R<n>" reads register n, "W<n><value>" appends the
 * write to a journal file (all of it, however many write() calls that
 * takes) and then updates the register. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct reg {
  char value[32];
};

struct reg regs[16];
int journal_fd;

static int journal_append(const char *rec, size_t len) {
  while (len > 0) {
    ssize_t n = write(journal_fd, rec, len);
    if (n < 0)
      return -1;
    rec += n;
    len -= (size_t)n;
  }
  return 0;
}

int main(void) {
  journal_fd = open("regs.journal", O_WRONLY | O_APPEND | O_CREAT, 0644);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7400);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char buf[64];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (n < 2)
      continue;
    struct reg *r = &regs[buf[1] & 15];
    if (buf[0] == 'W') {
      if (journal_append(buf, n) < 0)
        continue;
      memset(r->value, 0, sizeof(r->value));
      memcpy(r->value, buf + 2, n - 2 < 32 ? n - 2 : 32);
      sendto(fd, "OK", 2, 0, (struct sockaddr *)&src, len);
    } else {
      sendto(fd, r->value, sizeof(r->value), 0, (struct sockaddr *)&src, len);
    }
  }
}
