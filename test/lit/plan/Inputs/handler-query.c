/* A request handler for a framework that owns the UDP socket and the
   loop: the program has no socket() call. on_request is named the handler
   by an annotation (or -koffload-handler=on_request); the socket is
   described on the command line (-koffload-handler-socket=udp:PORT).
   The framework (stand-in declared only) calls on_request(fd, ctx) with
   its own context, which the handler ignores unless -DUSE_CTX: a value
   from outside any request, which the kernel does not have. */
#include <stdio.h>
#include <sys/socket.h>
#include <netinet/in.h>

struct framework;
int framework_run(int port, void (*handler)(int, void *), void *ctx);

static unsigned long answered;

#ifndef NO_ANNOTATION
__attribute__((annotate("koffload_handler")))
#endif
void on_request(int fd, void *ctx) {
  char buf[256];
  struct sockaddr_in peer;
  socklen_t len = sizeof(peer);
  ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
  if (n < 2 || buf[0] != 'Q') {
    fprintf(stderr, "malformed request\n");
    return;
  }
#ifdef USE_CTX
  ++*(unsigned long *)ctx;
#else
  (void)ctx;
  answered++;
#endif
  buf[0] = 'A';
  sendto(fd, buf, n, 0, (struct sockaddr *)&peer, len);
}

int main(void) { return framework_run(5300, on_request, &answered); }
