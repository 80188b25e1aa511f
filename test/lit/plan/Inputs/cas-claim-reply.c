/* A slot-claim server: "<slot><owner>" claims a slot for an owner by
   compare-and-swap (first claim wins) and answers 'K' in the request's
   buffer; a claim that finds the slot taken is logged and not answered.
   Built three ways for the plan's effect handling (issue 15): as is;
   -DLOG_CLAIMS, which also logs some successful claims (a slow path after
   a write that cannot be undone); -DECHO, which answers with the request
   as received (a reply whose length is known only at run time). */
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
  sa.sin_port = htons(7211);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    unsigned char buf[16];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n =
        recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &len);
    if (n < 5)
      continue;
    uint32_t who;
    memcpy(&who, buf + 1, 4);
    unsigned slot = buf[0] % SLOTS;
    if (!__sync_bool_compare_and_swap(&owner[slot], 0, who)) {
      fprintf(stderr, "claim: slot %u taken\n", slot);
      continue;
    }
#ifdef LOG_CLAIMS
    if (n > 5 && buf[5] == '!')
      fprintf(stderr, "claim: slot %u claimed\n", slot);
#endif
    buf[0] = 'K';
#ifdef ECHO
    sendto(fd, buf, n, 0, (struct sockaddr *)&cli, len);
#else
    sendto(fd, buf, 1, 0, (struct sockaddr *)&cli, len);
#endif
  }
}
