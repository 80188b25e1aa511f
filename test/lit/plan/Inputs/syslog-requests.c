// A UDP echo server that logs every request through syslog(3), opened
// with LOG_PERROR so each line also goes to stderr (no syslog daemon is
// needed to see them). The priority is the request's: '!' warns, '?' is
// debug, the rest notices; the mask (LOG_UPTO(LOG_NOTICE)) drops debug, so
// a replay that passed another priority would show or hide other lines.
// SIGTERM ends the loop. The syslog calls are recorded by the offload and
// replayed by the runtime (lib/Support/LogRecords.h); the -D variants are
// shapes it refuses.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

static volatile sig_atomic_t running = 1;
static void on_term(int sig) { (void)sig; running = 0; }

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 7910;
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_term; // no SA_RESTART: recvfrom returns EINTR
  sigaction(SIGTERM, &sa, NULL);
  openlog("syslog-requests", LOG_PERROR, LOG_LOCAL0);
  setlogmask(LOG_UPTO(LOG_NOTICE));
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr = {.sin_family = AF_INET,
                             .sin_port = htons(port)};
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  char buf[256];
  while (running) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof(peer);
    ssize_t n = recvfrom(fd, buf, sizeof(buf) - 1, 0,
                         (struct sockaddr *)&peer, &plen);
    if (n <= 0)
      continue;
    buf[n] = '\0';
    char *space = strchr(buf, ' ');
    if (space)
      *space = '\0';
    int pri = buf[0] == '!' ? LOG_WARNING : buf[0] == '?' ? LOG_DEBUG
                                                          : LOG_NOTICE;
#if defined(LOG_ERRNO)
    syslog(pri, "port %u asked %s: %m", ntohs(peer.sin_port), buf);
#elif defined(LOG_PERROR_CALL)
    perror(buf);
#else
    syslog(pri, "port %u asked %s (%d bytes)", ntohs(peer.sin_port), buf,
           (int)n);
#endif
    if (space)
      *space = ' ';
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
  }
  closelog();
  return 0;
}
