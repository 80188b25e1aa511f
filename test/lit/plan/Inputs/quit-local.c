/* The reverse server's idiom (a public server, docs/real-servers.md): a
   local array initialised before the loop and only read in it, by strcmp:
   the same bytes at every receive, which the offload's copy starts with.
   -DWRITTEN: a request may change it (one byte long: the next quit
   word starts with it), so its bytes are from before the receive. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
  int fd;
  struct sockaddr_in sa, cli;
  socklen_t len = sizeof(cli);
  char req[100], rev[100];
  char condition[] = "quit";
  if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
    return 1;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7304);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  while (1) {
    int n = recvfrom(fd, req, sizeof(req) - 1, 0, (struct sockaddr *)&cli,
                     &len);
    if (n < 0)
      return 1;
    req[n] = '\0';
    if (strcmp(req, condition) == 0)
      break;
    for (int i = 0; i < n; i++)
      rev[i] = req[n - 1 - i];
    sendto(fd, rev, n, 0, (struct sockaddr *)&cli, len);
#ifdef WRITTEN
    if (n == 1)
      condition[0] = req[0];
#endif
  }
  return 0;
}
