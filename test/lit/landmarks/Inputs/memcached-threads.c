/* A cache server in memcached 1.6's thread idiom: the main thread accepts
   and hands every new fd (and each worker its copy of the UDP socket) to a
   worker through a queue item: dispatch_conn_new() takes a CQ_ITEM from a
   free list, fills item->sfd, item->transport and item->mode, and pushes it
   on threads[tid].ev_queue (an array of per-thread structs, the queue a
   tail-pointer list); the worker's notify handler, registered with
   &threads[i], pops it and, for queue_new_conn, calls conn_new(item->sfd,
   ..., item->transport) which fills c->sfd and c->transport.
   notify_worker_fd() reuses the queue for other modes with an fd and no
   transport. drive_machine() calls recvfrom only when IS_UDP(c->transport),
   else the conn's function pointers (tcp_read, tcp_sendmsg, tcp_write);
   after a reply it goes to the state c->write_and_go, which conn_new()
   sets to the initial state (as BMC's memcached does), so only a conn made
   listening can be in state conn_listening.
   Prototypes of libevent 1.x are declared here (no headers needed). */
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
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
int event_base_loop(struct event_base *, int);

enum network_transport { local_transport, tcp_transport, udp_transport };
#define IS_UDP(x) ((x) == udp_transport)

enum conn_states { conn_listening, conn_new_cmd, conn_read, conn_write,
                   conn_closing };
enum conn_queue_item_modes { queue_new_conn, queue_timeout, queue_redispatch };

typedef struct conn_queue_item CQ_ITEM;
struct conn_queue_item {
  int sfd;
  enum conn_states init_state;
  enum network_transport transport;
  enum conn_queue_item_modes mode;
  CQ_ITEM *next;
};

typedef struct conn_queue {
  CQ_ITEM *head;
  CQ_ITEM **tail;
  pthread_mutex_t lock;
} CQ;

typedef struct {
  pthread_t thread_id;
  struct event_base *base;
  struct event notify_event;
  int notify_receive_fd;
  int notify_send_fd;
  CQ *ev_queue;
} LIBEVENT_THREAD;

typedef struct conn conn;
struct conn {
  int sfd;
  enum conn_states state;
  enum conn_states write_and_go; /* the state after a reply */
  enum network_transport transport;
  LIBEVENT_THREAD *thread;
  struct event event;
  char rbuf[2048];
  int rbytes;
  struct sockaddr_in6 request_addr;
  socklen_t request_addr_size;
  ssize_t (*read)(conn *c, void *buf, size_t count);
  ssize_t (*sendmsg)(conn *c, struct msghdr *msg, int flags);
  ssize_t (*write)(conn *c, void *buf, size_t count);
};

#define MAX_FDS 1024
#define NTHREADS 4

static struct event_base *main_base;
static conn **conns; /* indexed by fd, as memcached's */
static LIBEVENT_THREAD *threads;
static int last_thread = -1;
static CQ_ITEM *cqi_freelist;
static pthread_mutex_t cqi_freelist_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long gets;

ssize_t tcp_read(conn *c, void *buf, size_t count) {
  return read(c->sfd, buf, count);
}

ssize_t tcp_sendmsg(conn *c, struct msghdr *msg, int flags) {
  return sendmsg(c->sfd, msg, flags);
}

ssize_t tcp_write(conn *c, void *buf, size_t count) {
  return write(c->sfd, buf, count);
}

static void event_handler(int fd, short which, void *arg);

static void conn_set_state(conn *c, enum conn_states state) {
  c->state = state;
}

conn *conn_new(int sfd, enum conn_states init_state,
               enum network_transport transport, struct event_base *base) {
  if (sfd < 0 || sfd >= MAX_FDS)
    return NULL;
  conn *c = conns[sfd];
  if (c == NULL) {
    c = calloc(1, sizeof(conn));
    if (c == NULL)
      return NULL;
    c->sfd = sfd;
    conns[sfd] = c;
  }
  c->transport = transport;
  c->state = init_state;
  c->write_and_go = init_state;
  c->rbytes = 0;
  c->read = tcp_read;
  c->sendmsg = tcp_sendmsg;
  c->write = tcp_write;
  event_set(&c->event, sfd, EV_READ | EV_PERSIST, event_handler, (void *)c);
  event_base_set(base, &c->event);
  if (event_add(&c->event, 0) == -1)
    return NULL;
  return c;
}

/* Items come from a free list, refilled from the heap. */
static CQ_ITEM *cqi_new(void) {
  CQ_ITEM *item = NULL;
  pthread_mutex_lock(&cqi_freelist_lock);
  if (cqi_freelist) {
    item = cqi_freelist;
    cqi_freelist = item->next;
  }
  pthread_mutex_unlock(&cqi_freelist_lock);
  if (item == NULL)
    item = malloc(sizeof(CQ_ITEM));
  return item;
}

