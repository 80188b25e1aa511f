/* The query server of libevent-query.c on libev: ev_io_init(w, on_read,
   fd, EV_READ) (a macro storing the callback and the fd in the watcher),
   ev_io_start(loop, w), ev_run(loop, 0). libev runs on_read(loop, w,
   revents); the handler reads its socket from w->fd.

   The watcher: a global (default), or on main's stack (-DLOCAL_WATCHER).
   Either way w->fd is the registered socket. With -DWATCHER_DATA the
   handler also counts through w->data, which main set: for a watcher on
   main's stack, state from outside any request. With -DEV_HEADERS the
   real <ev.h> is used; else its watcher layout and macros are written out
   here. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifdef EV_HEADERS
#include <ev.h>
#else
struct ev_loop;
typedef struct ev_io {
  int active;
  int pending;
  int priority;
  void *data;
  void (*cb)(struct ev_loop *loop, struct ev_io *w, int revents);
  struct ev_watcher_list *next;
  int fd;
  int events;
} ev_io;
#define EV_READ 0x01
#define EV__IOFDSET 0x80
#define ev_init(w, cb_)                                                        \
  do {                                                                         \
    (w)->active = (w)->pending = 0;                                            \
    (w)->priority = 0;                                                         \
    (w)->cb = (cb_);                                                           \
  } while (0)
#define ev_io_set(w, fd_, events_)                                             \
  do {                                                                         \
    (w)->fd = (fd_);                                                           \
    (w)->events = (events_) | EV__IOFDSET;                                     \
  } while (0)
#define ev_io_init(w, cb, fd, events)                                          \
  do {                                                                         \
    ev_init((w), (cb));                                                        \
    ev_io_set((w), (fd), (events));                                            \
  } while (0)
struct ev_loop *ev_default_loop(unsigned int flags);
void ev_io_start(struct ev_loop *loop, ev_io *w);
int ev_run(struct ev_loop *loop, int flags);
#endif

#define PORT 7400

static unsigned long answered;
#ifndef LOCAL_WATCHER
static ev_io watcher;
#endif

static void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  char buf[256];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)loop;
  if (!(revents & EV_READ))
    return;
  ssize_t n =
      recvfrom(w->fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n <= 0)
    return;
  if (n < 2 || buf[0] != 'Q') {
    fprintf(stderr, "malformed request\n");
    return;
  }
#ifdef WATCHER_DATA
  ++*(unsigned long *)w->data;
#else
  answered++;
#endif
  buf[0] = 'A';
  sendto(w->fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  struct ev_loop *loop = ev_default_loop(0);
#ifdef LOCAL_WATCHER
  ev_io watcher;
#endif
  ev_io_init(&watcher, on_read, fd, EV_READ);
  watcher.data = &answered;
  ev_io_start(loop, &watcher);
  return ev_run(loop, 0);
}
