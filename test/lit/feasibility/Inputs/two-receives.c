/* A UDP server that receives at two sites: a request is read with recv
 * when the previous one asked for it ("P" then peek mode), else with
 * recvfrom. Requests arrive at several receive sites, which the XDP
 * generator does not produce. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7611);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  char buf[512];
  int quiet = 0;
  for (;;) {
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n;
    if (quiet)
      n = recv(fd, buf, sizeof(buf), 0);
    else
      n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
    if (n <= 0)
      continue;
    if (!quiet)
      sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&src, len);
    quiet = buf[0] == 'Q';
  }
}
