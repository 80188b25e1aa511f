/* A UDP command server: one struct holds the socket, a log file
   descriptor, the peer and the request. Commands are dispatched through a
   const table of handlers that get the struct; they reply on s->sock and
   log to s->logfd, two int fields side by side. */
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct server {
  int sock;
  int logfd;
  struct sockaddr_in peer;
  socklen_t peerlen;
  char req[512];
  ssize_t len;
};

static void log_line(struct server *s, const char *what) {
  if (s->logfd >= 0)
    write(s->logfd, what, strlen(what));
}

static void cmd_ping(struct server *s) {
  sendto(s->sock, "PONG\n", 5, 0, (struct sockaddr *)&s->peer, s->peerlen);
  log_line(s, "ping\n");
}

static void cmd_time(struct server *s) {
  char out[32];
  int n = snprintf(out, sizeof(out), "%ld\n", (long)time(NULL));
  sendto(s->sock, out, n, 0, (struct sockaddr *)&s->peer, s->peerlen);
  log_line(s, "time\n");
}

static void (*const commands[])(struct server *) = {cmd_ping, cmd_time};

int main(void) {
  struct server srv;
  memset(&srv, 0, sizeof(srv));
  srv.logfd = open("/var/log/cmdd.log", O_WRONLY | O_APPEND | O_CREAT, 0640);
  srv.sock = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(5150);
  if (srv.sock < 0 ||
      bind(srv.sock, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("socket");
    return 1;
  }
  for (;;) {
    srv.peerlen = sizeof(srv.peer);
    srv.len = recvfrom(srv.sock, srv.req, sizeof(srv.req), 0,
                       (struct sockaddr *)&srv.peer, &srv.peerlen);
    if (srv.len < 1)
      continue;
    unsigned op = (unsigned)(srv.req[0] - '0');
    if (op < sizeof(commands) / sizeof(commands[0]))
      commands[op](&srv);
    else
      log_line(&srv, "unknown\n");
  }
}
