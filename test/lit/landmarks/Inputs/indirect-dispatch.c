/* A UDP server that dispatches on the first request byte through a table
   of handler function pointers. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef void (*handler_fn)(int fd, const char *req, size_t len,
                           const struct sockaddr_in *to);

static void do_ping(int fd, const char *req, size_t len,
                    const struct sockaddr_in *to) {
  (void)req;
  (void)len;
  sendto(fd, "pong", 4, 0, (const struct sockaddr *)to, sizeof(*to));
}

static void do_echo(int fd, const char *req, size_t len,
                    const struct sockaddr_in *to) {
  sendto(fd, req + 1, len - 1, 0, (const struct sockaddr *)to, sizeof(*to));
}

static const handler_fn handlers[] = {do_ping, do_echo};

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(4040);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  char req[600];
  for (;;) {
    struct sockaddr_in from;
    socklen_t fl = sizeof(from);
    ssize_t n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&from, &fl);
    if (n < 1)
      continue;
    unsigned op = (unsigned char)req[0];
    if (op < sizeof(handlers) / sizeof(handlers[0]))
      handlers[op](fd, req, (size_t)n, &from);
  }
}
