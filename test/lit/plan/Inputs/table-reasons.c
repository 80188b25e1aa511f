/* Calls through tables that stay indirect, each for its own reason
 * (one variant per -D):
 *   MIXED (the default): a table of pointers whose slots are a function
 *   and a string;
 *   TWO_INDICES: a two-dimensional table indexed by two request bytes;
 *   EXTERNAL: a table other files (or libraries) may write;
 *   WRITTEN_POINTER: a const table reached through a pointer main may
 *   change;
 *   ALIASED: a table not const, written through a pointer global
 *   initialised with its address.
 * And one devirtualised: NOT_CONST, a table not const that nothing
 * writes.
 * Each handler replies "ok" from a literal. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*handler_fn)(char *out);

static int do_ok(char *out) {
  memcpy(out, "ok", 2);
  return 2;
}

#if defined(TWO_INDICES)
static const handler_fn table[2][2] = {{do_ok, do_ok}, {do_ok, do_ok}};
#define CALL(a, b) table[(a) & 1][(b) & 1](out)
#elif defined(EXTERNAL)
handler_fn table[2] = {do_ok, do_ok};
#define CALL(a, b) table[(a) & 1](out)
#elif defined(WRITTEN_POINTER)
static const handler_fn handlers[2] = {do_ok, do_ok};
static const handler_fn *table = handlers;
#define CALL(a, b) table[(a) & 1](out)
#elif defined(ALIASED)
static handler_fn table[2] = {do_ok, do_ok};
static handler_fn *alias = table;
#define CALL(a, b) table[(a) & 1](out)
#elif defined(NOT_CONST)
static handler_fn table[2] = {do_ok, do_ok};
#define CALL(a, b) table[(a) & 1](out)
#else
static const void *const table[] = {(const void *)do_ok, "not code"};
#define CALL(a, b) ((handler_fn)table[(a) & 1])(out)
#endif

int main(int argc, char **argv) {
#ifdef WRITTEN_POINTER
  if (argc > 1)
    table = 0;
#endif
#ifdef ALIASED
  if (argc > 1)
    alias[1] = 0;
#endif
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7641);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    char buf[64], out[16];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    if (recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&cli, &len) < 2)
      continue;
    int n = CALL(buf[0], buf[1]);
    sendto(fd, out, n, 0, (struct sockaddr *)&cli, len);
  }
}
