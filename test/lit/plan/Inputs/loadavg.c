/* A UDP status server: every request is answered with the current contents
 * of /proc/loadavg, opened and read afresh for each request. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void answer(int fd) {
  char buf[64];
  struct sockaddr_in src;
  socklen_t len = sizeof(src);
  if (recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len) < 0)
    return;
  char reply[128];
  size_t got = 0;
  FILE *f = fopen("/proc/loadavg", "r");
  if (f) {
    got = fread(reply, 1, sizeof(reply), f);
    fclose(f);
  }
  sendto(fd, reply, got, 0, (struct sockaddr *)&src, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7200);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  for (;;) {
    if (poll(&pfd, 1, 1000) > 0 && (pfd.revents & POLLIN))
      answer(fd);
  }
}
