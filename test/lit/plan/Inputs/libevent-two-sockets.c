/* Two UDP services on one libevent base, in the idiom of servers with a
   query port and an admin port: on_query registered with event_new for
   one socket, on_admin with event_assign (an event the program owns) for
   the other, both run by one event_base_dispatch. Each socket's requests
   are planned on their own, each callback in a loop of its own. on_admin
   counts through its argument, the address of a global (a constant). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

struct event_base;
struct event {
  char opaque[128];
};
struct timeval;
typedef void (*event_callback_fn)(int, short, void *);
struct event_base *event_base_new(void);
struct event *event_new(struct event_base *, int, short, event_callback_fn,
                        void *);
int event_assign(struct event *, struct event_base *, int, short,
                 event_callback_fn, void *);
int event_add(struct event *, const struct timeval *);
int event_base_dispatch(struct event_base *);

static unsigned long queries, admin_hits;
static struct event admin_ev;

static void on_query(int fd, short what, void *arg) {
  char buf[64];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)what;
  (void)arg;
  long n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  queries++;
  sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

static void on_admin(int fd, short what, void *arg) {
  char buf[16];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  (void)what;
  recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  ++*(unsigned long *)arg;
  sendto(fd, "ok", 2, 0, (struct sockaddr *)&peer, len);
}

int main(void) {
  struct event_base *base = event_base_new();
  int q = socket(AF_INET, SOCK_DGRAM, 0);
  int a = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(8001);
  if (bind(q, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  sa.sin_port = htons(8002);
  if (bind(a, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  event_add(event_new(base, q, 0x12, on_query, NULL), NULL);
  event_assign(&admin_ev, base, a, 0x12, on_admin, &admin_hits);
  event_add(&admin_ev, NULL);
  return event_base_dispatch(base);
}
