/* A UDP server in memcached 1.5's libevent-1 idiom, with its re-add: the
   connection's event is first set up on the socket fd (conn_new), and a
   connection handed to a side queue is later registered again from its
   own field, event_set(&c->event, c->sfd, ..., event_handler, c)
   (conn_worker_readd). The connection comes back through a queue item,
   whose origin the fd tracer cannot follow; the fd is the connection's
   socket because it is read from the field the first registration
   stored it in. As in memcached, a connection object is kept per fd and
   reused, its fd field set only when it is first allocated. The receive is in a helper the handler passes the
   connection to. Prototypes are declared here (no headers needed). */
#include <netinet/in.h>
#include <stdlib.h>
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
int event_base_set(struct event_base *, struct event *);
int event_add(struct event *, const struct timeval *);
int event_del(struct event *);
int event_base_loop(struct event_base *, int);

#define PORT 7102

typedef struct conn {
  void *sasl;
  int sfd;
  short ev_flags;
  struct event event;
  struct event_base *base;
  char rbuf[1024];
  struct sockaddr_in request_addr;
  socklen_t request_addr_size;
} conn;

typedef struct queue_item {
  conn *c;
  struct queue_item *next;
} queue_item;

#define MAX_CONNS 1024
static conn *conns[MAX_CONNS]; /* by fd, reused as memcached does */
static queue_item *queue_head;
static int notify_pipe[2];
static struct event notify_event;
static unsigned long gets_served;

static void event_handler(int fd, short which, void *arg);

static void conn_worker_readd(conn *c) {
  c->ev_flags = EV_READ | EV_PERSIST;
  event_set(&c->event, c->sfd, c->ev_flags, event_handler, (void *)c);
  event_base_set(c->base, &c->event);
  event_add(&c->event, 0);
}

static void redispatch_conn(conn *c) {
  queue_item *item = malloc(sizeof(*item));
  if (!item)
    return;
  event_del(&c->event);
  item->c = c;
  item->next = queue_head;
  queue_head = item;
  write(notify_pipe[1], "r", 1);
}

static void notify_handler(int fd, short which, void *arg) {
  char buf[1];
  (void)which;
  (void)arg;
  if (read(fd, buf, 1) != 1)
    return;
  queue_item *item = queue_head;
  if (!item)
    return;
  queue_head = item->next;
  conn_worker_readd(item->c);
  free(item);
}

static ssize_t try_read_udp(conn *c) {
  c->request_addr_size = sizeof(c->request_addr);
  return recvfrom(c->sfd, c->rbuf, sizeof(c->rbuf), 0,
                  (struct sockaddr *)&c->request_addr, &c->request_addr_size);
}

static void event_handler(int fd, short which, void *arg) {
  conn *c = arg;
  (void)fd;
  (void)which;
  ssize_t n = try_read_udp(c);
  if (n < 4)
    return;
  if (c->rbuf[0] == 'x') {
    redispatch_conn(c); /* a side thread's work, in memcached */
    return;
  }
  gets_served++;
  sendto(c->sfd, "END\r\n", 5, 0, (struct sockaddr *)&c->request_addr,
         c->request_addr_size);
}

static conn *conn_new(int sfd, struct event_base *base) {
  if (sfd < 0 || sfd >= MAX_CONNS)
    return NULL;
  conn *c = conns[sfd];
  if (!c) {
    c = calloc(1, sizeof(conn));
    if (!c)
      return NULL;
    c->sfd = sfd;
    conns[sfd] = c;
  }
  c->base = base;
  event_set(&c->event, sfd, EV_READ | EV_PERSIST, event_handler, (void *)c);
  event_base_set(base, &c->event);
  if (event_add(&c->event, 0) == -1)
    return NULL;
  return c;
}

int main(void) {
  struct event_base *base = event_init();
  if (pipe(notify_pipe) < 0)
    return 1;
  event_set(&notify_event, notify_pipe[0], EV_READ | EV_PERSIST,
            notify_handler, NULL);
  event_base_set(base, &notify_event);
  event_add(&notify_event, 0);
  int sfd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(sfd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  if (!conn_new(sfd, base))
    return 1;
  return event_base_loop(base, 0);
}
