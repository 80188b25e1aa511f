// A UDP echo server that logs every request the way small servers do: a
// printf with the client's port, the request's first word and its length,
// to line-buffered stdout, and a warning on stderr for requests starting
// with '!'. SIGTERM ends the loop, so main returns and stdio is flushed.
// The log calls are recorded by the offload and replayed by the runtime
// (lib/Support/LogRecords.h); the -D variants are shapes it refuses.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static volatile sig_atomic_t running = 1;
static void on_term(int sig) { (void)sig; running = 0; }

#ifdef LOG_FILE
static FILE *log_file;
#endif
#ifdef LOG_FORMAT
static const char *log_format = "port %u asked %s\n";
#endif

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 7900;
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_term; // no SA_RESTART: recvfrom returns EINTR
  sigaction(SIGTERM, &sa, NULL);
  setvbuf(stdout, NULL, _IOLBF, 0);
#ifdef LOG_FILE
  log_file = fopen("/dev/null", "w");
#endif
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
#if defined(LOG_FILE)
    fprintf(log_file, "port %u asked %s\n", ntohs(peer.sin_port), buf);
#elif defined(LOG_FORMAT)
    printf(log_format, ntohs(peer.sin_port), buf);
#elif defined(LOG_COUNT)
    int shown;
    printf("port %u asked %s%n\n", ntohs(peer.sin_port), buf, &shown);
#elif defined(LOG_POINTER)
    printf("port %u asked %p\n", ntohs(peer.sin_port), (void *)buf);
#else
    printf("port %u asked %s (%d bytes)\n", ntohs(peer.sin_port), buf,
           (int)n);
#endif
    if (buf[0] == '!')
      fprintf(stderr, "warning: odd request %s\n", buf);
    if (space)
      *space = ' ';
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
  }
  puts("bye");
  return 0;
}
