/* A table in a local of main that one kind of request writes and another
   reads: "Ks" marks key K seen (reply "ok"), "K?" asks ('y' or 'n'). The
   read is state from before the request; the write, done in the kernel,
   would land in the offload's copy of the table, and the next question,
   served in userspace, would not see it: both are refused. Before, the
   write path was offloaded and the question answered 'n' after "ok". */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
  unsigned char seen[16];
  memset(seen, 0, sizeof seen);
  struct sockaddr_in a, from;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(7308);
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  bind(fd, (struct sockaddr *)&a, sizeof(a));
  for (;;) {
    char msg[64];
    socklen_t len = sizeof(from);
    int n = recvfrom(fd, msg, sizeof msg, 0, (struct sockaddr *)&from, &len);
    if (n < 2)
      continue;
    unsigned k = msg[0] & 15;
    if (msg[1] == 's') {
      seen[k] = 1;
      sendto(fd, "ok", 2, 0, (struct sockaddr *)&from, len);
    } else {
      msg[0] = seen[k] ? 'y' : 'n';
      sendto(fd, msg, 1, 0, (struct sockaddr *)&from, len);
    }
  }
}
