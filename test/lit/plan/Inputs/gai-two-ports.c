/* memcached's shape with the TCP and UDP ports apart: server_socket()
 * opens a listener over getaddrinfo() hints whose socket type is a
 * run-time choice (IS_UDP(transport) ? SOCK_DGRAM : SOCK_STREAM), TCP on
 * 11411 first, then UDP on 11412 (the runtime must start the offload on
 * the datagram socket, not on the first bind); one poll loop echoes every
 * datagram. The TCP listener only completes connections. */
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
  if (bind(sfd, ai->ai_addr, ai->ai_addrlen) < 0)
    return -1;
  if (!IS_UDP(transport))
    listen(sfd, 64);
  freeaddrinfo(ai);
  fds[nfds].fd = sfd;
  fds[nfds].events = POLLIN;
  nfds++;
  return sfd;
}

int main(void) {
  if (server_socket("11411", tcp_transport) < 0 ||
      server_socket("11412", udp_transport) < 0)
    return 1;
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
