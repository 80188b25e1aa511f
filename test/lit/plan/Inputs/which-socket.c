/* Two UDP sockets on two ports and one handler; the handler answers
 * "ctl" on the control port and echoes on the data port: the request
 * path tests which socket the request came on. */
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>

static int data_fd, ctl_fd;

static void serve(int fd) {
  char buf[256];
  struct sockaddr_in src;
  socklen_t len = sizeof(src);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
  if (n <= 0)
    return;
  if (fd == ctl_fd) {
    buf[0] = 'c';
    buf[1] = 't';
    buf[2] = 'l';
    n = 3;
  }
  sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
}

static void bind_port(int fd, unsigned short port) {
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  bind(fd, (struct sockaddr *)&a, sizeof(a));
}

int main(void) {
  data_fd = socket(AF_INET, SOCK_DGRAM, 0);
  bind_port(data_fd, 7001);
  ctl_fd = socket(AF_INET, SOCK_DGRAM, 0);
  bind_port(ctl_fd, 7002);
  struct pollfd fds[2] = {{data_fd, POLLIN, 0}, {ctl_fd, POLLIN, 0}};
  for (;;) {
    poll(fds, 2, -1);
    for (int i = 0; i < 2; i++)
      if (fds[i].revents & POLLIN)
        serve(fds[i].fd);
  }
}
