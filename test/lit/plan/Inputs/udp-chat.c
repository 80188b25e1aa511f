/* A UDP chat relay in SimpleChat's idiom: each datagram is logged,
 * its sender remembered in a table kept in a local of main, and the
 * message sent on to every client known so far. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#define MAX_CLIENTS 16

int main(void) {
  struct sockaddr_in clients[MAX_CLIENTS];
  int count = 0;
  struct sockaddr_in a;
  memset(&a, 0, sizeof(a));
  a.sin_family = AF_INET;
  a.sin_port = htons(7400);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  bind(fd, (struct sockaddr *)&a, sizeof(a));
  for (;;) {
    char msg[256];
    struct sockaddr_in from;
    socklen_t len = sizeof(from);
    ssize_t n = recvfrom(fd, msg, sizeof(msg) - 1, 0,
                         (struct sockaddr *)&from, &len);
    if (n <= 0)
      continue;
    msg[n] = 0;
    puts(msg);
    if (count < MAX_CLIENTS)
      clients[count++] = from;
    for (int i = 0; i < count; i++)
      sendto(fd, msg, n, 0, (struct sockaddr *)&clients[i],
             sizeof(clients[i]));
  }
}
