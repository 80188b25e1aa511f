/* A transaction shard in the DINT tatp idiom: a rare LOG request records
   which CPU served it (shard_cpu, from a library) before the common path, which every
   request takes, reads a table mmap'd at start-up through a global
   pointer (memory the offload cannot follow; the heap it could). */
#include <sys/mman.h>
#include <netinet/in.h>
int shard_cpu(void); /* the deployment's own library */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define SLOTS 4096
enum { READ = 1, LOG = 2, OK = 3 };

struct message {
  uint8_t type;
  uint32_t key;
  uint64_t val;
} __attribute__((packed));

static uint64_t *values;
static uint32_t log_cpu[SLOTS];

int main(void) {
  values = mmap(0, SLOTS * sizeof(*values), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (values == MAP_FAILED)
    return 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7301);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    struct message msg;
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) < 0) {
      perror("recv");
      exit(1);
    }
    uint32_t slot = msg.key % SLOTS;
    if (msg.type == LOG)
      log_cpu[slot] = shard_cpu();
    msg.val = values[slot];
    msg.type = OK;
    sendto(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, len);
  }
}
