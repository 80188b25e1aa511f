/* memcached's shape: server_socket() opens the listening socket of a
 * transport from getaddrinfo() hints whose socket type is a run-time
 * choice (IS_UDP(transport) ? SOCK_DGRAM : SOCK_STREAM), once for TCP and
 * once for UDP; one poll loop reads every readable socket. */
#include <netdb.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum transport { tcp_transport, udp_transport };
#define IS_UDP(x) ((x) == udp_transport)

static struct pollfd fds[2];
static int nfds;

static int server_socket(const char *port, enum transport transport) {
  struct addrinfo hints, *ai;
  memset(&hints, 0, sizeof(hints));
  hints.ai_flags = AI_PASSIVE;
  hints.ai_family = AF_INET;
  hints.ai_socktype = IS_UDP(transport) ? SOCK_DGRAM : SOCK_STREAM;
  if (getaddrinfo(NULL, port, &hints, &ai) != 0)
    return -1;
  int sfd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
  bind(sfd, ai->ai_addr, ai->ai_addrlen);
  if (!IS_UDP(transport))
    listen(sfd, 64);
  freeaddrinfo(ai);
  fds[nfds].fd = sfd;
  fds[nfds].events = POLLIN;
  nfds++;
  return sfd;
}

int main(void) {
  server_socket("11411", tcp_transport);
  server_socket("11411", udp_transport);
  for (;;) {
    poll(fds, nfds, -1);
    for (int i = 0; i < nfds; i++) {
      if (!(fds[i].revents & POLLIN))
        continue;
      char buf[512];
      struct sockaddr_storage src;
      socklen_t len = sizeof(src);
      ssize_t n = recvfrom(fds[i].fd, buf, sizeof(buf), 0,
                           (struct sockaddr *)&src, &len);
      if (n <= 0)
        continue;
      sendto(fds[i].fd, buf, n, 0, (struct sockaddr *)&src, len);
    }
  }
}
