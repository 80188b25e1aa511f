/* A UDP echo server that numbers its replies: main counts the requests it
 * has answered in a local and puts the count in front of each echo. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(5400);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  unsigned answered = 0;
  char buf[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf + 4, sizeof(buf) - 4, 0,
                         (struct sockaddr *)&src, &len);
    if (n < 2)
      continue;
    answered++;
    memcpy(buf, &answered, 4);
    sendto(fd, buf, n + 4, 0, (struct sockaddr *)&src, len);
  }
}
