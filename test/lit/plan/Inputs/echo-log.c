/* A UDP echo server in the most copied tutorial idiom: it says it waits,
   logs each datagram's source and data, and echoes it. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUFLEN 512
#define PORT 7214

static void die(const char *s) {
  perror(s);
  exit(1);
}

int main(void) {
  struct sockaddr_in si_me, si_other;
  int s;
  socklen_t slen = sizeof(si_other);
  ssize_t recv_len;
  char buf[BUFLEN];

  if ((s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP)) == -1)
    die("socket");
  memset(&si_me, 0, sizeof(si_me));
  si_me.sin_family = AF_INET;
  si_me.sin_port = htons(PORT);
  si_me.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(s, (struct sockaddr *)&si_me, sizeof(si_me)) == -1)
    die("bind");
  while (1) {
#ifndef NO_PROMPT
    printf("Waiting for data..."); fflush(stdout);
#endif
    if ((recv_len = recvfrom(s, buf, BUFLEN, 0, (struct sockaddr *)&si_other,
                             &slen)) == -1)
      die("recvfrom()");
    printf("Received packet from %s:%d\n", inet_ntoa(si_other.sin_addr),
           ntohs(si_other.sin_port));
    printf("Data: %s\n", buf);
    if (sendto(s, buf, recv_len, 0, (struct sockaddr *)&si_other, slen) == -1)
      die("sendto()");
  }
  return 0;
}
