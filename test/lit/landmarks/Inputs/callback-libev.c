/* A UDP echo server on libev: ev_io_init(&w, on_read, fd, EV_READ) (a
   macro: it stores the callback and the fd into the watcher's fields),
   ev_io_start(loop, &w), ev_run(loop, 0). libev runs on_read(loop, w,
   revents) and the handler reads the fd from w->fd. The watcher layout
   and the macros are those of libev's ev.h, written out here. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

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

#define PORT 7200

static void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  char buf[512];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)loop;
  (void)revents;
  ssize_t n =
      recvfrom(w->fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n > 0)
    sendto(w->fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  struct ev_loop *loop = ev_default_loop(0);
  ev_io w;
  ev_io_init(&w, on_read, fd, EV_READ);
  ev_io_start(loop, &w);
  return ev_run(loop, 0);
}
