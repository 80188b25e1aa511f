/* A chat server over UDP and TCP in the style of small public servers:
   every peer is a struct client whose sockfd is either the UDP socket
   (client.sockfd = udp_sockfd) or a TCP connection kept in an array; the
   select() loop walks fd numbers 0..maxfd and hands TCP fds to a reader
   by value. */
#include <netinet/in.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 7000
#define MAXC 16

struct client {
  int sockfd;
  struct sockaddr_in addr;
  socklen_t addrlen;
};

static struct client tcp_clients[MAXC];
static int ntcp;

static void reply_udp(struct client *c, const char *buf, size_t n) {
  sendto(c->sockfd, buf, n, 0, (struct sockaddr *)&c->addr, c->addrlen);
}

static void send_all(struct client *c, const char *buf, size_t n) {
  send(c->sockfd, buf, n, 0);
}

/* Called for both kinds of client: its fd may be either socket. */
static void ack(struct client *c) { send(c->sockfd, "ok\n", 3, 0); }

static void read_tcp(int fd) {
  char buf[256];
  ssize_t n = read(fd, buf, sizeof(buf));
  if (n > 0)
    write(fd, buf, n);
}

int main(void) {
  int udp_sockfd = socket(AF_INET, SOCK_DGRAM, 0);
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  bind(udp_sockfd, (struct sockaddr *)&sa, sizeof(sa));
  bind(listener, (struct sockaddr *)&sa, sizeof(sa));
  listen(listener, 8);
  fd_set master, rfds;
  FD_ZERO(&master);
  FD_SET(udp_sockfd, &master);
  FD_SET(listener, &master);
  int maxfd = listener > udp_sockfd ? listener : udp_sockfd;
  char buf[512];
  for (;;) {
    rfds = master;
    if (select(maxfd + 1, &rfds, NULL, NULL, NULL) < 0)
      continue;
    if (FD_ISSET(udp_sockfd, &rfds)) {
      struct client client;
      client.sockfd = udp_sockfd;
      client.addrlen = sizeof(client.addr);
      ssize_t n = recvfrom(client.sockfd, buf, sizeof(buf), 0,
                           (struct sockaddr *)&client.addr, &client.addrlen);
      if (n > 0) {
        reply_udp(&client, buf, n);
        ack(&client);
        for (int i = 0; i < ntcp; i++)
          send_all(&tcp_clients[i], buf, n);
      }
    }
    if (FD_ISSET(listener, &rfds) && ntcp < MAXC) {
      int fd = accept(listener, NULL, NULL);
      tcp_clients[ntcp].sockfd = fd;
      ack(&tcp_clients[ntcp++]);
      FD_SET(fd, &master);
      if (fd > maxfd)
        maxfd = fd;
    }
    for (int j = 0; j <= maxfd; j++)
      if (j != udp_sockfd && j != listener && FD_ISSET(j, &rfds))
        read_tcp(j);
  }
}
