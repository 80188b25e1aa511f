/* A UDP responder whose loop condition is the receive itself:
   while ((n = recv(...)) >= 0). It answers with a fixed banner. The
   socket is connected to one peer first, so it sends with send(). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char banner[] = "koffload-test-responder 1.0\n";

int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  if (s < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in local = {.sin_family = AF_INET, .sin_port = htons(2002)};
  if (bind(s, (struct sockaddr *)&local, sizeof(local)) < 0) {
    perror("bind");
    return 1;
  }
  struct sockaddr_in peer = {.sin_family = AF_INET, .sin_port = htons(2003)};
  peer.sin_addr.s_addr = inet_addr("198.18.0.9");
  if (connect(s, (struct sockaddr *)&peer, sizeof(peer)) < 0) {
    perror("connect");
    return 1;
  }
  char buf[256];
  ssize_t n;
  unsigned long count = 0;
  while ((n = recv(s, buf, sizeof(buf), 0)) >= 0) {
    count++;
    if (send(s, banner, sizeof(banner) - 1, 0) < 0)
      perror("send");
  }
  perror("recv");
  printf("%lu requests\n", count);
  close(s);
  return 1;
}
