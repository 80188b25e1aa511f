/* A UDP counter server that keeps its state in a struct: the socket, the
   bound address (a sockaddr_in inside the struct, not at its start) and
   statistics. server_init() fills and binds it through a pointer to
   main's struct; server_run() loops, handle() answers. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define COUNTER_PORT 5005

struct server {
  int fd;
  struct sockaddr_in addr;
  uint64_t requests;
  uint64_t errors;
};

static int server_init(struct server *s, uint16_t port) {
  memset(s, 0, sizeof(*s));
  s->fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (s->fd < 0)
    return -1;
  s->addr.sin_family = AF_INET;
  s->addr.sin_port = htons(port);
  s->addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(s->fd, (struct sockaddr *)&s->addr, sizeof(s->addr)) < 0) {
    close(s->fd);
    return -1;
  }
  return 0;
}

static void handle(struct server *s) {
  char buf[256];
  struct sockaddr_in peer;
  socklen_t plen = sizeof(peer);
  ssize_t n = recvfrom(s->fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                       &plen);
  if (n < 0) {
    s->errors++;
    return;
  }
  uint64_t count = ++s->requests;
  sendto(s->fd, &count, sizeof(count), 0, (struct sockaddr *)&peer, plen);
}

static void server_run(struct server *s) {
  for (;;)
    handle(s);
}

int main(void) {
  struct server srv;
  if (server_init(&srv, COUNTER_PORT) < 0) {
    perror("server_init");
    return 1;
  }
  server_run(&srv);
  return 0;
}
