// The C++ half of a mixed build: start-up in C++, the request handler in
// C (mixed-handler.c), called through extern "C".
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>

extern "C" int handle(char *Buf, int N);

int main(int argc, char **argv) {
  int Port = argc > 1 ? std::atoi(argv[1]) : 9001;
  int Fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in Addr;
  std::memset(&Addr, 0, sizeof(Addr));
  Addr.sin_family = AF_INET;
  Addr.sin_port = htons((unsigned short)Port);
  if (Fd < 0 || bind(Fd, (struct sockaddr *)&Addr, sizeof(Addr)) < 0)
    return 1;
  std::cout << "mixed: listening on udp port " << Port << std::endl;
  char Buf[256];
  for (;;) {
    struct sockaddr_in Src;
    socklen_t Len = sizeof(Src);
    ssize_t N = recvfrom(Fd, Buf, sizeof(Buf), 0, (struct sockaddr *)&Src,
                         &Len);
    if (N > 0)
      sendto(Fd, Buf, (size_t)handle(Buf, (int)N), 0,
             (struct sockaddr *)&Src, Len);
  }
}
