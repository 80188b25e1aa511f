/* A UDP echo server on libevent: the socket is registered with
   event_new(base, fd, EV_READ|EV_PERSIST, on_read, arg), and
   event_base_dispatch() runs on_read(fd, what, arg) for each datagram.
   libevent's prototypes are declared here (no headers needed). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

struct event_base;
struct event;
typedef int evutil_socket_t;
typedef void (*event_callback_fn)(evutil_socket_t, short, void *);
#define EV_READ 0x02
#define EV_PERSIST 0x10
struct event_base *event_base_new(void);
struct event *event_new(struct event_base *, evutil_socket_t, short,
                        event_callback_fn, void *);
int event_add(struct event *, const struct timeval *);
int event_base_dispatch(struct event_base *);

#define PORT 7100

static unsigned long served;

static void on_read(evutil_socket_t fd, short what, void *arg) {
  char buf[512];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)what;
  (void)arg;
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n <= 0)
    return;
  served++;
  sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  struct event_base *base = event_base_new();
  struct event *ev = event_new(base, fd, EV_READ | EV_PERSIST, on_read, NULL);
  event_add(ev, NULL);
  return event_base_dispatch(base);
}
