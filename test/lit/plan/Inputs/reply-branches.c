/* A reply built in a local on each branch, and the last client kept in a
   local for the next request: the reply buffer is written by the request
   on every path before it is sent (request state, not stale); 'last' is
   written after the reply and read by the next request (state from before
   the receive). LAST_CLIENT selects the second behaviour. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7301);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  char last[4] = {0};
  for (;;) {
    char buf[64], out[16];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli,
                         &len);
    if (n < 4)
      continue;
    if (buf[0] == 'A')
      memcpy(out, "ACK ", 4);
    else
      memcpy(out, "NAK ", 4);
#ifdef LAST_CLIENT
    memcpy(out + 4, last, 4);
#else
    memcpy(out + 4, buf, 4);
#endif
    sendto(fd, out, 8, 0, (struct sockaddr *)&cli, len);
    memcpy(last, buf, 4);
  }
}
