/* A poll-based UDP key-value server: "GET key" answers from an in-memory
 * table, a miss reads the key's file in the backing store directory,
 * "SET key value" updates the table and writes the value through to the
 * backing store. Built with -DPROFILE_DRIVER, main feeds handle_request()
 * a fixed mix of requests instead (for the PGO profile). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NSLOTS 64
#define KEY_MAX 32
#define VAL_MAX 64

struct entry {
  char key[KEY_MAX];
  char value[VAL_MAX];
  unsigned len;
};

struct entry table[NSLOTS];
unsigned long hits;
const char *store_dir = "/var/lib/kv";

static unsigned slot_of(const char *key, size_t n) {
  unsigned h = 5381;
  for (size_t i = 0; i < n; i++)
    h = h * 33 + (unsigned char)key[i];
  return h % NSLOTS;
}

void handle_request(int fd, char *buf, ssize_t n, struct sockaddr_in *src,
                    socklen_t srclen) {
  char reply[128];
  char path[256];
  if (n < 5)
    return;
  buf[n] = 0;
  char *key = buf + 4;
  if (memcmp(buf, "GET ", 4) == 0) {
    size_t klen = strlen(key);
    struct entry *e = &table[slot_of(key, klen)];
    if (e->len && strcmp(e->key, key) == 0) {
      hits++;
      memcpy(reply, e->value, e->len);
      sendto(fd, reply, e->len, 0, (struct sockaddr *)src, srclen);
      return;
    }
    snprintf(path, sizeof(path), "%s/%s", store_dir, key);
    FILE *f = fopen(path, "r");
    size_t got = 0;
    if (f) {
      got = fread(reply, 1, sizeof(reply), f);
      fclose(f);
    }
    sendto(fd, reply, got, 0, (struct sockaddr *)src, srclen);
    return;
  }
  if (memcmp(buf, "SET ", 4) == 0) {
    char *value = strchr(key, ' ');
    if (!value)
      return;
    *value++ = 0;
    size_t vlen = strlen(value);
    if (vlen >= VAL_MAX)
      return;
    struct entry *e = &table[slot_of(key, strlen(key))];
    strncpy(e->key, key, KEY_MAX - 1);
    memcpy(e->value, value, vlen);
    e->len = vlen;
    snprintf(path, sizeof(path), "%s/%s", store_dir, key);
    FILE *f = fopen(path, "w");
    if (f) {
      fwrite(value, 1, vlen, f);
      fclose(f);
    }
    sendto(fd, "STORED", 6, 0, (struct sockaddr *)src, srclen);
  }
}

#ifndef PROFILE_DRIVER
int main(int argc, char **argv) {
  if (argc > 1)
    store_dir = argv[1];
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7070);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  char buf[512];
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    struct sockaddr_in src;
    socklen_t srclen = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf) - 1, 0,
                         (struct sockaddr *)&src, &srclen);
    handle_request(fd, buf, n, &src, srclen);
  }
}
#else
/* 1000 requests: 900 GETs of keys in the table, 50 GETs of a key that is
 * not, 50 SETs. */
int main(void) {
  char buf[512];
  struct sockaddr_in src;
  memset(&src, 0, sizeof(src));
  store_dir = "/nonexistent";
  for (int i = 0; i < 1000; i++) {
    if (i % 20 == 0)
      strcpy(buf, "SET k1 v1");
    else if (i % 20 == 1)
      strcpy(buf, "GET k2");
    else
      strcpy(buf, "GET k1");
    handle_request(-1, buf, strlen(buf), &src, sizeof(src));
  }
  return 0;
}
#endif
