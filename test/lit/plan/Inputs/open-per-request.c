/* A file server in the idiom of a small public TFTP-like server: each
   datagram names a file; a status byte says whether it could be opened,
   then its blocks follow. open() failing (-1) is the error check, the
   rare side; the blocks are read only after a successful open. */
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int sd, ret, fd;
  struct sockaddr_in srv;
  char buf[1024], path[1100];
  socklen_t len = sizeof(srv);

  sd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  memset(&srv, 0, sizeof(srv));
  srv.sin_family = AF_INET;
  srv.sin_port = htons(9999);
  bind(sd, (struct sockaddr *)&srv, len);
  while (1) {
    len = sizeof(srv);
    ret = recvfrom(sd, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&srv, &len);
    buf[ret] = '\0';
    snprintf(path, sizeof(path), "/srv/files/%s", buf);
    fd = open(path, O_RDONLY);
    if (fd == -1) {
      ret = 0;
      sendto(sd, &ret, 1, 0, (struct sockaddr *)&srv, len);
    } else {
      ret = 1;
      sendto(sd, &ret, 1, 0, (struct sockaddr *)&srv, len);
      while ((ret = read(fd, buf, sizeof(buf))) > 0)
        sendto(sd, buf, ret, 0, (struct sockaddr *)&srv, len);
      close(fd);
    }
  }
}
