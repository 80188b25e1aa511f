/* A time service: "TIME" in, the clock's seconds out (4 bytes, network
 * order). The clock is time(NULL), time(&t), gettimeofday (-DGTOD; with a
 * timezone, -DGTOD_TZ) or clock_gettime of CLOCK (CLOCK_REALTIME by
 * default; CLOCK_MONOTONIC, seconds since boot, CLOCK_TAI, ...). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>

#ifndef CLOCK
#define CLOCK CLOCK_REALTIME
#endif

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
#elif defined(GTOD) || defined(GTOD_TZ)
    struct timeval tv;
#ifdef GTOD_TZ
    struct timezone tz;
    gettimeofday(&tv, &tz);
#else
    gettimeofday(&tv, NULL);
#endif
    unsigned now = (unsigned)tv.tv_sec;
#else
    struct timespec ts;
    clock_gettime(CLOCK, &ts);
    unsigned now = (unsigned)ts.tv_sec;
#endif
    now = htonl(now);
    sendto(fd, &now, 4, 0, (struct sockaddr *)&src, len);
  }
}
