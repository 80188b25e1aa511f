/* A TCP server that answers each chunk it reads with the same bytes in
 * upper case, one connection at a time. */
#include <arpa/inet.h>
#include <ctype.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void serve(int conn) {
  char buf[256];
  ssize_t n;
  while ((n = read(conn, buf, sizeof(buf))) > 0) {
    for (ssize_t i = 0; i < n; i++)
      buf[i] = (char)toupper((unsigned char)buf[i]);
    write(conn, buf, n);
  }
  close(conn);
}

int main(void) {
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(8080);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
      listen(lfd, 16) < 0)
    return 1;
  for (;;) {
    int conn = accept(lfd, NULL, NULL);
    if (conn >= 0)
      serve(conn);
  }
}
