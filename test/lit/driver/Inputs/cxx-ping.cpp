// A UDP server in C-style C++: start-up with std::string and iostream
// (argument parsing, a banner), the request path in C (recvfrom/sendto on
// a char buffer): "PING" gets "PONG", anything else comes back as sent.
#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>

static int setup(int argc, char **argv) {
  std::string Port = argc > 1 ? argv[1] : "9000";
  int Fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (Fd < 0) {
    std::cerr << "cxx-ping: socket failed" << std::endl;
    std::exit(1);
  }
  struct sockaddr_in Addr;
  std::memset(&Addr, 0, sizeof(Addr));
  Addr.sin_family = AF_INET;
  Addr.sin_port = htons((unsigned short)std::atoi(Port.c_str()));
  Addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(Fd, (struct sockaddr *)&Addr, sizeof(Addr)) < 0) {
    std::cerr << "cxx-ping: cannot bind port " << Port << std::endl;
    std::exit(1);
  }
  std::cout << "cxx-ping: listening on udp port " << Port << std::endl;
  return Fd;
}

static void serve(int Fd) {
  char Buf[512];
  for (;;) {
    struct sockaddr_in Src;
    socklen_t Len = sizeof(Src);
    ssize_t N = recvfrom(Fd, Buf, sizeof(Buf), 0, (struct sockaddr *)&Src,
                         &Len);
    if (N <= 0)
      continue;
    if (N == 4 && std::memcmp(Buf, "PING", 4) == 0)
      std::memcpy(Buf, "PONG", 4);
    sendto(Fd, Buf, (size_t)N, 0, (struct sockaddr *)&Src, Len);
  }
}

int main(int argc, char **argv) { serve(setup(argc, argv)); }
