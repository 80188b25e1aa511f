// A lock server in DINT's C++ idiom (lock_2pl, smallbank): `while (1)`
// around a receive in an inline header helper that panics on error, a
// compare-and-swap on a lock table, replies in several branches and a
// `continue` after one. At -O1 clang emits no loop metadata for this
// loop, and the loop's first instruction is the inlined helper's.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

#define panic(fmt, ...)                                                        \
  do {                                                                         \
    fprintf(stderr, fmt, ##__VA_ARGS__);                                       \
    exit(EXIT_FAILURE);                                                        \
  } while (0)

struct message {
  uint8_t type;
  uint8_t table;
  uint64_t key;
} __attribute__((packed));

static inline void net_recv(int fd, message *msg, sockaddr_in *addr, int id) {
  socklen_t len = sizeof(*addr);
  auto ret = recvfrom(fd, msg, sizeof(*msg), 0, (sockaddr *)addr, &len);
  if (ret < 0)
    panic("worker %u: recv error", id);
}

static inline void net_send(int fd, message *msg, const sockaddr_in *addr,
                            int id) {
  auto ret =
      sendto(fd, msg, sizeof(*msg), 0, (const sockaddr *)addr, sizeof(*addr));
  if (ret < 0)
    panic("worker %u: send error", id);
}

static int locks[4][64];
static int holders[4][64];

static void serve(int fd, int id) {
  message msg;
  sockaddr_in client_addr;

  while (1) {
    net_recv(fd, &msg, &client_addr, id);
    uint64_t lh = msg.key % 64;
    if (msg.type == 1 || msg.type == 2) {
      int ret = __sync_val_compare_and_swap(&locks[msg.table % 4][lh], 0, 1);
      if (ret == 1) {
        msg.type = 9;
        net_send(fd, &msg, &client_addr, id);
        continue;
      }
    }
    if (msg.type == 1) {
      if (holders[msg.table % 4][lh] == 0) {
        holders[msg.table % 4][lh]++;
        msg.type = 3;
        net_send(fd, &msg, &client_addr, id);
      } else {
        msg.type = 4;
        net_send(fd, &msg, &client_addr, id);
      }
    } else if (msg.type == 2) {
      holders[msg.table % 4][lh]--;
      msg.type = 5;
      net_send(fd, &msg, &client_addr, id);
    } else {
      panic("bad type %d", msg.type);
    }
  }
}

int main() {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7105);
  if (bind(fd, (const sockaddr *)&sa, sizeof(sa)) < 0)
    panic("bind");
  serve(fd, 0);
}
