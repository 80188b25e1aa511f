/* A UDP server that dispatches on the first request byte through a
 * constant table of handlers: '0' ping, '1' echo, '2' motd (read from a
 * file). Each handler sends its own reply. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef void (*handler_fn)(int fd, const char *req, size_t len,
                           const struct sockaddr_in *to, socklen_t tolen);

static void do_ping(int fd, const char *req, size_t len,
                    const struct sockaddr_in *to, socklen_t tolen) {
  sendto(fd, "pong", 4, 0, (const struct sockaddr *)to, tolen);
}

static void do_echo(int fd, const char *req, size_t len,
                    const struct sockaddr_in *to, socklen_t tolen) {
  sendto(fd, req + 1, len - 1, 0, (const struct sockaddr *)to, tolen);
}

static void do_motd(int fd, const char *req, size_t len,
                    const struct sockaddr_in *to, socklen_t tolen) {
  char text[256];
  FILE *f = fopen("/etc/motd", "r");
  size_t got = f ? fread(text, 1, sizeof(text), f) : 0;
  if (f)
    fclose(f);
  sendto(fd, text, got, 0, (const struct sockaddr *)to, tolen);
}

static const handler_fn handlers[] = {do_ping, do_echo, do_motd};

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7500);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char req[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in from;
    socklen_t fl = sizeof(from);
    ssize_t n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&from,
                         &fl);
    if (n < 1)
      continue;
    unsigned op = (unsigned char)req[0] - '0';
    if (op < sizeof(handlers) / sizeof(handlers[0]))
      handlers[op](fd, req, (size_t)n, &from, fl);
  }
}
