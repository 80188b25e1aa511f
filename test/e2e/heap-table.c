// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// heap-table.c: a UDP key-value server whose table is on the heap, as
// servers keep one: an array of bucket heads calloc'd at start-up, nodes
// malloc'd and chained, a lookup that walks the chain. Requests are
//   'G' key[16]            -> 'V' key[16] value(u32)  or  'N' key[16]
//   'S' key[16] value(u32) -> 'K' key[16]   (updates in place, or inserts
//                                            a new node: malloc per request)
//   'R' key[16]            -> as 'G', always in userspace (it asks getenv
//                             whether to trace, which has no BPF form)
// Start-up loads keys "key0".."key{N-1}" with value 7*i. A GET counts its
// hit under the bucket's spin lock (taken by exchange, released by
// compare-and-exchange, as DINT's kvs does).
//
// usage: heap-table PORT [N]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NBUCKETS 1024
#define KEY_LEN 16

struct node {
  char key[KEY_LEN];
  uint32_t value;
  uint32_t hits;
  struct node *next;
};

static struct node **buckets;
static int *locks; /* one spin lock a bucket, as DINT's kvs */

static unsigned hash_key(const char *key) {
  unsigned h = 5381;
  for (int i = 0; i < KEY_LEN; i++)
    h = h * 33 + (unsigned char)key[i];
  return h % NBUCKETS;
}

static struct node *find(const char *key) {
  for (struct node *n = buckets[hash_key(key)]; n; n = n->next)
    if (memcmp(n->key, key, KEY_LEN) == 0)
      return n;
  return NULL;
}

static void lock_bucket(unsigned h) {
  while (__sync_lock_test_and_set(&locks[h], 1))
    ;
}

static void unlock_bucket(unsigned h) {
  __sync_val_compare_and_swap(&locks[h], 1, 0);
}

static void insert(const char *key, uint32_t value) {
  struct node *n = malloc(sizeof *n);
  if (!n) {
    perror("malloc");
    exit(1);
  }
  memcpy(n->key, key, KEY_LEN);
  n->value = value;
  n->hits = 0;
  unsigned h = hash_key(key);
  n->next = buckets[h];
  buckets[h] = n;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PORT [N]\n", argv[0]);
    return 2;
  }
  int preload = argc > 2 ? atoi(argv[2]) : 200;
  buckets = calloc(NBUCKETS, sizeof *buckets);
  locks = calloc(NBUCKETS, sizeof *locks);
  if (!buckets || !locks)
    return 1;
  for (int i = 0; i < preload; i++) {
    char key[KEY_LEN] = {0};
    snprintf(key, sizeof key, "key%d", i);
    insert(key, 7u * i);
  }

  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons(atoi(argv[1]));
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
    perror("bind");
    return 1;
  }
  for (;;) {
    unsigned char buf[64];
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&peer,
                         &len);
    if (n < 1 + KEY_LEN)
      continue;
    char key[KEY_LEN];
    memcpy(key, buf + 1, KEY_LEN);
    struct node *e = find(key);
    if (buf[0] == 'R' && getenv("HEAP_TABLE_TRACE"))
      fprintf(stderr, "R %.16s\n", key);
    if (buf[0] == 'G' || buf[0] == 'R') {
      if (!e) {
        buf[0] = 'N';
        sendto(fd, buf, 1 + KEY_LEN, 0, (struct sockaddr *)&peer, len);
        continue;
      }
      unsigned h = hash_key(key);
      lock_bucket(h);
      e->hits++;
      unlock_bucket(h);
      buf[0] = 'V';
      memcpy(buf + 1 + KEY_LEN, &e->value, sizeof e->value);
      sendto(fd, buf, 1 + KEY_LEN + 4, 0, (struct sockaddr *)&peer, len);
    } else if (buf[0] == 'S' && n >= 1 + KEY_LEN + 4) {
      uint32_t value;
      memcpy(&value, buf + 1 + KEY_LEN, sizeof value);
      if (e)
        e->value = value;
      else
        insert(key, value);
      buf[0] = 'K';
      sendto(fd, buf, 1 + KEY_LEN, 0, (struct sockaddr *)&peer, len);
    }
  }
}
