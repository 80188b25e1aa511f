/* A UDP server whose request paths break the one-reply-to-the-source rule,
 * keep pointers in a global, wait for a flag, spin without an exit, and
 * report how often poll() woke up (a local of main, counted before the
 * receive). The first byte of a datagram picks the path. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct peer {
  struct sockaddr_in addr;
  const char *last_request;
};

struct peer last_peer;
int audit_fd;
struct sockaddr_in mirror_addr;
volatile int ready;
unsigned long spins;

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  audit_fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(5300);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  mirror_addr.sin_family = AF_INET;
  mirror_addr.sin_port = htons(5301);
  mirror_addr.sin_addr.s_addr = htonl(0x7f000001);
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  unsigned wakeups = 0;
  char buf[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    wakeups++;
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (n <= 0)
      continue;
    switch (buf[0]) {
    case 'm':
      sendto(fd, "ACK", 3, 0, (struct sockaddr *)&src, len);
      sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
      break;
    case 'a':
      send(audit_fd, buf, n, 0);
      break;
    case 'o':
      sendto(fd, buf, n, 0, (struct sockaddr *)&mirror_addr,
             sizeof(mirror_addr));
      break;
    case 'k':
      last_peer.addr = src;
      last_peer.last_request = buf;
      sendto(fd, "OK", 2, 0, (struct sockaddr *)&src, len);
      break;
    case 'w':
      while (!ready)
        ;
      sendto(fd, "GO", 2, 0, (struct sockaddr *)&src, len);
      break;
    case 'h':
      for (;;)
        spins++;
    case 'c':
      buf[0] = (char)wakeups;
      sendto(fd, buf, 1, 0, (struct sockaddr *)&src, len);
      break;
    default:
      sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
      break;
    }
  }
}
