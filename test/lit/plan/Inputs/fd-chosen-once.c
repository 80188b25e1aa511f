/* A server that reads one socket, chosen once at start-up: the unix
 * control socket with -c, else the UDP socket (port 7060). Both are bound;
 * the loop reads only the chosen one. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

int main(int argc, char **argv) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof(a));
  a.sin_family = AF_INET;
  a.sin_port = htons(7060);
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  bind(udp, (struct sockaddr *)&a, sizeof(a));
  struct sockaddr_un un;
  memset(&un, 0, sizeof(un));
  un.sun_family = AF_UNIX;
  strcpy(un.sun_path, "/tmp/ctl.sock");
  int ctl = socket(AF_UNIX, SOCK_DGRAM, 0);
  bind(ctl, (struct sockaddr *)&un, sizeof(un));
  int fd = argc > 1 && strcmp(argv[1], "-c") == 0 ? ctl : udp;
  for (;;) {
    char buf[256];
    struct sockaddr_storage src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (n <= 0)
      continue;
    sendto(fd, buf, n, 0, (struct sockaddr *)&src, len);
  }
}
