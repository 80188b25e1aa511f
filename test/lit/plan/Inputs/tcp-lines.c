/* A TCP line server in the common accept-then-serve idiom: each
 * connection's lines are counted, logged and answered with their
 * length, until the client closes. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned long lines;

static void serve(int c) {
  char buf[512];
  ssize_t n;
  while ((n = read(c, buf, sizeof(buf))) > 0) {
    lines++;
    printf("line %lu: %zd bytes\n", lines, n);
    char out[32];
    int m = snprintf(out, sizeof(out), "%zd\n", n);
    write(c, out, m);
  }
  close(c);
}

int main(void) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof(a));
  a.sin_family = AF_INET;
  a.sin_port = htons(7500);
  int lst = socket(AF_INET, SOCK_STREAM, 0);
  bind(lst, (struct sockaddr *)&a, sizeof(a));
  listen(lst, 8);
  for (;;) {
    int c = accept(lst, NULL, NULL);
    if (c < 0)
      continue;
    serve(c);
  }
}
