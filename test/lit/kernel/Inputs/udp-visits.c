/* The visits server's idiom (a public server, docs/real-servers.md): the
   buffer zeroed before each receive, a short line written over it, and
   all of it sent back. The reply's bytes past the line are the request's
   up to its length, then zeros: never an earlier request's bytes.
   -DRECV_LEN=n receives fewer bytes than the buffer holds; -DNO_MEMSET
   leaves the buffer as the last request left it (bytes the offload cannot
   know: a reply that includes them must go to userspace). */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifndef PORT
#define PORT 7306
#endif
#ifndef RECV_LEN
#define RECV_LEN 256
#endif

int main(void) {
  char buf[256];
  static int visits = 0;
  struct sockaddr_in sa, cli;
  socklen_t len = sizeof(cli);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  while (1) {
#ifndef NO_MEMSET
    memset(buf, 0, sizeof(buf));
#endif
    recvfrom(fd, buf, RECV_LEN, 0, (struct sockaddr *)&cli, &len);
    visits++;
    sprintf(buf, "visit %d", visits);
    sendto(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, len);
  }
}
