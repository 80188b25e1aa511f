/* A key-value server in the DINT store/tatp idiom: the store and a
   journal are allocated on the heap at start-up and reached through
   global pointers, each read and written at several places of a request
   (the version check, the value, the counters). The split shares the
   heap with the offload. Built with -DIN_DATA the pointers lead to
   objects in data instead, which the offload cannot follow: then each
   table is one obstacle to the offload, however many loads reach it. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define SLOTS 1024
enum { GET = 1, SET = 2, OK = 3, STALE = 4 };

struct store {
  uint64_t vals[SLOTS];
  uint32_t vers[SLOTS];
  uint64_t gets, sets;
};

struct journal {
  uint64_t keys[64];
  uint32_t head;
};

struct message {
  uint8_t type;
  uint32_t ver;
  uint64_t key;
  uint64_t val;
} __attribute__((packed));

static struct store *store;
static struct journal *journal;
#ifdef IN_DATA
static struct store store_data;
static struct journal journal_data;
#endif

int main(void) {
#ifdef IN_DATA
  store = &store_data;
  journal = &journal_data;
#else
  store = calloc(1, sizeof(*store));
  journal = calloc(1, sizeof(*journal));
#endif
  if (!store || !journal)
    return 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7310);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    struct message msg;
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, &len) < 0)
      continue;
    uint32_t slot = msg.key % SLOTS;
    if (msg.type == GET) {
      store->gets++;
      msg.val = store->vals[slot];
      msg.ver = store->vers[slot];
      msg.type = OK;
    } else if (store->vers[slot] == msg.ver) {
      store->sets++;
      store->vals[slot] = msg.val;
      store->vers[slot] = msg.ver + 1;
      journal->keys[journal->head % 64] = msg.key;
      journal->head++;
      msg.type = OK;
    } else {
      msg.type = STALE;
    }
    sendto(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, len);
  }
}
