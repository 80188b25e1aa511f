// A C-style C++ server in DINT's shard idiom: the request socket logs
// every request with fprintf, and a monitor socket (one helper makes both)
// is served by a thread started with pthread_create. Neither is offloaded;
// the summary names both, and C++ names as the source has them.
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

namespace {

int udp_socket(unsigned short port) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (bind(fd, (sockaddr *)&sa, sizeof(sa)) < 0)
    return -1;
  return fd;
}

void *monitor_handler(void *) {
  int fd = udp_socket(9402);
  for (;;) {
    char buf[64];
    sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (sockaddr *)&cli, &len);
    if (n > 0)
      sendto(fd, buf, n, 0, (sockaddr *)&cli, len);
  }
  return nullptr;
}

} // namespace

int main() {
  pthread_t t;
  pthread_create(&t, nullptr, monitor_handler, nullptr);
  int fd = udp_socket(9401);
  for (;;) {
    char buf[64];
    sockaddr_in cli;
    socklen_t len = sizeof(cli);
    ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (sockaddr *)&cli, &len);
    if (n <= 0)
      continue;
    fprintf(stderr, "request of %zd bytes\n", n);
    sendto(fd, buf, n, 0, (sockaddr *)&cli, len);
  }
}
