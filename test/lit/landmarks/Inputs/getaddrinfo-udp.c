/* A datagram listener set up the getaddrinfo() way (as in Beej's guide):
   hints ask for an IPv6 datagram socket on the wildcard address
   (AI_PASSIVE, NULL node), the service is the port as a string, and the
   socket is made from the first result that binds. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#define MYPORT "4950"
#define MAXBUFLEN 100

int main(void) {
  struct addrinfo hints, *servinfo, *p;
  int sockfd = -1, rv;

  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_PASSIVE;
  if ((rv = getaddrinfo(NULL, MYPORT, &hints, &servinfo)) != 0) {
    fprintf(stderr, "getaddrinfo: %s\n", gai_strerror(rv));
    return 1;
  }
  for (p = servinfo; p != NULL; p = p->ai_next) {
    if ((sockfd = socket(p->ai_family, p->ai_socktype, p->ai_protocol)) ==
        -1) {
      perror("listener: socket");
      continue;
    }
    if (bind(sockfd, p->ai_addr, p->ai_addrlen) == -1) {
      close(sockfd);
      perror("listener: bind");
      continue;
    }
    break;
  }
  if (p == NULL) {
    fprintf(stderr, "listener: failed to bind socket\n");
    return 2;
  }
  freeaddrinfo(servinfo);

  char buf[MAXBUFLEN];
  struct sockaddr_storage their_addr;
  socklen_t addr_len;
  for (;;) {
    addr_len = sizeof their_addr;
    ssize_t numbytes = recvfrom(sockfd, buf, MAXBUFLEN - 1, 0,
                                (struct sockaddr *)&their_addr, &addr_len);
    if (numbytes == -1) {
      perror("recvfrom");
      return 1;
    }
    sendto(sockfd, buf, numbytes, 0, (struct sockaddr *)&their_addr, addr_len);
  }
}
