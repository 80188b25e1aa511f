/* A server that reads a 4-byte hello before its loop and mixes its first
   byte into every reply: the hello is state from before the receive. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7302);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  char hello[4], msg[32];
  struct sockaddr_in client;
  socklen_t len = sizeof(client);
  if (recvfrom(fd, hello, sizeof(hello), 0, (struct sockaddr *)&client,
               &len) != 4)
    return 1;
  for (;;) {
    len = sizeof(client);
    if (recvfrom(fd, msg, sizeof(msg), 0, (struct sockaddr *)&client, &len) <
        1)
      continue;
    msg[0] ^= hello[0];
    sendto(fd, msg, sizeof(msg), 0, (struct sockaddr *)&client, len);
  }
}
