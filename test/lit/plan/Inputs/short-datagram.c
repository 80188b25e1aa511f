/* A UDP service in memcached's idiom: a datagram carries an 8-byte frame
 * header before its command; one no longer than the header is dropped
 * with a note to a log file. -DHEADER=N moves the threshold. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifndef HEADER
#define HEADER 8
#endif
static FILE *notes;
static unsigned long hits;

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7480);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || !(notes = fopen("notes", "a")))
    return 1;
  for (;;) {
    unsigned char buf[256];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t res = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli,
                           &len);
    if (res > HEADER) {
      hits++;
      buf[8] = 'O';
      buf[9] = 'K';
      sendto(fd, buf, 10, 0, (struct sockaddr *)&cli, len);
    } else {
      fprintf(notes, "short datagram (%zd bytes)\n", res);
    }
  }
}
