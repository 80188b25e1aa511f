/* A UDP time-of-day style responder that counts every request, then answers
 * "PING" itself and logs anything else to a file before answering. The
 * counter is stored before the branch to the file, and the branch does not
 * depend on it. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

unsigned long requests;

static void handle(int fd) {
  char buf[256];
  struct sockaddr_in src;
  socklen_t len = sizeof(src);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
  if (n < 4)
    return;
  requests = requests + 1;
  if (memcmp(buf, "PING", 4) != 0) {
    FILE *log = fopen("/var/log/pingd.log", "a");
    if (log) {
      fwrite(buf, 1, n, log);
      fclose(log);
    }
  }
  sendto(fd, "PONG", 4, 0, (struct sockaddr *)&src, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(4040);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  for (;;)
    if (poll(&pfd, 1, -1) > 0 && (pfd.revents & POLLIN))
      handle(fd);
}
