/* A UDP server in memcached's libevent-1 idiom: each socket gets a
   heap-allocated connection that holds its fd and its read buffer; the
   connection's event is set up with event_set(&c->event, c->sfd, ...,
   event_handler, c) (the libevent 1.x API, still in libevent 2's
   compatibility header) and event_base_loop() runs the handler, which
   finds the fd again through its argument. Prototypes are declared here
   (no headers needed). */
#include <netinet/in.h>
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

#define PORT 7101

typedef struct conn {
  int sfd;
  struct event event;
  char rbuf[1024];
  struct sockaddr_in request_addr;
  socklen_t request_addr_size;
} conn;

static unsigned long gets_served;

static void event_handler(int fd, short which, void *arg) {
  conn *c = arg;
  (void)fd;
  (void)which;
  c->request_addr_size = sizeof(c->request_addr);
  ssize_t n = recvfrom(c->sfd, c->rbuf, sizeof(c->rbuf), 0,
                       (struct sockaddr *)&c->request_addr,
                       &c->request_addr_size);
  if (n < 4)
    return;
  gets_served++;
  sendto(c->sfd, "END\r\n", 5, 0, (struct sockaddr *)&c->request_addr,
         c->request_addr_size);
}

static conn *conn_new(int sfd, struct event_base *base) {
  conn *c = calloc(1, sizeof(conn));
  if (!c)
    return NULL;
  c->sfd = sfd;
  event_set(&c->event, sfd, EV_READ | EV_PERSIST, event_handler, (void *)c);
  event_base_set(base, &c->event);
  if (event_add(&c->event, 0) == -1) {
    free(c);
    return NULL;
  }
  return c;
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
  if (!conn_new(sfd, base))
    return 1;
  return event_base_loop(base, 0);
}
