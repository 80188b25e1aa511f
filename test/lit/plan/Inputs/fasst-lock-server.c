/* A lock server in DINT's FaSST idiom (lock_fasst/udp/server.cc): a packed
   request names a lock; a read answers the lock's version, an acquire
   takes the lock word by compare-and-swap (granted or rejected), an abort
   releases it, a commit bumps the version and releases it. Every answer
   is the request's own 9 bytes, rewritten in place and sent back; the
   receive's size is not checked, and a failed send ends the server. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define LOCKS 1000

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

static void panic(const char *what) {
  perror(what);
  exit(1);
}

static inline void net_send(int fd, struct message *msg,
                            const struct sockaddr_in *addr) {
  if (sendto(fd, msg, sizeof(struct message), 0,
             (const struct sockaddr *)addr, sizeof(*addr)) < 0)
    panic("send error");
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7210);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    panic("bind");
  struct message msg;
  struct sockaddr_in cli;
  for (;;) {
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) < 0)
      panic("recv error");
    uint32_t h = msg.lid % LOCKS;
    switch (msg.type) {
    case READ:
      msg.type = GRANT_READ;
      msg.ver = ver_table[h];
      net_send(fd, &msg, &cli);
      break;
    case ACQUIRE:
      if (__sync_bool_compare_and_swap(&locks[h], 0, 1))
        msg.type = GRANT_LOCK;
      else
        msg.type = REJECT_LOCK;
      net_send(fd, &msg, &cli);
      break;
    case ABORT:
      __sync_bool_compare_and_swap(&locks[h], 1, 0);
      msg.type = ABORT_ACK;
      net_send(fd, &msg, &cli);
      break;
    case COMMIT:
      ver_table[h]++;
      __sync_bool_compare_and_swap(&locks[h], 1, 0);
      msg.type = COMMIT_ACK;
      net_send(fd, &msg, &cli);
      break;
    default:
      fprintf(stderr, "unknown packet type %d\n", msg.type);
      exit(1);
    }
  }
}
