/* A log server in DINT's idiom (log_server/udp/server.cc): each request is
 * appended to the log of the CPU it runs on (sched_getcpu()), and acked. */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#define CPUS 64
#define ENTRIES 256

struct entry {
  uint32_t txn;
  uint32_t len;
};

static struct entry logs[CPUS][ENTRIES];
static uint32_t tails[CPUS];

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7213);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    uint32_t msg[2];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) !=
        sizeof(msg))
      continue;
    int cpu = sched_getcpu();
    if (cpu < 0)
      cpu = 0;
    uint32_t c = (uint32_t)cpu % CPUS;
    uint32_t at = __sync_fetch_and_add(&tails[c], 1) % ENTRIES;
    logs[c][at].txn = msg[0];
    logs[c][at].len = msg[1];
    sendto(fd, msg, sizeof(msg[0]), 0, (struct sockaddr *)&cli, len);
  }
}
