// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// deref.c: a UDP server that follows HOPS links through a table, built
// twice by bench/heap/run.sh: the table a global array (-DTABLE_GLOBAL),
// or calloc'd at start-up (the shared heap: every access through the
// pointer is translated in the offload). The same requests, the same
// answers; the difference in ns per request, divided by HOPS, is what one
// translated dereference costs.
//
// Request: a 4-byte big-endian slot number. Reply: the slot reached and
// the sum of the values on the way, 4 bytes each, big-endian.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>

#define SLOTS 4096
#define HOPS 8

struct slot {
  uint32_t next;
  uint32_t value;
};

#ifdef TABLE_GLOBAL
static struct slot table[SLOTS];
#else
static struct slot *table;
#endif

int main(void) {
#ifndef TABLE_GLOBAL
  table = calloc(SLOTS, sizeof *table);
  if (!table)
    return 1;
#endif
  for (uint32_t i = 0; i < SLOTS; i++) {
    table[i].next = (uint32_t)(i * 2654435761u) % SLOTS;
    table[i].value = i * 7 + 1;
  }
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(7401)};
  inet_pton(AF_INET, "198.18.95.1", &addr.sin_addr);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
    perror("bind");
    return 1;
  }
  for (;;) {
    uint32_t req[4], rep[2];
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    ssize_t n = recvfrom(fd, req, sizeof req, 0, (struct sockaddr *)&peer,
                         &len);
    if (n < 4)
      continue;
    uint32_t at = ntohl(req[0]) % SLOTS, sum = 0;
    for (int h = 0; h < HOPS; h++) {
      sum += table[at].value;
      at = table[at].next;
    }
    rep[0] = htonl(at);
    rep[1] = htonl(sum);
    sendto(fd, rep, sizeof rep, 0, (struct sockaddr *)&peer, len);
  }
}
