/* A query server on libevent, in the idiom of memcached's UDP side and
   other libevent servers: main creates and binds the UDP socket, registers
   on_read with event_new(base, fd, EV_READ|EV_PERSIST, on_read, arg) and
   hands control to event_base_dispatch(), which runs on_read(fd, what,
   arg) whenever the socket is readable. A request "Q..." is answered
   "A..." (the rest echoed) and counted; anything else is logged and
   dropped.

   The registration's argument: null (default), the address of a global
   (-DARG_GLOBAL: a constant, the handler may use it), or an object main
   allocates (-DARG_HEAP: state from outside any request, which the
   kernel does not have). With -DEVENT2_HEADERS the real <event2/event.h>
   is used (the end-to-end test links libevent); else its prototypes are
   declared here. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#ifdef EVENT2_HEADERS
#include <event2/event.h>
#else
struct event_base;
struct event;
struct timeval;
typedef int evutil_socket_t;
typedef void (*event_callback_fn)(evutil_socket_t, short, void *);
#define EV_READ 0x02
#define EV_PERSIST 0x10
struct event_base *event_base_new(void);
struct event *event_new(struct event_base *, evutil_socket_t, short,
                        event_callback_fn, void *);
int event_add(struct event *, const struct timeval *);
int event_base_dispatch(struct event_base *);
#endif

#ifndef PORT
#define PORT 7300
#endif

struct stats {
  unsigned long answered;
};

static struct stats totals;

static void on_read(evutil_socket_t fd, short what, void *arg) {
  char buf[256];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  if (!(what & EV_READ))
    return;
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n <= 0)
    return;
  if (n < 2 || buf[0] != 'Q') {
    fprintf(stderr, "malformed request (%zd bytes)\n", n);
    return;
  }
#if defined(ARG_GLOBAL) || defined(ARG_HEAP)
  struct stats *st = arg;
  st->answered++;
#else
  (void)arg;
  totals.answered++;
#endif
  buf[0] = 'A';
  sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
    perror("bind");
    return 1;
  }
#if defined(ARG_GLOBAL)
  void *arg = &totals;
#elif defined(ARG_HEAP)
  void *arg = calloc(1, sizeof(struct stats));
#else
  void *arg = NULL;
#endif
  struct event_base *base = event_base_new();
  struct event *ev =
      event_new(base, fd, EV_READ | EV_PERSIST, on_read, arg);
  if (!base || !ev || event_add(ev, NULL) < 0) {
    fprintf(stderr, "libevent setup failed\n");
    return 1;
  }
  return event_base_dispatch(base);
}
