/* An iterative TCP server: accept a connection, serve it with blocking
   read()/write() until the client hangs up, then take the next one. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void handle_client(int c) {
  char line[1024];
  ssize_t n;
  while ((n = read(c, line, sizeof(line))) > 0) {
    if (write(c, line, n) != n) {
      perror("write");
      break;
    }
  }
}

int main(void) {
  int lsock = socket(AF_INET, SOCK_STREAM, 0);
  if (lsock < 0) {
    perror("socket");
    return 1;
  }
  int yes = 1;
  if (setsockopt(lsock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes)) < 0)
    perror("setsockopt");
  struct sockaddr_in srv;
  memset(&srv, 0, sizeof(srv));
  srv.sin_family = AF_INET;
  srv.sin_addr.s_addr = htonl(INADDR_ANY);
  srv.sin_port = htons(2323);
  if (bind(lsock, (struct sockaddr *)&srv, sizeof(srv)) < 0) {
    perror("bind");
    return 1;
  }
  if (listen(lsock, 16) < 0) {
    perror("listen");
    return 1;
  }
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof(peer);
    int c = accept(lsock, (struct sockaddr *)&peer, &plen);
    if (c < 0) {
      perror("accept");
      continue;
    }
    handle_client(c);
    close(c);
  }
}
