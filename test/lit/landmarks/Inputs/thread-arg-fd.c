/* A rate limiter in UDPTokenBucketServer's idiom: the receive loop in main
 * queues each request, and a worker thread started with the socket's
 * address as its argument answers from the queue. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>

struct item {
  struct sockaddr_in from;
  char data[64];
};
static struct item queue[64];
static unsigned head, tail;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;

static void bind_socket(int *sock) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7495);
  *sock = socket(AF_INET, SOCK_DGRAM, 0);
  bind(*sock, (struct sockaddr *)&sa, sizeof(sa));
}

static void *worker(void *arg) {
  int *sock = arg;
  for (;;) {
    pthread_mutex_lock(&lock);
    while (head == tail)
      pthread_cond_wait(&ready, &lock);
    struct item it = queue[tail++ % 64];
    pthread_mutex_unlock(&lock);
    sendto(*sock, "OK", 2, 0, (struct sockaddr *)&it.from, sizeof(it.from));
  }
  return NULL;
}

int main(void) {
  int sock;
  pthread_t t;
  pthread_create(&t, NULL, worker, &sock);
  bind_socket(&sock);
  for (;;) {
    struct item it;
    socklen_t len = sizeof(it.from);
    if (recvfrom(sock, it.data, sizeof(it.data), 0,
                 (struct sockaddr *)&it.from, &len) <= 0)
      continue;
    pthread_mutex_lock(&lock);
    queue[head++ % 64] = it;
    pthread_cond_signal(&ready);
    pthread_mutex_unlock(&lock);
  }
}
