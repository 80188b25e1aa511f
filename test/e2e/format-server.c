/* A small item server whose replies are built with snprintf, as most real
 * servers build theirs: "get N" answers a memcached-style VALUE line from a
 * table of items in globals, "stat" appends two lines with the
 * `n += snprintf(reply + n, sizeof reply - n, ...)` idiom, "hex N" shows
 * a number under several conversions, anything else gets an error line
 * built with sprintf. A global counter of the requests served goes into
 * the replies. The split e2e test (split-format.sh) checks that the split
 * server answers byte for byte as this program does alone. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define FORMAT_PORT 7900
#define NITEMS 8

struct item {
  char key[16];
  char data[48];
  unsigned flags;
};

static const struct item items[NITEMS] = {
    {"alpha", "the first value", 0},
    {"beta", "", 17},
    {"gamma", "x", 4294967295u},
    {"delta", "a longer value of forty bytes or so....", 3},
    {"epsilon", "five", 5},
    {"zeta", "%s %d are not formats here", 6},
    {"eta", "seven", 7},
    {"theta", "the last one", 8},
};

static unsigned long served; /* requests answered, both sides */

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(FORMAT_PORT);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  for (;;) {
    char buf[128], reply[256];
    struct sockaddr_in cli;
    socklen_t clen = sizeof(cli);
    ssize_t got = recvfrom(fd, buf, sizeof(buf) - 1, 0,
                           (struct sockaddr *)&cli, &clen);
    if (got <= 0)
      continue;
    buf[got] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
    int n;
    served++;
    if (strncmp(buf, "get ", 4) == 0) {
      char *end;
      unsigned long id = strtoul(buf + 4, &end, 10);
      if (end == buf + 4 || id >= NITEMS)
        n = snprintf(reply, sizeof(reply), "NOT_FOUND %s\r\n", buf + 4);
      else
        n = snprintf(reply, sizeof(reply),
                     "VALUE %s %u %zu\r\n%s\r\nEND #%lu\r\n", items[id].key,
                     items[id].flags, strlen(items[id].data), items[id].data,
                     served);
    } else if (strcmp(buf, "stat") == 0) {
      n = snprintf(reply, sizeof(reply), "STAT served %lu\r\n", served);
      n += snprintf(reply + n, sizeof(reply) - n, "STAT items %d\r\nEND\r\n",
                    NITEMS);
    } else if (strncmp(buf, "hex ", 4) == 0) {
      long v = strtol(buf + 4, NULL, 0);
      n = snprintf(reply, sizeof(reply),
                   "%ld = %#lx = %#lo = [%-8d] [%08X] [%+.3d] [% i] [%c]\r\n",
                   v, v, v, (int)v, (unsigned)v, (int)v, (int)(v & 1023),
                   'A' + (int)(v & 15));
    } else {
      n = sprintf(reply, "ERROR unknown command '%.20s' (%zu bytes)\r\n", buf,
                  strlen(buf));
    }
    if (n < 0 || (size_t)n >= sizeof(reply))
      n = sizeof(reply) - 1;
    sendto(fd, reply, n, 0, (struct sockaddr *)&cli, clen);
  }
}
