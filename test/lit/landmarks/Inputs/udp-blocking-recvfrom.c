/* The smallest kind of UDP server: a loop around a blocking recvfrom(). */
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  if (s < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in me;
  memset(&me, 0, sizeof(me));
  me.sin_family = AF_INET;
  me.sin_port = htons(4242);
  me.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(s, (struct sockaddr *)&me, sizeof(me)) < 0) {
    perror("bind");
    return 1;
  }
  char msg[2048];
  struct sockaddr_in from;
  socklen_t fromlen;
  for (;;) {
    fromlen = sizeof(from);
    ssize_t len = recvfrom(s, msg, sizeof(msg), 0, (struct sockaddr *)&from,
                           &fromlen);
    if (len < 0) {
      if (errno == EINTR)
        continue;
      perror("recvfrom");
      break;
    }
    for (ssize_t i = 0; i < len; i++)
      if (msg[i] >= 'a' && msg[i] <= 'z')
        msg[i] -= 'a' - 'A';
    if (sendto(s, msg, len, 0, (struct sockaddr *)&from, fromlen) < 0)
      perror("sendto");
  }
  close(s);
  return 1;
}
