/* A rate limiter's front end in the idiom of UDPTokenBucketServer: the
   receive's error (-1, reported) and an empty datagram (0, skipped) are
   tested one after the other, which clang -O1 merges into one switch on
   the receive's result. Every other datagram is queued, under the queue's
   mutex, for a worker thread that answers it. */
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#define BUFSZ 64
#define QLEN 128

struct item {
  struct sockaddr_in peer;
  socklen_t plen;
  char msg[BUFSZ];
};

static struct item queue[QLEN];
static unsigned head, tail;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;
static int s;

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&qlock);
    while (head == tail)
      pthread_cond_wait(&qcond, &qlock);
    struct item it = queue[head++ % QLEN];
    pthread_mutex_unlock(&qlock);
    sendto(s, "Y", 1, 0, (struct sockaddr *)&it.peer, it.plen);
  }
  return NULL;
}

int main(void) {
  pthread_t tid;
  s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(3211);
  if (bind(s, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  if (pthread_create(&tid, NULL, worker, NULL) != 0)
    fprintf(stderr, "Cannot create worker thread\n");
  for (;;) {
    char buf[BUFSZ];
    struct sockaddr_in peer;
    socklen_t plen = sizeof(peer);
    ssize_t num =
        recvfrom(s, buf, BUFSZ - 1, 0, (struct sockaddr *)&peer, &plen);
    if (num == -1) {
      perror("Network error");
      continue;
    }
    if (num == 0)
      continue;
    buf[num] = '\0';
    pthread_mutex_lock(&qlock);
    struct item *it = &queue[tail++ % QLEN];
    it->peer = peer;
    it->plen = plen;
    memcpy(it->msg, buf, num + 1);
    pthread_cond_signal(&qcond);
    pthread_mutex_unlock(&qlock);
  }
}
