/* A chat relay in SimpleChat's idiom: every sender is appended to a ring
   of 256 addresses indexed by an unsigned char, which wraps, and each
   message is sent to every address in the ring before the index. The
   index was just incremented, so the broadcast loop runs for every
   message but the one in 256 that wraps the index to 0. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#define MSG_SIZE 1000

int main(void) {
  char buffer[MSG_SIZE];
  struct sockaddr_in ring[256], from;
  socklen_t len = sizeof(from);
  unsigned char last = 0;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&from, 0, sizeof(from));
  from.sin_family = AF_INET;
  from.sin_port = htons(2115);
  bind(fd, (struct sockaddr *)&from, sizeof(from));
  for (;;) {
    int n = recvfrom(fd, buffer, sizeof(buffer) - 1, 0,
                     (struct sockaddr *)&from, &len);
    buffer[n] = '\0';
    puts(buffer);
    ring[last++] = from;
    for (unsigned char i = 0; i < last; i++)
      sendto(fd, buffer, n, 0, (struct sockaddr *)&ring[i], sizeof(ring[i]));
  }
}
