/* A UDP server written the way real servers dispatch: a constant table of
 * endpoints, each a command name and a handler, walked by a loop that
 * compares the request with each name (strncmp, strlen of the table's
 * literal); the matching handler writes the reply into a buffer, which the
 * loop sends. A counter per endpoint is shared. MOTD reads a file: it stays
 * in userspace.
 *
 * -DINDEXED: endpoints[i].handler(...) rather than through a local pointer.
 * -DVIA_POINTER: the table reached through a const pointer global.
 * -DWRITABLE: the table is not const and main may write it (the call stays
 * indirect).
 * -DSENTINEL: the table ends with {NULL, NULL}; a pointer walks it
 * (ep++) until the name is null. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifndef PORT
#define PORT 7640
#endif

struct req {
  const char *arg;     /* the bytes after the command's name */
  size_t len;          /* how many */
  unsigned long count; /* requests to this endpoint so far, this one too */
};

struct endpoint {
  const char *name;
  int (*handler)(const struct req *r, char *out);
};

static unsigned long hits[4];

static int do_ping(const struct req *r, char *out) {
  memcpy(out, "PONG", 4);
  return 4;
}

static int do_echo(const struct req *r, char *out) {
  size_t n = r->len < 64 ? r->len : 64;
  for (size_t k = 0; k < n; k++)
    out[k] = r->arg[k];
  return (int)n;
}

static int do_count(const struct req *r, char *out) {
  memcpy(out, &r->count, sizeof(r->count));
  return sizeof(r->count);
}

static int do_motd(const struct req *r, char *out) {
  FILE *f = fopen("/etc/motd", "r");
  size_t got = f ? fread(out, 1, 64, f) : 0;
  if (f)
    fclose(f);
  return (int)got;
}

#ifdef WRITABLE
static struct endpoint endpoints[] = {
#else
static const struct endpoint endpoints[] = {
#endif
    {"PING", do_ping},
    {"ECHO ", do_echo},
    {"COUNT", do_count},
    {"MOTD", do_motd},
#ifdef SENTINEL
    {NULL, NULL},
#endif
};
#define NENDPOINTS (sizeof(endpoints) / sizeof(endpoints[0]))

#ifdef VIA_POINTER
static const struct endpoint *const table = endpoints;
#else
#define table endpoints
#endif

int main(int argc, char **argv) {
#ifdef WRITABLE
  if (argc > 1)
    endpoints[3].handler = do_ping;
#endif
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(PORT);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  char buf[512];
  char out[256];
  for (;;) {
    struct sockaddr_in from;
    socklen_t fl = sizeof(from);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from,
                         &fl);
    if (n < 1)
      continue;
    int len = -1;
#ifdef SENTINEL
    for (const struct endpoint *ep = table; ep->name; ep++) {
      size_t nl = strlen(ep->name);
      if ((size_t)n < nl || strncmp(buf, ep->name, nl) != 0)
        continue;
      struct req r = {buf + nl, (size_t)n - nl, ++hits[ep - table]};
      len = ep->handler(&r, out);
      break;
    }
#else
    for (size_t i = 0; i < NENDPOINTS; i++) {
#ifdef INDEXED
      size_t nl = strlen(table[i].name);
      if ((size_t)n < nl || strncmp(buf, table[i].name, nl) != 0)
        continue;
      struct req r = {buf + nl, (size_t)n - nl, ++hits[i]};
      len = table[i].handler(&r, out);
#else
      const struct endpoint *ep = &table[i];
      size_t nl = strlen(ep->name);
      if ((size_t)n < nl || strncmp(buf, ep->name, nl) != 0)
        continue;
      struct req r = {buf + nl, (size_t)n - nl, ++hits[i]};
      len = ep->handler(&r, out);
#endif
      break;
    }
#endif
    if (len < 0) {
      memcpy(out, "ERR unknown", 11);
      len = 11;
    }
    sendto(fd, out, len, 0, (struct sockaddr *)&from, fl);
  }
}
