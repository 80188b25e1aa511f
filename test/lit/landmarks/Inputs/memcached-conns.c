/* A cache server in memcached 1.6's idiom: every socket gets a struct conn
   holding its fd (c->sfd), its transport (tcp, udp or local) and its
   state; one socket() call over getaddrinfo() makes the TCP listener or
   the UDP socket, as the transport asks; a unix stream listener beside
   them. Listeners' conns are made at start-up; accept() runs on any
   listener's conn, and the new fd, like the UDP socket's, goes through a
   queue of items to conn_new() in the notify pipe's handler. One libevent
   handler runs drive_machine(), a state machine: recvfrom only when
   IS_UDP(c->transport), else the conn's read/sendmsg/write function
   pointers (tcp_read, tcp_sendmsg, tcp_write). Prototypes of libevent 1.x
   are declared here (no headers needed). */
#include <netdb.h>
#include <netinet/in.h>
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

typedef struct conn conn;
struct conn {
  int sfd;
  enum conn_states state;
  enum network_transport transport;
  struct event event;
  char rbuf[2048];
  int rbytes;
  struct sockaddr_in6 request_addr;
  socklen_t request_addr_size;
  ssize_t (*read)(conn *c, void *buf, size_t count);
  ssize_t (*sendmsg)(conn *c, struct msghdr *msg, int flags);
  ssize_t (*write)(conn *c, void *buf, size_t count);
};

typedef struct conn_queue_item CQ_ITEM;
struct conn_queue_item {
  int sfd;
  enum conn_states init_state;
  enum network_transport transport;
  CQ_ITEM *next;
};

typedef struct conn_queue {
  CQ_ITEM *head;
  CQ_ITEM *tail;
} CQ;

#define MAX_FDS 1024

static struct event_base *main_base;
static conn **conns; /* indexed by fd, as memcached's */
static CQ *new_conn_queue;
static int notify_send_fd;
static struct event notify_event;
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

static void cq_push(CQ *cq, CQ_ITEM *item) {
  item->next = NULL;
  if (cq->tail == NULL)
    cq->head = item;
  else
    cq->tail->next = item;
  cq->tail = item;
}

static CQ_ITEM *cq_pop(CQ *cq) {
  CQ_ITEM *item = cq->head;
  if (item != NULL) {
    cq->head = item->next;
    if (cq->head == NULL)
      cq->tail = NULL;
  }
  return item;
}

void dispatch_conn_new(int sfd, enum conn_states init_state,
                       enum network_transport transport) {
  CQ_ITEM *item = malloc(sizeof(CQ_ITEM));
  if (item == NULL) {
    close(sfd);
    return;
  }
  item->sfd = sfd;
  item->init_state = init_state;
  item->transport = transport;
  cq_push(new_conn_queue, item);
  char buf = 'c';
  if (write(notify_send_fd, &buf, 1) != 1)
    perror("Writing to thread notify pipe");
}

static void thread_libevent_process(int fd, short which, void *arg) {
  char buf;
  (void)which;
  (void)arg;
  if (read(fd, &buf, 1) != 1)
    return;
  CQ_ITEM *item = cq_pop(new_conn_queue);
  if (item == NULL)
    return;
  if (conn_new(item->sfd, item->init_state, item->transport, main_base) ==
      NULL)
    close(item->sfd);
  free(item);
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

static struct msghdr reply_msg(conn *c, struct iovec *iov) {
  struct msghdr msg;
  memset(&msg, 0, sizeof(msg));
  iov->iov_base = "END\r\n";
  iov->iov_len = 5;
  msg.msg_iov = iov;
  msg.msg_iovlen = 1;
  if (IS_UDP(c->transport)) {
    msg.msg_name = &c->request_addr;
    msg.msg_namelen = c->request_addr_size;
  }
  return msg;
}

static int transmit(conn *c) {
  struct iovec iov;
  struct msghdr msg = reply_msg(c, &iov);
  return c->sendmsg(c, &msg, 0) > 0;
}

static int transmit_udp(conn *c) {
  struct iovec iov;
  struct msghdr msg = reply_msg(c, &iov);
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
      if (sfd >= MAX_FDS) {
        const char *str = "ERROR Too many open connections\r\n";
        if (write(sfd, str, strlen(str)) < 0)
          perror("write");
        close(sfd);
      } else {
        dispatch_conn_new(sfd, conn_new_cmd, c->transport);
      }
      stop = true;
      break;
    }
    case conn_new_cmd:
      c->rbytes = 0;
      c->state = conn_read;
      break;
    case conn_read: {
      int res;
      if (!IS_UDP(c->transport))
        res = try_read_network(c);
      else
        res = try_read_udp(c);
      if (!res) {
        stop = true;
        break;
      }
      if (c->rbuf[0] != 'g') {
        if (!IS_UDP(c->transport))
          c->write(c, "ERROR\r\n", 7);
        c->state = conn_new_cmd;
        break;
      }
      gets++;
      c->state = conn_write;
      break;
    }
    case conn_write:
      if (!(!IS_UDP(c->transport) ? transmit(c) : transmit_udp(c))) {
        c->state = conn_closing;
        break;
      }
      c->state = IS_UDP(c->transport) ? conn_read : conn_new_cmd;
      stop = true;
      break;
    case conn_closing:
      if (!IS_UDP(c->transport)) {
        event_add(&c->event, 0);
        close(c->sfd);
      }
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

int main(int argc, char **argv) {
  main_base = event_init();
  new_conn_queue = calloc(1, sizeof(CQ));
  conns = calloc(MAX_FDS, sizeof(conn *));
  int fds[2];
  if (new_conn_queue == NULL || conns == NULL || pipe(fds) != 0)
    return 1;
  notify_send_fd = fds[1];
  event_set(&notify_event, fds[0], EV_READ | EV_PERSIST,
            thread_libevent_process, NULL);
  event_base_set(main_base, &notify_event);
  event_add(&notify_event, 0);
  if (argc > 1 && server_socket_unix(argv[1]))
    return 1;
  if (server_socket(11211, tcp_transport) ||
      server_socket(11211, udp_transport))
    return 1;
  return event_base_loop(main_base, 0);
}
