/* A slot-claim sink: each datagram "<slot> <owner>" claims a slot for an
   owner with a compare-and-swap (first claim wins) and sends nothing
   back; a malformed datagram is logged. The compare-and-swap is the
   request's last write and nothing after it can fall back, so it commits
   in the kernel where it is. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#define SLOTS 64

static uint32_t owner[SLOTS];

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7201);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    unsigned char buf[8];
    ssize_t n = recv(fd, buf, sizeof(buf), 0);
    if (n != 5 || buf[0] >= SLOTS) {
      fprintf(stderr, "claim: malformed datagram of %zd bytes\n", n);
      continue;
    }
    uint32_t who;
    memcpy(&who, buf + 1, 4);
    __sync_val_compare_and_swap(&owner[buf[0]], 0, who);
  }
}
