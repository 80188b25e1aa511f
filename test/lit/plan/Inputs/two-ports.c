/* Two UDP sockets on two ports, one poll loop, one handler that does not
 * care which socket it serves: a request counter per server and an echo. */
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>

static unsigned long served;

static void bind_port(int fd, unsigned short port) {
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  bind(fd, (struct sockaddr *)&a, sizeof(a));
}

int main(void) {
  int a = socket(AF_INET, SOCK_DGRAM, 0);
  bind_port(a, 7001);
  int b = socket(AF_INET, SOCK_DGRAM, 0);
  bind_port(b, 7002);
  struct pollfd fds[2] = {{a, POLLIN, 0}, {b, POLLIN, 0}};
  for (;;) {
    poll(fds, 2, -1);
    for (int i = 0; i < 2; i++) {
      if (!(fds[i].revents & POLLIN))
        continue;
      char buf[256];
      struct sockaddr_in src;
      socklen_t len = sizeof(src);
      ssize_t n = recvfrom(fds[i].fd, buf, sizeof(buf), 0,
                           (struct sockaddr *)&src, &len);
      if (n <= 0)
        continue;
      served++;
      sendto(fds[i].fd, buf, n, 0, (struct sockaddr *)&src, len);
    }
  }
}
