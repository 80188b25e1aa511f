/* Echo workers in pthreads on one socket, each counting its own echoes in
 * a thread_local counter: a thread's own state, which the kernel has not. */
#include <netinet/in.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>

static int sock;
static _Thread_local unsigned long echoed;

static void *worker(void *arg) {
  (void)arg;
  char buf[512];
  for (;;) {
    struct sockaddr_in src;
    socklen_t len = sizeof(src);
    ssize_t n =
        recvfrom(sock, buf, sizeof(buf), 0, (struct sockaddr *)&src, &len);
    if (n <= 0)
      continue;
    echoed++;
    sendto(sock, buf, n, 0, (struct sockaddr *)&src, len);
  }
  return NULL;
}

int main(void) {
  sock = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(6201);
  if (bind(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, worker, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  return 0;
}
