/* A UDP echo service with a local control socket (AF_UNIX, SOCK_DGRAM)
   that answers "stats" and stops on "quit", both in one poll() loop. */
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define CONTROL_PATH "/run/echod.ctl"

static unsigned long served;

static int open_control(void) {
  int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_un sun;
  memset(&sun, 0, sizeof(sun));
  sun.sun_family = AF_UNIX;
  strncpy(sun.sun_path, CONTROL_PATH, sizeof(sun.sun_path) - 1);
  unlink(CONTROL_PATH);
  if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int main(void) {
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(7001);
  if (udp < 0 || bind(udp, (struct sockaddr *)&sin, sizeof(sin)) < 0) {
    perror("udp");
    return 1;
  }
  int ctl = open_control();
  if (ctl < 0) {
    perror("control");
    return 1;
  }
  struct pollfd pfd[2] = {{udp, POLLIN, 0}, {ctl, POLLIN, 0}};
  char buf[1024];
  for (;;) {
    if (poll(pfd, 2, -1) < 0)
      continue;
    if (pfd[0].revents & POLLIN) {
      struct sockaddr_in peer;
      socklen_t pl = sizeof(peer);
      ssize_t n = recvfrom(udp, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                           &pl);
      if (n > 0 && sendto(udp, buf, n, 0, (struct sockaddr *)&peer, pl) == n)
        served++;
    }
    if (pfd[1].revents & POLLIN) {
      struct sockaddr_un from;
      socklen_t fl = sizeof(from);
      ssize_t n = recvfrom(ctl, buf, sizeof(buf) - 1, 0,
                           (struct sockaddr *)&from, &fl);
      if (n <= 0)
        continue;
      buf[n] = '\0';
      if (strcmp(buf, "quit") == 0)
        break;
      int len = snprintf(buf, sizeof(buf), "served %lu\n", served);
      sendto(ctl, buf, len, 0, (struct sockaddr *)&from, fl);
    }
  }
  close(ctl);
  close(udp);
  return 0;
}
