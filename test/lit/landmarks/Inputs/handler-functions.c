/* A UDP time-of-day server split the way larger servers are: main() owns
   the loop, handle_request() receives, and reply_with() - a helper that is
   handed the fd - sends. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define TIME_PORT 3737

struct request {
  char data[256];
  ssize_t len;
  struct sockaddr_in from;
  socklen_t fromlen;
};

static void reply_with(int out_fd, const struct request *rq, const char *text) {
  size_t n = strlen(text);
  if (sendto(out_fd, text, n, 0, (const struct sockaddr *)&rq->from,
             rq->fromlen) < 0)
    perror("sendto");
}

static int handle_request(int sockfd) {
  struct request rq;
  rq.fromlen = sizeof(rq.from);
  rq.len = recvfrom(sockfd, rq.data, sizeof(rq.data), 0,
                    (struct sockaddr *)&rq.from, &rq.fromlen);
  if (rq.len < 0)
    return -1;
  char text[64];
  time_t now = time(NULL);
  strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ\n", gmtime(&now));
  reply_with(sockfd, &rq, text);
  return 0;
}

static int setup(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    return -1;
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(TIME_PORT);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int main(void) {
  int fd = setup();
  if (fd < 0) {
    perror("setup");
    return 1;
  }
  unsigned long served = 0;
  while (1) {
    if (handle_request(fd) == 0 && ++served % 100000 == 0)
      fprintf(stderr, "%lu requests\n", served);
  }
  return 0;
}
