// A UDP server in C++ whose request parser throws on a malformed request;
// the event loop catches it and answers with an error.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct bad_request {
  int code;
};

static int parse_opcode(const char *buf, long n) {
  if (n < 2 || buf[0] != 'Q')
    throw bad_request{400};
  return buf[1] - '0';
}

int main() {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(6400);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (sockaddr *)&addr, sizeof(addr)) < 0)
    return 1;
  pollfd pfd = {fd, POLLIN, 0};
  for (;;) {
    if (poll(&pfd, 1, -1) <= 0)
      continue;
    char buf[512];
    sockaddr_in src;
    socklen_t len = sizeof(src);
    long n = recvfrom(fd, buf, sizeof(buf), 0, (sockaddr *)&src, &len);
    int op;
    try {
      op = parse_opcode(buf, n);
    } catch (const bad_request &e) {
      op = -e.code;
    }
    char reply[8];
    int m = op < 0 ? 3 : 2;
    memcpy(reply, op < 0 ? "ERR" : "OK", m);
    sendto(fd, reply, m, 0, (sockaddr *)&src, len);
  }
}
