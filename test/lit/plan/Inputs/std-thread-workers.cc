// A lock server in DINT's idiom: N worker threads started with std::thread,
// each with its own SO_REUSEPORT socket on one port, answering from a
// table of lock words updated by compare-and-exchange. -DLAMBDA starts the
// workers through a lambda; -DSTATS_THREAD runs the loop in main and only a
// statistics printer in a std::thread. -DREPLY_ID replies with the index.
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

struct message {
  uint8_t type;
  uint32_t lock;
  uint32_t owner;
} __attribute__((packed));

static uint32_t locks[1024];
static volatile unsigned long served;

static void run_server(int id) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7460);
  if (bind(fd, (sockaddr *)&sa, sizeof(sa)) < 0)
    return;
  (void)id;
  while (1) {
    message msg;
    sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, &msg, sizeof(msg), 0, (sockaddr *)&cli, &len) !=
        sizeof(msg))
      continue;
    uint32_t h = msg.lock % 1024;
    uint32_t old = __sync_val_compare_and_swap(&locks[h], 0, msg.owner);
    msg.type = old == 0 ? 1 : 2;
#ifdef REPLY_ID
    msg.owner = id;
#endif
    sendto(fd, &msg, sizeof(msg), 0, (sockaddr *)&cli, len);
  }
}

int main() {
#ifdef STATS_THREAD
  std::thread stats([] {
    for (;;) {
      sleep(1);
      printf("%lu\n", served);
    }
  });
  run_server(0);
#else
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; i++)
#ifdef LAMBDA
    workers.emplace_back([i] { run_server(i); });
#else
    workers.emplace_back(run_server, i);
#endif
  for (auto &w : workers)
    w.join();
#endif
}
