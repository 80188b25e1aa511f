/* A UDP server that sets SO_REUSEPORT, as servers that run one process per
   core do: other processes may bind the same port. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int one = 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return 1;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) < 0)
    return 1;
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  addr.sin_port = htons(9053);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  char buf[512];
  for (;;) {
    struct sockaddr_in c;
    socklen_t cl = sizeof(c);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&c, &cl);
    if (n > 0)
      sendto(fd, buf, n, 0, (struct sockaddr *)&c, cl);
  }
}