static void cqi_free(CQ_ITEM *item) {
  pthread_mutex_lock(&cqi_freelist_lock);
  item->next = cqi_freelist;
  cqi_freelist = item;
  pthread_mutex_unlock(&cqi_freelist_lock);
}

static void cq_init(CQ *cq) {
  pthread_mutex_init(&cq->lock, NULL);
  cq->head = NULL;
  cq->tail = &cq->head;
}

static void cq_push(CQ *cq, CQ_ITEM *item) {
  item->next = NULL;
  pthread_mutex_lock(&cq->lock);
  *cq->tail = item;
  cq->tail = &item->next;
  pthread_mutex_unlock(&cq->lock);
}

static CQ_ITEM *cq_pop(CQ *cq) {
  pthread_mutex_lock(&cq->lock);
  CQ_ITEM *item = cq->head;
  if (item != NULL && (cq->head = item->next) == NULL)
    cq->tail = &cq->head;
  pthread_mutex_unlock(&cq->lock);
  return item;
}

static void notify_worker(LIBEVENT_THREAD *t, CQ_ITEM *item) {
  cq_push(t->ev_queue, item);
  char buf = 'c';
  if (write(t->notify_send_fd, &buf, 1) != 1)
    perror("Writing to thread notify pipe");
}

static void notify_worker_fd(LIBEVENT_THREAD *t, int sfd,
                             enum conn_queue_item_modes mode) {
  CQ_ITEM *item = cqi_new();
  if (item == NULL)
    return;
  item->mode = mode;
  item->sfd = sfd;
  notify_worker(t, item);
}

void dispatch_conn_new(int sfd, enum conn_states init_state,
                       enum network_transport transport) {
  CQ_ITEM *item = cqi_new();
  if (item == NULL) {
    close(sfd);
    return;
  }
  int tid = (last_thread + 1) % NTHREADS;
  LIBEVENT_THREAD *thread = &threads[tid];
  last_thread = tid;
  item->sfd = sfd;
  item->init_state = init_state;
  item->transport = transport;
  item->mode = queue_new_conn;
  notify_worker(thread, item);
}

void redispatch_conn(conn *c) {
  notify_worker_fd(c->thread, c->sfd, queue_redispatch);
}

static void conn_close(conn *c) {
  event_add(&c->event, 0);
  close(c->sfd);
}

static void thread_libevent_process(int fd, short which, void *arg) {
  LIBEVENT_THREAD *me = arg;
  char buf;
  (void)which;
  if (read(fd, &buf, 1) != 1)
    return;
  CQ_ITEM *item = cq_pop(me->ev_queue);
  if (item == NULL)
    return;
  switch (item->mode) {
  case queue_new_conn: {
    conn *c = conn_new(item->sfd, item->init_state, item->transport, me->base);
    if (c == NULL)
      close(item->sfd);
    else
      c->thread = me;
    break;
  }
  case queue_timeout:
    conn_close(conns[item->sfd]);
    break;
  case queue_redispatch:
    event_add(&conns[item->sfd]->event, 0);
    break;
  }
  cqi_free(item);
}

static int try_read_udp(conn *c) {
  c->request_addr_size = sizeof(c->request_addr);
  ssize_t res = recvfrom(c->sfd, c->rbuf, sizeof(c->rbuf), 0,
                         (struct sockaddr *)&c->request_addr,
                         &c->request_addr_size);
  if (res > 8) {
    c->rbytes = (int)res;
    return 1;
  }
  return 0;
}

static int try_read_network(conn *c) {
  ssize_t res = c->read(c, c->rbuf + c->rbytes, sizeof(c->rbuf) - c->rbytes);
  if (res <= 0)
    return 0;
  c->rbytes += (int)res;
  return 1;
}

static int transmit(conn *c) {
  struct iovec iov = {"END\r\n", 5};
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  if (!IS_UDP(c->transport))
    return c->sendmsg(c, &msg, 0) > 0;
  msg.msg_name = &c->request_addr;
  msg.msg_namelen = c->request_addr_size;
  return sendmsg(c->sfd, &msg, 0) > 0;
}

