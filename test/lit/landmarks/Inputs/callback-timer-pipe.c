/* A libevent-1 UDP server with a clock timer (evtimer_set is event_set
   on fd -1) and a notify pipe between threads, as in memcached: only the
   socket's callback is a request handler; the timer is skipped and the
   pipe's callback is named as no socket's. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct event_base;
struct event {
  char opaque[128];
};
#define EV_READ 0x02
#define EV_PERSIST 0x10
struct event_base *event_init(void);
void event_set(struct event *, int, short, void (*)(int, short, void *),
               void *);
int event_add(struct event *, const struct timeval *);
int event_base_loop(struct event_base *, int);
#define evtimer_set(ev, cb, arg) event_set((ev), -1, 0, (cb), (arg))

static struct event clock_ev, notify_ev, udp_ev;
static volatile unsigned current_time;
static int notify_fds[2];

static void clock_handler(int fd, short which, void *arg) {
  (void)fd, (void)which, (void)arg;
  current_time++;
}

static void notify_handler(int fd, short which, void *arg) {
  char c;
  (void)which, (void)arg;
  if (read(fd, &c, 1) != 1)
    return;
}

static void udp_handler(int fd, short which, void *arg) {
  char buf[256];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)which, (void)arg;
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n > 0)
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  struct event_base *base = event_init();
  int sfd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7102);
  if (bind(sfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || pipe(notify_fds))
    return 1;
  evtimer_set(&clock_ev, clock_handler, 0);
  event_set(&notify_ev, notify_fds[0], EV_READ | EV_PERSIST, notify_handler, 0);
  event_set(&udp_ev, sfd, EV_READ | EV_PERSIST, udp_handler, 0);
  event_add(&clock_ev, 0);
  event_add(&notify_ev, 0);
  event_add(&udp_ev, 0);
  return event_base_loop(base, 0);
}
