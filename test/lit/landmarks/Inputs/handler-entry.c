/* A request handler for a framework that owns the socket and the loop
   (here, a stand-in framework_run declared only): the program never
   calls socket(). on_request is marked as the handler with an
   annotation; count_only is named with -koffload-handler instead. */
#include <stddef.h>
#include <sys/socket.h>
#include <netinet/in.h>

void framework_run(void (*handler)(int, const struct sockaddr *, socklen_t));

static unsigned long hits[64];

__attribute__((annotate("koffload_handler"))) void
on_request(int fd, const struct sockaddr *peer, socklen_t len) {
  char buf[256];
  ssize_t n = recv(fd, buf, sizeof(buf), 0);
  if (n <= 0)
    return;
  hits[(unsigned char)buf[0] % 64]++;
  sendto(fd, buf, n, 0, peer, len);
}

void count_only(int fd, const struct sockaddr *peer, socklen_t len) {
  (void)peer;
  (void)len;
  char buf[64];
  if (recv(fd, buf, sizeof(buf), 0) > 0)
    hits[0]++;
}

int main(void) {
  framework_run(on_request);
  framework_run(count_only);
  return 0;
}