static void drive_machine(conn *c) {
  bool stop = false;
  while (!stop) {
    switch (c->state) {
    case conn_listening: {
      struct sockaddr_storage addr;
      socklen_t addrlen = sizeof(addr);
      int sfd = accept(c->sfd, (struct sockaddr *)&addr, &addrlen);
      if (sfd == -1) {
        stop = true;
        break;
      }
      dispatch_conn_new(sfd, conn_new_cmd, c->transport);
      stop = true;
      break;
    }
    case conn_new_cmd:
      c->rbytes = 0;
      conn_set_state(c, conn_read);
      break;
    case conn_read: {
      int res = IS_UDP(c->transport) ? try_read_udp(c) : try_read_network(c);
      if (!res) {
        stop = true;
        break;
      }
      if (c->rbuf[0] != 'g') {
        if (!IS_UDP(c->transport))
          c->write(c, "ERROR\r\n", 7);
        conn_set_state(c, conn_new_cmd);
        break;
      }
      gets++;
      c->write_and_go = IS_UDP(c->transport) ? conn_read : conn_new_cmd;
      conn_set_state(c, conn_write);
      break;
    }
    case conn_write:
      if (!transmit(c)) {
        conn_set_state(c, conn_closing);
        break;
      }
      conn_set_state(c, c->write_and_go);
      stop = true;
      break;
    case conn_closing:
      if (!IS_UDP(c->transport))
        conn_close(c);
      stop = true;
      break;
    }
  }
}

static void event_handler(int fd, short which, void *arg) {
  conn *c = arg;
  (void)which;
  if (fd != c->sfd)
    return;
  drive_machine(c);
}

static int server_socket(int port, enum network_transport transport) {
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_flags = AI_PASSIVE;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = IS_UDP(transport) ? SOCK_DGRAM : SOCK_STREAM;
  char port_buf[16];
  snprintf(port_buf, sizeof(port_buf), "%d", port);
  struct addrinfo *ai;
  if (getaddrinfo(NULL, port_buf, &hints, &ai) != 0)
    return 1;
  for (struct addrinfo *next = ai; next; next = next->ai_next) {
    int sfd = socket(next->ai_family, next->ai_socktype, next->ai_protocol);
    if (sfd == -1)
      continue;
    if (bind(sfd, next->ai_addr, next->ai_addrlen) == -1) {
      close(sfd);
      continue;
    }
    if (!IS_UDP(transport) && listen(sfd, 1024) == -1) {
      close(sfd);
      continue;
    }
    if (IS_UDP(transport)) {
      /* Every worker serves the UDP socket. */
      for (int t = 0; t < NTHREADS; t++)
        dispatch_conn_new(sfd, conn_read, transport);
    } else if (conn_new(sfd, conn_listening, transport, main_base) == NULL) {
      freeaddrinfo(ai);
      return 1;
    }
  }
  freeaddrinfo(ai);
  return 0;
}

static int server_socket_unix(const char *path) {
  int sfd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (sfd == -1)
    return 1;
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof(addr));
  addr.sun_family = AF_UNIX;
  strncpy(addr.sun_path, path, sizeof(addr.sun_path) - 1);
  if (bind(sfd, (struct sockaddr *)&addr, sizeof(addr)) == -1 ||
      listen(sfd, 1024) == -1) {
    close(sfd);
    return 1;
  }
  return conn_new(sfd, conn_listening, local_transport, main_base) == NULL;
}

static void *worker_libevent(void *arg) {
  LIBEVENT_THREAD *me = arg;
  event_base_loop(me->base, 0);
  return NULL;
}

static void setup_thread(LIBEVENT_THREAD *me) {
  me->base = event_init();
  event_set(&me->notify_event, me->notify_receive_fd, EV_READ | EV_PERSIST,
            thread_libevent_process, me);
  event_base_set(me->base, &me->notify_event);
  event_add(&me->notify_event, 0);
  me->ev_queue = malloc(sizeof(CQ));
  if (me->ev_queue == NULL)
    exit(1);
  cq_init(me->ev_queue);
}

static void thread_init(void) {
  threads = calloc(NTHREADS, sizeof(LIBEVENT_THREAD));
  if (threads == NULL)
    exit(1);
  for (int i = 0; i < NTHREADS; i++) {
    int fds[2];
    if (pipe(fds))
      exit(1);
    threads[i].notify_receive_fd = fds[0];
    threads[i].notify_send_fd = fds[1];
    setup_thread(&threads[i]);
  }
  for (int i = 0; i < NTHREADS; i++)
    pthread_create(&threads[i].thread_id, NULL, worker_libevent, &threads[i]);
}

int main(int argc, char **argv) {
  main_base = event_init();
  conns = calloc(MAX_FDS, sizeof(conn *));
  if (conns == NULL)
    return 1;
  thread_init();
  if (argc > 1 && server_socket_unix(argv[1]))
    return 1;
  if (server_socket(11211, tcp_transport) ||
      server_socket(11211, udp_transport))
    return 1;
  return event_base_loop(main_base, 0);
}
