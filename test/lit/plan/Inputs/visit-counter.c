/* A tutorial server's request counter in a local of main (the visits,
   greet and pingpong servers of docs/real-servers.md): main runs once and
   the local's address never escapes, so it is shared with the offload as
   a global (Plan/LoopLocals.h).
   -DESCAPES: its address is handed to a function (which may keep it):
     state from before the request, as before.
   -DLOOP_IN_WORKER: the loop is in a function main calls (it could run
     twice, or in threads): as before.
   -DSCRATCH: a local written before it is read on every turn is not
     carried across requests and stays a local.
   -DPLURAL: "visit 1", then "visits 2": a %s chosen between two
     literals (split into one call per literal in the working copy).
   -DFORMAT_SIZE=n: snprintf with that size; the reply is still its
     result's length, so past n - 1 characters and the NUL it sends what
     the buffer held (the request's bytes, or an earlier one's). */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#ifndef PORT
#define PORT 7307
#endif

void remember(int *counter);

#ifdef LOOP_IN_WORKER
static int serve(int fd) {
#else
int main(void) {
#endif
  char buf[256];
  int visits = 0;
  int len;
  struct sockaddr_in sa, cli;
  socklen_t clen = sizeof(cli);
#ifndef LOOP_IN_WORKER
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
#endif
#ifdef ESCAPES
  remember(&visits);
#endif
  while (1) {
    int n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &clen);
    if (n <= 0)
      continue;
#ifdef SCRATCH
    visits = n;
#else
    visits++;
#endif
#ifdef FORMAT_SIZE
    len = snprintf(buf, FORMAT_SIZE, "visit %d", visits);
#elif defined(PLURAL)
    len = sprintf(buf, "visit%s %d", visits == 1 ? "" : "s", visits);
#else
    len = sprintf(buf, "visit %d", visits);
#endif
    sendto(fd, buf, len, 0, (struct sockaddr *)&cli, clen);
  }
}

#ifdef LOOP_IN_WORKER
int main(void) {
  struct sockaddr_in sa;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(PORT);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  return serve(fd);
}
#endif
