/* A syslog receiver in the idiom of small public ones: select() on the
 * socket, one datagram per round, no reply. With -DLOG each line goes to
 * a log file (the whole request is file output); without, the receiver
 * counts lines per facility digit, a metrics sink. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>

unsigned char line[1024];
unsigned long per_facility[8];

int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in me, peer;
  socklen_t peerlen = sizeof(peer);
  fd_set ready;
  FILE *out = stdout;

  memset(&me, 0, sizeof(me));
  me.sin_family = AF_INET;
  me.sin_port = htons(5514);
  if (bind(s, (struct sockaddr *)&me, sizeof(me)) == -1)
    return 1;
  while (1) {
    FD_ZERO(&ready);
    FD_SET(s, &ready);
    if (select(s + 1, &ready, NULL, NULL, NULL) <= 0) {
      perror("select");
      break;
    }
    int n = (int)recvfrom(s, line, sizeof(line) - 1, 0,
                          (struct sockaddr *)&peer, &peerlen);
    if (n == -1) {
      perror("recvfrom");
      break;
    }
    if (n > 0) {
#ifdef LOG
      line[n] = '\0';
      fprintf(out, "%s %s\n", inet_ntoa(peer.sin_addr), line);
      fflush(out);
#else
      per_facility[line[0] & 7]++;
#endif
    }
  }
  fclose(out);
  return 0;
}
