// A UDP echo server that logs each request's bytes as they came, without
// making a string of them: fwrite of the received bytes to stdout, then
// its first word with printf's "%.*s" (the length an argument), both on
// the buffer as received (no NUL written into it). stdout is
// line-buffered. SIGTERM ends the loop. The log calls are recorded by the
// offload and replayed by the runtime (lib/Support/LogRecords.h).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static volatile sig_atomic_t running = 1;
static void on_term(int sig) { (void)sig; running = 0; }

int main(int argc, char **argv) {
  int port = argc > 1 ? atoi(argv[1]) : 7920;
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_term; // no SA_RESTART: recvfrom returns EINTR
  sigaction(SIGTERM, &sa, NULL);
  setvbuf(stdout, NULL, _IOLBF, 0);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr = {.sin_family = AF_INET,
                             .sin_port = htons(port)};
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    perror("bind");
    return 1;
  }
  char buf[512];
  while (running) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof(peer);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
                         &plen);
    if (n <= 0)
      continue;
    printf("port %u sent ", ntohs(peer.sin_port));
    fwrite(buf, 1, n, stdout);
    putchar('\n');
    char *space = memchr(buf, ' ', n);
    int word = space ? (int)(space - buf) : (int)n;
    printf("first word %.*s (%d of %d bytes)\n", word, buf, word, (int)n);
    sendto(fd, buf, n, 0, (struct sockaddr *)&peer, plen);
  }
  return 0;
}
