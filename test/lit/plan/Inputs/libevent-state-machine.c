/* A UDP server in memcached's shape: a libevent callback (event_handler)
   runs a connection's state machine (drive_machine), whose read state
   receives the datagram in a helper (try_read_udp) and counts it under a
   stats mutex right after the receive, as memcached does; the parse state
   answers "get" with "END" and runs a long generated digest for "dig"
   (inline, as a protocol compiler would emit), which makes the state
   machine far larger than the planner's inlining budget for one callee.
   The receive is only reached through the state machine: the plan must
   bring it into the loop whatever the size, and name the mutex. With
   -DRECURSIVE the state machine runs itself again from one state (as
   memcached's conn_worker_readd calls drive_machine): a call cycle the
   planner cannot inline, which it names. */
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct event_base;
struct event {
  char opaque[128];
};
#define EV_READ 0x02
#define EV_PERSIST 0x10
struct event_base *event_init(void);
void event_set(struct event *, int, short, void (*)(int, short, void *),
               void *);
int event_base_set(struct event_base *, struct event *);
int event_add(struct event *, const struct timeval *);
int event_base_loop(struct event_base *, int);

#define PORT 7103

#define MIX(i) s[(i) % 8] = (s[(i) % 8] ^ p[(i) % 64]) * 0x100000001b3ull + (i);
#define MIX8(i) MIX(i) MIX(i + 1) MIX(i + 2) MIX(i + 3) MIX(i + 4) MIX(i + 5) MIX(i + 6) MIX(i + 7)
#define MIX64(i) MIX8(i) MIX8(i + 8) MIX8(i + 16) MIX8(i + 24) MIX8(i + 32) MIX8(i + 40) MIX8(i + 48) MIX8(i + 56)

enum conn_state { conn_read, conn_parse, conn_write, conn_done };

typedef struct conn {
  int sfd;
  enum conn_state state;
  struct event event;
  unsigned char rbuf[1024];
  int rbytes;
  char wbuf[64];
  int wbytes;
  struct sockaddr_in request_addr;
  socklen_t request_addr_size;
} conn;

static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long bytes_read;

static int try_read_udp(conn *c) {
  c->request_addr_size = sizeof(c->request_addr);
  ssize_t res = recvfrom(c->sfd, c->rbuf, sizeof(c->rbuf), 0,
                         (struct sockaddr *)&c->request_addr,
                         &c->request_addr_size);
  if (res > 8) {
    pthread_mutex_lock(&stats_lock);
    bytes_read += res;
    pthread_mutex_unlock(&stats_lock);
    c->rbytes = res;
    return 1;
  }
  return 0;
}

static void drive_machine(conn *c) {
  int stop = 0;
  while (!stop) {
    switch (c->state) {
    case conn_read:
      if (try_read_udp(c))
        c->state = conn_parse;
      else
        stop = 1;
      break;
    case conn_parse:
      if (memcmp(c->rbuf, "get ", 4) == 0) {
        memcpy(c->wbuf, "END\r\n", 5);
        c->wbytes = 5;
      } else if (memcmp(c->rbuf, "dig ", 4) == 0) {
        const unsigned char *p = c->rbuf;
        uint64_t s[8] = {1, 2, 3, 4, 5, 6, 7, 8};
        MIX64(0) MIX64(64) MIX64(128) MIX64(192)
        memcpy(c->wbuf, s, sizeof(s));
        c->wbytes = sizeof(s);
      } else {
        c->state = conn_read;
        break;
      }
      c->state = conn_write;
      break;
    case conn_write:
      sendto(c->sfd, c->wbuf, c->wbytes, 0,
             (struct sockaddr *)&c->request_addr, c->request_addr_size);
      c->state = conn_read;
      stop = 1;
      break;
    case conn_done:
#ifdef RECURSIVE
      c->state = conn_read;
      drive_machine(c); /* as memcached's conn_worker_readd does */
#endif
      stop = 1;
      break;
    }
  }
}

static void event_handler(int fd, short which, void *arg) {
  conn *c = arg;
  (void)fd;
  (void)which;
  drive_machine(c);
}

int main(void) {
  struct event_base *base = event_init();
  int sfd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(sfd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  conn *c = calloc(1, sizeof(conn));
  if (!c)
    return 1;
  c->sfd = sfd;
  event_set(&c->event, sfd, EV_READ | EV_PERSIST, event_handler, (void *)c);
  event_base_set(base, &c->event);
  event_add(&c->event, 0);
  return event_base_loop(base, 0);
}
