/* A UDP server with its own function called read(): it takes the next
   field out of a request buffer. It shares the name with read(2) but has a
   body in this program, so it is not a landmark. (No <unistd.h>: the name
   is free.) */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

struct cursor {
  const unsigned char *p, *end;
};

static int read(struct cursor *c, uint32_t *out) {
  if (c->end - c->p < 4)
    return -1;
  memcpy(out, c->p, 4);
  c->p += 4;
  return 0;
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(3000);
  if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0) {
    perror("bind");
    return 1;
  }
  unsigned char pkt[512];
  for (;;) {
    struct sockaddr_in src;
    socklen_t sl = sizeof(src);
    ssize_t n = recvfrom(fd, pkt, sizeof(pkt), 0, (struct sockaddr *)&src, &sl);
    if (n < 0)
      continue;
    struct cursor c = {pkt, pkt + n};
    uint32_t a, b;
    if (read(&c, &a) < 0 || read(&c, &b) < 0)
      continue;
    uint32_t sum = a + b;
    sendto(fd, &sum, sizeof(sum), 0, (struct sockaddr *)&src, sl);
  }
}
