/* The main file of a server split over several files: the socket calls
   live in net.c (declared here as its header would), so this file only
   sees net_listen()/net_accept() and read()/write() on the fds they
   return. Compiled alone, nothing here says those fds are sockets: they
   are not landmarks, but neither may they pass silently as file I/O. */
#include <stdio.h>
#include <unistd.h>

/* net.h */
int net_listen(unsigned short port);
int net_accept(int lfd);

int main(void) {
  int lfd = net_listen(7070);
  if (lfd < 0) {
    perror("net_listen");
    return 1;
  }
  char buf[1024];
  for (;;) {
    int c = net_accept(lfd);
    if (c < 0)
      continue;
    ssize_t n;
    while ((n = read(c, buf, sizeof(buf))) > 0)
      write(c, buf, n);
    close(c);
  }
}
