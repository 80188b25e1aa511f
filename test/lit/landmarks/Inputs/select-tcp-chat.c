/* A select() chat server in the classic style: a master fd_set holds the
   listener and every client; the loop walks fd numbers 0..fdmax, accepts
   on the listener and relays what a client sends to every other client.
   The fds read and written are loop counters, not variables holding a
   socket() or accept() result. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 9034

int main(void) {
  fd_set master, read_fds;
  FD_ZERO(&master);
  FD_ZERO(&read_fds);

  int listener = socket(AF_INET, SOCK_STREAM, 0);
  if (listener < 0) {
    perror("socket");
    exit(1);
  }
  int yes = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(int));
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = INADDR_ANY;
  sa.sin_port = htons(PORT);
  if (bind(listener, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
    perror("bind");
    exit(2);
  }
  if (listen(listener, 10) == -1) {
    perror("listen");
    exit(3);
  }
  FD_SET(listener, &master);
  int fdmax = listener;

  char buf[256];
  for (;;) {
    read_fds = master;
    if (select(fdmax + 1, &read_fds, NULL, NULL, NULL) == -1) {
      perror("select");
      exit(4);
    }
    for (int i = 0; i <= fdmax; i++) {
      if (!FD_ISSET(i, &read_fds))
        continue;
      if (i == listener) {
        struct sockaddr_storage remoteaddr;
        socklen_t addrlen = sizeof remoteaddr;
        int newfd = accept(listener, (struct sockaddr *)&remoteaddr, &addrlen);
        if (newfd == -1) {
          perror("accept");
        } else {
          FD_SET(newfd, &master);
          if (newfd > fdmax)
            fdmax = newfd;
        }
        continue;
      }
      ssize_t nbytes = recv(i, buf, sizeof buf, 0);
      if (nbytes <= 0) {
        close(i);
        FD_CLR(i, &master);
        continue;
      }
      for (int j = 0; j <= fdmax; j++)
        if (FD_ISSET(j, &master) && j != listener && j != i)
          if (send(j, buf, nbytes, 0) == -1)
            perror("send");
    }
  }
}
