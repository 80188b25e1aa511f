/* A time service: "TIME" in, the clock's seconds out (4 bytes, network
 * order). The clock is time(NULL), time(&t), clock_gettime with
 * CLOCK_REALTIME, or, with -DMONOTONIC, CLOCK_MONOTONIC (seconds since
 * boot), which the offload reads with a BPF helper. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(5037);
  if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  for (;;) {
    char buf[64];
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
                         &len);
    if (n < 4 || memcmp(buf, "TIME", 4) != 0)
      continue;
#if defined(TIME_NULL)
    unsigned now = (unsigned)time(NULL);
#elif defined(TIME_PTR)
    time_t t;
    time(&t);
    unsigned now = (unsigned)t;
#else
    struct timespec ts;
#ifdef MONOTONIC
    clock_gettime(CLOCK_MONOTONIC, &ts);
#else
    clock_gettime(CLOCK_REALTIME, &ts);
#endif
    unsigned now = (unsigned)ts.tv_sec;
#endif
    now = htonl(now);
    sendto(fd, &now, 4, 0, (struct sockaddr *)&src, len);
  }
}
