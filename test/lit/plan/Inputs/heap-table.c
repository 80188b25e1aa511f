/* A key-value server in the DINT store idiom: the table is allocated on
   the heap at start-up and reached through a global pointer; GET walks a
   bucket's chain of heap entries, SET writes the value in place. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define BUCKETS 4096
enum { GET = 1, SET = 2, OK = 3, MISS = 4 };

struct entry {
  uint64_t key;
  uint64_t val;
  struct entry *next;
};

struct table {
  struct entry *heads[BUCKETS];
};

struct message {
  uint8_t type;
  uint64_t key;
  uint64_t val;
} __attribute__((packed));

static struct table *table;

static struct entry *lookup(struct table *t, uint64_t key) {
  struct entry *e = t->heads[key % BUCKETS];
  while (e && e->key != key)
    e = e->next;
  return e;
}

int main(void) {
  table = calloc(1, sizeof(*table));
  if (!table)
    return 1;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7300);
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
    struct entry *e = lookup(table, msg.key);
    if (!e) {
      msg.type = MISS;
    } else if (msg.type == GET) {
      msg.val = e->val;
      msg.type = OK;
    } else {
      e->val = msg.val;
      msg.type = OK;
    }
    sendto(fd, &msg, sizeof(msg), 0, (struct sockaddr *)&cli, len);
  }
}
