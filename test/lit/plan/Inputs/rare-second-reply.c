/* Every request takes a stats mutex (as memcached does right after its
   receive); a rare "dump" command sends two replies. Nothing can be
   answered in the kernel; the reason named first is the mutex every
   request meets, not the second reply a few meet. */
#include <netinet/in.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>

static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long bytes_read;

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7303);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    char buf[256];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli,
                         &len);
    if (n <= 0)
      continue;
    pthread_mutex_lock(&stats_lock);
    bytes_read += n;
    pthread_mutex_unlock(&stats_lock);
    if (__builtin_expect(n == 4 && memcmp(buf, "dump", 4) == 0, 0)) {
      sendto(fd, "STAT 1\r\n", 8, 0, (struct sockaddr *)&cli, len);
      sendto(fd, "END\r\n", 5, 0, (struct sockaddr *)&cli, len);
      continue;
    }
    sendto(fd, buf, n, 0, (struct sockaddr *)&cli, len);
  }
}
