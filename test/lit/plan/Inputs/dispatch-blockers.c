/* A UDP command server whose commands each need something BPF cannot do.
 * The first byte of a datagram picks the command; 'e' echoes. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

extern int remote_lookup(const char *name);
typedef int (*op_fn)(char *, int);
static int op_upper(char *p, int n) { p[0] = 'U'; return n; }
static int op_lower(char *p, int n) { p[0] = 'l'; return n; }
static const op_fn ops[2] = {op_upper, op_lower};
op_fn plugin_hook = op_upper;
pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
unsigned long served;

static unsigned depth(const char *p, unsigned n) {
  if (n == 0 || *p != '(')
    return 0;
  return 1 + depth(p + 1, n - 1);
}

static void serve(int fd, char *buf, int n, struct sockaddr_in *src,
                  socklen_t len) {
  switch (buf[0]) {
  case 'f': {
    FILE *f = fopen("/etc/motd", "r");
    n = f ? (int)fread(buf, 1, 256, f) : 0;
    break;
  }
  case 'p':
    printf("request of %d bytes\n", n);
    break;
  case 'x':
    n = remote_lookup(buf + 1);
    break;
  case 'd': {
    double load = n / 3.0;
    n = (int)(load * 2.5);
    break;
  }
  case 'i':
    n = plugin_hook(buf, n);
    break;
  case 't':
    n = ops[buf[1] & 1](buf, n);
    break;
  case 'w': {
    unsigned __int128 h = (unsigned __int128)n * 0x9e3779b97f4a7c15ull;
    memcpy(buf, &h, 16);
    n = 16;
    break;
  }
  case 'l':
    pthread_mutex_lock(&stats_lock);
    served++;
    pthread_mutex_unlock(&stats_lock);
    break;
  case 'a': {
    unsigned lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    n = (int)lo;
    break;
  }
  case 'r':
    n = (int)depth(buf + 1, (unsigned)n - 1);
    break;
  case 's': {
    char tmp[n];
    memcpy(tmp, buf, n);
    n = tmp[n - 1];
    break;
  }
  case 'n': {
    unsigned long v = strtoul(buf + 1, NULL, 10);
    unsigned short port = htons((unsigned short)v);
    memcpy(buf, &port, sizeof(port));
    n = (int)strlen(buf);
    break;
  }
  default:
    break;
  }
  sendto(fd, buf, n, 0, (struct sockaddr *)src, len);
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(6000);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  struct pollfd pfd = {.fd = fd, .events = POLLIN};
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    char buf[512];
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    int n = (int)recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                          &len);
    if (n <= 0)
      continue;
    serve(fd, buf, n, &src, len);
  }
}
