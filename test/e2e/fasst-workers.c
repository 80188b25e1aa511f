/* A lock server in DINT's idiom (lock_fasst/udp/server.cc): N worker
   threads, each with its own SO_REUSEPORT socket on one port, answering
   the FaSST lock protocol from shared tables (a read answers the lock's
   version, an acquire takes the lock word by compare-and-swap, an abort
   releases it, a commit bumps the version and releases it). The worker's
   index is only in its error messages.

   usage: fasst-workers [threads]   (4 by default) */
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define LOCKS 4096

enum {
  READ = 0,
  ACQUIRE = 1,
  ABORT = 2,
  COMMIT = 3,
  GRANT_READ = 4,
  GRANT_LOCK = 5,
  REJECT_LOCK = 6,
  ABORT_ACK = 7,
  COMMIT_ACK = 8,
};

struct message {
  uint8_t type;
  uint32_t lid;
  uint32_t ver;
} __attribute__((packed));

static volatile int locks[LOCKS];
static uint32_t ver_table[LOCKS];

#define panic(...)                                                             \
  do {                                                                         \
    fprintf(stderr, __VA_ARGS__);                                              \
    exit(EXIT_FAILURE);                                                        \
  } while (0)

static void net_send(int fd, struct message *msg,
                     const struct sockaddr_in *addr, int worker_id) {
  if (sendto(fd, msg, sizeof(*msg), 0, (const struct sockaddr *)addr,
             sizeof(*addr)) < 0)
    panic("worker %d: send error\n", worker_id);
}

static void *server_loop(void *arg) {
  int worker_id = (int)(intptr_t)arg;
  int fd = socket(AF_INET, SOCK_DGRAM, 0), one = 1;
  if (fd < 0)
    panic("socket creation failed\n");
  setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7212);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    panic("bind failed\n");
  struct message msg;
  struct sockaddr_in cli;
  for (;;) {
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) < 0)
      panic("worker %d: recv error\n", worker_id);
    uint32_t h = msg.lid % LOCKS;
    switch (msg.type) {
    case READ:
      msg.type = GRANT_READ;
      msg.ver = ver_table[h];
      net_send(fd, &msg, &cli, worker_id);
      break;
    case ACQUIRE:
      msg.type = __sync_bool_compare_and_swap(&locks[h], 0, 1) ? GRANT_LOCK
                                                                : REJECT_LOCK;
      net_send(fd, &msg, &cli, worker_id);
      break;
    case ABORT:
      __sync_bool_compare_and_swap(&locks[h], 1, 0);
      msg.type = ABORT_ACK;
      net_send(fd, &msg, &cli, worker_id);
      break;
    case COMMIT:
      ver_table[h]++;
      __sync_bool_compare_and_swap(&locks[h], 1, 0);
      msg.type = COMMIT_ACK;
      net_send(fd, &msg, &cli, worker_id);
      break;
    default:
      panic("unknown packet type %d\n", msg.type);
    }
  }
  return NULL;
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 4;
  pthread_t *tid = calloc(threads, sizeof(*tid));
  for (int i = 0; i < threads; i++)
    pthread_create(&tid[i], NULL, server_loop, (void *)(intptr_t)i);
  for (int i = 0; i < threads; i++)
    pthread_join(tid[i], NULL);
  return 0;
}
