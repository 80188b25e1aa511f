/* A lock server in the DINT 2PL idiom: each request names a lock; the
   server takes the lock bucket's spin word with a compare-and-swap, grants
   or rejects shared/exclusive locks by per-bucket counters, releases the
   spin word, and answers in the request's own buffer. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#define BUCKETS 1024
enum { ACQUIRE = 1, RELEASE = 2, GRANT = 3, REJECT = 4, RETRY = 5 };
enum { SHARED = 1, EXCLUSIVE = 2 };

struct message {
  uint8_t action;
  uint8_t type;
  uint32_t lid;
} __attribute__((packed));

static int spin_locks[BUCKETS];
static uint32_t num_sh[BUCKETS], num_ex[BUCKETS];

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7200);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    struct message msg;
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) !=
        sizeof(msg))
      continue;
    uint32_t h = msg.lid % BUCKETS;
    if (__sync_val_compare_and_swap(&spin_locks[h], 0, 1) == 1) {
      msg.action = RETRY;
      sendto(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, len);
      continue;
    }
    if (msg.action == ACQUIRE) {
      if (msg.type == SHARED && num_ex[h] == 0) {
        num_sh[h]++;
        msg.action = GRANT;
      } else if (msg.type == EXCLUSIVE && num_ex[h] == 0 && num_sh[h] == 0) {
        num_ex[h]++;
        msg.action = GRANT;
      } else {
        msg.action = REJECT;
      }
    } else if (msg.action == RELEASE) {
      if (msg.type == SHARED)
        num_sh[h]--;
      else
        num_ex[h]--;
      msg.action = GRANT;
    }
    __sync_val_compare_and_swap(&spin_locks[h], 1, 0);
    sendto(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, len);
  }
}
