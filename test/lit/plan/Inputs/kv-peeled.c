/* A key-value server in the idiom of DINT's store (issue 15): the receive
 * is a small inline wrapper around recvfrom that panics on error, the loop
 * is a bare while (1), and the request type is a switch whose default
 * panics. At -O1 clang inlines the wrapper and rotates the loop: one copy
 * of the recvfrom stands before the loop (the first request), the other at
 * its end (every later one). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define panic(fmt, ...)                                                        \
  do {                                                                         \
    fprintf(stderr, fmt, ##__VA_ARGS__);                                       \
    exit(EXIT_FAILURE);                                                        \
  } while (0)

enum { kRead = 0, kSet = 1, kGrantRead = 3, kSetAck = 5, kNotExist = 7 };

#pragma pack(push, 1)
struct message {
  uint8_t type;
  uint32_t key;
  uint8_t val[16];
};
#pragma pack(pop)

#define NKEYS 1024
static uint8_t values[NKEYS][16];

static inline void net_recv(int fd, struct message *msg,
                            struct sockaddr_in *addr) {
  socklen_t len = sizeof(*addr);
  long ret = recvfrom(fd, msg, sizeof(*msg), 0, (struct sockaddr *)addr, &len);
  if (ret < 0)
    panic("recv error\n");
}

static inline void net_send(int fd, struct message *msg,
                            const struct sockaddr_in *addr) {
  long ret = sendto(fd, msg, sizeof(*msg), 0, (const struct sockaddr *)addr,
                    sizeof(*addr));
  if (ret < 0)
    panic("send error\n");
}

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0)
    panic("socket failed\n");
  struct sockaddr_in servaddr;
  memset(&servaddr, 0, sizeof(servaddr));
  servaddr.sin_family = AF_INET;
  servaddr.sin_port = htons(20230);
  servaddr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (const struct sockaddr *)&servaddr, sizeof(servaddr)) < 0)
    panic("bind failed\n");

  struct message msg;
  struct sockaddr_in client;
  while (1) {
    net_recv(fd, &msg, &client);
    switch (msg.type) {
    case kRead:
      if (msg.key < NKEYS) {
        memcpy(msg.val, values[msg.key], sizeof(msg.val));
        msg.type = kGrantRead;
      } else {
        msg.type = kNotExist;
      }
      net_send(fd, &msg, &client);
      break;
    case kSet:
      if (msg.key < NKEYS) {
        memcpy(values[msg.key], msg.val, sizeof(msg.val));
        msg.type = kSetAck;
      } else {
        msg.type = kNotExist;
      }
      net_send(fd, &msg, &client);
      break;
    default:
      panic("unknown operation %d\n", msg.type);
    }
  }
}
